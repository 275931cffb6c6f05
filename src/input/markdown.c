/* markdown: Markdown into an article. md4c parses the body and calls back
 * for every block, span and piece of text; this module keeps the text and
 * drops the markup. The text of a leaf block (a paragraph, a heading, a
 * tight list item, a table cell) is collected in a run first and given to
 * the builder when the block ends, because its flags can depend on all of
 * it (an image alone is a caption) and a table's cells are measured before
 * they are laid out. */
#include "markdown.h"

#include <limits.h>
#include <md4c.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "builder.h"
#include "frontmatter.h"
#include "text.h"
#include "xmalloc.h"

/* What happens at a point of a run's text. */
enum markdown_op_kind {
	MARKDOWN_BREAK,		/* a hard line break */
	MARKDOWN_LINK_BEGIN,	/* a link's anchor text starts */
	MARKDOWN_LINK_END	/* it ends; url is where it points */
};

struct markdown_op {
	size_t pos;		/* offset in the run's text */
	enum markdown_op_kind kind;
	char *url;
	size_t url_len;
};

/* The text of one leaf block, blanks collapsed as the builder would, and
 * the breaks and links in it. */
struct markdown_run {
	char *s;
	size_t n, cap;
	struct markdown_op *ops;
	size_t nops, cap_ops;
	int space;	/* a blank is owed before the next text */
	int text;	/* it has text outside images */
	int image;	/* it has an image */
};

struct markdown_cell {
	size_t row;
	MD_ALIGN align;
	struct markdown_run run;
};

/* A container block: a block quote, or a list and the number of its next
 * item. */
struct markdown_box {
	MD_BLOCKTYPE type;	/* MD_BLOCK_QUOTE, MD_BLOCK_UL or MD_BLOCK_OL */
	unsigned next;
	int in_item;		/* inside one of the list's items */
};

struct markdown {
	struct builder *b;
	struct markdown_box *boxes;
	size_t nboxes, cap_boxes;
	size_t quotes;		/* block quotes around the text */
	MD_BLOCKTYPE leaf;	/* MD_BLOCK_P or MD_BLOCK_H when in one, else MD_BLOCK_DOC */
	int item_open;		/* the builder's open paragraph is a list item's */
	int item_text;		/* and it has text after its marker */
	int html;		/* inside an HTML block, whose text is dropped */
	int code;		/* inside a code block, whose text is kept as it is */
	int images;		/* images around the text: it is alt text */
	int links;		/* links around the text */
	char *href;		/* the outermost link's URL */
	size_t href_len;
	struct markdown_run run;	/* the text of the current leaf block */
	int table;		/* inside a table */
	struct markdown_cell *cells;	/* its cells so far, row by row */
	size_t ncells, cap_cells, rows;
	int in_cell;
	const char *src;	/* the copy of the body md4c reads */
	size_t src_len;
};

/* NULs after the copy of the body that md4c reads: see markdown_read. */
#define MARKDOWN_PAD 16

/* HTML 4's named character references and &apos;, sorted for bsearch. */
static const struct markdown_entity {
	const char *name;
	uint32_t cp;
} markdown_entities[] = {
	{"AElig", 0xC6}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0},
	{"Alpha", 0x391}, {"Aring", 0xC5}, {"Atilde", 0xC3}, {"Auml", 0xC4},
	{"Beta", 0x392}, {"Ccedil", 0xC7}, {"Chi", 0x3A7}, {"Dagger", 0x2021},
	{"Delta", 0x394}, {"ETH", 0xD0}, {"Eacute", 0xC9}, {"Ecirc", 0xCA},
	{"Egrave", 0xC8}, {"Epsilon", 0x395}, {"Eta", 0x397}, {"Euml", 0xCB},
	{"Gamma", 0x393}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Igrave", 0xCC},
	{"Iota", 0x399}, {"Iuml", 0xCF}, {"Kappa", 0x39A}, {"Lambda", 0x39B},
	{"Mu", 0x39C}, {"Ntilde", 0xD1}, {"Nu", 0x39D}, {"OElig", 0x152},
	{"Oacute", 0xD3}, {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Omega", 0x3A9},
	{"Omicron", 0x39F}, {"Oslash", 0xD8}, {"Otilde", 0xD5}, {"Ouml", 0xD6},
	{"Phi", 0x3A6}, {"Pi", 0x3A0}, {"Prime", 0x2033}, {"Psi", 0x3A8}, {"Rho", 0x3A1},
	{"Scaron", 0x160}, {"Sigma", 0x3A3}, {"THORN", 0xDE}, {"Tau", 0x3A4},
	{"Theta", 0x398}, {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Ugrave", 0xD9},
	{"Upsilon", 0x3A5}, {"Uuml", 0xDC}, {"Xi", 0x39E}, {"Yacute", 0xDD},
	{"Yuml", 0x178}, {"Zeta", 0x396}, {"aacute", 0xE1}, {"acirc", 0xE2},
	{"acute", 0xB4}, {"aelig", 0xE6}, {"agrave", 0xE0}, {"alefsym", 0x2135},
	{"alpha", 0x3B1}, {"amp", 0x26}, {"and", 0x2227}, {"ang", 0x2220},
	{"apos", 0x27}, {"aring", 0xE5}, {"asymp", 0x2248}, {"atilde", 0xE3},
	{"auml", 0xE4}, {"bdquo", 0x201E}, {"beta", 0x3B2}, {"brvbar", 0xA6},
	{"bull", 0x2022}, {"cap", 0x2229}, {"ccedil", 0xE7}, {"cedil", 0xB8},
	{"cent", 0xA2}, {"chi", 0x3C7}, {"circ", 0x2C6}, {"clubs", 0x2663},
	{"cong", 0x2245}, {"copy", 0xA9}, {"crarr", 0x21B5}, {"cup", 0x222A},
	{"curren", 0xA4}, {"dArr", 0x21D3}, {"dagger", 0x2020}, {"darr", 0x2193},
	{"deg", 0xB0}, {"delta", 0x3B4}, {"diams", 0x2666}, {"divide", 0xF7},
	{"eacute", 0xE9}, {"ecirc", 0xEA}, {"egrave", 0xE8}, {"empty", 0x2205},
	{"emsp", 0x2003}, {"ensp", 0x2002}, {"epsilon", 0x3B5}, {"equiv", 0x2261},
	{"eta", 0x3B7}, {"eth", 0xF0}, {"euml", 0xEB}, {"euro", 0x20AC},
	{"exist", 0x2203}, {"fnof", 0x192}, {"forall", 0x2200}, {"frac12", 0xBD},
	{"frac14", 0xBC}, {"frac34", 0xBE}, {"frasl", 0x2044}, {"gamma", 0x3B3},
	{"ge", 0x2265}, {"gt", 0x3E}, {"hArr", 0x21D4}, {"harr", 0x2194},
	{"hearts", 0x2665}, {"hellip", 0x2026}, {"iacute", 0xED}, {"icirc", 0xEE},
	{"iexcl", 0xA1}, {"igrave", 0xEC}, {"image", 0x2111}, {"infin", 0x221E},
	{"int", 0x222B}, {"iota", 0x3B9}, {"iquest", 0xBF}, {"isin", 0x2208},
	{"iuml", 0xEF}, {"kappa", 0x3BA}, {"lArr", 0x21D0}, {"lambda", 0x3BB},
	{"lang", 0x2329}, {"laquo", 0xAB}, {"larr", 0x2190}, {"lceil", 0x2308},
	{"ldquo", 0x201C}, {"le", 0x2264}, {"lfloor", 0x230A}, {"lowast", 0x2217},
	{"loz", 0x25CA}, {"lrm", 0x200E}, {"lsaquo", 0x2039}, {"lsquo", 0x2018},
	{"lt", 0x3C}, {"macr", 0xAF}, {"mdash", 0x2014}, {"micro", 0xB5},
	{"middot", 0xB7}, {"minus", 0x2212}, {"mu", 0x3BC}, {"nabla", 0x2207},
	{"nbsp", 0xA0}, {"ndash", 0x2013}, {"ne", 0x2260}, {"ni", 0x220B}, {"not", 0xAC},
	{"notin", 0x2209}, {"nsub", 0x2284}, {"ntilde", 0xF1}, {"nu", 0x3BD},
	{"oacute", 0xF3}, {"ocirc", 0xF4}, {"oelig", 0x153}, {"ograve", 0xF2},
	{"oline", 0x203E}, {"omega", 0x3C9}, {"omicron", 0x3BF}, {"oplus", 0x2295},
	{"or", 0x2228}, {"ordf", 0xAA}, {"ordm", 0xBA}, {"oslash", 0xF8},
	{"otilde", 0xF5}, {"otimes", 0x2297}, {"ouml", 0xF6}, {"para", 0xB6},
	{"part", 0x2202}, {"permil", 0x2030}, {"perp", 0x22A5}, {"phi", 0x3C6},
	{"pi", 0x3C0}, {"piv", 0x3D6}, {"plusmn", 0xB1}, {"pound", 0xA3},
	{"prime", 0x2032}, {"prod", 0x220F}, {"prop", 0x221D}, {"psi", 0x3C8},
	{"quot", 0x22}, {"rArr", 0x21D2}, {"radic", 0x221A}, {"rang", 0x232A},
	{"raquo", 0xBB}, {"rarr", 0x2192}, {"rceil", 0x2309}, {"rdquo", 0x201D},
	{"real", 0x211C}, {"reg", 0xAE}, {"rfloor", 0x230B}, {"rho", 0x3C1},
	{"rlm", 0x200F}, {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
	{"scaron", 0x161}, {"sdot", 0x22C5}, {"sect", 0xA7}, {"shy", 0xAD},
	{"sigma", 0x3C3}, {"sigmaf", 0x3C2}, {"sim", 0x223C}, {"spades", 0x2660},
	{"sub", 0x2282}, {"sube", 0x2286}, {"sum", 0x2211}, {"sup", 0x2283},
	{"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"supe", 0x2287},
	{"szlig", 0xDF}, {"tau", 0x3C4}, {"there4", 0x2234}, {"theta", 0x3B8},
	{"thetasym", 0x3D1}, {"thinsp", 0x2009}, {"thorn", 0xFE}, {"tilde", 0x2DC},
	{"times", 0xD7}, {"trade", 0x2122}, {"uArr", 0x21D1}, {"uacute", 0xFA},
	{"uarr", 0x2191}, {"ucirc", 0xFB}, {"ugrave", 0xF9}, {"uml", 0xA8},
	{"upsih", 0x3D2}, {"upsilon", 0x3C5}, {"uuml", 0xFC}, {"weierp", 0x2118},
	{"xi", 0x3BE}, {"yacute", 0xFD}, {"yen", 0xA5}, {"yuml", 0xFF}, {"zeta", 0x3B6},
	{"zwj", 0x200D}, {"zwnj", 0x200C},
};

static int markdown_entity_cmp(const void *key, const void *item)
{
	return strcmp(key, ((const struct markdown_entity *)item)->name);
}

/* The character an entity (&amp; &#233; &#xE9;) stands for, or 0 when it
 * is not one known here. A number that is no character gives U+FFFD. */
static uint32_t markdown_entity_cp(const char *s, size_t n)
{
	if (n < 4 || s[0] != '&' || s[n - 1] != ';')
		return 0;
	if (s[1] == '#') {
		int hex = s[2] == 'x' || s[2] == 'X';
		size_t i = hex ? 3 : 2;
		if (i >= n - 1)
			return 0;
		uint32_t cp = 0;
		for (; i < n - 1; i++) {
			char c = s[i];
			int v = c >= '0' && c <= '9' ? c - '0' : !hex ? -1 :
				c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (v < 0)
				return 0;
			if (cp <= 0x10FFFF)
				cp = cp * (hex ? 16 : 10) + (uint32_t)v;
		}
		if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			cp = TEXT_REPLACEMENT;
		return cp;
	}
	char name[16];
	if (n - 2 >= sizeof name)
		return 0;
	memcpy(name, s + 1, n - 2);
	name[n - 2] = '\0';
	const struct markdown_entity *e = bsearch(name, markdown_entities,
						  sizeof markdown_entities / sizeof markdown_entities[0],
						  sizeof markdown_entities[0], markdown_entity_cmp);
	return e ? e->cp : 0;
}

/* The length of what md4c reports at s (n bytes) that lies in the body:
 * text that starts in the copy it reads must not run past its end. Text
 * elsewhere (md4c's own buffers and strings) is left as it is. */
static size_t markdown_clamp(const struct markdown *m, const char *s, size_t n)
{
	uintptr_t p = (uintptr_t)s, lo = (uintptr_t)m->src, hi = lo + m->src_len;
	if (p < lo || p > hi + MARKDOWN_PAD)
		return n;
	return p >= hi ? 0 : n < hi - p ? n : hi - p;
}

/* An attribute (a link's URL) as a string, its entities decoded. */
static char *markdown_attr(const struct markdown *m, const MD_ATTRIBUTE *a, size_t *len)
{
	size_t size = markdown_clamp(m, a->text, a->size);
	/* A NUL's U+FFFD takes three bytes for one; nothing else grows. */
	char *out = xmalloc(3 * size + 1);
	size_t o = 0;
	for (size_t i = 0; a->substr_offsets && a->substr_offsets[i] < size; i++) {
		const char *s = a->text + a->substr_offsets[i];
		size_t n = a->substr_offsets[i + 1] - a->substr_offsets[i];
		if (n > size - a->substr_offsets[i])
			n = size - a->substr_offsets[i];
		uint32_t cp = 0;
		if (a->substr_types[i] == MD_TEXT_NULLCHAR)
			cp = TEXT_REPLACEMENT;
		else if (a->substr_types[i] == MD_TEXT_ENTITY)
			cp = markdown_entity_cp(s, n);
		if (cp) {
			o += text_encode(cp, out + o);
		} else {
			memcpy(out + o, s, n);
			o += n;
		}
	}
	out[o] = '\0';
	*len = o;
	return out;
}

static int markdown_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void markdown_run_put(struct markdown_run *r, const char *s, size_t n)
{
	if (r->n + n + 1 > r->cap) {
		r->cap = (r->n + n + 1) * 2;
		r->s = xrealloc(r->s, r->cap);
	}
	memcpy(r->s + r->n, s, n);
	r->n += n;
	r->s[r->n] = '\0';
}

/* Whether the run ends with a line break, after which a blank is not owed. */
static int markdown_run_broken(const struct markdown_run *r)
{
	for (size_t k = r->nops; k > 0 && r->ops[k - 1].pos == r->n; k--)
		if (r->ops[k - 1].kind == MARKDOWN_BREAK)
			return 1;
	return 0;
}

/* Appends text; `counts` says whether it is text of its own (not alt text)
 * for telling a captioned image from a paragraph. */
static void markdown_run_text(struct markdown_run *r, const char *s, size_t n, int counts)
{
	for (size_t i = 0; i < n;) {
		if (markdown_is_space(s[i])) {
			r->space = 1;
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && !markdown_is_space(s[j]))
			j++;
		if (r->space && r->n > 0 && !markdown_run_broken(r)) {
			markdown_run_put(r, " ", 1);
			/* A link that starts here starts after the blank. */
			for (size_t k = r->nops; k > 0 && r->ops[k - 1].pos == r->n - 1 &&
						 r->ops[k - 1].kind == MARKDOWN_LINK_BEGIN; k--)
				r->ops[k - 1].pos++;
		}
		r->space = 0;
		markdown_run_put(r, s + i, j - i);
		if (counts)
			r->text = 1;
		i = j;
	}
}

static void markdown_run_op(struct markdown_run *r, enum markdown_op_kind kind, char *url, size_t url_len)
{
	r->ops = xgrow(r->ops, &r->cap_ops, r->nops + 1, sizeof *r->ops);
	r->ops[r->nops++] = (struct markdown_op){ r->n, kind, url, url_len };
}

static void markdown_run_break(struct markdown_run *r)
{
	/* Two breaks in a row would read as a paragraph's end in the text. */
	if (r->n == 0 || markdown_run_broken(r))
		return;
	markdown_run_op(r, MARKDOWN_BREAK, NULL, 0);
	r->space = 0;
}

static void markdown_run_clear(struct markdown_run *r)
{
	for (size_t k = 0; k < r->nops; k++)
		free(r->ops[k].url);
	r->n = r->nops = 0;
	r->space = r->text = r->image = 0;
}

static void markdown_run_free(struct markdown_run *r)
{
	markdown_run_clear(r);
	free(r->s);
	free(r->ops);
}

/* Gives a run's text, breaks and links to the builder's open paragraph.
 * A link is given only when both its ends are in the run: md4c 0.4.8 can
 * start one in a table cell and end it in the next. */
static void markdown_replay(struct builder *b, const struct markdown_run *r)
{
	size_t at = 0;
	int open = 0;
	for (size_t k = 0; k < r->nops; k++) {
		const struct markdown_op *op = &r->ops[k];
		if (op->pos > at) {
			builder_text(b, r->s + at, op->pos - at);
			at = op->pos;
		}
		if (op->kind == MARKDOWN_BREAK) {
			builder_break(b);
		} else if (op->kind == MARKDOWN_LINK_BEGIN) {
			size_t j = k + 1;
			while (j < r->nops && r->ops[j].kind == MARKDOWN_BREAK)
				j++;
			open = j < r->nops && r->ops[j].kind == MARKDOWN_LINK_END;
			if (open)
				builder_link_begin(b);
		} else if (open) {
			builder_link_end(b, op->url ? op->url : "", op->url_len);
			open = 0;
		}
	}
	if (r->n > at)
		builder_text(b, r->s + at, r->n - at);
}

/* The flags the container blocks give a paragraph: quoted, or part of a
 * list item when an item is the innermost. */
static unsigned markdown_flags(const struct markdown *m)
{
	unsigned flags = m->quotes ? ARTICLE_PARA_QUOTE : 0;
	if (m->nboxes > 0 && m->boxes[m->nboxes - 1].type != MD_BLOCK_QUOTE && m->boxes[m->nboxes - 1].in_item)
		flags |= ARTICLE_PARA_LIST;
	return flags;
}

/* Whether a run shows nothing: it is empty, or has only blanks that the
 * builder keeps (U+2029, U+3000, no-break spaces), which would make a
 * heading an empty title. */
static int markdown_run_blank(const struct markdown_run *r)
{
	if (r->n == 0)
		return 1;
	char *clean = text_clean(r->s, r->n);
	int blank = clean[0] == '\0';
	free(clean);
	return blank;
}

/* Writes the text collected for the current leaf block: into the open
 * list item's paragraph (a later paragraph of the item on a line of its
 * own), or as a paragraph of its own. */
static void markdown_flush(struct markdown *m)
{
	struct markdown_run *r = &m->run;
	if (markdown_run_blank(r)) {
		markdown_run_clear(r);
		return;
	}
	if (m->item_open) {
		if (m->item_text)
			builder_break(m->b);
		markdown_replay(m->b, r);
		m->item_text = 1;
	} else {
		unsigned flags = markdown_flags(m);
		if (m->leaf == MD_BLOCK_H)
			flags = (flags & ~ARTICLE_PARA_LIST) | ARTICLE_PARA_HEADING;
		else if (m->leaf == MD_BLOCK_P && r->image && !r->text)
			flags |= ARTICLE_PARA_BOILERPLATE; /* an image alone: its caption */
		builder_begin(m->b, flags);
		markdown_replay(m->b, r);
		builder_end(m->b);
	}
	markdown_run_clear(r);
}

/* Ends the open list item's paragraph: a block other than a paragraph
 * (a nested list, a code block, a quote) starts within the item. */
static void markdown_close_item(struct markdown *m)
{
	if (m->item_open) {
		builder_end(m->b);
		m->item_open = 0;
	}
}

static void markdown_push(struct markdown *m, MD_BLOCKTYPE type, unsigned next)
{
	m->boxes = xgrow(m->boxes, &m->cap_boxes, m->nboxes + 1, sizeof *m->boxes);
	m->boxes[m->nboxes++] = (struct markdown_box){ type, next, 0 };
}

/* The run that text goes to: the current cell's in a table (none between
 * cells), else the leaf block's. */
static struct markdown_run *markdown_target(struct markdown *m)
{
	if (!m->table)
		return &m->run;
	return m->in_cell && m->ncells > 0 ? &m->cells[m->ncells - 1].run : NULL;
}

static void markdown_table_cell(void *ctx, size_t k)
{
	struct markdown *m = ctx;
	markdown_replay(m->b, &m->cells[k].run);
}

/* Lays the table out as one preformatted paragraph (builder_table), the
 * header row first, each cell aligned as the table says. */
static void markdown_table_write(struct markdown *m)
{
	struct builder_cell *layout = xmalloc((m->ncells ? m->ncells : 1) * sizeof *layout);
	for (size_t k = 0; k < m->ncells; k++) {
		const struct markdown_cell *c = &m->cells[k];
		layout[k].row = c->row;
		layout[k].width = text_width(c->run.s, c->run.n);
		layout[k].align = c->align == MD_ALIGN_RIGHT    ? BUILDER_RIGHT
				  : c->align == MD_ALIGN_CENTER ? BUILDER_CENTER
								: BUILDER_LEFT;
		layout[k].empty = c->run.n == 0;
	}
	builder_begin(m->b, ARTICLE_PARA_PRE | (m->quotes ? ARTICLE_PARA_QUOTE : 0));
	builder_table(m->b, layout, m->ncells, markdown_table_cell, NULL, m);
	builder_end(m->b);
	free(layout);
}

static void markdown_table_free(struct markdown *m)
{
	for (size_t k = 0; k < m->ncells; k++)
		markdown_run_free(&m->cells[k].run);
	free(m->cells);
	m->cells = NULL;
	m->ncells = m->cap_cells = m->rows = 0;
	m->table = m->in_cell = 0;
}

static void markdown_table_block(struct markdown *m, MD_BLOCKTYPE type, void *detail)
{
	if (type == MD_BLOCK_TR) {
		m->rows++;
	} else if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
		m->cells = xgrow(m->cells, &m->cap_cells, m->ncells + 1, sizeof *m->cells);
		struct markdown_cell *c = &m->cells[m->ncells++];
		memset(c, 0, sizeof *c);
		c->row = m->rows;
		c->align = detail ? ((const MD_BLOCK_TD_DETAIL *)detail)->align : MD_ALIGN_DEFAULT;
		m->in_cell = 1;
	}
}

/* Spans do not cross blocks (nor, but for md4c's slips, table cells):
 * whatever link or image is still open at a block's edge ends there. */
static void markdown_end_spans(struct markdown *m)
{
	m->links = m->images = 0;
	free(m->href);
	m->href = NULL;
}

static int markdown_enter_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
	struct markdown *m = userdata;
	markdown_end_spans(m);
	if (m->table && type != MD_BLOCK_TABLE) {
		markdown_table_block(m, type, detail);
		return 0;
	}
	/* Whatever block starts, the text before it is complete. */
	markdown_flush(m);
	switch (type) {
	case MD_BLOCK_P:
		m->leaf = MD_BLOCK_P; /* in a list item, it joins the item's paragraph */
		break;
	case MD_BLOCK_H:
		markdown_close_item(m);
		m->leaf = MD_BLOCK_H;
		break;
	case MD_BLOCK_HTML:
		m->html++;
		break;
	case MD_BLOCK_QUOTE:
		markdown_close_item(m);
		markdown_push(m, type, 0);
		m->quotes++;
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		markdown_close_item(m);
		markdown_push(m, type, type == MD_BLOCK_OL && detail ? ((const MD_BLOCK_OL_DETAIL *)detail)->start : 0);
		break;
	case MD_BLOCK_LI: {
		markdown_close_item(m);
		struct markdown_box *box = m->nboxes > 0 ? &m->boxes[m->nboxes - 1] : NULL;
		if (box && box->type == MD_BLOCK_QUOTE)
			box = NULL;
		if (box)
			box->in_item = 1;
		builder_begin(m->b, markdown_flags(m) | ARTICLE_PARA_LIST);
		char mark[32];
		if (box && box->type == MD_BLOCK_OL)
			snprintf(mark, sizeof mark, "%u. ", box->next++);
		else
			snprintf(mark, sizeof mark, "\xe2\x80\xa2 ");
		builder_text(m->b, mark, strlen(mark));
		const MD_BLOCK_LI_DETAIL *li = detail;
		if (li && li->is_task) {
			/* A task's box, which md4c takes out of the text. */
			const char *box_mark = li->task_mark == ' ' ? "\xe2\x98\x90 " : "\xe2\x98\x92 ";
			builder_text(m->b, box_mark, strlen(box_mark));
		}
		m->item_open = 1;
		m->item_text = 0;
		break;
	}
	case MD_BLOCK_CODE:
		markdown_close_item(m);
		builder_begin(m->b, ARTICLE_PARA_PRE | ARTICLE_PARA_CODE | (m->quotes ? ARTICLE_PARA_QUOTE : 0));
		m->code = 1;
		break;
	case MD_BLOCK_TABLE:
		markdown_close_item(m);
		m->table = 1;
		break;
	default:
		/* A thematic break (nothing), the document, or table parts
		 * outside a table, which md4c does not send. */
		markdown_close_item(m);
		break;
	}
	return 0;
}

static int markdown_leave_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
	struct markdown *m = userdata;
	(void)detail;
	markdown_end_spans(m);
	if (m->table && type != MD_BLOCK_TABLE) {
		if (type == MD_BLOCK_TH || type == MD_BLOCK_TD)
			m->in_cell = 0;
		return 0;
	}
	switch (type) {
	case MD_BLOCK_P:
	case MD_BLOCK_H:
		markdown_flush(m);
		m->leaf = MD_BLOCK_DOC;
		break;
	case MD_BLOCK_HTML:
		if (m->html > 0)
			m->html--;
		break;
	case MD_BLOCK_QUOTE:
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		markdown_flush(m);
		markdown_close_item(m);
		if (m->nboxes > 0)
			m->nboxes--;
		if (type == MD_BLOCK_QUOTE && m->quotes > 0)
			m->quotes--;
		break;
	case MD_BLOCK_LI:
		markdown_flush(m);
		markdown_close_item(m);
		if (m->nboxes > 0 && m->boxes[m->nboxes - 1].type != MD_BLOCK_QUOTE)
			m->boxes[m->nboxes - 1].in_item = 0;
		break;
	case MD_BLOCK_CODE:
		builder_end(m->b);
		m->code = 0;
		break;
	case MD_BLOCK_TABLE:
		markdown_table_write(m);
		markdown_table_free(m);
		break;
	default:
		markdown_flush(m);
		markdown_close_item(m);
		break;
	}
	return 0;
}

static int markdown_enter_span(MD_SPANTYPE type, void *detail, void *userdata)
{
	struct markdown *m = userdata;
	struct markdown_run *r = markdown_target(m);
	if (m->html || m->code || !r)
		return 0;
	if (type == MD_SPAN_A) {
		if (m->links++ == 0) {
			free(m->href);
			m->href = markdown_attr(m, &((const MD_SPAN_A_DETAIL *)detail)->href, &m->href_len);
			markdown_run_op(r, MARKDOWN_LINK_BEGIN, NULL, 0);
		}
	} else if (type == MD_SPAN_IMG) {
		m->images++;
		r->image = 1;
	}
	/* Emphasis, strong, strikethrough, code: their text alone. */
	return 0;
}

static int markdown_leave_span(MD_SPANTYPE type, void *detail, void *userdata)
{
	struct markdown *m = userdata;
	struct markdown_run *r = markdown_target(m);
	(void)detail;
	if (m->html || m->code || !r)
		return 0;
	if (type == MD_SPAN_A && m->links > 0 && --m->links == 0) {
		markdown_run_op(r, MARKDOWN_LINK_END, m->href, m->href_len);
		m->href = NULL;
	} else if (type == MD_SPAN_IMG && m->images > 0) {
		m->images--;
	}
	return 0;
}

/* Whether inline HTML is a <br> tag, the one tag that says something about
 * the text. */
static int markdown_is_br(const char *s, size_t n)
{
	if (n < 4 || s[0] != '<' || strncasecmp(s + 1, "br", 2) != 0)
		return 0;
	size_t i = 3;
	while (i < n && markdown_is_space(s[i]))
		i++;
	if (i < n && s[i] == '/')
		i++;
	return i + 1 == n && s[i] == '>';
}

static int markdown_text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE size, void *userdata)
{
	struct markdown *m = userdata;
	size_t n = markdown_clamp(m, s, size);
	if (m->html)
		return 0;
	if (m->code) {
		if (type == MD_TEXT_NULLCHAR)
			builder_text(m->b, "\xef\xbf\xbd", 3);
		else
			builder_text(m->b, s, n);
		return 0;
	}
	struct markdown_run *r = markdown_target(m);
	if (!r)
		return 0;
	int counts = m->images == 0;
	switch (type) {
	case MD_TEXT_NULLCHAR:
		markdown_run_text(r, "\xef\xbf\xbd", 3, counts);
		break;
	case MD_TEXT_HTML:
		/* Inline tags go; the text between them stays. */
		if (!markdown_is_br(s, n))
			break;
		/* fall through */
	case MD_TEXT_BR:
		if (m->table)
			markdown_run_text(r, " ", 1, 0);
		else
			markdown_run_break(r);
		break;
	case MD_TEXT_SOFTBR:
		markdown_run_text(r, " ", 1, 0);
		break;
	case MD_TEXT_ENTITY: {
		uint32_t cp = markdown_entity_cp(s, n);
		if (cp) {
			char u[4];
			markdown_run_text(r, u, text_encode(cp, u), counts);
		} else {
			markdown_run_text(r, s, n, counts);
		}
		break;
	}
	default:
		markdown_run_text(r, s, n, counts);
		break;
	}
	return 0;
}

/* Front matter keys and the header fields they give. */
static const struct {
	const char *key, *field;
} markdown_keys[] = {
	{ "title", "title" }, { "headline", "title" },
	{ "date", "date" }, { "published", "date" }, { "date_published", "date" },
	{ "datepublished", "date" }, { "pubdate", "date" },
	{ "author", "author" }, { "authors", "author" }, { "byline", "author" },
	{ "source", "source" }, { "publisher", "source" }, { "site", "source" },
	{ "site_name", "source" }, { "outlet", "source" },
	{ "url", "url" }, { "link", "url" }, { "canonical", "url" }, { "canonical_url", "url" },
	{ "tags", "tags" }, { "keywords", "tags" }, { "categories", "tags" },
	{ "lang", "lang" }, { "language", "lang" },
};

static void markdown_field(const char *key, const char *value, size_t n, void *ctx)
{
	for (size_t i = 0; i < sizeof markdown_keys / sizeof markdown_keys[0]; i++) {
		if (strcasecmp(key, markdown_keys[i].key) == 0) {
			builder_field(ctx, markdown_keys[i].field, value, n);
			return;
		}
	}
}

struct article *markdown_read(const char *path, const char *data, size_t len)
{
	struct markdown m = { 0 };
	m.b = builder_new(path);
	m.leaf = MD_BLOCK_DOC;
	if (!data)
		data = "";
	size_t body = frontmatter_parse(data, len, markdown_field, m.b);
	if (body == 0 && len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		body = 3; /* a byte-order mark is not text */
	/* md4c counts in 32 bits; a longer text is read up to there. */
	size_t n = len - body > UINT_MAX - 1 ? UINT_MAX - 1 : len - body;
	/* md4c 0.4.8 reads the byte after the text when a link's destination
	 * runs to its end, and if that byte is ')' it goes on far past it. So
	 * it reads a copy that ends with a line break, which Markdown reads the
	 * same, followed by NULs. */
	char *src = xmalloc(n + 1 + MARKDOWN_PAD);
	memcpy(src, data + body, n);
	if (n == 0 || src[n - 1] != '\n')
		src[n++] = '\n';
	memset(src + n, 0, MARKDOWN_PAD);
	m.src = src;
	m.src_len = n;
	MD_PARSER parser = {
		.abi_version = 0,
		.flags = MD_DIALECT_GITHUB,
		.enter_block = markdown_enter_block,
		.leave_block = markdown_leave_block,
		.enter_span = markdown_enter_span,
		.leave_span = markdown_leave_span,
		.text = markdown_text,
	};
	md_parse(src, (MD_SIZE)n, &parser, &m);
	/* Whatever md4c left open (it stops early only on failure). */
	markdown_flush(&m);
	markdown_close_item(&m);
	markdown_table_free(&m);
	markdown_run_free(&m.run);
	free(m.boxes);
	free(m.href);
	free(src);
	return builder_finish(m.b);
}
