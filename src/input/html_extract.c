/* html_extract: the main content of a web page, found by scoring as
 * Readability does (see html_extract.h). The elements are kept in an array
 * in document order, each with its parent's index and the index past its
 * last descendant, so that a backward pass sees children before parents
 * and "is an ancestor of" is a comparison. */
#include "html_extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_dom.h"
#include "xmalloc.h"
#include "xmllib.h"

/* Node flags. */
#define HX_DROP 1u		/* never shown */
#define HX_UNLIKELY 2u		/* looks like page furniture: left out on the first try */
#define HX_DEAD 4u		/* left out on this try (it or an ancestor) */
#define HX_CLEANED 8u		/* cleaned out of the content on this try */
#define HX_CANDIDATE 16u	/* has a content score */
#define HX_DATATABLE 32u	/* a table of data, kept whole */
#define HX_IN_DATATABLE 64u	/* inside one */
#define HX_IN_FIGURE 128u	/* inside a <figure> */
#define HX_IN_CODE 256u		/* inside <code> or <pre> */
#define HX_WRAPPER 512u		/* a div around a single paragraph: the paragraph stands for it */
#define HX_IN_TABLE 1024u	/* inside a <table> */

/* Tag properties. */
#define HT_DIVBLOCK 1u		/* makes a div more than a paragraph (Readability's DIV_TO_P_ELEMS) */
#define HT_PHRASING 2u		/* inline content */
#define HT_SCORE 4u		/* a paragraph-like element that is scored */
#define HT_DROP 8u		/* never content */
#define HT_HEADING 16u
#define HT_EMBED 32u
#define HT_CLEAN 64u		/* cleaned out of content whatever its score */
#define HT_COND 128u		/* cleaned out conditionally */
#define HT_LIST 256u

struct html_extract_node {
	xmlNodePtr n;
	int parent;		/* index, or -1 */
	int end;		/* one past the last descendant's index */
	unsigned flags;
	unsigned tag;		/* HT_* */
	int weight;		/* class and id weight */
	int own_len, own_commas, own_ascii_commas;	/* the text directly in it */
	/* Over the live subtree, on this try. */
	int len, commas, ascii_commas, inline_len, inline_commas;
	double link_len;
	int n_p, n_img, n_li, n_input, n_embed, n_divblock, n_table, n_tr, max_cells, n_children, n_th;
	int head_len, list_len;
	int first_child;	/* index of its first live element child, or -1 */
	double score;
};

struct html_extract {
	xmlDocPtr doc;
	struct html_extract_node *v;
	size_t n, cap;
	int body;		/* index of <body>, or -1 */
	xmlNodePtr *roots;
	size_t nroots, cap_roots;
};

/* Class and id hints, as Readability has them, with the general words the
 * brief adds (cookie, newsletter, subscribe, ...). A leading '=' asks for
 * a whole word. */
static const char *const html_extract_unlikely[] = {
	"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
	"extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
	"shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
	"pagination", "pager", "popup", "yom-remote", "cookie", "newsletter", "subscribe", "=nav",
	"navbar", "most-read", "mostread", "most-popular", "promo", NULL
};
static const char *const html_extract_maybe[] = {
	"and", "article", "body", "column", "content", "main", "mathjax", "shadow", NULL
};
static const char *const html_extract_positive[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
	"text", "blog", "story", NULL
};
static const char *const html_extract_negative[] = {
	"-ad-", "=hidden", "=hid", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
	"masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
	"sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "=ad", "=ads", "cookie",
	"newsletter", "subscribe", "=nav", "=menu", NULL
};
static const char *const html_extract_share[] = { "=share", "sharedaddy", "share-", "-share", "_share", "share_", NULL };

/* Roles of elements that are not the article. */
static const char *const html_extract_roles[] = {
	"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", NULL
};

struct html_extract_tagdef {
	const char *name;
	unsigned tag;
};

/* Sorted by name, for bsearch. */
static const struct html_extract_tagdef html_extract_tags[] = {
	{ "a", HT_PHRASING }, { "abbr", HT_PHRASING }, { "address", 0 }, { "aside", HT_DROP },
	{ "audio", HT_DROP }, { "b", HT_PHRASING }, { "bdi", HT_PHRASING }, { "bdo", HT_PHRASING },
	{ "big", HT_PHRASING }, { "blockquote", HT_DIVBLOCK }, { "br", HT_PHRASING },
	{ "button", HT_CLEAN }, { "canvas", HT_DROP }, { "cite", HT_PHRASING }, { "code", HT_PHRASING },
	{ "data", HT_PHRASING }, { "del", HT_PHRASING }, { "dfn", HT_PHRASING }, { "dialog", HT_DROP },
	{ "div", HT_DIVBLOCK | HT_COND }, { "dl", HT_DIVBLOCK }, { "em", HT_PHRASING },
	{ "embed", HT_CLEAN | HT_EMBED }, { "fieldset", HT_COND }, { "font", HT_PHRASING },
	{ "footer", HT_DROP }, { "form", HT_COND }, { "h1", HT_HEADING }, { "h2", HT_HEADING | HT_SCORE },
	{ "h3", HT_HEADING | HT_SCORE }, { "h4", HT_HEADING | HT_SCORE }, { "h5", HT_HEADING | HT_SCORE },
	{ "h6", HT_HEADING | HT_SCORE }, { "head", HT_DROP }, { "i", HT_PHRASING },
	{ "iframe", HT_CLEAN | HT_EMBED }, { "img", HT_DIVBLOCK | HT_PHRASING }, { "input", HT_CLEAN | HT_PHRASING },
	{ "ins", HT_PHRASING }, { "kbd", HT_PHRASING }, { "label", HT_PHRASING }, { "link", HT_DROP },
	{ "map", HT_DROP }, { "mark", HT_PHRASING }, { "math", HT_PHRASING }, { "meta", HT_DROP },
	{ "nav", HT_DROP }, { "noscript", HT_DROP }, { "object", HT_CLEAN | HT_EMBED },
	{ "ol", HT_DIVBLOCK | HT_LIST }, { "option", HT_DROP }, { "p", HT_DIVBLOCK | HT_SCORE },
	{ "picture", HT_PHRASING }, { "pre", HT_DIVBLOCK | HT_SCORE }, { "q", HT_PHRASING },
	{ "s", HT_PHRASING }, { "samp", HT_PHRASING }, { "script", HT_DROP }, { "section", HT_SCORE },
	{ "select", HT_CLEAN }, { "small", HT_PHRASING }, { "source", HT_DROP }, { "span", HT_PHRASING },
	{ "strike", HT_PHRASING }, { "strong", HT_PHRASING }, { "style", HT_DROP }, { "sub", HT_PHRASING },
	{ "sup", HT_PHRASING }, { "svg", HT_DROP }, { "table", HT_DIVBLOCK | HT_COND },
	{ "td", HT_SCORE }, { "template", HT_DROP }, { "textarea", HT_CLEAN }, { "time", HT_PHRASING },
	{ "title", HT_DROP }, { "tt", HT_PHRASING }, { "u", HT_PHRASING }, { "ul", HT_DIVBLOCK | HT_COND | HT_LIST },
	{ "var", HT_PHRASING }, { "video", HT_DROP }, { "wbr", HT_PHRASING },
};

static int html_extract_tag_cmp(const void *key, const void *item)
{
	return strcmp(key, *(const char *const *)item);
}

static unsigned html_extract_tag(xmlNodePtr n)
{
	const void *t = bsearch(n->name, html_extract_tags, sizeof html_extract_tags / sizeof html_extract_tags[0],
				sizeof html_extract_tags[0], html_extract_tag_cmp);
	return t ? ((const struct html_extract_tagdef *)t)->tag : 0;
}

/* Whether a style attribute hides the element. */
static int html_extract_style_hidden(const char *style)
{
	static const char *const rules[][2] = { { "display", "none" }, { "visibility", "hidden" } };
	for (int r = 0; r < 2; r++) {
		size_t rn = strlen(rules[r][0]);
		for (const char *p = style; *p; p++) {
			if ((*p | 0x20) != rules[r][0][0] || strncasecmp(p, rules[r][0], rn) != 0)
				continue;
			const char *q = p + rn;
			while (*q == ' ' || *q == '\t')
				q++;
			if (*q != ':')
				continue;
			q++;
			while (*q == ' ' || *q == '\t')
				q++;
			if (strncasecmp(q, rules[r][1], strlen(rules[r][1])) == 0)
				return 1;
		}
	}
	return 0;
}

static int html_extract_hidden(xmlNodePtr n)
{
	const char *style = html_dom_attr(n, "style");
	if (style && html_extract_style_hidden(style))
		return 1;
	if (html_dom_attr(n, "hidden"))
		return 1;
	const char *aria = html_dom_attr(n, "aria-hidden");
	if (aria && strcasecmp(aria, "true") == 0) {
		/* Readability keeps images that pages hide from screen readers
		 * because they show a copy of them. */
		const char *cls = html_dom_attr(n, "class");
		return !(cls && strstr(cls, "fallback-image"));
	}
	return 0;
}

static int html_extract_role_out(xmlNodePtr n)
{
	const char *role = html_dom_attr(n, "role");
	if (!role)
		return 0;
	for (size_t k = 0; html_extract_roles[k]; k++)
		if (strcasecmp(role, html_extract_roles[k]) == 0)
			return 1;
	return 0;
}

/* Length and commas of a text node, runs of blanks counted as one. */
static void html_extract_count(const char *s, int *len, int *commas, int *ascii)
{
	int space = 1;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f') {
			if (!space)
				(*len)++;
			space = 1;
			continue;
		}
		space = 0;
		if ((*p & 0xC0) != 0x80)
			(*len)++;
		if (*p == ',') {
			(*commas)++;
			(*ascii)++;
		} else if (p[0] == 0xEF && (p[1] == 0xBC && p[2] == 0x8C)) {
			(*commas)++; /* fullwidth comma */
		} else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81) {
			(*commas)++; /* ideographic comma */
		} else if (p[0] == 0xD8 && p[1] == 0x8C) {
			(*commas)++; /* Arabic comma */
		}
	}
}

static int html_extract_weight(xmlNodePtr n)
{
	int w = 0;
	const char *cls = html_dom_attr(n, "class"), *id = html_dom_attr(n, "id");
	if ((!cls || !*cls) && (!id || !*id))
		return 0;
	if (html_dom_hint(n, html_extract_negative))
		w -= 25;
	if (html_dom_hint(n, html_extract_positive))
		w += 25;
	return w;
}

struct html_extract *html_extract_new(xmlDocPtr doc)
{
	struct html_extract *x = xcalloc(1, sizeof *x);
	x->doc = doc;
	x->body = -1;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	int cur = -1; /* index of the element whose children are being read */
	for (xmlNodePtr n = root; n;) {
		int descend = 0;
		/* Leaving elements: n's parent may be above cur. */
		while (cur >= 0 && x->v[cur].n != n->parent)
			cur = x->v[cur].parent;
		if (n->type == XML_ELEMENT_NODE) {
			unsigned tag = html_extract_tag(n);
			unsigned flags = 0;
			if ((tag & HT_DROP) || html_extract_hidden(n) || html_extract_role_out(n))
				flags |= HX_DROP;
			if (!(flags & HX_DROP) && html_dom_is(n, "header"))
				flags |= HX_UNLIKELY;
			if (!(flags & HX_DROP) && !html_dom_is(n, "body") && !html_dom_is(n, "a") &&
			    html_dom_hint(n, html_extract_unlikely) && !html_dom_hint(n, html_extract_maybe))
				flags |= HX_UNLIKELY;
			if (cur >= 0) {
				unsigned pf = x->v[cur].flags;
				flags |= pf & (HX_IN_FIGURE | HX_IN_CODE | HX_IN_TABLE);
				/* Readability keeps what is in tables and code. */
				if (pf & (HX_IN_CODE | HX_IN_TABLE))
					flags &= ~HX_UNLIKELY;
			}
			if (html_dom_is(n, "table"))
				flags |= HX_IN_TABLE;
			if (html_dom_is(n, "figure"))
				flags |= HX_IN_FIGURE;
			if (html_dom_is(n, "code") || html_dom_is(n, "pre"))
				flags |= HX_IN_CODE;
			if (!(flags & HX_DROP)) {
				x->v = xgrow(x->v, &x->cap, x->n + 1, sizeof *x->v);
				struct html_extract_node *e = &x->v[x->n];
				memset(e, 0, sizeof *e);
				e->n = n;
				e->parent = cur;
				e->flags = flags;
				e->tag = tag;
				e->weight = html_extract_weight(n);
				n->_private = (void *)(uintptr_t)(x->n + 1);
				if (html_dom_is(n, "body") && x->body < 0)
					x->body = (int)x->n;
				cur = (int)x->n++;
				descend = 1;
			}
		} else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content && cur >= 0) {
			struct html_extract_node *e = &x->v[cur];
			html_extract_count((const char *)n->content, &e->own_len, &e->own_commas, &e->own_ascii_commas);
		}
		n = html_dom_next(n, root, descend);
	}
	/* Where each subtree ends. */
	for (size_t i = 0; i < x->n; i++)
		x->v[i].end = (int)i + 1;
	for (size_t i = x->n; i-- > 0;)
		if (x->v[i].parent >= 0 && x->v[x->v[i].parent].end < x->v[i].end)
			x->v[x->v[i].parent].end = x->v[i].end;
	return x;
}

static struct html_extract_node *html_extract_node(const struct html_extract *x, xmlNodePtr n)
{
	uintptr_t k = (uintptr_t)n->_private;
	return k >= 1 && k <= x->n && x->v[k - 1].n == n ? &x->v[k - 1] : NULL;
}

void html_extract_drop(struct html_extract *x, xmlNodePtr n)
{
	struct html_extract_node *e = n ? html_extract_node(x, n) : NULL;
	if (e)
		e->flags |= HX_DROP;
}

int html_extract_dead(const struct html_extract *x, xmlNodePtr n)
{
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	const struct html_extract_node *e = html_extract_node(x, n);
	return !e || (e->flags & (HX_DEAD | HX_CLEANED));
}

/* Adds child c's statistics to its parent p. */
static void html_extract_add(struct html_extract_node *p, const struct html_extract_node *c, xmlNodePtr cn)
{
	p->len += c->len;
	p->commas += c->commas;
	p->ascii_commas += c->ascii_commas;
	if (html_dom_is(cn, "a")) {
		const char *href = html_dom_attr(cn, "href");
		p->link_len += href && href[0] == '#' ? c->len * 0.3 : c->len;
	} else {
		p->link_len += c->link_len;
	}
	if (c->tag & HT_PHRASING) {
		p->inline_len += c->len;
		p->inline_commas += c->commas;
	}
	p->n_p += c->n_p + html_dom_is(cn, "p");
	p->n_img += c->n_img + html_dom_is(cn, "img");
	p->n_li += c->n_li + html_dom_is(cn, "li");
	p->n_input += c->n_input + html_dom_is(cn, "input");
	p->n_embed += c->n_embed + ((c->tag & HT_EMBED) != 0);
	p->n_divblock += c->n_divblock + ((c->tag & HT_DIVBLOCK) != 0);
	p->n_table += c->n_table + html_dom_is(cn, "table");
	p->n_tr += c->n_tr + html_dom_is(cn, "tr");
	p->n_th += c->n_th + (html_dom_is(cn, "th") || html_dom_is(cn, "thead") || html_dom_is(cn, "tfoot") ||
			      html_dom_is(cn, "col") || html_dom_is(cn, "colgroup"));
	if (c->max_cells > p->max_cells)
		p->max_cells = c->max_cells;
	p->head_len += (c->tag & HT_HEADING) ? c->len : c->head_len;
	p->list_len += (c->tag & HT_LIST) ? c->len : c->list_len;
	p->n_children++;
}

static void html_extract_reset(struct html_extract_node *e)
{
	e->len = e->own_len;
	e->commas = e->own_commas;
	e->ascii_commas = e->own_ascii_commas;
	e->inline_len = e->own_len;
	e->inline_commas = e->own_commas;
	e->link_len = 0;
	e->n_p = e->n_img = e->n_li = e->n_input = e->n_embed = e->n_divblock = 0;
	e->n_table = e->n_tr = e->max_cells = e->n_children = e->n_th = 0;
	e->head_len = e->list_len = 0;
	e->first_child = -1;
}

/* Statistics of every live subtree in [from, to), children before parents;
 * with clean set, elements that fail the cleaning rules are marked and left
 * out of their parents' figures. */
static void html_extract_stats(struct html_extract *x, int from, int to, int clean, int weigh);

static double html_extract_density(const struct html_extract_node *e)
{
	return e->len > 0 ? e->link_len / e->len : 0;
}

/* Whether Readability's conditional cleaning takes out e. */
static int html_extract_clean_out(const struct html_extract_node *e, int weigh)
{
	if (e->flags & (HX_DATATABLE | HX_IN_DATATABLE | HX_IN_CODE))
		return 0;
	int weight = weigh ? e->weight : 0;
	if (weight < 0)
		return 1;
	if (e->ascii_commas >= 10)
		return 0;
	int is_list = (e->tag & HT_LIST) || (e->len > 0 && (double)e->list_len / e->len > 0.9);
	double p = e->n_p, img = e->n_img;
	int li = e->n_li - 100;
	double heading_density = e->len > 0 ? (double)e->head_len / e->len : 0;
	double ld = html_extract_density(e);
	int in_fig = (e->flags & HX_IN_FIGURE) != 0;
	return (img > 1 && p / img < 0.5 && !in_fig) || (!is_list && li > p) || (e->n_input > (int)(p / 3)) ||
	       (!is_list && heading_density < 0.9 && e->len < 25 && (img == 0 || img > 2) && !in_fig) ||
	       (!is_list && weight < 25 && ld > 0.2) || (weight >= 25 && ld > 0.5) ||
	       (e->n_embed == 1 && e->len < 75) || e->n_embed > 1;
}

static void html_extract_stats(struct html_extract *x, int from, int to, int clean, int weigh)
{
	for (int i = to - 1; i >= from; i--) {
		struct html_extract_node *e = &x->v[i];
		if (e->flags & HX_DEAD)
			continue;
		if (clean) {
			if ((e->tag & HT_CLEAN) || ((e->tag & HT_HEADING) && weigh && e->weight < 0 &&
						    (html_dom_is(e->n, "h1") || html_dom_is(e->n, "h2"))))
				e->flags |= HX_CLEANED;
			else if ((e->tag & HT_COND) && clean > 1 && html_extract_clean_out(e, weigh))
				e->flags |= HX_CLEANED;
			if (e->flags & HX_CLEANED)
				continue;
		}
		if (html_dom_is(e->n, "tr"))
			e->max_cells = e->n_children;
		if (i > from && e->parent >= from) {
			struct html_extract_node *p = &x->v[e->parent];
			html_extract_add(p, e, e->n);
			p->first_child = i; /* the last seen backwards is the first */
		}
	}
}

/* Readability's data-table test, on a table's statistics. */
static int html_extract_data_table(const struct html_extract_node *e)
{
	const char *role = html_dom_attr(e->n, "role"), *dt = html_dom_attr(e->n, "datatable");
	if (role && strcasecmp(role, "presentation") == 0)
		return 0;
	if (dt && strcmp(dt, "0") == 0)
		return 0;
	const char *summary = html_dom_attr(e->n, "summary");
	if (summary && *summary)
		return 1;
	for (xmlNodePtr c = e->n->children; c; c = c->next)
		if (html_dom_is(c, "caption") && c->children)
			return 1;
	if (e->n_th > 0)
		return 1;
	if (e->n_table > 0)
		return 0;
	int rows = e->n_tr, cols = e->max_cells;
	if (rows == 1 || cols == 1)
		return 0;
	if (rows >= 10 || cols > 4)
		return 1;
	return rows * cols > 10;
}

/* Adds a paragraph's score to its ancestors, starting at index a. */
static void html_extract_give(struct html_extract *x, int a, int len, int commas, int weigh)
{
	double score = 1 + (commas + 1) + (len / 100 < 3 ? len / 100 : 3);
	for (int level = 0; a >= 0 && level < 5; a = x->v[a].parent) {
		struct html_extract_node *e = &x->v[a];
		if (e->flags & HX_WRAPPER)
			continue; /* Readability replaces it by its paragraph */
		if (e->parent < 0)
			return; /* <html>: Readability stops below the document */
		if (!(e->flags & HX_CANDIDATE)) {
			e->flags |= HX_CANDIDATE;
			const char *t = (const char *)e->n->name;
			e->score = strcmp(t, "div") == 0 ? 5 :
				   strcmp(t, "pre") == 0 || strcmp(t, "td") == 0 || strcmp(t, "blockquote") == 0 ? 3 :
				   strcmp(t, "address") == 0 || strcmp(t, "ol") == 0 || strcmp(t, "ul") == 0 ||
				   strcmp(t, "dl") == 0 || strcmp(t, "dd") == 0 || strcmp(t, "dt") == 0 ||
				   strcmp(t, "li") == 0 || strcmp(t, "form") == 0 ? -3 :
				   (e->tag & HT_HEADING) || strcmp(t, "th") == 0 ? -5 : 0;
			if (weigh)
				e->score += e->weight;
		}
		e->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
		level++;
	}
}

static int html_extract_is_ancestor(const struct html_extract *x, int a, int d)
{
	return a <= d && d < x->v[a].end;
}

/* Whether a short paragraph-like sibling reads as a sentence. */
static int html_extract_sentence(xmlNodePtr n)
{
	char *t = html_dom_text(n, 400);
	char *dot = strrchr(t, '.');
	int ok = dot && (dot[1] == '\0' || dot[1] == ' ');
	if (!ok)
		ok = strstr(t, ". ") != NULL;
	free(t);
	return ok;
}

static void html_extract_root(struct html_extract *x, int i)
{
	x->roots = xgrow(x->roots, &x->cap_roots, x->nroots + 1, sizeof *x->roots);
	x->roots[x->nroots++] = x->v[i].n;
}

/* One try at the content with Readability's flags; returns its text
 * length and leaves the roots and marks in x. */
static int html_extract_try(struct html_extract *x, int strip, int weigh, int clean)
{
	x->nroots = 0;
	/* What is out on this try. */
	for (size_t i = 0; i < x->n; i++) {
		struct html_extract_node *e = &x->v[i];
		e->flags &= ~(HX_DEAD | HX_CLEANED | HX_CANDIDATE | HX_WRAPPER | HX_DATATABLE | HX_IN_DATATABLE);
		if ((e->flags & HX_DROP) || (strip && (e->flags & HX_UNLIKELY)) ||
		    (e->parent >= 0 && (x->v[e->parent].flags & HX_DEAD)))
			e->flags |= HX_DEAD;
		e->score = 0;
		html_extract_reset(e);
	}
	html_extract_stats(x, 0, (int)x->n, 0, weigh);
	/* Divs around a lone paragraph. */
	for (size_t i = 0; i < x->n; i++) {
		struct html_extract_node *e = &x->v[i];
		if (!(e->flags & HX_DEAD) && html_dom_is(e->n, "div") && e->n_children == 1 && e->own_len == 0 &&
		    e->first_child >= 0 && html_dom_is(x->v[e->first_child].n, "p") && html_extract_density(e) < 0.25)
			e->flags |= HX_WRAPPER;
	}
	/* Score the paragraphs. */
	for (size_t i = 0; i < x->n; i++) {
		struct html_extract_node *e = &x->v[i];
		if (e->flags & HX_DEAD)
			continue;
		int is_div = html_dom_is(e->n, "div");
		if ((e->tag & HT_SCORE) || (is_div && e->n_divblock == 0)) {
			if (e->len >= 25)
				html_extract_give(x, e->parent, e->len, e->commas, weigh);
		} else if (is_div && e->inline_len >= 25) {
			/* Its loose text, which Readability wraps in a paragraph. */
			html_extract_give(x, (int)i, e->inline_len, e->inline_commas, weigh);
		}
	}
	/* The best candidates, scaled by link density. */
	int top[5] = { -1, -1, -1, -1, -1 };
	for (size_t i = 0; i < x->n; i++) {
		struct html_extract_node *e = &x->v[i];
		if (!(e->flags & HX_CANDIDATE))
			continue;
		e->score *= 1 - html_extract_density(e);
		for (int t = 0; t < 5; t++) {
			if (top[t] < 0 || e->score > x->v[top[t]].score) {
				memmove(top + t + 1, top + t, (size_t)(4 - t) * sizeof top[0]);
				top[t] = (int)i;
				break;
			}
		}
	}
	int best = top[0];
	int body = x->body;
	if (best < 0 || best == body || x->v[best].parent < 0) {
		/* No candidate: the whole body is the article. */
		if (body < 0)
			return 0;
		best = body;
	} else {
		/* Several good candidates under one ancestor: the ancestor. */
		int alts[4], nalts = 0;
		for (int t = 1; t < 5; t++)
			if (top[t] >= 0 && x->v[top[t]].score / x->v[best].score >= 0.75)
				alts[nalts++] = top[t];
		if (nalts >= 3) {
			for (int a = x->v[best].parent; a >= 0 && a != body; a = x->v[a].parent) {
				int lists = 0;
				for (int k = 0; k < nalts; k++)
					lists += html_extract_is_ancestor(x, a, alts[k]) && a != alts[k];
				if (lists >= 3) {
					best = a;
					break;
				}
			}
		}
		/* A parent that scores better takes over. */
		double last = x->v[best].score, threshold = last / 3;
		for (int a = x->v[best].parent; a >= 0 && a != body; a = x->v[a].parent) {
			if (!(x->v[a].flags & HX_CANDIDATE))
				continue;
			double s = x->v[a].score;
			if (s < threshold)
				break;
			if (s > last) {
				best = a;
				break;
			}
			last = s;
		}
		/* An only child is its parent. */
		for (int a = x->v[best].parent; a >= 0 && a != body && x->v[a].n_children == 1; a = x->v[a].parent)
			best = a;
	}
	/* The candidate and the siblings that belong with it. */
	int parent = x->v[best].parent;
	if (best == body || parent < 0) {
		html_extract_root(x, best);
	} else {
		const struct html_extract_node *b = &x->v[best];
		double threshold = b->score * 0.2 > 10 ? b->score * 0.2 : 10;
		const char *bclass = html_dom_attr(b->n, "class");
		for (int s = x->v[parent].first_child; s >= 0 && s < x->v[parent].end; s = x->v[s].end) {
			struct html_extract_node *e = &x->v[s];
			if (e->parent != parent || (e->flags & HX_DEAD)) {
				continue;
			}
			int keep = s == best;
			if (!keep && (e->flags & HX_CANDIDATE)) {
				const char *c = html_dom_attr(e->n, "class");
				double bonus = bclass && *bclass && c && strcmp(c, bclass) == 0 ? b->score * 0.2 : 0;
				keep = e->score + bonus >= threshold;
			}
			if (!keep && (html_dom_is(e->n, "p") || (e->flags & HX_WRAPPER) ||
				      (html_dom_is(e->n, "div") && e->n_divblock == 0))) {
				double ld = html_extract_density(e);
				if (e->len > 80)
					keep = ld < 0.25;
				else if (e->len > 0 && ld == 0)
					keep = html_extract_sentence(e->n);
			}
			if (keep)
				html_extract_root(x, s);
		}
	}
	/* Clean what was kept. */
	int total = 0;
	for (size_t r = 0; r < x->nroots; r++) {
		int i = (int)((uintptr_t)x->roots[r]->_private - 1);
		int end = x->v[i].end;
		for (int k = i; k < end; k++) {
			struct html_extract_node *e = &x->v[k];
			if (e->flags & HX_DEAD)
				continue;
			if (k > i && (x->v[e->parent].flags & (HX_DATATABLE | HX_IN_DATATABLE)))
				e->flags |= HX_IN_DATATABLE;
			if (html_dom_is(e->n, "table") && html_extract_data_table(e))
				e->flags |= HX_DATATABLE;
			if (k > i && e->len < 500 && html_dom_hint(e->n, html_extract_share))
				e->flags |= HX_CLEANED;
		}
		/* Cleaned subtrees are out: mark their insides dead for the
		 * second pass of statistics. */
		for (int k = i + 1; k < end; k++)
			if (x->v[x->v[k].parent].flags & (HX_CLEANED | HX_DEAD))
				x->v[k].flags |= HX_DEAD;
		for (int k = i; k < end; k++)
			if (!(x->v[k].flags & HX_DEAD))
				html_extract_reset(&x->v[k]);
		html_extract_stats(x, i, end, clean ? 2 : 1, weigh);
		if (!(x->v[i].flags & (HX_CLEANED | HX_DEAD)))
			total += x->v[i].len;
	}
	/* Cleaned subtrees are dead for the emitter too. */
	for (size_t i = 0; i < x->n; i++) {
		struct html_extract_node *e = &x->v[i];
		if (e->parent >= 0 && (x->v[e->parent].flags & (HX_DEAD | HX_CLEANED)))
			e->flags |= HX_DEAD;
	}
	return total;
}

size_t html_extract_content(struct html_extract *x, xmlNodePtr **roots)
{
	/* Readability's tries: all rules, then without leaving out unlikely
	 * elements, without class weights, without conditional cleaning;
	 * the first with enough text wins, else the one with the most. */
	static const int tries[4][3] = { { 1, 1, 1 }, { 0, 1, 1 }, { 0, 0, 1 }, { 0, 0, 0 } };
	int lens[4], last = -1, best_len = -1;
	for (int t = 0; t < 4; t++) {
		lens[t] = html_extract_try(x, tries[t][0], tries[t][1], tries[t][2]);
		last = t;
		if (lens[t] >= 500)
			break;
		if (lens[t] > best_len)
			best_len = lens[t];
	}
	/* A short article: the strictest try that found nearly as much as
	 * the loosest, so that a cookie notice or a promo a looser try lets
	 * in does not decide. */
	int best = last;
	if (lens[last] < 500)
		for (int t = 0; t <= last; t++)
			if (lens[t] * 10 >= best_len * 8) {
				best = t;
				break;
			}
	if (best != last)
		html_extract_try(x, tries[best][0], tries[best][1], tries[best][2]);
	*roots = x->roots;
	return x->nroots;
}

void html_extract_free(struct html_extract *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->n; i++)
		x->v[i].n->_private = NULL;
	free(x->v);
	free(x->roots);
	free(x);
}
