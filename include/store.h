/* store: what crossread remembers between runs, in one SQLite database
 * ($XDG_DATA_HOME/crossread/state.db): the place reached in each article
 * and whether it was read, the article last open in each set of articles,
 * marks, notes on passages, and a cache of what the recognizer found in
 * each article, snapshots of the linked findings of whole sets of
 * articles, the hashes of sets of files by what stat says of them, and
 * the jump list of each set of articles. No curses here.
 *
 * Articles are known by a hash of their text, and by their path as well,
 * so that a moved file keeps its state (same hash) and so does an edited
 * one (same path). The database is in WAL mode with a busy timeout, so
 * that two readers can use it at once; every change is its own committed
 * transaction, so a kill loses at most the change being made. A database
 * that is damaged or from a newer crossread is set aside (renamed) and a
 * fresh one made. Nothing is ever printed: errors come back as messages
 * the caller frees. */
#ifndef CROSSREAD_STORE_H
#define CROSSREAD_STORE_H

#include <stddef.h>

/* The schema this build writes; older databases are migrated up to it. */
#define STORE_VERSION 6
/* An article's hash as text: 32 hex digits and a NUL. */
#define STORE_HASH_SIZE 33

struct store;

/* The hash that identifies a text. */
void store_hash(const char *data, size_t len, char out[STORE_HASH_SIZE]);

/* The database's path from the environment (a new string), or NULL when
 * neither XDG_DATA_HOME (absolute) nor HOME is set. */
char *store_default_path(void);

/* Opens the database at path, creating it and its directory (mode 0700)
 * and migrating it to STORE_VERSION. A damaged database, or one of a newer
 * version, is renamed aside and a fresh one made: then *warning (if not
 * NULL) gets a message saying so, else NULL. Returns NULL with *err set
 * when no database can be used (an unwritable directory, say). */
struct store *store_open(const char *path, char **warning, char **err);
void store_close(struct store *s);
const char *store_path(const struct store *s);

/* What is known of an article. */
struct store_article {
	int known;		/* the store has it */
	long long offset;	/* byte offset at the top of the body, or -1 (the top) */
	int read;		/* it was read */
};

/* What is shown of an article elsewhere (notes, exports); any may be NULL. */
struct store_meta {
	const char *title, *source, *date, *url;
};

/* Looks the article up by hash, else by path (an edited file; path may
 * be NULL). Returns 0 with *out filled (known 0 when not found), or -1. */
int store_article_get(struct store *s, const char *hash, const char *path, struct store_article *out, char **err);
/* Every article the store knows, for a reader that asks about thousands
 * at once (one scan, not a query each): id is the row's, in the order
 * rows were made. */
struct store_known {
	long long id;
	char *hash, *path;	/* path may be NULL */
	long long offset;
	int read;
};
/* Returns 1 with *v and *n set (free with store_known_free), 0 when the
 * store knows more than max articles (ask store_article_get then), or -1. */
int store_known_all(struct store *s, size_t max, struct store_known **v, size_t *n, char **err);
void store_known_free(struct store_known *v, size_t n);

/* Records the article's place and read flag (meta may be NULL). */
int store_article_put(struct store *s, const char *hash, const char *path, const struct store_meta *meta,
		      long long offset, int read, char **err);

/* The article last open in the set of articles called key (a hash of
 * their hashes): *hash gets a new string, or NULL. Returns 0 or -1. */
int store_session_get(struct store *s, const char *key, char **hash, char **err);
int store_session_put(struct store *s, const char *key, const char *hash, char **err);

/* A mark: a letter naming a place in an article. */
struct store_mark {
	char hash[STORE_HASH_SIZE];	/* the article's hash */
	char *path;			/* its path, or NULL */
	long long offset;		/* byte offset at the top, or -1 */
};

/* Sets mark letter (a-z, A-Z) to the place given (m->path may be NULL). */
int store_mark_put(struct store *s, int letter, const struct store_mark *m, char **err);
/* Returns 1 with *m filled (m->path to be freed), 0 when the mark is not
 * set, or -1. */
int store_mark_get(struct store *s, int letter, struct store_mark *m, char **err);

/* A place in the jump list of a set of articles. */
struct store_jump {
	char hash[STORE_HASH_SIZE];	/* the article's hash */
	char *path;			/* its path, or NULL */
	long long offset;		/* byte offset at the top, or -1 (the top) */
	long long mention;		/* the selected mention's index, or -1 */
	int pane;			/* the pane that had the focus (the reader's number) */
};

/* The jump list kept for the set of articles called key, oldest first:
 * returns 0 with *v and *n set (free with store_jumps_free), or -1. */
int store_jumps_get(struct store *s, const char *key, struct store_jump **v, size_t *n, char **err);
/* Replaces that set's jump list with these n places, in one transaction. */
int store_jumps_put(struct store *s, const char *key, const struct store_jump *v, size_t n, char **err);
void store_jumps_free(struct store_jump *v, size_t n);

/* A note on a passage of an article. */
struct store_note {
	long long id;		/* its row (set by the store) */
	char *hash;		/* the article's hash */
	char *path;		/* the article's path, or NULL */
	long long start, end;	/* the passage's bytes in the article's text */
	char *quote;		/* the passage's text */
	char *text;		/* the note */
	char *title, *source, *date, *url;	/* the article's, or NULL */
	long long created;	/* seconds since the epoch */
};

/* Adds a note (its id and created are set here). */
int store_note_add(struct store *s, struct store_note *n, char **err);
/* Every note, by story (title, then hash) and then by place; with hash
 * not NULL, only that article's. Returns 0 with *v and *n set (free with
 * store_notes_free), or -1. */
int store_notes(struct store *s, const char *hash, struct store_note **v, size_t *n, char **err);
void store_notes_free(struct store_note *v, size_t n);

/* The cache of recognition: bytes kept for an article (key: its hash, and
 * whatever else its recognition depends on) and a program version. Get
 * returns 1 with *data (to be freed) and *len, 0 when nothing is kept, or
 * -1. The cache is safe to lose: forget drops what other versions kept. */
int store_cache_get(struct store *s, const char *key, const char *version, unsigned char **data, size_t *len,
		    char **err);
/* store_cache_get for n keys in one read transaction: data[k] and len[k]
 * are the findings of keys[k], or NULL when it is not kept (a NULL key
 * is skipped). Returns 0, or -1 with *err set (data[] then all NULL). */
int store_cache_get_many(struct store *s, char *const *keys, size_t n, const char *version, unsigned char **data,
			 size_t *len, char **err);
int store_cache_put(struct store *s, const char *key, const char *version, const unsigned char *data, size_t len,
		    char **err);
int store_cache_forget(struct store *s, const char *version, char **err);

/* Snapshots: the linked findings of a whole set of articles (key: a
 * hash of what each article's recognition depends on, in the set's
 * order) for a program version, so that a set opened again needs no
 * per-article read. The last STORE_SNAPSHOTS sets written are kept;
 * store_cache_forget drops other versions' too. Get returns 1 with *data
 * (to be freed) and *len, 0 when none is kept, or -1; put replaces. */
#define STORE_SNAPSHOTS 4
int store_snapshot_get(struct store *s, const char *key, const char *version, unsigned char **data, size_t *len,
		       char **err);
int store_snapshot_put(struct store *s, const char *key, const char *version, const unsigned char *data, size_t len,
		       char **err);

/* Stamps: the hashes of a set of files as they were read (n hashes of
 * 32 hex digits, one after the other), keyed by what stat said of each
 * file then (filestamp_key, in the set's order), so that a set opened
 * again with no file changed as stat sees it has its hashes, and so its
 * snapshot, before any file is read. A file changed without stat seeing
 * it is caught when it is read, by its hash. The last STORE_SNAPSHOTS
 * sets written are kept. Get returns 1 with *hashes (NUL-terminated, to
 * be freed) and *len, 0 when none is kept, or -1; put replaces; forget
 * drops the key's (a set whose hashes were found wrong). */
int store_stamps_get(struct store *s, const char *key, char **hashes, size_t *len, char **err);
int store_stamps_put(struct store *s, const char *key, const char *hashes, size_t len, char **err);
int store_stamps_forget(struct store *s, const char *key, char **err);

/* A transaction around many reads or cache writes (one lock, one commit,
 * instead of one per article). No other store_ write may come between
 * them: those are transactions of their own. */
int store_begin(struct store *s, char **err);
int store_commit(struct store *s, char **err);

#endif
