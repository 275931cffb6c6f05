/* entity: naming mentions so that every mention of one thing carries one
 * name, and keeping the table of things named. */
#include "entity.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "article.h"
#include "corpus.h"
#include "lexicon.h"
#include "nickname.h"
#include "pool.h"
#include "text.h"
#include "word8.h"
#include "xmalloc.h"

#define ENTITY_MEMO 4096
/* A word or a name folded for a look-up goes on the stack when it fits
 * (text_fold_buf), as nearly all do: a malloc and a free for each cost
 * more than the folding. */
#define ENTITY_FOLD 128

struct entity_map;
static void entity_map_add(struct entity_map *m, const char *key, size_t idx);
static void entity_map_free(struct entity_map *m);
static int entity_nickname_word(const char *s, size_t a, size_t b);
struct entity_words;
static int entity_nickname_of(const struct entity_words *w, char *out, size_t size);

/* Hash of keys to entity ids (open addressing over ids + 1), and a small
 * cache of names as written to ids, since the same names come back in
 * article after article ("Reuters", "U.S."). */
struct entity_index {
	size_t *slot;	/* 0 free, else id + 1 */
	size_t cap;
	struct entity_map *aliases;	/* a name as written -> the entities a story
					 * named it by (a short form its text joined
					 * to a longer name), NULL until one is seen */
	struct entity_memo {
		char *name;	/* a name as given to entity_intern (in buf when it
				 * fits: no malloc and free for each), or NULL */
		int type;	/* its type */
		size_t id;	/* its entity */
		char buf[40];
	} *memo;	/* nmemo slots, a power of two */
	size_t nmemo;
	int linked;	/* entity_link has run on the table */
	size_t indexed;	/* entities in slot: all of the table's (t->n) but
			 * where a snapshot's were not hashed yet */
	/* Per entity, the spelling most of its mentions are written in, by
	 * a majority vote kept as they come (Boyer and Moore's: a spelling
	 * and its lead), so that the first one seen ("North sea") does not
	 * name what 51 of 53 mentions write "North Sea". */
	struct entity_spelling {
		char *name;	/* the spelling leading, or NULL */
		size_t lead;
	} *spelling;
	size_t spelling_cap;
	size_t capdocs;	/* slots allocated in the table's docs */
};

/* FNV-1a of s[0..n) and type. */
static unsigned long long entity_hash_n(const char *s, size_t n, int type)
{
	const unsigned long long prime = 1099511628211ull;
	unsigned long long h = 1469598103934665603ull ^ (unsigned)type;
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	/* Four bytes a step: the loop's own test and count were half its
	 * instructions a byte. */
	for (; i + 4 <= n; i += 4) {
		h = (h ^ p[i]) * prime;
		h = (h ^ p[i + 1]) * prime;
		h = (h ^ p[i + 2]) * prime;
		h = (h ^ p[i + 3]) * prime;
	}
	for (; i < n; i++)
		h = (h ^ p[i]) * prime;
	return h;
}

static unsigned long long entity_hash(const char *s, int type)
{
	return entity_hash_n(s, strlen(s), type);
}

/* a then b in a new string: the keys of the maps below, without the
 * format parsing of xasprintf (tens of thousands of them in a corpus). */
static char *entity_cat(const char *a, const char *b)
{
	size_t an = strlen(a), bn = strlen(b);
	char *k = xmalloc(an + bn + 1);
	memcpy(k, a, an);
	memcpy(k + an, b, bn + 1);
	return k;
}

/* The same into buf of size bytes when it fits (returns buf), for the
 * keys looked up and dropped at once: tens of thousands while linking. */
static char *entity_cat_buf(const char *a, const char *b, char *buf, size_t size)
{
	size_t an = strlen(a), bn = strlen(b);
	char *k = an + bn < size ? buf : xmalloc(an + bn + 1);
	memcpy(k, a, an);
	memcpy(k + an, b, bn + 1);
	return k;
}

/* A quicksort of type by less (a median of three, Hoare's partition, the
 * larger part by a loop and the smaller by a call, insertion below 17):
 * what qsort gives for a total order, with no call per comparison, for
 * the big sorts of linking. Both sorts below are made from it, so that
 * the unit test of entity_sort_sizes against qsort tests both. */
#define ENTITY_QUICKSORT(name, type, less)                                                              \
	static void name(type *v, size_t n)                                                             \
	{                                                                                               \
		while (n > 16) {                                                                        \
			type a = v[0], b = v[n / 2], c = v[n - 1], pivot;                               \
			if (less(&a, &b))                                                               \
				pivot = less(&b, &c) ? b : less(&a, &c) ? c : a;                        \
			else                                                                            \
				pivot = less(&a, &c) ? a : less(&b, &c) ? c : b;                        \
			size_t i = 0, j = n - 1;                                                        \
			for (;;) {                                                                      \
				while (less(&v[i], &pivot))                                             \
					i++;                                                            \
				while (less(&pivot, &v[j]))                                             \
					j--;                                                            \
				if (i >= j)                                                             \
					break;                                                          \
				type x = v[i];                                                          \
				v[i] = v[j];                                                            \
				v[j] = x;                                                               \
				i++;                                                                    \
				j--;                                                                    \
			}                                                                               \
			/* v[0..j] <= pivot <= v[j+1..n) */                                             \
			size_t left = j + 1;                                                            \
			if (left < n - left) {                                                          \
				name(v, left);                                                          \
				v += left;                                                              \
				n -= left;                                                              \
			} else {                                                                        \
				name(v + left, n - left);                                               \
				n = left;                                                               \
			}                                                                               \
		}                                                                                       \
		for (size_t i = 1; i < n; i++) {                                                        \
			type x = v[i];                                                                  \
			size_t j = i;                                                                   \
			for (; j > 0 && less(&x, &v[j - 1]); j--)                                       \
				v[j] = v[j - 1];                                                        \
			v[j] = x;                                                                       \
		}                                                                                       \
	}

static int entity_size_less(const size_t *a, const size_t *b)
{
	return *a < *b;
}

ENTITY_QUICKSORT(entity_sort_sizes_in, size_t, entity_size_less)

void entity_sort_sizes(size_t *v, size_t n)
{
	entity_sort_sizes_in(v, n);
}

/* The memo's slots for a corpus of narticles: it grows with the corpus up
 * to ENTITY_MEMO, since a story or two (a fuzzing run, a piped article)
 * need not clear a big table. */
static size_t entity_memo_size(size_t narticles)
{
	size_t n = 64;
	while (n < ENTITY_MEMO && n < narticles * 64)
		n *= 2;
	return n;
}

struct entity_table *entity_table_new(size_t narticles)
{
	struct entity_table *t = xcalloc(1, sizeof *t);
	t->docs = xcalloc(narticles ? narticles : 1, sizeof *t->docs);
	t->ndocs = narticles;
	struct entity_index *ix = xcalloc(1, sizeof *ix);
	ix->capdocs = narticles ? narticles : 1;
	ix->cap = 1024;
	ix->slot = xcalloc(ix->cap, sizeof *ix->slot);
	ix->nmemo = entity_memo_size(narticles);
	ix->memo = xcalloc(ix->nmemo, sizeof *ix->memo);
	t->index = ix;
	return t;
}

void entity_table_grow(struct entity_table *t, size_t narticles)
{
	if (narticles <= t->ndocs)
		return;
	struct entity_index *ix = t->index;
	size_t cap = ix->capdocs;
	t->docs = xgrow(t->docs, &ix->capdocs, narticles, sizeof *t->docs);
	memset(t->docs + cap, 0, (ix->capdocs - cap) * sizeof *t->docs);
	t->ndocs = narticles;
	/* The memo is only a cache of look-ups: emptied as it grows. */
	size_t nmemo = entity_memo_size(narticles);
	if (nmemo > ix->nmemo) {
		for (size_t m = 0; m < ix->nmemo; m++)
			if (ix->memo[m].name != ix->memo[m].buf)
				free(ix->memo[m].name);
		free(ix->memo);
		ix->nmemo = nmemo;
		ix->memo = xcalloc(ix->nmemo, sizeof *ix->memo);
	}
}

void entity_table_free(struct entity_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].name);
		free(t->v[i].key);
	}
	for (size_t i = 0; !t->refs && i < t->ndocs; i++)
		free(t->docs[i].v);
	free(t->refs);
	struct entity_index *ix = t->index;
	for (size_t m = 0; m < ix->nmemo; m++)
		if (ix->memo[m].name != ix->memo[m].buf)
			free(ix->memo[m].name);
	free(ix->memo);
	for (size_t i = 0; i < ix->spelling_cap; i++)
		free(ix->spelling[i].name);
	free(ix->spelling);
	if (ix->aliases) {
		entity_map_free(ix->aliases);
		free(ix->aliases);
	}
	free(ix->slot);
	free(ix);
	free(t->docs);
	free(t->v);
	free(t);
}

static size_t *entity_slot(struct entity_table *t, const char *key, int type)
{
	struct entity_index *ix = t->index;
	size_t i = (size_t)entity_hash(key, type) & (ix->cap - 1);
	while (ix->slot[i]) {
		const struct entity *e = &t->v[ix->slot[i] - 1];
		if ((int)e->type == type && strcmp(e->key, key) == 0)
			break;
		i = (i + 1) & (ix->cap - 1);
	}
	return &ix->slot[i];
}

static void entity_rehash(struct entity_table *t)
{
	struct entity_index *ix = t->index;
	if ((t->n + 1) * 2 < ix->cap)
		return;
	free(ix->slot);
	ix->cap *= 2;
	ix->slot = xcalloc(ix->cap, sizeof *ix->slot);
	for (size_t i = 0; i < t->n; i++)
		*entity_slot(t, t->v[i].key, (int)t->v[i].type) = i + 1;
	ix->indexed = t->n;
}

/* The first step of entity_key_buf for ASCII s[0..n) into out (n + 1
 * bytes): text_fold_buf's folding and the dropping of dots, hyphens,
 * apostrophes and commas in one pass, as a key costs a fold and a copy
 * otherwise. Returns the key's length, or SIZE_MAX at a byte that is not
 * ASCII; into *rare whether the key may hold what the later steps change
 * (" mt ", "&", "tre", "isa"), so that most keys are not searched for them. */
static size_t entity_key_ascii(const char *s, size_t n, char *out, int *rare)
{
	size_t o = 0;
	int space = 1;	/* the last byte folded was a space, or none was */
	*rare = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		/* Letters first, as most bytes are. */
		if ((unsigned)(c | 0x20) - 'a' < 26) {
			c |= 0x20;
			*rare |= (c == 'e' && o >= 2 && out[o - 1] == 'r' && out[o - 2] == 't') ||
				 (c == 'a' && o >= 2 && out[o - 1] == 's' && out[o - 2] == 'i');
			out[o++] = (char)c;
			space = 0;
			continue;
		}
		if (c == ' ' || (c >= '\t' && c <= '\r')) {
			if (!space) {
				*rare |= o >= 3 && out[o - 1] == 't' && out[o - 2] == 'm' && out[o - 3] == ' ';
				out[o++] = ' ';
			}
			space = 1;
			continue;
		}
		if (c >= 0x80)
			return SIZE_MAX;
		space = 0;
		*rare |= c == '&';
		if (c != '.' && c != '-' && c != '\'' && c != ',')
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	/* The fold's trailing space, the last byte written if any is. */
	if (space && o > 0)
		o--;
	out[o] = '\0';
	return o;
}

/* The identity key of a name: folded, with dots, hyphens, apostrophes
 * and commas dropped (U.S. = US, Co-operation = Cooperation, "Goldman,
 * Sachs and Co" = "Goldman Sachs and Co", "March, 1986" = "March 1986")
 * and "&" read "and". Into buf of size bytes
 * when it fits (returns buf), else a new string: a story's keys are
 * compared and dropped, or kept in its scratch, with no malloc each. */
static char *entity_key_buf_n(const char *name, size_t n, char *buf, size_t size);

static char *entity_key_buf(const char *name, char *buf, size_t size)
{
	return entity_key_buf_n(name, strlen(name), buf, size);
}

/* The same for name of n bytes (strlen(name)). */
static char *entity_key_buf_n(const char *name, size_t n, char *buf, size_t size)
{
	size_t o;
	char *f = buf;
	int rare;
	if (n >= size || (o = entity_key_ascii(name, n, buf, &rare)) == SIZE_MAX) {
		rare = 1;
		f = text_fold_buf(name, n, buf, size, &n);
		/* English copy often drops the accents of a name written with
		 * them elsewhere: "Tomas Ferrandiz" is "Tomás Ferrandiz". */
		n = text_strip_accents(f, n);
		o = 0;
		for (size_t i = 0; i < n; i++)
			if (f[i] != '.' && f[i] != '-' && f[i] != '\'' && f[i] != ',')
				f[o++] = f[i];
		f[o] = '\0';
	}
	/* Abbreviated words of place names are the words: "Mt Cook" is
	 * "Mount Cook", "St. Louis" "Saint Louis", "Ft. Worth" "Fort Worth"
	 * (St and Ft only first: "Main St" is a street). Only a key that
	 * begins with "mt ", "st " or "ft ", or has " mt " in it, has one
	 * (none of the replacements makes another). */
	int abbreviated = (o >= 3 && (f[0] == 'm' || f[0] == 's' || f[0] == 'f') && f[1] == 't' && f[2] == ' ') ||
			  (rare && strstr(f, " mt "));
	if (abbreviated && f == buf)
		f = xstrndup(buf, o);
	static const char *const ab[][3] = { { "mt", "mount", "a" }, { "st", "saint", "1" }, { "ft", "fort", "1" } };
	for (size_t k = 0; abbreviated && k < sizeof ab / sizeof *ab; k++) {
		for (char *p = f; (p = strstr(p, ab[k][0])) != NULL; p += 2) {
			if (!((p == f || (ab[k][2][0] == 'a' && p[-1] == ' ')) && p[2] == ' '))
				continue;
			size_t at = (size_t)(p - f), rest = strlen(p + 2), m = strlen(ab[k][1]);
			char *g = xmalloc(at + m + rest + 1);
			memcpy(g, f, at);
			memcpy(g + at, ab[k][1], m);
			memcpy(g + at + m, p + 2, rest + 1);
			free(f);
			f = g;
			p = f + at + m - 2;
		}
	}
	/* "&" is "and", as the wire writes it ("AT and T", "Tate and Lyle
	 * Plc"), spaced or not. */
	if (rare && memchr(f, '&', o)) {
		char *g = xmalloc(strlen(f) * 5 + 1);
		size_t w = 0;
		for (const char *p = f; *p; p++) {
			if (*p != '&') {
				g[w++] = *p;
				continue;
			}
			if (w > 0 && g[w - 1] != ' ')
				g[w++] = ' ';
			memcpy(g + w, "and", 3);
			w += 3;
			if (p[1] && p[1] != ' ')
				g[w++] = ' ';
		}
		g[w] = '\0';
		if (f != buf)
			free(f);
		f = g;
	}
	/* British and American spellings of a name's head word are one. */
	static const char *const uk[][2] = { { "centre", "center" }, { "theatre", "theater" } };
	for (size_t k = 0; rare && k < sizeof uk / sizeof *uk && strstr(f, "tre"); k++) {
		size_t m = strlen(uk[k][0]);
		for (char *p = strstr(f, uk[k][0]); p; p = strstr(p + m, uk[k][0]))
			if ((p == f || p[-1] == ' ') && (p[m] == '\0' || p[m] == ' ' || p[m] == 's'))
				memcpy(p, uk[k][1], m);
	}
	/* And the endings "-isation" and "-ization" ("International Coffee
	 * Organisation" and "Organization", the "Organisation of African
	 * Unity"). */
	for (char *p = rare ? strstr(f, "isation") : NULL; p; p = strstr(p + 7, "isation"))
		p[1] = 'z';
	return f;
}

/* The same, always a new string. */
static char *entity_key(const char *name)
{
	char buf[256];
	char *f = entity_key_buf(name, buf, sizeof buf);
	return f == buf ? xstrdup(buf) : f;
}

/* f, made by a *_buf function in buf or else on the heap, in the
 * thread's scratch: a heap string is copied there and freed. */
static char *entity_in_scratch(char *f, const char *buf)
{
	if (f == buf)
		return f;
	size_t n = strlen(f);
	char *k = xscratch_alloc(n + 1);
	memcpy(k, f, n + 1);
	free(f);
	return k;
}

/* The same in the thread's scratch (see xscratch_alloc). */
static char *entity_key_scratch(const char *name)
{
	/* Made in the scratch where it fits, as nearly all keys do. */
	size_t size = strlen(name) + 1;
	char *buf = xscratch_alloc(size);
	return entity_in_scratch(entity_key_buf_n(name, size - 1, buf, size), buf);
}

/* A bracket of a name that the name does not close or open is an
 * editor's, around a part of it in a quotation ("Judge (Harold) Greene",
 * "the (International Monetary) Fund"), where the model found the name
 * from inside the brackets; so is one that opens the name and closes
 * before its end, as the recognizer now writes those names ("(Harold)
 * Greene"). The name is read without them, with a single space where
 * each stood ("Harold Greene"). In place. */
static void entity_drop_lone_brackets(char *s)
{
	char *open = strchr(s, '('), *close = strchr(s, ')');
	if (!open && !close)
		return;
	int lead = open == s && close && close[1] != '\0';
	int depth = 0;
	size_t o = 0;
	for (size_t i = 0; s[i]; i++) {
		if (s[i] == '(') {
			if ((i == 0 && lead) || !strchr(s + i + 1, ')'))
				goto drop;
			depth++;
		} else if (s[i] == ')') {
			if (depth == 0)
				goto drop;
			depth--;
		}
		s[o++] = s[i];
		continue;
drop:
		/* One space where the bracket stood between words, glued to
		 * them or not ("SA(A"). */
		if (o > 0 && s[o - 1] == ' ' && s[i + 1] == ' ')
			i++;
		else if (o > 0 && s[o - 1] != ' ' && s[i + 1] && s[i + 1] != ' ')
			s[o++] = ' ';
	}
	s[o] = '\0';
	while (o > 0 && s[o - 1] == ' ')
		s[--o] = '\0';
	if (s[0] == ' ')
		memmove(s, s + 1, o);
}

/* A mention's text s[0..n) cleaned (text_clean) in the thread's scratch,
 * without an editor's lone brackets. */
static char *entity_clean_scratch(const char *s, size_t n)
{
	char *buf = xscratch_alloc(n + 1);
	char *c = entity_in_scratch(text_clean_buf(s, n, buf, n + 1), buf);
	entity_drop_lone_brackets(c);
	return c;
}

/* The entity of that name and type, made if new. */
static size_t entity_new(struct entity_table *t, const char *name, char *key, enum ner_type type, size_t *slot);

/* Whether a name in capitals may be an acronym rather than a headline's
 * or a dateline's word: three letters or fewer, or one word of six at most
 * that a list knows as an organization ("OPEC", "NATO"; not "VOLCKER",
 * "LONDON" or "GENERAL MOTORS"). */
static int entity_acronym_like(const char *name)
{
	size_t n = strlen(name);
	return n <= 3 || (n <= 6 && !strchr(name, ' ') && (lexicon_lookup(name, n) & LEX_ORG));
}

static size_t entity_intern_id(struct entity_table *t, const char *name, size_t nn, enum ner_type type);

/* Counts one mention of entity id written name in the vote of its
 * spellings; capitals count for nothing (a headline's give way to the
 * body's spelling, see entity_intern) but for one word among words in
 * lower case (acronym: "PDVSA", "LIBOR" of the body, not a dateline's
 * "NEW YORK"). n: strlen(name). */
static void entity_spelling_vote(struct entity_table *t, size_t id, const char *name, size_t n, int acronym)
{
	struct entity_index *ix = t->index;
	if (id >= ix->spelling_cap) {
		size_t old = ix->spelling_cap;
		ix->spelling = xgrow(ix->spelling, &ix->spelling_cap, id + 1, sizeof *ix->spelling);
		memset(ix->spelling + old, 0, (ix->spelling_cap - old) * sizeof *ix->spelling);
	}
	if (text_all_upper(name, n) && !(acronym && !memchr(name, ' ', n)))
		return;
	struct entity_spelling *v = &ix->spelling[id];
	if (v->name && strcmp(v->name, name) == 0) {
		v->lead++;
	} else if (v->lead == 0) {
		free(v->name);
		v->name = xstrndup(name, n);
		v->lead = 1;
	} else {
		v->lead--;
	}
}

/* Each entity named by the spelling that leads its vote, where that is
 * only another spelling of its name (the same key) and not in capitals an
 * acronym keeps (see entity_intern). */
static void entity_spellings_apply(struct entity_table *t)
{
	struct entity_index *ix = t->index;
	for (size_t id = 0; id < t->n && id < ix->spelling_cap; id++) {
		const struct entity_spelling *v = &ix->spelling[id];
		char *shown = t->v[id].name;
		/* A place the corpus writes in capitals only (a dateline's
		 * "JEFFERSON CITY", no list's) goes by it in title case; four
		 * letters or more, as shorter ones are as often initials, and
		 * no digit, as a code's are not ("ALQ-135"). */
		if ((!v->name || v->lead == 0) && t->v[id].type == NER_PLACE && strlen(shown) >= 4 &&
		    text_all_upper(shown, strlen(shown)) && !entity_acronym_like(shown) && !strpbrk(shown, "0123456789")) {
			t->v[id].name = text_name_case(shown, strlen(shown));
			free(shown);
			continue;
		}
		if (!v->name || v->lead == 0 || strcmp(v->name, shown) == 0)
			continue;
		if (text_all_upper(shown, strlen(shown)) && entity_acronym_like(shown) && t->v[id].votes >= 30)
			continue;
		char kb[256];
		char *key = entity_key_buf(v->name, kb, sizeof kb);
		int same = strcmp(key, t->v[id].key) == 0;
		if (key != kb)
			free(key);
		if (!same)
			continue;
		free(t->v[id].name);
		t->v[id].name = xstrdup(v->name);
	}
}

static size_t entity_intern(struct entity_table *t, const char *name, enum ner_type type, int acronym)
{
	size_t n = strlen(name);
	size_t id = entity_intern_id(t, name, n, type);
	entity_spelling_vote(t, id, name, n, acronym);
	return id;
}

/* nn: strlen(name). */
static size_t entity_intern_id(struct entity_table *t, const char *name, size_t nn, enum ner_type type)
{
	struct entity_index *ix = t->index;
	size_t m = (size_t)entity_hash_n(name, nn, (int)type) & (ix->nmemo - 1);
	if (ix->memo[m].name && ix->memo[m].type == (int)type && strcmp(ix->memo[m].name, name) == 0)
		return ix->memo[m].id;
	/* The key on the stack, copied only for a new entity. */
	char kb[256];
	char *key = entity_key_buf(name, kb, sizeof kb);
	size_t *slot = entity_slot(t, key, (int)type);
	size_t id;
	if (*slot) {
		if (key != kb)
			free(key);
		id = *slot - 1;
		/* A headline's capitals give way to the body's spelling; an
		 * acronym the corpus has written in capitals many times (some
		 * 10 mentions' votes) keeps them against another spelling
		 * ("GMt", a typo; "Opec", a house style). */
		char **shown = &t->v[id].name;
		if (text_all_upper(*shown, strlen(*shown)) && !text_all_upper(name, nn) &&
		    (!entity_acronym_like(*shown) || t->v[id].votes < 30)) {
			free(*shown);
			*shown = xstrdup(name);
		}
	} else {
		id = entity_new(t, name, key == kb ? xstrdup(kb) : key, type, slot);
	}
	if (ix->memo[m].name != ix->memo[m].buf)
		free(ix->memo[m].name);
	ix->memo[m].name = nn < sizeof ix->memo[m].buf ? ix->memo[m].buf : xmalloc(nn + 1);
	memcpy(ix->memo[m].name, name, nn + 1);
	ix->memo[m].type = (int)type;
	ix->memo[m].id = id;
	return id;
}

/* Adds the entity of that name and key in the free slot. */
static size_t entity_new(struct entity_table *t, const char *name, char *key, enum ner_type type, size_t *slot)
{
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof *t->v);
	struct entity *e = &t->v[t->n];
	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->key = key;
	e->type = type;
	*slot = t->n + 1;
	t->n++;
	((struct entity_index *)t->index)->indexed++;
	entity_rehash(t);
	return t->n - 1;
}

/* A mention's words, for comparing names. */
struct entity_words {
	char *w[16];	/* folded words, the last 16 of a longer name */
	size_t n;
	/* The words that fit, one after another: a split of a short name
	 * allocates nothing (a word that does not fit is allocated alone). */
	char buf[64];
	size_t used;
	unsigned own;	/* bit i: w[i] was allocated */
};

static void entity_words_free(struct entity_words *ws);

/* The last 16 words, as names are compared by their last words, skip
 * words from the first (entity_split). */
static void entity_split_from(const char *name, size_t skip, struct entity_words *ws)
{
	ws->n = 0;
	ws->used = 0;
	ws->own = 0;
	const char *p = name;
	while (*p && ws->n < 16) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (q > p && skip)
			skip--;
		else if (q > p) {
			/* A word of printable ASCII folds to its lower case, as
			 * nearly all do, without text_fold_buf's passes. */
			size_t n = (size_t)(q - p), i = 0;
			char *o = ws->buf + ws->used;
			if (n < sizeof ws->buf - ws->used)
				for (; i < n && (unsigned char)p[i] > 0x20 && (unsigned char)p[i] < 0x7f; i++)
					o[i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
			if (i == n) {
				o[n] = '\0';
				ws->used += n + 1;
				ws->w[ws->n++] = o;
				p = q;
				continue;
			}
			char *f = text_fold_buf(p, n, ws->buf + ws->used, sizeof ws->buf - ws->used, &n);
			if (f == ws->buf + ws->used)
				ws->used += n + 1;
			else
				ws->own |= 1u << ws->n;
			ws->w[ws->n++] = f;
		}
		p = q;
	}
	/* A name of more than 16 words: its words counted, its last 16 taken
	 * (few names are so long, and the count cost a pass over each). */
	while (*p == ' ')
		p++;
	if (*p && skip == 0) {
		size_t words = 0;
		for (const char *c = name; *c; c++)
			words += *c != ' ' && (c == name || c[-1] == ' ');
		entity_words_free(ws);
		entity_split_from(name, words - 16, ws);
	}
}

static void entity_split(const char *name, struct entity_words *ws)
{
	entity_split_from(name, 0, ws);
}

static void entity_words_free(struct entity_words *ws)
{
	for (size_t i = 0; i < ws->n; i++)
		if (ws->own & (1u << i))
			free(ws->w[i]);
	ws->n = 0;
}

/* Whether a folded word is a generational suffix (Jr., III). */
static int entity_name_suffix(const char *w)
{
	static const char *const sfx[] = { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", NULL };
	for (int i = 0; sfx[i]; i++)
		if (strcmp(w, sfx[i]) == 0)
			return 1;
	return 0;
}

/* How many of a name's words come before its generational suffixes (two
 * at least): "Arcade Joseph Comeaux Jr." -> 3. */
static size_t entity_name_len(const struct entity_words *w)
{
	size_t n = w->n;
	while (n > 2 && entity_name_suffix(w->w[n - 1]))
		n--;
	return n;
}

/* Edit distance of at most one substitution, for misspelt surnames. */
static int entity_near(const char *a, const char *b)
{
	size_t n = strlen(a);
	if (n != strlen(b) || n < 7)
		return 0;
	int diff = 0;
	for (size_t i = 0; i < n; i++)
		diff += a[i] != b[i];
	return diff == 1;
}

/* The text of a mention as a name: whitespace as single spaces, curly
 * quotes kept, all-capital person names in title case. That is clean
 * itself for most names (returned, not copied), else a new string. */
static char *entity_surface(char *clean, enum ner_type type)
{
	if (type == NER_PERSON && text_all_upper(clean, strlen(clean)))
		return text_name_case(clean, strlen(clean));
	return clean;
}

/* The name a group goes by: the singular adjective (Russians -> Russian),
 * or canon, what the lexicon gives, when that is a phrase such as "the
 * West". s or canon itself, or a string in the thread's scratch. */
static const char *entity_group_name(const char *s, const char *canon)
{
	size_t n = strlen(s);
	if (canon && strncmp(canon, "the ", 4) == 0)
		return canon;
	/* "the West" as a group goes by that name, like "Western". */
	if (strcmp(s, "West") == 0 || strcmp(s, "East") == 0) {
		char *g = xscratch_alloc(n + 5);
		memcpy(g, "the ", 4);
		memcpy(g + 4, s, n + 1);
		return g;
	}
	if (n > 3 && s[n - 1] == 's' && (lexicon_lookup(s, n - 1) & (LEX_DEMONYM | LEX_GROUP))) {
		char *g = xscratch_alloc(n);
		memcpy(g, s, n - 1);
		g[n - 1] = '\0';
		return g;
	}
	return s;
}

char **entity_names_pack(const char *const *names, size_t n)
{
	size_t bytes = (n ? n : 1) * sizeof(char *);
	for (size_t i = 0; i < n; i++)
		bytes += strlen(names[i]) + 1;
	char **v = xmalloc(bytes);
	char *p = (char *)(v + (n ? n : 1));
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(names[i]) + 1;
		memcpy(p, names[i], len);
		v[i] = p;
		p += len;
	}
	return v;
}

/* Initials of the capitalised words of a name, and of the capitalised
 * halves of a hyphenated one: "North Atlantic Treaty Organization" ->
 * "NATO"; "Organization for Security and Co-operation in Europe" ->
 * "OSCE"; "Hewlett-Packard" -> "HP"; with a version's number after them
 * ("IE8"). */
static void entity_initials(const char *s, char *out, size_t size)
{
	size_t o = 0;
	int start = 1;
	for (const char *p = s; *p && o + 1 < size; p++) {
		if (*p == ' ' || *p == '-') {
			start = 1;
			continue;
		}
		if (start && *p >= 'A' && *p <= 'Z')
			out[o++] = *p;
		start = 0;
	}
	/* A version's number ends them as it ends the name: "Internet
	 * Explorer 8" -> "IE8". */
	const char *lw = strrchr(s, ' ');
	size_t dl = lw ? strlen(lw + 1) : 0;
	if (o >= 2 && dl >= 1 && dl <= 3 && strspn(lw + 1, "0123456789") == dl && o + dl < size) {
		memcpy(out + o, lw + 1, dl);
		o += dl;
	}
	out[o] = '\0';
}

/* The length of name s without the company suffixes it ends with ("Co
 * Plc", "and Co"), a word of the name at least, and into *cut how many
 * suffixes they are. */
static size_t entity_unsuffixed(const char *s, size_t *cut)
{
	const char *end = s + strlen(s);
	*cut = 0;
	for (;;) {
		const char *b = end;
		while (b > s && b[-1] != ' ')
			b--;
		/* "Eli Lilly and Co" is Eli Lilly. */
		if (*cut && b > s && ((end - b == 3 && memcmp(b, "and", 3) == 0) || (end - b == 1 && *b == '&')))
			return (size_t)(b - 1 - s);
		if (b == s || !(*b >= 'A' && *b <= 'Z') || !(lexicon_lookup(b, (size_t)(end - b)) & LEX_COMPANY_SUFFIX))
			return (size_t)(end - s);
		++*cut;
		end = b - 1;
	}
}

/* Adds name s (entity or mention i) to m under tag and its initials, of
 * two letters or more; a police force also under them with the D of its
 * department ("New York Police" is the NYPD), and a company also under
 * those of its name without the suffix ("Advanced Micro Devices Inc." is
 * AMD), three at least across stories, where two ("PC") are as often
 * another thing's. cut: the count of suffixes s ends with, as
 * entity_unsuffixed gives it (the caller's, asked once for all uses). */
static void entity_initials_add(struct entity_map *m, const char *tag, const char *s, size_t cut, size_t i, int corpus)
{
	char ini[40];
	size_t tl = strlen(tag);
	memcpy(ini, tag, tl);
	entity_initials(s, ini + tl, sizeof ini - tl - 1);
	size_t n = strlen(ini);
	if (n < tl + 2)
		return;
	entity_map_add(m, ini, i);
	const char *sp = strrchr(s, ' ');
	if (sp && strcasecmp(sp + 1, "police") == 0) {
		ini[n] = 'D';
		ini[n + 1] = '\0';
		entity_map_add(m, ini, i);
		return;
	}
	/* The suffixes, all of them ("Co Plc"), each an initial: cut of
	 * them (entity_unsuffixed), which the caller asked already. */
	if (cut && n - cut >= tl + (corpus ? 3 : 2)) {
		ini[n - cut] = '\0';
		entity_map_add(m, ini, i);
	}
}

static int entity_is_acronym(const char *s)
{
	size_t n = 0, letters = 0, digits = 0;
	for (const char *p = s; *p; p++, n++) {
		if (*p >= 'A' && *p <= 'Z' && !digits)
			letters++;
		/* A version's digits at the end: "IE8" */
		else if (*p >= '0' && *p <= '9' && letters >= 2)
			digits++;
		else if (*p != '.' || digits)
			return 0;
	}
	return letters >= 2 && letters <= 8 && digits <= 3;
}

/* The acronym s without its dots ("U.N." -> "UN"), cut to fit size. */
static void entity_bare_acronym(const char *s, char *out, size_t size)
{
	size_t n = 0;
	for (; *s && n + 1 < size; s++)
		if (*s != '.')
			out[n++] = *s;
	out[n] = '\0';
}

/* A string -> list of indices map, for the joins below. Its keys are
 * copied into blocks of its own, and a key's first index is kept in its
 * slot: most keys have one, and a malloc and a free for each key and each
 * list were a tenth of the time of the maps. */
struct entity_map {
	struct entity_map_slot {
		char *key;	/* NULL if free */
		size_t *v;	/* mention indices, in text order: &one while cap is 0 */
		size_t n, cap;
		unsigned long long h;	/* entity_hash(key, 0), kept so that a
					 * probe compares keys of the same hash
					 * only and a growth hashes none again */
		size_t one;	/* the first index, while it is the only one */
	} *s;
	size_t cap, count;
	size_t lists;		/* slots whose list left the slot: most maps have
				 * none, and their free reads no slot */
	int scratch;		/* slots and keys in the thread's scratch (see
				 * xscratch_alloc): a story's maps, dropped
				 * with it instead of a malloc and a free each */
	char *block;		/* the block keys are copied into (after a pointer
				 * to the one before), or NULL */
	size_t block_used, block_size;
	/* Not NULL: entity_map_add only writes down what it is given, to
	 * be added to the map meant (log_target) later, in the same order
	 * (entity_keyed_run). */
	struct entity_log *log;
	int log_target;
};

/* Additions to maps written down, keys one after another in keys. */
struct entity_log {
	char *keys;
	size_t nkeys, capkeys;
	struct entity_logged {
		int target;
		size_t key;	/* offset in keys */
		size_t idx;
	} *v;
	size_t n, cap;
};

/* A copy of key (n bytes and a NUL) in m's blocks. */
static char *entity_map_key(struct entity_map *m, const char *key, size_t n)
{
	if (!m->block || m->block_used + n + 1 > m->block_size) {
		/* Blocks double from 256 bytes (an article's map holds a few
		 * keys, the corpus's thousands) to 16 KiB, or hold one long key. */
		size_t size = m->block_size ? m->block_size * 2 : 256;
		if (size > 16384)
			size = 16384;
		if (size < sizeof(char *) + n + 1)
			size = sizeof(char *) + n + 1;
		char *b = m->scratch ? xscratch_alloc(size) : xmalloc(size);
		memcpy(b, &m->block, sizeof m->block);
		m->block = b;
		m->block_size = size;
		m->block_used = sizeof(char *);
	}
	char *k = m->block + m->block_used;
	memcpy(k, key, n + 1);
	m->block_used += n + 1;
	return k;
}

static struct entity_map_slot *entity_map_get(struct entity_map *m, const char *key, int create)
{
	if (create && (m->count + 1) * 2 >= m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 64;
		/* Only a slot's key tells whether it is free, and a slot taken
		 * is filled whole: the rest is not cleared (a calloc cleared
		 * 3 KB for each of the many small maps of an article). */
		struct entity_map_slot *ns = m->scratch ? xscratch_alloc(ncap * sizeof *ns) : xmalloc(ncap * sizeof *ns);
		/* Four a step (ncap is a power of two from 64): clearing one
		 * by one was a sixth of the maps' instructions. */
		for (size_t j = 0; j < ncap; j += 4)
			ns[j].key = ns[j + 1].key = ns[j + 2].key = ns[j + 3].key = NULL;
		for (size_t i = 0; i < m->cap; i++)
			if (m->s[i].key) {
				size_t j = (size_t)m->s[i].h & (ncap - 1);
				while (ns[j].key)
					j = (j + 1) & (ncap - 1);
				ns[j] = m->s[i];
				if (!ns[j].cap)
					ns[j].v = &ns[j].one;
			}
		if (!m->scratch)
			free(m->s);
		m->s = ns;
		m->cap = ncap;
	}
	if (m->cap == 0)
		return NULL;
	size_t n = strlen(key);
	unsigned long long h = entity_hash_n(key, n, 0);
	size_t j = (size_t)h & (m->cap - 1);
	while (m->s[j].key && (m->s[j].h != h || strcmp(m->s[j].key, key) != 0))
		j = (j + 1) & (m->cap - 1);
	if (!m->s[j].key) {
		if (!create)
			return NULL;
		m->s[j].key = entity_map_key(m, key, n);
		m->s[j].h = h;
		m->s[j].v = &m->s[j].one;
		m->s[j].n = 0;
		m->s[j].cap = 0;
		m->s[j].one = 0;
		m->count++;
	}
	return &m->s[j];
}

/* Room for need indices in slot sl's list, which holds sl->n: a scratch
 * map's lists in the scratch too (as xgrow would size them), so that its
 * free reads no slot. */
static void entity_map_list_grow(struct entity_map *m, struct entity_map_slot *sl, size_t need)
{
	if (!m->scratch) {
		if (sl->cap) {
			sl->v = xgrow(sl->v, &sl->cap, need, sizeof *sl->v);
		} else {
			sl->v = xgrow(NULL, &sl->cap, need, sizeof *sl->v);
			sl->v[0] = sl->one;
		}
		return;
	}
	if (need <= sl->cap)
		return;
	size_t cap = sl->cap < 8 ? 8 : sl->cap;
	while (cap < need)
		cap *= 2;
	size_t *v = xscratch_alloc(cap * sizeof *v);
	memcpy(v, sl->v, sl->n * sizeof *v);
	sl->v = v;
	sl->cap = cap;
}

static void entity_map_add(struct entity_map *m, const char *key, size_t idx)
{
	if (m->log) {
		struct entity_log *g = m->log;
		size_t n = strlen(key);
		g->keys = xgrow(g->keys, &g->capkeys, g->nkeys + n + 1, 1);
		memcpy(g->keys + g->nkeys, key, n + 1);
		g->v = xgrow(g->v, &g->cap, g->n + 1, sizeof *g->v);
		g->v[g->n++] = (struct entity_logged){ m->log_target, g->nkeys, idx };
		g->nkeys += n + 1;
		return;
	}
	struct entity_map_slot *sl = entity_map_get(m, key, 1);
	if (sl->n == 1 && !sl->cap) {
		/* The second index: the list leaves the slot. */
		entity_map_list_grow(m, sl, 2);
		m->lists++;
	} else if (sl->cap) {
		entity_map_list_grow(m, sl, sl->n + 1);
	}
	sl->v[sl->n++] = idx;
}

static void entity_map_free(struct entity_map *m)
{
	if (m->scratch)
		return;
	/* A free slot has no key, and nothing else of it is set. */
	for (size_t i = 0; m->lists && i < m->cap; i++)
		if (m->s[i].key && m->s[i].cap)
			free(m->s[i].v);
	free(m->s);
	while (m->block) {
		char *b = m->block;
		memcpy(&m->block, b, sizeof m->block);
		free(b);
	}
}

/* A filter of a big map's keys, a bit for each by the top bits of its
 * hash: most keys linking looks up are in no map, and a bit read from a
 * few hundred KB tells so where a probe read a slot from megabytes. */
struct entity_filter {
	uint64_t *bits;
	int shift;	/* a hash's bit is its top 64 - shift bits */
};

static void entity_filter_make(struct entity_filter *f, const struct entity_map *m)
{
	/* Some 16 bits a key: one key in 16 or so is looked up in vain. */
	int b = 12;
	while (b < 21 && ((size_t)1 << b) < 16 * m->count)
		b++;
	f->shift = 64 - b;
	f->bits = xcalloc(((size_t)1 << b) / 64, sizeof *f->bits);
	for (size_t i = 0; i < m->cap; i++)
		if (m->s[i].key) {
			size_t x = (size_t)(m->s[i].h >> f->shift);
			f->bits[x / 64] |= 1ull << x % 64;
		}
}

/* entity_map_get(m, key, 0) through m's filter f. */
static struct entity_map_slot *entity_filter_get(struct entity_map *m, const struct entity_filter *f, const char *key)
{
	size_t x = (size_t)(entity_hash(key, 0) >> f->shift);
	return f->bits[x / 64] >> x % 64 & 1 ? entity_map_get(m, key, 0) : NULL;
}

/* The people of an article, indexed so that a short form finds its full
 * name in O(log n) however many mentions share its surname. */
struct entity_people {
	/* People of two words or more, by their folded last word. */
	struct entity_map last;
	/* The same, by the key and the k-1 words before the last, for each k
	 * below their count of words: a short form of k words looks up exactly
	 * the full names it can join, in text order. */
	struct entity_map suffix;
	/* Each key of `last` of 7 bytes or more once for each byte, hashed
	 * without that byte, sorted: a misspelt surname finds the keys one
	 * letter away without a scan of them all. Made when first needed. */
	struct entity_variant {
		unsigned long long h;	/* a hash of the key without one byte */
		size_t slot;		/* the key's slot in `last` */
	} *var;
	size_t nvar;
	int var_made;
};

/* Word w without its accents, into buf (size bytes) where it has any
 * and fits, else w itself: people's names are looked up so, as their
 * keys are (entity_key_buf), since English copy drops the accents
 * ("Lopez Obrador" of "Andrés Manuel López Obrador"). Not their words
 * themselves, which the lists are asked about ("Barón" is no title,
 * "Jordán" no country). */
static const char *entity_plain(const char *w, char *buf, size_t size)
{
	size_t n = strlen(w);
	if (n >= size || !text_latin_marks(w, n))
		return w;
	memcpy(buf, w, n + 1);
	text_strip_accents(buf, n);
	return buf;
}

/* The suffix index's key of last word l and the words before it,
 * length-prefixed so that no two lists of words share a key: in buf of
 * size bytes when it fits (returned), else a new string. */
static char *entity_suffix_key(const char *l, char *const *w, size_t nw, char *buf, size_t size)
{
	size_t cap = strlen(l) + 22, o = 0;
	for (size_t q = 0; q < nw; q++)
		cap += strlen(w[q]) + 22;
	char *k = cap <= size ? buf : xmalloc(cap);
	for (size_t q = 0; q <= nw; q++) {
		char pb[64];
		const char *x = entity_plain(q ? w[q - 1] : l, pb, sizeof pb);
		size_t n = strlen(x), d = 0;
		char digits[21];
		do
			digits[d++] = (char)('0' + n % 10);
		while ((n /= 10) > 0);
		while (d > 0)
			k[o++] = digits[--d];
		k[o++] = ':';
		n = strlen(x);
		memcpy(k + o, x, n);
		o += n;
	}
	k[o] = '\0';
	return k;
}

/* The length of the Arabic article a folded surname starts with ("al-",
 * "el-", as news transliterates it: "al-Bashir", "el-Sisi"), 0 for none
 * or for nothing after it. */
static size_t entity_arabic_article(const char *f)
{
	if ((f[0] == 'a' || f[0] == 'e') && f[1] == 'l' && f[2] == '-' && strlen(f + 3) >= 2)
		return 3;
	return 0;
}

/* Person mention i, of words w and folded last word l, as a full name
 * that shorter mentions may join. */
static void entity_people_add(struct entity_people *pp, const struct entity_words *w, const char *l, size_t i)
{
	char lb[64];
	/* Not the place of a name "of" it: a saint's or a ruler's ("Brendan
	 * of Clonfert"), whose place the story names alone too. */
	if (w->n >= 3 && strcmp(w->w[w->n - 2], "of") == 0)
		return;
	entity_map_add(&pp->last, entity_plain(l, lb, sizeof lb), i);
	/* The key is the last word as split, since the split keeps a name's
	 * last words; a name where the two disagree is joined by none. */
	if (w->n == 0 || strcmp(w->w[w->n - 1], l) != 0)
		return;
	for (size_t k = 1; k < w->n; k++) {
		/* Not the words after "son of" or "daughter of": the father's
		 * name ("Hamdan bin Rashid Al Tarvel" is not "Rashid Al
		 * Tarvel"). */
		if (lexicon_patronymic(w->w[w->n - k - 1], strlen(w->w[w->n - k - 1])))
			continue;
		char kb[256];
		char *key = entity_suffix_key(l, w->w + (w->n - k), k - 1, kb, sizeof kb);
		entity_map_add(&pp->suffix, key, i);
		if (key != kb)
			free(key);
	}
}

/* Into h[pos], for each pos of s (m bytes), the hash of s without its
 * byte at pos: equal for two strings of the same length that differ at
 * most at pos. Polynomial, from prefix hashes, so that all m take O(m). */
static void entity_variant_hashes(const char *s, size_t m, unsigned long long *h)
{
	const unsigned long long base = 1099511628211ull;
	unsigned long long stack[2 * 65];
	unsigned long long *pre = m <= 64 ? stack : xmalloc((m + 1) * 2 * sizeof *pre), *powers = pre + m + 1;
	pre[0] = 0;
	powers[0] = 1;
	for (size_t q = 0; q < m; q++) {
		pre[q + 1] = pre[q] * base + (unsigned char)s[q] + 1;
		powers[q + 1] = powers[q] * base;
	}
	for (size_t q = 0; q < m; q++) {
		/* s[0, q) shifted past the m-1-q bytes that follow it, and those. */
		unsigned long long tail = pre[m] - pre[q + 1] * powers[m - 1 - q];
		unsigned long long v = pre[q] * powers[m - 1 - q] + tail;
		v ^= ((unsigned long long)m << 40) ^ ((unsigned long long)q * 0x9e3779b97f4a7c15ull);
		v ^= v >> 29;
		h[q] = v * 0xbf58476d1ce4e5b9ull;
	}
	if (pre != stack)
		free(pre);
}

static int entity_variant_cmp(const void *pa, const void *pb)
{
	const struct entity_variant *a = pa, *b = pb;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->slot > b->slot) - (a->slot < b->slot);
}

/* The first slot of `last` (in slot order, as a scan would meet it) whose
 * key is one letter away from x, or NULL. */
static struct entity_map_slot *entity_people_near(struct entity_people *pp, const char *x)
{
	size_t m = strlen(x);
	if (m < 7)
		return NULL; /* entity_near joins none */
	if (!pp->var_made) {
		pp->var_made = 1;
		size_t cap = 0, total = 0;
		for (size_t h = 0; h < pp->last.cap; h++) {
			const char *k = pp->last.s[h].key;
			size_t kn = k ? strlen(k) : 0;
			if (kn >= 7)
				total += kn;
		}
		pp->var = xgrow(pp->var, &cap, total ? total : 1, sizeof *pp->var);
		unsigned long long *hs = NULL;
		size_t hcap = 0;
		for (size_t h = 0; h < pp->last.cap; h++) {
			const char *k = pp->last.s[h].key;
			size_t kn = k ? strlen(k) : 0;
			if (kn < 7)
				continue;
			hs = xgrow(hs, &hcap, kn, sizeof *hs);
			entity_variant_hashes(k, kn, hs);
			for (size_t q = 0; q < kn; q++) {
				pp->var[pp->nvar].h = hs[q];
				pp->var[pp->nvar].slot = h;
				pp->nvar++;
			}
		}
		free(hs);
		if (pp->nvar > 1)
			qsort(pp->var, pp->nvar, sizeof *pp->var, entity_variant_cmp);
	}
	size_t best = SIZE_MAX;
	unsigned long long stack[64];
	unsigned long long *hs = m <= 64 ? stack : xmalloc(m * sizeof *hs);
	entity_variant_hashes(x, m, hs);
	for (size_t q = 0; q < m; q++) {
		unsigned long long h = hs[q];
		size_t lo = 0, hi = pp->nvar;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (pp->var[mid].h < h)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* Sorted by slot within a hash: the first true match is the least. */
		for (; lo < pp->nvar && pp->var[lo].h == h; lo++)
			if (pp->var[lo].slot < best && entity_near(x, pp->last.s[pp->var[lo].slot].key)) {
				best = pp->var[lo].slot;
				break;
			}
	}
	if (hs != stack)
		free(hs);
	return best == SIZE_MAX ? NULL : &pp->last.s[best];
}

/* How many indices of list v (ascending) are below i. */
static size_t entity_below(const size_t *v, size_t n, size_t i)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The nearest index of list v (ascending) before i into *before, and the
 * nearest after into *after, where nearer than what they hold. */
static void entity_nearest(const size_t *v, size_t n, size_t i, size_t *before, size_t *after)
{
	size_t lo = entity_below(v, n, i);
	if (lo > 0 && (*before == SIZE_MAX || v[lo - 1] > *before))
		*before = v[lo - 1];
	if (lo < n && v[lo] == i)
		lo++;
	if (lo < n && v[lo] < *after)
		*after = v[lo];
}

/* The mention of map m under name's key (entity_key) nearest before
 * mention i, else after, or SIZE_MAX. */
static size_t entity_map_nearest(struct entity_map *m, const char *name, size_t i)
{
	char kb[256];
	char *key = entity_key_buf(name, kb, sizeof kb);
	const struct entity_map_slot *sl = entity_map_get(m, key, 0);
	if (key != kb)
		free(key);
	size_t before = SIZE_MAX, after = SIZE_MAX;
	if (sl)
		entity_nearest(sl->v, sl->n, i, &before, &after);
	return before != SIZE_MAX ? before : after;
}

/* The full name person mention i (words me) is a short form of, or
 * SIZE_MAX: a name of more words whose last words are me's (the very last
 * allowed one misspelt letter), the nearest before i, else the nearest
 * after. */
static size_t entity_people_find(struct entity_people *pp, const struct entity_words *me, size_t i)
{
	if (me->n < 1)
		return SIZE_MAX;
	char lb[64];
	const char *last = entity_plain(me->w[me->n - 1], lb, sizeof lb);
	struct entity_map_slot *sl = entity_map_get(&pp->last, last, 0);
	/* A misspelt surname: a last word one letter away, not looked for
	 * among more than 2,000 surnames (a list of names, not a story). */
	if (!sl && pp->last.count <= 2000)
		sl = entity_people_near(pp, last);
	if (!sl)
		return SIZE_MAX;
	/* Every full name under sl's key ends with it, the last word as
	 * wanted: the words before it are what the suffix key holds. */
	size_t before = SIZE_MAX, after = SIZE_MAX;
	char kb[256];
	char *key = entity_suffix_key(sl->key, me->w, me->n - 1, kb, sizeof kb);
	struct entity_map_slot *cand = entity_map_get(&pp->suffix, key, 0);
	if (key != kb)
		free(key);
	if (cand)
		entity_nearest(cand->v, cand->n, i, &before, &after);
	return before != SIZE_MAX ? before : after;
}

static void entity_people_free(struct entity_people *pp)
{
	entity_map_free(&pp->last);
	entity_map_free(&pp->suffix);
	free(pp->var);
}

/* The word of s[0..n) that ends before byte i (skipping blanks), as
 * [*ws, *we); 0 if none. */
static int entity_word_before(const char *s, size_t i, size_t lo, size_t *ws, size_t *we)
{
	size_t e = i;
	while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\t'))
		e--;
	size_t b = e;
	while (b > lo && s[b - 1] != ' ' && s[b - 1] != '\n' && s[b - 1] != '\t')
		b--;
	*ws = b;
	*we = e;
	return e > b;
}

static int entity_word_after(const char *s, size_t i, size_t hi, size_t *ws, size_t *we)
{
	size_t b = i;
	while (b < hi && (s[b] == ' ' || s[b] == '\n' || s[b] == '\t'))
		b++;
	size_t e = b;
	while (e < hi && s[e] != ' ' && s[e] != '\n' && s[e] != '\t')
		e++;
	*ws = b;
	*we = e;
	return e > b;
}

/* Whether s[b..e) is one of the nw words w, in any case. */
static int entity_word_is(const char *s, size_t b, size_t e, const char *const *w, size_t nw)
{
	/* The first bytes alike but for case first: few words of a text
	 * pass, and the rest cost a strlen and a strncasecmp each. */
	for (size_t k = 0; k < nw; k++)
		if (e > b && (s[b] | 0x20) == (w[k][0] | 0x20) && e - b == strlen(w[k]) &&
		    strncasecmp(s + b, w[k], e - b) == 0)
			return 1;
	return 0;
}

/* Whether s[b..e) is the word between two sides of a fixture: "at",
 * "v", "vs" or "vs." in any case. */
static int entity_fixture_word(const char *s, size_t b, size_t e)
{
	static const char *const w[] = { "at", "v", "vs", "vs.", "v." };
	return entity_word_is(s, b, e, w, sizeof w / sizeof *w);
}

/* Whether byte c may be a figure's (ner_number_word). */
static int entity_figure_byte(char c)
{
	return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '/' || c == '-' || c == '+' || c == ':';
}

int entity_table_line(const char *s, size_t lo, size_t hi, size_t start, size_t end)
{
	/* The words beside it first, on its line (most names have none that
	 * fits, and the line of a paragraph of prose is the paragraph): each
	 * read only where its first or last byte may be a figure's or a
	 * fixture word's ("at", "v", "vs", "vs.", "v."), as few are. */
	size_t ab = 0, ae = 0, bb = 0, be = 0;
	size_t na = end, nb = start;
	while (na < hi && (s[na] == ' ' || s[na] == '\n' || s[na] == '\t'))
		na++;
	while (nb > lo && (s[nb - 1] == ' ' || s[nb - 1] == '\n' || s[nb - 1] == '\t'))
		nb--;
	int after = na < hi && (entity_figure_byte(s[na]) || (s[na] | 0x20) == 'a' || (s[na] | 0x20) == 'v') &&
		    entity_word_after(s, end, hi, &ab, &ae) && !memchr(s + end, '\n', ab - end);
	int before = nb > lo &&
		     (entity_figure_byte(s[nb - 1]) || (s[nb - 1] | 0x20) == 't' || (s[nb - 1] | 0x20) == 'v' ||
		      (s[nb - 1] | 0x20) == 's') &&
		     entity_word_before(s, start, lo, &bb, &be) && !memchr(s + be, '\n', start - be);
	int beside = (after && (ner_number_word(s, ab, ae) || entity_fixture_word(s, ab, ae))) ||
		     (before && (ner_number_word(s, bb, be) || entity_fixture_word(s, bb, be)));
	if (!beside)
		return 0;
	/* A table's line is short. */
	enum { LINE_MAX = 200 };
	size_t ls = start, le = end;
	while (ls > lo && s[ls - 1] != '\n' && start - ls < LINE_MAX)
		ls--;
	while (le < hi && s[le] != '\n' && le - end < LINE_MAX)
		le++;
	if ((ls > lo && s[ls - 1] != '\n') || (le < hi && s[le] != '\n'))
		return 0;
	/* No word of prose outside brackets (scorers and minutes go there). */
	int depth = 0;
	for (size_t i = ls; i < le; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')')
			depth -= depth > 0;
		else if (s[i] >= 'a' && s[i] <= 'z' && (i == ls || s[i - 1] == ' ') && depth == 0) {
			size_t j = i;
			while (j < le && s[j] >= 'a' && s[j] <= 'z')
				j++;
			if (j - i >= 4)
				return 0;
			i = j - 1;
		}
	}
	return 1;
}

/* Words of sport, in lower case, hyphens kept ("play-offs"): a story with
 * two of them or more is a sports story, whose tables name teams by their
 * cities. */
const char *const entity_sport_words[] = {
	"baseball", "basketball", "batsman", "batsmen", "championship", "cornerback", "cricket",
	"defenceman", "defenseman", "doubleheader", "football", "goalie", "goalkeeper", "goalscorer",
	"goaltender", "half-time", "halftime", "hat-trick", "hockey", "homered", "infielder",
	"inning", "innings", "layup", "linebacker", "midfielder", "outfielder", "pitcher",
	"play-off", "play-offs", "playoff", "playoffs", "postseason", "qualifier", "qualifiers",
	"quarterback", "quarterfinal", "rebounds", "relegation", "rugby", "scorers",
	"semi-final", "semi-finals", "semifinal", "semifinals", "shortstop", "slugger", "soccer",
	"standings", "striker", "strikers", "tailback", "teammate", "teammates", "three-pointer",
	"three-pointers", "touchdown", "touchdowns", "tournament", "unbeaten", "undefeated", "wicket",
	"wickets", "nfl", "nba", "nhl", "reserve", "back", "throw", "guard", "goal", "run", "kick", "bowl",
	"cruiserweight", "middleweight", "welterweight", "featherweight", "bantamweight", "flyweight",
	"golfer", "golfers", "birdie", "birdies", "bogey", "bogeys", "uefa", "fifa", "ncaa", "mlb",
	"nascar", "indycar", "wbo", "wba", "ibf", "quarter-final", "quarter-finals", "quarterfinals",
	"baseman", "basemen", "strikeout", "strikeouts", "pitchers", "agent", NULL
};

/* Words of sport that news also writes of other things (a car called the
 * Golf, a company's tennis clubs, a heavyweight of industry, a boxer dog,
 * a coach that takes tourists, the Arab League or a league of savings
 * banks): each counts once in a story, however often it comes back. */
const char *const entity_sport_once_words[] = { "boxing", "boxer", "boxers", "heavyweight", "tennis", "golf",
						"athletics", "jockey", "jockeys", "umpire", "bullpen", "coach", "league", NULL };

/* Sports a wire story's slug names ("SQUASH - HONG KONG OPEN RESULTS",
 * "Boxing-Bruno quits") besides the words of sport. */
const char *const entity_sport_slugs[] = { "squash", "cycling", "motor racing", "horse racing", "swimming",
					   "rowing", "sailing", "skiing", "judo", "wrestling", "badminton",
					   "volleyball", "handball", "snooker", "motorcycling", "triathlon", NULL };

static int entity_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int entity_ascii_alnum(char c)
{
	return entity_ascii_letter(c) || (c >= '0' && c <= '9');
}

/* Whether word w of entity_sport_words, at byte i of s, counts: the
 * second word of a term of sport ("injured reserve", "running back",
 * "free throw", "Super Bowl") only after its first (the word of letters
 * before it, past blanks and line breaks, in any case). */
static int entity_sport_term_ok(const char *s, size_t i, const char *w)
{
	static const struct {
		const char *word, *before[2];
	} terms[] = { { "reserve", { "injured" } }, { "back", { "running" } }, { "throw", { "free" } },
		      { "guard", { "point" } },	     { "goal", { "field" } },	  { "run", { "home" } },
		      { "kick", { "free", "penalty" } }, { "bowl", { "super" } }, { "agent", { "free" } } };
	for (size_t k = 0; k < sizeof terms / sizeof *terms; k++) {
		if (strcmp(terms[k].word, w) != 0)
			continue;
		size_t e = i;
		while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n'))
			e--;
		size_t b = e;
		while (b > 0 && entity_ascii_letter(s[b - 1]))
			b--;
		return e < i && b < e && entity_word_is(s, b, e, terms[k].before, terms[k].before[1] ? 2 : 1);
	}
	return 1;
}
#define ENTITY_SPORT_N1 (sizeof entity_sport_words / sizeof *entity_sport_words - 1)
#define ENTITY_SPORT_N (ENTITY_SPORT_N1 + sizeof entity_sport_once_words / sizeof *entity_sport_once_words - 1)
_Static_assert(ENTITY_SPORT_N - ENTITY_SPORT_N1 <= 64, "a bit for each word that counts once");

/* Word k of sport: of entity_sport_words, then of entity_sport_once_words. */
static const char *entity_sport_word(size_t k)
{
	return k < ENTITY_SPORT_N1 ? entity_sport_words[k] : entity_sport_once_words[k - ENTITY_SPORT_N1];
}
/* Slots of the words' table: a power of two, at least twice as many as
 * the words, each slot a byte. */
#define ENTITY_SPORT_SLOTS 256

/* The words of sport by a hash of their bytes (open addressing, a word's
 * index + 1 per slot), their shortest length, and per first letter the
 * lengths and second letters they have: a story's words are found by bits
 * (entity_word_bits), and one is hashed and looked up only when its
 * length and first two letters fit (few words of a story do). */
static struct entity_sport_set {
	unsigned char slot[ENTITY_SPORT_SLOTS];
	size_t min;
	uint32_t lens[26];	/* bit n for each length n of words beginning with 'a' + c */
	uint32_t second[26];	/* bit d - 'a' for each second letter d of those */
} entity_sport_set;
static pthread_once_t entity_sport_once = PTHREAD_ONCE_INIT;

static uint32_t entity_sport_step(uint32_t h, char c)
{
	return (h ^ (unsigned char)c) * 16777619u;
}

static void entity_sport_init(void)
{
	struct entity_sport_set *e = &entity_sport_set;
	e->min = SIZE_MAX;
	for (size_t k = 0; k < ENTITY_SPORT_N; k++) {
		const char *w = entity_sport_word(k);
		size_t n = strlen(w);
		uint32_t h = 2166136261u;
		for (size_t q = 0; q < n; q++)
			h = entity_sport_step(h, w[q]);
		size_t j = h & (ENTITY_SPORT_SLOTS - 1);
		while (e->slot[j])
			j = (j + 1) & (ENTITY_SPORT_SLOTS - 1);
		e->slot[j] = (unsigned char)(k + 1);
		e->min = n < e->min ? n : e->min;
		e->lens[w[0] - 'a'] |= 1u << n;
		e->second[w[0] - 'a'] |= 1u << (w[1] - 'a');
	}
}

#if !defined(__SSE2__)
/* Bit k set where byte k of the 8 at p is a letter (a-z, A-Z): the eight
 * tested at once in a 64-bit word, where a loop over the story's bytes
 * cost 20 instructions a byte. */
static unsigned entity_letters8(const unsigned char *p)
{
	uint64_t x = word8_load(p);
	const uint64_t one = 0x0101010101010101ull, high = 0x80 * one;
	/* Lower case in 7 bits, then 'a' <= t and t <= 'z' in each high bit
	 * (no sum carries out of its byte), bytes of 0x80 and up out. */
	uint64_t t = (x | 0x20 * one) & ~high;
	uint64_t m = (t + (0x80 - 'a') * one) & ~(t + (0x80 - 'z' - 1) * one) & ~x & high;
	/* The eight high bits gathered into the top byte by one product. */
	return (unsigned)(((m >> 7) * 0x0102040810204080ull) >> 56);
}
#endif

/* Bit k set where byte at + k of s[0..n) is a letter, for k < 64 (none
 * past n). */
static uint64_t entity_letters64(const char *s, size_t n, size_t at)
{
	unsigned char pad[64];
	const unsigned char *p = (const unsigned char *)s + at;
	if (at + 64 > n) {
		memset(pad, 0, sizeof pad);
		if (at < n)
			memcpy(pad, p, n - at);
		p = pad;
	}
	uint64_t w = 0;
#if defined(__SSE2__)
	/* Sixteen at a time: a byte with bit 0x20 set moved so that 'a' to
	 * 'z' are the lowest signed bytes (those of 0x80 and up are not). */
	const __m128i bit = _mm_set1_epi8(0x20), shift = _mm_set1_epi8((char)(0x80 - 'a')),
		      top = _mm_set1_epi8((char)(-128 + 26));
	for (int k = 0; k < 4; k++) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
		x = _mm_add_epi8(_mm_or_si128(x, bit), shift);
		w |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, top)) << 16 * k;
	}
#else
	for (int k = 0; k < 8; k++)
		w |= (uint64_t)entity_letters8(p + 8 * k) << 8 * k;
#endif
	return w;
}

/* The words of s[0..n) into w[0..n / 64 + 2): bit i % 64 of w[i / 64] set
 * where byte i is in a word, a letter or a hyphen between two letters, so
 * that a word's start and end are bit operations (the last word of w is
 * always clear). */
static void entity_word_bits(const char *s, size_t n, uint64_t *w)
{
	size_t nb = n / 64 + 2;
	for (size_t b = 0; b < nb; b++)
		w[b] = 64 * b < n ? entity_letters64(s, n, 64 * b) : 0;
	for (const char *p = s; (p = memchr(p, '-', n - (size_t)(p - s))) != NULL; p++) {
		size_t k = (size_t)(p - s);
		if (k > 0 && (w[(k - 1) / 64] >> (k - 1) % 64 & 1) && (w[(k + 1) / 64] >> (k + 1) % 64 & 1))
			w[k / 64] |= 1ull << k % 64;
	}
}

/* Blocks of word bits on the stack (a story of up to 16 KB), past which
 * they are allocated. */
#define ENTITY_WORD_BLOCKS 256

/* Whether s[0..n) opens with a wire story's slug that names a sport: one
 * or two words of letters, then a hyphen ("GOLF - LEADING SCORES",
 * "Boxing-Bruno quits", "MOTOR RACING - ..."). */
static int entity_sport_slug(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\n'))
		i++;
	char slug[24];
	size_t len = 0;
	for (int word = 0; word < 2; word++) {
		size_t j = i;
		while (j < n && entity_ascii_letter(s[j]))
			j++;
		if (j == i || len + (j - i) + 1 >= sizeof slug)
			return 0;
		if (word)
			slug[len++] = ' ';
		for (size_t k = i; k < j; k++)
			slug[len++] = (char)(s[k] | 0x20);
		slug[len] = '\0';
		size_t h = j;
		while (h < n && s[h] == ' ')
			h++;
		if (h < n && s[h] == '-') {
			/* Not a term's second word, which has no first here
			 * ("Back-to-school sales", "Run-off vote"). */
			for (size_t k = 0; k < ENTITY_SPORT_N; k++)
				if (strcmp(entity_sport_word(k), slug) == 0)
					return entity_sport_term_ok(s, i, slug);
			for (size_t k = 0; entity_sport_slugs[k]; k++)
				if (strcmp(entity_sport_slugs[k], slug) == 0)
					return 1;
			return 0;
		}
		if (h != j + 1)
			return 0;
		i = h;
	}
	return 0;
}

/* The score around the hyphen at k of s[0..n): one to three digits either
 * side, a blank between them and the hyphen or not ("91-73", "51 - 50");
 * the first digit's offset into *a and the end of the last into *e. */
static int entity_score_at(const char *s, size_t n, size_t k, size_t *a, size_t *e)
{
	size_t d = k > 0 && s[k - 1] == ' ' ? k - 1 : k, b = k + 1 < n && s[k + 1] == ' ' ? k + 2 : k + 1;
	*a = d;
	while (*a > 0 && d - *a < 4 && s[*a - 1] >= '0' && s[*a - 1] <= '9')
		(*a)--;
	*e = b;
	while (*e < n && *e - b < 4 && s[*e] >= '0' && s[*e] <= '9')
		(*e)++;
	return *a < d && d - *a <= 3 && *e > b && *e - b <= 3;
}

/* Whether the score s[a..e) reports a game's result: a verb of winning,
 * then within three words a name and the score after it ("the Tar Heels
 * beat visiting Evansville, 91-73", "routed Varnholt State 70 - 52"), in
 * one line. The name is capitalised and no month ("beat forecasts on
 * March 12-15" is no game); a vote's tally follows a common noun
 * ("defeated the bill 220-207"). */
static int entity_game_result(const char *s, size_t n, size_t a, size_t e)
{
	static const char *const won[] = { "beat",	"beats",     "defeated", "defeats",   "edged",	"routed",
					   "blanked",	"downed",    "topped",	 "outlasted", "outscored", "overcame",
					   "crushed",	"thumped",   "trounced", "whipped",   "swept",	   "upended",
					   "stunned",	"dispatched" };
	if ((e < n && entity_ascii_alnum(s[e])) || a == 0 || s[a - 1] != ' ')
		return 0;
	/* The name's last word before it, past a comma. */
	size_t ws, we;
	if (!entity_word_before(s, a, 0, &ws, &we))
		return 0;
	if (we - ws == 1 && s[ws] == ',' && !entity_word_before(s, ws, 0, &ws, &we))
		return 0;
	if (we > ws && s[we - 1] == ',')
		we--;
	if (we <= ws || !(s[ws] >= 'A' && s[ws] <= 'Z') || memchr(s + ws, '\n', a - ws) ||
	    (lexicon_lookup(s + ws, we - ws) & LEX_MONTH))
		return 0;
	/* A verb of winning among the three words before it. */
	for (int q = 0; q < 3; q++) {
		size_t was = ws;
		if (!entity_word_before(s, was, 0, &ws, &we) || memchr(s + ws, '\n', was - ws))
			return 0;
		if (entity_word_is(s, ws, we, won, sizeof won / sizeof *won))
			return 1;
	}
	return 0;
}

int entity_sports_story(const char *s, size_t n)
{
	if (entity_sport_slug(s, n))
		return 1;
	pthread_once(&entity_sport_once, entity_sport_init);
	const struct entity_sport_set *e = &entity_sport_set;
	size_t nb = n / 64 + 2;
	uint64_t stack[ENTITY_WORD_BLOCKS];
	uint64_t *w = nb <= ENTITY_WORD_BLOCKS ? stack : xmalloc(nb * sizeof *w);
	entity_word_bits(s, n, w);
	int hits = 0;
	uint64_t once = 0;	/* the words that count once, seen */
	for (size_t b = 0; b + 1 < nb && hits < 2; b++) {
		/* The words that begin in block b and are e->min bytes long or
		 * more, their bits shifted in from the next block. */
		uint64_t x = w[b], next = w[b + 1];
		uint64_t starts = x & ~(x << 1 | (b ? w[b - 1] >> 63 : 0));
		for (size_t k = 1; k < e->min; k++)
			starts &= x >> k | next << (64 - k);
		while (starts && hits < 2) {
			size_t i = 64 * b + (size_t)__builtin_ctzll(starts);
			starts &= starts - 1;
			/* Its end, the first byte out of words after it. */
			size_t q = i / 64;
			uint64_t out = ~w[q] >> i % 64;
			size_t j = i;
			while (!out) {
				out = ~w[++q];
				j = 64 * q;
			}
			size_t len = j + (size_t)__builtin_ctzll(out) - i;
			unsigned c0 = ((unsigned char)s[i] | 0x20) - 'a', c1 = ((unsigned char)s[i + 1] | 0x20) - 'a';
			if (len >= 32 || !(e->lens[c0] >> len & 1) || c1 >= 26 || !(e->second[c0] >> c1 & 1))
				continue;
			/* Lowercased into lw (the words of the list are shorter). */
			char lw[16];
			uint32_t h = 2166136261u;
			for (size_t c = 0; c < len; c++) {
				lw[c] = (char)(s[i + c] | 0x20);
				h = entity_sport_step(h, lw[c]);
			}
			for (size_t sl = h & (ENTITY_SPORT_SLOTS - 1); e->slot[sl]; sl = (sl + 1) & (ENTITY_SPORT_SLOTS - 1)) {
				size_t k = e->slot[sl] - 1u;
				const char *sw = entity_sport_word(k);
				if (strncmp(sw, lw, len) == 0 && sw[len] == '\0') {
					if (k >= ENTITY_SPORT_N1) {
						hits += !(once >> (k - ENTITY_SPORT_N1) & 1);
						once |= 1ull << (k - ENTITY_SPORT_N1);
					} else {
						hits += entity_sport_term_ok(s, i, sw);
					}
					break;
				}
			}
		}
	}
	if (w != stack)
		free(w);
	if (hits >= 2)
		return 1;
	/* A game's score before its outcome ("a 91-73 victory", "20-13
	 * win") is a word of sport too; a game's result tells a story of no
	 * word of sport (entity_game_result). */
	static const char *const outcome[] = { "victory", "win", "loss", "defeat", "rout", "triumph", NULL };
	for (const char *p = s; (p = memchr(p, '-', n - (size_t)(p - s))) != NULL; p++) {
		size_t k = (size_t)(p - s), a, e;
		if (!entity_score_at(s, n, k, &a, &e))
			continue;
		if (hits == 1 && s[k - 1] != ' ' && s[k + 1] != ' ' && e + 1 < n && s[e] == ' ') {
			size_t w = e + 1;
			while (w < n && s[w] >= 'a' && s[w] <= 'z')
				w++;
			for (int q = 0; outcome[q]; q++)
				if (strlen(outcome[q]) == w - e - 1 && memcmp(outcome[q], s + e + 1, w - e - 1) == 0)
					return 1;
		}
		if (entity_game_result(s, n, a, e))
			return 1;
	}
	return 0;
}

/* Whether place mention [start, end) of s (its paragraph lo..hi) stands
 * where a side of a game does: not after a word of place ("in", "at"),
 * not before a comma and a region or a state ("Jacksonville, Fla."), and
 * not a dateline at the head of its paragraph. */
static int entity_side(const char *s, size_t lo, size_t hi, size_t start, size_t end)
{
	static const char *const at[] = { "in", "at", "near", "outside", "around", "across", "throughout", "downtown" };
	static const char *const seat[] = { "city", "town", "state", "county", "streets", "people" };
	size_t ws, we;
	if (entity_word_before(s, start, lo, &ws, &we)) {
		if (entity_word_is(s, ws, we, at, sizeof at / sizeof *at))
			return 0;
		/* "the city of Philadelphia" */
		if (we - ws == 2 && strncasecmp(s + ws, "of", 2) == 0 && entity_word_before(s, ws, lo, &ws, &we) &&
		    entity_word_is(s, ws, we, seat, sizeof seat / sizeof *seat))
			return 0;
	} else {
		size_t b = end;
		while (b < hi && s[b] == ' ')
			b++;
		/* "INDIANAPOLIS (AP) --" is a dateline, "Indianapolis (11-4)" a side. */
		size_t c = b + 1;
		while (c < hi && s[c] == ' ')
			c++;
		int agency = b < hi && s[b] == '(' && c < hi && !(s[c] >= '0' && s[c] <= '9');
		if (b < hi && (agency || s[b] == ',' || s[b] == '-' || (s[b] >= '0' && s[b] <= '9') ||
			       (unsigned char)s[b] == 0xe2))
			return 0;
	}
	if (entity_word_after(s, end, hi, &ws, &we) && we - ws == 1 && s[ws] == ',' &&
	    entity_word_after(s, we, hi, &ws, &we) &&
	    (lexicon_lookup(s + ws, we - ws) & (LEX_REGION | LEX_COUNTRY)))
		return 0;
	return 1;
}

/* Whether a game's score follows byte e of s (its paragraph ends at hi):
 * a blank, one to three digits, a hyphen (blanks around it, as text split
 * into tokens has them) and one to three digits, then no digit or letter:
 * "Evansville 51 - 50", "Jacksonville 31-24". After a place only: after a
 * person it is a bowler's figures or a set's games ("Simmons 4-38"). */
static int entity_game_score_after(const char *s, size_t hi, size_t e)
{
	if (e >= hi || s[e] != ' ')
		return 0;
	size_t k = e + 1, d = k;
	while (k < hi && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k == d || k - d > 3)
		return 0;
	int spaced = k < hi && s[k] == ' ';
	k += (size_t)spaced;
	if (k >= hi || s[k] != '-')
		return 0;
	k++;
	if (spaced) {
		if (k >= hi || s[k] != ' ')
			return 0;
		k++;
	}
	d = k;
	while (k < hi && s[k] >= '0' && s[k] <= '9')
		k++;
	return k > d && k - d <= 3 && (k == hi || !(entity_ascii_letter(s[k]) || s[k] == '-' || (s[k] >= '0' && s[k] <= '9')));
}

/* The words that tell a side of a game (entity_team_context): before
 * it, its rank, after it, and after its possessive. */
static const char *const entity_team_before[] = {
	"for", "joined", "join", "joins", "against", "beat", "beats", "beating",
	"defeated", "defeating", "over", "v", "vs", "vs.", "versus", "edged",
	"routed", "blanked", "downed", "upset", "hosted", "hosts", "visiting", "trailed",
	"outscored", "outlasted", "overcame", "topped", "swept", "eliminated", "ousted", "crushed",
	"thumped", "trounced", "whipped", "side"
};
static const char *const entity_team_after[] = {
	"beat", "beats", "won", "win", "wins", "lost", "lose", "loses",
	"drew", "defeated", "scored", "blanked", "edged", "rallied", "routed", "clinched",
	"trailed", "snapped", "signed", "fired", "hired", "traded", "released", "outscored",
	"edge", "edges", "thrash", "thrashed", "stun", "stunned", "hammered"
};
static const char *const entity_team_game[] = {
	"lead", "win", "victory", "defeat", "loss", "coach", "manager", "goalkeeper",
	"striker", "pitcher", "quarterback", "captain", "starters", "offense", "defense", "defence",
	"bullpen", "roster", "squad", "season"
};
static const char *const entity_team_ranked[] = { "ranked", "unbeaten", "undefeated", "unranked", "seeded" };
#define ENTITY_TEAM_WORDS(list) (list), sizeof(list) / sizeof *(list)

/* Of each of those lists, the lengths of its words by their first letter
 * ('a' first; bit 15 for 15 bytes or more): most words are passed over on
 * these without comparing them with each of the list's. */
static uint16_t entity_team_lens[4][26];
static pthread_once_t entity_team_once = PTHREAD_ONCE_INIT;

/* The lengths, by first letter, of the words w[0..nw) that start with an
 * ASCII letter, into lens. */
static void entity_word_lens(const char *const *w, size_t nw, uint16_t *lens)
{
	for (size_t k = 0; k < nw; k++) {
		unsigned c = ((unsigned)(unsigned char)w[k][0] | 0x20) - 'a';
		size_t n = strlen(w[k]);
		if (c < 26)
			lens[c] |= (uint16_t)(1u << (n < 15 ? n : 15));
	}
}

static void entity_team_init(void)
{
	entity_word_lens(ENTITY_TEAM_WORDS(entity_team_before), entity_team_lens[0]);
	entity_word_lens(ENTITY_TEAM_WORDS(entity_team_ranked), entity_team_lens[1]);
	entity_word_lens(ENTITY_TEAM_WORDS(entity_team_after), entity_team_lens[2]);
	entity_word_lens(ENTITY_TEAM_WORDS(entity_team_game), entity_team_lens[3]);
}

/* entity_word_is for a list whose words' lengths by first letter are
 * lens: a word that starts with a letter and has a length none of them
 * with that letter has is none of them (the compare of first letters, in
 * any case, matches letters to letters only). */
static int entity_word_in(const char *s, size_t b, size_t e, const char *const *w, size_t nw, const uint16_t *lens)
{
	unsigned c = e > b ? ((unsigned)(unsigned char)s[b] | 0x20) - 'a' : 26;
	if (c < 26 && !(lens[c] >> (e - b < 15 ? e - b : 15) & 1))
		return 0;
	return entity_word_is(s, b, e, w, nw);
}

/* Whether a side of a game [start, end) of s (its paragraph lo..hi)
 * stands where only a team does: after a word of the game ("beat", "for",
 * "joined", "against", "over"; "first division side"), before one ("won", "lost", "signed"), or
 * before "'s" and a player's name or a word of the game ("Atlanta's Tom
 * Glavine", "Cleveland's lead"). */
static int entity_team_context(const char *s, size_t lo, size_t hi, size_t start, size_t end)
{
	pthread_once(&entity_team_once, entity_team_init);
	size_t ws, we;
	if (entity_word_before(s, start, lo, &ws, &we)) {
		/* "for" after a capitalised word ends a name, not a side's
		 * place ("the Solidarity Meeting for Sarajevo"; "scored for
		 * Sarajevo"). */
		size_t fs, fe;
		if (entity_word_in(s, ws, we, ENTITY_TEAM_WORDS(entity_team_before), entity_team_lens[0]) &&
		    !(we - ws == 3 && memcmp(s + ws, "for", 3) == 0 && entity_word_before(s, ws, lo, &fs, &fe) &&
		      s[fs] >= 'A' && s[fs] <= 'Z'))
			return 1;
		/* A side's rank: "top-ranked", "unbeaten", "No. 1", "#3". */
		size_t h = we;
		while (h > ws && s[h - 1] != '-')
			h--;
		if (entity_word_in(s, h > ws ? h : ws, we, ENTITY_TEAM_WORDS(entity_team_ranked), entity_team_lens[1]))
			return 1;
		int digits = we > ws;
		for (size_t k = ws + (s[ws] == '#'); k < we && digits; k++)
			digits = s[k] >= '0' && s[k] <= '9';
		size_t vs, ve;
		if (digits && we - ws <= 3 &&
		    (s[ws] == '#' || (entity_word_before(s, ws, lo, &vs, &ve) && ve - vs == 3 &&
				      (s[vs] == 'N' || s[vs] == 'n') && s[vs + 1] == 'o' && s[vs + 2] == '.')))
			return 1;
	}
	if (!entity_word_after(s, end, hi, &ws, &we))
		return 0;
	if (entity_word_in(s, ws, we, ENTITY_TEAM_WORDS(entity_team_after), entity_team_lens[2]))
		return 1;
	int poss = (we - ws == 2 && s[ws] == '\'' && s[ws + 1] == 's') ||
		   (we - ws == 4 && memcmp(s + ws, "\xe2\x80\x99s", 4) == 0);
	return poss && entity_word_after(s, we, hi, &ws, &we) &&
	       ((s[ws] >= 'A' && s[ws] <= 'Z') || entity_word_in(s, ws, we, ENTITY_TEAM_WORDS(entity_team_game),
								       entity_team_lens[3]));
}

/* Where the last word of mention m of s starts (past its last blank). */
static size_t entity_last_word(const char *s, const struct ner_mention *m)
{
	size_t lw = m->end;
	while (lw > m->start && s[lw - 1] != ' ')
		lw--;
	return lw;
}

/* Whether a game's score follows a side that ends at e (its paragraph
 * ends at hi): "Creighton Bluejays 65, Drake Bulldogs 53". */
static int entity_score_after(const char *s, size_t hi, size_t e)
{
	if (e + 2 > hi || s[e] != ' ')
		return 0;
	size_t k = e + 1;
	while (k < hi && k - e <= 4 && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k == e + 1 || k - e > 4)
		return 0;
	/* Then a mark, a blank or a sentence's end ("Drake Bulldogs 53."). */
	return k == hi || strchr(" ,;-\n", s[k]) ||
	       (s[k] == '.' && (k + 1 == hi || s[k + 1] == ' ' || s[k + 1] == '\n'));
}

/* How much a mention's type is worth as a vote: ENTITY_WEAK in a line set
 * in capitals (a headline, where case says nothing), ENTITY_SURE where the
 * lexicon or a title confirms the type (a known country, "Mr." before a
 * name, a company suffix), ENTITY_PLAIN otherwise. */
enum { ENTITY_WEAK = 1, ENTITY_PLAIN = 2, ENTITY_SURE = 4 };
/* A flag over the strength: where it stands types the mention (a team
 * named by its city in a sports story, the city it plays at in a table's
 * line), so no vote of its story or of the corpus changes its type. */
#define ENTITY_LINE 0x80u
/* A flag over the strength: a place in a sports story that stands where a
 * side of a game does ("overcame Jacksonville 31-24"), not where a place
 * does ("in Jacksonville", "Jacksonville, Fla."): the team its story names
 * after it, if one. */
#define ENTITY_SIDE 0x40u
/* A flag over the strength: a place a list knows that is the surname of a
 * person its story names in full, standing where no place does: the
 * person ("MaliVai Washington", then "the 11th-seeded Washington"). */
#define ENTITY_NAMESAKE 0x20u
/* A flag over the strength: a place that opens a line of wire copy's
 * dateline ("TROY, Mich., March 2 -"), the town the story was filed from. */
#define ENTITY_DATELINE 0x10u
/* A flag over the strength: one word in capitals, its own name, that
 * stands among words in lower case, not in a dateline nor in a ticker's
 * angle brackets: an acronym as the story spells it ("PDVSA"), whose
 * spelling counts in the corpus's vote of its name (entity_spelling_vote). */
#define ENTITY_ACRONYM 0x08u
#define ENTITY_STRENGTH(st) \
	((unsigned char)((st) & ~(ENTITY_LINE | ENTITY_SIDE | ENTITY_NAMESAKE | ENTITY_DATELINE | ENTITY_ACRONYM)))

/* The bytes [*lo, *hi) of the paragraph mention m stands in, or of the
 * mention itself where it runs across paragraphs. */
static void entity_para_bounds(const struct article *a, size_t k, const struct ner_mention *m, size_t *lo, size_t *hi)
{
	*lo = k < a->npara ? a->paras[k].start : 0;
	*hi = k < a->npara ? a->paras[k].end : a->len;
	if (m->start < *lo || m->end > *hi) {
		*lo = m->start;
		*hi = m->end;
	}
}

/* The same for a mention whose paragraph is not known yet. */
static void entity_para_of(const struct article *a, const struct ner_mention *m, size_t *lo, size_t *hi)
{
	entity_para_bounds(a, article_para_at(a, m->start), m, lo, hi);
}

/* The paragraph of each mention of l, as article_para_at tells it, into
 * para: walked forward through the paragraphs as the mentions come in
 * text order (from the first again where one does not), instead of a
 * search for each of the several rules that ask. */
static void entity_paras(const struct article *a, const struct ner_list *l, size_t *para)
{
	size_t p = 0;
	for (size_t k = 0; k < l->n; k++) {
		size_t off = l->v[k].start;
		if (k > 0 && off < l->v[k - 1].start)
			p = 0;
		while (p + 1 < a->npara && a->paras[p + 1].start <= off)
			p++;
		para[k] = p < a->npara && a->paras[p].start <= off && off < a->paras[p].end ? p : a->npara;
	}
}

/* A lexicon class no text has (they are bits below 1 << 18): a mention's
 * text not looked up yet. */
#define ENTITY_CLS_UNKNOWN (~0u)

/* The lexicon's classes of mention m's text, looked up the first time a
 * rule asks and kept in *cls. */
static unsigned entity_mention_cls(const struct article *a, const struct ner_mention *m, unsigned *cls)
{
	if (*cls == ENTITY_CLS_UNKNOWN)
		*cls = lexicon_lookup(a->data + m->start, m->end - m->start);
	return *cls;
}

/* Whether s[0..n) holds an ASCII letter in lower case. */
static int entity_has_lower(const char *s, size_t n)
{
	for (size_t q = 0; q < n; q++)
		if (s[q] >= 'a' && s[q] <= 'z')
			return 1;
	return 0;
}

/* Whether mention m (of paragraph para) is one word in capitals between
 * words with a letter in lower case, not in a ticker's angle brackets: an
 * acronym as the story spells it (ENTITY_ACRONYM), not a headline's word
 * after its field's name ("Title: TOYOTA LIKELY"). */
static int entity_body_acronym(const struct article *a, const struct ner_mention *m, size_t para)
{
	const char *s = a->data;
	size_t n = m->end - m->start, lo, hi, ws, we;
	if (n < 2 || n > 12 || memchr(s + m->start, ' ', n) || memchr(s + m->start, '\n', n) ||
	    !text_all_upper(s + m->start, n) || (m->start > 0 && s[m->start - 1] == '<'))
		return 0;
	entity_para_bounds(a, para, m, &lo, &hi);
	return entity_word_before(s, m->start, lo, &ws, &we) && entity_has_lower(s + ws, we - ws) &&
	       entity_word_after(s, m->end, hi, &ws, &we) && entity_has_lower(s + ws, we - ws);
}

/* Whether place k of l stands before a comma and a region or country a
 * list knows ("Tarvel, Iowa", "Marrowby , North Yorkshire"): where
 * it stands says it is a town, whatever a company or a team of its name
 * is in the story or the corpus. */
static int entity_town_of_region(const struct article *a, const struct ner_list *l, size_t k)
{
	const char *s = a->data;
	size_t e = l->v[k].end;
	if (k + 1 >= l->n || e + 2 >= a->len)
		return 0;
	size_t c = e + (s[e] == ' ');
	const struct ner_mention *p = &l->v[k + 1];
	if (s[c] != ',' || s[c + 1] != ' ' || p->start != c + 2 || p->type != NER_PLACE ||
	    !(lexicon_lookup(s + p->start, p->end - p->start) & (LEX_REGION | LEX_COUNTRY)))
		return 0;
	/* Not an apposition of the region's ("HKB, Belgium's largest
	 * bank"). */
	size_t q = p->end + (p->end < a->len && s[p->end] == ' ');
	return !(q + 1 < a->len && (s[q] == '\'' || (unsigned char)s[q] == 0xe2) &&
		 (s[q + 1] == 's' || (q + 3 < a->len && s[q + 3] == 's')));
}

/* para: m's paragraph; cls: as entity_mention_cls's. */
static unsigned char entity_strength(const struct article *a, const struct ner_mention *m, size_t para, unsigned *mcls)
{
	const char *s = a->data;
	size_t ws, we;
	size_t lo, hi;
	entity_para_bounds(a, para, m, &lo, &hi);
	/* A name its ticker follows is a listed company's, in a headline's
	 * capitals too ("BETHLEHEM <BS>", not the town of its dateline). */
	size_t ts, te;
	if (m->type == NER_ORG && ner_ticker_after(s, a->len, m->end, &ts, &te))
		return ENTITY_SURE;
	if (text_caps_word(s + m->start, m->end - m->start) &&
	    ((entity_word_before(s, m->start, lo, &ws, &we) && text_caps_word(s + ws, we - ws)) ||
	     (entity_word_after(s, m->end, hi, &ws, &we) && text_caps_word(s + ws, we - ws))))
		return ENTITY_WEAK;
	unsigned cls = entity_mention_cls(a, m, mcls);
	switch (m->type) {
	case NER_PERSON:
		if (entity_word_before(s, m->start, lo, &ws, &we) && (lexicon_lookup(s + ws, we - ws) & LEX_TITLE))
			return ENTITY_SURE;
		if (cls & LEX_PERSON)
			return ENTITY_SURE;
		break;
	case NER_PLACE:
		if (cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION))
			return ENTITY_SURE;
		break;
	case NER_GROUP:
		/* Not an acronym that spells a people ("IBO", a boxing body). */
		if ((cls & (LEX_DEMONYM | LEX_GROUP)) && !text_all_upper(s + m->start, m->end - m->start))
			return ENTITY_SURE;
		break;
	case NER_ORG: {
		if (cls & LEX_ORG)
			return ENTITY_SURE;
		size_t b = m->end;
		while (b > m->start && s[b - 1] != ' ' && s[b - 1] != '\n')
			b--;
		if (b > m->start && (lexicon_lookup(s + b, m->end - b) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)))
			return ENTITY_SURE;
		break;
	}
	default:
		break;
	}
	return ENTITY_PLAIN;
}

/* A mention's vote for its type: its strength, times the model's
 * confidence in the type where the model gave it (on CoNLL dev a lead
 * under 20 is right 92% of the time, over 80 99.6%); a rule's type counts
 * as a middling lead. */
static unsigned entity_vote(unsigned char strength, float margin)
{
	unsigned conf = margin < 0 ? 1 : margin == 0 ? 3 : margin < 20 ? 2 : margin < 80 ? 3 : 4;
	return ENTITY_STRENGTH(strength) * conf;
}

/* A type wins a vote when it has this many times the votes of another:
 * short of that, each mention keeps the type its context gave it (a city
 * in a dateline and the same name as a team in a table of results). */
#define ENTITY_DECISIVE 3
/* Across stories twice the votes do: with a corpus behind it, a type
 * overrules a mention's context at two to one. */
#define ENTITY_DECISIVE_CORPUS 2

/* One story calls one name by one type: the mentions of a name (folded)
 * take the type its mentions vote for, each with its strength, where the
 * vote is decisive. Dates keep theirs, and so do a dateline's towns: the
 * dateline of "SUFFIELD <SFCP>" is Suffield, Conn., not the company. */
static void entity_vote_types(struct ner_list *l, char *const *keys, const unsigned char *strength)
{
	struct entity_map byname = { .scratch = 1 };
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].type != NER_DATE)
			entity_map_add(&byname, keys[i], i);
	for (size_t h = 0; h < byname.cap; h++) {
		struct entity_map_slot *sl = &byname.s[h];
		if (!sl->key || sl->n < 2)
			continue;
		unsigned votes[NER_NTYPES] = { 0 };
		for (size_t q = 0; q < sl->n; q++)
			votes[l->v[sl->v[q]].type] += entity_vote(strength[sl->v[q]], l->v[sl->v[q]].margin);
		enum ner_type best = l->v[sl->v[0]].type;
		for (int ty = 0; ty < NER_NTYPES; ty++)
			if (votes[ty] > votes[best])
				best = (enum ner_type)ty;
		for (size_t q = 0; q < sl->n; q++)
			if (votes[l->v[sl->v[q]].type] * ENTITY_DECISIVE <= votes[best] &&
			    !(strength[sl->v[q]] & (ENTITY_LINE | ENTITY_DATELINE)))
				l->v[sl->v[q]].type = best;
	}
	entity_map_free(&byname);
}

/* Organizations named by a place and a name ("Indianapolis Colts", "Boston
 * Red Sox"), by the folded words after the place, so that the name alone
 * ("Colts") finds them. */
static int entity_place_qualifier(const char *w);

/* Whether name s, a place up to sp, names a team: the place a city or a
 * region, not a country, and the words after it a nickname ("Red Sox",
 * "76ers"), capitalised, with no head word of an organization or a
 * company in them ("Herald", "Inc"), no party or people ("Democrats"),
 * no word of direction (the railroad "Kansas City Southern"), nor a call
 * sign or an acronym in a name in mixed case ("WCVB"); "Mississippi
 * State" is a school of its own, not Mississippi's. */
static int entity_team_name(const char *s, const char *sp)
{
	unsigned pc = lexicon_lookup(s, (size_t)(sp - s));
	if ((pc & LEX_COUNTRY) || !(pc & (LEX_CITY | LEX_REGION)))
		return 0;
	/* A nickname is of one word or two ("Colts", "Trail Blazers"): three
	 * are a body's name ("London Interbank Borrowing Rates"). */
	const char *w2 = strchr(sp + 1, ' ');
	if (w2 && strchr(w2 + 1, ' '))
		return 0;
	int caps = text_caps_word(s, strlen(s));
	for (const char *w = sp + 1; *w; w++) {
		const char *e = strchr(w, ' ');
		size_t wl = e ? (size_t)(e - w) : strlen(w);
		if (!((*w >= 'A' && *w <= 'Z') || (*w >= '0' && *w <= '9')) ||
		    (lexicon_lookup(w, wl) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_DEMONYM | LEX_GROUP)) ||
		    (wl == 5 && strncasecmp(w, "state", 5) == 0) || (!caps && text_caps_word(w, wl)))
			return 0;
		char fb[ENTITY_FOLD];
		size_t fl;
		char *f = text_fold_buf(w, wl, fb, sizeof fb, &fl);
		int direction = entity_place_qualifier(f);
		if (f != fb)
			free(f);
		if (direction)
			return 0;
		w += wl;
		if (!*w) {
			/* A nickname is a plural ("Colts", "Red Sox",
			 * "76ers") or one of the few singular ones; a
			 * place's body of one singular word is not a team
			 * ("Auckland Coastguard", "Palmer Hospice"). */
			static const char *const singular[] = { "heat", "magic", "jazz", "thunder", "wild", "lightning",
								"avalanche", "fire", "galaxy", "crew", "united", "city",
								"dynamo", "revolution", "sky", "storm", "fever", "mercury",
								"dream", "liberty", "lynx", "sun", "athletic", "orange",
								"crimson", "tide", "express", "force", "impact", "rapid",
								"rush", "surge", "fc" };
			const char *lw = w - wl;
			char last = (char)(lw[wl - 1] | 0x20);
			if (last != 's' && last != 'x' && !entity_word_is(lw, 0, wl, singular, sizeof singular / sizeof *singular))
				return 0;
			break;
		}
	}
	return 1;
}

static void entity_place_named(struct entity_map *m, struct entity_map *byplace, const char *s, size_t i)
{
	for (const char *sp = strchr(s, ' '); sp; sp = strchr(sp + 1, ' ')) {
		if (!(lexicon_lookup(s, (size_t)(sp - s)) & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
			continue;
		char fb[ENTITY_FOLD];
		size_t n;
		char *f = text_fold_buf(sp + 1, strlen(sp + 1), fb, sizeof fb, &n);
		entity_map_add(m, f, i);
		if (f != fb)
			free(f);
		/* A team's nickname of two words or more goes by its last one
		 * too, as fans and reporters shorten it ("Blazers" of the
		 * "Portland Trail Blazers", "Sox" of the "Boston Red Sox"). */
		const char *last = strrchr(sp + 1, ' ');
		int team = entity_team_name(s, sp);
		if (last && team) {
			f = text_fold_buf(last + 1, strlen(last + 1), fb, sizeof fb, &n);
			entity_map_add(m, f, i);
			if (f != fb)
				free(f);
		}
		/* And by the place, under its list's name ("Philly" is
		 * Philadelphia), for the city alone as the team. */
		if (byplace && team) {
			const char *c = lexicon_canonical(s, (size_t)(sp - s));
			f = c ? text_fold_buf(c, strlen(c), fb, sizeof fb, &n) : text_fold_buf(s, (size_t)(sp - s), fb, sizeof fb, &n);
			entity_map_add(byplace, f, i);
			if (f != fb)
				free(f);
		}
	}
}

/* A product's name s (two words or more) under its model's name, the
 * words after its maker's ("camry" of the "Toyota Camry"), where a list
 * knows the maker as a company: a story or its neighbours write the
 * model alone for the product. */
static void entity_maker_named(struct entity_map *m, const char *s, size_t i)
{
	for (const char *sp = strchr(s, ' '); sp; sp = strchr(sp + 1, ' ')) {
		if (!(lexicon_lookup(s, (size_t)(sp - s)) & LEX_ORG) || !(sp[1] >= 'A' && sp[1] <= 'Z'))
			continue;
		char fb[ENTITY_FOLD];
		size_t n;
		char *f = text_fold_buf(sp + 1, strlen(sp + 1), fb, sizeof fb, &n);
		entity_map_add(m, f, i);
		if (f != fb)
			free(f);
		break;
	}
}

/* Adds name s (mention i) to m under its word w[0..wl), folded, and to
 * mixed where the story names two names with the word, known here once
 * rather than each time the word comes alone. */
static void entity_head_add(struct entity_map *m, struct entity_map *mixed, char *const *surf, const char *s,
			    const char *w, size_t wl, size_t i)
{
	char fb[ENTITY_FOLD];
	size_t n;
	char *f = text_fold_buf(w, wl, fb, sizeof fb, &n);
	entity_map_add(m, f, i);
	const struct entity_map_slot *sl = entity_map_get(m, f, 0);
	if (sl->n >= 2 && strcasecmp(surf[sl->v[0]], s) != 0 && !entity_map_get(mixed, f, 0))
		entity_map_add(mixed, f, i);
	if (f != fb)
		free(f);
}

/* Organization name s of two words or more (its last space at sp) under
 * its first and its last word, folded, where that word is a head word of
 * organizations ("Academy" of the "Academy of Motion Picture Arts and
 * Sciences", "Commission" of the "European Commission"). */
static void entity_heads_add(struct entity_map *m, struct entity_map *mixed, char *const *surf, const char *s,
			     const char *sp, size_t i)
{
	/* Buildings that name a body ("White House") are not that head
	 * word's: "the House" is a chamber. */
	static const char *const seats[] = { "house", "palace", "street" };
	const char *fe = strchr(s, ' ');
	const char *w[2] = { s, sp + 1 };
	size_t wl[2] = { (size_t)(fe - s), strlen(sp + 1) };
	/* The first word heads the name only before "of", "for" or "on"
	 * ("Bank of England"; the "Senate Finance Committee" is not the
	 * Senate's name). */
	static const char *const links[] = { "of", "for", "on" };
	size_t ls, le;
	int first = entity_word_after(s, (size_t)(fe - s), strlen(s), &ls, &le) &&
		    entity_word_is(s, ls, le, links, sizeof links / sizeof *links);
	for (int k = first ? 0 : 1; k < 2; k++) {
		/* A head word a list knows as a body of its own ("Senate",
		 * "Congress") is that body alone. */
		unsigned cls = lexicon_lookup(w[k], wl[k]);
		if (!(cls & LEX_ORG_WORD) || (cls & LEX_ORG) ||
		    entity_word_is(w[k], 0, wl[k], seats, sizeof seats / sizeof *seats))
			continue;
		entity_head_add(m, mixed, surf, s, w[k], wl[k], i);
	}
}

/* Head words of the names of laws and agreements, which news uses alone
 * after the full name ("the Data Retention Bill ... amending the Bill").
 * "Bill" is a given name too, so the lexicon's words of events lack it. */
static const char *const entity_law_heads[] = { "bill", "act", "treaty", "accord", "agreement", "convention",
						"charter", "protocol", "amendment" };

/* Other name s of two words or more (its last space at sp) under its last
 * word, folded, where that is a law's head word (entity_law_heads);
 * mixed: the words two such names end in, as entity_heads_add keeps. */
static void entity_laws_add(struct entity_map *m, struct entity_map *mixed, char *const *surf, const char *s,
			    const char *sp, size_t i)
{
	size_t wl = strlen(sp + 1);
	if (entity_word_is(sp + 1, 0, wl, entity_law_heads, sizeof entity_law_heads / sizeof *entity_law_heads))
		entity_head_add(m, mixed, surf, s, sp + 1, wl, i);
}

/* How near before a head word alone an organization named with it is
 * the one it stands for, whatever else the story names so: about two
 * sentences of news. */
#define ENTITY_HEAD_NEAR 300
/* How far from every organization named with it a head word alone is no
 * longer its short form: a few pages, more than any news story. */
#define ENTITY_HEAD_FAR 6000

/* The organization a head word alone (s, mention i of l) stands for, of
 * those the story names with it (entity_heads_add; mixed: the words two
 * are named with): the one so named; of two or more, the one named just
 * before it (news names an organization in full, then by its kind: "the
 * Bank of England was not able to comment on the Bank's action"), else the
 * one the story names first, its subject ("the African Development Bank
 * ... existing World Bank and Asian Development Bank operations ... The
 * Bank now has"). */
static const char *entity_head_name(struct entity_map *m, struct entity_map *mixed, char *const *surf,
				    const struct ner_list *l, const char *s, size_t sn, size_t i)
{
	if (!m->count)
		return NULL;
	char fb[ENTITY_FOLD];
	size_t fl;
	char *f = text_fold_buf(s, sn, fb, sizeof fb, &fl);
	const struct entity_map_slot *sl = entity_map_get(m, f, 0);
	int two = sl && entity_map_get(mixed, f, 0) != NULL;
	if (f != fb)
		free(f);
	if (!sl)
		return NULL;
	/* The mentions are in text order: the last one before i. */
	size_t lo = entity_below(sl->v, sl->n, i);
	/* In a long text (an encyclopedia's article, a report) a head word
	 * pages away from every name made with it is no short form of one:
	 * the "Government" of a section heading is not the "British
	 * Government" of a paragraph far before it. */
	size_t gap = SIZE_MAX;
	if (lo)
		gap = l->v[i].start - l->v[sl->v[lo - 1]].start;
	if (lo < sl->n && l->v[sl->v[lo]].start - l->v[i].start < gap)
		gap = l->v[sl->v[lo]].start - l->v[i].start;
	if (gap > ENTITY_HEAD_FAR)
		return NULL;
	if (!two)
		return surf[sl->v[0]];
	if (lo && l->v[i].start - l->v[sl->v[lo - 1]].start <= ENTITY_HEAD_NEAR)
		return surf[sl->v[lo - 1]];
	/* The story's subject, named first, where that is near enough to be
	 * what the story is still about. */
	size_t at = l->v[i].start, first = l->v[sl->v[0]].start;
	if ((at > first ? at - first : first - at) > ENTITY_HEAD_FAR)
		return NULL;
	return surf[sl->v[0]];
}

/* Adds company name s (mention i) to m under its last word before its
 * legal form, folded, where two words or more stand before that form and
 * the word is no place's, people's or head word a list knows ("Eastman
 * Kodak Co" under "kodak"; not "Bank of Boston Corp" under "boston").
 * un and cut: what entity_unsuffixed gives of s. */
static void entity_core_add(struct entity_map *m, const char *s, size_t un, size_t cut, size_t i)
{
	if (!cut || un == 0)
		return;
	size_t b = un;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	if (b == 0 || !(s[b] >= 'A' && s[b] <= 'Z') || un - b < 3 ||
	    (lexicon_lookup(s + b, un - b) &
	     (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_DEMONYM | LEX_GROUP | LEX_ORG_WORD | LEX_COMPANY_SUFFIX |
	      LEX_COMMON | LEX_TITLE)) ||
	    lexicon_lowercase(s + b, un - b))
		return;
	char fb[ENTITY_FOLD];
	size_t fl;
	char *f = text_fold_buf(s + b, un - b, fb, sizeof fb, &fl);
	entity_map_add(m, f, i);
	if (f != fb)
		free(f);
	/* A firm of two partners ("Kidder, Peabody and Co") goes by the two
	 * without the comma too. */
	const char *comma = memchr(s, ',', un);
	if (comma && comma + 2 == s + b && !memchr(s, ' ', (size_t)(comma - s))) {
		char both[128];
		if (un < sizeof both) {
			memcpy(both, s, (size_t)(comma - s));
			memcpy(both + (comma - s), comma + 1, un - (size_t)(comma + 1 - s));
			f = text_fold_buf(both, un - 1, fb, sizeof fb, &fl);
			entity_map_add(m, f, i);
			if (f != fb)
				free(f);
		}
	}
}

/* The one name (a mention's surface, surf) that the mentions of m
 * under the folded s[0..sn) all have, or NULL where there is none or more
 * than one. */
static const char *entity_one_name(struct entity_map *m, char *const *surf, const char *s, size_t sn)
{
	/* Most stories leave most of these maps empty: nothing to fold. */
	if (!m->count)
		return NULL;
	char fb[ENTITY_FOLD];
	size_t fl;
	char *f = text_fold_buf(s, sn, fb, sizeof fb, &fl);
	struct entity_map_slot *sl = entity_map_get(m, f, 0);
	if (f != fb)
		free(f);
	if (!sl)
		return NULL;
	for (size_t q = 1; q < sl->n; q++)
		if (strcasecmp(surf[sl->v[q]], surf[sl->v[0]]) != 0)
			return NULL;
	return surf[sl->v[0]];
}

/* Names the mentions of one article, joining short forms to full ones.
 * Lookups go through maps and sorted lists, so that a long article with
 * thousands of mentions is named in n log n. */
/* Into key (5 bytes) the first two letters of folded given name g and of
 * surname f, for names blended of them; 0 if either is shorter. */
static int entity_blend_key(const char *g, const char *f, char key[5])
{
	if (strlen(g) < 3 || strlen(f) < 3 || !(g[0] >= 'a' && g[0] <= 'z') || !(f[0] >= 'a' && f[0] <= 'z'))
		return 0;
	key[0] = g[0];
	key[1] = g[1];
	key[2] = f[0];
	key[3] = f[1];
	key[4] = '\0';
	return 1;
}

/* The person (of blends, entity_blend_key) whose given name and surname
 * name s, one word in two capitalised parts of two letters or more,
 * begins ("LiLo": "li" of Lindsay, "lo" of Lohan), if only one person, or
 * SIZE_MAX. */
static size_t entity_blend_find(struct entity_map *blends, const struct entity_words *pw, const char *s)
{
	size_t n = strlen(s), at = 0;
	if (n < 4 || n > 8 || !(s[0] >= 'A' && s[0] <= 'Z'))
		return SIZE_MAX;
	for (size_t i = 1; i < n; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z' && !at)
			at = i;
		else if (!(s[i] >= 'a' && s[i] <= 'z'))
			return SIZE_MAX;
	}
	if (at < 2 || n - at < 2)
		return SIZE_MAX;
	char key[5] = { (char)(s[0] | 0x20), s[1], (char)(s[at] | 0x20), s[at + 1], '\0' };
	const struct entity_map_slot *sl = entity_map_get(blends, key, 0);
	size_t k = SIZE_MAX;
	for (size_t q = 0; sl && q < sl->n; q++) {
		const struct entity_words *w = &pw[sl->v[q]];
		const char *g = w->w[0], *f = w->w[entity_name_len(w) - 1];
		if (strncasecmp(g, s, at) != 0 || strncasecmp(f, s + at, n - at) != 0 || strlen(g) <= at ||
		    strlen(f) <= n - at)
			continue;
		if (k != SIZE_MAX && (strcmp(f, pw[k].w[entity_name_len(&pw[k]) - 1]) != 0 || strcmp(g, pw[k].w[0]) != 0))
			return SIZE_MAX;
		if (k == SIZE_MAX)
			k = sl->v[q];
	}
	return k;
}

/* Whether text[a..b) crosses no sentence's end: no full stop, question
 * or exclamation mark before a space, and no line left blank. */
static int entity_one_sentence(const char *text, size_t a, size_t b)
{
	for (size_t p = a; p + 1 < b; p++)
		if (((text[p] == '.' || text[p] == '?' || text[p] == '!') && (text[p + 1] == ' ' || text[p + 1] == '\n')) ||
		    (text[p] == '\n' && text[p + 1] == '\n'))
			return 0;
	return 1;
}

/* The full name of the one person whose given name w is (every full name
 * it begins ends alike: "Katie Jenkin" twice), or SIZE_MAX. Where people
 * of the story share that given name and before is not SIZE_MAX, the one
 * of those named in full before mention before that the story has named
 * most so far (said: person mentions so far by the full-name mention they
 * went to), and of equals the last named: "Park" is the Park Ji-hyun of a
 * story's lead, not a Park Wan-joo it names in passing, and the family
 * name first of "Chen Shui-bian" is found so too. Two equals named in one
 * sentence leave it to neither ("Adeyemi Okafor and Adeyemi Bello met").
 * l: the story's mentions in text. */
static size_t entity_given_find(struct entity_map *given, const struct entity_words *pw, const char *w, size_t before,
				const struct ner_list *l, const char *text, const unsigned *said)
{
	struct entity_map_slot *sl = entity_map_get(given, w, 0);
	size_t k = sl ? sl->v[0] : SIZE_MAX;
	for (size_t q = 1; sl && q < sl->n && k != SIZE_MAX; q++) {
		const struct entity_words *a = &pw[sl->v[q]], *b = &pw[k];
		if (strcmp(a->w[a->n - 1], b->w[b->n - 1]) != 0)
			k = SIZE_MAX;
	}
	if (!sl || k != SIZE_MAX || before == SIZE_MAX)
		return k;
	/* The indices are in text order: the full names before, from the
	 * nearest back, at most ENTITY_GIVEN_BACK of them so that a story
	 * of many is no slower; each person by surname, with its score and
	 * its last full name. */
	enum { ENTITY_GIVEN_BACK = 64, ENTITY_GIVEN_PEOPLE = 8 };
	size_t at = entity_below(sl->v, sl->n, before);
	size_t who[ENTITY_GIVEN_PEOPLE], np = 0;
	unsigned score[ENTITY_GIVEN_PEOPLE];
	for (size_t q = at, seen = 0; q-- > 0 && seen < ENTITY_GIVEN_BACK; seen++) {
		size_t v = sl->v[q];
		const char *last = pw[v].w[pw[v].n - 1];
		size_t p = 0;
		while (p < np && strcmp(pw[who[p]].w[pw[who[p]].n - 1], last) != 0)
			p++;
		if (p == np) {
			if (np == ENTITY_GIVEN_PEOPLE)
				return SIZE_MAX;
			who[np] = v;
			score[np++] = 0;
		}
		score[p] += said[v];
	}
	size_t best = SIZE_MAX, second = SIZE_MAX;
	for (size_t p = 0; p < np; p++) {
		/* Ties go to the first found: the last named. */
		if (best == SIZE_MAX || score[p] > score[best]) {
			second = best;
			best = p;
		} else if (second == SIZE_MAX || score[p] > score[second]) {
			second = p;
		}
	}
	if (best == SIZE_MAX)
		return SIZE_MAX;
	if (second != SIZE_MAX && score[second] == score[best]) {
		const struct ner_mention *x = &l->v[who[second]], *y = &l->v[who[best]];
		if (x->start < y->start ? entity_one_sentence(text, x->end, y->start) :
					  entity_one_sentence(text, y->end, x->start))
			return SIZE_MAX;
	}
	return who[best];
}

/* The full name of the one person of map inner (people by their inner
 * words) that holds word w inside it, or SIZE_MAX: where two people of
 * the story hold it, neither. */
static size_t entity_inner_find(struct entity_map *inner, const struct entity_words *pw, const char *w)
{
	struct entity_map_slot *sl = entity_map_get(inner, w, 0);
	if (!sl)
		return SIZE_MAX;
	size_t k = sl->v[0];
	for (size_t q = 1; q < sl->n; q++) {
		const struct entity_words *a = &pw[sl->v[q]], *b = &pw[k];
		if (strcmp(a->w[a->n - 1], b->w[b->n - 1]) != 0)
			return SIZE_MAX;
	}
	return k;
}

/* Whether a name's last word makes it a unit of a larger body (a centre,
 * a school, a team): such a name is not the body's long form. */
static int entity_unit_word(const char *w)
{
	static const char *const units[] = {
		"academy", "alliance", "arena", "board", "bureau", "center", "centre", "college", "committee",
		"council", "department", "division", "foundation", "hospital", "institute", "lab", "laboratories",
		"laboratory", "labs", "museum", "office", "program", "programme", "school", "stadium", "team",
		"unit", NULL,
	};
	char fb[ENTITY_FOLD];
	size_t n;
	char *f = text_fold_buf(w, strlen(w), fb, sizeof fb, &n);
	int unit = 0;
	for (int k = 0; units[k] && !unit; k++)
		unit = strcmp(f, units[k]) == 0;
	if (f != fb)
		free(f);
	return unit;
}

/* Whether the first word of w names an organ or a meeting of a larger
 * body ("Conference on Trade and Development" of the United Nations, the
 * European Community's "Commission"): a body of its own, not the larger
 * one's long form, as a board is ("Federal Reserve Board"). */
static int entity_organ_word(const char *w)
{
	static const char *const organs[] = { "assembly", "commission", "committee", "conference", "council",
					      "court", "parliament", "secretariat", "summit", "tribunal", NULL };
	size_t n = strcspn(w, " ");
	for (int k = 0; organs[k]; k++)
		if (strlen(organs[k]) == n && strncasecmp(w, organs[k], n) == 0)
			return 1;
	return 0;
}

/* Whether a name's last word makes it a body of the place it begins
 * with (a unit, a church, a police force, a court): "Wasilla Bible
 * Church" is not the town Wasilla, as "Leeds United" is the club Leeds. */
static int entity_local_body(const char *name)
{
	const char *sp = strrchr(name, ' ');
	const char *w = sp ? sp + 1 : name;
	char fb[ENTITY_FOLD];
	size_t n;
	char *f = text_fold_buf(w, strlen(w), fb, sizeof fb, &n);
	int local = strcmp(f, "church") == 0 || strcmp(f, "police") == 0 || strcmp(f, "court") == 0 ||
		    strcmp(f, "cathedral") == 0 || strcmp(f, "mosque") == 0 || strcmp(f, "temple") == 0;
	if (f != fb)
		free(f);
	return sp && (local || entity_unit_word(w));
}

static int entity_name_initial(const char *w);

/* The given names a name's given name may stand for (nicknames.txt, at
 * most 8), then the given name itself last; only itself if own_only. */
static size_t entity_given_forms(const char *given, int own_only, const char *forms[9])
{
	size_t nf = own_only ? 0 : nickname_full(given, forms, 8);
	if (nf > 8)
		nf = 8;
	forms[nf++] = given;
	return nf;
}

/* For each person mention of two words or more, the first mention in the
 * story of the same person under a familiar or full given name ("Maurice
 * Cheeks" for a later "Mo Cheeks": the same words after a given name that
 * nicknames.txt relates), or the mention itself; other mentions stand for
 * themselves. A familiar form that stands for two full names the story
 * writes (Pat for Patrick and Patricia) stands for itself. Found through
 * maps of each name under each full given name it may stand for, so that
 * a story of many names is no slower. */
static size_t *entity_nickname_reps(const struct ner_list *l, const struct entity_words *pw)
{
	size_t n = l->n;
	size_t *rep = xmalloc((n ? n : 1) * sizeof *rep);
	struct entity_map literal = { 0 }, byform = { 0 };
	/* Most stories write no familiar form: nothing to join. */
	int any = 0;
	for (size_t i = 0; i < n; i++) {
		rep[i] = i;
		const char *one[1];
		any |= l->v[i].type == NER_PERSON && pw[i].n >= 2 && nickname_full(pw[i].w[0], one, 1) > 0;
	}
	if (!any)
		return rep;
	char **rest = xcalloc(n ? n : 1, sizeof *rest);
	unsigned char *two = xcalloc(n ? n : 1, 1);	/* may be two of the people */
	for (size_t i = 0; i < n; i++) {
		const struct entity_words *w = &pw[i];
		if (l->v[i].type != NER_PERSON || entity_name_len(w) < 2 || entity_name_initial(w->w[0]))
			continue;
		/* The words after the given name, as one string. */
		size_t len = 1, o = 0;
		for (size_t q = 1; q < w->n; q++)
			len += strlen(w->w[q]) + 1;
		rest[i] = xmalloc(len);
		for (size_t q = 1; q < w->n; q++) {
			size_t wl = strlen(w->w[q]);
			rest[i][o++] = ' ';
			memcpy(rest[i] + o, w->w[q], wl);
			o += wl;
		}
		rest[i][o] = '\0';
		char *key = entity_cat(w->w[0], rest[i]);
		entity_map_add(&literal, key, i);
		free(key);
	}
	/* Each name under its own given name and, unless it could be two of
	 * the story's people, under the full names it stands for. */
	for (size_t i = 0; i < n; i++) {
		if (!rest[i])
			continue;
		const char *forms[9];
		size_t nf = entity_given_forms(pw[i].w[0], 0, forms);
		const char *seen = NULL;	/* a full name the story writes */
		for (size_t f = 0; f + 1 < nf && !two[i]; f++) {
			char *key = entity_cat(forms[f], rest[i]);
			if (entity_map_get(&literal, key, 0)) {
				two[i] = seen && !nickname_same(seen, forms[f]);
				seen = forms[f];
			}
			free(key);
		}
		if (two[i])
			nf = entity_given_forms(pw[i].w[0], 1, forms);
		for (size_t f = 0; f < nf; f++) {
			char *key = entity_cat(forms[f], rest[i]);
			entity_map_add(&byform, key, i);
			free(key);
		}
	}
	/* The earliest of the names each may be, through the same keys. */
	for (size_t i = 0; i < n; i++) {
		if (!rest[i])
			continue;
		const char *forms[9];
		size_t nf = entity_given_forms(pw[i].w[0], two[i], forms);
		size_t best = i;
		for (size_t f = 0; f < nf; f++) {
			char *key = entity_cat(forms[f], rest[i]);
			const struct entity_map_slot *sl = entity_map_get(&byform, key, 0);
			free(key);
			if (sl && sl->v[0] < best)
				best = sl->v[0];
		}
		rep[i] = rep[best];
	}
	for (size_t i = 0; i < n; i++)
		free(rest[i]);
	free(rest);
	free(two);
	entity_map_free(&literal);
	entity_map_free(&byform);
	return rep;
}

/* Whether a folded word before a place name makes another place of it
 * ("New York", "West Virginia", "Upper Egypt", "Lake Buena Vista"). */
static int entity_place_qualifier(const char *w)
{
	static const char *const q[] = { "cape", "central", "east", "eastern", "fort", "greater", "lake", "little",
					 "lower", "new", "north", "northern", "old", "port", "south", "southern",
					 "upper", "west", "western", NULL };
	for (int k = 0; q[k]; k++)
		if (strcmp(w, q[k]) == 0)
			return 1;
	return 0;
}

/* Whether a folded word is a possessor's or its mark alone: "west's",
 * "'s", "saints’" and a lone "’" as some tokenizers leave it. */
static int entity_possessive(const char *w)
{
	size_t wl = strlen(w);
	return (wl >= 2 && strcmp(w + wl - 2, "'s") == 0) || (wl >= 4 && strcmp(w + wl - 4, "\xe2\x80\x99s") == 0) ||
	       strcmp(w, "'") == 0 || (wl >= 3 && strcmp(w + wl - 3, "\xe2\x80\x99") == 0);
}

/* Places of three words or more by the keys of their last words, two at
 * least ("mount cook" for "Aoraki Mount Cook", "route 94" for "State Route
 * 94"), where the words dropped qualify no place (entity_place_qualifier);
 * strict, for other stories, where they name no place or possessor either
 * ("Jacksonville Municipal Stadium" is not every "Municipal Stadium"). */
static void entity_place_suffixes(struct entity_map *m, const char *s, size_t i, int strict)
{
	size_t words = 1;
	for (const char *p = s; *p; p++)
		words += *p == ' ';
	if (words < 3)
		return;
	struct entity_words w;
	entity_split(s, &w);
	const char *sp = words == w.n ? strchr(s, ' ') : NULL;
	for (size_t k = 1; sp && k + 2 <= w.n && !entity_place_qualifier(w.w[k - 1]); k++) {
		/* A possessor is a name of its own ("U S West's Mountain Bell"). */
		if (entity_possessive(w.w[k - 1]))
			break;
		if (strict && (lexicon_lookup(s, (size_t)(sp - s)) & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
			break;
		char kb[256];
		char *key = entity_key_buf(sp + 1, kb, sizeof kb);
		entity_map_add(m, key, i);
		if (key != kb)
			free(key);
		sp = strchr(sp + 1, ' ');
	}
	entity_words_free(&w);
}

/* The one name of orgs[0..n) (sorted) that begins with the word s[0..sn)
 * and a space, or NULL if none does or two that differ but for their legal
 * forms do ("Brackwell Dynamics Inc" and "Brackwell Savings Corp"; not
 * "Microsoft Corp" and "Microsoft Corp."): the first in byte order. The
 * names are sorted, each once. */
static const char *entity_one_extension(char *const *orgs, size_t n, const char *s, size_t sn)
{
	/* The names that begin with it sort together, after it. */
	size_t lo = ner_names_after(orgs, n, s);
	if (lo >= n || strncmp(orgs[lo], s, sn) != 0 || orgs[lo][sn] != ' ')
		return NULL;
	const char *one = orgs[lo];
	size_t cut, on = entity_unsuffixed(one, &cut);
	/* Names the same but for legal forms are few; more is no one name.
	 * A shorter form of the longer name is that name ("Harper and Row"
	 * of "Harper and Row Publishers Inc"): it sorts before it. */
	for (size_t k = lo + 1; k < n && strncmp(orgs[k], s, sn) == 0 && orgs[k][sn] == ' '; k++) {
		if (strcmp(orgs[k], one) == 0)
			continue;
		if (k - lo >= 16)
			return NULL;
		size_t kn = entity_unsuffixed(orgs[k], &cut), ol = strlen(one);
		if (kn == on && memcmp(orgs[k], one, on) == 0)
			continue;
		if (strncmp(orgs[k], one, ol) != 0 || orgs[k][ol] != ' ')
			return NULL;
		one = orgs[k];
		on = kn;
	}
	return one;
}

/* Whether every word of w (folded words, a space apart) is a legal
 * form or an organization's head word ("corp", "board", "group"), or
 * "and" between them ("and co inc"), with one head word at most: two
 * name a body of their own ("Development Programme" of the United
 * Nations). */
static int entity_tail_formal(const char *w)
{
	int heads = 0;
	while (*w) {
		const char *e = strchr(w, ' ');
		size_t n = e ? (size_t)(e - w) : strlen(w);
		unsigned cls = lexicon_lookup(w, n);
		if (!(cls & (LEX_COMPANY_SUFFIX | LEX_ORG_WORD)) && !(n == 3 && memcmp(w, "and", 3) == 0) &&
		    !(n == 1 && *w == '&'))
			return 0;
		if (!(cls & LEX_COMPANY_SUFFIX) && (cls & LEX_ORG_WORD) && ++heads > 1)
			return 0;
		w += n;
		while (*w == ' ')
			w++;
	}
	return 1;
}

/* The one organization of orgs[0..n) (sorted) that begins with the word
 * s[0..sn) and is named by it in short: two or three words, none after the
 * first a place, a role or a unit's word ("Palmer City Clerk") and one
 * a word of a name or a legal form; NULL if there is none or several, or the
 * word is a list's (an organization the lexicon knows is one in its own
 * right: "Airbus"; a word news writes in lower case: "International")
 * or a person's of the story (people, mention i). */
static const char *entity_first_word_org(char *const *orgs, size_t n, const char *s, size_t sn,
					 struct entity_people *people, size_t i)
{
	if (sn < 3 || (lexicon_lookup(s, sn) & (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_FIRST_NAME | LEX_DEMONYM |
					       LEX_GROUP | LEX_ORG_WORD | LEX_ORG | LEX_COMMON | LEX_TITLE |
					       LEX_COMPANY_SUFFIX | LEX_SURNAME_PARTICLE)) ||
	    lexicon_lowercase(s, sn))
		return NULL;
	const char *one = entity_one_extension(orgs, n, s, sn);
	if (!one)
		return NULL;
	struct entity_words w = { 0 };
	entity_split(one, &w);
	int ok = w.n >= 2 && w.n <= 3, proper = 0;
	for (size_t q = 1; q < w.n && ok; q++) {
		size_t wn = strlen(w.w[q]);
		unsigned cls = lexicon_lookup(w.w[q], wn);
		ok = !(cls & (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_DEMONYM | LEX_ROLE | LEX_TITLE)) &&
		     !entity_unit_word(w.w[q]);
		/* A word of a name of its own, or a legal form: what a body
		 * named after a place with common words lacks ("Palmer
		 * Fire", "Palmer Arts Council"). */
		proper |= (cls & LEX_COMPANY_SUFFIX) ||
			  (!lexicon_lowercase(w.w[q], wn) && !text_caps_word(w.w[q], wn) && wn > 1);
	}
	entity_words_free(&w);
	if (!ok || !proper)
		return NULL;
	struct entity_words me = { 0 };
	entity_split(s, &me);
	size_t k = entity_people_find(people, &me, i);
	entity_words_free(&me);
	return k == SIZE_MAX ? one : NULL;
}

static int entity_facility_word(const char *w);

/* Name i ("Morningside Recovery Center") under its first word, folded,
 * where every word after it names the kind of a facility (entity_facility_
 * word): the story's "Morningside" alone is that facility. */
static void entity_facility_add(struct entity_map *m, const char *name, size_t i)
{
	char kb[256];
	char *key = entity_key_buf(name, kb, sizeof kb);
	char *sp = strchr(key, ' ');
	int all = sp != NULL;
	for (char *w = sp; all && w; w = strchr(w + 1, ' ')) {
		char *e = strchr(w + 1, ' ');
		if (e)
			*e = '\0';
		all = entity_facility_word(w + 1);
		if (e)
			*e = ' ';
	}
	if (all) {
		*sp = '\0';
		entity_map_add(m, key, i);
	}
	if (key != kb)
		free(key);
}

/* Whether s[0..n) is capitals with full stops between them and none
 * after the last ("U.S", "U.K"), short enough for a buffer of 16. */
static int entity_dots_unfinished(const char *s, size_t n)
{
	if (n < 3 || n > 14 || n % 2 == 0)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (k % 2 == 0 ? !(s[k] >= 'A' && s[k] <= 'Z') : s[k] != '.')
			return 0;
	return 1;
}

/* A company's name in a headline's capitals that begins one the story
 * writes in mixed case is read as the story spells it ("PRATT" of "Pratt
 * Hotel Corp"), so that the rules below take it for that name's short
 * form as they take "Pratt". Headlines only: their few names against the
 * story's, not every name against every other. */
static void entity_caps_respell(const struct ner_list *l, char *const *clean, char **surf)
{
	for (size_t i = 0; i < l->n && l->v[i].start < NER_HEADLINE_END; i++) {
		size_t sn = strlen(surf[i]);
		if (l->v[i].type != NER_ORG || sn < 3 || surf[i] != clean[i] || !text_all_upper(surf[i], sn))
			continue;
		for (size_t k = i + 1; k < l->n; k++) {
			if (l->v[k].type != NER_ORG || strncasecmp(surf[k], surf[i], sn) != 0 ||
			    (surf[k][sn] != ' ' && surf[k][sn] != '\0') || text_all_upper(surf[k], sn))
				continue;
			surf[i] = xstrndup(surf[k], sn);
			break;
		}
	}
}

static char **entity_names(struct ner_list *l, const char *text, size_t len, char *const *clean,
			   const unsigned char *strength)
{
	size_t n = l->n;
	/* The story's working arrays in the thread's scratch: a calloc of
	 * each cost more than the rules that read them. */
	struct xscratch_mark mark = xscratch_mark();
	/* Each name as the string it is taken from (the story's names, the
	 * lists'), all copied into one block at the end. */
	const char **names = xscratch_alloc((n ? n : 1) * sizeof *names);
	char **surf = xscratch_alloc((n ? n : 1) * sizeof *surf);
	for (size_t i = 0; i < n; i++)
		surf[i] = entity_surface(clean[i], l->v[i].type);
	entity_caps_respell(l, clean, surf);
	/* Person mentions named so far, by the mention they went to. */
	unsigned *said = xscratch_alloc((n ? n : 1) * sizeof *said);
	memset(said, 0, (n ? n : 1) * sizeof *said);

	struct entity_people people = { .last.scratch = 1, .suffix.scratch = 1 };
	/* People also by the first of their two surnames, looked in only
	 * where no one's last word is the name. */
	struct entity_people by_first_surname = { .last.scratch = 1, .suffix.scratch = 1 };
	/* The folded words of every person mention, split once. */
	struct entity_words *pw = xscratch_alloc((n ? n : 1) * sizeof *pw);
	for (size_t i = 0; i < n; i++) {
		pw[i].n = 0;
		pw[i].used = 0;
		pw[i].own = 0;
		if (l->v[i].type == NER_PERSON)
			entity_split(surf[i], &pw[i]);
	}
	/* A familiar form of a full name in the story goes by the first of
	 * the two written (entity_nickname_reps), and so do its short forms. */
	size_t *rep = entity_nickname_reps(l, pw);
	/* People by an inner word of their names, for a name by which a
	 * person goes that stands inside the full one. */
	struct entity_map inner = { .scratch = 1 };
	/* Organizations of two words or more, by their initials; and their
	 * names sorted, for "Treasury Board" -> "Treasury Board Secretariat". */
	struct entity_map initials = { .scratch = 1 }, placed = { .scratch = 1 }, given = { .scratch = 1 },
			  suffixed = { .scratch = 1 }, sides = { .scratch = 1 }, blends = { .scratch = 1 },
			  facilities = { .scratch = 1 };
	struct entity_map heads = { .scratch = 1 }, made = { .scratch = 1 }, cores = { .scratch = 1 },
			  lone_places = { .scratch = 1 }, org_first = { .scratch = 1 }, heads_mixed = { .scratch = 1 },
			  laws = { .scratch = 1 }, laws_mixed = { .scratch = 1 };
	char **orgs = xscratch_alloc((n ? n : 1) * sizeof *orgs);
	size_t norgs = 0;
	/* The story's places and other names of two words or more, for a
	 * first word that begins one of them as well as an organization. */
	char **others = xscratch_alloc((n ? n : 1) * sizeof *others);
	size_t nothers = 0;
	/* The length entity_unsuffixed gives of each organization's name,
	 * asked once: SIZE_MAX where not asked. */
	size_t *unsuffixed = xscratch_alloc((n ? n : 1) * sizeof *unsuffixed);
	for (size_t i = 0; i < n; i++)
		unsuffixed[i] = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		const char *sp = strrchr(surf[i], ' ');
		if (!sp) {
			/* A word the story names a place by is no short form
			 * of an organization's name (entity_first_word_org). */
			if (l->v[i].type == NER_PLACE)
				entity_map_add(&lone_places, surf[i], i);
			continue;
		}
		if (l->v[i].type == NER_ORG)
			entity_place_named(&placed, &sides, surf[i], i);
		/* A team its place in a game made one goes by its nickname too
		 * ("Sundowns" of "Mamelodi Sundowns"). */
		if (l->v[i].type == NER_ORG && (strength[i] & ENTITY_LINE) &&
		    entity_nickname_word(surf[i], (size_t)(sp + 1 - surf[i]), strlen(surf[i]))) {
			char fb[ENTITY_FOLD];
			size_t fn;
			char *fk = text_fold_buf(sp + 1, strlen(sp + 1), fb, sizeof fb, &fn);
			entity_map_add(&placed, fk, i);
			if (fk != fb)
				free(fk);
		}
		if (l->v[i].type == NER_MISC) {
			entity_maker_named(&made, surf[i], i);
			entity_laws_add(&laws, &laws_mixed, surf, surf[i], sp, i);
		}
		if (l->v[i].type == NER_PLACE)
			entity_place_suffixes(&suffixed, surf[i], i, 0);
		if (l->v[i].type == NER_PLACE || l->v[i].type == NER_ORG)
			entity_facility_add(&facilities, surf[i], i);
		/* A name with a possessor in it ("Saints ’ Super Bowl") is two
		 * names the recognizer ran together: no full name of a person. */
		int possessor = 0;
		for (size_t q = 0; l->v[i].type == NER_PERSON && q < pw[i].n; q++)
			possessor |= entity_possessive(pw[i].w[q]);
		if (l->v[i].type == NER_PERSON && !possessor) {
			char fb[ENTITY_FOLD];
			size_t fl;
			char *f = text_fold_buf(sp + 1, strlen(sp + 1), fb, sizeof fb, &fl);
			entity_people_add(&people, &pw[i], f, i);
			/* An Arabic surname is written without its article
			 * too ("Mr. Bashir" of Omar Hassan al-Bashir). */
			size_t art = pw[i].n ? entity_arabic_article(pw[i].w[pw[i].n - 1]) : 0;
			if (art) {
				struct entity_words bare = pw[i];
				bare.w[bare.n - 1] += art;
				entity_people_add(&people, &bare, bare.w[bare.n - 1], i);
			}
			if (f != fb)
				free(f);
			/* "Arcade Joseph Comeaux Jr." is also found by "Comeaux". */
			if (pw[i].n >= 3 && entity_name_suffix(pw[i].w[pw[i].n - 1])) {
				struct entity_words cut = pw[i];
				cut.n--;
				entity_people_add(&people, &cut, cut.w[cut.n - 1], i);
			} else if (pw[i].n >= 3 && !entity_name_initial(pw[i].w[0]) &&
				   !entity_name_initial(pw[i].w[pw[i].n - 2]) &&
				   !(lexicon_lookup(pw[i].w[pw[i].n - 2], strlen(pw[i].w[pw[i].n - 2])) &
				     (LEX_SURNAME_PARTICLE | LEX_TITLE))) {
				/* "Fernando Santos Alvite" is also found by the first
				 * of his two surnames, as Spanish and Portuguese news
				 * writes it alone ("Santos said"). */
				struct entity_words cut = pw[i];
				cut.n--;
				entity_people_add(&by_first_surname, &cut, cut.w[cut.n - 1], i);
			}
			/* Its first word, for a given name used alone: any word but
			 * an initial, known as a given name or not ("Kathina"). */
			if (pw[i].n >= 2 && strlen(pw[i].w[0]) >= 2 && !strchr(pw[i].w[0], '.'))
				entity_map_add(&given, pw[i].w[0], i);
			/* Its inner word before a particle, for a name it holds
			 * that its person goes by ("Lula" of Luiz Inácio Lula da
			 * Silva, "Teixeira" of Anibal Teixeira de Souza); not an
			 * initial nor a particle itself. Words before others
			 * are no such names as often ("Nixon" of a "Richard
			 * Nixon White House" the recognizer ran on). */
			for (size_t q = 1; q + 2 < pw[i].n; q++) {
				const char *x = pw[i].w[q], *y = pw[i].w[q + 1];
				size_t xn = strlen(x);
				if (xn >= 3 && !strchr(x, '.') && !(lexicon_lookup(x, xn) & LEX_SURNAME_PARTICLE) &&
				    (lexicon_lookup(y, strlen(y)) & LEX_SURNAME_PARTICLE))
					entity_map_add(&inner, x, i);
			}
			/* And its nickname in quotes or brackets, for the
			 * nickname alone ("Chin" of Vincent "The Chin" Gigante,
			 * "Kiki" of Kimani (Kiki) Gray). */
			char nick[64];
			if (pw[i].n >= 3 && entity_nickname_of(&pw[i], nick, sizeof nick))
				entity_map_add(&given, nick, i);
			/* And by the first two letters of its given name and of
			 * its surname, for a name blended of them ("LiLo"). */
			char bk[5];
			if (pw[i].n >= 2 && entity_blend_key(pw[i].w[0], pw[i].w[entity_name_len(&pw[i]) - 1], bk))
				entity_map_add(&blends, bk, i);
		} else if (l->v[i].type == NER_ORG || l->v[i].type == NER_MISC) {
			size_t cut, un = entity_unsuffixed(surf[i], &cut);
			unsuffixed[i] = un;
			entity_initials_add(&initials, "", surf[i], cut, i, 0);
			if (l->v[i].type == NER_ORG) {
				orgs[norgs++] = surf[i];
				entity_map_add(&org_first, surf[i], i);
				entity_heads_add(&heads, &heads_mixed, surf, surf[i], sp, i);
				entity_core_add(&cores, surf[i], un, cut, i);
			}
		}
		if (l->v[i].type == NER_PLACE || l->v[i].type == NER_MISC)
			others[nothers++] = surf[i];
	}
	ner_names_sort(orgs, norgs);
	/* others is sorted only when a first word asks (few stories). */
	int others_sorted = 0;
	/* Each name once: a short form looks at the names that begin with
	 * it (entity_one_extension), however often the story repeats them. */
	size_t nu = 0;
	for (size_t k = 0; k < norgs; k++)
		if (nu == 0 || strcmp(orgs[nu - 1], orgs[k]) != 0)
			orgs[nu++] = orgs[k];
	norgs = nu;

	for (size_t i = 0; i < n; i++) {
		struct ner_mention *m = &l->v[i];
		const char *s = surf[i];
		size_t sn = strlen(s);
		/* People and dates go by no list's name. */
		const char *canon = m->type == NER_PERSON || m->type == NER_DATE ? NULL : lexicon_canonical(s, sn);
		/* An organization named as a city is often named in the city's
		 * language ("Napoli" the club, "Brunswick" the company): it goes
		 * by no list's name of the city ("Naples", "Braunschweig"). A
		 * region or a country is its government ("NSW said"). */
		if (canon && m->type == NER_ORG &&
		    (lexicon_lookup(s, sn) & (LEX_CITY | LEX_REGION | LEX_COUNTRY)) == LEX_CITY)
			canon = NULL;
		/* A body the lists file under its country ("Palestinian
		 * Authority") is a body of its own where its name ends in a
		 * body's head word: not the country every story names. */
		if (canon && m->type == NER_ORG && strchr(s, ' ') &&
		    (lexicon_lookup(s, sn) & LEX_COUNTRY) && (lexicon_lookup(canon, strlen(canon)) & LEX_COUNTRY)) {
			/* A federation's is the country's own name ("Russian
			 * Federation", "Swiss Confederation"). */
			static const char *const states[] = { "federation", "confederation", "union" };
			const char *lw = strrchr(s, ' ') + 1;
			size_t ln = strlen(lw);
			if ((lexicon_lookup(lw, ln) & LEX_ORG_WORD) && !entity_word_is(lw, 0, ln, states, 3))
				canon = NULL;
		}
		/* A dateline's agency ("NEW DELHI, Nov 28 (PTI) -") is a wire
		 * that the lists may know by its letters as another body (the
		 * PTI party): it goes by the agency's name, or its letters. */
		if (m->type == NER_ORG && m->start > 0 && text[m->start - 1] == '(' && text[m->end] == ')' &&
		    text[m->end + 1] == ' ' &&
		    (text[m->end + 2] == '-' || strncmp(text + m->end + 2, "\xe2\x80\x93", 3) == 0 ||
		     strncmp(text + m->end + 2, "\xe2\x80\x94", 3) == 0)) {
			const char *wire = NULL;
			lexicon_wire(s, sn, &wire);
			if (wire || canon)
				canon = wire;
		}
		/* An abbreviation whose last full stop a headline's comma or the
		 * sentence's own took ("U.S, Europe") is the one with it. */
		if (!canon && m->type != NER_PERSON && m->type != NER_DATE && entity_dots_unfinished(s, sn)) {
			char dotted[16];
			memcpy(dotted, s, sn);
			dotted[sn] = '.';
			canon = lexicon_canonical(dotted, sn + 1);
		}
		/* A company a list knows by another name goes by it with its
		 * legal form too ("Standard and Poor's Corp", "Moody's
		 * Investors Service Inc"). */
		size_t cut, un = m->type != NER_ORG || canon ? sn : unsuffixed[i] != SIZE_MAX ? unsuffixed[i] : entity_unsuffixed(s, &cut);
		/* Of two words at least: one ("Rada Corp", "SNP Inc") is as
		 * often another body's short name. */
		if (un < sn && memchr(s, ' ', un) && (lexicon_lookup(s, un) & LEX_ORG))
			canon = lexicon_canonical(s, un);
		/* A name that another of the story's names ends with, after a
		 * place, is that one: "Colts" for the "Indianapolis Colts",
		 * whatever type the model gave it alone. */
		if (m->type != NER_DATE && m->type != NER_GROUP && !canon && ENTITY_STRENGTH(strength[i]) != ENTITY_SURE) {
			/* Two teams the story names so ("Red Sox", "White Sox")
			 * leave the short form alone. */
			const char *team = entity_one_name(&placed, surf, s, sn);
			if (team) {
				names[i] = team;
				m->type = NER_ORG;
				continue;
			}
		}
		/* A word alone that is the last of a company's name before its
		 * legal form is that company ("Kodak" of "Eastman Kodak Co",
		 * "Lilly" of "Eli Lilly and Co"), whatever type the model gave
		 * it, unless a list or a title confirms that type or the story
		 * names a person so. Most stories name no such company: no name
		 * is folded for them. */
		if (cores.count && m->type != NER_DATE && m->type != NER_GROUP && !canon &&
		    ENTITY_STRENGTH(strength[i]) != ENTITY_SURE) {
			const char *company = entity_one_name(&cores, surf, s, sn);
			struct entity_words one = { 0 };
			if (company && !memchr(s, ' ', sn)) {
				entity_split(s, &one);
				if (entity_people_find(&people, &one, i) != SIZE_MAX)
					company = NULL;
				entity_words_free(&one);
			}
			if (company) {
				names[i] = company;
				m->type = NER_ORG;
				continue;
			}
		}
		/* A model's name is the one product of its maker that the
		 * story names with it ("Camry" of the "Toyota Camry"). */
		if ((m->type == NER_PLACE || m->type == NER_MISC || m->type == NER_ORG) && !canon &&
		    ENTITY_STRENGTH(strength[i]) != ENTITY_SURE && !(lexicon_lookup(s, sn) & (LEX_ORG | LEX_ORG_WORD | LEX_COMMON))) {
			const char *product = entity_one_name(&made, surf, s, sn);
			if (product) {
				names[i] = product;
				m->type = NER_MISC;
				continue;
			}
		}
		/* A place standing as a side of a game is the one team its
		 * story names after it ("Jacksonville" of the "Jacksonville
		 * Jaguars"). */
		if (strength[i] & ENTITY_SIDE) {
			const char *team = canon ? entity_one_name(&sides, surf, canon, strlen(canon))
						 : entity_one_name(&sides, surf, s, sn);
			if (team) {
				names[i] = team;
				m->type = NER_ORG;
				continue;
			}
		}
		/* A law's head word alone after "the", "this" or "that" is the
		 * law the story names with it, whatever the model took it for
		 * ("the Data Retention Bill ... amending the Bill";
		 * entity_head_name). */
		if (laws.count && m->type != NER_DATE && !memchr(s, ' ', sn) &&
		    ENTITY_STRENGTH(strength[i]) != ENTITY_SURE &&
		    entity_word_is(s, 0, sn, entity_law_heads, sizeof entity_law_heads / sizeof *entity_law_heads)) {
			static const char *const dets[] = { "the", "this", "that" };
			size_t ws, we;
			const char *law = NULL;
			if (entity_word_before(text, m->start, 0, &ws, &we) &&
			    entity_word_is(text, ws, we, dets, sizeof dets / sizeof *dets))
				law = entity_head_name(&laws, &laws_mixed, surf, l, s, sn, i);
			if (law) {
				names[i] = law;
				m->type = NER_MISC;
				continue;
			}
		}
		/* A single word the model took for an organization, place or
		 * other name is the surname of a person the story names in full
		 * ("Comeaux" after "Arcade Joseph Comeaux"), unless a list or a
		 * title confirms it as what it was taken for. */
		/* A company the lexicon knows by a surname ("Ford") is the
		 * person too, in a story that names a person so ("Phil Ford")
		 * and no organization that begins with it ("Ford Motor Co."). */
		int surname_org = m->type == NER_ORG && ENTITY_STRENGTH(strength[i]) == ENTITY_SURE && !memchr(s, ' ', sn) &&
				  (lexicon_lookup(s, sn) & LEX_ORG) && !ner_names_extending(orgs, norgs, s, sn);
		if ((m->type == NER_ORG || m->type == NER_MISC || m->type == NER_PLACE ||
		     (m->type == NER_GROUP && (strength[i] & ENTITY_NAMESAKE))) &&
		    ((!canon && ENTITY_STRENGTH(strength[i]) != ENTITY_SURE) || surname_org ||
		     (strength[i] & ENTITY_NAMESAKE))) {
			struct entity_words one = { 0 };
			entity_split(s, &one);
			size_t k = one.n <= 3 ? entity_people_find(&people, &one, i) : SIZE_MAX;
			/* Or the given name of the one person the story names so
			 * ("Kathina" after "Kathina Thomas"), if no list knows it
			 * as a place or an organization. */
			if (k == SIZE_MAX && one.n == 1 && !surname_org &&
			    !(lexicon_lookup(s, sn) & (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_ORG | LEX_DEMONYM)))
				k = entity_given_find(&given, pw, one.w[0], SIZE_MAX, l, text, said);
			entity_words_free(&one);
			if (k != SIZE_MAX) {
				names[i] = surf[rep[k]];
				m->type = NER_PERSON;
				continue;
			}
		}
		/* A name blended of the start of a given name and of a surname
		 * is the one person of the story so named ("LiLo", Lindsay
		 * Lohan), whatever type the model gave it. */
		if (m->type != NER_DATE && m->type != NER_GROUP && !canon && ENTITY_STRENGTH(strength[i]) != ENTITY_SURE) {
			size_t k = entity_blend_find(&blends, pw, s);
			if (k != SIZE_MAX) {
				names[i] = surf[rep[k]];
				m->type = NER_PERSON;
				continue;
			}
		}
		/* An acronym joins an expansion in the story ("IE" for "Internet
		 * Explorer"), and takes its type. */
		if ((m->type == NER_ORG || m->type == NER_MISC) && !canon && entity_is_acronym(s)) {
			char bare[32];
			entity_bare_acronym(s, bare, sizeof bare);
			struct entity_map_slot *sl = entity_map_get(&initials, bare, 0);
			/* Its T may be the "The" a name's span leaves out ("THR",
			 * The Hollywood Reporter). */
			if (!sl && bare[0] == 'T' && strlen(bare) >= 3)
				sl = entity_map_get(&initials, bare + 1, 0);
			if (sl) {
				const char *o = surf[sl->v[0]];
				const char *oc = lexicon_canonical(o, strlen(o));
				names[i] = oc ? oc : o;
				m->type = l->v[sl->v[0]].type;
				continue;
			}
		}
		/* A head word alone the model took for a person, whom no person
		 * of the story is named by, is the organization of the story
		 * named with it, as a head word typed so is ("Community" of the
		 * "European Community"; entity_head_name). */
		if (m->type == NER_PERSON && heads.count && ENTITY_STRENGTH(strength[i]) != ENTITY_SURE && pw[i].n == 1 &&
		    (lexicon_lookup(s, sn) & (LEX_ORG_WORD | LEX_FIRST_NAME)) == LEX_ORG_WORD &&
		    entity_people_find(&people, &pw[i], i) == SIZE_MAX) {
			const char *org = entity_head_name(&heads, &heads_mixed, surf, l, s, sn, i);
			if (org) {
				const char *oc = lexicon_canonical(org, strlen(org));
				names[i] = oc ? oc : org;
				m->type = NER_ORG;
				continue;
			}
		}
		/* A place's or an organization's one word that no list knows,
		 * nor as an organization's head word ("Fund"), is the facility
		 * the story names by it and a facility's words ("Morningside" of
		 * "Morningside Recovery"), the nearest before, else after. */
		if ((m->type == NER_PLACE || m->type == NER_ORG) && facilities.count && !canon && !memchr(s, ' ', sn) &&
		    ENTITY_STRENGTH(strength[i]) != ENTITY_SURE &&
		    !(lexicon_lookup(s, sn) & (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_ORG | LEX_ORG_WORD))) {
			size_t k = entity_map_nearest(&facilities, s, i);
			if (k != SIZE_MAX) {
				names[i] = surf[rep[k]];
				m->type = l->v[k].type;
				continue;
			}
		}
		switch (m->type) {
		case NER_GROUP:
			names[i] = entity_group_name(s, canon);
			break;
		case NER_PLACE: {
			/* A name of two words or more that no list knows is the
			 * place the story names with more words before them, the
			 * nearest before, else after ("Mount Tarren" of "Aoraki
			 * Mount Tarren"). */
			size_t k = SIZE_MAX;
			if (!canon && ENTITY_STRENGTH(strength[i]) != ENTITY_SURE && memchr(s, ' ', sn) &&
			    !(lexicon_lookup(s, sn) & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
				k = entity_map_nearest(&suffixed, s, i);
			const char *kc = k != SIZE_MAX ? lexicon_canonical(surf[k], strlen(surf[k])) : NULL;
			names[i] = k != SIZE_MAX ? (kc ? kc : surf[k]) : canon ? canon : s;
			break;
		}
		case NER_ORG: {
			/* A firm its ticker follows, or a ticker, goes by no
			 * place's or people's name a list gives ("NORTH
			 * AMERICAN <NAHL>" is no North America, "<GTA>" no
			 * Greater Toronto Area). */
			size_t ts, te;
			if (canon && !(lexicon_lookup(s, sn) & LEX_ORG) &&
			    (ner_ticker_after(text, len, m->end, &ts, &te) ||
			     (m->start > 0 && m->end < len && text[m->start - 1] == '<' && text[m->end] == '>')))
				canon = NULL;
			if (canon) {
				names[i] = canon;
				break;
			}
			/* An acronym joins an expansion in the article, and a short
			 * form joins the longer name it begins: one of two words or
			 * more any ("Treasury Board Secretariat"), one word a name
			 * that ends in an organization's head word ("Promises
			 * Treatment Center", "Microsoft Corp."). */
			const char *best = NULL;
			int head = 0;
			unsigned pl = lexicon_lookup(s, sn);
			if (entity_is_acronym(s)) {
				best = NULL;
			} else if (memchr(s, ' ', sn)) {
				/* A place's name the model took for a body's is not
				 * the body named after it ("New York" of "New York
				 * Times", "Kansas City" of the "Kansas City Board of
				 * Trade") unless that is a company ("San Miguel" of
				 * "San Miguel Corp"). */
				best = ner_names_extending(orgs, norgs, s, sn);
				if (best && (pl & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) && !(pl & LEX_ORG)) {
					const char *lw = strrchr(best, ' ') + 1;
					if (!ner_company_word(lw, strlen(lw))) {
						/* And it is the place ("New York: Penguin
						 * Books", "a New York trader"), so that it
						 * votes with the story's other mentions of
						 * the place. */
						m->type = NER_PLACE;
						names[i] = canon ? canon : s;
						continue;
					}
				}
				/* Not a body a list knows, where the longer name is one
				 * of its organs: "United Nations" of the "United
				 * Nations Conference on Trade and Development". */
				if (best && best[sn] == ' ' && (pl & LEX_ORG) && entity_organ_word(best + sn + 1))
					best = NULL;
				/* Nor of a body a list knows, one named after it with
				 * more than a legal form or a head word ("New York
				 * Times en Español", an edition of its own; "Federal
				 * Reserve Board" stays the Federal Reserve). */
				if (best && best[sn] == ' ' && (pl & LEX_ORG) && !entity_tail_formal(best + sn + 1))
					best = NULL;
			} else if ((pl & (LEX_CITY | LEX_REGION | LEX_FIRST_NAME)) && !(pl & LEX_COUNTRY)) {
				/* A town's or a region's name taken for a body's is
				 * the one company of the story named after it with
				 * its legal form ("Piedmont" of "Piedmont Aviation
				 * Inc"; ner_company_nouns typed it so), not a body
				 * with another head word ("Texas Senate"); so is a
				 * given name ("Todd" of "Todd Shipyards Corp"). */
				best = entity_one_extension(orgs, norgs, s, sn);
				const char *sp = best ? strrchr(best, ' ') : NULL;
				if (sp && !(lexicon_lookup(sp + 1, strlen(sp + 1)) & LEX_COMPANY_SUFFIX))
					best = NULL;
			} else if (!(pl & (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_FIRST_NAME))) {
				best = entity_one_extension(orgs, norgs, s, sn);
				const char *sp = best ? strrchr(best, ' ') : NULL;
				unsigned lx = sp ? lexicon_lookup(sp + 1, strlen(sp + 1)) : 0;
				if (sp && !(lx & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)))
					best = NULL;
				/* An organization the lexicon knows is its long form
				 * ("Microsoft Corp.", "Airbus Industrie") but not a
				 * unit named after it ("Microsoft Security Response
				 * Center", "Harvard Medical School"). */
				if (best && entity_unit_word(sp + 1) && (pl & LEX_ORG))
					best = NULL;
				/* A head word alone ("the Commission", "the Academy")
				 * is the organization of the story named with it
				 * first or last (of two, the last named before it). */
				if (!best && (pl & LEX_ORG_WORD)) {
					best = entity_head_name(&heads, &heads_mixed, surf, l, s, sn, i);
					head = best != NULL;
				}
				/* Else the first word of the one organization of the
				 * story that begins with it is its short form
				 * ("Morningside" of "Morningside Recovery", "Goldman"
				 * of "Goldman Sachs"), but not of a unit or a branch
				 * named after it ("Texaco Canada", "Harvard Medical
				 * School"), nor a person's name or a list's word. */
				if (!best && !(lone_places.count && entity_map_get(&lone_places, s, 0))) {
					best = entity_first_word_org(orgs, norgs, s, sn, &people, i);
					/* Not where another of its names begins with it too
					 * ("Brackwell International" the model took for a
					 * place). */
					if (best && !others_sorted) {
						ner_names_sort(others, nothers);
						others_sorted = 1;
					}
					size_t ol = best ? ner_names_after(others, nothers, s) : nothers;
					if (ol < nothers && strncmp(others[ol], s, sn) == 0 && others[ol][sn] == ' ')
						best = NULL;
					/* Named in full before it: news gives the
					 * full name first. */
					const struct entity_map_slot *fs = best ? entity_map_get(&org_first, best, 0) : NULL;
					if (fs && fs->v[0] > i)
						best = NULL;
				}
			}
			/* A head word alone goes by the name the list gives the
			 * organization, as its full name's mentions do ("the
			 * Commission" of the "Securities and Exchange Commission",
			 * which is the SEC), as it does where the model took it
			 * for a person. */
			const char *bc = head ? lexicon_canonical(best, strlen(best)) : NULL;
			names[i] = bc ? bc : best ? best : s;
			break;
		}
		case NER_PERSON: {
			/* Short forms join the full name with the same last words:
			 * the nearest one before, else the nearest after. A given
			 * name alone joins the one person of the story it begins
			 * ("Katie" after "Katie Jenkin"), or of two the one named
			 * last before it; not in capitals, where a table's or a
			 * headline's title takes the place of a given name ("LORD
			 * ABBETT TAX FREE"). */
			size_t bestk = entity_people_find(&people, &pw[i], i);
			if (bestk == SIZE_MAX && pw[i].n == 1)
				bestk = entity_people_find(&by_first_surname, &pw[i], i);
			if (bestk == SIZE_MAX && pw[i].n == 1)
				bestk = entity_given_find(&given, pw, pw[i].w[0],
							  ENTITY_STRENGTH(strength[i]) == ENTITY_WEAK ? SIZE_MAX : i, l, text, said);
			if (bestk == SIZE_MAX && pw[i].n == 1)
				bestk = entity_inner_find(&inner, pw, pw[i].w[0]);
			const char *best = surf[bestk != SIZE_MAX ? rep[bestk] : rep[i]];
			names[i] = best;
			said[bestk != SIZE_MAX ? bestk : i]++;
			break;
		}
		default:
			names[i] = canon ? canon : s;
			break;
		}
	}
	char **packed = entity_names_pack(names, n);
	for (size_t i = 0; i < n; i++)
		entity_words_free(&pw[i]);
	free(rep);
	entity_people_free(&people);
	entity_people_free(&by_first_surname);
	entity_map_free(&initials);
	entity_map_free(&placed);
	entity_map_free(&sides);
	entity_map_free(&made);
	entity_map_free(&blends);
	entity_map_free(&heads);
	entity_map_free(&heads_mixed);
	entity_map_free(&laws);
	entity_map_free(&laws_mixed);
	entity_map_free(&cores);
	entity_map_free(&lone_places);
	entity_map_free(&org_first);
	entity_map_free(&given);
	entity_map_free(&inner);
	entity_map_free(&suffixed);
	entity_map_free(&facilities);
	for (size_t i = 0; i < n; i++)
		if (surf[i] != clean[i])
			free(surf[i]);
	xscratch_release(mark);
	return packed;
}

/* Whether a mention (in paragraph k) is page or wire furniture rather than the story's: in
 * a boilerplate paragraph (a sign-off such as "Reuter", a photo credit), in
 * a short byline at the top ("By Ann Lee"), or an agency in parentheses in
 * the dateline ("LONDON (Reuters) - "). */
/* Whether s[start..end) is a time zone's code after a time of day
 * ("1500 GMT", "10 a.m. EDT", "(0800 GMT)"): part of the clock, shown
 * dimmed and shared by no cross-reference, where every story of a
 * newswire would otherwise "share" GMT. */
static int entity_time_zone(const char *s, size_t start, size_t end)
{
	static const char *const zones[] = { "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
					     "AST", "ADT", "HST", "AKST", "AKDT", "BST", "CET", "CEST", "EET", "EEST",
					     "WET", "MSK", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "AWST",
					     "NZST", "NZDT", "WAT", "CAT", "EAT", "SAST", "PKT", "ICT", "WIB",
					     /* American news's zones without the season. */
					     "ET", "CT", "MT", "PT", NULL };
	size_t n = end - start;
	/* Every zone is two to four capitals: most mentions are no zone by
	 * their first two bytes. */
	if (n < 2 || n > 4 || !(s[start] >= 'A' && s[start] <= 'Z') || !(s[start + 1] >= 'A' && s[start + 1] <= 'Z'))
		return 0;
	int zone = 0;
	for (int k = 0; zones[k] && !zone; k++)
		zone = zones[k][0] == s[start] && zones[k][1] == s[start + 1] && strlen(zones[k]) == n &&
		       memcmp(zones[k], s + start, n) == 0;
	if (!zone)
		return 0;
	size_t b = start;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '('))
		b--;
	if (b == 0)
		return 0;
	if (s[b - 1] >= '0' && s[b - 1] <= '9')
		return 1;
	/* "10 a.m.", "9 pm", "1500 hrs", "noon". */
	static const char *const clock[] = { "a.m.", "p.m.", "am", "pm", "hrs", "hours", "noon", "midnight", NULL };
	for (int k = 0; clock[k]; k++) {
		size_t cn = strlen(clock[k]);
		if (b >= cn && strncasecmp(s + b - cn, clock[k], cn) == 0 &&
		    (b == cn || s[b - cn - 1] == ' ' || (s[b - cn - 1] >= '0' && s[b - cn - 1] <= '9')))
			return 1;
	}
	return 0;
}

static int entity_furniture(const struct article *a, size_t k, size_t start, size_t end, enum ner_type type)
{
	if (k >= a->npara)
		return 0;
	const struct article_para *p = &a->paras[k];
	const char *d = a->data;
	/* A reference's names are its sources' (its authors, title and
	 * publisher), not the story's. */
	if (p->flags & ARTICLE_PARA_CITATION)
		return 1;
	/* In boilerplate: a sign-off of a word or two, or a credit written
	 * "PHOTOGRAPHER/AFP/Getty Images"; captions and teasers name the
	 * story's people and places and count as the story's. */
	if (p->flags & ARTICLE_PARA_BOILERPLATE) {
		int words = 1;
		for (size_t i = p->start; i < p->end && words <= 3; i++)
			words += d[i] == ' ' && i + 1 < p->end && d[i + 1] != ' ';
		if (words <= 2)
			return 1;
		if ((start > p->start && d[start - 1] == '/') || (end < p->end && d[end] == '/'))
			return 1;
		/* A credit line's people and organizations are its writers,
		 * editors and agencies ("Reporting by Ann Lee in Lima; Editing
		 * by Tom Ellis", "... contributed to this report"), which every
		 * story of a wire would otherwise share; where they filed from
		 * is the story's place. */
		if ((type == NER_PERSON || type == NER_ORG) && article_phrase_in(d + p->start, p->end - p->start, 0, 1))
			return 1;
		/* So are a copyright line's ("Copyright 2024 The Associated
		 * Press. All rights reserved."). */
		if (p->end - p->start >= 9 &&
		    (strncasecmp(d + p->start, "copyright", 9) == 0 || memcmp(d + p->start, "\xc2\xa9", 2) == 0))
			return 1;
	}
	/* A byline names its writer and ends without a full stop; "By Tuesday,
	 * Russia had..." is the story's. */
	if (k < 3 && p->end - p->start <= 100 && p->end - p->start > 3 && strncmp(d + p->start, "By ", 3) == 0 &&
	    !strchr(".!?", d[p->end - 1])) {
		int words = 1;
		for (size_t i = p->start; i < p->end; i++)
			words += d[i] == ' ';
		if (words <= 8)
			return 1;
	}
	/* A sign-off set apart at the very end of the story: on its own
	 * line, after a run of spaces ("total 55.8 (33.7).        REUTER") or
	 * after the last sentence's full stop ("an ounce. REUTER"). */
	size_t after = end;
	while (after < a->len && (d[after] == ' ' || d[after] == '\n' || d[after] == '\r' || d[after] == '\t'))
		after++;
	if (after == a->len) {
		size_t before = start;
		while (before > 0 && (d[before - 1] == ' ' || d[before - 1] == '\t'))
			before--;
		if (before == 0 || d[before - 1] == '\n' || d[before - 1] == '\r' || start - before >= 2 ||
		    (before < start && strchr(".!?\"", d[before - 1])))
			return 1;
	}
	if (start > p->start && start - p->start < 80 && d[start - 1] == '(' && end + 3 <= p->end && d[end] == ')' &&
	    d[end + 1] == ' ' && (d[end + 2] == '-' || strncmp(d + end + 2, "\xe2\x80\x93", 3) == 0 ||
				  strncmp(d + end + 2, "\xe2\x80\x94", 3) == 0))
		return 1;
	/* Or between slashes ("Ulaanbaatar /MONTSAME/.", "MOSCOW, March 3
	 * /TASS/ -"). */
	if (type == NER_ORG && start > p->start && start - p->start < 80) {
		size_t b = start, e = end;
		if (b - 1 > p->start && d[b - 1] == ' ')
			b--;
		if (e < p->end && d[e] == ' ')
			e++;
		if (d[b - 1] == '/' && e < p->end && d[e] == '/')
			return 1;
	}
	return 0;
}

/* Whether a possessive's "'s" or "’s" follows byte e (a blank before it
 * as text split into tokens has one), before byte hi. */
static int entity_possessive_after(const char *s, size_t hi, size_t e)
{
	if (e < hi && s[e] == ' ')
		e++;
	size_t q = e + 1 < hi && s[e] == '\'' ? e + 1 : e + 3 < hi && memcmp(s + e, "\xe2\x80\x99", 3) == 0 ? e + 3 : 0;
	return q && q < hi && s[q] == 's' && (q + 1 == hi || !entity_ascii_letter(s[q + 1]));
}

/* Whether the story writes the text of mention k (a place's) after one
 * of the words preps[0..np) anywhere ("in Cuba"). */
static int entity_place_written(const struct article *a, const struct entity_found *f, size_t k,
				const char *const *preps, size_t np)
{
	const char *s = a->data;
	const struct ner_mention *m = &f->mentions.v[k];
	size_t n = m->end - m->start, ws, we, lo, hi;
	for (size_t q = 0; q < f->mentions.n; q++) {
		const struct ner_mention *o = &f->mentions.v[q];
		if (o->type != NER_PLACE || o->end - o->start != n || memcmp(s + o->start, s + m->start, n) != 0)
			continue;
		/* Not before a possessive: "in Jordan's film" is a person's. */
		entity_para_of(a, o, &lo, &hi);
		if (entity_word_before(s, o->start, lo, &ws, &we) && entity_word_is(s, ws, we, preps, np) &&
		    !entity_possessive_after(s, hi, o->end))
			return 1;
	}
	return 0;
}

/* Marks ENTITY_NAMESAKE on the story's places of one word that a list
 * knows and that are the surname of a person it names in full, where no
 * word of place stands before them ("in", "to", "from") and no comma
 * after: "said Washington", not "in Washington" or "Jordan, the kingdom". */
static void entity_place_namesakes(const struct article *a, struct entity_found *f)
{
	static const char *const preps[] = { "in", "at", "from", "to", "near", "into", "across", "of", "outside",
					     "inside", "via", "toward", "towards", "throughout", "visit", "visited",
					     "visiting" };
	const char *s = a->data;
	size_t surnames[32][2], ns = 0;
	for (size_t k = 0; k < f->mentions.n && ns < 32; k++) {
		const struct ner_mention *m = &f->mentions.v[k];
		if (m->type != NER_PERSON)
			continue;
		/* A given name and a surname, with middle initials at most
		 * ("David M. Holland"): not an initial's "E. Europe" nor a
		 * name the model ran on ("George Shultz China"), and no place
		 * first ("Ludvika Sweden"). */
		size_t b = m->end;
		while (b > m->start && s[b - 1] != ' ' && s[b - 1] != '\n')
			b--;
		size_t g = m->start;
		while (g < b && s[g] != ' ' && s[g] != '\n')
			g++;
		size_t mid = g + 1;
		while (mid + 3 <= b && s[mid] >= 'A' && s[mid] <= 'Z' && s[mid + 1] == '.' && (s[mid + 2] == ' ' || s[mid + 2] == '\n'))
			mid += 3;
		/* Or an initial, then a given name a list knows ("G. Robert
		 * Durham"). */
		if (g - m->start == 2 && s[g - 1] == '.' && mid < b) {
			size_t e2 = mid;
			while (e2 < b && s[e2] != ' ' && s[e2] != '\n')
				e2++;
			if (e2 + 1 == b && (lexicon_lookup(s + mid, e2 - mid) & LEX_FIRST_NAME))
				mid = b, g = e2;
		}
		if (b > m->start && mid == b && g - m->start >= 2 && s[g - 1] != '.' && m->end - b >= 3 &&
		    s[m->end - 1] != '.' &&
		    !(lexicon_lookup(s + m->start, g - m->start) & (LEX_COUNTRY | LEX_CITY | LEX_REGION))) {
			surnames[ns][0] = b;
			surnames[ns][1] = m->end - b;
			ns++;
		}
	}
	/* A people's or language's word is the person's only where it
	 * stands as a person does: after a title, or before a verb of saying
	 * or doing ("Rep. English", "English has agreed", "aides to English
	 * said"), not before a noun ("the English bill"). */
	static const char *const verbs[] = { "has", "had", "is", "was", "will", "would", "might", "could", "can",
					     "should", "may", "must", "did", "does", "wants", "wanted", "agreed",
					     "added", "argued", "noted", "asked", "believes", "thinks" };
	for (size_t k = 0; k < f->mentions.n && ns; k++) {
		const struct ner_mention *m = &f->mentions.v[k];
		size_t n = m->end - m->start;
		if ((m->type != NER_PLACE && m->type != NER_GROUP) || ENTITY_STRENGTH(f->strength[k]) != ENTITY_SURE)
			continue;
		int named = 0;
		for (size_t q = 0; q < ns && !named; q++)
			named = surnames[q][1] == n && memcmp(s + surnames[q][0], s + m->start, n) == 0;
		if (!named || (m->end < a->len && s[m->end] == ','))
			continue;
		size_t lo, hi, ws, we;
		entity_para_of(a, m, &lo, &hi);
		if (m->type == NER_GROUP) {
			static const char *const articles[] = { "the", "a", "an" };
			int before = entity_word_before(s, m->start, lo, &ws, &we);
			int title = before && (lexicon_lookup(s + ws, we - ws) & LEX_TITLE);
			int article = before && entity_word_is(s, ws, we, articles, sizeof articles / sizeof *articles);
			/* A past tense too ("German attributed"), but for "the
			 * German armed forces". */
			int verb = entity_word_after(s, m->end, hi, &ws, &we) &&
				   ((lexicon_lookup(s + ws, we - ws) & LEX_SPEECH_VERB) ||
				    entity_word_is(s, ws, we, verbs, sizeof verbs / sizeof *verbs) ||
				    (!article && we - ws >= 4 && s[ws] >= 'a' && s[ws] <= 'z' && s[we - 2] == 'e' &&
				     s[we - 1] == 'd'));
			if (title || verb)
				f->strength[k] |= ENTITY_NAMESAKE;
			continue;
		}
		int before = entity_word_before(s, m->start, lo, &ws, &we);
		/* A country the story also writes as a place ("in Cuba") is
		 * the person only where one stands: after a title or a verb of
		 * saying, or before a verb of saying ("said Cuba", "Cuba
		 * said"); it stays the country as the subject of other verbs
		 * ("Cuba produced", "Cuba will import"), whatever person is
		 * named "Juan Cuba" (a story of "Neil Jordan" that never writes
		 * "in Jordan" keeps him "Jordan"). */
		if ((lexicon_lookup(s + m->start, n) & LEX_COUNTRY) &&
		    entity_place_written(a, f, k, preps, sizeof preps / sizeof *preps)) {
			if ((before && (lexicon_lookup(s + ws, we - ws) & (LEX_TITLE | LEX_SPEECH_VERB))) ||
			    (entity_word_after(s, m->end, hi, &ws, &we) &&
			     (lexicon_lookup(s + ws, we - ws) & LEX_SPEECH_VERB)))
				f->strength[k] |= ENTITY_NAMESAKE;
			continue;
		}
		if (!before || !entity_word_is(s, ws, we, preps, sizeof preps / sizeof *preps))
			f->strength[k] |= ENTITY_NAMESAKE;
	}
}

/* A team named by its city or country and a plural nickname ("New Orleans
 * Saints", "Uganda Cranes") is one organization, where a sports story's
 * other lines led the model to take the city for the place and the
 * nickname for a person or a name of its own, or the whole for a place;
 * and the nickname alone is the team, not a person after "the" ("the
 * Colts won") nor a place no list knows ("at Harlequins"). Not where the
 * nickname is a given name or the surname of a person the story names in
 * full ("Dallas Williams", "Jones"), a place, a word places end with
 * ("Palm Springs", "Golan Heights") or an event's ("Wars", "Games"). */
static int entity_nickname_word(const char *s, size_t a, size_t b)
{
	static const char *const place_ends[] = { "Bluffs",	"Cliffs",  "Downs",   "Falls",	 "Fields",
						  "Flats",	"Forks",   "Gardens", "Heights", "Hills",
						  "Isles",	"Islands", "Keys",    "Lakes",	 "Meadows",
						  "Mountains", "Narrows", "Oaks",    "Pines",	 "Plains",
						  "Rapids",	"Sands",   "Shoals",  "Springs", "Wells",
						  "Woods" };
	size_t n = b - a;
	if (n < 4 || !(s[a] >= 'A' && s[a] <= 'Z') || s[b - 1] != 's' || s[b - 2] == 's')
		return 0;
	for (size_t p = a + 1; p < b; p++)
		if (!(s[p] >= 'a' && s[p] <= 'z'))
			return 0;
	for (size_t k = 0; k < sizeof place_ends / sizeof *place_ends; k++)
		if (strlen(place_ends[k]) == n && memcmp(place_ends[k], s + a, n) == 0)
			return 0;
	/* Nor an event's head word ("the New Zealand Wars", "the Pacific
	 * Games"). */
	return !(lexicon_lookup(s + a, n) & (LEX_FIRST_NAME | LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM |
					     LEX_GROUP | LEX_ORG_WORD | LEX_EVENT));
}

/* entity_nickname_word, or a colour's or other plain word before one
 * ("Tar Heels", "Blue Devils", "Purple Aces"): a team's nickname. */
static int entity_nickname(const char *s, size_t a, size_t b)
{
	const char *sp = memchr(s + a, ' ', b - a);
	if (!sp)
		return entity_nickname_word(s, a, b);
	size_t e = (size_t)(sp - s);
	if (e - a < 3 || !(s[a] >= 'A' && s[a] <= 'Z') || !entity_nickname_word(s, e + 1, b))
		return 0;
	for (size_t p = a + 1; p < e; p++)
		if (!(s[p] >= 'a' && s[p] <= 'z'))
			return 0;
	/* Not a place a list knows ("United States"). */
	return !(lexicon_lookup(s + a, e - a) & (LEX_FIRST_NAME | LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM |
						 LEX_GROUP | LEX_ORG_WORD | LEX_TITLE)) &&
	       !(lexicon_lookup(s + a, b - a) & (LEX_COUNTRY | LEX_CITY | LEX_REGION));
}

/* Whether the word before mention m, in its paragraph, is "the". */
static int entity_after_the(const struct article *a, const struct ner_mention *m)
{
	size_t lo, hi, ws, we;
	entity_para_of(a, m, &lo, &hi);
	return entity_word_before(a->data, m->start, lo, &ws, &we) && we - ws == 3 &&
	       (a->data[ws] == 't' || a->data[ws] == 'T') && a->data[ws + 1] == 'h' && a->data[ws + 2] == 'e';
}

/* Whether a person the story names in full has s[a..b) for a surname:
 * the surnames (the words after a person's last space) go into *sur the
 * first time it is asked, so that a story of many candidates is read once.
 * With given, only people whose first word is a given name count. */
static int entity_surname_in(const struct entity_found *f, const char *s, size_t a, size_t b,
			     struct entity_map *sur, int *built, int given)
{
	char buf[64];
	if (!*built) {
		*built = 1;
		for (size_t q = 0; q < f->mentions.n; q++) {
			const struct ner_mention *p = &f->mentions.v[q];
			size_t w = p->end;
			while (w > p->start && s[w - 1] != ' ')
				w--;
			if (p->type != NER_PERSON || w <= p->start + 1)
				continue;
			size_t fw = p->start;
			while (s[fw] != ' ')
				fw++;
			if (given && !(lexicon_lookup(s + p->start, fw - p->start) & LEX_FIRST_NAME))
				continue;
			char *k = p->end - w < sizeof buf ? buf : xmalloc(p->end - w + 1);
			memcpy(k, s + w, p->end - w);
			k[p->end - w] = '\0';
			entity_map_add(sur, k, q);
			if (k != buf)
				free(k);
		}
	}
	if (!sur->count)
		return 0;
	char *k = b - a < sizeof buf ? buf : xmalloc(b - a + 1);
	memcpy(k, s + a, b - a);
	k[b - a] = '\0';
	int found = entity_map_get(sur, k, 0) != NULL;
	if (k != buf)
		free(k);
	return found;
}

/* Whether another organization of l, longer than mention k, holds k's
 * name as a word ("Hartford" in "Hartford Northern Inc"), in any case. */
static int entity_org_holds(const char *s, const struct ner_list *l, size_t k)
{
	const struct ner_mention *m = &l->v[k];
	size_t n = m->end - m->start;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *o = &l->v[i];
		if (i == k || o->type != NER_ORG || o->end - o->start <= n)
			continue;
		for (size_t p = o->start; p + n <= o->end; p++)
			if ((p == o->start || s[p - 1] == ' ' || s[p - 1] == '\n') &&
			    (p + n == o->end || s[p + n] == ' ' || s[p + n] == '\n' || s[p + n] == '-') &&
			    strncasecmp(s + p, s + m->start, n) == 0)
				return 1;
	}
	return 0;
}

/* Whether mention k of l (of paragraph para) stands where a body does:
 * "the" before it ("the KRA said"), or "of" before it in capitals (a
 * headline's "FIRST SAVINGS OF OHIO"), a ticker by it, a body's kind
 * after it, or an organization beside it in a list or a pair, before it
 * with "," or "and" between or after it so (not another place the model
 * took for a body). */
static int entity_org_beside(const struct article *a, const struct ner_list *l, size_t para, size_t k)
{
	static const char *const the[] = { "the" }, *const of[] = { "of" };
	static const char *const kinds[] = { "newspaper", "daily", "magazine", "agency", "company", "group",
					      "firm", "bank", "airline", "club", "party", "team" };
	const char *s = a->data;
	const struct ner_mention *m = &l->v[k];
	size_t lo, hi, ws, we;
	entity_para_bounds(a, para, m, &lo, &hi);
	/* A headline's field is no paragraph: its line bounds it. */
	if (lo == m->start && hi == m->end) {
		while (lo > 0 && s[lo - 1] != '\n')
			lo--;
		while (hi < a->len && s[hi] != '\n')
			hi++;
	}
	if (entity_word_before(s, m->start, lo, &ws, &we) &&
	    (entity_word_is(s, ws, we, the, 1) ||
	     (entity_word_is(s, ws, we, of, 1) && text_all_upper(s + m->start, m->end - m->start))))
		return 1;
	/* A ticker's brackets around it or after it ("Hartford <HNI>"), or
	 * a body's kind after it ("Turkey's Anatolia newspaper"). */
	if ((m->start > 0 && s[m->start - 1] == '<') || (m->end + 1 < hi && s[m->end] == ' ' && s[m->end + 1] == '<'))
		return 1;
	if (entity_word_after(s, m->end, hi, &ws, &we) && entity_word_is(s, ws, we, kinds, sizeof kinds / sizeof *kinds))
		return 1;
	/* A place after it with a comma makes it a place's part ("Kessel
	 * Ltd of Blackburn, Lancashire, England"), no list's item. */
	int chain = 0;
	if (k + 1 < l->n && l->v[k + 1].type == NER_PLACE && l->v[k + 1].start > m->end) {
		size_t x = m->end, y = l->v[k + 1].start;
		while (x < y && s[x] == ' ')
			x++;
		chain = x < y && s[x] == ',' && y - x <= 3;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *o = &l->v[i];
		if (i == k || o->type != NER_ORG || o->end <= lo || o->start >= hi)
			continue;
		/* Another place the model took so is no body beside it. */
		if (lexicon_lookup(s + o->start, o->end - o->start) & (LEX_CITY | LEX_REGION))
			continue;
		size_t x = o->end <= m->start ? o->end : m->end, y = o->end <= m->start ? m->start : o->start;
		if (y < x || y - x > 6)
			continue;
		while (x < y && (s[x] == ' ' || s[x] == '\n'))
			x++;
		while (y > x && (s[y - 1] == ' ' || s[y - 1] == '\n'))
			y--;
		if ((y - x == 1 && s[x] == ',' && !chain) || (y - x == 3 && strncasecmp(s + x, "and", 3) == 0) ||
		    (y - x == 1 && s[x] == '&'))
			return 1;
	}
	return 0;
}

/* Whether article a is a story of sport, read at most once per story:
 * *sports is -1 until asked, then the answer (the rules ask it lazily, as
 * most stories need no answer at all). */
static int entity_sports_of(const struct article *a, int *sports)
{
	if (*sports < 0)
		*sports = entity_sports_story(a->data, a->len);
	return *sports;
}

/* Whether mention m ends in a plural that names events, not a team
 * ("Tokyo Olympics", "Commonwealth Games", "World Series"). */
static int entity_event_plural(const char *s, const struct ner_mention *m)
{
	static const char *const events[] = { "Games", "Olympics", "Paralympics", "Championships", "Finals", "Series",
					       "Awards", "Trials", "Masters", "Classics", "Nationals" };
	return entity_word_is(s, entity_last_word(s, m), m->end, events, sizeof events / sizeof *events);
}

/* Whether s[a..b) overlaps a mention of l (sorted by start); *from, the
 * first that may, moves on with ascending a. */
static int entity_list_overlaps(const struct ner_list *l, size_t a, size_t b, size_t *from)
{
	while (*from < l->n && l->v[*from].end <= a)
		(*from)++;
	return *from < l->n && l->v[*from].start < b;
}

static int entity_mention_start_cmp(const void *x, const void *y)
{
	const struct ner_mention *p = x, *q = y;
	return (p->start > q->start) - (p->start < q->start);
}

/* Adds s[a..b) to the candidates cand[0..*nc) unless one of them is the
 * same word. */
static void entity_team_cand_add(const char *s, size_t a, size_t b, size_t cand[][2], size_t *nc)
{
	for (size_t c = 0; c < *nc; c++)
		if (cand[c][1] - cand[c][0] == b - a && memcmp(s + cand[c][0], s + a, b - a) == 0)
			return;
	cand[*nc][0] = a;
	cand[*nc][1] = b;
	(*nc)++;
}

/* A sports story names a team by its plural nickname after "the"
 * ("dispatched the Chiefs", "The Saints placed Thomas") where the model,
 * which has seen the word in lower case ("army chiefs"), found no name:
 * the nickname is the team there and wherever else the story writes it
 * so or in capitals ("over hapless Chiefs", "COLTS BEAT CHIEFS"); so is,
 * in a headline's capitals, the nickname of a team the story names with
 * its city ("Kansas City Chiefs"). Not where the word ends or starts a
 * longer name ("Kansas City Chiefs" the model missed), where it heads a
 * title before "of" or "for" ("The Origins of the First New
 * Zealanders"), nor where it is an event's ("the Games"); a word the
 * story names already is left as it is (the surname of "Walt Rivers"
 * alone is his, ner_propagate's). Mentions are added to l, which stays
 * sorted. */
static void entity_team_words(const struct article *a, struct ner_list *l, int *sports)
{
	static const char *const events[] = { "Games",	 "Olympics", "Paralympics", "Championships", "Finals",
					       "Series", "Awards",   "Trials",	    "Masters",	     "Classics",
					       "Nationals", "Playoffs", "Stakes" };
	static const char *const heads_of[] = { "of", "for" };
	const char *s = a->data;
	size_t n = a->len;
	size_t cand[8][2], nc = 0, from = 0;
	for (const char *p = s; nc < 8 && (p = text_find(p, n - (size_t)(p - s), "he ", 3)) != NULL; p += 3) {
		/* "the", or "The" opening a sentence ("The Saints placed"). */
		if (p == s || (p[-1] != 't' && p[-1] != 'T') || (p - 1 > s && entity_ascii_alnum(p[-2])))
			continue;
		size_t wa = (size_t)(p - s) + 3, wb = wa;
		while (wb < n && entity_ascii_letter(s[wb]))
			wb++;
		/* The word after it, for a title's "of" or "for". */
		size_t na = wb + 1, nb = na;
		while (nb < n && s[nb] >= 'a' && s[nb] <= 'z')
			nb++;
		if (wb == wa || (wb < n && (entity_ascii_alnum(s[wb]) || s[wb] == '-')) ||
		    (wb + 1 < n && s[wb] == ' ' && s[wb + 1] >= 'A' && s[wb + 1] <= 'Z') ||
		    (wb < n && s[wb] == ' ' && entity_word_is(s, na, nb, heads_of, 2)) ||
		    !entity_nickname_word(s, wa, wb) || entity_word_is(s, wa, wb, events, sizeof events / sizeof *events))
			continue;
		/* Mentions start after "the", in order: the search for an
		 * overlap goes on from the last one's place. */
		if (!entity_list_overlaps(l, wa, wb, &from))
			entity_team_cand_add(s, wa, wb, cand, &nc);
	}
	/* And the nickname of a team the story names with its city
	 * ("Kansas City Chiefs"), for its headline's capitals. */
	for (size_t k = 0; k < l->n && nc < 8; k++) {
		const struct ner_mention *m = &l->v[k];
		if (m->type != NER_ORG)
			continue;
		size_t wa = m->end;
		while (wa > m->start && s[wa - 1] != ' ')
			wa--;
		if (wa <= m->start + 1 || !entity_nickname_word(s, wa, m->end) ||
		    !(lexicon_lookup(s + m->start, wa - 1 - m->start) & (LEX_CITY | LEX_REGION | LEX_COUNTRY)))
			continue;
		entity_team_cand_add(s, wa, m->end, cand, &nc);
	}
	if (!nc || !entity_sports_of(a, sports))
		return;
	size_t n0 = l->n;
	for (size_t c = 0; c < nc; c++) {
		size_t wa = cand[c][0], len = cand[c][1] - wa;
		char word[64], upper[64];
		if (len >= sizeof word)
			continue;
		memcpy(word, s + wa, len);
		for (size_t k = 0; k < len; k++)
			upper[k] = (char)(word[k] >= 'a' && word[k] <= 'z' ? word[k] - 32 : word[k]);
		for (int form = 0; form < 2; form++) {
			const char *w = form ? upper : word;
			size_t mfrom = 0;
			for (const char *p = s; (p = text_find(p, n - (size_t)(p - s), w, len)) != NULL; p += len) {
				size_t i = (size_t)(p - s), e = i + len;
				if ((i > 0 && entity_ascii_alnum(s[i - 1])) || (e < n && (entity_ascii_alnum(s[e]) || s[e] == '-')))
					continue;
				/* Not the end of a city's team, nor the start of a
				 * longer name (a capitals line's words are all
				 * capitalised: there only the city counts). */
				if (!form && e + 1 < n && s[e] == ' ' && s[e + 1] >= 'A' && s[e + 1] <= 'Z')
					continue;
				size_t pb = i;
				while (pb > 0 && s[pb - 1] == ' ')
					pb--;
				size_t pa = pb;
				while (pa > 0 && entity_ascii_letter(s[pa - 1]))
					pa--;
				if (pa < pb && pb < i && (lexicon_lookup(s + pa, pb - pa) & (LEX_CITY | LEX_REGION | LEX_COUNTRY)))
					continue;
				if (entity_list_overlaps(l, i, e, &mfrom) && mfrom < n0)
					continue;
				/* (Added ones lie past n0, unsorted: none overlaps
				 * another, as each is a whole word.) */
				struct ner_mention m = { i, e, NER_ORG, 0 };
				l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
				l->v[l->n++] = m;
			}
		}
	}
	if (l->n > n0)
		qsort(l->v, l->n, sizeof *l->v, entity_mention_start_cmp);
}

/* sports: as entity_sports_of's. */
static void entity_team_nicknames(const struct article *a, struct entity_found *f, int *sports)
{
	const char *s = a->data;
	int built = 0;
	struct entity_map sur = { 0 };
	for (size_t k = 0; k < f->mentions.n; k++) {
		struct ner_mention *m = &f->mentions.v[k];
		/* The nickname alone, taken for a person after "the" ("the
		 * Colts won"; a surname alone is no team: a scorecard's
		 * "Vaas") or for a place no list knows, of one word (two
		 * make many a town: "Tunbridge Wells"). */
		int alone = (m->type == NER_PLACE && entity_nickname_word(s, m->start, m->end)) ||
			    (m->type == NER_PERSON && entity_after_the(a, m) && entity_nickname(s, m->start, m->end));
		if (alone && !entity_surname_in(f, s, m->start, m->end, &sur, &built, 0)) {
			if (!entity_sports_of(a, sports))
				break;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		/* The model takes the whole for an other name too ("the Memphis
		 * Gray Foxes"), but not an event's ("Tokyo Olympics"). */
		if (m->type != NER_PLACE && (m->type != NER_MISC || entity_event_plural(s, m)))
			continue;
		/* The city, and the nickname: the next mention, or the
		 * place's own last word. */
		size_t city_end, nick_a, nick_b;
		int apart = k + 1 < f->mentions.n && f->mentions.v[k + 1].start == m->end + 1 && s[m->end] == ' ' &&
			    f->mentions.v[k + 1].type != NER_DATE && f->mentions.v[k + 1].type != NER_PLACE;
		if (apart) {
			city_end = m->end;
			nick_a = f->mentions.v[k + 1].start;
			nick_b = f->mentions.v[k + 1].end;
		} else {
			nick_b = m->end;
			nick_a = nick_b;
			while (nick_a > m->start && s[nick_a - 1] != ' ')
				nick_a--;
			if (nick_a <= m->start + 1 || s[nick_a - 1] != ' ')
				continue;
			city_end = nick_a - 1;
			/* A nickname of two words ("Gray Foxes") after the city. */
			if (!(lexicon_lookup(s + m->start, city_end - m->start) & (LEX_CITY | LEX_REGION | LEX_COUNTRY))) {
				size_t a2 = city_end;
				while (a2 > m->start && s[a2 - 1] != ' ')
					a2--;
				if (a2 > m->start + 1 && s[a2 - 1] == ' ' && entity_nickname(s, a2, nick_b) &&
				    (lexicon_lookup(s + m->start, a2 - 1 - m->start) & (LEX_CITY | LEX_REGION | LEX_COUNTRY))) {
					nick_a = a2;
					city_end = a2 - 1;
				}
			}
			if (lexicon_lookup(s + m->start, m->end - m->start) & (LEX_CITY | LEX_REGION | LEX_COUNTRY) ||
			    !(lexicon_lookup(s + m->start, city_end - m->start) & (LEX_CITY | LEX_REGION | LEX_COUNTRY)))
				continue;
		}
		if (!entity_nickname(s, nick_a, nick_b) ||
		    (lexicon_lookup(s + m->start, city_end - m->start) & LEX_FIRST_NAME))
			continue;
		if (entity_surname_in(f, s, nick_a, nick_b, &sur, &built, 0))
			continue;
		if (!entity_sports_of(a, sports))
			break;
		m->end = nick_b;
		m->type = NER_ORG;
		m->margin = 0;
		f->strength[k] = ENTITY_SURE;
		if (apart) {
			struct ner_mention *x = m + 1;
			memmove(x, x + 1, (f->mentions.n - k - 2) * sizeof *x);
			memmove(f->strength + k + 1, f->strength + k + 2, f->mentions.n - k - 2);
			f->mentions.n--;
		}
	}
	entity_map_free(&sur);
}

/* Whether mention m of s (a person's, by the model) may be a team of a
 * name no list knows and a nickname ("Kaizer Chiefs") or the nickname
 * alone ("Sundowns"): not where its first word is a given name or a
 * title ("Venus Williams"), nor, alone, the surname of a person the story
 * names with a given name ("Williams" of "Serena Williams"; gsur, gbuilt
 * as entity_surname_in's). Sets *lw to its last word's start. */
static int entity_team_person(const struct entity_found *f, const char *s, const struct ner_mention *m,
			      struct entity_map *gsur, int *gbuilt, size_t *lw)
{
	size_t l = entity_last_word(s, m);
	size_t fw = m->start;
	while (fw < m->end && s[fw] != ' ')
		fw++;
	*lw = l;
	int alone = l == m->start;
	if (!((alone || l > m->start + 1) && entity_nickname_word(s, l, m->end) &&
	      !(lexicon_lookup(s + m->start, fw - m->start) & (LEX_FIRST_NAME | LEX_TITLE))))
		return 0;
	if (alone)
		return !entity_surname_in(f, s, m->start, m->end, gsur, gbuilt, 1);
	/* A familiar given name is one too ("joined Mickey Rivers"). */
	char low[32];
	const char *full[1];
	size_t n = fw - m->start;
	if (n >= sizeof low)
		return 1;
	for (size_t k = 0; k < n; k++)
		low[k] = (char)(s[m->start + k] >= 'A' && s[m->start + k] <= 'Z' ? s[m->start + k] + 32 : s[m->start + k]);
	low[n] = '\0';
	return nickname_full(low, full, 1) == 0;
}

/* A team the model took for a person (entity_team_person) is the team
 * where a side of a game stands ("against Kaizer Chiefs", "Sundowns edge
 * Pirates") in a sports story, and so are the story's other such names
 * that end with the same nickname ("Mamelodi Sundowns moved top"). */
static void entity_team_people(const struct article *a, struct entity_found *f, int *sports)
{
	const char *s = a->data;
	int gbuilt = 0;
	struct entity_map gsur = { 0 }, teams = { 0 };
	for (int pass = 0; pass < 2; pass++) {
		for (size_t k = 0; k < f->mentions.n; k++) {
			struct ner_mention *m = &f->mentions.v[k];
			size_t lw, lo, hi;
			/* The model's own teams in a game's place tell their
			 * nicknames too ("Harriers edge ..." typed a team). */
			int org = pass == 0 && m->type == NER_ORG;
			if (org) {
				lw = entity_last_word(s, m);
				if (!entity_nickname_word(s, lw, m->end))
					continue;
			} else if (m->type != NER_PERSON || (f->strength[k] & ENTITY_SURE) ||
				   !entity_team_person(f, s, m, &gsur, &gbuilt, &lw)) {
				continue;
			}
			char buf[64];
			size_t n = m->end - lw < sizeof buf ? m->end - lw : sizeof buf - 1;
			memcpy(buf, s + lw, n);
			buf[n] = '\0';
			if (pass == 0) {
				entity_para_of(a, m, &lo, &hi);
				if (!entity_team_context(s, lo, hi, m->start, m->end) || !entity_sports_of(a, sports))
					continue;
				entity_map_add(&teams, buf, k);
				if (org)
					continue;
			} else if (!entity_map_get(&teams, buf, 0)) {
				continue;
			}
			m->type = NER_ORG;
			m->margin = 0;
			/* The nickname alone may still go by the full name. */
			f->strength[k] = (lw == m->start ? ENTITY_PLAIN : ENTITY_SURE) | ENTITY_LINE;
		}
		if (!teams.count)
			break;
	}
	entity_map_free(&gsur);
	entity_map_free(&teams);
}

/* The place a story was filed from is that place in its body too, where
 * the model took the same name for an organization or another name
 * ("WESTMINSTER, Calif., Oct 19 - ... around the Westminster
 * neighborhood"). Not an organization a list knows and knows as no
 * place ("UNITED NATIONS, March 4 -"), not in a sports story, where the city names a team
 * ("NICE, France - ... Nice have been unable to win"), nor where the
 * story names an organization after the place ("CORNING, N.Y. - Corning
 * Glass Works ... Corning said"); a person so named keeps the model's
 * type. The first few datelines' places are compared with each
 * mention once, so that a file of many datelines costs no more; sports
 * says whether the story is one of sport, -1 if not asked yet. */
static void entity_dateline_places(const struct article *a, struct entity_found *f, int sports)
{
	enum { FEW = 8 };
	const char *s = a->data;
	const struct ner_list *l = &f->mentions;
	size_t place[FEW], np = 0, tried = 0;
	for (size_t i = 0; i < l->n && tried < FEW; i++) {
		const struct ner_mention *d = &l->v[i];
		if (d->type != NER_PLACE || !(f->strength[i] & ENTITY_DATELINE))
			continue;
		tried++;
		unsigned cls = lexicon_lookup(s + d->start, d->end - d->start);
		if ((cls & LEX_ORG) && !(cls & (LEX_CITY | LEX_REGION | LEX_COUNTRY)))
			continue;
		size_t dn = d->end - d->start;
		int known = 0;
		for (size_t q = 0; q < np && !known; q++)
			known = l->v[place[q]].end - l->v[place[q]].start == dn &&
				strncasecmp(s + l->v[place[q]].start, s + d->start, dn) == 0;
		for (size_t q = 0; q < l->n && !known; q++)
			known = l->v[q].type == NER_ORG && l->v[q].end - l->v[q].start > dn && s[l->v[q].start + dn] == ' ' &&
				strncasecmp(s + l->v[q].start, s + d->start, dn) == 0;
		if (!known)
			place[np++] = i;
	}
	if (!np)
		return;
	for (size_t k = 0; k < l->n; k++) {
		struct ner_mention *m = &l->v[k];
		if (m->type != NER_ORG && m->type != NER_MISC)
			continue;
		for (size_t q = 0; q < np; q++) {
			const struct ner_mention *d = &l->v[place[q]];
			if (m->end - m->start == d->end - d->start &&
			    strncasecmp(s + m->start, s + d->start, d->end - d->start) == 0) {
				/* A sports story names teams by their cities,
				 * datelined or not; the story is read for it
				 * only where a mention would change. */
				if (entity_sports_of(a, &sports))
					return;
				m->type = NER_PLACE;
				m->margin = 0;
				break;
			}
		}
	}
}

/* Whether word w[0..n) names a government's portfolio: "Finance" of a
 * "Finance Minister" the titles list, or a word news writes in lower case
 * ("Post and Telecommunications"). */
static int entity_portfolio_word(const char *w, size_t n)
{
	return ner_minister_title(w, n) || lexicon_lowercase(w, n) || (n == 3 && strncmp(w, "and", 3) == 0) ||
	       (n == 1 && *w == '&');
}

/* Whether name is one that every country's state has, a ministry, a
 * central bank, a court, a chamber ("Finance Ministry", "Ministry of
 * Finance", "Central Bank", "Supreme Court", "Lower House"): which one it
 * is, its story says. */
static int entity_institution(const char *name)
{
	/* With their lengths, compared first. */
	static const struct {
		const char *w;
		size_t n;
	} whole[] = {
#define ENTITY_LIT(w) { w, sizeof(w) - 1 }
		ENTITY_LIT("central bank"), ENTITY_LIT("national bank"), ENTITY_LIT("reserve bank"),
		ENTITY_LIT("supreme court"), ENTITY_LIT("high court"), ENTITY_LIT("constitutional court"),
		ENTITY_LIT("lower house"), ENTITY_LIT("upper house"), ENTITY_LIT("national assembly"),
		ENTITY_LIT("parliament"), ENTITY_LIT("cabinet"),
#undef ENTITY_LIT
	};
	size_t n = strlen(name);
	for (size_t k = 0; k < sizeof whole / sizeof *whole; k++)
		if (whole[k].n == n && strncasecmp(name, whole[k].w, n) == 0)
			return 1;
	/* "P Ministry" or "Ministry of P", every word of P a portfolio's. */
	const char *from = name, *to = name + n;
	if (n > 9 && strncasecmp(to - 9, " ministry", 9) == 0)
		to -= 9;
	else if (n > 12 && strncasecmp(name, "ministry of ", 12) == 0)
		from += 12;
	else
		return 0;
	for (const char *w = from; w < to;) {
		const char *e = memchr(w, ' ', (size_t)(to - w));
		if (!e)
			e = to;
		if (!entity_portfolio_word(w, (size_t)(e - w)))
			return 0;
		w = e + 1;
	}
	return 1;
}

/* The country mention k of f names ("Japan", "Japanese", "U.S."), by
 * its canonical name (a place's own name where it is canonical), or NULL. */
static const char *entity_mention_country(const char *s, const struct entity_found *f, size_t k)
{
	const struct ner_mention *m = &f->mentions.v[k];
	if (m->type != NER_PLACE && m->type != NER_GROUP)
		return NULL;
	size_t n = m->end - m->start;
	unsigned cls = lexicon_lookup(s + m->start, n);
	if (!(cls & (LEX_COUNTRY | LEX_DEMONYM)))
		return NULL;
	const char *c = lexicon_canonical(s + m->start, n);
	if (!c)
		return m->type == NER_PLACE && (cls & LEX_COUNTRY) ? f->names[k] : NULL;
	return lexicon_lookup(c, strlen(c)) & LEX_COUNTRY ? c : NULL;
}

/* Whether country c may be that of institution name (the United States
 * has no ministries, central bank or parliament so called: its Treasury,
 * Federal Reserve and Congress are names of their own). */
static int entity_institution_of(const char *name, const char *c)
{
	return c && (strcmp(c, "United States") != 0 || strstr(name, "Court"));
}

int entity_bare_institution(const char *name)
{
	/* The words first: few names are an institution's, and a look-up in
	 * the lexicon costs more. */
	return entity_institution(name) && !(lexicon_lookup(name, strlen(name)) & LEX_ORG);
}

/* Whether English writes "the" before country name c: "the United States",
 * "the Netherlands", "the Philippines", "the Czech Republic". */
static int entity_country_the(const char *c)
{
	static const char *const words[] = { "United", "Republic", "Union", "Kingdom", "Federation", "Emirates",
					     "Islands", "States", NULL };
	size_t n = strlen(c);
	if (n > 1 && c[n - 1] == 's')
		return 1;
	for (int k = 0; words[k]; k++) {
		const char *w = strstr(c, words[k]);
		size_t wn = strlen(words[k]);
		if (w && (w == c || w[-1] == ' ') && (w[wn] == '\0' || w[wn] == ' '))
			return 1;
	}
	return 0;
}

/* A state's institution named without its state ("the Finance Ministry
 * said") is that of the country its story writes it with ("Japan's
 * Finance Ministry", "the Brazilian Central Bank" where the model kept
 * the adjective apart), else of the country the story names at least
 * twice as often as any other, and is named so, as ANNOTATION.md names
 * them ("Finance Ministry of Japan"): one story's Finance Ministry is not
 * every story's. In a story that names no country it is the country of
 * the city the story was filed from; a story that tells none of these
 * leaves it as it is. */
static void entity_institutions(const struct article *a, struct entity_found *f)
{
	const struct ner_list *l = &f->mentions;
	const char *s = a->data;
	int any = 0;
	for (size_t k = 0; k < l->n && !any; k++)
		any = l->v[k].type == NER_ORG && entity_institution(f->names[k]);
	if (!any)
		return;
	/* The story's countries, counted (a few dozen at most are kept). */
	enum { MAXC = 32 };
	const char *country[MAXC];
	size_t count[MAXC], nc = 0;
	for (size_t k = 0; k < l->n; k++) {
		const char *c = entity_mention_country(s, f, k);
		if (!c)
			continue;
		size_t q = 0;
		while (q < nc && strcasecmp(country[q], c) != 0)
			q++;
		if (q == nc) {
			if (nc == MAXC)
				continue;
			country[nc] = c;
			count[nc++] = 0;
		}
		/* Spelled as the body spells it, not as a headline. */
		if (text_all_upper(country[q], strlen(country[q])) && !text_all_upper(c, strlen(c)))
			country[q] = c;
		count[q]++;
	}
	/* The country of the city the story was filed from counts as one
	 * naming: a WASHINGTON story's Supreme Court is not Georgia's where
	 * the story names the state of Georgia once. The lists give a city's
	 * country of today: a BONN story's "West Germany" is its country. */
	const char *filed = NULL;
	for (size_t d = 0; d < l->n && !filed; d++)
		if (l->v[d].type == NER_PLACE && (f->strength[d] & ENTITY_DATELINE))
			filed = lexicon_city_country(s + l->v[d].start, l->v[d].end - l->v[d].start);
	if (filed && nc > 0) {
		/* Of the names that match, the one the story names most. */
		size_t q = nc, fn = strlen(filed);
		for (size_t r = 0; r < nc; r++) {
			size_t cn = strlen(country[r]);
			if ((strcasecmp(country[r], filed) == 0 ||
			     (cn > fn + 1 && country[r][cn - fn - 1] == ' ' && strcasecmp(country[r] + cn - fn, filed) == 0)) &&
			    (q == nc || count[r] > count[q]))
				q = r;
		}
		if (q < nc)
			count[q]++;
		else if (nc < MAXC) {
			country[nc] = filed;
			count[nc++] = 1;
		}
	}
	const char *top = NULL;
	size_t best = 0, second = 0;
	for (size_t q = 0; q < nc; q++) {
		if (count[q] > best) {
			second = best;
			best = count[q];
			top = country[q];
		} else if (count[q] > second) {
			second = count[q];
		}
	}
	/* Named at least twice as often as any other: a story of Japan's
	 * ministry names the United States often too. */
	if (best < 2 * second)
		top = NULL;
	/* Each institution's country, as first decided in the story. */
	enum { MAXI = 16 };
	char *inst[MAXI];
	const char *instc[MAXI];
	size_t ni = 0;
	char **renamed = NULL;	/* the names with the new ones, once there is one */
	for (size_t k = 0; k < l->n; k++) {
		if (l->v[k].type != NER_ORG || !entity_institution(f->names[k]))
			continue;
		const char *c = NULL;
		/* The country just before it: "Japan's", "Brazilian". */
		if (k > 0 && (l->v[k - 1].type == NER_PLACE || l->v[k - 1].type == NER_GROUP)) {
			const struct ner_mention *p = &l->v[k - 1];
			size_t gap = l->v[k].start - p->end;
			const char *g = s + p->end;
			if (gap == 1 || (gap == 3 && memcmp(g, "'s ", 3) == 0) || (gap == 5 && memcmp(g, "\xe2\x80\x99s ", 5) == 0))
				c = entity_mention_country(s, f, k - 1);
		}
		/* The country as the story counted it, spelled as its body does. */
		for (size_t r = 0; c && r < nc; r++)
			if (strcasecmp(country[r], c) == 0)
				c = country[r];
		size_t q = 0;
		while (q < ni && strcmp(inst[q], f->names[k]) != 0)
			q++;
		if (!c)
			c = q < ni ? instc[q] : top;
		if (!entity_institution_of(f->names[k], c))
			c = NULL;
		/* Else, in a story that names no country, the country of the
		 * city it was filed from ("PARIS, March 6 - The Finance
		 * Ministry said"; a LONDON story of Iran's ministry names Iran). */
		if (!c && nc == 0)
			c = entity_institution_of(f->names[k], filed) ? filed : NULL;
		if (q == ni && ni < MAXI && c) {
			inst[ni] = xstrdup(f->names[k]);
			instc[ni++] = c;
		}
		if (!c)
			continue;
		char *title = text_all_upper(c, strlen(c)) ? text_title_case(c, strlen(c)) : NULL;
		const char *cn = title ? title : c;
		/* A headline's "NATIONAL BANK" as its body would write it. */
		const char *in = f->names[k];
		char *in_title = text_all_upper(in, strlen(in)) ? text_title_case(in, strlen(in)) : NULL;
		char *named = xasprintf("%s of %s%s", in_title ? in_title : in, entity_country_the(cn) ? "the " : "", cn);
		free(in_title);
		free(title);
		/* The names are one block (entity_names_pack): the new ones
		 * stand apart until it is made again below. */
		if (!renamed) {
			renamed = xcalloc(l->n, sizeof *renamed);
			for (size_t r = 0; r < l->n; r++)
				renamed[r] = f->names[r];
		}
		renamed[k] = named;
	}
	for (size_t q = 0; q < ni; q++)
		free(inst[q]);
	if (renamed) {
		char **packed = entity_names_pack((const char *const *)renamed, l->n);
		for (size_t r = 0; r < l->n; r++)
			if (renamed[r] != f->names[r])
				free(renamed[r]);
		free(renamed);
		free(f->names);
		f->names = packed;
	}
}

struct entity_found *entity_recognize(const struct article *a)
{
	struct ner_list mentions = { 0 };
	ner_article(a, &mentions);
	int sports = -1;
	entity_team_words(a, &mentions, &sports);
	struct entity_found *f = entity_found_new(mentions.n);
	f->mentions = mentions;
	/* Each mention's paragraph and lexicon classes (entity_mention_cls),
	 * which several rules ask, and below its text cleaned once and its
	 * key, for the vote, the names and the aliases: in the thread's
	 * scratch, as only the few keys that become aliases outlive the
	 * story. */
	struct xscratch_mark mark = xscratch_mark();
	size_t *para = xscratch_alloc((f->mentions.n ? f->mentions.n : 1) * sizeof *para);
	unsigned *cls = xscratch_alloc((f->mentions.n ? f->mentions.n : 1) * sizeof *cls);
	entity_paras(a, &f->mentions, para);
	for (size_t k = 0; k < f->mentions.n; k++)
		cls[k] = ENTITY_CLS_UNKNOWN;
	for (size_t k = 0; k < f->mentions.n; k++) {
		const struct ner_mention *m = &f->mentions.v[k];
		f->strength[k] = entity_strength(a, m, para[k], &cls[k]);
		if (m->type == NER_PLACE && ner_dateline_at(a->data, a->len, m->start, m->end))
			f->strength[k] |= ENTITY_DATELINE;
		else if (m->type == NER_PLACE && entity_town_of_region(a, &f->mentions, k))
			f->strength[k] |= ENTITY_LINE;
		else if (entity_body_acronym(a, m, para[k]))
			f->strength[k] |= ENTITY_ACRONYM;
	}
	entity_place_namesakes(a, f);
	entity_team_nicknames(a, f, &sports);
	entity_team_people(a, f, &sports);
	/* A sports story names teams by their cities: an organization named
	 * as a place there is one whatever the place is elsewhere, and a
	 * table's line tells a team (Leeds 3 Chelsea 1) from the place where
	 * it plays (KANSAS CITY AT DETROIT). The story is read for words of
	 * sport only if it has such a mention. */
	for (size_t k = 0; k < f->mentions.n && sports != 0; k++) {
		const struct ner_mention *m = &f->mentions.v[k];
		if (m->type != NER_ORG && m->type != NER_PLACE)
			continue;
		size_t lo, hi;
		entity_para_bounds(a, para[k], m, &lo, &hi);
		int place_named = m->type == NER_ORG &&
				  (entity_mention_cls(a, m, &cls[k]) & (LEX_CITY | LEX_REGION | LEX_COUNTRY));
		/* A team of a school's or a club's name and a nickname
		 * ("Creighton Bluejays") goes by the nickname too. */
		size_t lw = entity_last_word(a->data, m);
		int nicknamed = m->type == NER_ORG && lw > m->start + 1 && entity_nickname_word(a->data, lw, m->end) &&
				(entity_team_context(a->data, lo, hi, m->start, m->end) || entity_score_after(a->data, hi, m->end));
		/* Or the model's team where only a team stands ("first
		 * division side Granvold"), against the story's place of
		 * that name in its dateline. */
		int side = m->type == NER_ORG && !place_named && !nicknamed &&
			   entity_team_context(a->data, lo, hi, m->start, m->end);
		if (!place_named && !nicknamed && !side && !entity_table_line(a->data, lo, hi, m->start, m->end))
			continue;
		if (entity_sports_of(a, &sports))
			f->strength[k] |= ENTITY_LINE;
	}
	/* And it names a team by its city alone where a side of the game
	 * stands ("overcame Jacksonville 31-24"), whether the model took the
	 * city for a place or for the team. */
	for (size_t k = 0; k < f->mentions.n && sports != 0; k++) {
		const struct ner_mention *m = &f->mentions.v[k];
		int city = m->type == NER_ORG && (entity_mention_cls(a, m, &cls[k]) & (LEX_CITY | LEX_REGION));
		/* Not the town of the dateline ("LAHORE: ... guided Lahore
		 * Falcons to a win"). */
		if (((m->type != NER_PLACE || (f->strength[k] & ENTITY_LINE)) && !city) || (f->strength[k] & ENTITY_DATELINE))
			continue;
		size_t lo, hi;
		entity_para_bounds(a, para[k], m, &lo, &hi);
		if (!entity_side(a->data, lo, hi, m->start, m->end))
			continue;
		if (!entity_sports_of(a, &sports))
			continue;
		f->strength[k] |= ENTITY_SIDE;
		/* Where only a team stands, it is the team whether or not the
		 * story names it in full ("joined Milan from Torino"); a
		 * country there is its national side, a place as news labels
		 * it. */
		if (m->type == NER_PLACE && !(entity_mention_cls(a, m, &cls[k]) & LEX_COUNTRY) &&
		    (entity_team_context(a->data, lo, hi, m->start, m->end) ||
		     entity_game_score_after(a->data, hi, m->end))) {
			f->mentions.v[k].type = NER_ORG;
			f->strength[k] |= ENTITY_LINE;
		}
	}
	/* Outside sport a city or a region the model took for an
	 * organization is the place: the model learnt "Leeds", "Newcastle"
	 * and "Yorkshire" from tables of results, and read "coal exports
	 * from Sydney and Newcastle" so. Not a name the lists also know as a body's,
	 * nor a company's short name, which business news writes alike
	 * ("Hartford" of "Hartford Northern Inc" in its story), nor one
	 * where a body stands (entity_org_beside: "the KRA said", "between
	 * Kessford Rovers and Leeds"). */
	for (size_t k = 0; k < f->mentions.n; k++) {
		struct ner_mention *m = &f->mentions.v[k];
		if (m->type != NER_ORG || (f->strength[k] & (ENTITY_LINE | ENTITY_SIDE | ENTITY_ACRONYM)))
			continue;
		unsigned c = entity_mention_cls(a, m, &cls[k]);
		if (!(c & (LEX_CITY | LEX_REGION)) || (c & (LEX_ORG | LEX_COMPANY_SUFFIX | LEX_ORG_WORD)) ||
		    entity_org_holds(a->data, &f->mentions, k) || entity_org_beside(a, &f->mentions, para[k], k))
			continue;
		if (entity_sports_of(a, &sports))
			break;
		m->type = NER_PLACE;
		m->margin = 0;
	}
	if (sports != 1)
		entity_dateline_places(a, f, sports);
	/* "Arcade Joseph Comeaux Jr." is a person, whatever the model said;
	 * not a chain the lists know by such a name ("Carl's Jr."). */
	for (size_t k = 0; k < f->mentions.n; k++) {
		struct ner_mention *m = &f->mentions.v[k];
		const char *d = a->data;
		/* Its last word, looked for in its last four bytes only (a
		 * longer one is no suffix). */
		size_t b = m->end, lim = m->end - m->start > 4 ? m->end - 4 : m->start;
		while (b > lim && d[b - 1] != ' ')
			b--;
		if (b > m->start && m->type != NER_DATE && m->end - b <= 3 &&
		    (strncmp(d + b, "Jr", 2) == 0 || strncmp(d + b, "Sr", 2) == 0) &&
		    (m->end - b == 2 || d[b + 2] == '.') && !(lexicon_lookup(d + m->start, m->end - m->start) & LEX_ORG)) {
			m->type = NER_PERSON;
			f->strength[k] = ENTITY_SURE;
		}
	}
	char **clean = xscratch_alloc((f->mentions.n ? f->mentions.n : 1) * sizeof *clean);
	char **keys = xscratch_alloc((f->mentions.n ? f->mentions.n : 1) * sizeof *keys);
	for (size_t k = 0; k < f->mentions.n; k++) {
		clean[k] = entity_clean_scratch(a->data + f->mentions.v[k].start,
						f->mentions.v[k].end - f->mentions.v[k].start);
		keys[k] = entity_key_scratch(clean[k]);
	}
	entity_vote_types(&f->mentions, keys, f->strength);
	f->names = entity_names(&f->mentions, a->data, a->len, clean, f->strength);
	/* Names the story's text joined to another one ("Federal Reserve"
	 * to "Federal Reserve Board"), so that the corpus can join them where
	 * a story writes only the short one. People are left to the
	 * neighbourhood (entity_link), and so are words ending with a
	 * people's name: "Tasmanian Aboriginal" is the people as often as
	 * the first words of "Tasmanian Aboriginal Centre"; and so are places
	 * that where they stand made teams. */
	/* The towns of the story's datelines by key: a word its own story
	 * writes for a town and an organization's short form ("MIDLAND" of
	 * Midland Co beside MIDLAND, Mich.) is no evidence for the corpus
	 * that the word alone is the organization. */
	struct entity_map places = { .scratch = 1 };
	for (size_t k = 0; k < f->mentions.n; k++)
		if (f->mentions.v[k].type == NER_PLACE && (f->strength[k] & ENTITY_DATELINE))
			entity_map_add(&places, keys[k], k);
	for (size_t k = 0; k < f->mentions.n; k++) {
		const struct ner_mention *m = &f->mentions.v[k];
		if (m->type == NER_PERSON || m->type == NER_DATE || m->type == NER_GROUP)
			continue;
		/* Where a place stands made it a team, not its name; and two
		 * capitals are another thing's as often ("PC"). */
		const char *d = a->data + m->start;
		if ((f->strength[k] & ENTITY_SIDE) ||
		    (m->end - m->start == 2 && d[0] >= 'A' && d[0] <= 'Z' && d[1] >= 'A' && d[1] <= 'Z'))
			continue;
		size_t lw = entity_last_word(a->data, m);
		if (lw > m->start && (lexicon_lookup(a->data + lw, m->end - lw) & (LEX_DEMONYM | LEX_GROUP)))
			continue;
		/* A name that is the mention's text has its key. */
		if (strcmp(f->names[k], clean[k]) == 0)
			continue;
		char buf[256];
		char *nk = entity_key_buf(f->names[k], buf, sizeof buf);
		if (strcmp(keys[k], nk) != 0 && !lexicon_canonical(a->data + m->start, m->end - m->start) &&
		    !(m->type == NER_ORG && places.count && entity_map_get(&places, keys[k], 0))) {
			if (!f->alias)
				f->alias = xcalloc(f->mentions.n, sizeof *f->alias);
			f->alias[k] = xstrdup(keys[k]);
		}
		if (nk != buf)
			free(nk);
	}
	entity_map_free(&places);
	/* After the aliases: a story's "Finance Ministry" is no name for
	 * the corpus to join to its country's. */
	entity_institutions(a, f);
	for (size_t k = 0; k < f->mentions.n; k++)
		f->furniture[k] = (unsigned char)(entity_furniture(a, para[k], f->mentions.v[k].start, f->mentions.v[k].end,
								   f->mentions.v[k].type) ||
						  entity_time_zone(a->data, f->mentions.v[k].start, f->mentions.v[k].end));
	xscratch_release(mark);
	return f;
}

void entity_commit(struct entity_table *t, size_t i, struct entity_found *f)
{
	struct entity_doc *d = &t->docs[i];
	if (d->done) {
		entity_found_free(f);
		return;
	}
	d->done = 1;
	const struct ner_list *l = &f->mentions;
	/* Each mention is written whole below: not cleared first. */
	d->v = xmalloc((l->n ? l->n : 1) * sizeof *d->v);
	d->n = l->n;
	for (size_t k = 0; k < l->n; k++) {
		size_t id = entity_intern(t, f->names[k], l->v[k].type,
					  f->strength && (f->strength[k] & ENTITY_ACRONYM));
		unsigned char st = f->strength ? f->strength[k] : ENTITY_PLAIN;
		d->v[k] = (struct entity_ref){ .start = l->v[k].start,
					       .end = l->v[k].end,
					       .type = l->v[k].type,
					       .id = id,
					       .furniture = f->furniture && f->furniture[k],
					       .line_typed = (st & ENTITY_LINE) != 0,
					       .side = (st & ENTITY_SIDE) != 0 };
		st = ENTITY_STRENGTH(st);
		unsigned vote = entity_vote(st, l->v[k].margin);
		t->v[id].votes += vote;
		t->v[id].sure += st == ENTITY_SURE;
		t->v[id].sure_votes += st == ENTITY_SURE ? vote : 0;
		t->v[id].datelines += f->strength && (f->strength[k] & ENTITY_DATELINE);
		t->v[id].line_votes += f->strength && (f->strength[k] & ENTITY_LINE) ? vote : 0;
		if (f->alias && f->alias[k]) {
			struct entity_index *ix = t->index;
			if (!ix->aliases)
				ix->aliases = xcalloc(1, sizeof *ix->aliases);
			entity_map_add(ix->aliases, f->alias[k], id);
		}
	}
	entity_found_free(f);
}

struct entity_found *entity_found_new(size_t n)
{
	size_t one = n ? n : 1;
	struct entity_found *f = xcalloc(1, sizeof *f + 2 * one);
	f->strength = (unsigned char *)(f + 1);
	f->furniture = f->strength + one;
	return f;
}

void entity_found_free(struct entity_found *f)
{
	if (!f)
		return;
	free(f->names);
	if (f->alias)
		for (size_t k = 0; k < f->mentions.n; k++)
			free(f->alias[k]);
	free(f->alias);
	ner_list_free(&f->mentions);
	free(f);
}

const struct entity_doc *entity_article(struct entity_table *t, struct corpus *c, size_t i)
{
	if (!t->docs[i].done)
		entity_commit(t, i, entity_recognize(corpus_article(c, i)));
	return &t->docs[i];
}

void entity_recognize_warm(void)
{
	lexicon_size();
	ner_has_model();
	nickname_init();
}

/* Recognition of a whole corpus on every core (pool_run): workers take
 * articles in turn, and the caller's thread commits what they found in
 * article order, so that the table is the same however many run. */
struct entity_rest {
	struct entity_table *t;
	struct corpus *c;
	struct entity_found **found;	/* NULL, or per article what was found already */
};

static void *entity_rest_work(size_t i, size_t worker, void *ctx)
{
	(void)worker;
	struct entity_rest *r = ctx;
	if (r->t->docs[i].done)
		return NULL;
	if (r->found && r->found[i]) {
		struct entity_found *f = r->found[i];
		r->found[i] = NULL;
		return f;
	}
	return entity_recognize(corpus_article(r->c, i));
}

static int entity_rest_take(size_t i, void *result, void *ctx)
{
	struct entity_rest *r = ctx;
	if (result)
		entity_commit(r->t, i, result);
	return 0;
}

void entity_recognize_found(struct entity_table *t, struct corpus *c, struct entity_found **found)
{
	/* Tables that fill themselves on first use, filled before any race. */
	entity_recognize_warm();
	struct entity_rest r = { t, c, found };
	pool_run(c->n, pool_workers(c->n), entity_rest_work, entity_rest_take, NULL, &r);
}

void entity_recognize_corpus(struct entity_table *t, struct corpus *c)
{
	entity_recognize_found(t, c, NULL);
}

/* More people than this of one surname and none is chosen for it alone. */
#define ENTITY_MAX_NAMESAKES 64

/* --- Linking across articles ------------------------------------------------ */

/* Entities joined into others: up[i] is the entity i joined, up[i] == i
 * for one that stands for itself. */
static size_t entity_root(size_t *up, size_t i)
{
	while (up[i] != i) {
		up[i] = up[up[i]];
		i = up[i];
	}
	return i;
}

static void entity_join(size_t *up, size_t from, size_t to)
{
	from = entity_root(up, from);
	to = entity_root(up, to);
	if (from != to)
		up[from] = to;
}

/* Joins two entities under the one more mentioned, whose name then
 * stands for both. */
/* The type the lists give a name, where they give it one (an
 * organization, a place, a group), or -1. */
static int entity_listed_type(const char *name)
{
	unsigned cls = lexicon_lookup(name, strlen(name));
	int org = (cls & LEX_ORG) != 0, place = (cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) != 0,
	    group = (cls & (LEX_DEMONYM | LEX_GROUP)) != 0;
	if (org + place + group != 1 || (cls & (LEX_FIRST_NAME | LEX_PERSON)))
		return -1;
	return org ? NER_ORG : place ? NER_PLACE : NER_GROUP;
}

static void entity_join_votes(struct entity_table *t, size_t *up, size_t a, size_t b)
{
	a = entity_root(up, a);
	b = entity_root(up, b);
	if (a == b)
		return;
	/* b's type stands: a joins what b is ("Colts" the team); but not
	 * over the type the lists give a's name where they give b's none
	 * (GATT, an organization, spelt out once as an "Agreement"). */
	if (t->v[a].votes > t->v[b].votes) {
		entity_join(up, b, a);
		if (t->v[a].type == t->v[b].type || (int)t->v[a].type != entity_listed_type(t->v[a].name) ||
		    entity_listed_type(t->v[b].name) >= 0)
			t->v[a].type = t->v[b].type;
	} else {
		entity_join(up, a, b);
	}
}

/* Joins entity i to the entity of candidates sl: the one there is, or one
 * that has three times the mentions of all the others together. */
static void entity_join_one(struct entity_table *t, size_t *up, size_t i, const struct entity_map_slot *sl)
{
	size_t best = SIZE_MAX, total = 0;
	for (size_t q = 0; q < sl->n; q++) {
		total += t->v[sl->v[q]].votes;
		if (best == SIZE_MAX || t->v[sl->v[q]].votes > t->v[best].votes)
			best = sl->v[q];
	}
	if (best == SIZE_MAX || (sl->n > 1 && t->v[best].votes < 3 * (total - t->v[best].votes)))
		return;
	entity_join_votes(t, up, i, best);
}

/* Whether entity i is a place that datelines name, which the corpus names
 * more often than any of the organizations cand[0..n) named after it:
 * the town, not their short form (the datelines of Troy, Mich., are not
 * Helen of Troy Corp's, nor Minnetonka, Minn., Minnetonka Inc's). */
static int entity_dateline_town(const struct entity_table *t, size_t *up, size_t i, const size_t *cand, size_t n)
{
	if (t->v[i].type != NER_PLACE || t->v[i].datelines == 0)
		return 0;
	size_t votes = t->v[entity_root(up, i)].votes;
	for (size_t q = 0; q < n; q++) {
		const struct entity *o = &t->v[entity_root(up, cand[q])];
		if (o->type != NER_PLACE && o->votes >= votes)
			return 0;
	}
	return 1;
}

/* Whether at least half the words of a (folded, spaced) are words of b. */
static int entity_words_mostly(const char *a, const char *b)
{
	size_t words = 0, shared = 0, bn = strlen(b);
	for (const char *w = a; *w;) {
		const char *e = strchr(w, ' ');
		size_t wn = e ? (size_t)(e - w) : strlen(w);
		words++;
		for (const char *v = b; v < b + bn;) {
			const char *ve = strchr(v, ' ');
			size_t vn = ve ? (size_t)(ve - v) : strlen(v);
			if (vn == wn && memcmp(v, w, wn) == 0) {
				shared++;
				break;
			}
			v += vn + (ve != NULL);
			if (!ve)
				break;
		}
		w += wn + (e != NULL);
	}
	return words && 2 * shared >= words;
}

/* Whether key a starts with key b's letters and digits, the spaces and
 * stops of either aside ("smithkline beckman corp", "smith kline"). */
static int entity_starts_squeezed(const char *a, const char *b)
{
	for (;;) {
		while (*b && !isalnum((unsigned char)*b) && !((unsigned char)*b & 0x80))
			b++;
		if (!*b)
			return 1;
		while (*a && !isalnum((unsigned char)*a) && !((unsigned char)*a & 0x80))
			a++;
		if (*a != *b)
			return 0;
		a++;
		b++;
	}
}

/* Whether a name is written in capitals throughout (a headline's). */
static int entity_name_caps(const char *s)
{
	return text_all_upper(s, strlen(s)) && strlen(s) > 1;
}

/* One name, one thing, whatever type each article's model gave it: the
 * entities of one folded name join the one of the type their mentions
 * vote for, unless a list or a title confirms their own type (the country
 * Jordan and a "Mr. Jordan" stay two). The name shown is a mixed-case one
 * when there is one (Volcker, not VOLCKER). */
/* Whether keys a and b are the same but for their spaces. */
static int entity_squeezed_eq(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
		a++;
		b++;
	}
}

static void entity_link_types(struct entity_table *t, size_t *up, unsigned char *renamed)
{
	/* The entities by the hash of their keys without spaces: "SAP-Arena"
	 * is the "SAP Arena" (the key drops the hyphen), "Smith Barney"
	 * SmithBarney. Sorted by hash and then entity, those of a key come
	 * together in the order of the table. The groups are apart (each
	 * entity in one), so that the order they are met in does not
	 * matter: a sort of the entities' hashes, where a map of their keys
	 * spread over megabytes cost a cache miss for each. */
	struct entity_hashed *hv = xmalloc((t->n ? t->n : 1) * sizeof *hv);
	size_t nh = 0;
	for (size_t k = 0; k < t->n; k++)
		if (t->v[k].type != NER_DATE) {
			/* FNV-1a (entity_hash_n) of the key's bytes but spaces. */
			unsigned long long h = 1469598103934665603ull;
			for (const unsigned char *p = (const unsigned char *)t->v[k].key; *p; p++)
				if (*p != ' ')
					h = (h ^ *p) * 1099511628211ull;
			hv[nh++] = (struct entity_hashed){ h, k };
		}
	entity_sort_hashed(hv, nh);
	/* A group's entities, in the order of the table; and per entity of
	 * a run of one hash whether a group took it already (keys apart
	 * that share a hash). */
	size_t *v = xmalloc((nh ? nh : 1) * sizeof *v);
	unsigned char *taken = xcalloc(nh ? nh : 1, 1);
	for (size_t a = 0, b; a < nh; a = b) {
		for (b = a + 1; b < nh && hv[b].h == hv[a].h; b++)
			;
		for (size_t g = a; b - a > 1 && g < b; g++) {
			if (taken[g])
				continue;
			size_t n = 0;
			for (size_t j = g; j < b; j++)
				if (!taken[j] && entity_squeezed_eq(t->v[hv[g].e].key, t->v[hv[j].e].key)) {
					taken[j] = 1;
					v[n++] = hv[j].e;
				}
			if (n < 2)
				continue;
			size_t best = v[0];
			for (size_t q = 1; q < n; q++)
				if (t->v[v[q]].votes > t->v[best].votes)
					best = v[q];
			for (size_t q = 0; q < n; q++) {
				size_t e = v[q];
				if (e == best)
					continue;
				/* The town of a dateline is a place, whatever the corpus
				 * names after it most ("EDISON, N.J." is no Edison of
				 * the utilities). */
				if (t->v[e].type == NER_PLACE && t->v[e].datelines > 0 && t->v[best].type != NER_PLACE)
					continue;
				/* Nor is a team that only its sports stories' lines
				 * name after its city ("CHICAGO 4 Boston 2") the
				 * city, or the city its team: the team spelt as the
				 * city is, where its lines are in capitals. */
				size_t team = t->v[e].type == NER_ORG && t->v[best].type == NER_PLACE ? e
					      : t->v[e].type == NER_PLACE && t->v[best].type == NER_ORG ? best
													 : SIZE_MAX;
				if (team != SIZE_MAX && t->v[team].line_votes == t->v[team].votes) {
					size_t city = team == e ? best : e;
					if (entity_name_caps(t->v[team].name) && !entity_name_caps(t->v[city].name) &&
					    strcasecmp(t->v[team].name, t->v[city].name) == 0) {
						free(t->v[team].name);
						t->v[team].name = xstrdup(t->v[city].name);
						renamed[team] = 1;
					}
					continue;
				}
				if (t->v[e].sure > 0 && t->v[best].type != t->v[e].type && t->v[e].sure_votes >= t->v[e].votes) {
					/* Apart, but spelled as the body spells the name:
					 * a headline's "PACIFIC <PAC>" is the company
					 * Pacific, not the ocean, written so. */
					if (entity_name_caps(t->v[e].name) && !entity_name_caps(t->v[best].name) &&
					    !entity_acronym_like(t->v[e].name)) {
						free(t->v[e].name);
						t->v[e].name = xstrdup(t->v[best].name);
						renamed[e] = 1;
					}
					continue;
				}
				entity_join(up, e, best);
				/* Headline capitals take the body's spelling; but an
				 * acronym's rare other spelling ("GMt", a typo) is not
				 * the body's. */
				if (entity_name_caps(t->v[best].name) && !entity_name_caps(t->v[e].name) &&
				    (!entity_acronym_like(t->v[best].name) ||
				     (size_t)t->v[e].votes * (strlen(t->v[best].name) > 3 ? 2 : 10) >= (size_t)t->v[best].votes)) {
					free(t->v[best].name);
					t->v[best].name = xstrdup(t->v[e].name);
					renamed[best] = 1;
				}
			}
		}
	}
	free(taken);
	free(v);
	free(hv);
}

/* Whether a folded word is an initial ("a.", "a", "h.w."). */
static int entity_name_initial(const char *w)
{
	size_t letters = 0;
	for (const char *p = w; *p; p++) {
		if (*p == '.')
			continue;
		if ((unsigned char)*p >= 0x80 || (p[1] != '.' && p[1] != '\0'))
			return 0;
		letters++;
	}
	return letters >= 1 && letters <= 3;
}

/* Whether the word x (of length n) begins (end 0) or ends (end 1) with a
 * quotation mark, straight or curly. */
static int entity_quote_at(const char *x, size_t n, int end)
{
	static const char *const q[] = { "\"", "'", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99", NULL };
	for (int i = 0; q[i]; i++) {
		size_t ql = strlen(q[i]);
		if (n > ql && memcmp(end ? x + n - ql : x, q[i], ql) == 0)
			return 1;
	}
	return 0;
}

/* The last word of the nickname in quotes or brackets inside a person's
 * name of words w (folded), without its marks, into out: "chin" of
 * Vincent "The Chin" Gigante, "kiki" of Kimani ( Kiki ) Gray; 0 if none. */
static int entity_nickname_of(const struct entity_words *w, char *out, size_t size)
{
	for (size_t q = 1; q + 1 < w->n; q++) {
		const char *x = w->w[q];
		size_t xl = strlen(x);
		int open = entity_quote_at(x, xl, 0) || x[0] == '(';
		if (!open)
			continue;
		/* The nickname's words up to the closing mark. */
		size_t r = q;
		for (; r + 1 < w->n; r++) {
			const char *y = w->w[r];
			size_t yl = strlen(y);
			if ((r > q || yl > 1) && (entity_quote_at(y, yl, 1) || y[yl - 1] == ')'))
				break;
		}
		if (r + 1 >= w->n)
			return 0;
		/* Its last word, marks off both ends. */
		const char *y = w->w[r];
		if (strcmp(y, ")") == 0) {
			if (r == q + 1)
				return 0;
			y = w->w[r - 1];
		}
		size_t a = 0, b = strlen(y);
		while (a < b && (y[a] == '"' || y[a] == '\'' || y[a] == '(' || y[a] == '`'))
			a++;
		if (b - a >= 3 && (unsigned char)y[a] == 0xe2)
			a += 3;
		while (b > a && (y[b - 1] == '"' || y[b - 1] == '\'' || y[b - 1] == ')'))
			b--;
		if (b - a >= 3 && (unsigned char)y[b - 3] == 0xe2)
			b -= 3;
		if (b - a < 2 || b - a + 1 > size || (b - a == 3 && memcmp(y + a, "the", 3) == 0))
			return 0;
		memcpy(out, y + a, b - a);
		out[b - a] = '\0';
		return 1;
	}
	return 0;
}

/* A person's name as first and last name, without middle names, initials
 * before the first name and generational suffixes, into key ("paul
 * volcker"), and the initials of the middle names into sig ("a" for Paul
 * A. Volcker and Paul Adolph Volcker). Returns 0 if the name has not two
 * such words. */
static int entity_person_parts(const char *name, char *key, size_t keysize, char *sig, size_t sigsize)
{
	struct entity_words w;
	entity_split(name, &w);
	size_t a = 0, b = entity_name_len(&w);
	if (b > a + 2 && entity_name_initial(w.w[a]))
		a++;
	const char *given = b >= a + 2 ? w.w[a] : "";
	int ok = b >= a + 2 && !entity_name_initial(w.w[a]) && strlen(given) + strlen(w.w[b - 1]) + 2 <= keysize;
	if (ok) {
		size_t fn = strlen(given), ln = strlen(w.w[b - 1]);
		memcpy(key, given, fn);
		key[fn] = ' ';
		memcpy(key + fn + 1, w.w[b - 1], ln + 1);
		/* A nickname in quotes is no middle name: Vincent "The Chin"
		 * Gigante is Vincent Gigante. */
		size_t o = 0;
		int quoted = 0;
		for (size_t q = a + 1; q + 1 < b; q++) {
			const char *x = w.w[q];
			size_t xl = strlen(x);
			if (entity_quote_at(x, xl, 0) || quoted) {
				quoted = !entity_quote_at(x, xl, 1);
				continue;
			}
			for (const char *p = x; *p && o + 1 < sigsize; p++)
				if (*p != '.' && (p == x || p[-1] == '.'))
					sig[o++] = *p;
		}
		/* Then, after a bar, the generational suffix: Stewart Bainum
		 * Jr. is not Stewart Bainum Sr. */
		if (o + 1 < sigsize)
			sig[o++] = '|';
		if (w.n > b)
			for (const char *p = w.w[w.n - 1]; *p && o + 1 < sigsize; p++)
				if (*p != '.')
					sig[o++] = *p;
		sig[o] = '\0';
	}
	entity_words_free(&w);
	return ok;
}

/* Part part of signature g of entity_person_parts (0 the middle names, 1
 * the suffix), and its length into *n. */
static const char *entity_sig_part(const char *g, int part, size_t *n)
{
	const char *bar = strchr(g, '|');
	*n = part ? strlen(bar + 1) : (size_t)(bar - g);
	return part ? bar + 1 : g;
}

/* Whether signatures a and b agree in part part: the same, or either not
 * given, unless exact (where the name's people differ in that part): then
 * only the same, but for a name without a suffix, which is the father's
 * ("Sr."), the one a son's "Jr." was written to tell apart (W. Mark Felt
 * and W. Mark Felt Sr., not Mark Felt Jr.), or another without one. */
static int entity_sig_part_agree(const char *a, const char *b, int part, int exact)
{
	size_t an, bn;
	const char *as = entity_sig_part(a, part, &an), *bs = entity_sig_part(b, part, &bn);
	if (exact && part == 1 && (!an || !bn))
		return (!an && !bn) || (an == 2 && memcmp(as, "sr", 2) == 0) || (bn == 2 && memcmp(bs, "sr", 2) == 0);
	if (exact)
		return an && an == bn && memcmp(as, bs, an) == 0;
	return !an || !bn || (an == bn && memcmp(as, bs, an) == 0);
}

/* The middle names of name (entity_person_parts' words between the given
 * name and the surname) into w, as [*lo, *hi) of its words. */
static void entity_middles(const char *name, struct entity_words *w, size_t *lo, size_t *hi)
{
	entity_split(name, w);
	size_t a = 0, b = entity_name_len(w);
	if (b > a + 2 && entity_name_initial(w->w[a]))
		a++;
	*lo = a + 1;
	*hi = b > *lo ? b - 1 : *lo;
}

/* Whether the middle names of one of two names are whole words that the
 * other's hold in the same order among more ("Maria Lopez Ruiz" and
 * "Maria Teresa Lopez Ruiz", a given name dropped before a double
 * surname): initials say too little to tell (George W. and George H. W.
 * Bush are two people). */
static int entity_middles_within(const char *a, const char *b)
{
	struct entity_words wa, wb;
	size_t al, ah, bl, bh;
	entity_middles(a, &wa, &al, &ah);
	entity_middles(b, &wb, &bl, &bh);
	/* x the name of fewer middle names, y the other (the words point
	 * into their own structs, so the structs stay where they are). */
	int swap = ah - al > bh - bl;
	const struct entity_words *x = swap ? &wb : &wa, *y = swap ? &wa : &wb;
	size_t xl = swap ? bl : al, xh = swap ? bh : ah, yl = swap ? al : bl, yh = swap ? ah : bh;
	int ok = xh > xl && yh - yl > xh - xl;
	size_t j = yl;
	for (size_t i = xl; ok && i < xh; i++) {
		const char *m = x->w[i];
		size_t ml = strlen(m);
		ok = ml >= 2 && !strchr(m, '.') && !entity_quote_at(m, ml, 0) && !entity_quote_at(m, ml, 1);
		while (ok && j < yh && strcmp(y->w[j], m) != 0)
			j++;
		ok = ok && j < yh;
		j++;
	}
	entity_words_free(&wa);
	entity_words_free(&wb);
	return ok;
}

/* Paul Volcker, Paul A. Volcker and Paul Adolph Volcker are one person:
 * people of the same first and last name join when their middle names
 * agree (the same initials, or none given, or whole middle names one
 * within the other's: entity_middles_within). Where two differ (George W.
 * and George H. W. Bush), each joins only its own, and the name without
 * a middle joins neither; where their suffixes differ (Jr. and Sr.), the
 * name without one joins the father's (entity_sig_part_agree). */
static void entity_link_middle_names(struct entity_table *t, size_t *up, char **keys, char **sigs)
{
	struct entity_map byname = { 0 };
	for (size_t k = 0; k < t->n; k++) {
		if (t->v[k].type != NER_PERSON || entity_root(up, k) != k || !strchr(t->v[k].name, ' '))
			continue;
		char key[256], sig[32];
		if (!entity_person_parts(t->v[k].name, key, sizeof key, sig, sizeof sig))
			continue;
		keys[k] = xstrdup(key);
		sigs[k] = xstrdup(sig);
		entity_map_add(&byname, key, k);
	}
	for (size_t h = 0; h < byname.cap; h++) {
		const struct entity_map_slot *sl = &byname.s[h];
		if (!sl->key || sl->n < 2)
			continue;
		/* The signatures given, part by part (middle names, suffix):
		 * one kind (or none) joins them all. */
		const char *one[2] = { NULL, NULL };
		int conflict[2] = { 0, 0 };
		for (size_t q = 0; q < sl->n; q++)
			for (int part = 0; part < 2; part++) {
				const char *g = sigs[sl->v[q]];
				size_t gn;
				entity_sig_part(g, part, &gn);
				if (!gn)
					continue;
				if (one[part] && !entity_sig_part_agree(one[part], g, part, 1))
					conflict[part] = 1;
				one[part] = one[part] ? one[part] : g;
			}
		for (size_t q = 0; q < sl->n; q++) {
			size_t e = sl->v[q];
			const char *g = sigs[e];
			size_t mn;
			entity_sig_part(g, 0, &mn);
			if (conflict[0] && !mn)
				continue;
			/* The most mentioned of those it may join. */
			size_t best = e;
			for (size_t r = 0; r < sl->n; r++) {
				size_t o = sl->v[r];
				if (!(entity_sig_part_agree(sigs[o], g, 0, conflict[0]) ||
				      entity_middles_within(t->v[o].name, t->v[e].name)) ||
				    !entity_sig_part_agree(sigs[o], g, 1, conflict[1]))
					continue;
				if (t->v[o].votes > t->v[best].votes || (t->v[o].votes == t->v[best].votes && o < best))
					best = o;
			}
			if (best != e)
				entity_join(up, e, best);
		}
	}
	entity_map_free(&byname);
}

/* "Charger Vincent Jackson" (a headline's team member) is Vincent Jackson:
 * a person's name whose words after the first ones are another person's
 * full name starting with a given name, where the words before are no
 * given names nor initials, is that person. */
static void entity_link_heads(struct entity_table *t, size_t *up)
{
	struct entity_map bykey = { 0 };
	for (size_t k = 0; k < t->n; k++)
		if (t->v[k].type == NER_PERSON && entity_root(up, k) == k && strchr(t->v[k].name, ' '))
			entity_map_add(&bykey, t->v[k].key, k);
	for (size_t k = 0; k < t->n; k++) {
		const char *name = t->v[k].name;
		if (t->v[k].type != NER_PERSON || entity_root(up, k) != k)
			continue;
		/* Three words at least, the name kept two. */
		const char *p = name;
		for (int dropped = 0; dropped < 3; dropped++) {
			const char *sp = strchr(p, ' ');
			if (!sp || !strchr(sp + 1, ' '))
				break;
			size_t wn = (size_t)(sp - p);
			if (wn < 2 || p[wn - 1] == '.' || (lexicon_lookup(p, wn) & LEX_FIRST_NAME))
				break;
			/* "Hamdan bin Rashid Al Tarvel" is Rashid's son, not
			 * Rashid. */
			if (lexicon_patronymic(p, wn))
				break;
			p = sp + 1;
			const char *fe = strchr(p, ' ');
			if (!(lexicon_lookup(p, (size_t)(fe - p)) & LEX_FIRST_NAME))
				continue;
			char kb[256];
			char *key = entity_key_buf(p, kb, sizeof kb);
			const struct entity_map_slot *sl = entity_map_get(&bykey, key, 0);
			if (key != kb)
				free(key);
			if (sl && sl->n == 1 && sl->v[0] != k) {
				entity_join(up, k, sl->v[0]);
				break;
			}
		}
	}
	entity_map_free(&bykey);
}

/* Into out (size n) a key without its blanks, dots and hyphens
 * ("kestrelweekly" of "Kestrel Weekly" and "KestrelWeekly"): out, or NULL
 * where it does not fit or nothing is left. */
static char *entity_compact_key(const char *key, char *out, size_t n)
{
	size_t o = 0;
	const char *p = key;
	for (; *p && o + 1 < n; p++)
		if (*p != ' ' && *p != '.' && *p != '-')
			out[o++] = *p;
	out[o] = '\0';
	return *p == '\0' && o ? out : NULL;
}

/* The length of name without a web address's ending (".com", ".co.uk")
 * or the word "Magazine" or "Newspaper" after it, where it has one, else
 * 0: an outlet's site and its paper are the outlet ("People.com",
 * "People Magazine" of People; "KestrelWeekly.com" of Kestrel Weekly). */
static size_t entity_outlet_base(const char *name)
{
	/* With their lengths, and the last byte compared first: this is asked
	 * of every organization of the corpus while linking, on one core. */
	static const struct {
		const char *w;
		size_t n;
	} ends[] = {
#define ENTITY_END(w) { w, sizeof(w) - 1 }
		ENTITY_END(".com"),	 ENTITY_END(".co.uk"),	  ENTITY_END(".com.au"),   ENTITY_END(".co.nz"),
		ENTITY_END(".co.za"),	 ENTITY_END(".net"),	  ENTITY_END(".org"),	   ENTITY_END(" Magazine"),
		ENTITY_END(" magazine"), ENTITY_END(" Newspaper"), ENTITY_END(" newspaper"),
#undef ENTITY_END
	};
	size_t n = strlen(name);
	if (n == 0)
		return 0;
	char last = name[n - 1];
	for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
		size_t e = ends[k].n;
		if (last == ends[k].w[e - 1] && n > e + 1 && memcmp(name + n - e, ends[k].w, e) == 0 &&
		    name[n - e - 1] != ' ')
			return n - e;
	}
	return 0;
}

/* An outlet by its site's address or with its kind after it is the
 * outlet the corpus names (entity_outlet_base), where one organization
 * has that name, spaced or not. */
static void entity_link_outlets(struct entity_table *t, size_t *up)
{
	/* The outlets first, with the compact keys of their names without
	 * the endings: they are few (one in the 21,577 Reuters stories), and
	 * only the organizations whose keys begin as one of those does are
	 * indexed, where a map of every organization's cost a hundred times
	 * the look-ups. The roots now are all that can be roots below. */
	size_t *outlets = NULL, noutlets = 0, capoutlets = 0;
	struct entity_map wanted = { 0 };
	unsigned char first[256] = { 0 };
	for (size_t k = 0; k < t->n; k++) {
		size_t base;
		if ((t->v[k].type != NER_ORG && t->v[k].type != NER_MISC) || entity_root(up, k) != k ||
		    !(base = entity_outlet_base(t->v[k].name)))
			continue;
		outlets = xgrow(outlets, &capoutlets, noutlets + 1, sizeof *outlets);
		outlets[noutlets++] = k;
		char fb[256], cb[256];
		char *f = entity_key_buf_n(t->v[k].name, base, fb, sizeof fb);
		const char *key = entity_compact_key(f, cb, sizeof cb);
		if (key) {
			entity_map_add(&wanted, key, k);
			first[(unsigned char)key[0]] = 1;
		}
		if (f != fb)
			free(f);
	}
	struct entity_map bykey = { 0 };
	for (size_t k = 0; wanted.count && k < t->n; k++) {
		if (t->v[k].type != NER_ORG || entity_root(up, k) != k)
			continue;
		/* The first byte of its compact key (entity_compact_key). */
		const char *p = t->v[k].key;
		while (*p == ' ' || *p == '.' || *p == '-')
			p++;
		char cb[256];
		const char *key;
		if (first[(unsigned char)*p] && !entity_outlet_base(t->v[k].name) &&
		    (key = entity_compact_key(t->v[k].key, cb, sizeof cb)) != NULL && entity_map_get(&wanted, key, 0))
			entity_map_add(&bykey, key, k);
	}
	for (size_t q = 0; q < noutlets; q++) {
		size_t k = outlets[q], base = entity_outlet_base(t->v[k].name);
		if (entity_root(up, k) != k)
			continue;
		/* The key of the name without its ending, then compacted. */
		char fb[256], cb[256];
		char *f = entity_key_buf_n(t->v[k].name, base, fb, sizeof fb);
		const char *key = entity_compact_key(f, cb, sizeof cb);
		if (f != fb)
			free(f);
		if (!key)
			continue;
		const struct entity_map_slot *sl = entity_map_get(&bykey, key, 0);
		if (sl && sl->n == 1 && sl->v[0] != k)
			entity_join(up, k, sl->v[0]);
	}
	entity_map_free(&bykey);
	entity_map_free(&wanted);
	free(outlets);
}

/* Whether a folded word names the kind of a facility or service rather
 * than which one it is (lexicon_facility_word). */
static int entity_facility_word(const char *w)
{
	return lexicon_facility_word(w, strlen(w));
}

/* The Betty Ford Center, the Betty Ford Clinic and the Betty Ford
 * Treatment Center are one, and so are the Staunton Police Department and
 * the Staunton Police: places and organizations whose names are one name
 * before different facility words (or none) join, where that name is no
 * place, organization or people a list knows and ends in no people's name. A name of one word without
 * facility words is left to the stories' own joins (the alias step),
 * since "SAP" is not the "SAP Arena". Keys are hashed once per entity:
 * n log n. */
/* The key of entity k's name (entity_key), into buf of size bytes when it
 * fits, else a new string: the entity's own key, which is its name's but
 * where linking renamed it (renamed[k]); folding every name again was most
 * of the time of the step below. */
static char *entity_name_key(const struct entity_table *t, size_t k, const unsigned char *renamed, char *buf,
			     size_t size)
{
	if (renamed[k])
		return entity_key(t->v[k].name);
	size_t n = strlen(t->v[k].key);
	if (n >= size)
		return xstrdup(t->v[k].key);
	memcpy(buf, t->v[k].key, n + 1);
	return buf;
}

/* A step of linking that adds each entity to maps under keys made from
 * it alone (each), run on every core, a block of entities an item: each
 * block's additions written down (entity_map_add with a log) and made in
 * the caller's thread in the table's order, so that the maps come out
 * as one pass over the entities made them. each tells a root by
 * up[k] == k, as entity_root writes. */
#define ENTITY_KEYED_BLOCK 1024

struct entity_keyed {
	const struct entity_table *t;
	const size_t *up;
	const void *arg;
	void (*each)(const struct entity_keyed *ek, size_t k, struct entity_map *const *maps);
	struct entity_map *maps[2];
};

static void *entity_keyed_work(size_t i, size_t worker, void *ctx)
{
	(void)worker;
	const struct entity_keyed *ek = ctx;
	struct entity_log *g = xcalloc(1, sizeof *g);
	struct entity_map m0 = { .log = g, .log_target = 0 }, m1 = { .log = g, .log_target = 1 };
	struct entity_map *const maps[2] = { &m0, &m1 };
	for (size_t k = i * ENTITY_KEYED_BLOCK; k < ek->t->n && k < (i + 1) * ENTITY_KEYED_BLOCK; k++)
		ek->each(ek, k, maps);
	return g;
}

static int entity_keyed_take(size_t i, void *result, void *ctx)
{
	(void)i;
	const struct entity_keyed *ek = ctx;
	struct entity_log *g = result;
	for (size_t q = 0; q < g->n; q++)
		entity_map_add(ek->maps[g->v[q].target], g->keys + g->v[q].key, g->v[q].idx);
	free(g->keys);
	free(g->v);
	free(g);
	return 0;
}

static void entity_keyed_run(const struct entity_table *t, const size_t *up, const void *arg,
			     void (*each)(const struct entity_keyed *, size_t, struct entity_map *const *),
			     struct entity_map *m0, struct entity_map *m1)
{
	struct entity_keyed ek = { t, up, arg, each, { m0, m1 } };
	size_t blocks = (t->n + ENTITY_KEYED_BLOCK - 1) / ENTITY_KEYED_BLOCK;
	pool_run(blocks, pool_workers(blocks), entity_keyed_work, entity_keyed_take, NULL, &ek);
}

/* Entity k (a root, a place, organization or other name of two words or
 * more) under the name its facility words follow (entity_link_facilities). */
static void entity_facility_core(const struct entity_keyed *ek, size_t k, struct entity_map *const *maps)
{
	const struct entity_table *t = ek->t;
	const unsigned char *renamed = ek->arg;
	const struct entity *e = &t->v[k];
	if ((e->type != NER_PLACE && e->type != NER_ORG && e->type != NER_MISC) || ek->up[k] != k ||
	    !strchr(e->name, ' '))
		return;
	char buf[256];
	char *key = entity_name_key(t, k, renamed, buf, sizeof buf);
	size_t n = strlen(key), cut = n;
	/* The facility words at the end, one at least, and a word left. */
	for (;;) {
		key[cut] = '\0';
		char *sp = strrchr(key, ' ');
		if (!sp || !entity_facility_word(sp + 1))
			break;
		cut = (size_t)(sp - key);
	}
	key[cut] = '\0';
	/* Nor a people's name: "Queensland Aboriginal" is the people as
	 * often as the "Queensland Aboriginal Centre". */
	const char *lw = strrchr(key, ' ');
	lw = lw ? lw + 1 : key;
	if ((cut < n || strchr(key, ' ')) && cut > 0 &&
	    !(lexicon_lookup(lw, strlen(lw)) & (LEX_DEMONYM | LEX_GROUP)) && !(lexicon_lookup(key, cut) & (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_ORG |
							  LEX_DEMONYM | LEX_GROUP)))
		entity_map_add(maps[0], key, k);
	if (key != buf)
		free(key);
}

/* A sea by its name alone ("the Mediterranean" of the "Mediterranean
 * Sea", "the Atlantic"), which is an adjective ("-an", "-ic"): Java,
 * an island, is not the Java Sea. Places of one word, under \1 and
 * their key, meet the seas and oceans under \1 and the word before
 * "Sea". */
static void entity_facility_sea(const struct entity_keyed *ek, size_t k, struct entity_map *const *maps)
{
	const struct entity_table *t = ek->t;
	const unsigned char *renamed = ek->arg;
	const struct entity *e = &t->v[k];
	if (e->type != NER_PLACE || ek->up[k] != k)
		return;
	char buf[256];
	char *key = entity_name_key(t, k, renamed, buf, sizeof buf);
	char *sp = strrchr(key, ' ');
	if (sp && (strcmp(sp + 1, "sea") == 0 || strcmp(sp + 1, "ocean") == 0))
		*sp = '\0';
	else if (sp)
		key[0] = '\0';
	size_t kl = strlen(key);
	if (kl > 4 && !strchr(key, ' ') && (strcmp(key + kl - 2, "an") == 0 || strcmp(key + kl - 2, "ic") == 0) &&
	    !(lexicon_lookup(key, kl) & (LEX_CITY | LEX_COUNTRY | LEX_DEMONYM | LEX_GROUP))) {
		char *sk = entity_cat("\x01", key);
		entity_map_add(maps[0], sk, k);
		free(sk);
	}
	if (key != buf)
		free(key);
}

static void entity_link_facilities(struct entity_table *t, size_t *up, const unsigned char *renamed)
{
	struct entity_map bycore = { 0 };
	entity_keyed_run(t, up, renamed, entity_facility_core, &bycore, NULL);
	entity_keyed_run(t, up, renamed, entity_facility_sea, &bycore, NULL);
	for (size_t h = 0; h < bycore.cap; h++) {
		const struct entity_map_slot *sl = &bycore.s[h];
		if (!sl->key || sl->n < 2)
			continue;
		/* A sea's group joins only if it has a sea. */
		int sea = sl->key[0] != '\x01';
		for (size_t q = 0; q < sl->n && !sea; q++)
			sea = strchr(t->v[sl->v[q]].name, ' ') != NULL;
		if (!sea)
			continue;
		size_t best = sl->v[0];
		for (size_t q = 1; q < sl->n; q++)
			if (t->v[sl->v[q]].votes > t->v[best].votes)
				best = sl->v[q];
		for (size_t q = 0; q < sl->n; q++)
			if (sl->v[q] != best)
				entity_join(up, sl->v[q], best);
	}
	entity_map_free(&bycore);
}

/* A surname alone with several people of that name in the corpus: which
 * of them each article means is decided by what else it names. */
struct entity_ambiguous {
	size_t *cand;		/* the people it may be (entity roots) */
	size_t ncand;
};

/* Entities (roots) of each article, and articles of each entity, in
 * compressed rows. */
struct entity_incidence {
	size_t *doc_first, *doc_ent;	/* entities of article d: doc_ent[doc_first[d] .. doc_first[d + 1]) */
	size_t *ent_first, *ent_doc;	/* articles of entity e, the same way */
};

/* The entities each article's mentions name, but for furniture and
 * dates, distinct (ids[first[d] .. first[d + 1])): read
 * from the mentions once for all the incidences of a linking, which map
 * them to their roots (the mentions are a dozen times as many, and most
 * of the time of a build went to reading them). */
struct entity_doc_ids {
	size_t *first, *ids;
};

static void entity_doc_ids_make(const struct entity_table *t, struct entity_doc_ids *di)
{
	if (di->first)
		return;
	size_t total = 0;
	for (size_t d = 0; d < t->ndocs; d++)
		total += t->docs[d].n;
	di->first = xmalloc((t->ndocs + 1) * sizeof *di->first);
	di->ids = xmalloc((total ? total : 1) * sizeof *di->ids);
	/* Each id once per article, by a stamp per entity: no sort. */
	size_t *seen = xmalloc((t->n ? t->n : 1) * sizeof *seen);
	memset(seen, 0xff, (t->n ? t->n : 1) * sizeof *seen);
	size_t o = 0;
	for (size_t d = 0; d < t->ndocs; d++) {
		di->first[d] = o;
		for (size_t k = 0; k < t->docs[d].n; k++) {
			const struct entity_ref *r = &t->docs[d].v[k];
			if (r->furniture || r->type == NER_DATE || seen[r->id] == d)
				continue;
			seen[r->id] = d;
			di->ids[o++] = r->id;
		}
	}
	di->first[t->ndocs] = o;
	free(seen);
}

static void entity_doc_ids_free(struct entity_doc_ids *di)
{
	free(di->first);
	free(di->ids);
}

static void entity_incidence_build(const struct entity_table *t, size_t *up, struct entity_doc_ids *di,
				   struct entity_incidence *in)
{
	entity_doc_ids_make(t, di);
	size_t total = di->first[t->ndocs];
	/* Each article's roots once (a stamp per root), in any order, then
	 * the articles of each root by a counting sort, then each article's
	 * roots ascending by the same again: no sort of each article's list. */
	size_t *unsorted = xmalloc((total ? total : 1) * sizeof *unsorted);
	size_t *seen = xmalloc((t->n ? t->n : 1) * sizeof *seen);
	memset(seen, 0xff, (t->n ? t->n : 1) * sizeof *seen);
	in->doc_first = xmalloc((t->ndocs + 1) * sizeof *in->doc_first);
	in->ent_first = xcalloc(t->n + 1, sizeof *in->ent_first);
	size_t o = 0;
	for (size_t d = 0; d < t->ndocs; d++) {
		in->doc_first[d] = o;
		for (size_t q = di->first[d]; q < di->first[d + 1]; q++) {
			size_t r = entity_root(up, di->ids[q]);
			if (seen[r] == d)
				continue;
			seen[r] = d;
			unsorted[o++] = r;
			in->ent_first[r + 1]++;
		}
	}
	in->doc_first[t->ndocs] = o;
	free(seen);
	for (size_t e = 0; e < t->n; e++)
		in->ent_first[e + 1] += in->ent_first[e];
	in->ent_doc = xmalloc((o ? o : 1) * sizeof *in->ent_doc);
	in->doc_ent = xmalloc((o ? o : 1) * sizeof *in->doc_ent);
	size_t *fill = xmalloc((t->n > t->ndocs ? t->n : t->ndocs ? t->ndocs : 1) * sizeof *fill);
	memcpy(fill, in->ent_first, t->n * sizeof *fill);
	for (size_t d = 0; d < t->ndocs; d++)
		for (size_t q = in->doc_first[d]; q < in->doc_first[d + 1]; q++)
			in->ent_doc[fill[unsorted[q]]++] = d;
	free(unsorted);
	memcpy(fill, in->doc_first, t->ndocs * sizeof *fill);
	for (size_t e = 0; e < t->n; e++)
		for (size_t q = in->ent_first[e]; q < in->ent_first[e + 1]; q++)
			in->doc_ent[fill[in->ent_doc[q]]++] = e;
	free(fill);
}

static void entity_incidence_free(struct entity_incidence *in)
{
	free(in->doc_first);
	free(in->doc_ent);
	free(in->ent_first);
	free(in->ent_doc);
}

/* How much article d has in common with the articles that name person c:
 * for each entity of d, how many of c's articles name it too, weighted by
 * how rare it is in the corpus. A sum, not a share, so that one stray
 * story of a namesake weighs as one story. c's articles are read up to a
 * few hundred, so that a prolific name costs no more than that. */
static double entity_affinity(const struct entity_table *t, const struct entity_incidence *in, size_t d, size_t c,
			      size_t self, unsigned *count)
{
	enum { ENTITY_AFFINITY_DOCS = 300 };
	size_t cd0 = in->ent_first[c], cd1 = in->ent_first[c + 1];
	if (cd1 - cd0 > ENTITY_AFFINITY_DOCS)
		cd1 = cd0 + ENTITY_AFFINITY_DOCS;
	if (cd1 == cd0)
		return 0;
	for (size_t q = cd0; q < cd1; q++) {
		size_t od = in->ent_doc[q];
		for (size_t r = in->doc_first[od]; r < in->doc_first[od + 1]; r++)
			count[in->doc_ent[r]]++;
	}
	double score = 0;
	for (size_t r = in->doc_first[d]; r < in->doc_first[d + 1]; r++) {
		size_t e = in->doc_ent[r];
		if (e == self || e == c || !count[e])
			continue;
		double df = (double)(in->ent_first[e + 1] - in->ent_first[e]);
		double idf = log(((double)t->ndocs + 1) / df);
		score += idf * count[e];
	}
	for (size_t q = cd0; q < cd1; q++) {
		size_t od = in->ent_doc[q];
		for (size_t r = in->doc_first[od]; r < in->doc_first[od + 1]; r++)
			count[in->doc_ent[r]] = 0;
	}
	return score;
}

/* Whether people c and k (entities, roots when in was built) are named in
 * related stories: one story names both, or a story of k shares with c's
 * stories rare enough names, their idf summed, to weigh as one name that
 * only those stories use. A corpus is counted as 100 stories at least, so
 * that two stories of a handful that share a place or two are related.
 * count is zero on entry and left so. */
static int entity_related(const struct entity_table *t, const struct entity_incidence *in, size_t k, size_t c,
			  unsigned *count)
{
	enum { ENTITY_RELATED_DOCS = 300 };
	size_t k0 = in->ent_first[k], k1 = in->ent_first[k + 1];
	size_t c0 = in->ent_first[c], c1 = in->ent_first[c + 1];
	/* Both lists of articles are ascending: a merge finds one in common. */
	for (size_t a = k0, b = c0; a < k1 && b < c1;) {
		if (in->ent_doc[a] == in->ent_doc[b])
			return 1;
		if (in->ent_doc[a] < in->ent_doc[b])
			a++;
		else
			b++;
	}
	if (k1 - k0 > ENTITY_RELATED_DOCS)
		k1 = k0 + ENTITY_RELATED_DOCS;
	if (c1 - c0 > ENTITY_RELATED_DOCS)
		c1 = c0 + ENTITY_RELATED_DOCS;
	for (size_t q = c0; q < c1; q++) {
		size_t od = in->ent_doc[q];
		for (size_t r = in->doc_first[od]; r < in->doc_first[od + 1]; r++)
			count[in->doc_ent[r]] = 1;
	}
	double best = 0, ndocs = t->ndocs < 100 ? 100 : (double)t->ndocs;
	for (size_t q = k0; q < k1; q++) {
		size_t d = in->ent_doc[q];
		double score = 0;
		for (size_t r = in->doc_first[d]; r < in->doc_first[d + 1]; r++) {
			size_t e = in->doc_ent[r];
			if (e == k || e == c || !count[e])
				continue;
			double df = (double)(in->ent_first[e + 1] - in->ent_first[e]);
			score += log((ndocs + 1) / df);
		}
		if (score > best)
			best = score;
	}
	for (size_t q = c0; q < c1; q++) {
		size_t od = in->ent_doc[q];
		for (size_t r = in->doc_first[od]; r < in->doc_first[od + 1]; r++)
			count[in->doc_ent[r]] = 0;
	}
	return best >= log(ndocs + 1);
}

/* Whether b[0..bn) is a[0..an) with one byte inserted, not as b's last
 * byte when end is 0. */
static int entity_one_insert(const char *a, size_t an, const char *b, size_t bn, int end)
{
	size_t i = 0;
	if (bn != an + 1)
		return 0;
	while (i < an && a[i] == b[i])
		i++;
	if (i == an && !end)
		return 0;
	return memcmp(a + i, b + i + 1, an - i) == 0;
}

/* Whether the person keys a and b ("given surname", entity_person_parts)
 * may name one person: one surname and given names nicknames.txt relates
 * (Mo, Maurice); one given name and a surname misspelt by a letter added
 * or dropped (Rait, Raite; four letters at least) or changed (seven at
 * least); one surname and a given name misspelt by a letter added or
 * dropped inside it (Jermayne, Jerymayne; five letters at least), not at
 * its end, where it makes another name (Louis, Louise). */
static int entity_person_variant(const char *a, const char *b)
{
	const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
	if (!sa || !sb || strcmp(a, b) == 0)
		return 0;
	size_t gan = (size_t)(sa - a), gbn = (size_t)(sb - b);
	sa++;
	sb++;
	size_t san = strlen(sa), sbn = strlen(sb);
	int same_given = gan == gbn && memcmp(a, b, gan) == 0, same_surname = strcmp(sa, sb) == 0;
	if (same_surname) {
		if ((gan >= 5 && entity_one_insert(a, gan, b, gbn, 0)) || (gbn >= 5 && entity_one_insert(b, gbn, a, gan, 0)))
			return 1;
		char ga[64], gb[64];
		if (gan >= sizeof ga || gbn >= sizeof gb)
			return 0;
		memcpy(ga, a, gan);
		ga[gan] = '\0';
		memcpy(gb, b, gbn);
		gb[gbn] = '\0';
		return nickname_same(ga, gb);
	}
	if (same_given)
		return (san >= 4 && entity_one_insert(sa, san, sb, sbn, 1)) ||
		       (sbn >= 4 && entity_one_insert(sb, sbn, sa, san, 1)) ||
		       entity_near(sa, sb);
	return 0;
}

/* A hash of tag, then a[0..an) without its byte at skip_a, a space, and
 * b[0..bn) without its byte at skip_b (SIZE_MAX: none). */
static unsigned long long entity_variant_hash(char tag, const char *a, size_t an, size_t skip_a, const char *b,
					      size_t bn, size_t skip_b)
{
	unsigned long long h = 1469598103934665603ull ^ (unsigned char)tag;
	for (size_t i = 0; i < an; i++)
		if (i != skip_a)
			h = (h ^ (unsigned char)a[i]) * 1099511628211ull;
	h = (h ^ ' ') * 1099511628211ull;
	for (size_t i = 0; i < bn; i++)
		if (i != skip_b)
			h = (h ^ (unsigned char)b[i]) * 1099511628211ull;
	return h;
}

/* A person's variant key hash (struct entity_hashed) is sorted to find
 * those that share one. */
static int entity_variant_key_less(const struct entity_hashed *a, const struct entity_hashed *b)
{
	return a->h != b->h ? a->h < b->h : a->e < b->e;
}

/* Sorts as qsort with the order above would (a total order: equal keys
 * are alike). */
ENTITY_QUICKSORT(entity_sort_variant_keys_in, struct entity_hashed, entity_variant_key_less)

void entity_sort_hashed(struct entity_hashed *v, size_t n)
{
	/* The keys by the top bits of their hash into buckets of two or so
	 * (one pass of a counting sort), then each bucket by the quicksort:
	 * the order of the quicksort of them all, as the order is total, in
	 * two passes instead of some 17 comparisons a key (or 8 passes of a
	 * radix sort). For a few keys, the quicksort alone. */
	if (n < 1024) {
		entity_sort_variant_keys_in(v, n);
		return;
	}
	int bits = 1;
	while (bits < 20 && ((size_t)1 << (bits + 1)) <= n)
		bits++;
	size_t nb = (size_t)1 << bits;
	size_t *first = xcalloc(nb + 1, sizeof *first);
	for (size_t i = 0; i < n; i++)
		first[(v[i].h >> (64 - bits)) + 1]++;
	for (size_t b = 0; b < nb; b++)
		first[b + 1] += first[b];
	struct entity_hashed *tmp = xmalloc(n * sizeof *tmp);
	size_t *fill = xmalloc(nb * sizeof *fill);
	memcpy(fill, first, nb * sizeof *fill);
	for (size_t i = 0; i < n; i++)
		tmp[fill[v[i].h >> (64 - bits)]++] = v[i];
	for (size_t b = 0; b < nb; b++)
		if (first[b + 1] - first[b] > 1)
			entity_sort_variant_keys_in(tmp + first[b], first[b + 1] - first[b]);
	memcpy(v, tmp, n * sizeof *v);
	free(fill);
	free(tmp);
	free(first);
}

/* Into v (grown), the hashes under which a person of key "given surname"
 * meets its variants (entity_person_variant): "N" with each full given
 * name its given name stands for and itself, "G" with the surname and
 * the surname without each byte, "S" with the given name and the given
 * name without each byte but the last. Two variants share one at least. */
static void entity_variant_keys(const char *key, size_t e, struct entity_hashed **v, size_t *n, size_t *cap)
{
	const char *sp = strchr(key, ' ');
	const char *sur = sp + 1;
	size_t gl = (size_t)(sp - key), sl = strlen(sur);
	char g[64];
	if (gl >= sizeof g)
		return;
	memcpy(g, key, gl);
	g[gl] = '\0';
	const char *forms[8];
	size_t nf = nickname_full(g, forms, 8);
	nf = nf < 8 ? nf : 8;
	*v = xgrow(*v, cap, *n + nf + 3 + sl + gl, sizeof **v);
	struct entity_hashed *o = *v + *n;
	for (size_t f = 0; f < nf; f++) {
		unsigned long long h = entity_variant_hash('N', forms[f], strlen(forms[f]), SIZE_MAX, sur, sl, SIZE_MAX);
		*o++ = (struct entity_hashed){ h, e };
	}
	*o++ = (struct entity_hashed){ entity_variant_hash('N', g, gl, SIZE_MAX, sur, sl, SIZE_MAX), e };
	*o++ = (struct entity_hashed){ entity_variant_hash('G', g, gl, SIZE_MAX, sur, sl, SIZE_MAX), e };
	for (size_t i = 0; sl >= 4 && i < sl; i++)
		*o++ = (struct entity_hashed){ entity_variant_hash('G', g, gl, SIZE_MAX, sur, sl, i), e };
	*o++ = (struct entity_hashed){ entity_variant_hash('S', g, gl, SIZE_MAX, sur, sl, SIZE_MAX), e };
	for (size_t i = 0; gl >= 5 && i + 1 < gl; i++)
		*o++ = (struct entity_hashed){ entity_variant_hash('S', g, gl, i, sur, sl, SIZE_MAX), e };
	*n = (size_t)(o - *v);
}

static int entity_pair_cmp(const void *pa, const void *pb)
{
	const size_t *a = pa, *b = pb;
	if (a[0] != b[0])
		return (a[0] > b[0]) - (a[0] < b[0]);
	return (a[1] > b[1]) - (a[1] < b[1]);
}

/* Bill Clinton and William Clinton, Mo Cheeks and Maurice Cheeks, Duncan
 * Rait and Duncan Raite: people whose names are variants of one name
 * (entity_person_variant) and whose middle names agree are one person
 * where related stories name them (a common name in unrelated stories may
 * be two people). A name that could be two of the people (Pat for Patrick
 * and Patricia) joins neither. The names meet through sorted hashes, so
 * that many people cost n log n. */
static void entity_link_variants(struct entity_table *t, size_t *up, struct entity_doc_ids *di, char *const *keys,
				 char *const *sigs)
{
	struct entity_hashed *v = NULL;
	size_t nv = 0, capv = 0;
	for (size_t k = 0; k < t->n; k++) {
		/* The people of entity_link_middle_names that stand for
		 * themselves still, their parts as it found them (no step
		 * between renames or retypes an entity). */
		if (!keys[k] || entity_root(up, k) != k)
			continue;
		entity_variant_keys(keys[k], k, &v, &nv, &capv);
	}
	if (nv > 1)
		entity_sort_hashed(v, nv);
	/* The pairs that share a hash and are variants, both ways, once. */
	size_t *pairs = NULL, npairs = 0, cappairs = 0;
	for (size_t a = 0, b; a < nv; a = b) {
		for (b = a + 1; b < nv && v[b].h == v[a].h; b++)
			;
		if (b - a < 2 || b - a > ENTITY_MAX_NAMESAKES)
			continue;
		for (size_t x = a; x < b; x++)
			for (size_t y = x + 1; y < b; y++) {
				size_t p = v[x].e, q = v[y].e;
				if (p == q || !entity_sig_part_agree(sigs[p], sigs[q], 0, 0) ||
				    !entity_sig_part_agree(sigs[p], sigs[q], 1, 0) ||
				    !entity_person_variant(keys[p], keys[q]))
					continue;
				pairs = xgrow(pairs, &cappairs, 2 * npairs + 4, sizeof *pairs);
				pairs[2 * npairs] = p;
				pairs[2 * npairs + 1] = q;
				pairs[2 * npairs + 2] = q;
				pairs[2 * npairs + 3] = p;
				npairs += 2;
			}
	}
	free(v);
	if (npairs > 1)
		qsort(pairs, npairs, 2 * sizeof *pairs, entity_pair_cmp);
	struct entity_incidence in = { 0 };
	unsigned *count = NULL;
	if (npairs) {
		entity_incidence_build(t, up, di, &in);
		count = xcalloc(t->n ? t->n : 1, sizeof *count);
	}
	/* Which pairs are related, and which people could be two others
	 * (their related variants not variants of one another). */
	unsigned char *ok = xcalloc(npairs ? npairs : 1, 1), *two = xcalloc(t->n ? t->n : 1, 1);
	size_t *rel = NULL, caprel = 0;
	for (size_t a = 0, b; a < npairs; a = b) {
		size_t k = pairs[2 * a], nrel = 0;
		for (b = a; b < npairs && pairs[2 * b] == k; b++) {
			size_t c = pairs[2 * b + 1];
			if ((b > a && pairs[2 * b - 1] == c) || !entity_related(t, &in, k, c, count))
				continue;
			ok[b] = 1;
			rel = xgrow(rel, &caprel, nrel + 1, sizeof *rel);
			rel[nrel++] = c;
		}
		for (size_t x = 0; x < nrel && !two[k]; x++)
			for (size_t y = x + 1; y < nrel && !two[k]; y++)
				two[k] = strcmp(keys[rel[x]], keys[rel[y]]) != 0 &&
					 !entity_person_variant(keys[rel[x]], keys[rel[y]]);
	}
	for (size_t a = 0; a < npairs; a++)
		if (ok[a] && !two[pairs[2 * a]] && !two[pairs[2 * a + 1]])
			entity_join_votes(t, up, pairs[2 * a], pairs[2 * a + 1]);
	free(ok);
	free(two);
	free(rel);
	free(pairs);
	if (npairs) {
		entity_incidence_free(&in);
		free(count);
	}
}

/* Whether the word of name key (folded) that holds byte i may be misspelt
 * by a letter changed: four letters at least in a name of three words or
 * more ("Gulf of Eden"), seven in a shorter one ("Hale County" and "Hall
 * County" are two). */
static int entity_typo_word(const char *key, size_t i, size_t words)
{
	size_t b = i, e = i;
	while (b > 0 && key[b - 1] != ' ')
		b--;
	while (key[e] && key[e] != ' ')
		e++;
	return e - b >= (words >= 3 ? 4u : 7u);
}

/* Whether place or organization keys a and b (folded, as long) differ by
 * one letter changed, in a word that may be misspelt so. */
static int entity_typo_pair(const char *a, const char *b, size_t words)
{
	size_t i = 0, n = strlen(a);
	while (i < n && a[i] == b[i])
		i++;
	if (i == n || strcmp(a + i + 1, b + i + 1) != 0)
		return 0;
	int la = (a[i] >= 'a' && a[i] <= 'z'), lb = (b[i] >= 'a' && b[i] <= 'z');
	return la && lb && entity_typo_word(a, i, words);
}

/* The Gulf of Aden and a story's Gulf of Eden: a place or an organization
 * of two words or more whose name is another's with one letter changed
 * (entity_typo_pair), and that the corpus names a third as often or less,
 * is that one where related stories name them. The names meet through
 * sorted hashes of their halves, so that many names cost n log n. */
static void entity_link_typos(struct entity_table *t, size_t *up, struct entity_doc_ids *di)
{
	struct entity_hashed *v = NULL;
	size_t nv = 0, capv = 0;
	for (size_t k = 0; k < t->n; k++) {
		const struct entity *e = &t->v[k];
		if ((e->type != NER_PLACE && e->type != NER_ORG) || entity_root(up, k) != k || !strchr(e->key, ' '))
			continue;
		size_t n = strlen(e->key);
		/* A letter changed leaves one half of the key as it was: the
		 * names meet by each half and their length. */
		size_t h = n / 2;
		v = xgrow(v, &capv, nv + 2, sizeof *v);
		v[nv++] = (struct entity_hashed){ entity_variant_hash('L', e->key, h, SIZE_MAX, "", 0, SIZE_MAX) ^ n, k };
		v[nv++] = (struct entity_hashed){ entity_variant_hash('R', e->key + h, n - h, SIZE_MAX, "", 0, SIZE_MAX) ^ n,
						       k };
	}
	if (nv > 1)
		entity_sort_hashed(v, nv);
	size_t *pairs = NULL, npairs = 0, cappairs = 0;
	for (size_t a = 0, b; a < nv; a = b) {
		for (b = a + 1; b < nv && v[b].h == v[a].h; b++)
			;
		/* A key alone under its hash has no pair: its name is not read. */
		for (size_t x = a; x + 1 < b && b - a <= ENTITY_MAX_NAMESAKES; x++) {
			const struct entity *p = &t->v[v[x].e];
			size_t words = 1;
			for (const char *c = p->key; *c; c++)
				words += *c == ' ';
			for (size_t y = x + 1; y < b; y++) {
				const struct entity *q = &t->v[v[y].e];
				if (v[x].e == v[y].e || strlen(p->key) != strlen(q->key) ||
				    !entity_typo_pair(p->key, q->key, words))
					continue;
				/* The rarer one, then the one it is a misspelling of. */
				int pq = p->votes <= q->votes;
				size_t lo = pq ? v[x].e : v[y].e, hi = pq ? v[y].e : v[x].e;
				if (3 * t->v[lo].votes > t->v[hi].votes)
					continue;
				pairs = xgrow(pairs, &cappairs, 2 * npairs + 2, sizeof *pairs);
				pairs[2 * npairs] = lo;
				pairs[2 * npairs + 1] = hi;
				npairs++;
			}
		}
	}
	free(v);
	if (npairs) {
		struct entity_incidence in = { 0 };
		entity_incidence_build(t, up, di, &in);
		unsigned *count = xcalloc(t->n ? t->n : 1, sizeof *count);
		for (size_t a = 0; a < npairs; a++)
			if (entity_related(t, &in, pairs[2 * a], pairs[2 * a + 1], count))
				entity_join_votes(t, up, pairs[2 * a], pairs[2 * a + 1]);
		entity_incidence_free(&in);
		free(count);
	}
	free(pairs);
}

/* The people (entities) of map last whose names end in person name's
 * words, with more words before them, or NULL; and into *lw the count
 * of those words (entity_name_len). */
static struct entity_map_slot *entity_namesakes(struct entity_map *last, const struct entity_filter *lf,
						const char *name, size_t *lw)
{
	struct entity_words w;
	entity_split(name, &w);
	*lw = entity_name_len(&w);
	struct entity_map_slot *cands = NULL;
	if (*lw > 0 && *lw <= 3) {
		char kb[256];
		char *key = entity_suffix_key(w.w[*lw - 1], w.w, *lw - 1, kb, sizeof kb);
		cands = entity_filter_get(last, lf, key);
		if (key != kb)
			free(key);
	}
	entity_words_free(&w);
	return cands;
}

/* The one team (a root) that sides, organizations by the place their
 * names begin with, holds under the name of place entity e, or SIZE_MAX. */
static size_t entity_side_team(const struct entity_table *t, const size_t *up, struct entity_map *sides, size_t e)
{
	size_t n;
	char *f = text_fold(t->v[e].name, strlen(t->v[e].name), &n);
	const struct entity_map_slot *sl = entity_map_get(sides, f, 0);
	free(f);
	size_t team = sl ? up[sl->v[0]] : SIZE_MAX;
	for (size_t q = 1; sl && q < sl->n && team != SIZE_MAX; q++)
		if (up[sl->v[q]] != team)
			team = SIZE_MAX;
	return team;
}

/* Whether entity e, not yet joined to others of another name (joined),
 * may be a model's name alone, the one product named with it and its maker
 * ("Camry" of the "Toyota Camry"): taken for an other name, a person's or
 * a company's (the model cannot tell a car from its maker), not for a
 * place (models are named after places: the Hyundai Tucson is not Tucson); not a headline's capitals, a word news text writes in lower
 * case, a company, a given name or a place a list knows, nor a name a
 * story wrote for another ("Charter" of Charter Co). The town of CORNING
 * is not Dow Corning. */
static int entity_model_alone(const struct entity *e, int joined, struct entity_index *ix)
{
	size_t n = strlen(e->name);
	return (e->type == NER_MISC || e->type == NER_PERSON || e->type == NER_ORG) && e->sure == 0 && !joined &&
	       !strchr(e->name, ' ') &&
	       !text_caps_word(e->name, n) && !lexicon_lowercase(e->name, n) &&
	       !(lexicon_lookup(e->name, n) & (LEX_ORG | LEX_ORG_WORD | LEX_COMMON | LEX_FIRST_NAME | LEX_CITY |
					       LEX_COUNTRY | LEX_REGION)) &&
	       !(ix->aliases && entity_map_get(ix->aliases, e->key, 0));
}

/* The last step of linking, article by article: each mention to its
 * entity's root (an ambiguous surname to the person its article means),
 * with its type where the corpus decides it. The articles are apart, and
 * run on every core (ENTITY_LINK_DOCS a piece); up holds roots only. */
#define ENTITY_LINK_DOCS 256

struct entity_link_docs {
	struct entity_table *t;
	const size_t *up;
	const struct entity_ambiguous *amb;
	const struct entity_incidence *in;	/* NULL where no surname is ambiguous */
	struct entity_map *sides;
	const size_t *tv;
	struct entity_map *family;	/* people by given name and surname, NULL if none */
	unsigned *count[POOL_MAX];	/* per worker, for entity_affinity */
};

/* Into key given name g (gn bytes) and last, a folded name's last word
 * with the space before it ("katie" and " jenkin"); 0 if it does not fit. */
static int entity_family_key(const char *g, size_t gn, const char *last, char *key, size_t size)
{
	size_t ln = strlen(last);
	if (gn + ln + 1 > size)
		return 0;
	memcpy(key, g, gn);
	memcpy(key + gn, last, ln + 1);
	return 1;
}

/* The one person the corpus names by given name g and a surname of a
 * person article d names in full, or SIZE_MAX: "his sister Katie" in a
 * story of John Jenkin is the Katie Jenkin of related stories. */
static size_t entity_family_find(const struct entity_link_docs *ld, size_t d, const char *g)
{
	const struct entity_table *t = ld->t;
	size_t found = SIZE_MAX;
	for (size_t k = 0; k < t->docs[d].n; k++) {
		const struct entity *o = &t->v[ld->up[t->docs[d].v[k].id]];
		const char *last = o->type == NER_PERSON ? strrchr(o->key, ' ') : NULL;
		if (!last)
			continue;
		char key[256];
		if (!entity_family_key(g, strlen(g), last, key, sizeof key))
			continue;
		const struct entity_map_slot *sl = entity_map_get(ld->family, key, 0);
		for (size_t q = 0; sl && q < sl->n; q++) {
			if (found != SIZE_MAX && ld->up[sl->v[q]] != found)
				return SIZE_MAX;
			found = ld->up[sl->v[q]];
		}
	}
	return found;
}

static void entity_link_doc(struct entity_link_docs *ld, size_t d, unsigned *count)
{
	struct entity_table *t = ld->t;
	const size_t *up = ld->up;
	const struct entity_ambiguous *amb = ld->amb;
	const struct entity_incidence *in = ld->in;
	struct entity_map *sides = ld->sides;
	const size_t *tv = ld->tv;
	/* The person each ambiguous surname of this article means, or
	 * none when no one stands out: [surname, person] pairs. */
	size_t *pick = NULL, npick = 0, cappick = 0;
	/* [given name, person] pairs, the same way. */
	size_t *fam = NULL, nfam = 0, capfam = 0;
	for (size_t k = 0; k < t->docs[d].n; k++) {
		struct entity_ref *r = &t->docs[d].v[k];
		size_t id = up[r->id];
		if (amb[id].ncand) {
			size_t q = 0;
			while (q < npick && pick[2 * q] != id)
				q++;
			if (q == npick) {
				double best = 0, second = 0;
				size_t who = id;
				for (size_t c = 0; c < amb[id].ncand; c++) {
					size_t cand = up[amb[id].cand[c]];
					/* What the article shares with the person's
					 * stories, and how often the corpus names
					 * that person: "Reagan" alone is Ronald
					 * Reagan unless the story is Nancy's. */
					double docs = (double)(in->ent_first[cand + 1] - in->ent_first[cand]);
					double sc = entity_affinity(t, in, d, cand, id, count) + 0.1 * log(2 + docs);
					if (sc > best) {
						second = best;
						best = sc;
						who = cand;
					} else if (sc > second) {
						second = sc;
					}
				}
				if (best <= 2 * second)
					who = id;
				pick = xgrow(pick, &cappick, 2 * (npick + 1), sizeof *pick);
				pick[2 * npick] = id;
				pick[2 * npick + 1] = who;
				npick++;
			}
			id = pick[2 * q + 1];
		}
		/* A given name alone that its story gives no one in full is
		 * the one person of the corpus of that given name and the
		 * surname of a person the story names. */
		if (ld->family && r->type == NER_PERSON && t->v[id].type == NER_PERSON && !strchr(t->v[id].key, ' ') &&
		    (lexicon_lookup(t->v[id].name, strlen(t->v[id].name)) & LEX_FIRST_NAME)) {
			size_t q = 0;
			while (q < nfam && fam[2 * q] != id)
				q++;
			if (q == nfam) {
				fam = xgrow(fam, &capfam, 2 * (nfam + 1), sizeof *fam);
				size_t to = entity_family_find(ld, d, t->v[id].key);
				fam[2 * nfam] = id;
				fam[2 * nfam + 1] = to != SIZE_MAX ? to : id;
				nfam++;
			}
			id = fam[2 * q + 1];
		}
		/* The mention takes its entity's type where the corpus
		 * decides it, and where it is a short form of another
		 * name ("Colts" of the "Indianapolis Colts"). */
		/* A place standing as a side of a game is the one team
		 * the corpus names after it. */
		if (r->side && (r->type == NER_PLACE || r->type == NER_ORG)) {
			size_t team = entity_side_team(t, up, sides, r->id);
			if (team != SIZE_MAX)
				id = team;
		}
		int other_name = r->id != id && strcmp(t->v[r->id].key, t->v[id].key) != 0;
		r->id = id;
		if (r->type != NER_DATE && r->type != t->v[id].type && !r->line_typed &&
		    (other_name ||
		     tv[id * NER_NTYPES + r->type] * ENTITY_DECISIVE_CORPUS <= tv[id * NER_NTYPES + t->v[id].type]))
			r->type = t->v[id].type;
	}
	free(pick);
	free(fam);
}

static void *entity_link_docs_work(size_t i, size_t worker, void *ctx)
{
	struct entity_link_docs *ld = ctx;
	if (ld->in && !ld->count[worker])
		ld->count[worker] = xcalloc(ld->t->n ? ld->t->n : 1, sizeof *ld->count[worker]);
	for (size_t d = i * ENTITY_LINK_DOCS; d < ld->t->ndocs && d < (i + 1) * ENTITY_LINK_DOCS; d++)
		entity_link_doc(ld, d, ld->count[worker]);
	return NULL;
}

/* Into *ids (made), ascending, the entities whose keys are keys of the
 * table's aliases, and returns how many: found from the aliases through
 * the table's hash, a few thousand look-ups where a look-up of every
 * entity's key read a hundred thousand names from all over the heap;
 * every entity where the hash lacks some of the table's (a snapshot's). */
static size_t entity_aliased(const struct entity_table *t, size_t **ids)
{
	const struct entity_index *ix = t->index;
	size_t n = 0, cap = 0;
	*ids = NULL;
	if (ix->indexed != t->n) {
		*ids = xmalloc((t->n ? t->n : 1) * sizeof **ids);
		for (size_t i = 0; i < t->n; i++)
			(*ids)[i] = i;
		return t->n;
	}
	const struct entity_map *m = ix->aliases;
	for (size_t h = 0; h < m->cap; h++) {
		if (!m->s[h].key)
			continue;
		/* Linking changes types after an entity is hashed under its
		 * own: every entity of the key, whatever its type now, is in
		 * the run of slots of one type's hash (no slot is ever freed). */
		for (int type = 0; type < NER_NTYPES; type++)
			for (size_t j = (size_t)entity_hash(m->s[h].key, type) & (ix->cap - 1); ix->slot[j];
			     j = (j + 1) & (ix->cap - 1))
				if (strcmp(t->v[ix->slot[j] - 1].key, m->s[h].key) == 0) {
					*ids = xgrow(*ids, &cap, n + 1, sizeof **ids);
					(*ids)[n++] = ix->slot[j] - 1;
				}
	}
	entity_sort_sizes(*ids, n);
	size_t u = 0;
	for (size_t q = 0; q < n; q++)
		if (u == 0 || (*ids)[q] != (*ids)[u - 1])
			(*ids)[u++] = (*ids)[q];
	return u;
}

/* Whether keys v[0..n) (sorted) hold key and more words after it. */
static int entity_person_longer(char *const *v, size_t n, const char *key)
{
	size_t kn = strlen(key);
	for (size_t lo = ner_names_after(v, n, key); lo < n && strncmp(v[lo], key, kn) == 0; lo++)
		if (v[lo][kn] == ' ')
			return 1;
	return 0;
}

/* Organization k (a root) under the key of its name without its legal
 * form, where it has one and a name of two words or more is left
 * (entity_link_firm_people, entity_keyed_run). */
static void entity_firm_key(const struct entity_keyed *ek, size_t k, struct entity_map *const *maps)
{
	const struct entity *e = &ek->t->v[k];
	if (e->type != NER_ORG || ek->up[k] != k)
		return;
	size_t cut, un = entity_unsuffixed(e->name, &cut);
	if (cut == 0 || !memchr(e->name, ' ', un))
		return;
	char buf[256];
	char *key = entity_key_buf_n(e->name, un, buf, sizeof buf);
	entity_map_add(maps[0], key, k);
	if (key != buf)
		free(key);
}

/* A "person" of two words or more whose name is the corpus's company's
 * but for its legal form ("Kidder Peabody" of Kidder Peabody and Co Inc,
 * "E.F. Hutton" of E.F. Hutton and Co Inc) is that company where the
 * corpus names the company as often or more, and no title ever stood
 * before the person ("Mr."): a firm named after its founders reads as a
 * person where its form is left out. */
static void entity_link_firm_people(struct entity_table *t, size_t *up)
{
	struct entity_map firms = { 0 };
	entity_keyed_run(t, up, NULL, entity_firm_key, &firms, NULL);
	if (firms.count == 0) {
		entity_map_free(&firms);
		return;
	}
	/* The people's keys, sorted, for a longer name of the same person
	 * ("Robert Halmi Sr" beside "Robert Halmi"): made for the first
	 * person a firm is named as, as most are none. */
	char **people = NULL;
	size_t np = 0;
	for (size_t k = 0; k < t->n; k++) {
		const struct entity *e = &t->v[k];
		if (e->type != NER_PERSON || entity_root(up, k) != k || e->sure > 0 || !strchr(e->key, ' '))
			continue;
		struct entity_map_slot *sl = entity_map_get(&firms, e->key, 0);
		if (!sl)
			continue;
		if (!people) {
			people = xmalloc((t->n ? t->n : 1) * sizeof *people);
			for (size_t q = 0; q < t->n; q++)
				if (t->v[q].type == NER_PERSON)
					people[np++] = t->v[q].key;
			ner_names_sort(people, np);
		}
		/* "Robert Halmi Sr" is the man, not Robert Halmi Inc. */
		if (entity_name_suffix(strrchr(e->key, ' ') + 1) || entity_person_longer(people, np, e->key))
			continue;
		size_t best = SIZE_MAX;
		for (size_t q = 0; q < sl->n; q++) {
			size_t r = entity_root(up, sl->v[q]);
			if (t->v[r].type == NER_ORG && (best == SIZE_MAX || t->v[r].votes > t->v[best].votes))
				best = r;
		}
		if (best != SIZE_MAX && best != k && t->v[best].votes >= e->votes)
			entity_join(up, k, best);
	}
	free(people);
	entity_map_free(&firms);
}

/* Entity k (a root, its name of two words or more) under the keys that
 * shorter names find it by in entity_link (entity_keyed_run, maps last
 * and sides): people by their last words; organizations by their
 * initials (prefix \1) and by their name after a place (prefix \2,
 * "colts" for the Indianapolis Colts); arg: per entity whether a sports
 * story typed it by where it stands. */
static void entity_last_keys(const struct entity_keyed *ek, size_t k, struct entity_map *const *maps)
{
	const struct entity_table *t = ek->t;
	const size_t *up = ek->up;
	const unsigned char *team = ek->arg;
	struct entity_map *last = maps[0], *sides = maps[1];
	const struct entity *o = &t->v[k];
	/* The type first: a name read for nothing is a cache miss. A root
	 * is its own up (entity_root, which writes, is not asked on
	 * several threads). */
	if (up[k] != k || (o->type != NER_PERSON && o->type != NER_ORG && o->type != NER_MISC && o->type != NER_PLACE) ||
	    !strchr(o->name, ' '))
		return;
	if (o->type == NER_PERSON) {
		/* By its last one, two and three words (as the people of a
		 * story are, entity_suffix_key), for the shorter names that
		 * end alike. */
		struct entity_words w;
		entity_split(o->name, &w);
		size_t lw = entity_name_len(&w);
		for (size_t q = 1; q <= 3 && q < lw; q++) {
			/* Not the father's name after "bin". */
			if (lexicon_patronymic(w.w[lw - q - 1], strlen(w.w[lw - q - 1])))
				continue;
			char kb[256];
			char *key = entity_suffix_key(w.w[lw - 1], w.w + lw - q, q - 1, kb, sizeof kb);
			entity_map_add(last, key, k);
			if (key != kb)
				free(key);
		}
		entity_words_free(&w);
	} else if (o->type == NER_ORG || o->type == NER_MISC) {
		size_t cut, un = entity_unsuffixed(o->name, &cut);
		entity_initials_add(last, "\x01", o->name, cut, k, 1);
		/* A company by its name without its suffixes (prefix \5),
		 * for the stories that write it so ("Interoute" of
		 * "Interoute Plc"). */
		if (cut) {
			/* On the stack where they fit, the key made
			 * after its prefix. */
			char bb[256], pb[256];
			char *bare = un < sizeof bb ? bb : xmalloc(un + 1);
			memcpy(bare, o->name, un);
			bare[un] = '\0';
			pb[0] = '\x05';
			char *bk = entity_key_buf(bare, pb + 1, sizeof pb - 1);
			char *pk = bk == pb + 1 ? pb : entity_cat("\x05", bk);
			entity_map_add(last, pk, k);
			if (pk != pb)
				free(pk);
			if (bk != pb + 1)
				free(bk);
			if (bare != bb)
				free(bare);
		}
		/* By a product's model name (prefix \6, entity_maker_named),
		 * or by the name after a place (prefix \2); the map of
		 * them in the scratch, as most hold one key or none. */
		struct xscratch_mark mark = xscratch_mark();
		struct entity_map placed = { .scratch = 1 };
		/* A team of a place and a plural nickname by its
		 * singular (prefix \10: the plural less its "s", and
		 * less "es" after a hiss), for a player of it ("a
		 * former Indianapolis Colt", "a Toledo Walrus"). */
		size_t kl = strlen(o->key);
		if (o->type == NER_ORG && kl > 3 && o->key[kl - 1] == 's' && o->key[kl - 2] != 's' &&
		    o->key[kl - 2] != ' ' && entity_team_name(o->name, strchr(o->name, ' '))) {
			char pb[256];
			char *pk = entity_cat_buf("\x08", o->key, pb, sizeof pb);
			size_t pl = strlen(pk);
			pk[pl - 1] = '\0';
			entity_map_add(last, pk, k);
			if (pk[pl - 2] == 'e' && strchr("sxzh", pk[pl - 3])) {
				pk[pl - 2] = '\0';
				entity_map_add(last, pk, k);
			}
			if (pk != pb)
				free(pk);
		}
		if (o->type == NER_ORG)
			entity_place_named(&placed, sides, o->name, k);
		else
			entity_maker_named(&placed, o->name, k);
		/* A team of a school's or a club's name and a nickname
		 * ("Creighton Bluejays") by its nickname (prefix \2)
		 * and by its name before the nickname (prefix \7), as
		 * other stories write them; a place's team goes by
		 * both already (entity_place_named, sides). */
		const char *sp = strrchr(o->name, ' ');
		if (o->type == NER_ORG && team[k] &&
		    entity_nickname_word(o->name, (size_t)(sp + 1 - o->name), strlen(o->name)) &&
		    !(lexicon_lookup(o->name, (size_t)(sp - o->name)) & (LEX_CITY | LEX_REGION | LEX_COUNTRY))) {
			char fb[ENTITY_FOLD], pb[256];
			size_t fn;
			char *f = text_fold_buf(sp + 1, strlen(sp + 1), fb, sizeof fb, &fn);
			entity_map_add(&placed, f, k);
			if (f != fb)
				free(f);
			f = text_fold_buf(o->name, (size_t)(sp - o->name), fb, sizeof fb, &fn);
			char *pk = entity_cat_buf("\x07", f, pb, sizeof pb);
			entity_map_add(last, pk, k);
			if (pk != pb)
				free(pk);
			if (f != fb)
				free(f);
		}
		for (size_t h = 0; h < placed.cap; h++)
			if (placed.s[h].key) {
				char pb[256];
				const char *tag = o->type == NER_ORG ? "\x02" : "\x06";
				char *pk = entity_cat_buf(tag, placed.s[h].key, pb, sizeof pb);
				entity_map_add(last, pk, k);
				if (pk != pb)
					free(pk);
			}
		entity_map_free(&placed);
		xscratch_release(mark);
	} else if (o->type == NER_PLACE) {
		/* By its last words (prefix \3), for a shorter place no
		 * list knows (entity_place_suffixes). */
		struct xscratch_mark mark = xscratch_mark();
		struct entity_map ends = { .scratch = 1 };
		entity_place_suffixes(&ends, o->name, k, 1);
		for (size_t h = 0; h < ends.cap; h++)
			if (ends.s[h].key) {
				char pb[256];
				char *pk = entity_cat_buf("\x03", ends.s[h].key, pb, sizeof pb);
				entity_map_add(last, pk, k);
				if (pk != pb)
					free(pk);
			}
		entity_map_free(&ends);
		xscratch_release(mark);
	}
}

void entity_link(struct entity_table *t)
{
	entity_spellings_apply(t);
	size_t *up = xmalloc((t->n ? t->n : 1) * sizeof *up);
	for (size_t i = 0; i < t->n; i++)
		up[i] = i;
	/* The entities whose names linking changes (entity_name_key): all
	 * of a table linked before, which may have renamed any. */
	struct entity_index *ix = t->index;
	unsigned char *renamed = xcalloc(t->n ? t->n : 1, 1);
	if (ix->linked)
		memset(renamed, 1, t->n);
	ix->linked = 1;
	entity_link_types(t, up, renamed);
	entity_link_firm_people(t, up);
	/* People's names as first and last name and the initials between
	 * (entity_person_parts), made once for both steps. */
	char **pkeys = xcalloc(t->n ? t->n : 1, sizeof *pkeys), **psigs = xcalloc(t->n ? t->n : 1, sizeof *psigs);
	entity_link_middle_names(t, up, pkeys, psigs);
	struct entity_doc_ids di = { 0 };
	entity_link_variants(t, up, &di, pkeys, psigs);
	for (size_t k = 0; k < t->n; k++) {
		free(pkeys[k]);
		free(psigs[k]);
	}
	free(pkeys);
	free(psigs);
	entity_link_typos(t, up, &di);
	entity_link_heads(t, up);
	entity_link_outlets(t, up);
	entity_link_facilities(t, up, renamed);
	free(renamed);

	/* People of two words or more by their last words; organizations by
	 * their initials (prefix \1) and by their name after a place (prefix
	 * \2, "colts" for the Indianapolis Colts). Roots only, once each. */
	struct entity_map last = { 0 }, sides = { 0 };
	/* The entities a sports story typed by where they stand: teams. */
	unsigned char *team = xcalloc(t->n ? t->n : 1, 1);
	for (size_t d = 0; d < t->ndocs; d++)
		for (size_t q = 0; q < t->docs[d].n; q++)
			if (t->docs[d].v[q].line_typed && t->docs[d].v[q].id < t->n)
				team[entity_root(up, t->docs[d].v[q].id)] = 1;
	entity_keyed_run(t, up, team, entity_last_keys, &last, &sides);
	/* An acronym joins the one organization another article spells out;
	 * a name after a place the one organization it names; a surname the
	 * one person of that name, or, where there are several, is decided
	 * article by article below. */
	struct entity_ambiguous *amb = xcalloc(t->n ? t->n : 1, sizeof *amb);
	/* Which entities others of another name have joined already (a
	 * model's name that stands for more than itself is not a
	 * product's); the same name under another type is itself. */
	unsigned char *joined = xcalloc(t->n ? t->n : 1, 1);
	struct entity_filter lf;
	entity_filter_make(&lf, &last);
	for (size_t k = 0; k < t->n; k++) {
		size_t r = entity_root(up, k);
		joined[r] |= r != k && strcmp(t->v[k].key, t->v[r].key) != 0;
	}
	int any_amb = 0;
	/* The stories of each entity, made the first time a company's name
	 * taken for a person's asks (entity_related). */
	struct entity_incidence cin = { 0 };
	unsigned *ccount = NULL;
	int cin_built = 0;
	for (size_t i = 0; i < t->n; i++) {
		const struct entity *e = &t->v[i];
		if (entity_root(up, i) != i)
			continue;
		struct entity_map_slot *sl = NULL;
		if ((e->type == NER_ORG || e->type == NER_MISC) && entity_is_acronym(e->name)) {
			char ini[40] = "\x01";
			entity_bare_acronym(e->name, ini + 1, sizeof ini - 1);
			sl = entity_filter_get(&last, &lf, ini);
			/* An acronym a list confirms as an organization spells out
			 * no law or event of the same letters (the EPA is no
			 * "Environmental Protection Act"). */
			int other = sl && e->sure > 0;
			for (size_t q = 0; other && q < sl->n; q++)
				other = t->v[sl->v[q]].type != e->type;
			if (other)
				sl = NULL;
			/* An acronym whose full name the list gives joins nothing
			 * else: the ANC is the African National Congress, not
			 * "American National Corp", the NSA not "NSA Inc". */
			if (lexicon_spelled_out(e->name, strlen(e->name)))
				continue;
		}
		if (!sl && e->type != NER_DATE && e->type != NER_GROUP && (e->type != NER_PLACE || e->sure == 0)) {
			char pb[256];
			char *pk = entity_cat_buf("\x02", e->key, pb, sizeof pb);
			sl = entity_filter_get(&last, &lf, pk);
			if (pk != pb)
				free(pk);
		}
		if (!sl && e->type == NER_ORG) {
			char pb[256];
			char *pk = entity_cat_buf("\x07", e->key, pb, sizeof pb);
			sl = entity_filter_get(&last, &lf, pk);
			if (pk != pb)
				free(pk);
		}
		if (!sl && (e->type == NER_ORG || e->type == NER_PERSON || (e->type == NER_PLACE && e->sure == 0)) &&
		    strchr(e->name, ' ')) {
			char pb[256];
			char *pk = entity_cat_buf("\x08", e->key, pb, sizeof pb);
			sl = entity_filter_get(&last, &lf, pk);
			if (pk != pb)
				free(pk);
		}
		if (!sl && e->type == NER_PLACE && e->sure == 0 && strchr(e->name, ' ') &&
		    !lexicon_canonical(e->name, strlen(e->name)) &&
		    !(lexicon_lookup(e->name, strlen(e->name)) & (LEX_CITY | LEX_COUNTRY | LEX_REGION))) {
			char pb[256];
			char *pk = entity_cat_buf("\x03", e->key, pb, sizeof pb);
			sl = entity_filter_get(&last, &lf, pk);
			if (pk != pb)
				free(pk);
		}
		/* A name that a company's is with a suffix more ("Interoute",
		 * "Interoute Plc"), unless a list or a title confirms it as
		 * another thing or it is the surname of people of the corpus
		 * ("Drew" of Ernest Drew, not of Drew Industries Inc). */
		size_t lw = 0;
		struct entity_map_slot *cands = e->type == NER_PERSON ? entity_namesakes(&last, &lf, e->name, &lw) : NULL;
		if (!sl && !cands && entity_model_alone(e, joined[i], ix)) {
			char pb[256];
			char *pk = entity_cat_buf("\x06", e->key, pb, sizeof pb);
			sl = entity_filter_get(&last, &lf, pk);
			if (pk != pb)
				free(pk);
		}
		if (!sl && !cands && e->type != NER_DATE && e->type != NER_GROUP && (e->type == NER_ORG || e->sure == 0)) {
			char pb[256];
			char *pk = entity_cat_buf("\x05", e->key, pb, sizeof pb);
			sl = entity_filter_get(&last, &lf, pk);
			if (pk != pb)
				free(pk);
			if (sl && entity_dateline_town(t, up, i, sl->v, sl->n))
				sl = NULL;
			/* A word alone its stories took for a person's name is
			 * the company only where their stories are related: the
			 * "Richter" of the Richter scale is no food importer's,
			 * a Scott no broker's (a full name, "Sara Lee", is the
			 * company wherever it is written). */
			if (sl && e->type == NER_PERSON && !strchr(e->name, ' ')) {
				if (!cin_built) {
					entity_incidence_build(t, up, &di, &cin);
					ccount = xcalloc(t->n ? t->n : 1, sizeof *ccount);
					cin_built = 1;
				}
				int near = 0;
				for (size_t q = 0; q < sl->n && !near; q++)
					near = entity_related(t, &cin, i, entity_root(up, sl->v[q]), ccount);
				if (!near)
					sl = NULL;
			}
		}
		if (!sl && e->type == NER_PERSON) {
			/* A surname that many people of the corpus share is left
			 * alone: no neighbourhood tells so many apart. */
			size_t nc = cands && cands->n <= ENTITY_MAX_NAMESAKES ? cands->n : 0;
			if (nc > 0) {
				amb[i].cand = xmalloc(nc * sizeof *amb[i].cand);
				memcpy(amb[i].cand, cands->v, nc * sizeof *amb[i].cand);
			}
			amb[i].ncand = nc;
			if (nc == 1) {
				/* A full name of two words or more that the corpus
				 * uses more than the longer one names the person
				 * ("Arcade Joseph Comeaux Jr." over a headline's
				 * "Molestor Arcade Joseph Comeaux Jr."). */
				size_t to = entity_root(up, amb[i].cand[0]);
				if (lw >= 2 && t->v[i].votes > t->v[to].votes)
					entity_join(up, to, i);
				else
					entity_join(up, i, to);
				amb[i].ncand = 0;
			} else if (nc > 1) {
				any_amb = 1;
			}
			continue;
		}
		if (sl)
			entity_join_one(t, up, i, sl);
	}
	entity_map_free(&last);
	free(lf.bits);
	free(joined);
	free(team);

	/* A name a story's text joined to a longer one is that one wherever
	 * it stands alone, when the stories agree on which. */
	size_t *named = NULL, nnamed = ix->aliases ? entity_aliased(t, &named) : 0;
	for (size_t a = 0; a < nnamed; a++) {
		size_t i = named[a];
		const struct entity *e = &t->v[i];
		if (e->type == NER_PERSON || e->type == NER_DATE || e->type == NER_GROUP)
			continue;
		struct entity_map_slot *sl = entity_map_get(ix->aliases, e->key, 0);
		if (!sl)
			continue;
		/* A state's institution no story tied to its state is every
		 * state's: no story's joining of it decides (the "Reserve
		 * Bank" of a Sydney story is not India's). */
		if (e->type == NER_ORG && entity_institution(e->name))
			continue;
		/* The name it was joined to most, by three to one. */
		size_t *roots = xmalloc(sl->n * sizeof *roots);
		for (size_t q = 0; q < sl->n; q++)
			roots[q] = entity_root(up, sl->v[q]);
		entity_sort_sizes(roots, sl->n);
		size_t to = SIZE_MAX, best = 0;
		for (size_t a = 0, b; a < sl->n; a = b) {
			for (b = a; b < sl->n && roots[b] == roots[a]; b++)
				;
			if (b - a > best) {
				best = b - a;
				to = roots[a];
			}
		}
		free(roots);
		/* A name the corpus takes for a place is the place where it
		 * stands alone, not a local body a story named after it
		 * ("Wasilla" of the "Wasilla Bible Church", "Woodburn" of the
		 * "Woodburn Police Department"), nor any body named after it
		 * that the corpus names less often than the place ("New York"
		 * of a story's "New York Mercantile" Exchange). */
		size_t ri = entity_root(up, i);
		/* Nor a name the corpus took for a person's full name that
		 * the corpus names more often than the longer one ("Palin" of
		 * Sarah Palin, which one story's "Palin 's Church" took), nor
		 * one whose full name does not start the longer one: joining
		 * the two would make the person that body (Colgate's Reuben
		 * Mark was Mark Resources Inc once a currency's "Mark" joined
		 * both). A "person" whose name starts the body's ("Dean Witter"
		 * of Dean Witter Reynolds Inc) or one named by one word
		 * ("Sprint") was the wrong join. */
		if (to != SIZE_MAX && t->v[ri].type == NER_PERSON && t->v[to].type != NER_PERSON &&
		    strchr(t->v[ri].name, ' ') &&
		    (t->v[ri].votes > t->v[entity_root(up, to)].votes || !entity_starts_squeezed(t->v[to].key, t->v[ri].key)))
			continue;
		if (to != SIZE_MAX && t->v[ri].type == NER_PLACE && t->v[to].type != NER_PLACE &&
		    (entity_local_body(t->v[to].name) || t->v[ri].votes > t->v[to].votes))
			continue;
		if (to != SIZE_MAX && entity_dateline_town(t, up, i, &to, 1))
			continue;
		/* An acronym the lists spell out is that, not what a story
		 * spelled it out as where the two share few words (the EPA of
		 * stories of Japan's Economic Planning Agency), but for
		 * another spelling of it ("Organisation of Petroleum
		 * Exporting Countries"). */
		const char *x = to != SIZE_MAX && entity_is_acronym(e->name) ? lexicon_expansion(e->name, strlen(e->name)) : NULL;
		if (x && !entity_words_mostly(x, t->v[to].key))
			continue;
		if (to != SIZE_MAX && best >= 3 * (sl->n - best) && to != entity_root(up, i))
			entity_join_votes(t, up, i, to);
	}
	free(named);

	/* The votes of each type among the entities each one stands for. */
	size_t *tv = xcalloc((t->n ? t->n : 1) * NER_NTYPES, sizeof *tv);
	for (size_t k = 0; k < t->n; k++)
		tv[entity_root(up, k) * NER_NTYPES + t->v[k].type] += t->v[k].votes;

	struct entity_incidence in = { 0 };
	if (cin_built) {
		entity_incidence_free(&cin);
		free(ccount);
	}
	if (any_amb)
		entity_incidence_build(t, up, &di, &in);
	/* Every entity straight to its root, so that the articles below,
	 * apart from one another, read the roots on every core without
	 * writing them. */
	for (size_t k = 0; k < t->n; k++)
		up[k] = entity_root(up, k);
	/* People of two words or more by given name and surname, for a given
	 * name alone (entity_family_find). */
	struct entity_map family = { 0 };
	for (size_t k = 0; k < t->n; k++) {
		const char *nk = t->v[k].key, *sp = strchr(nk, ' ');
		char key[256];
		if (sp && t->v[k].type == NER_PERSON && t->v[up[k]].type == NER_PERSON &&
		    entity_family_key(nk, (size_t)(sp - nk), strrchr(nk, ' '), key, sizeof key))
			entity_map_add(&family, key, k);
	}
	struct entity_link_docs ld = { t, up, amb, any_amb ? &in : NULL, &sides, tv, family.count ? &family : NULL, { NULL } };
	size_t chunks = (t->ndocs + ENTITY_LINK_DOCS - 1) / ENTITY_LINK_DOCS;
	pool_run(chunks, pool_workers(chunks), entity_link_docs_work, NULL, NULL, &ld);
	for (size_t w = 0; w < POOL_MAX; w++)
		free(ld.count[w]);
	if (any_amb)
		entity_incidence_free(&in);
	for (size_t i = 0; i < t->n; i++)
		free(amb[i].cand);
	free(amb);
	free(tv);
	entity_map_free(&sides);
	entity_map_free(&family);
	entity_doc_ids_free(&di);
	free(up);
}

size_t entity_mention_at(const struct entity_doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->v[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
