/* html: web pages into articles. libxml2 parses the page (its encoding
 * chosen first, see html_charset); html_meta reads the metadata and
 * html_extract marks the main content; this module walks what is kept and
 * writes it to a builder block by block. A paragraph is begun only when
 * text arrives, so that the flags of everything around the text (a quote,
 * a list item, a heading, a caption) are known by then, and blocks that
 * hold no text leave nothing behind. */
#include "html.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "builder.h"
#include "html_dom.h"
#include "html_extract.h"
#include "html_meta.h"
#include "text.h"
#include "xmalloc.h"
#include "xmllib.h"

/* A list around the text: ordered ones number their items. */
struct html_list {
	int ordered;
	long next;
};

struct html_out {
	struct builder *b;
	const struct html_extract *x;
	const struct html_meta *m;	/* NULL for a fragment */
	int quote, pre, heading, caption, items, figure_bare;
	int code;		/* inside a <pre> of program code (html_pre_code) */
	struct html_list *lists;
	size_t nlists, cap_lists;
	char marker[32];		/* a list item's marker, owed to its first paragraph */
	int open;			/* a paragraph is open */
	int need_block;			/* the next text starts a paragraph */
	int brs;			/* line breaks since the last text */
	char *href;			/* the open link's URL */
	xmlNodePtr link;		/* its element */
	int link_begun;			/* the builder has its anchor open */
	const char *title;		/* the title, not to be repeated first */
	int emitted;			/* a paragraph has been written */
};

/* Elements that start and end a block of text. */
static const char *const html_blocks[] = {
	"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
	"dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
	"h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p",
	"pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", NULL
};

/* Class words of a photo's caption or credit. */
static const char *const html_caption_words[] = { "caption", "credit", "=byline-photo", NULL };

static int html_in(const char *name, const char *const *list)
{
	for (size_t k = 0; list[k]; k++)
		if (strcmp(name, list[k]) == 0)
			return 1;
	return 0;
}

/* --- Encoding ----------------------------------------------------------- */

/* Whether libxml2 can decode the charset named s. */
static int html_known_charset(const char *s)
{
	if (!s || !*s)
		return 0;
	xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(s);
	if (!h)
		return 0;
	xmlCharEncCloseFunc(h);
	return 1;
}

/* The charset a <meta> near the top declares, into buf; 0 if none. */
static int html_meta_charset(const char *data, size_t len, char *buf, size_t size)
{
	size_t n = len < 4096 ? len : 4096;
	for (size_t i = 0; i + 5 < n; i++) {
		if (data[i] != '<' || strncasecmp(data + i + 1, "meta", 4) != 0)
			continue;
		size_t end = i + 5;
		while (end < n && data[end] != '>')
			end++;
		for (size_t k = i + 5; k + 7 < end; k++) {
			if (strncasecmp(data + k, "charset", 7) != 0)
				continue;
			size_t p = k + 7;
			while (p < end && isspace((unsigned char)data[p]))
				p++;
			if (p >= end || data[p] != '=')
				continue;
			p++;
			while (p < end && (isspace((unsigned char)data[p]) || data[p] == '"' || data[p] == '\''))
				p++;
			size_t o = 0;
			while (p < end && o + 1 < size && (isalnum((unsigned char)data[p]) || strchr("-_.:", data[p])))
				buf[o++] = data[p++];
			buf[o] = '\0';
			if (o > 0)
				return 1;
		}
		i = end;
	}
	return 0;
}

/* The encoding to read the page in: HTTP's, a byte-order mark's, a
 * <meta>'s, else UTF-8 when the bytes are valid UTF-8, else Windows-1252
 * (which browsers read Latin-1 as). */
static const char *html_charset(const char *data, size_t len, const char *http, char *buf, size_t size)
{
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		return "UTF-8";
	if (len >= 2 && memcmp(data, "\xff\xfe", 2) == 0)
		return "UTF-16LE";
	if (len >= 2 && memcmp(data, "\xfe\xff", 2) == 0)
		return "UTF-16BE";
	if (http && html_known_charset(http) && strncasecmp(http, "utf-16", 6) != 0)
		return http;
	/* A page saved again as UTF-8 keeps its old declaration; bytes in a
	 * legacy charset are almost never valid UTF-8 with letters beyond
	 * ASCII, so such bytes are read as UTF-8 whatever <meta> says. */
	int utf8 = text_utf8_kind(data, len);
	if (utf8 == 2)
		return "UTF-8";
	if (html_meta_charset(data, len, buf, size) && html_known_charset(buf)) {
		/* A page that says UTF-16 in ASCII is not UTF-16. */
		if (strncasecmp(buf, "utf-16", 6) == 0)
			return "UTF-8";
		/* Browsers read Latin-1 and ASCII as Windows-1252. */
		if (strcasecmp(buf, "iso-8859-1") == 0 || strcasecmp(buf, "latin1") == 0 ||
		    strcasecmp(buf, "us-ascii") == 0 || strcasecmp(buf, "ascii") == 0)
			return html_known_charset("windows-1252") ? "windows-1252" : buf;
		return buf;
	}
	return utf8 ? "UTF-8" : "windows-1252";
}

/* libxml2 reports encoding errors on its own; a damaged page is read as
 * well as it can be, in silence. */
static void html_silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static htmlDocPtr html_parse(const char *data, size_t len, const char *charset)
{
	/* Per thread in libxml2, so this silences only this thread's parses. */
	xmlSetGenericErrorFunc(NULL, html_silent);
	char buf[64];
	if (!data)
		data = "";
	if (len > INT_MAX)
		len = INT_MAX;
	const char *enc = html_charset(data, len, charset, buf, sizeof buf);
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
		   HTML_PARSE_COMPACT;
	return htmlReadMemory(data, (int)len, NULL, enc, opts);
}

/* --- Writing text ------------------------------------------------------- */

/* Whether the <pre> n holds program code, not a poem or a table: a <code>
 * element inside it, a class a highlighter or a site gives code (on it or
 * its parent) or that names a language, or a shell's prompt to start. */
static int html_pre_code(xmlNodePtr n)
{
	static const char *const words[] = { "code", "highlight", "language-", "lang-", "prettyprint", "brush:",
					     "syntax", "=javascript", "=js", "=typescript", "=python", "=bash", "=sh",
					     "=shell", "=console", "=cpp", "=java", "=json", "=html", "=css", "=xml",
					     "=ruby", "=rust", "=sql", "=php", "=perl", "=diff", "=yaml", NULL };
	if (html_dom_hint(n, words) || (n->parent && html_dom_hint(n->parent, words)))
		return 1;
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (html_dom_is(c, "code"))
			return 1;
	/* "$ hg init": a prompt and a command. */
	xmlNodePtr t = n->children;
	if (t && t->type == XML_TEXT_NODE && t->content) {
		const char *c = (const char *)t->content;
		c += strspn(c, " \t\r\n");
		return c[0] == '$' && c[1] == ' ';
	}
	return 0;
}

static unsigned html_flags(const struct html_out *o)
{
	unsigned f = 0;
	if (o->quote)
		f |= ARTICLE_PARA_QUOTE;
	if (o->pre)
		f |= ARTICLE_PARA_PRE;
	if (o->code)
		f |= ARTICLE_PARA_CODE;
	if (o->heading)
		f |= ARTICLE_PARA_HEADING;
	else if (o->items)
		f |= ARTICLE_PARA_LIST;
	if (o->caption)
		f |= ARTICLE_PARA_BOILERPLATE;
	return f;
}

/* Makes sure a paragraph is open for text, with the marker and the link
 * owed to it. */
static void html_open(struct html_out *o)
{
	if (o->open && !o->need_block)
		return;
	builder_begin(o->b, html_flags(o));
	o->open = 1;
	o->need_block = 0;
	o->emitted = 1;
	if (o->marker[0]) {
		builder_text(o->b, o->marker, strlen(o->marker));
		o->marker[0] = '\0';
	}
	o->link_begun = 0;
	if (o->href) {
		builder_link_begin(o->b);
		o->link_begun = 1;
	}
}

static void html_block(struct html_out *o)
{
	o->need_block = 1;
	o->brs = 0;
}

static void html_text(struct html_out *o, const char *s)
{
	size_t n = strlen(s);
	if (o->pre) {
		if (o->need_block || !o->open) {
			/* Line breaks that open a block are not its text. */
			while (n > 0 && (*s == '\n' || *s == '\r')) {
				s++;
				n--;
			}
			if (n == 0)
				return;
		}
		html_open(o);
		builder_text(o->b, s, n);
		o->brs = 0;
		return;
	}
	/* Blanks alone, no-break spaces included (pages space with them),
	 * are not text that opens a paragraph. */
	size_t k = 0;
	while (k < n && (strchr(" \t\n\r\f\v", s[k]) ||
			 (k + 1 < n && (unsigned char)s[k] == 0xC2 && (unsigned char)s[k + 1] == 0xA0 && ++k)))
		k++;
	if (k == n) {
		if (o->open && !o->need_block && n > 0)
			builder_text(o->b, " ", 1);
		return;
	}
	html_open(o);
	builder_text(o->b, s, n);
	o->brs = 0;
}

static void html_break(struct html_out *o)
{
	if (o->pre) {
		if (o->open && !o->need_block)
			builder_text(o->b, "\n", 1);
		return;
	}
	if (!o->open || o->need_block)
		return;
	/* Two line breaks in a row end a paragraph, as Readability has it. */
	if (o->brs++ == 0)
		builder_break(o->b);
	else
		html_block(o);
}

/* --- Tables ------------------------------------------------------------- */

struct html_cell {
	size_t row;
	char *text;
};

/* Whether a table holds data (rows and columns of short cells) rather
 * than laying out a page: then it is drawn as a grid of text. */
static int html_data_table(const struct html_out *o, xmlNodePtr t)
{
	const char *role = html_dom_attr(t, "role");
	if (role && strcasecmp(role, "presentation") == 0)
		return 0;
	size_t cells = 0, cell_len = 0;
	xmlNodePtr cell = NULL;
	for (xmlNodePtr n = t->children ? t->children : NULL; n;) {
		int descend = 1;
		if (n->type == XML_ELEMENT_NODE) {
			if (html_extract_dead(o->x, n)) {
				descend = 0;
			} else if (html_dom_is(n, "table")) {
				return 0; /* a table in a table lays out a page */
			} else if (html_dom_is(n, "td") || html_dom_is(n, "th")) {
				cells++;
				cell = n;
				cell_len = 0;
			} else if (cell && (html_dom_is(n, "p") || html_dom_is(n, "div") || html_dom_is(n, "blockquote") ||
					    html_dom_is(n, "pre") || html_dom_is(n, "h1") || html_dom_is(n, "h2") ||
					    html_dom_is(n, "h3") || html_dom_is(n, "ul") || html_dom_is(n, "ol"))) {
				cell_len += 100; /* blocks in a cell make it a page's column */
			}
		} else if (n->type == XML_TEXT_NODE && n->content && cell) {
			cell_len += strlen((const char *)n->content);
		}
		if (cell_len > 400)
			return 0;
		n = html_dom_next(n, t, descend && n->type == XML_ELEMENT_NODE);
	}
	return cells >= 2;
}

/* The text of a cell, blanks collapsed. */
static char *html_cell_text(const struct html_out *o, xmlNodePtr c)
{
	size_t cap = 32, len = 0;
	char *s = xmalloc(cap);
	int space = 0;
	for (xmlNodePtr n = c->children; n;) {
		int descend = 0;
		if (n->type == XML_ELEMENT_NODE) {
			descend = !html_extract_dead(o->x, n);
			if (html_dom_is(n, "br") || html_dom_is(n, "p") || html_dom_is(n, "li"))
				space = 1;
		} else if (n->type == XML_TEXT_NODE && n->content) {
			for (const char *p = (const char *)n->content; *p; p++) {
				if (strchr(" \t\n\r\f\v", *p)) {
					space = 1;
					continue;
				}
				if (len + 3 > cap) {
					cap *= 2;
					s = xrealloc(s, cap);
				}
				if (space && len)
					s[len++] = ' ';
				space = 0;
				s[len++] = *p;
			}
		}
		n = html_dom_next(n, c, descend);
	}
	s[len] = '\0';
	return s;
}

/* What builder_table's callbacks need of an HTML table. */
struct html_table_ctx {
	struct html_out *o;
	const struct html_cell *cells;
};

static void html_table_open(void *ctx)
{
	html_open(((struct html_table_ctx *)ctx)->o);
}

static void html_table_write(void *ctx, size_t k)
{
	const struct html_table_ctx *c = ctx;
	builder_text(c->o->b, c->cells[k].text, strlen(c->cells[k].text));
}

/* Writes a data table as one preformatted paragraph: every column as wide
 * as its widest cell in display columns, two blanks between columns, no
 * blanks at the ends of lines, no empty rows. */
static void html_table(struct html_out *o, xmlNodePtr t)
{
	struct html_cell *cells = NULL;
	size_t n = 0, cap = 0, rows = 0;
	for (xmlNodePtr e = t->children; e;) {
		int descend = 0;
		if (e->type == XML_ELEMENT_NODE && !html_extract_dead(o->x, e)) {
			if (html_dom_is(e, "caption")) {
				char *c = html_cell_text(o, e);
				if (*c) {
					html_block(o);
					html_text(o, c);
					html_block(o);
				}
				free(c);
			} else if (html_dom_is(e, "tr")) {
				rows++;
				descend = 1;
			} else if (html_dom_is(e, "td") || html_dom_is(e, "th")) {
				cells = xgrow(cells, &cap, n + 1, sizeof *cells);
				cells[n].row = rows;
				cells[n].text = html_cell_text(o, e);
				n++;
			} else {
				descend = 1; /* thead, tbody, tfoot */
			}
		}
		e = html_dom_next(e, t, descend);
	}
	struct builder_cell *layout = xmalloc((n ? n : 1) * sizeof *layout);
	for (size_t k = 0; k < n; k++) {
		layout[k].row = cells[k].row;
		layout[k].width = text_width(cells[k].text, strlen(cells[k].text));
		layout[k].align = BUILDER_LEFT;
		layout[k].empty = !cells[k].text[0];
	}
	html_block(o);
	o->pre++;
	struct html_table_ctx ctx = { o, cells };
	builder_table(o->b, layout, n, html_table_write, html_table_open, &ctx);
	free(layout);
	o->pre--;
	html_block(o);
	for (size_t k = 0; k < n; k++)
		free(cells[k].text);
	free(cells);
}

/* --- The walk ----------------------------------------------------------- */

/* Whether a figure has a caption of its own (its alt texts then go). */
static int html_figure_captioned(xmlNodePtr f)
{
	for (xmlNodePtr c = f->children; c; c = c->next) {
		if (html_dom_is(c, "figcaption"))
			return 1;
		for (xmlNodePtr g = c->type == XML_ELEMENT_NODE ? c->children : NULL; g; g = g->next)
			if (html_dom_is(g, "figcaption"))
				return 1;
	}
	return 0;
}

/* Whether heading text repeats the title. */
static int html_is_title(const char *title, xmlNodePtr n)
{
	char *t = html_dom_text(n, 600);
	size_t a, b;
	char *x = text_fold(t, strlen(t), &a), *y = text_fold(title, strlen(title), &b);
	int same = a > 0 && b > 0 &&
		   ((a == b && memcmp(x, y, a) == 0) || (a * 4 >= b * 3 && a <= b && strstr(y, x)) ||
		    (b * 4 >= a * 3 && b <= a && strstr(x, y)));
	free(t);
	free(x);
	free(y);
	return same;
}

static void html_list_push(struct html_out *o, int ordered, long start)
{
	o->lists = xgrow(o->lists, &o->cap_lists, o->nlists + 1, sizeof *o->lists);
	o->lists[o->nlists++] = (struct html_list){ ordered, start };
}

/* Enters element n: -1 to skip it, 1 to read its children, 0 not to. */
static int html_enter(struct html_out *o, xmlNodePtr n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			html_text(o, (const char *)n->content);
		return 0;
	}
	if (n->type != XML_ELEMENT_NODE || html_extract_dead(o->x, n))
		return -1;
	const char *name = (const char *)n->name;
	if (strcmp(name, "script") == 0 || strcmp(name, "style") == 0 || strcmp(name, "button") == 0 ||
	    strcmp(name, "select") == 0 || strcmp(name, "textarea") == 0 || strcmp(name, "noscript") == 0 ||
	    strcmp(name, "template") == 0)
		return -1;
	if (!o->emitted && o->title && (name[0] == 'h' || strcmp(name, "p") == 0) && html_in(name, html_blocks) &&
	    html_is_title(o->title, n))
		return -1;
	if (strcmp(name, "br") == 0) {
		html_break(o);
		return 0;
	}
	if (strcmp(name, "a") == 0) {
		const char *href = html_dom_attr(n, "href");
		if (href && !o->href && (o->href = html_meta_resolve(o->m, href))) {
			o->link = n;
			if (o->open && !o->need_block) {
				builder_link_begin(o->b);
				o->link_begun = 1;
			}
		}
		return 1;
	}
	if (strcmp(name, "img") == 0) {
		const char *alt = html_dom_attr(n, "alt");
		if (o->figure_bare && alt && *alt) {
			html_block(o);
			o->caption++;
			html_text(o, alt);
			o->caption--;
			html_block(o);
		}
		return 0;
	}
	if (strcmp(name, "table") == 0 && html_data_table(o, n)) {
		html_table(o, n);
		return 0;
	}
	int block = html_in(name, html_blocks);
	if (block)
		html_block(o);
	if (strcmp(name, "blockquote") == 0)
		o->quote++;
	else if (strcmp(name, "pre") == 0) {
		o->pre++;
		o->code += html_pre_code(n);
	} else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2])
		o->heading++;
	else if (strcmp(name, "figcaption") == 0)
		o->caption++;
	else if (strcmp(name, "figure") == 0)
		o->figure_bare += !html_figure_captioned(n);
	else if (strcmp(name, "ul") == 0 || strcmp(name, "menu") == 0 || strcmp(name, "dir") == 0)
		html_list_push(o, 0, 0);
	else if (strcmp(name, "ol") == 0) {
		const char *start = html_dom_attr(n, "start");
		long s = start ? strtol(start, NULL, 10) : 1;
		html_list_push(o, 1, s > -1000000 && s < 1000000 ? s : 1);
	} else if (strcmp(name, "li") == 0) {
		o->items++;
		struct html_list *l = o->nlists ? &o->lists[o->nlists - 1] : NULL;
		if (l && l->ordered) {
			const char *v = html_dom_attr(n, "value");
			if (v) {
				long s = strtol(v, NULL, 10);
				if (s > -1000000 && s < 1000000)
					l->next = s;
			}
			snprintf(o->marker, sizeof o->marker, "%ld. ", l->next++);
		} else {
			snprintf(o->marker, sizeof o->marker, "\xe2\x80\xa2 ");
		}
	}
	if (block && html_dom_hint(n, html_caption_words))
		o->caption++;
	return 1;
}

static void html_leave(struct html_out *o, xmlNodePtr n)
{
	if (n->type != XML_ELEMENT_NODE)
		return;
	const char *name = (const char *)n->name;
	if (n == o->link) {
		if (o->link_begun && o->open && !o->need_block)
			builder_link_end(o->b, o->href, strlen(o->href));
		free(o->href);
		o->href = NULL;
		o->link = NULL;
		o->link_begun = 0;
		return;
	}
	if (!html_in(name, html_blocks))
		return;
	html_block(o);
	if (strcmp(name, "blockquote") == 0 && o->quote > 0)
		o->quote--;
	else if (strcmp(name, "pre") == 0 && o->pre > 0) {
		o->pre--;
		if (o->code > 0 && html_pre_code(n))
			o->code--;
	} else if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2] && o->heading > 0)
		o->heading--;
	else if (strcmp(name, "figcaption") == 0 && o->caption > 0)
		o->caption--;
	else if (strcmp(name, "figure") == 0 && !html_figure_captioned(n) && o->figure_bare > 0)
		o->figure_bare--;
	else if ((strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0 || strcmp(name, "menu") == 0 ||
		  strcmp(name, "dir") == 0) && o->nlists > 0)
		o->nlists--;
	else if (strcmp(name, "li") == 0 && o->items > 0) {
		o->items--;
		o->marker[0] = '\0';
	}
	if (html_dom_hint(n, html_caption_words) && o->caption > 0)
		o->caption--;
}

/* Writes root and what is in it, without recursion. */
static void html_walk(struct html_out *o, xmlNodePtr root)
{
	for (xmlNodePtr n = root; n;) {
		int r = html_enter(o, n);
		if (r > 0 && n->children) {
			n = n->children;
			continue;
		}
		if (r >= 0)
			html_leave(o, n);
		while (n != root && !n->next) {
			n = n->parent;
			html_leave(o, n);
		}
		n = n == root ? NULL : n->next;
	}
}

static void html_out_done(struct html_out *o)
{
	builder_end(o->b);
	free(o->href);
	free(o->lists);
}

struct article *html_read(const char *path, const char *data, size_t len, const char *charset)
{
	struct builder *b = builder_new(path);
	char *err;
	if (xmllib_load(&err) != 0) {
		/* The page cannot be read: say so where its text would be. */
		char *msg = xasprintf("%s: cannot read this page: %s", path, err);
		builder_text(b, msg, strlen(msg));
		free(msg);
		free(err);
		return builder_finish(b);
	}
	htmlDocPtr doc = html_parse(data, len, charset);
	if (!doc)
		return builder_finish(b);
	struct html_meta m;
	html_meta_read(doc, path, &m);
	static const char *const keys[] = { "title", "date", "author", "source", "url", "lang" };
	const char *values[] = { m.title, m.date, m.author, m.source, m.url, m.lang };
	for (size_t k = 0; k < 6; k++)
		if (values[k])
			builder_field(b, keys[k], values[k], strlen(values[k]));
	struct html_extract *x = html_extract_new(doc);
	html_extract_drop(x, m.byline);
	xmlNodePtr *roots;
	size_t nroots = html_extract_content(x, &roots);
	struct html_out o = { .b = b, .x = x, .m = &m, .title = m.title };
	for (size_t k = 0; k < nroots; k++) {
		html_block(&o);
		html_walk(&o, roots[k]);
	}
	html_out_done(&o);
	html_extract_free(x);
	html_meta_free(&m);
	xmlFreeDoc(doc);
	return builder_finish(b);
}

void html_fragment(struct builder *b, const char *data, size_t len)
{
	char *err;
	if (!data || len == 0)
		return;
	if (xmllib_load(&err) != 0) {
		free(err); /* a feed's reader loaded it already */
		return;
	}
	if (len > INT_MAX)
		len = INT_MAX;
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
		   HTML_PARSE_COMPACT;
	htmlDocPtr doc = htmlReadMemory(data, (int)len, NULL, "UTF-8", opts);
	if (!doc)
		return;
	struct html_extract *x = html_extract_new(doc);
	struct html_out o = { .b = b, .x = x };
	xmlNodePtr root = xmlDocGetRootElement(doc);
	builder_end(b);
	if (root)
		html_walk(&o, root);
	html_out_done(&o);
	html_extract_free(x);
	xmlFreeDoc(doc);
}
