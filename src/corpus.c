/* corpus: turning command-line paths into a list of loaded articles. */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "input.h"
#include "pool.h"
#include "sniff.h"
#include "xmalloc.h"

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
	free(c);
}

struct article *corpus_article(struct corpus *c, size_t i)
{
	input_parse(c->arts[i]);
	return c->arts[i];
}

struct article *corpus_text(struct corpus *c, size_t i)
{
	input_decode(c->arts[i]);
	return c->arts[i];
}

static void corpus_warn(struct corpus *c, char *msg)
{
	c->warnings = xgrow(c->warnings, &c->capwarnings, c->nwarnings + 1, sizeof *c->warnings);
	c->warnings[c->nwarnings++] = msg;
}

static void corpus_push(struct corpus *c, struct article *a)
{
	c->arts = xgrow(c->arts, &c->cap, c->n + 1, sizeof *c->arts);
	c->arts[c->n++] = a;
}

struct corpus_names {
	char **v;
	unsigned char *regular;	/* per name: readdir said a regular file (not a link) */
	size_t n, cap, capregular;
};

/* A name and whether it was listed as a regular file, sorted together. */
struct corpus_named {
	char *name;
	unsigned char regular;
};

static int corpus_cmp(const void *a, const void *b)
{
	return strcmp(((const struct corpus_named *)a)->name, ((const struct corpus_named *)b)->name);
}

static void corpus_sort(struct corpus_names *names)
{
	struct corpus_named *v = xmalloc(names->n * sizeof *v);
	for (size_t i = 0; i < names->n; i++)
		v[i] = (struct corpus_named){ names->v[i], names->regular[i] };
	qsort(v, names->n, sizeof *v, corpus_cmp);
	for (size_t i = 0; i < names->n; i++) {
		names->v[i] = v[i].name;
		names->regular[i] = v[i].regular;
	}
	free(v);
}

/* Collects article files under dir; errors on subdirectories become warnings. */
static void corpus_walk(struct corpus *c, const char *dir, struct corpus_names *out, int depth)
{
	DIR *d = opendir(dir);
	if (!d) {
		corpus_warn(c, xasprintf("%s: %s", dir, strerror(errno)));
		return;
	}
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue; /* ., .. and hidden files */
		char *p = xasprintf("%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
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

/* Adds an article read from an input, or each item of a feed. */
static int corpus_add_read(struct corpus *c, struct article *a, char **err)
{
	if (a->format != ARTICLE_FEED) {
		corpus_push(c, a);
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
		corpus_push(c, items[i]);
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
	char **names;
	const unsigned char *regular;
	struct corpus_dir dirs[POOL_MAX];
};

/* A file read: the article, or the message saying why not. */
struct corpus_read {
	struct article *a;
	char *err;
};

static void *corpus_load_one(size_t i, size_t worker, void *ctx)
{
	struct corpus_load *l = ctx;
	struct corpus_dir *d = &l->dirs[worker];
	struct corpus_read *r = xcalloc(1, sizeof *r);
	int skipped;
	const char *path = l->names[i], *slash = strrchr(path, '/');
	size_t len = slash ? (size_t)(slash - path) : 0;
	if (slash && len > 0 && !(d->name && len == d->len && memcmp(d->name, path, len) == 0)) {
		if (d->fd >= 0)
			close(d->fd);
		free(d->name);
		d->name = xstrndup(path, len);
		d->len = len;
		d->fd = open(d->name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	if (slash && len > 0 && d->fd >= 0)
		r->a = input_open_found_at(d->fd, slash + 1, path, &skipped, &r->err);
	else
		r->a = input_open_found(path, &skipped, &r->err);
	if (r->a && l->regular[i])
		r->a->listed_regular = 1;
	return r;
}

static int corpus_load_take(size_t i, void *result, void *ctx)
{
	(void)i;
	struct corpus_load *l = ctx;
	struct corpus_read *r = result;
	if (!r->a || corpus_add_read(l->c, r->a, &r->err) != 0)
		corpus_warn(l->c, r->err);
	free(r);
	return 0;
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
		return corpus_add_read(c, a, err);
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
		return corpus_add_read(c, a, err);
	}
	struct corpus_names names = {0};
	size_t before = c->n;
	corpus_walk(c, path, &names, 0);
	if (names.n > 1)
		corpus_sort(&names);
	struct corpus_load l = { .c = c, .names = names.v, .regular = names.regular };
	for (size_t k = 0; k < POOL_MAX; k++)
		l.dirs[k].fd = -1;
	pool_run(names.n, pool_workers(names.n), corpus_load_one, corpus_load_take, NULL, &l);
	for (size_t k = 0; k < POOL_MAX; k++) {
		if (l.dirs[k].fd >= 0)
			close(l.dirs[k].fd);
		free(l.dirs[k].name);
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
	struct article *old = c->arts[i];
	c->arts[i] = a;
	return old;
}

void corpus_replace(struct corpus *c, size_t i, struct article *a)
{
	article_free(c->arts[i]);
	c->arts[i] = a;
}
