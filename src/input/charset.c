/* charset: conversion to UTF-8 with iconv, and the guess between UTF-8 and
 * Windows-1252 for text that declares nothing. */
#include "charset.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "xmalloc.h"

/* Bytes Windows-1252 leaves undefined. */
static int charset_cp1252_undefined(unsigned char b)
{
	return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

/* Whether byte b, read as Windows-1252, is a letter. */
static int charset_cp1252_letter(unsigned char b)
{
	if (b < 0x80)
		return isalpha(b);
	if (b >= 0xC0)
		return b != 0xD7 && b != 0xF7; /* × and ÷ */
	return b == 0x8A || b == 0x8C || b == 0x8E || b == 0x9A || b == 0x9C || b == 0x9E || b == 0x9F ||
	       b == 0x83 || b == 0xAA || b == 0xB5 || b == 0xBA;
}

int charset_looks_cp1252(const char *data, size_t len)
{
	const unsigned char *s = (const unsigned char *)data;
	size_t invalid = 0, multibyte = 0, high = 0, lonely = 0;
	/* Most text is valid UTF-8 from end to end: that is checked first,
	 * fast, and the characters are counted only when it is not. */
	if (text_valid_prefix(data, len) == len)
		return 0;
	for (size_t i = 0; i < len;) {
		/* ASCII eight bytes at a time: a 50 MB article is mostly ASCII. */
		uint64_t w;
		while (i + 8 <= len && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0))
			i += 8;
		if (i >= len)
			break;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t l = text_valid_len(data + i, len - i);
		if (l)
			multibyte++;
		else
			invalid++;
		i += l ? l : 1;
	}
	/* Valid UTF-8, or UTF-8 with less damage than text: keep it. */
	if (invalid == 0 || multibyte > invalid)
		return 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < 0x80)
			continue;
		high++;
		if (charset_cp1252_undefined(s[i]))
			lonely++;
		else if (charset_cp1252_letter(s[i]) &&
			 !(i > 0 && charset_cp1252_letter(s[i - 1])) && !(i + 1 < len && charset_cp1252_letter(s[i + 1])))
			lonely++; /* an accented letter alone between blanks is rare in text */
	}
	return lonely * 2 <= high;
}

/* Canonical names of the charsets that browsers read as Windows-1252. */
static int charset_is_cp1252_alias(const char *name)
{
	static const char *const names[] = { "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
					     "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", NULL };
	for (int i = 0; names[i]; i++)
		if (strcasecmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* Runs iconv over the whole input; a byte it cannot convert becomes
 * U+FFFD and conversion goes on after it. Returns NULL if iconv does not
 * know the charset. */
static char *charset_iconv(const char *data, size_t len, const char *from, size_t *outlen)
{
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return NULL;
	size_t cap = len * 3 + 16, n = 0;
	char *out = xmalloc(cap + 1);
	char *in = (char *)data;
	size_t left = len;
	while (left > 0) {
		char *op = out + n;
		size_t room = cap - n;
		size_t r = iconv(cd, &in, &left, &op, &room);
		n = (size_t)(op - out);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			cap *= 2;
			out = xrealloc(out, cap + 1);
			continue;
		}
		/* EILSEQ or EINVAL (cut at the end): one replacement, one byte on. */
		if (cap - n < 3) {
			cap *= 2;
			out = xrealloc(out, cap + 1);
		}
		memcpy(out + n, "\xef\xbf\xbd", 3);
		n += 3;
		in++;
		left--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	out[n] = '\0';
	*outlen = n;
	return out;
}

char *charset_to_utf8(const char *data, size_t len, const char *declared, size_t *outlen, char **from)
{
	*from = NULL;
	if (declared && *declared && strcasecmp(declared, "utf-8") != 0 && strcasecmp(declared, "utf8") != 0) {
		/* Declared Latin-1 or ASCII is read as Windows-1252, as browsers do;
		 * a declaration over valid UTF-8 with non-ASCII text is wrong. */
		int ascii = 1;
		for (size_t i = 0; i < len && ascii; i++)
			ascii = (unsigned char)data[i] < 0x80;
		if (ascii)
			return NULL;
		int cp1252 = charset_is_cp1252_alias(declared);
		if (cp1252 && text_utf8_kind(data, len) != 0)
			return NULL;
		char *out = charset_iconv(data, len, cp1252 ? "WINDOWS-1252" : declared, outlen);
		if (out) {
			*from = xstrdup(cp1252 ? "Windows-1252" : declared);
			return out;
		}
		/* An unknown name: guess as for undeclared text. */
	}
	if (!charset_looks_cp1252(data, len))
		return NULL;
	char *out = charset_iconv(data, len, "WINDOWS-1252", outlen);
	if (out)
		*from = xstrdup("Windows-1252");
	return out;
}
