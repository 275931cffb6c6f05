/* ner/bodies: The story's rules for organizations other than firms: teams,
 * bands, labels, schools, the press, bodies written alone or coordinated. */
#include "internal.h"

/* The mentions of l whose type is in types (a bit per type), of two
 * bytes or more on one line (and of one word, with one_word), as refs
 * sorted by text, in the thread's scratch; their number in *np. */
struct ner_word_ref *ner_refs_sorted(const char *s, const struct ner_list *l, unsigned types, int one_word,
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

/* A "place" that is an organization the story names, then a country or
 * city, is that organization's arm there ("Quillsoft Japan", "Movira
 * Peru" where the story names Quillsoft and Movira as organizations):
 * the model read the place at its end; not where the organization is a
 * word news writes in lower case, a piece of another name. The
 * organizations are sorted by text, so each check is a search. */
void ner_org_branches(const char *s, struct ner_list *l)
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

void ner_numbered_groups(const char *s, size_t n, struct ner_list *l)
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

/* The plural of a role's abbreviation is people of that role, no one's
 * name ("98 MPs", "MEPs", "CEOs"), as the role alone is none; and so are
 * "Member of Parliament" spelt out, a Cabinet Secretary's title and a
 * department's plural noun read as a person ("Relations"). */
void ner_role_plurals(const char *s, struct ner_list *l)
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
		/* Nor is a plural noun of "-ations" a person's name, alone
		 * ("Investor Relations", "Operations" of a page's contacts,
		 * the model having dropped the word before): no surname ends
		 * so. */
		if (m->type == NER_PERSON && n >= 8 && s[m->end - 1] == 's' && memcmp(s + m->end - 6, "ations", 6) == 0 &&
		    !ner_chr(s, s + m->start, ' ', n))
			continue;
		/* Nor is a Cabinet Secretary's portfolio before a name, a
		 * minister's title ("Interior Cabinet Secretary Halima
		 * Kessoe", as Kenya names its ministers), which the model
		 * took for a body's name ending in "Cabinet". */
		if (m->type == NER_ORG && n >= 7 && s[m->end - 1] == 't' && memcmp(s + m->end - 7, "Cabinet", 7) == 0 &&
		    (n == 7 || s[m->end - 8] == ' ') && memcmp(s + m->end, " Secretary ", 11) == 0 &&
		    ner_upper_at(s, m->end + 11))
			continue;
		l->v[o++] = *m;
	}
	l->n = o;
}

/* An abbreviation a story gives a role ("Upazila Nirbahi Officer (UNO)",
 * "Chief Minister ( CM )") names the role, not a body: no name there or
 * anywhere in the story, nor are the role's words ("Upazila Nirbahi",
 * which the model took for an organization). */
void ner_role_acronyms(const char *s, size_t len, struct ner_list *l)
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
void ner_lone_bodies(const char *s, struct ner_list *l)
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

void ner_story_head_words(const char *s, size_t len, struct ner_list *l)
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
void ner_coordinated_bodies(const char *s, size_t len, struct ner_list *l)
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

/* A publication named before its kind after "the" is one organization
 * of all its capitalised words: "the Press Democrat newspaper", which the
 * model read as a party's adjective alone; not a place's or a people's
 * paper ("the Paris newspaper", "the Kenyan magazine"), nor a language's
 * ("the French-language tabloid"). A people's or a place's paper and its
 * name, read as one ("the Irish magazine Commerce and Money"), are two
 * names, and the name after the kind is the paper's ("the Kenyan magazine
 * Vela", not a person). */
void ner_press_names(const char *s, size_t len, struct ner_list *l)
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
		/* A name of one word the model read as no body, before the
		 * kind, is the paper's ("in Kesteria magazine's list"); not a
		 * place's or a people's, nor after "a" ("a Tarvel newspaper"
		 * is one of that town). */
		if (m->type != NER_ORG && m->type != NER_GROUP && !ner_chr(s, s + m->start, ' ', e - m->start) &&
		    !(lexicon_lookup(s + m->start, e - m->start) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)) &&
		    !ner_word_before_in(s, m->start, (const char *const[]){ "a", "an", NULL })) {
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
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

/* A dateline's agency between slashes is an organization: "Ulaanbaatar
 * /MONTSAME/.", "MOSCOW, March 3 /TASS/ -": a word in capitals after a
 * place that starts its line, indented or not (and the date after it, if
 * one). */
void ner_slash_agencies(const char *s, size_t len, struct ner_list *l)
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

/* A body's name joined by "and" ("the Infrared Processing and Analysis
 * Center") starts with the capitalised words before "and" that the model
 * left out, where a small word or a possessive stands before them: the
 * model read the part after "and", with the head word, alone. Not where
 * the words open a sentence ("Police and Fire Department" may be a list),
 * nor words the lists know (a place's, a people's, a given name) or in
 * capitals. */
void ner_and_body_starts(const char *s, struct ner_list *l)
{
	const unsigned known = LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM | LEX_ORG | LEX_FIRST_NAME | LEX_MONTH |
			       LEX_WEEKDAY | LEX_COMMON | LEX_TITLE;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* " and " before it, the cheap test. */
		if (m->type != NER_ORG || m->start < 12 || s[m->start - 2] != 'd' || memcmp(s + m->start - 5, " and ", 5) != 0)
			continue;
		size_t lw = ner_word_start(s, m->start, m->end);
		if (lw == m->start || !(lexicon_lookup(s + lw, m->end - lw) & LEX_ORG_WORD))
			continue;
		/* Up to three capitalised words before "and", none a mention's. */
		size_t lo = i > 0 ? l->v[i - 1].end : 0, e = m->start - 5, start = SIZE_MAX;
		for (int w = 0; w < 3 && e > lo; w++) {
			size_t ws = ner_word_start(s, lo, e);
			if (ws >= e || !ner_upper_at(s, ws) || !ner_alnum_at(s, e - 1) || text_caps_word(s + ws, e - ws) ||
			    (lexicon_lookup(s + ws, e - ws) & known))
				break;
			start = ws;
			if (ws < lo + 2 || s[ws - 1] != ' ' || !ner_upper_at(s, ner_word_start(s, lo, ws - 1)))
				break;
			e = ws - 1;
		}
		if (start == SIZE_MAX || start < lo + 2 || s[start - 1] != ' ' || ner_opens_sentence(s, start))
			continue;
		/* A possessive's "s" before them ("'s", "’s"), or a small word. */
		int possessive = s[start - 2] == 's' && (s[start - 3] == '\'' || (unsigned char)s[start - 3] == 0x99);
		size_t pw = ner_word_start(s, 0, start - 1);
		if (!possessive && !(s[pw] >= 'a' && s[pw] <= 'z' && ner_alnum_at(s, start - 2)))
			continue;
		m->start = start;
		m->margin = 0;
	}
}

/* A body's name joined by an Italian "di" or "della" (or their kin) to the
 * name after it is one name ("the Accademia Nazionale di Santa Cecilia",
 * "Cassa di Risparmio di Kessa"): the model, which knows Spanish and
 * Portuguese "de" inside names, read the part after it as a place or a
 * person of its own. */
void ner_di_bodies(const char *s, struct ner_list *l)
{
	static const struct ner_lit links[] = { NER_LIT(" di "),    NER_LIT(" della "), NER_LIT(" dello "),
						NER_LIT(" delle "), NER_LIT(" degli "), NER_LIT(" dei ") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		const struct ner_mention *m = &l->v[i], *p = &l->v[i + 1];
		/* The cheap test first: " d" after the body. */
		size_t gap = p->start - m->end;
		if (m->type != NER_ORG || gap < 4 || gap > 7 || s[m->end + 1] != 'd' || (gone && gone[i]) ||
		    p->type == NER_DATE || !NER_LIT_IN(links, s + m->end, gap))
			continue;
		ner_merge_next(l, i, NER_ORG, &gone, n0);
	}
	ner_drop_gone(l, gone, n0);
}

/* Two names of one head word joined by "and" are two names ("Hale County
 * and Hall County", "Ford Motor Co and General Motors Co"), which the
 * model read as one: names whose halves end alike, each of two words or
 * more. */
void ner_coordinated_heads(const char *s, struct ner_list *l)
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

/* A city's name and a number's plural are a team ("the San Francisco
 * 49ers", "the Philadelphia 76ers"), which the model cut at the city. */
void ner_digit_teams(const char *s, size_t len, struct ner_list *l)
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

/* A team named by its city and a people's plural ("the Mumbai Indians",
 * "the Cleveland Indians", as CoNLL-2003 types it) is a body, which the
 * model read as an other name; so is a city's name and a plural of two
 * words no list knows, which the model read apart ("the Kolkata [Knight
 * Riders]"). Not a religion's people after a city ("Delhi Sikhs"), a
 * group, nor an event's name ("Atlanta Games"). */
void ner_team_names(const char *s, struct ner_list *l)
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

/* A name of two words or more ending in "Records", "Recordings",
 * "Pictures" or "Studios" is a record label's or a film company's, a
 * company ("Columbia Records", "Def Jam Recordings"), which the model
 * took for a place or a product after a place's or a company's name; not
 * a book of records ("Guinness World Records"). */
void ner_label_names(const char *s, struct ner_list *l)
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

/* A name the lists know whole, "for" and a team's or a country's name
 * that the model read as one body ("drove in Formula One for Sauber",
 * "played in the Premier League for Arsenal") are two: the first of its
 * listed type, the second of its own or a body's. Not where the first
 * ends in the word of a body named for its cause, which the lists may
 * know without it ("the Max Planck Institute for Chemistry"). */
void ner_for_teams(const char *s, struct ner_list *l)
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

/* A name after a cue that says what body it is, the list's names all
 * (ner_listed_after), is that body's where the model read it otherwise:
 * - one a band tours with is a band's ("toured with Arctic Monkeys and
 *   Coldplay"; one tours in a place, with a band), where the model read a
 *   place, a work ("and The Shins") or a person no given name starts
 *   ("Modest Mouse"; a solo singer tours too);
 * - one plays for is a team's ("played for the Harwick Knight Riders",
 *   "made his debut for Lahore Qalandars"), as CoNLL types a club named
 *   for its town, where the model read a place, a work or a person no
 *   given name starts; not a country's, which CoNLL types a place's as
 *   its national team's;
 * - a record is released on a label ("released on Kill Rock Stars"),
 *   where the model read a place no list knows; a work or a medium
 *   stays.
 * One walk over the mentions for the three. */
void ner_cue_bodies(const char *s, struct ner_list *l)
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
		    (played &&
		     (m->type == NER_PLACE || m->type == NER_MISC ||
		      (m->type == NER_PERSON && ner_chr(s, s + m->start, ' ', m->end - m->start) && !ner_given_name_first(s, m))) &&
		     !(lexicon_lookup(s + m->start, m->end - m->start) & LEX_COUNTRY)) ||
		    (issued && m->type == NER_PLACE && ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) < 0)) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
}

/* Whether s[a..b) is an ordinal in figures ("51st", "2nd", "101st"). */
static int ner_figure_ordinal(const char *s, size_t a, size_t b)
{
	if (b < a + 3 || !(s[a] >= '0' && s[a] <= '9'))
		return 0;
	size_t d = a;
	while (d < b && s[d] >= '0' && s[d] <= '9')
		d++;
	return d + 2 == b && (ner_lit_is("st", s + d, 2) || ner_lit_is("nd", s + d, 2) || ner_lit_is("rd", s + d, 2) ||
			      ner_lit_is("th", s + d, 2));
}

/* Where a unit's ordinal and its bracketed territory end before byte e
 * ("12th (Eastern) ", "47th ( Harnby ) ", a blank last): the ordinal's
 * start, else SIZE_MAX. */
static size_t ner_bracketed_unit(const char *s, size_t e)
{
	if (e < 10 || s[e - 1] != ' ' || s[e - 2] != ')')
		return SIZE_MAX;
	size_t q = e - 3;
	while (q > 0 && e - q < 40 && s[q] != '(' && s[q] != ')' && s[q] != '\n')
		q--;
	if (s[q] != '(' || q < 5 || s[q - 1] != ' ' || !ner_upper_at(s, q + 1 + (s[q + 1] == ' ')))
		return SIZE_MAX;
	size_t ws = ner_word_start(s, 0, q - 1);
	return ner_figure_ordinal(s, ws, q - 1) ? ws : SIZE_MAX;
}

/* An army's unit numbered in figures is a body, its ordinal part of its
 * name ("the 51st Highland Division", "the 82nd Airborne Division"):
 * where the model left the ordinal out, it is taken in; where it read the
 * unit as another name for the nationality in it ("the 2nd Australian
 * Division"), the type is a body's. So is a unit with its territory in
 * brackets ("the 12th (Harnby) Division"), the names inside them its
 * own: the model read the territory as a place and the unit's word as
 * one body for all the story's divisions. */
void ner_military_units(const char *s, struct ner_list *l)
{
	static const struct ner_lit units[] = {
		NER_LIT("Division"),  NER_LIT("Brigade"),   NER_LIT("Army"),	   NER_LIT("Corps"),
		NER_LIT("Regiment"),  NER_LIT("Battalion"), NER_LIT("Fleet"),	   NER_LIT("Squadron"),
		NER_LIT("Infantry"),  NER_LIT("Cavalry"),   NER_LIT("Artillery"), NER_LIT("Flotilla"),
		NER_LIT("Rifles"),    NER_LIT("Fusiliers"), NER_LIT("Dragoons"),  NER_LIT("Hussars"),
		NER_LIT("Lancers"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_PERSON || m->end == m->start)
			continue;
		/* An ordinal in figures first, the cheap test: before the name
		 * ("st", "nd", "rd" or "th" and a blank), or its first word;
		 * or a bracket before it or at its start. */
		int before = m->start >= 4 && s[m->start - 1] == ' ' && (s[m->start - 2] == 't' || s[m->start - 2] == 'd' ||
									   s[m->start - 2] == 'h');
		int first = m->type != NER_ORG && s[m->start] >= '0' && s[m->start] <= '9';
		int bracket = s[m->start] == '(' || (m->start >= 2 && (s[m->start - 2] == ')' || s[m->start - 1] == '(' ||
									   s[m->start - 2] == '('));
		if (!before && !first && !bracket)
			continue;
		size_t lw = ner_word_start(s, m->start, m->end);
		if (!NER_LIT_IN(units, s + lw, m->end - lw))
			continue;
		if (bracket) {
			/* The bracket closed in the mention, or before it. */
			size_t b = m->start;
			const char *c = ner_chr(s, s + b, ')', lw - b);
			if (c)
				b = c + 2 == s + lw ? lw : SIZE_MAX;
			size_t ws = b != SIZE_MAX ? ner_bracketed_unit(s, b) : SIZE_MAX;
			if (ws == SIZE_MAX)
				continue;
			m->start = ws;
			m->type = NER_ORG;
			m->margin = 0;
			/* The names inside the brackets, just before it, go. */
			size_t k = i;
			while (k > 0 && l->v[k - 1].end > ws)
				k--;
			if (k < i) {
				memmove(l->v + k, l->v + i, (l->n - i) * sizeof *l->v);
				l->n -= i - k;
				i = k;
			}
			continue;
		}
		if (before) {
			size_t ws = ner_word_start(s, 0, m->start - 1);
			if (ner_figure_ordinal(s, ws, m->start - 1) && (i == 0 || l->v[i - 1].end <= ws)) {
				m->start = ws;
				m->type = NER_ORG;
				m->margin = 0;
				continue;
			}
		}
		if (first && lw > m->start && ner_figure_ordinal(s, m->start, ner_space_end(s, m->start, m->end))) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
}

/* A name no list knows as a place or a person, after a market's role
 * and "at", is the firm the person works for ("chief market strategist
 * at Varnex", "an analyst at L.K. Varnholt", "an economist at Morgan
 * Kessler"), where the model, reading "at", took a place, or took a
 * firm named after people for a person or another name. Not other
 * roles: "a nurse at Kessmo dispensary", "officials at Varnesia
 * International Airport" are at places. */
void ner_role_at_bodies(const char *s, struct ner_list *l)
{
	static const char *const roles[] = { "analyst", "analysts", "economist", "economists", "strategist",
					     "strategists", "trader", "traders", "dealer", "dealers", "banker", "bankers",
					     NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PLACE && m->type != NER_PERSON && m->type != NER_MISC) || m->start < 8 ||
		    memcmp(s + m->start - 4, " at ", 4) != 0)
			continue;
		int lt = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
		if (lt == NER_PLACE || lt == NER_PERSON)
			continue;
		if (!ner_word_before_in(s, m->start - 3, roles))
			continue;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* A title's word that opens a body's name is the body's ("the General
 * Administration of Customs"): the model read a general, then the body. */
void ner_title_bodies(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		const struct ner_mention *m = &l->v[i], *x = &l->v[i + 1];
		if (m->type == NER_DATE || x->type != NER_ORG || x->start != m->end + 1 || s[m->end] != ' ' ||
		    ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		size_t fw = ner_space_end(s, x->start, x->end);
		if (!(lexicon_lookup(s + m->start, m->end - m->start) & LEX_TITLE) ||
		    !(lexicon_lookup(s + x->start, fw - x->start) & LEX_ORG_WORD))
			continue;
		ner_merge_next(l, i, NER_ORG, &gone, n0);
		i++;
	}
	ner_drop_gone(l, gone, n0);
}

/* A name that ends in a football club's word is the club's ("Harwick
 * United", "Kessby Rovers"), even on a line of its own in a list of
 * honours, where the model read the town in it. */
void ner_club_words(const char *s, struct ner_list *l)
{
	static const struct ner_lit clubs[] = {
		NER_LIT("United"),   NER_LIT("Rovers"), NER_LIT("Wanderers"), NER_LIT("Athletic"),
		NER_LIT("Albion"),   NER_LIT("Hotspur"), NER_LIT("Rangers"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PLACE && m->type != NER_PERSON) || m->end == m->start)
			continue;
		char last = s[m->end - 1];
		if (!(last == 'd' || last == 's' || last == 'c' || last == 'n' || last == 'r'))
			continue;
		size_t lw = ner_word_start(s, m->start, m->end);
		if (lw == m->start || !NER_LIT_IN(clubs, s + lw, m->end - lw) ||
		    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) == NER_PLACE)
			continue;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* A name the model read as a place, a person or another name that a
 * military formation's head word ends is the formation, a body ("the
 * Mediterranean Fleet", "Southern Command": the model knows the sea or the
 * point of the compass before it); so is one a legislature's word of
 * another tongue ends ("the Kessar Great Khural", "the Jogorku Kenesh",
 * "the Wolesi Jirga"), a university's faculty ("Faculty of Fine Arts") and
 * an order of knights ("the Knights Hospitaller"). */
void ner_formation_heads(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = {
		NER_LIT("Fleet"),     NER_LIT("Flotilla"), NER_LIT("Command"),  NER_LIT("Army"),    NER_LIT("Navy"),
		NER_LIT("Corps"),     NER_LIT("Brigade"),  NER_LIT("Brigades"), NER_LIT("Regiment"),
		NER_LIT("Battalion"), NER_LIT("Squadron"), NER_LIT("Legion"),
	};
	static const struct ner_lit houses[] = {
		NER_LIT("Khural"), NER_LIT("Kenesh"), NER_LIT("Mazhilis"), NER_LIT("Majilis"), NER_LIT("Mejlis"),
		NER_LIT("Majlis"), NER_LIT("Landtag"), NER_LIT("Hluttaw"), NER_LIT("Jirga"),  NER_LIT("Sabha"),
		NER_LIT("Sangsad"), NER_LIT("Duma"),  NER_LIT("Rada"),     NER_LIT("Sejm"),    NER_LIT("Senedd"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_ORG || m->type == NER_DATE || m->type == NER_GROUP || m->end - m->start < 4)
			continue;
		const char *p = s + m->start;
		size_t n = m->end - m->start, lw = ner_word_start(s, m->start, m->end);
		/* A person's name only of two words and no given name first
		 * ("Jogorku Kenesh"; not "Ion Rada"). */
		int house = NER_LIT_IN(houses, s + lw, m->end - lw) &&
			    (m->type != NER_PERSON || (lw > m->start && !ner_given_name_first(s, m)));
		int body = house ||
			   (lw > m->start && m->type != NER_PERSON && NER_LIT_IN(heads, s + lw, m->end - lw)) ||
			   (n > 11 && (memcmp(p, "Faculty of ", 11) == 0 || (n > 13 && memcmp(p, "Faculties of ", 13) == 0))) ||
			   (n > 9 && memcmp(p, "Knights ", 8) == 0 && ner_upper_at(s, m->start + 8));
		if (body) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
}
