/* ui_draw: drawing the reader: the list, the body with its entity and
 * match highlights and the side pane's frame, through tty.c; the status
 * line is ui_status.c's, the help screen ui_help.c's. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "finder.h"
#include "history.h"
#include "keys.h"
#include "lexicon.h"
#include "ner.h"
#include "prompt.h"
#include "text.h"
#include "tty.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"
#include "xref.h"

void ui_draw_heading(struct ui *u, enum ui_pane p, const char *text)
{
	const struct ui_rect *r = &u->pane[p];
	enum tty_style st = u->focus == p ? TTY_PANE_HEAD_FOCUS : TTY_PANE_HEAD;
	tty_fill(r->y, r->x, r->w, st);
	tty_puts(r->y, r->x + 1, r->w - 1, text, st);
}

static void ui_draw_list(struct ui *u)
{
	struct ui_rect *r = &u->pane[PANE_LIST];
	char head[96];
	size_t selrow = ui_list_row(u, u->sel);
	int n = snprintf(head, sizeof head, "Articles %zu/%zu", selrow == UI_NONE ? 0 : selrow + 1, u->nshown);
	/* A limit or a sort says so, as mutt's status line does. */
	if (u->nshown < u->c->n && n > 0 && (size_t)n < sizeof head)
		n += snprintf(head + n, sizeof head - (size_t)n, " of %zu", u->c->n);
	if (u->sort != SORT_FILE && n > 0 && (size_t)n < sizeof head)
		snprintf(head + n, sizeof head - (size_t)n, " by %s", ui_list_sort_name(u->sort));
	ui_draw_heading(u, PANE_LIST, head);
	/* The numbers at the right: entities each story shares with the one
	 * being read; a heading says so. */
	if (u->related && r->w > 24 && (int)strlen(head) + 8 < r->w)
		tty_puts(r->y, r->x + r->w - 7, 6, "shared", u->focus == PANE_LIST ? TTY_PANE_HEAD_FOCUS : TTY_PANE_HEAD);
	size_t h = r->h > 0 ? (size_t)r->h : 1;
	if (selrow != UI_NONE) {
		if (selrow < u->list_top)
			u->list_top = selrow;
		if (selrow >= u->list_top + h)
			u->list_top = selrow - h + 1;
	}
	if (u->list_top >= u->nshown)
		u->list_top = 0;
	for (int row = 0; row < r->h; row++) {
		size_t ri = u->list_top + (size_t)row;
		if (ri >= u->nshown)
			break;
		size_t i = u->order[ri];
		const struct article *a = corpus_article(u->c, i);
		/* Unread stories are bold, as in mutt and newsboat. */
		enum tty_style st = i == u->cur ? TTY_CURRENT : u->read && !u->read[i] ? TTY_TITLE : TTY_NORMAL;
		if (i == u->sel)
			st = u->focus == PANE_LIST ? TTY_SELECTED : TTY_SELECTED_IDLE;
		int y = r->y + 1 + row;
		tty_fill(y, r->x, r->w, st);
		tty_puts(y, r->x, 1, i == u->cur ? "\xe2\x96\xb8" : " ", st);
		/* A file changed or deleted on disk is marked before its title. */
		char *t = xasprintf("%s%s%s", ui_reload_mark(u, i), a->title, a->len == 0 ? " (empty)" : "");
		/* With more than two stories, how much each shares with the one
		 * being read, at the right: the side pane's percentage. */
		char num[24] = "";
		if (u->related && i != u->cur && u->related[i])
			snprintf(num, sizeof num, " %zu%%", u->related[i]);
		int nw = (int)strlen(num);
		char *cut = text_truncate(t, r->w - 2 - nw);
		tty_puts(y, r->x + 2, r->w - 2 - nw, cut, st);
		if (nw)
			tty_puts(y, r->x + r->w - nw, nw, num, i == u->sel ? st : TTY_DIM);
		free(cut);
		free(t);
	}
}

static enum tty_style ui_draw_kind_style(enum view_kind k)
{
	switch (k) {
	case VIEW_TITLE: return TTY_TITLE;
	case VIEW_HEADING: return TTY_TITLE;
	case VIEW_META: return TTY_META;
	case VIEW_BOILERPLATE: return TTY_DIM;
	default: return TTY_NORMAL;
	}
}

/* The matches on screen. */
struct ui_matches {
	struct search_match *v;
	size_t n, cap;
};

static int ui_draw_matches_add(const struct search_match *m, void *ctx)
{
	struct ui_matches *ms = ctx;
	if (ms->n >= 65536)
		return 1; /* more than a screen can show */
	ms->v = xgrow(ms->v, &ms->cap, ms->n + 1, sizeof *ms->v);
	ms->v[ms->n++] = *m;
	return 0;
}

static void ui_draw_body(struct ui *u)
{
	struct ui_rect *r = &u->pane[PANE_BODY];
	struct view *v = ui_view(u);
	const struct article *a = corpus_article(u->c, u->cur);
	/* A long path keeps its file name: the directories go first. */
	char *name = text_clean(article_name(a), strlen(article_name(a)));
	char *head = text_elide_path(name, r->w - 1);
	ui_draw_heading(u, PANE_BODY, head);
	free(head);
	free(name);
	struct view_pos p = u->top;
	int w = ui_body_width(u);
	const struct entity_doc *d = ui_doc(u);
	/* The search's matches on screen, looked up once for the whole page. */
	struct ui_matches ms = { NULL, 0, 0 };
	if (finder_active(u->find) && !u->hl_off) {
		struct view_pos q = u->top;
		size_t from = SIZE_MAX, to = 0;
		for (int row = 0; row < r->h; row++) {
			struct view_line ql;
			if (!view_line(v, q, &ql))
				break;
			if (ql.in_file) {
				if (ql.start < from)
					from = ql.start;
				if (ql.end > to)
					to = ql.end;
			}
			if (!view_next(v, &q))
				break;
		}
		if (from < to)
			finder_each(u->find, u->cur, from, to, ui_draw_matches_add, &ms);
	}
	for (int row = 0; row < r->h; row++) {
		struct view_line l;
		if (!view_line(v, p, &l))
			break;
		enum tty_style st = ui_draw_kind_style(l.kind);
		struct text_iter it;
		struct text_cell c;
		int col = 0;
		/* Mentions are ranges beside the text, looked up while drawing. */
		size_t m = l.in_file ? entity_mention_at(d, l.start) : d->n;
		size_t mq = 0;
		while (l.in_file && mq < ms.n && ms.v[mq].end <= l.start)
			mq++;
		text_iter_init(&it, l.text + l.start, l.end - l.start, l.collapse);
		while (text_iter_next(&it, &c)) {
			if (c.flags & TEXT_CELL_HIDDEN)
				continue;
			if (col + c.width > w)
				break;
			size_t off = l.start + c.off;
			while (m < d->n && d->v[m].end <= off)
				m++;
			enum tty_style cs = st;
			int rev = 0;
			if (m < d->n && d->v[m].start <= off && ui_type_shown(u, d->v[m].type)) {
				cs = (enum tty_style)(TTY_PERSON + d->v[m].type);
				rev = m == u->ecur;
			} else if (m < d->n && d->v[m].start <= off && m == u->ecur) {
				rev = 1;
			}
			if (l.in_file) {
				while (mq < ms.n && ms.v[mq].end <= off)
					mq++;
				if (mq < ms.n && ms.v[mq].start <= off) {
					int current = u->have_match && ms.v[mq].start == u->match.start;
					cs = current ? TTY_MATCH_CURRENT : TTY_MATCH;
					rev = 0;
				}
				/* A selection shows over everything in it. */
				if (ui_select_has(u, off)) {
					cs = TTY_SELECTION;
					rev = 0;
				}
			}
			if (c.flags & TEXT_CELL_SPACE)
				tty_put2(r->y + 1 + row, r->x + 1 + col, ' ', c.width, cs, rev);
			else
				tty_put2(r->y + 1 + row, r->x + 1 + col, c.cp, c.width, cs, rev);
			col += c.width;
		}
		if (!view_next(v, &p))
			break;
	}
	free(ms.v);
}

void ui_draw(struct ui *u)
{
	tty_erase();
	if (u->help) {
		ui_help_draw(u);
		tty_refresh();
		return;
	}
	if (u->pane[PANE_LIST].visible) {
		ui_side_related_counts(u);
		ui_draw_list(u);
		tty_vline(u->pane[PANE_LIST].w, 0, u->pane[PANE_LIST].h + 1);
	}
	ui_draw_body(u);
	if (u->pane[PANE_SIDE].visible) {
		tty_vline(u->pane[PANE_SIDE].x - 1, 0, u->pane[PANE_SIDE].h + 1);
		ui_side_draw(u);
	}
	ui_status_draw(u);
	tty_refresh();
}
