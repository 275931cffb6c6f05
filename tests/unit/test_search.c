/* Unit tests of search: folding, normalization, accents, smart case,
 * regular expressions, offsets into awkward bytes, next/prev. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "corpus.h"
#include "search.h"
#include "xmalloc.h"

struct found {
	struct search_match m[64];
	size_t n;
};

static int collect(const struct search_match *m, void *ctx)
{
	struct found *f = ctx;
	if (f->n < 64)
		f->m[f->n] = *m;
	f->n++;
	return 0;
}

/* All matches of pattern in s[0..n), as "start-end start-end ...". */
static const char *spans(const char *pattern, int regex, const char *s, size_t n)
{
	static char buf[1024];
	char *err = NULL;
	struct search_pattern *p = search_compile(pattern, regex, &err, NULL);
	if (!p) {
		snprintf(buf, sizeof buf, "error: %s", err);
		free(err);
		return buf;
	}
	struct search_text *t = search_prepare(s, n, 1);
	struct found f = { .n = 0 };
	size_t k = search_find_all(t, p, 0, SIZE_MAX, collect, &f);
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < f.n && i < 64 && o < sizeof buf - 32; i++)
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%zu-%zu", i ? " " : "", f.m[i].start,
				      f.m[i].end);
	if (k != f.n || search_count(t, p) != k)
		snprintf(buf, sizeof buf, "count mismatch");
	search_text_free(t);
	search_pattern_free(p);
	return buf;
}

#define FIND(pat, text) spans((pat), 0, (text), strlen(text))
#define FINDRE(pat, text) spans((pat), 1, (text), strlen(text))
#define FINDW(pat, text) spans((pat), SEARCH_WORD, (text), strlen(text))
#define FINDREW(pat, text) spans((pat), SEARCH_REGEX | SEARCH_WORD, (text), strlen(text))

static void test_literal(void)
{
	CHECK_STR(FIND("cat", "a cat, a cat"), "2-5 9-12");
	CHECK_STR(FIND("dog", "a cat"), "");
	CHECK_STR(FIND("", "a cat"), "");
	/* Non-overlapping, leftmost first, as grep -o. */
	CHECK_STR(FIND("aa", "aaaaa"), "0-2 2-4");
	CHECK_STR(FIND("aba", "ababa"), "0-3");
}

static void test_smart_case(void)
{
	CHECK_STR(FIND("paris", "Paris PARIS paris"), "0-5 6-11 12-17");
	CHECK_STR(FIND("Paris", "Paris PARIS paris"), "0-5");
	char *err;
	struct search_pattern *p = search_compile("paris", 0, &err, NULL);
	CHECK(p && p->caseless && p->ignore_accents);
	search_pattern_free(p);
	p = search_compile("Paris", 0, &err, NULL);
	CHECK(p && !p->caseless);
	search_pattern_free(p);
	/* In a regular expression, escapes are not letters. */
	p = search_compile("\\Wparis\\S", 1, &err, NULL);
	CHECK(p && p->caseless);
	search_pattern_free(p);
	p = search_compile("\\p{Lu}aris", 1, &err, NULL);
	CHECK(p && p->caseless);
	search_pattern_free(p);
	p = search_compile("(?<Name>x)Paris", 1, &err, NULL);
	CHECK(p && !p->caseless);
	search_pattern_free(p);
}

static void test_case_folding(void)
{
	/* Full folding: ß is ss, both ways. */
	const char *t = "STRASSE Strasse straße STRAẞE";
	CHECK_STR(FIND("straße", t), "0-7 8-15 16-23 24-32");
	CHECK_STR(FIND("strasse", t), "0-7 8-15 16-23 24-32");
	/* Half of ß is no match. */
	CHECK_STR(FIND("s", "ß"), "");
	CHECK_STR(FIND("ss", "ß"), "0-2");
	/* Greek: final and medial sigma fold alike. */
	CHECK_STR(FIND("οδος", "ΟΔΟΣ οδος οδοσ"), "0-8 9-17 18-26");
	CHECK_STR(FIND("σ", "ς"), "0-2");
	/* Turkish dotless i is not special: default folding only. */
	CHECK_STR(FIND("i", "I ı"), "0-1");
	CHECK_STR(FIND("ı", "I i ı"), "4-6");
	/* İ folds to i + combining dot, which accents-ignored search drops. */
	CHECK_STR(FIND("istanbul", "İstanbul"), "0-9");
	/* Ligatures fold to their letters. */
	CHECK_STR(FIND("office", "oﬃce"), "0-6");
}

static void test_normalization(void)
{
	/* Composed é in the pattern, decomposed in the text, and back;
	 * with the accent, so that it is respected. */
	CHECK_STR(FIND("caf\xc3\xa9", "cafe\xcc\x81 caf\xc3\xa9 cafe"), "0-6 7-12");
	CHECK_STR(FIND("cafe\xcc\x81", "cafe\xcc\x81 caf\xc3\xa9 cafe"), "0-6 7-12");
	/* Decomposed text, pattern without accent: the match takes the mark. */
	CHECK_STR(FIND("cafe", "cafe\xcc\x81!"), "0-6");
}

static void test_accents(void)
{
	const char *t = "Mélanie Melanie MÉLANIE";
	CHECK_STR(FIND("melanie", t), "0-8 9-16 17-25");
	CHECK_STR(FIND("mélanie", t), "0-8 17-25");
	CHECK_STR(FIND("Mélanie", t), "0-8");
	CHECK_STR(FIND("Melanie", t), "0-8 9-16");
	/* The accent respected: a plain letter never matches the base of an
	 * accented one, composed or not. */
	CHECK_STR(FIND("résume", "résumé"), "");
	CHECK_STR(FIND("résume", "re\xcc\x81sume\xcc\x81"), "");
	CHECK_STR(FIND("résumé", "re\xcc\x81sume\xcc\x81"), "0-10");
	/* Letters with a stroke. */
	CHECK_STR(FIND("lodz", "Łódź"), "0-7");
	CHECK_STR(FIND("orsted", "Ørsted"), "0-7");
	/* Soft hyphens are invisible. */
	CHECK_STR(FIND("versicherung", "Ver\xc2\xadsicherung"), "0-14");
}

static void test_whitespace(void)
{
	CHECK_STR(FIND("foo bar", "foo\n   bar"), "0-10");
	CHECK_STR(FIND("foo bar", "foo\xc2\xa0" "bar"), "0-8");
	CHECK_STR(FIND("foo  bar", "foo\tbar"), "0-7");
	/* A paragraph break is not a space. */
	CHECK_STR(FIND("foo bar", "foo\n\nbar"), "");
	CHECK_STR(FIND("foo bar", "foo\r\nbar"), "0-8");
}

static void test_offsets(void)
{
	/* Multibyte text before the match. */
	CHECK_STR(FIND("tokyo", "東京 Tokyo 😀 tokyo"), "7-12 18-23");
	/* Invalid bytes and NULs never match, and offsets stay right. */
	static const char bad[] = "\xff" "abc\x00" "abc\xc3" "abc\xe6\xbc" "ab\x80" "c";
	size_t n = sizeof bad - 1;
	CHECK_STR(spans("abc", 0, bad, n), "1-4 5-8 9-12");
	CHECK_STR(spans("c", 0, bad, n), "3-4 7-8 11-12 17-18");
	CHECK_STR(spans("b\xc2\x80" "c", 0, bad, n), "");
	/* A pattern with an invalid byte matches nothing, not the bad bytes. */
	CHECK_STR(spans("\xff", 0, bad, n), "");
	CHECK_STR(spans("b\x80", 0, bad, n), "");
	/* A regular expression over the same bytes. */
	CHECK_STR(spans("a.c", 1, bad, n), "1-4 5-8 9-12");
	CHECK_STR(spans("c.a", 1, bad, n), "");
	/* Only NULs and bad bytes. */
	CHECK_STR(spans("a", 0, "\0\0\xff", 3), "");
}

static void test_regex(void)
{
	CHECK_STR(FINDRE("c[aeiou]t", "cat cot cut cxt"), "0-3 4-7 8-11");
	CHECK_STR(FINDRE("\\bmark\\w*", "Market marking remark"), "0-6 7-14");
	CHECK_STR(FINDRE("Mark\\w*", "market marking"), "");
	/* Folding in regular expressions. */
	CHECK_STR(FINDRE("stra(ß|x)e", "STRASSE"), "0-7");
	CHECK_STR(FINDRE("m.lanie", "Mélanie"), "0-8");
	CHECK_STR(FINDRE("caf[ée]", "café cafe"), "0-5 6-10");
	CHECK_STR(FINDRE("mél\\w+", "Mélanie Melanie"), "0-8");
	/* Group names are no text: a name with an accent is kept as written
	 * where it is defined and where it is used. */
	CHECK_STR(FINDRE("(?<café>x)\\k<café>", "xx café"), "0-2");
	/* Empty matches are not matches. */
	CHECK_STR(FINDRE("x*", "abc"), "");
	/* ^ and $ are paragraph ends; single line breaks are spaces. */
	CHECK_STR(FINDRE("^b", "a\nb\n\nb"), "5-6");
	CHECK_STR(FINDRE("a\\sb", "a\nb"), "0-3");
}

/* ^ and $ at the start and end of the file too, not only of paragraphs
 * within it: the file's last line ends its last paragraph. */
static void test_regex_anchors(void)
{
	CHECK_STR(FINDRE("a$", "xa\nya\n\nza\n"), "4-5 8-9");
	CHECK_STR(FINDRE("a$", "za\n"), "1-2");
	CHECK_STR(FINDRE("a$", "za"), "1-2");
	CHECK_STR(FINDRE("a$", "za \r\n"), "1-2");
	CHECK_STR(FINDRE("a+$", "aab aaa\n"), "4-7");
	CHECK_STR(FINDRE("^z", " za\n"), "1-2");
	CHECK_STR(FINDRE("^z", "\nza"), "1-2");
	/* A literal pattern's spaces are spaces still, at its ends too. */
	CHECK_STR(FIND("za ", "za zb"), "0-3");
	CHECK_STR(FIND(" zb", "za zb"), "2-5");
}

/* A pattern that makes PCRE2 give up is refused, never "no match". */
static void test_regex_too_complex(void)
{
	char s[64];
	memset(s, 'a', 40);
	s[40] = 'b';
	memset(s + 41, 'a', 5);
	s[46] = '\n';
	s[47] = '\0';
	CHECK_STR(FINDRE("a+$", s), "41-46");
	struct search_pattern *p = search_compile("(a+)+$", 1, NULL, NULL);
	struct search_text *t = search_prepare(s, strlen(s), 0);
	CHECK(p != NULL);
	CHECK(!search_too_complex(p));
	search_count(t, p);
	CHECK(search_too_complex(p));
	search_text_free(t);
	search_pattern_free(p);
	/* A simple pattern on the same text is not. */
	p = search_compile("a+b", 1, NULL, NULL);
	t = search_prepare(s, strlen(s), 0);
	CHECK_INT(search_count(t, p), 1);
	CHECK(!search_too_complex(p));
	search_text_free(t);
	search_pattern_free(p);
}

static void test_bad_regex(void)
{
	char *err = NULL;
	size_t at = 0;
	struct search_pattern *p = search_compile("ab(cd", 1, &err, &at);
	CHECK(p == NULL);
	CHECK(err && strstr(err, "missing closing parenthesis"));
	CHECK(err && strstr(err, "at character 6"));
	CHECK_INT(at, 5);
	free(err);
	err = NULL;
	p = search_compile("é[z-a]", 1, &err, &at);
	CHECK(p == NULL);
	CHECK(err && strstr(err, "range out of order"));
	CHECK(err && strstr(err, "at character 5"));
	CHECK_INT(at, 5);
	free(err);
	/* A literal is never wrong. */
	p = search_compile("ab(cd", 0, &err, &at);
	CHECK(p != NULL);
	CHECK_STR(FIND("ab(cd", "xab(cd"), "1-6");
	search_pattern_free(p);
}

static void test_next_prev(void)
{
	const char *s = "one two one three one";
	struct search_pattern *p = search_compile("one", 0, NULL, NULL);
	struct search_text *t = search_prepare(s, strlen(s), 0);
	struct search_match m;
	int wrapped;
	CHECK(search_next(t, p, 0, &m, &wrapped));
	CHECK_INT(m.start, 0);
	CHECK_INT(wrapped, 0);
	CHECK(search_next(t, p, 1, &m, &wrapped));
	CHECK_INT(m.start, 8);
	CHECK(search_next(t, p, 9, &m, &wrapped));
	CHECK_INT(m.start, 18);
	CHECK_INT(m.end, 21);
	CHECK(search_next(t, p, 19, &m, &wrapped));
	CHECK_INT(m.start, 0);
	CHECK_INT(wrapped, 1);
	CHECK(search_prev(t, p, 18, &m, &wrapped));
	CHECK_INT(m.start, 8);
	CHECK_INT(wrapped, 0);
	CHECK(search_prev(t, p, 0, &m, &wrapped));
	CHECK_INT(m.start, 18);
	CHECK_INT(wrapped, 1);
	CHECK_INT(search_count(t, p), 3);
	/* Matches starting in a range, for highlighting a screen. */
	CHECK_INT(search_find_all(t, p, 5, 18, NULL, NULL), 1);
	search_pattern_free(p);
	p = search_compile("four", 0, NULL, NULL);
	CHECK(!search_next(t, p, 0, &m, &wrapped));
	CHECK(!search_prev(t, p, 5, &m, &wrapped));
	search_pattern_free(p);
	search_text_free(t);

	/* Far apart in a long text: prev searches backwards in windows. */
	size_t n = 1 << 20;
	char *big = malloc(n);
	memset(big, 'x', n);
	memcpy(big + 10, "needle", 6);
	memcpy(big + n - 100, "needle", 6);
	p = search_compile("needle", 0, NULL, NULL);
	t = search_prepare(big, n, 0);
	CHECK(search_prev(t, p, n - 200, &m, &wrapped));
	CHECK_INT(m.start, 10);
	CHECK(search_prev(t, p, 5, &m, &wrapped));
	CHECK_INT(m.start, n - 100);
	CHECK_INT(wrapped, 1);
	CHECK_INT(search_count(t, p), 2);
	search_pattern_free(p);
	search_text_free(t);
	free(big);
}

static void test_print(void)
{
	const char *dir = check_tmpdir();
	char path[512];
	snprintf(path, sizeof path, "%s/a.txt", dir);
	FILE *f = fopen(path, "wb");
	fputs("Title: Café\n\nLe caf\xc3\xa9 est \xff ouvert. Un cafe\r\nAutre ligne CAFE\n", f);
	fclose(f);
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, path, &err), 0);
	char *out = NULL;
	size_t outlen = 0;
	FILE *mem = open_memstream(&out, &outlen);
	long k = search_print(mem, c, "cafe", 0, &err);
	fclose(mem);
	CHECK_INT(k, 4);
	char *want = xasprintf(
		 "%s:1:8:Title: Café\n"
		 "%s:3:4:Le café est \xef\xbf\xbd ouvert. Un cafe\n"
		 "%s:3:26:Le café est \xef\xbf\xbd ouvert. Un cafe\n"
		 "%s:4:13:Autre ligne CAFE\n",
		 path, path, path, path);
	CHECK_STR(out, want);
	free(want);
	free(out);
	mem = open_memstream(&out, &outlen);
	CHECK_INT(search_print(mem, c, "(", 1, &err), -1);
	fclose(mem);
	CHECK(err && strstr(err, "missing closing parenthesis"));
	free(err);
	free(out);
	corpus_free(c);
}

/* search_print's output for the given text and pattern (a new string);
 * *k gets its return value and *err its message. */
static char *print_of(const char *text, size_t n, const char *pattern, int regex, long *k, char **err)
{
	const char *dir = check_tmpdir();
	char path[512];
	snprintf(path, sizeof path, "%s/p.txt", dir);
	FILE *f = fopen(path, "wb");
	fwrite(text, 1, n, f);
	fclose(f);
	struct corpus *c = corpus_new();
	CHECK_INT(corpus_add_path(c, path, err), 0);
	char *out = NULL;
	size_t outlen = 0;
	FILE *mem = open_memstream(&out, &outlen);
	*k = search_print(mem, c, pattern, regex, err);
	fclose(mem);
	corpus_free(c);
	/* Drop the directory from the file names, to compare. */
	char *o = out, *w = out;
	size_t dl = strlen(dir) + 1;
	while (*o) {
		if (strncmp(o, dir, dl - 1) == 0 && o[dl - 1] == '/')
			o += dl;
		while (*o && *o != '\n')
			*w++ = *o++;
		if (*o)
			*w++ = *o++;
	}
	*w = '\0';
	return out;
}

static char *repeat(const char *unit, size_t times)
{
	size_t u = strlen(unit);
	char *r = xmalloc(u * times + 1);
	for (size_t i = 0; i < times; i++)
		memcpy(r + i * u, unit, u);
	r[u * times] = '\0';
	return r;
}

/* A line longer than SEARCH_PRINT_WIDE characters is shown as a window of
 * SEARCH_PRINT_CONTEXT characters either side of each match, with an
 * ellipsis where it is cut; shorter lines are shown whole. */
static void test_print_long_lines(void)
{
	char *x500 = repeat("x", 500), *y1500 = repeat("y", 1500), *x100 = repeat("x", 100),
	     *y100 = repeat("y", 100), *e300 = repeat("\xc3\xa9", 300), *e800 = repeat("\xc3\xa9", 800),
	     *e100 = repeat("\xc3\xa9", 100);
	char *text = xasprintf("head\n%sneedle%s\nshort needle line\nneedle%s\n%sneedle%s\n", x500, y1500,
			       y1500, e300, e800);
	long k;
	char *err = NULL;
	char *out = print_of(text, strlen(text), "needle", 0, &k, &err);
	CHECK_INT(k, 4);
	char *want = xasprintf("p.txt:2:501:\xe2\x80\xa6%sneedle%s\xe2\x80\xa6\n"
			       "p.txt:3:7:short needle line\n"
			       "p.txt:4:1:needle%s\xe2\x80\xa6\n"
			       "p.txt:5:301:\xe2\x80\xa6%sneedle%s\xe2\x80\xa6\n",
			       x100, y100, y100, e100, e100);
	CHECK_STR(out, want);
	free(want);
	free(out);
	free(text);
	/* Two matches close together in a long line: each its own window. */
	text = xasprintf("%sab%sab\n", y1500, x100);
	out = print_of(text, strlen(text), "ab", 0, &k, &err);
	CHECK_INT(k, 2);
	char *w2 = xasprintf("p.txt:1:1501:\xe2\x80\xa6%sab%s\xe2\x80\xa6\n"
			     "p.txt:1:1603:\xe2\x80\xa6%sab\n",
			     y100, x100, x100);
	CHECK_STR(out, w2);
	free(w2);
	free(out);
	free(text);
	/* A 23 KB line with a match every 58 bytes: the output grows with
	 * the matches, not with matches times the line. */
	char *big = repeat("needle in a very long line without any break at all, ok? ", 400);
	out = print_of(big, strlen(big), "needle", 0, &k, &err);
	CHECK_INT(k, 400);
	CHECK(strlen(out) < 400 * 260);
	free(out);
	free(big);
	free(x500);
	free(y1500);
	free(x100);
	free(y100);
	free(e300);
	free(e800);
	free(e100);
}

/* --search refuses a pattern that reaches PCRE2's limits, naming it. */
static void test_print_too_complex(void)
{
	char s[64];
	memset(s, 'a', 40);
	s[40] = 'b';
	memset(s + 41, 'a', 5);
	s[46] = '\n';
	long k;
	char *err = NULL;
	char *out = print_of(s, 47, "(a+)+$", 1, &k, &err);
	CHECK_INT(k, -1);
	CHECK(err && strstr(err, "(a+)+$") && strstr(err, "too complex"));
	free(err);
	free(out);
	err = NULL;
	out = print_of(s, 47, "a+$", 1, &k, &err);
	CHECK_INT(k, 1);
	CHECK_STR(out, "p.txt:1:42:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaa\n");
	CHECK(err == NULL);
	free(out);
}

/* Whole words (issue 15, 11a): "&NATO" must not find "ANATOLII". */
static void test_whole_word(void)
{
	const char *s = "ANATOLII STEPANOV met NATO's chief (NATO) and nato_x, NATO";
	CHECK_STR(FIND("nato", s), "1-5 22-26 36-40 46-50 54-58");
	CHECK_STR(FIND("NATO", s), "1-5 22-26 36-40 54-58");
	CHECK_STR(FINDW("NATO", s), "22-26 36-40 54-58");
	CHECK_STR(FINDW("nato", s), "22-26 36-40 54-58");
	/* The pattern may hold punctuation and spaces; only its ends count. */
	CHECK_STR(FINDW("(nato)", s), "35-41");
	CHECK_STR(FINDW("met nato", s), "18-26");
	CHECK_STR(FINDW("et nato", s), "");
	/* Letters and digits of any script are word characters. */
	CHECK_STR(FINDW("мир", "мирный мир"), "13-19");
	CHECK_STR(FINDW("lodz", "\xc5\x81\xc3\xb3" "d\xc5\xbaki \xc5\x81\xc3\xb3" "d\xc5\xba"), "10-17");
	CHECK_STR(FINDW("42", "1420 42 x42"), "5-7");
	CHECK_STR(FINDW("東京", "東京都 東京"), "10-16");
	/* A combining accent belongs to its word: "cafe" does not end before
	 * the s of "cafés", decomposed. */
	CHECK_STR(FINDW("cafe", "cafe\xcc\x81s cafe\xcc\x81"), "8-14");
	/* A soft hyphen joins: "A\u00ADNATO" is one word; "NA\u00ADTO" is NATO. */
	CHECK_STR(FINDW("nato", "A\xc2\xadNATO NA\xc2\xadTO"), "8-14");
	/* Regular expressions: an alternative that would cut a word gives
	 * way to one that does not; \b-free patterns work as literals do. */
	CHECK_STR(FINDRE("NAT|NATO", "NATO"), "0-3");
	CHECK_STR(FINDREW("NAT|NATO", "NATO"), "0-4");
	CHECK_STR(FINDREW("nato", s), "22-26 36-40 54-58");
	CHECK_STR(FINDREW("n.to", "ANATOLII nato"), "9-13");
	CHECK_STR(FINDREW("(*UCP)nato", "ANATOLII nato"), "9-13");
	CHECK_STR(FINDREW("\\Qnato", "ANATOLII nato"), "9-13");
	CHECK_STR(FINDREW("^nato", "nato anatolii"), "0-4");
	/* A bad expression is reported as without the flag. */
	CHECK_STR(FINDREW("ab(cd", "x"), "error: missing closing parenthesis at character 6");
	/* search_next and search_prev skip what is not a whole word. */
	struct search_pattern *p = search_compile("nato", SEARCH_WORD, NULL, NULL);
	CHECK(p && p->word);
	struct search_text *t = search_prepare(s, strlen(s), 0);
	struct search_match m;
	int wrapped;
	CHECK(search_next(t, p, 0, &m, &wrapped) && m.start == 22 && !wrapped);
	CHECK(search_prev(t, p, 22, &m, &wrapped) && m.start == 54 && wrapped);
	search_text_free(t);
	search_pattern_free(p);
}

/* Whether the sieve lets s through for pattern (flags as search_compile),
 * and whether the search finds it there: a text with a match must never
 * be passed by. */
static int sieve_of(const char *pattern, int flags, const char *s, size_t n, size_t *found)
{
	char *err = NULL;
	struct search_pattern *p = search_compile(pattern, flags, &err, NULL);
	if (!p) {
		free(err);
		*found = 0;
		return -1;
	}
	struct search_text *t = search_prepare(s, n, 0);
	*found = search_count(t, p);
	int may = search_may_match(p, s, n);
	search_text_free(t);
	search_pattern_free(p);
	return may;
}

/* The sieve never passes by a text that has a match: accents, ligatures,
 * case folding beyond ASCII, invisible characters, blanks, NULs. */
static void test_may_match(void)
{
	static const struct {
		const char *pattern;
		int flags;
		const char *text;
	} hits[] = {
		{ "volcker", 0, "Paul Volcker said" },
		{ "volcker", 0, "PAUL VOLCKER SAID" },
		{ "Volcker", 0, "Paul Volcker said" },
		{ "volcker", 0, "Paul V\xc3\xb3lcker said" },		/* ó: accents ignored */
		{ "volcker", 0, "Paul Vo\xcc\x81lcker" },			/* o + combining acute */
		{ "volcker", 0, "Paul vol\xc2\xad" "cker" },			/* a soft hyphen */
		{ "volcker", 0, "Paul vol\xe2\x80\x8b" "cker" },		/* a zero-width space */
		{ "finance", 0, "the \xef\xac\x81nance pages" },		/* the ﬁ ligature */
		{ "office", 0, "the o\xef\xac\x83" "ce" },			/* the ﬃ ligature */
		{ "kelvin", 0, "\xe2\x84\xaa" "elvin" },			/* the Kelvin sign */
		{ "strasse", 0, "die Stra\xc3\x9f" "e" },			/* ß */
		{ "lodz", 0, "\xc5\x81\xc3\xb3" "d\xc5\xba" },		/* Łódź */
		{ "e", 0, "caf\xc3\xa9" },
		{ "paul volcker", 0, "Paul\n   Volcker" },			/* a hard-wrapped line */
		{ "paul volcker", 0, "Paul\t Volcker" },
		{ "paul volcker", 0, "Paul\xc2\xa0Volcker" },		/* a no-break space */
		{ "u.s.", 0, "the U.S. economy" },
		{ "oil", SEARCH_WORD, "crude OIL prices" },
		{ "vol[ck]+er", SEARCH_REGEX, "Paul Volcker" },
		{ "caf\xc3\xa9", 0, "Le caf\xc3\xa9" },			/* accents respected */
		{ "caf\xc3\xa9", 0, "Le cafe\xcc\x81" },
		{ "\xef\xac\x81nance", 0, "finance" },			/* the ligature in the pattern */
	};
	for (size_t k = 0; k < sizeof hits / sizeof *hits; k++) {
		size_t found;
		int may = sieve_of(hits[k].pattern, hits[k].flags, hits[k].text, strlen(hits[k].text), &found);
		if (found == 0 || may != 1) {
			char m[256];
			snprintf(m, sizeof m, "'%s' in '%s': %zu found, sieve %d", hits[k].pattern, hits[k].text,
				 found, may);
			check_fail(__FILE__, __LINE__, m);
		}
	}
	/* What it passes by: ASCII texts without the pattern's run. */
	size_t found;
	CHECK_INT(sieve_of("volcker", 0, "Paul Volker said", 16, &found), 0);
	CHECK_INT(sieve_of("Volcker", 0, "paul volcker said", 17, &found), 0);
	CHECK_INT(sieve_of("paul volcker", 0, "Paul Volcker", 12, &found), 1);	/* "volcker" is there */
	CHECK_INT(sieve_of("paul volcker", 0, "Paul Volker", 11, &found), 0);
	CHECK_INT(sieve_of("volcker", SEARCH_REGEX, "nothing", 7, &found), 1);	/* no proof for a regex */
	CHECK_INT(sieve_of("volcker", 0, "nothing \xc3\xa9", 10, &found), 1);	/* beyond ASCII */
	CHECK_INT(sieve_of("caf\xc3\xa9", 0, "Le cafe", 7, &found), 1);	/* "caf" is there */
	CHECK_INT(sieve_of("\xc3\xa9", 0, "Le cafe", 7, &found), 1);		/* no ASCII run to look for */
}

/* The sieve against the search on many small texts made of pieces that
 * fold in every way (a fixed pseudo-random sequence): wherever the search
 * finds a match, the sieve lets the text through. */
static void test_may_match_random(void)
{
	static const char *const pieces[] = { "e", "E", "\xc3\xa9", "\xc3\x89", "e\xcc\x81", "f", "i",
					      "\xef\xac\x81", "s", "S", "\xc3\x9f", "\xc5\xbf", "k", "\xe2\x84\xaa",
					      " ", "\n", "\xc2\xa0", "\xc2\xad", "\xe2\x80\x8b", ".", "a", "o",
					      "\xef\xbd\x85", "\xef\xbc\xa5", "\0", "\xff" };
	static const char *const patterns[] = { "e", "E", "fi", "fie", "ss", "sk", "k", "e e", "ee", "a.o",
						"\xc3\xa9", "\xef\xac\x81", "ses", "ks", "ef", "EFI", "o e", "s.k" };
	const size_t npieces = sizeof pieces / sizeof *pieces, npatterns = sizeof patterns / sizeof *patterns;
	uint32_t seed = 12345;
	int missed = 0, passed_by = 0;
	for (int round = 0; round < 3000; round++) {
		char text[128];
		size_t n = 0;
		seed = seed * 1103515245u + 12345u;
		size_t len = 1 + (seed >> 16) % 9;
		for (size_t k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			const char *piece = pieces[(seed >> 16) % npieces];
			size_t l = piece[0] ? strlen(piece) : 1;	/* "\0" is one NUL */
			memcpy(text + n, piece, l);
			n += l;
		}
		text[n] = '\0';
		seed = seed * 1103515245u + 12345u;
		const char *pattern = patterns[(seed >> 16) % npatterns];
		int flags = (seed >> 8) % 4 == 0 ? SEARCH_WORD : 0;
		size_t found;
		int may = sieve_of(pattern, flags, text, n, &found);
		if (found > 0 && may != 1)
			missed++;
		if (may == 0)
			passed_by++;
	}
	CHECK_INT(missed, 0);
	CHECK(passed_by > 0);	/* the sieve does pass some by */
}

/* --search over many files: the output is in the files' order (however
 * many threads searched them), the same as searching each alone, with
 * files the sieve passes by, files beyond ASCII and web pages among
 * them. */
static void test_print_many_files(void)
{
	const char *dir = check_tmpdir();
	char *want = xstrdup("");
	long want_k = 0;
	for (int i = 0; i < 400; i++) {
		char path[512], *body;
		const char *ext = "txt";
		switch (i % 5) {
		case 0:	/* no match at all */
			body = xasprintf("Story %d\n\nNothing to see in this one.\n", i);
			break;
		case 1:
			body = xasprintf("Story %d\n\nFed chairman Paul Volcker spoke.\nVOLCKER again %d.\n", i, i);
			break;
		case 2:	/* found only by folding */
			body = xasprintf("Story %d\n\nPaul V\xc3\xb3lcker and vol\xc2\xad" "cker.\n", i);
			break;
		case 3:	/* an entity in a web page */
			body = xasprintf("<html><head><title>Story %d</title></head><body><article><p>The chairman "
					 "Paul &#86;olcker said on Tuesday that the dollar had fallen far enough "
					 "against the yen and the mark.</p></article></body></html>\n", i);
			ext = "html";
			break;
		default: /* Markdown */
			body = xasprintf("# Story %d\n\nPaul *Volcker* and [Volcker](http://example.com/).\n", i);
			ext = "md";
			break;
		}
		snprintf(path, sizeof path, "%s/%04d.%s", dir, i, ext);
		FILE *f = fopen(path, "wb");
		fputs(body, f);
		fclose(f);
		/* The file alone, searched by itself. */
		long k;
		char *err = NULL;
		struct corpus *one = corpus_new();
		CHECK_INT(corpus_add_path(one, path, &err), 0);
		char *out = NULL;
		size_t outlen = 0;
		FILE *mem = open_memstream(&out, &outlen);
		k = search_print(mem, one, "volcker", 0, &err);
		fclose(mem);
		corpus_free(one);
		CHECK(i % 5 == 0 ? k == 0 : k > 0);
		want_k += k;
		char *w = xasprintf("%s%s", want, out);
		free(want);
		want = w;
		free(out);
		free(body);
	}
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, dir, &err), 0);
	CHECK_INT(c->n, 400);
	for (int run = 0; run < 3; run++) {
		char *out = NULL;
		size_t outlen = 0;
		FILE *mem = open_memstream(&out, &outlen);
		long k = search_print(mem, c, "volcker", 0, &err);
		fclose(mem);
		CHECK_INT(k, want_k);
		CHECK(strcmp(out, want) == 0);
		free(out);
	}
	corpus_free(c);
	free(want);
}

/* A regular expression too complex in one file of many: the files before
 * it are printed, nothing after it, as when they are searched in turn. */
static void test_print_too_complex_many(void)
{
	const char *dir = check_tmpdir();
	for (int i = 0; i < 100; i++) {
		char path[512];
		snprintf(path, sizeof path, "%s/%03d.txt", dir, i);
		FILE *f = fopen(path, "wb");
		if (i == 60)
			fputs("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n", f);
		else
			fprintf(f, "line %d ends with a\n", i);
		fclose(f);
	}
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, dir, &err), 0);
	char *out = NULL;
	size_t outlen = 0;
	FILE *mem = open_memstream(&out, &outlen);
	long k = search_print(mem, c, "(a+)+$", SEARCH_REGEX, &err);
	fclose(mem);
	CHECK_INT(k, -1);
	CHECK(err && strstr(err, "too complex"));
	free(err);
	/* One line for each of files 0 to 59, none after. */
	size_t lines = 0;
	for (const char *o = out; *o; o++)
		lines += *o == '\n';
	CHECK_INT(lines, 60);
	CHECK(strstr(out, "/059.txt:1:") != NULL);
	CHECK(strstr(out, "/061.txt") == NULL);
	free(out);
	corpus_free(c);
}

const struct check_test search_tests[] = {
	{ "search_literal", test_literal },
	{ "search_smart_case", test_smart_case },
	{ "search_case_folding", test_case_folding },
	{ "search_normalization", test_normalization },
	{ "search_accents", test_accents },
	{ "search_whitespace", test_whitespace },
	{ "search_offsets", test_offsets },
	{ "search_regex", test_regex },
	{ "search_regex_anchors", test_regex_anchors },
	{ "search_regex_too_complex", test_regex_too_complex },
	{ "search_bad_regex", test_bad_regex },
	{ "search_next_prev", test_next_prev },
	{ "search_print", test_print },
	{ "search_print_long_lines", test_print_long_lines },
	{ "search_print_too_complex", test_print_too_complex },
	{ "search_whole_word", test_whole_word },
	{ "search_may_match", test_may_match },
	{ "search_may_match_random", test_may_match_random },
	{ "search_print_many_files", test_print_many_files },
	{ "search_print_too_complex_many", test_print_too_complex_many },
	{ NULL, NULL }
};
