/* feed: RSS and Atom feeds into articles. libxml2 parses the feed into a
 * tree (recovering from broken markup, loading nothing from the network
 * and expanding no entity on its own); this module walks the tree, picks
 * each item's fields under the names the three formats and their common
 * extensions (Dublin Core, content:encoded) give them, and writes one
 * article per item through the builder. Bodies in HTML go to the HTML
 * reader; plain-text bodies become paragraphs at blank lines.
 *
 * Entities: the tree keeps references to entities as nodes, and every
 * string here is collected by this module's own walk (never libxml2's
 * xmlNodeGetContent or xmlGetProp, which expand without limit), so that
 * what entities add is bounded; references to undeclared entities (HTML
 * names in old RSS 0.91 feeds) are resolved by name from HTML's table. */
#include "feed.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


#include "article.h"
#include "builder.h"
#include "charset.h"
#include "html.h"
#include "input.h"
#include "text.h"
#include "xmalloc.h"
#include "xmllib.h"

#define FEED_NS_ATOM "http://www.w3.org/2005/Atom"
#define FEED_NS_ATOM03 "http://purl.org/atom/ns#"
#define FEED_NS_RSS1 "http://purl.org/rss/1.0/"
#define FEED_NS_RSS090 "http://my.netscape.com/rdf/simple/0.9/"
#define FEED_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define FEED_NS_DC "http://purl.org/dc/elements/1.1/"
#define FEED_NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define FEED_NS_XML "http://www.w3.org/XML/1998/namespace"

/* Nested entities expanded at most this deep, and at most this many bytes
 * beyond the feed's own size in all: a feed's own entities are a rarity,
 * and an entity bomb must stay small. */
#define FEED_ENTITY_DEPTH 8
#define FEED_ENTITY_SLACK 65536

/* Authors and categories kept per item: enough for any real feed, and a
 * bound on the duplicate check, which compares each with those before. */
#define FEED_MAX_NAMES 32

enum feed_kind {
	FEED_RSS,	/* RSS 0.9x and 2.0: items inside the channel */
	FEED_RDF,	/* RSS 1.0 and 0.90: items beside the channel */
	FEED_ATOM	/* Atom 1.0 and 0.3: entries in the feed */
};

/* How a body's or title's text is to be read. */
enum feed_type {
	FEED_TEXT,	/* plain text */
	FEED_HTML,	/* HTML, escaped once in the XML (or in CDATA) */
	FEED_XHTML,	/* XHTML elements inside the XML */
	FEED_AUTO,	/* RSS: HTML when it looks like HTML, else text */
	FEED_SKIP	/* not text (base64, a link to the content) */
};

/* One feed_read. */
struct feed {
	const char *path;
	xmlDoc *doc;
	xmlDoc *holder;		/* undeclared entities the parser asked for */
	enum feed_kind kind;
	const xmlChar *root_ns;	/* the root element's namespace, or NULL */
	size_t budget;		/* bytes entities may still add */
	int depth;		/* entities being expanded */
	char *doc_url;		/* where the feed came from, when a URL */
	char *link;		/* the feed's own link, absolute, or NULL */
	char *source;		/* the feed's title, or NULL */
	char *lang;		/* the feed's language, or NULL */
	char *warning;		/* what the parser recovered from, or NULL */
	xmlNode *head;		/* the channel, or the Atom feed element */
	struct article **items;
	size_t nitems, cap_items;
};

static void feed_puts(struct xbuf *b, const char *s)
{
	xbuf_put(b, s, strlen(s));
}

/* The buffer's string (never NULL); the buffer lets go of it. */
static char *feed_take(struct xbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	b->s = NULL;
	b->n = b->cap = 0;
	return s;
}

/* Whether s[0..n) has only whitespace. */
static int feed_blank_n(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Whether s is NULL or has only whitespace. */
static int feed_blank(const char *s)
{
	return !s || feed_blank_n(s, strlen(s));
}

/* Whether s contains word, ignoring case (strcasestr is GNU's). */
static int feed_contains(const char *s, const char *word)
{
	size_t n = strlen(word);
	for (; *s; s++)
		if (strncasecmp(s, word, n) == 0)
			return 1;
	return 0;
}

/* --- Parsing --------------------------------------------------------- */

/* libxml2's entity lookup, then, for a name the feed never declared, a
 * stand-in so that the parser keeps a reference node (which feed_collect
 * resolves by name) instead of failing; libxml2 2.9 in recovery mode drops
 * the text after such a failure ("&amp;" loses its "&"). */
static xmlEntityPtr feed_get_entity(void *ctx, const xmlChar *name)
{
	xmlEntityPtr e = xmlSAX2GetEntity(ctx, name);
	if (e)
		return e;
	xmlParserCtxtPtr ctxt = ctx;
	struct feed *f = ctxt->_private;
	if (!f || !name)
		return NULL;
	if (!f->holder) {
		f->holder = xmlNewDoc(BAD_CAST "1.0");
		if (!f->holder || !xmlCreateIntSubset(f->holder, BAD_CAST "feed", NULL, NULL))
			return NULL;
	}
	e = xmlGetDocEntity(f->holder, name);
	if (!e)
		e = xmlAddDocEntity(f->holder, name, XML_INTERNAL_GENERAL_ENTITY, NULL, NULL, BAD_CAST "");
	return e;
}

/* Whether the bytes say what they are: a byte-order mark, or an XML
 * declaration with an encoding. */
static int feed_declared(const char *data, size_t len)
{
	if (len >= 2 && ((unsigned char)data[0] == 0xFE || (unsigned char)data[0] == 0xFF || data[0] == 0 || data[1] == 0))
		return 1; /* UTF-16 or UTF-32, marked or not */
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		return 1;
	if (len < 5 || memcmp(data, "<?xml", 5) != 0)
		return 0;
	for (size_t i = 5; i + 8 <= len && i < 256; i++) {
		if (data[i] == '>')
			return 0;
		if (memcmp(data + i, "encoding", 8) == 0)
			return 1;
	}
	return 0;
}

/* The encoding to give the parser: the one HTTP declared (unless it says
 * UTF-8 of bytes that are not, and the XML declaration names another);
 * for bytes that declare none and are not UTF-8, Windows-1252 when they
 * read as it (libxml2 would otherwise keep the bytes as they are); else
 * none, so that the XML declaration or UTF-8 decides. */
static const char *feed_encoding(const char *data, size_t len, const char *charset)
{
	if (charset && *charset) {
		int utf8 = strcasecmp(charset, "utf-8") == 0 || strcasecmp(charset, "utf8") == 0;
		if (utf8 && feed_declared(data, len) && !(text_utf8_kind(data, len) != 0))
			return NULL;
		return charset;
	}
	if (feed_declared(data, len) || (text_utf8_kind(data, len) != 0))
		return NULL;
	return charset_looks_cp1252(data, len) ? "windows-1252" : NULL;
}

static xmlDoc *feed_parse(struct feed *f, const char *data, size_t len, const char *charset)
{
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return NULL;
	ctxt->sax->getEntity = feed_get_entity;
	ctxt->_private = f;
	/* No XML_PARSE_NOENT (entities stay references: see feed_collect),
	 * no DTD loading, no network. */
	int options = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
		      XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
	xmlDoc *doc = xmlCtxtReadMemory(ctxt, data, (int)len, f->doc_url, feed_encoding(data, len, charset), options);
	/* What the parser recovered from, for a warning naming the line. */
	if (doc && !ctxt->wellFormed && ctxt->lastError.message) {
		char *msg = text_clean(ctxt->lastError.message, strlen(ctxt->lastError.message));
		f->warning = xasprintf("%s:%d: bad XML, read as far as it goes (%s)", f->path, ctxt->lastError.line, msg);
		free(msg);
	}
	xmlFreeParserCtxt(ctxt);
	return doc;
}

/* --- Reading the tree ------------------------------------------------ */

/* Whether an element is in the feed's own vocabulary: no namespace, the
 * root's, or RSS 1.0's or Atom's (Atom elements turn up in RSS feeds). */
static int feed_core(const struct feed *f, const xmlNode *n)
{
	if (!n->ns || !n->ns->href)
		return 1;
	const xmlChar *h = n->ns->href;
	return (f->root_ns && xmlStrEqual(h, f->root_ns)) || xmlStrEqual(h, BAD_CAST FEED_NS_ATOM) ||
	       xmlStrEqual(h, BAD_CAST FEED_NS_ATOM03) || xmlStrEqual(h, BAD_CAST FEED_NS_RSS1) ||
	       xmlStrEqual(h, BAD_CAST FEED_NS_RSS090);
}

/* Whether n is the element name in namespace ns (NULL: the feed's own). */
static int feed_is(const struct feed *f, const xmlNode *n, const char *name, const char *ns)
{
	if (!n || n->type != XML_ELEMENT_NODE || !n->name || !xmlStrEqual(n->name, BAD_CAST name))
		return 0;
	if (!ns)
		return feed_core(f, n);
	return n->ns && n->ns->href && xmlStrEqual(n->ns->href, BAD_CAST ns);
}

/* The first child of parent that feed_is name in ns, or NULL. */
static xmlNode *feed_child(const struct feed *f, const xmlNode *parent, const char *name, const char *ns)
{
	for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
		if (feed_is(f, c, name, ns))
			return c;
	return NULL;
}

static void feed_collect(struct feed *f, const xmlNode *n, struct xbuf *b);

/* Appends text that an entity gave, within the budget. */
static void feed_put_entity(struct feed *f, struct xbuf *b, const char *s, size_t n)
{
	if (n > f->budget) {
		f->budget = 0;
		return;
	}
	f->budget -= n;
	xbuf_put(b, s, n);
}

/* What an entity reference stands for: the feed's own entity, expanded
 * within bounds; else an HTML entity by name; else the reference as it was
 * written, for the HTML reader or the reader to see. */
static void feed_reference(struct feed *f, const xmlNode *ref, struct xbuf *b)
{
	const xmlEntity *e = (const xmlEntity *)ref->children;
	if (e && e->type == XML_ENTITY_DECL && e->doc != f->holder) {
		/* An external entity is not read; an internal one is. */
		if (e->etype != XML_INTERNAL_GENERAL_ENTITY || f->depth >= FEED_ENTITY_DEPTH || f->budget == 0)
			return;
		f->depth++;
		if (e->children) {
			for (const xmlNode *c = e->children; c; c = c->next)
				feed_collect(f, c, b);
		} else if (e->content && !strchr((const char *)e->content, '&') &&
			   !strchr((const char *)e->content, '<')) {
			feed_put_entity(f, b, (const char *)e->content, strlen((const char *)e->content));
		}
		f->depth--;
		return;
	}
	if (!ref->name)
		return;
	const htmlEntityDesc *h = htmlEntityLookup(ref->name);
	if (h) {
		char u[4];
		xbuf_put(b, u, text_encode(h->value, u));
		return;
	}
	feed_puts(b, "&");
	feed_puts(b, (const char *)ref->name);
	feed_puts(b, ";");
}

/* Appends the text of n and all below it (markup dropped). */
static void feed_collect(struct feed *f, const xmlNode *n, struct xbuf *b)
{
	switch (n->type) {
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
		if (n->content) {
			size_t len = strlen((const char *)n->content);
			if (f->depth > 0)
				feed_put_entity(f, b, (const char *)n->content, len);
			else
				xbuf_put(b, (const char *)n->content, len);
		}
		break;
	case XML_ENTITY_REF_NODE:
		feed_reference(f, n, b);
		break;
	case XML_ELEMENT_NODE:
		/* An item inside a title is a broken feed's, not the title's
		 * text: see feed_find. */
		if (n->name && (xmlStrEqual(n->name, BAD_CAST "item") || xmlStrEqual(n->name, BAD_CAST "entry")))
			break;
		for (const xmlNode *c = n->children; c; c = c->next)
			feed_collect(f, c, b);
		break;
	default:
		break; /* comments, processing instructions */
	}
}

/* The text of element n (a new string), or NULL for no element. */
static char *feed_text(struct feed *f, const xmlNode *n)
{
	if (!n)
		return NULL;
	struct xbuf b = { 0 };
	feed_collect(f, n, &b);
	return feed_take(&b);
}

/* The value of n's attribute name (in namespace ns, or in none), a new
 * string, or NULL when it has none. */
static char *feed_attr(struct feed *f, const xmlNode *n, const char *name, const char *ns)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (!a->name || !xmlStrEqual(a->name, BAD_CAST name))
			continue;
		if (ns ? !(a->ns && a->ns->href && xmlStrEqual(a->ns->href, BAD_CAST ns)) : a->ns != NULL)
			continue;
		struct xbuf b = { 0 };
		for (const xmlNode *c = a->children; c; c = c->next)
			feed_collect(f, c, &b);
		return feed_take(&b);
	}
	return NULL;
}

/* The text of element n with surrounding blanks gone, or NULL when it is
 * missing or blank. */
static char *feed_value(struct feed *f, const xmlNode *n)
{
	char *s = feed_text(f, n);
	if (!s || feed_blank(s)) {
		free(s);
		return NULL;
	}
	char *t = text_clean(s, strlen(s));
	free(s);
	return t;
}

/* Whether element n has element children: HTML put in the XML as it is. */
static int feed_has_elements(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return 1;
	return 0;
}

/* The markup inside element n as a string: elements serialized as they
 * are, text as it reads (HTML escaped once in the XML is HTML again), or
 * with xhtml everything serialized (text escaped as XML has it). */
static char *feed_markup(struct feed *f, const xmlNode *n, int xhtml)
{
	struct xbuf b = { 0 };
	for (xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE || (xhtml && c->type == XML_TEXT_NODE)) {
			xmlBuffer *x = xmlBufferCreate();
			if (!x)
				continue;
			/* A reference serializes as "&name;", unexpanded. */
			if (xmlNodeDump(x, f->doc, c, 0, 0) > 0)
				xbuf_put(&b, (const char *)xmlBufferContent(x), (size_t)xmlBufferLength(x));
			xmlBufferFree(x);
		} else {
			feed_collect(f, c, &b);
		}
	}
	return feed_take(&b);
}

/* --- HTML in strings ------------------------------------------------- */

/* Whether s has a tag: "<" then a letter, "/" or "!". */
static int feed_has_tag(const char *s)
{
	for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<'))
		if (isalpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!')
			return 1;
	return 0;
}

/* Whether s has a character reference: "&name;", "&#233;" or "&#xE9;". */
static int feed_has_entity(const char *s)
{
	for (const char *p = strchr(s, '&'); p; p = strchr(p + 1, '&')) {
		const char *q = p + 1;
		if (*q == '#') {
			q++;
			if (*q == 'x' || *q == 'X')
				q++;
			if (!isxdigit((unsigned char)*q))
				continue;
		} else if (!isalpha((unsigned char)*q)) {
			continue;
		}
		while (isalnum((unsigned char)*q) && q - p < 40)
			q++;
		if (*q == ';')
			return 1;
	}
	return 0;
}

/* Whether s is HTML escaped twice: no tag, but an escaped one
 * ("&lt;p&gt;", "&lt;/a&gt;"). */
static int feed_escaped_twice(const char *s)
{
	if (feed_has_tag(s))
		return 0;
	for (const char *p = strstr(s, "&lt;"); p; p = strstr(p + 4, "&lt;"))
		if (isalpha((unsigned char)p[4]) || p[4] == '/' || p[4] == '!')
			return 1;
	return 0;
}

/* s with XML's five escapes undone once (others are left for the HTML
 * reader, which knows them all); a new string. */
static char *feed_unescape(const char *s)
{
	static const struct {
		const char *from;
		char to;
	} esc[] = { { "&lt;", '<' },   { "&gt;", '>' },	  { "&amp;", '&' },   { "&quot;", '"' },
		    { "&apos;", '\'' }, { "&#39;", '\'' }, { "&#039;", '\'' }, { "&#34;", '"' } };
	struct xbuf b = { 0 };
	const char *p = s;
	while (*p) {
		const char *amp = strchr(p, '&');
		if (!amp) {
			feed_puts(&b, p);
			break;
		}
		xbuf_put(&b, p, (size_t)(amp - p));
		size_t k;
		for (k = 0; k < sizeof esc / sizeof esc[0]; k++)
			if (strncmp(amp, esc[k].from, strlen(esc[k].from)) == 0)
				break;
		if (k < sizeof esc / sizeof esc[0]) {
			xbuf_put(&b, &esc[k].to, 1);
			p = amp + strlen(esc[k].from);
		} else {
			xbuf_put(&b, "&", 1);
			p = amp + 1;
		}
	}
	return feed_take(&b);
}

/* Whether an HTML element breaks the text, so that its neighbours must
 * not run together. */
static int feed_html_block(const xmlChar *name)
{
	static const char *const blocks[] = { "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
					      "h6", "tr", "td", "th", "blockquote", "hr", "dd", "dt", "table" };
	for (size_t k = 0; k < sizeof blocks / sizeof blocks[0]; k++)
		if (xmlStrcasecmp(name, BAD_CAST blocks[k]) == 0)
			return 1;
	return 0;
}

static void feed_html_walk(const xmlNode *n, struct xbuf *b)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				feed_puts(b, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE && n->name) {
			if (xmlStrcasecmp(n->name, BAD_CAST "script") == 0 ||
			    xmlStrcasecmp(n->name, BAD_CAST "style") == 0)
				continue;
			int block = feed_html_block(n->name);
			if (block)
				feed_puts(b, " ");
			feed_html_walk(n->children, b);
			if (block)
				feed_puts(b, " ");
		}
	}
}

/* The text of an HTML string (a title, a name), markup dropped and
 * entities decoded by libxml2's HTML parser; a new string. */
static char *feed_html_text(const char *s)
{
	size_t n = strlen(s);
	if (n > INT_MAX)
		n = INT_MAX;
	htmlDocPtr doc = htmlReadMemory(s, (int)n, NULL, "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
						HTML_PARSE_NONET | HTML_PARSE_COMPACT);
	if (!doc)
		return xstrdup(s);
	struct xbuf b = { 0 };
	feed_html_walk(doc->children, &b);
	xmlFreeDoc(doc);
	return feed_take(&b);
}

/* The type an Atom text construct (title, content, summary) declares. */
static enum feed_type feed_atom_type(struct feed *f, const xmlNode *n)
{
	char *t = feed_attr(f, n, "type", NULL);
	enum feed_type type = FEED_TEXT;
	char *src = feed_attr(f, n, "src", NULL);
	char *mode = feed_attr(f, n, "mode", NULL); /* Atom 0.3 */
	if (src || (mode && strcasecmp(mode, "base64") == 0))
		type = FEED_SKIP;
	else if (mode && strcasecmp(mode, "escaped") == 0)
		type = FEED_HTML;
	else if (!t || strcasecmp(t, "text") == 0 || strcasecmp(t, "text/plain") == 0)
		type = feed_has_elements(n) ? FEED_XHTML : FEED_TEXT;
	else if (strcasecmp(t, "html") == 0 || strcasecmp(t, "text/html") == 0)
		type = FEED_HTML;
	else if (strcasecmp(t, "xhtml") == 0 || feed_contains(t, "xml"))
		type = FEED_XHTML;
	else if (strncasecmp(t, "text/", 5) == 0)
		type = FEED_TEXT;
	else
		type = FEED_SKIP;
	free(t);
	free(src);
	free(mode);
	return type;
}

/* The type of a title or body element: Atom's as declared, RSS's guessed
 * (RSS says nothing, and feeds put HTML everywhere). */
static enum feed_type feed_type_of(struct feed *f, const xmlNode *n)
{
	if (n->ns && n->ns->href &&
	    (xmlStrEqual(n->ns->href, BAD_CAST FEED_NS_ATOM) || xmlStrEqual(n->ns->href, BAD_CAST FEED_NS_ATOM03)))
		return feed_atom_type(f, n);
	if (f->kind == FEED_ATOM && !n->ns)
		return feed_atom_type(f, n); /* Atom without its namespace */
	return FEED_AUTO;
}

/* A one-line text (a title, a name) from element n, markup and entities
 * read as its type says; NULL when missing or blank. */
static char *feed_line(struct feed *f, const xmlNode *n)
{
	if (!n)
		return NULL;
	enum feed_type type = feed_type_of(f, n);
	/* XHTML's text is the elements' text, as collected. */
	char *s = feed_text(f, n);
	if (type == FEED_HTML || (type == FEED_AUTO && (feed_has_tag(s) || feed_has_entity(s)))) {
		if (feed_escaped_twice(s)) {
			char *u = feed_unescape(s);
			free(s);
			s = u;
		}
		char *t = feed_html_text(s);
		free(s);
		s = t;
	}
	if (feed_blank(s)) {
		free(s);
		return NULL;
	}
	char *clean = text_clean(s, strlen(s));
	free(s);
	return clean;
}

/* --- Links ----------------------------------------------------------- */

/* Whether s starts with a URI scheme ("http:", "tag:"). */
static int feed_absolute(const char *s)
{
	if (!s || !isalpha((unsigned char)*s))
		return 0;
	while (isalnum((unsigned char)*s) || *s == '+' || *s == '-' || *s == '.')
		s++;
	return *s == ':';
}

/* The base URI in force at n: the xml:base attributes from the root down,
 * each resolved against the one above, starting from start; NULL when
 * there is neither. */
static char *feed_base(struct feed *f, const xmlNode *n, const char *start)
{
	char *bases[64];
	size_t nb = 0;
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		char *v = feed_attr(f, n, "base", FEED_NS_XML);
		if (!v)
			continue;
		if (nb == sizeof bases / sizeof bases[0]) {
			free(v);
			break;
		}
		bases[nb++] = v;
	}
	char *base = start ? xstrdup(start) : NULL;
	while (nb > 0) {
		char *v = bases[--nb];
		xmlChar *r = base ? xmlBuildURI(BAD_CAST v, BAD_CAST base) : NULL;
		free(base);
		if (r) {
			base = xstrdup((const char *)r);
			xmlFree(r);
			free(v);
		} else {
			base = v;
		}
	}
	return base;
}

/* link resolved against the xml:base in force at n, itself resolved
 * against the first absolute one of: fallback (the item's link, for links
 * in its body), the feed's URL, the feed's own link. A new string. */
static char *feed_resolve(struct feed *f, const xmlNode *n, const char *link, const char *fallback)
{
	char *clean = text_clean(link, strlen(link));
	if (feed_absolute(clean))
		return clean;
	const char *start = feed_absolute(fallback) ? fallback : f->doc_url ? f->doc_url : f->link;
	char *base = feed_base(f, n, start);
	if (base) {
		xmlChar *r = xmlBuildURI(BAD_CAST clean, BAD_CAST base);
		if (r) {
			free(clean);
			clean = xstrdup((const char *)r);
			xmlFree(r);
		}
	}
	free(base);
	return clean;
}

/* The link of an item or of the feed (not resolved): RSS's <link> text,
 * else Atom's <link rel="alternate" href> (an HTML one first), else the
 * first link with an href. */
static char *feed_link(struct feed *f, const xmlNode *parent, const xmlNode **where)
{
	char *alternate = NULL, *any = NULL;
	const xmlNode *alt_node = NULL, *any_node = NULL;
	for (const xmlNode *c = parent->children; c; c = c->next) {
		if (!feed_is(f, c, "link", NULL))
			continue;
		char *href = feed_attr(f, c, "href", NULL);
		if (!href || feed_blank(href)) {
			free(href);
			char *text = feed_value(f, c);
			if (text && !alternate) {
				*where = c;
				free(any);
				return text;
			}
			free(text);
			continue;
		}
		char *rel = feed_attr(f, c, "rel", NULL);
		char *type = feed_attr(f, c, "type", NULL);
		int alt = !rel || feed_blank(rel) || strcasecmp(rel, "alternate") == 0;
		int html = !type || feed_contains(type, "html");
		free(rel);
		free(type);
		if (alt && html) {
			*where = c;
			free(alternate);
			free(any);
			return href;
		}
		if (alt && !alternate) {
			alternate = href;
			alt_node = c;
		} else if (!any) {
			any = href;
			any_node = c;
		} else {
			free(href);
		}
	}
	if (alternate) {
		*where = alt_node;
		free(any);
		return alternate;
	}
	*where = any_node;
	return any;
}

/* An item's link, resolved: its link, else its guid when that is a
 * permalink, else (RSS 1.0) its rdf:about. */
static char *feed_item_link(struct feed *f, const xmlNode *item)
{
	const xmlNode *where = item;
	char *link = feed_link(f, item, &where);
	if (!link) {
		const xmlNode *g = feed_child(f, item, "guid", NULL);
		if (!g)
			g = feed_child(f, item, "id", NULL); /* Atom's id, when it is a URL */
		char *perma = feed_attr(f, g, "isPermaLink", NULL);
		char *v = feed_value(f, g);
		if (v && (perma ? strcasecmp(perma, "true") == 0 : strncasecmp(v, "http", 4) == 0)) {
			link = v;
			where = g;
		} else {
			free(v);
		}
		free(perma);
	}
	if (!link) {
		char *about = feed_attr(f, item, "about", FEED_NS_RDF);
		if (about && !feed_blank(about))
			link = about;
		else
			free(about);
	}
	if (!link)
		return NULL;
	char *r = feed_resolve(f, where, link, NULL);
	free(link);
	return r;
}

/* --- Items ----------------------------------------------------------- */

/* A list of names (authors, categories) without repeats. */
struct feed_names {
	char *v[FEED_MAX_NAMES];
	size_t n;
};

static void feed_name_add(struct feed_names *l, char *s)
{
	if (!s || feed_blank(s) || l->n == FEED_MAX_NAMES) {
		free(s);
		return;
	}
	for (size_t k = 0; k < l->n; k++) {
		if (strcasecmp(l->v[k], s) == 0) {
			free(s);
			return;
		}
	}
	l->v[l->n++] = s;
}

/* The names joined by ", ", a new string, or NULL for none; the list is
 * emptied. */
static char *feed_names_join(struct feed_names *l)
{
	if (l->n == 0)
		return NULL;
	struct xbuf b = { 0 };
	for (size_t k = 0; k < l->n; k++) {
		if (k)
			feed_puts(&b, ", ");
		feed_puts(&b, l->v[k]);
		free(l->v[k]);
	}
	l->n = 0;
	return feed_take(&b);
}

/* An author element's name: Atom's <name>, else its text; RSS's
 * "editor@example.com (Jane Doe)" gives the name in parentheses. */
static char *feed_author_name(struct feed *f, const xmlNode *n)
{
	const xmlNode *name = feed_child(f, n, "name", NULL);
	char *s = feed_line(f, name ? name : n);
	if (!s)
		return NULL;
	char *open = strchr(s, '(');
	char *close = open ? strrchr(open, ')') : NULL;
	if (open && close && close > open + 1 && memchr(s, '@', (size_t)(open - s))) {
		char *t = xstrndup(open + 1, (size_t)(close - open - 1));
		free(s);
		s = text_clean(t, strlen(t));
		free(t);
	}
	return s;
}

/* The authors of the element parent: author (RSS or Atom) and dc:creator. */
static void feed_authors(struct feed *f, const xmlNode *parent, struct feed_names *l)
{
	for (const xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
		if (feed_is(f, c, "author", NULL) || feed_is(f, c, "creator", FEED_NS_DC))
			feed_name_add(l, feed_author_name(f, c));
}

/* The categories: RSS's text, Atom's label or term, dc:subject. */
static void feed_tags(struct feed *f, const xmlNode *item, struct feed_names *l)
{
	for (const xmlNode *c = item->children; c; c = c->next) {
		if (feed_is(f, c, "category", NULL)) {
			char *s = feed_attr(f, c, "label", NULL);
			if (!s || feed_blank(s)) {
				free(s);
				s = feed_attr(f, c, "term", NULL);
			}
			if (!s || feed_blank(s)) {
				free(s);
				s = feed_line(f, c);
			}
			if (s) {
				char *t = text_clean(s, strlen(s));
				free(s);
				s = t;
			}
			feed_name_add(l, s);
		} else if (feed_is(f, c, "subject", FEED_NS_DC)) {
			feed_name_add(l, feed_line(f, c));
		}
	}
}

/* The item's date as written: pubDate, dc:date, Atom's published, else
 * updated (and Atom 0.3's issued and modified). */
static char *feed_date(struct feed *f, const xmlNode *item)
{
	static const struct {
		const char *name, *ns;
	} names[] = { { "pubDate", NULL }, { "date", FEED_NS_DC }, { "published", NULL },
		      { "issued", NULL },  { "updated", NULL },	   { "modified", NULL } };
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
		char *v = feed_value(f, feed_child(f, item, names[k].name, names[k].ns));
		if (v)
			return v;
	}
	return NULL;
}

/* The language in force at n: the nearest xml:lang, else the feed's. */
static char *feed_lang(struct feed *f, const xmlNode *n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		char *v = feed_attr(f, n, "lang", FEED_NS_XML);
		if (v && !feed_blank(v)) {
			char *t = text_clean(v, strlen(v));
			free(v);
			return t;
		}
		free(v);
	}
	return f->lang ? xstrdup(f->lang) : NULL;
}

/* Writes plain text as paragraphs, one at each blank line. */
static void feed_plain(struct builder *b, const char *s)
{
	const char *p = s;
	while (*p) {
		/* The paragraph runs to a line with nothing but blanks. */
		const char *end = p;
		for (;;) {
			const char *nl = strchr(end, '\n');
			if (!nl) {
				end += strlen(end);
				break;
			}
			const char *q = nl + 1;
			while (*q == ' ' || *q == '\t' || *q == '\r')
				q++;
			if (*q == '\n' || *q == '\0') {
				end = nl;
				break;
			}
			end = q;
		}
		if (!feed_blank_n(p, (size_t)(end - p))) {
			builder_begin(b, 0);
			builder_text(b, p, (size_t)(end - p));
			builder_end(b);
		}
		p = end;
		while (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t')
			p++;
	}
}

/* Writes the body: element n read as its type says. Returns 0 when it
 * gave nothing to write (the next candidate is tried). */
static int feed_body(struct feed *f, struct builder *b, const xmlNode *n)
{
	if (!n)
		return 0;
	enum feed_type type = feed_type_of(f, n);
	if (type == FEED_SKIP)
		return 0;
	if (type == FEED_AUTO && feed_has_elements(n))
		type = FEED_HTML; /* HTML written into the XML unescaped */
	char *s = feed_markup(f, n, type == FEED_XHTML);
	if (feed_blank(s)) {
		free(s);
		return 0;
	}
	if (type == FEED_AUTO)
		type = feed_has_tag(s) || feed_has_entity(s) ? FEED_HTML : FEED_TEXT;
	if (type == FEED_HTML && feed_escaped_twice(s)) {
		char *u = feed_unescape(s);
		free(s);
		s = u;
	}
	if (type != FEED_TEXT) {
		/* Markup without text (an image, a video) leaves the body to
		 * the next candidate: the description has the words then. */
		char *t = feed_html_text(s);
		int blank = feed_blank(t);
		free(t);
		if (blank) {
			free(s);
			return 0;
		}
	}
	builder_end(b);
	if (type == FEED_TEXT)
		feed_plain(b, s);
	else
		html_fragment(b, s, strlen(s));
	builder_end(b);
	free(s);
	return 1;
}

/* One item (RSS item, Atom entry) into an article; NULL when it has no
 * title, no link and no body. */
static struct article *feed_item(struct feed *f, const xmlNode *item)
{
	struct builder *b = builder_new(f->path);
	char *title = feed_line(f, feed_child(f, item, "title", NULL));
	char *date = feed_date(f, item);
	struct feed_names names = { 0 };
	feed_authors(f, item, &names);
	if (names.n == 0 && f->kind == FEED_ATOM) {
		/* An entry without authors has its source's or the feed's. */
		feed_authors(f, feed_child(f, item, "source", NULL), &names);
		if (names.n == 0)
			feed_authors(f, f->head, &names);
	}
	char *author = feed_names_join(&names);
	char *url = feed_item_link(f, item);
	char *lang = feed_lang(f, item);
	feed_tags(f, item, &names);
	char *tags = feed_names_join(&names);
	const struct {
		const char *key;
		const char *value;
	} fields[] = { { "title", title }, { "date", date }, { "author", author }, { "source", f->source },
		       { "url", url },	   { "lang", lang }, { "tags", tags } };
	for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++)
		if (fields[k].value)
			builder_field(b, fields[k].key, fields[k].value, strlen(fields[k].value));
	/* The fullest body first: content:encoded, Atom's content, then the
	 * description or summary. */
	static const struct {
		const char *name, *ns;
	} bodies[] = { { "encoded", FEED_NS_CONTENT }, { "content", NULL }, { "description", NULL }, { "summary", NULL } };
	const xmlNode *body = NULL;
	for (size_t k = 0; k < sizeof bodies / sizeof bodies[0] && !body; k++) {
		const xmlNode *n = feed_child(f, item, bodies[k].name, bodies[k].ns);
		if (feed_body(f, b, n))
			body = n;
	}
	int empty = !title && !url && !body;
	struct article *a = builder_finish(b);
	/* Links in the body are relative to the content's xml:base, else to
	 * the item's page. */
	for (size_t k = 0; k < a->nlinks && body; k++) {
		if (feed_absolute(a->links[k].url))
			continue;
		char *r = feed_resolve(f, body, a->links[k].url, url);
		free(a->links[k].url);
		a->links[k].url = r;
	}
	free(title);
	free(date);
	free(author);
	free(url);
	free(lang);
	free(tags);
	if (empty) {
		article_free(a);
		return NULL;
	}
	a->format = ARTICLE_FEED;
	return a;
}

static void feed_add(struct feed *f, const xmlNode *item)
{
	struct article *a = feed_item(f, item);
	if (!a)
		return;
	f->items = xgrow(f->items, &f->cap_items, f->nitems + 1, sizeof *f->items);
	a->item = f->nitems + 1;
	f->items[f->nitems++] = a;
}

/* The feed's own title, link and language, from the channel or the Atom
 * feed element. */
static void feed_head(struct feed *f, const xmlNode *head)
{
	f->head = (xmlNode *)head;
	if (!head)
		return;
	f->source = feed_line(f, feed_child(f, head, "title", NULL));
	const xmlNode *where = head;
	char *link = feed_link(f, head, &where);
	if (link) {
		char *r = feed_resolve(f, where, link, NULL);
		free(link);
		if (feed_absolute(r))
			f->link = r;
		else
			free(r);
	}
	f->lang = feed_value(f, feed_child(f, head, "language", NULL));
	if (!f->lang)
		f->lang = feed_value(f, feed_child(f, head, "language", FEED_NS_DC));
	if (!f->lang) {
		char *v = feed_attr(f, head, "lang", FEED_NS_XML);
		if (v && !feed_blank(v))
			f->lang = text_clean(v, strlen(v));
		free(v);
	}
}

/* Adds the items below n in document order. They are looked for at any
 * depth, items within items included: a feed with a tag left open (a
 * title never closed) has the rest of the document inside that element
 * once libxml2 has recovered it. */
static void feed_find(struct feed *f, const xmlNode *n, const char *item)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (feed_is(f, c, item, NULL))
			feed_add(f, c);
		feed_find(f, c, item);
	}
}

/* Reads the feed's head and then its items: RSS's in its channel (or
 * beside it, as RSS 1.0 has them), Atom's entries. */
static void feed_items(struct feed *f, const xmlNode *root)
{
	if (f->kind == FEED_ATOM)
		feed_head(f, root);
	else if (xmlStrEqual(root->name, BAD_CAST "channel"))
		feed_head(f, root);
	else
		feed_head(f, feed_child(f, root, "channel", NULL));
	feed_find(f, root, f->kind == FEED_ATOM ? "entry" : "item");
}

/* libxml2's error handlers while a feed is read, to put back after. */
struct feed_quiet {
	xmlGenericErrorFunc generic;
	void *generic_ctx;
	xmlStructuredErrorFunc structured;
	void *structured_ctx;
};

static void feed_ignore(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Silences libxml2 for the current thread: XML_PARSE_NOERROR quiets the
 * parser, but charset conversion and serialization report through the
 * generic handler, which writes to standard error, over the screen. */
static void feed_quiet_begin(struct feed_quiet *q)
{
	q->generic = xmlGenericError;
	q->generic_ctx = xmlGenericErrorContext;
	q->structured = xmlStructuredError;
	q->structured_ctx = xmlStructuredErrorContext;
	xmlSetGenericErrorFunc(NULL, feed_ignore);
	xmlSetStructuredErrorFunc(NULL, NULL);
}

static void feed_quiet_end(const struct feed_quiet *q)
{
	xmlSetGenericErrorFunc(q->generic_ctx, q->generic);
	xmlSetStructuredErrorFunc(q->structured_ctx, q->structured);
}

long feed_read(const char *path, const char *data, size_t len, const char *charset, struct article ***items,
	       char **err)
{
	return feed_read_warn(path, data, len, charset, items, err, NULL);
}

long feed_read_warn(const char *path, const char *data, size_t len, const char *charset, struct article ***items,
		    char **err, char **warning)
{
	*items = NULL;
	if (warning)
		*warning = NULL;
	if (!data)
		data = "";
	if (len > INT_MAX) {
		*err = xasprintf("%s: too large to read as a feed", path);
		return -1;
	}
	char *why;
	if (xmllib_load(&why) != 0) {
		*err = xasprintf("%s: cannot read this feed: %s", path, why);
		free(why);
		return -1;
	}
	struct feed_quiet quiet;
	feed_quiet_begin(&quiet);
	struct feed f = { 0 };
	f.path = path;
	f.budget = len + FEED_ENTITY_SLACK;
	if (input_is_url(path))
		f.doc_url = xstrdup(path);
	f.doc = len ? feed_parse(&f, data, len, charset) : NULL;
	xmlNode *root = f.doc ? xmlDocGetRootElement(f.doc) : NULL;
	long ret = -1;
	if (!root || !root->name) {
		*err = xasprintf("%s: not a feed (not XML that can be read)", path);
		goto done;
	}
	f.root_ns = root->ns ? root->ns->href : NULL;
	if (xmlStrEqual(root->name, BAD_CAST "rss") || xmlStrEqual(root->name, BAD_CAST "channel")) {
		f.kind = FEED_RSS;
	} else if (xmlStrEqual(root->name, BAD_CAST "RDF")) {
		f.kind = FEED_RDF;
	} else if (xmlStrEqual(root->name, BAD_CAST "feed")) {
		f.kind = FEED_ATOM;
	} else {
		char *name = text_clean((const char *)root->name, strlen((const char *)root->name));
		*err = xasprintf("%s: not an RSS or Atom feed (the XML's root element is <%s>)", path, name);
		free(name);
		goto done;
	}
	feed_items(&f, root);
	*items = f.items;
	f.items = NULL;
	ret = (long)f.nitems;
	if (warning) {
		*warning = f.warning;
		f.warning = NULL;
	}
done:
	free(f.warning);
	free(f.items);
	free(f.source);
	free(f.link);
	free(f.lang);
	free(f.doc_url);
	if (f.doc)
		xmlFreeDoc(f.doc);
	if (f.holder)
		xmlFreeDoc(f.holder);
	feed_quiet_end(&quiet);
	return ret;
}
