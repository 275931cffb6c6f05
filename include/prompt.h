/* prompt: the one-line editor of the / and ? search prompts, as in less and
 * vim, without curses: the UI feeds it keys (include/keys.h codes), acts on
 * what each key did, and draws the line prompt_display() gives.
 *
 * Keys: a printable character inserts; Backspace (KEYS_BACKSPACE, 127, 8)
 * deletes the character (grapheme cluster) before the cursor, and cancels
 * on an empty line; Left/Right (Ctrl-B/Ctrl-F) move by character;
 * Home/Ctrl-A, End/Ctrl-E; Ctrl-U deletes to the start, Ctrl-K to the end,
 * Alt-Backspace the word before the cursor; Up/Down (Ctrl-P/Ctrl-N) browse
 * the history for entries that start with what was typed; Ctrl-R toggles
 * the regular-expression flag, Ctrl-W the whole-word flag (as the issue
 * asked, so Ctrl-W does not delete a word here, unlike in a shell; in a
 * plain prompt, which has no flags, it does); Enter accepts; Esc and
 * Ctrl-C cancel. Alt-Backspace is the terminal's Esc and Backspace sent
 * together (tty.c makes it KEYS_ALT_BACKSPACE). */
#ifndef CROSSREAD_PROMPT_H
#define CROSSREAD_PROMPT_H

#include <stddef.h>

struct history;

/* What a key did. */
enum prompt_result {
	PROMPT_NONE,	/* nothing (an unknown key, or a move at the edge) */
	PROMPT_EDITED,	/* the text changed: search again, incrementally */
	PROMPT_MOVED,	/* only the cursor moved */
	PROMPT_ACCEPT,	/* Enter: search for the text */
	PROMPT_CANCEL,	/* Esc, Ctrl-C, or Backspace on an empty line */
	PROMPT_TOGGLED	/* Ctrl-R or Ctrl-W: the regex or whole-word flag changed */
};

struct prompt {
	char *text;	/* the line: UTF-8, NUL-terminated, never NULL after prompt_start */
	size_t len;	/* its length in bytes */
	size_t cursor;	/* byte offset of the cursor, on a character boundary */
	int regex;	/* the text is a regular expression (Ctrl-R) */
	int word;	/* it matches whole words only (Ctrl-W) */
	int plain;	/* no flags to toggle (a note, the list's search): Ctrl-R does
			 * nothing, Ctrl-W deletes a word */
	/* private */
	size_t cap;
	char *label;	/* "/" or "?" */
	struct history *history;
	int browsing;	/* Up was pressed: an entry (or the typed text) is shown */
	size_t hist_pos;	/* the entry shown; history->n for the typed text */
	char *typed;	/* while browsing: the text before browsing began */
};

/* Zeroes a prompt (a zeroed struct is as good). */
void prompt_init(struct prompt *p);
/* Frees what the prompt holds (not the struct, nor the history). */
void prompt_free(struct prompt *p);

/* Starts editing an empty line after label ("/" or "?"), browsing h (may
 * be NULL), as a pattern (plain is cleared). The regex and word flags are
 * left as they were, so that the next search keeps the mode the last one
 * used; set p->regex and p->word to choose, p->plain for a line of text. */
void prompt_start(struct prompt *p, const char *label, struct history *h);
/* Replaces the text (the cursor goes to its end). */
void prompt_set_text(struct prompt *p, const char *text);

/* Handles one key. On PROMPT_ACCEPT the text has been added to the
 * history (when there is one and the text is not empty); p->text is the
 * pattern to search for. */
enum prompt_result prompt_key(struct prompt *p, int key);

/* The line to draw in width columns: the label (plus " [regex]" and
 * " [word]" for the flags that are on, and a space) then the text, scrolled sideways so that the
 * cursor is visible, and *cursor_col the cursor's column (0-based, less
 * than width). The line holds only what can be drawn as it is: controls
 * and invalid bytes are U+FFFD, no character is cut in half. *line is a
 * new string. */
void prompt_display(const struct prompt *p, int width, char **line, int *cursor_col);

#endif
