/* sniff: telling formats apart. Markup is recognized from the content
 * whatever the name says, so that a page saved as .txt is never shown as
 * its source; Markdown, whose plain form reads as text anyway, is taken
 * from the name or the media type, or from unmistakable signs in the text. */
#include "sniff.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *sniff_extension(const char *name)
{
	if (!name)
		return "";
	const char *slash = strrchr(name, '/');
	const char *base = slash ? slash + 1 : name;
	/* A URL's query or fragment is not part of the name. */
	size_t n = strcspn(base, "?#");
	const char *dot = NULL;
	for (const char *p = base; p < base + n; p++)
		if (*p == '.')
			dot = p;
	/* One per thread: the corpus reads many files at once. */
	static _Thread_local char ext[16];
	if (!dot || dot == base || (size_t)(base + n - dot) >= sizeof ext)
		return "";
	size_t m = (size_t)(base + n - dot - 1);
	for (size_t i = 0; i < m; i++)
		ext[i] = (char)tolower((unsigned char)dot[1 + i]);
	ext[m] = '\0';
	return ext;
}

static int sniff_in(const char *ext, const char *const *list)
{
	/* The first bytes compared first: a strcmp a name for each of a
	 * dozen extensions showed in listing thousands of files. */
	for (int i = 0; list[i]; i++)
		if (ext[0] == list[i][0] && strcmp(ext, list[i]) == 0)
			return 1;
	return 0;
}

static const char *const sniff_md_ext[] = { "md", "markdown", "mdown", "mkd", "mkdn", NULL };
static const char *const sniff_text_ext[] = { "txt", "text", NULL };
static const char *const sniff_html_ext[] = { "html", "htm", "xhtml", NULL };
static const char *const sniff_feed_ext[] = { "rss", "atom", "xml", NULL };

int sniff_article_name(const char *name)
{
	const char *e = sniff_extension(name);
	return !*e || sniff_in(e, sniff_md_ext) || sniff_in(e, sniff_text_ext) || sniff_in(e, sniff_html_ext) ||
	       sniff_in(e, sniff_feed_ext);
}

const char *sniff_format_name(enum article_format f)
{
	switch (f) {
	case ARTICLE_PLAIN: return "plain text";
	case ARTICLE_MARKDOWN: return "Markdown";
	case ARTICLE_HTML: return "an HTML page";
	case ARTICLE_FEED: return "a feed";
	case ARTICLE_BINARY: return "not text";
	}
	return "unknown";
}

/* Whether s (of n bytes) starts with the ASCII word w, case aside. */
static int sniff_starts(const char *s, size_t n, const char *w)
{
	size_t m = strlen(w);
	return n >= m && strncasecmp(s, w, m) == 0;
}

/* Whether the lowercase ASCII needle is in s[0..n), case aside. */
static int sniff_has(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= n; i++)
		if (strncasecmp(s + i, needle, m) == 0)
			return 1;
	return 0;
}

/* Markup at the start: a web page or a feed, or neither (-1). */
static int sniff_markup(const char *d, size_t n)
{
	size_t i = 0;
	if (n >= 3 && memcmp(d, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < n && isspace((unsigned char)d[i]))
		i++;
	const char *s = d + i;
	size_t m = n - i, head = m < 2048 ? m : 2048;
	if (m == 0 || s[0] != '<')
		return -1;
	if (sniff_starts(s, m, "<?xml")) {
		if (sniff_has(s, head, "<rss") || sniff_has(s, head, "<feed") || sniff_has(s, head, "<rdf:rdf"))
			return ARTICLE_FEED;
		if (sniff_has(s, head, "<html"))
			return ARTICLE_HTML;
		return -1;
	}
	if (sniff_starts(s, m, "<rss") || sniff_starts(s, m, "<feed") || sniff_starts(s, m, "<rdf:rdf"))
		return ARTICLE_FEED;
	static const char *const tags[] = { "<!doctype html", "<html", "<head", "<body", "<meta", "<title",
					    "<!--", "<div", "<script", "<article", "<p>", NULL };
	for (int t = 0; tags[t]; t++)
		if (sniff_starts(s, m, tags[t]))
			return tags[t][2] == '-' && !sniff_has(s, head, "<html") ? -1 : ARTICLE_HTML;
	return -1;
}

/* The sign of Markdown that starts at d[i] (of head bytes), as a bit: 1 a
 * heading, 2 a code fence, 4 a link, 8 an image, 16 strong emphasis; 0
 * for none. */
static unsigned sniff_md_sign(const char *d, size_t head, size_t i)
{
	int bol = i == 0 || d[i - 1] == '\n';
	switch (d[i]) {
	case '#': {
		if (!bol)
			return 0;
		size_t k = i;
		while (k < head && d[k] == '#')
			k++;
		return k - i <= 6 && k < head && d[k] == ' ' ? 1 : 0;
	}
	case '`':
		return bol && i + 3 <= head && strncmp(d + i, "```", 3) == 0 ? 2 : 0;
	case '~':
		return bol && i + 3 <= head && strncmp(d + i, "~~~", 3) == 0 ? 2 : 0;
	case ']':
		return i + 1 < head && d[i + 1] == '(' ? 4 : 0;
	case '!':
		return i + 1 < head && d[i + 1] == '[' ? 8 : 0;
	case '*':
		return i + 2 < head && d[i + 1] == '*' && d[i + 2] != ' ' && d[i + 2] != '*' ? 16 : 0;
	}
	return 0;
}

/* Signs of Markdown that plain prose does not show: front matter, or two
 * kinds of markup among headings, links, emphasis, fences and images. */
static int sniff_markdown(const char *d, size_t n)
{
	size_t head = n < 65536 ? n : 65536;
	if (n > 0 && (d[0] == '-' || d[0] == '\xef') &&
	    (sniff_starts(d, n, "---\n") || sniff_starts(d, n, "---\r\n") || sniff_starts(d, n, "\xef\xbb\xbf---\n"))) {
		const char *s = strchr(d, '\n') + 1;
		size_t rest = head - (size_t)(s - d);
		for (size_t i = 0; i + 4 <= rest; i++)
			if (s[i] == '\n' && (strncmp(s + i + 1, "---", 3) == 0 || strncmp(s + i + 1, "...", 3) == 0))
				return 1;
	}
	/* Each sign starts with a byte of its own: memchr finds the few
	 * places to look at, and one of each kind is enough. */
	unsigned signs = 0;
	for (const char *c = "#`~]!*"; *c; c++) {
		const char *p = memchr(d, *c, head);
		while (p) {
			size_t i = (size_t)(p - d);
			unsigned sign = sniff_md_sign(d, head, i);
			if (sign) {
				signs |= sign;
				break;
			}
			p = i + 1 < head ? memchr(p + 1, *c, head - i - 1) : NULL;
		}
		int kinds = 0;
		for (unsigned b = signs; b; b >>= 1)
			kinds += b & 1;
		if (kinds >= 2)
			return 1;
	}
	return 0;
}

enum article_format sniff_format(const char *name, const char *content_type, const char *data, size_t len)
{
	return sniff_format_known(name, content_type, data, len, article_looks_binary(data, len));
}

enum article_format sniff_format_known(const char *name, const char *content_type, const char *data, size_t len,
				       int binary)
{
	if (binary)
		return ARTICLE_BINARY;
	int markup = sniff_markup(data, len);
	if (markup >= 0)
		return (enum article_format)markup;
	const char *ext = sniff_extension(name);
	if (content_type) {
		if (strcmp(content_type, "text/markdown") == 0 || strcmp(content_type, "text/x-markdown") == 0)
			return ARTICLE_MARKDOWN;
		if (strcmp(content_type, "text/html") == 0 || strcmp(content_type, "application/xhtml+xml") == 0)
			return ARTICLE_HTML;
	}
	if (sniff_in(ext, sniff_md_ext))
		return ARTICLE_MARKDOWN;
	/* A page or feed by its name alone (a fragment, a page that starts
	 * with text) is still markup. */
	if (sniff_in(ext, sniff_html_ext))
		return ARTICLE_HTML;
	if (sniff_in(ext, sniff_feed_ext) && memchr(data, '<', len < 4096 ? len : 4096))
		return ARTICLE_FEED;
	return sniff_markdown(data, len) ? ARTICLE_MARKDOWN : ARTICLE_PLAIN;
}
