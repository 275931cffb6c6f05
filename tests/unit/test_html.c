/* Unit tests of the HTML reader: what extraction keeps and drops, the
 * paragraphs' flags, tables, figures, links, metadata and its order of
 * trust, charsets, right-to-left text, fragments, and ranges that hold
 * what they claim. The pages are small ones written for the tests. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "builder.h"
#include "check.h"
#include "html.h"
#include "xmalloc.h"

static struct article *hr(const char *s)
{
	return html_read("test.html", s, strlen(s), NULL);
}

static char *hpara(const struct article *a, size_t k)
{
	if (k >= a->npara)
		return xstrdup("(none)");
	return xstrndup(a->data + a->paras[k].start, a->paras[k].end - a->paras[k].start);
}

#define CHECK_HPARA(a, k, want) do { char *p_ = hpara(a, k); CHECK_STR(p_, want); free(p_); } while (0)

/* The index of the first paragraph that starts with s, or npara. */
static size_t hfind(const struct article *a, const char *s)
{
	for (size_t k = 0; k < a->npara; k++)
		if (a->paras[k].end - a->paras[k].start >= strlen(s) &&
		    memcmp(a->data + a->paras[k].start, s, strlen(s)) == 0)
			return k;
	return a->npara;
}

/* Every paragraph and link lies inside the text, in order, each link in
 * one paragraph, and the text is NUL-terminated. */
static void hcheck_ranges(const struct article *a)
{
	const char *why = article_check(a);
	CHECK_STR(why ? why : "ranges hold", "ranges hold");
}

/* Three paragraphs of an article, long enough and with commas enough to
 * read as the main content. */
#define HBODY \
	"<p>The council met on Tuesday, after weeks of delay, to vote on the new budget for the city, " \
	"which had been debated since the spring, and the vote was close.</p>" \
	"<p>Members argued for hours, often sharply, about the cost of the bridge, the schools and the " \
	"parks, before the mayor, who had called the meeting, asked for a final count.</p>" \
	"<p>In the end, the budget passed by one vote, and the mayor said, speaking to reporters, that " \
	"the city would start work on the bridge in the autumn, as planned.</p>"

static int hhas(const struct article *a, const char *s)
{
	return strstr(a->data, s) != NULL;
}

static void test_html_boilerplate(void)
{
	struct article *a = hr(
		"<html><body><header class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>"
		"<nav><ul><li><a href=\"/a\">Politics</a></li><li><a href=\"/b\">Sport</a></li></ul></nav>"
		"<div id=\"cookie-notice\">We use cookies to improve your experience, accept them now.</div>"
		"<main><article class=\"story\"><h1>Council passes budget</h1>"
		"<div class=\"share-bar\"><a href=\"https://x.example/share\">Share on X</a></div>"
		HBODY
		"<div class=\"newsletter-signup\">Sign up for our newsletter, every morning, for free.</div>"
		"</article>"
		"<aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/c\">Another story</a></li></ul></aside>"
		"<section id=\"comments\"><h2>Comments</h2><p>First, what a great article, thanks, really.</p></section>"
		"</main><footer>Copyright 2024 The Daily Example, all rights reserved.</footer></body></html>");
	hcheck_ranges(a);
	CHECK(hhas(a, "The council met on Tuesday"));
	CHECK(hhas(a, "In the end, the budget passed"));
	CHECK(!hhas(a, "Politics"));
	CHECK(!hhas(a, "cookies"));
	CHECK(!hhas(a, "Share on X"));
	CHECK(!hhas(a, "newsletter"));
	CHECK(!hhas(a, "Related stories"));
	CHECK(!hhas(a, "great article"));
	CHECK(!hhas(a, "Copyright"));
	/* The title is in the header, not again as the first paragraph. */
	CHECK_STR(article_field(a, "title"), "Council passes budget");
	CHECK(hfind(a, "Council passes budget") == a->npara);
	article_free(a);
}

static void test_html_blocks(void)
{
	struct article *a = hr(
		"<html><body><article>" HBODY
		"<h2>What comes next</h2>"
		"<ul><li>The bridge</li><li><p>The schools</p></li></ul>"
		"<ol start=\"3\"><li>First</li><li>Second</li></ol>"
		"<blockquote><p>We did it, at last.</p></blockquote>"
		"<pre>  x = 1;\n  y = 2;</pre>"
		"<p>Line one<br>line two</p>"
		"</article></body></html>");
	hcheck_ranges(a);
	size_t k = hfind(a, "What comes next");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_HEADING));
	k = hfind(a, "\xe2\x80\xa2 The bridge");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_LIST));
	CHECK_HPARA(a, k + 1, "\xe2\x80\xa2 The schools");
	CHECK_HPARA(a, k + 2, "3. First");
	CHECK_HPARA(a, k + 3, "4. Second");
	k = hfind(a, "We did it");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_QUOTE));
	k = hfind(a, "  x = 1;");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_PRE));
	CHECK_HPARA(a, k, "  x = 1;\n  y = 2;");
	CHECK_HPARA(a, k + 1, "Line one\nline two");
	article_free(a);
}

static void test_html_table(void)
{
	struct article *a = hr(
		"<html><body><article>" HBODY
		"<table><tr><th>City</th><th>Votes</th></tr>"
		"<tr><td>\xe6\x9d\xb1\xe4\xba\xac</td><td>12</td></tr>"
		"<tr><td>Oslo</td><td>7</td></tr></table>"
		"</article></body></html>");
	hcheck_ranges(a);
	size_t k = hfind(a, "City");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_PRE));
	/* 東京 takes four columns, as wide as "City". */
	CHECK_HPARA(a, k, "City  Votes\n\xe6\x9d\xb1\xe4\xba\xac  12\nOslo  7");
	article_free(a);
}

static void test_html_code(void)
{
	/* A <pre> of program code is code (a <code> in it, a class on it or
	 * its parent, a shell's prompt); a poem's is not. */
	struct article *a = hr(
		"<html><body><article>" HBODY
		"<pre><code>var h = new Headers();</code></pre>"
		"<div class=\"highlight\"><pre>fetch(url).then(function(res) { return res.json(); }).then("
		"function(data) { console.log(data.items.length); });</pre></div>"
		"<pre class=\"python\">print(x)</pre>"
		"<pre>$ hg init public</pre>"
		"<pre>Roses are red,\n  violets are blue.</pre>"
		"</article></body></html>");
	hcheck_ranges(a);
	const char *code[] = { "var h = new Headers();", "fetch(url)", "print(x)", "$ hg init public", NULL };
	for (int i = 0; code[i]; i++) {
		size_t k = hfind(a, code[i]);
		CHECK(k < a->npara && (a->paras[k].flags & (ARTICLE_PARA_PRE | ARTICLE_PARA_CODE)) ==
					      (ARTICLE_PARA_PRE | ARTICLE_PARA_CODE));
	}
	size_t k = hfind(a, "Roses are red");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_PRE) && !(a->paras[k].flags & ARTICLE_PARA_CODE));
	article_free(a);
}

static void test_html_figure(void)
{
	struct article *a = hr(
		"<html><body><article>" HBODY
		"<figure><img src=\"a.jpg\" alt=\"A bridge at dusk\"><figcaption>The old bridge. Photo: J. Doe</figcaption></figure>"
		"<figure><img src=\"b.jpg\" alt=\"The new school\"></figure>"
		"<p>More text follows here, after the pictures, about the schools and the parks of the city.</p>"
		"</article></body></html>");
	hcheck_ranges(a);
	size_t k = hfind(a, "The old bridge");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_BOILERPLATE));
	CHECK(!hhas(a, "A bridge at dusk"));
	k = hfind(a, "The new school");
	CHECK(k < a->npara && (a->paras[k].flags & ARTICLE_PARA_BOILERPLATE));
	article_free(a);
}

static void test_html_meta_order(void)
{
	const char *head =
		"<html lang=\"en-GB\"><head><title>Title element | Example News</title>"
		"<meta property=\"og:title\" content=\"Open Graph title\">"
		"<meta property=\"og:site_name\" content=\"Example News\">"
		"<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00Z\">"
		"<meta name=\"author\" content=\"Meta Author\">"
		"<link rel=\"canonical\" href=\"https://news.example/story\">";
	const char *ld =
		"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
		"{\"@type\":\"WebSite\",\"name\":\"Example\"},"
		"{\"@type\":[\"NewsArticle\"],\"headline\":\"JSON-LD \\u201cheadline\\u201d\","
		"\"datePublished\":\"2024-03-02\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
		"{\"name\":\"Bo Chen\"}],\"publisher\":{\"name\":\"Example Press\"}}]}</script>";
	char *page = xasprintf("%s%s</head><body><article>" HBODY "</article></body></html>", head, ld);
	struct article *a = hr(page);
	hcheck_ranges(a);
	CHECK_STR(article_field(a, "title"), "JSON-LD \xe2\x80\x9cheadline\xe2\x80\x9d");
	CHECK_STR(article_field(a, "date"), "2024-03-02");
	CHECK_STR(article_field(a, "author"), "Ann Lee, Bo Chen");
	CHECK_STR(article_field(a, "source"), "Example Press");
	CHECK_STR(article_field(a, "url"), "https://news.example/story");
	CHECK_STR(article_field(a, "lang"), "en-GB");
	article_free(a);
	free(page);
	/* Without JSON-LD, Open Graph; without that, the <title>. */
	page = xasprintf("%s</head><body><article>" HBODY "</article></body></html>", head);
	a = hr(page);
	CHECK_STR(article_field(a, "title"), "Open Graph title");
	CHECK_STR(article_field(a, "date"), "2024-03-01T10:00:00Z");
	CHECK_STR(article_field(a, "author"), "Meta Author");
	CHECK_STR(article_field(a, "source"), "Example News");
	article_free(a);
	free(page);
	/* Broken JSON-LD is ignored. */
	a = hr("<html><head><title>Plain title</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
	       "\"headline\":\"Broken</script></head><body><article>" HBODY "</article></body></html>");
	CHECK_STR(article_field(a, "title"), "Plain title");
	article_free(a);
}

static void test_html_title_cut(void)
{
	struct article *a = hr("<html><head><title>Council passes budget | Example News</title>"
			       "<meta property=\"og:site_name\" content=\"Example News\"></head>"
			       "<body><article><h1>Council passes budget</h1>" HBODY "</article></body></html>");
	hcheck_ranges(a);
	CHECK_STR(article_field(a, "title"), "Council passes budget");
	CHECK(hfind(a, "Council passes budget") == a->npara);
	CHECK(hfind(a, "The council met") < a->npara);
	article_free(a);
	a = hr("<html><head><title>Example News - Council passes budget</title>"
	       "<meta property=\"og:site_name\" content=\"example news\"></head><body>" HBODY "</body></html>");
	CHECK_STR(article_field(a, "title"), "Council passes budget");
	article_free(a);
	/* Short titles keep their separators when the site is not known. */
	a = hr("<html><head><title>Budget - Example</title></head><body>" HBODY "</body></html>");
	CHECK_STR(article_field(a, "title"), "Budget - Example");
	article_free(a);
}

static void test_html_hidden(void)
{
	struct article *a = hr("<html><body><article>" HBODY
			       "<p hidden>Hidden by attribute, a secret paragraph of text.</p>"
			       "<p aria-hidden=\"true\">Hidden from readers, another secret paragraph.</p>"
			       "<div style=\"color: red; display : none\">Hidden by style, a third secret.</div>"
			       "<p style=\"visibility:hidden\">Invisible, the fourth secret.</p>"
			       "<script>var secret = 'fifth';</script><style>p { color: red }</style>"
			       "<noscript>Enable scripts, the sixth secret.</noscript>"
			       "</article></body></html>");
	hcheck_ranges(a);
	CHECK(hhas(a, "The council met"));
	CHECK(!hhas(a, "secret"));
	CHECK(!hhas(a, "color"));
	article_free(a);
}

static void test_html_entities(void)
{
	struct article *a = hr("<html><body><article><p>Fish &amp; chips, caf&eacute;, &#8220;quoted&#x201D;, "
			       "it&rsquo;s 5&nbsp;km &lt;far&gt; away, and a long sentence follows it, with commas, "
			       "to make this a paragraph of some length for the extractor.</p></article></body></html>");
	hcheck_ranges(a);
	CHECK(hhas(a, "Fish & chips, caf\xc3\xa9, \xe2\x80\x9cquoted\xe2\x80\x9d, it\xe2\x80\x99s 5\xc2\xa0km <far> away"));
	article_free(a);
}

static void test_html_charsets(void)
{
	/* Windows-1252 bytes and no declaration. */
	const char *cp = "<html><body><p>Caf\xe9 \x93quoted\x94 \x96 na\xefve, and a sentence long enough to be "
			 "the article, with commas, and more words, and still more words.</p></body></html>";
	struct article *a = hr(cp);
	hcheck_ranges(a);
	CHECK(hhas(a, "Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\x93 na\xc3\xafve"));
	article_free(a);
	/* Latin-1 declared in <meta>. */
	a = hr("<html><head><meta charset=\"iso-8859-1\"><title>Pr\xe9sident</title></head><body><p>\xc9t\xe9 "
	       "\xe0 Paris, with a sentence long enough, and commas, to be the article of this page.</p></body></html>");
	hcheck_ranges(a);
	CHECK_STR(article_field(a, "title"), "Pr\xc3\xa9sident");
	CHECK(hhas(a, "\xc3\x89t\xc3\xa9 \xc3\xa0 Paris"));
	article_free(a);
	/* Latin-1 declared by http-equiv, and by HTTP. */
	a = hr("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
	       "<body><p>na\xefve</p></body></html>");
	CHECK(hhas(a, "na\xc3\xafve"));
	article_free(a);
	const char *s = "<html><body><p>na\xefve</p></body></html>";
	a = html_read("t.html", s, strlen(s), "iso-8859-1");
	CHECK(hhas(a, "na\xc3\xafve"));
	article_free(a);
	/* UTF-8 stays UTF-8. */
	a = hr("<html><body><p>na\xc3\xafve \xe2\x80\x94 \xf0\x9f\x99\x82</p></body></html>");
	CHECK(hhas(a, "na\xc3\xafve \xe2\x80\x94 \xf0\x9f\x99\x82"));
	article_free(a);
}

static void test_html_rtl(void)
{
	struct article *a = hr(
		"<html dir=\"rtl\" lang=\"ar\"><head><title>\xd8\xa7\xd9\x84\xd8\xa3\xd8\xae\xd8\xa8\xd8\xa7\xd8\xb1</title></head>"
		"<body><article><p>\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd9\x84\xd8\xb3\xd8\x8c "
		"\xd9\x81\xd9\x8a \xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86\xd8\x8c \xd8\xa5\xd9\x86 \xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd8\xb2\xd8\xa7\xd9\x86\xd9\x8a\xd8\xa9 "
		"\xd8\xa7\xd9\x84\xd8\xac\xd8\xaf\xd9\x8a\xd8\xaf\xd8\xa9 \xd8\xb3\xd8\xaa\xd9\x86\xd8\xb4\xd8\xb1.</p></article></body></html>");
	hcheck_ranges(a);
	CHECK_STR(article_field(a, "lang"), "ar");
	CHECK(hhas(a, "\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd9\x85\xd8\xac\xd9\x84\xd8\xb3\xd8\x8c"));
	CHECK(hhas(a, "\xd8\xb3\xd8\xaa\xd9\x86\xd8\xb4\xd8\xb1."));
	article_free(a);
}

static void test_html_links(void)
{
	struct article *a = html_read("https://news.example/2024/story.html",
		"<html><head><base href=\"/base/\"></head><body><article><p>The council met on Tuesday, after "
		"<a href=\"delay.html\">weeks of delay</a>, to vote on the <a href=\"https://other.example/b\">new "
		"budget</a> for the city, and <a href=\"javascript:void(0)\">nothing</a> else, as "
		"<a href=\"#fn1\">noted</a>.</p>" HBODY "</article></body></html>",
		strlen("<html><head><base href=\"/base/\"></head><body><article><p>The council met on Tuesday, after "
		       "<a href=\"delay.html\">weeks of delay</a>, to vote on the <a href=\"https://other.example/b\">new "
		       "budget</a> for the city, and <a href=\"javascript:void(0)\">nothing</a> else, as "
		       "<a href=\"#fn1\">noted</a>.</p>" HBODY "</article></body></html>"), NULL);
	hcheck_ranges(a);
	CHECK_INT(a->nlinks, 3);
	if (a->nlinks == 3) {
		CHECK_STR(a->links[0].url, "https://news.example/base/delay.html");
		CHECK(strncmp(a->data + a->links[0].start, "weeks of delay", 14) == 0);
		CHECK_INT(a->links[0].end - a->links[0].start, 14);
		CHECK_STR(a->links[1].url, "https://other.example/b");
		CHECK(strncmp(a->data + a->links[1].start, "new budget", 10) == 0);
		CHECK_STR(a->links[2].url, "https://news.example/base/#fn1");
	}
	article_free(a);
}

static void test_html_fragment(void)
{
	struct builder *b = builder_new("feed.xml");
	builder_field(b, "title", "Item", 4);
	const char *frag = "<p>First <b>para</b>graph &amp; <a href=\"http://x.example/\">a link</a>.</p>"
			   "<script>alert(1)</script><ul><li>one</li><li>two</li></ul>Loose text<br>after a break";
	html_fragment(b, frag, strlen(frag));
	builder_begin(b, 0);
	builder_text(b, "Next", 4);
	struct article *a = builder_finish(b);
	hcheck_ranges(a);
	CHECK_HPARA(a, 0, "First paragraph & a link.");
	CHECK_HPARA(a, 1, "\xe2\x80\xa2 one");
	CHECK_HPARA(a, 2, "\xe2\x80\xa2 two");
	CHECK_HPARA(a, 3, "Loose text\nafter a break");
	CHECK_HPARA(a, 4, "Next");
	CHECK(!hhas(a, "alert"));
	CHECK_INT(a->nlinks, 1);
	if (a->nlinks)
		CHECK_STR(a->links[0].url, "http://x.example/");
	article_free(a);
	/* Nothing, and not HTML at all. */
	b = builder_new("feed.xml");
	html_fragment(b, "", 0);
	html_fragment(b, "plain & simple", 14);
	a = builder_finish(b);
	hcheck_ranges(a);
	CHECK_HPARA(a, 0, "plain & simple");
	article_free(a);
}

static void test_html_odd(void)
{
	static const char *const pages[] = {
		"", "<", "<html>", "<p>", "</p></div></body>", "<table><tr><td><table><tr><td>x</td></tr></table>",
		"<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]</script>",
		"<ol start=\"-99999999999999999999\"><li>x</li></ol>", "<pre>\n\n\n</pre>", "<a href=\"\">x</a>",
		"\xef\xbb\xbf<p>bom</p>", "\xff\xfe<\0p\0>\0x\0",
	};
	for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
		size_t n = k == sizeof pages / sizeof pages[0] - 1 ? 10 : strlen(pages[k]);
		struct article *a = html_read("odd.html", pages[k], n, NULL);
		hcheck_ranges(a);
		article_free(a);
	}
	/* Deep nesting is read without running out of stack. */
	size_t depth = 20000;
	char *deep = xmalloc(depth * 5 + 16);
	size_t o = 0;
	for (size_t k = 0; k < depth; k++)
		o += (size_t)sprintf(deep + o, "<div>");
	o += (size_t)sprintf(deep + o, "deep text");
	struct article *a = html_read("deep.html", deep, o, NULL);
	hcheck_ranges(a);
	article_free(a);
	free(deep);
}

const struct check_test html_tests[] = {
	{ "html_boilerplate", test_html_boilerplate },
	{ "html_blocks", test_html_blocks },
	{ "html_table", test_html_table },
	{ "html_code", test_html_code },
	{ "html_figure", test_html_figure },
	{ "html_meta_order", test_html_meta_order },
	{ "html_title_cut", test_html_title_cut },
	{ "html_hidden", test_html_hidden },
	{ "html_entities", test_html_entities },
	{ "html_charsets", test_html_charsets },
	{ "html_rtl", test_html_rtl },
	{ "html_links", test_html_links },
	{ "html_fragment", test_html_fragment },
	{ "html_odd", test_html_odd },
	{ NULL, NULL }
};
