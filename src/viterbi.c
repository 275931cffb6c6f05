/* viterbi: the tagger's decoding. See viterbi.h. */
/* The steps' loops are short and fixed: GCC unrolls them at -O3 (as the
 * tagger's own code is built). */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("O3")
#endif
#include "viterbi.h"

#include "tagger.h"

enum { T = TAGGER_NTAGS };

/* Every state of one token from the states before it, one candidate at a
 * time (ties to the lower previous tag). */
static void viterbi_step(const int32_t *tr, const int32_t *cur, const int32_t *sc, int32_t *nxt, unsigned char *bk)
{
	/* O and B-type follow anything; I-type only B-type or I-type. */
	for (int y = 0; y < T; y += y ? 2 : 1) {
		int32_t best = cur[0] + tr[y];
		int bj = 0;
		for (int x = 1; x < T; x++) {
			int32_t v = cur[x] + tr[x * T + y];
			if (v > best) {
				best = v;
				bj = x;
			}
		}
		nxt[y] = best + sc[y];
		bk[y] = (unsigned char)bj;
	}
	for (int y = 2; y < T; y += 2) {
		int32_t vb = cur[y - 1] + tr[(y - 1) * T + y], vi = cur[y] + tr[y * T + y];
		int bi = vi > vb;
		nxt[y] = (bi ? vi : vb) + sc[y];
		bk[y] = (unsigned char)(bi ? y : y - 1);
	}
}

/* A token that can only be O: its O state as viterbi_step makes it. Its
 * other states are at least 2^28 below, far more than the scores of the
 * few tokens around can make up, so no best sequence goes through them
 * (O there, and a B-type for an I-type after, always scores higher): they
 * are only kept that low, not computed. After such a token, the O state is
 * the best way into the next O too. */
static void viterbi_step_o(const int32_t *tr, const int32_t *cur, int after_o, int32_t *nxt, unsigned char *bk)
{
	int32_t best = cur[0] + tr[0];
	int bj = 0;
	for (int x = 1; x < T && !after_o; x++) {
		int32_t v = cur[x] + tr[x * T];
		if (v > best) {
			best = v;
			bj = x;
		}
	}
	nxt[0] = best;
	bk[0] = (unsigned char)bj;
	for (int y = 1; y < T; y++) {
		nxt[y] = best + VITERBI_LOW;
		bk[y] = 0;
	}
}

/* A token after one that could only be O: from that O state, which beats
 * the others by 2^28, into each O and B-type state; the I-type states, out
 * of the low ones, are only kept low too. */
static void viterbi_step_after_o(const int32_t *tr, const int32_t *cur, const int32_t *sc, int32_t *nxt,
				 unsigned char *bk)
{
	for (int y = 0; y < T; y += y ? 2 : 1) {
		nxt[y] = cur[0] + tr[y] + sc[y];
		bk[y] = 0;
	}
	for (int y = 2; y < T; y += 2) {
		nxt[y] = cur[0] + VITERBI_LOW + sc[y];
		bk[y] = (unsigned char)(y - 1);
	}
}

void viterbi_decode(const int32_t *tr, const int32_t *score, const unsigned char *skip, size_t n,
		    unsigned char *back, unsigned char *tags)
{
	/* Two rows of states, the current and the next, swapped each step. */
	int32_t rows[2][T], *cur = rows[0], *nxt = rows[1];
	for (int y = 0; y < T; y++)
		cur[y] = score[y] + tr[T * T + y];
	for (size_t i = 1; i < n; i++) {
		if (skip && skip[i])
			viterbi_step_o(tr, cur, skip[i - 1], nxt, back + i * T);
		else if (skip && skip[i - 1])
			viterbi_step_after_o(tr, cur, score + i * T, nxt, back + i * T);
		else
			viterbi_step(tr, cur, score + i * T, nxt, back + i * T);
		int32_t *x = cur;
		cur = nxt;
		nxt = x;
	}
	int by = 0;
	for (int y = 1; y < T; y++)
		if (cur[y] > cur[by])
			by = y;
	for (size_t i = n; i-- > 0;) {
		tags[i] = (unsigned char)by;
		if (i > 0)
			by = back[i * T + by];
	}
}
