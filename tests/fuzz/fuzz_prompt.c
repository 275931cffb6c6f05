/* fuzz_prompt: a libFuzzer harness for the search prompt's line editor, as
 * a reader's keys reach it. The bytes are keys: a byte below 0x20 is that
 * control key, 0x80-0x8F one of the special keys (arrows, Home, End,
 * Backspace, Enter...), 0xF8-0xFF picks the width the line is drawn in,
 * and the rest are characters, UTF-8 decoded when they can be (so the
 * line gets accents, CJK, emoji, combining marks) and as the byte's code
 * point when not. Checks the promises of prompt.h after every key: the
 * text NUL-terminated, its length len, valid UTF-8; the cursor within it
 * and on a character boundary; the display within the width, with the
 * cursor's column inside it; Enter adds the text to the history. Each
 * input starts from the same history of a few entries, so that a finding
 * replays. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "keys.h"
#include "prompt.h"
#include "text.h"


static void fuzz_fail(const char *what, size_t k)
{
	fprintf(stderr, "fuzz_prompt: promise broken: %s (key %zu)\n", what, k);
	abort();
}

static struct history *fuzz_history(void)
{
	struct history *h = history_new();
	static const char *const seed[] = { "putin", "caf\xc3\xa9", "e\xcc\x81t\xc3\xa9", "\xe6\x9d\xb1\xe4\xba\xac",
					    "p\xf0\x9f\x98\x80x", "put" };
	for (size_t i = 0; i < sizeof seed / sizeof *seed; i++)
		history_add(h, seed[i]);
	return h;
}

static void fuzz_check(const struct prompt *p, int width, size_t k)
{
	if (!p->text || strlen(p->text) != p->len)
		fuzz_fail("text and len disagree", k);
	if (text_utf8_kind(p->text, p->len) == 0)
		fuzz_fail("text is not valid UTF-8", k);
	if (p->cursor > p->len)
		fuzz_fail("cursor past the end", k);
	if (p->cursor < p->len && ((unsigned char)p->text[p->cursor] & 0xC0) == 0x80)
		fuzz_fail("cursor inside a character", k);
	char *line = NULL;
	int col = -1;
	prompt_display(p, width, &line, &col);
	if (!line || col < 0 || col >= width)
		fuzz_fail("cursor column outside the width", k);
	size_t n = strlen(line);
	if (text_utf8_kind(line, n) == 0)
		fuzz_fail("display is not valid UTF-8", k);
	if (text_columns(line, n) > width)
		fuzz_fail("display wider than the width", k);
	free(line);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int special[16] = { KEYS_UP, KEYS_DOWN, KEYS_LEFT, KEYS_RIGHT, KEYS_HOME, KEYS_END,
					 KEYS_BACKSPACE, KEYS_ENTER, KEYS_ESC, KEYS_PGUP, KEYS_ALT_BACKSPACE, KEYS_RESIZE,
					 127, KEYS_NONE, KEYS_SPECIAL, 0x10FFFF };
	/* A line is typed in a few hundred keys; more would only slow each
	 * run (every key redraws the line) without reaching new states. */
	if (size > 384)
		size = 384;
	struct history *fuzz_hist = fuzz_history();
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, (size && (data[0] & 1)) ? "?" : "/", fuzz_hist);
	int width = 20;
	for (size_t i = 0; i < size;) {
		unsigned char c = data[i];
		int key;
		if (c >= 0xF8) {
			width = 1 + (c - 0xF8) * 10;
			i++;
			continue;
		}
		if (c < 0x20) {
			key = c;
			i++;
		} else if (c >= 0x80 && c < 0x90) {
			key = special[c - 0x80];
			i++;
		} else {
			uint32_t cp;
			int valid;
			size_t l = text_decode((const char *)data + i, size - i, &cp, &valid);
			key = valid ? (int)cp : c;
			i += valid ? l : 1;
		}
		enum prompt_result r = prompt_key(&p, key);
		if (r == PROMPT_ACCEPT) {
			if (p.len > 0 && (fuzz_hist->n == 0 || strcmp(fuzz_hist->entries[fuzz_hist->n - 1], p.text) != 0))
				fuzz_fail("Enter did not add the text to the history", i);
			prompt_start(&p, "/", fuzz_hist);
		} else if (r == PROMPT_CANCEL) {
			prompt_start(&p, "?", fuzz_hist);
		}
		fuzz_check(&p, width, i);
	}
	prompt_free(&p);
	history_free(fuzz_hist);
	return 0;
}
