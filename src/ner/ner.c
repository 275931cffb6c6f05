/* ner: tokens -> model tags -> rules -> mentions. The model (tagger.c)
 * knows what CoNLL-2003 taught it; the rules add what it cannot know or
 * does not annotate: dates, the span rules of ANNOTATION.md (titles, "the",
 * possessives, hyphen compounds outside the span), demonyms as GROUP, and
 * names the lexicons know when the model missed them. The rules live in
 * the modules beside this file, by what they name (internal.h is what
 * they share); this one holds the public calls and the order the rules
 * run in. */
#include "internal.h"

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

/* Whether s[a..b) has a tab after a word, as between a table's cells
 * (a tab that indents a line parts nothing). */
static int ner_tab_cells(const char *s, size_t a, size_t b)
{
	const char *t = memchr(s + a, '\t', b - a);
	while (t && (t == s + a || t[-1] == '\n' || t[-1] == '\t' || t[-1] == ' '))
		t = memchr(t + 1, '\t', (size_t)(s + b - t - 1));
	return t != NULL;
}

/* The first line's end or tab in s[a..b), or NULL. */
static const char *ner_cell_end(const char *s, size_t a, size_t b)
{
	for (const char *p = s + a, *e = s + b; p < e; p++)
		if (*p == '\n' || *p == '\t')
			return p;
	return NULL;
}

/* The longest piece of a paragraph read at once. */
#define NER_PIECE (64 * 1024)

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
		 * the end of one row into the next. Nor from one cell into the
		 * next where a tab parts them, as a table copied from a page
		 * does ("Ardent FC\tTomas Kell\tKell Park"). */
		int cells = ner_tab_cells(a->data, start, end);
		if ((a->paras[k].flags & ARTICLE_PARA_PRE) || lines || cells) {
			const char *nl;
			while ((nl = cells ? ner_cell_end(a->data, start, end) : memchr(a->data + start, '\n', end - start)) !=
			       NULL) {
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
	ner_ric_tails(a->data, a->len, out);
	ner_quoted_titles(a->data, a->len, out);
	ner_trim_heads(a->data, out);
	ner_pronoun_contractions(a->data, out);
	ner_colon_numbers(a->data, a->len, out);
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
	ner_company_results(a->data, a->len, out);
	ner_legal_form_names(a->data, out);
	ner_org_branches(a->data, out);
	ner_sentence_lower_heads(a->data, a->len, out);
	ner_products(a->data, a->len, out);
	ner_listed_products(a->data, a->len, out);
	ner_model_numbers(a->data, a->len, out);
	ner_maker_products(a->data, out);
	ner_of_place_heads(a->data, out);
	ner_kind_of_places(a->data, out);
	ner_datelines(a->data, a->len, out);
	ner_dash_datelines(a->data, out);
	ner_dateline_credits(a->data, a->len, out);
	/* The rules for text split into tokens by another tool run only on
	 * such text. */
	if (split) {
		ner_spaced_abbrevs(a->data, out);
		ner_spaced_letters(a->data, a->len, out);
		ner_spaced_domains(a->data, a->len, out);
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
	ner_plural_kind_lists(a->data, out);
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
		ner_military_units(a->data, out);
		ner_person_trophies(a->data, out);
		ner_by_bodies(a->data, out);
		ner_script_libraries(a->data, a->len, out);
		ner_hyphen_codes(a->data, out);
		ner_acronym_joins(a->data, a->len, out);
		ner_role_at_bodies(a->data, out);
		ner_title_bodies(a->data, out);
		ner_club_words(a->data, out);
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
		ner_plural_titles(a->data, out);
		ner_shah_names(a->data, out);
		ner_he_names(a->data, a->len, out);
		ner_tomb_people(a->data, out);
		ner_honorific_heads(a->data, out);
		ner_demonym_people(a->data, a->len, out);
		ner_of_the_lands(a->data, out);
		ner_reference_authors(a->data, a->len, out);
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
		ner_numbered_people(a->data, out);
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
		ner_legal_form_pairs(a->data, out);
		ner_seat_places(a->data, a->len, out);
		ner_constituencies(a->data, out);
		ner_place_treaties(a->data, a->len, out);
		ner_of_the_people(a->data, a->len, out);
		ner_of_the_year(a->data, a->len, out);
		ner_awarded_names(a->data, out);
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
		ner_conservation_statuses(a->data, a->len, out);
		ner_romance_articles(a->data, out);
	}
	/* Last: the other rules know English only. */
	ner_lang_clean(a->data, a->len, lang, out);
	ner_leading_months(a->data, out);
	ner_trailing_hyphens(a->data, out);
	ner_time_zones(a->data, out);
	ner_person_digit_tails(a->data, out);
	ner_knockouts(a->data, out);
	if (lang == LANGUAGE_EN) {
		ner_and_body_starts(a->data, out);
		ner_di_bodies(a->data, out);
	}
	ner_formation_heads(a->data, out);
	ner_division_heads(a->data, out);
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
	if (lang == LANGUAGE_EN) {
		ner_people_words(a->data, a->len, out);
		ner_race_words(a->data, a->len, out);
	}
}

int ner_has_model(void)
{
	return tagger_has_model();
}
