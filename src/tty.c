/* tty: ncursesw behind a small interface of styles, characters and keys. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "tty.h"

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "keys.h"
#include "text.h"

static attr_t tty_attrs[TTY_STYLE_COUNT];
static short tty_pairs[TTY_STYLE_COUNT];
static int tty_last_y = -1, tty_last_x = -1; /* the last cell drawn, for combining marks */
static wchar_t tty_cell[CCHARW_MAX + 1];
static int tty_cell_n;
static enum tty_style tty_cell_style;

/* The one place that turns a style into an appearance. Colours come from
 * the terminal's own palette; every style also differs by attribute, so
 * that monochrome terminals and NO_COLOR keep every distinction. */
static void tty_setup_styles(int color)
{
	static const struct {
		attr_t attr;	/* attributes, with or without colour */
		short fg, bg;	/* colour pair, -1 for the terminal's default */
	} s[TTY_STYLE_COUNT] = {
		[TTY_NORMAL] = { A_NORMAL, -1, -1 },
		[TTY_TITLE] = { A_BOLD, -1, -1 },
		[TTY_META] = { A_DIM, -1, -1 },
		[TTY_DIM] = { A_DIM, -1, -1 },
		[TTY_PANE_HEAD] = { A_UNDERLINE, -1, -1 },
		[TTY_PANE_HEAD_FOCUS] = { A_BOLD | A_REVERSE, COLOR_BLUE, -1 },
		[TTY_SELECTED] = { A_REVERSE, -1, -1 },
		/* The selection in a pane without the focus: a dimmed bar,
		 * which no entity type looks like (none is in reverse), nor
		 * an organization (underlined without colour). */
		[TTY_SELECTED_IDLE] = { A_REVERSE | A_DIM, -1, -1 },
		[TTY_CURRENT] = { A_BOLD, -1, -1 },
		[TTY_BORDER] = { A_DIM, -1, -1 },
		[TTY_STATUS] = { A_REVERSE, -1, -1 },
		[TTY_MESSAGE] = { A_NORMAL, -1, -1 },
		[TTY_ERROR] = { A_BOLD, COLOR_RED, -1 },
		[TTY_KEY] = { A_BOLD, COLOR_GREEN, -1 },
		[TTY_LABEL] = { A_DIM, -1, -1 },
		/* Without colour: person bold, organization underlined, place
		 * bold and underlined, group italic, misc italic and underlined,
		 * date dim; the cursor is reverse video over any of them. */
		[TTY_PERSON] = { A_BOLD, COLOR_GREEN, -1 },
		[TTY_ORG] = { A_UNDERLINE, COLOR_MAGENTA, -1 },
		[TTY_PLACE] = { A_BOLD | A_UNDERLINE, COLOR_CYAN, -1 },
		[TTY_GROUP] = { A_ITALIC, COLOR_YELLOW, -1 },
		[TTY_MISC] = { A_ITALIC | A_UNDERLINE, COLOR_BLUE, -1 },
		[TTY_DATE] = { A_DIM, COLOR_RED, -1 },
		[TTY_ENTITY_CURSOR] = { A_REVERSE, -1, -1 },
		/* Matches as less shows them, in reverse; the current one also
		 * bold and underlined, and in colour on yellow. */
		[TTY_MATCH] = { A_REVERSE, -1, -1 },
		[TTY_MATCH_CURRENT] = { A_REVERSE | A_BOLD | A_UNDERLINE, COLOR_YELLOW, -1 },
		[TTY_PROMPT] = { A_BOLD, -1, -1 },
		/* Reverse as matches are, and also bold and italic, which no
		 * entity, cursor or match combines: a selection over any of
		 * them stays a selection, with or without colour. */
		[TTY_SELECTION] = { A_REVERSE | A_BOLD | A_ITALIC, -1, -1 },
	};
	/* With colour, entity types differ by colour alone; attributes would
	 * make running text hard to read. */
	static const attr_t plain_with_colour[TTY_STYLE_COUNT] = {
		[TTY_PERSON] = 1, [TTY_ORG] = 1, [TTY_PLACE] = 1, [TTY_GROUP] = 1, [TTY_MISC] = 1, [TTY_DATE] = 1,
	};
	for (int i = 0; i < TTY_STYLE_COUNT; i++) {
		tty_attrs[i] = s[i].attr;
		tty_pairs[i] = 0;
		if (color && (s[i].fg >= 0 || s[i].bg >= 0)) {
			init_pair((short)(i + 1), s[i].fg, s[i].bg);
			tty_pairs[i] = (short)(i + 1);
			/* With colour, dim text would be too faint next to colours. */
			if (s[i].fg >= 0 && (s[i].attr & A_DIM))
				tty_attrs[i] &= ~A_DIM;
			if (plain_with_colour[i])
				tty_attrs[i] = A_NORMAL;
		}
	}
}

int tty_init(int no_color, int mouse)
{
	if (!initscr())
		return -1;
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	int color = !no_color && has_colors();
	if (color) {
		start_color();
		use_default_colors();
	}
	tty_setup_styles(color);
	if (mouse) {
		mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	return 0;
}

void tty_end(void)
{
	endwin();
}

void tty_size(int *rows, int *cols)
{
	getmaxyx(stdscr, *rows, *cols);
}

static int tty_wait_ms = -1;	/* what tty_wait set, restored after a peek */

void tty_wait(int ms)
{
	tty_wait_ms = ms;
	timeout(ms);
}

/* After an Esc: whether Backspace came with it (Alt-Backspace, which a
 * terminal sends as the two at once); any other key is put back. */
static int tty_alt_backspace(void)
{
	wint_t ch;
	timeout(0);
	int r = get_wch(&ch);
	timeout(tty_wait_ms);
	if (r == OK && (ch == 127 || ch == 8))
		return 1;
	if (r == KEY_CODE_YES && ch == KEY_BACKSPACE)
		return 1;
	if (r == OK)
		unget_wch((wchar_t)ch);
	else if (r == KEY_CODE_YES)
		ungetch((int)ch);
	return 0;
}

int tty_key(struct tty_mouse *m)
{
	wint_t ch;
	int r = get_wch(&ch);
	if (r == ERR)
		return KEYS_NONE;
	if (r == OK) {
		if (ch == '\r' || ch == '\n')
			return KEYS_ENTER;
		if (ch == 127 || ch == 8)
			return KEYS_BACKSPACE;
		if (ch == KEYS_ESC && tty_alt_backspace())
			return KEYS_ALT_BACKSPACE;
		return (int)ch;
	}
	switch (ch) {
	case KEY_UP: return KEYS_UP;
	case KEY_DOWN: return KEYS_DOWN;
	case KEY_LEFT: return KEYS_LEFT;
	case KEY_RIGHT: return KEYS_RIGHT;
	case KEY_PPAGE: return KEYS_PGUP;
	case KEY_NPAGE: return KEYS_PGDN;
	case KEY_HOME: return KEYS_HOME;
	case KEY_END: return KEYS_END;
	case KEY_BTAB: return KEYS_BTAB;
	case KEY_ENTER: return KEYS_ENTER;
	case KEY_BACKSPACE: return KEYS_BACKSPACE;
	case KEY_F(1): return KEYS_F1;
	case KEY_F(2): return KEYS_F2;
	case KEY_F(3): return KEYS_F3;
	case KEY_RESIZE: return KEYS_RESIZE;
	case KEY_MOUSE: {
		MEVENT ev;
		if (getmouse(&ev) != OK)
			return KEYS_NONE;
		m->y = ev.y;
		m->x = ev.x;
		m->button = (ev.bstate & BUTTON4_PRESSED) ? 4 :
			    (ev.bstate & BUTTON5_PRESSED) ? 5 :
			    (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) ? 1 : 0;
		return m->button ? KEYS_MOUSE : KEYS_NONE;
	}
	default:
		return KEYS_NONE;
	}
}

static int tty_cell_reverse;

static void tty_flush_cell(void)
{
	if (tty_cell_n == 0)
		return;
	cchar_t cc;
	tty_cell[tty_cell_n] = L'\0';
	setcchar(&cc, tty_cell, tty_attrs[tty_cell_style] | (tty_cell_reverse ? A_REVERSE : 0),
		 tty_pairs[tty_cell_style], NULL);
	mvadd_wch(tty_last_y, tty_last_x, &cc);
	tty_cell_n = 0;
}

void tty_put(int y, int x, uint32_t cp, int width, enum tty_style st)
{
	tty_put2(y, x, cp, width, st, 0);
}

void tty_put2(int y, int x, uint32_t cp, int width, enum tty_style st, int reverse)
{
	if (width == 0) {
		/* A combining mark: part of the previous character's cell. */
		if (tty_cell_n > 0 && tty_cell_n < CCHARW_MAX)
			tty_cell[tty_cell_n++] = (wchar_t)cp;
		return;
	}
	tty_flush_cell();
	tty_last_y = y;
	tty_last_x = x;
	tty_cell[0] = (wchar_t)cp;
	tty_cell_n = 1;
	tty_cell_style = st;
	tty_cell_reverse = reverse;
}

void tty_fill(int y, int x, int w, enum tty_style st)
{
	tty_flush_cell();
	for (int i = 0; i < w; i++)
		mvaddch(y, x + i, ' ' | tty_attrs[st] | COLOR_PAIR(tty_pairs[st]));
}

int tty_puts(int y, int x, int w, const char *s, enum tty_style st)
{
	struct text_iter it;
	struct text_cell c;
	int col = 0;
	text_iter_init(&it, s, strlen(s), 0);
	while (text_iter_next(&it, &c)) {
		if (c.flags & TEXT_CELL_HIDDEN)
			continue;
		if (col + c.width > w)
			break;
		tty_put(y, x + col, c.cp, c.width, st);
		col += c.width;
	}
	tty_flush_cell();
	return col;
}

void tty_vline(int x, int y, int h)
{
	tty_flush_cell();
	for (int i = 0; i < h; i++) {
		move(y + i, x);
		attrset(tty_attrs[TTY_BORDER] | COLOR_PAIR(tty_pairs[TTY_BORDER]));
		add_wch(WACS_VLINE);
		attrset(A_NORMAL);
	}
}

static int tty_cursor_y = -1, tty_cursor_x;

void tty_cursor(int y, int x)
{
	tty_cursor_y = y;
	tty_cursor_x = x;
}

void tty_erase(void)
{
	tty_cell_n = 0;
	erase();
}

void tty_refresh(void)
{
	tty_flush_cell();
	if (tty_cursor_y >= 0) {
		move(tty_cursor_y, tty_cursor_x);
		curs_set(1);
	} else {
		curs_set(0);
	}
	refresh();
}

void tty_redraw(void)
{
	clearok(curscr, TRUE);
}

int tty_send(const char *bytes, size_t n)
{
	/* curses has flushed its own output at the last refresh; what is
	 * still in stdio goes first, so that the bytes arrive in order.
	 * Nothing here moves the cursor or draws, so curses' idea of the
	 * screen stays true. */
	fflush(stdout);
	size_t o = 0;
	while (o < n) {
		ssize_t w = write(STDOUT_FILENO, bytes + o, n - o);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		o += (size_t)w;
	}
	return 0;
}
