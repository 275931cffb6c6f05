/* nickname: English given names and their familiar forms (Bob and Bobby
 * for Robert, Mo for Maurice), compiled in from src/lexicon/nicknames.txt,
 * for telling whether two given names may be one person's. */
#ifndef CROSSREAD_NICKNAME_H
#define CROSSREAD_NICKNAME_H

#include <stddef.h>

/* The full given names that the folded given name w is a familiar form of
 * ("bill" -> "william"), up to max of them into out, lower case; returns
 * how many there are (0 for a name that is no familiar form). */
size_t nickname_full(const char *w, const char **out, size_t max);

/* Whether the folded given names a and b may name one person: equal, one
 * a familiar form of the other (Mo, Maurice), or both forms of one full
 * name (Bill, Billy). */
int nickname_same(const char *a, const char *b);

/* Loads the table now, so that threads may look it up without a race. */
void nickname_init(void);

#endif
