/* viterbi: first-order Viterbi decoding of the tagger's BIO tags, given
 * every token's tag scores and the moves' scores. Apart from the tagger so
 * that its fast path for words that cannot be in a name, taken for about
 * half of all tokens, is held by the tests to the plain decoding. */
#ifndef CROSSREAD_VITERBI_H
#define CROSSREAD_VITERBI_H

#include <stddef.h>
#include <stdint.h>

/* The score of a move or tag that may not be taken: low enough that no
 * sequence with one beats a sequence without, high enough that sums of a
 * few never overflow. */
#define VITERBI_LOW (-(1 << 28))

/* Decodes n >= 1 tokens into tags[0..n): score[i * TAGGER_NTAGS + y] is
 * token i's score of tag y, trans[a * TAGGER_NTAGS + b] that of tag b
 * after tag a (row TAGGER_NTAGS: at the start), VITERBI_LOW where b may
 * not follow a; an I-type state is tried only from its B-type and
 * I-type. back[n * TAGGER_NTAGS] is working memory. skip, if not NULL,
 * marks the tokens whose scores are 0 for O and VITERBI_LOW for every
 * other tag: those are decoded in a few steps, with the same result as
 * without skip as long as every other score is within +-2^24. */
void viterbi_decode(const int32_t *trans, const int32_t *score, const unsigned char *skip, size_t n,
		    unsigned char *back, unsigned char *tags);
/* The same, spread being viterbi_spread(trans), which a caller decoding
 * many sentences under the same moves works out once. */
void viterbi_decode_spread(const int32_t *trans, int32_t spread, const int32_t *score, const unsigned char *skip,
			   size_t n, unsigned char *back, unsigned char *tags);
/* The most by which the moves from two tags into the same O or B-type
 * tag differ. */
int32_t viterbi_spread(const int32_t *trans);

#endif
