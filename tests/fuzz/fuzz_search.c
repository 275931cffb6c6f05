/* fuzz_search: a libFuzzer harness for search.c as a typed pattern and a
 * hostile file reach it. The first byte picks literal or regular
 * expression (bit 1), a prepared copy built at once (bit 2) and whole
 * words (bit 4); the bytes up to the first 0xFE are the pattern, the rest the
 * text. Checks the promises of search.h: every match inside the text,
 * non-empty, starting and ending on grapheme-cluster boundaries (and, for
 * whole words, outside any word: text_is_word_edge), sorted
 * and not overlapping; the count equal to the matches found; the matches
 * in a range those of the whole text in it; search_next and search_prev
 * land on the matches found; printing them never reads outside the text;
 * and where folding is plain (ASCII), the matches are those a byte-by-byte
 * comparison finds; a text with a match is never passed by by the sieve
 * (search_may_match).
 * A pattern that PCRE2 gives up on may stop early (search_too_complex),
 * and then only the first promises are checked. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "text.h"
#include "xmalloc.h"

#define FUZZ_MAX_MATCHES 4096

struct fuzz_found {
	struct search_match v[FUZZ_MAX_MATCHES];
	size_t n;
};

static FILE *fuzz_null;	/* search_print_match's output, opened once */

static void fuzz_fail(const char *what, size_t k)
{
	fprintf(stderr, "fuzz_search: promise broken: %s (match %zu)\n", what, k);
	abort();
}

static int fuzz_collect(const struct search_match *m, void *ctx)
{
	struct fuzz_found *f = ctx;
	if (f->n < FUZZ_MAX_MATCHES)
		f->v[f->n] = *m;
	f->n++;
	return f->n >= FUZZ_MAX_MATCHES;
}

/* Printable ASCII without blanks: a pattern whose folded form is itself,
 * case aside. */
static int fuzz_plain(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] <= ' ' || s[i] >= 0x7F)
			return 0;
	return n > 0;
}

static int fuzz_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

static int fuzz_same(const char *t, const char *p, size_t n, int caseless)
{
	for (size_t i = 0; i < n; i++) {
		char a = t[i], b = p[i];
		if (caseless && a >= 'A' && a <= 'Z')
			a = (char)(a + 32);
		if (a != b)
			return 0;
	}
	return 1;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_null = fopen("/dev/null", "w");
	/* A hundredth of PCRE2's default: a pattern that backtracks without
	 * end costs a millisecond, not a tenth of a second; "too complex" is
	 * reached either way. */
	search_set_match_limit(100000);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fuzz_found all, part;
	if (size < 2 || size > 64 * 1024)
		return 0;
	int regex = data[0] & 1, word = (data[0] & 4) != 0;
	const uint8_t *cut = memchr(data + 1, 0xFE, size - 1);
	size_t plen = cut ? (size_t)(cut - data) - 1 : (size - 1 < 8 ? size - 1 : 8);
	char *pattern = xmalloc(plen + 1);
	memcpy(pattern, data + 1, plen);
	pattern[plen] = '\0';	/* a NUL in it ends it, as in a C string */
	size_t tstart = cut ? (size_t)(cut - data) + 1 : 1 + plen;
	size_t n = size - tstart;
	char *text = xmalloc(n + 1);
	memcpy(text, data + tstart, n);
	text[n] = '\0';
	char *err = NULL;
	struct search_pattern *p = search_compile(pattern, regex | (word ? SEARCH_WORD : 0), &err, NULL);
	if (!p) {
		if (!regex || !err)
			fuzz_fail("a compile error without a message, or for a literal", 0);
		free(err);
		free(pattern);
		free(text);
		return 0;
	}
	struct search_text *t = search_prepare(text, n, data[0] & 2);
	all.n = 0;
	size_t count = search_find_all(t, p, 0, SIZE_MAX, fuzz_collect, &all);
	if (count != all.n)
		fuzz_fail("return value and matches passed differ", count);
	size_t got = all.n < FUZZ_MAX_MATCHES ? all.n : FUZZ_MAX_MATCHES;
	for (size_t k = 0; k < got; k++) {
		const struct search_match *m = &all.v[k];
		if (m->start >= m->end || m->end > n)
			fuzz_fail("match empty or outside the text", k);
		if (k > 0 && m->start < all.v[k - 1].end)
			fuzz_fail("matches overlap or are out of order", k);
		if (!text_is_cluster_boundary(text, n, m->start) || !text_is_cluster_boundary(text, n, m->end))
			fuzz_fail("match ends inside a character", k);
		if (word && (!text_is_word_edge(text, n, m->start) || !text_is_word_edge(text, n, m->end)))
			fuzz_fail("a whole-word match cuts a word", k);
	}
	/* The sieve never passes by a text that has a match. */
	if (all.n > 0 && !search_may_match(p, text, n))
		fuzz_fail("the sieve passed by a text with a match", 0);
	int complete = !search_too_complex(p) && all.n < FUZZ_MAX_MATCHES;
	if (complete) {
		if (search_count(t, p) != all.n && !search_too_complex(p))
			fuzz_fail("search_count differs from the matches found", all.n);
		/* The matches starting in a range are those of the whole text
		 * there, as long as the range starts where no match covers it. */
		size_t from = all.n ? all.v[all.n / 2].start : n / 2, to = from + n / 3 + 1;
		part.n = 0;
		search_find_all(t, p, from, to, fuzz_collect, &part);
		size_t want = 0, k0 = all.n / 2;
		for (size_t k = k0; k < all.n && all.v[k].start < to; k++)
			want++;
		if (all.n && !search_too_complex(p) &&
		    (part.n != want || (want && memcmp(&part.v[0], &all.v[k0], sizeof part.v[0]) != 0)))
			fuzz_fail("matches in a range differ from the whole text's", part.n);
		if (all.n > 0 && !search_too_complex(p)) {
			struct search_match m;
			int wrapped;
			if (!search_next(t, p, 0, &m, &wrapped) || wrapped || m.start != all.v[0].start)
				fuzz_fail("search_next from 0 is not the first match", 0);
			if (!search_prev(t, p, SIZE_MAX, &m, &wrapped) || m.start > n)
				fuzz_fail("search_prev from the end finds nothing", 0);
			if (!search_next(t, p, all.v[all.n - 1].start + 1, &m, &wrapped) ||
			    (!wrapped && m.start <= all.v[all.n - 1].start))
				fuzz_fail("search_next after the last match", 0);
		}
	}
	/* An oracle where folding is plain: a literal of printable ASCII
	 * without blanks in a text of ASCII is found where a byte-by-byte
	 * comparison (ignoring case unless the pattern has a capital) finds
	 * it, leftmost first, without overlaps. */
	if (!regex && !word && complete && fuzz_plain(pattern, plen) && fuzz_ascii(text, n)) {
		int caseless = 1;
		for (size_t i = 0; i < plen; i++)
			if (pattern[i] >= 'A' && pattern[i] <= 'Z')
				caseless = 0;
		size_t k = 0;
		for (size_t i = 0; plen > 0 && i + plen <= n;) {
			if (fuzz_same(text + i, pattern, plen, caseless)) {
				if (k >= all.n || all.v[k].start != i || all.v[k].end != i + plen)
					fuzz_fail("a plain literal found elsewhere than a byte comparison finds it", k);
				k++;
				i += plen;
			} else {
				i++;
			}
		}
		if (k != all.n)
			fuzz_fail("a plain literal found more often than a byte comparison finds it", k);
	}
	/* Printing: lines, columns and windows of the same matches. */
	struct search_printer pr;
	search_printer_init(&pr, fuzz_null, "f", text, n);
	for (size_t k = 0; k < got; k++)
		search_print_match(&all.v[k], &pr);
	search_text_free(t);
	search_pattern_free(p);
	free(pattern);
	free(text);
	return 0;
}
