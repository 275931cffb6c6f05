/* ner/sentence: The rules over one sentence's tokens, run before the
 * story's: dates, people, the model's spans cut and joined, titles,
 * portfolios, works after their kind. */
#include "internal.h"

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

void ner_push(struct ner_list *l, size_t start, size_t end, enum ner_type type)
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

/* Where the word that ends at byte e of s begins, not before byte lo. */
size_t ner_word_start(const char *s, size_t lo, size_t e)
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

static int ner_free_range(const struct ner_work *w, size_t i, size_t j)
{
	if (j > w->n)
		return 0;
	for (size_t k = i; k < j; k++)
		if (w->t[k].used)
			return 0;
	return 1;
}

static int ner_quote_mark(const struct ner_tok *t, int open);

static size_t ner_title_org(const struct ner_work *w, size_t k, size_t tm);

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
int ner_publication_bytes(const char *s, size_t n)
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

/* Kinds of places, in lower case. */
const char *const ner_place_kinds[] = { "port", "city", "town", "village", "province", "region",
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
int ner_common_tail(const char *s, size_t n)
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
int ner_thousands(const char *s, size_t n)
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
 * ("Minister of India Narendra Modi"), nor a word that starts a place's
 * name of more words ("Minister of Education of Lower Saxony"). */
static size_t ner_portfolio_words(const struct ner_work *w, size_t j, size_t b, int plain)
{
#define NER_PORTFOLIO_WORD(k) \
	(w->t[k].cap && \
	 (!(w->t[k].tag && TAGGER_TYPE(w->t[k].tag) == TAGGER_PER) || \
	  (!(w->t[k].lex & LEX_FIRST_NAME) && ner_portfolio_word(&w->t[k]))) && \
	 !(plain && (ner_lex_type(w->t[k].lex) == NER_PLACE || ner_lex_type(w->t[k].lex) == NER_PERSON || \
		     (w->t[k].lex & (LEX_FIRST_NAME | LEX_TITLE)) || \
		     (w->t[k].phrase >= 2 && (w->t[k].phrase_cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION))))))
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
int ner_work_word(const char *s, size_t n)
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

void ner_sentence(struct ner_work *w, size_t a, size_t b)
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
struct ner_tok *ner_tokens(const char *s, const struct token_list *l)
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
