/* sieve: a quick look at a text's bytes that can tell that an ASCII text
 * does not contain a string, so that a search over thousands of articles
 * folds only those that may match (search_may_match says which string a
 * pattern needs). Bytes only: no Unicode here. */
#ifndef CROSSREAD_SIEVE_H
#define CROSSREAD_SIEVE_H

#include <stddef.h>

/* Whether s[0..n) may contain needle[0..len): 0 only when every byte of s
 * is ASCII (below 0x80) and the needle is nowhere in it, compared ignoring
 * ASCII case when caseless; 1 otherwise (any byte beyond ASCII, or the
 * needle found, or an empty needle). */
int sieve_may_contain(const char *s, size_t n, const char *needle, size_t len, int caseless);

/* Whether s[0..n) has no byte beyond ASCII. */
int sieve_is_ascii(const char *s, size_t n);

#endif
