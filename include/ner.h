/* ner: the named-entity recognizer. It tokenizes an article (header values
 * and paragraphs), tags each sentence with the trained model when one is
 * built in, and applies rules and lexicons where they are stronger: dates,
 * titles, demonyms, hyphen compounds, possessives, organization names.
 * Mentions are byte ranges of the article's file, sorted, never overlapping;
 * spans follow shared/ANNOTATION.md. */
#ifndef CROSSREAD_NER_H
#define CROSSREAD_NER_H

#include <stddef.h>

struct article;

enum ner_type { NER_PERSON, NER_ORG, NER_PLACE, NER_GROUP, NER_MISC, NER_DATE, NER_NTYPES };

struct ner_mention {
	size_t start, end;	/* bytes of the file, end exclusive */
	enum ner_type type;	/* what it is */
	float margin;		/* the model's lead of this type over the next
				 * (its words' mean; below 0 where it trails),
				 * 0 where a rule typed it */
};

struct ner_list {
	struct ner_mention *v;	/* sorted by start */
	size_t n, cap;
};

/* Finds every mention in the article (parsed). */
void ner_article(const struct article *a, struct ner_list *out);
/* Finds the mentions in s[start..end) taken as one paragraph. */
void ner_text(const char *s, size_t start, size_t end, struct ner_list *out);
void ner_list_free(struct ner_list *l);

/* "PERSON", "ORG", "PLACE", "GROUP", "MISC", "DATE". */
const char *ner_type_name(enum ner_type t);
/* Sorts names in byte order, for ner_names_extending. */
void ner_names_sort(char **v, size_t n);
/* The first of the sorted names v[0..n) that is s[0..sn) followed by a
 * space and more ("Treasury Board" -> "Treasury Board Secretariat"), or
 * NULL. */
const char *ner_names_extending(char *const *v, size_t n, const char *s, size_t sn);
/* The index of the first of the sorted names v[0..n) that sorts after the
 * string s: where the names that extend it start. */
size_t ner_names_after(char *const *v, size_t n, const char *s);
/* Whether s[a..b) is a number as tables write it: digits, with points,
 * commas, slashes, colons or signs between ("1554", "3-1", "3/4", ".526",
 * "+12.5"). */
int ner_number_word(const char *s, size_t a, size_t b);
struct token_list;
struct tagger_token;
/* Headlines read in their story's casing, as the recognizer reads them
 * (title-case and capital lines whose words the story writes otherwise):
 * tt[0..l->n) are l's tokens of s; those to read otherwise are pointed
 * at lowered or capitalised copies in the returned buffer (free it after
 * tt), or NULL if none is. The trainer reads its data the same way. */
char *ner_truecase_tokens(const char *s, const struct token_list *l, struct tagger_token *tt);

/* Whether a trained model is built in. */
/* Whether "s Minister" (s of n bytes, a portfolio: "Finance") is a title
 * the titles' list knows. */
int ner_minister_title(const char *s, size_t n);

/* Whether the word s[0..n) names a company as the last word of its name:
 * a legal form ("Corp", "Inc") or a trade's word ("Airlines", "Motors"),
 * in any case. */
int ner_company_word(const char *s, size_t n);

/* Lines in capitals that start before this byte of the file are the
 * story's headline. */
#define NER_HEADLINE_END 300

/* Whether a stock ticker in brackets follows s[at] (after spaces or a line
 * break; after a possessive it is another firm's: "France's <SNECMA>"),
 * as wire copy follows a listed company's name
 * with one: "Coca-Cola Co <KO>", "Apple Inc (AAPL.O)", "Acme Corp. (NYSE:
 * ACME)". 0 if none, else the byte after its closing bracket, and the
 * ticker's own bytes in [*ts, *te). len: s's length. */
size_t ner_ticker_after(const char *s, size_t len, size_t at, size_t *ts, size_t *te);

/* Whether the name s[start, end) opens a line of wire copy's dateline
 * ("BOCA RATON, Fla., March 6 -", "NEW YORK (Reuters) -", "KARACHI: "). */
int ner_dateline_at(const char *s, size_t n, size_t start, size_t end);

int ner_has_model(void);

#endif
