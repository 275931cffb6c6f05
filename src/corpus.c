/* corpus: turning command-line paths into a list of loaded articles. */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "filestamp.h"
#include "input.h"
#include "pool.h"
#include "sniff.h"
#include "store.h"
#include "xmalloc.h"

/* Hex digits of a hash, as corpus_expect has them one after another. */
#define CORPUS_HEX (STORE_HASH_SIZE - 1)

/* The states of a listed file's slot in unread. */
enum { CORPUS_READ, CORPUS_UNREAD, CORPUS_READING };

struct corpus *corpus_new(void)
{
	return xcalloc(1, sizeof(struct corpus));
}

void corpus_free(struct corpus *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++)
		article_free(c->arts[i]);
	for (size_t i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	free(c->warnings);
	free(c->arts);
	free(c->unread);
	free(c->expect);
	free(c->changed);
	free(c);
}

/* Takes the bytes of a listed file (article r, read) into its place a, the
 * same struct, so that pointers to it stay good; a's path is kept, as
 * other threads may be reading it. */
static void corpus_take(struct article *a, struct article *r)
{
	struct article old = *a;
	r->listed_regular = old.listed_regular;
	free(r->path);
	r->path = old.path;
	*a = *r;
	old.path = NULL;
	*r = old;
	article_free(r);
}

void corpus_read(struct corpus *c, size_t i)
{
	if (!c->unread || atomic_load(&c->unread[i]) == CORPUS_READ)
		return;
	unsigned char was = CORPUS_UNREAD;
	if (!atomic_compare_exchange_strong(&c->unread[i], &was, CORPUS_READING)) {
		/* Another thread is reading it: a file's read is short. */
		while (atomic_load(&c->unread[i]) != CORPUS_READ)
			sched_yield();
		return;
	}
	struct article *a = c->arts[i];
	char *err = NULL;
	int skipped;
	struct article *r = input_open_found(a->path, &skipped, &err);
	free(err);
	if (!r || r->format == ARTICLE_FEED) {
		/* The file changed since it was listed (its hash tells): its
		 * place in the set stays, with no text, until it is read
		 * again as a whole (corpus_reread). */
		article_free(r);
		r = article_new(a->path);
		r->stamp = a->stamp;
	}
	if (c->expect) {
		char h[STORE_HASH_SIZE];
		store_hash(r->data, r->len, h);
		if (memcmp(h, c->expect + i * CORPUS_HEX, CORPUS_HEX) != 0) {
			atomic_store(&c->changed[i], 1);
			atomic_fetch_add(&c->nchanged, 1);
		}
	}
	corpus_take(a, r);
	atomic_store(&c->unread[i], CORPUS_READ);
}

int corpus_stamp_key(const struct corpus *c, char *out)
{
	struct xbuf b = { NULL, 0, 0 };
	int ok = 1;
	for (size_t i = 0; ok && i < c->n; i++)
		ok = c->arts[i]->path && !c->arts[i]->label &&
		     filestamp_key(&b, c->arts[i]->path, &c->arts[i]->stamp) == 0;
	if (ok)
		store_hash(b.s ? b.s : "", b.n, out);
	free(b.s);
	return ok ? 0 : -1;
}

void corpus_expect(struct corpus *c, const char *hashes)
{
	free(c->expect);
	free(c->changed);
	c->expect = xmalloc(c->n * CORPUS_HEX + 1);
	memcpy(c->expect, hashes, c->n * CORPUS_HEX);
	c->changed = xmalloc(c->n ? c->n : 1);
	for (size_t i = 0; i < c->n; i++)
		atomic_init(&c->changed[i], 0);
	atomic_init(&c->nchanged, 0);
}

int corpus_changed(struct corpus *c, size_t i)
{
	return c->changed && atomic_load(&c->changed[i]);
}

/* Makes slot i no longer a file to read, for an article to take its
 * place: waits for a read under way, or drops the reading to come. */
static void corpus_settle(struct corpus *c, size_t i)
{
	unsigned char was = CORPUS_UNREAD;
	if (!c->unread || atomic_compare_exchange_strong(&c->unread[i], &was, CORPUS_READ))
		return;
	while (atomic_load(&c->unread[i]) != CORPUS_READ)
		sched_yield();
}

struct article *corpus_article(struct corpus *c, size_t i)
{
	corpus_read(c, i);
	input_parse(c->arts[i]);
	return c->arts[i];
}

struct article *corpus_text(struct corpus *c, size_t i)
{
	corpus_read(c, i);
	input_decode(c->arts[i]);
	return c->arts[i];
}

static void corpus_warn(struct corpus *c, char *msg)
{
	c->warnings = xgrow(c->warnings, &c->capwarnings, c->nwarnings + 1, sizeof *c->warnings);
	c->warnings[c->nwarnings++] = msg;
}

/* Appends a, with prepare's result for it (or NULL), see corpus.prepared. */
static void corpus_push(struct corpus *c, struct article *a, void *prepared)
{
	size_t cap = c->cap;
	c->arts = xgrow(c->arts, &c->cap, c->n + 1, sizeof *c->arts);
	if (c->unread && c->cap != cap)
		c->unread = xrealloc(c->unread, c->cap);
	if (c->unread)
		atomic_init(&c->unread[c->n], CORPUS_READ);
	c->arts[c->n++] = a;
	if (c->prepared)
		c->prepared(c->n - 1, prepared, c->prepare_ctx);
}

struct corpus_names {
	char **v;
	unsigned char *regular;	/* per name: readdir said a regular file (not a link) */
	size_t n, cap, capregular;
};

/* A name and whether it was listed as a regular file, sorted together,
 * with the 8 bytes of the name after the prefix all names share, as a
 * number that orders as strcmp orders them (big-endian, 0 past the end). */
struct corpus_named {
	uint64_t key;
	char *name;
	unsigned char regular;
};

static int corpus_cmp(const void *a, const void *b)
{
	return strcmp(((const struct corpus_named *)a)->name, ((const struct corpus_named *)b)->name);
}

/* Sorts the names by strcmp, all of which begin with the same prefix of
 * skip bytes: by their next 8 bytes in a radix sort, then by strcmp only
 * where those are the same (a directory's names seldom share 8 bytes
 * after it). A qsort of the paths, with a call and a scan of the prefix
 * for each of some 300,000 comparisons, held back reading the files. */
static void corpus_sort(struct corpus_names *names, size_t skip)
{
	size_t n = names->n;
	struct corpus_named *v = xmalloc(n * sizeof *v), *w = xmalloc(n * sizeof *w);
	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = (const unsigned char *)names->v[i] + skip;
		uint64_t key = 0;
		int k = 0;
		for (; k < 8 && p[k]; k++)
			key = key << 8 | p[k];
		v[i] = (struct corpus_named){ key << 8 * (8 - k), names->v[i], names->regular[i] };
	}
	/* Least significant byte first, each pass stable; a byte all keys
	 * share needs none. */
	for (int shift = 0; shift < 64; shift += 8) {
		size_t count[256] = { 0 };
		for (size_t i = 0; i < n; i++)
			count[v[i].key >> shift & 0xff]++;
		if (count[v[0].key >> shift & 0xff] == n)
			continue;
		size_t at = 0;
		for (int b = 0; b < 256; b++) {
			size_t c = count[b];
			count[b] = at;
			at += c;
		}
		for (size_t i = 0; i < n; i++)
			w[count[v[i].key >> shift & 0xff]++] = v[i];
		struct corpus_named *t = v;
		v = w;
		w = t;
	}
	/* Names whose 8 bytes are the same (the last of them a byte of the
	 * name: else the names are) by the rest. */
	for (size_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && v[b].key == v[a].key; b++)
			;
		if (b - a > 1 && (v[a].key & 0xff))
			qsort(v + a, b - a, sizeof *v, corpus_cmp);
	}
	for (size_t i = 0; i < n; i++) {
		names->v[i] = v[i].name;
		names->regular[i] = v[i].regular;
	}
	free(v);
	free(w);
}

/* Collects article files under dir; errors on subdirectories become warnings. */
static void corpus_walk(struct corpus *c, const char *dir, struct corpus_names *out, int depth)
{
	DIR *d = opendir(dir);
	if (!d) {
		corpus_warn(c, xasprintf("%s: %s", dir, strerror(errno)));
		return;
	}
	/* Each path is dir, a slash unless dir ends with one, and the name:
	 * put together by hand, as a printf for each of thousands of files
	 * cost more than the rest of the listing. */
	size_t dl = strlen(dir), sl = dir[dl - 1] == '/' ? 0 : 1;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue; /* ., .. and hidden files */
		size_t nl = strlen(e->d_name);
		char *p = xmalloc(dl + sl + nl + 1);
		memcpy(p, dir, dl);
		p[dl] = '/';
		memcpy(p + dl + sl, e->d_name, nl + 1);
		struct stat st;
		/* The entry's type spares a stat for each of thousands of files. */
		int known = e->d_type == DT_REG || e->d_type == DT_DIR;
		if (known)
			st.st_mode = e->d_type == DT_DIR ? S_IFDIR : S_IFREG;
		if (!known && stat(p, &st) != 0) {
			corpus_warn(c, xasprintf("%s: %s", p, strerror(errno)));
			free(p);
		} else if (S_ISDIR(st.st_mode)) {
			if (depth < 32) /* a bound against symlink loops */
				corpus_walk(c, p, out, depth + 1);
			free(p);
		} else if (S_ISREG(st.st_mode) && sniff_article_name(e->d_name)) {
			out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
			out->regular = xgrow(out->regular, &out->capregular, out->n + 1, 1);
			out->regular[out->n] = known;
			out->v[out->n++] = p;
		} else {
			free(p);
		}
	}
	closedir(d);
}

/* Adds an article read from an input, with prepare's result for it (or
 * NULL), or each item of a feed. */
static int corpus_add_read(struct corpus *c, struct article *a, void *prepared, char **err)
{
	if (a->format != ARTICLE_FEED) {
		corpus_push(c, a, prepared);
		return 0;
	}
	struct article **items;
	char *warning = NULL;
	long n = input_feed_items(a, &items, err, &warning);
	if (warning)
		corpus_warn(c, warning);
	if (n < 0)
		return -1;
	for (long i = 0; i < n; i++)
		corpus_push(c, items[i], NULL);
	free(items);
	return 0;
}

/* A directory's files read on every core at once (a corpus of thousands
 * of small files waits on system calls more than on the CPU), and added
 * in name order whichever thread read them. */

/* One thread's directory of the last file it read, kept open: files are
 * opened by their name in it (names are sorted, so a directory's files
 * come together), not by their whole path. */
struct corpus_dir {
	int fd;
	char *name;
	size_t len;
};

struct corpus_load {
	struct corpus *c;
	size_t n;		/* files named */
	char **names;
	const unsigned char *regular;
	struct corpus_dir dirs[POOL_MAX];
};

/* A file read: the article, or the message saying why not. */
struct corpus_read {
	struct article *a;
	char *err;
	void *prepared;	/* corpus.prepare's result for a, or NULL */
};

/* The directory of path open in d (the last one opened, kept), and the
 * name to open in it: *dirfd AT_FDCWD and the whole path when it has none. */
static const char *corpus_dir_of(struct corpus_dir *d, const char *path, int *dirfd)
{
	const char *slash = strrchr(path, '/');
	size_t len = slash ? (size_t)(slash - path) : 0;
	if (slash && len > 0 && !(d->name && len == d->len && memcmp(d->name, path, len) == 0)) {
		if (d->fd >= 0)
			close(d->fd);
		free(d->name);
		d->name = xstrndup(path, len);
		d->len = len;
		d->fd = open(d->name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	*dirfd = slash && len > 0 && d->fd >= 0 ? d->fd : AT_FDCWD;
	return *dirfd == AT_FDCWD ? path : slash + 1;
}

static void *corpus_load_one(size_t i, size_t worker, void *ctx)
{
	struct corpus_load *l = ctx;
	if (!l->names[i])
		return NULL;
	struct corpus_read *r = xcalloc(1, sizeof *r);
	int skipped, dirfd;
	const char *name = corpus_dir_of(&l->dirs[worker], l->names[i], &dirfd);
	r->a = input_open_found_at(dirfd, name, l->names[i], &skipped, &r->err);
	if (r->a && l->regular[i])
		r->a->listed_regular = 1;
	return r;
}

/* With corpus.prepare, a block of files is read before any of them is
 * prepared: reading and preparing each file in turn cost a tenth more CPU
 * time (its system calls, in between, cooling the caches that
 * recognition works in). */
#define CORPUS_PREPARE_BLOCK 64
/* The last files, up to this many, go in blocks of CORPUS_TAIL_BLOCK: a
 * thread that takes the last big block while the others have none left
 * kept them waiting for up to a block's recognition at the end. */
#define CORPUS_TAIL 256
#define CORPUS_TAIL_BLOCK 16

/* The blocks of l's files: the big ones, then those of the tail. */
static size_t corpus_big_blocks(const struct corpus_load *l)
{
	return l->n > CORPUS_TAIL ? (l->n - CORPUS_TAIL) / CORPUS_PREPARE_BLOCK : 0;
}

static size_t corpus_blocks(const struct corpus_load *l)
{
	size_t big = corpus_big_blocks(l), rest = l->n - big * CORPUS_PREPARE_BLOCK;
	return big + (rest + CORPUS_TAIL_BLOCK - 1) / CORPUS_TAIL_BLOCK;
}

/* The files [*from, *to) of block k. */
static void corpus_block_bounds(const struct corpus_load *l, size_t k, size_t *from, size_t *to)
{
	size_t big = corpus_big_blocks(l);
	*from = k < big ? k * CORPUS_PREPARE_BLOCK : big * CORPUS_PREPARE_BLOCK + (k - big) * CORPUS_TAIL_BLOCK;
	*to = *from + (k < big ? CORPUS_PREPARE_BLOCK : CORPUS_TAIL_BLOCK);
	if (*to > l->n)
		*to = l->n;
}

static void *corpus_load_block(size_t k, size_t worker, void *ctx)
{
	struct corpus_load *l = ctx;
	size_t from, to;
	corpus_block_bounds(l, k, &from, &to);
	struct corpus_read **rs = xcalloc(to - from, sizeof *rs);
	for (size_t i = from; i < to; i++)
		rs[i - from] = corpus_load_one(i, worker, ctx);
	for (size_t i = from; i < to; i++) {
		struct corpus_read *r = rs[i - from];
		if (r && r->a && r->a->format != ARTICLE_FEED)
			r->prepared = l->c->prepare(r->a, l->c->prepare_ctx);
	}
	return rs;
}

static int corpus_load_take(size_t i, void *result, void *ctx)
{
	(void)i;
	struct corpus_load *l = ctx;
	struct corpus_read *r = result;
	if (!r->a || corpus_add_read(l->c, r->a, r->prepared, &r->err) != 0)
		corpus_warn(l->c, r->err);
	free(r);
	return 0;
}

static int corpus_load_block_take(size_t k, void *result, void *ctx)
{
	struct corpus_load *l = ctx;
	struct corpus_read **rs = result;
	size_t from, to;
	corpus_block_bounds(l, k, &from, &to);
	for (size_t i = from; i < to; i++)
		corpus_load_take(i, rs[i - from], ctx);
	free(rs);
	return 0;
}

/* Files listed, not read (corpus.defer): stamped as a read would, a
 * block of them an item, since a stat is too short a work to share out
 * one at a time. */
#define CORPUS_LIST_BLOCK 512

struct corpus_list {
	struct corpus_load l;
	size_t n;			/* files */
	struct article **made;		/* per file: its article, or NULL (*err) */
	int *err;			/* per file: errno, when stat failed */
};

static void *corpus_list_one(size_t k, size_t worker, void *ctx)
{
	struct corpus_list *cl = ctx;
	for (size_t i = k * CORPUS_LIST_BLOCK; i < cl->n && i < (k + 1) * CORPUS_LIST_BLOCK; i++) {
		int dirfd;
		const char *name = corpus_dir_of(&cl->l.dirs[worker], cl->l.names[i], &dirfd);
		struct stat st;
		if (fstatat(dirfd, name, &st, 0) != 0) {
			cl->err[i] = errno;
			continue;
		}
		struct article *a = xcalloc(1, sizeof *a);
		a->path = cl->l.names[i]; /* taken */
		a->data = xstrdup("");
		filestamp_from_stat(&st, &a->stamp);
		a->listed_regular = cl->l.regular[i];
		cl->made[i] = a;
	}
	return NULL;
}

static int corpus_list_take(size_t k, void *result, void *ctx)
{
	(void)result;
	struct corpus_list *cl = ctx;
	struct corpus *c = cl->l.c;
	for (size_t i = k * CORPUS_LIST_BLOCK; i < cl->n && i < (k + 1) * CORPUS_LIST_BLOCK; i++) {
		if (!cl->made[i]) {
			corpus_warn(c, xasprintf("%s: %s", cl->l.names[i], strerror(cl->err[i])));
			continue;
		}
		cl->l.names[i] = NULL;
		corpus_push(c, cl->made[i], NULL);
		atomic_init(&c->unread[c->n - 1], CORPUS_UNREAD);
		c->listed++;
	}
	return 0;
}

/* Runs work and take over n items (as many threads as pool_workers
 * gives for `workers` files), each thread with its directory. */
static void corpus_load_run(struct corpus_load *l, size_t n, size_t workers, pool_work_fn work, pool_take_fn take)
{
	for (size_t k = 0; k < POOL_MAX; k++)
		l->dirs[k].fd = -1;
	pool_run(n, pool_workers(workers), work, take, NULL, l);
	for (size_t k = 0; k < POOL_MAX; k++) {
		if (l->dirs[k].fd >= 0)
			close(l->dirs[k].fd);
		free(l->dirs[k].name);
	}
}

/* corpus_read_all: the articles so far, each listed file's read or the
 * article itself, taken in order into the corpus made anew. */
struct corpus_all {
	struct corpus_load l;
	struct article **old;
	int exact;
};

static int corpus_all_take(size_t i, void *result, void *ctx)
{
	struct corpus_all *a = ctx;
	struct corpus_read *r = result;
	if (!r) {
		corpus_push(a->l.c, a->old[i], NULL);
		return 0;
	}
	article_free(a->old[i]);
	a->exact &= r->a && r->a->format != ARTICLE_FEED;
	return corpus_load_take(i, r, ctx);
}

int corpus_read_all(struct corpus *c)
{
	if (!c->unread)
		return 1;
	size_t n = c->n;
	struct corpus_all a = { .l = { .c = c }, .old = c->arts, .exact = 1 };
	char **names = xcalloc(n ? n : 1, sizeof *names);
	unsigned char *regular = xcalloc(n ? n : 1, 1);
	for (size_t i = 0; i < n; i++) {
		if (atomic_load(&c->unread[i]) != CORPUS_READ)
			names[i] = c->arts[i]->path;
		regular[i] = (unsigned char)c->arts[i]->listed_regular;
	}
	a.l.names = names;
	a.l.regular = regular;
	free(c->unread);
	c->unread = NULL;
	c->arts = NULL;
	c->n = c->cap = 0;
	c->listed = 0;
	corpus_load_run(&a.l, n, n, corpus_load_one, corpus_all_take);
	free(a.old);
	free(names);
	free(regular);
	return a.exact;
}

int corpus_add_path(struct corpus *c, const char *path, char **err)
{
	struct input_options o = { c->timeout > 0 ? c->timeout : INPUT_TIMEOUT };
	if (strcmp(path, "-") == 0 || input_is_url(path)) {
		if (strcmp(path, "-") == 0 && c->stdin_read) {
			*err = xasprintf("-: standard input is read only once");
			return -1;
		}
		struct article *a = input_open(path, &o, err);
		if (!a)
			return -1;
		c->stdin_read |= strcmp(path, "-") == 0;
		return corpus_add_read(c, a, NULL, err);
	}
	struct stat st;
	if (stat(path, &st) != 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		struct article *a = c->read_first && S_ISREG(st.st_mode) ? input_open_first(path, c->read_first, err) :
					input_open(path, &o, err);
		if (!a)
			return -1;
		return corpus_add_read(c, a, NULL, err);
	}
	struct corpus_names names = {0};
	size_t before = c->n;
	corpus_walk(c, path, &names, 0);
	/* Each name is path, a slash unless path ends with one, and more
	 * (corpus_walk). */
	if (names.n > 1)
		corpus_sort(&names, strlen(path) + (path[strlen(path) - 1] == '/' ? 0 : 1));
	struct corpus_load l = { .c = c, .n = names.n, .names = names.v, .regular = names.regular };
	if (c->defer) {
		if (!c->unread) {
			c->unread = xmalloc(c->cap ? c->cap : 1);
			for (size_t i = 0; i < c->n; i++)
				atomic_init(&c->unread[i], CORPUS_READ);
		}
		struct corpus_list cl = { l, names.n, xcalloc(names.n ? names.n : 1, sizeof *cl.made),
					  xcalloc(names.n ? names.n : 1, sizeof *cl.err) };
		corpus_load_run(&cl.l, (names.n + CORPUS_LIST_BLOCK - 1) / CORPUS_LIST_BLOCK, names.n, corpus_list_one,
				corpus_list_take);
		free(cl.made);
		free(cl.err);
	} else if (c->prepare) {
		corpus_load_run(&l, corpus_blocks(&l), names.n, corpus_load_block,
				corpus_load_block_take);
	} else {
		corpus_load_run(&l, names.n, names.n, corpus_load_one, corpus_load_take);
	}
	for (size_t i = 0; i < names.n; i++)
		free(names.v[i]);
	free(names.v);
	free(names.regular);
	if (c->n == before) {
		*err = xasprintf("%s: no articles (text, Markdown, web pages, feeds or files without an extension) in this directory", path);
		return -1;
	}
	return 0;
}

struct article *corpus_reread(const struct corpus *c, size_t i, char **err)
{
	const struct article *old = c->arts[i];
	if (!old->path || strcmp(old->path, "-") == 0 || input_is_url(old->path)) {
		*err = xasprintf("%s: only files are read again", article_name(old));
		return NULL;
	}
	struct input_options o = { c->timeout > 0 ? c->timeout : INPUT_TIMEOUT };
	struct article *a = input_open(old->path, &o, err);
	if (!a)
		return NULL;
	if (a->format != ARTICLE_FEED) {
		if (old->label) {
			*err = xasprintf("%s: no longer a feed", old->path);
			article_free(a);
			return NULL;
		}
		return a;
	}
	struct article **items;
	char *warning = NULL;
	long n = input_feed_items(a, &items, err, &warning);
	free(warning);
	if (n < 0)
		return NULL;
	struct article *found = NULL;
	for (long k = 0; k < n; k++) {
		if (!found && items[k]->item == (old->label ? old->item : 1))
			found = items[k];
		else
			article_free(items[k]);
	}
	free(items);
	if (!found)
		*err = xasprintf("%s: the feed no longer has item %zu", old->path, old->item);
	return found;
}

struct article *corpus_swap(struct corpus *c, size_t i, struct article *a)
{
	corpus_read(c, i);
	struct article *old = c->arts[i];
	c->arts[i] = a;
	return old;
}

void corpus_replace(struct corpus *c, size_t i, struct article *a)
{
	corpus_settle(c, i);
	article_free(c->arts[i]);
	c->arts[i] = a;
}
