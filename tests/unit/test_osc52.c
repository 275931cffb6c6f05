/* Unit tests of osc52: the clipboard escape's base64 and framing. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "osc52.h"

static void test_osc52_base64(void)
{
	/* RFC 4648's test vectors: every padding case. */
	static const char *const in[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
	static const char *const out[] = { "", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy" };
	for (int i = 0; i < 7; i++) {
		char *b = osc52_base64((const unsigned char *)in[i], strlen(in[i]));
		CHECK_STR(b, out[i]);
		free(b);
	}
	/* High bytes, as UTF-8 has: the top bits are not lost to sign. */
	char *b = osc52_base64((const unsigned char *)"\xff\xfe\xc3\xa9", 4);
	CHECK_STR(b, "//7DqQ==");
	free(b);
}

static void test_osc52_sequence(void)
{
	const char *t = "Vladimir Putin";
	char *s = osc52_sequence(t, strlen(t));
	CHECK_STR(s, "\033]52;c;VmxhZGltaXIgUHV0aW4=\a");
	free(s);
	char *big = malloc(OSC52_MAX + 1);
	memset(big, 'x', OSC52_MAX + 1);
	s = osc52_sequence(big, OSC52_MAX);
	CHECK(s && strlen(s) == 8 + (OSC52_MAX + 2) / 3 * 4);
	free(s);
	CHECK(osc52_sequence(big, OSC52_MAX + 1) == NULL);
	free(big);
}

const struct check_test osc52_tests[] = {
	{ "osc52_base64", test_osc52_base64 },
	{ "osc52_sequence", test_osc52_sequence },
	{ NULL, NULL }
};
