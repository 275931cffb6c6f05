/* tty: the terminal, through ncursesw. The only module that includes
 * <curses.h>; the UI draws styled characters and reads keys through it. */
#ifndef CROSSREAD_TTY_H
#define CROSSREAD_TTY_H

#include <stddef.h>
#include <stdint.h>

/* What a piece of the screen is; tty turns each into colours or, without
 * colour, into bold, underline, dim and reverse. */
enum tty_style {
	TTY_NORMAL,
	TTY_TITLE,		/* the article's title */
	TTY_META,		/* date, source, author line */
	TTY_DIM,		/* boilerplate, secondary text */
	TTY_PANE_HEAD,		/* a pane's heading */
	TTY_PANE_HEAD_FOCUS,	/* the heading of the focused pane */
	TTY_SELECTED,		/* the selected row in the focused pane */
	TTY_SELECTED_IDLE,	/* the selected row in another pane */
	TTY_CURRENT,		/* the article being read, in the list */
	TTY_BORDER,		/* lines between panes */
	TTY_STATUS,		/* the status line */
	TTY_MESSAGE,		/* the message line */
	TTY_ERROR,		/* an error message */
	TTY_KEY,		/* a key name in help */
	TTY_LABEL,		/* a field name in the side pane */
	TTY_PERSON,		/* entity mentions, one style per type, in the */
	TTY_ORG,		/* order of enum ner_type */
	TTY_PLACE,
	TTY_GROUP,
	TTY_MISC,
	TTY_DATE,
	TTY_ENTITY_CURSOR,	/* the selected mention (reverse of its type) */
	TTY_MATCH,		/* a search match */
	TTY_MATCH_CURRENT,	/* the search match the reader is on */
	TTY_PROMPT,		/* the search prompt */
	TTY_SELECTION,		/* a passage being selected (v) */
	TTY_STYLE_COUNT
};

/* A mouse event, when tty_key returns KEYS_MOUSE. */
struct tty_mouse {
	int y, x;	/* screen cell */
	int button;	/* 1 click, 4 wheel up, 5 wheel down */
};

/* Starts curses; colour unless no_color, mouse reports if mouse. */
int tty_init(int no_color, int mouse);
void tty_end(void);
void tty_size(int *rows, int *cols);
/* How long tty_key waits: ms milliseconds, 0 not at all, -1 until a key. */
void tty_wait(int ms);
/* Waits for a key; returns a code point or a KEYS_* value. */
int tty_key(struct tty_mouse *m);
void tty_erase(void);
/* Fills a row segment with blanks in a style. */
void tty_fill(int y, int x, int w, enum tty_style st);
/* Draws one character of the given width at (y, x). Zero-width characters
 * join the character drawn before them. */
void tty_put(int y, int x, uint32_t cp, int width, enum tty_style st);
/* The same, in style st with the reverse of style over added (the entity
 * cursor keeps the colour of its type). */
void tty_put2(int y, int x, uint32_t cp, int width, enum tty_style st, int reverse);
/* Draws a clean UTF-8 string clipped to w columns; returns columns used. */
int tty_puts(int y, int x, int w, const char *s, enum tty_style st);
void tty_vline(int x, int y, int h);
/* Shows the terminal's cursor at (y, x), or hides it when y < 0. */
void tty_cursor(int y, int x);
void tty_refresh(void);
/* Writes bytes that change nothing on screen (a clipboard escape) to the
 * terminal, after what curses has sent; returns 0 or -1. */
int tty_send(const char *bytes, size_t n);
/* Forgets what is on screen so that everything is redrawn. */
void tty_redraw(void);

#endif
