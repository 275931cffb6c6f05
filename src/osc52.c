/* osc52: the terminal's clipboard escape. See osc52.h. */
#include "osc52.h"

#include <stdlib.h>

#include "xmalloc.h"

char *osc52_base64(const unsigned char *data, size_t len)
{
	static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char *out = xmalloc((len + 2) / 3 * 4 + 1), *o = out;
	size_t i = 0;
	for (; i + 3 <= len; i += 3) {
		unsigned long v = (unsigned long)data[i] << 16 | (unsigned long)data[i + 1] << 8 | data[i + 2];
		*o++ = digits[v >> 18 & 63];
		*o++ = digits[v >> 12 & 63];
		*o++ = digits[v >> 6 & 63];
		*o++ = digits[v & 63];
	}
	if (i < len) {
		unsigned long v = (unsigned long)data[i] << 16 | (i + 1 < len ? (unsigned long)data[i + 1] << 8 : 0);
		*o++ = digits[v >> 18 & 63];
		*o++ = digits[v >> 12 & 63];
		*o++ = i + 1 < len ? digits[v >> 6 & 63] : '=';
		*o++ = '=';
	}
	*o = '\0';
	return out;
}

char *osc52_sequence(const char *text, size_t len)
{
	if (len > OSC52_MAX)
		return NULL;
	char *b = osc52_base64((const unsigned char *)text, len);
	/* "c": the clipboard selection; BEL ends it, which every terminal
	 * that knows OSC 52 accepts (ST is not understood by all). */
	char *seq = xasprintf("\033]52;c;%s\a", b);
	free(b);
	return seq;
}
