/* Unit tests of store: the state database, its migrations, articles known
 * by hash and path, marks, sessions and notes, and what happens to a
 * damaged or newer database. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "check.h"
#include "entity.h"
#include "recognized.h"
#include "store.h"
#include "xmalloc.h"

static char *test_store_path(const char *name)
{
	return xasprintf("%s/sub/dir/%s", check_tmpdir(), name);
}

/* A fresh database named name in the test directory, its path in *path
 * (freed here if it cannot be opened: then NULL, a failed check). */
static struct store *test_store_new(const char *name, char **path)
{
	*path = test_store_path(name);
	char *err = NULL;
	struct store *s = store_open(*path, NULL, &err);
	CHECK(s != NULL);
	if (!s) {
		free(err);
		free(*path);
		*path = NULL;
	}
	return s;
}

/* Runs sql on the file at path with SQLite itself; the first column of
 * the first row as a new string, or NULL. */
static char *test_store_sql(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	char *out = NULL;
	if (sqlite3_open(path, &db) == SQLITE_OK) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
		    sqlite3_column_text(st, 0))
			out = xstrdup((const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return out;
}

static void test_store_hash(void)
{
	char a[STORE_HASH_SIZE], b[STORE_HASH_SIZE], c[STORE_HASH_SIZE];
	store_hash("hello", 5, a);
	store_hash("hello", 5, b);
	store_hash("hellp", 5, c);
	CHECK_INT(strlen(a), 32);
	CHECK_STR(a, b);
	CHECK(strcmp(a, c) != 0);
	store_hash("", 0, c);
	CHECK(strcmp(a, c) != 0);
}

static void test_store_default_path(void)
{
	char *was = getenv("XDG_DATA_HOME") ? xstrdup(getenv("XDG_DATA_HOME")) : NULL;
	setenv("XDG_DATA_HOME", "/x/data", 1);
	char *p = store_default_path();
	CHECK_STR(p, "/x/data/crossread/state.db");
	free(p);
	/* A relative XDG_DATA_HOME is ignored, as the specification asks. */
	setenv("XDG_DATA_HOME", "rel", 1);
	p = store_default_path();
	CHECK(p && strstr(p, "/.local/share/crossread/state.db"));
	free(p);
	if (was)
		setenv("XDG_DATA_HOME", was, 1);
	else
		unsetenv("XDG_DATA_HOME");
	free(was);
}

static void test_store_articles(void)
{
	char *path = test_store_path("state.db");
	char *warn = NULL, *err = NULL;
	struct store *s = store_open(path, &warn, &err);
	CHECK(s != NULL);
	CHECK(warn == NULL);
	CHECK(err == NULL);
	if (!s) {
		free(err);
		free(path);
		return;
	}
	char *mode = test_store_sql(path, "PRAGMA journal_mode");
	CHECK_STR(mode, "wal");
	free(mode);
	char *v = test_store_sql(path, "SELECT version FROM schema_version");
	CHECK_INT(atoi(v ? v : "0"), STORE_VERSION);
	free(v);
	struct store_article a;
	CHECK_INT(store_article_get(s, "h1", "/a/one.txt", &a, &err), 0);
	CHECK_INT(a.known, 0);
	CHECK_INT(a.offset, -1);
	struct store_meta m = { "One", "Wire", "2022-01-25", "https://example.org/1" };
	CHECK_INT(store_article_put(s, "h1", "/a/one.txt", &m, 120, 0, &err), 0);
	CHECK_INT(store_article_get(s, "h1", "/a/one.txt", &a, &err), 0);
	CHECK_INT(a.known, 1);
	CHECK_INT(a.offset, 120);
	CHECK_INT(a.read, 0);
	CHECK_INT(store_article_put(s, "h1", "/a/one.txt", NULL, 300, 1, &err), 0);
	/* Moved: the same text at another path keeps its state. */
	CHECK_INT(store_article_get(s, "h1", "/b/moved.txt", &a, &err), 0);
	CHECK_INT(a.known, 1);
	CHECK_INT(a.offset, 300);
	CHECK_INT(a.read, 1);
	char *t = test_store_sql(path, "SELECT title FROM articles WHERE hash = 'h1'");
	CHECK_STR(t, "One"); /* meta NULL keeps what was there */
	free(t);
	CHECK_INT(store_article_put(s, "h1", "/b/moved.txt", NULL, 300, 1, &err), 0);
	t = test_store_sql(path, "SELECT path FROM articles WHERE hash = 'h1'");
	CHECK_STR(t, "/b/moved.txt");
	free(t);
	/* Edited: new text at the same path keeps the state, and takes the new hash. */
	CHECK_INT(store_article_get(s, "h2", "/b/moved.txt", &a, &err), 0);
	CHECK_INT(a.known, 1);
	CHECK_INT(a.offset, 300);
	CHECK_INT(store_article_put(s, "h2", "/b/moved.txt", NULL, 10, 1, &err), 0);
	t = test_store_sql(path, "SELECT count(*) || ':' || hash FROM articles");
	CHECK_STR(t, "1:h2");
	free(t);
	/* A text without a path (standard input) is known by its hash. */
	CHECK_INT(store_article_put(s, "h3", NULL, NULL, 5, 0, &err), 0);
	CHECK_INT(store_article_get(s, "h3", NULL, &a, &err), 0);
	CHECK_INT(a.offset, 5);
	/* All of them at once, or none when there are more than asked for. */
	struct store_known *kv = NULL;
	size_t kn = 0;
	CHECK_INT(store_known_all(s, 10, &kv, &kn, &err), 1);
	CHECK_INT(kn, 2);
	for (size_t k = 0; k < kn; k++) {
		if (strcmp(kv[k].hash, "h2") == 0) {
			CHECK_STR(kv[k].path, "/b/moved.txt");
			CHECK_INT(kv[k].offset, 10);
			CHECK_INT(kv[k].read, 1);
		} else {
			CHECK_STR(kv[k].hash, "h3");
			CHECK(kv[k].path == NULL);
			CHECK_INT(kv[k].offset, 5);
			CHECK_INT(kv[k].read, 0);
		}
	}
	store_known_free(kv, kn);
	CHECK_INT(store_known_all(s, 1, &kv, &kn, &err), 0);
	CHECK(kv == NULL && kn == 0);
	store_close(s);
	free(path);
}

static void test_store_sessions_marks(void)
{
	char *path, *err = NULL;
	struct store *s = test_store_new("marks.db", &path);
	if (!s)
		return;
	char *h = NULL;
	CHECK_INT(store_session_get(s, "set1", &h, &err), 0);
	CHECK(h == NULL);
	CHECK_INT(store_session_put(s, "set1", "hA", &err), 0);
	CHECK_INT(store_session_put(s, "set1", "hB", &err), 0);
	CHECK_INT(store_session_get(s, "set1", &h, &err), 0);
	CHECK_STR(h, "hB");
	free(h);
	struct store_mark m = { "hA", "/p/a.txt", 42 }, got;
	CHECK_INT(store_mark_put(s, 'a', &m, &err), 0);
	CHECK_INT(store_mark_get(s, 'a', &got, &err), 1);
	CHECK_STR(got.hash, "hA");
	CHECK_STR(got.path, "/p/a.txt");
	CHECK_INT(got.offset, 42);
	free(got.path);
	CHECK_INT(store_mark_get(s, 'b', &got, &err), 0);
	CHECK_INT(store_mark_put(s, '1', &m, &err), -1);
	CHECK(err != NULL);
	free(err);
	/* A second connection (another reader) sees what the first wrote,
	 * and both can write. */
	struct store *s2 = store_open(path, NULL, &err);
	CHECK(s2 != NULL);
	if (s2) {
		CHECK_INT(store_mark_get(s2, 'a', &got, &err), 1);
		free(got.path);
		struct store_mark m2 = { "hC", NULL, -1 };
		CHECK_INT(store_mark_put(s2, 'A', &m2, &err), 0);
		CHECK_INT(store_article_put(s, "x", NULL, NULL, 1, 0, &err), 0);
		CHECK_INT(store_article_put(s2, "y", NULL, NULL, 2, 0, &err), 0);
		CHECK_INT(store_mark_get(s, 'A', &got, &err), 1);
		CHECK_STR(got.hash, "hC");
		CHECK(got.path == NULL);
		store_close(s2);
	}
	store_close(s);
	free(path);
}

static void test_store_notes(void)
{
	char *path, *err = NULL;
	struct store *s = test_store_new("notes.db", &path);
	if (!s)
		return;
	struct store_note n = { 0, "hB", "/b.txt", 10, 20, "quoted \"text\"", "a note", "Beta story", "Wire", NULL,
				NULL, 0 };
	CHECK_INT(store_note_add(s, &n, &err), 0);
	CHECK(n.id > 0);
	struct store_note n2 = { 0, "hA", NULL, 5, 9, "first", "", "Alpha story", NULL, "2022-01-25", "https://a", 0 };
	CHECK_INT(store_note_add(s, &n2, &err), 0);
	struct store_note *v;
	size_t nv;
	CHECK_INT(store_notes(s, NULL, &v, &nv, &err), 0);
	CHECK_INT(nv, 2);
	if (nv == 2) {
		CHECK_STR(v[0].title, "Alpha story"); /* by story */
		CHECK_STR(v[0].url, "https://a");
		CHECK(v[0].source == NULL);
		CHECK_STR(v[1].quote, "quoted \"text\"");
		CHECK_INT(v[1].start, 10);
	}
	store_notes_free(v, nv);
	CHECK_INT(store_notes(s, "hB", &v, &nv, &err), 0);
	CHECK_INT(nv, 1);
	store_notes_free(v, nv);
	store_close(s);
	free(path);
}

/* A database of version 1 (no notes) is migrated, its data kept. */
static void test_store_migrate(void)
{
	char *path = test_store_path("old.db");
	char *err = NULL;
	struct store *s = store_open(path, NULL, &err);
	CHECK(s != NULL);
	store_close(s);
	free(test_store_sql(path, "DROP TABLE notes"));
	free(test_store_sql(path, "DROP TABLE recognized"));
	free(test_store_sql(path, "DROP TABLE recognized_version"));
	free(test_store_sql(path, "DROP TABLE jumps"));
	free(test_store_sql(path, "DROP TABLE snapshots"));
	free(test_store_sql(path, "DROP TABLE stamps"));
	free(test_store_sql(path, "UPDATE schema_version SET version = 1"));
	free(test_store_sql(path, "INSERT INTO marks (letter, hash, offset) VALUES ('q', 'hq', 7)"));
	char *v = test_store_sql(path, "SELECT version FROM schema_version");
	CHECK_STR(v, "1");
	free(v);
	s = store_open(path, NULL, &err);
	CHECK(s != NULL);
	if (s) {
		struct store_mark m;
		CHECK_INT(store_mark_get(s, 'q', &m, &err), 1);
		CHECK_INT(m.offset, 7);
		free(m.path);
		struct store_note n = { 0, "h", NULL, 0, 1, "q", "n", NULL, NULL, NULL, NULL, 0 };
		CHECK_INT(store_note_add(s, &n, &err), 0);
		store_close(s);
	}
	v = test_store_sql(path, "SELECT version FROM schema_version");
	CHECK_INT(atoi(v ? v : "0"), STORE_VERSION);
	free(v);
	free(path);
}

/* The jump list: kept per set of articles, in order, replaced whole. */
static void test_store_jumps(void)
{
	char *path = test_store_path("jumps.db");
	char *err = NULL;
	struct store *s = store_open(path, NULL, &err);
	CHECK(s != NULL);
	if (!s) {
		free(path);
		return;
	}
	struct store_jump in[3] = {
		{ "h1", "/a/one.txt", 120, 4, 2 },
		{ "h2", NULL, -1, -1, 1 },
		{ "h1", "/a/one.txt", 5, -1, 0 },
	};
	struct store_jump *v = NULL;
	size_t n = 99;
	CHECK_INT(store_jumps_get(s, "set", &v, &n, &err), 0);
	CHECK_INT(n, 0);
	store_jumps_free(v, n);
	CHECK_INT(store_jumps_put(s, "set", in, 3, &err), 0);
	CHECK_INT(store_jumps_put(s, "other", in + 1, 1, &err), 0);
	CHECK_INT(store_jumps_get(s, "set", &v, &n, &err), 0);
	CHECK_INT(n, 3);
	if (n == 3) {
		CHECK_STR(v[0].hash, "h1");
		CHECK_STR(v[0].path, "/a/one.txt");
		CHECK_INT(v[0].offset, 120);
		CHECK_INT(v[0].mention, 4);
		CHECK_INT(v[0].pane, 2);
		CHECK_STR(v[1].hash, "h2");
		CHECK(v[1].path == NULL);
		CHECK_INT(v[1].offset, -1);
		CHECK_INT(v[2].offset, 5);
		CHECK_INT(v[2].pane, 0);
	}
	store_jumps_free(v, n);
	/* Replaced whole: a shorter list leaves nothing of the longer one. */
	CHECK_INT(store_jumps_put(s, "set", in + 2, 1, &err), 0);
	CHECK_INT(store_jumps_get(s, "set", &v, &n, &err), 0);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_INT(v[0].offset, 5);
	store_jumps_free(v, n);
	CHECK_INT(store_jumps_get(s, "other", &v, &n, &err), 0);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(v[0].hash, "h2");
	store_jumps_free(v, n);
	store_close(s);
	/* A database of version 3 (no jump list) gets one, its notes kept. */
	free(test_store_sql(path, "DROP TABLE jumps"));
	free(test_store_sql(path, "DROP TABLE snapshots"));
	free(test_store_sql(path, "DROP TABLE stamps"));
	free(test_store_sql(path, "UPDATE schema_version SET version = 3"));
	free(test_store_sql(path, "INSERT INTO notes (hash, start, end, quote, note, created) VALUES ('h1', 0, 3, 'q', 'kept', 0)"));
	s = store_open(path, NULL, &err);
	CHECK(s != NULL);
	if (s) {
		CHECK_INT(store_jumps_put(s, "set", in, 2, &err), 0);
		CHECK_INT(store_jumps_get(s, "set", &v, &n, &err), 0);
		CHECK_INT(n, 2);
		store_jumps_free(v, n);
		struct store_note *nv = NULL;
		size_t nn = 0;
		CHECK_INT(store_notes(s, "h1", &nv, &nn, &err), 0);
		CHECK_INT(nn, 1);
		if (nn == 1)
			CHECK_STR(nv[0].text, "kept");
		store_notes_free(nv, nn);
		/* ... and a table of snapshots (version 5). */
		unsigned char *data = NULL;
		size_t len = 0;
		CHECK_INT(store_snapshot_put(s, "set", "v", (const unsigned char *)"x", 1, &err), 0);
		CHECK_INT(store_snapshot_get(s, "set", "v", &data, &len, &err), 1);
		CHECK_INT(len, 1);
		free(data);
		store_close(s);
	}
	char *ver = test_store_sql(path, "SELECT version FROM schema_version");
	CHECK_INT(atoi(ver ? ver : "0"), STORE_VERSION);
	free(ver);
	free(path);
}

/* Damaged and newer databases are set aside, with a warning. */
static void test_store_set_aside(void)
{
	char *path = test_store_path("bad.db");
	char *warn = NULL, *err = NULL;
	struct store *s = store_open(path, &warn, &err);
	store_close(s);
	free(warn);
	FILE *f = fopen(path, "wb");
	CHECK(f != NULL);
	if (f) {
		for (int i = 0; i < 4096; i++)
			fputc("garbage!"[i % 8], f);
		fclose(f);
	}
	s = store_open(path, &warn, &err);
	CHECK(s != NULL);
	CHECK(warn && strstr(warn, "was damaged; moved it to"));
	free(warn);
	free(err);
	err = NULL;
	if (s) {
		struct store_article a;
		CHECK_INT(store_article_put(s, "h", NULL, NULL, 1, 1, &err), 0);
		CHECK_INT(store_article_get(s, "h", NULL, &a, &err), 0);
		CHECK_INT(a.read, 1);
		store_close(s);
	}
	free(test_store_sql(path, "UPDATE schema_version SET version = 99"));
	s = store_open(path, &warn, &err);
	CHECK(s != NULL);
	CHECK(warn && strstr(warn, "is from a newer crossread"));
	free(warn);
	store_close(s);
	char *v = test_store_sql(path, "SELECT version FROM schema_version");
	CHECK_INT(atoi(v ? v : "0"), STORE_VERSION);
	free(v);
	/* A directory that cannot be made is an error, not a crash. */
	s = store_open("/proc/no/such/state.db", &warn, &err);
	CHECK(s == NULL);
	CHECK(err != NULL);
	free(err);
	free(path);
}

/* The recognizer's findings, kept and read back, give the same table. */
static void test_store_recognized(void)
{
	static const char text[] = "Title: Talks in Geneva\n\nGENEVA (Reuters) - Sergei Lavrov met Antony Blinken "
				   "in Geneva on Friday. Lavrov said NATO must answer. Blinken flew to Kyiv.\n Reuter\n";
	size_t n = sizeof text - 1;
	char *data = xmalloc(n + 1);
	memcpy(data, text, n + 1);
	struct article *a = article_parse("talks.txt", data, n);
	struct entity_found *f = entity_recognize(a);
	CHECK(f->mentions.n >= 5);
	size_t len;
	unsigned char *bytes = recognized_pack(f, &len);
	struct entity_found *g = recognized_unpack(bytes, len);
	CHECK(g != NULL);
	if (g) {
		CHECK_INT(g->mentions.n, f->mentions.n);
		for (size_t k = 0; k < f->mentions.n && k < g->mentions.n; k++) {
			CHECK_INT(g->mentions.v[k].start, f->mentions.v[k].start);
			CHECK_INT(g->mentions.v[k].end, f->mentions.v[k].end);
			CHECK_INT(g->mentions.v[k].type, f->mentions.v[k].type);
			CHECK(g->mentions.v[k].margin == f->mentions.v[k].margin);
			CHECK_STR(g->names[k], f->names[k]);
			CHECK_INT(g->strength[k], f->strength[k]);
			CHECK_INT(g->furniture[k], f->furniture[k]);
			CHECK_INT(!g->alias || !g->alias[k], !f->alias || !f->alias[k]);
		}
		/* Committed, both make the same table. */
		struct entity_table *t1 = entity_table_new(1), *t2 = entity_table_new(1);
		entity_commit(t1, 0, f);
		entity_commit(t2, 0, g);
		f = NULL;
		CHECK_INT(t1->n, t2->n);
		CHECK_INT(t1->docs[0].n, t2->docs[0].n);
		for (size_t k = 0; k < t1->docs[0].n && k < t2->docs[0].n; k++) {
			CHECK_INT(t1->docs[0].v[k].id, t2->docs[0].v[k].id);
			CHECK_INT(t1->docs[0].v[k].furniture, t2->docs[0].v[k].furniture);
		}
		for (size_t id = 0; id < t1->n && id < t2->n; id++)
			CHECK_STR(t1->v[id].name, t2->v[id].name);
		entity_table_free(t1);
		entity_table_free(t2);
	}
	entity_found_free(f);
	/* Damaged bytes are refused, whatever is cut or changed. */
	for (size_t cut = 0; cut < len; cut += 7)
		CHECK(recognized_unpack(bytes, cut) == NULL);
	unsigned char *bad = xmalloc(len);
	memcpy(bad, bytes, len);
	bad[0] ^= 1;
	CHECK(recognized_unpack(bad, len) == NULL);
	free(bad);
	/* Kept in the store by key and version. */
	char *path = test_store_path("cache.db"), *err = NULL;
	struct store *s = store_open(path, NULL, &err);
	CHECK(s != NULL);
	if (s) {
		unsigned char *got;
		size_t glen;
		CHECK_INT(store_cache_get(s, "k", "v1", &got, &glen, &err), 0);
		CHECK_INT(store_cache_put(s, "k", "v1", bytes, len, &err), 0);
		CHECK_INT(store_cache_get(s, "k", "v2", &got, &glen, &err), 0);
		CHECK_INT(store_cache_get(s, "k", "v1", &got, &glen, &err), 1);
		CHECK_INT(glen, len);
		CHECK(got && memcmp(got, bytes, len) == 0);
		free(got);
		CHECK_INT(store_cache_forget(s, "v2", &err), 0);
		CHECK_INT(store_cache_get(s, "k", "v1", &got, &glen, &err), 0);
		store_close(s);
	}
	char version[STORE_HASH_SIZE];
	recognized_version(version);
	CHECK_INT(strlen(version), 32);
	free(bytes);
	free(path);
	article_free(a);
}

const struct check_test store_tests[] = {
	{ "store_recognized", test_store_recognized },
	{ "store_hash", test_store_hash },
	{ "store_default_path", test_store_default_path },
	{ "store_articles", test_store_articles },
	{ "store_sessions_marks", test_store_sessions_marks },
	{ "store_notes", test_store_notes },
	{ "store_migrate", test_store_migrate },
	{ "store_jumps", test_store_jumps },
	{ "store_set_aside", test_store_set_aside },
	{ NULL, NULL }
};
