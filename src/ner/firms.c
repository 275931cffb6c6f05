/* ner/firms: The story's rules for companies and what they make: kinds of
 * products, makers, tickers, markets and indices, ships and model codes. */
#include "internal.h"

int ner_company_word(const char *s, size_t n)
{
	while (n > 1 && s[n - 1] == '.')
		n--;
	/* By their lengths: a word is compared with the few of its length
	 * alone (this runs at most names' last words). */
	static const char *const trades[16][4] = {
		[6] = { "Motors" },
		[7] = { "Airways", "Systems", "Airline" },
		[8] = { "Airlines", "Networks", "Software" },
		[9] = { "Petroleum", "Resources" },
		[10] = { "Industries" },
		[11] = { "Enterprises", "Electronics" },
		[12] = { "Technologies", "Shipbuilding" },
		[13] = { "Entertainment", "Semiconductor" },
		[14] = { "Communications" },
		[15] = { "Pharmaceuticals" },
	};
	if (n >= 6 && n <= 15)
		for (int k = 0; k < 4 && trades[n][k]; k++)
			if ((trades[n][k][0] | 0x20) == (s[0] | 0x20) && strncasecmp(trades[n][k], s, n) == 0)
				return 1;
	return (lexicon_lookup(s, n) & LEX_COMPANY_SUFFIX) != 0;
}

/* Whether the word after the name ending at byte e (past its "'s") is a
 * noun only a company has: "Yahoo shares", "Yahoo's shareholders". */
static int ner_company_noun_after(const char *s, size_t len, size_t e)
{
	static const char *const nouns[] = { "shares", "stock", "shareholders", "stockholders", "subsidiary",
					     "subsidiaries", "executives", "employees", "headquarters", "revenue",
					     "revenues", "earnings", "profits", NULL };
	size_t pe = ner_possessive_end(s, len, e);
	return ner_word_after_in(s, len, pe ? pe : e, nouns);
}

/* Whether a company's results follow the name ending at byte e: its
 * possessive and "net" ("Tarvok's net profit"), or "reported" or
 * "posted" and a word of accounts ("Tarvok posted a net loss", "reported
 * pretax earnings"), which news writes of companies alone. */
static int ner_company_results_after(const char *s, size_t len, size_t e)
{
	static const char *const net[] = { "net", NULL };
	static const char *const verbs[] = { "reported", "posted", NULL };
	static const char *const accounts[] = { "net",	    "profit",	"profits", "loss",    "losses",	   "earnings",
						"revenue",  "revenues", "sales",   "pretax",  "operating", NULL };
	size_t pe = ner_possessive_end(s, len, e);
	if (pe)
		return ner_word_after_in(s, len, pe, net);
	if (!ner_word_after_in(s, len, e, verbs))
		return 0;
	size_t w = e + 1;
	while (w < len && s[w] >= 'a' && s[w] <= 'z')
		w++;
	if (w + 2 < len && s[w] == ' ' && s[w + 1] == 'a' && s[w + 2] == ' ')
		w += 2;
	return ner_word_after_in(s, len, w, accounts);
}

/* Whether a company's shares or a stake in it come right before the name
 * at byte a: "shares of Tarvok", "shares in Tarvok", "a stake in Tarvok". */
static int ner_company_shares_before(const char *s, size_t a)
{
	static const char *const of[] = { "of", "in", NULL };
	if (!ner_word_before_in(s, a, of))
		return 0;
	size_t b = ner_blank_before(s, a);
	while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z')
		b--;
	static const char *const shares[] = { "shares", "stake", "stakes", NULL };
	return ner_word_before_in(s, b, shares);
}

/* Whether the word right before the name at byte a is a lower-case noun
 * of a kind of company or body, as an apposition names one: "sugar group
 * Beghin-Say", "the insurer Seguros Sucre", "fintech startup Simetrik",
 * "the national statistics institute (Istat)". */
static int ner_company_kind_before(const char *s, size_t a)
{
	/* Past the bracket the name is given in. */
	if (a >= 2 && s[a - 1] == '(' && s[a - 2] == ' ')
		a -= 2;
	return ner_word_before_in(s, a, ner_body_kinds);
}

/* The group of refs p[0..np) (sorted) whose text is the last word of the
 * person's fuller name m, or np. */
static size_t ner_ref_surname(const char *s, const struct ner_mention *m, const struct ner_word_ref *p, size_t np)
{
	size_t b = ner_word_start(s, m->start, m->end);
	struct ner_word_ref key = { s + b, m->end - b, 0 };
	return ner_word_ref_find(p, np, &key);
}

/* The end of the group of refs of one text that starts at p[g]. */
static size_t ner_ref_group_end(const struct ner_word_ref *p, size_t np, size_t g)
{
	size_t h = g + 1;
	while (h < np && p[h].n == p[g].n && memcmp(p[h].s, p[g].s, p[g].n) == 0)
		h++;
	return h;
}

/* Types every mention of refs p[g..h) as type, as a rule's (no margin). */
static void ner_ref_retype(struct ner_list *l, const struct ner_word_ref *p, size_t g, size_t h, enum ner_type type)
{
	for (size_t k = g; k < h; k++) {
		struct ner_mention *o = &l->v[p[k].i];
		o->type = type;
		o->margin = 0;
	}
}

/* Verbs of buying a company, before its name: "bought Quillr". */
static const char *const ner_buy_verbs[] = { "bought", "buy", "buys", "buying", "acquired", "acquire", "acquires",
					     "acquiring", "purchased", NULL };

/* A one-word name the model took for a person is a company where its
 * story writes it before a noun only a company has ("Yahoo shares",
 * "Yahoo's shareholders"), after a kind of company ("sugar group
 * Beghin-Say") or before an apposition that names a kind of body ("Istat,
 * the national statistics institute,"), unless a title stands before it anywhere
 * ("Mr. Yahoo") or it ends a person's fuller name in the story. A name
 * the lists know as a given name or a person stays. So is a one-word
 * "place" no list knows, and one that is bought ("bought Quillr"): a
 * person may be acquired by a team, a place is not bought in the news,
 * so a name the model took for a person at every mention is not retyped
 * by a verb of buying.
 * The one-word names are sorted by text, so that a long story costs
 * n log n, not n². */
void ner_company_nouns(const char *s, size_t len, struct ner_list *l)
{
	struct xscratch_mark mark = xscratch_mark();
	/* The one-word people and places, sorted by text: the groups asked
	 * about. Places a list knows are left out at once: they stay
	 * places. */
	size_t np = 0;
	struct ner_word_ref *p = xscratch_alloc((l->n ? l->n : 1) * sizeof *p);
	/* But a town or region the story names a company after, with its
	 * legal form ("Piedmont Aviation Inc ... Piedmont shares"), is asked
	 * too: those companies, by their first word. */
	size_t nf = 0;
	struct ner_word_ref *firm = NULL;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if ((m->type != NER_PERSON && m->type != NER_PLACE) || n < 2 || ner_chr(s, s + m->start, ' ', n) ||
		    ner_chr(s, s + m->start, '\n', n))
			continue;
		unsigned cls = m->type == NER_PLACE ? lexicon_lookup(s + m->start, n) : 0;
		if (cls & (LEX_COUNTRY | LEX_DEMONYM))
			continue;
		if ((cls & (LEX_CITY | LEX_REGION)) || m->type == NER_PERSON) {
			if (!firm) {
				firm = xscratch_alloc((l->n ? l->n : 1) * sizeof *firm);
				for (size_t j = 0; j < l->n; j++) {
					const struct ner_mention *o = &l->v[j];
					size_t fe = ner_blank_at(s, o->start, o->end);
					if (o->type == NER_ORG && fe < o->end && ner_ends_legal_form(s, o->start, o->end))
						firm[nf++] = (struct ner_word_ref){ s + o->start, fe - o->start, j };
				}
				/* Sorted, so that a long story's places cost a search
				 * each. */
				if (nf > 1)
					ner_word_refs_sort(firm, nf);
			}
			struct ner_word_ref key = { s + m->start, n, 0 };
			if (m->type == NER_PLACE && ner_word_ref_find(firm, nf, &key) == nf)
				continue;
		}
		p[np++] = (struct ner_word_ref){ s + m->start, n, i };
	}
	if (np > 1)
		ner_word_refs_sort(p, np);
	if (!np) {
		xscratch_release(mark);
		return;
	}
	/* What the story says of each group (kept at its first entry in p):
	 * a company's noun by a mention of its text, a title before one, a
	 * fuller person's name ending in it, a verb of buying before it. */
	unsigned char *company = memset(xscratch_alloc(np), 0, np), *person = memset(xscratch_alloc(np), 0, np);
	unsigned char *bought = memset(xscratch_alloc(np), 0, np);
	/* The groups a list keeps as they are (a given name, a known
	 * place: most places; a "place" that news writes in lower case) are
	 * asked nothing; place[g], whether the model took one of the group's
	 * mentions for a place. */
	unsigned char *asked = memset(xscratch_alloc(np), 0, np), *place = memset(xscratch_alloc(np), 0, np);
	/* firmed[g]: the story names a company after the group's text, with
	 * its legal form; there the company's own verbs tell it too
	 * ("Brunswick reported earnings", "Bethlehem also said"). */
	unsigned char *firmed = memset(xscratch_alloc(np), 0, np), *acts = memset(xscratch_alloc(np), 0, np);
	/* given[g]: a fuller person's name in the story starts with it
	 * ("Scott Ferris ... Scott"). */
	unsigned char *given = memset(xscratch_alloc(np), 0, np);
	int any = 0;
	for (size_t g = 0, h; g < np; g = h) {
		h = ner_ref_group_end(p, np, g);
		firmed[g] = nf && ner_word_ref_find(firm, nf, &p[g]) < nf;
		for (size_t k = g; k < h; k++)
			place[g] |= l->v[p[k].i].type == NER_PLACE;
		/* (A place a list knows never got into p.) A person's name
		 * the story names a company after is asked, given name or
		 * not ("Scott Instruments Inc ... Scott said it"). */
		asked[g] = (!(lexicon_lookup(p[g].s, p[g].n) & (LEX_FIRST_NAME | LEX_PERSON)) &&
			    !(place[g] && lexicon_lowercase(p[g].s, p[g].n))) ||
			   (firmed[g] && !place[g]);
		any |= asked[g];
	}
	if (!any) {
		xscratch_release(mark);
		return;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		int one = !ner_chr(s, s + m->start, ' ', n) && !ner_chr(s, s + m->start, '\n', n);
		struct ner_word_ref key = { s + m->start, n, 0 };
		if (!one) {
			size_t lo = m->type == NER_PERSON ? ner_ref_surname(s, m, p, np) : np;
			if (lo < np)
				person[lo] = 1;
			if (m->type == NER_PERSON) {
				struct ner_word_ref first = { s + m->start, ner_blank_at(s, m->start, m->end) - m->start, 0 };
				lo = ner_word_ref_find(p, np, &first);
				if (lo < np)
					given[lo] = 1;
			}
			continue;
		}
		size_t lo = ner_word_ref_find(p, np, &key);
		if (lo == np || !asked[lo])
			continue;
		company[lo] |= ner_company_noun_after(s, len, m->end) || ner_company_kind_before(s, m->start) ||
			       ner_body_apposition(s, len, m->end) || ner_company_results_after(s, len, m->end) ||
			       ner_company_shares_before(s, m->start);
		person[lo] |= ner_title_just_before(s, m->start);
		bought[lo] |= ner_word_before_in(s, m->start, ner_buy_verbs);
		if (firmed[lo]) {
			static const char *const verbs[] = { "said", "says", "reported", "posted", "earned", "expects",
							     "agreed", "announced", NULL };
			size_t e = m->end;
			/* Past an adverb of its own: "Bethlehem also said". */
			if (ner_word_after_in(s, len, e, (const char *const[]){ "also", NULL }))
				e += 5;
			acts[lo] |= ner_word_after_in(s, len, e, verbs);
		}
	}
	for (size_t g = 0, h; g < np; g = h) {
		h = ner_ref_group_end(p, np, g);
		if (asked[g] && (company[g] || (place[g] && bought[g]) || acts[g] || (firmed[g] && !place[g] && !given[g])) &&
		    !person[g])
			ner_ref_retype(l, p, g, h, NER_ORG);
	}
	xscratch_release(mark);
}

/* A name of two words or more that the model took for a person or a
 * place is a company where its results follow it or its shares come
 * before it ("Kestrel Varn posted a net loss", "Middle Arden's net
 * income", "shares of Tarvo Lindqvist"), as ner_company_nouns does for
 * one word; with it, every mention of that text in the story. Not a name
 * a given name or a title opens, nor one the lists know as a place or a
 * person. */
void ner_company_results(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON && m->type != NER_PLACE)
			continue;
		/* Where the tests are cheapest: the byte after the name (a verb's
		 * "r" or "p", a possessive's apostrophe, after a blank or not),
		 * then the byte before it ("of", "in"). */
		int after = m->end + 4 < len && (s[m->end + 1] == 'r' || s[m->end + 1] == 'p' || s[m->end + 1] == '\'' ||
						  s[m->end] == '\'' || s[m->end + 1] == '\xe2' || s[m->end] == '\xe2');
		int before = m->start > 7 && (s[m->start - 2] == 'f' || s[m->start - 2] == 'n');
		if (!after && !before)
			continue;
		size_t fw = ner_blank_at(s, m->start, m->end);
		if (fw >= m->end || !((after && ner_company_results_after(s, len, m->end)) ||
				      (before && ner_company_shares_before(s, m->start))))
			continue;
		if ((lexicon_lookup(s + m->start, fw - m->start) & (LEX_FIRST_NAME | LEX_TITLE)) ||
		    (lexicon_lookup(s + m->start, m->end - m->start) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_PERSON)) ||
		    ner_title_just_before(s, m->start))
			continue;
		size_t n = m->end - m->start, a = m->start;
		for (size_t k = 0; k < l->n; k++) {
			struct ner_mention *o = &l->v[k];
			if ((o->type == NER_PERSON || o->type == NER_PLACE) && o->end - o->start == n &&
			    memcmp(s + o->start, s + a, n) == 0) {
				o->type = NER_ORG;
				o->margin = 0;
			}
		}
	}
}

/* A name of two words or more that ends in a company's legal form is the
 * company's, whatever the model read ("<Sasib SpA>" read as a place,
 * "Tarvo Kessel Ltd" as a person): not a word the lists also give
 * other names ("Co", a county; "Group", "Trust", "Brothers",
 * "Partners", "Associates", "Holdings"; "AB" and "SA", provinces and
 * states; "SE", a compass point). */
void ner_legal_form_names(const char *s, struct ner_list *l)
{
	static const struct ner_lit loose[] = {
		NER_LIT("Co"),	  NER_LIT("Co."),      NER_LIT("Cos"),	     NER_LIT("Cos."),	  NER_LIT("Company"),
		NER_LIT("Group"), NER_LIT("Trust"),    NER_LIT("Brothers"),   NER_LIT("Bros"),	  NER_LIT("Bros."),
		NER_LIT("Partners"), NER_LIT("Associates"), NER_LIT("Holdings"), NER_LIT("Holding"), NER_LIT("AB"),
		NER_LIT("SA"),	  NER_LIT("SE"),       NER_LIT("AO"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON && m->type != NER_PLACE)
			continue;
		size_t w = ner_word_start(s, m->start, m->end);
		if (w <= m->start || !(lexicon_lookup(s + w, m->end - w) & LEX_COMPANY_SUFFIX))
			continue;
		/* In any case: "Sa" of "Gideon Sa" is the lists' "SA". */
		int other = 0;
		for (size_t k = 0; k < sizeof loose / sizeof *loose && !other; k++)
			other = ner_lit_is_nocase(loose[k].w, s + w, m->end - w);
		if (other)
			continue;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* Lower-case nouns of kinds of software, devices and spacecraft, of one
 * word or two, that follow a product's name ("the Quillfox web browser",
 * "the Mandrel layout engine", "the Varnak lander") or come before it
 * ("the layout engine Mandrel"). Not "probe", an inquiry as often, nor
 * "satellite" or "rover", which follow a broadcaster's or a planet's. */
static const struct ner_kind {
	const char *s;
	size_t n;
} ner_product_kinds[] = {
#define NER_KIND(x) { x, sizeof x - 1 }
	NER_KIND("browser"),	      NER_KIND("web browser"),	 NER_KIND("email client"),
	NER_KIND("e-mail client"),    NER_KIND("mail client"),	 NER_KIND("layout engine"),
	NER_KIND("rendering engine"), NER_KIND("game engine"),	 NER_KIND("operating system"),
	NER_KIND("programming language"), NER_KIND("web server"), NER_KIND("text editor"),
	NER_KIND("source code"),      NER_KIND("smartphone"),	 NER_KIND("smartphones"),
	NER_KIND("plug-in"),	      NER_KIND("plugin"),	 NER_KIND("add-on"),
	NER_KIND("add-ons"),	      NER_KIND("plug-ins"),	 NER_KIND("plugins"),
	NER_KIND("runtime"),	      NER_KIND("runtimes"),	 NER_KIND("compiler"),
	NER_KIND("binary"),	      NER_KIND("binaries"),	 NER_KIND("module"),
	NER_KIND("modules"),	      NER_KIND("app"),		 NER_KIND("apps"),
	NER_KIND("headset"),	      NER_KIND("smartwatch"),	 NER_KIND("spacecraft"),
	NER_KIND("space probe"),      NER_KIND("space telescope"), NER_KIND("telescope"),
	NER_KIND("lander"),	      NER_KIND("orbiter"),
#undef NER_KIND
};

/* The kinds (a bit each, by their order) by their first, second, last
 * and second to last bytes, made once: most words start and end as no
 * kind does. */
static uint64_t ner_kind_first[256], ner_kind_second[256], ner_kind_last[256], ner_kind_before_last[256];

static pthread_once_t ner_kind_once = PTHREAD_ONCE_INIT;

_Static_assert(sizeof ner_product_kinds / sizeof *ner_product_kinds <= 64, "a kind is a bit");

static void ner_kind_init(void)
{
	for (size_t k = 0; k < sizeof ner_product_kinds / sizeof *ner_product_kinds; k++) {
		const struct ner_kind *d = &ner_product_kinds[k];
		ner_kind_first[(unsigned char)d->s[0]] |= 1ull << k;
		ner_kind_second[(unsigned char)d->s[1]] |= 1ull << k;
		ner_kind_last[(unsigned char)d->s[d->n - 1]] |= 1ull << k;
		ner_kind_before_last[(unsigned char)d->s[d->n - 2]] |= 1ull << k;
	}
}

/* The length of the product kind at s[i..len) (after one blank), or 0.
 * Most names have none: the letter after the blank turns most away. */
static size_t ner_product_kind_after(const char *s, size_t len, size_t i)
{
	if (i + 2 >= len || s[i] != ' ')
		return 0;
	i++;
	pthread_once(&ner_kind_once, ner_kind_init);
	/* The kinds that start with the next two bytes, in their order. */
	uint64_t starts = ner_kind_first[(unsigned char)s[i]] & ner_kind_second[(unsigned char)s[i + 1]];
	for (; starts; starts &= starts - 1) {
		const struct ner_kind *d = &ner_product_kinds[__builtin_ctzll(starts)];
		if (d->s[0] != s[i] || d->s[1] != s[i + 1])
			continue;
		size_t n = d->n;
		if (i + n <= len && memcmp(s + i, d->s, n) == 0 &&
		    (i + n == len || !((s[i + n] >= 'a' && s[i + n] <= 'z') || s[i + n] == '-')))
			return n;
	}
	return 0;
}

/* The length of the product kind that ends at byte e of s after a blank
 * (the longest: "web browser" over "browser"), or 0. */
size_t ner_product_kind_ending(const char *s, size_t e)
{
	if (e < 3)
		return 0;
	pthread_once(&ner_kind_once, ner_kind_init);
	/* The kinds that end with the last two bytes, in their order. */
	uint64_t ends = ner_kind_last[(unsigned char)s[e - 1]] & ner_kind_before_last[(unsigned char)s[e - 2]];
	size_t best = 0;
	for (; ends; ends &= ends - 1) {
		const struct ner_kind *d = &ner_product_kinds[__builtin_ctzll(ends)];
		size_t n = d->n;
		if (n > best && d->s[n - 1] == s[e - 1] && d->s[n - 2] == s[e - 2] && e >= n + 1 &&
		    memcmp(s + e - n, d->s, n) == 0 && (s[e - n - 1] == ' ' || s[e - n - 1] == '\n'))
			best = n;
	}
	return best;
}

/* Whether a product kind ends right before byte a, with a comma or not
 * ("the layout engine Mandrel", "an experimental engine, Mandrel"). */
static int ner_product_kind_before(const char *s, size_t a)
{
	size_t e = a;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e > 0 && s[e - 1] == ',')
		e--;
	return ner_product_kind_ending(s, e) > 0;
}

/* The end of an edition's word after a product's version that ends at e
 * ("iPhone 12 Pro", "Galaxy S21 Ultra", "iPad Air"), or of a series and
 * its number ("Series 6"), or e. */
static size_t ner_product_edition(const char *s, size_t len, size_t e)
{
	static const struct ner_lit editions[] = { NER_LIT("Pro"),  NER_LIT("Max"),   NER_LIT("Mini"), NER_LIT("Plus"),
						   NER_LIT("Ultra"), NER_LIT("Lite"), NER_LIT("XL"),   NER_LIT("SE"),
						   NER_LIT("Air") };
	if (e + 3 > len || s[e] != ' ' || s[e + 1] < 'A' || s[e + 1] > 'Z')
		return e;
	size_t we = e + 1;
	while (we < len && ner_alnum_at(s, we))
		we++;
	/* A series and its number or letter ("Apple Watch Series 6", "Xbox
	 * Series X"). */
	if (ner_lit_is("Series", s + e + 1, we - e - 1) && we + 1 < len && s[we] == ' ' && ner_alnum_at(s, we + 1)) {
		size_t x = we + 1;
		while (x < len && ner_alnum_at(s, x))
			x++;
		if (x - we - 1 <= 2 && ((s[we + 1] >= '0' && s[we + 1] <= '9') || x - we - 1 == 1))
			return x;
	}
	return NER_LIT_IN(editions, s + e + 1, we - e - 1) ? we : e;
}

/* The end of a product's version number after e ("Windows 8", "Internet
 * Explorer 11", "Firefox 3.5"), or e where none follows: a number of up to
 * four digits, with dotted parts, that no unit or count word follows
 * ("Windows 10 percent" is no version). */
static size_t ner_product_version(const char *s, size_t len, size_t e)
{
	static const char *const units[] = { "percent", "per", "pct", "million", "billion", "mln", "bln",
					     "times", "of", NULL };
	if (e + 2 > len || s[e] != ' ' || !(s[e + 1] >= '0' && s[e + 1] <= '9'))
		return e;
	size_t k = e + 1, digits = 0;
	while (k < len && s[k] >= '0' && s[k] <= '9' && digits < 5)
		k++, digits++;
	if (digits > 4)
		return e;
	while (k + 1 < len && s[k] == '.' && s[k + 1] >= '0' && s[k + 1] <= '9') {
		k++;
		while (k < len && s[k] >= '0' && s[k] <= '9')
			k++;
	}
	if (k < len && !strchr(" \n,;:)!?", s[k]) && !(s[k] == '.' && (k + 1 == len || s[k + 1] == ' ' || s[k + 1] == '\n')))
		return e;
	if (k + 1 < len && s[k] == ' ') {
		size_t w = k + 1, we = w;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		for (int u = 0; units[u]; u++)
			if (ner_lit_is(units[u], s + w, we - w))
				return e;
		return ner_product_edition(s, len, k);
	}
	return k;
}

/* Whether the capital of a word at a of s says it is a name: not at a
 * line's or a sentence's start ("Chrome metal 99.0 pct" in a table), nor
 * in a line without a small letter (a headline in capitals). */
static int ner_product_case_says(const char *s, size_t len, size_t a)
{
	size_t p = a;
	while (p > 0 && a - p < 256 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
		p--;
	if (p == 0 || s[p - 1] == '\n' || strchr(".!?:\"", s[p - 1]))
		return 0;
	int lower, upper;
	ner_line_letters(s, len, a, &lower, &upper);
	return lower > 0;
}

/* Whether c is one of "./@_" (with "-#" too if before: the byte before a
 * word), or NUL, as strchr finds them: a byte of an address, told without
 * the call, which ran at every word with a capital. */
static int ner_address_byte(char c, int before)
{
	return c == '.' || c == '/' || c == '@' || c == '_' || c == '\0' || (before && (c == '-' || c == '#'));
}

/* text_is_word_edge(s, n, i), two ASCII bytes told here as it tells them
 * (a word's bytes are letters, digits and "_"), without the call, which
 * the listed products' walk made at both ends of every word with a
 * capital. */
static int ner_word_edge(const char *s, size_t n, size_t i)
{
	if (i == 0 || i >= n)
		return 1;
	unsigned char c0 = (unsigned char)s[i - 1], c1 = (unsigned char)s[i];
	if ((c0 | c1) >= 0x80)
		return text_is_word_edge(s, n, i);
	return !(ner_alnum_at(s, i) || c1 == '_') || !(ner_alnum_at(s, i - 1) || c0 == '_');
}

/* The prefixes of ships' names ("USS Cole", "HMS Beagle", "MV Sewol"). */
static const struct ner_lit ner_ship_prefixes[] = { NER_LIT("USS"),  NER_LIT("HMS"),   NER_LIT("HMAS"),
						    NER_LIT("HMCS"), NER_LIT("HMNZS"), NER_LIT("RMS"),
						    NER_LIT("USNS"), NER_LIT("USCGC"), NER_LIT("MV") };

/* Kinds of vessel that news writes before a ship's name ("the cruise
 * ship Harbour Princess", "the frigate Almirante Brown"); a carrier only
 * after "aircraft" (an airline is a carrier). */
static const struct ner_lit ner_ship_kinds[] = {
	NER_LIT("ship"),       NER_LIT("tanker"),    NER_LIT("vessel"),   NER_LIT("freighter"),  NER_LIT("ferry"),
	NER_LIT("liner"),      NER_LIT("frigate"),   NER_LIT("destroyer"), NER_LIT("submarine"), NER_LIT("warship"),
	NER_LIT("cruiser"),    NER_LIT("battleship"), NER_LIT("yacht"),   NER_LIT("trawler"),    NER_LIT("corvette"),
	NER_LIT("icebreaker"), NER_LIT("steamer"),   NER_LIT("schooner")
};

/* Prefixes that are too often something else to name a ship alone ("MS"
 * a disease, "SS" a force, "INS" an agency): a ship's after a kind of
 * vessel ("the cruise liner MS Astoria"). */
static const struct ner_lit ner_ship_kind_prefixes[] = { NER_LIT("MS"), NER_LIT("SS"), NER_LIT("MT"),
							 NER_LIT("MY"), NER_LIT("RV"), NER_LIT("INS") };

/* Words before a kind of vessel that make it a verb ("to ship Kenyan
 * tea", "will ferry them"). */
static const struct ner_lit ner_ship_verb_cues[] = { NER_LIT("to"),    NER_LIT("will"),  NER_LIT("would"),
						     NER_LIT("could"), NER_LIT("can"),   NER_LIT("may"),
						     NER_LIT("might"), NER_LIT("must"),  NER_LIT("should"),
						     NER_LIT("not"),   NER_LIT("and"),   NER_LIT("or") };

/* Whether the word that ends at byte e (before a blank) is a kind of
 * vessel that names the ship after it. */
static int ner_ship_kind_before(const char *s, size_t e)
{
	size_t ks = ner_word_start(s, 0, e), kn = e - ks;
	if (kn < 4 || kn > 10 || !(s[ks] >= 'a' && s[ks] <= 'z'))
		return 0;
	int kind = NER_LIT_IN(ner_ship_kinds, s + ks, kn) ||
		   (kn == 7 && memcmp(s + ks, "carrier", 7) == 0 && ks >= 9 && memcmp(s + ks - 9, "aircraft ", 9) == 0);
	if (!kind || ks < 2 || s[ks - 1] != ' ')
		return kind;
	size_t vs = ner_word_start(s, 0, ks - 1);
	return !NER_LIT_IN(ner_ship_verb_cues, s + vs, ks - 1 - vs);
}

/* Whether a word that ends in the letters y z can be a kind of vessel
 * or a ship's prefix (ner_ship_kinds, ner_ship_prefixes): a switch, asked
 * of the word before most words with a capital. */
static inline int ner_ship_pair(unsigned char y, unsigned char z)
{
	switch (z) {
	case 'p':
		return y == 'i';
	case 'r':
	case 'l':
		return y == 'e';
	case 'y':
		return y == 'r';
	case 'e':
		return y == 't' || y == 'n';
	case 't':
		return y == 'h';
	case 'S':
	case 'V':
		return 1;
	case 'C':
		return y == 'G';
	case 'T':
	case 'Y':
		return y == 'M';
	default:
		return 0;
	}
}

/* Where the ship's name that goes on at byte a starts: at the prefix
 * before it ("USS [Cole]"), at a where a kind of vessel in lower case is
 * the word before ("the tanker [Valmora Star]"), or a + 1 where neither
 * is (a name's first byte is never at 0 after a word). */
static size_t ner_ship_start(const char *s, size_t a)
{
	if (a < 4 || s[a - 1] != ' ' || !ner_upper_at(s, a))
		return a + 1;
	/* The last two letters of the word before, as a kind or a prefix
	 * ends: most words end otherwise, and are done with here. */
	if (!ner_ship_pair((unsigned char)s[a - 3], (unsigned char)s[a - 2]))
		return a + 1;
	size_t ps = ner_word_start(s, 0, a - 1);
	size_t pn = a - 1 - ps;
	if (pn < 2 || pn > 10)
		return a + 1;
	if (ner_upper_at(s, ps)) {
		if (NER_LIT_IN(ner_ship_prefixes, s + ps, pn))
			return ps;
		return NER_LIT_IN(ner_ship_kind_prefixes, s + ps, pn) && ps >= 2 && s[ps - 1] == ' ' &&
				       ner_ship_kind_before(s, ps - 1) ?
			       ps :
			       a + 1;
	}
	return ner_ship_kind_before(s, a - 1) ? a : a + 1;
}

/* The end of a ship's name that starts at a capital at byte a and that
 * no mention holds: its words with a capital, an initial ("Gerald R.
 * Ford") or a number ("Valmora 2"), up to four, not past byte lim. */
static size_t ner_ship_name_end(const char *s, size_t a, size_t lim)
{
	size_t e = a;
	for (int w = 0; w < 4 && a < lim && (ner_upper_at(s, a) || (w > 0 && s[a] >= '0' && s[a] <= '9')); w++) {
		size_t x = a + 1;
		while (x < lim && (ner_alnum_at(s, x) || s[x] == '-' || (unsigned char)s[x] >= 0x80))
			x++;
		if (x < lim && s[x] == '.' && x - a == 1)
			x++;
		else if (x < lim && s[x] != ' ')
			break;
		e = x;
		if (x + 1 >= lim || s[x] != ' ')
			break;
		a = x + 1;
		/* One "of" between ("Empress of Norway"). */
		if (w < 3 && a + 4 < lim && memcmp(s + a, "of ", 3) == 0 && ner_upper_at(s, a + 3))
			a += 3;
	}
	return e;
}

/* The end of a ship's name that no mention holds and that starts at the
 * word with a capital at byte u, not past byte lim, or 0 where none does;
 * *st, where the mention starts: at u after a kind of vessel ("the cruise
 * ship [Harbour Princess]"), or at u where u is the prefix ("[MV Torvik]").
 * Not a country or a word often capitalised after a kind, nor a headline
 * in capitals after a prefix ("USS UNIT RAISES"). */
static size_t ner_ship_unfound(const char *s, size_t u, size_t lim, size_t *st)
{
	size_t ns = u;
	/* A prefix is in capitals, and starts as one of them does; a kind
	 * ends as ner_ship_pair says: most words with a capital are done
	 * with here, before any call. */
	int prefix = u + 1 < lim && (s[u] == 'U' || s[u] == 'H' || s[u] == 'R' || s[u] == 'M') &&
		     ner_upper_at(s, u + 1);
	if (!prefix && !(u >= 4 && s[u - 1] == ' ' && ner_ship_pair((unsigned char)s[u - 3], (unsigned char)s[u - 2])))
		return 0;
	if (prefix && (u == 0 || !ner_alnum_at(s, u - 1))) {
		size_t we = ner_space_end(s, u, lim);
		if (we - u >= 2 && we - u <= 5 && we + 1 < lim && s[we] == ' ' && ner_upper_at(s, we + 1) &&
		    NER_LIT_IN(ner_ship_prefixes, s + u, we - u) &&
		    !text_caps_word(s + we + 1, ner_space_end(s, we + 1, lim) - we - 1))
			ns = we + 1;
	}
	if (ns == u && ner_ship_start(s, u) != u)
		return 0;
	size_t e = ner_ship_name_end(s, ns, lim);
	if (e <= ns || (ns == u && (lexicon_lookup(s + ns, e - ns) & (LEX_COUNTRY | LEX_COMMON))))
		return 0;
	*st = u;
	return e;
}

/* A product a list knows whole ("Firefox", "iPhone", "Ozempic") is an
 * other name whatever the model made of it ("Chrome" a place), and a name
 * right after a product of one word that the model left out is the
 * product's ("macOS Sonoma", "Xbox Series X"); so is its version after it.
 * Its walk over the words with a capital outside the names also finds the
 * ships' names the model left out (ner_ship_unfound). */
void ner_listed_products(const char *s, size_t len, struct ner_list *l)
{
	int pushed = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* A maker's name the model ran on into the product it made a
		 * thing for ("[Kestrel Games] for (the) PlayStation 4"): the maker's
		 * alone, the product found below. */
		const char *f = m->type == NER_ORG ? ner_find(s, s + m->start, m->end - m->start, " for ", 5) : NULL;
		if (f) {
			/* The product whole, or with its version, after "the"
			 * too ("for the PlayStation 4"). */
			size_t ps = (size_t)(f - s) + 5, pe = m->end;
			if (ps + 4 < m->end && memcmp(s + ps, "the ", 4) == 0)
				ps += 4;
			if (!lexicon_product(s + ps, pe - ps) && (pe = ner_word_start(s, ps, m->end)) > ps + 1)
				pe = ner_product_version(s, len, pe - 1) == m->end ? pe - 1 : ps;
			if (pe > ps && lexicon_product(s + ps, pe - ps)) {
				m->end = (size_t)(f - s);
				m->margin = 0;
			}
		}
		/* A country's name the model ran on into the product ("[U.S.
		 * West Texas Intermediate] crude"): a place, and the product. */
		const char *cs = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (cs && m->type != NER_MISC && lexicon_product(cs + 1, (size_t)(s + m->end - cs - 1)) &&
		    (lexicon_lookup(s + m->start, (size_t)(cs - s) - m->start) & LEX_COUNTRY)) {
			size_t ps = (size_t)(cs - s) + 1, ce = (size_t)(cs - s);
			ner_push(l, m->start, ce, NER_PLACE);
			m = &l->v[i];
			m->start = ps;
			pushed = 1;
		}
		if (lexicon_product(s + m->start, m->end - m->start)) {
			m->type = NER_MISC;
			m->margin = 0;
			/* Its version or edition, where no other mention starts
			 * there. */
			size_t v = ner_product_version(s, len, m->end);
			if (v == m->end)
				v = ner_product_edition(s, len, m->end);
			if (v > m->end && (i + 1 == l->n || l->v[i + 1].start >= v))
				m->end = v;
			continue;
		}
		/* A name that begins with such a product is an edition of it
		 * ("macOS Vardena" that the model took for a person), unless a
		 * company's word makes it a body; but an edition's word that is
		 * a company's too is the edition's ("iPhone SE"). */
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		/* The product may be of two words ("Apple Watch Series 6"). */
		if (sp && !lexicon_product(s + m->start, (size_t)(sp - (s + m->start)))) {
			const char *sp2 = ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1));
			if (sp2 && lexicon_product(s + m->start, (size_t)(sp2 - (s + m->start))))
				sp = sp2;
		}
		size_t lw = ner_word_start(s, m->start, m->end);
		if (sp && lexicon_product(s + m->start, (size_t)(sp - (s + m->start))) &&
		    ((!ner_company_word(s + lw, m->end - lw) && !(lexicon_lookup(s + lw, m->end - lw) & LEX_ORG_WORD)) ||
		     ner_product_edition(s, len, (size_t)(sp - s)) == m->end)) {
			m->type = NER_MISC;
			m->margin = 0;
			/* A series' number the model left out ("Apple Watch
			 * [Series] 6"), where no other mention starts there. */
			size_t se = ner_product_edition(s, len, (size_t)(sp - s));
			if (se > m->end && (i + 1 == l->n || l->v[i + 1].start >= se))
				m->end = se;
			/* A count the model took with it is not its version
			 * ("Chrome 20 percent of the time"). */
			size_t pe = (size_t)(sp - s), d = pe + 1;
			while (d < m->end && ((s[d] >= '0' && s[d] <= '9') || s[d] == '.'))
				d++;
			if (d == m->end && d > pe + 1 && ner_product_version(s, len, pe) == pe)
				m->end = pe;
			else if (d == m->end && d > pe + 1) {
				/* An edition's word after the version, where no
				 * other mention starts there. */
				size_t ed = ner_product_edition(s, len, m->end);
				if (ed > m->end && (i + 1 == l->n || l->v[i + 1].start >= ed))
					m->end = ed;
			}
			continue;
		}
		/* A listed company's name before one of its products is the
		 * product ("Google Chrome", "Adobe Photoshop"), which the model
		 * took for the company. */
		if (sp && m->type == NER_ORG && lexicon_product(sp + 1, (size_t)(s + m->end - sp - 1)) &&
		    (lexicon_lookup(s + m->start, (size_t)(sp - (s + m->start))) & LEX_ORG)) {
			m->type = NER_MISC;
			m->margin = 0;
			continue;
		}
		size_t b = m->start;
		if (b < 3 || s[b - 1] != ' ')
			continue;
		size_t w = b - 1;
		while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != '\t')
			w--;
		if (w + 1 < b - 1 && (i == 0 || l->v[i - 1].end <= w) && lexicon_product(s + w, b - 1 - w)) {
			m->start = w;
			m->type = NER_MISC;
			m->margin = 0;
		}
	}
	if (pushed)
		ner_sort_mentions(l->v, l->n);
	/* And one the model did not find at all ("mail goes through Gmail"):
	 * a word with a capital, or two, that the list knows whole, outside
	 * the names found and not in an address ("gmail.com", "@Gmail"). */
	size_t n0 = l->n, next = 0;
	for (size_t a = 0; a < len;) {
		while (next < n0 && l->v[next].end <= a)
			next++;
		if (next < n0 && l->v[next].start <= a) {
			a = l->v[next].end;
			continue;
		}
		size_t limit = next < n0 ? l->v[next].start : len;
		/* Most words have no capital: the words before the first capital
		 * up to the next name are passed over at once, where they were
		 * read a byte at a time. A word that runs into the name ends
		 * where its letters end, as the walk a word at a time ended it. */
		size_t u = text_upper_from(s, a, limit);
		if (u == limit) {
			a = limit;
			if (limit > 0 && ner_alnum_at(s, limit - 1))
				a = token_alnum_end(s, a, len);
			continue;
		}
		size_t b = token_alnum_end(s, u, len);
		while (u > a && ner_alnum_at(s, u - 1))
			u--;
		a = u;
		/* A ship's name the model did not find, after its kind or its
		 * prefix: the same walk finds it (ner_ships types the rest). */
		size_t st, se = ner_ship_unfound(s, a, limit, &st);
		if (se) {
			ner_push(l, st, se, NER_MISC);
			a = se;
			continue;
		}
		/* Both texts looked up below start with the word's first two
		 * bytes (its first and a blank where it has one byte): most
		 * words start as no product does and go no further. */
		if (!lexicon_product_pair((unsigned char)s[a], a + 1 < len ? (unsigned char)s[a + 1] : 0)) {
			a = b;
			continue;
		}
		int address = (a > 0 && ner_address_byte(s[a - 1], 1)) ||
			      (b + 1 < len && ner_address_byte(s[b], 0) && ner_alnum_at(s, b + 1));
		/* Not a piece of a word in another script ("näiPod"). */
		if (!address && b <= limit && ner_word_edge(s, len, a) && ner_word_edge(s, len, b)) {
			size_t e = 0;
			/* Two words first ("Apple Watch"), then one. */
			if (b + 1 < limit && s[b] == ' ' && ner_alnum_at(s, b + 1)) {
				size_t b2 = b + 1;
				while (b2 < len && ner_alnum_at(s, b2))
					b2++;
				if (b2 <= limit && !(b2 + 1 < len && ner_address_byte(s[b2], 0) && ner_alnum_at(s, b2 + 1)) &&
				    lexicon_product(s + a, b2 - a))
					e = b2;
			}
			if (!e && lexicon_product(s + a, b - a))
				e = b;
			if (e && ner_product_case_says(s, len, a)) {
				size_t v = ner_product_version(s, len, e);
				ner_push(l, a, v <= limit ? v : e, NER_MISC);
				a = e;
				continue;
			}
		}
		a = b;
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A person's name of two words whose first is the name of a company the
 * story names with its legal form, and no given name a list knows, is
 * the company's product, an other name ("Tarvex Inc ... its Tarvex
 * Mendoza phone", "Corvane Corporation ... Corvane Webmaker"): the model
 * took the product's name for a surname. The first 32 such companies
 * count, so that a long story costs a few compares a name. */
void ner_maker_products(const char *s, struct ner_list *l)
{
	enum { MAXM = 32 };
	size_t mk[MAXM], mn[MAXM], nm = 0;
	for (size_t i = 0; i < l->n && nm < MAXM; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG)
			continue;
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (!sp || ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1)) ||
		    !(lexicon_lookup(sp + 1, (size_t)(s + m->end - sp - 1)) & LEX_COMPANY_SUFFIX))
			continue;
		size_t fn = (size_t)(sp - s) - m->start;
		if (ner_text_find(s, mk, mn, nm, m->start, fn) == nm) {
			mk[nm] = m->start;
			mn[nm++] = fn;
		}
	}
	for (size_t i = 0; i < l->n && nm; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON)
			continue;
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (!sp || ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1)))
			continue;
		size_t fn = (size_t)(sp - s) - m->start;
		if (ner_text_find(s, mk, mn, nm, m->start, fn) == nm ||
		    (lexicon_lookup(s + m->start, fn) & LEX_FIRST_NAME))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A name the model took for a person, a place or an organization is a
 * product, an other name, where its story writes it with a kind of
 * software or device ("the Quillfox web browser", "the layout engine
 * Mandrel"), unless a title stands before it anywhere, a person's fuller
 * name ends in it, or the lists know it as a given name, a person, a
 * country, a city or an organization. Names are sorted by text, so that a
 * long story costs n log n. */
void ner_products(const char *s, size_t len, struct ner_list *l)
{
	/* Most stories name no kind of software: nothing to sort. */
	int any = 0;
	for (size_t i = 0; i < l->n && !any; i++)
		any = l->v[i].type != NER_DATE &&
		      (ner_product_kind_after(s, len, l->v[i].end) > 0 || ner_product_kind_before(s, l->v[i].start));
	if (!any)
		return;
	struct xscratch_mark mark = xscratch_mark();
	size_t np;
	struct ner_word_ref *p = ner_refs_sorted(s, l, 1u << NER_PERSON | 1u << NER_PLACE | 1u << NER_ORG, 0, &np);
	if (!np) {
		xscratch_release(mark);
		return;
	}
	unsigned char *product = memset(xscratch_alloc(np), 0, np), *person = memset(xscratch_alloc(np), 0, np);
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		struct ner_word_ref key = { s + m->start, m->end - m->start, 0 };
		size_t lo = ner_word_ref_find(p, np, &key);
		if (lo < np) {
			product[lo] |= ner_product_kind_after(s, len, m->end) > 0 || ner_product_kind_before(s, m->start);
			person[lo] |= ner_title_just_before(s, m->start);
		}
		/* A fuller name of a person that ends in a one-word name. */
		if (m->type == NER_PERSON && ner_chr(s, s + m->start, ' ', m->end - m->start)) {
			lo = ner_ref_surname(s, m, p, np);
			if (lo < np)
				person[lo] = 1;
		}
	}
	for (size_t g = 0, h; g < np; g = h) {
		h = ner_ref_group_end(p, np, g);
		if (!product[g] || person[g] ||
		    (lexicon_lookup(p[g].s, p[g].n) & (LEX_FIRST_NAME | LEX_PERSON | LEX_COUNTRY | LEX_CITY | LEX_ORG)))
			product[g] = 0;
		else
			ner_ref_retype(l, p, g, h, NER_MISC);
	}
	/* A person's, place's or organization's name of more words that starts
	 * with such a product is one too, a part or edition of it ("Quillfox
	 * Sync"); not a body with a company's or an organization's word
	 * ("Quillfox Foundation"). */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if ((m->type != NER_PERSON && m->type != NER_PLACE && m->type != NER_ORG) || !sp)
			continue;
		int body = 0;
		for (size_t w = (size_t)(sp - s) + 1; m->type == NER_ORG && w < m->end && !body;) {
			size_t we = ner_space_end(s, w, m->end);
			body = ner_company_word(s + w, we - w) || (lexicon_lookup(s + w, we - w) & LEX_ORG_WORD);
			w = we + 1;
		}
		if (body)
			continue;
		struct ner_word_ref key = { s + m->start, (size_t)(sp - (s + m->start)), 0 };
		size_t lo = ner_word_ref_find(p, np, &key);
		if (lo < np && product[lo]) {
			m->type = NER_MISC;
			m->margin = 0;
		}
	}
	xscratch_release(mark);
}

/* Whether the word before byte i, in lower case and standing alone, is
 * one of words (a list ending in NULL). */
int ner_word_before_in(const char *s, size_t i, const char *const *words)
{
	size_t e = i;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z')
		b--;
	if (b == e || (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n'))
		return 0;
	for (size_t k = 0; words[k]; k++)
		if (ner_lit_is(words[k], s + b, e - b))
			return 1;
	return 0;
}

/* A given name and a company's one-word name that the model read as the
 * company ("guard Phil Ford scored") is a person, but for after a
 * preposition of place or an article: the lists know the firms named for
 * a person in full ("John Deere", "Walt Disney"). */
void ner_given_name_firms(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG || !ner_upper_at(s, m->start))
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		if (fw + 2 >= m->end || ner_chr(s, s + fw + 1, ' ', m->end - fw - 1) || !ner_upper_at(s, fw + 1))
			continue;
		unsigned c1 = lexicon_lookup(s + m->start, fw - m->start);
		if (!(c1 & LEX_FIRST_NAME) || (c1 & (LEX_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION)) ||
		    !(lexicon_lookup(s + fw + 1, m->end - fw - 1) & LEX_ORG) || lexicon_lookup(s + m->start, m->end - m->start))
			continue;
		/* Not after a preposition of place or an article: "checked
		 * into Betty Ford" names the clinic. */
		static const char *const preps[] = { "into", "at", "to", "from", "in", "on", "near",
						     "the", "a", "an", NULL };
		if (ner_word_before_in(s, m->start, preps))
			continue;
		m->type = NER_PERSON;
		m->margin = 0;
	}
}

/* A company's legal form written in lower case right after a name ("Zarnia
 * Steel corp said", as some wire copy writes it) is the name's end, as the
 * capitalised form is: the model, which saw that one, stops before it. */
void ner_lower_suffixes(const char *s, size_t n, struct ner_list *l)
{
	static const char *const forms[] = { "corp", "inc", "ltd", "plc", "llc", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->end + 1, b = a;
		/* The word after starts as a form does ("c", "i", "l", "p")
		 * before it is walked: most do not. */
		if (m->type == NER_DATE || m->type == NER_GROUP || a >= n || s[m->end] != ' ' ||
		    !(s[a] == 'c' || s[a] == 'i' || s[a] == 'l' || s[a] == 'p'))
			continue;
		while (b < n && s[b] >= 'a' && s[b] <= 'z')
			b++;
		if (b < n && s[b] == '.')
			b++;
		if (b == a || (i + 1 < l->n && l->v[i + 1].start < b) || (b < n && ner_word_byte(s[b])))
			continue;
		size_t w = s[b - 1] == '.' ? b - 1 : b;
		for (int k = 0; forms[k]; k++)
			if (ner_lit_is(forms[k], s + a, w - a)) {
				m->end = b;
				m->type = NER_ORG;
				m->margin = 0;
				break;
			}
	}
}

/* A company's suffix the model took for a name alone (or with the end of
 * a bracket) ends the name before it, over a place or a word in brackets
 * ("Cheung Kong (Holdings) Ltd", "Nikko Securities Co (Europe) Ltd") or a
 * line end ("Rolls-Royce\n Ltd"); with no name before it, an abbreviation
 * is left out. */
void ner_lone_suffixes(const char *s, struct ner_list *l)
{
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++) {
		struct ner_mention *m = &l->v[k];
		size_t mn = m->end - m->start;
		/* The model may take the bracket's end with the suffix as the
		 * name ("Holdings) Ltd"): the name before the bracket gets both. */
		int bracket = m->type != NER_DATE && m->start > 0 && s[m->start - 1] == '(';
		size_t sp = m->end;
		while (bracket && sp > m->start && s[sp - 1] != ' ')
			sp--;
		if (bracket && sp > m->start &&
		    ner_chr(s, s + m->start, ')', sp - m->start) && !ner_chr(s, s + m->start, '(', mn) &&
		    (lexicon_lookup(s + sp, m->end - sp) & LEX_COMPANY_SUFFIX) && o > 0 &&
		    l->v[o - 1].type != NER_DATE && l->v[o - 1].end == ner_blank_before(s, m->start - 1)) {
			l->v[o - 1].end = m->end;
			l->v[o - 1].type = NER_ORG;
			continue;
		}
		if (m->type == NER_DATE || ner_chr(s, s + m->start, ' ', mn) || ner_chr(s, s + m->start, '\n', mn) ||
		    !(lexicon_lookup(s + m->start, mn) & LEX_COMPANY_SUFFIX)) {
			l->v[o++] = *m;
			continue;
		}
		size_t b = ner_blank_before(s, m->start), j = o;
		/* A bracket of one to three capitalised words before it. */
		if (b > 0 && s[b - 1] == ')') {
			size_t q = b - 1, words = 0;
			int ok = 1;
			while (q > 0 && s[q - 1] != '(' && ok && b - q < 40) {
				q--;
				if (s[q] == ' ' && q + 1 < b - 1 && s[q + 1] != ' ')
					words++;
				ok = s[q] != ')' && s[q] != '\n' && s[q] != '<' && s[q] != '>';
			}
			if (ok && q > 0 && s[q - 1] == '(' && words <= 2 && q < b - 1 && ner_upper_at(s, q)) {
				b = ner_blank_before(s, q - 1);
				/* The bracket's own names ("Europe") go into it. */
				while (j > 0 && l->v[j - 1].start >= q)
					j--;
			}
		}
		/* Capitals after a name in mixed case are its acronym ("Saudi
		 * Press Agency SPA"), not its suffix. */
		size_t lower = 0, letters = 0, dots = 0;
		for (size_t i = m->start; i < m->end; i++) {
			lower += s[i] >= 'a' && s[i] <= 'z';
			letters += (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');
			dots += s[i] == '.';
		}
		if (j > 0 && l->v[j - 1].type != NER_DATE && l->v[j - 1].end == b &&
		    (lower || dots || text_all_upper(s + l->v[j - 1].start, l->v[j - 1].end - l->v[j - 1].start))) {
			l->v[j - 1].end = m->end;
			l->v[j - 1].type = NER_ORG;
			o = j;
			continue;
		}
		/* An abbreviation in mixed case or with dots alone names
		 * nothing ("Ltd", "Inc.", "S.A."); a word ("Company", "Group")
		 * may be a story's short form, and capitals an acronym of
		 * another name ("JSC", "SA"). */
		if ((!lower && !dots) || letters > 4)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* Wire copy glues a company's ticker to its name ("J Sainsbury
 * Plc<SNB.L>") and its angle brackets to the name of a company it does
 * not list ("<Grand Metropolitan PLC>'s"), which the tokenizer keeps as
 * one word: a name ends before an angle bracket inside it, as it does
 * before one standing apart (ner_model_spans), and is a company's where
 * the bracket is glued to it, whatever the model made of the glued word;
 * one that is all bracket and ticker is none. */
void ner_glued_tickers(const char *s, struct ner_list *l)
{
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const char *lt = ner_chr(s, s + m.start, '<', m.end - m.start), *gt = ner_chr(s, s + m.start, '>', m.end - m.start);
		const char *b = lt && (!gt || lt < gt) ? lt : gt;
		if (b) {
			size_t e = (size_t)(b - s);
			while (e > m.start && (s[e - 1] == ' ' || s[e - 1] == '\n'))
				e--;
			if (e == m.start)
				continue;
			if (e == (size_t)(b - s) && m.type != NER_DATE) {
				m.type = NER_ORG;
				m.margin = 0;
			}
			m.end = e;
		}
		l->v[w++] = m;
	}
	l->n = w;
}

/* A name wire copy follows with a ticker is a listed company's ("Coca-Cola
 * Co <KO>", "Acme Corp. (NYSE: ACME)"), whatever the model made of it
 * (Johnson, Digital's "DEC" as a month); and the ticker is no name of its
 * own, but the same company's symbol: counted, it would count the company
 * twice ("<KO>" had been a person). A ticker no name stands before is the
 * company's name there ("a stake in <KO>"). */
void ner_tickers(const char *s, size_t len, struct ner_list *l)
{
	size_t w = 0, ts = 0, te = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.start >= ts && m.end <= te)
			continue;
		size_t a, b;
		if (m.type != NER_DATE && ner_ticker_after(s, len, m.end, &a, &b)) {
			m.type = NER_ORG;
			m.margin = 0;
			ts = a;
			te = b;
			size_t of = ner_firm_of_start(s, m.start);
			for (; of < m.start && w > 0 && l->v[w - 1].end > of; w--)
				of = l->v[w - 1].start < of ? l->v[w - 1].start : of;
			m.start = of;
			/* A people's or a country's word alone ends the firm's
			 * name that capitalised words before it start ("Royal
			 * Dutch <RD>"), three at most, in the line. */
			if (!ner_chr(s, s + m.start, ' ', m.end - m.start) &&
			    (lexicon_lookup(s + m.start, m.end - m.start) & (LEX_DEMONYM | LEX_GROUP | LEX_COUNTRY)))
				for (int k = 0; k < 3 && m.start >= 3 && s[m.start - 1] == ' ' && s[m.start - 2] >= 'a' &&
						s[m.start - 2] <= 'z';
				     k++) {
					size_t q = m.start - 1;
					q = ner_word_start(s, 0, q);
					if (!(s[q] >= 'A' && s[q] <= 'Z'))
						break;
					/* A name the model took apart ("[Tarvo] Swiss
					 * <TSW>") joins it whole. */
					if (w > 0 && l->v[w - 1].end > q) {
						if (l->v[w - 1].end == m.start - 1 && l->v[w - 1].type != NER_DATE)
							m.start = l->v[--w].start;
						break;
					}
					m.start = q;
				}
		} else if (m.start > 0 && m.end < len && s[m.start - 1] == '<' && s[m.end] == '>' &&
			   ner_ticker_shape(s, m.start, m.end, 0)) {
			m.type = NER_ORG;
			m.margin = 0;
		}
		l->v[w++] = m;
	}
	l->n = w;
}

/* A broadcaster's channel by its number ("BBC Two", "BBC Radio 4",
 * "Channel 9") is one name, where the model left the number out; not an
 * amount ("Radio 4.5 pct"). */
void ner_channel_numbers(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit nets[] = { NER_LIT("BBC"), NER_LIT("Radio"), NER_LIT("Channel"), NER_LIT("ITV") };
	static const struct ner_lit nums[] = { NER_LIT("One"), NER_LIT("Two"), NER_LIT("Three"), NER_LIT("Four") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* The number's first byte first: most names have none after. */
		if (m->type != NER_ORG || m->end + 2 >= len || s[m->end] != ' ' ||
		    !((s[m->end + 1] >= '1' && s[m->end + 1] <= '9') || s[m->end + 1] == 'O' || s[m->end + 1] == 'T' ||
		      s[m->end + 1] == 'F') ||
		    (i + 1 < l->n && l->v[i + 1].start <= m->end + 1))
			continue;
		size_t lw = ner_word_start(s, m->start, m->end), ne = m->end + 1;
		while (ne < len && ner_alnum_at(s, ne))
			ne++;
		size_t nn = ne - m->end - 1;
		int digits = s[m->end + 1] >= '1' && s[m->end + 1] <= '9';
		for (size_t k = m->end + 1; digits && k < ne; k++)
			digits = s[k] >= '0' && s[k] <= '9';
		int num = digits ? nn <= 2 && !(ne + 1 < len && (s[ne] == '.' || s[ne] == ',') && s[ne + 1] >= '0' &&
						 s[ne + 1] <= '9') :
				   NER_LIT_IN(nums, s + m->end + 1, nn);
		if (num && NER_LIT_IN(nets, s + lw, m->end - lw)) {
			m->end = ne;
			m->margin = 0;
		}
	}
}

/* A name before "crude" or "blend" is a grade of oil ("Brent crude"), an
 * other name, not a person's nor a body's; so are the story's other
 * mentions of it alone ("Brent traded at"). */
void ner_oil_grades(const char *s, size_t len, struct ner_list *l)
{
	/* What a producer's or a place's crude has: "Velmar crude output" is
	 * the firm's, "the Sture crude terminal" the place's. */
	static const char *const made[] = { "output",	"production", "exports",  "imports",   "sales",	 "shipments",
					    "supply",	"supplies",   "reserves", "deliveries", "sold",	 "produced",
					    "refining", "refinery",   "terminal", "pipeline",  "field",	 "storage",
					    "port",	"tanker",     "tankers",  NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP || m->type == NER_MISC || m->end + 6 > len ||
		    s[m->end] != ' ' || (s[m->end + 1] != 'c' && s[m->end + 1] != 'b') ||
		    (memcmp(s + m->end, " crude", 6) != 0 && memcmp(s + m->end, " blend", 6) != 0) ||
		    (m->end + 6 < len && ner_alnum_at(s, m->end + 6)) || ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		/* A body or a place the model read ("Brent crude futures") is
		 * the grade where no list knows it as one and no producer's
		 * word follows ("Shell crude", "Iraq crude exports"). */
		enum ner_type was = m->type;
		if (was != NER_PERSON &&
		    ((lexicon_lookup(s + m->start, m->end - m->start) & ~(unsigned)(LEX_FIRST_NAME | LEX_COMMON)) ||
		     ner_word_after_in(s, len, m->end + 6, made)))
			continue;
		size_t n = m->end - m->start;
		const char *w = s + m->start;
		for (size_t k = 0; k < l->n; k++)
			if ((l->v[k].type == NER_PERSON || l->v[k].type == was) && l->v[k].end - l->v[k].start == n &&
			    memcmp(s + l->v[k].start, w, n) == 0) {
				l->v[k].type = NER_MISC;
				l->v[k].margin = 0;
			}
	}
}

/* Where the name before "and" is the first of a company's whose legal
 * form ends the name after it ("Harper and Row Publishers Inc", "Lomas
 * and Nettleton Financial Corp"), the end of the latter's first word, or
 * 0: one word, not a company's or a body's word ("Sanwa Bank and ...",
 * "Corp and"), a body a list knows or a country, nor two parties
 * ("between Brisa and Kestler Corp"), nor the end of a list, nor before
 * a body a list knows ("Telesis and Merrill Lynch and Co Inc"). */
/* How many times a story's partners' pairs may read the whole story
 * (ner_pair_alone). */
#define NER_PAIR_SCANS 16

static int ner_pair_alone(const char *s, const struct ner_list *l, const struct ner_mention *m,
			  const struct ner_mention *y, size_t yw, int alone_m, unsigned *scans);

/* Whether the five bytes at p are "and" between blanks (a line may
 * break on either side: "Harper\nand Row"). */
static int ner_blank_and(const char *p)
{
	return (p[0] == ' ' || p[0] == '\n') && memcmp(p + 1, "and", 3) == 0 && (p[4] == ' ' || p[4] == '\n');
}

/* Whether a name at a, after a comma and a name, is a list's last but
 * one before a company of two names and its form, ending at ye, whose
 * first word ends at yw ("led by Vantel, Korvan and Doan Kiet Group"):
 * partners write a surname before the form ("Brannock, Vogel and
 * Kestler Inc", "Harwick, Kell and Tarvo Bank Limited"). */
static int ner_list_end_pair(const char *s, size_t a, size_t yw, size_t ye)
{
	/* Text split into tokens has a blank before the comma. */
	size_t c = a >= 5 && s[a - 3] == ' ' ? a - 4 : a - 3;
	if (a < 4 || s[a - 2] != ',' || s[a - 1] != ' ' || !ner_alnum_at(s, c))
		return 0;
	size_t w = c;
	while (w > 0 && ner_alnum_at(s, w - 1))
		w--;
	if (!ner_upper_at(s, w) || yw + 1 >= ye || !ner_upper_at(s, yw + 1))
		return 0;
	size_t e = ner_blank_at(s, yw + 1, ye);
	return e < ye && !(lexicon_lookup(s + yw + 1, e - yw - 1) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX));
}

static size_t ner_and_firm(const char *s, const struct ner_list *l, const struct ner_mention *m,
			   const struct ner_mention *y, unsigned *scans)
{
	size_t yw = ner_blank_at(s, y->start, y->end);
	if (yw == y->end || ner_blank_at(s, m->start, m->end) < m->end || !ner_ends_legal_form(s, y->start, y->end) ||
	    !(s[m->start] >= 'A' && s[m->start] <= 'Z') ||
	    ner_word_before_in(s, m->start, (const char *const[]){ "between", NULL }) ||
	    ner_list_end_pair(s, m->start, yw, y->end) ||
	    (lexicon_lookup(s + m->start, m->end - m->start) & (LEX_ORG | LEX_COUNTRY | LEX_ORG_WORD | LEX_COMPANY_SUFFIX)) ||
	    (lexicon_lookup(s + y->start, yw - y->start) & LEX_ORG))
		return 0;
	/* Partners' names, not abbreviations ("Piedmont and PSA Inc"). */
	if (text_caps_word(s + m->start, m->end - m->start) || text_caps_word(s + y->start, yw - y->start))
		return 0;
	return ner_pair_alone(s, l, m, y, yw, 0, scans) ? 0 : yw;
}

/* Whether the story names y's first word, which ends at yw, alone
 * elsewhere, or m (one word) where alone_m, not in "m and y" again, or a
 * company of m's name on its own: "Inco and Owens-Illinois Inc ...
 * Owens-Illinois said", two firms; a firm's first partner alone is its
 * short form ("Harper and Row ... Harper said"), one name twice alone
 * two ("Dome and Dome ... Dome said"). */
static int ner_pair_alone(const char *s, const struct ner_list *l, const struct ner_mention *m,
			  const struct ner_mention *y, size_t yw, int alone_m, unsigned *scans)
{
	/* Each asking reads the whole story: a story asks a few times, and
	 * past that its pairs count as two names, so that a file of
	 * thousands of pairs is not read once for each. */
	if (++*scans > NER_PAIR_SCANS)
		return 1;
	size_t yn = yw - y->start, mn = m->end - m->start;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *o = &l->v[i];
		if (o == y || o == m || o->start == y->start || o->start == m->start)
			continue;
		/* In the pair again: after m's text and "and", or before
		 * "and" and y's first word. */
		const struct ner_mention *p = i > 0 ? &l->v[i - 1] : NULL, *q = i + 1 < l->n ? &l->v[i + 1] : NULL;
		int after = p && o->start == p->end + 5 && ner_blank_and(s + p->end) && p->end - p->start == mn &&
			    memcmp(s + p->start, s + m->start, mn) == 0;
		int before = q && q->start == o->end + 5 && ner_blank_and(s + o->end) && q->end - q->start >= yn &&
			     memcmp(s + q->start, s + y->start, yn) == 0;
		if (after || before)
			continue;
		if (o->end - o->start >= yn && memcmp(s + o->start, s + y->start, yn) == 0 &&
		    (o->end - o->start == yn || s[o->start + yn] == ' ' || s[o->start + yn] == '\n'))
			return 1;
		if (alone_m && o->end - o->start == mn && memcmp(s + o->start, s + m->start, mn) == 0)
			return 1;
		/* A company of m's name on its own ("Vantrell Electronics Corp
		 * ... software developed by Vantrell and Quorix Corp"). */
		if (o->end - o->start > mn + 2 && memcmp(s + o->start, s + m->start, mn) == 0 &&
		    (s[o->start + mn] == ' ' || s[o->start + mn] == '\n') && !ner_blank_and(s + o->start + mn))
			return 1;
	}
	return 0;
}

/* Two one-word names joined by "and" or "&" after a noun of a kind of
 * firm are one firm named after its partners ("stockbrokers Phillips and
 * Drew", "the law firm Kestler & Brannock"), where the model read two
 * people; and so is the same pair elsewhere in the story ("Martin, of
 * Phillips and Drew, said"). Not where the first is a given name a list
 * knows ("the bank Anna and Kestler ran"), nor where a list knows either
 * as a company of its own ("the iPhone maker Apple and Microsoft"). So
 * is one name twice ("Johnson and Johnson"), and a name before a
 * company's name that a legal form ends (ner_and_firm: "Harper and Row
 * Publishers Inc ... Harper and Row said"). */
void ner_partner_pairs(const char *s, struct ner_list *l)
{
	static const char *const trades[] = { "broker", "brokers", "stockbroker", "stockbrokers", "brokerage",
					      "consultants", "accountants", "partnership", NULL };
	enum { MAXP = 8 };
	size_t pa[MAXP], pn[MAXP], np = 0;
	unsigned scans = 0;
	/* The model's one company of a word, "and" and a company, where the
	 * story names a company of that word on its own ("Vantrell
	 * Electronics Corp ... developed by Vantrell and Quorix Corp"), is
	 * two; both end in a legal form or a trade's word. */
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG || m->end - m->start < 9)
			continue;
		size_t fw = ner_space_end(s, m->start, m->end), wn = fw - m->start;
		if (fw + 6 >= m->end || !ner_blank_and(s + fw) || !ner_upper_at(s, fw + 5) ||
		    !ner_ends_legal_form(s, m->start, m->end))
			continue;
		/* A name before the second's form: "Jefferies and Co" is one. */
		size_t sw = ner_space_end(s, fw + 5, m->end);
		if (sw >= m->end || (lexicon_lookup(s + fw + 5, sw - fw - 5) & LEX_COMPANY_SUFFIX))
			continue;
		int alone = 0;
		for (size_t k = 0; k < n0 && !alone; k++) {
			const struct ner_mention *o = &l->v[k];
			alone = k != i && o->type == NER_ORG && o->end - o->start > wn + 1 && s[o->start + wn] == ' ' &&
				memcmp(s + o->start, s + m->start, wn) == 0 && !ner_blank_and(s + o->start + wn) &&
				ner_ends_legal_form(s, o->start, o->end);
		}
		if (alone) {
			size_t end = m->end;
			l->v[i].end = fw;
			l->v[i].margin = 0;
			ner_push(l, fw + 5, end, NER_ORG);
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
	for (int pass = 0; pass < 2; pass++) {
		size_t o = 0;
		for (size_t i = 0; i < l->n; i++) {
			struct ner_mention m = l->v[i];
			const struct ner_mention *y = i + 1 < l->n ? &l->v[i + 1] : NULL;
			size_t gap = y ? y->start - m.end : 0;
			int pair = y && m.type != NER_DATE && y->type != NER_DATE && m.type != NER_MISC &&
				   y->type != NER_MISC && (gap == 5 || gap == 3) && y->start > m.end &&
				   (gap == 5 ? ner_blank_and(s + m.end) : memcmp(s + m.end, " & ", 3) == 0);
			int words = pair;
			for (size_t k = m.start; words && k < y->end; k++)
				words = (k >= m.end && k < y->start) || (s[k] != ' ' && s[k] != '\n');
			if (pair && pass == 0) {
				size_t firm = np + 1 < MAXP ? ner_and_firm(s, l, &m, y, &scans) : 0;
				pair = np < MAXP &&
				       ((words &&
					 !(lexicon_lookup(s + m.start, m.end - m.start) & (LEX_FIRST_NAME | LEX_ORG)) &&
					 !(lexicon_lookup(s + y->start, y->end - y->start) & LEX_ORG) &&
					 ner_partner_name(s, m.start, m.end) && ner_partner_name(s, y->start, y->end) &&
					 (ner_word_before_in(s, m.start, ner_body_kinds) ||
					  ner_word_before_in(s, m.start, trades))) ||
					(words && m.end - m.start == y->end - y->start &&
					 memcmp(s + m.start, s + y->start, m.end - m.start) == 0 &&
					 ner_partner_name(s, m.start, m.end) && !text_caps_word(s + m.start, m.end - m.start) &&
					 !(lexicon_lookup(s + m.start, m.end - m.start) & LEX_ORG) &&
					 !ner_pair_alone(s, l, &m, y, y->end, 1, &scans)) ||
					firm);
				if (pair) {
					pa[np] = m.start;
					pn[np++] = y->end - m.start;
				}
				/* The firm's name again without its form. */
				if (firm && firm < y->end) {
					pa[np] = m.start;
					pn[np++] = firm - m.start;
				}
			} else if (pair) {
				pair = ner_text_find(s, pa, pn, np, m.start, y->end - m.start) < np;
			}
			if (pair && pass == 1) {
				m.end = y->end;
				m.type = NER_ORG;
				m.margin = 0;
				i++;
			}
			l->v[o++] = m;
		}
		l->n = o;
		if (!np)
			return;
	}
}

/* A unit of account or an interbank rate is an other name, as CoNLL-2003
 * types the Ecu and LIBOR, whatever the model took it for ("European
 * Currency Unit", an organization by its "Unit"; "Special Drawing
 * Rights"; "LIBOR", "Euribor" and the rest of the -IBOR family, "London
 * Interbank Offered Rate(s)"); an acronym spelled out joins its name and
 * takes its type in the identity pass. */
void ner_money_units(const char *s, struct ner_list *l)
{
	static const struct ner_lit ends[] = { NER_LIT(" Currency Unit"),  NER_LIT(" Currency Units"),
					       NER_LIT(" Drawing Right"),  NER_LIT(" Drawing Rights"),
					       NER_LIT(" Unit of Account"), NER_LIT(" Offered Rate"),
					       NER_LIT(" Offered Rates") };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type == NER_DATE || m->type == NER_MISC)
			continue;
		/* One word of five letters or more ending in "ibor", any case;
		 * not a town a list knows ("Maribor"), nor a person the model
		 * read in mixed case by a given name ("Libor" Czech). */
		int rate = n >= 5 && n <= 8 && ner_lit_is_nocase("ibor", s + m->end - 4, 4), caps = 1;
		/* Its letters are read only for such a word. */
		for (size_t k = 0; rate && k < n; k++) {
			rate = rate && ((s[m->start + k] | 0x20) >= 'a' && (s[m->start + k] | 0x20) <= 'z');
			caps = caps && s[m->start + k] >= 'A' && s[m->start + k] <= 'Z';
		}
		if (rate) {
			unsigned cls = lexicon_lookup(s + m->start, n);
			rate = !(cls & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) &&
			       (caps || m->type != NER_PERSON || !(cls & LEX_FIRST_NAME));
		}
		/* Every ending ends in "t", "s" or "e": most names are compared
		 * with none. */
		char z = n ? s[m->end - 1] : 0;
		for (size_t k = 0; k < sizeof ends / sizeof *ends && !rate && (z == 't' || z == 's' || z == 'e'); k++)
			rate = n > ends[k].n && z == ends[k].w[ends[k].n - 1] &&
			       memcmp(s + m->end - ends[k].n, ends[k].w, ends[k].n) == 0;
		if (rate) {
			m->type = NER_MISC;
			m->margin = 0;
		}
	}
	/* A currency's code before an amount ("PHP 140 per kilo", "USD
	 * 2.5 billion", as Asia's and Africa's newswires write money) names
	 * no thing: the labels never take it. Not "COP 26", a conference. */
	static const struct ner_lit codes[] = {
		NER_LIT("USD"), NER_LIT("EUR"), NER_LIT("GBP"), NER_LIT("JPY"), NER_LIT("CNY"), NER_LIT("RMB"),
		NER_LIT("INR"), NER_LIT("PKR"), NER_LIT("BDT"), NER_LIT("LKR"), NER_LIT("NPR"), NER_LIT("PHP"),
		NER_LIT("IDR"), NER_LIT("MYR"), NER_LIT("SGD"), NER_LIT("THB"), NER_LIT("VND"), NER_LIT("KRW"),
		NER_LIT("HKD"), NER_LIT("TWD"), NER_LIT("AUD"), NER_LIT("NZD"), NER_LIT("CAD"), NER_LIT("CHF"),
		NER_LIT("ZAR"), NER_LIT("NGN"), NER_LIT("KES"), NER_LIT("GHS"), NER_LIT("UGX"), NER_LIT("TZS"),
		NER_LIT("ETB"), NER_LIT("EGP"), NER_LIT("AED"), NER_LIT("SAR"), NER_LIT("QAR"), NER_LIT("KWD"),
		NER_LIT("BHD"), NER_LIT("OMR"), NER_LIT("JOD"), NER_LIT("ILS"), NER_LIT("RUB"), NER_LIT("UAH"),
		NER_LIT("PLN"), NER_LIT("BRL"), NER_LIT("ARS"), NER_LIT("CLP"), NER_LIT("MXN"),
	};
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		if (!(m->end - m->start == 3 && (m->type == NER_MISC || m->type == NER_ORG) && s[m->end] == ' ' &&
		      s[m->end + 1] >= '0' && s[m->end + 1] <= '9' && NER_LIT_IN(codes, s + m->start, 3)))
			l->v[o++] = *m;
	}
	l->n = o;
	/* Such a rate in capitals that the model left out ("over LIBOR,"):
	 * the family's ending in capitals is rare enough to look for. */
	size_t n0 = l->n, mi = 0;
	for (const char *p = strstr(s, "IBOR"); p; p = strstr(p + 4, "IBOR")) {
		size_t e = (size_t)(p - s) + 4, b = (size_t)(p - s);
		while (b > 0 && s[b - 1] >= 'A' && s[b - 1] <= 'Z' && e - b < 9)
			b--;
		if (e - b < 5 || e - b > 8 || (b > 0 && ner_alnum_at(s, b - 1)) || ner_alnum_at(s, e))
			continue;
		while (mi < n0 && l->v[mi].end <= b)
			mi++;
		if (mi < n0 && l->v[mi].start < e)
			continue;
		ner_push(l, b, e, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Market data's codes and indexes. A code after a full stop that stands
 * alone (".SPX", "(.N225)", "<.FTSE>": an index's instrument code, as
 * Reuters writes them after the index's name) is no name. A stock index's
 * name before its size is an other name with the size ("FTSE 100", "S&P
 * 500", "Nikkei 225", "CAC 40"), as CoNLL-2003 writes "FTSE 100": a size
 * of two to four digits after a name in capitals, one of the usual sizes
 * after one in mixed case ("Russell 2000", not a batsman's "Russell 63"). */
void ner_market_names(const char *s, size_t len, struct ner_list *l)
{
	static const char *const indexes[] = { "S&P", "FTSE", "STOXX", "Nikkei", "Russell", "KOSPI", "Kospi", "CAC",
					       "DAX", "MDAX", "IBEX", "ASX", "TOPIX", "Topix", "Sensex", "Nifty",
					       "NIFTY", "MSCI", "SMI", "AEX", "OMX", "ATX", "KLCI", "NZX", NULL };
	static const unsigned sizes[] = { 100, 200, 225, 250, 300, 400, 500, 600, 1000, 2000, 3000, 5000 };
	/* Most stories have neither: a name after a full stop glued to it,
	 * or a name before a blank and a digit. */
	size_t i0 = 0;
	for (; i0 < l->n; i0++) {
		const struct ner_mention *m = &l->v[i0];
		if ((m->start > 0 && s[m->start - 1] == '.') ||
		    (m->end + 1 < len && s[m->end] == ' ' && s[m->end + 1] >= '0' && s[m->end + 1] <= '9'))
			break;
	}
	size_t o = i0;
	for (size_t i = i0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t a = m.start;
		if (m.type != NER_DATE && a >= 1 && s[a - 1] == '.' &&
		    (a == 1 || s[a - 2] == ' ' || s[a - 2] == '(' || s[a - 2] == '<' || s[a - 2] == '\n')) {
			int code = 1;
			for (size_t k = a; k < m.end && code; k++)
				code = (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9');
			if (code)
				continue;
		}
		size_t n = m.end - m.start, d = m.end + 1, e = d;
		int index = 0;
		int digit = d < len && s[m.end] == ' ' && s[d] >= '0' && s[d] <= '9';
		for (int k = 0; digit && indexes[k] && !index && m.type != NER_DATE; k++)
			index = ner_lit_is(indexes[k], s + a, n);
		if (index) {
			unsigned v = 0;
			while (e < len && e - d < 5 && s[e] >= '0' && s[e] <= '9')
				v = v * 10 + (unsigned)(s[e++] - '0');
			int caps = s[a + 1] < 'a' || s[a + 1] > 'z', usual = 0;
			for (size_t k = 0; k < sizeof sizes / sizeof *sizes && !usual; k++)
				usual = v == sizes[k];
			/* Not part of a longer number ("Russell 229,360"). */
			int alone = e == len || !(ner_alnum_at(s, e) || ((s[e] == ',' || s[e] == '.') && e + 1 < len &&
									  s[e + 1] >= '0' && s[e + 1] <= '9'));
			if (e - d >= 2 && e - d <= 4 && alone && (caps || usual) && (i + 1 == l->n || l->v[i + 1].start >= e)) {
				m.end = e;
				m.type = NER_MISC;
				m.margin = 0;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A name before "index", "average" or "composite" in lower case is the
 * stock index's, an other name as CoNLL-2003 writes them ("the Harwell
 * Jones industrial average", "the Brannock Seng index", "the Dorvane
 * composite"), where the model read the company of that name; not a place
 * a list knows ("the Tokyo index fell") or an exchange. */
void ner_index_names(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit after[] = { NER_LIT(" index"), NER_LIT(" indices"), NER_LIT(" indexes"),
						NER_LIT(" average"), NER_LIT(" industrial average"),
						NER_LIT(" composite") };
	size_t n1 = l->n;
	for (size_t i = 0; i < n1; i++) {
		struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* A name that ends in "Index" is the index's ("the Varnel
		 * All Share Index", "the KV-Index"), where the model read a
		 * body's; an exchange's name before its index's is the
		 * exchange's ("the Tarvel Stock Exchange All Share Index"). */
		if (m->type == NER_ORG && e - m->start > 6 && s[e - 1] == 'x' && memcmp(s + e - 5, "Index", 5) == 0 &&
		    (s[e - 6] == ' ' || s[e - 6] == '-')) {
			size_t cut = 0;
			for (const char *x = s + m->start; (x = text_find(x, (size_t)(s + e - x), "Exchange ", 9)) != NULL; x += 9)
				if (x > s + m->start && x[-1] == ' ' && x + 9 < s + e - 5)
					cut = (size_t)(x - s) + 8;
			if (cut) {
				m->end = cut;
				m->margin = 0;
				ner_push(l, cut + 1, e, NER_MISC);
			} else {
				m->type = NER_MISC;
				m->margin = 0;
			}
			continue;
		}
		/* Every cue starts with a blank and "i", "a" or "c". */
		if ((m->type != NER_ORG && m->type != NER_PERSON && m->type != NER_PLACE) || e + 6 >= len ||
		    s[e] != ' ' || (s[e + 1] != 'i' && s[e + 1] != 'a' && s[e + 1] != 'c'))
			continue;
		int cue = 0;
		for (size_t k = 0; k < sizeof after / sizeof *after && !cue; k++) {
			size_t q = e + after[k].n;
			cue = q <= len && memcmp(s + e, after[k].w, after[k].n) == 0 &&
			      (q == len || !ner_alnum_at(s, q));
		}
		if (!cue || (lexicon_lookup(s + m->start, m->end - m->start) &
			     (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)))
			continue;
		/* An exchange's or a body's own index keeps the body ("the
		 * Harwick Stock Exchange index", as CoNLL-2003 writes such; "the
		 * National Association of Kelvar Managers index"). */
		size_t w = ner_word_start(s, m->start, m->end);
		if (ner_lit_is("Exchange", s + w, m->end - w) || ner_lit_is("Bourse", s + w, m->end - w) ||
		    ner_has_org_word(s, m->start, m->end))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
	if (l->n > n1)
		ner_sort_mentions(l->v, l->n);
	/* An index's name in capitals the model left out, with its number
	 * or not ("the pan-European STOXX 600 index", "The DAX index"). */
	size_t n0 = l->n, mi = 0;
	for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), " index", 6)) != NULL; p += 6) {
		size_t e = (size_t)(p - s), b = e;
		if (e + 6 < len && ner_alnum_at(s, e + 6))
			continue;
		/* Its number, then the word. */
		while (b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9' && e - b < 4)
			b--;
		if (b < e && (b < 2 || s[b - 1] != ' ' || e - b < 2))
			continue;
		size_t we = b < e ? b - 1 : e, ws = we;
		while (ws > 0 && s[ws - 1] >= 'A' && s[ws - 1] <= 'Z')
			ws--;
		if (we - ws < 3 || we - ws > 6 || (ws > 0 && (ner_alnum_at(s, ws - 1) || s[ws - 1] == '&' || s[ws - 1] == '-')))
			continue;
		while (mi < n0 && l->v[mi].end <= ws)
			mi++;
		if ((mi < n0 && l->v[mi].start < e) || lexicon_term(s + ws, we - ws) ||
		    (lexicon_lookup(s + ws, we - ws) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)))
			continue;
		ner_push(l, ws, e, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether a kind of aircraft follows byte e ("ATR 72 aircraft", "Embraer
 * 195 jets"), or another maker's model and then the kind ("ATR 72 and
 * Embraer 195 aircraft"). */
static int ner_craft_after(const char *s, size_t len, size_t e)
{
	static const struct ner_lit kinds[] = { NER_LIT("aircraft"), NER_LIT("airliner"), NER_LIT("airliners"),
						NER_LIT("jet"),	     NER_LIT("jets"),	  NER_LIT("jetliner"),
						NER_LIT("jetliners"), NER_LIT("plane"),	  NER_LIT("planes"),
						NER_LIT("helicopter"), NER_LIT("helicopters"), NER_LIT("turboprops"),
						NER_LIT("fighter"),  NER_LIT("fighters"), NER_LIT("bombers") };
	for (int hop = 0; hop < 2; hop++) {
		if (e + 2 >= len || s[e] != ' ' || s[e + 1] < 'a' || s[e + 1] > 'z')
			return 0;
		size_t w = e + 1, x = w;
		while (x < len && s[x] >= 'a' && s[x] <= 'z')
			x++;
		if (NER_LIT_IN(kinds, s + w, x - w) && (x == len || !ner_alnum_at(s, x)))
			return 1;
		/* " and Maker 195": a capitalised word and digits. */
		if (hop || !ner_lit_is("and", s + w, x - w) || x + 1 >= len || s[x] != ' ' || !ner_upper_at(s, x + 1))
			return 0;
		x++;
		while (x < len && ner_alnum_at(s, x))
			x++;
		if (x + 1 >= len || s[x] != ' ' || s[x + 1] < '0' || s[x + 1] > '9')
			return 0;
		x++;
		while (x < len && s[x] >= '0' && s[x] <= '9')
			x++;
		e = x;
	}
	return 0;
}

/* A model's code at byte c, before lim: up to three capitals, then up
 * to five digits ("A320", "S20", "737"). Returns where the digits end;
 * *d is where they start. */
static size_t ner_model_code(const char *s, size_t c, size_t lim, size_t *d)
{
	size_t x = c;
	while (x < lim && x - c < 3 && s[x] >= 'A' && s[x] <= 'Z')
		x++;
	*d = x;
	while (x < lim && x - *d < 5 && s[x] >= '0' && s[x] <= '9')
		x++;
	return x;
}

/* A variant's digit after a model's three digits at e, and up to two
 * capitals ("787-9", "747-8F"), after a maker's name of one word (m's)
 * the lists know as a company and not as a place: a cricket score
 * ("Kent 108-3") follows a team's place. */
static int ner_maker_variant(const char *s, size_t len, const struct ner_mention *m, size_t e)
{
	if (e + 2 > len || s[e] != '-' || s[e + 1] < '1' || s[e + 1] > '9')
		return 0;
	size_t x = e + 2;
	while (x < len && x - e < 4 && s[x] >= 'A' && s[x] <= 'Z')
		x++;
	if ((x < len && (ner_alnum_at(s, x) || s[x] == '/')) || ner_chr(s, s + m->start, ' ', m->end - m->start))
		return 0;
	unsigned f = lexicon_lookup(s + m->start, m->end - m->start);
	return (f & LEX_ORG) && !(f & (LEX_COUNTRY | LEX_CITY | LEX_REGION));
}

/* A maker's name of one word before a model's code of capitals and two
 * digits or more is the product, an other name ("Airbus A310", as
 * CoNLL-2003 writes it; "Galaxy S20", "Saab SF340"). One digit is as often
 * money supply's or a half year's ("M3", "H1"); a longer company name
 * stays the company ("CFM International CFM56 engines"). */
void ner_model_codes(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG && m->type != NER_MISC)
			continue;
		/* A known maker, its line, a model's code and an edition the
		 * model took all for the maker ("Samsung Galaxy S20 Ultra"). */
		if (m->type == NER_ORG) {
			size_t w1 = ner_space_end(s, m->start, m->end), w2 = w1 < m->end ? ner_space_end(s, w1 + 1, m->end) : w1;
			if (w2 < m->end && ner_upper_at(s, w1 + 1) && !text_all_upper(s + m->start, w1 - m->start) &&
			    (lexicon_lookup(s + m->start, w1 - m->start) & LEX_ORG) &&
			    !ner_company_word(s + w1 + 1, w2 - w1 - 1) &&
			    !(lexicon_lookup(s + w1 + 1, w2 - w1 - 1) & (LEX_ORG_WORD | LEX_ORG))) {
				size_t d, e = ner_model_code(s, w2 + 1, m->end, &d);
				if (e > d && (e == m->end || ner_product_edition(s, m->end, e) == m->end)) {
					m->type = NER_MISC;
					m->margin = 0;
					continue;
				}
			}
		}
		/* The maker and the code the model took together ("Airbus
		 * A320neo" a body), or the code after the maker. */
		const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start);
		size_t c = sp ? (size_t)(sp - s) + 1 : m->end + 1, d = c;
		if (sp && (ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1)) || m->type != NER_ORG))
			continue;
		/* A known maker and its line of products, the code after them
		 * ("Samsung Galaxy S20"): no company's or body's word is the
		 * line. */
		int line = 0;
		if (sp && m->end + 3 < len && s[m->end] == ' ' && s[m->end + 1] >= 'A' && s[m->end + 1] <= 'Z' &&
		    s[m->end + 2] >= '0' && s[m->end + 2] <= '9' &&
		    (lexicon_lookup(s + m->start, (size_t)(sp - s) - m->start) & LEX_ORG) &&
		    !ner_company_word(sp + 1, (size_t)(s + m->end - sp - 1)) &&
		    !(lexicon_lookup(sp + 1, (size_t)(s + m->end - sp - 1)) & (LEX_ORG_WORD | LEX_ORG))) {
			c = d = m->end + 1;
			line = 1;
		}
		/* The maker read as a body, or as the product already ("flew
		 * an [Airbus] A380"). */
		if (c >= len || s[c - 1] != ' ' || !((s[c] >= 'A' && s[c] <= 'Z') || (s[c] >= '0' && s[c] <= '9')))
			continue;
		size_t e = ner_model_code(s, c, len, &d);
		if (e - d < 2)
			continue;
		/* Digits alone only with a series' hundreds after a hyphen
		 * ("Boeing 737-800"): "Nikkei 225" is an index's, "Formula 1"
		 * a sport's, "Kent 108-3" and "Velmar 42-36" scores, "Treasury
		 * 13-1/2" a rate. Or with a variant's digit after a maker the
		 * lists know as a company, no place ("Boeing 787-9"): a
		 * score's maker is a team's place. */
		if (d == c && !(e + 4 <= len && s[e] == '-' && s[e + 1] >= '1' && s[e + 1] <= '9' && s[e + 2] == '0' &&
				s[e + 3] == '0' && (e + 4 == len || !(ner_alnum_at(s, e + 4) || s[e + 4] == '/'))) &&
		    !ner_craft_after(s, len, e) && !(e - d == 3 && ner_maker_variant(s, len, m, e)))
			continue;
		/* A version's letter or plus after the digits ("S20+"), or a
		 * variant's word of up to three letters ("A320neo"). */
		if (e < len && s[e] == '+')
			e++;
		else {
			size_t x = e;
			while (x < len && x - e < 4 && s[x] >= 'a' && s[x] <= 'z')
				x++;
			if (x - e <= 3)
				e = x;
			else if (e < len && (s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z')
				e++;
		}
		/* A series' number after a hyphen ("737-800", "A350-900"), or
		 * after a code of capitals a variant's capitals and digit
		 * ("E195-E2", "A330-200F"). */
		if (e + 2 < len && s[e] == '-' && s[e + 1] >= '0' && s[e + 1] <= '9') {
			int variant = d > c || ner_maker_variant(s, len, m, e);
			size_t x = e + 1;
			while (x < len && x - e <= 4 && s[x] >= '0' && s[x] <= '9')
				x++;
			if (variant)
				while (x < len && x - e <= 6 && s[x] >= 'A' && s[x] <= 'Z')
					x++;
			if ((x - e >= 3 || variant) && (x >= len || !ner_alnum_at(s, x)))
				e = x;
		} else if (d > c && e + 2 < len && s[e] == '-' && s[e + 1] >= 'A' && s[e + 1] <= 'Z') {
			size_t x = e + 1;
			while (x < len && x - e <= 2 && s[x] >= 'A' && s[x] <= 'Z')
				x++;
			while (x < len && x - e <= 4 && s[x] >= '0' && s[x] <= '9')
				x++;
			if (x >= len || !ner_alnum_at(s, x))
				e = x;
		}
		if ((e < len && ner_alnum_at(s, e)) || (i + 1 < l->n && l->v[i + 1].start < e && l->v[i + 1].end > e) ||
		    (sp && !line && e != m->end))
			continue;
		/* A mention within the code is part of it ("737-[800]"). */
		while (i + 1 < l->n && l->v[i + 1].start < e) {
			memmove(l->v + i + 1, l->v + i + 2, (l->n - i - 2) * sizeof *l->v);
			l->n--;
		}
		m->end = e;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A maker's name alone, where the story names a product by it and a
 * model's number ("the Boeing 737 MAX ... Shares of Boeing rose"), is the
 * maker's, where the story's product made the model read the name alone
 * as the product: a company a list knows, not a product line's name
 * ("Xbox 360") nor an index's ("FTSE 100"). */
void ner_maker_names(const char *s, struct ner_list *l)
{
	/* The makers' words, from the products of the story (a few). */
	size_t mk[8], mn[8], nm = 0;
	for (size_t i = 0; i < l->n && nm < 8; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_MISC)
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		/* A second word that starts with a digit, or with capitals and
		 * a digit ("737", "A380"). */
		size_t c = fw + 1, d = c;
		if (fw + 2 >= m->end || s[m->start] < 'A' || s[m->start] > 'Z')
			continue;
		while (d < m->end && d - c < 3 && s[d] >= 'A' && s[d] <= 'Z')
			d++;
		if (d >= m->end || s[d] < '0' || s[d] > '9')
			continue;
		/* A company a list knows, in mixed case: a product line's
		 * name ("Xbox 360") or an index's ("FTSE 100") is no maker. */
		if (text_all_upper(s + m->start, fw - m->start) ||
		    !(lexicon_lookup(s + m->start, fw - m->start) & LEX_ORG))
			continue;
		mk[nm] = m->start;
		mn[nm++] = fw - m->start;
	}
	for (size_t i = 0; i < l->n && nm; i++) {
		struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type != NER_MISC)
			continue;
		for (size_t k = 0; k < nm; k++)
			if (n == mn[k] && m->start != mk[k] && memcmp(s + m->start, s + mk[k], n) == 0) {
				m->type = NER_ORG;
				m->margin = 0;
				break;
			}
	}
}

/* A product's model code that the story names with its maker ("the
 * Boeing 737 MAX", "an Airbus A320neo") names the product alone too, where
 * the model found nothing there ("regulators cleared the 737 MAX", "57
 * A320neo jets"). A code of digits alone only after "the", "a" or a
 * possessive, or before a kind of aircraft: "737 million" is a sum. */
void ner_story_codes(const char *s, size_t len, struct ner_list *l)
{
	static const char *const dets[] = { "the", "a", "its", NULL };
	size_t cs[8], cn[8], nc = 0, n0 = l->n;
	for (size_t i = 0; i < n0 && nc < 8; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_MISC || s[m->start] < 'A' || s[m->start] > 'Z')
			continue;
		size_t fw = ner_space_end(s, m->start, m->end), c = fw + 1, d;
		if (fw + 3 >= m->end)
			continue;
		size_t e = ner_model_code(s, c, m->end, &d);
		/* A maker a list knows, in mixed case: "Nikkei 225" and "FTSE
		 * 100" are indexes. */
		if (e - d < 2 || text_all_upper(s + m->start, fw - m->start) ||
		    !(lexicon_lookup(s + m->start, fw - m->start) & LEX_ORG))
			continue;
		int seen = 0;
		for (size_t k = 0; k < nc && !seen; k++)
			seen = cn[k] == m->end - c && memcmp(s + cs[k], s + c, cn[k]) == 0;
		if (!seen) {
			cs[nc] = c;
			cn[nc++] = m->end - c;
		}
	}
	/* The longest codes first, so that a place that two start alike
	 * ("737 MAX" and "737") takes the longer one, once. */
	for (size_t k = 1; k < nc; k++)
		for (size_t j = k; j > 0 && cn[j - 1] < cn[j]; j--) {
			size_t t = cs[j];
			cs[j] = cs[j - 1];
			cs[j - 1] = t;
			t = cn[j];
			cn[j] = cn[j - 1];
			cn[j - 1] = t;
		}
	for (size_t k = 0; k < nc; k++) {
		const char *w = s + cs[k];
		size_t wl = cn[k], from = 0;
		int digits = 1;
		for (size_t x = 0; x < wl && digits; x++)
			digits = (w[x] >= '0' && w[x] <= '9') || w[x] == '-';
		for (const char *p = s; (p = text_find(p, len - (size_t)(p - s), w, wl)) != NULL; p += wl) {
			size_t a = (size_t)(p - s), b = a + wl;
			if (a == 0 || s[a - 1] != ' ' || (b < len && (ner_alnum_at(s, b) || s[b] == '-')) ||
			    (digits && !ner_word_before_in(s, a - 1, dets) && !ner_craft_after(s, len, b) &&
			     !(a >= 3 && s[a - 2] == 's' &&
			       (s[a - 3] == '\'' || (a >= 5 && memcmp(s + a - 5, "\xe2\x80\x99", 3) == 0)))) ||
			    !ner_span_free(l, n0, &from, a, b))
				continue;
			int taken = 0;
			for (size_t q = n0; q < l->n && !taken; q++)
				taken = l->v[q].start < b && a < l->v[q].end;
			if (!taken)
				ner_push(l, a, b, NER_MISC);
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A known company's possessive before a capitalised word and a version's
 * number names the company's product ("Google's Pixel 5", "Huawei's Mate
 * 40 Pro", "Microsoft's Surface Pro 7"), which the model took for a body
 * or did not find; not a count ("Toyota's Camry 10 percent") nor a date
 * ("Ford's May 14 meeting"). */
void ner_possessive_products(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG)
			continue;
		size_t w = ner_possessive_end(s, len, m->end);
		if (!w || w + 4 >= len || s[w] != ' ' || !ner_upper_at(s, w + 1))
			continue;
		w++;
		size_t we = w + 1;
		while (we < len && s[we] >= 'a' && s[we] <= 'z')
			we++;
		if (we - w < 3 || we >= len || s[we] != ' ' ||
		    !(lexicon_lookup(s + m->start, m->end - m->start) & LEX_ORG) ||
		    (lexicon_lookup(s + w, we - w) & (LEX_MONTH | LEX_WEEKDAY)))
			continue;
		size_t ve = ner_product_version(s, len, we), ee = ve;
		if (ve == we) {
			/* An edition's word before the number ("Surface Pro 7"). */
			size_t ed = ner_product_edition(s, len, we);
			if (ed == we || (ve = ner_product_version(s, len, ed)) == ed)
				continue;
			ee = ve;
		}
		ee = ner_product_edition(s, len, ee);
		/* The model's mention there, if any, within the product. */
		size_t j = i + 1;
		if (j < n0 && l->v[j].start < ee) {
			if (l->v[j].start != w || l->v[j].end > ee || l->v[j].type == NER_DATE ||
			    (j + 1 < n0 && l->v[j + 1].start < ee))
				continue;
			l->v[j].end = ee;
			l->v[j].type = NER_MISC;
			l->v[j].margin = 0;
		} else
			ner_push(l, w, ee, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Two companies each with its legal form, joined by "and", are two
 * names ("Kessler Inc and Varnholt Inc", "Vantel Group Ltd and Korvan
 * Securities Corp"), where the model or a rule read one: a legal form
 * ends a company's name, and no name goes on after it with "and" but a
 * partner's form ("Quessan Plc and NV", "Tarvel and Co"). */
void ner_legal_form_pairs(const char *s, struct ner_list *l)
{
	static const struct ner_lit forms[] = {
		NER_LIT("Inc"),	 NER_LIT("Inc."), NER_LIT("Corp"),  NER_LIT("Corp."), NER_LIT("Ltd"),	 NER_LIT("Ltd."),
		NER_LIT("Co"),	 NER_LIT("Co."),  NER_LIT("PLC"),   NER_LIT("Plc"),   NER_LIT("plc"),	 NER_LIT("Limited"),
		NER_LIT("LLC"),	 NER_LIT("SA"),	  NER_LIT("S.A."),  NER_LIT("AG"),    NER_LIT("NV"),	 NER_LIT("N.V."),
		NER_LIT("BV"),	 NER_LIT("SpA"),  NER_LIT("GmbH"),  NER_LIT("Bhd"),   NER_LIT("Berhad"), NER_LIT("Tbk"),
		NER_LIT("Corporation"), NER_LIT("Incorporated"),
	};
	size_t n0 = l->n;
	/* The pushed second names too: three firms in one. */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_ORG || m->end - m->start < 12)
			continue;
		for (const char *p = text_find(s + m->start, m->end - m->start, " and ", 5); p;
		     p = text_find(p + 5, (size_t)(s + m->end - p - 5), " and ", 5)) {
			size_t a = (size_t)(p - s), b = a + 5;
			if (b >= m->end || !ner_upper_at(s, b))
				continue;
			size_t fw = ner_word_start(s, m->start, a), nw = ner_blank_at(s, b, m->end);
			if (fw == m->start || !NER_LIT_IN(forms, s + fw, a - fw) || NER_LIT_IN(forms, s + b, nw - b) ||
			    nw - b <= 2)
				continue;
			size_t end = m->end;
			m->end = a;
			m->margin = 0;
			ner_push(l, b, end, NER_ORG);
			break;
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether s[a..b) is a Reuters instrument code: capitals or digits, a
 * full stop and an exchange's letters ("ZM.O", "CCL.N", "0700.HK",
 * "BARC.L"), not a legal form's letters ("S.A", "L.P"). */
int ner_ric(const char *s, size_t a, size_t b)
{
	size_t k = a;
	while (k < b && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
		k++;
	/* Two characters or more before the stop: "S.A" and "N.V" are
	 * legal forms. */
	if (k < a + 2 || k - a > 7 || k + 1 >= b || s[k] != '.' || b - k - 1 > 3)
		return 0;
	for (size_t q = k + 1; q < b; q++)
		if (!(s[q] >= 'A' && s[q] <= 'Z'))
			return 0;
	return 1;
}

/* A company's instrument code after its name, as Reuters writes it
 * ("Kessovia Video Communications Inc KVC.O"), is no part of the name the
 * model ran on into it; an index's code after its name keeps the last
 * word the model left before it ("the Tarvel Composite Average .TCA"). */
void ner_ric_tails(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* An index's code after its last word (" Average .DJI") reads
		 * as a sentence's full stop, and the model left the word out:
		 * a capitalised word, a blank, a stop and capitals. */
		size_t e = m->end;
		if (m->type != NER_DATE && e + 6 < len && s[e] == ' ' && ner_upper_at(s, e + 1)) {
			size_t we = e + 1;
			while (we < len && ner_alnum_at(s, we))
				we++;
			if (we + 2 < len && s[we] == ' ' && s[we + 1] == '.' && ner_upper_at(s, we + 2) && we - e > 3 &&
			    (i + 1 == l->n || l->v[i + 1].start >= we)) {
				m->end = we;
				m->margin = 0;
				continue;
			}
		}
		/* Its exchange's capital ends the name: asked first. */
		if (m->type == NER_DATE || !(s[m->end - 1] >= 'A' && s[m->end - 1] <= 'Z') || m->end - m->start < 6)
			continue;
		size_t w = ner_word_start(s, m->start, m->end);
		if (w > m->start + 1 && s[w - 1] == ' ' && ner_ric(s, w, m->end)) {
			m->end = w - 1;
			m->margin = 0;
		}
	}
}

/* A firm of partners writes a comma after its first name: "Smith Barney,
 * Harris Upham and Co Inc", "Kidder, Peabody and Co", which the model read
 * as two names. A name of one or two words no list knows, before a comma
 * and a company's name with "and" or "&" inside and a legal form at its
 * end, is that firm's first name; a name a list knows ("IBM, Morgan
 * Stanley and Co") or one with its own legal form is a list's. */
void ner_comma_firms(const char *s, size_t len, struct ner_list *l)
{
	/* Most stories have no name that a comma and an organization follow. */
	size_t i0 = 0;
	while (i0 < l->n && !ner_comma_org_next(s, len, l, i0))
		i0++;
	size_t o = i0;
	for (size_t i = i0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type != NER_DATE && ner_comma_org_next(s, len, l, i)) {
			const struct ner_mention *r = &l->v[i + 1];
			size_t n = m.end - m.start, rn = r->end - r->start;
			const char *sp = ner_chr(s, s + m.start, ' ', n);
			/* One "and" or "&" (two are a list's: "Thalmann and Co
			 * and Moseley Holding Corp"). */
			const char *amp = ner_chr(s, s + r->start, '&', rn), *and = text_find(s + r->start, rn, " and ", 5);
			const char *join = and ? and : amp;
			int partners = join && ner_ends_legal_form(s, r->start, r->end) &&
				       !text_find(join + 1, (size_t)(s + r->end - join - 1), " and ", 5) &&
				       !ner_chr(s, join + 1, '&', (size_t)(s + r->end - join - 1));
			int plain = partners && !(sp && ner_chr(s, sp + 1, ' ', (size_t)(s + m.end - sp - 1))) &&
				    lexicon_lookup(s + m.start, n) == 0;
			/* Partners' names are surnames: no word of a place or of
			 * a body's head, no initials or hyphens ("Amsterdam-
			 * Rotterdam Bank, Bank of Tokyo and Westpac Banking
			 * Corp", "Citibank N.A., ...", "Mississippi Power, ..."
			 * are lists). */
			for (size_t w = m.start; plain && w < m.end;) {
				size_t we = ner_blank_at(s, w, m.end);
				plain = !ner_chr(s, s + w, '.', we - w) && !ner_chr(s, s + w, '-', we - w) &&
					!(lexicon_lookup(s + w, we - w) &
					  (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_ORG_WORD | LEX_COMPANY_SUFFIX));
				w = we + 1;
			}
			size_t rw = ner_blank_at(s, r->start, r->end);
			if (plain && !(lexicon_lookup(s + r->start, rw - r->start) &
				       (LEX_ORG | LEX_ORG_WORD | LEX_COUNTRY | LEX_CITY | LEX_REGION))) {
				m.end = r->end;
				m.type = NER_ORG;
				m.margin = 0;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A name after a word of a company's people or parts and "of" is an
 * organization's ("former employees of Blue Byte", "a subsidiary of
 * Surinam Tessal", "shareholders of Velmar Harbour"), where the model read
 * a place or an other name that no list knows as one: a place has no
 * employees, shareholders, founders or subsidiaries. */
void ner_company_people_of(const char *s, struct ner_list *l)
{
	static const char *const cues[] = { "employees",    "employee",  "staff",	  "shareholders", "shareholder",
					    "stockholders", "founder",   "founders",  "co-founder",   "subsidiary",
					    "subsidiaries", "affiliate", "unit",	  "owners",	  "executives",
					    "takeover",	    "acquisition", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PLACE && m->type != NER_MISC) || m->start < 8 ||
		    memcmp(s + m->start - 4, " of ", 4) != 0 || !ner_word_before_in(s, m->start - 3, cues) ||
		    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) >= 0)
			continue;
		m->type = NER_ORG;
		m->margin = 0;
	}
}

/* Two regions joined by "&" are a company's name ("Genesee & Wyoming",
 * "Chesapeake & Ohio", as "Barnes & Noble"): news joins places with
 * "and", firms with "&"; but for a country the lists know so ("Antigua &
 * Barbuda"), which is one place. */
void ner_ampersand_firms(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		struct ner_mention *a = &l->v[i], *b = &l->v[i + 1];
		const unsigned place = LEX_COUNTRY | LEX_CITY | LEX_REGION;
		if (a->type != NER_PLACE || b->type != NER_PLACE || b->start != a->end + 3 ||
		    memcmp(s + a->end, " & ", 3) != 0 || (gone && gone[i]) ||
		    (lexicon_lookup(s + a->start, b->end - a->start) & place))
			continue;
		/* The lists write "and": a country they know so is one
		 * ("Antigua & Barbuda"). */
		char buf[96];
		size_t an = a->end - a->start, bn = b->end - b->start;
		if (an + bn + 5 > sizeof buf)
			continue;
		memcpy(buf, s + a->start, an);
		memcpy(buf + an, " and ", 5);
		memcpy(buf + an + 5, s + b->start, bn);
		int country = (lexicon_lookup(buf, an + 5 + bn) & place) != 0;
		/* Not a town or a country, which a dateline or a headline lists
		 * so ("Kampala & Entebbe, Jul 19", "Flights to Tarvelo &
		 * Haiti"): a firm's are regions and rivers ("Chesapeake &
		 * Ohio"). */
		if (!country && ((lexicon_lookup(s + a->start, an) | lexicon_lookup(s + b->start, bn)) &
				 (LEX_CITY | LEX_COUNTRY)))
			continue;
		ner_merge_next(l, i, country ? NER_PLACE : NER_ORG, &gone, n0);
	}
	ner_drop_gone(l, gone, n0);
}

/* Whether the ship's name s[a..e) after a prefix is a person's, a given
 * name first ("USS Edmund Harlow"), which the story may name alone. */
static int ner_ship_person_name(const char *s, size_t a, size_t e)
{
	size_t fw = ner_space_end(s, a, e);
	return fw < e && (lexicon_lookup(s + a, fw - a) & LEX_FIRST_NAME);
}

/* A ship's name is an other name (MISC, as ANNOTATION.md types products
 * and CoNLL's labels type ships): after its prefix, which is part of it
 * ("USS Theodore Roosevelt", not an organization and a person), or after
 * a kind of vessel ("the cruise ship Harbour Princess", which the model
 * may not find at all, nor a place). The story's other mentions of the
 * name are the ship's. A country or a people's word after a kind is no
 * ship's name ("the tanker Iran seized"). */
void ner_ships(const char *s, size_t len, struct ner_list *l)
{
	/* The names, without their prefixes, and whether one that had a
	 * prefix is a person's. */
	size_t name[8][3], nn = 0, n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_GROUP || (gone && gone[i]))
			continue;
		size_t st = ner_ship_start(s, m->start), fw = m->start, ns = m->start;
		if (st > m->start) {
			/* The prefix within the mention ("HMS Valmora" an
			 * organization): two capitals first. */
			if (m->start + 1 < m->end && ner_upper_at(s, m->start + 1))
				fw = ner_space_end(s, m->start, m->end);
			if (fw > m->start && fw < m->end && ner_upper_at(s, fw + 1) &&
			    NER_LIT_IN(ner_ship_prefixes, s + m->start, fw - m->start)) {
				st = m->start;
				ns = fw + 1;
			} else if (fw == m->end && m->end + 1 < len && s[m->end] == ' ' && ner_upper_at(s, m->end + 1) &&
				   NER_LIT_IN(ner_ship_prefixes, s + m->start, fw - m->start) &&
				   (i + 1 >= n0 || l->v[i + 1].start > m->end + 1)) {
				/* The prefix alone, the name after it not found
				 * ("USS" an organization before "Edmund Harlow"). */
				size_t e = ner_ship_name_end(s, m->end + 1, i + 1 < n0 ? l->v[i + 1].start : len);
				if (e <= m->end + 1 ||
				    text_caps_word(s + m->end + 1, ner_space_end(s, m->end + 1, e) - m->end - 1))
					continue;
				st = m->start;
				ns = m->end + 1;
				m->end = e;
			} else
				continue;
		} else if (st == m->start &&
			   ((lexicon_lookup(s + m->start, m->end - m->start) & LEX_COUNTRY) || m->type == NER_GROUP))
			continue;
		/* The prefix a mention of its own ("USS" an organization). */
		if (st < m->start && i > 0 && l->v[i - 1].start == st && l->v[i - 1].end == m->start - 1) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[i - 1] = 1;
		} else if (st < m->start && i > 0 && l->v[i - 1].end > st)
			continue;
		m->start = st;
		m->type = NER_MISC;
		m->margin = 0;
		/* Whom the ship was built or named for is a name of its own:
		 * "launched as USS Hale for the United States Navy". */
		size_t rs = 0, re = 0;
		const char *f = ner_find(s, s + ns, m->end - ns, " for ", 5);
		if (f) {
			rs = (size_t)(f - s) + 5;
			if (rs + 4 < m->end && memcmp(s + rs, "the ", 4) == 0)
				rs += 4;
			if (rs < m->end && ner_upper_at(s, rs)) {
				re = m->end;
				m->end = (size_t)(f - s);
			}
		}
		/* A number after the name is part of it ("Valmora 1"). */
		size_t d = m->end + 1;
		while (d < len && s[d] >= '0' && s[d] <= '9')
			d++;
		/* Not a count or an amount ("Valmora 2,500 tonnes"). */
		int whole = d >= len || (!ner_alnum_at(s, d) && !((s[d] == '.' || s[d] == ',') && d + 1 < len &&
								   s[d + 1] >= '0' && s[d + 1] <= '9'));
		if (d > m->end + 1 && m->end < len && s[m->end] == ' ' && whole &&
		    (i + 1 >= n0 || l->v[i + 1].start >= d))
			m->end = d;
		/* A name with "of" that the model cut in two ("Empress of
		 * [Valmora]"). */
		if (i + 1 < n0 && l->v[i + 1].start == m->end + 4 && memcmp(s + m->end, " of ", 4) == 0 &&
		    l->v[i + 1].type != NER_DATE) {
			ner_merge_next(l, i, NER_MISC, &gone, n0);
			m = &l->v[i];
		}
		if (nn < 8) {
			name[nn][0] = ns;
			name[nn][1] = m->end - ns;
			name[nn++][2] = ns > st && ner_ship_person_name(s, ns, m->end);
		}
		if (re > rs) {
			int t = ner_lex_type(lexicon_lookup(s + rs, re - rs));
			ner_push(l, rs, re, t >= 0 && t != NER_DATE ? (enum ner_type)t : NER_ORG);
		}
	}
	/* The story's other mentions of the names, and the name where the
	 * model did not find it ("The Harbour Princess docked"); a person's
	 * name that had a prefix only after "the" (the ship is "the Edmund
	 * Harlow", the man "Edmund Harlow said"). */
	for (size_t k = 0; k < nn; k++) {
		const char *w = s + name[k][0];
		size_t wn = name[k][1];
		for (size_t i = 0; i < n0; i++) {
			struct ner_mention *m = &l->v[i];
			if (m->type != NER_DATE && m->type != NER_MISC && m->end - m->start == wn &&
			    memcmp(s + m->start, w, wn) == 0 && (!gone || !gone[i]) &&
			    (!name[k][2] || (m->start >= 4 && ner_lit_is_nocase("the ", s + m->start - 4, 4)))) {
				m->type = NER_MISC;
				m->margin = 0;
			}
		}
		for (const char *p = s; wn >= 3 && (p = ner_find(s, p, len - (size_t)(p - s), w, wn)) != NULL; p += wn) {
			size_t at = (size_t)(p - s);
			if ((at > 0 && ner_alnum_at(s, at - 1)) || (at + wn < len && ner_alnum_at(s, at + wn)) ||
			    (name[k][2] && !(at >= 4 && ner_lit_is_nocase("the ", s + at - 4, 4))))
				continue;
			/* Mentions within the name are parts of it ("Empress"
			 * and "Valmora" of "Empress of Valmora"); one across its
			 * edge keeps it out. */
			int free_at = 1, inside = 0;
			for (size_t i = 0; i < l->n && free_at; i++) {
				if (l->v[i].end <= at || l->v[i].start >= at + wn || (i < n0 && gone && gone[i]))
					continue;
				free_at = i < n0 && l->v[i].start >= at && l->v[i].end <= at + wn;
				inside = 1;
			}
			if (!free_at)
				continue;
			for (size_t i = 0; inside && i < n0; i++)
				if (l->v[i].start >= at && l->v[i].end <= at + wn) {
					if (!gone)
						gone = xcalloc(n0, 1);
					gone[i] = 1;
				}
			ner_push(l, at, at + wn, NER_MISC);
		}
	}
	ner_drop_gone(l, gone, n0);
	if (l->n > n0 || gone)
		ner_sort_mentions(l->v, l->n);
}

/* A name after "by" that ends in a body's head word is a body's, though
 * the head word also ends events' names ("developed by Tarnhollow Games",
 * not "the Commonwealth Games"): nothing is made or done by an event. */
void ner_by_bodies(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_MISC || m->start < 4 || memcmp(s + m->start - 4, " by ", 4) != 0 ||
		    !ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		size_t lw = ner_word_start(s, m->start, m->end);
		if (lexicon_lookup(s + lw, m->end - lw) & LEX_ORG_WORD) {
			m->type = NER_ORG;
			m->margin = 0;
		}
	}
}

/* A JavaScript library's name ends in ".js" ("Node.js", "Vue.js"): a
 * product, another name, which the model left out or took for a place
 * ("N.J."). The text is searched once, which most stories lack. */
void ner_script_libraries(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	/* A "j" is looked for, rare in English, then the dot and the "s". */
	for (const char *q = len ? memchr(s, 'j', len) : NULL; q;
	     q = (size_t)(q - s) + 1 < len ? memchr(q + 1, 'j', len - (size_t)(q - s) - 1) : NULL) {
		if (q == s || q[-1] != '.' || (size_t)(q - s) + 1 >= len || q[1] != 's')
			continue;
		const char *p = q - 1;
		size_t e = (size_t)(p - s) + 3, b = (size_t)(p - s);
		if (e < len && ner_word_byte(s[e]) && s[e] != '\'')
			continue;
		while (b > 0 && ((s[b - 1] >= 'a' && s[b - 1] <= 'z') || (s[b - 1] >= 'A' && s[b - 1] <= 'Z') ||
				 (s[b - 1] >= '0' && s[b - 1] <= '9')))
			b--;
		/* A name of two characters or more, capitalised ("Node", "D3"),
		 * as a word of its own. */
		if ((size_t)(p - s) < b + 2 || !(s[b] >= 'A' && s[b] <= 'Z') || (b > 0 && ner_word_byte(s[b - 1])))
			continue;
		int covered = 0;
		for (size_t i = 0; i < n0 && !covered; i++) {
			struct ner_mention *m = &l->v[i];
			if (m->start < e && b < m->end) {
				covered = 1;
				if (m->start == b && m->end == e && m->type != NER_MISC) {
					m->type = NER_MISC;
					m->margin = 0;
				}
			}
		}
		if (!covered)
			ner_push(l, b, e, NER_MISC);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* Whether s[a..b) is a hyphened model code: two capitals or more, a
 * hyphen and digits, in any order ("MS-04", "TU-154"); one capital is a
 * money supply's ("M-1"). */
static int ner_hyphen_code(const char *s, size_t a, size_t b)
{
	int letter = 0, digit = 0, hyphen = 0;
	if (b < a + 4 || !(s[a] >= 'A' && s[a] <= 'Z'))
		return 0;
	for (size_t k = a; k < b; k++) {
		if (s[k] >= 'A' && s[k] <= 'Z')
			letter++;
		else if (s[k] >= '0' && s[k] <= '9')
			digit = 1;
		else if (s[k] == '-')
			hyphen = 1;
		else
			return 0;
	}
	return letter >= 2 && digit && hyphen;
}

/* A craft's or a machine's model code after its maker's or its series'
 * name is one name with it ("the Varnak MS-04 cargo ship", "McDonnell
 * Douglas MD-11"): the model read the code alone as another name, and
 * the name before it as a body's or as none. The name before, a body's
 * or another, or a capitalised word inside a sentence, joins the code;
 * a place does not ("U.S. PL-480" is a law of the United States). */
void ner_hyphen_codes(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_MISC || m->start < 3 || s[m->start - 1] != ' ' ||
		    !ner_hyphen_code(s, m->start, m->end))
			continue;
		if (i > 0 && l->v[i - 1].end + 1 == m->start &&
		    (l->v[i - 1].type == NER_ORG || l->v[i - 1].type == NER_MISC) && !(gone && gone[i - 1])) {
			ner_merge_next(l, i - 1, NER_MISC, &gone, n0);
			continue;
		}
		if (i > 0 && l->v[i - 1].end + 1 >= m->start)
			continue;
		size_t ws = m->start - 1;
		while (ws > 0 && ((s[ws - 1] >= 'a' && s[ws - 1] <= 'z') || (s[ws - 1] >= 'A' && s[ws - 1] <= 'Z')))
			ws--;
		if (m->start - 1 - ws < 3 || !(s[ws] >= 'A' && s[ws] <= 'Z') || (ws > 0 && s[ws - 1] != ' ') ||
		    ner_opens_sentence(s, ws) || text_caps_word(s + ws, m->start - 1 - ws))
			continue;
		m->start = ws;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* The end of a product's model number at byte i ("40", "X2", "S21",
 * "A321neo": six bytes at most, letters and digits with a digit among
 * them, a hyphen inside), or 0. */
static size_t ner_model_number_end(const char *s, size_t len, size_t i)
{
	size_t e = i;
	int digit = 0;
	while (e < len && e - i < 7 && (ner_alnum_at(s, e) || (e > i && s[e] == '-'))) {
		digit |= s[e] >= '0' && s[e] <= '9';
		e++;
	}
	return digit && e > i && e - i <= 6 && s[e - 1] != '-' && (e == len || s[e] == ' ') ? e : 0;
}

/* A product's name and its model number before the kind of goods it
 * names are one other name ("the Tarvo X2 tablets", "two Kestrel K-40
 * jets"): the model, which knows the number's name from the
 * maker's, read the name alone. Not a body's name, which the maker's is,
 * nor a date. */
void ner_model_numbers(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit kinds[] = {
		NER_LIT("smartphone"), NER_LIT("smartphones"), NER_LIT("phone"),    NER_LIT("phones"),
		NER_LIT("handset"),    NER_LIT("handsets"),    NER_LIT("tablet"),   NER_LIT("tablets"),
		NER_LIT("laptop"),     NER_LIT("laptops"),     NER_LIT("console"),  NER_LIT("consoles"),
		NER_LIT("jet"),	       NER_LIT("jets"),	       NER_LIT("jetliner"), NER_LIT("jetliners"),
		NER_LIT("airliner"),   NER_LIT("airliners"),   NER_LIT("aircraft"), NER_LIT("helicopter"),
		NER_LIT("helicopters"), NER_LIT("drone"),      NER_LIT("drones"),   NER_LIT("chip"),
		NER_LIT("chips"),      NER_LIT("processor"),   NER_LIT("processors"), NER_LIT("rifle"),
		NER_LIT("rifles"),     NER_LIT("missile"),     NER_LIT("missiles"),
	};
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* A blank and a digit or a capital and a digit after it, the
		 * cheap test. */
		size_t b = m->end + 1;
		if (m->type == NER_ORG || m->type == NER_DATE || m->type == NER_GROUP || b + 2 >= len || s[m->end] != ' ' ||
		    (!(s[b] >= '0' && s[b] <= '9') && !(ner_upper_at(s, b) && s[b + 1] >= '0' && s[b + 1] <= '9')))
			continue;
		size_t te = ner_model_number_end(s, len, b);
		if (!te || te + 2 >= len || (i + 1 < l->n && l->v[i + 1].start < te))
			continue;
		size_t ke = te + 1;
		while (ke < len && s[ke] >= 'a' && s[ke] <= 'z')
			ke++;
		if (!NER_LIT_IN(kinds, s + te + 1, ke - te - 1) || (ke < len && s[ke] != ' ' && s[ke] != ',' && s[ke] != '.'))
			continue;
		m->end = te;
		m->type = NER_MISC;
		m->margin = 0;
	}
}
