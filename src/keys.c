/* keys: which key runs which command. */
#include "keys.h"

#include <string.h>

static const struct keys_command keys_command_table[] = {
	{ CMD_LINE_DOWN, "line-down", "Scroll down a line (in the list: next article)" },
	{ CMD_LINE_UP, "line-up", "Scroll up a line (in the list: previous article)" },
	{ CMD_PAGE_DOWN, "page-down", "Scroll down a page" },
	{ CMD_PAGE_UP, "page-up", "Scroll up a page" },
	{ CMD_HALF_DOWN, "half-page-down", "Scroll down half a page" },
	{ CMD_HALF_UP, "half-page-up", "Scroll up half a page" },
	{ CMD_TOP, "top", "Go to the top" },
	{ CMD_BOTTOM, "bottom", "Go to the bottom" },
	{ CMD_FOCUS_NEXT, "focus-next", "Move focus to the next pane" },
	{ CMD_FOCUS_PREV, "focus-prev", "Move focus to the previous pane" },
	{ CMD_OPEN, "open", "Open the selected article" },
	{ CMD_NEXT_ARTICLE, "next-article", "Open the next article" },
	{ CMD_PREV_ARTICLE, "prev-article", "Open the previous article" },
	{ CMD_TOGGLE_LIST, "toggle-list", "Show or hide the article list" },
	{ CMD_TOGGLE_SIDE, "toggle-side", "Show or hide the side pane" },
	{ CMD_SIDE_NARROWER, "side-narrower", "Make the side pane narrower (kept for the session, across resizes)" },
	{ CMD_SIDE_WIDER, "side-wider", "Make the side pane wider" },
	{ CMD_SIDE_RESET, "side-reset", "Give the side pane its default width again" },
	{ CMD_ENTITY_NEXT, "entity-next", "Select the next entity mention" },
	{ CMD_ENTITY_PREV, "entity-prev", "Select the previous entity mention" },
	{ CMD_SAME_NEXT, "same-entity-next", "Next mention of the selected entity, however written" },
	{ CMD_SAME_PREV, "same-entity-prev", "Previous mention of the selected entity" },
	{ CMD_TOGGLE_TYPE, "toggle-type", "Hide or show one type's highlighting: then p o l g m d" },
	{ CMD_TOGGLE_ALL, "toggle-highlight", "Hide or show all entity highlighting" },
	{ CMD_XREF_NEXT, "xref-next", "Go to the selected entity in the next story that has it" },
	{ CMD_JUMP_BACK, "jump-back", "Go back to where you were before a jump" },
	{ CMD_JUMP_FORWARD, "jump-forward", "Go forward again after jumping back" },
	{ CMD_SEARCH_FORWARD, "search-forward", "Search forward as you type (^R regex, ^W whole words, Up/Down history, @name an entity); in the list: titles, sources, dates" },
	{ CMD_SEARCH_BACKWARD, "search-backward", "Search backward as you type" },
	{ CMD_SEARCH_NEXT, "search-next", "Next match (on to the next story after a search of all; in the list: next story)" },
	{ CMD_SEARCH_PREV, "search-prev", "Previous match" },
	{ CMD_SEARCH_ALL, "search-all", "Search all stories: results in the side pane" },
	{ CMD_FILTER, "filter", "Show only the paragraphs that match, as less's &" },
	{ CMD_UNFILTER, "unfilter", "Show every paragraph again" },
	{ CMD_TOGGLE_READ, "toggle-read", "Mark a story read or unread (the one selected in the list); unread is bold" },
	{ CMD_MARK, "mark", "Set a mark here: then a letter (a-z, A-Z); marks are kept between runs" },
	{ CMD_GOTO_MARK, "goto-mark", "Go to a mark: then its letter; '' goes back to where the last jump started" },
	{ CMD_SORT, "sort", "In the list: sort it by the next order: file, date, source, title, most shared with this story" },
	{ CMD_LIMIT, "limit", "Show only the stories whose title, source or date match, @name those naming an entity, / those F found (empty: all)" },
	{ CMD_NOTE, "note", "Put a note on the selection, else the paragraph at the entity cursor, the match or the top, typed at a prompt" },
	{ CMD_NOTES, "notes", "List the notes in the side pane, by story; Enter goes to one, Esc back" },
	{ CMD_SELECT, "select", "Select a passage from the entity cursor or the top line; then w b j k } { extend it, y copies, a notes it" },
	{ CMD_SELECT_WORD_NEXT, "select-word-next", "In a selection: extend it by a word" },
	{ CMD_SELECT_WORD_PREV, "select-word-prev", "In a selection: take a word back" },
	{ CMD_SELECT_LINE_DOWN, "select-line-down", "In a selection: extend it to the end of the next line" },
	{ CMD_SELECT_LINE_UP, "select-line-up", "In a selection: take it back to the end of the line above" },
	{ CMD_SELECT_PARA_NEXT, "select-para-next", "In a selection: extend it to the end of the paragraph (then the next)" },
	{ CMD_SELECT_PARA_PREV, "select-para-prev", "In a selection: take it back to the end of the paragraph before" },
	{ CMD_SELECT_CANCEL, "select-cancel", "In a selection: cancel it" },
	{ CMD_COPY, "copy", "Copy the selection, else the selected mention, else the story's url, through the terminal (OSC 52)" },
	{ CMD_OPEN_URL, "open-url", "Open the link at the cursor or selection, else the story's url, with $BROWSER or xdg-open" },
	{ CMD_PERCENT, "percent", "With a count, go that far through (50%); a count before j, k, G, Space... repeats or goes to a line" },
	{ CMD_FILE_INFO, "file-info", "Show the file, its format (and language, when not English) and size, the lines on screen and the words, as less's =" },
	{ CMD_RELOAD, "reload", "Read files changed on disk again (marked ~ in the list; a deleted one, ✗, is kept but left out), as less's ^R" },
	{ CMD_HELP, "help", "Show this help (q or Esc closes it)" },
	{ CMD_REDRAW, "redraw", "Redraw the screen" },
	{ CMD_QUIT, "quit", "Quit" },
};

static const struct keys_binding keys_binding_table[] = {
	{ 'j', CMD_LINE_DOWN, "j" },
	{ KEYS_DOWN, CMD_LINE_DOWN, "Down" },
	{ KEYS_CTRL('n'), CMD_LINE_DOWN, "^N" },
	{ 'k', CMD_LINE_UP, "k" },
	{ KEYS_UP, CMD_LINE_UP, "Up" },
	{ KEYS_CTRL('p'), CMD_LINE_UP, "^P" },
	{ ' ', CMD_PAGE_DOWN, "Space" },
	{ KEYS_PGDN, CMD_PAGE_DOWN, "PgDn" },
	{ 'f', CMD_PAGE_DOWN, "f" },
	{ KEYS_CTRL('f'), CMD_PAGE_DOWN, "^F" },
	{ 'b', CMD_PAGE_UP, "b" },
	{ KEYS_PGUP, CMD_PAGE_UP, "PgUp" },
	{ KEYS_CTRL('b'), CMD_PAGE_UP, "^B" },
	{ 'd', CMD_HALF_DOWN, "d" },
	{ KEYS_CTRL('d'), CMD_HALF_DOWN, "^D" },
	{ 'u', CMD_HALF_UP, "u" },
	{ KEYS_CTRL('u'), CMD_HALF_UP, "^U" },
	{ 'g', CMD_TOP, "g" },
	{ KEYS_HOME, CMD_TOP, "Home" },
	{ '<', CMD_TOP, "<" },
	{ 'G', CMD_BOTTOM, "G" },
	{ KEYS_END, CMD_BOTTOM, "End" },
	{ '>', CMD_BOTTOM, ">" },
	{ '\t', CMD_FOCUS_NEXT, "Tab" },
	{ KEYS_BTAB, CMD_FOCUS_PREV, "Shift-Tab" },
	{ KEYS_ENTER, CMD_OPEN, "Enter" },
	{ 'J', CMD_NEXT_ARTICLE, "J" },
	{ ']', CMD_NEXT_ARTICLE, "]" },
	{ 'K', CMD_PREV_ARTICLE, "K" },
	{ '[', CMD_PREV_ARTICLE, "[" },
	{ 'L', CMD_TOGGLE_LIST, "L" },
	{ KEYS_F2, CMD_TOGGLE_LIST, "F2" },
	{ 'S', CMD_TOGGLE_SIDE, "S" },
	{ KEYS_F3, CMD_TOGGLE_SIDE, "F3" },
	{ '-', CMD_SIDE_NARROWER, "-" },
	{ '+', CMD_SIDE_WIDER, "+" },
	{ '_', CMD_SIDE_RESET, "_" },
	{ 'e', CMD_ENTITY_NEXT, "e" },
	{ 'E', CMD_ENTITY_PREV, "E" },
	{ '*', CMD_SAME_NEXT, "*" },
	{ '#', CMD_SAME_PREV, "#" },
	{ 't', CMD_TOGGLE_TYPE, "t" },
	{ 'T', CMD_TOGGLE_ALL, "T" },
	{ 'x', CMD_XREF_NEXT, "x" },
	{ KEYS_CTRL('o'), CMD_JUMP_BACK, "^O" },
	{ KEYS_BACKSPACE, CMD_JUMP_BACK, "Backspace" },
	{ 0x1d, CMD_JUMP_FORWARD, "^]" },
	{ '/', CMD_SEARCH_FORWARD, "/" },
	{ '?', CMD_SEARCH_BACKWARD, "?" },
	{ 'n', CMD_SEARCH_NEXT, "n" },
	{ 'N', CMD_SEARCH_PREV, "N" },
	{ 'F', CMD_SEARCH_ALL, "F" },
	{ '&', CMD_FILTER, "&" },
	{ 'U', CMD_UNFILTER, "U" },
	{ 'R', CMD_TOGGLE_READ, "R" },
	{ 'm', CMD_MARK, "m" },
	{ '\'', CMD_GOTO_MARK, "'" },
	{ 'o', CMD_OPEN_URL, "o" },
	{ 'v', CMD_SELECT, "v" },
	{ 'y', CMD_COPY, "y" },
	{ 'l', CMD_LIMIT, "l" },
	{ '%', CMD_PERCENT, "%" },
	{ 'a', CMD_NOTE, "a" },
	{ 'A', CMD_NOTES, "A" },
	{ '=', CMD_FILE_INFO, "=" },
	{ KEYS_CTRL('g'), CMD_FILE_INFO, "^G" },
	{ KEYS_CTRL('r'), CMD_RELOAD, "^R" },
	{ 'h', CMD_HELP, "h" },
	{ KEYS_F1, CMD_HELP, "F1" },
	{ KEYS_CTRL('l'), CMD_REDRAW, "^L" },
	{ 'r', CMD_REDRAW, "r" },
	{ 'q', CMD_QUIT, "q" },
	{ 'Q', CMD_QUIT, "Q" },
};

/* With the focus in the list, o sorts it, as it did before o opened urls. */
static const struct keys_binding keys_list_table[] = {
	{ 'o', CMD_SORT, "o" },
};

/* While a passage is selected these keys change it; the others keep
 * their meaning (Space still scrolls). */
static const struct keys_binding keys_select_table[] = {
	{ 'w', CMD_SELECT_WORD_NEXT, "w" },
	{ 'b', CMD_SELECT_WORD_PREV, "b" },
	{ 'j', CMD_SELECT_LINE_DOWN, "j" },
	{ KEYS_DOWN, CMD_SELECT_LINE_DOWN, "Down" },
	{ 'k', CMD_SELECT_LINE_UP, "k" },
	{ KEYS_UP, CMD_SELECT_LINE_UP, "Up" },
	{ '}', CMD_SELECT_PARA_NEXT, "}" },
	{ '{', CMD_SELECT_PARA_PREV, "{" },
	{ KEYS_ESC, CMD_SELECT_CANCEL, "Esc" },
	{ 'v', CMD_SELECT_CANCEL, "v" },
};

const struct keys_binding *keys_mode_bindings(enum keys_mode mode, size_t *n)
{
	switch (mode) {
	case KEYS_MODE_LIST:
		*n = sizeof keys_list_table / sizeof *keys_list_table;
		return keys_list_table;
	case KEYS_MODE_SELECT:
		*n = sizeof keys_select_table / sizeof *keys_select_table;
		return keys_select_table;
	default:
		return keys_bindings(n);
	}
}

enum keys_cmd keys_lookup_mode(enum keys_mode mode, int key)
{
	if (key == '\r' || key == '\n')
		key = KEYS_ENTER;
	size_t n = 0;
	const struct keys_binding *b = mode == KEYS_MODE_NORMAL ? NULL : keys_mode_bindings(mode, &n);
	for (size_t i = 0; b && i < n; i++)
		if (b[i].key == key)
			return b[i].cmd;
	return keys_lookup(key);
}

enum keys_cmd keys_lookup(int key)
{
	if (key == '\r' || key == '\n')
		key = KEYS_ENTER;
	for (size_t i = 0; i < sizeof keys_binding_table / sizeof *keys_binding_table; i++)
		if (keys_binding_table[i].key == key)
			return keys_binding_table[i].cmd;
	return CMD_NONE;
}

const struct keys_command *keys_commands(size_t *n)
{
	*n = sizeof keys_command_table / sizeof *keys_command_table;
	return keys_command_table;
}

const struct keys_binding *keys_bindings(size_t *n)
{
	*n = sizeof keys_binding_table / sizeof *keys_binding_table;
	return keys_binding_table;
}

enum keys_cmd keys_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof keys_command_table / sizeof *keys_command_table; i++)
		if (strcmp(keys_command_table[i].name, name) == 0)
			return keys_command_table[i].cmd;
	return CMD_NONE;
}

void keys_labels(enum keys_cmd cmd, char *buf, size_t size)
{
	size_t o = 0;
	if (size == 0)
		return;
	buf[0] = '\0';
	for (int m = 0; m < KEYS_MODE_COUNT; m++) {
		size_t n;
		const struct keys_binding *b = keys_mode_bindings((enum keys_mode)m, &n);
		for (size_t i = 0; i < n; i++) {
			if (b[i].cmd != cmd)
				continue;
			const char *l = b[i].label;
			size_t need = strlen(l) + (o ? 2 : 0);
			if (o + need + 1 > size)
				return;
			if (o) {
				memcpy(buf + o, ", ", 2);
				o += 2;
			}
			memcpy(buf + o, l, strlen(l));
			o += strlen(l);
			buf[o] = '\0';
		}
	}
}
