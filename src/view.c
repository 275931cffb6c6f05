/* view: wrapping an article's paragraphs into lines, lazily. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "text.h"
#include "xmalloc.h"

/* Paragraphs longer than this are wrapped in pieces, so that no single
 * step of scrolling wraps megabytes. */
#define VIEW_PIECE (64 * 1024)

struct view_block {
	const char *text;	/* bytes the block points into */
	size_t start, end;	/* its range in text */
	int in_file;		/* text is the article's data */
	enum view_kind kind;	/* kind of its lines */
	int blank;		/* an empty line precedes it */
	size_t *starts;		/* wrapped line starts, or NULL until needed */
	size_t nstarts;		/* how many */
	int width;		/* width starts was computed for */
	int hidden;		/* filtered out: not shown */
};

struct view {
	const struct article *a;	/* what is laid out */
	char *meta;			/* the date/source/author line, or NULL */
	struct view_block *b;		/* title, meta, then the paragraphs */
	size_t nb, cap;
	size_t first_para;		/* index of the first paragraph block */
	size_t nhidden;			/* blocks filtered out */
	int width;			/* columns to wrap to */
};

static void view_push(struct view *v, const char *text, size_t start, size_t end,
		      int in_file, enum view_kind kind, int blank)
{
	v->b = xgrow(v->b, &v->cap, v->nb + 1, sizeof *v->b);
	struct view_block *b = &v->b[v->nb++];
	memset(b, 0, sizeof *b);
	b->text = text;
	b->start = start;
	b->end = end;
	b->in_file = in_file;
	b->kind = kind;
	b->blank = blank;
}

static char *view_meta_line(const struct article *a)
{
	static const char *const keys[] = { "date", "published", "source", "publisher",
					    "author", "byline", "by", "url", NULL };
	char *line = NULL;
	for (int i = 0; keys[i]; i++) {
		const char *val = article_field(a, keys[i]);
		if (!val || !*val)
			continue;
		char *next = line ? xasprintf("%s \xc2\xb7 %s", line, val) : xstrdup(val);
		free(line);
		line = next;
	}
	return line;
}

struct view *view_new(const struct article *a, int width)
{
	struct view *v = xcalloc(1, sizeof *v);
	v->a = a;
	v->width = width < 1 ? 1 : width;
	const char *d = a->data;
	if (a->title_end > a->title_start && (a->title_para >= 0 || a->title_start < a->body_start))
		view_push(v, d, a->title_start, a->title_end, 1, VIEW_TITLE, 0);
	else
		view_push(v, a->title, 0, strlen(a->title), 0, VIEW_TITLE, 0);
	v->meta = view_meta_line(a);
	if (v->meta)
		view_push(v, v->meta, 0, strlen(v->meta), 0, VIEW_META, 0);
	v->first_para = v->nb;
	if (a->npara == 0) {
		static const char empty[] = "(no text in this article)";
		view_push(v, empty, 0, sizeof empty - 1, 0, VIEW_META, 1);
	}
	for (size_t k = 0; k < a->npara; k++) {
		const struct article_para *p = &a->paras[k];
		if (p->flags & ARTICLE_PARA_TITLE)
			continue;
		enum view_kind kind = (p->flags & ARTICLE_PARA_PRE) ? VIEW_PRE :
				      (p->flags & (ARTICLE_PARA_BOILERPLATE | ARTICLE_PARA_CITATION)) ? VIEW_BOILERPLATE :
				      (p->flags & ARTICLE_PARA_HEADING) ? VIEW_HEADING : VIEW_TEXT;
		size_t s = p->start;
		int blank = 1;
		while (p->end - s > VIEW_PIECE) {
			/* Cut at a space (or anywhere, if there is none nearby). */
			size_t cut = s + VIEW_PIECE;
			size_t c = cut;
			while (c > s + VIEW_PIECE / 2 && d[c] != ' ' && d[c] != '\n')
				c--;
			if (c > s + VIEW_PIECE / 2)
				cut = c + 1;
			else
				cut = text_cluster_end(d, p->end, cut);
			view_push(v, d, s, cut, 1, kind, blank);
			blank = 0;
			s = cut;
		}
		view_push(v, d, s, p->end, 1, kind, blank);
	}
	return v;
}

void view_free(struct view *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->nb; i++)
		free(v->b[i].starts);
	free(v->b);
	free(v->meta);
	free(v);
}

void view_set_width(struct view *v, int width)
{
	v->width = width < 1 ? 1 : width;
}

int view_width(const struct view *v)
{
	return v->width;
}

/* Wraps block i for the current width if it is not already. */
static struct view_block *view_wrap(struct view *v, size_t i)
{
	struct view_block *b = &v->b[i];
	if (b->starts && b->width == v->width)
		return b;
	free(b->starts);
	b->nstarts = text_wrap(b->text + b->start, b->end - b->start, v->width,
			       b->kind != VIEW_PRE, &b->starts);
	for (size_t k = 0; k < b->nstarts; k++)
		b->starts[k] += b->start;
	b->width = v->width;
	return b;
}

static size_t view_block_lines(struct view *v, size_t i)
{
	struct view_block *b = view_wrap(v, i);
	return b->nstarts + (b->blank ? 1 : 0);
}

int view_line(struct view *v, struct view_pos pos, struct view_line *out)
{
	if (pos.block >= v->nb)
		return 0;
	struct view_block *b = view_wrap(v, pos.block);
	size_t line = pos.line;
	out->text = b->text;
	out->in_file = b->in_file;
	out->collapse = b->kind != VIEW_PRE;
	if (b->blank) {
		if (line == 0) {
			out->start = out->end = b->start;
			out->kind = VIEW_BLANK;
			return 1;
		}
		line--;
	}
	if (line >= b->nstarts)
		return 0;
	out->start = b->starts[line];
	out->end = line + 1 < b->nstarts ? b->starts[line + 1] : b->end;
	out->kind = b->kind;
	return 1;
}

int view_next(struct view *v, struct view_pos *pos)
{
	if (pos->line + 1 < view_block_lines(v, pos->block)) {
		pos->line++;
		return 1;
	}
	for (size_t b = pos->block + 1; b < v->nb; b++)
		if (!v->b[b].hidden) {
			pos->block = b;
			pos->line = 0;
			return 1;
		}
	return 0;
}

int view_prev(struct view *v, struct view_pos *pos)
{
	if (pos->line > 0) {
		pos->line--;
		return 1;
	}
	for (size_t b = pos->block; b-- > 0;)
		if (!v->b[b].hidden) {
			pos->block = b;
			pos->line = view_block_lines(v, b) - 1;
			return 1;
		}
	return 0;
}

long view_move(struct view *v, struct view_pos *pos, long n)
{
	long moved = 0;
	while (n > 0 && view_next(v, pos)) {
		n--;
		moved++;
	}
	while (n < 0 && view_prev(v, pos)) {
		n++;
		moved--;
	}
	return moved;
}

struct view_pos view_first(struct view *v)
{
	(void)v;
	struct view_pos p = { 0, 0 };
	return p;
}

struct view_pos view_last(struct view *v)
{
	struct view_pos p = { v->nb - 1, 0 };
	while (p.block > 0 && v->b[p.block].hidden)
		p.block--;
	p.line = view_block_lines(v, p.block) - 1;
	return p;
}

size_t view_filter(struct view *v, int (*keep)(size_t start, size_t end, void *ctx), void *ctx)
{
	size_t kept = 0;
	v->nhidden = 0;
	for (size_t b = v->first_para; b < v->nb; b++) {
		struct view_block *bl = &v->b[b];
		bl->hidden = bl->in_file && !keep(bl->start, bl->end, ctx);
		v->nhidden += (size_t)bl->hidden;
		kept += (size_t)!bl->hidden;
	}
	return kept;
}

void view_unfilter(struct view *v)
{
	for (size_t b = 0; b < v->nb; b++)
		v->b[b].hidden = 0;
	v->nhidden = 0;
}

int view_filtered(const struct view *v)
{
	return v->nhidden > 0;
}

struct view_pos view_at_offset(struct view *v, size_t off)
{
	struct view_pos p = { 0, 0 };
	if (v->first_para >= v->nb || off < v->b[v->first_para].start) {
		/* Before the body: the title (or the top). */
		return p;
	}
	size_t lo = v->first_para, hi = v->nb - 1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		if (v->b[mid].start <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	/* A filtered-out paragraph: the next one shown, else the one before. */
	if (v->b[lo].hidden) {
		size_t f = lo;
		while (f < v->nb && v->b[f].hidden)
			f++;
		if (f == v->nb) {
			f = lo;
			while (f > 0 && v->b[f].hidden)
				f--;
		}
		p.block = f;
		p.line = 0;
		return p;
	}
	struct view_block *b = view_wrap(v, lo);
	p.block = lo;
	size_t line = 0;
	while (line + 1 < b->nstarts && b->starts[line + 1] <= off)
		line++;
	p.line = line + (b->blank ? 1 : 0);
	return p;
}

size_t view_offset(struct view *v, struct view_pos pos)
{
	struct view_line l;
	if (!view_line(v, pos, &l))
		return v->a->len;
	if (l.in_file)
		return l.start;
	/* A line not in the file (the meta line) anchors at the body. */
	return pos.block == 0 ? 0 : v->a->body_start;
}

int view_in_head(const struct view *v, struct view_pos pos)
{
	return pos.block < v->first_para;
}

int view_cmp(struct view_pos a, struct view_pos b)
{
	if (a.block != b.block)
		return a.block < b.block ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	return 0;
}

size_t view_line_number(struct view *v, struct view_pos pos)
{
	size_t n = 0;
	for (size_t b = 0; b < pos.block && b < v->nb; b++)
		if (!v->b[b].hidden)
			n += view_block_lines(v, b);
	return n + pos.line;
}

int view_percent(struct view *v, struct view_pos pos)
{
	struct view_pos last = view_last(v);
	if (view_cmp(pos, last) >= 0)
		return 100;
	struct view_line l;
	if (!view_line(v, pos, &l) || !l.in_file || v->a->len == 0)
		return 0;
	return (int)((double)l.end * 100.0 / (double)v->a->len);
}

char *view_line_text(const struct view_line *l)
{
	size_t n = l->end - l->start;
	/* A bad byte becomes three bytes (U+FFFD), a tab up to eight blanks. */
	char *buf = xmalloc(8 * n + 1);
	size_t o = 0, keep = 0;
	struct text_iter it;
	struct text_cell c;
	text_iter_init(&it, l->text + l->start, n, l->collapse);
	while (text_iter_next(&it, &c)) {
		if (c.flags & TEXT_CELL_HIDDEN)
			continue;
		if (c.flags & TEXT_CELL_SPACE) {
			for (int k = 0; k < c.width; k++)
				buf[o++] = ' ';
			continue;
		}
		o += text_encode(c.cp, buf + o);
		keep = o;
	}
	buf[keep] = '\0';
	return buf;
}

void view_write(struct view *v, FILE *out)
{
	struct view_pos p = view_first(v);
	struct view_line l;
	do {
		if (!view_line(v, p, &l))
			break;
		char *s = view_line_text(&l);
		fputs(s, out);
		fputc('\n', out);
		free(s);
	} while (view_next(v, &p));
}
