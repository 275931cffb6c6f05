/* ner/people: The story's rules for people: given names, initials, bylines,
 * rulers, roles and titles, maiden names, nicknames. */
#include "internal.h"

/* Whether the word before byte i of s is a preposition that puts a place
 * before what follows ("Ambassador to Jordan Atallah Khairi"). */
static int ner_place_preposition_before(const char *s, size_t i)
{
	static const char *const preps[] = { "to", "of", "in", "at", "from", "near", NULL };
	return ner_word_before_in(s, i, preps);
}

/* A given name the model typed apart from the rest of a person's name
 * ("Regina" as a city before "M . Benjamin", "LuAnn" before "Marie
 * Johnson") is the person's: one capitalised word, a given name or a word
 * no list knows, right before a person's name of two words or more with
 * only a space between, is its first word. Demonyms, countries, a place
 * after "to" or "of", and a word the article also names alone ("Chargers
 * Jamal Williams", a team) stay apart. */
void ner_given_names(const char *s, struct ner_list *l)
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

/* A person's name that is only the first words of another name right
 * after it runs on into that name, of its type: one the model ended at a
 * middle initial ("New York's [John F.] [Kennedy International Airport]":
 * no name ends at a middle initial with a capitalised name after it), or
 * a given name alone before a name of another kind no list knows ("[James]
 * [Webb Space Telescope]", a thing named for a person; not "the [Clinton]
 * [White House]"). */
void ner_person_head_joins(const char *s, struct ner_list *l)
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

/* Whether s[a..b) has n words or fewer. */
static int ner_words_at_most(const char *s, size_t a, size_t b, int n)
{
	int w = 1;
	for (size_t k = a; k < b && w <= n; k++)
		w += s[k] == ' ';
	return w <= n;
}

/* A name the model took for a person's that ends in a word of a place
 * or a building ("the Roosevelt Room", "Kennedy Airport", "the Sam
 * Houston Tollway") is a place. Where surnames are such words too ("Kevin
 * Park", "Michael Bay"), not after a given name alone; and such a name the
 * model took for a place is the person where a verb of saying follows.
 * A name of a person or an organization led by a word Spanish or
 * Portuguese writes first for a place ("Presa Allende") is a place. */
void ner_facility_people(const char *s, size_t len, struct ner_list *l)
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
	/* The places named for a person ("Kennedy Airport"), not lands
	 * ("Bulawayo Province", after an officer's "Commanding"). */
	static const struct ner_lit named[] = { NER_LIT("Airport"), NER_LIT("Stadium"), NER_LIT("Station"),
						NER_LIT("Arena"),   NER_LIT("Avenue"),  NER_LIT("Boulevard"),
						NER_LIT("Highway"), NER_LIT("Expressway"), NER_LIT("Freeway"),
						NER_LIT("Parkway"), NER_LIT("Tollway"), NER_LIT("Tunnel"),
						NER_LIT("Plaza") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
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
		/* A person's name before a place's word the model left out
		 * ("Maru Okoth International Airport") is the place's; the word
		 * after "International" first. */
		if (m->type == NER_PERSON && m->end + 8 < len && s[m->end] == ' ' && ner_upper_at(s, m->end + 1) &&
		    (i + 1 == l->n || l->v[i + 1].start > m->end + 1)) {
			size_t a = m->end + 1;
			if (s[a] == 'I' && len - a > 15 && memcmp(s + a, "International ", 14) == 0)
				a += 14;
			size_t b = a;
			while (b < len && ner_alnum_at(s, b))
				b++;
			if (NER_LIT_IN(named, s + a, b - a) && (b == len || !ner_alnum_at(s, b)) &&
			    (i + 1 == l->n || l->v[i + 1].start >= b)) {
				m->end = b;
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
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
		/* A person's name the model cut off from the place named for
		 * them is the place's ("Maru Tenvari Okoth | Kibet International
		 * Airport"), where the place's word is never a surname. */
		if (kind == 2 && m->type == NER_PLACE && i > 0 && l->v[i - 1].type == NER_PERSON &&
		    l->v[i - 1].end + 1 == m->start && s[m->start - 1] == ' ' && !(gone && gone[i - 1]) &&
		    NER_LIT_IN(named, s + lw, wn) && ner_words_at_most(s, l->v[i - 1].start, m->end, 6)) {
			m->start = l->v[i - 1].start;
			m->margin = 0;
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[i - 1] = 1;
			continue;
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
	ner_drop_gone(l, gone, n0);
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
void ner_lone_initials(const char *s, size_t len, struct ner_list *l)
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
 * entity_furniture takes one), and the fields that name its author; and
 * the field that names its outlet. */
void ner_bylines(const struct article *a, struct ner_list *l)
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
	/* The source or publisher field names the outlet, a body ("Source:
	 * Kessnet"), which the model, seeing a name alone on its line after
	 * an author's, read as a person's, or as a place's or a people's
	 * ("The Hindu"). */
	for (size_t i = 0; i < a->nfields; i++) {
		const char *key = a->fields[i].key;
		if (strcmp(key, "source") != 0 && strcmp(key, "publisher") != 0)
			continue;
		/* Not a blog named after its author ("Author: Haro Velnik",
		 * "Source: Haro Velnik"). */
		size_t vs = a->fields[i].value_start, vn = a->fields[i].value_end - vs;
		int own = 0;
		for (size_t j = 0; j < a->nfields && !own; j++)
			own = strcmp(a->fields[j].key, "author") == 0 &&
			      a->fields[j].value_end - a->fields[j].value_start == vn &&
			      memcmp(s + a->fields[j].value_start, s + vs, vn) == 0;
		if (own)
			continue;
		for (size_t k = 0; k < l->n; k++) {
			struct ner_mention *m = &l->v[k];
			if (m->start == a->fields[i].value_start && m->end == a->fields[i].value_end &&
			    m->type != NER_ORG && m->type != NER_DATE) {
				m->type = NER_ORG;
				m->margin = 0;
			}
		}
	}
}

/* A person's name ends at its letters: digits glued after a word in
 * lower case are a date's or a count's that a page ran into the name
 * ("by Lucas Nolan22 Dec 2016"), no part of it. */
void ner_person_digit_tails(const char *s, struct ner_list *l)
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
void ner_acronym_people(const char *s, struct ner_list *l)
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
void ner_bracketed_nicknames(const char *s, struct ner_list *l)
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

/* A title that one person holds at a time names that person where no
 * name follows it: "the Dalai Lama said" (CoNLL-2003 and the Worldwide
 * articles annotate him so), which the lists know as a title for "the
 * Dalai Lama Tenzin Gyatso" and the rules had dropped. */
void ner_title_people(const char *s, size_t len, struct ner_list *l)
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

/* A name before "people", "language" or "tribe" (and their plurals) is
 * a people's or its language's, a group as ANNOTATION.md
 * types languages and peoples, wherever the story writes it: "the Ogiek
 * people", "the Telmari language", which the model took for places,
 * persons or bodies the story through. Not a place a list knows ("the
 * Kenya people" are its inhabitants), a body it knows, a person's given
 * name, a computer's language (a product: "the ZFOUR language"), nor
 * "language model". */
void ner_people_names(const char *s, size_t len, struct ner_list *l)
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

/* Two capitals that the lists know as a title in another case ("Ms",
 * "Mr", "Dr"), right before a person's name in a line of prose, are the
 * person's initials ("MS Dhoni", as South Asia's news writes them): a
 * title in prose is written "Ms". Not a title written in capitals ("PM
 * Modi", "MP Kessar"). */
void ner_title_initials(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit mixed[] = { NER_LIT("MS"), NER_LIT("MR"), NER_LIT("DR"), NER_LIT("ST"),
						NER_LIT("FR"), NER_LIT("SR"), NER_LIT("JR"), NER_LIT("LT") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		if (m->type != NER_PERSON || a < 3 || s[a - 1] != ' ' || !ner_upper_at(s, a - 2) || !ner_upper_at(s, a - 3) ||
		    (a > 3 && s[a - 4] != ' ' && s[a - 4] != '\n') || (i > 0 && l->v[i - 1].end > a - 3) ||
		    text_all_upper(s + m->start, m->end - m->start))
			continue;
		if (!NER_LIT_IN(mixed, s + a - 3, 2) || lexicon_lookup(s + a - 3, 2) != LEX_TITLE)
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
void ner_initials_people(const char *s, size_t len, struct ner_list *l)
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
void ner_role_owners(const char *s, struct ner_list *l)
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

/* A word of two capitals or more and then small letters ("OAuth",
 * "XEmacs") is no person's name: names are written so with an apostrophe
 * or a particle ("O'Neill", "McKay", "DeShawn"), not with a run of
 * capitals. It is a product's or a standard's, as the model reads such a
 * word where it is no person. */
void ner_capital_run_people(const char *s, struct ner_list *l)
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
void ner_inner_offices(const char *s, struct ner_list *l)
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

/* Whether s[a..e), after a role's word at ks, is an other name of two
 * or three capitalised words no list knows any of ("party leader Tesfay
 * Gebrekidan said"), which holds the role: not after an article ("The
 * official Kessel Business newspaper"), where the role's word is an
 * adjective. */
static int ner_unknown_holder(const char *s, size_t ks, size_t a, size_t e)
{
	if (ks > 1 && s[ks - 1] == ' ') {
		size_t dw = ner_word_start(s, 0, ks - 1);
		if (ner_lit_is_nocase("the", s + dw, ks - 1 - dw) || ner_lit_is_nocase("a", s + dw, ks - 1 - dw) ||
		    ner_lit_is_nocase("an", s + dw, ks - 1 - dw))
			return 0;
	}
	size_t words = 0;
	for (size_t w = a; w < e; w = ner_blank_at(s, w, e) + 1) {
		size_t we = ner_blank_at(s, w, e);
		if (++words > 3 || !ner_upper_at(s, w) || we - w < 2 || lexicon_lookup(s + w, we - w) != 0 ||
		    lexicon_lowercase(s + w, we - w))
			return 0;
	}
	return 1;
}

/* A name after a role in lower case that starts with a given name is a
 * person's, where the model read it as a place or an other name by its
 * last word ("the architect George Edmund Street", "spokesperson Mary
 * Hill"); not where a list knows the whole as something else. */
void ner_role_people(const char *s, struct ner_list *l)
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
		if (fw >= m->end || ner_lex_type(lexicon_lookup(s + a, m->end - a)) >= 0)
			continue;
		if ((lexicon_lookup(s + a, fw - a) & (LEX_FIRST_NAME | LEX_COMMON)) != LEX_FIRST_NAME &&
		    !(m->type == NER_MISC && ner_unknown_holder(s, ks, a, m->end)))
			continue;
		m->type = NER_PERSON;
		m->margin = 0;
	}
}

/* The name after "née" (or "nee") is a person's maiden name ("his wife
 * Gwen (née Morgan)"): one or two capitalised words the model left, a
 * person's; and a name the model ran on over the word is two ("Mary Holt
 * nee Brennock"). Looked for after a person's name only, where the word
 * stands, not in the whole text. */
void ner_maiden_names(const char *s, size_t len, struct ner_list *l)
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

/* The names after a plural of works a person makes and "by" are people
 * ("works by Rubens, Rembrandt and Delacroix", "paintings by ..."),
 * where no list knows them as something else: the model reads a painter
 * known by one name by that name's other uses. Not songs, films or
 * albums, which a band or a studio makes. */
void ner_maker_people(const char *s, struct ner_list *l)
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

/* Whether the story names the one word s[a..e) with a ruler's numeral
 * as a person elsewhere ("Aldric IV"): then it is a ruler's name, though
 * no list knows it as a given name. */
static int ner_story_ruler(const char *s, size_t len, const struct ner_list *l, size_t a, size_t e)
{
	for (size_t k = 0; k < l->n; k++) {
		const struct ner_mention *o = &l->v[k];
		size_t n = e - a;
		if (o->type == NER_PERSON && o->start != a && o->end - o->start > n + 1 && s[o->start + n] == ' ' &&
		    memcmp(s + o->start, s + a, n) == 0 &&
		    ner_regnal_numeral(s + o->start + n + 1, len - o->start - n - 1, 0) == o->end - o->start - n - 1)
			return 1;
	}
	return 0;
}

/* A given name alone before a ruler's numeral is the ruler's name with
 * it ("Louis XIV", "Charles V"), where the model stopped at the name (a
 * surname alone is left be: "Thompson II" is as often a rematch), and so
 * is a name the story writes with another numeral ("Aldric I" beside
 * "Aldric IV"). "I" is the pronoun as often: it is a numeral only before
 * a mark, "of" or "'s" ("Elizabeth I of England", "Charles I , who"),
 * not before a verb ("told Mary I would"). After the story's names of
 * companies took theirs ("Kevin IV" of Kevin IV Industries Inc). */
void ner_ruler_numerals(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* A blank and a numeral's letter, asked first. */
		if (m->type != NER_PERSON || e + 2 >= len || s[e] != ' ' || !strchr("IVX", s[e + 1]) ||
		    memchr(s + m->start, ' ', e - m->start))
			continue;
		size_t q = e + 2;
		int one = s[e + 1] == 'I' && q < len && s[q] == ' ' && q + 1 < len &&
			  (memchr(",.;:(", s[q + 1], 5) || (q + 3 < len && memcmp(s + q + 1, "of ", 3) == 0) ||
			   (q + 3 < len && memcmp(s + q + 1, "'s ", 3) == 0));
		size_t r = ner_regnal_numeral(s + e + 1, len - e - 1, one);
		if (!r || (i + 1 < l->n && l->v[i + 1].start < e + 1 + r) ||
		    !((lexicon_lookup(s + m->start, e - m->start) & LEX_FIRST_NAME) ||
		      ner_story_ruler(s, len, l, m->start, e)))
			continue;
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

/* A capital and a full stop before a sentence's first word ("written in
 * C. It was", "approved by J. He said") are no person's initial and
 * name: the name the model made of them goes where the word is a pronoun
 * or an article. */
void ner_initial_pronouns(const char *s, struct ner_list *l)
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

/* A ruler's epithet stands outside the name, as a title does
 * (ANNOTATION.md; the Worldwide labels leave it out of a king's name),
 * and is no name of its own: after a person's name of one word, or a
 * given name a list knows, the names the model found in "the Bold" go,
 * and a whole "Ivan the Terrible" the model took for a work's or ran on
 * into the epithet is the person's name alone. */
void ner_ruler_epithets(const char *s, size_t len, struct ner_list *l)
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
void ner_plural_possessives(const char *s, size_t len, struct ner_list *l)
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
 * ("Dame Alice Harrow DBE FRS"; "SAN", a Senior Advocate of Nigeria). */
static const struct ner_lit ner_post_nominal_words[] = {
	NER_LIT("KBE"),	 NER_LIT("DBE"),  NER_LIT("GBE"),  NER_LIT("CBE"),  NER_LIT("OBE"),   NER_LIT("MBE"),
	NER_LIT("BEM"),	 NER_LIT("KCB"),  NER_LIT("GCB"),  NER_LIT("KCMG"), NER_LIT("GCMG"),  NER_LIT("CMG"),
	NER_LIT("KCVO"), NER_LIT("GCVO"), NER_LIT("CVO"),  NER_LIT("LVO"),  NER_LIT("DSO"),   NER_LIT("VC"),
	NER_LIT("GC"),	 NER_LIT("DFC"),  NER_LIT("QC"),   NER_LIT("KC"),   NER_LIT("FRS"),   NER_LIT("FRSE"),
	NER_LIT("FBA"),	 NER_LIT("FREng"), NER_LIT("FMedSci"), NER_LIT("FRSA"), NER_LIT("FRCP"), NER_LIT("FRCS"),
	NER_LIT("FRSC"), NER_LIT("FRSL"), NER_LIT("FAA"),  NER_LIT("PhD"),  NER_LIT("SAN"),
};

/* A person's name the model ran on into the letters of honours after it
 * ("Mary Kessling OBE", "Peter Hallam QC") ends before them, which are
 * titles; with them the model often took the whole for a body's. A body's
 * name is a person's only where a given name a list knows, or "Sir" or
 * "Dame" before it, says so. In brackets after a person's name, they are
 * no name of their own. */
void ner_post_nominals(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		/* Moved down only once a mention has gone. */
		if (o != i)
			l->v[o] = l->v[i];
		struct ner_mention *m = &l->v[o++];
		/* The letters in brackets right after a person's name are his
		 * title, no body ("Kola Adeyemi (SAN) told the court"). */
		if (m->start >= 2 && s[m->start - 1] == '(' && s[m->end] == ')' && o >= 2 &&
		    l->v[o - 2].type == NER_PERSON && l->v[o - 2].end + 2 == m->start && s[m->start - 2] == ' ' &&
		    NER_LIT_IN(ner_post_nominal_words, s + m->start, m->end - m->start)) {
			o--;
			continue;
		}
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
	l->n = o;
}

/* A title's plural before names is no part of the first one ("Justices
 * Harriet Kessel and Tom Varne", "Senators"): the lists hold titles in
 * the singular, which the model leaves out. */
void ner_plural_titles(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* Two blanks at least: a title's word and two of the name. */
		const char *sp = m->type == NER_PERSON ? ner_chr(s, s + m->start, ' ', m->end - m->start) : NULL;
		if (!sp || sp[-1] != 's')
			continue;
		size_t fw = (size_t)(sp - s), n = fw - m->start;
		/* A capitalised word ending in "s", two more words after it. */
		if (fw >= m->end || n < 4 || n > 16 || s[fw - 1] != 's' || !ner_chr(s, s + fw + 1, ' ', m->end - fw - 1) ||
		    !(lexicon_lookup(s + m->start, n - 1) & LEX_TITLE) || (lexicon_lookup(s + m->start, n) & LEX_TITLE))
			continue;
		m->start = fw + 1;
		m->margin = 0;
	}
}

/* "Shah" before a person's name is its first word, as South Asian names
 * have it ("Shah Rukh Kessani"), not the title the lists hold it for:
 * but "the Shah". */
void ner_shah_names(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON || m->start < 5 || s[m->start - 1] != ' ' || s[m->start - 2] != 'h' ||
		    memcmp(s + m->start - 5, "Shah", 4) != 0 || (i > 0 && l->v[i - 1].end > m->start - 5))
			continue;
		size_t a = m->start - 5;
		if (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n' && s[a - 1] != '"' && s[a - 1] != '(')
			continue;
		if (a >= 4 && (memcmp(s + a - 4, "the ", 4) == 0 || memcmp(s + a - 4, "The ", 4) == 0))
			continue;
		m->start = a;
		m->margin = 0;
	}
}

/* Whether s[a..b) is initials alone, each a capital and its full stop
 * ("P. F.", "J.R."). */
static int ner_initials_only(const char *s, size_t a, size_t b)
{
	size_t k = a;
	while (k < b && ner_upper_at(s, k) && s[k + 1] == '.') {
		k += 2;
		if (k < b && s[k] == ' ')
			k++;
	}
	return k == b && b > a;
}

/* A people's adjective alone before a title is no person ("Varesian
 * President Tomas Kell"): where the model read a person in a word the
 * lists know as a nationality's and as no name, it is the people's. */
void ner_demonym_people(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON || m->end + 3 >= len || s[m->end] != ' ' || !ner_upper_at(s, m->end + 1) ||
		    ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		unsigned c = lexicon_lookup(s + m->start, m->end - m->start);
		if (!(c & LEX_DEMONYM) || (c & (LEX_FIRST_NAME | LEX_PERSON)))
			continue;
		size_t te = ner_blank_at(s, m->end + 1, len);
		if (!(lexicon_lookup(s + m->end + 1, te - m->end - 1) & LEX_TITLE))
			continue;
		m->type = NER_GROUP;
		m->margin = 0;
	}
}

/* An honorific's initials before a person's name are no part of it, nor
 * the titles after them ("H.H. Sheikh Hamdan bin Tarvel", "H.R.H.
 * Prince Kessar"), which the lists know without the initials only. */
void ner_honorific_heads(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = { NER_LIT("H.H. "), NER_LIT("H.R.H. "), NER_LIT("H.M. "),
						NER_LIT("H.E. ") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* "H." first. */
		if (m->type != NER_PERSON || m->end - m->start < 8 || s[m->start] != 'H' || s[m->start + 1] != '.')
			continue;
		size_t a = 0;
		for (size_t k = 0; k < sizeof heads / sizeof *heads && !a; k++)
			if (memcmp(s + m->start, heads[k].w, heads[k].n) == 0)
				a = m->start + heads[k].n;
		if (!a)
			continue;
		/* The titles after them ("Sheikh", "Prince"), a name left. */
		for (size_t we; a < m->end && (we = ner_blank_at(s, a, m->end)) < m->end &&
				(lexicon_lookup(s + a, we - a) & LEX_TITLE);)
			a = we + 1;
		if (a < m->end && ner_upper_at(s, a)) {
			m->start = a;
			m->margin = 0;
		}
	}
}

/* A name with a digit in it is no person's: an aircraft's or a model's
 * ("PA-28 Archer", "A330"), a law's ("Bill C-40"), a virus's
 * ("SARS-CoV-2"), which the model read as a person's by their capitals;
 * an other name. */
void ner_numbered_people(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON)
			continue;
		/* Not digits a page glued to a word's end ("Lucas Nolan22"),
		 * which the byline's reading cuts off. */
		int digit = 0;
		for (size_t k = m->start; k < m->end && !digit; k++) {
			if (!(s[k] >= '0' && s[k] <= '9'))
				continue;
			if (k > m->start && s[k - 1] >= 'a' && s[k - 1] <= 'z') {
				while (k + 1 < m->end && s[k + 1] >= '0' && s[k + 1] <= '9')
					k++;
				continue;
			}
			digit = 1;
		}
		if (digit) {
			m->type = NER_MISC;
			m->margin = 0;
		}
	}
}

/* A name after a tomb, a statue, a mummy or a reign "of" is a person's
 * ("the tomb of Kheperankh", "the reign of Ramessu"), where the model
 * read a place or an other name that no list knows as a place. */
void ner_tomb_people(const char *s, struct ner_list *l)
{
	static const char *const cues[] = { "tomb",	 "tombs", "mausoleum", "statue", "statues", "bust",
					    "mummy",	 "reign", "sarcophagus", "grave",  "effigy", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PLACE && m->type != NER_MISC) || m->start < 9 || s[m->start - 2] != 'f' ||
		    memcmp(s + m->start - 4, " of ", 4) != 0 || !ner_word_before_in(s, m->start - 3, cues) ||
		    ner_has_org_word(s, m->start, m->end))
			continue;
		unsigned c = lexicon_lookup(s + m->start, m->end - m->start);
		if (ner_lex_type(c) >= 0 || (c & (LEX_COUNTRY | LEX_CITY | LEX_REGION)))
			continue;
		m->type = NER_PERSON;
		m->margin = 0;
	}
}

/* "He" next to a person's name inside a sentence is the name's, a
 * Chinese surname or given name ("Vice Premier Tan He", "led by He
 * Wenqiao"), as no pronoun is written so there; not after a capitalised
 * word that is no title (a headline's "Why He Left"). */
void ner_he_names(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n, i = 0;
	for (const char *p = s; (p = memchr(p, 'H', len - (size_t)(p - s))) != NULL; p++) {
		size_t h = (size_t)(p - s);
		if (h < 2 || h + 4 >= len || s[h + 1] != 'e' || s[h - 1] != ' ' || ner_alnum_at(s, h + 2))
			continue;
		/* A name of one word before it: "Tan He". */
		while (i < n0 && l->v[i].end < h - 1)
			i++;
		if (i < n0 && l->v[i].end == h - 1 && l->v[i].type == NER_PERSON && s[h + 2] != '\'' &&
		    !ner_chr(s, s + l->v[i].start, ' ', l->v[i].end - l->v[i].start) &&
		    (i + 1 >= n0 || l->v[i + 1].start > h + 2) && !(s[h + 2] == ' ' && ner_upper_at(s, h + 3))) {
			l->v[i].end = h + 2;
			l->v[i].margin = 0;
			continue;
		}
		/* A name after it: "by He Wenqiao", "Premier He Wenqiao". */
		if (s[h + 2] != ' ' || !ner_upper_at(s, h + 3) || (i < n0 && l->v[i].start <= h + 3) || h < 3)
			continue;
		size_t e = h + 3;
		while (e < len && ner_alnum_at(s, e))
			e++;
		size_t pw = ner_word_start(s, 0, h - 1);
		if (e - h - 3 < 2 || lexicon_lowercase(s + h + 3, e - h - 3) ||
		    (lexicon_lookup(s + h + 3, e - h - 3) & (LEX_MONTH | LEX_COUNTRY | LEX_CITY | LEX_ORG)) || pw + 1 >= h - 1 ||
		    !((s[pw] >= 'a' && s[pw] <= 'z') || (lexicon_lookup(s + pw, h - 1 - pw) & LEX_TITLE)))
			continue;
		if (i < n0 && l->v[i].start < e)
			continue;
		ner_push(l, h, e, NER_PERSON);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A reference's author, surname first ("^ Kessling, Alexander, ed.
 * (2009)", "Tarvel, James (April 2009)"): the surname is a person's
 * name too, where the model found the given name alone. The surname
 * opens the reference or a sentence of it, a given name the lists know
 * follows its comma, and a bracket, a comma or a full stop follows the
 * given name. Two names, as the text writes them apart: one of "Surname,
 * Given" would be no key the story's other mentions of the person share. */
void ner_reference_authors(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		/* ", " before it and a mark after, the cheap tests first. */
		if (m->type != NER_PERSON || m->start < 6 || s[m->start - 1] != ' ' || s[m->start - 2] != ',' ||
		    m->end + 1 >= len ||
		    !(s[m->end] == ',' || s[m->end] == '.' || s[m->end] == ';' || (s[m->end] == ' ' && s[m->end + 1] == '(')))
			continue;
		/* A given name, initials, or a given name and initials
		 * ("Roger A."). */
		size_t gw = ner_blank_at(s, m->start, m->end);
		if (!((lexicon_lookup(s + m->start, gw - m->start) & LEX_FIRST_NAME) &&
		      (gw == m->end || ner_initials_only(s, gw + 1, m->end))) &&
		    !ner_initials_only(s, m->start, m->end))
			continue;
		size_t se = m->start - 2, ss = ner_word_start(s, 0, se);
		/* The model's mention of the surname alone, of another type,
		 * becomes the person's. */
		size_t had = i > 0 && l->v[i - 1].end > ss ? i - 1 : SIZE_MAX;
		if (se - ss < 2 || !ner_upper_at(s, ss) || text_caps_word(s + ss, se - ss) ||
		    (had != SIZE_MAX && (l->v[had].start != ss || l->v[had].end != se || l->v[had].type == NER_PERSON)) ||
		    (lexicon_lookup(s + ss, se - ss) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_COMMON | LEX_MONTH)))
			continue;
		for (size_t k = ss; k < se; k++)
			if (!ner_alnum_at(s, k) && s[k] != '-' && s[k] != '\'')
				ss = SIZE_MAX, k = se;
		/* The reference's start: a line's, a caret's ("^ "), or a full
		 * stop's before it, or the semicolon after the author before. */
		if (ss == SIZE_MAX || !(ss == 0 || s[ss - 1] == '\n' ||
					(ss >= 2 && s[ss - 1] == ' ' &&
					 (s[ss - 2] == '^' || s[ss - 2] == '.' || s[ss - 2] == ';'))))
			continue;
		if (had != SIZE_MAX) {
			l->v[had].type = NER_PERSON;
			l->v[had].margin = 0;
		} else
			ner_push(l, ss, se, NER_PERSON);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A name right before "people", "tribe", "clan" or "community" in lower
 * case names a people (GROUP: "the Warrawa people", "the Kessuri
 * community"), as the training data has it 4 to 1, not the place or
 * person the model read; not a place or a body a list knows ("the Gaza
 * community", "the Google community"). Last of the rules: earlier, the
 * story's other mentions took another type from it. */
void ner_people_words(const char *s, size_t len, struct ner_list *l)
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

/* "Black" before a noun of people ("the first Black woman", "Black
 * voters") names a people, as a nationality's word does (the training
 * data types "first Black leader" so), whatever body's name of the story
 * starts with the word ("Black Lives Matter") or person is named so. */
void ner_race_words(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit nouns[] = {
		NER_LIT("woman"),     NER_LIT("women"),	     NER_LIT("man"),	    NER_LIT("men"),
		NER_LIT("people"),    NER_LIT("voters"),     NER_LIT("residents"), NER_LIT("students"),
		NER_LIT("leader"),    NER_LIT("leaders"),    NER_LIT("community"), NER_LIT("communities"),
		NER_LIT("families"),  NER_LIT("workers"),    NER_LIT("officers"),  NER_LIT("candidates"),
		NER_LIT("journalists"), NER_LIT("artists"),  NER_LIT("writers"),   NER_LIT("athletes"),
		NER_LIT("children"),  NER_LIT("girls"),	     NER_LIT("boys"),	    NER_LIT("patients"),
		NER_LIT("lawmakers"), NER_LIT("neighborhoods"), NER_LIT("neighbourhoods"), NER_LIT("churches"),
		NER_LIT("lives"),     NER_LIT("history"),    NER_LIT("culture"),   NER_LIT("owners"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->end - m->start != 5 || s[m->start] != 'B' || memcmp(s + m->start, "Black", 5) != 0 ||
		    m->type == NER_DATE || m->end + 2 >= len || s[m->end] != ' ' || s[m->end + 1] < 'a' || s[m->end + 1] > 'z')
			continue;
		size_t we = m->end + 1;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		if ((we < len && ner_alnum_at(s, we)) || !NER_LIT_IN(nouns, s + m->end + 1, we - m->end - 1))
			continue;
		m->type = NER_GROUP;
		m->margin = 0;
	}
}

/* A body's name the model ran on into a person's ("Kessby Trading
 * Company Abdullah Harrow signed"): after a word that ends a body's name
 * (an organization's head word or a legal form), a given name a list
 * knows and up to three more words with a capital are the person's. */
void ner_body_person_runs(const char *s, struct ner_list *l)
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
