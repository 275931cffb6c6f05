/* ner/layout: The text's layout: datelines, tables, labels and lines, and
 * text another tool split into tokens. */
#include "internal.h"

/* Text split into tokens by another tool writes "U.S." as "U . S .", and
 * the model then finds "U" alone, or "S . Marshals Service" without its
 * "U .". A name next to such spaced initials takes them all in, with the
 * last full stop unless it ends the line; names the initials join become
 * one, of the type of the one that goes on past them. */
void ner_spaced_initials(const char *s, size_t n, struct ner_list *l)
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
void ner_table_words(const char *s, size_t n, struct ner_list *l)
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
void ner_datelines(const char *s, size_t n, struct ner_list *l)
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

/* Text split into tokens by another tool writes a name's apostrophe apart:
 * "Moshe Ya ’ alon", "Anyang Nyong ’ o", "Wa ’ ed", "Jeanne d ’ Arc
 * Mujawamariya". A short word in lower case after it, of no English
 * ending ("s", "t", "ll", "re", "ve", "d", "m") and none news writes in
 * lower case, is the name's, and a name's "d ’" or "l ’" joins the names
 * around it into one. Text of n bytes. */
void ner_spaced_apostrophes(const char *s, size_t n, struct ner_list *l)
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

/* The first letter of the abbreviation "St", "Mt" or "Ft" at byte i,
 * else 0. */
static char ner_place_abbrev(const char *s, size_t i)
{
	if (s[i + 1] != 't' || (s[i] != 'S' && s[i] != 'M' && s[i] != 'F'))
		return 0;
	return s[i];
}

/* A site's name written apart from its domain ("Tarvelo . com", as text
 * split into tokens has "Tarvelo.com") is one organization's name with
 * it, and a name's "+" is its own ("Kestvision +", "Kestflix +"), where the
 * model stopped before them. */
void ner_spaced_domains(const char *s, size_t n, struct ner_list *l)
{
	static const struct ner_lit tlds[] = { NER_LIT(" . com"), NER_LIT(" . net"), NER_LIT(" . org") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		if (m->type == NER_DATE || m->type == NER_PERSON || e + 2 >= n || s[e] != ' ')
			continue;
		size_t x = 0;
		if (s[e + 1] == '+' && (e + 2 == n || s[e + 2] == ' ' || s[e + 2] == '\n'))
			x = e + 2;
		else if (s[e + 1] == '.' && e + 6 <= n)
			for (size_t k = 0; k < sizeof tlds / sizeof *tlds && !x; k++)
				if (memcmp(s + e, tlds[k].w, tlds[k].n) == 0 && (e + 6 == n || !ner_alnum_at(s, e + 6)))
					x = e + 6;
		if (!x || (i + 1 < l->n && l->v[i + 1].start < x))
			continue;
		/* A domain makes a site's name; a "+" keeps the name's type
		 * (a service's, "Kestflix +", is an other name). */
		if (s[e + 1] == '.')
			m->type = NER_ORG;
		m->end = x;
		m->margin = 0;
	}
}

/* Initials written apart that the lists know closed up ("U . S .",
 * "U . N .") are the name they know, where the model found nothing there
 * ("under U . S . rules", "[ U . S . ] officials"): two or three
 * capitals, each with its full stop, between blanks. */
void ner_spaced_letters(const char *s, size_t n, struct ner_list *l)
{
	size_t n0 = l->n, mi = 0;
	for (const char *p = memchr(s, '.', n); p; p = memchr(p + 1, '.', n - (size_t)(p + 1 - s))) {
		size_t k = (size_t)(p - s);
		/* "X . Y ." ends here: its last capital, blank and stop first. */
		if (k < 6 || s[k - 1] != ' ' || !ner_upper_at(s, k - 2) || s[k - 3] != ' ' || s[k - 4] != '.' ||
		    s[k - 5] != ' ' || !ner_upper_at(s, k - 6) || (k + 1 < n && s[k + 1] != ' ' && s[k + 1] != '\n'))
			continue;
		size_t a = k - 6;
		/* A third capital before ("E . A . C ."). */
		if (a >= 4 && s[a - 1] == ' ' && s[a - 2] == '.' && s[a - 3] == ' ' && ner_upper_at(s, a - 4) &&
		    (a == 4 || !ner_alnum_at(s, a - 5)))
			a -= 4;
		if (a > 0 && (ner_alnum_at(s, a - 1) || s[a - 1] == '.'))
			continue;
		/* Not a currency's ("U . S . dollars", "U . S . $ 2"), nor an
		 * era after a year ("200 B . C ."). */
		if ((k + 3 < n && (s[k + 2] == '$' || (s[k + 2] == 'd' && k + 8 < n && memcmp(s + k + 2, "dollar", 6) == 0))) ||
		    (a >= 2 && s[a - 1] == ' ' && s[a - 2] >= '0' && s[a - 2] <= '9'))
			continue;
		char buf[8];
		size_t bn = 0;
		for (size_t q = a; q <= k; q += 4) {
			buf[bn++] = s[q];
			buf[bn++] = '.';
		}
		int lt = ner_lex_type(lexicon_lookup(buf, bn));
		if (lt < 0)
			continue;
		while (mi < n0 && l->v[mi].end <= a)
			mi++;
		if (mi < n0 && l->v[mi].start <= k)
			continue;
		ner_push(l, a, k + 1, (enum ner_type)lt);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Text split into tokens by another tool writes an abbreviation's full
 * stop apart ("St . Louis", "Mt . Kenya"), so that the lists, which write
 * "St. Louis", do not know the name the model found: it is looked up as
 * they write it, and typed as they know it. A saint's name with a given
 * name ("St . Katharine Drexel") is a person's, "St ." a title outside it;
 * a mountain ("Mt . Cook") is a place. */
void ner_spaced_abbrevs(const char *s, struct ner_list *l)
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
int ner_split_text(const char *s, size_t n)
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
int ner_line_sentences(const char *s, size_t n)
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
void ner_spaced_korean_names(const char *s, size_t len, struct ner_list *l)
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
void ner_spaced_marks(const char *s, size_t len, struct ner_list *l)
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
void ner_dash_datelines(const char *s, struct ner_list *l)
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

int ner_dateline_at(const char *s, size_t n, size_t start, size_t end)
{
	size_t b = start;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (b > 0 && s[b - 1] != '\n')
		return 0;
	/* South Asian desks set the place in capitals and a colon
	 * ("LAHORE: Imran Kessoor's ..."). */
	if (end + 2 < n && s[end] == ':' && s[end + 1] == ' ' && ner_upper_at(s, end + 2) &&
	    text_all_upper(s + start, end - start) && end - start >= 3)
		return 1;
	return ner_dateline_after(s, n, end);
}

/* A bug tracker's word before a number is the label of an issue, no
 * name: "Bug 1678173" of a browser's notes is not the river Bug, nor
 * "Ticket #4512" a person. */
void ner_tracker_labels(const char *s, size_t len, struct ner_list *l)
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

/* A label a page hides from the eye but leaves in its text, glued to the
 * name after it ("CreditAnn Lee" of a caption's credit, "PhotoTom
 * Ellis"), is no part of the name: the name starts after it. */
void ner_hidden_labels(const char *s, struct ner_list *l)
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
void ner_line_labels(const char *s, size_t len, struct ner_list *l)
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

/* A railway or a canal named for the two towns it joins is one name:
 * "the Callander and Oban Railway", which the model reads as a town and a
 * railway. Only after "the", which the whole takes ("between Glasgow and
 * Oban Railway station" is two). */
void ner_line_pairs(const char *s, struct ner_list *l)
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

/* Whether s[a..b), between a dateline's place and its bracket, holds
 * only a date: blanks, commas, digits and a month ("TOKYO RUBBER (" is a
 * table's heading). */
static int ner_dateline_gap(const char *s, size_t a, size_t b)
{
	while (a < b) {
		if (s[a] == ' ' || s[a] == ',' || s[a] == '.' || (s[a] >= '0' && s[a] <= '9')) {
			a++;
			continue;
		}
		size_t e = a;
		while (e < b && s[e] != ' ' && s[e] != ',' && s[e] != '.')
			e++;
		if (!(lexicon_lookup(s + a, e - a) & LEX_MONTH))
			return 0;
		a = e;
	}
	return 1;
}

/* The outlet a dateline credits in brackets before its dash ("BANGKOK (The
 * Nation) -", "DHAKA, March 4 ( BSS ) -") is an organization, without its
 * "The", whatever the model made of a paper's name ("The Scotsman" had been
 * a people, "The Citizen" nothing). The dateline's place is in capitals
 * at a line's start, the bracket on its line within 40 bytes, the credit
 * capitalised words (and "of", "and", "&") up to 48 bytes. */
void ner_dateline_credits(const char *s, size_t n, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_PLACE || (m->start > 0 && s[m->start - 1] != '\n') ||
		    !text_all_upper(s + m->start, m->end - m->start))
			continue;
		size_t p = m->end;
		while (p < n && p - m->end < 40 && s[p] != '(' && s[p] != '\n' && s[p] != ')' && s[p] != '.')
			p++;
		if (p >= n || s[p] != '(' || !ner_dateline_gap(s, m->end, p))
			continue;
		size_t a = p + 1;
		while (a < n && s[a] == ' ')
			a++;
		if (a + 4 < n && memcmp(s + a, "The ", 4) == 0)
			a += 4;
		size_t q = a, words = 0;
		int ok = a < n && ner_upper_at(s, a);
		while (ok && q < n && s[q] != ')' && q - a < 48) {
			size_t we = q;
			while (we < n && s[we] != ' ' && s[we] != ')' && s[we] != '\n' && s[we] != '(')
				we++;
			if (we == q || (we < n && (s[we] == '\n' || s[we] == '(')))
				ok = 0;
			else if (!ner_upper_at(s, q) && !ner_lit_is("of", s + q, we - q) && !ner_lit_is("and", s + q, we - q) &&
				 !ner_lit_is("&", s + q, we - q))
				ok = 0;
			words++;
			q = we;
			while (q < n && s[q] == ' ')
				q++;
		}
		if (!ok || q >= n || s[q] != ')' || words == 0 || words > 5)
			continue;
		size_t e = q;
		while (e > a && s[e - 1] == ' ')
			e--;
		size_t d = q + 1;
		while (d < n && s[d] == ' ')
			d++;
		if (!ner_dash_at(s, n, d))
			continue;
		/* Already the outlet's, whole. */
		size_t k = i + 1;
		while (k < n0 && l->v[k].start < p)
			k++;
		if (k < n0 && l->v[k].start == a && l->v[k].end == e && l->v[k].type == NER_ORG)
			continue;
		for (; k < n0 && l->v[k].start < q; k++) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[k] = 1;
		}
		ner_push(l, a, e, NER_ORG);
	}
	if (gone || l->n > n0) {
		ner_drop_gone(l, gone, n0);
		ner_sort_mentions(l->v, l->n);
	}
}
