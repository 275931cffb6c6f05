/* ui_status: the status line and the message line under it. The status
 * is made of parts, and when the terminal is too narrow for all of them
 * the least useful go first (the key hint, then the date, then the title
 * is shortened), so that the entity, mention and match stay in sight down
 * to a very narrow screen. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "finder.h"
#include "ner.h"
#include "prompt.h"
#include "text.h"
#include "tty.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"

/* The parts, in the order they are shown; the left-hand ones from the
 * left edge, the others against the right edge. */
enum ui_status_part {
	ST_NUM,		/* "3/85": which article */
	ST_TITLE,	/* its title, when no entity is selected */
	ST_NAME,	/* the selected entity's name */
	ST_TYPE,	/* "(PERSON)" */
	ST_MENTION,	/* "mention 2 of 8" */
	ST_RIGHT,	/* the first right-hand part */
	ST_FOUND = ST_RIGHT, /* "match 3 of 12" */
	ST_FILTER,	/* "[filtered]" */
	ST_DISK,	/* "[changed on disk: ^R]", "[deleted on disk]" */
	ST_CONV,	/* "[from windows-1252]" */
	ST_DATE,	/* the article's date */
	ST_POS,		/* "Top", "Bot", "All" or a percentage */
	ST_HELP,	/* "h:help q:quit" */
	ST_COUNT
};

struct ui_status {
	char *text[ST_COUNT];	/* each part, or NULL when absent or dropped */
	int floor[ST_COUNT];	/* the title and name: columns they may be cut to */
	char *brief;		/* a shorter form of the mention ("2 of 8") */
};

/* What goes when there is not room for everything, in order: a part
 * dropped (cols 0), let be cut to as few as cols columns, or (cols -1)
 * put in its brief form. A long title takes what room is left, down to a
 * readable width, before anything else goes; it is cut once at the end,
 * to all the room the other parts leave. */
static const struct {
	enum ui_status_part part;
	int cols;
} ui_status_steps[] = {
	{ ST_TITLE, 30 },
	{ ST_HELP, 0 },
	{ ST_DATE, 0 },
	{ ST_CONV, 0 },
	{ ST_TITLE, 16 },
	{ ST_NUM, 0 },
	{ ST_TYPE, 0 },
	{ ST_NAME, 12 },
	{ ST_TITLE, 8 },
	{ ST_FILTER, 0 },
	{ ST_DISK, 0 },
	{ ST_MENTION, -1 }, /* its brief form */
	{ ST_POS, 0 },
	{ ST_NAME, 6 },
	{ ST_TITLE, 4 },
};

/* Where the body is: "Top", "Bot", "All" or a percentage, as vim says it. */
static void ui_status_position(struct ui *u, char *buf, size_t size)
{
	struct view *v = ui_view(u);
	struct view_pos bottom = ui_bottom(u);
	int at_top = view_cmp(u->top, view_first(v)) == 0;
	if (ui_load_pending(u)) {
		/* Only the first part is here: how far through is not known. */
		snprintf(buf, size, "%s", at_top ? "Top" : "--");
		return;
	}
	int at_end = view_cmp(bottom, view_last(v)) >= 0;
	if (at_top && at_end)
		snprintf(buf, size, "All");
	else if (at_top)
		snprintf(buf, size, "Top");
	else if (at_end)
		snprintf(buf, size, "Bot");
	else
		snprintf(buf, size, "%d%%", view_percent(v, bottom));
}

static void ui_status_fill(struct ui *u, struct ui_status *s)
{
	const struct article *a = corpus_article(u->c, u->cur);
	char pos[16];
	memset(s, 0, sizeof *s);
	for (int p = 0; p < ST_COUNT; p++)
		s->floor[p] = INT_MAX;
	s->text[ST_NUM] = xasprintf("%zu/%zu", u->cur + 1, u->c->n);
	const struct entity_doc *d = ui_doc(u);
	if (u->ecur != UI_NONE && u->ecur < d->n) {
		size_t id = d->v[u->ecur].id, nth = 0, total = 0;
		for (size_t k = 0; k < d->n; k++)
			if (d->v[k].id == id) {
				total++;
				if (k <= u->ecur)
					nth++;
			}
		s->text[ST_NAME] = xstrdup(u->ents->v[id].name);
		s->text[ST_TYPE] = xasprintf("(%s)", ner_type_name(d->v[u->ecur].type));
		s->text[ST_MENTION] = xasprintf("mention %zu of %zu", nth, total);
		s->brief = xasprintf("%zu of %zu", nth, total);
	} else {
		s->text[ST_TITLE] = xstrdup(a->title);
	}
	if (u->have_match && finder_active(u->find) && !u->hl_off)
		s->text[ST_FOUND] = ui_search_message(u, "");
	if (view_filtered(ui_view(u)))
		s->text[ST_FILTER] = xstrdup("[filtered]");
	/* A file changed or deleted since it was read says so, as less's
	 * "file changed"; the message line goes with the next key. */
	if (u->disk && u->disk[u->cur] == UI_DISK_CHANGED)
		s->text[ST_DISK] = xstrdup("[changed on disk: ^R]");
	else if (u->disk && u->disk[u->cur] == UI_DISK_GONE)
		s->text[ST_DISK] = xstrdup("[deleted on disk]");
	/* A text converted from another charset says so, as vim's [converted]. */
	if (a->converted)
		s->text[ST_CONV] = xasprintf("[from %s]", a->converted);
	else if (ui_load_pending(u))
		s->text[ST_CONV] = xstrdup("[loading\xe2\x80\xa6]");
	const char *date = article_field(a, "date");
	if (date)
		s->text[ST_DATE] = xstrdup(date);
	ui_status_position(u, pos, sizeof pos);
	s->text[ST_POS] = xstrdup(pos);
	s->text[ST_HELP] = xstrdup("h:help q:quit");
}

static void ui_status_free(struct ui_status *s)
{
	for (int p = 0; p < ST_COUNT; p++)
		free(s->text[p]);
	free(s->brief);
}

static int ui_status_cols(const char *t)
{
	return t ? text_columns(t, strlen(t)) : 0;
}

/* The parts from..to joined, the entity's with one blank, others with two. */
static char *ui_status_join(const struct ui_status *s, int from, int to)
{
	size_t cap = 1;
	for (int p = from; p < to; p++)
		cap += s->text[p] ? strlen(s->text[p]) + 2 : 0;
	char *out = xmalloc(cap);
	size_t o = 0;
	for (int p = from; p < to; p++) {
		if (!s->text[p])
			continue;
		if (o) {
			int tight = p == ST_TYPE || p == ST_MENTION;
			memcpy(out + o, "  ", tight ? 1 : 2);
			o += tight ? 1 : 2;
		}
		memcpy(out + o, s->text[p], strlen(s->text[p]));
		o += strlen(s->text[p]);
	}
	out[o] = '\0';
	return out;
}

static int ui_status_part_cols(const struct ui_status *s, int p)
{
	int w = ui_status_cols(s->text[p]);
	return w < s->floor[p] ? w : s->floor[p];
}

/* Columns the whole line needs, the title and name counted as cut to
 * their floor: a blank at each end, two between the halves. */
static int ui_status_need(const struct ui_status *s)
{
	int half[2] = { 0, 0 };
	for (int p = 0; p < ST_COUNT; p++) {
		if (!s->text[p])
			continue;
		int *h = &half[p >= ST_RIGHT];
		if (*h)
			*h += p == ST_TYPE || p == ST_MENTION ? 1 : 2;
		*h += ui_status_part_cols(s, p);
	}
	return 1 + half[0] + (half[0] && half[1] ? 2 : 0) + half[1] + (half[1] ? 1 : 0);
}

/* Drops and shortens parts, least useful first, until the line fits;
 * then cuts the title or name to the room left. */
static void ui_status_fit(struct ui_status *s, int cols)
{
	for (size_t k = 0; k < sizeof ui_status_steps / sizeof *ui_status_steps; k++) {
		if (ui_status_need(s) <= cols)
			break;
		enum ui_status_part p = ui_status_steps[k].part;
		char **t = &s->text[p];
		int limit = ui_status_steps[k].cols;
		if (!*t)
			continue;
		if (limit < 0) {
			free(*t);
			*t = s->brief;
			s->brief = NULL;
		} else if (limit == 0) {
			free(*t);
			*t = NULL;
		} else if (limit < s->floor[p]) {
			s->floor[p] = limit;
		}
	}
	for (int p = 0; p < ST_COUNT; p++) {
		if (!s->text[p] || s->floor[p] == INT_MAX)
			continue;
		int w = ui_status_cols(s->text[p]);
		int room = cols - (ui_status_need(s) - ui_status_part_cols(s, p));
		if (w > room) {
			char *cut = text_truncate(s->text[p], room > 1 ? room : 1);
			free(s->text[p]);
			s->text[p] = cut;
		}
	}
}

static void ui_status_line(struct ui *u, int y)
{
	struct ui_status s;
	ui_status_fill(u, &s);
	ui_status_fit(&s, u->cols);
	char *left = ui_status_join(&s, 0, ST_RIGHT), *right = ui_status_join(&s, ST_RIGHT, ST_COUNT);
	tty_fill(y, 0, u->cols, TTY_STATUS);
	int lw = ui_status_cols(left), rw = ui_status_cols(right);
	if (lw + rw + 4 > u->cols) {
		/* Still too wide, past every step: what fits, the left first. */
		char *all = xasprintf("%s%s%s", left, *left && *right ? "  " : "", right);
		char *cut = text_truncate(all, u->cols - 1);
		tty_puts(y, 1, u->cols - 1, cut, TTY_STATUS);
		free(cut);
		free(all);
	} else {
		tty_puts(y, 1, lw, left, TTY_STATUS);
		tty_puts(y, u->cols - 1 - rw, rw, right, TTY_STATUS);
	}
	free(left);
	free(right);
	ui_status_free(&s);
}

void ui_status_draw(struct ui *u)
{
	int y = u->rows - 2;
	if (y < 0)
		return;
	if (u->cols > 1)
		ui_status_line(u, y);
	if (u->prompting && u->rows >= 1) {
		char *line;
		int col;
		prompt_display(&u->pr, u->cols > 1 ? u->cols - 1 : 1, &line, &col);
		int used = tty_puts(u->rows - 1, 0, u->cols, line, TTY_PROMPT);
		/* A bad pattern says so beside the prompt, as it is typed. */
		if (u->msg && used + 3 < u->cols)
			tty_puts(u->rows - 1, used + 2, u->cols - used - 2, u->msg, u->msg_error ? TTY_ERROR : TTY_DIM);
		tty_cursor(u->rows - 1, col);
		free(line);
	} else {
		tty_cursor(-1, 0);
		if (u->msg && u->rows >= 1)
			tty_puts(u->rows - 1, 0, u->cols, u->msg, u->msg_error ? TTY_ERROR : TTY_MESSAGE);
	}
}
