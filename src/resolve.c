/* resolve: a printing mode's linked entities, from the state's snapshot
 * or made and kept. See resolve.h. */
#include "resolve.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "input.h"
#include "pool.h"
#include "recognized.h"
#include "snapshot.h"
#include "store.h"
#include "trace.h"
#include "xmalloc.h"

struct resolve {
	int use_state;		/* the database is still to be opened, or joined */
	pthread_t opener;
	int opening;		/* opener is to be joined */
	struct store *store;	/* NULL: no snapshot read or kept */
	char *warn, *err;	/* store_open's */
	char version[STORE_HASH_SIZE];
	char key[STORE_HASH_SIZE];
	int keyed;		/* key is the set's */
	int from_snapshot;	/* the table was read, not made */
	pthread_t keeper;	/* writes the snapshot of a table made */
	int keeping;		/* keeper is to be joined */
	const struct entity_table *made;
	struct entity_table *early;	/* without state: the table recognized as
					 * the articles are read (resolve_follow) */
	struct entity_found **found;	/* per article: found as read, not committed */
	size_t capfound;
	size_t committed;		/* the articles in early so far, from the first */
};

static void *resolve_open_run(void *arg)
{
	struct resolve *r = arg;
	char *path = store_default_path();
	r->store = path ? store_open(path, &r->warn, &r->err) : NULL;
	free(path);
	return NULL;
}

struct resolve *resolve_start(int use_state)
{
	struct resolve *r = xcalloc(1, sizeof *r);
	r->use_state = use_state;
	if (use_state)
		r->opening = pthread_create(&r->opener, NULL, resolve_open_run, r) == 0;
	return r;
}

/* An article read on a corpus thread: parsed and recognized there. */
static void *resolve_prepare(struct article *a, void *ctx)
{
	(void)ctx;
	input_parse(a);
	return entity_recognize(a);
}

/* Article i joined the corpus: what was found in it goes into the table
 * at once when every article before it is in (so that the table is the
 * one made after reading), else waits for resolve_corpus. */
static void resolve_prepared(size_t i, void *result, void *ctx)
{
	struct resolve *r = ctx;
	struct entity_found *f = result;
	if (!f)
		return;
	if (i == r->committed) {
		entity_table_grow(r->early, i + 1);
		entity_commit(r->early, i, f);
		r->committed++;
		return;
	}
	size_t cap = r->capfound;
	r->found = xgrow(r->found, &r->capfound, i + 1, sizeof *r->found);
	memset(r->found + cap, 0, (r->capfound - cap) * sizeof *r->found);
	r->found[i] = f;
}

void resolve_follow(struct resolve *r, struct corpus *c)
{
	if (r->use_state)
		return;
	entity_recognize_warm();
	r->early = entity_table_new(0);
	c->prepare = resolve_prepare;
	c->prepared = resolve_prepared;
	c->prepare_ctx = r;
}

/* The database, open (or NULL), once the opener is done. */
static struct store *resolve_store(struct resolve *r)
{
	if (!r->use_state)
		return r->store;
	if (r->opening)
		pthread_join(r->opener, NULL);
	else
		resolve_open_run(r);
	r->opening = 0;
	r->use_state = 0;
	if (r->warn)
		fprintf(stderr, "crossread: warning: state database: %s\n", r->warn);
	free(r->warn);
	r->warn = NULL;
	/* Without a database the output is the same, only slower: no message. */
	free(r->err);
	r->err = NULL;
	trace_mark("store open");
	return r->store;
}

/* Each article's key (snapshot_article_key), hashed on every core, a
 * block of articles an item. */
#define RESOLVE_BLOCK 256

struct resolve_hashing {
	struct corpus *c;
	char **keys;
};

static void *resolve_hash_block(size_t k, size_t worker, void *ctx)
{
	(void)worker;
	struct resolve_hashing *h = ctx;
	for (size_t i = k * RESOLVE_BLOCK; i < h->c->n && i < (k + 1) * RESOLVE_BLOCK; i++) {
		const struct article *a = h->c->arts[i];
		char hash[STORE_HASH_SIZE];
		store_hash(a->data, a->len, hash);
		h->keys[i] = snapshot_article_key(a->path, hash);
	}
	return NULL;
}

/* Makes r->key, the set's snapshot key; returns whether there is one. */
static int resolve_key(struct resolve *r, struct corpus *c)
{
	recognized_version(r->version);
	if (!r->version[0])
		return 0;
	struct resolve_hashing h = { c, xcalloc(c->n ? c->n : 1, sizeof *h.keys) };
	size_t blocks = (c->n + RESOLVE_BLOCK - 1) / RESOLVE_BLOCK;
	pool_run(blocks, pool_workers(c->n), resolve_hash_block, NULL, NULL, &h);
	r->keyed = snapshot_key((const char *const *)h.keys, c->n, r->key) == 0;
	for (size_t i = 0; i < c->n; i++)
		free(h.keys[i]);
	free(h.keys);
	trace_mark("hashed");
	return r->keyed;
}

/* The set's snapshot, unpacked, or NULL. */
static struct entity_table *resolve_read(struct resolve *r, size_t n)
{
	unsigned char *data;
	size_t len;
	char *err = NULL;
	int got = store_snapshot_get(r->store, r->key, r->version, &data, &len, &err);
	/* A snapshot that cannot be read is recomputed: no message. */
	free(err);
	if (got != 1)
		return NULL;
	struct entity_table *t = snapshot_unpack(data, len, n);
	free(data);
	for (size_t i = 0; t && i < n; i++)
		if (!t->docs[i].done) {
			entity_table_free(t); /* a set only partly recognized */
			t = NULL;
		}
	return t;
}

/* Keeps the table made as the set's snapshot. */
static void *resolve_keep_run(void *arg)
{
	struct resolve *r = arg;
	size_t len;
	unsigned char *data = snapshot_pack(r->made, &len);
	char *err = NULL;
	/* Not kept is only slower next time: no message. */
	if (store_snapshot_put(r->store, r->key, r->version, data, len, &err) != 0)
		free(err);
	free(data);
	trace_mark("snapshot kept");
	return NULL;
}

struct entity_table *resolve_corpus(struct resolve *r, struct corpus *c)
{
	struct store *s = resolve_store(r);
	if (s && resolve_key(r, c)) {
		struct entity_table *t = resolve_read(r, c->n);
		if (t) {
			r->from_snapshot = 1;
			trace_mark("snapshot read");
			return t;
		}
	}
	struct entity_table *t;
	if (r->early) {
		/* Recognized as read (resolve_follow): the rest now. */
		c->prepare = NULL;
		c->prepared = NULL;
		t = r->early;
		r->early = NULL;
		entity_table_grow(t, c->n);
		if (r->capfound < c->n) {
			size_t cap = r->capfound;
			r->found = xgrow(r->found, &r->capfound, c->n, sizeof *r->found);
			memset(r->found + cap, 0, (r->capfound - cap) * sizeof *r->found);
		}
		/* Every article committed as read (a directory's usual case)
		 * leaves nothing to do: no pool of threads to hand tens of
		 * thousands of empty items to each other. */
		if (r->committed < c->n)
			entity_recognize_found(t, c, r->found);
	} else {
		t = entity_table_new(c->n);
		entity_recognize_corpus(t, c);
	}
	trace_mark("recognized");
	entity_link(t);
	trace_mark("linked");
	if (r->store && r->keyed) {
		/* Kept on another core while the output is made from the same
		 * table (which neither changes). */
		r->made = t;
		r->keeping = pthread_create(&r->keeper, NULL, resolve_keep_run, r) == 0;
		if (!r->keeping)
			resolve_keep_run(r);
	}
	return t;
}

void resolve_finish(struct resolve *r)
{
	if (!r)
		return;
	resolve_store(r);
	if (r->keeping)
		pthread_join(r->keeper, NULL);
	if (r->store)
		store_close(r->store);
	/* Not used: a path could not be read. */
	entity_table_free(r->early);
	for (size_t i = 0; i < r->capfound; i++)
		entity_found_free(r->found[i]);
	free(r->found);
	free(r);
}
