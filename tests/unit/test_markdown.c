/* Unit tests of frontmatter and markdown: front matter fields, paragraphs
 * and their flags, links, tables, entities, and ranges that hold what
 * they claim. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "frontmatter.h"
#include "markdown.h"
#include "xmalloc.h"

/* The fields frontmatter_parse reported, as "key=value;" pairs. */
struct fm_seen {
	char text[256];
	int count;
};

static void fm_collect(const char *key, const char *value, size_t n, void *ctx)
{
	struct fm_seen *s = ctx;
	size_t len = strlen(s->text);
	snprintf(s->text + len, sizeof s->text - len, "%s=%.*s;", key, (int)n, value);
	s->count++;
}

static size_t fm(const char *text, struct fm_seen *seen)
{
	memset(seen, 0, sizeof *seen);
	return frontmatter_parse(text, strlen(text), fm_collect, seen);
}

static struct article *md(const char *s)
{
	return markdown_read("test.md", s, strlen(s));
}

static char *para(const struct article *a, size_t k)
{
	if (k >= a->npara)
		return xstrdup("(none)");
	return xstrndup(a->data + a->paras[k].start, a->paras[k].end - a->paras[k].start);
}

#define CHECK_PARA(a, k, want) do { char *p_ = para(a, k); CHECK_STR(p_, want); free(p_); } while (0)

/* Every paragraph and link lies inside the text, in order, and the text is
 * NUL-terminated. */
static void check_ranges(const struct article *a)
{
	const char *why = article_check(a);
	CHECK_STR(why ? why : "ranges hold", "ranges hold");
}

/* The article's text read again as a plain text file. */
static struct article *reread(const struct article *a)
{
	char *copy = xmalloc(a->len + 1);
	memcpy(copy, a->data, a->len);
	return article_parse("copy.txt", copy, a->len);
}

static void test_frontmatter_scalars(void)
{
	struct fm_seen s;
	const char *t = "---\n"
			"title: \"Storm \\\"Eunice\\\" hits \\u00e9 \\uD83D\\uDE00\\tcoast\\\\\"\n"
			"# a comment\n"
			"author: 'John O''Neil'\n"
			"date: 2022-02-18   # when\n"
			"url: https://example.com/a#b\n"
			"empty:\n"
			"nested:\n"
			"  inner: skipped\n"
			"---\n"
			"Body\n";
	size_t body = fm(t, &s);
	CHECK_INT(body, strlen(t) - 5);
	CHECK_STR(s.text, "title=Storm \"Eunice\" hits \xc3\xa9 \xf0\x9f\x98\x80\tcoast\\;"
			  "author=John O'Neil;date=2022-02-18;url=https://example.com/a#b;");
	CHECK_INT(s.count, 4);
}

static void test_frontmatter_lists(void)
{
	struct fm_seen s;
	fm("---\ntags: [a, 'b c', \"d, e\" , f]\nauthors:\n  - Jane Doe\n  - \"John\"  # x\n"
	   "keywords:\n- one\n- two\nnext: [x,\n  y]\n---\n", &s);
	CHECK_STR(s.text, "tags=a, b c, d, e, f;authors=Jane Doe, John;keywords=one, two;next=x, y;");
	/* Items that are mappings give their first value. */
	fm("---\nauthor:\n  - name: Ann Lee\n    url: x\n  - name: Bo\n---\n", &s);
	CHECK_STR(s.text, "author=Ann Lee, Bo;");
}

static void test_frontmatter_block_scalars(void)
{
	struct fm_seen s;
	fm("---\nlit: |\n  one\n   two\n\n  three\nfold: >-\n  a\n  b\n\n  c\nafter: x\n---\n", &s);
	CHECK_STR(s.text, "lit=one\n two\n\nthree\n;fold=a b\nc;after=x;");
}

static void test_frontmatter_delimiters(void)
{
	struct fm_seen s;
	/* CRLF, a byte-order mark, "..." as the closing line. */
	const char *t = "\xef\xbb\xbf---\r\ntitle: T\r\ntags: [a, b]\r\n...\r\nBody\r\n";
	CHECK_INT(fm(t, &s), strlen(t) - 6);
	CHECK_STR(s.text, "title=T;tags=a, b;");
	/* Empty front matter. */
	CHECK_INT(fm("---\n---\nx", &s), 8);
	CHECK_INT(s.count, 0);
	/* Not closed, not at the start, a blank line after the opening (a
	 * thematic break), a line that is not a key (Markdown): none. */
	CHECK_INT(fm("---\ntitle: T\n\nBody\n", &s), 0);
	CHECK_INT(fm("\n---\ntitle: T\n---\n", &s), 0);
	CHECK_INT(fm("---\n\ntitle: T\n---\n", &s), 0);
	CHECK_INT(fm("---\nA paragraph of text\n---\n", &s), 0);
	CHECK_INT(fm("--- \ntitle: T\n--- x\n", &s), 0);
	CHECK_INT(s.count, 0);
	CHECK_INT(fm("---", &s), 0);
	CHECK_INT(fm("", &s), 0);
	/* Unterminated quotes and lists stop at the closing line. */
	fm("---\ntitle: \"open\nx: [a, b\n---\nbody", &s);
	CHECK_STR(s.text, "title=open x: [a, b;");
	CHECK_INT(fm("---\ntitle: 'x\n---\n", &s), 18);
}

static void test_markdown_fields(void)
{
	struct article *a = md("---\r\nheadline: \"A \\\"quoted\\\" headline\"\r\nauthors: [Jane Doe, 'Bo']\r\n"
			       "pubDate: 2022-01-02\r\npublisher: Wire\r\ncanonical_url: http://x/y\r\n"
			       "keywords:\r\n  - a\r\n  - b\r\nlanguage: en\r\nsummary: ignored\r\n---\r\n"
			       "# Heading\r\n\r\nBody text.\r\n");
	CHECK_STR(article_field(a, "title"), "A \"quoted\" headline");
	CHECK_STR(article_field(a, "author"), "Jane Doe, Bo");
	CHECK_STR(article_field(a, "date"), "2022-01-02");
	CHECK_STR(article_field(a, "source"), "Wire");
	CHECK_STR(article_field(a, "url"), "http://x/y");
	CHECK_STR(article_field(a, "tags"), "a, b");
	CHECK_STR(article_field(a, "lang"), "en");
	CHECK(article_field(a, "summary") == NULL);
	CHECK_INT(a->nfields, 7);
	CHECK_STR(a->title, "A \"quoted\" headline");
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "Heading");
	CHECK_INT(a->paras[0].flags, ARTICLE_PARA_HEADING);
	CHECK_PARA(a, 1, "Body text.");
	CHECK(strncmp(a->data + a->title_start, "A \"quoted\" headline", a->title_end - a->title_start) == 0);
	check_ranges(a);
	struct article *p = reread(a);
	CHECK_STR(p->title, a->title);
	CHECK_STR(article_field(p, "author"), "Jane Doe, Bo");
	article_free(p);
	article_free(a);
}

static void test_markdown_unclosed(void)
{
	/* Not front matter: a thematic break, then text that stays. */
	struct article *a = md("---\ntitle: Never closed\n\nThe body goes on.\n");
	CHECK_INT(a->nfields, 0);
	CHECK(strstr(a->data, "title: Never closed") != NULL);
	CHECK(strstr(a->data, "The body goes on.") != NULL);
	check_ranges(a);
	article_free(a);
}

static void test_markdown_title_from_heading(void)
{
	struct article *a = md("\xef\xbb\xbf# Storm *Eunice* Hits the Coast\n\nWinds of 100mph were recorded. More followed.\n\n"
			       "## Damage\n\nRoofs were lost.\n");
	CHECK_STR(a->title, "Storm Eunice Hits the Coast");
	CHECK_INT(a->title_para, 0);
	CHECK(a->paras[0].flags & ARTICLE_PARA_TITLE);
	CHECK(a->paras[0].flags & ARTICLE_PARA_HEADING);
	CHECK_PARA(a, 2, "Damage");
	CHECK(a->paras[2].flags & ARTICLE_PARA_HEADING);
	CHECK(!(a->paras[1].flags & ARTICLE_PARA_HEADING));
	check_ranges(a);
	struct article *p = reread(a);
	CHECK_STR(p->title, a->title);
	article_free(p);
	article_free(a);
}

static void test_markdown_no_markup(void)
{
	struct article *a = md("Setext Heading\n==============\n\n"
			       "Some **bold**, *em*, __strong__, ~~gone~~ and `code` with a [link](http://a.example/)\n"
			       "and an ![inline image](i.png) here.  \nA hard break, then a soft\nline.\n\n"
			       "### ATX heading ###\n");
	CHECK(!strstr(a->data, "**"));
	CHECK(!strstr(a->data, "~~"));
	CHECK(!strchr(a->data, '#'));
	CHECK(!strchr(a->data, '['));
	CHECK(!strstr(a->data, "]("));
	CHECK(!strstr(a->data, "!["));
	CHECK(!strchr(a->data, '`'));
	CHECK(!strchr(a->data, '='));
	CHECK_INT(a->npara, 3);
	CHECK_PARA(a, 0, "Setext Heading");
	CHECK_PARA(a, 1, "Some bold, em, strong, gone and code with a link and an inline image here.\n"
			 "A hard break, then a soft line.");
	CHECK_PARA(a, 2, "ATX heading");
	CHECK_INT(a->paras[1].flags, 0);
	check_ranges(a);
	article_free(a);
}

static void test_markdown_links(void)
{
	struct article *a = md("See [the *full* report](https://example.com/r?a=1&amp;b=2 \"Title\") and "
			       "<https://auto.example/x>, or https://bare.example/y.\n\n"
			       "[![badge](b.svg)](https://ci.example/)\n\nAn [](https://empty.example/) anchor.\n");
	CHECK_INT(a->nlinks, 4);
	const char *want[][2] = {
		{ "the full report", "https://example.com/r?a=1&b=2" },
		{ "https://auto.example/x", "https://auto.example/x" },
		{ "https://bare.example/y", "https://bare.example/y" },
		{ "badge", "https://ci.example/" },
	};
	for (size_t k = 0; k < a->nlinks && k < 4; k++) {
		char *text = xstrndup(a->data + a->links[k].start, a->links[k].end - a->links[k].start);
		CHECK_STR(text, want[k][0]);
		CHECK_STR(a->links[k].url, want[k][1]);
		free(text);
	}
	CHECK_PARA(a, 2, "An anchor.");
	check_ranges(a);
	article_free(a);
}

static void test_markdown_images(void)
{
	struct article *a = md("First paragraph of the story. It goes on for a while.\n\n"
			       "![Firefighters at the scene](fire.jpg \"Photo\")\n\n"
			       "Text with ![a map](map.png) inside.\n\n"
			       "[![linked photo](p.jpg)](p-large.jpg)\n\nLast paragraph here.\n");
	CHECK_INT(a->npara, 5);
	CHECK_PARA(a, 1, "Firefighters at the scene");
	CHECK(a->paras[1].flags & ARTICLE_PARA_BOILERPLATE);
	CHECK_PARA(a, 2, "Text with a map inside.");
	CHECK(!(a->paras[2].flags & ARTICLE_PARA_BOILERPLATE));
	CHECK_PARA(a, 3, "linked photo");
	CHECK(a->paras[3].flags & ARTICLE_PARA_BOILERPLATE);
	CHECK(!(a->paras[0].flags & ARTICLE_PARA_BOILERPLATE));
	check_ranges(a);
	article_free(a);
}

static void test_markdown_lists(void)
{
	struct article *a = md("- one\n- two *em*\n  - nested\n- [x] done\n- [ ] todo\n\n"
			       "3. three\n4. four\n\n"
			       "* loose\n\n  second paragraph\n\n* next\n");
	const char *want[] = {
		"\xe2\x80\xa2 one", "\xe2\x80\xa2 two em", "\xe2\x80\xa2 nested",
		"\xe2\x80\xa2 \xe2\x98\x92 done", "\xe2\x80\xa2 \xe2\x98\x90 todo",
		"3. three", "4. four",
		"\xe2\x80\xa2 loose\nsecond paragraph", "\xe2\x80\xa2 next",
	};
	CHECK_INT(a->npara, 9);
	for (size_t k = 0; k < 9; k++) {
		CHECK_PARA(a, k, want[k]);
		CHECK(a->paras[k].flags & ARTICLE_PARA_LIST);
	}
	check_ranges(a);
	article_free(a);
}

static void test_markdown_quote(void)
{
	struct article *a = md("Before.\n\n> Quoted *words* here\n> go on.\n>\n> - a quoted item\n\nAfter.\n");
	CHECK_INT(a->npara, 4);
	CHECK_PARA(a, 1, "Quoted words here go on.");
	CHECK_INT(a->paras[1].flags, ARTICLE_PARA_QUOTE);
	CHECK_PARA(a, 2, "\xe2\x80\xa2 a quoted item");
	CHECK_INT(a->paras[2].flags, ARTICLE_PARA_QUOTE | ARTICLE_PARA_LIST);
	CHECK_INT(a->paras[0].flags, 0);
	CHECK_INT(a->paras[3].flags, 0);
	check_ranges(a);
	article_free(a);
}

static void test_markdown_code(void)
{
	struct article *a = md("Intro.\n\n```python\ndef f(x):\n    return x  *  2\n\n# not a heading\n```\n\n"
			       "    indented  code\n    line two\n\n~~~\n&amp; <b>\n~~~\n");
	CHECK_INT(a->npara, 4);
	CHECK_PARA(a, 1, "def f(x):\n    return x  *  2\n\n# not a heading");
	CHECK_INT(a->paras[1].flags, ARTICLE_PARA_PRE | ARTICLE_PARA_CODE);
	CHECK_PARA(a, 2, "indented  code\nline two");
	CHECK_INT(a->paras[2].flags, ARTICLE_PARA_PRE | ARTICLE_PARA_CODE);
	CHECK_PARA(a, 3, "&amp; <b>");
	check_ranges(a);
	article_free(a);
}

static void test_markdown_table(void)
{
	struct article *a = md("| Name | Qty | Where |\n|------|----:|-------|\n"
			       "| Apple | 3 | [shop](http://s.example/) |\n| Kiwi *fruit* | 12 | |\n"
			       "| \xc3\x9c" "ber \xe6\x97\xa5\xe6\x9c\xac | 1 | x |\n");
	CHECK_INT(a->npara, 1);
	CHECK_INT(a->paras[0].flags, ARTICLE_PARA_PRE);
	/* "Über 日本" is 9 columns wide in 13 bytes; the Qty column is
	 * right-aligned; no blanks end a line. */
	CHECK_PARA(a, 0, "Name        Qty  Where\n"
			 "Apple         3  shop\n"
			 "Kiwi fruit   12\n"
			 "\xc3\x9c" "ber \xe6\x97\xa5\xe6\x9c\xac     1  x");
	CHECK_INT(a->nlinks, 1);
	if (a->nlinks == 1) {
		CHECK(strncmp(a->data + a->links[0].start, "shop", 4) == 0);
		CHECK_INT(a->links[0].end - a->links[0].start, 4);
		CHECK_STR(a->links[0].url, "http://s.example/");
	}
	check_ranges(a);
	article_free(a);
}

static void test_markdown_entities(void)
{
	struct article *a = md("Caf&eacute; &amp; bar &mdash; &#8220;quoted&#x201D; &copy; &nbsp;x &hellip;"
			       " &unknownentity; &#0; &#x110000; AT&T\n");
	CHECK_PARA(a, 0, "Caf\xc3\xa9 & bar \xe2\x80\x94 \xe2\x80\x9cquoted\xe2\x80\x9d \xc2\xa9 \xc2\xa0x \xe2\x80\xa6"
			 " &unknownentity; \xef\xbf\xbd \xef\xbf\xbd AT&T");
	article_free(a);
	/* A NUL in the text is U+FFFD. */
	a = markdown_read("test.md", "a\0b\n", 4);
	CHECK_PARA(a, 0, "a\xef\xbf\xbd" "b");
	article_free(a);
}

static void test_markdown_html(void)
{
	struct article *a = md("<div class=\"ad\">\nAdvertisement block\n</div>\n\n"
			       "Text <span class=\"x\">kept</span> between tags<br/>and after.\n\n"
			       "<!-- a comment -->\n\nEnd.\n");
	CHECK(!strchr(a->data, '<'));
	CHECK(!strstr(a->data, "Advertisement"));
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "Text kept between tags\nand after.");
	CHECK_PARA(a, 1, "End.");
	check_ranges(a);
	article_free(a);
}

/* Odd and hostile inputs: no crash, ranges that hold. */
static void test_markdown_odd(void)
{
	static const char *const inputs[] = {
		"", "\n\n\n", "---", "---\n", "---\n---\n", "#", "# \n", "- ", "1.", "> ", "```", "```\n\n\n",
		"|a|\n|-|\n", "[a](", "![](x)", "[x]\n\n[x]: http://ref.example/ \"t\"\n", "*a **b* c**",
		"<br>", "a  \n", "- a\n\n  > b\n  ```\n  c\n  ```\n\n  | t |\n  |---|\n  | u |\n",
		"[a\\\n](http://e.example/)\n", "> - > - > deep\n", "&#xD800; &#99999999; &;",
		"---\ntitle: [a, [b, c], {d: e}]\nx: {a: [1, 2]\n---\nbody\n", "---\n- a\n- b\n---\n",
		"\xe2\x80\xa9\n---\n\nA heading of a blank alone is no title.\n",
		NULL
	};
	for (int i = 0; inputs[i]; i++) {
		struct article *a = md(inputs[i]);
		check_ranges(a);
		article_free(a);
	}
}

/* md4c 0.4.8 reads past the end of a text whose last link destination is
 * not closed, and a ')' there sent it far past: the reader's copy ends
 * with a line break. */
static void test_markdown_link_at_end(void)
{
	const char *s = "Text then [a link](http://x.example/)";
	struct article *a = markdown_read("test.md", s, strlen(s) - 1);
	CHECK_PARA(a, 0, "Text then [a link](http://x.example/");
	/* Not a link, but the URL in it is (a permissive autolink). */
	CHECK_INT(a->nlinks, 1);
	if (a->nlinks == 1)
		CHECK_STR(a->links[0].url, "http://x.example/");
	check_ranges(a);
	article_free(a);
	s = "[x](<http://y.example/>)";
	a = markdown_read("test.md", s, strlen(s) - 1);
	check_ranges(a);
	article_free(a);
}

const struct check_test markdown_tests[] = {
	{ "frontmatter_scalars", test_frontmatter_scalars },
	{ "frontmatter_lists", test_frontmatter_lists },
	{ "frontmatter_block_scalars", test_frontmatter_block_scalars },
	{ "frontmatter_delimiters", test_frontmatter_delimiters },
	{ "markdown_fields", test_markdown_fields },
	{ "markdown_unclosed", test_markdown_unclosed },
	{ "markdown_title_from_heading", test_markdown_title_from_heading },
	{ "markdown_no_markup", test_markdown_no_markup },
	{ "markdown_links", test_markdown_links },
	{ "markdown_images", test_markdown_images },
	{ "markdown_lists", test_markdown_lists },
	{ "markdown_quote", test_markdown_quote },
	{ "markdown_code", test_markdown_code },
	{ "markdown_table", test_markdown_table },
	{ "markdown_entities", test_markdown_entities },
	{ "markdown_html", test_markdown_html },
	{ "markdown_odd", test_markdown_odd },
	{ "markdown_link_at_end", test_markdown_link_at_end },
	{ NULL, NULL }
};
