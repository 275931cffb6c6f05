/* tagger: hashed features, the document memory, Viterbi decoding with the
 * compiled-in model. See tagger.h; the trainer is src/trainer.c.
 *
 * Every feature is a 64-bit hash of (template, value) reduced to one of
 * TAGGER_NBUCKETS buckets; a bucket holds one int16 weight per tag. No
 * strings are built: word hashes are computed once per token (the prefix
 * hashes fall out of the same pass) and combined by mixing. */
/* The scoring loops add rows of eight weights: let GCC vectorize them
 * (clang does at -O2 already). */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("O3")
#endif
#include "tagger.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* AVX2 where the processor has it, chosen as the program runs. */
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TAGGER_AVX2 1
#else
#define TAGGER_AVX2 0
#endif

#include "lexicon.h"
#include "tagger_wc.h"
#include "text.h"
#include "viterbi.h"
#include "xmalloc.h"

/* The model compiled in by src/model_data.S (empty if it was absent). */
extern const char tagger_model_start[];
extern const char tagger_model_end[];

struct tagger_model {
	int32_t trans[(TAGGER_NTAGS + 1) * TAGGER_NTAGS];	/* disallowed moves very low */
	const int16_t *w;	/* [TAGGER_NBUCKETS][TAGGER_NTAGS - 1] */
	float scale;		/* a weight's real value per unit */
	int32_t spread;		/* viterbi_spread(trans) */
};

static struct tagger_model model_builtin, model_given;
static int model_builtin_state;	/* 0 unchecked, 1 good, -1 absent or bad */
static int model_given_set;
/* Changes with the model in use (for the per-thread word caches). */
static uint32_t model_gen = 1;

static const char *type_names[TAGGER_NTYPES] = { "PER", "LOC", "ORG", "MISC" };

const char *tagger_type_name(enum tagger_type type)
{
	return (unsigned)type < TAGGER_NTYPES ? type_names[type] : "?";
}

static uint32_t rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

#define DISALLOWED VITERBI_LOW

static int model_parse(const void *data, size_t n, struct tagger_model *m)
{
	const unsigned char *p = data;
	if (!p || n != TAGGER_MODEL_SIZE || memcmp(p, TAGGER_MAGIC, 8) != 0 ||
	    rd32(p + 8) != TAGGER_FEATURE_VERSION || rd32(p + 12) != TAGGER_NBUCKETS ||
	    rd32(p + 16) != TAGGER_NTAGS)
		return -1;
	/* The weights are read in place: the data is 16-aligned (model_data.S
	 * aligns it; the trainer's buffer comes from malloc) and the machine
	 * little-endian, as every target of this program is. */
	const unsigned char *w = p + TAGGER_HEADER_SIZE + 2 * TAGGER_TRANS_SLOTS;
	if ((uintptr_t)w % 16 != 0)
		return -1;
	const unsigned char *tr = p + TAGGER_HEADER_SIZE;
	for (unsigned a = 0; a <= TAGGER_NTAGS; a++)
		for (unsigned b = 0; b < TAGGER_NTAGS; b++) {
			size_t k = a * TAGGER_NTAGS + b;
			int16_t v = (int16_t)(uint16_t)(tr[2 * k] | tr[2 * k + 1] << 8);
			m->trans[k] = tagger_allowed(a, b) ? v : DISALLOWED;
		}
	m->spread = viterbi_spread(m->trans);
	m->w = (const int16_t *)(const void *)w;
	uint32_t sc = rd32(p + 20);
	memcpy(&m->scale, &sc, sizeof m->scale);
	if (!(m->scale > 0))
		return -1;
	return 0;
}

static void wc_load(void);
static void name_word_first_init(void);

static const struct tagger_model *model_get(void)
{
	wc_load();
	name_word_first_init();
	if (model_given_set)
		return &model_given;
	if (model_builtin_state == 0)
		model_builtin_state = model_parse(tagger_model_start,
						  (size_t)(tagger_model_end - tagger_model_start),
						  &model_builtin) == 0 ? 1 : -1;
	return model_builtin_state > 0 ? &model_builtin : NULL;
}

int tagger_use_model(const void *p, size_t n)
{
	if (!p) {
		model_given_set = 0;
		model_gen++;
		return 0;
	}
	struct tagger_model m;
	if (model_parse(p, n, &m) != 0)
		return -1;
	model_given = m;
	model_given_set = 1;
	model_gen++;
	return 0;
}

int tagger_has_model(void)
{
	return model_get() != NULL;
}

/* --- Hashing ------------------------------------------------------------ */

#define FNV_OFF TAGGER_FNV_OFF
#define FNV_MUL TAGGER_FNV_MUL
#define mix64 tagger_mix64

/* Combines two hashes into one (for conjunctions of features). */
static inline uint64_t hcomb(uint64_t a, uint64_t b)
{
	uint64_t x = a * 0x9E3779B97F4A7C15ull;
	return ((x << 31) | (x >> 33)) ^ b;
}

/* The bucket of value v under template tmpl: one multiplication, keeping
 * the high bits, then a range reduction without division. */
#define BUCKET_KEY(tmpl) ((uint64_t)((tmpl) + 1) * 0xD6E8FEB86659FD93ull)
static inline uint32_t bucket(unsigned tmpl, uint64_t v)
{
	uint64_t h = (v ^ BUCKET_KEY(tmpl)) * 0xC2B2AE3D27D4EB4Full;
	h ^= h >> 29;
	h *= 0x9E3779B97F4A7C15ull;
	return (uint32_t)(((h >> 32) * (uint64_t)TAGGER_NBUCKETS) >> 32);
}


/* --- Tokens ---------------------------------------------------------------- */

/* Word flags. */
#define W_CAP 1u		/* starts with an upper-case letter */
#define W_ALLCAPS 2u		/* has letters, all upper case */
#define W_LOWER 4u		/* has letters, all lower case */
#define W_DIGIT 8u		/* has a digit */
#define W_ALPHA 16u		/* has a letter */
#define W_INITIAL 32u		/* no word before it in the sentence */
#define W_NAME_WORD 64u		/* in lower case, but a word names hold (tagger_name_word) */
#define W_JOINER 128u		/* a hyphen or an apostrophe written apart: - ' \u2019 \u2013 */

struct tok {
	uint64_t raw, low;	/* the word, and lower-cased */
	uint64_t shape, cshape;	/* Xxxx-style shape (cut at 12), and with runs compressed */
	uint64_t pre[4], suf[6];	/* lower-case prefixes of 1-4 bytes, suffixes of 1-6 */
	uint64_t hfirst, hlast;	/* the parts before the first and after the last hyphen */
	uint32_t lex;		/* lexicon phrase code: classes << 2 | 1 (B) or 2 (I); 0 none */
	uint32_t flags;		/* W_* */
	uint32_t len;
	uint32_t cl1, cl2;	/* the word's classes, coarse and fine (WC_NONE: none) */
	uint16_t vc[TAGGER_VECCLASS_LEVELS];	/* its lower-case form's vector classes, finest first */
	uint32_t doc;		/* its document entry's slot + 1 (doc_add_prepared; 0 none) */
};

/* Byte classes. */
#define C_UPPER 1u
#define C_LOWER 2u
#define C_DIGIT 4u
#define C_HYPHEN 8u
#define C_HIGH 16u	/* not ASCII */
static const unsigned char cls_tab[256] = {
	['A' ... 'Z'] = C_UPPER, ['a' ... 'z'] = C_LOWER, ['0' ... '9'] = C_DIGIT,
	['-'] = C_HYPHEN, [0x80 ... 0xFF] = C_HIGH,
};

static inline unsigned char lower_char(unsigned char c)
{
	return cls_tab[c] & C_UPPER ? (unsigned char)(c + 32) : c;
}

static int tagger_name_word(const char *s, size_t n);

/* The end of tok_word with `full`: the prefixes past the word's end, the
 * suffixes, and the parts around hyphens, from the lower-case hash of the
 * whole word and where its first and last hyphen are (firsthy, lasthy;
 * hf the hash before the first). */
static inline void tok_affix_tail(struct tok *k, const char *s, size_t n, uint64_t low, size_t firsthy,
				  size_t lasthy, uint64_t hf)
{
	for (size_t i = n; i < 4; i++)
		k->pre[i] = low + 7;
	/* Suffixes of the lower-cased bytes (ASCII folding only). */
	uint64_t h = FNV_OFF;
	for (size_t k2 = 1; k2 <= 6; k2++) {
		if (k2 > n) {
			k->suf[k2 - 1] = low + 11;
			continue;
		}
		h = (h ^ lower_char((unsigned char)s[n - k2])) * FNV_MUL;
		k->suf[k2 - 1] = h;
	}
	if (firsthy != (size_t)-1 && firsthy > 0 && lasthy + 1 < n) {
		k->hfirst = hf;
		h = FNV_OFF;
		for (size_t i = lasthy + 1; i < n; i++)
			h = (h ^ lower_char((unsigned char)s[i])) * FNV_MUL;
		k->hlast = h;
	} else {
		k->hfirst = k->hlast = 5;
	}
}

/* What tok_word reads of a byte (but for C3 before a Latin-1 letter), in
 * one load rather than three: its lower case, its shape character (X upper,
 * x lower, d digit, else the byte itself; 0 for none: a UTF-8 continuation
 * byte) and its class (C_*; a UTF-8 lead byte is a letter of no case, which
 * the shape takes for lower case). */
#define TOK_BYTE(c)                                                                          \
	((c) >= 'A' && (c) <= 'Z'   ? (uint32_t)((c) + 32) | 'X' << 8 | C_UPPER << 16          \
	 : (c) >= 'a' && (c) <= 'z' ? (uint32_t)(c) | 'x' << 8 | C_LOWER << 16                  \
	 : (c) >= '0' && (c) <= '9' ? (uint32_t)(c) | 'd' << 8 | C_DIGIT << 16                  \
	 : (c) == '-'               ? (uint32_t)(c) | (uint32_t)(c) << 8 | C_HYPHEN << 16       \
	 : (c) < 0x80               ? (uint32_t)(c) | (uint32_t)(c) << 8                        \
	 : (c) < 0xC0               ? (uint32_t)(c) | C_HIGH << 16                              \
				    : (uint32_t)(c) | 'u' << 8 | C_LOWER << 16)
#define TOK_BYTE4(c) TOK_BYTE(c), TOK_BYTE((c) + 1), TOK_BYTE((c) + 2), TOK_BYTE((c) + 3)
#define TOK_BYTE16(c) TOK_BYTE4(c), TOK_BYTE4((c) + 4), TOK_BYTE4((c) + 8), TOK_BYTE4((c) + 12)
#define TOK_BYTE64(c) TOK_BYTE16(c), TOK_BYTE16((c) + 16), TOK_BYTE16((c) + 32), TOK_BYTE16((c) + 48)
static const uint32_t tok_byte[256] = { TOK_BYTE64(0), TOK_BYTE64(64), TOK_BYTE64(128), TOK_BYTE64(192) };

/* Fills the per-word part of *k (not lex, not W_INITIAL); with `full`,
 * the hashes that only features need (affixes, hyphen parts, shapes).
 * Inlined into each caller, so that the memo's (without `full`) does none
 * of the affixes' work. */
static inline __attribute__((always_inline)) void tok_word(struct tok *k, const char *s, size_t n, int full)
{
	uint64_t raw = FNV_OFF, low = FNV_OFF, sh = FNV_OFF, csh = FNV_OFF;
	unsigned shn = 0, any = 0;
	unsigned last = 0;
	size_t firsthy = (size_t)-1, lasthy = (size_t)-1;
	uint64_t hf = FNV_OFF;
	for (size_t i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];
		uint32_t e = tok_byte[c];
		if (c == 0xC3 && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			/* Latin-1 letters after C3: 80-9E upper (but for the
			 * multiplication sign), 9F-BF lower. */
			raw = (raw ^ c) * FNV_MUL;
			low = (low ^ c) * FNV_MUL;
			if (full && i < 4)
				k->pre[i] = low;
			i++;
			c = (unsigned char)s[i];
			e = c <= 0x9E && c != 0x97 ? (c + 0x20) | 'X' << 8 | C_UPPER << 16 : c | 'x' << 8 | C_LOWER << 16;
		} else if (full && (e >> 16 & C_HYPHEN)) {
			if (firsthy == (size_t)-1) {
				firsthy = i;
				hf = low;
			}
			lasthy = i;
		}
		unsigned lc = e & 0xFF, sc = e >> 8 & 0xFF;
		any |= e >> 16;
		raw = (raw ^ c) * FNV_MUL;
		low = (low ^ lc) * FNV_MUL;
		if (full && i < 4)
			k->pre[i] = low;
		if (sc) {
			if (shn < 12)
				sh = (sh ^ sc) * FNV_MUL;
			shn++;
			if (sc != last)
				csh = (csh ^ sc) * FNV_MUL;
			last = sc;
		}
	}
	uint32_t flags = 0;
	if (any & C_DIGIT)
		flags |= W_DIGIT;
	if (any & (C_UPPER | C_LOWER))
		flags |= W_ALPHA;
	if ((any & (C_UPPER | C_LOWER)) == C_UPPER)
		flags |= W_ALLCAPS;
	if ((any & (C_UPPER | C_LOWER)) == C_LOWER)
		flags |= W_LOWER;
	if (n && ((cls_tab[(unsigned char)s[0]] & C_UPPER) ||
		  ((unsigned char)s[0] == 0xC3 && n > 1 && (unsigned char)s[1] >= 0x80 &&
		   (unsigned char)s[1] <= 0x9E && (unsigned char)s[1] != 0x97)))
		flags |= W_CAP;
	/* Told once a word (the memo keeps it), not at each of its tokens. */
	if ((flags & W_LOWER) && tagger_name_word(s, n))
		flags |= W_NAME_WORD;
	if ((n == 1 && (s[0] == '-' || s[0] == '\'')) ||
	    (n == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	     ((unsigned char)s[2] == 0x99 || (unsigned char)s[2] == 0x93)))
		flags |= W_JOINER;
	k->raw = raw;
	k->low = low;
	k->flags = flags;
	k->len = (uint32_t)n;
	k->shape = sh ^ (shn > 12 ? 0x55 : 0);
	k->cshape = csh;
	if (full)
		tok_affix_tail(k, s, n, low, firsthy, lasthy, hf);
}

/* tok_word without `full`, not inlined: for the words missing from the memo. */
static __attribute__((noinline)) void tok_word_part(struct tok *k, const char *s, size_t n)
{
	tok_word(k, s, n, 0);
}

/* The affixes of the word s[0..n) into k (pre, suf, hfirst, hlast) as
 * tok_word with `full` makes them, for a word whose other fields k holds
 * already (tok_word without `full`, or the memo, made them): half the
 * work of tok_word again. tagger_affixes_same checks that they agree. */
static void tok_affixes(struct tok *k, const char *s, size_t n)
{
	uint64_t low = FNV_OFF, hf = FNV_OFF;
	size_t firsthy = (size_t)-1, lasthy = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i], lc = c;
		if (c < 0x80) {
			lc = lower_char(c);
			if (c == '-') {
				if (firsthy == (size_t)-1) {
					firsthy = i;
					hf = low;
				}
				lasthy = i;
			}
		} else if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0xBF) {
			/* As tok_word reads a Latin-1 letter after C3. */
			low = (low ^ c) * FNV_MUL;
			if (i < 4)
				k->pre[i] = low;
			i++;
			c = lc = (unsigned char)s[i];
			if (c <= 0x9E && c != 0x97)
				lc = (unsigned char)(c + 0x20);
		}
		low = (low ^ lc) * FNV_MUL;
		if (i < 4)
			k->pre[i] = low;
	}
	tok_affix_tail(k, s, n, low, firsthy, lasthy, hf);
}

int tagger_affixes_same(const char *s, size_t n)
{
	struct tok full, part;
	memset(&full, 0, sizeof full);
	memset(&part, 0, sizeof part);
	tok_word(&full, s, n, 1);
	tok_word_part(&part, s, n);
	tok_affixes(&part, s, n);
	return memcmp(&full, &part, sizeof full) == 0;
}

/* --- Word classes ------------------------------------------------------------ */

/* Classes of words learned from unlabeled news text (src/model/wordclass.txt,
 * written by crossread-wordclass, made into a table by tagger-wcgen when
 * the program is built, compiled in by src/wctable_data.S): words that
 * stand in the same places, like team names or surnames, share a class,
 * so that what the model learned of one carries to the others. */
extern const struct tagger_wc_head tagger_wctable;

#define WC_NONE TAGGER_WC_NONE

static const struct tagger_wc_entry *wc_table;
static size_t wc_cap;
static int wc_loaded;

static uint64_t wc_hash(const char *s, size_t n)
{
	uint64_t h = FNV_OFF;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * FNV_MUL;
	return h ? h : 1;
}

static const struct tagger_wc_entry *wc_slot(uint64_t key)
{
	return &wc_table[tagger_wc_slot(wc_table, wc_cap, key)];
}

static void vc_check(void);

/* Points at the compiled-in table, once. */
static void wc_load(void)
{
	if (wc_loaded)
		return;
	wc_loaded = 1;
	vc_check();
	if (memcmp(tagger_wctable.magic, TAGGER_WC_MAGIC, sizeof tagger_wctable.magic) != 0)
		return;
	wc_table = (const struct tagger_wc_entry *)(const void *)(&tagger_wctable + 1);
	wc_cap = (size_t)tagger_wctable.cap;
}

/* --- Vector classes --------------------------------------------------------- */

/* Classes of word vectors learned from billions of words of news and
 * encyclopedia text (src/model/vecclass.bin, made by crossread-vecclass,
 * compiled in by src/model_data.S, laid out as tagger.h says): the news
 * the word classes are counted over is too small and too old to place
 * most of the names of today's coverage. */
extern const unsigned char tagger_vecclass_start[];
extern const unsigned char tagger_vecclass_end[];

/* A table checked and ready to read. */
struct vc_view {
	uint32_t cap;
	const uint32_t *fp;
	const uint16_t *cls;
};

static struct vc_view vc;	/* the built-in table; cap 0 if it has none */

/* Checks the table p[0..n) (aligned to 4 bytes) into *v; returns 0, or -1
 * if it is malformed. Without `full` only its header and size are checked
 * (the built-in table, made by tagger_vecclass_pack: reading every slot
 * would bring all its pages in at start-up, and a class is only ever
 * hashed, never an index). */
static int vc_view_of(const unsigned char *p, size_t n, struct vc_view *v, int full)
{
	enum { L = TAGGER_VECCLASS_LEVELS, HEAD = 16 + 4 * L };
	if (n < HEAD || memcmp(p, TAGGER_VECCLASS_MAGIC, 8) != 0)
		return -1;
	uint32_t cap = rd32(p + 8), count = rd32(p + 12), ncls[L];
	if (!cap || (cap & (cap - 1)) || count >= cap || n != HEAD + (size_t)cap * (4 + 2 * L))
		return -1;
	for (int l = 0; l < L; l++)
		if (!(ncls[l] = rd32(p + 16 + 4 * l)) || ncls[l] > TAGGER_VECCLASS_MAX)
			return -1;
	const uint32_t *fp = (const uint32_t *)(const void *)(p + HEAD);
	const uint16_t *cls = (const uint16_t *)(const void *)(p + HEAD + (size_t)cap * 4);
	/* Every class in range, and a free slot to end every search. */
	size_t used = 0;
	for (size_t i = 0; full && i < cap; i++) {
		if (!fp[i])
			continue;
		used++;
		for (int l = 0; l < L; l++)
			if (cls[i * L + (size_t)l] >= ncls[l])
				return -1;
	}
	if (full && used != count)
		return -1;
	*v = (struct vc_view){ cap, fp, cls };
	return 0;
}

/* Checks the built-in table once, with the word classes (wc_load, before
 * any thread tags); a malformed or missing one leaves every word without
 * vector classes. */
static void vc_check(void)
{
	if (vc_view_of(tagger_vecclass_start, (size_t)(tagger_vecclass_end - tagger_vecclass_start), &vc, 0) != 0)
		vc.cap = 0;
}

/* A word's fingerprint in the table: high bits of the hash that also picks
 * its slot, never 0. */
static inline uint32_t vc_fp(uint64_t mixed)
{
	return (uint32_t)(mixed >> 32) | 1u;
}

/* The slot in table v of the word whose lower-case hash is low, or -1. */
static ptrdiff_t vc_find_in(const struct vc_view *v, uint64_t low)
{
	if (!v->cap)
		return -1;
	uint64_t m = mix64(low ? low : 1);
	uint32_t f = vc_fp(m);
	for (size_t i = (size_t)m & (v->cap - 1);; i = (i + 1) & (v->cap - 1)) {
		if (v->fp[i] == f)
			return (ptrdiff_t)i;
		if (!v->fp[i])
			return -1;
	}
}

/* Fills k's vector classes from the built-in table, by its lower-case
 * hash (WC_NONE at every level for a word it lacks). */
static void vc_classes(struct tok *k)
{
	ptrdiff_t i = vc_find_in(&vc, k->low);
	for (int l = 0; l < TAGGER_VECCLASS_LEVELS; l++)
		k->vc[l] = i < 0 ? WC_NONE : vc.cls[(size_t)i * TAGGER_VECCLASS_LEVELS + (size_t)l];
}

unsigned char *tagger_vecclass_pack(const char *const *words, const uint16_t *cls, size_t n, const uint32_t *nclasses,
				    size_t *len)
{
	enum { L = TAGGER_VECCLASS_LEVELS, HEAD = 16 + 4 * L };
	uint32_t cap = 1024;
	while (cap < n + n / 2)
		cap *= 2;
	*len = HEAD + (size_t)cap * (4 + 2 * L);
	unsigned char *t = xcalloc(1, *len);
	memcpy(t, TAGGER_VECCLASS_MAGIC, 8);
	uint32_t head[2 + L] = { cap, (uint32_t)n };
	for (int l = 0; l < L; l++)
		head[2 + l] = nclasses[l];
	for (int i = 0; i < 2 + L; i++)
		for (int b = 0; b < 4; b++)
			t[8 + 4 * i + b] = (unsigned char)(head[i] >> (8 * b));
	unsigned char *fp = t + HEAD, *cl = fp + (size_t)cap * 4;
	for (size_t w = 0; w < n; w++) {
		uint64_t m = mix64(wc_hash(words[w], strlen(words[w])));
		uint32_t f = vc_fp(m);
		size_t i = (size_t)m & (cap - 1);
		for (;; i = (i + 1) & (cap - 1)) {
			uint32_t have = rd32(fp + 4 * i);
			if (!have)
				break;
			if (have == f) {
				free(t);
				return NULL;
			}
		}
		for (int b = 0; b < 4; b++)
			fp[4 * i + b] = (unsigned char)(f >> (8 * b));
		for (int l = 0; l < L; l++) {
			cl[2 * (i * L + (size_t)l)] = (unsigned char)cls[w * L + (size_t)l];
			cl[2 * (i * L + (size_t)l) + 1] = (unsigned char)(cls[w * L + (size_t)l] >> 8);
		}
	}
	return t;
}

int tagger_vecclass(const unsigned char *table, size_t len, const char *s, size_t n, unsigned *cls)
{
	struct vc_view own;
	const struct vc_view *v = &own;
	if (table) {
		if (vc_view_of(table, len, &own, 1) != 0)
			return -1;
	} else {
		wc_load();
		v = &vc;
	}
	uint64_t h = FNV_OFF;
	for (size_t i = 0; i < n; i++)
		h = (h ^ lower_char((unsigned char)s[i])) * FNV_MUL;
	ptrdiff_t i = vc_find_in(v, h ? h : 1);
	if (i < 0)
		return 0;
	for (int l = 0; l < TAGGER_VECCLASS_LEVELS; l++)
		cls[l] = v->cls[(size_t)i * TAGGER_VECCLASS_LEVELS + (size_t)l];
	return 1;
}

/* Classes of recent words, per thread: the table is too big for the
 * cache, and most words come back soon. */
#define WC_CACHE 4096
struct wc_cache {
	uint64_t key;	/* the word's raw hash; 0 empty */
	uint32_t len;
	uint16_t c1, c2;
	uint16_t vc[TAGGER_VECCLASS_LEVELS];
};
static _Thread_local struct wc_cache *wc_cache;

static void wc_lookup(struct tok *k, const char *s, size_t n);

/* The classes of a word: its own, else (a headline's capitals) those of
 * its title-case form, else those of its lower-case form, else none. */
static void wc_classes(struct tok *k, const char *s, size_t n)
{
	k->cl1 = k->cl2 = WC_NONE;
	for (int l = 0; l < TAGGER_VECCLASS_LEVELS; l++)
		k->vc[l] = WC_NONE;
	if (!wc_loaded)
		wc_load(); /* the trainer asks before any model is read */
	if (!wc_cap || !(k->flags & W_ALPHA))
		return;
	if (!wc_cache)
		wc_cache = xthread_calloc(WC_CACHE * sizeof *wc_cache);
	size_t slot = (size_t)(k->raw ^ (k->raw >> 31)) & (WC_CACHE - 1);
	if (wc_cache[slot].key == k->raw && wc_cache[slot].len == k->len && k->raw) {
		k->cl1 = wc_cache[slot].c1;
		k->cl2 = wc_cache[slot].c2;
		memcpy(k->vc, wc_cache[slot].vc, sizeof k->vc);
		return;
	}
	wc_lookup(k, s, n);
	wc_cache[slot].key = k->raw;
	wc_cache[slot].len = k->len;
	wc_cache[slot].c1 = (uint16_t)k->cl1;
	wc_cache[slot].c2 = (uint16_t)k->cl2;
	memcpy(wc_cache[slot].vc, k->vc, sizeof k->vc);
}

static void wc_lookup(struct tok *k, const char *s, size_t n)
{
	const struct tagger_wc_entry *e = wc_slot(k->raw ? k->raw : 1);
	if (!e->key && (k->flags & W_ALLCAPS) && n > 1 && n < 64) {
		char tc[64];
		tc[0] = s[0];
		for (size_t i = 1; i < n; i++)
			tc[i] = (char)lower_char((unsigned char)s[i]);
		e = wc_slot(wc_hash(tc, n));
	}
	if (!e->key)
		e = wc_slot(k->low ? k->low : 1);
	if (e->key) {
		k->cl1 = e->c1;
		k->cl2 = e->c2;
	}
	vc_classes(k);
}

/* --- The document memory --------------------------------------------------- */

/* Document flags of a word (by its lower-case hash). */
#define D_CAP_MID 1u		/* written Xxxx not at the start of a mixed-case sentence */
#define D_LOWER 2u		/* written in lower case */
#define D_CAPS_MID 4u		/* written in capitals in a mixed-case sentence */
#define D_SEQ_FIRST 8u		/* first word of a run of capitalised words */
#define D_SEQ_LAST 16u		/* last word of such a run */
#define D_SEQ_IN 32u		/* inside a run of two or more */
#define D_MANY 64u		/* seen more than once */

/* What the words around a word's runs of capitalised words say of it,
 * anywhere in the document (context aggregation): a name is typed alike
 * throughout a story, and one telling context types its other mentions. */
#define E_TITLE 1u		/* the run follows a title: President Ruto */
#define E_FIRST 2u		/* a first name starts the run before it: William Ruto */
#define E_ORGW 4u		/* another word of the run is an organization word: Smoore Technology */
#define E_IN 8u			/* the run follows "in" or "near" */
#define E_SAID 16u		/* a verb of saying follows the run */

struct doc_entry {
	uint64_t key;	/* lower-case hash; 0 if free */
	uint32_t flags;
	uint32_t ev;	/* E_* */
};

struct tagger_doc {
	struct doc_entry *t;
	size_t cap, count;
	const struct doc_entry *borrowed;	/* a table not to free (tagger_tag_document's) */
	uint32_t *used;		/* if not NULL, the slots filled in the borrowed table */
	size_t borrowed_count;	/* how many it had filled, once left for a bigger one */
};

struct tagger_doc *tagger_doc_new(void)
{
	struct tagger_doc *d = xcalloc(1, sizeof *d);
	d->cap = 256;
	d->t = xcalloc(d->cap, sizeof *d->t);
	return d;
}

void tagger_doc_free(struct tagger_doc *d)
{
	if (!d)
		return;
	if (d->t != d->borrowed)
		free(d->t);
	free(d);
}

static struct doc_entry *doc_slot(struct doc_entry *t, size_t cap, uint64_t k)
{
	/* k is an FNV-1a hash already: its high bits folded in spread it. */
	size_t i = (size_t)(k ^ k >> 29) & (cap - 1);
	/* The word's slot or an empty one, told by one branch, mostly taken:
	 * the test of the empty slot first mispredicted wherever new words
	 * and words seen before mixed. */
	uint64_t key = t[i].key;
	if (text_short_hit((key == k) | (key == 0)))
		return &t[i];
	do
		i = (i + 1) & (cap - 1);
	while (t[i].key && t[i].key != k);
	return &t[i];
}

/* Makes room in d's table for `more` words not in it yet, so that doc_put
 * need not test at each word whether the table is full. */
static void doc_reserve(struct tagger_doc *d, size_t more)
{
	if ((d->count + more) * 2 <= d->cap)
		return;
	size_t ncap = d->cap * 2;
	while ((d->count + more) * 2 > ncap)
		ncap *= 2;
	struct doc_entry *nt = xcalloc(ncap, sizeof *nt);
	for (size_t i = 0; i < d->cap; i++)
		if (d->t[i].key)
			*doc_slot(nt, ncap, d->t[i].key) = d->t[i];
	if (d->t == d->borrowed) {
		/* The slots filled in the borrowed table stay where they were
		 * noted, for the owner to clear. */
		d->borrowed_count = d->count;
		d->used = NULL;
	} else {
		free(d->t);
	}
	d->t = nt;
	d->cap = ncap;
}

/* Notes word k in d's table, which has room for it (doc_reserve);
 * returns its slot. */
static uint32_t doc_put(struct tagger_doc *d, uint64_t k, uint32_t flags, uint32_t ev)
{
	if (k == 0)
		k = 1;
	struct doc_entry *e = doc_slot(d->t, d->cap, k);
	/* Seen before: more than once now (no count kept, to keep the
	 * entries, which tagger_tag_document clears, small). Without a
	 * branch on it, which mispredicted wherever new words and words seen
	 * before mixed: a word seen before is noted again in used (past its
	 * end, which has room for one more) and not counted. */
	uint32_t fresh = e->key == 0;
	e->key = k;
	if (d->used)
		d->used[d->count] = (uint32_t)(e - d->t);
	d->count += fresh;
	e->flags |= flags | (D_MANY & (fresh - 1));
	e->ev |= ev;
	return (uint32_t)(e - d->t);
}

/* Whether the sentence has letters, none of them lower case. */
static int sentence_caps(const struct tok *k, size_t n)
{
	int any = 0;
	for (size_t i = 0; i < n; i++) {
		if (k[i].flags & W_ALPHA) {
			if (!(k[i].flags & W_ALLCAPS))
				return 0;
			any = 1;
		}
	}
	return any;
}

static void doc_add_prepared(struct tagger_doc *d, struct tok *k, size_t n, int caps);

static int prepare(const struct tagger_token *t, size_t n, struct tok *k, int full, const struct tagger_lex *x);

void tagger_doc_add(struct tagger_doc *d, const struct tagger_token *t, size_t n)
{
	if (!d || n == 0)
		return;
	struct tok *k = xmalloc(n * sizeof *k);
	/* As tagger_tag_document does: the words and their lexicon classes. */
	doc_add_prepared(d, k, n, prepare(t, n, k, 0, NULL));
	free(k);
}

/* FNV-1a of a lower-case word, as tok_word's low hash, byte by byte: a
 * constant for the words below. */
#define FNV_BYTE(h, c) (((h) ^ (uint64_t)(c)) * FNV_MUL)
#define H_IN FNV_BYTE(FNV_BYTE(FNV_OFF, 'i'), 'n')
#define H_NEAR FNV_BYTE(FNV_BYTE(FNV_BYTE(FNV_BYTE(FNV_OFF, 'n'), 'e'), 'a'), 'r')

/* The E_* evidence that the words around the run of capitalised words
 * k[a..b) give its word j; orgw: how many of the run's words head
 * organizations or end companies, counted once a run (a run of a page's
 * capitals is not walked again at each of its words). */
static uint32_t doc_run_evidence(const struct tok *k, size_t n, size_t a, size_t b, size_t j, size_t orgw)
{
	uint32_t ev = 0;
	if (a > 0) {
		uint64_t p = k[a - 1].low;
		unsigned pc = k[a - 1].lex >> 2;
		if (pc & LEX_TITLE)
			ev |= E_TITLE;
		if (p == H_IN || p == H_NEAR)
			ev |= E_IN;
	}
	if (j > a && (k[a].lex >> 2 & LEX_TITLE))
		ev |= E_TITLE;
	if (j > a && (k[a].lex >> 2 & LEX_FIRST_NAME))
		ev |= E_FIRST;
	if (orgw > ((k[j].lex >> 2 & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) ? 1u : 0u))
		ev |= E_ORGW;
	if (b < n && (k[b].lex >> 2 & LEX_SPEECH_VERB))
		ev |= E_SAID;
	return ev;
}

/* The document pass over a sentence whose words are already hashed (by
 * prepare, which returned caps); each word's slot in the table goes to
 * its doc (valid while the table does not grow). */
static void doc_add_prepared(struct tagger_doc *d, struct tok *k, size_t n, int caps)
{
	doc_reserve(d, n);
	int seen_word = 0;
	size_t run_a = 0, run_b = 0;	/* the run of capitalised words around i */
	size_t run_orgw = 0;		/* its words that head organizations */
	for (size_t i = 0; i < n; i++) {
		uint32_t f = k[i].flags, df = 0, ev = 0;
		if (!(f & W_ALPHA))
			continue;
		if (!caps && (f & W_LOWER)) {
			/* Most words: no capital, so none of the rest. */
			df = D_LOWER;
		} else if (!caps) {
			if ((f & W_CAP) && !(f & W_ALLCAPS) && seen_word)
				df |= D_CAP_MID;
			if ((f & W_ALLCAPS) && seen_word)
				df |= D_CAPS_MID;
			if ((f & W_CAP) && !(f & W_ALLCAPS)) {
				int prev = i > 0 && (k[i - 1].flags & W_CAP);
				int next = i + 1 < n && (k[i + 1].flags & W_CAP);
				if (!prev && next)
					df |= D_SEQ_FIRST;
				if (prev && !next)
					df |= D_SEQ_LAST;
				if (prev || next)
					df |= D_SEQ_IN;
			}
			if (f & W_CAP) {
				if (i >= run_b) {
					run_a = i;
					for (run_b = i + 1; run_b < n && (k[run_b].flags & W_CAP); run_b++)
						;
					run_orgw = 0;
					for (size_t x = run_a; x < run_b; x++)
						run_orgw += (k[x].lex >> 2 & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) != 0;
				}
				ev = doc_run_evidence(k, n, run_a, run_b, i, run_orgw);
			}
		}
		seen_word = 1;
		k[i].doc = doc_put(d, k[i].low, df, ev) + 1;
	}
}

/* --- Features -------------------------------------------------------------- */

#define BOS 0x1234567ull
#define EOS 0x7654321ull

/* Lexicon classes of lower-case words, by word hash (per thread). */
#define LEX_CACHE 4096
struct lex_cache {
	uint64_t key;
	uint32_t cls;
	uint32_t used;
};
static _Thread_local struct lex_cache *lex_cache;

/* Fills k[i].lex for the sentence: lexicon phrases, longest first, from
 * the left. x, if not NULL, holds the caller's matches of these tokens
 * (struct tagger_lex): a token it knows needs no lookup. */
static void lex_fill(struct tok *k, const struct tagger_token *t, size_t n, const struct tagger_lex *x)
{
	struct lexicon_word stackw[128];
	struct lexicon_word *w = NULL;
	/* Each token's lex is set once, in this one pass. */
	for (size_t i = 0; i < n;) {
		uint32_t f = k[i].flags;
		unsigned alpha = (f & W_ALPHA) != 0;
		if (x && (x[i].known | !alpha)) {
			/* What the tests below make of a known token or one
			 * without a letter (most of them), in bits and masks:
			 * as tests they mispredicted often. Only words with a
			 * letter start a phrase; lower-case ones are looked up
			 * alone. */
			uint32_t lower = (f & W_LOWER) != 0, wc = x[i].word_cls;
			uint32_t cls = (wc & -lower) | (x[i].cls & (lower - 1));
			size_t m = ((wc != 0) & lower) | (x[i].phrase & (lower - 1));
			uint32_t start = alpha & (m != 0) & (cls != 0);
			k[i].lex = (cls << 2 | 1u) & -start;
			if (!(start & (m > 1))) {
				i++;
				continue;
			}
			for (size_t j = i + 1; j < i + m; j++)
				k[j].lex = cls << 2 | 2u;
			i += m;
			continue;
		}
		/* Only words with a letter start a phrase. */
		if (!(k[i].flags & W_ALPHA)) {
			k[i].lex = 0;
			i++;
			continue;
		}
		unsigned cls;
		size_t m;
		if (x && x[i].known) {
			/* Lower-case words are looked up alone, as below. */
			if (k[i].flags & W_LOWER) {
				cls = x[i].word_cls;
				m = cls ? 1 : 0;
			} else {
				cls = x[i].cls;
				m = x[i].phrase;
			}
		} else {
			/* The words are gathered only when a phrase is looked up. */
			if (!w) {
				w = n <= 128 ? stackw : xmalloc(n * sizeof *w);
				for (size_t j = 0; j < n; j++) {
					w[j].s = t[j].s;
					w[j].n = t[j].n;
				}
			}
			if (k[i].flags & W_LOWER) {
				/* Lower-case words (most of them) are looked up
				 * alone, through a cache. */
				if (!lex_cache)
					lex_cache = xthread_calloc(LEX_CACHE * sizeof *lex_cache);
				struct lex_cache *e = &lex_cache[k[i].raw & (LEX_CACHE - 1)];
				if (e->key != k[i].raw || !e->used) {
					e->used = 1;
					e->key = k[i].raw;
					unsigned c;
					e->cls = lexicon_match(&w[i], 1, 0, &c) ? c : 0;
				}
				cls = e->cls;
				m = cls ? 1 : 0;
			} else {
				m = lexicon_match(w, n, i, &cls);
			}
		}
		if (m == 0 || cls == 0) {
			k[i].lex = 0;
			i++;
			continue;
		}
		k[i].lex = cls << 2 | 1u;
		for (size_t j = i + 1; j < i + m; j++)
			k[j].lex = cls << 2 | 2u;
		i += m;
	}
	if (w && w != stackw)
		free(w);
}

/* The values that the features of the word alone hash (TAGGER_NWORDFEAT
 * of them, the first of every token's; template f hashes v[f]): the same
 * wherever the word stands, so tagger_tag caches their summed weights per
 * word. */
static inline void word_values(const struct tok *c, uint64_t *v)
{
	uint64_t lenb = c->len < 8 ? c->len : c->len < 12 ? 8 : 9;
	v[0] = 0;
	v[1] = c->raw;
	v[2] = c->low;
	v[3] = c->shape;
	v[4] = c->cshape;
	for (int j = 0; j < 4; j++)
		v[5 + j] = c->pre[j];
	for (int j = 0; j < 4; j++)
		v[9 + j] = c->suf[j];
	v[13] = c->hfirst;
	v[14] = c->hlast;
	v[15] = hcomb(lenb, c->cshape);
	v[16] = hcomb(c->cl2, c->flags & W_CAP);
	v[17] = hcomb(c->cl1, c->cshape);
	v[18] = c->suf[4];
	v[19] = c->suf[5];
	v[20] = hcomb(c->suf[2], c->flags & (W_CAP | W_ALLCAPS));
	for (int l = 0; l < TAGGER_VECCLASS_LEVELS; l++)
		v[21 + l] = hcomb(c->vc[l], c->flags & W_CAP);
	v[25] = hcomb(c->vc[1], c->cshape);
}

/* The templates of word_values that read the vector classes, and
 * ctx_self_values' one. */
#define VC_WORD_FIRST 21
#define VC_WORD_N 5
#define VC_SELF 10

/* Puts the features of the vector classes of a word the table lacks, among
 * the word's own features o (self: among its self features), into the
 * null bucket (shifted left by shift). */
static inline void vc_absent(const struct tok *c, uint32_t *o, int self, int shift)
{
	if (c->vc[0] != WC_NONE && (c->flags & W_CAP))
		return;
	if (self)
		o[VC_SELF] = TAGGER_NULL_BUCKET << shift;
	else
		for (int f = VC_WORD_FIRST; f < VC_WORD_FIRST + VC_WORD_N; f++)
			o[f] = TAGGER_NULL_BUCKET << shift;
}

/* The features of the word alone. */
static void word_features(const struct tok *c, uint32_t *o)
{
	uint64_t v[TAGGER_NWORDFEAT];
	word_values(c, v);
#pragma GCC unroll 32
	for (int f = 0; f < TAGGER_NWORDFEAT; f++)
		o[f] = bucket((unsigned)f, v[f]);
	vc_absent(c, o, 0, 0);
}

/* The context features (TAGGER_NFEAT - TAGGER_NWORDFEAT of them) fall in
 * two parts: those of the word with its place in the sentence and the
 * document (CTX_NSELF), which come back whenever the word does, so that
 * tagging caches their summed weights, and those of the words around it
 * (CTX_NAROUND). Each part's templates, in the order its function makes
 * them: */
#define CTX_NSELF 11
#define CTX_NAROUND (TAGGER_NFEAT - TAGGER_NWORDFEAT - CTX_NSELF)
#define TMPL_BYTE(t) t,
#define TMPL_KEY(t) BUCKET_KEY(t),
#define CTX_SELF_TMPL(X) X(35) X(36) X(37) X(38) X(41) X(42) X(43) X(48) X(56) X(57) X(58)
#define WORD_TMPL(X)                                                                                       \
	X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15) X(16) X(17) \
	X(18) X(19) X(20) X(21) X(22) X(23) X(24) X(25)
static const unsigned char ctx_self_tmpl[CTX_NSELF] = { CTX_SELF_TMPL(TMPL_BYTE) };
#define CTX_AROUND_TMPL(X)                                                                               \
	X(26) X(27) X(28) X(29) X(30) X(31) X(32) X(33) X(34) X(39) X(40) X(44) X(45) X(46) X(47) X(49) \
	X(50) X(51) X(52) X(53) X(54) X(55)
static const unsigned char ctx_around_tmpl[CTX_NAROUND] = { CTX_AROUND_TMPL(TMPL_BYTE) };

/* The document flags and evidence of word c, 0xFF both if it has no
 * letter (0x80 both without a document): one look-up for the two. */
static void ctx_doc(const struct tagger_doc *d, const struct tok *c, uint64_t *docf, uint64_t *docev)
{
	*docf = *docev = 0xFF;
	if (!(c->flags & W_ALPHA))
		return;
	*docf = *docev = 0x80;
	if (!d)
		return;
	const struct doc_entry *e = doc_slot(d->t, d->cap, c->low ? c->low : 1);
	*docf = e->key ? e->flags : 0;
	*docev = e->key ? e->ev : 0;
}

/* ctx_doc of a word of a document whose every sentence doc_add_prepared
 * has put into d (not NULL), the table not grown since (slotted): the
 * word's slot is known, which spares searching the table again. */
static inline void ctx_doc_at(const struct tagger_doc *d, const struct tok *c, int slotted, uint64_t *docf,
			      uint64_t *docev)
{
	if (!slotted) {
		ctx_doc(d, c, docf, docev);
		return;
	}
	/* A word without a letter has no slot (doc 0): the table's last one
	 * is read instead and not used, which spares a branch. */
	const struct doc_entry *e = &d->t[(c->doc - 1) & (d->cap - 1)];
	int alpha = (c->flags & W_ALPHA) != 0;
	*docf = alpha ? e->flags : 0xFF;
	*docev = alpha ? e->ev : 0xFF;
}

/* The values that the features of word c itself in its sentence (whose
 * case is caps) and document (docf, docev from ctx_doc) hash, in
 * ctx_self_tmpl's order. */
static inline void ctx_self_values(const struct tok *c, int caps, uint64_t docf, uint64_t docev, uint64_t *v)
{
	uint64_t initial = (c->flags & W_INITIAL) ? 1 : 0;
	v[0] = hcomb(initial, c->shape);
	v[1] = hcomb((uint64_t)caps, c->low);
	v[2] = hcomb((uint64_t)caps, c->cshape);
	v[3] = c->lex;
	v[4] = hcomb(c->lex, c->cshape);
	v[5] = hcomb(hcomb(docf, (uint64_t)caps), c->cshape);
	v[6] = hcomb(hcomb(docf, (uint64_t)caps), c->lex);
	v[7] = hcomb(initial, c->low);
	v[8] = hcomb(docev, c->flags & W_CAP);
	v[9] = hcomb(docev, c->cl1);
	v[10] = hcomb(hcomb(initial, (uint64_t)caps), c->vc[1] | (uint64_t)(c->flags & W_CAP) << 16);
}

/* The features of word c itself, in ctx_self_tmpl's order. */
static void ctx_self(const struct tok *c, int caps, uint64_t docf, uint64_t docev, uint32_t *o)
{
	uint64_t v[CTX_NSELF];
	ctx_self_values(c, caps, docf, docev, v);
#pragma GCC unroll 16
	for (int f = 0; f < CTX_NSELF; f++)
		o[f] = bucket(ctx_self_tmpl[f], v[f]);
	vc_absent(c, o, 1, 0);
}

/* The values that token i's features with the words around it hash, in
 * ctx_around_tmpl's order. */
static inline void ctx_around_values(const struct tok *k, size_t n, size_t i, uint64_t *v)
{
	/* Beyond the sentence every value read is BOS or EOS (both fit the
	 * narrower fields): words made of them stand in there. */
	static const struct tok bos = { .low = BOS, .shape = BOS, .cshape = BOS, .lex = BOS, .cl2 = BOS };
	static const struct tok eos = { .low = EOS, .shape = EOS, .cshape = EOS, .lex = EOS, .cl2 = EOS };
	const struct tok *c = &k[i];
	const struct tok *m1 = i > 0 ? &k[i - 1] : &bos, *m2 = i > 1 ? &k[i - 2] : &bos;
	const struct tok *p1 = i + 1 < n ? &k[i + 1] : &eos, *p2 = i + 2 < n ? &k[i + 2] : &eos;
	uint64_t lm1 = m1->low, lm2 = m2->low, lp1 = p1->low, lp2 = p2->low;
	uint64_t cm1 = m1->cshape, cp1 = p1->cshape, clm1 = m1->cl2, clp1 = p1->cl2;
	v[0] = lm1;
	v[1] = lp1;
	v[2] = lm2;
	v[3] = lp2;
	v[4] = m1->shape;
	v[5] = p1->shape;
	v[6] = hcomb(lm1, c->low);
	v[7] = hcomb(c->low, lp1);
	v[8] = hcomb(hcomb(cm1, c->cshape), cp1);
	v[9] = m1->lex;
	v[10] = p1->lex;
	v[11] = hcomb(lm1, c->cshape);
	v[12] = hcomb(c->cshape, lp1);
	v[13] = m2->lex;
	v[14] = p2->lex;
	v[15] = hcomb(clm1, c->flags & W_CAP);
	v[16] = hcomb(clp1, c->flags & W_CAP);
	v[17] = hcomb(lm2, lm1);
	v[18] = hcomb(lp1, lp2);
	v[19] = hcomb(hcomb(clm1, c->cl2), c->flags & W_CAP);
	v[20] = hcomb(hcomb(c->cl2, clp1), c->flags & W_CAP);
	v[21] = hcomb(lm1, c->cl2);
}

/* The features of token i with the words around it, in ctx_around_tmpl's
 * order. */
static void ctx_around(const struct tok *k, size_t n, size_t i, uint32_t *o)
{
	uint64_t v[CTX_NAROUND];
	ctx_around_values(k, n, i, v);
#pragma GCC unroll 32
	for (int f = 0; f < CTX_NAROUND; f++)
		o[f] = bucket(ctx_around_tmpl[f], v[f]);
}

#if TAGGER_AVX2
/* Whether AVX2 is there to use (and the tests have not turned it off). */
static int simd_off, simd_avx512_off;
static inline int tagger_avx2(void)
{
	return !simd_off && __builtin_cpu_supports("avx2");
}

/* Whether the 64-bit multiplications of AVX-512 (DQ, on 256 bits: VL)
 * are there to use for the buckets (and the tests have not turned them
 * off); only asked where tagger_avx2 says yes. */
static inline int tagger_avx512(void)
{
	return !simd_avx512_off && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
}

/* x * c in 64 bits in each of four lanes, c given as its low half clo
 * and as its halves swapped (cswap: the high half in the low 32 bits):
 * AVX2 multiplies 32 bits by 32 only, into 64 bits (the low halves'
 * product) or into 32 (the two cross products, of which the low halves
 * alone count, at once). */
__attribute__((target("avx2"))) static inline __m256i mul64x4(__m256i x, __m256i clo, __m256i cswap)
{
	__m256i c = _mm256_mullo_epi32(x, cswap);
	__m256i cross = _mm256_add_epi32(c, _mm256_srli_epi64(c, 32));
	return _mm256_add_epi64(_mm256_mul_epu32(x, clo), _mm256_slli_epi64(cross, 32));
}

/* Bits 32 to 63 of mul64x4(x, clo, cswap), in the low 32 bits of each
 * lane (the high 32 bits are left undefined). */
__attribute__((target("avx2"))) static inline __m256i mul64x4_hi32(__m256i x, __m256i clo, __m256i cswap)
{
	__m256i c = _mm256_mullo_epi32(x, cswap);
	__m256i p = _mm256_srli_epi64(_mm256_mul_epu32(x, clo), 32);
	return _mm256_add_epi32(_mm256_add_epi32(p, c), _mm256_srli_epi64(c, 32));
}

/* o[f] = bucket(tmpl, v[f]) << shift for f < n, key[f] being
 * BUCKET_KEY(tmpl), four at a time (key and v have room for a multiple of
 * four): the scalar multiplications of the hashes were a tenth of the
 * tagger's instructions. */
__attribute__((target("avx2"))) static void buckets_avx2(const uint64_t *key, const uint64_t *v, int n, int shift,
							 uint32_t *o)
{
	const __m256i alo = _mm256_set1_epi64x(0x27D4EB4F), aswap = _mm256_set1_epi64x(0x27D4EB4FC2B2AE3D);
	const __m256i glo = _mm256_set1_epi64x(0x7F4A7C15), gswap = _mm256_set1_epi64x(0x7F4A7C159E3779B9);
	const __m256i nb = _mm256_set1_epi64x(TAGGER_NBUCKETS), high = _mm256_setr_epi32(1, 3, 5, 7, 0, 2, 4, 6);
	for (int f = 0; f < n; f += 4) {
		__m256i h = _mm256_xor_si256(_mm256_loadu_si256((const __m256i *)(const void *)(v + f)),
					     _mm256_loadu_si256((const __m256i *)(const void *)(key + f)));
		h = mul64x4(h, alo, aswap);
		h = _mm256_xor_si256(h, _mm256_srli_epi64(h, 29));
		/* Only the high 32 bits of the product are read, and of the
		 * range reduction's only the high 32 bits: the four buckets
		 * are those of the lanes, packed. */
		h = _mm256_mul_epu32(mul64x4_hi32(h, glo, gswap), nb);
		__m128i r = _mm256_castsi256_si128(_mm256_permutevar8x32_epi32(h, high));
		r = _mm_sll_epi32(r, _mm_cvtsi32_si128(shift));
		if (f + 4 <= n) {
			_mm_storeu_si128((__m128i *)(void *)(o + f), r);
		} else {
			uint32_t rest[4];
			_mm_storeu_si128((__m128i *)(void *)rest, r);
			memcpy(o + f, rest, (size_t)(n - f) * sizeof *o);
		}
	}
}

/* buckets_avx2 with AVX-512's 64-bit multiplication (vpmullq), which
 * spares the three 32-bit ones and their shifts and adds of each of
 * mul64x4 and mul64x4_hi32: the same buckets to the bit. Four lanes as
 * there, in 256 bits: the tagger's other vectors are of that width. */
__attribute__((target("avx2,avx512f,avx512dq,avx512vl"))) static void
buckets_avx512(const uint64_t *key, const uint64_t *v, int n, int shift, uint32_t *o)
{
	const __m256i a = _mm256_set1_epi64x((long long)0xC2B2AE3D27D4EB4Full);
	const __m256i g = _mm256_set1_epi64x((long long)0x9E3779B97F4A7C15ull);
	const __m256i nb = _mm256_set1_epi64x(TAGGER_NBUCKETS);
	const __m128i sh = _mm_cvtsi32_si128(shift);
	for (int f = 0; f < n; f += 4) {
		__m256i h = _mm256_xor_si256(_mm256_loadu_si256((const __m256i *)(const void *)(v + f)),
					     _mm256_loadu_si256((const __m256i *)(const void *)(key + f)));
		h = _mm256_mullo_epi64(h, a);
		h = _mm256_xor_si256(h, _mm256_srli_epi64(h, 29));
		h = _mm256_srli_epi64(_mm256_mullo_epi64(h, g), 32);
		/* The range reduction's high 32 bits, shifted, each lane's
		 * low 32 bits packed and stored (the last lanes under a
		 * mask where n is not a multiple of four). */
		h = _mm256_sll_epi32(_mm256_srli_epi64(_mm256_mul_epu32(h, nb), 32), sh);
		__mmask8 keep = (__mmask8)(n - f >= 4 ? 0xf : (1u << (n - f)) - 1);
		_mm256_mask_cvtepi64_storeu_epi32(o + f, keep, h);
	}
}

/* o[f] = bucket(tmpl, v[f]) << shift for f < n, key[f] being
 * BUCKET_KEY(tmpl), by the widest way the processor has. */
__attribute__((target("avx2"))) static inline void buckets_simd(const uint64_t *key, const uint64_t *v, int n,
								 int shift, uint32_t *o)
{
	if (tagger_avx512())
		buckets_avx512(key, v, n, shift, o);
	else
		buckets_avx2(key, v, n, shift, o);
}

static const uint64_t ctx_around_key[(CTX_NAROUND + 3) / 4 * 4] = { CTX_AROUND_TMPL(TMPL_KEY) };

static const uint64_t ctx_self_key[(CTX_NSELF + 3) / 4 * 4] = { CTX_SELF_TMPL(TMPL_KEY) };
static const uint64_t word_key[(TAGGER_NWORDFEAT + 3) / 4 * 4] = { WORD_TMPL(TMPL_KEY) };

/* word_features with AVX2, each bucket shifted left by shift. */
__attribute__((target("avx2"))) static void word_features_avx2(const struct tok *c, int shift, uint32_t *o)
{
	uint64_t v[(TAGGER_NWORDFEAT + 3) / 4 * 4] = { 0 };
	word_values(c, v);
	buckets_simd(word_key, v, TAGGER_NWORDFEAT, shift, o);
	vc_absent(c, o, 0, shift);
}

/* ctx_self with AVX2, each bucket shifted left by shift. */
__attribute__((target("avx2"))) static void ctx_self_avx2(const struct tok *c, int caps, uint64_t docf,
							  uint64_t docev, int shift, uint32_t *o)
{
	uint64_t v[(CTX_NSELF + 3) / 4 * 4] = { 0 };
	ctx_self_values(c, caps, docf, docev, v);
	buckets_simd(ctx_self_key, v, CTX_NSELF, shift, o);
	vc_absent(c, o, 1, shift);
}

/* ctx_around with AVX2, each bucket shifted left by shift. */
__attribute__((target("avx2"))) static void ctx_around_avx2(const struct tok *k, size_t n, size_t i, int shift,
							    uint32_t *o)
{
	uint64_t v[(CTX_NAROUND + 3) / 4 * 4] = { 0 };
	ctx_around_values(k, n, i, v);
	buckets_simd(ctx_around_key, v, CTX_NAROUND, shift, o);
}
#else
static inline int tagger_avx2(void)
{
	return 0;
}
#define ctx_around_avx2(k, n, i, shift, o) ctx_around(k, n, i, o)
#define ctx_self_avx2(c, caps, docf, docev, shift, o) ctx_self(c, caps, docf, docev, o)
#define word_features_avx2(c, shift, o) word_features(c, o)
#endif

void tagger_simd(int on)
{
#if TAGGER_AVX2
	simd_off = !on;
	simd_avx512_off = on != 1;
#else
	(void)on;
#endif
}

/* The features of token i in its sentence and document (TAGGER_NFEAT -
 * TAGGER_NWORDFEAT of them), in template order. */
static void context_features(const struct tagger_doc *d, const struct tok *k, size_t n, size_t i, int caps,
			     uint32_t *o)
{
	uint32_t self[CTX_NSELF], around[CTX_NAROUND];
	uint64_t docf, docev;
	ctx_doc(d, &k[i], &docf, &docev);
	if (tagger_avx2())
		ctx_self_avx2(&k[i], caps, docf, docev, 0, self);
	else
		ctx_self(&k[i], caps, docf, docev, self);
	if (tagger_avx2())
		ctx_around_avx2(k, n, i, 0, around);
	else
		ctx_around(k, n, i, around);
	for (int j = 0; j < CTX_NSELF; j++)
		o[ctx_self_tmpl[j] - TAGGER_NWORDFEAT] = self[j];
	for (int j = 0; j < CTX_NAROUND; j++)
		o[ctx_around_tmpl[j] - TAGGER_NWORDFEAT] = around[j];
}

/* Per-sentence working memory: on the stack for sentences up to this many
 * tokens, from the heap (once per sentence) beyond. */
#define STACK_TOKENS 96

/* What tok_word (without `full`) and wc_classes make of recent words, by
 * the words' bytes, per thread: most words come back soon, and a lookup
 * hashes a word once, and quickly (text_short_hash), where tok_word hashes
 * it four times a byte at a time. Its 2 MB hold a few thousand stories'
 * words: at 8192 slots a story's rarer words were mostly put out before
 * they came back. */
#define TOK_MEMO 32768
#define TOK_MEMO_KEY TEXT_SHORT_KEY
struct tok_memo {
	uint64_t raw, low, shape, cshape;
	struct text_short_key key;	/* the word's bytes, as text_short_key packs them */
	uint16_t cl1, cl2;
	uint16_t vc[TAGGER_VECCLASS_LEVELS];
	uint8_t flags;
	uint8_t len;		/* 0: empty */
};
static _Thread_local struct tok_memo *tok_memo;
/* A slot is a line (xthread_calloc's blocks start one): unaligned, every
 * slot had straddled two. */
_Static_assert(sizeof(struct tok_memo) == 64, "a slot is a cache line");

/* Makes the thread's memo. */
static void tok_memo_make(void)
{
	tok_memo = xthread_calloc(TOK_MEMO * sizeof *tok_memo);
}

/* The memo's set of a word whose text_short_hash is h: the first of its
 * two slots. The memo is two-way set associative (a word missing goes
 * into the first, the first's into the second), so that two words of a
 * story sharing a set both stay. */
static inline struct tok_memo *tok_memo_slot(uint64_t h)
{
	return &tok_memo[h & (TOK_MEMO - 2)];
}

/* Whether memo slot e holds the word of n bytes whose text_short_key is w. */
static inline int tok_memo_holds(const struct tok_memo *e, struct text_short_key w, size_t n)
{
	return (e->len == n) & (e->key.a == w.a) & (e->key.b == w.b);
}

/* Fills the per-word part of *k from the set that starts at slot e if
 * it holds the word of n bytes whose text_short_key is w; returns whether
 * it did. Both slots are compared, then one branch taken: a branch for
 * each slot mispredicted whenever the word was in the other one. */
static inline int tok_memo_get(const struct tok_memo *e, struct tok *k, struct text_short_key w, size_t n)
{
	int in0 = tok_memo_holds(&e[0], w, n);
	int in1 = tok_memo_holds(&e[1], w, n);
	if (!text_short_hit(in0 | in1))
		return 0;
	e += !in0;
	k->raw = e->raw;
	k->low = e->low;
	k->shape = e->shape;
	k->cshape = e->cshape;
	k->flags = e->flags;
	k->len = (uint32_t)n;
	k->cl1 = e->cl1;
	k->cl2 = e->cl2;
	memcpy(k->vc, e->vc, sizeof k->vc);
	return 1;
}

/* Puts the per-word part of *k, that of the word of n bytes whose
 * text_short_key is w, into the set that starts at slot e (its first
 * slot, where the word is not there already). */
static inline void tok_memo_put(struct tok_memo *e, const struct tok *k, struct text_short_key w, size_t n)
{
	if (!tok_memo_holds(e, w, n))
		e[1] = e[0];
	e->raw = k->raw;
	e->low = k->low;
	e->shape = k->shape;
	e->cshape = k->cshape;
	e->flags = (uint8_t)k->flags;
	e->cl1 = (uint16_t)k->cl1;
	e->cl2 = (uint16_t)k->cl2;
	memcpy(e->vc, k->vc, sizeof e->vc);
	e->len = (uint8_t)n;
	e->key = w;
}

/* Fetches the slots where wc_classes will look for the classes of the
 * hashed word k (its own form and its lower-case form). */
static void wc_prefetch(const struct tok *k)
{
	if (!wc_loaded)
		wc_load();
	if (!wc_cap || !(k->flags & W_ALPHA))
		return;
	if (wc_cache)
		__builtin_prefetch(&wc_cache[(size_t)(k->raw ^ (k->raw >> 31)) & (WC_CACHE - 1)]);
	__builtin_prefetch(&wc_table[(size_t)mix64(k->raw ? k->raw : 1) & (wc_cap - 1)]);
	uint64_t ml = mix64(k->low ? k->low : 1);
	if (k->low != k->raw)
		__builtin_prefetch(&wc_table[(size_t)ml & (wc_cap - 1)]);
	/* And the vector classes' slot (its fingerprint and its classes),
	 * which vc_find_in reads after the word classes: those two misses
	 * were most of wc_classes' time. */
	if (vc.cap) {
		size_t i = (size_t)ml & (vc.cap - 1);
		__builtin_prefetch(&vc.fp[i]);
		__builtin_prefetch(&vc.cls[i * TAGGER_VECCLASS_LEVELS]);
	}
}

/* A quotation mark or an apostrophe written curly is read as the straight
 * one, and so is a possessive with it ("’s" as "'s"): most training text
 * writes them straight, web pages curly, and a mark's features should not
 * depend on the typography. Returns the text to read, *n its length; the
 * test of the first byte spares the call to the Unicode module for words
 * of ASCII. */
static inline const char *tok_straight(const char *s, size_t *n)
{
	return (unsigned char)s[0] == 0xe2 ? text_straight_quotes(s, n) : s;
}

/* What tok_word (without `full`) and wc_classes make of each of the words
 * t[0..n), into k, through the memo, in three passes so that the cache
 * misses of a sentence's words overlap rather than come one after
 * another: the memo's slots are fetched, then the words missing from it
 * hashed and the slots of their classes fetched, then their classes
 * looked up and the memo filled. */
static void tok_words_memo(const struct tagger_token *t, size_t n, struct tok *k, const struct tagger_lex *x)
{
	if (!tok_memo)
		tok_memo_make();
	/* Each word's slot, found once (NULL for none: empty, or too long for
	 * the memo); the second pass moves those of the words missing from it
	 * to the front, with their indices, for the third. */
	struct tok_miss {
		struct tok_memo *slot;
		size_t i;
		struct text_short_key key;
	} stackmiss[STACK_TOKENS];
	struct tok_miss *miss = n <= STACK_TOKENS ? stackmiss : xmalloc(n * sizeof *miss);
	for (size_t i = 0; i < n; i++) {
		/* The caller's hash of a word, if it gives one, spares hashing it again. */
		miss[i].slot = !t[i].n || t[i].n > TOK_MEMO_KEY ? NULL
			       : tok_memo_slot(x && x[i].hashed ? x[i].hash : text_short_hash(t[i].s, t[i].n));
		/* With the caller's hashes, tagger_tag_document_lex has
		 * fetched the slots already, further ahead. */
		if (miss[i].slot && !x) {
			__builtin_prefetch(miss[i].slot);
			__builtin_prefetch(miss[i].slot + 1);
		}
	}
	size_t nmiss = 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = t[i].s;
		size_t len = t[i].n;
		struct tok_memo *e = miss[i].slot;
		/* The memo is keyed by the word as written, its features
		 * are of the word as read. */
		size_t rn = len;
		const char *r = tok_straight(s, &rn);
		if (!e) {
			tok_word_part(&k[i], r, rn);
			wc_classes(&k[i], r, rn);
			continue;
		}
		/* The caller's key, if it gives one: the key's tests of the
		 * word's length mispredicted, made for every token. */
		struct text_short_key w = x && x[i].hashed ? x[i].key : text_short_key(s, len);
		if (tok_memo_get(e, &k[i], w, len))
			continue;
		tok_word_part(&k[i], r, rn);
		wc_prefetch(&k[i]);
		miss[nmiss].slot = e;
		miss[nmiss].key = w;
		miss[nmiss++].i = i;
	}
	for (size_t m = 0; m < nmiss; m++) {
		size_t i = miss[m].i, rn = t[i].n;
		const char *r = tok_straight(t[i].s, &rn);
		wc_classes(&k[i], r, rn);
		tok_memo_put(miss[m].slot, &k[i], miss[m].key, t[i].n);
	}
	if (miss != stackmiss)
		free(miss);
}

/* Fills k[0..n): the words, their positions, the lexicon. */
static int prepare(const struct tagger_token *t, size_t n, struct tok *k, int full, const struct tagger_lex *x)
{
	if (!full) {
		tok_words_memo(t, n, k, x);
	} else {
		for (size_t i = 0; i < n; i++) {
			size_t rn = t[i].n;
			const char *r = tok_straight(t[i].s, &rn);
			tok_word(&k[i], r, rn, 1);
			wc_classes(&k[i], r, rn);
		}
	}
	/* The tokens up to the first word (itself included) have none before. */
	for (size_t i = 0; i < n; i++) {
		k[i].flags |= W_INITIAL;
		if (k[i].flags & (W_ALPHA | W_DIGIT))
			break;
	}
	lex_fill(k, t, n, x);
	return sentence_caps(k, n);
}

void tagger_features(const struct tagger_doc *d, const struct tagger_token *t, size_t n, uint32_t *out)
{
	struct tok stackk[STACK_TOKENS];
	struct tok *k = n <= STACK_TOKENS ? stackk : xmalloc(n * sizeof *k);
	int caps = prepare(t, n, k, 1, NULL);
	for (size_t i = 0; i < n; i++) {
		if (tagger_avx2())
			word_features_avx2(&k[i], 0, out + i * TAGGER_NFEAT);
		else
			word_features(&k[i], out + i * TAGGER_NFEAT);
		context_features(d, k, n, i, caps, out + i * TAGGER_NFEAT + TAGGER_NWORDFEAT);
	}
	if (k != stackk)
		free(k);
}

/* --- Decoding -------------------------------------------------------------- */

/* Summed weights of the word features of recent words, per thread. */
#define WORD_CACHE 8192
struct word_cache {
	uint64_t key;		/* the word's hash */
	uint32_t len;		/* its length */
	uint32_t gen;		/* model_gen when filled; 0 if empty */
	int32_t s[TAGGER_NTAGS - 1];
};
static _Thread_local struct word_cache *word_cache;

/* The cache is two-way set associative: the first of the two slots of
 * the word of k (a word missing goes into the first, the first's into the
 * second), so that two frequent words sharing a set both stay. */
static inline size_t word_cache_slot(const struct tok *k)
{
	return (k->raw ^ k->raw >> 29) & (WORD_CACHE - 2);
}

/* The cached sums of the word of k, or NULL, set being the first slot of
 * its set (&word_cache[word_cache_slot(k)]). */
static inline struct word_cache *word_cache_find(struct word_cache *set, const struct tok *k)
{
	int in0 = (set[0].gen == model_gen) & (set[0].key == k->raw) & (set[0].len == k->len);
	int in1 = (set[1].gen == model_gen) & (set[1].key == k->raw) & (set[1].len == k->len);
	return text_short_hit(in0 | in1) ? set + !in0 : NULL;
}

/* The slot where the sums of the word of k go (missing from the cache),
 * in the set that starts at set. */
static inline struct word_cache *word_cache_put(struct word_cache *set, const struct tok *k)
{
	struct word_cache *wc = set;
	if (!(wc->key == k->raw && wc->len == k->len))
		wc[1] = wc[0];
	return wc;
}

/* Summed weights of the features of a word alone and of the word itself
 * in its sentence and document (word_features' and ctx_self's), per
 * thread: a story's names, numbers and marks come back in the same place
 * and case, and then need no look-up in the word cache either. */
#define SELF_CACHE 4096
struct self_cache {
	uint64_t key;		/* the word's hash */
	uint64_t ctx;		/* self_ctx of its place */
	uint32_t len;		/* its length */
	uint32_t gen;		/* model_gen when filled; 0 if empty */
	int32_t s[TAGGER_NTAGS - 1];
	uint64_t pad;		/* to a line: a set of 112 bytes spanned three half the time */
};
_Static_assert(sizeof(struct self_cache) == 64, "a slot is a cache line");
static _Thread_local struct self_cache *self_cache;

/* All that ctx_self reads of word c besides the word itself, packed. */
static inline uint64_t self_ctx(const struct tok *c, int caps, uint64_t docf, uint64_t docev)
{
	return (uint64_t)c->lex | docf << 32 | docev << 40 | (uint64_t)!!(c->flags & W_INITIAL) << 48 |
	       (uint64_t)!!caps << 49;
}

/* The first of the two slots of the set of word c in its place ctx: the
 * cache is two-way set associative, as word_cache is. */
static inline struct self_cache *self_cache_slot(const struct tok *c, uint64_t ctx)
{
	uint64_t h = c->raw ^ (ctx * 0x9E3779B97F4A7C15ull);
	return &self_cache[(h ^ h >> 29) & (SELF_CACHE - 2)];
}

/* The cached sums of word c in its place ctx, or NULL, set being
 * self_cache_slot(c, ctx). */
static inline const struct self_cache *self_cache_find(const struct self_cache *set, const struct tok *c,
						       uint64_t ctx)
{
	int in0 = (set[0].gen == model_gen) & (set[0].key == c->raw) & (set[0].ctx == ctx) & (set[0].len == c->len);
	int in1 = (set[1].gen == model_gen) & (set[1].key == c->raw) & (set[1].ctx == ctx) & (set[1].len == c->len);
	return text_short_hit(in0 | in1) ? set + !in0 : NULL;
}

/* The slot where the sums of word c in its place ctx go (missing from
 * the cache): the first of its set (set), the first's moved to the
 * second. */
static inline struct self_cache *self_cache_put(struct self_cache *set, const struct tok *c, uint64_t ctx)
{
	struct self_cache *sc = set;
	if (!(sc->key == c->raw && sc->ctx == ctx && sc->len == c->len))
		sc[1] = sc[0];
	return sc;
}

static void tag_prepared(const struct tagger_model *m, const struct tagger_doc *d, int slotted,
			 const struct tagger_token *t, const struct tok *k, size_t n, int caps, unsigned char *tags,
			 float *margin);

int tagger_tag(const struct tagger_doc *d, const struct tagger_token *t, size_t n, unsigned char *tags)
{
	const struct tagger_model *m = model_get();
	if (!m)
		return -1;
	if (n == 0)
		return 0;
	struct tok stackk[STACK_TOKENS];
	struct tok *k = n > STACK_TOKENS ? xmalloc(n * sizeof *k) : stackk;
	/* The affixes are computed only for words missing from the cache. */
	int caps = prepare(t, n, k, 0, NULL);
	tag_prepared(m, d, 0, t, k, n, caps, tags, NULL);
	if (k != stackk)
		free(k);
	return 0;
}

int tagger_tag_document(const struct tagger_token *t, size_t n, const size_t *sent, size_t ns, unsigned char *tags,
			float *margin)
{
	return tagger_tag_document_lex(t, n, sent, ns, NULL, tags, margin);
}

/* The document memory's table of tagger_tag_document_lex, per thread,
 * of DOC_CLEAN slots, for documents of up to half as many tokens (the
 * table has room for twice a document's tokens): kept all zero between
 * documents (the slots a document filled, which doc_put notes, are
 * cleared after it), where clearing a fresh table for each document wrote
 * it all. */
#define DOC_CLEAN 16384
static _Thread_local struct doc_entry *doc_clean;

int tagger_tag_document_lex(const struct tagger_token *t, size_t n, const size_t *sent, size_t ns,
			    const struct tagger_lex *lex, unsigned char *tags, float *margin)
{
	const struct tagger_model *m = model_get();
	if (!m)
		return -1;
	if (n == 0)
		return 0;
	/* Each word is hashed once, for the document pass and the tagging.
	 * The words, the document memory and the sentences' case take one
	 * block, the memory's table sized for n distinct words: never more
	 * than half full, it never grows (doc_reserve). */
	size_t cap = 256;
	while (cap < 2 * n)
		cap *= 2;
	int clean = cap <= DOC_CLEAN;
	size_t nsz = n * sizeof(struct tok), dsz = clean ? 0 : cap * sizeof(struct doc_entry);
	struct xscratch_mark mark = xscratch_mark();
	char *block = xscratch_alloc(nsz + dsz + (ns ? ns : 1) * sizeof(int));
	struct tok *k = (struct tok *)(void *)block;
	if (clean && !doc_clean)
		doc_clean = xthread_calloc(DOC_CLEAN * sizeof *doc_clean);
	struct tagger_doc doc = { clean ? doc_clean : (struct doc_entry *)(void *)(block + nsz), cap, 0, NULL, NULL, 0 },
			  *d = &doc;
	doc.borrowed = doc.t;
	/* doc_put fills at most cap / 2 slots of the table before it grows. */
	uint32_t *used = clean ? xscratch_alloc((cap / 2 + 1) * sizeof *used) : NULL;
	doc.used = used;
	if (!clean)
		memset(doc.t, 0, dsz);
	int *caps = (int *)(void *)(block + nsz + dsz);
	if (!tok_memo)
		tok_memo_make();
	/* The memo's slots of the words up to MEMO_AHEAD past a sentence are
	 * fetched before it is prepared (each word's once): tok_words_memo
	 * fetches a sentence's slots only just before it reads its first
	 * ones. Those of words the memo does not take, or not hashed, are
	 * fetched too (slot 0 for the latter) rather than tested for. At 32
	 * words ahead the tagger was slower (too many fetches in flight). */
	enum { MEMO_AHEAD = 16 };
	size_t fetched = 0;
	for (size_t j = 0; j < ns; j++) {
		size_t a = sent[j], b = j + 1 < ns ? sent[j + 1] : n;
		for (size_t upto = lex ? (b + MEMO_AHEAD < n ? b + MEMO_AHEAD : n) : 0; fetched < upto; fetched++) {
			const struct tok_memo *e = tok_memo_slot(lex[fetched].hashed ? lex[fetched].hash : 0);
			__builtin_prefetch(e);
			__builtin_prefetch(e + 1);
		}
		caps[j] = prepare(t + a, b - a, k + a, 0, lex ? lex + a : NULL);
		doc_add_prepared(d, k + a, b - a, caps[j]);
	}
	/* The words' slots (doc_add_prepared) hold while the table has not grown. */
	int slotted = doc.t == doc.borrowed;
	for (size_t j = 0; j < ns; j++) {
		size_t a = sent[j], b = j + 1 < ns ? sent[j + 1] : n;
		if (b > a)
			tag_prepared(m, d, slotted, t + a, k + a, b - a, caps[j], tags + a, margin ? margin + a : NULL);
	}
	if (doc.t != doc.borrowed)
		free(doc.t);
	size_t filled = doc.t == doc.borrowed ? doc.count : doc.borrowed_count;
	for (size_t j = 0; clean && j < filled; j++)
		doc_clean[used[j]] = (struct doc_entry){ 0, 0, 0 };
	xscratch_release(mark);
	return 0;
}

/* Lower-case words that can be inside a name, packed into integers (a
 * word of up to 5 bytes, first byte lowest) sorted by value, so that the test,
 * made for every lower-case word, is a few integer compares. */
#define NW1(a) ((uint64_t)(unsigned char)(a))
#define NW2(a, b) (NW1(a) | NW1(b) << 8)
#define NW3(a, b, c) (NW2(a, b) | NW1(c) << 16)
#define NW4(a, b, c, d) (NW3(a, b, c) | NW1(d) << 24)
#define NW5(a, b, c, d, e) (NW4(a, b, c, d) | NW1(e) << 32)
static const uint64_t name_words[] = {
	NW1('&'), NW1('e'), NW1('y'), NW2('d', 'a'), NW2('l', 'a'), NW2('d', 'e'), NW2('l', 'e'),
	NW2('o', 'f'), NW2('d', 'i'), NW2('a', 'l'), NW2('e', 'l'), NW2('a', 'm'), NW2('i', 'n'),
	NW2('o', 'n'), NW2('d', 'o'), NW2('t', 'o'), NW2('\'', 's'), NW2('a', 't'), NW2('s', 't'),
	NW2('d', 'u'), NW2('z', 'u'), NW3('a', 'n', 'd'), NW3('t', 'h', 'e'), NW3('d', 'e', 'l'),
	NW3('v', 'a', 'n'), NW3('i', 'b', 'n'), NW3('d', 'e', 'n'), NW3('t', 'e', 'n'),
	NW3('b', 'i', 'n'), NW3('v', 'o', 'n'), NW3('d', 'e', 'r'), NW3('t', 'e', 'r'),
	NW3('f', 'o', 'r'), NW3('s', 'u', 'r'), NW3('d', 'a', 's'), NW3('d', 'e', 's'),
	NW3('d', 'o', 's'), NW4('w', 'i', 't', 'h'), NW4('u', 'p', 'o', 'n'),
	NW5('d', 'e', 'l', 'l', 'a'),
};

/* For each byte, a bit (1 << length) for each length of the name words
 * that start with it, made from name_words with the model (model_get):
 * most short words are told apart without the search. */
static unsigned char name_word_first[256];
static int name_word_first_made;

static void name_word_first_init(void)
{
	if (name_word_first_made)
		return;
	name_word_first_made = 1;
	for (size_t i = 0; i < sizeof name_words / sizeof *name_words; i++) {
		unsigned len = 1;
		while (len < 8 && name_words[i] >> (8 * len))
			len++;
		name_word_first[name_words[i] & 0xFF] |= (unsigned char)(1u << len);
	}
}

static int tagger_name_word(const char *s, size_t n)
{
	name_word_first_init(); /* words are hashed before any model is read */
	if (n == 0 || n > 5 || !(name_word_first[(unsigned char)s[0]] & (1u << n)))
		return 0;
	uint64_t k = 0;
	for (size_t i = 0; i < n; i++)
		k |= NW1(s[i]) << (8 * i);
	size_t lo = 0, hi = sizeof name_words / sizeof *name_words;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (name_words[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sizeof name_words / sizeof *name_words && name_words[lo] == k;
}

/* What a word's flags f (W_*) tell of whether it and the tokens beside
 * it are scored, as bits: NB_NAME where it may join the token beside it
 * to a name (a capitalised word not first in its sentence: "Jilin
 * province", where "The court" is more often a sentence's start than a
 * name; or a hyphen or an apostrophe written apart: "Chan - o - cha",
 * "K - pop", "Women ' s"); NB_MARK where it may take a number or a mark
 * within two tokens into a name (a word with a capital, a sentence's first
 * too: "TIE/communications Inc", "iPhone 14"; or a small word that names
 * hold: "Act of 1986", "Act , 2022 ( Act 1079"); NB_PLAIN where it is a
 * word in lower case without a digit, or has no letter, and is neither
 * capitalised, nor first, nor a word of names, nor a joiner; NB_LOWER
 * where it is in lower case. A table by the flags (all below 256), as
 * tok_byte is by the byte: the test of every token is a look-up.
 * NB_ASCII, which tag_prepared adds, where the token is not empty and
 * its first byte is ASCII. */
#define NB_NAME 1u
#define NB_MARK 2u
#define NB_PLAIN 4u
#define NB_LOWER 8u
#define NB_ASCII 16u
#define NB_BITS(f)                                                                                  \
	((((f) & W_CAP) && !((f) & W_INITIAL)) || ((f) & W_JOINER) ? NB_NAME : 0) |                 \
		(((f) & (W_NAME_WORD | W_CAP)) || ((f) & (W_ALPHA | W_LOWER)) == W_ALPHA ? NB_MARK : 0) | \
		(((f) & W_LOWER ? !((f) & W_DIGIT) : !((f) & W_ALPHA)) &&                          \
				 !((f) & (W_CAP | W_INITIAL | W_NAME_WORD | W_JOINER))                    \
			 ? NB_PLAIN                                                                  \
			 : 0) |                                                                      \
		((f) & W_LOWER ? NB_LOWER : 0)
#define NB_BITS4(f) NB_BITS(f), NB_BITS((f) + 1), NB_BITS((f) + 2), NB_BITS((f) + 3)
#define NB_BITS16(f) NB_BITS4(f), NB_BITS4((f) + 4), NB_BITS4((f) + 8), NB_BITS4((f) + 12)
#define NB_BITS64(f) NB_BITS16(f), NB_BITS16((f) + 16), NB_BITS16((f) + 32), NB_BITS16((f) + 48)
static const unsigned char nb_bits[256] = { NB_BITS64(0), NB_BITS64(64), NB_BITS64(128), NB_BITS64(192) };
_Static_assert((W_CAP | W_ALLCAPS | W_LOWER | W_DIGIT | W_ALPHA | W_INITIAL | W_NAME_WORD | W_JOINER) < 256,
	       "nb_bits is indexed by a word's flags");

/* Adds the weight rows idx[0..n) of w to s. With SSE2, two rows at a time:
 * their weights interleaved and added in pairs (pmaddwd by 1) widen to
 * 32 bits in one step, half the work of widening each row; the sums are
 * exact either way. */
static inline void rows_add(int32_t *s, const int16_t *w, const uint32_t *idx, int n)
{
	enum { W = TAGGER_NTAGS - 1 };
#if defined(__SSE2__)
	if (W == 8) {
		__m128i lo = _mm_loadu_si128((const __m128i *)(const void *)s);
		__m128i hi = _mm_loadu_si128((const __m128i *)(const void *)(s + 4));
		const __m128i one = _mm_set1_epi16(1);
		int j = 0;
		for (; j + 1 < n; j += 2) {
			__m128i a = _mm_load_si128((const __m128i *)(const void *)(w + (size_t)idx[j] * W));
			__m128i b = _mm_load_si128((const __m128i *)(const void *)(w + (size_t)idx[j + 1] * W));
			lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(a, b), one));
			hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(a, b), one));
		}
		if (j < n) {
			__m128i a = _mm_load_si128((const __m128i *)(const void *)(w + (size_t)idx[j] * W));
			__m128i z = _mm_setzero_si128();
			lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(a, z), one));
			hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(a, z), one));
		}
		_mm_storeu_si128((__m128i *)(void *)s, lo);
		_mm_storeu_si128((__m128i *)(void *)(s + 4), hi);
		return;
	}
#endif
	for (int j = 0; j < n; j++) {
		const int16_t *r = __builtin_assume_aligned(w + (size_t)idx[j] * W, 16);
		for (int y = 0; y < W; y++)
			s[y] += r[y];
	}
}

/* tag_prepared's mark of features not hashed (their sums cached). */
#define ROWS_NONE UINT32_MAX
/* The bytes of a row of weights are 1 << ROW_SHIFT. */
#define ROW_SHIFT 4
_Static_assert(((TAGGER_NTAGS - 1) * sizeof(int16_t)) == 1u << ROW_SHIFT, "a row is 16 bytes");

/* The row of w that tag_prepared's reference r stands for: the bucket,
 * or with AVX2 the row's byte offset in w (which spares a shift at each
 * of the row's fetch and sum). */
static inline __attribute__((always_inline)) const int16_t *row_at(int avx2, const int16_t *w, uint32_t r)
{
	return avx2 ? (const int16_t *)(const void *)((const char *)w + r) : w + (size_t)r * (TAGGER_NTAGS - 1);
}

/* Fetches the weight rows r[0..n) of w into the cache ahead of their
 * sums, the loop unrolled (n is a constant where it is called): a rolled
 * one takes twice the instructions. */
static inline __attribute__((always_inline)) void rows_prefetch(int avx2, const int16_t *w, const uint32_t *r, int n)
{
#pragma GCC unroll 32
	for (int j = 0; j < n; j++)
		__builtin_prefetch(row_at(avx2, w, r[j]));
}

/* Fetches the rows of a token's context features f (as tag_prepared
 * keeps them: the ctx_self ones unless their sums were cached). */
static inline __attribute__((always_inline)) void ctx_prefetch(int avx2, const int16_t *w, const uint32_t *f)
{
	rows_prefetch(avx2, w, f, CTX_NAROUND);
	if (f[CTX_NAROUND] != ROWS_NONE)
		rows_prefetch(avx2, w, f + CTX_NAROUND, CTX_NSELF);
}

#if TAGGER_AVX2
/* rows_add with AVX2, of the rows at byte offsets off[0..n) of w: each
 * row widened to 32 bits in one step, in two sums (the rows' loads then
 * wait on neither). */
__attribute__((target("avx2"))) static inline void rows_add_avx2(int32_t *s, const int16_t *w, const uint32_t *off,
								int n)
{
	_Static_assert(TAGGER_NTAGS - 1 == 8, "a row is eight weights");
	const char *base = (const char *)w;
	__m256i a = _mm256_loadu_si256((const __m256i *)(const void *)s), b = _mm256_setzero_si256();
	int j = 0;
	for (; j + 1 < n; j += 2) {
		a = _mm256_add_epi32(a, _mm256_cvtepi16_epi32(_mm_load_si128((const __m128i *)(const void *)(base + off[j]))));
		b = _mm256_add_epi32(b, _mm256_cvtepi16_epi32(
						_mm_load_si128((const __m128i *)(const void *)(base + off[j + 1]))));
	}
	if (j < n)
		a = _mm256_add_epi32(a, _mm256_cvtepi16_epi32(_mm_load_si128((const __m128i *)(const void *)(base + off[j]))));
	_mm256_storeu_si256((__m256i *)(void *)s, _mm256_add_epi32(a, b));
}
#else
#define rows_add_avx2 rows_add
#endif

/* rows_add of tag_prepared's references r (row_at's), with AVX2 if avx2
 * (a constant where tag_prepared_with is made). */
static inline __attribute__((always_inline)) void rows_add_with(int avx2, int32_t *s, const int16_t *w,
								  const uint32_t *r, int n)
{
	if (avx2)
		rows_add_avx2(s, w, r, n);
	else
		rows_add(s, w, r, n);
}

/* The features of word k alone into o, for a word missing from the cache:
 * only its affixes are hashed here, the memo has the rest. */
static inline __attribute__((always_inline)) void word_features_missing(int avx2, const struct tok *k,
									 const struct tagger_token *t, uint32_t *o)
{
	/* Of the word as read, as training reads it (a curly apostrophe as
	 * the straight one): the caches key the sums by that word, so the
	 * word as written gave each form the sums of whichever came first. */
	struct tok full = *k;
	size_t rn = t->n;
	const char *r = tok_straight(t->s, &rn);
	tok_affixes(&full, r, rn);
	if (avx2)
		word_features_avx2(&full, ROW_SHIFT, o);
	else
		word_features(&full, o);
}

/* Scores and decodes one sentence whose words are prepared; with AVX2 if
 * avx2, which is a constant in each of the two functions made of it. */
static inline __attribute__((always_inline)) void tag_prepared_with(int avx2, const struct tagger_model *m,
								    const struct tagger_doc *d, int slotted,
								    const struct tagger_token *t, const struct tok *k,
								    size_t n, int caps, unsigned char *tags,
								    float *margin)
{
	/* The first PREFETCH_ALL words' rows (most sentences' all) are fetched
	 * as soon as their features are known, the later ones' AHEAD words
	 * ahead of their sums (all at once would push the first out of the
	 * cache). */
	enum { T = TAGGER_NTAGS, W = T - 1, NC = TAGGER_NFEAT - TAGGER_NWORDFEAT, AHEAD = 4, PREFETCH_ALL = 48 };
	uint32_t stackf[STACK_TOKENS * NC], stackwf[STACK_TOKENS * TAGGER_NWORDFEAT];
	int32_t stacks[STACK_TOKENS * T];
	unsigned char stackb[STACK_TOKENS * T];
	uint64_t stackctx[STACK_TOKENS];
	/* Where each word's sums are looked for in the two caches, found
	 * once for the three loops (in the word cache only for the words
	 * missing from the self cache). */
	struct self_cache *stacksset[STACK_TOKENS];
	struct word_cache *stackwset[STACK_TOKENS];
	struct self_cache **sset = stacksset;
	struct word_cache **wset = stackwset;
	uint32_t *feat = stackf, *wfeat = stackwf;
	int32_t *score = stacks;
	unsigned char *back = stackb;
	uint64_t *selfctx = stackctx;
	if (n > STACK_TOKENS) {
		feat = xmalloc(n * NC * sizeof *feat);
		wfeat = xmalloc(n * TAGGER_NWORDFEAT * sizeof *wfeat);
		score = xmalloc(n * T * sizeof *score);
		back = xmalloc(n * T);
		selfctx = xmalloc(n * sizeof *selfctx);
		sset = xmalloc(n * sizeof *sset);
		wset = xmalloc(n * sizeof *wset);
	}
	const int16_t *w = m->w;
	if (!word_cache)
		word_cache = xthread_calloc(WORD_CACHE * sizeof *word_cache);
	if (!self_cache)
		self_cache = xthread_calloc(SELF_CACHE * sizeof *self_cache);
	/* A word in lower case, inside a sentence, is outside any name (but
	 * for the small words names hold: "Bank of England", "de Silva", and
	 * words beside a name's: "Jilin province"): its scores are not looked
	 * up, which spares most of the memory traffic. */
	unsigned char stackskip[STACK_TOKENS];
	unsigned char *skip = n > STACK_TOKENS ? xmalloc(n) : stackskip;
	/* Each word's nb_bits, at nbits[i + 2], with none before the
	 * sentence and after it. */
	unsigned char stacknbits[STACK_TOKENS + 4];
	unsigned char *nbits = n > STACK_TOKENS ? xmalloc(n + 4) : stacknbits;
	/* The words scored, in order (idx[0..nk)): the loops below go through
	 * them alone, where a test of skip at every token mispredicted at
	 * every change between the skipped words and the others. */
	uint32_t stackidx[STACK_TOKENS];
	uint32_t *idx = n > STACK_TOKENS ? xmalloc(n * sizeof *idx) : stackidx;
	size_t nk = 0;
	/* GCC does not see that the loops below fill what viterbi_decode reads. */
	stacks[0] = 0;
	stackskip[0] = 0;
	/* The words to score: in a sentence in capitals every one; else
	 * each word's bits looked up once, where testing the words beside
	 * each token read their flags up to four times. */
	if (caps) {
		memset(skip, 0, n);
		for (size_t i = 0; i < n; i++)
			idx[i] = (uint32_t)i;
		nk = n;
	} else {
		nbits[0] = nbits[1] = nbits[n + 2] = nbits[n + 3] = 0;
		for (size_t i = 0; i < n; i++)
			nbits[i + 2] = (unsigned char)(nb_bits[k[i].flags] |
						       ((((unsigned char)t[i].s[0] >> 7) | (t[i].n == 0)) ^ 1) << 4);
		/* A word is skipped where it is NB_PLAIN, no word beside it
		 * NB_NAME, and it is in lower case, or (a number or a mark of
		 * punctuation in ASCII with no capitalised word beside it:
		 * "rose 15 pct , to 1.2 mln", most of a table of results) no
		 * word within two NB_MARK. In bits at bit 0, bytes at a time
		 * (GCC vectorizes the loop): as tests, they mispredicted
		 * often. (Every token's first byte is there to read: its
		 * memo's look-up read it, tok_straight.) */
		for (size_t i = 0; i < n; i++) {
			unsigned b = nbits[i + 2], near1 = nbits[i + 1] | nbits[i + 3],
				 near2 = near1 | nbits[i] | nbits[i + 4];
			skip[i] = (unsigned char)((b >> 2) & ~near1 & ((b >> 3) | ((~near2 >> 1) & (b >> 4))) & 1);
		}
		_Static_assert(NB_NAME == 1 && NB_MARK == 2 && NB_PLAIN == 4 && NB_LOWER == 8 && NB_ASCII == 16,
			       "the skip's bits");
		for (size_t i = 0; i < n; i++) {
			idx[nk] = (uint32_t)i;
			nk += !skip[i];
			/* A skipped word's scores: 0 for O, none for the
			 * others (written for every word: a scored one's are
			 * written over below). */
			int32_t *o = score + i * T;
			o[0] = 0;
			for (int y = 1; y < T; y++)
				o[y] = DISALLOWED;
		}
	}
	/* The slots of the scored words' cached sums fetched ahead, so that
	 * the misses of a sentence's words overlap. */
	for (size_t x = 0; x < nk; x++) {
		size_t i = idx[x];
		uint64_t docf, docev;
		ctx_doc_at(d, &k[i], slotted, &docf, &docev);
		selfctx[i] = self_ctx(&k[i], caps, docf, docev);
		sset[i] = self_cache_slot(&k[i], selfctx[i]);
		__builtin_prefetch(sset[i]);
		__builtin_prefetch(&sset[i][1].s);
		/* The word's sums too, though they are read only where its
		 * place's are missing: fetched after the hashing below, they
		 * came too late, and their miss was a sixth of the scoring. */
		wset[i] = &word_cache[word_cache_slot(&k[i])];
		__builtin_prefetch(wset[i]);
		__builtin_prefetch(&wset[i][1].s);
	}
	for (size_t x = 0; x < nk; x++) {
		size_t i = idx[x];
		/* feat holds a token's ctx_around features, then its ctx_self
		 * ones, or ROWS_NONE first where their sums were cached (with
		 * the word's own: the word cache is not looked at then): those
		 * sums go to the token's scores until the loop below. Features
		 * are kept as row_at's references. */
		uint32_t *f = feat + i * NC;
		if (avx2)
			ctx_around_avx2(k, n, i, ROW_SHIFT, f);
		else
			ctx_around(k, n, i, f);
		const struct self_cache *sc = self_cache_find(sset[i], &k[i], selfctx[i]);
		uint32_t *wf = wfeat + i * TAGGER_NWORDFEAT;
		wf[0] = ROWS_NONE;
		if (sc) {
			memcpy(score + i * T + 1, sc->s, sizeof sc->s);
			f[CTX_NAROUND] = ROWS_NONE;
			if (i < PREFETCH_ALL)
				ctx_prefetch(avx2, w, f);
			continue;
		}
		/* The document's flags and evidence, as self_ctx packed them. */
		if (avx2)
			ctx_self_avx2(&k[i], caps, selfctx[i] >> 32 & 0xFF, selfctx[i] >> 40 & 0xFF, ROW_SHIFT,
				      f + CTX_NAROUND);
		else
			ctx_self(&k[i], caps, selfctx[i] >> 32 & 0xFF, selfctx[i] >> 40 & 0xFF, f + CTX_NAROUND);
		/* The rows are fetched while the next words' features are
		 * hashed: the skipped words between take no time, so a fetch a
		 * few words ahead in the loop below often came too late. */
		if (i < PREFETCH_ALL)
			ctx_prefetch(avx2, w, f);
		/* A word missing from the cache has its own features hashed
		 * here too, so that their rows come in with the others (wfeat's
		 * first value ROWS_NONE where not). */
		if (word_cache_find(wset[i], &k[i]))
			continue;
		word_features_missing(avx2, &k[i], &t[i], wf);
		if (i < PREFETCH_ALL)
			rows_prefetch(avx2, w, wf, TAGGER_NWORDFEAT);
	}
	/* Emission scores: tag O's is 0 (folded into the others); the
	 * skipped words' are written above. */
	for (size_t x = 0; x < nk; x++) {
		size_t i = idx[x];
		const uint32_t *f = feat + i * NC;
		if (x + AHEAD < nk && idx[x + AHEAD] >= PREFETCH_ALL) {
			ctx_prefetch(avx2, w, feat + (size_t)idx[x + AHEAD] * NC);
			const uint32_t *g = wfeat + (size_t)idx[x + AHEAD] * TAGGER_NWORDFEAT;
			if (g[0] != ROWS_NONE)
				rows_prefetch(avx2, w, g, TAGGER_NWORDFEAT);
		}
		int32_t s[W];
		struct word_cache *wc;
		uint32_t *wf = wfeat + i * TAGGER_NWORDFEAT;
		int32_t *o = score + i * T, self[W];
		if (f[CTX_NAROUND] == ROWS_NONE) {
			/* The sums of the word and of its place, cached. */
			memcpy(s, o + 1, sizeof s);
			rows_add_with(avx2, s, w, f, CTX_NAROUND);
			o[0] = 0;
			memcpy(o + 1, s, sizeof s);
			continue;
		}
		/* A word not hashed above was in the cache, but a word before it
		 * in the sentence may have put it out since. */
		if (wf[0] == ROWS_NONE && (wc = word_cache_find(wset[i], &k[i])) != NULL) {
			memcpy(s, wc->s, sizeof s);
		} else {
			if (wf[0] == ROWS_NONE)
				word_features_missing(avx2, &k[i], &t[i], wf);
			wc = word_cache_put(wset[i], &k[i]);
			memset(s, 0, sizeof s);
			rows_add_with(avx2, s, w, wf, TAGGER_NWORDFEAT);
			wc->gen = model_gen;
			wc->key = k[i].raw;
			wc->len = k[i].len;
			memcpy(wc->s, s, sizeof s);
		}
		/* The word's sums and its place's, cached together. */
		memcpy(self, s, sizeof self);
		rows_add_with(avx2, self, w, f + CTX_NAROUND, CTX_NSELF);
		struct self_cache *sc = self_cache_put(sset[i], &k[i], selfctx[i]);
		sc->gen = model_gen;
		sc->key = k[i].raw;
		sc->ctx = selfctx[i];
		sc->len = k[i].len;
		memcpy(sc->s, self, sizeof self);
		memcpy(s, self, sizeof s);
		rows_add_with(avx2, s, w, f, CTX_NAROUND);
		o[0] = 0;
		memcpy(o + 1, s, sizeof s);
	}
	viterbi_decode_spread(m->trans, m->spread, score, skip, n, back, tags);
	/* How far each tagged word's type leads the best other type, by the
	 * word's own scores (B or I, whichever is higher, an I only where it
	 * may follow the tag before: after O, say, the I tags' weights were
	 * never trained down, and would outscore the B of a plain name). */
	for (size_t i = 0; margin && i < n; i++) {
		margin[i] = 0;
		if (!tags[i])
			continue;
		const int32_t *o = score + i * T;
		int ty = TAGGER_TYPE(tags[i]);
		unsigned prev = i ? tags[i - 1] : TAGGER_NTAGS;
		int32_t mine = 0, other = INT32_MIN;
		for (int x = 0; x < TAGGER_NTYPES; x++) {
			int32_t v = o[TAGGER_B(x)];
			if (tagger_allowed(prev, TAGGER_I(x)) && o[TAGGER_I(x)] > v)
				v = o[TAGGER_I(x)];
			if (x == ty)
				mine = v;
			else if (v > other)
				other = v;
		}
		/* Below 0 where Viterbi chose the type against the word's own
		 * scores (the tags around it carried it): the weakest vote. */
		margin[i] = (float)(mine - other) * m->scale;
	}
	if (n > STACK_TOKENS) {
		free(feat);
		free(wfeat);
		free(score);
		free(back);
		free(skip);
		free(nbits);
		free(idx);
		free(selfctx);
		free(sset);
		free(wset);
	}
}

static void tag_prepared_sse(const struct tagger_model *m, const struct tagger_doc *d, int slotted,
			     const struct tagger_token *t, const struct tok *k, size_t n, int caps, unsigned char *tags,
			     float *margin)
{
	tag_prepared_with(0, m, d, slotted, t, k, n, caps, tags, margin);
}

#if TAGGER_AVX2
__attribute__((target("avx2"))) static void tag_prepared_avx2(const struct tagger_model *m,
								  const struct tagger_doc *d, int slotted,
								  const struct tagger_token *t, const struct tok *k,
								  size_t n, int caps, unsigned char *tags, float *margin)
{
	tag_prepared_with(1, m, d, slotted, t, k, n, caps, tags, margin);
}
#else
#define tag_prepared_avx2 tag_prepared_sse
#endif

/* Scores and decodes one sentence whose words are prepared. */
static void tag_prepared(const struct tagger_model *m, const struct tagger_doc *d, int slotted,
			 const struct tagger_token *t, const struct tok *k, size_t n, int caps, unsigned char *tags,
			 float *margin)
{
	if (tagger_avx2())
		tag_prepared_avx2(m, d, slotted, t, k, n, caps, tags, margin);
	else
		tag_prepared_sse(m, d, slotted, t, k, n, caps, tags, margin);
}
