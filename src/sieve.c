/* sieve: whether an ASCII text contains a string, found the way memchr
 * finds a byte: the needle's rarest byte is looked for first, then the
 * rest compared around it. */
#include "sieve.h"

#include <stdint.h>
#include <string.h>

static unsigned char sieve_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static unsigned char sieve_upper(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c;
}

int sieve_is_ascii(const char *s, size_t n)
{
	/* Eight bytes at a time: this runs over every article of a search. */
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			return 0;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/* How common a byte is in English text, the higher the more: the
 * needle's rarest byte is the one looked for, so that memchr skips far.
 * Only speed depends on it. */
static int sieve_rank(unsigned char c)
{
	static const char common[] = "zqjxkvbywgpfmucdlhrsnioate ";
	const char *p = memchr(common, sieve_lower(c), sizeof common - 1);
	if (p)
		return 1 + (int)(p - common);
	return c >= '0' && c <= '9' ? 12 : 0;
}

static int sieve_same(const unsigned char *s, const unsigned char *needle, size_t len, int caseless)
{
	if (!caseless)
		return memcmp(s, needle, len) == 0;
	for (size_t i = 0; i < len; i++)
		if (sieve_lower(s[i]) != sieve_lower(needle[i]))
			return 0;
	return 1;
}

/* The next place in [from, end) that holds byte c, or end. */
static const unsigned char *sieve_next(const unsigned char *from, const unsigned char *end, unsigned char c)
{
	const unsigned char *p = from < end ? memchr(from, c, (size_t)(end - from)) : NULL;
	return p ? p : end;
}

/* Whether needle (len > 0) is somewhere in s[0..n). */
static int sieve_find(const char *s, size_t n, const char *needle, size_t len, int caseless)
{
	if (len > n)
		return 0;
	const unsigned char *u = (const unsigned char *)s, *nd = (const unsigned char *)needle;
	size_t k = 0;
	for (size_t i = 1; i < len; i++)
		if (sieve_rank(nd[i]) < sieve_rank(nd[k]))
			k = i;
	/* The needle's byte k is looked for at s[k .. n - len + k], in both
	 * cases when case is ignored: a place for each, the nearer tried. */
	unsigned char lo = caseless ? sieve_lower(nd[k]) : nd[k];
	unsigned char up = caseless ? sieve_upper(nd[k]) : nd[k];
	const unsigned char *end = u + (n - len) + k + 1;
	const unsigned char *at_lo = sieve_next(u + k, end, lo);
	const unsigned char *at_up = up != lo ? sieve_next(u + k, end, up) : end;
	while (at_lo < end || at_up < end) {
		const unsigned char *c = at_lo < at_up ? at_lo : at_up;
		if (sieve_same(c - k, nd, len, caseless))
			return 1;
		if (c == at_lo)
			at_lo = sieve_next(c + 1, end, lo);
		else
			at_up = sieve_next(c + 1, end, up);
	}
	return 0;
}

int sieve_may_contain(const char *s, size_t n, const char *needle, size_t len, int caseless)
{
	if (len == 0 || !sieve_is_ascii(s, n))
		return 1;
	return sieve_find(s, n, needle, len, caseless);
}
