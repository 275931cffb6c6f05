/* crossread-train: trains the named-entity tagger's model (an averaged
 * perceptron over the features of src/tagger.c) on a CoNLL-2003 file and
 * writes src/model/ner.model.
 *
 *   crossread-train [--iterations N] [--runs N] [--out FILE] [--seed N] TRAIN.conll [DEV.conll...]
 *                                        --runs N: the mean of N perceptrons,
 *                                        each visiting the sentences in its
 *                                        own order (seeds seed..seed+N-1):
 *                                        steadier than any one of them
 *   crossread-train [--model M] [--dump OUT] --eval DEV.conll
 *                                        scores the built-in model (or M);
 *                                        OUT gets word, gold and predicted
 *                                        tag a line, for error analysis
 *   crossread-train [--model M] --speed FILE.conll   times it
 *   crossread-train [--model M] --repeat N FILE.conll
 *                                        tags FILE N times, nothing else
 *
 * Every DEV file is scored after every epoch (CoNLL dev and the Worldwide
 * outlets held out, say: the second stops improving before the first).
 *
 * CoNLL files: one token a line, the word in column 1 and the IOB tag in
 * the last column; blank lines end sentences, -DOCSTART- lines documents.
 *
 * Training is deterministic: integer weights and updates, sentences visited
 * in an order drawn from a fixed seed, no dependence on time or addresses;
 * two runs write the same bytes. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ner.h"
#include "tagger.h"
#include "token.h"
#include "xmalloc.h"

enum { T = TAGGER_NTAGS, F = TAGGER_NFEAT };

struct sent {
	size_t tok;	/* index of its first token */
	size_t n;	/* tokens */
	size_t doc;	/* its document */
};

struct corpus {
	char *text;			/* the file, words NUL-terminated in place */
	struct tagger_token *toks;
	unsigned char *gold;
	size_t ntoks, cap_toks;
	struct sent *sents;
	size_t nsents, cap_sents;
	size_t ndocs;
	size_t *doc_first;		/* first sentence of each document, ndocs + 1 entries */
	size_t bytes;			/* text as sentences of space-separated tokens */
	char **recased;			/* buffers the tokens of headlines point into */
	size_t nrecased, cap_recased;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int parse_tag(const char *s)
{
	if (strcmp(s, "O") == 0)
		return 0;
	if ((s[0] != 'B' && s[0] != 'I') || s[1] != '-')
		return -1;
	for (int t = 0; t < TAGGER_NTYPES; t++)
		if (strcmp(s + 2, tagger_type_name((enum tagger_type)t)) == 0)
			return s[0] == 'B' ? TAGGER_B(t) : TAGGER_I(t);
	return -1;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "crossread-train: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	size_t cap = 1 << 20, n = 0;
	char *buf = xmalloc(cap);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (n + 1 == cap)
			buf = xrealloc(buf, cap *= 2);
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static void end_sentence(struct corpus *c, size_t *start)
{
	if (c->ntoks > *start) {
		c->sents = xgrow(c->sents, &c->cap_sents, c->nsents + 1, sizeof *c->sents);
		c->sents[c->nsents++] = (struct sent){ *start, c->ntoks - *start, c->ndocs ? c->ndocs - 1 : 0 };
		c->bytes += 1;	/* the line break */
		for (size_t i = *start; i < c->ntoks; i++)
			c->bytes += c->toks[i].n + (i > *start);
	}
	*start = c->ntoks;
}

/* Reads each document's headlines as the recognizer does at run time
 * (ner_truecase_tokens): the document as text, a sentence a line, so that
 * the model learns from what it will be given. */
static void corpus_recase(struct corpus *c)
{
	for (size_t d = 0; d < c->ndocs; d++) {
		size_t s0 = c->doc_first[d], s1 = c->doc_first[d + 1];
		if (s0 >= s1)
			continue;
		size_t t0 = c->sents[s0].tok, t1 = c->sents[s1 - 1].tok + c->sents[s1 - 1].n, len = 0;
		for (size_t k = t0; k < t1; k++)
			len += c->toks[k].n + 1;
		char *text = xmalloc(len + 1);
		struct token_list l = { 0 };
		l.v = xmalloc((t1 - t0 ? t1 - t0 : 1) * sizeof *l.v);
		l.cap = t1 - t0;
		size_t o = 0;
		for (size_t s = s0; s < s1; s++)
			for (size_t i = 0; i < c->sents[s].n; i++) {
				const struct tagger_token *tk = &c->toks[c->sents[s].tok + i];
				memcpy(text + o, tk->s, tk->n);
				l.v[l.n].start = o;
				l.v[l.n].end = o + tk->n;
				l.v[l.n].flags = i == 0 ? TOKEN_SENT_START | TOKEN_LINE_START : 0;
				l.n++;
				o += tk->n;
				text[o++] = i + 1 < c->sents[s].n ? ' ' : '\n';
			}
		text[o] = '\0';
		struct tagger_token *tt = xmalloc((l.n ? l.n : 1) * sizeof *tt);
		for (size_t k = 0; k < l.n; k++)
			tt[k] = c->toks[t0 + k];
		char *buf = ner_truecase_tokens(text, &l, tt);
		if (buf) {
			/* The words read otherwise point into buf: keep it. */
			for (size_t k = 0; k < l.n; k++)
				c->toks[t0 + k] = tt[k];
			c->recased = xgrow(c->recased, &c->cap_recased, c->nrecased + 1, sizeof *c->recased);
			c->recased[c->nrecased++] = buf;
		}
		free(tt);
		free(l.v);
		free(text);
	}
}

static void corpus_read(struct corpus *c, const char *path)
{
	memset(c, 0, sizeof *c);
	size_t len;
	c->text = read_file(path, &len);
	size_t start = 0;
	size_t cap_docs = 0, cap_gold = 0;
	char *p = c->text, *end = c->text + len;
	int lineno = 0;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *le = nl ? nl : end;
		*le = '\0';
		lineno++;
		if (le > p && le[-1] == '\r')
			le[-1] = '\0';
		if (*p == '\0') {
			end_sentence(c, &start);
		} else if (strncmp(p, "-DOCSTART-", 10) == 0) {
			end_sentence(c, &start);
			c->doc_first = xgrow(c->doc_first, &cap_docs, c->ndocs + 2, sizeof *c->doc_first);
			c->doc_first[c->ndocs++] = c->nsents;
		} else {
			if (c->ndocs == 0) {
				c->doc_first = xgrow(c->doc_first, &cap_docs, 2, sizeof *c->doc_first);
				c->doc_first[c->ndocs++] = 0;
			}
			char *sp = strchr(p, ' ');
			char *last = strrchr(p, ' ');
			if (!sp) {
				fprintf(stderr, "crossread-train: %s:%d: no tag\n", path, lineno);
				exit(1);
			}
			*sp = '\0';
			int tag = parse_tag(last + 1);
			if (tag < 0) {
				fprintf(stderr, "crossread-train: %s:%d: bad tag %s\n", path, lineno, last + 1);
				exit(1);
			}
			c->toks = xgrow(c->toks, &c->cap_toks, c->ntoks + 1, sizeof *c->toks);
			c->gold = xgrow(c->gold, &cap_gold, c->ntoks + 1, 1);
			c->toks[c->ntoks] = (struct tagger_token){ p, (size_t)(sp - p) };
			c->gold[c->ntoks] = (unsigned char)tag;
			c->ntoks++;
		}
		p = le + 1;
	}
	end_sentence(c, &start);
	if (c->ndocs == 0) {
		c->doc_first = xmalloc(2 * sizeof *c->doc_first);
		c->doc_first[c->ndocs++] = 0;
	}
	c->doc_first[c->ndocs] = c->nsents;
	corpus_recase(c);
	/* IOB1 input (I- at a start) becomes IOB2. */
	for (size_t s = 0; s < c->nsents; s++)
		for (size_t i = 0; i < c->sents[s].n; i++) {
			unsigned char *g = c->gold + c->sents[s].tok;
			if (TAGGER_IS_I(g[i]) && (i == 0 || g[i - 1] == 0 || TAGGER_TYPE(g[i - 1]) != TAGGER_TYPE(g[i])))
				g[i] = (unsigned char)TAGGER_B(TAGGER_TYPE(g[i]));
		}
}

/* The document memory of document `doc`. */
static struct tagger_doc *corpus_doc(const struct corpus *c, size_t doc)
{
	struct tagger_doc *d = tagger_doc_new();
	for (size_t s = c->doc_first[doc]; s < c->doc_first[doc + 1]; s++)
		tagger_doc_add(d, c->toks + c->sents[s].tok, c->sents[s].n);
	return d;
}

/* The sentence starts of document `doc`, from its first token; their
 * count in *ns, the first token in *t0, the tokens in *nt. */
static size_t *doc_sents(const struct corpus *c, size_t doc, size_t *ns, size_t *t0, size_t *nt)
{
	size_t s0 = c->doc_first[doc], s1 = c->doc_first[doc + 1];
	size_t *sent = xmalloc((s1 > s0 ? s1 - s0 : 1) * sizeof *sent);
	*t0 = s1 > s0 ? c->sents[s0].tok : 0;
	*nt = s1 > s0 ? c->sents[s1 - 1].tok + c->sents[s1 - 1].n - *t0 : 0;
	for (size_t s = s0; s < s1; s++)
		sent[s - s0] = c->sents[s].tok - *t0;
	*ns = s1 - s0;
	return sent;
}

/* Tags document `doc` as the recognizer does (tagger_tag_document); out
 * is indexed like c->toks. */
static int tag_doc(const struct corpus *c, size_t doc, unsigned char *out)
{
	size_t ns, t0, nt;
	size_t *sent = doc_sents(c, doc, &ns, &t0, &nt);
	int r = tagger_tag_document(c->toks + t0, nt, sent, ns, out + t0, NULL);
	free(sent);
	return r;
}

/* --- Scoring (conlleval: exact spans, per type) ---------------------------- */

struct counts {
	long tp[TAGGER_NTYPES], fp[TAGGER_NTYPES], fn[TAGGER_NTYPES];
};

struct span {
	size_t a, b;
	int type;
};

static size_t spans(const unsigned char *tags, size_t n, struct span *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		if (tags[i] == 0) {
			i++;
			continue;
		}
		int type = TAGGER_TYPE(tags[i]);
		size_t j = i + 1;
		while (j < n && TAGGER_IS_I(tags[j]) && TAGGER_TYPE(tags[j]) == type)
			j++;
		out[k++] = (struct span){ i, j, type };
		i = j;
	}
	return k;
}

static void count_sentence(struct counts *c, const unsigned char *gold, const unsigned char *pred, size_t n,
			   struct span *sg, struct span *sp)
{
	size_t ng = spans(gold, n, sg), np = spans(pred, n, sp);
	size_t i = 0, j = 0;
	while (i < ng || j < np) {
		if (i < ng && j < np && sg[i].a == sp[j].a && sg[i].b == sp[j].b && sg[i].type == sp[j].type) {
			c->tp[sg[i].type]++;
			i++;
			j++;
		} else if (j >= np || (i < ng && (sg[i].a < sp[j].a || (sg[i].a == sp[j].a && sg[i].b <= sp[j].b)))) {
			c->fn[sg[i].type]++;
			i++;
		} else {
			c->fp[sp[j].type]++;
			j++;
		}
	}
}

static double f1(long tp, long fp, long fn, double *p, double *r)
{
	*p = tp + fp ? 100.0 * (double)tp / (double)(tp + fp) : 0;
	*r = tp + fn ? 100.0 * (double)tp / (double)(tp + fn) : 0;
	return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static double report(const struct counts *c, const char *indent)
{
	long TP = 0, FP = 0, FN = 0;
	double p, r, f;
	for (int t = 0; t < TAGGER_NTYPES; t++) {
		f = f1(c->tp[t], c->fp[t], c->fn[t], &p, &r);
		printf("%s%-7s P %5.2f  R %5.2f  F1 %5.2f  (tp %ld fp %ld fn %ld)\n", indent,
		       tagger_type_name((enum tagger_type)t), p, r, f, c->tp[t], c->fp[t], c->fn[t]);
		TP += c->tp[t];
		FP += c->fp[t];
		FN += c->fn[t];
	}
	f = f1(TP, FP, FN, &p, &r);
	printf("%s%-7s P %5.2f  R %5.2f  F1 %5.2f  (tp %ld fp %ld fn %ld)\n", indent, "overall", p, r, f, TP, FP, FN);
	fflush(stdout);
	return f;
}

/* Where --dump writes the tags. */
static FILE *eval_dump;

/* Tags the corpus with the tagger's current model, a document at a time
 * as the recognizer does, and counts. */
static double evaluate(const struct corpus *c, const char *indent)
{
	struct counts cnt;
	memset(&cnt, 0, sizeof cnt);
	size_t maxn = 1;
	for (size_t s = 0; s < c->nsents; s++)
		if (c->sents[s].n > maxn)
			maxn = c->sents[s].n;
	struct span *sg = xmalloc(maxn * sizeof *sg), *sp = xmalloc(maxn * sizeof *sp);
	unsigned char *all = xmalloc(c->ntoks + 1);
	for (size_t d = 0; d < c->ndocs; d++) {
		if (tag_doc(c, d, all) != 0) {
			fprintf(stderr, "crossread-train: no model\n");
			exit(1);
		}
		for (size_t s = c->doc_first[d]; s < c->doc_first[d + 1]; s++) {
			const struct sent *st = &c->sents[s];
			count_sentence(&cnt, c->gold + st->tok, all + st->tok, st->n, sg, sp);
			if (eval_dump) {
				/* word, gold tag, predicted tag: for error analysis */
				for (size_t t = 0; t < st->n; t++)
					fprintf(eval_dump, "%.*s %u %u\n", (int)c->toks[st->tok + t].n,
						c->toks[st->tok + t].s, c->gold[st->tok + t], all[st->tok + t]);
				fprintf(eval_dump, "\n");
			}
		}
	}
	free(all);
	free(sg);
	free(sp);
	return report(&cnt, indent);
}

/* --- Training -------------------------------------------------------------- */

struct perceptron {
	int32_t *w;		/* [NBUCKETS * T] then [(T + 1) * T] transitions */
	int64_t *u;		/* sum of step * update, for averaging */
	int64_t step;
	size_t size;
};

static void decode(const struct perceptron *m, const uint32_t *feat, size_t n, int64_t *score, unsigned char *back,
		   unsigned char *out)
{
	const int32_t *w = m->w, *tr = m->w + (size_t)TAGGER_NBUCKETS * T;
	for (size_t i = 0; i < n; i++) {
		int64_t *s = score + i * T;
		for (int y = 0; y < T; y++)
			s[y] = 0;
		for (int j = 0; j < F; j++) {
			const int32_t *r = w + (size_t)feat[i * F + j] * T;
			for (int y = 0; y < T; y++)
				s[y] += r[y];
		}
	}
	int64_t cur[T], nxt[T];
	for (int y = 0; y < T; y++)
		cur[y] = tagger_allowed(T, (unsigned)y) ? score[y] + tr[T * T + y] : INT64_MIN / 4;
	for (size_t i = 1; i < n; i++) {
		for (int y = 0; y < T; y++) {
			int64_t best = INT64_MIN;
			int bj = 0;
			for (int x = 0; x < T; x++) {
				if (!tagger_allowed((unsigned)x, (unsigned)y))
					continue;
				int64_t v = cur[x] + tr[x * T + y];
				if (v > best) {
					best = v;
					bj = x;
				}
			}
			nxt[y] = best + score[i * T + y];
			back[i * T + y] = (unsigned char)bj;
		}
		memcpy(cur, nxt, sizeof cur);
	}
	int by = 0;
	for (int y = 1; y < T; y++)
		if (cur[y] > cur[by])
			by = y;
	for (size_t i = n; i-- > 0;) {
		out[i] = (unsigned char)by;
		if (i > 0)
			by = back[i * T + by];
	}
}

static inline void upd(struct perceptron *m, size_t idx, int32_t delta)
{
	m->w[idx] += delta;
	m->u[idx] += m->step * delta;
}

static void update(struct perceptron *m, const uint32_t *feat, size_t n, const unsigned char *gold,
		   const unsigned char *pred)
{
	size_t trans = (size_t)TAGGER_NBUCKETS * T;
	for (size_t i = 0; i < n; i++) {
		if (gold[i] != pred[i])
			for (int j = 0; j < F; j++) {
				/* No weight is learned for an absent feature. */
				if (feat[i * F + j] == TAGGER_NULL_BUCKET)
					continue;
				size_t b = (size_t)feat[i * F + j] * T;
				upd(m, b + gold[i], 1);
				upd(m, b + pred[i], -1);
			}
		unsigned gp = i ? gold[i - 1] : T, pp = i ? pred[i - 1] : T;
		if (gp != pp || gold[i] != pred[i]) {
			upd(m, trans + gp * T + gold[i], 1);
			upd(m, trans + pp * T + pred[i], -1);
		}
	}
}

static void put16(unsigned char *o, size_t k, double q)
{
	long v = (long)(q < 0 ? q - 0.5 : q + 0.5);
	if (v > 32767)
		v = 32767;
	if (v < -32767)
		v = -32767;
	uint16_t u = (uint16_t)(int16_t)v;
	o[2 * k] = (unsigned char)u;
	o[2 * k + 1] = (unsigned char)(u >> 8);
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

/* Adds the averaged weights of m, times `share`, to sum[0..m->size): the
 * emission weights relative to tag O's, then the transitions. */
static void trainer_add_average(const struct perceptron *m, double share, double *sum)
{
	double c = (double)m->step;
	for (size_t b = 0; b < TAGGER_NBUCKETS; b++) {
		double o = (double)m->w[b * T] - (double)m->u[b * T] / c;
		for (int y = 0; y < T; y++) {
			size_t i = b * T + (size_t)y;
			sum[i] += share * ((double)m->w[i] - (double)m->u[i] / c - o);
		}
	}
	for (size_t i = (size_t)TAGGER_NBUCKETS * T; i < m->size; i++)
		sum[i] += share * ((double)m->w[i] - (double)m->u[i] / c);
}

/* Weights as trainer_add_average sums them, quantised, as a model file
 * (see tagger.h). */
static unsigned char *trainer_quantise(const double *avg, size_t nw, size_t *len)
{
	size_t trans = (size_t)TAGGER_NBUCKETS * T;
	double maxabs = 0;
	for (size_t i = 0; i < nw; i++) {
		double a = avg[i] < 0 ? -avg[i] : avg[i];
		if (a > maxabs)
			maxabs = a;
	}
	double scale = maxabs > 0 ? maxabs / 32767.0 : 1.0;
	*len = TAGGER_MODEL_SIZE;
	unsigned char *buf = xcalloc(1, *len);
	memcpy(buf, TAGGER_MAGIC, 8);
	put32(buf + 8, TAGGER_FEATURE_VERSION);
	put32(buf + 12, TAGGER_NBUCKETS);
	put32(buf + 16, T);
	float fs = (float)scale;
	uint32_t fb;
	memcpy(&fb, &fs, 4);
	put32(buf + 20, fb);
	unsigned char *o = buf + TAGGER_HEADER_SIZE;
	size_t k = 0;
	for (size_t i = 0; i < (size_t)(T + 1) * T; i++)
		put16(o, k++, avg[trans + i] / scale);
	k = TAGGER_TRANS_SLOTS;
	for (size_t b = 0; b < TAGGER_NBUCKETS; b++)
		for (int y = 1; y < T; y++)
			put16(o, k++, avg[b * T + (size_t)y] / scale);
	return buf;
}

/* The averaged weights of m, quantised, as a model file; with `prior`
 * (the summed weights of earlier runs, `runs` of them), their mean with
 * m's. */
static unsigned char *model_bytes(const struct perceptron *m, const double *prior, int runs, size_t *len)
{
	double *avg = xcalloc(m->size, sizeof *avg);
	if (prior)
		for (size_t i = 0; i < m->size; i++)
			avg[i] = prior[i] / (runs + 1);
	trainer_add_average(m, 1.0 / (runs + 1), avg);
	unsigned char *buf = trainer_quantise(avg, m->size, len);
	free(avg);
	return buf;
}

/* A fixed pseudo-random sequence (splitmix64). */
static uint64_t rng_next(uint64_t *s)
{
	uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static void usage(void)
{
	fprintf(stderr, "usage: crossread-train [--iterations N] [--runs N] [--out FILE] [--seed N] TRAIN.conll [DEV.conll...]\n"
			"       crossread-train [--model FILE] [--dump OUT] --eval DEV.conll\n"
			"       crossread-train [--model FILE] --speed FILE.conll\n"
			"       crossread-train [--model FILE] --repeat N FILE.conll\n");
	exit(2);
}

/* Reads a corpus to tag with the built-in model; 0 if there is none. */
static int read_with_model(struct corpus *c, const char *path)
{
	if (!tagger_has_model()) {
		printf("crossread-train: no model is built in (run make model)\n");
		return 0;
	}
	corpus_read(c, path);
	return 1;
}

static int do_eval(const char *path)
{
	struct corpus c;
	if (!read_with_model(&c, path))
		return 1;
	printf("%s: %zu documents, %zu sentences, %zu tokens\n", path, c.ndocs, c.nsents, c.ntoks);
	evaluate(&c, "  ");
	return 0;
}

static int do_speed(const char *path)
{
	struct corpus c;
	if (!read_with_model(&c, path))
		return 1;
	unsigned char *pred = xmalloc(c.ntoks + 1);
	/* Warm up, then time whole passes over the file for about a second. */
	double best_tag = 1e9, best_all = 1e9, best_doc = 1e9;
	unsigned long sink = 0;
	for (int rep = 0; rep < 5; rep++) {
		double t0 = now();
		for (size_t s = 0; s < c.nsents; s++)
			tagger_tag(NULL, c.toks + c.sents[s].tok, c.sents[s].n, pred + c.sents[s].tok);
		double t1 = now();
		for (size_t d = 0; d < c.ndocs; d++) {
			struct tagger_doc *doc = corpus_doc(&c, d);
			for (size_t s = c.doc_first[d]; s < c.doc_first[d + 1]; s++)
				tagger_tag(doc, c.toks + c.sents[s].tok, c.sents[s].n, pred + c.sents[s].tok);
			tagger_doc_free(doc);
		}
		double t2 = now();
		for (size_t d = 0; d < c.ndocs; d++)
			tag_doc(&c, d, pred);
		double t3 = now();
		if (t3 - t2 < best_doc)
			best_doc = t3 - t2;
		for (size_t i = 0; i < c.ntoks; i++)
			sink += pred[i];
		if (t1 - t0 < best_tag)
			best_tag = t1 - t0;
		if (t2 - t1 < best_all)
			best_all = t2 - t1;
	}
	double mb = (double)c.bytes / 1e6;
	printf("%s: %.2f MB of text, %zu tokens (checksum %lu)\n", path, mb, c.ntoks, sink);
	printf("tagging without document memory: %.1f MB/s (%.0f ns a token)\n", mb / best_tag,
	       best_tag * 1e9 / (double)c.ntoks);
	printf("tagging with document memory (two passes): %.1f MB/s (%.0f ns a token)\n", mb / best_all,
	       best_all * 1e9 / (double)c.ntoks);
	printf("tagging documents as the recognizer does (tagger_tag_document): %.1f MB/s (%.0f ns a token)\n",
	       mb / best_doc, best_doc * 1e9 / (double)c.ntoks);
	return 0;
}

int main(int argc, char **argv)
{
	int iterations = 15, runs = 1;
	const char *out = "src/model/ner.model";
	uint64_t seed = 20240601;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
		if (strcmp(argv[i], "--iterations") == 0 && i + 1 < argc)
			iterations = atoi(argv[++i]);
		else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
			out = argv[++i];
		else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
			seed = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
			/* --eval and --speed with a model file, not the built-in one. */
			size_t len;
			char *mb = read_file(argv[++i], &len);
			if (tagger_use_model(mb, len) != 0) {
				fprintf(stderr, "crossread-train: %s: not a model of these features\n", argv[i]);
				return 1;
			}
		} else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
			eval_dump = fopen(argv[++i], "w");
			if (!eval_dump) {
				fprintf(stderr, "crossread-train: %s: %s\n", argv[i], strerror(errno));
				return 1;
			}
		} else if (strcmp(argv[i], "--eval") == 0 && i + 1 < argc)
			return do_eval(argv[i + 1]);
		else if (strcmp(argv[i], "--repeat") == 0 && i + 2 < argc) {
			/* Tags FILE's documents N times, nothing else: for
			 * timing by the CPU time of the process, or counting
			 * instructions under valgrind. */
			struct corpus c;
			int n = atoi(argv[i + 1]);
			if (!read_with_model(&c, argv[i + 2]))
				return 1;
			unsigned char *pred = xmalloc(c.ntoks + 1);
			for (int r = 0; r < n; r++)
				for (size_t d = 0; d < c.ndocs; d++)
					tag_doc(&c, d, pred);
			return 0;
		} else if (strcmp(argv[i], "--speed") == 0 && i + 1 < argc)
			return do_speed(argv[i + 1]);
		else
			usage();
	}
	if (argc - i < 1 || argc - i > 9 || iterations < 1 || runs < 1 || runs > 64)
		usage();
	double t0 = now();
	struct corpus train, dev[8];
	corpus_read(&train, argv[i]);
	int have_dev = argc - i - 1;
	const char **dev_name = (const char **)argv + i + 1;
	for (int k = 0; k < have_dev; k++)
		corpus_read(&dev[k], dev_name[k]);
	printf("train: %zu documents, %zu sentences, %zu tokens\n", train.ndocs, train.nsents, train.ntoks);
	for (int k = 0; k < have_dev; k++)
		printf("dev %s: %zu documents, %zu sentences, %zu tokens\n", dev_name[k], dev[k].ndocs, dev[k].nsents,
		       dev[k].ntoks);

	/* Features of every training token, computed once. */
	uint32_t *feat = xmalloc(train.ntoks * F * sizeof *feat);
	for (size_t d = 0; d < train.ndocs; d++) {
		struct tagger_doc *doc = corpus_doc(&train, d);
		for (size_t s = train.doc_first[d]; s < train.doc_first[d + 1]; s++)
			tagger_features(doc, train.toks + train.sents[s].tok, train.sents[s].n,
					feat + train.sents[s].tok * F);
		tagger_doc_free(doc);
	}
	printf("features: %d a token, %u buckets, %.1f s\n", F, TAGGER_NBUCKETS, now() - t0);
	fflush(stdout);

	struct perceptron m;
	m.size = (size_t)TAGGER_NBUCKETS * T + (size_t)(T + 1) * T;
	m.w = xcalloc(m.size, sizeof *m.w);
	m.u = xcalloc(m.size, sizeof *m.u);
	/* The sum of the averaged weights of the runs done (--runs). */
	double *prior = runs > 1 ? xcalloc(m.size, sizeof *prior) : NULL;
	size_t maxn = 1;
	for (size_t s = 0; s < train.nsents; s++)
		if (train.sents[s].n > maxn)
			maxn = train.sents[s].n;
	int64_t *score = xmalloc(maxn * T * sizeof *score);
	unsigned char *back = xmalloc(maxn * T), *pred = xmalloc(maxn);
	size_t *order = xmalloc(train.nsents * sizeof *order);
	unsigned char *bytes = NULL;
	size_t nbytes = 0;
	for (int run = 0; run < runs; run++) {
	/* Each run visits the sentences in its own order (seed + run); the
	 * model is the mean of the runs' averaged weights. */
	memset(m.w, 0, m.size * sizeof *m.w);
	memset(m.u, 0, m.size * sizeof *m.u);
	m.step = 1;
	for (size_t s = 0; s < train.nsents; s++)
		order[s] = s;
	uint64_t rng = seed + (uint64_t)run;
	if (runs > 1)
		printf("run %d of %d (seed %llu)\n", run + 1, runs, (unsigned long long)(seed + (uint64_t)run));
	for (int it = 1; it <= iterations; it++) {
		double te = now();
		for (size_t s = train.nsents; s > 1; s--) {
			size_t j = (size_t)(rng_next(&rng) % s);
			size_t tmp = order[s - 1];
			order[s - 1] = order[j];
			order[j] = tmp;
		}
		long tok_err = 0, sent_err = 0;
		for (size_t k = 0; k < train.nsents; k++) {
			const struct sent *st = &train.sents[order[k]];
			const uint32_t *f = feat + st->tok * F;
			const unsigned char *g = train.gold + st->tok;
			decode(&m, f, st->n, score, back, pred);
			int wrong = 0;
			for (size_t t = 0; t < st->n; t++)
				if (pred[t] != g[t]) {
					tok_err++;
					wrong = 1;
				}
			if (wrong) {
				sent_err++;
				update(&m, f, st->n, g, pred);
			}
			m.step++;
		}
		printf("epoch %d: %ld token errors (%.2f%%), %ld sentence errors, %.1f s\n", it, tok_err,
		       100.0 * (double)tok_err / (double)train.ntoks, sent_err, now() - te);
		fflush(stdout);
		if (have_dev || it == iterations) {
			free(bytes);
			bytes = model_bytes(&m, prior, run, &nbytes);
			if (tagger_use_model(bytes, nbytes) != 0) {
				fprintf(stderr, "crossread-train: the model written is malformed\n");
				return 1;
			}
			for (int k = 0; k < have_dev; k++) {
				double tv = now();
				printf("  %s after epoch %d:\n", dev_name[k], it);
				evaluate(&dev[k], "    ");
				printf("  (scored in %.1f s)\n", now() - tv);
			}
		}
	}
	if (prior)
		trainer_add_average(&m, 1.0, prior);
	}
	FILE *fo = fopen(out, "wb");
	if (!fo || fwrite(bytes, 1, nbytes, fo) != nbytes || fclose(fo) != 0) {
		fprintf(stderr, "crossread-train: %s: %s\n", out, strerror(errno));
		return 1;
	}
	printf("wrote %s (%zu bytes) in %.1f s\n", out, nbytes, now() - t0);
	return 0;
}
