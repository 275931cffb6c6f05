/* Unit tests of viterbi: the fast path for tokens that can only be O
 * decodes as the plain one does. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "tagger.h"
#include "viterbi.h"

enum { T = TAGGER_NTAGS, MAXN = 64 };

/* A fixed generator, so that a failure can be seen again. */
static uint32_t rnd_state = 12345;
static uint32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return rnd_state >> 8;
}

/* A value in [-r, r]. */
static int32_t rnd_in(int32_t r)
{
	return (int32_t)(rnd() % (2u * (uint32_t)r + 1)) - r;
}

/* Random sentences, about half their tokens O-only (with runs of them),
 * under random moves: the tags with the skip marks and without agree. */
static void test_viterbi_skip_same(void)
{
	int32_t tr[(T + 1) * T], score[MAXN * T];
	unsigned char skip[MAXN], back[MAXN * T], plain[MAXN], fast[MAXN];
	int bad = 0, skipped = 0, named = 0;
	for (int round = 0; round < 20000 && !bad; round++) {
		/* The moves: int16 as in the model, small now and then so that
		 * ties come up. */
		int32_t range = round % 3 == 0 ? 3 : 32767;
		for (unsigned a = 0; a <= T; a++)
			for (unsigned b = 0; b < T; b++)
				tr[a * T + b] = tagger_allowed(a, b) ? rnd_in(range) : VITERBI_LOW;
		size_t n = 1 + rnd() % MAXN;
		/* Scores: a sum of up to 43 int16 weights. */
		int32_t srange = round % 3 == 0 ? 4 : round % 3 == 1 ? 40000 : 43 * 32767;
		for (size_t i = 0; i < n; i++) {
			skip[i] = rnd() % 2 || (i > 0 && skip[i - 1] && rnd() % 2);
			for (int y = 0; y < T; y++)
				score[i * T + y] = skip[i] ? (y ? VITERBI_LOW : 0) : y ? rnd_in(srange) : 0;
			skipped += skip[i];
		}
		viterbi_decode(tr, score, NULL, n, back, plain);
		viterbi_decode(tr, score, skip, n, back, fast);
		bad = memcmp(plain, fast, n) != 0;
		for (size_t i = 0; i < n; i++)
			named += plain[i] != 0;
	}
	CHECK(!bad);
	/* Both kinds of token were there, and names among the others. */
	CHECK(skipped > 1000);
	CHECK(named > 1000);
}

/* A sentence of O-only tokens is all O; a name between them is kept. */
static void test_viterbi_skip_cases(void)
{
	int32_t tr[(T + 1) * T], score[4 * T];
	unsigned char skip[4] = { 1, 0, 0, 1 }, back[4 * T], tags[4];
	for (unsigned a = 0; a <= T; a++)
		for (unsigned b = 0; b < T; b++)
			tr[a * T + b] = tagger_allowed(a, b) ? 0 : VITERBI_LOW;
	for (int i = 0; i < 4; i++)
		for (int y = 0; y < T; y++)
			score[i * T + y] = y ? VITERBI_LOW : 0;
	viterbi_decode(tr, score, skip, 4, back, tags);
	for (int i = 0; i < 4; i++)
		CHECK_INT(tags[i], 0);
	/* "x Jean Smith y": B-PER, I-PER in the middle. */
	score[1 * T + TAGGER_B(TAGGER_PER)] = 100;
	score[2 * T + TAGGER_I(TAGGER_PER)] = 100;
	viterbi_decode(tr, score, skip, 4, back, tags);
	CHECK_INT(tags[0], 0);
	CHECK_INT(tags[1], TAGGER_B(TAGGER_PER));
	CHECK_INT(tags[2], TAGGER_I(TAGGER_PER));
	CHECK_INT(tags[3], 0);
}

const struct check_test viterbi_tests[] = {
	{ "viterbi_skip_same", test_viterbi_skip_same },
	{ "viterbi_skip_cases", test_viterbi_skip_cases },
	{ NULL, NULL }
};
