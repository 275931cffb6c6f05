/* crossread-wordclass: builds word classes from unlabeled text, for the
 * named-entity tagger to use as features the way Ratinov & Roth (2009) use
 * Brown clusters: words seen in the same contexts (team names, first names,
 * surnames, countries, months, company suffixes) end up in the same class,
 * so that the tagger generalizes from the words it was trained on to words
 * it only saw in plain text.
 *
 *   crossread-wordclass --classes K [--classes K2 ...] [--min-count N]
 *                       [--iterations I] --out FILE INPUT...
 *
 * An INPUT is a file or a directory (read recursively, hidden entries left
 * out, files in sorted path order). A .conll file, or a .txt file whose
 * first line is -DOCSTART-, is read as CoNLL: the first column of each line
 * is a token, blank lines end sentences, -DOCSTART- lines are skipped. Any
 * other file is plain text, split at blank lines into paragraphs and
 * tokenized by token_split (src/token.c), so that the words are the ones
 * the tagger sees at run time.
 *
 * The clustering is the exchange algorithm for a class bigram model
 * (Kneser & Ney 1993; Martin, Liebermann & Ney 1998): every word seen at
 * least N times (default 3) has a class, case-sensitive; words seen fewer
 * times share one fixed class, and so do sentence boundaries. Each pass
 * visits the words in frequency order and moves each to the class that
 * most raises the likelihood of the corpus bigrams, P(w|v) =
 * P(class(w)|class(v)) P(w|class(w)). Classes start as frequency rank
 * modulo K. One clustering is made for each --classes value.
 *
 * The output is deterministic: no time, addresses, hash order or threads
 * reach it, the logarithms are computed with plain IEEE arithmetic (not the
 * C library, whose last bit may vary between machines), and ties go to the
 * word's present class, else the lowest class. FILE is a '#' header line,
 * then "word<TAB>class<TAB>class..." for every word with a class, in byte
 * order of the words; classes are numbered in the order their most frequent
 * members appear in frequency order (class 0 holds the most frequent word).
 * The result does not depend on the order of the inputs. */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "token.h"
#include "xmalloc.h"

#define WORDCLASS_PROG "crossread-wordclass"
#define WORDCLASS_MAX_K 4096		/* a K*K count matrix still fits in memory */
#define WORDCLASS_MAX_RUNS 16		/* --classes values */
#define WORDCLASS_MAX_DEPTH 64		/* directory nesting (symlink loops) */
#define WORDCLASS_TABLE (1u << 20)	/* n log n precomputed below this */
#define WORDCLASS_BOUNDARY UINT32_MAX	/* a sentence boundary in the raw stream */

/* A word type read: its bytes and how often it was seen. */
struct wordclass_entry {
	size_t off;
	uint32_t len;
	uint64_t count;
};

/* The word types read so far and the text as a stream of their ids. */
struct wordclass_reader {
	char *bytes;			/* every type's bytes, back to back */
	size_t nbytes, cap_bytes;
	struct wordclass_entry *type;	/* by id, in order of first sight */
	size_t ntypes, cap_types;
	uint32_t *slot;			/* hash table: type + 1, 0 for empty */
	size_t nslots;
	uint32_t *stream;		/* type ids and WORDCLASS_BOUNDARY */
	size_t nstream, cap_stream;
	uint64_t tokens;
	size_t files, conll_files;
};

/* The corpus as the clustering needs it: words in frequency order, then
 * the rare-word type and the boundary type, and their bigram counts. */
struct wordclass_corpus {
	uint32_t nwords;		/* words with a class: ids 0..nwords-1 */
	uint32_t ntypes;		/* nwords + 2: the rare type, the boundary */
	const char **word;		/* bytes of each word (not NUL-terminated) */
	uint32_t *wlen;
	uint64_t *count;		/* per type, as the right side of a bigram */
	size_t *succ_off;		/* type -> its successors [succ_off[t], succ_off[t+1]) */
	uint32_t *succ_to, *succ_n;
	size_t *pred_off;		/* type -> its predecessors */
	uint32_t *pred_from, *pred_n;
	uint64_t tokens, bigrams, types_read;
};

/* One exchange-algorithm clustering in progress. */
struct wordclass_model {
	int K;				/* movable classes 0..K-1 */
	int C;				/* K + 2: the rare class K, the boundary class K+1 */
	int32_t *cls;			/* type -> class */
	uint32_t *size;			/* class -> words in it */
	int32_t *N;			/* N[a*C+b]: bigrams from class a to class b */
	int32_t *NT;			/* the transpose, for contiguous columns */
	int64_t *Nl, *Nr;		/* bigrams with the class on the left, right */
	int32_t *R, *L;			/* the visited word's successors, predecessors by class */
	int32_t *nzR, *nzL;		/* classes where R, L are nonzero */
	int nR, nL;
	int32_t self;			/* the word followed by itself */
	double *gain;			/* per candidate class */
};

static double *wordclass_xlogx_table;

/* Reports a fatal error about `what` (a file, an option) and exits. */
static void wordclass_die(const char *what, const char *msg)
{
	fprintf(stderr, "%s: %s: %s\n", WORDCLASS_PROG, what, msg);
	exit(1);
}

/* Seconds on a monotonic clock, for the progress lines (never the output). */
static double wordclass_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* --- Deterministic logarithms ---------------------------------------------- */

/* Natural log from +, -, *, / only, so that every IEEE machine computes the
 * same bits (libm's log may differ in the last bit between CPUs). */
static double wordclass_log(double x)
{
	int e;
	double m = frexp(x, &e);	/* x = m * 2^e, m in [0.5, 1), exact */
	if (m < 0.70710678118654752440) {
		m *= 2;
		e--;
	}
	/* log m = 2 atanh(s), s = (m-1)/(m+1), |s| < 0.172: 14 terms suffice. */
	double s = (m - 1) / (m + 1), s2 = s * s, p = 1.0 / 27;
	for (int i = 25; i >= 1; i -= 2)
		p = p * s2 + 1.0 / i;
	return e * 0.69314718055994530942 + 2 * s * p;
}

/* n log n, the term every likelihood change is made of. */
static double wordclass_xlogx_slow(int64_t n)
{
	return n > 0 ? (double)n * wordclass_log((double)n) : 0;
}

/* Precomputes n log n for small n, the counts the inner loop meets most. */
static void wordclass_xlogx_init(void)
{
	wordclass_xlogx_table = xmalloc(WORDCLASS_TABLE * sizeof *wordclass_xlogx_table);
	for (uint32_t n = 0; n < WORDCLASS_TABLE; n++)
		wordclass_xlogx_table[n] = wordclass_xlogx_slow(n);
}

/* n log n from the table when it is there. */
static inline double wordclass_xlogx(int64_t n)
{
	return n < WORDCLASS_TABLE ? wordclass_xlogx_table[n] : wordclass_xlogx_slow(n);
}

/* --- Reading --------------------------------------------------------------- */

/* FNV-1a: cheap and good enough for words; only lookups depend on it. */
static uint64_t wordclass_hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211u;
	}
	return h;
}

/* Doubles the hash table and reinserts every type, to keep probes short. */
static void wordclass_rehash(struct wordclass_reader *r)
{
	size_t n = r->nslots ? r->nslots * 2 : 1u << 16;
	uint32_t *slot = xcalloc(n, sizeof *slot);
	for (size_t t = 0; t < r->ntypes; t++) {
		size_t i = wordclass_hash(r->bytes + r->type[t].off, r->type[t].len) & (n - 1);
		while (slot[i])
			i = (i + 1) & (n - 1);
		slot[i] = (uint32_t)t + 1;
	}
	free(r->slot);
	r->slot = slot;
	r->nslots = n;
}

/* The id of the type s[0..n), added if new. */
static uint32_t wordclass_intern(struct wordclass_reader *r, const char *s, size_t n)
{
	if (2 * (r->ntypes + 1) > r->nslots)
		wordclass_rehash(r);
	size_t i = wordclass_hash(s, n) & (r->nslots - 1);
	for (; r->slot[i]; i = (i + 1) & (r->nslots - 1)) {
		size_t t = r->slot[i] - 1;
		if (r->type[t].len == n && memcmp(r->bytes + r->type[t].off, s, n) == 0)
			return (uint32_t)t;
	}
	if (r->ntypes >= UINT32_MAX / 2 || n > UINT32_MAX / 2)
		wordclass_die("input", "too many word types");
	size_t t = r->ntypes++;
	r->type = xgrow(r->type, &r->cap_types, r->ntypes, sizeof *r->type);
	r->bytes = xgrow(r->bytes, &r->cap_bytes, r->nbytes + n, 1);
	memcpy(r->bytes + r->nbytes, s, n);
	r->type[t] = (struct wordclass_entry){ r->nbytes, (uint32_t)n, 0 };
	r->nbytes += n;
	r->slot[i] = (uint32_t)t + 1;
	return (uint32_t)t;
}

/* Appends one id (or a boundary) to the token stream. */
static void wordclass_push(struct wordclass_reader *r, uint32_t id)
{
	r->stream = xgrow(r->stream, &r->cap_stream, r->nstream + 1, sizeof *r->stream);
	r->stream[r->nstream++] = id;
}

/* Ends a sentence: one boundary between sentences, none doubled. */
static void wordclass_boundary(struct wordclass_reader *r)
{
	if (r->nstream == 0 || r->stream[r->nstream - 1] != WORDCLASS_BOUNDARY)
		wordclass_push(r, WORDCLASS_BOUNDARY);
}

/* Counts one token s[0..n) and appends it to the stream. */
static void wordclass_token(struct wordclass_reader *r, const char *s, size_t n)
{
	if (n == 0)
		return;
	uint32_t t = wordclass_intern(r, s, n);
	r->type[t].count++;
	wordclass_push(r, t);
	r->tokens++;
}

/* Reads a whole file; the caller frees it. */
static char *wordclass_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		wordclass_die(path, strerror(errno));
	size_t cap = 1 << 16, n = 0, got;
	char *buf = xmalloc(cap);
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap)
			buf = xgrow(buf, &cap, cap + 1, 1);
	}
	if (ferror(f)) {
		int err = errno;
		fclose(f);
		wordclass_die(path, err ? strerror(err) : "read error");
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Whether byte c separates columns and words (NUL too: damaged files). */
static int wordclass_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == '\0';
}

/* Whether s ends with the suffix suf. */
static int wordclass_ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Whether a file is CoNLL: .conll, or .txt whose first line is -DOCSTART-
 * (the Reuters stories are .txt too, and plain text). */
static int wordclass_is_conll(const char *path, const char *text, size_t len)
{
	if (wordclass_ends_with(path, ".conll"))
		return 1;
	if (!wordclass_ends_with(path, ".txt"))
		return 0;
	return len >= 10 && memcmp(text, "-DOCSTART-", 10) == 0 && (len == 10 || wordclass_is_space(text[10]));
}

/* Reads CoNLL: the first column of each line is a token; blank lines and
 * -DOCSTART- lines end sentences. */
static void wordclass_read_conll(struct wordclass_reader *r, const char *text, size_t len)
{
	size_t i = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		size_t a = i;
		while (a < e && wordclass_is_space(text[a]))
			a++;
		size_t b = a;
		while (b < e && !wordclass_is_space(text[b]))
			b++;
		if (a == e || (b - a == 10 && memcmp(text + a, "-DOCSTART-", 10) == 0))
			wordclass_boundary(r);
		else
			wordclass_token(r, text + a, b - a);
		i = e + 1;
	}
	wordclass_boundary(r);
}

/* Whether text[a..e) holds only white space: a paragraph break. */
static int wordclass_is_blank(const char *text, size_t a, size_t e)
{
	for (size_t i = a; i < e; i++)
		if (!wordclass_is_space(text[i]))
			return 0;
	return 1;
}

/* Tokenizes one paragraph as the tagger does at run time. */
static void wordclass_read_paragraph(struct wordclass_reader *r, const char *p, size_t n, struct token_list *list)
{
	list->n = 0;
	token_split(p, 0, n, list);
	for (size_t k = 0; k < list->n; k++) {
		if (list->v[k].flags & TOKEN_SENT_START)
			wordclass_boundary(r);
		wordclass_token(r, p + list->v[k].start, list->v[k].end - list->v[k].start);
	}
	wordclass_boundary(r);
}

/* Reads plain text: paragraphs between blank lines, each tokenized. */
static void wordclass_read_text(struct wordclass_reader *r, const char *text, size_t len, struct token_list *list)
{
	size_t i = 0, para = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		if (wordclass_is_blank(text, i, e)) {
			if (i > para)
				wordclass_read_paragraph(r, text + para, i - para, list);
			para = e + 1;
		}
		i = e + 1;
	}
	if (len > para)
		wordclass_read_paragraph(r, text + para, len - para, list);
}

/* Reads one file as CoNLL or as text. */
static void wordclass_read_file(struct wordclass_reader *r, const char *path, struct token_list *list)
{
	size_t len;
	char *text = wordclass_slurp(path, &len);
	if (wordclass_is_conll(path, text, len)) {
		wordclass_read_conll(r, text, len);
		r->conll_files++;
	} else {
		wordclass_read_text(r, text, len, list);
	}
	r->files++;
	free(text);
}

/* A growing list of file paths. */
struct wordclass_paths {
	char **v;
	size_t n, cap;
};

/* Orders paths by their bytes, for a traversal that does not depend on the
 * file system's directory order. */
static int wordclass_path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds path, or every file under it if it is a directory. */
static void wordclass_collect(struct wordclass_paths *ps, const char *path, int depth)
{
	struct stat st;
	if (stat(path, &st) != 0)
		wordclass_die(path, strerror(errno));
	if (!S_ISDIR(st.st_mode)) {
		ps->v = xgrow(ps->v, &ps->cap, ps->n + 1, sizeof *ps->v);
		ps->v[ps->n++] = xstrdup(path);
		return;
	}
	if (depth >= WORDCLASS_MAX_DEPTH)
		wordclass_die(path, "directories nested too deep");
	DIR *dir = opendir(path);
	if (!dir)
		wordclass_die(path, strerror(errno));
	struct dirent *de;
	size_t plen = strlen(path);
	while ((errno = 0, de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		size_t nlen = strlen(de->d_name);
		char *sub = xmalloc(plen + nlen + 2);
		memcpy(sub, path, plen);
		size_t k = plen;
		if (k == 0 || sub[k - 1] != '/')
			sub[k++] = '/';
		memcpy(sub + k, de->d_name, nlen + 1);
		wordclass_collect(ps, sub, depth + 1);
		free(sub);
	}
	if (errno)
		wordclass_die(path, strerror(errno));
	closedir(dir);
}

/* --- The corpus -------------------------------------------------------------- */

/* A word type with what ranking it needs. */
struct wordclass_type {
	const char *s;
	uint32_t len, id;
	uint64_t count;
};

/* Byte order of two words, shorter first on a common prefix. */
static int wordclass_bytes_cmp(const char *a, uint32_t na, const char *b, uint32_t nb)
{
	int c = memcmp(a, b, na < nb ? na : nb);
	return c ? c : (na > nb) - (na < nb);
}

/* Frequency order: more frequent first, ties in byte order. */
static int wordclass_rank_cmp(const void *pa, const void *pb)
{
	const struct wordclass_type *a = pa, *b = pb;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return wordclass_bytes_cmp(a->s, a->len, b->s, b->len);
}

/* Sorts 64-bit keys of `bits` bits (LSD radix, 11 bits a pass), the bigrams
 * being too many for qsort to be quick. */
static void wordclass_radix_sort(uint64_t *key, size_t n, int bits)
{
	uint64_t *tmp = xmalloc((n ? n : 1) * sizeof *tmp), *src = key, *dst = tmp;
	size_t *cnt = xmalloc(2048 * sizeof *cnt);
	for (int shift = 0; shift < bits; shift += 11) {
		memset(cnt, 0, 2048 * sizeof *cnt);
		for (size_t i = 0; i < n; i++)
			cnt[(src[i] >> shift) & 2047]++;
		size_t sum = 0;
		for (int d = 0; d < 2048; d++) {
			size_t c = cnt[d];
			cnt[d] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			dst[cnt[(src[i] >> shift) & 2047]++] = src[i];
		uint64_t *swap = src;
		src = dst;
		dst = swap;
	}
	if (src != key)
		memcpy(key, src, n * sizeof *key);
	free(tmp);
	free(cnt);
}

/* Ranks the types: words seen at least min_count times get ids 0..V-1 in
 * frequency order; the others map to the rare type V. Returns the map from
 * reader ids to corpus ids. */
static uint32_t *wordclass_rank(struct wordclass_corpus *c, const struct wordclass_reader *r, uint64_t min_count)
{
	struct wordclass_type *t = xmalloc((r->ntypes ? r->ntypes : 1) * sizeof *t);
	for (size_t i = 0; i < r->ntypes; i++)
		t[i] = (struct wordclass_type){ r->bytes + r->type[i].off, r->type[i].len, (uint32_t)i, r->type[i].count };
	qsort(t, r->ntypes, sizeof *t, wordclass_rank_cmp);
	uint32_t V = 0;
	while (V < r->ntypes && t[V].count >= min_count)
		V++;
	c->nwords = V;
	c->ntypes = V + 2;
	c->types_read = r->ntypes;
	c->word = xmalloc((V ? V : 1) * sizeof *c->word);
	c->wlen = xmalloc((V ? V : 1) * sizeof *c->wlen);
	uint32_t *map = xmalloc((r->ntypes ? r->ntypes : 1) * sizeof *map);
	for (uint32_t i = 0; i < r->ntypes; i++) {
		map[t[i].id] = i < V ? i : V;
		if (i < V) {
			c->word[i] = t[i].s;
			c->wlen[i] = t[i].len;
		}
	}
	free(t);
	return map;
}

/* Builds the successor and predecessor lists from the token stream. */
static void wordclass_bigrams(struct wordclass_corpus *c, const struct wordclass_reader *r, const uint32_t *map)
{
	uint32_t T = c->ntypes, boundary = T - 1;
	int bits = 1;
	while ((1ull << bits) < T)
		bits++;
	size_t n = r->nstream > 0 ? r->nstream - 1 : 0;
	uint64_t *key = xmalloc((n ? n : 1) * sizeof *key);
	for (size_t i = 0; i < n; i++) {
		uint32_t a = r->stream[i], b = r->stream[i + 1];
		a = a == WORDCLASS_BOUNDARY ? boundary : map[a];
		b = b == WORDCLASS_BOUNDARY ? boundary : map[b];
		key[i] = (uint64_t)a << bits | b;
	}
	wordclass_radix_sort(key, n, 2 * bits);
	c->bigrams = n;
	c->count = xcalloc(T, sizeof *c->count);
	c->succ_off = xcalloc(T + 1, sizeof *c->succ_off);
	c->pred_off = xcalloc(T + 1, sizeof *c->pred_off);
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || key[i] != key[i - 1])
			u++;
	c->succ_to = xmalloc((u ? u : 1) * sizeof *c->succ_to);
	c->succ_n = xmalloc((u ? u : 1) * sizeof *c->succ_n);
	c->pred_from = xmalloc((u ? u : 1) * sizeof *c->pred_from);
	c->pred_n = xmalloc((u ? u : 1) * sizeof *c->pred_n);
	uint32_t *from = xmalloc((u ? u : 1) * sizeof *from);
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && key[j] == key[i])
			j++;
		uint32_t a = (uint32_t)(key[i] >> bits), b = (uint32_t)(key[i] & ((1ull << bits) - 1));
		from[k] = a;
		c->succ_to[k] = b;
		c->succ_n[k] = (uint32_t)(j - i);
		c->succ_off[a + 1]++;
		c->pred_off[b + 1]++;
		c->count[b] += j - i;
		k++;
		i = j;
	}
	free(key);
	for (uint32_t t = 0; t < T; t++) {
		c->succ_off[t + 1] += c->succ_off[t];
		c->pred_off[t + 1] += c->pred_off[t];
	}
	/* Predecessor lists by a stable counting sort on the right word. */
	size_t *fill = xmalloc((T + 1) * sizeof *fill);
	memcpy(fill, c->pred_off, (T + 1) * sizeof *fill);
	for (size_t i = 0; i < u; i++) {
		size_t at = fill[c->succ_to[i]]++;
		c->pred_from[at] = from[i];
		c->pred_n[at] = c->succ_n[i];
	}
	free(fill);
	free(from);
}

/* Reads every input into the corpus. */
static void wordclass_load(struct wordclass_corpus *c, struct wordclass_reader *r, char **inputs, int ninputs,
			   uint64_t min_count)
{
	struct token_list list = { 0 };
	wordclass_boundary(r);
	for (int i = 0; i < ninputs; i++) {
		struct wordclass_paths ps = { 0 };
		wordclass_collect(&ps, inputs[i], 0);
		if (ps.n > 1)
			qsort(ps.v, ps.n, sizeof *ps.v, wordclass_path_cmp);
		for (size_t k = 0; k < ps.n; k++) {
			wordclass_read_file(r, ps.v[k], &list);
			free(ps.v[k]);
		}
		free(ps.v);
	}
	token_list_free(&list);
	wordclass_boundary(r);
	if (r->tokens >= INT32_MAX / 2)
		wordclass_die("input", "too many tokens (the counts are 32-bit)");
	uint32_t *map = wordclass_rank(c, r, min_count);
	wordclass_bigrams(c, r, map);
	c->tokens = r->tokens;
	free(map);
	free(r->stream);
	r->stream = NULL;
}

/* Frees what reading and counting allocated (the words' bytes are the
 * reader's), so that leak checkers see a clean exit. */
static void wordclass_free(struct wordclass_corpus *c, struct wordclass_reader *r)
{
	free(c->word);
	free(c->wlen);
	free(c->count);
	free(c->succ_off);
	free(c->succ_to);
	free(c->succ_n);
	free(c->pred_off);
	free(c->pred_from);
	free(c->pred_n);
	free(r->bytes);
	free(r->type);
	free(r->slot);
	free(r->stream);
	free(wordclass_xlogx_table);
}

/* --- The exchange algorithm --------------------------------------------------- */

/* Adds n bigrams from class a to class b to both count matrices, which
 * are kept in step so that rows and columns are both contiguous. */
static inline void wordclass_add(struct wordclass_model *m, int a, int b, int32_t n)
{
	size_t C = (size_t)m->C;
	m->N[(size_t)a * C + (size_t)b] += n;
	m->NT[(size_t)b * C + (size_t)a] += n;
}

/* Starts a clustering: rank modulo K, the rare and boundary types apart,
 * and the class bigram counts of that start. */
static void wordclass_model_init(struct wordclass_model *m, const struct wordclass_corpus *c, int K)
{
	memset(m, 0, sizeof *m);
	m->K = K;
	m->C = K + 2;
	size_t C = (size_t)m->C;
	m->cls = xmalloc(c->ntypes * sizeof *m->cls);
	m->size = xcalloc(C, sizeof *m->size);
	for (uint32_t w = 0; w < c->nwords; w++) {
		m->cls[w] = (int32_t)(w % (uint32_t)K);
		m->size[m->cls[w]]++;
	}
	m->cls[c->nwords] = K;
	m->cls[c->nwords + 1] = K + 1;
	m->N = xcalloc(C * C, sizeof *m->N);
	m->NT = xcalloc(C * C, sizeof *m->NT);
	m->Nl = xcalloc(C, sizeof *m->Nl);
	m->Nr = xcalloc(C, sizeof *m->Nr);
	for (uint32_t a = 0; a < c->ntypes; a++)
		for (size_t i = c->succ_off[a]; i < c->succ_off[a + 1]; i++) {
			wordclass_add(m, m->cls[a], m->cls[c->succ_to[i]], (int32_t)c->succ_n[i]);
			m->Nl[m->cls[a]] += c->succ_n[i];
			m->Nr[m->cls[c->succ_to[i]]] += c->succ_n[i];
		}
	m->R = xcalloc(C, sizeof *m->R);
	m->L = xcalloc(C, sizeof *m->L);
	m->nzR = xmalloc(C * sizeof *m->nzR);
	m->nzL = xmalloc(C * sizeof *m->nzL);
	m->gain = xmalloc(C * sizeof *m->gain);
}

/* Frees a clustering's state but its classes, which the caller keeps. */
static void wordclass_model_free(struct wordclass_model *m)
{
	free(m->size);
	free(m->N);
	free(m->NT);
	free(m->Nl);
	free(m->Nr);
	free(m->R);
	free(m->L);
	free(m->nzR);
	free(m->nzL);
	free(m->gain);
}

/* Gathers word w's neighbours by class (R: what follows w, L: what comes
 * before it), its bigrams with itself apart, since those move with it. */
static void wordclass_context(struct wordclass_model *m, const struct wordclass_corpus *c, uint32_t w)
{
	m->nR = m->nL = 0;
	m->self = 0;
	for (size_t i = c->succ_off[w]; i < c->succ_off[w + 1]; i++) {
		uint32_t x = c->succ_to[i];
		if (x == w) {
			m->self += (int32_t)c->succ_n[i];
			continue;
		}
		int32_t d = m->cls[x];
		if (m->R[d] == 0)
			m->nzR[m->nR++] = d;
		m->R[d] += (int32_t)c->succ_n[i];
	}
	for (size_t i = c->pred_off[w]; i < c->pred_off[w + 1]; i++) {
		uint32_t x = c->pred_from[i];
		if (x == w)
			continue;
		int32_t d = m->cls[x];
		if (m->L[d] == 0)
			m->nzL[m->nL++] = d;
		m->L[d] += (int32_t)c->pred_n[i];
	}
}

/* Clears what wordclass_context gathered, touching only what it set. */
static void wordclass_context_clear(struct wordclass_model *m)
{
	for (int i = 0; i < m->nR; i++)
		m->R[m->nzR[i]] = 0;
	for (int i = 0; i < m->nL; i++)
		m->L[m->nzL[i]] = 0;
}

/* Puts word w (count n) into class k (sign 1) or takes it out (sign -1):
 * its bigrams move between the class counts. */
static void wordclass_place(struct wordclass_model *m, uint32_t w, int k, int64_t n, int sign)
{
	for (int i = 0; i < m->nR; i++)
		wordclass_add(m, k, m->nzR[i], sign * m->R[m->nzR[i]]);
	for (int i = 0; i < m->nL; i++)
		wordclass_add(m, m->nzL[i], k, sign * m->L[m->nzL[i]]);
	wordclass_add(m, k, k, sign * m->self);
	m->Nl[k] += sign * n;
	m->Nr[k] += sign * n;
	m->size[k] = (uint32_t)((int64_t)m->size[k] + sign);
	if (sign > 0)
		m->cls[w] = k;
}

/* gain[k] += f(col[k] + r) - f(col[k]) for every class k: the change in
 * sum N log N when r bigrams join one row or column. The hot loop. */
static void wordclass_gain_add(double *restrict gain, const int32_t *restrict col, int K, int32_t r)
{
	const double *T = wordclass_xlogx_table;
	for (int k = 0; k < K; k++) {
		int32_t n = col[k];
		if ((uint32_t)(n + r) < WORDCLASS_TABLE)
			gain[k] += T[n + r] - T[n];
		else
			gain[k] += wordclass_xlogx_slow(n + r) - wordclass_xlogx_slow(n);
	}
}

/* The likelihood gain of putting the word (out of every class now, count
 * n) into each class k: its class bigrams, then the class totals. */
static void wordclass_gains(struct wordclass_model *m, int64_t n)
{
	int K = m->K;
	size_t C = (size_t)m->C;
	for (int k = 0; k < K; k++)
		m->gain[k] = (wordclass_xlogx(m->Nl[k]) - wordclass_xlogx(m->Nl[k] + n)) +
			     (wordclass_xlogx(m->Nr[k]) - wordclass_xlogx(m->Nr[k] + n));
	for (int i = 0; i < m->nR; i++)
		wordclass_gain_add(m->gain, m->NT + (size_t)m->nzR[i] * C, K, m->R[m->nzR[i]]);
	for (int i = 0; i < m->nL; i++)
		wordclass_gain_add(m->gain, m->N + (size_t)m->nzL[i] * C, K, m->L[m->nzL[i]]);
	/* The diagonal was counted as if successors and predecessors in k
	 * arrived apart; they arrive together, with the self bigrams. */
	for (int k = 0; k < K; k++) {
		int64_t d = m->N[(size_t)k * C + (size_t)k], r = m->R[k], l = m->L[k];
		m->gain[k] += wordclass_xlogx(d + r + l + m->self) - wordclass_xlogx(d + r) -
			      wordclass_xlogx(d + l) + wordclass_xlogx(d);
	}
}

/* Moves word w to its best class; returns whether it moved. A class never
 * loses its last word; ties keep the present class, else the lowest. */
static int wordclass_visit(struct wordclass_model *m, const struct wordclass_corpus *c, uint32_t w)
{
	int from = m->cls[w];
	if (m->size[from] <= 1)
		return 0;
	int64_t n = (int64_t)c->count[w];
	wordclass_context(m, c, w);
	wordclass_place(m, w, from, n, -1);
	wordclass_gains(m, n);
	int best = from;
	for (int k = 0; k < m->K; k++)
		if (m->gain[k] > m->gain[best])
			best = k;
	wordclass_place(m, w, best, n, 1);
	wordclass_context_clear(m);
	return best != from;
}

/* The class bigram model's cross-entropy on the corpus bigrams in bits a
 * bigram (log2 of its perplexity), to watch the passes converge; plain
 * arithmetic, as it goes into the output's header. */
static double wordclass_entropy(const struct wordclass_model *m, const struct wordclass_corpus *c)
{
	double ll = 0;
	size_t C = (size_t)m->C;
	for (size_t i = 0; i < C * C; i++)
		ll += wordclass_xlogx(m->N[i]);
	for (size_t k = 0; k < C; k++)
		ll -= wordclass_xlogx(m->Nl[k]) + wordclass_xlogx(m->Nr[k]);
	for (uint32_t t = 0; t < c->ntypes; t++)
		ll += wordclass_xlogx((int64_t)c->count[t]);
	return c->bigrams ? -ll / (double)c->bigrams / 0.69314718055994530942 : 0;
}

/* Clusters the words into K classes with `iterations` exchange passes and
 * returns each word's class, renumbered in order of first appearance in
 * frequency order. */
static int32_t *wordclass_cluster(const struct wordclass_corpus *c, int K, int iterations, double *entropy)
{
	struct wordclass_model m;
	double t0 = wordclass_now();
	wordclass_model_init(&m, c, K);
	*entropy = wordclass_entropy(&m, c);
	fprintf(stderr, "%s: %d classes: start: perplexity %.2f\n", WORDCLASS_PROG, K, exp2(*entropy));
	for (int it = 1; it <= iterations; it++) {
		size_t moves = 0;
		for (uint32_t w = 0; w < c->nwords; w++)
			moves += (size_t)wordclass_visit(&m, c, w);
		*entropy = wordclass_entropy(&m, c);
		fprintf(stderr, "%s: %d classes: pass %d: %zu words moved, perplexity %.2f (%.1f s)\n", WORDCLASS_PROG, K,
			it, moves, exp2(*entropy), wordclass_now() - t0);
		if (moves == 0)
			break;
	}
	int32_t *renum = xmalloc((size_t)m.C * sizeof *renum);
	for (int k = 0; k < m.C; k++)
		renum[k] = -1;
	int32_t next = 0;
	for (uint32_t w = 0; w < c->nwords; w++) {
		if (renum[m.cls[w]] < 0)
			renum[m.cls[w]] = next++;
		m.cls[w] = renum[m.cls[w]];
	}
	free(renum);
	wordclass_model_free(&m);
	return m.cls;
}

/* --- Output and options ---------------------------------------------------- */

/* Orders word ids by the words' bytes, for the output. */
static const struct wordclass_corpus *wordclass_sort_corpus;
static int wordclass_word_cmp(const void *pa, const void *pb)
{
	const struct wordclass_corpus *c = wordclass_sort_corpus;
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	return wordclass_bytes_cmp(c->word[a], c->wlen[a], c->word[b], c->wlen[b]);
}

/* What the run was, as the output's header line. */
struct wordclass_run {
	int nk, k[WORDCLASS_MAX_RUNS];
	int64_t min_count;
	int iterations;
	double entropy[WORDCLASS_MAX_RUNS];	/* bits a bigram */
};

/* Writes the classes to path (through path.tmp, so that a failed run
 * leaves no half file behind). */
static void wordclass_write(const char *path, const struct wordclass_corpus *c, int32_t *const *cls,
			    const struct wordclass_run *run)
{
	char *tmp = xmalloc(strlen(path) + 5);
	strcpy(tmp, path);
	strcat(tmp, ".tmp");
	FILE *f = fopen(tmp, "w");
	if (!f)
		wordclass_die(tmp, strerror(errno));
	fprintf(f, "# crossread-wordclass: exchange-algorithm word classes; classes");
	for (int j = 0; j < run->nk; j++)
		fprintf(f, " %d", run->k[j]);
	fprintf(f, "; min-count %lld; iterations %d; %llu tokens, %llu types, %u words; bits a bigram",
		(long long)run->min_count, run->iterations, (unsigned long long)c->tokens,
		(unsigned long long)c->types_read, c->nwords);
	for (int j = 0; j < run->nk; j++)
		fprintf(f, " %.4f", run->entropy[j]);
	fprintf(f, "\n");
	uint32_t *order = xmalloc((c->nwords ? c->nwords : 1) * sizeof *order);
	for (uint32_t w = 0; w < c->nwords; w++)
		order[w] = w;
	wordclass_sort_corpus = c;
	qsort(order, c->nwords, sizeof *order, wordclass_word_cmp);
	for (uint32_t i = 0; i < c->nwords; i++) {
		uint32_t w = order[i];
		fwrite(c->word[w], 1, c->wlen[w], f);
		for (int j = 0; j < run->nk; j++)
			fprintf(f, "\t%d", cls[j][w]);
		fputc('\n', f);
	}
	free(order);
	if (ferror(f) | fclose(f)) {
		remove(tmp);
		wordclass_die(tmp, "write error");
	}
	if (rename(tmp, path) != 0)
		wordclass_die(path, strerror(errno));
	free(tmp);
}

/* Prints how to call the program and exits. */
static void wordclass_usage(void)
{
	fprintf(stderr, "usage: %s --classes K [--classes K2 ...] [--min-count N] [--iterations I] --out FILE INPUT...\n",
		WORDCLASS_PROG);
	exit(2);
}

/* A whole-number option value in [lo, hi], or a clear error. */
static long wordclass_number(const char *opt, const char *s, long lo, long hi)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi) {
		fprintf(stderr, "%s: %s: %s is not a number from %ld to %ld\n", WORDCLASS_PROG, opt, s, lo, hi);
		exit(2);
	}
	return v;
}

/* Reads the options into run and out; returns the index of the first
 * input, or shows the usage if something is missing. */
static int wordclass_options(int argc, char **argv, struct wordclass_run *run, const char **out)
{
	int i = 1;
	while (i < argc && strncmp(argv[i], "--", 2) == 0) {
		const char *opt = argv[i];
		if (strcmp(opt, "--") == 0) {
			i++;
			break;
		}
		if (i + 1 >= argc)
			wordclass_usage();
		const char *val = argv[i + 1];
		if (strcmp(opt, "--classes") == 0) {
			if (run->nk == WORDCLASS_MAX_RUNS)
				wordclass_die(opt, "given too many times");
			run->k[run->nk++] = (int)wordclass_number(opt, val, 2, WORDCLASS_MAX_K);
		} else if (strcmp(opt, "--min-count") == 0) {
			run->min_count = wordclass_number(opt, val, 1, INT32_MAX);
		} else if (strcmp(opt, "--iterations") == 0) {
			run->iterations = (int)wordclass_number(opt, val, 0, 1000);
		} else if (strcmp(opt, "--out") == 0) {
			*out = val;
		} else {
			wordclass_usage();
		}
		i += 2;
	}
	if (run->nk == 0 || !*out || i >= argc)
		wordclass_usage();
	return i;
}

int main(int argc, char **argv)
{
	struct wordclass_run run = { .min_count = 3, .iterations = 10 };
	const char *out = NULL;
	int first = wordclass_options(argc, argv, &run, &out);
	double t0 = wordclass_now();
	wordclass_xlogx_init();
	struct wordclass_reader r = { 0 };
	struct wordclass_corpus c = { 0 };
	wordclass_load(&c, &r, argv + first, argc - first, (uint64_t)run.min_count);
	fprintf(stderr, "%s: %zu files (%zu CoNLL), %llu tokens, %llu types, %u words seen %lld times or more, "
		"%zu distinct bigrams (%.1f s)\n", WORDCLASS_PROG, r.files, r.conll_files, (unsigned long long)c.tokens,
		(unsigned long long)c.types_read, c.nwords, (long long)run.min_count, c.succ_off[c.ntypes],
		wordclass_now() - t0);
	int32_t *cls[WORDCLASS_MAX_RUNS];
	for (int j = 0; j < run.nk; j++)
		cls[j] = wordclass_cluster(&c, run.k[j], run.iterations, &run.entropy[j]);
	wordclass_write(out, &c, cls, &run);
	fprintf(stderr, "%s: wrote %s (%.1f s)\n", WORDCLASS_PROG, out, wordclass_now() - t0);
	for (int j = 0; j < run.nk; j++)
		free(cls[j]);
	wordclass_free(&c, &r);
	return 0;
}
