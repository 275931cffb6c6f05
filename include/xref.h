/* xref: cross-references between the loaded articles. After every article's
 * entities are resolved (entity_link), it indexes which articles mention
 * each entity and how often, so that the side pane can show at once what an
 * article shares with the others, where, and which stories are related. */
#ifndef CROSSREAD_XREF_H
#define CROSSREAD_XREF_H

#include <stddef.h>

struct entity_table;

/* An entity's mentions in one article. */
struct xref_cell {
	size_t article;	/* the article's index in the corpus */
	size_t count;	/* how many mentions it has there */
	size_t first;	/* index of the first of them in the article's entity_doc */
};

/* An article related to another, with how much they share. */
struct xref_related {
	size_t article;		/* the other article */
	size_t shared;		/* entities both mention */
	double score;		/* rank: shared entities weighted by rarity (an
				 * inverse document frequency) and type (people and
				 * organizations over places) */
	double part;		/* score as a part (0..1] of what the story shares
				 * with itself: what the side pane shows, in percent */
};

struct xref {
	size_t nentities;	/* entities indexed */
	size_t narticles;	/* articles indexed */
	size_t *first;		/* cells of entity i: cells[first[i] .. first[i + 1]) */
	struct xref_cell *cells;/* by entity, then by article */
};

/* Indexes the table (every article in it processed and linked). */
struct xref *xref_build(const struct entity_table *t);
void xref_free(struct xref *x);

/* The articles that mention entity id; returns how many, *cells the first. */
size_t xref_cells(const struct xref *x, size_t id, const struct xref_cell **cells);
/* How many articles mention entity id. */
size_t xref_spread(const struct xref *x, size_t id);
/* Mentions of entity id in article a (0 if none). */
size_t xref_count(const struct xref *x, size_t id, size_t a);

/* The other articles that share entities with article a, best first;
 * returns how many (the caller frees *out). Dates and sign-offs
 * (furniture) are not counted. */
size_t xref_related(const struct xref *x, const struct entity_table *t, size_t a, struct xref_related **out);

#endif
