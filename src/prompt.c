/* prompt: the search prompt's line editor.
 *
 * The cursor moves and deletes by grapheme cluster (an e with a combining
 * acute is one character to the reader), over UTF-8 that may, when it came
 * from a damaged history file, hold invalid bytes: each of those is a
 * character of its own. Boundaries are found near the cursor, never by
 * scanning from the start, so a pasted megabyte stays responsive. */
#include "prompt.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "keys.h"
#include "text.h"
#include "xmalloc.h"

void prompt_init(struct prompt *p)
{
	memset(p, 0, sizeof *p);
}

void prompt_free(struct prompt *p)
{
	free(p->text);
	free(p->label);
	free(p->typed);
	prompt_init(p);
}

/* Leaves history browsing: the text shown becomes the text being typed. */
static void prompt_stop_browsing(struct prompt *p)
{
	free(p->typed);
	p->typed = NULL;
	p->browsing = 0;
}

static void prompt_replace(struct prompt *p, const char *s, size_t n)
{
	p->text = xgrow(p->text, &p->cap, n + 1, 1);
	memcpy(p->text, s, n);
	p->text[n] = '\0';
	p->len = n;
	p->cursor = n;
}

void prompt_start(struct prompt *p, const char *label, struct history *h)
{
	prompt_stop_browsing(p);
	free(p->label);
	p->label = xstrdup(label ? label : "/");
	p->history = h;
	p->plain = 0;
	prompt_replace(p, "", 0);
}

void prompt_set_text(struct prompt *p, const char *text)
{
	prompt_stop_browsing(p);
	prompt_replace(p, text, strlen(text));
}

/* --- Characters and clusters ------------------------------------------- */

/* The start of the character that ends at i (i > 0): a valid sequence
 * ending there, else the single byte before i. */
static size_t prompt_prev_char(const char *s, size_t n, size_t i)
{
	size_t j = i - 1;
	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	uint32_t cp;
	int valid;
	if (j < i - 1 && text_decode(s + j, n - j, &cp, &valid) == i - j && valid)
		return j;
	return i - 1;
}

/* The cluster boundary before i (i > 0). */
static size_t prompt_prev(const struct prompt *p, size_t i)
{
	do
		i = prompt_prev_char(p->text, p->len, i);
	while (i > 0 && !text_is_cluster_boundary(p->text, p->len, i));
	return i;
}

/* The cluster boundary after i (i < len). */
static size_t prompt_next(const struct prompt *p, size_t i)
{
	uint32_t cp;
	int valid;
	do
		i += text_decode(p->text + i, p->len - i, &cp, &valid);
	while (i < p->len && !text_is_cluster_boundary(p->text, p->len, i));
	return i;
}

/* Whether the cluster at i starts with whitespace, for deleting a word. */
static int prompt_blank_at(const struct prompt *p, size_t i)
{
	uint32_t cp;
	int valid;
	text_decode(p->text + i, p->len - i, &cp, &valid);
	return valid && text_is_space(cp);
}

/* --- Editing ------------------------------------------------------------ */

static enum prompt_result prompt_delete(struct prompt *p, size_t from, size_t to)
{
	if (from >= to)
		return PROMPT_NONE;
	prompt_stop_browsing(p);
	memmove(p->text + from, p->text + to, p->len - to + 1);
	p->len -= to - from;
	p->cursor = from;
	return PROMPT_EDITED;
}

/* As a shell's Ctrl-W: the blanks before the cursor, then the word. */
static enum prompt_result prompt_delete_word(struct prompt *p)
{
	size_t i = p->cursor;
	while (i > 0 && prompt_blank_at(p, prompt_prev(p, i)))
		i = prompt_prev(p, i);
	while (i > 0 && !prompt_blank_at(p, prompt_prev(p, i)))
		i = prompt_prev(p, i);
	return prompt_delete(p, i, p->cursor);
}

static enum prompt_result prompt_insert(struct prompt *p, uint32_t cp)
{
	char buf[4];
	size_t k = text_encode(cp, buf);
	prompt_stop_browsing(p);
	p->text = xgrow(p->text, &p->cap, p->len + k + 1, 1);
	memmove(p->text + p->cursor + k, p->text + p->cursor, p->len - p->cursor + 1);
	memcpy(p->text + p->cursor, buf, k);
	p->len += k;
	p->cursor += k;
	return PROMPT_EDITED;
}

static enum prompt_result prompt_move(struct prompt *p, size_t to)
{
	if (to == p->cursor)
		return PROMPT_NONE;
	p->cursor = to;
	return PROMPT_MOVED;
}

static int prompt_shows(const struct prompt *p, const char *e)
{
	return strncmp(e, p->typed, strlen(p->typed)) == 0 && strcmp(e, p->text) != 0;
}

/* Up (dir < 0) or Down: the next entry in that direction that starts with
 * the text typed before browsing began, skipping one equal to what is
 * shown (it would look as if the key did nothing). Down past the newest
 * goes back to the typed text. */
static enum prompt_result prompt_browse(struct prompt *p, int dir)
{
	struct history *h = p->history;
	if (!h || (!p->browsing && dir > 0))
		return PROMPT_NONE;
	if (!p->browsing) {
		p->typed = xstrndup(p->text, p->len);
		p->hist_pos = h->n;
		p->browsing = 1;
	}
	if (p->hist_pos > h->n)	/* the history shrank meanwhile */
		p->hist_pos = h->n;
	if (dir < 0) {
		for (size_t i = p->hist_pos; i-- > 0;) {
			if (prompt_shows(p, h->entries[i])) {
				p->hist_pos = i;
				prompt_replace(p, h->entries[i], strlen(h->entries[i]));
				return PROMPT_EDITED;
			}
		}
		if (p->hist_pos == h->n)	/* nothing at all: not browsing */
			prompt_stop_browsing(p);
		return PROMPT_NONE;
	}
	for (size_t i = p->hist_pos + 1; i < h->n; i++) {
		if (prompt_shows(p, h->entries[i])) {
			p->hist_pos = i;
			prompt_replace(p, h->entries[i], strlen(h->entries[i]));
			return PROMPT_EDITED;
		}
	}
	char *typed = p->typed;
	p->typed = NULL;
	prompt_stop_browsing(p);
	int same = strcmp(typed, p->text) == 0;
	prompt_replace(p, typed, strlen(typed));
	free(typed);
	return same ? PROMPT_MOVED : PROMPT_EDITED;
}

enum prompt_result prompt_key(struct prompt *p, int key)
{
	if (!p->text)
		prompt_start(p, "/", NULL);
	switch (key) {
	case KEYS_ENTER:
	case '\r':
	case '\n':
		prompt_stop_browsing(p);
		if (p->history)
			history_add(p->history, p->text);
		return PROMPT_ACCEPT;
	case KEYS_ESC:
	case KEYS_CTRL('c'):
		prompt_stop_browsing(p);
		return PROMPT_CANCEL;
	case KEYS_BACKSPACE:
	case 127:
	case 8:
		if (p->len == 0) {
			prompt_stop_browsing(p);
			return PROMPT_CANCEL;
		}
		if (p->cursor == 0)
			return PROMPT_NONE;
		return prompt_delete(p, prompt_prev(p, p->cursor), p->cursor);
	case KEYS_CTRL('r'):
		if (p->plain)
			return PROMPT_NONE;
		p->regex = !p->regex;
		return PROMPT_TOGGLED;
	case KEYS_CTRL('w'):
		if (!p->plain) {
			p->word = !p->word;
			return PROMPT_TOGGLED;
		}
		return prompt_delete_word(p);
	case KEYS_ALT_BACKSPACE:
		return prompt_delete_word(p);
	case KEYS_LEFT:
	case KEYS_CTRL('b'):
		return p->cursor > 0 ? prompt_move(p, prompt_prev(p, p->cursor)) : PROMPT_NONE;
	case KEYS_RIGHT:
	case KEYS_CTRL('f'):
		return p->cursor < p->len ? prompt_move(p, prompt_next(p, p->cursor)) : PROMPT_NONE;
	case KEYS_HOME:
	case KEYS_CTRL('a'):
		return prompt_move(p, 0);
	case KEYS_END:
	case KEYS_CTRL('e'):
		return prompt_move(p, p->len);
	case KEYS_CTRL('u'):
		return prompt_delete(p, 0, p->cursor);
	case KEYS_CTRL('k'):
		return prompt_delete(p, p->cursor, p->len);
	case KEYS_UP:
	case KEYS_CTRL('p'):
		return prompt_browse(p, -1);
	case KEYS_DOWN:
	case KEYS_CTRL('n'):
		return prompt_browse(p, 1);
	default:
		break;
	}
	/* Printable: not a control (C0, DEL, C1), a surrogate or a special key. */
	if (key >= 0x20 && key < KEYS_SPECIAL && !(key >= 0x7f && key < 0xa0)
	    && !(key >= 0xd800 && key < 0xe000))
		return prompt_insert(p, (uint32_t)key);
	return PROMPT_NONE;
}

/* --- Display ------------------------------------------------------------ */

/* One cluster of the text as laid out from column 0. */
struct prompt_cluster {
	size_t off, end;
	int col, width;
};

/* The columns a cell takes in the prompt, where every control (a tab too)
 * is one U+FFFD and nothing is hidden. */
static int prompt_cell_width(const char *s, const struct text_cell *c)
{
	unsigned char b = (unsigned char)s[c->off];
	if (c->len == 1 && (b < 0x20 || b == 0x7f))
		return 1;
	return c->width;
}

/* Appends the cells of s[off..end) as they can be drawn. */
static size_t prompt_draw(char *out, const char *s, size_t off, size_t end)
{
	struct text_iter it;
	struct text_cell c;
	size_t o = 0;
	text_iter_init(&it, s + off, end - off, 0);
	while (text_iter_next(&it, &c)) {
		const char *b = s + off + c.off;
		int w = prompt_cell_width(s + off, &c);
		if (c.cp == TEXT_REPLACEMENT || (c.len == 1 && ((unsigned char)*b < 0x20 || *b == 0x7f))) {
			o += text_encode(TEXT_REPLACEMENT, out + o);
		} else if (c.flags & TEXT_CELL_SPACE) {
			for (int k = 0; k < w; k++)
				out[o++] = ' ';
		} else {
			memcpy(out + o, b, c.len);
			o += c.len;
		}
	}
	return o;
}

void prompt_display(const struct prompt *p, int width, char **line, int *cursor_col)
{
	const char *text = p->text ? p->text : "";
	size_t n = p->text ? p->len : 0;
	const char *label = p->label ? p->label : "/";
	if (width < 1)
		width = 1;

	/* The label, shortened when the line is too narrow for it and a few
	 * characters of text: the text matters more. */
	int tags = !p->plain && (p->regex || p->word);
	char *prefix = tags ? xasprintf("%s%s%s ", label, p->regex ? " [regex]" : "", p->word ? " [word]" : "") :
			      xstrdup(label);
	int pcols = text_columns(prefix, strlen(prefix));
	if (width - pcols < 8 && tags) {
		free(prefix);
		prefix = xstrdup(label);
		pcols = text_columns(prefix, strlen(prefix));
	}
	if (width - pcols < 1) {
		prefix[0] = '\0';
		pcols = 0;
	}
	int avail = width - pcols;

	/* Lay out the clusters; find the cursor's column. */
	struct prompt_cluster *cl = NULL;
	size_t ncl = 0, cap = 0;
	struct text_iter it;
	struct text_cell c;
	int col = 0, ccol = -1;
	text_iter_init(&it, text, n, 0);
	while (text_iter_next(&it, &c)) {
		if (ncl == 0 || text_is_cluster_boundary(text, n, c.off)) {
			cl = xgrow(cl, &cap, ncl + 1, sizeof *cl);
			cl[ncl++] = (struct prompt_cluster){ c.off, c.off, col, 0 };
		}
		if (c.off == p->cursor)
			ccol = col;
		int w = prompt_cell_width(text, &c);
		cl[ncl - 1].end = c.off + c.len;
		cl[ncl - 1].width += w;
		col += w;
	}
	if (ccol < 0)
		ccol = col;	/* at the end */

	/* Scroll by half the width, so the view stays put while the cursor
	 * moves within it; the cursor ends up in the right half. */
	int start = 0;
	if (ccol >= avail) {
		int half = avail / 2 > 0 ? avail / 2 : 1;
		start = ((ccol - avail) / half + 1) * half;
	}

	size_t plen = strlen(prefix);
	char *out = xmalloc(plen + n * 3 + (size_t)avail + 1);
	memcpy(out, prefix, plen);
	size_t o = plen;
	for (size_t k = 0; k < ncl; k++) {
		int a = cl[k].col, b = cl[k].col + cl[k].width;
		if (a >= start + avail)
			break;
		if (b > start + avail)
			break;	/* a wide character at the edge: not cut in half */
		if (a < start) {
			/* Half of a wide character off the left edge: a blank. */
			for (int x = start; x < b; x++)
				out[o++] = ' ';
			continue;
		}
		o += prompt_draw(out + o, text, cl[k].off, cl[k].end);
	}
	out[o] = '\0';
	free(cl);
	free(prefix);
	*line = out;
	*cursor_col = pcols + ccol - start;
}
