/* store: the state database on SQLite. See store.h.
 *
 * Every write is a single statement or a short BEGIN IMMEDIATE
 * transaction: taking the write lock at the start means two readers that
 * write at once wait for each other (the busy timeout) instead of failing
 * to upgrade a read lock. */
#include "store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dirs.h"
#include "xmalloc.h"

/* How long a reader waits for another one's write, in milliseconds. */
#define STORE_BUSY_MS 5000

struct store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *get;	/* store_article_get's query, kept: a reader asks it once per article */
	sqlite3_stmt *cache_get, *cache_put;	/* the same for the cache of recognition */
};

/* The schema, one step per version: step i takes a database of version i
 * to version i + 1. Steps are never changed once released; a new
 * version adds a step. */
static const char *const store_migrations[STORE_VERSION] = {
	/* 1: articles, the last article open per set, marks. */
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  hash TEXT NOT NULL UNIQUE,"
	"  path TEXT,"
	"  title TEXT, source TEXT, date TEXT, url TEXT,"
	"  offset INTEGER NOT NULL DEFAULT -1,"
	"  read INTEGER NOT NULL DEFAULT 0,"
	"  seen INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX articles_path ON articles(path);"
	"CREATE TABLE sessions (key TEXT PRIMARY KEY, hash TEXT NOT NULL, seen INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE marks (letter TEXT PRIMARY KEY, hash TEXT NOT NULL, path TEXT,"
	"  offset INTEGER NOT NULL DEFAULT -1);",
	/* 2: notes on passages, with what an export shows of their story. */
	"CREATE TABLE notes ("
	"  id INTEGER PRIMARY KEY,"
	"  hash TEXT NOT NULL, path TEXT,"
	"  start INTEGER NOT NULL, end INTEGER NOT NULL,"
	"  quote TEXT NOT NULL, note TEXT NOT NULL,"
	"  title TEXT, source TEXT, date TEXT, url TEXT,"
	"  created INTEGER NOT NULL);"
	"CREATE INDEX notes_hash ON notes(hash, start);",
	/* 3: what the recognizer found, by article and program version. */
	"CREATE TABLE recognized ("
	"  key TEXT NOT NULL, version TEXT NOT NULL, data BLOB NOT NULL,"
	"  PRIMARY KEY (key, version)) WITHOUT ROWID;"
	"CREATE TABLE recognized_version (id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL);",
	/* 4: the jump list of each set of articles (sessions.key), in order. */
	"CREATE TABLE jumps ("
	"  key TEXT NOT NULL, pos INTEGER NOT NULL,"
	"  hash TEXT NOT NULL, path TEXT,"
	"  offset INTEGER NOT NULL DEFAULT -1,"
	"  mention INTEGER NOT NULL DEFAULT -1,"
	"  pane INTEGER NOT NULL DEFAULT 1,"
	"  PRIMARY KEY (key, pos)) WITHOUT ROWID;",
	/* 5: the linked findings of whole sets of articles, by their keys. */
	"CREATE TABLE snapshots ("
	"  key TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL,"
	"  made INTEGER NOT NULL DEFAULT 0);",
	/* 6: the hashes of sets of files, by what stat said of each. */
	"CREATE TABLE stamps ("
	"  key TEXT PRIMARY KEY, hashes BLOB NOT NULL,"
	"  made INTEGER NOT NULL DEFAULT 0);",
};

void store_hash(const char *data, size_t len, char out[STORE_HASH_SIZE])
{
	/* Two independent 64-bit hashes (FNV-1a and a multiply-rotate one),
	 * each with the length mixed in: 128 bits make a collision among
	 * any corpus a reader has out of the question. */
	uint64_t a = 0xcbf29ce484222325ull, b = 0x9e3779b97f4a7c15ull ^ (uint64_t)len;
	const unsigned char *p = (const unsigned char *)data;
	for (size_t i = 0; i < len; i++) {
		a = (a ^ p[i]) * 0x100000001b3ull;
		b = (b ^ p[i]) * 0xff51afd7ed558ccdull;
		b = (b << 31) | (b >> 33);
	}
	a ^= (uint64_t)len;
	/* The finalizer of splitmix64, so that every input bit reaches every output bit. */
	uint64_t h[2] = { a, b };
	for (int k = 0; k < 2; k++) {
		uint64_t z = h[k];
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
		h[k] = z ^ (z >> 31);
	}
	snprintf(out, STORE_HASH_SIZE, "%016llx%016llx", (unsigned long long)h[0], (unsigned long long)h[1]);
}

char *store_default_path(void)
{
	const char *data = getenv("XDG_DATA_HOME");
	if (data && data[0] == '/')
		return xasprintf("%s/crossread/state.db", data);
	const char *home = getenv("HOME");
	if (home && home[0])
		return xasprintf("%s/.local/share/crossread/state.db", home);
	return NULL;
}

const char *store_path(const struct store *s)
{
	return s->path;
}

/* The message for the database's last error. */
static char *store_errmsg(sqlite3 *db, const char *what)
{
	return xasprintf("%s: %s", what, db ? sqlite3_errmsg(db) : "cannot open");
}

/* Whether an SQLite result code says the file is not a sound database. */
static int store_damaged(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

/* The outcome of opening: ready, or a database to set aside (why). */
enum store_outcome { STORE_READY, STORE_FAILED, STORE_SET_ASIDE_DAMAGED, STORE_SET_ASIDE_NEWER };

/* Runs the migrations from the database's version up to STORE_VERSION in
 * one transaction, so that a killed migration leaves the old version. */
static enum store_outcome store_migrate(sqlite3 *db, char **err)
{
	int rc = sqlite3_exec(db, "BEGIN IMMEDIATE;"
			      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		if (store_damaged(rc))
			return STORE_SET_ASIDE_DAMAGED;
		*err = store_errmsg(db, "cannot start the state database");
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_FAILED;
	}
	sqlite3_stmt *st = NULL;
	long long version = 0;
	int have = 0;
	rc = sqlite3_prepare_v2(db, "SELECT version FROM schema_version", -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		version = sqlite3_column_int64(st, 0);
		have = 1;
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		enum store_outcome o = store_damaged(rc) ? STORE_SET_ASIDE_DAMAGED : STORE_FAILED;
		if (o == STORE_FAILED)
			*err = store_errmsg(db, "cannot read the state database's version");
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return o;
	}
	if (version > STORE_VERSION) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_SET_ASIDE_NEWER;
	}
	if (version < 0) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return STORE_SET_ASIDE_DAMAGED;
	}
	for (long long v = version; v < STORE_VERSION; v++) {
		rc = sqlite3_exec(db, store_migrations[v], NULL, NULL, NULL);
		if (rc != SQLITE_OK) {
			enum store_outcome o = store_damaged(rc) ? STORE_SET_ASIDE_DAMAGED : STORE_FAILED;
			if (o == STORE_FAILED)
				*err = xasprintf("cannot migrate the state database to version %lld: %s", v + 1,
						 sqlite3_errmsg(db));
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return o;
		}
	}
	if (version < STORE_VERSION) {
		char *sql = have ? xasprintf("UPDATE schema_version SET version = %d", STORE_VERSION) :
				   xasprintf("INSERT INTO schema_version (version) VALUES (%d)", STORE_VERSION);
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
		free(sql);
		if (rc != SQLITE_OK) {
			*err = store_errmsg(db, "cannot record the state database's version");
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return STORE_FAILED;
		}
	}
	rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		enum store_outcome o = store_damaged(rc) ? STORE_SET_ASIDE_DAMAGED : STORE_FAILED;
		if (o == STORE_FAILED)
			*err = store_errmsg(db, "cannot commit to the state database");
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return o;
	}
	return STORE_READY;
}

/* One attempt at opening path: WAL, the busy timeout, a quick check of
 * the file and the migrations. */
static enum store_outcome store_try(const char *path, sqlite3 **out, char **err)
{
	sqlite3 *db = NULL;
	*out = NULL;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		*err = xasprintf("cannot open %s: %s", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		sqlite3_close(db);
		return STORE_FAILED;
	}
	sqlite3_busy_timeout(db, STORE_BUSY_MS);
	sqlite3_extended_result_codes(db, 1);
	enum store_outcome o = STORE_READY;
	rc = sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
	/* The cache of recognition is read whole at each start: pages mapped
	 * into memory are read without a system call each. */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA mmap_size=268435456", NULL, NULL, NULL);
	if (rc == SQLITE_OK) {
		/* A damaged file often opens and reads its header fine: look
		 * at its pages before trusting it. */
		sqlite3_stmt *st = NULL;
		rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL);
		if (rc == SQLITE_OK) {
			rc = sqlite3_step(st);
			if (rc == SQLITE_ROW) {
				const unsigned char *t = sqlite3_column_text(st, 0);
				rc = t && strcmp((const char *)t, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
			}
		}
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_OK) {
		if (store_damaged(rc)) {
			o = STORE_SET_ASIDE_DAMAGED;
		} else {
			*err = xasprintf("cannot use %s: %s", path, sqlite3_errmsg(db));
			o = STORE_FAILED;
		}
	} else {
		o = store_migrate(db, err);
	}
	if (o != STORE_READY) {
		sqlite3_close(db);
		return o;
	}
	*out = db;
	return STORE_READY;
}

/* Renames the database (and its WAL and shared-memory files) aside as
 * path.SUFFIX-TIME; returns the new name, or NULL with *err set. */
static char *store_set_aside(const char *path, const char *suffix, char **err)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
	char *to = xasprintf("%s.%s-%s-%ld", path, suffix, stamp, (long)getpid());
	if (rename(path, to) != 0) {
		*err = xasprintf("cannot move %s aside: %s", path, strerror(errno));
		free(to);
		return NULL;
	}
	static const char *const extra[] = { "-wal", "-shm" };
	for (int k = 0; k < 2; k++) {
		char *f = xasprintf("%s%s", path, extra[k]);
		char *t = xasprintf("%s%s", to, extra[k]);
		if (rename(f, t) != 0 && errno == ENOENT)
			(void)0; /* there was none */
		free(f);
		free(t);
	}
	return to;
}

struct store *store_open(const char *path, char **warning, char **err)
{
	*err = NULL;
	if (warning)
		*warning = NULL;
	if (!path || !*path) {
		*err = xstrdup("no place for the state database (set XDG_DATA_HOME or HOME)");
		return NULL;
	}
	if (dirs_make_parents(path, err) != 0)
		return NULL;
	sqlite3 *db = NULL;
	enum store_outcome o = store_try(path, &db, err);
	if (o == STORE_SET_ASIDE_DAMAGED || o == STORE_SET_ASIDE_NEWER) {
		int newer = o == STORE_SET_ASIDE_NEWER;
		char *to = store_set_aside(path, newer ? "newer" : "damaged", err);
		if (!to)
			return NULL;
		if (warning)
			*warning = xasprintf("%s %s; moved it to %s and started afresh", path,
					     newer ? "is from a newer crossread" : "was damaged", to);
		free(to);
		o = store_try(path, &db, err);
		if (o != STORE_READY) {
			if (!*err)
				*err = xasprintf("cannot make a fresh %s", path);
			return NULL;
		}
	}
	if (o != STORE_READY)
		return NULL;
	struct store *s = xcalloc(1, sizeof *s);
	s->db = db;
	s->path = xstrdup(path);
	return s;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->get);
	sqlite3_finalize(s->cache_get);
	sqlite3_finalize(s->cache_put);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

/* Prepares sql; returns the statement or NULL with *err set. */
static sqlite3_stmt *store_prepare(struct store *s, const char *sql, char **err)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

static void store_bind_text(sqlite3_stmt *st, int i, const char *t)
{
	if (t)
		sqlite3_bind_text(st, i, t, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

/* Steps a statement that returns no rows and finalizes it; 0 or -1. */
static int store_run(struct store *s, sqlite3_stmt *st, char **err)
{
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	return 0;
}

static char *store_column_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

int store_article_get(struct store *s, const char *hash, const char *path, struct store_article *out, char **err)
{
	*err = NULL;
	out->known = 0;
	out->offset = -1;
	out->read = 0;
	/* By hash first; an edited file (same path, new hash) keeps its
	 * state unless its new text is known under its own hash. */
	if (!s->get)
		s->get = store_prepare(s, "SELECT offset, read FROM articles WHERE hash = ?1 OR path = ?2 "
				       "ORDER BY hash = ?1 DESC LIMIT 1", err);
	sqlite3_stmt *st = s->get;
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
	store_bind_text(st, 2, path);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->known = 1;
		out->offset = sqlite3_column_int64(st, 0);
		out->read = sqlite3_column_int(st, 1);
		rc = SQLITE_DONE;
	}
	/* Reset at once, so that the statement holds no read lock between calls. */
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	return 0;
}

int store_known_all(struct store *s, size_t max, struct store_known **v, size_t *n, char **err)
{
	*err = NULL;
	*v = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT id, hash, path, offset, read FROM articles LIMIT ?1", err);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, (long long)max + 1);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*v = xgrow(*v, &cap, *n + 1, sizeof **v);
		struct store_known *k = &(*v)[(*n)++];
		k->id = sqlite3_column_int64(st, 0);
		k->hash = store_column_dup(st, 1);
		if (!k->hash)
			k->hash = xstrdup("");
		k->path = store_column_dup(st, 2);
		k->offset = sqlite3_column_int64(st, 3);
		k->read = sqlite3_column_int(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE || *n > max) {
		if (rc != SQLITE_DONE)
			*err = store_errmsg(s->db, "state database");
		store_known_free(*v, *n);
		*v = NULL;
		*n = 0;
		return rc != SQLITE_DONE ? -1 : 0;
	}
	return 1;
}

void store_known_free(struct store_known *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].hash);
		free(v[i].path);
	}
	free(v);
}

int store_article_put(struct store *s, const char *hash, const char *path, const struct store_meta *meta,
		      long long offset, int read, char **err)
{
	*err = NULL;
	static const struct store_meta none;
	if (!meta)
		meta = &none;
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	/* The row of an edited file takes the new hash, unless that hash
	 * has a row already; a moved file's row takes the new path. */
	sqlite3_stmt *st = store_prepare(s, "UPDATE articles SET hash = ?1 WHERE path = ?2 AND ?2 IS NOT NULL "
					 "AND hash <> ?1 AND NOT EXISTS (SELECT 1 FROM articles WHERE hash = ?1)", err);
	int rc = -1;
	if (st) {
		sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
		store_bind_text(st, 2, path);
		rc = store_run(s, st, err);
	}
	if (rc == 0) {
		st = store_prepare(s, "INSERT INTO articles (hash, path, title, source, date, url, offset, read, seen) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%s','now')) "
				   "ON CONFLICT(hash) DO UPDATE SET path = coalesce(?2, path), "
				   "title = coalesce(?3, title), source = coalesce(?4, source), "
				   "date = coalesce(?5, date), url = coalesce(?6, url), "
				   "offset = ?7, read = ?8, seen = strftime('%s','now')", err);
		rc = -1;
		if (st) {
			sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
			store_bind_text(st, 2, path);
			store_bind_text(st, 3, meta->title);
			store_bind_text(st, 4, meta->source);
			store_bind_text(st, 5, meta->date);
			store_bind_text(st, 6, meta->url);
			sqlite3_bind_int64(st, 7, offset);
			sqlite3_bind_int(st, 8, read ? 1 : 0);
			rc = store_run(s, st, err);
		}
	}
	if (rc == 0 && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		rc = -1;
	}
	if (rc != 0)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int store_session_get(struct store *s, const char *key, char **hash, char **err)
{
	*err = NULL;
	*hash = NULL;
	sqlite3_stmt *st = store_prepare(s, "SELECT hash FROM sessions WHERE key = ?1", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*hash = store_column_dup(st, 0);
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	return 0;
}

int store_session_put(struct store *s, const char *key, const char *hash, char **err)
{
	*err = NULL;
	sqlite3_stmt *st = store_prepare(s, "INSERT INTO sessions (key, hash, seen) VALUES (?1, ?2, strftime('%s','now')) "
					 "ON CONFLICT(key) DO UPDATE SET hash = ?2, seen = strftime('%s','now')", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, hash, -1, SQLITE_TRANSIENT);
	return store_run(s, st, err);
}

static int store_mark_letter(int letter)
{
	return (letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z');
}

int store_mark_put(struct store *s, int letter, const struct store_mark *m, char **err)
{
	*err = NULL;
	if (!store_mark_letter(letter)) {
		*err = xstrdup("a mark is a letter, a to z or A to Z");
		return -1;
	}
	char l[2] = { (char)letter, '\0' };
	sqlite3_stmt *st = store_prepare(s, "INSERT INTO marks (letter, hash, path, offset) VALUES (?1, ?2, ?3, ?4) "
					 "ON CONFLICT(letter) DO UPDATE SET hash = ?2, path = ?3, offset = ?4", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, l, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, m->hash, -1, SQLITE_TRANSIENT);
	store_bind_text(st, 3, m->path);
	sqlite3_bind_int64(st, 4, m->offset);
	return store_run(s, st, err);
}

int store_mark_get(struct store *s, int letter, struct store_mark *m, char **err)
{
	*err = NULL;
	memset(m, 0, sizeof *m);
	if (!store_mark_letter(letter))
		return 0;
	char l[2] = { (char)letter, '\0' };
	sqlite3_stmt *st = store_prepare(s, "SELECT hash, path, offset FROM marks WHERE letter = ?1", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, l, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st), found = 0;
	if (rc == SQLITE_ROW) {
		const unsigned char *h = sqlite3_column_text(st, 0);
		snprintf(m->hash, sizeof m->hash, "%s", h ? (const char *)h : "");
		m->path = store_column_dup(st, 1);
		m->offset = sqlite3_column_int64(st, 2);
		found = 1;
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	return found;
}

int store_jumps_get(struct store *s, const char *key, struct store_jump **v, size_t *n, char **err)
{
	*err = NULL;
	*v = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT hash, path, offset, mention, pane FROM jumps WHERE key = ?1 "
					 "ORDER BY pos", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*v = xgrow(*v, &cap, *n + 1, sizeof **v);
		struct store_jump *j = &(*v)[(*n)++];
		const unsigned char *h = sqlite3_column_text(st, 0);
		snprintf(j->hash, sizeof j->hash, "%s", h ? (const char *)h : "");
		j->path = store_column_dup(st, 1);
		j->offset = sqlite3_column_int64(st, 2);
		j->mention = sqlite3_column_int64(st, 3);
		j->pane = sqlite3_column_int(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		store_jumps_free(*v, *n);
		*v = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int store_jumps_put(struct store *s, const char *key, const struct store_jump *v, size_t n, char **err)
{
	*err = NULL;
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM jumps WHERE key = ?1", err);
	int rc = -1;
	if (st) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
		rc = store_run(s, st, err);
	}
	for (size_t i = 0; rc == 0 && i < n; i++) {
		st = store_prepare(s, "INSERT INTO jumps (key, pos, hash, path, offset, mention, pane) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", err);
		if (!st) {
			rc = -1;
			break;
		}
		sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, (long long)i);
		sqlite3_bind_text(st, 3, v[i].hash, -1, SQLITE_TRANSIENT);
		store_bind_text(st, 4, v[i].path);
		sqlite3_bind_int64(st, 5, v[i].offset);
		sqlite3_bind_int64(st, 6, v[i].mention);
		sqlite3_bind_int(st, 7, v[i].pane);
		rc = store_run(s, st, err);
	}
	if (rc == 0 && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		rc = -1;
	}
	if (rc != 0)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

void store_jumps_free(struct store_jump *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].path);
	free(v);
}

int store_note_add(struct store *s, struct store_note *n, char **err)
{
	*err = NULL;
	n->created = (long long)time(NULL);
	sqlite3_stmt *st = store_prepare(s, "INSERT INTO notes (hash, path, start, end, quote, note, title, source, date, url, created) "
					 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", err);
	if (!st)
		return -1;
	store_bind_text(st, 1, n->hash ? n->hash : "");
	store_bind_text(st, 2, n->path);
	sqlite3_bind_int64(st, 3, n->start);
	sqlite3_bind_int64(st, 4, n->end);
	store_bind_text(st, 5, n->quote ? n->quote : "");
	store_bind_text(st, 6, n->text ? n->text : "");
	store_bind_text(st, 7, n->title);
	store_bind_text(st, 8, n->source);
	store_bind_text(st, 9, n->date);
	store_bind_text(st, 10, n->url);
	sqlite3_bind_int64(st, 11, n->created);
	if (store_run(s, st, err) != 0)
		return -1;
	n->id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

int store_notes(struct store *s, const char *hash, struct store_note **v, size_t *n, char **err)
{
	*err = NULL;
	*v = NULL;
	*n = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT id, hash, path, start, end, quote, note, title, source, date, url, created "
					 "FROM notes WHERE ?1 IS NULL OR hash = ?1 "
					 "ORDER BY coalesce(title, ''), hash, start, id", err);
	if (!st)
		return -1;
	store_bind_text(st, 1, hash);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*v = xgrow(*v, &cap, *n + 1, sizeof **v);
		struct store_note *e = &(*v)[(*n)++];
		e->id = sqlite3_column_int64(st, 0);
		e->hash = store_column_dup(st, 1);
		e->path = store_column_dup(st, 2);
		e->start = sqlite3_column_int64(st, 3);
		e->end = sqlite3_column_int64(st, 4);
		e->quote = store_column_dup(st, 5);
		e->text = store_column_dup(st, 6);
		e->title = store_column_dup(st, 7);
		e->source = store_column_dup(st, 8);
		e->date = store_column_dup(st, 9);
		e->url = store_column_dup(st, 10);
		e->created = sqlite3_column_int64(st, 11);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		store_notes_free(*v, *n);
		*v = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void store_notes_free(struct store_note *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].hash);
		free(v[i].path);
		free(v[i].quote);
		free(v[i].text);
		free(v[i].title);
		free(v[i].source);
		free(v[i].date);
		free(v[i].url);
	}
	free(v);
}

/* Runs st, bound to (key, version), for one blob: 1 with a copy in
 * *data, 0 when there is none, -1 with *err. st is reset and unbound, not
 * finalized. */
static int store_blob_get(struct store *s, sqlite3_stmt *st, const char *key, const char *version,
			  unsigned char **data, size_t *len, char **err)
{
	*data = NULL;
	*len = 0;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, version, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st), found = 0;
	if (rc == SQLITE_ROW) {
		const void *b = sqlite3_column_blob(st, 0);
		int n = sqlite3_column_bytes(st, 0);
		*data = xmalloc(n > 0 ? (size_t)n : 1);
		if (n > 0)
			memcpy(*data, b, (size_t)n);
		*len = n > 0 ? (size_t)n : 0;
		found = 1;
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		free(*data);
		*data = NULL;
		*len = 0;
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	return found;
}

int store_cache_get(struct store *s, const char *key, const char *version, unsigned char **data, size_t *len,
		    char **err)
{
	*err = NULL;
	*data = NULL;
	*len = 0;
	if (!s->cache_get)
		s->cache_get = store_prepare(s, "SELECT data FROM recognized WHERE key = ?1 AND version = ?2", err);
	if (!s->cache_get)
		return -1;
	return store_blob_get(s, s->cache_get, key, version, data, len, err);
}

int store_cache_get_many(struct store *s, char *const *keys, size_t n, const char *version, unsigned char **data,
			 size_t *len, char **err)
{
	for (size_t k = 0; k < n; k++) {
		data[k] = NULL;
		len[k] = 0;
	}
	/* One transaction: a lock taken and checked once, not per key. */
	if (store_begin(s, err) != 0)
		return -1;
	int rc = 0;
	for (size_t k = 0; k < n && rc == 0; k++)
		if (keys[k] && store_cache_get(s, keys[k], version, &data[k], &len[k], err) < 0)
			rc = -1;
	char *cerr = NULL;
	if (store_commit(s, &cerr) != 0 && rc == 0) {
		*err = cerr;
		rc = -1;
	} else {
		free(cerr);
	}
	if (rc != 0)
		for (size_t k = 0; k < n; k++) {
			free(data[k]);
			data[k] = NULL;
		}
	return rc;
}

int store_cache_put(struct store *s, const char *key, const char *version, const unsigned char *data, size_t len,
		    char **err)
{
	*err = NULL;
	if (!s->cache_put)
		s->cache_put = store_prepare(s, "INSERT OR REPLACE INTO recognized (key, version, data) VALUES (?1, ?2, ?3)",
					     err);
	sqlite3_stmt *st = s->cache_put;
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, version, -1, SQLITE_TRANSIENT);
	sqlite3_bind_blob64(st, 3, data, len, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	return 0;
}

int store_cache_forget(struct store *s, const char *version, char **err)
{
	*err = NULL;
	/* Nothing to do when this version is the one that wrote last: the
	 * common case, and a scan of the whole cache otherwise. */
	sqlite3_stmt *st = store_prepare(s, "SELECT 1 FROM recognized_version WHERE version = ?1", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, version, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (store_begin(s, err) != 0)
		return -1;
	st = store_prepare(s, "DELETE FROM recognized WHERE version <> ?1", err);
	rc = -1;
	if (st) {
		sqlite3_bind_text(st, 1, version, -1, SQLITE_TRANSIENT);
		rc = store_run(s, st, err);
	}
	if (rc == 0 && (st = store_prepare(s, "DELETE FROM snapshots WHERE version <> ?1", err))) {
		sqlite3_bind_text(st, 1, version, -1, SQLITE_TRANSIENT);
		rc = store_run(s, st, err);
	}
	if (rc == 0 && (st = store_prepare(s, "INSERT OR REPLACE INTO recognized_version (id, version) VALUES (1, ?1)",
					   err))) {
		sqlite3_bind_text(st, 1, version, -1, SQLITE_TRANSIENT);
		rc = store_run(s, st, err);
	}
	if (rc != 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return store_commit(s, err);
}

int store_snapshot_get(struct store *s, const char *key, const char *version, unsigned char **data, size_t *len,
		       char **err)
{
	*err = NULL;
	*data = NULL;
	*len = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT data FROM snapshots WHERE key = ?1 AND version = ?2", err);
	if (!st)
		return -1;
	int found = store_blob_get(s, st, key, version, data, len, err);
	sqlite3_finalize(st);
	return found;
}

/* Writes one row of a table that keeps only the sets written last (its
 * "made" column counts the writes), in one transaction: ins, prepared and
 * bound, inserts the row; trim deletes the rows too old to keep. */
static int store_put_newest(struct store *s, sqlite3_stmt *ins, const char *trim, char **err)
{
	if (!ins)
		return -1;
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		sqlite3_finalize(ins);
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	int rc = store_run(s, ins, err);
	sqlite3_stmt *st;
	if (rc == 0 && (st = store_prepare(s, trim, err))) {
		sqlite3_bind_int(st, 1, STORE_SNAPSHOTS);
		rc = store_run(s, st, err);
	} else if (rc == 0) {
		rc = -1;
	}
	if (rc == 0 && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		rc = -1;
	}
	if (rc != 0)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int store_snapshot_put(struct store *s, const char *key, const char *version, const unsigned char *data, size_t len,
		       char **err)
{
	*err = NULL;
	sqlite3_stmt *st = store_prepare(s, "INSERT OR REPLACE INTO snapshots (key, version, data, made) "
					 "VALUES (?1, ?2, ?3, coalesce((SELECT max(made) FROM snapshots), 0) + 1)", err);
	if (st) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, version, -1, SQLITE_TRANSIENT);
		sqlite3_bind_blob64(st, 3, data, len, SQLITE_STATIC);
	}
	/* Only the sets written last are kept: a snapshot is as big as the
	 * findings of all its articles, and most sets are opened once. */
	return store_put_newest(s, st, "DELETE FROM snapshots WHERE made <= (SELECT max(made) FROM snapshots) - ?1", err);
}

int store_stamps_get(struct store *s, const char *key, char **hashes, size_t *len, char **err)
{
	*err = NULL;
	*hashes = NULL;
	*len = 0;
	sqlite3_stmt *st = store_prepare(s, "SELECT hashes FROM stamps WHERE key = ?1", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st), found = 0;
	if (rc == SQLITE_ROW) {
		const void *b = sqlite3_column_blob(st, 0);
		size_t n = (size_t)sqlite3_column_bytes(st, 0);
		*hashes = xmalloc(n + 1);
		if (n)
			memcpy(*hashes, b, n);
		(*hashes)[n] = '\0';
		*len = n;
		found = 1;
	} else if (rc != SQLITE_DONE) {
		*err = store_errmsg(s->db, "state database");
		found = -1;
	}
	sqlite3_finalize(st);
	return found;
}

int store_stamps_put(struct store *s, const char *key, const char *hashes, size_t len, char **err)
{
	*err = NULL;
	sqlite3_stmt *st = store_prepare(s, "INSERT OR REPLACE INTO stamps (key, hashes, made) "
					 "VALUES (?1, ?2, coalesce((SELECT max(made) FROM stamps), 0) + 1)", err);
	if (st) {
		sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_blob64(st, 2, hashes, len, SQLITE_STATIC);
	}
	/* As many sets as snapshots are kept: a set's hashes serve to find its snapshot. */
	return store_put_newest(s, st, "DELETE FROM stamps WHERE made <= (SELECT max(made) FROM stamps) - ?1", err);
}

int store_stamps_forget(struct store *s, const char *key, char **err)
{
	*err = NULL;
	sqlite3_stmt *st = store_prepare(s, "DELETE FROM stamps WHERE key = ?1", err);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	return store_run(s, st, err);
}

int store_begin(struct store *s, char **err)
{
	*err = NULL;
	/* Deferred: a batch of reads takes no write lock, and a batch that
	 * writes first waits for the lock (the busy timeout) like any write. */
	if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		return -1;
	}
	return 0;
}

int store_commit(struct store *s, char **err)
{
	*err = NULL;
	if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		*err = store_errmsg(s->db, "state database");
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}
