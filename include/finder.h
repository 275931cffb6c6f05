/* finder: the reader's search, over every article of the corpus: one
 * pattern at a time (literal, regular expression, or "@name" for the
 * mentions of an entity, however written), the matches of each article
 * found on demand in the article's prepared text, and counted. Matches are
 * byte ranges of the article's file within what the reader shows (the
 * body and a title taken from the header). No curses here. */
#ifndef CROSSREAD_FINDER_H
#define CROSSREAD_FINDER_H

#include <stddef.h>

#include "search.h"

struct article;
struct corpus;
struct entity_table;

struct finder;

struct finder *finder_new(struct corpus *c);
void finder_free(struct finder *f);

/* Sets the pattern, read as flags say (SEARCH_REGEX, SEARCH_WORD; see
 * search_compile); "" or NULL clears it. A pattern "@name" finds the
 * mentions of the entities so named (needs t, the recognized articles;
 * the flags do not apply). Returns 0, or -1 with *err set (a message to
 * free) for a bad pattern. */
int finder_set(struct finder *f, const char *pattern, int flags, const struct entity_table *t, char **err);
/* Whether a pattern is set. */
int finder_active(const struct finder *f);
/* The pattern as given, or NULL. */
const char *finder_pattern(const struct finder *f);
/* Whether a search with the pattern stopped because the regular
 * expression is too complex (search_too_complex): counts and "not found"
 * are then not to be trusted, and finder_too_complex_message says why (a
 * new string). */
int finder_too_complex(const struct finder *f);
char *finder_too_complex_message(const struct finder *f);

/* The next (dir > 0: at or after `from`) or previous (dir < 0: before
 * `from`) match in article a, wrapping around the article (*wrapped set).
 * Returns 0 when the article has no match. */
int finder_step(struct finder *f, size_t a, size_t from, int dir, struct search_match *m, int *wrapped);
/* How many matches article a has, counting up to a limit. */
size_t finder_count(struct finder *f, size_t a);
/* Whether the count stopped at the limit (show it as "N+"). */
int finder_capped(struct finder *f, size_t a);
/* The ordinal (1-based) of the match that starts at `start` in article a. */
size_t finder_ordinal(struct finder *f, size_t a, size_t start);
/* Whether article a's text is prepared for searching. */
int finder_has_text(const struct finder *f, size_t a);
/* Prepares an article's text for searching (the slow part of the first
 * search in it): pure, so that it can run apart from the reader. */
struct search_text *finder_text_build(const struct article *a);
/* Gives article a the prepared text (kept, or freed if it has one). */
void finder_text_set(struct finder *f, size_t a, struct search_text *t);

/* Forgets what was found and prepared in article a, whose text has been
 * replaced: it is searched afresh. An entity pattern ("@name") keeps the
 * entity ids it was set with, so it must be set again after the table is. */
void finder_forget(struct finder *f, size_t a);

/* Calls fn for each match of article a that starts in [from, to). */
size_t finder_each(struct finder *f, size_t a, size_t from, size_t to, search_fn fn, void *ctx);

#endif
