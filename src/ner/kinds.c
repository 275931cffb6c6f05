/* ner/kinds: A name's kind said beside it: lists of a kind, appositions, a
 * subject's first sentence, a kind's word after a name. */
#include "internal.h"

/* A product's name ends before its kind in lower case, and before "Web"
 * that starts its kind ("the Internet Explorer Web browser", "its Quillfox
 * Web site"), which the recognizer had run into the name. */
void ner_kind_tails(const char *s, size_t len, struct ner_list *l)
{
	static const char *const web[] = { "site", "sites", "page", "pages", "browser", "browsers", "server", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* Most names' last word is capitalised and no "Web". */
		size_t lw = ner_word_start(s, m->start, e);
		if (lw == m->start || (!(s[lw] >= 'a' && s[lw] <= 'z') && !(e - lw == 3 && s[lw] == 'W')))
			continue;
		size_t kn = ner_product_kind_ending(s, e);
		if (kn && e >= m->start + kn + 2)
			e -= kn + 1;
		size_t w = ner_word_start(s, m->start, e);
		if (w > m->start + 1 && e - w == 3 && memcmp(s + w, "Web", 3) == 0 &&
		    (e < m->end || ner_word_after_in(s, len, m->end, web)))
			e = w - 1;
		if (e != m->end) {
			while (e > m->start && s[e - 1] == ' ')
				e--;
			m->end = e;
			m->margin = 0;
		}
	}
}

/* Kinds of organizations, places, works and products, singular and
 * plural, and the type they give the names a story says are of them. */
static const struct {
	const char *one, *many;
	int type;
} ner_kinds[] = {
	{ "company", "companies", NER_ORG },	    { "firm", "firms", NER_ORG },
	{ "start-up", "start-ups", NER_ORG },	    { "startup", "startups", NER_ORG },
	{ "bank", "banks", NER_ORG },		    { "lender", "lenders", NER_ORG },
	{ "insurer", "insurers", NER_ORG },	    { "retailer", "retailers", NER_ORG },
	{ "airline", "airlines", NER_ORG },	    { "brand", "brands", NER_ORG },
	{ "manufacturer", "manufacturers", NER_ORG }, { "automaker", "automakers", NER_ORG },
	{ "carmaker", "carmakers", NER_ORG },	    { "organisation", "organisations", NER_ORG },
	{ "organization", "organizations", NER_ORG }, { "agency", "agencies", NER_ORG },
	{ "club", "clubs", NER_ORG },		    { "party", "parties", NER_ORG },
	{ "university", "universities", NER_ORG },  { "newspaper", "newspapers", NER_ORG },
	{ "broadcaster", "broadcasters", NER_ORG }, { "charity", "charities", NER_ORG },
	{ "non-profit", "non-profits", NER_ORG },   { "nonprofit", "nonprofits", NER_ORG },
	{ "NGO", "NGOs", NER_ORG },		    { "union", "unions", NER_ORG },
	{ "militia", "militias", NER_ORG },	    { "ministry", "ministries", NER_ORG },
	{ "country", "countries", NER_PLACE },	    { "nation", "nations", NER_PLACE },
	{ "city", "cities", NER_PLACE },	    { "town", "towns", NER_PLACE },
	{ "province", "provinces", NER_PLACE },	    { "region", "regions", NER_PLACE },
	{ "village", "villages", NER_PLACE },	    { "district", "districts", NER_PLACE },
	{ "island", "islands", NER_PLACE },	    { "capital", "capitals", NER_PLACE },
	{ "river", "rivers", NER_PLACE },	    { "lake", "lakes", NER_PLACE },
	{ "county", "counties", NER_PLACE },	    { "suburb", "suburbs", NER_PLACE },
	{ "municipality", "municipalities", NER_PLACE }, { "parish", "parishes", NER_PLACE },
	{ "band", "bands", NER_ORG },		    { "label", "labels", NER_ORG },
	{ "team", "teams", NER_ORG },		    { "shipyard", "shipyards", NER_ORG },
	{ "conglomerate", "conglomerates", NER_ORG }, { "miner", "miners", NER_ORG },
	{ "maker", "makers", NER_ORG },		    { "producer", "producers", NER_ORG },
	{ "publisher", "publishers", NER_ORG },	    { "chain", "chains", NER_ORG },
	{ "operator", "operators", NER_ORG },	    { "magazine", "magazines", NER_ORG },
	{ "daily", "dailies", NER_ORG },	    { "group", "groups", NER_ORG },
	{ "film", "films", NER_MISC },
	{ "movie", "movies", NER_MISC },	    { "album", "albums", NER_MISC },
	{ "novel", "novels", NER_MISC },	    { "song", "songs", NER_MISC },
	{ "single", "singles", NER_MISC },	    { "opera", "operas", NER_MISC },
	{ "musical", "musicals", NER_MISC },	    { "sitcom", "sitcoms", NER_MISC },
	{ "documentary", "documentaries", NER_MISC }, { "game", "games", NER_MISC },
	{ "browser", "browsers", NER_MISC },	    { "smartphone", "smartphones", NER_MISC },
	{ "missile", "missiles", NER_MISC },	    { "rifle", "rifles", NER_MISC },
	{ "drone", "drones", NER_MISC },	    { "vaccine", "vaccines", NER_MISC },
	{ "app", "apps", NER_MISC },		    { "aircraft", "aircraft", NER_MISC },
	{ "probe", "probes", NER_MISC },	    { "spacecraft", "spacecraft", NER_MISC },
	{ "satellite", "satellites", NER_MISC },    { "telescope", "telescopes", NER_MISC },
	{ "rocket", "rockets", NER_MISC },
	/* As an encyclopedia's first sentences say what their subjects are
	 * ("a Peruvian free-to-air television channel"). */
	{ "channel", "channels", NER_ORG },	    { "network", "networks", NER_ORG },
	{ "journal", "journals", NER_ORG },	    { "school", "schools", NER_ORG },
	{ "college", "colleges", NER_ORG },	    { "festival", "festivals", NER_MISC },
	{ "tournament", "tournaments", NER_MISC },  { "championship", "championships", NER_MISC },
	{ "award", "awards", NER_MISC },	    { "prize", "prizes", NER_MISC },
	{ "mountain", "mountains", NER_PLACE },	    { "volcano", "volcanoes", NER_PLACE },
	{ "peninsula", "peninsulas", NER_PLACE },   { "valley", "valleys", NER_PLACE },
	{ "desert", "deserts", NER_PLACE },	    { "airport", "airports", NER_PLACE },
	{ "stadium", "stadiums", NER_PLACE },	    { "neighbourhood", "neighbourhoods", NER_PLACE },
	{ "neighborhood", "neighborhoods", NER_PLACE }, { "archipelago", "archipelagos", NER_PLACE },
	{ "hamlet", "hamlets", NER_PLACE },	    { "borough", "boroughs", NER_PLACE },
	{ "township", "townships", NER_PLACE },	    { "prefecture", "prefectures", NER_PLACE },
	{ "governorate", "governorates", NER_PLACE }, { "emirate", "emirates", NER_PLACE },
	/* The divisions and settlements an encyclopedia's stubs name ("a
	 * commune in the Haute-Savoie department", "a barangay in the
	 * municipality of"), and the waters and lands of its geography. */
	{ "commune", "communes", NER_PLACE },	    { "ward", "wards", NER_PLACE },
	{ "barangay", "barangays", NER_PLACE },	    { "settlement", "settlements", NER_PLACE },
	{ "locality", "localities", NER_PLACE },    { "voivodeship", "voivodeships", NER_PLACE },
	{ "oblast", "oblasts", NER_PLACE },	    { "raion", "raions", NER_PLACE },
	{ "canton", "cantons", NER_PLACE },	    { "regency", "regencies", NER_PLACE },
	{ "upazila", "upazilas", NER_PLACE },	    { "tehsil", "tehsils", NER_PLACE },
	{ "taluk", "taluks", NER_PLACE },	    { "kibbutz", "kibbutzim", NER_PLACE },
	{ "moshav", "moshavim", NER_PLACE },	    { "atoll", "atolls", NER_PLACE },
	{ "islet", "islets", NER_PLACE },	    { "oasis", "oases", NER_PLACE },
	{ "glacier", "glaciers", NER_PLACE },	    { "plateau", "plateaus", NER_PLACE },
	{ "fjord", "fjords", NER_PLACE },	    { "lagoon", "lagoons", NER_PLACE },
	{ "reservoir", "reservoirs", NER_PLACE },   { "strait", "straits", NER_PLACE },
	{ "bay", "bays", NER_PLACE },		    { "gulf", "gulfs", NER_PLACE },
	{ "series", "series", NER_MISC },	    { "language", "languages", NER_MISC },
	{ "dialect", "dialects", NER_MISC },	    { "subsidiary", "subsidiaries", NER_ORG },
	{ "denomination", "denominations", NER_ORG }, { "medication", "medications", NER_MISC },
	{ "drug", "drugs", NER_MISC },		    { "database", "databases", NER_MISC },
	/* A company's goods ("its flagship product, Sentinel Mesh,"). */
	{ "product", "products", NER_MISC },	    { "software", "software", NER_MISC },
	{ "console", "consoles", NER_MISC },	    { "tablet", "tablets", NER_MISC },
	{ "laptop", "laptops", NER_MISC },	    { "chatbot", "chatbots", NER_MISC },
	{ "processor", "processors", NER_MISC },
	/* A broadcast's programme, and a website's company ("show" is a
	 * verb as often: "the records show"). */
	{ "programme", "programmes", NER_MISC },   { "website", "websites", NER_ORG },
};

/* The type that the kind word s[a..b), in any case, gives names said to
 * be of it (plural: in a list; singular: in an apposition), or -1. */
int ner_kind_type(const char *s, size_t a, size_t b, int plural)
{
	for (size_t k = 0; k < sizeof ner_kinds / sizeof *ner_kinds; k++) {
		if (ner_lit_is_nocase(plural ? ner_kinds[k].many : ner_kinds[k].one, s + a, b - a))
			return ner_kinds[k].type;
	}
	return -1;
}

/* Types m as kind where no list knows it as something else. */
static void ner_kind_retype(const char *s, struct ner_mention *m, int kind)
{
	int lt = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
	if (m->type != NER_DATE && m->type != NER_GROUP && m->type != (enum ner_type)kind && (lt < 0 || lt == kind)) {
		m->type = (enum ner_type)kind;
		m->margin = 0;
	}
}

/* Where the article that opens a work's title before byte b starts ("A
 * Country of Small Rooms", "The Weaver's Daughter", the model's name
 * without it), not before a; b where none does. */
static size_t ner_title_article(const char *s, size_t a, size_t b)
{
	if (b >= a + 4 && memcmp(s + b - 4, "The ", 4) == 0)
		return b - 4;
	if (b >= a + 3 && memcmp(s + b - 3, "An ", 3) == 0)
		return b - 3;
	if (b >= a + 2 && memcmp(s + b - 2, "A ", 2) == 0)
		return b - 2;
	return b;
}

/* The names a story lists as of a kind ("organizations such as Magen",
 * "start-ups such as Aleph Alpha", "countries like Kazakhstan and
 * Turkmenistan", "their albums include Weather Systems (2007) and ...")
 * are of it, where no list knows them as something else: the model reads
 * an unknown name by its own words, the story says what it is. */
void ner_kind_lists(const char *s, size_t len, struct ner_list *l)
{
	/* With their lengths, the byte before the blank compared first: this
	 * is asked at every mention. */
	static const struct ner_lit cues[] = { NER_LIT(" such as "), NER_LIT(" including "), NER_LIT(" like "),
					       NER_LIT(" include ") };
	for (size_t i = 0; i < l->n; i++) {
		size_t b = l->v[i].start, cl = 0;
		/* The cues' last letters: most names follow none. */
		char z = b >= 2 ? s[b - 2] : 0;
		if (z != 's' && z != 'g' && z != 'e')
			continue;
		for (size_t k = 0; k < sizeof cues / sizeof *cues && !cl; k++) {
			size_t n = cues[k].n;
			if (b >= n + 3 && s[b - 2] == cues[k].w[n - 2] && memcmp(s + b - n, cues[k].w, n) == 0)
				cl = n;
		}
		if (!cl)
			continue;
		size_t ke = b - cl, ks = ke;
		ks = ner_word_start(s, 0, ks);
		int kind = ner_kind_type(s, ks, ke, 1);
		if (kind < 0)
			continue;
		size_t j = i, pe;
		do {
			ner_kind_retype(s, &l->v[j], kind);
			/* A work's title with a possessive in it that the model
			 * cut there ("The [Weaver]'s Daughter"). */
			struct ner_mention *w = &l->v[j];
			size_t q = w->end + 6 < len && memcmp(s + w->end, "\xe2\x80\x99", 3) == 0 ? 3 :
				   w->end + 4 < len && s[w->end] == '\'' ? 1 : 0;
			if (kind == NER_MISC && w->type == NER_MISC && q && s[w->end + q] == 's' &&
			    s[w->end + q + 1] == ' ' && ner_upper_at(s, w->end + q + 2) &&
			    (j + 1 >= l->n || l->v[j + 1].start > w->end + q + 2)) {
				size_t e = w->end + q + 2;
				while (e < len && ner_alnum_at(s, e))
					e++;
				if (j + 1 >= l->n || l->v[j + 1].start >= e) {
					w->end = e;
					w->margin = 0;
				}
			}
			pe = l->v[j++].end;
			/* A work's year in brackets is passed over: "Weather
			 * Systems (2007), Paper Lanterns (2010) and ...". */
			if (j < l->n && l->v[j].type == NER_DATE && pe + 2 <= l->v[j].start && s[pe] == ' ' &&
			    s[pe + 1] == '(') {
				/* Blanks inside the brackets too, as text split
				 * into tokens has them ("( 2007 )"). */
				size_t ds = pe + 2 + (s[pe + 2] == ' '), de = l->v[j].end;
				de += de + 1 < len && s[de] == ' ';
				if (ds == l->v[j].start && de < len && s[de] == ')') {
					pe = de + 1;
					j++;
				}
			}
		} while (j < l->n && l->v[j].start >= pe &&
			 (ner_list_joint(s, pe, l->v[j].start) ||
			  (kind == NER_MISC && ner_list_joint(s, pe, ner_title_article(s, pe, l->v[j].start)))));
		i = j - 1;
	}
}

/* Whether the word that ends at b ends the noun phrase of an
 * apposition: a mark of punctuation follows it, or a word that starts
 * what comes after the phrase's head ("a bank in Lagos", "a party that",
 * "a film directed by");
 * 0 where it does not. */
static int ner_kind_head_end(const char *s, size_t b, size_t n)
{
	/* After a preposition the phrase may go on ("a ministry of transport
	 * official"): a weaker end (1) than a mark or a clause's word (2). */
	static const char *const after[] = {
		"based",     "that",     "which",     "whose",    "owned",     "run",       "founded",
		"directed",  "written",  "produced",  "released", "published", "recorded",  "starring",
		"featuring", "composed", "performed", "developed", "by",       "broadcast", "aired",
		"created",   "hosted",   "set",       "known",    "formed",    "first",     "originally",
		"launched",  "built",    "designed",  "operated", "manufactured", "held",    "given",
		"awarded",   "located",  "situated",  "organised", "organized", "sponsored", "spoken",
		"used",      "serving",  "connecting", "linking",  "named",     "called",    "headquartered",
		"consisting", "comprising", "specialising", "specializing", "representing", "covering",
		"providing", "offering", "near", NULL
	};
	static const char *const prep[] = { "of", "in", "with", "from", "on", "at", "for", "and", NULL };
	if (b >= n || strchr(",.;:)", s[b]))
		return 2;
	if (s[b] != ' ')
		return 0;
	/* The mark after a blank, in text split into tokens ("a bank ,"). */
	if (b + 1 < n && strchr(",.;:)", s[b + 1]) && (b + 2 >= n || s[b + 2] == ' ' || s[b + 2] == '\n'))
		return 2;
	size_t e = b + 1;
	while (e < n && s[e] >= 'a' && s[e] <= 'z')
		e++;
	/* A word whole, not the start of one ("first-class"). */
	if (e < n && s[e] != ' ' && !strchr(",.;:()\n", s[e]))
		return 0;
	for (int k = 0; after[k]; k++)
		if (ner_lit_is(after[k], s + b + 1, e - b - 1))
			return 2;
	for (int k = 0; prep[k]; k++)
		if (ner_lit_is(prep[k], s + b + 1, e - b - 1))
			return 1;
	return 0;
}

/* The length of what opens a description of the name that ends at p:
 * ", " (an apposition) or " is ", " was ", " are " (a predicate), or 0. */
static size_t ner_kind_opener(const char *s, size_t n, size_t p)
{
	if (p + 4 < n && s[p] == ',' && s[p + 1] == ' ')
		return 2;
	/* Text split into tokens: "Simetrik , a". */
	if (p + 5 < n && s[p] == ' ' && s[p + 1] == ',' && s[p + 2] == ' ')
		return 3;
	if (p + 5 < n && memcmp(s + p, " is ", 4) == 0)
		return 4;
	if (p + 6 < n && memcmp(s + p, " was ", 5) == 0)
		return 5;
	/* A band's or a team's plural name: "the Dusk Riders are a band". */
	if (p + 6 < n && memcmp(s + p, " are ", 5) == 0)
		return 5;
	if (p + 7 < n && memcmp(s + p, " were ", 6) == 0)
		return 6;
	return 0;
}

/* The kind that what follows a name ending at byte p says it is, or -1:
 * ", a", ", the", "is a", "was the" and up to four words (five after
 * "the": "the country's largest bank"), the kind last. person: the name
 * may be a person's, and wants the surer end of the phrase. */
static int ner_kind_after(const char *s, size_t n, size_t p, int person)
{
	int kind = -1, first = -1;
	/* A bracket between, as an encyclopedia has it: "Kestrava (formerly
	 * Harrow Browser) is a web browser". */
	if (p + 2 < n && s[p] == ' ' && s[p + 1] == '(') {
		const char *c = memchr(s + p + 2, ')', n - p - 2 < 120 ? n - p - 2 : 120);
		size_t in = c ? (size_t)(c - s) - p - 2 : 0;
		if (c && !memchr(s + p + 2, '(', in) && !memchr(s + p + 2, '\n', in))
			p = (size_t)(c - s) + 1;
	}
	size_t open = ner_kind_opener(s, n, p);
	if (!open)
		return -1;
	/* A verb in the plural: a band or a team, no one person ("Thunder
	 * Lane are an English rock band from"). */
	if ((open == 5 && s[p + 1] == 'a') || open == 6)
		person = 0;
	size_t art = p + open + 2 <= n && s[p + open] == 'a' && s[p + open + 1] == ' ' ? 2 :
		     p + open + 3 <= n && memcmp(s + p + open, "an ", 3) == 0 ? 3 :
		     p + open + 4 <= n && memcmp(s + p + open, "the ", 4) == 0 ? 4 : 0;
	int words = art == 4 ? 7 : 6;
	p += open + art;
	/* A work's year first leaves room for its country and genres ("a
	 * 2019 South Korean black comedy thriller film"). */
	if (art && p + 5 < n && (s[p] == '1' || s[p] == '2') && s[p + 1] >= '0' && s[p + 1] <= '9' && s[p + 4] == ' ')
		words += 2;
	for (int w = 0; art && w < words && p < n && kind < 0; w++) {
		size_t e = p;
		while (e < n && s[e] != ' ' && !strchr(",.;:()\n", s[e]))
			e++;
		if (e == p)
			break;
		/* A hyphen written apart joins two words into one ("role -
		 * playing game", as text split into tokens has it). */
		while (e + 4 < n && memcmp(s + e, " - ", 3) == 0 && s[e + 3] >= 'a' && s[e + 3] <= 'z') {
			e += 3;
			while (e < n && s[e] != ' ' && !strchr(",.;:()\n", s[e]))
				e++;
		}
		/* In lower case: "a Salt Lake City, Utah, partnership". */
		int k = s[p] >= 'a' && s[p] <= 'z' ? ner_kind_type(s, p, e, 0) : -1;
		int end = ner_kind_head_end(s, e, n);
		/* Two kinds joined: the last is the head ("a city and
		 * municipality in"), or the first where the second is none
		 * the table knows ("a market town and civil parish"). */
		if (k >= 0 && end == 1 && e + 5 < n && memcmp(s + e, " and ", 5) == 0) {
			/* Not a work's, which may be a noun's modifier ("a
			 * film and television distributor"). */
			first = k != NER_MISC ? k : -1;
			p = e + 5;
			continue;
		}
		/* A person wants the surer end, and so does a work ("a series
		 * of", "a song and dance"); not a place's kind ("Valderon is a
		 * city in"), nor one a word qualifies ("an opposition party
		 * in"; a person is "a party to" a case). */
		if (k >= 0 && (end == 2 || (end == 1 && (!person || k == NER_PLACE || w > 0) && k != NER_MISC)))
			kind = k;
		/* The phrase's head is another noun ("the founder of the
		 * company"). */
		if (end)
			break;
		if (e >= n || s[e] != ' ')
			break;
		p = e + 1;
	}
	return kind >= 0 ? kind : first;
}

/* A paragraph that opens with a name the model did not find and says
 * what it is, as an encyclopedia's first sentence does ("Ravenscroft is
 * an American indie rock band from Portland"): the name, of that kind.
 * One to three capitalised words after an optional "The", none an
 * ordinary word news writes in lower case or capitalises at a sentence's
 * start, nor a name a list knows; but a work's, with its year ("War is a
 * 2019 Indian film"), or a work's or a group's that a people's word
 * describes ("Kestrel Dawn are an American indie rock band"), which may
 * hold a title's small words ("Nightfall in Harlan is a 1994 film"). */
void ner_subject_names(const char *s, size_t n, struct ner_list *l)
{
	/* Words before "of" that say how much of a thing, no name's. */
	static const struct ner_lit parts[] = { NER_LIT("One"),  NER_LIT("Some"), NER_LIT("Most"),  NER_LIT("All"),
						NER_LIT("Many"), NER_LIT("Each"), NER_LIT("Part"),  NER_LIT("None"),
						NER_LIT("Both"), NER_LIT("Much"), NER_LIT("Half"), NER_LIT("Rest") };
	size_t n0 = l->n, mi = 0;
	unsigned char *gone = NULL;
	for (size_t ps = 0; ps < n;) {
		/* The next line's start, found at once. */
		const char *nl = memchr(s + ps, '\n', n - ps);
		size_t a = ps;
		ps = nl ? (size_t)(nl - s) + 1 : n;
		if (a >= n || s[a] < 'A' || s[a] > 'Z')
			continue;
		if (a + 4 < n && memcmp(s + a, "The ", 4) == 0)
			a += 4;
		/* Up to three capitalised words, or five with "of" between
		 * ("Shadow of Velmora"): joint, the word "of" follows. */
		size_t e = a, ws[5], we[5];
		int words = 0, joint = -1, other_join = 0;
		while (words < (joint >= 0 ? 5 : 3) && e < n && s[e] >= 'A' && s[e] <= 'Z') {
			size_t x = e + 1;
			while (x < n && ((s[x] >= 'a' && s[x] <= 'z') || (unsigned char)s[x] >= 0x80))
				x++;
			if (x - e < 3 || (x < n && s[x] != ' ' && s[x] != ','))
				break;
			ws[words] = e;
			we[words++] = x;
			e = x;
			if (e + 1 >= n || s[e] != ' ')
				break;
			size_t jn = joint < 0 && words < 4 && e + 5 < n && memcmp(s + e, " of ", 4) == 0 ? 4 : 0;
			/* A title's other small words ("Nightfall in Harlan"),
			 * taken only for a work's or a group's description
			 * (below). */
			if (!jn && joint < 0 && words < 4 && e + 5 < n &&
			    (memcmp(s + e, " in ", 4) == 0 || memcmp(s + e, " on ", 4) == 0 ||
			     memcmp(s + e, " at ", 4) == 0 || memcmp(s + e, " the ", 5) == 0 ||
			     memcmp(s + e, " and ", 5) == 0 || memcmp(s + e, " for ", 5) == 0))
				jn = s[e + 3] == ' ' ? 4 : 5;
			if (jn && s[e + jn] >= 'A' && s[e + jn] <= 'Z') {
				other_join = jn == 5 || memcmp(s + e, " of ", 4) != 0;
				joint = words;
				e += jn;
				continue;
			}
			if (!(s[e + 1] >= 'A' && s[e + 1] <= 'Z'))
				break;
			e++;
		}
		/* The words taken, and what follows them opens a description
		 * (most lines' first words do not: asked before the lists). */
		if (!words || joint == words)
			continue;
		e = we[words - 1];
		if (!ner_kind_opener(s, n, e))
			continue;
		/* None a word news writes in lower case, but before "of"
		 * ("Shadow of Velmora"), and none before it one often
		 * capitalised; nor the name a list's. */
		int plain = !lexicon_lookup(s + a, e - a) &&
			    !(joint >= 0 && NER_LIT_IN(parts, s + ws[0], we[0] - ws[0]));
		for (int k = 0; k < words && plain; k++)
			plain = !(lexicon_lookup(s + ws[k], we[k] - ws[k]) & LEX_COMMON) &&
				(k < joint || !lexicon_lowercase(s + ws[k], we[k] - ws[k]));
		/* A work's year after the article opens it ("War is a 2019
		 * Indian film"): its title may be an ordinary word. */
		size_t yp = e + 6 <= n && (memcmp(s + e, " is a ", 6) == 0 || memcmp(s + e, " was a", 6) == 0) ? e + 6 : 0;
		if (yp && s[yp] == ' ')
			yp++;
		else if (yp && s[yp] == 'n' && yp + 1 < n && s[yp + 1] == ' ')
			yp += 2;
		int dated = yp && yp + 5 < n && (s[yp] == '1' || s[yp] == '2') && s[yp + 1] >= '0' && s[yp + 1] <= '9' &&
			    s[yp + 2] >= '0' && s[yp + 2] <= '9' && s[yp + 3] >= '0' && s[yp + 3] <= '9' && s[yp + 4] == ' ';
		/* A people's word after the article opens a work's or a
		 * group's description ("Kestrel Dawn are an American indie
		 * rock band"): the name may be ordinary words too. */
		int people = 0;
		{
			size_t o = ner_kind_opener(s, n, e), d = e + o;
			if (o >= 4 && d + 3 < n && s[d] == 'a' && (s[d + 1] == ' ' || (s[d + 1] == 'n' && s[d + 2] == ' '))) {
				d += s[d + 1] == ' ' ? 2 : 3;
				size_t de = ner_blank_at(s, d, n < d + 40 ? n : d + 40);
				people = de > d && (lexicon_lookup(s + d, de - d) & LEX_DEMONYM);
			}
		}
		if ((!plain && !dated && !people) || (other_join && !dated && !people))
			continue;
		while (mi < n0 && l->v[mi].end <= a)
			mi++;
		/* The model's names within the words: with a joining word, the
		 * whole is the subject's name ("Shadow of [Velmora]"); one
		 * that is the whole is left to the appositions' pass. */
		if (mi < n0 && l->v[mi].start < a)
			continue;
		size_t mj = mi;
		while (mj < n0 && l->v[mj].start < e && l->v[mj].end <= e)
			mj++;
		if (mj > mi && (joint < 0 || (mj < n0 && l->v[mj].start < e) ||
				(mj == mi + 1 && l->v[mi].start == a && l->v[mi].end == e)))
			continue;
		int kind = ner_kind_after(s, n, e, 0);
		if (kind < 0 || ((!plain || other_join) && kind != NER_MISC && !(people && kind == NER_ORG)))
			continue;
		if (mj > mi && !gone)
			gone = xcalloc(n0, 1);
		for (size_t q = mi; q < mj; q++)
			gone[q] = 1;
		ner_push(l, a, e, (enum ner_type)kind);
	}
	/* Sorted again where a name was pushed, whatever went. */
	int pushed = l->n > n0;
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* NER_MISC where the words that end at byte e are a possessive or "the",
 * up to two more words in lower case and a kind of work ("her debut
 * album", "the band's second studio album", "their debut EP"), else -1. */
static int ner_work_kind_before(const char *s, size_t e)
{
	static const struct ner_lit owners[] = { NER_LIT("his"), NER_LIT("her"), NER_LIT("their"), NER_LIT("its"),
						 NER_LIT("the"), NER_LIT("His"), NER_LIT("Her"), NER_LIT("Their"),
						 NER_LIT("Its"), NER_LIT("The") };
	size_t ks = ner_word_start(s, 0, e);
	int ep = e - ks == 2 && (s[ks] == 'E' || s[ks] == 'L') && s[ks + 1] == 'P';
	if (!ep && (ks >= e || s[ks] < 'a' || s[ks] > 'z' || ner_kind_type(s, ks, e, 0) != NER_MISC))
		return -1;
	size_t p = ks;
	for (int w = 0; w < 3 && p >= 2 && s[p - 1] == ' '; w++) {
		size_t as = ner_word_start(s, 0, p - 1);
		if (NER_LIT_IN(owners, s + as, p - 1 - as) ||
		    (p - 1 - as > 2 && s[p - 2] == 's' && s[p - 3] == '\''))
			return NER_MISC;
		for (size_t k = as; k < p - 1; k++)
			if (!((s[k] >= 'a' && s[k] <= 'z') || s[k] == '-'))
				return -1;
		p = as;
	}
	return -1;
}

/* Whether s[a..b) is a part a story's person plays, in lower case, before
 * the person's name ("the knight", "the protagonist"). */
static int ner_story_role(const char *s, size_t a, size_t b)
{
	static const struct ner_lit roles[] = { NER_LIT("knight"),    NER_LIT("protagonist"), NER_LIT("hero"),
						NER_LIT("heroine"),   NER_LIT("villain"),     NER_LIT("narrator"),
						NER_LIT("sorcerer"),  NER_LIT("wizard"),      NER_LIT("warrior"),
						NER_LIT("antagonist") };
	return NER_LIT_IN(roles, s + a, b - a);
}

/* Whether "its " or "their " ends at byte ts of s: an owner's word before
 * a kind ("its cholesterol drug", "Its football club, AO Kessan,"). */
static inline int ner_own_det_before(const char *s, size_t ts)
{
	return (ts >= 4 && ner_lit_is_nocase("its ", s + ts - 4, 4)) || (ts >= 6 && ner_lit_is_nocase("their ", s + ts - 6, 6));
}

/* Whether "the ", "its " or "their " ends at byte ts of s: a kind's
 * determiner before it ("the insurer", "its cholesterol drug"). */
static inline int ner_kind_det_before(const char *s, size_t ts)
{
	return (ts >= 4 && ner_lit_is_nocase("the ", s + ts - 4, 4)) || ner_own_det_before(s, ts);
}

/* Where a name ending at e is followed by its instrument code before
 * byte b ("Harmony Gold HARJ.J and"), the code's end, else e. */
static size_t ner_ric_end(const char *s, size_t e, size_t b)
{
	if (e + 4 >= b || s[e] != ' ' || !((s[e + 1] >= 'A' && s[e + 1] <= 'Z') || (s[e + 1] >= '0' && s[e + 1] <= '9')))
		return e;
	size_t x = e + 1;
	while (x < b && s[x] != ' ')
		x++;
	return ner_ric(s, e + 1, x) ? x : e;
}

/* The names of a list right after a kind's plural are of the kind
 * ("mining companies Tarvel Copper and Ossen Verde", "lenders Kessa
 * Bank, Varno Finance and Ostel"), where the model read one of them as a
 * person or a place: a list of two names or more, none of which a given
 * name starts or a list knows as something else. */
void ner_plural_kind_lists(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i + 1 < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t b = m->start;
		/* A plural in "s" in lower case right before it, asked first. */
		if (b < 7 || s[b - 1] != ' ' || s[b - 2] != 's' || m->type == NER_DATE || m->type == NER_GROUP ||
		    l->v[i + 1].start < m->end || !ner_list_joint(s, ner_ric_end(s, m->end, l->v[i + 1].start), l->v[i + 1].start))
			continue;
		size_t ks = ner_word_start(s, 0, b - 1);
		if (s[ks] < 'a' || s[ks] > 'z')
			continue;
		int kind = ner_kind_type(s, ks, b - 1, 1);
		if (kind != NER_ORG && kind != NER_PLACE)
			continue;
		size_t j = i;
		while (j + 1 < l->n && l->v[j + 1].start >= l->v[j].end &&
		       ner_list_joint(s, ner_ric_end(s, l->v[j].end, l->v[j + 1].start), l->v[j + 1].start))
			j++;
		for (size_t k = i; k <= j; k++)
			if (!(l->v[k].type == NER_PERSON && ner_given_name_first(s, &l->v[k])))
				ner_kind_retype(s, &l->v[k], kind);
		i = j;
	}
}

/* A name the story says is of a kind, in an apposition ("Simetrik, a
 * Colombian fintech startup", "Sucre, a province of Bolivia", "Banco
 * Tolima, the country's largest bank") or a predicate ("Bitlabs is a
 * company that"), after the kind ("the insurer Seguros Sucre", "the
 * newspaper Perfil") or as a place "of" it ("the province of Sucre"), is
 * of it where no list knows it as something else. A person's name stays a
 * person's where a given name starts it. */
void ner_kind_appositions(const char *s, size_t n, struct ner_list *l)
{
	/* The names the story says are of a kind. */
	struct ner_mention said[16];
	size_t nsaid = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP)
			continue;
		int kind = ner_kind_after(s, n, m->end, m->type == NER_PERSON), plural_of = 0;
		/* Before it: "the insurer", "the province of" (which says it of
		 * this mention only where it is a capital: "the capital of
		 * Quillon" is a firm's). */
		int after = kind >= 0;
		size_t b = m->start;
		/* A band's or a paper's own "The" stands between: "the rock
		 * band The Velvet Harps". */
		if (kind < 0 && b >= 10 && memcmp(s + b - 5, " The ", 5) == 0)
			b -= 4;
		/* A work's kind in an apposition before the title, commas
		 * around it ("His first novel, The Salt Flats, won"). */
		if (kind < 0 && b >= 8 && s[b - 1] == ' ' && s[b - 2] == ',' && m->end + 2 < n &&
		    (s[m->end] == ',' || (s[m->end] == ' ' && s[m->end + 1] == ',')))
		{
			/* Text split into tokens has a blank before the comma. */
			kind = ner_work_kind_before(s, b - 2 - (s[b - 3] == ' '));
			/* Which says it of the title's other mentions. */
			after = kind >= 0;
		}
		/* Or the kind's word before an apposition's comma, the name
		 * closed by another ("Its football club, AO Kessan, plays"). */
		size_t kb = 0;
		if (kind < 0 && b >= 8 && s[b - 1] == ' ' && s[b - 2] == ',' && m->end + 2 < n &&
		    (s[m->end] == ',' || (s[m->end] == ' ' && s[m->end + 1] == ','))) {
			kb = b - 2 - (s[b - 3] == ' ');
			if (!(s[kb - 1] >= 'a' && s[kb - 1] <= 'z'))
				kb = 0;
		}
		/* A word in lower case before the name (most names have none). */
		if (kind < 0 && b >= 6 && (kb || (s[b - 1] == ' ' && s[b - 2] >= 'a' && s[b - 2] <= 'z'))) {
			size_t of = !kb && b >= 4 && memcmp(s + b - 4, " of ", 4) == 0 ? 3 : 0;
			size_t ke = kb ? kb : b - 1 - of, ks = ke;
			ks = ner_word_start(s, 0, ks);
			if (s[ks] < 'a' || s[ks] > 'z')
				ks = 0;
			/* Or words between: a people's ("the Polish shipyard")
			 * or up to two in lower case ("the investment firm",
			 * "the alternative rock band"). */
			size_t ts = ks;
			int people = 0, named = 0;
			for (int w = 0; w < 3 && !people && ts >= 6 && s[ts - 1] == ' ' && !ner_kind_det_before(s, ts); w++) {
				size_t as = ner_word_start(s, 0, ts - 1);
				int lower = w < 2 && as < ts - 1;
				for (size_t k = as; lower && k < ts - 1; k++)
					lower = (s[k] >= 'a' && s[k] <= 'z') || s[k] == '-';
				/* Or a body's, a place's or a league's name
				 * ("Major League Soccer club New England
				 * Revolution", "Barcelona club Espanyol",
				 * "California counties of"), not before a
				 * person's ("Hollywood producer Burt Sugarman"). */
				people = i > 0 && l->v[i - 1].end == ts - 1 &&
					 (l->v[i - 1].type == NER_GROUP
						  ? l->v[i - 1].start == as
						  : l->v[i - 1].type != NER_DATE && l->v[i - 1].type != NER_PERSON &&
							    m->type != NER_PERSON);
				named = people && l->v[i - 1].type != NER_GROUP;
				/* Right before the kind only ("Premier League
				 * club"): each other name before a verb would ask
				 * the kinds of it. */
				if (named && w > 0)
					people = named = 0;
				if (!lower && !people)
					break;
				ts = as;
			}
			/* A people's word may stand for the article, as an
			 * encyclopedia writes ("by British rock band The Velvet
			 * Harps"). */
			/* After a comma, a person's name is the kind's own only
			 * after "its" or "their": "the agency, Bustanil Arifin,"
			 * is its head ("head of the food logistics agency"). */
			int own = !kb || m->type != NER_PERSON || ner_own_det_before(s, ts);
			if (ks && own && (ner_kind_det_before(s, ts) || people)) {
				int k = ner_kind_type(s, ks, ke, 0);
				/* A story's people by their parts ("follows the
				 * knight Sera Vance", "the protagonist Ash Velmar"). */
				if (k < 0 && !of && !named && ner_story_role(s, ks, ke))
					k = NER_PERSON;
				/* Places' kind in the plural before "of" and a list
				 * ("the provinces of Lutz and Brevard"). */
				if (k < 0 && of && ner_kind_type(s, ks, ke, 1) == NER_PLACE) {
					k = NER_PLACE;
					plural_of = 1;
				}
				/* A product's or a work's kind too ("its cholesterol
				 * drug Lipravex", "the app Quillchat"), but for a
				 * person's name ("the film Tom Kestrel made"); a
				 * place's without "of" ("the river Ostra"), but for
				 * a body's or letters ("the county Board of
				 * Supervisors", "the district AL"). */
				if (k == (of ? NER_PLACE : NER_ORG) ||
				    (!of && k == NER_PLACE && !text_all_upper(s + m->start, m->end - m->start) &&
				     !ner_has_org_word(s, m->start, m->end)) ||
				    (!of && k == NER_MISC && m->type != NER_PERSON) || (!of && k == NER_PERSON))
					kind = k;
				/* After a name, a body's kind, or places' "of" (a
				 * work's kind has its own rules). */
				/* But a network's or a studio's work after its
				 * name ("the Velmar series Kestrel Bay", "the
				 * Tarvo film Ashes"): the title is the work, the
				 * name before the kind its maker's. */
				int work = named && !of && k == NER_MISC && m->type != NER_PERSON &&
					   l->v[i - 1].type != NER_PERSON &&
					   (ner_work_word(s + ks, ke - ks) || ner_lit_is("game", s + ks, ke - ks));
				int mt = work ? ner_lex_type(lexicon_lookup(s + l->v[i - 1].start,
									 l->v[i - 1].end - l->v[i - 1].start)) : -1;
				/* Not a place a list knows ("the Kenya series"). */
				work = work && (mt < 0 || mt == NER_ORG);
				if (named && k != (of ? NER_PLACE : NER_ORG) && !work)
					kind = -1;
				if (work && l->v[i - 1].type != NER_ORG) {
					l->v[i - 1].type = NER_ORG;
					l->v[i - 1].margin = 0;
				}
				/* "the village of Kotel" says it of Kotel's other
				 * mentions too, and so does a network's work; a firm
				 * has a capital. */
				after = kind >= 0 && ((of && !ner_lit_is("capital", s + ks, ke - ks)) || work);
			}
		}
		if (kind < 0)
			continue;
		/* No person is a work or a product ("Aurora Polaris was a
		 * space probe launched in 2008"). */
		if (m->type == NER_PERSON && kind != NER_MISC && ner_given_name_first(s, m))
			continue;
		ner_kind_retype(s, m, kind);
		if (after && m->type == (enum ner_type)kind && nsaid < sizeof said / sizeof *said)
			said[nsaid++] = *m;
		/* The list's other names, of one word or more that no given
		 * name starts. */
		for (size_t j = i + 1; plural_of && j < l->n && l->v[j].start >= l->v[j - 1].end &&
				       ner_list_joint(s, l->v[j - 1].end, l->v[j].start);
		     j++)
			if (!(l->v[j].type == NER_PERSON && ner_given_name_first(s, &l->v[j])))
				ner_kind_retype(s, &l->v[j], kind);
	}
	/* What the story says a name is, it is wherever the model read it
	 * otherwise: an encyclopedia's subject, named in every paragraph. */
	for (size_t i = 0; i < l->n && nsaid; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP)
			continue;
		for (size_t k = 0; k < nsaid; k++)
			if (m->type != said[k].type && m->end - m->start == said[k].end - said[k].start &&
			    memcmp(s + m->start, s + said[k].start, m->end - m->start) == 0) {
				ner_kind_retype(s, m, (int)said[k].type);
				break;
			}
	}
}
