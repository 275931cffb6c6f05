/* ner/places: The story's rules for places: kinds of places, compass words,
 * towns and their countries, prefixes, places after a comma. */
#include "internal.h"

/* Whether s[0..n) is a capitalised plural of people who band together
 * ("Steelworkers", "Machinists", "Employees", "Producers"): the head of a
 * union's or an association's name before "of" and a place ("United
 * Steelworkers of America"), not of a place's ("Waters", "Towers"). */
static int ner_people_plural(const char *s, size_t n)
{
	static const char *const things[] = { "Waters", "Headwaters", "Towers", "Rivers", "Quarters", "Headquarters",
					      "Corners", "Borders", "Chambers", "Centers", "Powers", "Letters",
					      "Papers", "Numbers", "Orders", "Matters", NULL };
	if (n < 5 || !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	for (size_t k = 1; k < n; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	int ers = memcmp(s + n - 3, "ers", 3) == 0, ists = n >= 6 && memcmp(s + n - 4, "ists", 4) == 0,
	    ees = memcmp(s + n - 3, "ees", 3) == 0;
	if (!ers && !ists && !ees)
		return 0;
	for (int k = 0; things[k]; k++)
		if (ner_lit_is(things[k], s, n))
			return 0;
	return 1;
}

/* The type a head word s[0..n) gives "head of" a place: NER_MISC for a
 * reference work's, NER_ORG for an organization's or a union's, else
 * NER_PLACE. */
static enum ner_type ner_of_head_type(const char *s, size_t n)
{
	static const char *const works[] = { "Encyclopedia", "Encyclopaedia", "Dictionary", "Atlas", "Almanac",
					     "Handbook", "Anthology", "Gazetteer", NULL };
	static const char *const places[] = { "Federation", "Union", "District", "Municipality", NULL };
	for (int k = 0; works[k]; k++)
		if (ner_lit_is(works[k], s, n))
			return NER_MISC;
	if (ner_people_plural(s, n))
		return NER_ORG;
	if (!(lexicon_lookup(s, n) & LEX_ORG_WORD))
		return NER_PLACE;
	for (int k = 0; places[k]; k++)
		if (ner_lit_is(places[k], s, n))
			return NER_PLACE;
	return NER_ORG;
}

/* A name the model took for a place, "X of" a place, is what its head X
 * says: an organization's head word ("Museum of Neon Art", "University
 * of Maryland") makes an organization, a reference work's ("Encyclopedia
 * of New Zealand") an other name. Heads that are a place's too stay
 * ("Federation", "Union", "District" and "Municipality" of a place). */
void ner_of_place_heads(const char *s, struct ner_list *l)
{
	/* Spanish, Portuguese, French, Italian, German and others write a
	 * body's head word first ("Universidad de los Andes", "Instituto Nacional
	 * de Estadística"): a name it leads is the body, not the place after
	 * it. Not the heads that name places too ("Banco Chinchorro" is a
	 * reef, "Câmara de Lobos" a town). */
	static const struct ner_lit leads[] = {
		NER_LIT("Universidad"), NER_LIT("Universidade"), NER_LIT("Universit\xc3\xa9"),
		NER_LIT("Universit\xc3\xa0"), NER_LIT("Universit\xc3\xa4t"), NER_LIT("Instituto"), NER_LIT("Istituto"),
		NER_LIT("Institut"), NER_LIT("Ministerio"), NER_LIT("Minist\xc3\xa9rio"), NER_LIT("Minist\xc3\xa8re"),
		NER_LIT("Ministero"), NER_LIT("Partido"), NER_LIT("Partito"), NER_LIT("Fundaci\xc3\xb3n"),
		NER_LIT("Funda\xc3\xa7\xc3\xa3o"), NER_LIT("Fondation"), NER_LIT("Fondazione"),
		NER_LIT("Asociaci\xc3\xb3n"), NER_LIT("Associa\xc3\xa7\xc3\xa3o"), NER_LIT("Comisi\xc3\xb3n"),
		NER_LIT("Comiss\xc3\xa3o"), NER_LIT("Consejo"), NER_LIT("Conselho"), NER_LIT("Conseil"),
		NER_LIT("Federaci\xc3\xb3n"), NER_LIT("Federa\xc3\xa7\xc3\xa3o"), NER_LIT("Sindicato"),
		NER_LIT("Movimiento"), NER_LIT("Movimento"), NER_LIT("Secretar\xc3\xad" "a"),
		NER_LIT("Procuradur\xc3\xad" "a"),
		NER_LIT("Fiscal\xc3\xad" "a"), NER_LIT("Contralor\xc3\xad" "a"), NER_LIT("Defensor\xc3\xad" "a"),
		NER_LIT("Superintendencia"), NER_LIT("Agencia"), NER_LIT("Ag\xc3\xaancia"),
		/* Dutch, Malay and Indonesian ("Universiti Sains Malaysia",
		 * "Kementerian Kesehatan", "Parti Islam Se-Malaysia"). */
		NER_LIT("Universiteit"), NER_LIT("Universiti"), NER_LIT("Universitas"), NER_LIT("Kementerian"),
		NER_LIT("Partai"), NER_LIT("Parti"), NER_LIT("Majlis"), NER_LIT("Lembaga"), NER_LIT("Badan"),
		NER_LIT("Komisi"), NER_LIT("Persatuan"), NER_LIT("Yayasan"), NER_LIT("Pertubuhan"),
		NER_LIT("Suruhanjaya"), NER_LIT("Jabatan"), NER_LIT("Perbadanan"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PLACE)
			continue;
		/* Its first word, where the name has another after it. */
		size_t fw = m->start;
		while (fw < m->end && s[fw] != ' ')
			fw++;
		if (fw < m->end && fw - m->start >= 5 && fw - m->start <= 17 && (s[m->start] & 0x20) == 0 &&
		    NER_LIT_IN(leads, s + m->start, fw - m->start)) {
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		const char *of = ner_find(s, s + m->start, m->end - m->start, " of ", 4);
		if (!of || of == s + m->start)
			continue;
		size_t he = (size_t)(of - s), hs = ner_word_start(s, m->start, he);
		enum ner_type type = ner_of_head_type(s + hs, he - hs);
		if (type != NER_PLACE) {
			m->type = type;
			m->margin = 0;
		}
	}
	/* The same where the model split the name at "of": a head word alone,
	 * then the place ("the Encyclopedia" + "of New Zealand"), or an
	 * organization whose last word is a body's head ("Royal Society" +
	 * "of Tasmania": ANNOTATION.md's "Security Forces of Ukraine"); not a
	 * company's legal form, a newspaper's or a name without a head ("Kia
	 * Motor Corp of South Korea", "the Financial Times of London",
	 * "Benetton of Italy" say where it is). */
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i], *p = i + 1 < l->n ? &l->v[i + 1] : NULL;
		enum ner_type type = NER_PLACE;
		/* A reference work's head alone, whatever the model read it
		 * as, takes any name after "of" ("Encyclopaedia" + "of Islam"). */
		int work = p && m->type != NER_DATE && p->type != NER_DATE && p->start == m->end + 4 &&
			   memcmp(s + m->end, " of ", 4) == 0 && ner_word_start(s, m->start, m->end) == m->start &&
			   ner_of_head_type(s + m->start, m->end - m->start) == NER_MISC;
		if (work) {
			type = NER_MISC;
		} else if (p && p->type == NER_PLACE && m->type != NER_DATE && m->type != NER_PERSON &&
			   p->start == m->end + 4 && memcmp(s + m->end, " of ", 4) == 0) {
			size_t hs = ner_word_start(s, m->start, m->end);
			if (hs == m->start)
				type = ner_of_head_type(s + m->start, m->end - m->start);
			else if (m->type == NER_ORG && !(lexicon_lookup(s + hs, m->end - hs) & LEX_COMPANY_SUFFIX) &&
				 !ner_publication_bytes(s + hs, m->end - hs) && ner_of_head_type(s + hs, m->end - hs) == NER_ORG)
				type = NER_ORG;
		}
		l->v[o] = *m;
		if (type != NER_PLACE) {
			l->v[o].end = p->end;
			l->v[o].type = type;
			l->v[o].margin = 0;
			i++;
		}
		o++;
	}
	l->n = o;
	/* A reference work's head the model did not take at all, "of" and a
	 * name ("An Encyclopaedia of New Zealand"), and a body's after "the". */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->start < 10 || s[m->start - 2] != 'f' || m->type == NER_DATE || memcmp(s + m->start - 4, " of ", 4) != 0)
			continue;
		size_t hs = ner_word_start(s, 0, m->start - 4);
		if (!(s[hs] >= 'A' && s[hs] <= 'Z') || (i > 0 && l->v[i - 1].end > hs))
			continue;
		enum ner_type ht = ner_of_head_type(s + hs, m->start - 4 - hs);
		/* Or a body's head after "the", before a place the model
		 * found alone ("The Museum of [Kessby History]", where the
		 * story writes "museum" in lower case too). */
		if (ht == NER_PLACE ||
		    (ht == NER_ORG && !(m->type == NER_PLACE && hs >= 4 && ner_lit_is_nocase("the ", s + hs - 4, 4))))
			continue;
		m->start = hs;
		m->type = ht;
		m->margin = 0;
	}
}

/* A place's kind before "of" and a place is the place's name, one span
 * (ANNOTATION.md: a name that contains another is one): "the City of
 * Harwick", "the Republic of Tandia", "Kingdom of ...", where the model
 * left the kind out. "State of" is left alone: a state of emergency is
 * no place. */
void ner_kind_of_places(const char *s, struct ner_list *l)
{
	static const struct ner_lit kinds[] = {
		NER_LIT("City"),	NER_LIT("Republic"),	 NER_LIT("Kingdom"),	NER_LIT("Province"),
		NER_LIT("Municipality"), NER_LIT("County"),	 NER_LIT("District"),	NER_LIT("Emirate"),
		NER_LIT("Sultanate"),	NER_LIT("Principality"), NER_LIT("Prefecture"), NER_LIT("Governorate"),
		NER_LIT("Borough"),	NER_LIT("Town"),
	};
	/* The states of history have no other sense: the place after them
	 * is one the model may have read as a club ("the Duchy of Milan"). */
	static const struct ner_lit states[] = {
		NER_LIT("Duchy"),    NER_LIT("Tsardom"),     NER_LIT("Khanate"),    NER_LIT("Caliphate"),
		NER_LIT("Electorate"), NER_LIT("Margraviate"), NER_LIT("Viceroyalty"), NER_LIT("Archduchy"),
	};
	/* Rulers' and bishops' titles "of" a place. */
	static const struct ner_lit titles[] = {
		NER_LIT("Duke"),    NER_LIT("Duchess"),  NER_LIT("Earl"),	NER_LIT("Prince"),
		NER_LIT("Princess"), NER_LIT("Archbishop"), NER_LIT("Bishop"), NER_LIT("Emperor"),
		NER_LIT("Empress"), NER_LIT("Sultan"),	 NER_LIT("Marquess"), NER_LIT("Count"),
		NER_LIT("Countess"), NER_LIT("Baron"),	 NER_LIT("Emir"),	NER_LIT("Lord"),
	};
	/* A church's sees, which are bodies. */
	static const struct ner_lit sees[] = { NER_LIT("Diocese"), NER_LIT("Archdiocese"), NER_LIT("Eparchy"),
					       NER_LIT("Archeparchy"), NER_LIT("Patriarchate") };
	/* Realms too, where the name is one whole. */
	static const struct ner_lit realms[] = { NER_LIT("Kingdom"), NER_LIT("Sultanate"), NER_LIT("Emirate"),
						 NER_LIT("Principality") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* Moved down only once a kind has taken a mention in. */
		if (o != i)
			l->v[o] = *m;
		m = &l->v[o++];
		/* A title "of" a place of one word read as one body's,
		 * person's or place's name ("[Archbishop of Kessby]", ", [Lord
		 * of Kelmore],"): the title is no
		 * part of it; a team's or a prize's longer name keeps it ("Duke
		 * of Kessby's XI"). */
		if ((m->type == NER_ORG || m->type == NER_PERSON || m->type == NER_PLACE) && m->end - a >= 9) {
			size_t tw = ner_space_end(s, a, m->end);
			if (tw + 5 < m->end && memcmp(s + tw, " of ", 4) == 0 && s[tw + 4] >= 'A' && s[tw + 4] <= 'Z' &&
			    NER_LIT_IN(titles, s + a, tw - a) && !ner_chr(s, s + tw + 4, '\'', m->end - tw - 4) &&
			    !ner_chr(s, s + tw + 4, ' ', m->end - tw - 4)) {
				m->start = tw + 4;
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
		/* The whole read as a body's ("the [Khanate of Kazan]", "the
		 * [Borough of Harnby]": a borough or a township names no body,
		 * where a republic or a city may be the state or the council);
		 * the kinds are words of five to twelve letters. */
		if (m->type != NER_PLACE && m->type != NER_DATE && m->type != NER_GROUP && m->end - a >= 10) {
			size_t fw = a + 5;
			while (fw < m->end && fw < a + 13 && s[fw] != ' ')
				fw++;
			if (fw + 5 < m->end && memcmp(s + fw, " of ", 4) == 0 &&
			    (NER_LIT_IN(states, s + a, fw - a) || NER_LIT_IN(realms, s + a, fw - a) ||
			     ner_lit_is("Borough", s + a, fw - a) || ner_lit_is("Township", s + a, fw - a))) {
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
		if ((m->type != NER_PLACE && m->type != NER_ORG && m->type != NER_PERSON) || a < 8 ||
		    memcmp(s + a - 4, " of ", 4) != 0)
			continue;
		size_t ke = a - 4, ks = ner_word_start(s, 0, ke);
		/* A ruler's or a bishop's title "of" a place of one word ("Duke
		 * of [Valmont]", "Archbishop of [Kessby]"): the place, which the
		 * model read as a club or a person (CoNLL's and the Worldwide
		 * labels have it a place 10 times in 12); not a team's ("Duke of
		 * [Kessby's XI]"). */
		if (m->type != NER_PLACE && (o < 2 || l->v[o - 2].end <= ks) && NER_LIT_IN(titles, s + ks, ke - ks) &&
		    !ner_chr(s, s + a, ' ', m->end - a) && !ner_chr(s, s + a, '\'', m->end - a)) {
			m->type = NER_PLACE;
			m->margin = 0;
			continue;
		}
		if (m->type == NER_PERSON)
			continue;
		/* A church's see "of" a place is a body, one name with it
		 * ("the Archdiocese of Kessby", "the Diocese of Tarvel"). */
		if (m->type == NER_PLACE && (o < 2 || l->v[o - 2].end <= ks) && NER_LIT_IN(sees, s + ks, ke - ks)) {
			m->start = ks;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		if (ke - ks < 4)
			continue;
		int state = NER_LIT_IN(states, s + ks, ke - ks);
		if (!state && (m->type != NER_PLACE || !NER_LIT_IN(kinds, s + ks, ke - ks)))
			continue;
		/* "Grand Duchy of" is one kind. */
		if (ks >= 7 && memcmp(s + ks - 6, "Grand ", 6) == 0)
			ks -= 6;
		/* The kind, where the model took it for a name of its own
		 * ("[Tsardom] of [Russia]", "[Borough] of [Harnby]"), is the
		 * place's. */
		if (o >= 2 && l->v[o - 2].end > ks) {
			if (l->v[o - 2].start < ks || l->v[o - 2].end > ke || (!state && l->v[o - 2].start != ks))
				continue;
			l->v[o - 2] = *m;
			o--;
			m = &l->v[o - 1];
		}
		m->start = ks;
		m->type = NER_PLACE;
		m->margin = 0;
	}
	l->n = o;
}

/* A party's member named with his state ("a Texas Democrat", "the New
 * Mexico Republican") is the place and the group, as a demonym in a
 * compound is ("[Canadian]-led"): the model took the two for one
 * organization, whose votes then typed every "Democrat" so. A plural
 * ("Texas Republicans", the state's party) and a list's own name
 * ("Christian Democrat") stay whole; so does a people's name ("Niagara
 * Mohawk", a utility). */
static int ner_party_member(const char *w, size_t n)
{
	static const char *const members[] = { "Democrat", "Republican", "Conservative", "Liberal",
					       "Socialist", "Communist", "Tory", NULL };
	for (int k = 0; members[k]; k++)
		if (ner_lit_is_nocase(members[k], w, n))
			return 1;
	return 0;
}

/* Whether mention m is a member named with his state; if so, where its
 * last word (the party's) starts, *gs (the state ends a space before). */
static int ner_member_split(const char *s, const struct ner_mention *m, size_t *gs)
{
	/* Every member's word ends in one of these letters (any case): most
	 * names are passed over before their last word is looked for. */
	if (m->type == NER_DATE || m->end < m->start + 2)
		return 0;
	unsigned char z = (unsigned char)(s[m->end - 1] | 0x20);
	if (z != 't' && z != 'n' && z != 'e' && z != 'l' && z != 'y')
		return 0;
	/* And in one of these pairs: "at", "an", "al", "ve", "st", "ry". */
	unsigned char y = (unsigned char)(s[m->end - 2] | 0x20);
	if (!((y == 'a' && (z == 't' || z == 'n' || z == 'l')) || (y == 'v' && z == 'e') || (y == 's' && z == 't') ||
	      (y == 'r' && z == 'y')))
		return 0;
	size_t g = m->end;
	while (g > m->start && s[g - 1] != ' ')
		g--;
	*gs = g;
	return g > m->start + 1 && ner_party_member(s + g, m->end - g) &&
	       (lexicon_lookup(s + m->start, g - 1 - m->start) & (LEX_COUNTRY | LEX_REGION)) &&
	       !(lexicon_lookup(s + m->start, m->end - m->start) & (LEX_GROUP | LEX_ORG));
}

void ner_member_states(const char *s, struct ner_list *l)
{
	size_t extra = 0, gs;
	for (size_t i = 0; i < l->n; i++)
		extra += ner_member_split(s, &l->v[i], &gs);
	if (!extra)
		return;
	struct ner_mention *out = xmalloc((l->n + extra) * sizeof *out);
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		out[w] = l->v[i];
		if (!ner_member_split(s, &l->v[i], &gs)) {
			w++;
			continue;
		}
		out[w].end = gs - 1;
		out[w].type = NER_PLACE;
		out[w++].margin = 0;
		out[w] = l->v[i];
		out[w].start = gs;
		out[w].type = NER_GROUP;
		out[w++].margin = 0;
	}
	free(l->v);
	l->v = out;
	l->n = l->cap = w;
}

/* A name a kind of place follows in lower case is that place, whatever
 * the model made of it ("the storm hit Dong Vinh province", "the Kavrani
 * district", "the Ludogorie plateau"): not an acronym ("ASCS county
 * committees"), a people ("Dutch province"), or a body a list knows or
 * its head word ends ("the Dallas Federal Reserve district"). */
void ner_place_kind_after(const char *s, size_t len, struct ner_list *l)
{
	/* Of ner_place_kinds, those no body's or person's name takes in
	 * lower case ("Islamic State", "a Tarvel town hall" aside). */
	static const char *const kinds[] = { "province",	"district", "county", "prefecture", "governorate",
					     "municipality", "plateau",	 "valley", "desert", "basin",
					     "peninsula",    "delta",	 "constituency", "upazila", "tehsil",
					     "taluk",	     "taluka",	 "mandal", "oblast", "raion",
					     "voivodeship",  "canton",	 "commune", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* The kinds start with letters from 'b' to 'v'. */
		if ((m->type != NER_PERSON && m->type != NER_ORG && m->type != NER_MISC) || m->end + 1 >= len ||
		    s[m->end] != ' ' || s[m->end + 1] < 'b' || s[m->end + 1] > 'v')
			continue;
		size_t e = m->end + 1;
		while (e < len && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e < len && (s[e] == '-' || (unsigned char)s[e] >= 0x80 || (s[e] >= 'A' && s[e] <= 'Z')))
			continue;
		int kind = 0;
		for (int k = 0; kinds[k] && !kind; k++)
			kind = ner_lit_is(kinds[k], s + m->end + 1, e - m->end - 1);
		size_t n = m->end - m->start, lw = n;
		while (lw > 0 && s[m->start + lw - 1] != ' ')
			lw--;
		if (!kind || text_all_upper(s + m->start, n) || (lexicon_lookup(s + m->start, n) & LEX_ORG) ||
		    (lexicon_lookup(s + m->start + lw, n - lw) & LEX_ORG_WORD))
			continue;
		m->type = NER_PLACE;
	}
}

/* Whether s[a..b) is one capitalised word of letters, three or more,
 * that is neither a given name nor a people's word, nor a prefix of
 * compounds ("Trans-", "Sino-"). */
static int ner_route_end(const char *s, size_t a, size_t b)
{
	static const char *const prefixes[] = { "Trans", "Pan", "Anti", "Sino", "Indo", "Afro", "Euro", "Anglo",
						"Franco", "Greco", "Russo", "Austro", "Mid", "Inter", "Intra",
						"Cross", "Non", "Pro", "Post", "Pre", "Neo", NULL };
	if (b < a + 3 || !(s[a] >= 'A' && s[a] <= 'Z'))
		return 0;
	for (size_t k = a + 1; k < b; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	for (int k = 0; prefixes[k]; k++)
		if (ner_lit_is(prefixes[k], s + a, b - a))
			return 0;
	return !(lexicon_lookup(s + a, b - a) & (LEX_FIRST_NAME | LEX_DEMONYM | LEX_GROUP));
}

/* Two places joined by a hyphen before a word for what runs between them
 * ("the Tarvo-Kesla railway", "the Lusaka - Kesla road" as text split
 * into tokens has it) are two places, as ANNOTATION.md splits
 * "[Russia]-[Ukraine] situation": the model, knowing neither, read one
 * name, and took the road in. Not a name a list knows whole. */
void ner_route_pairs(const char *s, size_t len, struct ner_list *l)
{
	static const char *const routes[] = { "railway", "railroad", "rail", "road", "highway", "expressway",
					      "motorway", "pipeline", "route", "corridor", "border", "flight",
					      "flights", "crossing", NULL };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->end - m->start > 80)
			continue;
		const char *h = ner_chr(s, s + m->start, '-', m->end - m->start);
		if (!h || ner_chr(s, h + 1, '-', (size_t)(s + m->end - h - 1)))
			continue;
		size_t hy = (size_t)(h - s), le = hy, rs = hy + 1;
		if (le > m->start && s[le - 1] == ' ' && rs < m->end && s[rs] == ' ') {
			le--;
			rs++;
		}
		size_t lw = le;
		while (lw > m->start && s[lw - 1] != ' ')
			lw--;
		size_t re = ner_space_end(s, rs, m->end);
		if (le <= m->start || !ner_route_end(s, lw, le) || !ner_route_end(s, rs, re))
			continue;
		/* The word for the road, in the name or after it. */
		size_t ws = re < m->end ? re + 1 : m->end + 1, we = ws;
		if (re >= m->end && !(m->end < len && s[m->end] == ' '))
			continue;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		if (re < m->end && we != m->end)
			continue;
		int route = 0;
		for (int k = 0; routes[k] && !route; k++)
			route = ner_lit_is(routes[k], s + ws, we - ws);
		if (!route || lexicon_lookup(s + m->start, re - m->start))
			continue;
		m->end = le;
		m->type = NER_PLACE;
		m->margin = 0;
		ner_push(l, rs, re, NER_PLACE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A people's word and a language's before "-language" ("a 2014 Indian
 * Tamil-language film"), which the model read as one name, are two: the
 * people's and the language's, without "-language" (ANNOTATION.md's
 * "[Russia]-backed"). */
void ner_language_compounds(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		/* "-language" last (its "e" first, then the rest). */
		if ((m->type != NER_MISC && m->type != NER_GROUP) || n < 14 || s[m->end - 1] != 'e' ||
		    memcmp(s + m->end - 9, "-language", 9) != 0)
			continue;
		size_t le = m->end - 9, sp = le;
		while (sp > m->start && s[sp - 1] != ' ')
			sp--;
		if (sp <= m->start + 1 || !ner_upper_at(s, sp) ||
		    !(lexicon_lookup(s + m->start, sp - 1 - m->start) & LEX_DEMONYM))
			continue;
		m->end = sp - 1;
		m->type = NER_GROUP;
		m->margin = 0;
		ner_push(l, sp, le, NER_GROUP);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A company's one-word name that also names a river or a basin is the
 * place after "the" and a people's adjective ("the Brazilian Amazon"), or
 * after "the" alone ("in the Amazon") unless a word in lower case follows
 * that it may qualify ("the Amazon founder"; the place's own nouns, "the
 * Amazon rainforest", do not count). */
void ner_feature_places(const char *s, size_t len, struct ner_list *l)
{
	static const char *const features[] = { " River", " Basin" };
	static const char *const nouns[] = { "rainforest", "rainforests", "forest", "forests", "jungle", "basin",
					     "region", "river", "delta", "valley", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type != NER_ORG || n < 3 || n > 24 || ner_chr(s, s + m->start, ' ', n))
			continue;
		/* "the" right before, or "the" and a people's adjective the
		 * recognizer found (asked first: it costs no look-up). */
		int the = ner_after_the(s, m->start), people = 0;
		if (!the && i > 0 && l->v[i - 1].type == NER_GROUP && l->v[i - 1].end + 1 == m->start)
			the = people = ner_after_the(s, l->v[i - 1].start);
		if (!the || !(lexicon_lookup(s + m->start, n) & LEX_ORG))
			continue;
		int feature = 0;
		for (size_t k = 0; k < sizeof features / sizeof *features && !feature; k++) {
			char buf[32];
			memcpy(buf, s + m->start, n);
			memcpy(buf + n, features[k], 6);
			feature = (lexicon_lookup(buf, n + 6) & LEX_REGION) != 0;
		}
		if (!feature)
			continue;
		if (!people && m->end + 1 < len && s[m->end] == ' ' && s[m->end + 1] >= 'a' && s[m->end + 1] <= 'z' &&
		    !ner_word_after_in(s, len, m->end, nouns))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* A place right before a project's, a plan's or an inquiry's name is
 * the name's first word ("the Lesotho Highlands Water Project", "the NSW
 * Independent Flood Inquiry", as the Worldwide articles write them),
 * which the model read apart; not a dateline's place in capitals at a
 * line's start. */
void ner_place_projects(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = {
		NER_LIT("Project"),   NER_LIT("Programme"), NER_LIT("Program"),	    NER_LIT("Initiative"),
		NER_LIT("Inquiry"),   NER_LIT("Scheme"),    NER_LIT("Declaration"), NER_LIT("Accord"),
		NER_LIT("Agreement"), NER_LIT("Protocol"),  NER_LIT("Strategy"),    NER_LIT("Compact"),
		NER_LIT("Framework"), NER_LIT("Charter"),
	};
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const struct ner_mention *nx = i + 1 < l->n ? &l->v[i + 1] : NULL;
		if (m.type == NER_PLACE && nx && (nx->type == NER_MISC || nx->type == NER_ORG) &&
		    nx->start == m.end + 1 && s[m.end] == ' ' &&
		    !(text_all_upper(s + m.start, m.end - m.start) && (m.start == 0 || s[m.start - 1] == '\n'))) {
			size_t lw = ner_word_start(s, nx->start, nx->end);
			if (lw > nx->start && NER_LIT_IN(heads, s + lw, nx->end - lw)) {
				m.end = nx->end;
				m.type = nx->type;
				m.margin = 0;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A club's name that ends in its letters, "of" and a country or a city
 * the lists know, is the club and the place ("Simba SC of Tanzania"),
 * which the model read as one body: clubs are not named so. */
void ner_club_of_places(const char *s, struct ner_list *l)
{
	static const struct ner_lit clubs[] = { NER_LIT("FC"), NER_LIT("SC"),	NER_LIT("AC"), NER_LIT("F.C."),
						NER_LIT("CF"), NER_LIT("AFC"), NER_LIT("SK"), NER_LIT("FK") };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG || m->end - m->start < 10)
			continue;
		const char *of = ner_find(s, s + m->start, m->end - m->start, " of ", 4);
		if (!of)
			continue;
		size_t a = (size_t)(of - s), b = a + 4, cw = ner_word_start(s, m->start, a);
		if (cw <= m->start || !NER_LIT_IN(clubs, s + cw, a - cw) ||
		    !(lexicon_lookup(s + b, m->end - b) & (LEX_COUNTRY | LEX_CITY)))
			continue;
		size_t end = m->end;
		m->end = a;
		m->margin = 0;
		ner_push(l, b, end, NER_PLACE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A place a list knows after a company's name and a comma is where the
 * company is ("paying agent: Kestrel National Bank, Detroit"), not a
 * second company, where the company's name ends in a legal form or a
 * bank's word and the place ends its line or clause. */
void ner_seat_places(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 1; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i - 1];
		if (p->type != NER_ORG || !ner_comma_org_next(s, len, l, i - 1))
			continue;
		unsigned lt = lexicon_lookup(s + m->start, m->end - m->start);
		if (!(lt & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) || (lt & LEX_ORG))
			continue;
		size_t e = m->end;
		while (e < len && s[e] == ' ')
			e++;
		if (e < len && s[e] != '\n' && s[e] != ',' && s[e] != '.' && s[e] != ';' && s[e] != ')')
			continue;
		size_t lw = ner_word_start(s, p->start, p->end);
		if (ner_ends_legal_form(s, p->start, p->end) || ner_lit_is("Bank", s + lw, p->end - lw)) {
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
}

/* A hall's or a palace's name "of the People" or "of the Nations" is one
 * name ("the Great Hall of the People", "the Palace of the Nations"): the
 * model read the last word as a place of its own, as no people's word is. */
void ner_of_the_people(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		/* The cheap test first: " of the " after it. */
		size_t e = m->end;
		if (e + 14 >= len || s[e + 1] != 'o' || memcmp(s + e, " of the ", 8) != 0 ||
		    (m->type != NER_PLACE && m->type != NER_ORG) || (gone && gone[i]))
			continue;
		size_t w = e + 8, we = w;
		while (we < len && ner_alnum_at(s, we))
			we++;
		if (!(ner_lit_is("People", s + w, we - w) || ner_lit_is("Nations", s + w, we - w)) ||
		    (we + 1 < len && s[we] == ' ' && ner_upper_at(s, we + 1)))
			continue;
		/* The word a mention of its own, or none. */
		if (i + 1 < n0 && l->v[i + 1].start < we) {
			if (l->v[i + 1].start != w || l->v[i + 1].end != we)
				continue;
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[i + 1] = 1;
		}
		m->end = we;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* The seat after a member's role and "for" is a place, the constituency
 * ("MP for Harnby", "the Member for Kessby South", "MLA for Varne"),
 * where the model read a person's name or a body's. Not a name a given
 * name opens, nor a firm's ("a board member for Kessby Holdings" is why
 * "member" in lower case is no such role). */
void ner_constituencies(const char *s, struct ner_list *l)
{
	static const struct ner_lit roles[] = { NER_LIT("MP"),	NER_LIT("MLA"), NER_LIT("MSP"), NER_LIT("MEP"),
						NER_LIT("MNA"), NER_LIT("MPP"), NER_LIT("MHA"), NER_LIT("TD"),
						NER_LIT("Member") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* " for " before it, the cheap test. */
		if ((m->type != NER_PERSON && m->type != NER_ORG) || m->start < 8 || s[m->start - 2] != 'r' ||
		    memcmp(s + m->start - 5, " for ", 5) != 0)
			continue;
		size_t ws = ner_word_start(s, 0, m->start - 5);
		if (!NER_LIT_IN(roles, s + ws, m->start - 5 - ws) || (i > 0 && l->v[i - 1].end > ws) ||
		    ner_given_name_first(s, m) || (lexicon_lookup(s + m->start, m->end - m->start) & (LEX_FIRST_NAME | LEX_ORG)))
			continue;
		size_t lw = ner_word_start(s, m->start, m->end);
		if (ner_company_word(s + lw, m->end - lw) || (lexicon_lookup(s + lw, m->end - lw) & LEX_ORG_WORD))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* A body "for" a cause takes the land or region it serves after "in":
 * "the Organisation for Security and Co-operation in Europe" (as in
 * ANNOTATION.md), "the Alliance for Dryland Farming in Africa", where the
 * model ended the name at "in": a country or region the lists know, not
 * a city or a town, where such a body has its seat ("the Centre for
 * Harbour Studies in Washington", "the Institution for Men in Tandor"). */
void ner_for_in_places(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const struct ner_mention *p = i + 1 < l->n ? &l->v[i + 1] : NULL;
		if (m.type == NER_ORG && p && p->type == NER_PLACE && p->start == m.end + 4 && m.end + 4 < len &&
		    memcmp(s + m.end, " in ", 4) == 0 && ner_find(s, s + m.start, m.end - m.start, " for ", 5) &&
		    (lexicon_lookup(s + p->start, p->end - p->start) & (LEX_COUNTRY | LEX_REGION)) &&
		    !(lexicon_lookup(s + p->start, p->end - p->start) & LEX_CITY)) {
			m.end = p->end;
			m.margin = 0;
			i++;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A name that starts with a landform's or a fort's word is a place's,
 * where the model read it as a person's ("Mount Kestrel is a
 * stratovolcano", "Fort Harlan"); a given name such as Monte is not one
 * of them. So is a river's after "the", whatever the model read ("the
 * River Nidd"; a company or a club of such a name goes without it). A
 * stadium's word in Spanish, Portuguese, Italian or German starts a
 * place's name whatever the model read ("the Estádio Moisés Lucarelli",
 * as the training data writes a "Stadium"), and a cup's a competition's
 * ("the Copa do Brasil"), but not a body's with its head word ("Copa
 * Airlines"). "Upper", "Lower", "Nether" or "Greater" and one more
 * capitalised word name a place, whatever the model read ("Lower Harnby",
 * "Upper Egypt"), but for a body's ("Upper House") or an event's. */
void ner_prefix_places(const char *s, struct ner_list *l)
{
	static const struct {
		struct ner_lit w;
		enum ner_type type;
		int any;	/* whatever the model read, not only a person; 2: after "the";
				 * 3: of two words, the second capitalised and no event's */
	} heads[] = {
		{ NER_LIT("River"), NER_PLACE, 2 },
		{ NER_LIT("Mount"), NER_PLACE, 0 },    { NER_LIT("Mt."), NER_PLACE, 0 },
		{ NER_LIT("Mt"), NER_PLACE, 0 },       { NER_LIT("Lake"), NER_PLACE, 0 },
		{ NER_LIT("Cape"), NER_PLACE, 0 },     { NER_LIT("Fort"), NER_PLACE, 0 },
		{ NER_LIT("Port"), NER_PLACE, 0 },     { NER_LIT("Estadio"), NER_PLACE, 1 },
		{ NER_LIT("Estádio"), NER_PLACE, 1 },  { NER_LIT("Stadio"), NER_PLACE, 1 },
		{ NER_LIT("Stadion"), NER_PLACE, 1 },  { NER_LIT("Copa"), NER_MISC, 1 },
		{ NER_LIT("Coppa"), NER_MISC, 1 },     { NER_LIT("Coupe"), NER_MISC, 1 },
		{ NER_LIT("Taça"), NER_MISC, 1 },      { NER_LIT("Upper"), NER_PLACE, 3 },
		{ NER_LIT("Lower"), NER_PLACE, 3 },    { NER_LIT("Nether"), NER_PLACE, 3 },
		{ NER_LIT("Greater"), NER_PLACE, 3 },
	};
	/* Words a sentence's first capital leaves in doubt, which the model
	 * then left out of the place's name after them ("New Harwick is a
	 * hamlet", "Lake Marwen , the largest lake"). */
	static const struct ner_lit leads[] = {
		NER_LIT("New"),	  NER_LIT("North"), NER_LIT("South"), NER_LIT("East"),	NER_LIT("West"),
		NER_LIT("Upper"), NER_LIT("Lower"), NER_LIT("Great"), NER_LIT("Little"), NER_LIT("Old"),
		NER_LIT("Lake"),  NER_LIT("Mount"), NER_LIT("Cape"),  NER_LIT("Port"),	NER_LIT("Fort"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* "Air" before a name opens an airline's ("Air Kalina is a
		 * regional airline"), where the model left it out: at a
		 * sentence's start, where its capital says nothing. */
		if (m->start >= 4 && s[m->start - 1] == ' ' && s[m->start - 4] == 'A' && s[m->start - 3] == 'i' &&
		    s[m->start - 2] == 'r' && m->type != NER_DATE && m->type != NER_GROUP &&
		    (i == 0 || l->v[i - 1].end < m->start - 4) && ner_opens_sentence(s, m->start - 4) &&
		    !lexicon_product(s + m->start - 4, m->end - m->start + 4) &&
		    !ner_lit_is("Force", s + m->start, ner_space_end(s, m->start, m->end) - m->start)) {
			m->start -= 4;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		/* "TV" before a place is a broadcaster's name ("aired on TV
		 * Tokyo"), where the model took the place alone; not before a
		 * person ("on TV Smith said") nor a channel's own name ("state
		 * TV Channel One"). */
		if (m->start >= 3 && s[m->start - 1] == ' ' && s[m->start - 3] == 'T' && s[m->start - 2] == 'V' &&
		    (m->type == NER_PLACE || m->type == NER_MISC) &&
		    (m->start == 3 || s[m->start - 4] == ' ' || s[m->start - 4] == '\n') &&
		    (i == 0 || l->v[i - 1].end < m->start - 3)) {
			m->start -= 3;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		if (m->type == NER_PLACE && m->start >= 4 && s[m->start - 1] == ' ' && s[m->start - 2] >= 'a' &&
		    s[m->start - 2] <= 'z' && (i == 0 || l->v[i - 1].end < m->start - 1)) {
			size_t ws = ner_word_start(s, 0, m->start - 1);
			if (NER_LIT_IN(leads, s + ws, m->start - 1 - ws) && (i == 0 || l->v[i - 1].end <= ws) &&
			    ner_opens_sentence(s, ws) &&
			    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) < 0) {
				m->start = ws;
				m->margin = 0;
				continue;
			}
		}
		/* The heads start with one of "MLCFPESTR", and their second
		 * letter is one of "otasi"; or they are "Up", "Net" or "Gre". */
		if (m->type == NER_DATE || m->type == NER_GROUP || m->end - m->start < 4)
			continue;
		const char *h = s + m->start;
		if (!(strchr("MLCFPESTR", h[0]) && strchr("otasi", h[1])) && !(h[0] == 'U' && h[1] == 'p') &&
		    !(h[0] == 'N' && h[1] == 'e' && h[2] == 't') && !(h[0] == 'G' && h[1] == 'r' && h[2] == 'e'))
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		if (fw + 2 >= m->end)
			continue;
		for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
			if (!ner_lit_is(heads[k].w.w, s + m->start, fw - m->start) || m->type == heads[k].type ||
			    (!heads[k].any && m->type != NER_PERSON))
				continue;
			/* After a landform's word a capitalised one; after the
			 * others none a list knows as a body's head word. */
			if (heads[k].any ? ner_has_org_word(s, fw + 1, m->end) : !(s[fw + 1] >= 'A' && s[fw + 1] <= 'Z'))
				break;
			/* A river after "the" ("the River Tarvel"): a company
			 * or a club of the name goes without it. */
			if (heads[k].any == 2 && (m->start < 4 || !ner_lit_is_nocase("the ", s + m->start - 4, 4)))
				break;
			if (heads[k].any == 3 && (!(s[fw + 1] >= 'A' && s[fw + 1] <= 'Z') ||
						  ner_chr(s, s + fw + 1, ' ', m->end - fw - 1) ||
						  (lexicon_lookup(s + fw + 1, m->end - fw - 1) & LEX_EVENT)))
				break;
			m->type = heads[k].type;
			m->margin = 0;
			break;
		}
	}
}

/* A place, a comma and a name the lists know as a place that the model
 * read as a body, after "in", "near" or "from", the phrase ending there
 * ("based in Harwick , Lancashire .", "born in Kessby, Surrey, in 1950"):
 * the county or the country the place is in, though a cricket story's
 * training made the county a club. Not before a verb or a score ("At Old
 * Trafford , Lancashire 250"). */
void ner_place_comma_places(const char *s, size_t n, struct ner_list *l)
{
	static const char *const preps[] = { "in", "near", "from", NULL };
	for (size_t i = 1; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i - 1];
		if (m->type != NER_ORG || p->type != NER_PLACE)
			continue;
		size_t g = m->start - p->end;
		if (!((g == 2 && s[p->end] == ',' && s[p->end + 1] == ' ') ||
		      (g == 3 && memcmp(s + p->end, " , ", 3) == 0)))
			continue;
		size_t e = m->end + (m->end < n && s[m->end] == ' ');
		if (!(e >= n || strchr(",.;)\n", s[e])))
			continue;
		if (!(lexicon_lookup(s + m->start, m->end - m->start) & (LEX_REGION | LEX_COUNTRY | LEX_CITY)) ||
		    !ner_word_before_in(s, p->start, preps))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* A football club named for its town ("Cardiff City", "Luton Town"):
 * a place's name as the model reads it, but where the story is about
 * the game and the town alone is a city the lists know and the whole no
 * place they know ("Mexico City", "Cape Town"), the club's (ORG), as
 * CoNLL writes them. */
void ner_club_towns(const char *s, size_t n, struct ner_list *l)
{
	/* Words of the game alone: "goal" and "match" are any story's. */
	static const char *const game[] = { "League", "relegat", " goals ", " Cup", "striker", "midfield", "goalkeeper",
					    NULL };
	int sport = -1;	/* unknown until a name asks */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t len = m->end - m->start;
		if (m->type != NER_PLACE || len < 8 ||
		    (memcmp(s + m->end - 5, " City", 5) != 0 && memcmp(s + m->end - 5, " Town", 5) != 0))
			continue;
		unsigned town = lexicon_lookup(s + m->start, len - 5);
		if (!(town & LEX_CITY) || (town & (LEX_COUNTRY | LEX_REGION)) || lexicon_lookup(s + m->start, len))
			continue;
		if (sport < 0) {
			sport = 0;
			for (int k = 0; game[k] && !sport; k++)
				sport = text_find(s, n, game[k], strlen(game[k])) != NULL;
		}
		if (!sport)
			return;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* A name the model read as a person's, where a verb of going and "to" or
 * "into" stand before it ("troops marched to Dunmore", "fled into
 * Varnia", "retreated to Castel Morano"), is a place: one goes to a
 * person as "to see" or "toward" one. Not a name a list knows as other
 * than a place (a given name, a university), one a given name starts, nor
 * one word no list knows that is the surname of a person the story names
 * in full. So is a place a list knows that the model read as a body's
 * ("sailed to Devon"), but after a verb a club's transfer takes. */
void ner_motion_places(const char *s, struct ner_list *l)
{
	static const struct ner_lit verbs[] = {
		NER_LIT("marched"),  NER_LIT("travelled"), NER_LIT("traveled"), NER_LIT("flew"),
		NER_LIT("fled"),     NER_LIT("sailed"),	   NER_LIT("retreated"), NER_LIT("advanced"),
		NER_LIT("relocated"), NER_LIT("emigrated"), NER_LIT("migrated"), NER_LIT("deported"),
		NER_LIT("evacuated"), NER_LIT("headed"),	   NER_LIT("drove"),	 NER_LIT("moved"),
	};
	/* Those a club's transfer or a player's header takes too. */
	static const struct ner_lit transfers[] = { NER_LIT("moved"), NER_LIT("headed"), NER_LIT("advanced"),
						    NER_LIT("relocated") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* "to " or "into " before it, the cheap test first. */
		if ((m->type != NER_PERSON && m->type != NER_ORG) || m->start < 12 || s[m->start - 1] != ' ' ||
		    s[m->start - 2] != 'o' || s[m->start - 3] != 't')
			continue;
		/* Of more words, none a given name first ("retreated to Castel
		 * Morano"; not "moved to Anna Kessel's home"). */
		size_t fw = ner_space_end(s, m->start, m->end);
		if (fw < m->end && (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME))
			continue;
		size_t p = m->start - 1;
		size_t ps = ner_word_start(s, 0, p);
		if (!ner_lit_is("to", s + ps, p - ps) && !ner_lit_is("into", s + ps, p - ps))
			continue;
		if (ps < 2 || s[ps - 1] != ' ')
			continue;
		size_t vs = ner_word_start(s, 0, ps - 1);
		if (!NER_LIT_IN(verbs, s + vs, ps - 1 - vs))
			continue;
		/* A place a list knows is the place, whoever has it for a
		 * surname ("Kevin Holland flew to Holland"). */
		unsigned cls = lexicon_lookup(s + m->start, m->end - m->start);
		if (cls && !(cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION)))
			continue;
		/* A body's name only where a list knows the place, after a
		 * verb no player's transfer or header takes ("sailed to
		 * Devon"; "moved to Chelsea" may be the club). */
		if (m->type == NER_ORG && (!(cls & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) || (cls & LEX_ORG) ||
					   NER_LIT_IN(transfers, s + vs, ps - 1 - vs)))
			continue;
		int surname = 0;
		for (size_t k = 0; k < l->n && !surname && !cls; k++) {
			const struct ner_mention *o = &l->v[k];
			size_t on = o->end - o->start, n = m->end - m->start;
			surname = o->type == NER_PERSON && on > n + 1 && s[o->end - n - 1] == ' ' &&
				  memcmp(s + o->end - n, s + m->start, n) == 0;
		}
		if (!surname) {
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
}

/* An airport's codes in an encyclopedia's brackets ("(IATA: HDN, ICAO:
 * ENHD)") are no names: letters of a code, not of a body. */
void ner_airport_codes(const char *s, struct ner_list *l)
{
	static const struct ner_lit labels[] = { NER_LIT("IATA: "), NER_LIT("ICAO: "), NER_LIT("IATA : "),
						 NER_LIT("ICAO : ") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t b = m->start, len = m->end - b;
		int code = len >= 3 && len <= 4 && b >= 6 && (s[b - 2] == ':' || s[b - 2] == ' ');
		for (size_t k = 0; code && k < len; k++)
			code = s[b + k] >= 'A' && s[b + k] <= 'Z';
		if (code) {
			size_t ls = b >= 7 && s[b - 3] == ' ' ? b - 7 : b - 6;
			code = NER_LIT_IN(labels, s + ls, b - ls);
		}
		if (!code)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* A word of a land's shape, "of the" and a name are one place's name
 * ("the Valley of the Kessars", "the Bay of the Seven Tarns"), where the
 * model read the name after "the" alone, as a body's or a team's ("the
 * Kings"), and the word as a body of its own. */
void ner_of_the_lands(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = {
		NER_LIT("Valley"), NER_LIT("Vale"),   NER_LIT("Bay"),	 NER_LIT("Gulf"),   NER_LIT("Sea"),
		NER_LIT("Isle"),   NER_LIT("Cape"),   NER_LIT("Strait"), NER_LIT("Straits"), NER_LIT("Lake"),
		NER_LIT("Plain"),  NER_LIT("Plains"), NER_LIT("Desert"), NER_LIT("Cave"),   NER_LIT("Mountains"),
		NER_LIT("Hills"),  NER_LIT("Coast"),  NER_LIT("Sound"),	 NER_LIT("Gorge"),  NER_LIT("Glen"),
	};
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* The word and "of" opening an other name ("the Strait of
		 * Tiquessa", read as a treaty's or an event's) make it a
		 * place's, but for a body's ("Gulf of Varna Fishery Council"). */
		if (m->type == NER_MISC && m->end - a > 8 && ner_upper_at(s, a)) {
			size_t he = ner_blank_at(s, a, m->end), q = a;
			while (q > 0 && s[q - 1] == ' ')
				q--;
			/* Not a title in quotation marks (a watch's "Bay of
			 * Tarvel"). */
			int quoted = q > 0 && (s[q - 1] == '"' || (q >= 3 && (unsigned char)s[q - 1] == 0x9c &&
								 (unsigned char)s[q - 2] == 0x80 &&
								 (unsigned char)s[q - 3] == 0xe2));
			if (!quoted && he + 4 < m->end && memcmp(s + he, " of ", 4) == 0 && NER_LIT_IN(heads, s + a, he - a) &&
			    !ner_has_org_word(s, he + 4, m->end)) {
				m->type = NER_PLACE;
				m->margin = 0;
				continue;
			}
		}
		/* " of the " before it, its "f" and "h" first. */
		if (a < 11 || s[a - 1] != ' ' || s[a - 3] != 'h' || s[a - 6] != 'f' || memcmp(s + a - 8, " of the ", 8) != 0 ||
		    m->type == NER_DATE)
			continue;
		size_t he = a - 8, hs = ner_word_start(s, 0, he);
		if (!ner_upper_at(s, hs) || !NER_LIT_IN(heads, s + hs, he - hs))
			continue;
		/* The word alone, or no mention, before it. */
		if (i > 0 && l->v[i - 1].end > hs) {
			if (l->v[i - 1].start != hs || l->v[i - 1].end != he || (gone && gone[i - 1]))
				continue;
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[i - 1] = 1;
		}
		m->start = hs;
		m->type = NER_PLACE;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* The names of a list before a plural kind of place are places ("in
 * Kogi, Imo and Bayelsa states", "at Apapa and Tin Can Island ports"),
 * where no list knows them as something else: the model reads a name
 * alone, the list's last word says what they all are. */
void ner_place_kind_lists(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit kinds[] = {
		NER_LIT("states"),    NER_LIT("provinces"), NER_LIT("counties"),	NER_LIT("regions"),
		NER_LIT("districts"), NER_LIT("prefectures"), NER_LIT("municipalities"), NER_LIT("governorates"),
		NER_LIT("ports"),     NER_LIT("islands"),   NER_LIT("villages"),	NER_LIT("towns"),
		NER_LIT("cities"),    NER_LIT("suburbs"),   NER_LIT("neighbourhoods"), NER_LIT("neighborhoods"),
		NER_LIT("rivers"),    NER_LIT("lakes"),	    NER_LIT("camps"),		NER_LIT("dams"),
	};
	/* The words that may say what kind of them ("refugee camps"): a verb
	 * between would make people's names places ("Kessler and Varn
	 * visited towns"). */
	static const struct ner_lit mods[] = {
		NER_LIT("refugee"), NER_LIT("border"),	  NER_LIT("coastal"),	    NER_LIT("rural"),
		NER_LIT("fishing"), NER_LIT("mining"),	  NER_LIT("military"),	    NER_LIT("hydropower"),
		NER_LIT("hydroelectric"), NER_LIT("island"), NER_LIT("frontier"),
	};
	size_t n0 = l->n;
	for (size_t j = 1; j < n0; j++) {
		/* The word after a name first (most are none of the kinds),
		 * then the list it ends, of two names or more; one of the
		 * words of a kind may come between ("refugee camps"). */
		size_t e = l->v[j].end, w = e + 1, x = w, last = 0;
		/* The list's last name, which the model may have missed ("Kessa,
		 * Moro and Long Vi districts"): capitalised words
		 * after "and", up to three. */
		if (e + 12 < len && s[e] == ' ' && s[w] == 'a' && memcmp(s + e, " and ", 5) == 0 && ner_upper_at(s, e + 5)) {
			size_t k = e + 5, words = 0;
			while (k < len && words < 3 && ner_upper_at(s, k)) {
				while (k < len && ner_alnum_at(s, k))
					k++;
				words++;
				if (k < len && s[k] == ' ')
					k++;
				else
					break;
			}
			/* No mention of the model's inside them ("Long [Vi]"). */
			if (k < len && s[k - 1] == ' ' && s[k] >= 'a' && s[k] <= 'z' &&
			    (j + 1 >= n0 || l->v[j + 1].start >= k)) {
				last = k - 1;
				w = x = k;
				e = k - 1;
			}
		}
		/* The first letters of the kinds and of the words before them. */
		if (e + 6 > len || s[e] != ' ' || !strchr("spcrdmgitvnlbfh", s[w]) || s[w] == '\0')
			continue;
		while (x < len && s[x] >= 'a' && s[x] <= 'z')
			x++;
		if (s[x - 1] != 's' && strchr("rbcfmhi", s[w]) && NER_LIT_IN(mods, s + w, x - w) && x + 5 < len &&
		    s[x] == ' ') {
			w = x + 1;
			x = w;
			while (x < len && s[x] >= 'a' && s[x] <= 'z')
				x++;
		}
		/* Every kind is a plural in "s" ("said" is none). */
		if (x - w < 4 || s[x - 1] != 's' || (x < len && ner_alnum_at(s, x)) ||
		    !NER_LIT_IN(kinds, s + w, x - w))
			continue;
		size_t i = j;
		while (i > 0 && l->v[i - 1].end <= l->v[i].start && ner_list_joint(s, l->v[i - 1].end, l->v[i].start))
			i--;
		/* Pushed only after a list of two or more before it. */
		if (last && i < j) {
			size_t a = l->v[j].end + 5;
			/* Not a word of one's own in lower case ("the Kessa, Moro
			 * and Inner districts"). */
			if ((ner_lex_type(lexicon_lookup(s + a, last - a)) >= 0 &&
			     !(lexicon_lookup(s + a, last - a) & (LEX_COUNTRY | LEX_CITY | LEX_REGION))) ||
			    (!memchr(s + a, ' ', last - a) && lexicon_lowercase(s + a, last - a)))
				continue;
			ner_push(l, a, last, NER_PLACE);
		}
		for (size_t k = i; i < j && k <= j; k++) {
			struct ner_mention *m = &l->v[k];
			unsigned c = lexicon_lookup(s + m->start, m->end - m->start);
			/* A list may know it as a place too ("Imo", a state
			 * and the IMO). */
			if (m->type == NER_DATE || m->type == NER_GROUP || m->type == NER_PLACE ||
			    (ner_lex_type(c) >= 0 && !(c & (LEX_COUNTRY | LEX_CITY | LEX_REGION))))
				continue;
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

static int ner_comma_between(const char *s, size_t a, size_t b);

/* A name after "in" and before a comma and a place a list knows is a
 * town's ("in Tarvel, Iowa", "in Marrowby , North Yorkshire"), where
 * the model read a body's, a person's or an other name; not a name with a
 * body's word ("in Harwick Insurance Corp of Dover, Md.") nor one a list
 * knows as other than a place. */
void ner_in_town_places(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i + 1 < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start, e = m->end;
		/* "in " before it, asked first. */
		if (m->type == NER_PLACE || m->type == NER_DATE || m->type == NER_GROUP || a < 3 ||
		    (s[a - 1] != ' ' && s[a - 1] != '\n') || (s[a - 2] | 0x20) != 'n' || (s[a - 3] | 0x20) != 'i' ||
		    (a > 3 && s[a - 4] != ' ' && s[a - 4] != '\n'))
			continue;
		const struct ner_mention *p = &l->v[i + 1];
		if (p->type != NER_PLACE || !ner_comma_between(s, e, p->start) ||
		    ner_lex_type(lexicon_lookup(s + p->start, p->end - p->start)) != NER_PLACE)
			continue;
		int lt = ner_lex_type(lexicon_lookup(s + a, e - a));
		if ((lt >= 0 && lt != NER_PLACE) || ner_has_org_word(s, a, e))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
	/* And one between a place and a country, commas between ("the
	 * village of Little Brenton, Somerset, England"): a county, whatever
	 * team of its name the model knew. */
	for (size_t i = 1; i + 1 < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const struct ner_mention *p = &l->v[i - 1], *q = &l->v[i + 1];
		if (m->type == NER_PLACE || m->type == NER_DATE || m->type == NER_GROUP || p->type != NER_PLACE ||
		    q->type != NER_PLACE || !ner_comma_between(s, p->end, m->start) ||
		    !ner_comma_between(s, m->end, q->start) ||
		    !(lexicon_lookup(s + q->start, q->end - q->start) & LEX_COUNTRY))
			continue;
		int lt = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
		if ((lt >= 0 && lt != NER_PLACE) || ner_has_org_word(s, m->start, m->end))
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* Whether s[a..b) is a comma and a blank, or a comma with blanks around
 * it as text split into tokens has it. */
static int ner_comma_between(const char *s, size_t a, size_t b)
{
	return (b == a + 2 && s[a] == ',' && s[a + 1] == ' ') ||
	       (b == a + 3 && s[a] == ' ' && s[a + 1] == ',' && s[a + 2] == ' ');
}

/* Whether s[a..b) is nothing, or one or two capitalised words each with
 * a blank after it: the words of a town's name before the model's
 * mention of the rest ("Bad [Kessberg]", "Santa [Varno]"). */
static int ner_town_prefix(const char *s, size_t a, size_t b)
{
	for (int words = 0; a < b; words++) {
		if (words == 2 || !ner_upper_at(s, a))
			return 0;
		while (a < b && s[a] != ' ')
			a++;
		if (a >= b || a + 1 > b || s[a] != ' ')
			return 0;
		a++;
	}
	return 1;
}

/* Whether the line s[a..e) is a name and a country after a comma ("Kessel,
 * Germany"), mention i of l its first, capitalised words the model left
 * out before it (ner_town_prefix): the bounds of the whole name into *ns,
 * *ne. */
static int ner_town_country_line(const char *s, size_t a, size_t e, const struct ner_list *l, size_t i, size_t *ns,
				 size_t *ne)
{
	while (e > a && s[e - 1] == ' ')
		e--;
	if (i + 1 >= l->n || l->v[i].start < a || l->v[i].start - a > 24 || l->v[i + 1].end != e ||
	    l->v[i].type == NER_DATE || (l->v[i].start > a && !ner_town_prefix(s, a, l->v[i].start)))
		return 0;
	size_t c = l->v[i].end, x = l->v[i + 1].start;
	c += c < x && s[c] == ' ';
	if (c >= x || s[c] != ',' || x != c + 2 || s[c + 1] != ' ' ||
	    !(lexicon_lookup(s + x, e - x) & LEX_COUNTRY))
		return 0;
	*ns = a;
	*ne = l->v[i].end;
	return 1;
}

/* A list of towns, each a line with its country after a comma
 * ("Kessel, Germany", "Dunmore, Ireland", as an encyclopedia lists a
 * town's twins), names places: the model reads a lone unknown name
 * without the sentence it needs. Two lines or more, the first names no
 * body by a company's or an organization's word. */
void ner_town_lines(const char *s, size_t n, struct ner_list *l)
{
	size_t prev_end = SIZE_MAX;	/* the end of the last town's line */
	for (size_t i = 0; i + 1 < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		/* A comma after it (most names have none), at a line's start
		 * or after capitalised words there. */
		size_t a = m->start, c = m->end;
		if (c + 2 >= n || (s[c] != ',' && !(s[c] == ' ' && s[c + 1] == ',')))
			continue;
		/* Up to two capitalised words before it (ner_town_prefix). */
		for (int w = 0; w < 2 && a > 1 && s[a - 1] == ' '; w++) {
			size_t ws = ner_word_start(s, a > 24 ? a - 24 : 0, a - 1);
			if (!ner_upper_at(s, ws))
				break;
			a = ws;
		}
		if ((a > 0 && s[a - 1] != '\n') || (i > 0 && l->v[i - 1].end > a))
			continue;
		const char *nl = memchr(s + a, '\n', n - a);
		size_t e = nl ? (size_t)(nl - s) : n, ns, ne;
		if (!ner_town_country_line(s, a, e, l, i, &ns, &ne))
			continue;
		/* This line and the next, or the one before. */
		int run = a > 0 && prev_end == a - 1;
		size_t j = i + 2, n2s, n2e;
		if (!run && e < n && j < l->n && l->v[j].start >= e + 1 && l->v[j - 1].end <= e) {
			const char *nl2 = memchr(s + e + 1, '\n', n - e - 1);
			run = ner_town_country_line(s, e + 1, nl2 ? (size_t)(nl2 - s) : n, l, j, &n2s, &n2e);
		}
		if (!run)
			continue;
		prev_end = e;
		size_t lw = ner_word_start(s, ns, ne);
		if (!ner_company_word(s + lw, ne - lw) && !(lexicon_lookup(s + lw, ne - lw) & LEX_ORG_WORD)) {
			l->v[i].start = ns;
			l->v[i].type = NER_PLACE;
			l->v[i].margin = 0;
		}
	}
}

/* A state named a republic by its people's word or its kind ("the Polish
 * People's Republic", "the German Democratic Republic", "the Islamic
 * Republic") is a place, as the training data types "Czech Republic",
 * whatever the model made of it; a firm's "Fairchild Republic" stays,
 * and so does a body's "of" a republic. */
void ner_republics(const char *s, struct ner_list *l)
{
	static const struct ner_lit kinds[] = { NER_LIT("People's"), NER_LIT("People\xe2\x80\x99s"), NER_LIT("Democratic"),
						NER_LIT("Socialist"), NER_LIT("Islamic"),	NER_LIT("Arab"),
						NER_LIT("Soviet"),    NER_LIT("Autonomous"),	NER_LIT("Federal"),
						NER_LIT("Popular") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		/* " Republic" last (asked by its last byte first). */
		if (m->type == NER_PLACE || m->type == NER_DATE || n < 13 || s[m->end - 1] != 'c' ||
		    memcmp(s + m->end - 9, " Republic", 9) != 0)
			continue;
		size_t e = m->end - 9, w = ner_word_start(s, m->start, e);
		/* "People 's" apart, as text split into tokens has it. */
		int kind = NER_LIT_IN(kinds, s + w, e - w) || (lexicon_lookup(s + w, e - w) & LEX_DEMONYM) ||
			   (e - w == 2 && s[w] == '\'' && s[w + 1] == 's');
		/* A body "of" the republic is a body ("the Central Bank of the
		 * Varnesian Republic"). */
		if (kind && m->type == NER_ORG && ner_find(s, s + m->start, w - m->start, " of ", 4))
			kind = 0;
		if (kind) {
			m->type = NER_PLACE;
			m->margin = 0;
		}
	}
}

/* A part of a place named by a point of the compass is one place with it
 * ("Northeast Philadelphia", "North Philadelphia"), where the model read
 * the word of the compass as a place of its own. A point of the compass
 * in lower case before a name only says where in it ("eastern [Siberia]",
 * as ANNOTATION.md leaves "the" out), though some of the model's training
 * took it in. */
void ner_compass_places(const char *s, struct ner_list *l)
{
	static const char *const compass[] = { "North",	   "South",	"East",	     "West",	 "Northeast",
					       "Northwest", "Southeast", "Southwest", "Northern", "Southern",
					       "Eastern",   "Western",	"Central",   NULL };
	static const char *const lower[] = { "north",	     "south",	     "east",	     "west",
					     "northern",     "southern",     "eastern",	     "western",
					     "northeast",    "northwest",    "southeast",    "southwest",
					     "northeastern", "northwestern", "southeastern", "southwestern",
					     "north-east",   "north-west",   "south-east",   "south-west",
					     "north-eastern", "north-western", "south-eastern", "south-western",
					     "central",	     NULL };
	size_t said[8], nsaid = 0;	/* the names made places after a point */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* A point of the compass as an adjective, capitalised, is no
		 * one's name ("19 Northern and Northeastern states"); "North"
		 * and "West" are surnames too. */
		size_t mn = m->end - m->start;
		/* "the Moon" is the moon, a place, not a person of that name
		 * (Moon, a surname, never follows "the"). */
		if (m->type == NER_PERSON && mn == 4 && s[m->start] == 'M' && memcmp(s + m->start, "Moon", 4) == 0 &&
		    m->start >= 4 && (memcmp(s + m->start - 4, "the ", 4) == 0 || memcmp(s + m->start - 4, "The ", 4) == 0)) {
			m->type = NER_PLACE;
			m->margin = 0;
			continue;
		}
		/* A war's front named by a point of the compass is where it
		 * was fought, a place ("on the Western Front"), not a party's
		 * front (the model read the word "Front" as a body's). */
		if (m->type == NER_ORG && mn == 13 && s[m->end - 1] == 't' &&
		    (ner_lit_is("Western Front", s + m->start, mn) || ner_lit_is("Eastern Front", s + m->start, mn))) {
			m->type = NER_PLACE;
			m->margin = 0;
			continue;
		}
		if (m->type == NER_PERSON && mn >= 7 &&
		    (memcmp(s + m->end - 3, "ern", 3) == 0 || ner_lit_is("Central", s + m->start, mn)) &&
		    !ner_chr(s, s + m->start, ' ', mn)) {
			/* The test above leaves only the adjectives to match. */
			for (int k = 0; lower[k]; k++)
				if (ner_lit_is_nocase(lower[k], s + m->start, m->end - m->start)) {
					m->end = m->start;
					break;
				}
			continue;
		}
		/* A person's or a body's name after the point in lower case
		 * is a place's ("southern Tessaly and northern [Velmaria]",
		 * "northern [Mahé]"): the training data types 124 names there
		 * places and one a body. Not one a given name starts. */
		if ((m->type == NER_PERSON || m->type == NER_ORG) && m->start >= 6 && s[m->start - 1] == ' ' &&
		    strchr("nhtl", s[m->start - 2]) && ner_word_before_in(s, m->start, lower) &&
		    !ner_given_name_first(s, m)) {
			m->type = NER_PLACE;
			m->margin = 0;
			if (nsaid < sizeof said / sizeof *said)
				said[nsaid++] = i;
			continue;
		}
		if (m->type == NER_DATE || !(s[m->start] >= 'a' && s[m->start] <= 'z'))
			continue;
		size_t we = ner_space_end(s, m->start, m->end);
		/* Alone it is no name at all ("on northern Kaduna state" read
		 * as "northern" and "Kaduna"): marked to go below. */
		if (we == m->end) {
			for (int k = 0; lower[k]; k++)
				if (ner_lit_is(lower[k], s + m->start, we - m->start)) {
					m->end = m->start;
					break;
				}
			continue;
		}
		if (we + 1 >= m->end || !(s[we + 1] >= 'A' && s[we + 1] <= 'Z'))
			continue;
		for (int k = 0; lower[k]; k++)
			if (ner_lit_is(lower[k], s + m->start, we - m->start)) {
				m->start = we + 1;
				m->margin = 0;
				break;
			}
	}
	/* The story's other mentions of those names are the places too. */
	for (size_t k = 0; k < nsaid; k++) {
		const struct ner_mention *p = &l->v[said[k]];
		for (size_t i = 0; i < l->n; i++) {
			struct ner_mention *m = &l->v[i];
			if ((m->type == NER_PERSON || m->type == NER_ORG) && m->end - m->start == p->end - p->start &&
			    memcmp(s + m->start, s + p->start, p->end - p->start) == 0) {
				m->type = NER_PLACE;
				m->margin = 0;
			}
		}
	}
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.end == m.start)
			continue;
		if (o > 0) {
			struct ner_mention *p = &l->v[o - 1];
			int known = 0;
			if (p->type == NER_PLACE && m.type == NER_PLACE && m.start == p->end + 1 && s[p->end] == ' ')
				for (int k = 0; compass[k] && !known; k++)
					known = ner_lit_is(compass[k], s + p->start, p->end - p->start);
			if (known) {
				p->end = m.end;
				p->margin = 0;
				continue;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A name the model read as a body's, a person's or another name that a
 * country's division ends is the division, a place ("Lower Silesian
 * Voivodeship", "Aceh Besar Regency": the people's word or the unknown
 * name before it led the model); not a military district's command, nor
 * a body of the division. And
 * a division "of" its country is two places ("the Dodoma Region of
 * Tanzania"), the country no part of the division's name. */
void ner_division_heads(const char *s, struct ner_list *l)
{
	static const struct ner_lit heads[] = {
		NER_LIT("Voivodeship"), NER_LIT("Oblast"), NER_LIT("Governorate"), NER_LIT("Prefecture"),
		NER_LIT("Province"),    NER_LIT("Regency"), NER_LIT("Upazila"),    NER_LIT("Krai"),
		NER_LIT("Raion"),       NER_LIT("Okrug"),   NER_LIT("Aimag"),      NER_LIT("Tehsil"),
		NER_LIT("Taluka"),      NER_LIT("Barangay"), NER_LIT("Canton"),
	};
	static const struct ner_lit parts[] = { NER_LIT("Region"), NER_LIT("Province"), NER_LIT("District"),
						NER_LIT("County"), NER_LIT("Department"), NER_LIT("Oblast"),
						NER_LIT("Governorate"), NER_LIT("Prefecture") };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP || m->end - m->start < 8)
			continue;
		size_t lw = ner_word_start(s, m->start, m->end);
		if (m->type != NER_PLACE) {
			if (lw == m->start || !NER_LIT_IN(heads, s + lw, m->end - lw))
				continue;
			/* Nor a body "of" the division ("the Administration
			 * Bureau of Fujian Province"). */
			size_t pw = ner_word_start(s, m->start, lw - 1);
			if (ner_lit_is("Military", s + pw, lw - 1 - pw) ||
			    text_find(s + m->start, m->end - m->start, " of ", 4))
				continue;
			m->type = NER_PLACE;
			m->margin = 0;
			continue;
		}
		/* "<name> Region of <country>": the country ends it whole. */
		const char *of = text_find(s + m->start, m->end - m->start, " of ", 4);
		if (!of)
			continue;
		size_t o = (size_t)(of - s), kw = ner_word_start(s, m->start, o), c = o + 4;
		if (kw == m->start || !NER_LIT_IN(parts, s + kw, o - kw) || c >= m->end ||
		    !(lexicon_lookup(s + c, m->end - c) & LEX_COUNTRY))
			continue;
		size_t e = m->end;
		m->end = o;
		m->margin = 0;
		ner_push(l, c, e, NER_PLACE);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}
