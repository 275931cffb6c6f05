/* keys: the table of named commands and the keys bound to them. The
 * dispatcher and the help screen read the same table, so help never lies. */
#ifndef CROSSREAD_KEYS_H
#define CROSSREAD_KEYS_H

#include <stddef.h>

/* Key codes: Unicode code points for characters (control keys are 1..31),
 * and these above the Unicode range for special keys. */
enum {
	KEYS_SPECIAL = 0x110000,
	KEYS_UP, KEYS_DOWN, KEYS_LEFT, KEYS_RIGHT, KEYS_PGUP, KEYS_PGDN,
	KEYS_HOME, KEYS_END, KEYS_BTAB, KEYS_ENTER, KEYS_BACKSPACE,
	KEYS_F1, KEYS_F2, KEYS_F3, KEYS_RESIZE, KEYS_MOUSE, KEYS_NONE,
	KEYS_ALT_BACKSPACE	/* Esc then Backspace at once: delete a word in a prompt */
};

#define KEYS_CTRL(c) ((c) & 0x1f)
#define KEYS_ESC 27

enum keys_cmd {
	CMD_NONE,
	CMD_LINE_DOWN, CMD_LINE_UP, CMD_PAGE_DOWN, CMD_PAGE_UP,
	CMD_HALF_DOWN, CMD_HALF_UP, CMD_TOP, CMD_BOTTOM,
	CMD_FOCUS_NEXT, CMD_FOCUS_PREV, CMD_OPEN,
	CMD_NEXT_ARTICLE, CMD_PREV_ARTICLE,
	CMD_TOGGLE_LIST, CMD_TOGGLE_SIDE, CMD_SIDE_NARROWER, CMD_SIDE_WIDER, CMD_SIDE_RESET,
	CMD_ENTITY_NEXT, CMD_ENTITY_PREV, CMD_SAME_NEXT, CMD_SAME_PREV,
	CMD_TOGGLE_TYPE, CMD_TOGGLE_ALL,
	CMD_XREF_NEXT, CMD_JUMP_BACK, CMD_JUMP_FORWARD,
	CMD_SEARCH_FORWARD, CMD_SEARCH_BACKWARD, CMD_SEARCH_NEXT, CMD_SEARCH_PREV,
	CMD_SEARCH_ALL, CMD_FILTER, CMD_UNFILTER,
	CMD_TOGGLE_READ, CMD_MARK, CMD_GOTO_MARK, CMD_SORT, CMD_LIMIT, CMD_PERCENT, CMD_FILE_INFO,
	CMD_NOTE, CMD_NOTES,
	CMD_SELECT, CMD_SELECT_WORD_NEXT, CMD_SELECT_WORD_PREV, CMD_SELECT_LINE_DOWN,
	CMD_SELECT_LINE_UP, CMD_SELECT_PARA_NEXT, CMD_SELECT_PARA_PREV, CMD_SELECT_CANCEL,
	CMD_COPY, CMD_OPEN_URL,
	CMD_RELOAD, CMD_HELP, CMD_REDRAW, CMD_QUIT,
	CMD_COUNT
};

/* A command: its name (for tests and messages) and what help says of it. */
struct keys_command {
	enum keys_cmd cmd;
	const char *name;
	const char *help;
};

/* A key bound to a command, with the name help shows for it. */
struct keys_binding {
	int key;
	enum keys_cmd cmd;
	const char *label;
};

/* Where the keys are read: a few keys mean something else with the
 * focus in the list, or while a passage is being selected. */
enum keys_mode { KEYS_MODE_NORMAL, KEYS_MODE_LIST, KEYS_MODE_SELECT, KEYS_MODE_COUNT };

/* The command a key runs, or CMD_NONE. */
enum keys_cmd keys_lookup(int key);
/* The command a key runs in a mode: the mode's own binding, else the
 * normal one. */
enum keys_cmd keys_lookup_mode(enum keys_mode mode, int key);
/* The command table, in the order help shows it; *n gets its length. */
const struct keys_command *keys_commands(size_t *n);
/* The bindings table; *n gets its length. */
const struct keys_binding *keys_bindings(size_t *n);
/* A mode's own bindings (KEYS_MODE_NORMAL: the bindings table). */
const struct keys_binding *keys_mode_bindings(enum keys_mode mode, size_t *n);
/* The command of that name, or CMD_NONE. */
enum keys_cmd keys_by_name(const char *name);
/* The labels of the keys bound to cmd in any mode, joined by ", " into buf. */
void keys_labels(enum keys_cmd cmd, char *buf, size_t size);

#endif
