/* finder: one search over many articles. Text patterns go through search.c
 * on each article's prepared text (made when the article is first
 * searched); entity patterns ("@nato") list the mentions of the entities
 * whose name or whose written forms match, from the entity table. */
#include "finder.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "text.h"
#include "xmalloc.h"

/* Matches of one article, when they are listed rather than searched. */
struct finder_list {
	struct search_match *v;
	size_t n;
	int done;	/* listed */
};

struct finder {
	struct corpus *c;		/* the articles */
	struct search_text **texts;	/* prepared texts, one per article, made on demand */
	struct search_pattern *pat;	/* a text pattern, or NULL */
	char *pattern;			/* the pattern as given, or NULL */
	int entity;			/* the pattern is "@name" */
	unsigned char *want;		/* entity mode: which entity ids match */
	size_t nwant;
	const struct entity_table *t;	/* entity mode: the table */
	struct finder_list *lists;	/* per article: the matches, in entity mode */
	size_t *counts;			/* per article: number of matches + 1, 0 if not counted */
};

struct finder *finder_new(struct corpus *c)
{
	struct finder *f = xcalloc(1, sizeof *f);
	f->c = c;
	f->texts = xcalloc(c->n ? c->n : 1, sizeof *f->texts);
	f->lists = xcalloc(c->n ? c->n : 1, sizeof *f->lists);
	f->counts = xcalloc(c->n ? c->n : 1, sizeof *f->counts);
	return f;
}

static void finder_clear(struct finder *f)
{
	search_pattern_free(f->pat);
	f->pat = NULL;
	free(f->pattern);
	f->pattern = NULL;
	free(f->want);
	f->want = NULL;
	f->nwant = 0;
	f->entity = 0;
	for (size_t a = 0; a < f->c->n; a++) {
		free(f->lists[a].v);
		memset(&f->lists[a], 0, sizeof f->lists[a]);
		f->counts[a] = 0;
	}
}

void finder_free(struct finder *f)
{
	if (!f)
		return;
	finder_clear(f);
	for (size_t a = 0; a < f->c->n; a++)
		search_text_free(f->texts[a]);
	free(f->texts);
	free(f->lists);
	free(f->counts);
	free(f);
}

/* Entity mode: the entities whose folded name, or a folded written form
 * of one of their mentions, is the name asked for (NATO and North
 * Atlantic Treaty Organization are both "@nato"). */
static void finder_entities(struct finder *f, const char *name)
{
	const struct entity_table *t = f->t;
	size_t n;
	char *want = text_fold(name, strlen(name), &n);
	f->want = xcalloc(t->n ? t->n : 1, 1);
	f->nwant = t->n;
	for (size_t id = 0; id < t->n; id++) {
		size_t k;
		char *fn = text_fold(t->v[id].name, strlen(t->v[id].name), &k);
		if (strcmp(fn, want) == 0)
			f->want[id] = 1;
		free(fn);
	}
	for (size_t a = 0; a < t->ndocs; a++) {
		const struct entity_doc *d = &t->docs[a];
		if (!d->done)
			continue;
		const struct article *art = corpus_article(f->c, a);
		for (size_t k = 0; k < d->n; k++) {
			if (f->want[d->v[k].id])
				continue;
			char *clean = text_clean(art->data + d->v[k].start, d->v[k].end - d->v[k].start);
			size_t cn;
			char *fm = text_fold(clean, strlen(clean), &cn);
			if (strcmp(fm, want) == 0)
				f->want[d->v[k].id] = 1;
			free(fm);
			free(clean);
		}
	}
	free(want);
}

int finder_set(struct finder *f, const char *pattern, int flags, const struct entity_table *t, char **err)
{
	finder_clear(f);
	if (!pattern || !*pattern)
		return 0;
	if (pattern[0] == '@' && pattern[1]) {
		if (!t) {
			*err = xstrdup("Entities are not recognized yet.");
			return -1;
		}
		f->t = t;
		f->entity = 1;
		f->pattern = xstrdup(pattern);
		finder_entities(f, pattern + 1);
		return 0;
	}
	struct search_pattern *p = search_compile(pattern, flags, err, NULL);
	if (!p)
		return -1;
	f->pat = p;
	f->pattern = xstrdup(pattern);
	return 0;
}

int finder_active(const struct finder *f)
{
	return f->pattern != NULL;
}

const char *finder_pattern(const struct finder *f)
{
	return f->pattern;
}

int finder_too_complex(const struct finder *f)
{
	return f->pat && search_too_complex(f->pat);
}

char *finder_too_complex_message(const struct finder *f)
{
	return search_too_complex_message(f->pat);
}

int finder_has_text(const struct finder *f, size_t a)
{
	return a < f->c->n && f->texts[a] != NULL;
}

struct search_text *finder_text_build(const struct article *a)
{
	return search_prepare(a->data, a->len, 1);
}

void finder_text_set(struct finder *f, size_t a, struct search_text *t)
{
	if (a >= f->c->n || f->texts[a]) {
		search_text_free(t);
		return;
	}
	f->texts[a] = t;
}

void finder_forget(struct finder *f, size_t a)
{
	if (a >= f->c->n)
		return;
	search_text_free(f->texts[a]);
	f->texts[a] = NULL;
	free(f->lists[a].v);
	memset(&f->lists[a], 0, sizeof f->lists[a]);
	f->counts[a] = 0;
}

static struct search_text *finder_text(struct finder *f, size_t a)
{
	if (!f->texts[a]) {
		const struct article *art = corpus_article(f->c, a);
		f->texts[a] = search_prepare(art->data, art->len, 0);
	}
	return f->texts[a];
}

/* Whether a match is in what the reader shows: the body, or a title taken
 * from the header; not the header's keys and other values. */
static int finder_shown(const struct article *a, const struct search_match *m)
{
	if (m->start >= a->body_start)
		return 1;
	return a->title_end > a->title_start && m->start >= a->title_start && m->end <= a->title_end;
}

struct finder_collect {
	const struct article *a;
	struct search_match *v;
	size_t n, cap;
};

/* Collects up to FINDER_CAP matches (defined below), then stops. */
static int finder_collect_capped_fn(const struct search_match *m, void *ctx);

static int finder_collect_fn(const struct search_match *m, void *ctx)
{
	struct finder_collect *c = ctx;
	if (finder_shown(c->a, m)) {
		c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof *c->v);
		c->v[c->n++] = *m;
	}
	return 0;
}

/* Article a's matches as a list: entity mentions, made here once; for a
 * text pattern, the matches finder_count kept (see finder_listed). */
static struct finder_list *finder_list(struct finder *f, size_t a)
{
	struct finder_list *l = &f->lists[a];
	if (l->done || !f->entity)
		return l;
	l->done = 1;
	const struct entity_doc *d = a < f->t->ndocs ? &f->t->docs[a] : NULL;
	if (!d || !d->done)
		return l;
	size_t cap = 0;
	for (size_t k = 0; k < d->n; k++) {
		if (d->v[k].id >= f->nwant || !f->want[d->v[k].id])
			continue;
		l->v = xgrow(l->v, &cap, l->n + 1, sizeof *l->v);
		l->v[l->n].start = d->v[k].start;
		l->v[l->n].end = d->v[k].end;
		l->n++;
	}
	return l;
}

/* Counting stops here: a pattern with more matches than this in one
 * article is counted as "10000+", so that a first letter typed in a huge
 * article costs no more than a screenful of work. */
#define FINDER_CAP 10000

struct finder_counter {
	const struct article *a;
	size_t n;		/* shown matches counted */
	size_t before;		/* count only those starting before this */
};

static int finder_count_fn(const struct search_match *m, void *ctx)
{
	struct finder_counter *c = ctx;
	if (m->start >= c->before)
		return 1;
	if (finder_shown(c->a, m))
		c->n++;
	return c->n >= FINDER_CAP;
}

/* The index of the first listed match that starts at or after `off`. */
static size_t finder_list_at(const struct finder_list *l, size_t off)
{
	size_t lo = 0, hi = l->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (l->v[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int finder_collect_capped_fn(const struct search_match *m, void *ctx)
{
	struct finder_collect *c = ctx;
	finder_collect_fn(m, ctx);
	return c->n >= FINDER_CAP;
}

size_t finder_count(struct finder *f, size_t a)
{
	if (!f->pattern || a >= f->c->n)
		return 0;
	if (f->entity)
		return finder_list(f, a)->n;
	if (f->counts[a] == 0) {
		/* Counting lists the matches too: with fewer than the limit,
		 * they are kept, and steps and ordinals need no other pass. */
		struct finder_collect c = { corpus_article(f->c, a), NULL, 0, 0 };
		search_find_all(finder_text(f, a), f->pat, 0, SIZE_MAX, finder_collect_capped_fn, &c);
		f->counts[a] = c.n + 1;
		struct finder_list *l = &f->lists[a];
		free(l->v);
		l->v = NULL;
		l->n = 0;
		l->done = 0;
		if (c.n < FINDER_CAP) {
			l->v = c.v;
			l->n = c.n;
			l->done = 1;
		} else {
			free(c.v);
		}
	}
	return f->counts[a] - 1;
}

/* Whether article a's matches are in a list: an entity's always; a text
 * pattern's when there are fewer than FINDER_CAP, else they are found in
 * the text each time. */
static int finder_listed(struct finder *f, size_t a)
{
	if (f->entity)
		return 1;
	finder_count(f, a);
	return f->lists[a].done;
}

int finder_capped(struct finder *f, size_t a)
{
	return !f->entity && finder_count(f, a) >= FINDER_CAP;
}

int finder_step(struct finder *f, size_t a, size_t from, int dir, struct search_match *m, int *wrapped)
{
	*wrapped = 0;
	if (!f->pattern || a >= f->c->n)
		return 0;
	if (!finder_listed(f, a)) {
		/* Many matches: straight from the prepared text, skipping what
		 * is not shown. */
		const struct article *art = corpus_article(f->c, a);
		struct search_text *t = finder_text(f, a);
		size_t at = from;
		for (int guard = 0; guard < 1000; guard++) {
			int w = 0;
			int ok = dir > 0 ? search_next(t, f->pat, at, m, &w) : search_prev(t, f->pat, at, m, &w);
			if (!ok)
				return 0;
			*wrapped |= w;
			if (finder_shown(art, m))
				return 1;
			at = dir > 0 ? m->start + 1 : m->start;
		}
		return 0;
	}
	struct finder_list *l = finder_list(f, a);
	if (l->n == 0)
		return 0;
	size_t lo = finder_list_at(l, from);
	if (dir > 0) {
		if (lo == l->n) {
			*wrapped = 1;
			lo = 0;
		}
		*m = l->v[lo];
	} else {
		if (lo == 0) {
			*wrapped = 1;
			lo = l->n;
		}
		*m = l->v[lo - 1];
	}
	return 1;
}

size_t finder_ordinal(struct finder *f, size_t a, size_t start)
{
	if (!finder_listed(f, a)) {
		struct finder_counter c = { corpus_article(f->c, a), 0, start };
		search_find_all(finder_text(f, a), f->pat, 0, start, finder_count_fn, &c);
		return c.n + 1;
	}
	return finder_list_at(finder_list(f, a), start) + 1;
}

struct finder_each_ctx {
	const struct article *a;
	search_fn fn;
	void *ctx;
	size_t n;
	int stop;
};

static int finder_each_fn(const struct search_match *m, void *ctx)
{
	struct finder_each_ctx *e = ctx;
	if (!finder_shown(e->a, m))
		return 0;
	e->n++;
	if (e->fn && e->fn(m, e->ctx))
		return e->stop = 1;
	return 0;
}

size_t finder_each(struct finder *f, size_t a, size_t from, size_t to, search_fn fn, void *ctx)
{
	if (!f->pattern || a >= f->c->n)
		return 0;
	if (!finder_listed(f, a)) {
		/* A match that begins before `from` but reaches into it counts. */
		struct finder_each_ctx e = { corpus_article(f->c, a), fn, ctx, 0, 0 };
		size_t back = from > 256 ? from - 256 : 0;
		struct search_match m;
		int w;
		if (from > 0 && search_prev(finder_text(f, a), f->pat, from, &m, &w) && !w && m.end > from &&
		    m.start >= back && finder_shown(e.a, &m)) {
			e.n++;
			if (fn && fn(&m, ctx))
				return e.n;
		}
		search_find_all(finder_text(f, a), f->pat, from, to, finder_each_fn, &e);
		return e.n;
	}
	struct finder_list *l = finder_list(f, a);
	size_t lo = 0, hi = l->n, count = 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (l->v[mid].end <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo; k < l->n && l->v[k].start < to; k++) {
		count++;
		if (fn && fn(&l->v[k], ctx))
			break;
	}
	return count;
}
