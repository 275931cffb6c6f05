/* ner/events: The story's rules for events, laws and times: wars, storms,
 * diseases, games, numbered laws, eras, calendars, results. */
#include "internal.h"

/* A month is no organization's or place's first word: "the [August]
 * [National Association of Purchasing Management] index", "the
 * [September] [International Coffee Organization] meeting", where the
 * model ran the month into the name; the month is a date of its own. "May"
 * is left alone: companies bear it ("May Department Stores"); so is "Jan",
 * a given name and Hindi's "people" ("the Jan Sangh"). */
void ner_leading_months(const char *s, struct ner_list *l)
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
void ner_calendar_possessors(const char *s, size_t len, struct ner_list *l)
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

/* A time zone's letters after a clock time ("4 PM EDT", "1515 CST",
 * "12 : 48PM BST", "17:00 UTC") are no name, as CoNLL-2003 annotates
 * "EDT": the model took a page's "3 : 37 PM EDT" for a person, and the
 * corpus joined "1515 CST" to Color Systems Technology Inc's initials.
 * "GMT" is not listed: CoNLL annotates it as an other name, and it stays
 * as the model reads it. Not the same letters elsewhere ("porcine
 * somatotropin (PST)"). */
void ner_time_zones(const char *s, struct ner_list *l)
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

/* A place's name before a treaty's word is the treaty's name, an other
 * name ("the Northern Ireland Protocol", "the Kessby Accord"): the model
 * read the place and left the word out. */
void ner_place_treaties(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit words[] = { NER_LIT("Protocol"), NER_LIT("Agreement"), NER_LIT("Treaty"),
						NER_LIT("Accord"),   NER_LIT("Accords"),   NER_LIT("Convention"),
						NER_LIT("Pact"),     NER_LIT("Declaration") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* A capital after a blank, the cheap test first. */
		size_t e = m->end;
		if (m->type != NER_PLACE || e + 5 >= len || s[e] != ' ' || !ner_upper_at(s, e + 1) ||
		    (i + 1 < l->n && l->v[i + 1].start <= e + 1))
			continue;
		size_t we = e + 1;
		while (we < len && ner_alnum_at(s, we))
			we++;
		/* The word last: "the Kessby Agreement Act" is another name. */
		if (!NER_LIT_IN(words, s + e + 1, we - e - 1) || (we + 1 < len && s[we] == ' ' && ner_upper_at(s, we + 1)))
			continue;
		m->end = we;
		m->type = NER_MISC;
		m->margin = 0;
	}
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
void ner_event_places(const char *s, struct ner_list *l)
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

/* A weekday alone is a date whatever a rule or the model made of the
 * words around it ("in a televised address Wednesday evening"); a name
 * of more words keeps it ("Black Wednesday", "Ash Wednesday"). */
void ner_lone_weekdays(const char *s, struct ner_list *l)
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
void ner_plan_years(const char *s, size_t len, struct ner_list *l)
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
void ner_law_of_the(const char *s, struct ner_list *l)
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
void ner_numbered_laws(const char *s, size_t len, struct ner_list *l)
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
void ner_numbered_cops(const char *s, size_t len, struct ner_list *l)
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

/* Names of eras and of rulers that the model typed as bodies or places:
 * an economy's slump of history ("the Great Depression", "the Great
 * Recession") is an other name, an event's; a given name and a regnal
 * number ("Elizabeth II", "Mohammed VI") a person's where the model made
 * it a place, unless the story has a body of that name ("Mark IV" the
 * company). */
void ner_era_names(const char *s, struct ner_list *l)
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
void ner_result_lines(const char *s, size_t len, struct ner_list *l)
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

/* A body's name whose head the model found goes on over "for" and the
 * capitalised words of its cause ("Tandor Ministry for Coastal and Inland
 * Affairs", "Committee for Harbour Works"), as the training data writes
 * such names a hundred times to four: the head an organization's word,
 * the words after "for" no name the model found ("a loan from the World
 * Bank for Kenya"), "and", "of" and "the" between them; not a body the
 * lists know whole. */
void ner_for_causes(const char *s, size_t len, struct ner_list *l)
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
void ner_event_head_joins(const char *s, struct ner_list *l)
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
void ner_event_heads(const char *s, struct ner_list *l)
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

/* A weekday or a month that starts a person's name is a given name, as
 * Nigeria and Ghana give weekdays and English speakers "April", "May",
 * "June" and "August" ("Striker Sunday Okafor", "Nigerian international
 * Monday Eze", "elder June Tarrant"): after a title, a role, a people's
 * word, "international", another given name and "and" ("Otto and August
 * Kessby") or at a sentence's start, right before a name the model read as
 * a person's. Not after words of time or saying ("said
 * Sunday Okafor would", "on Sunday", "In June Kessler said"). */
void ner_calendar_names(const char *s, struct ner_list *l)
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

/* An event's or a body's name with "Women's" or "Men's" inside ("FIFA
 * Women's World Cup", "National Women's Soccer League") is one name,
 * which the model cut at the possessive: of the type of its second part.
 * So is a race's place and "Grand Prix" ("the 2016 Kessel Grand Prix",
 * which the model cut after the place). */
void ner_event_joins(const char *s, size_t len, struct ner_list *l)
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

/* "the War of the Spanish Succession": a war's name that the model cut
 * at "of the", taking a people's word out of it, is one event (an other
 * name), from "War" to its last capitalised word (up to four). */
void ner_war_names(const char *s, size_t len, struct ner_list *l)
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

/* Whether m, a person's name before a disease's lower-case head ("Harnby
 * disease", "Kessler fever"), names the disease after a person: one word
 * no list knows as a given name or a person's, nor the last word of a
 * fuller person's name of its story (a hype's "the Varley fever" after
 * "Tom Varley"). */
static int ner_eponym(const char *s, const struct ner_list *l, const struct ner_mention *m)
{
	size_t n = m->end - m->start;
	if (ner_chr(s, s + m->start, ' ', n) || (lexicon_lookup(s + m->start, n) & (LEX_FIRST_NAME | LEX_PERSON)))
		return 0;
	for (size_t k = 0; k < l->n; k++) {
		const struct ner_mention *p = &l->v[k];
		if (p->type == NER_PERSON && p->end - p->start > n + 1 && s[p->end - n - 1] == ' ' &&
		    memcmp(s + p->end - n, s + m->start, n) == 0)
			return 0;
	}
	return 1;
}

/* The name of a disease is an other name (MISC), as CoNLL-2003 types
 * "Creutzfeldt-Jakob Disease" and the Worldwide articles "Ebola": a name
 * whose last word is a disease's capitalised head ("Lassa Fever", "West
 * Nile Virus", "Middle East Respiratory Syndrome"), with that head where
 * it follows the name ("Spanish Flu"), and a place's name before the head
 * in lower case ("Lassa fever", "Marburg virus", the head outside as
 * "Ebola virus" is annotated). Not a country's ("the China virus"), nor a
 * body's whose name holds the word ("National Institute of Infectious
 * Disease"), nor an organization's before a lower-case head ("the Pfizer
 * flu vaccine"), nor a person's but a disease named after one ("Harnby
 * disease", ner_eponym). "Foot and Mouth Disease" takes its first
 * word, "African Swine Fever" its people's. */
void ner_diseases(const char *s, size_t len, struct ner_list *l)
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
		} else if (m.type == NER_PERSON && !head && m.end + 2 < len && s[m.end] == ' ' &&
			   memchr("fvds", s[m.end + 1], 4) && ner_word_after_in(s, len, m.end, lower) &&
			   !ner_word_after_in(s, len, m.end, (const char *const[]){ "flu", NULL }) &&
			   ner_eponym(s, l, &m)) {
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
 * mentions of the name alone ("Ian weakened") are the storm too, and so
 * is its international name in brackets. */
void ner_storms(const char *s, struct ner_list *l)
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
		/* A storm's other name in brackets, as the Philippines names
		 * storms ("Typhoon Karsa (international name: Tolva)"). */
		size_t a = m->start;
		if (a >= 22 && s[a - 1] == ' ' && s[a - 2] == ':') {
			/* Text split into tokens has a blank before the colon. */
			size_t c = s[a - 3] == ' ' ? a - 3 : a - 2;
			if (memcmp(s + c - 18, "international name", 18) == 0) {
				m->type = NER_MISC;
				m->margin = 0;
				continue;
			}
		}
		for (size_t k = 0; k < nn; k++)
			if (m->end - m->start == name[k][1] && memcmp(s + m->start, s + name[k][0], name[k][1]) == 0) {
				m->type = NER_MISC;
				m->margin = 0;
				break;
			}
	}
}

/* An endurance race named by its hours and its place ("the 24 Hours of
 * Le Mans", "the 12 Hours of Sebring") is one event's name, an other
 * name, where the model found the place alone or a body. */
void ner_hour_races(const char *s, size_t len, struct ner_list *l)
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
void ner_expo_years(const char *s, struct ner_list *l)
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
void ner_case_names(const char *s, size_t len, struct ner_list *l)
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

/* A law's head word alone after "the", "this" or "that", where the story
 * has named the law in full before ("the Harbour Safety Bill ... the Bill
 * goes to the Senate"): the law again, which the model, reading "the
 * Bill" as a common noun or a given name, may miss. The identity pass
 * (entity_law_heads) makes it the law's. */
void ner_law_heads(const char *s, size_t len, struct ner_list *l)
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
void ner_knockouts(const char *s, struct ner_list *l)
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
