/* Unit tests of the snapshot of a linked corpus: its bytes and back, and
 * a reader's start with it as ui_state and the indexer make it, which
 * must show the cross-references a cold run shows whatever changed: a
 * file edited, touched, added or removed, a new program version, a
 * damaged snapshot. */
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "article.h"
#include "check.h"
#include "corpus.h"
#include "entity.h"
#include "snapshot.h"
#include "store.h"
#include "xmalloc.h"
#include "xref.h"

static const char *const ts_texts[] = {
	"Title: Volcker sees slower growth\n\nWASHINGTON, March 3 - Federal Reserve Board Chairman Paul Volcker "
	"said the economy will grow more slowly this year. Volcker told the Senate Banking Committee that "
	"Treasury Secretary James Baker agreed. Reagan administration officials said they would wait.\n Reuter\n",
	"Title: Baker meets Japanese officials\n\nTOKYO, March 4 - Treasury Secretary James Baker met Japanese "
	"Finance Minister Kiichi Miyazawa in Tokyo. Baker said the dollar had fallen far enough. Miyazawa "
	"said the Bank of Japan would act. Paul Volcker was not there.\n Reuter\n",
	"Title: Chrysler buys American Motors\n\nDETROIT, March 9 - Chrysler Corp said it agreed to buy "
	"American Motors Corp from Renault for about 1.5 billion dlrs. Chrysler chairman Lee Iacocca said "
	"the deal would close this year. Renault said it was pleased.\n Reuter\n",
	"Title: Fed's Volcker on the dollar\n\nNEW YORK, March 10 - Paul Volcker, chairman of the Federal "
	"Reserve, said a further fall of the dollar would be dangerous. Volcker spoke in New York. Baker "
	"declined to comment.\n Reuter\n",
};

/* Writes text as file name in dir. */
static void ts_write(const char *dir, const char *name, const char *text)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "wb");
	CHECK(f != NULL);
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	free(p);
}

/* The cross-references of a linked table, as text: every mention with
 * its entity's name and type, and every story's related stories. */
static char *ts_dump(const struct entity_table *t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = xmemstream(&buf, &len);
	for (size_t a = 0; a < t->ndocs; a++) {
		const struct entity_doc *d = &t->docs[a];
		fprintf(f, "article %zu done %d\n", a, d->done);
		for (size_t k = 0; k < d->n; k++) {
			const struct entity_ref *r = &d->v[k];
			const struct entity *e = &t->v[r->id];
			fprintf(f, "  %zu-%zu %d %d %s/%s %d %zu %zu\n", r->start, r->end, (int)r->type, r->furniture,
				e->name, e->key, (int)e->type, e->votes, e->sure);
		}
	}
	struct xref *x = xref_build(t);
	for (size_t a = 0; a < t->ndocs; a++) {
		struct xref_related *r;
		size_t n = xref_related(x, t, a, &r);
		for (size_t k = 0; k < n; k++)
			fprintf(f, "related %zu %zu %zu %.9f\n", a, r[k].article, r[k].shared, r[k].score);
		free(r);
	}
	xref_free(x);
	fclose(f);
	return buf;
}

static struct corpus *ts_corpus(const char *dir)
{
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, dir, &err), 0);
	free(err);
	return c;
}

static struct entity_table *ts_link(struct corpus *c)
{
	struct entity_table *t = entity_table_new(c->n);
	entity_recognize_corpus(t, c);
	entity_link(t);
	return t;
}

/* The cross-references of a cold run: every article recognized and linked. */
static char *ts_cold(const char *dir)
{
	struct corpus *c = ts_corpus(dir);
	struct entity_table *t = ts_link(c);
	char *d = ts_dump(t);
	entity_table_free(t);
	corpus_free(c);
	return d;
}

/* A reader's start: the snapshot of the set if one is kept for this
 * version (keyed as ui_state keys it: each article's content hash and
 * extension), else every article recognized and linked, and the snapshot
 * kept. *hit says which. Returns the cross-references as text. */
static char *ts_start(const char *dir, struct store *s, const char *version, int *hit)
{
	struct corpus *c = ts_corpus(dir);
	char **keys = xcalloc(c->n ? c->n : 1, sizeof *keys);
	for (size_t i = 0; i < c->n; i++) {
		const struct article *a = c->arts[i];
		char hash[STORE_HASH_SIZE];
		store_hash(a->data, a->len, hash);
		const char *dot = strrchr(a->path, '.');
		keys[i] = xasprintf("%s%s", hash, dot && !strchr(dot, '/') ? dot : "");
	}
	char key[STORE_HASH_SIZE], *err = NULL;
	CHECK_INT(snapshot_key((const char *const *)keys, c->n, key), 0);
	unsigned char *data = NULL;
	size_t len = 0;
	struct entity_table *t = NULL;
	*hit = 0;
	int got = store_snapshot_get(s, key, version, &data, &len, &err);
	CHECK(got >= 0);
	if (got == 1 && (t = snapshot_unpack(data, len, c->n)) != NULL)
		*hit = 1;
	free(data);
	if (!t) {
		t = ts_link(c);
		data = snapshot_pack(t, &len);
		CHECK_INT(store_snapshot_put(s, key, version, data, len, &err), 0);
		free(data);
	}
	char *d = ts_dump(t);
	entity_table_free(t);
	for (size_t i = 0; i < c->n; i++)
		free(keys[i]);
	free(keys);
	corpus_free(c);
	return d;
}

/* Runs a start and compares it with a cold run; returns whether it hit. */
static int ts_check(const char *dir, struct store *s, const char *version)
{
	int hit;
	char *got = ts_start(dir, s, version, &hit), *want = ts_cold(dir);
	CHECK_STR(got, want);
	free(got);
	free(want);
	return hit;
}

static void test_snapshot_bytes(void)
{
	const char *dir = check_tmpdir();
	for (size_t i = 0; i < 4; i++) {
		char name[16];
		snprintf(name, sizeof name, "%zu.txt", i);
		ts_write(dir, name, ts_texts[i]);
	}
	struct corpus *c = ts_corpus(dir);
	struct entity_table *t = ts_link(c);
	size_t len;
	unsigned char *p = snapshot_pack(t, &len);
	struct entity_table *u = snapshot_unpack(p, len, c->n);
	CHECK(u != NULL);
	if (u) {
		char *a = ts_dump(t), *b = ts_dump(u);
		CHECK_STR(b, a);
		CHECK(strstr(a, "Volcker") != NULL);
		free(a);
		free(b);
		CHECK_INT(u->n, t->n);
		entity_table_free(u);
	}
	/* Damaged, cut short, or of another corpus: refused. */
	CHECK(snapshot_unpack(p, len, c->n + 1) == NULL);
	for (size_t cut = 0; cut < len; cut += 5)
		CHECK(snapshot_unpack(p, cut, c->n) == NULL);
	for (size_t at = 0; at < len; at += 3) {
		p[at] ^= 0x10;
		CHECK(snapshot_unpack(p, len, c->n) == NULL);
		p[at] ^= 0x10;
	}
	/* The key: any change to the list of keys changes it. */
	const char *k1[] = { "a.txt", "b.txt" }, *k2[] = { "b.txt", "a.txt" }, *k3[] = { "a.txt" },
		   *k4[] = { "a.txt", NULL };
	char h1[STORE_HASH_SIZE], h2[STORE_HASH_SIZE], h3[STORE_HASH_SIZE];
	CHECK_INT(snapshot_key(k1, 2, h1), 0);
	CHECK_INT(snapshot_key(k2, 2, h2), 0);
	CHECK_INT(snapshot_key(k3, 1, h3), 0);
	CHECK(strcmp(h1, h2) != 0);
	CHECK(strcmp(h1, h3) != 0);
	CHECK_INT(snapshot_key(k4, 2, h3), -1);
	free(p);
	entity_table_free(t);
	corpus_free(c);
}

/* Replaces the snapshot's bytes in the database behind the store's back,
 * as a damaged disk would: one byte in the middle flipped. */
static void ts_damage(const char *db)
{
	sqlite3 *h = NULL;
	CHECK_INT(sqlite3_open(db, &h), SQLITE_OK);
	CHECK_INT(sqlite3_exec(h, "UPDATE snapshots SET data = substr(data, 1, length(data) / 2) || "
			       "X'00' || substr(data, length(data) / 2 + 2)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
}

static void test_snapshot_start(void)
{
	const char *tmp = check_tmpdir();
	char *dir = xasprintf("%s/corpus", tmp), *db = xasprintf("%s/state.db", tmp), *err = NULL;
	mkdir(dir, 0700);
	for (size_t i = 0; i < 3; i++) {
		char name[16];
		snprintf(name, sizeof name, "%zu.txt", i);
		ts_write(dir, name, ts_texts[i]);
	}
	struct store *s = store_open(db, NULL, &err);
	CHECK(s != NULL);
	if (!s) {
		free(err);
		free(dir);
		free(db);
		return;
	}
	/* Made once, then read. */
	CHECK_INT(ts_check(dir, s, "v1"), 0);
	CHECK_INT(ts_check(dir, s, "v1"), 1);
	/* A file edited (another size and time): made again, then read. */
	ts_write(dir, "1.txt", ts_texts[3]);
	CHECK_INT(ts_check(dir, s, "v1"), 0);
	CHECK_INT(ts_check(dir, s, "v1"), 1);
	/* A file touched, its text the same: the same snapshot. */
	char *one = xasprintf("%s/1.txt", dir);
	struct timespec times[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
	CHECK_INT(utimensat(AT_FDCWD, one, times, 0), 0);
	CHECK_INT(ts_check(dir, s, "v1"), 1);
	/* The same size, one letter changed: made again. */
	char *same = xstrdup(ts_texts[3]);
	char *v = strstr(same, "Volcker spoke");
	if (v)
		v[0] = 'W';
	ts_write(dir, "1.txt", same);
	free(same);
	CHECK_INT(ts_check(dir, s, "v1"), 0);
	/* A file added, then removed: each set its own. */
	ts_write(dir, "3.txt", ts_texts[1]);
	CHECK_INT(ts_check(dir, s, "v1"), 0);
	CHECK(remove(one) == 0);
	CHECK_INT(ts_check(dir, s, "v1"), 0);
	/* A new program (model) version: made again; the old one's dropped. */
	CHECK_INT(ts_check(dir, s, "v2"), 0);
	CHECK_INT(ts_check(dir, s, "v2"), 1);
	CHECK_INT(store_cache_forget(s, "v2", &err), 0);
	CHECK_INT(ts_check(dir, s, "v1"), 0);
	/* A damaged snapshot: refused, made again, then read. */
	ts_damage(db);
	CHECK_INT(ts_check(dir, s, "v1"), 0);
	CHECK_INT(ts_check(dir, s, "v1"), 1);
	store_close(s);
	free(one);
	free(dir);
	free(db);
}

/* Only the last STORE_SNAPSHOTS sets written are kept. */
static void test_snapshot_store(void)
{
	char *db = xasprintf("%s/state.db", check_tmpdir()), *err = NULL;
	struct store *s = store_open(db, NULL, &err);
	CHECK(s != NULL);
	if (!s) {
		free(err);
		free(db);
		return;
	}
	static const unsigned char bytes[] = "snapshot";
	for (int k = 0; k < STORE_SNAPSHOTS + 2; k++) {
		char key[8];
		snprintf(key, sizeof key, "k%d", k);
		CHECK_INT(store_snapshot_put(s, key, "v", bytes, sizeof bytes, &err), 0);
	}
	CHECK_INT(store_snapshot_put(s, "k0", "v", bytes, sizeof bytes, &err), 0); /* written last now */
	for (int k = 0; k < STORE_SNAPSHOTS + 2; k++) {
		char key[8];
		snprintf(key, sizeof key, "k%d", k);
		unsigned char *data;
		size_t len;
		int want = k == 0 || k >= 3;
		CHECK_INT(store_snapshot_get(s, key, "v", &data, &len, &err), want);
		if (want) {
			CHECK_INT(len, sizeof bytes);
			free(data);
		}
	}
	unsigned char *data;
	size_t len;
	CHECK_INT(store_snapshot_get(s, "k0", "w", &data, &len, &err), 0);
	store_close(s);
	free(db);
}

/* The hashes of sets by their files' stamps: kept whole, replaced,
 * forgotten, the last STORE_SNAPSHOTS sets only. */
static void test_snapshot_stamps(void)
{
	char *db = xasprintf("%s/state.db", check_tmpdir()), *err = NULL;
	struct store *s = store_open(db, NULL, &err);
	CHECK(s != NULL);
	if (!s) {
		free(err);
		free(db);
		return;
	}
	char *h = NULL;
	size_t len = 9;
	CHECK_INT(store_stamps_get(s, "set", &h, &len, &err), 0);
	CHECK(h == NULL);
	CHECK_INT(len, 0);
	CHECK_INT(store_stamps_put(s, "set", "0123456789abcdef", 16, &err), 0);
	CHECK_INT(store_stamps_get(s, "set", &h, &len, &err), 1);
	CHECK_INT(len, 16);
	CHECK_STR(h, "0123456789abcdef");
	free(h);
	CHECK_INT(store_stamps_put(s, "set", "fedcba98", 8, &err), 0);
	CHECK_INT(store_stamps_get(s, "set", &h, &len, &err), 1);
	CHECK_STR(h, "fedcba98");
	free(h);
	CHECK_INT(store_stamps_forget(s, "set", &err), 0);
	CHECK_INT(store_stamps_get(s, "set", &h, &len, &err), 0);
	for (int k = 0; k < STORE_SNAPSHOTS + 2; k++) {
		char key[8];
		snprintf(key, sizeof key, "k%d", k);
		CHECK_INT(store_stamps_put(s, key, key, strlen(key), &err), 0);
	}
	for (int k = 0; k < STORE_SNAPSHOTS + 2; k++) {
		char key[8];
		snprintf(key, sizeof key, "k%d", k);
		int want = k >= 2;
		CHECK_INT(store_stamps_get(s, key, &h, &len, &err), want);
		if (want)
			CHECK_STR(h, key);
		free(h);
	}
	store_close(s);
	free(db);
}

/* A table of one article whose two mentions are at a..a+alen and b..b+blen,
 * packed: bytes no real table makes when a mention is empty or out of
 * order, which unpack must refuse as damage. */
static unsigned char *ts_pack_two(size_t a, size_t alen, size_t b, size_t blen, size_t *len)
{
	struct entity_table *t = entity_table_new(1);
	t->v = xcalloc(1, sizeof *t->v);
	t->n = t->cap = 1;
	t->v[0].name = xstrdup("Ann Lee");
	t->v[0].key = xstrdup("ann lee");
	t->v[0].type = NER_PERSON;
	struct entity_doc *d = &t->docs[0];
	d->done = 1;
	d->n = 2;
	d->v = xcalloc(2, sizeof *d->v);
	d->v[0].start = a;
	d->v[0].end = a + alen;
	d->v[1].start = b;
	d->v[1].end = b + blen;
	unsigned char *p = snapshot_pack(t, len);
	entity_table_free(t);
	return p;
}

static void test_snapshot_damage(void)
{
	size_t len;
	unsigned char *p = ts_pack_two(10, 7, 40, 7, &len);
	struct entity_table *t = snapshot_unpack(p, len, 1);
	CHECK(t != NULL && t->docs[0].n == 2 && t->docs[0].v[1].start == 40);
	entity_table_free(t);
	free(p);
	/* An empty mention (found by tests/fuzz/fuzz_snapshot.c). */
	p = ts_pack_two(10, 7, 40, 0, &len);
	CHECK(snapshot_unpack(p, len, 1) == NULL);
	free(p);
	/* Mentions out of file order. */
	p = ts_pack_two(40, 7, 10, 7, &len);
	CHECK(snapshot_unpack(p, len, 1) == NULL);
	free(p);
}

const struct check_test snapshot_tests[] = {
	{ "snapshot_damage", test_snapshot_damage },
	{ "snapshot_bytes", test_snapshot_bytes },
	{ "snapshot_start", test_snapshot_start },
	{ "snapshot_store", test_snapshot_store },
	{ "snapshot_stamps", test_snapshot_stamps },
	{ NULL, NULL }
};
