/* ui_help: the help screen, built from the same table that dispatches
 * keys: a few lines on the panes, styles and legend first, then every
 * command. It is laid out for the screen's width, each description
 * wrapped beside its keys, so that a narrow terminal cuts nothing; the
 * scrolling keys scroll it to its last line. */
#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "ner.h"
#include "text.h"
#include "tty.h"
#include "ui_private.h"
#include "xmalloc.h"

/* Where descriptions start, right of the keys. */
#define UI_HELP_DESC_COL 26
/* Narrower descriptions than this go on below the keys instead. */
#define UI_HELP_MIN_DESC 10
/* Continuation lines go under the keys when the description column is
 * narrower than this: a column of two words a line is hard to read. */
#define UI_HELP_WIDE_DESC 30
/* Where continuation lines start when they go under the keys. */
#define UI_HELP_UNDER_KEYS 4

/* A piece of text at a column of a row of the help. */
struct ui_help_span {
	size_t row;
	int x;
	char *s;
	enum tty_style st;
};

/* The help laid out for a width. */
struct ui_help_page {
	struct ui_help_span *v;
	size_t n, cap;
	size_t rows;	/* rows it takes */
	int cols;	/* the width */
};

static void ui_help_put(struct ui_help_page *pg, size_t row, int x, char *s, enum tty_style st)
{
	pg->v = xgrow(pg->v, &pg->cap, pg->n + 1, sizeof *pg->v);
	pg->v[pg->n++] = (struct ui_help_span){ row, x, s, st };
	if (row + 1 > pg->rows)
		pg->rows = row + 1;
}

/* The first line of s that fits in width columns (at least one
 * character); *rest gets where the next begins, blanks skipped. */
static char *ui_help_line(const char *s, int width, const char **rest)
{
	size_t n = strlen(s), *starts;
	size_t nl = text_wrap(s, n, width, 1, &starts);
	size_t end = nl > 1 ? starts[1] : n;
	free(starts);
	const char *r = s + end;
	while (*r == ' ')
		r++;
	*rest = r;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	return xstrndup(s, end);
}

/* Text from column x on row *row, wrapped to the screen's width, the
 * lines after the first starting at column x2. */
static void ui_help_text(struct ui_help_page *pg, size_t *row, int x, int x2, const char *text, enum tty_style st)
{
	const char *s = text;
	int first = 1;
	while (*s) {
		int at = first ? x : x2;
		char *line = ui_help_line(s, pg->cols - at, &s);
		ui_help_put(pg, *row, at, line, st);
		(*row)++;
		first = 0;
	}
	if (first)
		(*row)++;
}

/* A label and styled words after it ("Styles: title, ..."), going on to
 * the next row, under the first word, when the next does not fit. */
static void ui_help_items(struct ui_help_page *pg, size_t *row, const char *label, const char *const *items,
			  const enum tty_style *styles, int n)
{
	ui_help_put(pg, *row, 2, xstrdup(label), TTY_NORMAL);
	int x0 = 2 + text_columns(label, strlen(label));
	if (x0 + 20 > pg->cols)
		x0 = UI_HELP_UNDER_KEYS;
	int x = 2 + text_columns(label, strlen(label));
	for (int k = 0; k < n; k++) {
		int w = text_columns(items[k], strlen(items[k]));
		if (x > x0 && x + w > pg->cols) {
			(*row)++;
			x = x0;
		}
		if (x + w > pg->cols) {
			/* Wider than a whole row: wrapped as text, alone. */
			ui_help_text(pg, row, x, x0, items[k], styles[k]);
			x = x0;
			continue;
		}
		ui_help_put(pg, *row, x, xstrdup(items[k]), styles[k]);
		x += w + 2;
	}
	if (x > x0)
		(*row)++;
}

/* One command: its keys, and what it does beside them. */
static void ui_help_command(struct ui_help_page *pg, size_t *row, const struct keys_command *cmd)
{
	char labels[128];
	keys_labels(cmd->cmd, labels, sizeof labels);
	ui_help_put(pg, *row, 2, xstrdup(labels), TTY_KEY);
	int keys_end = 2 + text_columns(labels, strlen(labels));
	int x = UI_HELP_DESC_COL;
	if (keys_end + 2 > x)
		x = keys_end + 2;
	if (pg->cols - x < UI_HELP_MIN_DESC) {
		/* No room beside the keys: the description goes under them. */
		(*row)++;
		ui_help_text(pg, row, UI_HELP_UNDER_KEYS, UI_HELP_UNDER_KEYS, cmd->help, TTY_NORMAL);
		return;
	}
	int x2 = pg->cols - x < UI_HELP_WIDE_DESC ? UI_HELP_UNDER_KEYS : x;
	ui_help_text(pg, row, x, x2, cmd->help, TTY_NORMAL);
}

static void ui_help_layout(struct ui_help_page *pg, int cols)
{
	memset(pg, 0, sizeof *pg);
	pg->cols = cols > UI_HELP_UNDER_KEYS + 8 ? cols : UI_HELP_UNDER_KEYS + 8;
	size_t row = 0;
	ui_help_text(pg, &row, 2, 2, "Tab moves focus between the panes; j/k, Space and b move the focused one.", TTY_NORMAL);
	ui_help_text(pg, &row, 2, 2, "Mouse: the wheel scrolls the pane under it; a click in the list opens that article.",
		     TTY_NORMAL);
	static const char *const styles[] = { "title", "date and source", "boilerplate (dimmed)", "match",
					      "current match" };
	static const enum tty_style style_of[] = { TTY_TITLE, TTY_META, TTY_DIM, TTY_MATCH, TTY_MATCH_CURRENT };
	ui_help_items(pg, &row, "Styles: ", styles, style_of, 5);
	/* The legend of entity types, in their own styles. */
	static const char *const names[NER_NTYPES] = { "person (t p)", "organization (t o)", "place (t l)",
						       "group (t g)", "other name (t m)", "date (t d)" };
	enum tty_style type_style[NER_NTYPES];
	for (int t = 0; t < NER_NTYPES; t++)
		type_style[t] = (enum tty_style)(TTY_PERSON + t);
	ui_help_items(pg, &row, "Entities: ", names, type_style, NER_NTYPES);
	ui_help_text(pg, &row, 2, 2, "Side pane: Enter lists an entity's mentions or opens one; Esc goes back to the list.",
		     TTY_NORMAL);
	ui_help_text(pg, &row, 2, 2,
		     "Counts as in less: 500G, 12j, 50%. Places, read stories, jumps, marks and notes are kept between runs.",
		     TTY_NORMAL);
	row++;
	size_t n;
	const struct keys_command *cmds = keys_commands(&n);
	for (size_t i = 0; i < n; i++)
		ui_help_command(pg, &row, &cmds[i]);
	pg->rows = row;
}

static void ui_help_free(struct ui_help_page *pg)
{
	for (size_t k = 0; k < pg->n; k++)
		free(pg->v[k].s);
	free(pg->v);
}

/* Rows of help the screen shows at once, under its heading. */
static size_t ui_help_height(const struct ui *u)
{
	return u->rows - 3 > 1 ? (size_t)(u->rows - 3) : 1;
}

/* The first row shown, kept so that the last page is full. */
static size_t ui_help_clamp(size_t top, size_t rows, size_t h)
{
	if (top + h > rows)
		return rows > h ? rows - h : 0;
	return top;
}

void ui_help_draw(struct ui *u)
{
	struct ui_help_page pg;
	ui_help_layout(&pg, u->cols);
	size_t h = ui_help_height(u);
	u->help_top = ui_help_clamp(u->help_top, pg.rows, h);
	const char *title = "crossread help: keys (q, Esc or h to close)";
	if (text_columns(title, strlen(title)) > u->cols - 1)
		title = "Help (q closes)";
	tty_fill(0, 0, u->cols, TTY_PANE_HEAD_FOCUS);
	tty_puts(0, 1, u->cols - 1, title, TTY_PANE_HEAD_FOCUS);
	for (size_t k = 0; k < pg.n; k++) {
		const struct ui_help_span *sp = &pg.v[k];
		if (sp->row < u->help_top || sp->row >= u->help_top + h || sp->x >= u->cols)
			continue;
		tty_puts(1 + (int)(sp->row - u->help_top), sp->x, u->cols - sp->x, sp->s, sp->st);
	}
	ui_help_free(&pg);
}

void ui_help_key(struct ui *u, int key)
{
	struct ui_help_page pg;
	ui_help_layout(&pg, u->cols);
	size_t total = pg.rows;
	ui_help_free(&pg);
	size_t h = ui_help_height(u);
	enum keys_cmd cmd = keys_lookup(key);
	if (key == 'q' || key == 'Q' || key == KEYS_ESC || cmd == CMD_HELP) {
		u->help = 0;
	} else if (cmd == CMD_LINE_DOWN || cmd == CMD_PAGE_DOWN || cmd == CMD_HALF_DOWN || cmd == CMD_BOTTOM) {
		size_t step = cmd == CMD_LINE_DOWN ? 1 : cmd == CMD_BOTTOM ? total : cmd == CMD_HALF_DOWN ? (h + 1) / 2 : h;
		u->help_top = ui_help_clamp(u->help_top + step, total, h);
	} else if (cmd == CMD_LINE_UP || cmd == CMD_PAGE_UP || cmd == CMD_HALF_UP || cmd == CMD_TOP) {
		size_t step = cmd == CMD_LINE_UP ? 1 : cmd == CMD_TOP ? total : cmd == CMD_HALF_UP ? (h + 1) / 2 : h;
		u->help_top = u->help_top > step ? u->help_top - step : 0;
	} else if (cmd == CMD_REDRAW) {
		tty_redraw();
	}
}
