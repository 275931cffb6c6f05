/* lexicon: a hash table of the phrases in the files under src/lexicon/,
 * built on first use. Each file is one class; a line is a phrase, optionally followed by a
 * tab and its canonical name; '#' starts a comment line. */
#include "lexicon.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xmalloc.h"

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

struct lexicon_entry {
	char *key;		/* folded phrase, words joined by one space; NULL if free */
	size_t keylen;		/* its length */
	unsigned cls;		/* its classes */
	char *canonical;	/* the canonical name, or NULL */
};

static struct lexicon_entry *lexicon_table;
static size_t lexicon_cap, lexicon_count;
/* For each slot of a table, the high half of its key's hash (never 0) or 0
 * when free: lookups of words that are in no list, the most common case,
 * end in this small array without touching the entries. */
static uint32_t *lexicon_fp, *lexicon_firsts_fp;
/* Folded first words of phrases of two or more words, so that most words
 * need only one lookup. */
static struct lexicon_entry *lexicon_firsts;
static size_t lexicon_firsts_cap, lexicon_firsts_count;
#define LEXICON_MAX_WORDS 8

static uint64_t lexicon_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static struct lexicon_entry *lexicon_slot(struct lexicon_entry *t, size_t cap, const char *k, size_t n)
{
	size_t i = (size_t)lexicon_hash(k, n) & (cap - 1);
	while (t[i].key && (t[i].keylen != n || memcmp(t[i].key, k, n) != 0))
		i = (i + 1) & (cap - 1);
	return &t[i];
}

static void lexicon_grow(struct lexicon_entry **t, size_t *cap, size_t count)
{
	if ((count + 1) * 2 < *cap)
		return;
	size_t ncap = *cap ? *cap * 2 : 4096;
	struct lexicon_entry *nt = xcalloc(ncap, sizeof *nt);
	for (size_t i = 0; i < *cap; i++)
		if ((*t)[i].key)
			*lexicon_slot(nt, ncap, (*t)[i].key, (*t)[i].keylen) = (*t)[i];
	free(*t);
	*t = nt;
	*cap = ncap;
}

static void lexicon_add(const char *phrase, size_t n, unsigned cls, const char *canon, size_t cn)
{
	char *key = text_fold(phrase, n, &n);
	if (n == 0) {
		free(key);
		return;
	}
	lexicon_grow(&lexicon_table, &lexicon_cap, lexicon_count);
	struct lexicon_entry *e = lexicon_slot(lexicon_table, lexicon_cap, key, n);
	if (e->key) {
		free(key);
	} else {
		e->key = key;
		e->keylen = n;
		lexicon_count++;
	}
	e->cls |= cls;
	if (canon && cn && !e->canonical)
		e->canonical = xstrndup(canon, cn);
	char *sp = memchr(e->key, ' ', n);
	if (sp) {
		size_t fn = (size_t)(sp - e->key);
		unsigned words = 1;
		for (size_t k = 0; k < n; k++)
			words += e->key[k] == ' ';
		lexicon_grow(&lexicon_firsts, &lexicon_firsts_cap, lexicon_firsts_count);
		struct lexicon_entry *f = lexicon_slot(lexicon_firsts, lexicon_firsts_cap, e->key, fn);
		if (!f->key) {
			f->key = xstrndup(e->key, fn);
			f->keylen = fn;
			lexicon_firsts_count++;
		}
		/* In the first-word table, cls is the longest phrase's length. */
		if (words > f->cls)
			f->cls = words;
	}
}

static void lexicon_load(void);
static uint32_t *lexicon_fingerprints(const struct lexicon_entry *t, size_t cap);

static void lexicon_init(void)
{
	if (lexicon_fp)
		return;
	lexicon_load();
	lexicon_fp = lexicon_fingerprints(lexicon_table, lexicon_cap);
	lexicon_firsts_fp = lexicon_fingerprints(lexicon_firsts, lexicon_firsts_cap);
}

static void lexicon_load(void)
{
	lexicon_grow(&lexicon_table, &lexicon_cap, 0);
	lexicon_grow(&lexicon_firsts, &lexicon_firsts_cap, 0);
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

static uint32_t *lexicon_fingerprints(const struct lexicon_entry *t, size_t cap)
{
	uint32_t *fp = xcalloc(cap, sizeof *fp);
	for (size_t i = 0; i < cap; i++)
		if (t[i].key)
			fp[i] = (uint32_t)(lexicon_hash(t[i].key, t[i].keylen) >> 32) | 1u;
	return fp;
}

/* The fast path of lookups: plain ASCII words joined by single spaces are
 * hashed and compared lower-cased in place, with no folded copy. Returns
 * 0 if s is not such text. */
static int lexicon_find_ascii(const struct lexicon_entry *t, const uint32_t *fp, size_t cap,
			      const char *s, size_t n, const struct lexicon_entry **out)
{
	uint64_t h = 1469598103934665603ull;
	if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || (c < 0x20) || (c == ' ' && s[i - 1] == ' '))
			return 0;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		h ^= c;
		h *= 1099511628211ull;
	}
	uint32_t want = (uint32_t)(h >> 32) | 1u;
	size_t i = (size_t)h & (cap - 1);
	for (;;) {
		if (fp[i] == 0) {
			*out = NULL;
			return 1;
		}
		const struct lexicon_entry *e = &t[i];
		if (fp[i] == want && e->keylen == n) {
			size_t k = 0;
			while (k < n) {
				unsigned char c = (unsigned char)s[k];
				if (c >= 'A' && c <= 'Z')
					c = (unsigned char)(c + 32);
				if ((unsigned char)e->key[k] != c)
					break;
				k++;
			}
			if (k == n) {
				*out = e;
				return 1;
			}
		}
		i = (i + 1) & (cap - 1);
	}
}

static const struct lexicon_entry *lexicon_find(const char *s, size_t n)
{
	lexicon_init();
	const struct lexicon_entry *fast;
	if (lexicon_find_ascii(lexicon_table, lexicon_fp, lexicon_cap, s, n, &fast))
		return fast;
	char buf[256];
	size_t fn;
	char *key = text_fold_buf(s, n, buf, sizeof buf, &fn);
	const struct lexicon_entry *e = lexicon_slot(lexicon_table, lexicon_cap, key, fn);
	if (key != buf)
		free(key);
	return e->key ? e : NULL;
}

unsigned lexicon_lookup(const char *s, size_t n)
{
	const struct lexicon_entry *e = lexicon_find(s, n);
	return e ? e->cls : 0;
}

const char *lexicon_canonical(const char *s, size_t n)
{
	const struct lexicon_entry *e = lexicon_find(s, n);
	return e ? e->canonical : NULL;
}

size_t lexicon_match(const struct lexicon_word *w, size_t nwords, size_t i, unsigned *cls)
{
	lexicon_init();
	*cls = 0;
	if (i >= nwords)
		return 0;
	const struct lexicon_entry *fe;
	if (!lexicon_find_ascii(lexicon_firsts, lexicon_firsts_fp, lexicon_firsts_cap, w[i].s, w[i].n, &fe)) {
		char buf[512];
		size_t fn;
		char *first = text_fold_buf(w[i].s, w[i].n, buf, sizeof buf, &fn);
		fe = lexicon_slot(lexicon_firsts, lexicon_firsts_cap, first, fn);
		if (!fe->key)
			fe = NULL;
		if (first != buf)
			free(first);
	}
	size_t longest = fe ? fe->cls : 0;
	size_t best = 0;
	if (longest > 1) {
		/* Phrases are tried longest first, joined by single spaces. */
		size_t maxw = nwords - i < longest ? nwords - i : longest;
		for (size_t k = maxw; k >= 2; k--) {
			size_t len = 0;
			for (size_t j = i; j < i + k; j++)
				len += w[j].n + 1;
			char stack[256];
			char *joined = len <= sizeof stack ? stack : xmalloc(len);
			size_t o = 0;
			for (size_t j = i; j < i + k; j++) {
				memcpy(joined + o, w[j].s, w[j].n);
				o += w[j].n;
				joined[o++] = ' ';
			}
			const struct lexicon_entry *e = lexicon_find(joined, o - 1);
			if (joined != stack)
				free(joined);
			if (e) {
				*cls = e->cls;
				return k;
			}
		}
	}
	const struct lexicon_entry *e = lexicon_find(w[i].s, w[i].n);
	if (e) {
		*cls = e->cls;
		best = 1;
	}
	return best;
}

size_t lexicon_size(void)
{
	lexicon_init();
	return lexicon_count;
}
