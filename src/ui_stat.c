/* ui_stat: a set of files opened again, known by what stat says of them.
 * Reading thousands of files to hash them is most of a start, so the
 * store keeps each set's hashes under a key made of every file's path,
 * identity, size and modification time (store_stamps_get): when no file
 * has changed as stat sees it, the hashes (and so the set's snapshot and
 * places) are known before any file is read. The files are then read
 * when first shown, and all of them on another core once the
 * cross-references are up; each one's bytes are checked against the hash
 * the store gave, and a file that changed without stat seeing it is read
 * again and the set indexed afresh (as ^R does), its stamps' hashes
 * dropped from the store: what the store kept of another text is shown a
 * moment at most, and never kept again. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "store.h"
#include "trace.h"
#include "ui_private.h"
#include "xmalloc.h"

/* Hex digits of a hash, as the store keeps them one after another. */
#define UI_STAT_HEX (STORE_HASH_SIZE - 1)

struct ui_stat {
	char key[STORE_HASH_SIZE];	/* the set's key by its stamps */
	char (*expect)[STORE_HASH_SIZE];/* each file's hash as the store kept it, or NULL */
	unsigned char *acted;		/* per article: found changed, and read again */
	size_t seen;			/* how many found changed were acted on */
	int keep;			/* the files were read at the start, one article each:
					 * their hashes are to be kept under key */
	pthread_t thread;		/* the reading of every file */
	int running;			/* thread is to be joined */
	atomic_int stop, done;
};

int ui_stat_prepare(struct ui *u, int use_store)
{
	struct corpus *c = u->c;
	if (!c->unread)
		return 0;
	struct ui_stat *s = xcalloc(1, sizeof *s);
	atomic_init(&s->stop, 0);
	atomic_init(&s->done, 0);
	u->stat = s;
	/* A set of one file is read at once: a big one opens from its
	 * first part (ui_load.c), which needs its bytes. */
	if (use_store && c->listed == c->n && c->n > 1) {
		ui_state_store_open(u);
		char *hashes = NULL, *err = NULL;
		size_t len = 0;
		if (u->store && corpus_stamp_key(c, s->key) == 0 &&
		    store_stamps_get(u->store, s->key, &hashes, &len, &err) == 1 && len == c->n * UI_STAT_HEX) {
			corpus_expect(c, hashes);
			s->expect = xmalloc(c->n * sizeof *s->expect);
			for (size_t i = 0; i < c->n; i++) {
				memcpy(s->expect[i], hashes + i * UI_STAT_HEX, UI_STAT_HEX);
				s->expect[i][UI_STAT_HEX] = '\0';
			}
			s->acted = xcalloc(c->n, 1);
			free(hashes);
			trace_mark("hashes by stamps");
			return 0;
		}
		free(hashes);
		free(err); /* only slower: the files are read */
	}
	int all_listed = c->listed == c->n;
	size_t warned = c->nwarnings;
	s->keep = corpus_read_all(c) && all_listed && use_store && c->n > 1;
	trace_mark("files read");
	if (!c->n) {
		for (size_t k = warned; k < c->nwarnings; k++)
			fprintf(stderr, "crossread: warning: %s\n", c->warnings[k]);
		fprintf(stderr, "crossread: no articles could be read\n");
		return -1;
	}
	return 0;
}

const char *ui_stat_hash(const struct ui *u, size_t i)
{
	return u->stat && u->stat->expect ? u->stat->expect[i] : NULL;
}

void ui_stat_keep(struct ui *u)
{
	struct ui_stat *s = u->stat;
	if (!s || !s->keep || !u->store)
		return;
	s->keep = 0;
	size_t n = u->c->n;
	if (corpus_stamp_key(u->c, s->key) != 0)
		return;
	char *hashes = xmalloc(n * UI_STAT_HEX + 1);
	for (size_t i = 0; i < n; i++)
		memcpy(hashes + i * UI_STAT_HEX, u->hashes[i], UI_STAT_HEX);
	char *err = NULL;
	if (store_stamps_put(u->store, s->key, hashes, n * UI_STAT_HEX, &err) != 0)
		free(err); /* only slower next time: no message */
	free(hashes);
}

/* The thread: every file not read yet, read (and so checked). */
static void *ui_stat_run(void *arg)
{
	struct ui *u = arg;
	for (size_t i = 0; i < u->c->n && !atomic_load(&u->stat->stop); i++)
		corpus_read(u->c, i);
	trace_mark("files checked");
	atomic_store(&u->stat->done, 1);
	return NULL;
}

void ui_stat_check(struct ui *u)
{
	struct ui_stat *s = u->stat;
	if (!s || !s->expect || s->running)
		return;
	s->running = pthread_create(&s->thread, NULL, ui_stat_run, u) == 0;
}

int ui_stat_poll(struct ui *u)
{
	struct ui_stat *s = u->stat;
	if (!s || !s->expect || atomic_load(&u->c->nchanged) == s->seen)
		return 0;
	s->seen = atomic_load(&u->c->nchanged);
	int any = 0;
	for (size_t i = 0; i < u->c->n; i++)
		if (!s->acted[i] && corpus_changed(u->c, i)) {
			s->acted[i] = 1;
			any = 1;
			if (u->disk[i] == UI_DISK_SAME)
				u->disk[i] = UI_DISK_CHANGED;
		}
	if (!any)
		return 0;
	/* The hashes kept are wrong for these stamps: the next start reads
	 * the files (and keeps their hashes anew). */
	char *err = NULL;
	if (u->store && store_stamps_forget(u->store, s->key, &err) != 0)
		free(err);
	ui_reload_changed(u);
	return 1;
}

int ui_stat_checking(const struct ui *u)
{
	return u->stat && u->stat->running && !atomic_load(&u->stat->done);
}

void ui_stat_stop(struct ui *u)
{
	struct ui_stat *s = u->stat;
	if (!s || !s->running)
		return;
	atomic_store(&s->stop, 1);
	pthread_join(s->thread, NULL);
	s->running = 0;
}

void ui_stat_free(struct ui *u)
{
	struct ui_stat *s = u->stat;
	if (!s)
		return;
	ui_stat_stop(u);
	free(s->expect);
	free(s->acted);
	free(s);
	u->stat = NULL;
}
