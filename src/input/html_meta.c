/* html_meta: the metadata of a web page. Every source is read in one walk
 * over the tree, each candidate value kept with its rank (lower is more
 * trusted), and the best of each field is chosen at the end. */
#include "html_meta.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_dom.h"
#include "html_json.h"
#include "text.h"
#include "xmalloc.h"
#include "xmllib.h"

enum html_meta_field { HM_TITLE, HM_DATE, HM_AUTHOR, HM_SOURCE, HM_URL, HM_NFIELDS };

/* The best value found so far for each field. */
struct html_meta_best {
	char *value[HM_NFIELDS];
	int rank[HM_NFIELDS];
	const char *page_title;	/* the <title>, when JSON-LD is read */
};

/* How much of b's words a has, as a share of b's letters (Readability's
 * text similarity); both are cut at a few hundred bytes. */
static double html_meta_similar(const char *a, const char *b)
{
	size_t an, bn;
	char *x = text_fold(a, strlen(a) < 300 ? strlen(a) : 300, &an);
	char *y = text_fold(b, strlen(b) < 300 ? strlen(b) : 300, &bn);
	size_t total = 0, missing = 0;
	for (size_t i = 0; i < bn;) {
		while (i < bn && !((unsigned char)y[i] >= 0x80 || isalnum((unsigned char)y[i])))
			i++;
		size_t j = i;
		while (j < bn && ((unsigned char)y[j] >= 0x80 || isalnum((unsigned char)y[j])))
			j++;
		if (j == i)
			break;
		int found = 0;
		for (size_t k = 0; k + (j - i) <= an && !found; k++)
			found = memcmp(x + k, y + i, j - i) == 0 &&
				(k == 0 || !((unsigned char)x[k - 1] >= 0x80 || isalnum((unsigned char)x[k - 1]))) &&
				(k + (j - i) == an || !((unsigned char)x[k + j - i] >= 0x80 || isalnum((unsigned char)x[k + j - i])));
		total += j - i + 1;
		if (!found)
			missing += j - i + 1;
		i = j;
	}
	free(x);
	free(y);
	return total ? 1.0 - (double)missing / (double)total : 0;
}

/* Meta tag names and properties and what they give, in order of trust:
 * Dublin Core before Open Graph before the rest, as Readability has it. */
static const struct {
	const char *name;
	enum html_meta_field field;
	int rank;
} html_meta_names[] = {
	{ "dc:title", HM_TITLE, 10 }, { "dcterm:title", HM_TITLE, 10 }, { "dcterms:title", HM_TITLE, 10 },
	{ "og:title", HM_TITLE, 12 }, { "title", HM_TITLE, 14 }, { "twitter:title", HM_TITLE, 16 },
	{ "parsely-title", HM_TITLE, 18 }, { "sailthru.title", HM_TITLE, 20 }, { "headline", HM_TITLE, 22 },
	{ "dc:creator", HM_AUTHOR, 10 }, { "dcterm:creator", HM_AUTHOR, 10 }, { "dcterms:creator", HM_AUTHOR, 10 },
	{ "author", HM_AUTHOR, 12 }, { "parsely-author", HM_AUTHOR, 14 }, { "article:author", HM_AUTHOR, 16 },
	{ "og:article:author", HM_AUTHOR, 16 }, { "sailthru.author", HM_AUTHOR, 18 }, { "byl", HM_AUTHOR, 20 },
	{ "article:published_time", HM_DATE, 10 }, { "og:article:published_time", HM_DATE, 10 },
	{ "datepublished", HM_DATE, 11 }, { "dc:date", HM_DATE, 12 }, { "dcterm:created", HM_DATE, 12 },
	{ "dcterms:created", HM_DATE, 12 }, { "dc:date.issued", HM_DATE, 12 }, { "date", HM_DATE, 14 },
	{ "parsely-pub-date", HM_DATE, 16 }, { "sailthru.date", HM_DATE, 18 }, { "pubdate", HM_DATE, 20 },
	{ "publishdate", HM_DATE, 20 }, { "publish-date", HM_DATE, 20 }, { "article.published", HM_DATE, 20 },
	{ "og:site_name", HM_SOURCE, 10 }, { "application-name", HM_SOURCE, 20 },
	{ "og:url", HM_URL, 12 }, { "parsely-link", HM_URL, 14 },
};

/* schema.org types whose headline and author are the page's article. */
static const char *const html_meta_types[] = {
	"BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Report",
	"APIReference", "WebPage", NULL
};

/* Class and id words of a byline element, as Readability looks for it. */
static const char *const html_meta_byline_words[] = { "byline", "=author", "=authors", "dateline", "writtenby", NULL };

/* Keeps value (s[0..n), cleaned) for field if it ranks better than what
 * the field has. */
static void html_meta_offer(struct html_meta_best *b, enum html_meta_field f, int rank, const char *s, size_t n)
{
	if (!s || (b->value[f] && b->rank[f] <= rank))
		return;
	char *clean = text_clean(s, n);
	if (!*clean) {
		free(clean);
		return;
	}
	free(b->value[f]);
	b->value[f] = clean;
	b->rank[f] = rank;
}

static void html_meta_offer_str(struct html_meta_best *b, enum html_meta_field f, int rank, const char *s)
{
	if (s)
		html_meta_offer(b, f, rank, s, strlen(s));
}

static int html_meta_is_url(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0 || s[0] == '/';
}

/* A meta tag's name ("DC.Title" reads as "dc:title"), lower case, in buf. */
static void html_meta_key(const char *s, size_t n, char *buf, size_t size)
{
	size_t o = 0;
	for (size_t k = 0; k < n && o + 1 < size; k++) {
		char c = (char)tolower((unsigned char)s[k]);
		buf[o++] = c;
	}
	buf[o] = '\0';
	/* Dublin Core is written dc.title, dc:title or DC.Title. */
	if ((strncmp(buf, "dc.", 3) == 0))
		buf[2] = ':';
	else if (strncmp(buf, "dcterms.", 8) == 0 || strncmp(buf, "dcterm.", 7) == 0)
		buf[buf[6] == '.' ? 6 : 7] = ':';
}

/* A meta tag: name, property or itemprop (each may list several names
 * apart by blanks) and its content. property ranks a little better than
 * name, as the standard form. */
static void html_meta_tag(struct html_meta_best *b, xmlNodePtr n)
{
	const char *content = html_dom_attr(n, "content");
	if (!content || !*content)
		return;
	static const char *const attrs[] = { "property", "name", "itemprop" };
	for (int a = 0; a < 3; a++) {
		const char *names = html_dom_attr(n, attrs[a]);
		for (const char *p = names; p && *p;) {
			while (*p && isspace((unsigned char)*p))
				p++;
			size_t len = 0;
			while (p[len] && !isspace((unsigned char)p[len]))
				len++;
			char key[48];
			html_meta_key(p, len, key, sizeof key);
			p += len;
			for (size_t k = 0; k < sizeof html_meta_names / sizeof html_meta_names[0]; k++) {
				if (strcmp(key, html_meta_names[k].name) != 0)
					continue;
				enum html_meta_field f = html_meta_names[k].field;
				/* article:author is often a profile's URL, not a name. */
				if (f == HM_AUTHOR && html_meta_is_url(content))
					break;
				html_meta_offer_str(b, f, html_meta_names[k].rank + a, content);
				break;
			}
		}
	}
}

/* Whether a JSON-LD @type (a string or a list) names an article. */
static int html_meta_ld_type(const struct html_json *t)
{
	if (!t)
		return 0;
	if (t->type == HTML_JSON_ARRAY) {
		for (const struct html_json *i = t->child; i; i = i->next)
			if (html_meta_ld_type(i))
				return 1;
		return 0;
	}
	if (t->type != HTML_JSON_STRING)
		return 0;
	const char *s = t->str;
	const char *slash = strrchr(s, '/'); /* "http://schema.org/NewsArticle" */
	if (slash)
		s = slash + 1;
	size_t n = strlen(s);
	if (n >= 7 && strcmp(s + n - 7, "Article") == 0)
		return 1;
	for (size_t k = 0; html_meta_types[k]; k++)
		if (strcmp(s, html_meta_types[k]) == 0)
			return 1;
	return 0;
}

/* The name of a person or organization: a string, an object's name, or a
 * list of them joined with ", ". */
static void html_meta_ld_names(const struct html_json *v, char *buf, size_t size, int depth)
{
	if (!v || depth > 3)
		return;
	const char *name = v->type == HTML_JSON_STRING ? v->str : html_json_str(v, "name");
	if (name) {
		while (*name && isspace((unsigned char)*name))
			name++;
		if (*name && !html_meta_is_url(name)) {
			size_t used = strlen(buf);
			snprintf(buf + used, size - used, "%s%s", used ? ", " : "", name);
		}
		return;
	}
	if (v->type == HTML_JSON_ARRAY)
		for (const struct html_json *i = v->child; i; i = i->next)
			html_meta_ld_names(i, buf, size, depth + 1);
}

/* An article object of JSON-LD: its fields rank above any meta tag. A
 * WebPage ranks below real article types. */
static void html_meta_ld_article(struct html_meta_best *b, const struct html_json *o)
{
	const struct html_json *t = html_json_get(o, "@type");
	if (!html_meta_ld_type(t))
		return;
	int rank = t->type == HTML_JSON_STRING && strstr(t->str, "WebPage") ? 5 : 0;
		/* Both a name and a headline: some pages put their own name in one,
	 * so the one more like the <title> is the article's; the headline
	 * when they are alike. */
	const char *title = html_json_str(o, "headline"), *name = html_json_str(o, "name");
	if (!title || (name && b->page_title && strcmp(name, title) != 0 &&
		       html_meta_similar(name, b->page_title) > html_meta_similar(title, b->page_title)))
		title = name;
	html_meta_offer_str(b, HM_TITLE, rank, title);
	const char *date = html_json_str(o, "datePublished");
	if (!date)
		date = html_json_str(o, "dateCreated");
	html_meta_offer_str(b, HM_DATE, rank, date);
	char names[512] = "";
	html_meta_ld_names(html_json_get(o, "author"), names, sizeof names, 0);
	html_meta_offer_str(b, HM_AUTHOR, rank, names);
	names[0] = '\0';
	const struct html_json *pub = html_json_get(o, "publisher");
	if (pub && pub->type != HTML_JSON_ARRAY)
		html_meta_ld_names(pub, names, sizeof names, 0);
	html_meta_offer_str(b, HM_SOURCE, rank, names);
	const char *url = html_json_str(o, "url");
	if (url && html_meta_is_url(url) && url[0] != '/')
		html_meta_offer_str(b, HM_URL, 20 + rank, url);
}

/* The objects of a JSON-LD block: the top value, the items of a list, and
 * the items of an @graph. */
static void html_meta_ld(struct html_meta_best *b, const struct html_json *j, int depth)
{
	if (!j || depth > 2)
		return;
	if (j->type == HTML_JSON_ARRAY) {
		for (const struct html_json *i = j->child; i; i = i->next)
			html_meta_ld(b, i, depth + 1);
		return;
	}
	html_meta_ld_article(b, j);
	const struct html_json *g = html_json_get(j, "@graph");
	if (g && g->type == HTML_JSON_ARRAY)
		html_meta_ld(b, g, depth + 1);
}

static void html_meta_script(struct html_meta_best *b, xmlNodePtr n)
{
	for (xmlNodePtr t = n->children; t; t = t->next) {
		if ((t->type != XML_TEXT_NODE && t->type != XML_CDATA_SECTION_NODE) || !t->content)
			continue;
		struct html_json *j = html_json_parse((const char *)t->content, strlen((const char *)t->content));
		html_meta_ld(b, j, 0);
		html_json_free(j);
	}
}

/* Whether the folded strings a and b are the same name. */
static int html_meta_same(const char *a, size_t an, const char *b)
{
	size_t fa, fb;
	char *x = text_fold(a, an, &fa), *y = text_fold(b, strlen(b), &fb);
	int same = fa == fb && fa > 0 && memcmp(x, y, fa) == 0;
	free(x);
	free(y);
	return same;
}

/* The length of a title separator at s (" | ", " - ", " – ", " — ",
 * " / ", " \\ ", " > ", " » "), or 0; *hier is set for those that mark a
 * path of sections rather than a site's name. */
static size_t html_meta_sep(const char *s, int *hier)
{
	static const char *const seps[] = { "|", "-", "\xe2\x80\x93", "\xe2\x80\x94", "\\", "/", ">", "\xc2\xbb", NULL };
	if (s[0] != ' ')
		return 0;
	for (size_t k = 0; seps[k]; k++) {
		size_t n = strlen(seps[k]);
		if (strncmp(s + 1, seps[k], n) == 0 && s[1 + n] == ' ') {
			*hier = k >= 4;
			return n + 2;
		}
	}
	return 0;
}

static size_t html_meta_words(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]) && (i == 0 || isspace((unsigned char)s[i - 1])))
			w++;
	return w;
}

/* The <title> without the site's name: the part beyond the first or the
 * last separator goes when it is the site's name; when the site's name is
 * not known, Readability's rule: the part before the last separator, or
 * after the first when that leaves fewer than three words, unless what is
 * left is four words or fewer. */
static char *html_meta_cut_title(const char *title, const char *site)
{
	size_t n = strlen(title);
	size_t first = n, first_len = 0, last = n, last_len = 0;
	int hier = 0;
	for (size_t i = 0; i < n; i++) {
		int h = 0;
		size_t len = html_meta_sep(title + i, &h);
		if (!len)
			continue;
		if (first == n) {
			first = i;
			first_len = len;
		}
		last = i;
		last_len = len;
		hier |= h;
	}
	if (first == n)
		return xstrdup(title);
	if (site) {
		if (html_meta_same(title + last + last_len, n - last - last_len, site))
			return xstrndup(title, last);
		if (html_meta_same(title, first, site))
			return xstrdup(title + first + first_len);
	}
	size_t start = 0, end = last;
	if (html_meta_words(title, last) < 3) {
		start = first + first_len;
		end = n;
	}
	size_t words = html_meta_words(title + start, end - start);
	/* The words of the whole title, separators left out. */
	size_t all = 0;
	for (size_t i = 0; i < n; i++) {
		int h;
		size_t len = html_meta_sep(title + i, &h);
		if (len) {
			i += len - 2;
			continue;
		}
		if (!isspace((unsigned char)title[i]) && (i == 0 || isspace((unsigned char)title[i - 1])))
			all++;
	}
	if (words <= 4 && (!hier || words != all - 1))
		return xstrdup(title);
	return xstrndup(title + start, end - start);
}

/* Whether a byline's text is one: something, but not a paragraph. */
static int html_meta_byline_ok(const char *s)
{
	size_t n = strlen(s);
	return n > 0 && n < 100;
}

void html_meta_read(xmlDocPtr doc, const char *path, struct html_meta *m)
{
	memset(m, 0, sizeof *m);
	struct html_meta_best b;
	memset(&b, 0, sizeof b);
	xmlNodePtr root = xmlDocGetRootElement(doc);
	char *title = NULL, *h1 = NULL, *byline = NULL, *time = NULL;
	const char *base = NULL, *canonical = NULL, *content_lang = NULL;
	int bylines_tried = 0;
	xmlNodePtr ld[16];
	size_t nld = 0;
	if (root && html_dom_attr(root, "lang"))
		m->lang = text_clean(html_dom_attr(root, "lang"), strlen(html_dom_attr(root, "lang")));
	for (xmlNodePtr n = root; n;) {
		int descend = n->type == XML_ELEMENT_NODE;
		if (n->type != XML_ELEMENT_NODE) {
			n = html_dom_next(n, root, 0);
			continue;
		}
		const char *name = (const char *)n->name;
		if (strcmp(name, "meta") == 0) {
			html_meta_tag(&b, n);
			const char *he = html_dom_attr(n, "http-equiv");
			if (he && strcasecmp(he, "content-language") == 0 && !content_lang)
				content_lang = html_dom_attr(n, "content");
		} else if (strcmp(name, "script") == 0) {
			/* Read once the <title> is known, for choosing between
			 * JSON-LD's name and headline. */
			const char *type = html_dom_attr(n, "type");
			if (type && strcasecmp(type, "application/ld+json") == 0 && nld < 16)
				ld[nld++] = n;
			descend = 0;
		} else if (strcmp(name, "style") == 0 || strcmp(name, "template") == 0) {
			descend = 0;
		} else if (strcmp(name, "title") == 0 && !title) {
			title = html_dom_text(n, 2000);
			descend = 0;
		} else if (strcmp(name, "link") == 0) {
			const char *rel = html_dom_attr(n, "rel"), *href = html_dom_attr(n, "href");
			if (rel && href && *href && strcasecmp(rel, "canonical") == 0 && !canonical)
				canonical = href;
		} else if (strcmp(name, "base") == 0) {
			if (!base && html_dom_attr(n, "href"))
				base = html_dom_attr(n, "href");
		} else if (strcmp(name, "h1") == 0 && !h1) {
			h1 = html_dom_text(n, 2000);
		} else if (strcmp(name, "time") == 0 && !time) {
			const char *dt = html_dom_attr(n, "datetime");
			if (dt && *dt)
				time = xstrdup(dt);
		}
		if (!byline && bylines_tried < 50 && strcmp(name, "meta") != 0 && strcmp(name, "link") != 0) {
			const char *rel = html_dom_attr(n, "rel"), *itemprop = html_dom_attr(n, "itemprop");
			if ((rel && strcasecmp(rel, "author") == 0) || (itemprop && strstr(itemprop, "author")) ||
			    html_dom_hint(n, html_meta_byline_words)) {
				bylines_tried++;
				char *t = html_dom_text(n, 400);
				if (html_meta_byline_ok(t)) {
					/* schema.org microdata names the person inside. */
					int visits = 0;
					for (xmlNodePtr c = n->children; c && visits++ < 2000;) {
						const char *ip = c->type == XML_ELEMENT_NODE ? html_dom_attr(c, "itemprop") : NULL;
						if (ip && strstr(ip, "name")) {
							free(t);
							t = html_dom_text(c, 400);
							break;
						}
						c = html_dom_next(c, n, c->type == XML_ELEMENT_NODE);
					}
					byline = t;
					m->byline = n;
					descend = 0;
				} else {
					free(t);
				}
			}
		}
		n = html_dom_next(n, root, descend);
	}
	b.page_title = title;
	for (size_t k = 0; k < nld; k++)
		html_meta_script(&b, ld[k]);
	if (canonical)
		html_meta_offer_str(&b, HM_URL, 10, canonical);
	html_meta_offer_str(&b, HM_DATE, 30, time);
	html_meta_offer_str(&b, HM_AUTHOR, 30, byline);
	if (title) {
		char *cut = html_meta_cut_title(title, b.value[HM_SOURCE]);
		html_meta_offer_str(&b, HM_TITLE, 30, cut);
		free(cut);
	}
	html_meta_offer_str(&b, HM_TITLE, 40, h1);
	if (!m->lang && content_lang)
		m->lang = text_clean(content_lang, strlen(content_lang));
	m->title = b.value[HM_TITLE];
	m->date = b.value[HM_DATE];
	m->author = b.value[HM_AUTHOR];
	m->source = b.value[HM_SOURCE];
	/* The page's address: its canonical link or og:url, made absolute
	 * against the address it was read from. */
	const char *page = path && (strncasecmp(path, "http://", 7) == 0 || strncasecmp(path, "https://", 8) == 0) ? path : NULL;
	if (b.value[HM_URL]) {
		xmlChar *abs = page ? xmlBuildURI((const xmlChar *)b.value[HM_URL], (const xmlChar *)page) : NULL;
		m->url = abs ? xstrdup((const char *)abs) : xstrdup(b.value[HM_URL]);
		xmlFree(abs);
		free(b.value[HM_URL]);
	}
	const char *against = page ? page : m->url;
	if (base && *base) {
		xmlChar *abs = against ? xmlBuildURI((const xmlChar *)base, (const xmlChar *)against) : NULL;
		m->base = abs ? xstrdup((const char *)abs) : xstrdup(base);
		xmlFree(abs);
	} else if (against) {
		m->base = xstrdup(against);
	}
	free(title);
	free(h1);
	free(byline);
	free(time);
}

char *html_meta_resolve(const struct html_meta *m, const char *href)
{
	while (*href && isspace((unsigned char)*href))
		href++;
	if (!*href || strcmp(href, "#") == 0 || strncasecmp(href, "javascript:", 11) == 0)
		return NULL;
	if (m && m->base) {
		xmlChar *abs = xmlBuildURI((const xmlChar *)href, (const xmlChar *)m->base);
		if (abs) {
			char *s = xstrdup((const char *)abs);
			xmlFree(abs);
			return s;
		}
	}
	return xstrdup(href);
}

void html_meta_free(struct html_meta *m)
{
	free(m->title);
	free(m->date);
	free(m->author);
	free(m->source);
	free(m->url);
	free(m->lang);
	free(m->base);
	memset(m, 0, sizeof *m);
}
