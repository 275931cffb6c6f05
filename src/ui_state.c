/* ui_state: what the reader remembers between runs, over store.c: each
 * article's place and read flag, the article last open in this set of
 * articles, marks (m and '), the jump list of this set, the cache of recognition the indexer
 * reads before recognizing an article, and the snapshot of this set's linked findings, which
 * spares it all of them. Without a store (--no-state, or a
 * database that cannot be used) places, flags and marks work for this run
 * only. */
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "input.h"
#include "pool.h"
#include "recognized.h"
#include "snapshot.h"
#include "store.h"
#include "trace.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"
#include "xref.h"

static long long ui_state_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec;
}

/* Reports a failed write once a run, so that a read-only disk does not
 * bury every other message. */
static void ui_state_error(struct ui *u, char *err)
{
	if (!u->state_error_shown)
		ui_message(u, 1, xasprintf("State not saved: %s", err ? err : "unknown error"));
	u->state_error_shown = 1;
	free(err);
}

/* The real directories of the articles' paths, resolved once each: a
 * corpus of thousands of files in one folder must not pay realpath's
 * walk of every component for each file, nor lstat's. */
struct ui_state_dir {
	char *given;	/* the directory as the paths spell it */
	char *real;	/* its real path, or NULL if it has none */
	int fd;		/* it open, or -1: a file's lstat looks up one name */
};

/* The name the store keeps for article i: its absolute path (with the
 * item of a feed), its URL, or NULL for standard input. */
static char *ui_state_path_of(const struct article *a, struct ui_state_dir *dir)
{
	if (!a->path || strcmp(a->path, "-") == 0)
		return NULL;
	if (strstr(a->path, "://"))
		return xstrdup(article_name(a));
	const char *slash = strrchr(a->path, '/'), *base = slash ? slash + 1 : a->path;
	char *real = NULL;
	if (!*base) {
		real = realpath(a->path, NULL);
		goto named;
	}
	char *d = !slash ? xstrdup(".") : slash == a->path ? xstrdup("/") : xstrndup(a->path, (size_t)(slash - a->path));
	if (!dir->given || strcmp(dir->given, d) != 0) {
		free(dir->given);
		free(dir->real);
		if (dir->fd >= 0)
			close(dir->fd);
		dir->given = d;
		dir->real = realpath(d, NULL);
		dir->fd = open(d, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	} else {
		free(d);
	}
	struct stat st;
	/* A file that is itself a link is known by what it links to. */
	if (!a->listed_regular && (dir->fd < 0 || fstatat(dir->fd, base, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
				   S_ISLNK(st.st_mode)))
		real = realpath(a->path, NULL);
	else if (dir->real) {
		/* Made for every file at each start: no printf. */
		size_t dl = strlen(dir->real), bl = strlen(base), sep = strcmp(dir->real, "/") != 0;
		real = xmalloc(dl + sep + bl + 1);
		memcpy(real, dir->real, dl);
		real[dl] = '/';
		memcpy(real + dl + sep, base, bl + 1);
	}
named:
	if (!real || !a->label)
		return real;
	char *p = xasprintf("%s#%zu", real, a->item);
	free(real);
	return p;
}

static int ui_state_hash_cmp(const void *p, const void *q)
{
	return strcmp(p, q);
}

static void ui_state_jumps_load(struct ui *u);
static void ui_state_open(struct ui *u, int use_store);
static void ui_state_snapshot_early(struct ui *u);
struct ui_snap_load;
static int ui_state_snapshot_join(struct ui_snap_load *l, struct entity_table **t, struct xref **x);

/* Hashes every article (before anything parses them, so that each run
 * hashes the same bytes), opens the store and reads what it knows. */
/* The bytes of one article hashed on another core. */
struct ui_state_hashing {
	const char *data;
	size_t len;
	char hash[STORE_HASH_SIZE];
};

static void *ui_state_hash_run(void *arg)
{
	struct ui_state_hashing *h = arg;
	store_hash(h->data, h->len, h->hash);
	return NULL;
}

/* A single article (a big file, most often) is parsed here while another
 * core hashes the bytes it was read as, which the store knows it by: the
 * two are the most of what its first screen waits for. Returns whether
 * hash holds the article's hash. */
static int ui_state_parse_first(struct ui *u, char hash[STORE_HASH_SIZE])
{
	struct article *a = u->c->arts[0];
	if (u->c->n != 1 || a->parsed)
		return 0;
	struct ui_state_hashing h = { a->data, a->len, { 0 } };
	pthread_t t;
	if (pthread_create(&t, NULL, ui_state_hash_run, &h) != 0)
		return 0;
	char *raw;
	input_parse_keep(a, &raw);
	pthread_join(t, NULL);
	free(raw);
	memcpy(hash, h.hash, STORE_HASH_SIZE);
	return 1;
}

/* Every article's hash and name, on every core: a corpus of thousands
 * is megabytes to hash before the store can be asked about them. */
struct ui_state_hashing_all {
	struct ui *u;
	int have_first;			/* first holds article 0's hash */
	struct ui_state_dir dirs[POOL_MAX];	/* each thread's last directory */
	char first[STORE_HASH_SIZE];
};

/* Articles a pool's item: one is too short a work to share out. */
#define UI_STATE_BLOCK 256

static void *ui_state_hash_one(size_t k, size_t worker, void *ctx)
{
	struct ui_state_hashing_all *h = ctx;
	for (size_t i = k * UI_STATE_BLOCK; i < h->u->c->n && i < (k + 1) * UI_STATE_BLOCK; i++) {
		const struct article *a = h->u->c->arts[i];
		if (ui_stat_hash(h->u, i))
			; /* known already */
		else if (i == 0 && h->have_first)
			memcpy(h->u->hashes[0], h->first, STORE_HASH_SIZE);
		else if (!(i == 0 && ui_load_pending(h->u))) /* hashed with the whole, later */
			store_hash(a->data, a->len, h->u->hashes[i]);
		h->u->paths[i] = ui_state_path_of(a, &h->dirs[worker]);
	}
	return NULL;
}

/* Article i's place and read flag, as the store keeps them. */
static void ui_state_place_set(struct ui *u, size_t i, long long offset, int read)
{
	u->anchors[i] = offset >= 0 ? (size_t)offset : UI_NO_ANCHOR;
	u->read[i] = u->saved_read[i] = (unsigned char)read;
	u->saved[i] = offset;
}

static int ui_state_known_by_hash(const void *p, const void *q)
{
	const struct store_known *a = p, *b = q;
	int c = strcmp(a->hash, b->hash);
	return c ? c : (a->id > b->id) - (a->id < b->id);
}

static int ui_state_known_by_path(const void *p, const void *q)
{
	const struct store_known *a = *(const struct store_known *const *)p, *b = *(const struct store_known *const *)q;
	int c = strcmp(a->path, b->path);
	return c ? c : (a->id > b->id) - (a->id < b->id);
}

/* The first of v[0..n) (sorted by hash) with that hash, or NULL. */
static const struct store_known *ui_state_known_hash(const struct store_known *v, size_t n, const char *hash)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(v[mid].hash, hash) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(v[lo].hash, hash) == 0 ? &v[lo] : NULL;
}

/* The first (oldest) of p[0..n) (sorted by path) with that path, or NULL. */
static const struct store_known *ui_state_known_path(struct store_known *const *p, size_t n, const char *path)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(p[mid]->path, path) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(p[lo]->path, path) == 0 ? p[lo] : NULL;
}

/* Every article's place and read flag: looked up by hash, else by path
 * (store_article_get's order), in one scan of what the store knows when
 * that is not many more than the articles loaded (thousands of queries
 * take a good part of a start), else one query each. */
static void ui_state_places_read(struct ui *u)
{
	size_t n = u->c->n, nv = 0;
	struct store_known *v = NULL;
	char *err = NULL;
	int all = store_known_all(u->store, 4 * n + 64, &v, &nv, &err);
	if (all < 0) {
		ui_message(u, 1, xasprintf("Reading state: %s", err));
		free(err);
		return;
	}
	if (all == 1) {
		if (nv > 1)
			qsort(v, nv, sizeof *v, ui_state_known_by_hash);
		struct store_known **byp = xmalloc((nv ? nv : 1) * sizeof *byp);
		size_t np = 0;
		for (size_t k = 0; k < nv; k++)
			if (v[k].path)
				byp[np++] = &v[k];
		if (np > 1)
			qsort(byp, np, sizeof *byp, ui_state_known_by_path);
		for (size_t i = 0; i < n; i++) {
			const struct store_known *k = ui_state_known_hash(v, nv, u->hashes[i]);
			if (!k && u->paths[i])
				k = ui_state_known_path(byp, np, u->paths[i]);
			if (k)
				ui_state_place_set(u, i, k->offset, k->read);
		}
		free(byp);
		store_known_free(v, nv);
		return;
	}
	/* One read transaction for them all: a corpus may have thousands. */
	int batch = store_begin(u->store, &err) == 0;
	free(err);
	err = NULL;
	for (size_t i = 0; i < n; i++) {
		struct store_article sa;
		if (store_article_get(u->store, u->hashes[i], u->paths[i], &sa, &err) != 0) {
			ui_message(u, 1, xasprintf("Reading state: %s", err));
			free(err);
			break;
		}
		if (sa.known)
			ui_state_place_set(u, i, sa.offset, sa.read);
	}
	if (batch && store_commit(u->store, &err) != 0)
		free(err);
}

void ui_state_start(struct ui *u, int use_store)
{
	size_t n = u->c->n;
	char first[STORE_HASH_SIZE];
	int have_first = ui_state_parse_first(u, first);
	u->hashes = xcalloc(n ? n : 1, sizeof *u->hashes);
	u->paths = xcalloc(n ? n : 1, sizeof *u->paths);
	u->read = xcalloc(n ? n : 1, 1);
	u->saved_read = xcalloc(n ? n : 1, 1);
	u->saved = xmalloc((n ? n : 1) * sizeof *u->saved);
	if (use_store && ui_stat_hash(u, 0)) {
		/* Known by the files' stamps: the snapshot is read, and
		 * unpacked on another core, while the paths are made. */
		for (size_t i = 0; i < n; i++)
			memcpy(u->hashes[i], ui_stat_hash(u, i), STORE_HASH_SIZE);
		ui_state_store_open(u);
		if (u->store)
			ui_state_snapshot_early(u);
	}
	struct ui_state_hashing_all h = { u, have_first, { { NULL, NULL, -1 } }, { 0 } };
	memcpy(h.first, first, STORE_HASH_SIZE);
	for (size_t k = 0; k < POOL_MAX; k++)
		h.dirs[k].fd = -1;
	size_t blocks = (n + UI_STATE_BLOCK - 1) / UI_STATE_BLOCK;
	pool_run(blocks, pool_workers(n), ui_state_hash_one, NULL, NULL, &h);
	for (size_t k = 0; k < POOL_MAX; k++) {
		free(h.dirs[k].given);
		free(h.dirs[k].real);
		if (h.dirs[k].fd >= 0)
			close(h.dirs[k].fd);
	}
	for (size_t i = 0; i < n; i++)
		u->saved[i] = UI_UNSAVED;
	trace_mark("hashed");
	if (ui_load_pending(u)) {
		/* The store is read once the hash of the whole is known. */
		u->store_later = use_store;
		return;
	}
	ui_state_open(u, use_store);
}

void ui_state_loaded(struct ui *u, const char hash[STORE_HASH_SIZE])
{
	memcpy(u->hashes[0], hash, STORE_HASH_SIZE);
	u->saved[0] = UI_UNSAVED;
	ui_state_open(u, u->store_later);
	/* As ui_open would have said it: this set returns to this story. */
	char *err = NULL;
	if (u->store && store_session_put(u->store, u->set_key, u->hashes[u->cur], &err) != 0)
		ui_state_error(u, err);
}

/* Computes the set's key, opens the store and reads what it knows of
 * each article and the set's jump list. */
static void ui_state_open(struct ui *u, int use_store)
{
	size_t n = u->c->n;
	/* The set is the same whatever order its files were named in. */
	char (*sorted)[STORE_HASH_SIZE] = xmalloc((n ? n : 1) * sizeof *sorted);
	memcpy(sorted, u->hashes, n * sizeof *sorted);
	qsort(sorted, n, sizeof *sorted, ui_state_hash_cmp);
	store_hash((const char *)sorted, n * sizeof *sorted, u->set_key);
	free(sorted);
	if (!use_store)
		return;
	ui_state_store_open(u);
	if (!u->store)
		return;
	ui_stat_keep(u);
	if (!u->snap_asked)
		ui_state_snapshot_early(u);
	trace_mark("snapshot asked");
	ui_state_places_read(u);
	trace_mark("places read");
	ui_state_jumps_load(u);
}

/* The database opened ahead (ui_warm). */
static struct {
	pthread_t thread;
	int started;
	struct store *store;
	char *warn, *err;
} ui_state_warm;

static void *ui_state_warm_run(void *arg)
{
	(void)arg;
	char *path = store_default_path();
	ui_state_warm.store = store_open(path, &ui_state_warm.warn, &ui_state_warm.err);
	free(path);
	return NULL;
}

void ui_warm(void)
{
	if (!ui_state_warm.started)
		ui_state_warm.started = pthread_create(&ui_state_warm.thread, NULL, ui_state_warm_run, NULL) == 0;
}

void ui_state_store_open(struct ui *u)
{
	if (u->store_tried)
		return;
	u->store_tried = 1;
	char *warn = NULL, *err = NULL;
	if (ui_state_warm.started) {
		pthread_join(ui_state_warm.thread, NULL);
		ui_state_warm.started = 0;
		u->store = ui_state_warm.store;
		warn = ui_state_warm.warn;
		err = ui_state_warm.err;
	} else {
		char *path = store_default_path();
		u->store = store_open(path, &warn, &err);
		free(path);
	}
	if (!u->store) {
		ui_message(u, 1, xasprintf("Reading state off: %s", err ? err : "no state database"));
		free(err);
		return;
	}
	if (warn)
		ui_message(u, 1, xasprintf("State database: %s", warn));
	free(warn);
	trace_mark("store open");
}

/* The jump list this set of articles had when last read, so that ^O
 * goes back across runs as it does in vim. Places in stories no longer
 * here are left out. */
static void ui_state_jumps_load(struct ui *u)
{
	struct store_jump *v = NULL;
	size_t n = 0;
	char *err = NULL;
	if (store_jumps_get(u->store, u->set_key, &v, &n, &err) != 0) {
		ui_message(u, 1, xasprintf("Reading the jump list: %s", err));
		free(err);
		return;
	}
	for (size_t k = 0; k < n; k++) {
		size_t a = ui_state_article(u, v[k].hash, v[k].path);
		if (a == UI_NONE)
			continue;
		struct ui_place p = { a, v[k].offset >= 0 ? (size_t)v[k].offset : 0, v[k].offset < 0,
				      v[k].mention >= 0 ? (size_t)v[k].mention : UI_NONE,
				      v[k].pane >= 0 && v[k].pane < PANE_COUNT ? (enum ui_pane)v[k].pane : PANE_BODY,
				      UI_SIDE_UNKNOWN };
		u->jumps = xgrow(u->jumps, &u->capjumps, u->njumps + 1, sizeof *u->jumps);
		u->jumps[u->njumps++] = p;
	}
	u->jump_pos = u->njumps;
	store_jumps_free(v, n);
}

/* Keeps the jump list after each change to it, as every change is kept. */
void ui_state_jumps_save(struct ui *u)
{
	if (!u->store)
		return;
	struct store_jump *v = xcalloc(u->njumps ? u->njumps : 1, sizeof *v);
	for (size_t k = 0; k < u->njumps; k++) {
		const struct ui_place *p = &u->jumps[k];
		snprintf(v[k].hash, sizeof v[k].hash, "%s", u->hashes[p->article]);
		v[k].path = u->paths[p->article];
		v[k].offset = p->anchor_head ? -1 : (long long)p->anchor;
		v[k].mention = p->ecur == UI_NONE ? -1 : (long long)p->ecur;
		v[k].pane = (int)p->focus;
	}
	char *err = NULL;
	if (store_jumps_put(u->store, u->set_key, v, u->njumps, &err) != 0)
		ui_state_error(u, err);
	free(v);
}

/* The article to open first: the one last open in this set, else the first. */
size_t ui_state_first(struct ui *u)
{
	if (!u->store)
		return 0;
	char *hash = NULL, *err = NULL;
	size_t first = 0;
	if (store_session_get(u->store, u->set_key, &hash, &err) == 0 && hash) {
		for (size_t i = 0; i < u->c->n; i++)
			if (strcmp(u->hashes[i], hash) == 0) {
				first = i;
				break;
			}
	}
	free(err);
	free(hash);
	return first;
}

/* Writes article i's place and read flag when they changed. */
static void ui_state_save(struct ui *u, size_t i)
{
	size_t anchor = i == u->cur ? (u->anchor_head ? UI_NO_ANCHOR : u->anchor) : u->anchors[i];
	long long off = anchor == UI_NO_ANCHOR ? -1 : (long long)anchor;
	if (off == u->saved[i] && u->read[i] == u->saved_read[i])
		return;
	u->saved[i] = off;
	u->saved_read[i] = u->read[i];
	if (!u->store)
		return;
	struct article *a = corpus_article(u->c, i);
	const char *url = article_field(a, "url");
	struct store_meta m = { a->title, article_field(a, "source"), article_field(a, "date"),
				url ? url : article_field(a, "link") };
	char *err = NULL;
	if (store_article_put(u->store, u->hashes[i], u->paths[i], &m, off, u->read[i], &err) != 0)
		ui_state_error(u, err);
}

/* ui_open has made u->cur the article shown: this set returns to it. */
void ui_state_opened(struct ui *u)
{
	u->opened_at = ui_state_now();
	u->read_chosen = 0;
	if (!u->store)
		return;
	char *err = NULL;
	if (store_session_put(u->store, u->set_key, u->hashes[u->cur], &err) != 0)
		ui_state_error(u, err);
}

/* After each key: the article counts as read once its end is on screen
 * or it has been open a while; its place is stored when it moved. */
void ui_state_check(struct ui *u)
{
	if (!u->c->n || !u->opened_at)
		return;
	if (!u->read[u->cur] && !u->read_chosen) {
		struct view *v = ui_view(u);
		/* The end of a first part is not the story's end. */
		if ((!ui_load_pending(u) && view_cmp(ui_bottom(u), view_last(v)) >= 0) || ui_state_now() - u->opened_at >= UI_READ_SECONDS)
			u->read[u->cur] = 1;
	}
	ui_state_save(u, u->cur);
}

/* The list's read key: toggles the selected story (in the list) or the
 * one being read. */
void ui_state_toggle_read(struct ui *u)
{
	size_t i = u->focus == PANE_LIST ? u->sel : u->cur;
	u->read[i] = !u->read[i];
	if (i == u->cur)
		u->read_chosen = 1; /* not marked read again at once, by its end on screen or the timer */
	ui_message(u, 0, xasprintf("Marked %s: %s", u->read[i] ? "read" : "unread", corpus_article(u->c, i)->title));
	ui_state_save(u, i);
}

static int ui_state_mark_index(int letter)
{
	if (letter >= 'a' && letter <= 'z')
		return letter - 'a';
	if (letter >= 'A' && letter <= 'Z')
		return 26 + letter - 'A';
	return -1;
}

static void ui_state_mark_set(struct ui *u, int letter)
{
	int k = ui_state_mark_index(letter);
	struct store_mark *m = &u->marks[k];
	snprintf(m->hash, sizeof m->hash, "%s", u->hashes[u->cur]);
	free(m->path);
	m->path = u->paths[u->cur] ? xstrdup(u->paths[u->cur]) : NULL;
	m->offset = u->anchor_head ? -1 : (long long)u->anchor;
	if (u->store) {
		char *err = NULL;
		if (store_mark_put(u->store, letter, m, &err) != 0) {
			ui_state_error(u, err);
			return;
		}
	}
	ui_message(u, 0, xasprintf("Mark %c set.", letter));
}

/* The article loaded here that the store calls hash, else the one at path
 * (a file edited since); UI_NONE when neither is loaded. */
size_t ui_state_article(struct ui *u, const char *hash, const char *path)
{
	for (size_t i = 0; hash && i < u->c->n; i++)
		if (strcmp(u->hashes[i], hash) == 0)
			return i;
	for (size_t i = 0; path && i < u->c->n; i++)
		if (u->paths[i] && strcmp(u->paths[i], path) == 0)
			return i;
	return UI_NONE;
}

static void ui_state_mark_go(struct ui *u, int letter)
{
	struct store_mark m;
	memset(&m, 0, sizeof m);
	int found = 0;
	if (u->store) {
		/* The store first: another reader may have set it since. */
		char *err = NULL;
		found = store_mark_get(u->store, letter, &m, &err);
		if (found < 0) {
			ui_message(u, 1, xasprintf("Mark %c: %s", letter, err));
			free(err);
			return;
		}
	} else {
		int k = ui_state_mark_index(letter);
		if (u->marks[k].hash[0]) {
			m = u->marks[k];
			m.path = m.path ? xstrdup(m.path) : NULL;
			found = 1;
		}
	}
	if (!found) {
		ui_message(u, 0, xasprintf("Mark %c is not set (m%c sets it).", letter, letter));
		return;
	}
	size_t a = ui_state_article(u, m.hash, m.path);
	if (a == UI_NONE) {
		ui_message(u, 0, xasprintf("Mark %c is in a story not open here: %s", letter, m.path ? m.path : m.hash));
		free(m.path);
		return;
	}
	free(m.path);
	ui_jump_push(u);
	struct ui_place p = { a, m.offset >= 0 ? (size_t)m.offset : 0, m.offset < 0, UI_NONE, PANE_BODY, UI_SIDE_UNKNOWN };
	ui_goto_place(u, p);
	u->focus = PANE_BODY;
}

/* '' : back to where the last jump started (and again, back here). */
static void ui_state_jump_last(struct ui *u)
{
	if (u->njumps == 0) {
		ui_message(u, 0, xstrdup("No jump yet to return from."));
		return;
	}
	struct ui_place to = u->jumps[u->njumps - 1];
	u->jump_pos = u->njumps;
	ui_jump_push(u);
	ui_goto_place(u, to);
}

/* The key after m or '. */
void ui_state_mark_key(struct ui *u, int pending, int key)
{
	if (key == 27)
		return;
	if (pending == '\'' && (key == '\'' || key == '`')) {
		ui_state_jump_last(u);
		return;
	}
	if (ui_state_mark_index(key) < 0) {
		ui_message(u, 1, xstrdup("A mark is a letter: a to z or A to Z."));
		return;
	}
	if (pending == 'm')
		ui_state_mark_set(u, key);
	else
		ui_state_mark_go(u, key);
}

/* On quitting: the last place is stored, the store closed. */
void ui_state_end(struct ui *u)
{
	if (u->c->n && u->views[u->cur])
		ui_state_save(u, u->cur);
	ui_state_cache_flush(u, SIZE_MAX);
	free(u->cache_pending);
	u->cache_pending = NULL;
	free(u->snap_pending);
	u->snap_pending = NULL;
	if (u->snap_load) {
		/* Read, but the indexer never took it (it could not start). */
		struct entity_table *t;
		struct xref *x;
		ui_state_snapshot_join(u->snap_load, &t, &x);
		entity_table_free(t);
		xref_free(x);
		u->snap_load = NULL;
	}
	for (size_t i = 0; u->cache_data && i < u->c->n; i++)
		free(u->cache_data[i]);
	free(u->cache_data);
	free(u->cache_len);
	free(u->cache_fetched);
	u->cache_data = NULL;
	store_close(u->store);
	u->store = NULL;
	for (size_t i = 0; i < u->c->n; i++)
		free(u->paths[i]);
	for (int k = 0; k < 52; k++)
		free(u->marks[k].path);
	free(u->paths);
	free(u->hashes);
	free(u->read);
	free(u->saved);
	free(u->saved_read);
}

/* The cache of recognition: the indexer thread, before it starts, learns
 * the program's version (a hash of the executable, read without the lock:
 * it takes a moment) and drops what other versions kept. */
void ui_state_cache_start(struct ui *u)
{
	pthread_mutex_lock(&u->lock);
	int on = u->store != NULL && !u->version[0]; /* known already when indexing again */
	pthread_mutex_unlock(&u->lock);
	if (!on)
		return;
	char version[STORE_HASH_SIZE];
	recognized_version(version);
	pthread_mutex_lock(&u->lock);
	if (version[0] && u->store) {
		char *err = NULL;
		if (store_cache_forget(u->store, version, &err) != 0)
			free(err); /* old entries stay: they are never read */
		memcpy(u->version, version, sizeof version);
	}
	pthread_mutex_unlock(&u->lock);
}

/* What article i's recognition depends on besides the program: its bytes
 * and its name's extension (a format is told partly by it); NULL for a
 * URL, whose format its server's Content-Type may decide. */
static char *ui_state_cache_key(struct ui *u, size_t i)
{
	if (!u->store || !u->version[0])
		return NULL;
	return snapshot_article_key(u->c->arts[i]->path, u->hashes[i]);
}

/* What the recognizer found in article i last time, or NULL. Under the lock. */
/* Articles whose kept findings are read in one transaction. */
#define UI_STATE_FETCH 256

/* Reads ahead what the cache keeps for article i and the next articles
 * not yet recognized, in one transaction. Under the lock. */
static void ui_state_cache_fetch(struct ui *u, size_t i)
{
	size_t n = u->c->n;
	if (!u->cache_fetched) {
		u->cache_data = xcalloc(n, sizeof *u->cache_data);
		u->cache_len = xcalloc(n, sizeof *u->cache_len);
		u->cache_fetched = xcalloc(n, 1);
	}
	char *keys[UI_STATE_FETCH];
	size_t at[UI_STATE_FETCH], m = 0;
	for (size_t j = i; j < n && m < UI_STATE_FETCH; j++) {
		if (u->cache_fetched[j] || (j != i && u->ents->docs[j].done))
			continue;
		u->cache_fetched[j] = 1;
		keys[m] = ui_state_cache_key(u, j);
		at[m++] = j;
	}
	unsigned char *data[UI_STATE_FETCH];
	size_t len[UI_STATE_FETCH];
	char *err = NULL;
	/* A cache that cannot be read is only slower: no message. */
	if (store_cache_get_many(u->store, keys, m, u->version, data, len, &err) != 0)
		free(err);
	for (size_t k = 0; k < m; k++) {
		u->cache_data[at[k]] = data[k];
		u->cache_len[at[k]] = len[k];
		free(keys[k]);
	}
}

int ui_state_cache_take(struct ui *u, size_t i, unsigned char **data, size_t *len)
{
	*data = NULL;
	*len = 0;
	if (!u->store || !u->version[0])
		return 0;
	if (!u->cache_fetched || !u->cache_fetched[i])
		ui_state_cache_fetch(u, i);
	*data = u->cache_data[i];
	*len = u->cache_len[i];
	u->cache_data[i] = NULL;
	return *data != NULL;
}

void ui_state_cache_again(struct ui *u)
{
	ui_state_cache_flush(u, SIZE_MAX);
	if (!u->cache_fetched)
		return;
	for (size_t i = 0; i < u->c->n; i++) {
		free(u->cache_data[i]);
		u->cache_data[i] = NULL;
		u->cache_len[i] = 0;
	}
	memset(u->cache_fetched, 0, u->c->n);
}

/* Writes up to max of the findings waiting (the oldest), in one
 * transaction; returns how many are still waiting. Under the lock. */
size_t ui_state_cache_flush(struct ui *u, size_t max)
{
	size_t n = u->ncache_pending < max ? u->ncache_pending : max;
	char *err = NULL;
	int ok = u->store && n && store_begin(u->store, &err) == 0;
	for (size_t k = 0; k < n; k++) {
		struct ui_cached *c = &u->cache_pending[k];
		if (ok && store_cache_put(u->store, c->key, u->version, c->data, c->len, &err) != 0)
			ok = 0;
		free(c->key);
		free(c->data);
	}
	if (ok && store_commit(u->store, &err) != 0)
		ok = 0;
	/* A cache that cannot be written is only slower: no message. */
	free(err);
	if (n > 0) {
		memmove(u->cache_pending, u->cache_pending + n, (u->ncache_pending - n) * sizeof *u->cache_pending);
		u->ncache_pending -= n;
	}
	/* The snapshot once the articles' findings are written: those serve
	 * any set an article is in, the snapshot this set alone. */
	if (u->ncache_pending == 0 && u->snap_pending && (n == 0 || max == SIZE_MAX)) {
		if (u->store && store_snapshot_put(u->store, u->snap_key, u->version, u->snap_pending, u->snap_len,
						   &err) != 0)
			free(err);
		free(u->snap_pending);
		u->snap_pending = NULL;
	}
	return u->ncache_pending + (u->snap_pending != NULL);
}

/* The key of the snapshot of the articles as they are (snapshot_key): a
 * deleted one counts as such. Returns 0 when there can be none (no store,
 * no version, or an article without a cache key). Under the lock. */
static int ui_state_snapshot_key(struct ui *u, char out[STORE_HASH_SIZE])
{
	if (!u->store || !u->version[0])
		return 0;
	size_t n = u->c->n;
	char **keys = xcalloc(n ? n : 1, sizeof *keys);
	for (size_t i = 0; i < n; i++)
		keys[i] = u->dropped && u->dropped[i] ? xstrdup("-") : ui_state_cache_key(u, i);
	int ok = snapshot_key((const char *const *)keys, n, out) == 0;
	for (size_t i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	return ok;
}

int ui_state_snapshot_get(struct ui *u, unsigned char **data, size_t *len)
{
	*data = NULL;
	*len = 0;
	char key[STORE_HASH_SIZE], *err = NULL;
	if (!ui_state_snapshot_key(u, key))
		return 0;
	int got = store_snapshot_get(u->store, key, u->version, data, len, &err);
	/* A snapshot that cannot be read is only slower: no message. */
	free(err);
	return got == 1;
}

void ui_state_snapshot_put(struct ui *u)
{
	char key[STORE_HASH_SIZE];
	if (!ui_state_snapshot_key(u, key))
		return;
	const struct entity_table *t = u->ents;
	pthread_mutex_unlock(&u->lock);
	size_t len;
	unsigned char *data = snapshot_pack(t, &len);
	pthread_mutex_lock(&u->lock);
	if (!u->store) {
		free(data); /* closed meanwhile */
		return;
	}
	free(u->snap_pending);
	u->snap_pending = data;
	u->snap_len = len;
	memcpy(u->snap_key, key, sizeof key);
}

/* Keeps what the recognizer found in article i (packed by the caller,
 * outside the lock; taken over here): queued, and written once the
 * cross-references are ready, so that the disk never delays them. Under
 * the lock. */
void ui_state_cache_put(struct ui *u, size_t i, unsigned char *data, size_t len)
{
	char *key = ui_state_cache_key(u, i);
	if (!key) {
		free(data);
		return;
	}
	u->cache_pending = xgrow(u->cache_pending, &u->capcache_pending, u->ncache_pending + 1,
				 sizeof *u->cache_pending);
	struct ui_cached *c = &u->cache_pending[u->ncache_pending++];
	c->key = key;
	c->data = data;
	c->len = len;
}

/* The snapshot read at the start, unpacked and indexed on another core
 * while the reader reads its places and draws its first screen. */
struct ui_snap_load {
	pthread_t thread;
	int threaded;		/* thread is to be joined */
	unsigned char *data;	/* the bytes, until unpacked */
	size_t len, n;
	struct entity_table *t;	/* the table, or NULL when the bytes were bad */
	struct xref *x;
};

static void *ui_state_snapshot_run(void *arg)
{
	struct ui_snap_load *l = arg;
	l->t = snapshot_unpack(l->data, l->len, l->n);
	free(l->data);
	l->data = NULL;
	for (size_t i = 0; l->t && i < l->n; i++)
		if (!l->t->docs[i].done) {
			entity_table_free(l->t); /* not a linked corpus: recognize */
			l->t = NULL;
		}
	trace_mark("snapshot unpacked");
	if (l->t)
		l->x = xref_build(l->t);
	trace_mark("snapshot indexed");
	return NULL;
}

/* Learns the program's version, drops what other versions kept, and
 * reads this set's snapshot, if any, to unpack at once. Before the
 * indexer starts: no lock yet. */
static void ui_state_snapshot_early(struct ui *u)
{
	u->snap_asked = 1;
	char version[STORE_HASH_SIZE];
	recognized_version(version);
	if (!version[0])
		return;
	char *err = NULL;
	if (store_cache_forget(u->store, version, &err) != 0)
		free(err); /* old entries stay: they are never read */
	memcpy(u->version, version, sizeof version);
	unsigned char *data;
	size_t len;
	if (!ui_state_snapshot_get(u, &data, &len))
		return;
	struct ui_snap_load *l = xcalloc(1, sizeof *l);
	l->data = data;
	l->len = len;
	l->n = u->c->n;
	l->threaded = pthread_create(&l->thread, NULL, ui_state_snapshot_run, l) == 0;
	if (!l->threaded)
		ui_state_snapshot_run(l);
	u->snap_load = l;
}

/* Waits for the unpacking; *t and *x are taken over by the caller. */
static int ui_state_snapshot_join(struct ui_snap_load *l, struct entity_table **t, struct xref **x)
{
	if (l->threaded)
		pthread_join(l->thread, NULL);
	*t = l->t;
	*x = l->x;
	free(l->data);
	free(l);
	return *t ? 1 : -1;
}

int ui_state_snapshot_take(struct ui *u, struct entity_table **t, struct xref **x)
{
	*t = NULL;
	*x = NULL;
	struct ui_snap_load *l = u->snap_load;
	if (!l)
		return 0;
	u->snap_load = NULL;
	pthread_mutex_unlock(&u->lock);
	int got = ui_state_snapshot_join(l, t, x);
	pthread_mutex_lock(&u->lock);
	return got;
}
