/* lexicon: a hash table of the phrases in the files under src/lexicon/.
 * Each file is one class; a line is a phrase, optionally followed by a
 * tab and its canonical name; '#' starts a comment line. The tables are
 * made when the program is built: this file built with LEXICON_GENERATE is
 * lexicon-gen, which reads the files (src/lexicon_data.S) and writes the
 * tables as they are in memory, offsets for pointers, into a file that
 * src/lexicon_blob.S compiles in; the program only points at them, where
 * reading the lists at every start took 20 ms. */
#include "lexicon.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "word8.h"
#include "xmalloc.h"

/* A phrase of the table; its strings are offsets into the tables'
 * strings, 0 for none. */
struct lexicon_rec {
	uint32_t key;		/* folded phrase, words joined by one space */
	uint32_t keylen;	/* its length */
	uint32_t canonical;	/* the canonical name, or 0 */
	uint32_t expansion;	/* for a name of one word that a listed phrase has as its
				 * canonical (an acronym the lists spell out), that phrase's key */
	uint32_t longest;	/* words in the longest phrase this word starts */
	uint32_t longest_lower;	/* the same among phrases listed with it in lower case */
	uint32_t seconds;	/* the first bytes of those phrases' second words, as lexicon_second_bit */
};

/* The table made for lookups, in two parts: an index of 4-byte slots,
 * each a hash's high bits over the number of its phrase (0 if free),
 * where a word in no list, the most common case, ends in one small array;
 * and the phrases, packed, each with what lookups read and the start of
 * its key in 32 bytes, so that most hits touch one line more, where the
 * entry and its key behind a pointer were two. */
#define LEXICON_INLINE 21
struct lexicon_slot {
	uint32_t cls;		/* the phrase's classes; 0 for a word that only starts phrases */
	uint32_t entry;		/* its index in lexicon_recs */
	uint8_t keylen;		/* the key's length; LEXICON_LONG: see the record */
	uint8_t longest, longest_lower;	/* the record's */
	char key[LEXICON_INLINE];	/* the key's first bytes */
};
#define LEXICON_LONG 255
_Static_assert(sizeof(struct lexicon_slot) == 32, "a slot is half a cache line");

/* Bits of a list's filter of hashes. */
#define LEXICON_EXACT_BITS 4096
/* A list of words as written, in its (byte) order, apart from the
 * classes (terms.txt, products.txt), with the pairs of first two bytes its
 * lines start with, a bit each: most names asked about ("Reagan",
 * "Japan") are passed over on these. */
struct lexicon_exact {
	uint32_t list;		/* the offset in the tables of its lines' offsets */
	uint32_t n;
	unsigned char pairs[65536 / 8];
	/* The lines' short hashes, a bit each: of the names whose first two
	 * bytes start a line, most are passed over here, not searched for. */
	uint64_t hashes[LEXICON_EXACT_BITS / 64];
};

/* countries_intl.txt: a country's name in another language, folded, with
 * the language's code and the English name; sorted by the folded name. */
struct lexicon_intl {
	uint32_t key;
	uint32_t n;
	char lang[4];
	uint32_t canon;
};
#define LEXICON_INTL_BITS 16384

/* Cities by their folded names, sorted, with the country each is in
 * (city_countries.txt). */
struct lexicon_city {
	uint32_t key;
	uint32_t country;
};

/* A bit for each pair of first two words of a phrase (folded, by hash):
 * a word that starts phrases is tried with the next words only when the
 * pair may start one, which rules out nearly all tries at once. 16 KB,
 * which stays in the nearest caches: the lists' 4,500 phrases of two
 * words or more set 3% of its bits; at 128 KB (0.4%) the filter's look-up
 * missed the cache more often than not. */
#define LEXICON_PAIR_BITS (1u << 17)

/* The tables as lexicon-gen writes them: this header, then each part at
 * its offset (a multiple of 64 bytes) from the header's start. */
#define LEXICON_MAGIC "crlex02"
struct lexicon_head {
	char magic[8];
	uint32_t size;		/* of the whole, in bytes */
	uint32_t count, icap, ibits;
	uint32_t nlower, lower_cap, lower_bits;
	uint32_t nintl, ncities;
	uint32_t longest_phrase;
	/* The parts' offsets. */
	uint32_t strings, recs, slots, index, lower, lower_set, intl, cities;
	struct lexicon_exact terms, products;
	unsigned char pairs[LEXICON_PAIR_BITS / 8];
	/* The first bytes of the intl names, a bit each: most names asked
	 * about are passed over on these. */
	unsigned char intl_first[256 / 8];
	/* And their first two bytes, a bit each: a name that starts with two
	 * ASCII letters folds to a name that starts with them in lower case,
	 * and is passed over on these before it is folded. */
	unsigned char intl_pairs[65536 / 8];
	/* And the short hashes of the folded names, a bit each: most folded
	 * names that pass the bytes' tests are passed over on these, not
	 * searched for. */
	uint64_t intl_hashes[LEXICON_INTL_BITS / 64];
};

/* The tables in use (lexicon_use's). */
static const struct lexicon_head *lexicon_tables;
static const char *lexicon_strings;
static const struct lexicon_rec *lexicon_recs;
static size_t lexicon_count;
static const struct lexicon_slot *lexicon_slots;
static const uint32_t *lexicon_index;
static size_t lexicon_icap;
static unsigned lexicon_ibits;	/* the bits of a slot's number in an index slot */
static const unsigned char *lexicon_pairs;
/* The words of lowercase.txt, in its (byte) order: a list apart from the
 * classes, which the model's features are made of (offsets of strings). */
static const uint32_t *lexicon_lower;
static size_t lexicon_nlower;
/* The same words in a hash table, each as lexicon_lowercase_plain finds
 * it (a search of the list in order): one look-up a word, not a dozen
 * string compares, and the same answers. A slot has 4 bytes, the hash's
 * high bits over the word's number in lexicon_lower (0 if free), so that
 * the table is small (128 KB) and a word not in it costs one cache line. */
static const uint32_t *lexicon_lower_set;
static size_t lexicon_lower_cap;
static unsigned lexicon_lower_bits;	/* the bits of a word's number in a slot */
static const struct lexicon_exact *lexicon_terms, *lexicon_products;
static const struct lexicon_intl *lexicon_intl_list;
static size_t lexicon_nintl;
static const unsigned char *lexicon_intl_first, *lexicon_intl_pairs;
static const uint64_t *lexicon_intl_hashes;
static const struct lexicon_city *lexicon_cities;
static size_t lexicon_ncities;
/* The longest phrase of the lists, in bytes as written: text many times
 * longer is no entry (a run of capitals a page long is looked up as one
 * name, and would be folded and hashed whole at every word). */
static size_t lexicon_longest_phrase;

/* The string at offset off of the tables, NULL for 0. */
static inline const char *lexicon_str(uint32_t off)
{
	return off ? lexicon_strings + off : NULL;
}

/* The bit of lexicon_rec.seconds of a second word's first byte c: by its
 * low five bits, which are the same in both cases of an ASCII letter.
 * Only an ASCII byte above the blank starts a folded word with itself
 * (lower-cased); a word that starts with another one may fold to any, and
 * has all the bits. */
static inline uint32_t lexicon_second_bit(unsigned char c)
{
	return c > ' ' && c < 0x80 ? 1u << (c & 31) : ~0u;
}

/* Part off of tables h. */
#define LEXICON_PART(h, off) ((const void *)((const char *)(h) + (off)))

/* Points the lookups at tables h. */
static void lexicon_use(const struct lexicon_head *h)
{
	lexicon_tables = h;
	lexicon_strings = LEXICON_PART(h, h->strings);
	lexicon_recs = LEXICON_PART(h, h->recs);
	lexicon_count = h->count;
	lexicon_index = LEXICON_PART(h, h->index);
	lexicon_icap = h->icap;
	lexicon_ibits = h->ibits;
	lexicon_pairs = h->pairs;
	lexicon_lower = LEXICON_PART(h, h->lower);
	lexicon_nlower = h->nlower;
	lexicon_lower_set = LEXICON_PART(h, h->lower_set);
	lexicon_lower_cap = h->lower_cap;
	lexicon_lower_bits = h->lower_bits;
	lexicon_terms = &h->terms;
	lexicon_products = &h->products;
	lexicon_intl_list = LEXICON_PART(h, h->intl);
	lexicon_nintl = h->nintl;
	lexicon_intl_first = h->intl_first;
	lexicon_intl_pairs = h->intl_pairs;
	lexicon_intl_hashes = h->intl_hashes;
	lexicon_cities = LEXICON_PART(h, h->cities);
	lexicon_ncities = h->ncities;
	lexicon_longest_phrase = h->longest_phrase;
	/* Last: the tables are in use once the slots are. */
	lexicon_slots = LEXICON_PART(h, h->slots);
}

#ifdef LEXICON_GENERATE
/* lexicon-gen makes the tables (below) on first use. */
static void lexicon_init(void);
#else
/* The tables lexicon-gen made (src/lexicon_blob.S). */
extern const struct lexicon_head lexicon_blob;

static void lexicon_init(void)
{
	if (lexicon_slots)
		return;
	lexicon_use(&lexicon_blob);
}
#endif

/* One step of lexicon_hash: eight bytes of the key mixed in. */
static inline uint64_t lexicon_mix(uint64_t h, uint64_t x)
{
	h = (h ^ x) * 0xC2B2AE3D27D4EB4Full;
	return h ^ h >> 29;
}

/* The last step of lexicon_hash, of a key of n bytes. */
static inline uint64_t lexicon_finish(uint64_t h, size_t n)
{
	h = (h ^ n * 0x9E3779B97F4A7C15ull) * 0xD6E8FEB86659FD93ull;
	return h ^ h >> 32;
}

/* The hash of a folded key: eight bytes a step (the last ones padded
 * with zeros), where a byte a step cost a multiplication a byte, so that
 * lexicon_find_ascii folds and hashes a word in a few steps. */
static uint64_t lexicon_hash(const char *s, size_t n)
{
	uint64_t h = 0;
	size_t i = 0;
	for (; i + 8 <= n; i += 8)
		h = lexicon_mix(h, word8_load(s + i));
	if (i < n)
		h = lexicon_mix(h, word8_load_short(s + i, n - i));
	return lexicon_finish(h, n);
}


/* s[0..n) lower-cased (ASCII) against the line at w. */
static int lexicon_lower_cmp(const char *s, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		unsigned char d = (unsigned char)w[i];
		if (d == '\n' || d == '\0' || c != d)
			return d == '\n' || d == '\0' ? 1 : (c < d ? -1 : 1);
	}
	return w[n] == '\n' || w[n] == '\0' ? 0 : -1;
}


/* Whether s[0..n) is a line of the list v[0..count) (offsets of strings,
 * in byte order), as cmp compares a word with a line. */
static int lexicon_lines_search(const uint32_t *v, size_t count, const char *s, size_t n,
				int (*cmp)(const char *, size_t, const char *))
{
	size_t lo = 0, hi = count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp(s, n, lexicon_strings + v[mid]);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Binary search of the list (in byte order). */
static int lexicon_lower_search(const char *s, size_t n)
{
	return lexicon_lines_search(lexicon_lower, lexicon_nlower, s, n, lexicon_lower_cmp);
}


/* The hash of s[0..n) lower-cased (ASCII), as the list's lines are:
 * eight bytes a step, as lexicon_hash, where a byte a step cost a dozen
 * instructions a byte. */
static uint64_t lexicon_lower_hash(const char *s, size_t n)
{
	const uint64_t one = 0x0101010101010101ull, high = 0x80 * one;
	uint64_t h = 0;
	for (size_t i = 0; i < n; i += 8) {
		uint64_t x = i + 8 <= n ? word8_load(s + i) : word8_load_short(s + i, n - i);
		/* 'A' to 'Z' get 0x20; the sums are of seven bits, which carry
		 * out of no byte, and bytes of 0x80 and up are left alone. */
		uint64_t y = x & ~high;
		x |= ((y + (0x80 - 'A') * one) & ~(y + (0x80 - 'Z' - 1) * one) & ~x & high) >> 2;
		h = lexicon_mix(h, x);
	}
	return lexicon_finish(h, n);
}


/* The high bits of hash h in an index slot, over the slot's number. */
static inline uint32_t lexicon_fp(uint64_t h)
{
	return lexicon_ibits >= 32 ? 0 : (uint32_t)(h >> 32) << lexicon_ibits;
}

static const struct lexicon_slot *lexicon_find(const char *s, size_t n);

/* A city's folded name (key) against a city's. */
static int lexicon_city_cmp(const void *key, const void *b)
{
	return strcmp(key, lexicon_strings + ((const struct lexicon_city *)b)->key);
}

/* s[0..n) as written against the line at w. */
static int lexicon_exact_cmp(const char *s, size_t n, const char *w)
{
	size_t wn = strcspn(w, "\n");
	int c = memcmp(s, w, n < wn ? n : wn);
	return c ? c : (n > wn) - (n < wn);
}

/* A folded name k[0..n) against intl name e, in the order of the list. */
static int lexicon_intl_cmp_key(const char *k, size_t n, const struct lexicon_intl *e)
{
	int c = memcmp(k, lexicon_strings + e->key, n < e->n ? n : e->n);
	return c ? c : (n > e->n) - (n < e->n);
}

/* lexicon_intl_cmp_key for bsearch: key is a struct lexicon_intl_key. */
struct lexicon_intl_key {
	const char *s;
	size_t n;
};
static int lexicon_intl_cmp(const void *key, const void *b)
{
	const struct lexicon_intl_key *k = key;
	return lexicon_intl_cmp_key(k->s, k->n, b);
}

const char *lexicon_expansion(const char *s, size_t n)
{
	const struct lexicon_slot *sl = lexicon_find(s, n);
	return sl ? lexicon_str(lexicon_recs[sl->entry].expansion) : NULL;
}

const char *lexicon_city_country(const char *s, size_t n)
{
	lexicon_init();
	size_t kn;
	char *want = text_fold(s, n, &kn);
	const struct lexicon_city *c =
		lexicon_ncities ? bsearch(want, lexicon_cities, lexicon_ncities, sizeof *lexicon_cities, lexicon_city_cmp)
				: NULL;
	free(want);
	if (!c)
		return NULL;
	/* The country as the countries list names it in news ("Korea,
	 * Republic of" is South Korea). */
	const char *country = lexicon_strings + c->country;
	const char *canon = lexicon_canonical(country, strlen(country));
	return canon ? canon : country;
}

int lexicon_spelled_out(const char *s, size_t n)
{
	return lexicon_expansion(s, n) != NULL;
}

/* The slot of the folded key k[0..n) whose lexicon_hash is h, or NULL. */
static inline __attribute__((always_inline)) const struct lexicon_slot *lexicon_probe(uint64_t h, const char *k,
										     size_t n)
{
	uint32_t want = lexicon_fp(h), low = ((uint32_t)1 << lexicon_ibits) - 1;
	for (size_t i = (size_t)h & (lexicon_icap - 1);; i = (i + 1) & (lexicon_icap - 1)) {
		uint32_t v = lexicon_index[i];
		if (v == 0)
			return NULL;
		if ((v & ~low) != want)
			continue;
		const struct lexicon_slot *sl = &lexicon_slots[(v & low) - 1];
		if (sl->keylen == LEXICON_LONG) {
			const struct lexicon_rec *e = &lexicon_recs[sl->entry];
			if (e->keylen == n && memcmp(lexicon_strings + e->key, k, n) == 0)
				return sl;
			continue;
		}
		if (sl->keylen != n)
			continue;
		if (n <= LEXICON_INLINE) {
			if (text_short_equal(sl->key, k, n))
				return sl;
		} else if (memcmp(sl->key, k, LEXICON_INLINE) == 0 &&
			   memcmp(lexicon_strings + lexicon_recs[sl->entry].key + LEXICON_INLINE, k + LEXICON_INLINE,
				  n - LEXICON_INLINE) == 0) {
			return sl;
		}
	}
}

/* Eight bytes x of a word (the bytes past its end zero, `valid` their
 * mask) lower-cased as folding does it; *bad gets a high bit where one
 * is no printable ASCII or a second blank in a row (*blank: whether the
 * byte before x was a blank). All eight at once, where a byte at a time
 * cost a dozen instructions a byte. */
static inline uint64_t lexicon_lower8(uint64_t x, uint64_t valid, uint64_t *bad, uint64_t *blank)
{
	const uint64_t one = 0x0101010101010101ull, high = 0x80 * one;
	/* A byte below 0x20 (the test is exact for whether there is one;
	 * the padding, above the word's bytes, is masked off). */
	uint64_t ctl = (x - 0x20 * one) & ~x & high & valid;
	/* Blanks exactly, each against the byte before it. */
	uint64_t t = x ^ 0x20 * one;
	uint64_t sp = ~(((t & 0x7f * one) + 0x7f * one) | t) & high & valid;
	*bad |= (x & high) | ctl | (sp & (sp << 8 | *blank));
	*blank = sp >> 56;
	/* 'A' to 'Z' get 0x20 (no sum carries out of a byte below 0x80). */
	uint64_t up = (x + (0x80 - 'A') * one) & ~(x + (0x80 - 'Z' - 1) * one) & high;
	return x | up >> 2;
}

/* The fast path of lookups: plain ASCII words joined by single spaces
 * (up to the buffer's size) are lower-cased and hashed eight bytes at a
 * time, which is what folding makes of them. Returns 0 if s is not such
 * text. */
static int lexicon_find_ascii(const char *s, size_t n, const struct lexicon_slot **out)
{
	char low[256 + 8];
	if (n == 0 || n > 256 || s[0] == ' ' || s[n - 1] == ' ')
		return 0;
	uint64_t h = 0, bad = 0, blank = 0;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x = lexicon_lower8(word8_load(s + i), ~0ull, &bad, &blank);
		word8_store(low + i, x);
		h = lexicon_mix(h, x);
	}
	if (i < n) {
		uint64_t x = lexicon_lower8(word8_load_short(s + i, n - i), ~0ull >> 8 * (8 - (n - i)), &bad, &blank);
		word8_store(low + i, x);
		h = lexicon_mix(h, x);
	}
	if (bad)
		return 0;
	*out = lexicon_probe(lexicon_finish(h, n), low, n);
	return 1;
}

/* s[0..n) (0 < n) lower-cased into low (n + 8 bytes) if it is text that
 * folding only lower-cases, as lexicon_find_ascii tells it (printable
 * ASCII, single blanks inside it); returns whether it is. */
static int lexicon_plain_lower(const char *s, size_t n, char *low)
{
	if (s[0] == ' ' || s[n - 1] == ' ')
		return 0;
	uint64_t bad = 0, blank = 0;
	size_t i = 0;
	for (; i + 8 <= n; i += 8)
		word8_store(low + i, lexicon_lower8(word8_load(s + i), ~0ull, &bad, &blank));
	if (i < n)
		word8_store(low + i, lexicon_lower8(word8_load_short(s + i, n - i), ~0ull >> 8 * (8 - (n - i)),
						       &bad, &blank));
	return !bad;
}

static const struct lexicon_slot *lexicon_find(const char *s, size_t n)
{
	lexicon_init();
	/* Blanks fold to one, so the text may be longer than its entry: a
	 * hard-wrapped line's indentation is. */
	if (n > 4 * lexicon_longest_phrase + 512)
		return NULL;
	const struct lexicon_slot *fast;
	if (lexicon_find_ascii(s, n, &fast))
		return fast;
	char buf[256];
	size_t fn;
	char *key = text_fold_buf(s, n, buf, sizeof buf, &fn);
	const struct lexicon_slot *sl = fn ? lexicon_probe(lexicon_hash(key, fn), key, fn) : NULL;
	if (key != buf)
		free(key);
	return sl;
}

/* What a single word is: its classes and the longest phrase it starts. */
struct lexicon_word_info {
	unsigned cls;
	unsigned longest;
	unsigned longest_lower;
	uint32_t slot;	/* its slot's number + 1; 0 if none, or not known */
	uint32_t seconds;	/* its record's, if it starts phrases, else 0 */
};

static inline int lexicon_word_info(const char *s, size_t n, struct lexicon_word_info *out);

/* What slot sl (or NULL) tells of its word; returns whether it is one. */
static int lexicon_slot_info(const struct lexicon_slot *sl, struct lexicon_word_info *out)
{
	if (!sl) {
		out->cls = out->longest = out->longest_lower = out->slot = out->seconds = 0;
		return 0;
	}
	out->cls = sl->cls;
	out->slot = (uint32_t)(sl - lexicon_slots) + 1;
	if (sl->keylen == LEXICON_LONG) {
		out->longest = lexicon_recs[sl->entry].longest;
		out->longest_lower = lexicon_recs[sl->entry].longest_lower;
	} else {
		out->longest = sl->longest;
		out->longest_lower = sl->longest_lower;
	}
	/* The record's line is read only for a word that starts phrases. */
	out->seconds = out->longest > 1 || out->longest_lower > 1 ? lexicon_recs[sl->entry].seconds : 0;
	return 1;
}

unsigned lexicon_lookup(const char *s, size_t n)
{
	lexicon_init();
	struct lexicon_word_info info;
	return lexicon_word_info(s, n, &info) ? info.cls : 0;
}

const char *lexicon_canonical(const char *s, size_t n)
{
	/* Through the memo, which knows most names' slots. */
	lexicon_init();
	struct lexicon_word_info info;
	if (!lexicon_word_info(s, n, &info))
		return lexicon_country_in(NULL, s, n);
	const struct lexicon_slot *sl = info.slot ? &lexicon_slots[info.slot - 1] : lexicon_find(s, n);
	const char *c = sl ? lexicon_str(lexicon_recs[sl->entry].canonical) : NULL;
	/* A given name of the lists may be a country's name in another
	 * language ("Siria"). */
	return c ? c : lexicon_country_in(NULL, s, n);
}

/* Single words, looked up through a small cache that holds the words
 * themselves: the frequent ones never reach the big table. */
/* The word memo of lexicon_word_info: see there. 1 MB: at 8192 sets a
 * pass over Reuters missed 300,000 times, each a miss of the big table
 * too; at 16384, 200,000. */
enum { LEXICON_MEMO_SETS = 16384, LEXICON_MEMO_KEY = TEXT_SHORT_KEY };
struct lexicon_memo {
	struct text_short_key key;	/* the word's bytes, as text_short_key packs them */
	unsigned char len;	/* 0: empty */
	unsigned char found;
	uint32_t cls;
	unsigned char longest, longest_lower;
	uint16_t slot;		/* lexicon_word_info's, 0 if it takes more bits */
	uint32_t seconds;
};
_Static_assert(sizeof(struct lexicon_memo) == 32, "two ways fill a cache line");
static _Thread_local struct lexicon_memo *lexicon_memo;

/* Makes the calling thread's memo, if it has none yet. */
static inline void lexicon_memo_make(void)
{
	/* A line's start (xthread_calloc's), so that a set is one line. */
	if (!lexicon_memo)
		lexicon_memo = xthread_calloc(2 * LEXICON_MEMO_SETS * sizeof *lexicon_memo);
}

/* The set of memo m (the thread's) of a word whose text_short_hash is h. */
static inline struct lexicon_memo *lexicon_memo_set(struct lexicon_memo *m, uint64_t h)
{
	return &m[2 * (h & (LEXICON_MEMO_SETS - 1))];
}

/* A word missing from the memo: looked up, and put into its set s (NULL
 * for a word too long for the memo) under its text_short_key w. Apart
 * from lexicon_word_info_hashed, whose common case, a word in the memo,
 * then calls nothing. */
static __attribute__((noinline)) int lexicon_word_info_miss(const char *s, size_t n, struct lexicon_memo *set,
							    struct text_short_key w, struct lexicon_word_info *out)
{
	int found = lexicon_slot_info(lexicon_find(s, n), out);
	if (!set || out->longest > 255 || out->longest_lower > 255)
		return found;
	set[1] = set[0];
	set[0].key = w;
	set[0].len = (unsigned char)n;
	set[0].found = (unsigned char)found;
	set[0].cls = out->cls;
	set[0].longest = (unsigned char)out->longest;
	set[0].longest_lower = (unsigned char)out->longest_lower;
	set[0].slot = out->slot <= UINT16_MAX ? (uint16_t)out->slot : 0;
	set[0].seconds = out->seconds;
	return found;
}

/* Names longer than the memo's keys ("Securities and Exchange
 * Commission", "International Monetary Fund"), which the rules and the
 * naming of entities ask about again and again, are kept whole in a memo
 * of their own: each missed the memo and was folded, hashed and looked
 * up anew (185,000 of the 2.3 million look-ups of an --xref of Reuters).
 * Two ways a set, an entry a cache line; 256 KB. */
enum { LEXICON_LONG_SETS = 2048, LEXICON_LONG_KEY = 48 };
struct lexicon_long {
	unsigned char len;	/* 0: empty */
	unsigned char found, longest, longest_lower;
	uint32_t cls, slot, seconds;	/* lexicon_word_info's */
	char key[LEXICON_LONG_KEY];	/* the name's bytes */
};
_Static_assert(sizeof(struct lexicon_long) == 64, "an entry is a cache line");
static _Thread_local struct lexicon_long *lexicon_long_memo;

/* lexicon_word_info of the name s[0..n) (LEXICON_MEMO_KEY < n <=
 * LEXICON_LONG_KEY) whose text_short_hash is h, by the thread's memo of
 * long names: the same answer as the look-up, which its entries keep with
 * their whole bytes. */
static __attribute__((noinline)) int lexicon_word_info_long(const char *s, size_t n, uint64_t h,
							    struct lexicon_word_info *out)
{
	if (!lexicon_long_memo)
		lexicon_long_memo = xthread_calloc(2 * LEXICON_LONG_SETS * sizeof *lexicon_long_memo);
	struct lexicon_long *set = &lexicon_long_memo[2 * (h & (LEXICON_LONG_SETS - 1))];
	for (int k = 0; k < 2; k++)
		if (set[k].len == n && memcmp(set[k].key, s, n) == 0) {
			out->cls = set[k].cls;
			out->longest = set[k].longest;
			out->longest_lower = set[k].longest_lower;
			out->slot = set[k].slot;
			out->seconds = set[k].seconds;
			return set[k].found;
		}
	int found = lexicon_slot_info(lexicon_find(s, n), out);
	if (out->longest > 255 || out->longest_lower > 255)
		return found;
	/* A name missing goes first, the first one second, the second out. */
	set[1] = set[0];
	set[0].len = (unsigned char)n;
	set[0].found = (unsigned char)found;
	set[0].longest = (unsigned char)out->longest;
	set[0].longest_lower = (unsigned char)out->longest_lower;
	set[0].cls = out->cls;
	set[0].slot = out->slot;
	set[0].seconds = out->seconds;
	memcpy(set[0].key, s, n);
	return found;
}

/* lexicon_word_info of the word s[0..n) whose text_short_hash is h and
 * text_short_key w, by memo m (the thread's, made: a caller of many looks
 * it up once). */
static inline __attribute__((always_inline)) int lexicon_word_info_keyed(struct lexicon_memo *m, const char *s,
								     size_t n, uint64_t h, struct text_short_key w,
								     struct lexicon_word_info *out)
{
	/* Two ways a set, a set one cache line (the words of a story and of
	 * the lists beside it no longer put each other out when they share a
	 * slot): a look-up reads one line; a word missing goes first, the
	 * first one second, the second out. */
	if (n == 0 || n > LEXICON_MEMO_KEY)
		return n > LEXICON_MEMO_KEY && n <= LEXICON_LONG_KEY
			       ? lexicon_word_info_long(s, n, h, out)
			       : lexicon_word_info_miss(s, n, NULL, (struct text_short_key){ 0, 0 }, out);
	struct lexicon_memo *set = lexicon_memo_set(m, h);
	/* Both ways compared, then one branch taken: a branch for each way
	 * mispredicted whenever the word was in the other one. */
	int in0 = (set[0].len == n) & (set[0].key.a == w.a) & (set[0].key.b == w.b);
	int in1 = (set[1].len == n) & (set[1].key.a == w.a) & (set[1].key.b == w.b);
	if (text_short_hit(in0 | in1)) {
		const struct lexicon_memo *e = &set[!in0];
		out->cls = e->cls;
		out->longest = e->longest;
		out->longest_lower = e->longest_lower;
		out->slot = e->slot;
		out->seconds = e->seconds;
		return e->found;
	}
	return lexicon_word_info_miss(s, n, set, w, out);
}

/* lexicon_word_info_keyed with the key worked out here. */
static inline __attribute__((always_inline)) int lexicon_word_info_hashed(struct lexicon_memo *m, const char *s,
								      size_t n, uint64_t h,
								      struct lexicon_word_info *out)
{
	return lexicon_word_info_keyed(m, s, n, h, text_short_key(s, n), out);
}

static inline __attribute__((always_inline)) int lexicon_word_info(const char *s, size_t n,
								 struct lexicon_word_info *out)
{
	lexicon_memo_make();
	return lexicon_word_info_hashed(lexicon_memo, s, n, text_short_hash(s, n), out);
}

/* Bytes with 'A' to 'Z' lower-cased, the others as they are: one load a
 * byte in the pair filter's hash, where the test and the choice took
 * five instructions. */
#define LEXICON_16(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7, (b) + 8, (b) + 9, \
		      (b) + 10, (b) + 11, (b) + 12, (b) + 13, (b) + 14, (b) + 15
static const unsigned char lexicon_ascii_lower[256] = {
	LEXICON_16(0x00), LEXICON_16(0x10), LEXICON_16(0x20), LEXICON_16(0x30),
	0x40, LEXICON_16(0x61), 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	LEXICON_16(0x60), LEXICON_16(0x70), LEXICON_16(0x80), LEXICON_16(0x90), LEXICON_16(0xa0), LEXICON_16(0xb0),
	LEXICON_16(0xc0), LEXICON_16(0xd0), LEXICON_16(0xe0), LEXICON_16(0xf0)
};
_Static_assert(sizeof lexicon_ascii_lower == 256, "a byte each");

/* Whether a phrase that the word of info starts may go on with word x,
 * by x's first byte: most words that start phrases start few ("and" of
 * "and Co.", "said" of "said in a statement"), and most words after them
 * are passed over on this one test, where the pair filter hashed both. */
static inline int lexicon_goes_on(const struct lexicon_word_info *info, const struct lexicon_word *x)
{
	return (info->seconds & lexicon_second_bit(x->n ? (unsigned char)x->s[0] : 0)) != 0;
}

/* Phrases of up to this many words are hashed as they are joined, in
 * one pass (lexicon_match_phrase); longer ones are looked up as text. */
#define LEXICON_JOIN_WORDS 16

/* The phrase of several words that starts at w[i] (longest words at
 * most), 0 if none: apart from the callers, whose common case,
 * a word alone, then calls nothing. */
static __attribute__((noinline)) size_t lexicon_match_phrase(const struct lexicon_word *w, size_t nwords, size_t i,
							     unsigned longest, unsigned *cls)
{
	size_t maxw = nwords - i < longest ? nwords - i : longest;
	if (maxw < 2)
		return 0;
	{
		/* Only ASCII pairs are filtered (others are folded otherwise):
		 * the pair is hashed as lexicon_pair_hash does it while its
		 * bytes are told ASCII or not, in one pass. */
		uint64_t h = 1469598103934665603ull;
		unsigned high = 0;
		for (size_t j = i; j <= i + 1; j++) {
			if (j > i)
				h = (h ^ ' ') * 1099511628211ull;
			for (size_t k = 0; k < w[j].n; k++) {
				unsigned char c = (unsigned char)w[j].s[k];
				high |= c;
				h = (h ^ lexicon_ascii_lower[c]) * 1099511628211ull;
			}
		}
		h &= LEXICON_PAIR_BITS - 1;
		if (high < 0x80 && !(lexicon_pairs[h / 8] & (1u << (h % 8))))
			return 0;
	}
	/* The words lower-cased and joined into low, once for all the
	 * phrases tried (each is a start of it), where lexicon_find would
	 * join and fold each anew. plain[k]: the first k words are text that
	 * lexicon_find_ascii takes (printable ASCII, no spaces). */
	size_t upto = maxw < LEXICON_JOIN_WORDS ? maxw : LEXICON_JOIN_WORDS;
	char low[256];
	size_t lenk[LEXICON_JOIN_WORDS + 1];
	unsigned char plain[LEXICON_JOIN_WORDS + 1];
	size_t o = 0;
	int ok = 1;
	for (size_t k = 1; k <= upto; k++) {
		const struct lexicon_word *x = &w[i + k - 1];
		if (k > 1) {
			if (o < sizeof low)
				low[o] = ' ';
			o++;
		}
		ok &= x->n > 0;
		for (size_t b = 0; b < x->n; b++) {
			unsigned char c = (unsigned char)x->s[b];
			ok &= c > ' ' && c < 0x80;
			c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			if (o < sizeof low)
				low[o] = (char)c;
			o++;
		}
		lenk[k] = o;
		plain[k] = (unsigned char)(ok && o <= sizeof low);
	}
	/* Phrases are tried longest first, joined by single spaces. */
	for (size_t k = maxw; k >= 2; k--) {
		const struct lexicon_slot *sl;
		if (k <= upto && plain[k]) {
			sl = lexicon_probe(lexicon_hash(low, lenk[k]), low, lenk[k]);
		} else {
			size_t len = 0;
			for (size_t j = i; j < i + k; j++)
				len += w[j].n + 1;
			char stack[256];
			char *joined = len <= sizeof stack ? stack : xmalloc(len);
			size_t jo = 0;
			for (size_t j = i; j < i + k; j++) {
				memcpy(joined + jo, w[j].s, w[j].n);
				jo += w[j].n;
				joined[jo++] = ' ';
			}
			sl = lexicon_find(joined, jo - 1);
			if (joined != stack)
				free(joined);
		}
		if (sl && sl->cls) {
			*cls = sl->cls;
			return k;
		}
	}
	return 0;
}

size_t lexicon_match_word(const struct lexicon_word *w, size_t nwords, size_t i, unsigned *cls,
			  unsigned *word_cls)
{
	*cls = 0;
	if (word_cls)
		*word_cls = 0;
	if (i >= nwords)
		return 0;
	lexicon_init();
	/* The memo's line of a word a few ahead is fetched while this one
	 * is looked up: callers go through a sentence's words in order. */
	if (i + 4 < nwords && lexicon_memo && w[i + 4].n && w[i + 4].n <= LEXICON_MEMO_KEY)
		__builtin_prefetch(lexicon_memo_set(lexicon_memo, text_short_hash(w[i + 4].s, w[i + 4].n)));
	struct lexicon_word_info first;
	if (!lexicon_word_info(w[i].s, w[i].n, &first))
		return 0;
	if (word_cls)
		*word_cls = first.cls;
	/* A word written in lower case starts only phrases listed so. */
	unsigned longest = (w[i].n && w[i].s[0] >= 'a' && w[i].s[0] <= 'z') ? first.longest_lower : first.longest;
	if (longest > 1 && i + 1 < nwords && lexicon_goes_on(&first, &w[i + 1])) {
		size_t m = lexicon_match_phrase(w, nwords, i, longest, cls);
		if (m)
			return m;
	}
	*cls = first.cls;
	return first.cls ? 1 : 0;
}

/* What a word's first byte tells lexicon_match_sentence, by a load where
 * the tests of ranges took a dozen instructions a word: whether the word
 * is looked up (it starts with a letter or a byte of UTF-8), and whether
 * it starts in lower case (ASCII). */
#define LEXICON_LOOKED 1u
#define LEXICON_SMALL 2u
static const unsigned char lexicon_first_byte[256] = {
	['A' ... 'Z'] = LEXICON_LOOKED, ['a' ... 'z'] = LEXICON_LOOKED | LEXICON_SMALL,
	[0x80 ... 0xFF] = LEXICON_LOOKED,
};

void lexicon_match_sentence(const struct lexicon_word *w, const uint64_t *hash, const struct text_short_key *key,
			    size_t n, size_t ahead, struct lexicon_found *out)
{
	lexicon_init();
	lexicon_memo_make();
	struct lexicon_memo *memo = lexicon_memo;
	/* The memo's line of a word eight ahead, in this sentence or the
	 * next ones, is fetched while this one is looked up: four ahead, and
	 * not past the sentence, came too late (the memo's compare was the
	 * recognizer's costliest line in perf). */
	enum { AHEAD = 8 };
	const size_t upto = n + ahead > AHEAD ? n + ahead - AHEAD : 0;
	for (size_t i = 0; i < n; i++) {
		if (i < upto)
			__builtin_prefetch(lexicon_memo_set(memo, hash[i + AHEAD]));
		struct lexicon_found *o = &out[i];
		/* Each way out writes the whole result once. */
		unsigned char c0 = w[i].n ? (unsigned char)w[i].s[0] : 0;
		if (!(lexicon_first_byte[c0] & LEXICON_LOOKED)) {
			*o = (struct lexicon_found){ 0, 0, 0, 0 };
			continue;
		}
		struct lexicon_word_info first;
		if (!lexicon_word_info_keyed(memo, w[i].s, w[i].n, hash[i], key[i], &first)) {
			*o = (struct lexicon_found){ 0, 0, 0, 1 };
			continue;
		}
		/* A word written in lower case starts only phrases listed so. */
		unsigned longest = (lexicon_first_byte[c0] & LEXICON_SMALL) ? first.longest_lower : first.longest;
		unsigned cls = 0;
		size_t phrase = longest > 1 && i + 1 < n && lexicon_goes_on(&first, &w[i + 1])
					? lexicon_match_phrase(w, n, i, longest, &cls)
					: 0;
		if (!phrase) {
			cls = first.cls;
			phrase = first.cls ? 1 : 0;
		}
		*o = (struct lexicon_found){ phrase, cls, first.cls, 1 };
	}
}

size_t lexicon_match(const struct lexicon_word *w, size_t nwords, size_t i, unsigned *cls)
{
	return lexicon_match_word(w, nwords, i, cls, NULL);
}

size_t lexicon_size(void)
{
	lexicon_init();
	return lexicon_count;
}

/* Whether s[0..n), as written, is a line of x. */
static int lexicon_exact_has(const struct lexicon_exact *x, const char *s, size_t n)
{
	lexicon_init();
	if (n < 2)
		return 0;
	unsigned pair = (unsigned)(unsigned char)s[0] << 8 | (unsigned char)s[1];
	if (!(x->pairs[pair >> 3] & (1u << (pair & 7))))
		return 0;
	uint64_t h = text_short_hash(s, n) & (LEXICON_EXACT_BITS - 1);
	if (!(x->hashes[h / 64] & (1ull << (h % 64))))
		return 0;
	return lexicon_lines_search(LEXICON_PART(lexicon_tables, x->list), x->n, s, n, lexicon_exact_cmp);
}

/* News agencies by their letters, as bylines and datelines write them,
 * with their names where the letters name other bodies too (a party, a
 * university). General knowledge. */
static const char *const lexicon_wires[][2] = {
	{ "AP", "Associated Press" },		   { "AFP", "Agence France-Presse" },
	{ "UPI", "United Press International" },   { "dpa", NULL },
	{ "PTI", "Press Trust of India" },	   { "IANS", "Indo-Asian News Service" },
	{ "EFE", NULL },			   { "ANSA", NULL },
	{ "ANI", "Asian News International" },	   { "APP", "Associated Press of Pakistan" },
	{ "UNB", "United News of Bangladesh" },	   { "BSS", "Bangladesh Sangbad Sangstha" },
	{ "SPA", "Saudi Press Agency" },	   { "WAM", "Emirates News Agency" },
	{ "MENA", "Middle East News Agency" },	   { "NAN", "News Agency of Nigeria" },
	{ "KNA", "Kenya News Agency" },		   { "PNA", "Philippine News Agency" },
	{ "KUNA", "Kuwait News Agency" },
};

int lexicon_wire(const char *s, size_t n, const char **name)
{
	for (size_t k = 0; k < sizeof lexicon_wires / sizeof *lexicon_wires; k++)
		if (strlen(lexicon_wires[k][0]) == n && memcmp(lexicon_wires[k][0], s, n) == 0) {
			if (name)
				*name = lexicon_wires[k][1];
			return 1;
		}
	return 0;
}

int lexicon_term(const char *s, size_t n)
{
	return lexicon_exact_has(lexicon_terms, s, n);
}

int lexicon_product(const char *s, size_t n)
{
	return lexicon_exact_has(lexicon_products, s, n);
}

int lexicon_product_pair(unsigned char c0, unsigned char c1)
{
	lexicon_init();
	unsigned pair = (unsigned)c0 << 8 | c1;
	return (lexicon_products->pairs[pair >> 3] & (1u << (pair & 7))) != 0;
}

const char *lexicon_country_in(const char *lang, const char *s, size_t n)
{
	lexicon_init();
	if (n == 0 || n > 64)
		return NULL;
	/* Most names asked about (lexicon_canonical's, of every story) start
	 * with an ASCII letter no country of the list starts with folded:
	 * passed over before any folding. */
	unsigned char c0 = (unsigned char)s[0];
	if (c0 < 0x80) {
		c0 = c0 >= 'A' && c0 <= 'Z' ? (unsigned char)(c0 + 32) : c0;
		if (!(lexicon_intl_first[c0 >> 3] & (1u << (c0 & 7))))
			return NULL;
		unsigned char c1 = n >= 2 ? (unsigned char)(s[1] | 0x20) : 0;
		if (c1 >= 'a' && c1 <= 'z' && c0 >= 'a' && c0 <= 'z') {
			unsigned pair = (unsigned)c0 << 8 | c1;
			if (!(lexicon_intl_pairs[pair >> 3] & (1u << (pair & 7))))
				return NULL;
		}
	}
	char buf[3 * 64 + 1];	/* text_fold_buf wants three bytes a byte */
	struct lexicon_intl_key k;
	/* Most names asked about are text that folding only lower-cases,
	 * which is done eight bytes at a time, where text_fold_buf cost
	 * most of the time of this function. */
	char *key = buf;
	if (lexicon_plain_lower(s, n, buf))
		k.n = n;
	else
		key = text_fold_buf(s, n, buf, sizeof buf, &k.n);
	k.s = key;
	const char *found = NULL;
	uint64_t h = text_short_hash(k.s, k.n) & (LEXICON_INTL_BITS - 1);
	if (k.n && (lexicon_intl_first[(unsigned char)k.s[0] >> 3] & (1u << (k.s[0] & 7))) &&
	    (lexicon_intl_hashes[h / 64] & (1ull << (h % 64)))) {
		const struct lexicon_intl *e =
			bsearch(&k, lexicon_intl_list, lexicon_nintl, sizeof *lexicon_intl_list, lexicon_intl_cmp);
		/* The rows of this name: back to the first, then each language. */
		while (e && e > lexicon_intl_list && lexicon_intl_cmp_key(k.s, k.n, e - 1) == 0)
			e--;
		for (; e && e < lexicon_intl_list + lexicon_nintl && lexicon_intl_cmp_key(k.s, k.n, e) == 0; e++)
			if (!lang || strcmp(e->lang, lang) == 0) {
				found = lexicon_strings + e->canon;
				break;
			}
	}
	if (key != buf)
		free(key);
	return found;
}

int lexicon_facility_word(const char *s, size_t n)
{
	/* With their lengths: most words asked about have none of them. */
	static const struct {
		const char *w;
		size_t n;
	} words[] = { { "center", 6 },	 { "centre", 6 },	   { "clinic", 6 },   { "department", 10 },
		      { "dept", 4 },	 { "facility", 8 },	   { "rehab", 5 },    { "rehabilitation", 14 },
		      { "recovery", 8 }, { "treatment", 9 } };
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (words[k].n == n && strncasecmp(s, words[k].w, n) == 0)
			return 1;
	return 0;
}

int lexicon_lowercase_plain(const char *s, size_t n)
{
	lexicon_init();
	return lexicon_lower_search(s, n);
}

int lexicon_patronymic(const char *s, size_t n)
{
	static const char *const words[] = { "bin", "ibn", "bint", "binti", "bte", "ould" };
	/* Their lengths and first letters first: most words are none. */
	char c = n ? (char)(s[0] | 0x20) : 0;
	if (n < 3 || n > 5 || (c != 'b' && c != 'i' && c != 'o'))
		return 0;
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (strlen(words[k]) == n && strncasecmp(s, words[k], n) == 0)
			return 1;
	return 0;
}

int lexicon_lowercase(const char *s, size_t n)
{
	lexicon_init();
	uint64_t h = lexicon_lower_hash(s, n);
	uint32_t low = ((uint32_t)1 << lexicon_lower_bits) - 1, want = (uint32_t)(h >> 32) << lexicon_lower_bits;
	for (size_t i = (size_t)h & (lexicon_lower_cap - 1);; i = (i + 1) & (lexicon_lower_cap - 1)) {
		uint32_t v = lexicon_lower_set[i];
		if (!v)
			return 0;
		if ((v & ~low) == want && lexicon_lower_cmp(s, n, lexicon_strings + lexicon_lower[(v & low) - 1]) == 0)
			return 1;
	}
}

#ifdef LEXICON_GENERATE
/* --- lexicon-gen: the tables made from the lists ------------------------ */

#include <stdio.h>

#define LEXICON_DECLARE(name) \
	extern const char lexicon_##name##_start[]; \
	extern const char lexicon_##name##_end[];
LEXICON_DECLARE(countries)
LEXICON_DECLARE(cities)
LEXICON_DECLARE(regions)
LEXICON_DECLARE(demonyms)
LEXICON_DECLARE(first_names)
LEXICON_DECLARE(titles)
LEXICON_DECLARE(org_words)
LEXICON_DECLARE(orgs)
LEXICON_DECLARE(months)
LEXICON_DECLARE(weekdays)
LEXICON_DECLARE(speech_verbs)
LEXICON_DECLARE(common)
LEXICON_DECLARE(roles)
LEXICON_DECLARE(particles)
LEXICON_DECLARE(company_suffixes)
LEXICON_DECLARE(groups)
LEXICON_DECLARE(people)
LEXICON_DECLARE(events)
LEXICON_DECLARE(lowercase)
LEXICON_DECLARE(city_countries)
LEXICON_DECLARE(terms)
LEXICON_DECLARE(products)
LEXICON_DECLARE(countries_intl)

struct lexicon_file {
	const char *start, *end;	/* the file's bytes */
	unsigned cls;			/* the class of every phrase in it */
};

#define LEXICON_FILE(name, c) { lexicon_##name##_start, lexicon_##name##_end, c }
static const struct lexicon_file lexicon_files[] = {
	LEXICON_FILE(countries, LEX_COUNTRY),
	LEXICON_FILE(cities, LEX_CITY),
	LEXICON_FILE(regions, LEX_REGION),
	LEXICON_FILE(demonyms, LEX_DEMONYM),
	LEXICON_FILE(first_names, LEX_FIRST_NAME),
	LEXICON_FILE(titles, LEX_TITLE),
	LEXICON_FILE(org_words, LEX_ORG_WORD),
	LEXICON_FILE(orgs, LEX_ORG),
	LEXICON_FILE(months, LEX_MONTH),
	LEXICON_FILE(weekdays, LEX_WEEKDAY),
	LEXICON_FILE(speech_verbs, LEX_SPEECH_VERB),
	LEXICON_FILE(common, LEX_COMMON),
	LEXICON_FILE(roles, LEX_ROLE),
	LEXICON_FILE(particles, LEX_SURNAME_PARTICLE),
	LEXICON_FILE(company_suffixes, LEX_COMPANY_SUFFIX),
	LEXICON_FILE(groups, LEX_GROUP),
	LEXICON_FILE(people, LEX_PERSON),
	LEXICON_FILE(events, LEX_EVENT),
};

/* A phrase while the lists are read. */
struct lexicon_entry {
	char *key;		/* folded phrase, words joined by one space; NULL if free */
	size_t keylen;		/* its length */
	uint64_t hash;		/* lexicon_hash of the key */
	unsigned cls;		/* its classes; 0 for a word that only starts phrases */
	unsigned longest;	/* words in the longest phrase this word starts */
	unsigned longest_lower;	/* the same among phrases listed with it in lower case */
	uint32_t seconds;	/* as lexicon_rec's */
	char *canonical;	/* the canonical name, or NULL */
};

/* One open-addressing table of phrases. A phrase's first word has an entry
 * too, which tells how long the phrases it starts can be, so that most
 * words cost one lookup. */
static struct lexicon_entry *lexicon_table;
static size_t lexicon_cap, lexicon_gen_count;

/* The header of the tables being made (the bit filters are set in it as
 * the lists are read). */
static struct lexicon_head *lexicon_gen;

/* The tables' strings, one after another, each NUL-terminated; offset 0
 * is none (lexicon_str). */
static char *lexicon_gen_pool;
static size_t lexicon_gen_pooln, lexicon_gen_poolcap;

/* The offset of a copy of s[0..n) in the strings. */
static uint32_t lexicon_gen_str(const char *s, size_t n)
{
	lexicon_gen_pool = xgrow(lexicon_gen_pool, &lexicon_gen_poolcap, lexicon_gen_pooln + n + 1, 1);
	memcpy(lexicon_gen_pool + lexicon_gen_pooln, s, n);
	lexicon_gen_pool[lexicon_gen_pooln + n] = '\0';
	uint32_t off = (uint32_t)lexicon_gen_pooln;
	lexicon_gen_pooln += n + 1;
	lexicon_strings = lexicon_gen_pool;
	return off;
}

static struct lexicon_entry *lexicon_slot(struct lexicon_entry *t, size_t cap, uint64_t hash, const char *k,
					   size_t n)
{
	size_t i = (size_t)hash & (cap - 1);
	while (t[i].key && (t[i].keylen != n || memcmp(t[i].key, k, n) != 0))
		i = (i + 1) & (cap - 1);
	return &t[i];
}

static void lexicon_grow(size_t count)
{
	if ((count + 1) * 2 < lexicon_cap)
		return;
	size_t ncap = lexicon_cap ? lexicon_cap * 2 : 4096;
	struct lexicon_entry *nt = xcalloc(ncap, sizeof *nt);
	/* The keys differ from one another: an entry goes to the first free
	 * slot from its hash's, where lexicon_slot finds it, without compares. */
	for (size_t i = 0; i < lexicon_cap; i++)
		if (lexicon_table[i].key) {
			size_t j = (size_t)lexicon_table[i].hash & (ncap - 1);
			while (nt[j].key)
				j = (j + 1) & (ncap - 1);
			nt[j] = lexicon_table[i];
		}
	free(lexicon_table);
	lexicon_table = nt;
	lexicon_cap = ncap;
}

/* The lists' keys and names are copied one after another into blocks of
 * this size, which live as long as the tables: a malloc for each of tens
 * of thousands of them cost a sixth of the time the lists took to load. */
#define LEXICON_BLOCK 65536
static char *lexicon_block;
static size_t lexicon_block_left;

/* A copy of s[0..n), NUL-terminated, in a block. */
static char *lexicon_strndup(const char *s, size_t n)
{
	if (n >= LEXICON_BLOCK / 16)
		return xstrndup(s, n);
	if (n + 1 > lexicon_block_left) {
		lexicon_block = xmalloc(LEXICON_BLOCK);
		lexicon_block_left = LEXICON_BLOCK;
	}
	char *p = lexicon_block;
	memcpy(p, s, n);
	p[n] = '\0';
	lexicon_block += n + 1;
	lexicon_block_left -= n + 1;
	return p;
}

/* The entry of a folded key whose lexicon_hash is h, made (empty, with a
 * copy of the key) if new. */
static struct lexicon_entry *lexicon_entry_hashed(const char *key, size_t n, uint64_t h)
{
	lexicon_grow(lexicon_gen_count);
	struct lexicon_entry *e = lexicon_slot(lexicon_table, lexicon_cap, h, key, n);
	if (!e->key) {
		e->key = lexicon_strndup(key, n);
		e->keylen = n;
		e->hash = h;
		lexicon_gen_count++;
	}
	return e;
}

/* The hash of a phrase's first two words for the pair filter
 * (lexicon_pairs). */
static uint64_t lexicon_pair_hash(const char *a, size_t an, const char *b, size_t bn)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < an; i++) {
		unsigned char c = (unsigned char)a[i];
		h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ull;
	}
	h = (h ^ ' ') * 1099511628211ull;
	for (size_t i = 0; i < bn; i++) {
		unsigned char c = (unsigned char)b[i];
		h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ull;
	}
	return h;
}

/* Folds s[0..n) as text_fold does into out (n + 1 bytes), with its
 * words in *words, in one pass, when it is
 * ASCII and letters of Latin-1 other than sharp s ("Mélanie", whose
 * capitals fold to the small letter 0x20 above them): returns the length
 * folded, or SIZE_MAX for text_fold to fold it. Most lines of the lists
 * are, and folding each into a string of its own, then hashing it, was a
 * third of the time they took to load. */
static size_t lexicon_fold(const char *s, size_t n, char *out, unsigned *words)
{
	size_t o = 0;
	int gap = 0;
	*words = 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((unsigned)(c - 'a') < 26 && !gap) {
			/* Most bytes: a small letter within a word. */
			out[o++] = (char)c;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			gap = o > 0;
			continue;
		}
		if (gap) {
			out[o++] = ' ';
			++*words;
			gap = 0;
		}
		if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0xBF &&
		    (unsigned char)s[i + 1] != 0x9F) {
			unsigned char d = (unsigned char)s[++i];
			if (d <= 0x9E && d != 0x97)
				d = (unsigned char)(d + 0x20);
			out[o++] = (char)c;
			c = d;
		} else if (c >= 0x80) {
			return SIZE_MAX;
		} else if (c >= 'A' && c <= 'Z') {
			c = (unsigned char)(c + 32);
		}
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return o;
}

static void lexicon_add(const char *phrase, size_t n, unsigned cls, const char *canon, size_t cn)
{
	if (n > lexicon_longest_phrase)
		lexicon_longest_phrase = n;
	char buf[256];
	uint64_t h;
	unsigned words;
	char *folded = buf;
	size_t len = n < sizeof buf ? lexicon_fold(phrase, n, buf, &words) : SIZE_MAX;
	if (len == SIZE_MAX) {
		folded = text_fold_buf(phrase, n, buf, sizeof buf, &len);
		words = 1;
		for (size_t k = 0; k < len; k++)
			words += folded[k] == ' ';
	}
	h = lexicon_hash(folded, len);
	n = len;
	struct lexicon_entry *e = n ? lexicon_entry_hashed(folded, n, h) : NULL;
	if (folded != buf)
		free(folded);
	if (!e)
		return;
	e->cls |= cls;
	if (canon && cn && !e->canonical)
		e->canonical = lexicon_strndup(canon, cn);
	if (words > 1) {
		/* The key outlives e, which the next entry may move. */
		const char *key = e->key;
		size_t fn = (size_t)((const char *)memchr(key, ' ', n) - key);
		struct lexicon_entry *f = lexicon_entry_hashed(key, fn, lexicon_hash(key, fn));
		if (words > f->longest)
			f->longest = words;
		/* "press secretary" starts in lower case; "The Hague" does not,
		 * so "the" in running text need not try it. */
		if (!(phrase[0] >= 'A' && phrase[0] <= 'Z') && words > f->longest_lower)
			f->longest_lower = words;
		f->seconds |= lexicon_second_bit((unsigned char)key[fn + 1]);
		/* The folded key's first two words, for the pair filter. */
		const char *w2 = key + fn + 1;
		size_t w2n = 0;
		while (w2[w2n] && w2[w2n] != ' ')
			w2n++;
		uint64_t h = lexicon_pair_hash(key, fn, w2, w2n) & (LEXICON_PAIR_BITS - 1);
		lexicon_gen->pairs[h / 8] |= (unsigned char)(1u << (h % 8));
	}
}

/* The lines of a list file p[0..end) but its comments and empty lines, in
 * order, each where it starts; their count in *n. */
static const char **lexicon_lines(const char *p, const char *end, size_t *n)
{
	const char **v = NULL;
	size_t cap = 0;
	*n = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (p < le && *p != '#') {
			v = xgrow(v, &cap, *n + 1, sizeof *v);
			v[(*n)++] = p;
		}
		p = le + 1;
	}
	return v;
}


/* The lines of the list start[0..end) as strings of the tables: their
 * offsets, their count in *n, and where each starts in the list in *at
 * (for the caller to free). */
static uint32_t *lexicon_gen_lines(const char *start, const char *end, size_t *n, const char ***at)
{
	const char **v = lexicon_lines(start, end, n);
	uint32_t *o = xmalloc((*n ? *n : 1) * sizeof *o);
	for (size_t i = 0; i < *n; i++) {
		const char *nl = memchr(v[i], '\n', (size_t)(end - v[i]));
		o[i] = lexicon_gen_str(v[i], (size_t)((nl ? nl : end) - v[i]));
	}
	*at = v;
	return o;
}

/* lexicon_lower_set, of lexicon_lower's words. */
static uint32_t *lexicon_gen_lower_index(void)
{
	lexicon_lower_cap = 64;
	while (lexicon_lower_cap < lexicon_nlower * 2)
		lexicon_lower_cap *= 2;
	uint32_t *set = xcalloc(lexicon_lower_cap, sizeof *set);
	lexicon_lower_bits = 1;
	while (((size_t)1 << lexicon_lower_bits) <= lexicon_nlower + 1)
		lexicon_lower_bits++;
	/* A line the search would not find (out of order, or not lower case)
	 * is left out, so that both always agree. When the lines are in byte
	 * order and without capitals, the search finds every one: they are
	 * put in as they are read, each line's length and capitals told in
	 * one pass; else the table is made again, of the lines found. */
	int sorted = 1;
	for (int again = 0; again < 2; again++) {
		const char *prev = NULL;
		size_t prevn = 0;
		for (size_t k = 0; k < lexicon_nlower; k++) {
			const char *w = lexicon_strings + lexicon_lower[k];
			int caps = 0;
			size_t n = 0;
			for (; w[n] != '\n' && w[n] != '\0'; n++)
				caps |= w[n] >= 'A' && w[n] <= 'Z';
			uint64_t h = lexicon_lower_hash(w, n);
			if (!again) {
				sorted &= !caps && (!prev || lexicon_lower_cmp(prev, prevn, w) <= 0);
				prev = w;
				prevn = n;
			} else if (!lexicon_lower_search(w, n)) {
				continue;
			}
			size_t i = (size_t)h & (lexicon_lower_cap - 1);
			while (set[i])
				i = (i + 1) & (lexicon_lower_cap - 1);
			set[i] = (uint32_t)(h >> 32) << lexicon_lower_bits | (uint32_t)(k + 1);
		}
		if (sorted || again)
			break;
		memset(set, 0, lexicon_lower_cap * sizeof *set);
	}
	return set;
}

/* An exact list (x's filters) from the file start[0..end): its lines'
 * offsets, their count in *n. */
static uint32_t *lexicon_gen_exact(struct lexicon_exact *x, const char *start, const char *end, size_t *n)
{
	const char **v;
	uint32_t *list = lexicon_gen_lines(start, end, n, &v);
	for (size_t i = 0; i < *n; i++) {
		const unsigned char *w = (const unsigned char *)v[i];
		unsigned pair = (unsigned)w[0] << 8 | w[1];
		x->pairs[pair >> 3] |= (unsigned char)(1u << (pair & 7));
		uint64_t h = text_short_hash(v[i], strcspn(v[i], "\n")) & (LEXICON_EXACT_BITS - 1);
		x->hashes[h / 64] |= 1ull << (h % 64);
	}
	free(v);
	x->n = (uint32_t)*n;
	return list;
}

/* An intl name while the list is read. */
struct lexicon_gen_intl {
	char *key;
	size_t n;
	char lang[4];
	char *canon;
};

static int lexicon_gen_intl_cmp(const void *a, const void *b)
{
	const struct lexicon_gen_intl *x = a, *y = b;
	int c = memcmp(x->key, y->key, x->n < y->n ? x->n : y->n);
	return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* countries_intl.txt, sorted by the folded name; their count in *count. */
static struct lexicon_intl *lexicon_gen_load_intl(size_t *count)
{
	size_t n, m = 0;
	const char **lines = lexicon_lines(lexicon_countries_intl_start, lexicon_countries_intl_end, &n);
	struct lexicon_gen_intl *list = xcalloc(n ? n : 1, sizeof *list);
	for (size_t i = 0; i < n; i++) {
		const char *p = lines[i], *end = strchr(p, '\n');
		if (!end)
			end = p + strlen(p);
		const char *t1 = memchr(p, '\t', (size_t)(end - p));
		const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(end - t1 - 1)) : NULL;
		if (!t2 || t1 - p > 3)
			continue;
		struct lexicon_gen_intl *e = &list[m++];
		memcpy(e->lang, p, (size_t)(t1 - p));
		e->lang[t1 - p] = '\0';
		e->key = text_fold(t1 + 1, (size_t)(t2 - t1 - 1), &e->n);
		e->canon = xstrndup(t2 + 1, (size_t)(end - t2 - 1));
		lexicon_gen->intl_first[(unsigned char)e->key[0] >> 3] |= (unsigned char)(1u << (e->key[0] & 7));
		uint64_t h = text_short_hash(e->key, e->n) & (LEXICON_INTL_BITS - 1);
		lexicon_gen->intl_hashes[h / 64] |= 1ull << (h % 64);
		if (e->n >= 2) {
			unsigned pair = (unsigned)(unsigned char)e->key[0] << 8 | (unsigned char)e->key[1];
			lexicon_gen->intl_pairs[pair >> 3] |= (unsigned char)(1u << (pair & 7));
		}
	}
	free(lines);
	qsort(list, m, sizeof *list, lexicon_gen_intl_cmp);
	struct lexicon_intl *out = xcalloc(m ? m : 1, sizeof *out);
	for (size_t i = 0; i < m; i++) {
		out[i].key = lexicon_gen_str(list[i].key, list[i].n);
		out[i].n = (uint32_t)list[i].n;
		memcpy(out[i].lang, list[i].lang, sizeof out[i].lang);
		out[i].canon = lexicon_gen_str(list[i].canon, strlen(list[i].canon));
		free(list[i].key);
		free(list[i].canon);
	}
	free(list);
	*count = m;
	return out;
}

/* A city while the list is read. */
struct lexicon_gen_city {
	char *key;
	char *country;
};

static int lexicon_gen_city_cmp(const void *a, const void *b)
{
	return strcmp(((const struct lexicon_gen_city *)a)->key, ((const struct lexicon_gen_city *)b)->key);
}

/* city_countries.txt, sorted by the folded name; their count in *count. */
static struct lexicon_city *lexicon_gen_load_cities(size_t *count)
{
	const char *p = lexicon_city_countries_start, *end = lexicon_city_countries_end;
	struct lexicon_gen_city *list = NULL;
	size_t cap = 0, m = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *tab = memchr(p, '\t', (size_t)(le - p));
		if (*p != '#' && tab && tab > p && le > tab + 1) {
			list = xgrow(list, &cap, m + 1, sizeof *list);
			size_t kn;
			list[m].key = text_fold(p, (size_t)(tab - p), &kn);
			list[m].country = xstrndup(tab + 1, (size_t)(le - tab - 1));
			m++;
		}
		p = le + 1;
	}
	if (m)
		qsort(list, m, sizeof *list, lexicon_gen_city_cmp);
	struct lexicon_city *out = xcalloc(m ? m : 1, sizeof *out);
	for (size_t i = 0; i < m; i++) {
		out[i].key = lexicon_gen_str(list[i].key, strlen(list[i].key));
		out[i].country = lexicon_gen_str(list[i].country, strlen(list[i].country));
		free(list[i].key);
		free(list[i].country);
	}
	free(list);
	*count = m;
	return out;
}

static void lexicon_load(void)
{
	lexicon_grow(0);
	for (size_t f = 0; f < sizeof lexicon_files / sizeof *lexicon_files; f++) {
		const char *p = lexicon_files[f].start, *end = lexicon_files[f].end;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			const char *le = nl ? nl : end;
			if (p < le && *p != '#') {
				const char *tab = memchr(p, '\t', (size_t)(le - p));
				const char *pe = tab ? tab : le;
				const char *cs = tab ? tab + 1 : NULL;
				const char *ce = le;
				while (ce > (cs ? cs : pe) && (ce[-1] == '\r' || ce[-1] == ' '))
					ce--;
				if (!tab)
					pe = ce;
				lexicon_add(p, (size_t)(pe - p), lexicon_files[f].cls, cs,
					    cs ? (size_t)(ce - cs) : 0);
			}
			p = le + 1;
		}
	}
}


/* The size of part n bytes long, to the next part's start. */
static size_t lexicon_gen_round(size_t n)
{
	return (n + 63) / 64 * 64;
}

/* Reads the lists and makes the tables, in one block that lexicon_use
 * points the lookups at: what lexicon-gen writes. */
static void lexicon_build(void)
{
	lexicon_gen = xcalloc(1, sizeof *lexicon_gen);
	lexicon_gen_str("", 0);
	const char **at;
	uint32_t *lower = lexicon_gen_lines(lexicon_lowercase_start, lexicon_lowercase_end, &lexicon_nlower, &at);
	free(at);
	lexicon_lower = lower;
	uint32_t *lower_set = lexicon_gen_lower_index();
	size_t nterms, nproducts, nintl, ncities;
	uint32_t *terms = lexicon_gen_exact(&lexicon_gen->terms, lexicon_terms_start, lexicon_terms_end, &nterms);
	uint32_t *products =
		lexicon_gen_exact(&lexicon_gen->products, lexicon_products_start, lexicon_products_end, &nproducts);
	struct lexicon_intl *intl = lexicon_gen_load_intl(&nintl);
	lexicon_load();
	struct lexicon_city *cities = lexicon_gen_load_cities(&ncities);
	/* The phrases in the table's order, each with its slot. */
	size_t count = lexicon_gen_count;
	size_t nslots = (count + 2) / 2 * 2;
	struct lexicon_rec *recs = xcalloc(count ? count : 1, sizeof *recs);
	struct lexicon_slot *slots = xcalloc(nslots, sizeof *slots);
	lexicon_ibits = 1;
	while (((size_t)1 << lexicon_ibits) <= count + 1)
		lexicon_ibits++;
	lexicon_icap = 1024;
	while (lexicon_icap * 2 < count * 3)
		lexicon_icap *= 2;
	uint32_t *index = xcalloc(lexicon_icap, sizeof *index);
	size_t k = 0;
	for (size_t i = 0; i < lexicon_cap; i++) {
		const struct lexicon_entry *e = &lexicon_table[i];
		if (!e->key)
			continue;
		struct lexicon_rec *r = &recs[k];
		r->key = lexicon_gen_str(e->key, e->keylen);
		r->keylen = (uint32_t)e->keylen;
		r->canonical = e->canonical ? lexicon_gen_str(e->canonical, strlen(e->canonical)) : 0;
		r->longest = e->longest;
		r->longest_lower = e->longest_lower;
		r->seconds = e->seconds;
		struct lexicon_slot *sl = &slots[k];
		sl->cls = e->cls;
		sl->entry = (uint32_t)k;
		k++;
		if (e->keylen < LEXICON_LONG && e->longest < 256 && e->longest_lower < 256) {
			sl->keylen = (uint8_t)e->keylen;
			sl->longest = (uint8_t)e->longest;
			sl->longest_lower = (uint8_t)e->longest_lower;
		} else {
			sl->keylen = LEXICON_LONG;
		}
		memcpy(sl->key, e->key, e->keylen < LEXICON_INLINE ? e->keylen : LEXICON_INLINE);
		size_t j = (size_t)e->hash & (lexicon_icap - 1);
		while (index[j])
			j = (j + 1) & (lexicon_icap - 1);
		index[j] = lexicon_fp(e->hash) | (uint32_t)k;
	}
	/* The block: the header, then the parts. */
	struct lexicon_head *h = lexicon_gen;
	memcpy(h->magic, LEXICON_MAGIC, sizeof h->magic);
	h->count = (uint32_t)count;
	h->icap = (uint32_t)lexicon_icap;
	h->ibits = lexicon_ibits;
	h->nlower = (uint32_t)lexicon_nlower;
	h->lower_cap = (uint32_t)lexicon_lower_cap;
	h->lower_bits = lexicon_lower_bits;
	h->nintl = (uint32_t)nintl;
	h->ncities = (uint32_t)ncities;
	h->longest_phrase = (uint32_t)lexicon_longest_phrase;
	struct {
		uint32_t *off;
		const void *p;
		size_t n;
	} parts[] = {
		{ &h->strings, lexicon_gen_pool, lexicon_gen_pooln },
		{ &h->recs, recs, count * sizeof *recs },
		{ &h->slots, slots, nslots * sizeof *slots },
		{ &h->index, index, lexicon_icap * sizeof *index },
		{ &h->lower, lower, lexicon_nlower * sizeof *lower },
		{ &h->lower_set, lower_set, lexicon_lower_cap * sizeof *lower_set },
		{ &h->terms.list, terms, nterms * sizeof *terms },
		{ &h->products.list, products, nproducts * sizeof *products },
		{ &h->intl, intl, nintl * sizeof *intl },
		{ &h->cities, cities, ncities * sizeof *cities },
	};
	size_t size = lexicon_gen_round(sizeof *h);
	for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) {
		*parts[p].off = (uint32_t)size;
		size += lexicon_gen_round(parts[p].n);
	}
	h->size = (uint32_t)size;
	char *block = xcalloc(1, size);
	memcpy(block, h, sizeof *h);
	for (size_t p = 0; p < sizeof parts / sizeof *parts; p++)
		memcpy(block + *parts[p].off, parts[p].p, parts[p].n);
	lexicon_use((const struct lexicon_head *)(const void *)block);
	/* The acronyms the lists spell out ("Environmental Protection
	 * Agency<TAB>EPA"): once the table is searchable. */
	struct lexicon_rec *r = (struct lexicon_rec *)(void *)(block + h->recs);
	for (size_t i = 0; i < count; i++) {
		const char *key = lexicon_strings + r[i].key, *canon = lexicon_str(r[i].canonical);
		if (!canon || !memchr(key, ' ', r[i].keylen) || strchr(canon, ' '))
			continue;
		const struct lexicon_slot *sl = lexicon_find(canon, strlen(canon));
		if (sl && !r[sl->entry].expansion)
			r[sl->entry].expansion = r[i].key;
	}
}

static void lexicon_init(void)
{
	if (!lexicon_slots)
		lexicon_build();
}

/* lexicon-gen FILE: writes the tables to FILE. */
int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: lexicon-gen FILE\n");
		return 1;
	}
	lexicon_init();
	FILE *f = fopen(argv[1], "wb");
	if (!f || fwrite(lexicon_tables, 1, lexicon_tables->size, f) != lexicon_tables->size || fclose(f) != 0) {
		perror(argv[1]);
		return 1;
	}
	return 0;
}
#endif
