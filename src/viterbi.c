/* viterbi: the tagger's decoding. See viterbi.h. */
/* The steps' loops are short and fixed: GCC unrolls them at -O3 (as the
 * tagger's own code is built). */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("O3")
#endif
#include "viterbi.h"

#include "tagger.h"

enum { T = TAGGER_NTAGS };

/* The I-type states of one token, each from the B-type or the I-type of
 * its type before it (ties to the B-type). */
static inline void viterbi_step_i(const int32_t *tr, const int32_t *cur, const int32_t *sc, int32_t *nxt,
				  unsigned char *bk)
{
	for (int y = 2; y < T; y += 2) {
		int32_t vb = cur[y - 1] + tr[(y - 1) * T + y], vi = cur[y] + tr[y * T + y];
		int bi = vi > vb;
		nxt[y] = (bi ? vi : vb) + sc[y];
		bk[y] = (unsigned char)(bi ? y : y - 1);
	}
}

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
	viterbi_step_i(tr, cur, sc, nxt, bk);
}

int32_t viterbi_spread(const int32_t *tr)
{
	int32_t spread = 0;
	for (int y = 0; y < T; y += y ? 2 : 1) {
		int32_t lo = tr[y], hi = tr[y];
		for (int x = 1; x < T; x++) {
			int32_t v = tr[x * T + y];
			lo = v < lo ? v : lo;
			hi = v > hi ? v : hi;
		}
		spread = hi - lo > spread ? hi - lo : spread;
	}
	return spread;
}

/* viterbi_step where one state before leads every other by more than the
 * moves' spread: then it is the only best way into every O and B-type
 * state, which need not try the others (most full steps' case: a story's
 * scores lie far apart). Returns 0, doing nothing, where none leads so. */
static int viterbi_step_lead(const int32_t *tr, int32_t spread, const int32_t *cur, const int32_t *sc, int32_t *nxt,
			     unsigned char *bk)
{
	/* The leader (the first of the highest) and the highest of the others. */
	int bx = 0;
	int32_t lead = cur[0], next = VITERBI_LOW * 4;
	for (int x = 1; x < T; x++) {
		int32_t v = cur[x];
		int up = v > lead;
		next = up ? lead : v > next ? v : next;
		lead = up ? v : lead;
		bx = up ? x : bx;
	}
	/* In 64 bits: the states may be as low as VITERBI_LOW, the spread as wide. */
	if ((int64_t)lead - next <= spread)
		return 0;
	const int32_t *row = tr + bx * T;
	nxt[0] = lead + row[0] + sc[0];
	bk[0] = (unsigned char)bx;
	for (int y = 1; y < T; y += 2) {
		nxt[y] = lead + row[y] + sc[y];
		bk[y] = (unsigned char)bx;
	}
	viterbi_step_i(tr, cur, sc, nxt, bk);
	return 1;
}

/* A token that can only be O, after one that can be anything: its O
 * state as viterbi_step makes it. Its other states are at least 2^28
 * below, far more than the scores of the few tokens around can make up,
 * so no best sequence goes through them (O there, and a B-type for an
 * I-type after, always scores higher): they are only kept that low, not
 * computed. After such a token, the O state is the best way into the next
 * O too (see viterbi_decode). */
static void viterbi_step_o(const int32_t *tr, const int32_t *cur, int32_t *nxt, unsigned char *bk)
{
	int32_t best = cur[0] + tr[0];
	int bj = 0;
	for (int x = 1; x < T; x++) {
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
	viterbi_decode_spread(tr, -1, score, skip, n, back, tags);
}

void viterbi_decode_spread(const int32_t *tr, int32_t spread, const int32_t *score, const unsigned char *skip,
			   size_t n, unsigned char *back, unsigned char *tags)
{
	/* Two rows of states, the current and the next, swapped each step;
	 * the spread (below 0 when not given) is worked out when first
	 * needed. */
	int32_t rows[2][T], *cur = rows[0], *nxt = rows[1];
	/* Inside a run of tokens that can only be O, each goes from O to O
	 * and only the O state is kept: the others, at least 2^28 below it,
	 * are read by no step after (they all start from O), and their back
	 * pointers, all O, are not written (the backtrace knows them). */
	int only_o = 0;
	for (int y = 0; y < T; y++)
		cur[y] = score[y] + tr[T * T + y];
	for (size_t i = 1; i < n; i++) {
		if (skip && skip[i] && skip[i - 1]) {
			cur[0] += tr[0];
			only_o = 1;
			continue;
		}
		if (skip && skip[i]) {
			viterbi_step_o(tr, cur, nxt, back + i * T);
		} else if (skip && skip[i - 1]) {
			viterbi_step_after_o(tr, cur, score + i * T, nxt, back + i * T);
		} else {
			if (spread < 0)
				spread = viterbi_spread(tr);
			if (!viterbi_step_lead(tr, spread, cur, score + i * T, nxt, back + i * T))
				viterbi_step(tr, cur, score + i * T, nxt, back + i * T);
		}
		only_o = 0;
		int32_t *x = cur;
		cur = nxt;
		nxt = x;
	}
	int by = 0;
	for (int y = 1; y < T && !only_o; y++)
		if (cur[y] > cur[by])
			by = y;
	if (!skip) {
		for (size_t i = n; i-- > 0;) {
			tags[i] = (unsigned char)by;
			if (i > 0)
				by = back[i * T + by];
		}
		return;
	}
	/* Inside a run of O-only tokens the way back is O, whatever back
	 * holds there (it is not written): a mask rather than a test, which
	 * mispredicted at every run's ends. */
	for (size_t i = n; i-- > 1;) {
		tags[i] = (unsigned char)by;
		by = back[i * T + by] & (((skip[i] != 0) & (skip[i - 1] != 0)) - 1);
	}
	tags[0] = (unsigned char)by;
}
