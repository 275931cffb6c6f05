/* history: the search history, oldest first, kept between runs in
 * $XDG_STATE_HOME/crossread/history (or ~/.local/state/crossread/history).
 *
 * The file has one entry per line, as UTF-8. Backslash is written "\\" and
 * control characters (and any byte that is not valid UTF-8) "\xHH", so an
 * entry reads back as the same bytes. A file edited by hand or damaged is
 * read as well as possible: raw controls and NULs are dropped, invalid
 * UTF-8 becomes U+FFFD, a CR before the line feed is ignored. Nothing is
 * ever printed: errors come back as messages. */
#ifndef CROSSREAD_HISTORY_H
#define CROSSREAD_HISTORY_H

#include <stddef.h>

/* At most this many entries are kept; the oldest go first. */
#define HISTORY_MAX 500
/* A history file larger than this is read from its last HISTORY_MAX_BYTES
 * (where the newest entries are). */
#define HISTORY_MAX_BYTES (1024 * 1024)

struct history {
	char **entries;	/* oldest first, no two equal, none empty */
	size_t n;
	/* private */
	size_t cap;
};

struct history *history_new(void);
void history_free(struct history *h);

/* Appends a copy of text as the newest entry, removing an earlier equal
 * one; drops the oldest beyond HISTORY_MAX. An empty text is ignored. */
void history_add(struct history *h, const char *text);

/* The history file's path from the environment (a new string), or NULL
 * when neither XDG_STATE_HOME nor HOME is set. A relative XDG_STATE_HOME
 * is ignored, as the XDG base directory specification asks. */
char *history_default_path(void);

/* Reads the history at path. Always returns a history (empty when the file
 * is missing or unreadable); *err (if not NULL) is set to a message to be
 * freed when the file exists but cannot be read, else to NULL. */
struct history *history_load(const char *path, char **err);

/* Writes h to path, first merging what the file holds now (another run
 * may have saved since we loaded it): entries of the file that h lacks
 * come first, then h's, the newest HISTORY_MAX kept; h becomes the merged
 * history. Creates the directories (mode 0700) and replaces the file
 * atomically. Returns 0, or -1 with *err (if not NULL) set to a message
 * to be freed; *err is NULL on success. */
int history_save(struct history *h, const char *path, char **err);

#endif
