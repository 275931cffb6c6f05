/* lexicon: general knowledge compiled in from the text files under
 * src/lexicon/ (countries, cities, regions, demonyms, first names, titles,
 * organization words, well-known organizations, months and weekdays,
 * speech verbs, ordinary capitalised words, event head words). Lookups are by phrase: one or
 * more tokens, compared case-insensitively (ASCII and Latin-1 letters folded),
 * with runs of whitespace as one space. */
#ifndef CROSSREAD_LEXICON_H
#define CROSSREAD_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* What a phrase is known as; a phrase may be several of these. */
enum lexicon_class {
	LEX_COUNTRY = 1u << 0,		/* a country or state: Russia, Russian Federation */
	LEX_CITY = 1u << 1,		/* a city or town: Kyiv, New York */
	LEX_REGION = 1u << 2,		/* a region, feature or territory: Siberia, Black Sea, Calif. */
	LEX_DEMONYM = 1u << 3,		/* a nationality or group adjective/noun: Russian, Canadians */
	LEX_FIRST_NAME = 1u << 4,	/* a given name: Vladimir, Mélanie */
	LEX_TITLE = 1u << 5,		/* a title or honorific before a name: Mr., President */
	LEX_ORG_WORD = 1u << 6,		/* a head word of organization names: Ministry, Institute */
	LEX_ORG = 1u << 7,		/* a well-known organization: NATO, Reuters */
	LEX_MONTH = 1u << 8,		/* a month name or abbreviation: January, Jan. */
	LEX_WEEKDAY = 1u << 9,		/* a weekday: Monday */
	LEX_SPEECH_VERB = 1u << 10,	/* a verb of saying: said, told */
	LEX_COMMON = 1u << 11,		/* an ordinary word often capitalised: Meanwhile, Critical */
	LEX_ROLE = 1u << 12,		/* a role noun after which a name follows: spokesman, analyst */
	LEX_SURNAME_PARTICLE = 1u << 13,/* a particle inside surnames: van, de, Le, bin */
	LEX_COMPANY_SUFFIX = 1u << 14,	/* ends company names: Inc, Corp., Ltd, Co */
	LEX_GROUP = 1u << 15,		/* a religious or political group: Republican, Muslim */
	LEX_PERSON = 1u << 16,		/* a well-known person's full name */
	LEX_EVENT = 1u << 17		/* ends names of events and the like: Crisis, Treaty */
};

/* The classes of the phrase s[0..n), or 0 if it is in no list. */
unsigned lexicon_lookup(const char *s, size_t n);

/* A word given as (pointer, length). */
struct lexicon_word {
	const char *s;
	size_t n;
};

/* The longest phrase of the lexicon that starts at words[i] (at most
 * `max` words), or 0 if none does. *cls gets its classes. */
size_t lexicon_match(const struct lexicon_word *words, size_t nwords, size_t i, unsigned *cls);

/* The same, and *word_cls gets the classes of words[i] alone. */
size_t lexicon_match_word(const struct lexicon_word *words, size_t nwords, size_t i, unsigned *cls,
			  unsigned *word_cls);

/* What lexicon_match_word finds at a word of a sentence. */
struct lexicon_found {
	size_t phrase;		/* the words of the longest phrase starting there, 0 if none */
	unsigned cls;		/* its classes */
	unsigned word_cls;	/* the classes of the word alone */
	unsigned char looked;	/* 0: passed over, the rest 0 too */
};
/* lexicon_match_word at each word of the sentence w[0..n) (hash[j] the
 * text_short_hash of w[j], key[j] its text_short_key, as the caller
 * worked them out once for all its memos) but for those starting with an
 * ASCII byte that is no letter, which are passed over, into out[0..n):
 * one call a sentence, where a call a word cost as much as the look-up.
 * hash[n..n + ahead) are the hashes of the words after the sentence (the
 * next sentences'), whose look-ups are prepared while this one's are
 * made. */
struct text_short_key;
void lexicon_match_sentence(const struct lexicon_word *w, const uint64_t *hash, const struct text_short_key *key,
			    size_t n, size_t ahead, struct lexicon_found *out);

/* Whether s[0..n) is, as written, an abbreviation of a common noun
 * (terms.txt: "CPU", "GDP", "PDF"), no name on its own. */
int lexicon_term(const char *s, size_t n);

/* Whether s[0..n) is, as written, a news agency's letters ("AP", "PTI");
 * *name (if name) is then the agency's name where the letters name other
 * bodies too ("Press Trust of India"), else NULL. */
int lexicon_wire(const char *s, size_t n, const char **name);

/* Whether s[0..n) is, as written, a product's name that news writes
 * without saying what it is (products.txt: "iPhone", "Firefox",
 * "Viagra"): an other name, never a place or a person. */
int lexicon_product(const char *s, size_t n);
/* Whether a product of products.txt starts with the bytes c0 c1, as
 * written: where not, lexicon_product is 0 for every text that starts
 * so, and a walk over many words can pass one over at once. */
int lexicon_product_pair(unsigned char c0, unsigned char c1);

/* Whether s[0..n) (any case) names the kind of a facility or service
 * rather than which one it is: "Center", "Clinic", "Treatment",
 * "Department". */
int lexicon_facility_word(const char *s, size_t n);

/* The canonical name a list gives for the phrase (the country of a demonym,
 * the full name of an alias or acronym), or NULL if it gives none. */
const char *lexicon_canonical(const char *s, size_t n);
/* The English name of the country s[0..n) names in the language of code
 * lang ("es", "fr"; NULL: any), from countries_intl.txt, or NULL:
 * "Turquía" is Turkey. lexicon_canonical falls back on it for any language,
 * so that one country of stories in two languages is one entity. */
const char *lexicon_country_in(const char *lang, const char *s, size_t n);

/* Whether s is one word that the lists give as the canonical name of a
 * longer one (the acronym "EPA" of "Environmental Protection Agency"):
 * the lists know what it stands for. */
int lexicon_spelled_out(const char *s, size_t n);

/* The full name the lists spell acronym s out as (the first listed), in
 * lower case, or NULL: "environmental protection agency" for "EPA". */
const char *lexicon_expansion(const char *s, size_t n);

/* The country city s is in, as the countries list names it ("Japan" for
 * "TOKYO"), or NULL for a city the lists do not place. */
const char *lexicon_city_country(const char *s, size_t n);

/* Whether the word s[0..n) says "son of" or "daughter of" in Arabic and
 * Malay names ("bin", "ibn", "bint", "binti", "bte", "ould"; any case). */
int lexicon_patronymic(const char *s, size_t n);

/* Whether news text writes the word s[0..n) in lower case (any case
 * given; src/lexicon/lowercase.txt, casing counts from news text). */
int lexicon_lowercase(const char *s, size_t n);
/* The same by a search of the list: the reference of the tests. */
int lexicon_lowercase_plain(const char *s, size_t n);

/* The number of entries loaded, for tests. */
size_t lexicon_size(void);

#endif
