/* Unit tests of the input layer's small parts: dates, charsets, sniffing,
 * the builder, and input_parse on Markdown and Windows-1252. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "builder.h"
#include "charset.h"
#include "check.h"
#include "date.h"
#include "input.h"
#include "sniff.h"
#include "xmalloc.h"

static void check_date(const char *in, const char *want)
{
	char out[40] = "(none)";
	int r = date_iso(in, out, sizeof out);
	if (!want) {
		CHECK_INT(r, -1);
		return;
	}
	CHECK_INT(r, 0);
	CHECK_STR(out, want);
}

static void test_dates(void)
{
	check_date("2022-01-25", "2022-01-25");
	check_date("2022-01-25T10:05:00Z", "2022-01-25T10:05:00Z");
	check_date("2022-01-25 10:05:00+02:00", "2022-01-25T10:05:00+02:00");
	check_date("26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01");
	check_date("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z");
	check_date("Tue, 10 Jun 2003 04:00:00 -0500", "2003-06-10T04:00:00-05:00");
	check_date("January 25, 2022", "2022-01-25");
	check_date("25 January 2022", "2022-01-25");
	check_date("Sept. 3, 2021", "2021-09-03");
	check_date("2022/01/25", "2022-01-25");
	check_date("2024-02-29", "2024-02-29");
	check_date("2023-02-29", NULL);
	check_date("2022-13-01", NULL);
	check_date("sometime in spring", NULL);
	check_date("", NULL);
	check_date("Date palms", NULL);
}

static void test_charset(void)
{
	size_t n;
	char *from = NULL;
	/* UTF-8 stays; so does UTF-8 with a little damage. */
	CHECK(charset_to_utf8("caf\xc3\xa9", 5, NULL, &n, &from) == NULL);
	CHECK(charset_to_utf8("caf\xc3\xa9 na\xc3\xafve \xff", 14, NULL, &n, &from) == NULL);
	/* Latin-1 letters inside words: Windows-1252. */
	char *out = charset_to_utf8("Caf\xe9 in Z\xfcrich \x93quoted\x94", 23, NULL, &n, &from);
	CHECK(out != NULL);
	if (out) {
		CHECK_STR(out, "Caf\xc3\xa9 in Z\xc3\xbcrich \xe2\x80\x9cquoted\xe2\x80\x9d");
		CHECK_INT(n, strlen(out));
		CHECK_STR(from, "Windows-1252");
	}
	free(out);
	free(from);
	from = NULL;
	/* Lone high bytes between blanks are damage, not letters. */
	CHECK(charset_to_utf8("Bad \xff byte and \xc3 cut.", 21, NULL, &n, &from) == NULL);
	/* A declared charset is honoured; undefined bytes become U+FFFD. */
	out = charset_to_utf8("\xcf\xf0\xe8\xe2\xe5\xf2", 6, "windows-1251", &n, &from);
	CHECK(out != NULL);
	if (out)
		CHECK_STR(out, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82"); /* Привет */
	free(out);
	free(from);
	from = NULL;
	out = charset_to_utf8("a\x81z\xe9", 4, "iso-8859-1", &n, &from);
	CHECK(out != NULL);
	if (out)
		CHECK_STR(out, "a\xef\xbf\xbdz\xc3\xa9");
	free(out);
	free(from);
	from = NULL;
	/* Latin-1 declared over valid UTF-8 is a wrong declaration. */
	CHECK(charset_to_utf8("caf\xc3\xa9", 5, "iso-8859-1", &n, &from) == NULL);
}

static void test_sniff(void)
{
	const char *html = "<!DOCTYPE html><html><body><p>x</p></body></html>";
	CHECK_INT(sniff_format("a.txt", NULL, html, strlen(html)), ARTICLE_HTML);
	CHECK_INT(sniff_format(NULL, NULL, "  \n<html lang=en>", 17), ARTICLE_HTML);
	const char *rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>";
	CHECK_INT(sniff_format("feed", NULL, rss, strlen(rss)), ARTICLE_FEED);
	CHECK_INT(sniff_format("a.md", NULL, "Just text.\n", 11), ARTICLE_MARKDOWN);
	CHECK_INT(sniff_format("https://x.org/a", "text/markdown", "Just text.\n", 11), ARTICLE_MARKDOWN);
	CHECK_INT(sniff_format("a.txt", NULL, "Just text. A # is not a heading.\n", 33), ARTICLE_PLAIN);
	const char *md = "# Heading\n\nSee [the report](https://x.org) for **more**.\n";
	CHECK_INT(sniff_format("notes", NULL, md, strlen(md)), ARTICLE_MARKDOWN);
	const char *fm = "---\ntitle: X\n---\nBody.\n";
	CHECK_INT(sniff_format(NULL, NULL, fm, strlen(fm)), ARTICLE_MARKDOWN);
	CHECK_INT(sniff_format("x.png", NULL, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), ARTICLE_BINARY);
	CHECK_INT(sniff_format("page.html", NULL, "Hello <b>x</b>", 14), ARTICLE_HTML);
	CHECK(sniff_article_name("a.txt") && sniff_article_name("b.markdown") && sniff_article_name("README"));
	CHECK(!sniff_article_name("a.c") && !sniff_article_name("x.sgm") && !sniff_article_name("p.jpg"));
}

static void test_builder(void)
{
	struct builder *b = builder_new("b.md");
	builder_begin(b, ARTICLE_PARA_HEADING);
	builder_text(b, "  A   heading ", 14);
	builder_begin(b, 0);
	builder_text(b, "Read ", 5);
	builder_link_begin(b);
	builder_text(b, "the report", 10);
	builder_link_end(b, "https://x.org/r", 15);
	builder_text(b, " now", 4);
	/* An address of control characters alone (C1 NEL: what stray 0x85
	 * bytes decode to) is no link. */
	builder_link_begin(b);
	builder_text(b, ".", 1);
	builder_link_end(b, "\xc2\x85\xc2\x85", 4);
	builder_text(b, "\n", 1);
	builder_begin(b, 0); /* an empty paragraph leaves nothing */
	builder_begin(b, ARTICLE_PARA_PRE);
	builder_text(b, "a  b\n  c", 8);
	builder_field(b, "title", " The\ntitle ", 11);
	builder_field(b, "title", "Again", 5);
	builder_field(b, "author", "", 0);
	struct article *a = builder_finish(b);
	CHECK_STR(a->data, "Title: The title\n\nA heading\n\nRead the report now.\n\na  b\n  c\n");
	CHECK_INT(a->nfields, 1);
	CHECK_STR(a->title, "The title");
	CHECK_INT(a->npara, 3);
	CHECK_INT(a->body_start, 18);
	if (a->npara == 3) {
		CHECK(a->paras[0].flags & ARTICLE_PARA_HEADING);
		CHECK_INT(a->paras[1].end - a->paras[1].start, strlen("Read the report now."));
		CHECK(a->paras[2].flags & ARTICLE_PARA_PRE);
	}
	CHECK_INT(a->nlinks, 1);
	if (a->nlinks) {
		CHECK(strncmp(a->data + a->links[0].start, "the report", 10) == 0);
		CHECK_INT(a->links[0].end - a->links[0].start, 10);
		CHECK_STR(a->links[0].url, "https://x.org/r");
	}
	CHECK_INT(a->fields[0].value_end - a->fields[0].value_start, 9);
	CHECK(strncmp(a->data + a->fields[0].value_start, "The title", 9) == 0);
	/* The text re-read as plain text gives the same title and paragraphs. */
	struct article *p = article_parse("again.txt", xstrdup(a->data), a->len);
	CHECK_STR(p->title, "The title");
	CHECK_INT(p->npara, 3);
	article_free(p);
	article_free(a);
}

static void test_input_parse(void)
{
	/* A Windows-1252 file: converted on parse, the original charset kept. */
	const char *path = check_tmpfile("latin.txt", "Title: Caf\xe9\n\nIn Z\xfcrich.\n", 23);
	char *err = NULL;
	struct article *a = input_open(path, NULL, &err);
	CHECK(a != NULL);
	if (a) {
		input_parse(a);
		CHECK_STR(a->title, "Caf\xc3\xa9");
		CHECK(a->converted && strcmp(a->converted, "Windows-1252") == 0);
		CHECK(strstr(a->data, "Z\xc3\xbcrich") != NULL);
		article_free(a);
	}
	/* Markdown: read into the same article, its path kept. */
	path = check_tmpfile("n.md", "# Big news\n\nSome *text*.\n", 25);
	a = input_open(path, NULL, &err);
	CHECK(a != NULL);
	if (a) {
		input_parse(a);
		CHECK_INT(a->format, ARTICLE_MARKDOWN);
		CHECK_STR(a->title, "Big news");
		CHECK(strstr(a->path, "n.md") != NULL);
		CHECK(strstr(a->data, "Some text.") != NULL);
		CHECK(strchr(a->data, '*') == NULL);
		article_free(a);
	}
	/* A page saved as .txt is read as a page: its text without markup. */
	const char *page = "<html><head><title>T</title></head><body><p>Some words of the page.</p></body></html>";
	path = check_tmpfile("p.txt", page, strlen(page));
	a = input_open(path, NULL, &err);
	CHECK(a != NULL);
	if (a) {
		CHECK_INT(a->format, ARTICLE_HTML);
		input_parse(a);
		CHECK(strstr(a->data, "Some words of the page.") != NULL);
		CHECK(strchr(a->data, '<') == NULL);
		CHECK(strstr(a->path, "p.txt") != NULL);
		article_free(a);
	}
	/* A file that is not there is named. */
	a = input_open("/no/such/file.md", NULL, &err);
	CHECK(a == NULL);
	CHECK(err && strstr(err, "/no/such/file.md"));
	free(err);
	err = NULL;
	CHECK(input_is_url("https://x.org") && input_is_url("HTTP://x.org") && !input_is_url("x.org"));
}

/* size bytes of text: lines of words, with byte b at offset at (0: none). */
static char *input_big_text(size_t size, size_t at, char b)
{
	char *s = xmalloc(size + 1);
	for (size_t i = 0; i < size; i++)
		s[i] = i % 61 == 60 ? '\n' : i % 7 == 6 ? ' ' : (char)('a' + i % 26);
	if (at)
		s[at] = b;
	s[size] = '\0';
	return s;
}

static void test_first_part(void)
{
	/* A plain-text file: read in part, its first part parsed apart. */
	char *text = input_big_text(300000, 0, 0);
	const char *path = check_tmpfile("big.txt", text, 300000);
	char *err = NULL;
	struct article *a = input_open_first(path, 100000, &err);
	CHECK(a != NULL);
	if (a) {
		CHECK_INT(a->format, ARTICLE_PLAIN);
		CHECK(a->rest_fd != 0);
		struct article *p = input_first_part(a, 20000);
		CHECK(p != NULL);
		if (p) {
			CHECK(p->partial && p->parsed);
			CHECK(memcmp(p->data, text, p->len) == 0);
			article_free(p);
		}
		/* Parsing the whole reads its rest first. */
		input_parse(a);
		CHECK_INT(a->len, 300000);
		CHECK(a->rest_fd == 0);
		CHECK(input_first_part(a, 20000) == NULL); /* parsed already */
		article_free(a);
	}
	free(text);
	/* A first part that is not UTF-8 would not have the whole's offsets. */
	text = input_big_text(300000, 5000, '\xe9');
	path = check_tmpfile("latin.txt", text, 300000);
	a = input_open_first(path, 100000, &err);
	CHECK(a && input_first_part(a, 20000) == NULL);
	article_free(a);
	free(text);
	/* Markdown is read whole, and has no first part. */
	text = input_big_text(300000, 0, 0);
	memcpy(text, "# Title\n\n", 9);
	path = check_tmpfile("big.md", text, 300000);
	a = input_open_first(path, 100000, &err);
	CHECK(a != NULL);
	if (a) {
		CHECK_INT(a->format, ARTICLE_MARKDOWN);
		CHECK(a->rest_fd == 0 && a->len == 300000);
		CHECK(input_first_part(a, 20000) == NULL);
		article_free(a);
	}
	free(text);
	CHECK(input_open_first("/no/such/file.txt", 100, &err) == NULL);
	CHECK(err && strstr(err, "/no/such/file.txt"));
	free(err);
}

const struct check_test input_tests[] = {
	{ "input_first_part", test_first_part },
	{ "input_dates", test_dates },
	{ "input_charset", test_charset },
	{ "input_sniff", test_sniff },
	{ "input_builder", test_builder },
	{ "input_parse", test_input_parse },
	{ NULL, NULL }
};
