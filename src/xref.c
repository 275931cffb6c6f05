/* xref: the index of entities to the articles that mention them. */
#include "xref.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entity.h"
#include "pool.h"
#include "xmalloc.h"

/* A tally's last article for an entity that no article counts (xref_build). */
#define XREF_BARE (SIZE_MAX - 1)

/* Per entity the last article met and its count of articles (then its
 * next free cell) side by side: a mention reads one place in a table of
 * tens of thousands of entities, not three. */
struct xref_tally {
	size_t last, n;
};

/* xref_build on every core: the articles cut into as many runs as there
 * are threads, each counted and filled in with a tally of its own, the
 * cells of a run after those of the runs before it, so that each
 * entity's cells come sorted by article as one pass made them. Run p
 * also tells, for its part of the entities, which are bare institutions. */
struct xref_making {
	const struct entity_table *t;
	struct xref *x;
	size_t runs;
	struct xref_tally **tally;	/* per run */
	unsigned char *bare;		/* per entity */
};

static void xref_run_bounds(size_t total, size_t runs, size_t p, size_t *from, size_t *to)
{
	*from = total * p / runs;
	*to = total * (p + 1) / runs;
}

static void *xref_count_run(size_t p, size_t worker, void *ctx)
{
	(void)worker;
	struct xref_making *mk = ctx;
	const struct entity_table *t = mk->t;
	size_t from, to;
	/* A state's institution no story tied to its country ("the Finance
	 * Ministry said") may be another country's in each story. */
	xref_run_bounds(t->n, mk->runs, p, &from, &to);
	for (size_t i = from; i < to; i++) {
		/* Its name asked for early: each is a cache miss, which overlap
		 * only so. */
		if (i + 16 < to && t->v[i + 16].type == NER_ORG)
			__builtin_prefetch(t->v[i + 16].name);
		mk->bare[i] = t->v[i].type == NER_ORG && entity_bare_institution(t->v[i].name);
	}
	struct xref_tally *tally = mk->tally[p];
	for (size_t i = 0; i < t->n; i++) {
		tally[i].last = SIZE_MAX;
		tally[i].n = 0;
	}
	/* A sign-off or a photo credit is not what a story is about. */
	xref_run_bounds(t->ndocs, mk->runs, p, &from, &to);
	for (size_t a = from; a < to; a++)
		for (size_t k = 0; k < t->docs[a].n; k++) {
			const struct entity_ref *r = &t->docs[a].v[k];
			struct xref_tally *c = &tally[r->id];
			if (!r->furniture && c->last != a) {
				c->last = a;
				c->n++;
			}
		}
	return NULL;
}

static void *xref_fill_run(size_t p, size_t worker, void *ctx)
{
	(void)worker;
	struct xref_making *mk = ctx;
	const struct entity_table *t = mk->t;
	struct xref_tally *tally = mk->tally[p];
	struct xref_cell *cells = mk->x->cells;
	size_t from, to;
	xref_run_bounds(t->ndocs, mk->runs, p, &from, &to);
	for (size_t a = from; a < to; a++)
		for (size_t k = 0; k < t->docs[a].n; k++) {
			const struct entity_ref *r = &t->docs[a].v[k];
			struct xref_tally *c = &tally[r->id];
			if (r->furniture || c->last == XREF_BARE)
				continue;
			if (c->last != a) {
				c->last = a;
				struct xref_cell *cell = &cells[c->n++];
				cell->article = a;
				cell->count = 0;
				cell->first = k;
			}
			cells[c->n - 1].count++;
		}
	return NULL;
}

struct xref *xref_build(const struct entity_table *t)
{
	struct xref *x = xcalloc(1, sizeof *x);
	x->nentities = t->n;
	x->narticles = t->ndocs;
	size_t runs = pool_workers(t->ndocs);
	struct xref_making mk = { t, x, runs, xmalloc(runs * sizeof *mk.tally), xmalloc(t->n ? t->n : 1) };
	for (size_t p = 0; p < runs; p++)
		mk.tally[p] = xmalloc((t->n ? t->n : 1) * sizeof **mk.tally);
	pool_run(runs, runs, xref_count_run, NULL, NULL, &mk);
	/* Each entity's cells, and in them each run's from where the runs
	 * before it end; none for a bare institution. */
	x->first = xmalloc((t->n + 1) * sizeof *x->first);
	size_t total = 0;
	for (size_t i = 0; i < t->n; i++) {
		x->first[i] = total;
		for (size_t p = 0; p < runs; p++) {
			struct xref_tally *c = &mk.tally[p][i];
			size_t n = mk.bare[i] ? 0 : c->n;
			/* From here its next free cell. */
			c->n = total;
			c->last = mk.bare[i] ? XREF_BARE : SIZE_MAX;
			total += n;
		}
	}
	x->first[t->n] = total;
	/* Every cell is written below: xmalloc, whose big blocks are filled
	 * with few page faults (huge pages), where calloc's are not. */
	x->cells = xmalloc((total ? total : 1) * sizeof *x->cells);
	pool_run(runs, runs, xref_fill_run, NULL, NULL, &mk);
	for (size_t p = 0; p < runs; p++)
		free(mk.tally[p]);
	free(mk.tally);
	free(mk.bare);
	return x;
}

void xref_free(struct xref *x)
{
	if (!x)
		return;
	free(x->first);
	free(x->cells);
	free(x);
}

size_t xref_cells(const struct xref *x, size_t id, const struct xref_cell **cells)
{
	if (id >= x->nentities) {
		*cells = NULL;
		return 0;
	}
	*cells = x->cells + x->first[id];
	return x->first[id + 1] - x->first[id];
}

size_t xref_spread(const struct xref *x, size_t id)
{
	return id < x->nentities ? x->first[id + 1] - x->first[id] : 0;
}

size_t xref_count(const struct xref *x, size_t id, size_t a)
{
	const struct xref_cell *c;
	size_t n = xref_cells(x, id, &c);
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c[mid].article < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && c[lo].article == a ? c[lo].count : 0;
}

static int xref_related_cmp(const void *p, const void *q)
{
	const struct xref_related *a = p, *b = q;
	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return a->article < b->article ? -1 : a->article > b->article;
}

/* What sharing an entity of a type says about two stories: the same
 * people, organizations and named things say they tell one story; the same
 * places and nationalities much less (every market report names the U.S.). */
static double xref_type_weight(enum ner_type type)
{
	switch (type) {
	case NER_PERSON:
	case NER_ORG:
		return 1.0;
	case NER_MISC:
		return 0.8;
	case NER_PLACE:
		return 0.25;
	case NER_GROUP:
		return 0.2;
	default:
		return 0.0;
	}
}

/* What one shared entity is worth to the rank: its type's weight times
 * its inverse document frequency, so that a name most stories carry (the
 * U.S., London) adds little and one that few share adds much; smoothed
 * (N + 1) so that a name in every story still counts a little. */
static double xref_weight(const struct xref *x, const struct entity_table *t, size_t id)
{
	size_t nc = xref_spread(x, id);
	if (nc == 0)
		nc = 1;
	return log((double)(x->narticles + 1) / (double)nc) * xref_type_weight(t->v[id].type);
}

size_t xref_related(const struct xref *x, const struct entity_table *t, size_t a, struct xref_related **out)
{
	*out = NULL;
	if (a >= x->narticles)
		return 0;
	/* Score every article that shares an entity, and what the story
	 * would share with its own copy, to give each score as a part of it. */
	double *score = xcalloc(x->narticles, sizeof *score);
	size_t *shared = xcalloc(x->narticles, sizeof *shared);
	unsigned char *seen = xcalloc(t->n ? t->n : 1, 1);
	double whole = 0.0;
	const struct entity_doc *d = &t->docs[a];
	for (size_t k = 0; k < d->n; k++) {
		size_t id = d->v[k].id;
		/* A sign-off ("Reuter") is not what the story is about, as in xref_build. */
		if (id >= t->n || seen[id] || d->v[k].furniture || t->v[id].type == NER_DATE)
			continue;
		seen[id] = 1;
		double w = xref_weight(x, t, id);
		whole += w;
		const struct xref_cell *c;
		size_t nc = xref_cells(x, id, &c);
		for (size_t j = 0; j < nc; j++) {
			if (c[j].article == a)
				continue;
			score[c[j].article] += w;
			shared[c[j].article]++;
		}
	}
	size_t n = 0, cap = 0;
	struct xref_related *r = NULL;
	for (size_t b = 0; b < x->narticles; b++) {
		if (b == a || shared[b] == 0)
			continue;
		r = xgrow(r, &cap, n + 1, sizeof *r);
		r[n].article = b;
		r[n].shared = shared[b];
		r[n].score = score[b];
		r[n].part = whole > 0.0 ? score[b] / whole : 0.0;
		n++;
	}
	if (n > 1)
		qsort(r, n, sizeof *r, xref_related_cmp);
	free(score);
	free(shared);
	free(seen);
	*out = r;
	return n;
}
