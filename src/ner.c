/* ner: tokens -> model tags -> rules -> mentions. The model (tagger.c)
 * knows what CoNLL-2003 taught it; the rules add what it cannot know or
 * does not annotate: dates, the span rules of ANNOTATION.md (titles, "the",
 * possessives, hyphen compounds outside the span), demonyms as GROUP, and
 * names the lexicons know when the model missed them. */
#include "ner.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "language.h"
#include "lexicon.h"
#include "ner_lang.h"
#include "text.h"
#include "tagger.h"
#include "token.h"
#include "xmalloc.h"

static const char *const ner_names[NER_NTYPES] = {
	"PERSON", "ORG", "PLACE", "GROUP", "MISC", "DATE"
};

const char *ner_type_name(enum ner_type t)
{
	return (unsigned)t < NER_NTYPES ? ner_names[t] : "?";
}

/* strcmp, the first bytes compared inline: most names differ there. */
static inline int ner_names_cmp(const char *a, const char *b)
{
	if (a[0] != b[0])
		return (unsigned char)a[0] < (unsigned char)b[0] ? -1 : 1;
	return strcmp(a, b);
}

/* Sorts v[0..n) stably by ner_names_cmp, tmp having room for n: runs of
 * up to 8 by insertion, then merged, as the stable merge sort of glibc's
 * qsort would order them, without a call for each compare. */
static void ner_names_msort(char **v, size_t n, char **tmp)
{
	if (n <= 8) {
		for (size_t i = 1; i < n; i++) {
			char *x = v[i];
			size_t j = i;
			for (; j > 0 && ner_names_cmp(v[j - 1], x) > 0; j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
		return;
	}
	size_t h = n / 2;
	ner_names_msort(v, h, tmp);
	ner_names_msort(v + h, n - h, tmp);
	/* Already in order, as names found in text order often are. */
	if (ner_names_cmp(v[h - 1], v[h]) <= 0)
		return;
	size_t i = 0, j = h, o = 0;
	while (i < h && j < n)
		tmp[o++] = ner_names_cmp(v[i], v[j]) <= 0 ? v[i++] : v[j++];
	while (i < h)
		tmp[o++] = v[i++];
	memcpy(v, tmp, o * sizeof *v);
}

void ner_names_sort(char **v, size_t n)
{
	if (n < 2)
		return;
	char *stack[64];
	char **tmp = n <= 64 ? stack : xmalloc(n * sizeof *tmp);
	ner_names_msort(v, n, tmp);
	if (tmp != stack)
		free(tmp);
}

size_t ner_names_after(char *const *v, size_t n, const char *s)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(v[mid], s) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const char *ner_names_extending(char *const *v, size_t n, const char *s, size_t sn)
{
	/* Every name that starts with s sorts after s itself. */
	size_t lo = ner_names_after(v, n, s);
	if (lo < n && strncmp(v[lo], s, sn) == 0 && v[lo][sn] == ' ')
		return v[lo];
	return NULL;
}

/* A token with what the rules ask of it. */
struct ner_tok {
	const char *s;		/* its text */
	size_t n;		/* its length */
	size_t start, end;	/* its bytes in the file */
	unsigned flags;		/* TOKEN_* */
	unsigned lex;		/* lexicon classes of the token alone */
	int cap;		/* starts with an upper-case letter */
	int upper;		/* all letters upper case */
	int tag;		/* the model's BIO tag, 0 when none */
	float margin;		/* the model's confidence in the tag's type */
	unsigned char phrase;	/* words in the longest lexicon phrase starting here */
	unsigned char word;	/* starts with a letter (ner_is_word) */
	unsigned char digit;	/* starts with an ASCII digit */
	unsigned phrase_cls;	/* that phrase's classes */
	int used;		/* already part of a mention */
};

/* Some tokens, in order, and the first of the sentence's among them
 * (the first at token `at` or after it, `at` the sentence's start). */
struct ner_index {
	size_t *v, n, first, at;
};

/* One paragraph's worth of work. */
struct ner_work {
	const char *s;			/* the file */
	struct ner_tok *t;		/* its tokens */
	size_t n;
	int caption;			/* the paragraph is a photo caption */
	int boilerplate;		/* the paragraph is web boilerplate */
	size_t para_first;		/* the paragraph's first token */
	struct ner_list *out;
	/* Rules that start only at a capitalised token walk these, not
	 * every token; the dates' rule at one or at a number. */
	struct ner_index caps, dated;
	struct ner_index hyph;		/* the tokens with a hyphen */
	/* The tokens ner_people starts at: with a title, role, first name or
	 * verb of saying in the lexicon, or before such a verb. */
	struct ner_index people;
};

/* The place in x->v of the first of its tokens at a or after. */
static inline size_t ner_index_from(const struct ner_index *x, size_t a)
{
	/* Most walks start at their sentence's start, whose place is kept. */
	if (a == x->at)
		return x->first;
	/* Or at its second token: past the first if that is listed. */
	if (a == x->at + 1)
		return x->first + (x->first < x->n && x->v[x->first] == x->at);
	size_t c = x->first;
	while (c > 0 && x->v[c - 1] >= a)
		c--;
	while (c < x->n && x->v[c] < a)
		c++;
	return c;
}

/* Each token i of x in [a, b) with room tokens after it before b, in
 * order, c its place in x->v. */
#define ner_each(x, c, i, a, b, room) \
	for (size_t c = ner_index_from((x), (a)), i; c < (x)->n && ((i) = (x)->v[c]) + (room) < (b); c++)
#define ner_each_cap(w, c, i, a, b, room) ner_each(&(w)->caps, c, i, a, b, room)

void ner_list_free(struct ner_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static void ner_push(struct ner_list *l, size_t start, size_t end, enum ner_type type)
{
	if (end <= start)
		return;
	/* The count is read once (the mention's fields could be it, as the
	 * compiler sees them). */
	size_t n = l->n;
	if (n + 1 > l->cap)
		l->v = xgrow(l->v, &l->cap, n + 1, sizeof *l->v);
	struct ner_mention *m = &l->v[n];
	m->start = start;
	m->end = end;
	m->type = type;
	m->margin = 0;
	l->n = n + 1;
}

/* The first of the mentions l->v[0..n) that ends after byte x, or n:
 * the mentions are sorted and apart, so their ends grow with their
 * starts. */
static size_t ner_first_ending_after(const struct ner_list *l, size_t n, size_t x)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->v[mid].end <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether the token is the word w (lower case), in any case. Literal
 * words have their length counted by the compiler (see ner_is). */
static int ner_is_n(const struct ner_tok *t, const char *w, size_t m)
{
	if (t->n != m)
		return 0;
	for (size_t i = 0; i < m; i++) {
		char c = t->s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != w[i])
			return 0;
	}
	return 1;
}

#define ner_is(t, w) ner_is_n((t), (w), sizeof(w) - 1)
#define ner_is_str(t, w) ner_is_n((t), (w), strlen(w))

/* A word of a list with its length, counted by the compiler, for the
 * lists asked of most words. */
struct ner_lit {
	const char *w;
	size_t n;
};
#define NER_LIT(w) { w, sizeof(w) - 1 }

/* Whether the n bytes at w are the string lit: compared a byte at a
 * time up to lit's end, so that its length is never counted (a strlen a
 * call, which most words the lists below are asked of fail at once). */
static inline int ner_lit_is(const char *lit, const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lit[i] != w[i] || lit[i] == '\0')
			return 0;
	return lit[n] == '\0';
}

/* ner_lit_is in any ASCII case, as strncasecmp compares (two bytes equal
 * but for case are equal with bit 0x20 set). */
static inline int ner_lit_is_nocase(const char *lit, const char *w, size_t n)
{
	return n ? ((unsigned char)lit[0] | 0x20) == ((unsigned char)w[0] | 0x20) && strlen(lit) == n &&
			   strncasecmp(lit, w, n) == 0
		 : lit[0] == '\0';
}

/* Whether the n bytes at w are one of the words v[0..nv), by length then
 * bytes; NER_LIT_IN counts a static list. */
static int ner_lit_in(const struct ner_lit *v, size_t nv, const char *w, size_t n)
{
	for (size_t k = 0; k < nv; k++)
		if (v[k].n == n && memcmp(v[k].w, w, n) == 0)
			return 1;
	return 0;
}
#define NER_LIT_IN(v, w, n) ner_lit_in((v), sizeof(v) / sizeof *(v), (w), (n))

/* memchr(p, c, n) for p[0..n) within the text s: a span of up to 16
 * bytes (most names) is read in one SSE2 load of the 16 bytes that end
 * where it does (the text has them from byte 16 on), those before p left
 * out, without the call, which the rules made for nearly every name. */
static inline const char *ner_chr(const char *s, const char *p, char c, size_t n)
{
#if defined(__SSE2__)
	size_t e = (size_t)(p - s) + n;
	if (n <= 16 && e >= 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + e - 16));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(c)));
		m &= ~0u << (16 - n);
		return m ? s + e - 16 + __builtin_ctz(m) : NULL;
	}
#endif
	return memchr(p, c, n);
}

/* Where the word that ends at byte e of s begins, not before byte lo. */
static size_t ner_word_start(const char *s, size_t lo, size_t e)
{
#if defined(__SSE2__)
	/* The sixteen bytes before e at once (s is a whole text, which has
	 * them from byte 16 on), those before lo left out: a byte at a time,
	 * this walk ran for every mention of several rules. */
	if (e >= 16 && e > lo) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + e - 16));
		unsigned m = (unsigned)_mm_movemask_epi8(
			_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))));
		if (e - lo < 16)
			m &= ~0u << (16 - (e - lo));
		if (m)
			return e - 16 + (size_t)(31 - __builtin_clz(m)) + 1;
		if (e - lo <= 16)
			return lo;
		e -= 16;
	}
#endif
	while (e > lo && s[e - 1] != ' ' && s[e - 1] != '\n')
		e--;
	return e;
}

/* The first space in s[a..e), or e (a where a >= e), by ner_chr: a
 * word's end looked for a byte at a time ended in a mispredicted branch. */
static inline size_t ner_space_end(const char *s, size_t a, size_t e)
{
	if (a >= e)
		return a;
	const char *p = ner_chr(s, s + a, ' ', e - a);
	return p ? (size_t)(p - s) : e;
}

/* The first space or line break in s[a..e), or e (s the whole text).
 * Sixteen bytes at once, as ner_chr reads them: a name's first word was
 * looked for a byte at a time by many rules, a mispredicted branch at the
 * end of each. */
static inline size_t ner_blank_at(const char *s, size_t a, size_t e)
{
#if defined(__SSE2__)
	if (a < e && e >= 16) {
		const __m128i sp = _mm_set1_epi8(' '), nl = _mm_set1_epi8('\n');
		/* Whole blocks from a while more than sixteen bytes are left,
		 * then the sixteen that end at e, those before a left out. */
		for (; e - a > 16; a += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + a));
			unsigned m = (unsigned)_mm_movemask_epi8(
				_mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, nl)));
			if (m)
				return a + (size_t)__builtin_ctz(m);
		}
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + e - 16));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, nl)));
		m &= ~0u << (16 - (e - a));
		return m ? e - 16 + (size_t)__builtin_ctz(m) : e;
	}
#endif
	while (a < e && s[a] != ' ' && s[a] != '\n')
		a++;
	return a;
}

/* text_find(p, n, w, wn) for p[0..n) within the text s and a short word
 * w (wn from 1 to 16): in a span of up to 16 bytes (most names) its places
 * are told from one SSE2 load, as ner_chr reads it, by its first and last
 * bytes, and each compared, without the call. */
static inline const char *ner_find(const char *s, const char *p, size_t n, const char *w, size_t wn)
{
#if defined(__SSE2__)
	size_t e = (size_t)(p - s) + n;
	if (n <= 16 && e >= 16 && wn >= 1 && wn <= 16) {
		if (wn > n)
			return NULL;
		const char *b = s + e - 16;
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)b);
		unsigned f = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(w[0])));
		unsigned l = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(w[wn - 1])));
		/* Places from p on, where the word's last byte is within the span. */
		unsigned m = f & (l >> (wn - 1)) & (~0u << (16 - n));
		for (; m; m &= m - 1) {
			const char *q = b + __builtin_ctz(m);
			if (memcmp(q, w, wn) == 0)
				return q;
		}
		return NULL;
	}
#endif
	return text_find(p, n, w, wn);
}

static int ner_is_digits(const struct ner_tok *t)
{
	if (t->n == 0)
		return 0;
	for (size_t i = 0; i < t->n; i++)
		if (t->s[i] < '0' || t->s[i] > '9')
			return 0;
	return 1;
}

static inline int ner_is_possessive(const struct ner_tok *t)
{
	return ner_is(t, "'s") || ner_is(t, "'") || (t->n == 4 && memcmp(t->s, "\xe2\x80\x99s", 4) == 0) ||
	       (t->n == 3 && memcmp(t->s, "\xe2\x80\x99", 3) == 0) ||
	       (t->n == 4 && memcmp(t->s, "\xe2\x80\x99S", 4) == 0);
}

/* Whether s[0..n) starts with a letter: an ASCII start is told here, as
 * text_starts_letter tells it, without the call. */
static int ner_starts_letter(const char *s, size_t n)
{
	if (n && (unsigned char)s[0] < 0x80)
		return ((unsigned char)s[0] | 32) >= 'a' && ((unsigned char)s[0] | 32) <= 'z';
	return text_starts_letter(s, n);
}

static int ner_is_word(const struct ner_tok *t)
{
	/* Told once a token (ner_tokens): this is asked of most tokens,
	 * many times. */
	return t->word;
}

/* The classes of the type a lexicon phrase gives, or -1. */
static int ner_lex_type(unsigned cls)
{
	if (cls & LEX_ORG)
		return NER_ORG;
	if (cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION))
		return NER_PLACE;
	if (cls & (LEX_DEMONYM | LEX_GROUP))
		return NER_GROUP;
	if (cls & LEX_PERSON)
		return NER_PERSON;
	return -1;
}

/* Whether a name the lists know whole as an organization, which the
 * model read as an other name, is the organization by the words around
 * it: before a noun of its people or of what it runs for its users
 * ("Facebook users", "an Instagram post", "its YouTube channel"), or
 * after "on" or "via" ("said on Twitter"), as ANNOTATION.md types
 * Twitter. An index before its own noun stays one ("Nikkei average"), and
 * so does an acronym ("RBI", a statistic's in sports copy). */
static int ner_org_context(const struct ner_work *w, size_t a, size_t s, size_t e, size_t b)
{
	static const char *const nouns[] = { "users",	    "customers", "subscribers", "employees", "workers",
					     "staff",	    "members",	 "shareholders", "executives", "officials",
					     "engineers",   "fans",	 "clients",	"investors",  "account",
					     "accounts",    "post",	 "posts",	"page",	      "channel",
					     "feed",	    "followers", "livestream",	"documentary", NULL };
	if (e < b) {
		const struct ner_tok *t = &w->t[e];
		if (t->n >= 4 && t->s[0] >= 'a' && t->s[0] <= 'z')
			for (int k = 0; nouns[k]; k++)
				if (ner_lit_is(nouns[k], t->s, t->n))
					return 1;
	}
	if (e - s != 1 || w->t[s].upper || s == a)
		return 0;
	return ner_is(&w->t[s - 1], "on") || ner_is(&w->t[s - 1], "via");
}

/* A word that can be part of a name: capitalised (or all capitals), and
 * not an ordinary word at the start of a sentence. */
static int ner_namelike(const struct ner_tok *t)
{
	if (!t->cap)
		return 0;
	if (t->lex & (LEX_COMMON | LEX_MONTH | LEX_WEEKDAY | LEX_SPEECH_VERB))
		return 0;
	return 1;
}

static void ner_mark(struct ner_work *w, size_t i, size_t j, enum ner_type type)
{
	for (size_t k = i; k < j; k++)
		w->t[k].used = 1;
	ner_push(w->out, w->t[i].start, w->t[j - 1].end, type);
}

static int ner_free_range(const struct ner_work *w, size_t i, size_t j)
{
	if (j > w->n)
		return 0;
	for (size_t k = i; k < j; k++)
		if (w->t[k].used)
			return 0;
	return 1;
}

static size_t ner_lex_match_raw(const struct ner_work *w, size_t i, size_t end, unsigned *cls);
static size_t ner_token_from(const struct ner_tok *t, size_t n, size_t a, size_t hint);
static int ner_lowercase_word(const char *s, size_t n);
static int ner_title_function_word(const struct ner_tok *t);
static int ner_is_punct_tok(const struct ner_tok *t);
static int ner_quote_mark(const struct ner_tok *t, int open);
static size_t ner_title_org(const struct ner_work *w, size_t k, size_t tm);

/* Looks up the longest lexicon phrase at token i, within [i, end): from
 * the token's cached match when it fits, else afresh. */
static size_t ner_lex_match(const struct ner_work *w, size_t i, size_t end, unsigned *cls)
{
	if (i < end && w->t[i].phrase <= end - i) {
		*cls = w->t[i].phrase_cls;
		return w->t[i].phrase;
	}
	return ner_lex_match_raw(w, i, end, cls);
}

static size_t ner_lex_match_raw(const struct ner_work *w, size_t i, size_t end, unsigned *cls)
{
	struct lexicon_word words[8];
	size_t m = 0;
	for (size_t k = i; k < end && m < 8; k++, m++) {
		words[m].s = w->t[k].s;
		words[m].n = w->t[k].n;
	}
	return lexicon_match(words, m, 0, cls);
}

/* Dates: weekdays, months with their days and years, ISO dates, years. */
static void ner_dates(struct ner_work *w, size_t a, size_t b)
{
	/* A date marked here leaves its words used: the walk needs no skip. */
	ner_each(&w->dated, c, i, a, b, 0) {
		struct ner_tok *t = &w->t[i];
		if (t->used)
			continue;
		if (t->n == 10 && t->s[4] == '-' && t->s[7] == '-') {
			int ok = 1;
			for (size_t k = 0; k < 10; k++)
				if (k != 4 && k != 7 && (t->s[k] < '0' || t->s[k] > '9'))
					ok = 0;
			if (ok) {
				ner_mark(w, i, i + 1, NER_DATE);
				continue;
			}
		}
		if ((t->lex & LEX_WEEKDAY) && t->cap) {
			ner_mark(w, i, i + 1, NER_DATE);
			continue;
		}
		if ((t->lex & LEX_MONTH) && t->cap) {
			size_t s = i, e = i + 1;
			if (s > a && ner_is_digits(&w->t[s - 1]) && w->t[s - 1].n <= 2 && !w->t[s - 1].used)
				s--;
			if (e < b && ner_is_digits(&w->t[e]) && w->t[e].n <= 2)
				e++;
			if (e + 1 < b && ner_is(&w->t[e], ",") && ner_is_digits(&w->t[e + 1]) && w->t[e + 1].n == 4)
				e += 2;
			else if (e < b && ner_is_digits(&w->t[e]) && w->t[e].n == 4)
				e++;
			/* "May" alone is mostly the verb. */
			if (e - s == 1 && ner_is(t, "may"))
				continue;
			ner_mark(w, s, e, NER_DATE);
			continue;
		}
		if (t->n == 4 && ner_is_digits(t)) {
			int y = atoi(t->s);
			int money = i > a && (ner_is(&w->t[i - 1], "$") || ner_is(&w->t[i - 1], "#"));
			if (y >= 1800 && y <= 2099 && !money)
				ner_mark(w, i, i + 1, NER_DATE);
		}
	}
}

/* Names the lexicon knows, at capitalised words the model left alone. */
static void ner_lexicon_names(struct ner_work *w, size_t a, size_t b, int multi_only)
{
	/* A mention marked here leaves its words used: the walk needs no skip. */
	ner_each_cap(w, c, i, a, b, 0) {
		if (w->t[i].used)
			continue;
		unsigned cls;
		size_t m = ner_lex_match(w, i, b, &cls);
		if (m == 0 || (multi_only && m < 2) || !ner_free_range(w, i, i + m))
			continue;
		int type = ner_lex_type(cls);
		if (type < 0)
			continue;
		/* A lone capitalised word at a sentence start may be ordinary. */
		if (m == 1 && (w->t[i].lex & LEX_COMMON))
			continue;
		ner_mark(w, i, i + m, (enum ner_type)type);
	}
}

static int ner_connector(const struct ner_tok *t)
{
	/* By length first: most tokens asked about have none of these. */
	switch (t->n) {
	case 1:
		return ner_is(t, "&");
	case 2:
		return ner_is(t, "of") || ner_is(t, "in") || ner_is(t, "on") || ner_is(t, "de");
	case 3:
		return ner_is(t, "for") || ner_is(t, "and");
	default:
		return 0;
	}
}

/* Whether token t is one of the words of list (NULL-ended), in any case. */
static int ner_is_any(const struct ner_tok *t, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (ner_is_str(t, list[k]))
			return 1;
	return 0;
}

/* Head words that name a newspaper or magazine alone after "the" ("The
 * Times", "The Herald"), where other head words are a reference back to
 * an organization, not its name ("The Agency said"). */
static const char *const ner_publication_words[] = { "times", "post", "journal", "herald", "tribune", "gazette",
						      "chronicle", "courier", "courant", "observer", "guardian", "telegraph",
						      "mirror", "express", "globe", "examiner", "inquirer", "enquirer",
						      "dispatch", "sentinel", "advertiser", NULL };
static int ner_publication_word(const struct ner_tok *t)
{
	return ner_is_any(t, ner_publication_words);
}

/* ner_publication_word of the bytes s[0..n). */
static int ner_publication_bytes(const char *s, size_t n)
{
	for (int k = 0; ner_publication_words[k]; k++)
		if (ner_lit_is_nocase(ner_publication_words[k], s, n))
			return 1;
	return 0;
}

/* Organization names: capitalised words, possibly joined by "of", "for",
 * "and", with an organization head word among them. */
static void ner_org_names(struct ner_work *w, size_t a, size_t b)
{
	/* A name marked here leaves its words used: the walk needs no skip. */
	ner_each_cap(w, c, i, a, b, 0) {
		/* A leading "The" is outside the name (ANNOTATION.md), and a head
		 * word alone after it is no name: "The Agency said". */
		if (w->t[i].used || !ner_namelike(&w->t[i]) || (w->t[i].lex & LEX_TITLE) || ner_is(&w->t[i], "the"))
			continue;
		size_t j = i, last_cap = i;
		int has_head = 0;
		while (j < b && !w->t[j].used) {
			const struct ner_tok *t = &w->t[j];
			/* A title ends the name: "Senate" [Majority Leader]. */
			if (j > i && (t->phrase_cls & LEX_TITLE) && t->phrase >= 2)
				break;
			if (t->cap && !(t->lex & (LEX_COMMON | LEX_SPEECH_VERB | LEX_WEEKDAY)) &&
			    !(t->lex & LEX_TITLE && !(t->lex & LEX_ORG_WORD))) {
				if (t->lex & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX))
					has_head = 1;
				last_cap = j;
				j++;
			} else if (ner_connector(t) && j + 1 < b && w->t[j + 1].cap && !w->t[j + 1].used) {
				j++;
			} else {
				break;
			}
		}
		if (has_head && last_cap == i && i > a && ner_is(&w->t[i - 1], "the") && ner_publication_word(&w->t[i]) &&
		    w->t[i].cap && !w->t[i].upper) {
			ner_mark(w, i, i + 1, NER_ORG);
		} else if (has_head && last_cap > i) {
			/* "Security Forces of Ukraine": the place the model found
			 * after the head word and "of" is part of the name. */
			size_t p = last_cap + 2;
			if (p < b && (w->t[last_cap].lex & LEX_ORG_WORD) && ner_is(&w->t[last_cap + 1], "of") &&
			    w->t[p].used && ner_lex_type(w->t[p].lex) == NER_PLACE && w->out->n > 0 &&
			    w->out->v[w->out->n - 1].start == w->t[p].start && w->out->v[w->out->n - 1].end == w->t[p].end) {
				w->out->n--;
				w->t[p].used = 0;
				last_cap = p;
			}
			ner_mark(w, i, last_cap + 1, NER_ORG);
		}
	}
}

/* How many name words follow token i: capitalised words, initials,
 * particles such as "Le" inside. */
static size_t ner_name_run(const struct ner_work *w, size_t i, size_t b)
{
	size_t j = i;
	while (j < b && j - i < 5 && !w->t[j].used) {
		const struct ner_tok *t = &w->t[j];
		if (!ner_namelike(t) || (t->lex & (LEX_TITLE | LEX_ROLE)))
			break;
		j++;
	}
	return j - i;
}

/* Whether token i starts its sentence a.., but for punctuation before it
 * (an opening quote or bracket). */
static int ner_sentence_initial(const struct ner_work *w, size_t a, size_t i)
{
	if (w->t[i].flags & TOKEN_SENT_START)
		return 1;
	for (size_t k = a; k < i; k++)
		if (!ner_is_punct_tok(&w->t[k]) && !ner_quote_mark(&w->t[k], 1))
			return 0;
	return 1;
}

/* Whether token t is a title's plural ("Ministers", "Secretaries"). */
static int ner_title_plural(const struct ner_tok *t)
{
	char buf[32];
	if (t->n < 4 || t->n >= sizeof buf || t->s[t->n - 1] != 's' || !t->cap)
		return 0;
	size_t n = t->n - 1;
	memcpy(buf, t->s, n);
	/* "Secretarie" back to "Secretary". */
	if (n > 3 && buf[n - 1] == 'e' && buf[n - 2] == 'i') {
		n -= 2;
		buf[n++] = 'y';
	}
	return (lexicon_lookup(buf, n) & LEX_TITLE) != 0;
}

/* People: after a title or role ("Prime Minister", "spokesman"), a known
 * first name with a surname, and names beside a verb of saying. */
static void ner_people(struct ner_work *w, size_t a, size_t b)
{
	size_t next = a;	/* the first token the walk looks at again */
	ner_each(&w->people, c, i, a, b, 0) {
		if (i < next || w->t[i].used)
			continue;
		unsigned cls;
		size_t m = ner_lex_match(w, i, b, &cls);
		if (m > 0 && (cls & (LEX_TITLE | LEX_ROLE)) && ner_free_range(w, i, i + m)) {
			size_t org = (cls & LEX_TITLE) ? ner_title_org(w, i, m) : 0;
			if (org)
				ner_mark(w, i, i + org, NER_ORG);
			size_t r = ner_name_run(w, i + m, b);
			/* Words between two titles are a portfolio, not a holder:
			 * "Deputy Health Minister", "Deputy Finance Secretary",
			 * "Deputy Finance Ministers" (a title's plural). */
			unsigned c3 = 0;
			if (r > 0 && i + m + r < b &&
			    ((ner_lex_match(w, i + m + r, b, &c3) > 0 && (c3 & LEX_TITLE)) ||
			     ner_title_plural(&w->t[i + m + r])))
				r = 0;
			if (r > 0) {
				/* A place or organization after a title is not its holder. */
				unsigned c2;
				size_t m2 = ner_lex_match(w, i + m, i + m + r, &c2);
				if (!(m2 == r && ner_lex_type(c2) >= 0 && ner_lex_type(c2) != NER_PERSON)) {
					ner_mark(w, i + m, i + m + r, NER_PERSON);
					next = i + m + r;
					continue;
				}
			}
		}
		const struct ner_tok *t = &w->t[i];
		if ((t->lex & LEX_FIRST_NAME) && t->cap && !(t->lex & LEX_COMMON)) {
			size_t r = ner_name_run(w, i, b);
			if (r >= 2) {
				ner_mark(w, i, i + r, NER_PERSON);
				next = i + r;
				continue;
			}
		}
		if ((t->lex & LEX_SPEECH_VERB) && i + 1 < b) {
			size_t r = ner_name_run(w, i + 1, b);
			/* Nor is a run a person's that starts with a word news
			 * writes in lower case but for a given name: "said
			 * Operation Warp Speed", not "said Will Carter". */
			const struct ner_tok *f = &w->t[i + 1];
			if (r >= 2 && !(f->lex & LEX_FIRST_NAME) && lexicon_lowercase(f->s, f->n))
				r = 0;
			if (r >= 2 && ner_lex_match(w, i + 1, i + 1 + r, &cls) != r) {
				ner_mark(w, i + 1, i + 1 + r, NER_PERSON);
				next = i + 1 + r;
				continue;
			}
		}
		/* "Macron said": a lone unknown capitalised word before a verb of
		 * saying; at the start of a sentence (after an opening quote
		 * too), not a word news text writes in lower case ("The talks",
		 * "They said"), nor an article ("A report from", "A state of
		 * emergency": nouns the verbs are spelt like). */
		/* A given name news also writes in lower case ("Drew said",
		 * "Bill said") is the name there: no noun or verb says. */
		int given = t->lex == LEX_FIRST_NAME;
		if (ner_namelike(t) && (!t->lex || given) && i + 1 < b && (w->t[i + 1].lex & LEX_SPEECH_VERB) &&
		    (i == a || !w->t[i - 1].cap) &&
		    !(ner_sentence_initial(w, a, i) &&
		      ((!given && ner_lowercase_word(t->s, t->n)) || ner_title_function_word(t)))) {
			ner_mark(w, i, i + 1, NER_PERSON);
		}
	}
}

/* A photo credit such as "ANATOLII STEPANOV/AFP/Getty Images": the
 * capitalised words before the first slash are the photographer. */
static void ner_caption_credit(struct ner_work *w, size_t a, size_t b)
{
	for (size_t i = a; i + 1 < b; i++) {
		if (!ner_is(&w->t[i], "/"))
			continue;
		size_t s = i;
		while (s > a && w->t[s - 1].upper && w->t[s - 1].n > 1 && !w->t[s - 1].used && i - s < 4)
			s--;
		if (i - s >= 2 && ner_free_range(w, s, i))
			ner_mark(w, s, i, NER_PERSON);
		/* The agencies between the slashes. */
		for (size_t k = i + 1; k < b; k++) {
			if (ner_is(&w->t[k], "/"))
				continue;
			size_t e = k;
			while (e < b && w->t[e].cap && !ner_is(&w->t[e], "/") && !w->t[e].used)
				e++;
			if (e > k)
				ner_mark(w, k, e, NER_ORG);
			k = e;
			if (k >= b || !ner_is(&w->t[k], "/"))
				break;
		}
		break;
	}
}

/* A hyphenated word holding names. Returns 1 if it decided the mentions
 * (pushing none or some), 0 if the word is a name as a whole:
 *   - a name the lexicon knows whole, or whose lower-case parts sit inside
 *     it (Chester-le-Street, Ata-ur-Rehman) or lead it as a particle
 *     (al-Aqsa), or whose capitalised parts are not all names on their own
 *     (Cyber-Partisans, Nagorno-Karabakh, Jean-Yves): whole;
 *   - names joined (Russia-Ukraine, German-Israeli): each name;
 *   - a name with a lower-case head or tail (Russia-backed, U.S.-led,
 *     ex-England, pro-Russian): the name alone. */
static int ner_hyphen(struct ner_work *w, size_t i, int model_type)
{
	const struct ner_tok *t = &w->t[i];
	if (!ner_chr(w->s, t->s, '-', t->n) || ner_lex_type(lexicon_lookup(t->s, t->n)) >= 0)
		return 0;
	size_t parts[16][2], np = 0, p = 0;
	for (size_t k = 0; k <= t->n && np < 16; k++) {
		if (k == t->n || t->s[k] == '-') {
			parts[np][0] = p;
			parts[np][1] = k;
			np++;
			p = k + 1;
		}
	}
	/* Each part: capitalised, and the type the lexicon knows it by. */
	int cap[16], known[16], nknown = 0;
	for (size_t k = 0; k < np; k++) {
		const char *ps = t->s + parts[k][0];
		size_t pn = parts[k][1] - parts[k][0];
		cap[k] = pn > 0 && (text_starts_upper(ps, pn) || (ps[0] >= '0' && ps[0] <= '9'));
		known[k] = pn > 0 && cap[k] ? ner_lex_type(lexicon_lookup(ps, pn)) : -1;
		nknown += known[k] >= 0;
	}
	/* The capitalised run: [c0, c1). */
	size_t c0 = 0;
	while (c0 < np && !cap[c0])
		c0++;
	size_t c1 = c0;
	while (c1 < np && cap[c1])
		c1++;
	if (c0 == np)
		return 1; /* no name in it */
	int lower_inside = 0;
	for (size_t k = c1; k < np; k++)
		if (cap[k])
			lower_inside = 1; /* Chester-le-Street */
	if (lower_inside)
		return 0;
	if (c0 > 0) {
		const char *ps = t->s + parts[0][0];
		size_t pn = parts[0][1] - parts[0][0];
		if (lexicon_lookup(ps, pn) & LEX_SURNAME_PARTICLE)
			return 0; /* al-Aqsa */
	}
	if (c0 == 0 && c1 == np) {
		/* All capitalised: names side by side, or one name. A party's
		 * letter before a state is no name: "(D-N.Y.)". */
		int letters = 0;
		for (size_t k = 0; k < np; k++)
			letters += known[k] < 0 && parts[k][1] - parts[k][0] == 1;
		/* A people's combining form names no one in the compound:
		 * "Anglo-French" is one adjective, as "Sino-Soviet" is, not the
		 * Anglos and the French (the lexicon knows "Anglo" alone). */
		static const char *const combining[] = { "Anglo", "Franco", "Italo", "Indo",   "Sino",
							 "Afro",  "Russo",  "Greco", "Judeo", "Austro",
							 "Serbo", "Luso",   "Hispano", NULL };
		if (np == 2 && known[1] == NER_GROUP) {
			for (int k = 0; combining[k]; k++)
				if (ner_lit_is(combining[k], t->s, parts[0][1])) {
					ner_push(w->out, t->start, t->start + t->n, NER_MISC);
					w->t[i].used = 1;
					return 1;
				}
		}
		if (nknown + letters == (int)np && nknown > 0 && np > 1) {
			for (size_t k = 0; k < np; k++)
				if (known[k] >= 0)
					ner_push(w->out, t->start + parts[k][0], t->start + parts[k][1],
						 (enum ner_type)known[k]);
			w->t[i].used = 1;
			return 1;
		}
		return 0;
	}
	/* A lower-case head or tail around the capitalised run. */
	size_t as = t->start + parts[c0][0], ae = t->start + parts[c1 - 1][1];
	/* A sentence's first word, capitalised as the first (or after a
	 * dateline's dash), that news writes in lower case is none:
	 * "TAIPEI, March 2 - State-owned Taiwan Power". */
	int opens = (t->flags & TOKEN_SENT_START) ||
		    (i >= 2 && ner_is(&w->t[i - 1], "-") && w->t[i - 2].n && w->t[i - 2].s[0] >= '0' && w->t[i - 2].s[0] <= '9');
	if (c1 - c0 == 1 && c0 == 0 && opens && lexicon_lowercase(t->s, parts[0][1]) &&
	    ner_lex_type(lexicon_lookup(t->s, parts[0][1])) < 0) {
		w->t[i].used = 1;
		return 1;
	}
	int type = ner_lex_type(lexicon_lookup(t->s + parts[c0][0], parts[c1 - 1][1] - parts[c0][0]));
	if (type < 0)
		type = model_type;
	if (type >= 0)
		ner_push(w->out, as, ae, (enum ner_type)type);
	w->t[i].used = 1;
	return 1;
}

static int ner_span_has(const struct ner_work *w, size_t s, size_t e, const char *word)
{
	for (size_t k = s; k < e; k++)
		if (ner_is_str(&w->t[k], word))
			return 1;
	return 0;
}

static int ner_is_punct_tok(const struct ner_tok *t)
{
	for (size_t i = 0; i < t->n; i++) {
		unsigned char c = (unsigned char)t->s[i];
		if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			return 0;
	}
	return 1;
}

/* Kinds of places, in lower case. */
static const char *const ner_place_kinds[] = { "port", "city", "town", "village", "province", "region",
					       "district", "county", "island", "islands", "municipality", "suburb",
					       "state", "capital", "hamlet", "commune", "prefecture", "governorate",
					       NULL };

/* Whether the name at token i follows "<a kind of place> of": "the port
 * of", "the town of", "the province of". */
static int ner_place_of(const struct ner_work *w, size_t a, size_t i)
{
	if (i < a + 2 || !ner_is(&w->t[i - 1], "of") || w->t[i - 2].cap)
		return 0;
	return ner_is_any(&w->t[i - 2], ner_place_kinds);
}

/* Whether the lower-case word s[0..n) is a common word that may follow a
 * name without being part of it: one news text writes in lower case or a
 * kind of place or feature ("province", "mountains"), 1; a head word of
 * organizations ("agency", "army"), 2, as a name may be written with it in
 * lower case ("International Crisis group"); not a syllable of a name
 * ("yeol"), 0. */
static int ner_common_tail(const char *s, size_t n)
{
	static const char *const features[] = { "valley", "mountains", "river", "desert", "basin", "peninsula",
						"area", "news", NULL };
	if (lexicon_lowercase(s, n))
		return 1;
	for (int k = 0; ner_place_kinds[k]; k++)
		if (ner_lit_is(ner_place_kinds[k], s, n))
			return 1;
	for (int k = 0; features[k]; k++)
		if (ner_lit_is(features[k], s, n))
			return 1;
	char cap[32];
	if (n >= sizeof cap)
		return 0;
	memcpy(cap, s, n);
	cap[0] = (char)(cap[0] - 'a' + 'A');
	return (lexicon_lookup(cap, n) & LEX_ORG_WORD) ? 2 : 0;
}

/* Whether a preposition of place stands before token i: "in", "from",
 * "near", "across", with lower-case words between. */
static int ner_place_context(const struct ner_work *w, size_t a, size_t i)
{
	/* Not "to" or "at": teams are beaten by, lost to and play at places. */
	static const char *const preps[] = { "in", "from", "near", "across", "into", "throughout",
					     "outside", "inside", NULL };
	for (size_t k = i, steps = 0; k > a && steps < 4; k--, steps++) {
		const struct ner_tok *t = &w->t[k - 1];
		if (ner_is_any(t, preps))
			return 1;
		if (t->cap || ner_is_punct_tok(t))
			return 0;
	}
	return 0;
}

/* Whether an age follows token e: ", 17," or ", 45." (a number of one to
 * three digits up to 120, set off by commas). */
static int ner_age_after(const struct ner_work *w, size_t e, size_t b)
{
	if (e + 2 >= b || !ner_is(&w->t[e], ",") || !ner_is_digits(&w->t[e + 1]) || w->t[e + 1].n > 3)
		return 0;
	int age = 0;
	for (size_t k = 0; k < w->t[e + 1].n; k++)
		age = age * 10 + (w->t[e + 1].s[k] - '0');
	if (age < 1 || age > 120)
		return 0;
	const struct ner_tok *t = &w->t[e + 2];
	return ner_is(t, ",") || ner_is(t, ".") || ner_is(t, ";");
}

/* Whether the token is a number joined to another by a dash ("51-50"). */
static int ner_is_score(const struct ner_tok *t)
{
	size_t i = 0;
	while (i < t->n && t->s[i] >= '0' && t->s[i] <= '9')
		i++;
	if (i == 0 || i >= t->n || t->s[i] != '-')
		return 0;
	size_t j = ++i;
	while (i < t->n && t->s[i] >= '0' && t->s[i] <= '9')
		i++;
	return i > j && i == t->n;
}

/* Whether the token is a company's legal form, which ends its name
 * ("TallGrass Distribution Ltd"): the forms no other name goes on after. */
static int ner_is_legal_form(const struct ner_tok *t)
{
	static const char *const forms[] = { "Ltd", "Ltd.", "Inc", "Inc.", "Corp.", "LLC", "PLC", "Plc", "GmbH", NULL };
	for (int k = 0; forms[k]; k++)
		if (ner_lit_is(forms[k], t->s, t->n))
			return 1;
	return 0;
}

/* Whether the word s[0..n) ends in "n't", with a straight or a curly
 * apostrophe. */
static int ner_negated_verb(const char *s, size_t n)
{
	if (n < 4 || (s[n - 1] | 0x20) != 't')
		return 0;
	if (s[n - 2] == '\'')
		return (s[n - 3] | 0x20) == 'n';
	return n >= 6 && memcmp(s + n - 4, "\xe2\x80\x99", 3) == 0 && (s[n - 5] | 0x20) == 'n';
}

/* Words the model runs into a name that are none of it, cut off as
 * ANNOTATION.md's span rules say: a hyphenated modifier before it
 * ("Indian-registered [Reliance GlobalCom]", "Sixty-year-old [Sharron
 * Smith]"), a score or a match week after it ("[Evansville] 51 - 50",
 * "[Jaguars] in Week 16"), the words after a company's legal form
 * ("[TallGrass Distribution Ltd] Christmas party"), and two names joined
 * by "and" after a place ("[Detroit] and [Carolina]"). Returns 1 when it
 * marked the pieces itself; sets *trimmed when it cut words off. */
static int ner_model_span_cut(struct ner_work *w, size_t *ps, size_t *pe, int *nt, int *trimmed)
{
	size_t s = *ps, e = *pe;
	const struct ner_tok *t = w->t;
	/* A capitalised modifier with a lower-case tail: its name part (if
	 * the lexicon knows one) is a name of its own, ner_hyphen. */
	if (e - s >= 2 && t[s].cap && t[s + 1].cap) {
		const char *dash = NULL;
		for (size_t q = 0; q < t[s].n; q++)
			if (t[s].s[q] == '-')
				dash = t[s].s + q;
		if (dash && dash + 1 < t[s].s + t[s].n && dash[1] >= 'a' && dash[1] <= 'z' && ner_hyphen(w, s, -1))
			s++;
	}
	/* A negated verb ("doesn’t", which the model does not know with a
	 * curly apostrophe) ends the name before it. */
	for (size_t k = s + 1; k < e; k++)
		if (!t[k].cap && ner_negated_verb(t[k].s, t[k].n)) {
			e = k;
			*trimmed = 1;
			break;
		}
	if (e - s >= 4 && ner_is_digits(&t[e - 1]) && (ner_is(&t[e - 2], "-") || ner_is(&t[e - 2], "\xe2\x80\x93")) &&
	    ner_is_digits(&t[e - 3]))
		e -= 3;
	else if (e - s >= 2 && ner_is_score(&t[e - 1]))
		e -= 1;
	else if (e - s >= 4 && ner_is_digits(&t[e - 1]) && t[e - 2].cap && !t[e - 3].cap &&
		 (ner_is(&t[e - 3], "in") || ner_is(&t[e - 3], "on") || ner_is(&t[e - 3], "at")))
		e -= 3;
	for (size_t k = s + 1; k + 1 < e; k++) {
		if (!ner_is_legal_form(&t[k]))
			continue;
		size_t x = k + 1;
		while (x < e && (t[x].lex & LEX_COMPANY_SUFFIX))
			x++;
		if (x < e && t[x].cap) {
			e = x;
			*nt = NER_ORG;
		}
		break;
	}
	/* A name of two words or more with a lower-case tail after a hyphen
	 * ("New York-based", "World Bank-led"): the name alone, typed as a
	 * list knows it (the model types the compound). */
	if (e - s >= 2 && t[e - 1].cap) {
		const struct ner_tok *l = &t[e - 1];
		size_t d = l->n;
		while (d > 0 && l->s[d - 1] != '-')
			d--;
		int tail = *nt != NER_PERSON && d > 1 && d < l->n && l->s[d - 2] != '-';
		for (size_t q = d; tail && q < l->n; q++)
			tail = l->s[q] >= 'a' && l->s[q] <= 'z';
		/* A word of the language, not a name's syllable ("Li
		 * Ka-shing", "Hui Yin-fat": no person's), nor a dash between
		 * words ("West--make"). */
		if (tail && l->n - d >= 3 && lexicon_lowercase(l->s + d, l->n - d)) {
			size_t start = t[s].start, end = l->start + d - 1;
			int lt = ner_lex_type(lexicon_lookup(w->s + start, end - start));
			for (size_t k = s; k < e; k++)
				w->t[k].used = 1;
			ner_push(w->out, start, end, (enum ner_type)(lt >= 0 ? lt : *nt));
			return 1;
		}
	}
	/* What the model typed with the words cut off is typed anew: a
	 * name ending in a company's legal form is a company ("Paris-based
	 * [DIM S.A.]"). */
	if ((s != *ps || e != *pe) && (t[e - 1].lex & LEX_COMPANY_SUFFIX) && e - s >= 2)
		*nt = NER_ORG;
	*trimmed |= s != *ps || e != *pe;
	*ps = s;
	*pe = e;
	unsigned cls;
	if (e - s < 3 || ner_lex_match(w, s, e, &cls) == e - s)
		return 0;
	for (size_t k = s + 1; k + 1 < e; k++) {
		if (!ner_is(&t[k], "and") || t[k].cap)
			continue;
		if (ner_lex_match(w, s, k, &cls) != k - s || !(cls & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
			return 0;
		for (size_t q = k + 1; q < e; q++)
			if (!t[q].cap || (t[q].lex & LEX_ORG_WORD))
				return 0;
		ner_mark(w, s, k, (enum ner_type)*nt);
		ner_mark(w, k + 1, e, (enum ner_type)*nt);
		return 1;
	}
	return 0;
}

/* Whether the tokens t[i..j) are all words in capitals. */
static int ner_all_upper(const struct ner_work *w, size_t i, size_t j)
{
	for (size_t k = i; k < j; k++)
		if (!w->t[k].upper || !ner_is_word(&w->t[k]))
			return 0;
	return i < j;
}

/* The end of 1 to 3 capitalised words from x that are no other name, or x:
 * words the model left out or took for an organization ("Rural Affairs
 * and Housing"), that no lexicon names and no acronym ("and CIAT"). */
static size_t ner_portfolio_item(const struct ner_work *w, size_t x, size_t b)
{
	size_t y = x;
	while (y < b && y - x < 3 && !w->t[y].used && w->t[y].cap &&
	       (w->t[y].tag == 0 || TAGGER_TYPE(w->t[y].tag) == TAGGER_ORG) && ner_lex_type(w->t[y].lex) < 0 &&
	       !(w->t[y].lex & LEX_FIRST_NAME) && !(w->t[y].upper && w->t[y].n > 1))
		y++;
	return y < b && w->t[y].cap ? x : y;
}

/* Where a ministry's name ending at e ends once the rest of its portfolio
 * is read: "and Human Services", ", Rural Affairs and Housing", ", Land,
 * Water and Planning"; e itself unless the list closes with "and". */
static size_t ner_portfolio_end(const struct ner_work *w, size_t e, size_t b)
{
	size_t x = e;
	while (x + 1 < b && ner_is(&w->t[x], ",") && !w->t[x].used) {
		size_t y = ner_portfolio_item(w, x + 1, b);
		if (y == x + 1)
			return e;
		x = y;
	}
	if (x + 1 >= b || !ner_is(&w->t[x], "and") || w->t[x].used)
		return e;
	size_t y = ner_portfolio_item(w, x + 1, b);
	return y > x + 1 ? y : e;
}

/* Whether tokens [a, b) hold a word with a letter in lower case: a
 * sentence not set in capitals. */
static int ner_sentence_mixed(const struct ner_work *w, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (w->t[k].word && !w->t[k].upper)
			return 1;
	return 0;
}

/* Whether s[0..n) is a number with a comma between its thousands
 * ("2,290", "1,000,000"): a count after a name ("Phil Ford 2,290" on a
 * fan's sign), never a part of it. */
static int ner_thousands(const char *s, size_t n)
{
	if (n < 5 || !(s[0] >= '0' && s[0] <= '9'))
		return 0;
	size_t digits = 0, groups = 0;
	for (size_t k = 0; k < n; k++) {
		char c = s[k];
		if (c >= '0' && c <= '9') {
			digits++;
		} else if (c == ',' && digits >= 1 && (groups ? digits == 3 : digits <= 3)) {
			groups++;
			digits = 0;
		} else {
			return 0;
		}
	}
	return groups >= 1 && digits == 3;
}

static int ner_work_kind(const struct ner_tok *t);

/* The model's spans, cut to the span rules and typed with the lexicon. */
static void ner_model_spans(struct ner_work *w, size_t a, size_t b)
{
	static const int map[4] = { NER_PERSON, NER_PLACE, NER_ORG, NER_MISC };
	size_t i = a;
	while (i < b) {
		int tag = w->t[i].tag;
		if (tag == 0 || w->t[i].used) {
			i++;
			continue;
		}
		int type = TAGGER_TYPE(tag);
		size_t j = i + 1;
		while (j < b && w->t[j].tag == TAGGER_I(type) && !w->t[j].used)
			j++;
		size_t s = i, e = j;
		i = j;
		/* The rest of a model's name whose start a list's name took
		 * ("Los Angeles" of "a Los Angeles hospital") is no name where
		 * it is a word in lower case. */
		if (TAGGER_IS_I(tag) && s > a && w->t[s - 1].used && !w->t[s].cap)
			continue;
		int trimmed = 0;
		/* "the", titles, punctuation and joining words are outside. */
		for (;;) {
			unsigned tcls = 0;
			size_t tm = s < e ? ner_lex_match(w, s, e, &tcls) : 0;
			if (s < e && (ner_is(&w->t[s], "the") || ner_is_punct_tok(&w->t[s]) ||
				      (ner_connector(&w->t[s]) && !(w->t[s].lex & LEX_SURNAME_PARTICLE)))) {
				s++;
				trimmed = 1;
			} else if (tm > 0 && tm < e - s && (tcls & LEX_TITLE) && type == 0 &&
				   !(tm == 1 && (w->t[s].lex & LEX_FIRST_NAME))) {
				size_t org = ner_title_org(w, s, tm);
				if (org)
					ner_mark(w, s, s + org, NER_ORG);
				s += tm;
			} else {
				break;
			}
		}
		while (e > s && (ner_is_possessive(&w->t[e - 1]) || ner_is_punct_tok(&w->t[e - 1]) ||
				 ner_connector(&w->t[e - 1]) || ner_lit_is("a", w->t[e - 1].s, w->t[e - 1].n) ||
				 ner_lit_is("an", w->t[e - 1].s, w->t[e - 1].n) ||
				 ner_thousands(w->t[e - 1].s, w->t[e - 1].n))) {
			/* "Mladost ( L )" keeps the bracket it opened. */
			if (ner_is(&w->t[e - 1], ")") && ner_span_has(w, s, e - 1, "("))
				break;
			e--;
			trimmed = 1;
		}
		/* A kind of work whose title a rule took is outside its maker's
		 * name: "the BBC drama" before "Harbour Lights". */
		if (e > s + 1 && e < b && w->t[e].used && ner_work_kind(&w->t[e - 1])) {
			e--;
			trimmed = 1;
		}
		/* Angle brackets hold wire copy's tickers ("General Electric Co
		 * <GE>"), and square ones a page's marks ("de Jong [Page 1]",
		 * "[edit]"), which no name holds: a name ends before one. But an
		 * editor's square brackets in a quotation close around a word of
		 * the name ("Dennis [Northcutt]"). */
		for (size_t k = s + 1; k < e; k++)
			if (ner_is(&w->t[k], "<") || ner_is(&w->t[k], ">") ||
			    (ner_is(&w->t[k], "[") && !(k + 2 <= e && k + 2 < b && ner_is(&w->t[k + 2], "]"))) ||
			    (ner_is(&w->t[k], "]") && !ner_span_has(w, s, k, "["))) {
				e = k;
				trimmed = 1;
			}
		/* A title that begins inside the span ends it: "Senate [Majority
		 * Leader]"; a span that is all title is none. */
		for (size_t k = s; k < e; k++) {
			unsigned tcls;
			size_t tm = ner_lex_match(w, k, b, &tcls);
			if (tm == 0 || !(tcls & LEX_TITLE))
				continue;
			/* But a word in capitals of three letters or more among
			 * words in lower case that is no role is an acronym that
			 * spells a title ("the SRI has collected", Ecuador's tax
			 * office, not the honorific Sri). */
			if (tm == 1 && e == s + 1 && w->t[k].upper && w->t[k].n >= 3 && !(tcls & LEX_ROLE) &&
			    ner_sentence_mixed(w, a, b))
				break;
			if (k == s && k + tm >= e)
				s = e;
			else if (k > s && k + tm > e)
				e = k;
			if (k == s && k + tm >= e)
				break;
			if (k > s && k + tm >= e)
				break;
		}
		/* The mark the cut left last ("In [Washington ,] House
		 * Speaker"). */
		while (e > s && ner_is_punct_tok(&w->t[e - 1]) && !ner_is(&w->t[e - 1], ")"))
			e--;
		if (s >= e)
			continue;
		/* A capitalised ordinary word inside a sentence (a word before
		 * it) right before a company's or an organization's name is its
		 * first word, which the model, reading it as ordinary, left out
		 * ("First American Title Insurance Co", "First Western
		 * Financial Corp"). */
		if (type == TAGGER_ORG && s >= a + 2 && ner_is_word(&w->t[s - 2]) && w->t[s - 1].cap &&
		    !w->t[s - 1].upper && !w->t[s - 1].used && !w->t[s - 1].tag && (w->t[s - 1].lex & LEX_COMMON) &&
		    !(w->t[s - 1].lex & (LEX_TITLE | LEX_MONTH | LEX_WEEKDAY | LEX_SPEECH_VERB)) &&
		    !(w->t[s - 1].flags & (TOKEN_SENT_START | TOKEN_LINE_START)) &&
		    (w->t[e - 1].lex & (LEX_COMPANY_SUFFIX | LEX_ORG_WORD)) && !ner_title_function_word(&w->t[s - 1]))
			s--;
		/* A name the lexicon knows with its "'s" keeps it ("Moody's",
		 * "Standard and Poor's", "Poor's Corp" inside the span): there
		 * it is no possessive. */
		size_t ps = s + 1;
		while (ps < e && ps < b && !ner_is_possessive(&w->t[ps]))
			ps++;
		if (ps < b && ps <= e && ner_is_possessive(&w->t[ps]) && w->t[ps].n > 1) {
			/* With a word and "and" before it too ("Standard and
			 * Poor's"), where the model left them out or took the
			 * word for a name of its own, the last one found. */
			const struct ner_mention *last = w->out->n ? &w->out->v[w->out->n - 1] : NULL;
			int alone = s >= a + 2 && w->t[s - 2].used && last && last->start == w->t[s - 2].start &&
				    last->end == w->t[s - 2].end;
			size_t s2 = s >= a + 2 && (ner_is(&w->t[s - 1], "and") || ner_is(&w->t[s - 1], "&")) &&
						  w->t[s - 2].cap && (!w->t[s - 2].used || alone) ? s - 2 : s;
			int listed = 0;
			for (size_t from = s2;; from = s) {
				if (ner_lex_type(lexicon_lookup(w->s + w->t[from].start,
								w->t[ps].end - w->t[from].start)) >= 0) {
					if (from == s - 2 && alone)
						w->out->n--;
					s = from;
					if (e == ps)
						e++;
					trimmed = 0;
					listed = 1;
					break;
				}
				if (from == s)
					break;
			}
			/* Or with a word before the possessor or after the
			 * possessive, as the lists write a chain's name ("Trader
			 * Joe's", "Carl's Jr."). */
			if (!listed) {
				size_t cand[3][2], nc = 0;
				if (s > a && w->t[s - 1].cap && !w->t[s - 1].used) {
					cand[nc][0] = s - 1;
					cand[nc++][1] = ps + 1;
				}
				if (ps + 1 < b && w->t[ps + 1].cap && !w->t[ps + 1].used) {
					if (ps + 2 < b && ner_is(&w->t[ps + 2], ".") && w->t[ps + 2].start == w->t[ps + 1].end) {
						cand[nc][0] = s;
						cand[nc++][1] = ps + 3;
					}
					cand[nc][0] = s;
					cand[nc++][1] = ps + 2;
				}
				for (size_t c = 0; c < nc && !listed; c++) {
					size_t f = cand[c][0], t = cand[c][1];
					if (ner_lex_type(lexicon_lookup(w->s + w->t[f].start, w->t[t - 1].end - w->t[f].start)) ==
					    NER_ORG) {
						s = f;
						if (e < t)
							e = t;
						trimmed = 0;
						listed = 1;
					}
				}
			}
			/* Elsewhere a possessor of two words or more before a
			 * name of two words or more is a name of its own:
			 * "[Stanford University]'s [Center on Poverty and
			 * Inequality]"; shorter ones are as often one name
			 * ("People's Daily", "National Cattlemen's Association");
			 * one word the lists know as a place is one too:
			 * "[California]'s [Museum of Neon Art]". */
			unsigned one = 0;
			if (!listed && ps == s + 1 && ps + 1 < e && w->t[ps + 1].cap &&
			    ner_lex_match(w, s, ps, &one) == 1)
				one &= LEX_COUNTRY | LEX_CITY | LEX_REGION;
			else
				one = 0;
			if (!listed && ((ps >= s + 2 && ps + 2 < e) || one) && w->t[ps + 1].cap) {
				unsigned pc;
				int pt = ner_lex_match(w, s, ps, &pc) == ps - s ? ner_lex_type(pc) : -1;
				ner_mark(w, s, ps, (enum ner_type)(pt >= 0 ? pt : map[type]));
				w->t[ps].used = 1;
				s = ps + 1;
				trimmed = 1;
			}
		}
		int nt = map[type];
		if (ner_model_span_cut(w, &s, &e, &nt, &trimmed))
			continue;
		/* A named operation is one name, "Operation" and all:
		 * "Operation UNIFIER", "Operation Desert Storm", an other name
		 * unless the model took the whole for an organization
		 * ("Operation Dudula", a movement). */
		if (s > a && ner_is(&w->t[s - 1], "operation") && w->t[s - 1].cap && !w->t[s - 1].used &&
		    !w->t[s - 1].tag) {
			s--;
			nt = NER_MISC;
		} else if (e - s >= 2 && (nt == NER_PERSON || nt == NER_PLACE || (nt == NER_ORG && ner_all_upper(w, s + 1, e))) &&
			   ner_is(&w->t[s], "operation") && w->t[s].cap) {
			/* A code name in capitals is a military operation's
			 * ("Operation UNIFIER", "Operation REASSURANCE"), not a
			 * movement's: an other name whatever the model says. So is
			 * one the model took for a person or a place ("Operation
			 * Warp Speed", "Operation Desert Shield"): no person's or
			 * place's name starts with the word. */
			nt = NER_MISC;
		} else if (e - s == 1 && nt == NER_MISC && ner_is(&w->t[s], "operation") && w->t[s].cap) {
			/* The model may end the name after "Operation" and start
			 * another: the capitalised words it tags next are the rest. */
			if (e < b && !w->t[e].used && w->t[e].cap && w->t[e].tag) {
				int ty = TAGGER_TYPE(w->t[e].tag);
				while (e < b && !w->t[e].used && w->t[e].cap && w->t[e].tag &&
				       TAGGER_TYPE(w->t[e].tag) == ty)
					e++;
				i = e;
			}
		}
		/* A person's full name is no longer for "of" and what follows:
		 * "[Jamie Werner] of [Ngatiwai]", "[John Smith] of Acme"; a
		 * single name keeps it ("Joan of Arc"). */
		if (nt == NER_PERSON && e - s >= 4) {
			for (size_t k = s + 2; k + 1 < e; k++)
				if (ner_is(&w->t[k], "of") && !w->t[k].cap && w->t[k + 1].cap) {
					e = k;
					break;
				}
		}
		/* A title or a headline's label before a colon is none of the
		 * name after it: "Surgeon General: [Onion] headline",
		 * "Exclusive: [Tarvel Mining]". */
		if (e - s >= 3 && ner_is(&w->t[s + 1], ":") && (w->t[s].lex & (LEX_TITLE | LEX_COMMON | LEX_ROLE)))
			s += 2;
		/* A dotted abbreviation a list knows as a place or a body ends
		 * no person's name, as a headline runs them together: "[Regina
		 * Benjamin] [U.S.] Surgeon General nominee". */
		if (nt == NER_PERSON && e - s >= 3) {
			for (size_t k = s + 2; k < e; k++) {
				unsigned kc;
				if (!ner_chr(w->s, w->s + w->t[k].start, '.', w->t[e - 1].end - w->t[k].start) ||
				    ner_lex_match(w, k, e, &kc) != e - k || !(kc & (LEX_COUNTRY | LEX_REGION | LEX_ORG)))
					continue;
				int kt = ner_lex_type(kc);
				ner_mark(w, k, e, (enum ner_type)(kt >= 0 ? kt : NER_PLACE));
				e = k;
				break;
			}
		}
		/* The same abbreviation split into tokens by another tool ("[Regina
		 * Benjamin] U . S . Surgeon General", whatever type the model
		 * gave the run): no name ends in two letters with a full stop
		 * between them after two words. */
		if (nt != NER_DATE && e - s >= 5 && w->t[e - 1].n == 1 && w->t[e - 1].upper && ner_is(&w->t[e - 2], ".") &&
		    w->t[e - 3].n == 1 && w->t[e - 3].upper && e - 3 >= s + 2 && !ner_is(&w->t[e - 4], ".")) {
			char ab[8] = { w->t[e - 3].s[0], '.', w->t[e - 1].s[0], '.', '\0' };
			e -= 3;
			if (ner_lex_type(lexicon_lookup(ab, 4)) == NER_PLACE && e + 3 < w->n && ner_is(&w->t[e + 3], "."))
				ner_mark(w, e, e + 4, NER_PLACE);
		}
		/* Spaced initials the model found but for their last full stop
		 * ("[U . S] . Surgeon General"): the full stop is theirs. */
		if (nt != NER_DATE && e - s >= 3 && (e - s) % 2 == 1 && e < b && ner_is(&w->t[e], ".") && !w->t[e].used) {
			int spaced = 1;
			for (size_t k = s; spaced && k < e; k++)
				spaced = (k - s) % 2 ? ner_is(&w->t[k], ".") : w->t[k].n == 1 && w->t[k].upper;
			if (spaced)
				e++;
		}
		/* "the port of Santa Brisa", "the town of Paulsboro": a place,
		 * whatever first name its first word is. */
		if (nt == NER_PERSON && ner_place_of(w, a, s))
			nt = NER_PLACE;
		/* "from Regina Sandra Masters" with its comma left out: a known
		 * place after a preposition of place, then a given name, are the
		 * place and the person. */
		if (nt == NER_PERSON && e - s >= 3 && ner_place_context(w, a, s)) {
			unsigned pc;
			size_t pm = ner_lex_match(w, s, e, &pc);
			if (pm > 0 && e - s - pm >= 2 && ner_lex_type(pc) == NER_PLACE && (w->t[s + pm].lex & LEX_FIRST_NAME)) {
				ner_mark(w, s, s + pm, NER_PLACE);
				s += pm;
			}
		}
		/* A weekday after a name is the date it happened, not part of
		 * the name ("Wasilla Bible Church Friday"); "Good Friday", an
		 * other name, keeps it. */
		while (nt != NER_MISC && e - s >= 2 && (w->t[e - 1].lex & LEX_WEEKDAY))
			e--;
		unsigned cls = 0;
		size_t m = ner_lex_match(w, s, e, &cls);
		/* The lists write a name with its "'s" as one word ("Macy's",
		 * "Carl's Jr."), which the text has as two. */
		int poss = 0;
		for (size_t k = s + 1; m < e - s && k < e && !poss; k++)
			poss = ner_is_possessive(&w->t[k]);
		if (poss) {
			unsigned c2 = lexicon_lookup(w->s + w->t[s].start, w->t[e - 1].end - w->t[s].start);
			if (c2) {
				cls = c2;
				m = e - s;
			}
		}
		int whole = m == e - s;
		if (e - s == 1 && ner_hyphen(w, s, nt))
			continue;
		if (nt == NER_MISC && whole && (cls & (LEX_DEMONYM | LEX_GROUP)))
			nt = NER_GROUP;
		/* What the lexicon knows whole as an organization is one (Kremlin,
		 * Telegram); a place after "in" is a place (in eastern Siberia);
		 * a piece cut off a longer span takes the lexicon's type. */
		int lt = whole ? ner_lex_type(cls) : -1;
		if (whole && (cls & LEX_ORG) &&
		    (nt == NER_PLACE || nt == NER_PERSON || (nt == NER_MISC && ner_org_context(w, a, s, e, b))))
			nt = NER_ORG;
		else if (whole && (cls & LEX_COUNTRY) && nt == NER_ORG)
			nt = NER_PLACE; /* a country is a place, even as an actor */
		else if (whole && (cls & LEX_CITY) && nt == NER_ORG && e < b && (w->t[e].lex & LEX_SPEECH_VERB))
			nt = NER_PLACE; /* "Minsk said": a capital speaking for its state */

		else if (lt == NER_GROUP && (nt == NER_MISC || nt == NER_PLACE))
			nt = NER_GROUP;
		else if (lt == NER_PLACE && nt == NER_ORG && ner_place_context(w, a, s))
			nt = NER_PLACE;
		else if (lt >= 0 && trimmed)
			nt = lt;
		/* Names ending with an event word are other names: "Missile
		 * Crisis", "Orthodox Christmas"; a nationality before it joins
		 * in: "Cuban Missile Crisis". */
		if ((nt == NER_PERSON || nt == NER_ORG || nt == NER_MISC) && e - s >= 2 &&
		    (w->t[e - 1].lex & LEX_EVENT) && !(w->t[s].lex & LEX_FIRST_NAME)) {
			nt = NER_MISC;
		}
		if (nt == NER_MISC && s > a && (w->t[e - 1].lex & LEX_EVENT) && w->out->n > 0) {
			struct ner_mention *last = &w->out->v[w->out->n - 1];
			if (last->type == NER_GROUP && last->start == w->t[s - 1].start && last->end == w->t[s - 1].end) {
				w->out->n--;
				s--;
			}
		}
		/* A name with an age after it is a person's: "Jermayne Timmons,
		 * 17, was arrested", whatever the model made of unknown names. */
		if ((nt == NER_ORG || nt == NER_PLACE || nt == NER_MISC) && !(whole && lt >= 0) && ner_age_after(w, e, b))
			nt = NER_PERSON;
		/* A "person" made of ordinary words is no person: "Morning Update". */
		if (nt == NER_PERSON && !w->t[s].upper) {
			int common = 0, first = 0;
			for (size_t k = s; k < e; k++) {
				common |= (w->t[k].lex & LEX_COMMON) != 0;
				first |= (w->t[k].lex & LEX_FIRST_NAME) != 0;
			}
			if (common && !first)
				continue;
		}
		/* A nationality before an organization's name is part of it:
		 * "Belarusian Railway", "Canadian Armed Forces". */
		if (nt == NER_GROUP && e - s == 1) {
			size_t x = e;
			int head = 0;
			/* A title of two words or more ends it: "Japanese [Finance
			 * Minister] Kiichi Miyazawa" is no ministry. */
			while (x < b && !w->t[x].used && w->t[x].cap && !(w->t[x].lex & (LEX_COMMON | LEX_TITLE | LEX_WEEKDAY)) &&
			       !(w->t[x].phrase >= 2 && (w->t[x].phrase_cls & LEX_TITLE))) {
				head |= (w->t[x].lex & LEX_ORG_WORD) != 0;
				x++;
			}
			if (head) {
				nt = NER_ORG;
				e = x;
			}
		}
		/* A place the model read that a nationality starts and an
		 * organization's head word ends is the organization ("the
		 * Belarusian Railway website"), unless a list knows it whole
		 * ("Soviet Union") or the head is a kind of place ("Western
		 * District"); a military district or region is a command. */
		if (nt == NER_PLACE && e - s >= 2 && !whole && w->t[e - 1].cap && (w->t[e - 1].lex & LEX_ORG_WORD)) {
			int kind = 0;
			for (int k = 0; ner_place_kinds[k] && !kind; k++)
				kind = ner_lit_is_nocase(ner_place_kinds[k], w->t[e - 1].s, w->t[e - 1].n);
			if (kind ? e - s >= 3 && ner_is(&w->t[e - 2], "military") && w->t[e - 2].cap
				 : (w->t[s].lex & LEX_DEMONYM) && w->t[s].cap)
				nt = NER_ORG;
		}
		/* An organization named by its head word goes on over more of its
		 * name: "Eastern" + "Military District", "Security Forces" + "of
		 * Ukraine" (but "Financial Times" of London stays as it is), up to
		 * a person the model reads next: "Cabinet Spokesman Jane Banda". */
		if (nt == NER_ORG && !(whole && (cls & LEX_ORG))) {
			size_t x = e;
			while (x < b && !w->t[x].used && w->t[x].cap && !(w->t[x].lex & (LEX_COMMON | LEX_TITLE | LEX_WEEKDAY)) &&
			       !(w->t[x].tag && TAGGER_TYPE(w->t[x].tag) == TAGGER_PER))
				x++;
			int head = 0;
			for (size_t k = s; k < x; k++)
				head |= (w->t[k].lex & LEX_ORG_WORD) != 0;
			if (x > e && head)
				e = x;
		}
		/* "Security Forces" + "of Ukraine": an organization's head word,
		 * "of" and a place are one name, whatever the model made of the
		 * head. */
		if ((nt == NER_ORG || nt == NER_MISC || nt == NER_PLACE) && e + 1 < b && (w->t[e - 1].lex & LEX_ORG_WORD) &&
		    w->t[e - 1].cap && ner_is(&w->t[e], "of") && !w->t[e + 1].used && w->t[e + 1].cap &&
		    (ner_lex_type(w->t[e + 1].lex) == NER_PLACE) && !(whole && (cls & LEX_ORG))) {
			e += 2;
			nt = NER_ORG;
		}
		/* A ministry's portfolio goes on past "and": "Department of Health
		 * and Human Services", "Ministry of Gender Equality and Family",
		 * "Center on Poverty and Inequality", when what follows is
		 * capitalised words that are no other name. */
		if (nt == NER_ORG && e - s >= 3 && (w->t[s].lex & LEX_ORG_WORD) &&
		    (ner_is(&w->t[s + 1], "of") || ner_is(&w->t[s + 1], "for") || ner_is(&w->t[s + 1], "on")))
			e = ner_portfolio_end(w, e, b);
		/* A role that ends an organization before a person's name is the
		 * person's, with its ordinary words: "Cabinet [Spokesman] Nader
		 * Saad", "Acme [Marketing Manager], Jane Doe". */
		if (nt == NER_ORG && e - s >= 2 && (w->t[e - 1].lex & (LEX_ROLE | LEX_TITLE))) {
			size_t r = e - 1;
			while (r > s + 1 && !(w->t[r - 1].lex & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) &&
			       ner_lowercase_word(w->t[r - 1].s, w->t[r - 1].n))
				r--;
			size_t p = e < b && ner_is(&w->t[e], ",") ? e + 1 : e;
			/* The holder's name, or the portfolio read before. */
			if (p < b && (w->t[p].tag == TAGGER_B(TAGGER_PER) ||
				      (p + 1 < b && (ner_is(&w->t[p], "for") || ner_is(&w->t[p], "of")) && w->t[p + 1].used)))
				e = r;
		}
		/* "Zurich, Switzerland": a place and the place it is in are two
		 * names, so that the city is the same entity wherever it is
		 * written alone. */
		if (nt == NER_PLACE) {
			size_t c = s;
			while (c < e && !ner_is(&w->t[c], ","))
				c++;
			if (c > s && c + 1 < e && w->t[c + 1].cap) {
				ner_mark(w, s, c, NER_PLACE);
				w->t[c].used = 1;
				ner_mark(w, c + 1, e, NER_PLACE);
				continue;
			}
		}
		ner_mark(w, s, e, (enum ner_type)nt);
		/* The model's confidence goes with the type it gave. */
		if (nt == map[type]) {
			float sum = 0;
			for (size_t k = s; k < e; k++)
				sum += w->t[k].margin;
			w->out->v[w->out->n - 1].margin = sum / (float)(e - s);
		}
	}
}

/* Phrases of two words or more that the lexicon knows come before the
 * model: "White House", "Baltic states", "Crimean Peninsula", "Eastern
 * Europe". A longer model name around them wins only if it goes on with
 * capitalised words, and "X of London" after a known organization is the
 * organization and a place. */
static void ner_lexicon_phrases(struct ner_work *w, size_t a, size_t b)
{
	/* A phrase marked here leaves its words used: the walk needs no skip. */
	ner_each_cap(w, c, i, a, b, 0) {
		if (w->t[i].used)
			continue;
		unsigned cls;
		size_t m = ner_lex_match(w, i, b, &cls);
		int type = ner_lex_type(cls);
		if (m < 2 || type < 0 || type == NER_PERSON || !ner_free_range(w, i, i + m))
			continue;
		/* The model's span around it, if any. */
		size_t s = i, e = i + m;
		while (s > a && w->t[s - 1].tag && TAGGER_IS_I(w->t[s].tag))
			s--;
		while (e < b && TAGGER_IS_I(w->t[e].tag))
			e++;
		int longer = 0;
		for (size_t k = s; k < i; k++)
			longer |= w->t[k].cap && !ner_is(&w->t[k], "the");
		for (size_t k = i + m; k < e; k++)
			longer |= w->t[k].cap && !(k == i + m + 1 && ner_is(&w->t[i + m], "of") &&
						   ner_lex_type(w->t[k].lex) == NER_PLACE);
		if (longer)
			continue;
		/* A place the model calls an organization is one when nothing
		 * says place: "New York" beat Boston. */
		int model = w->t[i].tag ? TAGGER_TYPE(w->t[i].tag) : -1;
		if (type == NER_PLACE && model == TAGGER_ORG && !ner_place_context(w, a, i))
			continue;
		ner_mark(w, i, i + m, (enum ner_type)type);
	}
}

/* "the Biden administration": a surname before "administration". */
static void ner_administration(struct ner_work *w, size_t a, size_t b)
{
	ner_each_cap(w, c, i, a, b, 1)
		if (ner_is(&w->t[i + 1], "administration") && !w->t[i].used && ner_namelike(&w->t[i]) &&
		    ner_lex_type(w->t[i].lex) < 0 && i > a && ner_is(&w->t[i - 1], "the"))
			ner_mark(w, i, i + 1, NER_PERSON);
}

int ner_minister_title(const char *s, size_t n)
{
	char buf[64];
	if (n == 0 || n + 9 >= sizeof buf)
		return 0;
	memcpy(buf, s, n);
	memcpy(buf + n, " Minister", 9);
	return (lexicon_lookup(buf, n + 9) & LEX_TITLE) != 0;
}

/* Whether a word names a minister's portfolio by the titles' list ("Mines"
 * of "Mines Minister") or is one news writes in lower case. */
static int ner_portfolio_word(const struct ner_tok *t)
{
	return ner_minister_title(t->s, t->n) || ner_lowercase_word(t->s, t->n);
}

/* The end of a portfolio's words from j: capitalised words joined by
 * "and", "&" or "of", and a list of them, "Gender, Labour, and Social
 * Development", only where it closes with "and" (else a comma ends it:
 * "Minister for Finance, John Smith"). No word the model takes for a
 * person's is ("MEC for Finance Nomusa Dube-Ncube"), but for a portfolio's
 * word that is no given name ("Minister of Energy and Mines Subroto");
 * with `plain`, no place, known name or title either
 * ("Minister of India Narendra Modi"). */
static size_t ner_portfolio_words(const struct ner_work *w, size_t j, size_t b, int plain)
{
#define NER_PORTFOLIO_WORD(k) \
	(w->t[k].cap && \
	 (!(w->t[k].tag && TAGGER_TYPE(w->t[k].tag) == TAGGER_PER) || \
	  (!(w->t[k].lex & LEX_FIRST_NAME) && ner_portfolio_word(&w->t[k]))) && \
	 !(plain && (ner_lex_type(w->t[k].lex) == NER_PLACE || ner_lex_type(w->t[k].lex) == NER_PERSON || \
		     (w->t[k].lex & (LEX_FIRST_NAME | LEX_TITLE)))))
	size_t end = j;
	for (;;) {
		while (j < b && NER_PORTFOLIO_WORD(j))
			j++;
		if (j == end)
			return end;
		end = j;
		/* "and", "&" or "of" and a capitalised word go on. */
		if (j + 1 < b && (ner_is(&w->t[j], "and") || ner_is(&w->t[j], "&") || ner_is(&w->t[j], "of")) &&
		    NER_PORTFOLIO_WORD(j + 1)) {
			j++;
			continue;
		}
		/* ", X, Y and Z" or ", and Z": read on while the list closes. */
		if (j + 1 < b && ner_is(&w->t[j], ",")) {
			size_t x = j;
			while (x + 1 < b && ner_is(&w->t[x], ",") && NER_PORTFOLIO_WORD(x + 1)) {
				x++;
				while (x < b && NER_PORTFOLIO_WORD(x))
					x++;
			}
			size_t y = x;
			if (y + 1 < b && ner_is(&w->t[y], ",") && ner_is(&w->t[y + 1], "and"))
				y++;
			if (y + 1 < b && (ner_is(&w->t[y], "and") || ner_is(&w->t[y], "&")) && NER_PORTFOLIO_WORD(y + 1)) {
				j = y + 1;
				continue;
			}
		}
		return end;
	}
#undef NER_PORTFOLIO_WORD
}

/* A minister's portfolio is part of the title, not an organization:
 * "Minister for Europe and Foreign Affairs", "High Representative of the
 * EU for Foreign Affairs and Security Policy", "Minister of Employment and
 * Labour". */
static void ner_portfolios(struct ner_work *w, size_t a, size_t b)
{
	size_t next = a;	/* the first token the walk looks at again */
	/* i + 1 is the capitalised word. */
	ner_each_cap(w, c, p, a + 1, b, 0) {
		size_t i = p - 1;
		if (i < next)
			continue;
		int of = ner_is(&w->t[i], "of");
		if (!of && !ner_is(&w->t[i], "for"))
			continue;
		/* "of" follows the title itself: "Minister", "Commissioner". */
		if (of && !(i > a && w->t[i - 1].cap && (w->t[i - 1].lex & LEX_TITLE) &&
			    (ner_is(&w->t[i - 1], "minister") || ner_is(&w->t[i - 1], "commissioner"))))
			continue;
		/* Back over the title's own words ("High Representative of the
		 * EU"), to the title. */
		int titled = 0;
		for (size_t k = i, n = 0; k > a && n < 6; k--, n++) {
			const struct ner_tok *t = &w->t[k - 1];
			if ((t->lex & LEX_TITLE) && t->cap) {
				titled = 1;
				break;
			}
			if (!t->cap && !ner_is(t, "of") && !ner_is(t, "the"))
				break;
		}
		if (!titled)
			continue;
		size_t j = ner_portfolio_words(w, i + 1, b, of);
		/* A portfolio's last word no list knows, after "and", that the
		 * model read as the holder's first ("Minister of Hajj and Umrah
		 * Tawfiq Al-Rabiah"): no given name, before one and a name's
		 * further word. */
#define NER_PER_TAGGED(k) (w->t[k].cap && w->t[k].tag && TAGGER_TYPE(w->t[k].tag) == TAGGER_PER)
		if (j > i + 1 && j + 3 < b && (ner_is(&w->t[j], "and") || ner_is(&w->t[j], "&")) && NER_PER_TAGGED(j + 1) &&
		    !(w->t[j + 1].lex & (LEX_FIRST_NAME | LEX_PERSON)) && NER_PER_TAGGED(j + 2) &&
		    (w->t[j + 2].lex & LEX_FIRST_NAME) && NER_PER_TAGGED(j + 3))
			j += 2;
#undef NER_PER_TAGGED
		/* The holder the model read into the portfolio, where the
		 * story's other ministers made it a body's words ("Minister of
		 * Petroleum Resources Tamuno Briggs said"): two to four words
		 * no list knows but as a name's, after a portfolio's word, that
		 * end the capitalised run, the given name the portfolio stopped
		 * at too ("Steel Development Olamilekan [Ade] spoke"). */
#define NER_HOLDER_WORD(k) \
	(w->t[k].cap && !w->t[k].upper && !(w->t[k].lex & ~(LEX_FIRST_NAME | LEX_PERSON | LEX_SURNAME_PARTICLE)) && \
	 !ner_portfolio_word(&w->t[k]))
		size_t h = j, e = j;
		while (h > i + 1 && j - h < 3 && NER_HOLDER_WORD(h - 1))
			h--;
		if (h < j)
			while (e < b && e - h < 4 && NER_HOLDER_WORD(e))
				e++;
		if (e - h >= 2 && h > i + 1 && w->t[h - 1].cap &&
		    ((w->t[h - 1].lex & LEX_ORG_WORD) || ner_portfolio_word(&w->t[h - 1])) &&
		    (e >= b || !w->t[e].cap) && ner_free_range(w, h, e)) {
			ner_mark(w, h, e, NER_PERSON);
			j = h;
		}
#undef NER_HOLDER_WORD
		for (size_t k = i + 1; k < j; k++)
			w->t[k].used = 1;
		if (j > i + 1)
			next = j;
	}
}

/* The organization a title starts with: "NATO Secretary-General", "House
 * Speaker", "Senate Majority Leader". Returns its length in words, 0 if none. */
static size_t ner_title_org(const struct ner_work *w, size_t k, size_t tm)
{
	for (size_t p = 1; p < tm; p++) {
		unsigned c;
		size_t rest = ner_lex_match_raw(w, k + p, k + tm, &c);
		if (rest != tm - p || !(c & LEX_TITLE))
			continue;
		unsigned oc;
		size_t om = ner_lex_match_raw(w, k, k + p, &oc);
		/* Before "Minister" is a portfolio, never an organization:
		 * "Transport Minister", "Energy and Mines Minister". */
		if (ner_is(&w->t[k + tm - 1], "minister"))
			return 0;
		if (w->t[k].cap && ((om == p && (oc & LEX_ORG)) || (p == 1 && (w->t[k].lex & LEX_ORG_WORD))))
			return p;
	}
	return 0;
}

/* "Saunders: No, Mr. Putin, ..." - the columnist before a teaser's colon. */
static void ner_teaser(struct ner_work *w, size_t a, size_t b)
{
	if (b - a >= 6 && !w->t[a].used && ner_namelike(&w->t[a]) && !w->t[a].lex && ner_is(&w->t[a + 1], ":") &&
	    w->t[a + 1].start == w->t[a].end && w->t[a + 2].cap)
		ner_mark(w, a, a + 1, NER_PERSON);
}

/* Hyphenated words the model did not tag: "Russia-backed", "U.S.-led". */
static void ner_hyphens_left(struct ner_work *w, size_t a, size_t b)
{
	ner_each(&w->hyph, c, i, a, b, 0)
		if (!w->t[i].used)
			ner_hyphen(w, i, -1);
}

/* "the West" as a group. */
static void ner_the_west(struct ner_work *w, size_t a, size_t b)
{
	ner_each_cap(w, c, i, a + 1, b, 0)
		if (ner_is(&w->t[i], "west") && !w->t[i].used && ner_is(&w->t[i - 1], "the") &&
		    (i + 1 >= b || !w->t[i + 1].cap))
			ner_mark(w, i, i + 1, NER_GROUP);
}

/* Defines a stable sort NAME of TYPE v[0..n) by LESS(a, b) (two
 * pointers), the order glibc's qsort (a merge sort) gave, without its
 * calls through a pointer: the lists come mostly sorted, so a pass finds
 * most of them in order; short ones are sorted by insertion, the rest by
 * halves merged, the left first on ties. */
#define NER_DEFINE_SORT(NAME, TYPE, LESS)                                              \
	static void NAME(TYPE *v, size_t n)                                            \
	{                                                                              \
		size_t i = 1;                                                          \
		while (i < n && !LESS(&v[i], &v[i - 1]))                               \
			i++;                                                           \
		if (i >= n)                                                            \
			return;                                                        \
		if (n <= 16) {                                                         \
			for (; i < n; i++) {                                           \
				TYPE m = v[i];                                         \
				size_t j = i;                                          \
				for (; j > 0 && LESS(&m, &v[j - 1]); j--)              \
					v[j] = v[j - 1];                               \
				v[j] = m;                                              \
			}                                                              \
			return;                                                        \
		}                                                                      \
		size_t h = n / 2;                                                      \
		NAME(v, h);                                                            \
		NAME(v + h, n - h);                                                    \
		if (!LESS(&v[h], &v[h - 1]))                                           \
			return;                                                        \
		TYPE *tmp = xmalloc(h * sizeof *tmp);                                  \
		memcpy(tmp, v, h * sizeof *tmp);                                       \
		size_t a = 0, b = h, o = 0;                                            \
		while (a < h && b < n)                                                 \
			v[o++] = LESS(&v[b], &tmp[a]) ? v[b++] : tmp[a++];             \
		while (a < h)                                                          \
			v[o++] = tmp[a++];                                             \
		free(tmp);                                                             \
	}

#define NER_MENTION_LESS(x, y) ((x)->start < (y)->start)
/* Sorts mentions by start, stably. */
NER_DEFINE_SORT(ner_sort_mentions, struct ner_mention, NER_MENTION_LESS)

/* Whether a weapon follows token e, over at most five lower-case words
 * and hyphens: "missiles", "short-range ballistic missiles", "air-defence
 * systems". A name there is the weapon's make or model, an other name. */
static int ner_weapon_after(const struct ner_work *w, size_t e, size_t b)
{
	/* By their lengths: this runs after most capitalised words, and a
	 * word is compared with the few of its length alone. */
	static const char *const nouns[13][4] = {
		[4] = { "tank" },
		[5] = { "rifle", "drone", "tanks" },
		[6] = { "rocket", "rifles", "drones" },
		[7] = { "missile", "rockets", "torpedo" },
		[8] = { "missiles", "howitzer", "launcher" },
		[9] = { "howitzers", "launchers", "torpedoes" },
		[11] = { "interceptor" },
		[12] = { "interceptors" },
	};
	/* Their first letters (in either case), and they are 4 to 12 bytes
	 * long: most words are passed over without the compares. */
	static const unsigned char first[256] = { ['m'] = 1, ['r'] = 1, ['h'] = 1, ['l'] = 1, ['d'] = 1, ['t'] = 1,
						  ['i'] = 1, ['M'] = 1, ['R'] = 1, ['H'] = 1, ['L'] = 1, ['D'] = 1,
						  ['T'] = 1, ['I'] = 1 };
	int defence = 0;
	for (size_t k = e, steps = 0; k < b && steps < 6; k++, steps++) {
		const struct ner_tok *t = &w->t[k];
		if (t->cap || t->used)
			return 0;
		if (t->n >= 4 && t->n <= 12 && first[(unsigned char)t->s[0]])
			for (size_t i = 0; nouns[t->n][i]; i++)
				if (ner_is_n(t, nouns[t->n][i], t->n))
					return 1;
		/* Systems are weapons only as "air-defence systems" and the like. */
		if (defence && (ner_is(t, "system") || ner_is(t, "systems")))
			return 1;
		defence |= ner_is(t, "defence") || ner_is(t, "defense") || ner_is(t, "air-defence") ||
			   ner_is(t, "air-defense") || ner_is(t, "missile");
		if (!ner_is_word(t) && !ner_is(t, "-"))
			return 0;
	}
	return 0;
}

/* "Iskander short-range ballistic missiles", "Javelin anti-tank
 * missiles": a name before a weapon is its model (MISC), not the person,
 * place or firm the word names elsewhere. Known places, organizations and
 * nationalities keep their types ("Russian missiles", "U.S. tanks"). */
static void ner_weapons(struct ner_work *w, size_t a, size_t b)
{
	size_t next = a;	/* the first token the walk looks at again */
	ner_each_cap(w, c, i, a, b, 0) {
		if (i < next || w->t[i].used)
			continue;
		size_t e = i;
		while (e < b && e - i < 3 && !w->t[e].used && w->t[e].cap)
			e++;
		if (e < b && w->t[e].cap) {
			next = e + 1;
			continue;
		}
		unsigned cls = 0;
		size_t m = ner_lex_match(w, i, e, &cls);
		int known = m > 0 && (cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM | LEX_GROUP | LEX_ORG |
					     LEX_TITLE | LEX_MONTH | LEX_WEEKDAY));
		if (known || (w->t[i].lex & LEX_COMMON) || !ner_weapon_after(w, e, b)) {
			next = e;
			continue;
		}
		/* A sentence's opener that news text writes in lower case is no
		 * name, after an opening quotation mark too ("The missile
		 * option ..."; tested last, for a name before a weapon only: it
		 * looks the word up in its forms). */
		int opener = i == a || (w->t[i].flags & TOKEN_SENT_START) ||
			     (i > a && ner_quote_mark(&w->t[i - 1], 1) &&
			      (i - 1 == a || (w->t[i - 1].flags & TOKEN_SENT_START)));
		if (!(opener && ner_lowercase_word(w->t[i].s, w->t[i].n)))
			ner_mark(w, i, e, NER_MISC);
		next = e;
	}
}

/* A numbered road is a place: "Route 94", "State Route 94", "Interstate
 * 805", "Highway 1", "U.S. Route 66" (a lower-case "state" before it is
 * not part of its name). */
static void ner_roads(struct ner_work *w, size_t a, size_t b)
{
	static const char *const kinds[] = { "route", "highway", "interstate", "freeway", "motorway", "expressway", NULL };
	/* The number after a road is no capitalised word: the walk needs no skip. */
	ner_each_cap(w, c, i, a, b, 1) {
		const struct ner_tok *k = &w->t[i], *num = &w->t[i + 1];
		if (k->upper || num->n > 4 || !num->digit)
			continue;
		int road = 0;
		for (int q = 0; kinds[q] && !road; q++)
			road = k->n && ((unsigned char)k->s[0] | 0x20) == (unsigned char)kinds[q][0] &&
			       ner_is_n(k, kinds[q], strlen(kinds[q]));
		size_t d = 0;
		while (d < num->n && num->s[d] >= '0' && num->s[d] <= '9')
			d++;
		if (!road || d + 1 < num->n)
			continue;
		size_t start = i;
		if (i > a && w->t[i - 1].cap &&
		    (ner_is(&w->t[i - 1], "state") || ner_is(&w->t[i - 1], "county") || ner_is(&w->t[i - 1], "u.s.") ||
		     ner_is(&w->t[i - 1], "us")))
			start = i - 1;
		if (ner_free_range(w, start, i + 2))
			ner_mark(w, start, i + 2, NER_PLACE);
	}
}

/* Whether the token is a quotation mark that opens (open = 1) or closes
 * a quotation: straight or curly, double or single. */
static int ner_quote_mark(const struct ner_tok *t, int open)
{
	if (ner_is(t, "\"") || ner_is(t, "'"))
		return 1;
	if (t->n != 3)
		return 0;
	return memcmp(t->s, open ? "\xe2\x80\x9c" : "\xe2\x80\x9d", 3) == 0 ||
	       memcmp(t->s, open ? "\xe2\x80\x98" : "\xe2\x80\x99", 3) == 0;
}

/* A nickname in quotes between a given name and a surname is part of the
 * person's name as news writes it: Vincent "The Chin" Gigante, Joaquin
 * 'El Chapo' Guzman. The model may read the quoted words apart, or the
 * two halves as two people; when it reads either half as a person (or the
 * given name is one the lexicon knows) the whole is tagged one person. */
static void ner_quoted_nicknames(struct ner_work *w, size_t a, size_t b)
{
	const int per_b = TAGGER_B(TAGGER_PER), per_i = TAGGER_I(TAGGER_PER);
	size_t next = a;	/* the first token the walk looks at again */
	ner_each_cap(w, c, i, a, b, 4) {
		struct ner_tok *g = &w->t[i];
		/* The quotation mark first: few capitalised words have one after. */
		if (i < next || !ner_quote_mark(&w->t[i + 1], 1) || g->used || !ner_namelike(g))
			continue;
		/* One to three capitalised words, then the closing mark. */
		size_t q = i + 2;
		while (q < b && q < i + 5 && w->t[q].cap && !w->t[q].used)
			q++;
		if (q == i + 2 || q + 1 >= b || !ner_quote_mark(&w->t[q], 0))
			continue;
		struct ner_tok *sur = &w->t[q + 1];
		if (!sur->cap || sur->used || !ner_namelike(sur))
			continue;
		int gper = g->tag && TAGGER_TYPE(g->tag) == TAGGER_PER;
		int sper = sur->tag && TAGGER_TYPE(sur->tag) == TAGGER_PER;
		if (!gper && !sper && !(g->lex & LEX_FIRST_NAME))
			continue;
		/* The surname runs on over the words the model tags with it. */
		size_t e = q + 2;
		while (e < b && w->t[e].tag == per_i && !w->t[e].used)
			e++;
		/* The given name may be the end of a longer one the model tagged. */
		if (!(g->tag == per_i && i > a && w->t[i - 1].tag && TAGGER_TYPE(w->t[i - 1].tag) == TAGGER_PER))
			g->tag = per_b;
		for (size_t k = i + 1; k < e; k++)
			w->t[k].tag = per_i;
		next = e;
	}
}

/* Currency codes and signs written in letters before an amount: ISO 4217's
 * codes of the currencies news reports in, and the short forms papers of
 * their countries use (LE, Ksh, Rs, Tk, RM, Rp); not the codes that are
 * also names before a number (COP 26, SDG 8, PHP 8). Sorted by strcmp. */
static const char *const ner_currencies[] = {
	"AED", "ARS", "AUD", "BDT", "BHD", "BND", "BRL", "BWP", "CAD", "CHF", "CLP", "CNY", "CRC", "CZK",
	"DKK", "DZD", "EGP", "ETB", "EUR", "GBP", "GHS", "GTQ", "HKD", "HNL", "HUF", "IDR", "ILS", "INR",
	"IQD", "IRR", "JOD", "JPY", "KES", "KRW", "KSh", "KWD", "Ksh", "Kshs", "LBP", "LE", "LKR", "LYD",
	"MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NIS", "NOK", "NPR", "NZD", "OMR", "PKR", "PLN", "QAR",
	"QR", "RM", "RMB", "RUB", "RWF", "Rp", "Rs", "SAR", "SEK", "SGD", "SR", "Sh", "THB", "TND", "TWD", "TZS",
	"Tk", "UAH", "UGX", "USD", "VND", "XAF", "XOF", "ZAR", "ZMW", "ZWL",
};

static int ner_currency_cmp(const void *key, const void *elem)
{
	const struct ner_tok *t = key;
	const char *c = *(const char *const *)elem;
	/* The first bytes first, as strncmp orders them: most compares of
	 * the search end there, without the calls. */
	if (t->n && t->s[0] != c[0])
		return (unsigned char)t->s[0] < (unsigned char)c[0] ? -1 : 1;
	size_t n = strlen(c);
	int r = strncmp(t->s, c, t->n < n ? t->n : n);
	return r ? r : (t->n > n) - (t->n < n);
}

/* A country's letters before a dollar sign written apart are part of the
 * currency's name, not a place: "US $ 41 billion", "HK $ 35"; so are they
 * before the word "dollars" ("40 billion US dollars", "U.S. dollar"), as
 * the Worldwide articles write them 19 times to none; and a currency's
 * code before an amount is no organization: "ZAR 1,7 million", "BND 500".
 * They are marked used, so that no rule names them. */
static void ner_currency_prefixes(struct ner_work *w, size_t a, size_t b)
{
	/* A word in capitals is capitalised too (its first letter is). */
	ner_each_cap(w, c, i, a, b, 1) {
		const struct ner_tok *t = &w->t[i], *u = &w->t[i + 1];
		if (t->n >= 1 && t->n <= 3 && t->upper && ner_is_word(t) && u->n >= 1 && u->s[0] == '$' &&
		    !(i > a && w->t[i - 1].cap))
			w->t[i].used = 1;
		else if (t->n >= 2 && t->n <= 4 && t->upper && (u->n == 6 || u->n == 7) &&
			 (ner_lit_is("dollar", u->s, u->n) || ner_lit_is("dollars", u->s, u->n)) &&
			 !(i > a && w->t[i - 1].cap) && (lexicon_lookup(t->s, t->n) & LEX_COUNTRY))
			w->t[i].used = 1;
		else if (t->n >= 2 && t->n <= 4 && t->cap && u->n >= 1 && u->s[0] >= '0' && u->s[0] <= '9' &&
			 bsearch(t, ner_currencies, sizeof ner_currencies / sizeof *ner_currencies, sizeof *ner_currencies,
				 ner_currency_cmp))
			w->t[i].used = 1;
	}
}

/* Whether s[0..n) is a kind of work in lower case ("film", "novel"). */
static int ner_work_word(const char *s, size_t n)
{
	/* By length, so that a word is compared with a kind or two at most
	 * (this runs at the word before each capitalised one). */
	static const char *const works[12][5] = {
		[4] = { "book", "film", "poem", "song" },
		[5] = { "album", "movie", "novel", "opera", "drama" },
		[6] = { "memoir", "series", "sitcom" },
		[7] = { "musical" },
		[8] = { "painting", "symphony" },
		[9] = { "programme" },
		[11] = { "documentary" },
	};
	if (n < 4 || n > 11)
		return 0;
	int work = 0;
	for (int k = 0; k < 5 && works[n][k] && !work; k++)
		work = works[n][k][0] == s[0] && ner_lit_is(works[n][k], s, n);
	return work;
}

/* Whether token t is a kind of work in lower case ("film", "novel"). */
static int ner_work_kind(const struct ner_tok *t)
{
	return !t->cap && ner_work_word(t->s, t->n);
}

/* Whether the model tagged token t as a person's, a place's or a body's. */
static int ner_tag_named(const struct ner_tok *t)
{
	return t->tag && TAGGER_TYPE(t->tag) != TAGGER_MISC;
}

/* Whether token k of [a, ..) is a kind of work, or an EP or LP, an
 * owner's word before it and up to two words in lower case between ("his
 * second novel", "the band 's debut EP"). */
static int ner_work_owned(const struct ner_work *w, size_t a, size_t k)
{
	const struct ner_tok *t = &w->t[k];
	if (!ner_work_kind(t) && !(t->n == 2 && (ner_is(t, "EP") || ner_is(t, "LP"))))
		return 0;
	static const char *const owners[] = { "his", "her", "their", "its", "His", "Her", "Their", "Its", "'s",
					      "\xe2\x80\x99s", NULL };
	for (size_t j = k; j > a && k - j < 3; j--) {
		const struct ner_tok *o = &w->t[j - 1];
		if (ner_is_any(o, owners))
			return 1;
		if (o->cap || !o->word)
			return 0;
	}
	return 0;
}

/* "the 1999 movie American Pie", "his novel The Road": capitalised words
 * after a kind of work are its title, one other name (MISC), where the
 * model took none of them for a place or organization, nor the first for
 * a person's ("the movie Tom Cruise made"): two words or more, or one no
 * lexicon knows ("programme We are"); "of", "and" and "the" may join them.
 * A leading "The" is outside (ANNOTATION.md). */
static void ner_work_titles(struct ner_work *w, size_t a, size_t b)
{
	/* The name starts with a capitalised word right after the kind or
	 * after its "the": the walk goes from the capitalised words back to
	 * the kind, in order, each at most once. */
	size_t next = a;	/* the first token the walk looks at again */
	ner_each_cap(w, c, p, a + 1, b, 0) {
		size_t i = p - 1;
		if (i > a && ner_is(&w->t[i], "the"))
			i--;
		if (i < next)
			continue;
		next = i + 1;
		/* Or the kind in an apposition before it, an owner's word
		 * before the kind, the title closed by a comma ("their second
		 * album , Weather Underneath , reached"). */
		int apposed = i > a + 1 && ner_is(&w->t[i], ",") && ner_work_owned(w, a, i - 1);
		if (apposed)
			i--;
		else if (!ner_work_kind(&w->t[i]))
			continue;
		size_t s = i + 1 + apposed;
		if (s + 1 < b && ner_is(&w->t[s], "the") && w->t[s + 1].cap)
			s++;
		size_t e = s;
		int other = 0, of = 0;	/* of: after the title's "of" */
		while (e < b && !w->t[e].used) {
			if (w->t[e].cap && !(w->t[e].lex & (LEX_MONTH | LEX_WEEKDAY))) {
				int ty = w->t[e].tag ? TAGGER_TYPE(w->t[e].tag) : TAGGER_MISC;
				/* A name the title holds after its "of" is the
				 * title's ("Last Days of the Tarvo Brothers"). */
				if (!of)
					other |= ty == TAGGER_LOC || ty == TAGGER_ORG ? 1 : ty == TAGGER_PER && e == s ? 2 : 0;
				e++;
			} else if (e > s && e + 1 < b && w->t[e + 1].cap &&
				   (ner_is(&w->t[e], "of") || ner_is(&w->t[e], "and") || ner_is(&w->t[e], "the"))) {
				e++;
			} else if (e > s && e + 2 < b && ner_title_function_word(&w->t[e]) &&
				   (w->t[e + 1].cap || (ner_title_function_word(&w->t[e + 1]) && w->t[e + 2].cap)) &&
				   !ner_is(&w->t[e], "by") &&
				   (!ner_tag_named(&w->t[e + (w->t[e + 1].cap ? 1 : 2)]) ||
				    (ner_is(&w->t[e], "of") && !w->t[e + 1].cap))) {
				/* A title's other small words ("Girl with a Pearl
				 * Earring", "Bread for the Journey"), up to two
				 * before a capital; not its author's "by", nor
				 * before a name the model typed a person's, a
				 * place's or a body's ("the film Titanic with
				 * Leonardo DiCaprio"; "the novel Death in Venice"
				 * keeps its first word alone, as before), but
				 * after "of the" ("the novel True History of the
				 * Kelly Gang"). */
				of |= ner_is(&w->t[e], "of");
				e += w->t[e + 1].cap ? 1 : 2;
			} else {
				break;
			}
		}
		/* One word a list knows, or a person's name, is a title where
		 * its author follows ("the opera Carmen by Georges Bizet"). */
		int author = e < b && ner_is(&w->t[e], "by");
		if (other == 2 && author)
			other = 0;
		if (e == s || other || (e - s == 1 && w->t[s].lex && !author) ||
		    (apposed && !(e < b && ner_is(&w->t[e], ","))))
			continue;
		ner_mark(w, s, e, NER_MISC);
		next = e;
	}
}

/* Whether token t names a kind of work in a definition's predicate ("is a
 * 2011 comedy film"): the kinds of ner_work_word, and those that are
 * other words too where a title follows them ("single", "play", "game",
 * "thriller") but not at the end of a definition. */
static int ner_lead_kind(const struct ner_tok *t)
{
	static const char *const more[] = { "single",	 "play",      "game",	    "thriller", "comedy",
					     "novella",	 "miniseries", "telenovela", "mixtape",  "soundtrack",
					     "podcast",	 "ballet",    "anthology",  "manga",    "anime",
					     "webcomic", "serial",    NULL };
	if (t->cap)
		return t->n == 2 && t->s[0] == 'E' && t->s[1] == 'P';
	if (ner_work_word(t->s, t->n))
		return 1;
	for (int k = 0; more[k]; k++)
		if (ner_is_str(t, more[k]))
			return 1;
	return 0;
}

/* Whether tokens p and t name a kind of software in a definition's
 * predicate: "software" alone, or a product's kind after a word that says
 * it is a program's ("text editor", "web browser", "programming
 * language", "operating system"), not a person's trade ("a senior
 * editor") nor a building ("a public library"). */
static int ner_lead_software(const struct ner_tok *p, const struct ner_tok *t)
{
	static const char *const kinds[] = { "editor", "browser", "engine", "framework", "language", "system",
					     "app", "application", "library", "client", "server", "suite",
					     "distribution", "processor", "player", NULL };
	static const char *const what[] = { "text", "web", "operating", "programming", "scripting", "markup",
					    "query", "game", "mobile", "desktop", "source-code", "graphics", "email",
					    "e-mail", "database", "messaging", "word", "media", "software", "video",
					    "audio", "image", "file", "spreadsheet", "FTP", "Linux", "BitTorrent",
					    "IRC", "HTML", "JavaScript", "Java", "Python", "C", "C++", "open-source",
					    NULL };
	if (t->cap || t->n < 3)
		return 0;
	if (ner_is(t, "software"))
		return 1;
	return ner_is_any(t, kinds) && ner_is_any(p, what);
}

/* Whether token t may end a definition's kind of work: the sentence's
 * end or a word that goes on about the work ("a 2011 film directed by",
 * "a novel by", "a song from"), not a noun of a longer kind ("a film
 * director", "a game developer", "a series of islands"). */
static int ner_lead_kind_end(const struct ner_tok *t, const struct ner_tok *kind)
{
	static const char *const goes_on[] = { "by",	  "directed", "written",  "produced",  "released", "starring",
					       "from",	  "that",     "which",	  "about",     "based",	   "created",
					       "developed", "published", "set",	  "featuring", "recorded", "composed",
					       "adapted", "for",      "in",	  "of",	       "originally",
					       "first",	  "performed", "made",	  "co-written", "broadcast", "aired",
					       "hosted",  "presented", "narrated", "illustrated", "designed", NULL };
	if (ner_is_punct_tok(t))
		return t->s[0] == ',' || t->s[0] == '.' || t->s[0] == '(' || t->s[0] == ';';
	/* "a comedy of errors", "a series of islands", "a game of chess". */
	if (ner_is(t, "of") && (ner_is(kind, "series") || ner_is(kind, "comedy") || ner_is(kind, "drama") ||
				ner_is(kind, "game") || ner_is(kind, "play") || ner_is(kind, "single")))
		return 0;
	for (int k = 0; goes_on[k]; k++)
		if (ner_is_str(t, goes_on[k]))
			return 1;
	return 0;
}

/* "Halvard Emmerich Roos ( 12 May 1874 – 3 October 1951 ) was a Danish
 * chemist", "Tirsa Ngalande ( born 4 March 1968 ) is": the name that opens
 * a sentence with a life's dates in brackets before "is" or "was" (an
 * encyclopedia's first sentence on a person) is a person's, where the
 * story's other clues made it a body's ("the Roos Institute"). The dates
 * are a birth or a death ("born", "née", "died") or a range with a month
 * in it: years alone are also a coach's tenure or a club's ("Dayton (
 * 1989 - 94 )"). A title before the name is outside it ("Sir"). */
static void ner_lead_people(struct ner_work *w, size_t a, size_t b)
{
	size_t s = a;
	while (s < b && (w->t[s].lex & LEX_TITLE) && w->t[s].cap)
		s++;
	size_t e = s;
	while (e < b && e - s < 6 && !w->t[e].used &&
	       ((w->t[e].cap && w->t[e].word) || (e > s && (w->t[e].lex & LEX_SURNAME_PARTICLE))))
		e++;
	if (e == s || e + 3 >= b || !ner_is(&w->t[e], "(") || !w->t[e - 1].cap)
		return;
	int life = 0, month = 0, dash = 0;
	size_t k = e + 1;
	for (; k < b && k - e < 40 && !ner_is(&w->t[k], ")"); k++) {
		const struct ner_tok *t = &w->t[k];
		life |= ner_is(t, "born") || ner_is(t, "died") || ner_is(t, "n\xc3\xa9" "e");
		month |= (t->lex & LEX_MONTH) != 0 && t->cap;
		dash |= ner_is(t, "-") || ner_is(t, "\xe2\x80\x93");
	}
	if (k + 1 >= b || !ner_is(&w->t[k], ")") || !(life || (month && dash)) ||
	    !(ner_is(&w->t[k + 1], "is") || ner_is(&w->t[k + 1], "was")))
		return;
	if (e - s == 1 && (w->t[s].lex & LEX_COMMON))
		return;
	ner_mark(w, s, e, NER_PERSON);
}

/* "Heart of the Forest is the second studio album by ...", "Lord of the
 * Marsh is a 1962 British adventure film": the words that open a
 * sentence defining a work (an encyclopedia's first sentence) are its
 * title, one other name (MISC), however the model read them: capitalised
 * words, numbers and a title's small words up to "is" or "was", then
 * "a", "an" or "the", at most eight words that describe it and a kind of
 * work that the sentence then goes on about. A leading "The" is outside
 * (ANNOTATION.md); one word news writes in lower case ("It", "This") is
 * no title. */
static __attribute__((noinline)) void ner_lead_titles(struct ner_work *w, size_t a, size_t b)
{
	static const char *const games[] = { "video",	 "board",    "card",	     "computer",  "mobile",
					     "puzzle",	 "strategy", "arcade",	     "role-playing", "adventure",
					     "platform", "party",    "browser",     NULL };
	/* Words that end the description of the work before its kind ("in
	 * this game") or open a clause, not a title ("If Ford was ..."). */
	static const char *const stops[] = { "this",  "that",    "these",  "those",    "his",    "her",	"its",
					     "their", "our",     "my",     "your",     "which",  "who",	"whose",
					     "if",    "when",    "while",  "although", "though", "because", "as",
					     "since", "unless",  "whether", "but",     "so",     "yet",	"it",
					     "he",    "she",     "they",   "we",       "i",      "you",	"there",
					     "here",  "what",    "how",    "why",      "where",  "not",	"now",
					     "then",  "also",    "still",  "only",     "once",   "never",	NULL };
	/* The cheap tests first: this runs at nearly every sentence. */
	size_t s = a;
	while (s < b && !w->t[s].cap && ner_quote_mark(&w->t[s], 1))
		s++;
	int quoted = s > a;	/* "“ Velmar Sunrise ” is a single" */
	if (s >= b || !w->t[s].cap || !ner_sentence_initial(w, a, s))
		return;
	if (ner_is(&w->t[s], "the") && s + 1 < b && w->t[s + 1].cap)
		s++;
	size_t e = s;
	while (e < b && e - s <= 10 && !w->t[e].used) {
		const struct ner_tok *t = &w->t[e];
		if ((t->cap && t->word) || t->digit)
			e++;
		else if (t->n <= 3 && (ner_is(t, "is") || ner_is(t, "was")))
			break;
		else if ((e > s && t->n <= 4 && !t->cap && ner_title_function_word(t)) ||
		    (e > s && t->n == 1 && (t->s[0] == ':' || t->s[0] == '&' || t->s[0] == '!' || t->s[0] == '?')) ||
		    (e > s && (ner_is(t, "'s") || ner_is(t, "\xe2\x80\x99s"))))
			e++;
		else
			break;
	}
	/* A life's dates in brackets after the words (or a surname's
	 * particle before them, "Pieter van Aalst ("): a person's. */
	if (e > s && e + 3 < b && ((w->t[e].n == 1 && w->t[e].s[0] == '(') || (w->t[e].lex & LEX_SURNAME_PARTICLE))) {
		ner_lead_people(w, a, b);
		return;
	}
	/* The title's closing mark before "is". */
	size_t te = e;
	if (quoted && e > s && e + 1 < b && ner_quote_mark(&w->t[e], 0))
		e++;
	if (e == s || e + 2 >= b || !(ner_is(&w->t[e], "is") || ner_is(&w->t[e], "was")))
		return;
	const struct ner_tok *last = &w->t[te - 1];
	if (!(last->cap || last->digit || (last->n == 1 && (last->s[0] == '!' || last->s[0] == '?'))))
		return;
	if (te - s == 1 && !quoted && (ner_lowercase_word(last->s, last->n) || (last->lex & LEX_COMMON)))
		return;
	size_t d = e + 1;
	if (!(ner_is(&w->t[d], "a") || ner_is(&w->t[d], "an") || ner_is(&w->t[d], "the")) ||
	    ner_is_any(&w->t[s], stops))
		return;
	int series = 0;	/* after "series of": the kind in the plural */
	for (size_t k = d + 1; k < b && k <= d + 9; k++) {
		const struct ner_tok *t = &w->t[k];
		/* "a series of epic fantasy novels": the works' kind. */
		if (!series && k + 2 < b && ner_is(t, "series") && ner_is(&w->t[k + 1], "of")) {
			series = 1;
			k++;
			continue;
		}
		if (series && t->n > 4 && t->s[t->n - 1] == 's' && !t->cap && ner_work_word(t->s, t->n - 1) &&
		    (k + 1 == b || ner_lead_kind_end(&w->t[k + 1], t))) {
			ner_mark(w, s, te, NER_MISC);
			return;
		}
		/* A game is a work as a video game, board game or the like
		 * ("a 2019 action role-playing video game"), not a match;
		 * software a product ("a free text editor", "a programming
		 * language"). */
		int kind = (ner_lead_kind(t) && (!ner_is(t, "game") || ner_is_any(&w->t[k - 1], games))) ||
			   ner_lead_software(&w->t[k - 1], t);
		if (kind && (k + 1 == b || ner_lead_kind_end(&w->t[k + 1], t))) {
			ner_mark(w, s, te, NER_MISC);
			return;
		}
		/* What describes a work: a year, its people's adjective, a
		 * word in lower case ("second studio", "neo-noir black"). */
		if (!(t->digit || (t->lex & LEX_DEMONYM) || (t->cap && memchr(t->s, '-', t->n)) ||
		      (!t->cap && t->word && !ner_title_function_word(t) && !ner_is_any(t, stops)) ||
		      /* "free and open-source" */
		      (k > d + 1 && k + 1 < b && (ner_is(t, "and") || ner_is(t, "or")) && !w->t[k - 1].cap &&
		       w->t[k - 1].word && !w->t[k + 1].cap && w->t[k + 1].word)))
			return;
	}
}

/* Whether a person's name found in this sentence (from mention `from` of
 * the list on) starts at token k. */
static int ner_person_at(const struct ner_work *w, size_t from, size_t k)
{
	for (size_t q = w->out->n; q > from; q--)
		if (w->out->v[q - 1].start == w->t[k].start && w->out->v[q - 1].type == NER_PERSON)
			return 1;
	return 0;
}

/* Whether a word ends as English adjectives do ("Presidential", "Federal",
 * "Electronic", "Executive", "Famous"). */
static int ner_adjective_like(const struct ner_tok *t)
{
	static const char *const ends[] = { "al", "ic", "ive", "ous", "ary", NULL };
	for (int k = 0; ends[k]; k++) {
		size_t n = strlen(ends[k]);
		if (t->n > n + 2 && strncmp(t->s + t->n - n, ends[k], n) == 0)
			return 1;
	}
	return 0;
}

/* "Chargers lineman Jamal Williams", "Acme engineer Jane Doe": the one
 * capitalised word before a role and its holder is the holder's
 * organization, when nothing knows it as another kind of name, it is no
 * adjective, and the model did not take it for another kind of name. */
static void ner_role_orgs(struct ner_work *w, size_t a, size_t b, size_t from)
{
	/* p is the capitalised word, i the one after it. */
	ner_each_cap(w, c, p, a, b, 1) {
		size_t i = p + 1;
		unsigned cls;
		const struct ner_tok *t = &w->t[p];
		if (w->t[i].used || w->t[i].cap || t->used)
			continue;
		size_t m = ner_lex_match(w, i, b, &cls);
		if (m == 0 || !(cls & LEX_ROLE) || (cls & LEX_TITLE) || i + m >= b || !ner_person_at(w, from, i + m))
			continue;
		if (!ner_namelike(t) || t->lex || (t->tag && TAGGER_TYPE(t->tag) != TAGGER_ORG) ||
		    (p > a && w->t[p - 1].cap) || ner_title_function_word(t) || ner_adjective_like(t) ||
		    (ner_sentence_initial(w, a, p) && ner_lowercase_word(t->s, t->n)))
			continue;
		ner_mark(w, p, i, NER_ORG);
	}
}

/* "Operation UNIFIER": "Operation" and a code name in capitals is a named
 * military operation (MISC) whatever the model makes of it; a headline in
 * capitals ("OPERATION ENDS") is not one. */
static void ner_code_names(struct ner_work *w, size_t a, size_t b)
{
	ner_each_cap(w, c, i, a, b, 1) {
		const struct ner_tok *t = &w->t[i];
		if (!ner_is(t, "operation") || t->upper || t->used)
			continue;
		size_t j = i + 1;
		while (j < b && !w->t[j].used && w->t[j].n >= 3 && ner_all_upper(w, j, j + 1))
			j++;
		/* So is one in capitalised words where the model saw no name
		 * ("Operation Warp Speed"): the rules after it would take them
		 * for a person's after "said". */
		if (j == i + 1 && !t->upper && !t->tag) {
			size_t r = ner_name_run(w, j, b);
			while (r > 0 && !w->t[j].tag)
				j++, r--;
			if (r > 0)
				j = i + 1;
		}
		if (j > i + 1)
			ner_mark(w, i, j, NER_MISC);
	}
}

/* Runs the rules over one sentence t[a..b). */
/* Whether token t is one or two capital letters ("S", "AT"), with a full
 * stop after them if dot ("P."). */
static int ner_capital_letters(const struct ner_tok *t, int dot)
{
	size_t n = t->n;
	if (dot && n >= 2 && t->s[n - 1] == '.')
		n--;
	if (n < 1 || n > 2)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (t->s[k] < 'A' || t->s[k] > 'Z')
			return 0;
	return 1;
}

/* A company the wire names by two initials and "and" ("S and P", "AT and
 * T", "D and P said", "A and W Brands", as it writes "&"): one name with
 * the capitalised words after it, not a person "P." Not the letters of a
 * list ("class A and B", "vitamins A and E"), a name the lexicon knows
 * ("EC and U.S."), or the trade's "C and F" (cost and freight) and "S and
 * L" (a savings and loan). */
static void ner_letter_pairs(struct ner_work *w, size_t a, size_t b)
{
	static const char *const lists[] = { "series", "class", "classes", "vitamin", "vitamins", "grade", "grades",
					     "type", "types", "tranche", "tranches", "category", "categories",
					     "section", "sections", "part", "parts", "phase", "phases", "point",
					     "points", "option", "options", "column", "columns", "row", "rows",
					     "plan", "plans", "between", NULL };
	/* "the A and B stock". */
	static const char *const securities[] = { "shares", "share", "stock", "stocks", "notes", "bonds", "preferred",
						  "preferreds", "warrants", "debentures", "units", NULL };
	const unsigned known = LEX_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_COMPANY_SUFFIX | LEX_DEMONYM;
	ner_each_cap(w, c, i, a, b, 2) {
		const struct ner_tok *x = &w->t[i], *y = &w->t[i + 2];
		/* One or two letters first: most capitalised words are longer. */
		if (x->n > 2 || x->used || w->t[i + 1].used || y->used || !ner_capital_letters(x, 0) ||
		    !(ner_is(&w->t[i + 1], "and") || ner_is(&w->t[i + 1], "&")) || !ner_capital_letters(y, 1))
			continue;
		size_t yn = y->s[y->n - 1] == '.' ? y->n - 1 : y->n;
		if ((x->lex & known) || (lexicon_lookup(y->s, yn) & known) ||
		    (ner_is(x, "c") && yn == 1 && y->s[0] == 'F') || (ner_is(x, "s") && yn == 1 && y->s[0] == 'L'))
			continue;
		/* Not a piece of a longer run of capitals ("E D and F Man"). */
		if (i > a && w->t[i - 1].cap && !(w->t[i].flags & TOKEN_SENT_START) && !ner_is(&w->t[i - 1], "the"))
			continue;
		if ((i > a && ner_is_any(&w->t[i - 1], lists)) || (i + 3 < b && ner_is_any(&w->t[i + 3], securities)))
			continue;
		size_t e = i + 3;
		if (yn == y->n)
			while (e < b && !w->t[e].used && w->t[e].cap && !(w->t[e].flags & TOKEN_SENT_START) &&
			       ner_namelike(&w->t[e]) && !(w->t[e].lex & (LEX_TITLE | LEX_SPEECH_VERB)))
				e++;
		ner_mark(w, i, e, NER_ORG);
		/* "by S and P." ends a sentence with its full stop. */
		if (yn < y->n)
			w->out->v[w->out->n - 1].end--;
	}
}

/* The rules of ner_sentence that can act in a sentence, a bit each
 * (NER_RULE_*), by a test at each capitalised token that each rule's
 * action needs and that reads only what no rule changes (the tokens' text
 * and case, their lexicon phrases): one walk over the capitalised tokens,
 * where each rule walked them all and most found nothing to do. A rule
 * whose bit is clear would pass over every token. */
enum {
	NER_RULE_CURRENCY = 1,	/* up to four letters before "$", a number or "dollars" */
	NER_RULE_ADMIN = 2,	/* before a word of 14 bytes ("administration") */
	NER_RULE_LETTERS = 4,	/* one or two bytes */
	NER_RULE_PHRASES = 8,	/* a lexicon phrase of two words or more */
	NER_RULE_WEST = 16,	/* "west" */
	NER_RULE_ROADS = 32,	/* 5, 7, 8 or 10 bytes, not in capitals, before
				 * a number of up to four bytes */
	NER_RULE_NICKS = 64,	/* before a quotation mark */
	NER_RULE_CODES = 128,	/* "operation" */
	NER_RULE_PORTFOLIOS = 256, /* after "for", or "of" after a title of 8 or 12 bytes */
	NER_RULE_WORKS = 512,	/* after a kind of work (and "the") */
	NER_RULE_ROLES = 1024,	/* before a lower-case word that starts a role's phrase */
	NER_RULE_NAMES = 2048,	/* a lexicon phrase of a name's type */
	NER_RULE_ORGS = 4096	/* an organization's head word or a company's suffix */
};

/* The rules' bits by a capitalised token's length (up to 15): those whose
 * test it passes; NER_RULE_CURRENCY for the token after's test too. */
static const unsigned short ner_rule_len[16] = {
	[0] = NER_RULE_LETTERS,
	[1] = NER_RULE_LETTERS | NER_RULE_CURRENCY,
	[2] = NER_RULE_LETTERS | NER_RULE_CURRENCY,
	[3] = NER_RULE_CURRENCY,
	[4] = NER_RULE_CURRENCY | NER_RULE_WEST,
	[9] = NER_RULE_CODES,
};

/* The rules' bits by the first byte of the token after a capitalised
 * one: "$", a digit or "dollars" for the currencies (a digit for the
 * roads, whose own test follows), a quotation mark's first byte for the
 * nicknames. */
static const unsigned short ner_rule_after[256] = {
	['$'] = NER_RULE_CURRENCY, ['0'] = NER_RULE_CURRENCY | NER_RULE_ROADS,
	['1'] = NER_RULE_CURRENCY | NER_RULE_ROADS, ['2'] = NER_RULE_CURRENCY | NER_RULE_ROADS,
	['3'] = NER_RULE_CURRENCY | NER_RULE_ROADS, ['4'] = NER_RULE_CURRENCY | NER_RULE_ROADS,
	['5'] = NER_RULE_CURRENCY | NER_RULE_ROADS, ['6'] = NER_RULE_CURRENCY | NER_RULE_ROADS,
	['7'] = NER_RULE_CURRENCY | NER_RULE_ROADS, ['8'] = NER_RULE_CURRENCY | NER_RULE_ROADS,
	['9'] = NER_RULE_CURRENCY | NER_RULE_ROADS, ['"'] = NER_RULE_NICKS, ['\''] = NER_RULE_NICKS,
	[0xE2] = NER_RULE_NICKS,   ['d'] = NER_RULE_CURRENCY,
};

static unsigned ner_sentence_rules(const struct ner_work *w, size_t a, size_t b)
{
	/* The classes that give a lexicon phrase a name's type (ner_lex_type). */
	const unsigned named = LEX_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM | LEX_GROUP | LEX_PERSON;
	unsigned m = 0;
	ner_each_cap(w, c, i, a, b, 0) {
		const struct ner_tok *t = &w->t[i];
		unsigned nb = ner_rule_len[t->n < 16 ? t->n : 15];
		/* "west" and "operation" by their first letter too. */
		if (nb & (NER_RULE_WEST | NER_RULE_CODES)) {
			unsigned char c0 = (unsigned char)t->s[0] | 0x20;
			nb &= ~((c0 == 'w' ? 0u : NER_RULE_WEST) | (c0 == 'o' ? 0u : NER_RULE_CODES));
		}
		/* A phrase longer than the sentence's rest is looked up again
		 * within it, with other classes. */
		m |= (nb & (NER_RULE_LETTERS | NER_RULE_WEST | NER_RULE_CODES)) |
		     (t->phrase && ((t->phrase_cls & named) || t->phrase > b - i) ? NER_RULE_NAMES : 0) |
		     (t->phrase >= 2 ? NER_RULE_PHRASES : 0) |
		     (t->lex & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX) ? NER_RULE_ORGS : 0);
		/* The word before: its length first (ner_is_n is a call). */
		if (i > a && w->t[i - 1].n <= 11) {
			const struct ner_tok *p = &w->t[i - 1];
			if ((p->n == 3 && ner_is(p, "for")) ||
			    (p->n == 2 && i - 1 > a && (w->t[i - 2].n == 8 || w->t[i - 2].n == 12) &&
			     (w->t[i - 2].lex & LEX_TITLE) && ner_is(p, "of")))
				m |= NER_RULE_PORTFOLIOS;
			if (p->n == 3 && i - 1 > a && ner_is(p, "the"))
				p = &w->t[i - 2];
			/* Or the kind before an apposition's comma, an EP's or
			 * an LP's among them (two bytes ending in "P": the
			 * walk tells them). */
			else if (p->n == 1 && p->s[0] == ',' && i - 1 > a)
				p = &w->t[i - 2];
			if ((p->n >= 4 && ner_work_kind(p)) || (p->n == 2 && p->s[1] == 'P'))
				m |= NER_RULE_WORKS;
		}
		if (i + 1 >= b)
			break;
		const struct ner_tok *u = &w->t[i + 1];
		if (!u->cap && ((u->phrase_cls & LEX_ROLE) || u->phrase > b - (i + 1)))
			m |= NER_RULE_ROLES;
		unsigned af = ner_rule_after[u->n ? (unsigned char)u->s[0] : 0];
		m |= (af & nb & NER_RULE_CURRENCY) | (af & NER_RULE_NICKS) | (u->n == 14 ? NER_RULE_ADMIN : 0);
		if ((af & NER_RULE_ROADS) && u->digit && u->n <= 4 && !t->upper && t->n <= 10 && (0x5A0u >> t->n & 1))
			m |= NER_RULE_ROADS;
	}
	return m;
}

static void ner_sentence(struct ner_work *w, size_t a, size_t b)
{
	size_t first = w->out->n;
	unsigned rules = ner_sentence_rules(w, a, b);
	if (rules & NER_RULE_CURRENCY)
		ner_currency_prefixes(w, a, b);
	if (w->caption)
		ner_caption_credit(w, a, b);
	if (w->boilerplate && a == w->para_first)
		ner_teaser(w, a, b);
	if (rules & NER_RULE_ADMIN)
		ner_administration(w, a, b);
	if (rules & NER_RULE_PORTFOLIOS)
		ner_portfolios(w, a, b);
	if (rules & NER_RULE_LETTERS)
		ner_letter_pairs(w, a, b);
	if (rules & NER_RULE_PHRASES)
		ner_lexicon_phrases(w, a, b);
	/* "the West" is a group however the model reads it. */
	if (rules & NER_RULE_WEST)
		ner_the_west(w, a, b);
	ner_weapons(w, a, b);
	if (rules & NER_RULE_ROADS)
		ner_roads(w, a, b);
	if (rules & NER_RULE_NICKS)
		ner_quoted_nicknames(w, a, b);
	if (rules & NER_RULE_CODES)
		ner_code_names(w, a, b);
	if (rules & NER_RULE_WORKS)
		ner_work_titles(w, a, b);
	/* An encyclopedia's definitions open with the name defined (in
	 * quotation marks, a song's). */
	if (w->t[a].cap || !w->t[a].word)
		ner_lead_titles(w, a, b);
	ner_model_spans(w, a, b);
	ner_dates(w, a, b);
	/* A name of two words or more is a phrase of two words or more. */
	if (rules & NER_RULE_PHRASES)
		ner_lexicon_names(w, a, b, 1);
	if (rules & NER_RULE_ORGS)
		ner_org_names(w, a, b);
	ner_people(w, a, b);
	if (rules & NER_RULE_ROLES)
		ner_role_orgs(w, a, b, first);
	ner_hyphens_left(w, a, b);
	if (rules & NER_RULE_NAMES)
		ner_lexicon_names(w, a, b, 0);
}

/* Fills the token array for tokens l->v[from..to). */
/* The tokens are scratch memory (xscratch_alloc): the caller releases them. */
static struct ner_tok *ner_tokens(const char *s, const struct token_list *l)
{
	struct ner_tok *t = xscratch_alloc((l->n ? l->n : 1) * sizeof *t);
	/* The count read once: the tokens' fields could be it, as the
	 * compiler sees them. */
	const size_t n = l->n;
	for (size_t k = 0; k < n; k++) {
		/* t[k].lex, .phrase and .phrase_cls come with the lexicon's
		 * look-up (ner_fill_lexicon), t[k].tag with the model's. The
		 * token's text in locals: each store to t[k] could change it,
		 * as the compiler sees them, and it was read again after each. */
		const struct token v = l->v[k];
		const char *ts = s + v.start;
		const size_t tn = v.end - v.start;
		struct ner_tok *x = &t[k];
		x->used = 0;
		x->s = ts;
		x->n = tn;
		x->start = v.start;
		x->end = v.end;
		x->flags = v.flags;
		/* Most words start in lower case: neither capitalised nor in
		 * capitals, without the calls. */
		unsigned char c0 = tn ? (unsigned char)ts[0] : 0;
		if (c0 >= 'a' && c0 <= 'z') {
			x->cap = 0;
			x->upper = 0;
			x->word = 1;
			x->digit = 0;
			continue;
		}
		/* Nor for the next most common: a capitalised ASCII word
		 * ("Xx...") and a mark of one byte. */
		if (c0 >= 'A' && c0 <= 'Z' && tn >= 2 && ts[1] >= 'a' && ts[1] <= 'z') {
			x->cap = 1;
			x->upper = 0;
			x->word = 1;
			x->digit = 0;
			continue;
		}
		x->word = (unsigned char)ner_starts_letter(ts, tn);
		x->digit = c0 >= '0' && c0 <= '9';
		if (tn == 1 && c0 < 0x80) {
			x->cap = x->upper = c0 >= 'A' && c0 <= 'Z';
			continue;
		}
		/* Then words in capitals and numbers in ASCII ("BAHIA" "1,987"),
		 * told as text_starts_upper and text_all_upper tell them. */
		int lower = 0, letters = 0;
		size_t i = 0;
		for (; i < tn && (unsigned char)ts[i] < 0x80; i++) {
			lower |= ts[i] >= 'a' && ts[i] <= 'z';
			letters |= ts[i] >= 'A' && ts[i] <= 'Z';
		}
		if (i == tn) {
			x->cap = c0 >= 'A' && c0 <= 'Z';
			x->upper = letters && !lower;
			continue;
		}
		x->cap = text_starts_upper(ts, tn);
		x->upper = text_all_upper(ts, tn);
	}
	return t;
}

/* Whether s[a..b) is a stock ticker as wire copy writes one: capitals and
 * digits ("KO", "7203"), an exchange's suffix after a full stop ("BAC.N",
 * "RHON.PA"), which a ticker in round brackets must have ("(AAPL.O)": not
 * "(EU)"); a ticker of digits only has one too. */
static int ner_ticker_shape(const char *s, size_t a, size_t b, int dotted)
{
	size_t k = a, letters = 0;
	while (k < b && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') || (k > a && s[k] == '&'))) {
		letters += s[k] >= 'A' && s[k] <= 'Z';
		k++;
	}
	size_t main = k - a;
	if (main == 0 || main > 8)
		return 0;
	if (k == b)
		return !dotted && letters > 0;
	/* Reuters' class of share ("VOWG_p.DE", "RDSa.L"). */
	if (s[k] == '_' && k + 1 < b && s[k + 1] >= 'a' && s[k + 1] <= 'z')
		k += 2;
	else if (s[k] >= 'a' && s[k] <= 'z' && k + 1 < b && s[k + 1] == '.')
		k++;
	if (k >= b || s[k] != '.')
		return 0;
	size_t x = ++k;
	while (k < b && s[k] >= 'A' && s[k] <= 'Z')
		k++;
	/* In round brackets, two characters before the stop at least: "(U.K)"
	 * is no ticker. */
	return k == b && k - x >= 1 && k - x <= 3 && (!dotted || main >= 2);
}

/* Where a firm's name starts that ends with "of" and a place the model
 * took alone before the firm's ticker ("SERVO CORP OF [AMERICA] <SCA>",
 * "Porsche Ag of [Germany] <PSHG.F>"): at the first of the capitalised
 * words before "of" (or "of the"), five at most, in the sentence, the
 * last of them a legal form or a body's head word; start itself where
 * no such words stand before it. */
static size_t ner_firm_of_start(const char *s, size_t start)
{
	size_t k = start;
	if (k >= 5 && (s[k - 1] == ' ' || s[k - 1] == '\n') && ner_lit_is_nocase("the", s + k - 4, 3) &&
	    (s[k - 5] == ' ' || s[k - 5] == '\n'))
		k -= 4;
	if (k < 5 || !(s[k - 1] == ' ' || s[k - 1] == '\n') || !ner_lit_is_nocase("of", s + k - 3, 2) ||
	    !(s[k - 4] == ' ' || s[k - 4] == '\n'))
		return start;
	k -= 4;
	/* The word before "of" a legal form or a body's head word ("Co",
	 * "Corp", "Bank"): not "Shares of". */
	size_t hw = k;
	hw = ner_word_start(s, 0, hw);
	if (hw == k || !(lexicon_lookup(s + hw, k - hw) & (LEX_COMPANY_SUFFIX | LEX_ORG_WORD)))
		return start;
	size_t first = start;
	for (int w = 0; w < 5 && k > 0; w++) {
		size_t e = k;
		k = ner_word_start(s, 0, k);
		if (k == e || !(s[k] >= 'A' && s[k] <= 'Z') || (s[e - 1] && strchr(",;:)>\"", s[e - 1])))
			break;
		first = k;
		/* A line's start or a blank line ends the name. */
		if (k == 0 || (k >= 2 && s[k - 1] == '\n' && s[k - 2] == '\n'))
			break;
		k--;
	}
	return first;
}

/* The exchanges a press release names before a ticker ("(NYSE: KO)"). */
static const char *const ner_exchanges[] = { "NYSE", "Nasdaq", "NASDAQ", "AMEX", "NYSE American", "NYSE MKT",
					     "NYSE Arca", "TSX", "TSXV", "TSX-V", "TSX Venture", "CSE", "LSE", "AIM",
					     "ASX", "NZX", "JSE", "NSE", "BSE", "HKEX", "SEHK", "SGX", "TYO", "TSE",
					     "KRX", "KOSDAQ", "SSE", "SZSE", "TWSE", "TASE", "BMV", "BVC", "Euronext",
					     "XETRA", "Xetra", "FWB", "SIX", "OMX", "OTC", "OTCQB", "OTCQX", "OTCBB",
					     "OTC Markets", "Pink Sheets", NULL };

/* Whether a stock ticker in brackets follows s[at] (after spaces or a line
 * break, three at most; after a possessive it is another company's,
 * "France's <SNECMA>"): "Coca-Cola Co <KO>", "DEAN FOODS <DF> SEES",
 * "Apple Inc (AAPL.O)", "Acme Corp. (NYSE: ACME)". Its own bytes go to
 * [*ts, *te); 0 where none follows, else the byte after its bracket. */
size_t ner_ticker_after(const char *s, size_t len, size_t at, size_t *ts, size_t *te)
{
	size_t k = at;
	for (int sp = 0; k < len && (s[k] == ' ' || s[k] == '\n') && sp < 3; sp++)
		k++;
	if (k >= len || (s[k] != '<' && s[k] != '('))
		return 0;
	char close = s[k] == '<' ? '>' : ')';
	size_t open = k++, e = k;
	while (e < len && e - k <= 40 && s[e] != close && s[e] != '\n' && s[e] != '<' && s[e] != '(')
		e++;
	if (e >= len || s[e] != close)
		return 0;
	size_t a = open + 1, be = e;
	/* Text split into tokens: "( GM.N )". */
	if (a < e && s[a] == ' ')
		a++;
	if (e > a && s[e - 1] == ' ')
		e--;
	if (close == ')') {
		/* An exchange and a colon before it, else a suffixed ticker. */
		size_t c = a;
		while (c < e && s[c] != ':')
			c++;
		if (c < e) {
			int known = 0;
			for (int x = 0; ner_exchanges[x] && !known; x++)
				known = ner_lit_is(ner_exchanges[x], s + a, c - a);
			if (!known)
				return 0;
			a = c + 1;
			while (a < e && s[a] == ' ')
				a++;
			if (!ner_ticker_shape(s, a, e, 0))
				return 0;
		} else if (!ner_ticker_shape(s, a, e, 1)) {
			return 0;
		}
	} else if (!ner_ticker_shape(s, a, e, 0)) {
		return 0;
	}
	*ts = a;
	*te = e;
	return be + 1;
}

/* The words in capitals before s[start] back to the start of its line, or
 * to a field's label ("Title: "), four at most: their starts, the nearest
 * first, in w; how many, or 0 where the line starts further back or
 * another word or mark comes between. */
static size_t ner_headline_words_before(const char *s, size_t start, size_t *w)
{
	if (start < 2 || s[start - 1] != ' ')
		return 0;
	size_t nw = 0, k = start - 1;
	while (nw < 4) {
		size_t e = k;
		k = ner_word_start(s, 0, k);
		if (k == e)
			return 0;
		for (size_t q = k; q < e; q++)
			if (!((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= '0' && s[q] <= '9') || s[q] == '-' ||
			      s[q] == '.' || s[q] == '\'' || s[q] == '&' || s[q] == '/'))
				return 0;
		w[nw++] = k;
		if (k == 0 || s[k - 1] == '\n' || (k >= 2 && s[k - 2] == ':'))
			return nw;
		if (s[k - 1] != ' ')
			return 0;
		k--;
	}
	return 0;
}

/* A name confirmed in mixed case, for ner_check_headlines. */
struct ner_known {
	char *name;		/* folded (once a headline's name is looked for this far) */
	size_t len;		/* its length (to the first NUL: compared as strcmp would) */
	int owned;		/* name is its own allocation, not in the arena */
	enum ner_type type;
	size_t start, end;	/* the mention's bytes */
};

/* Folds known[q] into the arena (or its own memory). */
static void ner_known_fold_one(const char *s, struct ner_known *q, char *arena, size_t asize, size_t *aused)
{
	size_t ql;
	q->name = text_fold_buf(s + q->start, q->end - q->start, arena + *aused, asize - *aused, &ql);
	q->len = strlen(q->name);
	q->owned = q->name != arena + *aused;
	if (!q->owned)
		*aused += ql + 1;
}

/* Folds those of known[0..upto) not folded yet. */
static void ner_known_fold(const char *s, struct ner_known *known, size_t upto, char *arena, size_t asize, size_t *aused)
{
	for (size_t q = 0; q < upto; q++)
		if (!known[q].name)
			ner_known_fold_one(s, &known[q], arena, asize, aused);
}

/* Where the firm's name that a ticker follows in a headline in capitals
 * starts, when the model began it at a later word: at the line's start
 * where the story writes the words from there in mixed case as a name or
 * the first words of one ("DEAN FOODS <DF>" of "Dean Foods Co"); at
 * "GENERAL" or "GEN" before a name of one word, a title the model left
 * out ("GENERAL INSTRUMENT <GRL>"); at a partner and "AND" before one
 * ("CORROON AND BLACK <CBL>"); else where the model began it. */
static size_t ner_headline_firm(const char *s, size_t start, size_t end, struct ner_known *known, size_t nk,
				char *arena, size_t asize, size_t *aused)
{
	size_t w[4], nw = ner_headline_words_before(s, start, w);
	if (nw == 0)
		return start;
	size_t fl;
	char fbuf[256];
	char *f = text_fold_buf(s + w[nw - 1], end - w[nw - 1], fbuf, sizeof fbuf, &fl);
	size_t flen = strlen(f);
	ner_known_fold(s, known, nk, arena, asize, aused);
	int found = 0;
	for (size_t q = 0; q < nk && !found; q++)
		found = known[q].type != NER_DATE && known[q].len >= flen && memcmp(known[q].name, f, flen) == 0 &&
			(known[q].len == flen || known[q].name[flen] == ' ');
	if (f != fbuf)
		free(f);
	if (found)
		return w[nw - 1];
	if (ner_chr(s, s + start, ' ', end - start))
		return start;
	/* A people's word or a place alone after other words ends the
	 * firm's name that the headline starts with ("ROYAL DUTCH <RD>",
	 * "FIRST AMERICAN <FIAMA>", "FIRST TENNESSEE <FTEN>"). */
	unsigned pc = lexicon_lookup(s + start, end - start);
	/* A town or a region after one word, not a headline's verb ("FIRST
	 * TENNESSEE", not "DOMINION CALLS BURLINGTON"). */
	int town = (pc & (LEX_CITY | LEX_REGION)) && nw == 1 && s[start - 2] != 'S';
	if (nw <= 2 && ((pc & (LEX_DEMONYM | LEX_GROUP | LEX_COUNTRY)) || town)) {
		/* Two words at most, none a function word: not "DOT APPROVES
		 * AMERICAN", "CHARGES LIFTED AGAINST TWA". */
		for (size_t q = 0; q < nw; q++) {
			size_t qe = q == 0 ? start - 1 : w[q - 1] - 1;
			struct ner_tok tk = { .s = s + w[q], .n = qe - w[q] };
			if (ner_title_function_word(&tk))
				return start;
		}
		return w[nw - 1];
	}
	if (nw == 1 && (ner_lit_is("GENERAL", s + w[0], start - 1 - w[0]) || ner_lit_is("GEN", s + w[0], start - 1 - w[0])))
		return w[0];
	if (nw == 2 && ner_lit_is("AND", s + w[0], start - 1 - w[0]) && w[0] - 1 - w[1] >= 2)
		return w[1];
	return start;
}

/* Whether the words of s[a, b) after its first blank are all legal forms
 * ("Corp", "Co Inc"); b itself where none are left. */
static int ner_legal_tail(const char *s, size_t a, size_t b)
{
	while (a < b) {
		while (a < b && (s[a] == ' ' || s[a] == '\n'))
			a++;
		size_t e = ner_blank_at(s, a, b);
		if (e > a && !(lexicon_lookup(s + a, e - a) & LEX_COMPANY_SUFFIX))
			return 0;
		a = e;
	}
	return 1;
}

/* How far s[c, d) (a name in mixed case) goes along with all of s[a, b)
 * (a headline's words), but for the case of ASCII letters and blanks (a
 * run of blanks, a line break among them, is one): the byte of s[c, d)
 * after them, or SIZE_MAX where they differ. */
static size_t ner_caseless_along(const char *s, size_t a, size_t b, size_t c, size_t d)
{
	while (a < b && c < d) {
		int ba = s[a] == ' ' || s[a] == '\n', bc = s[c] == ' ' || s[c] == '\n';
		if (ba || bc) {
			if (!(ba && bc))
				return SIZE_MAX;
			while (a < b && (s[a] == ' ' || s[a] == '\n'))
				a++;
			while (c < d && (s[c] == ' ' || s[c] == '\n'))
				c++;
			continue;
		}
		unsigned char x = (unsigned char)s[a], y = (unsigned char)s[c];
		if (x != y && !(x < 0x80 && y < 0x80 && (x | 0x20) == (y | 0x20) && (x | 0x20) >= 'a' && (x | 0x20) <= 'z'))
			return SIZE_MAX;
		a++;
		c++;
	}
	return a == b ? c : SIZE_MAX;
}

/* Whether s[a, b) begins s[c, d) so (ner_caseless_along), and the rest of
 * the name is a legal form or none. */
static int ner_caseless_begins(const char *s, size_t a, size_t b, size_t c, size_t d)
{
	c = ner_caseless_along(s, a, b, c, d);
	return c == d || (c < d && (s[c] == ' ' || s[c] == '\n') && ner_legal_tail(s, c, d));
}

/* The end of the longest name of an organization the story writes in
 * mixed case (known), or the name but for its legal form, that a
 * headline's mention m begins with its next words in capitals, three at
 * most and on its line; m's own end where none. Not a place's, a
 * person's or a thing's: the model's "U.S. Feeder" of "U.S. Feeder
 * cattle" in the text is no name of a headline's. Compared as written,
 * case aside: folding every name of every story cost more. */
static size_t ner_headline_longer(const char *s, size_t len, const struct ner_mention *m, const struct ner_known *known,
				  size_t nk)
{
	size_t ends[3], ne = 0, k = m->end;
	while (ne < 3 && k + 1 < len && s[k] == ' ') {
		size_t e = k + 1;
		while (e < len && ((s[e] >= 'A' && s[e] <= 'Z') || (s[e] >= '0' && s[e] <= '9') || s[e] == '.' ||
				   s[e] == '-' || s[e] == '&' || s[e] == '\''))
			e++;
		if (e == k + 1 || (e < len && s[e] != ' ' && s[e] != '\n'))
			break;
		ends[ne++] = e;
		k = e;
	}
	for (size_t q = ne; q-- > 0;)
		for (size_t r = 0; r < nk; r++)
			if (known[r].type == NER_ORG && known[r].end - known[r].start >= ends[q] - m->start &&
			    ner_caseless_begins(s, m->start, ends[q], known[r].start, known[r].end))
				return ends[q];
	return m->end;
}

/* In capitals, as headlines are set, case says nothing: a name found
 * there stays only if the article also writes it in mixed case (or a
 * name it writes so begins or ends it: that name stays), or if the
 * lexicon knows it as a place or a nationality (a dateline's CLEVELAND).
 * Otherwise "TO FORM FINANCIAL UNIT" would be an organization. */
static void ner_check_headlines(const char *s, size_t len, struct ner_list *out, size_t before,
				const unsigned char *caps, const size_t *upto, size_t ns)
{
	int any = 0;
	for (size_t k = 0; k < ns; k++)
		any |= caps[k];
	if (!any)
		return;
	/* The folded names written in mixed-case sentences, in order, each
	 * with its type: the few names of the headlines are looked for in
	 * them one by one (sorting them all cost more). A name is folded
	 * only when a search first gets that far: a headline's names are
	 * mostly found among the story's first. */
	/* The working arrays are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	size_t nm = out->n - before, nk = 0;
	struct ner_known *known = xscratch_alloc((nm ? nm : 1) * sizeof *known);
	/* The names go into one arena, room for each as ASCII folds it (a
	 * name folded longer gets its own allocation). */
	size_t asize = 1, aused = 0;
	for (size_t i = before; i < out->n; i++)
		asize += out->v[i].end - out->v[i].start + 1;
	char *arena = xscratch_alloc(asize);
	size_t k = 0;
	for (size_t i = before; i < out->n; i++) {
		while (k < ns && upto[k] <= i)
			k++;
		if (k < ns && caps[k])
			continue;
		known[nk].type = out->v[i].type;
		known[nk].start = out->v[i].start;
		known[nk].end = out->v[i].end;
		known[nk].name = NULL;
		nk++;
	}
	size_t o = before, past = 0;
	k = 0;
	for (size_t i = before; i < out->n; i++) {
		while (k < ns && upto[k] <= i)
			k++;
		struct ner_mention *m = &out->v[i];
		/* A mention the one before took in (below). */
		if (m->start < past)
			continue;
		int keep = 1;
		if (k < ns && caps[k] && m->type != NER_DATE) {
			/* The model cut short a name the story writes whole in
			 * mixed case ("MARK IV SAYS ..." of Mark IV): the
			 * longest with up to three words after it is that name. */
			size_t ext = ner_headline_longer(s, len, m, known, nk);
			int longer = ext > m->end;
			if (longer) {
				m->end = ext;
				m->type = NER_ORG;
				m->margin = 0;
				past = ext;
			}
			size_t fl;
			char fbuf[256];
			char *f = text_fold_buf(s + m->start, m->end - m->start, fbuf, sizeof fbuf, &fl);
			/* The first mention of the name in mixed case. */
			size_t lo = 0, flen = strlen(f);
			/* Else the longest that begins or ends it, at a word's
			 * edge, where the name is ASCII (its folded bytes are its
			 * own): the model ran on into the headline's words ("GARY
			 * ROSS REMAINS IN NEGOTIATIONS"). */
			int ascii = flen == m->end - m->start;
			for (size_t q = m->start; ascii && q < m->end; q++)
				ascii = (unsigned char)s[q] < 0x80;
			/* A name can match only if it folds to a first byte
			 * that starts one of f's words: one whose first byte in
			 * the text is a letter or a digit, neither that byte nor
			 * its lower case such (as it folds to one of the two),
			 * is passed over unfolded. */
			uint32_t starts[8] = { 0 };
			for (size_t q = 0; q < flen; q++)
				if (q == 0 || f[q - 1] == ' ')
					starts[(unsigned char)f[q] >> 5] |= 1u << ((unsigned char)f[q] & 31);
			size_t part = 0, pstart = 0, plo = 0;
			for (; lo < nk; lo++) {
				if (!known[lo].name) {
					unsigned char c = known[lo].end > known[lo].start ? (unsigned char)s[known[lo].start] : 0;
					unsigned char cl = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
					int alnum = (cl >= 'a' && cl <= 'z') || (c >= '0' && c <= '9');
					if (alnum && !(starts[c >> 5] >> (c & 31) & 1) && !(starts[cl >> 5] >> (cl & 31) & 1))
						continue;
					ner_known_fold_one(s, &known[lo], arena, asize, &aused);
				}
				size_t ql = known[lo].len;
				if (ql == flen && memcmp(known[lo].name, f, flen) == 0)
					break;
				if (!ascii || ql >= flen || ql <= part || known[lo].type == NER_DATE)
					continue;
				if (f[ql] == ' ' && memcmp(known[lo].name, f, ql) == 0) {
					part = ql;
					pstart = 0;
					plo = lo;
				} else if (f[flen - ql - 1] == ' ' && memcmp(known[lo].name, f + flen - ql, ql) == 0) {
					part = ql;
					pstart = flen - ql;
					plo = lo;
				}
			}
			keep = lo < nk || longer;
			/* Confirmed; a catch-all MISC takes the type the
			 * mixed-case text first gave it. */
			if (keep && m->type == NER_MISC && known[lo].type != NER_MISC) {
				m->type = known[lo].type;
				m->margin = 0;
			}
			/* A place or group a list knows stands unconfirmed, but
			 * for one word news writes in lower case ("SALE" is not
			 * Salé); two letters are an abbreviation ("US"). */
			int lt = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
			if ((lt == NER_PLACE || lt == NER_GROUP) &&
			    !(m->end - m->start > 3 && !ner_chr(s, s + m->start, ' ', m->end - m->start) &&
			      lexicon_lowercase(s + m->start, m->end - m->start)))
				keep = 1;
			/* The part, of two words or more: one word alone is
			 * as often the first of a company's other name
			 * ("BETHLEHEM STEEL", "BROWN GROUP"), and so is a place
			 * ("NEW YORK TIMES CO", "BANK OF NEW YORK"). */
			if (!keep && part && memchr(f + pstart, ' ', part) && known[plo].type != NER_PLACE &&
			    known[plo].type != NER_GROUP) {
				m->start += pstart;
				m->end = m->start + part;
				m->type = known[plo].type;
				m->margin = 0;
				keep = 1;
			}
			if (f != fbuf)
				free(f);
			/* A name wire copy follows with its ticker is a listed
			 * company's, written in mixed case or not ("DEAN FOODS
			 * <DF> SEES ..."); "GENERAL" before one word of it is
			 * its first ("GENERAL INSTRUMENT <GRL>"), and so are a
			 * partner and "AND" ("CORROON AND BLACK <CBL>"). */
			size_t ts, te;
			if (ner_ticker_after(s, len, m->end, &ts, &te)) {
				keep = 1;
				m->type = NER_ORG;
				m->margin = 0;
				m->start = ner_headline_firm(s, m->start, m->end, known, nk, arena, asize, &aused);
				m->start = ner_firm_of_start(s, m->start);
				/* A part of it the model read as a name of its own
				 * before it is in it now. */
				while (o > before && out->v[o - 1].end > m->start) {
					o--;
					m->start = out->v[o].start < m->start ? out->v[o].start : m->start;
				}
			}
		}
		if (keep)
			out->v[o++] = *m;
	}
	out->n = o;
	for (size_t q = 0; q < nk; q++)
		if (known[q].name && known[q].owned)
			free(known[q].name);
	xscratch_release(mark);
}

/* Whether s[a..b) is, case aside, the first words of s[c..d), which
 * goes on past them (ner_caseless_along). */
static int ner_caseless_prefix(const char *s, size_t a, size_t b, size_t c, size_t d)
{
	c = ner_caseless_along(s, a, b, c, d);
	return c < d && (s[c] == ' ' || s[c] == '\n');
}

/* Words of a headline in capitals that the model left out are the name
 * the story writes in mixed case below, compared case aside: "BOXING -
 * VARNHOLT RETAINS TITLE" over "Tom Varnholt retained his title",
 * "KORVANE H1 PROFIT RISES" over "Korvane". Up to four words are that
 * name whole (or before its legal form), and one word the surname of a
 * person the story names with more. sent[0..ns] are the sentences'
 * first tokens, caps[k] set where sentence k is such a headline. */
static void ner_headline_names(const char *s, const struct ner_tok *t, const size_t *sent, size_t ns,
			       const unsigned char *caps, struct ner_list *out, size_t before)
{
	size_t hs[4], he[4], hk[4], nh = 0;
	for (size_t k = 0; k < ns && nh < 4; k++)
		if (caps[k] && sent[k + 1] > sent[k]) {
			hs[nh] = t[sent[k]].start;
			he[nh] = t[sent[k + 1] - 1].end;
			hk[nh++] = k;
		}
	if (!nh)
		return;
	size_t n0 = out->n;
	/* The names below the headlines, each with the low five bits of its
	 * first byte and of a person's last word's (a letter's in either
	 * case): most are passed over by those. */
	struct xscratch_mark mark = xscratch_mark();
	struct body {
		size_t start, end, lw;
		enum ner_type type;
		unsigned char c0, cl;
	} *body = xscratch_alloc((n0 - before + 1) * sizeof *body);
	size_t nb = 0;
	for (size_t i = before; i < n0; i++) {
		const struct ner_mention *m = &out->v[i];
		if (m->type == NER_DATE || (m->start >= hs[0] && m->start < he[nh - 1]))
			continue;
		size_t lw = 0;
		if (m->type == NER_PERSON) {
			lw = ner_word_start(s, m->start, m->end);
			lw = lw > m->start ? lw : 0;
		}
		body[nb].start = m->start;
		body[nb].end = m->end;
		body[nb].lw = lw;
		body[nb].type = m->type;
		body[nb].c0 = (unsigned char)(s[m->start] & 31);
		body[nb++].cl = lw ? (unsigned char)(s[lw] & 31) : 0;
	}
	/* The names by their first byte's bits, and the people by their
	 * last word's: a headline's word is compared with those alone. */
	size_t *by0 = xscratch_alloc((nb + 1) * sizeof *by0), *byl = xscratch_alloc((nb + 1) * sizeof *byl);
	size_t at0[33] = { 0 }, atl[33] = { 0 };
	for (size_t r = 0; r < nb; r++) {
		at0[body[r].c0 + 1]++;
		atl[body[r].cl + 1] += body[r].lw != 0;
	}
	for (int c = 0; c < 32; c++) {
		at0[c + 1] += at0[c];
		atl[c + 1] += atl[c];
	}
	{
		size_t f0[32], fl[32];
		memcpy(f0, at0, sizeof f0);
		memcpy(fl, atl, sizeof fl);
		for (size_t r = 0; r < nb; r++) {
			by0[f0[body[r].c0]++] = r;
			if (body[r].lw)
				byl[fl[body[r].cl]++] = r;
		}
	}
	for (size_t h = 0; h < nh && nb; h++) {
		size_t k = hk[h], q0 = sent[k], q1 = sent[k + 1];
		/* The headline's words no name holds yet. */
		unsigned char *free_word = xscratch_alloc(q1 - q0);
		size_t i = before;
		for (size_t q = q0; q < q1; q++) {
			while (i < n0 && out->v[i].end <= t[q].start)
				i++;
			free_word[q - q0] = ner_is_word(&t[q]) && !(i < n0 && out->v[i].start < t[q].end);
		}
		for (size_t q = q0; q < q1;) {
			if (!free_word[q - q0]) {
				q++;
				continue;
			}
			unsigned char c0 = (unsigned char)(t[q].s[0] & 31);
			if (at0[c0] == at0[c0 + 1] && atl[c0] == atl[c0 + 1]) {
				q++;
				continue;
			}
			size_t found = 0;
			for (size_t len = 4; len >= 1 && !found; len--) {
				size_t e = q + len - 1;
				int run = e < q1;
				for (size_t j = q + 1; run && j <= e; j++)
					run = free_word[j - q0] && t[j].start == t[j - 1].end + 1;
				/* Nor do they end in "AND" or "OF" ("UNITED FIRE AND"
				 * of "United Fire and Casualty Co"). */
				if (!run || (len > 1 && ner_title_function_word(&t[e])))
					continue;
				size_t a = t[q].start, b = t[e].end;
				/* One word that heads bodies' names or is a given name,
				 * after another word, is likely the end of a longer name
				 * ("OPEC FUND", "RESERVE BANK", "TRADE BILL"). */
				if (len == 1 && q > q0 && ner_is_word(&t[q - 1])) {
					unsigned c = lexicon_lookup(s + a, b - a);
					if ((c & (LEX_ORG_WORD | LEX_FIRST_NAME)) && !(c & LEX_ORG))
						continue;
				}
				/* The names that start as the words do, then (one
				 * word) the people whose last word does. */
				size_t n0c = at0[c0 + 1] - at0[c0], nlc = len == 1 ? atl[c0 + 1] - atl[c0] : 0;
				for (size_t x = 0; x < n0c + nlc && !found; x++) {
					int last = x >= n0c;
					const struct body *m = &body[last ? byl[atl[c0] + x - n0c] : by0[at0[c0] + x]];
					enum ner_type type = last ? NER_PERSON : m->type;
					/* Their second bytes first, case aside (0x20). */
					size_t ms = last ? m->lw : m->start;
					if (m->end - ms < 2 || b - a < 2 || ((unsigned char)(s[a + 1] ^ s[ms + 1]) & 0xdf))
						continue;
					/* Two words or more that begin a longer name are
					 * that name's short form ("DORVANE STEEL" of
					 * "Dorvane Steel Works Inc"), before one word
					 * alone could be taken for it. */
					if (!last && ((len > 1 && ner_caseless_prefix(s, a, b, m->start, m->end)) ||
						      ner_caseless_begins(s, a, b, m->start, m->end)))
						found = len;
					else if (last && m->end - m->lw == b - a && ner_caseless_begins(s, a, b, m->lw, m->end))
						found = 1;
					if (!found)
						continue;
					ner_push(out, a, b, type);
					/* A person's two names matched one by one are
					 * one name ("ROBERTO DURAN"). */
					if (out->n > n0 + 1 && out->v[out->n - 1].type == NER_PERSON &&
					    out->v[out->n - 2].type == NER_PERSON && out->v[out->n - 2].end + 1 == a) {
						out->v[out->n - 2].end = b;
						out->n--;
					}
				}
			}
			q += found ? found : 1;
		}
	}
	xscratch_release(mark);
	if (out->n > n0)
		ner_sort_mentions(out->v + before, out->n - before);
}

/* The most words a name has: "Subcommittee on International Development
 * Institutions of the U.S. House of Representatives" has 13. */
#define NER_NAME_WORDS 24

/* The folded text of tokens t[a..b) of s, in buf when it fits, as
 * text_fold_buf gives it. */
static char *ner_fold_tokens(const char *s, const struct ner_tok *t, size_t a, size_t b, char *buf, size_t size)
{
	size_t fl;
	return text_fold_buf(s + t[a].start, t[b - 1].end - t[a].start, buf, size, &fl);
}

/* A name of three words or more in a title-case headline (thead marks its
 * tokens) that the body never writes whole but that holds two names or
 * more the body writes each alone is those names, typed as the body types
 * them: where case says little, the model reads a run of capitals as one
 * name ("Obama Administration Flips Bush Endangered Species" is Obama and
 * Bush; "Obama White House" is Obama and the White House). So is a name
 * that holds one person of the body and ordinary words (see below). */
static void ner_split_headline_names(const char *s, const struct ner_tok *t, size_t n, const unsigned char *thead,
				     struct ner_list *out, size_t before)
{
	/* The token each mention starts at, or n; body names are the others. */
	size_t nm = out->n - before, nb = 0, any = 0;
	/* Most batches have no title-case headline: no mention starts in one. */
	if (nm < 3 || !memchr(thead, 1, n))
		return;
	/* The working arrays are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	size_t *first = xscratch_alloc(nm * sizeof *first), hint = 0;
	for (size_t i = 0; i < nm; i++) {
		const struct ner_mention *m = &out->v[before + i];
		size_t lo = ner_token_from(t, n, m->start, hint);
		hint = lo;
		first[i] = lo < n && t[lo].start == m->start ? lo : n;
		if (first[i] < n && thead[first[i]]) {
			size_t words = 0;
			for (size_t k = first[i]; k < n && t[k].end <= m->end; k++)
				words += ner_is_word(&t[k]);
			any |= words >= 2 && m->type != NER_DATE;
		} else if (m->type != NER_DATE) {
			nb++;
		}
	}
	if (!any || nb == 0) {
		xscratch_release(mark);
		return;
	}
	/* The body's names, folded, with their types, and the surnames of
	 * its people named in full (a headline names people so). */
	char **body = xscratch_alloc(2 * nb * sizeof *body);
	enum ner_type *btype = xscratch_alloc(2 * nb * sizeof *btype);
	nb = 0;
	for (size_t i = 0; i < nm; i++) {
		const struct ner_mention *m = &out->v[before + i];
		if ((first[i] < n && thead[first[i]]) || m->type == NER_DATE)
			continue;
		size_t fl;
		body[nb] = text_fold(s + m->start, m->end - m->start, &fl);
		btype[nb++] = m->type;
		const char *sp = strrchr(body[nb - 1], ' ');
		if (m->type == NER_PERSON && sp && sp[1]) {
			body[nb] = xstrdup(sp + 1);
			btype[nb++] = NER_PERSON;
		}
	}
	struct ner_list res = { 0 };
	for (size_t i = 0; i < nm; i++) {
		struct ner_mention m = out->v[before + i];
		/* Its tokens [a, e), looked at in a headline only. */
		size_t a = first[i], e = a, words = 0;
		int head = a < n && thead[a] && m.type != NER_DATE;
		while (head && e < n && t[e].end <= m.end)
			words += ner_is_word(&t[e++]);
		struct ner_mention piece[8];
		size_t np = 0;
		if (head && words >= 2) {
			char buf[256];
			int whole = 0;
			char *f = ner_fold_tokens(s, t, a, e, buf, sizeof buf);
			for (size_t q = 0; q < nb && !whole; q++)
				whole = strcmp(body[q], f) == 0;
			if (f != buf)
				free(f);
			/* The longest body name at each word, left to right. */
			for (size_t p = a; p < e && !whole && np < 8;) {
				size_t got = 0, gq = 0;
				/* No body name is longer than NER_NAME_WORDS words: a
				 * run of capitals of a thousand costs no more. */
				for (size_t q = e - p > NER_NAME_WORDS ? p + NER_NAME_WORDS : e; q > p && !got && ner_is_word(&t[p]);
				     q--) {
					if ((p == a && q == e) || !ner_is_word(&t[q - 1]))
						continue;
					char pb[256];
					char *pf = ner_fold_tokens(s, t, p, q, pb, sizeof pb);
					for (size_t r = 0; r < nb && !got; r++)
						if (strcmp(body[r], pf) == 0) {
							got = q;
							gq = r;
						}
					if (pf != pb)
						free(pf);
				}
				/* An initial alone confirms nothing ("P."). */
				if (got == p + 1 && (t[p].n < 3 || t[p].s[t[p].n - 1] == '.'))
					got = 0;
				if (got) {
					piece[np++] = (struct ner_mention){ t[p].start, t[got - 1].end, btype[gq], 0 };
					p = got;
				} else {
					p++;
				}
			}
		}
		/* One person the body names, with words that no name of the
		 * body holds and no name of a person has: the headline's verb
		 * before it ("Flips Talmer"), or either side where the model
		 * took all for a person ("Talmer Wetlands"). */
		int alone = np == 1 && piece[0].type == NER_PERSON &&
			    (piece[0].end == m.end || m.type == NER_PERSON);
		for (size_t k = a; alone && k < e; k++) {
			if (!ner_is_word(&t[k]) || (t[k].start >= piece[0].start && t[k].end <= piece[0].end))
				continue;
			char wb[64];
			char *wf = ner_fold_tokens(s, t, k, k + 1, wb, sizeof wb);
			size_t wl = strlen(wf);
			/* Not a word of people's names: a given name, a title,
			 * a particle, an initial or a suffix ("Jr"). */
			alone = t[k].n >= 3 && !t[k].upper &&
				!(lexicon_lookup(t[k].s, t[k].n) & (LEX_FIRST_NAME | LEX_TITLE | LEX_SURNAME_PARTICLE |
								    LEX_ROLE | LEX_PERSON));
			for (size_t r = 0; r < nb && alone; r++)
				for (const char *h = body[r]; alone && (h = strstr(h, wf)) != NULL; h++)
					alone = !((h == body[r] || h[-1] == ' ') && (h[wl] == 0 || h[wl] == ' '));
			if (wf != wb)
				free(wf);
		}
		if (np < 2 && !alone) {
			piece[0] = m;
			np = 1;
		} else if (np >= 2 && words < 3) {
			piece[0] = m;
			np = 1;
		}
		for (size_t q = 0; q < np; q++) {
			ner_push(&res, piece[q].start, piece[q].end, piece[q].type);
			res.v[res.n - 1].margin = piece[q].margin;
		}
	}
	out->n = before;
	for (size_t i = 0; i < res.n; i++) {
		ner_push(out, res.v[i].start, res.v[i].end, res.v[i].type);
		out->v[out->n - 1].margin = res.v[i].margin;
	}
	ner_list_free(&res);
	for (size_t q = 0; q < nb; q++)
		free(body[q]);
	xscratch_release(mark);
}

/* Short words a title-case headline may leave in lower case ("a", "of",
 * "into", "vs."...), each packed into an integer (its bytes, the first
 * lowest, and its length above them) and sorted, so that the test, made
 * for most words of a headline's lines, is a few compares. */
#define NER_FW(n, a, b, c, d)                                                                \
	((uint64_t)(n) << 32 | (uint64_t)(unsigned char)(a) | (uint64_t)(unsigned char)(b) << 8 | \
	 (uint64_t)(unsigned char)(c) << 16 | (uint64_t)(unsigned char)(d) << 24)
static const uint64_t ner_function_words[] = {
	NER_FW(1, 'a', 0, 0, 0), NER_FW(2, 'o', 'f', 0, 0), NER_FW(2, 'a', 'n', 0, 0),
	NER_FW(2, 'i', 'n', 0, 0), NER_FW(2, 'o', 'n', 0, 0), NER_FW(2, 't', 'o', 0, 0),
	NER_FW(2, 'u', 'p', 0, 0), NER_FW(2, 'o', 'r', 0, 0), NER_FW(2, 'a', 's', 0, 0),
	NER_FW(2, 'v', 's', 0, 0), NER_FW(2, 'a', 't', 0, 0), NER_FW(2, 'b', 'y', 0, 0),
	NER_FW(3, 'v', 's', '.', 0), NER_FW(3, 'v', 'i', 'a', 0), NER_FW(3, 'a', 'n', 'd', 0),
	NER_FW(3, 't', 'h', 'e', 0), NER_FW(3, 'o', 'f', 'f', 0), NER_FW(3, 'p', 'e', 'r', 0),
	NER_FW(3, 'f', 'o', 'r', 0), NER_FW(3, 'n', 'o', 'r', 0), NER_FW(3, 'b', 'u', 't', 0),
	NER_FW(3, 'o', 'u', 't', 0), NER_FW(4, 'a', 'm', 'i', 'd'), NER_FW(4, 'w', 'i', 't', 'h'),
	NER_FW(4, 'f', 'r', 'o', 'm'), NER_FW(4, 'i', 'n', 't', 'o'), NER_FW(4, 'o', 'n', 't', 'o'),
	NER_FW(4, 'o', 'v', 'e', 'r')
};

static int ner_title_function_word(const struct ner_tok *t)
{
	if (t->n > 4 || t->n == 0)
		return 0;
	uint64_t k = (uint64_t)t->n << 32;
	for (size_t i = 0; i < t->n; i++) {
		unsigned char c = (unsigned char)t->s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		k |= (uint64_t)c << (8 * i);
	}
	size_t lo = 0, hi = sizeof ner_function_words / sizeof *ner_function_words;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ner_function_words[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sizeof ner_function_words / sizeof *ner_function_words && ner_function_words[lo] == k;
}

/* Whether news text writes a word in lower case, by the list of such words
 * or by another form of it there ("Reverses" by "reverse", "Overturns" by
 * "overturned"): the list holds the forms the counts saw, not all. */
static int ner_lowercase_word(const char *s, size_t n)
{
	if (lexicon_lowercase(s, n))
		return 1;
	static const char *const ends[] = { "ing", "es", "ed", "s", NULL };
	static const char *const forms[] = { "", "e", "s", "es", "ed", "ing", NULL };
	char buf[40];
	for (int i = 0; ends[i]; i++) {
		size_t el = strlen(ends[i]);
		if (n < el + 3 || n - el + 3 >= sizeof buf || strncasecmp(s + n - el, ends[i], el) != 0)
			continue;
		size_t stem = n - el;
		memcpy(buf, s, stem);
		for (int f = 0; forms[f]; f++) {
			size_t fl = strlen(forms[f]);
			memcpy(buf + stem, forms[f], fl);
			if (stem + fl != n && lexicon_lowercase(buf, stem + fl))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* A bit for a length, the last for all from 31 bytes up. */
static uint32_t ner_len_bit(size_t n)
{
	return 1u << (n < 31 ? n : 31);
}

/* The length of a word's stem, as ner_word_hashes cuts it. */
static inline size_t ner_stem_len(const struct ner_tok *t)
{
	size_t n = t->n;
	const unsigned char *e = (const unsigned char *)t->s + n;
	/* Bit 0x20 set makes a byte the small letter compared with only if it
	 * is that letter or its capital. */
	unsigned last = n >= 1 ? e[-1] | 0x20u : 0;
	if (n >= 6 && (e[-3] | 0x20) == 'i' && (e[-2] | 0x20) == 'n' && last == 'g')
		return n - 3;
	if (n >= 5 && (e[-2] | 0x20) == 'e' && (last == 'd' || last == 's'))
		return n - 2;
	if (n >= 4 && last == 's')
		return n - 1;
	return n;
}

/* Bytes with 'A' to 'Z' lower-cased, the others as they are: one load a
 * byte in ner_word_hashes, where the test and the choice took three
 * instructions. */
#define NER_16(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7, (b) + 8, (b) + 9, (b) + 10, \
		  (b) + 11, (b) + 12, (b) + 13, (b) + 14, (b) + 15
static const unsigned char ner_ascii_lower[256] = {
	NER_16(0x00), NER_16(0x10), NER_16(0x20), NER_16(0x30),
	0x40, NER_16(0x61), 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	NER_16(0x60), NER_16(0x70), NER_16(0x80), NER_16(0x90), NER_16(0xa0), NER_16(0xb0),
	NER_16(0xc0), NER_16(0xd0), NER_16(0xe0), NER_16(0xf0)
};
#undef NER_16
_Static_assert(sizeof ner_ascii_lower == 256, "a byte each");

/* A word's ASCII-folded hash, for the headline pass, into *h, and the hash
 * of its stem ("checks", "checked" -> "check") into *hs, which differs
 * from every word's hash; one pass over the bytes. */
static void ner_word_hashes(const struct ner_tok *t, unsigned long long *h, unsigned long long *hs)
{
	size_t n = t->n, stem = ner_stem_len(t), i = 0;
	unsigned long long x = 1469598103934665603ull, xs = 7809847782465536322ull;
	/* The stem's bytes go into both hashes, the ending's into the word's. */
	for (; i < stem; i++) {
		unsigned char c = ner_ascii_lower[(unsigned char)t->s[i]];
		x = (x ^ c) * 1099511628211ull;
		xs = (xs ^ c) * 1099511628211ull;
	}
	for (; i < n; i++)
		x = (x ^ ner_ascii_lower[(unsigned char)t->s[i]]) * 1099511628211ull;
	*h = x ? x : 1;
	*hs = xs ? xs : 1;
}

/* ner_word_hashes' hash of the whole word alone, without the stem's:
 * one multiplication a byte, for the callers that want no stem. */
static unsigned long long ner_word_hash(const char *s, size_t n)
{
	unsigned long long x = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		x = (x ^ ner_ascii_lower[(unsigned char)s[i]]) * 1099511628211ull;
	return x ? x : 1;
}

#define NER_SEEN_LOWER 1u	/* written in lower case in a sentence */
#define NER_SEEN_CAP_MID 2u	/* written capitalised inside a mixed-case sentence */
#define NER_SEEN_WANTED 4u	/* a headline's word: the others are not kept */

/* How the article writes each word outside its headlines: an open-address
 * table of word hashes. */
struct ner_seen {
	unsigned long long *key;
	unsigned char *flags;
	size_t cap;
};

static unsigned char *ner_seen_slot(struct ner_seen *m, unsigned long long h)
{
	size_t i = (size_t)(h ^ (h >> 31)) & (m->cap - 1);
	while (m->key[i] && m->key[i] != h)
		i = (i + 1) & (m->cap - 1);
	m->key[i] = h;
	return &m->flags[i];
}

/* The flags of a word wanted, or NULL for one that is not. */
static unsigned char *ner_seen_find(struct ner_seen *m, unsigned long long h)
{
	size_t i = (size_t)(h ^ (h >> 31)) & (m->cap - 1);
	while (m->key[i] && m->key[i] != h)
		i = (i + 1) & (m->cap - 1);
	return m->key[i] ? &m->flags[i] : NULL;
}

/* How the article writes a headline's word elsewhere (NER_SEEN_*), by
 * the word itself, else by its stem (h and hs, their ner_word_hashes). */
static unsigned char ner_seen_get(struct ner_seen *m, unsigned long long h, unsigned long long hs)
{
	unsigned char *f = ner_seen_find(m, h);
	unsigned char v = f ? *f & (NER_SEEN_LOWER | NER_SEEN_CAP_MID) : 0;
	if (!v && (f = ner_seen_find(m, hs)) != NULL)
		v = *f & (NER_SEEN_LOWER | NER_SEEN_CAP_MID);
	return v;
}

/* What ner_truecase does with a token. */
enum ner_recase {
	NER_KEEP = 0,		/* not in a headline */
	NER_TITLE_KEEP,		/* a title-case headline's word, read as written */
	NER_TITLE_LOWER,	/* one read in lower case */
	NER_CAPS,		/* a capitals headline's word the story does not write */
	NER_CAPS_LOWER,		/* one the story writes in lower case */
	NER_CAPS_TITLE		/* one the story capitalises inside sentences */
};

/* Whether token k opens its sentence or line for ner_truecase: no word
 * outside the headlines (title[] 0) since the last start. Told by a walk
 * back from the few words that ask, where the walk over every token kept
 * it at each. */
static int ner_truecase_opens(const struct ner_tok *t, const unsigned char *title, size_t k)
{
	for (size_t q = k;; q--) {
		if (q < k && !title[q] && ner_is_word(&t[q]))
			return 0;
		if ((t[q].flags & (TOKEN_SENT_START | TOKEN_LINE_START)) || q == 0)
			return 1;
	}
}

/* Headlines set in title case ("Lohan Checks Into Betty Ford Rehab"): there
 * case says little, and the model would take the whole line for one name.
 * A line of three capitalised words or more, with no lower-case word but
 * short function words, is read with the words that the article writes in
 * lower case elsewhere (and never capitalised inside a sentence) in lower
 * case, as are function words and ordinary words the article does not use
 * elsewhere. Lowered copies go to buf (tt[k] points there); t[k].cap
 * follows, so that the rules agree with the model, and x[k] (if x is not
 * NULL) no longer gives the tagger the word's lexicon matches. buf is the
 * caller's scratch memory if scratch is set (the caller releases it, with
 * the working arrays), else an allocation of its own. */
static int ner_dateline_after(const char *s, size_t n, size_t e);
static void ner_unaccent(struct tagger_token *tt, size_t n);

static char *ner_truecase(struct ner_tok *t, size_t n, struct tagger_token *tt, struct tagger_lex *x, int scratch)
{
	/* The working arrays are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	unsigned char *title = memset(xscratch_alloc(n ? n : 1), 0, n ? n : 1);
	int any = 0;
	/* The headlines lie within [hlo, hhi): the passes over their words
	 * below go no further (they are mostly a few words at the top). */
	size_t hlo = 0, hhi = 0;
	/* Lines within sentences: a headline runs to its line's end. */
	for (size_t a = 0; a < n;) {
		size_t b = a + 1;
		while (b < n && !(t[b].flags & (TOKEN_SENT_START | TOKEN_LINE_START)))
			b++;
		/* A line that carries on a sentence of the line before is
		 * hard-wrapped prose, not a headline ("said Arthur Miller,
		 * BankAmerica's Vice President for Financial"), and so is one
		 * that opens with wire copy's dateline ("CLEVELAND, Feb 26 -
		 * Standard Oil Co and BP North America"). */
		size_t up = a;
		while (up < b && t[up].upper && ner_is_word(&t[up]))
			up++;
		const char *base = t[a].s - t[a].start;
		if ((a > 0 && (t[a].flags & TOKEN_LINE_START) && !(t[a].flags & TOKEN_SENT_START)) ||
		    (up > a && ner_dateline_after(base, t[b - 1].end, t[up - 1].end))) {
			a = b;
			continue;
		}
		size_t ncap = 0, nlow = 0, nupper = 0;
		for (size_t k = a; k < b && nlow < 2; k++) {
			if (!ner_is_word(&t[k]))
				continue;
			if (t[k].cap) {
				ncap++;
				nupper += t[k].upper;
			} else if (!ner_title_function_word(&t[k])) {
				nlow++;
			}
		}
		/* One word in lower case among six capitalised or more, and no
		 * full stop at the end, is a headline too ("Overturn Bush Rules
		 * that Cut Science Out of..."). */
		int title_line = nlow == 0 || (nlow == 1 && ncap >= 6 && !ner_is_str(&t[b - 1], "."));
		unsigned char kind = title_line && ncap >= 3 && nupper < ncap ? NER_TITLE_KEEP
				     : nlow == 0 && ncap >= 2 && nupper == ncap ? NER_CAPS : NER_KEEP;
		if (kind != NER_KEEP) {
			memset(title + a, kind, b - a);
			if (!any)
				hlo = a;
			hhi = b;
			any = 1;
		}
		a = b;
	}
	if (!any) {
		xscratch_release(mark);
		return NULL;
	}
	/* The headlines' words, then how the rest of the article writes them. */
	size_t nh = 0;
	for (size_t k = hlo; k < hhi; k++)
		nh += title[k] != NER_KEEP;
	struct ner_seen seen;
	seen.cap = 64;
	while (seen.cap < nh * 4)
		seen.cap *= 2;
	seen.key = memset(xscratch_alloc(seen.cap * sizeof *seen.key), 0, seen.cap * sizeof *seen.key);
	seen.flags = memset(xscratch_alloc(seen.cap), 0, seen.cap);
	/* The first letters of the headlines' words, with the lengths of
	 * the words and of their stems: a word can only be one of them (or
	 * share a stem) with the same first letter and length (or stem's
	 * length), so most other words are passed over without a hash. The
	 * words' lengths are the low half of a letter's bits, the stems' the
	 * high half; the letter is a word's first byte with bit 0x20 set, the
	 * lower case of an ASCII letter (words start with a letter). `last`
	 * keeps the same by the last byte of the word and of its stem. */
	uint64_t initial[256] = { 0 }, last[256] = { 0 };
	/* The headlines' words' hashes, kept for the passes below, which
	 * hashed each word again. */
	unsigned long long *hword = xscratch_alloc(2 * (hhi - hlo) * sizeof *hword), *hstem = hword + (hhi - hlo);
	for (size_t k = hlo; k < hhi; k++)
		if (title[k] && ner_is_word(&t[k])) {
			unsigned long long h, hs;
			ner_word_hashes(&t[k], &h, &hs);
			hword[k - hlo] = h;
			hstem[k - hlo] = hs;
			*ner_seen_slot(&seen, h) |= NER_SEEN_WANTED;
			*ner_seen_slot(&seen, hs) |= NER_SEEN_WANTED;
			size_t stem = ner_stem_len(&t[k]);
			initial[(unsigned char)t[k].s[0] | 0x20] |=
				ner_len_bit(t[k].n) | (uint64_t)ner_len_bit(stem) << 32;
			last[(unsigned char)t[k].s[t[k].n - 1] | 0x20] |= ner_len_bit(t[k].n);
			last[(unsigned char)t[k].s[stem - 1] | 0x20] |= (uint64_t)ner_len_bit(stem) << 32;
		}
	for (size_t k = 0; k < n; k++) {
		if (title[k] || !ner_is_word(&t[k]))
			continue;
		uint64_t lens = initial[(unsigned char)t[k].s[0] | 0x20];
		if (!lens)
			continue;
		uint32_t wb = ner_len_bit(t[k].n);
		if (!((lens & wb) && (last[(unsigned char)t[k].s[t[k].n - 1] | 0x20] & wb))) {
			if (!(lens >> 32))
				continue;
			size_t stem = ner_stem_len(&t[k]);
			uint64_t sb = (uint64_t)ner_len_bit(stem) << 32;
			if (!(lens & sb) || !(last[(unsigned char)t[k].s[stem - 1] | 0x20] & sb))
				continue;
		}
		unsigned char f = t[k].cap ? (t[k].upper || ner_truecase_opens(t, title, k) ? 0 : NER_SEEN_CAP_MID)
					   : NER_SEEN_LOWER;
		unsigned long long h, hs;
		ner_word_hashes(&t[k], &h, &hs);
		unsigned char *w = ner_seen_find(&seen, h);
		if (w)
			*w |= f;
		if ((w = ner_seen_find(&seen, hs)) != NULL)
			*w |= f;
	}
	/* Headlines in capitals: each word as the article writes it elsewhere
	 * (lower case, or capitalised inside sentences: "VOLCKER SAYS FED" ->
	 * "Volcker says Fed"), words it does not use left as they are; a
	 * line where fewer than half the words are known stays in capitals,
	 * for the model's capitals features and ner_check_headlines. */
	for (size_t a = hlo; a < hhi;) {
		size_t b = a + 1;
		while (b < n && title[b] == title[a] && !(t[b].flags & (TOKEN_SENT_START | TOKEN_LINE_START)))
			b++;
		if (title[a] != NER_CAPS) {
			a = b;
			continue;
		}
		size_t words = 0, known = 0;
		for (size_t k = a; k < b; k++) {
			if (!ner_is_word(&t[k]))
				continue;
			words++;
			unsigned char f = ner_seen_get(&seen, hword[k - hlo], hstem[k - hlo]);
			title[k] = (f & NER_SEEN_CAP_MID) ? NER_CAPS_TITLE : (f & NER_SEEN_LOWER) ? NER_CAPS_LOWER : NER_CAPS;
			known += title[k] != NER_CAPS;
		}
		for (size_t k = a; k < b; k++)
			if (known * 2 < words || title[k] == NER_CAPS)
				title[k] = NER_KEEP;
		a = b;
	}
	unsigned char *storylow = memset(xscratch_alloc(n ? n : 1), 0, n ? n : 1);
	/* Which words of the headlines read in lower case: those the article
	 * writes so (and never capitalised inside a sentence), or, when it
	 * does not use them, function words and words news text writes so
	 * ("Checks" after "checked": a word's other forms count). */
	for (size_t k = hlo; k < hhi; k++) {
		if (title[k] >= NER_CAPS)
			continue;
		if (!title[k] || !t[k].cap || !ner_is_word(&t[k]) || (t[k].upper && t[k].n > 1)) {
			title[k] = title[k] ? NER_TITLE_KEEP : NER_KEEP;
			continue;
		}
		unsigned char f = ner_seen_get(&seen, hword[k - hlo], hstem[k - hlo]);
		int lower = (f & NER_SEEN_LOWER) && !(f & NER_SEEN_CAP_MID);
		storylow[k] = (unsigned char)lower;
		if (!f && (ner_title_function_word(&t[k]) || ner_lowercase_word(t[k].s, t[k].n) ||
			   (lexicon_lookup(t[k].s, t[k].n) & (LEX_COMMON | LEX_SPEECH_VERB))))
			lower = 1;
		title[k] = lower ? NER_TITLE_LOWER : NER_TITLE_KEEP;
	}
	/* Words that stay as written all the same: inside a name the lexicon
	 * knows ("New York"), and the head word of an organization's or an
	 * act's name with the two words before it ("National Bank", "Major
	 * League", "Endangered Species Act"), unless the story writes them in
	 * lower case: then they are ordinary words ("Sets Scoring Record",
	 * when the story says "set the record"). A function word ends the
	 * name ("Checks Into Court"). */
	for (size_t k = hlo; k < hhi; k++) {
		if (!title[k] || title[k] >= NER_CAPS)
			continue;
		if (t[k].phrase >= 2 && ner_lex_type(t[k].phrase_cls) >= 0)
			for (size_t q = k; q < k + t[k].phrase && q < n; q++)
				title[q] = title[q] ? NER_TITLE_KEEP : NER_KEEP;
		if ((t[k].lex & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_EVENT)) && t[k].cap && !storylow[k])
			for (size_t q = k, left = 3; left > 0 && !storylow[q] && !ner_title_function_word(&t[q]);
			     left--, q--) {
				title[q] = title[q] ? NER_TITLE_KEEP : NER_KEEP;
				if (q == 0)
					break;
			}
	}
	size_t size = 0;
	for (size_t k = hlo; k < hhi; k++)
		if (title[k] == NER_TITLE_LOWER || title[k] >= NER_CAPS_LOWER)
			size += t[k].n;
	char *buf = scratch ? xscratch_alloc(size ? size : 1) : xmalloc(size ? size : 1), *o = buf;
	for (size_t k = hlo; k < hhi; k++) {
		if (title[k] != NER_TITLE_LOWER && title[k] < NER_CAPS_LOWER)
			continue;
		/* Lower case, or capitalised, ASCII letters only. */
		for (size_t i = 0; i < t[k].n; i++) {
			char c = t[k].s[i];
			o[i] = c >= 'A' && c <= 'Z' && !(title[k] == NER_CAPS_TITLE && i == 0) ? (char)(c + 32) : c;
		}
		tt[k].s = o;
		/* A word read in another case may start other phrases (the
		 * lexicon tells lower-case words apart): the tagger looks those
		 * up itself, and hashes the word so read. */
		if (x)
			x[k].known = x[k].hashed = 0;
		tt[k].n = t[k].n;
		o += t[k].n;
		t[k].cap = title[k] == NER_CAPS_TITLE;
		t[k].upper = t[k].n == 1 && title[k] == NER_CAPS_TITLE;
	}
	if (!scratch)
		xscratch_release(mark);
	return buf;
}

/* The text of tokens [i, j) joined by single spaces: into buf when it
 * fits in cap bytes (names mostly do: no allocation per name), else into a
 * new string. */
static char *ner_join(const struct ner_tok *t, size_t i, size_t j, char *buf, size_t cap)
{
	size_t len = 0;
	for (size_t k = i; k < j; k++)
		len += t[k].n + 1;
	char *out = len && len <= cap ? buf : xmalloc(len ? len : 1), *o = out;
	for (size_t k = i; k < j; k++) {
		memcpy(o, t[k].s, t[k].n);
		o += t[k].n;
		*o++ = k + 1 < j ? ' ' : '\0';
	}
	if (i == j)
		*out = '\0';
	return out;
}

/* Frees what ner_join returned, unless it is buf. */
static void ner_join_free(char *j, const char *buf)
{
	if (j != buf)
		free(j);
}

/* "name<TAB>type" (the type one digit), the key of a known name: built by
 * hand, as a story has thousands and printf is slow, at the end of the
 * arena *a (*alen bytes used of *acap), one allocation for all of them;
 * returns where it starts. */
static size_t ner_known(char **a, size_t *alen, size_t *acap, const char *name, enum ner_type type)
{
	size_t n = strlen(name), off = *alen;
	if (off + n + 3 > *acap)
		*a = xgrow(*a, acap, off + n + 3, 1);
	char *k = *a + off;
	memcpy(k, name, n);
	k[n] = '\t';
	k[n + 1] = (char)('0' + (int)type);
	k[n + 2] = '\0';
	*alen = off + n + 3;
	return off;
}

/* The first of the tokens t[0..n) that starts at byte a or after (n if
 * none), searched from token hint out, by steps that double, then halves:
 * the mentions of a batch come nearly in order, so that most are found a
 * few tokens from the one before. */
static size_t ner_token_from(const struct ner_tok *t, size_t n, size_t a, size_t hint)
{
	size_t lo, hi, step = 1;
	if (hint > n)
		hint = n;
	if (hint < n && t[hint].start < a) {
		/* After hint: [lo, hi] holds it. */
		lo = hint + 1;
		for (;;) {
			hi = lo + step - 1;
			if (hi >= n) {
				hi = n;
				break;
			}
			if (t[hi].start >= a)
				break;
			lo = hi + 1;
			step *= 2;
		}
	} else {
		/* At hint or before. */
		hi = hint;
		for (;;) {
			if (hi == 0) {
				lo = 0;
				break;
			}
			size_t p = hi > step ? hi - step : 0;
			if (t[p].start < a) {
				lo = p + 1;
				break;
			}
			hi = p;
			step *= 2;
		}
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t[mid].start < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* One story names one thing alike throughout: a name found in the story
 * (as written, up to four words; an acronym found twice with one type) is
 * a name wherever else the story writes it just so, unless it runs on into
 * more capitalised words there. The model misses names in contexts it has
 * not seen ("Comeaux was serving..."), not in all of them. */
static void ner_propagate(struct ner_work *w, size_t before)
{
	size_t nm = w->out->n - before;
	if (nm == 0)
		return;
	/* A name is copied only to a free capitalised token whose first byte
	 * and length are those of a word of a name found (as `initial` below
	 * keeps them, from fewer words): where no token is such, the names'
	 * keys need not be made. */
	/* The working arrays are scratch memory; each name's first token is
	 * searched for once, kept for the walk below. */
	struct xscratch_mark mark = xscratch_mark();
	size_t *mtok = xscratch_alloc(nm * sizeof *mtok);
	uint32_t words[256] = { 0 };
	for (size_t q = before; q < w->out->n; q++) {
		mtok[q - before] = ner_token_from(w->t, w->n, w->out->v[q].start, q > before ? mtok[q - before - 1] : 0);
		for (size_t i = mtok[q - before]; i < w->n && w->t[i].start < w->out->v[q].end; i++)
			words[(unsigned char)w->t[i].s[0]] |= ner_len_bit(w->t[i].n);
	}
	int any = 0;
	for (size_t c = 0, k; c < w->caps.n && !any; c++) {
		k = w->caps.v[c];
		any = !w->t[k].used && (words[(unsigned char)w->t[k].s[0]] & ner_len_bit(w->t[k].n));
	}
	if (!any) {
		xscratch_release(mark);
		return;
	}
	/* "text\ttype" of the names found, sorted; the first of equal texts wins. */
	size_t *koff = NULL;	/* where each is in the arena, until it is done */
	char *arena = NULL;
	size_t nk = 0, capk = 0, alen = 0, acap = 0;
	/* Sized for two keys a name, as many as most stories need (a name's
	 * key is no longer than its text and three bytes), grown beyond. */
	for (size_t q = before; q < w->out->n; q++)
		acap += 2 * (w->out->v[q].end - w->out->v[q].start + 3);
	arena = xmalloc(acap);
	koff = xgrow(koff, &capk, 2 * nm + 2, sizeof *koff);
	char jbuf[256];
	size_t ti = 0;
	for (size_t q = before; q < w->out->n; q++) {
		const struct ner_mention *m = &w->out->v[q];
		if (m->type == NER_DATE)
			continue;
		ti = mtok[q - before];
		size_t tj = ti;
		while (tj < w->n && w->t[tj].end <= m->end)
			tj++;
		if (ti >= w->n || w->t[ti].start != m->start || tj == ti || tj - ti > 4 || w->t[tj - 1].end != m->end)
			continue;
		/* Not words news text writes in lower case ("The", "Action"):
		 * the model's slip in one place is not copied to all. */
		const struct ner_tok *f = &w->t[ti];
		if (!f->cap || (tj - ti == 1 && (f->n < 2 || ner_title_function_word(f) || lexicon_lowercase(f->s, f->n) ||
						 (f->lex & (LEX_COMMON | LEX_MONTH | LEX_WEEKDAY | LEX_SPEECH_VERB |
							    LEX_TITLE)))))
			continue;
		char *j = ner_join(w->t, ti, tj, jbuf, sizeof jbuf);
		koff = xgrow(koff, &capk, nk + 2, sizeof *koff);
		koff[nk++] = ner_known(&arena, &alen, &acap, j, m->type);
		ner_join_free(j, jbuf);
		/* A person's surname ("Felt" of "W. Mark Felt", a word news text
		 * also writes in lower case; "King" of "Billie Jean King", a
		 * title too, where no name follows it) and a team's name after its city
		 * ("Chiefs" of the "Kansas City Chiefs") are names of the story
		 * too. */
		const struct ner_tok *l = &w->t[tj - 1];
		if (m->type == NER_PERSON && tj - ti >= 2 && l->n >= 3 && l->cap && !l->upper &&
		    !(l->lex & (LEX_COMMON | LEX_MONTH | LEX_WEEKDAY | LEX_SURNAME_PARTICLE))) {
			j = ner_join(w->t, tj - 1, tj, jbuf, sizeof jbuf);
			koff[nk++] = ner_known(&arena, &alen, &acap, j, NER_PERSON);
			ner_join_free(j, jbuf);
		}
		if (m->type == NER_ORG && tj - ti >= 2) {
			for (size_t p = tj - 1 < ti + 3 ? tj - 1 : ti + 3; p > ti; p--) {
				unsigned pcls;
				if (ner_lex_match(w, ti, p, &pcls) == p - ti && (pcls & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) &&
				    w->t[p].cap) {
					j = ner_join(w->t, p, tj, jbuf, sizeof jbuf);
					koff = xgrow(koff, &capk, nk + 1, sizeof *koff);
					koff[nk++] = ner_known(&arena, &alen, &acap, j, NER_ORG);
					ner_join_free(j, jbuf);
					break;
				}
			}
		}
		/* A facility by its name without the words of its kind
		 * ("Promises" of "Promises Treatment Center"); not a
		 * department's ("State" of "State Department", which is a
		 * portfolio's word where it stands alone). */
		if ((m->type == NER_ORG || m->type == NER_PLACE) && tj - ti >= 2) {
			size_t p = tj;
			while (p > ti + 1 && lexicon_facility_word(w->t[p - 1].s, w->t[p - 1].n) &&
			       !(ner_is(&w->t[p - 1], "department") || ner_is(&w->t[p - 1], "dept")))
				p--;
			if (p < tj && w->t[p - 1].cap && !(w->t[p - 1].lex & (LEX_ORG_WORD | LEX_TITLE | LEX_COMMON))) {
				j = ner_join(w->t, ti, p, jbuf, sizeof jbuf);
				koff = xgrow(koff, &capk, nk + 1, sizeof *koff);
				koff[nk++] = ner_known(&arena, &alen, &acap, j, m->type);
				ner_join_free(j, jbuf);
			}
		}
	}
	char **known = xscratch_alloc((nk ? nk : 1) * sizeof *known);
	for (size_t q = 0; q < nk; q++)
		known[q] = arena + koff[q];
	free(koff);
	/* Sorted when a token first starts one of them (see below). */
	int sorted = 0;
	/* The known names' first words (the text up to the first space or
	 * tab), by hash (ner_word_hashes') and by first byte and length (bits
	 * as ner_truecase keeps them): a token that is none of them starts no
	 * known name, and is passed over without joins and searches, most
	 * without a hash. */
	size_t fcap = 16;
	while (fcap < nk * 2)
		fcap *= 2;
	struct ner_seen firsts = { memset(xscratch_alloc(fcap * sizeof *firsts.key), 0, fcap * sizeof *firsts.key),
				   memset(xscratch_alloc(fcap), 0, fcap), fcap };
	uint32_t initial[256] = { 0 };
	for (size_t q = 0; q < nk; q++) {
		size_t fn = strcspn(known[q], " \t");
		*ner_seen_slot(&firsts, ner_word_hash(known[q], fn)) = 1;
		initial[(unsigned char)known[q][0]] |= ner_len_bit(fn);
	}
	/* A name marked here leaves its words used: the walk needs no skip. */
	for (size_t c = 0, k; c < w->caps.n && nk; c++) {
		k = w->caps.v[c];
		if (w->t[k].used || !(initial[(unsigned char)w->t[k].s[0]] & ner_len_bit(w->t[k].n)))
			continue;
		if (!ner_seen_find(&firsts, ner_word_hash(w->t[k].s, w->t[k].n)))
			continue;
		if (!sorted) {
			ner_names_sort(known, nk);
			sorted = 1;
		}
		for (size_t len = 4; len >= 1; len--) {
			size_t e = k + len;
			if (e > w->n)
				continue;
			int ok = 1;
			for (size_t q = k; q < e && ok; q++)
				ok = !w->t[q].used && (q == k || !(w->t[q].flags & TOKEN_SENT_START));
			/* Not a piece of a longer run of capitalised words. */
			if (ok && e < w->n && !(w->t[e].flags & TOKEN_SENT_START) && !w->t[e].used && w->t[e].cap)
				ok = 0;
			/* A sentence's first "The" starts no run: "The [Commission] said". */
			if (ok && k > 0 && !(w->t[k].flags & TOKEN_SENT_START) && !w->t[k - 1].used && w->t[k - 1].cap &&
			    !(ner_is(&w->t[k - 1], "the") && (w->t[k - 1].flags & TOKEN_SENT_START)))
				ok = 0;
			/* A surname that is also a title is one only where no
			 * name follows it: not the "Bishop" of "Bishop Tutu". */
			if (ok && len == 1 && (w->t[k].lex & LEX_TITLE) && e < w->n && w->t[e].cap &&
			    !(w->t[e].flags & TOKEN_SENT_START))
				ok = 0;
			if (!ok)
				continue;
			char *j = ner_join(w->t, k, e, jbuf, sizeof jbuf);
			size_t jl = strlen(j);
			size_t lo = 0, hi = nk;
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;
				if (strcmp(known[mid], j) < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			/* An acronym ("AI", "ATM") must have been found twice
			 * with one type: one slip of the model is not copied. */
			int type = -1;
			if (lo < nk && strncmp(known[lo], j, jl) == 0 && known[lo][jl] == '\t' &&
			    (!(len == 1 && w->t[k].upper) || (lo + 1 < nk && strcmp(known[lo], known[lo + 1]) == 0)))
				type = atoi(known[lo] + jl + 1);
			ner_join_free(j, jbuf);
			if (type >= 0) {
				ner_mark(w, k, e, (enum ner_type)type);
				break;
			}
		}
	}
	free(arena);
	xscratch_release(mark);
}

/* Each token's longest phrase, looked up once for all the rules; a
 * phrase never runs past its sentence. x, if not NULL, gets the same for
 * the tagger (tagger_tag_document_lex), which would look it up again.
 * sent[0..ns), if not NULL, are where the sentences start (as
 * TOKEN_SENT_START marks them, the first token's one), found once for
 * this and the tagger. The tokens' text can be read up to lim bytes from
 * its start (t[k].s - t[k].start). */
static void ner_fill_lexicon(struct ner_tok *t, size_t n, struct tagger_lex *x, const size_t *sent, size_t ns,
			     size_t lim)
{
	struct xscratch_mark mark = xscratch_mark();
	struct lexicon_word *words = xscratch_alloc((n ? n : 1) * sizeof *words);
	/* Each word is hashed once, for the lexicon's memo and the tagger's. */
	uint64_t *hash = xscratch_alloc((n ? n : 1) * sizeof *hash);
	/* And its key, which the lexicon's memo compares. */
	struct text_short_key *key = xscratch_alloc((n ? n : 1) * sizeof *key);
	struct lexicon_found *found = xscratch_alloc((n ? n : 1) * sizeof *found);
	/* The tokens are of one text, t[k].start bytes into it, readable up
	 * to lim: a word starting eight bytes or more from both ends has its
	 * key made without tests of its length, which mispredicted (one
	 * compare tells it: below 8, start - 8 wraps around). */
	const size_t bound = lim >= 16 ? lim - 15 : 0;
	for (size_t k = 0; k < n; k++) {
		words[k].s = t[k].s;
		words[k].n = t[k].n;
		key[k] = t[k].start - 8 < bound ? text_short_key_padded(t[k].s, t[k].n) : text_short_key(t[k].s, t[k].n);
		hash[k] = text_short_key_hash(key[k], t[k].n);
	}
	/* Phrases start with a letter (lexicon_match_sentence passes over
	 * the other words) and end within their sentence. */
	for (size_t j = 0; sent && j < ns; j++) {
		size_t k = sent[j], e = j + 1 < ns ? sent[j + 1] : n;
		lexicon_match_sentence(words + k, hash + k, key + k, e - k, n - e, found + k);
	}
	for (size_t k = 0; !sent && k < n;) {
		size_t e = k + 1;
		while (e < n && !(t[e].flags & TOKEN_SENT_START))
			e++;
		lexicon_match_sentence(words + k, hash + k, key + k, e - k, n - e, found + k);
		k = e;
	}
	for (size_t k = 0; k < n; k++) {
		const struct lexicon_found *f = &found[k];
		/* The token's text in locals: the stores to t[k] could change
		 * it, as the compiler sees them. */
		const char *ts = t[k].s;
		const size_t tn = t[k].n;
		t[k].lex = f->word_cls;
		t[k].phrase = (unsigned char)f->phrase;
		t[k].phrase_cls = f->cls;
		if (x) {
			x[k].known = f->looked & (f->phrase <= 255);
			x[k].phrase = (unsigned char)f->phrase;
			x[k].cls = f->cls;
			x[k].word_cls = f->word_cls;
			x[k].hashed = 1;
			x[k].hash = hash[k];
			x[k].key = key[k];
		}
		/* "Ft." and "Mt." are "Fort" and "Mount" before a place's name
		 * ("Ft. Worth", "Mt Kenya"), which the lists write out; for
		 * the rules only, as the model was trained without it. Tokens
		 * of two or three bytes are told by one compare. */
		if (tn - 2 <= 1 && ts[1] == 't' && (tn == 2 || ts[2] == '.') && (ts[0] == 'F' || ts[0] == 'M') &&
		    f->phrase < 2 && k + 1 < n && !(t[k + 1].flags & TOKEN_SENT_START)) {
			struct lexicon_word lw[8];
			size_t m = 0;
			lw[m].s = t[k].s[0] == 'F' ? "Fort" : "Mount";
			lw[m++].n = t[k].s[0] == 'F' ? 4 : 5;
			for (size_t q = k + 1; q < n && m < 8 && !(t[q].flags & TOKEN_SENT_START); q++, m++)
				lw[m] = words[q];
			unsigned cls;
			size_t r = lexicon_match(lw, m, 0, &cls);
			if (r >= 2 && r <= 255) {
				t[k].phrase = (unsigned char)r;
				t[k].phrase_cls = cls;
			}
		}
	}
	xscratch_release(mark);
}

/* A range of the file to read, with what kind of text it is. */
struct ner_range {
	size_t start, end;
	int caption;		/* a photo caption with its credit */
	int boilerplate;	/* dimmed web leftovers */
};

/* Where the blanks and line ends (a stray carriage return too, as wire
 * copy has) before byte i of s begin. */
static size_t ner_blank_before(const char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\r' || s[i - 1] == '\t'))
		i--;
	return i;
}

/* The length of the Roman numeral of a ruler's order at s (II to XX, or I
 * when one alone is allowed), followed by no letter; 0 if none. */
static size_t ner_regnal_numeral(const char *s, size_t n, int one)
{
	static const char *const numerals[] = { "XVIII", "XVII", "XIII", "VIII", "XIV", "XVI", "XIX", "III", "XII",
						"XV", "XI", "IX", "IV", "VI", "VII", "II", "XX", "X", "V", "I" };
	for (size_t k = 0; k < sizeof numerals / sizeof *numerals; k++) {
		size_t len = strlen(numerals[k]);
		if (len <= n && memcmp(s, numerals[k], len) == 0 && (len < n ? !((s[len] | 0x20) >= 'a' && (s[len] | 0x20) <= 'z') : 1))
			return len == 1 && s[0] == 'I' && !one ? 0 : len;
	}
	return 0;
}

/* How far from a word the story is read for how it writes the word: a
 * bounded look, so that a file of many such words stays linear. */
#define NER_NEAR_TEXT 16384

static int ner_word_byte(char c);

/* Whether the story s[0..n) writes the lower-case word s[w0..we) of a
 * name elsewhere, within NER_NEAR_TEXT bytes, as a word of its own after
 * a word other than the one before it in the name (s[p0..w0)): a common
 * noun. Letters only, three or more. */
static int ner_story_common_noun(const char *s, size_t n, size_t p0, size_t w0, size_t we)
{
	size_t wn = we - w0;
	if (wn < 3 || wn > 40)
		return 0;
	for (size_t k = w0; k < we; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	size_t pe = ner_blank_before(s, w0), pn = pe - p0;
	size_t lo = w0 > NER_NEAR_TEXT ? w0 - NER_NEAR_TEXT : 0, hi = n - we > NER_NEAR_TEXT ? we + NER_NEAR_TEXT : n;
	for (size_t k = lo; k + wn <= hi; k++) {
		const char *q = ner_chr(s, s + k, s[w0], hi - wn + 1 - k);
		if (!q)
			break;
		k = (size_t)(q - s);
		if (k == w0 || (k > 0 && ner_word_byte(s[k - 1])) || (k + wn < n && ner_word_byte(s[k + wn])) ||
		    memcmp(s + k, s + w0, wn) != 0)
			continue;
		/* The word before this one, if any. */
		size_t b = ner_blank_before(s, k), a = ner_word_start(s, lo, b);
		if (b == k || !(b - a == pn && memcmp(s + a, s + p0, pn) == 0))
			return 1;
	}
	return 0;
}

/* A name's last word in lower case that no list knows is cut off where
 * the story writes it as a common noun elsewhere ("a Vardanian matrix (or
 * matrix)" beside "a square matrix", "the Summitville mine"), unless a
 * list knows the name with the word capitalised ("Middle east", "Suez
 * canal") or it is a legal form ("plc"). English only: French and
 * Spanish names hold adjectives ("Assemblée nationale"). */
static void ner_story_noun_tails(const char *s, size_t n, enum language lang, struct ner_list *l)
{
	if (lang != LANGUAGE_EN)
		return;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		size_t w0 = ner_word_start(s, m->start, m->end);
		if (w0 <= m->start + 1 || !(s[w0] >= 'a' && s[w0] <= 'z') || ner_common_tail(s + w0, m->end - w0) ||
		    (lexicon_lookup(s + w0, m->end - w0) & (LEX_COMPANY_SUFFIX | LEX_SURNAME_PARTICLE)))
			continue;
		size_t e = ner_blank_before(s, w0);
		if (e <= m->start || !ner_story_common_noun(s, n, ner_word_start(s, m->start, e), w0, m->end))
			continue;
		char whole[128];
		if (m->end - m->start >= sizeof whole)
			continue;
		memcpy(whole, s + m->start, m->end - m->start);
		whole[w0 - m->start] = (char)(whole[w0 - m->start] - 'a' + 'A');
		if (lexicon_lookup(whole, m->end - m->start))
			continue;
		m->end = e;
	}
}

/* Cuts the common words in lower case off the end of mention *m of text
 * s: "[Xinhua] news agency", "[Guangdong] province", "the [Russian] army"
 * (a name's own lower-case syllables stay: "Yoon Suk yeol"), and types
 * what is left as a list knows it. */
static void ner_cut_common_tail(const char *s, struct ner_mention *mp)
{
	struct ner_mention m = *mp;
	size_t full_end = m.end;
	while (m.type != NER_DATE) {
		size_t w0 = ner_word_start(s, m.start, m.end);
		int tail = w0 > m.start + 1 && s[w0] >= 'a' && s[w0] <= 'z' ? ner_common_tail(s + w0, m.end - w0) : 0;
		if (!tail)
			break;
		/* A publication's kind follows its name ("People magazine",
		 * "Time magazine"), whatever words the name has. */
		static const char *const press[] = { "magazine", "newspaper", "tabloid", "weekly", NULL };
		int kind = 0;
		for (int k = 0; press[k] && !kind; k++)
			kind = ner_lit_is(press[k], s + w0, m.end - w0);
		if (kind) {
			m.end = ner_blank_before(s, w0);
			continue;
		}
		/* Not a city or a body a list knows with the word
		 * capitalised, where the words before it are another
		 * place ("Mexico city", "Paris club"). */
		char whole[128];
		if (m.end - m.start < sizeof whole) {
			memcpy(whole, s + m.start, m.end - m.start);
			whole[w0 - m.start] = (char)(whole[w0 - m.start] - 'a' + 'A');
			size_t f = ner_blank_before(s, w0);
			unsigned wc = lexicon_lookup(whole, m.end - m.start), rc = lexicon_lookup(s + m.start, f - m.start);
			if ((wc & (LEX_CITY | LEX_ORG)) && (rc & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
				break;
			/* Nor a place whose words before it a list knows as
			 * no place ("Amazon basin", not the company). */
			if ((wc & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) && rc &&
			    !(rc & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
				break;
		}
		size_t e = ner_blank_before(s, w0);
		/* A head word goes where what is left before the common
		 * words is a name a list knows: "the [Russian] army",
		 * "[Xinhua] news agency". */
		if (tail == 2) {
			for (;;) {
				size_t v = ner_word_start(s, m.start, e), f = ner_blank_before(s, v);
				if (f <= m.start || !(s[v] >= 'a' && s[v] <= 'z') || ner_common_tail(s + v, e - v) != 1)
					break;
				e = f;
			}
			/* Nor a party of a political group ("Labour party"). */
			unsigned rc = lexicon_lookup(s + m.start, e - m.start);
			if (!(rc & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_DEMONYM)) ||
			    ((rc & LEX_GROUP) && !(rc & LEX_DEMONYM)))
				break;
		} else if (tail == 1 && !(lexicon_lookup(s + m.start, e - m.start) &
					  (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG))) {
			/* What is left no list knows is one word of its own
			 * ("Kharg island"), not an adjective of the name
			 * ("U.S. Virgin islands", "Arabian peninsula"). */
			size_t v = ner_word_start(s, m.start, e);
			if (v > m.start || lexicon_lowercase(s + v, e - v) ||
			    (lexicon_lookup(s + v, e - v) & (LEX_DEMONYM | LEX_COMMON)))
				break;
		}
		m.end = e;
	}
	/* What is left is typed as a list knows it: "the [Russian]
	 * army" is a nationality. */
	if (m.end != full_end) {
		/* Unless the list has it as its own type too (the
		 * "Amazon basin" is no company's). */
		unsigned lc = lexicon_lookup(s + m.start, m.end - m.start);
		int lt = ner_lex_type(lc);
		int own = (m.type == NER_PLACE && (lc & (LEX_COUNTRY | LEX_CITY | LEX_REGION))) ||
			  (m.type == NER_ORG && (lc & LEX_ORG));
		if (lt >= 0 && !own)
			m.type = (enum ner_type)lt;
	}
	*mp = m;
}

/* Takes a ruler's or a generation's numeral after person mention m of
 * text s (n bytes) into it, where the next mention (next_start, or
 * SIZE_MAX) leaves room: a name of two words ("Pope John Paul II",
 * "Alfred Brittain III") or of one after a ruler's title ("King Baudouin
 * I"; "I" only so, as it is also the pronoun). */
static void ner_take_numeral(const char *s, size_t n, struct ner_mention *m, size_t next_start)
{
	/* With their lengths: this runs for every mention followed by a word. */
	static const struct ner_lit rulers[] = {
		NER_LIT("King"),    NER_LIT("Queen"),   NER_LIT("Pope"),     NER_LIT("Emperor"), NER_LIT("Empress"),
		NER_LIT("Tsar"),    NER_LIT("Czar"),    NER_LIT("Sultan"),   NER_LIT("Shah"),    NER_LIT("Prince"),
		NER_LIT("Princess"), NER_LIT("Pharaoh"), NER_LIT("Kaiser")
	};
	if (m->end + 1 >= n || s[m->end] != ' ' || next_start <= m->end + 1)
		return;
	int one = 0;
	size_t b = m->start;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	for (size_t k = 0; k < sizeof rulers / sizeof *rulers && !one; k++) {
		size_t len = rulers[k].n;
		/* The first letters compared before the call to memcmp. */
		one = b >= len && s[b - len] == rulers[k].w[0] && memcmp(s + b - len, rulers[k].w, len) == 0 &&
		      (b == len || !((s[b - len - 1] | 0x20) >= 'a' && (s[b - len - 1] | 0x20) <= 'z'));
	}
	/* A surname alone with a numeral is as often a sequel's or a
	 * rematch's ("Klitschko vs Thompson II"). */
	int words = 0;
	for (size_t k = m->start; k < m->end && !words; k++)
		words = s[k] == ' ' || s[k] == '\n';
	size_t r = one || words ? ner_regnal_numeral(s + m->end + 1, n - m->end - 1, one) : 0;
	if (r && next_start >= m->end + 1 + r)
		m->end += 1 + r;
}

/* Names the model cut in two or short: two names joined by "&" are one
 * ("[Douglas & Lomason] shares rise", a company unless a list knows the
 * whole); common words in lower case are cut off (ner_cut_common_tail);
 * a ruler's numeral is taken in (ner_take_numeral). Mentions from before
 * on, sorted; text of n bytes. */
static void ner_join_after(const char *s, size_t n, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		if (o > before) {
			struct ner_mention *p = &out->v[o - 1];
			/* Not where either is taken for a place ("DROM &
			 * Haiti"), unless a list knows the whole ("Trinidad &
			 * Tobago"). */
			if (p->type != NER_DATE && m.type != NER_DATE && m.start == p->end + 3 &&
			    memcmp(s + p->end, " & ", 3) == 0 && s[p->start] >= 'A' && s[p->start] <= 'Z' &&
			    ((p->type != NER_PLACE && m.type != NER_PLACE) || lexicon_lookup(s + p->start, m.end - p->start))) {
				int lt = ner_lex_type(lexicon_lookup(s + p->start, m.end - p->start));
				p->end = m.end;
				p->type = lt >= 0 ? (enum ner_type)lt : NER_ORG;
				continue;
			}
		}
		ner_cut_common_tail(s, &m);
		if (m.type == NER_PERSON)
			ner_take_numeral(s, n, &m, q + 1 < out->n ? out->v[q + 1].start : SIZE_MAX);
		out->v[o++] = m;
	}
	out->n = o;
}

/* Two places the model read as one across "&" ("Flights to Tarvelo &
 * Haiti") are two, where a list knows one of them as a place and does not
 * know the whole ("Trinidad & Tobago", "Bosnia and Herzegovina" stay
 * one). Mentions from before on, sorted. */
static void ner_split_place_pairs(const char *s, struct ner_list *out, size_t before)
{
	const unsigned place = LEX_COUNTRY | LEX_CITY | LEX_REGION;
	size_t n0 = out->n;
	for (size_t q = before; q < n0; q++) {
		struct ner_mention *m = &out->v[q];
		size_t len = m->end - m->start;
		if (m->type != NER_PLACE || len > 120 || ner_chr(s, s + m->start, '\n', len))
			continue;
		const char *amp = ner_find(s, s + m->start, len, " & ", 3);
		if (!amp || ner_find(s, amp + 3, (size_t)(s + m->end - amp - 3), " & ", 3))
			continue;
		size_t a1 = m->start, e1 = (size_t)(amp - s), a2 = e1 + 3, e2 = m->end;
		if (!(s[a2] >= 'A' && s[a2] <= 'Z') || lexicon_lookup(s + a1, len))
			continue;
		char buf[128];
		int bl = snprintf(buf, sizeof buf, "%.*s and %.*s", (int)(e1 - a1), s + a1, (int)(e2 - a2), s + a2);
		if (bl > 0 && (size_t)bl < sizeof buf && lexicon_lookup(buf, (size_t)bl))
			continue;
		if (!(lexicon_lookup(s + a1, e1 - a1) & place) && !(lexicon_lookup(s + a2, e2 - a2) & place))
			continue;
		m->end = e1;
		m->margin = 0;
		ner_push(out, a2, e2, NER_PLACE);
	}
	if (out->n > n0)
		ner_sort_mentions(out->v + before, out->n - before);
}

/* The end of a firm's name "and Co" or "& Sons" (and its legal forms)
 * that starts at byte e of s[0..n), or e where none does. */
static size_t ner_firm_tail(const char *s, size_t n, size_t e)
{
	size_t w = e;
	if (w + 5 <= n && memcmp(s + w, " and ", 5) == 0)
		w += 5;
	else if (w + 3 <= n && memcmp(s + w, " & ", 3) == 0)
		w += 3;
	else
		return e;
	size_t end = e;
	for (int first = 1;; first = 0) {
		size_t we = w;
		while (we < n && !strchr(" \n,>);\"", s[we]))
			we++;
		size_t wl = we - w;
		/* "Sons" or "Co" first, then legal forms a list knows ("Inc",
		 * "Co."); a full stop after another word ends the sentence. */
		int sons = first && (wl == 4 || (wl == 5 && s[w + 4] == '.')) && memcmp(s + w, "Sons", 4) == 0;
		if (sons)
			we = w + 4;
		else if (first && !(wl >= 2 && s[w] == 'C' && s[w + 1] == 'o'))
			return e;
		else if (lexicon_lookup(s + w, wl) & LEX_COMPANY_SUFFIX)
			;
		else if (wl > 1 && s[we - 1] == '.' && (lexicon_lookup(s + w, wl - 1) & LEX_COMPANY_SUFFIX))
			we--;
		else
			return end;
		end = we;
		if (!(we + 1 < n && s[we] == ' ' && s[we + 1] >= 'A' && s[we + 1] <= 'Z'))
			return end;
		w = we + 1;
	}
}

/* The end of a legal form written with a slash that follows byte e of
 * s[0..n) after a space ("A/S"), or whose first letter ends the name
 * that starts at byte start ("Korvald Mekaniske A" before "/S"); or e
 * where none does. */
static size_t ner_slash_form(const char *s, size_t n, size_t start, size_t e)
{
	size_t a;
	if (e < n && s[e] == ' ') {
		a = e + 1;
	} else if (e < n && s[e] == '/') {
		a = e;
		while (a > start && s[a - 1] != ' ')
			a--;
		if (a == start)
			return e;
	} else {
		return e;
	}
	size_t b = a;
	while (b < n && b - a < 8 && s[b] != ' ' && s[b] != '\n' && s[b] != ',' && s[b] != '.' && s[b] != ')' &&
	       s[b] != '\'')
		b++;
	return b > a + 2 && ner_chr(s, s + a, '/', b - a) && (lexicon_lookup(s + a, b - a) & LEX_COMPANY_SUFFIX) ? b : e;
}

/* A name the model ended before "and Co" or "& Sons" is a firm's, named
 * after its founders ("James Capel and Co", "Ivan F. Boesky and Co"): it
 * takes the words in and is an organization. So is any name followed by
 * a legal form written with a slash, which the tokens split ("Novo
 * Industri A/S"; the model took the form's last letter for a person).
 * Mentions from before on, sorted. */
static void ner_firm_tails(const char *s, size_t n, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		size_t e = m.type == NER_PERSON || m.type == NER_ORG ? ner_firm_tail(s, n, m.end) : m.end;
		if (m.type != NER_DATE)
			e = ner_slash_form(s, n, m.start, e);
		if (e > m.end) {
			m.end = e;
			m.type = NER_ORG;
			m.margin = 0;
			/* What the model found inside the tail ("Co", "S") goes. */
			while (q + 1 < out->n && out->v[q + 1].start < e)
				q++;
		}
		out->v[o++] = m;
	}
	out->n = o;
}

/* A given name, or its abbreviation ("Alex.", "Wm."), the model took
 * alone for a person just before a company's name is the first word of
 * that name ("[Alex. Brown and Sons Inc]"). Mentions from before on,
 * sorted. */
static void ner_founder_firms(const char *s, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		if (o > before && m.type == NER_ORG) {
			struct ner_mention *p = &out->v[o - 1];
			size_t pn = p->end - p->start, ls = m.end;
			/* The abbreviation's full stop may stand outside the
			 * person's span. */
			size_t gap = p->end < m.start && s[p->end] == '.' ? 1 : 0;
			int abbr = gap || (pn >= 2 && s[p->end - 1] == '.');
			/* Or the abbreviation taken for a company of its own
			 * ("[Geo]. [K. Brannock and Co]"): a given name's, short,
			 * that no list knows as a company's. The name is looked
			 * up only where it may be either. */
			int org_short = p->type == NER_ORG && gap && pn <= 4, given = 0;
			if ((p->type == NER_PERSON || org_short) && p->end + gap + 1 == m.start && s[p->end + gap] == ' ' &&
			    pn >= 2 && !ner_chr(s, s + p->start, ' ', pn)) {
				unsigned pf = lexicon_lookup(s + p->start, pn);
				int org_abbr = org_short && (pf & LEX_FIRST_NAME) && !(pf & LEX_ORG);
				given = (p->type == NER_PERSON || org_abbr) && ((pf & LEX_FIRST_NAME) || (abbr && pn <= 5));
			}
			/* The company's last word, a legal form. */
			while (given && ls > m.start && s[ls - 1] != ' ')
				ls--;
			if (given && ls > m.start && (lexicon_lookup(s + ls, m.end - ls) & LEX_COMPANY_SUFFIX)) {
				p->end = m.end;
				p->type = NER_ORG;
				p->margin = 0;
				continue;
			}
		}
		out->v[o++] = m;
	}
	out->n = o;
}

/* Whether s[a..b) may be a partner's name in a firm's: capitalised, and
 * no word a list knows as a place, a people, a title or a common word,
 * nor one news writes in lower case. */
static int ner_partner_name(const char *s, size_t a, size_t b)
{
	return b - a >= 2 && s[a] >= 'A' && s[a] <= 'Z' &&
	       !(lexicon_lookup(s + a, b - a) &
		 (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_DEMONYM | LEX_GROUP | LEX_COMMON | LEX_TITLE | LEX_MONTH |
		  LEX_WEEKDAY | LEX_SPEECH_VERB | LEX_ROLE | LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) &&
	       !lexicon_lowercase(s + a, b - a);
}

/* A firm named by its partners, a comma between them, is one company
 * ("Kidder, Peabody and Co", "Goldman, Sachs and Co."): a name "Y and Co"
 * or "Y & Co" with one capitalised word before it and a comma takes that
 * word in, unless a list knows the word as a place, a people, a title or
 * a common word, or news writes it in lower case ("In Texas, Peabody and
 * Co said"). Mentions from before on, sorted. */
static void ner_partner_firms(const char *s, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		const char *sp = ner_chr(s, s + m.start, ' ', m.end - m.start);
		size_t e1 = sp ? (size_t)(sp - s) : m.end, a = e1 + 5;
		int firm = m.type != NER_DATE && sp && m.start >= 4 && s[m.start - 2] == ',' && s[m.start - 1] == ' ' &&
			   s[m.start] >= 'A' && s[m.start] <= 'Z';
		if (firm && m.end >= e1 + 3 && memcmp(s + e1, " & ", 3) == 0)
			a = e1 + 3;
		else if (firm && !(m.end >= e1 + 5 && memcmp(s + e1, " and ", 5) == 0))
			firm = 0;
		size_t ae = a;
		while (firm && ae < m.end && s[ae] != ' ')
			ae++;
		firm = firm && ae > a && (lexicon_lookup(s + a, ae - a) & LEX_COMPANY_SUFFIX);
		/* Nothing but legal forms after it ("and Co Inc", not "and Co
		 * and Lazard Freres"). */
		for (size_t w = ae; firm && w < m.end;) {
			while (w < m.end && s[w] == ' ')
				w++;
			size_t we = ner_space_end(s, w, m.end);
			firm = we > w && (lexicon_lookup(s + w, we - w) & LEX_COMPANY_SUFFIX);
			w = we;
		}
		/* The partner before the comma. */
		size_t xe = m.start - 2, xs = xe;
		while (firm && xs > 0 && ((s[xs - 1] >= 'a' && s[xs - 1] <= 'z') || (s[xs - 1] >= 'A' && s[xs - 1] <= 'Z')))
			xs--;
		firm = firm && (xs == 0 || s[xs - 1] == ' ' || s[xs - 1] == '\n' || s[xs - 1] == '<' || s[xs - 1] == '(') &&
		       ner_partner_name(s, xs, xe);
		if (firm) {
			/* The partner taken alone for a name goes. */
			if (o > before && out->v[o - 1].start >= xs && out->v[o - 1].end <= xe)
				o--;
			m.start = xs;
			m.type = NER_ORG;
			m.margin = 0;
		}
		out->v[o++] = m;
	}
	out->n = o;
}

/* Whether s[a..b) may be a partner's surname in a list of three or more:
 * a partner's name (ner_partner_name; a given name may be one: "Pierce")
 * of one word in lower case after its capital. */
static int ner_partner_word(const char *s, size_t a, size_t b)
{
	for (size_t k = a + 1; k < b; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	return ner_partner_name(s, a, b);
}

/* Whether y, a mention other than the one at at, is an organization
 * whose name begins with the word s[a..b) and goes on with a word that
 * is neither "and" nor a legal form ("Zenith Electronics Corp", "Billiton
 * International"; not the firm's own "Quimby Co" cut short). */
static int ner_names_own_firm(const char *s, const struct ner_mention *y, size_t a, size_t b, size_t at)
{
	size_t n = b - a, yn = y->end - y->start;
	if (y->type != NER_ORG || y->start == at || y->start == a || yn <= n + 1 ||
	    memcmp(s + y->start, s + a, n) != 0 || (s[y->start + n] != ' ' && s[y->start + n] != ','))
		return 0;
	size_t w = y->start + n + 1, we = ner_space_end(s, w, y->end);
	return !(we - w == 3 && memcmp(s + w, "and", 3) == 0) && !(lexicon_lookup(s + w, we - w) & LEX_COMPANY_SUFFIX);
}

/* A firm named by three partners or more, commas between them, is one
 * company where a legal form or a partnership's word follows the last
 * ("Donaldson, Lufkin and Jenrette Securities Corp", "Donaldson Lufkin and
 * Jenrette Inc"): the
 * model took the first partners for places or names of their own. The
 * mention ending in the company's words grows back over the partners;
 * mentions from before on, sorted. */
static void ner_partner_lists(const char *s, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		if (m.type == NER_DATE)
			goto keep;
		/* The company's words that end it, back to the last partner. */
		size_t tail = m.end;
		int legal = 1;	/* the company's words are legal forms only ("Inc") */
		while (tail > m.start) {
			size_t w = ner_word_start(s, m.start, tail);
			/* A firm's words: its legal forms, or what a partnership of
			 * brokers calls itself; not "Bank" or "Steel", which end
			 * lists of companies ("Brown, Colman and Hambros Bank"). */
			static const char *const firm[] = { "Securities", "Associates", "Partners", "Brothers", "Sons", NULL };
			unsigned cls = w == m.start ? 0 : lexicon_lookup(s + w, tail - w);
			int word = 0;
			for (int k = 0; firm[k] && w > m.start; k++)
				word |= ner_lit_is(firm[k], s + w, tail - w);
			if (!(cls & LEX_COMPANY_SUFFIX) && !word)
				break;
			legal &= (cls & LEX_COMPANY_SUFFIX) != 0;
			tail = w > m.start ? w - 1 : w;
		}
		if (tail == m.end)
			goto keep;
		/* Back from there: partners, "and" or "&" before the last one
		 * only, commas between the others ("A, B, and C", "A B and C"). */
		size_t p = tail, first = tail;
		int partners = 0, joined = 0, commas = 0, given = 0, plain = 0;
		size_t prev_end = tail;	/* the end of the partner taken last */
		size_t last_b = tail, last_e = tail;	/* the last partner */
		for (;;) {
			size_t e = ner_blank_before(s, p);
			if (partners == 1 && !joined) {
				if (e >= 3 && memcmp(s + e - 3, "and", 3) == 0 && (e == 3 || s[e - 4] == ' ' || s[e - 4] == '\n'))
					e -= 3, joined = 1;
				else if (e >= 1 && s[e - 1] == '&')
					e -= 1, joined = 1;
				else
					break;
				e = ner_blank_before(s, e);
			}
			int comma = partners >= 1 && e > 0 && s[e - 1] == ',';
			e -= comma;
			size_t b = e;
			while (b > 0 && ((s[b - 1] >= 'a' && s[b - 1] <= 'z') || (s[b - 1] >= 'A' && s[b - 1] <= 'Z')))
				b--;
			if (b == e || !ner_partner_word(s, b, e) ||
			    (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n' && s[b - 1] != '<' && s[b - 1] != '('))
				break;
			/* Two words with a space between that a list names together
			 * are one thing ("Nova Scotia"), not two partners. */
			unsigned pair = partners >= 1 && !comma && e + 1 == first ? lexicon_lookup(s + b, prev_end - b) : 0;
			if (pair & LEX_ORG) {
				/* A firm a list knows heads the name ("Merrill Lynch,
				 * Pierce, Fenner and Smith"): the last partner. */
				first = b;
				break;
			}
			if (pair)
				break;
			if (!partners)
				last_b = b, last_e = e;
			prev_end = e;
			partners++;
			commas += comma;
			given += (lexicon_lookup(s + b, e - b) & LEX_FIRST_NAME) != 0;
			plain += ner_lowercase_word(s + b, e - b);
			first = b;
			p = b;
			if (partners == 5)
				break;
		}
		/* The first partner ends no list of more ("Texas, Ohio"); and
		 * without commas no partner is a given name or a word, and only
		 * legal forms follow ("John Smith and Jones Inc" is a person and
		 * a company, "Dome Mines and Encor Energy" two companies). */
		/* Two partners, then only legal forms, are one firm too ("Bell
		 * and Howell Co"), unless the first is a company a list knows on
		 * its own ("Exxon and Mobil Corp"). */
		size_t fe = ner_blank_at(s, first, tail);
		int pair = partners == 2 && !commas && !given && !plain && legal &&
			   !(lexicon_lookup(s + first, fe - first) & LEX_ORG) &&
			   !(lexicon_lookup(s + last_b, last_e - last_b) & LEX_ORG);
		/* Nor where the first is the last word of a longer name ("Jerome
		 * S. Flum and Flum Partners"), or the story names a company of
		 * its own by it ("Zenith Electronics Corp", then "Zenith and
		 * Microsoft Corp"). */
		for (size_t x = o; pair && x > before && out->v[x - 1].end > first; x--)
			pair = out->v[x - 1].start >= first;
		/* Nor the last two of a longer list ("Hicks and Haas and Acadia
		 * Partners LP"). */
		size_t pb = ner_blank_before(s, first);
		if (pair && pb >= 4 && memcmp(s + pb - 4, " and", 4) == 0)
			pair = 0;
		for (size_t x = before; pair && x < out->n; x++)
			pair = !ner_names_own_firm(s, &out->v[x], first, fe, m.start) &&
			       !ner_names_own_firm(s, &out->v[x], last_b, last_e, m.start);
		if ((partners < 3 && !pair) || !joined || (first >= 2 && s[first - 2] == ',') ||
		    (!commas && (given || plain || !legal)))
			goto keep;
		/* The partners taken for names of their own go. */
		while (o > before && out->v[o - 1].end > first)
			o--;
		m.start = first < m.start ? first : m.start;
		m.type = NER_ORG;
		m.margin = 0;
	keep:
		out->v[o++] = m;
	}
	out->n = o;
}

/* Lower-case nouns of kinds of companies and other bodies, which name the
 * name next to them: "sugar group Beghin-Say", "Istat, the statistics
 * institute". */
static const char *const ner_body_kinds[] = {
	"group", "firm", "maker", "manufacturer", "producer", "retailer", "insurer", "lender", "airline",
	"conglomerate", "startup", "bottler", "brewer", "distiller", "subsidiary", "affiliate", "carmaker",
	"company", "corporation", "bank", "institute", "agency", "bureau", "ministry", "authority", "regulator",
	"watchdog", "broadcaster", "newspaper", "association", "federation", "foundation", "organisation",
	"organization", NULL
};

/* Whether an apposition after the name ending at byte e names a kind of
 * body: ", the national statistics institute," ("Istat"), ", a
 * Nairobi-based lender." — "the" or "a", at most four words in lower case
 * (or with a hyphen), and the kind's noun before a comma, a full stop or a
 * bracket. */
static int ner_body_apposition(const char *s, size_t len, size_t e)
{
	if (e + 4 >= len || s[e] != ',' || s[e + 1] != ' ')
		return 0;
	size_t p = e + 2;
	if (len - p > 4 && memcmp(s + p, "the ", 4) == 0)
		p += 4;
	else if (len - p > 2 && memcmp(s + p, "a ", 2) == 0)
		p += 2;
	else if (len - p > 3 && memcmp(s + p, "an ", 3) == 0)
		p += 3;
	else
		return 0;
	for (int words = 0; words < 4 && p < len; words++) {
		size_t q = p;
		while (q < len && ((s[q] >= 'a' && s[q] <= 'z') || (s[q] == '-' && q > p)))
			q++;
		if (q == p || q >= len)
			return 0;
		if (s[q] == ',' || s[q] == '.' || s[q] == ')') {
			for (int k = 0; ner_body_kinds[k]; k++)
				if (ner_lit_is(ner_body_kinds[k], s + p, q - p))
					return 1;
			return 0;
		}
		if (s[q] != ' ')
			return 0;
		p = q + 1;
	}
	return 0;
}

/* The text of the mention a word sort orders (ner_company_nouns,
 * ner_general_companies). */
struct ner_word_ref {
	const char *s;
	size_t n, i;		/* its bytes, and its mention's index */
};

static int ner_word_ref_cmp(const void *a, const void *b)
{
	const struct ner_word_ref *x = a, *y = b;
	/* The first bytes first, as memcmp orders them: most words differ
	 * there, without the call. */
	if (x->n && y->n && x->s[0] != y->s[0])
		return (unsigned char)x->s[0] < (unsigned char)y->s[0] ? -1 : 1;
	int c = memcmp(x->s, y->s, x->n < y->n ? x->n : y->n);
	if (c)
		return c;
	return x->n < y->n ? -1 : x->n > y->n ? 1 : (x->i > y->i) - (x->i < y->i);
}

#define NER_WORD_REF_LESS(x, y) (ner_word_ref_cmp((x), (y)) < 0)
/* Sorts refs by ner_word_ref_cmp, stably: the story's words were sorted
 * so by eight rules. */
NER_DEFINE_SORT(ner_word_refs_sort, struct ner_word_ref, NER_WORD_REF_LESS)

/* The first of refs v[0..n) (sorted by ner_word_ref_cmp) whose text is
 * key's, or n if none is. */
static size_t ner_word_ref_find(const struct ner_word_ref *v, size_t n, const struct ner_word_ref *key)
{
	struct ner_word_ref k = { key->s, key->n, 0 };
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ner_word_ref_cmp(&v[mid], &k) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].n == k.n && memcmp(v[lo].s, k.s, k.n) == 0 ? lo : n;
}

/* "General" before a word news writes in lower case is no general's
 * title but the first word of a company's name ("General Acquisition",
 * "General Tire", "General Mills"), or of one the story names in full
 * ("General Foods Corp", then "a General Foods spokesman"): the model took
 * the word for a person of that title. Not a word in capitals, which is a
 * person's initials. Mentions from before on, sorted. */
static void ner_general_companies(const char *s, struct ner_list *out, size_t before)
{
	/* The words after "General" in the story's organizations of more
	 * words ("General Foods Corp"), sorted: the same word alone after
	 * "General" is that company's too. */
	struct xscratch_mark mark = xscratch_mark();
	struct ner_word_ref *orgs = NULL;
	size_t norgs = 0;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		if (m->type != NER_ORG || m->end - m->start <= 8 || memcmp(s + m->start, "General ", 8) != 0)
			continue;
		size_t ws = m->start + 8, we = ner_blank_at(s, ws, m->end);
		if (!orgs)
			orgs = xscratch_alloc((out->n - before) * sizeof *orgs);
		orgs[norgs++] = (struct ner_word_ref){ s + ws, we - ws, 0 };
	}
	if (norgs)
		ner_word_refs_sort(orgs, norgs);
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		if (m->type != NER_PERSON)
			continue;
		/* The word alone after "General", or the two as one name. */
		int with = m->end - m->start > 8 && memcmp(s + m->start, "General ", 8) == 0;
		size_t ws = with ? m->start + 8 : m->start, wn = m->end - ws;
		if ((!with && (m->start < 8 || memcmp(s + m->start - 8, "General ", 8) != 0)) || ner_chr(s, s + ws, ' ', wn) ||
		    (!with && q > before && out->v[q - 1].end > m->start - 8))
			continue;
		/* Its plural counts ("acquisitions"), and its singular ("Foods",
		 * "Mills", "Instruments"). */
		char pl[40];
		int plural = wn + 1 < sizeof pl && (memcpy(pl, s + ws, wn), pl[wn] = 's', lexicon_lowercase(pl, wn + 1));
		int singular = wn > 3 && s[ws + wn - 1] == 's' && s[ws + wn - 2] != 's' && ner_lowercase_word(s + ws, wn - 1);
		struct ner_word_ref key = { s + ws, wn, 0 };
		int named = norgs && ner_word_ref_find(orgs, norgs, &key) < norgs;
		/* A word in capitals is a person's initials after a title that
		 * ends in "General" ("Attorney General KM Rahim"), though "km"
		 * is a word. */
		int caps = 1;
		for (size_t k = 0; k < wn && caps; k++)
			caps = s[ws + k] >= 'A' && s[ws + k] <= 'Z';
		if (!(named || (!caps && (plural || singular || ner_lowercase_word(s + ws, wn)))) ||
		    (lexicon_lookup(s + ws, wn) & LEX_FIRST_NAME))
			continue;
		m->start = ws - 8;
		m->type = NER_ORG;
		m->margin = 0;
	}
	xscratch_release(mark);
}

/* Whether the acronym s[a..b) (capitals only) spells the lower-case words
 * before byte e, the initials of the last of them, "of", "and", "for" and
 * "the" free to be left out: "liquefied natural gas ( LNG )". */
static int ner_spelt_lower(const char *s, size_t a, size_t b, size_t e)
{
	size_t k = b;
	while (k > a) {
		e = ner_blank_before(s, e);
		size_t w = ner_word_start(s, 0, e);
		if (w == e || !(s[w] >= 'a' && s[w] <= 'z'))
			return 0;
		for (size_t q = w; q < e; q++)
			if (!((s[q] >= 'a' && s[q] <= 'z') || s[q] == '-'))
				return 0;
		if ((s[w] | 0x20) == (s[k - 1] | 0x20))
			k--;
		else if (!((e - w == 2 && memcmp(s + w, "of", 2) == 0) || (e - w == 3 && memcmp(s + w, "and", 3) == 0) ||
			   (e - w == 3 && memcmp(s + w, "for", 3) == 0) || (e - w == 3 && memcmp(s + w, "the", 3) == 0)))
			return 0;
		e = w;
	}
	return 1;
}

/* A capital letter joined by a hyphen to a lower-case word is a piece of
 * a common word ("T-shirt", "X-ray", "B-minus", "T-lymphocytes"), not a
 * name. Mentions from before on, within s[0..end). */
static void ner_letter_compounds(const char *s, size_t end, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t k = before; k < out->n; k++) {
		const struct ner_mention *m = &out->v[k];
		int piece = m->end == m->start + 1 && m->end + 1 < end && s[m->start] >= 'A' && s[m->start] <= 'Z' &&
			    s[m->end] == '-' && s[m->end + 1] >= 'a' && s[m->end + 1] <= 'z' &&
			    (m->start == 0 || s[m->start - 1] == ' ' || s[m->start - 1] == '\n' || s[m->start - 1] == '(' ||
			     s[m->start - 1] == '"');
		if (!piece)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* Whether s[a..b) is a credit rating's symbol: S&P's AAA to D with + or
 * - ("BBB-plus" spelt out too), Moody's Aaa to C with 1 to 3. */
static int ner_rating_symbol(const char *s, size_t a, size_t b)
{
	static const char *const grades[] = { "AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D",
					      "Aaa", "Aa", "Baa", "Ba", "Caa", "Ca", NULL };
	/* Every grade starts with A, B, C or D: most mentions are passed
	 * over on their first byte, without the compares. */
	if (b <= a || (unsigned char)(s[a] - 'A') > 'D' - 'A')
		return 0;
	while (b > a && s[b - 1] == '.')
		b--;
	/* Nor longer than the longest symbol ("BBB-minus"), and a grade is
	 * compared a byte at a time, without calls. */
	if (b - a > 9)
		return 0;
	for (int k = 0; grades[k]; k++) {
		if (grades[k][0] != s[a])
			continue;
		size_t gl = 1;
		while (grades[k][gl] && gl < b - a && s[a + gl] == grades[k][gl])
			gl++;
		if (grades[k][gl])
			continue;
		size_t r = b - a - gl;
		const char *t = s + a + gl;
		if (r == 0 || (r == 1 && (*t == '+' || *t == '-' || (*t >= '1' && *t <= '3'))) ||
		    (r == 5 && memcmp(t, "-plus", 5) == 0) || (r == 6 && memcmp(t, "-minus", 6) == 0))
			return 1;
	}
	return 0;
}

/* Whether one of the words of credit ratings starts at s + i. */
static int ner_rating_word(const char *s, size_t n, size_t i)
{
	static const char *const words[] = { "rating", "rated", "debt", "downgrad", "upgrad", "affirm", "Moody",
					     "S and P", "Standard and Poor", NULL };
	for (int q = 0; words[q]; q++) {
		if (i >= n || ((unsigned char)s[i] | 0x20) != ((unsigned char)words[q][0] | 0x20))
			continue;
		size_t wl = strlen(words[q]);
		if (i + wl <= n && strncasecmp(s + i, words[q], wl) == 0)
			return 1;
	}
	return 0;
}

/* A credit rating is no name: a rating's symbol with "-plus", "-minus" or
 * "rating" after it, or after "to", "from", "rated" and the like where the
 * words before it speak of ratings or debt ("cut the debt to CCC-minus
 * from CCC", "rated B."). The Commodity Credit Corporation's CCC stays.
 * Mentions from before on, within s[0..end). */
static void ner_ratings(const char *s, size_t end, struct ner_list *out, size_t before)
{
	static const char *const preps[] = { "to", "from", "rated", "at", "of", "is", "and", "or", "was", NULL };
	size_t o = before;
	for (size_t k = before; k < out->n; k++) {
		struct ner_mention *m = &out->v[k];
		/* The rating the model took in with its agency's name
		 * ("[BBB-plus by Standard and Poor]'s") is cut off; the
		 * agency keeps the possessive a list names it with. */
		const char *sp = m->type != NER_DATE ? ner_chr(s, s + m->start, ' ', m->end - m->start) : NULL;
		if (sp && ner_rating_symbol(s, m->start, (size_t)(sp - s)) && (size_t)(sp - s) + 5 < m->end &&
		    memcmp(sp, " by ", 4) == 0 && s[sp - s + 4] >= 'A' && s[sp - s + 4] <= 'Z') {
			m->start = (size_t)(sp - s) + 4;
			m->margin = 0;
			if (m->end + 2 <= end && s[m->end] == '\'' && s[m->end + 1] == 's' &&
			    lexicon_lookup(s + m->start, m->end + 2 - m->start))
				m->end += 2;
		}
		int rating = 0;
		if (m->type != NER_DATE && m->end - m->start <= 9 && ner_rating_symbol(s, m->start, m->end)) {
			size_t a = m->end;
			if (a < end && s[a] == '-')
				a++;
			else
				while (a < end && s[a] == ' ')
					a++;
			rating = (a > m->end && a + 4 <= end && strncmp(s + a, "plus", 4) == 0) ||
				 (a > m->end && a + 5 <= end && strncmp(s + a, "minus", 5) == 0) ||
				 (a > m->end && a + 4 <= end && strncmp(s + a, "rat", 3) == 0 && ner_rating_word(s, end, a));
			size_t pe = m->start;
			while (pe > 0 && (s[pe - 1] == ' ' || s[pe - 1] == ','))
				pe--;
			size_t pb = pe;
			pb = ner_word_start(s, 0, pb);
			int prep = 0;
			for (int q = 0; preps[q] && !prep && !rating; q++)
				prep = ner_lit_is_nocase(preps[q], s + pb, pe - pb);
			/* The ratings' words within the sentence's reach before it. */
			for (size_t i = m->start > 200 ? m->start - 200 : 0; prep && !rating && i < m->start; i++)
				rating = ner_rating_word(s, m->start, i);
		}
		if (!rating)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* An acronym its story spells out in lower-case words is a common noun's
 * ("liquefied natural gas ( LNG )", "gross domestic product (GDP)"): no
 * mention of it in the story is a name. Mentions from before on. */
static void ner_common_acronyms(const char *s, struct ner_list *out, size_t before)
{
	size_t drop[4][2], nd = 0;
	for (size_t q = before; q < out->n && nd < 4; q++) {
		const struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start, p = m->start;
		if (n < 2 || n > 8 || p < 4 || !text_caps_word(s + m->start, n) || ner_chr(s, s + m->start, ' ', n))
			continue;
		if (s[p - 1] == ' ')
			p--;
		if (s[p - 1] != '(' || !ner_spelt_lower(s, m->start, m->end, p - 1))
			continue;
		drop[nd][0] = m->start;
		drop[nd][1] = n;
		nd++;
	}
	if (!nd)
		return;
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		int common = 0;
		for (size_t k = 0; k < nd && !common; k++)
			common = m->end - m->start == drop[k][1] && memcmp(s + m->start, s + drop[k][0], drop[k][1]) == 0;
		if (!common)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* Whether capitalised words at s[a..end) have the capitals c[0..cn) as
 * their initials, "of", "and", "for", "the" and "&" left out and a
 * company's suffix free to follow: "American Petroleum Institute" for
 * "API", "General Public Utilities Corp" for "GPU". */
static int ner_initials_at(const char *s, size_t a, size_t end, const char *c, size_t cn)
{
	size_t k = 0, words = 0;
	for (size_t p = a; p < end && k < cn;) {
		size_t w = p;
		while (p < end && s[p] != ' ' && s[p] != '\n' && s[p] != '-')
			p++;
		if (w == p)
			return 0;
		words++;
		if (s[w] == c[k])
			k++;
		else if (!ner_lit_is("of", s + w, p - w) && !ner_lit_is("and", s + w, p - w) &&
			 !ner_lit_is("for", s + w, p - w) && !ner_lit_is("the", s + w, p - w) &&
			 !ner_lit_is("&", s + w, p - w) &&
			 /* A possessive split off in tokens ("People 's Defence
			  * Force"). */
			 !ner_lit_is("'s", s + w, p - w) && !ner_lit_is("\xe2\x80\x99s", s + w, p - w))
			return 0;
		/* One blank, or a hyphen, between the words of a name. */
		if (p < end && p + 1 < end && (s[p] == ' ' || s[p] == '\n' || s[p] == '-'))
			p++;
		else
			break;
	}
	return words >= 2 && k == cn;
}

/* Whether the story s[from..end) names something by the initials
 * c[0..cn) (capitals), writes them as a ticker ("<GPU>") or with a
 * company's suffix ("PCR Inc"). */
static int ner_story_spells(const char *s, size_t from, size_t end, const char *c, size_t cn)
{
	for (size_t p = from; p + cn < end; p++) {
		if (s[p] == '<' && p + 1 + cn < end && memcmp(s + p + 1, c, cn) == 0 &&
		    (s[p + 1 + cn] == '>' || s[p + 1 + cn] == '.'))
			return 1;
		if (s[p] != c[0] || (p > from && ner_word_byte(s[p - 1])))
			continue;
		/* The letters themselves before a company's suffix. */
		if (memcmp(s + p, c, cn) == 0 && (s[p + cn] == ' ' || s[p + cn] == '\n')) {
			size_t w = p + cn + 1, e = w;
			while (e < end && ner_word_byte(s[e]))
				e++;
			if (e < end && s[e] == '.')
				e++;
			if (e > w && (lexicon_lookup(s + w, e - w) & LEX_COMPANY_SUFFIX))
				return 1;
		}
		/* A capitalised word that starts the words they stand for. */
		if (s[p + 1] >= 'a' && s[p + 1] <= 'z' && ner_initials_at(s, p, end, c, cn))
			return 1;
	}
	return 0;
}

/* An abbreviation of a common noun ("the CPU", "GDP grew", "a PDF") is no
 * name, unless its story names something with those initials ("American
 * Petroleum Institute ... API said"). Dates stay ("APR 1" of a table).
 * Mentions from before on, within s[from..end) (a huge article's batch,
 * read once a batch). */
static void ner_term_mentions(const char *s, size_t from, size_t end, struct ner_list *out, size_t before)
{
	/* The story is read once for each abbreviation, not each mention:
	 * the answers for the ones met (terms.txt has about a hundred). */
	struct {
		const char *t;
		size_t n;
		int name;
	} seen[128];
	size_t nseen = 0, o = before;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start;
		int term = m->type != NER_DATE && n >= 2 && n <= 6 && lexicon_term(s + m->start, n);
		if (term) {
			const char *t = s + m->start;
			size_t k = 0;
			while (k < nseen && !(seen[k].n == n && memcmp(seen[k].t, t, n) == 0))
				k++;
			if (k == nseen) {
				/* Its initials without a plural's "s" ("APIs"). */
				size_t cn = n > 2 && t[n - 1] == 's' ? n - 1 : n;
				int name = ner_story_spells(s, from, end, t, cn);
				if (nseen < sizeof seen / sizeof *seen) {
					seen[nseen].t = t;
					seen[nseen].n = n;
					seen[nseen++].name = name;
				}
				term = !name;
			} else {
				term = !seen[k].name;
			}
		}
		if (!term)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* A word ending in "-ed" that opens a sentence and is followed by a date
 * is a participle, no name: "Retrieved 1 May 2016", "Accessed 2019-03-02"
 * of a page's references. A given name stays ("Mohammed 12"). Mentions
 * from before on, within s[0..end). */
static void ner_participle_dates(const char *s, size_t end, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start, b = ner_blank_before(s, m->start);
		int participle = m->type != NER_DATE && n >= 7 && n <= 16 && s[m->end - 2] == 'e' && s[m->end - 1] == 'd' &&
				 (b == 0 || s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?' ||
				  ner_chr(s, s + b, '\n', m->start - b)) &&
				 m->end + 2 < end && s[m->end] == ' ' && !ner_chr(s, s + m->start, ' ', n);
		if (participle) {
			size_t w = m->end + 1, e = w;
			while (e < end && ner_word_byte(s[e]))
				e++;
			participle = (s[w] >= '0' && s[w] <= '9') || (e > w && (lexicon_lookup(s + w, e - w) & LEX_MONTH));
			participle &= !(lexicon_lookup(s + m->start, n) & (LEX_FIRST_NAME | LEX_PERSON | LEX_ORG));
		}
		if (!participle)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* Whether the word right before byte p, past one blank, is "the" in any
 * case (a word: not the end of "soothe"). */
static int ner_the_before(const char *s, size_t p)
{
	/* "the" in any case, compared inline: asked before many mentions. */
	if (p < 4 || (s[p - 1] != ' ' && s[p - 1] != '\n') || (s[p - 4] | 0x20) != 't' || (s[p - 3] | 0x20) != 'h' ||
	    (s[p - 2] | 0x20) != 'e')
		return 0;
	return p == 4 || !((s[p - 5] | 0x20) >= 'a' && (s[p - 5] | 0x20) <= 'z');
}

/* "The Amazon" is the river and its basin, not the company: a name
 * typed an organization after "the" is a place where a list names a
 * river or basin after it ("Amazon River", "Congo Basin"). Mentions from
 * before on. */
static void ner_river_names(const char *s, struct ner_list *out, size_t before)
{
	static const char *const kinds[] = { " River", " Basin", NULL };
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start;
		if (m->type != NER_ORG || n < 3 || n > 40 || !ner_the_before(s, m->start))
			continue;
		char buf[64];
		for (int k = 0; kinds[k]; k++) {
			memcpy(buf, s + m->start, n);
			memcpy(buf + n, kinds[k], strlen(kinds[k]));
			if (lexicon_lookup(buf, n + strlen(kinds[k])) & LEX_REGION) {
				m->type = NER_PLACE;
				break;
			}
		}
	}
}

/* A person's name of two words or more that ends in a thoroughfare's word
 * ("Pitkin Avenue", "Tilden Ave", "Zayed Road") is a place: the model took
 * the capitalised word before it for a given name. Other names stay as
 * they are: "Sesame Street" is a show, "Belt and Road" a policy, and
 * "Downing Street said" an organization. Mentions from before on. */
static void ner_street_names(const char *s, struct ner_list *out, size_t before)
{
	static const char *const kinds[] = { "Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.",
					     "Boulevard", "Blvd", "Blvd.", "Highway", "Hwy", "Parkway", NULL };
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		if (m->type != NER_PERSON)
			continue;
		size_t a = ner_word_start(s, m->start, m->end);
		/* A word before it, not a number ("42 St"). */
		unsigned char c = a > m->start + 1 ? (unsigned char)s[a - 2] : 0;
		if (!(c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			continue;
		for (int k = 0; kinds[k]; k++)
			if (ner_lit_is(kinds[k], s + a, m->end - a)) {
				m->type = NER_PLACE;
				m->margin = 0;
				break;
			}
	}
}

static int ner_story_writes_lower(const char *s, size_t n, size_t at, const char *w, size_t wn);

/* Whether the story (of n bytes) writes "the" and the word w (wn bytes,
 * capitalised) in lower case within NER_NEAR_TEXT bytes of at: the
 * common noun with its article ("the currency"), not a verb of the same
 * letters ("to open" beside "the U.S. Open"). */
static int ner_story_writes_the_lower(const char *s, size_t n, size_t at, const char *w, size_t wn)
{
	/* "he word", then its "t" or a sentence's "T" looked for before it. */
	char pat[40];
	if (wn + 4 > sizeof pat)
		return 0;
	memcpy(pat, "he ", 3);
	memcpy(pat + 3, w, wn);
	pat[3] = (char)(w[0] | 0x20);
	size_t lo = at > NER_NEAR_TEXT ? at - NER_NEAR_TEXT : 1, hi = n - at > NER_NEAR_TEXT ? at + NER_NEAR_TEXT : n;
	for (const char *q = s + lo; (q = text_find(q, (size_t)(s + hi - q), pat, wn + 3)) != NULL; q++) {
		size_t k = (size_t)(q - s);
		if ((s[k - 1] == 't' || s[k - 1] == 'T') && (k == 1 || !ner_word_byte(s[k - 2])) &&
		    (k + wn + 3 >= n || !ner_word_byte(s[k + wn + 3])))
			return 1;
	}
	return 0;
}

/* Into [*b, e) the word in lower case that ends at byte e, past the
 * blanks before e; *b == the returned end when there is none. */
static size_t ner_lower_word_before(const char *s, size_t e, size_t *b)
{
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t k = e;
	while (k > 0 && s[k - 1] >= 'a' && s[k - 1] <= 'z')
		k--;
	*b = k;
	return e;
}

/* Whether an amount ends right before byte i: a number, or a number, or
 * a number's word, and "mln", "billion" and the like ("100 mln U.S.
 * Dlrs", "one billion U.S. Dlrs"). */
static int ner_amount_before(const char *s, size_t i)
{
	static const char *const scale[] = { "mln", "million", "bln", "billion", "trillion", "thousand", NULL };
	static const char *const numbers[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
					       "ten", "a", NULL };
	size_t b, e = ner_lower_word_before(s, i, &b);
	int scaled = 0;
	for (int k = 0; scale[k] && b < e && !scaled; k++)
		scaled = ner_lit_is(scale[k], s + b, e - b);
	if (b < e && !scaled)
		return 0;
	if (scaled)
		e = ner_lower_word_before(s, b, &b);
	if (b == e)
		return e > 0 && s[e - 1] >= '0' && s[e - 1] <= '9';
	for (int k = 0; numbers[k] && scaled; k++)
		if (ner_lit_is(numbers[k], s + b, e - b))
			return 1;
	return 0;
}

/* Whether s[0..n) is a currency's word, in any case ("Dlrs", "yen"). */
static int ner_currency_word(const char *s, size_t n)
{
	static const char *const words[] = { "dollar", "dollars", "dlr", "dlrs", "yen", "mark", "marks", "franc",
					     "francs", "pound", "pounds", "peso", "pesos", "rupee", "rupees", "yuan",
					     "lira", "lire", "crown", "crowns", "cents", "cts" };
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (ner_lit_is_nocase(words[k], s, n))
			return 1;
	return 0;
}

/* Whether mention m is a word news writes in lower case that the model
 * took apart from a country's dotted abbreviation, the mention prev just
 * before it, after an amount: "85 [U.S.] Dlrs" is no name. */
static int ner_currency_alone(const char *s, const struct ner_mention *prev, const struct ner_mention *m)
{
	size_t n = m->end - m->start;
	return m->type != NER_DATE && n >= 2 && prev->end + 1 == m->start && s[m->start - 1] == ' ' &&
	       s[prev->end - 1] == '.' && !ner_chr(s, s + m->start, ' ', n) && lexicon_lowercase(s + m->start, n) &&
	       (lexicon_lookup(s + prev->start, prev->end - prev->start) & LEX_COUNTRY) &&
	       ner_amount_before(s, prev->start);
}

/* Wire copy capitalises the word after "U.S." as if a sentence ended
 * there ("the U.S. Market remained weak", "a U.S. Official said"): a
 * country's dotted abbreviation and a role's word, or after "the" one
 * that news writes in lower case, or its story does ("the U.S. Currency"
 * beside "the currency": "Currency" of the European Currency Unit keeps
 * it off the list), and that heads no organization, are the country and
 * a common noun, not one name ("the U.S. Treasury", "U.S. Steel" stay).
 * Mentions from before on; text of text_end bytes. */
static void ner_abbreviation_nouns(const char *s, size_t text_end, struct ner_list *out, size_t before)
{
	size_t kept = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start;
		if (kept > before && ner_currency_alone(s, &out->v[kept - 1], m))
			continue;
		out->v[kept++] = *m;
		m = &out->v[kept - 1];
		if (m->type == NER_DATE || n < 6)
			continue;
		int the = ner_the_before(s, m->start);
		/* The abbreviation: letters and full stops up to a blank. */
		size_t a = ner_blank_at(s, m->start, m->end);
		size_t w = a;
		while (w < m->end && (s[w] == ' ' || s[w] == '\n'))
			w++;
		if (a - m->start < 3 || s[a - 1] != '.' || w == a || w >= m->end ||
		    ner_chr(s, s + w, ' ', m->end - w) || ner_chr(s, s + w, '\n', m->end - w))
			continue;
		int lower = lexicon_lowercase(s + w, m->end - w);
		/* A country's abbreviation the lists lack, of two dotted
		 * capitals, is one before a currency's word after an amount
		 * ("7.15 billion N.Z. Dlrs", "H.K. Dlrs"). */
		const char *ab = s + m->start;
		int pair = a - m->start == 4 && ab[0] >= 'A' && ab[0] <= 'Z' && ab[1] == '.' && ab[2] >= 'A' &&
			   ab[2] <= 'Z' && ab[3] == '.' && lower && ner_amount_before(s, m->start);
		if (!pair && !(lexicon_lookup(s + m->start, a - m->start) & (LEX_COUNTRY | LEX_REGION)))
			continue;
		/* A role needs no "the": "a U.S. Official said"; nor does a
		 * word news and its story write in lower case, where the model
		 * took the two for one place ("selling of U.S. Bonds",
		 * "U.S. Soybean producers"). */
		unsigned cls = lexicon_lookup(s + w, m->end - w);
		/* After an amount, too ("13.6 billion U.S. Dlrs"), or before
		 * "per", a rate's ("prices in U.S. Dlrs per tonne"); and a
		 * currency's word anywhere ("mainly in U.S. Dollars"). */
		if (lower && !the &&
		    (ner_amount_before(s, m->start) ||
		     (m->end + 5 <= text_end && memcmp(s + m->end, " per ", 5) == 0) ||
		     ner_currency_word(s + w, m->end - w)))
			the = 1;
		if ((!the || !(lower || (ner_story_writes_the_lower(s, text_end, w, s + w, m->end - w) &&
					 ner_story_writes_lower(s, text_end, w, s + w, m->end - w)))) &&
		    !(cls & LEX_ROLE) &&
		    !(m->type == NER_PLACE && lower && ner_story_writes_lower(s, text_end, w, s + w, m->end - w)))
			continue;
		if (cls & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_TITLE | LEX_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION))
			continue;
		m->end = a;
		m->type = NER_PLACE;
	}
	out->n = kept;
}

/* Where the possessive "'s" (or "’s") after byte e ends, with one space
 * before it as tokenized text has it; 0 if none follows. */
static size_t ner_possessive_end(const char *s, size_t n, size_t e)
{
	size_t k = e < n && s[e] == ' ' ? e + 1 : e, q = 0;
	if (k + 1 < n && s[k] == '\'')
		q = k + 1;
	else if (k + 3 < n && memcmp(s + k, "\xe2\x80\x99", 3) == 0)
		q = k + 3;
	/* "'S" only after capitals: a headline's "HECK'S". */
	if (!q || !(s[q] == 's' || (s[q] == 'S' && e > 0 && s[e - 1] >= 'A' && s[e - 1] <= 'Z')) ||
	    (q + 1 < n && ((s[q + 1] | 0x20) >= 'a' && (s[q + 1] | 0x20) <= 'z')))
		return 0;
	return q + 1;
}

/* A one-word name with its "'s" that a list keeps whole (the store
 * "Kohl's") is a person's possessive where the story names a person of
 * that surname in full: "Kohl's coalition" of Helmut Kohl. Mentions from
 * before on. */
static void ner_person_possessives(const char *s, struct ner_list *out, size_t before)
{
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start, pn;
		if (n < 4 || ner_chr(s, s + m->start, ' ', n))
			continue;
		if (memcmp(s + m->end - 2, "'s", 2) == 0)
			pn = 2;
		else if (n > 5 && memcmp(s + m->end - 4, "\xe2\x80\x99s", 4) == 0)
			pn = 4;
		else
			continue;
		size_t xn = n - pn;
		for (size_t k = before; k < out->n; k++) {
			const struct ner_mention *p = &out->v[k];
			if (p->type != NER_PERSON || p->end - p->start <= xn + 1 || s[p->end - xn - 1] != ' ' ||
			    memcmp(s + p->end - xn, s + m->start, xn) != 0)
				continue;
			m->end -= pn;
			m->type = NER_PERSON;
			m->margin = 0;
			break;
		}
	}
}

/* The bytes a possessive's "'s" (or "’s"), or the blank before it,
 * starts with. */
static const unsigned char ner_possessive_first[256] = { [' '] = 1, ['\''] = 1, [0xE2] = 1 };

/* A company whose name holds a possessive after its first words
 * ("Boatmen's Bancshares Inc.", "Sainsbury's Supermarkets Ltd") goes by
 * the possessive in the story's short form: "[Boatmen's] deal", not
 * "[Boatmen]'s deal", also where a line breaks after the possessive.
 * Mentions from before on, sorted; text of n bytes. */
static void ner_own_possessives(const char *s, size_t n, struct ner_list *out, size_t before)
{
	size_t stem[8][2], ns = 0;
	for (size_t q = before; q < out->n && ns < 8; q++) {
		const struct ner_mention *m = &out->v[q];
		if (m->type != NER_ORG)
			continue;
		for (size_t x = m->start + 1; x < m->end; x++) {
			if (!ner_possessive_first[(unsigned char)s[x]] || s[x - 1] == ' ')
				continue;
			size_t pe = ner_possessive_end(s, m->end, x);
			/* Not an acronym ("ATT's Network Systems Group") nor a
			 * possessor a list knows ("Japan's Finance Ministry",
			 * the "Bank's" own agency). */
			if (pe && pe + 1 < m->end && (s[pe] == ' ' || s[pe] == '\n') && !text_caps_word(s + m->start, x - m->start) &&
			    !(lexicon_lookup(s + m->start, x - m->start) &
			      (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_ORG_WORD | LEX_DEMONYM | LEX_GROUP))) {
				stem[ns][0] = m->start;
				stem[ns][1] = x - m->start;
				ns++;
				break;
			}
		}
	}
	/* A stem the story also writes as a name without the possessive
	 * ("Pittway Corp", "MITI said") is a possessor there. */
	for (size_t q = before; q < out->n && ns; q++) {
		const struct ner_mention *m = &out->v[q];
		for (size_t k = 0; k < ns; k++)
			if (m->end - m->start >= stem[k][1] && strncasecmp(s + m->start, s + stem[k][0], stem[k][1]) == 0 &&
			    !ner_possessive_end(s, n, m->start + stem[k][1])) {
				stem[k][0] = stem[ns - 1][0];
				stem[k][1] = stem[ns - 1][1];
				ns--;
				break;
			}
	}
	for (size_t q = before; q < out->n && ns; q++) {
		struct ner_mention *m = &out->v[q];
		size_t pe;
		if (m->type == NER_DATE || !(pe = ner_possessive_end(s, n, m->end)) ||
		    (q + 1 < out->n && out->v[q + 1].start < pe))
			continue;
		for (size_t k = 0; k < ns; k++)
			if (m->end - m->start == stem[k][1] && m->start != stem[k][0] &&
			    strncasecmp(s + m->start, s + stem[k][0], stem[k][1]) == 0) {
				m->end = pe;
				m->type = NER_ORG;
				break;
			}
	}
}

/* An outlet named by an ordinary word is told things: "told People",
 * "tells PEOPLE", "confirmed to People" name the magazine, which the model
 * leaves out as the common word. A capitalised word of letters no mention
 * holds, after a verb of telling in lower case (not a headline's) or "to"
 * after one of saying, before a word in lower case or a mark, and not a
 * title or a role ("told President Obama" is the model's to read) nor the
 * first word of a longer name ("told Trade and Industry Minister"); one of
 * two outlets the model read as one ("confirmed to People and Us Weekly")
 * is two. caps[0..ncaps) are the capitalised tokens of t[0..n). */
static void ner_told_outlets(const struct ner_tok *t, size_t n, const size_t *caps, size_t ncaps,
			     struct ner_list *l, size_t before)
{
	static const char *const tell[] = { "told", "tells", "telling", "tell", NULL };
	static const char *const to[] = { "confirmed", "confirms", "said", "says", "revealed", "reveals",
					  "explained", "explains", "admitted", "admits", "spoke", "speaks",
					  "talked", "talking", "according", NULL };
	size_t n0 = l->n, i = before;
	for (size_t c = 0; c < ncaps; c++) {
		size_t k = caps[c];
		if (k == 0 || t[k].n < 3 || (t[k].flags & TOKEN_SENT_START))
			continue;
		const struct ner_tok *v = &t[k - 1];
		/* All the words of both lists begin with a "t". */
		if (v->s[0] != 't')
			continue;
		int told = 0;
		for (int q = 0; tell[q] && !told; q++)
			told = ner_lit_is(tell[q], v->s, v->n);
		if (!told && k >= 2 && ner_lit_is("to", v->s, v->n))
			for (int q = 0; to[q] && !told; q++)
				told = ner_lit_is(to[q], t[k - 2].s, t[k - 2].n);
		if (!told)
			continue;
		/* Letters only, capitalised or in capitals. */
		const char *w = t[k].s;
		int upper = 1, lower = 1;
		for (size_t x = 1; x < t[k].n && (upper || lower); x++) {
			upper &= w[x] >= 'A' && w[x] <= 'Z';
			lower &= w[x] >= 'a' && w[x] <= 'z';
		}
		if (!(upper || lower) || (t[k].lex & (LEX_TITLE | LEX_ROLE | LEX_FIRST_NAME | LEX_WEEKDAY | LEX_MONTH)))
			continue;
		/* Then a mark or a word in lower case. */
		const struct ner_tok *x = k + 1 < n ? &t[k + 1] : NULL;
		if (x && !(x->n == 1 && strchr(".,;:", x->s[0])) && !(x->s[0] >= 'a' && x->s[0] <= 'z'))
			continue;
		while (i < n0 && l->v[i].end <= t[k].start)
			i++;
		int held = i < n0 && l->v[i].start < t[k].end;
		int and = x && ner_lit_is("and", x->s, x->n) && k + 2 < n && t[k + 2].cap;
		if (held && and && l->v[i].start == t[k].start && l->v[i].end >= t[k + 2].end) {
			l->v[i].type = NER_ORG;
			l->v[i].margin = 0;
			size_t end = l->v[i].end;
			l->v[i].end = t[k].end;
			ner_push(l, t[k + 2].start, end, NER_ORG);
			continue;
		}
		if (held || and || (x && ner_lit_is("of", x->s, x->n)))
			continue;
		ner_push(l, t[k].start, t[k].end, NER_ORG);
	}
	if (l->n != n0)
		ner_sort_mentions(l->v + before, l->n - before);
}

static void ner_ranges(const char *s, const struct ner_range *r, size_t nr, struct ner_list *out)
{
	struct token_list l = { 0 };
	/* The arrays of the batch are scratch, kept from batch to batch. */
	struct xscratch_mark mark = xscratch_mark();
	/* Room for a token every four bytes, more than news text has: the
	 * list is not copied over as it grows. */
	size_t bytes = 0;
	for (size_t k = 0; k < nr; k++)
		bytes += r[k].end - r[k].start;
	l.v = xgrow(l.v, &l.cap, bytes / 4 + 1, sizeof *l.v);
	size_t *first = xscratch_alloc((nr + 1) * sizeof *first);
	for (size_t k = 0; k < nr; k++) {
		first[k] = l.n;
		token_split(s, r[k].start, r[k].end, &l);
	}
	first[nr] = l.n;
	struct ner_tok *t = ner_tokens(s, &l);
	struct ner_work w = { s, t, l.n, 0, 0, 0, out, { NULL, 0, 0, 0 }, { NULL, 0, 0, 0 }, { NULL, 0, 0, 0 },
			      { NULL, 0, 0, 0 } };
	/* The tokens with a hyphen, from one search of each range's text
	 * rather than one of each token's at each sentence. */
	w.hyph.v = xscratch_alloc((l.n ? l.n : 1) * sizeof *w.hyph.v);
	for (size_t q = 0; q < nr; q++) {
		size_t k = first[q];
		for (const char *p = s + r[q].start; (p = memchr(p, '-', (size_t)(s + r[q].end - p))) != NULL; p++) {
			size_t at = (size_t)(p - s);
			while (k < first[q + 1] && t[k].end <= at)
				k++;
			if (k < first[q + 1] && t[k].start <= at && (w.hyph.n == 0 || w.hyph.v[w.hyph.n - 1] != k))
				w.hyph.v[w.hyph.n++] = k;
		}
	}
	/* Sentences: [sent[k], sent[k+1]); the tokens for the tagger; case as
	 * written, for telling headlines in capitals below: in one pass. */
	size_t *sent = xscratch_alloc((l.n + 1) * sizeof *sent), ns = 0;
	struct tagger_token *tt = xscratch_alloc((l.n ? l.n : 1) * sizeof *tt);
	unsigned char *tags = xscratch_alloc(l.n ? l.n : 1);
	unsigned char *written = xscratch_alloc(l.n ? l.n : 1);
	for (size_t k = 0, n = l.n; k < n; k++) {
		if (t[k].flags & TOKEN_SENT_START)
			sent[ns++] = k;
		tt[k].s = t[k].s;
		tt[k].n = t[k].n;
		written[k] = (unsigned char)(t[k].cap | t[k].upper << 1);
	}
	sent[ns] = l.n;
	struct tagger_lex *x = xscratch_alloc((l.n ? l.n : 1) * sizeof *x);
	/* The text is read up to the end of its last range. */
	size_t lim = 0;
	for (size_t q = 0; q < nr; q++)
		lim = r[q].end > lim ? r[q].end : lim;
	ner_fill_lexicon(t, l.n, x, sent, ns, lim);
	ner_truecase(t, l.n, tt, x, 1);
	/* Most text has no accent at all: one look at its ranges says so. */
	for (size_t q = 0; q < nr; q++)
		if (text_latin_marks(s + r[q].start, r[q].end - r[q].start)) {
			ner_unaccent(tt, l.n);
			break;
		}
	float *margin = xscratch_alloc((l.n ? l.n : 1) * sizeof *margin);
	if (tagger_tag_document_lex(tt, l.n, sent, ns, x, tags, margin) != 0) {
		memset(tags, 0, l.n ? l.n : 1);
		memset(margin, 0, (l.n ? l.n : 1) * sizeof *margin);
	}
	/* The case is final now (ner_truecase set it): the capitalised tokens. */
	w.caps.v = xscratch_alloc(3 * (l.n ? l.n : 1) * sizeof *w.caps.v);
	w.dated.v = w.caps.v + (l.n ? l.n : 1);
	w.people.v = w.dated.v + (l.n ? l.n : 1);
	const unsigned people = LEX_TITLE | LEX_ROLE | LEX_FIRST_NAME | LEX_SPEECH_VERB;
	/* The counts in locals: the lists' stores could be to w's counts, as
	 * the compiler sees them, which it would then load again. */
	size_t ncaps = 0, ndated = 0, npeople = 0;
	size_t *restrict vcaps = w.caps.v, *restrict vdated = w.dated.v, *restrict vpeople = w.people.v;
	for (size_t k = 0, n = l.n; k < n; k++) {
		/* The token's fields read before the lists' stores, which could
		 * be to them as the compiler sees it (it loaded them again). */
		size_t cap = t[k].cap != 0;
		unsigned lex = t[k].lex, cls = lex | t[k].phrase_cls;
		size_t dated = cap | t[k].digit;
		t[k].tag = tags[k];
		t[k].margin = margin[k];
		vcaps[ncaps] = k;
		ncaps += cap;
		vdated[ndated] = k;
		ndated += dated;
		/* The word before a verb of saying goes in with the verb. */
		if ((lex & LEX_SPEECH_VERB) && k > 0 && (npeople == 0 || vpeople[npeople - 1] != k - 1))
			vpeople[npeople++] = k - 1;
		vpeople[npeople] = k;
		npeople += (cls & people) != 0;
	}
	w.caps.n = ncaps;
	w.dated.n = ndated;
	w.people.n = npeople;

	size_t before = out->n;
	size_t rk = 0;
	/* Which mentions come from sentences in capitals (headlines). */
	unsigned char *caps = memset(xscratch_alloc(ns ? ns : 1), 0, ns ? ns : 1);
	size_t *upto = xscratch_alloc((ns ? ns : 1) * sizeof *upto);
	for (size_t k = 0; k < ns; k++) {
		while (rk + 1 < nr && first[rk + 1] <= sent[k])
			rk++;
		w.caption = nr ? r[rk].caption : 0;
		w.boilerplate = nr ? r[rk].boilerplate : 0;
		w.para_first = nr ? first[rk] : 0;
		w.caps.first = ner_index_from(&w.caps, sent[k]);
		w.dated.first = ner_index_from(&w.dated, sent[k]);
		w.hyph.first = ner_index_from(&w.hyph, sent[k]);
		w.people.first = ner_index_from(&w.people, sent[k]);
		w.caps.at = w.dated.at = w.hyph.at = w.people.at = sent[k];
		ner_sentence(&w, sent[k], sent[k + 1]);
		upto[k] = out->n;
		int letters = 0, lower = 0;
		for (size_t q = sent[k]; q < sent[k + 1] && !lower; q++) {
			int cap = written[q] & 1, upper = written[q] >> 1;
			letters |= cap;
			lower |= !upper && !ner_is_punct_tok(&t[q]) && text_starts_upper(t[q].s, t[q].n) == 0 &&
				 !(t[q].s[0] >= '0' && t[q].s[0] <= '9');
			lower |= cap && !upper;
		}
		/* Only the headline at the top: a line in capitals further down
		 * (a table's heading, a section) is read as the model reads it. */
		caps[k] = letters && !lower && t[sent[k]].start < NER_HEADLINE_END;
	}
	size_t text_end = 0, text_start = nr ? r[0].start : 0;
	for (size_t k = 0; k < nr; k++) {
		text_end = r[k].end > text_end ? r[k].end : text_end;
		text_start = r[k].start < text_start ? r[k].start : text_start;
	}
	ner_check_headlines(s, text_end, out, before, caps, upto, ns);
	ner_headline_names(s, t, sent, ns, caps, out, before);
	/* The tokens of title-case headlines at the top, as ner_truecase
	 * reads them: lines of three capitalised words or more, none in lower
	 * case but function words, not all in capitals (those are checked
	 * above), each a line of its own, and not a dateline's. */
	unsigned char *thead = memset(xscratch_alloc(l.n + 1), 0, l.n + 1);
	/* A line starts at a line break or a range's first token (thead
	 * holds 2 at those for the moment). */
	for (size_t q = 0; q <= nr; q++)
		thead[first[q]] = 2;
#define NER_LINE_AT(k) ((k) == l.n || (thead[k] & 2) || (t[k].flags & TOKEN_LINE_START))
	for (size_t a = 0; a < l.n && t[a].start < NER_HEADLINE_END;) {
		size_t b = a + 1, up = a, capw = 0, mixed = 0, lower = 0, other = 0;
		while (b < l.n && !(t[b].flags & TOKEN_SENT_START) && !NER_LINE_AT(b))
			b++;
		while (up < b && (written[up] >> 1) && ner_is_word(&t[up]))
			up++;
		/* A headline is a line and a sentence of its own: the text's
		 * first line, or one after which the next line starts a
		 * sentence. */
		int line = NER_LINE_AT(a) && NER_LINE_AT(b);
		int prose = !line || (a > 0 && !(t[a].flags & TOKEN_SENT_START)) ||
			    (a > 0 && b < l.n && !(t[b].flags & TOKEN_SENT_START)) ||
			    (up > a && ner_dateline_after(s, t[b - 1].end, t[up - 1].end));
		for (size_t q = a; q < b && !prose; q++) {
			if (!ner_is_word(&t[q])) {
				other++;
				continue;
			}
			int cap = written[q] & 1, upper = written[q] >> 1;
			capw += cap;
			mixed |= cap && !upper;
			lower |= !cap && !ner_title_function_word(&t[q]);
		}
		/* Mostly words: not a line of a table of results. */
		if (!prose && capw >= 3 && mixed && !lower && other * 2 <= capw)
			memset(thead + a, 1, b - a);
		a = b;
	}
#undef NER_LINE_AT
	for (size_t q = 0; q <= nr; q++)
		thead[first[q]] &= 1;
	ner_split_headline_names(s, t, l.n, thead, out, before);
	ner_propagate(&w, before);
	if (out->n - before > 1)
		ner_sort_mentions(out->v + before, out->n - before);
	ner_join_after(s, text_end, out, before);
	ner_split_place_pairs(s, out, before);
	ner_firm_tails(s, text_end, out, before);
	ner_partner_firms(s, out, before);
	ner_partner_lists(s, out, before);
	ner_founder_firms(s, out, before);
	ner_common_acronyms(s, out, before);
	ner_term_mentions(s, text_start, text_end, out, before);
	ner_participle_dates(s, text_end, out, before);
	ner_letter_compounds(s, text_end, out, before);
	ner_ratings(s, text_end, out, before);
	ner_river_names(s, out, before);
	ner_street_names(s, out, before);
	ner_abbreviation_nouns(s, text_end, out, before);
	ner_person_possessives(s, out, before);
	ner_own_possessives(s, text_end, out, before);
	ner_told_outlets(t, l.n, w.caps.v, w.caps.n, out, before);
	xscratch_release(mark);
	token_list_free(&l);
}

/* The model learnt from text written without accents (CoNLL-2003 has
 * none; the Worldwide articles few), so a word with them ("Piątnowice",
 * "Yeşilköy") would reach it as a shape it never saw: the tagger reads
 * tt[0..n) with the accents of Latin letters taken off, pointed at copies
 * in scratch memory (the caller releases it with its working arrays).
 * The rules read the text as written. The trainer reads its data as
 * written: read so, its few accented words (0.2% of the Worldwide
 * tokens) moved a retraining within the spread of the training's order
 * and changed sentences of the unit tests that have none. */
static void ner_unaccent(struct tagger_token *tt, size_t n)
{
	size_t bytes = 0;
	for (size_t k = 0; k < n; k++)
		if (text_latin_marks(tt[k].s, tt[k].n))
			bytes += tt[k].n;
	if (!bytes)
		return;
	char *o = xscratch_alloc(bytes);
	for (size_t k = 0; k < n; k++) {
		if (!text_latin_marks(tt[k].s, tt[k].n))
			continue;
		memcpy(o, tt[k].s, tt[k].n);
		size_t m = text_strip_accents(o, tt[k].n);
		if (m == tt[k].n && memcmp(o, tt[k].s, m) == 0)
			continue;
		tt[k].s = o;
		tt[k].n = m;
		o += m;
	}
}

char *ner_truecase_tokens(const char *s, const struct token_list *l, struct tagger_token *tt)
{
	struct xscratch_mark mark = xscratch_mark();
	struct ner_tok *t = ner_tokens(s, l);
	ner_fill_lexicon(t, l->n, NULL, NULL, 0, 0);
	char *buf = ner_truecase(t, l->n, tt, NULL, 0);
	xscratch_release(mark);
	return buf;
}

void ner_text(const char *s, size_t start, size_t end, struct ner_list *out)
{
	struct ner_range r = { start, end, 0, 0 };
	ner_ranges(s, &r, 1, out);
}

static int ner_is_caption(const struct article *a, const struct article_para *p)
{
	if (!(p->flags & ARTICLE_PARA_BOILERPLATE))
		return 0;
	const char *s = a->data + p->start;
	size_t n = p->end - p->start;
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == '/' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
			return 1;
	return 0;
}

/* The longest piece of a paragraph read at once. */
#define NER_PIECE (64 * 1024)

int ner_company_word(const char *s, size_t n)
{
	while (n > 1 && s[n - 1] == '.')
		n--;
	/* By their lengths: a word is compared with the few of its length
	 * alone (this runs at most names' last words). */
	static const char *const trades[16][4] = {
		[6] = { "Motors" },
		[7] = { "Airways", "Systems", "Airline" },
		[8] = { "Airlines", "Networks", "Software" },
		[9] = { "Petroleum", "Resources" },
		[10] = { "Industries" },
		[11] = { "Enterprises", "Electronics" },
		[12] = { "Technologies", "Shipbuilding" },
		[13] = { "Entertainment", "Semiconductor" },
		[14] = { "Communications" },
		[15] = { "Pharmaceuticals" },
	};
	if (n >= 6 && n <= 15)
		for (int k = 0; k < 4 && trades[n][k]; k++)
			if ((trades[n][k][0] | 0x20) == (s[0] | 0x20) && strncasecmp(trades[n][k], s, n) == 0)
				return 1;
	return (lexicon_lookup(s, n) & LEX_COMPANY_SUFFIX) != 0;
}

/* Whether the name s[a..e) ends in a company's legal form ("Corp",
 * "Corporation", "Inc") or a word of a trade that names companies, not
 * a town's bodies ("Airlines", "Motors"; not "Council", "Bank"). */
static int ner_ends_legal_form(const char *s, size_t a, size_t e)
{
	/* Its last word, past a line break too ("Piedmont Aviation\nInc"). */
	size_t w = ner_word_start(s, a, e);
	return w > a && ner_company_word(s + w, e - w);
}

/* Whether the name s[a..e) starts with a place of two words or more a
 * list knows ("New Zealand Company", "Hong Kong Telecom Ltd"): its first
 * word alone is none of its short forms. */
static int ner_starts_place(const char *s, size_t a, size_t e)
{
	size_t w = ner_space_end(s, a, e);
	for (int words = 1; w < e && words < 4; words++) {
		size_t x = ner_space_end(s, w + 1, e);
		if (x < e && (lexicon_lookup(s + a, x - a) & (LEX_COUNTRY | LEX_CITY | LEX_REGION)))
			return 1;
		w = x;
	}
	return 0;
}

/* One article calls one thing by one type: a "person" or "other name"
 * whose words begin an organization's name found in the same article is
 * that organization ("Computer Terminal" after "Computer Terminal Systems
 * Inc"); so is a one-word "place" no list knows that begins a company's
 * name with its legal form or a trade's word ("Quillsoft" after
 * "Quillsoft Communications Corp", "Korvane" after "Korvane Airlines"),
 * where a known place stays one ("Japan Airlines Corp") and a word of one
 * does ("New" of the "New Zealand Company").
 * Organization names are sorted, so each check is a search. */
static void ner_consistent_types(const char *s, struct ner_list *l)
{
	/* The names are folded into scratch memory (the ASCII ones fit in
	 * their length and one byte), not an allocation each. */
	struct xscratch_mark mark = xscratch_mark();
	size_t norg = 0, nfirm = 0;
	char **orgs = xscratch_alloc((l->n ? l->n : 1) * sizeof *orgs);
	char **firms = xscratch_alloc((l->n ? l->n : 1) * sizeof *firms);
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].type == NER_ORG && ner_chr(s, s + l->v[i].start, ' ', l->v[i].end - l->v[i].start)) {
			size_t fl, n = l->v[i].end - l->v[i].start;
			char *buf = xscratch_alloc(n + 1);
			char *f = text_fold_buf(s + l->v[i].start, n, buf, n + 1, &fl);
			if (f != buf) {
				buf = memcpy(xscratch_alloc(fl + 1), f, fl + 1);
				free(f);
			}
			orgs[norg++] = buf;
			if (ner_ends_legal_form(s, l->v[i].start, l->v[i].end) && !ner_starts_place(s, l->v[i].start, l->v[i].end))
				firms[nfirm++] = buf;
		}
	ner_names_sort(orgs, norg);
	ner_names_sort(firms, nfirm);
	/* The organizations' first bytes, folded (the firms are among them):
	 * a name whose fold starts with none extends none, and is passed
	 * over before its look-ups and fold. A name that starts with a byte
	 * that may fold to another (not ASCII, a blank or a control) is
	 * asked as before. */
	uint64_t orgfirst[4] = { 0 };
	for (size_t k = 0; k < norg; k++)
		orgfirst[(unsigned char)orgs[k][0] >> 6] |= 1ull << ((unsigned char)orgs[k][0] & 63);
	for (size_t i = 0; i < l->n && norg; i++) {
		struct ner_mention *m = &l->v[i];
		unsigned char c = (unsigned char)s[m->start];
		if (c > ' ' && c < 0x7f) {
			c = ner_ascii_lower[c];
			if (!(orgfirst[c >> 6] >> (c & 63) & 1))
				continue;
		}
		if (m->type == NER_PLACE && nfirm && !ner_chr(s, s + m->start, ' ', m->end - m->start) &&
		    !(lexicon_lookup(s + m->start, m->end - m->start) &
		      (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM))) {
			size_t fl;
			char fb[256];
			char *f = text_fold_buf(s + m->start, m->end - m->start, fb, sizeof fb, &fl);
			if (ner_names_extending(firms, nfirm, f, fl)) {
				m->type = NER_ORG;
				m->margin = 0;
			}
			if (f != fb)
				free(f);
			continue;
		}
		if (m->type != NER_PERSON && m->type != NER_MISC)
			continue;
		/* "Jean Smith" stays a person whatever organization has her name. */
		size_t fw = 0;
		while (m->start + fw < m->end && s[m->start + fw] != ' ')
			fw++;
		if (m->type == NER_PERSON && (lexicon_lookup(s + m->start, fw) & LEX_FIRST_NAME))
			continue;
		/* So does "President Obama", whatever "Obama Administration" is. */
		if (m->type == NER_PERSON && m->start > 0 && s[m->start - 1] == ' ') {
			size_t pe = m->start - 1, ps = pe;
			ps = ner_word_start(s, 0, ps);
			if (pe > ps && (lexicon_lookup(s + ps, pe - ps) & LEX_TITLE))
				continue;
		}
		size_t fl;
		char fb[256];
		char *f = text_fold_buf(s + m->start, m->end - m->start, fb, sizeof fb, &fl);
		if (ner_names_extending(orgs, norg, f, fl) && m->type != NER_ORG) {
			m->type = NER_ORG;
			m->margin = 0;
		}
		if (f != fb)
			free(f);
	}
	xscratch_release(mark);
}

/* Whether s[0..n) is a capitalised plural of people who band together
 * ("Steelworkers", "Machinists", "Employees", "Producers"): the head of a
 * union's or an association's name before "of" and a place ("United
 * Steelworkers of America"), not of a place's ("Waters", "Towers"). */
static int ner_people_plural(const char *s, size_t n)
{
	static const char *const things[] = { "Waters", "Headwaters", "Towers", "Rivers", "Quarters", "Headquarters",
					      "Corners", "Borders", "Chambers", "Centers", "Powers", "Letters",
					      "Papers", "Numbers", "Orders", "Matters", NULL };
	if (n < 5 || !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	for (size_t k = 1; k < n; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	int ers = memcmp(s + n - 3, "ers", 3) == 0, ists = n >= 6 && memcmp(s + n - 4, "ists", 4) == 0,
	    ees = memcmp(s + n - 3, "ees", 3) == 0;
	if (!ers && !ists && !ees)
		return 0;
	for (int k = 0; things[k]; k++)
		if (ner_lit_is(things[k], s, n))
			return 0;
	return 1;
}

/* The type a head word s[0..n) gives "head of" a place: NER_MISC for a
 * reference work's, NER_ORG for an organization's or a union's, else
 * NER_PLACE. */
static enum ner_type ner_of_head_type(const char *s, size_t n)
{
	static const char *const works[] = { "Encyclopedia", "Encyclopaedia", "Dictionary", "Atlas", "Almanac",
					     "Handbook", "Anthology", "Gazetteer", NULL };
	static const char *const places[] = { "Federation", "Union", "District", "Municipality", NULL };
	for (int k = 0; works[k]; k++)
		if (ner_lit_is(works[k], s, n))
			return NER_MISC;
	if (ner_people_plural(s, n))
		return NER_ORG;
	if (!(lexicon_lookup(s, n) & LEX_ORG_WORD))
		return NER_PLACE;
	for (int k = 0; places[k]; k++)
		if (ner_lit_is(places[k], s, n))
			return NER_PLACE;
	return NER_ORG;
}

/* A name the model took for a place, "X of" a place, is what its head X
 * says: an organization's head word ("Museum of Neon Art", "University
 * of Maryland") makes an organization, a reference work's ("Encyclopedia
 * of New Zealand") an other name. Heads that are a place's too stay
 * ("Federation", "Union", "District" and "Municipality" of a place). */
static void ner_of_place_heads(const char *s, struct ner_list *l)
{
	/* Spanish, Portuguese, French, Italian, German and others write a
	 * body's head word first ("Universidad de los Andes", "Instituto Nacional
	 * de Estadística"): a name it leads is the body, not the place after
	 * it. Not the heads that name places too ("Banco Chinchorro" is a
	 * reef, "Câmara de Lobos" a town). */
	static const struct ner_lit leads[] = {
		NER_LIT("Universidad"), NER_LIT("Universidade"), NER_LIT("Universit\xc3\xa9"),
		NER_LIT("Universit\xc3\xa0"), NER_LIT("Universit\xc3\xa4t"), NER_LIT("Instituto"), NER_LIT("Istituto"),
		NER_LIT("Institut"), NER_LIT("Ministerio"), NER_LIT("Minist\xc3\xa9rio"), NER_LIT("Minist\xc3\xa8re"),
		NER_LIT("Ministero"), NER_LIT("Partido"), NER_LIT("Partito"), NER_LIT("Fundaci\xc3\xb3n"),
		NER_LIT("Funda\xc3\xa7\xc3\xa3o"), NER_LIT("Fondation"), NER_LIT("Fondazione"),
		NER_LIT("Asociaci\xc3\xb3n"), NER_LIT("Associa\xc3\xa7\xc3\xa3o"), NER_LIT("Comisi\xc3\xb3n"),
		NER_LIT("Comiss\xc3\xa3o"), NER_LIT("Consejo"), NER_LIT("Conselho"), NER_LIT("Conseil"),
		NER_LIT("Federaci\xc3\xb3n"), NER_LIT("Federa\xc3\xa7\xc3\xa3o"), NER_LIT("Sindicato"),
		NER_LIT("Movimiento"), NER_LIT("Movimento"), NER_LIT("Secretar\xc3\xad" "a"),
		NER_LIT("Procuradur\xc3\xad" "a"),
		NER_LIT("Fiscal\xc3\xad" "a"), NER_LIT("Contralor\xc3\xad" "a"), NER_LIT("Defensor\xc3\xad" "a"),
		NER_LIT("Superintendencia"), NER_LIT("Agencia"), NER_LIT("Ag\xc3\xaancia"),
		/* Dutch, Malay and Indonesian ("Universiti Sains Malaysia",
		 * "Kementerian Kesehatan", "Parti Islam Se-Malaysia"). */
		NER_LIT("Universiteit"), NER_LIT("Universiti"), NER_LIT("Universitas"), NER_LIT("Kementerian"),
		NER_LIT("Partai"), NER_LIT("Parti"), NER_LIT("Majlis"), NER_LIT("Lembaga"), NER_LIT("Badan"),
		NER_LIT("Komisi"), NER_LIT("Persatuan"), NER_LIT("Yayasan"), NER_LIT("Pertubuhan"),
		NER_LIT("Suruhanjaya"), NER_LIT("Jabatan"), NER_LIT("Perbadanan"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PLACE)
			continue;
		/* Its first word, where the name has another after it. */
		size_t fw = m->start;
		while (fw < m->end && s[fw] != ' ')
			fw++;
		if (fw < m->end && fw - m->start >= 5 && fw - m->start <= 17 && (s[m->start] & 0x20) == 0 &&
		    NER_LIT_IN(leads, s + m->start, fw - m->start)) {
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		const char *of = ner_find(s, s + m->start, m->end - m->start, " of ", 4);
		if (!of || of == s + m->start)
			continue;
		size_t he = (size_t)(of - s), hs = ner_word_start(s, m->start, he);
		enum ner_type type = ner_of_head_type(s + hs, he - hs);
		if (type != NER_PLACE) {
			m->type = type;
			m->margin = 0;
		}
	}
	/* The same where the model split the name at "of": a head word alone,
	 * then the place ("the Encyclopedia" + "of New Zealand"), or an
	 * organization whose last word is a body's head ("Royal Society" +
	 * "of Tasmania": ANNOTATION.md's "Security Forces of Ukraine"); not a
	 * company's legal form, a newspaper's or a name without a head ("Kia
	 * Motor Corp of South Korea", "the Financial Times of London",
	 * "Benetton of Italy" say where it is). */
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i], *p = i + 1 < l->n ? &l->v[i + 1] : NULL;
		enum ner_type type = NER_PLACE;
		/* A reference work's head alone, whatever the model read it
		 * as, takes any name after "of" ("Encyclopaedia" + "of Islam"). */
		int work = p && m->type != NER_DATE && p->type != NER_DATE && p->start == m->end + 4 &&
			   memcmp(s + m->end, " of ", 4) == 0 && ner_word_start(s, m->start, m->end) == m->start &&
			   ner_of_head_type(s + m->start, m->end - m->start) == NER_MISC;
		if (work) {
			type = NER_MISC;
		} else if (p && p->type == NER_PLACE && m->type != NER_DATE && m->type != NER_PERSON &&
			   p->start == m->end + 4 && memcmp(s + m->end, " of ", 4) == 0) {
			size_t hs = ner_word_start(s, m->start, m->end);
			if (hs == m->start)
				type = ner_of_head_type(s + m->start, m->end - m->start);
			else if (m->type == NER_ORG && !(lexicon_lookup(s + hs, m->end - hs) & LEX_COMPANY_SUFFIX) &&
				 !ner_publication_bytes(s + hs, m->end - hs) && ner_of_head_type(s + hs, m->end - hs) == NER_ORG)
				type = NER_ORG;
		}
		l->v[o] = *m;
		if (type != NER_PLACE) {
			l->v[o].end = p->end;
			l->v[o].type = type;
			l->v[o].margin = 0;
			i++;
		}
		o++;
	}
	l->n = o;
	/* A reference work's head the model did not take at all, "of" and a
	 * name ("An Encyclopaedia of New Zealand"), and a body's after "the". */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->start < 10 || s[m->start - 2] != 'f' || m->type == NER_DATE || memcmp(s + m->start - 4, " of ", 4) != 0)
			continue;
		size_t hs = ner_word_start(s, 0, m->start - 4);
		if (!(s[hs] >= 'A' && s[hs] <= 'Z') || (i > 0 && l->v[i - 1].end > hs))
			continue;
		enum ner_type ht = ner_of_head_type(s + hs, m->start - 4 - hs);
		/* Or a body's head after "the", before a place the model
		 * found alone ("The Museum of [Kessby History]", where the
		 * story writes "museum" in lower case too). */
		if (ht == NER_PLACE ||
		    (ht == NER_ORG && !(m->type == NER_PLACE && hs >= 4 && ner_lit_is_nocase("the ", s + hs - 4, 4))))
			continue;
		m->start = hs;
		m->type = ht;
		m->margin = 0;
	}
}

/* A place's kind before "of" and a place is the place's name, one span
 * (ANNOTATION.md: a name that contains another is one): "the City of
 * Harwick", "the Republic of Tandia", "Kingdom of ...", where the model
 * left the kind out. "State of" is left alone: a state of emergency is
 * no place. */
static void ner_kind_of_places(const char *s, struct ner_list *l)
{
	static const struct ner_lit kinds[] = {
		NER_LIT("City"),	NER_LIT("Republic"),	 NER_LIT("Kingdom"),	NER_LIT("Province"),
		NER_LIT("Municipality"), NER_LIT("County"),	 NER_LIT("District"),	NER_LIT("Emirate"),
		NER_LIT("Sultanate"),	NER_LIT("Principality"), NER_LIT("Prefecture"), NER_LIT("Governorate"),
		NER_LIT("Borough"),	NER_LIT("Town"),
	};
	/* The states of history have no other sense: the place after them
	 * is one the model may have read as a club ("the Duchy of Milan"). */
	static const struct ner_lit states[] = {
		NER_LIT("Duchy"),    NER_LIT("Tsardom"),     NER_LIT("Khanate"),    NER_LIT("Caliphate"),
		NER_LIT("Electorate"), NER_LIT("Margraviate"), NER_LIT("Viceroyalty"), NER_LIT("Archduchy"),
	};
	/* Rulers' and bishops' titles "of" a place. */
	static const struct ner_lit titles[] = {
		NER_LIT("Duke"),    NER_LIT("Duchess"),  NER_LIT("Earl"),	NER_LIT("Prince"),
		NER_LIT("Princess"), NER_LIT("Archbishop"), NER_LIT("Bishop"), NER_LIT("Emperor"),
		NER_LIT("Empress"), NER_LIT("Sultan"),	 NER_LIT("Marquess"), NER_LIT("Count"),
		NER_LIT("Countess"), NER_LIT("Baron"),	 NER_LIT("Emir"),
	};
	/* A church's sees, which are bodies. */
	static const struct ner_lit sees[] = { NER_LIT("Diocese"), NER_LIT("Archdiocese"), NER_LIT("Eparchy"),
					       NER_LIT("Archeparchy"), NER_LIT("Patriarchate") };
	/* Realms too, where the name is one whole. */
	static const struct ner_lit realms[] = { NER_LIT("Kingdom"), NER_LIT("Sultanate"), NER_LIT("Emirate"),
						 NER_LIT("Principality") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* Moved down only once a kind has taken a mention in. */
		if (o != i)
			l->v[o] = *m;
		m = &l->v[o++];
		/* A title "of" a place of one word read as one body's or
		 * person's name ("[Archbishop of Kessby]"): the title is no
		 * part of it; a team's or a prize's longer name keeps it ("Duke
		 * of Kessby's XI"). */
		if ((m->type == NER_ORG || m->type == NER_PERSON) && m->end - a >= 9) {
			size_t tw = ner_space_end(s, a, m->end);
			if (tw + 5 < m->end && memcmp(s + tw, " of ", 4) == 0 && s[tw + 4] >= 'A' && s[tw + 4] <= 'Z' &&
			    NER_LIT_IN(titles, s + a, tw - a) && !ner_chr(s, s + tw + 4, '\'', m->end - tw - 4) &&
			    !ner_chr(s, s + tw + 4, ' ', m->end - tw - 4)) {
				m->start = tw + 4;
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
		/* The whole read as a body's ("the [Khanate of Kazan]"); the
		 * kinds are words of five to twelve letters. */
		if (m->type != NER_PLACE && m->type != NER_DATE && m->type != NER_GROUP && m->end - a >= 10) {
			size_t fw = a + 5;
			while (fw < m->end && fw < a + 13 && s[fw] != ' ')
				fw++;
			if (fw + 5 < m->end && memcmp(s + fw, " of ", 4) == 0 &&
			    (NER_LIT_IN(states, s + a, fw - a) || NER_LIT_IN(realms, s + a, fw - a))) {
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
		if ((m->type != NER_PLACE && m->type != NER_ORG && m->type != NER_PERSON) || a < 8 ||
		    memcmp(s + a - 4, " of ", 4) != 0)
			continue;
		size_t ke = a - 4, ks = ner_word_start(s, 0, ke);
		/* A ruler's or a bishop's title "of" a place of one word ("Duke
		 * of [Valmont]", "Archbishop of [Kessby]"): the place, which the
		 * model read as a club or a person (CoNLL's and the Worldwide
		 * labels have it a place 10 times in 12); not a team's ("Duke of
		 * [Kessby's XI]"). */
		if (m->type != NER_PLACE && (o < 2 || l->v[o - 2].end <= ks) && NER_LIT_IN(titles, s + ks, ke - ks) &&
		    !ner_chr(s, s + a, ' ', m->end - a) && !ner_chr(s, s + a, '\'', m->end - a)) {
			m->type = NER_PLACE;
			m->margin = 0;
			continue;
		}
		if (m->type == NER_PERSON)
			continue;
		/* A church's see "of" a place is a body, one name with it
		 * ("the Archdiocese of Kessby", "the Diocese of Tarvel"). */
		if (m->type == NER_PLACE && (o < 2 || l->v[o - 2].end <= ks) && NER_LIT_IN(sees, s + ks, ke - ks)) {
			m->start = ks;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		if (ke - ks < 4)
			continue;
		int state = NER_LIT_IN(states, s + ks, ke - ks);
		if (!state && (m->type != NER_PLACE || !NER_LIT_IN(kinds, s + ks, ke - ks)))
			continue;
		/* "Grand Duchy of" is one kind. */
		if (ks >= 7 && memcmp(s + ks - 6, "Grand ", 6) == 0)
			ks -= 6;
		/* The kind, where the model took it for a name of its own
		 * ("[Tsardom] of [Russia]"), is the place's. */
		if (o >= 2 && l->v[o - 2].end > ks) {
			if (!state || l->v[o - 2].start < ks || l->v[o - 2].end > ke)
				continue;
			l->v[o - 2] = *m;
			o--;
			m = &l->v[o - 1];
		}
		m->start = ks;
		m->type = NER_PLACE;
		m->margin = 0;
	}
	l->n = o;
}

/* Whether the word after the blank at byte e, in lower case, is one of
 * words (a list ending in NULL). */
static int ner_word_after_in(const char *s, size_t len, size_t e, const char *const *words)
{
	if (e + 1 >= len || (s[e] != ' ' && s[e] != '\n'))
		return 0;
	size_t w = e + 1, x = w;
	while (x < len && s[x] >= 'a' && s[x] <= 'z')
		x++;
	for (int k = 0; words[k]; k++)
		if (ner_lit_is(words[k], s + w, x - w))
			return 1;
	return 0;
}

/* Whether the word after the name ending at byte e (past its "'s") is a
 * noun only a company has: "Yahoo shares", "Yahoo's shareholders". */
static int ner_company_noun_after(const char *s, size_t len, size_t e)
{
	static const char *const nouns[] = { "shares", "stock", "shareholders", "stockholders", "subsidiary",
					     "subsidiaries", "executives", "employees", "headquarters", "revenue",
					     "revenues", "earnings", "profits", NULL };
	size_t pe = ner_possessive_end(s, len, e);
	return ner_word_after_in(s, len, pe ? pe : e, nouns);
}

static int ner_word_before_in(const char *s, size_t i, const char *const *words);

/* Whether the word right before the name at byte a is a lower-case noun
 * of a kind of company or body, as an apposition names one: "sugar group
 * Beghin-Say", "the insurer Seguros Sucre", "fintech startup Simetrik",
 * "the national statistics institute (Istat)". */
static int ner_company_kind_before(const char *s, size_t a)
{
	/* Past the bracket the name is given in. */
	if (a >= 2 && s[a - 1] == '(' && s[a - 2] == ' ')
		a -= 2;
	return ner_word_before_in(s, a, ner_body_kinds);
}

/* The mentions of l whose type is in types (a bit per type), of two
 * bytes or more on one line (and of one word, with one_word), as refs
 * sorted by text, in the thread's scratch; their number in *np. */
static struct ner_word_ref *ner_refs_sorted(const char *s, const struct ner_list *l, unsigned types, int one_word,
					    size_t *np)
{
	struct ner_word_ref *p = xscratch_alloc((l->n ? l->n : 1) * sizeof *p);
	size_t k = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if ((types & (1u << m->type)) && n >= 2 && !ner_chr(s, s + m->start, '\n', n) &&
		    !(one_word && ner_chr(s, s + m->start, ' ', n)))
			p[k++] = (struct ner_word_ref){ s + m->start, n, i };
	}
	if (k > 1)
		ner_word_refs_sort(p, k);
	*np = k;
	return p;
}

/* Whether a title stands right before the name at byte start ("Mr.
 * Yahoo"). */
static int ner_title_just_before(const char *s, size_t start)
{
	size_t pe = ner_blank_before(s, start), ps = ner_word_start(s, 0, pe);
	return pe > ps && (lexicon_lookup(s + ps, pe - ps) & LEX_TITLE) != 0;
}

/* The group of refs p[0..np) (sorted) whose text is the last word of the
 * person's fuller name m, or np. */
static size_t ner_ref_surname(const char *s, const struct ner_mention *m, const struct ner_word_ref *p, size_t np)
{
	size_t b = ner_word_start(s, m->start, m->end);
	struct ner_word_ref key = { s + b, m->end - b, 0 };
	return ner_word_ref_find(p, np, &key);
}

/* Whether a[0..n) and b[0..n) are the same words, a line break and a
 * space alike (a name wrapped in one place and not in another). */
static int ner_same_words(const char *a, const char *b, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (a[k] != b[k] && !((a[k] == ' ' || a[k] == '\n') && (b[k] == ' ' || b[k] == '\n')))
			return 0;
	return 1;
}

/* The end of the group of refs of one text that starts at p[g]. */
static size_t ner_ref_group_end(const struct ner_word_ref *p, size_t np, size_t g)
{
	size_t h = g + 1;
	while (h < np && p[h].n == p[g].n && memcmp(p[h].s, p[g].s, p[g].n) == 0)
		h++;
	return h;
}

/* Types every mention of refs p[g..h) as type, as a rule's (no margin). */
static void ner_ref_retype(struct ner_list *l, const struct ner_word_ref *p, size_t g, size_t h, enum ner_type type)
{
	for (size_t k = g; k < h; k++) {
		struct ner_mention *o = &l->v[p[k].i];
		o->type = type;
		o->margin = 0;
	}
}

/* Verbs of buying a company, before its name: "bought Quillr". */
static const char *const ner_buy_verbs[] = { "bought", "buy", "buys", "buying", "acquired", "acquire", "acquires",
					     "acquiring", "purchased", NULL };

/* A one-word name the model took for a person is a company where its
 * story writes it before a noun only a company has ("Yahoo shares",
 * "Yahoo's shareholders"), after a kind of company ("sugar group
 * Beghin-Say") or before an apposition that names a kind of body ("Istat,
 * the national statistics institute,"), unless a title stands before it anywhere
 * ("Mr. Yahoo") or it ends a person's fuller name in the story. A name
 * the lists know as a given name or a person stays. So is a one-word
 * "place" no list knows, and one that is bought ("bought Quillr"): a
 * person may be acquired by a team, a place is not bought in the news,
 * so a name the model took for a person at every mention is not retyped
 * by a verb of buying.
 * The one-word names are sorted by text, so that a long story costs
 * n log n, not n². */
static void ner_company_nouns(const char *s, size_t len, struct ner_list *l)
{
	struct xscratch_mark mark = xscratch_mark();
	/* The one-word people and places, sorted by text: the groups asked
	 * about. Places a list knows are left out at once: they stay
	 * places. */
	size_t np = 0;
	struct ner_word_ref *p = xscratch_alloc((l->n ? l->n : 1) * sizeof *p);
	/* But a town or region the story names a company after, with its
	 * legal form ("Piedmont Aviation Inc ... Piedmont shares"), is asked
	 * too: those companies, by their first word. */
	size_t nf = 0;
	struct ner_word_ref *firm = NULL;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if ((m->type != NER_PERSON && m->type != NER_PLACE) || n < 2 || ner_chr(s, s + m->start, ' ', n) ||
		    ner_chr(s, s + m->start, '\n', n))
			continue;
		unsigned cls = m->type == NER_PLACE ? lexicon_lookup(s + m->start, n) : 0;
		if (cls & (LEX_COUNTRY | LEX_DEMONYM))
			continue;
		if ((cls & (LEX_CITY | LEX_REGION)) || m->type == NER_PERSON) {
			if (!firm) {
				firm = xscratch_alloc((l->n ? l->n : 1) * sizeof *firm);
				for (size_t j = 0; j < l->n; j++) {
					const struct ner_mention *o = &l->v[j];
					size_t fe = ner_blank_at(s, o->start, o->end);
					if (o->type == NER_ORG && fe < o->end && ner_ends_legal_form(s, o->start, o->end))
						firm[nf++] = (struct ner_word_ref){ s + o->start, fe - o->start, j };
				}
				/* Sorted, so that a long story's places cost a search
				 * each. */
				if (nf > 1)
					ner_word_refs_sort(firm, nf);
			}
			struct ner_word_ref key = { s + m->start, n, 0 };
			if (m->type == NER_PLACE && ner_word_ref_find(firm, nf, &key) == nf)
				continue;
		}
		p[np++] = (struct ner_word_ref){ s + m->start, n, i };
	}
	if (np > 1)
		ner_word_refs_sort(p, np);
	if (!np) {
		xscratch_release(mark);
		return;
	}
	/* What the story says of each group (kept at its first entry in p):
	 * a company's noun by a mention of its text, a title before one, a
	 * fuller person's name ending in it, a verb of buying before it. */
	unsigned char *company = memset(xscratch_alloc(np), 0, np), *person = memset(xscratch_alloc(np), 0, np);
	unsigned char *bought = memset(xscratch_alloc(np), 0, np);
	/* The groups a list keeps as they are (a given name, a known
	 * place: most places; a "place" that news writes in lower case) are
	 * asked nothing; place[g], whether the model took one of the group's
	 * mentions for a place. */
	unsigned char *asked = memset(xscratch_alloc(np), 0, np), *place = memset(xscratch_alloc(np), 0, np);
	/* firmed[g]: the story names a company after the group's text, with
	 * its legal form; there the company's own verbs tell it too
	 * ("Brunswick reported earnings", "Bethlehem also said"). */
	unsigned char *firmed = memset(xscratch_alloc(np), 0, np), *acts = memset(xscratch_alloc(np), 0, np);
	/* given[g]: a fuller person's name in the story starts with it
	 * ("Scott Ferris ... Scott"). */
	unsigned char *given = memset(xscratch_alloc(np), 0, np);
	int any = 0;
	for (size_t g = 0, h; g < np; g = h) {
		h = ner_ref_group_end(p, np, g);
		firmed[g] = nf && ner_word_ref_find(firm, nf, &p[g]) < nf;
		for (size_t k = g; k < h; k++)
			place[g] |= l->v[p[k].i].type == NER_PLACE;
		/* (A place a list knows never got into p.) A person's name
		 * the story names a company after is asked, given name or
		 * not ("Scott Instruments Inc ... Scott said it"). */
		asked[g] = (!(lexicon_lookup(p[g].s, p[g].n) & (LEX_FIRST_NAME | LEX_PERSON)) &&
			    !(place[g] && lexicon_lowercase(p[g].s, p[g].n))) ||
			   (firmed[g] && !place[g]);
		any |= asked[g];
	}
	if (!any) {
		xscratch_release(mark);
		return;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		int one = !ner_chr(s, s + m->start, ' ', n) && !ner_chr(s, s + m->start, '\n', n);
		struct ner_word_ref key = { s + m->start, n, 0 };
		if (!one) {
			size_t lo = m->type == NER_PERSON ? ner_ref_surname(s, m, p, np) : np;
			if (lo < np)
				person[lo] = 1;
			if (m->type == NER_PERSON) {
				struct ner_word_ref first = { s + m->start, ner_blank_at(s, m->start, m->end) - m->start, 0 };
				lo = ner_word_ref_find(p, np, &first);
				if (lo < np)
					given[lo] = 1;
			}
			continue;
		}
		size_t lo = ner_word_ref_find(p, np, &key);
		if (lo == np || !asked[lo])
			continue;
		company[lo] |= ner_company_noun_after(s, len, m->end) || ner_company_kind_before(s, m->start) ||
			       ner_body_apposition(s, len, m->end);
		person[lo] |= ner_title_just_before(s, m->start);
		bought[lo] |= ner_word_before_in(s, m->start, ner_buy_verbs);
		if (firmed[lo]) {
			static const char *const verbs[] = { "said", "says", "reported", "posted", "earned", "expects",
							     "agreed", "announced", NULL };
			size_t e = m->end;
			/* Past an adverb of its own: "Bethlehem also said". */
			if (ner_word_after_in(s, len, e, (const char *const[]){ "also", NULL }))
				e += 5;
			acts[lo] |= ner_word_after_in(s, len, e, verbs);
		}
	}
	for (size_t g = 0, h; g < np; g = h) {
		h = ner_ref_group_end(p, np, g);
		if (asked[g] && (company[g] || (place[g] && bought[g]) || acts[g] || (firmed[g] && !place[g] && !given[g])) &&
		    !person[g])
			ner_ref_retype(l, p, g, h, NER_ORG);
	}
	xscratch_release(mark);
}

/* A "place" that is an organization the story names, then a country or
 * city, is that organization's arm there ("Quillsoft Japan", "Movira
 * Peru" where the story names Quillsoft and Movira as organizations):
 * the model read the place at its end; not where the organization is a
 * word news writes in lower case, a piece of another name. The
 * organizations are sorted by text, so each check is a search. */
static void ner_org_branches(const char *s, struct ner_list *l)
{
	/* Most stories have no such place: the organizations are sorted
	 * only once one is seen. */
	struct xscratch_mark mark = xscratch_mark();
	size_t np = 0;
	struct ner_word_ref *p = NULL;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PLACE || ner_chr(s, s + m->start, '\n', m->end - m->start))
			continue;
		size_t w = ner_word_start(s, m->start, m->end);
		if (w <= m->start + 1 || s[w - 1] != ' ' ||
		    !(lexicon_lookup(s + w, m->end - w) & (LEX_COUNTRY | LEX_CITY)))
			continue;
		if (!p)
			p = ner_refs_sorted(s, l, 1u << NER_ORG, 0, &np);
		if (!np)
			break;
		struct ner_word_ref key = { s + m->start, w - 1 - m->start, 0 };
		if (ner_word_ref_find(p, np, &key) < np && !lexicon_lowercase(key.s, key.n)) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
	xscratch_release(mark);
}

/* Lower-case nouns of kinds of software and devices, of one word or two,
 * that follow a product's name ("the Quillfox web browser", "the Mandrel
 * layout engine") or come before it ("the layout engine Mandrel"). */
static const struct ner_kind {
	const char *s;
	size_t n;
} ner_product_kinds[] = {
#define NER_KIND(x) { x, sizeof x - 1 }
	NER_KIND("browser"),	      NER_KIND("web browser"),	 NER_KIND("email client"),
	NER_KIND("e-mail client"),    NER_KIND("mail client"),	 NER_KIND("layout engine"),
	NER_KIND("rendering engine"), NER_KIND("game engine"),	 NER_KIND("operating system"),
	NER_KIND("programming language"), NER_KIND("web server"), NER_KIND("text editor"),
	NER_KIND("source code"),      NER_KIND("smartphone"),	 NER_KIND("smartphones"),
	NER_KIND("plug-in"),	      NER_KIND("plugin"),	 NER_KIND("add-on"),
	NER_KIND("add-ons"),	      NER_KIND("plug-ins"),	 NER_KIND("plugins"),
	NER_KIND("runtime"),	      NER_KIND("runtimes"),	 NER_KIND("compiler"),
	NER_KIND("binary"),	      NER_KIND("binaries"),	 NER_KIND("module"),
	NER_KIND("modules"),	      NER_KIND("app"),		 NER_KIND("apps"),
#undef NER_KIND
};

/* The kinds (a bit each, by their order) by their first, second, last
 * and second to last bytes, made once: most words start and end as no
 * kind does. */
static uint32_t ner_kind_first[256], ner_kind_second[256], ner_kind_last[256], ner_kind_before_last[256];
static pthread_once_t ner_kind_once = PTHREAD_ONCE_INIT;
_Static_assert(sizeof ner_product_kinds / sizeof *ner_product_kinds <= 32, "a kind is a bit");

static void ner_kind_init(void)
{
	for (size_t k = 0; k < sizeof ner_product_kinds / sizeof *ner_product_kinds; k++) {
		const struct ner_kind *d = &ner_product_kinds[k];
		ner_kind_first[(unsigned char)d->s[0]] |= 1u << k;
		ner_kind_second[(unsigned char)d->s[1]] |= 1u << k;
		ner_kind_last[(unsigned char)d->s[d->n - 1]] |= 1u << k;
		ner_kind_before_last[(unsigned char)d->s[d->n - 2]] |= 1u << k;
	}
}

/* The length of the product kind at s[i..len) (after one blank), or 0.
 * Most names have none: the letter after the blank turns most away. */
static size_t ner_product_kind_after(const char *s, size_t len, size_t i)
{
	if (i + 2 >= len || s[i] != ' ')
		return 0;
	i++;
	pthread_once(&ner_kind_once, ner_kind_init);
	/* The kinds that start with the next two bytes, in their order. */
	uint32_t starts = ner_kind_first[(unsigned char)s[i]] & ner_kind_second[(unsigned char)s[i + 1]];
	for (; starts; starts &= starts - 1) {
		const struct ner_kind *d = &ner_product_kinds[__builtin_ctz(starts)];
		if (d->s[0] != s[i] || d->s[1] != s[i + 1])
			continue;
		size_t n = d->n;
		if (i + n <= len && memcmp(s + i, d->s, n) == 0 &&
		    (i + n == len || !((s[i + n] >= 'a' && s[i + n] <= 'z') || s[i + n] == '-')))
			return n;
	}
	return 0;
}

/* The length of the product kind that ends at byte e of s after a blank
 * (the longest: "web browser" over "browser"), or 0. */
static size_t ner_product_kind_ending(const char *s, size_t e)
{
	if (e < 3)
		return 0;
	pthread_once(&ner_kind_once, ner_kind_init);
	/* The kinds that end with the last two bytes, in their order. */
	uint32_t ends = ner_kind_last[(unsigned char)s[e - 1]] & ner_kind_before_last[(unsigned char)s[e - 2]];
	size_t best = 0;
	for (; ends; ends &= ends - 1) {
		const struct ner_kind *d = &ner_product_kinds[__builtin_ctz(ends)];
		size_t n = d->n;
		if (n > best && d->s[n - 1] == s[e - 1] && d->s[n - 2] == s[e - 2] && e >= n + 1 &&
		    memcmp(s + e - n, d->s, n) == 0 && (s[e - n - 1] == ' ' || s[e - n - 1] == '\n'))
			best = n;
	}
	return best;
}

/* Whether a product kind ends right before byte a, with a comma or not
 * ("the layout engine Mandrel", "an experimental engine, Mandrel"). */
static int ner_product_kind_before(const char *s, size_t a)
{
	size_t e = a;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e > 0 && s[e - 1] == ',')
		e--;
	return ner_product_kind_ending(s, e) > 0;
}

/* A product's name ends before its kind in lower case, and before "Web"
 * that starts its kind ("the Internet Explorer Web browser", "its Quillfox
 * Web site"), which the recognizer had run into the name. */
static void ner_kind_tails(const char *s, size_t len, struct ner_list *l)
{
	static const char *const web[] = { "site", "sites", "page", "pages", "browser", "browsers", "server", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* Most names' last word is capitalised and no "Web". */
		size_t lw = ner_word_start(s, m->start, e);
		if (lw == m->start || (!(s[lw] >= 'a' && s[lw] <= 'z') && !(e - lw == 3 && s[lw] == 'W')))
			continue;
		size_t kn = ner_product_kind_ending(s, e);
		if (kn && e >= m->start + kn + 2)
			e -= kn + 1;
		size_t w = ner_word_start(s, m->start, e);
		if (w > m->start + 1 && e - w == 3 && memcmp(s + w, "Web", 3) == 0 &&
		    (e < m->end || ner_word_after_in(s, len, m->end, web)))
			e = w - 1;
		if (e != m->end) {
			while (e > m->start && s[e - 1] == ' ')
				e--;
			m->end = e;
			m->margin = 0;
		}
	}
}

static int ner_upper_at(const char *s, size_t i)
{
	return s[i] >= 'A' && s[i] <= 'Z';
}

static int ner_alnum_at(const char *s, size_t i)
{
	/* Two compares, not six: the byte with bit 0x20 set is a small letter
	 * only if it was a letter; this test runs on most bytes of a story. */
	unsigned char c = (unsigned char)s[i];
	return (unsigned char)((c | 0x20) - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

/* The end of an edition's word after a product's version that ends at e
 * ("iPhone 12 Pro", "Galaxy S21 Ultra", "iPad Air"), or of a series and
 * its number ("Series 6"), or e. */
static size_t ner_product_edition(const char *s, size_t len, size_t e)
{
	static const struct ner_lit editions[] = { NER_LIT("Pro"),  NER_LIT("Max"),   NER_LIT("Mini"), NER_LIT("Plus"),
						   NER_LIT("Ultra"), NER_LIT("Lite"), NER_LIT("XL"),   NER_LIT("SE"),
						   NER_LIT("Air") };
	if (e + 3 > len || s[e] != ' ' || s[e + 1] < 'A' || s[e + 1] > 'Z')
		return e;
	size_t we = e + 1;
	while (we < len && ner_alnum_at(s, we))
		we++;
	/* A series and its number or letter ("Apple Watch Series 6", "Xbox
	 * Series X"). */
	if (ner_lit_is("Series", s + e + 1, we - e - 1) && we + 1 < len && s[we] == ' ' && ner_alnum_at(s, we + 1)) {
		size_t x = we + 1;
		while (x < len && ner_alnum_at(s, x))
			x++;
		if (x - we - 1 <= 2 && ((s[we + 1] >= '0' && s[we + 1] <= '9') || x - we - 1 == 1))
			return x;
	}
	return NER_LIT_IN(editions, s + e + 1, we - e - 1) ? we : e;
}

/* The end of a product's version number after e ("Windows 8", "Internet
 * Explorer 11", "Firefox 3.5"), or e where none follows: a number of up to
 * four digits, with dotted parts, that no unit or count word follows
 * ("Windows 10 percent" is no version). */
static size_t ner_product_version(const char *s, size_t len, size_t e)
{
	static const char *const units[] = { "percent", "per", "pct", "million", "billion", "mln", "bln",
					     "times", "of", NULL };
	if (e + 2 > len || s[e] != ' ' || !(s[e + 1] >= '0' && s[e + 1] <= '9'))
		return e;
	size_t k = e + 1, digits = 0;
	while (k < len && s[k] >= '0' && s[k] <= '9' && digits < 5)
		k++, digits++;
	if (digits > 4)
		return e;
	while (k + 1 < len && s[k] == '.' && s[k + 1] >= '0' && s[k + 1] <= '9') {
		k++;
		while (k < len && s[k] >= '0' && s[k] <= '9')
			k++;
	}
	if (k < len && !strchr(" \n,;:)!?", s[k]) && !(s[k] == '.' && (k + 1 == len || s[k + 1] == ' ' || s[k + 1] == '\n')))
		return e;
	if (k + 1 < len && s[k] == ' ') {
		size_t w = k + 1, we = w;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		for (int u = 0; units[u]; u++)
			if (ner_lit_is(units[u], s + w, we - w))
				return e;
		return ner_product_edition(s, len, k);
	}
	return k;
}

/* The lower-case and capital letters of the line of byte a within 256
 * bytes either way (a file of one long line costs no more a word), into
 * *lower and *upper: whether the line is prose or a headline in capitals. */
static void ner_line_letters(const char *s, size_t len, size_t a, int *lower, int *upper)
{
	*lower = *upper = 0;
	for (size_t k = a; k > 0 && a - k < 256 && s[k - 1] != '\n'; k--) {
		*lower += s[k - 1] >= 'a' && s[k - 1] <= 'z';
		*upper += s[k - 1] >= 'A' && s[k - 1] <= 'Z';
	}
	for (size_t k = a; k < len && k - a < 256 && s[k] != '\n'; k++) {
		*lower += s[k] >= 'a' && s[k] <= 'z';
		*upper += s[k] >= 'A' && s[k] <= 'Z';
	}
}

/* Whether the capital of a word at a of s says it is a name: not at a
 * line's or a sentence's start ("Chrome metal 99.0 pct" in a table), nor
 * in a line without a small letter (a headline in capitals). */
static int ner_product_case_says(const char *s, size_t len, size_t a)
{
	size_t p = a;
	while (p > 0 && a - p < 256 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p == 0 || s[p - 1] == '\n' || strchr(".!?:\"", s[p - 1]))
		return 0;
	int lower, upper;
	ner_line_letters(s, len, a, &lower, &upper);
	return lower > 0;
}

/* Whether the line of byte a has more lower-case letters than capitals:
 * prose, not a headline in capitals, even one after a field's name
 * ("Title: KOREAN AIR ORDERS"). */
static int ner_line_mostly_lower(const char *s, size_t len, size_t a)
{
	int lower, upper;
	ner_line_letters(s, len, a, &lower, &upper);
	return lower > upper;
}

/* Whether c is one of "./@_" (with "-#" too if before: the byte before a
 * word), or NUL, as strchr finds them: a byte of an address, told without
 * the call, which ran at every word with a capital. */
static int ner_address_byte(char c, int before)
{
	return c == '.' || c == '/' || c == '@' || c == '_' || c == '\0' || (before && (c == '-' || c == '#'));
}

/* text_is_word_edge(s, n, i), two ASCII bytes told here as it tells them
 * (a word's bytes are letters, digits and "_"), without the call, which
 * the listed products' walk made at both ends of every word with a
 * capital. */
static int ner_word_edge(const char *s, size_t n, size_t i)
{
	if (i == 0 || i >= n)
		return 1;
	unsigned char c0 = (unsigned char)s[i - 1], c1 = (unsigned char)s[i];
	if ((c0 | c1) >= 0x80)
		return text_is_word_edge(s, n, i);
	return !(ner_alnum_at(s, i) || c1 == '_') || !(ner_alnum_at(s, i - 1) || c0 == '_');
}

/* The prefixes of ships' names ("USS Cole", "HMS Beagle", "MV Sewol"). */
static const struct ner_lit ner_ship_prefixes[] = { NER_LIT("USS"),  NER_LIT("HMS"),   NER_LIT("HMAS"),
						    NER_LIT("HMCS"), NER_LIT("HMNZS"), NER_LIT("RMS"),
						    NER_LIT("USNS"), NER_LIT("USCGC"), NER_LIT("MV") };

/* Kinds of vessel that news writes before a ship's name ("the cruise
 * ship Harbour Princess", "the frigate Almirante Brown"); a carrier only
 * after "aircraft" (an airline is a carrier). */
static const struct ner_lit ner_ship_kinds[] = {
	NER_LIT("ship"),       NER_LIT("tanker"),    NER_LIT("vessel"),   NER_LIT("freighter"),  NER_LIT("ferry"),
	NER_LIT("liner"),      NER_LIT("frigate"),   NER_LIT("destroyer"), NER_LIT("submarine"), NER_LIT("warship"),
	NER_LIT("cruiser"),    NER_LIT("battleship"), NER_LIT("yacht"),   NER_LIT("trawler"),    NER_LIT("corvette"),
	NER_LIT("icebreaker"), NER_LIT("steamer"),   NER_LIT("schooner")
};

/* Prefixes that are too often something else to name a ship alone ("MS"
 * a disease, "SS" a force, "INS" an agency): a ship's after a kind of
 * vessel ("the cruise liner MS Astoria"). */
static const struct ner_lit ner_ship_kind_prefixes[] = { NER_LIT("MS"), NER_LIT("SS"), NER_LIT("MT"),
							 NER_LIT("MY"), NER_LIT("RV"), NER_LIT("INS") };

/* Words before a kind of vessel that make it a verb ("to ship Kenyan
 * tea", "will ferry them"). */
static const struct ner_lit ner_ship_verb_cues[] = { NER_LIT("to"),    NER_LIT("will"),  NER_LIT("would"),
						     NER_LIT("could"), NER_LIT("can"),   NER_LIT("may"),
						     NER_LIT("might"), NER_LIT("must"),  NER_LIT("should"),
						     NER_LIT("not"),   NER_LIT("and"),   NER_LIT("or") };

/* Whether the word that ends at byte e (before a blank) is a kind of
 * vessel that names the ship after it. */
static int ner_ship_kind_before(const char *s, size_t e)
{
	size_t ks = ner_word_start(s, 0, e), kn = e - ks;
	if (kn < 4 || kn > 10 || !(s[ks] >= 'a' && s[ks] <= 'z'))
		return 0;
	int kind = NER_LIT_IN(ner_ship_kinds, s + ks, kn) ||
		   (kn == 7 && memcmp(s + ks, "carrier", 7) == 0 && ks >= 9 && memcmp(s + ks - 9, "aircraft ", 9) == 0);
	if (!kind || ks < 2 || s[ks - 1] != ' ')
		return kind;
	size_t vs = ner_word_start(s, 0, ks - 1);
	return !NER_LIT_IN(ner_ship_verb_cues, s + vs, ks - 1 - vs);
}

/* Whether a word that ends in the letters y z can be a kind of vessel
 * or a ship's prefix (ner_ship_kinds, ner_ship_prefixes): a switch, asked
 * of the word before most words with a capital. */
static inline int ner_ship_pair(unsigned char y, unsigned char z)
{
	switch (z) {
	case 'p':
		return y == 'i';
	case 'r':
	case 'l':
		return y == 'e';
	case 'y':
		return y == 'r';
	case 'e':
		return y == 't' || y == 'n';
	case 't':
		return y == 'h';
	case 'S':
	case 'V':
		return 1;
	case 'C':
		return y == 'G';
	case 'T':
	case 'Y':
		return y == 'M';
	default:
		return 0;
	}
}

/* Where the ship's name that goes on at byte a starts: at the prefix
 * before it ("USS [Cole]"), at a where a kind of vessel in lower case is
 * the word before ("the tanker [Valmora Star]"), or a + 1 where neither
 * is (a name's first byte is never at 0 after a word). */
static size_t ner_ship_start(const char *s, size_t a)
{
	if (a < 4 || s[a - 1] != ' ' || !ner_upper_at(s, a))
		return a + 1;
	/* The last two letters of the word before, as a kind or a prefix
	 * ends: most words end otherwise, and are done with here. */
	if (!ner_ship_pair((unsigned char)s[a - 3], (unsigned char)s[a - 2]))
		return a + 1;
	size_t ps = ner_word_start(s, 0, a - 1);
	size_t pn = a - 1 - ps;
	if (pn < 2 || pn > 10)
		return a + 1;
	if (ner_upper_at(s, ps)) {
		if (NER_LIT_IN(ner_ship_prefixes, s + ps, pn))
			return ps;
		return NER_LIT_IN(ner_ship_kind_prefixes, s + ps, pn) && ps >= 2 && s[ps - 1] == ' ' &&
				       ner_ship_kind_before(s, ps - 1) ?
			       ps :
			       a + 1;
	}
	return ner_ship_kind_before(s, a - 1) ? a : a + 1;
}

/* The end of a ship's name that starts at a capital at byte a and that
 * no mention holds: its words with a capital, an initial ("Gerald R.
 * Ford") or a number ("Valmora 2"), up to four, not past byte lim. */
static size_t ner_ship_name_end(const char *s, size_t a, size_t lim)
{
	size_t e = a;
	for (int w = 0; w < 4 && a < lim && (ner_upper_at(s, a) || (w > 0 && s[a] >= '0' && s[a] <= '9')); w++) {
		size_t x = a + 1;
		while (x < lim && (ner_alnum_at(s, x) || s[x] == '-' || (unsigned char)s[x] >= 0x80))
			x++;
		if (x < lim && s[x] == '.' && x - a == 1)
			x++;
		else if (x < lim && s[x] != ' ')
			break;
		e = x;
		if (x + 1 >= lim || s[x] != ' ')
			break;
		a = x + 1;
		/* One "of" between ("Empress of Norway"). */
		if (w < 3 && a + 4 < lim && memcmp(s + a, "of ", 3) == 0 && ner_upper_at(s, a + 3))
			a += 3;
	}
	return e;
}

/* The end of a ship's name that no mention holds and that starts at the
 * word with a capital at byte u, not past byte lim, or 0 where none does;
 * *st, where the mention starts: at u after a kind of vessel ("the cruise
 * ship [Harbour Princess]"), or at u where u is the prefix ("[MV Torvik]").
 * Not a country or a word often capitalised after a kind, nor a headline
 * in capitals after a prefix ("USS UNIT RAISES"). */
static size_t ner_ship_unfound(const char *s, size_t u, size_t lim, size_t *st)
{
	size_t ns = u;
	/* A prefix is in capitals, and starts as one of them does; a kind
	 * ends as ner_ship_pair says: most words with a capital are done
	 * with here, before any call. */
	int prefix = u + 1 < lim && (s[u] == 'U' || s[u] == 'H' || s[u] == 'R' || s[u] == 'M') &&
		     ner_upper_at(s, u + 1);
	if (!prefix && !(u >= 4 && s[u - 1] == ' ' && ner_ship_pair((unsigned char)s[u - 3], (unsigned char)s[u - 2])))
		return 0;
	if (prefix && (u == 0 || !ner_alnum_at(s, u - 1))) {
		size_t we = ner_space_end(s, u, lim);
		if (we - u >= 2 && we - u <= 5 && we + 1 < lim && s[we] == ' ' && ner_upper_at(s, we + 1) &&
		    NER_LIT_IN(ner_ship_prefixes, s + u, we - u) &&
		    !text_caps_word(s + we + 1, ner_space_end(s, we + 1, lim) - we - 1))
			ns = we + 1;
	}
	if (ns == u && ner_ship_start(s, u) != u)
		return 0;
	size_t e = ner_ship_name_end(s, ns, lim);
	if (e <= ns || (ns == u && (lexicon_lookup(s + ns, e - ns) & (LEX_COUNTRY | LEX_COMMON))))
		return 0;
	*st = u;
	return e;
}

/* A product a list knows whole ("Firefox", "iPhone", "Ozempic") is an
 * other name whatever the model made of it ("Chrome" a place), and a name
 * right after a product of one word that the model left out is the
 * product's ("macOS Sonoma", "Xbox Series X"); so is its version after it.
 * Its walk over the words with a capital outside the names also finds the
 * ships' names the model left out (ner_ship_unfound). */
static void ner_listed_products(const char *s, size_t len, struct ner_list *l)
{
	int pushed = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* A maker's name the model ran on into the product it made a
		 * thing for ("[Kestrel Games] for (the) PlayStation 4"): the maker's
		 * alone, the product found below. */
		const char *f = m->type == NER_ORG ? ner_find(s, s + m->start, m->end - m->start, " for ", 5) : NULL;
		if (f) {
			/* The product whole, or with its version, after "the"
			 * too ("for the PlayStation 4"). */
			size_t ps = (size_t)(f - s) + 5, pe = m->end;
			if (ps + 4 < m->end && memcmp(s + ps, "the ", 4) == 0)
				ps += 4;
			if (!lexicon_product(s + ps, pe - ps) && (pe = ner_word_start(s, ps, m->end)) > ps + 1)
				pe = ner_product_version(s, len, pe - 1) == m->end ? pe - 1 : ps;
			if (pe > ps && lexicon_product(s + ps, pe - ps)) {
				m->end = (size_t)(f - s);
				m->margin = 0;
			}
		}
		/* A country's name the model ran on into the product ("[U.S.
		 * West Texas Intermediate] crude"): a place, and the product. */
		const char *cs = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (cs && m->type != NER_MISC && lexicon_product(cs + 1, (size_t)(s + m->end - cs - 1)) &&
		    (lexicon_lookup(s + m->start, (size_t)(cs - s) - m->start) & LEX_COUNTRY)) {
			size_t ps = (size_t)(cs - s) + 1, ce = (size_t)(cs - s);
			ner_push(l, m->start, ce, NER_PLACE);
			m = &l->v[i];
			m->start = ps;
			pushed = 1;
		}
		if (lexicon_product(s + m->start, m->end - m->start)) {
			m->type = NER_MISC;
			m->margin = 0;
			/* Its version or edition, where no other mention starts
			 * there. */
			size_t v = ner_product_version(s, len, m->end);
			if (v == m->end)
				v = ner_product_edition(s, len, m->end);
			if (v > m->end && (i + 1 == l->n || l->v[i + 1].start >= v))
				m->end = v;
			continue;
		}
		/* A name that begins with such a product is an edition of it
		 * ("macOS Vardena" that the model took for a person), unless a
		 * company's word makes it a body; but an edition's word that is
		 * a company's too is the edition's ("iPhone SE"). */
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		/* The product may be of two words ("Apple Watch Series 6"). */
		if (sp && !lexicon_product(s + m->start, (size_t)(sp - (s + m->start)))) {
			const char *sp2 = ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1));
			if (sp2 && lexicon_product(s + m->start, (size_t)(sp2 - (s + m->start))))
				sp = sp2;
		}
		size_t lw = ner_word_start(s, m->start, m->end);
		if (sp && lexicon_product(s + m->start, (size_t)(sp - (s + m->start))) &&
		    ((!ner_company_word(s + lw, m->end - lw) && !(lexicon_lookup(s + lw, m->end - lw) & LEX_ORG_WORD)) ||
		     ner_product_edition(s, len, (size_t)(sp - s)) == m->end)) {
			m->type = NER_MISC;
			m->margin = 0;
			/* A series' number the model left out ("Apple Watch
			 * [Series] 6"), where no other mention starts there. */
			size_t se = ner_product_edition(s, len, (size_t)(sp - s));
			if (se > m->end && (i + 1 == l->n || l->v[i + 1].start >= se))
				m->end = se;
			/* A count the model took with it is not its version
			 * ("Chrome 20 percent of the time"). */
			size_t pe = (size_t)(sp - s), d = pe + 1;
			while (d < m->end && ((s[d] >= '0' && s[d] <= '9') || s[d] == '.'))
				d++;
			if (d == m->end && d > pe + 1 && ner_product_version(s, len, pe) == pe)
				m->end = pe;
			else if (d == m->end && d > pe + 1) {
				/* An edition's word after the version, where no
				 * other mention starts there. */
				size_t ed = ner_product_edition(s, len, m->end);
				if (ed > m->end && (i + 1 == l->n || l->v[i + 1].start >= ed))
					m->end = ed;
			}
			continue;
		}
		/* A listed company's name before one of its products is the
		 * product ("Google Chrome", "Adobe Photoshop"), which the model
		 * took for the company. */
		if (sp && m->type == NER_ORG && lexicon_product(sp + 1, (size_t)(s + m->end - sp - 1)) &&
		    (lexicon_lookup(s + m->start, (size_t)(sp - (s + m->start))) & LEX_ORG)) {
			m->type = NER_MISC;
			m->margin = 0;
			continue;
		}
		size_t b = m->start;
		if (b < 3 || s[b - 1] != ' ')
			continue;
		size_t w = b - 1;
		while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != '\t')
			w--;
		if (w + 1 < b - 1 && (i == 0 || l->v[i - 1].end <= w) && lexicon_product(s + w, b - 1 - w)) {
			m->start = w;
			m->type = NER_MISC;
			m->margin = 0;
		}
	}
	if (pushed)
		ner_sort_mentions(l->v, l->n);
	/* And one the model did not find at all ("mail goes through Gmail"):
	 * a word with a capital, or two, that the list knows whole, outside
	 * the names found and not in an address ("gmail.com", "@Gmail"). */
	size_t n0 = l->n, next = 0;
	for (size_t a = 0; a < len;) {
		while (next < n0 && l->v[next].end <= a)
			next++;
		if (next < n0 && l->v[next].start <= a) {
			a = l->v[next].end;
			continue;
		}
		size_t limit = next < n0 ? l->v[next].start : len;
		/* Most words have no capital: the words before the first capital
		 * up to the next name are passed over at once, where they were
		 * read a byte at a time. A word that runs into the name ends
		 * where its letters end, as the walk a word at a time ended it. */
		size_t u = text_upper_from(s, a, limit);
		if (u == limit) {
			a = limit;
			if (limit > 0 && ner_alnum_at(s, limit - 1))
				a = token_alnum_end(s, a, len);
			continue;
		}
		size_t b = token_alnum_end(s, u, len);
		while (u > a && ner_alnum_at(s, u - 1))
			u--;
		a = u;
		/* A ship's name the model did not find, after its kind or its
		 * prefix: the same walk finds it (ner_ships types the rest). */
		size_t st, se = ner_ship_unfound(s, a, limit, &st);
		if (se) {
			ner_push(l, st, se, NER_MISC);
			a = se;
			continue;
		}
		/* Both texts looked up below start with the word's first two
		 * bytes (its first and a blank where it has one byte): most
		 * words start as no product does and go no further. */
		if (!lexicon_product_pair((unsigned char)s[a], a + 1 < len ? (unsigned char)s[a + 1] : 0)) {
			a = b;
			continue;
		}
		int address = (a > 0 && ner_address_byte(s[a - 1], 1)) ||
			      (b + 1 < len && ner_address_byte(s[b], 0) && ner_alnum_at(s, b + 1));
		/* Not a piece of a word in another script ("näiPod"). */
		if (!address && b <= limit && ner_word_edge(s, len, a) && ner_word_edge(s, len, b)) {
			size_t e = 0;
			/* Two words first ("Apple Watch"), then one. */
			if (b + 1 < limit && s[b] == ' ' && ner_alnum_at(s, b + 1)) {
				size_t b2 = b + 1;
				while (b2 < len && ner_alnum_at(s, b2))
					b2++;
				if (b2 <= limit && !(b2 + 1 < len && ner_address_byte(s[b2], 0) && ner_alnum_at(s, b2 + 1)) &&
				    lexicon_product(s + a, b2 - a))
					e = b2;
			}
			if (!e && lexicon_product(s + a, b - a))
				e = b;
			if (e && ner_product_case_says(s, len, a)) {
				size_t v = ner_product_version(s, len, e);
				ner_push(l, a, v <= limit ? v : e, NER_MISC);
				a = e;
				continue;
			}
		}
		a = b;
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* The first of the texts s[mk[q]..mk[q]+mn[q]), q < nm, that is s[a..a+n),
 * or nm: a story's few names of a kind, looked up by text. */
static size_t ner_text_find(const char *s, const size_t *mk, const size_t *mn, size_t nm, size_t a, size_t n)
{
	size_t q = 0;
	while (q < nm && !(mn[q] == n && ner_same_words(s + mk[q], s + a, n)))
		q++;
	return q;
}

/* A person's name of two words whose first is the name of a company the
 * story names with its legal form, and no given name a list knows, is
 * the company's product, an other name ("Tarvex Inc ... its Tarvex
 * Mendoza phone", "Corvane Corporation ... Corvane Webmaker"): the model
 * took the product's name for a surname. The first 32 such companies
 * count, so that a long story costs a few compares a name. */
static void ner_maker_products(const char *s, struct ner_list *l)
{
	enum { MAXM = 32 };
	size_t mk[MAXM], mn[MAXM], nm = 0;
	for (size_t i = 0; i < l->n && nm < MAXM; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG)
			continue;
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (!sp || ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1)) ||
		    !(lexicon_lookup(sp + 1, (size_t)(s + m->end - sp - 1)) & LEX_COMPANY_SUFFIX))
			continue;
		size_t fn = (size_t)(sp - s) - m->start;
		if (ner_text_find(s, mk, mn, nm, m->start, fn) == nm) {
			mk[nm] = m->start;
			mn[nm++] = fn;
		}
	}
	for (size_t i = 0; i < l->n && nm; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON)
			continue;
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (!sp || ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1)))
			continue;
		size_t fn = (size_t)(sp - s) - m->start;
		if (ner_text_find(s, mk, mn, nm, m->start, fn) == nm ||
		    (lexicon_lookup(s + m->start, fn) & LEX_FIRST_NAME))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A name the model took for a person, a place or an organization is a
 * product, an other name, where its story writes it with a kind of
 * software or device ("the Quillfox web browser", "the layout engine
 * Mandrel"), unless a title stands before it anywhere, a person's fuller
 * name ends in it, or the lists know it as a given name, a person, a
 * country, a city or an organization. Names are sorted by text, so that a
 * long story costs n log n. */
static void ner_products(const char *s, size_t len, struct ner_list *l)
{
	/* Most stories name no kind of software: nothing to sort. */
	int any = 0;
	for (size_t i = 0; i < l->n && !any; i++)
		any = l->v[i].type != NER_DATE &&
		      (ner_product_kind_after(s, len, l->v[i].end) > 0 || ner_product_kind_before(s, l->v[i].start));
	if (!any)
		return;
	struct xscratch_mark mark = xscratch_mark();
	size_t np;
	struct ner_word_ref *p = ner_refs_sorted(s, l, 1u << NER_PERSON | 1u << NER_PLACE | 1u << NER_ORG, 0, &np);
	if (!np) {
		xscratch_release(mark);
		return;
	}
	unsigned char *product = memset(xscratch_alloc(np), 0, np), *person = memset(xscratch_alloc(np), 0, np);
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		struct ner_word_ref key = { s + m->start, m->end - m->start, 0 };
		size_t lo = ner_word_ref_find(p, np, &key);
		if (lo < np) {
			product[lo] |= ner_product_kind_after(s, len, m->end) > 0 || ner_product_kind_before(s, m->start);
			person[lo] |= ner_title_just_before(s, m->start);
		}
		/* A fuller name of a person that ends in a one-word name. */
		if (m->type == NER_PERSON && ner_chr(s, s + m->start, ' ', m->end - m->start)) {
			lo = ner_ref_surname(s, m, p, np);
			if (lo < np)
				person[lo] = 1;
		}
	}
	for (size_t g = 0, h; g < np; g = h) {
		h = ner_ref_group_end(p, np, g);
		if (!product[g] || person[g] ||
		    (lexicon_lookup(p[g].s, p[g].n) & (LEX_FIRST_NAME | LEX_PERSON | LEX_COUNTRY | LEX_CITY | LEX_ORG)))
			product[g] = 0;
		else
			ner_ref_retype(l, p, g, h, NER_MISC);
	}
	/* A person's, place's or organization's name of more words that starts
	 * with such a product is one too, a part or edition of it ("Quillfox
	 * Sync"); not a body with a company's or an organization's word
	 * ("Quillfox Foundation"). */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if ((m->type != NER_PERSON && m->type != NER_PLACE && m->type != NER_ORG) || !sp)
			continue;
		int body = 0;
		for (size_t w = (size_t)(sp - s) + 1; m->type == NER_ORG && w < m->end && !body;) {
			size_t we = ner_space_end(s, w, m->end);
			body = ner_company_word(s + w, we - w) || (lexicon_lookup(s + w, we - w) & LEX_ORG_WORD);
			w = we + 1;
		}
		if (body)
			continue;
		struct ner_word_ref key = { s + m->start, (size_t)(sp - (s + m->start)), 0 };
		size_t lo = ner_word_ref_find(p, np, &key);
		if (lo < np && product[lo]) {
			m->type = NER_MISC;
			m->margin = 0;
		}
	}
	xscratch_release(mark);
}

/* Text split into tokens by another tool writes "U.S." as "U . S .", and
 * the model then finds "U" alone, or "S . Marshals Service" without its
 * "U .". A name next to such spaced initials takes them all in, with the
 * last full stop unless it ends the line; names the initials join become
 * one, of the type of the one that goes on past them. */
static void ner_spaced_initials(const char *s, size_t n, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type == NER_DATE) {
			l->v[o++] = m;
			continue;
		}
		/* Back over "X . " before a name that starts with an initial. */
		while (m.start >= 4 && m.end - m.start >= 3 && ner_upper_at(s, m.start) && s[m.start + 1] == ' ' &&
		       s[m.start + 2] == '.' && s[m.start - 1] == ' ' && s[m.start - 2] == '.' && s[m.start - 3] == ' ' &&
		       ner_upper_at(s, m.start - 4) && (m.start == 4 || !ner_alnum_at(s, m.start - 5)) &&
		       (o == 0 || l->v[o - 1].end <= m.start - 4))
			m.start -= 4;
		/* A person's name after one spaced initial, which the model
		 * took apart: "D . Ankhbayar", "Yu . Boldbaatar" (not the end
		 * of "U . S . "). */
		if (m.type == NER_PERSON && m.start >= 4 && s[m.start - 1] == ' ' && s[m.start - 2] == '.' &&
		    s[m.start - 3] == ' ') {
			size_t b = m.start - 3, a0 = b;
			if (a0 > 0 && s[a0 - 1] >= 'a' && s[a0 - 1] <= 'z')
				a0--;
			if (a0 > 0 && ner_upper_at(s, a0 - 1))
				a0--;
			/* Of two letters, one no list knows: not "Dr", "Mr", "St". */
			/* After a title's full stop ("Dr . D . Ankhbayar"), not
			 * another initial's. */
			int chain = a0 >= 4 && s[a0 - 1] == ' ' && s[a0 - 2] == '.' && s[a0 - 3] == ' ' &&
				    ner_upper_at(s, a0 - 4) && (a0 == 4 || !ner_alnum_at(s, a0 - 5));
			int alone = a0 < b && ner_upper_at(s, a0) && (a0 == 0 || !ner_alnum_at(s, a0 - 1)) && !chain &&
				    (b - a0 == 1 || (!lexicon_lookup(s + a0, b - a0) && !lexicon_lowercase(s + a0, b - a0)));
			if (alone && (o == 0 || l->v[o - 1].end <= a0 ||
				      (l->v[o - 1].start == a0 && l->v[o - 1].end == b && l->v[o - 1].type == NER_PERSON)))
				m.start = a0;
		}
		/* On over " . X" after a name that ends with an initial. */
		size_t e = m.end, letters = 0;
		if (ner_upper_at(s, e - 1) && (e - 1 == m.start || s[e - 2] == ' '))
			while (e + 4 <= n && s[e] == ' ' && s[e + 1] == '.' && s[e + 2] == ' ' && ner_upper_at(s, e + 3) &&
			       (e + 4 == n || !ner_alnum_at(s, e + 4))) {
				e += 4;
				letters++;
			}
		if (letters) {
			if (e + 2 <= n && s[e] == ' ' && s[e + 1] == '.' && e + 2 < n && s[e + 2] == ' ')
				e += 2;
			m.end = e;
			/* The names it now reaches are part of it, as is an
			 * organization right after it ("U . S . Marshals"). */
			if (i + 1 < l->n && l->v[i + 1].type == NER_ORG && l->v[i + 1].start == m.end + 1 &&
			    s[m.end] == ' ') {
				i++;
				m.end = l->v[i].end;
				m.type = NER_ORG;
				m.margin = l->v[i].margin;
			}
			while (i + 1 < l->n && l->v[i + 1].start < m.end) {
				if (l->v[i + 1].end > m.end) {
					m.end = l->v[i + 1].end;
					m.type = l->v[i + 1].type;
					m.margin = l->v[i + 1].margin;
				}
				i++;
			}
		}
		/* A name it took in from behind. */
		if (o > 0 && l->v[o - 1].end > m.start)
			o--;
		l->v[o++] = m;
	}
	l->n = o;
}

static int ner_space_at(const char *s, size_t i)
{
	return s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
}

/* The bytes an opening quotation mark starts with. */
static const unsigned char ner_quote_first[256] = { ['`'] = 1, [0xE2] = 1, ['\''] = 1, ['"'] = 1 };

/* The first byte from s[i] on (up to n) that may open a quotation, or n:
 * sixteen bytes at a time with SSE2 (else eight), as most of an article
 * has none. */
static size_t ner_quote_scan(const char *s, size_t n, size_t i)
{
#if defined(__SSE2__)
	const __m128i q1 = _mm_set1_epi8('`'), q2 = _mm_set1_epi8('\''), q3 = _mm_set1_epi8('"'),
		      q4 = _mm_set1_epi8((char)0xE2);
#define NER_QUOTE_HITS(x) \
	((unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q1), _mm_cmpeq_epi8(x, q2)), \
						  _mm_or_si128(_mm_cmpeq_epi8(x, q3), _mm_cmpeq_epi8(x, q4)))))
	/* Whole blocks in a loop of their own, which had chosen each load's
	 * place among three cases (this reads most of every story). */
	size_t from = i;
	for (; i + 16 <= n; i += 16) {
		unsigned m = NER_QUOTE_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
	/* The rest in the sixteen bytes that end at n, those before i (read
	 * already) left out. */
	if (i < n && n - from >= 16) {
		unsigned m = NER_QUOTE_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + n - 16))) &
			     (~0u << (16 - (n - i)));
		return m ? n - 16 + (size_t)__builtin_ctz(m) : n;
	}
#undef NER_QUOTE_HITS
#endif
	const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones, k = 0x7f * ones;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		/* Any byte not ASCII stops the skip too (0xE2 is one). */
		if (x & high)
			break;
		/* Bytes below 0x80 now: a byte's sum with 0x7f carries into no
		 * other and has its high bit set unless the byte is 0, so that
		 * the high bits of the three sums ANDed are all set unless a
		 * byte is one of the marks. */
		uint64_t none = ((x ^ '`' * ones) + k) & ((x ^ '\'' * ones) + k) & ((x ^ '"' * ones) + k);
		if ((none & high) != high)
			break;
	}
	while (i < n && !ner_quote_first[(unsigned char)s[i]])
		i++;
	return i;
}

/* The length of an opening quotation mark at s[i] (``, “, ‘, ' or "),
 * else 0. */
static size_t ner_open_quote(const char *s, size_t n, size_t i)
{
	if (!ner_quote_first[(unsigned char)s[i]])
		return 0;
	if (i > 0 && !ner_space_at(s, i - 1) && s[i - 1] != '(')
		return 0;
	if (i + 1 < n && s[i] == '`' && s[i + 1] == '`')
		return 2;
	if (i + 3 <= n && (memcmp(s + i, "\xe2\x80\x9c", 3) == 0 || memcmp(s + i, "\xe2\x80\x98", 3) == 0))
		return 3;
	if (s[i] == '\'' || s[i] == '"')
		return 1;
	return 0;
}

/* The length of a closing quotation mark at s[i] ('', ”, ’, ' or "),
 * not an apostrophe inside a word, else 0. */
static size_t ner_close_quote(const char *s, size_t n, size_t i)
{
	size_t q = 0;
	if (i + 1 < n && s[i] == '\'' && s[i + 1] == '\'')
		q = 2;
	else if (i + 3 <= n && (memcmp(s + i, "\xe2\x80\x9d", 3) == 0 || memcmp(s + i, "\xe2\x80\x99", 3) == 0))
		q = 3;
	else if (s[i] == '\'' || s[i] == '"')
		q = 1;
	if (q && i + q < n && ner_alnum_at(s, i + q))
		return 0;
	/* A possessive written apart ("Tajikistan ’ s relations") is no
	 * closing mark either. */
	int apostrophe = (q == 3 && (unsigned char)s[i + 2] == 0x99) || (q == 1 && s[i] == '\'');
	if (apostrophe && i + q + 1 < n && s[i + q] == ' ' && s[i + q + 1] == 's' &&
	    (i + q + 2 >= n || !ner_alnum_at(s, i + q + 2)))
		return 0;
	return q;
}

static int ner_small_word(const char *w, size_t n)
{
	static const char *const small[] = { "a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "from",
					     "with", "or", NULL };
	/* They are of one to four bytes: a longer word is compared with none. */
	if (n == 0 || n > 4)
		return 0;
	for (int k = 0; small[k]; k++)
		if (ner_lit_is(small[k], w, n))
			return 1;
	return 0;
}

/* Whether the word before byte i, in lower case and standing alone, is
 * one of words (a list ending in NULL). */
static int ner_word_before_in(const char *s, size_t i, const char *const *words)
{
	size_t e = i;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z')
		b--;
	if (b == e || (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n'))
		return 0;
	for (size_t k = 0; words[k]; k++)
		if (ner_lit_is(words[k], s + b, e - b))
			return 1;
	return 0;
}

static int ner_list_joint(const char *s, size_t a, size_t b);

/* Whether the word before byte i (the opening quotation mark) names a
 * kind of work: "the film", "his novel", "the song". */
static int ner_work_before(const char *s, size_t i)
{
	static const char *const works[] = { "album",	 "book",   "documentary", "film",   "movie",
					     "musical",	 "novel",  "opera",	  "play",   "poem",
					     "programme", "series", "show",	  "single", "song", NULL };
	return ner_word_before_in(s, i, works);
}

/* Whether the quotation mark at byte i opens a list of works: "include"
 * or "including" before it, and a kind of works in the plural before that
 * on its line ("Singles from the album include “...”"). */
static int ner_work_list_before(const char *s, size_t i)
{
	static const char *const cue[] = { "include", "includes", "included", "including", NULL };
	static const struct ner_lit works[] = { NER_LIT("singles"), NER_LIT("songs"),  NER_LIT("tracks"),
						NER_LIT("albums"),  NER_LIT("films"),  NER_LIT("novels"),
						NER_LIT("books"),   NER_LIT("poems"),  NER_LIT("plays") };
	if (!ner_word_before_in(s, i, cue))
		return 0;
	/* Up to 100 bytes back, on the line. */
	size_t b = i;
	while (b > 0 && i - b < 100 && s[b - 1] != '\n')
		b--;
	/* Its words, in any case ("Singles from the album include"). */
	for (size_t w = b; w < i;) {
		size_t e = w;
		while (e < i && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
			e++;
		for (size_t k = 0; k < sizeof works / sizeof *works && e > w; k++)
			if (ner_lit_is_nocase(works[k].w, s + w, e - w))
				return 1;
		w = e + 1;
	}
	return 0;
}

/* Drops the mentions a pass marked with type NER_NTYPES and sorts the
 * list again, where the pass pushed names (n0: the count before it); a
 * pass that pushed none marked none. */
static void ner_drop_marked(struct ner_list *l, size_t n0)
{
	if (l->n == n0)
		return;
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++)
		if (l->v[k].type != NER_NTYPES)
			l->v[o++] = l->v[k];
	l->n = o;
	ner_sort_mentions(l->v, l->n);
}

/* A copy of a quoted title in the story, for ner_title_copies. */
struct ner_copy {
	size_t start, end;	/* the words written again */
	size_t lo, hi;		/* the model's names within, l->v[lo..hi) */
	enum ner_type type;
};

static int ner_copy_cmp(const void *x, const void *y)
{
	const struct ner_copy *p = x, *q = y;
	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	return p->end > q->end ? -1 : p->end < q->end;
}

/* A quoted title is the story's name for the work wherever else it writes
 * it just so, without the marks ("the “ Durban Call to Action ” ... to
 * fulfil the Durban Call to Action"), of its type: the names the model
 * found within those words give way to it, and it is made where the
 * model found none; not where a name runs across its first or last word,
 * nor where the model found just those words (a quoted nickname is a
 * person's name: "“ El Tigre Ruiz ” ... El Tigre Ruiz said"). Titles of
 * two words or more (t[0..nt), each of its type); one
 * word alone ("Jaws") is too often a word of the story's own. A title
 * with margin -1 was never quoted: its own place is a copy too. */
static void ner_title_copies(const char *s, size_t n, struct ner_list *l, const struct ner_mention *t, size_t nt)
{
	struct ner_copy *c = NULL;
	size_t nc = 0, cap = 0;
	for (size_t k = 0; k < nt; k++) {
		size_t a = t[k].start, len = t[k].end - a;
		const char *p = s;
		while ((p = text_find(p, n - (size_t)(p - s), s + a, len)) != NULL) {
			size_t x = (size_t)(p - s), e = x + len;
			p++;
			if ((x == a && t[k].margin >= 0) || (x > 0 && ner_word_byte(s[x - 1])) ||
			    (e < n && ner_word_byte(s[e])))
				continue;
			/* The model's names over those words. */
			size_t lo = ner_first_ending_after(l, l->n, x);
			int across = 0;
			size_t j = lo;
			for (; j < l->n && l->v[j].start < e; j++)
				across |= l->v[j].start < x || l->v[j].end > e ||
					  (l->v[j].start == x && l->v[j].end == e);
			if (across)
				continue;
			c = xgrow(c, &cap, nc + 1, sizeof *c);
			c[nc++] = (struct ner_copy){ x, e, lo, j, t[k].type };
		}
	}
	if (!nc)
		return;
	/* In the text's order, the longer first where two start alike; one
	 * that overlaps a copy taken (another title's, or the same title
	 * written over itself) is not. A sort, as a story may write a title
	 * very many times. */
	qsort(c, nc, sizeof *c, ner_copy_cmp);
	size_t n0 = l->n, last = 0;
	for (size_t i = 0; i < nc; i++) {
		if (c[i].start < last)
			continue;
		last = c[i].end;
		for (size_t q = c[i].lo; q < c[i].hi; q++)
			l->v[q].type = NER_NTYPES;	/* dropped below */
		ner_push(l, c[i].start, c[i].end, c[i].type);
	}
	free(c);
	ner_drop_marked(l, n0);
}

/* Whether a dash and a running time ("– 3:41", "- 4 : 02") follow byte
 * i on its line, a bracket between ("( featuring Lars Berg ) – 3:55"). */
static int ner_track_time(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == '(') {
		size_t c = i + 1;
		while (c < n && c - i < 80 && s[c] != ')' && s[c] != '\n' && s[c] != '(')
			c++;
		if (c >= n || s[c] != ')')
			return 0;
		i = c + 1;
		while (i < n && s[i] == ' ')
			i++;
	}
	if (i + 3 <= n && memcmp(s + i, "\xe2\x80\x93", 3) == 0)
		i += 3;
	else if (i < n && s[i] == '-')
		i++;
	else
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t d = i;
	while (i < n && i - d < 3 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == d)
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i >= n || s[i] != ':')
		return 0;
	i++;
	while (i < n && s[i] == ' ')
		i++;
	return i + 2 <= n && s[i] >= '0' && s[i] <= '5' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
	       (i + 2 == n || !(s[i + 2] >= '0' && s[i + 2] <= '9'));
}

/* "the Durban Call to Action", "the Velmar Return to Work": a name the
 * model ended at a word news writes in lower case (a body's, a place's or
 * an other name, not a person's), then "to" and another such word in
 * capitals, is one title with them (MISC), where the story
 * writes the whole twice or more (a headline's "Velmar Airways to Cut"
 * once). Added to t[0..nt) (room for max), each with margin -1: its every
 * place is a copy for ner_title_copies. Returns the new count. */
static size_t ner_call_titles(const char *s, size_t n, const struct ner_list *l, struct ner_mention *t, size_t nt,
			      size_t max)
{
	for (size_t i = 0; i < l->n && nt < max; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* " to " and a capital after the name (asked first). */
		if (m->type == NER_PERSON || m->type == NER_DATE || m->type == NER_GROUP || e + 6 > n || s[e] != ' ' ||
		    s[e + 1] != 't' || s[e + 2] != 'o' || s[e + 3] != ' ' || !(s[e + 4] >= 'A' && s[e + 4] <= 'Z'))
			continue;
		size_t lw = ner_word_start(s, m->start, e), we = e + 4;
		while (we < n && ((s[we] >= 'a' && s[we] <= 'z') || (s[we] >= 'A' && s[we] <= 'Z')))
			we++;
		if (lw == m->start || !ner_lowercase_word(s + lw, e - lw) ||
		    !ner_lowercase_word(s + e + 4, we - e - 4) || (we < n && ner_word_byte(s[we])) ||
		    (i + 1 < l->n && l->v[i + 1].start < we))
			continue;
		/* Twice in the story at least. */
		const char *p = text_find(s, n, s + m->start, we - m->start);
		if (!p || !text_find(p + 1, n - (size_t)(p + 1 - s), s + m->start, we - m->start))
			continue;
		int seen = 0;
		for (size_t k = 0; k < nt && !seen; k++)
			seen = t[k].end - t[k].start == we - m->start &&
			       memcmp(s + t[k].start, s + m->start, we - m->start) == 0;
		if (!seen)
			t[nt++] = (struct ner_mention){ .start = m->start, .end = we, .type = NER_MISC, .margin = -1 };
	}
	return nt;
}

/* A title in quotation marks ("`` American Pie ''", "‘ Catching Fire ’")
 * is one name, of works and events (MISC), where the model found a name
 * in part of it: two to six words, each capitalised but for short
 * function words, the first and last capitalised. What the model found
 * inside gives way. */
static void ner_quoted_titles(const char *s, size_t n, struct ner_list *l)
{
	size_t n0 = l->n;
	size_t mi = 0;	/* the first mention that may end after the quote */
	/* Where the last title of a list of works ended ("the songs “A”, “B”
	 * and “C”"): the next title joined to it is a work too. */
	size_t work_end = SIZE_MAX;
	/* The titles of two words or more, for ner_title_copies: the first
	 * 16 a story quotes, as each is a search of the whole story. */
	struct ner_mention titles[16];
	size_t nt = 0;
	for (size_t i = ner_quote_scan(s, n, 0); i < n; i = ner_quote_scan(s, n, i + 1)) {
		size_t oq = ner_open_quote(s, n, i);
		if (!oq)
			continue;
		int work = (work_end < i && ner_list_joint(s, work_end, i)) || ner_work_before(s, i) ||
			   ner_work_list_before(s, i);
		size_t a = i + oq;
		while (a < n && s[a] == ' ')
			a++;
		/* A leading "the" is outside the name (ANNOTATION.md): "The
		 * [Big Lebowski]". */
		if (a + 4 < n && (memcmp(s + a, "The ", 4) == 0 || memcmp(s + a, "THE ", 4) == 0)) {
			size_t x = a + 4;
			while (x < n && s[x] == ' ')
				x++;
			if (x < n && ner_upper_at(s, x))
				a = x;
		}
		if (a >= n || !ner_upper_at(s, a))
			continue;
		/* The words up to the closing mark, on this line. */
		size_t p = a, words = 0, last_end = a, cq = 0;
		int ok = 1;
		while (p < n && s[p] != '\n' && p - a < 120) {
			if ((cq = ner_close_quote(s, n, p)) != 0 && p > a)
				break;
			if (s[p] == ' ') {
				p++;
				continue;
			}
			size_t w = p;
			while (p < n && s[p] != ' ' && s[p] != '\n' && !(p > w && ner_close_quote(s, n, p)))
				p++;
			size_t wn = p - w;
			if (wn == 1 && (s[w] == ',' || s[w] == '.' || s[w] == '?' || s[w] == '!'))
				continue;
			while (wn > 1 && (s[w + wn - 1] == ',' || s[w + wn - 1] == '.'))
				wn--;
			words++;
			/* A capital or a number, or a short function word: not
			 * the last one (last_end SIZE_MAX until another). */
			if (ner_thousands(s + w, wn))
				ok = 0;
			else if (ner_upper_at(s, w) || (s[w] >= '0' && s[w] <= '9'))
				last_end = w + wn;
			else if (ner_small_word(s + w, wn))
				last_end = SIZE_MAX;
			else
				ok = 0;
		}
		/* A track list's line gives a song's length after its title
		 * ("“ Glasshouse ” – 3 : 41"): a work, of one word too. */
		if (cq && !work)
			work = ner_track_time(s, n, p + cq);
		if (!cq || !ok || words < 1 + !work || words > 6 || last_end == SIZE_MAX)
			continue;
		size_t b = last_end;
		/* The model's names inside: one at least, none across the
		 * marks, and not one that is the title already. */
		while (mi < n0 && l->v[mi].end <= a)
			mi++;
		size_t inside = 0, exact = 0, across = 0;
		for (size_t k = mi; k < n0 && l->v[k].start < b; k++) {
			if (l->v[k].start >= a && l->v[k].end <= b) {
				inside++;
				exact |= l->v[k].start == a && l->v[k].end == b;
			} else {
				across = 1;
			}
		}
		if (work && !across)
			work_end = p + cq;
		/* A work's title the model did not find, or found in part. */
		int title = -1;	/* the title's type, where it is one */
		if ((inside || work) && !exact && !across) {
			for (size_t k = mi; k < n0 && l->v[k].start < b; k++)
				l->v[k].type = NER_NTYPES;	/* dropped below */
			ner_push(l, a, b, NER_MISC);
			title = NER_MISC;
		} else if (exact && inside == 1 && !across) {
			/* "the film “Paris Nights”": the kind of work says what the
			 * title is, whatever the model made of it. */
			for (size_t k = mi; k < n0 && l->v[k].start < b; k++)
				if (l->v[k].start == a && l->v[k].end == b) {
					if (work) {
						l->v[k].type = NER_MISC;
						l->v[k].margin = 0;
					}
					if (l->v[k].type != NER_DATE)
						title = (int)l->v[k].type;
				}
		}
		if (title >= 0 && words >= 2 && nt < 16)
			titles[nt++] = (struct ner_mention){ .start = a, .end = b, .type = (enum ner_type)title };
		i = p;
	}
	/* A title added is a name dropped. */
	ner_drop_marked(l, n0);
	nt = ner_call_titles(s, n, l, titles, nt, 16);
	ner_title_copies(s, n, l, titles, nt);
}

/* A mention's words folded and joined by single spaces, so that a name
 * broken over two lines matches the same name on one: into buf (cap
 * bytes) when it fits, else into a new string (ner_fold_free frees it). */
static char *ner_folded_words(const char *s, size_t start, size_t end, char *buf, size_t cap)
{
	/* The words joined go on the stack when they fit (a name mostly). */
	char stack[256];
	stack[0] = 0; /* GCC cannot tell that text_fold reads only what is written */
	char *flat = end - start + 1 <= sizeof stack ? stack : xmalloc(end - start + 1), *o = flat;
	int space = 0;
	for (size_t i = start; i < end; i++) {
		char c = s[i];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			space = o > flat;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = c;
	}
	size_t fl;
	char *f = text_fold_buf(flat, (size_t)(o - flat), buf, cap, &fl);
	if (flat != stack)
		free(flat);
	return f;
}

static void ner_fold_free(char *f, const char *buf)
{
	if (f != buf)
		free(f);
}

/* The first of the sorted names v[0..n) not before f. */
static size_t ner_names_lower(char *const *v, size_t n, const char *f)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(v[mid], f) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int ner_name_known(char *const *v, size_t n, const char *f)
{
	size_t lo = ner_names_lower(v, n, f);
	return lo < n && strcmp(v[lo], f) == 0;
}

/* The type the article gives the name folded as f elsewhere, other than a
 * person's, or -1. all holds "folded\x01T" entries, sorted; tails the
 * ends of the organizations' entries after each of their spaces, sorted,
 * for a short form ("Chargers" of "San Diego Chargers"). */
static int ner_other_type(char *const *all, size_t nall, char *const *tails, size_t ntails, const char *f)
{
	size_t fn = strlen(f);
	for (size_t lo = ner_names_lower(all, nall, f);
	     lo < nall && strncmp(all[lo], f, fn) == 0 && all[lo][fn] == '\x01'; lo++)
		if (all[lo][fn + 1] - 'A' != NER_PERSON && all[lo][fn + 2] == 0)
			return all[lo][fn + 1] - 'A';
	size_t lo = ner_names_lower(tails, ntails, f);
	if (lo < ntails && strncmp(tails[lo], f, fn) == 0 && tails[lo][fn] == '\x01')
		return NER_ORG;
	return -1;
}

/* Whether the word before byte i of s is a preposition that puts a place
 * before what follows ("Ambassador to Jordan Atallah Khairi"). */
static int ner_place_preposition_before(const char *s, size_t i)
{
	static const char *const preps[] = { "to", "of", "in", "at", "from", "near", NULL };
	return ner_word_before_in(s, i, preps);
}

/* A given name and a company's one-word name that the model read as the
 * company ("guard Phil Ford scored") is a person, but for after a
 * preposition of place or an article: the lists know the firms named for
 * a person in full ("John Deere", "Walt Disney"). */
static void ner_given_name_firms(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG || !ner_upper_at(s, m->start))
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		if (fw + 2 >= m->end || ner_chr(s, s + fw + 1, ' ', m->end - fw - 1) || !ner_upper_at(s, fw + 1))
			continue;
		unsigned c1 = lexicon_lookup(s + m->start, fw - m->start);
		if (!(c1 & LEX_FIRST_NAME) || (c1 & (LEX_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION)) ||
		    !(lexicon_lookup(s + fw + 1, m->end - fw - 1) & LEX_ORG) || lexicon_lookup(s + m->start, m->end - m->start))
			continue;
		/* Not after a preposition of place or an article: "checked
		 * into Betty Ford" names the clinic. */
		static const char *const preps[] = { "into", "at", "to", "from", "in", "on", "near",
						     "the", "a", "an", NULL };
		if (ner_word_before_in(s, m->start, preps))
			continue;
		m->type = NER_PERSON;
		m->margin = 0;
	}
}

/* A given name the model typed apart from the rest of a person's name
 * ("Regina" as a city before "M . Benjamin", "LuAnn" before "Marie
 * Johnson") is the person's: one capitalised word, a given name or a word
 * no list knows, right before a person's name of two words or more with
 * only a space between, is its first word. Demonyms, countries, a place
 * after "to" or "of", and a word the article also names alone ("Chargers
 * Jamal Williams", a team) stay apart. */
static void ner_given_names(const char *s, struct ner_list *l)
{
	/* The one-word names the article writes other than before a person,
	 * sorted, to look up: made when a name first asks (most stories have
	 * no word before a person's name to join), while the list is still as
	 * it came (nothing is joined before). */
	char **alone = NULL;
	size_t na = 0;
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++) {
		struct ner_mention *a = &l->v[k];
		if (k + 1 < l->n) {
			const struct ner_mention *b = &l->v[k + 1];
			size_t an = a->end - a->start;
			int join = b->type == NER_PERSON && a->type != NER_PERSON && a->type != NER_DATE &&
				   b->start == a->end + 1 && s[a->end] == ' ' && ner_chr(s, s + b->start, ' ', b->end - b->start) &&
				   !ner_chr(s, s + a->start, ' ', an) && !ner_chr(s, s + a->start, '-', an) && an >= 2 &&
				   text_starts_upper(s + a->start, an) && !text_all_upper(s + a->start, an);
			if (join) {
				unsigned cls = lexicon_lookup(s + a->start, an);
				join = ((cls & LEX_FIRST_NAME) || cls == 0) && !(cls & (LEX_COUNTRY | LEX_REGION)) &&
				       !ner_place_preposition_before(s, a->start);
			}
			if (join && !alone) {
				alone = xmalloc(l->n * sizeof *alone);
				for (size_t q = 0; q < l->n; q++) {
					const struct ner_mention *x = &l->v[q];
					size_t xn = x->end - x->start;
					if (x->type == NER_DATE || ner_chr(s, s + x->start, ' ', xn) ||
					    (q + 1 < l->n && l->v[q + 1].type == NER_PERSON &&
					     l->v[q + 1].start == x->end + 1))
						continue;
					alone[na++] = xstrndup(s + x->start, xn);
				}
				ner_names_sort(alone, na);
			}
			if (join) {
				char *w = xstrndup(s + a->start, an);
				join = !ner_name_known(alone, na, w);
				free(w);
			}
			if (join) {
				l->v[o] = *a;
				l->v[o].end = b->end;
				l->v[o].type = NER_PERSON;
				l->v[o].margin = b->margin;
				o++;
				k++;
				continue;
			}
		}
		l->v[o++] = *a;
	}
	l->n = o;
	for (size_t k = 0; k < na; k++)
		free(alone[k]);
	free(alone);
}

/* A company's legal form written in lower case right after a name ("Zarnia
 * Steel corp said", as some wire copy writes it) is the name's end, as the
 * capitalised form is: the model, which saw that one, stops before it. */
static void ner_lower_suffixes(const char *s, size_t n, struct ner_list *l)
{
	static const char *const forms[] = { "corp", "inc", "ltd", "plc", "llc", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->end + 1, b = a;
		/* The word after starts as a form does ("c", "i", "l", "p")
		 * before it is walked: most do not. */
		if (m->type == NER_DATE || m->type == NER_GROUP || a >= n || s[m->end] != ' ' ||
		    !(s[a] == 'c' || s[a] == 'i' || s[a] == 'l' || s[a] == 'p'))
			continue;
		while (b < n && s[b] >= 'a' && s[b] <= 'z')
			b++;
		if (b < n && s[b] == '.')
			b++;
		if (b == a || (i + 1 < l->n && l->v[i + 1].start < b) || (b < n && ner_word_byte(s[b])))
			continue;
		size_t w = s[b - 1] == '.' ? b - 1 : b;
		for (int k = 0; forms[k]; k++)
			if (ner_lit_is(forms[k], s + a, w - a)) {
				m->end = b;
				m->type = NER_ORG;
				m->margin = 0;
				break;
			}
	}
}

/* A company's suffix the model took for a name alone (or with the end of
 * a bracket) ends the name before it, over a place or a word in brackets
 * ("Cheung Kong (Holdings) Ltd", "Nikko Securities Co (Europe) Ltd") or a
 * line end ("Rolls-Royce\n Ltd"); with no name before it, an abbreviation
 * is left out. */
static void ner_lone_suffixes(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++) {
		struct ner_mention *m = &l->v[k];
		size_t mn = m->end - m->start;
		/* The model may take the bracket's end with the suffix as the
		 * name ("Holdings) Ltd"): the name before the bracket gets both. */
		int bracket = m->type != NER_DATE && m->start > 0 && s[m->start - 1] == '(';
		size_t sp = m->end;
		while (bracket && sp > m->start && s[sp - 1] != ' ')
			sp--;
		if (bracket && sp > m->start &&
		    ner_chr(s, s + m->start, ')', sp - m->start) && !ner_chr(s, s + m->start, '(', mn) &&
		    (lexicon_lookup(s + sp, m->end - sp) & LEX_COMPANY_SUFFIX) && o > 0 &&
		    l->v[o - 1].type != NER_DATE && l->v[o - 1].end == ner_blank_before(s, m->start - 1)) {
			l->v[o - 1].end = m->end;
			l->v[o - 1].type = NER_ORG;
			continue;
		}
		if (m->type == NER_DATE || ner_chr(s, s + m->start, ' ', mn) || ner_chr(s, s + m->start, '\n', mn) ||
		    !(lexicon_lookup(s + m->start, mn) & LEX_COMPANY_SUFFIX)) {
			l->v[o++] = *m;
			continue;
		}
		size_t b = ner_blank_before(s, m->start), j = o;
		/* A bracket of one to three capitalised words before it. */
		if (b > 0 && s[b - 1] == ')') {
			size_t q = b - 1, words = 0;
			int ok = 1;
			while (q > 0 && s[q - 1] != '(' && ok && b - q < 40) {
				q--;
				if (s[q] == ' ' && q + 1 < b - 1 && s[q + 1] != ' ')
					words++;
				ok = s[q] != ')' && s[q] != '\n' && s[q] != '<' && s[q] != '>';
			}
			if (ok && q > 0 && s[q - 1] == '(' && words <= 2 && q < b - 1 && ner_upper_at(s, q)) {
				b = ner_blank_before(s, q - 1);
				/* The bracket's own names ("Europe") go into it. */
				while (j > 0 && l->v[j - 1].start >= q)
					j--;
			}
		}
		/* Capitals after a name in mixed case are its acronym ("Saudi
		 * Press Agency SPA"), not its suffix. */
		size_t lower = 0, letters = 0, dots = 0;
		for (size_t i = m->start; i < m->end; i++) {
			lower += s[i] >= 'a' && s[i] <= 'z';
			letters += (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');
			dots += s[i] == '.';
		}
		if (j > 0 && l->v[j - 1].type != NER_DATE && l->v[j - 1].end == b &&
		    (lower || dots || text_all_upper(s + l->v[j - 1].start, l->v[j - 1].end - l->v[j - 1].start))) {
			l->v[j - 1].end = m->end;
			l->v[j - 1].type = NER_ORG;
			o = j;
			continue;
		}
		/* An abbreviation in mixed case or with dots alone names
		 * nothing ("Ltd", "Inc.", "S.A."); a word ("Company", "Group")
		 * may be a story's short form, and capitals an acronym of
		 * another name ("JSC", "SA"). */
		if ((!lower && !dots) || letters > 4)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* An article ("The", "A", "An") is no name alone, nor "Opposition", and
 * "The" is not the last word of one ("S and P. The agency" read as a
 * person "P. The"; "Class A" keeps its letter). Nor is a word that joins a
 * name's parts ("of", "and", "for", "de" in lower case): a name cut before
 * a bracket or a capitalised "The" ("the Enforcement Division of the (SEC)",
 * "the Office of The King") ends before it. */
static void ner_articles(const char *s, struct ner_list *l)
{
	static const char *const arts[] = { "the", "a", "an" };
	static const char *const joins[] = { "of", "and", "for", "de" };
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++) {
		struct ner_mention *m = &l->v[k];
		int gone = 0;
		while (m->type != NER_DATE && m->end > m->start) {
			/* Every article and joining word ends in "e", "a", "n",
			 * "f", "d" or "r" (any case): other names are kept
			 * before any walk. */
			unsigned char z = (unsigned char)(s[m->end - 1] | 0x20);
			if (z != 'e' && z != 'a' && z != 'n' && z != 'f' && z != 'd' && z != 'r')
				break;
			/* "The Opposition" is the parties against the government,
			 * no name (the training data's labels, 48 times in 54). */
			if (z == 'n' && m->end - m->start == 10 && ner_lit_is_nocase("opposition", s + m->start, 10)) {
				gone = 1;
				break;
			}
			/* An article or a joining word is at most three bytes: the
			 * walk back to the last word's start stops at four, and
			 * longer words skip the compares. */
			size_t b = m->end;
			while (b > m->start && m->end - b < 4 && s[b - 1] != ' ' && s[b - 1] != '\n')
				b--;
			size_t wn = m->end - b;
			int art = 0, join = 0;
			for (size_t q = 0; q < sizeof arts / sizeof *arts && !art && wn <= 3; q++)
				art = ner_lit_is_nocase(arts[q], s + b, wn);
			for (size_t q = 0; q < sizeof joins / sizeof *joins && !join && wn <= 3; q++)
				join = ner_lit_is(joins[q], s + b, wn);
			int alone = b == m->start;
			if (!((art && (alone || wn == 3)) || join))
				break;
			size_t e = b;
			while (e > m->start && (s[e - 1] == ' ' || s[e - 1] == '\n'))
				e--;
			if (e == m->start) {
				gone = 1;
				break;
			}
			m->end = e;
		}
		if (!gone)
			l->v[o++] = *m;
	}
	l->n = o;
}

int ner_number_word(const char *s, size_t a, size_t b)
{
	int digit = 0;
	for (size_t i = a; i < b; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digit = 1;
		else if (s[i] != '.' && s[i] != ',' && s[i] != '/' && s[i] != '-' && s[i] != '+' && s[i] != ':')
			return 0;
	}
	return digit;
}

/* Whether the line [ls, le) is a line of a wire's table of results set as
 * "label vs label" with figures ("Oper shr loss two cts vs profit seven
 * cts", "Oper net 1,962,000 vs 768,000"): a word in lower case after its
 * first, " vs " and a figure on it, and no full stop at its end. */
static int ner_results_line(const char *s, size_t ls, size_t le)
{
	size_t e = le;
	while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\r'))
		e--;
	if (e == ls || s[e - 1] == '.')
		return 0;
	size_t w = ner_space_end(s, ls, e);
	while (w < e && s[w] == ' ')
		w++;
	if (w == e || !(s[w] >= 'a' && s[w] <= 'z'))
		return 0;
	/* " vs " first, by text_find (SSE2): most lines have none, and need
	 * no look at their digits, where each byte was compared with both. */
	if (!ner_find(s, s + w, e - w, " vs ", 4))
		return 0;
	for (size_t i = w; i < e; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

/* A word of a table's line in capitals beside a number ("MAY7 1554 UP
 * 11", "OFF 4"), or a line's first word before a number ("Loans 44.3 mln
 * vs 51.7 mln"), that news writes in lower case and no list names is a
 * column's word, not a name. */
static void ner_table_words(const char *s, size_t n, struct ner_list *l)
{
	/* The labels of the story's results lines (a few kept). */
	enum { MAXLABEL = 8 };
	size_t label[MAXLABEL], labeln[MAXLABEL], nlabel = 0;
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++) {
		struct ner_mention *m = &l->v[k];
		size_t mn = m->end - m->start;
		int drop = 0;
		size_t ls = m->start;
		while (ls > 0 && s[ls - 1] == ' ')
			ls--;
		/* Or the first word of a line, in any case, before a number:
		 * "Loans 44.3 mln vs 51.7 mln". */
		int first = ls == 0 || s[ls - 1] == '\n';
		if (m->type != NER_DATE && mn >= 2 && !ner_chr(s, s + m->start, ' ', mn) &&
		    (first || text_all_upper(s + m->start, mn)) && lexicon_lowercase(s + m->start, mn) &&
		    ner_lex_type(lexicon_lookup(s + m->start, mn)) < 0) {
			size_t le = m->end;
			while (ls > 0 && s[ls - 1] != '\n')
				ls--;
			while (le < n && s[le] != '\n')
				le++;
			int lower = 0;
			for (size_t i = ls; i < le && !lower && !first; i++)
				lower = s[i] >= 'a' && s[i] <= 'z';
			/* The words either side on its line. */
			size_t pb = m->start, ae = m->end;
			while (pb > ls && s[pb - 1] == ' ')
				pb--;
			size_t pa = pb;
			while (pa > ls && s[pa - 1] != ' ')
				pa--;
			while (ae < le && s[ae] == ' ')
				ae++;
			size_t ab = ae;
			ae = ner_space_end(s, ae, le);
			drop = !lower && ((pa < pb && ner_number_word(s, pa, pb) && !first) ||
					  (ab < ae && ner_number_word(s, ab, ae)));
		}
		/* The first word of a line of a table of results, whatever
		 * news does with it ("Oper shr loss ... vs ..."). */
		if (!drop && first && m->type != NER_DATE && !ner_chr(s, s + m->start, ' ', mn) &&
		    ner_lex_type(lexicon_lookup(s + m->start, mn)) < 0) {
			size_t le = m->end;
			while (le < n && s[le] != '\n')
				le++;
			drop = ner_results_line(s, m->start, le);
			if (drop && nlabel < MAXLABEL) {
				label[nlabel] = m->start;
				labeln[nlabel++] = mn;
			}
		}
		if (!drop)
			l->v[o++] = *m;
	}
	l->n = o;
	/* A word the story's table has as a label is one in its notes too
	 * ("Oper net 1,962,000 vs 768,000", then "NOTE: Oper net excludes
	 * a gain"): before a word in lower case. */
	o = 0;
	for (size_t k = 0; k < l->n && nlabel; k++) {
		const struct ner_mention *m = &l->v[k];
		size_t mn = m->end - m->start;
		int drop = 0;
		for (size_t q = 0; q < nlabel && !drop && m->type != NER_DATE; q++)
			drop = labeln[q] == mn && memcmp(s + label[q], s + m->start, mn) == 0 && m->end + 1 < n &&
			       s[m->end] == ' ' && s[m->end + 1] >= 'a' && s[m->end + 1] <= 'z';
		if (!drop)
			l->v[o++] = *m;
	}
	if (nlabel)
		l->n = o;
}

/* Whether byte c folds to itself but for case, one byte to one (text_fold
 * lower-cases ASCII letters and leaves the other printable ASCII bytes). */
static int ner_trim_plain(unsigned char c)
{
	return c > ' ' && c < 0x7f;
}

/* Notes the first and the last word of the name s[a..b) in lead, by
 * the lower case of its first byte (lead's index) and its length (a bit,
 * 63 for longer ones); 0 where the name has a byte that may fold to
 * another number of bytes, or a blank that ner_space_at does not tell. */
static int ner_trim_lead_words(const char *s, size_t a, size_t b, uint64_t *lead)
{
	size_t fs = SIZE_MAX, fe = 0, ls = 0;
	for (size_t p = a; p < b; p++) {
		if (ner_space_at(s, p))
			continue;
		if (!ner_trim_plain((unsigned char)s[p]))
			return 0;
		if (p == a || ner_space_at(s, p - 1)) {
			ls = p;
			if (fs == SIZE_MAX)
				fs = p;
		}
		if (fs != SIZE_MAX && fe == 0 && (p + 1 == b || ner_space_at(s, p + 1)))
			fe = p + 1;
	}
	if (fs == SIZE_MAX)
		return 1;
	size_t le = ls;
	while (le < b && !ner_space_at(s, le))
		le++;
	size_t fn = fe - fs < 63 ? fe - fs : 63, ln = le - ls < 63 ? le - ls : 63;
	lead[ner_ascii_lower[(unsigned char)s[fs]]] |= 1ull << fn;
	lead[ner_ascii_lower[(unsigned char)s[ls]]] |= 1ull << ln;
	return 1;
}

/* Whether the word s[a..e) (no blank in it) may be a word ner_trim_lead_words
 * noted: one of other bytes may. */
static int ner_trim_lead_is(const char *s, size_t a, size_t e, const uint64_t *lead)
{
	for (size_t p = a; p < e; p++)
		if (!ner_trim_plain((unsigned char)s[p]))
			return 1;
	size_t n = e - a < 63 ? e - a : 63;
	return (lead[ner_ascii_lower[(unsigned char)s[a]]] >> n & 1) != 0;
}

/* A sentence's first capital, a team's member or a trade set before a name
 * reads as part of it ("Charger Jamal Williams arrested...", "Moviemaker
 * Gary Ross", "Chargers WR Jackson"), and the model may then type the whole
 * as an organization. Where the same article names the person without
 * those words, and they are neither given names nor initials, they are
 * left out: the article shows where the name starts. A surname alone is
 * cut out so only after a name the article gives another type ("Chargers"),
 * and only if the article names someone of that surname in full. */
static void ner_trim_heads(const char *s, struct ner_list *l)
{
	/* Only a story that names two people or more has a name to trim
	 * (below, a person's name goes on another's): most do not, and need
	 * none of the lists. */
	size_t people_named = 0;
	for (size_t i = 0; i < l->n && people_named < 2; i++)
		people_named += l->v[i].type == NER_PERSON;
	if (people_named < 2)
		return;
	/* A name is trimmed only where the words after its first are a
	 * person's name or surname: the first of them is the first or the
	 * last word of a person's name, folded. Those words are kept by
	 * their first byte and length (the words' own when their bytes are
	 * ASCII letters and marks, which fold to one byte each), so that most
	 * names need neither the lists nor their folds; a name of other bytes
	 * lets every name through. */
	uint64_t lead[128] = { 0 };
	int open = 0;
	for (size_t i = 0; i < l->n && !open; i++)
		if (l->v[i].type == NER_PERSON)
			open = !ner_trim_lead_words(s, l->v[i].start, l->v[i].end, lead);
	/* The lists are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	size_t np = 0, nall = 0, nsur = 0, n0 = l->n;
	char **people = xscratch_alloc((l->n ? l->n : 1) * sizeof *people);
	char **surnames = xscratch_alloc((l->n ? l->n : 1) * sizeof *surnames);
	/* Every name with its type ("folded\x01T"), for the words left out. */
	char **all = xscratch_alloc((l->n ? l->n : 1) * sizeof *all);
	/* The strings of the three go into one arena: their places in it
	 * first (it moves as it grows), pointers once it is full. It is
	 * sized for names that fold no longer than written (ASCII ones),
	 * grown beyond. */
	size_t *off = xscratch_alloc(3 * (l->n ? l->n : 1) * sizeof *off);
	size_t *poff = off, *soff = off + l->n, *aoff = off + 2 * l->n;
	char *arena = NULL;
	size_t alen = 0, acap = 0;
	/* The lists are made and sorted, and the organizations' tails
	 * gathered, when a name first asks for them (no name has changed
	 * then): most stories' names never do. The story names two people
	 * or more, so the lists hold two people or more. */
	int sorted = 0;
	char **tails = NULL;
	size_t ntails = 0, captails = 0;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON && m->type != NER_ORG && m->type != NER_MISC)
			continue;
		size_t ws[8], we[8], nw = 0;
		for (size_t p = m->start; p < m->end && nw < 8; p++)
			if (!ner_space_at(s, p) && (p == m->start || ner_space_at(s, p - 1))) {
				ws[nw] = p;
				we[nw] = p;
				while (we[nw] < m->end && !ner_space_at(s, we[nw]))
					we[nw]++;
				nw++;
			}
		if (nw < 2 || nw >= 8)
			continue;
		for (size_t k = 1; k < nw; k++) {
			/* The word left out: not a given name, not an initial. */
			size_t wn = we[k - 1] - ws[k - 1];
			if (wn < 2 || s[we[k - 1] - 1] == '.' || (lexicon_lookup(s + ws[k - 1], wn) & LEX_FIRST_NAME))
				break;
			/* Nor a word that says "son of" or "daughter of": the
			 * name before it is the person's own, the one after his
			 * father's ("Hamdan bin [Rashid Al Tarvel]"). */
			if (lexicon_patronymic(s + ws[k - 1], wn))
				break;
			if (!ner_upper_at(s, ws[k]))
				continue;
			if (!open && !ner_trim_lead_is(s, ws[k], we[k], lead))
				continue;
			if (!sorted) {
				size_t want = 0;
				for (size_t j = 0; j < l->n; j++)
					if (l->v[j].type != NER_DATE)
						want += 2 * (l->v[j].end - l->v[j].start) + 4;
				arena = xgrow(arena, &acap, want ? want : 1, 1);
				for (size_t j = 0; j < l->n; j++) {
					if (l->v[j].type == NER_DATE)
						continue;
					char fb[256];
					char *f = ner_folded_words(s, l->v[j].start, l->v[j].end, fb, sizeof fb);
					size_t fn = strlen(f);
					if (alen + 2 * fn + 4 > acap)
						arena = xgrow(arena, &acap, alen + 2 * fn + 4, 1);
					aoff[nall++] = alen;
					memcpy(arena + alen, f, fn);
					arena[alen + fn] = '\x01';
					arena[alen + fn + 1] = (char)('A' + l->v[j].type);
					arena[alen + fn + 2] = 0;
					alen += fn + 3;
					if (l->v[j].type == NER_PERSON) {
						poff[np++] = alen;
						memcpy(arena + alen, f, fn);
						arena[alen + fn] = 0;
						const char *sp = strrchr(f, ' ');
						if (sp)
							soff[nsur++] = alen + (size_t)(sp - f) + 1;
						alen += fn + 1;
					}
					ner_fold_free(f, fb);
				}
				for (size_t j = 0; j < nall; j++)
					all[j] = arena + aoff[j];
				for (size_t j = 0; j < np; j++)
					people[j] = arena + poff[j];
				for (size_t j = 0; j < nsur; j++)
					surnames[j] = arena + soff[j];
				sorted = 1;
				ner_names_sort(people, np);
				ner_names_sort(surnames, nsur);
				ner_names_sort(all, nall);
				for (size_t q = 0; q < nall; q++) {
					size_t an = strlen(all[q]);
					if (all[q][an - 1] - 'A' != NER_ORG)
						continue;
					for (char *sp = strchr(all[q], ' '); sp; sp = strchr(sp + 1, ' ')) {
						tails = xgrow(tails, &captails, ntails + 1, sizeof *tails);
						tails[ntails++] = sp + 1;
					}
				}
				ner_names_sort(tails, ntails);
			}
			char fb[256], hb[256], mb[256];
			char *f = ner_folded_words(s, ws[k], m->end, fb, sizeof fb);
			int known = 0;
			if (nw - k >= 2) {
				/* And the words left out plainly no part of it: the
				 * name goes on with a given name, or they are a
				 * common word or a name of something else. */
				known = ner_name_known(people, np, f);
				if (known && !(lexicon_lookup(s + ws[k], we[k] - ws[k]) & LEX_FIRST_NAME) &&
				    !(lexicon_lookup(s + ws[k - 1], wn) & LEX_COMMON)) {
					char *h = ner_folded_words(s, m->start, we[k - 1], hb, sizeof hb);
					known = ner_other_type(all, nall, tails, ntails, h) >= 0;
					ner_fold_free(h, hb);
				}
			} else if (nw >= 3) {
				/* Someone else of that surname, named in full. */
				char *h = ner_folded_words(s, m->start, we[0], hb, sizeof hb);
				char *me = ner_folded_words(s, m->start, m->end, mb, sizeof mb);
				if (ner_name_known(surnames, nsur, f) && ner_other_type(all, nall, tails, ntails, h) >= 0) {
					size_t fn = strlen(f);
					for (size_t q = 0; q < np && !known; q++) {
						size_t pn = strlen(people[q]);
						known = pn > fn + 1 && people[q][pn - fn - 1] == ' ' &&
							strcmp(people[q] + pn - fn, f) == 0 && strcmp(people[q], me) != 0 &&
							strchr(people[q], ' ') == strrchr(people[q], ' ');
					}
				}
				ner_fold_free(h, hb);
				ner_fold_free(me, mb);
			}
			ner_fold_free(f, fb);
			if (!known)
				continue;
			/* The words left out keep the type the article gives
			 * them elsewhere, the longest of them that it names. */
			size_t hs = m->start;
			m->start = ws[k];
			m->type = NER_PERSON;
			for (size_t q = k; q > 0; q--) {
				char *h = ner_folded_words(s, hs, we[q - 1], hb, sizeof hb);
				int ht = ner_other_type(all, nall, tails, ntails, h);
				ner_fold_free(h, hb);
				if (ht >= 0) {
					ner_push(l, hs, we[q - 1], (enum ner_type)ht);
					break;
				}
			}
			break;
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
	free(arena);
	free(tails);
	xscratch_release(mark);
}

/* Whether a dateline goes on at byte e, after the place that starts it:
 * its state or country (", Fla."), then the date and a dash (", March 6
 * -"), the agency in brackets (" (Reuters) -") or both, as wire copy
 * sets it. */
/* Whether an ISO date ends the line at byte e (spaces before it): the
 * dateline as CoNLL's stories set it, "ST. LOUIS 1996-08-30". */
static int ner_iso_date_ends_line(const char *s, size_t n, size_t e)
{
	while (e < n && s[e] == ' ')
		e++;
	static const char shape[] = "dddd-dd-dd";
	for (size_t k = 0; k < sizeof shape - 1; k++, e++)
		if (e >= n || (shape[k] == 'd' ? !(s[e] >= '0' && s[e] <= '9') : s[e] != '-'))
			return 0;
	while (e < n && s[e] == ' ')
		e++;
	return e == n || s[e] == '\n' || s[e] == '\r';
}

static int ner_dateline_after(const char *s, size_t n, size_t e)
{
	for (int seg = 0; seg < 3; seg++) {
		if (ner_iso_date_ends_line(s, n, e))
			return 1;
		/* Tokenized text spaces the comma: "ROCHESTER , N.H.". */
		if (e + 3 < n && s[e] == ' ' && s[e + 1] == ',' && s[e + 2] == ' ')
			e++;
		if (e + 2 < n && s[e] == ' ' && s[e + 1] == '(') {
			/* Blanks inside, in text split into tokens: "( Reuters )". */
			size_t a = e + 2 + (e + 3 < n && s[e + 2] == ' '), q = a;
			while (q < n && q - e < 24 && ((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= 'a' && s[q] <= 'z')))
				q++;
			if (q > a && q + 1 < n && s[q] == ' ' && s[q + 1] == ')')
				q++;
			if (q == a || q >= n || s[q] != ')')
				return 0;
			e = q + 1;
			break;
		}
		if (e + 2 >= n || s[e] != ',' || s[e + 1] != ' ' || !(s[e + 2] >= 'A' && s[e + 2] <= 'Z'))
			return 0;
		size_t a = e + 2, q = a;
		while (q < n && ((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= 'a' && s[q] <= 'z')))
			q++;
		/* A month as news writes it, a capital then lower case ("March",
		 * "Sept"): the lexicon's months, which it compares in any case. */
		int month = q - a >= 3 && (lexicon_lookup(s + a, q - a) & LEX_MONTH);
		for (size_t k = a + 1; k < q && month; k++)
			month = s[k] >= 'a' && s[k] <= 'z';
		if (month) {
			if (q < n && s[q] == '.')
				q++;
			if (q + 1 >= n || s[q] != ' ' || !(s[q + 1] >= '0' && s[q + 1] <= '9'))
				return 0;
			q++;
			while (q < n && s[q] >= '0' && s[q] <= '9')
				q++;
			e = q;
			/* The agency may follow the date: ", Jan 5 (Xinhua) --". */
			if (e + 2 < n && s[e] == ' ' && s[e + 1] == '(')
				continue;
			break;
		}
		/* A state or country: a few words up to the next comma or
		 * bracket, or to a date that ends the line. */
		while (q < n && q - a < 30 && s[q] != ',' && s[q] != '(' && s[q] != '\n') {
			if (s[q] == ' ' && ner_iso_date_ends_line(s, n, q))
				return 1;
			q++;
		}
		if (q >= n || q - a >= 30 || s[q] == '\n')
			return 0;
		while (q > a && s[q - 1] == ' ')
			q--;
		e = q;
		if (seg == 2)
			return 0;
	}
	while (e < n && s[e] == ' ')
		e++;
	return e < n && (s[e] == '-' || (e + 2 < n && (unsigned char)s[e] == 0xE2 && (unsigned char)s[e + 1] == 0x80 &&
					  ((unsigned char)s[e + 2] == 0x93 || (unsigned char)s[e + 2] == 0x94)));
}

/* The place in capitals that starts a line of wire copy's dateline
 * ("WEST BEND, Wis., March 6 -"): the words from the line's start up to
 * its comma or bracket, all capitals, in [*a, *b); 0 if the line of
 * position p has none, or the line does not go on as a dateline. Of more
 * than three words, only the mention [p, pe) whole: longer ones are a
 * headline run into the dateline ("KYUSHU ELECTRIC POWER ISSUES YEN BONDS
 * LONDON"), or a table's ("LONDON COCOA OPEN POSITION (REVISED) -"). */
static int ner_dateline_run(const char *s, size_t n, size_t p, size_t pe, size_t *a, size_t *b)
{
	/* The run is short: a mention far into a long line looks no
	 * further back (a line of megabytes has many mentions). */
	size_t ls = p;
	while (ls > 0 && s[ls - 1] != '\n' && p - ls < 64) {
		/* A byte the run below would stop or fail at, before p, fails
		 * it: most mentions, in running text, are told after a few. */
		unsigned char c = (unsigned char)s[ls - 1];
		if (!((c >= 'A' && c <= 'Z') || c == ' ' || c == '.' || c == '-' || c == '\'' || c >= 0x80))
			return 0;
		ls--;
	}
	if (ls > 0 && s[ls - 1] != '\n')
		return 0;
	while (ls < p && s[ls] == ' ')
		ls++;
	size_t e = ls;
	int letters = 0, words = 0;
	for (; e < n && s[e] != ',' && s[e] != '(' && s[e] != '\n' && e - ls < 48; e++) {
		unsigned char c = (unsigned char)s[e];
		if ((c >= 'a' && c <= 'z') || (c == '-' && e > ls && s[e - 1] == '-'))
			return 0;
		if (c >= 'A' && c <= 'Z')
			letters++;
		else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c < 0x80)
			return 0;
		words += c != ' ' && (e == ls || s[e - 1] == ' ');
	}
	while (e > ls && s[e - 1] == ' ')
		e--;
	if (letters < 2 || e <= p || (words > 3 && !(p == ls && pe == e)) || !ner_dateline_after(s, n, e))
		return 0;
	*a = ls;
	*b = e;
	return 1;
}

/* The name in capitals that starts a line of wire copy's dateline
 * ("BOCA RATON, Fla., March 6 -", "NEW YORK (Reuters) -") is the place
 * the story was filed from: the model, reading capitals, often took it
 * for an organization, or took a word of it apart ("WEST" of "WEST
 * BEND", "EAST" of "EAST LANSING"): the line's capitals up to the comma
 * are the one place. */
static void ner_datelines(const char *s, size_t n, struct ner_list *l)
{
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t a, b;
		if (m.type != NER_DATE && ner_dateline_run(s, n, m.start, m.end, &a, &b) && m.end <= b) {
			/* The mentions within the run are the place (those kept
			 * already before it as well: the run starts its line). */
			while (w > 0 && l->v[w - 1].start >= a && l->v[w - 1].type != NER_DATE)
				w--;
			/* One that runs into it from the line before ("Press\nS
			 * LONDON") ends where the run starts. */
			if (w > 0 && l->v[w - 1].end > a) {
				size_t e = a;
				while (e > l->v[w - 1].start && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\r'))
					e--;
				if (e > l->v[w - 1].start)
					l->v[w - 1].end = e;
				else
					w--;
			}
			while (i + 1 < l->n && l->v[i + 1].end <= b)
				i++;
			m.start = a;
			m.end = b;
			m.type = NER_PLACE;
			m.margin = 0;
			l->v[w++] = m;
			continue;
		}
		/* Or a city the lists place in its country, as some desks
		 * write it ("Toronto, March 16 -"). */
		if (m.type != NER_PLACE && m.type != NER_DATE && ner_dateline_at(s, n, m.start, m.end) &&
		    lexicon_city_country(s + m.start, m.end - m.start)) {
			m.type = NER_PLACE;
			m.margin = 0;
		}
		l->v[w++] = m;
	}
	l->n = w;
}

/* The bytes a hyphen or an apostrophe written apart takes at byte k of
 * s[0..n) (" - ", " ' ", " ’ "), with the mark it stands for in *c; else
 * 0. */
static size_t ner_spaced_mark(const char *s, size_t n, size_t k, char *c)
{
	if (k + 3 <= n && s[k] == ' ' && (s[k + 1] == '-' || s[k + 1] == '\'') && s[k + 2] == ' ') {
		*c = s[k + 1];
		return 3;
	}
	if (k + 5 <= n && s[k] == ' ' && memcmp(s + k + 1, "\xe2\x80\x99", 3) == 0 && s[k + 4] == ' ') {
		*c = '\'';
		return 5;
	}
	return 0;
}

/* The bytes an apostrophe written apart takes at byte e of s[0..n) ("
 * ’ ", " ' "), else 0. */
static size_t ner_spaced_apostrophe(const char *s, size_t n, size_t e)
{
	char c;
	size_t ml = ner_spaced_mark(s, n, e, &c);
	return ml && c == '\'' ? ml : 0;
}

/* Text split into tokens by another tool writes a name's apostrophe apart:
 * "Moshe Ya ’ alon", "Anyang Nyong ’ o", "Wa ’ ed", "Jeanne d ’ Arc
 * Mujawamariya". A short word in lower case after it, of no English
 * ending ("s", "t", "ll", "re", "ve", "d", "m") and none news writes in
 * lower case, is the name's, and a name's "d ’" or "l ’" joins the names
 * around it into one. Text of n bytes. */
static void ner_spaced_apostrophes(const char *s, size_t n, struct ner_list *l)
{
	static const char *const endings[] = { "s", "t", "ll", "re", "ve", "d", "m", NULL };
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t ap;
		if (m.type == NER_DATE) {
			l->v[w++] = m;
			continue;
		}
		/* The model took the particle in: "[Marie d] ’ [Arc Velmura]". */
		if (m.end - m.start >= 4 && (s[m.end - 1] == 'd' || s[m.end - 1] == 'l') && s[m.end - 2] == ' ' &&
		    (ap = ner_spaced_apostrophe(s, n, m.end)) != 0 && i + 1 < l->n && l->v[i + 1].type != NER_DATE &&
		    l->v[i + 1].start == m.end + ap) {
			m.end = l->v[i + 1].end;
			m.margin = 0;
			if (lexicon_lookup(s + m.start, ner_space_end(s, m.start, m.end) - m.start) & LEX_FIRST_NAME)
				m.type = NER_PERSON;
			l->v[w++] = m;
			i++;
			continue;
		}
		if ((ap = ner_spaced_apostrophe(s, n, m.end)) != 0) {
			size_t b = m.end + ap, e = b;
			while (e < n && s[e] >= 'a' && s[e] <= 'z')
				e++;
			int ending = 0;
			for (int k = 0; endings[k] && !ending; k++)
				ending = ner_lit_is(endings[k], s + b, e - b);
			/* Not a possessive after an "s" ("Yankees ' losses") nor
			 * a closing quotation mark before a word ("Hindustan ’
			 * in"): the word is none news writes in lower case, and
			 * one letter alone is a vowel ("Nyong ’ o"). */
			if (e > b && e - b <= 4 && !ending && (e == n || !ner_word_byte(s[e])) && s[m.end - 1] != 's' &&
			    (e - b > 1 || memchr("aeiou", s[b], 5) != NULL) && !ner_lowercase_word(s + b, e - b) &&
			    (i + 1 >= l->n || l->v[i + 1].start >= e)) {
				m.end = e;
				m.margin = 0;
			}
		} else if (m.end + 2 < n && s[m.end] == ' ' && (s[m.end + 1] == 'd' || s[m.end + 1] == 'l') &&
			   (ap = ner_spaced_apostrophe(s, n, m.end + 2)) != 0 && i + 1 < l->n &&
			   l->v[i + 1].type != NER_DATE && l->v[i + 1].start == m.end + 2 + ap) {
			/* "Jeanne d ’ Arc Mujawamariya": the two are one. */
			m.end = l->v[i + 1].end;
			m.margin = 0;
			i++;
		}
		l->v[w++] = m;
	}
	l->n = w;
}

/* Whether a word of s[a..b) is one the lists know as a body's head word
 * or a company's suffix ("News", "Inc"). */
static int ner_has_org_word(const char *s, size_t a, size_t b)
{
	for (size_t k = a; k < b;) {
		size_t e = k;
		while (e < b && s[e] != ' ')
			e++;
		if (e > k && (lexicon_lookup(s + k, e - k) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)))
			return 1;
		k = e + 1;
	}
	return 0;
}

/* The first letter of the abbreviation "St", "Mt" or "Ft" at byte i,
 * else 0. */
static char ner_place_abbrev(const char *s, size_t i)
{
	if (s[i + 1] != 't' || (s[i] != 'S' && s[i] != 'M' && s[i] != 'F'))
		return 0;
	return s[i];
}

/* Text split into tokens by another tool writes an abbreviation's full
 * stop apart ("St . Louis", "Mt . Kenya"), so that the lists, which write
 * "St. Louis", do not know the name the model found: it is looked up as
 * they write it, and typed as they know it. A saint's name with a given
 * name ("St . Katharine Drexel") is a person's, "St ." a title outside it;
 * a mountain ("Mt . Cook") is a place. */
static void ner_spaced_abbrevs(const char *s, struct ner_list *l)
{
	char buf[128];
	/* The abbreviation alone before the name the model found after its
	 * full stop ("[St] . [Louis]") is first joined to it, or dropped
	 * before a person's name. */
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.end - m.start == 2 && i + 1 < l->n && l->v[i + 1].start == m.end + 3 &&
		    memcmp(s + m.end, " . ", 3) == 0 && m.type != NER_DATE && l->v[i + 1].type != NER_DATE &&
		    ner_place_abbrev(s, m.start)) {
			const struct ner_mention *x = &l->v[i + 1];
			if (x->type != NER_PERSON || s[m.start] != 'S' || ner_has_org_word(s, x->start, x->end)) {
				l->v[i + 1].start = m.start;
				l->v[i + 1].type = m.type;
			}
			continue;
		}
		l->v[w++] = m;
	}
	l->n = w;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type == NER_DATE || n < 7 || n >= sizeof buf || s[m->start + 2] != ' ' ||
		    memcmp(s + m->start + 2, " . ", 3) != 0 || s[m->start + 5] < 'A' || s[m->start + 5] > 'Z')
			continue;
		char ab = ner_place_abbrev(s, m->start);
		int st = ab == 'S', mt = ab == 'M';
		if (!ab)
			continue;
		/* "St" "." and the rest, as the lists write it. */
		memcpy(buf, s + m->start, 2);
		buf[2] = '.';
		memcpy(buf + 3, s + m->start + 4, n - 4);
		int lt = ner_lex_type(lexicon_lookup(buf, n - 1));
		size_t rs = m->start + 5;
		if (lt >= 0) {
			m->type = (enum ner_type)lt;
		} else if (st && ner_chr(s, s + rs, ' ', m->end - rs)) {
			const char *sp = ner_chr(s, s + rs, ' ', m->end - rs);
			/* A given name first, and no body's word ("St . Lucia
			 * News Online"). */
			if (!(lexicon_lookup(s + rs, (size_t)(sp - s) - rs) & LEX_FIRST_NAME) ||
			    ner_has_org_word(s, (size_t)(sp - s) + 1, m->end))
				continue;
			m->start = rs;
			m->type = NER_PERSON;
		} else if (mt) {
			m->type = NER_PLACE;
		} else {
			continue;
		}
		m->margin = 0;
	}
}

/* Whether s[0..n) was split into tokens by another tool, as CoNLL-style
 * corpora are: a comma or a full stop with a blank on either side within
 * its first KB ("Nairobi , Kenya", "said ."), which edited text never
 * writes. */
static int ner_split_text(const char *s, size_t n)
{
	size_t lim = n < 1024 ? n : 1024;
	for (int k = 0; k < 2; k++) {
		char c = k ? '.' : ',';
		const char *p = s, *e = s + lim;
		while ((p = memchr(p, c, (size_t)(e - p))) != NULL) {
			if (p > s && p + 1 < s + n && p[-1] == ' ' && (p[1] == ' ' || p[1] == '\n'))
				return 1;
			p++;
		}
	}
	return 0;
}

/* Whether s[0..n) is wholly text split into tokens by another tool, a
 * sentence a line as CoNLL-style corpora write it: within its first 8 KB
 * the commas and full stops with a blank before them outnumber eight to
 * one those glued to a word ("Kenya , said ." against "Kenya, said."),
 * and there are two or more. ner_split_text's one spaced mark is not
 * enough here: a wire story's typing slip ("<CCI> , J.P.") has one. */
static int ner_line_sentences(const char *s, size_t n)
{
	size_t lim = n < 8192 ? n : 8192, spaced = 0, glued = 0;
	for (size_t k = 1; k + 1 < lim; k++) {
		if (s[k] != ',' && s[k] != '.')
			continue;
		if (s[k + 1] != ' ' && s[k + 1] != '\n')
			continue;
		unsigned char b = (unsigned char)s[k - 1];
		if (b == ' ')
			spaced++;
		else if ((b >= 'a' && b <= 'z') || (s[k] == ',' && b >= '0' && b <= '9'))
			glued++;
	}
	return spaced >= 2 && glued * 8 <= spaced;
}

/* Where the first blank before a hyphen or an apostrophe's first byte
 * lies in s[a..b) (a mark written apart may start there), or b: a cheap
 * look before ner_spaced_mark's. */
static size_t ner_mark_blank(const char *s, size_t a, size_t b)
{
	for (size_t k = a; k + 1 < b; k++)
		if (s[k] == ' ' && (s[k + 1] == '-' || s[k + 1] == '\'' || (unsigned char)s[k + 1] == 0xE2))
			return k;
	return b;
}

/* The bytes s[a..b) with each hyphen, apostrophe and initial's full stop
 * written apart closed up, as the lists write "Sharm el-Sheikh",
 * "N'Djamena" and "U.N.", into buf of cap bytes: its length, or 0 where
 * there is none or it does not fit. */
static size_t ner_close_marks(const char *s, size_t a, size_t b, char *buf, size_t cap)
{
	size_t o = 0;
	int any = 0;
	for (size_t k = a; k < b; k++) {
		char c;
		size_t ml;
		if (o + 1 >= cap || s[k] == '\n')
			return 0;
		if (s[k] == ' ' && (ml = ner_spaced_mark(s, b, k, &c)) != 0) {
			buf[o++] = c;
			k += ml - 1;
			any = 1;
			continue;
		}
		/* An initial's full stop ("U . N .", "D . C ."). */
		if (s[k] == ' ' && k + 1 < b && s[k + 1] == '.' && (k + 2 == b || s[k + 2] == ' ') && k > a &&
		    s[k - 1] >= 'A' && s[k - 1] <= 'Z' && (k - 1 == a || s[k - 2] == ' ')) {
			buf[o++] = '.';
			k += k + 2 < b ? 2 : 1;
			any = 1;
			continue;
		}
		buf[o++] = s[k];
	}
	return any ? o : 0;
}

/* Korean surnames as English news romanizes them (general knowledge). */
static const struct ner_lit ner_korean_surnames[] = {
	NER_LIT("Kim"),	  NER_LIT("Lee"),   NER_LIT("Yi"),    NER_LIT("Rhee"),  NER_LIT("Park"),  NER_LIT("Pak"),
	NER_LIT("Choi"),  NER_LIT("Choe"),  NER_LIT("Jung"),  NER_LIT("Jeong"), NER_LIT("Chung"), NER_LIT("Kang"),
	NER_LIT("Cho"),	  NER_LIT("Jo"),    NER_LIT("Yoon"),  NER_LIT("Yun"),   NER_LIT("Jang"),  NER_LIT("Chang"),
	NER_LIT("Lim"),	  NER_LIT("Im"),    NER_LIT("Han"),   NER_LIT("Oh"),    NER_LIT("Seo"),   NER_LIT("Suh"),
	NER_LIT("Shin"),  NER_LIT("Kwon"),  NER_LIT("Hwang"), NER_LIT("Ahn"),   NER_LIT("Song"),  NER_LIT("Yoo"),
	NER_LIT("Ryu"),	  NER_LIT("Hong"),  NER_LIT("Jeon"),  NER_LIT("Chun"),  NER_LIT("Ko"),    NER_LIT("Koh"),
	NER_LIT("Moon"),  NER_LIT("Mun"),   NER_LIT("Yang"),  NER_LIT("Son"),   NER_LIT("Sohn"),  NER_LIT("Bae"),
	NER_LIT("Baek"),  NER_LIT("Paik"),  NER_LIT("Heo"),   NER_LIT("Huh"),   NER_LIT("Nam"),   NER_LIT("Noh"),
	NER_LIT("Roh"),	  NER_LIT("Kwak"),  NER_LIT("Sung"),  NER_LIT("Cha"),   NER_LIT("Joo"),   NER_LIT("Woo"),
	NER_LIT("Min"),	  NER_LIT("Jin"),   NER_LIT("Um"),    NER_LIT("Eom"),   NER_LIT("Chae"),  NER_LIT("Won"),
	NER_LIT("Bang"),  NER_LIT("Hyun"),  NER_LIT("Ham"),   NER_LIT("Byun"),  NER_LIT("Yeo"),   NER_LIT("Choo"),
	NER_LIT("Seok"),  NER_LIT("Ban"),   NER_LIT("Pyo"),   NER_LIT("Maeng"), NER_LIT("Yeom"),  NER_LIT("Hyeon"),
};

/* A Korean name split into tokens ("Park Do - in", "Han Mi - sun") is
 * one person's, surname, given name and its second syllable, where the
 * model stopped at a syllable that is also an English word ("in",
 * "sun", "ok") or found nothing. Text written whole ("Park Do-in") is
 * one token and the model's. */
static void ner_spaced_korean_names(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n, mi = 0;
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), " - ", 3)) != NULL; p += 3) {
		size_t h = (size_t)(p - s), e = h + 3;
		/* The second syllable: letters in lower case, then no word. */
		while (e < len && e < h + 10 && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e == h + 3 || e >= h + 10 || (e < len && ner_word_byte(s[e])))
			continue;
		/* The given name's first syllable, capitalised, then the
		 * surname before it. */
		size_t gb = ner_word_start(s, h >= 8 ? h - 8 : 0, h);
		if (gb + 1 >= h || gb < 3 || s[gb] < 'A' || s[gb] > 'Z' || s[gb - 1] != ' ')
			continue;
		for (size_t k = gb + 1; k < h; k++)
			if (s[k] < 'a' || s[k] > 'z')
				gb = h;
		if (gb == h)
			continue;
		size_t sb = ner_word_start(s, gb - 1 >= 8 ? gb - 9 : 0, gb - 1);
		if (!NER_LIT_IN(ner_korean_surnames, s + sb, gb - 1 - sb) || (sb > 0 && ner_word_byte(s[sb - 1])))
			continue;
		/* The model's mentions there: a person's within is widened,
		 * anything else left be. */
		while (mi < n0 && l->v[mi].end <= sb)
			mi++;
		if (mi < n0 && l->v[mi].start < e) {
			struct ner_mention *m = &l->v[mi];
			if (m->type == NER_PERSON && m->start >= sb && m->end <= e &&
			    (mi + 1 >= n0 || l->v[mi + 1].start >= e)) {
				m->start = sb;
				m->end = e;
				m->margin = 0;
			}
			continue;
		}
		ner_push(l, sb, e, NER_PERSON);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Text split into tokens by another tool writes a name's hyphen and
 * apostrophe apart ("Sharm El - Sheikh", "N ’ Djamena", "Xi ’ an"): a
 * name found so, or two the model found on either side of such a mark
 * (and a short word), or one and the word after the mark, that the lists
 * know closed up is the name they know, of their type. Text of len
 * bytes. */
static void ner_spaced_marks(const char *s, size_t len, struct ner_list *l)
{
	char buf[128];
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type == NER_DATE) {
			l->v[w++] = m;
			continue;
		}
		size_t n = ner_chr(s, s + m.start, ' ', m.end - m.start) &&
				   (ner_mark_blank(s, m.start, m.end) < m.end || ner_chr(s, s + m.start, '.', m.end - m.start))
				   ? ner_close_marks(s, m.start, m.end, buf, sizeof buf)
				   : 0;
		int lt = n ? ner_lex_type(lexicon_lookup(buf, n)) : -1;
		/* The first mark within a short word after the name. */
		size_t gap = len - m.end < 9 ? len - m.end : 9, mk = m.end, ml = 0;
		char c;
		while (lt < 0 && (mk = ner_mark_blank(s, mk, m.end + gap)) < m.end + gap &&
		       !(ml = ner_spaced_mark(s, len, mk, &c)))
			mk++;
		if (ml && i + 1 < l->n && l->v[i + 1].type != NER_DATE && l->v[i + 1].start == mk + ml &&
		    (n = ner_close_marks(s, m.start, l->v[i + 1].end, buf, sizeof buf)) &&
		    (lt = ner_lex_type(lexicon_lookup(buf, n))) >= 0) {
			/* The two ("[Sharm] el - [Sheikh]"). */
			m.end = l->v[i + 1].end;
			i++;
		} else if (ml) {
			/* Or the word after the mark that no name took ("[Xi] ’
			 * an", "[Sharm] el - Sheikh ended"). */
			size_t b = mk + ml, e = b;
			while (e < len && ner_word_byte(s[e]) && s[e] != '-' && s[e] != '\'')
				e++;
			/* Not a possessive: tokenized text keeps it apart. */
			if (e > b && !(c == '\'' && e == b + 1 && s[b] == 's') && (i + 1 >= l->n || l->v[i + 1].start >= e) &&
			    (n = ner_close_marks(s, m.start, e, buf, sizeof buf)) &&
			    (lt = ner_lex_type(lexicon_lookup(buf, n))) >= 0)
				m.end = e;
		}
		if (lt >= 0) {
			m.type = (enum ner_type)lt;
			m.margin = 0;
		}
		l->v[w++] = m;
	}
	l->n = w;
}

/* A line that starts with a place the lists know (or two, a comma
 * between) and a dash written as a spaced hyphen ("Srinagar - The BJP on
 * Monday ...", "NAIROBI, Kenya - Kenya Airways on Thursday ...") has a
 * dateline: the place ends at the dash, where the model ran one name
 * across it ("Srinagar - Weatherman"), in text split into tokens by
 * another tool or not. What follows is a name of its own where it is
 * more than one word or one the lists know as a name. */
static void ner_dash_datelines(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* At the line's start, or after a place there and its comma
		 * ("NAIROBI , Kenya - Kenya Airways on Thursday ..."). */
		if (m->start > 0 && s[m->start - 1] != '\n') {
			const struct ner_mention *p = i > 0 ? &l->v[i - 1] : NULL;
			if (!p || p->type != NER_PLACE ||
			    !((p->end + 3 == m->start && memcmp(s + p->end, " , ", 3) == 0) ||
			      (p->end + 2 == m->start && memcmp(s + p->end, ", ", 2) == 0)) ||
			    (p->start > 0 && s[p->start - 1] != '\n'))
				continue;
		}
		const char *d = ner_find(s, s + m->start, m->end - m->start, " - ", 3);
		if (!d)
			continue;
		size_t pe = (size_t)(d - s), rs = pe + 3;
		if (rs >= m->end || !(lexicon_lookup(s + m->start, pe - m->start) & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) ||
		    !(s[rs] >= 'A' && s[rs] <= 'Z'))
			continue;
		size_t end = m->end;
		enum ner_type type = m->type;
		m->end = pe;
		m->type = NER_PLACE;
		m->margin = 0;
		if (ner_chr(s, s + rs, ' ', end - rs) ||
		    (lexicon_lookup(s + rs, end - rs) &
		     (LEX_FIRST_NAME | LEX_PERSON | LEX_ORG | LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_DEMONYM | LEX_GROUP)))
			ner_push(l, rs, end, type);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether the word at start opens a sentence: the text's or a line's
 * first, or after a sentence's end (a quotation mark between), or after
 * a dateline's dash ("March 5 - Bankers welcomed"). */
static int ner_opens_sentence(const char *s, size_t start)
{
	size_t b = start;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '"'))
		b--;
	if (b == 0 || s[b - 1] == '\n')
		return 1;
	char c = s[b - 1];
	if (c == '.' || c == '!' || c == '?')
		return 1;
	if (c != '-' || b < 3 || s[b - 2] != ' ')
		return 0;
	return s[b - 3] >= '0' && s[b - 3] <= '9';
}

/* Whether byte c may be inside a word (a letter, a digit, a hyphen, an
 * apostrophe, or any byte of a character beyond ASCII). */
static int ner_word_byte(char c)
{
	unsigned char u = (unsigned char)c;
	return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
	       u == '\'';
}

/* How the story (of n bytes) writes the word w (wn bytes, its first
 * letter a capital) elsewhere, within NER_NEAR_TEXT bytes of at (a
 * bounded look, so that a file of many such words stays linear): -1 if
 * capitalised inside a sentence somewhere, else 1 if in lower case
 * somewhere, else 0; not full, 0 too where it is never in lower case,
 * without looking further. */
static int ner_story_case(const char *s, size_t n, size_t at, const char *w, size_t wn, int full)
{
	size_t lo = at > NER_NEAR_TEXT ? at - NER_NEAR_TEXT : 0, hi = n - at > NER_NEAR_TEXT ? at + NER_NEAR_TEXT : n;
	int lower = 0;
	/* Each case of the first letter apart, found by memchr. */
	for (int pass = 0; pass < 2; pass++) {
		char first = pass ? w[0] : (char)(w[0] + 32);
		for (size_t k = lo; k + wn <= hi; k++) {
			const char *q = ner_chr(s, s + k, first, hi - wn + 1 - k);
			if (!q)
				break;
			k = (size_t)(q - s);
			if ((k > 0 && ner_word_byte(s[k - 1])) || (k + wn < n && ner_word_byte(s[k + wn])) ||
			    memcmp(s + k + 1, w + 1, wn - 1) != 0)
				continue;
			if (!pass)
				lower = 1;
			else if (k != at && !ner_opens_sentence(s, k))
				return -1;
		}
		/* Never in lower case: 0 is all a caller not full asks. */
		if (!lower && !full)
			return 0;
	}
	return lower;
}

/* Whether the story writes w in lower case near at, and never capitalised
 * inside a sentence. */
static int ner_story_writes_lower(const char *s, size_t n, size_t at, const char *w, size_t wn)
{
	return ner_story_case(s, n, at, w, wn, 0) == 1;
}

static int ner_word_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	size_t xn = strcspn(x, " "), yn = strcspn(y, " ");
	int c = strncasecmp(x, y, xn < yn ? xn : yn);
	return c ? c : (xn > yn) - (xn < yn);
}

/* A person's name that opens a sentence does not start with a word
 * capitalised only as the sentence's first, that its story writes in
 * lower case too (and never capitalised inside a sentence) and that no
 * list gives as a given name, a title or a surname's particle ("Standalone
 * Wasm mode still helps", beside "a standalone Wasm binary"; "Van Driel
 * said" stays whole): the model took the word in with the name after it. */
static void ner_sentence_lower_heads(const char *s, size_t n, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON || !(s[m->start] >= 'A' && s[m->start] <= 'Z'))
			continue;
		size_t e = m->start + 1;
		while (e < m->end && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e >= m->end || s[e] != ' ' || e - m->start < 3 || !ner_opens_sentence(s, m->start) ||
		    (lexicon_lookup(s + m->start, e - m->start) & (LEX_FIRST_NAME | LEX_TITLE | LEX_SURNAME_PARTICLE)) ||
		    !ner_story_writes_lower(s, n, m->start, s + m->start, e - m->start))
			continue;
		while (e < m->end && s[e] == ' ')
			e++;
		m->start = e;
		m->margin = 0;
	}
}

/* A sentence's first word alone, capitalised only as the first, that its
 * story writes in lower case too (and never capitalised inside a
 * sentence), that no list names and that begins none of the story's
 * other names, is a common noun ("Bankers said the move represented...",
 * beside "Spanish bankers"): the model, seeing "Bankers" of Bankers
 * Trust, took it for an organization. */
static void ner_sentence_common_words(const char *s, size_t n, struct ner_list *l)
{
	/* The first words of the story's names of two words or more, sorted;
	 * the last words of its people's, when a plural asks. */
	const char **firsts = NULL, **lasts = NULL;
	size_t nf = 0, nlast = 0;
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t len = m->end - m->start;
		/* A person too where the word is a plural of people ("Growers
		 * said", "Congressmen", "Economists"), unless a fuller person's
		 * name ends in it. */
		int plural = m->type == NER_PERSON && len >= 6 &&
			     (memcmp(s + m->end - 3, "ers", 3) == 0 || memcmp(s + m->end - 3, "men", 3) == 0 ||
			      memcmp(s + m->end - 4, "ists", 4) == 0);
		/* A person too where news writes the word in lower case
		 * ("Feedback is welcome", "Proof: by definition"), the story
		 * never capitalises it inside a sentence, no title stands
		 * before it ("Dr. Feel") and no list gives it as a given name. */
		unsigned cls = 0;
		int person = m->type == NER_PERSON && !plural;
		int drop = (m->type == NER_ORG || m->type == NER_MISC || m->type == NER_PERSON) && len >= 3 &&
			   len < 32 && s[m->start] >= 'A' && s[m->start] <= 'Z';
		for (size_t k = m->start + 1; drop && k < m->end; k++)
			drop = s[k] >= 'a' && s[k] <= 'z';
		drop = drop && ner_opens_sentence(s, m->start) &&
		       ner_lex_type(cls = lexicon_lookup(s + m->start, len)) < 0;
		if (drop && person)
			drop = !(cls & LEX_FIRST_NAME) && lexicon_lowercase(s + m->start, len) &&
			       !ner_title_just_before(s, m->start) &&
			       ner_story_case(s, n, m->start, s + m->start, len, 1) >= 0;
		else if (drop)
			drop = ner_story_writes_lower(s, n, m->start, s + m->start, len);
		if (drop && !firsts) {
			firsts = xmalloc(l->n * sizeof *firsts);
			for (size_t j = 0; j < l->n; j++)
				if (ner_chr(s, s + l->v[j].start, ' ', l->v[j].end - l->v[j].start))
					firsts[nf++] = s + l->v[j].start;
			qsort(firsts, nf, sizeof *firsts, ner_word_cmp);
		}
		if (drop && nf) {
			char word[32];
			memcpy(word, s + m->start, len);
			word[len] = '\0';
			const char *key = word;
			drop = !bsearch(&key, firsts, nf, sizeof *firsts, ner_word_cmp);
		}
		if (drop && (plural || person)) {
			if (!lasts) {
				lasts = xmalloc(l->n * sizeof *lasts);
				for (size_t j = 0; j < l->n; j++) {
					const struct ner_mention *p = &l->v[j];
					size_t b = ner_word_start(s, p->start, p->end);
					if (p->type == NER_PERSON && b > p->start && p->end - b < 32)
						lasts[nlast++] = s + b;
				}
				qsort(lasts, nlast, sizeof *lasts, ner_word_cmp);
			}
			char word[32];
			memcpy(word, s + m->start, len);
			word[len] = '\0';
			const char *key = word;
			drop = !(nlast && bsearch(&key, lasts, nlast, sizeof *lasts, ner_word_cmp));
		}
		if (!drop)
			l->v[w++] = *m;
	}
	free(firsts);
	free(lasts);
	l->n = w;
}

/* A party's member named with his state ("a Texas Democrat", "the New
 * Mexico Republican") is the place and the group, as a demonym in a
 * compound is ("[Canadian]-led"): the model took the two for one
 * organization, whose votes then typed every "Democrat" so. A plural
 * ("Texas Republicans", the state's party) and a list's own name
 * ("Christian Democrat") stay whole; so does a people's name ("Niagara
 * Mohawk", a utility). */
static int ner_party_member(const char *w, size_t n)
{
	static const char *const members[] = { "Democrat", "Republican", "Conservative", "Liberal",
					       "Socialist", "Communist", "Tory", NULL };
	for (int k = 0; members[k]; k++)
		if (ner_lit_is_nocase(members[k], w, n))
			return 1;
	return 0;
}

/* Whether mention m is a member named with his state; if so, where its
 * last word (the party's) starts, *gs (the state ends a space before). */
static int ner_member_split(const char *s, const struct ner_mention *m, size_t *gs)
{
	/* Every member's word ends in one of these letters (any case): most
	 * names are passed over before their last word is looked for. */
	if (m->type == NER_DATE || m->end < m->start + 2)
		return 0;
	unsigned char z = (unsigned char)(s[m->end - 1] | 0x20);
	if (z != 't' && z != 'n' && z != 'e' && z != 'l' && z != 'y')
		return 0;
	/* And in one of these pairs: "at", "an", "al", "ve", "st", "ry". */
	unsigned char y = (unsigned char)(s[m->end - 2] | 0x20);
	if (!((y == 'a' && (z == 't' || z == 'n' || z == 'l')) || (y == 'v' && z == 'e') || (y == 's' && z == 't') ||
	      (y == 'r' && z == 'y')))
		return 0;
	size_t g = m->end;
	while (g > m->start && s[g - 1] != ' ')
		g--;
	*gs = g;
	return g > m->start + 1 && ner_party_member(s + g, m->end - g) &&
	       (lexicon_lookup(s + m->start, g - 1 - m->start) & (LEX_COUNTRY | LEX_REGION)) &&
	       !(lexicon_lookup(s + m->start, m->end - m->start) & (LEX_GROUP | LEX_ORG));
}

static void ner_member_states(const char *s, struct ner_list *l)
{
	size_t extra = 0, gs;
	for (size_t i = 0; i < l->n; i++)
		extra += ner_member_split(s, &l->v[i], &gs);
	if (!extra)
		return;
	struct ner_mention *out = xmalloc((l->n + extra) * sizeof *out);
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		out[w] = l->v[i];
		if (!ner_member_split(s, &l->v[i], &gs)) {
			w++;
			continue;
		}
		out[w].end = gs - 1;
		out[w].type = NER_PLACE;
		out[w++].margin = 0;
		out[w] = l->v[i];
		out[w].start = gs;
		out[w].type = NER_GROUP;
		out[w++].margin = 0;
	}
	free(l->v);
	l->v = out;
	l->n = l->cap = w;
}

/* Whether s[a..b) is a number as the names of groups of states write it:
 * digits ("Group of 77") or a number's word ("Group of Five"). */
static int ner_group_number(const char *s, size_t a, size_t b)
{
	static const char *const words[] = { "Two",    "Three",  "Four",    "Five",   "Six",   "Seven",
					     "Eight",  "Nine",   "Ten",     "Eleven", "Twelve", "Fifteen",
					     "Twenty", "Thirty", "Seventy-Seven", NULL };
	if (b == a || b - a > 14)
		return 0;
	size_t k = a;
	while (k < b && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k == b)
		return b - a <= 3;
	for (int i = 0; words[i]; i++)
		if (ner_lit_is_nocase(words[i], s + a, b - a))
			return 1;
	return 0;
}

/* "Group of" and a number is the name of a group of states or of
 * central banks, one organization ("the Group of Five", "Group of 10"):
 * the model cut it to "Group" or took it for another name; and so is its
 * short form, "G" and the number alone ("G-5", "G10", "G-24"). */
/* Whether s[0..n) is "G", a hyphen or none, and a number of one or two
 * digits. */
static int ner_group_short(const char *s, size_t n)
{
	size_t d = n >= 2 && s[1] == '-' ? 2 : 1;
	if (n < d + 1 || n > d + 2 || s[0] != 'G')
		return 0;
	for (size_t k = d; k < n; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	return 1;
}

/* The end of "Group of" and a number at byte g ("Group" there, a word of
 * its own), over blanks and a line break, or 0. */
static size_t ner_group_at(const char *s, size_t n, size_t g)
{
	if (g + 10 > n || memcmp(s + g, "Group", 5) != 0 || (g > 0 && ner_word_byte(s[g - 1])))
		return 0;
	size_t k = g + 5;
	if (s[k] != ' ' && s[k] != '\n')
		return 0;
	k++;
	if (k + 3 > n || memcmp(s + k, "of", 2) != 0 || (s[k + 2] != ' ' && s[k + 2] != '\n'))
		return 0;
	size_t a = k + 3, e = a;
	while (e < n && ner_word_byte(s[e]) && s[e] != '\'')
		e++;
	return ner_group_number(s, a, e) ? e : 0;
}

static void ner_numbered_groups(const char *s, size_t n, struct ner_list *l)
{
	/* The model's short forms. */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_DATE && ner_group_short(s + m->start, m->end - m->start)) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
	/* Each "Group of" and a number in the text, whatever the model made of
	 * it: mentions inside it go, one running on past it keeps what
	 * follows its "and" ("the Group of Five and Canada"), one before it
	 * ends before it. */
	const char *p = s;
	struct ner_mention *v = NULL;
	size_t nv = 0, cap = 0, i = 0;
	while ((p = text_find(p, (size_t)(s + n - p), "Group", 5)) != NULL) {
		size_t g = (size_t)(p - s), e = ner_group_at(s, n, g);
		p += 5;
		if (!e)
			continue;
		for (; i < l->n && l->v[i].start < g; i++) {
			struct ner_mention m = l->v[i];
			if (m.end > g) {
				size_t c = ner_blank_before(s, g);
				m.end = c;
				if (c <= m.start)
					continue;
			}
			v = xgrow(v, &cap, nv + 1, sizeof *v);
			v[nv++] = m;
		}
		/* What an earlier group's mention kept past it ends before it
		 * too ("the Group of Five and the Group of 10"). */
		while (nv > 0 && v[nv - 1].end > g) {
			size_t c = ner_blank_before(s, g);
			if (c > v[nv - 1].start && v[nv - 1].start < g) {
				v[nv - 1].end = c;
				break;
			}
			nv--;
		}
		v = xgrow(v, &cap, nv + 1, sizeof *v);
		v[nv++] = (struct ner_mention){ g, e, NER_ORG, 0 };
		for (; i < l->n && l->v[i].start < e; i++) {
			struct ner_mention m = l->v[i];
			if (m.end <= e)
				continue;
			/* What follows the number, past "and" or a comma. */
			size_t k = e;
			while (k < m.end && (s[k] == ' ' || s[k] == '\n' || s[k] == ','))
				k++;
			if (m.end - k > 4 && memcmp(s + k, "and", 3) == 0 && (s[k + 3] == ' ' || s[k + 3] == '\n'))
				k += 4;
			while (k < m.end && (s[k] == ' ' || s[k] == '\n'))
				k++;
			if (k < m.end && ner_upper_at(s, k)) {
				m.start = k;
				unsigned cls = lexicon_lookup(s + k, m.end - k);
				if (cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION))
					m.type = NER_PLACE;
				m.margin = 0;
				v = xgrow(v, &cap, nv + 1, sizeof *v);
				v[nv++] = m;
			}
		}
	}
	if (!v)
		return;
	for (; i < l->n; i++) {
		v = xgrow(v, &cap, nv + 1, sizeof *v);
		v[nv++] = l->v[i];
	}
	free(l->v);
	l->v = v;
	l->n = nv;
	l->cap = cap;
}

/* Wire copy glues a company's ticker to its name ("J Sainsbury
 * Plc<SNB.L>") and its angle brackets to the name of a company it does
 * not list ("<Grand Metropolitan PLC>'s"), which the tokenizer keeps as
 * one word: a name ends before an angle bracket inside it, as it does
 * before one standing apart (ner_model_spans), and is a company's where
 * the bracket is glued to it, whatever the model made of the glued word;
 * one that is all bracket and ticker is none. */
static void ner_glued_tickers(const char *s, struct ner_list *l)
{
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const char *lt = ner_chr(s, s + m.start, '<', m.end - m.start), *gt = ner_chr(s, s + m.start, '>', m.end - m.start);
		const char *b = lt && (!gt || lt < gt) ? lt : gt;
		if (b) {
			size_t e = (size_t)(b - s);
			while (e > m.start && (s[e - 1] == ' ' || s[e - 1] == '\n'))
				e--;
			if (e == m.start)
				continue;
			if (e == (size_t)(b - s) && m.type != NER_DATE) {
				m.type = NER_ORG;
				m.margin = 0;
			}
			m.end = e;
		}
		l->v[w++] = m;
	}
	l->n = w;
}

/* A name wire copy follows with a ticker is a listed company's ("Coca-Cola
 * Co <KO>", "Acme Corp. (NYSE: ACME)"), whatever the model made of it
 * (Johnson, Digital's "DEC" as a month); and the ticker is no name of its
 * own, but the same company's symbol: counted, it would count the company
 * twice ("<KO>" had been a person). A ticker no name stands before is the
 * company's name there ("a stake in <KO>"). */
static void ner_tickers(const char *s, size_t len, struct ner_list *l)
{
	size_t w = 0, ts = 0, te = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.start >= ts && m.end <= te)
			continue;
		size_t a, b;
		if (m.type != NER_DATE && ner_ticker_after(s, len, m.end, &a, &b)) {
			m.type = NER_ORG;
			m.margin = 0;
			ts = a;
			te = b;
			size_t of = ner_firm_of_start(s, m.start);
			for (; of < m.start && w > 0 && l->v[w - 1].end > of; w--)
				of = l->v[w - 1].start < of ? l->v[w - 1].start : of;
			m.start = of;
			/* A people's or a country's word alone ends the firm's
			 * name that capitalised words before it start ("Royal
			 * Dutch <RD>"), three at most, in the line. */
			if (!ner_chr(s, s + m.start, ' ', m.end - m.start) &&
			    (lexicon_lookup(s + m.start, m.end - m.start) & (LEX_DEMONYM | LEX_GROUP | LEX_COUNTRY)))
				for (int k = 0; k < 3 && m.start >= 3 && s[m.start - 1] == ' ' && s[m.start - 2] >= 'a' &&
						s[m.start - 2] <= 'z';
				     k++) {
					size_t q = m.start - 1;
					q = ner_word_start(s, 0, q);
					if (!(s[q] >= 'A' && s[q] <= 'Z'))
						break;
					/* A name the model took apart ("[Tarvo] Swiss
					 * <TSW>") joins it whole. */
					if (w > 0 && l->v[w - 1].end > q) {
						if (l->v[w - 1].end == m.start - 1 && l->v[w - 1].type != NER_DATE)
							m.start = l->v[--w].start;
						break;
					}
					m.start = q;
				}
		} else if (m.start > 0 && m.end < len && s[m.start - 1] == '<' && s[m.end] == '>' &&
			   ner_ticker_shape(s, m.start, m.end, 0)) {
			m.type = NER_ORG;
			m.margin = 0;
		}
		l->v[w++] = m;
	}
	l->n = w;
}

/* A month is no organization's or place's first word: "the [August]
 * [National Association of Purchasing Management] index", "the
 * [September] [International Coffee Organization] meeting", where the
 * model ran the month into the name; the month is a date of its own. "May"
 * is left alone: companies bear it ("May Department Stores"); so is "Jan",
 * a given name and Hindi's "people" ("the Jan Sangh"). */
static void ner_leading_months(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG && m->type != NER_PLACE)
			continue;
		/* A month's first two letters, any case, before anything else. */
		if (m->end - m->start < 5)
			continue;
		char c0 = (char)(s[m->start] | 0x20), c1 = (char)(s[m->start + 1] | 0x20);
		int month;
		switch (c0) {
		case 'j':
			month = c1 == 'a' || c1 == 'u';
			break;
		case 'a':
			month = c1 == 'p' || c1 == 'u';
			break;
		case 'm':
			month = c1 == 'a';
			break;
		case 'o':
			month = c1 == 'c';
			break;
		case 'n':
			month = c1 == 'o';
			break;
		case 'f':
		case 's':
		case 'd':
			month = c1 == 'e';
			break;
		default:
			month = 0;
		}
		if (!month)
			continue;
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (!sp)
			continue;
		size_t we = (size_t)(sp - s), rs = we + 1;
		unsigned mc = we - m->start >= 3 ? lexicon_lookup(s + m->start, we - m->start) : 0;
		/* A short form that is a given name too starts names of its
		 * own ("Jan Sangh", a party; "Jan Kessler"). */
		if (we - m->start < 3 || rs >= m->end || !(s[rs] >= 'A' && s[rs] <= 'Z') || !(mc & LEX_MONTH) ||
		    ner_lit_is_nocase("may", s + m->start, we - m->start) ||
		    (we - m->start == 3 && (mc & LEX_FIRST_NAME)))
			continue;
		size_t ms = m->start;
		m->start = rs;
		m->margin = 0;
		ner_push(l, ms, we, NER_DATE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A weekday or a month and its possessive start no name: "before
 * [Wednesday 's League Cup] tie", "ahead of [Sunday’s Velmar Grand Prix]",
 * where the model ran the date into the name after it; the date is a date
 * of its own, and the name starts after the possessive (ANNOTATION.md: a
 * possessor is apart). */
static void ner_calendar_possessors(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->end - m->start < 8 || !(s[m->start] >= 'A' && s[m->start] <= 'Z'))
			continue;
		/* A mark of the possessive at the first word's end or right
		 * after it first: most names have none. */
		size_t fw = ner_blank_at(s, m->start, m->end);
		if (fw >= m->end || fw - m->start < 4 || !((s[fw - 1] == 's' && (s[fw - 2] == '\'' || (unsigned char)s[fw - 2] == 0x99)) ||
				       s[fw + 1] == '\'' || (unsigned char)s[fw + 1] == 0xE2))
			continue;
		size_t we = m->start + 1;
		while (we < m->end && s[we] >= 'a' && s[we] <= 'z')
			we++;
		/* "'s" glued or after a blank, or its mark written apart
		 * (" ’ s "), then a blank and the name. */
		size_t pe = 0, ap;
		if (we - m->start >= 3) {
			pe = ner_possessive_end(s, len, we);
			if (!pe && (ap = ner_spaced_apostrophe(s, len, we)) != 0 && s[we + ap] == 's')
				pe = we + ap + 1;
		}
		if (!pe || pe + 1 >= m->end || s[pe] != ' ' || !(s[pe + 1] >= 'A' && s[pe + 1] <= 'Z') ||
		    !(lexicon_lookup(s + m->start, we - m->start) & (LEX_WEEKDAY | LEX_MONTH)))
			continue;
		size_t ds = m->start;
		m->start = pe + 1;
		m->margin = 0;
		ner_push(l, ds, we, NER_DATE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A name ends in no hyphen (nor in a bracket it does not open, below):
 * German and Dutch write the shared end of two compounds once
 * ("FaceTime-Audio- und Videoanrufe"), and the word before
 * "und" keeps its hyphen in one token. Where the word after "und" starts
 * a name, the two are one, of the type of the second, whose head word
 * ends it ("Bayerische Hypotheken- und Wechsel-Bank AG"). */
static void ner_trailing_hyphens(const char *s, struct ner_list *l)
{
	static const char *const joins[] = { " und ", " and ", " oder ", " or ", " en ", NULL };
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.end > m.start && s[m.end - 1] == '-' && i + 1 < l->n && l->v[i + 1].type != NER_DATE &&
		    m.type != NER_DATE) {
			size_t g = l->v[i + 1].start - m.end;
			for (int k = 0; joins[k]; k++)
				if (strlen(joins[k]) == g && memcmp(s + m.end, joins[k], g) == 0) {
					m.end = l->v[i + 1].end;
					m.type = l->v[i + 1].type;
					m.margin = l->v[i + 1].margin;
					i++;
					break;
				}
		}
		while (m.end > m.start && s[m.end - 1] == '-')
			m.end--;
		/* Nor in a bracket it does not open ("the South Island (Te
		 * Waipounamu)—and", the dash glued to the bracket), nor does it
		 * start with one it does not close. */
		if (m.end > m.start && (s[m.end - 1] == ')' || s[m.end - 1] == ']') &&
		    !ner_chr(s, s + m.start, s[m.end - 1] == ')' ? '(' : '[', m.end - m.start))
			m.end--;
		if (m.end > m.start && (s[m.start] == '(' || s[m.start] == '[') &&
		    !ner_chr(s, s + m.start, s[m.start] == '(' ? ')' : ']', m.end - m.start))
			m.start++;
		while (m.end > m.start && (s[m.end - 1] == ' ' || s[m.end - 1] == '\n'))
			m.end--;
		while (m.end > m.start && (s[m.start] == ' ' || s[m.start] == '\n'))
			m.start++;
		if (m.end > m.start)
			l->v[w++] = m;
	}
	l->n = w;
}

/* ner_push of s[start..end) with m's type and margin: a piece of m. */
static void ner_push_part(struct ner_list *l, size_t start, size_t end, const struct ner_mention *m)
{
	size_t n = l->n;
	ner_push(l, start, end, m->type);
	if (l->n > n)
		l->v[n].margin = m->margin;
}

/* Whether a name of l holds the byte c: the bracket passes below act on
 * few stories. */
static int ner_any_holds(const char *s, const struct ner_list *l, char c)
{
	for (size_t i = 0; i < l->n; i++)
		if (ner_chr(s, s + l->v[i].start, c, l->v[i].end - l->v[i].start))
			return 1;
	return 0;
}

/* A name that runs into a bracket it does not close ran on into what the
 * bracket holds: text split into tokens by another tool writes the
 * bracket apart, and the model read "Kim ( Hyung - ryul )" and
 * "Intergovernmental Negotiating Committee ( INC )" as one name. The
 * name ends before the bracket, and what the bracket holds is a name of
 * its own where it is an acronym or a person's other name; letters that
 * tell teams of one name apart stay inside it, closed ("Radnicki ( N )",
 * as CoNLL-2003 writes them). A name that starts inside a bracket and
 * ends outside it is an editor's ("(International Monetary) Fund"), left
 * to ner_close_brackets. */
static void ner_open_brackets(const char *s, size_t len, struct ner_list *l)
{
	if (!ner_any_holds(s, l, '('))
		return;
	struct ner_list o = { 0 };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t b = m.end;
		while (b > m.start && s[b - 1] != '(' && s[b - 1] != ')')
			b--;
		if (b > m.start + 1 && s[b - 1] == '(' && m.type != NER_DATE) {
			size_t is = b, ie = m.end, fe = b - 1, c = m.end;
			while (is < ie && s[is] == ' ')
				is++;
			while (fe > m.start && (s[fe - 1] == ' ' || s[fe - 1] == '\n'))
				fe--;
			while (c < len && s[c] == ' ')
				c++;
			int upper = ie > is && s[is] >= 'A' && s[is] <= 'Z', acronym = upper && ie - is >= 2 && ie - is <= 8;
			for (size_t k = is; acronym && k < ie; k++)
				acronym = (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9');
			if (upper && ie - is == 1 && c < len && s[c] == ')') {
				m.end = c + 1; /* Radnicki ( N ) */
			} else {
				m.end = fe;
				if (acronym || (upper && m.type == NER_PERSON)) {
					ner_push_part(&o, m.start, m.end, &m);
					m.start = is;
					m.end = ie;
				}
			}
		}
		ner_push_part(&o, m.start, m.end, &m);
	}
	free(l->v);
	*l = o;
}

/* A name that holds a bracket's close and not its open started inside an
 * editor's bracket: "(Harold) Greene", "(International Monetary) Fund",
 * which the model read from the bracket's first word. Where the bracket
 * opens right before the name, the name takes it, as it keeps a nickname's
 * ("Robert (Bob) Kessel") and as CoNLL-2003 writes "( Tom ) Kestrel". Where
 * it opens further back ("(Finance Minister Dilson) Funaro") or something
 * other than a blank follows it ("(CORRECTED)-ACME CORP", "(EC)/OPEC"),
 * the name is cut at the bracket: what follows is a name, and what the
 * bracket holds is one where it is a person's or a list knows it, or the
 * acronym of the name right before the bracket ("Rapid Action Battalion
 * (RAB) Legal Wing"). */
static void ner_close_brackets(const char *s, size_t len, struct ner_list *l)
{
	if (!ner_any_holds(s, l, ')'))
		return;
	struct ner_list o = { 0 };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const char *cp = m.type == NER_DATE ? NULL : ner_chr(s, s + m.start, ')', m.end - m.start);
		size_t c = cp ? (size_t)(cp - s) : 0;
		if (!cp || c == m.start || ner_chr(s, s + m.start, '(', c - m.start)) {
			ner_push_part(&o, m.start, m.end, &m);
			continue;
		}
		size_t q = m.start;
		while (q > 0 && s[q - 1] == ' ')
			q--;
		int blank = c + 1 < len && (s[c + 1] == ' ' || s[c + 1] == '\n');
		/* A name's acronym in the bracket right after it ("Rapid Action
		 * Battalion (RAB) Legal Wing") is that name's, cut from what
		 * follows it. */
		size_t be = c;
		while (be > m.start && s[be - 1] == ' ')
			be--;
		int acronym = be - m.start >= 2 && be - m.start <= 8 && q > 0 && s[q - 1] == '(' && o.n > 0;
		for (size_t x = m.start; acronym && x < be; x++)
			acronym = s[x] >= 'A' && s[x] <= 'Z';
		if (acronym) {
			size_t p = q - 1;
			while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\n'))
				p--;
			acronym = o.v[o.n - 1].end == p;
		}
		if (acronym) {
			ner_push(&o, m.start, be, o.v[o.n - 1].type);
		} else if (q > 0 && s[q - 1] == '(' && blank && (o.n == 0 || o.v[o.n - 1].end < q)) {
			/* A company's bracket before its legal form is the
			 * company's name's ("Kestrel Securities (F.E.) Ltd",
			 * the model having ended the name before it). */
			size_t p = q - 1, fs = c + 1;
			while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\n'))
				p--;
			while (fs < m.end && (s[fs] == ' ' || s[fs] == '\n'))
				fs++;
			if (o.n && o.v[o.n - 1].end == p && o.v[o.n - 1].type == NER_ORG &&
			    (lexicon_lookup(s + fs, m.end - fs) & LEX_COMPANY_SUFFIX)) {
				o.v[o.n - 1].end = m.end;
				continue;
			}
			ner_push_part(&o, q - 1, m.end, &m);
			continue;
		} else if (m.type == NER_PERSON || ner_lex_type(lexicon_lookup(s + m.start, be - m.start)) >= 0) {
			ner_push(&o, m.start, be, m.type);
		}
		size_t as = c + 1;
		while (as < m.end && (s[as] == ' ' || s[as] == '\n' || s[as] == '-' || s[as] == '/'))
			as++;
		if (as < m.end && ner_alnum_at(s, as))
			ner_push(&o, as, m.end, m.type);
	}
	free(l->v);
	*l = o;
}

/* A time zone's letters after a clock time ("4 PM EDT", "1515 CST",
 * "12 : 48PM BST", "17:00 UTC") are no name, as CoNLL-2003 annotates
 * "EDT": the model took a page's "3 : 37 PM EDT" for a person, and the
 * corpus joined "1515 CST" to Color Systems Technology Inc's initials.
 * "GMT" is not listed: CoNLL annotates it as an other name, and it stays
 * as the model reads it. Not the same letters elsewhere ("porcine
 * somatotropin (PST)"). */
static void ner_time_zones(const char *s, struct ner_list *l)
{
	static const char *const zones[] = { "EDT",  "EST",  "CDT",  "CST",  "MDT",  "MST",  "PDT", "PST",
					     "AKDT", "AKST", "HST",  "UTC",  "BST",  "CET",  "CEST", "EET",
					     "EEST", "IST",  "JST",  "KST",  "HKT",  "SGT",  "AEST", "AEDT",
					     "AWST", "NZST", "NZDT", "MSK",  "SAST", "PKT",  NULL };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		int zone = 0;
		/* Every zone's name ends in "T", "C" or "K": most names of three
		 * or four letters are compared with none. */
		char z = n >= 3 && n <= 4 ? s[m->end - 1] : 0;
		if (z == 'T' || z == 'C' || z == 'K')
			for (int k = 0; zones[k] && !zone && m->type != NER_DATE && m->start >= 2; k++)
				zone = ner_lit_is(zones[k], s + m->start, n);
		if (!zone) {
			l->v[o++] = *m;
			continue;
		}
		size_t p = m->start;
		while (p > 0 && s[p - 1] == ' ')
			p--;
		/* A clock's hour or minutes, or its AM or PM. */
		int clock = p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9';
		if (!clock && p >= 2) {
			const char *w = s + p - 2;
			clock = (w[1] == 'M' || w[1] == 'm') && (w[0] == 'A' || w[0] == 'P' || w[0] == 'a' || w[0] == 'p');
			if (!clock && p >= 4 && s[p - 1] == '.')
				clock = memcmp(s + p - 4, "a.m.", 4) == 0 || memcmp(s + p - 4, "p.m.", 4) == 0;
		}
		if (!clock)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* Into out (size at least b - a + 1) s[a..b) with every run of blanks one
 * space; its length. */
static size_t ner_squeeze(const char *s, size_t a, size_t b, char *out)
{
	size_t o = 0;
	for (size_t k = a; k < b; k++) {
		int blank = s[k] == ' ' || s[k] == '\n' || s[k] == '\t' || s[k] == '\r';
		if (!blank)
			out[o++] = s[k];
		else if (o && out[o - 1] != ' ')
			out[o++] = ' ';
	}
	out[o] = '\0';
	return o;
}

/* Two names joined by "and" that the story writes inside an organization's
 * longer name are that name's short form, one organization ("Ways and
 * Means chairman" beside the "House Ways and Means Committee"): the model
 * had read them as two names, the first often a person's. At most a few
 * dozen of the story's names with "and" are compared, so a long story is
 * no slower. */
static void ner_inner_phrases(const char *s, struct ner_list *l)
{
	enum { NER_INNER_MAX = 32 };
	char *org[NER_INNER_MAX];
	size_t norg = 0;
	for (size_t i = 0; i < l->n && norg < NER_INNER_MAX; i++) {
		const struct ner_mention *m = &l->v[i];
		/* " and " squeezed is "and" in the text (ner_find, SSE2): most
		 * names have none, and are neither squeezed nor searched. */
		if (m->type != NER_ORG || m->end - m->start > 200 ||
		    !ner_find(s, s + m->start, m->end - m->start, "and", 3))
			continue;
		char buf[256];
		size_t bn = ner_squeeze(s, m->start, m->end, buf);
		if (!strstr(buf, " and "))
			continue;
		int seen = 0;
		for (size_t q = 0; q < norg && !seen; q++)
			seen = strcmp(org[q], buf) == 0;
		if (!seen) {
			org[norg] = xmalloc(bn + 1);
			memcpy(org[norg++], buf, bn + 1);
		}
	}
	if (!norg)
		return;
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		/* Not two places ("Hong Kong and Macau" of the "Hong Kong and
		 * Macau Affairs Office"): places go together. */
		if (i + 1 < l->n && m.type != NER_DATE && l->v[i + 1].type != NER_DATE &&
		    !(m.type == NER_PLACE && l->v[i + 1].type == NER_PLACE) && l->v[i + 1].end - m.start <= 200) {
			size_t g = m.end;
			while (g < l->v[i + 1].start && (s[g] == ' ' || s[g] == '\n'))
				g++;
			size_t h = g + 3;
			int joined = h <= l->v[i + 1].start && memcmp(s + g, "and", 3) == 0 && g > m.end;
			while (joined && h < l->v[i + 1].start && (s[h] == ' ' || s[h] == '\n'))
				h++;
			joined = joined && h == l->v[i + 1].start && h > g + 3;
			char buf[256];
			/* Up to a NUL the text may hold: what strstr compares. */
			size_t bn = joined ? (ner_squeeze(s, m.start, l->v[i + 1].end, buf), strlen(buf)) : 0;
			for (size_t q = 0; joined && q < norg; q++) {
				const char *at = strstr(org[q], buf);
				size_t on = strlen(org[q]);
				/* Whole words, and fewer than the organization's. */
				if (at && bn < on && (at == org[q] || at[-1] == ' ') && (at[bn] == '\0' || at[bn] == ' ')) {
					m.end = l->v[i + 1].end;
					m.type = NER_ORG;
					m.margin = 0;
					i++;
					break;
				}
			}
		}
		l->v[w++] = m;
	}
	l->n = w;
	for (size_t q = 0; q < norg; q++)
		free(org[q]);
}

int ner_dateline_at(const char *s, size_t n, size_t start, size_t end)
{
	size_t b = start;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	return (b == 0 || s[b - 1] == '\n') && ner_dateline_after(s, n, end);
}

/* A bug tracker's word before a number is the label of an issue, no
 * name: "Bug 1678173" of a browser's notes is not the river Bug, nor
 * "Ticket #4512" a person. */
static void ner_tracker_labels(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit labels[] = { NER_LIT("Bug"), NER_LIT("Bugs"), NER_LIT("Issue"),
						 NER_LIT("Ticket") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t e = m->end, n = m->end - m->start;
		int label = 0;
		/* The labels start with "B", "I" or "T": most names are compared
		 * with none. */
		char c0 = n ? s[m->start] : 0;
		for (size_t k = 0; k < sizeof labels / sizeof *labels && !label && (c0 == 'B' || c0 == 'I' || c0 == 'T'); k++)
			label = n == labels[k].n && memcmp(s + m->start, labels[k].w, n) == 0;
		if (label && m->type != NER_DATE && e + 2 < len && s[e] == ' ') {
			size_t d = e + 1 + (s[e + 1] == '#'), q = d;
			while (q < len && s[q] >= '0' && s[q] <= '9')
				q++;
			/* A number of four digits or more ("Bug 1234"): fewer
			 * may be a chapter's or a magazine's ("Issue 12"). */
			if (q - d >= 4 && (q == len || !ner_alnum_at(s, q)))
				continue;
		}
		l->v[o++] = *m;
	}
	l->n = o;
}

/* A name a kind of place follows in lower case is that place, whatever
 * the model made of it ("the storm hit Dong Vinh province", "the Kavrani
 * district", "the Ludogorie plateau"): not an acronym ("ASCS county
 * committees"), a people ("Dutch province"), or a body a list knows or
 * its head word ends ("the Dallas Federal Reserve district"). */
static void ner_place_kind_after(const char *s, size_t len, struct ner_list *l)
{
	/* Of ner_place_kinds, those no body's or person's name takes in
	 * lower case ("Islamic State", "a Tarvel town hall" aside). */
	static const char *const kinds[] = { "province",	"district", "county", "prefecture", "governorate",
					     "municipality", "plateau",	 "valley", "desert", "basin",
					     "peninsula",    "delta",	 "constituency", "upazila", "tehsil",
					     "taluk",	     "oblast",	 NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* The kinds start with letters from 'b' to 'v'. */
		if ((m->type != NER_PERSON && m->type != NER_ORG && m->type != NER_MISC) || m->end + 1 >= len ||
		    s[m->end] != ' ' || s[m->end + 1] < 'b' || s[m->end + 1] > 'v')
			continue;
		size_t e = m->end + 1;
		while (e < len && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e < len && (s[e] == '-' || (unsigned char)s[e] >= 0x80 || (s[e] >= 'A' && s[e] <= 'Z')))
			continue;
		int kind = 0;
		for (int k = 0; kinds[k] && !kind; k++)
			kind = ner_lit_is(kinds[k], s + m->end + 1, e - m->end - 1);
		size_t n = m->end - m->start, lw = n;
		while (lw > 0 && s[m->start + lw - 1] != ' ')
			lw--;
		if (!kind || text_all_upper(s + m->start, n) || (lexicon_lookup(s + m->start, n) & LEX_ORG) ||
		    (lexicon_lookup(s + m->start + lw, n - lw) & LEX_ORG_WORD))
			continue;
		m->type = NER_PLACE;
	}
}

/* The plural of a role's abbreviation is people of that role, no one's
 * name ("98 MPs", "MEPs", "CEOs"), as the role alone is none; and so is
 * "Member of Parliament" spelt out. */
static void ner_role_plurals(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start, k = 0;
		/* Three to six bytes ending in "s" first: most names are not,
		 * and their capitals are not counted. */
		if (n >= 3 && n <= 6 && s[m->end - 1] == 's')
			while (k < n && s[m->start + k] >= 'A' && s[m->start + k] <= 'Z')
				k++;
		if (m->type != NER_DATE && k >= 2 && k <= 5 && n == k + 1 && s[m->end - 1] == 's' &&
		    (lexicon_lookup(s + m->start, k) & (LEX_ROLE | LEX_TITLE)))
			continue;
		/* "Member of Parliament" is a seat, no body's name: the
		 * training data leaves it unnamed 8 times in 10. */
		if ((n == 20 || n == 21) && s[m->start] == 'M' && m->type != NER_DATE &&
		    (ner_lit_is("Member of Parliament", s + m->start, n) ||
		     ner_lit_is("Members of Parliament", s + m->start, n)))
			continue;
		l->v[o++] = *m;
	}
	l->n = o;
}

/* A label a page hides from the eye but leaves in its text, glued to the
 * name after it ("CreditAnn Lee" of a caption's credit, "PhotoTom
 * Ellis"), is no part of the name: the name starts after it. */
static void ner_hidden_labels(const char *s, struct ner_list *l)
{
	static const struct ner_lit labels[] = { NER_LIT("Credit"), NER_LIT("Photo"), NER_LIT("Photograph"),
						 NER_LIT("Image"), NER_LIT("Source") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		char c = s[m->start];
		if (m->type == NER_DATE || !(c == 'C' || c == 'P' || c == 'I' || c == 'S'))
			continue;
		for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
			size_t ln = labels[k].n;
			/* A name of two words or more after it: "CreditWatch"
			 * and "ImageMaster" are names of their own. And where a
			 * word of the sentence comes before, no caption's
			 * label: "won the SourceForge Community Choice Award". */
			if (m->end - m->start > ln + 1 && c == labels[k].w[0] && memcmp(s + m->start, labels[k].w, ln) == 0 &&
			    text_starts_upper(s + m->start + ln, m->end - m->start - ln) &&
			    ner_chr(s, s + m->start + ln, ' ', m->end - m->start - ln)) {
				size_t p = m->start;
				while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
					p--;
				if (!(p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z'))
					m->start += ln;
				break;
			}
		}
	}
}

/* Whether s[a..b) is one capitalised word of letters, three or more,
 * that is neither a given name nor a people's word, nor a prefix of
 * compounds ("Trans-", "Sino-"). */
static int ner_route_end(const char *s, size_t a, size_t b)
{
	static const char *const prefixes[] = { "Trans", "Pan", "Anti", "Sino", "Indo", "Afro", "Euro", "Anglo",
						"Franco", "Greco", "Russo", "Austro", "Mid", "Inter", "Intra",
						"Cross", "Non", "Pro", "Post", "Pre", "Neo", NULL };
	if (b < a + 3 || !(s[a] >= 'A' && s[a] <= 'Z'))
		return 0;
	for (size_t k = a + 1; k < b; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	for (int k = 0; prefixes[k]; k++)
		if (ner_lit_is(prefixes[k], s + a, b - a))
			return 0;
	return !(lexicon_lookup(s + a, b - a) & (LEX_FIRST_NAME | LEX_DEMONYM | LEX_GROUP));
}

/* Two places joined by a hyphen before a word for what runs between them
 * ("the Tarvo-Kesla railway", "the Lusaka - Kesla road" as text split
 * into tokens has it) are two places, as ANNOTATION.md splits
 * "[Russia]-[Ukraine] situation": the model, knowing neither, read one
 * name, and took the road in. Not a name a list knows whole. */
static void ner_route_pairs(const char *s, size_t len, struct ner_list *l)
{
	static const char *const routes[] = { "railway", "railroad", "rail", "road", "highway", "expressway",
					      "motorway", "pipeline", "route", "corridor", "border", "flight",
					      "flights", "crossing", NULL };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->end - m->start > 80)
			continue;
		const char *h = ner_chr(s, s + m->start, '-', m->end - m->start);
		if (!h || ner_chr(s, h + 1, '-', (size_t)(s + m->end - h - 1)))
			continue;
		size_t hy = (size_t)(h - s), le = hy, rs = hy + 1;
		if (le > m->start && s[le - 1] == ' ' && rs < m->end && s[rs] == ' ') {
			le--;
			rs++;
		}
		size_t lw = le;
		while (lw > m->start && s[lw - 1] != ' ')
			lw--;
		size_t re = ner_space_end(s, rs, m->end);
		if (le <= m->start || !ner_route_end(s, lw, le) || !ner_route_end(s, rs, re))
			continue;
		/* The word for the road, in the name or after it. */
		size_t ws = re < m->end ? re + 1 : m->end + 1, we = ws;
		if (re >= m->end && !(m->end < len && s[m->end] == ' '))
			continue;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		if (re < m->end && we != m->end)
			continue;
		int route = 0;
		for (int k = 0; routes[k] && !route; k++)
			route = ner_lit_is(routes[k], s + ws, we - ws);
		if (!route || lexicon_lookup(s + m->start, re - m->start))
			continue;
		m->end = le;
		m->type = NER_PLACE;
		m->margin = 0;
		ner_push(l, rs, re, NER_PLACE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* An event the model ran into the place it was held ("the 1994 Winter
 * Olympics in Lillehammer", "the 2006 World Cup in Germany") is the event
 * and the place, as ANNOTATION.md types them apart; a league or a cup run
 * into the team that played in it ("the Indian Premier League for the
 * Kolkata Knight Riders") is the league and the team. Only after an
 * event's head word, the part after all capitalised: "Organisation for
 * Security and Cooperation in Europe", "Made in China", "National League
 * for Democracy" and "the League for the Protection of Birds" are names
 * whole. */
static void ner_event_places(const char *s, struct ner_list *l)
{
	static const char *const heads[] = { "Olympics", "Games", "Paralympics", "Cup", "Championship",
					     "Championships", "Open", "Prix", "Expo", "Festival", "Olympiad",
					     "Marathon", "Rally", "Tournament", "League", "Trophy", NULL };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		/* "A Cup in B" is ten bytes at least: most names are shorter. */
		if ((m->type != NER_MISC && m->type != NER_ORG) || m->end - m->start > 80 || m->end - m->start < 10)
			continue;
		/* " in " a place, or " for the " a team. */
		const char *in = ner_find(s, s + m->start, m->end - m->start, " in ", 4);
		int team = 0;
		if (!in) {
			in = ner_find(s, s + m->start, m->end - m->start, " for the ", 9);
			team = 1;
		}
		if (!in)
			continue;
		size_t le = (size_t)(in - s), rs = le + (team ? 9 : 4);
		if (!team && rs + 4 < m->end && memcmp(s + rs, "the ", 4) == 0)
			rs += 4;
		size_t hs = ner_word_start(s, m->start, le);
		int head = 0;
		for (int k = 0; heads[k] && !head; k++)
			head = ner_lit_is(heads[k], s + hs, le - hs);
		/* A place is held no league ("the League in Kessby"). */
		if (!head || hs == m->start || (!team && ner_lit_is("League", s + hs, le - hs)))
			continue;
		/* The place or the team: capitalised words, four at most. */
		int ok = 1, w = 0;
		for (size_t a = rs; a < m->end && ok; w++) {
			size_t b = ner_space_end(s, a, m->end);
			ok = w < 4 && ner_upper_at(s, a);
			a = b + 1;
		}
		if (!ok || rs >= m->end)
			continue;
		size_t end = m->end;
		m->end = le;
		ner_push(l, rs, end, team ? NER_ORG : NER_PLACE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A name the lists know, of two words or more, before a hyphen and a
 * word of the language, that the model left out ("the Awami League-led
 * government"): the name alone, as ANNOTATION.md's "[Russia]-backed", of
 * the type the lists give it. Text of len bytes. */
static void ner_hyphen_known_names(const char *s, size_t len, struct ner_list *l)
{
	static const char *const tails[] = { "led", "backed", "based", "owned", "run", "controlled", "allied",
					     "sponsored", "funded", "aligned", "dominated", "supported", NULL };
	size_t n0 = l->n, mi = 0;
	for (const char *p = s; (p = memchr(p, '-', len - (size_t)(p - s))) != NULL; p++) {
		size_t h = (size_t)(p - s), te = h + 1;
		if (h < 4 || !(s[h - 1] >= 'a' && s[h - 1] <= 'z') || te >= len || s[te] < 'a' || s[te] > 'z')
			continue;
		while (te < len && s[te] >= 'a' && s[te] <= 'z')
			te++;
		int tail = 0;
		for (int k = 0; tails[k] && !tail; k++)
			tail = ner_lit_is(tails[k], s + h + 1, te - h - 1);
		if (!tail || (te < len && ner_alnum_at(s, te)))
			continue;
		/* Back over capitalised words, the longest name the lists know. */
		size_t ws = ner_word_start(s, 0, h), best = h;
		int type = -1;
		for (int w = 0; w < 5 && ws < h && ner_upper_at(s, ws); w++) {
			if (w > 0) {
				int lt = ner_lex_type(lexicon_lookup(s + ws, h - ws));
				if (lt >= 0 && lt != NER_DATE) {
					best = ws;
					type = lt;
				}
			}
			if (ws < 2 || s[ws - 1] != ' ')
				break;
			ws = ner_word_start(s, 0, ws - 1);
		}
		if (type < 0)
			continue;
		while (mi < n0 && l->v[mi].end <= best)
			mi++;
		if (mi < n0 && l->v[mi].start < h)
			continue;
		ner_push(l, best, h, (enum ner_type)type);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A name of two words before a hyphen and a word of the language
 * ("Hemant Soren-led", "Narendra Modi-backed"), which the model read as
 * two names (it takes "Soren-led" for a name of its own, as its training
 * labels "Saudi-led"), is one, as ANNOTATION.md's "[Russia]-backed" is:
 * a person's where a given name starts it. Not where a list knows either
 * part as a place, an organization or a people ("U.S. Saudi-led"). */
static void ner_hyphen_pairs(const char *s, size_t len, struct ner_list *l)
{
	/* A place's head word makes a place ("Mercer Island-based"). */
	static const char *const heads[] = { "beach", "bay", "valley", "lake", "river", "park", "hills", "heights",
					     "springs", "falls", "creek", "harbor", "harbour", "island", NULL };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* One name of two words or more that the model read as a
		 * person's or an other name, with such a head before "-based"
		 * or "-born". */
		if ((m->type == NER_PERSON || m->type == NER_MISC) && m->end + 6 < len && s[m->end] == '-' &&
		    (memcmp(s + m->end + 1, "based", 5) == 0 || memcmp(s + m->end + 1, "born", 4) == 0)) {
			size_t lw = ner_word_start(s, m->start, m->end);
			int place = 0;
			for (int k = 0; heads[k] && !place && lw > m->start; k++)
				place = ner_lit_is_nocase(heads[k], s + lw, m->end - lw);
			if (place) {
				m->type = NER_PLACE;
				m->margin = 0;
			}
		}
		if (o > 0 && m->type != NER_DATE && m->start == l->v[o - 1].end + 1 && s[m->start - 1] == ' ' &&
		    m->end + 4 < len && s[m->end] == '-' && s[m->end + 1] >= 'a' && s[m->end + 1] <= 'z' &&
		    !ner_chr(s, s + m->start, ' ', m->end - m->start)) {
			struct ner_mention *p = &l->v[o - 1];
			size_t te = m->end + 1;
			while (te < len && s[te] >= 'a' && s[te] <= 'z')
				te++;
			int lp = ner_lex_type(lexicon_lookup(s + p->start, p->end - p->start)),
			    lm = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
			size_t fw = ner_space_end(s, p->start, p->end);
			if (p->type != NER_DATE && !ner_chr(s, s + p->start, ' ', p->end - p->start) && lp < 0 && lm < 0 &&
			    s[p->end - 1] != '.' && te - m->end - 1 >= 3 && lexicon_lowercase(s + m->end + 1, te - m->end - 1)) {
				int place = 0;
				for (int k = 0; ner_place_kinds[k] && !place; k++)
					place = ner_lit_is_nocase(ner_place_kinds[k], s + m->start, m->end - m->start);
				for (int k = 0; heads[k] && !place; k++)
					place = ner_lit_is_nocase(heads[k], s + m->start, m->end - m->start);
				p->end = m->end;
				if (place)
					p->type = NER_PLACE;
				else if (lexicon_lookup(s + p->start, fw - p->start) & LEX_FIRST_NAME)
					p->type = NER_PERSON;
				p->margin = 0;
				continue;
			}
		}
		l->v[o++] = *m;
	}
	l->n = o;
}

/* Whether the words of s[a..b), none a word of names, have the initials
 * of the abbreviation c[0..cn) ("Goods and Services Tax", "GST"), "and",
 * "of", "the" and "&" left out, in any case, a plural's "s" of the
 * abbreviation aside. */
static int ner_initials_are(const char *s, size_t a, size_t b, const char *c, size_t cn)
{
	if (cn > 2 && c[cn - 1] == 's')
		cn--;
	size_t k = 0;
	for (size_t w = a; w < b;) {
		size_t e = ner_blank_at(s, w, b);
		if (!ner_lit_is_nocase("and", s + w, e - w) && !ner_lit_is_nocase("of", s + w, e - w) &&
		    !ner_lit_is_nocase("the", s + w, e - w) && !ner_lit_is("&", s + w, e - w)) {
				/* No word of a name ("American Petroleum Institute
			 * (API)", "Trading Corporation of Pakistan (TCP)"). */
			if (k >= cn || (s[w] | 0x20) != (c[k] | 0x20) ||
			    (lexicon_lookup(s + w, e - w) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_DEMONYM | LEX_GROUP |
							     LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_FIRST_NAME | LEX_ORG)))
				return 0;
			k++;
		}
		w = e + 1;
	}
	return k == cn;
}

/* An abbreviation a story gives a role ("Upazila Nirbahi Officer (UNO)",
 * "Chief Minister ( CM )") names the role, not a body: no name there or
 * anywhere in the story, nor are the role's words ("Upazila Nirbahi",
 * which the model took for an organization). */
static void ner_role_acronyms(const char *s, size_t len, struct ner_list *l)
{
	struct {
		size_t a, n, role;
	} ab[8];
	size_t nab = 0;
	for (const char *p = s; nab < 8 && (p = memchr(p, '(', len - (size_t)(p - s))) != NULL; p++) {
		size_t o = (size_t)(p - s), a = o + 1;
		if (o < 3 || s[o - 1] != ' ')
			continue;
		if (a < len && s[a] == ' ')
			a++;
		size_t b = a;
		while (b < len && s[b] >= 'A' && s[b] <= 'Z' && b - a <= 6)
			b++;
		size_t c = b < len && s[b] == ' ' ? b + 1 : b;
		if (b - a < 2 || b - a > 6 || c >= len || s[c] != ')')
			continue;
		size_t ws = ner_word_start(s, o > 64 ? o - 64 : 0, o - 1);
		if (!(s[ws] >= 'A' && s[ws] <= 'Z') || !(lexicon_lookup(s + ws, o - 1 - ws) & (LEX_ROLE | LEX_TITLE)))
			continue;
		/* The abbreviation is the initials of the role's capitalised
		 * words, read back from its word ("Sub - Inspector" SI); not
		 * a body's name that ends in such a word ("Department of
		 * Justice (DOJ)", "Advanced Interactive eXecutive (AIX)"). */
		size_t k = b - a, w = ws;
		int match = 0;
		for (;;) {
			if (!(s[w] >= 'A' && s[w] <= 'Z') || k == 0 || s[w] != s[a + k - 1])
				break;
			if (--k == 0) {
				match = 1;
				break;
			}
			if (w < 2 || s[w - 1] != ' ')
				break;
			size_t pe = w - 1, pw = ner_word_start(s, pe > 32 ? pe - 32 : 0, pe);
			if (pe - pw == 1 && s[pw] == '-' && pw >= 2 && s[pw - 1] == ' ')
				pe = pw - 1, pw = ner_word_start(s, pe > 32 ? pe - 32 : 0, pe);
			w = pw;
		}
		if (!match)
			continue;
		ab[nab].a = a;
		ab[nab].n = b - a;
		ab[nab].role = w;
		nab++;
	}
	if (!nab)
		return;
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		int drop = 0;
		for (size_t k = 0; k < nab && !drop; k++) {
			drop = m->end - m->start == ab[k].n && memcmp(s + m->start, s + ab[k].a, ab[k].n) == 0 &&
			       (m->type == NER_ORG || m->type == NER_PERSON || m->type == NER_MISC);
			/* The role's words, whatever the model made of them. */
			drop |= m->type != NER_DATE && m->start >= ab[k].role && m->end < ab[k].a;
		}
		if (!drop)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* A common noun spelled out before its abbreviation of the terms'
 * ("Artificial Intelligence (AI)", "Foreign Direct Investment (FDI)") is
 * no name, there or anywhere in its story, however the model typed it
 * ("Virtual Reality" a person); a name a list knows stays. */
static void ner_term_expansions(const char *s, size_t len, struct ner_list *l)
{
	enum { MAXT = 16 };
	size_t ts[MAXT], tn[MAXT], nt = 0;
	for (size_t i = 0; i < l->n && nt < MAXT; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t a = m->end + 2, b = a;
		if (m->type == NER_DATE || a + 2 > len || s[m->end] != ' ' || s[m->end + 1] != '(' ||
		    !ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		while (b < len && b - a <= 6 && s[b] != ')')
			b++;
		if (b >= len || s[b] != ')' || !lexicon_term(s + a, b - a) ||
		    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) >= 0)
			continue;
		if (!ner_initials_are(s, m->start, m->end, s + a, b - a)) {
			/* The term after a word and a preposition the model took
			 * in ("Investment in Artificial Intelligence (AI)"): the
			 * whole is no name, and the term is the one to find. */
			size_t p = m->end, pw = 0;
			for (int w = 0; w < 4 && p > m->start && !pw; w++) {
				p = ner_word_start(s, m->start, p > m->start ? p - 1 : p);
				if (p > m->start + 4 && ner_initials_are(s, p, m->end, s + a, b - a)) {
					size_t q = ner_word_start(s, m->start, p - 1);
					if (ner_lit_is("in", s + q, p - 1 - q) || ner_lit_is("of", s + q, p - 1 - q) ||
					    ner_lit_is("for", s + q, p - 1 - q) || ner_lit_is("on", s + q, p - 1 - q))
						pw = p;
				}
			}
			if (!pw || nt + 2 > MAXT)
				continue;
			ts[nt] = pw;
			tn[nt++] = m->end - pw;
		}
		ts[nt] = m->start;
		tn[nt++] = m->end - m->start;
	}
	if (!nt)
		return;
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		int term = 0;
		for (size_t k = 0; k < nt && !term; k++)
			term = m->end - m->start == tn[k] && memcmp(s + m->start, s + ts[k], tn[k]) == 0;
		if (!term)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* A broadcaster's channel by its number ("BBC Two", "BBC Radio 4",
 * "Channel 9") is one name, where the model left the number out; not an
 * amount ("Radio 4.5 pct"). */
static void ner_channel_numbers(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit nets[] = { NER_LIT("BBC"), NER_LIT("Radio"), NER_LIT("Channel"), NER_LIT("ITV") };
	static const struct ner_lit nums[] = { NER_LIT("One"), NER_LIT("Two"), NER_LIT("Three"), NER_LIT("Four") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* The number's first byte first: most names have none after. */
		if (m->type != NER_ORG || m->end + 2 >= len || s[m->end] != ' ' ||
		    !((s[m->end + 1] >= '1' && s[m->end + 1] <= '9') || s[m->end + 1] == 'O' || s[m->end + 1] == 'T' ||
		      s[m->end + 1] == 'F') ||
		    (i + 1 < l->n && l->v[i + 1].start <= m->end + 1))
			continue;
		size_t lw = ner_word_start(s, m->start, m->end), ne = m->end + 1;
		while (ne < len && ner_alnum_at(s, ne))
			ne++;
		size_t nn = ne - m->end - 1;
		int digits = s[m->end + 1] >= '1' && s[m->end + 1] <= '9';
		for (size_t k = m->end + 1; digits && k < ne; k++)
			digits = s[k] >= '0' && s[k] <= '9';
		int num = digits ? nn <= 2 && !(ne + 1 < len && (s[ne] == '.' || s[ne] == ',') && s[ne + 1] >= '0' &&
						 s[ne + 1] <= '9') :
				   NER_LIT_IN(nums, s + m->end + 1, nn);
		if (num && NER_LIT_IN(nets, s + lw, m->end - lw)) {
			m->end = ne;
			m->margin = 0;
		}
	}
}

/* A name before "crude" or "blend" is a grade of oil ("Brent crude"), an
 * other name, not a person's nor a body's; so are the story's other
 * mentions of it alone ("Brent traded at"). */
static void ner_oil_grades(const char *s, size_t len, struct ner_list *l)
{
	/* What a producer's or a place's crude has: "Velmar crude output" is
	 * the firm's, "the Sture crude terminal" the place's. */
	static const char *const made[] = { "output",	"production", "exports",  "imports",   "sales",	 "shipments",
					    "supply",	"supplies",   "reserves", "deliveries", "sold",	 "produced",
					    "refining", "refinery",   "terminal", "pipeline",  "field",	 "storage",
					    "port",	"tanker",     "tankers",  NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP || m->type == NER_MISC || m->end + 6 > len ||
		    s[m->end] != ' ' || (s[m->end + 1] != 'c' && s[m->end + 1] != 'b') ||
		    (memcmp(s + m->end, " crude", 6) != 0 && memcmp(s + m->end, " blend", 6) != 0) ||
		    (m->end + 6 < len && ner_alnum_at(s, m->end + 6)) || ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		/* A body or a place the model read ("Brent crude futures") is
		 * the grade where no list knows it as one and no producer's
		 * word follows ("Shell crude", "Iraq crude exports"). */
		enum ner_type was = m->type;
		if (was != NER_PERSON &&
		    ((lexicon_lookup(s + m->start, m->end - m->start) & ~(unsigned)(LEX_FIRST_NAME | LEX_COMMON)) ||
		     ner_word_after_in(s, len, m->end + 6, made)))
			continue;
		size_t n = m->end - m->start;
		const char *w = s + m->start;
		for (size_t k = 0; k < l->n; k++)
			if ((l->v[k].type == NER_PERSON || l->v[k].type == was) && l->v[k].end - l->v[k].start == n &&
			    memcmp(s + l->v[k].start, w, n) == 0) {
				l->v[k].type = NER_MISC;
				l->v[k].margin = 0;
			}
	}
}

/* A person's name that is only the first words of another name right
 * after it runs on into that name, of its type: one the model ended at a
 * middle initial ("New York's [John F.] [Kennedy International Airport]":
 * no name ends at a middle initial with a capitalised name after it), or
 * a given name alone before a name of another kind no list knows ("[James]
 * [Webb Space Telescope]", a thing named for a person; not "the [Clinton]
 * [White House]"). */
static void ner_person_head_joins(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const struct ner_mention *p = i + 1 < l->n ? &l->v[i + 1] : NULL;
		if (m.type != NER_PERSON || !p || p->start != m.end + 1 || s[m.end] != ' ') {
			l->v[o++] = m;
			continue;
		}
		int initial = m.end - m.start >= 4 && s[m.end - 1] == '.' && s[m.end - 3] == ' ' &&
			      s[m.end - 2] >= 'A' && s[m.end - 2] <= 'Z' && p->type != NER_DATE;
		int given = !initial && (p->type == NER_MISC || p->type == NER_PLACE || p->type == NER_ORG) &&
			    !ner_chr(s, s + m.start, ' ', m.end - m.start) &&
			    ner_chr(s, s + p->start, ' ', p->end - p->start) &&
			    (lexicon_lookup(s + m.start, m.end - m.start) & LEX_FIRST_NAME) &&
			    !lexicon_lookup(s + p->start, p->end - p->start);
		if (initial || given) {
			m.end = p->end;
			m.type = p->type;
			m.margin = 0;
			i++;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A name the model took for a person's that ends in a word of a place
 * or a building ("the Roosevelt Room", "Kennedy Airport", "the Sam
 * Houston Tollway") is a place. Where surnames are such words too ("Kevin
 * Park", "Michael Bay"), not after a given name alone; and such a name the
 * model took for a place is the person where a verb of saying follows.
 * A name of a person or an organization led by a word Spanish or
 * Portuguese writes first for a place ("Presa Allende") is a place. */
static void ner_facility_people(const char *s, size_t len, struct ner_list *l)
{
	/* The words of places, and those that are surnames too, by their
	 * lengths: a name's last word is compared with the few of its length
	 * alone, where each of the two lists' 45 words was asked of it. */
	static const char *const only[13][10] = {
		[4] = { "Room" },
		[5] = { "Arena", "Plaza", "Canal" },
		[6] = { "Avenue", "Tunnel", "County", "Desert", "Strait", "Region", "Oblast" },
		[7] = { "Airport", "Tollway", "Highway", "Freeway", "Parkway", "Stadium", "Station", "Islands",
			"Heights" },
		[8] = { "Motorway", "Township", "Province", "District" },
		[9] = { "Boulevard", "Territory", "Peninsula", "Mountains" },
		[10] = { "Expressway", "Dependency", "Prefecture" },
		/* The divisions of Poland, Russia and the Arab states ("Masovian
		 * Voivodeship", "Tver Oblast", "Giza Governorate"). */
		[11] = { "Voivodeship", "Governorate" },
		[12] = { "Municipality" },
	};
	static const char *const also[11][7] = {
		[3] = { "Bay", "Dam" },
		[4] = { "Road", "Park", "Lake", "Port" },
		[5] = { "River", "Beach" },
		[6] = { "Street", "Square", "Bridge", "Harbor", "Island", "Valley" },
		[7] = { "Harbour" },
	};
	static const char *const say[] = { "said", "says", "told", NULL };
	/* Spanish and Portuguese write the word of the place first: "Río
	 * Lempa", "Presa Allende", "Volcán de Fuego", "Lagoa Rodrigo de
	 * Freitas" (not "Rio", "Isla", "Sierra" or "Playa", also a name's or
	 * a company's first word: "Rio Ferdinand", "Isla Fisher"). */
	static const char *const lead[] = { "R\xc3\xado", "Lago", "Laguna", "Presa", "Represa", "Cerro",
					    "Volc\xc3\xa1n", "Bah\xc3\xad" "a", "Ba\xc3\xad" "a", "Cordillera", "Lagoa",
					    "Ilha", "Praia", "Quebrada", "Nevado", "Cayo", "Cayos", "Islas", "Punta", "Cabo",
					    "Golfo", "Parque", "Cueva", NULL };
	/* Nouns in lower case after a place's name, never a person's (the
	 * training data types no name before them a person's). */
	static const struct ner_lit after[] = { NER_LIT(" airport"), NER_LIT(" station"), NER_LIT(" stadium"),
						NER_LIT(" terminal"), NER_LIT(" bridge") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* A stadium or an arena named for its sponsor is a place, not
		 * the sponsor ("the Velmar Air Stadium"): the training data
		 * types every "Stadium" a place's. */
		if (m->type == NER_ORG && m->end - m->start > 7 && (s[m->end - 1] == 'm' || s[m->end - 1] == 'a') &&
		    (memcmp(s + m->end - 8, " Stadium", 8) == 0 || memcmp(s + m->end - 6, " Arena", 6) == 0)) {
			m->type = NER_PLACE;
			m->margin = 0;
			continue;
		}
		/* A name before "party" in lower case is the party's, where
		 * the model read an other name and no list knows it as a
		 * group ("the Libre party"; not "the Republican party"). */
		if (m->type == NER_MISC && m->end + 6 <= len && s[m->end] == ' ' && s[m->end + 1] == 'p' &&
		    memcmp(s + m->end, " party", 6) == 0 && (m->end + 6 == len || !ner_alnum_at(s, m->end + 6)) &&
		    !(lexicon_lookup(s + m->start, m->end - m->start) & (LEX_GROUP | LEX_DEMONYM))) {
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		/* "from Halim station": the byte after the blank first. */
		if (m->type == NER_PERSON && m->end + 8 <= len && s[m->end] == ' ' &&
		    strchr("astb", s[m->end + 1])) {
			int place = 0;
			for (size_t k = 0; k < sizeof after / sizeof *after && !place; k++) {
				size_t an = after[k].n;
				place = m->end + an <= len && memcmp(s + m->end, after[k].w, an) == 0 &&
					(m->end + an == len || !ner_alnum_at(s, m->end + an));
			}
			if (place) {
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
		/* The first two bytes first, then the word's end. */
		int pair = 0;
		for (int k = 0; lead[k] && !pair && m->end - m->start > 5 && (m->type == NER_PERSON || m->type == NER_ORG); k++)
			pair = s[m->start] == lead[k][0] && s[m->start + 1] == lead[k][1];
		if (pair) {
			size_t fw = ner_blank_at(s, m->start, m->end);
			int lead_word = 0;
			for (int k = 0; lead[k] && fw < m->end && !lead_word; k++)
				lead_word = ner_lit_is(lead[k], s + m->start, fw - m->start);
			/* A company's is the company's ("Cerro Sales Corp"): an
			 * organization takes it only before words English does
			 * not write. */
			int other = lead_word && m->type == NER_PERSON;
			for (size_t a = fw + 1, b; lead_word && !other && a < m->end; a = b + 1) {
				b = ner_blank_at(s, a, m->end);
				if (lexicon_lowercase(s + a, b - a) || (lexicon_lookup(s + a, b - a) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)))
					break;
				other = b >= m->end;
			}
			/* Nor a company's short name ("Punta Gorda" of "Punta
			 * Gorda Isles Inc"). */
			size_t n = m->end - m->start;
			for (size_t j = 0; other && m->type == NER_ORG && j < l->n; j++)
				other = !(l->v[j].type == NER_ORG && l->v[j].end - l->v[j].start > n + 1 &&
					  s[l->v[j].start + n] == ' ' && memcmp(s + l->v[j].start, s + m->start, n) == 0);
			if (other) {
				m->type = NER_PLACE;
				m->margin = 0;
			}
		}
		if (m->type != NER_PERSON && m->type != NER_PLACE)
			continue;
		size_t lw = m->end;
		lw = ner_word_start(s, m->start, lw);
		if (lw == m->start || !(s[lw] >= 'A' && s[lw] <= 'Z'))
			continue;
		size_t wn = m->end - lw;
		int kind = 0;
		for (int k = 0; wn < 13 && only[wn][k] && !kind; k++)
			kind = ner_lit_is(only[wn][k], s + lw, wn) ? 2 : 0;
		for (int k = 0; wn < 11 && also[wn][k] && !kind; k++)
			kind = ner_lit_is(also[wn][k], s + lw, wn) ? 1 : 0;
		if (!kind)
			continue;
		/* "Kevin Park": a given name and the word. */
		size_t fw = ner_blank_at(s, m->start, lw);
		int given = (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME) != 0;
		int person = kind == 1 && fw + 1 == lw && given;
		/* A title before a place named for its holder is the name's
		 * ("Sheikh Zayed Road", "King Rahim Airport"); not before a
		 * given name and a word surnames share ("Mayor Kevin Park")
		 * unless the model read a place. */
		if (m->start >= 3 && s[m->start - 1] == ' ' && (kind == 2 || !given || m->type == NER_PLACE) &&
		    (i == 0 || l->v[i - 1].end < m->start - 1)) {
			size_t tb = ner_word_start(s, 0, m->start - 1);
			if (tb + 1 < m->start - 1 && s[tb] >= 'A' && s[tb] <= 'Z' && (i == 0 || l->v[i - 1].end <= tb) &&
			    (lexicon_lookup(s + tb, m->start - 1 - tb) & LEX_TITLE)) {
				m->start = tb;
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
		if (m->type == NER_PLACE) {
			/* Such a name the model took for a place is the person where
			 * a verb of saying follows it ("Kevin Park said"). */
			if (person && m->end < len && s[m->end] == ' ' && ner_word_after_in(s, len, m->end, say)) {
				m->type = NER_PERSON;
				m->margin = 0;
			}
			continue;
		}
		if (person)
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* The bodies' common nouns that the training data leaves unnamed alone
 * after "the" even where the story names the body in full ("Agency" 9
 * times of 9, "Party" 10 of 10, "Council" 7 of 7 in the Worldwide
 * articles; "Police" 99 of 99 anywhere alone). "Bank", "Institute" and
 * "Bureau" they have too seldom to say: those stay the named body's short
 * form. */
static const struct ner_lit ner_lone_never[] = {
	NER_LIT("Agency"),  NER_LIT("Government"), NER_LIT("Council"), NER_LIT("Court"),	   NER_LIT("Party"),
	NER_LIT("Company"), NER_LIT("Ministry"),   NER_LIT("Police"),  NER_LIT("Secretariat"), NER_LIT("Chamber"),
};

/* A body's common noun alone ("the Agency said", "the Government",
 * "the Institute") is no name where the story names no body with that
 * word ("Jewish Agency", "Government of Kenya"), whose short form it would
 * be: news writes it so for the one body its story means, as the training
 * data's outlets do, and across stories it would join every government
 * and every court into one. Most of the nouns the training data leaves
 * unnamed alone whatever the story names ("Police said", "a Ministry
 * official"), and so they go there too. A legislature's is a name ("the
 * Senate", "the House"), and so is the European Commission's ("the
 * Commission"), as CoNLL writes it. */
static void ner_lone_bodies(const char *s, struct ner_list *l)
{
	static const char *const nouns[] = { "Agency",	   "Government", "Council",	"Court",     "Party",
					     "Company",	   "Institute",	 "Ministry",	"Committee", "Department",
					     "Office",	   "Board",	 "Police",	"University", "Bank",
					     "Centre",	   "Center",	 "Embassy",	"Consulate", "Bureau",
					     "Secretariat", "Directorate", "Chamber",	NULL };
	/* Which nouns stand alone (a bit each): most stories have none. */
	unsigned alone = 0, held = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type != NER_ORG || n < 4 || n > 10 || !(s[m->start] >= 'A' && s[m->start] <= 'Z'))
			continue;
		for (int k = 0; nouns[k]; k++)
			if (nouns[k][0] == s[m->start] && ner_lit_is(nouns[k], s + m->start, n))
				alone |= 1u << k;
	}
	if (!alone)
		return;
	/* Which of them longer names hold, in any case (a headline's
	 * "MARFIN EGNATIA BANK"). */
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type != NER_ORG || (!ner_chr(s, s + m->start, ' ', n) && !ner_chr(s, s + m->start, '\n', n)))
			continue;
		for (size_t w = m->start; w < m->end;) {
			size_t we = ner_blank_at(s, w, m->end);
			for (int k = 0; nouns[k]; k++)
				if ((alone & 1u << k) && ner_lit_is_nocase(nouns[k], s + w, we - w))
					held |= 1u << k;
			w = we + 1;
		}
	}
	/* Those of them the training data leaves unnamed even there. */
	for (int k = 0; nouns[k] && held; k++)
		if ((held & 1u << k) && NER_LIT_IN(ner_lone_never, nouns[k], strlen(nouns[k])))
			held &= ~(1u << k);
	if (!(alone & ~held))
		return;
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		int drop = 0;
		for (int k = 0; nouns[k] && !drop && m->type == NER_ORG; k++)
			drop = (alone & ~held & 1u << k) && ner_lit_is(nouns[k], s + m->start, m->end - m->start);
		/* Right after another name the noun is that name's, which the
		 * model cut in two ("[Troy] [Police] Chief"): one body's name,
		 * after a place's or a body's, as the training data joins them
		 * ("Kenya Police" 41 times as one). */
		if (drop && o > 0 && l->v[o - 1].end + 1 == m->start && s[m->start - 1] == ' ') {
			struct ner_mention *p = &l->v[o - 1];
			if (p->type == NER_PLACE || p->type == NER_ORG) {
				p->end = m->end;
				p->type = NER_ORG;
				p->margin = 0;
				continue;
			}
			drop = 0;
		}
		if (!drop)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* A body's last word alone after "the", where the story has named the
 * body in full ("the Academy of Motion Picture Arts and Sciences ... The
 * Academy said"), is a short form of that body, as a full name's later
 * short forms are (ANNOTATION.md), whatever the model made of the word
 * alone; CoNLL's stories label it so 67 times of 68. Not a common noun
 * the training data leaves unnamed alone (ner_lone_never), a word that
 * starts another name ("the Academy Awards", "the Bank of England"), a
 * place's, a people's, a title's or an ordinary word's ("the Japan" of
 * "Bank of Japan"), nor one in capitals. The last words are sorted, so a
 * story is read once and searched in log n. */
/* Where the word of a capital and lower-case ASCII letters at s[b]
 * ends, at e at most; b if s[b] is no capital. */
static size_t ner_capital_word_end(const char *s, size_t b, size_t e)
{
	if (b >= e || !(s[b] >= 'A' && s[b] <= 'Z'))
		return b;
	size_t k = b + 1;
	while (k < e && s[k] >= 'a' && s[k] <= 'z')
		k++;
	return k;
}

static void ner_story_head_words(const char *s, size_t len, struct ner_list *l)
{
	struct xscratch_mark mark = xscratch_mark();
	struct ner_word_ref *heads = NULL;
	size_t nh = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type != NER_ORG || n > 80 || !ner_chr(s, s + m->start, ' ', n) ||
		    ner_chr(s, s + m->start, '\n', n))
			continue;
		/* Its last word, and the head before "of" ("Academy" of the
		 * "Academy of Motion Picture Arts and Sciences"). */
		const char *of = ner_find(s, s + m->start, n, " of ", 4);
		size_t ends[2] = { m->end, of ? (size_t)(of - s) : 0 };
		for (int e = 0; e < 2 && ends[e] > m->start; e++) {
			size_t b = ner_word_start(s, m->start, ends[e]), hn = ends[e] - b;
			if (hn < 3 || ner_capital_word_end(s, b, ends[e]) != ends[e] ||
			    (lexicon_lookup(s + b, hn) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM | LEX_GROUP |
							  LEX_COMMON | LEX_COMPANY_SUFFIX | LEX_TITLE | LEX_ROLE |
							  LEX_MONTH | LEX_WEEKDAY | LEX_FIRST_NAME | LEX_EVENT)) ||
			    NER_LIT_IN(ner_lone_never, s + b, hn))
				continue;
			if (!heads)
				heads = xscratch_alloc(2 * l->n * sizeof *heads);
			/* i: where the full name ends, so that only what comes
			 * after it is taken. */
			heads[nh++] = (struct ner_word_ref){ s + b, hn, m->end };
		}
	}
	if (!nh) {
		xscratch_release(mark);
		return;
	}
	ner_word_refs_sort(heads, nh);
	/* The mentions before this rule's, searched for one in the way. */
	const size_t n0 = l->n;
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), "he ", 3)) != NULL; p += 3) {
		size_t at = (size_t)(p - s), w = at + 3;
		if (at == 0 || (s[at - 1] != 't' && s[at - 1] != 'T') || (at >= 2 && ner_word_byte(s[at - 2])))
			continue;
		size_t we = ner_capital_word_end(s, w, len);
		if (we == w)
			continue;
		/* The word whole, or before its possessive. */
		size_t pe = ner_possessive_end(s, len, we);
		if (we - w < 3 || (we < len && ner_word_byte(s[we]) && !pe))
			continue;
		/* Nothing of a longer name after it. */
		size_t nx = pe ? pe : we;
		if (nx + 1 < len && s[nx] == ' ' &&
		    ((s[nx + 1] >= 'A' && s[nx + 1] <= 'Z') ||
		     (!pe && (ner_word_after_in(s, len, nx, (const char *const[]){ "of", "for", "on", NULL })))))
			continue;
		struct ner_word_ref key = { s + w, we - w, 0 };
		size_t g = ner_word_ref_find(heads, nh, &key);
		if (g == nh)
			continue;
		/* The earliest full name of that word (the first of its refs,
		 * which sort by where the name ends) ends before it. */
		if (heads[g].i > at)
			continue;
		/* No mention there already. */
		size_t lo = ner_first_ending_after(l, n0, w);
		if (lo < n0 && l->v[lo].start < we)
			continue;
		ner_push(l, w, we, NER_ORG);
	}
	xscratch_release(mark);
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A weekday alone is a date whatever a rule or the model made of the
 * words around it ("in a televised address Wednesday evening"); a name
 * of more words keeps it ("Black Wednesday", "Ash Wednesday"). */
static void ner_lone_weekdays(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		/* Every weekday ends in "day": most mentions are none by
		 * their last bytes, without a look-up. */
		if (m->type != NER_DATE && n >= 6 && n <= 9 && s[m->start] >= 'A' && s[m->start] <= 'Z' &&
		    (s[m->end - 1] | 0x20) == 'y' && (s[m->end - 3] | 0x20) == 'd' &&
		    (lexicon_lookup(s + m->start, n) & LEX_WEEKDAY)) {
			m->type = NER_DATE;
			m->margin = 0;
		}
	}
}

/* Whether s[at..end) starts with an initial that ends a reference's
 * inverted name: one capital and its full stop, then a comma, a
 * semicolon, a quotation mark, " and" or the line's end ("Bradner, S.,
 * \"Key words\"", "Jones, P., Salguerio, G."). "D.C." is no initial. */
static int ner_inverted_initial(const char *s, size_t at, size_t end)
{
	if (at + 2 > end || !(s[at] >= 'A' && s[at] <= 'Z') || s[at + 1] != '.')
		return 0;
	size_t k = at + 2;
	if (k == end || s[k] == ',' || s[k] == ';' || s[k] == '"' || s[k] == '\n')
		return 1;
	return k + 4 <= end && strncmp(s + k, " and", 4) == 0 && (k + 4 == end || s[k + 4] == ' ');
}

/* A capital alone is no person ("said I.", a reference's "P." of "Jones,
 * P."), unless a title makes it one ("Mr. B"), nor an other name ("C and
 * F", a ticker's "<F>"); and a name before a comma and one initial, as
 * references write authors ("Bradner, S.,"), is a person's surname
 * whatever the model made of it ("Smarr" a place). */
static void ner_lone_initials(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if ((m->type == NER_PERSON || m->type == NER_MISC) && (n == 1 || (n == 2 && s[m->start + 1] == '.')) &&
		    s[m->start] >= 'A' && s[m->start] <= 'Z') {
			size_t b = m->start;
			while (b > 0 && s[b - 1] == ' ')
				b--;
			size_t w = b;
			w = ner_word_start(s, 0, w);
			if (!(b > w && (lexicon_lookup(s + w, b - w) & LEX_TITLE)))
				continue;
		}
		if (m->type != NER_DATE && m->type != NER_PERSON && m->end + 2 < len && s[m->end] == ',' &&
		    s[m->end + 1] == ' ' && ner_inverted_initial(s, m->end + 2, len) && !ner_chr(s, s + m->start, ' ', n)) {
			m->type = NER_PERSON;
			m->margin = 0;
		}
		l->v[o++] = *m;
	}
	l->n = o;
}

/* Drops the mentions of l[0..n0) that gone marks (pushed ones, from n0
 * on, stay) and frees gone; nothing where gone is NULL. */
static void ner_drop_gone(struct ner_list *l, unsigned char *gone, size_t n0)
{
	if (!gone)
		return;
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++)
		if (i >= n0 || !gone[i])
			l->v[o++] = l->v[i];
	l->n = o;
	free(gone);
}

/* A name the model cut short where the story writes a longer name of its
 * whole ("The flaw in Internet [Explorer]" after "Internet Explorer") is
 * that name: the words before it that the longer one ends with are taken
 * in, and its type. So is a name the model cut in two ("and [Cambridge]
 * [Analytica] denied" after "Cambridge Analytica"): names that lie wholly
 * within those words are taken in too, since the story writes them as one
 * name. The longer names (two to six words) are found by their last word,
 * so that a long story is read in n log n. */
static void ner_story_longer_names(const char *s, struct ner_list *l)
{
	struct ner_word_ref *refs = NULL;
	size_t nr = 0, cap = 0;
	/* The lengths of the longer names' endings after each of their
	 * spaces, by their last byte: a mention that can end none of them is
	 * passed over without a search. */
	uint32_t ends[256] = { 0 };
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start, words = 1;
		if (m->type == NER_DATE || n > 80)
			continue;
		for (const char *p = s + m->start; (p = ner_chr(s, p, ' ', (size_t)(s + m->end - p))) != NULL; p++)
			words++;
		if (words < 2 || words > 6 || ner_chr(s, s + m->start, '\n', n))
			continue;
		size_t b = ner_word_start(s, m->start, m->end);
		refs = xgrow(refs, &cap, nr + 1, sizeof *refs);
		refs[nr++] = (struct ner_word_ref){ s + b, m->end - b, i };
		for (const char *p = s + m->start; (p = ner_chr(s, p, ' ', (size_t)(s + m->end - p))) != NULL; p++)
			ends[(unsigned char)s[m->end - 1]] |= ner_len_bit((size_t)(s + m->end - p - 1));
	}
	if (!nr)
		return;
	/* Sorted when a mention first passes the filter: in most stories
	 * none does. */
	int sorted = 0;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || !(ends[(unsigned char)s[m->end - 1]] & ner_len_bit(m->end - m->start)))
			continue;
		if (!sorted) {
			ner_word_refs_sort(refs, nr);
			sorted = 1;
		}
		size_t b = ner_word_start(s, m->start, m->end), n = m->end - m->start;
		struct ner_word_ref key = { s + b, m->end - b, 0 };
		size_t g = ner_word_ref_find(refs, nr, &key);
		for (size_t h = g; h < nr && h < g + 16 && refs[h].n == key.n && memcmp(refs[h].s, key.s, key.n) == 0; h++) {
			const struct ner_mention *c = &l->v[refs[h].i];
			size_t cn = c->end - c->start;
			if (refs[h].i == i || cn <= n + 1 || m->start < cn - n || (gone && gone[refs[h].i]))
				continue;
			size_t k = cn - n, from = m->start - k;
			/* Its whole text there, the longer name's words before
			 * it, and no other name in the way. */
			if (s[c->start + k - 1] != ' ' || memcmp(s + c->start + k, s + m->start, n) != 0 ||
			    memcmp(s + from, s + c->start, k) != 0 || (from > 0 && ner_word_byte(s[from - 1])))
				continue;
			/* The names in the way: each within the words taken in,
			 * none a date. */
			size_t first = i;
			while (first > 0 && l->v[first - 1].end > from && l->v[first - 1].start >= from &&
			       l->v[first - 1].type != NER_DATE)
				first--;
			if (first > 0 && l->v[first - 1].end > from)
				continue;
			/* Names taken in are the words' all, a space apart: not
			 * two joined by "and" or "/" in a headline's or a list's
			 * words ("U.S. And Canadian", "Borneo Bulletin / ANN"). */
			int joined = first == i || l->v[first].start == from;
			for (size_t q = first; joined && q < i; q++) {
				size_t next = q + 1 < i ? l->v[q + 1].start : m->start;
				joined = next > l->v[q].end && s[l->v[q].end] == ' ';
				/* Or a model's number between ("Boeing 737 MAX"):
				 * words with a digit and no letter in lower case. */
				int digit = 0;
				for (size_t k = l->v[q].end + 1; joined && k + 1 < next; k++) {
					digit |= s[k] >= '0' && s[k] <= '9';
					joined = s[k] != '\n' && !(s[k] >= 'a' && s[k] <= 'z');
				}
				joined = joined && (next == l->v[q].end + 1 || (digit && s[next - 1] == ' '));
			}
			if (!joined)
				continue;
			/* Not a word in lower case first ("west Norfolk"), but
			 * a surname's particle ("de Havilland"); no title nor
			 * role, which names leave out ("Gen Prayut", a slip of
			 * the model's elsewhere), but in a work's title ("Lady
			 * Bird"). */
			int ok = 1;
			for (size_t ws = from; ok && ws < m->start;) {
				size_t we = ner_space_end(s, ws, m->start);
				unsigned cls = lexicon_lookup(s + ws, we - ws);
				ok = (!(cls & (LEX_TITLE | LEX_ROLE)) || c->type == NER_MISC) &&
				     (ws > from || !(s[ws] >= 'a' && s[ws] <= 'z') || (cls & LEX_SURNAME_PARTICLE));
				ws = we + 1;
			}
			if (!ok)
				continue;
			if (first < i && !gone)
				gone = xcalloc(l->n, 1);
			for (size_t q = first; q < i; q++)
				gone[q] = 1;
			m->start = from;
			m->type = c->type;
			m->margin = 0;
			break;
		}
	}
	free(refs);
	ner_drop_gone(l, gone, l->n);
}

/* Whether c is "I", "V", "X" or NUL, as strchr("IVX", c) finds them,
 * without the call, which ran between every two names of a story. */
static int ner_roman_digit(char c)
{
	return c == 'I' || c == 'V' || c == 'X' || c == '\0';
}

/* A company the model cut short before a word of its name that the story
 * gives whole ("Mark IV Industries Inc ... until [Mark] IV complies") is
 * the name's first words as written there (a line break between them
 * too): the word that follows it and goes on the whole name is taken in,
 * and the whole name's type, whatever the model made of the first word
 * alone (a person's "Mark"); not a place's or a people's ("U.S.",
 * "Canadian"), which stand alone. The whole names (three words or more)
 * are found by their first word, so that a long story is read in n log
 * n. First, a name the model cut in two at a numeral before a company's
 * legal form is one ("[Pier] 1 [Imports Inc]"). */
static void ner_story_name_heads(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (o > 0) {
			struct ner_mention *p = &l->v[o - 1];
			size_t d = p->end + 1, q = d;
			while (q < m.start && (ner_roman_digit(s[q]) || (s[q] >= '0' && s[q] <= '9')))
				q++;
			if (p->type != NER_DATE && m.type != NER_DATE && (s[p->end] == ' ' || s[p->end] == '\n') && q > d &&
			    q - d <= 4 && q + 1 == m.start && (s[q] == ' ' || s[q] == '\n') && s[p->start] >= 'A' &&
			    s[p->start] <= 'Z' && ner_ends_legal_form(s, m.start, m.end)) {
				p->end = m.end;
				p->type = NER_ORG;
				p->margin = 0;
				continue;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
	struct ner_word_ref *refs = NULL;
	size_t nr = 0, cap = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start, fw = ner_blank_at(s, m->start, m->end);
		if (m->type != NER_ORG || n > 80 || fw == m->end || ner_blank_at(s, fw + 1, m->end) == m->end)
			continue;
		refs = xgrow(refs, &cap, nr + 1, sizeof *refs);
		refs[nr++] = (struct ner_word_ref){ s + m->start, fw - m->start, i };
	}
	if (!nr)
		return;
	/* Sorted when a mention first asks: in most stories none does. */
	int sorted = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_ORG && m->type != NER_PERSON) || m->end + 2 >= len ||
		    (s[m->end] != ' ' && s[m->end] != '\n') ||
		    !((s[m->end + 1] >= 'A' && s[m->end + 1] <= 'Z') || (s[m->end + 1] >= '0' && s[m->end + 1] <= '9')))
			continue;
		if (!sorted) {
			ner_word_refs_sort(refs, nr);
			sorted = 1;
		}
		struct ner_word_ref key = { s + m->start, ner_blank_at(s, m->start, m->end) - m->start, 0 };
		size_t g = ner_word_ref_find(refs, nr, &key);
		size_t limit = i + 1 < l->n ? l->v[i + 1].start : len;
		for (size_t h = g; h < nr && h < g + 16 && refs[h].n == key.n && memcmp(refs[h].s, key.s, key.n) == 0; h++) {
			const struct ner_mention *c = &l->v[refs[h].i];
			size_t n = m->end - m->start, cn = c->end - c->start;
			if (refs[h].i == i || cn <= n + 1 || !ner_same_words(s + c->start, s + m->start, n) ||
			    (s[c->start + n] != ' ' && s[c->start + n] != '\n'))
				continue;
			/* The next word of the whole name, and the same word
			 * after the mention, ending where a word does. */
			size_t ce = ner_blank_at(s, c->start + n + 1, c->end);
			size_t wl = ce - (c->start + n + 1), e = m->end + 1 + wl;
			if (ce == c->end || e > limit || e > len || memcmp(s + m->end + 1, s + c->start + n + 1, wl) != 0 ||
			    (e < len && ner_word_byte(s[e])))
				continue;
			/* Not where another capitalised word follows, which
			 * the whole name does not ("U.S. District judge" in a
			 * story of the "U.S. District Court"). */
			if (e + 1 < len && (s[e] == ' ' || s[e] == '\n') && s[e + 1] >= 'A' && s[e + 1] <= 'Z')
				continue;
			/* A numeral ("Mark IV", "Pier 1"), or the word after
			 * which only the legal form is left ("Intermagnetics
			 * General" of Intermagnetics General Corp), not a
			 * word in its middle ("Diamond R" of Diamond R and M
			 * Inc, "Nikko Securities" of Nikko Securities Co
			 * International, another firm than Nikko Securities
			 * Co Ltd). */
			int numeral = 1;
			for (size_t k = m->end + 1; k < e; k++)
				numeral = numeral && (ner_roman_digit(s[k]) || (s[k] >= '0' && s[k] <= '9'));
			int form = 1;
			for (size_t w = ce + 1; form && w < c->end;) {
				size_t we = ner_blank_at(s, w, c->end);
				size_t wn = we - w - (we - w > 1 && s[we - 1] == '.');
				form = (lexicon_lookup(s + w, wn) & LEX_COMPANY_SUFFIX) != 0;
				w = we + 1;
			}
			if (!numeral && !form)
				continue;
			m->end = e;
			m->type = NER_ORG;
			m->margin = 0;
			break;
		}
	}
	free(refs);
}

/* Whether s[a..b) (between two names) is what joins the names of a list:
 * a comma, "and", "or", or a comma and either. */
static int ner_list_joint(const char *s, size_t a, size_t b)
{
	/* Spaces around the comma too, as text split into tokens has it
	 * ("Lod , Ramle and Acre"). */
	size_t i = a;
	int joint = 0;
	while (i < b && s[i] == ' ')
		i++;
	if (i < b && s[i] == ',') {
		joint = 1;
		i++;
		while (i < b && s[i] == ' ')
			i++;
	}
	size_t word = b - i >= 4 && memcmp(s + i, "and ", 4) == 0 ? 4 : b - i >= 3 && memcmp(s + i, "or ", 3) == 0 ? 3 : 0;
	if (word && i > a) {
		joint = 1;
		i += word;
		while (i < b && s[i] == ' ')
			i++;
	}
	return joint && i == b;
}

/* Where the last name of a list that the model ran together with the
 * one before over its "and" ("Hightower Corp, Gordon Capital Corp and
 * First Marathon Securities Ltd", "Credit Suisse and Swiss Bank Corp")
 * splits there: the split byte (the space before "and"), or 0. Only
 * where the first part ends in a company's legal form or the story names
 * either part alone (refs, sorted; the second where the whole ends in a
 * legal form), words in lower case are in neither, nor "of" ("Department
 * of Health and Human Services"), and the second part is no legal form
 * ("Dillon Read and Co"): a firm of partners ("Donaldson Lufkin and
 * Jenrette Securities") is named so whole. */
static size_t ner_list_pair_split(const char *s, const struct ner_mention *m, const struct ner_word_ref *refs,
				  size_t nrefs)
{
	size_t and = 0;
	for (size_t k = m->start; k < m->end; k++) {
		if (s[k] != ' ' && s[k] != '\n')
			continue;
		if (k + 5 <= m->end && memcmp(s + k, " and ", 5) == 0) {
			if (and)
				return 0;
			and = k;
			k += 4;
			continue;
		}
		/* Every word capitalised ("BBB by Standard and Poor"). */
		if (k + 1 < m->end && !(s[k + 1] >= 'A' && s[k + 1] <= 'Z'))
			return 0;
	}
	if (!and || and == m->start || !(s[and + 5] >= 'A' && s[and + 5] <= 'Z'))
		return 0;
	size_t lw = and;
	lw = ner_word_start(s, m->start, lw);
	size_t fw = ner_blank_at(s, and + 5, m->end);
	if (lexicon_lookup(s + and + 5, fw - and - 5) & LEX_COMPANY_SUFFIX)
		return 0;
	if (ner_lex_type(lexicon_lookup(s + lw, fw - lw)) >= 0 ||
	    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) >= 0)
		return 0;
	/* Not "Trust", which banks' names go on from ("Sumitomo Trust and
	 * Banking Co"). */
	if ((lexicon_lookup(s + lw, and - lw) & LEX_COMPANY_SUFFIX) && !ner_lit_is("Trust", s + lw, and - lw))
		return and;
	/* A firm's name with a legal form after "and" ("Sumitomo Trust and
	 * Banking Co Ltd") has its first words as its short form: only the
	 * second part alone tells. */
	size_t le = m->end;
	le = ner_word_start(s, m->start, le);
	int firm = (lexicon_lookup(s + le, m->end - le) & LEX_COMPANY_SUFFIX) != 0;
	struct ner_word_ref a = { s + m->start, and - m->start, 0 }, b = { s + and + 5, m->end - and - 5, 0 };
	if ((!firm && ner_word_ref_find(refs, nrefs, &a) < nrefs) || ner_word_ref_find(refs, nrefs, &b) < nrefs)
		return and;
	return 0;
}

/* Where the name m runs on over one " and " to its own first word again
 * ("Sea Me We 4 and Sea Me We 3", "Bank of Ostrava and Bank of Lund"),
 * the offset of that " and ": two names, not one; 0 where not, or where
 * the two halves are one ("Bank of Lund and Bank of Lund"). */
static size_t ner_and_repeats(const char *s, const struct ner_mention *m)
{
	/* The shortest: "A B and A C". */
	if (m->end - m->start < 11)
		return 0;
	size_t fw = ner_blank_at(s, m->start, m->end);
	if (fw >= m->end)
		return 0;
	const char *and = ner_find(s, s + fw, m->end - fw, " and ", 5);
	if (!and)
		return 0;
	size_t at = (size_t)(and - s), first = fw - m->start, b = at + 5;
	/* A first half of one word is a firm's partners ("Saatchi and
	 * Saatchi Co", "J and J Snack Foods"). */
	if (at == fw || ner_find(s, s + b, m->end - b, " and ", 5) || m->end - b <= first ||
	    memcmp(s + b, s + m->start, first) != 0 || (s[b + first] != ' ' && s[b + first] != '\n'))
		return 0;
	/* The same name twice is one. */
	if (at - m->start == m->end - b && memcmp(s + m->start, s + b, at - m->start) == 0)
		return 0;
	return at;
}

/* Where the name before "and" is the first of a company's whose legal
 * form ends the name after it ("Harper and Row Publishers Inc", "Lomas
 * and Nettleton Financial Corp"), the end of the latter's first word, or
 * 0: one word, not a company's or a body's word ("Sanwa Bank and ...",
 * "Corp and"), a body a list knows or a country, nor two parties
 * ("between Brisa and Kestler Corp"), nor before a body a list knows
 * ("Telesis and Merrill Lynch and Co Inc"). */
/* How many times a story's partners' pairs may read the whole story
 * (ner_pair_alone). */
#define NER_PAIR_SCANS 16

static int ner_pair_alone(const char *s, const struct ner_list *l, const struct ner_mention *m,
			  const struct ner_mention *y, size_t yw, int alone_m, unsigned *scans);

/* Whether the five bytes at p are "and" between blanks (a line may
 * break on either side: "Harper\nand Row"). */
static int ner_blank_and(const char *p)
{
	return (p[0] == ' ' || p[0] == '\n') && memcmp(p + 1, "and", 3) == 0 && (p[4] == ' ' || p[4] == '\n');
}

static size_t ner_and_firm(const char *s, const struct ner_list *l, const struct ner_mention *m,
			   const struct ner_mention *y, unsigned *scans)
{
	size_t yw = ner_blank_at(s, y->start, y->end);
	if (yw == y->end || ner_blank_at(s, m->start, m->end) < m->end || !ner_ends_legal_form(s, y->start, y->end) ||
	    !(s[m->start] >= 'A' && s[m->start] <= 'Z') ||
	    ner_word_before_in(s, m->start, (const char *const[]){ "between", NULL }) ||
	    (lexicon_lookup(s + m->start, m->end - m->start) & (LEX_ORG | LEX_COUNTRY | LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) ||
	    (lexicon_lookup(s + y->start, yw - y->start) & LEX_ORG))
		return 0;
	/* Partners' names, not abbreviations ("Piedmont and PSA Inc"). */
	if (text_caps_word(s + m->start, m->end - m->start) || text_caps_word(s + y->start, yw - y->start))
		return 0;
	return ner_pair_alone(s, l, m, y, yw, 0, scans) ? 0 : yw;
}

/* Whether the story names y's first word, which ends at yw, alone
 * elsewhere, or m (one word) where alone_m, not in "m and y" again, or a
 * company of m's name on its own: "Inco and Owens-Illinois Inc ...
 * Owens-Illinois said", two firms; a firm's first partner alone is its
 * short form ("Harper and Row ... Harper said"), one name twice alone
 * two ("Dome and Dome ... Dome said"). */
static int ner_pair_alone(const char *s, const struct ner_list *l, const struct ner_mention *m,
			  const struct ner_mention *y, size_t yw, int alone_m, unsigned *scans)
{
	/* Each asking reads the whole story: a story asks a few times, and
	 * past that its pairs count as two names, so that a file of
	 * thousands of pairs is not read once for each. */
	if (++*scans > NER_PAIR_SCANS)
		return 1;
	size_t yn = yw - y->start, mn = m->end - m->start;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *o = &l->v[i];
		if (o == y || o == m || o->start == y->start || o->start == m->start)
			continue;
		/* In the pair again: after m's text and "and", or before
		 * "and" and y's first word. */
		const struct ner_mention *p = i > 0 ? &l->v[i - 1] : NULL, *q = i + 1 < l->n ? &l->v[i + 1] : NULL;
		int after = p && o->start == p->end + 5 && ner_blank_and(s + p->end) && p->end - p->start == mn &&
			    memcmp(s + p->start, s + m->start, mn) == 0;
		int before = q && q->start == o->end + 5 && ner_blank_and(s + o->end) && q->end - q->start >= yn &&
			     memcmp(s + q->start, s + y->start, yn) == 0;
		if (after || before)
			continue;
		if (o->end - o->start >= yn && memcmp(s + o->start, s + y->start, yn) == 0 &&
		    (o->end - o->start == yn || s[o->start + yn] == ' ' || s[o->start + yn] == '\n'))
			return 1;
		if (alone_m && o->end - o->start == mn && memcmp(s + o->start, s + m->start, mn) == 0)
			return 1;
		/* A company of m's name on its own ("Vantrell Electronics Corp
		 * ... software developed by Vantrell and Quorix Corp"). */
		if (o->end - o->start > mn + 2 && memcmp(s + o->start, s + m->start, mn) == 0 &&
		    (s[o->start + mn] == ' ' || s[o->start + mn] == '\n') && !ner_blank_and(s + o->start + mn))
			return 1;
	}
	return 0;
}

/* Two one-word names joined by "and" or "&" after a noun of a kind of
 * firm are one firm named after its partners ("stockbrokers Phillips and
 * Drew", "the law firm Kestler & Brannock"), where the model read two
 * people; and so is the same pair elsewhere in the story ("Martin, of
 * Phillips and Drew, said"). Not where the first is a given name a list
 * knows ("the bank Anna and Kestler ran"), nor where a list knows either
 * as a company of its own ("the iPhone maker Apple and Microsoft"). So
 * is one name twice ("Johnson and Johnson"), and a name before a
 * company's name that a legal form ends (ner_and_firm: "Harper and Row
 * Publishers Inc ... Harper and Row said"). */
static void ner_partner_pairs(const char *s, struct ner_list *l)
{
	static const char *const trades[] = { "broker", "brokers", "stockbroker", "stockbrokers", "brokerage",
					      "consultants", "accountants", "partnership", NULL };
	enum { MAXP = 8 };
	size_t pa[MAXP], pn[MAXP], np = 0;
	unsigned scans = 0;
	/* The model's one company of a word, "and" and a company, where the
	 * story names a company of that word on its own ("Vantrell
	 * Electronics Corp ... developed by Vantrell and Quorix Corp"), is
	 * two; both end in a legal form or a trade's word. */
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG || m->end - m->start < 9)
			continue;
		size_t fw = ner_space_end(s, m->start, m->end), wn = fw - m->start;
		if (fw + 6 >= m->end || !ner_blank_and(s + fw) || !ner_upper_at(s, fw + 5) ||
		    !ner_ends_legal_form(s, m->start, m->end))
			continue;
		/* A name before the second's form: "Jefferies and Co" is one. */
		size_t sw = ner_space_end(s, fw + 5, m->end);
		if (sw >= m->end || (lexicon_lookup(s + fw + 5, sw - fw - 5) & LEX_COMPANY_SUFFIX))
			continue;
		int alone = 0;
		for (size_t k = 0; k < n0 && !alone; k++) {
			const struct ner_mention *o = &l->v[k];
			alone = k != i && o->type == NER_ORG && o->end - o->start > wn + 1 && s[o->start + wn] == ' ' &&
				memcmp(s + o->start, s + m->start, wn) == 0 && !ner_blank_and(s + o->start + wn) &&
				ner_ends_legal_form(s, o->start, o->end);
		}
		if (alone) {
			size_t end = m->end;
			l->v[i].end = fw;
			l->v[i].margin = 0;
			ner_push(l, fw + 5, end, NER_ORG);
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
	for (int pass = 0; pass < 2; pass++) {
		size_t o = 0;
		for (size_t i = 0; i < l->n; i++) {
			struct ner_mention m = l->v[i];
			const struct ner_mention *y = i + 1 < l->n ? &l->v[i + 1] : NULL;
			size_t gap = y ? y->start - m.end : 0;
			int pair = y && m.type != NER_DATE && y->type != NER_DATE && m.type != NER_MISC &&
				   y->type != NER_MISC && (gap == 5 || gap == 3) && y->start > m.end &&
				   (gap == 5 ? ner_blank_and(s + m.end) : memcmp(s + m.end, " & ", 3) == 0);
			int words = pair;
			for (size_t k = m.start; words && k < y->end; k++)
				words = (k >= m.end && k < y->start) || (s[k] != ' ' && s[k] != '\n');
			if (pair && pass == 0) {
				size_t firm = np + 1 < MAXP ? ner_and_firm(s, l, &m, y, &scans) : 0;
				pair = np < MAXP &&
				       ((words &&
					 !(lexicon_lookup(s + m.start, m.end - m.start) & (LEX_FIRST_NAME | LEX_ORG)) &&
					 !(lexicon_lookup(s + y->start, y->end - y->start) & LEX_ORG) &&
					 ner_partner_name(s, m.start, m.end) && ner_partner_name(s, y->start, y->end) &&
					 (ner_word_before_in(s, m.start, ner_body_kinds) ||
					  ner_word_before_in(s, m.start, trades))) ||
					(words && m.end - m.start == y->end - y->start &&
					 memcmp(s + m.start, s + y->start, m.end - m.start) == 0 &&
					 ner_partner_name(s, m.start, m.end) && !text_caps_word(s + m.start, m.end - m.start) &&
					 !(lexicon_lookup(s + m.start, m.end - m.start) & LEX_ORG) &&
					 !ner_pair_alone(s, l, &m, y, y->end, 1, &scans)) ||
					firm);
				if (pair) {
					pa[np] = m.start;
					pn[np++] = y->end - m.start;
				}
				/* The firm's name again without its form. */
				if (firm && firm < y->end) {
					pa[np] = m.start;
					pn[np++] = firm - m.start;
				}
			} else if (pair) {
				pair = ner_text_find(s, pa, pn, np, m.start, y->end - m.start) < np;
			}
			if (pair && pass == 1) {
				m.end = y->end;
				m.type = NER_ORG;
				m.margin = 0;
				i++;
			}
			l->v[o++] = m;
		}
		l->n = o;
		if (!np)
			return;
	}
}

/* The last two names of a list that the model ran together over its
 * "and" are two (ner_list_pair_split), of its type; so are two names that
 * start alike (ner_and_repeats). */
static void ner_list_last_pairs(const char *s, struct ner_list *l)
{
	/* The mentions that may be such (after another of a list, with
	 * "and" inside), before the story's names are sorted for them. */
	size_t cand = 0;
	for (size_t i = 1; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_DATE && l->v[i - 1].end <= m->start && ner_list_joint(s, l->v[i - 1].end, m->start) &&
		    m->end - m->start >= 9 && ner_find(s, s + m->start, m->end - m->start, " and ", 5))
			cand++;
	}
	for (size_t i = 0; i < l->n; i++)
		cand += l->v[i].type != NER_DATE && ner_and_repeats(s, &l->v[i]) != 0;
	if (!cand)
		return;
	struct ner_word_ref *refs = xmalloc(l->n * sizeof *refs);
	for (size_t i = 0; i < l->n; i++)
		refs[i] = (struct ner_word_ref){ s + l->v[i].start, l->v[i].end - l->v[i].start, i };
	ner_word_refs_sort(refs, l->n);
	struct ner_mention *v = xmalloc((l->n + cand) * sizeof *v);
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t at = 0;
		if (i > 0 && m->type != NER_DATE && l->v[i - 1].end <= m->start &&
		    ner_list_joint(s, l->v[i - 1].end, m->start))
			at = ner_list_pair_split(s, m, refs, l->n);
		if (!at && m->type != NER_DATE)
			at = ner_and_repeats(s, m);
		v[o] = *m;
		if (at) {
			v[o].end = at;
			v[o++].margin = 0;
			v[o] = *m;
			v[o].start = at + 5;
			v[o].margin = 0;
		}
		o++;
	}
	free(refs);
	free(l->v);
	l->v = v;
	l->n = o;
	l->cap = o;
}

/* Kinds of organizations, places, works and products, singular and
 * plural, and the type they give the names a story says are of them. */
static const struct {
	const char *one, *many;
	int type;
} ner_kinds[] = {
	{ "company", "companies", NER_ORG },	    { "firm", "firms", NER_ORG },
	{ "start-up", "start-ups", NER_ORG },	    { "startup", "startups", NER_ORG },
	{ "bank", "banks", NER_ORG },		    { "lender", "lenders", NER_ORG },
	{ "insurer", "insurers", NER_ORG },	    { "retailer", "retailers", NER_ORG },
	{ "airline", "airlines", NER_ORG },	    { "brand", "brands", NER_ORG },
	{ "manufacturer", "manufacturers", NER_ORG }, { "automaker", "automakers", NER_ORG },
	{ "carmaker", "carmakers", NER_ORG },	    { "organisation", "organisations", NER_ORG },
	{ "organization", "organizations", NER_ORG }, { "agency", "agencies", NER_ORG },
	{ "club", "clubs", NER_ORG },		    { "party", "parties", NER_ORG },
	{ "university", "universities", NER_ORG },  { "newspaper", "newspapers", NER_ORG },
	{ "broadcaster", "broadcasters", NER_ORG }, { "charity", "charities", NER_ORG },
	{ "non-profit", "non-profits", NER_ORG },   { "nonprofit", "nonprofits", NER_ORG },
	{ "NGO", "NGOs", NER_ORG },		    { "union", "unions", NER_ORG },
	{ "militia", "militias", NER_ORG },	    { "ministry", "ministries", NER_ORG },
	{ "country", "countries", NER_PLACE },	    { "nation", "nations", NER_PLACE },
	{ "city", "cities", NER_PLACE },	    { "town", "towns", NER_PLACE },
	{ "province", "provinces", NER_PLACE },	    { "region", "regions", NER_PLACE },
	{ "village", "villages", NER_PLACE },	    { "district", "districts", NER_PLACE },
	{ "island", "islands", NER_PLACE },	    { "capital", "capitals", NER_PLACE },
	{ "river", "rivers", NER_PLACE },	    { "lake", "lakes", NER_PLACE },
	{ "county", "counties", NER_PLACE },	    { "suburb", "suburbs", NER_PLACE },
	{ "municipality", "municipalities", NER_PLACE }, { "parish", "parishes", NER_PLACE },
	{ "band", "bands", NER_ORG },		    { "label", "labels", NER_ORG },
	{ "team", "teams", NER_ORG },		    { "shipyard", "shipyards", NER_ORG },
	{ "conglomerate", "conglomerates", NER_ORG }, { "miner", "miners", NER_ORG },
	{ "maker", "makers", NER_ORG },		    { "producer", "producers", NER_ORG },
	{ "publisher", "publishers", NER_ORG },	    { "chain", "chains", NER_ORG },
	{ "operator", "operators", NER_ORG },	    { "magazine", "magazines", NER_ORG },
	{ "daily", "dailies", NER_ORG },	    { "group", "groups", NER_ORG },
	{ "film", "films", NER_MISC },
	{ "movie", "movies", NER_MISC },	    { "album", "albums", NER_MISC },
	{ "novel", "novels", NER_MISC },	    { "song", "songs", NER_MISC },
	{ "single", "singles", NER_MISC },	    { "opera", "operas", NER_MISC },
	{ "musical", "musicals", NER_MISC },	    { "sitcom", "sitcoms", NER_MISC },
	{ "documentary", "documentaries", NER_MISC }, { "game", "games", NER_MISC },
	{ "browser", "browsers", NER_MISC },	    { "smartphone", "smartphones", NER_MISC },
	{ "missile", "missiles", NER_MISC },	    { "rifle", "rifles", NER_MISC },
	{ "drone", "drones", NER_MISC },	    { "vaccine", "vaccines", NER_MISC },
	{ "app", "apps", NER_MISC },		    { "aircraft", "aircraft", NER_MISC },
	{ "probe", "probes", NER_MISC },	    { "spacecraft", "spacecraft", NER_MISC },
	{ "satellite", "satellites", NER_MISC },    { "telescope", "telescopes", NER_MISC },
	{ "rocket", "rockets", NER_MISC },
	/* As an encyclopedia's first sentences say what their subjects are
	 * ("a Peruvian free-to-air television channel"). */
	{ "channel", "channels", NER_ORG },	    { "network", "networks", NER_ORG },
	{ "journal", "journals", NER_ORG },	    { "school", "schools", NER_ORG },
	{ "college", "colleges", NER_ORG },	    { "festival", "festivals", NER_MISC },
	{ "tournament", "tournaments", NER_MISC },  { "championship", "championships", NER_MISC },
	{ "award", "awards", NER_MISC },	    { "prize", "prizes", NER_MISC },
	{ "mountain", "mountains", NER_PLACE },	    { "volcano", "volcanoes", NER_PLACE },
	{ "peninsula", "peninsulas", NER_PLACE },   { "valley", "valleys", NER_PLACE },
	{ "desert", "deserts", NER_PLACE },	    { "airport", "airports", NER_PLACE },
	{ "stadium", "stadiums", NER_PLACE },	    { "neighbourhood", "neighbourhoods", NER_PLACE },
	{ "neighborhood", "neighborhoods", NER_PLACE }, { "archipelago", "archipelagos", NER_PLACE },
	{ "hamlet", "hamlets", NER_PLACE },	    { "borough", "boroughs", NER_PLACE },
	{ "township", "townships", NER_PLACE },	    { "prefecture", "prefectures", NER_PLACE },
	{ "governorate", "governorates", NER_PLACE }, { "emirate", "emirates", NER_PLACE },
	{ "series", "series", NER_MISC },	    { "language", "languages", NER_MISC },
	{ "dialect", "dialects", NER_MISC },	    { "subsidiary", "subsidiaries", NER_ORG },
	{ "denomination", "denominations", NER_ORG }, { "medication", "medications", NER_MISC },
	{ "drug", "drugs", NER_MISC },		    { "database", "databases", NER_MISC },
	/* A company's goods ("its flagship product, Sentinel Mesh,"). */
	{ "product", "products", NER_MISC },	    { "software", "software", NER_MISC },
	{ "console", "consoles", NER_MISC },	    { "tablet", "tablets", NER_MISC },
	{ "laptop", "laptops", NER_MISC },	    { "chatbot", "chatbots", NER_MISC },
	{ "processor", "processors", NER_MISC },
	/* A broadcast's programme, and a website's company ("show" is a
	 * verb as often: "the records show"). */
	{ "programme", "programmes", NER_MISC },   { "website", "websites", NER_ORG },
};

/* The type that the kind word s[a..b), in any case, gives names said to
 * be of it (plural: in a list; singular: in an apposition), or -1. */
static int ner_kind_type(const char *s, size_t a, size_t b, int plural)
{
	for (size_t k = 0; k < sizeof ner_kinds / sizeof *ner_kinds; k++) {
		if (ner_lit_is_nocase(plural ? ner_kinds[k].many : ner_kinds[k].one, s + a, b - a))
			return ner_kinds[k].type;
	}
	return -1;
}

/* Types m as kind where no list knows it as something else. */
static void ner_kind_retype(const char *s, struct ner_mention *m, int kind)
{
	int lt = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
	if (m->type != NER_DATE && m->type != NER_GROUP && m->type != (enum ner_type)kind && (lt < 0 || lt == kind)) {
		m->type = (enum ner_type)kind;
		m->margin = 0;
	}
}

/* Where the article that opens a work's title before byte b starts ("A
 * Country of Small Rooms", "The Weaver's Daughter", the model's name
 * without it), not before a; b where none does. */
static size_t ner_title_article(const char *s, size_t a, size_t b)
{
	if (b >= a + 4 && memcmp(s + b - 4, "The ", 4) == 0)
		return b - 4;
	if (b >= a + 3 && memcmp(s + b - 3, "An ", 3) == 0)
		return b - 3;
	if (b >= a + 2 && memcmp(s + b - 2, "A ", 2) == 0)
		return b - 2;
	return b;
}

/* The names a story lists as of a kind ("organizations such as Magen",
 * "start-ups such as Aleph Alpha", "countries like Kazakhstan and
 * Turkmenistan", "their albums include Weather Systems (2007) and ...")
 * are of it, where no list knows them as something else: the model reads
 * an unknown name by its own words, the story says what it is. */
static void ner_kind_lists(const char *s, size_t len, struct ner_list *l)
{
	/* With their lengths, the byte before the blank compared first: this
	 * is asked at every mention. */
	static const struct ner_lit cues[] = { NER_LIT(" such as "), NER_LIT(" including "), NER_LIT(" like "),
					       NER_LIT(" include ") };
	for (size_t i = 0; i < l->n; i++) {
		size_t b = l->v[i].start, cl = 0;
		/* The cues' last letters: most names follow none. */
		char z = b >= 2 ? s[b - 2] : 0;
		if (z != 's' && z != 'g' && z != 'e')
			continue;
		for (size_t k = 0; k < sizeof cues / sizeof *cues && !cl; k++) {
			size_t n = cues[k].n;
			if (b >= n + 3 && s[b - 2] == cues[k].w[n - 2] && memcmp(s + b - n, cues[k].w, n) == 0)
				cl = n;
		}
		if (!cl)
			continue;
		size_t ke = b - cl, ks = ke;
		ks = ner_word_start(s, 0, ks);
		int kind = ner_kind_type(s, ks, ke, 1);
		if (kind < 0)
			continue;
		size_t j = i, pe;
		do {
			ner_kind_retype(s, &l->v[j], kind);
			/* A work's title with a possessive in it that the model
			 * cut there ("The [Weaver]'s Daughter"). */
			struct ner_mention *w = &l->v[j];
			size_t q = w->end + 6 < len && memcmp(s + w->end, "\xe2\x80\x99", 3) == 0 ? 3 :
				   w->end + 4 < len && s[w->end] == '\'' ? 1 : 0;
			if (kind == NER_MISC && w->type == NER_MISC && q && s[w->end + q] == 's' &&
			    s[w->end + q + 1] == ' ' && ner_upper_at(s, w->end + q + 2) &&
			    (j + 1 >= l->n || l->v[j + 1].start > w->end + q + 2)) {
				size_t e = w->end + q + 2;
				while (e < len && ner_alnum_at(s, e))
					e++;
				if (j + 1 >= l->n || l->v[j + 1].start >= e) {
					w->end = e;
					w->margin = 0;
				}
			}
			pe = l->v[j++].end;
			/* A work's year in brackets is passed over: "Weather
			 * Systems (2007), Paper Lanterns (2010) and ...". */
			if (j < l->n && l->v[j].type == NER_DATE && pe + 2 <= l->v[j].start && s[pe] == ' ' &&
			    s[pe + 1] == '(') {
				/* Blanks inside the brackets too, as text split
				 * into tokens has them ("( 2007 )"). */
				size_t ds = pe + 2 + (s[pe + 2] == ' '), de = l->v[j].end;
				de += de + 1 < len && s[de] == ' ';
				if (ds == l->v[j].start && de < len && s[de] == ')') {
					pe = de + 1;
					j++;
				}
			}
		} while (j < l->n && l->v[j].start >= pe &&
			 (ner_list_joint(s, pe, l->v[j].start) ||
			  (kind == NER_MISC && ner_list_joint(s, pe, ner_title_article(s, pe, l->v[j].start)))));
		i = j - 1;
	}
}

/* Whether the word that ends at b ends the noun phrase of an
 * apposition: a mark of punctuation follows it, or a word that starts
 * what comes after the phrase's head ("a bank in Lagos", "a party that",
 * "a film directed by");
 * 0 where it does not. */
static int ner_kind_head_end(const char *s, size_t b, size_t n)
{
	/* After a preposition the phrase may go on ("a ministry of transport
	 * official"): a weaker end (1) than a mark or a clause's word (2). */
	static const char *const after[] = {
		"based",     "that",     "which",     "whose",    "owned",     "run",       "founded",
		"directed",  "written",  "produced",  "released", "published", "recorded",  "starring",
		"featuring", "composed", "performed", "developed", "by",       "broadcast", "aired",
		"created",   "hosted",   "set",       "known",    "formed",    "first",     "originally",
		"launched",  "built",    "designed",  "operated", "manufactured", "held",    "given",
		"awarded",   "located",  "situated",  "organised", "organized", "sponsored", "spoken",
		"used",      "serving",  "connecting", "linking",  "named",     "called",    "headquartered",
		"consisting", "comprising", "specialising", "specializing", "representing", "covering",
		"providing", "offering", "near", NULL
	};
	static const char *const prep[] = { "of", "in", "with", "from", "on", "at", "for", "and", NULL };
	if (b >= n || strchr(",.;:)", s[b]))
		return 2;
	if (s[b] != ' ')
		return 0;
	/* The mark after a blank, in text split into tokens ("a bank ,"). */
	if (b + 1 < n && strchr(",.;:)", s[b + 1]) && (b + 2 >= n || s[b + 2] == ' ' || s[b + 2] == '\n'))
		return 2;
	size_t e = b + 1;
	while (e < n && s[e] >= 'a' && s[e] <= 'z')
		e++;
	/* A word whole, not the start of one ("first-class"). */
	if (e < n && s[e] != ' ' && !strchr(",.;:()\n", s[e]))
		return 0;
	for (int k = 0; after[k]; k++)
		if (ner_lit_is(after[k], s + b + 1, e - b - 1))
			return 2;
	for (int k = 0; prep[k]; k++)
		if (ner_lit_is(prep[k], s + b + 1, e - b - 1))
			return 1;
	return 0;
}

/* The length of what opens a description of the name that ends at p:
 * ", " (an apposition) or " is ", " was ", " are " (a predicate), or 0. */
static size_t ner_kind_opener(const char *s, size_t n, size_t p)
{
	if (p + 4 < n && s[p] == ',' && s[p + 1] == ' ')
		return 2;
	/* Text split into tokens: "Simetrik , a". */
	if (p + 5 < n && s[p] == ' ' && s[p + 1] == ',' && s[p + 2] == ' ')
		return 3;
	if (p + 5 < n && memcmp(s + p, " is ", 4) == 0)
		return 4;
	if (p + 6 < n && memcmp(s + p, " was ", 5) == 0)
		return 5;
	/* A band's or a team's plural name: "the Dusk Riders are a band". */
	if (p + 6 < n && memcmp(s + p, " are ", 5) == 0)
		return 5;
	if (p + 7 < n && memcmp(s + p, " were ", 6) == 0)
		return 6;
	return 0;
}

/* The kind that what follows a name ending at byte p says it is, or -1:
 * ", a", ", the", "is a", "was the" and up to four words (five after
 * "the": "the country's largest bank"), the kind last. person: the name
 * may be a person's, and wants the surer end of the phrase. */
static int ner_kind_after(const char *s, size_t n, size_t p, int person)
{
	int kind = -1, first = -1;
	/* A bracket between, as an encyclopedia has it: "Kestrava (formerly
	 * Harrow Browser) is a web browser". */
	if (p + 2 < n && s[p] == ' ' && s[p + 1] == '(') {
		const char *c = memchr(s + p + 2, ')', n - p - 2 < 120 ? n - p - 2 : 120);
		size_t in = c ? (size_t)(c - s) - p - 2 : 0;
		if (c && !memchr(s + p + 2, '(', in) && !memchr(s + p + 2, '\n', in))
			p = (size_t)(c - s) + 1;
	}
	size_t open = ner_kind_opener(s, n, p);
	if (!open)
		return -1;
	/* A verb in the plural: a band or a team, no one person ("Thunder
	 * Lane are an English rock band from"). */
	if ((open == 5 && s[p + 1] == 'a') || open == 6)
		person = 0;
	size_t art = p + open + 2 <= n && s[p + open] == 'a' && s[p + open + 1] == ' ' ? 2 :
		     p + open + 3 <= n && memcmp(s + p + open, "an ", 3) == 0 ? 3 :
		     p + open + 4 <= n && memcmp(s + p + open, "the ", 4) == 0 ? 4 : 0;
	int words = art == 4 ? 7 : 6;
	p += open + art;
	/* A work's year first leaves room for its country and genres ("a
	 * 2019 South Korean black comedy thriller film"). */
	if (art && p + 5 < n && (s[p] == '1' || s[p] == '2') && s[p + 1] >= '0' && s[p + 1] <= '9' && s[p + 4] == ' ')
		words += 2;
	for (int w = 0; art && w < words && p < n && kind < 0; w++) {
		size_t e = p;
		while (e < n && s[e] != ' ' && !strchr(",.;:()\n", s[e]))
			e++;
		if (e == p)
			break;
		/* A hyphen written apart joins two words into one ("role -
		 * playing game", as text split into tokens has it). */
		while (e + 4 < n && memcmp(s + e, " - ", 3) == 0 && s[e + 3] >= 'a' && s[e + 3] <= 'z') {
			e += 3;
			while (e < n && s[e] != ' ' && !strchr(",.;:()\n", s[e]))
				e++;
		}
		/* In lower case: "a Salt Lake City, Utah, partnership". */
		int k = s[p] >= 'a' && s[p] <= 'z' ? ner_kind_type(s, p, e, 0) : -1;
		int end = ner_kind_head_end(s, e, n);
		/* Two kinds joined: the last is the head ("a city and
		 * municipality in"), or the first where the second is none
		 * the table knows ("a market town and civil parish"). */
		if (k >= 0 && end == 1 && e + 5 < n && memcmp(s + e, " and ", 5) == 0) {
			/* Not a work's, which may be a noun's modifier ("a
			 * film and television distributor"). */
			first = k != NER_MISC ? k : -1;
			p = e + 5;
			continue;
		}
		/* A person wants the surer end, and so does a work ("a series
		 * of", "a song and dance"); not a place's kind ("Valderon is a
		 * city in"), nor one a word qualifies ("an opposition party
		 * in"; a person is "a party to" a case). */
		if (k >= 0 && (end == 2 || (end == 1 && (!person || k == NER_PLACE || w > 0) && k != NER_MISC)))
			kind = k;
		/* The phrase's head is another noun ("the founder of the
		 * company"). */
		if (end)
			break;
		if (e >= n || s[e] != ' ')
			break;
		p = e + 1;
	}
	return kind >= 0 ? kind : first;
}

/* A paragraph that opens with a name the model did not find and says
 * what it is, as an encyclopedia's first sentence does ("Ravenscroft is
 * an American indie rock band from Portland"): the name, of that kind.
 * One to three capitalised words after an optional "The", none an
 * ordinary word news writes in lower case or capitalises at a sentence's
 * start, nor a name a list knows; but a work's, with its year ("War is a
 * 2019 Indian film"), or a work's or a group's that a people's word
 * describes ("Kestrel Dawn are an American indie rock band"), which may
 * hold a title's small words ("Nightfall in Harlan is a 1994 film"). */
static void ner_subject_names(const char *s, size_t n, struct ner_list *l)
{
	/* Words before "of" that say how much of a thing, no name's. */
	static const struct ner_lit parts[] = { NER_LIT("One"),  NER_LIT("Some"), NER_LIT("Most"),  NER_LIT("All"),
						NER_LIT("Many"), NER_LIT("Each"), NER_LIT("Part"),  NER_LIT("None"),
						NER_LIT("Both"), NER_LIT("Much"), NER_LIT("Half"), NER_LIT("Rest") };
	size_t n0 = l->n, mi = 0;
	unsigned char *gone = NULL;
	for (size_t ps = 0; ps < n;) {
		/* The next line's start, found at once. */
		const char *nl = memchr(s + ps, '\n', n - ps);
		size_t a = ps;
		ps = nl ? (size_t)(nl - s) + 1 : n;
		if (a >= n || s[a] < 'A' || s[a] > 'Z')
			continue;
		if (a + 4 < n && memcmp(s + a, "The ", 4) == 0)
			a += 4;
		/* Up to three capitalised words, or five with "of" between
		 * ("Shadow of Velmora"): joint, the word "of" follows. */
		size_t e = a, ws[5], we[5];
		int words = 0, joint = -1, other_join = 0;
		while (words < (joint >= 0 ? 5 : 3) && e < n && s[e] >= 'A' && s[e] <= 'Z') {
			size_t x = e + 1;
			while (x < n && ((s[x] >= 'a' && s[x] <= 'z') || (unsigned char)s[x] >= 0x80))
				x++;
			if (x - e < 3 || (x < n && s[x] != ' ' && s[x] != ','))
				break;
			ws[words] = e;
			we[words++] = x;
			e = x;
			if (e + 1 >= n || s[e] != ' ')
				break;
			size_t jn = joint < 0 && words < 4 && e + 5 < n && memcmp(s + e, " of ", 4) == 0 ? 4 : 0;
			/* A title's other small words ("Nightfall in Harlan"),
			 * taken only for a work's or a group's description
			 * (below). */
			if (!jn && joint < 0 && words < 4 && e + 5 < n &&
			    (memcmp(s + e, " in ", 4) == 0 || memcmp(s + e, " on ", 4) == 0 ||
			     memcmp(s + e, " at ", 4) == 0 || memcmp(s + e, " the ", 5) == 0 ||
			     memcmp(s + e, " and ", 5) == 0 || memcmp(s + e, " for ", 5) == 0))
				jn = s[e + 3] == ' ' ? 4 : 5;
			if (jn && s[e + jn] >= 'A' && s[e + jn] <= 'Z') {
				other_join = jn == 5 || memcmp(s + e, " of ", 4) != 0;
				joint = words;
				e += jn;
				continue;
			}
			if (!(s[e + 1] >= 'A' && s[e + 1] <= 'Z'))
				break;
			e++;
		}
		/* The words taken, and what follows them opens a description
		 * (most lines' first words do not: asked before the lists). */
		if (!words || joint == words)
			continue;
		e = we[words - 1];
		if (!ner_kind_opener(s, n, e))
			continue;
		/* None a word news writes in lower case, but before "of"
		 * ("Shadow of Velmora"), and none before it one often
		 * capitalised; nor the name a list's. */
		int plain = !lexicon_lookup(s + a, e - a) &&
			    !(joint >= 0 && NER_LIT_IN(parts, s + ws[0], we[0] - ws[0]));
		for (int k = 0; k < words && plain; k++)
			plain = !(lexicon_lookup(s + ws[k], we[k] - ws[k]) & LEX_COMMON) &&
				(k < joint || !lexicon_lowercase(s + ws[k], we[k] - ws[k]));
		/* A work's year after the article opens it ("War is a 2019
		 * Indian film"): its title may be an ordinary word. */
		size_t yp = e + 6 <= n && (memcmp(s + e, " is a ", 6) == 0 || memcmp(s + e, " was a", 6) == 0) ? e + 6 : 0;
		if (yp && s[yp] == ' ')
			yp++;
		else if (yp && s[yp] == 'n' && yp + 1 < n && s[yp + 1] == ' ')
			yp += 2;
		int dated = yp && yp + 5 < n && (s[yp] == '1' || s[yp] == '2') && s[yp + 1] >= '0' && s[yp + 1] <= '9' &&
			    s[yp + 2] >= '0' && s[yp + 2] <= '9' && s[yp + 3] >= '0' && s[yp + 3] <= '9' && s[yp + 4] == ' ';
		/* A people's word after the article opens a work's or a
		 * group's description ("Kestrel Dawn are an American indie
		 * rock band"): the name may be ordinary words too. */
		int people = 0;
		{
			size_t o = ner_kind_opener(s, n, e), d = e + o;
			if (o >= 4 && d + 3 < n && s[d] == 'a' && (s[d + 1] == ' ' || (s[d + 1] == 'n' && s[d + 2] == ' '))) {
				d += s[d + 1] == ' ' ? 2 : 3;
				size_t de = ner_blank_at(s, d, n < d + 40 ? n : d + 40);
				people = de > d && (lexicon_lookup(s + d, de - d) & LEX_DEMONYM);
			}
		}
		if ((!plain && !dated && !people) || (other_join && !dated && !people))
			continue;
		while (mi < n0 && l->v[mi].end <= a)
			mi++;
		/* The model's names within the words: with a joining word, the
		 * whole is the subject's name ("Shadow of [Velmora]"); one
		 * that is the whole is left to the appositions' pass. */
		if (mi < n0 && l->v[mi].start < a)
			continue;
		size_t mj = mi;
		while (mj < n0 && l->v[mj].start < e && l->v[mj].end <= e)
			mj++;
		if (mj > mi && (joint < 0 || (mj < n0 && l->v[mj].start < e) ||
				(mj == mi + 1 && l->v[mi].start == a && l->v[mi].end == e)))
			continue;
		int kind = ner_kind_after(s, n, e, 0);
		if (kind < 0 || ((!plain || other_join) && kind != NER_MISC && !(people && kind == NER_ORG)))
			continue;
		if (mj > mi && !gone)
			gone = xcalloc(n0, 1);
		for (size_t q = mi; q < mj; q++)
			gone[q] = 1;
		ner_push(l, a, e, (enum ner_type)kind);
	}
	/* Sorted again where a name was pushed, whatever went. */
	int pushed = l->n > n0;
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* Whether mention m has two words or more and a given name a list knows
 * first: a person's, whatever a rule would make of the name. */
static int ner_given_name_first(const char *s, const struct ner_mention *m)
{
	size_t fw = ner_space_end(s, m->start, m->end);
	return fw < m->end && (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME);
}

/* NER_MISC where the words that end at byte e are a possessive or "the",
 * up to two more words in lower case and a kind of work ("her debut
 * album", "the band's second studio album", "their debut EP"), else -1. */
static int ner_work_kind_before(const char *s, size_t e)
{
	static const struct ner_lit owners[] = { NER_LIT("his"), NER_LIT("her"), NER_LIT("their"), NER_LIT("its"),
						 NER_LIT("the"), NER_LIT("His"), NER_LIT("Her"), NER_LIT("Their"),
						 NER_LIT("Its"), NER_LIT("The") };
	size_t ks = ner_word_start(s, 0, e);
	int ep = e - ks == 2 && (s[ks] == 'E' || s[ks] == 'L') && s[ks + 1] == 'P';
	if (!ep && (ks >= e || s[ks] < 'a' || s[ks] > 'z' || ner_kind_type(s, ks, e, 0) != NER_MISC))
		return -1;
	size_t p = ks;
	for (int w = 0; w < 3 && p >= 2 && s[p - 1] == ' '; w++) {
		size_t as = ner_word_start(s, 0, p - 1);
		if (NER_LIT_IN(owners, s + as, p - 1 - as) ||
		    (p - 1 - as > 2 && s[p - 2] == 's' && s[p - 3] == '\''))
			return NER_MISC;
		for (size_t k = as; k < p - 1; k++)
			if (!((s[k] >= 'a' && s[k] <= 'z') || s[k] == '-'))
				return -1;
		p = as;
	}
	return -1;
}

/* Whether s[a..b) is a part a story's person plays, in lower case, before
 * the person's name ("the knight", "the protagonist"). */
static int ner_story_role(const char *s, size_t a, size_t b)
{
	static const struct ner_lit roles[] = { NER_LIT("knight"),    NER_LIT("protagonist"), NER_LIT("hero"),
						NER_LIT("heroine"),   NER_LIT("villain"),     NER_LIT("narrator"),
						NER_LIT("sorcerer"),  NER_LIT("wizard"),      NER_LIT("warrior"),
						NER_LIT("antagonist") };
	return NER_LIT_IN(roles, s + a, b - a);
}

/* Whether "its " or "their " ends at byte ts of s: an owner's word before
 * a kind ("its cholesterol drug", "Its football club, AO Kessan,"). */
static inline int ner_own_det_before(const char *s, size_t ts)
{
	return (ts >= 4 && ner_lit_is_nocase("its ", s + ts - 4, 4)) || (ts >= 6 && ner_lit_is_nocase("their ", s + ts - 6, 6));
}

/* Whether "the ", "its " or "their " ends at byte ts of s: a kind's
 * determiner before it ("the insurer", "its cholesterol drug"). */
static inline int ner_kind_det_before(const char *s, size_t ts)
{
	return (ts >= 4 && ner_lit_is_nocase("the ", s + ts - 4, 4)) || ner_own_det_before(s, ts);
}

/* A name the story says is of a kind, in an apposition ("Simetrik, a
 * Colombian fintech startup", "Sucre, a province of Bolivia", "Banco
 * Tolima, the country's largest bank") or a predicate ("Bitlabs is a
 * company that"), after the kind ("the insurer Seguros Sucre", "the
 * newspaper Perfil") or as a place "of" it ("the province of Sucre"), is
 * of it where no list knows it as something else. A person's name stays a
 * person's where a given name starts it. */
static void ner_kind_appositions(const char *s, size_t n, struct ner_list *l)
{
	/* The names the story says are of a kind. */
	struct ner_mention said[16];
	size_t nsaid = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP)
			continue;
		int kind = ner_kind_after(s, n, m->end, m->type == NER_PERSON), plural_of = 0;
		/* Before it: "the insurer", "the province of" (which says it of
		 * this mention only where it is a capital: "the capital of
		 * Quillon" is a firm's). */
		int after = kind >= 0;
		size_t b = m->start;
		/* A band's or a paper's own "The" stands between: "the rock
		 * band The Velvet Harps". */
		if (kind < 0 && b >= 10 && memcmp(s + b - 5, " The ", 5) == 0)
			b -= 4;
		/* A work's kind in an apposition before the title, commas
		 * around it ("His first novel, The Salt Flats, won"). */
		if (kind < 0 && b >= 8 && s[b - 1] == ' ' && s[b - 2] == ',' && m->end + 2 < n &&
		    (s[m->end] == ',' || (s[m->end] == ' ' && s[m->end + 1] == ',')))
		{
			/* Text split into tokens has a blank before the comma. */
			kind = ner_work_kind_before(s, b - 2 - (s[b - 3] == ' '));
			/* Which says it of the title's other mentions. */
			after = kind >= 0;
		}
		/* Or the kind's word before an apposition's comma, the name
		 * closed by another ("Its football club, AO Kessan, plays"). */
		size_t kb = 0;
		if (kind < 0 && b >= 8 && s[b - 1] == ' ' && s[b - 2] == ',' && m->end + 2 < n &&
		    (s[m->end] == ',' || (s[m->end] == ' ' && s[m->end + 1] == ','))) {
			kb = b - 2 - (s[b - 3] == ' ');
			if (!(s[kb - 1] >= 'a' && s[kb - 1] <= 'z'))
				kb = 0;
		}
		/* A word in lower case before the name (most names have none). */
		if (kind < 0 && b >= 6 && (kb || (s[b - 1] == ' ' && s[b - 2] >= 'a' && s[b - 2] <= 'z'))) {
			size_t of = !kb && b >= 4 && memcmp(s + b - 4, " of ", 4) == 0 ? 3 : 0;
			size_t ke = kb ? kb : b - 1 - of, ks = ke;
			ks = ner_word_start(s, 0, ks);
			if (s[ks] < 'a' || s[ks] > 'z')
				ks = 0;
			/* Or words between: a people's ("the Polish shipyard")
			 * or up to two in lower case ("the investment firm",
			 * "the alternative rock band"). */
			size_t ts = ks;
			int people = 0, named = 0;
			for (int w = 0; w < 3 && !people && ts >= 6 && s[ts - 1] == ' ' && !ner_kind_det_before(s, ts); w++) {
				size_t as = ner_word_start(s, 0, ts - 1);
				int lower = w < 2 && as < ts - 1;
				for (size_t k = as; lower && k < ts - 1; k++)
					lower = (s[k] >= 'a' && s[k] <= 'z') || s[k] == '-';
				/* Or a body's, a place's or a league's name
				 * ("Major League Soccer club New England
				 * Revolution", "Barcelona club Espanyol",
				 * "California counties of"), not before a
				 * person's ("Hollywood producer Burt Sugarman"). */
				people = i > 0 && l->v[i - 1].end == ts - 1 &&
					 (l->v[i - 1].type == NER_GROUP
						  ? l->v[i - 1].start == as
						  : l->v[i - 1].type != NER_DATE && l->v[i - 1].type != NER_PERSON &&
							    m->type != NER_PERSON);
				named = people && l->v[i - 1].type != NER_GROUP;
				/* Right before the kind only ("Premier League
				 * club"): each other name before a verb would ask
				 * the kinds of it. */
				if (named && w > 0)
					people = named = 0;
				if (!lower && !people)
					break;
				ts = as;
			}
			/* A people's word may stand for the article, as an
			 * encyclopedia writes ("by British rock band The Velvet
			 * Harps"). */
			/* After a comma, a person's name is the kind's own only
			 * after "its" or "their": "the agency, Bustanil Arifin,"
			 * is its head ("head of the food logistics agency"). */
			int own = !kb || m->type != NER_PERSON || ner_own_det_before(s, ts);
			if (ks && own && (ner_kind_det_before(s, ts) || people)) {
				int k = ner_kind_type(s, ks, ke, 0);
				/* A story's people by their parts ("follows the
				 * knight Sera Vance", "the protagonist Ash Velmar"). */
				if (k < 0 && !of && !named && ner_story_role(s, ks, ke))
					k = NER_PERSON;
				/* Places' kind in the plural before "of" and a list
				 * ("the provinces of Lutz and Brevard"). */
				if (k < 0 && of && ner_kind_type(s, ks, ke, 1) == NER_PLACE) {
					k = NER_PLACE;
					plural_of = 1;
				}
				/* A product's or a work's kind too ("its cholesterol
				 * drug Lipravex", "the app Quillchat"), but for a
				 * person's name ("the film Tom Kestrel made"); a
				 * place's without "of" ("the river Ostra"), but for
				 * a body's or letters ("the county Board of
				 * Supervisors", "the district AL"). */
				if (k == (of ? NER_PLACE : NER_ORG) ||
				    (!of && k == NER_PLACE && !text_all_upper(s + m->start, m->end - m->start) &&
				     !ner_has_org_word(s, m->start, m->end)) ||
				    (!of && k == NER_MISC && m->type != NER_PERSON) || (!of && k == NER_PERSON))
					kind = k;
				/* After a name, a body's kind, or places' "of" (a
				 * work's kind has its own rules). */
				if (named && k != (of ? NER_PLACE : NER_ORG))
					kind = -1;
				/* "the village of Kotel" says it of Kotel's other
				 * mentions too; a firm has a capital. */
				after = kind >= 0 && of && !ner_lit_is("capital", s + ks, ke - ks);
			}
		}
		if (kind < 0)
			continue;
		/* No person is a work or a product ("Aurora Polaris was a
		 * space probe launched in 2008"). */
		if (m->type == NER_PERSON && kind != NER_MISC && ner_given_name_first(s, m))
			continue;
		ner_kind_retype(s, m, kind);
		if (after && m->type == (enum ner_type)kind && nsaid < sizeof said / sizeof *said)
			said[nsaid++] = *m;
		/* The list's other names, of one word or more that no given
		 * name starts. */
		for (size_t j = i + 1; plural_of && j < l->n && l->v[j].start >= l->v[j - 1].end &&
				       ner_list_joint(s, l->v[j - 1].end, l->v[j].start);
		     j++)
			if (!(l->v[j].type == NER_PERSON && ner_given_name_first(s, &l->v[j])))
				ner_kind_retype(s, &l->v[j], kind);
	}
	/* What the story says a name is, it is wherever the model read it
	 * otherwise: an encyclopedia's subject, named in every paragraph. */
	for (size_t i = 0; i < l->n && nsaid; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP)
			continue;
		for (size_t k = 0; k < nsaid; k++)
			if (m->type != said[k].type && m->end - m->start == said[k].end - said[k].start &&
			    memcmp(s + m->start, s + said[k].start, m->end - m->start) == 0) {
				ner_kind_retype(s, m, (int)said[k].type);
				break;
			}
	}
}

/* Whether mention m is two words, a given name the lists know (or a word
 * they do not) and another in mixed case, that no list knows whole: a
 * person's name the model may have read as a place's or a body's for its
 * last word ("Hazel Court", "Tom Bridge", "Pascual Jordan"). */
static int ner_given_pair(const char *s, const struct ner_mention *m)
{
	size_t fw = ner_space_end(s, m->start, m->end);
	if (fw + 3 > m->end || ner_space_end(s, fw + 1, m->end) != m->end || !(s[fw + 1] >= 'A' && s[fw + 1] <= 'Z') ||
	    !(s[m->end - 1] >= 'a' && s[m->end - 1] <= 'z') || s[fw - 1] == '.')
		return 0;
	for (size_t k = m->start; k < fw; k++)
		if (!ner_word_byte(s[k]))
			return 0;
	unsigned first = lexicon_lookup(s + m->start, fw - m->start);
	if ((first != 0 && !(first & LEX_FIRST_NAME)) || (first & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) ||
	    lexicon_lookup(s + m->start, m->end - m->start) != 0)
		return 0;
	/* A company's legal form is no surname ("Salomon Bros"); a body's
	 * head word is one less often than not (2: "Hazel Court", "Florida
	 * Department"), and so is a word no list knows before another (2:
	 * "Pascual Jordan"). */
	unsigned last = lexicon_lookup(s + fw + 1, m->end - fw - 1);
	return last & LEX_COMPANY_SUFFIX ? 0 : (last & LEX_ORG_WORD) || first == 0 ? 2 : 1;
}

/* A list of people is of people throughout: in a list whose names are all
 * people's or a given name and another word ("stars Hazel Court , Dorian
 * Bell and Sidney James", "Victoria Park , Jonah Street and Emma Banks as
 * the three sisters"), those the model took for places or bodies are
 * people, where one is a person's already or three or more are such
 * pairs; two people at least where such a pair ends in a body's head
 * word. Not a list with a name of another kind ("George Street , King
 * Street"), nor two pairs alone ("Victoria Park and Albert Park"). The
 * list is l->v[i..j); ner_list_types finds it. */
static void ner_people_list(const char *s, struct ner_list *l, size_t i, size_t j)
{
	size_t people = 0, pairs = 0;
	int heads = 0;	/* a pair ends in a body's head word */
	for (size_t k = i; k < j; k++) {
		int pair;
		if (l->v[k].type == NER_PERSON)
			people++;
		else if ((l->v[k].type == NER_PLACE || l->v[k].type == NER_ORG) &&
			 (pair = ner_given_pair(s, &l->v[k])) != 0) {
			pairs++;
			heads |= pair == 2;
		}
	}
	if (pairs > 0 && people + pairs == j - i && (heads ? people >= 2 : people > 0 || pairs >= 3))
		for (size_t k = i; k < j; k++)
			if (l->v[k].type != NER_PERSON) {
				l->v[k].type = NER_PERSON;
				l->v[k].margin = 0;
			}
}

/* The names of one list are of one kind: in a list of three or more
 * ("Uthai Thani, Chai Nat, Sing Buri, Ayutthaya and Bangkok") where two
 * or more are places a list knows and none a list knows as anything else,
 * the others the model took for people are places too; so for
 * organizations. The model reads an unknown name of two words as a
 * person's. A list of two or more goes to ner_people_list too. */
static void ner_list_types(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n;) {
		size_t j = i + 1;
		while (j < l->n && l->v[j].start >= l->v[j - 1].end && ner_list_joint(s, l->v[j - 1].end, l->v[j].start))
			j++;
		if (j - i >= 3) {
			unsigned known[NER_NTYPES] = { 0 };
			int other = 0;
			for (size_t k = i; k < j; k++) {
				int lt = ner_lex_type(lexicon_lookup(s + l->v[k].start, l->v[k].end - l->v[k].start));
				if (lt >= 0)
					known[lt]++;
				other |= l->v[k].type == NER_DATE;
			}
			int kind = known[NER_PLACE] >= 2 ? NER_PLACE : known[NER_ORG] >= 2 ? NER_ORG : -1;
			for (int t = 0; kind >= 0 && t < NER_NTYPES; t++)
				other |= t != kind && known[t] > 0;
			for (size_t k = i; kind >= 0 && !other && k < j; k++) {
				struct ner_mention *m = &l->v[k];
				size_t fw = ner_space_end(s, m->start, m->end);
				/* Words in mixed case, none an initial ("G. Fox", a
				 * store) nor in capitals (a call sign). */
				int plain = 1;
				for (size_t w = m->start; plain && w < m->end;) {
					size_t we = ner_space_end(s, w, m->end);
					plain = we - w >= 2 && s[we - 1] != '.' && !text_caps_word(s + w, we - w);
					w = we + 1;
				}
				if (m->type == NER_PERSON && plain &&
				    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) < 0 &&
				    !(lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME)) {
					m->type = (enum ner_type)kind;
					m->margin = 0;
				}
			}
		}
		if (j - i >= 2)
			ner_people_list(s, l, i, j);
		i = j;
	}
}

/* Whether the word w[0..n) (a byline's) is a role ("Writer",
 * "Correspondent", "Staff"), in any case. */
static int ner_byline_role(const char *w, size_t n)
{
	char low[32];
	if (n == 0 || n >= sizeof low)
		return 0;
	for (size_t k = 0; k < n; k++)
		low[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] + 32 : w[k]);
	return (lexicon_lookup(low, n) & LEX_ROLE) || ner_lit_is("staff", low, n) || ner_lit_is("writers", low, n);
}

/* The length in bytes of the organization a list knows that starts at
 * byline word q (of the words [ws[k], we[k]) of s), of up to four words;
 * 0 if none. A wire's acronym ("AP") is one too. */
static size_t ner_byline_org(const char *s, const size_t *ws, const size_t *we, size_t nw, size_t q)
{
	for (size_t e = q + 4 < nw ? q + 4 : nw; e > q; e--) {
		size_t len = we[e - 1] - ws[q];
		/* Its comma is the line's, not the name's. */
		len -= s[ws[q] + len - 1] == ',' && len > 1;
		if (lexicon_lookup(s + ws[q], len) & LEX_ORG)
			return len;
	}
	size_t len = we[q] - ws[q];
	len -= s[ws[q] + len - 1] == ',' && len > 1;
	return lexicon_wire(s + ws[q], len, NULL) ? len : 0;
}

/* Whether the word w[0..n) of a byline is a desk's or a rank's, which
 * goes with the role after it ("Games Editor", "Senior Technology
 * Correspondent"), not with the writer's name before it. */
static int ner_byline_desk(const char *w, size_t n)
{
	static const char *const desks[] = {
		"Senior", "Chief", "Deputy", "Associate", "Assistant", "Managing", "Contributing", "Executive",
		"Political", "Diplomatic", "Foreign", "National", "International", "Local", "Regional", "Metro",
		"Business", "Economics", "Economy", "Finance", "Financial", "Markets", "Money", "Technology", "Tech",
		"Science", "Health", "Medical", "Sports", "Sport", "Games", "Gaming", "Entertainment", "Arts",
		"Culture", "Travel", "Food", "Fashion", "Style", "Education", "Environment", "Environmental",
		"Climate", "Energy", "Legal", "Crime", "Security", "Defense", "Defence", "Investigative", "Data",
		"Digital", "Social", "Media", "Politics", "Opinion", "Features", "Lifestyle", "Music", "Film",
		"Books", "Weather", NULL
	};
	size_t len = n > 1 && w[n - 1] == ',' ? n - 1 : n;
	for (int k = 0; desks[k]; k++)
		if (ner_lit_is_nocase(desks[k], w, len))
			return 1;
	return 0;
}

/* A byline ("By MARTA KOWALSKI and TOM ELLIS Associated Press", "By Ann
 * Lee AP Business Writer", an author's field "Ann Lee, Games Editor")
 * names its writers and their outlet: each name of two to four
 * capitalised words a person, an outlet a list knows an organization, a
 * role and what follows it none. The model ran writer and outlet together
 * into one organization, and writer and desk into one person. The words
 * of s[from..to) are read; a line this cannot read, or (field) one
 * without a role or an outlet, keeps the model's names. */
static void ner_byline_line(const char *s, size_t from, size_t to, int field, struct ner_list *l)
{
	enum { MAXW = 12 };
	size_t ws[MAXW], we[MAXW], nw = 0;
	int ok = 1;
	for (size_t i = from; i < to && ok;) {
		while (i < to && s[i] == ' ')
			i++;
		if (i == to)
			break;
		size_t e = ner_blank_at(s, i, to);
		ok = nw < MAXW && s[i] != '\n';
		if (ok) {
			ws[nw] = i;
			we[nw++] = e;
		}
		i = e;
	}
	if (!ok || nw < 2)
		return;
	struct ner_mention found[MAXW];
	/* hi: where the names read end (the model's after it stay). */
	size_t nf = 0, name = SIZE_MAX, people = 0, hi = to;
	int told = 0;
	for (size_t q = 0; q <= nw; q++) {
		size_t olen = q < nw ? ner_byline_org(s, ws, we, nw, q) : 0;
		const char *w = q < nw ? s + ws[q] : "";
		size_t wn = q < nw ? we[q] - ws[q] : 0;
		int comma = wn > 1 && w[wn - 1] == ',';
		int role = q < nw && !olen && ner_byline_role(w, wn);
		int sep = q == nw || olen || role || ner_lit_is("and", w, wn) || ner_lit_is("&", w, wn) ||
			  ner_lit_is("|", w, wn) || ner_lit_is("/", w, wn);
		if (!sep && !(w[0] >= 'A' && w[0] <= 'Z'))
			return;
		if (!sep && name == SIZE_MAX)
			name = q;
		/* A name ends before a separator, or at its comma. */
		size_t end_q = sep ? q : comma ? q + 1 : SIZE_MAX;
		/* Before a role, a desk's words are the role's. */
		while (role && name != SIZE_MAX && end_q > name && ner_byline_desk(s + ws[end_q - 1], we[end_q - 1] - ws[end_q - 1]))
			end_q--;
		if (role && name != SIZE_MAX && end_q == name)
			name = SIZE_MAX;
		if (end_q != SIZE_MAX && name != SIZE_MAX) {
			size_t words = end_q - name;
			if (words < 2 || words > 4)
				return;
			size_t e = we[end_q - 1] - (s[we[end_q - 1] - 1] == ',' ? 1 : 0);
			found[nf++] = (struct ner_mention){ ws[name], e, NER_PERSON, 0 };
			people++;
			name = SIZE_MAX;
		}
		/* An outlet or a role ends the line's names ("AP
		 * Business Writer"). */
		told |= olen || role;
		if (olen) {
			found[nf++] = (struct ner_mention){ ws[q], ws[q] + olen, NER_ORG, 0 };
			hi = ws[q] + olen;
			break;
		}
		if (role) {
			hi = ws[q];
			break;
		}
	}
	if (!people || (field && !told))
		return;
	/* The byline's mentions give way to these. */
	size_t lo = ws[0], o = 0, cap = l->n + nf;
	struct ner_mention *v = xmalloc(cap * sizeof *v);
	size_t i = 0;
	for (; i < l->n && l->v[i].end <= lo; i++)
		v[o++] = l->v[i];
	for (size_t f = 0; f < nf; f++)
		v[o++] = found[f];
	for (; i < l->n; i++)
		if (l->v[i].start >= hi)
			v[o++] = l->v[i];
	free(l->v);
	l->v = v;
	l->n = o;
	l->cap = cap;
}

/* The bylines of a story: a paragraph at the top that starts "By " (as
 * entity_furniture takes one), and the fields that name its author. */
static void ner_bylines(const struct article *a, struct ner_list *l)
{
	static const char *const keys[] = { "author", "authors", "byline", "by", NULL };
	const char *s = a->data;
	for (size_t k = 0; k < a->npara && k < 3; k++) {
		const struct article_para *p = &a->paras[k];
		size_t len = p->end - p->start;
		if (len <= 3 || len > 100 || (strncmp(s + p->start, "By ", 3) != 0 && strncmp(s + p->start, "BY ", 3) != 0) ||
		    strchr(".!?", s[p->end - 1]))
			continue;
		ner_byline_line(s, p->start + 3, p->end, 0, l);
	}
	for (size_t i = 0; i < a->nfields; i++) {
		size_t from = a->fields[i].value_start, to = a->fields[i].value_end;
		int author = 0;
		for (int k = 0; keys[k] && !author; k++)
			author = a->fields[i].key[0] == keys[k][0] && strcmp(a->fields[i].key, keys[k]) == 0;
		if (!author || to - from <= 3 || to - from > 100)
			continue;
		if (strncmp(s + from, "By ", 3) == 0 || strncmp(s + from, "BY ", 3) == 0)
			from += 3;
		ner_byline_line(s, from, to, 1, l);
	}
}

/* A person's name ends at its letters: digits glued after a word in
 * lower case are a date's or a count's that a page ran into the name
 * ("by Lucas Nolan22 Dec 2016"), no part of it. */
static void ner_person_digit_tails(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON)
			continue;
		size_t e = m->end;
		while (e > m->start && s[e - 1] >= '0' && s[e - 1] <= '9')
			e--;
		if (e == m->end || e < m->start + 3 || !(s[e - 1] >= 'a' && s[e - 1] <= 'z') ||
		    !(s[e - 2] >= 'a' && s[e - 2] <= 'z'))
			continue;
		m->end = e;
	}
}

/* A name of words in mixed case with one in capitals of three letters or
 * more is an organization's or a thing's, not a person's ("PSV
 * Eindhoven", "Gmail SRE", "WASI APIs"; CoNLL and the Worldwide data
 * have such people 9 times in 487): the capitals are an acronym, where
 * a person's name has initials with dots or of two letters, or a
 * regnal numeral ("Henry VIII"). A given name in capitals keeps it a
 * person's ("GILLIAN MOHNEY March" of a byline). Letters before a given
 * name and a surname are a party's or a company's before the person,
 * whichever the model took the whole for ("UMP Laure de la Raudière"),
 * unless the name ends as a body's does ("IBM Thomas Watson Research
 * Center"). */
static void ner_acronym_people(const char *s, struct ner_list *l)
{
	int split = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PERSON && m->type != NER_ORG) || !ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		/* A word in capitals has two in a row: most names have none. */
		if (!text_upper_pair(s, m->start, m->end))
			continue;
		int acronym = 0, mixed = 0, first_acronym = 0, second_mixed = 0;
		size_t first_end = 0, words = 0, last = m->start, second = 0, second_end = 0;
		for (size_t w = m->start, e; w < m->end; w = e + 1) {
			e = ner_blank_at(s, w, m->end);
			last = w;
			size_t caps = 0, lower = 0, other = 0, roman = 0;
			for (size_t k = w; k < e; k++) {
				char c = s[k];
				if (c >= 'A' && c <= 'Z') {
					caps++;
					roman += c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
				} else if (c >= 'a' && c <= 'z') {
					lower++;
				} else {
					other++;
				}
			}
			int is_acronym = caps >= 3 && !lower && !other && roman < caps;
			int is_mixed = caps >= 1 && lower >= 1 && s[w] >= 'A' && s[w] <= 'Z';
			acronym |= is_acronym;
			mixed |= is_mixed;
			if (words == 0) {
				first_end = e;
				first_acronym = is_acronym;
			} else if (words == 1) {
				second_mixed = is_mixed;
				second = w;
				second_end = e;
			}
			words++;
		}
		if (!acronym || !mixed)
			continue;
		/* The lists are asked only of a name that has both: whether a
		 * word in capitals is a given name. */
		int caps_given = 0;
		for (size_t w = m->start, e; w < m->end && !caps_given; w = e + 1) {
			e = ner_blank_at(s, w, m->end);
			int up = e - w >= 3;
			for (size_t k = w; k < e && up; k++)
				up = s[k] >= 'A' && s[k] <= 'Z';
			if (up)
				caps_given = (lexicon_lookup(s + w, e - w) & LEX_FIRST_NAME) != 0;
		}
		if (caps_given)
			continue;
		if (first_acronym && second_mixed && words >= 3 &&
		    (lexicon_lookup(s + second, second_end - second) & LEX_FIRST_NAME) &&
		    !(lexicon_lookup(s + last, m->end - last) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX))) {
			size_t end = m->end;
			m->end = first_end;
			m->type = NER_ORG;
			m->margin = 0;
			ner_push(l, first_end + 1, end, NER_PERSON);
			split = 1;
		} else if (m->type == NER_PERSON) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
	if (split)
		ner_sort_mentions(l->v, l->n);
}

/* Where what follows an opening bracket starts, blanks before and after it
 * passed over, in s[from..to); SIZE_MAX where no bracket opens there. */
static size_t ner_past_bracket(const char *s, size_t from, size_t to)
{
	size_t p = from;
	while (p < to && s[p] == ' ')
		p++;
	if (p == to || s[p] != '(')
		return SIZE_MAX;
	p++;
	while (p < to && s[p] == ' ')
		p++;
	return p;
}

/* Whether s[from..to) is an opening bracket with blanks around it or
 * not ("Robert (", "Dario ( "), the gap between a given name and a name
 * in brackets. */
static int ner_opens_bracket(const char *s, size_t from, size_t to)
{
	return ner_past_bracket(s, from, to) == to;
}

/* Whether s[from..to) is a nickname in brackets that the model did not
 * read as a name, between a given name and a surname it did (" ( Lucky )
 * "): one to three capitalised words of ASCII letters, nothing else. */
static int ner_bracket_gap_name(const char *s, size_t from, size_t to)
{
	size_t p = ner_past_bracket(s, from, to);
	if (p == SIZE_MAX)
		return 0;
	int words = 0;
	while (p < to && ner_upper_at(s, p)) {
		while (p < to && ner_alnum_at(s, p))
			p++;
		words++;
		if (p < to && s[p] == ' ' && p + 1 < to && ner_upper_at(s, p + 1))
			p++;
	}
	if (words < 1 || words > 3)
		return 0;
	while (p < to && s[p] == ' ')
		p++;
	if (p == to || s[p] != ')')
		return 0;
	p++;
	size_t blanks = p;
	while (p < to && s[p] == ' ')
		p++;
	return p == to && p > blanks;
}

/* A nickname in brackets inside a person's name ("Kimani (Kiki) Gray",
 * "Robert ( Bob ) Kessel") is one name: the model read the given name
 * alone, then the nickname, the bracket and the surname; so is a given
 * name in an editor's brackets before the surname ("(Harold) Kessler"). */
static void ner_bracketed_nicknames(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *x = &l->v[i];
		/* The given name alone may be read as another thing ("Kauri"
		 * is a tree too): the person's name after it, bracket and all,
		 * says what it is. */
		int one_word = x->type != NER_DATE && !ner_chr(s, s + x->start, ' ', x->end - x->start) &&
			       !ner_chr(s, s + x->start, '\n', x->end - x->start);
		/* Or the model read the bracket's names as a name of their own
		 * ("Kauri", "Te Rangiwhetu Robert", "Horomona"): the three are
		 * one where the bracket holds the middle one whole and the
		 * person's name follows it. */
		if (i + 2 < l->n && (x->type == NER_PERSON || one_word) && l->v[i + 1].type != NER_DATE &&
		    l->v[i + 2].type == NER_PERSON) {
			const struct ner_mention *y = &l->v[i + 1], *z = &l->v[i + 2];
			size_t c = y->end;
			while (c < z->start && s[c] == ' ')
				c++;
			size_t after = c + 1;
			while (after < z->start && s[after] == ' ')
				after++;
			if (ner_opens_bracket(s, x->end, y->start) && !ner_chr(s, s + y->start, '(', y->end - y->start) &&
			    !ner_chr(s, s + y->start, ')', y->end - y->start) && c < z->start && s[c] == ')' &&
			    after == z->start && after > c + 1 && !ner_chr(s, s + x->start, '\n', z->end - x->start)) {
				x->end = z->end;
				x->type = NER_PERSON;
				x->margin = 0;
				l->v[o++] = *x;
				i += 2;
				continue;
			}
		}
		if (i + 1 < l->n && (x->type == NER_PERSON || one_word) && l->v[i + 1].type == NER_PERSON) {
			const struct ner_mention *y = &l->v[i + 1];
			const char *close = ner_opens_bracket(s, x->end, y->start) ? ner_chr(s, s + y->start, ')', y->end - y->start)
										 : NULL;
			if (close && close > s + y->start && close + 2 < s + y->end &&
			    (x->type == NER_PERSON || !ner_chr(s, s + y->start, '(', y->end - y->start))) {
				x->end = y->end;
				x->type = NER_PERSON;
				x->margin = 0;
				l->v[o++] = *x;
				i++;
				continue;
			}
			/* Or the nickname itself went unread between the two
			 * ("Charles ( Lucky ) Kestrel"). */
			if (x->type == NER_PERSON && y->start > x->end && !ner_chr(s, s + x->start, ' ', x->end - x->start) &&
			    ner_bracket_gap_name(s, x->end, y->start)) {
				x->end = y->end;
				x->margin = 0;
				l->v[o++] = *x;
				i++;
				continue;
			}
			/* An editor's bracket around the given name in a quotation
			 * ("Judge (Harold) Kessler"): one name from the given name
			 * on, as the model reads it when it reads it whole. */
			if (x->type == NER_PERSON && x->start > 0 && s[x->start - 1] == '(' && x->end + 2 == y->start && s[x->end] == ')' &&
			    s[x->end + 1] == ' ' && !ner_chr(s, s + x->start, ' ', x->end - x->start) &&
			    (lexicon_lookup(s + x->start, x->end - x->start) & LEX_FIRST_NAME)) {
				x->end = y->end;
				x->margin = 0;
				l->v[o++] = *x;
				i++;
				continue;
			}
		}
		l->v[o++] = *x;
	}
	l->n = o;
}

/* A name does not begin with a word news writes in lower case
 * ("centrist Alliance", "cut First Amarillo"): the model took an
 * adjective or a verb before the name with it. A surname's particle ("de
 * Blasio", "van Gogh") is no such word. */
static void ner_lower_heads(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || !(s[m->start] >= 'a' && s[m->start] <= 'z'))
			continue;
		size_t e = m->start;
		while (e < m->end && s[e] >= 'a' && s[e] <= 'z')
			e++;
		/* What is left starts with a word, not a letter ("serie A"). */
		if (e + 2 >= m->end || s[e] != ' ' || !(s[e + 1] >= 'A' && s[e + 1] <= 'Z') || s[e + 2] == ' ' ||
		    !lexicon_lowercase(s + m->start, e - m->start) ||
		    (lexicon_lookup(s + m->start, e - m->start) & LEX_SURNAME_PARTICLE))
			continue;
		m->start = e + 1;
		m->margin = 0;
	}
}

/* Cuts mention i of l at the "and" from a to b into two of its type (the
 * second one added at the end, for the caller to sort). */
static void ner_split_and(struct ner_list *l, size_t i, size_t a, size_t b)
{
	size_t end = l->v[i].end;
	enum ner_type type = l->v[i].type;
	l->v[i].end = a;
	l->v[i].margin = 0;
	ner_push(l, b, end, type);
}

/* Whether s[a..b) is a school's, a university's or a hospital's head
 * word. */
static int ner_school_word(const char *s, size_t a, size_t b)
{
	static const struct ner_lit heads[] = { NER_LIT("School"), NER_LIT("University"), NER_LIT("College"),
						NER_LIT("Academy"), NER_LIT("Institute"), NER_LIT("Hospital"),
						NER_LIT("Polytechnic"), NER_LIT("Seminary") };
	return NER_LIT_IN(heads, s + a, b - a);
}

/* Two one-word names joined by "and" before a plural noun of their kind
 * are two names ("the Interior and Commerce departments", "the Labour
 * and Green parties"), which the model read as one; so are two the lists
 * know as groups or bodies, and a body "of" something and a place's body
 * after "and". */
static void ner_coordinated_bodies(const char *s, size_t len, struct ner_list *l)
{
	static const char *const kinds[] = { "departments", "ministries", "secretaries", "ministers", "committees",
					     "agencies", "parties", "companies", "banks", "universities", "councils",
					     "governments", "states", "provinces", "regions", "rivers", "islands",
					     NULL };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_PERSON || m->end - m->start < 7)
			continue;
		const char *and = ner_find(s, s + m->start, m->end - m->start, " and ", 5);
		if (!and)
			continue;
		size_t a = (size_t)(and - s), b = a + 5;
		/* A body "of" something, and a place's body of its own head
		 * word after "and" ("the Research Base of Panda Breeding and
		 * Kessel University"): "Trade and Industry" names no place. */
		if (m->type == NER_ORG && ner_find(s, s + m->start, a - m->start, " of ", 4)) {
			size_t fe = ner_space_end(s, b, m->end), lw = ner_word_start(s, b, m->end), sp = 0;
			for (size_t k = b; k < m->end; k++)
				sp += s[k] == ' ';
			if (fe < m->end && sp <= 2 && (lexicon_lookup(s + b, fe - b) & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) &&
			    (lexicon_lookup(s + lw, m->end - lw) & LEX_ORG_WORD) &&
			    !ner_find(s, s + b, m->end - b, " of", 3)) {
				ner_split_and(l, i, a, b);
				continue;
			}
			/* A body "of" a country or a city, and a body of two words
			 * or more after "and" that ends in a company's or a body's
			 * word or names its own place ("the Bank of Tanzania and
			 * Power Corp of Canada"). */
			size_t pw = ner_word_start(s, m->start, a);
			unsigned lc = lexicon_lookup(s + lw, m->end - lw);
			if (pw > m->start && (lexicon_lookup(s + pw, a - pw) & (LEX_COUNTRY | LEX_CITY)) && fe < m->end &&
			    ner_upper_at(s, b) &&
			    ((lc & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) || ner_find(s, s + b, m->end - b, " of ", 4))) {
				ner_split_and(l, i, a, b);
				continue;
			}
		}
		/* Two schools or hospitals of two words or more each ("Alliance
		 * Girls High School and Kenyatta University"): "the University
		 * and College Union" has one word before "and". */
		if (m->type == NER_ORG && ner_chr(s, s + m->start, ' ', a - m->start) && ner_upper_at(s, b) &&
		    ner_chr(s, s + b, ' ', m->end - b) && ner_school_word(s, ner_word_start(s, m->start, a), a) &&
		    ner_school_word(s, ner_word_start(s, b, m->end), m->end)) {
			ner_split_and(l, i, a, b);
			continue;
		}
		if (ner_chr(s, s + m->start, ' ', a - m->start) || ner_chr(s, s + b, ' ', m->end - b) ||
		    !(s[b] >= 'A' && s[b] <= 'Z'))
			continue;
		/* Two the lists know as groups or bodies, and the whole as
		 * nothing, are two ("the Tories and Labour"), each of its own
		 * type. */
		if (!lexicon_lookup(s + m->start, m->end - m->start)) {
			unsigned c1 = lexicon_lookup(s + m->start, a - m->start), c2 = lexicon_lookup(s + b, m->end - b);
			const unsigned body = LEX_GROUP | LEX_ORG, place = LEX_COUNTRY | LEX_CITY | LEX_REGION;
			if ((c1 & body) && (c2 & body) && !((c1 | c2) & place)) {
				ner_split_and(l, i, a, b);
				l->v[i].type = (enum ner_type)ner_lex_type(c1);
				l->v[l->n - 1].type = (enum ner_type)ner_lex_type(c2);
				continue;
			}
		}
		if (m->end + 1 >= len || s[m->end] != ' ')
			continue;
		size_t w = m->end + 1, x = w;
		while (x < len && s[x] >= 'a' && s[x] <= 'z')
			x++;
		int kind = 0;
		for (int k = 0; kinds[k] && !kind; k++)
			kind = ner_lit_is(kinds[k], s + w, x - w);
		/* Not points of the compass ("19 Northern and Northeastern
		 * states"), which are no names of their own. */
		static const char *const compass[] = { "North", "South", "East", "West", "Central", NULL };
		for (int k = 0; compass[k] && kind; k++)
			kind = strncmp(s + m->start, compass[k], strlen(compass[k])) != 0 &&
			       strncmp(s + b, compass[k], strlen(compass[k])) != 0;
		if (!kind)
			continue;
		ner_split_and(l, i, a, b);
	}
	if (l->n != n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether "the" (or "The") and a blank come right before byte at of s. */
static int ner_after_the(const char *s, size_t at)
{
	return at >= 4 && (s[at - 4] == 't' || s[at - 4] == 'T') && s[at - 3] == 'h' && s[at - 2] == 'e' &&
	       s[at - 1] == ' ' && (at == 4 || s[at - 5] == ' ' || s[at - 5] == '\n');
}

/* The length of a publication's kind (" newspaper", " magazine",
 * " tabloid") at byte e of s[0..len), a whole word, or 0. */
static size_t ner_press_kind(const char *s, size_t len, size_t e)
{
	static const struct ner_lit kinds[] = { NER_LIT(" newspaper"), NER_LIT(" magazine"), NER_LIT(" tabloid") };
	/* Most blanks are followed by none of their first letters. */
	if (e + 8 > len || s[e] != ' ' || (s[e + 1] != 'n' && s[e + 1] != 'm' && s[e + 1] != 't'))
		return 0;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		size_t kl = kinds[k].n;
		if (s[e + 1] == kinds[k].w[1] && e + kl <= len && memcmp(s + e, kinds[k].w, kl) == 0 &&
		    (e + kl == len || !((s[e + kl] >= 'a' && s[e + kl] <= 'z') || (s[e + kl] >= 'A' && s[e + kl] <= 'Z'))))
			return kl;
	}
	return 0;
}

/* A people's word and a language's before "-language" ("a 2014 Indian
 * Tamil-language film"), which the model read as one name, are two: the
 * people's and the language's, without "-language" (ANNOTATION.md's
 * "[Russia]-backed"). */
static void ner_language_compounds(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		/* "-language" last (its "e" first, then the rest). */
		if ((m->type != NER_MISC && m->type != NER_GROUP) || n < 14 || s[m->end - 1] != 'e' ||
		    memcmp(s + m->end - 9, "-language", 9) != 0)
			continue;
		size_t le = m->end - 9, sp = le;
		while (sp > m->start && s[sp - 1] != ' ')
			sp--;
		if (sp <= m->start + 1 || !ner_upper_at(s, sp) ||
		    !(lexicon_lookup(s + m->start, sp - 1 - m->start) & LEX_DEMONYM))
			continue;
		m->end = sp - 1;
		m->type = NER_GROUP;
		m->margin = 0;
		ner_push(l, sp, le, NER_GROUP);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A publication named before its kind after "the" is one organization
 * of all its capitalised words: "the Press Democrat newspaper", which the
 * model read as a party's adjective alone; not a place's or a people's
 * paper ("the Paris newspaper", "the Kenyan magazine"), nor a language's
 * ("the French-language tabloid"). A people's or a place's paper and its
 * name, read as one ("the Irish magazine Commerce and Money"), are two
 * names, and the name after the kind is the paper's ("the Kenyan magazine
 * Vela", not a person). */
static void ner_press_names(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	int gone = 0, pushed = 0;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* The name after the kind, the kind after a people or a place. */
		if (i > 0 && m->type != NER_ORG && m->start >= 10) {
			const struct ner_mention *p = &l->v[i - 1];
			size_t kl = ner_press_kind(s, len, p->end);
			if (kl && p->end + kl + 1 == m->start && (p->type == NER_GROUP || p->type == NER_PLACE) &&
			    ner_after_the(s, p->start)) {
				m->type = NER_ORG;
				m->margin = 0;
				continue;
			}
		}
		/* The kind inside the name. */
		for (const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start); sp;
		     sp = ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1))) {
			size_t e = (size_t)(sp - s), kl = ner_press_kind(s, len, e);
			if (!kl || e + kl + 1 >= m->end || !(s[e + kl + 1] >= 'A' && s[e + kl + 1] <= 'Z'))
				continue;
			int lt = ner_lex_type(lexicon_lookup(s + m->start, e - m->start));
			if ((lt == NER_PLACE || lt == NER_GROUP) && ner_after_the(s, m->start)) {
				size_t end = m->end;
				m->end = e;
				m->type = (enum ner_type)lt;
				m->margin = 0;
				ner_push(l, e + kl + 1, end, NER_ORG);
				pushed = 1;
				m = &l->v[i];
			}
			break;
		}
		/* The kind after the name: its capitalised words back to "the". */
		size_t e = m->end;
		if (!ner_press_kind(s, len, e))
			continue;
		size_t r = e;
		int words = 0;
		for (;;) {
			size_t ws = r;
			ws = ner_word_start(s, 0, ws);
			if (ws == r || ws == 0 || !(s[ws] >= 'A' && s[ws] <= 'Z'))
				break;
			r = ws - 1;
			words++;
		}
		size_t start = r + 1;
		if (words < 2 || start >= m->start || ner_chr(s, s + start, '-', e - start) || !ner_after_the(s, start) ||
		    (lexicon_lookup(s + start, e - start) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)))
			continue;
		/* The mentions before it inside go into it; none may reach
		 * out of it. */
		size_t first = i;
		while (first > 0 && l->v[first - 1].end > start)
			first--;
		int date = 0;
		for (size_t q = first; q < i; q++)
			date |= l->v[q].type == NER_DATE;
		if (l->v[first].start < start || date)
			continue;
		for (size_t q = first; q < i; q++)
			l->v[q].end = l->v[q].start;
		m->start = start;
		m->type = NER_ORG;
		m->margin = 0;
		gone |= first < i;
	}
	if (gone) {
		size_t o = 0;
		for (size_t i = 0; i < l->n; i++)
			if (l->v[i].end > l->v[i].start)
				l->v[o++] = l->v[i];
		l->n = o;
	}
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* A company's one-word name that also names a river or a basin is the
 * place after "the" and a people's adjective ("the Brazilian Amazon"), or
 * after "the" alone ("in the Amazon") unless a word in lower case follows
 * that it may qualify ("the Amazon founder"; the place's own nouns, "the
 * Amazon rainforest", do not count). */
static void ner_feature_places(const char *s, size_t len, struct ner_list *l)
{
	static const char *const features[] = { " River", " Basin" };
	static const char *const nouns[] = { "rainforest", "rainforests", "forest", "forests", "jungle", "basin",
					     "region", "river", "delta", "valley", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type != NER_ORG || n < 3 || n > 24 || ner_chr(s, s + m->start, ' ', n))
			continue;
		/* "the" right before, or "the" and a people's adjective the
		 * recognizer found (asked first: it costs no look-up). */
		int the = ner_after_the(s, m->start), people = 0;
		if (!the && i > 0 && l->v[i - 1].type == NER_GROUP && l->v[i - 1].end + 1 == m->start)
			the = people = ner_after_the(s, l->v[i - 1].start);
		if (!the || !(lexicon_lookup(s + m->start, n) & LEX_ORG))
			continue;
		int feature = 0;
		for (size_t k = 0; k < sizeof features / sizeof *features && !feature; k++) {
			char buf[32];
			memcpy(buf, s + m->start, n);
			memcpy(buf + n, features[k], 6);
			feature = (lexicon_lookup(buf, n + 6) & LEX_REGION) != 0;
		}
		if (!feature)
			continue;
		if (!people && m->end + 1 < len && s[m->end] == ' ' && s[m->end + 1] >= 'a' && s[m->end + 1] <= 'z' &&
		    !ner_word_after_in(s, len, m->end, nouns))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* A dateline's agency between slashes is an organization: "Ulaanbaatar
 * /MONTSAME/.", "MOSCOW, March 3 /TASS/ -": a word in capitals after a
 * place that starts its line, indented or not (and the date after it, if
 * one). */
static void ner_slash_agencies(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_PLACE)
			continue;
		size_t h = m->start;
		while (h > 0 && (s[h - 1] == ' ' || s[h - 1] == '\t'))
			h--;
		if (h > 0 && s[h - 1] != '\n')
			continue;
		size_t e = m->end, next = i + 1;
		if (e < len && s[e] == ',')
			e++;
		while (e < len && s[e] == ' ')
			e++;
		if (next < n0 && l->v[next].type == NER_DATE && l->v[next].start == e) {
			e = l->v[next].end;
			next++;
			while (e < len && s[e] == ' ')
				e++;
		}
		if (e >= len || s[e] != '/')
			continue;
		size_t a = e + 1;
		while (a < len && s[a] == ' ')
			a++;
		size_t b = a;
		while (b < len && ((s[b] >= 'A' && s[b] <= 'Z') || (s[b] >= '0' && s[b] <= '9') || s[b] == '-'))
			b++;
		size_t c = b;
		while (c < len && s[c] == ' ')
			c++;
		if (b - a < 2 || b - a > 16 || !(s[a] >= 'A' && s[a] <= 'Z') || c >= len || s[c] != '/')
			continue;
		if (next < n0 && l->v[next].start < b)
			continue;
		ner_push(l, a, b, NER_ORG);
	}
	if (l->n != n0)
		ner_sort_mentions(l->v, l->n);
}

/* "Users of Windows", "Customers of Barclays": a plural of ordinary
 * people that opens a sentence and "of" are no part of the name after
 * them, which the model had run them into; the rest is typed as a list
 * knows it. Not where "the" follows ("Friends of the Earth", "Doctors of
 * the World"). */
static void ner_common_of_names(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* Its first word, then " of ". */
		const char *of = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (!of || (size_t)(of - s) + 4 >= m->end || memcmp(of, " of ", 4) != 0)
			continue;
		size_t w = m->start, we = (size_t)(of - s), r = we + 4;
		if (r >= m->end || !(lexicon_lookup(s + w, we - w) & LEX_COMMON))
			continue;
		/* At a sentence's start. */
		size_t b = w;
		while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '"'))
			b--;
		if (b > 0 && !strchr(".!?\n", s[b - 1]))
			continue;
		if (!(s[r] >= 'A' && s[r] <= 'Z'))
			continue;
		unsigned cls = lexicon_lookup(s + r, m->end - r);
		int lt = lexicon_product(s + r, m->end - r) ? (int)NER_MISC : ner_lex_type(cls);
		m->start = r;
		if (lt >= 0)
			m->type = (enum ner_type)lt;
		m->margin = 0;
	}
}

/* A word news writes in lower case inside a name, that joins no two
 * names ("and", "of", "und", "y" do), parts two names the model ran
 * together: "Gulf or Pacific Northwest", "Welland Canal linking Lakes
 * Erie", "Chinese Government owned First Autoworks". What follows it is a
 * name of the same type where it starts capitalised. */
static void ner_lower_inner_words(const char *s, struct ner_list *l)
{
	/* Besides the particles of surnames the lexicon lists ("van",
	 * "del", "bin"). */
	static const char *const joins[] = { "and", "of", "on", "for", "the", "to", "at", "in", "upon", "with", "by",
					     "over", "under", "from", "into", "a", "an", "und", "en", "ve", "y", "et",
					     "e", "i", "og", "och", "dan", "les", "los", "las", "do", "sur", "sous",
					     "am", "im", "auf", "aan", "op", "il", "per", "sul", "as", "fuer", "fur",
					     /* Title-case headlines' determiners: such a line
					      * is read elsewhere. */
					     "its", "their", "his", "her", "our", "this", "that", NULL };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_PERSON)
			continue;
		for (const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start); sp;
		     sp = ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1))) {
			size_t w = (size_t)(sp - s) + 1, we = w;
			while (we < m->end && s[we] >= 'a' && s[we] <= 'z')
				we++;
			/* A kind of place, "of" and a place inside a place's name
			 * are two places ("the Free State province of South
			 * Africa", which the model read as one), as CoNLL-2003
			 * writes them; the Worldwide articles keep them one. */
			if (m->type == NER_PLACE && we > w && we + 5 < m->end && memcmp(s + we, " of ", 4) == 0 &&
			    s[we + 4] >= 'A' && s[we + 4] <= 'Z') {
				int kind = 0;
				for (int k = 0; ner_place_kinds[k] && !kind; k++)
					kind = ner_lit_is(ner_place_kinds[k], s + w, we - w);
				if (kind) {
					size_t end = m->end;
					m->end = w - 1;
					m->margin = 0;
					/* "the Chinese province of Henan": a people's word. */
					if (lexicon_lookup(s + m->start, m->end - m->start) == LEX_DEMONYM)
						m->type = NER_GROUP;
					ner_push(l, we + 4, end, NER_PLACE);
					m = &l->v[i];
					break;
				}
			}
			if (we == w || we >= m->end || s[we] != ' ' || !(s[we + 1] >= 'A' && s[we + 1] <= 'Z'))
				continue;
			int join = 0;
			for (int k = 0; joins[k] && !join; k++)
				join = ner_lit_is(joins[k], s + w, we - w);
			if (join || !lexicon_lowercase(s + w, we - w) ||
			    (lexicon_lookup(s + w, we - w) & LEX_SURNAME_PARTICLE))
				continue;
			size_t end = m->end;
			enum ner_type type = m->type;
			m->end = w - 1;
			m->margin = 0;
			ner_push(l, we + 1, end, type);
			m = &l->v[i];
			break;
		}
	}
	if (l->n != n0)
		ner_sort_mentions(l->v, l->n);
}

/* The bytes of a single quote mark that ends at byte e of s (an ASCII
 * apostrophe, or U+2018 or U+2019), or 0. */
static size_t ner_single_quote_before(const char *s, size_t e)
{
	if (e >= 1 && s[e - 1] == '\'')
		return 1;
	if (e >= 3 && (unsigned char)s[e - 3] == 0xe2 && (unsigned char)s[e - 2] == 0x80 &&
	    ((unsigned char)s[e - 1] == 0x98 || (unsigned char)s[e - 1] == 0x99))
		return 3;
	return 0;
}

/* A name opened by a single quote mark ends at the mark that closes it:
 * "'Deep Throat' of Watergate" is the nickname and the scandal, which the
 * model read as one name across the closing mark. What follows the mark,
 * from its first capitalised word, stays a name of its own where a word
 * in lower case comes first or a list knows it, typed as the list does or
 * as the whole was. */
static void ner_quoted_names(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* The opening mark, right before the name or a blank before it
		 * (text tokenized with blanks around its marks), itself after a
		 * blank or at the start. */
		size_t o = m->start > 0 && s[m->start - 1] == ' ' ? m->start - 1 : m->start;
		size_t q = ner_single_quote_before(s, o);
		if (!q || (o - q > 0 && s[o - q - 1] != ' ' && s[o - q - 1] != '\n' && s[o - q - 1] != '('))
			continue;
		/* The closing mark: after a letter or a blank, before a blank
		 * or the name's end, and no "'s". */
		size_t cut = 0, after = 0;
		for (size_t x = m->start + 1; x < m->end && !cut; x++) {
			size_t k = ner_single_quote_before(s, x + 1);
			if (!k || x + 1 - k <= m->start)
				continue;
			size_t qs = x + 1 - k;
			if (x + 1 < m->end && s[x + 1] != ' ')
				continue;
			cut = qs;
			after = x + 1;
		}
		if (!cut)
			continue;
		size_t e = cut;
		while (e > m->start && s[e - 1] == ' ')
			e--;
		if (e == m->start)
			continue;
		size_t end = m->end;
		enum ner_type type = m->type;
		m->end = e;
		m->margin = 0;
		/* The rest from its first capitalised word, where a word in
		 * lower case came between ("of Watergate") or a list knows it:
		 * right after the mark it is a headline's next words
		 * ("'Penguin Post Office' Attracts Record"). */
		size_t r = after;
		int lower = 0;
		for (; r < end && !(s[r] >= 'A' && s[r] <= 'Z'); r++)
			lower |= s[r] >= 'a' && s[r] <= 'z';
		if (r < end && s[r - 1] == ' ') {
			int lt = ner_lex_type(lexicon_lookup(s + r, end - r));
			if (lt >= 0 || lower)
				ner_push(l, r, end, lt >= 0 ? (enum ner_type)lt : type);
		}
	}
	if (l->n != n0)
		ner_sort_mentions(l->v, l->n);
}

/* Two names of one head word joined by "and" are two names ("Hale County
 * and Hall County", "Ford Motor Co and General Motors Co"), which the
 * model read as one: names whose halves end alike, each of two words or
 * more. */
static void ner_coordinated_heads(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		const char *and = ner_find(s, s + m->start, m->end - m->start, " and ", 5);
		if (!and)
			continue;
		size_t a = (size_t)(and - s), b = a + 5;
		size_t la = ner_word_start(s, m->start, a), lb = ner_word_start(s, b, m->end);
		if (la == m->start || lb == b || a - la != m->end - lb || memcmp(s + la, s + lb, a - la) != 0 ||
		    !(s[la] >= 'A' && s[la] <= 'Z') || ner_find(s, s + b, m->end - b, " and ", 5))
			continue;
		ner_split_and(l, i, a, b);
	}
	if (l->n != n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether a capitalised word follows byte b of s[0..len) after blanks:
 * a word before it starts a longer name ("Internet Explorer", "AM
 * General"). */
static int ner_capital_follows(const char *s, size_t len, size_t b)
{
	size_t c = b;
	while (c < len && s[c] == ' ')
		c++;
	return c > b && c < len && ner_upper_at(s, c);
}

/* Whether no mention of l->v[0..n0) (sorted by start, none inside
 * another) overlaps [a, b); *from is where the last call's walk stopped,
 * for calls in the order of a. */
static int ner_span_free(const struct ner_list *l, size_t n0, size_t *from, size_t a, size_t b)
{
	while (*from < n0 && l->v[*from].end <= a)
		++*from;
	return !(*from < n0 && l->v[*from].start < b);
}

/* Pushes word w as a mention of type wherever it stands alone in
 * s[at..len), after one of dets where dets is not NULL, and no mention of
 * l->v[0..n0) (sorted by start, none inside another) covers it. Not as a
 * longer word's part ("Internets", "InternetVE"), nor before a
 * capitalised word, where it starts a longer name the model missed
 * ("Internet Explorer", "the Bill Okafor campaign"). */
static void ner_push_lone_word(const char *s, size_t len, struct ner_list *l, size_t n0, const char *w, size_t at,
			       const char *const *dets, enum ner_type type)
{
	size_t wl = strlen(w), from = 0;
	for (const char *p = s + at; (p = text_find(p, len - (size_t)(p - s), w, wl)) != NULL; p += wl) {
		size_t a = (size_t)(p - s), b = a + wl;
		if ((a > 0 && (ner_alnum_at(s, a - 1) || s[a - 1] == '_')) || (b < len && ner_alnum_at(s, b)) ||
		    (dets && !ner_word_before_in(s, a, dets)) || ner_capital_follows(s, len, b) ||
		    !ner_span_free(l, n0, &from, a, b))
			continue;
		ner_push(l, a, b, type);
	}
}

/* Words that English writes in lower case as common nouns but
 * capitalised as the names of one thing: "the Internet", "Internet
 * cables" (ANNOTATION.md's gold for the seeds marks it an other name, as
 * CoNLL-2003 does), where the model, which has seen "internet" more often,
 * found nothing. Not inside a name, found or not ("Internet Explorer"),
 * nor as a longer word's part ("Internets", "InternetVE"). */
static void ner_proper_nouns(const char *s, size_t len, struct ner_list *l)
{
	static const char *const words[] = { "Internet" };
	size_t n0 = l->n;
	for (size_t w = 0; w < sizeof words / sizeof *words; w++)
		ner_push_lone_word(s, len, l, n0, words[w], 0, NULL, NER_MISC);
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A title that one person holds at a time names that person where no
 * name follows it: "the Dalai Lama said" (CoNLL-2003 and the Worldwide
 * articles annotate him so), which the lists know as a title for "the
 * Dalai Lama Tenzin Gyatso" and the rules had dropped. */
static void ner_title_people(const char *s, size_t len, struct ner_list *l)
{
	static const char *const titles[] = { "Dalai", "Panchen", NULL };
	size_t n0 = l->n, from = 0;
	/* One search for the title's last word, then its first before it. */
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), " Lama", 5)) != NULL; p += 5) {
		size_t e = (size_t)(p - s) + 5, a = ner_word_start(s, (size_t)(p - s) > 16 ? (size_t)(p - s) - 16 : 0, (size_t)(p - s));
		int t = 0;
		for (int k = 0; titles[k] && !t; k++)
			t = ner_lit_is(titles[k], s + a, (size_t)(p - s) - a);
		if (!t || (a > 0 && (ner_alnum_at(s, a - 1) || s[a - 1] == '_')) || (e < len && ner_alnum_at(s, e)) ||
		    ner_capital_follows(s, len, e) || !ner_span_free(l, n0, &from, a, e))
			continue;
		ner_push(l, a, e, NER_PERSON);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* The initials of a name of two to six words, each capitalised and of
 * two letters or more but for the links of names ("of", "and", "for",
 * "the", "&"), into out (size bytes); 0 where the name is none such ("European Union" "EU",
 * "Federal Bureau of Investigation" "FBI"). */
static size_t ner_name_initials(const char *s, size_t a, size_t b, char *out, size_t size)
{
	static const char *const links[] = { "of", "and", "for", "the", "&", NULL };
	size_t n = 0, words = 0;
	for (size_t p = a; p < b;) {
		size_t e = ner_space_end(s, p, b);
		if (s[p] >= 'A' && s[p] <= 'Z') {
			/* A letter alone is no word of a name's ("A and B",
			 * "One S"). */
			if (n + 1 >= size || e - p < 2 || s[p + 1] == '.')
				return 0;
			out[n++] = s[p];
			words++;
		} else {
			int link = 0;
			for (int k = 0; links[k] && !link; k++)
				link = ner_lit_is(links[k], s + p, e - p);
			if (!link)
				return 0;
		}
		p = e;
		while (p < b && s[p] == ' ')
			p++;
	}
	if (words < 2 || words > 6)
		return 0;
	out[n] = '\0';
	/* Not a name that begins with them ("XP Professional"). */
	if (b - a > n && memcmp(s + a, out, n) == 0)
		return 0;
	return n;
}

/* The first i from i on where s[i] and s[i + 1] are ASCII capitals (up to
 * len, s a whole text), or len: sixteen places at a time with SSE2. */
static size_t ner_upper_pair_from(const char *s, size_t i, size_t len)
{
#if defined(__SSE2__)
	/* 'A'..'Z' moved to the bottom of the signed bytes, as
	 * text_upper_from tells them. */
	const __m128i shift = _mm_set1_epi8((char)(0x80 - 'A')), top = _mm_set1_epi8((char)(-128 + 26));
	for (; i + 17 <= len; i += 16) {
		__m128i x = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), shift);
		__m128i y = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 1)), shift);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmplt_epi8(x, top), _mm_cmplt_epi8(y, top)));
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i + 1 < len; i++)
		if (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
			return i;
	return len;
}

/* A name's acronym that its story uses where the model found nothing
 * ("Internet Explorer ... versions of IE", "attacks on IE8"): the name's
 * initials, in capitals, standing alone (a product's with its version's
 * digits glued on), of the name's type. Not before a capitalised word,
 * where it starts another name ("AM General" of American Motors), nor in
 * a headline in capitals, where any word is in capitals
 * (ner_line_mostly_lower). The identity pass (entity_initials) joins the
 * acronym to the name. */
static void ner_story_acronyms(const char *s, size_t len, struct ner_list *l)
{
	enum { MAXA = 32 };
	char acr[MAXA][8];
	size_t alen[MAXA];
	enum ner_type type[MAXA];
	size_t na = 0;
	unsigned lens = 0;	/* the acronyms' lengths (below 8), a bit each */
	for (size_t i = 0; i < l->n && na < MAXA; i++) {
		const struct ner_mention *m = &l->v[i];
		/* Initials are of two words or more: a name without a space
		 * (most) has none. */
		if ((m->type != NER_ORG && m->type != NER_MISC && m->type != NER_PLACE) ||
		    !ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		char ini[8];
		if (!ner_name_initials(s, m->start, m->end, ini, sizeof ini))
			continue;
		size_t q = 0;
		while (q < na && strcmp(acr[q], ini) != 0)
			q++;
		if (q < na)
			continue;
		memcpy(acr[na], ini, sizeof ini);
		alen[na] = strlen(ini);
		lens |= 1u << alen[na];
		type[na++] = m->type;
	}
	if (na == 0)
		return;
	/* One walk over the text's words in capitals, each looked up among
	 * the acronyms, where a search of the whole text for each acronym
	 * cost a fiftieth of the recognizer's time. */
	size_t n0 = l->n, from = 0;
	/* Acronyms have two letters or more (ner_name_initials): the walk
	 * goes from one pair of capitals to the next, where it stopped at
	 * every capital, most of which start a word in lower case. */
	for (size_t a = ner_upper_pair_from(s, 0, len); a < len; a = ner_upper_pair_from(s, a + 1, len)) {
		size_t b = a;
		while (b < len && s[b] >= 'A' && s[b] <= 'Z')
			b++;
		size_t at = a, q = 0;
		a = b - 1;
		if (at > 0 && (ner_alnum_at(s, at - 1) || s[at - 1] == '_' || s[at - 1] == '-' || s[at - 1] == '.' ||
			       (unsigned char)s[at - 1] >= 0x80))
			continue;
		/* Most runs of capitals are of no acronym's length. */
		if (b - at >= 8 || !(lens >> (b - at) & 1))
			continue;
		while (q < na && !(alen[q] == b - at && memcmp(acr[q], s + at, b - at) == 0))
			q++;
		if (q == na)
			continue;
		/* Not after a number: "12:01 PM" is a time. */
		if (at >= 2 && s[at - 1] == ' ' && s[at - 2] >= '0' && s[at - 2] <= '9')
			continue;
		if (type[q] == NER_MISC)
			while (b < len && s[b] >= '0' && s[b] <= '9')
				b++;
		if (b < len && (ner_alnum_at(s, b) || s[b] == '_' || s[b] == '-' || (unsigned char)s[b] >= 0x80 ||
				(s[b] == '.' && b + 1 < len && ner_alnum_at(s, b + 1))))
			continue;
		if (ner_capital_follows(s, len, b) || !ner_span_free(l, n0, &from, at, b) ||
		    !ner_line_mostly_lower(s, len, at))
			continue;
		ner_push(l, at, b, type[q]);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A unit of account or an interbank rate is an other name, as CoNLL-2003
 * types the Ecu and LIBOR, whatever the model took it for ("European
 * Currency Unit", an organization by its "Unit"; "Special Drawing
 * Rights"; "LIBOR", "Euribor" and the rest of the -IBOR family, "London
 * Interbank Offered Rate(s)"); an acronym spelled out joins its name and
 * takes its type in the identity pass. */
static void ner_money_units(const char *s, struct ner_list *l)
{
	static const struct ner_lit ends[] = { NER_LIT(" Currency Unit"),  NER_LIT(" Currency Units"),
					       NER_LIT(" Drawing Right"),  NER_LIT(" Drawing Rights"),
					       NER_LIT(" Unit of Account"), NER_LIT(" Offered Rate"),
					       NER_LIT(" Offered Rates") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type == NER_DATE || m->type == NER_MISC)
			continue;
		/* One word of five letters or more ending in "ibor", any case;
		 * not a town a list knows ("Maribor"), nor a person the model
		 * read in mixed case by a given name ("Libor" Czech). */
		int rate = n >= 5 && n <= 8 && ner_lit_is_nocase("ibor", s + m->end - 4, 4), caps = 1;
		/* Its letters are read only for such a word. */
		for (size_t k = 0; rate && k < n; k++) {
			rate = rate && ((s[m->start + k] | 0x20) >= 'a' && (s[m->start + k] | 0x20) <= 'z');
			caps = caps && s[m->start + k] >= 'A' && s[m->start + k] <= 'Z';
		}
		if (rate) {
			unsigned cls = lexicon_lookup(s + m->start, n);
			rate = !(cls & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) &&
			       (caps || m->type != NER_PERSON || !(cls & LEX_FIRST_NAME));
		}
		/* Every ending ends in "t", "s" or "e": most names are compared
		 * with none. */
		char z = n ? s[m->end - 1] : 0;
		for (size_t k = 0; k < sizeof ends / sizeof *ends && !rate && (z == 't' || z == 's' || z == 'e'); k++)
			rate = n > ends[k].n && z == ends[k].w[ends[k].n - 1] &&
			       memcmp(s + m->end - ends[k].n, ends[k].w, ends[k].n) == 0;
		if (rate) {
			m->type = NER_MISC;
			m->margin = 0;
		}
	}
	/* A currency's code before an amount ("PHP 140 per kilo", "USD
	 * 2.5 billion", as Asia's and Africa's newswires write money) names
	 * no thing: the labels never take it. Not "COP 26", a conference. */
	static const struct ner_lit codes[] = {
		NER_LIT("USD"), NER_LIT("EUR"), NER_LIT("GBP"), NER_LIT("JPY"), NER_LIT("CNY"), NER_LIT("RMB"),
		NER_LIT("INR"), NER_LIT("PKR"), NER_LIT("BDT"), NER_LIT("LKR"), NER_LIT("NPR"), NER_LIT("PHP"),
		NER_LIT("IDR"), NER_LIT("MYR"), NER_LIT("SGD"), NER_LIT("THB"), NER_LIT("VND"), NER_LIT("KRW"),
		NER_LIT("HKD"), NER_LIT("TWD"), NER_LIT("AUD"), NER_LIT("NZD"), NER_LIT("CAD"), NER_LIT("CHF"),
		NER_LIT("ZAR"), NER_LIT("NGN"), NER_LIT("KES"), NER_LIT("GHS"), NER_LIT("UGX"), NER_LIT("TZS"),
		NER_LIT("ETB"), NER_LIT("EGP"), NER_LIT("AED"), NER_LIT("SAR"), NER_LIT("QAR"), NER_LIT("KWD"),
		NER_LIT("BHD"), NER_LIT("OMR"), NER_LIT("JOD"), NER_LIT("ILS"), NER_LIT("RUB"), NER_LIT("UAH"),
		NER_LIT("PLN"), NER_LIT("BRL"), NER_LIT("ARS"), NER_LIT("CLP"), NER_LIT("MXN"),
	};
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		if (!(m->end - m->start == 3 && (m->type == NER_MISC || m->type == NER_ORG) && s[m->end] == ' ' &&
		      s[m->end + 1] >= '0' && s[m->end + 1] <= '9' && NER_LIT_IN(codes, s + m->start, 3)))
			l->v[o++] = *m;
	}
	l->n = o;
	/* Such a rate in capitals that the model left out ("over LIBOR,"):
	 * the family's ending in capitals is rare enough to look for. */
	size_t n0 = l->n, mi = 0;
	for (const char *p = strstr(s, "IBOR"); p; p = strstr(p + 4, "IBOR")) {
		size_t e = (size_t)(p - s) + 4, b = (size_t)(p - s);
		while (b > 0 && s[b - 1] >= 'A' && s[b - 1] <= 'Z' && e - b < 9)
			b--;
		if (e - b < 5 || e - b > 8 || (b > 0 && ner_alnum_at(s, b - 1)) || ner_alnum_at(s, e))
			continue;
		while (mi < n0 && l->v[mi].end <= b)
			mi++;
		if (mi < n0 && l->v[mi].start < e)
			continue;
		ner_push(l, b, e, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

static const struct ner_lit ner_show_genres[] = {
	NER_LIT("quiz"), NER_LIT("talk"),	NER_LIT("game"),     NER_LIT("chat"),	 NER_LIT("reality"),
	NER_LIT("cookery"), NER_LIT("cooking"), NER_LIT("television"), NER_LIT("TV"),
};

/* Genres and media of works, which may stand before their kind with
 * others: "the American science fiction television series". */
static const struct ner_lit ner_work_genres[] = {
	NER_LIT("science"),   NER_LIT("fiction"),    NER_LIT("television"), NER_LIT("comedy"),
	NER_LIT("drama"),     NER_LIT("crime"),	     NER_LIT("horror"),	    NER_LIT("fantasy"),
	NER_LIT("action"),    NER_LIT("adventure"),  NER_LIT("animated"),   NER_LIT("documentary"),
	NER_LIT("thriller"),  NER_LIT("romantic"),   NER_LIT("historical"), NER_LIT("mystery"),
	NER_LIT("musical"),   NER_LIT("children"),   NER_LIT("teen"),	    NER_LIT("sketch"),
	NER_LIT("spy"),	      NER_LIT("war"),	     NER_LIT("epic"),	    NER_LIT("anthology"),
	NER_LIT("streaming"), NER_LIT("web"),	     NER_LIT("radio"),	    NER_LIT("cable"),
	NER_LIT("rock"),      NER_LIT("pop"),	     NER_LIT("folk"),	    NER_LIT("jazz"),
	NER_LIT("indie"),     NER_LIT("punk"),	     NER_LIT("studio"),	    NER_LIT("video"),
	NER_LIT("feature"),   NER_LIT("independent"), NER_LIT("biographical"), NER_LIT("psychological"),
	NER_LIT("police"),    NER_LIT("medical"),    NER_LIT("legal"),	    NER_LIT("political"),
	NER_LIT("satirical"), NER_LIT("supernatural"), NER_LIT("superhero"), NER_LIT("soap"),
};

/* Where the word of letters that ends at byte de begins. */
static size_t ner_work_word_before(const char *s, size_t de)
{
	size_t db = de;
	while (db > 0 && ((s[db - 1] | 0x20) >= 'a' && (s[db - 1] | 0x20) <= 'z'))
		db--;
	return db;
}

/* Whether the word s[db..de) before a kind of work (or its genre) says
 * what follows is the work's title: a determiner or a word of dets ("the
 * film", "her debut novel"), a year ("the 1999 film") or its maker's
 * name, mention i - 1 of l ("the BBC drama", "the HBO series"). */
static int ner_work_det(const char *s, const struct ner_list *l, size_t i, size_t db, size_t de,
			const char *const *dets)
{
	for (int k = 0; dets[k] && de > db; k++)
		if (ner_lit_is_nocase(dets[k], s + db, de - db))
			return 1;
	if (de - db == 0 && de >= 4) {
		int year = 1;
		for (size_t k = de - 4; k < de; k++)
			year = year && s[k] >= '0' && s[k] <= '9';
		if (year)
			return 1;
	}
	return i > 0 && l->v[i - 1].end == de && l->v[i - 1].type == NER_ORG;
}

/* A name right after a determiner and a noun of a work is the work's
 * title, an other name: "their album [Abbey Road]", "the film [Casablanca]",
 * "her debut novel [Wisdom Tooth]", "the HBO series [Night Ferry]", "the
 * album, [Glass Rivers], in 1997", "the ITV quiz show [Brain Drain]",
 * where the model read a place or an organization (ner_work_titles
 * leaves those to the model), the kinds ner_work_word knows. A person
 * is left as the model read it ("in the film Tom Hanks plays a pilot"),
 * and so is an organization the lists know ("the film Warner Bros
 * made"). */
static void ner_work_title_types(const char *s, size_t n, struct ner_list *l)
{
	/* The lists' last titles the model left, named after the walk. */
	struct {
		size_t a, b;
	} last[8];
	size_t nlast = 0;
	static const char *const dets[] = { "the",    "a",     "an",   "his",   "her",     "their",  "its",
					    "our",    "my",    "new",  "latest", "debut",  "hit",    "first",
					    "second", "third", "last", "final", "classic", "studio", "lead",
					    "solo",   NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->start < 8 || s[m->start - 1] != ' ')
			continue;
		/* A "person" of two words or more that no given name starts
		 * ("the quiz show Brain Drain"), not one ("the film Tom Hanks
		 * made", "the film Spielberg directed"). */
		if (m->type == NER_PERSON) {
			size_t fw = ner_space_end(s, m->start, m->end);
			if (fw >= m->end || (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME))
				continue;
		} else if (m->type != NER_PLACE && m->type != NER_ORG) {
			continue;
		}
		/* The noun of a work, standing alone, then the word before it;
		 * or the noun and a comma before a title set off by commas
		 * ("their debut album, Glass Rivers, in 1997"). */
		size_t ne = m->start - 1;
		/* The title's own article between, outside the name as
		 * ANNOTATION.md has "the" ("the 1958 film The Long Ridge"). */
		if (ne >= 9 && memcmp(s + ne - 4, " The", 4) == 0)
			ne -= 4;
		if (s[ne - 1] == ',') {
			/* After the name: a mark, or a blank and one (text split
			 * into tokens: "album , Glass Rivers , in"). */
			size_t q = m->end < n && s[m->end] == ' ' ? m->end + 1 : m->end;
			if (q < n && s[q] != ',' && s[q] != '.' && s[q] != '(')
				continue;
			ne -= s[ne - 2] == ' ' ? 2 : 1;
		}
		size_t nb = ne;
		while (nb > 0 && s[nb - 1] >= 'a' && s[nb - 1] <= 'z')
			nb--;
		if (ne - nb < 4 || nb < 2 || s[nb - 1] != ' ')
			continue;
		/* A show only after its genre ("the ITV quiz show"): "figures
		 * show Kenya ..." is a verb's. */
		int show = ne - nb == 4 && memcmp(s + nb, "show", 4) == 0;
		/* The kind's plural before a list of titles ("the films Blue
		 * Lantern and Night Ferries"). */
		int plural = !show && !ner_work_word(s + nb, ne - nb) && s[ne - 1] == 's' &&
			     ner_work_word(s + nb, ne - nb - 1);
		if (!show && !plural && !ner_work_word(s + nb, ne - nb))
			continue;
		size_t de = nb - 1, db = ner_work_word_before(s, de);
		if (show && !NER_LIT_IN(ner_show_genres, s + db, de - db))
			continue;
		int det = ner_work_det(s, l, i, db, de, dets);
		/* Or up to four words between, a genre in lower case or a
		 * people's: "the comedy series", "the ITV quiz show", "the
		 * American science fiction series". */
		size_t gb = db, ge = de;
		for (int w = 0; !det && w < 4 && gb >= 2 && ge > gb && s[gb - 1] == ' '; w++) {
			/* The word next to the kind may be any in lower case,
			 * as it was before; the others a genre's. */
			int ok = w == 0 ? show || (s[gb] >= 'a' && s[gb] <= 'z') :
					  NER_LIT_IN(ner_work_genres, s + gb, ge - gb);
			for (size_t j = i; !ok && j-- > 0 && l->v[j].end >= gb;)
				ok = l->v[j].start == gb && l->v[j].end == ge && l->v[j].type == NER_GROUP;
			if (!ok)
				break;
			ge = gb - 1;
			gb = ner_work_word_before(s, ge);
			det = ner_work_det(s, l, i, gb, ge, dets);
		}
		if (!det || (m->type == NER_ORG && (lexicon_lookup(s + m->start, m->end - m->start) & LEX_ORG)))
			continue;
		enum ner_type was = m->type;
		m->type = NER_MISC;
		m->margin = 0;
		/* The list's other titles: those the model read otherwise, and
		 * capitalised words it left after the list's last "and", up to
		 * a mark ("the films Blue Lantern and Night Ferries ,"). */
		for (size_t j = i + 1; plural && j <= l->n; j++) {
			size_t pe = l->v[j - 1].end;
			if (j < l->n && ner_list_joint(s, pe, l->v[j].start)) {
				if (l->v[j].type != NER_DATE && l->v[j].type != NER_GROUP) {
					l->v[j].type = NER_MISC;
					l->v[j].margin = 0;
				}
				continue;
			}
			size_t te = pe + 5;
			if (nlast < sizeof last / sizeof *last && te + 1 < n && memcmp(s + pe, " and ", 5) == 0) {
				for (int words = 0; words < 4 && te < n && s[te] >= 'A' && s[te] <= 'Z'; words++) {
					/* The word, up to a blank or a mark. */
					while (te < n && s[te] != ' ' && !strchr(",.;:()\n", s[te]))
						te++;
					if (te + 1 >= n || s[te] != ' ' || !(s[te + 1] >= 'A' && s[te + 1] <= 'Z'))
						break;
					te++;
				}
				size_t q = te + (te < n && s[te] == ' ');
				if (te > pe + 6 && (q >= n || strchr(",.;:)\n", s[q])) && (j >= l->n || l->v[j].start >= te)) {
					last[nlast].a = pe + 5;
					last[nlast++].b = te;
				}
			}
			break;
		}
		/* The work's other mentions the model read as a body's: "the
		 * BBC sitcom Quayside ... Quayside ran for six series" (not a
		 * place's: "the film Casablanca" leaves the city be). */
		for (size_t j = 0; was == NER_ORG && j < l->n; j++)
			if (l->v[j].type == NER_ORG && l->v[j].end - l->v[j].start == m->end - m->start &&
			    memcmp(s + l->v[j].start, s + m->start, m->end - m->start) == 0) {
				l->v[j].type = NER_MISC;
				l->v[j].margin = 0;
			}
	}
	for (size_t k = 0; k < nlast; k++)
		ner_push(l, last[k].a, last[k].b, NER_MISC);
	if (nlast)
		ner_sort_mentions(l->v, l->n);
}

/* Where the kind of a storm that ends at byte i starts ("Hurricane ",
 * "Tropical Storm "), or i itself where none does; *plain is set for a
 * bare "Storm", which names a storm only before a given name ("Storm
 * Ciaran", not "Storm Shadow" missiles). */
static size_t ner_storm_kind_before(const char *s, size_t i, int *plain)
{
	static const struct ner_lit kinds[] = {
		NER_LIT("Super Typhoon "),	   NER_LIT("super typhoon "),	      NER_LIT("Typhoon "),
		NER_LIT("typhoon "),		   NER_LIT("Hurricane "),	      NER_LIT("hurricane "),
		NER_LIT("Severe Tropical Cyclone "), NER_LIT("Tropical Cyclone "),  NER_LIT("tropical cyclone "),
		NER_LIT("Cyclone "),		   NER_LIT("cyclone "),		      NER_LIT("Tropical Storm "),
		NER_LIT("tropical storm "),	   NER_LIT("Subtropical Storm "),     NER_LIT("Winter Storm "),
		NER_LIT("Tropical Depression "),   NER_LIT("tropical depression "), NER_LIT("Storm "),
	};
	*plain = 0;
	/* Every kind ends in a word of 5, 7, 9 or 10 letters that starts with
	 * one of "HTCSD" in either case and ends in "e", "n" or "m"
	 * ("Hurricane", "Storm", "Depression"): most names are compared with
	 * none. */
	if (i < 7 || s[i - 1] != ' ' || (s[i - 2] != 'e' && s[i - 2] != 'n' && s[i - 2] != 'm'))
		return i;
	size_t wb = i - 1;
	while (wb > 0 && wb + 11 > i && s[wb - 1] != ' ' && s[wb - 1] != '\n')
		wb--;
	size_t wl = i - 1 - wb;
	char f = (char)(s[wb] | 0x20);
	if ((wl != 5 && wl != 7 && wl != 9 && wl != 10) || (f != 'h' && f != 't' && f != 'c' && f != 's' && f != 'd'))
		return i;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		size_t n = kinds[k].n;
		if (i < n || memcmp(s + i - n, kinds[k].w, n) != 0)
			continue;
		/* The kind starts a word. */
		if (i > n && ((s[i - n - 1] | 0x20) >= 'a' && (s[i - n - 1] | 0x20) <= 'z'))
			continue;
		*plain = kinds[k].w[0] == 'S' && kinds[k].w[1] == 't';
		return i - n;
	}
	return i;
}

/* Whether s[a..b) can be a storm's name: one capitalised word of letters
 * (of two to fifteen bytes, "Ian", "Haiyan", "Ciarán"), not a body's head
 * word ("Hurricane Center"); after a bare "Storm", a given name. */
static int ner_storm_name(const char *s, size_t a, size_t b, int plain)
{
	if (b - a < 2 || b - a > 15 || !(s[a] >= 'A' && s[a] <= 'Z') || !(s[a + 1] >= 'a' && s[a + 1] <= 'z'))
		return 0;
	for (size_t k = a; k < b; k++)
		if (!((s[k] >= 'a' && s[k] <= 'z') || (unsigned char)s[k] >= 0x80 || k == a))
			return 0;
	unsigned cls = lexicon_lookup(s + a, b - a);
	if (cls & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_ORG))
		return 0;
	return !plain || (cls & LEX_FIRST_NAME);
}

/* A military rank or an office written with a hyphen ("Major-General",
 * "Lt-Col", "Rear-Admiral", "Auditor-General"), which the lists lack (in
 * them it would change the model's features), is a title: outside the
 * person's name after it and the body's before it ("the Kessel Defence
 * Force Major-General Tomas Varga"), and no name alone; a body's own
 * ("the Office of the Auditor-General") stays. */
static void ner_hyphen_ranks(const char *s, struct ner_list *l)
{
	static const struct ner_lit ranks[] = {
		NER_LIT("Major-General"),	 NER_LIT("Lieutenant-General"), NER_LIT("Lieutenant-Colonel"),
		NER_LIT("Lieutenant-Commander"), NER_LIT("Brigadier-General"),	NER_LIT("Rear-Admiral"),
		NER_LIT("Vice-Admiral"),	 NER_LIT("Sergeant-Major"),	NER_LIT("Lance-Corporal"),
		NER_LIT("Auditor-General"),	 NER_LIT("Maj-Gen"),		NER_LIT("Lt-Gen"),
		NER_LIT("Lt-Col"),		 NER_LIT("Brig-Gen")
	};
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		/* Only a name with a hyphen in it is read. */
		if (m.type != NER_DATE && ner_chr(s, s + m.start, '-', m.end - m.start)) {
			size_t lw = ner_word_start(s, m.start, m.end);
			/* Last, only before the person ("the Office of the
			 * Auditor-General" is a body). */
			if ((lw == m.start || (i + 1 < l->n && l->v[i + 1].type == NER_PERSON &&
					       l->v[i + 1].start == m.end + 1)) &&
			    NER_LIT_IN(ranks, s + lw, m.end - lw)) {
				m.end = lw > m.start ? lw - 1 : m.start;
				m.margin = 0;
			}
			size_t fw = ner_blank_at(s, m.start, m.end);
			if (m.end > m.start && m.type == NER_PERSON && NER_LIT_IN(ranks, s + m.start, fw - m.start)) {
				m.start = fw < m.end ? fw + 1 : m.end;
				m.margin = 0;
			}
			if (m.end <= m.start)
				continue;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* Titles the lists lack, taken out after the model (in the lists they
 * would change its features). An elder's honorific ("Uncle Archie",
 * "Auntie Vicki West", as Aboriginal Australians and others address
 * them) is outside the person's name, as is "Cde". So are the letters of a
 * legislature's member ("MK" of the Knesset, "MLA", "MPP", "MP", "MEP"),
 * outside a person's name after them ("MK Itamar Ben-Gvir") and a
 * party's before them ("Likud MK"); their plural alone is no name ("MKs
 * voted"), nor is one alone before a person's name (elsewhere it may be
 * a story's short name: "Metroid Prime (MP)", Madhya Pradesh's "MP"). */
static void ner_missing_titles(const char *s, struct ner_list *l)
{
	static const struct ner_lit titles[] = { NER_LIT("MK"),  NER_LIT("MLA"), NER_LIT("MLC"), NER_LIT("MNA"),
						 NER_LIT("MPP"), NER_LIT("MHA"), NER_LIT("MP"),  NER_LIT("MEP") };
	const size_t nt = sizeof titles / sizeof *titles;
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type == NER_DATE) {
			l->v[o++] = m;
			continue;
		}
		/* The country's "Uncle Sam" is no elder. "Cde", comrade, as
		 * Zimbabwe's and Zambia's news title a party's member, is a
		 * title too ("Cde Tendai Moyo"). */
		if ((s[m.start] == 'U' || s[m.start] == 'A' || s[m.start] == 'C') && m.type != NER_GROUP) {
			static const char *const kin[] = { "Uncle", "Aunty", "Auntie", "Cde", "Cde.", NULL };
			size_t fw = ner_blank_at(s, m.start, m.end);
			for (int k = 0; kin[k] && fw < m.end; k++)
				if (ner_lit_is(kin[k], s + m.start, fw - m.start) && ner_upper_at(s, fw + 1) &&
				    !(m.end - fw - 1 == 3 && memcmp(s + fw + 1, "Sam", 3) == 0)) {
					m.start = fw + 1;
					m.type = NER_PERSON;
					m.margin = 0;
					break;
				}
			/* The title alone before the person's name is none. */
			if (fw == m.end && i + 1 < l->n && l->v[i + 1].type == NER_PERSON &&
			    (l->v[i + 1].start == m.end + 1 || (l->v[i + 1].start == m.end + 2 && s[m.end] == '.') ||
			     (l->v[i + 1].start == m.end + 3 && s[m.end] == ' ' && s[m.end + 1] == '.')))
				for (int k = 0; kin[k]; k++)
					if (ner_lit_is(kin[k], s + m.start, fw - m.start))
						m.end = m.start;
			if (m.end == m.start)
				continue;
		}
		size_t n = m.end - m.start;
		/* "Rt." of "Rt. Hon." and "Rt. Rev.", which the tokenizer
		 * cuts from its stop, or "Rt" of "Rt Hon", is a title's ("Rt.
		 * Hon. Anita Kessel"): here, since the tokenizer's list of
		 * abbreviations would change the model's word classes. */
		if (n == 2 && s[m.start] == 'R' && s[m.start + 1] == 't') {
			size_t k = m.end;
			if (s[k] == '.')
				k++;
			else if (s[k] == ' ' && s[k + 1] == '.')
				k += 2;
			/* Byte by byte: the text ends in a NUL, which stops it. */
			if (s[k] == ' ' && ((s[k + 1] == 'H' && s[k + 2] == 'o' && s[k + 3] == 'n') ||
					    (s[k + 1] == 'R' && s[k + 2] == 'e' && s[k + 3] == 'v')))
				continue;
		}
		if (s[m.start] == 'M') {
			size_t fw = ner_blank_at(s, m.start, m.end);
			int before = i + 1 < l->n && l->v[i + 1].type == NER_PERSON && l->v[i + 1].start == m.end + 1;
			for (size_t k = 0; k < nt; k++) {
				size_t tn = titles[k].n;
				if (m.type == NER_PERSON && fw < m.end && ner_lit_is(titles[k].w, s + m.start, fw - m.start)) {
					m.start = fw + 1;
					break;
				}
				if (fw == m.end && ((n == tn + 1 && s[m.end - 1] == 's') || (n == tn && before)) &&
				    memcmp(s + m.start, titles[k].w, tn) == 0) {
					m.end = m.start;
					break;
				}
			}
		}
		n = m.end - m.start;
		if (m.type == NER_ORG && n > 3 && s[m.end - 1] >= 'A' && s[m.end - 1] <= 'Z') {
			for (size_t k = 0; k < nt; k++) {
				size_t tn = titles[k].n;
				if (n > tn + 1 && s[m.end - tn - 1] == ' ' && memcmp(s + m.end - tn, titles[k].w, tn) == 0) {
					m.end -= tn + 1;
					break;
				}
			}
		}
		if (m.end > m.start)
			l->v[o++] = m;
	}
	l->n = o;
}

/* The letters of a police or civil service rank in South Asia's news
 * ("OC" the officer in charge of a station, "ASI", "SI", "IO" the
 * investigating officer, "SHO", "DIG"; Nigeria's "CSP") are a title, no
 * name: before a person's name ("ASI Varnholt said"), after "the", "an"
 * or "a" ("said the OC"), or after a person's name and a comma ("Kestrel
 * Varnholt, OC of Brannock Police Station"). A story that spells the
 * letters out in brackets ("Dryland Income Growth (DIG)") has its own
 * name for them. */
static void ner_rank_letters(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit ranks[] = { NER_LIT("OC"),	NER_LIT("ASI"), NER_LIT("SI"),	NER_LIT("IO"),
						NER_LIT("ASP"), NER_LIT("DSP"), NER_LIT("SSP"), NER_LIT("SHO"),
						NER_LIT("DIG"), NER_LIT("IGP"), NER_LIT("AIG"), NER_LIT("ADC"),
						NER_LIT("SDM"), NER_LIT("DCP"), NER_LIT("ACP"), NER_LIT("OSD"),
						NER_LIT("CSP") };
	/* A rank the model took into a name of two words or more after it
	 * ("[CSP Kestrel Varnholt]") is outside it, the name a person's. */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* Two capitals first, asked before the word's end is sought. */
		if (m->end - m->start < 6 || s[m->start] < 'A' || s[m->start] > 'Z' || s[m->start + 1] < 'A' ||
		    s[m->start + 1] > 'Z')
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		if (m->type == NER_DATE || fw - m->start < 2 || fw - m->start > 3 || fw + 2 >= m->end ||
		    !NER_LIT_IN(ranks, s + m->start, fw - m->start) ||
		    !ner_upper_at(s, fw + 1) || ner_space_end(s, fw + 1, m->end) == m->end ||
		    ner_has_org_word(s, fw + 1, m->end))
			continue;
		m->start = fw + 1;
		m->type = NER_PERSON;
		m->margin = 0;
	}
	/* Most stories have no name of two or three capitals. */
	size_t i0 = 0;
	for (; i0 < l->n; i0++) {
		size_t n = l->v[i0].end - l->v[i0].start;
		if (n >= 2 && n <= 3 && s[l->v[i0].start] >= 'A' && s[l->v[i0].start] <= 'Z' &&
		    s[l->v[i0].start + 1] >= 'A' && s[l->v[i0].start + 1] <= 'Z')
			break;
	}
	/* Which ranks' letters the story spells out in brackets, asked once
	 * a rank (a bit each). */
	_Static_assert(sizeof ranks / sizeof *ranks <= 32, "a rank is a bit");
	unsigned asked = 0, spelt = 0;
	size_t o = i0;
	for (size_t i = i0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t n = m.end - m.start, k = 0;
		int rank = 0;
		if (n >= 2 && n <= 3 && m.type != NER_DATE && s[m.start] >= 'A' && s[m.start] <= 'Z')
			for (; k < sizeof ranks / sizeof *ranks && !rank; k++)
				rank = ranks[k].n == n && memcmp(ranks[k].w, s + m.start, n) == 0;
		if (rank) {
			int before = i + 1 < l->n && l->v[i + 1].type == NER_PERSON && l->v[i + 1].start == m.end + 1;
			size_t p = m.start;
			while (p > 0 && s[p - 1] == ' ')
				p--;
			size_t w = ner_word_start(s, 0, p);
			int article = (p - w == 3 && ner_lit_is_nocase("the", s + w, 3)) ||
				      (p - w == 2 && ner_lit_is_nocase("an", s + w, 2)) ||
				      (p - w == 1 && (s[w] == 'a' || s[w] == 'A'));
			/* "the OC", not "the DIG model": no capitalised name after. */
			article = article && !(m.end + 1 < len && s[m.end] == ' ' && ner_upper_at(s, m.end + 1));
			int apposed = o > 0 && l->v[o - 1].type == NER_PERSON && p > 0 && s[p - 1] == ',' &&
				      l->v[o - 1].end + 2 >= p - 1 && l->v[o - 1].end <= p - 1;
			/* What the model read as a person's name is a rank only
			 * after an article ("an ASI denied"). */
			rank = m.type == NER_PERSON ? article : before || article || apposed;
			/* Spelt out in brackets: the story's own name. */
			unsigned bit = 1u << (k - 1);
			if (rank && !(asked & bit)) {
				asked |= bit;
				for (const char *q = s; !(spelt & bit) &&
							(q = text_find(q, len - (size_t)(q - s), s + m.start, n)) != NULL;
				     q += n) {
					size_t a = (size_t)(q - s), pb = a, pe = a + n;
					while (pb > 0 && s[pb - 1] == ' ')
						pb--;
					while (pe < len && s[pe] == ' ')
						pe++;
					if (pb > 0 && s[pb - 1] == '(' && pe < len && s[pe] == ')')
						spelt |= bit;
				}
			}
			rank = rank && !(spelt & bit);
		}
		if (!rank)
			l->v[o++] = m;
	}
	l->n = o;
}

/* The bytes of a year or a span of years at s[b..len) ("2050",
 * "2011-2020", "2021 - 2025" of tokenized text), or 0. */
static size_t ner_year_span(const char *s, size_t len, size_t b)
{
	size_t e = b;
	while (e < len && e - b < 4 && s[e] >= '0' && s[e] <= '9')
		e++;
	if (e - b != 4 || (s[b] != '1' && s[b] != '2') || (e < len && ner_alnum_at(s, e)))
		return 0;
	size_t d = e;
	if (d < len && s[d] == ' ')
		d++;
	size_t dash = d < len && s[d] == '-' ? 1 : d + 2 < len && memcmp(s + d, "\xe2\x80\x93", 3) == 0 ? 3 : 0;
	if (dash) {
		size_t f = d + dash;
		if (f < len && s[f] == ' ')
			f++;
		size_t g = f;
		while (g < len && g - f < 4 && s[g] >= '0' && s[g] <= '9')
			g++;
		if ((g - f == 4 || g - f == 2) && (g >= len || !ner_alnum_at(s, g)))
			e = g;
	}
	return e - b;
}

/* A plan's or a strategy's name (with the word among its own) or a law's
 * takes the years it is for ("National Climate Change Strategy 2050",
 * "Agenda 2063", "Strategic Plan for Biodiversity 2011-2020", "Companies
 * Act 2016"), as the Worldwide
 * articles annotate it: it is
 * the name of a document, an other name, where the model ended it before
 * the year, which is then no date of its own. */
static void ner_plan_years(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit heads[] = { NER_LIT("Plan"), NER_LIT("Strategy"), NER_LIT("Agenda"),
						NER_LIT("Vision"), NER_LIT("Framework"), NER_LIT("Roadmap") };
	static const struct ner_lit laws[] = { NER_LIT("Act"), NER_LIT("Bill"), NER_LIT("Code"), NER_LIT("Ordinance"),
					       NER_LIT("Decree"), NER_LIT("Regulations") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if ((m.type == NER_MISC || m.type == NER_ORG) && m.end + 5 < len && s[m.end] == ' ' &&
		    (s[m.end + 1] == '1' || s[m.end + 1] == '2')) {
			size_t y = ner_year_span(s, len, m.end + 1);
			int head = 0;
			/* Its head among its words ("Strategic Plan for ..."). */
			for (size_t w = m.start, e; y && !head && w < m.end; w = e + 1) {
				e = ner_blank_at(s, w, m.end);
				head = NER_LIT_IN(heads, s + w, e - w);
				/* A law's head only last, where its year follows it
				 * ("Companies Act 2016"), as the Worldwide articles have
				 * it 8 times in 9. */
				if (!head && e == m.end && m.type == NER_MISC)
					head = NER_LIT_IN(laws, s + w, e - w);
			}
			/* The year may be a date the rules found, alone. */
			if (head && y && (i + 1 == l->n || l->v[i + 1].start >= m.end + 1 + y ||
					  (l->v[i + 1].start == m.end + 1 && l->v[i + 1].end <= m.end + 1 + y &&
					   l->v[i + 1].type == NER_DATE))) {
				if (i + 1 < l->n && l->v[i + 1].start == m.end + 1)
					i++;
				m.end += 1 + y;
				m.type = NER_MISC;
				m.margin = 0;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A law's name with "of the" among its words ("the Representation of the
 * People Act 1918", "the Prevention of the Misuse of Drugs Act"), which
 * the model ended at "of the": the capitalised words before it, after
 * "the", are the law's, and its mentions within them go. */
static void ner_law_of_the(const char *s, struct ner_list *l)
{
	static const struct ner_lit laws[] = { NER_LIT("Act"), NER_LIT("Bill"), NER_LIT("Code"), NER_LIT("Ordinance"),
					       NER_LIT("Decree"), NER_LIT("Amendment") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		/* " of the " before it first: most names have none. */
		if (m->type != NER_MISC || m->start < 12 || s[m->start - 2] != 'e' ||
		    memcmp(s + m->start - 8, " of the ", 8) != 0)
			continue;
		/* The law's word last, or before its year. */
		size_t e = m->end, lw = ner_word_start(s, m->start, e);
		if (lw > m->start && s[lw] >= '0' && s[lw] <= '9') {
			e = lw - 1;
			lw = ner_word_start(s, m->start, e);
		}
		if (!NER_LIT_IN(laws, s + lw, e - lw))
			continue;
		/* Back over up to three capitalised words to "the". */
		size_t a = m->start - 8, ns = a;
		for (int w = 0; w < 3 && ns > 0 && s[ns - 1] != '\n'; w++) {
			size_t we = ns - (s[ns - 1] == ' '), ws = ner_word_start(s, 0, we);
			if (!ner_upper_at(s, ws) || ner_lit_is("The", s + ws, we - ws))
				break;
			ns = ws;
		}
		/* Not a sentence's first word ("Critics of the Endangered
		 * Species Act"). */
		int det = ns < a && ns >= 4 && ner_lit_is_nocase("the", s + ns - 4, 3) && s[ns - 1] == ' ' &&
			  (ns == 4 || !ner_alnum_at(s, ns - 5));
		if (!det)
			continue;
		/* No name across the words taken in. */
		int cross = 0;
		for (size_t j = 0; j < i && !cross; j++)
			cross = l->v[j].end > ns && l->v[j].start < ns;
		if (cross)
			continue;
		for (size_t j = 0; j < i; j++)
			if (l->v[j].start >= ns && l->v[j].end <= a) {
				if (!gone)
					gone = xcalloc(n0, 1);
				gone[j] = 1;
			}
		m->start = ns;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* A law, an order or a bill cited by its number ("Republic Act No. 11469",
 * "Executive Order No. 70", "Senate Bill No. 1895", in tokens "Act No .
 * 5"), with the year it is of after "of", is one other name, as the
 * Worldwide articles annotate it: the model read the chamber's word as a
 * body's, the number as a year, or the title's adjective as a person's.
 * Its words are the capitalised ones before the instrument's, but for a
 * function word that starts the sentence ("Under Act No. 23"). */
static void ner_numbered_laws(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit kinds[] = {
		NER_LIT("Act"),		 NER_LIT("Bill"),	  NER_LIT("Order"),	  NER_LIT("Ordinance"),
		NER_LIT("Decree"),	 NER_LIT("Resolution"),	  NER_LIT("Law"),	  NER_LIT("Proclamation"),
		NER_LIT("Circular"),	 NER_LIT("Instrument"),	  NER_LIT("Regulation"),  NER_LIT("Regulations"),
		NER_LIT("Directive"),	 NER_LIT("Notification"), NER_LIT("Memorandum")
	};
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	/* "No." or, in tokens, "No ." before the number: "No" sought by
	 * its two bytes, where " No" matched every " to" and " so". */
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), "No", 2)) != NULL; p += 2) {
		size_t at = (size_t)(p - s), q = at + 2;
		if (at < 2 || s[at - 1] != ' ' || q + 3 >= len)
			continue;
		size_t k = at - 1;
		if (s[q] == '.')
			q++;
		else if (s[q] == ' ' && s[q + 1] == '.')
			q += 2;
		else
			continue;
		if (q + 1 >= len || s[q] != ' ' || !(s[q + 1] >= '0' && s[q + 1] <= '9'))
			continue;
		size_t e = q + 1;
		while (e < len && ((s[e] >= '0' && s[e] <= '9') ||
				   ((s[e] == '/' || s[e] == '-') && e + 1 < len && s[e + 1] >= '0' && s[e + 1] <= '9')))
			e++;
		if (e < len && ner_alnum_at(s, e))
			continue;
		/* "of 2004" after it, a year alone. */
		if (e + 8 <= len && memcmp(s + e, " of ", 4) == 0 && (s[e + 4] == '1' || s[e + 4] == '2') &&
		    s[e + 5] >= '0' && s[e + 5] <= '9' && s[e + 6] >= '0' && s[e + 6] <= '9' && s[e + 7] >= '0' &&
		    s[e + 7] <= '9' && (e + 8 == len || !ner_alnum_at(s, e + 8)))
			e += 8;
		size_t a = ner_word_start(s, 0, k);
		if (!NER_LIT_IN(kinds, s + a, k - a)) {
			/* A body's name that the model ended at "No." takes its
			 * number ("Federal Oral Court No. 2"), and a year the
			 * rules made of the number goes. */
			for (size_t j = 0; j < n0; j++) {
				struct ner_mention *m = &l->v[j];
				if (m->end > q)
					break;
				if ((m->end != q && m->end != at + 2) || m->start >= k || m->type == NER_DATE ||
				    m->type == NER_PERSON)
					continue;
				if (j + 1 < n0 && l->v[j + 1].start < e) {
					if (l->v[j + 1].type != NER_DATE || l->v[j + 1].end > e)
						break;
					if (!gone)
						gone = xcalloc(n0 ? n0 : 1, 1);
					gone[j + 1] = 1;
				}
				m->end = e;
				m->margin = 0;
				break;
			}
			continue;
		}
		/* The capitalised words before it, six at most. */
		size_t lo = a;
		for (int w = 0; w < 6 && a >= 2 && s[a - 1] == ' '; w++) {
			size_t b = ner_word_start(s, 0, a - 1);
			if (b == a - 1 || !(s[b] >= 'A' && s[b] <= 'Z'))
				break;
			int first = b == 0 || s[b - 1] == '\n' ||
				    (b >= 2 && s[b - 1] == ' ' && strchr(".?!:\"", s[b - 2]) != NULL);
			struct ner_tok tk = { .s = s + b, .n = a - 1 - b };
			if (first && (ner_title_function_word(&tk) || (lexicon_lookup(s + b, a - 1 - b) & LEX_COMMON))) {
				lo = b;
				break;
			}
			a = lo = b;
			if (first)
				break;
		}
		/* The names the model found there go, where they lie inside
		 * it (from the function word it left out on). */
		size_t i = 0;
		while (i < n0 && l->v[i].end <= lo)
			i++;
		int inside = 1;
		for (size_t j = i; j < n0 && l->v[j].start < e; j++)
			inside &= l->v[j].start >= lo && l->v[j].end <= e && !(gone && gone[j]);
		if (!inside)
			continue;
		if (!gone)
			gone = xcalloc(n0 ? n0 : 1, 1);
		for (size_t j = i; j < n0 && l->v[j].start < e; j++)
			gone[j] = 1;
		ner_push(l, a, e, NER_MISC);
	}
	if (gone) {
		ner_drop_gone(l, gone, n0);
		ner_sort_mentions(l->v, l->n);
	}
}

/* A Conference of the Parties of a UN convention, numbered, is an event
 * (MISC) with its number, as the Worldwide articles annotate "COP 27":
 * "COP26", "COP 27", "COP-15", which the model cut at the number or, glued
 * to it, did not find. */
static void ner_numbered_cops(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n, from = 0;
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), "COP", 3)) != NULL; p += 3) {
		size_t a = (size_t)(p - s), d = a + 3;
		if (a > 0 && (ner_alnum_at(s, a - 1) || s[a - 1] == '-'))
			continue;
		if (d < len && (s[d] == ' ' || s[d] == '-'))
			d++;
		size_t b = d;
		while (b < len && b - d < 3 && s[b] >= '0' && s[b] <= '9')
			b++;
		if (b == d || b - d > 2 || (b < len && ner_alnum_at(s, b)))
			continue;
		while (from < n0 && l->v[from].end <= a)
			from++;
		if (from < n0 && l->v[from].start < b) {
			struct ner_mention *m = &l->v[from];
			if (m->start == a && m->end <= b && (from + 1 == n0 || l->v[from + 1].start >= b)) {
				m->end = b;
				m->type = NER_MISC;
				m->margin = 0;
			}
			continue;
		}
		ner_push(l, a, b, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether a name of l other than l->v[skip] is an organization written
 * as s[a..a+n) is. */
static int ner_org_named(const char *s, const struct ner_list *l, size_t a, size_t n, size_t skip)
{
	for (size_t j = 0; j < l->n; j++)
		if (j != skip && l->v[j].type == NER_ORG && l->v[j].end - l->v[j].start == n &&
		    memcmp(s + l->v[j].start, s + a, n) == 0)
			return 1;
	return 0;
}

/* A name before "people", "language" or "tribe" (and their plurals) is
 * a people's or its language's, a group as ANNOTATION.md
 * types languages and peoples, wherever the story writes it: "the Ogiek
 * people", "the Telmari language", which the model took for places,
 * persons or bodies the story through. Not a place a list knows ("the
 * Kenya people" are its inhabitants), a body it knows, a person's given
 * name, a computer's language (a product: "the ZFOUR language"), nor
 * "language model". */
static void ner_people_names(const char *s, size_t len, struct ner_list *l)
{
	static const char *const words[] = { "people", "peoples", "language", "languages", "tribe", "tribes", NULL };
	enum { MAXP = 8 };
	size_t ps[MAXP], pn[MAXP], np = 0;
	for (size_t i = 0; i < l->n && np < MAXP; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->end + 2 >= len)
			continue;
		char w0 = s[m->end + 1];
		if (m->type == NER_DATE || m->type == NER_GROUP || s[m->end] != ' ' || (w0 != 'p' && w0 != 'l' && w0 != 't') ||
		    !ner_word_after_in(s, len, m->end, words))
			continue;
		/* One word or two, each capitalised. */
		const char *sp = ner_chr(s, s + m->start, ' ', n);
		if (!(s[m->start] >= 'A' && s[m->start] <= 'Z') ||
		    (sp && (ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1)) || !(sp[1] >= 'A' && sp[1] <= 'Z'))))
			continue;
		if (s[m->end + 1] == 'l' && m->end + 10 < len &&
		    ner_word_after_in(s, len, m->end + 9, (const char *const[]){ "model", "models", NULL }))
			continue;
		unsigned c = lexicon_lookup(s + m->start, n);
		size_t fw = sp ? (size_t)(sp - s) : m->end;
		if ((c & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG)) ||
		    (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME))
			continue;
		/* A computer's language is a product: a name in capitals, an
		 * ordinary word ("the Focus language"), or a company's name
		 * the story gives ("Alliant languages"). */
		if ((n > 2 && s[m->start + 1] >= 'A' && s[m->start + 1] <= 'Z') || lexicon_lowercase(s + m->start, n) ||
		    ner_org_named(s, l, m->start, n, i))
			continue;
		if (ner_text_find(s, ps, pn, np, m->start, n) == np) {
			ps[np] = m->start;
			pn[np++] = n;
		}
	}
	for (size_t i = 0; i < l->n && np; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_DATE && m->type != NER_GROUP &&
		    ner_text_find(s, ps, pn, np, m->start, m->end - m->start) < np) {
			m->type = NER_GROUP;
			m->margin = 0;
		}
	}
}

/* Market data's codes and indexes. A code after a full stop that stands
 * alone (".SPX", "(.N225)", "<.FTSE>": an index's instrument code, as
 * Reuters writes them after the index's name) is no name. A stock index's
 * name before its size is an other name with the size ("FTSE 100", "S&P
 * 500", "Nikkei 225", "CAC 40"), as CoNLL-2003 writes "FTSE 100": a size
 * of two to four digits after a name in capitals, one of the usual sizes
 * after one in mixed case ("Russell 2000", not a batsman's "Russell 63"). */
static void ner_market_names(const char *s, size_t len, struct ner_list *l)
{
	static const char *const indexes[] = { "S&P", "FTSE", "STOXX", "Nikkei", "Russell", "KOSPI", "Kospi", "CAC",
					       "DAX", "MDAX", "IBEX", "ASX", "TOPIX", "Topix", "Sensex", "Nifty",
					       "NIFTY", "MSCI", "SMI", "AEX", "OMX", "ATX", "KLCI", "NZX", NULL };
	static const unsigned sizes[] = { 100, 200, 225, 250, 300, 400, 500, 600, 1000, 2000, 3000, 5000 };
	/* Most stories have neither: a name after a full stop glued to it,
	 * or a name before a blank and a digit. */
	size_t i0 = 0;
	for (; i0 < l->n; i0++) {
		const struct ner_mention *m = &l->v[i0];
		if ((m->start > 0 && s[m->start - 1] == '.') ||
		    (m->end + 1 < len && s[m->end] == ' ' && s[m->end + 1] >= '0' && s[m->end + 1] <= '9'))
			break;
	}
	size_t o = i0;
	for (size_t i = i0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t a = m.start;
		if (m.type != NER_DATE && a >= 1 && s[a - 1] == '.' &&
		    (a == 1 || s[a - 2] == ' ' || s[a - 2] == '(' || s[a - 2] == '<' || s[a - 2] == '\n')) {
			int code = 1;
			for (size_t k = a; k < m.end && code; k++)
				code = (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9');
			if (code)
				continue;
		}
		size_t n = m.end - m.start, d = m.end + 1, e = d;
		int index = 0;
		int digit = d < len && s[m.end] == ' ' && s[d] >= '0' && s[d] <= '9';
		for (int k = 0; digit && indexes[k] && !index && m.type != NER_DATE; k++)
			index = ner_lit_is(indexes[k], s + a, n);
		if (index) {
			unsigned v = 0;
			while (e < len && e - d < 5 && s[e] >= '0' && s[e] <= '9')
				v = v * 10 + (unsigned)(s[e++] - '0');
			int caps = s[a + 1] < 'a' || s[a + 1] > 'z', usual = 0;
			for (size_t k = 0; k < sizeof sizes / sizeof *sizes && !usual; k++)
				usual = v == sizes[k];
			/* Not part of a longer number ("Russell 229,360"). */
			int alone = e == len || !(ner_alnum_at(s, e) || ((s[e] == ',' || s[e] == '.') && e + 1 < len &&
									  s[e + 1] >= '0' && s[e + 1] <= '9'));
			if (e - d >= 2 && e - d <= 4 && alone && (caps || usual) && (i + 1 == l->n || l->v[i + 1].start >= e)) {
				m.end = e;
				m.type = NER_MISC;
				m.margin = 0;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A name before "index", "average" or "composite" in lower case is the
 * stock index's, an other name as CoNLL-2003 writes them ("the Harwell
 * Jones industrial average", "the Brannock Seng index", "the Dorvane
 * composite"), where the model read the company of that name; not a place
 * a list knows ("the Tokyo index fell") or an exchange. */
static void ner_index_names(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit after[] = { NER_LIT(" index"), NER_LIT(" indices"), NER_LIT(" indexes"),
						NER_LIT(" average"), NER_LIT(" industrial average"),
						NER_LIT(" composite") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* Every cue starts with a blank and "i", "a" or "c". */
		if ((m->type != NER_ORG && m->type != NER_PERSON && m->type != NER_PLACE) || e + 6 >= len ||
		    s[e] != ' ' || (s[e + 1] != 'i' && s[e + 1] != 'a' && s[e + 1] != 'c'))
			continue;
		int cue = 0;
		for (size_t k = 0; k < sizeof after / sizeof *after && !cue; k++) {
			size_t q = e + after[k].n;
			cue = q <= len && memcmp(s + e, after[k].w, after[k].n) == 0 &&
			      (q == len || !ner_alnum_at(s, q));
		}
		if (!cue || (lexicon_lookup(s + m->start, m->end - m->start) &
			     (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)))
			continue;
		/* An exchange's or a body's own index keeps the body ("the
		 * Harwick Stock Exchange index", as CoNLL-2003 writes such; "the
		 * National Association of Kelvar Managers index"). */
		size_t w = ner_word_start(s, m->start, m->end);
		if (ner_lit_is("Exchange", s + w, m->end - w) || ner_lit_is("Bourse", s + w, m->end - w) ||
		    ner_has_org_word(s, m->start, m->end))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
	/* An index's name in capitals the model left out, with its number
	 * or not ("the pan-European STOXX 600 index", "The DAX index"). */
	size_t n0 = l->n, mi = 0;
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), " index", 6)) != NULL; p += 6) {
		size_t e = (size_t)(p - s), b = e;
		if (e + 6 < len && ner_alnum_at(s, e + 6))
			continue;
		/* Its number, then the word. */
		while (b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9' && e - b < 4)
			b--;
		if (b < e && (b < 2 || s[b - 1] != ' ' || e - b < 2))
			continue;
		size_t we = b < e ? b - 1 : e, ws = we;
		while (ws > 0 && s[ws - 1] >= 'A' && s[ws - 1] <= 'Z')
			ws--;
		if (we - ws < 3 || we - ws > 6 || (ws > 0 && (ner_alnum_at(s, ws - 1) || s[ws - 1] == '&' || s[ws - 1] == '-')))
			continue;
		while (mi < n0 && l->v[mi].end <= ws)
			mi++;
		if ((mi < n0 && l->v[mi].start < e) || lexicon_term(s + ws, we - ws) ||
		    (lexicon_lookup(s + ws, we - ws) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)))
			continue;
		ner_push(l, ws, e, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether a kind of aircraft follows byte e ("ATR 72 aircraft", "Embraer
 * 195 jets"), or another maker's model and then the kind ("ATR 72 and
 * Embraer 195 aircraft"). */
static int ner_craft_after(const char *s, size_t len, size_t e)
{
	static const struct ner_lit kinds[] = { NER_LIT("aircraft"), NER_LIT("airliner"), NER_LIT("airliners"),
						NER_LIT("jet"),	     NER_LIT("jets"),	  NER_LIT("jetliner"),
						NER_LIT("jetliners"), NER_LIT("plane"),	  NER_LIT("planes"),
						NER_LIT("helicopter"), NER_LIT("helicopters"), NER_LIT("turboprops"),
						NER_LIT("fighter"),  NER_LIT("fighters"), NER_LIT("bombers") };
	for (int hop = 0; hop < 2; hop++) {
		if (e + 2 >= len || s[e] != ' ' || s[e + 1] < 'a' || s[e + 1] > 'z')
			return 0;
		size_t w = e + 1, x = w;
		while (x < len && s[x] >= 'a' && s[x] <= 'z')
			x++;
		if (NER_LIT_IN(kinds, s + w, x - w) && (x == len || !ner_alnum_at(s, x)))
			return 1;
		/* " and Maker 195": a capitalised word and digits. */
		if (hop || !ner_lit_is("and", s + w, x - w) || x + 1 >= len || s[x] != ' ' || !ner_upper_at(s, x + 1))
			return 0;
		x++;
		while (x < len && ner_alnum_at(s, x))
			x++;
		if (x + 1 >= len || s[x] != ' ' || s[x + 1] < '0' || s[x + 1] > '9')
			return 0;
		x++;
		while (x < len && s[x] >= '0' && s[x] <= '9')
			x++;
		e = x;
	}
	return 0;
}

/* A model's code at byte c, before lim: up to three capitals, then up
 * to five digits ("A320", "S20", "737"). Returns where the digits end;
 * *d is where they start. */
static size_t ner_model_code(const char *s, size_t c, size_t lim, size_t *d)
{
	size_t x = c;
	while (x < lim && x - c < 3 && s[x] >= 'A' && s[x] <= 'Z')
		x++;
	*d = x;
	while (x < lim && x - *d < 5 && s[x] >= '0' && s[x] <= '9')
		x++;
	return x;
}

/* A maker's name of one word before a model's code of capitals and two
 * digits or more is the product, an other name ("Airbus A310", as
 * CoNLL-2003 writes it; "Galaxy S20", "Saab SF340"). One digit is as often
 * money supply's or a half year's ("M3", "H1"); a longer company name
 * stays the company ("CFM International CFM56 engines"). */
static void ner_model_codes(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG && m->type != NER_MISC)
			continue;
		/* A known maker, its line, a model's code and an edition the
		 * model took all for the maker ("Samsung Galaxy S20 Ultra"). */
		if (m->type == NER_ORG) {
			size_t w1 = ner_space_end(s, m->start, m->end), w2 = w1 < m->end ? ner_space_end(s, w1 + 1, m->end) : w1;
			if (w2 < m->end && ner_upper_at(s, w1 + 1) && !text_all_upper(s + m->start, w1 - m->start) &&
			    (lexicon_lookup(s + m->start, w1 - m->start) & LEX_ORG) &&
			    !ner_company_word(s + w1 + 1, w2 - w1 - 1) &&
			    !(lexicon_lookup(s + w1 + 1, w2 - w1 - 1) & (LEX_ORG_WORD | LEX_ORG))) {
				size_t d, e = ner_model_code(s, w2 + 1, m->end, &d);
				if (e > d && (e == m->end || ner_product_edition(s, m->end, e) == m->end)) {
					m->type = NER_MISC;
					m->margin = 0;
					continue;
				}
			}
		}
		/* The maker and the code the model took together ("Airbus
		 * A320neo" a body), or the code after the maker. */
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		size_t c = sp ? (size_t)(sp - s) + 1 : m->end + 1, d = c;
		if (sp && (ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1)) || m->type != NER_ORG))
			continue;
		/* A known maker and its line of products, the code after them
		 * ("Samsung Galaxy S20"): no company's or body's word is the
		 * line. */
		int line = 0;
		if (sp && m->end + 3 < len && s[m->end] == ' ' && s[m->end + 1] >= 'A' && s[m->end + 1] <= 'Z' &&
		    s[m->end + 2] >= '0' && s[m->end + 2] <= '9' &&
		    (lexicon_lookup(s + m->start, (size_t)(sp - s) - m->start) & LEX_ORG) &&
		    !ner_company_word(sp + 1, (size_t)(s + m->end - sp - 1)) &&
		    !(lexicon_lookup(sp + 1, (size_t)(s + m->end - sp - 1)) & (LEX_ORG_WORD | LEX_ORG))) {
			c = d = m->end + 1;
			line = 1;
		}
		/* The maker read as a body, or as the product already ("flew
		 * an [Airbus] A380"). */
		if (c >= len || s[c - 1] != ' ' || !((s[c] >= 'A' && s[c] <= 'Z') || (s[c] >= '0' && s[c] <= '9')))
			continue;
		size_t e = ner_model_code(s, c, len, &d);
		if (e - d < 2)
			continue;
		/* Digits alone only with a series' hundreds after a hyphen
		 * ("Boeing 737-800"): "Nikkei 225" is an index's, "Formula 1"
		 * a sport's, "Kent 108-3" and "Velmar 42-36" scores, "Treasury
		 * 13-1/2" a rate. */
		if (d == c && !(e + 4 <= len && s[e] == '-' && s[e + 1] >= '1' && s[e + 1] <= '9' && s[e + 2] == '0' &&
				s[e + 3] == '0' && (e + 4 == len || !(ner_alnum_at(s, e + 4) || s[e + 4] == '/'))) &&
		    !ner_craft_after(s, len, e))
			continue;
		/* A version's letter or plus after the digits ("S20+"), or a
		 * variant's word of up to three letters ("A320neo"). */
		if (e < len && s[e] == '+')
			e++;
		else {
			size_t x = e;
			while (x < len && x - e < 4 && s[x] >= 'a' && s[x] <= 'z')
				x++;
			if (x - e <= 3)
				e = x;
			else if (e < len && (s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z')
				e++;
		}
		/* A series' number after a hyphen ("737-800", "A350-900"). */
		if (e + 2 < len && s[e] == '-' && s[e + 1] >= '0' && s[e + 1] <= '9') {
			size_t x = e + 1;
			while (x < len && x - e <= 4 && s[x] >= '0' && s[x] <= '9')
				x++;
			if (x - e >= 3 && (x >= len || !ner_alnum_at(s, x)))
				e = x;
		}
		if ((e < len && ner_alnum_at(s, e)) || (i + 1 < l->n && l->v[i + 1].start < e && l->v[i + 1].end > e) ||
		    (sp && !line && e != m->end))
			continue;
		/* A mention within the code is part of it ("737-[800]"). */
		while (i + 1 < l->n && l->v[i + 1].start < e) {
			memmove(l->v + i + 1, l->v + i + 2, (l->n - i - 2) * sizeof *l->v);
			l->n--;
		}
		m->end = e;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A maker's name alone, where the story names a product by it and a
 * model's number ("the Boeing 737 MAX ... Shares of Boeing rose"), is the
 * maker's, where the story's product made the model read the name alone
 * as the product: a company a list knows, not a product line's name
 * ("Xbox 360") nor an index's ("FTSE 100"). */
static void ner_maker_names(const char *s, struct ner_list *l)
{
	/* The makers' words, from the products of the story (a few). */
	size_t mk[8], mn[8], nm = 0;
	for (size_t i = 0; i < l->n && nm < 8; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_MISC)
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		/* A second word that starts with a digit, or with capitals and
		 * a digit ("737", "A380"). */
		size_t c = fw + 1, d = c;
		if (fw + 2 >= m->end || s[m->start] < 'A' || s[m->start] > 'Z')
			continue;
		while (d < m->end && d - c < 3 && s[d] >= 'A' && s[d] <= 'Z')
			d++;
		if (d >= m->end || s[d] < '0' || s[d] > '9')
			continue;
		/* A company a list knows, in mixed case: a product line's
		 * name ("Xbox 360") or an index's ("FTSE 100") is no maker. */
		if (text_all_upper(s + m->start, fw - m->start) ||
		    !(lexicon_lookup(s + m->start, fw - m->start) & LEX_ORG))
			continue;
		mk[nm] = m->start;
		mn[nm++] = fw - m->start;
	}
	for (size_t i = 0; i < l->n && nm; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type != NER_MISC)
			continue;
		for (size_t k = 0; k < nm; k++)
			if (n == mn[k] && m->start != mk[k] && memcmp(s + m->start, s + mk[k], n) == 0) {
				m->type = NER_ORG;
				m->margin = 0;
				break;
			}
	}
}

/* A product's model code that the story names with its maker ("the
 * Boeing 737 MAX", "an Airbus A320neo") names the product alone too, where
 * the model found nothing there ("regulators cleared the 737 MAX", "57
 * A320neo jets"). A code of digits alone only after "the", "a" or a
 * possessive, or before a kind of aircraft: "737 million" is a sum. */
static void ner_story_codes(const char *s, size_t len, struct ner_list *l)
{
	static const char *const dets[] = { "the", "a", "its", NULL };
	size_t cs[8], cn[8], nc = 0, n0 = l->n;
	for (size_t i = 0; i < n0 && nc < 8; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_MISC || s[m->start] < 'A' || s[m->start] > 'Z')
			continue;
		size_t fw = ner_space_end(s, m->start, m->end), c = fw + 1, d;
		if (fw + 3 >= m->end)
			continue;
		size_t e = ner_model_code(s, c, m->end, &d);
		/* A maker a list knows, in mixed case: "Nikkei 225" and "FTSE
		 * 100" are indexes. */
		if (e - d < 2 || text_all_upper(s + m->start, fw - m->start) ||
		    !(lexicon_lookup(s + m->start, fw - m->start) & LEX_ORG))
			continue;
		int seen = 0;
		for (size_t k = 0; k < nc && !seen; k++)
			seen = cn[k] == m->end - c && memcmp(s + cs[k], s + c, cn[k]) == 0;
		if (!seen) {
			cs[nc] = c;
			cn[nc++] = m->end - c;
		}
	}
	/* The longest codes first, so that a place that two start alike
	 * ("737 MAX" and "737") takes the longer one, once. */
	for (size_t k = 1; k < nc; k++)
		for (size_t j = k; j > 0 && cn[j - 1] < cn[j]; j--) {
			size_t t = cs[j];
			cs[j] = cs[j - 1];
			cs[j - 1] = t;
			t = cn[j];
			cn[j] = cn[j - 1];
			cn[j - 1] = t;
		}
	for (size_t k = 0; k < nc; k++) {
		const char *w = s + cs[k];
		size_t wl = cn[k], from = 0;
		int digits = 1;
		for (size_t x = 0; x < wl && digits; x++)
			digits = (w[x] >= '0' && w[x] <= '9') || w[x] == '-';
		for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), w, wl)) != NULL; p += wl) {
			size_t a = (size_t)(p - s), b = a + wl;
			if (a == 0 || s[a - 1] != ' ' || (b < len && (ner_alnum_at(s, b) || s[b] == '-')) ||
			    (digits && !ner_word_before_in(s, a - 1, dets) && !ner_craft_after(s, len, b) &&
			     !(a >= 3 && s[a - 2] == 's' &&
			       (s[a - 3] == '\'' || (a >= 5 && memcmp(s + a - 5, "\xe2\x80\x99", 3) == 0)))) ||
			    !ner_span_free(l, n0, &from, a, b))
				continue;
			int taken = 0;
			for (size_t q = n0; q < l->n && !taken; q++)
				taken = l->v[q].start < b && a < l->v[q].end;
			if (!taken)
				ner_push(l, a, b, NER_MISC);
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A known company's possessive before a capitalised word and a version's
 * number names the company's product ("Google's Pixel 5", "Huawei's Mate
 * 40 Pro", "Microsoft's Surface Pro 7"), which the model took for a body
 * or did not find; not a count ("Toyota's Camry 10 percent") nor a date
 * ("Ford's May 14 meeting"). */
static void ner_possessive_products(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG)
			continue;
		size_t w = ner_possessive_end(s, len, m->end);
		if (!w || w + 4 >= len || s[w] != ' ' || !ner_upper_at(s, w + 1))
			continue;
		w++;
		size_t we = w + 1;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		if (we - w < 3 || we >= len || s[we] != ' ' ||
		    !(lexicon_lookup(s + m->start, m->end - m->start) & LEX_ORG) ||
		    (lexicon_lookup(s + w, we - w) & (LEX_MONTH | LEX_WEEKDAY)))
			continue;
		size_t ve = ner_product_version(s, len, we), ee = ve;
		if (ve == we) {
			/* An edition's word before the number ("Surface Pro 7"). */
			size_t ed = ner_product_edition(s, len, we);
			if (ed == we || (ve = ner_product_version(s, len, ed)) == ed)
				continue;
			ee = ve;
		}
		ee = ner_product_edition(s, len, ee);
		/* The model's mention there, if any, within the product. */
		size_t j = i + 1;
		if (j < n0 && l->v[j].start < ee) {
			if (l->v[j].start != w || l->v[j].end > ee || l->v[j].type == NER_DATE ||
			    (j + 1 < n0 && l->v[j + 1].start < ee))
				continue;
			l->v[j].end = ee;
			l->v[j].type = NER_MISC;
			l->v[j].margin = 0;
		} else
			ner_push(l, w, ee, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A title's word after "the" and before a body's or an event's name is
 * the name's first word ("the Premier Soccer League", "the General
 * Assembly Hall"): after "the" it titles no one, and the model, which
 * reads it as a title, left it out. */
static void ner_the_title_heads(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		if ((m->type != NER_ORG && m->type != NER_MISC) || a < 8 || s[a - 1] != ' ' || s[a - 2] < 'a' ||
		    s[a - 2] > 'z')
			continue;
		size_t ws = ner_word_start(s, a > 24 ? a - 24 : 0, a - 1);
		if (ws + 3 > a - 1 || !ner_upper_at(s, ws) || !ner_after_the(s, ws) || (i > 0 && l->v[i - 1].end > ws))
			continue;
		unsigned c = lexicon_lookup(s + ws, a - 1 - ws);
		if (!(c & LEX_TITLE) || (c & (LEX_FIRST_NAME | LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)))
			continue;
		m->start = ws;
		m->margin = 0;
	}
}

/* Whether mention m is one word alone before a colon at a line's start
 * ("Proof:"). */
static int ner_line_label_at(const char *s, const struct ner_mention *m)
{
	size_t k = m->end + (s[m->end] == ' ');
	return s[k] == ':' && (m->start == 0 || s[m->start - 1] == '\n') && m->end - m->start < 24 &&
	       !ner_chr(s, s + m->start, ' ', m->end - m->start);
}

/* A word alone before a colon at a line's start is a label ("Proof:",
 * "Note:", "Update:"), no speaker's name, where news or its story writes
 * it in lower case or it opens two lines or more so, unless the story
 * names a person with it ("Young:" after "Neil Young", a transcript's
 * speaker). */
static void ner_line_labels(const char *s, size_t len, struct ner_list *l)
{
	/* The labels found first, then the list made again without them:
	 * each asks all the names, so a file of thousands of such lines has
	 * its first 64 asked. */
	size_t gone[64], ng = 0, asked = 0;
	for (size_t i = 0; i < l->n && asked < 64; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON || !ner_line_label_at(s, m))
			continue;
		asked++;
		size_t n = m->end - m->start, lines = 0;
		int named = 0;
		for (size_t j = 0; j < l->n && !named; j++) {
			const struct ner_mention *p = &l->v[j];
			size_t pn = p->end - p->start;
			named = p->type == NER_PERSON && pn > n && memcmp(s + p->end - n, s + m->start, n) == 0 &&
				s[p->end - n - 1] == ' ';
			lines += pn == n && memcmp(s + p->start, s + m->start, n) == 0 && ner_line_label_at(s, p);
		}
		if (!named && (lines >= 2 || ner_lowercase_word(s + m->start, n) ||
			       ner_story_writes_lower(s, len, m->start, s + m->start, n)))
			gone[ng++] = i;
	}
	if (!ng)
		return;
	size_t o = 0, g = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (g < ng && gone[g] == i) {
			g++;
			continue;
		}
		l->v[o++] = l->v[i];
	}
	l->n = o;
}

/* A place right before a project's, a plan's or an inquiry's name is
 * the name's first word ("the Lesotho Highlands Water Project", "the NSW
 * Independent Flood Inquiry", as the Worldwide articles write them),
 * which the model read apart; not a dateline's place in capitals at a
 * line's start. */
static void ner_place_projects(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = {
		NER_LIT("Project"),   NER_LIT("Programme"), NER_LIT("Program"),	    NER_LIT("Initiative"),
		NER_LIT("Inquiry"),   NER_LIT("Scheme"),    NER_LIT("Declaration"), NER_LIT("Accord"),
		NER_LIT("Agreement"), NER_LIT("Protocol"),  NER_LIT("Strategy"),    NER_LIT("Compact"),
		NER_LIT("Framework"), NER_LIT("Charter"),
	};
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const struct ner_mention *nx = i + 1 < l->n ? &l->v[i + 1] : NULL;
		if (m.type == NER_PLACE && nx && (nx->type == NER_MISC || nx->type == NER_ORG) &&
		    nx->start == m.end + 1 && s[m.end] == ' ' &&
		    !(text_all_upper(s + m.start, m.end - m.start) && (m.start == 0 || s[m.start - 1] == '\n'))) {
			size_t lw = ner_word_start(s, nx->start, nx->end);
			if (lw > nx->start && NER_LIT_IN(heads, s + lw, nx->end - lw)) {
				m.end = nx->end;
				m.type = nx->type;
				m.margin = 0;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* Two capitals that the lists know as a title in another case ("Ms",
 * "Mr", "Dr"), right before a person's name in a line of prose, are the
 * person's initials ("MS Dhoni", as South Asia's news writes them): a
 * title in prose is written "Ms". */
static void ner_title_initials(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		if (m->type != NER_PERSON || a < 3 || s[a - 1] != ' ' || !ner_upper_at(s, a - 2) || !ner_upper_at(s, a - 3) ||
		    (a > 3 && s[a - 4] != ' ' && s[a - 4] != '\n') || (i > 0 && l->v[i - 1].end > a - 3) ||
		    text_all_upper(s + m->start, m->end - m->start))
			continue;
		if ((lexicon_lookup(s + a - 3, 2) & ~LEX_TITLE) || !(lexicon_lookup(s + a - 3, 2) & LEX_TITLE))
			continue;
		int lower, upper;
		ner_line_letters(s, len, a, &lower, &upper);
		if (lower <= upper)
			continue;
		m->start = a - 3;
		m->margin = 0;
	}
}

/* A person's initials in capitals that the model read as a name of their
 * own, right before the person's name ("Attorney General [KM] [Masud
 * Rahim]", as South Asia's news writes them), are the name's first word,
 * in a line of prose (a line in capitals has no initials to tell). */
static void ner_initials_people(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t n = m.end - m.start;
		if (m.type == NER_PERSON && (n == 2 || n == 3) && i + 1 < l->n && l->v[i + 1].type == NER_PERSON &&
		    l->v[i + 1].start == m.end + 1 && s[m.end] == ' ' && ner_upper_at(s, m.start) &&
		    ner_upper_at(s, m.start + 1) && (n == 2 || ner_upper_at(s, m.start + 2))) {
			int lower, upper;
			ner_line_letters(s, len, m.start, &lower, &upper);
			if (lower > upper) {
				m.end = l->v[i + 1].end;
				m.margin = 0;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A body's name, a role in it and a person ("Kessel Times Joint Editor
 * Abu Rana", as South Asia's news writes them): the role's first word
 * (Joint, Advisory, Executive...) is not the body's last, where the model
 * ran the name on into it; and the body is no person where the model read
 * it as one and its first word is no given name the lists know. */
static void ner_role_owners(const char *s, struct ner_list *l)
{
	static const struct ner_lit mods[] = {
		NER_LIT("Joint"),	NER_LIT("Advisory"),  NER_LIT("Executive"), NER_LIT("Managing"),
		NER_LIT("Deputy"),	NER_LIT("Assistant"), NER_LIT("Associate"), NER_LIT("Senior"),
		NER_LIT("Acting"),	NER_LIT("Special"),   NER_LIT("Contributing"), NER_LIT("Consulting"),
		NER_LIT("Vice"),	NER_LIT("Organising"), NER_LIT("Organizing"), NER_LIT("Publicity")
	};
	static const struct ner_lit roles[] = {
		NER_LIT("Editor"),	  NER_LIT("Secretary"),	  NER_LIT("President"),	  NER_LIT("Chairman"),
		NER_LIT("Chairperson"),	  NER_LIT("Director"),	  NER_LIT("Spokesman"),	  NER_LIT("Spokesperson"),
		NER_LIT("Spokeswoman"),	  NER_LIT("Correspondent"), NER_LIT("Reporter"),  NER_LIT("Commissioner"),
		NER_LIT("Convener"),	  NER_LIT("Convenor")
	};
	for (size_t i = 0; i + 1 < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i + 1];
		if ((m->type != NER_ORG && m->type != NER_PERSON) || p->type != NER_PERSON || p->start < m->end + 2 ||
		    p->start - m->end > 32 || s[p->start - 1] != ' ')
			continue;
		/* The role's head right before the person. */
		size_t hb = ner_word_start(s, m->end, p->start - 1);
		if (!NER_LIT_IN(roles, s + hb, p->start - 1 - hb))
			continue;
		/* Between the name and the head: nothing, or one word of the
		 * modifiers, which alone says the name before is a body's ("the
		 * Biden Secretary Blinken" of a headline stays a person). */
		int between = 0;
		if (hb == m->end + 1 && s[m->end] == ' ') {
			/* The model took the modifier into the name. */
			size_t lw = ner_word_start(s, m->start, m->end);
			if (m->type == NER_ORG && lw > m->start && NER_LIT_IN(mods, s + lw, m->end - lw)) {
				m->end = lw - 1;
				m->margin = 0;
			}
		} else {
			size_t mb = m->end + 1;
			if (s[m->end] != ' ' || hb < mb + 2 || s[hb - 1] != ' ' || !NER_LIT_IN(mods, s + mb, hb - 1 - mb))
				continue;
			between = 1;
		}
		if (m->type == NER_PERSON && between) {
			size_t fw = ner_blank_at(s, m->start, m->end);
			if (!(lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME)) {
				m->type = NER_ORG;
				m->margin = 0;
			}
		}
	}
}

/* A city's name and a number's plural are a team ("the San Francisco
 * 49ers", "the Philadelphia 76ers"), which the model cut at the city. */
static void ner_digit_teams(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t d = m->end + 1, e = d;
		if ((m->type != NER_PLACE && m->type != NER_ORG) || d + 4 >= len || s[m->end] != ' ' ||
		    !(s[d] >= '0' && s[d] <= '9'))
			continue;
		while (e < len && e - d < 4 && s[e] >= '0' && s[e] <= '9')
			e++;
		if (e + 3 > len || memcmp(s + e, "ers", 3) != 0 || (e + 3 < len && ner_alnum_at(s, e + 3)) ||
		    (i + 1 < l->n && l->v[i + 1].start < e + 3))
			continue;
		m->end = e + 3;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* A word of two capitals or more and then small letters ("OAuth",
 * "XEmacs") is no person's name: names are written so with an apostrophe
 * or a particle ("O'Neill", "McKay", "DeShawn"), not with a run of
 * capitals. It is a product's or a standard's, as the model reads such a
 * word where it is no person. */
static void ner_capital_run_people(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start, k = 0;
		if (m->type != NER_PERSON || n < 5 || n > 24)
			continue;
		while (k < n && s[m->start + k] >= 'A' && s[m->start + k] <= 'Z')
			k++;
		if (k < 2 || n - k < 2)
			continue;
		size_t j = k;
		while (j < n && s[m->start + j] >= 'a' && s[m->start + j] <= 'z')
			j++;
		if (j < n)
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A person's name that the model ran on from a body and its office
 * ("Kessel Prison Warden Tomas Ben-Adi", read as one person) starts after
 * the office, and the body before it is a name of its own. Only offices
 * that are no surnames ("Major", "King" and "Bishop" are). */
static void ner_inner_offices(const char *s, struct ner_list *l)
{
	static const struct ner_lit offices[] = {
		NER_LIT("Warden"),	 NER_LIT("Commissioner"), NER_LIT("Director"),
		NER_LIT("Chairman"),	 NER_LIT("Chairperson"),  NER_LIT("Chairwoman"),	 NER_LIT("Spokesman"),
		NER_LIT("Spokeswoman"),	 NER_LIT("Spokesperson"), NER_LIT("Superintendent"), NER_LIT("Inspector"),
		NER_LIT("Secretary"),	 NER_LIT("Minister"),	  NER_LIT("Governor"),	 NER_LIT("Mayor"),
		NER_LIT("Commander"),	 NER_LIT("Coach"),	  NER_LIT("Manager"),	 NER_LIT("President"),
		NER_LIT("Editor"),	 NER_LIT("Principal"),	  NER_LIT("Registrar"),	 NER_LIT("Treasurer"),
		NER_LIT("CEO")
	};
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON)
			continue;
		size_t fw = ner_blank_at(s, m->start, m->end);
		if (fw >= m->end)
			continue;
		/* The office after the body's words, with a name after it. */
		for (size_t w = fw + 1; w < m->end;) {
			size_t we = ner_blank_at(s, w, m->end);
			if (we >= m->end)
				break;
			/* The body two words or more, or one the lists know: a
			 * name's middle word may be an office's ("Ali Sheriff
			 * Musa"). */
			int office = NER_LIT_IN(offices, s + w, we - w) && ner_upper_at(s, we + 1);
			unsigned c = office ? lexicon_lookup(s + m->start, w - 1 - m->start) : 0;
			if (office && (w > fw + 1 || (c & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG)))) {
				size_t bs = m->start, be = w - 1;
				m->start = we + 1;
				m->margin = 0;
				ner_push(l, bs, be, (c & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) && !(c & LEX_ORG) ? NER_PLACE : NER_ORG);
				break;
			}
			if (!ner_upper_at(s, w))
				break;
			w = we + 1;
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* "Metro" before a city the lists know names the city's metropolitan
 * region, a place ("Metro Manila", "Metro Cebu"), whatever the model made
 * of it; "Metro Express" is no city's. */
static void ner_metro_places(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_PLACE || m->type == NER_DATE || m->end - m->start < 9 || s[m->start] != 'M' ||
		    memcmp(s + m->start, "Metro ", 6) != 0 ||
		    !(lexicon_lookup(s + m->start + 6, m->end - m->start - 6) & LEX_CITY))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* A club's name that ends in its letters, "of" and a country or a city
 * the lists know, is the club and the place ("Simba SC of Tanzania"),
 * which the model read as one body: clubs are not named so. */
static void ner_club_of_places(const char *s, struct ner_list *l)
{
	static const struct ner_lit clubs[] = { NER_LIT("FC"), NER_LIT("SC"),	NER_LIT("AC"), NER_LIT("F.C."),
						NER_LIT("CF"), NER_LIT("AFC"), NER_LIT("SK"), NER_LIT("FK") };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG || m->end - m->start < 10)
			continue;
		const char *of = ner_find(s, s + m->start, m->end - m->start, " of ", 4);
		if (!of)
			continue;
		size_t a = (size_t)(of - s), b = a + 4, cw = ner_word_start(s, m->start, a);
		if (cw <= m->start || !NER_LIT_IN(clubs, s + cw, a - cw) ||
		    !(lexicon_lookup(s + b, m->end - b) & (LEX_COUNTRY | LEX_CITY)))
			continue;
		size_t end = m->end;
		m->end = a;
		m->margin = 0;
		ner_push(l, b, end, NER_PLACE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A team named by its city and a people's plural ("the Mumbai Indians",
 * "the Cleveland Indians", as CoNLL-2003 types it) is a body, which the
 * model read as an other name; so is a city's name and a plural of two
 * words no list knows, which the model read apart ("the Kolkata [Knight
 * Riders]"). Not a religion's people after a city ("Delhi Sikhs"), a
 * group, nor an event's name ("Atlanta Games"). */
static void ner_team_names(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const struct ner_mention *nx = i + 1 < l->n ? &l->v[i + 1] : NULL;
		/* A place, or an other name or a group ending in "s": most
		 * names are neither. */
		int alone = m.type == NER_PLACE && nx && nx->start == m.end + 1 && s[m.end] == ' ' &&
			    (nx->type == NER_MISC || nx->type == NER_GROUP) && s[nx->end - 1] == 's';
		if (!alone && !((m.type == NER_MISC || m.type == NER_GROUP) && s[m.end - 1] == 's')) {
			l->v[o++] = m;
			continue;
		}
		size_t fw = ner_space_end(s, m.start, m.end), e = alone ? nx->end : m.end;
		size_t lw = ner_word_start(s, m.start, e);
		/* Two words in all after the city, or one people's word. */
		size_t words = 0;
		for (size_t k = fw; k < e; k++)
			words += s[k] == ' ';
		int ok = (lexicon_lookup(s + m.start, fw - m.start) & (LEX_CITY | LEX_COUNTRY | LEX_DEMONYM)) == LEX_CITY &&
			 !ner_chr(s, s + m.start, '\n', e - m.start);
		if (ok && alone)
			/* The two words both the other name's: the city may be
			 * of two words, and the name after it of one. */
			ok = words == 2 && lw > nx->start && !lexicon_lookup(s + nx->start, lw - 1 - nx->start) &&
			     !lexicon_lookup(s + lw, e - lw) && ner_upper_at(s, nx->start) && ner_upper_at(s, lw);
		else if (ok)
			ok = words == 1 && (lexicon_lookup(s + lw, e - lw) & (LEX_DEMONYM | LEX_GROUP)) == LEX_DEMONYM;
		if (ok) {
			m.end = e;
			m.type = NER_ORG;
			m.margin = 0;
			i += alone;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* Whether a comma and an organization follow name i of l. */
static int ner_comma_org_next(const char *s, size_t len, const struct ner_list *l, size_t i)
{
	size_t e = l->v[i].end, c = e + (e < len && s[e] == ' ');
	return i + 1 < l->n && c + 2 < len && s[c] == ',' && s[c + 1] == ' ' && l->v[i + 1].start == c + 2 &&
	       l->v[i + 1].type == NER_ORG;
}

/* A firm of partners writes a comma after its first name: "Smith Barney,
 * Harris Upham and Co Inc", "Kidder, Peabody and Co", which the model read
 * as two names. A name of one or two words no list knows, before a comma
 * and a company's name with "and" or "&" inside and a legal form at its
 * end, is that firm's first name; a name a list knows ("IBM, Morgan
 * Stanley and Co") or one with its own legal form is a list's. */
static void ner_comma_firms(const char *s, size_t len, struct ner_list *l)
{
	/* Most stories have no name that a comma and an organization follow. */
	size_t i0 = 0;
	while (i0 < l->n && !ner_comma_org_next(s, len, l, i0))
		i0++;
	size_t o = i0;
	for (size_t i = i0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type != NER_DATE && ner_comma_org_next(s, len, l, i)) {
			const struct ner_mention *r = &l->v[i + 1];
			size_t n = m.end - m.start, rn = r->end - r->start;
			const char *sp = ner_chr(s, s + m.start, ' ', n);
			/* One "and" or "&" (two are a list's: "Thalmann and Co
			 * and Moseley Holding Corp"). */
			const char *amp = ner_chr(s, s + r->start, '&', rn), *and = text_find(s + r->start, rn, " and ", 5);
			const char *join = and ? and : amp;
			int partners = join && ner_ends_legal_form(s, r->start, r->end) &&
				       !text_find(join + 1, (size_t)(s + r->end - join - 1), " and ", 5) &&
				       !ner_chr(s, join + 1, '&', (size_t)(s + r->end - join - 1));
			int plain = partners && !(sp && ner_chr(s, sp + 1, ' ', (size_t)(s + m.end - sp - 1))) &&
				    lexicon_lookup(s + m.start, n) == 0;
			/* Partners' names are surnames: no word of a place or of
			 * a body's head, no initials or hyphens ("Amsterdam-
			 * Rotterdam Bank, Bank of Tokyo and Westpac Banking
			 * Corp", "Citibank N.A., ...", "Mississippi Power, ..."
			 * are lists). */
			for (size_t w = m.start; plain && w < m.end;) {
				size_t we = ner_blank_at(s, w, m.end);
				plain = !ner_chr(s, s + w, '.', we - w) && !ner_chr(s, s + w, '-', we - w) &&
					!(lexicon_lookup(s + w, we - w) &
					  (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_ORG_WORD | LEX_COMPANY_SUFFIX));
				w = we + 1;
			}
			size_t rw = ner_blank_at(s, r->start, r->end);
			if (plain && !(lexicon_lookup(s + r->start, rw - r->start) &
				       (LEX_ORG | LEX_ORG_WORD | LEX_COUNTRY | LEX_CITY | LEX_REGION))) {
				m.end = r->end;
				m.type = NER_ORG;
				m.margin = 0;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A place a list knows after a company's name and a comma is where the
 * company is ("paying agent: Kestrel National Bank, Detroit"), not a
 * second company, where the company's name ends in a legal form or a
 * bank's word and the place ends its line or clause. */
static void ner_seat_places(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 1; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i - 1];
		if (p->type != NER_ORG || !ner_comma_org_next(s, len, l, i - 1))
			continue;
		unsigned lt = lexicon_lookup(s + m->start, m->end - m->start);
		if (!(lt & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) || (lt & LEX_ORG))
			continue;
		size_t e = m->end;
		while (e < len && s[e] == ' ')
			e++;
		if (e < len && s[e] != '\n' && s[e] != ',' && s[e] != '.' && s[e] != ';' && s[e] != ')')
			continue;
		size_t lw = ner_word_start(s, p->start, p->end);
		if (ner_ends_legal_form(s, p->start, p->end) || ner_lit_is("Bank", s + lw, p->end - lw)) {
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
}

/* A name of two words or more ending in "Records", "Recordings",
 * "Pictures" or "Studios" is a record label's or a film company's, a
 * company ("Columbia Records", "Def Jam Recordings"), which the model
 * took for a place or a product after a place's or a company's name; not
 * a book of records ("Guinness World Records"). */
static void ner_label_names(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = { NER_LIT("Records"), NER_LIT("Recordings"), NER_LIT("Pictures"),
						NER_LIT("Studios") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type == NER_ORG || m->type == NER_DATE || n < 10 || s[m->end - 1] != 's' ||
		    (s[m->end - 2] != 'd' && s[m->end - 2] != 'g' && s[m->end - 2] != 'e' && s[m->end - 2] != 'o'))
			continue;
		size_t w = ner_word_start(s, m->start, m->end);
		int head = w > m->start && NER_LIT_IN(heads, s + w, m->end - w);
		if (head && !(w >= m->start + 6 && memcmp(s + w - 6, "World ", 6) == 0)) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
}

/* Where a title s[a..b) starts once a leading article is left out
 * ("The", "A", "An": ANNOTATION.md), a where it has none. */
static size_t ner_title_article_end(const char *s, size_t a, size_t b)
{
	if (b > a + 4 && memcmp(s + a, "The ", 4) == 0)
		return a + 4;
	if (b > a + 2 && memcmp(s + a, "A ", 2) == 0)
		return a + 2;
	if (b > a + 3 && memcmp(s + a, "An ", 3) == 0)
		return a + 3;
	return a;
}

/* Where a year in brackets after byte e ends ("( 1973 )", "(1973)"), or 0. */
static size_t ner_bracket_year_end(const char *s, size_t len, size_t e)
{
	size_t o = e + (e < len && s[e] == ' ');
	if (o >= len || s[o] != '(')
		return 0;
	size_t y = o + 1 + (o + 1 < len && s[o + 1] == ' ');
	if (y + 5 > len || !((s[y] == '1' && (s[y + 1] == '8' || s[y + 1] == '9')) || (s[y] == '2' && s[y + 1] == '0')) ||
	    s[y + 2] < '0' || s[y + 2] > '9' || s[y + 3] < '0' || s[y + 3] > '9')
		return 0;
	size_t c = y + 4 + (s[y + 4] == ' ');
	return c < len && s[c] == ')' ? c + 1 : 0;
}

/* A title of three words or more, a short function word among them, right
 * before a year in brackets ("she starred in Night of the Hunter (1955)",
 * "He directed Letters from the Coast ( 2009 )", as an encyclopedia lists
 * a film or a book) is a work's name, an other name, where the model found
 * part of it or none of it: its words capitalised but for the function
 * words, a leading article left out (ANNOTATION.md), on one line. Not a
 * body's or a place's ("the Bank of England (1694)", "the Kingdom of
 * Hungary (1867)"), which the lists know by a head word or the last, nor
 * months ("September and October (1986)"); and not where the model found
 * the whole as one name. */
static void ner_year_titles(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	int pushed = 0;
	for (const char *p = s; (p = memchr(p, '(', len - (size_t)(p - s))) != NULL; p++) {
		size_t o = (size_t)(p - s);
		if (!ner_bracket_year_end(s, len, o) || o < 2 || s[o - 1] != ' ')
			continue;
		/* The words before, back to one neither capitalised nor a
		 * function word; eight at most. */
		size_t te = o - 1, ts = te, words = 0, w = te;
		while (w > 0 && words < 9) {
			size_t ws = w;
			while (ws > 0 && s[ws - 1] != ' ' && s[ws - 1] != '\n')
				ws--;
			if (ws == w || !(ner_upper_at(s, ws) || ner_small_word(s + ws, w - ws)))
				break;
			/* Words of letters and digits: a citation's "Taylor, R."
			 * is no title. */
			int plain = 1;
			for (size_t x = ws; x < w && plain; x++)
				plain = ner_word_byte(s[x]);
			if (!plain)
				break;
			ts = ws;
			words++;
			if (ws == 0 || s[ws - 1] != ' ')
				break;
			w = ws - 1;
		}
		/* A function word neither starts it nor ends it. */
		while (ts < te && !ner_upper_at(s, ts)) {
			size_t x = ner_blank_at(s, ts, te);
			ts = x < te ? x + 1 : te;
			words--;
		}
		if (ts >= te || words < 3 || words > 8 || !ner_upper_at(s, ner_word_start(s, ts, te)))
			continue;
		int inner = 0;
		for (size_t x = ner_blank_at(s, ts, te); x < te && !inner;) {
			size_t xe = ner_blank_at(s, x + 1, te);
			inner = xe < te && ner_small_word(s + x + 1, xe - x - 1);
			x = xe;
		}
		if (!inner)
			continue;
		ts = ner_title_article_end(s, ts, te);
		size_t lw = ner_word_start(s, ts, te);
		if (ner_has_org_word(s, ts, te) ||
		    (lexicon_lookup(s + lw, te - lw) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG)))
			continue;
		size_t k0 = ner_first_ending_after(l, n0, ts), k = k0;
		int across = 0;
		for (; k < n0 && l->v[k].start < te; k++)
			across |= l->v[k].start < ts || l->v[k].end > te || (l->v[k].start == ts && l->v[k].end == te) ||
				  l->v[k].type == NER_DATE || (gone && gone[k]);
		if (across)
			continue;
		for (size_t q = k0; q < k; q++) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[q] = 1;
		}
		ner_push(l, ts, te, NER_MISC);
		pushed = 1;
	}
	/* Names gone as many as made leave the count as it was: a flag
	 * says whether to sort. */
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* An award's name goes on over "for" or "in" and the capitalised words
 * of its field: "the Academy Award for Best Actor", "the Nobel Prize in
 * Physics", "the Kestrel Award for Fiction", which the model ended at the
 * award's word or cut in two. Not a year ("the Nobel Prize in 1979") nor a
 * word in lower case ("the prize for his work"). */
static void ner_award_fields(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit heads[] = { NER_LIT("Award"), NER_LIT("Awards"), NER_LIT("Prize"),
						NER_LIT("Medal"), NER_LIT("Trophy") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		/* The heads end in "d", "s", "e", "l" or "y". */
		char z = s[m.end - 1];
		int head = m.type == NER_MISC && m.end + 6 < len && s[m.end] == ' ' &&
			   (z == 'd' || z == 's' || z == 'e' || z == 'l' || z == 'y');
		size_t w = head ? ner_word_start(s, m.start, m.end) : m.start, e = m.end;
		head = head && w > m.start && NER_LIT_IN(heads, s + w, m.end - w);
		if (head && (memcmp(s + m.end, " for ", 5) == 0 || memcmp(s + m.end, " in ", 4) == 0)) {
			size_t a = m.end + (s[m.end + 1] == 'f' ? 5 : 4), x = a;
			/* Up to four capitalised words. */
			for (int words = 0; words < 4 && x < len && s[x] >= 'A' && s[x] <= 'Z'; words++) {
				size_t we = x;
				while (we < len && (ner_alnum_at(s, we) || s[we] == '-'))
					we++;
				e = we;
				if (we + 1 >= len || s[we] != ' ')
					break;
				x = we + 1;
			}
		}
		/* The field's "of the Year" ("the Kestrel Award for Album of
		 * the Year"), where the model stopped before it. */
		if (m.type == NER_MISC && e + 12 <= len && s[e] == ' ' && s[e + 1] == 'o' &&
		    memcmp(s + e, " of the Year", 12) == 0 && (e + 12 == len || !ner_word_byte(s[e + 12])) &&
		    text_find(s + m.start, e - m.start, " for ", 5))
			e += 12;
		if (e > m.end) {
			m.end = e;
			m.margin = 0;
			/* The names it now holds are its own. */
			while (i + 1 < l->n && l->v[i + 1].start < e) {
				if (l->v[i + 1].end > m.end)
					m.end = l->v[i + 1].end;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* Names of eras and of rulers that the model typed as bodies or places:
 * an economy's slump of history ("the Great Depression", "the Great
 * Recession") is an other name, an event's; a given name and a regnal
 * number ("Elizabeth II", "Mohammed VI") a person's where the model made
 * it a place, unless the story has a body of that name ("Mark IV" the
 * company). */
static void ner_era_names(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG && m->type != NER_PLACE && m->type != NER_PERSON)
			continue;
		size_t n = m->end - m->start;
		char c = s[m->end - 1];
		if (c == 'n' && n > 11 &&
		    (ner_lit_is(" Depression", s + m->end - 11, 11) || ner_lit_is(" Recession", s + m->end - 10, 10))) {
			m->type = NER_MISC;
			m->margin = 0;
			continue;
		}
		if (m->type != NER_PLACE || (c != 'I' && c != 'V' && c != 'X'))
			continue;
		size_t w = ner_word_start(s, m->start, m->end);
		int roman = w > m->start + 1 && s[w - 1] == ' ' && m->end - w <= 5;
		for (size_t k = w; roman && k < m->end; k++)
			roman = s[k] == 'I' || s[k] == 'V' || s[k] == 'X';
		if (!roman)
			continue;
		/* One word before the number (w > m->start + 1 here). */
		size_t fw = ner_blank_at(s, m->start, w - 1);
		if (!ner_org_named(s, l, m->start, n, SIZE_MAX) && fw == w - 1 && (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME)) {
			m->type = NER_PERSON;
			m->margin = 0;
		}
	}
}

/* Whether the line s[a..e) is a result's, "Name N Name N" (a sports
 * table's: "Harwick 13 Tandor 56", "Dorvane 107 Kestrel County 10"): two
 * names of capitalised words (and "'s", "&"), each before a number, and
 * nothing else; the names' spans go to n1 and n2. */
static int ner_result_line(const char *s, size_t a, size_t e, size_t n1[2], size_t n2[2])
{
	size_t *slot[2] = { n1, n2 }, x = a;
	for (int k = 0; k < 2; k++) {
		size_t ns = x, ne = x;
		int words = 0;
		/* Words of a name, up to the number. */
		while (x < e && !(s[x] >= '0' && s[x] <= '9')) {
			size_t we = x;
			while (we < e && s[we] != ' ')
				we++;
			int ok = we > x && (s[x] >= 'A' && s[x] <= 'Z' ? 1 : ner_lit_is("'s", s + x, we - x) ||
							 ner_lit_is("&", s + x, we - x));
			for (size_t q = x; ok && q < we; q++)
				ok = (s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= 'a' && s[q] <= 'z') || s[q] == '.' ||
				     s[q] == '\'' || s[q] == '-' || s[q] == '&';
			if (!ok || we >= e || (words == 0 && !(s[x] >= 'A' && s[x] <= 'Z')))
				return 0;
			ne = we;
			words++;
			x = we + 1;
		}
		if (!words || words > 4)
			return 0;
		size_t d = x;
		while (x < e && s[x] >= '0' && s[x] <= '9')
			x++;
		if (x == d || x - d > 3 || (k == 0 ? x >= e || s[x] != ' ' : x != e))
			return 0;
		x++;
		slot[k][0] = ns;
		slot[k][1] = ne;
	}
	return 1;
}

/* The names of a sports table's results are teams (ORG), whole, as
 * CoNLL-2003 writes them ("Harwick 31 Tandor Tigers 33", "Kestrel Irish
 * 27 Dorvane 28", where the model read a town or found part of the name): lines of
 * "Name N Name N" next to another such line. A given name's person and a
 * date stay. */
static void ner_result_lines(const char *s, size_t len, struct ner_list *l)
{
	/* The result lines: their bounds and names' spans (a line that ends
	 * in no digit is none, and is passed over at once). */
	struct {
		size_t a, e, name[2][2];
	} *r = NULL;
	size_t nr = 0, cap = 0;
	for (size_t a = 0; a < len;) {
		const char *nl = memchr(s + a, '\n', len - a);
		size_t e = nl ? (size_t)(nl - s) : len, name[2][2];
		if (e > a && s[e - 1] >= '0' && s[e - 1] <= '9' && ner_result_line(s, a, e, name[0], name[1])) {
			if (nr + 1 > cap)
				r = xgrow(r, &cap, nr + 1, sizeof *r);
			r[nr].a = a;
			r[nr].e = e;
			memcpy(r[nr++].name, name, sizeof name);
		}
		a = e + 1;
	}
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t q = 0; q < nr; q++) {
		int next = (q > 0 && r[q - 1].e + 1 == r[q].a) || (q + 1 < nr && r[q].e + 1 == r[q + 1].a);
		for (int k = 0; next && k < 2; k++) {
			size_t na = r[q].name[k][0], ne = r[q].name[k][1];
			int keep = 0;
			for (size_t i = 0; i < n0 && !keep; i++) {
				const struct ner_mention *m = &l->v[i];
				if (m->start >= ne || na >= m->end)
					continue;
				size_t fw = ner_space_end(s, m->start, m->end);
				keep = m->type == NER_DATE ||
				       (m->type == NER_PERSON && (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME));
			}
			if (keep)
				continue;
			if (!gone)
				gone = xcalloc(n0 ? n0 : 1, 1);
			for (size_t i = 0; i < n0; i++)
				if (l->v[i].start < ne && na < l->v[i].end)
					gone[i] = 1;
			ner_push(l, na, ne, NER_ORG);
		}
	}
	free(r);
	/* A team was pushed only after gone was made. */
	if (!gone)
		return;
	ner_drop_gone(l, gone, n0);
	ner_sort_mentions(l->v, l->n);
}

/* A name the lists know whole, "for" and a team's or a country's name
 * that the model read as one body ("drove in Formula One for Sauber",
 * "played in the Premier League for Arsenal") are two: the first of its
 * listed type, the second of its own or a body's. Not where the first
 * ends in the word of a body named for its cause, which the lists may
 * know without it ("the Max Planck Institute for Chemistry"). */
static void ner_for_teams(const char *s, struct ner_list *l)
{
	static const struct ner_lit causes[] = {
		NER_LIT("Institute"),	NER_LIT("Institution"),	 NER_LIT("Centre"),	  NER_LIT("Center"),
		NER_LIT("Foundation"),	NER_LIT("Fund"),	 NER_LIT("Society"),	  NER_LIT("Association"),
		NER_LIT("Council"),	NER_LIT("Commission"),	 NER_LIT("Committee"),	  NER_LIT("Agency"),
		NER_LIT("Office"),	NER_LIT("Trust"),	 NER_LIT("Campaign"),	  NER_LIT("Coalition"),
		NER_LIT("Alliance"),	NER_LIT("Network"),	 NER_LIT("Academy"),	  NER_LIT("School"),
		NER_LIT("College"),	NER_LIT("Ministry"),	 NER_LIT("Department"),	  NER_LIT("Museum"),
		NER_LIT("Organisation"), NER_LIT("Organization"), NER_LIT("Programme"),	  NER_LIT("Program"),
		NER_LIT("Partnership"), NER_LIT("Initiative"),	 NER_LIT("Forum"),	  NER_LIT("Secretariat")
	};
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG && m->type != NER_MISC)
			continue;
		const char *f = ner_find(s, s + m->start, m->end - m->start, " for ", 5);
		if (!f)
			continue;
		size_t a = (size_t)(f - s), b = a + 5;
		unsigned c1 = lexicon_lookup(s + m->start, a - m->start);
		int t1 = ner_lex_type(c1);
		size_t sp = 0;
		for (size_t k = b; k < m->end; k++)
			sp += s[k] == ' ';
		if (t1 < 0 || !(c1 & (LEX_ORG | LEX_EVENT)) || sp > 1 || !ner_upper_at(s, b) ||
		    (lexicon_lookup(s + b, m->end - b) & LEX_ORG_WORD))
			continue;
		size_t lw = ner_word_start(s, m->start, a);
		if (NER_LIT_IN(causes, s + lw, a - lw))
			continue;
		int t2 = ner_lex_type(lexicon_lookup(s + b, m->end - b));
		size_t end = m->end;
		m->end = a;
		m->type = (enum ner_type)t1;
		m->margin = 0;
		ner_push(l, b, end, t2 >= 0 ? (enum ner_type)t2 : NER_ORG);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A body's name whose head the model found goes on over "for" and the
 * capitalised words of its cause ("Tandor Ministry for Coastal and Inland
 * Affairs", "Committee for Harbour Works"), as the training data writes
 * such names a hundred times to four: the head an organization's word,
 * the words after "for" no name the model found ("a loan from the World
 * Bank for Kenya"), "and", "of" and "the" between them; not a body the
 * lists know whole. */
static void ner_for_causes(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t x = m.end + 5;
		if (m.type != NER_ORG || x + 2 >= len || memcmp(s + m.end, " for ", 5) != 0 || s[x] < 'A' || s[x] > 'Z') {
			l->v[o++] = m;
			continue;
		}
		/* A body the lists know whole is named in full ("the Premier
		 * League for Arsenal"). */
		size_t lw = ner_word_start(s, m.start, m.end);
		if (!(lexicon_lookup(s + lw, m.end - lw) & LEX_ORG_WORD) ||
		    (lexicon_lookup(s + m.start, m.end - m.start) & LEX_ORG)) {
			l->v[o++] = m;
			continue;
		}
		/* The capitalised words, with joining words between. */
		size_t e = m.end;
		for (int words = 0; words < 6 && x < len && s[x] >= 'A' && s[x] <= 'Z'; words++) {
			size_t we = x;
			while (we < len && (ner_alnum_at(s, we) || s[we] == '-'))
				we++;
			e = we;
			/* A blank, or a hard-wrapped line's break (ANNOTATION.md). */
			if (we + 2 >= len || (s[we] != ' ' && s[we] != '\n') || s[we + 1] == '\n')
				break;
			x = we + 1;
			static const struct ner_lit joins[] = { NER_LIT("and "), NER_LIT("of "), NER_LIT("the ") };
			for (size_t k = 0; k < sizeof joins / sizeof *joins; k++) {
				size_t jn = joins[k].n;
				if (x + jn < len && memcmp(s + x, joins[k].w, jn) == 0 && s[x + jn] >= 'A' && s[x + jn] <= 'Z') {
					x += jn;
					break;
				}
			}
		}
		/* No name of its own within: "Kestrava Mail for Harwick Online"
		 * is a product for a service, "the Army for Tarvok rifles" a
		 * contract. */
		if (i + 1 < l->n && l->v[i + 1].start < e) {
			l->v[o++] = m;
			continue;
		}
		m.end = e;
		m.margin = 0;
		l->v[o++] = m;
	}
	l->n = o;
}

/* A body "for" a cause takes the land or region it serves after "in":
 * "the Organisation for Security and Co-operation in Europe" (as in
 * ANNOTATION.md), "the Alliance for Dryland Farming in Africa", where the
 * model ended the name at "in": a country or region the lists know, not
 * a city or a town, where such a body has its seat ("the Centre for
 * Harbour Studies in Washington", "the Institution for Men in Tandor"). */
static void ner_for_in_places(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const struct ner_mention *p = i + 1 < l->n ? &l->v[i + 1] : NULL;
		if (m.type == NER_ORG && p && p->type == NER_PLACE && p->start == m.end + 4 && m.end + 4 < len &&
		    memcmp(s + m.end, " in ", 4) == 0 && ner_find(s, s + m.start, m.end - m.start, " for ", 5) &&
		    (lexicon_lookup(s + p->start, p->end - p->start) & (LEX_COUNTRY | LEX_REGION)) &&
		    !(lexicon_lookup(s + p->start, p->end - p->start) & LEX_CITY)) {
			m.end = p->end;
			m.margin = 0;
			i++;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* The length of a battle's, a siege's, a massacre's or a treaty's head
 * word that ends at byte e of s ("Battle"), 0 if none. */
static size_t ner_event_head_before(const char *s, size_t e)
{
	static const struct ner_lit heads[] = { NER_LIT("Battle"), NER_LIT("Siege"), NER_LIT("Massacre"),
						NER_LIT("Treaty") };
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
		size_t n = heads[k].n;
		if (e >= n && memcmp(s + e - n, heads[k].w, n) == 0 && (e == n || s[e - n - 1] == ' ' || s[e - n - 1] == '\n'))
			return n;
	}
	return 0;
}

/* "Battle of", "Siege of", "Massacre of" or "Treaty of" and the name
 * after it are one event's name (MISC), as the training data has it
 * every time, where the model left the head out or took it alone ("the
 * [Battle] of [Stamford Bridge]"), or began a name again inside the place
 * ("the Battle of Kessel [Ford]", "Ford" a firm's name). */
static void ner_event_head_joins(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t hn;
		if (m.type != NER_DATE && m.start > 10 && s[m.start - 1] == ' ' && s[m.start - 2] == 'f' &&
		    s[m.start - 3] == 'o' && s[m.start - 4] == ' ' && (hn = ner_event_head_before(s, m.start - 4)) != 0) {
			size_t hs = m.start - 4 - hn;
			if (o == 0 || l->v[o - 1].end <= hs || (l->v[o - 1].start == hs && l->v[o - 1].end == hs + hn)) {
				if (o > 0 && l->v[o - 1].start == hs)
					o--;
				m.start = hs;
				m.type = NER_MISC;
				m.margin = 0;
			}
		}
		if (m.type == NER_MISC && i + 1 < l->n && s[m.end] == ' ' && l->v[i + 1].start == m.end + 1) {
			const struct ner_mention *nx = &l->v[i + 1];
			size_t fw = ner_space_end(s, m.start, m.end);
			if (nx->type != NER_DATE && nx->type != NER_PERSON && nx->type != NER_GROUP &&
			    ner_event_head_before(s, fw) == fw - m.start && fw + 4 < m.end && memcmp(s + fw, " of ", 4) == 0 &&
			    !ner_chr(s, s + nx->start, ' ', nx->end - nx->start)) {
				m.end = nx->end;
				m.margin = 0;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A battle's, a siege's or a treaty's name is an event's (MISC) whatever
 * place it names: "the Siege of Karvel", "the Battle for Tandor", "the
 * Partition of Bengal", where the model read the place's type; so is a
 * law's or a charter's ("the Statute of Ostrel"), and a tour's. */
static void ner_event_heads(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = {
		NER_LIT("Battle"),   NER_LIT("Siege"),	  NER_LIT("Sack"),     NER_LIT("Massacre"),
		NER_LIT("Treaty"),   NER_LIT("Capture"),  NER_LIT("Partition"), NER_LIT("Invasion"),
		NER_LIT("Conquest"), NER_LIT("Storming"), NER_LIT("Fall"),	   NER_LIT("Statute"),
		NER_LIT("Edict"),    NER_LIT("Declaration"), NER_LIT("Charter"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PLACE && m->type != NER_ORG && m->type != NER_PERSON)
			continue;
		/* A golf or tennis tour of two words or more is a series of
		 * events: "the Harwick Golf Tour", "the Kestrel Tour". Its last
		 * byte is asked first: most names end otherwise. */
		int tour = 0;
		if (m->end - m->start > 5 && (s[m->end - 1] | 0x20) == 'r') {
			size_t lw = ner_word_start(s, m->start, m->end);
			tour = lw > m->start &&
			       (ner_lit_is("Tour", s + lw, m->end - lw) || ner_lit_is("TOUR", s + lw, m->end - lw));
		}
		/* So is a marathon's: "the Kessel Marathon". */
		if (m->end - m->start > 9 && s[m->end - 1] == 'n') {
			size_t lw = ner_word_start(s, m->start, m->end);
			tour = lw > m->start && ner_lit_is("Marathon", s + lw, m->end - lw);
		}
		/* The heads start with a capital of "BCDEFIMPST". */
		if (!tour) {
			if (!s[m->start] || !strchr("BCDEFIMPST", s[m->start]))
				continue;
			size_t fw = ner_space_end(s, m->start, m->end);
			if (fw + 5 >= m->end || !NER_LIT_IN(heads, s + m->start, fw - m->start) ||
			    (memcmp(s + fw, " of ", 4) != 0 && memcmp(s + fw, " for ", 5) != 0))
				continue;
		}
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A name after a role in lower case that starts with a given name is a
 * person's, where the model read it as a place or an other name by its
 * last word ("the architect George Edmund Street", "spokesperson Mary
 * Hill"); not where a list knows the whole as something else. */
static void ner_role_people(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* A word in lower case before it, asked first: most names have
		 * none. */
		if ((m->type != NER_PLACE && m->type != NER_MISC) || a < 4 || s[a - 1] != ' ' || s[a - 2] < 'a' ||
		    s[a - 2] > 'z')
			continue;
		size_t ks = ner_word_start(s, 0, a - 1);
		if (s[ks] < 'a' || s[ks] > 'z' || !(lexicon_lookup(s + ks, a - 1 - ks) & LEX_ROLE))
			continue;
		size_t fw = ner_space_end(s, a, m->end);
		if (fw >= m->end || (lexicon_lookup(s + a, fw - a) & (LEX_FIRST_NAME | LEX_COMMON)) != LEX_FIRST_NAME ||
		    ner_lex_type(lexicon_lookup(s + a, m->end - a)) >= 0)
			continue;
		m->type = NER_PERSON;
		m->margin = 0;
	}
}

/* A name that starts with a landform's or a fort's word is a place's,
 * where the model read it as a person's ("Mount Kestrel is a
 * stratovolcano", "Fort Harlan"); a given name such as Monte is not one
 * of them. So is a river's after "the", whatever the model read ("the
 * River Nidd"; a company or a club of such a name goes without it). A
 * stadium's word in Spanish, Portuguese, Italian or German starts a
 * place's name whatever the model read ("the Estádio Moisés Lucarelli",
 * as the training data writes a "Stadium"), and a cup's a competition's
 * ("the Copa do Brasil"), but not a body's with its head word ("Copa
 * Airlines"). */
static void ner_prefix_places(const char *s, struct ner_list *l)
{
	static const struct {
		struct ner_lit w;
		enum ner_type type;
		int any;	/* whatever the model read, not only a person; 2: after "the" */
	} heads[] = {
		{ NER_LIT("River"), NER_PLACE, 2 },
		{ NER_LIT("Mount"), NER_PLACE, 0 },    { NER_LIT("Mt."), NER_PLACE, 0 },
		{ NER_LIT("Mt"), NER_PLACE, 0 },       { NER_LIT("Lake"), NER_PLACE, 0 },
		{ NER_LIT("Cape"), NER_PLACE, 0 },     { NER_LIT("Fort"), NER_PLACE, 0 },
		{ NER_LIT("Port"), NER_PLACE, 0 },     { NER_LIT("Estadio"), NER_PLACE, 1 },
		{ NER_LIT("Estádio"), NER_PLACE, 1 },  { NER_LIT("Stadio"), NER_PLACE, 1 },
		{ NER_LIT("Stadion"), NER_PLACE, 1 },  { NER_LIT("Copa"), NER_MISC, 1 },
		{ NER_LIT("Coppa"), NER_MISC, 1 },     { NER_LIT("Coupe"), NER_MISC, 1 },
		{ NER_LIT("Taça"), NER_MISC, 1 },
	};
	/* Words a sentence's first capital leaves in doubt, which the model
	 * then left out of the place's name after them ("New Harwick is a
	 * hamlet", "Lake Marwen , the largest lake"). */
	static const struct ner_lit leads[] = {
		NER_LIT("New"),	  NER_LIT("North"), NER_LIT("South"), NER_LIT("East"),	NER_LIT("West"),
		NER_LIT("Upper"), NER_LIT("Lower"), NER_LIT("Great"), NER_LIT("Little"), NER_LIT("Old"),
		NER_LIT("Lake"),  NER_LIT("Mount"), NER_LIT("Cape"),  NER_LIT("Port"),	NER_LIT("Fort"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* "Air" before a name opens an airline's ("Air Kalina is a
		 * regional airline"), where the model left it out: at a
		 * sentence's start, where its capital says nothing. */
		if (m->start >= 4 && s[m->start - 1] == ' ' && s[m->start - 4] == 'A' && s[m->start - 3] == 'i' &&
		    s[m->start - 2] == 'r' && m->type != NER_DATE && m->type != NER_GROUP &&
		    (i == 0 || l->v[i - 1].end < m->start - 4) && ner_opens_sentence(s, m->start - 4) &&
		    !lexicon_product(s + m->start - 4, m->end - m->start + 4) &&
		    !ner_lit_is("Force", s + m->start, ner_space_end(s, m->start, m->end) - m->start)) {
			m->start -= 4;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		/* "TV" before a place is a broadcaster's name ("aired on TV
		 * Tokyo"), where the model took the place alone; not before a
		 * person ("on TV Smith said") nor a channel's own name ("state
		 * TV Channel One"). */
		if (m->start >= 3 && s[m->start - 1] == ' ' && s[m->start - 3] == 'T' && s[m->start - 2] == 'V' &&
		    (m->type == NER_PLACE || m->type == NER_MISC) &&
		    (m->start == 3 || s[m->start - 4] == ' ' || s[m->start - 4] == '\n') &&
		    (i == 0 || l->v[i - 1].end < m->start - 3)) {
			m->start -= 3;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		if (m->type == NER_PLACE && m->start >= 4 && s[m->start - 1] == ' ' && s[m->start - 2] >= 'a' &&
		    s[m->start - 2] <= 'z' && (i == 0 || l->v[i - 1].end < m->start - 1)) {
			size_t ws = ner_word_start(s, 0, m->start - 1);
			if (NER_LIT_IN(leads, s + ws, m->start - 1 - ws) && (i == 0 || l->v[i - 1].end <= ws) &&
			    ner_opens_sentence(s, ws) &&
			    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) < 0) {
				m->start = ws;
				m->margin = 0;
				continue;
			}
		}
		/* The heads start with one of "MLCFPESTR", and their second
		 * letter is one of "otasi". */
		if (m->type == NER_DATE || m->type == NER_GROUP || m->end - m->start < 4 ||
		    !strchr("MLCFPESTR", s[m->start]) || !strchr("otasi", s[m->start + 1]))
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		if (fw + 2 >= m->end)
			continue;
		for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
			if (!ner_lit_is(heads[k].w.w, s + m->start, fw - m->start) || m->type == heads[k].type ||
			    (!heads[k].any && m->type != NER_PERSON))
				continue;
			/* After a landform's word a capitalised one; after the
			 * others none a list knows as a body's head word. */
			if (heads[k].any ? ner_has_org_word(s, fw + 1, m->end) : !(s[fw + 1] >= 'A' && s[fw + 1] <= 'Z'))
				break;
			/* A river after "the" ("the River Tarvel"): a company
			 * or a club of the name goes without it. */
			if (heads[k].any == 2 && (m->start < 4 || !ner_lit_is_nocase("the ", s + m->start - 4, 4)))
				break;
			m->type = heads[k].type;
			m->margin = 0;
			break;
		}
	}
}

/* A name after a word of a company's people or parts and "of" is an
 * organization's ("former employees of Blue Byte", "a subsidiary of
 * Surinam Tessal", "shareholders of Velmar Harbour"), where the model read
 * a place or an other name that no list knows as one: a place has no
 * employees, shareholders, founders or subsidiaries. */
static void ner_company_people_of(const char *s, struct ner_list *l)
{
	static const char *const cues[] = { "employees",    "employee",  "staff",	  "shareholders", "shareholder",
					    "stockholders", "founder",   "founders",  "co-founder",   "subsidiary",
					    "subsidiaries", "affiliate", "unit",	  "owners",	  "executives",
					    "takeover",	    "acquisition", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PLACE && m->type != NER_MISC) || m->start < 8 ||
		    memcmp(s + m->start - 4, " of ", 4) != 0 || !ner_word_before_in(s, m->start - 3, cues) ||
		    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) >= 0)
			continue;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* A filmography's or a discography's list: names each with a year in
 * brackets, joined as a list ("appeared in Kessby Nights ( 2004 ) and
 * Harwick ( 2008 )", "albums : Lowtide ( 2009 ) , Glasshouse ( 2014 )"),
 * after a word of works or of making them on the line, are works (MISC)
 * whatever the model read. Not a list of winners or champions with their
 * years, which no such word leads. */
static void ner_year_lists(const char *s, size_t len, struct ner_list *l)
{
	static const char *const cues[] = { "films",	"albums",  "novels",	 "books",	"plays",
					    "songs",	"singles", "appeared", "starred",	"directed",
					    "wrote",	"released", "recorded", "discography", "filmography",
					    "roles",	"role",	   "works",    "musicals",	"operas",
					    NULL };
	for (size_t i = 0; i < l->n;) {
		/* A run of names each before a year in brackets. */
		size_t j = i, end = 0;
		while (j < l->n) {
			const struct ner_mention *m = &l->v[j];
			/* The bracket's byte first: most names have none after. */
			size_t e = m->end;
			int open = e + 1 < len && (s[e] == '(' || (s[e] == ' ' && s[e + 1] == '('));
			size_t ye = !open || m->type == NER_DATE || m->type == NER_GROUP ? 0 : ner_bracket_year_end(s, len, e);
			if (!ye || (j > i && !ner_list_joint(s, end, m->start)))
				break;
			end = ye;
			/* Past the year's own mention. */
			j++;
			while (j < l->n && l->v[j].start < ye)
				j++;
		}
		size_t items = 0;
		for (size_t k = i; k < j; k++)
			items += l->v[k].type != NER_DATE;
		if (items < 2) {
			i = j > i ? j : i + 1;
			continue;
		}
		/* A word of works before the first, on its line, within 80
		 * bytes. */
		size_t a = l->v[i].start, ls = a > 80 ? a - 80 : 0;
		for (size_t q = a; q > ls; q--)
			if (s[q - 1] == '\n') {
				ls = q;
				break;
			}
		int cue = 0;
		for (size_t ws = ls; ws < a && !cue;) {
			size_t we = ws;
			while (we < a && ((s[we] >= 'a' && s[we] <= 'z') || (s[we] >= 'A' && s[we] <= 'Z')))
				we++;
			for (int k = 0; cues[k] && !cue && we > ws; k++)
				cue = ner_lit_is_nocase(cues[k], s + ws, we - ws);
			ws = we + 1;
		}
		if (cue)
			for (size_t k = i; k < j; k++)
				if (l->v[k].type != NER_DATE && l->v[k].type != NER_MISC) {
					l->v[k].type = NER_MISC;
					l->v[k].margin = 0;
				}
		i = j;
	}
}

/* An order of merit is an award (MISC), one name with its "of the ..."
 * ("awarded the Order of the Burning Spear", "a Commander of the Order of
 * the Dannebrog", "received the Order of Canada"), where a verb of
 * awarding and "the", or a rank and "of the", stand before it; a
 * religious order ("the Order of Saint Benedict") has neither. The
 * model's names within give way. */
static void ner_award_orders(const char *s, size_t n, struct ner_list *l)
{
	static const char *const verbs[] = { "awarded", "received", "receiving", "receives", "conferred", "bestowed",
					     "won", "given", "appointed", "invested", "admitted", NULL };
	static const char *const ranks[] = { "Knight", "Dame", "Commander", "Officer", "Member", "Companion",
					     "Cross", "Chevalier", "Grand", "Collar", NULL };
	size_t n0 = l->n, last = 0;	/* where the last order made ends */
	/* From the model's names, which an order's name holds or follows
	 * ("Order of the [Velmar Star]", "[Order of Canada]"): a look at
	 * each is cheaper than a search of the whole text. */
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t p;
		/* A byte first: "O", or "f " or "f the " before the name. */
		char c = m->start >= 2 ? s[m->start - 2] : 0;
		if (s[m->start] == 'O' && m->end - m->start > 9 && memcmp(s + m->start, "Order of ", 9) == 0)
			p = m->start;
		else if (c == 'f' && m->start >= 9 && memcmp(s + m->start - 9, "Order of ", 9) == 0)
			p = m->start - 9;
		else if (c == 'e' && m->start >= 13 && s[m->start - 6] == 'f' &&
			 memcmp(s + m->start - 13, "Order of the ", 13) == 0)
			p = m->start - 13;
		else
			continue;
		if (p < 5 || s[p - 1] != ' ' || p < last)
			continue;
		/* What stands before: "the" and a verb, or a rank and "of the". */
		size_t b = p - 1, ws = ner_word_start(s, 0, b);
		int award = 0;
		if (b - ws == 3 && memcmp(s + ws, "the", 3) == 0 && ws >= 2) {
			size_t vs = ner_word_start(s, 0, ws - 1);
			award = ner_word_before_in(s, ws, verbs);
			if (!award && ws - 1 - vs == 2 && memcmp(s + vs, "of", 2) == 0 && vs >= 2) {
				size_t rs = ner_word_start(s, 0, vs - 1);
				for (int k = 0; ranks[k] && !award; k++)
					award = ner_lit_is(ranks[k], s + rs, vs - 1 - rs);
			}
		}
		/* Or "and the" after the order before ("the Order of Lenin and
		 * the Order of Canada"). */
		if (!award && last && p == last + 9 && memcmp(s + last, " and the ", 9) == 0)
			award = 1;
		if (!award)
			continue;
		/* The name: capitalised words after "Order of", "the", "of" and
		 * "and" between them. */
		size_t e = p + 9, end = 0;
		while (e < n) {
			while (e < n && s[e] == ' ')
				e++;
			size_t we = e;
			while (we < n && s[we] != ' ' && s[we] != '\n' && s[we] != ',' && s[we] != '.' && s[we] != ';')
				we++;
			if (we == e)
				break;
			/* "and" only before a capital: "the Order of Lenin and the
			 * Order of Canada" are two. */
			if (s[e] >= 'A' && s[e] <= 'Z')
				end = we;
			else if (!((we - e == 3 && memcmp(s + e, "the", 3) == 0) ||
				   (we - e == 2 && memcmp(s + e, "of", 2) == 0) ||
				   (we - e == 3 && memcmp(s + e, "and", 3) == 0 && we + 1 < n && s[we + 1] >= 'A' &&
				    s[we + 1] <= 'Z')))
				break;
			if (we >= n || s[we] != ' ')
				break;
			e = we;
		}
		if (!end)
			continue;
		/* Not across a name that runs out of it. */
		size_t k = ner_first_ending_after(l, n0, p);
		int across = 0;
		for (size_t j = k; j < n0 && l->v[j].start < end; j++)
			across |= l->v[j].start < p || l->v[j].end > end;
		if (across)
			continue;
		for (size_t j = k; j < n0 && l->v[j].start < end; j++)
			l->v[j].type = NER_NTYPES;	/* dropped below */
		ner_push(l, p, end, NER_MISC);
		last = end;
	}
	ner_drop_marked(l, n0);
}

/* A name's last word after another that says what it is, where the model
 * read it otherwise: "Air" an airline's ("a Harwick Air flight", "Tarvel
 * Air"; news names no place so, and a list of bodies' head words would
 * take in the word's other senses, "Air Force"), "Constitution" a law's
 * ("the Varnian Constitution", as the Worldwide articles write it five
 * times to one); and "Cross" an award's where it is awarded ("was
 * awarded the Military Cross and the Victoria Cross"), the Red Cross's
 * name elsewhere; "F.C." and "FC" a football club's, "Quartet",
 * "Quintet", "Trio", "Orchestra", "Ensemble", "Singers", "Choir" and
 * "Band" an ensemble's, after a person's name too (the training data types
 * such names a body's); "Court" after a court's kind, "Tribunal" and
 * "Guild" a body's (the training data types "Court" a body's 110 times in
 * 120: "Kessby County District Court" is no place, "Earls Court" is);
 * "Stadium" a place's (10 times in 10 in the training data); "License"
 * and "Licence" a licence's, a text's ("the Mozilla Public License"); a
 * disaster's word its event's, not a team's ("the 1906 San Francisco
 * Earthquake", "the New England Hurricane", "the Johnstown Flood"). */
static void ner_tail_types(const char *s, struct ner_list *l)
{
	enum { TAIL_ANY, TAIL_AWARDED, TAIL_COURT, TAIL_ENSEMBLE };
	static const struct {
		struct ner_lit w;	/* with its blank */
		enum ner_type type, from1, from2;
		int only;	/* TAIL_AWARDED: only after a verb of awarding and
				 * "the"; TAIL_COURT: only after a court's kind;
				 * TAIL_ENSEMBLE: a person's name too ("the Dave
				 * Kessel Quartet") */
	} tails[] = {
		{ NER_LIT(" Air"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Constitution"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Cross"), NER_MISC, NER_ORG, NER_PLACE, TAIL_AWARDED },
		{ NER_LIT(" F.C."), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" FC"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Quartet"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Quintet"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Trio"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Orchestra"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Ensemble"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Singers"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Choir"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Band"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Court"), NER_ORG, NER_PLACE, NER_MISC, TAIL_COURT },
		{ NER_LIT(" Tribunal"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Guild"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Stadium"), NER_PLACE, NER_ORG, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Earthquake"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Hurricane"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Cyclone"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Typhoon"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Tsunami"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Flood"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" License"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Licence"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
	};
	static const char *const verbs[] = { "awarded", "won", "received", "earned", "winning", "receiving", NULL };
	/* Where the last award this pass made ends, for the next one "and
	 * the" joins to it. */
	size_t award_end = SIZE_MAX;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* "Air" the model left after a name, where a word in lower case
		 * or a mark follows ("a Lion Air flight"; not "Air Force"), is
		 * the airline's last word; a product's is its edition. */
		if (s[m->end] == ' ' && s[m->end + 1] == 'A' && s[m->end + 2] == 'i' && s[m->end + 3] == 'r' &&
		    m->type != NER_DATE && m->type != NER_GROUP &&
		    (i + 1 >= l->n || l->v[i + 1].start >= m->end + 4) &&
		    ((s[m->end + 4] == ' ' && s[m->end + 5] >= 'a' && s[m->end + 5] <= 'z') ||
		     (s[m->end + 4] && strchr(",.;:)'", s[m->end + 4]))) &&
		    !lexicon_product(s + m->start, m->end - m->start)) {
			m->end += 4;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		size_t n = m->end - m->start;
		/* The last bytes asked first: the tails end in "ir", "on",
		 * "ss", "C.", "FC", "et", "io", "ra", "le", "rs", "nd", "um",
		 * "se", "ce", "ke", "ne", "mi" or "od". */
		char z = n >= 6 ? s[m->end - 1] : 0, y = n >= 6 ? s[m->end - 2] : 0;
		/* A country's railway is its rail operator ("Kenya Railways",
		 * "Egyptian National Railways"), not a line of track. */
		if (((z == 'y' && y == 'a') || (z == 's' && y == 'y')) && (m->type == NER_PLACE || m->type == NER_MISC)) {
			size_t rw = z == 's' ? 9 : 8;
			size_t fw = ner_space_end(s, m->start, m->end);
			if (n > rw && memcmp(s + m->end - rw, " Railway", 8) == 0 && fw < m->end &&
			    (lexicon_lookup(s + m->start, fw - m->start) & (LEX_COUNTRY | LEX_DEMONYM)) &&
			    (fw == m->end - rw || (fw + 9 == m->end - rw && memcmp(s + fw, " National", 9) == 0))) {
				m->type = NER_ORG;
				m->margin = 0;
				continue;
			}
		}
		if (!(z == 'r' && y == 'i') && !(z == 'n' && y == 'o') && !(z == 's' && y == 's') &&
		    !(z == '.' && y == 'C') && !(z == 'C' && y == 'F') && !(z == 't' && y == 'e') &&
		    !(z == 't' && y == 'r') && !(z == 'l' && y == 'a') && !(z == 'd' && y == 'l') &&
		    !(z == 'o' && y == 'i') && !(z == 'a' && y == 'r') && !(z == 'e' && y == 'l') &&
		    !(z == 's' && y == 'r') && !(z == 'd' && y == 'n') && !(z == 'm' && y == 'u') &&
		    !(z == 'e' && (y == 's' || y == 'c' || y == 'k' || y == 'n')) && !(z == 'i' && y == 'm') &&
		    !(z == 'd' && y == 'o'))
			continue;
		for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
			size_t tn = tails[k].w.n;
			if (n <= tn ||
			    (m->type != tails[k].from1 && m->type != tails[k].from2 &&
			     !(tails[k].only == TAIL_ENSEMBLE && m->type == NER_PERSON)) ||
			    memcmp(s + m->end - tn, tails[k].w.w, tn) != 0)
				continue;
			/* A product's edition is no airline ("iPad Air"). */
			if (tn == 4 && memcmp(tails[k].w.w, " Air", 4) == 0 &&
			    lexicon_product(s + m->start, m->end - tn - m->start))
				break;
			/* A court by its kind ("District Court"): "Earls Court"
			 * is a place. */
			if (tails[k].only == TAIL_COURT) {
				static const struct ner_lit courts[] = {
					NER_LIT("District"), NER_LIT("Circuit"),	 NER_LIT("Supreme"),
					NER_LIT("High"),     NER_LIT("County"),	 NER_LIT("Magistrates"),
					NER_LIT("Crown"),    NER_LIT("Appeals"),	 NER_LIT("Federal"),
					NER_LIT("Superior"), NER_LIT("Family"),	 NER_LIT("Municipal"),
					NER_LIT("Constitutional"), NER_LIT("Criminal"), NER_LIT("Juvenile"),
				};
				size_t ce = m->end - tn, cs = ner_word_start(s, m->start, ce);
				if (!NER_LIT_IN(courts, s + cs, ce - cs))
					break;
			}
			if (tails[k].only == TAIL_AWARDED) {
				size_t a = m->start;
				if (a < 5 || memcmp(s + a - 5, " the ", 5) != 0)
					break;
				/* After the verb, or after "and the" another award
				 * this pass made ("the Military Cross and the
				 * Victoria Cross"). */
				int after = ner_word_before_in(s, a - 4, verbs) ||
					    (award_end != SIZE_MAX && award_end + 9 == a &&
					     memcmp(s + a - 9, " and the ", 9) == 0);
				if (!after || (lexicon_lookup(s + a, n) & LEX_ORG))
					break;
				award_end = m->end;
			}
			m->type = tails[k].type;
			m->margin = 0;
			break;
		}
	}
}

/* The bytes after the name ending at e that hold a year in brackets
 * (" (1997)", " ( 1997 )" of text split into tokens), or 0. */
static size_t ner_year_brackets(const char *s, size_t len, size_t e)
{
	size_t p = e;
	if (p + 7 > len || s[p] != ' ' || s[p + 1] != '(')
		return 0;
	p += 2 + (s[p + 2] == ' ');
	size_t d = p;
	while (p < len && p - d < 5 && s[p] >= '0' && s[p] <= '9')
		p++;
	if (p - d != 4 || !((s[d] == '1' && (s[d + 1] == '8' || s[d + 1] == '9')) || (s[d] == '2' && s[d + 1] == '0')))
		return 0;
	p += p < len && s[p] == ' ';
	return p < len && s[p] == ')' ? p + 1 - e : 0;
}

/* Whether a word of films, music or books stands in the 80 bytes before
 * byte a, on its line and after the last full stop ("made her film debut
 * in", "for her role in"). */
static int ner_work_words_before(const char *s, size_t a)
{
	static const struct ner_lit words[] = { NER_LIT("film"),     NER_LIT("films"),	  NER_LIT("movie"),
						NER_LIT("role"),     NER_LIT("starred"),  NER_LIT("directed"),
						NER_LIT("album"),    NER_LIT("novel"),	  NER_LIT("debut"),
						NER_LIT("documentary"), NER_LIT("series"), NER_LIT("sitcom") };
	size_t b = a;
	while (b > 0 && a - b < 80 && s[b - 1] != '\n' && !(s[b - 1] == '.' && b < a && s[b] == ' '))
		b--;
	for (size_t w = b; w < a;) {
		size_t e = w;
		while (e < a && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e > w && NER_LIT_IN(words, s + w, e - w) && (w == 0 || !ner_word_byte(s[w - 1])))
			return 1;
		w = e + 1;
	}
	return 0;
}

/* Names with a year in brackets after them are works where the story
 * gives one of them, an other name, so ("The band's second album, Quiet
 * Engines (1994) ... followed by Glass Harbour (1997) and The Long Field
 * (2001)"): a discography's or a filmography's list, which the model
 * reads as places and bodies by their words. A person's name with a
 * given name keeps its type (a life's years are written so). */
static void ner_year_works(const char *s, size_t len, struct ner_list *l)
{
	int work = 0, other = 0;
	for (size_t i = 0; i < l->n && !(work && other); i++) {
		const struct ner_mention *m = &l->v[i];
		/* A blank and a bracket after it, asked first. */
		if (m->end + 7 > len || s[m->end + 1] != '(' || m->type == NER_DATE || m->type == NER_GROUP ||
		    !ner_year_brackets(s, len, m->end))
			continue;
		if (m->type == NER_MISC)
			work = 1;
		else
			other = 1;
		/* Or a work's word before it in its sentence ("for her role in
		 * Autumn Kessel (2011)"). */
		if (m->type != NER_MISC && ner_work_words_before(s, m->start))
			work = 1;
	}
	if (!work || !other)
		return;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PLACE && m->type != NER_ORG && m->type != NER_PERSON) || m->end + 7 > len ||
		    s[m->end + 1] != '(' || !ner_year_brackets(s, len, m->end))
			continue;
		/* A given name first, or alone ("Harwick, Tomas (2007)" of a
		 * reference). */
		if (m->type == NER_PERSON &&
		    (lexicon_lookup(s + m->start, ner_space_end(s, m->start, m->end) - m->start) & LEX_FIRST_NAME))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A title no word of which the model took, with its year in brackets,
 * right after a work's kind ("His first novel, Things Fall Apart (1958),"
 * "the album Rivers Run Dry (2004)"): every word capitalised but for a
 * title's small words, the first and last capitalised. The kind and the
 * year say it is a work's name, ordinary words and all. */
static void ner_apposed_titles(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n, mi = 0;
	for (const char *p = s; (p = memchr(p, '(', len - (size_t)(p - s))) != NULL; p++) {
		size_t e = (size_t)(p - s);
		if (e < 8 || s[e - 1] != ' ' || !ner_year_brackets(s, len, e - 1))
			continue;
		/* The title's words back from the bracket, six at most. */
		size_t a = e - 1, first = e - 1;
		int words = 0, last_cap = 0;
		while (words < 6 && a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n') {
			size_t ws = ner_word_start(s, 0, a);
			if (ner_upper_at(s, ws)) {
				first = ws;
				last_cap |= words == 0;
			} else if (!ner_small_word(s + ws, a - ws) || words == 0) {
				break;
			}
			words++;
			if (ws < 2 || s[ws - 1] != ' ')
				break;
			a = ws - 1;
		}
		/* A kind of work's word must stand before the title. */
		if (!words || !last_cap || first >= e - 1 || first < 3)
			continue;
		/* Before the first capitalised word: the kind, then a comma or
		 * not. */
		size_t ke = first - 1;
		if (ke >= 2 && s[ke - 1] == ',') {
			ke--;
			/* "novel , Things" in text split into tokens. */
			if (ke >= 2 && s[ke - 1] == ' ')
				ke--;
		}
		size_t ks = ner_word_start(s, 0, ke);
		size_t b = e - 1;
		while (mi < n0 && l->v[mi].end <= first)
			mi++;
		/* Or a list's joint after a work and its year ("Paper Lanterns
		 * (2010) and Small Hours (2014)"). */
		int listed = 0;
		size_t pw = mi;
		/* The work before, past its year's date. */
		while (pw > 0 && l->v[pw - 1].type == NER_DATE && mi - pw < 2)
			pw--;
		if (pw > 0 && l->v[pw - 1].type == NER_MISC) {
			size_t yb = ner_year_brackets(s, len, l->v[pw - 1].end), j = l->v[pw - 1].end + yb;
			if (yb && j < first) {
				/* " , " in text split into tokens. */
				j += s[j] == ' ' && s[j + 1] == ',';
				j += s[j] == ',';
				j += s[j] == ' ';
				if (j + 4 <= first && memcmp(s + j, "and ", 4) == 0)
					j += 4;
				listed = j == first;
			}
		}
		if (!listed && (ks >= ke || ner_kind_type(s, ks, ke, 0) != NER_MISC))
			continue;
		/* A listed title's article is outside it, as ANNOTATION.md has
		 * "the" ("and The Long Field (2001)"). */
		if (listed) {
			size_t fe = ner_space_end(s, first, b);
			if (fe < b && (ner_lit_is("The", s + first, fe - first) || ner_lit_is("A", s + first, fe - first) ||
				       ner_lit_is("An", s + first, fe - first)))
				first = fe + 1;
			while (mi < n0 && l->v[mi].end <= first)
				mi++;
		}
		/* No name the model found across it; those inside give way. */
		int across = 0;
		for (size_t j = mi; j < n0 && l->v[j].start < b; j++)
			across |= l->v[j].start < first || l->v[j].end > b;
		if (across || (mi < n0 && l->v[mi].start == first && l->v[mi].end == b))
			continue;
		for (size_t j = mi; j < n0 && l->v[j].start < b; j++)
			l->v[j].type = NER_NTYPES;	/* dropped below */
		ner_push(l, first, b, NER_MISC);
	}
	ner_drop_marked(l, n0);
}

/* The end of an acronym in brackets right after byte e of s[0..n) (" (QRS)",
 * or " ( QRS )" as text split into tokens has it): up to eight capitals,
 * their start into *a; e where there is none. */
static size_t ner_bracket_acronym(const char *s, size_t n, size_t e, size_t *a)
{
	*a = e;
	if (e + 4 > n || s[e] != ' ' || s[e + 1] != '(')
		return e;
	size_t b = e + 2 + (s[e + 2] == ' '), z = b;
	while (z < n && s[z] >= 'A' && s[z] <= 'Z' && z - b <= 8)
		z++;
	if (z == b || z - b > 8 || z >= n || !(s[z] == ')' || (z + 1 < n && s[z] == ' ' && s[z + 1] == ')')))
		return e;
	*a = b;
	return z;
}

/* A name the model cut before its acronym in brackets spells it whole:
 * "the [Philippine Atmospheric], Geophysical and [Astronomical Services
 * Administration] (PAGASA)" is one name, of the last part's type. The
 * words before the mention are read back while their initials end the
 * acronym; links ("of", "and", "for", "the", "&") and commas between
 * are the name's. The whole is a body's where a part is. */
static void ner_acronym_starts(const char *s, size_t n, struct ner_list *l)
{
	static const struct ner_lit links[] = { NER_LIT("of"), NER_LIT("and"), NER_LIT("for"), NER_LIT("the"),
						NER_LIT("&") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_PERSON || (gone && gone[i]))
			continue;
		/* The acronym: three to eight capitals. */
		size_t a, z = ner_bracket_acronym(s, n, m->end, &a);
		if (z < a + 3)
			continue;
		/* Back over the words from the mention's end: k letters of the
		 * acronym are left to match, from its end. */
		size_t k = z - a, p = m->end, start = m->end;
		int words = 0;
		while (k > 0 && p > 0 && words < 12) {
			size_t e = p;
			while (e > 0 && s[e - 1] == ' ')
				e--;
			if (e < p && e > 0 && s[e - 1] == ',')
				e--;	/* a comma ends the word before */
			while (e > 0 && s[e - 1] == ' ')
				e--;
			size_t b = e;
			while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n' && s[b - 1] != '(' && s[b - 1] != ',')
				b--;
			if (b == e)
				break;
			if (s[b] >= 'A' && s[b] <= 'Z' && e - b >= 2 && s[e - 1] != '.') {
				if (s[b] != s[a + k - 1])
					break;
				k--;
				start = b;
			} else if (!NER_LIT_IN(links, s + b, e - b)) {
				break;
			}
			p = b;
			words++;
		}
		if (k > 0 || start >= m->start)
			continue;
		/* The mentions it covers go; not where one runs on from
		 * before it. */
		size_t q0 = i;
		while (q0 > 0 && l->v[q0 - 1].end > start)
			q0--;
		if (q0 < i && l->v[q0].start < start)
			continue;
		for (size_t q = q0; q < i; q++) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[q] = 1;
			/* A body's part makes the whole a body's ("[Bank of
			 * Tarvel] and [Kuwait] (BTK)"). */
			if (l->v[q].type == NER_ORG)
				m->type = NER_ORG;
		}
		m->start = start;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* Whether the words' first letters w[0..nw) spell the acronym c[0..cn):
 * a word's letter with its high bit set (a link's, "of") may be left
 * out. */
static int ner_initials_spell(const char *w, size_t nw, const char *c, size_t cn)
{
	if (nw == 0)
		return cn == 0;
	char x = (char)(w[0] & 0x7f);
	if (cn && c[0] == x && ner_initials_spell(w + 1, nw - 1, c + 1, cn - 1))
		return 1;
	return (w[0] & 0x80) && ner_initials_spell(w + 1, nw - 1, c, cn);
}

/* An acronym in brackets right after the name of a body or an other
 * name it abbreviates is of the name's type ("Bank Indonesia (BI)",
 * which the model read as a place): its letters are the name's
 * initials. Not a place's, which the model misreads more often than its
 * acronym ("Velder Graan Mij (VGM)"). */
static void ner_acronym_types(const char *s, size_t n, struct ner_list *l)
{
	for (size_t i = 0; i + 1 < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		struct ner_mention *a = &l->v[i + 1];
		size_t an = a->end - a->start, as;
		if (a->type == m->type || (m->type != NER_ORG && m->type != NER_MISC) || a->type == NER_DATE || an < 2 ||
		    ner_bracket_acronym(s, n, m->end, &as) != a->end || as != a->start)
			continue;
		/* The name's capitalised words' initials; a link's may be in
		 * it or not ("Department of Health (DOH)"). */
		char first[16];
		size_t nw = 0;
		for (size_t p = m->start; p < m->end && nw < sizeof first;) {
			size_t e = ner_space_end(s, p, m->end);
			if (s[p] >= 'A' && s[p] <= 'Z')
				first[nw++] = s[p];
			else if (ner_lit_is("of", s + p, e - p) || ner_lit_is("and", s + p, e - p) ||
				 ner_lit_is("for", s + p, e - p) || ner_lit_is("on", s + p, e - p))
				first[nw++] = (char)(s[p] - 'a' + 'A') | (char)0x80;
			p = e + 1;
		}
		if (nw < sizeof first && ner_initials_spell(first, nw, s + a->start, an)) {
			a->type = m->type;
			a->margin = 0;
		}
	}
}

/* A place, a comma and a name the lists know as a place that the model
 * read as a body, after "in", "near" or "from", the phrase ending there
 * ("based in Harwick , Lancashire .", "born in Kessby, Surrey, in 1950"):
 * the county or the country the place is in, though a cricket story's
 * training made the county a club. Not before a verb or a score ("At Old
 * Trafford , Lancashire 250"). */
static void ner_place_comma_places(const char *s, size_t n, struct ner_list *l)
{
	static const char *const preps[] = { "in", "near", "from", NULL };
	for (size_t i = 1; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i - 1];
		if (m->type != NER_ORG || p->type != NER_PLACE)
			continue;
		size_t g = m->start - p->end;
		if (!((g == 2 && s[p->end] == ',' && s[p->end + 1] == ' ') ||
		      (g == 3 && memcmp(s + p->end, " , ", 3) == 0)))
			continue;
		size_t e = m->end + (m->end < n && s[m->end] == ' ');
		if (!(e >= n || strchr(",.;)\n", s[e])))
			continue;
		if (!(lexicon_lookup(s + m->start, m->end - m->start) & (LEX_REGION | LEX_COUNTRY | LEX_CITY)) ||
		    !ner_word_before_in(s, p->start, preps))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* A football club named for its town ("Cardiff City", "Luton Town"):
 * a place's name as the model reads it, but where the story is about
 * the game and the town alone is a city the lists know and the whole no
 * place they know ("Mexico City", "Cape Town"), the club's (ORG), as
 * CoNLL writes them. */
static void ner_club_towns(const char *s, size_t n, struct ner_list *l)
{
	/* Words of the game alone: "goal" and "match" are any story's. */
	static const char *const game[] = { "League", "relegat", " goals ", " Cup", "striker", "midfield", "goalkeeper",
					    NULL };
	int sport = -1;	/* unknown until a name asks */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t len = m->end - m->start;
		if (m->type != NER_PLACE || len < 8 ||
		    (memcmp(s + m->end - 5, " City", 5) != 0 && memcmp(s + m->end - 5, " Town", 5) != 0))
			continue;
		unsigned town = lexicon_lookup(s + m->start, len - 5);
		if (!(town & LEX_CITY) || (town & (LEX_COUNTRY | LEX_REGION)) || lexicon_lookup(s + m->start, len))
			continue;
		if (sport < 0) {
			sport = 0;
			for (int k = 0; game[k] && !sport; k++)
				sport = text_find(s, n, game[k], strlen(game[k])) != NULL;
		}
		if (!sport)
			return;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* Mention i of l takes in mention i + 1, as one name of type; *gone
 * (made on first use, for ner_drop_gone over the first n0) marks the
 * second to drop. */
static void ner_merge_next(struct ner_list *l, size_t i, enum ner_type type, unsigned char **gone, size_t n0)
{
	l->v[i].end = l->v[i + 1].end;
	l->v[i].type = type;
	l->v[i].margin = 0;
	if (!*gone)
		*gone = xcalloc(n0, 1);
	(*gone)[i + 1] = 1;
}

/* A weekday or a month that starts a person's name is a given name, as
 * Nigeria and Ghana give weekdays and English speakers "April", "May",
 * "June" and "August" ("Striker Sunday Okafor", "Nigerian international
 * Monday Eze", "elder June Tarrant"): after a title, a role, a people's
 * word, "international", another given name and "and" ("Otto and August
 * Kessby") or at a sentence's start, right before a name the model read as
 * a person's. Not after words of time or saying ("said
 * Sunday Okafor would", "on Sunday", "In June Kessler said"). */
static void ner_calendar_names(const char *s, struct ner_list *l)
{
	static const struct ner_lit months[] = { NER_LIT("April"), NER_LIT("May"), NER_LIT("June"), NER_LIT("August") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		struct ner_mention *d = &l->v[i], *p = &l->v[i + 1];
		if (d->type != NER_DATE || p->type != NER_PERSON || p->start != d->end + 1 || s[d->end] != ' ' ||
		    !((lexicon_lookup(s + d->start, d->end - d->start) & LEX_WEEKDAY) ||
		      NER_LIT_IN(months, s + d->start, d->end - d->start)))
			continue;
		size_t b = d->start;
		int ok = 0;
		if (b == 0 || s[b - 1] == '\n' || s[b - 1] == '"' || s[b - 1] == '(') {
			ok = 1;
		} else if (s[b - 1] == ' ' && b >= 2) {
			if (s[b - 2] == '.' || s[b - 2] == '\n') {
				ok = 1;
			} else {
				size_t ws = ner_word_start(s, 0, b - 1);
				unsigned c = lexicon_lookup(s + ws, b - 1 - ws);
				ok = (c & (LEX_TITLE | LEX_ROLE | LEX_DEMONYM)) && !(c & LEX_SPEECH_VERB);
				ok = ok || ner_lit_is("international", s + ws, b - 1 - ws);
				/* After another given name and "and" ("Otto and
				 * August Kessler"). */
				const struct ner_mention *g = i > 0 ? &l->v[i - 1] : NULL;
				ok = ok || (g && ner_lit_is("and", s + ws, b - 1 - ws) && g->type == NER_PERSON &&
					    g->end + 1 == ws && !ner_chr(s, s + g->start, ' ', g->end - g->start));
			}
		}
		if (ok)
			ner_merge_next(l, i, NER_PERSON, &gone, n0);
	}
	ner_drop_gone(l, gone, n0);
	/* A person's name the model began with the month or the weekday that
	 * a word of time puts first ("In June Kessler said", "until Monday
	 * Okafor"): the date and the person are two. Not "by" or "from",
	 * which a byline and a letter put before a name ("by June Tarrant"). */
	static const struct ner_lit times[] = { NER_LIT("In"), NER_LIT("in"), NER_LIT("On"), NER_LIT("on"),
						NER_LIT("Since"), NER_LIT("since"), NER_LIT("Until"), NER_LIT("until"),
						NER_LIT("During"), NER_LIT("during"), NER_LIT("early"), NER_LIT("late"),
						NER_LIT("last"), NER_LIT("next") };
	size_t n1 = l->n;
	for (size_t i = 0; i < n1; i++) {
		struct ner_mention *p = &l->v[i];
		if (p->type != NER_PERSON || p->start < 3 || s[p->start - 1] != ' ' || s[p->start - 2] < 'a' ||
		    s[p->start - 2] > 'z')
			continue;
		size_t ws = ner_word_start(s, 0, p->start - 1);
		if (!NER_LIT_IN(times, s + ws, p->start - 1 - ws))
			continue;
		size_t fw = ner_space_end(s, p->start, p->end);
		if (fw >= p->end || !(s[fw + 1] >= 'A' && s[fw + 1] <= 'Z') ||
		    !((lexicon_lookup(s + p->start, fw - p->start) & LEX_WEEKDAY) ||
		      NER_LIT_IN(months, s + p->start, fw - p->start)))
			continue;
		ner_push(l, p->start, fw, NER_DATE);
		l->v[i].start = fw + 1;
		l->v[i].margin = 0;
	}
	if (l->n > n1)
		ner_sort_mentions(l->v, l->n);
}

/* A name the model read as a person's, where a verb of going and "to" or
 * "into" stand before it ("troops marched to Dunmore", "fled into
 * Varnia", "retreated to Castel Morano"), is a place: one goes to a
 * person as "to see" or "toward" one. Not a name a list knows as other
 * than a place (a given name, a university), one a given name starts, nor
 * one word no list knows that is the surname of a person the story names
 * in full. */
static void ner_motion_places(const char *s, struct ner_list *l)
{
	static const struct ner_lit verbs[] = {
		NER_LIT("marched"),  NER_LIT("travelled"), NER_LIT("traveled"), NER_LIT("flew"),
		NER_LIT("fled"),     NER_LIT("sailed"),	   NER_LIT("retreated"), NER_LIT("advanced"),
		NER_LIT("relocated"), NER_LIT("emigrated"), NER_LIT("migrated"), NER_LIT("deported"),
		NER_LIT("evacuated"), NER_LIT("headed"),	   NER_LIT("drove"),	 NER_LIT("moved"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON || m->start < 12)
			continue;
		/* Of more words, none a given name first ("retreated to Castel
		 * Morano"; not "moved to Anna Kessel's home"). */
		size_t fw = ner_space_end(s, m->start, m->end);
		if (fw < m->end && (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME))
			continue;
		size_t p = m->start - 1;
		if (s[p] != ' ')
			continue;
		size_t ps = ner_word_start(s, 0, p);
		if (!ner_lit_is("to", s + ps, p - ps) && !ner_lit_is("into", s + ps, p - ps))
			continue;
		if (ps < 2 || s[ps - 1] != ' ')
			continue;
		size_t vs = ner_word_start(s, 0, ps - 1);
		if (!NER_LIT_IN(verbs, s + vs, ps - 1 - vs))
			continue;
		/* A place a list knows is the place, whoever has it for a
		 * surname ("Kevin Holland flew to Holland"). */
		unsigned cls = lexicon_lookup(s + m->start, m->end - m->start);
		if (cls && !(cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION)))
			continue;
		int surname = 0;
		for (size_t k = 0; k < l->n && !surname && !cls; k++) {
			const struct ner_mention *o = &l->v[k];
			size_t on = o->end - o->start, n = m->end - m->start;
			surname = o->type == NER_PERSON && on > n + 1 && s[o->end - n - 1] == ' ' &&
				  memcmp(s + o->end - n, s + m->start, n) == 0;
		}
		if (!surname) {
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
}

/* Two regions joined by "&" are a company's name ("Genesee & Wyoming",
 * "Chesapeake & Ohio", as "Barnes & Noble"): news joins places with
 * "and", firms with "&"; but for a country the lists know so ("Antigua &
 * Barbuda"), which is one place. */
static void ner_ampersand_firms(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		struct ner_mention *a = &l->v[i], *b = &l->v[i + 1];
		const unsigned place = LEX_COUNTRY | LEX_CITY | LEX_REGION;
		if (a->type != NER_PLACE || b->type != NER_PLACE || b->start != a->end + 3 ||
		    memcmp(s + a->end, " & ", 3) != 0 || (gone && gone[i]) ||
		    (lexicon_lookup(s + a->start, b->end - a->start) & place))
			continue;
		/* The lists write "and": a country they know so is one
		 * ("Antigua & Barbuda"). */
		char buf[96];
		size_t an = a->end - a->start, bn = b->end - b->start;
		if (an + bn + 5 > sizeof buf)
			continue;
		memcpy(buf, s + a->start, an);
		memcpy(buf + an, " and ", 5);
		memcpy(buf + an + 5, s + b->start, bn);
		int country = (lexicon_lookup(buf, an + 5 + bn) & place) != 0;
		/* Not a town or a country, which a dateline or a headline lists
		 * so ("Kampala & Entebbe, Jul 19", "Flights to Tarvelo &
		 * Haiti"): a firm's are regions and rivers ("Chesapeake &
		 * Ohio"). */
		if (!country && ((lexicon_lookup(s + a->start, an) | lexicon_lookup(s + b->start, bn)) &
				 (LEX_CITY | LEX_COUNTRY)))
			continue;
		ner_merge_next(l, i, country ? NER_PLACE : NER_ORG, &gone, n0);
	}
	ner_drop_gone(l, gone, n0);
}

/* A railway or a canal named for the two towns it joins is one name:
 * "the Callander and Oban Railway", which the model reads as a town and a
 * railway. Only after "the", which the whole takes ("between Glasgow and
 * Oban Railway station" is two). */
static void ner_line_pairs(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = { NER_LIT(" Railway"), NER_LIT(" Railroad"), NER_LIT(" Canal"),
						NER_LIT(" Tramway"), NER_LIT(" Navigation") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		struct ner_mention *a = &l->v[i], *b = &l->v[i + 1];
		if (a->type == NER_DATE || b->type == NER_DATE || b->start != a->end + 5 ||
		    memcmp(s + a->end, " and ", 5) != 0 || a->start < 4 || !ner_after_the(s, a->start) ||
		    (gone && gone[i]))
			continue;
		size_t hw = b->end;
		while (hw > b->start && s[hw - 1] != ' ')
			hw--;
		if (hw > b->start && NER_LIT_IN(heads, s + hw - 1, b->end - hw + 1))
			ner_merge_next(l, i, b->type, &gone, n0);
	}
	ner_drop_gone(l, gone, n0);
}

/* The name after "née" (or "nee") is a person's maiden name ("his wife
 * Gwen (née Morgan)"): one or two capitalised words the model left, a
 * person's; and a name the model ran on over the word is two ("Mary Holt
 * nee Brennock"). Looked for after a person's name only, where the word
 * stands, not in the whole text. */
static void ner_maiden_names(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit words[] = { NER_LIT("n\xc3\xa9" "e "), NER_LIT("nee ") };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON)
			continue;
		/* Inside the name, or right after it (a bracket between). */
		size_t a = 0, b = 0;
		for (size_t k = 0; k < sizeof words / sizeof *words && !b; k++) {
			const char *p = ner_find(s, s + m->start, m->end - m->start, words[k].w, words[k].n);
			if (p && (size_t)(p - s) >= m->start + 2 && p[-1] == ' ' && (size_t)(p - s) + words[k].n < m->end) {
				a = (size_t)(p - s);
				b = a + words[k].n;
			}
		}
		if (b) {
			size_t end = m->end;
			m->end = a - 1;
			m->margin = 0;
			ner_push(l, b, end, NER_PERSON);
			continue;
		}
		size_t p = m->end;
		if (p + 1 < len && s[p] == ' ' && s[p + 1] == '(')
			p += 2;
		else if (p + 1 < len && (s[p] == ' ' || s[p] == '(' || s[p] == ','))
			p += 1 + (s[p] == ',' && s[p + 1] == ' ');
		else
			continue;
		if (p < len && s[p] == ' ')
			p++;
		for (size_t k = 0; k < sizeof words / sizeof *words && !b; k++)
			if (p + words[k].n < len && memcmp(s + p, words[k].w, words[k].n) == 0)
				b = p + words[k].n;
		if (!b)
			continue;
		/* One or two capitalised words, no mention's. */
		size_t e = b;
		for (int w = 0; w < 2 && e < len && s[e] >= 'A' && s[e] <= 'Z'; w++) {
			size_t x = e + 1;
			while (x < len && ((s[x] >= 'a' && s[x] <= 'z') || (unsigned char)s[x] >= 0x80))
				x++;
			if (x - e < 2)
				break;
			e = x;
			if (!(x + 1 < len && s[x] == ' ' && s[x + 1] >= 'A' && s[x + 1] <= 'Z'))
				break;
			e = x + 1;
		}
		while (e > b && s[e - 1] == ' ')
			e--;
		size_t from = i + 1;
		if (e > b && ner_span_free(l, n0, &from, b, e))
			ner_push(l, b, e, NER_PERSON);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* An airport's codes in an encyclopedia's brackets ("(IATA: HDN, ICAO:
 * ENHD)") are no names: letters of a code, not of a body. */
static void ner_airport_codes(const char *s, struct ner_list *l)
{
	static const struct ner_lit labels[] = { NER_LIT("IATA: "), NER_LIT("ICAO: "), NER_LIT("IATA : "),
						 NER_LIT("ICAO : ") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t b = m->start, len = m->end - b;
		int code = len >= 3 && len <= 4 && b >= 6 && (s[b - 2] == ':' || s[b - 2] == ' ');
		for (size_t k = 0; code && k < len; k++)
			code = s[b + k] >= 'A' && s[b + k] <= 'Z';
		if (code) {
			size_t ls = b >= 7 && s[b - 3] == ' ' ? b - 7 : b - 6;
			code = NER_LIT_IN(labels, s + ls, b - ls);
		}
		if (!code)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* Whether mention m stands right after one of the cues (each ending in
 * the word tail and a blank: "works by ", tail " by "), the cue ending at
 * byte b (m's start, or before a word of its own), or in the list such a
 * name starts: after the list's last name, ending at *last, and a comma
 * or "and". *last becomes m's end where it does, else 0 (it starts at
 * 0). */
static inline int ner_listed_after(const char *s, const struct ner_mention *m, size_t b, struct ner_lit tail,
				   const struct ner_lit *cues, size_t ncues, size_t *last)
{
	int after = *last && *last <= b && ner_list_joint(s, *last, b);
	/* The tail first: most names follow none. */
	if (!after && b > tail.n && s[b - 1] == ' ' && s[b - 2] == tail.w[tail.n - 2] &&
	    memcmp(s + b - tail.n, tail.w, tail.n) == 0)
		for (size_t k = 0; k < ncues && !after; k++) {
			size_t cn = cues[k].n;
			after = b >= cn + 1 && memcmp(s + b - cn, cues[k].w, cn) == 0 && !ner_alnum_at(s, b - cn - 1);
		}
	*last = after ? m->end : 0;
	return after;
}

/* The names of a list before a plural kind of place are places ("in
 * Kogi, Imo and Bayelsa states", "at Apapa and Tin Can Island ports"),
 * where no list knows them as something else: the model reads a name
 * alone, the list's last word says what they all are. */
static void ner_place_kind_lists(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit kinds[] = {
		NER_LIT("states"),    NER_LIT("provinces"), NER_LIT("counties"),	NER_LIT("regions"),
		NER_LIT("districts"), NER_LIT("prefectures"), NER_LIT("municipalities"), NER_LIT("governorates"),
		NER_LIT("ports"),     NER_LIT("islands"),   NER_LIT("villages"),	NER_LIT("towns"),
		NER_LIT("cities"),    NER_LIT("suburbs"),   NER_LIT("neighbourhoods"), NER_LIT("neighborhoods"),
		NER_LIT("rivers"),    NER_LIT("lakes"),	    NER_LIT("camps"),		NER_LIT("dams"),
	};
	/* The words that may say what kind of them ("refugee camps"): a verb
	 * between would make people's names places ("Kessler and Varn
	 * visited towns"). */
	static const struct ner_lit mods[] = {
		NER_LIT("refugee"), NER_LIT("border"),	  NER_LIT("coastal"),	    NER_LIT("rural"),
		NER_LIT("fishing"), NER_LIT("mining"),	  NER_LIT("military"),	    NER_LIT("hydropower"),
		NER_LIT("hydroelectric"), NER_LIT("island"), NER_LIT("frontier"),
	};
	for (size_t j = 1; j < l->n; j++) {
		/* The word after a name first (most are none of the kinds),
		 * then the list it ends, of two names or more; one of the
		 * words of a kind may come between ("refugee camps"). */
		size_t e = l->v[j].end, w = e + 1, x = w;
		/* The first letters of the kinds and of the words before them. */
		if (e + 6 > len || s[e] != ' ' || !strchr("spcrdmgitvnlbfh", s[w]) || s[w] == '\0')
			continue;
		while (x < len && s[x] >= 'a' && s[x] <= 'z')
			x++;
		if (s[x - 1] != 's' && strchr("rbcfmhi", s[w]) && NER_LIT_IN(mods, s + w, x - w) && x + 5 < len &&
		    s[x] == ' ') {
			w = x + 1;
			x = w;
			while (x < len && s[x] >= 'a' && s[x] <= 'z')
				x++;
		}
		/* Every kind is a plural in "s" ("said" is none). */
		if (x - w < 4 || s[x - 1] != 's' || (x < len && ner_alnum_at(s, x)) ||
		    !NER_LIT_IN(kinds, s + w, x - w))
			continue;
		size_t i = j;
		while (i > 0 && l->v[i - 1].end <= l->v[i].start && ner_list_joint(s, l->v[i - 1].end, l->v[i].start))
			i--;
		for (size_t k = i; i < j && k <= j; k++) {
			struct ner_mention *m = &l->v[k];
			unsigned c = lexicon_lookup(s + m->start, m->end - m->start);
			/* A list may know it as a place too ("Imo", a state
			 * and the IMO). */
			if (m->type == NER_DATE || m->type == NER_GROUP || m->type == NER_PLACE ||
			    (ner_lex_type(c) >= 0 && !(c & (LEX_COUNTRY | LEX_CITY | LEX_REGION))))
				continue;
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
}

/* The names after a plural of works a person makes and "by" are people
 * ("works by Rubens, Rembrandt and Delacroix", "paintings by ..."),
 * where no list knows them as something else: the model reads a painter
 * known by one name by that name's other uses. Not songs, films or
 * albums, which a band or a studio makes. */
static void ner_maker_people(const char *s, struct ner_list *l)
{
	static const struct ner_lit makers[] = {
		NER_LIT("works by "),	    NER_LIT("paintings by "), NER_LIT("drawings by "), NER_LIT("sculptures by "),
		NER_LIT("poems by "),	    NER_LIT("novels by "),    NER_LIT("etchings by "), NER_LIT("portraits by "),
		NER_LIT("compositions by "), NER_LIT("operas by "),    NER_LIT("symphonies by "),
	};
	static const struct ner_lit by = NER_LIT(" by ");
	size_t last = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (!ner_listed_after(s, m, m->start, by, makers, sizeof makers / sizeof *makers, &last) ||
		    m->type == NER_PERSON || m->type == NER_DATE || m->type == NER_GROUP ||
		    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) >= 0)
			continue;
		m->type = NER_PERSON;
		m->margin = 0;
	}
}

/* A name after a cue that says what body it is, the list's names all
 * (ner_listed_after), is that body's where the model read it otherwise:
 * - one a band tours with is a band's ("toured with Arctic Monkeys and
 *   Coldplay"; one tours in a place, with a band), where the model read a
 *   place, a work ("and The Shins") or a person no given name starts
 *   ("Modest Mouse"; a solo singer tours too);
 * - one plays for is a team's ("played for the Harwick Knight Riders",
 *   "made his debut for Lahore Qalandars"), as CoNLL types a club named
 *   for its town, where the model read a place or a work; not a
 *   country's, which CoNLL types a place's as its national team's;
 * - a record is released on a label ("released on Kill Rock Stars"),
 *   where the model read a place no list knows; a work or a medium
 *   stays.
 * One walk over the mentions for the three. */
static void ner_cue_bodies(const char *s, struct ner_list *l)
{
	static const struct ner_lit tour[] = { NER_LIT("toured with "), NER_LIT("touring with "),
					       NER_LIT("tour with "), NER_LIT("tours with ") };
	static const struct ner_lit play[] = { NER_LIT("played for "), NER_LIT("plays for "), NER_LIT("playing for "),
					       NER_LIT("debut for "),  NER_LIT("signed for "), NER_LIT("scored for "),
					       NER_LIT("appearances for "), NER_LIT("appeared for ") };
	static const struct ner_lit released[] = { NER_LIT("released on "), NER_LIT("reissued on "),
						   NER_LIT("issued on ") };
	static const struct ner_lit with = NER_LIT(" with "), for_ = NER_LIT(" for "), on = NER_LIT(" on ");
	size_t last_tour = 0, last_play = 0, last_on = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* A band's "the" ("toured with the Velvet Harps", "and The
		 * Shins"), a team's or a label's in lower case. */
		int the = m->start >= 14 && ner_lit_is_nocase("the ", s + m->start - 4, 4);
		size_t b = the ? m->start - 4 : m->start, bl = the && s[m->start - 4] == 't' ? b : m->start;
		/* Each cue is asked at each name: the lists run on. */
		int toured = ner_listed_after(s, m, b, with, tour, sizeof tour / sizeof *tour, &last_tour);
		int played = ner_listed_after(s, m, bl, for_, play, sizeof play / sizeof *play, &last_play);
		int issued = ner_listed_after(s, m, bl, on, released, sizeof released / sizeof *released, &last_on);
		if ((toured && (m->type == NER_PLACE || m->type == NER_MISC ||
				(m->type == NER_PERSON && ner_chr(s, s + m->start, ' ', m->end - m->start) &&
				 !ner_given_name_first(s, m)))) ||
		    (played && (m->type == NER_PLACE || m->type == NER_MISC) &&
		     !(lexicon_lookup(s + m->start, m->end - m->start) & LEX_COUNTRY)) ||
		    (issued && m->type == NER_PLACE && ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) < 0)) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
}

/* A name with its own "The" after a person's name and "of" is the body
 * the person belongs to ("Nina Persson of The Cardigans", "Ann Kessel of
 * The Velvet Harps"), a band's, where the model read a work or a place:
 * a work's title has its author first ("the author of The Hobbit" has no
 * person's name before "of"). */
static void ner_person_of_the_bands(const char *s, struct ner_list *l)
{
	for (size_t i = 1; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i - 1];
		if ((m->type != NER_MISC && m->type != NER_PLACE) || p->type != NER_PERSON ||
		    m->start != p->end + 8 || memcmp(s + p->end, " of The ", 8) != 0)
			continue;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* A name between "the" and "series", "trilogy" or "saga" is the series
 * of works' ("the third installment in the Velmora series"), where the
 * model read a place's, a body's or a surname's ("franchise" is a
 * business's as often); not where the series' title follows. */
static void ner_series_names(const char *s, size_t len, struct ner_list *l)
{
	static const char *const kinds[] = { "series", "trilogy", "saga", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* A blank and an "s" or a "t" after it, asked first. */
		if (m->end + 5 >= len || s[m->end] != ' ' || (s[m->end + 1] != 's' && s[m->end + 1] != 't') ||
		    (m->type != NER_PLACE && m->type != NER_ORG && m->type != NER_PERSON) || m->start < 4 ||
		    !ner_lit_is_nocase("the ", s + m->start - 4, 4))
			continue;
		size_t ke = m->end + 1;
		while (ke < len && s[ke] >= 'a' && s[ke] <= 'z')
			ke++;
		int kind = 0;
		for (int k = 0; kinds[k] && !kind; k++)
			kind = ner_lit_is(kinds[k], s + m->end + 1, ke - m->end - 1);
		if (!kind || (m->type == NER_PERSON && ner_given_name_first(s, m)))
			continue;
		/* Not a maker's before its series' title ("the HBO series
		 * Tallow Creek"). */
		if (ke + 1 < len && s[ke] == ' ' && ner_upper_at(s, ke + 1))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A person's first word that ends a title with the word before it is the
 * title's ("Datuk [Seri Harun]" of the title "Datuk Seri"), where the
 * model began the name inside the title. */
static void ner_split_titles(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* A capitalised word before it, asked first. */
		if (m->type != NER_PERSON || a < 3 || s[a - 1] != ' ' || s[a - 2] < 'A' ||
		    ((s[a - 2] < 'a' || s[a - 2] > 'z') && s[a - 2] != '\'' && s[a - 2] != '.'))
			continue;
		size_t fw = ner_space_end(s, a, m->end);
		if (fw >= m->end)
			continue;
		size_t ps = ner_word_start(s, a >= 24 ? a - 24 : 0, a - 1);
		if (ps >= a - 1 || s[ps] < 'A' || s[ps] > 'Z' || (lexicon_lookup(s + a, fw - a) & LEX_TITLE) ||
		    !(lexicon_lookup(s + ps, fw - ps) & LEX_TITLE))
			continue;
		m->start = fw + 1;
		m->margin = 0;
	}
}

static int ner_comma_between(const char *s, size_t a, size_t b);

/* A name after "in" and before a comma and a place a list knows is a
 * town's ("in Tarvel, Iowa", "in Marrowby , North Yorkshire"), where
 * the model read a body's, a person's or an other name; not a name with a
 * body's word ("in Harwick Insurance Corp of Dover, Md.") nor one a list
 * knows as other than a place. */
static void ner_in_town_places(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i + 1 < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start, e = m->end;
		/* "in " before it, asked first. */
		if (m->type == NER_PLACE || m->type == NER_DATE || m->type == NER_GROUP || a < 3 ||
		    (s[a - 1] != ' ' && s[a - 1] != '\n') || (s[a - 2] | 0x20) != 'n' || (s[a - 3] | 0x20) != 'i' ||
		    (a > 3 && s[a - 4] != ' ' && s[a - 4] != '\n'))
			continue;
		const struct ner_mention *p = &l->v[i + 1];
		if (p->type != NER_PLACE || !ner_comma_between(s, e, p->start) ||
		    ner_lex_type(lexicon_lookup(s + p->start, p->end - p->start)) != NER_PLACE)
			continue;
		int lt = ner_lex_type(lexicon_lookup(s + a, e - a));
		if ((lt >= 0 && lt != NER_PLACE) || ner_has_org_word(s, a, e))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
	/* And one between a place and a country, commas between ("the
	 * village of Little Brenton, Somerset, England"): a county, whatever
	 * team of its name the model knew. */
	for (size_t i = 1; i + 1 < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i - 1], *q = &l->v[i + 1];
		if (m->type == NER_PLACE || m->type == NER_DATE || m->type == NER_GROUP || p->type != NER_PLACE ||
		    q->type != NER_PLACE || !ner_comma_between(s, p->end, m->start) ||
		    !ner_comma_between(s, m->end, q->start) ||
		    !(lexicon_lookup(s + q->start, q->end - q->start) & LEX_COUNTRY))
			continue;
		int lt = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
		if ((lt >= 0 && lt != NER_PLACE) || ner_has_org_word(s, m->start, m->end))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* Whether s[a..b) is a comma and a blank, or a comma with blanks around
 * it as text split into tokens has it. */
static int ner_comma_between(const char *s, size_t a, size_t b)
{
	return (b == a + 2 && s[a] == ',' && s[a + 1] == ' ') ||
	       (b == a + 3 && s[a] == ' ' && s[a + 1] == ',' && s[a + 2] == ' ');
}

/* A given name alone before a ruler's numeral is the ruler's name with
 * it ("Louis XIV", "Charles V"), where the model stopped at the name (a
 * surname alone is left be: "Thompson II" is as often a rematch). After
 * the story's names of companies took theirs ("Kevin IV" of Kevin IV
 * Industries Inc). */
static void ner_ruler_numerals(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* A blank and a numeral's letter, asked first. */
		if (m->type != NER_PERSON || e + 2 >= len || s[e] != ' ' || !strchr("IVX", s[e + 1]) ||
		    memchr(s + m->start, ' ', e - m->start) ||
		    !(lexicon_lookup(s + m->start, e - m->start) & LEX_FIRST_NAME))
			continue;
		size_t r = ner_regnal_numeral(s + e + 1, len - e - 1, 0);
		if (r && (i + 1 >= l->n || l->v[i + 1].start >= e + 1 + r))
			m->end = e + 1 + r;
	}
}

/* The epithets that stand after a ruler's or a saint's given name and
 * "the" ("Alfred the Great", "Pliny the Elder"). */
static const struct ner_lit ner_epithets[] = {
	NER_LIT("Great"),     NER_LIT("Elder"),	    NER_LIT("Younger"),	  NER_LIT("Bold"),	NER_LIT("Bald"),
	NER_LIT("Fat"),	      NER_LIT("Fair"),	    NER_LIT("Good"),	  NER_LIT("Pious"),	NER_LIT("Wise"),
	NER_LIT("Just"),      NER_LIT("Conqueror"), NER_LIT("Confessor"), NER_LIT("Magnificent"), NER_LIT("Terrible"),
	NER_LIT("Lionheart"), NER_LIT("Unready"),   NER_LIT("Navigator"), NER_LIT("Lawgiver"),	NER_LIT("Apostate"),
	NER_LIT("Venerable"), NER_LIT("Mad"),	    NER_LIT("Cruel"),	  NER_LIT("Simple"),	NER_LIT("Lame"),
	NER_LIT("Red"),	      NER_LIT("Builder"),   NER_LIT("Martyr"),	  NER_LIT("Liberator"), NER_LIT("Victorious"),
};

/* The end of " the " and an epithet at s[p..), no capitalised word after
 * it ("the Good Samaritan" is none); 0 where none is there. */
static size_t ner_epithet_end(const char *s, size_t len, size_t p)
{
	if (p + 8 >= len || s[p + 5] < 'A' || s[p + 5] > 'Z' || memcmp(s + p, " the ", 5) != 0)
		return 0;
	size_t e = p + 6;
	while (e < len && s[e] >= 'a' && s[e] <= 'z')
		e++;
	if (!NER_LIT_IN(ner_epithets, s + p + 5, e - p - 5) || (e < len && ner_word_byte(s[e]) && s[e] != '\''))
		return 0;
	if (e + 1 < len && s[e] == ' ' && s[e + 1] >= 'A' && s[e + 1] <= 'Z')
		return 0;
	return e;
}

/* The last words of fields of study. */
static const struct ner_lit ner_field_heads[] = {
	NER_LIT("Biology"),	   NER_LIT("Chemistry"),    NER_LIT("Physics"),	      NER_LIT("Mathematics"),
	NER_LIT("Economics"),	   NER_LIT("Economy"),	    NER_LIT("History"),	      NER_LIT("Law"),
	NER_LIT("Medicine"),	   NER_LIT("Philosophy"),   NER_LIT("Engineering"),   NER_LIT("Linguistics"),
	NER_LIT("Sociology"),	   NER_LIT("Psychology"),   NER_LIT("Anthropology"),  NER_LIT("Politics"),
	NER_LIT("Science"),	   NER_LIT("Sciences"),	    NER_LIT("Studies"),	      NER_LIT("Literature"),
	NER_LIT("Geography"),	   NER_LIT("Geology"),	    NER_LIT("Astronomy"),     NER_LIT("Statistics"),
	NER_LIT("Theology"),	   NER_LIT("Architecture"), NER_LIT("Education"),     NER_LIT("Surgery"),
	NER_LIT("Neuroscience"),   NER_LIT("Genetics"),	    NER_LIT("Zoology"),	      NER_LIT("Botany"),
	NER_LIT("Ecology"),	   NER_LIT("Pharmacology"), NER_LIT("Physiology"),    NER_LIT("Pathology"),
	NER_LIT("Epidemiology"),   NER_LIT("Finance"),	    NER_LIT("Accounting"),    NER_LIT("Management"),
	NER_LIT("Journalism"),	   NER_LIT("Nursing"),	    NER_LIT("Agriculture"),   NER_LIT("Archaeology"),
	NER_LIT("Humanities"),	   NER_LIT("Musicology"),   NER_LIT("Criminology"),   NER_LIT("Nutrition"),
};

/* A field of study after an academic's post or a degree ("Professor of
 * Food Science at", "a lecturer in Molecular Biology", "a degree in
 * Political Economy") names no body: the model's name there goes where
 * its last word is a field's. */
static void ner_study_fields(const char *s, struct ner_list *l)
{
	static const struct ner_lit before[] = { NER_LIT("rofessor of "), NER_LIT("rofessor in "),
						 NER_LIT("ecturer in "),  NER_LIT("egree in "),
						 NER_LIT("Reader in "),	  NER_LIT("rofessorship in ") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		int field = 0;
		/* "of " or "in " before (asked first: most names have neither). */
		if (m->type != NER_DATE && m->type != NER_PERSON && a >= 10 && s[a - 1] == ' ' &&
		    (s[a - 2] == 'f' || s[a - 2] == 'n') && (s[a - 3] == 'o' || s[a - 3] == 'i'))
			for (size_t k = 0; k < sizeof before / sizeof *before && !field; k++)
				field = a >= before[k].n && memcmp(s + a - before[k].n, before[k].w, before[k].n) == 0;
		if (field) {
			size_t w = ner_word_start(s, a, m->end);
			field = NER_LIT_IN(ner_field_heads, s + w, m->end - w);
		}
		if (!field)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* In text not split into tokens, a dash between blanks and a word in
 * lower case after it end a name ("Callum Reid - vocals, guitar" in a
 * list of a band's members): a name's own hyphen has no blanks. */
static void ner_dash_tails(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->end - m->start < 6)
			continue;
		const char *d = ner_find(s, s + m->start + 1, m->end - m->start - 1, " - ", 3);
		if (d && d + 3 < s + m->end && d[3] >= 'a' && d[3] <= 'z') {
			m->end = (size_t)(d - s);
			m->margin = 0;
		}
	}
}

/* Whether the line s[a..e) is a heading over a list of works
 * ("Discography", "Studio albums", "Selected filmography"): its last word,
 * in any case, names works. */
static int ner_works_heading(const char *s, size_t a, size_t e)
{
	static const struct ner_lit heads[] = {
		NER_LIT("discography"), NER_LIT("albums"), NER_LIT("singles"),	   NER_LIT("filmography"),
		NER_LIT("films"),	NER_LIT("bibliography"), NER_LIT("works"), NER_LIT("novels"),
		NER_LIT("books"),	NER_LIT("publications"), NER_LIT("songs"), NER_LIT("videography"),
		NER_LIT("plays"),	NER_LIT("operas"),	 NER_LIT("poems"), NER_LIT("recordings"),
	};
	while (e > a && (s[e - 1] == ' ' || s[e - 1] == ':'))
		e--;
	/* The heads end in "s" or "y" (most lines otherwise). */
	if (e - a > 40 || e == a || ((s[e - 1] | 0x20) != 's' && (s[e - 1] | 0x20) != 'y'))
		return 0;
	size_t w = e;
	while (w > a && s[w - 1] != ' ')
		w--;
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
		if (ner_lit_is_nocase(heads[k].w, s + w, e - w))
			return 1;
	return 0;
}

/* The title of a list's line "Title (2004)" or "“Title” (2004)" (and
 * "Title ( 2004 )" in text split into tokens, "Title ( EP , 2004 )") on
 * s[a..e): its bounds
 * into *ts, *te, a leading article left out (ANNOTATION.md); 0 where the
 * line is otherwise. Its words capitalised, but for short function words. */
static int ner_work_line(const char *s, size_t a, size_t e, size_t *ts, size_t *te)
{
	while (e > a && s[e - 1] == ' ')
		e--;
	/* The year in brackets at the end. */
	if (e < a + 9 || s[e - 1] != ')')
		return 0;
	size_t y = e - 1;
	y -= y > a && s[y - 1] == ' ';
	if (y < a + 7 || !(s[y - 4] >= '1' && s[y - 4] <= '2'))
		return 0;
	for (size_t k = y - 4; k < y; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	size_t o = y - 4;
	o -= s[o - 1] == ' ';
	/* A kind of release before the year ("( EP , 1999 )"). */
	if (s[o - 1] == ',' && o > a + 6) {
		size_t k = o - 1;
		k -= s[k - 1] == ' ';
		size_t w = k;
		while (w > a && k - w < 12 && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
			w--;
		if (w < k && w > a + 1)
			o = w - (s[w - 1] == ' ');
	}
	if (s[o - 1] != '(' || o < a + 3 || s[o - 2] != ' ')
		return 0;
	size_t b = o - 2;
	/* Quotation marks around the title. */
	size_t q = a;
	if (s[q] == '"')
		q++;
	else if (b >= q + 3 && memcmp(s + q, "\xe2\x80\x9c", 3) == 0)
		q += 3;
	if (q > a) {
		while (q < b && s[q] == ' ')
			q++;
		while (b > q && s[b - 1] == ' ')
			b--;
		if (b > q && s[b - 1] == '"')
			b--;
		else if (b >= q + 3 && memcmp(s + b - 3, "\xe2\x80\x9d", 3) == 0)
			b -= 3;
		else
			return 0;
		while (b > q && s[b - 1] == ' ')
			b--;
	}
	if (q >= b || !ner_upper_at(s, q))
		return 0;
	/* Its words: a capital (or a digit) first, or a short function word;
	 * up to eight. */
	int words = 0;
	for (size_t w = q; w < b;) {
		size_t x = w;
		while (x < b && s[x] != ' ')
			x++;
		/* A possessive apart, as text split into tokens has it. */
		int poss = (x - w == 2 && s[w] == '\'' && s[w + 1] == 's') ||
			   (x - w == 4 && memcmp(s + w, "\xe2\x80\x99s", 4) == 0);
		if (++words > 8 ||
		    !(ner_upper_at(s, w) || (s[w] >= '0' && s[w] <= '9') || ner_small_word(s + w, x - w) || poss))
			return 0;
		w = x + 1;
	}
	*ts = ner_title_article_end(s, q, b);
	*te = b;
	return 1;
}

/* The title s[ts..te) is a work's name, an other name, in place of the
 * names of l[*mi..n0) the model found inside it, where none runs across
 * its bounds (*mi: the first mention that may end after ts, moved on;
 * *gone: made on first use, for ner_drop_gone). */
static void ner_push_title(struct ner_list *l, size_t n0, size_t *mi, unsigned char **gone, size_t ts, size_t te)
{
	while (*mi < n0 && l->v[*mi].end <= ts)
		(*mi)++;
	for (size_t k = *mi; k < n0 && l->v[k].start < te; k++)
		if (l->v[k].start < ts || l->v[k].end > te)
			return;
	for (size_t k = *mi; k < n0 && l->v[k].start < te; k++) {
		if (!*gone)
			*gone = xcalloc(n0, 1);
		(*gone)[k] = 1;
	}
	ner_push(l, ts, te, NER_MISC);
}

/* The quoted title of a track listing's line s[a..e) ("3. \"Lanterns\" –
 * 5:01", "4. “Northern Lights” (featuring ...) – 3:58"): a number and a
 * full stop, the title, a duration after a dash. Its bounds into *ts,
 * *te; 0 where the line is otherwise. */
static int ner_track_line(const char *s, size_t a, size_t e, size_t *ts, size_t *te)
{
	size_t x = a;
	while (e > a && s[e - 1] == ' ')
		e--;
	/* The number and its full stop. */
	while (x < e && s[x] >= '0' && s[x] <= '9')
		x++;
	/* "1 ." in text split into tokens. */
	x += x + 1 < e && s[x] == ' ' && s[x + 1] == '.';
	if (x == a || x + 2 >= e || s[x] != '.' || s[x + 1] != ' ')
		return 0;
	x += 2;
	while (x < e && s[x] == ' ')
		x++;
	/* The duration at the end: "m:ss" after a dash. */
	size_t d = e;
	while (d > x && ((s[d - 1] >= '0' && s[d - 1] <= '9') || s[d - 1] == ':'))
		d--;
	if (e - d < 4 || s[e - 3] != ':' || d < x + 4)
		return 0;
	size_t q = s[d - 1] == ' ' ? d - 1 : d;
	if (s[q - 1] == '-' && s[q - 2] == ' ')
		q -= 2;
	else if (memcmp(s + q - 3, "\xe2\x80\x93", 3) == 0 && s[q - 4] == ' ')
		q -= 4;
	else
		return 0;
	/* The quoted title after the number. */
	size_t o = s[x] == '"' ? 1 : x + 3 <= e && memcmp(s + x, "\xe2\x80\x9c", 3) == 0 ? 3 : 0;
	if (!o || q <= x + o + 1)
		return 0;
	const char *c = o == 1 ? memchr(s + x + 1, '"', q - x - 1) : ner_find(s, s + x + 3, q - x - 3, "\xe2\x80\x9d", 3);
	if (!c)
		return 0;
	size_t b = x + o, z = (size_t)(c - s);
	while (b < z && s[b] == ' ')
		b++;
	while (z > b && s[z - 1] == ' ')
		z--;
	if (z == b || !(ner_upper_at(s, b) || (s[b] >= '0' && s[b] <= '9')))
		return 0;
	*ts = b;
	*te = z;
	return 1;
}

/* An encyclopedia's lists name works, whatever the model made of their
 * lines read alone: under a heading ("Discography", then "Tidewater
 * (1998)" a line), two lines or more of a title and its year; and a
 * track listing's lines, each on its own. */
static void ner_work_list_lines(const char *s, size_t n, struct ner_list *l)
{
	size_t n0 = l->n, mi = 0;
	unsigned char *gone = NULL;
	int heading = 0, before = 0;	/* under a heading; after a work's line */
	for (size_t a = 0; a < n;) {
		const char *nl = memchr(s + a, '\n', n - a);
		size_t e = nl ? (size_t)(nl - s) : n;
		size_t ts, te, z = e;
		while (z > a && s[z - 1] == ' ')
			z--;
		if (z == a) {
			a = e + 1;
			continue;
		}
		if (s[a] >= '0' && s[a] <= '9' && ner_track_line(s, a, e, &ts, &te))
			ner_push_title(l, n0, &mi, &gone, ts, te);
		/* Most lines are neither a short heading nor end in a bracket:
		 * they end a list at once. */
		if (z - a > 42 && s[z - 1] != ')') {
			heading = before = 0;
		} else if (ner_works_heading(s, a, e)) {
			heading = 1;
			before = 0;
		} else if (heading && ner_work_line(s, a, e, &ts, &te)) {
			/* Two lines or more: the one before, or this one and the
			 * next. */
			const char *nl2 = e < n ? memchr(s + e + 1, '\n', n - e - 1) : NULL;
			size_t e2 = nl2 ? (size_t)(nl2 - s) : n, t2s, t2e;
			if (before || (e < n && e + 1 < e2 && ner_work_line(s, e + 1, e2, &t2s, &t2e)))
				ner_push_title(l, n0, &mi, &gone, ts, te);
			before = 1;
		} else {
			heading = before = 0;
		}
		a = e + 1;
	}
	/* The titles pushed, whatever went: the list is sorted again. */
	int pushed = l->n > n0;
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* Whether the line s[a..e) is a name and a country after a comma ("Kessel,
 * Germany"), mention i of l its first: the bounds of the first into
 * *ns, *ne. */
static int ner_town_country_line(const char *s, size_t a, size_t e, const struct ner_list *l, size_t i, size_t *ns,
				 size_t *ne)
{
	while (e > a && s[e - 1] == ' ')
		e--;
	if (i + 1 >= l->n || l->v[i].start != a || l->v[i + 1].end != e || l->v[i].type == NER_DATE)
		return 0;
	size_t c = l->v[i].end, x = l->v[i + 1].start;
	c += c < x && s[c] == ' ';
	if (c >= x || s[c] != ',' || x != c + 2 || s[c + 1] != ' ' ||
	    !(lexicon_lookup(s + x, e - x) & LEX_COUNTRY))
		return 0;
	*ns = l->v[i].start;
	*ne = l->v[i].end;
	return 1;
}

/* A list of towns, each a line with its country after a comma
 * ("Kessel, Germany", "Dunmore, Ireland", as an encyclopedia lists a
 * town's twins), names places: the model reads a lone unknown name
 * without the sentence it needs. Two lines or more, the first names no
 * body by a company's or an organization's word. */
static void ner_town_lines(const char *s, size_t n, struct ner_list *l)
{
	size_t prev_end = SIZE_MAX;	/* the end of the last town's line */
	for (size_t i = 0; i + 1 < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		/* At a line's start, a comma after it (most names are neither). */
		size_t a = m->start, c = m->end;
		if ((a > 0 && s[a - 1] != '\n') || c + 2 >= n || (s[c] != ',' && !(s[c] == ' ' && s[c + 1] == ',')))
			continue;
		const char *nl = memchr(s + a, '\n', n - a);
		size_t e = nl ? (size_t)(nl - s) : n, ns, ne;
		if (!ner_town_country_line(s, a, e, l, i, &ns, &ne))
			continue;
		/* This line and the next, or the one before. */
		int run = a > 0 && prev_end == a - 1;
		size_t j = i + 2, n2s, n2e;
		if (!run && e < n && j < l->n && l->v[j].start == e + 1) {
			const char *nl2 = memchr(s + e + 1, '\n', n - e - 1);
			run = ner_town_country_line(s, e + 1, nl2 ? (size_t)(nl2 - s) : n, l, j, &n2s, &n2e);
		}
		if (!run)
			continue;
		prev_end = e;
		size_t lw = ner_word_start(s, ns, ne);
		if (!ner_company_word(s + lw, ne - lw) && !(lexicon_lookup(s + lw, ne - lw) & LEX_ORG_WORD)) {
			l->v[i].type = NER_PLACE;
			l->v[i].margin = 0;
		}
	}
}

/* Whether s[0..n) names a language: a people's word a list knows
 * ("Norwegian") or a language named otherwise. */
static int ner_language_word(const char *s, size_t n)
{
	static const struct ner_lit languages[] = {
		NER_LIT("Arabic"),   NER_LIT("Hindi"),	  NER_LIT("Urdu"),    NER_LIT("Pashto"),   NER_LIT("Latin"),
		NER_LIT("Sanskrit"), NER_LIT("Bengali"),  NER_LIT("Bangla"),  NER_LIT("Tamil"),	   NER_LIT("Telugu"),
		NER_LIT("Amharic"),  NER_LIT("Hebrew"),	  NER_LIT("Yiddish"), NER_LIT("Hausa"),	   NER_LIT("Yoruba"),
		NER_LIT("Igbo"),     NER_LIT("Zulu"),	  NER_LIT("Xhosa"),   NER_LIT("Tagalog"),  NER_LIT("Malay"),
		NER_LIT("Swahili"),  NER_LIT("Punjabi"),  NER_LIT("Marathi"), NER_LIT("Gujarati"), NER_LIT("Sinhala"),
		NER_LIT("Nepali"),   NER_LIT("Tigrinya"), NER_LIT("Somali"),  NER_LIT("Quechua"),  NER_LIT("Catalan"),
		NER_LIT("Basque"),   NER_LIT("Galician"), NER_LIT("Kurdish"), NER_LIT("Dari"),	   NER_LIT("Farsi"),
	};
	return NER_LIT_IN(languages, s, n) || (lexicon_lookup(s, n) & (LEX_DEMONYM | LEX_GROUP));
}

/* The type of the name that ends right before the bracket that byte a of
 * s is in (mention i of l is at a), else dflt; -1 where a is in no
 * bracket opened on its line within 160 bytes. */
static int ner_bracket_subject(const char *s, const struct ner_list *l, size_t i, size_t a, enum ner_type dflt)
{
	size_t o = a;
	while (o > 0 && a - o < 160 && s[o - 1] != '(' && s[o - 1] != ')' && s[o - 1] != '\n')
		o--;
	if (o == 0 || s[o - 1] != '(')
		return -1;
	for (size_t k = i; k-- > 0;)
		if (l->v[k].end + 2 == o && s[l->v[k].end] == ' ')
			return l->v[k].type == NER_DATE ? (int)dflt : (int)l->v[k].type;
		else if (l->v[k].end + 2 < o)
			break;
	return (int)dflt;
}

/* An encyclopedia's bracket after its subject ("Varnholm (/ˈvɑːrn-/
 * VARN-hohm; Norwegian: Varnholmen) is a town"): the pronunciation
 * between "(/" and the first ";" or ")" names nothing, and a name the
 * model ran over a language's label ("Norwegian: Varnholmen") is the
 * language's (GROUP, as a people's word) and the subject's other name, of
 * the subject's type where a name ends right before the bracket. */
static void ner_bracket_aliases(const char *s, size_t n, struct ner_list *l)
{
	static const struct ner_lit romanizations[] = { NER_LIT("Hepburn"), NER_LIT("Pinyin"), NER_LIT("Romanized"),
							NER_LIT("Romanised"), NER_LIT("RR"), NER_LIT("Jyutping") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	int pushed = 0;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* Right after "(", "; " or ", ", and in the bracket (asked
		 * first). */
		if (m->type == NER_DATE || a < 2 ||
		    !((s[a - 1] == '(') || (s[a - 1] == ' ' && (s[a - 2] == '(' || s[a - 2] == ';' || s[a - 2] == ','))))
			continue;
		size_t fw = ner_space_end(s, a, m->end), c = fw, r;
		/* The label alone, the name after it left out ("[Norwegian]:
		 * Varnholmen"): the name runs to the bracket's end or ";". */
		size_t lr = m->end + (s[m->end] == ' ');
		/* A romanization's label is no name, and the name after it
		 * is the subject's ("( Japanese : 空灯学園 , Hepburn : Sora
		 * Tomoshibi Gakuen )"). */
		if (fw == m->end && lr + 2 < n && s[lr] == ':' && s[lr + 1] == ' ' && i + 1 < n0 &&
		    l->v[i + 1].start == lr + 2 && l->v[i + 1].type != NER_DATE && NER_LIT_IN(romanizations, s + a, fw - a)) {
			size_t e = l->v[i + 1].end + (s[l->v[i + 1].end] == ' ');
			int type = e < n && (s[e] == ')' || s[e] == ';' || s[e] == ',')
					   ? ner_bracket_subject(s, l, i, a, l->v[i + 1].type)
					   : -1;
			if (type >= 0 && type != NER_GROUP && type != NER_DATE) {
				if (!gone)
					gone = xcalloc(n0, 1);
				gone[i] = 1;
				l->v[i + 1].type = (enum ner_type)type;
				l->v[i + 1].margin = 0;
			}
			continue;
		}
		/* The name after the label found apart, of another type ("(
		 * Welsh : [Cesbi] )" a body's): the subject's. */
		if (fw == m->end && s[lr] == ':' && s[lr + 1] == ' ' && i + 1 < n0 && l->v[i + 1].start == lr + 2 &&
		    l->v[i + 1].type != NER_DATE && ner_language_word(s + a, m->end - a)) {
			size_t e = l->v[i + 1].end + (s[l->v[i + 1].end] == ' ');
			int type = s[e] == ')' || s[e] == ';' ? ner_bracket_subject(s, l, i, a, l->v[i + 1].type) : -1;
			if (type >= 0 && type != NER_GROUP && type != NER_DATE) {
				m->type = NER_GROUP;
				m->margin = 0;
				l->v[i + 1].type = (enum ner_type)type;
				l->v[i + 1].margin = 0;
			}
			continue;
		}
		if (fw == m->end && s[lr] == ':' && s[lr + 1] == ' ' && ner_upper_at(s, lr + 2) &&
		    (i + 1 >= n0 || l->v[i + 1].start > lr + 2) && ner_language_word(s + a, m->end - a)) {
			size_t e = lr + 2;
			while (e < n && s[e] != ')' && s[e] != ';' && s[e] != ',' && s[e] != '\n' && e - lr < 80)
				e++;
			size_t end = e;
			while (end > lr + 2 && s[end - 1] == ' ')
				end--;
			/* Not over a name the model found after the label's
			 * first word: the list is kept without overlaps. */
			if (i + 1 < n0 && l->v[i + 1].start < end)
				continue;
			int type = e < n && (s[e] == ')' || s[e] == ';') ? ner_bracket_subject(s, l, i, a, NER_MISC) : -1;
			if (type >= 0) {
				m->type = NER_GROUP;
				m->margin = 0;
				ner_push(l, lr + 2, end, (enum ner_type)type);
				pushed = 1;
			}
			continue;
		}
		/* "Norwegian: Varnholmen", or "Norwegian : Varnholmen" in text
		 * split into tokens. */
		if (fw > a + 1 && s[fw - 1] == ':') {
			c = fw - 1;
			r = fw + 1;
		} else if (fw + 3 < m->end && s[fw] == ' ' && s[fw + 1] == ':' && s[fw + 2] == ' ')
			r = fw + 3;
		else
			continue;
		if (r >= m->end || !ner_upper_at(s, a) || !ner_language_word(s + a, c - a))
			continue;
		int type = ner_bracket_subject(s, l, i, a, m->type);
		if (type < 0)
			continue;
		size_t e = m->end;
		m->end = c;
		m->type = NER_GROUP;
		m->margin = 0;
		ner_push(l, r, e, (enum ner_type)type);
		pushed = 1;
	}
	/* The pronunciation ("( /" in text split into tokens); the
	 * mentions, sorted, are walked once. */
	size_t mk = 0;
	for (const char *p = s; (p = text_find(p, n - (size_t)(p - s), "/", 1)) != NULL; p++) {
		size_t a = (size_t)(p - s), e = a + 1;
		if (!(a >= 1 && s[a - 1] == '(') && !(a >= 2 && s[a - 1] == ' ' && s[a - 2] == '('))
			continue;
		while (e < n && s[e] != ';' && s[e] != ')' && s[e] != '\n' && e - a < 200)
			e++;
		while (mk < n0 && l->v[mk].start <= a)
			mk++;
		for (size_t k = mk; k < n0 && l->v[k].start < e; k++)
			if (l->v[k].end <= e) {
				if (!gone)
					gone = xcalloc(n0, 1);
				gone[k] = 1;
			}
	}
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* A capital and a full stop before a sentence's first word ("written in
 * C. It was", "approved by J. He said") are no person's initial and
 * name: the name the model made of them goes where the word is a pronoun
 * or an article. */
static void ner_initial_pronouns(const char *s, struct ner_list *l)
{
	static const struct ner_lit words[] = { NER_LIT("It"),	  NER_LIT("He"),    NER_LIT("She"),   NER_LIT("They"),
						NER_LIT("We"),	  NER_LIT("I"),	    NER_LIT("This"),  NER_LIT("That"),
						NER_LIT("These"), NER_LIT("Those"), NER_LIT("The"),   NER_LIT("His"),
						NER_LIT("Her"),	  NER_LIT("Its"),   NER_LIT("Their"), NER_LIT("There"),
						NER_LIT("A"),	  NER_LIT("An") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		/* "C. It" to "C. Those": four bytes to eight (asked first). */
		if (m->type != NER_PERSON || n < 4 || n > 8 || s[m->start + 1] != '.' || s[m->start + 2] != ' ' ||
		    !NER_LIT_IN(words, s + m->start + 3, n - 3))
			l->v[o++] = *m;
	}
	l->n = o;
}

/* A state named a republic by its people's word or its kind ("the Polish
 * People's Republic", "the German Democratic Republic", "the Islamic
 * Republic") is a place, as the training data types "Czech Republic",
 * whatever the model made of it; a firm's "Fairchild Republic" stays. */
static void ner_republics(const char *s, struct ner_list *l)
{
	static const struct ner_lit kinds[] = { NER_LIT("People's"), NER_LIT("People\xe2\x80\x99s"), NER_LIT("Democratic"),
						NER_LIT("Socialist"), NER_LIT("Islamic"),	NER_LIT("Arab"),
						NER_LIT("Soviet"),    NER_LIT("Autonomous"),	NER_LIT("Federal"),
						NER_LIT("Popular") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		/* " Republic" last (asked by its last byte first). */
		if (m->type == NER_PLACE || m->type == NER_DATE || n < 13 || s[m->end - 1] != 'c' ||
		    memcmp(s + m->end - 9, " Republic", 9) != 0)
			continue;
		size_t e = m->end - 9, w = ner_word_start(s, m->start, e);
		/* "People 's" apart, as text split into tokens has it. */
		int kind = NER_LIT_IN(kinds, s + w, e - w) || (lexicon_lookup(s + w, e - w) & LEX_DEMONYM) ||
			   (e - w == 2 && s[w] == '\'' && s[w + 1] == 's');
		if (kind) {
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
}

/* A ruler's epithet stands outside the name, as a title does
 * (ANNOTATION.md; the Worldwide labels leave it out of a king's name),
 * and is no name of its own: after a person's name of one word, or a
 * given name a list knows, the names the model found in "the Bold" go,
 * and a whole "Ivan the Terrible" the model took for a work's or ran on
 * into the epithet is the person's name alone. */
static void ner_ruler_epithets(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		/* A blank and "the" after the first word (asked first). */
		if (m->type == NER_DATE || (gone && gone[i]))
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		if (fw + 8 >= len || s[fw] != ' ' || s[fw + 1] != 't')
			continue;
		size_t e = ner_epithet_end(s, len, fw);
		if (!e || (fw < m->end && e != m->end) ||
		    (m->type != NER_PERSON && !(lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME)))
			continue;
		for (size_t k = i + 1; k < n0 && l->v[k].start < e; k++) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[k] = 1;
		}
		m->end = fw;
		m->type = NER_PERSON;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* An event's or a body's name with "Women's" or "Men's" inside ("FIFA
 * Women's World Cup", "National Women's Soccer League") is one name,
 * which the model cut at the possessive: of the type of its second part.
 * So is a race's place and "Grand Prix" ("the 2016 Kessel Grand Prix",
 * which the model cut after the place). */
static void ner_event_joins(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t e = m.end;
		const struct ner_mention *nx = i + 1 < l->n && m.type != NER_DATE ? &l->v[i + 1] : NULL;
		/* Where the possessive and its blank end: the second part
		 * starts there. */
		size_t pe = nx && e >= m.start + 3 && (s[e - 1] == 'n' || s[e - 1] == 'e') ?
				    ner_possessive_end(s, len, e) :
				    0;
		/* "Women", "Men", "Children" or "People" whole, after another
		 * word ("Tigray People 's Liberation Front" in text split into
		 * tokens). */
		int gender = pe && pe < len && s[pe] == ' ' && nx->start == pe + 1 &&
			     ((e >= m.start + 7 && memcmp(s + e - 6, " Women", 6) == 0) ||
			      (e >= m.start + 5 && memcmp(s + e - 4, " Men", 4) == 0) ||
			      (e >= m.start + 10 && memcmp(s + e - 9, " Children", 9) == 0) ||
			      (e >= m.start + 8 && memcmp(s + e - 7, " People", 7) == 0));
		/* The word alone, where the second part ends in a body's head
		 * ("the People's Alliance-led coalition", whose "-led" made the
		 * model read the rest as an other name). */
		size_t lw = gender || !pe || pe >= len || s[pe] != ' ' || nx->start != pe + 1 ?
				    0 :
				    ner_word_start(s, nx->start, nx->end);
		int head = lw && ((e == m.start + 5 && memcmp(s + m.start, "Women", 5) == 0) ||
				  (e == m.start + 6 && memcmp(s + m.start, "People", 6) == 0)) &&
			   (lexicon_lookup(s + lw, nx->end - lw) & LEX_ORG_WORD);
		if (head && nx->type != NER_DATE && nx->type != NER_PERSON) {
			m.end = nx->end;
			m.type = NER_ORG;
			m.margin = 0;
			l->v[o++] = m;
			i++;
			continue;
		}
		int race = nx && (m.type == NER_PLACE || m.type == NER_GROUP) && e + 11 <= len && s[e] == ' ' &&
			   s[e + 1] == 'G' && nx->start == e + 1 && nx->end == e + 11 &&
			   memcmp(s + e + 1, "Grand Prix", 10) == 0;
		if ((gender || race) && nx->type != NER_DATE && nx->type != NER_PERSON) {
			m.end = nx->end;
			m.type = nx->type;
			m.margin = 0;
			i++;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* Whether bytes [a, e) are a capitalised plural of a word news writes in
 * lower case ("Teachers", "Peoples"): a possessive's owner inside a name. */
static int ner_plural_owner(const char *s, size_t a, size_t e)
{
	if (!(e >= a + 4 && e - a < 24 && s[a] >= 'A' && s[a] <= 'Z' && s[e - 1] == 's' && s[e - 2] != 's' &&
	      s[e - 2] != '\''))
		return 0;
	/* "Dangerous" is no plural; "Brothers" ends a firm's name. */
	if (s[e - 2] == 'u' && s[e - 3] == 'o')
		return 0;
	unsigned c = lexicon_lookup(s + a, e - a) | lexicon_lookup(s + a, e - a - 1);
	if (c & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_FIRST_NAME | LEX_PERSON | LEX_ORG | LEX_COMPANY_SUFFIX))
		return 0;
	return (c & (LEX_COMMON | LEX_ROLE)) || ner_lowercase_word(s + a, e - a);
}

/* Where the plural possessive's mark after byte e ends, with the blank
 * after it ("Teachers' ", "Teachers ' " in tokens, or the curly one);
 * 0 if none. */
static size_t ner_plural_mark_end(const char *s, size_t n, size_t e)
{
	size_t k = e + 1 < n && s[e] == ' ' ? e + 1 : e;
	if (k + 1 < n && s[k] == '\'')
		k += 1;
	else if (k + 3 < n && memcmp(s + k, "\xe2\x80\x99", 3) == 0)
		k += 3;
	else
		return 0;
	return k < n && s[k] == ' ' ? k + 1 : 0;
}

/* A body's name with a plural possessive inside ("House of Peoples'
 * Representatives", "the Employees' Provident Fund") is one name, as the
 * training data writes "Workers' Federation"; the model often ended it at
 * the mark or started after it. Only the plural of a common noun owns:
 * "Lagos' governor" is a place's possessive. */
static void ner_plural_possessives(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type != NER_ORG && m.type != NER_MISC) {
			l->v[o++] = m;
			continue;
		}
		/* Back over an owner before the name. */
		size_t prev_end = o ? l->v[o - 1].end : 0;
		if (m.start >= 6 && s[m.start - 1] == ' ') {
			size_t k = m.start - 1;
			if (s[k - 1] == '\'')
				k -= 1;
			else if (k >= 3 && memcmp(s + k - 3, "\xe2\x80\x99", 3) == 0)
				k -= 3;
			else
				k = 0;
			if (k > 0 && s[k - 1] == ' ' && k >= 2 && s[k - 2] == 's')
				k--;
			if (k > 0 && s[k - 1] == 's') {
				size_t ws = ner_word_start(s, prev_end, k);
				if (ws >= prev_end && ner_plural_owner(s, ws, k) && ner_plural_mark_end(s, len, k) == m.start) {
					m.start = ws;
					m.margin = 0;
				}
			}
		}
		/* On over the owned words after the name. */
		size_t q = s[m.end - 1] == 's' ? ner_plural_mark_end(s, len, m.end) : 0;
		if (q && ner_plural_owner(s, ner_word_start(s, m.start, m.end), m.end)) {
			/* One capitalised word no mention holds, where it heads a
			 * body's name or the name has its own "of" ("House of
			 * Peoples' Representatives"). A name after the mark is the
			 * owner's own ("the House of Representatives' Foreign
			 * Affairs Committee"): two names. */
			const struct ner_mention *nx = i + 1 < l->n ? &l->v[i + 1] : NULL;
			size_t e = q;
			while (e < len && ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z'))
				e++;
			if (s[q] >= 'A' && s[q] <= 'Z' && e > q + 2 && (!nx || nx->start > e) &&
			    (e >= len || s[e] != ' ' || !(s[e + 1] >= 'A' && s[e + 1] <= 'Z')) &&
			    ((lexicon_lookup(s + q, e - q) & LEX_ORG_WORD) || text_find(s + m.start, m.end - m.start, " of ", 4))) {
				m.end = e;
				m.margin = 0;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* The letters of honours, orders and fellowships written after a name
 * ("Dame Alice Harrow DBE FRS"). */
static const struct ner_lit ner_post_nominal_words[] = {
	NER_LIT("KBE"),	 NER_LIT("DBE"),  NER_LIT("GBE"),  NER_LIT("CBE"),  NER_LIT("OBE"),   NER_LIT("MBE"),
	NER_LIT("BEM"),	 NER_LIT("KCB"),  NER_LIT("GCB"),  NER_LIT("KCMG"), NER_LIT("GCMG"),  NER_LIT("CMG"),
	NER_LIT("KCVO"), NER_LIT("GCVO"), NER_LIT("CVO"),  NER_LIT("LVO"),  NER_LIT("DSO"),   NER_LIT("VC"),
	NER_LIT("GC"),	 NER_LIT("DFC"),  NER_LIT("QC"),   NER_LIT("KC"),   NER_LIT("FRS"),   NER_LIT("FRSE"),
	NER_LIT("FBA"),	 NER_LIT("FREng"), NER_LIT("FMedSci"), NER_LIT("FRSA"), NER_LIT("FRCP"), NER_LIT("FRCS"),
	NER_LIT("FRSC"), NER_LIT("FRSL"), NER_LIT("FAA"),  NER_LIT("PhD"),
};

/* A person's name the model ran on into the letters of honours after it
 * ("Mary Kessling OBE", "Peter Hallam QC") ends before them, which are
 * titles; with them the model often took the whole for a body's. A body's
 * name is a person's only where a given name a list knows, or "Sir" or
 * "Dame" before it, says so. */
static void ner_post_nominals(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* The last byte a capital, or the last of "PhD", "FREng" or
		 * "FMedSci": most names end otherwise. */
		char z = s[m->end - 1];
		if ((m->type != NER_PERSON && m->type != NER_ORG) || !((z >= 'A' && z <= 'Z') || z == 'g' || z == 'i'))
			continue;
		size_t e = m->end;
		for (;;) {
			size_t ws = e;
			while (ws > m->start && s[ws - 1] != ' ')
				ws--;
			if (ws <= m->start || !NER_LIT_IN(ner_post_nominal_words, s + ws, e - ws))
				break;
			e = ws - 1;
		}
		if (e == m->end || !ner_chr(s, s + m->start, ' ', e - m->start))
			continue;
		int person = m->type == NER_PERSON || ner_given_name_first(s, &(struct ner_mention){ .start = m->start,
											       .end = e }) ||
			     (m->start >= 5 && (memcmp(s + m->start - 4, "Sir ", 4) == 0 ||
						memcmp(s + m->start - 5, "Dame ", 5) == 0));
		if (!person)
			continue;
		m->end = e;
		m->type = NER_PERSON;
		m->margin = 0;
	}
}

/* "the War of the Spanish Succession": a war's name that the model cut
 * at "of the", taking a people's word out of it, is one event (an other
 * name), from "War" to its last capitalised word (up to four). */
static void ner_war_names(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), "War of the ", 11)) != NULL; p += 11) {
		size_t a = (size_t)(p - s), e = a + 11;
		if (a > 0 && ner_word_byte(s[a - 1]))
			continue;
		for (int words = 0; words < 4 && e < len && s[e] >= 'A' && s[e] <= 'Z'; words++) {
			size_t we = e;
			while (we < len && s[we] != ' ' && !strchr(",.;:()\n", s[we]))
				we++;
			e = we;
			if (e + 1 >= len || s[e] != ' ' || !(s[e + 1] >= 'A' && s[e + 1] <= 'Z'))
				break;
			e++;
		}
		while (e > a + 11 && s[e - 1] == ' ')
			e--;
		if (e == a + 11)
			continue;
		/* The model's names there must lie within it: none a date, and
		 * none whole. */
		size_t q = 0;
		while (q < n0 && l->v[q].end <= a)
			q++;
		size_t r = q;
		int ok = 1;
		for (; r < n0 && l->v[r].start < e && ok; r++)
			ok = l->v[r].start >= a && l->v[r].end <= e && l->v[r].type != NER_DATE &&
			     !(l->v[r].start == a && l->v[r].end == e);
		if (!ok)
			continue;
		if (r > q && !gone)
			gone = xcalloc(n0, 1);
		for (size_t k = q; k < r; k++)
			gone[k] = 1;
		ner_push(l, a, e, NER_MISC);
	}
	/* Sorted again where a name was pushed, whatever went. */
	int pushed = l->n > n0;
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

static const struct ner_lit ner_disease_heads[] = { NER_LIT("Fever"), NER_LIT("Virus"), NER_LIT("Disease"),
						     NER_LIT("Syndrome"), NER_LIT("Flu"), NER_LIT("Influenza") };

/* Whether the last word of s[a..e), after another, is a disease's
 * capitalised head; looked at by its last byte and its length, not by a
 * walk to its start (the pass asks it of every name). */
static int ner_disease_head(const char *s, size_t a, size_t e)
{
	char c = s[e - 1];
	if (c != 'r' && c != 's' && c != 'e' && c != 'u' && c != 'a')
		return 0;
	for (size_t k = 0; k < sizeof ner_disease_heads / sizeof *ner_disease_heads; k++) {
		size_t n = ner_disease_heads[k].n;
		if (e - a > n + 1 && s[e - n - 1] == ' ' && memcmp(s + e - n, ner_disease_heads[k].w, n) == 0)
			return 1;
	}
	return 0;
}

/* The name of a disease is an other name (MISC), as CoNLL-2003 types
 * "Creutzfeldt-Jakob Disease" and the Worldwide articles "Ebola": a name
 * whose last word is a disease's capitalised head ("Lassa Fever", "West
 * Nile Virus", "Middle East Respiratory Syndrome"), with that head where
 * it follows the name ("Spanish Flu"), and a place's name before the head
 * in lower case ("Lassa fever", "Marburg virus", the head outside as
 * "Ebola virus" is annotated). Not a country's ("the China virus"), nor a
 * body's whose name holds the word ("National Institute of Infectious
 * Disease"), nor an organization's or a person's before a lower-case head
 * ("the Pfizer flu vaccine"). "Foot and Mouth Disease" takes its first
 * word, "African Swine Fever" its people's. */
static void ner_diseases(const char *s, size_t len, struct ner_list *l)
{
	static const char *const lower[] = { "fever", "virus", "disease", "syndrome", "flu", NULL };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type == NER_DATE || (m.end - m.start) < 3) {
			l->v[o++] = m;
			continue;
		}
		/* A people's or a place's name before the rest ("African" +
		 * "Swine Fever"). */
		if ((m.type == NER_GROUP || m.type == NER_PLACE) && i + 1 < l->n && l->v[i + 1].start == m.end + 1 &&
		    s[m.end] == ' ' && l->v[i + 1].type == NER_MISC &&
		    ner_disease_head(s, l->v[i + 1].start, l->v[i + 1].end))
			m.end = l->v[++i].end;
		int head = ner_disease_head(s, m.start, m.end), body = 0;
		if (!head && m.end + 1 < len && s[m.end] == ' ' && ner_upper_at(s, m.end + 1)) {
			/* The head after the name, found as a name of its own or
			 * not at all. */
			size_t e = m.end + 1;
			while (e < len && ner_alnum_at(s, e))
				e++;
			head = NER_LIT_IN(ner_disease_heads, s + m.end + 1, e - m.end - 1);
			if (head && (e >= len || !ner_alnum_at(s, e))) {
				if (i + 1 < l->n && l->v[i + 1].start == m.end + 1 && l->v[i + 1].end == e)
					i++;
				else if (i + 1 < l->n && l->v[i + 1].start < e)
					head = 0;
				if (head)
					m.end = e;
			} else
				head = 0;
		}
		/* A body's name that holds the word. */
		if (head && m.type == NER_ORG) {
			body = ner_find(s, s + m.start, m.end - m.start, " of ", 4) ||
			       ner_find(s, s + m.start, m.end - m.start, " for ", 5);
			for (size_t k = m.start; k < m.end && !body; k++)
				if (s[k] == ' ' && k + 1 < m.end) {
					size_t we = k + 1;
					while (we < m.end && s[we] != ' ')
						we++;
					body = (lexicon_lookup(s + k + 1, we - k - 1) & LEX_ORG_WORD) != 0;
				}
		}
		if (head && !body) {
			/* "Foot and" before "Mouth Disease". */
			if (m.start >= 6 && memcmp(s + m.start - 5, " and ", 5) == 0 && (o == 0 || l->v[o - 1].end < m.start - 5)) {
				size_t fs = ner_word_start(s, m.start > 37 ? m.start - 37 : 0, m.start - 5);
				if (ner_upper_at(s, fs) && (o == 0 || l->v[o - 1].end <= fs))
					m.start = fs;
			}
			m.type = NER_MISC;
			m.margin = 0;
		} else if (m.type == NER_PLACE && !head && m.end + 2 < len && s[m.end] == ' ' &&
			   memchr("fvds", s[m.end + 1], 4) && ner_word_after_in(s, len, m.end, lower) &&
			   !(lexicon_lookup(s + m.start, m.end - m.start) & LEX_COUNTRY)) {
			m.type = NER_MISC;
			m.margin = 0;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A storm is named after its kind: "Hurricane [Ian]", "Typhoon
 * [Haiyan]", "Tropical Storm [Nicole]". Its name is an other name (MISC:
 * an event, as CoNLL's labels type "Hurricane [Edouard]"), without the
 * kind, not a person of that given name nor an organization; the story's
 * mentions of the name alone ("Ian weakened") are the storm too. */
static void ner_storms(const char *s, struct ner_list *l)
{
	size_t name[8][2], nn = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		int plain;
		/* The kind inside the mention, before its last word. */
		size_t we = m->end;
		while (we > m->start && s[we - 1] != ' ')
			we--;
		size_t ks = we > m->start ? ner_storm_kind_before(s, we, &plain) : we;
		if (ks == m->start && ks < we && ner_storm_name(s, we, m->end, plain)) {
			m->start = we;
		} else {
			/* The kind right before the mention. */
			ks = ner_storm_kind_before(s, m->start, &plain);
			if (ks == m->start || !ner_storm_name(s, m->start, m->end, plain))
				continue;
		}
		m->type = NER_MISC;
		m->margin = 0;
		if (nn < 8) {
			name[nn][0] = m->start;
			name[nn][1] = m->end - m->start;
			nn++;
		}
	}
	for (size_t i = 0; i < l->n && nn; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_MISC)
			continue;
		for (size_t k = 0; k < nn; k++)
			if (m->end - m->start == name[k][1] && memcmp(s + m->start, s + name[k][0], name[k][1]) == 0) {
				m->type = NER_MISC;
				m->margin = 0;
				break;
			}
	}
}

/* A name right before "people", "tribe", "clan" or "community" in lower
 * case names a people (GROUP: "the Warrawa people", "the Kessuri
 * community"), as the training data has it 4 to 1, not the place or
 * person the model read; not a place or a body a list knows ("the Gaza
 * community", "the Google community"). Last of the rules: earlier, the
 * story's other mentions took another type from it. */
static void ner_people_words(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit words[] = { NER_LIT("people"),    NER_LIT("peoples"), NER_LIT("tribe"),
						NER_LIT("tribes"),    NER_LIT("clan"),    NER_LIT("clans"),
						NER_LIT("community"), NER_LIT("communities") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* The words' first letters. */
		if (m->type == NER_DATE || m->type == NER_GROUP || e + 5 >= len || s[e] != ' ' ||
		    (s[e + 1] != 'p' && s[e + 1] != 't' && s[e + 1] != 'c'))
			continue;
		size_t we = e + 1;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		if ((we < len && ner_alnum_at(s, we)) || !NER_LIT_IN(words, s + e + 1, we - e - 1))
			continue;
		if (lexicon_lookup(s + m->start, e - m->start) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG))
			continue;
		/* A body's name of two words or more is a body's ("Kessel
		 * Publishing Co community papers"). */
		if (m->type == NER_ORG && ner_chr(s, s + m->start, ' ', e - m->start))
			continue;
		m->type = NER_GROUP;
		m->margin = 0;
	}
}

/* A body's name the model ran on into a person's ("Kessby Trading
 * Company Abdullah Harrow signed"): after a word that ends a body's name
 * (an organization's head word or a legal form), a given name a list
 * knows and up to three more words with a capital are the person's. */
static void ner_body_person_runs(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		/* Four words at least, so sixteen bytes or more. */
		if (m->type != NER_ORG || m->end - m->start < 16)
			continue;
		size_t w = m->start;
		int words = 0;
		size_t ws[12], we[12];
		while (w < m->end && words < 12) {
			size_t e = ner_space_end(s, w, m->end);
			ws[words] = w;
			we[words++] = e;
			w = e + 1;
		}
		if (words < 4 || w < m->end)
			continue;
		for (int k = 1; k + 2 < words; k++) {
			if (!(lexicon_lookup(s + ws[k], we[k] - ws[k]) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX)))
				continue;
			unsigned g = lexicon_lookup(s + ws[k + 1], we[k + 1] - ws[k + 1]);
			const unsigned other = LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_COUNTRY | LEX_CITY | LEX_REGION;
			if (!(g & LEX_FIRST_NAME) || (g & other) || words - k - 1 > 4)
				continue;
			int caps = 1;
			for (int q = k + 1; q < words && caps; q++)
				caps = ner_upper_at(s, ws[q]) && !(lexicon_lookup(s + ws[q], we[q] - ws[q]) &
								 (LEX_ORG_WORD | LEX_COMPANY_SUFFIX));
			if (!caps)
				break;
			size_t pend = m->end;
			m->end = we[k];
			m->margin = 0;
			ner_push(l, ws[k + 1], pend, NER_PERSON);
			break;
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* An endurance race named by its hours and its place ("the 24 Hours of
 * Le Mans", "the 12 Hours of Sebring") is one event's name, an other
 * name, where the model found the place alone or a body. */
static void ner_hour_races(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n, from = 0;
	/* Sought by its capital: a search that starts at a blank stops at
	 * every word. */
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), "Hours of ", 9)) != NULL; p += 9) {
		if (p == s || p[-1] != ' ')
			continue;
		size_t h = (size_t)(p - s) - 1, a = h, e = h + 10;
		while (a > 0 && h - a < 2 && s[a - 1] >= '0' && s[a - 1] <= '9')
			a--;
		if (a == h || (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n') || e >= len || !ner_upper_at(s, e))
			continue;
		/* The place: the mention there, or up to three capitalised
		 * words. */
		while (from < n0 && l->v[from].end <= a)
			from++;
		size_t end = e;
		if (from < n0 && l->v[from].start < a)
			continue;
		/* A mention from the hours or the place on ends it. */
		size_t j = from;
		while (j < n0 && l->v[j].start <= e) {
			if (l->v[j].end > end)
				end = l->v[j].end;
			j++;
		}
		if (end == e)
			for (int w = 0; w < 3 && end < len && ner_upper_at(s, end); w++) {
				size_t we = token_alnum_end(s, end, len);
				if (we == end)
					break;
				end = we;
				if (!(end + 1 < len && s[end] == ' ' && ner_upper_at(s, end + 1)))
					break;
				end++;
			}
		/* Not where a name runs on past the place. */
		int past = 0;
		for (size_t k = from; k < n0 && l->v[k].start < end && !past; k++)
			past = l->v[k].end > end;
		if (end <= e || past)
			continue;
		/* The mentions inside go; the race is one. */
		for (size_t k = from; k < n0 && l->v[k].start < end; k++)
			l->v[k].end = l->v[k].start;
		ner_push(l, a, end, NER_MISC);
	}
	if (l->n > n0) {
		size_t o = 0;
		for (size_t i = 0; i < l->n; i++)
			if (l->v[i].end > l->v[i].start)
				l->v[o++] = l->v[i];
		l->n = o;
		ner_sort_mentions(l->v, l->n);
	}
}

/* A world's fair is named with its year ("Expo 2020", "World Expo
 * 2010"), as the training data writes it: the year is the fair's, not a
 * date, where "Expo" or a name that ends in it comes right before; so is
 * Europe's football championship ("UEFA Euro 2016", "Euro 2020"). */
static void ner_expo_years(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_DATE || m->end - m->start != 4 || m->start < 5 ||
		    (memcmp(s + m->start - 5, "Expo ", 5) != 0 && memcmp(s + m->start - 5, "Euro ", 5) != 0) ||
		    !(s[m->start] >= '1' && s[m->start] <= '2'))
			continue;
		size_t es = m->start - 5;
		if (es > 0 && ner_alnum_at(s, es - 1))
			continue;
		/* A name the model found that ends in "Expo" takes the year in. */
		if (i > 0 && l->v[i - 1].end == m->start - 1 && l->v[i - 1].start <= es) {
			ner_merge_next(l, i - 1, NER_MISC, &gone, n0);
			continue;
		}
		if (i > 0 && l->v[i - 1].end > es)
			continue;
		m->start = es;
		m->type = NER_MISC;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* A court case is named by its parties with "v." between ("Harlan v.
 * Department of Revenue"): one other name (MISC), not the organization
 * or person the model made of it, with the words of a title before "of"
 * that the model left out ("Comptroller of the [Treasury v. Wynne]").
 * Sports write "v" without the dot, and name two teams. */
static void ner_case_names(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || (gone && gone[i]))
			continue;
		/* The parties in two mentions ("[Harlow] v. [Kessling]"), or
		 * in one. */
		if (i + 1 < n0 && m->end + 5 < len && s[m->end + 1] == 'v' && s[m->end + 2] == '.' &&
		    memcmp(s + m->end, " v. ", 4) == 0 && l->v[i + 1].start == m->end + 4 && l->v[i + 1].type != NER_DATE)
			ner_merge_next(l, i, NER_MISC, &gone, n0);
		else {
			size_t n = m->end - m->start;
			const char *v = n >= 8 ? ner_find(s, s + m->start, n, " v. ", 4) : NULL;
			if (!v || (size_t)(v - s) == m->start || !ner_upper_at(s, (size_t)(v - s) + 4))
				continue;
		}
		m->type = NER_MISC;
		m->margin = 0;
		for (int k = 0; k < 2; k++) {
			size_t of = m->start >= 8 && memcmp(s + m->start - 8, " of the ", 8) == 0 ? 7 :
				    m->start >= 4 && memcmp(s + m->start - 4, " of ", 4) == 0 ? 3 : 0;
			if (!of)
				break;
			size_t ws = ner_word_start(s, 0, m->start - of - 1);
			if (!ner_upper_at(s, ws) || (i > 0 && l->v[i - 1].end > ws))
				break;
			m->start = ws;
		}
	}
	ner_drop_gone(l, gone, n0);
}

/* Whether the ship's name s[a..e) after a prefix is a person's, a given
 * name first ("USS Edmund Harlow"), which the story may name alone. */
static int ner_ship_person_name(const char *s, size_t a, size_t e)
{
	size_t fw = ner_space_end(s, a, e);
	return fw < e && (lexicon_lookup(s + a, fw - a) & LEX_FIRST_NAME);
}

/* A ship's name is an other name (MISC, as ANNOTATION.md types products
 * and CoNLL's labels type ships): after its prefix, which is part of it
 * ("USS Theodore Roosevelt", not an organization and a person), or after
 * a kind of vessel ("the cruise ship Harbour Princess", which the model
 * may not find at all, nor a place). The story's other mentions of the
 * name are the ship's. A country or a people's word after a kind is no
 * ship's name ("the tanker Iran seized"). */
static void ner_ships(const char *s, size_t len, struct ner_list *l)
{
	/* The names, without their prefixes, and whether one that had a
	 * prefix is a person's. */
	size_t name[8][3], nn = 0, n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP || (gone && gone[i]))
			continue;
		size_t st = ner_ship_start(s, m->start), fw = m->start, ns = m->start;
		if (st > m->start) {
			/* The prefix within the mention ("HMS Valmora" an
			 * organization): two capitals first. */
			if (m->start + 1 < m->end && ner_upper_at(s, m->start + 1))
				fw = ner_space_end(s, m->start, m->end);
			if (fw > m->start && fw < m->end && ner_upper_at(s, fw + 1) &&
			    NER_LIT_IN(ner_ship_prefixes, s + m->start, fw - m->start)) {
				st = m->start;
				ns = fw + 1;
			} else if (fw == m->end && m->end + 1 < len && s[m->end] == ' ' && ner_upper_at(s, m->end + 1) &&
				   NER_LIT_IN(ner_ship_prefixes, s + m->start, fw - m->start) &&
				   (i + 1 >= n0 || l->v[i + 1].start > m->end + 1)) {
				/* The prefix alone, the name after it not found
				 * ("USS" an organization before "Edmund Harlow"). */
				size_t e = ner_ship_name_end(s, m->end + 1, i + 1 < n0 ? l->v[i + 1].start : len);
				if (e <= m->end + 1 ||
				    text_caps_word(s + m->end + 1, ner_space_end(s, m->end + 1, e) - m->end - 1))
					continue;
				st = m->start;
				ns = m->end + 1;
				m->end = e;
			} else
				continue;
		} else if (st == m->start &&
			   ((lexicon_lookup(s + m->start, m->end - m->start) & LEX_COUNTRY) || m->type == NER_GROUP))
			continue;
		/* The prefix a mention of its own ("USS" an organization). */
		if (st < m->start && i > 0 && l->v[i - 1].start == st && l->v[i - 1].end == m->start - 1) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[i - 1] = 1;
		} else if (st < m->start && i > 0 && l->v[i - 1].end > st)
			continue;
		m->start = st;
		m->type = NER_MISC;
		m->margin = 0;
		/* Whom the ship was built or named for is a name of its own:
		 * "launched as USS Hale for the United States Navy". */
		size_t rs = 0, re = 0;
		const char *f = ner_find(s, s + ns, m->end - ns, " for ", 5);
		if (f) {
			rs = (size_t)(f - s) + 5;
			if (rs + 4 < m->end && memcmp(s + rs, "the ", 4) == 0)
				rs += 4;
			if (rs < m->end && ner_upper_at(s, rs)) {
				re = m->end;
				m->end = (size_t)(f - s);
			}
		}
		/* A number after the name is part of it ("Valmora 1"). */
		size_t d = m->end + 1;
		while (d < len && s[d] >= '0' && s[d] <= '9')
			d++;
		/* Not a count or an amount ("Valmora 2,500 tonnes"). */
		int whole = d >= len || (!ner_alnum_at(s, d) && !((s[d] == '.' || s[d] == ',') && d + 1 < len &&
								   s[d + 1] >= '0' && s[d + 1] <= '9'));
		if (d > m->end + 1 && m->end < len && s[m->end] == ' ' && whole &&
		    (i + 1 >= n0 || l->v[i + 1].start >= d))
			m->end = d;
		/* A name with "of" that the model cut in two ("Empress of
		 * [Valmora]"). */
		if (i + 1 < n0 && l->v[i + 1].start == m->end + 4 && memcmp(s + m->end, " of ", 4) == 0 &&
		    l->v[i + 1].type != NER_DATE) {
			ner_merge_next(l, i, NER_MISC, &gone, n0);
			m = &l->v[i];
		}
		if (nn < 8) {
			name[nn][0] = ns;
			name[nn][1] = m->end - ns;
			name[nn++][2] = ns > st && ner_ship_person_name(s, ns, m->end);
		}
		if (re > rs) {
			int t = ner_lex_type(lexicon_lookup(s + rs, re - rs));
			ner_push(l, rs, re, t >= 0 && t != NER_DATE ? (enum ner_type)t : NER_ORG);
		}
	}
	/* The story's other mentions of the names, and the name where the
	 * model did not find it ("The Harbour Princess docked"); a person's
	 * name that had a prefix only after "the" (the ship is "the Edmund
	 * Harlow", the man "Edmund Harlow said"). */
	for (size_t k = 0; k < nn; k++) {
		const char *w = s + name[k][0];
		size_t wn = name[k][1];
		for (size_t i = 0; i < n0; i++) {
			struct ner_mention *m = &l->v[i];
			if (m->type != NER_DATE && m->type != NER_MISC && m->end - m->start == wn &&
			    memcmp(s + m->start, w, wn) == 0 && (!gone || !gone[i]) &&
			    (!name[k][2] || (m->start >= 4 && ner_lit_is_nocase("the ", s + m->start - 4, 4)))) {
				m->type = NER_MISC;
				m->margin = 0;
			}
		}
		for (const char *p = s; wn >= 3 && (p = ner_find(s, p, len - (size_t)(p - s), w, wn)) != NULL; p += wn) {
			size_t at = (size_t)(p - s);
			if ((at > 0 && ner_alnum_at(s, at - 1)) || (at + wn < len && ner_alnum_at(s, at + wn)) ||
			    (name[k][2] && !(at >= 4 && ner_lit_is_nocase("the ", s + at - 4, 4))))
				continue;
			/* Mentions within the name are parts of it ("Empress"
			 * and "Valmora" of "Empress of Valmora"); one across its
			 * edge keeps it out. */
			int free_at = 1, inside = 0;
			for (size_t i = 0; i < l->n && free_at; i++) {
				if (l->v[i].end <= at || l->v[i].start >= at + wn || (i < n0 && gone && gone[i]))
					continue;
				free_at = i < n0 && l->v[i].start >= at && l->v[i].end <= at + wn;
				inside = 1;
			}
			if (!free_at)
				continue;
			for (size_t i = 0; inside && i < n0; i++)
				if (l->v[i].start >= at && l->v[i].end <= at + wn) {
					if (!gone)
						gone = xcalloc(n0, 1);
					gone[i] = 1;
				}
			ner_push(l, at, at + wn, NER_MISC);
		}
	}
	ner_drop_gone(l, gone, n0);
	if (l->n > n0 || gone)
		ner_sort_mentions(l->v, l->n);
}

/* A part of a place named by a point of the compass is one place with it
 * ("Northeast Philadelphia", "North Philadelphia"), where the model read
 * the word of the compass as a place of its own. A point of the compass
 * in lower case before a name only says where in it ("eastern [Siberia]",
 * as ANNOTATION.md leaves "the" out), though some of the model's training
 * took it in. */
static void ner_compass_places(const char *s, struct ner_list *l)
{
	static const char *const compass[] = { "North",	   "South",	"East",	     "West",	 "Northeast",
					       "Northwest", "Southeast", "Southwest", "Northern", "Southern",
					       "Eastern",   "Western",	"Central",   NULL };
	static const char *const lower[] = { "north",	     "south",	     "east",	     "west",
					     "northern",     "southern",     "eastern",	     "western",
					     "northeast",    "northwest",    "southeast",    "southwest",
					     "northeastern", "northwestern", "southeastern", "southwestern",
					     "north-east",   "north-west",   "south-east",   "south-west",
					     "north-eastern", "north-western", "south-eastern", "south-western",
					     "central",	     NULL };
	size_t said[8], nsaid = 0;	/* the names made places after a point */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* A point of the compass as an adjective, capitalised, is no
		 * one's name ("19 Northern and Northeastern states"); "North"
		 * and "West" are surnames too. */
		size_t mn = m->end - m->start;
		if (m->type == NER_PERSON && mn >= 7 &&
		    (memcmp(s + m->end - 3, "ern", 3) == 0 || ner_lit_is("Central", s + m->start, mn)) &&
		    !ner_chr(s, s + m->start, ' ', mn)) {
			/* The test above leaves only the adjectives to match. */
			for (int k = 0; lower[k]; k++)
				if (ner_lit_is_nocase(lower[k], s + m->start, m->end - m->start)) {
					m->end = m->start;
					break;
				}
			continue;
		}
		/* A person's or a body's name after the point in lower case
		 * is a place's ("southern Tessaly and northern [Velmaria]",
		 * "northern [Mahé]"): the training data types 124 names there
		 * places and one a body. Not one a given name starts. */
		if ((m->type == NER_PERSON || m->type == NER_ORG) && m->start >= 6 && s[m->start - 1] == ' ' &&
		    strchr("nhtl", s[m->start - 2]) && ner_word_before_in(s, m->start, lower) &&
		    !ner_given_name_first(s, m)) {
			m->type = NER_PLACE;
			m->margin = 0;
			if (nsaid < sizeof said / sizeof *said)
				said[nsaid++] = i;
			continue;
		}
		if (m->type == NER_DATE || !(s[m->start] >= 'a' && s[m->start] <= 'z'))
			continue;
		size_t we = ner_space_end(s, m->start, m->end);
		/* Alone it is no name at all ("on northern Kaduna state" read
		 * as "northern" and "Kaduna"): marked to go below. */
		if (we == m->end) {
			for (int k = 0; lower[k]; k++)
				if (ner_lit_is(lower[k], s + m->start, we - m->start)) {
					m->end = m->start;
					break;
				}
			continue;
		}
		if (we + 1 >= m->end || !(s[we + 1] >= 'A' && s[we + 1] <= 'Z'))
			continue;
		for (int k = 0; lower[k]; k++)
			if (ner_lit_is(lower[k], s + m->start, we - m->start)) {
				m->start = we + 1;
				m->margin = 0;
				break;
			}
	}
	/* The story's other mentions of those names are the places too. */
	for (size_t k = 0; k < nsaid; k++) {
		const struct ner_mention *p = &l->v[said[k]];
		for (size_t i = 0; i < l->n; i++) {
			struct ner_mention *m = &l->v[i];
			if ((m->type == NER_PERSON || m->type == NER_ORG) && m->end - m->start == p->end - p->start &&
			    memcmp(s + m->start, s + p->start, p->end - p->start) == 0) {
				m->type = NER_PLACE;
				m->margin = 0;
			}
		}
	}
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.end == m.start)
			continue;
		if (o > 0) {
			struct ner_mention *p = &l->v[o - 1];
			int known = 0;
			if (p->type == NER_PLACE && m.type == NER_PLACE && m.start == p->end + 1 && s[p->end] == ' ')
				for (int k = 0; compass[k] && !known; k++)
					known = ner_lit_is(compass[k], s + p->start, p->end - p->start);
			if (known) {
				p->end = m.end;
				p->margin = 0;
				continue;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A law's head word alone after "the", "this" or "that", where the story
 * has named the law in full before ("the Harbour Safety Bill ... the Bill
 * goes to the Senate"): the law again, which the model, reading "the
 * Bill" as a common noun or a given name, may miss. The identity pass
 * (entity_law_heads) makes it the law's. */
static void ner_law_heads(const char *s, size_t len, struct ner_list *l)
{
	static const char *const heads[] = { "Bill", "Act", "Treaty", "Accord", "Agreement", "Convention",
					     "Charter", "Protocol", "Amendment" };
	static const char *const dets[] = { "the", "this", "that", NULL };
	enum { NHEADS = sizeof heads / sizeof *heads };
	size_t first[NHEADS];
	int any = 0;
	for (size_t h = 0; h < NHEADS; h++)
		first[h] = SIZE_MAX;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_MISC)
			continue;
		size_t lw = ner_word_start(s, m->start, m->end);
		if (lw == m->start)
			continue;
		for (size_t h = 0; h < NHEADS; h++)
			if (first[h] == SIZE_MAX && ner_lit_is(heads[h], s + lw, m->end - lw)) {
				first[h] = m->end;
				any = 1;
			}
	}
	if (!any)
		return;
	size_t n0 = l->n;
	for (size_t h = 0; h < NHEADS; h++)
		if (first[h] != SIZE_MAX)
			ner_push_lone_word(s, len, l, n0, heads[h], first[h], dets, NER_MISC);
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Sport's letters that are no name: a boxer's record counts knockouts
 * after a number ("58-3 (51 KO)", "47 KO's", "24 KOs"), a bout is won
 * "by KO" or "by TKO", and a player goes "on IR" or "to IR" (the
 * injured reserve list). */
static void ner_knockouts(const char *s, struct ner_list *l)
{
	static const char *const by[] = { "by", NULL }, *const on_to[] = { "on", "to", NULL };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start, a = m->start;
		int ko = (n == 2 && memcmp(s + a, "KO", 2) == 0) || (n == 3 && memcmp(s + a, "TKO", 3) == 0) ||
			 (n == 3 && memcmp(s + a, "KOs", 3) == 0) || (n == 4 && memcmp(s + a, "TKOs", 4) == 0);
		if (ko && a >= 2 && s[a - 1] == ' ' &&
		    ((s[a - 2] >= '0' && s[a - 2] <= '9') || ner_word_before_in(s, a, by)))
			continue;
		if (n == 2 && memcmp(s + a, "IR", 2) == 0 && ner_word_before_in(s, a, on_to))
			continue;
		l->v[o++] = *m;
	}
	l->n = o;
}

void ner_article(const struct article *a, struct ner_list *out)
{
	static const char *const keys[] = { "title", "headline", "author", "authors", "byline", "by",
					    "source", "publisher", NULL };
	struct ner_range *r = xmalloc((a->npara + a->nfields + 1) * sizeof *r);
	size_t nr = 0;
	/* Room for the mentions a story of its length mostly has (news
	 * names one thing in 60 bytes or more), made at once: the list grew
	 * from nothing by reallocations, a few a story. */
	size_t room = a->len / 48 + 16;
	out->v = xgrow(out->v, &out->cap, out->n + (room < 65536 ? room : 65536), sizeof *out->v);
	for (size_t i = 0; i < a->nfields; i++)
		for (int k = 0; keys[k]; k++)
			if (a->fields[i].key[0] == keys[k][0] && strcmp(a->fields[i].key, keys[k]) == 0) {
				r[nr].start = a->fields[i].value_start;
				r[nr].end = a->fields[i].value_end;
				r[nr].caption = 0;
				r[nr].boilerplate = 0;
				nr++;
			}
	size_t cap = a->npara + a->nfields + 1;
	/* Text split into tokens by another tool has a sentence a line, as
	 * CoNLL-style corpora write it: no name runs on into the next line
	 * ("Ricky\nPonting" are two, cut where the corpus cut its sentence). */
	int split = ner_split_text(a->data, a->len);
	int lines = split && ner_line_sentences(a->data, a->len);
	for (size_t k = 0; k < a->npara; k++) {
		size_t start = a->paras[k].start, end = a->paras[k].end;
		/* Program code names no one: "new Headers()" is no person. */
		if (a->paras[k].flags & ARTICLE_PARA_CODE)
			continue;
		/* The rows of a table or a list are apart: no name runs from
		 * the end of one row into the next. */
		if ((a->paras[k].flags & ARTICLE_PARA_PRE) || lines) {
			const char *nl;
			while ((nl = memchr(a->data + start, '\n', end - start)) != NULL) {
				size_t e = (size_t)(nl - a->data);
				if (e > start) {
					r = xgrow(r, &cap, nr + 1, sizeof *r);
					r[nr].start = start;
					r[nr].end = e;
					r[nr].caption = 0;
					r[nr].boilerplate = 0;
					nr++;
				}
				start = e + 1;
			}
		}
		/* A paragraph of megabytes is read in pieces cut after a full
		 * stop (or at least at a space). */
		while (end - start > NER_PIECE) {
			size_t cut = start + NER_PIECE, c = cut;
			while (c > start + NER_PIECE / 2 && !(a->data[c] == ' ' && a->data[c - 1] == '.'))
				c--;
			if (c <= start + NER_PIECE / 2) {
				c = cut;
				while (c > start + NER_PIECE / 2 && a->data[c] != ' ')
					c--;
			}
			if (c <= start + NER_PIECE / 2)
				c = cut;
			r = xgrow(r, &cap, nr + 1, sizeof *r);
			r[nr].start = start;
			r[nr].end = c;
			r[nr].caption = 0;
			r[nr].boilerplate = 0;
			nr++;
			start = c;
		}
		r = xgrow(r, &cap, nr + 1, sizeof *r);
		r[nr].start = start;
		r[nr].end = end;
		r[nr].caption = ner_is_caption(a, &a->paras[k]);
		r[nr].boilerplate = (a->paras[k].flags & ARTICLE_PARA_BOILERPLATE) != 0;
		nr++;
	}
	/* A huge article is read in batches of paragraphs, so that its tokens
	 * never all sit in memory at once; the model's document memory then
	 * spans a batch, which is still far longer than any news story. */
	enum { NER_BATCH = 256 * 1024 };
	size_t first = 0;
	while (first < nr) {
		size_t last = first, bytes = 0;
		while (last < nr && (last == first || bytes + (r[last].end - r[last].start) <= NER_BATCH)) {
			bytes += r[last].end - r[last].start;
			last++;
		}
		ner_ranges(a->data, r + first, last - first, out);
		first = last;
	}
	free(r);
	ner_spaced_initials(a->data, a->len, out);
	ner_quoted_titles(a->data, a->len, out);
	ner_trim_heads(a->data, out);
	ner_general_companies(a->data, out, 0);
	ner_lone_suffixes(a->data, out);
	ner_lower_suffixes(a->data, a->len, out);
	ner_table_words(a->data, a->len, out);
	ner_articles(a->data, out);
	ner_given_names(a->data, out);
	ner_given_name_firms(a->data, out);
	ner_place_kind_after(a->data, a->len, out);
	ner_consistent_types(a->data, out);
	ner_partner_pairs(a->data, out);
	ner_company_nouns(a->data, a->len, out);
	ner_org_branches(a->data, out);
	ner_sentence_lower_heads(a->data, a->len, out);
	ner_products(a->data, a->len, out);
	ner_listed_products(a->data, a->len, out);
	ner_maker_products(a->data, out);
	ner_of_place_heads(a->data, out);
	ner_kind_of_places(a->data, out);
	ner_datelines(a->data, a->len, out);
	ner_dash_datelines(a->data, out);
	/* The rules for text split into tokens by another tool run only on
	 * such text. */
	if (split) {
		ner_spaced_abbrevs(a->data, out);
		ner_spaced_apostrophes(a->data, a->len, out);
		ner_spaced_marks(a->data, a->len, out);
		ner_spaced_korean_names(a->data, a->len, out);
	} else {
		ner_dash_tails(a->data, out);
	}
	ner_sentence_common_words(a->data, a->len, out);
	ner_member_states(a->data, out);
	ner_numbered_groups(a->data, a->len, out);
	ner_glued_tickers(a->data, out);
	ner_inner_phrases(a->data, out);
	enum language lang = language_of_article(a);
	ner_story_noun_tails(a->data, a->len, lang, out);
	ner_bylines(a, out);
	ner_hidden_labels(a->data, out);
	ner_tracker_labels(a->data, a->len, out);
	ner_role_plurals(a->data, out);
	ner_term_expansions(a->data, a->len, out);
	ner_role_acronyms(a->data, a->len, out);
	ner_lone_weekdays(a->data, out);
	ner_calendar_possessors(a->data, a->len, out);
	ner_lone_bodies(a->data, out);
	ner_story_head_words(a->data, a->len, out);
	ner_person_head_joins(a->data, out);
	ner_facility_people(a->data, a->len, out);
	ner_channel_numbers(a->data, a->len, out);
	ner_oil_grades(a->data, a->len, out);
	ner_hyphen_pairs(a->data, a->len, out);
	ner_hyphen_known_names(a->data, a->len, out);
	ner_route_pairs(a->data, a->len, out);
	ner_event_places(a->data, out);
	ner_lone_initials(a->data, a->len, out);
	ner_story_longer_names(a->data, out);
	ner_story_name_heads(a->data, a->len, out);
	ner_list_last_pairs(a->data, out);
	ner_list_types(a->data, out);
	ner_kind_lists(a->data, a->len, out);
	ner_subject_names(a->data, a->len, out);
	ner_kind_appositions(a->data, a->len, out);
	if (lang == LANGUAGE_EN) {
		ner_proper_nouns(a->data, a->len, out);
		ner_title_people(a->data, a->len, out);
		ner_law_of_the(a->data, out);
		ner_law_heads(a->data, a->len, out);
		ner_money_units(a->data, out);
		ner_story_acronyms(a->data, a->len, out);
		ner_compass_places(a->data, out);
		ner_storms(a->data, out);
		ner_ships(a->data, a->len, out);
		ner_case_names(a->data, a->len, out);
		ner_expo_years(a->data, out);
		ner_hour_races(a->data, a->len, out);
		ner_body_person_runs(a->data, out);
		ner_diseases(a->data, a->len, out);
		ner_numbered_cops(a->data, a->len, out);
		ner_plan_years(a->data, a->len, out);
		ner_numbered_laws(a->data, a->len, out);
		ner_era_names(a->data, out);
		ner_event_head_joins(a->data, out);
		ner_event_heads(a->data, out);
		ner_war_names(a->data, a->len, out);
		ner_role_people(a->data, out);
		ner_prefix_places(a->data, out);
		ner_in_town_places(a->data, out);
		ner_split_titles(a->data, out);
		ner_tail_types(a->data, out);
		ner_ruler_numerals(a->data, a->len, out);
		ner_ruler_epithets(a->data, a->len, out);
		ner_work_list_lines(a->data, a->len, out);
		ner_bracket_aliases(a->data, a->len, out);
		ner_town_lines(a->data, a->len, out);
		ner_event_joins(a->data, a->len, out);
		ner_plural_possessives(a->data, a->len, out);
		ner_post_nominals(a->data, out);
		ner_initial_pronouns(a->data, out);
		ner_republics(a->data, out);
		/* After the republics': "the Order of Merit of the Italian
		 * Republic" is no place. */
		ner_award_orders(a->data, a->len, out);
		ner_study_fields(a->data, out);
		ner_for_teams(a->data, out);
		ner_for_causes(a->data, a->len, out);
		ner_result_lines(a->data, a->len, out);
		ner_for_in_places(a->data, a->len, out);
		ner_people_names(a->data, a->len, out);
		ner_market_names(a->data, a->len, out);
		ner_index_names(a->data, a->len, out);
		ner_model_codes(a->data, a->len, out);
		ner_maker_names(a->data, out);
		ner_story_codes(a->data, a->len, out);
		ner_possessive_products(a->data, a->len, out);
		ner_team_names(a->data, out);
		ner_digit_teams(a->data, a->len, out);
		ner_capital_run_people(a->data, out);
		ner_the_title_heads(a->data, out);
		ner_line_labels(a->data, a->len, out);
		ner_place_projects(a->data, out);
		ner_title_initials(a->data, a->len, out);
		ner_initials_people(a->data, a->len, out);
		ner_inner_offices(a->data, out);
		ner_role_owners(a->data, out);
		ner_metro_places(a->data, out);
		ner_club_of_places(a->data, out);
		ner_comma_firms(a->data, a->len, out);
		ner_seat_places(a->data, a->len, out);
		ner_award_fields(a->data, a->len, out);
		ner_year_titles(a->data, a->len, out);
		ner_year_lists(a->data, a->len, out);
		ner_label_names(a->data, out);
		ner_work_title_types(a->data, a->len, out);
		ner_year_works(a->data, a->len, out);
		ner_apposed_titles(a->data, a->len, out);
		ner_series_names(a->data, a->len, out);
		ner_cue_bodies(a->data, out);
		ner_person_of_the_bands(a->data, out);
		ner_maker_people(a->data, out);
		ner_airport_codes(a->data, out);
		ner_club_towns(a->data, a->len, out);
		ner_place_comma_places(a->data, a->len, out);
		ner_acronym_starts(a->data, a->len, out);
		ner_acronym_types(a->data, a->len, out);
		ner_calendar_names(a->data, out);
		ner_motion_places(a->data, out);
		ner_ampersand_firms(a->data, out);
		/* After the firms of two places ("a subsidiary of Genesee &
		 * Wyoming"). */
		ner_company_people_of(a->data, out);
		ner_line_pairs(a->data, out);
		ner_place_kind_lists(a->data, a->len, out);
	}
	/* Last: the other rules know English only. */
	ner_lang_clean(a->data, a->len, lang, out);
	ner_leading_months(a->data, out);
	ner_trailing_hyphens(a->data, out);
	ner_time_zones(a->data, out);
	ner_person_digit_tails(a->data, out);
	ner_knockouts(a->data, out);
	ner_coordinated_bodies(a->data, a->len, out);
	ner_coordinated_heads(a->data, out);
	ner_quoted_names(a->data, out);
	ner_lower_inner_words(a->data, out);
	ner_kind_tails(a->data, a->len, out);
	ner_common_of_names(a->data, out);
	ner_press_names(a->data, a->len, out);
	ner_language_compounds(a->data, out);
	ner_feature_places(a->data, a->len, out);
	ner_slash_agencies(a->data, a->len, out);
	ner_lower_heads(a->data, out);
	ner_bracketed_nicknames(a->data, out);
	ner_acronym_people(a->data, out);
	ner_tickers(a->data, a->len, out);
	/* Again, for names the rules above cut before a word ("Finance
	 * Ministers of the" before "Group of Five"). */
	ner_articles(a->data, out);
	ner_open_brackets(a->data, a->len, out);
	ner_close_brackets(a->data, a->len, out);
	/* After the brackets' cut: the model may run a name on into "(née". */
	if (lang == LANGUAGE_EN)
		ner_maiden_names(a->data, a->len, out);
	ner_missing_titles(a->data, out);
	ner_hyphen_ranks(a->data, out);
	ner_rank_letters(a->data, a->len, out);
	if (lang == LANGUAGE_EN)
		ner_people_words(a->data, a->len, out);
}

int ner_has_model(void)
{
	return tagger_has_model();
}
