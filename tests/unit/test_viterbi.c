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

/* The plain decoding, every candidate tried at every token (ties to the
 * lower previous tag; an I-type only from its B-type or I-type): the
 * reference of viterbi_decode's short cuts. */
static void plain_decode(const int32_t *tr, const int32_t *score, size_t n, unsigned char *tags)
{
	static int64_t v[MAXN][T];
	static unsigned char bk[MAXN][T];
	for (int y = 0; y < T; y++)
		v[0][y] = score[y] + tr[T * T + y];
	for (size_t i = 1; i < n; i++)
		for (unsigned y = 0; y < T; y++) {
			int first = 1;
			for (unsigned x = 0; x < T; x++) {
				if (TAGGER_IS_I(y) && !tagger_allowed(x, y))
					continue;
				int64_t c = v[i - 1][x] + tr[x * T + y];
				if (first || c > v[i][y]) {
					v[i][y] = c;
					bk[i][y] = (unsigned char)x;
				}
				first = 0;
			}
			v[i][y] += score[i * T + y];
		}
	unsigned by = 0;
	for (unsigned y = 1; y < T; y++)
		if (v[n - 1][y] > v[n - 1][by])
			by = y;
	for (size_t i = n; i-- > 0;) {
		tags[i] = (unsigned char)by;
		if (i > 0)
			by = bk[i][by];
	}
}

/* Random sentences without O-only tokens, under random moves, with scores
 * near and far apart (a state that leads the others by more than the
 * moves' spread takes a short cut): the tags are the plain decoding's. */
static void test_viterbi_plain_same(void)
{
	int32_t tr[(T + 1) * T], score[MAXN * T];
	unsigned char back[MAXN * T], plain[MAXN], got[MAXN];
	int bad = 0, named = 0;
	for (int round = 0; round < 20000 && !bad; round++) {
		int32_t range = round % 3 == 0 ? 3 : round % 3 == 1 ? 300 : 32767;
		for (unsigned a = 0; a <= T; a++)
			for (unsigned b = 0; b < T; b++)
				tr[a * T + b] = tagger_allowed(a, b) ? rnd_in(range) : VITERBI_LOW;
		size_t n = 1 + rnd() % MAXN;
		int32_t srange = round % 4 == 0 ? 4 : round % 4 == 1 ? 1000 : round % 4 == 2 ? 40000 : 43 * 32767;
		for (size_t i = 0; i < n; i++)
			for (int y = 0; y < T; y++)
				score[i * T + y] = y ? rnd_in(srange) : 0;
		plain_decode(tr, score, n, plain);
		viterbi_decode(tr, score, NULL, n, back, got);
		bad = memcmp(plain, got, n) != 0;
		viterbi_decode_spread(tr, viterbi_spread(tr), score, NULL, n, back, got);
		bad |= memcmp(plain, got, n) != 0;
		for (size_t i = 0; i < n; i++)
			named += plain[i] != 0;
	}
	CHECK(!bad);
	CHECK(named > 1000);
}

const struct check_test viterbi_tests[] = {
	{ "viterbi_plain_same", test_viterbi_plain_same },
	{ "viterbi_skip_same", test_viterbi_skip_same },
	{ "viterbi_skip_cases", test_viterbi_skip_cases },
	{ NULL, NULL }
};
