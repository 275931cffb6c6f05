/* Unit tests of article: headers, paragraphs, boilerplate, titles. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "text.h"
#include "xmalloc.h"

static struct article *parse(const char *s)
{
	size_t n = strlen(s);
	char *d = xmalloc(n + 1);
	memcpy(d, s, n);
	return article_parse("test.txt", d, n);
}

static struct article *parse_n(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);
	memcpy(d, s, n);
	return article_parse("test.txt", d, n);
}

/* The text of paragraph k, for comparing. */
static char *para(const struct article *a, size_t k)
{
	if (k >= a->npara)
		return xstrdup("(none)");
	return xstrndup(a->data + a->paras[k].start, a->paras[k].end - a->paras[k].start);
}

#define CHECK_PARA(a, k, want) do { char *p_ = para(a, k); CHECK_STR(p_, want); free(p_); } while (0)

static void test_header_colon(void)
{
	struct article *a = parse("Title: Hello World\r\nDATE: 2022-01-01\r\nsource:  Wire \r\n\r\nBody text here.\r\n");
	CHECK_STR(a->title, "Hello World");
	CHECK_STR(article_field(a, "date"), "2022-01-01");
	CHECK_STR(article_field(a, "source"), "Wire");
	CHECK_INT(a->nfields, 3);
	CHECK_INT(a->npara, 1);
	CHECK_PARA(a, 0, "Body text here.");
	CHECK_INT(a->title_start, 7);
	CHECK_INT(a->title_end, 18);
	article_free(a);
}

static void test_header_machine_form(void)
{
	/* The first seed's form: the date, then the body on the same line. */
	struct article *a = parse(" date 2022-01-25 They also discussed it. Then more.\nSecond paragraph.\n");
	CHECK_STR(article_field(a, "date"), "2022-01-25");
	CHECK_INT(a->body_start, 17);
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "They also discussed it. Then more.");
	CHECK_STR(a->title, "They also discussed it.");
	article_free(a);
	/* Prose that starts with a key word is not a header. */
	a = parse("Date palms grow in the oasis.\nTitle deeds were signed.\n");
	CHECK_INT(a->nfields, 0);
	CHECK_INT(a->body_start, 0);
	article_free(a);
	a = parse("Source: \nNothing here.\n");
	CHECK_INT(a->nfields, 0);
	article_free(a);
}

static void test_bom_crlf(void)
{
	struct article *a = parse("\xef\xbb\xbfTitle: T\r\n\r\nOne.\r\n\r\nTwo.\r\n");
	CHECK_STR(a->title, "T");
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "One.");
	CHECK_PARA(a, 1, "Two.");
	article_free(a);
}

static void test_paragraphs_blank_lines(void)
{
	struct article *a = parse("First line of a paragraph that\nis wrapped.\n\n\n  Second\tone.  \n\nThird.");
	CHECK_INT(a->npara, 3);
	CHECK_PARA(a, 0, "First line of a paragraph that\nis wrapped.");
	CHECK_PARA(a, 2, "Third.");
	article_free(a);
}

static void test_paragraphs_per_line(void)
{
	char long1[300], long2[300];
	memset(long1, 'x', 150);
	memcpy(long1 + 150, " end one.\n", 11);
	memset(long2, 'y', 150);
	memcpy(long2 + 150, " end two.\n", 11);
	char *s = xasprintf("%s%s", long1, long2);
	struct article *a = parse(s);
	CHECK_INT(a->npara, 2);
	free(s);
	article_free(a);
}

static void test_paragraphs_citations(void)
{
	/* An encyclopedia's list of references: an entry after its note's
	 * caret with a bibliographic mark is a citation; a note of prose
	 * after a caret, and a sentence that names a book's ISBN once, are
	 * not. */
	struct article *a = parse(
		"Title: Orvell Sound\n\nThe sound was charted in 1821 (ISBN or no ISBN, the maps agree).\n\n"
		"1. ^ The sound freezes in winter.\n\n"
		"2. ^ Hallgrim, Petra (2010). \"Orvell Sound\". Northern Atlas Society. Retrieved 3 May 2011.\n\n"
		"3. ^ Ostby, Lars (1999). Charts of the North. Kell Press. ISBN 978-0-00-000000-0.\n");
	CHECK_INT(a->npara, 4);
	CHECK(!(a->paras[0].flags & ARTICLE_PARA_CITATION));
	CHECK(!(a->paras[1].flags & ARTICLE_PARA_CITATION));
	CHECK(a->paras[2].flags & ARTICLE_PARA_CITATION);
	CHECK(a->paras[3].flags & ARTICLE_PARA_CITATION);
	article_free(a);
}

static void test_paragraphs_hard_wrapped(void)
{
	struct article *a = parse(
		"    SALVADOR, Feb 26 - Showers continued throughout the week in\n"
		"the Bahia cocoa zone, alleviating the drought since early\n"
		"January.\n"
		"    The dry period means the temporao will be late this year.\n"
		"    Arrivals for the week ended February 22 were 155,221 bags\n"
		"of 60 kilos.\n"
		" Reuter\n");
	CHECK_INT(a->npara, 4);
	CHECK_PARA(a, 1, "The dry period means the temporao will be late this year.");
	CHECK_PARA(a, 2, "Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.");
	CHECK(a->paras[3].flags & ARTICLE_PARA_BOILERPLATE);
	CHECK(!(a->paras[0].flags & ARTICLE_PARA_BOILERPLATE));
	article_free(a);
	/* A short line closing a sentence ends a paragraph without indentation. */
	a = parse("This is a long line of hard wrapped text that goes on and on\n"
		  "until it stops.\n"
		  "Then a new paragraph begins here and it is also long enough\n"
		  "to wrap.\n");
	CHECK_INT(a->npara, 2);
	article_free(a);
}

static void test_paragraphs_not_wrapped(void)
{
	/* Short lines that are not sentences were broken by hand, one record
	 * a line: they keep their line breaks, as a table does. */
	struct article *a = parse("Ajax 3 Feyenoord 1\n"
				  "PSV 2 Twente 2\n"
				  "Roda JC 1 Vitesse Arnhem 0 after extra time\n");
	CHECK_INT(a->npara, 1);
	CHECK(a->paras[0].flags & ARTICLE_PARA_PRE);
	CHECK_PARA(a, 0, "Ajax 3 Feyenoord 1\nPSV 2 Twente 2\nRoda JC 1 Vitesse Arnhem 0 after extra time");
	article_free(a);
	/* A wire story's figures after its dateline, then prose and the
	 * sign-off: the figures are one table, the sign-off stays apart. */
	a = parse("    SANTA CRUZ, Calif., Feb 26 -\n"
		  "    Shr 34 cts vs 1.19 dlrs\n"
		  "    Net 807,000 vs 2,858,000\n"
		  "    Note: 4th qtr not available. Year includes 1985\n"
		  "extraordinary gain from tax carry forward of 132,000 dlrs, or\n"
		  "five cts per shr.\n"
		  " Reuter\n");
	CHECK_INT(a->npara, 3);
	CHECK(a->paras[0].flags & ARTICLE_PARA_PRE);
	CHECK_PARA(a, 0, "    SANTA CRUZ, Calif., Feb 26 -\n    Shr 34 cts vs 1.19 dlrs\n    Net 807,000 vs 2,858,000");
	CHECK_PARA(a, 1, "Note: 4th qtr not available. Year includes 1985\n"
			 "extraordinary gain from tax carry forward of 132,000 dlrs, or\nfive cts per shr.");
	CHECK(a->paras[2].flags & ARTICLE_PARA_BOILERPLATE);
	article_free(a);
}

static void test_paragraphs_never_mid_sentence(void)
{
	/* Hard-wrapped text with a short first line: the next word would
	 * have fitted after "America", but the sentence goes on. */
	struct article *a = parse("    CLEVELAND, Feb 26 - Standard Oil Co and BP North America\n"
				  "Inc said they plan to form a venture to manage the money market\n"
				  "borrowing and investment activities of both companies.\n"
				  "    BP North America is a subsidiary of British Petroleum Co\n"
				  "Plc, which also owns a 55 pct interest in Standard Oil.\n");
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "CLEVELAND, Feb 26 - Standard Oil Co and BP North America\n"
			 "Inc said they plan to form a venture to manage the money market\n"
			 "borrowing and investment activities of both companies.");
	article_free(a);
	/* Five wrapped lines, the first short, no indentation: one paragraph;
	 * a name cut by the line break stays in it. */
	a = parse("The talks ended on\n"
		  "Tuesday without agreement, officials said, and the envoy, Paul\n"
		  "Volcker, left for Washington the same evening after he had met\n"
		  "ministers from both sides for most of the week in the capital\n"
		  "of the region.\n");
	CHECK_INT(a->npara, 1);
	article_free(a);
	/* A sentence that ends on a short line, where the next word would
	 * have fitted within the text's own width, ends the paragraph. */
	a = parse("The first paragraph of the story is long enough to be wrapped\n"
		  "at sixty-odd columns like the rest of this small text here.\n"
		  "It ends here.\n"
		  "The second paragraph starts on the next line without a blank\n"
		  "line or indentation, as some plain-text notes are written.\n");
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 1, "The second paragraph starts on the next line without a blank\n"
			 "line or indentation, as some plain-text notes are written.");
	article_free(a);
}

static void test_paragraphs_table(void)
{
	struct article *a = parse("Results were:\n\n    Shr      1.05    0.98\n    Net      5.0     4.1\n\nEnd of text.\n");
	CHECK_INT(a->npara, 3);
	CHECK(a->paras[1].flags & ARTICLE_PARA_PRE);
	CHECK_PARA(a, 1, "    Shr      1.05    0.98\n    Net      5.0     4.1");
	article_free(a);
}

static void test_boilerplate_and_title(void)
{
	struct article *a = parse(
		"Skip to main content\n\n"
		"A soldier walks on a trench near Luganske village, Ukraine.JOHN DOE/AFP/Getty Images\n\n"
		"If the worst case is realized, historians will look back on this week. It was long.\n\n"
		"Saunders: No, the story is not over\n\n"
		"Our Morning Update newsletter is written by editors. Sign up today.\n");
	CHECK_INT(a->npara, 5);
	CHECK(a->paras[0].flags & ARTICLE_PARA_BOILERPLATE);
	CHECK(a->paras[1].flags & ARTICLE_PARA_BOILERPLATE);
	CHECK(!(a->paras[2].flags & ARTICLE_PARA_BOILERPLATE));
	CHECK(a->paras[3].flags & ARTICLE_PARA_BOILERPLATE);
	CHECK(a->paras[4].flags & ARTICLE_PARA_BOILERPLATE);
	CHECK_STR(a->title, "If the worst case is realized, historians will look back on this week.");
	CHECK_INT(a->title_para, -1);
	article_free(a);
}

static void test_headline_title(void)
{
	struct article *a = parse("BAHIA COCOA REVIEW\n\nShowers continued throughout the week.\n");
	CHECK_STR(a->title, "BAHIA COCOA REVIEW");
	CHECK_INT(a->title_para, 0);
	CHECK(a->paras[0].flags & ARTICLE_PARA_TITLE);
	article_free(a);
	/* A long first sentence is cut at a word, with an ellipsis. */
	a = parse("The first sentence of this article goes on for a very long time, far longer than any title should.\n");
	CHECK(strlen(a->title) < 100);
	CHECK(strstr(a->title, "\xe2\x80\xa6") != NULL);
	CHECK(strncmp(a->title, "The first sentence of this article", 34) == 0);
	article_free(a);
	/* Abbreviations do not end the first sentence. */
	a = parse("Mr. Putin met U.S. officials in Washington. They talked.\n\nMore.\n");
	CHECK_STR(a->title, "Mr. Putin met U.S. officials in Washington.");
	article_free(a);
}

static void test_empty_and_odd(void)
{
	struct article *a = parse("");
	CHECK_INT(a->npara, 0);
	CHECK_STR(a->title, "test.txt");
	article_free(a);
	a = parse("\n\n  \n");
	CHECK_INT(a->npara, 0);
	article_free(a);
	a = parse_n("NUL \0 inside and \xff bad.\n", 24);
	CHECK_INT(a->npara, 1);
	CHECK(!a->binary);
	CHECK_STR(a->title, "NUL \xef\xbf\xbd inside and \xef\xbf\xbd bad.");
	article_free(a);
	/* A headline of blanks alone is no title. */
	a = parse("\xe2\x80\xa9\n\nBody text here.\n");
	CHECK(a->title && *a->title);
	article_free(a);
	a = parse("Only boilerplate: Sign up today.\n");
	CHECK(a->npara == 1 && (a->paras[0].flags & ARTICLE_PARA_BOILERPLATE));
	CHECK_STR(a->title, "test.txt");
	article_free(a);
}

static void test_binary(void)
{
	CHECK(article_looks_binary("\x89PNG\r\n\x1a\n\0\0\0", 11));
	char buf[1000];
	for (int i = 0; i < 1000; i++)
		buf[i] = (char)(i * 7);
	CHECK(article_looks_binary(buf, sizeof buf));
	CHECK(!article_looks_binary("plain text\n", 11));
	CHECK(!article_looks_binary("text with one \0 NUL in a long enough line of words\n", 52));
}

/* Invariants on the real seeds: ordered, in range, trimmed paragraphs. */
static void test_seed_invariants(void)
{
	const char *files[] = { "seeds/000_e89b523788f1d673.txt", "seeds/001_9f6566dcaea3a73e.txt" };
	size_t want_paras[] = { 16, 33 };
	for (int f = 0; f < 2; f++) {
		char *err = NULL;
		struct article *a = article_load(files[f], &err);
		CHECK(a != NULL);
		if (!a) {
			free(err);
			continue;
		}
		CHECK_INT(a->npara, want_paras[f]);
		size_t prev = 0;
		for (size_t k = 0; k < a->npara; k++) {
			const struct article_para *p = &a->paras[k];
			CHECK(p->start >= prev && p->start < p->end && p->end <= a->len);
			CHECK(a->data[p->start] != ' ' && a->data[p->end - 1] != ' ' &&
			      a->data[p->end - 1] != '\n');
			prev = p->end;
		}
		CHECK(strstr(a->title, "Skip") == NULL);
		article_free(a);
	}
}

static void test_para_at(void)
{
	const char *s = "Title: T\n\nFirst one.\n\nSecond one.\n";
	struct article *a = parse(s);
	CHECK_PARA(a, 0, "First one.");
	CHECK_PARA(a, 1, "Second one.");
	size_t first = (size_t)(strstr(s, "First") - s), second = (size_t)(strstr(s, "Second") - s);
	CHECK_INT(article_para_at(a, first), 0);
	CHECK_INT(article_para_at(a, first + 6), 0);
	CHECK_INT(article_para_at(a, second + 7), 1);
	/* The header and the blank line between are in no paragraph. */
	CHECK_INT(article_para_at(a, 0), a->npara);
	CHECK_INT(article_para_at(a, second - 1), a->npara);
	CHECK_INT(article_para_at(a, strlen(s)), a->npara);
	article_free(a);
}

static void test_load_errors(void)
{
	char *err = NULL;
	struct article *a = article_load("/nonexistent/file.txt", &err);
	CHECK(a == NULL);
	CHECK(err && strstr(err, "/nonexistent/file.txt") && strstr(err, "No such file"));
	free(err);
}

/* A first sentence of many kilobytes (a hard-wrapped file without a full
 * stop is one such paragraph) gives the title the whole sentence cleaned
 * and cut would: wide characters, accents, runs of blanks, bad bytes and
 * invisible spaces around where the title is cut, and the sentence's end
 * far off. */
static void test_long_first_sentence_title(void)
{
	static const char *const words[] = { "word", "\xe6\xbc\xa2\xe5\xad\x97", "e\xcc\x81te", "x  y", "\xff",
					     "\xc2\xa0", "\xe2\x80\x8b", "caf\xc3\xa9", "\xf0\x9f\x98\x80", "a" };
	size_t nw = sizeof words / sizeof *words;
	for (size_t shift = 0; shift < 12; shift++) {
		struct xbuf b = { NULL, 0, 0 };
		for (size_t i = 0; b.n < 20000 + shift * 997; i++) {
			const char *w = words[(i * 7 + shift + i / 5) % nw];
			xbuf_put(&b, w, strlen(w));
			xbuf_put(&b, " ", 1);
		}
		if (shift % 2)
			xbuf_put(&b, "end. The next sentence.", 23);
		xbuf_put(&b, "\n\nSecond paragraph.\n", 20);
		struct article *a = parse_n(b.s, b.n);
		CHECK(a->npara >= 2);
		CHECK(a->title_para == -1);
		char *clean = text_clean(a->data + a->title_start, a->title_end - a->title_start);
		char *want = text_truncate(clean, 72);
		CHECK_STR(a->title, want);
		CHECK(a->title_end - a->title_start > 10000);
		free(clean);
		free(want);
		article_free(a);
		free(b.s);
	}
}

/* Lines laid out as a table (a tab, three blanks, four dots, wherever in
 * the line) are kept as a table; two blanks or three dots are prose. */
static void test_table_marks_anywhere(void)
{
	static const char *const marks[] = { "   ", "....", "\t", "  ", "...", " . . . " };
	static const int table[] = { 1, 1, 1, 0, 0, 0 };
	for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
		for (size_t at = 1; at < 30; at++) {
			char line[80];
			size_t n = 0;
			for (size_t i = 0; i < at; i++)
				line[n++] = (char)('a' + i % 26);
			memcpy(line + n, marks[m], strlen(marks[m]));
			n += strlen(marks[m]);
			for (size_t i = 0; i < 31 - at; i++)
				line[n++] = (char)('A' + i % 26);
			line[n] = '\0';
			char doc[400];
			snprintf(doc, sizeof doc, "Intro paragraph here.\n\n%s\n%s\n\nLast paragraph here.\n", line, line);
			struct article *a = parse(doc);
			int pre = 0;
			for (size_t k = 0; k < a->npara; k++)
				pre |= (a->paras[k].flags & ARTICLE_PARA_PRE) != 0;
			if (pre != table[m]) {
				char what[160];
				snprintf(what, sizeof what, "mark \"%s\" at %zu: table %d", marks[m], at, pre);
				check_fail(__FILE__, __LINE__, what);
			}
			article_free(a);
		}
	}
}

/* n paragraphs of prose apart, each with a phrase that marks a paragraph
 * as boilerplate near an article's top or bottom, after a header. */
static char *big_paragraphs(size_t n, size_t *len)
{
	char *s = NULL;
	size_t cap = 0, m = 0;
	const char *head = "Title: A long story\n\n";
	s = xgrow(s, &cap, strlen(head) + 1, 1);
	memcpy(s, head, strlen(head));
	m = strlen(head);
	for (size_t k = 0; k < n; k++) {
		char p[400];
		int w = snprintf(p, sizeof p, "Paragraph %zu tells the story on, and all rights reserved is said in "
				 "it. The caf\xc3\xa9 in Z\xc3\xbcrich opened at %zu.\n\n", k, k % 24);
		s = xgrow(s, &cap, m + (size_t)w + 1, 1);
		memcpy(s + m, p, (size_t)w);
		m += (size_t)w;
	}
	s[m] = '\0';
	*len = m;
	return s;
}

static void test_first_part_paragraphs(void)
{
	size_t n;
	char *text = big_paragraphs(2000, &n);
	const char *path = check_tmpfile("big.txt", text, n);
	char *err = NULL;
	struct article *a = article_read(path, &err);
	CHECK(a != NULL);
	if (!a) {
		free(text);
		return;
	}
	struct article *p = article_first_part(a, 20000);
	CHECK(p != NULL);
	CHECK(!a->parsed); /* the whole is left as it was read */
	if (p) {
		CHECK(p->partial);
		CHECK(article_check(p) == NULL);
		CHECK(p->len >= 20000 && p->len < 80000);
		CHECK(memcmp(p->data, a->data, p->len) == 0);
		/* Cut where a paragraph ends: the blank line follows. */
		CHECK(a->data[p->len] == '\n' && a->data[p->len + 1] == '\n');
		article_parse_now(a);
		CHECK_STR(p->title, a->title);
		CHECK_INT(p->body_start, a->body_start);
		CHECK(p->npara > 10 && p->npara < a->npara);
		/* The part's paragraphs are the whole's first ones, flags and all:
		 * its last ones are not taken for the article's bottom. */
		size_t same = 0;
		for (size_t k = 0; k < p->npara && k < a->npara; k++)
			same += p->paras[k].start == a->paras[k].start && p->paras[k].end == a->paras[k].end &&
				p->paras[k].flags == a->paras[k].flags;
		CHECK_INT(same, p->npara);
		CHECK(a->paras[a->npara - 1].flags & ARTICLE_PARA_BOILERPLATE);
		CHECK(!(p->paras[p->npara - 1].flags & ARTICLE_PARA_BOILERPLATE));
		article_free(p);
	}
	article_free(a);
	free(text);
	/* A text not much longer than the part: parsed whole, no part. */
	a = parse("Title: Short\n\nOne paragraph.\n\nAnother.\n");
	CHECK(article_first_part(a, 20) == NULL);
	article_free(a);
}

static void test_first_part_one_line(void)
{
	/* One line without a break: cut between words, the one paragraph
	 * starting where the whole's does. */
	size_t cap = 200000, m = 0;
	char *s = xmalloc(cap + 64);
	while (m < cap)
		m += (size_t)snprintf(s + m, 64, "word%zu \xe6\x97\xa5\xe6\x9c\xac ", m);
	char *d = xmalloc(m + 1);
	memcpy(d, s, m);
	struct article *w = article_parse("one.txt", d, m);
	const char *path = check_tmpfile("one.txt", s, m);
	char *err = NULL;
	struct article *a = article_read(path, &err);
	struct article *p = a ? article_first_part(a, 30000) : NULL;
	CHECK(p != NULL);
	if (p) {
		CHECK(article_check(p) == NULL);
		CHECK(p->len >= 30000 && p->len < 120000);
		CHECK(a->data[p->len] == ' ');
		CHECK_INT(p->npara, 1);
		CHECK_INT(p->paras[0].start, w->paras[0].start);
		CHECK_STR(p->title, w->title);
		article_free(p);
	}
	/* No break and no space: cut between characters, never inside one. */
	memset(s, 0, m);
	for (size_t i = 0; i + 3 <= 100000; i += 3)
		memcpy(s + i, "\xe6\x97\xa5", 3);
	struct article *cjk = article_parse("cjk.txt", xstrndup(s, 99999), 99999);
	p = article_first_part(cjk, 10000);
	CHECK(p != NULL);
	if (p) {
		CHECK_INT(p->len % 3, 0);
		CHECK(article_check(p) == NULL);
		article_free(p);
	}
	article_free(cjk);
	article_free(a);
	article_free(w);
	free(s);
}

static void test_read_first_and_rest(void)
{
	size_t n;
	char *text = big_paragraphs(3000, &n);
	const char *path = check_tmpfile("rest.txt", text, n);
	char *err = NULL;
	struct article *a = article_read_first(path, 65536, &err);
	CHECK(a != NULL);
	if (a) {
		CHECK(a->rest_fd != 0);
		CHECK(a->len >= 65536 && a->len < n);
		CHECK(memcmp(a->data, text, a->len) == 0);
		CHECK_INT(a->stamp.size, (long long)n);
		CHECK_INT(article_read_rest(a, &err), 0);
		CHECK(err == NULL);
		CHECK_INT(a->len, n);
		CHECK(a->rest_fd == 0);
		CHECK(memcmp(a->data, text, n) == 0 && a->data[n] == '\0');
		/* Nothing more to read the second time. */
		CHECK_INT(article_read_rest(a, &err), 0);
		CHECK_INT(a->len, n);
		article_free(a);
	}
	/* A file shorter than the first part is read whole. */
	a = article_read_first(path, n + 10, &err);
	CHECK(a && a->rest_fd == 0 && a->len == n);
	article_free(a);
	/* An article freed with its rest unread closes its file. */
	a = article_read_first(path, 4096, &err);
	CHECK(a && a->rest_fd != 0);
	article_free(a);
	CHECK(article_read_first("/nonexistent/x.txt", 10, &err) == NULL);
	CHECK(err != NULL);
	free(err);
	free(text);
}

/* The one-pass phrase search agrees with a strstr of every phrase in the
 * lowercased copy, on strings made of pieces of the phrases (hits, near
 * misses, phrases cut at the string's end, some in capitals or with NULs
 * for blanks) and of other bytes. */
static int strstr_any(const char *low, const char *const *v)
{
	for (size_t i = 0; v[i]; i++)
		if (strstr(low, v[i]))
			return 1;
	return 0;
}

static void test_phrase_in_as_strstr(void)
{
	size_t np = 0;
	const char *pieces[64];
	for (int list = 0; list < 2; list++)
		for (const char *const *v = list ? article_credits : article_anywhere; *v; v++)
			pieces[np++] = *v;
	CHECK(np <= 32);
	static const char other[] = "abcdefghijklmnopqrstuvwxyzAFPRSTW /:(.,\0\xc2\xa9\xff";
	unsigned long long r = 88172645463325252ull;
	char s[401], low[401];
	int hits = 0, bad = 0;
	for (int round = 0; round < 200000; round++) {
		size_t n = 0, want;
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		want = (size_t)(r % 60);
		while (n < want) {
			r ^= r << 13, r ^= r >> 7, r ^= r << 17;
			if (r % 4 == 0) {
				/* A phrase, its start, or its end, maybe in capitals. */
				const char *ph = pieces[(r >> 8) % np];
				size_t len = strlen(ph), from = 0, to = len;
				if ((r >> 16) % 3 == 1)
					to = 1 + (r >> 20) % len;
				else if ((r >> 16) % 3 == 2)
					from = (r >> 20) % len;
				int caps = (r >> 30) % 3 == 0, nul = (r >> 34) % 4 == 0;
				for (size_t j = from; j < to && n < 400; j++)
					s[n++] = caps && ph[j] >= 'a' && ph[j] <= 'z' ? (char)(ph[j] - 32) :
						 nul && ph[j] == ' ' ? '\0' : ph[j];
			} else {
				s[n++] = other[(r >> 8) % (sizeof other - 1)];
			}
		}
		for (size_t i = 0; i < n; i++)
			low[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i] ? s[i] : ' ';
		low[n] = '\0';
		for (int f = 0; f < 4; f++) {
			int anywhere = f & 1, credits = f >> 1;
			int ref = (anywhere && strstr_any(low, article_anywhere)) || (credits && strstr_any(low, article_credits));
			hits += ref;
			bad += article_phrase_in(s, n, anywhere, credits) != ref;
		}
	}
	CHECK_INT(bad, 0);
	CHECK(hits > 1000);
	/* Each phrase alone is found by its list only, and one byte short by none. */
	size_t nany = 0;
	while (article_anywhere[nany])
		nany++;
	for (size_t k = 0; k < np; k++) {
		size_t len = strlen(pieces[k]);
		int credits = k >= nany;
		CHECK(article_phrase_in(pieces[k], len, !credits, credits));
		CHECK(!article_phrase_in(pieces[k], len, credits, !credits));
		CHECK(!article_phrase_in(pieces[k], len - 1, 1, 1));
	}
}

const struct check_test article_tests[] = {
	{ "article_first_part_paragraphs", test_first_part_paragraphs },
	{ "article_first_part_one_line", test_first_part_one_line },
	{ "article_read_first_and_rest", test_read_first_and_rest },
	{ "article_long_first_sentence_title", test_long_first_sentence_title },
	{ "article_table_marks_anywhere", test_table_marks_anywhere },
	{ "article_header_colon", test_header_colon },
	{ "article_header_machine_form", test_header_machine_form },
	{ "article_bom_crlf", test_bom_crlf },
	{ "article_paragraphs_blank_lines", test_paragraphs_blank_lines },
	{ "article_paragraphs_per_line", test_paragraphs_per_line },
	{ "article_paragraphs_citations", test_paragraphs_citations },
	{ "article_paragraphs_hard_wrapped", test_paragraphs_hard_wrapped },
	{ "article_paragraphs_table", test_paragraphs_table },
	{ "article_paragraphs_not_wrapped", test_paragraphs_not_wrapped },
	{ "article_paragraphs_never_mid_sentence", test_paragraphs_never_mid_sentence },
	{ "article_boilerplate_and_title", test_boilerplate_and_title },
	{ "article_phrase_in_as_strstr", test_phrase_in_as_strstr },
	{ "article_headline_title", test_headline_title },
	{ "article_empty_and_odd", test_empty_and_odd },
	{ "article_binary", test_binary },
	{ "article_seed_invariants", test_seed_invariants },
	{ "article_para_at", test_para_at },
	{ "article_load_errors", test_load_errors },
	{ NULL, NULL }
};
