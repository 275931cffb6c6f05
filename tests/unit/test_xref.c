/* Unit tests of xref's ranking of related stories, on a small corpus built
 * by hand: which stories share what, without the recognizer. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "entity.h"
#include "ner.h"
#include "xmalloc.h"
#include "xref.h"

/* Adds an entity to the table; returns its id. */
static size_t xt_entity(struct entity_table *t, const char *name, enum ner_type type)
{
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof *t->v);
	memset(&t->v[t->n], 0, sizeof t->v[t->n]);
	t->v[t->n].name = xstrdup(name);
	t->v[t->n].key = xstrdup(name);
	t->v[t->n].type = type;
	return t->n++;
}

/* Adds a mention of entity id to article a. */
static void xt_mention(struct entity_table *t, size_t a, size_t id, int furniture)
{
	struct entity_doc *d = &t->docs[a];
	d->v = realloc(d->v, (d->n + 1) * sizeof *d->v);
	struct entity_ref *r = &d->v[d->n];
	r->start = d->n * 10;
	r->end = r->start + 5;
	r->type = t->v[id].type;
	r->id = id;
	r->furniture = furniture;
	d->n++;
	d->done = 1;
}

/* The rank of article b among a's related stories, or -1. */
static long xt_rank(const struct xref_related *r, size_t n, size_t b)
{
	for (size_t k = 0; k < n; k++)
		if (r[k].article == b)
			return (long)k;
	return -1;
}

/* Story 0 names a rare person (shared with story 1 only) and five
 * countries that nearly every story names (story 2 has all five); story 3
 * has the news agency that story 0 names only in its sign-off; story 4
 * shares only a date with it. */
static void test_xref_related_weights(void)
{
	enum { N = 10 };
	struct entity_table *t = entity_table_new(N);
	size_t person = xt_entity(t, "Joseph Arsenio", NER_PERSON);
	size_t agency = xt_entity(t, "Reuters", NER_ORG);
	size_t date = xt_entity(t, "Monday", NER_DATE);
	size_t lone = xt_entity(t, "Bahia", NER_PLACE);
	size_t country[5];
	const char *names[5] = { "United States", "Britain", "France", "Japan", "Germany" };
	for (int c = 0; c < 5; c++)
		country[c] = xt_entity(t, names[c], NER_PLACE);
	xt_mention(t, 0, person, 0);
	xt_mention(t, 0, lone, 0);
	xt_mention(t, 0, date, 0);
	for (int c = 0; c < 5; c++)
		xt_mention(t, 0, country[c], 0);
	xt_mention(t, 0, agency, 1); /* "Reuter" at its end */
	xt_mention(t, 1, person, 0);
	xt_mention(t, 1, person, 0);
	for (int c = 0; c < 5; c++)
		xt_mention(t, 2, country[c], 0);
	xt_mention(t, 3, agency, 0);
	xt_mention(t, 4, date, 0);
	/* Stories 5..9 name the countries too: they are common. */
	for (size_t a = 5; a < N; a++)
		for (int c = 0; c < 5; c++)
			xt_mention(t, a, country[c], 0);
	struct xref *x = xref_build(t);
	struct xref_related *r;
	size_t n = xref_related(x, t, 0, &r);

	/* The rare person outranks five common countries. */
	CHECK(n > 2);
	CHECK_INT(xt_rank(r, n, 1), 0);
	CHECK(xt_rank(r, n, 2) > 0);
	/* A sign-off or a shared date makes no story related. */
	CHECK_INT(xt_rank(r, n, 3), -1);
	CHECK_INT(xt_rank(r, n, 4), -1);
	/* Stories 2 and 5..9 share the same five countries: equal scores. */
	CHECK_INT(n, 7);
	long r2 = xt_rank(r, n, 2);
	CHECK(r2 >= 0 && r[r2].shared == 5);
	/* What is shown follows the rank: the parts go down with it and are
	 * parts of the whole story (in (0, 1]); the person's share is more
	 * than half of it. */
	for (size_t k = 0; k < n; k++) {
		CHECK(r[k].part > 0.0 && r[k].part <= 1.0);
		if (k > 0) {
			CHECK(r[k].score <= r[k - 1].score);
			CHECK(r[k].part <= r[k - 1].part);
		}
	}
	CHECK(r[0].part > 0.5);
	CHECK(r[0].part > 2 * r[1].part);
	free(r);

	/* From story 1's side: story 0, all of story 1's names. */
	n = xref_related(x, t, 1, &r);
	CHECK_INT(n, 1);
	CHECK_INT(r[0].article, 0);
	CHECK_INT(r[0].shared, 1);
	CHECK(r[0].part > 0.999 && r[0].part <= 1.0);
	free(r);
	xref_free(x);
	entity_table_free(t);
}

/* A name every story carries adds little: two stories sharing it alone
 * rank below two sharing one organization that only they have, and the
 * same type weighs the same whatever the rarity. */
static void test_xref_related_idf(void)
{
	enum { N = 6 };
	struct entity_table *t = entity_table_new(N);
	size_t everywhere = xt_entity(t, "Europe", NER_PLACE);
	size_t rare = xt_entity(t, "Cocoa Producers Alliance", NER_ORG);
	size_t common = xt_entity(t, "Federal Reserve", NER_ORG);
	for (size_t a = 0; a < N; a++)
		xt_mention(t, a, everywhere, 0);
	xt_mention(t, 0, rare, 0);
	xt_mention(t, 1, rare, 0);
	for (size_t a = 0; a < 5; a++)
		if (a != 1)
			xt_mention(t, a, common, 0);
	struct xref *x = xref_build(t);
	struct xref_related *r;
	size_t n = xref_related(x, t, 0, &r);
	CHECK_INT(n, 5);
	CHECK_INT(r[0].article, 1);		/* the rare organization */
	CHECK(r[0].score > r[1].score);
	CHECK_INT(r[n - 1].article, 5);		/* the place in every story alone */
	CHECK(r[n - 1].score < 0.2 * r[0].score);
	free(r);
	xref_free(x);
	entity_table_free(t);
}

const struct check_test xref_tests[] = {
	{ "xref_related_weights", test_xref_related_weights },
	{ "xref_related_idf", test_xref_related_idf },
	{ NULL, NULL }
};
