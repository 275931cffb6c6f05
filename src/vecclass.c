/* crossread-vecclass: turns word vectors learned from a large text (GloVe's,
 * say) into the vector classes the named-entity tagger uses as features,
 * beside the word classes of crossread-wordclass: the news at hand is too
 * small and too old to place the names of today's coverage, a vector
 * learned from billions of words places most of them ("safaricom" beside
 * other telecoms and airlines, "tehsil" beside townships and communes).
 *
 *   crossread-vecclass [--classes K]... [--iterations I] [--seed N] --out FILE VECTORS.txt
 *   crossread-vecclass --show FILE [WORD...]
 *
 * VECTORS.txt is in GloVe's text form: a word, then its D numbers,
 * separated by spaces, one word a line, every line of the same D. Words
 * are lower case (the tagger looks a word up by its lower-case form);
 * lines whose word has no letter are left out.
 *
 * The words are clustered by spherical k-means (cosine similarity), once
 * for each of the TAGGER_VECCLASS_LEVELS --classes given, finest first
 * (default 4096, 1024, 256 and 64 classes): the tagger reads a word's class
 * at each, as Brown clusters are read at several depths. (Coarse classes
 * made by clustering the fine ones' centroids instead cost the tagger half
 * a point on CoNLL dev.) The seeds are chosen as k-means++ does (Arthur &
 * Vassilvitskii 2007: each next seed drawn with odds growing with its
 * distance from the seeds so far), by a xorshift generator started from
 * --seed (default 1); an iteration
 * assigns every point to its nearest centroid, then recomputes the
 * centroids; it stops after I iterations (default 20) or when fewer than
 * one point in 2,000 moved.
 *
 * The output is deterministic and the same on every x86-64 machine: dot
 * products are summed in 8 lanes in a fixed order (no contraction into
 * fused multiply-adds: build with -ffp-contract=off, which the Makefile
 * does), ties go to the lowest class, and no time or address reaches it.
 * FILE is the table tagger_vecclass_pack writes (see tagger.h). --show
 * prints each WORD's classes in FILE, finest first ("word<TAB>c0<TAB>c1..."),
 * or the word and "-" where FILE lacks it, so that a table can be read. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pool.h"
#include "tagger.h"
#include "xmalloc.h"

#define VECCLASS_PROG "crossread-vecclass"
#define VECCLASS_LANES 8
#define VECCLASS_BLOCK 1024	/* points a pool item assigns */

/* The points: n rows of dim floats (dim padded to the lanes with zeros),
 * each of length 1 or 0. */
struct vecclass_points {
	float *x;
	size_t n, dim;
};

static void vecclass_usage(void)
{
	fprintf(stderr, "usage: " VECCLASS_PROG " [--classes K]... [--iterations I] [--seed N] --out FILE VECTORS.txt\n"
			"       " VECCLASS_PROG " --show FILE [WORD...]\n");
}

static float vecclass_dot(const float *a, const float *b, size_t dim)
{
	float acc[VECCLASS_LANES] = { 0 };
	for (size_t j = 0; j < dim; j += VECCLASS_LANES)
		for (size_t l = 0; l < VECCLASS_LANES; l++)
			acc[l] += a[j + l] * b[j + l];
	return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

/* Scales row x[0..dim) to length 1 (a zero row stays zero). */
static void vecclass_normalize(float *x, size_t dim)
{
	double s = 0;
	for (size_t j = 0; j < dim; j++)
		s += (double)x[j] * x[j];
	if (s > 0) {
		double r = 1.0 / sqrt(s);
		for (size_t j = 0; j < dim; j++)
			x[j] = (float)(x[j] * r);
	}
}

struct vecclass_assign_job {
	const struct vecclass_points *p;
	const float *c;
	size_t k;
	uint32_t *a;
	size_t *moved;		/* per block */
};

/* Assigns block b of the points to their nearest centroids (a pool's
 * work: blocks write apart). */
static void *vecclass_assign(size_t b, size_t worker, void *ctx)
{
	(void)worker;
	struct vecclass_assign_job *j = ctx;
	const struct vecclass_points *p = j->p;
	size_t to = (b + 1) * VECCLASS_BLOCK < p->n ? (b + 1) * VECCLASS_BLOCK : p->n;
	j->moved[b] = 0;
	for (size_t i = b * VECCLASS_BLOCK; i < to; i++) {
		const float *xi = p->x + i * p->dim;
		uint32_t best = 0;
		float bv = -INFINITY;
		for (size_t k = 0; k < j->k; k++) {
			float s = vecclass_dot(xi, j->c + k * p->dim, p->dim);
			if (s > bv) {
				bv = s;
				best = (uint32_t)k;
			}
		}
		if (j->a[i] != best)
			j->moved[b]++;
		j->a[i] = best;
	}
	return NULL;
}

static uint64_t vecclass_next(uint64_t *r)
{
	*r ^= *r << 13;
	*r ^= *r >> 7;
	*r ^= *r << 17;
	return *r;
}

/* Picks k seeds among the points into c, as k-means++ does: the first at
 * random, each next one with odds in proportion to its squared distance
 * (2 - 2 cos for unit rows) from the nearest seed so far. */
static void vecclass_seeds(const struct vecclass_points *p, size_t k, uint64_t *r, float *c)
{
	size_t dim = p->dim;
	double *d = xmalloc(p->n * sizeof *d);
	size_t pick = (size_t)(vecclass_next(r) % p->n);
	for (size_t s = 0;; s++) {
		memcpy(c + s * dim, p->x + pick * dim, dim * sizeof *c);
		if (s + 1 == k)
			break;
		double total = 0;
		for (size_t i = 0; i < p->n; i++) {
			double dist = 2.0 - 2.0 * vecclass_dot(p->x + i * dim, c + s * dim, dim);
			if (dist < 0)
				dist = 0;
			if (s == 0 || dist < d[i])
				d[i] = dist;
			total += d[i];
		}
		/* 53 random bits give the point in [0, total). */
		double at = (double)(vecclass_next(r) >> 11) / 9007199254740992.0 * total;
		pick = p->n - 1;
		for (size_t i = 0; i < p->n; i++) {
			if (at < d[i]) {
				pick = i;
				break;
			}
			at -= d[i];
		}
	}
	free(d);
}

/* Clusters the points into k classes, into a[0..n). */
static void vecclass_kmeans(const struct vecclass_points *p, size_t k, int iterations, uint64_t seed, uint32_t *a)
{
	size_t dim = p->dim;
	float *c = xmalloc(k * dim * sizeof *c);
	double *acc = xmalloc(k * dim * sizeof *acc);
	uint64_t r = seed * 0x9E3779B97F4A7C15ull + 88172645463325252ull;
	vecclass_seeds(p, k, &r, c);
	for (size_t i = 0; i < p->n; i++)
		a[i] = UINT32_MAX;
	size_t blocks = (p->n + VECCLASS_BLOCK - 1) / VECCLASS_BLOCK;
	size_t *moved_in = xmalloc(blocks * sizeof *moved_in);
	struct vecclass_assign_job job = { p, c, k, a, moved_in };
	for (int it = 0; it < iterations; it++) {
		pool_run(blocks, pool_workers(blocks), vecclass_assign, NULL, NULL, &job);
		size_t moved = 0;
		for (size_t b = 0; b < blocks; b++)
			moved += moved_in[b];
		memset(acc, 0, k * dim * sizeof *acc);
		for (size_t i = 0; i < p->n; i++)
			for (size_t j = 0; j < dim; j++)
				acc[a[i] * dim + j] += p->x[i * dim + j];
		/* A class left empty keeps its centroid. */
		for (size_t i = 0; i < k; i++) {
			double s = 0;
			for (size_t j = 0; j < dim; j++)
				s += acc[i * dim + j] * acc[i * dim + j];
			double len = sqrt(s);
			if (s > 0)
				for (size_t j = 0; j < dim; j++)
					c[i * dim + j] = (float)(acc[i * dim + j] / len);
		}
		fprintf(stderr, VECCLASS_PROG ": %zu classes, iteration %d: %zu moved\n", k, it + 1, moved);
		if (it > 0 && moved < p->n / 2000)
			break;
	}
	free(moved_in);
	free(acc);
	free(c);
}

static int vecclass_has_letter(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* Reads VECTORS.txt into words and points; returns 0, or -1 with a
 * message. */
static int vecclass_read(const char *path, char ***wordsp, struct vecclass_points *p)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, VECCLASS_PROG ": %s: %s\n", path, strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0, lineno = 0, rows = 0, rowcap = 0, dim = 0, pdim = 0;
	ssize_t len;
	char **words = NULL;
	float *x = NULL;
	int rc = 0;
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		char *save = NULL, *w = strtok_r(line, " \t\r\n", &save);
		if (!w || !vecclass_has_letter(w))
			continue;
		if (rows == rowcap) {
			rowcap = rowcap ? rowcap * 2 : 4096;
			words = xrealloc(words, rowcap * sizeof *words);
			if (pdim)
				x = xrealloc(x, rowcap * pdim * sizeof *x);
		}
		float v[1024];
		size_t d = 0;
		for (char *t; (t = strtok_r(NULL, " \t\r\n", &save));) {
			char *end;
			errno = 0;
			float y = strtof(t, &end);
			if (*end || errno || d == 1024 || !isfinite(y)) {
				fprintf(stderr, VECCLASS_PROG ": %s:%zu: not a number or too many: '%s'\n", path, lineno, t);
				rc = -1;
				goto out;
			}
			v[d++] = y;
		}
		if (!dim) {
			dim = d;
			pdim = (d + VECCLASS_LANES - 1) / VECCLASS_LANES * VECCLASS_LANES;
			x = xrealloc(x, rowcap * pdim * sizeof *x);
		}
		if (d != dim || !d) {
			fprintf(stderr, VECCLASS_PROG ": %s:%zu: %zu numbers where the first line had %zu\n", path, lineno, d, dim);
			rc = -1;
			goto out;
		}
		words[rows] = xstrdup(w);
		memset(x + rows * pdim, 0, pdim * sizeof *x);
		memcpy(x + rows * pdim, v, d * sizeof *x);
		vecclass_normalize(x + rows * pdim, pdim);
		rows++;
	}
	if (ferror(f)) {
		fprintf(stderr, VECCLASS_PROG ": %s: %s\n", path, strerror(errno));
		rc = -1;
	} else if (!rows) {
		fprintf(stderr, VECCLASS_PROG ": %s: no word with a vector\n", path);
		rc = -1;
	}
out:
	free(line);
	fclose(f);
	*wordsp = words;
	*p = (struct vecclass_points){ x, rows, pdim };
	return rc;
}

/* --show: the classes of words in a table. */
static int vecclass_show(const char *path, char **words, int n)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, VECCLASS_PROG ": %s: %s\n", path, strerror(errno));
		return 1;
	}
	size_t len = 0, cap = 1 << 20;
	unsigned char *t = xmalloc(cap);	/* malloc's alignment serves the table's */
	size_t got;
	while ((got = fread(t + len, 1, cap - len, f)) > 0)
		if ((len += got) == cap)
			t = xrealloc(t, cap *= 2);
	int bad = ferror(f);
	fclose(f);
	unsigned cls[TAGGER_VECCLASS_LEVELS];
	if (bad || tagger_vecclass(t, len, "", 0, cls) < 0) {
		fprintf(stderr, VECCLASS_PROG ": %s: %s\n", path, bad ? strerror(errno) : "not a table of vector classes");
		free(t);
		return 1;
	}
	for (int i = 0; i < n; i++) {
		printf("%s", words[i]);
		if (tagger_vecclass(t, len, words[i], strlen(words[i]), cls) == 1)
			for (int l = 0; l < TAGGER_VECCLASS_LEVELS; l++)
				printf("\t%u", cls[l]);
		else
			printf("\t-");
		printf("\n");
	}
	free(t);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "--show") == 0)
		return vecclass_show(argv[2], argv + 3, argc - 3);
	size_t k[TAGGER_VECCLASS_LEVELS] = { 4096, 1024, 256, 64 }, nk = 0;
	int iterations = 20;
	uint64_t seed = 1;
	const char *out = NULL, *in = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
			seed = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--classes") == 0 && i + 1 < argc && nk < TAGGER_VECCLASS_LEVELS)
			k[nk++] = strtoul(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--iterations") == 0 && i + 1 < argc)
			iterations = atoi(argv[++i]);
		else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
			out = argv[++i];
		else if (argv[i][0] == '-' || in) {
			vecclass_usage();
			return 1;
		} else
			in = argv[i];
	}
	if (!out || !in || iterations < 1 || (nk && nk != TAGGER_VECCLASS_LEVELS)) {
		if (nk && nk != TAGGER_VECCLASS_LEVELS)
			fprintf(stderr, VECCLASS_PROG ": give --classes %d times, finest first, or not at all\n",
				TAGGER_VECCLASS_LEVELS);
		vecclass_usage();
		return 1;
	}
	for (size_t l = 0; l < TAGGER_VECCLASS_LEVELS; l++)
		if (k[l] < 2 || k[l] > TAGGER_VECCLASS_MAX) {
			fprintf(stderr, VECCLASS_PROG ": --classes %zu: must be from 2 to %d\n", k[l], TAGGER_VECCLASS_MAX);
			return 1;
		}
	char **words;
	struct vecclass_points p;
	if (vecclass_read(in, &words, &p) != 0)
		return 1;
	uint32_t ncls[TAGGER_VECCLASS_LEVELS];
	uint16_t *cls = xmalloc(p.n * TAGGER_VECCLASS_LEVELS * sizeof *cls);
	uint32_t *a = xmalloc(p.n * sizeof *a);
	for (size_t l = 0; l < TAGGER_VECCLASS_LEVELS; l++) {
		if (p.n < k[l]) {
			fprintf(stderr, VECCLASS_PROG ": %s: %zu words for %zu classes\n", in, p.n, k[l]);
			return 1;
		}
		vecclass_kmeans(&p, k[l], iterations, seed + l, a);
		for (size_t i = 0; i < p.n; i++)
			cls[i * TAGGER_VECCLASS_LEVELS + l] = (uint16_t)a[i];
		ncls[l] = (uint32_t)k[l];
	}
	size_t len;
	unsigned char *table = tagger_vecclass_pack((const char *const *)words, cls, p.n, ncls, &len);
	if (!table) {
		fprintf(stderr, VECCLASS_PROG ": %s: two words share a fingerprint; the table was not written\n", in);
		return 1;
	}
	char *tmp = xmalloc(strlen(out) + 5);
	sprintf(tmp, "%s.tmp", out);
	FILE *f = fopen(tmp, "wb");
	if (!f || fwrite(table, 1, len, f) != len || fclose(f) != 0 || rename(tmp, out) != 0) {
		fprintf(stderr, VECCLASS_PROG ": %s: %s\n", out, strerror(errno));
		return 1;
	}
	fprintf(stderr, VECCLASS_PROG ": wrote %s: %zu words (%zu bytes)\n", out, p.n, len);
	free(tmp);
	free(table);
	free(a);
	free(cls);
	for (size_t i = 0; i < p.n; i++)
		free(words[i]);
	free(words);
	free(p.x);
	return 0;
}
