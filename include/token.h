/* token: words, punctuation and sentences in a span of text, tokenized the
 * way news taggers expect (CoNLL style): punctuation apart, "U.S." and
 * "Mr." whole, "'s" apart, hyphenated words whole, glued captions such as
 * "Ukraine.ANATOLII STEPANOV/AFP" taken apart. Offsets are bytes of the
 * text given. */
#ifndef CROSSREAD_TOKEN_H
#define CROSSREAD_TOKEN_H

#include <stddef.h>

#define TOKEN_SENT_START 1u	/* the first token of a sentence */
#define TOKEN_LINE_START 2u	/* the first token after a line break */

struct token {
	size_t start, end;	/* the token's bytes, end exclusive */
	unsigned flags;		/* TOKEN_* */
};

/* A growing list of tokens. */
struct token_list {
	struct token *v;	/* the tokens, in text order */
	size_t n, cap;
};

/* Appends the tokens of s[start..end) to list. The first token is the
 * start of a sentence. */
void token_split(const char *s, size_t start, size_t end, struct token_list *list);

void token_list_free(struct token_list *list);

/* Whether s[0..n) is an abbreviation that keeps its final period. */
int token_is_abbreviation(const char *s, size_t n);

/* Where the run of ASCII letters and digits from s[i] ends, before end. */
size_t token_alnum_end(const char *s, size_t i, size_t end);

#endif
