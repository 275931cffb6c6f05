/* The recognizer's modules (src/ner/): the token and work types they share,
 * the small helpers every rule asks, and the rules one module offers
 * another. Not a public interface: include/ner.h is that. */
#ifndef CROSSREAD_NER_INTERNAL_H
#define CROSSREAD_NER_INTERNAL_H

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

#define ner_is(t, w) ner_is_n((t), (w), sizeof(w) - 1)

#define ner_is_str(t, w) ner_is_n((t), (w), strlen(w))

/* A word of a list with its length, counted by the compiler, for the
 * lists asked of most words. */
struct ner_lit {
	const char *w;
	size_t n;
};

#define NER_LIT(w) { w, sizeof(w) - 1 }

#define NER_LIT_IN(v, w, n) ner_lit_in((v), sizeof(v) / sizeof *(v), (w), (n))

/* Defines a stable sort NAME of TYPE v[0..n) by LESS(a, b) (two
 * pointers), the order glibc's qsort (a merge sort) gave, without its
 * calls through a pointer: the lists come mostly sorted, so a pass finds
 * most of them in order; short ones are sorted by insertion, the rest by
 * halves merged, the left first on ties. */
#define NER_DEFINE_SORT(NAME, TYPE, LESS)                                              \
	void NAME(TYPE *v, size_t n)                                                   \
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

/* A range of the file to read, with what kind of text it is. */
struct ner_range {
	size_t start, end;
	int caption;		/* a photo caption with its credit */
	int boilerplate;	/* dimmed web leftovers */
};

/* How far from a word the story is read for how it writes the word: a
 * bounded look, so that a file of many such words stays linear. */
#define NER_NEAR_TEXT 16384

/* The text of the mention a word sort orders (ner_company_nouns,
 * ner_general_companies). */
struct ner_word_ref {
	const char *s;
	size_t n, i;		/* its bytes, and its mention's index */
};

/* The rules and tables one module offers the others, by module. */

/* sentence.c */
void ner_push(struct ner_list *l, size_t start, size_t end, enum ner_type type);
size_t ner_word_start(const char *s, size_t lo, size_t e);
int ner_publication_bytes(const char *s, size_t n);
extern const char *const ner_place_kinds[];
int ner_common_tail(const char *s, size_t n);
int ner_thousands(const char *s, size_t n);
int ner_work_word(const char *s, size_t n);
void ner_sentence(struct ner_work *w, size_t a, size_t b);
struct ner_tok *ner_tokens(const char *s, const struct token_list *l);

/* document.c */
int ner_ticker_shape(const char *s, size_t a, size_t b, int dotted);
size_t ner_firm_of_start(const char *s, size_t start);
int ner_title_function_word(const struct ner_tok *t);
int ner_lowercase_word(const char *s, size_t n);
extern const unsigned char ner_ascii_lower[256];
void ner_story_noun_tails(const char *s, size_t n, enum language lang, struct ner_list *l);
extern const char *const ner_body_kinds[];
int ner_body_apposition(const char *s, size_t len, size_t e);
void ner_general_companies(const char *s, struct ner_list *out, size_t before);
void ner_ranges(const char *s, const struct ner_range *r, size_t nr, struct ner_list *out);
int ner_dateline_after(const char *s, size_t n, size_t e);

/* firms.c */
void ner_company_nouns(const char *s, size_t len, struct ner_list *l);
void ner_company_results(const char *s, size_t len, struct ner_list *l);
void ner_legal_form_names(const char *s, struct ner_list *l);
size_t ner_product_kind_ending(const char *s, size_t e);
void ner_listed_products(const char *s, size_t len, struct ner_list *l);
void ner_maker_products(const char *s, struct ner_list *l);
void ner_products(const char *s, size_t len, struct ner_list *l);
int ner_word_before_in(const char *s, size_t i, const char *const *words);
void ner_given_name_firms(const char *s, struct ner_list *l);
void ner_lower_suffixes(const char *s, size_t n, struct ner_list *l);
void ner_lone_suffixes(const char *s, struct ner_list *l);
void ner_glued_tickers(const char *s, struct ner_list *l);
void ner_tickers(const char *s, size_t len, struct ner_list *l);
void ner_channel_numbers(const char *s, size_t len, struct ner_list *l);
void ner_oil_grades(const char *s, size_t len, struct ner_list *l);
void ner_partner_pairs(const char *s, struct ner_list *l);
void ner_money_units(const char *s, struct ner_list *l);
void ner_market_names(const char *s, size_t len, struct ner_list *l);
void ner_index_names(const char *s, size_t len, struct ner_list *l);
void ner_model_codes(const char *s, size_t len, struct ner_list *l);
void ner_maker_names(const char *s, struct ner_list *l);
void ner_story_codes(const char *s, size_t len, struct ner_list *l);
void ner_possessive_products(const char *s, size_t len, struct ner_list *l);
void ner_comma_firms(const char *s, size_t len, struct ner_list *l);
void ner_company_people_of(const char *s, struct ner_list *l);
void ner_ampersand_firms(const char *s, struct ner_list *l);
void ner_ships(const char *s, size_t len, struct ner_list *l);

/* spans.c */
void ner_consistent_types(const char *s, struct ner_list *l);
void ner_articles(const char *s, struct ner_list *l);
void ner_trim_heads(const char *s, struct ner_list *l);
int ner_opens_sentence(const char *s, size_t start);
int ner_story_case(const char *s, size_t n, size_t at, const char *w, size_t wn, int full);
void ner_sentence_lower_heads(const char *s, size_t n, struct ner_list *l);
void ner_sentence_common_words(const char *s, size_t n, struct ner_list *l);
void ner_trailing_hyphens(const char *s, struct ner_list *l);
void ner_open_brackets(const char *s, size_t len, struct ner_list *l);
void ner_close_brackets(const char *s, size_t len, struct ner_list *l);
void ner_inner_phrases(const char *s, struct ner_list *l);
void ner_hyphen_known_names(const char *s, size_t len, struct ner_list *l);
void ner_hyphen_pairs(const char *s, size_t len, struct ner_list *l);
void ner_term_expansions(const char *s, size_t len, struct ner_list *l);
void ner_story_longer_names(const char *s, struct ner_list *l);
void ner_story_name_heads(const char *s, size_t len, struct ner_list *l);
void ner_list_last_pairs(const char *s, struct ner_list *l);
void ner_list_types(const char *s, struct ner_list *l);
void ner_lower_heads(const char *s, struct ner_list *l);
void ner_common_of_names(const char *s, struct ner_list *l);
void ner_lower_inner_words(const char *s, struct ner_list *l);
void ner_quoted_names(const char *s, struct ner_list *l);
void ner_story_acronyms(const char *s, size_t len, struct ner_list *l);
void ner_hyphen_ranks(const char *s, struct ner_list *l);
void ner_rank_letters(const char *s, size_t len, struct ner_list *l);
void ner_tail_types(const char *s, struct ner_list *l);
void ner_acronym_starts(const char *s, size_t n, struct ner_list *l);
void ner_acronym_types(const char *s, size_t n, struct ner_list *l);
void ner_bracket_aliases(const char *s, size_t n, struct ner_list *l);

/* places.c */
void ner_of_place_heads(const char *s, struct ner_list *l);
void ner_kind_of_places(const char *s, struct ner_list *l);
void ner_member_states(const char *s, struct ner_list *l);
void ner_place_kind_after(const char *s, size_t len, struct ner_list *l);
void ner_route_pairs(const char *s, size_t len, struct ner_list *l);
void ner_language_compounds(const char *s, struct ner_list *l);
void ner_feature_places(const char *s, size_t len, struct ner_list *l);
void ner_place_projects(const char *s, struct ner_list *l);
void ner_club_of_places(const char *s, struct ner_list *l);
void ner_seat_places(const char *s, size_t len, struct ner_list *l);
void ner_for_in_places(const char *s, size_t len, struct ner_list *l);
void ner_prefix_places(const char *s, struct ner_list *l);
void ner_place_comma_places(const char *s, size_t n, struct ner_list *l);
void ner_club_towns(const char *s, size_t n, struct ner_list *l);
void ner_motion_places(const char *s, struct ner_list *l);
void ner_airport_codes(const char *s, struct ner_list *l);
void ner_place_kind_lists(const char *s, size_t len, struct ner_list *l);
void ner_in_town_places(const char *s, struct ner_list *l);
void ner_town_lines(const char *s, size_t n, struct ner_list *l);
void ner_republics(const char *s, struct ner_list *l);
void ner_compass_places(const char *s, struct ner_list *l);

/* bodies.c */
struct ner_word_ref *ner_refs_sorted(const char *s, const struct ner_list *l, unsigned types, int one_word,
					    size_t *np);
void ner_org_branches(const char *s, struct ner_list *l);
void ner_numbered_groups(const char *s, size_t n, struct ner_list *l);
void ner_role_plurals(const char *s, struct ner_list *l);
void ner_role_acronyms(const char *s, size_t len, struct ner_list *l);
void ner_lone_bodies(const char *s, struct ner_list *l);
void ner_story_head_words(const char *s, size_t len, struct ner_list *l);
void ner_coordinated_bodies(const char *s, size_t len, struct ner_list *l);
void ner_military_units(const char *s, struct ner_list *l);
void ner_pronoun_contractions(const char *s, struct ner_list *l);
void ner_reference_authors(const char *s, size_t len, struct ner_list *l);
void ner_place_treaties(const char *s, size_t len, struct ner_list *l);
void ner_shah_names(const char *s, struct ner_list *l);
void ner_he_names(const char *s, size_t len, struct ner_list *l);
void ner_tomb_people(const char *s, struct ner_list *l);
void ner_numbered_people(const char *s, struct ner_list *l);
void ner_honorific_heads(const char *s, struct ner_list *l);
void ner_of_the_year(const char *s, size_t len, struct ner_list *l);
void ner_awarded_names(const char *s, struct ner_list *l);
void ner_demonym_people(const char *s, size_t len, struct ner_list *l);
void ner_of_the_lands(const char *s, struct ner_list *l);
void ner_di_bodies(const char *s, struct ner_list *l);
void ner_plural_titles(const char *s, struct ner_list *l);
void ner_of_the_people(const char *s, size_t len, struct ner_list *l);
void ner_constituencies(const char *s, struct ner_list *l);
void ner_race_words(const char *s, size_t len, struct ner_list *l);
void ner_and_body_starts(const char *s, struct ner_list *l);
void ner_formation_heads(const char *s, struct ner_list *l);
void ner_model_numbers(const char *s, size_t len, struct ner_list *l);
void ner_division_heads(const char *s, struct ner_list *l);
void ner_dateline_credits(const char *s, size_t n, struct ner_list *l);
void ner_conservation_statuses(const char *s, size_t len, struct ner_list *l);
void ner_romance_articles(const char *s, struct ner_list *l);
void ner_colon_numbers(const char *s, size_t len, struct ner_list *l);
void ner_person_trophies(const char *s, struct ner_list *l);
void ner_by_bodies(const char *s, struct ner_list *l);
void ner_script_libraries(const char *s, size_t len, struct ner_list *l);
void ner_hyphen_codes(const char *s, struct ner_list *l);
void ner_acronym_joins(const char *s, size_t len, struct ner_list *l);
void ner_role_at_bodies(const char *s, struct ner_list *l);
void ner_title_bodies(const char *s, struct ner_list *l);
void ner_club_words(const char *s, struct ner_list *l);
void ner_press_names(const char *s, size_t len, struct ner_list *l);
void ner_slash_agencies(const char *s, size_t len, struct ner_list *l);
void ner_coordinated_heads(const char *s, struct ner_list *l);
void ner_digit_teams(const char *s, size_t len, struct ner_list *l);
void ner_team_names(const char *s, struct ner_list *l);
void ner_label_names(const char *s, struct ner_list *l);
void ner_for_teams(const char *s, struct ner_list *l);
void ner_cue_bodies(const char *s, struct ner_list *l);

/* kinds.c */
void ner_kind_tails(const char *s, size_t len, struct ner_list *l);
int ner_kind_type(const char *s, size_t a, size_t b, int plural);
void ner_kind_lists(const char *s, size_t len, struct ner_list *l);
void ner_subject_names(const char *s, size_t n, struct ner_list *l);
void ner_kind_appositions(const char *s, size_t n, struct ner_list *l);
void ner_plural_kind_lists(const char *s, struct ner_list *l);

/* layout.c */
void ner_spaced_initials(const char *s, size_t n, struct ner_list *l);
void ner_spaced_letters(const char *s, size_t n, struct ner_list *l);
void ner_ric_tails(const char *s, size_t len, struct ner_list *l);
/* Whether s[a..b) is a Reuters instrument code ("ZM.O", "0700.HK"). */
int ner_ric(const char *s, size_t a, size_t b);
void ner_legal_form_pairs(const char *s, struct ner_list *l);
void ner_spaced_domains(const char *s, size_t n, struct ner_list *l);
void ner_table_words(const char *s, size_t n, struct ner_list *l);
void ner_datelines(const char *s, size_t n, struct ner_list *l);
void ner_spaced_apostrophes(const char *s, size_t n, struct ner_list *l);
void ner_spaced_abbrevs(const char *s, struct ner_list *l);
int ner_split_text(const char *s, size_t n);
int ner_line_sentences(const char *s, size_t n);
void ner_spaced_korean_names(const char *s, size_t len, struct ner_list *l);
void ner_spaced_marks(const char *s, size_t len, struct ner_list *l);
void ner_dash_datelines(const char *s, struct ner_list *l);
void ner_tracker_labels(const char *s, size_t len, struct ner_list *l);
void ner_hidden_labels(const char *s, struct ner_list *l);
void ner_line_labels(const char *s, size_t len, struct ner_list *l);
void ner_line_pairs(const char *s, struct ner_list *l);

/* works.c */
void ner_quoted_titles(const char *s, size_t n, struct ner_list *l);
int ner_list_joint(const char *s, size_t a, size_t b);
void ner_work_title_types(const char *s, size_t n, struct ner_list *l);
void ner_missing_titles(const char *s, struct ner_list *l);
void ner_the_title_heads(const char *s, struct ner_list *l);
void ner_year_titles(const char *s, size_t len, struct ner_list *l);
void ner_award_fields(const char *s, size_t len, struct ner_list *l);
void ner_year_lists(const char *s, size_t len, struct ner_list *l);
void ner_award_orders(const char *s, size_t n, struct ner_list *l);
void ner_year_works(const char *s, size_t len, struct ner_list *l);
void ner_apposed_titles(const char *s, size_t len, struct ner_list *l);
void ner_series_names(const char *s, size_t len, struct ner_list *l);
void ner_split_titles(const char *s, struct ner_list *l);
void ner_study_fields(const char *s, struct ner_list *l);
void ner_work_list_lines(const char *s, size_t n, struct ner_list *l);

/* people.c */
void ner_given_names(const char *s, struct ner_list *l);
void ner_person_head_joins(const char *s, struct ner_list *l);
void ner_facility_people(const char *s, size_t len, struct ner_list *l);
void ner_lone_initials(const char *s, size_t len, struct ner_list *l);
void ner_bylines(const struct article *a, struct ner_list *l);
void ner_person_digit_tails(const char *s, struct ner_list *l);
void ner_acronym_people(const char *s, struct ner_list *l);
void ner_bracketed_nicknames(const char *s, struct ner_list *l);
void ner_title_people(const char *s, size_t len, struct ner_list *l);
void ner_people_names(const char *s, size_t len, struct ner_list *l);
void ner_title_initials(const char *s, size_t len, struct ner_list *l);
void ner_initials_people(const char *s, size_t len, struct ner_list *l);
void ner_role_owners(const char *s, struct ner_list *l);
void ner_capital_run_people(const char *s, struct ner_list *l);
void ner_inner_offices(const char *s, struct ner_list *l);
void ner_role_people(const char *s, struct ner_list *l);
void ner_maiden_names(const char *s, size_t len, struct ner_list *l);
void ner_maker_people(const char *s, struct ner_list *l);
void ner_ruler_numerals(const char *s, size_t len, struct ner_list *l);
void ner_initial_pronouns(const char *s, struct ner_list *l);
void ner_ruler_epithets(const char *s, size_t len, struct ner_list *l);
void ner_plural_possessives(const char *s, size_t len, struct ner_list *l);
void ner_post_nominals(const char *s, struct ner_list *l);
void ner_people_words(const char *s, size_t len, struct ner_list *l);
void ner_body_person_runs(const char *s, struct ner_list *l);

/* events.c */
void ner_leading_months(const char *s, struct ner_list *l);
void ner_calendar_possessors(const char *s, size_t len, struct ner_list *l);
void ner_time_zones(const char *s, struct ner_list *l);
void ner_event_places(const char *s, struct ner_list *l);
void ner_lone_weekdays(const char *s, struct ner_list *l);
void ner_plan_years(const char *s, size_t len, struct ner_list *l);
void ner_law_of_the(const char *s, struct ner_list *l);
void ner_numbered_laws(const char *s, size_t len, struct ner_list *l);
void ner_numbered_cops(const char *s, size_t len, struct ner_list *l);
void ner_era_names(const char *s, struct ner_list *l);
void ner_result_lines(const char *s, size_t len, struct ner_list *l);
void ner_for_causes(const char *s, size_t len, struct ner_list *l);
void ner_event_head_joins(const char *s, struct ner_list *l);
void ner_event_heads(const char *s, struct ner_list *l);
void ner_calendar_names(const char *s, struct ner_list *l);
void ner_event_joins(const char *s, size_t len, struct ner_list *l);
void ner_war_names(const char *s, size_t len, struct ner_list *l);
void ner_diseases(const char *s, size_t len, struct ner_list *l);
void ner_storms(const char *s, struct ner_list *l);
void ner_hour_races(const char *s, size_t len, struct ner_list *l);
void ner_expo_years(const char *s, struct ner_list *l);
void ner_case_names(const char *s, size_t len, struct ner_list *l);
void ner_law_heads(const char *s, size_t len, struct ner_list *l);
void ner_knockouts(const char *s, struct ner_list *l);

/* Stable sorts made by NER_DEFINE_SORT. */
void ner_sort_mentions(struct ner_mention *v, size_t n);
void ner_word_refs_sort(struct ner_word_ref *v, size_t n);

static inline size_t ner_index_from(const struct ner_index *x, size_t a);
static inline size_t ner_first_ending_after(const struct ner_list *l, size_t n, size_t x);
static inline int ner_is_n(const struct ner_tok *t, const char *w, size_t m);
static inline int ner_lit_is(const char *lit, const char *w, size_t n);
static inline int ner_lit_is_nocase(const char *lit, const char *w, size_t n);
static inline int ner_lit_in(const struct ner_lit *v, size_t nv, const char *w, size_t n);
static inline const char *ner_chr(const char *s, const char *p, char c, size_t n);
static inline size_t ner_space_end(const char *s, size_t a, size_t e);
static inline size_t ner_blank_at(const char *s, size_t a, size_t e);
static inline const char *ner_find(const char *s, const char *p, size_t n, const char *w, size_t wn);
static inline int ner_is_word(const struct ner_tok *t);
static inline int ner_lex_type(unsigned cls);
static inline void ner_mark(struct ner_work *w, size_t i, size_t j, enum ner_type type);
static inline size_t ner_lex_match(const struct ner_work *w, size_t i, size_t end, unsigned *cls);
static inline size_t ner_lex_match_raw(const struct ner_work *w, size_t i, size_t end, unsigned *cls);
static inline int ner_is_punct_tok(const struct ner_tok *t);
static inline uint32_t ner_len_bit(size_t n);
static inline size_t ner_blank_before(const char *s, size_t i);
static inline size_t ner_regnal_numeral(const char *s, size_t n, int one);
static inline int ner_partner_name(const char *s, size_t a, size_t b);
static inline int ner_word_ref_cmp(const void *a, const void *b);
static inline size_t ner_word_ref_find(const struct ner_word_ref *v, size_t n, const struct ner_word_ref *key);
static inline size_t ner_possessive_end(const char *s, size_t n, size_t e);
static inline int ner_is_caption(const struct article *a, const struct article_para *p);
static inline int ner_ends_legal_form(const char *s, size_t a, size_t e);
static inline int ner_word_after_in(const char *s, size_t len, size_t e, const char *const *words);
static inline int ner_title_just_before(const char *s, size_t start);
static inline int ner_same_words(const char *a, const char *b, size_t n);
static inline int ner_upper_at(const char *s, size_t i);
static inline int ner_dash_at(const char *s, size_t n, size_t i);
static inline int ner_alnum_at(const char *s, size_t i);
static inline void ner_line_letters(const char *s, size_t len, size_t a, int *lower, int *upper);
static inline size_t ner_text_find(const char *s, const size_t *mk, const size_t *mn, size_t nm, size_t a, size_t n);
static inline int ner_space_at(const char *s, size_t i);
static inline size_t ner_names_lower(char *const *v, size_t n, const char *f);
static inline int ner_name_known(char *const *v, size_t n, const char *f);
static inline size_t ner_spaced_mark(const char *s, size_t n, size_t k, char *c);
static inline size_t ner_spaced_apostrophe(const char *s, size_t n, size_t e);
static inline int ner_has_org_word(const char *s, size_t a, size_t b);
static inline int ner_word_byte(char c);
static inline int ner_story_writes_lower(const char *s, size_t n, size_t at, const char *w, size_t wn);
static inline void ner_drop_gone(struct ner_list *l, unsigned char *gone, size_t n0);
static inline int ner_given_name_first(const char *s, const struct ner_mention *m);
static inline int ner_after_the(const char *s, size_t at);
static inline int ner_capital_follows(const char *s, size_t len, size_t b);
static inline int ner_span_free(const struct ner_list *l, size_t n0, size_t *from, size_t a, size_t b);
static inline void ner_push_lone_word(const char *s, size_t len, struct ner_list *l, size_t n0, const char *w, size_t at,
			       const char *const *dets, enum ner_type type);
static inline void ner_proper_nouns(const char *s, size_t len, struct ner_list *l);
static inline int ner_org_named(const char *s, const struct ner_list *l, size_t a, size_t n, size_t skip);
static inline void ner_metro_places(const char *s, struct ner_list *l);
static inline int ner_comma_org_next(const char *s, size_t len, const struct ner_list *l, size_t i);
static inline void ner_merge_next(struct ner_list *l, size_t i, enum ner_type type, unsigned char **gone, size_t n0);
static inline int ner_listed_after(const char *s, const struct ner_mention *m, size_t b, struct ner_lit tail,
				   const struct ner_lit *cues, size_t ncues, size_t *last);
static inline void ner_person_of_the_bands(const char *s, struct ner_list *l);
static inline void ner_dash_tails(const char *s, struct ner_list *l);

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

/* The first of the mentions l->v[0..n) that ends after byte x, or n:
 * the mentions are sorted and apart, so their ends grow with their
 * starts. */
static inline size_t ner_first_ending_after(const struct ner_list *l, size_t n, size_t x)
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
static inline int ner_is_n(const struct ner_tok *t, const char *w, size_t m)
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
static inline int ner_lit_in(const struct ner_lit *v, size_t nv, const char *w, size_t n)
{
	for (size_t k = 0; k < nv; k++)
		if (v[k].n == n && memcmp(v[k].w, w, n) == 0)
			return 1;
	return 0;
}

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

static inline int ner_is_word(const struct ner_tok *t)
{
	/* Told once a token (ner_tokens): this is asked of most tokens,
	 * many times. */
	return t->word;
}

/* The classes of the type a lexicon phrase gives, or -1. */
static inline int ner_lex_type(unsigned cls)
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

static inline void ner_mark(struct ner_work *w, size_t i, size_t j, enum ner_type type)
{
	for (size_t k = i; k < j; k++)
		w->t[k].used = 1;
	ner_push(w->out, w->t[i].start, w->t[j - 1].end, type);
}

/* Looks up the longest lexicon phrase at token i, within [i, end): from
 * the token's cached match when it fits, else afresh. */
static inline size_t ner_lex_match(const struct ner_work *w, size_t i, size_t end, unsigned *cls)
{
	if (i < end && w->t[i].phrase <= end - i) {
		*cls = w->t[i].phrase_cls;
		return w->t[i].phrase;
	}
	return ner_lex_match_raw(w, i, end, cls);
}

static inline size_t ner_lex_match_raw(const struct ner_work *w, size_t i, size_t end, unsigned *cls)
{
	struct lexicon_word words[8];
	size_t m = 0;
	for (size_t k = i; k < end && m < 8; k++, m++) {
		words[m].s = w->t[k].s;
		words[m].n = w->t[k].n;
	}
	return lexicon_match(words, m, 0, cls);
}

static inline int ner_is_punct_tok(const struct ner_tok *t)
{
	for (size_t i = 0; i < t->n; i++) {
		unsigned char c = (unsigned char)t->s[i];
		if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			return 0;
	}
	return 1;
}

/* A bit for a length, the last for all from 31 bytes up. */
static inline uint32_t ner_len_bit(size_t n)
{
	return 1u << (n < 31 ? n : 31);
}

/* Where the blanks and line ends (a stray carriage return too, as wire
 * copy has) before byte i of s begin. */
static inline size_t ner_blank_before(const char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\r' || s[i - 1] == '\t'))
		i--;
	return i;
}

/* The length of the Roman numeral of a ruler's order at s (II to XX, or I
 * when one alone is allowed), followed by no letter; 0 if none. */
static inline size_t ner_regnal_numeral(const char *s, size_t n, int one)
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

/* Whether s[a..b) may be a partner's name in a firm's: capitalised, and
 * no word a list knows as a place, a people, a title or a common word,
 * nor one news writes in lower case. */
static inline int ner_partner_name(const char *s, size_t a, size_t b)
{
	return b - a >= 2 && s[a] >= 'A' && s[a] <= 'Z' &&
	       !(lexicon_lookup(s + a, b - a) &
		 (LEX_CITY | LEX_COUNTRY | LEX_REGION | LEX_DEMONYM | LEX_GROUP | LEX_COMMON | LEX_TITLE | LEX_MONTH |
		  LEX_WEEKDAY | LEX_SPEECH_VERB | LEX_ROLE | LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) &&
	       !lexicon_lowercase(s + a, b - a);
}

static inline int ner_word_ref_cmp(const void *a, const void *b)
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

/* The first of refs v[0..n) (sorted by ner_word_ref_cmp) whose text is
 * key's, or n if none is. */
static inline size_t ner_word_ref_find(const struct ner_word_ref *v, size_t n, const struct ner_word_ref *key)
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

/* Where the possessive "'s" (or "’s") after byte e ends, with one space
 * before it as tokenized text has it; 0 if none follows. */
static inline size_t ner_possessive_end(const char *s, size_t n, size_t e)
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

static inline int ner_is_caption(const struct article *a, const struct article_para *p)
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

/* Whether the name s[a..e) ends in a company's legal form ("Corp",
 * "Corporation", "Inc") or a word of a trade that names companies, not
 * a town's bodies ("Airlines", "Motors"; not "Council", "Bank"). */
static inline int ner_ends_legal_form(const char *s, size_t a, size_t e)
{
	/* Its last word, past a line break too ("Piedmont Aviation\nInc"). */
	size_t w = ner_word_start(s, a, e);
	return w > a && ner_company_word(s + w, e - w);
}

/* Whether the two bytes at s are a vowel with a macron ("ā", "Ō"). */
static inline int ner_macron_vowel(const char *s)
{
	unsigned char a = (unsigned char)s[0], b = (unsigned char)s[1] & 0xfe;
	return (a == 0xc4 && (b == 0x80 || b == 0x92 || b == 0xaa)) || (a == 0xc5 && (b == 0x8c || b == 0xaa));
}

/* Whether the word at byte w of s carries on a word a tokenizer split at
 * a vowel with a macron: the vowel alone and a blank before it ("ori" of
 * "M ā ori"). */
static inline int ner_after_macron(const char *s, size_t w)
{
	return w >= 5 && s[w - 1] == ' ' && s[w - 4] == ' ' && ner_macron_vowel(s + w - 3);
}

/* Whether the word after the blank at byte e, in lower case, is one of
 * words (a list ending in NULL). */
static inline int ner_word_after_in(const char *s, size_t len, size_t e, const char *const *words)
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

/* Whether a title stands right before the name at byte start ("Mr.
 * Yahoo"). */
static inline int ner_title_just_before(const char *s, size_t start)
{
	size_t pe = ner_blank_before(s, start), ps = ner_word_start(s, 0, pe);
	return pe > ps && (lexicon_lookup(s + ps, pe - ps) & LEX_TITLE) != 0;
}

/* Whether a[0..n) and b[0..n) are the same words, a line break and a
 * space alike (a name wrapped in one place and not in another). */
static inline int ner_same_words(const char *a, const char *b, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (a[k] != b[k] && !((a[k] == ' ' || a[k] == '\n') && (b[k] == ' ' || b[k] == '\n')))
			return 0;
	return 1;
}

static inline int ner_upper_at(const char *s, size_t i)
{
	return s[i] >= 'A' && s[i] <= 'Z';
}

/* Whether a dash starts at byte i of s[0..n): a hyphen, an en or an em
 * dash. */
static inline int ner_dash_at(const char *s, size_t n, size_t i)
{
	return i < n && (s[i] == '-' || (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
					 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)));
}

static inline int ner_alnum_at(const char *s, size_t i)
{
	/* Two compares, not six: the byte with bit 0x20 set is a small letter
	 * only if it was a letter; this test runs on most bytes of a story. */
	unsigned char c = (unsigned char)s[i];
	return (unsigned char)((c | 0x20) - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

/* The lower-case and capital letters of the line of byte a within 256
 * bytes either way (a file of one long line costs no more a word), into
 * *lower and *upper: whether the line is prose or a headline in capitals. */
static inline void ner_line_letters(const char *s, size_t len, size_t a, int *lower, int *upper)
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

/* The first of the texts s[mk[q]..mk[q]+mn[q]), q < nm, that is s[a..a+n),
 * or nm: a story's few names of a kind, looked up by text. */
static inline size_t ner_text_find(const char *s, const size_t *mk, const size_t *mn, size_t nm, size_t a, size_t n)
{
	size_t q = 0;
	while (q < nm && !(mn[q] == n && ner_same_words(s + mk[q], s + a, n)))
		q++;
	return q;
}

static inline int ner_space_at(const char *s, size_t i)
{
	return s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
}

/* The first of the sorted names v[0..n) not before f. */
static inline size_t ner_names_lower(char *const *v, size_t n, const char *f)
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

static inline int ner_name_known(char *const *v, size_t n, const char *f)
{
	size_t lo = ner_names_lower(v, n, f);
	return lo < n && strcmp(v[lo], f) == 0;
}

/* The bytes a hyphen or an apostrophe written apart takes at byte k of
 * s[0..n) (" - ", " ' ", " ’ "), with the mark it stands for in *c; else
 * 0. */
static inline size_t ner_spaced_mark(const char *s, size_t n, size_t k, char *c)
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
static inline size_t ner_spaced_apostrophe(const char *s, size_t n, size_t e)
{
	char c;
	size_t ml = ner_spaced_mark(s, n, e, &c);
	return ml && c == '\'' ? ml : 0;
}

/* Whether a word of s[a..b) is one the lists know as a body's head word
 * or a company's suffix ("News", "Inc"). */
static inline int ner_has_org_word(const char *s, size_t a, size_t b)
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

/* Whether byte c may be inside a word (a letter, a digit, a hyphen, an
 * apostrophe, or any byte of a character beyond ASCII). */
static inline int ner_word_byte(char c)
{
	unsigned char u = (unsigned char)c;
	return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
	       u == '\'';
}

/* Whether the story writes w in lower case near at, and never capitalised
 * inside a sentence. */
static inline int ner_story_writes_lower(const char *s, size_t n, size_t at, const char *w, size_t wn)
{
	return ner_story_case(s, n, at, w, wn, 0) == 1;
}

/* Drops the mentions of l[0..n0) that gone marks (pushed ones, from n0
 * on, stay) and frees gone; nothing where gone is NULL. */
static inline void ner_drop_gone(struct ner_list *l, unsigned char *gone, size_t n0)
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

/* Whether mention m has two words or more and a given name a list knows
 * first: a person's, whatever a rule would make of the name. */
static inline int ner_given_name_first(const char *s, const struct ner_mention *m)
{
	size_t fw = ner_space_end(s, m->start, m->end);
	return fw < m->end && (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME);
}

/* Whether "the" (or "The") and a blank come right before byte at of s. */
static inline int ner_after_the(const char *s, size_t at)
{
	return at >= 4 && (s[at - 4] == 't' || s[at - 4] == 'T') && s[at - 3] == 'h' && s[at - 2] == 'e' &&
	       s[at - 1] == ' ' && (at == 4 || s[at - 5] == ' ' || s[at - 5] == '\n');
}

/* Whether a capitalised word follows byte b of s[0..len) after blanks:
 * a word before it starts a longer name ("Internet Explorer", "AM
 * General"). */
static inline int ner_capital_follows(const char *s, size_t len, size_t b)
{
	size_t c = b;
	while (c < len && s[c] == ' ')
		c++;
	return c > b && c < len && ner_upper_at(s, c);
}

/* Whether no mention of l->v[0..n0) (sorted by start, none inside
 * another) overlaps [a, b); *from is where the last call's walk stopped,
 * for calls in the order of a. */
static inline int ner_span_free(const struct ner_list *l, size_t n0, size_t *from, size_t a, size_t b)
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
static inline void ner_push_lone_word(const char *s, size_t len, struct ner_list *l, size_t n0, const char *w, size_t at,
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
static inline void ner_proper_nouns(const char *s, size_t len, struct ner_list *l)
{
	static const char *const words[] = { "Internet" };
	size_t n0 = l->n;
	for (size_t w = 0; w < sizeof words / sizeof *words; w++)
		ner_push_lone_word(s, len, l, n0, words[w], 0, NULL, NER_MISC);
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether a name of l other than l->v[skip] is an organization written
 * as s[a..a+n) is. */
static inline int ner_org_named(const char *s, const struct ner_list *l, size_t a, size_t n, size_t skip)
{
	for (size_t j = 0; j < l->n; j++)
		if (j != skip && l->v[j].type == NER_ORG && l->v[j].end - l->v[j].start == n &&
		    memcmp(s + l->v[j].start, s + a, n) == 0)
			return 1;
	return 0;
}

/* "Metro" before a city the lists know names the city's metropolitan
 * region, a place ("Metro Manila", "Metro Cebu"), whatever the model made
 * of it; "Metro Express" is no city's. */
static inline void ner_metro_places(const char *s, struct ner_list *l)
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

/* Whether a comma and an organization follow name i of l. */
static inline int ner_comma_org_next(const char *s, size_t len, const struct ner_list *l, size_t i)
{
	size_t e = l->v[i].end, c = e + (e < len && s[e] == ' ');
	return i + 1 < l->n && c + 2 < len && s[c] == ',' && s[c + 1] == ' ' && l->v[i + 1].start == c + 2 &&
	       l->v[i + 1].type == NER_ORG;
}

/* Mention i of l takes in mention i + 1, as one name of type; *gone
 * (made on first use, for ner_drop_gone over the first n0) marks the
 * second to drop. */
static inline void ner_merge_next(struct ner_list *l, size_t i, enum ner_type type, unsigned char **gone, size_t n0)
{
	l->v[i].end = l->v[i + 1].end;
	l->v[i].type = type;
	l->v[i].margin = 0;
	if (!*gone)
		*gone = xcalloc(n0, 1);
	(*gone)[i + 1] = 1;
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

/* A name with its own "The" after a person's name and "of" is the body
 * the person belongs to ("Nina Persson of The Cardigans", "Ann Kessel of
 * The Velvet Harps"), a band's, where the model read a work or a place:
 * a work's title has its author first ("the author of The Hobbit" has no
 * person's name before "of"). */
static inline void ner_person_of_the_bands(const char *s, struct ner_list *l)
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

/* In text not split into tokens, a dash between blanks and a word in
 * lower case after it end a name ("Callum Reid - vocals, guitar" in a
 * list of a band's members): a name's own hyphen has no blanks. */
static inline void ner_dash_tails(const char *s, struct ner_list *l)
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

#endif
