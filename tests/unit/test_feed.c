/* Unit tests of feed: RSS 2.0, RSS 1.0 and Atom items with their fields
 * and bodies, links made absolute, HTML escaped once and twice, charsets,
 * broken feeds, what is not a feed, and ranges that hold what they claim. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "date.h"
#include "feed.h"
#include "xmalloc.h"

/* Reads a feed written here; *n gets the count (-1 on error). */
static struct article **feed(const char *s, const char *charset, long *n)
{
	struct article **items = NULL;
	char *err = NULL;
	*n = feed_read("test.xml", s, strlen(s), charset, &items, &err);
	if (*n < 0) {
		CHECK(err != NULL);
		free(err);
	}
	return items;
}

static void feed_free_all(struct article **items, long n)
{
	for (long k = 0; k < n; k++)
		article_free(items[k]);
	free(items);
}

static char *para(const struct article *a, size_t k)
{
	if (k >= a->npara)
		return xstrdup("(none)");
	return xstrndup(a->data + a->paras[k].start, a->paras[k].end - a->paras[k].start);
}

#define CHECK_PARA(a, k, want) do { char *p_ = para(a, k); CHECK_STR(p_, want); free(p_); } while (0)
#define CHECK_FIELD(a, key, want) CHECK_STR(article_field(a, key), want)

/* Every range lies inside the text, in order; fields are in the header,
 * their values where they say; the article is a numbered feed item. */
static void check_ranges(const struct article *a, size_t item)
{
	const char *why = article_check(a);
	CHECK_STR(why ? why : "ranges hold", "ranges hold");
	CHECK_INT(a->item, item);
	CHECK_INT(a->format, ARTICLE_FEED);
	/* Each field's value stands as it is in the header's text. */
	for (size_t k = 0; k < a->nfields; k++) {
		const struct article_field *f = &a->fields[k];
		CHECK(f->value_end - f->value_start == strlen(f->value));
		CHECK(memcmp(a->data + f->value_start, f->value, strlen(f->value)) == 0);
	}
}

/* The date field, as --articles prints it. */
static void check_iso(const struct article *a, const char *want)
{
	char iso[40] = "(none)";
	CHECK_INT(date_iso(article_field(a, "date"), iso, sizeof iso), 0);
	CHECK_STR(iso, want);
}

static const char rss2[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
	"     xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n"
	"<channel>\n"
	"  <title>The Daily &amp; Weekly</title>\n"
	"  <atom:link href=\"https://news.example.com/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
	"  <link>https://news.example.com/</link>\n"
	"  <language>en-gb</language>\n"
	"  <item>\n"
	"    <title>Talks resume in Geneva</title>\n"
	"    <link>/world/geneva-talks</link>\n"
	"    <pubDate>Tue, 5 Mar 2024 9:05:00 +0100</pubDate>\n"
	"    <dc:creator>Jane Doe</dc:creator>\n"
	"    <dc:creator>John Roe</dc:creator>\n"
	"    <dc:creator>Jane Doe</dc:creator>\n"
	"    <category>World</category>\n"
	"    <category>Diplomacy</category>\n"
	"    <description>Short summary.</description>\n"
	"    <content:encoded><![CDATA[<p>Negotiators met in <a href=\"/geneva\">Geneva</a> on Tuesday.</p>"
	"<p>Second paragraph &amp; more.</p>]]></content:encoded>\n"
	"    <guid isPermaLink=\"false\">tag:example.com,2024:1</guid>\n"
	"  </item>\n"
	"  <item>\n"
	"    <description>&lt;p&gt;The body carries the story. It has no title.&lt;/p&gt;</description>\n"
	"    <guid>https://news.example.com/2</guid>\n"
	"    <author>editor@example.com (Ann Editor)</author>\n"
	"    <pubDate>Wed, 06 Mar 24 10:00:00 EST</pubDate>\n"
	"  </item>\n"
	"  <item><title>Nothing else</title></item>\n"
	"  <item><title>Video</title><content:encoded>&lt;p&gt;&lt;img src=\"v.jpg\"&gt;&lt;/p&gt;</content:encoded>"
	"<description>The words are here.</description></item>\n"
	"  <item></item>\n"
	"  <item><link>https://news.example.com/4</link><guid isPermaLink=\"true\">https://news.example.com/x</guid>"
	"<description>Plain line one\nand its end.\n\n  \nSecond paragraph.</description></item>\n"
	"</channel>\n"
	"</rss>\n";

static void test_feed_rss2(void)
{
	long n;
	struct article **it = feed(rss2, NULL, &n);
	/* The empty <item> is left out. */
	CHECK_INT(n, 5);
	if (n != 5) {
		feed_free_all(it, n);
		return;
	}
	struct article *a = it[0];
	check_ranges(a, 1);
	CHECK_STR(a->title, "Talks resume in Geneva");
	CHECK_FIELD(a, "title", "Talks resume in Geneva");
	CHECK_FIELD(a, "url", "https://news.example.com/world/geneva-talks");
	CHECK_FIELD(a, "date", "Tue, 5 Mar 2024 9:05:00 +0100");
	check_iso(a, "2024-03-05T09:05:00+01:00");
	CHECK_FIELD(a, "author", "Jane Doe, John Roe");
	CHECK_FIELD(a, "source", "The Daily & Weekly");
	CHECK_FIELD(a, "lang", "en-gb");
	CHECK_FIELD(a, "tags", "World, Diplomacy");
	/* content:encoded rather than the description. */
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "Negotiators met in Geneva on Tuesday.");
	CHECK_PARA(a, 1, "Second paragraph & more.");
	CHECK_INT(a->nlinks, 1);
	if (a->nlinks == 1) {
		CHECK_STR(a->links[0].url, "https://news.example.com/geneva");
		CHECK(strncmp(a->data + a->links[0].start, "Geneva", 6) == 0);
	}

	a = it[1];
	check_ranges(a, 2);
	/* No title: the body's first sentence, taken by article_finish. */
	CHECK(article_field(a, "title") == NULL);
	CHECK_STR(a->title, "The body carries the story.");
	CHECK_FIELD(a, "url", "https://news.example.com/2");
	CHECK_FIELD(a, "author", "Ann Editor");
	check_iso(a, "2024-03-06T10:00:00-05:00");
	CHECK_PARA(a, 0, "The body carries the story. It has no title.");

	a = it[2];
	check_ranges(a, 3);
	CHECK_STR(a->title, "Nothing else");
	CHECK_INT(a->npara, 0);

	a = it[3];
	check_ranges(a, 4);
	/* Content without text: the description. */
	CHECK_INT(a->npara, 1);
	CHECK_PARA(a, 0, "The words are here.");

	a = it[4];
	check_ranges(a, 5);
	/* <link> before the guid; plain text in paragraphs at blank lines. */
	CHECK_FIELD(a, "url", "https://news.example.com/4");
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "Plain line one and its end.");
	CHECK_PARA(a, 1, "Second paragraph.");
	feed_free_all(it, n);
}

static void test_feed_rss1(void)
{
	static const char rdf[] =
		"<?xml version=\"1.0\"?>\n"
		"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"\n"
		"         xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
		"  <channel rdf:about=\"http://example.org/rss\">\n"
		"    <title>RDF Site</title>\n"
		"    <link>http://example.org/</link>\n"
		"    <dc:language>de</dc:language>\n"
		"    <items><rdf:Seq><rdf:li resource=\"http://example.org/a\"/></rdf:Seq></items>\n"
		"  </channel>\n"
		"  <item rdf:about=\"http://example.org/a\">\n"
		"    <title>First RDF item</title>\n"
		"    <link>http://example.org/a</link>\n"
		"    <description>Plain description of the first item.</description>\n"
		"    <dc:date>2024-03-05T09:05:00.123+01:00</dc:date>\n"
		"    <dc:creator>Max Mustermann</dc:creator>\n"
		"    <dc:subject>Politik</dc:subject>\n"
		"  </item>\n"
		"  <item rdf:about=\"http://example.org/b\">\n"
		"    <title>Second</title>\n"
		"    <description>Only about.</description>\n"
		"  </item>\n"
		"</rdf:RDF>\n";
	long n;
	struct article **it = feed(rdf, NULL, &n);
	CHECK_INT(n, 2);
	if (n != 2) {
		feed_free_all(it, n);
		return;
	}
	check_ranges(it[0], 1);
	CHECK_STR(it[0]->title, "First RDF item");
	CHECK_FIELD(it[0], "url", "http://example.org/a");
	check_iso(it[0], "2024-03-05T09:05:00+01:00");
	CHECK_FIELD(it[0], "author", "Max Mustermann");
	CHECK_FIELD(it[0], "source", "RDF Site");
	CHECK_FIELD(it[0], "lang", "de");
	CHECK_FIELD(it[0], "tags", "Politik");
	CHECK_PARA(it[0], 0, "Plain description of the first item.");
	check_ranges(it[1], 2);
	/* No <link>: rdf:about. */
	CHECK_FIELD(it[1], "url", "http://example.org/b");
	CHECK_PARA(it[1], 0, "Only about.");
	feed_free_all(it, n);
}

static const char atom[] =
	"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\" xml:base=\"https://blog.example.net/\">\n"
	"  <title type=\"html\">Le &lt;em&gt;Blog&lt;/em&gt;</title>\n"
	"  <link href=\"https://blog.example.net/atom\" rel=\"self\"/>\n"
	"  <link href=\"https://blog.example.net/\" rel=\"alternate\"/>\n"
	"  <author><name>Feed Author</name></author>\n"
	"  <entry>\n"
	"    <title>HTML content</title>\n"
	"    <link rel=\"enclosure\" href=\"one.mp3\"/>\n"
	"    <link rel=\"alternate\" type=\"text/html\" href=\"posts/one\"/>\n"
	"    <id>tag:blog.example.net,2024:1</id>\n"
	"    <published>2024-03-05T09:05:00Z</published>\n"
	"    <updated>2024-03-06T10:00:00Z</updated>\n"
	"    <author><name>Alice</name><email>a@example.net</email></author>\n"
	"    <author><name>Bob</name></author>\n"
	"    <category term=\"tech\" label=\"Technology\"/>\n"
	"    <category term=\"news\"/>\n"
	"    <summary>Summary one.</summary>\n"
	"    <content type=\"html\">&lt;p&gt;First &lt;a href=\"/about\"&gt;post&lt;/a&gt;.&lt;/p&gt;</content>\n"
	"  </entry>\n"
	"  <entry xml:base=\"/sub/\" xml:lang=\"en\">\n"
	"    <title type=\"text\">XHTML &lt;content&gt;</title>\n"
	"    <link href=\"two\"/>\n"
	"    <updated>2024-03-07T00:00:00-05:00</updated>\n"
	"    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>XHTML <b>bold</b> &amp; "
	"text &lt;tag&gt;.</p><p>Second <a href=\"x\">link</a>.</p></div></content>\n"
	"  </entry>\n"
	"  <entry>\n"
	"    <title>Text content</title>\n"
	"    <link href=\"http://other.example.com/three\"/>\n"
	"    <content type=\"text\">Para one &lt;b&gt; is no tag\ncontinues.\n\nPara two.</content>\n"
	"  </entry>\n"
	"  <entry>\n"
	"    <title>Summary only</title>\n"
	"    <content src=\"http://example.com/four.html\"/>\n"
	"    <summary type=\"html\">&lt;p&gt;From the summary.&lt;/p&gt;</summary>\n"
	"  </entry>\n"
	"</feed>\n";

static void test_feed_atom(void)
{
	long n;
	struct article **it = feed(atom, NULL, &n);
	CHECK_INT(n, 4);
	if (n != 4) {
		feed_free_all(it, n);
		return;
	}
	struct article *a = it[0];
	check_ranges(a, 1);
	CHECK_STR(a->title, "HTML content");
	/* The alternate link, relative to the feed's xml:base. */
	CHECK_FIELD(a, "url", "https://blog.example.net/posts/one");
	/* published rather than updated. */
	CHECK_FIELD(a, "date", "2024-03-05T09:05:00Z");
	CHECK_FIELD(a, "author", "Alice, Bob");
	CHECK_FIELD(a, "source", "Le Blog");
	CHECK_FIELD(a, "lang", "fr");
	CHECK_FIELD(a, "tags", "Technology, news");
	/* content rather than summary. */
	CHECK_INT(a->npara, 1);
	CHECK_PARA(a, 0, "First post.");
	CHECK_INT(a->nlinks, 1);
	if (a->nlinks == 1)
		CHECK_STR(a->links[0].url, "https://blog.example.net/about");

	a = it[1];
	check_ranges(a, 2);
	/* A text title keeps its angle brackets. */
	CHECK_STR(a->title, "XHTML <content>");
	CHECK_FIELD(a, "url", "https://blog.example.net/sub/two");
	check_iso(a, "2024-03-07T00:00:00-05:00");
	/* The feed's author, the entry's language. */
	CHECK_FIELD(a, "author", "Feed Author");
	CHECK_FIELD(a, "lang", "en");
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "XHTML bold & text <tag>.");
	CHECK_PARA(a, 1, "Second link.");
	CHECK_INT(a->nlinks, 1);
	if (a->nlinks == 1)
		CHECK_STR(a->links[0].url, "https://blog.example.net/sub/x");

	a = it[2];
	check_ranges(a, 3);
	CHECK_FIELD(a, "url", "http://other.example.com/three");
	CHECK_INT(a->npara, 2);
	CHECK_PARA(a, 0, "Para one <b> is no tag continues.");
	CHECK_PARA(a, 1, "Para two.");

	a = it[3];
	check_ranges(a, 4);
	/* Content elsewhere (src): the summary. No link: no url. */
	CHECK(article_field(a, "url") == NULL);
	CHECK_PARA(a, 0, "From the summary.");
	feed_free_all(it, n);
}

static void test_feed_escaping(void)
{
	static const char s[] =
		"<rss version=\"2.0\"><channel><title>Esc</title><link>http://e.example/</link>\n"
		/* Escaped once: markup. */
		"<item><title>Tom &amp;amp; Jerry</title>"
		"<description>&lt;p&gt;One &lt;b&gt;bold&lt;/b&gt; word &amp;amp; more.&lt;/p&gt;</description></item>\n"
		/* Escaped twice: still markup, not text with tags in it. */
		"<item><title>&amp;lt;b&amp;gt;Twice&amp;lt;/b&amp;gt; escaped</title>"
		"<description>&amp;lt;p&amp;gt;Two &amp;lt;i&amp;gt;times&amp;lt;/i&amp;gt; &amp;amp;amp; done."
		"&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Next.&amp;lt;/p&amp;gt;</description></item>\n"
		/* HTML left unescaped in the XML, and a CDATA body. */
		"<item><title>Raw</title><description><p>Raw <em>markup</em> here.</p><p>Again.</p></description></item>\n"
		"<item><title><![CDATA[Cdata <b>title</b>]]></title>"
		"<description><![CDATA[<p>In CDATA &amp; <a href=\"rel/x\">a link</a>.</p>]]></description>"
		"<link>http://e.example/items/5</link></item>\n"
		/* HTML entities that XML does not know, as RSS 0.91 feeds had them. */
		"<item><title>Caf&eacute; &amp; cr&egrave;me&nbsp;br&ucirc;l&eacute;e</title>"
		"<description>Un caf&eacute; &amp; &unknown; here.</description></item>\n"
		"</channel></rss>";
	long n;
	struct article **it = feed(s, NULL, &n);
	CHECK_INT(n, 5);
	if (n != 5) {
		feed_free_all(it, n);
		return;
	}
	for (long k = 0; k < n; k++)
		check_ranges(it[k], (size_t)k + 1);
	CHECK_STR(it[0]->title, "Tom & Jerry");
	CHECK_PARA(it[0], 0, "One bold word & more.");
	CHECK_STR(it[1]->title, "Twice escaped");
	CHECK_INT(it[1]->npara, 2);
	CHECK_PARA(it[1], 0, "Two times & done.");
	CHECK_PARA(it[1], 1, "Next.");
	CHECK_INT(it[2]->npara, 2);
	CHECK_PARA(it[2], 0, "Raw markup here.");
	CHECK_STR(it[3]->title, "Cdata title");
	CHECK_PARA(it[3], 0, "In CDATA & a link.");
	CHECK_INT(it[3]->nlinks, 1);
	if (it[3]->nlinks == 1)
		CHECK_STR(it[3]->links[0].url, "http://e.example/items/rel/x");
	CHECK_STR(it[4]->title, "Caf\xc3\xa9 & cr\xc3\xa8me\xc2\xa0" "br\xc3\xbbl\xc3\xa9" "e");
	CHECK_PARA(it[4], 0, "Un caf\xc3\xa9 & &unknown; here.");
	/* The markup is gone from every paragraph. */
	for (long k = 0; k < n; k++)
		for (size_t p = 0; p < it[k]->npara; p++) {
			char *t = para(it[k], p);
			CHECK(!strstr(t, "<p>") && !strstr(t, "&lt;") && !strstr(t, "<b>") && !strstr(t, "&amp;"));
			free(t);
		}
	feed_free_all(it, n);
}

static void test_feed_charset(void)
{
	static const char latin1[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
				     "<rss version=\"2.0\"><channel><title>Z\xfcrich News</title>"
				     "<item><title>Caf\xe9 cr\xe8me</title><description>Gr\xfc\xdf"
				     "e aus Z\xfcrich.</description></item></channel></rss>\n";
	long n;
	struct article **it = feed(latin1, NULL, &n);
	CHECK_INT(n, 1);
	if (n == 1) {
		check_ranges(it[0], 1);
		CHECK_STR(it[0]->title, "Caf\xc3\xa9 cr\xc3\xa8me");
		CHECK_FIELD(it[0], "source", "Z\xc3\xbcrich News");
		CHECK_PARA(it[0], 0, "Gr\xc3\xbc\xc3\x9f" "e aus Z\xc3\xbcrich.");
	}
	feed_free_all(it, n);
	/* What HTTP declared wins over the declaration... */
	it = feed(latin1, "iso-8859-1", &n);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(it[0]->title, "Caf\xc3\xa9 cr\xc3\xa8me");
	feed_free_all(it, n);
	/* ... unless it says UTF-8 of bytes that are not. */
	it = feed(latin1, "UTF-8", &n);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(it[0]->title, "Caf\xc3\xa9 cr\xc3\xa8me");
	feed_free_all(it, n);
	/* Bytes declaring nothing that are not UTF-8 read as
	 * Windows-1252. */
	static const char cp1252[] = "<rss version=\"2.0\"><channel><title>T</title>"
				     "<item><title>Caf\xe9 \x93quoted\x94</title></item></channel></rss>";
	it = feed(cp1252, NULL, &n);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(it[0]->title, "Caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d");
	feed_free_all(it, n);
	/* UTF-8 declaring nothing. */
	static const char utf8[] = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Stra\xc3\x9f"
				   "e \xe2\x80\x94 ok</title></entry></feed>";
	it = feed(utf8, NULL, &n);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(it[0]->title, "Stra\xc3\x9f" "e \xe2\x80\x94 ok");
	feed_free_all(it, n);
}

static void test_feed_broken(void)
{
	/* Unclosed tags: what libxml2 recovers, never a crash. */
	static const char unclosed[] = "<rss><channel><title>Broken<item><title>One</title>"
				       "<description>Unclosed <b>bold";
	long n;
	struct article **it = feed(unclosed, NULL, &n);
	CHECK_INT(n, 1);
	if (n == 1) {
		check_ranges(it[0], 1);
		CHECK_STR(it[0]->title, "One");
		CHECK_FIELD(it[0], "source", "Broken");
		CHECK_PARA(it[0], 0, "Unclosed bold");
	}
	feed_free_all(it, n);
	static const char nested[] = "<rss><channel><title>Feed</title><item><title>One<item><title>Two</title>"
				     "<description>Body two";
	it = feed(nested, NULL, &n);
	CHECK_INT(n, 2);
	for (long k = 0; k < n; k++)
		check_ranges(it[k], (size_t)k + 1);
	if (n == 2) {
		CHECK_STR(it[0]->title, "One");
		CHECK_STR(it[1]->title, "Two");
	}
	feed_free_all(it, n);
	/* A feed without items, and one cut before its first. */
	it = feed("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>", NULL, &n);
	CHECK_INT(n, 0);
	feed_free_all(it, n);
	it = feed("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut", NULL, &n);
	CHECK_INT(n, 0);
	feed_free_all(it, n);
}

static void test_feed_not_a_feed(void)
{
	static const char *const bad[] = {
		"", "just some text", "<?xml version=\"1.0\"?><html><body><p>A page</p></body></html>",
		"<!DOCTYPE html><html><head><title>x</title></head><body>y</body></html>",
		"<?xml version=\"1.0\"?><note><to>x</to></note>", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
	};
	for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
		struct article **items = (struct article **)1;
		char *err = NULL;
		long n = feed_read("page.xml", bad[k], k == 5 ? 16 : strlen(bad[k]), NULL, &items, &err);
		CHECK_INT(n, -1);
		CHECK(items == NULL);
		CHECK(err && strncmp(err, "page.xml: ", 10) == 0);
		free(err);
	}
	char *err = NULL;
	struct article **items;
	CHECK_INT(feed_read("n.xml", "<note/>", 7, NULL, &items, &err), -1);
	CHECK_STR(err, "n.xml: not an RSS or Atom feed (the XML's root element is <note>)");
	free(err);
}

static void test_feed_entities(void)
{
	/* A billion laughs: entities stay references and expand within
	 * bounds, so this is quick and small. */
	char s[4096];
	size_t o = (size_t)snprintf(s, sizeof s, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n");
	for (int k = 1; k < 10; k++) {
		o += (size_t)snprintf(s + o, sizeof s - o, "<!ENTITY l%d \"", k);
		for (int j = 0; j < 10; j++)
			o += (size_t)snprintf(s + o, sizeof s - o, "&l%d;", k - 1);
		o += (size_t)snprintf(s + o, sizeof s - o, "\">\n");
	}
	snprintf(s + o, sizeof s - o, "]>\n<rss><channel><title>T</title><item><title>A &l9;</title>"
				      "<link>http://x.example/&l9;</link><description>&l9;</description></item>"
				      "</channel></rss>");
	long n;
	struct article **it = feed(s, NULL, &n);
	CHECK(n >= 0 && n <= 1);
	for (long k = 0; k < n; k++) {
		check_ranges(it[k], (size_t)k + 1);
		CHECK(it[k]->len < 200000);
	}
	feed_free_all(it, n);
	/* A feed's own small entity is read. */
	static const char own[] = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY co \"Example Corp\">]>"
				  "<rss><channel><title>&co; news</title><item><title>By &co;</title></item>"
				  "</channel></rss>";
	it = feed(own, NULL, &n);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_STR(it[0]->title, "By Example Corp");
		CHECK_FIELD(it[0], "source", "Example Corp news");
	}
	feed_free_all(it, n);
	/* An external entity is not fetched or read. */
	static const char ext[] = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				  "<rss><channel><item><title>See &x; here</title></item></channel></rss>";
	it = feed(ext, NULL, &n);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK(!strstr(it[0]->data, "root:"));
	feed_free_all(it, n);
}

static void test_feed_dates(void)
{
	static const char s[] =
		"<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
		"<item><title>a</title><pubDate>Sun, 10 Mar 2024 01:30:00 PDT</pubDate></item>"
		"<item><title>b</title><pubDate>Fri, 05 Mar 99 9:05 GMT</pubDate></item>"
		"<item><title>c</title><dc:date>2024-03-05T09:05:00.5-08:00</dc:date></item>"
		"<item><title>d</title><pubDate>  Tue, 05 Mar 2024 21:05:00 +0000 </pubDate></item>"
		"<item><title>e</title><pubDate>sometime</pubDate></item>"
		"</channel></rss>";
	long n;
	struct article **it = feed(s, NULL, &n);
	CHECK_INT(n, 5);
	if (n == 5) {
		check_iso(it[0], "2024-03-10T01:30:00-07:00");
		check_iso(it[1], "1999-03-05T09:05:00Z");
		check_iso(it[2], "2024-03-05T09:05:00-08:00");
		check_iso(it[3], "2024-03-05T21:05:00Z");
		CHECK_FIELD(it[3], "date", "Tue, 05 Mar 2024 21:05:00 +0000");
		/* Kept as written, even when it is not a date. */
		CHECK_FIELD(it[4], "date", "sometime");
	}
	feed_free_all(it, n);
}

static void test_feed_url_base(void)
{
	/* Read from a URL: relative links resolve against it. */
	static const char s[] = "<rss><channel><title>T</title><item><title>a</title><link>../a.html</link>"
				"<description>&lt;a href=\"b.html\"&gt;B&lt;/a&gt;</description></item></channel></rss>";
	struct article **items = NULL;
	char *err = NULL;
	long n = feed_read("https://site.example/news/feed/rss.xml", s, strlen(s), NULL, &items, &err);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_FIELD(items[0], "url", "https://site.example/news/a.html");
		CHECK_INT(items[0]->nlinks, 1);
		if (items[0]->nlinks == 1)
			CHECK_STR(items[0]->links[0].url, "https://site.example/news/b.html");
		CHECK_STR(items[0]->path, "https://site.example/news/feed/rss.xml");
	}
	feed_free_all(items, n);
}

const struct check_test feed_tests[] = {
	{ "feed_rss2", test_feed_rss2 },
	{ "feed_rss1", test_feed_rss1 },
	{ "feed_atom", test_feed_atom },
	{ "feed_escaping", test_feed_escaping },
	{ "feed_charset", test_feed_charset },
	{ "feed_broken", test_feed_broken },
	{ "feed_not_a_feed", test_feed_not_a_feed },
	{ "feed_entities", test_feed_entities },
	{ "feed_dates", test_feed_dates },
	{ "feed_url_base", test_feed_url_base },
	{ NULL, NULL }
};
