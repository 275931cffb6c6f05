/* ner_lang: function words off the mentions of an article in another
 * language than English. See ner_lang.h. */
#include "ner_lang.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "text.h"
#include "xmalloc.h"

/* A mention of more words than this is left as it is. */
enum { NER_LANG_MAX_WORDS = 48 };

struct ner_lang_word {
	size_t s, e;
};

static int ner_lang_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* Whether the mention is one word (a name broken over a line is two). */
static int ner_lang_one_word(const char *s, const struct ner_mention *m)
{
	for (size_t i = m->start; i < m->end; i++)
		if (ner_lang_space(s[i]))
			return 0;
	return 1;
}

static int ner_lang_is(const char *s, const struct ner_lang_word *w, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (strlen(list[i]) == w->e - w->s && strncasecmp(s + w->s, list[i], w->e - w->s) == 0)
			return 1;
	return 0;
}

/* A definite article: the start of some names ("La Paz", "El Salvador",
 * "Le Monde", "O Globo", "Der Spiegel"). */
static int ner_lang_article(const char *s, const struct ner_lang_word *w)
{
	static const char *const arts[] = { "el", "la", "los", "las", "lo", "le", "les", "il", "i", "gli",
					    "o", "a", "os", "as", "der", "die", "das", "den", "dem", "des", NULL };
	return ner_lang_is(s, w, arts);
}

/* A conjunction that can join two names ("Irak y Siria"). */
static int ner_lang_conjunction(const char *s, const struct ner_lang_word *w)
{
	static const char *const conj[] = { "y", "e", "o", "u", "et", "ou", "ed", "und", "oder", NULL };
	return s[w->s] >= 'a' && s[w->s] <= 'z' && ner_lang_is(s, w, conj);
}

/* A word written in lower case: its first letter is, and no other letter
 * is a capital ("iPhone" and "eBay" are names' words). */
static int ner_lang_lower(const char *s, const struct ner_lang_word *w)
{
	if (!text_starts_lower(s + w->s, w->e - w->s))
		return 0;
	for (size_t i = w->s + 1; i < w->e; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			return 0;
	return 1;
}

/* The length of an elided article or preposition before an apostrophe
 * that starts the word ("l'", "dell'", "d’"), or 0. */
static size_t ner_lang_elision(const char *s, const struct ner_lang_word *w)
{
	static const char *const el[] = { "l", "d", "qu", "dell", "all", "nell", "sull", "dall", "un", "s", "n", "j",
					  "c", NULL };
	for (int i = 0; el[i]; i++) {
		size_t k = strlen(el[i]);
		if (w->e - w->s <= k + 1 || strncasecmp(s + w->s, el[i], k) != 0)
			continue;
		const char *p = s + w->s + k;
		size_t a = *p == '\'' ? 1 : (w->e - w->s > k + 3 && memcmp(p, "\xe2\x80\x99", 3) == 0) ? 3 : 0;
		if (a && w->s + k + a < w->e)
			return k + a;
	}
	return 0;
}

/* Whether the word at byte at starts a sentence: nothing but quotes,
 * brackets and dashes between it and the text's start, a line's start or
 * the end of a sentence. */
static int ner_lang_sentence_start(const char *s, size_t at)
{
	size_t j = at;
	for (;;) {
		while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '"' || s[j - 1] == '(' ||
				 s[j - 1] == '[' || s[j - 1] == '\'' || s[j - 1] == '-'))
			j--;
		/* “ ‘ — – « (three bytes, or two for «) */
		if (j >= 3 && (unsigned char)s[j - 3] == 0xe2 && (unsigned char)s[j - 2] == 0x80 &&
		    ((unsigned char)s[j - 1] == 0x9c || (unsigned char)s[j - 1] == 0x98 ||
		     (unsigned char)s[j - 1] == 0x94 || (unsigned char)s[j - 1] == 0x93)) {
			j -= 3;
			continue;
		}
		if (j >= 2 && (unsigned char)s[j - 2] == 0xc2 && (unsigned char)s[j - 1] == 0xab) {
			j -= 2;
			continue;
		}
		break;
	}
	return j == 0 || strchr(".!?:\n\r", s[j - 1]) != NULL;
}

/* Whether the phrase is one the lists know (English's, or a country of the
 * language): a name that starts with its article stays whole. */
static unsigned ner_lang_known(const char *s, size_t a, size_t b, const char *code)
{
	unsigned cls = lexicon_lookup(s + a, b - a);
	if (lexicon_country_in(code, s + a, b - a))
		cls |= LEX_COUNTRY;
	return cls;
}

/* Cuts function words and words in lower case off the start of words
 * w[a..b) of a mention, and function words off its end (and words in lower
 * case where lower_ends), as the start and end of what is left (equal if
 * nothing is). */
static void ner_lang_trim(const char *s, enum language lang, const char *code, const struct ner_lang_word *w,
			  size_t a, size_t b, int lower_ends, size_t *start, size_t *end)
{
	size_t ws = a < b ? w[a].s : 0;
	while (a < b) {
		struct ner_lang_word x = { ws, w[a].e };
		size_t el = ner_lang_elision(s, &x);
		if (el) {
			ws += el;
			continue;
		}
		if (ner_lang_lower(s, &x)) {
			if (++a < b)
				ws = w[a].s;
			continue;
		}
		if (!language_function_word(lang, s + x.s, x.e - x.s))
			break;
		/* A capitalised article inside a sentence, or one the lists
		 * know the name with, is the name's ("en La Matanza"). */
		if (a + 1 < b && ner_lang_article(s, &x) &&
		    (!ner_lang_sentence_start(s, x.s) || ner_lang_known(s, x.s, w[b - 1].e, code)))
			break;
		if (++a < b)
			ws = w[a].s;
	}
	while (b > a && ((lower_ends && ner_lang_lower(s, &w[b - 1])) ||
			 language_function_word(lang, s + w[b - 1].s, w[b - 1].e - w[b - 1].s)))
		b--;
	*start = a < b ? ws : 0;
	*end = a < b ? w[b - 1].e : 0;
}

/* German: the words of the article's names of two words or more, as
 * (pointer, length) sorted for a binary search. */
struct ner_lang_span {
	const char *p;
	size_t n;
};

static int ner_lang_span_cmp(const void *x, const void *y)
{
	const struct ner_lang_span *a = x, *b = y;
	int c = memcmp(a->p, b->p, a->n < b->n ? a->n : b->n);
	return c ? c : (a->n > b->n) - (a->n < b->n);
}

/* Whether a one-word German mention is a name: a list knows it, it is an
 * acronym or written with a capital inside ("FaceTime"), or a longer name
 * of the article holds the word. */
static int ner_lang_german_word(const char *s, const struct ner_mention *m, const struct ner_lang_span *held,
				size_t nheld)
{
	const char *p = s + m->start;
	size_t n = m->end - m->start;
	unsigned cls = ner_lang_known(s, m->start, m->end, "de");
	if (cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_PERSON | LEX_DEMONYM | LEX_GROUP))
		return 1;
	if ((cls & LEX_FIRST_NAME) && m->type == NER_PERSON)
		return 1;
	if (n >= 2 && text_all_upper(p, n))
		return 1;
	/* A capital after a small letter: "FaceTime", "iPhone"; not the
	 * noun of a compound ("QR-Code"). */
	for (size_t i = 1; i < n; i++)
		if (p[i] >= 'A' && p[i] <= 'Z' && p[i - 1] >= 'a' && p[i - 1] <= 'z')
			return 1;
	struct ner_lang_span k = { p, n };
	return nheld && bsearch(&k, held, nheld, sizeof k, ner_lang_span_cmp) != NULL;
}

/* Whether byte c may be part of a word (letters of any script, digits,
 * an apostrophe or a hyphen inside). */
static int ner_lang_word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
	       c == '-';
}

/* The model knows no word of these languages: a capitalised one that opens
 * a sentence ("Visita", "Cuando"), a heading or a title looks to it like a
 * name. A one-word mention there stays only where the lists know it or the
 * text writes the same word capitalised inside a sentence too. The words
 * written so are gathered in one pass and sorted: n log n. */
static size_t ner_lang_sentence_words(const char *s, size_t n, const char *code, struct ner_mention *v, size_t nv)
{
	struct ner_lang_span *inner = NULL;
	size_t ninner = 0, icap = 0;
	for (size_t i = 0; i < n;) {
		if (!ner_lang_word_byte((unsigned char)s[i]) || s[i] == '\'' || s[i] == '-') {
			i++;
			continue;
		}
		size_t b = i;
		while (i < n && ner_lang_word_byte((unsigned char)s[i]))
			i++;
		size_t e = i;
		while (e > b && (s[e - 1] == '\'' || s[e - 1] == '-'))
			e--;
		if (text_starts_upper(s + b, e - b) && !ner_lang_sentence_start(s, b)) {
			inner = xgrow(inner, &icap, ninner + 1, sizeof *inner);
			inner[ninner++] = (struct ner_lang_span){ s + b, e - b };
		}
	}
	if (ninner)
		qsort(inner, ninner, sizeof *inner, ner_lang_span_cmp);
	size_t k = 0;
	for (size_t i = 0; i < nv; i++) {
		const struct ner_mention *m = &v[i];
		int keep = m->type == NER_DATE || !ner_lang_one_word(s, m) || !ner_lang_sentence_start(s, m->start);
		if (!keep) {
			struct ner_lang_span key = { s + m->start, m->end - m->start };
			keep = (ner_lang_known(s, m->start, m->end, code) &
				(LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_PERSON | LEX_DEMONYM | LEX_GROUP |
				 LEX_FIRST_NAME)) ||
			       text_all_upper(key.p, key.n) ||
			       (ninner && bsearch(&key, inner, ninner, sizeof key, ner_lang_span_cmp) != NULL);
		}
		if (keep)
			v[k++] = v[i];
	}
	free(inner);
	return k;
}

void ner_lang_clean(const char *s, size_t n, enum language lang, struct ner_list *out)
{
	if (lang == LANGUAGE_EN || lang > LANGUAGE_OTHER || out->n == 0)
		return;
	/* A language without lists of its own: the countries' names of
	 * every language the lists have. */
	const char *code = lang == LANGUAGE_OTHER ? NULL : language_code(lang);
	struct ner_mention *v = NULL;
	size_t nv = 0, cap = 0;
	struct ner_lang_word w[NER_LANG_MAX_WORDS];
	for (size_t i = 0; i < out->n; i++) {
		struct ner_mention m = out->v[i];
		size_t nw = 0;
		for (size_t p = m.start; p < m.end && nw < NER_LANG_MAX_WORDS;) {
			while (p < m.end && ner_lang_space(s[p]))
				p++;
			if (p == m.end)
				break;
			size_t q = p;
			while (q < m.end && !ner_lang_space(s[q]))
				q++;
			w[nw++] = (struct ner_lang_word){ p, q };
			p = q;
		}
		if (m.type == NER_DATE || nw == 0 || nw == NER_LANG_MAX_WORDS) {
			v = xgrow(v, &cap, nv + 1, sizeof *v);
			v[nv++] = m;
			continue;
		}
		/* The parts: cut at a word in lower case that is no function
		 * word (a verb: "Carlos Nino llamó"), and at a conjunction
		 * between two places or before an article ("Irak y Siria",
		 * "... del Kurdistán y la República de Turquía"). */
		int whole_known = ner_lang_known(s, m.start, m.end, code) != 0;
		/* German joins nouns with small words ("Zahl der Zusatzfelder");
		 * a person's name holds only a particle after a given name
		 * ("Ursula von der Leyen"). */
		int german_person = lang == LANGUAGE_DE && m.type == NER_PERSON &&
				    (lexicon_lookup(s + w[0].s, w[0].e - w[0].s) & LEX_FIRST_NAME);
		size_t a = 0;
		for (size_t k = 0; k <= nw; k++) {
			int cut = k == nw;
			if (!cut && k > a && k + 1 < nw) {
				if (lang == LANGUAGE_DE)
					cut = ner_lang_lower(s, &w[k]) && !german_person;
				else if (ner_lang_conjunction(s, &w[k]))
					cut = (m.type == NER_PLACE && !whole_known) ||
					      (ner_lang_lower(s, &w[k + 1]) &&
					       language_function_word(lang, s + w[k + 1].s, w[k + 1].e - w[k + 1].s));
				/* Names of bodies hold adjectives ("Front national");
				 * a person's, none. */
				else if (m.type == NER_PERSON && ner_lang_lower(s, &w[k]))
					cut = !language_function_word(lang, s + w[k].s, w[k].e - w[k].s) &&
					      !(lexicon_lookup(s + w[k].s, w[k].e - w[k].s) & LEX_SURNAME_PARTICLE);
			}
			if (!cut)
				continue;
			size_t ps, pe;
			ner_lang_trim(s, lang, code, w, a, k, lang == LANGUAGE_DE || m.type == NER_PERSON, &ps, &pe);
			a = k + 1;
			if (ps == pe)
				continue;
			struct ner_mention p = m;
			int changed = ps != m.start || pe != m.end;
			p.start = ps;
			p.end = pe;
			/* One function word alone is no name ("Cuando", "Elle"). */
			if (language_function_word(lang, s + ps, pe - ps))
				continue;
			if ((p.type == NER_PERSON || p.type == NER_MISC || p.type == NER_ORG) &&
			    lexicon_country_in(code, s + ps, pe - ps))
				p.type = NER_PLACE;
			else if (changed && p.type == NER_PERSON) {
				unsigned cls = lexicon_lookup(s + ps, pe - ps);
				if ((cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) && !(cls & (LEX_FIRST_NAME | LEX_PERSON | LEX_ORG)))
					p.type = NER_PLACE;
				/* A "person" the model began with "de la" is none
				 * ("de la République"), unless a list says so. */
				else if (ps != m.start && ner_lang_one_word(s, &p) &&
					 !(cls & (LEX_FIRST_NAME | LEX_PERSON)))
					continue;
			}
			if (changed)
				p.margin = 0;
			v = xgrow(v, &cap, nv + 1, sizeof *v);
			v[nv++] = p;
		}
	}
	if (lang != LANGUAGE_DE)
		nv = ner_lang_sentence_words(s, n, code, v, nv);
	if (lang == LANGUAGE_DE) {
		/* Every noun is capitalised: a name of one word stands only on
		 * what else says it is one. */
		struct ner_lang_span *held = NULL;
		size_t nheld = 0, hcap = 0;
		for (size_t i = 0; i < nv; i++) {
			if (v[i].type == NER_DATE || ner_lang_one_word(s, &v[i]))
				continue;
			for (size_t p = v[i].start; p < v[i].end;) {
				size_t q = p;
				while (q < v[i].end && !ner_lang_space(s[q]))
					q++;
				held = xgrow(held, &hcap, nheld + 1, sizeof *held);
				held[nheld++] = (struct ner_lang_span){ s + p, q - p };
				p = q + 1;
			}
		}
		if (nheld)
			qsort(held, nheld, sizeof *held, ner_lang_span_cmp);
		size_t k = 0;
		for (size_t i = 0; i < nv; i++)
			if (v[i].type == NER_DATE || !ner_lang_one_word(s, &v[i]) || ner_lang_german_word(s, &v[i], held, nheld))
				v[k++] = v[i];
		nv = k;
		free(held);
	}
	free(out->v);
	out->v = v;
	out->n = nv;
	out->cap = cap;
}
