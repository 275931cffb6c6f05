/* ui_select: selecting a passage, as vim's visual mode. `v` starts a
 * selection at the entity cursor (its mention) or at the first word of
 * the top line; w and b, j and k, } and { move its end by words, screen
 * lines and paragraphs; y copies it, a puts a note on it, Esc or v ends
 * it. The selection is a byte range of the article's text, the reader's
 * coordinate system, so that a note or a copy holds exactly those bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "text.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"

static int ui_select_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The end of the word at or after off: whitespace skipped, then the run
 * of other bytes (a UTF-8 character is never split: its bytes are not
 * whitespace). */
static size_t ui_select_word_end(const struct article *a, size_t off)
{
	while (off < a->len && ui_select_space(a->data[off]))
		off++;
	while (off < a->len && !ui_select_space(a->data[off]))
		off++;
	return off;
}

/* The passage shown in a message: one line, cut to 40 columns. */
char *ui_select_preview(const char *text)
{
	char *cut = text_truncate(text, 40);
	char *flat = xstrdup(cut);
	for (char *p = flat; *p; p++)
		if (*p == '\n')
			*p = ' ';
	free(cut);
	return flat;
}

static void ui_select_say(struct ui *u)
{
	const struct article *a = corpus_article(u->c, u->cur);
	char *text = ui_copy_text(a, u->sel_start, u->sel_end);
	char *pre = ui_select_preview(text);
	ui_message(u, 0, xasprintf("Selected '%s' (%zu bytes): y copies, a notes it, o opens its link, Esc ends it.",
				   pre, u->sel_end - u->sel_start));
	free(pre);
	free(text);
}

void ui_select_start(struct ui *u)
{
	const struct article *a = corpus_article(u->c, u->cur);
	const struct entity_doc *d = ui_doc(u);
	size_t start, end;
	if (u->ecur != UI_NONE && u->ecur < d->n) {
		/* Within the text, should it have changed since (ui_stat.c). */
		end = d->v[u->ecur].end < a->len ? d->v[u->ecur].end : a->len;
		start = d->v[u->ecur].start < end ? d->v[u->ecur].start : end;
	} else {
		start = u->anchor_head ? a->body_start : u->anchor;
		while (start < a->len && ui_select_space(a->data[start]))
			start++;
		end = ui_select_word_end(a, start);
	}
	if (start >= end) {
		ui_message(u, 0, xstrdup("Nothing here to select."));
		return;
	}
	u->selecting = 1;
	u->sel_start = start;
	u->sel_end = end;
	u->focus = PANE_BODY;
	ui_select_say(u);
}

void ui_select_end(struct ui *u)
{
	u->selecting = 0;
}

int ui_select_has(const struct ui *u, size_t off)
{
	return u->selecting && off >= u->sel_start && off < u->sel_end;
}

/* j: the end of the next screen line below the selection's end. */
static size_t ui_select_line_down(struct ui *u, size_t end)
{
	struct view *v = ui_view(u);
	struct view_pos p = view_at_offset(v, end - 1);
	struct view_line l;
	do {
		if (view_line(v, p, &l) && l.in_file && l.end > end)
			return l.end;
	} while (view_next(v, &p));
	return end;
}

/* k: the end of the screen line above the one the selection ends on,
 * when that is still after its start. */
static size_t ui_select_line_up(struct ui *u, size_t start, size_t end)
{
	struct view *v = ui_view(u);
	struct view_pos p = view_at_offset(v, end - 1);
	struct view_line l;
	while (view_prev(v, &p)) {
		if (!view_line(v, p, &l) || !l.in_file || l.start == l.end)
			continue;
		if (l.end <= start)
			break;
		if (l.end < end)
			return l.end;
	}
	return end;
}

/* }: the end of the paragraph the selection ends in, else of the next. */
static size_t ui_select_para_next(const struct article *a, size_t end)
{
	size_t k = article_para_at(a, end - 1);
	if (k < a->npara && a->paras[k].end > end)
		return a->paras[k].end;
	for (k = 0; k < a->npara; k++)
		if (a->paras[k].start >= end)
			return a->paras[k].end;
	return end;
}

/* {: the end of the last paragraph that ends before the selection's
 * end, when that is still after its start. */
static size_t ui_select_para_prev(const struct article *a, size_t start, size_t end)
{
	size_t best = end;
	for (size_t k = 0; k < a->npara && a->paras[k].end < end; k++)
		if (a->paras[k].end > start)
			best = a->paras[k].end;
	return best;
}

/* b: back to the end of the word before the last one. */
static size_t ui_select_word_prev(const struct article *a, size_t start, size_t end)
{
	size_t p = end;
	while (p > start && ui_select_space(a->data[p - 1]))
		p--;
	while (p > start && !ui_select_space(a->data[p - 1]))
		p--;
	while (p > start && ui_select_space(a->data[p - 1]))
		p--;
	return p > start ? p : end;
}

/* A key of the selection's own (keys.c's select table), times over. */
void ui_select_command(struct ui *u, enum keys_cmd cmd, long times)
{
	if (!u->selecting)
		return;
	if (cmd == CMD_SELECT_CANCEL) {
		ui_select_end(u);
		ui_message(u, 0, xstrdup("Selection ended."));
		return;
	}
	const struct article *a = corpus_article(u->c, u->cur);
	size_t was = u->sel_end;
	for (long k = 0; k < times; k++) {
		size_t e = u->sel_end;
		switch (cmd) {
		case CMD_SELECT_WORD_NEXT: e = ui_select_word_end(a, e); break;
		case CMD_SELECT_WORD_PREV: e = ui_select_word_prev(a, u->sel_start, e); break;
		case CMD_SELECT_LINE_DOWN: e = ui_select_line_down(u, e); break;
		case CMD_SELECT_LINE_UP: e = ui_select_line_up(u, u->sel_start, e); break;
		case CMD_SELECT_PARA_NEXT: e = ui_select_para_next(a, e); break;
		case CMD_SELECT_PARA_PREV: e = ui_select_para_prev(a, u->sel_start, e); break;
		default: break;
		}
		if (e == u->sel_end)
			break;
		u->sel_end = e;
	}
	if (u->sel_end == was) {
		int forward = cmd == CMD_SELECT_WORD_NEXT || cmd == CMD_SELECT_LINE_DOWN || cmd == CMD_SELECT_PARA_NEXT;
		ui_message(u, 0, xstrdup(forward ? "The selection reaches the end of the story." :
					 "The selection cannot end before it starts."));
		return;
	}
	ui_show_offset(u, u->sel_end - 1);
	ui_select_say(u);
}
