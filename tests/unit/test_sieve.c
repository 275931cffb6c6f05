/* Unit tests of sieve: an ASCII text without the needle is told apart;
 * anything else (the needle there in any case, a byte beyond ASCII) may
 * contain it. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "sieve.h"

static int may(const char *text, const char *needle, int caseless)
{
	return sieve_may_contain(text, strlen(text), needle, strlen(needle), caseless);
}

static void test_sieve_find(void)
{
	CHECK_INT(may("Fed chairman Paul Volcker said", "volcker", 1), 1);
	CHECK_INT(may("Fed chairman Paul VOLCKER said", "volcker", 1), 1);
	CHECK_INT(may("Fed chairman Paul Volcker said", "volcker", 0), 0);
	CHECK_INT(may("Fed chairman Paul Volcker said", "Volcker", 0), 1);
	CHECK_INT(may("Fed chairman Paul Volker said", "volcker", 1), 0);
	CHECK_INT(may("volcker", "volcker", 1), 1);		/* the whole text */
	CHECK_INT(may("xvolcker", "volcker", 1), 1);		/* at the end */
	CHECK_INT(may("volckerx", "volcker", 1), 1);		/* at the start */
	CHECK_INT(may("volcke", "volcker", 1), 0);		/* the text is shorter */
	CHECK_INT(may("", "volcker", 1), 0);
	CHECK_INT(may("vvvvvvolckevolckervv", "volcker", 1), 1);	/* near misses first */
	CHECK_INT(may("zzzzkzzzzqzzq", "zq", 1), 1);			/* the rare byte repeated */
	CHECK_INT(may("U.S. officials", "u.s.", 1), 1);
	CHECK_INT(may("U.S. officials", "u.s.", 0), 0);
	CHECK_INT(may("a [b] c", "[B]", 1), 1);
	CHECK_INT(may("some text", "", 1), 1);			/* no needle: no proof */
}

static void test_sieve_not_ascii(void)
{
	/* Beyond ASCII, folding may make the needle: é -> e, ﬁ -> fi, a
	 * soft hyphen vanishes; the sieve never says no there. */
	CHECK_INT(may("Paul V\xc3\xb3lcker", "volcker", 1), 1);
	CHECK_INT(may("\xef\xac\x81nance", "finance", 1), 1);
	CHECK_INT(may("vol\xc2\xad" "cker", "volcker", 1), 1);
	CHECK_INT(may("nothing like it \xff", "volcker", 1), 1);
	CHECK_INT(sieve_is_ascii("plain\ttext\n", 11), 1);
	CHECK_INT(sieve_is_ascii("caf\xc3\xa9", 5), 0);
	/* A byte beyond ASCII anywhere, after long ASCII runs. */
	char big[1000];
	memset(big, 'a', sizeof big);
	for (size_t at = 0; at < sizeof big; at += 37) {
		big[at] = (char)0x80;
		CHECK_INT(sieve_is_ascii(big, sizeof big), 0);
		CHECK_INT(sieve_may_contain(big, sizeof big, "zz", 2, 1), 1);
		big[at] = 'a';
	}
	CHECK_INT(sieve_is_ascii(big, sizeof big), 1);
	CHECK_INT(sieve_may_contain(big, sizeof big, "zz", 2, 1), 0);
	CHECK_INT(sieve_may_contain(big, sizeof big, "aA", 2, 1), 1);
	CHECK_INT(sieve_may_contain(big, sizeof big, "aA", 2, 0), 0);
}

const struct check_test sieve_tests[] = {
	{ "sieve_find", test_sieve_find },
	{ "sieve_not_ascii", test_sieve_not_ascii },
	{ NULL, NULL }
};
