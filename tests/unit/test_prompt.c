/* Unit tests of prompt and history: the search prompt's line editing,
 * history browsing, the history file (round trip, merge, damage) and the
 * sideways scrolling of the displayed line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "history.h"
#include "keys.h"
#include "prompt.h"
#include "text.h"
#include "xmalloc.h"

/* Feeds the code points of a UTF-8 string as keys; returns the last result. */
static enum prompt_result type(struct prompt *p, const char *s)
{
	enum prompt_result r = PROMPT_NONE;
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		int valid;
		i += text_decode(s + i, n - i, &cp, &valid);
		r = prompt_key(p, (int)cp);
	}
	return r;
}

static void test_prompt_insert(void)
{
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, "/", NULL);
	CHECK_STR(p.text, "");
	CHECK_INT(type(&p, "ab"), PROMPT_EDITED);
	CHECK_INT(type(&p, "é日😀"), PROMPT_EDITED);
	CHECK_STR(p.text, "abé日😀");
	CHECK_INT(p.len, 2 + 2 + 3 + 4);
	CHECK_INT(p.cursor, p.len);
	/* In the middle. */
	CHECK_INT(prompt_key(&p, KEYS_HOME), PROMPT_MOVED);
	CHECK_INT(prompt_key(&p, KEYS_RIGHT), PROMPT_MOVED);
	type(&p, "Ω");
	CHECK_STR(p.text, "aΩbé日😀");
	CHECK_INT(p.cursor, 3);
	/* Not printable: controls, C1 controls, surrogates, special keys. */
	CHECK_INT(prompt_key(&p, KEYS_CTRL('x')), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, '\t'), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, 0x85), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, 0xD800), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, KEYS_F1), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, KEYS_RESIZE), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, -1), PROMPT_NONE);
	CHECK_STR(p.text, "aΩbé日😀");
	prompt_free(&p);
}

static void test_prompt_backspace(void)
{
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, "/", NULL);
	type(&p, "caf\u00e9");	/* composed é */
	CHECK_INT(p.len, 5);
	CHECK_INT(prompt_key(&p, KEYS_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "caf");
	type(&p, "e\u0301");	/* e + combining acute: one character */
	CHECK_INT(p.len, 6);
	CHECK_INT(prompt_key(&p, 127), PROMPT_EDITED);
	CHECK_STR(p.text, "caf");
	CHECK_INT(p.cursor, 3);
	type(&p, "日本");
	CHECK_INT(prompt_key(&p, 8), PROMPT_EDITED);
	CHECK_STR(p.text, "caf日");
	CHECK_INT(prompt_key(&p, KEYS_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "caf");
	/* At the start of a line that is not empty: nothing. */
	prompt_key(&p, KEYS_HOME);
	CHECK_INT(prompt_key(&p, KEYS_BACKSPACE), PROMPT_NONE);
	CHECK_STR(p.text, "caf");
	prompt_key(&p, KEYS_END);
	prompt_key(&p, KEYS_BACKSPACE);
	prompt_key(&p, KEYS_BACKSPACE);
	CHECK_INT(prompt_key(&p, KEYS_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "");
	/* On an empty line: cancel. */
	CHECK_INT(prompt_key(&p, KEYS_BACKSPACE), PROMPT_CANCEL);
	/* Invalid bytes (from a damaged history) go one at a time. */
	prompt_set_text(&p, "a\xff\x80z");
	CHECK_INT(prompt_key(&p, KEYS_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "a\xff\x80");
	/* A stray continuation byte stays with the byte before it, as text.c
	 * segments it for drawing too. */
	CHECK_INT(prompt_key(&p, KEYS_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "a");
	prompt_free(&p);
}

static void test_prompt_moves(void)
{
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, "?", NULL);
	/* a é 日 e+U+0301 b: offsets 0 1 3 6 9 10. */
	type(&p, "aé日e\u0301b");
	CHECK_INT(p.len, 10);
	static const size_t back[] = { 9, 6, 3, 1, 0 };
	for (size_t i = 0; i < 5; i++) {
		CHECK_INT(prompt_key(&p, KEYS_LEFT), PROMPT_MOVED);
		CHECK_INT(p.cursor, back[i]);
	}
	CHECK_INT(prompt_key(&p, KEYS_LEFT), PROMPT_NONE);
	CHECK_INT(p.cursor, 0);
	static const size_t fwd[] = { 1, 3, 6, 9, 10 };
	for (size_t i = 0; i < 5; i++) {
		CHECK_INT(prompt_key(&p, i % 2 ? KEYS_CTRL('f') : KEYS_RIGHT), PROMPT_MOVED);
		CHECK_INT(p.cursor, fwd[i]);
	}
	CHECK_INT(prompt_key(&p, KEYS_RIGHT), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('a')), PROMPT_MOVED);
	CHECK_INT(p.cursor, 0);
	CHECK_INT(prompt_key(&p, KEYS_HOME), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('e')), PROMPT_MOVED);
	CHECK_INT(p.cursor, 10);
	CHECK_INT(prompt_key(&p, KEYS_END), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, KEYS_HOME), PROMPT_MOVED);
	CHECK_INT(prompt_key(&p, KEYS_END), PROMPT_MOVED);
	/* Typing before a combining mark keeps the text intact. */
	prompt_key(&p, KEYS_LEFT);
	prompt_key(&p, KEYS_LEFT);
	type(&p, "x");
	CHECK_STR(p.text, "aé日xe\u0301b");
	prompt_free(&p);
}

static void test_prompt_kill(void)
{
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, "/", NULL);
	type(&p, "foo déjà  vu");
	/* Alt-Backspace deletes the word before the cursor (Ctrl-W is the
	 * whole-word toggle in a search prompt). */
	CHECK_INT(prompt_key(&p, KEYS_ALT_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "foo déjà  ");
	CHECK_INT(prompt_key(&p, KEYS_ALT_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "foo ");
	CHECK_INT(p.cursor, 4);
	CHECK_INT(prompt_key(&p, KEYS_ALT_BACKSPACE), PROMPT_EDITED);
	CHECK_STR(p.text, "");
	CHECK_INT(prompt_key(&p, KEYS_ALT_BACKSPACE), PROMPT_NONE);
	/* In the middle: only what is before the cursor. */
	type(&p, "one two three");
	for (int i = 0; i < 6; i++)
		prompt_key(&p, KEYS_LEFT);
	CHECK_INT(p.cursor, 7);
	prompt_key(&p, KEYS_ALT_BACKSPACE);
	CHECK_STR(p.text, "one  three");
	CHECK_INT(p.cursor, 4);
	/* Ctrl-K: to the end; Ctrl-U: to the start. */
	prompt_set_text(&p, "alpha beta gamma");
	for (int i = 0; i < 6; i++)
		prompt_key(&p, KEYS_LEFT);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('k')), PROMPT_EDITED);
	CHECK_STR(p.text, "alpha beta");
	CHECK_INT(prompt_key(&p, KEYS_CTRL('k')), PROMPT_NONE);
	prompt_key(&p, KEYS_LEFT);
	prompt_key(&p, KEYS_LEFT);
	prompt_key(&p, KEYS_LEFT);
	prompt_key(&p, KEYS_LEFT);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('u')), PROMPT_EDITED);
	CHECK_STR(p.text, "beta");
	CHECK_INT(p.cursor, 0);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('u')), PROMPT_NONE);
	prompt_free(&p);
}

/* Ctrl-W toggles whole words in a search prompt, shown as [word], and
 * kept for the next search; a plain prompt (a note) has no flags: there
 * Ctrl-W deletes a word, as in a shell, and Ctrl-R does nothing. */
static void test_prompt_word_toggle(void)
{
	struct prompt p;
	char *line;
	int col;
	prompt_init(&p);
	prompt_start(&p, "&", NULL);
	type(&p, "nato");
	CHECK_INT(p.word, 0);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('w')), PROMPT_TOGGLED);
	CHECK_INT(p.word, 1);
	CHECK_STR(p.text, "nato");
	prompt_display(&p, 40, &line, &col);
	CHECK_STR(line, "& [word] nato");
	CHECK_INT(col, 13);
	free(line);
	prompt_key(&p, KEYS_CTRL('r'));
	prompt_display(&p, 40, &line, &col);
	CHECK_STR(line, "& [regex] [word] nato");
	free(line);
	/* Too narrow for the tags: the text matters more. */
	prompt_display(&p, 12, &line, &col);
	CHECK_STR(line, "&nato");
	free(line);
	prompt_start(&p, "/", NULL);
	CHECK_INT(p.word, 1);
	CHECK_INT(p.regex, 1);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('w')), PROMPT_TOGGLED);
	CHECK_INT(p.word, 0);
	prompt_key(&p, KEYS_CTRL('r'));
	/* A note. */
	prompt_start(&p, "Note:", NULL);
	p.plain = 1;
	type(&p, "two words");
	CHECK_INT(prompt_key(&p, KEYS_CTRL('r')), PROMPT_NONE);
	CHECK_INT(p.regex, 0);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('w')), PROMPT_EDITED);
	CHECK_STR(p.text, "two ");
	CHECK_INT(p.word, 0);
	p.word = 1;
	prompt_display(&p, 40, &line, &col);
	CHECK_STR(line, "Note:two ");	/* no tags on plain text */
	free(line);
	/* The next prompt is a pattern again. */
	prompt_start(&p, "/", NULL);
	CHECK_INT(p.plain, 0);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('w')), PROMPT_TOGGLED);
	prompt_free(&p);
}

static void test_prompt_results(void)
{
	struct history *h = history_new();
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, "/", h);
	type(&p, "word");
	CHECK_INT(prompt_key(&p, KEYS_ENTER), PROMPT_ACCEPT);
	CHECK_STR(p.text, "word");
	CHECK_INT(h->n, 1);
	CHECK_STR(h->entries[0], "word");
	prompt_start(&p, "/", h);
	CHECK_STR(p.text, "");
	type(&p, "x");
	CHECK_INT(prompt_key(&p, '\r'), PROMPT_ACCEPT);
	prompt_start(&p, "/", h);
	type(&p, "y");
	CHECK_INT(prompt_key(&p, '\n'), PROMPT_ACCEPT);
	CHECK_INT(h->n, 3);
	/* An empty search goes to no history. */
	prompt_start(&p, "/", h);
	CHECK_INT(prompt_key(&p, KEYS_ENTER), PROMPT_ACCEPT);
	CHECK_INT(h->n, 3);
	prompt_start(&p, "?", h);
	type(&p, "abc");
	CHECK_INT(prompt_key(&p, KEYS_ESC), PROMPT_CANCEL);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('c')), PROMPT_CANCEL);
	CHECK_INT(h->n, 3);
	CHECK_INT(p.regex, 0);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('r')), PROMPT_TOGGLED);
	CHECK_INT(p.regex, 1);
	CHECK_STR(p.text, "abc");
	/* The flag stays for the next search. */
	prompt_start(&p, "/", h);
	CHECK_INT(p.regex, 1);
	CHECK_INT(prompt_key(&p, KEYS_CTRL('r')), PROMPT_TOGGLED);
	CHECK_INT(p.regex, 0);
	prompt_free(&p);
	history_free(h);
}

static void test_prompt_history(void)
{
	struct history *h = history_new();
	history_add(h, "apple");
	history_add(h, "banana");
	history_add(h, "apricot");
	history_add(h, "cherry");
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, "/", h);
	/* Down before browsing: nothing. */
	CHECK_INT(prompt_key(&p, KEYS_DOWN), PROMPT_NONE);
	/* Up from an empty line: every entry, newest first. */
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_EDITED);
	CHECK_STR(p.text, "cherry");
	CHECK_INT(p.cursor, 6);
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_EDITED);
	CHECK_STR(p.text, "apricot");
	CHECK_INT(prompt_key(&p, KEYS_DOWN), PROMPT_EDITED);
	CHECK_STR(p.text, "cherry");
	CHECK_INT(prompt_key(&p, KEYS_DOWN), PROMPT_EDITED);
	CHECK_STR(p.text, "");
	CHECK_INT(prompt_key(&p, KEYS_DOWN), PROMPT_NONE);

	/* With a prefix: only the entries that start with it. */
	type(&p, "ap");
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_EDITED);
	CHECK_STR(p.text, "apricot");
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_EDITED);
	CHECK_STR(p.text, "apple");
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_NONE);
	CHECK_STR(p.text, "apple");
	CHECK_INT(prompt_key(&p, KEYS_DOWN), PROMPT_EDITED);
	CHECK_STR(p.text, "apricot");
	CHECK_INT(prompt_key(&p, KEYS_DOWN), PROMPT_EDITED);
	CHECK_STR(p.text, "ap");
	CHECK_INT(p.cursor, 2);
	/* No entry with the prefix. */
	type(&p, "z");
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_NONE);
	CHECK_STR(p.text, "apz");

	/* Editing an entry makes it the text: the next Up searches for it. */
	prompt_key(&p, KEYS_CTRL('u'));
	type(&p, "a");
	prompt_key(&p, KEYS_UP);
	CHECK_STR(p.text, "apricot");
	type(&p, "s");
	CHECK_STR(p.text, "apricots");
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_NONE);
	CHECK_INT(prompt_key(&p, KEYS_DOWN), PROMPT_NONE);
	CHECK_STR(p.text, "apricots");
	/* An entry equal to the text is skipped: Up shows something new. */
	prompt_set_text(&p, "banana");
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_NONE);
	prompt_set_text(&p, "apple");
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_NONE);
	/* Moving the cursor while browsing keeps browsing. */
	prompt_set_text(&p, "");
	prompt_key(&p, KEYS_UP);
	prompt_key(&p, KEYS_HOME);
	CHECK_INT(prompt_key(&p, KEYS_UP), PROMPT_EDITED);
	CHECK_STR(p.text, "apricot");
	/* Accepting an older entry makes it the newest. */
	CHECK_INT(prompt_key(&p, KEYS_ENTER), PROMPT_ACCEPT);
	CHECK_INT(h->n, 4);
	CHECK_STR(h->entries[3], "apricot");
	CHECK_STR(h->entries[2], "cherry");
	prompt_free(&p);
	history_free(h);
}

static void test_history_add(void)
{
	struct history *h = history_new();
	history_add(h, "a");
	history_add(h, "b");
	history_add(h, "a");
	history_add(h, "");
	CHECK_INT(h->n, 2);
	CHECK_STR(h->entries[0], "b");
	CHECK_STR(h->entries[1], "a");
	history_free(h);

	h = history_new();
	char buf[32];
	for (int i = 0; i < 600; i++) {
		snprintf(buf, sizeof buf, "entry %d", i);
		history_add(h, buf);
	}
	CHECK_INT(h->n, HISTORY_MAX);
	CHECK_STR(h->entries[0], "entry 100");
	CHECK_STR(h->entries[HISTORY_MAX - 1], "entry 599");
	/* Re-adding an old one moves it to the end, no growth. */
	history_add(h, "entry 100");
	CHECK_INT(h->n, HISTORY_MAX);
	CHECK_STR(h->entries[0], "entry 101");
	CHECK_STR(h->entries[HISTORY_MAX - 1], "entry 100");
	history_free(h);
}

/* Sets or unsets an environment variable, returning its old value (a copy,
 * or NULL) for env_restore. */
static char *env_set(const char *name, const char *value)
{
	const char *old = getenv(name);
	char *copy = old ? xstrdup(old) : NULL;
	if (value)
		setenv(name, value, 1);
	else
		unsetenv(name);
	return copy;
}

static void env_restore(const char *name, char *old)
{
	if (old)
		setenv(name, old, 1);
	else
		unsetenv(name);
	free(old);
}

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = xmalloc(1 << 16);
	*n = fread(buf, 1, (1 << 16) - 1, f);
	buf[*n] = '\0';
	fclose(f);
	return buf;
}

static void test_history_file(void)
{
	char *dir = xstrdup(check_tmpdir());
	char *state = xasprintf("%s/state", dir);
	char *old_xdg = env_set("XDG_STATE_HOME", state);
	char *old_home = env_set("HOME", "/home/someone");
	char *path = history_default_path();
	char *want = xasprintf("%s/crossread/history", state);
	CHECK_STR(path, want);

	static const char *entries[] = {
		"plain", "back\\slash", "\\x41 is not A", "tab\there", "ctl\x01\x1f\x7f",
		"Łódź 日本 😀", "nel\xc2\x85", "bad\xff\xc3 utf8", "trailing\\", "\r",
	};
	size_t ne = sizeof entries / sizeof *entries;
	struct history *h = history_new();
	for (size_t i = 0; i < ne; i++)
		history_add(h, entries[i]);
	char *err = NULL;
	CHECK_INT(history_save(h, path, &err), 0);
	CHECK(err == NULL);
	free(err);
	struct stat st;
	char *crossread_dir = xasprintf("%s/crossread", state);
	CHECK(stat(crossread_dir, &st) == 0 && S_ISDIR(st.st_mode));
	CHECK_INT(st.st_mode & 0777, 0700);
	CHECK(stat(path, &st) == 0 && S_ISREG(st.st_mode));
	/* One line per entry, no control byte but the line feeds. */
	size_t n;
	char *raw = slurp(path, &n);
	CHECK(raw != NULL);
	size_t lines = 0, controls = 0;
	for (size_t i = 0; raw && i < n; i++) {
		lines += raw[i] == '\n';
		controls += (unsigned char)raw[i] < 0x20 && raw[i] != '\n';
	}
	CHECK_INT(lines, ne);
	CHECK_INT(controls, 0);
	CHECK(raw && strstr(raw, "Łódź 日本 😀\n") != NULL);
	free(raw);

	struct history *back = history_load(path, &err);
	CHECK(err == NULL);
	CHECK_INT(back->n, ne);
	for (size_t i = 0; i < ne && i < back->n; i++)
		CHECK_STR(back->entries[i], entries[i]);
	/* Saving again changes nothing. */
	CHECK_INT(history_save(back, path, &err), 0);
	CHECK_INT(back->n, ne);
	history_free(back);

	/* The fallbacks: HOME, then nothing. A relative XDG_STATE_HOME is ignored. */
	free(path);
	setenv("XDG_STATE_HOME", "relative/dir", 1);
	path = history_default_path();
	CHECK_STR(path, "/home/someone/.local/state/crossread/history");
	free(path);
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	CHECK(history_default_path() == NULL);
	env_restore("XDG_STATE_HOME", old_xdg);
	env_restore("HOME", old_home);

	/* A missing file is an empty history, not an error. */
	char *missing = xasprintf("%s/nothing/here", dir);
	back = history_load(missing, &err);
	CHECK(err == NULL);
	CHECK_INT(back->n, 0);
	history_free(back);
	free(missing);
	/* A directory is an error, returned. */
	back = history_load(dir, &err);
	CHECK(err != NULL);
	CHECK_INT(back->n, 0);
	free(err);
	history_free(back);
	/* A file where a directory should be. */
	char *blocked = xasprintf("%s/crossread/history/sub/history", state);
	CHECK_INT(history_save(h, blocked, &err), -1);
	CHECK(err != NULL);
	free(err);
	free(blocked);
	history_free(h);

	free(crossread_dir);
	free(want);
	free(state);
	free(dir);
}

static void test_history_merge(void)
{
	char *path = xasprintf("%s/a/b/history", check_tmpdir());
	char *err = NULL;
	/* Two readers start with the same file. */
	struct history *first = history_new();
	history_add(first, "old");
	CHECK_INT(history_save(first, path, &err), 0);
	history_free(first);
	struct history *a = history_load(path, &err);
	struct history *b = history_load(path, &err);
	history_add(a, "one");
	history_add(a, "two");
	history_add(b, "three");
	history_add(b, "two");
	history_add(b, "old");
	CHECK_INT(history_save(a, path, &err), 0);
	CHECK_INT(history_save(b, path, &err), 0);
	CHECK(err == NULL);
	/* b's order wins for what it has; what only a had comes first. */
	static const char *want[] = { "one", "three", "two", "old" };
	CHECK_INT(b->n, 4);
	for (size_t i = 0; i < 4 && i < b->n; i++)
		CHECK_STR(b->entries[i], want[i]);
	struct history *c = history_load(path, &err);
	CHECK_INT(c->n, 4);
	for (size_t i = 0; i < 4 && i < c->n; i++)
		CHECK_STR(c->entries[i], want[i]);
	history_free(c);

	/* The merge keeps the newest HISTORY_MAX. */
	char buf[32];
	for (int i = 0; i < HISTORY_MAX; i++) {
		snprintf(buf, sizeof buf, "a%d", i);
		history_add(a, buf);
	}
	CHECK_INT(history_save(a, path, &err), 0);
	CHECK_INT(a->n, HISTORY_MAX);
	CHECK_STR(a->entries[HISTORY_MAX - 1], "a499");
	CHECK_STR(a->entries[0], "a0");
	history_free(a);
	history_free(b);
	free(path);
}

static void test_history_damaged(void)
{
	static const char data[] =
		"ab\0cd\n"		/* a NUL: dropped */
		"\xff\xfeok\n"		/* invalid UTF-8: U+FFFD each */
		"crlf\r\n"
		"\\q and \\x4\n"	/* escapes that are not: kept */
		"\\x00z\n"		/* an escaped NUL: dropped */
		"raw\x01tab\there\n"	/* raw controls: dropped */
		"\n\n\0\0\n"		/* nothing: skipped */
		"ok\n"
		"\xe6\x97\xa5\xe6\x97\n"	/* a truncated character at the end */
		"no newline";
	const char *path = check_tmpfile("damaged-history", data, sizeof data - 1);
	char *err = NULL;
	struct history *h = history_load(path, &err);
	CHECK(err == NULL);
	static const char *want[] = {
		"abcd", "\xEF\xBF\xBD\xEF\xBF\xBDok", "crlf", "\\q and \\x4", "z",
		"rawtabhere", "ok", "日\xEF\xBF\xBD\xEF\xBF\xBD", "no newline",
	};
	CHECK_INT(h->n, 9);
	for (size_t i = 0; i < 9 && i < h->n; i++)
		CHECK_STR(h->entries[i], want[i]);
	history_free(h);

	/* Binary junk, larger than the cap: read, bounded, every entry valid
	 * UTF-8 without controls. */
	size_t n = 3 * HISTORY_MAX_BYTES;
	char *junk = xmalloc(n);
	uint32_t x = 12345;
	for (size_t i = 0; i < n; i++) {
		x = x * 1103515245u + 12345u;
		junk[i] = (char)(x >> 23);
	}
	path = check_tmpfile("junk-history", junk, n);
	h = history_load(path, &err);
	CHECK(err == NULL);
	CHECK(h->n > 0 && h->n <= HISTORY_MAX);
	int bad = 0;
	for (size_t i = 0; i < h->n; i++) {
		const char *e = h->entries[i];
		size_t len = strlen(e);
		bad += len == 0;
		for (size_t k = 0; k < len;) {
			uint32_t cp;
			int valid;
			k += text_decode(e + k, len - k, &cp, &valid);
			bad += !valid || cp < 0x20 || cp == 0x7f;
		}
	}
	CHECK_INT(bad, 0);
	history_free(h);

	/* A huge well-formed file: its newest entries. */
	size_t cap = 4 * HISTORY_MAX_BYTES, o = 0;
	junk = xrealloc(junk, cap);
	int last = 0;
	while (o + 32 < cap)
		o += (size_t)snprintf(junk + o, 32, "line %d\n", last++);
	path = check_tmpfile("long-history", junk, o);
	h = history_load(path, &err);
	CHECK(err == NULL);
	CHECK_INT(h->n, HISTORY_MAX);
	char buf[32];
	snprintf(buf, sizeof buf, "line %d", last - 1);
	CHECK_STR(h->entries[HISTORY_MAX - 1], buf);
	snprintf(buf, sizeof buf, "line %d", last - HISTORY_MAX);
	CHECK_STR(h->entries[0], buf);
	history_free(h);
	free(junk);
}

/* Checks the invariants of prompt_display at width w. */
static void check_display(const struct prompt *p, int w)
{
	char *line;
	int col;
	prompt_display(p, w, &line, &col);
	CHECK(col >= 0 && col < w);
	CHECK(text_columns(line, strlen(line)) <= w);
	free(line);
}

static void test_prompt_display(void)
{
	struct prompt p;
	prompt_init(&p);
	prompt_start(&p, "/", NULL);
	char *line;
	int col;
	prompt_display(&p, 40, &line, &col);
	CHECK_STR(line, "/");
	CHECK_INT(col, 1);
	free(line);
	type(&p, "日本");
	prompt_display(&p, 40, &line, &col);
	CHECK_STR(line, "/日本");
	CHECK_INT(col, 5);
	free(line);
	prompt_key(&p, KEYS_LEFT);
	prompt_display(&p, 40, &line, &col);
	CHECK_INT(col, 3);
	free(line);
	prompt_key(&p, KEYS_CTRL('r'));
	prompt_display(&p, 40, &line, &col);
	CHECK_STR(line, "/ [regex] 日本");
	CHECK_INT(col, 12);
	free(line);
	prompt_key(&p, KEYS_CTRL('r'));

	/* Controls are shown, never sent to the terminal. */
	prompt_set_text(&p, "a\tb\x01\xff");
	prompt_display(&p, 40, &line, &col);
	CHECK_STR(line, "/a\uFFFDb\uFFFD\uFFFD");
	CHECK_INT(col, 6);
	free(line);

	/* Longer than the width: the end, with the cursor, is shown. */
	prompt_set_text(&p, "abcdefghijklmnopqrstuvwxyz0123");
	prompt_display(&p, 10, &line, &col);
	CHECK(col < 10);
	CHECK(strlen(line) <= 10);
	CHECK(line[0] == '/');
	CHECK(strstr(line, "0123") != NULL);
	CHECK_INT(col, (int)strlen(line));	/* just after the text */
	free(line);
	/* At the start: the beginning. */
	prompt_key(&p, KEYS_HOME);
	prompt_display(&p, 10, &line, &col);
	CHECK_STR(line, "/abcdefghi");
	CHECK_INT(col, 1);
	free(line);
	/* Every cursor position: the character before the cursor is drawn
	 * just left of it. */
	for (size_t i = 0; i <= p.len; i++) {
		prompt_display(&p, 10, &line, &col);
		CHECK(col >= 1 && col < 10);
		if (p.cursor > 0 && col > 1)
			CHECK(line[col - 1] == p.text[p.cursor - 1]);
		if (p.cursor < p.len && (size_t)col < strlen(line))
			CHECK(line[col] == p.text[p.cursor]);
		free(line);
		check_display(&p, 3);
		check_display(&p, 2);
		check_display(&p, 1);
		prompt_key(&p, KEYS_RIGHT);
	}

	/* Wide characters: never cut, the cursor within the width. */
	prompt_set_text(&p, "");
	for (int i = 0; i < 20; i++)
		type(&p, i % 3 ? "漢" : "e\u0301");
	for (int w = 1; w <= 16; w++)
		check_display(&p, w);
	prompt_key(&p, KEYS_CTRL('r'));
	for (int i = 0; i < 25; i++) {
		for (int w = 1; w <= 30; w += 3)
			check_display(&p, w);
		prompt_key(&p, KEYS_LEFT);
	}
	prompt_display(&p, 11, &line, &col);
	CHECK_INT(col, 1);	/* the regex tag gives way when there is no room */
	CHECK(strncmp(line, "/e\u0301", 4) == 0);
	free(line);
	prompt_free(&p);
}

const struct check_test prompt_tests[] = {
	{ "prompt_insert", test_prompt_insert },
	{ "prompt_backspace", test_prompt_backspace },
	{ "prompt_moves", test_prompt_moves },
	{ "prompt_kill", test_prompt_kill },
	{ "prompt_word_toggle", test_prompt_word_toggle },
	{ "prompt_results", test_prompt_results },
	{ "prompt_history", test_prompt_history },
	{ "prompt_display", test_prompt_display },
	{ "history_add", test_history_add },
	{ "history_file", test_history_file },
	{ "history_merge", test_history_merge },
	{ "history_damaged", test_history_damaged },
	{ NULL, NULL }
};
