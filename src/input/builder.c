/* builder: the text and ranges of an article made by a format reader. The
 * header and the body are kept apart while building, so that a reader may
 * give a field after paragraphs (a title found late), and joined at the end
 * with the body's ranges moved past the header. */
#include "builder.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "text.h"
#include "xmalloc.h"

struct builder {
	struct article *a;
	struct xbuf head;	/* "Key: value" lines */
	struct xbuf body;	/* paragraphs apart by blank lines */
	size_t cap_fields, cap_paras, cap_links;
	int open;			/* a paragraph is open */
	unsigned flags;			/* its flags */
	size_t para_start;		/* where its text starts in body */
	int space;			/* a blank is owed before the next text */
	size_t link_start;		/* where the open link's text starts */
	int in_link;
};

struct builder *builder_new(const char *path)
{
	struct builder *b = xcalloc(1, sizeof *b);
	b->a = article_new(path);
	return b;
}

void builder_field(struct builder *b, const char *key, const char *value, size_t n)
{
	struct article *a = b->a;
	if (!key[0])
		return; /* no "Key: value" line to write */
	char *clean = text_clean(value, n);
	/* One line, single blanks, no blanks at the ends. */
	size_t w = 0;
	int blank = 1;
	for (size_t r = 0; clean[r]; r++) {
		char c = clean[r];
		if (c == '\n' || c == '\r' || c == '\t' || c == ' ' || c == '\f' || c == '\v') {
			blank = 1;
			continue;
		}
		if (blank && w > 0)
			clean[w++] = ' ';
		blank = 0;
		clean[w++] = c;
	}
	clean[w] = '\0';
	if (w == 0 || article_field(a, key)) {
		free(clean);
		return;
	}
	a->fields = xgrow(a->fields, &b->cap_fields, a->nfields + 1, sizeof *a->fields);
	struct article_field *f = &a->fields[a->nfields++];
	f->key = xstrdup(key);
	for (char *p = f->key; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	f->value = clean;
	/* Written "Key: value", the key capitalized as a header line is. */
	f->key_start = b->head.n;
	char first = (char)toupper((unsigned char)key[0]);
	xbuf_put(&b->head, &first, 1);
	xbuf_put(&b->head, key + 1, strlen(key) - 1);
	f->key_end = b->head.n;
	xbuf_put(&b->head, ": ", 2);
	f->value_start = b->head.n;
	xbuf_put(&b->head, clean, w);
	f->value_end = b->head.n;
	xbuf_put(&b->head, "\n", 1);
}

void builder_begin(struct builder *b, unsigned flags)
{
	builder_end(b);
	b->open = 1;
	b->flags = flags;
	if (b->body.n > 0)
		xbuf_put(&b->body, "\n\n", 2);
	b->para_start = b->body.n;
	b->space = 0;
}

int builder_para_empty(const struct builder *b)
{
	return !b->open || b->body.n == b->para_start;
}

void builder_text(struct builder *b, const char *s, size_t n)
{
	if (!b->open)
		builder_begin(b, 0);
	if (b->flags & ARTICLE_PARA_PRE) {
		xbuf_put(&b->body, s, n);
		return;
	}
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && !strchr(" \t\n\r\f\v", s[j]))
			j++;
		if (j > i) {
			if (b->space && b->body.n > b->para_start)
				xbuf_put(&b->body, " ", 1);
			b->space = 0;
			xbuf_put(&b->body, s + i, j - i);
		}
		if (j < n)
			b->space = 1;
		while (j < n && strchr(" \t\n\r\f\v", s[j]))
			j++;
		i = j;
	}
}

void builder_break(struct builder *b)
{
	if (!b->open || b->body.n == b->para_start)
		return;
	xbuf_put(&b->body, "\n", 1);
	b->space = 0;
}

void builder_end(struct builder *b)
{
	if (!b->open)
		return;
	b->open = 0;
	b->in_link = 0; /* an anchor does not go on past its paragraph */
	struct xbuf *t = &b->body;
	/* Trailing blanks and line breaks are not the paragraph's. */
	while (t->n > b->para_start && strchr(" \t\n\r", t->s[t->n - 1]))
		t->n--;
	struct article *a = b->a;
	/* Links that ended in what was trimmed (a line break as the anchor's
	 * last character) end where the paragraph does; an anchor of blanks
	 * alone goes. */
	while (a->nlinks > 0 && a->links[a->nlinks - 1].end > t->n) {
		struct article_link *l = &a->links[a->nlinks - 1];
		if (l->start < t->n) {
			l->end = t->n;
			break;
		}
		free(l->url);
		a->nlinks--;
	}
	if (t->n == b->para_start) {
		/* Nothing in it: take back the blank line before it. */
		t->n = b->para_start >= 2 ? b->para_start - 2 : 0;
		if (t->s) /* NULL when nothing was ever written */
			t->s[t->n] = '\0';
		return;
	}
	t->s[t->n] = '\0';
	a->paras = xgrow(a->paras, &b->cap_paras, a->npara + 1, sizeof *a->paras);
	a->paras[a->npara].start = b->para_start;
	a->paras[a->npara].end = t->n;
	a->paras[a->npara].flags = b->flags;
	a->npara++;
}

void builder_link_begin(struct builder *b)
{
	if (!b->open)
		builder_begin(b, 0);
	/* The blank owed before the anchor is not part of it. */
	if (b->space && b->body.n > b->para_start && !(b->flags & ARTICLE_PARA_PRE)) {
		xbuf_put(&b->body, " ", 1);
		b->space = 0;
	}
	b->link_start = b->body.n;
	b->in_link = 1;
}

void builder_link_end(struct builder *b, const char *url, size_t n)
{
	if (!b->in_link)
		return;
	b->in_link = 0;
	size_t end = b->body.n;
	if (!b->open || end <= b->link_start || n == 0)
		return;
	/* An address of control characters alone cleans to nothing: no link. */
	char *clean = text_clean(url, n);
	if (!clean[0]) {
		free(clean);
		return;
	}
	struct article *a = b->a;
	a->links = xgrow(a->links, &b->cap_links, a->nlinks + 1, sizeof *a->links);
	a->links[a->nlinks].start = b->link_start;
	a->links[a->nlinks].end = end;
	a->links[a->nlinks].url = clean;
	a->nlinks++;
}

struct article *builder_finish(struct builder *b)
{
	builder_end(b);
	struct article *a = b->a;
	/* The header, a blank line, the body, a final line break. */
	size_t off = b->head.n ? b->head.n + 1 : 0;
	size_t len = off + b->body.n + (b->body.n ? 1 : 0);
	free(a->data); /* article_new's empty text */
	a->data = xmalloc(len + 1);
	if (b->head.n) {
		memcpy(a->data, b->head.s, b->head.n);
		a->data[b->head.n] = '\n';
	}
	if (b->body.n) {
		memcpy(a->data + off, b->body.s, b->body.n);
		a->data[off + b->body.n] = '\n';
	}
	a->data[len] = '\0';
	a->len = len;
	a->body_start = off;
	for (size_t k = 0; k < a->npara; k++) {
		a->paras[k].start += off;
		a->paras[k].end += off;
	}
	for (size_t k = 0; k < a->nlinks; k++) {
		a->links[k].start += off;
		a->links[k].end += off;
	}
	free(b->head.s);
	free(b->body.s);
	free(b);
	a->built = 1;
	a->parsed = 1;
	article_finish(a);
	return a;
}

static void builder_spaces(struct builder *b, size_t n)
{
	static const char blanks[] = "                                ";
	while (n > 0) {
		size_t k = n < sizeof blanks - 1 ? n : sizeof blanks - 1;
		builder_text(b, blanks, k);
		n -= k;
	}
}

void builder_table(struct builder *b, const struct builder_cell *cells, size_t n, void (*write)(void *ctx, size_t k),
		   void (*first)(void *ctx), void *ctx)
{
	int *width = NULL;
	size_t cap = 0, ncols = 0, col = 0;
	for (size_t k = 0; k < n; k++) {
		col = k == 0 || cells[k].row != cells[k - 1].row ? 0 : col + 1;
		if (col >= ncols) {
			width = xgrow(width, &cap, col + 1, sizeof *width);
			width[col] = 0;
			ncols = col + 1;
		}
		if (cells[k].width > width[col])
			width[col] = cells[k].width;
	}
	/* Blanks are held back until text follows them on the line. */
	size_t pending = 0;
	int wrote = 0, row_started = 0;
	for (size_t k = 0; k < n; k++) {
		const struct builder_cell *c = &cells[k];
		if (k == 0 || c->row != cells[k - 1].row) {
			col = 0;
			pending = 0;
			row_started = 0;
		} else {
			col++;
			pending += 2;
		}
		size_t pad = (size_t)(width[col] - c->width);
		size_t left = c->align == BUILDER_RIGHT ? pad : c->align == BUILDER_CENTER ? pad / 2 : 0;
		pending += left;
		if (!c->empty) {
			if (!wrote && first)
				first(ctx);
			else if (!row_started && wrote)
				builder_text(b, "\n", 1);
			row_started = wrote = 1;
			builder_spaces(b, pending);
			pending = 0;
			write(ctx, k);
		}
		pending += pad - left;
	}
	free(width);
}
