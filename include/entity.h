/* entity: which mentions name the same thing. Within an article, short
 * forms join their full form (Putin -> Vladimir Putin, Lee -> Rob Lee),
 * acronyms join their expansions, and lexicon variants their canonical
 * name (U.S. -> United States); across articles, entities with the same
 * folded name are one, and a surname unique among the people of all the
 * loaded articles joins that person. */
#ifndef CROSSREAD_ENTITY_H
#define CROSSREAD_ENTITY_H

#include <stddef.h>

#include "ner.h"

struct corpus;

/* One real-world thing. */
struct entity {
	char *name;		/* the name shown and exported */
	char *key;		/* the folded name that identifies it */
	enum ner_type type;	/* its type */
	size_t votes;		/* its mentions, each weighted by how sure its type is */
	size_t sure;		/* its mentions whose type a list or a title confirms */
	size_t sure_votes;	/* the votes of those */
	size_t datelines;	/* its mentions that open a dateline (places) */
	size_t line_votes;	/* the votes of its mentions typed by where they
				 * stand (a team named by its city in a sports
				 * story's line) */
};

/* A mention, with its entity. */
struct entity_ref {
	size_t start, end;	/* bytes of the article's file */
	enum ner_type type;	/* the mention's type */
	size_t id;		/* index of its entity in the table */
	unsigned furniture : 1;	/* in boilerplate (a sign-off, a credit) or an agency's
				 * dateline: shown dimmed, no cross-reference */
	unsigned line_typed : 1;	/* typed by where it stands (a team in a sports
					 * story): no vote of the corpus changes it */
	unsigned side : 1;	/* a place standing as a side of a game in a sports
				 * story: the one team the corpus names after it */
};

/* The mentions of one article, in file order. */
struct entity_doc {
	struct entity_ref *v;
	size_t n;
	int done;		/* recognized already */
};

struct entity_table {
	struct entity *v;	/* the entities */
	size_t n, cap;
	struct entity_doc *docs;/* one per article of the corpus */
	size_t ndocs;
	struct entity_ref *refs;/* NULL, or one block that every doc's mentions are
				 * in (a table made whole at once: snapshot_unpack) */
	void *index;		/* key -> id hash (private) */
};

struct entity_table *entity_table_new(size_t narticles);
/* Makes room for narticles articles (the new ones not done), for a table
 * filled as the articles are read. */
void entity_table_grow(struct entity_table *t, size_t narticles);
void entity_table_free(struct entity_table *t);

/* An article's mentions and their names, before they join the table. */
struct entity_found {
	struct ner_list mentions;	/* what the recognizer found */
	char **names;			/* the name of each, resolved within the article:
					 * one block, the strings after the pointers
					 * (entity_names_pack) */
	/* These two are in the struct's own block (entity_found_new), or NULL. */
	unsigned char *furniture;	/* whether each is a sign-off, credit or byline */
	unsigned char *strength;	/* what each one's type is worth as a vote */
	char **alias;			/* NULL, or for each mention the key of its text
					 * where its story named it by another name */
};

struct article;

/* Recognizes and names an article's mentions; touches no table, so that
 * it can run apart from whoever reads the table (the reader's indexer). */
struct entity_found *entity_recognize(const struct article *a);
/* Adds what was found in article i to the table (and frees it). */
void entity_commit(struct entity_table *t, size_t i, struct entity_found *f);
void entity_found_free(struct entity_found *f);
/* An empty entity_found for n mentions, its strength and furniture (n
 * bytes each, cleared) in its own block: one allocation for an
 * article, freed at once by whichever thread commits it. */
struct entity_found *entity_found_new(size_t n);
/* The n names in one block to free at once: n pointers, then the strings
 * (a malloc and a free a name cost more than naming them). */
char **entity_names_pack(const char *const *names, size_t n);

/* Recognizes and resolves article i of the corpus (once); returns its mentions. */
const struct entity_doc *entity_article(struct entity_table *t, struct corpus *c, size_t i);

/* Recognizes and commits every article of the corpus not done yet, on
 * every core the machine has (the table as the one-by-one way makes it). */
void entity_recognize_corpus(struct entity_table *t, struct corpus *c);
/* The same, with what entity_recognize found already in some articles:
 * found (NULL: none) has an entry per article, taken where not NULL. */
void entity_recognize_found(struct entity_table *t, struct corpus *c, struct entity_found **found);
/* Fills the tables recognition fills on first use, before threads that
 * recognize race for them. */
void entity_recognize_warm(void);

/* After every article is in: joins surnames that are unique among all the
 * people to those people, across articles, and the variants of one
 * person's name (familiar given names, a misspelt letter) named in related
 * articles. */
void entity_link(struct entity_table *t);

/* Whether an organization's name is a state's institution without its
 * state ("Finance Ministry", "Central Bank"), which no story tied to a
 * country: each story's may be another country's, so it is no
 * cross-reference between stories. */
int entity_bare_institution(const char *name);

/* Whether the mention s[start..end) stands in a line of a table (a
 * number, or "at", "v", "vs" beside it, and no prose outside brackets)
 * within the paragraph [lo, hi). */
int entity_table_line(const char *s, size_t lo, size_t hi, size_t start, size_t end);
/* The words of sport (lowercase, NULL-ended), and those of them that
 * count once in a story. */
extern const char *const entity_sport_words[];
extern const char *const entity_sport_once_words[];
/* The sports a wire story's slug may name besides the words of sport
 * ("squash", "motor racing"; lowercase, NULL-ended). */
extern const char *const entity_sport_slugs[];
/* Whether the text s[0..n) is a sports story: two words of sport or more
 * (runs of letters, and of hyphens between letters, any case; one of
 * entity_sport_once_words however often it comes), or a wire slug naming a
 * sport at its head ("GOLF - ..."). */
int entity_sports_story(const char *s, size_t n);

/* Sorts v[0..n) ascending, as qsort would, with no call per comparison
 * (an article's entities, a name's aliases, while linking). */
void entity_sort_sizes(size_t *v, size_t n);

/* A hash and the entity it was made for. */
struct entity_hashed {
	unsigned long long h;
	size_t e;
};

/* Sorts v[0..n) by hash, then entity, as qsort would (while linking). */
void entity_sort_hashed(struct entity_hashed *v, size_t n);

/* The mention of doc at or after byte offset off, or doc->n. */
size_t entity_mention_at(const struct entity_doc *doc, size_t off);

#endif
