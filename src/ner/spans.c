/* ner/spans: A story's mentions made consistent: heads trimmed, brackets and
 * hyphens cut, names a story writes longer, in lists or as acronyms. */
#include "internal.h"

/* Whether the name s[a..e) starts with a place of two words or more a
 * list knows ("New Zealand Company", "Hong Kong Telecom Ltd"): its first
 * word alone is none of its short forms. */
static int ner_starts_place(const char *s, size_t a, size_t e)
{
	size_t w = ner_space_end(s, a, e);
	for (int words = 1; w < e && words < 4; words++) {
		size_t x = ner_space_end(s, w + 1, e);
		if (x < e && (lexicon_lookup(s + a, x - a) & (LEX_COUNTRY | LEX_CITY | LEX_REGION)))
			return 1;
		w = x;
	}
	return 0;
}

/* One article calls one thing by one type: a "person" or "other name"
 * whose words begin an organization's name found in the same article is
 * that organization ("Computer Terminal" after "Computer Terminal Systems
 * Inc"); so is a one-word "place" no list knows that begins a company's
 * name with its legal form or a trade's word ("Quillsoft" after
 * "Quillsoft Communications Corp", "Korvane" after "Korvane Airlines"),
 * where a known place stays one ("Japan Airlines Corp") and a word of one
 * does ("New" of the "New Zealand Company").
 * Organization names are sorted, so each check is a search. */
void ner_consistent_types(const char *s, struct ner_list *l)
{
	/* The names are folded into scratch memory (the ASCII ones fit in
	 * their length and one byte), not an allocation each. */
	struct xscratch_mark mark = xscratch_mark();
	size_t norg = 0, nfirm = 0;
	char **orgs = xscratch_alloc((l->n ? l->n : 1) * sizeof *orgs);
	char **firms = xscratch_alloc((l->n ? l->n : 1) * sizeof *firms);
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].type == NER_ORG && ner_chr(s, s + l->v[i].start, ' ', l->v[i].end - l->v[i].start)) {
			size_t fl, n = l->v[i].end - l->v[i].start;
			char *buf = xscratch_alloc(n + 1);
			char *f = text_fold_buf(s + l->v[i].start, n, buf, n + 1, &fl);
			if (f != buf) {
				buf = memcpy(xscratch_alloc(fl + 1), f, fl + 1);
				free(f);
			}
			orgs[norg++] = buf;
			if (ner_ends_legal_form(s, l->v[i].start, l->v[i].end) && !ner_starts_place(s, l->v[i].start, l->v[i].end))
				firms[nfirm++] = buf;
		}
	ner_names_sort(orgs, norg);
	ner_names_sort(firms, nfirm);
	/* The organizations' first bytes, folded (the firms are among them):
	 * a name whose fold starts with none extends none, and is passed
	 * over before its look-ups and fold. A name that starts with a byte
	 * that may fold to another (not ASCII, a blank or a control) is
	 * asked as before. */
	uint64_t orgfirst[4] = { 0 };
	for (size_t k = 0; k < norg; k++)
		orgfirst[(unsigned char)orgs[k][0] >> 6] |= 1ull << ((unsigned char)orgs[k][0] & 63);
	for (size_t i = 0; i < l->n && norg; i++) {
		struct ner_mention *m = &l->v[i];
		unsigned char c = (unsigned char)s[m->start];
		if (c > ' ' && c < 0x7f) {
			c = ner_ascii_lower[c];
			if (!(orgfirst[c >> 6] >> (c & 63) & 1))
				continue;
		}
		if (m->type == NER_PLACE && nfirm && !ner_chr(s, s + m->start, ' ', m->end - m->start) &&
		    !(lexicon_lookup(s + m->start, m->end - m->start) &
		      (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM))) {
			size_t fl;
			char fb[256];
			char *f = text_fold_buf(s + m->start, m->end - m->start, fb, sizeof fb, &fl);
			if (ner_names_extending(firms, nfirm, f, fl)) {
				m->type = NER_ORG;
				m->margin = 0;
			}
			if (f != fb)
				free(f);
			continue;
		}
		if (m->type != NER_PERSON && m->type != NER_MISC)
			continue;
		/* "Jean Smith" stays a person whatever organization has her name. */
		size_t fw = 0;
		while (m->start + fw < m->end && s[m->start + fw] != ' ')
			fw++;
		if (m->type == NER_PERSON && (lexicon_lookup(s + m->start, fw) & LEX_FIRST_NAME))
			continue;
		/* So does "President Obama", whatever "Obama Administration" is. */
		if (m->type == NER_PERSON && m->start > 0 && s[m->start - 1] == ' ') {
			size_t pe = m->start - 1, ps = pe;
			ps = ner_word_start(s, 0, ps);
			if (pe > ps && (lexicon_lookup(s + ps, pe - ps) & LEX_TITLE))
				continue;
		}
		size_t fl;
		char fb[256];
		char *f = text_fold_buf(s + m->start, m->end - m->start, fb, sizeof fb, &fl);
		if (ner_names_extending(orgs, norg, f, fl) && m->type != NER_ORG) {
			m->type = NER_ORG;
			m->margin = 0;
		}
		if (f != fb)
			free(f);
	}
	xscratch_release(mark);
}

/* Whether the line of byte a has more lower-case letters than capitals:
 * prose, not a headline in capitals, even one after a field's name
 * ("Title: KOREAN AIR ORDERS"). */
static int ner_line_mostly_lower(const char *s, size_t len, size_t a)
{
	int lower, upper;
	ner_line_letters(s, len, a, &lower, &upper);
	return lower > upper;
}

/* A mention's words folded and joined by single spaces, so that a name
 * broken over two lines matches the same name on one: into buf (cap
 * bytes) when it fits, else into a new string (ner_fold_free frees it). */
static char *ner_folded_words(const char *s, size_t start, size_t end, char *buf, size_t cap)
{
	/* The words joined go on the stack when they fit (a name mostly). */
	char stack[256];
	stack[0] = 0; /* GCC cannot tell that text_fold reads only what is written */
	char *flat = end - start + 1 <= sizeof stack ? stack : xmalloc(end - start + 1), *o = flat;
	int space = 0;
	for (size_t i = start; i < end; i++) {
		char c = s[i];
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			space = o > flat;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = c;
	}
	size_t fl;
	char *f = text_fold_buf(flat, (size_t)(o - flat), buf, cap, &fl);
	if (flat != stack)
		free(flat);
	return f;
}

static void ner_fold_free(char *f, const char *buf)
{
	if (f != buf)
		free(f);
}

/* The type the article gives the name folded as f elsewhere, other than a
 * person's, or -1. all holds "folded\x01T" entries, sorted; tails the
 * ends of the organizations' entries after each of their spaces, sorted,
 * for a short form ("Chargers" of "San Diego Chargers"). */
static int ner_other_type(char *const *all, size_t nall, char *const *tails, size_t ntails, const char *f)
{
	size_t fn = strlen(f);
	for (size_t lo = ner_names_lower(all, nall, f);
	     lo < nall && strncmp(all[lo], f, fn) == 0 && all[lo][fn] == '\x01'; lo++)
		if (all[lo][fn + 1] - 'A' != NER_PERSON && all[lo][fn + 2] == 0)
			return all[lo][fn + 1] - 'A';
	size_t lo = ner_names_lower(tails, ntails, f);
	if (lo < ntails && strncmp(tails[lo], f, fn) == 0 && tails[lo][fn] == '\x01')
		return NER_ORG;
	return -1;
}

/* An article ("The", "A", "An") is no name alone, nor "Opposition", and
 * "The" is not the last word of one ("S and P. The agency" read as a
 * person "P. The"; "Class A" keeps its letter). Nor is a word that joins a
 * name's parts ("of", "and", "for", "de" in lower case): a name cut before
 * a bracket or a capitalised "The" ("the Enforcement Division of the (SEC)",
 * "the Office of The King") ends before it. */
void ner_articles(const char *s, struct ner_list *l)
{
	static const char *const arts[] = { "the", "a", "an" };
	static const char *const joins[] = { "of", "and", "for", "de" };
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++) {
		struct ner_mention *m = &l->v[k];
		int gone = 0;
		while (m->type != NER_DATE && m->end > m->start) {
			/* Every article and joining word ends in "e", "a", "n",
			 * "f", "d" or "r" (any case): other names are kept
			 * before any walk. */
			unsigned char z = (unsigned char)(s[m->end - 1] | 0x20);
			if (z != 'e' && z != 'a' && z != 'n' && z != 'f' && z != 'd' && z != 'r')
				break;
			/* "The Opposition" is the parties against the government,
			 * no name (the training data's labels, 48 times in 54). */
			if (z == 'n' && m->end - m->start == 10 && ner_lit_is_nocase("opposition", s + m->start, 10)) {
				gone = 1;
				break;
			}
			/* An article or a joining word is at most three bytes: the
			 * walk back to the last word's start stops at four, and
			 * longer words skip the compares. */
			size_t b = m->end;
			while (b > m->start && m->end - b < 4 && s[b - 1] != ' ' && s[b - 1] != '\n')
				b--;
			size_t wn = m->end - b;
			int art = 0, join = 0;
			for (size_t q = 0; q < sizeof arts / sizeof *arts && !art && wn <= 3; q++)
				art = ner_lit_is_nocase(arts[q], s + b, wn);
			for (size_t q = 0; q < sizeof joins / sizeof *joins && !join && wn <= 3; q++)
				join = ner_lit_is(joins[q], s + b, wn);
			int alone = b == m->start;
			if (!((art && (alone || wn == 3)) || join))
				break;
			size_t e = b;
			while (e > m->start && (s[e - 1] == ' ' || s[e - 1] == '\n'))
				e--;
			if (e == m->start) {
				gone = 1;
				break;
			}
			m->end = e;
		}
		if (!gone)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* Whether byte c folds to itself but for case, one byte to one (text_fold
 * lower-cases ASCII letters and leaves the other printable ASCII bytes). */
static int ner_trim_plain(unsigned char c)
{
	return c > ' ' && c < 0x7f;
}

/* Notes the first and the last word of the name s[a..b) in lead, by
 * the lower case of its first byte (lead's index) and its length (a bit,
 * 63 for longer ones); 0 where the name has a byte that may fold to
 * another number of bytes, or a blank that ner_space_at does not tell. */
static int ner_trim_lead_words(const char *s, size_t a, size_t b, uint64_t *lead)
{
	size_t fs = SIZE_MAX, fe = 0, ls = 0;
	for (size_t p = a; p < b; p++) {
		if (ner_space_at(s, p))
			continue;
		if (!ner_trim_plain((unsigned char)s[p]))
			return 0;
		if (p == a || ner_space_at(s, p - 1)) {
			ls = p;
			if (fs == SIZE_MAX)
				fs = p;
		}
		if (fs != SIZE_MAX && fe == 0 && (p + 1 == b || ner_space_at(s, p + 1)))
			fe = p + 1;
	}
	if (fs == SIZE_MAX)
		return 1;
	size_t le = ls;
	while (le < b && !ner_space_at(s, le))
		le++;
	size_t fn = fe - fs < 63 ? fe - fs : 63, ln = le - ls < 63 ? le - ls : 63;
	lead[ner_ascii_lower[(unsigned char)s[fs]]] |= 1ull << fn;
	lead[ner_ascii_lower[(unsigned char)s[ls]]] |= 1ull << ln;
	return 1;
}

/* Whether the word s[a..e) (no blank in it) may be a word ner_trim_lead_words
 * noted: one of other bytes may. */
static int ner_trim_lead_is(const char *s, size_t a, size_t e, const uint64_t *lead)
{
	for (size_t p = a; p < e; p++)
		if (!ner_trim_plain((unsigned char)s[p]))
			return 1;
	size_t n = e - a < 63 ? e - a : 63;
	return (lead[ner_ascii_lower[(unsigned char)s[a]]] >> n & 1) != 0;
}

/* A sentence's first capital, a team's member or a trade set before a name
 * reads as part of it ("Charger Jamal Williams arrested...", "Moviemaker
 * Gary Ross", "Chargers WR Jackson"), and the model may then type the whole
 * as an organization. Where the same article names the person without
 * those words, and they are neither given names nor initials, they are
 * left out: the article shows where the name starts. A surname alone is
 * cut out so only after a name the article gives another type ("Chargers"),
 * and only if the article names someone of that surname in full. */
void ner_trim_heads(const char *s, struct ner_list *l)
{
	/* Only a story that names two people or more has a name to trim
	 * (below, a person's name goes on another's): most do not, and need
	 * none of the lists. */
	size_t people_named = 0;
	for (size_t i = 0; i < l->n && people_named < 2; i++)
		people_named += l->v[i].type == NER_PERSON;
	if (people_named < 2)
		return;
	/* A name is trimmed only where the words after its first are a
	 * person's name or surname: the first of them is the first or the
	 * last word of a person's name, folded. Those words are kept by
	 * their first byte and length (the words' own when their bytes are
	 * ASCII letters and marks, which fold to one byte each), so that most
	 * names need neither the lists nor their folds; a name of other bytes
	 * lets every name through. */
	uint64_t lead[128] = { 0 };
	int open = 0;
	for (size_t i = 0; i < l->n && !open; i++)
		if (l->v[i].type == NER_PERSON)
			open = !ner_trim_lead_words(s, l->v[i].start, l->v[i].end, lead);
	/* The lists are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	size_t np = 0, nall = 0, nsur = 0, n0 = l->n;
	char **people = xscratch_alloc((l->n ? l->n : 1) * sizeof *people);
	char **surnames = xscratch_alloc((l->n ? l->n : 1) * sizeof *surnames);
	/* Every name with its type ("folded\x01T"), for the words left out. */
	char **all = xscratch_alloc((l->n ? l->n : 1) * sizeof *all);
	/* The strings of the three go into one arena: their places in it
	 * first (it moves as it grows), pointers once it is full. It is
	 * sized for names that fold no longer than written (ASCII ones),
	 * grown beyond. */
	size_t *off = xscratch_alloc(3 * (l->n ? l->n : 1) * sizeof *off);
	size_t *poff = off, *soff = off + l->n, *aoff = off + 2 * l->n;
	char *arena = NULL;
	size_t alen = 0, acap = 0;
	/* The lists are made and sorted, and the organizations' tails
	 * gathered, when a name first asks for them (no name has changed
	 * then): most stories' names never do. The story names two people
	 * or more, so the lists hold two people or more. */
	int sorted = 0;
	char **tails = NULL;
	size_t ntails = 0, captails = 0;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON && m->type != NER_ORG && m->type != NER_MISC)
			continue;
		size_t ws[8], we[8], nw = 0;
		for (size_t p = m->start; p < m->end && nw < 8; p++)
			if (!ner_space_at(s, p) && (p == m->start || ner_space_at(s, p - 1))) {
				ws[nw] = p;
				we[nw] = p;
				while (we[nw] < m->end && !ner_space_at(s, we[nw]))
					we[nw]++;
				nw++;
			}
		if (nw < 2 || nw >= 8)
			continue;
		for (size_t k = 1; k < nw; k++) {
			/* The word left out: not a given name, not an initial. */
			size_t wn = we[k - 1] - ws[k - 1];
			if (wn < 2 || s[we[k - 1] - 1] == '.' || (lexicon_lookup(s + ws[k - 1], wn) & LEX_FIRST_NAME))
				break;
			/* Nor a word that says "son of" or "daughter of": the
			 * name before it is the person's own, the one after his
			 * father's ("Hamdan bin [Rashid Al Tarvel]"). */
			if (lexicon_patronymic(s + ws[k - 1], wn))
				break;
			if (!ner_upper_at(s, ws[k]))
				continue;
			if (!open && !ner_trim_lead_is(s, ws[k], we[k], lead))
				continue;
			if (!sorted) {
				size_t want = 0;
				for (size_t j = 0; j < l->n; j++)
					if (l->v[j].type != NER_DATE)
						want += 2 * (l->v[j].end - l->v[j].start) + 4;
				arena = xgrow(arena, &acap, want ? want : 1, 1);
				for (size_t j = 0; j < l->n; j++) {
					if (l->v[j].type == NER_DATE)
						continue;
					char fb[256];
					char *f = ner_folded_words(s, l->v[j].start, l->v[j].end, fb, sizeof fb);
					size_t fn = strlen(f);
					if (alen + 2 * fn + 4 > acap)
						arena = xgrow(arena, &acap, alen + 2 * fn + 4, 1);
					aoff[nall++] = alen;
					memcpy(arena + alen, f, fn);
					arena[alen + fn] = '\x01';
					arena[alen + fn + 1] = (char)('A' + l->v[j].type);
					arena[alen + fn + 2] = 0;
					alen += fn + 3;
					if (l->v[j].type == NER_PERSON) {
						poff[np++] = alen;
						memcpy(arena + alen, f, fn);
						arena[alen + fn] = 0;
						const char *sp = strrchr(f, ' ');
						if (sp)
							soff[nsur++] = alen + (size_t)(sp - f) + 1;
						alen += fn + 1;
					}
					ner_fold_free(f, fb);
				}
				for (size_t j = 0; j < nall; j++)
					all[j] = arena + aoff[j];
				for (size_t j = 0; j < np; j++)
					people[j] = arena + poff[j];
				for (size_t j = 0; j < nsur; j++)
					surnames[j] = arena + soff[j];
				sorted = 1;
				ner_names_sort(people, np);
				ner_names_sort(surnames, nsur);
				ner_names_sort(all, nall);
				for (size_t q = 0; q < nall; q++) {
					size_t an = strlen(all[q]);
					if (all[q][an - 1] - 'A' != NER_ORG)
						continue;
					for (char *sp = strchr(all[q], ' '); sp; sp = strchr(sp + 1, ' ')) {
						tails = xgrow(tails, &captails, ntails + 1, sizeof *tails);
						tails[ntails++] = sp + 1;
					}
				}
				ner_names_sort(tails, ntails);
			}
			char fb[256], hb[256], mb[256];
			char *f = ner_folded_words(s, ws[k], m->end, fb, sizeof fb);
			int known = 0;
			if (nw - k >= 2) {
				/* And the words left out plainly no part of it: the
				 * name goes on with a given name, or they are a
				 * common word or a name of something else. */
				known = ner_name_known(people, np, f);
				if (known && !(lexicon_lookup(s + ws[k], we[k] - ws[k]) & LEX_FIRST_NAME) &&
				    !(lexicon_lookup(s + ws[k - 1], wn) & LEX_COMMON)) {
					char *h = ner_folded_words(s, m->start, we[k - 1], hb, sizeof hb);
					known = ner_other_type(all, nall, tails, ntails, h) >= 0;
					ner_fold_free(h, hb);
				}
			} else if (nw >= 3) {
				/* Someone else of that surname, named in full. */
				char *h = ner_folded_words(s, m->start, we[0], hb, sizeof hb);
				char *me = ner_folded_words(s, m->start, m->end, mb, sizeof mb);
				if (ner_name_known(surnames, nsur, f) && ner_other_type(all, nall, tails, ntails, h) >= 0) {
					size_t fn = strlen(f);
					for (size_t q = 0; q < np && !known; q++) {
						size_t pn = strlen(people[q]);
						known = pn > fn + 1 && people[q][pn - fn - 1] == ' ' &&
							strcmp(people[q] + pn - fn, f) == 0 && strcmp(people[q], me) != 0 &&
							strchr(people[q], ' ') == strrchr(people[q], ' ');
					}
				}
				ner_fold_free(h, hb);
				ner_fold_free(me, mb);
			}
			ner_fold_free(f, fb);
			if (!known)
				continue;
			/* The words left out keep the type the article gives
			 * them elsewhere, the longest of them that it names. */
			size_t hs = m->start;
			m->start = ws[k];
			m->type = NER_PERSON;
			for (size_t q = k; q > 0; q--) {
				char *h = ner_folded_words(s, hs, we[q - 1], hb, sizeof hb);
				int ht = ner_other_type(all, nall, tails, ntails, h);
				ner_fold_free(h, hb);
				if (ht >= 0) {
					ner_push(l, hs, we[q - 1], (enum ner_type)ht);
					break;
				}
			}
			break;
		}
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
	free(arena);
	free(tails);
	xscratch_release(mark);
}

/* Whether the word at start opens a sentence: the text's or a line's
 * first, or after a sentence's end (a quotation mark between), or after
 * a dateline's dash ("March 5 - Bankers welcomed"). */
int ner_opens_sentence(const char *s, size_t start)
{
	size_t b = start;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '"'))
		b--;
	if (b == 0 || s[b - 1] == '\n')
		return 1;
	char c = s[b - 1];
	if (c == '.' || c == '!' || c == '?')
		return 1;
	if (c != '-' || b < 3 || s[b - 2] != ' ')
		return 0;
	return s[b - 3] >= '0' && s[b - 3] <= '9';
}

/* How the story (of n bytes) writes the word w (wn bytes, its first
 * letter a capital) elsewhere, within NER_NEAR_TEXT bytes of at (a
 * bounded look, so that a file of many such words stays linear): -1 if
 * capitalised inside a sentence somewhere, else 1 if in lower case
 * somewhere, else 0; not full, 0 too where it is never in lower case,
 * without looking further. */
int ner_story_case(const char *s, size_t n, size_t at, const char *w, size_t wn, int full)
{
	size_t lo = at > NER_NEAR_TEXT ? at - NER_NEAR_TEXT : 0, hi = n - at > NER_NEAR_TEXT ? at + NER_NEAR_TEXT : n;
	int lower = 0;
	/* Each case of the first letter apart, found by memchr. */
	for (int pass = 0; pass < 2; pass++) {
		char first = pass ? w[0] : (char)(w[0] + 32);
		for (size_t k = lo; k + wn <= hi; k++) {
			const char *q = ner_chr(s, s + k, first, hi - wn + 1 - k);
			if (!q)
				break;
			k = (size_t)(q - s);
			if ((k > 0 && ner_word_byte(s[k - 1])) || (k + wn < n && ner_word_byte(s[k + wn])) ||
			    memcmp(s + k + 1, w + 1, wn - 1) != 0)
				continue;
			if (!pass)
				lower = 1;
			else if (k != at && !ner_opens_sentence(s, k))
				return -1;
		}
		/* Never in lower case: 0 is all a caller not full asks. */
		if (!lower && !full)
			return 0;
	}
	return lower;
}

static int ner_word_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	size_t xn = strcspn(x, " "), yn = strcspn(y, " ");
	int c = strncasecmp(x, y, xn < yn ? xn : yn);
	return c ? c : (xn > yn) - (xn < yn);
}

/* A person's name that opens a sentence does not start with a word
 * capitalised only as the sentence's first, that its story writes in
 * lower case too (and never capitalised inside a sentence) and that no
 * list gives as a given name, a title or a surname's particle ("Standalone
 * Wasm mode still helps", beside "a standalone Wasm binary"; "Van Driel
 * said" stays whole): the model took the word in with the name after it. */
void ner_sentence_lower_heads(const char *s, size_t n, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type != NER_PERSON || !(s[m->start] >= 'A' && s[m->start] <= 'Z'))
			continue;
		size_t e = m->start + 1;
		while (e < m->end && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e >= m->end || s[e] != ' ' || e - m->start < 3 || !ner_opens_sentence(s, m->start) ||
		    (lexicon_lookup(s + m->start, e - m->start) & (LEX_FIRST_NAME | LEX_TITLE | LEX_SURNAME_PARTICLE)) ||
		    !ner_story_writes_lower(s, n, m->start, s + m->start, e - m->start))
			continue;
		while (e < m->end && s[e] == ' ')
			e++;
		m->start = e;
		m->margin = 0;
	}
}

/* A sentence's first word alone, capitalised only as the first, that its
 * story writes in lower case too (and never capitalised inside a
 * sentence), that no list names and that begins none of the story's
 * other names, is a common noun ("Bankers said the move represented...",
 * beside "Spanish bankers"): the model, seeing "Bankers" of Bankers
 * Trust, took it for an organization. */
void ner_sentence_common_words(const char *s, size_t n, struct ner_list *l)
{
	/* The first words of the story's names of two words or more, sorted;
	 * the last words of its people's, when a plural asks. */
	const char **firsts = NULL, **lasts = NULL;
	size_t nf = 0, nlast = 0;
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t len = m->end - m->start;
		/* A person too where the word is a plural of people ("Growers
		 * said", "Congressmen", "Economists"), unless a fuller person's
		 * name ends in it. */
		int plural = m->type == NER_PERSON && len >= 6 &&
			     (memcmp(s + m->end - 3, "ers", 3) == 0 || memcmp(s + m->end - 3, "men", 3) == 0 ||
			      memcmp(s + m->end - 4, "ists", 4) == 0);
		/* A person too where news writes the word in lower case
		 * ("Feedback is welcome", "Proof: by definition"), the story
		 * never capitalises it inside a sentence, no title stands
		 * before it ("Dr. Feel") and no list gives it as a given name. */
		unsigned cls = 0;
		int person = m->type == NER_PERSON && !plural;
		int drop = (m->type == NER_ORG || m->type == NER_MISC || m->type == NER_PERSON) && len >= 3 &&
			   len < 32 && s[m->start] >= 'A' && s[m->start] <= 'Z';
		for (size_t k = m->start + 1; drop && k < m->end; k++)
			drop = s[k] >= 'a' && s[k] <= 'z';
		drop = drop && ner_opens_sentence(s, m->start) &&
		       ner_lex_type(cls = lexicon_lookup(s + m->start, len)) < 0;
		if (drop && person)
			drop = !(cls & LEX_FIRST_NAME) && lexicon_lowercase(s + m->start, len) &&
			       !ner_title_just_before(s, m->start) &&
			       ner_story_case(s, n, m->start, s + m->start, len, 1) >= 0;
		else if (drop)
			drop = ner_story_writes_lower(s, n, m->start, s + m->start, len);
		if (drop && !firsts) {
			firsts = xmalloc(l->n * sizeof *firsts);
			for (size_t j = 0; j < l->n; j++)
				if (ner_chr(s, s + l->v[j].start, ' ', l->v[j].end - l->v[j].start))
					firsts[nf++] = s + l->v[j].start;
			qsort(firsts, nf, sizeof *firsts, ner_word_cmp);
		}
		if (drop && nf) {
			char word[32];
			memcpy(word, s + m->start, len);
			word[len] = '\0';
			const char *key = word;
			drop = !bsearch(&key, firsts, nf, sizeof *firsts, ner_word_cmp);
		}
		if (drop && (plural || person)) {
			if (!lasts) {
				lasts = xmalloc(l->n * sizeof *lasts);
				for (size_t j = 0; j < l->n; j++) {
					const struct ner_mention *p = &l->v[j];
					size_t b = ner_word_start(s, p->start, p->end);
					if (p->type == NER_PERSON && b > p->start && p->end - b < 32)
						lasts[nlast++] = s + b;
				}
				qsort(lasts, nlast, sizeof *lasts, ner_word_cmp);
			}
			char word[32];
			memcpy(word, s + m->start, len);
			word[len] = '\0';
			const char *key = word;
			drop = !(nlast && bsearch(&key, lasts, nlast, sizeof *lasts, ner_word_cmp));
		}
		if (!drop)
			l->v[w++] = *m;
	}
	free(firsts);
	free(lasts);
	l->n = w;
}

/* A name ends in no hyphen (nor in a bracket it does not open, below):
 * German and Dutch write the shared end of two compounds once
 * ("FaceTime-Audio- und Videoanrufe"), and the word before
 * "und" keeps its hyphen in one token. Where the word after "und" starts
 * a name, the two are one, of the type of the second, whose head word
 * ends it ("Bayerische Hypotheken- und Wechsel-Bank AG"). */
void ner_trailing_hyphens(const char *s, struct ner_list *l)
{
	static const char *const joins[] = { " und ", " and ", " oder ", " or ", " en ", NULL };
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.end > m.start && s[m.end - 1] == '-' && i + 1 < l->n && l->v[i + 1].type != NER_DATE &&
		    m.type != NER_DATE) {
			size_t g = l->v[i + 1].start - m.end;
			for (int k = 0; joins[k]; k++)
				if (strlen(joins[k]) == g && memcmp(s + m.end, joins[k], g) == 0) {
					m.end = l->v[i + 1].end;
					m.type = l->v[i + 1].type;
					m.margin = l->v[i + 1].margin;
					i++;
					break;
				}
		}
		while (m.end > m.start && s[m.end - 1] == '-')
			m.end--;
		/* Nor in a bracket it does not open ("the South Island (Te
		 * Waipounamu)—and", the dash glued to the bracket), nor does it
		 * start with one it does not close. */
		if (m.end > m.start && (s[m.end - 1] == ')' || s[m.end - 1] == ']') &&
		    !ner_chr(s, s + m.start, s[m.end - 1] == ')' ? '(' : '[', m.end - m.start))
			m.end--;
		if (m.end > m.start && (s[m.start] == '(' || s[m.start] == '[') &&
		    !ner_chr(s, s + m.start, s[m.start] == '(' ? ')' : ']', m.end - m.start))
			m.start++;
		while (m.end > m.start && (s[m.end - 1] == ' ' || s[m.end - 1] == '\n'))
			m.end--;
		while (m.end > m.start && (s[m.start] == ' ' || s[m.start] == '\n'))
			m.start++;
		if (m.end > m.start)
			l->v[w++] = m;
	}
	l->n = w;
}

/* ner_push of s[start..end) with m's type and margin: a piece of m. */
static void ner_push_part(struct ner_list *l, size_t start, size_t end, const struct ner_mention *m)
{
	size_t n = l->n;
	ner_push(l, start, end, m->type);
	if (l->n > n)
		l->v[n].margin = m->margin;
}

/* Whether a name of l holds the byte c: the bracket passes below act on
 * few stories. */
static int ner_any_holds(const char *s, const struct ner_list *l, char c)
{
	for (size_t i = 0; i < l->n; i++)
		if (ner_chr(s, s + l->v[i].start, c, l->v[i].end - l->v[i].start))
			return 1;
	return 0;
}

/* A name that runs into a bracket it does not close ran on into what the
 * bracket holds: text split into tokens by another tool writes the
 * bracket apart, and the model read "Kim ( Hyung - ryul )" and
 * "Intergovernmental Negotiating Committee ( INC )" as one name. The
 * name ends before the bracket, and what the bracket holds is a name of
 * its own where it is an acronym or a person's other name; letters that
 * tell teams of one name apart stay inside it, closed ("Radnicki ( N )",
 * as CoNLL-2003 writes them). A name that starts inside a bracket and
 * ends outside it is an editor's ("(International Monetary) Fund"), left
 * to ner_close_brackets. */
void ner_open_brackets(const char *s, size_t len, struct ner_list *l)
{
	if (!ner_any_holds(s, l, '('))
		return;
	struct ner_list o = { 0 };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t b = m.end;
		while (b > m.start && s[b - 1] != '(' && s[b - 1] != ')')
			b--;
		if (b > m.start + 1 && s[b - 1] == '(' && m.type != NER_DATE) {
			size_t is = b, ie = m.end, fe = b - 1, c = m.end;
			while (is < ie && s[is] == ' ')
				is++;
			while (fe > m.start && (s[fe - 1] == ' ' || s[fe - 1] == '\n'))
				fe--;
			while (c < len && s[c] == ' ')
				c++;
			int upper = ie > is && s[is] >= 'A' && s[is] <= 'Z', acronym = upper && ie - is >= 2 && ie - is <= 8;
			for (size_t k = is; acronym && k < ie; k++)
				acronym = (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9');
			if (upper && ie - is == 1 && c < len && s[c] == ')') {
				m.end = c + 1; /* Radnicki ( N ) */
			} else {
				m.end = fe;
				if (acronym || (upper && m.type == NER_PERSON)) {
					ner_push_part(&o, m.start, m.end, &m);
					m.start = is;
					m.end = ie;
				}
			}
		}
		ner_push_part(&o, m.start, m.end, &m);
	}
	free(l->v);
	*l = o;
}

/* A name that holds a bracket's close and not its open started inside an
 * editor's bracket: "(Harold) Greene", "(International Monetary) Fund",
 * which the model read from the bracket's first word. Where the bracket
 * opens right before the name, the name takes it, as it keeps a nickname's
 * ("Robert (Bob) Kessel") and as CoNLL-2003 writes "( Tom ) Kestrel". Where
 * it opens further back ("(Finance Minister Dilson) Funaro") or something
 * other than a blank follows it ("(CORRECTED)-ACME CORP", "(EC)/OPEC"),
 * the name is cut at the bracket: what follows is a name, and what the
 * bracket holds is one where it is a person's or a list knows it, or the
 * acronym of the name right before the bracket ("Rapid Action Battalion
 * (RAB) Legal Wing"). */
void ner_close_brackets(const char *s, size_t len, struct ner_list *l)
{
	if (!ner_any_holds(s, l, ')'))
		return;
	struct ner_list o = { 0 };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		const char *cp = m.type == NER_DATE ? NULL : ner_chr(s, s + m.start, ')', m.end - m.start);
		size_t c = cp ? (size_t)(cp - s) : 0;
		if (!cp || c == m.start || ner_chr(s, s + m.start, '(', c - m.start)) {
			ner_push_part(&o, m.start, m.end, &m);
			continue;
		}
		size_t q = m.start;
		while (q > 0 && s[q - 1] == ' ')
			q--;
		int blank = c + 1 < len && (s[c + 1] == ' ' || s[c + 1] == '\n');
		/* A name's acronym in the bracket right after it ("Rapid Action
		 * Battalion (RAB) Legal Wing") is that name's, cut from what
		 * follows it. */
		size_t be = c;
		while (be > m.start && s[be - 1] == ' ')
			be--;
		int acronym = be - m.start >= 2 && be - m.start <= 8 && q > 0 && s[q - 1] == '(' && o.n > 0;
		for (size_t x = m.start; acronym && x < be; x++)
			acronym = s[x] >= 'A' && s[x] <= 'Z';
		if (acronym) {
			size_t p = q - 1;
			while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\n'))
				p--;
			acronym = o.v[o.n - 1].end == p;
		}
		if (acronym) {
			ner_push(&o, m.start, be, o.v[o.n - 1].type);
		} else if (q > 0 && s[q - 1] == '(' && blank && (o.n == 0 || o.v[o.n - 1].end < q)) {
			/* A company's bracket before its legal form is the
			 * company's name's ("Kestrel Securities (F.E.) Ltd",
			 * the model having ended the name before it). */
			size_t p = q - 1, fs = c + 1;
			while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\n'))
				p--;
			while (fs < m.end && (s[fs] == ' ' || s[fs] == '\n'))
				fs++;
			if (o.n && o.v[o.n - 1].end == p && o.v[o.n - 1].type == NER_ORG &&
			    (lexicon_lookup(s + fs, m.end - fs) & LEX_COMPANY_SUFFIX)) {
				o.v[o.n - 1].end = m.end;
				continue;
			}
			ner_push_part(&o, q - 1, m.end, &m);
			continue;
		} else if (m.type == NER_PERSON || ner_lex_type(lexicon_lookup(s + m.start, be - m.start)) >= 0) {
			ner_push(&o, m.start, be, m.type);
		}
		size_t as = c + 1;
		while (as < m.end && (s[as] == ' ' || s[as] == '\n' || s[as] == '-' || s[as] == '/'))
			as++;
		if (as < m.end && ner_alnum_at(s, as))
			ner_push(&o, as, m.end, m.type);
	}
	free(l->v);
	*l = o;
}

/* Into out (size at least b - a + 1) s[a..b) with every run of blanks one
 * space; its length. */
static size_t ner_squeeze(const char *s, size_t a, size_t b, char *out)
{
	size_t o = 0;
	for (size_t k = a; k < b; k++) {
		int blank = s[k] == ' ' || s[k] == '\n' || s[k] == '\t' || s[k] == '\r';
		if (!blank)
			out[o++] = s[k];
		else if (o && out[o - 1] != ' ')
			out[o++] = ' ';
	}
	out[o] = '\0';
	return o;
}

/* Two names joined by "and" that the story writes inside an organization's
 * longer name are that name's short form, one organization ("Ways and
 * Means chairman" beside the "House Ways and Means Committee"): the model
 * had read them as two names, the first often a person's. At most a few
 * dozen of the story's names with "and" are compared, so a long story is
 * no slower. */
void ner_inner_phrases(const char *s, struct ner_list *l)
{
	enum { NER_INNER_MAX = 32 };
	char *org[NER_INNER_MAX];
	size_t norg = 0;
	for (size_t i = 0; i < l->n && norg < NER_INNER_MAX; i++) {
		const struct ner_mention *m = &l->v[i];
		/* " and " squeezed is "and" in the text (ner_find, SSE2): most
		 * names have none, and are neither squeezed nor searched. */
		if (m->type != NER_ORG || m->end - m->start > 200 ||
		    !ner_find(s, s + m->start, m->end - m->start, "and", 3))
			continue;
		char buf[256];
		size_t bn = ner_squeeze(s, m->start, m->end, buf);
		if (!strstr(buf, " and "))
			continue;
		int seen = 0;
		for (size_t q = 0; q < norg && !seen; q++)
			seen = strcmp(org[q], buf) == 0;
		if (!seen) {
			org[norg] = xmalloc(bn + 1);
			memcpy(org[norg++], buf, bn + 1);
		}
	}
	if (!norg)
		return;
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		/* Not two places ("Hong Kong and Macau" of the "Hong Kong and
		 * Macau Affairs Office"): places go together. */
		if (i + 1 < l->n && m.type != NER_DATE && l->v[i + 1].type != NER_DATE &&
		    !(m.type == NER_PLACE && l->v[i + 1].type == NER_PLACE) && l->v[i + 1].end - m.start <= 200) {
			size_t g = m.end;
			while (g < l->v[i + 1].start && (s[g] == ' ' || s[g] == '\n'))
				g++;
			size_t h = g + 3;
			int joined = h <= l->v[i + 1].start && memcmp(s + g, "and", 3) == 0 && g > m.end;
			while (joined && h < l->v[i + 1].start && (s[h] == ' ' || s[h] == '\n'))
				h++;
			joined = joined && h == l->v[i + 1].start && h > g + 3;
			char buf[256];
			/* Up to a NUL the text may hold: what strstr compares. */
			size_t bn = joined ? (ner_squeeze(s, m.start, l->v[i + 1].end, buf), strlen(buf)) : 0;
			for (size_t q = 0; joined && q < norg; q++) {
				const char *at = strstr(org[q], buf);
				size_t on = strlen(org[q]);
				/* Whole words, and fewer than the organization's. */
				if (at && bn < on && (at == org[q] || at[-1] == ' ') && (at[bn] == '\0' || at[bn] == ' ')) {
					m.end = l->v[i + 1].end;
					m.type = NER_ORG;
					m.margin = 0;
					i++;
					break;
				}
			}
		}
		l->v[w++] = m;
	}
	l->n = w;
	for (size_t q = 0; q < norg; q++)
		free(org[q]);
}

/* A name the lists know, of two words or more, before a hyphen and a
 * word of the language, that the model left out ("the Awami League-led
 * government"): the name alone, as ANNOTATION.md's "[Russia]-backed", of
 * the type the lists give it. Text of len bytes. */
void ner_hyphen_known_names(const char *s, size_t len, struct ner_list *l)
{
	static const char *const tails[] = { "led", "backed", "based", "owned", "run", "controlled", "allied",
					     "sponsored", "funded", "aligned", "dominated", "supported", NULL };
	size_t n0 = l->n, mi = 0;
	for (const char *p = s; (p = memchr(p, '-', len - (size_t)(p - s))) != NULL; p++) {
		size_t h = (size_t)(p - s), te = h + 1;
		if (h < 4 || !(s[h - 1] >= 'a' && s[h - 1] <= 'z') || te >= len || s[te] < 'a' || s[te] > 'z')
			continue;
		while (te < len && s[te] >= 'a' && s[te] <= 'z')
			te++;
		int tail = 0;
		for (int k = 0; tails[k] && !tail; k++)
			tail = ner_lit_is(tails[k], s + h + 1, te - h - 1);
		if (!tail || (te < len && ner_alnum_at(s, te)))
			continue;
		/* Back over capitalised words, the longest name the lists know. */
		size_t ws = ner_word_start(s, 0, h), best = h;
		int type = -1;
		for (int w = 0; w < 5 && ws < h && ner_upper_at(s, ws); w++) {
			if (w > 0) {
				int lt = ner_lex_type(lexicon_lookup(s + ws, h - ws));
				if (lt >= 0 && lt != NER_DATE) {
					best = ws;
					type = lt;
				}
			}
			if (ws < 2 || s[ws - 1] != ' ')
				break;
			ws = ner_word_start(s, 0, ws - 1);
		}
		if (type < 0)
			continue;
		while (mi < n0 && l->v[mi].end <= best)
			mi++;
		if (mi < n0 && l->v[mi].start < h)
			continue;
		ner_push(l, best, h, (enum ner_type)type);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A name of two words before a hyphen and a word of the language
 * ("Hemant Soren-led", "Narendra Modi-backed"), which the model read as
 * two names (it takes "Soren-led" for a name of its own, as its training
 * labels "Saudi-led"), is one, as ANNOTATION.md's "[Russia]-backed" is:
 * a person's where a given name starts it. Not where a list knows either
 * part as a place, an organization or a people ("U.S. Saudi-led"). */
void ner_hyphen_pairs(const char *s, size_t len, struct ner_list *l)
{
	/* A place's head word makes a place ("Mercer Island-based"). */
	static const char *const heads[] = { "beach", "bay", "valley", "lake", "river", "park", "hills", "heights",
					     "springs", "falls", "creek", "harbor", "harbour", "island", NULL };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* One name of two words or more that the model read as a
		 * person's or an other name, with such a head before "-based"
		 * or "-born". */
		if ((m->type == NER_PERSON || m->type == NER_MISC) && m->end + 6 < len && s[m->end] == '-' &&
		    (memcmp(s + m->end + 1, "based", 5) == 0 || memcmp(s + m->end + 1, "born", 4) == 0)) {
			size_t lw = ner_word_start(s, m->start, m->end);
			int place = 0;
			for (int k = 0; heads[k] && !place && lw > m->start; k++)
				place = ner_lit_is_nocase(heads[k], s + lw, m->end - lw);
			if (place) {
				m->type = NER_PLACE;
				m->margin = 0;
			}
		}
		if (o > 0 && m->type != NER_DATE && m->start == l->v[o - 1].end + 1 && s[m->start - 1] == ' ' &&
		    m->end + 4 < len && s[m->end] == '-' && s[m->end + 1] >= 'a' && s[m->end + 1] <= 'z' &&
		    !ner_chr(s, s + m->start, ' ', m->end - m->start)) {
			struct ner_mention *p = &l->v[o - 1];
			size_t te = m->end + 1;
			while (te < len && s[te] >= 'a' && s[te] <= 'z')
				te++;
			int lp = ner_lex_type(lexicon_lookup(s + p->start, p->end - p->start)),
			    lm = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
			size_t fw = ner_space_end(s, p->start, p->end);
			if (p->type != NER_DATE && !ner_chr(s, s + p->start, ' ', p->end - p->start) && lp < 0 && lm < 0 &&
			    s[p->end - 1] != '.' && te - m->end - 1 >= 3 && lexicon_lowercase(s + m->end + 1, te - m->end - 1)) {
				int place = 0;
				for (int k = 0; ner_place_kinds[k] && !place; k++)
					place = ner_lit_is_nocase(ner_place_kinds[k], s + m->start, m->end - m->start);
				for (int k = 0; heads[k] && !place; k++)
					place = ner_lit_is_nocase(heads[k], s + m->start, m->end - m->start);
				p->end = m->end;
				if (place)
					p->type = NER_PLACE;
				else if (lexicon_lookup(s + p->start, fw - p->start) & LEX_FIRST_NAME)
					p->type = NER_PERSON;
				p->margin = 0;
				continue;
			}
		}
		l->v[o++] = *m;
	}
	l->n = o;
}

/* Whether the words of s[a..b), none a word of names, have the initials
 * of the abbreviation c[0..cn) ("Goods and Services Tax", "GST"), "and",
 * "of", "the" and "&" left out, in any case, a plural's "s" of the
 * abbreviation aside. */
static int ner_initials_are(const char *s, size_t a, size_t b, const char *c, size_t cn)
{
	if (cn > 2 && c[cn - 1] == 's')
		cn--;
	size_t k = 0;
	for (size_t w = a; w < b;) {
		size_t e = ner_blank_at(s, w, b);
		if (!ner_lit_is_nocase("and", s + w, e - w) && !ner_lit_is_nocase("of", s + w, e - w) &&
		    !ner_lit_is_nocase("the", s + w, e - w) && !ner_lit_is("&", s + w, e - w)) {
				/* No word of a name ("American Petroleum Institute
			 * (API)", "Trading Corporation of Pakistan (TCP)"). */
			if (k >= cn || (s[w] | 0x20) != (c[k] | 0x20) ||
			    (lexicon_lookup(s + w, e - w) & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_DEMONYM | LEX_GROUP |
							     LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_FIRST_NAME | LEX_ORG)))
				return 0;
			k++;
		}
		w = e + 1;
	}
	return k == cn;
}

/* A common noun spelled out before its abbreviation of the terms'
 * ("Artificial Intelligence (AI)", "Foreign Direct Investment (FDI)") is
 * no name, there or anywhere in its story, however the model typed it
 * ("Virtual Reality" a person); a name a list knows stays. */
void ner_term_expansions(const char *s, size_t len, struct ner_list *l)
{
	enum { MAXT = 16 };
	size_t ts[MAXT], tn[MAXT], nt = 0;
	for (size_t i = 0; i < l->n && nt < MAXT; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t a = m->end + 2, b = a;
		if (m->type == NER_DATE || a + 2 > len || s[m->end] != ' ' || s[m->end + 1] != '(' ||
		    !ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		while (b < len && b - a <= 6 && s[b] != ')')
			b++;
		if (b >= len || s[b] != ')' || !lexicon_term(s + a, b - a) ||
		    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) >= 0)
			continue;
		if (!ner_initials_are(s, m->start, m->end, s + a, b - a)) {
			/* The term after a word and a preposition the model took
			 * in ("Investment in Artificial Intelligence (AI)"): the
			 * whole is no name, and the term is the one to find. */
			size_t p = m->end, pw = 0;
			for (int w = 0; w < 4 && p > m->start && !pw; w++) {
				p = ner_word_start(s, m->start, p > m->start ? p - 1 : p);
				if (p > m->start + 4 && ner_initials_are(s, p, m->end, s + a, b - a)) {
					size_t q = ner_word_start(s, m->start, p - 1);
					if (ner_lit_is("in", s + q, p - 1 - q) || ner_lit_is("of", s + q, p - 1 - q) ||
					    ner_lit_is("for", s + q, p - 1 - q) || ner_lit_is("on", s + q, p - 1 - q))
						pw = p;
				}
			}
			if (!pw || nt + 2 > MAXT)
				continue;
			ts[nt] = pw;
			tn[nt++] = m->end - pw;
		}
		ts[nt] = m->start;
		tn[nt++] = m->end - m->start;
	}
	if (!nt)
		return;
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		int term = 0;
		for (size_t k = 0; k < nt && !term; k++)
			term = m->end - m->start == tn[k] && memcmp(s + m->start, s + ts[k], tn[k]) == 0;
		if (!term)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* A name the model cut short where the story writes a longer name of its
 * whole ("The flaw in Internet [Explorer]" after "Internet Explorer") is
 * that name: the words before it that the longer one ends with are taken
 * in, and its type. So is a name the model cut in two ("and [Cambridge]
 * [Analytica] denied" after "Cambridge Analytica"): names that lie wholly
 * within those words are taken in too, since the story writes them as one
 * name. The longer names (two to six words) are found by their last word,
 * so that a long story is read in n log n. */
void ner_story_longer_names(const char *s, struct ner_list *l)
{
	struct ner_word_ref *refs = NULL;
	size_t nr = 0, cap = 0;
	/* The lengths of the longer names' endings after each of their
	 * spaces, by their last byte: a mention that can end none of them is
	 * passed over without a search. */
	uint32_t ends[256] = { 0 };
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start, words = 1;
		if (m->type == NER_DATE || n > 80)
			continue;
		for (const char *p = s + m->start; (p = ner_chr(s, p, ' ', (size_t)(s + m->end - p))) != NULL; p++)
			words++;
		if (words < 2 || words > 6 || ner_chr(s, s + m->start, '\n', n))
			continue;
		size_t b = ner_word_start(s, m->start, m->end);
		refs = xgrow(refs, &cap, nr + 1, sizeof *refs);
		refs[nr++] = (struct ner_word_ref){ s + b, m->end - b, i };
		for (const char *p = s + m->start; (p = ner_chr(s, p, ' ', (size_t)(s + m->end - p))) != NULL; p++)
			ends[(unsigned char)s[m->end - 1]] |= ner_len_bit((size_t)(s + m->end - p - 1));
	}
	if (!nr)
		return;
	/* Sorted when a mention first passes the filter: in most stories
	 * none does. */
	int sorted = 0;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || !(ends[(unsigned char)s[m->end - 1]] & ner_len_bit(m->end - m->start)))
			continue;
		if (!sorted) {
			ner_word_refs_sort(refs, nr);
			sorted = 1;
		}
		size_t b = ner_word_start(s, m->start, m->end), n = m->end - m->start;
		struct ner_word_ref key = { s + b, m->end - b, 0 };
		size_t g = ner_word_ref_find(refs, nr, &key);
		for (size_t h = g; h < nr && h < g + 16 && refs[h].n == key.n && memcmp(refs[h].s, key.s, key.n) == 0; h++) {
			const struct ner_mention *c = &l->v[refs[h].i];
			size_t cn = c->end - c->start;
			if (refs[h].i == i || cn <= n + 1 || m->start < cn - n || (gone && gone[refs[h].i]))
				continue;
			size_t k = cn - n, from = m->start - k;
			/* Its whole text there, the longer name's words before
			 * it, and no other name in the way. */
			if (s[c->start + k - 1] != ' ' || memcmp(s + c->start + k, s + m->start, n) != 0 ||
			    memcmp(s + from, s + c->start, k) != 0 || (from > 0 && ner_word_byte(s[from - 1])))
				continue;
			/* The names in the way: each within the words taken in,
			 * none a date. */
			size_t first = i;
			while (first > 0 && l->v[first - 1].end > from && l->v[first - 1].start >= from &&
			       l->v[first - 1].type != NER_DATE)
				first--;
			if (first > 0 && l->v[first - 1].end > from)
				continue;
			/* Names taken in are the words' all, a space apart: not
			 * two joined by "and" or "/" in a headline's or a list's
			 * words ("U.S. And Canadian", "Borneo Bulletin / ANN"). */
			int joined = first == i || l->v[first].start == from;
			for (size_t q = first; joined && q < i; q++) {
				size_t next = q + 1 < i ? l->v[q + 1].start : m->start;
				joined = next > l->v[q].end && s[l->v[q].end] == ' ';
				/* Or a model's number between ("Boeing 737 MAX"):
				 * words with a digit and no letter in lower case. */
				int digit = 0;
				for (size_t k = l->v[q].end + 1; joined && k + 1 < next; k++) {
					digit |= s[k] >= '0' && s[k] <= '9';
					joined = s[k] != '\n' && !(s[k] >= 'a' && s[k] <= 'z');
				}
				joined = joined && (next == l->v[q].end + 1 || (digit && s[next - 1] == ' '));
			}
			if (!joined)
				continue;
			/* Not a word in lower case first ("west Norfolk"), but
			 * a surname's particle ("de Havilland"); no title nor
			 * role, which names leave out ("Gen Prayut", a slip of
			 * the model's elsewhere), but in a work's title ("Lady
			 * Bird"). */
			int ok = 1;
			for (size_t ws = from; ok && ws < m->start;) {
				size_t we = ner_space_end(s, ws, m->start);
				unsigned cls = lexicon_lookup(s + ws, we - ws);
				ok = (!(cls & (LEX_TITLE | LEX_ROLE)) || c->type == NER_MISC) &&
				     (ws > from || !(s[ws] >= 'a' && s[ws] <= 'z') || (cls & LEX_SURNAME_PARTICLE));
				ws = we + 1;
			}
			if (!ok)
				continue;
			if (first < i && !gone)
				gone = xcalloc(l->n, 1);
			for (size_t q = first; q < i; q++)
				gone[q] = 1;
			m->start = from;
			m->type = c->type;
			m->margin = 0;
			break;
		}
	}
	free(refs);
	ner_drop_gone(l, gone, l->n);
}

/* Whether c is "I", "V", "X" or NUL, as strchr("IVX", c) finds them,
 * without the call, which ran between every two names of a story. */
static int ner_roman_digit(char c)
{
	return c == 'I' || c == 'V' || c == 'X' || c == '\0';
}

/* A company the model cut short before a word of its name that the story
 * gives whole ("Mark IV Industries Inc ... until [Mark] IV complies") is
 * the name's first words as written there (a line break between them
 * too): the word that follows it and goes on the whole name is taken in,
 * and the whole name's type, whatever the model made of the first word
 * alone (a person's "Mark"); not a place's or a people's ("U.S.",
 * "Canadian"), which stand alone. The whole names (three words or more)
 * are found by their first word, so that a long story is read in n log
 * n. First, a name the model cut in two at a numeral before a company's
 * legal form is one ("[Pier] 1 [Imports Inc]"). */
void ner_story_name_heads(const char *s, size_t len, struct ner_list *l)
{
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (o > 0) {
			struct ner_mention *p = &l->v[o - 1];
			size_t d = p->end + 1, q = d;
			while (q < m.start && (ner_roman_digit(s[q]) || (s[q] >= '0' && s[q] <= '9')))
				q++;
			if (p->type != NER_DATE && m.type != NER_DATE && (s[p->end] == ' ' || s[p->end] == '\n') && q > d &&
			    q - d <= 4 && q + 1 == m.start && (s[q] == ' ' || s[q] == '\n') && s[p->start] >= 'A' &&
			    s[p->start] <= 'Z' && ner_ends_legal_form(s, m.start, m.end)) {
				p->end = m.end;
				p->type = NER_ORG;
				p->margin = 0;
				continue;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
	struct ner_word_ref *refs = NULL;
	size_t nr = 0, cap = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start, fw = ner_blank_at(s, m->start, m->end);
		if (m->type != NER_ORG || n > 80 || fw == m->end || ner_blank_at(s, fw + 1, m->end) == m->end)
			continue;
		refs = xgrow(refs, &cap, nr + 1, sizeof *refs);
		refs[nr++] = (struct ner_word_ref){ s + m->start, fw - m->start, i };
	}
	if (!nr)
		return;
	/* Sorted when a mention first asks: in most stories none does. */
	int sorted = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_ORG && m->type != NER_PERSON) || m->end + 2 >= len ||
		    (s[m->end] != ' ' && s[m->end] != '\n') ||
		    !((s[m->end + 1] >= 'A' && s[m->end + 1] <= 'Z') || (s[m->end + 1] >= '0' && s[m->end + 1] <= '9')))
			continue;
		if (!sorted) {
			ner_word_refs_sort(refs, nr);
			sorted = 1;
		}
		struct ner_word_ref key = { s + m->start, ner_blank_at(s, m->start, m->end) - m->start, 0 };
		size_t g = ner_word_ref_find(refs, nr, &key);
		size_t limit = i + 1 < l->n ? l->v[i + 1].start : len;
		for (size_t h = g; h < nr && h < g + 16 && refs[h].n == key.n && memcmp(refs[h].s, key.s, key.n) == 0; h++) {
			const struct ner_mention *c = &l->v[refs[h].i];
			size_t n = m->end - m->start, cn = c->end - c->start;
			if (refs[h].i == i || cn <= n + 1 || !ner_same_words(s + c->start, s + m->start, n) ||
			    (s[c->start + n] != ' ' && s[c->start + n] != '\n'))
				continue;
			/* The next word of the whole name, and the same word
			 * after the mention, ending where a word does. */
			size_t ce = ner_blank_at(s, c->start + n + 1, c->end);
			size_t wl = ce - (c->start + n + 1), e = m->end + 1 + wl;
			if (ce == c->end || e > limit || e > len || memcmp(s + m->end + 1, s + c->start + n + 1, wl) != 0 ||
			    (e < len && ner_word_byte(s[e])))
				continue;
			/* Not where another capitalised word follows, which
			 * the whole name does not ("U.S. District judge" in a
			 * story of the "U.S. District Court"). */
			if (e + 1 < len && (s[e] == ' ' || s[e] == '\n') && s[e + 1] >= 'A' && s[e + 1] <= 'Z')
				continue;
			/* A numeral ("Mark IV", "Pier 1"), or the word after
			 * which only the legal form is left ("Intermagnetics
			 * General" of Intermagnetics General Corp), not a
			 * word in its middle ("Diamond R" of Diamond R and M
			 * Inc, "Nikko Securities" of Nikko Securities Co
			 * International, another firm than Nikko Securities
			 * Co Ltd). */
			int numeral = 1;
			for (size_t k = m->end + 1; k < e; k++)
				numeral = numeral && (ner_roman_digit(s[k]) || (s[k] >= '0' && s[k] <= '9'));
			int form = 1;
			for (size_t w = ce + 1; form && w < c->end;) {
				size_t we = ner_blank_at(s, w, c->end);
				size_t wn = we - w - (we - w > 1 && s[we - 1] == '.');
				form = (lexicon_lookup(s + w, wn) & LEX_COMPANY_SUFFIX) != 0;
				w = we + 1;
			}
			if (!numeral && !form)
				continue;
			m->end = e;
			m->type = NER_ORG;
			m->margin = 0;
			break;
		}
	}
	free(refs);
}

/* Where the last name of a list that the model ran together with the
 * one before over its "and" ("Hightower Corp, Gordon Capital Corp and
 * First Marathon Securities Ltd", "Credit Suisse and Swiss Bank Corp")
 * splits there: the split byte (the space before "and"), or 0. Only
 * where the first part ends in a company's legal form or the story names
 * either part alone (refs, sorted; the second where the whole ends in a
 * legal form), words in lower case are in neither, nor "of" ("Department
 * of Health and Human Services"), and the second part is no legal form
 * ("Dillon Read and Co"): a firm of partners ("Donaldson Lufkin and
 * Jenrette Securities") is named so whole. */
static size_t ner_list_pair_split(const char *s, const struct ner_mention *m, const struct ner_word_ref *refs,
				  size_t nrefs)
{
	size_t and = 0;
	for (size_t k = m->start; k < m->end; k++) {
		if (s[k] != ' ' && s[k] != '\n')
			continue;
		if (k + 5 <= m->end && memcmp(s + k, " and ", 5) == 0) {
			if (and)
				return 0;
			and = k;
			k += 4;
			continue;
		}
		/* Every word capitalised ("BBB by Standard and Poor"). */
		if (k + 1 < m->end && !(s[k + 1] >= 'A' && s[k + 1] <= 'Z'))
			return 0;
	}
	if (!and || and == m->start || !(s[and + 5] >= 'A' && s[and + 5] <= 'Z'))
		return 0;
	size_t lw = and;
	lw = ner_word_start(s, m->start, lw);
	size_t fw = ner_blank_at(s, and + 5, m->end);
	if (lexicon_lookup(s + and + 5, fw - and - 5) & LEX_COMPANY_SUFFIX)
		return 0;
	if (ner_lex_type(lexicon_lookup(s + lw, fw - lw)) >= 0 ||
	    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) >= 0)
		return 0;
	/* Not "Trust", which banks' names go on from ("Sumitomo Trust and
	 * Banking Co"). */
	if ((lexicon_lookup(s + lw, and - lw) & LEX_COMPANY_SUFFIX) && !ner_lit_is("Trust", s + lw, and - lw))
		return and;
	/* A firm's name with a legal form after "and" ("Sumitomo Trust and
	 * Banking Co Ltd") has its first words as its short form: only the
	 * second part alone tells. */
	size_t le = m->end;
	le = ner_word_start(s, m->start, le);
	int firm = (lexicon_lookup(s + le, m->end - le) & LEX_COMPANY_SUFFIX) != 0;
	struct ner_word_ref a = { s + m->start, and - m->start, 0 }, b = { s + and + 5, m->end - and - 5, 0 };
	if ((!firm && ner_word_ref_find(refs, nrefs, &a) < nrefs) || ner_word_ref_find(refs, nrefs, &b) < nrefs)
		return and;
	return 0;
}

/* Where the name m runs on over one " and " to its own first word again
 * ("Sea Me We 4 and Sea Me We 3", "Bank of Ostrava and Bank of Lund"),
 * the offset of that " and ": two names, not one; 0 where not, or where
 * the two halves are one ("Bank of Lund and Bank of Lund"). */
static size_t ner_and_repeats(const char *s, const struct ner_mention *m)
{
	/* The shortest: "A B and A C". */
	if (m->end - m->start < 11)
		return 0;
	size_t fw = ner_blank_at(s, m->start, m->end);
	if (fw >= m->end)
		return 0;
	const char *and = ner_find(s, s + fw, m->end - fw, " and ", 5);
	if (!and)
		return 0;
	size_t at = (size_t)(and - s), first = fw - m->start, b = at + 5;
	/* A first half of one word is a firm's partners ("Saatchi and
	 * Saatchi Co", "J and J Snack Foods"). */
	if (at == fw || ner_find(s, s + b, m->end - b, " and ", 5) || m->end - b <= first ||
	    memcmp(s + b, s + m->start, first) != 0 || (s[b + first] != ' ' && s[b + first] != '\n'))
		return 0;
	/* The same name twice is one. */
	if (at - m->start == m->end - b && memcmp(s + m->start, s + b, at - m->start) == 0)
		return 0;
	return at;
}

/* The last two names of a list that the model ran together over its
 * "and" are two (ner_list_pair_split), of its type; so are two names that
 * start alike (ner_and_repeats). */
void ner_list_last_pairs(const char *s, struct ner_list *l)
{
	/* The mentions that may be such (after another of a list, with
	 * "and" inside), before the story's names are sorted for them. */
	size_t cand = 0;
	for (size_t i = 1; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		if (m->type != NER_DATE && l->v[i - 1].end <= m->start && ner_list_joint(s, l->v[i - 1].end, m->start) &&
		    m->end - m->start >= 9 && ner_find(s, s + m->start, m->end - m->start, " and ", 5))
			cand++;
	}
	for (size_t i = 0; i < l->n; i++)
		cand += l->v[i].type != NER_DATE && ner_and_repeats(s, &l->v[i]) != 0;
	if (!cand)
		return;
	struct ner_word_ref *refs = xmalloc(l->n * sizeof *refs);
	for (size_t i = 0; i < l->n; i++)
		refs[i] = (struct ner_word_ref){ s + l->v[i].start, l->v[i].end - l->v[i].start, i };
	ner_word_refs_sort(refs, l->n);
	struct ner_mention *v = xmalloc((l->n + cand) * sizeof *v);
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t at = 0;
		if (i > 0 && m->type != NER_DATE && l->v[i - 1].end <= m->start &&
		    ner_list_joint(s, l->v[i - 1].end, m->start))
			at = ner_list_pair_split(s, m, refs, l->n);
		if (!at && m->type != NER_DATE)
			at = ner_and_repeats(s, m);
		v[o] = *m;
		if (at) {
			v[o].end = at;
			v[o++].margin = 0;
			v[o] = *m;
			v[o].start = at + 5;
			v[o].margin = 0;
		}
		o++;
	}
	free(refs);
	free(l->v);
	l->v = v;
	l->n = o;
	l->cap = o;
}

/* Whether mention m is two words, a given name the lists know (or a word
 * they do not) and another in mixed case, that no list knows whole: a
 * person's name the model may have read as a place's or a body's for its
 * last word ("Hazel Court", "Tom Bridge", "Pascual Jordan"). */
static int ner_given_pair(const char *s, const struct ner_mention *m)
{
	size_t fw = ner_space_end(s, m->start, m->end);
	if (fw + 3 > m->end || ner_space_end(s, fw + 1, m->end) != m->end || !(s[fw + 1] >= 'A' && s[fw + 1] <= 'Z') ||
	    !(s[m->end - 1] >= 'a' && s[m->end - 1] <= 'z') || s[fw - 1] == '.')
		return 0;
	for (size_t k = m->start; k < fw; k++)
		if (!ner_word_byte(s[k]))
			return 0;
	unsigned first = lexicon_lookup(s + m->start, fw - m->start);
	if ((first != 0 && !(first & LEX_FIRST_NAME)) || (first & (LEX_COUNTRY | LEX_CITY | LEX_REGION)) ||
	    lexicon_lookup(s + m->start, m->end - m->start) != 0)
		return 0;
	/* A company's legal form is no surname ("Salomon Bros"); a body's
	 * head word is one less often than not (2: "Hazel Court", "Florida
	 * Department"), and so is a word no list knows before another (2:
	 * "Pascual Jordan"). */
	unsigned last = lexicon_lookup(s + fw + 1, m->end - fw - 1);
	return last & LEX_COMPANY_SUFFIX ? 0 : (last & LEX_ORG_WORD) || first == 0 ? 2 : 1;
}

/* A list of people is of people throughout: in a list whose names are all
 * people's or a given name and another word ("stars Hazel Court , Dorian
 * Bell and Sidney James", "Victoria Park , Jonah Street and Emma Banks as
 * the three sisters"), those the model took for places or bodies are
 * people, where one is a person's already or three or more are such
 * pairs; two people at least where such a pair ends in a body's head
 * word. Not a list with a name of another kind ("George Street , King
 * Street"), nor two pairs alone ("Victoria Park and Albert Park"). The
 * list is l->v[i..j); ner_list_types finds it. */
static void ner_people_list(const char *s, struct ner_list *l, size_t i, size_t j)
{
	size_t people = 0, pairs = 0;
	int heads = 0;	/* a pair ends in a body's head word */
	for (size_t k = i; k < j; k++) {
		int pair;
		if (l->v[k].type == NER_PERSON)
			people++;
		else if ((l->v[k].type == NER_PLACE || l->v[k].type == NER_ORG) &&
			 (pair = ner_given_pair(s, &l->v[k])) != 0) {
			pairs++;
			heads |= pair == 2;
		}
	}
	if (pairs > 0 && people + pairs == j - i && (heads ? people >= 2 : people > 0 || pairs >= 3))
		for (size_t k = i; k < j; k++)
			if (l->v[k].type != NER_PERSON) {
				l->v[k].type = NER_PERSON;
				l->v[k].margin = 0;
			}
}

/* Two names joined are of one kind where one is a place a list knows and
 * the other a single word no list knows, which the model read as a
 * person's ("the archdeaconry of Richmond and Craven"): a place too. The
 * pair is l->v[i] and l->v[i + 1]. */
static void ner_place_pair(const char *s, struct ner_list *l, size_t i)
{
	/* Joined by a word: a comma alone writes a town and its state
	 * ("Garland , Texas") or a name and its country ("Castillo , Chile"). */
	size_t a = l->v[i].end, b = l->v[i + 1].start;
	while (a < b && s[a] == ' ')
		a++;
	if (a == b || s[a] == ',')
		return;
	for (int k = 0; k < 2; k++) {
		struct ner_mention *p = &l->v[i + (size_t)k], *m = &l->v[i + 1 - (size_t)k];
		if (p->type != NER_PLACE || m->type != NER_PERSON ||
		    ner_lex_type(lexicon_lookup(s + p->start, p->end - p->start)) != NER_PLACE)
			continue;
		size_t n = m->end - m->start;
		if (n < 3 || ner_chr(s, s + m->start, ' ', n) || text_caps_word(s + m->start, n) ||
		    lexicon_lookup(s + m->start, n) != 0)
			continue;
		m->type = NER_PLACE;
		m->margin = 0;
	}
}

/* The names of one list are of one kind: in a list of three or more
 * ("Uthai Thani, Chai Nat, Sing Buri, Ayutthaya and Bangkok") where two
 * or more are places a list knows and none a list knows as anything else,
 * the others the model took for people are places too; so for
 * organizations. The model reads an unknown name of two words as a
 * person's. A list of two or more goes to ner_people_list too. */
void ner_list_types(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n;) {
		size_t j = i + 1;
		while (j < l->n && l->v[j].start >= l->v[j - 1].end && ner_list_joint(s, l->v[j - 1].end, l->v[j].start))
			j++;
		if (j - i >= 3) {
			unsigned known[NER_NTYPES] = { 0 };
			int other = 0;
			for (size_t k = i; k < j; k++) {
				int lt = ner_lex_type(lexicon_lookup(s + l->v[k].start, l->v[k].end - l->v[k].start));
				if (lt >= 0)
					known[lt]++;
				other |= l->v[k].type == NER_DATE;
			}
			int kind = known[NER_PLACE] >= 2 ? NER_PLACE : known[NER_ORG] >= 2 ? NER_ORG : -1;
			for (int t = 0; kind >= 0 && t < NER_NTYPES; t++)
				other |= t != kind && known[t] > 0;
			for (size_t k = i; kind >= 0 && !other && k < j; k++) {
				struct ner_mention *m = &l->v[k];
				size_t fw = ner_space_end(s, m->start, m->end);
				/* Words in mixed case, none an initial ("G. Fox", a
				 * store) nor in capitals (a call sign). */
				int plain = 1;
				for (size_t w = m->start; plain && w < m->end;) {
					size_t we = ner_space_end(s, w, m->end);
					plain = we - w >= 2 && s[we - 1] != '.' && !text_caps_word(s + w, we - w);
					w = we + 1;
				}
				if (m->type == NER_PERSON && plain &&
				    ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start)) < 0 &&
				    !(lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME)) {
					m->type = (enum ner_type)kind;
					m->margin = 0;
				}
			}
		}
		if (j - i == 2)
			ner_place_pair(s, l, i);
		if (j - i >= 2)
			ner_people_list(s, l, i, j);
		i = j;
	}
}

/* A name does not begin with a word news writes in lower case
 * ("centrist Alliance", "cut First Amarillo"): the model took an
 * adjective or a verb before the name with it. A surname's particle ("de
 * Blasio", "van Gogh") is no such word. */
void ner_lower_heads(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || !(s[m->start] >= 'a' && s[m->start] <= 'z'))
			continue;
		size_t e = m->start;
		while (e < m->end && s[e] >= 'a' && s[e] <= 'z')
			e++;
		/* What is left starts with a word, not a letter ("serie A"). */
		if (e + 2 >= m->end || s[e] != ' ' || !(s[e + 1] >= 'A' && s[e + 1] <= 'Z') || s[e + 2] == ' ' ||
		    !lexicon_lowercase(s + m->start, e - m->start) ||
		    (lexicon_lookup(s + m->start, e - m->start) & LEX_SURNAME_PARTICLE))
			continue;
		m->start = e + 1;
		m->margin = 0;
	}
}

/* "Users of Windows", "Customers of Barclays": a plural of ordinary
 * people that opens a sentence and "of" are no part of the name after
 * them, which the model had run them into; the rest is typed as a list
 * knows it. Not where "the" follows ("Friends of the Earth", "Doctors of
 * the World"). */
void ner_common_of_names(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* Its first word, then " of ". */
		const char *of = ner_chr(s, s + m->start, ' ', m->end - m->start);
		if (!of || (size_t)(of - s) + 4 >= m->end || memcmp(of, " of ", 4) != 0)
			continue;
		size_t w = m->start, we = (size_t)(of - s), r = we + 4;
		if (r >= m->end || !(lexicon_lookup(s + w, we - w) & LEX_COMMON))
			continue;
		/* At a sentence's start. */
		size_t b = w;
		while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '"'))
			b--;
		if (b > 0 && !strchr(".!?\n", s[b - 1]))
			continue;
		if (!(s[r] >= 'A' && s[r] <= 'Z'))
			continue;
		unsigned cls = lexicon_lookup(s + r, m->end - r);
		int lt = lexicon_product(s + r, m->end - r) ? (int)NER_MISC : ner_lex_type(cls);
		m->start = r;
		if (lt >= 0)
			m->type = (enum ner_type)lt;
		m->margin = 0;
	}
}

/* A word news writes in lower case inside a name, that joins no two
 * names ("and", "of", "und", "y" do), parts two names the model ran
 * together: "Gulf or Pacific Northwest", "Welland Canal linking Lakes
 * Erie", "Chinese Government owned First Autoworks". What follows it is a
 * name of the same type where it starts capitalised. */
void ner_lower_inner_words(const char *s, struct ner_list *l)
{
	/* Besides the particles of surnames the lexicon lists ("van",
	 * "del", "bin"). */
	static const char *const joins[] = { "and", "of", "on", "for", "the", "to", "at", "in", "upon", "with", "by",
					     "over", "under", "from", "into", "a", "an", "und", "en", "ve", "y", "et",
					     "e", "i", "og", "och", "dan", "les", "los", "las", "do", "sur", "sous",
					     "am", "im", "auf", "aan", "op", "il", "per", "sul", "as", "fuer", "fur",
					     /* Title-case headlines' determiners: such a line
					      * is read elsewhere. */
					     "its", "their", "his", "her", "our", "this", "that", NULL };
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_PERSON)
			continue;
		for (const char *sp = ner_chr(s, s + m->start, ' ', m->end - m->start); sp;
		     sp = ner_chr(s, sp + 1, ' ', (size_t)(s + m->end - sp - 1))) {
			size_t w = (size_t)(sp - s) + 1, we = w;
			while (we < m->end && s[we] >= 'a' && s[we] <= 'z')
				we++;
			/* A kind of place, "of" and a place inside a place's name
			 * are two places ("the Free State province of South
			 * Africa", which the model read as one), as CoNLL-2003
			 * writes them; the Worldwide articles keep them one. */
			if (m->type == NER_PLACE && we > w && we + 5 < m->end && memcmp(s + we, " of ", 4) == 0 &&
			    s[we + 4] >= 'A' && s[we + 4] <= 'Z') {
				int kind = 0;
				for (int k = 0; ner_place_kinds[k] && !kind; k++)
					kind = ner_lit_is(ner_place_kinds[k], s + w, we - w);
				if (kind) {
					size_t end = m->end;
					m->end = w - 1;
					m->margin = 0;
					/* "the Chinese province of Henan": a people's word. */
					if (lexicon_lookup(s + m->start, m->end - m->start) == LEX_DEMONYM)
						m->type = NER_GROUP;
					ner_push(l, we + 4, end, NER_PLACE);
					m = &l->v[i];
					break;
				}
			}
			if (we == w || we >= m->end || s[we] != ' ' || !(s[we + 1] >= 'A' && s[we + 1] <= 'Z'))
				continue;
			int join = 0;
			for (int k = 0; joins[k] && !join; k++)
				join = ner_lit_is(joins[k], s + w, we - w);
			if (join || !lexicon_lowercase(s + w, we - w) ||
			    (lexicon_lookup(s + w, we - w) & LEX_SURNAME_PARTICLE) || ner_after_macron(s, w))
				continue;
			/* An award's field or a document's title of two kinds
			 * after "for" ("the Kestrel Award for Best Rock or
			 * Alternative Album", "Guidelines for Tenants or
			 * Lodgers") is one name. */
			if (m->type == NER_MISC && we - w == 2 && s[w] == 'o' && s[w + 1] == 'r' &&
			    text_find(s + m->start, w - m->start, " for ", 5))
				continue;
			size_t end = m->end;
			enum ner_type type = m->type;
			m->end = w - 1;
			m->margin = 0;
			ner_push(l, we + 1, end, type);
			m = &l->v[i];
			break;
		}
	}
	if (l->n != n0)
		ner_sort_mentions(l->v, l->n);
}

/* The bytes of a single quote mark that ends at byte e of s (an ASCII
 * apostrophe, or U+2018 or U+2019), or 0. */
static size_t ner_single_quote_before(const char *s, size_t e)
{
	if (e >= 1 && s[e - 1] == '\'')
		return 1;
	if (e >= 3 && (unsigned char)s[e - 3] == 0xe2 && (unsigned char)s[e - 2] == 0x80 &&
	    ((unsigned char)s[e - 1] == 0x98 || (unsigned char)s[e - 1] == 0x99))
		return 3;
	return 0;
}

/* A name opened by a single quote mark ends at the mark that closes it:
 * "'Deep Throat' of Watergate" is the nickname and the scandal, which the
 * model read as one name across the closing mark. What follows the mark,
 * from its first capitalised word, stays a name of its own where a word
 * in lower case comes first or a list knows it, typed as the list does or
 * as the whole was. */
void ner_quoted_names(const char *s, struct ner_list *l)
{
	size_t n0 = l->n;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		/* The opening mark, right before the name or a blank before it
		 * (text tokenized with blanks around its marks), itself after a
		 * blank or at the start. */
		size_t o = m->start > 0 && s[m->start - 1] == ' ' ? m->start - 1 : m->start;
		size_t q = ner_single_quote_before(s, o);
		if (!q || (o - q > 0 && s[o - q - 1] != ' ' && s[o - q - 1] != '\n' && s[o - q - 1] != '('))
			continue;
		/* The closing mark: after a letter or a blank, before a blank
		 * or the name's end, and no "'s". */
		size_t cut = 0, after = 0;
		for (size_t x = m->start + 1; x < m->end && !cut; x++) {
			size_t k = ner_single_quote_before(s, x + 1);
			if (!k || x + 1 - k <= m->start)
				continue;
			size_t qs = x + 1 - k;
			if (x + 1 < m->end && s[x + 1] != ' ')
				continue;
			cut = qs;
			after = x + 1;
		}
		if (!cut)
			continue;
		size_t e = cut;
		while (e > m->start && s[e - 1] == ' ')
			e--;
		if (e == m->start)
			continue;
		size_t end = m->end;
		enum ner_type type = m->type;
		m->end = e;
		m->margin = 0;
		/* The rest from its first capitalised word, where a word in
		 * lower case came between ("of Watergate") or a list knows it:
		 * right after the mark it is a headline's next words
		 * ("'Penguin Post Office' Attracts Record"). */
		size_t r = after;
		int lower = 0;
		for (; r < end && !(s[r] >= 'A' && s[r] <= 'Z'); r++)
			lower |= s[r] >= 'a' && s[r] <= 'z';
		if (r < end && s[r - 1] == ' ') {
			int lt = ner_lex_type(lexicon_lookup(s + r, end - r));
			if (lt >= 0 || lower)
				ner_push(l, r, end, lt >= 0 ? (enum ner_type)lt : type);
		}
	}
	if (l->n != n0)
		ner_sort_mentions(l->v, l->n);
}

/* The initials of a name of two to six words, each capitalised and of
 * two letters or more but for the links of names ("of", "and", "for",
 * "the", "&"), into out (size bytes); 0 where the name is none such ("European Union" "EU",
 * "Federal Bureau of Investigation" "FBI"). */
static size_t ner_name_initials(const char *s, size_t a, size_t b, char *out, size_t size)
{
	static const char *const links[] = { "of", "and", "for", "the", "&", NULL };
	size_t n = 0, words = 0;
	for (size_t p = a; p < b;) {
		size_t e = ner_space_end(s, p, b);
		if (s[p] >= 'A' && s[p] <= 'Z') {
			/* A letter alone is no word of a name's ("A and B",
			 * "One S"). */
			if (n + 1 >= size || e - p < 2 || s[p + 1] == '.')
				return 0;
			out[n++] = s[p];
			words++;
		} else {
			int link = 0;
			for (int k = 0; links[k] && !link; k++)
				link = ner_lit_is(links[k], s + p, e - p);
			if (!link)
				return 0;
		}
		p = e;
		while (p < b && s[p] == ' ')
			p++;
	}
	if (words < 2 || words > 6)
		return 0;
	out[n] = '\0';
	/* Not a name that begins with them ("XP Professional"). */
	if (b - a > n && memcmp(s + a, out, n) == 0)
		return 0;
	return n;
}

/* The first i from i on where s[i] and s[i + 1] are ASCII capitals (up to
 * len, s a whole text), or len: sixteen places at a time with SSE2. */
static size_t ner_upper_pair_from(const char *s, size_t i, size_t len)
{
#if defined(__SSE2__)
	/* 'A'..'Z' moved to the bottom of the signed bytes, as
	 * text_upper_from tells them. */
	const __m128i shift = _mm_set1_epi8((char)(0x80 - 'A')), top = _mm_set1_epi8((char)(-128 + 26));
	for (; i + 17 <= len; i += 16) {
		__m128i x = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), shift);
		__m128i y = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 1)), shift);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmplt_epi8(x, top), _mm_cmplt_epi8(y, top)));
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; i + 1 < len; i++)
		if (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
			return i;
	return len;
}

/* A name's acronym that its story uses where the model found nothing
 * ("Internet Explorer ... versions of IE", "attacks on IE8"): the name's
 * initials, in capitals, standing alone (a product's with its version's
 * digits glued on), of the name's type. Not before a capitalised word,
 * where it starts another name ("AM General" of American Motors), nor in
 * a headline in capitals, where any word is in capitals
 * (ner_line_mostly_lower). The identity pass (entity_initials) joins the
 * acronym to the name. */
void ner_story_acronyms(const char *s, size_t len, struct ner_list *l)
{
	enum { MAXA = 32 };
	char acr[MAXA][8];
	size_t alen[MAXA];
	enum ner_type type[MAXA];
	size_t na = 0;
	unsigned lens = 0;	/* the acronyms' lengths (below 8), a bit each */
	for (size_t i = 0; i < l->n && na < MAXA; i++) {
		const struct ner_mention *m = &l->v[i];
		/* Initials are of two words or more: a name without a space
		 * (most) has none. */
		if ((m->type != NER_ORG && m->type != NER_MISC && m->type != NER_PLACE) ||
		    !ner_chr(s, s + m->start, ' ', m->end - m->start))
			continue;
		char ini[8];
		if (!ner_name_initials(s, m->start, m->end, ini, sizeof ini))
			continue;
		size_t q = 0;
		while (q < na && strcmp(acr[q], ini) != 0)
			q++;
		if (q < na)
			continue;
		memcpy(acr[na], ini, sizeof ini);
		alen[na] = strlen(ini);
		lens |= 1u << alen[na];
		type[na++] = m->type;
	}
	if (na == 0)
		return;
	/* One walk over the text's words in capitals, each looked up among
	 * the acronyms, where a search of the whole text for each acronym
	 * cost a fiftieth of the recognizer's time. */
	size_t n0 = l->n, from = 0;
	/* Acronyms have two letters or more (ner_name_initials): the walk
	 * goes from one pair of capitals to the next, where it stopped at
	 * every capital, most of which start a word in lower case. */
	for (size_t a = ner_upper_pair_from(s, 0, len); a < len; a = ner_upper_pair_from(s, a + 1, len)) {
		size_t b = a;
		while (b < len && s[b] >= 'A' && s[b] <= 'Z')
			b++;
		size_t at = a, q = 0;
		a = b - 1;
		if (at > 0 && (ner_alnum_at(s, at - 1) || s[at - 1] == '_' || s[at - 1] == '-' || s[at - 1] == '.' ||
			       (unsigned char)s[at - 1] >= 0x80))
			continue;
		/* Most runs of capitals are of no acronym's length. */
		if (b - at >= 8 || !(lens >> (b - at) & 1))
			continue;
		while (q < na && !(alen[q] == b - at && memcmp(acr[q], s + at, b - at) == 0))
			q++;
		if (q == na)
			continue;
		/* Not after a number: "12:01 PM" is a time. */
		if (at >= 2 && s[at - 1] == ' ' && s[at - 2] >= '0' && s[at - 2] <= '9')
			continue;
		if (type[q] == NER_MISC)
			while (b < len && s[b] >= '0' && s[b] <= '9')
				b++;
		if (b < len && (ner_alnum_at(s, b) || s[b] == '_' || s[b] == '-' || (unsigned char)s[b] >= 0x80 ||
				(s[b] == '.' && b + 1 < len && ner_alnum_at(s, b + 1))))
			continue;
		if (ner_capital_follows(s, len, b) || !ner_span_free(l, n0, &from, at, b) ||
		    !ner_line_mostly_lower(s, len, at))
			continue;
		ner_push(l, at, b, type[q]);
	}
	if (l->n > n0)
		ner_sort_mentions(l->v, l->n);
}

/* A military rank or an office written with a hyphen ("Major-General",
 * "Lt-Col", "Rear-Admiral", "Auditor-General"), which the lists lack (in
 * them it would change the model's features), is a title: outside the
 * person's name after it and the body's before it ("the Kessel Defence
 * Force Major-General Tomas Varga"), and no name alone; a body's own
 * ("the Office of the Auditor-General") stays. */
void ner_hyphen_ranks(const char *s, struct ner_list *l)
{
	static const struct ner_lit ranks[] = {
		NER_LIT("Major-General"),	 NER_LIT("Lieutenant-General"), NER_LIT("Lieutenant-Colonel"),
		NER_LIT("Lieutenant-Commander"), NER_LIT("Brigadier-General"),	NER_LIT("Rear-Admiral"),
		NER_LIT("Vice-Admiral"),	 NER_LIT("Sergeant-Major"),	NER_LIT("Lance-Corporal"),
		NER_LIT("Auditor-General"),	 NER_LIT("Maj-Gen"),		NER_LIT("Lt-Gen"),
		NER_LIT("Lt-Col"),		 NER_LIT("Brig-Gen")
	};
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		/* Only a name with a hyphen in it is read. */
		if (m.type != NER_DATE && ner_chr(s, s + m.start, '-', m.end - m.start)) {
			size_t lw = ner_word_start(s, m.start, m.end);
			/* Last, only before the person ("the Office of the
			 * Auditor-General" is a body). */
			if ((lw == m.start || (i + 1 < l->n && l->v[i + 1].type == NER_PERSON &&
					       l->v[i + 1].start == m.end + 1)) &&
			    NER_LIT_IN(ranks, s + lw, m.end - lw)) {
				m.end = lw > m.start ? lw - 1 : m.start;
				m.margin = 0;
			}
			size_t fw = ner_blank_at(s, m.start, m.end);
			if (m.end > m.start && m.type == NER_PERSON && NER_LIT_IN(ranks, s + m.start, fw - m.start)) {
				m.start = fw < m.end ? fw + 1 : m.end;
				m.margin = 0;
			}
			if (m.end <= m.start)
				continue;
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* The letters of a police or civil service rank in South Asia's news
 * ("OC" the officer in charge of a station, "ASI", "SI", "IO" the
 * investigating officer, "SHO", "DIG"; Nigeria's "CSP") are a title, no
 * name: before a person's name ("ASI Varnholt said"), after "the", "an"
 * or "a" ("said the OC"), or after a person's name and a comma ("Kestrel
 * Varnholt, OC of Brannock Police Station"). A story that spells the
 * letters out in brackets ("Dryland Income Growth (DIG)") has its own
 * name for them. */
void ner_rank_letters(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit ranks[] = { NER_LIT("OC"),	NER_LIT("ASI"), NER_LIT("SI"),	NER_LIT("IO"),
						NER_LIT("ASP"), NER_LIT("DSP"), NER_LIT("SSP"), NER_LIT("SHO"),
						NER_LIT("DIG"), NER_LIT("IGP"), NER_LIT("AIG"), NER_LIT("ADC"),
						NER_LIT("SDM"), NER_LIT("DCP"), NER_LIT("ACP"), NER_LIT("OSD"),
						NER_LIT("CSP") };
	/* A rank the model took into a name of two words or more after it
	 * ("[CSP Kestrel Varnholt]") is outside it, the name a person's. */
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* Two capitals first, asked before the word's end is sought. */
		if (m->end - m->start < 6 || s[m->start] < 'A' || s[m->start] > 'Z' || s[m->start + 1] < 'A' ||
		    s[m->start + 1] > 'Z')
			continue;
		size_t fw = ner_space_end(s, m->start, m->end);
		if (m->type == NER_DATE || fw - m->start < 2 || fw - m->start > 3 || fw + 2 >= m->end ||
		    !NER_LIT_IN(ranks, s + m->start, fw - m->start) ||
		    !ner_upper_at(s, fw + 1) || ner_space_end(s, fw + 1, m->end) == m->end ||
		    ner_has_org_word(s, fw + 1, m->end))
			continue;
		m->start = fw + 1;
		m->type = NER_PERSON;
		m->margin = 0;
	}
	/* Most stories have no name of two or three capitals. */
	size_t i0 = 0;
	for (; i0 < l->n; i0++) {
		size_t n = l->v[i0].end - l->v[i0].start;
		if (n >= 2 && n <= 3 && s[l->v[i0].start] >= 'A' && s[l->v[i0].start] <= 'Z' &&
		    s[l->v[i0].start + 1] >= 'A' && s[l->v[i0].start + 1] <= 'Z')
			break;
	}
	/* Which ranks' letters the story spells out in brackets, asked once
	 * a rank (a bit each). */
	_Static_assert(sizeof ranks / sizeof *ranks <= 32, "a rank is a bit");
	unsigned asked = 0, spelt = 0;
	size_t o = i0;
	for (size_t i = i0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		size_t n = m.end - m.start, k = 0;
		int rank = 0;
		if (n >= 2 && n <= 3 && m.type != NER_DATE && s[m.start] >= 'A' && s[m.start] <= 'Z')
			for (; k < sizeof ranks / sizeof *ranks && !rank; k++)
				rank = ranks[k].n == n && memcmp(ranks[k].w, s + m.start, n) == 0;
		if (rank) {
			int before = i + 1 < l->n && l->v[i + 1].type == NER_PERSON && l->v[i + 1].start == m.end + 1;
			size_t p = m.start;
			while (p > 0 && s[p - 1] == ' ')
				p--;
			size_t w = ner_word_start(s, 0, p);
			int article = (p - w == 3 && ner_lit_is_nocase("the", s + w, 3)) ||
				      (p - w == 2 && ner_lit_is_nocase("an", s + w, 2)) ||
				      (p - w == 1 && (s[w] == 'a' || s[w] == 'A'));
			/* "the OC", not "the DIG model": no capitalised name after. */
			article = article && !(m.end + 1 < len && s[m.end] == ' ' && ner_upper_at(s, m.end + 1));
			int apposed = o > 0 && l->v[o - 1].type == NER_PERSON && p > 0 && s[p - 1] == ',' &&
				      l->v[o - 1].end + 2 >= p - 1 && l->v[o - 1].end <= p - 1;
			/* What the model read as a person's name is a rank only
			 * after an article ("an ASI denied"). */
			rank = m.type == NER_PERSON ? article : before || article || apposed;
			/* Spelt out in brackets: the story's own name. */
			unsigned bit = 1u << (k - 1);
			if (rank && !(asked & bit)) {
				asked |= bit;
				for (const char *q = s; !(spelt & bit) &&
							(q = text_find(q, len - (size_t)(q - s), s + m.start, n)) != NULL;
				     q += n) {
					size_t a = (size_t)(q - s), pb = a, pe = a + n;
					while (pb > 0 && s[pb - 1] == ' ')
						pb--;
					while (pe < len && s[pe] == ' ')
						pe++;
					if (pb > 0 && s[pb - 1] == '(' && pe < len && s[pe] == ')')
						spelt |= bit;
				}
			}
			rank = rank && !(spelt & bit);
		}
		if (!rank)
			l->v[o++] = m;
	}
	l->n = o;
}

/* A name's last word after another that says what it is, where the model
 * read it otherwise: "Air" an airline's ("a Harwick Air flight", "Tarvel
 * Air"; news names no place so, and a list of bodies' head words would
 * take in the word's other senses, "Air Force"), "Constitution" a law's
 * ("the Varnian Constitution", as the Worldwide articles write it five
 * times to one); and "Cross" an award's where it is awarded ("was
 * awarded the Military Cross and the Victoria Cross"), the Red Cross's
 * name elsewhere; "F.C." and "FC" a football club's, "Quartet",
 * "Quintet", "Trio", "Orchestra", "Ensemble", "Singers", "Choir" and
 * "Band" an ensemble's, after a person's name too (the training data types
 * such names a body's); "Court" after a court's kind, "Tribunal" and
 * "Guild" a body's (the training data types "Court" a body's 110 times in
 * 120: "Kessby County District Court" is no place, "Earls Court" is);
 * "Enterprises" a firm's, and "Enterprise" in a name of three words or
 * more a state firm's ("the Varnesian Water Management Enterprise"; a
 * ship's name is shorter, "USS Enterprise");
 * "Stadium" a place's (10 times in 10 in the training data), and so
 * "Cricket Ground" ("the Kessby Cricket Ground" is no club); "License"
 * and "Licence" a licence's, a text's ("the Mozilla Public License"); a
 * disaster's word its event's, not a team's ("the 1906 San Francisco
 * Earthquake", "the New England Hurricane", "the Johnstown Flood"). */
void ner_tail_types(const char *s, struct ner_list *l)
{
	enum { TAIL_ANY, TAIL_AWARDED, TAIL_COURT, TAIL_ENSEMBLE, TAIL_LONG };
	static const struct {
		struct ner_lit w;	/* with its blank */
		enum ner_type type, from1, from2;
		int only;	/* TAIL_AWARDED: only after a verb of awarding and
				 * "the"; TAIL_COURT: only after a court's kind;
				 * TAIL_ENSEMBLE: a person's name too ("the Dave
				 * Kessel Quartet"); TAIL_LONG: only in a name of
				 * three words or more */
	} tails[] = {
		{ NER_LIT(" Air"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Constitution"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Cross"), NER_MISC, NER_ORG, NER_PLACE, TAIL_AWARDED },
		{ NER_LIT(" F.C."), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" FC"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Quartet"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Quintet"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Trio"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Orchestra"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Ensemble"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Singers"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Choir"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Band"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ENSEMBLE },
		{ NER_LIT(" Court"), NER_ORG, NER_PLACE, NER_MISC, TAIL_COURT },
		{ NER_LIT(" Tribunal"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Guild"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Enterprise"), NER_ORG, NER_PLACE, NER_MISC, TAIL_LONG },
		{ NER_LIT(" Enterprises"), NER_ORG, NER_PLACE, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Stadium"), NER_PLACE, NER_ORG, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Cricket Ground"), NER_PLACE, NER_ORG, NER_MISC, TAIL_ANY },
		{ NER_LIT(" Earthquake"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Hurricane"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Cyclone"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Typhoon"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Tsunami"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Flood"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" License"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
		{ NER_LIT(" Licence"), NER_MISC, NER_ORG, NER_PLACE, TAIL_ANY },
	};
	static const char *const verbs[] = { "awarded", "won", "received", "earned", "winning", "receiving", NULL };
	/* Where the last award this pass made ends, for the next one "and
	 * the" joins to it. */
	size_t award_end = SIZE_MAX;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* "Air" the model left after a name, where a word in lower case
		 * or a mark follows ("a Lion Air flight"; not "Air Force"), is
		 * the airline's last word; a product's is its edition. */
		if (s[m->end] == ' ' && s[m->end + 1] == 'A' && s[m->end + 2] == 'i' && s[m->end + 3] == 'r' &&
		    m->type != NER_DATE && m->type != NER_GROUP &&
		    (i + 1 >= l->n || l->v[i + 1].start >= m->end + 4) &&
		    ((s[m->end + 4] == ' ' && s[m->end + 5] >= 'a' && s[m->end + 5] <= 'z') ||
		     (s[m->end + 4] && strchr(",.;:)'", s[m->end + 4]))) &&
		    !lexicon_product(s + m->start, m->end - m->start)) {
			m->end += 4;
			m->type = NER_ORG;
			m->margin = 0;
			continue;
		}
		size_t n = m->end - m->start;
		/* The last bytes asked first: the tails end in "ir", "on",
		 * "ss", "C.", "FC", "et", "io", "ra", "le", "rs", "nd", "um",
		 * "se", "ce", "ke", "ne", "mi", "od" or "es". */
		char z = n >= 6 ? s[m->end - 1] : 0, y = n >= 6 ? s[m->end - 2] : 0;
		/* A country's railway is its rail operator ("Kenya Railways",
		 * "Egyptian National Railways"), not a line of track. */
		if (((z == 'y' && y == 'a') || (z == 's' && y == 'y')) && (m->type == NER_PLACE || m->type == NER_MISC)) {
			size_t rw = z == 's' ? 9 : 8;
			size_t fw = ner_space_end(s, m->start, m->end);
			if (n > rw && memcmp(s + m->end - rw, " Railway", 8) == 0 && fw < m->end &&
			    (lexicon_lookup(s + m->start, fw - m->start) & (LEX_COUNTRY | LEX_DEMONYM)) &&
			    (fw == m->end - rw || (fw + 9 == m->end - rw && memcmp(s + fw, " National", 9) == 0))) {
				m->type = NER_ORG;
				m->margin = 0;
				continue;
			}
		}
		if (!(z == 'r' && y == 'i') && !(z == 'n' && y == 'o') && !(z == 's' && y == 's') &&
		    !(z == '.' && y == 'C') && !(z == 'C' && y == 'F') && !(z == 't' && y == 'e') &&
		    !(z == 't' && y == 'r') && !(z == 'l' && y == 'a') && !(z == 'd' && y == 'l') &&
		    !(z == 'o' && y == 'i') && !(z == 'a' && y == 'r') && !(z == 'e' && y == 'l') &&
		    !(z == 's' && y == 'r') && !(z == 'd' && y == 'n') && !(z == 'm' && y == 'u') &&
		    !(z == 'e' && (y == 's' || y == 'c' || y == 'k' || y == 'n')) && !(z == 'i' && y == 'm') &&
		    !(z == 'd' && y == 'o') && !(z == 's' && y == 'e'))
			continue;
		for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
			size_t tn = tails[k].w.n;
			if (n <= tn ||
			    (m->type != tails[k].from1 && m->type != tails[k].from2 &&
			     !(tails[k].only == TAIL_ENSEMBLE && m->type == NER_PERSON)) ||
			    memcmp(s + m->end - tn, tails[k].w.w, tn) != 0)
				continue;
			/* A product's edition is no airline ("iPad Air"). */
			if (tn == 4 && memcmp(tails[k].w.w, " Air", 4) == 0 &&
			    lexicon_product(s + m->start, m->end - tn - m->start))
				break;
			/* A court by its kind ("District Court"): "Earls Court"
			 * is a place. */
			if (tails[k].only == TAIL_COURT) {
				static const struct ner_lit courts[] = {
					NER_LIT("District"), NER_LIT("Circuit"),	 NER_LIT("Supreme"),
					NER_LIT("High"),     NER_LIT("County"),	 NER_LIT("Magistrates"),
					NER_LIT("Crown"),    NER_LIT("Appeals"),	 NER_LIT("Federal"),
					NER_LIT("Superior"), NER_LIT("Family"),	 NER_LIT("Municipal"),
					NER_LIT("Constitutional"), NER_LIT("Criminal"), NER_LIT("Juvenile"),
				};
				size_t ce = m->end - tn, cs = ner_word_start(s, m->start, ce);
				if (!NER_LIT_IN(courts, s + cs, ce - cs))
					break;
			}
			if (tails[k].only == TAIL_LONG && !ner_chr(s, s + m->start, ' ', n - tn))
				break;
			if (tails[k].only == TAIL_AWARDED) {
				size_t a = m->start;
				if (a < 5 || memcmp(s + a - 5, " the ", 5) != 0)
					break;
				/* After the verb, or after "and the" another award
				 * this pass made ("the Military Cross and the
				 * Victoria Cross"). */
				int after = ner_word_before_in(s, a - 4, verbs) ||
					    (award_end != SIZE_MAX && award_end + 9 == a &&
					     memcmp(s + a - 9, " and the ", 9) == 0);
				if (!after || (lexicon_lookup(s + a, n) & LEX_ORG))
					break;
				award_end = m->end;
			}
			m->type = tails[k].type;
			m->margin = 0;
			break;
		}
	}
}

/* The end of an acronym in brackets right after byte e of s[0..n) (" (QRS)",
 * or " ( QRS )" as text split into tokens has it): up to eight capitals,
 * their start into *a; e where there is none. */
static size_t ner_bracket_acronym(const char *s, size_t n, size_t e, size_t *a)
{
	*a = e;
	if (e + 4 > n || s[e] != ' ' || s[e + 1] != '(')
		return e;
	size_t b = e + 2 + (s[e + 2] == ' '), z = b;
	while (z < n && s[z] >= 'A' && s[z] <= 'Z' && z - b <= 8)
		z++;
	if (z == b || z - b > 8 || z >= n || !(s[z] == ')' || (z + 1 < n && s[z] == ' ' && s[z + 1] == ')')))
		return e;
	*a = b;
	return z;
}

/* A name the model cut before its acronym in brackets spells it whole:
 * "the [Philippine Atmospheric], Geophysical and [Astronomical Services
 * Administration] (PAGASA)" is one name, of the last part's type. The
 * words before the mention are read back while their initials end the
 * acronym; links ("of", "and", "for", "the", "&") and commas between
 * are the name's. The whole is a body's where a part is. */
void ner_acronym_starts(const char *s, size_t n, struct ner_list *l)
{
	static const struct ner_lit links[] = { NER_LIT("of"), NER_LIT("and"), NER_LIT("for"), NER_LIT("the"),
						NER_LIT("&") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->type == NER_PERSON || (gone && gone[i]))
			continue;
		/* The acronym: three to eight capitals. */
		size_t a, z = ner_bracket_acronym(s, n, m->end, &a);
		if (z < a + 3)
			continue;
		/* Back over the words from the mention's end: k letters of the
		 * acronym are left to match, from its end. */
		size_t k = z - a, p = m->end, start = m->end;
		int words = 0;
		while (k > 0 && p > 0 && words < 12) {
			size_t e = p;
			while (e > 0 && s[e - 1] == ' ')
				e--;
			if (e < p && e > 0 && s[e - 1] == ',')
				e--;	/* a comma ends the word before */
			while (e > 0 && s[e - 1] == ' ')
				e--;
			size_t b = e;
			while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n' && s[b - 1] != '(' && s[b - 1] != ',')
				b--;
			if (b == e)
				break;
			if (s[b] >= 'A' && s[b] <= 'Z' && e - b >= 2 && s[e - 1] != '.') {
				if (s[b] != s[a + k - 1])
					break;
				k--;
				start = b;
			} else if (!NER_LIT_IN(links, s + b, e - b)) {
				break;
			}
			p = b;
			words++;
		}
		if (k > 0 || start >= m->start)
			continue;
		/* The mentions it covers go; not where one runs on from
		 * before it. */
		size_t q0 = i;
		while (q0 > 0 && l->v[q0 - 1].end > start)
			q0--;
		if (q0 < i && l->v[q0].start < start)
			continue;
		for (size_t q = q0; q < i; q++) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[q] = 1;
			/* A body's part makes the whole a body's ("[Bank of
			 * Tarvel] and [Kuwait] (BTK)"). */
			if (l->v[q].type == NER_ORG)
				m->type = NER_ORG;
		}
		m->start = start;
		m->margin = 0;
	}
	ner_drop_gone(l, gone, n0);
}

/* Whether the words' first letters w[0..nw) spell the acronym c[0..cn):
 * a word's letter with its high bit set (a link's, "of") may be left
 * out. */
static int ner_initials_spell(const char *w, size_t nw, const char *c, size_t cn)
{
	if (nw == 0)
		return cn == 0;
	char x = (char)(w[0] & 0x7f);
	if (cn && c[0] == x && ner_initials_spell(w + 1, nw - 1, c + 1, cn - 1))
		return 1;
	return (w[0] & 0x80) && ner_initials_spell(w + 1, nw - 1, c, cn);
}

/* The capitals that start the words of s[a..b), into first (up to size
 * bytes), for ner_initials_spell: a link's ("of", "and", "for", "on")
 * marked as one an acronym may leave out ("Department of Health (DOH)"),
 * the other words in lower case left out. Returns their number, size
 * where there are more. */
static size_t ner_word_capitals(const char *s, size_t a, size_t b, char *first, size_t size)
{
	size_t nw = 0;
	for (size_t p = a; p < b && nw < size;) {
		size_t e = ner_space_end(s, p, b);
		if (s[p] >= 'A' && s[p] <= 'Z')
			first[nw++] = s[p];
		else if (ner_lit_is("of", s + p, e - p) || ner_lit_is("and", s + p, e - p) ||
			 ner_lit_is("for", s + p, e - p) || ner_lit_is("on", s + p, e - p))
			first[nw++] = (char)(s[p] - 'a' + 'A') | (char)0x80;
		p = e + 1;
	}
	return nw;
}

/* An acronym in brackets right after the name of a body or an other
 * name it abbreviates is of the name's type ("Bank Indonesia (BI)",
 * which the model read as a place): its letters are the name's
 * initials. Not a place's, which the model misreads more often than its
 * acronym ("Velder Graan Mij (VGM)"). */
void ner_acronym_types(const char *s, size_t n, struct ner_list *l)
{
	for (size_t i = 0; i + 1 < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		struct ner_mention *a = &l->v[i + 1];
		size_t an = a->end - a->start, as;
		if (a->type == m->type || (m->type != NER_ORG && m->type != NER_MISC) || a->type == NER_DATE || an < 2 ||
		    ner_bracket_acronym(s, n, m->end, &as) != a->end || as != a->start)
			continue;
		char first[16];
		size_t nw = ner_word_capitals(s, m->start, m->end, first, sizeof first);
		if (nw < sizeof first && ner_initials_spell(first, nw, s + a->start, an)) {
			a->type = m->type;
			a->margin = 0;
		}
	}
}

/* A body's name that holds a place's, with its acronym after it in
 * brackets, is one name ("the Committee on Foreign Investment in the
 * United States ( CFIUS )"), as ANNOTATION.md has "Organization for
 * Security and Co-operation in Europe": the model read a body and a
 * place. So are two names a line break parts, one a body's ("the
 * Kessian Engineering\n   Task Force (KETF)"). The acronym, three
 * capitals or more spelt by the capitals of the whole, says the two are
 * one. */
void ner_acronym_joins(const char *s, size_t len, struct ner_list *l)
{
	static const char *const links[] = { " in the ", " of the ", " for the ", " in ", " of ", " for ", " on ", NULL };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		const struct ner_mention *m = &l->v[i], *p = &l->v[i + 1];
		if (m->type == NER_DATE || p->type == NER_DATE)
			continue;
		/* The bracket after the second first: most names have none. */
		size_t x, z = ner_bracket_acronym(s, len, p->end, &x);
		if (z < x + 3)
			continue;
		size_t g = p->start - m->end;
		int link = 0;
		if (m->type == NER_ORG && (p->type == NER_PLACE || p->type == NER_ORG))
			for (int k = 0; links[k] && !link; k++)
				link = strlen(links[k]) == g && memcmp(s + m->end, links[k], g) == 0;
		/* Blanks with a line break between. */
		if (!link && (m->type == NER_ORG || p->type == NER_ORG) && g >= 1 && g <= 16) {
			int br = 0, blank = 1;
			for (size_t k = m->end; k < p->start && blank; k++) {
				br |= s[k] == '\n';
				blank = s[k] == ' ' || s[k] == '\n';
			}
			link = blank && br;
		}
		char first[16];
		size_t nw;
		if (!link || (nw = ner_word_capitals(s, m->start, p->end, first, sizeof first)) >= sizeof first ||
		    !ner_initials_spell(first, nw, s + x, z - x))
			continue;
		ner_merge_next(l, i, NER_ORG, &gone, n0);
		i++;
	}
	ner_drop_gone(l, gone, n0);
}

/* Whether s[0..n) names a language: a people's word a list knows
 * ("Norwegian") or a language named otherwise. */
static int ner_language_word(const char *s, size_t n)
{
	static const struct ner_lit languages[] = {
		NER_LIT("Arabic"),   NER_LIT("Hindi"),	  NER_LIT("Urdu"),    NER_LIT("Pashto"),   NER_LIT("Latin"),
		NER_LIT("Sanskrit"), NER_LIT("Bengali"),  NER_LIT("Bangla"),  NER_LIT("Tamil"),	   NER_LIT("Telugu"),
		NER_LIT("Amharic"),  NER_LIT("Hebrew"),	  NER_LIT("Yiddish"), NER_LIT("Hausa"),	   NER_LIT("Yoruba"),
		NER_LIT("Igbo"),     NER_LIT("Zulu"),	  NER_LIT("Xhosa"),   NER_LIT("Tagalog"),  NER_LIT("Malay"),
		NER_LIT("Swahili"),  NER_LIT("Punjabi"),  NER_LIT("Marathi"), NER_LIT("Gujarati"), NER_LIT("Sinhala"),
		NER_LIT("Nepali"),   NER_LIT("Tigrinya"), NER_LIT("Somali"),  NER_LIT("Quechua"),  NER_LIT("Catalan"),
		NER_LIT("Basque"),   NER_LIT("Galician"), NER_LIT("Kurdish"), NER_LIT("Dari"),	   NER_LIT("Farsi"),
	};
	return NER_LIT_IN(languages, s, n) || (lexicon_lookup(s, n) & (LEX_DEMONYM | LEX_GROUP));
}

/* The type of the name that ends right before the bracket that byte a of
 * s is in (mention i of l is at a), else dflt; -1 where a is in no
 * bracket opened on its line within 160 bytes. */
static int ner_bracket_subject(const char *s, const struct ner_list *l, size_t i, size_t a, enum ner_type dflt)
{
	size_t o = a;
	while (o > 0 && a - o < 160 && s[o - 1] != '(' && s[o - 1] != ')' && s[o - 1] != '\n')
		o--;
	if (o == 0 || s[o - 1] != '(')
		return -1;
	for (size_t k = i; k-- > 0;)
		if (l->v[k].end + 2 == o && s[l->v[k].end] == ' ')
			return l->v[k].type == NER_DATE ? (int)dflt : (int)l->v[k].type;
		else if (l->v[k].end + 2 < o)
			break;
	return (int)dflt;
}

/* An encyclopedia's bracket after its subject ("Varnholm (/ˈvɑːrn-/
 * VARN-hohm; Norwegian: Varnholmen) is a town"): the pronunciation
 * between "(/" and the first ";" or ")" names nothing, and a name the
 * model ran over a language's label ("Norwegian: Varnholmen") is the
 * language's (GROUP, as a people's word) and the subject's other name, of
 * the subject's type where a name ends right before the bracket. */
void ner_bracket_aliases(const char *s, size_t n, struct ner_list *l)
{
	static const struct ner_lit romanizations[] = { NER_LIT("Hepburn"), NER_LIT("Pinyin"), NER_LIT("Romanized"),
							NER_LIT("Romanised"), NER_LIT("RR"), NER_LIT("Jyutping") };
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	int pushed = 0;
	for (size_t i = 0; i < n0; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* Right after "(", "; " or ", ", and in the bracket (asked
		 * first). */
		if (m->type == NER_DATE || a < 2 ||
		    !((s[a - 1] == '(') || (s[a - 1] == ' ' && (s[a - 2] == '(' || s[a - 2] == ';' || s[a - 2] == ','))))
			continue;
		size_t fw = ner_space_end(s, a, m->end), c = fw, r;
		/* The label alone, the name after it left out ("[Norwegian]:
		 * Varnholmen"): the name runs to the bracket's end or ";". */
		size_t lr = m->end + (s[m->end] == ' ');
		/* A romanization's label is no name, and the name after it
		 * is the subject's ("( Japanese : 空灯学園 , Hepburn : Sora
		 * Tomoshibi Gakuen )"). */
		if (fw == m->end && lr + 2 < n && s[lr] == ':' && s[lr + 1] == ' ' && i + 1 < n0 &&
		    l->v[i + 1].start == lr + 2 && l->v[i + 1].type != NER_DATE && NER_LIT_IN(romanizations, s + a, fw - a)) {
			size_t e = l->v[i + 1].end + (s[l->v[i + 1].end] == ' ');
			int type = e < n && (s[e] == ')' || s[e] == ';' || s[e] == ',')
					   ? ner_bracket_subject(s, l, i, a, l->v[i + 1].type)
					   : -1;
			if (type >= 0 && type != NER_GROUP && type != NER_DATE) {
				if (!gone)
					gone = xcalloc(n0, 1);
				gone[i] = 1;
				l->v[i + 1].type = (enum ner_type)type;
				l->v[i + 1].margin = 0;
			}
			continue;
		}
		/* The name after the label found apart, of another type ("(
		 * Welsh : [Cesbi] )" a body's): the subject's. */
		if (fw == m->end && s[lr] == ':' && s[lr + 1] == ' ' && i + 1 < n0 && l->v[i + 1].start == lr + 2 &&
		    l->v[i + 1].type != NER_DATE && ner_language_word(s + a, m->end - a)) {
			size_t e = l->v[i + 1].end + (s[l->v[i + 1].end] == ' ');
			int type = s[e] == ')' || s[e] == ';' ? ner_bracket_subject(s, l, i, a, l->v[i + 1].type) : -1;
			if (type >= 0 && type != NER_GROUP && type != NER_DATE) {
				m->type = NER_GROUP;
				m->margin = 0;
				l->v[i + 1].type = (enum ner_type)type;
				l->v[i + 1].margin = 0;
			}
			continue;
		}
		if (fw == m->end && s[lr] == ':' && s[lr + 1] == ' ' && ner_upper_at(s, lr + 2) &&
		    (i + 1 >= n0 || l->v[i + 1].start > lr + 2) && ner_language_word(s + a, m->end - a)) {
			size_t e = lr + 2;
			while (e < n && s[e] != ')' && s[e] != ';' && s[e] != ',' && s[e] != '\n' && e - lr < 80)
				e++;
			size_t end = e;
			while (end > lr + 2 && s[end - 1] == ' ')
				end--;
			/* Not over a name the model found after the label's
			 * first word: the list is kept without overlaps. */
			if (i + 1 < n0 && l->v[i + 1].start < end)
				continue;
			int type = e < n && (s[e] == ')' || s[e] == ';') ? ner_bracket_subject(s, l, i, a, NER_MISC) : -1;
			if (type >= 0) {
				m->type = NER_GROUP;
				m->margin = 0;
				ner_push(l, lr + 2, end, (enum ner_type)type);
				pushed = 1;
			}
			continue;
		}
		/* "Norwegian: Varnholmen", or "Norwegian : Varnholmen" in text
		 * split into tokens. */
		if (fw > a + 1 && s[fw - 1] == ':') {
			c = fw - 1;
			r = fw + 1;
		} else if (fw + 3 < m->end && s[fw] == ' ' && s[fw + 1] == ':' && s[fw + 2] == ' ')
			r = fw + 3;
		else
			continue;
		if (r >= m->end || !ner_upper_at(s, a) || !ner_language_word(s + a, c - a))
			continue;
		int type = ner_bracket_subject(s, l, i, a, m->type);
		if (type < 0)
			continue;
		size_t e = m->end;
		m->end = c;
		m->type = NER_GROUP;
		m->margin = 0;
		ner_push(l, r, e, (enum ner_type)type);
		pushed = 1;
	}
	/* The pronunciation ("( /" in text split into tokens); the
	 * mentions, sorted, are walked once. */
	size_t mk = 0;
	for (const char *p = s; (p = text_find(p, n - (size_t)(p - s), "/", 1)) != NULL; p++) {
		size_t a = (size_t)(p - s), e = a + 1;
		if (!(a >= 1 && s[a - 1] == '(') && !(a >= 2 && s[a - 1] == ' ' && s[a - 2] == '('))
			continue;
		while (e < n && s[e] != ';' && s[e] != ')' && s[e] != '\n' && e - a < 200)
			e++;
		while (mk < n0 && l->v[mk].start <= a)
			mk++;
		for (size_t k = mk; k < n0 && l->v[k].start < e; k++)
			if (l->v[k].end <= e) {
				if (!gone)
					gone = xcalloc(n0, 1);
				gone[k] = 1;
			}
	}
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* Whether mention m starts at a word of one of the n phrases and lies
 * within it, the phrase standing whole in s[0..len). */
static int ner_in_status(const char *s, size_t len, const struct ner_mention *m, const struct ner_lit *phrases, size_t n)
{
	char c = s[m->start];
	for (size_t k = 0; k < n; k++) {
		const struct ner_lit *st = &phrases[k];
		for (size_t w = 0; w < st->n; w++) {
			if ((w > 0 && st->w[w - 1] != ' ') || st->w[w] != c || w > m->start)
				continue;
			size_t p = m->start - w;
			if (p + st->n <= len && m->end <= p + st->n && memcmp(s + p, st->w, st->n) == 0 &&
			    (p == 0 || !ner_alnum_at(s, p - 1)) && (p + st->n == len || !ner_alnum_at(s, p + st->n)))
				return 1;
		}
	}
	return 0;
}

/* A Romance language's article alone before a word in lower case is no
 * place ("La sposa del mare", "La nave d'oro"), where "La" before a mark
 * is Louisiana's ("Baton Rouge, La."). */
void ner_romance_articles(const char *s, struct ner_list *l)
{
	static const struct ner_lit articles[] = { NER_LIT("La"), NER_LIT("El"),  NER_LIT("Il"),
						   NER_LIT("Le"), NER_LIT("Las"), NER_LIT("Los") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t n = m->end - m->start;
		if (m->type == NER_PLACE && n >= 2 && n <= 3 && s[m->end] == ' ' && s[m->end + 1] >= 'a' &&
		    s[m->end + 1] <= 'z' && NER_LIT_IN(articles, s + m->start, n))
			continue;
		if (o != i)
			l->v[o] = *m;
		o++;
	}
	l->n = o;
}

/* A species' conservation status, as the IUCN's Red List names them, is
 * no name, nor any word of it ("listed as Near Threatened", "Data
 * Deficient", "Conservation Dependent"): the model read its capitals as
 * a person's or another name, a rule "Lower Risk" as a place. */
void ner_conservation_statuses(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit statuses[] = {
		NER_LIT("Least Concern"),	  NER_LIT("Near Threatened"), NER_LIT("Vulnerable"),
		NER_LIT("Endangered"),		  NER_LIT("Critically Endangered"), NER_LIT("Extinct in the Wild"),
		NER_LIT("Extinct"),		  NER_LIT("Data Deficient"),  NER_LIT("Not Evaluated"),
		NER_LIT("Conservation Dependent"), NER_LIT("Lower Risk"),
	};
	/* Their words' first letters by the words' lengths, and all. */
#define B(x) (1u << ((x) - 'A'))
	static const uint32_t firsts[13] = {
		[3] = B('N'),	       [4] = B('N') | B('D') | B('W') | B('R'), [5] = B('L'),
		[7] = B('C') | B('E'), [9] = B('D') | B('E'),			[10] = B('T') | B('V') | B('E') | B('C'),
		[12] = B('C'),
	};
	static const uint32_t any = B('N') | B('D') | B('W') | B('R') | B('L') | B('C') | B('E') | B('T') | B('V');
#undef B
	/* Their capitalised words. */
	static const struct ner_lit words[] = {
		NER_LIT("Least"),	NER_LIT("Concern"),   NER_LIT("Near"),	       NER_LIT("Threatened"),
		NER_LIT("Vulnerable"),	NER_LIT("Endangered"), NER_LIT("Critically"),  NER_LIT("Extinct"),
		NER_LIT("Wild"),	NER_LIT("Data"),      NER_LIT("Deficient"),    NER_LIT("Not"),
		NER_LIT("Evaluated"),	NER_LIT("Conservation"), NER_LIT("Dependent"), NER_LIT("Lower"),
		NER_LIT("Risk"),
	};
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		int drop = 0;
		/* The first letter, then the first word, the cheap tests: one
		 * of the statuses' words. */
		unsigned c = (unsigned char)s[m->start] - 'A';
		if (c < 26 && (any >> c & 1) && m->type != NER_DATE) {
			size_t fw = ner_space_end(s, m->start, m->end) - m->start;
			if (fw >= 3 && fw <= 12 && (firsts[fw] >> c & 1) && NER_LIT_IN(words, s + m->start, fw))
				drop = ner_in_status(s, len, m, statuses, sizeof statuses / sizeof *statuses);
		}
		if (drop)
			continue;
		if (o != i)
			l->v[o] = *m;
		o++;
	}
	l->n = o;
}

/* A word news writes in lower case, capitalised at a sentence's start,
 * and a contraction glued to it is no name ("He’d waited", "She’ll
 * call", "They’re sure"): the model read some of them as people where
 * the apostrophe is a curly one. A name's apostrophe is kept ("O’Neill",
 * "D’Souza", "Macy’s"): its first part is no such word. */
void ner_pronoun_contractions(const char *s, struct ner_list *l)
{
	static const char *const endings[] = { "d", "ll", "re", "ve", "m", "s", "t", NULL };
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		/* The ending is one letter or two after the apostrophe, a
		 * straight one or a curly one of three bytes: found from the
		 * mention's end, without a pass over its bytes. */
		size_t n = m->end - m->start, ap = 0, apn = 0;
		/* The endings' last letters: "d", "l", "e", "m", "s", "t". */
		char last = n ? s[m->end - 1] : 0;
		if (!(last == 'd' || last == 'l' || last == 'e' || last == 'm' || last == 's' || last == 't'))
			n = 0;
		for (size_t el = 1; el <= 2 && !ap && n > 2 && m->type != NER_DATE; el++) {
			if (n > el + 1 && s[m->end - el - 1] == '\'')
				ap = m->end - el - 1, apn = 1;
			else if (n > el + 3 && (unsigned char)s[m->end - el - 3] == 0xE2 &&
				 (unsigned char)s[m->end - el - 2] == 0x80 && (unsigned char)s[m->end - el - 1] == 0x99)
				ap = m->end - el - 3, apn = 3;
		}
		int drop = 0;
		if (ap && ap - m->start < 16 && !ner_chr(s, s + m->start, ' ', n)) {
			size_t b = ap + apn;
			for (int k = 0; endings[k] && !drop; k++)
				drop = ner_lit_is(endings[k], s + b, m->end - b);
			char low[16];
			size_t bn = ap - m->start;
			for (size_t k = 0; k < bn; k++)
				low[k] = s[m->start + k] >= 'A' && s[m->start + k] <= 'Z' ? (char)(s[m->start + k] + 32)
										 : s[m->start + k];
			/* "I" is no word the lists hold in lower case; "n’t"
			 * follows the verb's word ("Isn’t", "Didn’t"); "’s" is a
			 * possessive but after a pronoun's or an adverb's word
			 * ("It’s", not "Rose’s Stores"). */
			static const char *const s_words[] = { "it", "he", "she", "that", "there", "here", "what", "who",
								"where", "how", "let", "when", NULL };
			if (drop && m->end - b == 1 && s[b] == 't' && bn > 2 && low[bn - 1] == 'n')
				bn--;
			if (drop && m->end - b == 1 && s[b] == 's') {
				int pron = 0;
				for (int k = 0; s_words[k] && !pron; k++)
					pron = ner_lit_is(s_words[k], low, bn);
				drop = pron;
			} else {
				drop = drop && bn >= 1 && (bn == 1 ? low[0] == 'i' : lexicon_lowercase(low, bn));
			}
		}
		/* Most stories drop none: nothing is moved before the first. */
		if (drop)
			continue;
		if (w != i)
			l->v[w] = *m;
		w++;
	}
	l->n = w;
}

/* A name does not run across a colon into a season after it ("FA Cup :
 * 2021 – 22" of a list of honours): the name ends before the colon. A
 * year alone may end a work's title ("Kessian Statistics: 2009"). */
void ner_colon_numbers(const char *s, size_t len, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE || m->end == m->start || !(s[m->end - 1] >= '0' && s[m->end - 1] <= '9'))
			continue;
		/* A dash of a range after the year: "2021 – 22", "2021-22". */
		size_t r = m->end;
		while (r < len && s[r] == ' ')
			r++;
		if (!ner_dash_at(s, len, r))
			continue;
		size_t d = m->end;
		while (d > m->start && s[d - 1] >= '0' && s[d - 1] <= '9')
			d--;
		size_t c = d;
		while (c > m->start && s[c - 1] == ' ')
			c--;
		if (c <= m->start + 1 || s[c - 1] != ':')
			continue;
		c--;
		while (c > m->start && s[c - 1] == ' ')
			c--;
		if (c > m->start) {
			m->end = c;
			m->margin = 0;
		}
	}
}
