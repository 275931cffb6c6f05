/* history: the search history in memory and on disk.
 *
 * Two readers may run at once and both save as they search; each save re-reads
 * the file and merges it, so neither loses the other's searches. The file
 * is replaced by rename(), so a reader never sees half a file. */
#include "history.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"
#include "dirs.h"
#include "xmalloc.h"

struct history *history_new(void)
{
	return xcalloc(1, sizeof(struct history));
}

void history_free(struct history *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->n; i++)
		free(h->entries[i]);
	free(h->entries);
	free(h);
}

/* Appends the string e (taken over), dropping an equal older entry. */
static void history_push(struct history *h, char *e)
{
	for (size_t i = 0; i < h->n; i++) {
		if (strcmp(h->entries[i], e) == 0) {
			free(h->entries[i]);
			memmove(h->entries + i, h->entries + i + 1, (h->n - i - 1) * sizeof *h->entries);
			h->n--;
			break;
		}
	}
	if (h->n == HISTORY_MAX) {
		free(h->entries[0]);
		memmove(h->entries, h->entries + 1, (h->n - 1) * sizeof *h->entries);
		h->n--;
	}
	h->entries = xgrow(h->entries, &h->cap, h->n + 1, sizeof *h->entries);
	h->entries[h->n++] = e;
}

void history_add(struct history *h, const char *text)
{
	if (!text || !text[0])
		return;
	history_push(h, xstrdup(text));
}

static int history_has(const struct history *h, const char *e)
{
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(h->entries[i], e) == 0)
			return 1;
	return 0;
}

char *history_default_path(void)
{
	const char *state = getenv("XDG_STATE_HOME");
	if (state && state[0] == '/')
		return xasprintf("%s/crossread/history", state);
	const char *home = getenv("HOME");
	if (home && home[0])
		return xasprintf("%s/.local/state/crossread/history", home);
	return NULL;
}

/* --- Reading ------------------------------------------------------------ */

static int history_hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes one line of the file, s[0..n) without its line feed, into a new
 * string (possibly empty). Escapes give back the bytes that were written;
 * what no save writes (raw controls, NULs, invalid UTF-8) is repaired. */
static char *history_decode(const char *s, size_t n)
{
	if (n > 0 && s[n - 1] == '\r')
		n--;
	char *out = xmalloc(n * 3 + 1);	/* an invalid byte grows to U+FFFD */
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\' && i + 1 < n && s[i + 1] == '\\') {
			out[o++] = '\\';
			i += 2;
		} else if (c == '\\' && i + 3 < n && s[i + 1] == 'x' && history_hex(s[i + 2]) >= 0
			   && history_hex(s[i + 3]) >= 0) {
			int v = history_hex(s[i + 2]) * 16 + history_hex(s[i + 3]);
			if (v != 0)	/* a string cannot hold a NUL */
				out[o++] = (char)v;
			i += 4;
		} else if (c < 0x20 || c == 0x7f) {
			i++;
		} else if (c < 0x80) {
			out[o++] = (char)c;	/* a lone backslash too: keep what we cannot read */
			i++;
		} else {
			uint32_t cp;
			int valid;
			size_t len = text_decode(s + i, n - i, &cp, &valid);
			if (valid) {
				memcpy(out + o, s + i, len);
				o += len;
			} else {
				o += text_encode(TEXT_REPLACEMENT, out + o);
			}
			i += len;
		}
	}
	out[o] = '\0';
	return out;
}

/* Reads the file's entries into h (which should be empty), keeping the
 * newest HISTORY_MAX distinct ones. Returns 0 (a missing file is empty),
 * or -1 with *err set. */
static int history_read(struct history *h, const char *path, char **err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		if (errno == ENOENT)
			return 0;
		*err = xasprintf("cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*err = xasprintf("cannot read %s: not a regular file", path);
		close(fd);
		return -1;
	}
	/* Only the tail of a huge file: that is where the newest entries are. */
	int skip_first = 0;
	if (st.st_size > HISTORY_MAX_BYTES) {
		if (lseek(fd, st.st_size - HISTORY_MAX_BYTES, SEEK_SET) < 0) {
			*err = xasprintf("cannot read %s: %s", path, strerror(errno));
			close(fd);
			return -1;
		}
		skip_first = 1;	/* it starts inside a line */
	}
	/* A buffer of the file's size, not of the most we read: a history is
	 * usually a few kilobytes. */
	size_t cap = st.st_size < HISTORY_MAX_BYTES ? (size_t)st.st_size : HISTORY_MAX_BYTES;
	char *buf = xmalloc(cap + 1);
	size_t n = 0;
	while (n < cap) {
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			*err = xasprintf("cannot read %s: %s", path, strerror(errno));
			free(buf);
			close(fd);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);

	/* From the newest line back, so that a file of thousands of lines
	 * costs at most HISTORY_MAX distinct entries' worth of comparisons
	 * per line and the newest copy of a repeated entry is the one kept. */
	char **kept = xmalloc(HISTORY_MAX * sizeof *kept);
	size_t nkept = 0;
	size_t first = 0;
	if (skip_first) {
		char *nl = memchr(buf, '\n', n);
		first = nl ? (size_t)(nl - buf) + 1 : n;
	}
	size_t end = n;
	while (end > first && nkept < HISTORY_MAX) {
		size_t start = end;
		while (start > first && buf[start - 1] != '\n')
			start--;
		char *e = history_decode(buf + start, end - start);
		int dup = !e[0];
		for (size_t i = 0; i < nkept && !dup; i++)
			dup = strcmp(kept[i], e) == 0;
		if (dup)
			free(e);
		else
			kept[nkept++] = e;
		end = start > first ? start - 1 : first;	/* before the line feed */
	}
	free(buf);
	h->entries = xgrow(h->entries, &h->cap, h->n + nkept, sizeof *h->entries);
	while (nkept > 0)
		history_push(h, kept[--nkept]);
	free(kept);
	return 0;
}

struct history *history_load(const char *path, char **err)
{
	struct history *h = history_new();
	char *e = NULL;
	if (path)
		history_read(h, path, &e);
	if (err)
		*err = e;
	else
		free(e);
	return h;
}

/* --- Writing ------------------------------------------------------------ */

/* Writes one entry as a line of the file. */
static void history_write_entry(FILE *f, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\') {
			fputs("\\\\", f);
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			fprintf(f, "\\x%02x", c);
			i++;
		} else if (c < 0x80) {
			putc(c, f);
			i++;
		} else {
			uint32_t cp;
			int valid;
			size_t len = text_decode(s + i, n - i, &cp, &valid);
			/* C1 controls are escaped too (some tools take U+0085 for
			 * a line break), byte by byte, as invalid bytes are. */
			if (valid && cp >= 0xa0) {
				fwrite(s + i, 1, len, f);
			} else {
				for (size_t k = 0; k < len; k++)
					fprintf(f, "\\x%02x", (unsigned char)s[i + k]);
			}
			i += len;
		}
	}
	putc('\n', f);
}

static int history_write(struct history *h, const char *path, char **err)
{
	if (!path) {
		*err = xstrdup("no place for the history: neither XDG_STATE_HOME nor HOME is set");
		return -1;
	}
	if (dirs_make_parents(path, err) != 0)
		return -1;

	/* Merge: what another run saved and we lack goes first, as older. If
	 * the file cannot be read, it is not overwritten either. */
	struct history *file = history_new();
	if (history_read(file, path, err) != 0) {
		history_free(file);
		return -1;
	}
	struct history *merged = history_new();
	for (size_t i = 0; i < file->n; i++) {
		if (!history_has(h, file->entries[i])) {
			history_push(merged, file->entries[i]);
			file->entries[i] = NULL;
		}
	}
	history_free(file);
	for (size_t i = 0; i < h->n; i++)
		history_push(merged, h->entries[i]);
	free(h->entries);
	*h = *merged;
	free(merged);

	char *tmp = xasprintf("%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		*err = xasprintf("cannot create a file next to %s: %s", path, strerror(errno));
		free(tmp);
		return -1;
	}
	FILE *f = fdopen(fd, "w");
	if (!f) {
		*err = xasprintf("cannot write %s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		return -1;
	}
	for (size_t i = 0; i < h->n; i++)
		history_write_entry(f, h->entries[i]);
	/* fsync before rename: after a crash the file is the old one or the
	 * new one, never an empty one. */
	int bad = fflush(f) != 0 || ferror(f) || fsync(fileno(f)) != 0;
	int saved = errno;
	if (fclose(f) != 0 && !bad) {
		bad = 1;
		saved = errno;
	}
	if (!bad && rename(tmp, path) != 0) {
		bad = 1;
		saved = errno;
	}
	if (bad) {
		*err = xasprintf("cannot write %s: %s", path, strerror(saved));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

int history_save(struct history *h, const char *path, char **err)
{
	char *e = NULL;
	int r = history_write(h, path, &e);
	if (err)
		*err = e;
	else
		free(e);
	return r;
}
