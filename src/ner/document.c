/* ner/document: A batch of paragraphs read at once: their tokens, the
 * lexicon's phrases, the model's tags, headlines, true case, and the names a
 * story repeats. */
#include "internal.h"

static size_t ner_token_from(const struct ner_tok *t, size_t n, size_t a, size_t hint);

/* Whether s[a..b) is a stock ticker as wire copy writes one: capitals and
 * digits ("KO", "7203"), an exchange's suffix after a full stop ("BAC.N",
 * "RHON.PA"), which a ticker in round brackets must have ("(AAPL.O)": not
 * "(EU)"); a ticker of digits only has one too. */
int ner_ticker_shape(const char *s, size_t a, size_t b, int dotted)
{
	size_t k = a, letters = 0;
	while (k < b && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') || (k > a && s[k] == '&'))) {
		letters += s[k] >= 'A' && s[k] <= 'Z';
		k++;
	}
	size_t main = k - a;
	if (main == 0 || main > 8)
		return 0;
	if (k == b)
		return !dotted && letters > 0;
	/* Reuters' class of share ("VOWG_p.DE", "RDSa.L"). */
	if (s[k] == '_' && k + 1 < b && s[k + 1] >= 'a' && s[k + 1] <= 'z')
		k += 2;
	else if (s[k] >= 'a' && s[k] <= 'z' && k + 1 < b && s[k + 1] == '.')
		k++;
	if (k >= b || s[k] != '.')
		return 0;
	size_t x = ++k;
	while (k < b && s[k] >= 'A' && s[k] <= 'Z')
		k++;
	/* In round brackets, two characters before the stop at least: "(U.K)"
	 * is no ticker. */
	return k == b && k - x >= 1 && k - x <= 3 && (!dotted || main >= 2);
}

/* Where a firm's name starts that ends with "of" and a place the model
 * took alone before the firm's ticker ("SERVO CORP OF [AMERICA] <SCA>",
 * "Porsche Ag of [Germany] <PSHG.F>"): at the first of the capitalised
 * words before "of" (or "of the"), five at most, in the sentence, the
 * last of them a legal form or a body's head word; start itself where
 * no such words stand before it. */
size_t ner_firm_of_start(const char *s, size_t start)
{
	size_t k = start;
	if (k >= 5 && (s[k - 1] == ' ' || s[k - 1] == '\n') && ner_lit_is_nocase("the", s + k - 4, 3) &&
	    (s[k - 5] == ' ' || s[k - 5] == '\n'))
		k -= 4;
	if (k < 5 || !(s[k - 1] == ' ' || s[k - 1] == '\n') || !ner_lit_is_nocase("of", s + k - 3, 2) ||
	    !(s[k - 4] == ' ' || s[k - 4] == '\n'))
		return start;
	k -= 4;
	/* The word before "of" a legal form or a body's head word ("Co",
	 * "Corp", "Bank"): not "Shares of". */
	size_t hw = k;
	hw = ner_word_start(s, 0, hw);
	if (hw == k || !(lexicon_lookup(s + hw, k - hw) & (LEX_COMPANY_SUFFIX | LEX_ORG_WORD)))
		return start;
	size_t first = start;
	for (int w = 0; w < 5 && k > 0; w++) {
		size_t e = k;
		k = ner_word_start(s, 0, k);
		if (k == e || !(s[k] >= 'A' && s[k] <= 'Z') || (s[e - 1] && strchr(",;:)>\"", s[e - 1])))
			break;
		first = k;
		/* A line's start or a blank line ends the name. */
		if (k == 0 || (k >= 2 && s[k - 1] == '\n' && s[k - 2] == '\n'))
			break;
		k--;
	}
	return first;
}

/* The exchanges a press release names before a ticker ("(NYSE: KO)"). */
static const char *const ner_exchanges[] = { "NYSE", "Nasdaq", "NASDAQ", "AMEX", "NYSE American", "NYSE MKT",
					     "NYSE Arca", "TSX", "TSXV", "TSX-V", "TSX Venture", "CSE", "LSE", "AIM",
					     "ASX", "NZX", "JSE", "NSE", "BSE", "HKEX", "SEHK", "SGX", "TYO", "TSE",
					     "KRX", "KOSDAQ", "SSE", "SZSE", "TWSE", "TASE", "BMV", "BVC", "Euronext",
					     "XETRA", "Xetra", "FWB", "SIX", "OMX", "OTC", "OTCQB", "OTCQX", "OTCBB",
					     "OTC Markets", "Pink Sheets", NULL };

/* Whether a stock ticker in brackets follows s[at] (after spaces or a line
 * break, three at most; after a possessive it is another company's,
 * "France's <SNECMA>"): "Coca-Cola Co <KO>", "DEAN FOODS <DF> SEES",
 * "Apple Inc (AAPL.O)", "Acme Corp. (NYSE: ACME)". Its own bytes go to
 * [*ts, *te); 0 where none follows, else the byte after its bracket. */
size_t ner_ticker_after(const char *s, size_t len, size_t at, size_t *ts, size_t *te)
{
	size_t k = at;
	for (int sp = 0; k < len && (s[k] == ' ' || s[k] == '\n') && sp < 3; sp++)
		k++;
	if (k >= len || (s[k] != '<' && s[k] != '('))
		return 0;
	char close = s[k] == '<' ? '>' : ')';
	size_t open = k++, e = k;
	while (e < len && e - k <= 40 && s[e] != close && s[e] != '\n' && s[e] != '<' && s[e] != '(')
		e++;
	if (e >= len || s[e] != close)
		return 0;
	size_t a = open + 1, be = e;
	/* Text split into tokens: "( GM.N )". */
	if (a < e && s[a] == ' ')
		a++;
	if (e > a && s[e - 1] == ' ')
		e--;
	if (close == ')') {
		/* An exchange and a colon before it, else a suffixed ticker. */
		size_t c = a;
		while (c < e && s[c] != ':')
			c++;
		if (c < e) {
			int known = 0;
			for (int x = 0; ner_exchanges[x] && !known; x++)
				known = ner_lit_is(ner_exchanges[x], s + a, c - a);
			if (!known)
				return 0;
			a = c + 1;
			while (a < e && s[a] == ' ')
				a++;
			if (!ner_ticker_shape(s, a, e, 0))
				return 0;
		} else if (!ner_ticker_shape(s, a, e, 1)) {
			return 0;
		}
	} else if (!ner_ticker_shape(s, a, e, 0)) {
		return 0;
	}
	*ts = a;
	*te = e;
	return be + 1;
}

/* The words in capitals before s[start] back to the start of its line, or
 * to a field's label ("Title: "), four at most: their starts, the nearest
 * first, in w; how many, or 0 where the line starts further back or
 * another word or mark comes between. */
static size_t ner_headline_words_before(const char *s, size_t start, size_t *w)
{
	if (start < 2 || s[start - 1] != ' ')
		return 0;
	size_t nw = 0, k = start - 1;
	while (nw < 4) {
		size_t e = k;
		k = ner_word_start(s, 0, k);
		if (k == e)
			return 0;
		for (size_t q = k; q < e; q++)
			if (!((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= '0' && s[q] <= '9') || s[q] == '-' ||
			      s[q] == '.' || s[q] == '\'' || s[q] == '&' || s[q] == '/'))
				return 0;
		w[nw++] = k;
		if (k == 0 || s[k - 1] == '\n' || (k >= 2 && s[k - 2] == ':'))
			return nw;
		if (s[k - 1] != ' ')
			return 0;
		k--;
	}
	return 0;
}

/* A name confirmed in mixed case, for ner_check_headlines. */
struct ner_known {
	char *name;		/* folded (once a headline's name is looked for this far) */
	size_t len;		/* its length (to the first NUL: compared as strcmp would) */
	int owned;		/* name is its own allocation, not in the arena */
	enum ner_type type;
	size_t start, end;	/* the mention's bytes */
};

/* Folds known[q] into the arena (or its own memory). */
static void ner_known_fold_one(const char *s, struct ner_known *q, char *arena, size_t asize, size_t *aused)
{
	size_t ql;
	q->name = text_fold_buf(s + q->start, q->end - q->start, arena + *aused, asize - *aused, &ql);
	q->len = strlen(q->name);
	q->owned = q->name != arena + *aused;
	if (!q->owned)
		*aused += ql + 1;
}

/* Folds those of known[0..upto) not folded yet. */
static void ner_known_fold(const char *s, struct ner_known *known, size_t upto, char *arena, size_t asize, size_t *aused)
{
	for (size_t q = 0; q < upto; q++)
		if (!known[q].name)
			ner_known_fold_one(s, &known[q], arena, asize, aused);
}

/* Where the firm's name that a ticker follows in a headline in capitals
 * starts, when the model began it at a later word: at the line's start
 * where the story writes the words from there in mixed case as a name or
 * the first words of one ("DEAN FOODS <DF>" of "Dean Foods Co"); at
 * "GENERAL" or "GEN" before a name of one word, a title the model left
 * out ("GENERAL INSTRUMENT <GRL>"); at a partner and "AND" before one
 * ("CORROON AND BLACK <CBL>"); else where the model began it. */
static size_t ner_headline_firm(const char *s, size_t start, size_t end, struct ner_known *known, size_t nk,
				char *arena, size_t asize, size_t *aused)
{
	size_t w[4], nw = ner_headline_words_before(s, start, w);
	if (nw == 0)
		return start;
	size_t fl;
	char fbuf[256];
	char *f = text_fold_buf(s + w[nw - 1], end - w[nw - 1], fbuf, sizeof fbuf, &fl);
	size_t flen = strlen(f);
	ner_known_fold(s, known, nk, arena, asize, aused);
	int found = 0;
	for (size_t q = 0; q < nk && !found; q++)
		found = known[q].type != NER_DATE && known[q].len >= flen && memcmp(known[q].name, f, flen) == 0 &&
			(known[q].len == flen || known[q].name[flen] == ' ');
	if (f != fbuf)
		free(f);
	if (found)
		return w[nw - 1];
	if (ner_chr(s, s + start, ' ', end - start))
		return start;
	/* A people's word or a place alone after other words ends the
	 * firm's name that the headline starts with ("ROYAL DUTCH <RD>",
	 * "FIRST AMERICAN <FIAMA>", "FIRST TENNESSEE <FTEN>"). */
	unsigned pc = lexicon_lookup(s + start, end - start);
	/* A town or a region after one word, not a headline's verb ("FIRST
	 * TENNESSEE", not "DOMINION CALLS BURLINGTON"). */
	int town = (pc & (LEX_CITY | LEX_REGION)) && nw == 1 && s[start - 2] != 'S';
	if (nw <= 2 && ((pc & (LEX_DEMONYM | LEX_GROUP | LEX_COUNTRY)) || town)) {
		/* Two words at most, none a function word: not "DOT APPROVES
		 * AMERICAN", "CHARGES LIFTED AGAINST TWA". */
		for (size_t q = 0; q < nw; q++) {
			size_t qe = q == 0 ? start - 1 : w[q - 1] - 1;
			struct ner_tok tk = { .s = s + w[q], .n = qe - w[q] };
			if (ner_title_function_word(&tk))
				return start;
		}
		return w[nw - 1];
	}
	if (nw == 1 && (ner_lit_is("GENERAL", s + w[0], start - 1 - w[0]) || ner_lit_is("GEN", s + w[0], start - 1 - w[0])))
		return w[0];
	if (nw == 2 && ner_lit_is("AND", s + w[0], start - 1 - w[0]) && w[0] - 1 - w[1] >= 2)
		return w[1];
	return start;
}

/* Whether the words of s[a, b) after its first blank are all legal forms
 * ("Corp", "Co Inc"); b itself where none are left. */
static int ner_legal_tail(const char *s, size_t a, size_t b)
{
	while (a < b) {
		while (a < b && (s[a] == ' ' || s[a] == '\n'))
			a++;
		size_t e = ner_blank_at(s, a, b);
		if (e > a && !(lexicon_lookup(s + a, e - a) & LEX_COMPANY_SUFFIX))
			return 0;
		a = e;
	}
	return 1;
}

/* How far s[c, d) (a name in mixed case) goes along with all of s[a, b)
 * (a headline's words), but for the case of ASCII letters and blanks (a
 * run of blanks, a line break among them, is one): the byte of s[c, d)
 * after them, or SIZE_MAX where they differ. */
static size_t ner_caseless_along(const char *s, size_t a, size_t b, size_t c, size_t d)
{
	while (a < b && c < d) {
		int ba = s[a] == ' ' || s[a] == '\n', bc = s[c] == ' ' || s[c] == '\n';
		if (ba || bc) {
			if (!(ba && bc))
				return SIZE_MAX;
			while (a < b && (s[a] == ' ' || s[a] == '\n'))
				a++;
			while (c < d && (s[c] == ' ' || s[c] == '\n'))
				c++;
			continue;
		}
		unsigned char x = (unsigned char)s[a], y = (unsigned char)s[c];
		if (x != y && !(x < 0x80 && y < 0x80 && (x | 0x20) == (y | 0x20) && (x | 0x20) >= 'a' && (x | 0x20) <= 'z'))
			return SIZE_MAX;
		a++;
		c++;
	}
	return a == b ? c : SIZE_MAX;
}

/* Whether s[a, b) begins s[c, d) so (ner_caseless_along), and the rest of
 * the name is a legal form or none. */
static int ner_caseless_begins(const char *s, size_t a, size_t b, size_t c, size_t d)
{
	c = ner_caseless_along(s, a, b, c, d);
	return c == d || (c < d && (s[c] == ' ' || s[c] == '\n') && ner_legal_tail(s, c, d));
}

/* The end of the longest name of an organization the story writes in
 * mixed case (known), or the name but for its legal form, that a
 * headline's mention m begins with its next words in capitals, three at
 * most and on its line; m's own end where none. Not a place's, a
 * person's or a thing's: the model's "U.S. Feeder" of "U.S. Feeder
 * cattle" in the text is no name of a headline's. Compared as written,
 * case aside: folding every name of every story cost more. */
static size_t ner_headline_longer(const char *s, size_t len, const struct ner_mention *m, const struct ner_known *known,
				  size_t nk)
{
	size_t ends[3], ne = 0, k = m->end;
	while (ne < 3 && k + 1 < len && s[k] == ' ') {
		size_t e = k + 1;
		while (e < len && ((s[e] >= 'A' && s[e] <= 'Z') || (s[e] >= '0' && s[e] <= '9') || s[e] == '.' ||
				   s[e] == '-' || s[e] == '&' || s[e] == '\''))
			e++;
		if (e == k + 1 || (e < len && s[e] != ' ' && s[e] != '\n'))
			break;
		ends[ne++] = e;
		k = e;
	}
	for (size_t q = ne; q-- > 0;)
		for (size_t r = 0; r < nk; r++)
			if (known[r].type == NER_ORG && known[r].end - known[r].start >= ends[q] - m->start &&
			    ner_caseless_begins(s, m->start, ends[q], known[r].start, known[r].end))
				return ends[q];
	return m->end;
}

/* In capitals, as headlines are set, case says nothing: a name found
 * there stays only if the article also writes it in mixed case (or a
 * name it writes so begins or ends it: that name stays), or if the
 * lexicon knows it as a place or a nationality (a dateline's CLEVELAND).
 * Otherwise "TO FORM FINANCIAL UNIT" would be an organization. */
static void ner_check_headlines(const char *s, size_t len, struct ner_list *out, size_t before,
				const unsigned char *caps, const size_t *upto, size_t ns)
{
	int any = 0;
	for (size_t k = 0; k < ns; k++)
		any |= caps[k];
	if (!any)
		return;
	/* The folded names written in mixed-case sentences, in order, each
	 * with its type: the few names of the headlines are looked for in
	 * them one by one (sorting them all cost more). A name is folded
	 * only when a search first gets that far: a headline's names are
	 * mostly found among the story's first. */
	/* The working arrays are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	size_t nm = out->n - before, nk = 0;
	struct ner_known *known = xscratch_alloc((nm ? nm : 1) * sizeof *known);
	/* The names go into one arena, room for each as ASCII folds it (a
	 * name folded longer gets its own allocation). */
	size_t asize = 1, aused = 0;
	for (size_t i = before; i < out->n; i++)
		asize += out->v[i].end - out->v[i].start + 1;
	char *arena = xscratch_alloc(asize);
	size_t k = 0;
	for (size_t i = before; i < out->n; i++) {
		while (k < ns && upto[k] <= i)
			k++;
		if (k < ns && caps[k])
			continue;
		known[nk].type = out->v[i].type;
		known[nk].start = out->v[i].start;
		known[nk].end = out->v[i].end;
		known[nk].name = NULL;
		nk++;
	}
	size_t o = before, past = 0;
	k = 0;
	for (size_t i = before; i < out->n; i++) {
		while (k < ns && upto[k] <= i)
			k++;
		struct ner_mention *m = &out->v[i];
		/* A mention the one before took in (below). */
		if (m->start < past)
			continue;
		int keep = 1;
		if (k < ns && caps[k] && m->type != NER_DATE) {
			/* The model cut short a name the story writes whole in
			 * mixed case ("MARK IV SAYS ..." of Mark IV): the
			 * longest with up to three words after it is that name. */
			size_t ext = ner_headline_longer(s, len, m, known, nk);
			int longer = ext > m->end;
			if (longer) {
				m->end = ext;
				m->type = NER_ORG;
				m->margin = 0;
				past = ext;
			}
			size_t fl;
			char fbuf[256];
			char *f = text_fold_buf(s + m->start, m->end - m->start, fbuf, sizeof fbuf, &fl);
			/* The first mention of the name in mixed case. */
			size_t lo = 0, flen = strlen(f);
			/* Else the longest that begins or ends it, at a word's
			 * edge, where the name is ASCII (its folded bytes are its
			 * own): the model ran on into the headline's words ("GARY
			 * ROSS REMAINS IN NEGOTIATIONS"). */
			int ascii = flen == m->end - m->start;
			for (size_t q = m->start; ascii && q < m->end; q++)
				ascii = (unsigned char)s[q] < 0x80;
			/* A name can match only if it folds to a first byte
			 * that starts one of f's words: one whose first byte in
			 * the text is a letter or a digit, neither that byte nor
			 * its lower case such (as it folds to one of the two),
			 * is passed over unfolded. */
			uint32_t starts[8] = { 0 };
			for (size_t q = 0; q < flen; q++)
				if (q == 0 || f[q - 1] == ' ')
					starts[(unsigned char)f[q] >> 5] |= 1u << ((unsigned char)f[q] & 31);
			size_t part = 0, pstart = 0, plo = 0;
			for (; lo < nk; lo++) {
				if (!known[lo].name) {
					unsigned char c = known[lo].end > known[lo].start ? (unsigned char)s[known[lo].start] : 0;
					unsigned char cl = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
					int alnum = (cl >= 'a' && cl <= 'z') || (c >= '0' && c <= '9');
					if (alnum && !(starts[c >> 5] >> (c & 31) & 1) && !(starts[cl >> 5] >> (cl & 31) & 1))
						continue;
					ner_known_fold_one(s, &known[lo], arena, asize, &aused);
				}
				size_t ql = known[lo].len;
				if (ql == flen && memcmp(known[lo].name, f, flen) == 0)
					break;
				if (!ascii || ql >= flen || ql <= part || known[lo].type == NER_DATE)
					continue;
				if (f[ql] == ' ' && memcmp(known[lo].name, f, ql) == 0) {
					part = ql;
					pstart = 0;
					plo = lo;
				} else if (f[flen - ql - 1] == ' ' && memcmp(known[lo].name, f + flen - ql, ql) == 0) {
					part = ql;
					pstart = flen - ql;
					plo = lo;
				}
			}
			keep = lo < nk || longer;
			/* Confirmed; a catch-all MISC takes the type the
			 * mixed-case text first gave it. */
			if (keep && m->type == NER_MISC && known[lo].type != NER_MISC) {
				m->type = known[lo].type;
				m->margin = 0;
			}
			/* A place or group a list knows stands unconfirmed, but
			 * for one word news writes in lower case ("SALE" is not
			 * Salé); two letters are an abbreviation ("US"). */
			int lt = ner_lex_type(lexicon_lookup(s + m->start, m->end - m->start));
			if ((lt == NER_PLACE || lt == NER_GROUP) &&
			    !(m->end - m->start > 3 && !ner_chr(s, s + m->start, ' ', m->end - m->start) &&
			      lexicon_lowercase(s + m->start, m->end - m->start)))
				keep = 1;
			/* The part, of two words or more: one word alone is
			 * as often the first of a company's other name
			 * ("BETHLEHEM STEEL", "BROWN GROUP"), and so is a place
			 * ("NEW YORK TIMES CO", "BANK OF NEW YORK"). */
			if (!keep && part && memchr(f + pstart, ' ', part) && known[plo].type != NER_PLACE &&
			    known[plo].type != NER_GROUP) {
				m->start += pstart;
				m->end = m->start + part;
				m->type = known[plo].type;
				m->margin = 0;
				keep = 1;
			}
			if (f != fbuf)
				free(f);
			/* A name wire copy follows with its ticker is a listed
			 * company's, written in mixed case or not ("DEAN FOODS
			 * <DF> SEES ..."); "GENERAL" before one word of it is
			 * its first ("GENERAL INSTRUMENT <GRL>"), and so are a
			 * partner and "AND" ("CORROON AND BLACK <CBL>"). */
			size_t ts, te;
			if (ner_ticker_after(s, len, m->end, &ts, &te)) {
				keep = 1;
				m->type = NER_ORG;
				m->margin = 0;
				m->start = ner_headline_firm(s, m->start, m->end, known, nk, arena, asize, &aused);
				m->start = ner_firm_of_start(s, m->start);
				/* A part of it the model read as a name of its own
				 * before it is in it now. */
				while (o > before && out->v[o - 1].end > m->start) {
					o--;
					m->start = out->v[o].start < m->start ? out->v[o].start : m->start;
				}
			}
		}
		if (keep)
			out->v[o++] = *m;
	}
	out->n = o;
	for (size_t q = 0; q < nk; q++)
		if (known[q].name && known[q].owned)
			free(known[q].name);
	xscratch_release(mark);
}

/* Whether s[a..b) is, case aside, the first words of s[c..d), which
 * goes on past them (ner_caseless_along). */
static int ner_caseless_prefix(const char *s, size_t a, size_t b, size_t c, size_t d)
{
	c = ner_caseless_along(s, a, b, c, d);
	return c < d && (s[c] == ' ' || s[c] == '\n');
}

/* Words of a headline in capitals that the model left out are the name
 * the story writes in mixed case below, compared case aside: "BOXING -
 * VARNHOLT RETAINS TITLE" over "Tom Varnholt retained his title",
 * "KORVANE H1 PROFIT RISES" over "Korvane". Up to four words are that
 * name whole (or before its legal form), and one word the surname of a
 * person the story names with more. sent[0..ns] are the sentences'
 * first tokens, caps[k] set where sentence k is such a headline. */
static void ner_headline_names(const char *s, const struct ner_tok *t, const size_t *sent, size_t ns,
			       const unsigned char *caps, struct ner_list *out, size_t before)
{
	size_t hs[4], he[4], hk[4], nh = 0;
	for (size_t k = 0; k < ns && nh < 4; k++)
		if (caps[k] && sent[k + 1] > sent[k]) {
			hs[nh] = t[sent[k]].start;
			he[nh] = t[sent[k + 1] - 1].end;
			hk[nh++] = k;
		}
	if (!nh)
		return;
	size_t n0 = out->n;
	/* The names below the headlines, each with the low five bits of its
	 * first byte and of a person's last word's (a letter's in either
	 * case): most are passed over by those. */
	struct xscratch_mark mark = xscratch_mark();
	struct body {
		size_t start, end, lw;
		enum ner_type type;
		unsigned char c0, cl;
	} *body = xscratch_alloc((n0 - before + 1) * sizeof *body);
	size_t nb = 0;
	for (size_t i = before; i < n0; i++) {
		const struct ner_mention *m = &out->v[i];
		if (m->type == NER_DATE || (m->start >= hs[0] && m->start < he[nh - 1]))
			continue;
		size_t lw = 0;
		if (m->type == NER_PERSON) {
			lw = ner_word_start(s, m->start, m->end);
			lw = lw > m->start ? lw : 0;
		}
		body[nb].start = m->start;
		body[nb].end = m->end;
		body[nb].lw = lw;
		body[nb].type = m->type;
		body[nb].c0 = (unsigned char)(s[m->start] & 31);
		body[nb++].cl = lw ? (unsigned char)(s[lw] & 31) : 0;
	}
	/* The names by their first byte's bits, and the people by their
	 * last word's: a headline's word is compared with those alone. */
	size_t *by0 = xscratch_alloc((nb + 1) * sizeof *by0), *byl = xscratch_alloc((nb + 1) * sizeof *byl);
	size_t at0[33] = { 0 }, atl[33] = { 0 };
	for (size_t r = 0; r < nb; r++) {
		at0[body[r].c0 + 1]++;
		atl[body[r].cl + 1] += body[r].lw != 0;
	}
	for (int c = 0; c < 32; c++) {
		at0[c + 1] += at0[c];
		atl[c + 1] += atl[c];
	}
	{
		size_t f0[32], fl[32];
		memcpy(f0, at0, sizeof f0);
		memcpy(fl, atl, sizeof fl);
		for (size_t r = 0; r < nb; r++) {
			by0[f0[body[r].c0]++] = r;
			if (body[r].lw)
				byl[fl[body[r].cl]++] = r;
		}
	}
	for (size_t h = 0; h < nh && nb; h++) {
		size_t k = hk[h], q0 = sent[k], q1 = sent[k + 1];
		/* The headline's words no name holds yet. */
		unsigned char *free_word = xscratch_alloc(q1 - q0);
		size_t i = before;
		for (size_t q = q0; q < q1; q++) {
			while (i < n0 && out->v[i].end <= t[q].start)
				i++;
			free_word[q - q0] = ner_is_word(&t[q]) && !(i < n0 && out->v[i].start < t[q].end);
		}
		for (size_t q = q0; q < q1;) {
			if (!free_word[q - q0]) {
				q++;
				continue;
			}
			unsigned char c0 = (unsigned char)(t[q].s[0] & 31);
			if (at0[c0] == at0[c0 + 1] && atl[c0] == atl[c0 + 1]) {
				q++;
				continue;
			}
			size_t found = 0;
			for (size_t len = 4; len >= 1 && !found; len--) {
				size_t e = q + len - 1;
				int run = e < q1;
				for (size_t j = q + 1; run && j <= e; j++)
					run = free_word[j - q0] && t[j].start == t[j - 1].end + 1;
				/* Nor do they end in "AND" or "OF" ("UNITED FIRE AND"
				 * of "United Fire and Casualty Co"). */
				if (!run || (len > 1 && ner_title_function_word(&t[e])))
					continue;
				size_t a = t[q].start, b = t[e].end;
				/* One word that heads bodies' names or is a given name,
				 * after another word, is likely the end of a longer name
				 * ("OPEC FUND", "RESERVE BANK", "TRADE BILL"). */
				if (len == 1 && q > q0 && ner_is_word(&t[q - 1])) {
					unsigned c = lexicon_lookup(s + a, b - a);
					if ((c & (LEX_ORG_WORD | LEX_FIRST_NAME)) && !(c & LEX_ORG))
						continue;
				}
				/* The names that start as the words do, then (one
				 * word) the people whose last word does. */
				size_t n0c = at0[c0 + 1] - at0[c0], nlc = len == 1 ? atl[c0 + 1] - atl[c0] : 0;
				for (size_t x = 0; x < n0c + nlc && !found; x++) {
					int last = x >= n0c;
					const struct body *m = &body[last ? byl[atl[c0] + x - n0c] : by0[at0[c0] + x]];
					enum ner_type type = last ? NER_PERSON : m->type;
					/* Their second bytes first, case aside (0x20). */
					size_t ms = last ? m->lw : m->start;
					if (m->end - ms < 2 || b - a < 2 || ((unsigned char)(s[a + 1] ^ s[ms + 1]) & 0xdf))
						continue;
					/* Two words or more that begin a longer name are
					 * that name's short form ("DORVANE STEEL" of
					 * "Dorvane Steel Works Inc"), before one word
					 * alone could be taken for it. */
					if (!last && ((len > 1 && ner_caseless_prefix(s, a, b, m->start, m->end)) ||
						      ner_caseless_begins(s, a, b, m->start, m->end)))
						found = len;
					else if (last && m->end - m->lw == b - a && ner_caseless_begins(s, a, b, m->lw, m->end))
						found = 1;
					if (!found)
						continue;
					ner_push(out, a, b, type);
					/* A person's two names matched one by one are
					 * one name ("ROBERTO DURAN"). */
					if (out->n > n0 + 1 && out->v[out->n - 1].type == NER_PERSON &&
					    out->v[out->n - 2].type == NER_PERSON && out->v[out->n - 2].end + 1 == a) {
						out->v[out->n - 2].end = b;
						out->n--;
					}
				}
			}
			q += found ? found : 1;
		}
	}
	xscratch_release(mark);
	if (out->n > n0)
		ner_sort_mentions(out->v + before, out->n - before);
}

/* The most words a name has: "Subcommittee on International Development
 * Institutions of the U.S. House of Representatives" has 13. */
#define NER_NAME_WORDS 24

/* The folded text of tokens t[a..b) of s, in buf when it fits, as
 * text_fold_buf gives it. */
static char *ner_fold_tokens(const char *s, const struct ner_tok *t, size_t a, size_t b, char *buf, size_t size)
{
	size_t fl;
	return text_fold_buf(s + t[a].start, t[b - 1].end - t[a].start, buf, size, &fl);
}

/* A name of three words or more in a title-case headline (thead marks its
 * tokens) that the body never writes whole but that holds two names or
 * more the body writes each alone is those names, typed as the body types
 * them: where case says little, the model reads a run of capitals as one
 * name ("Obama Administration Flips Bush Endangered Species" is Obama and
 * Bush; "Obama White House" is Obama and the White House). So is a name
 * that holds one person of the body and ordinary words (see below). */
static void ner_split_headline_names(const char *s, const struct ner_tok *t, size_t n, const unsigned char *thead,
				     struct ner_list *out, size_t before)
{
	/* The token each mention starts at, or n; body names are the others. */
	size_t nm = out->n - before, nb = 0, any = 0;
	/* Most batches have no title-case headline: no mention starts in one. */
	if (nm < 3 || !memchr(thead, 1, n))
		return;
	/* The working arrays are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	size_t *first = xscratch_alloc(nm * sizeof *first), hint = 0;
	for (size_t i = 0; i < nm; i++) {
		const struct ner_mention *m = &out->v[before + i];
		size_t lo = ner_token_from(t, n, m->start, hint);
		hint = lo;
		first[i] = lo < n && t[lo].start == m->start ? lo : n;
		if (first[i] < n && thead[first[i]]) {
			size_t words = 0;
			for (size_t k = first[i]; k < n && t[k].end <= m->end; k++)
				words += ner_is_word(&t[k]);
			any |= words >= 2 && m->type != NER_DATE;
		} else if (m->type != NER_DATE) {
			nb++;
		}
	}
	if (!any || nb == 0) {
		xscratch_release(mark);
		return;
	}
	/* The body's names, folded, with their types, and the surnames of
	 * its people named in full (a headline names people so). */
	char **body = xscratch_alloc(2 * nb * sizeof *body);
	enum ner_type *btype = xscratch_alloc(2 * nb * sizeof *btype);
	nb = 0;
	for (size_t i = 0; i < nm; i++) {
		const struct ner_mention *m = &out->v[before + i];
		if ((first[i] < n && thead[first[i]]) || m->type == NER_DATE)
			continue;
		size_t fl;
		body[nb] = text_fold(s + m->start, m->end - m->start, &fl);
		btype[nb++] = m->type;
		const char *sp = strrchr(body[nb - 1], ' ');
		if (m->type == NER_PERSON && sp && sp[1]) {
			body[nb] = xstrdup(sp + 1);
			btype[nb++] = NER_PERSON;
		}
	}
	struct ner_list res = { 0 };
	for (size_t i = 0; i < nm; i++) {
		struct ner_mention m = out->v[before + i];
		/* Its tokens [a, e), looked at in a headline only. */
		size_t a = first[i], e = a, words = 0;
		int head = a < n && thead[a] && m.type != NER_DATE;
		while (head && e < n && t[e].end <= m.end)
			words += ner_is_word(&t[e++]);
		struct ner_mention piece[8];
		size_t np = 0;
		if (head && words >= 2) {
			char buf[256];
			int whole = 0;
			char *f = ner_fold_tokens(s, t, a, e, buf, sizeof buf);
			for (size_t q = 0; q < nb && !whole; q++)
				whole = strcmp(body[q], f) == 0;
			if (f != buf)
				free(f);
			/* The longest body name at each word, left to right. */
			for (size_t p = a; p < e && !whole && np < 8;) {
				size_t got = 0, gq = 0;
				/* No body name is longer than NER_NAME_WORDS words: a
				 * run of capitals of a thousand costs no more. */
				for (size_t q = e - p > NER_NAME_WORDS ? p + NER_NAME_WORDS : e; q > p && !got && ner_is_word(&t[p]);
				     q--) {
					if ((p == a && q == e) || !ner_is_word(&t[q - 1]))
						continue;
					char pb[256];
					char *pf = ner_fold_tokens(s, t, p, q, pb, sizeof pb);
					for (size_t r = 0; r < nb && !got; r++)
						if (strcmp(body[r], pf) == 0) {
							got = q;
							gq = r;
						}
					if (pf != pb)
						free(pf);
				}
				/* An initial alone confirms nothing ("P."). */
				if (got == p + 1 && (t[p].n < 3 || t[p].s[t[p].n - 1] == '.'))
					got = 0;
				if (got) {
					piece[np++] = (struct ner_mention){ t[p].start, t[got - 1].end, btype[gq], 0 };
					p = got;
				} else {
					p++;
				}
			}
		}
		/* One person the body names, with words that no name of the
		 * body holds and no name of a person has: the headline's verb
		 * before it ("Flips Talmer"), or either side where the model
		 * took all for a person ("Talmer Wetlands"). */
		int alone = np == 1 && piece[0].type == NER_PERSON &&
			    (piece[0].end == m.end || m.type == NER_PERSON);
		for (size_t k = a; alone && k < e; k++) {
			if (!ner_is_word(&t[k]) || (t[k].start >= piece[0].start && t[k].end <= piece[0].end))
				continue;
			char wb[64];
			char *wf = ner_fold_tokens(s, t, k, k + 1, wb, sizeof wb);
			size_t wl = strlen(wf);
			/* Not a word of people's names: a given name, a title,
			 * a particle, an initial or a suffix ("Jr"). */
			alone = t[k].n >= 3 && !t[k].upper &&
				!(lexicon_lookup(t[k].s, t[k].n) & (LEX_FIRST_NAME | LEX_TITLE | LEX_SURNAME_PARTICLE |
								    LEX_ROLE | LEX_PERSON));
			for (size_t r = 0; r < nb && alone; r++)
				for (const char *h = body[r]; alone && (h = strstr(h, wf)) != NULL; h++)
					alone = !((h == body[r] || h[-1] == ' ') && (h[wl] == 0 || h[wl] == ' '));
			if (wf != wb)
				free(wf);
		}
		if (np < 2 && !alone) {
			piece[0] = m;
			np = 1;
		} else if (np >= 2 && words < 3) {
			piece[0] = m;
			np = 1;
		}
		for (size_t q = 0; q < np; q++) {
			ner_push(&res, piece[q].start, piece[q].end, piece[q].type);
			res.v[res.n - 1].margin = piece[q].margin;
		}
	}
	out->n = before;
	for (size_t i = 0; i < res.n; i++) {
		ner_push(out, res.v[i].start, res.v[i].end, res.v[i].type);
		out->v[out->n - 1].margin = res.v[i].margin;
	}
	ner_list_free(&res);
	for (size_t q = 0; q < nb; q++)
		free(body[q]);
	xscratch_release(mark);
}

/* Short words a title-case headline may leave in lower case ("a", "of",
 * "into", "vs."...), each packed into an integer (its bytes, the first
 * lowest, and its length above them) and sorted, so that the test, made
 * for most words of a headline's lines, is a few compares. */
#define NER_FW(n, a, b, c, d)                                                                \
	((uint64_t)(n) << 32 | (uint64_t)(unsigned char)(a) | (uint64_t)(unsigned char)(b) << 8 | \
	 (uint64_t)(unsigned char)(c) << 16 | (uint64_t)(unsigned char)(d) << 24)

static const uint64_t ner_function_words[] = {
	NER_FW(1, 'a', 0, 0, 0), NER_FW(2, 'o', 'f', 0, 0), NER_FW(2, 'a', 'n', 0, 0),
	NER_FW(2, 'i', 'n', 0, 0), NER_FW(2, 'o', 'n', 0, 0), NER_FW(2, 't', 'o', 0, 0),
	NER_FW(2, 'u', 'p', 0, 0), NER_FW(2, 'o', 'r', 0, 0), NER_FW(2, 'a', 's', 0, 0),
	NER_FW(2, 'v', 's', 0, 0), NER_FW(2, 'a', 't', 0, 0), NER_FW(2, 'b', 'y', 0, 0),
	NER_FW(3, 'v', 's', '.', 0), NER_FW(3, 'v', 'i', 'a', 0), NER_FW(3, 'a', 'n', 'd', 0),
	NER_FW(3, 't', 'h', 'e', 0), NER_FW(3, 'o', 'f', 'f', 0), NER_FW(3, 'p', 'e', 'r', 0),
	NER_FW(3, 'f', 'o', 'r', 0), NER_FW(3, 'n', 'o', 'r', 0), NER_FW(3, 'b', 'u', 't', 0),
	NER_FW(3, 'o', 'u', 't', 0), NER_FW(4, 'a', 'm', 'i', 'd'), NER_FW(4, 'w', 'i', 't', 'h'),
	NER_FW(4, 'f', 'r', 'o', 'm'), NER_FW(4, 'i', 'n', 't', 'o'), NER_FW(4, 'o', 'n', 't', 'o'),
	NER_FW(4, 'o', 'v', 'e', 'r')
};

int ner_title_function_word(const struct ner_tok *t)
{
	if (t->n > 4 || t->n == 0)
		return 0;
	uint64_t k = (uint64_t)t->n << 32;
	for (size_t i = 0; i < t->n; i++) {
		unsigned char c = (unsigned char)t->s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		k |= (uint64_t)c << (8 * i);
	}
	size_t lo = 0, hi = sizeof ner_function_words / sizeof *ner_function_words;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ner_function_words[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sizeof ner_function_words / sizeof *ner_function_words && ner_function_words[lo] == k;
}

/* Whether news text writes a word in lower case, by the list of such words
 * or by another form of it there ("Reverses" by "reverse", "Overturns" by
 * "overturned"): the list holds the forms the counts saw, not all. */
int ner_lowercase_word(const char *s, size_t n)
{
	if (lexicon_lowercase(s, n))
		return 1;
	static const char *const ends[] = { "ing", "es", "ed", "s", NULL };
	static const char *const forms[] = { "", "e", "s", "es", "ed", "ing", NULL };
	char buf[40];
	for (int i = 0; ends[i]; i++) {
		size_t el = strlen(ends[i]);
		if (n < el + 3 || n - el + 3 >= sizeof buf || strncasecmp(s + n - el, ends[i], el) != 0)
			continue;
		size_t stem = n - el;
		memcpy(buf, s, stem);
		for (int f = 0; forms[f]; f++) {
			size_t fl = strlen(forms[f]);
			memcpy(buf + stem, forms[f], fl);
			if (stem + fl != n && lexicon_lowercase(buf, stem + fl))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* The length of a word's stem, as ner_word_hashes cuts it. */
static inline size_t ner_stem_len(const struct ner_tok *t)
{
	size_t n = t->n;
	const unsigned char *e = (const unsigned char *)t->s + n;
	/* Bit 0x20 set makes a byte the small letter compared with only if it
	 * is that letter or its capital. */
	unsigned last = n >= 1 ? e[-1] | 0x20u : 0;
	if (n >= 6 && (e[-3] | 0x20) == 'i' && (e[-2] | 0x20) == 'n' && last == 'g')
		return n - 3;
	if (n >= 5 && (e[-2] | 0x20) == 'e' && (last == 'd' || last == 's'))
		return n - 2;
	if (n >= 4 && last == 's')
		return n - 1;
	return n;
}

/* Bytes with 'A' to 'Z' lower-cased, the others as they are: one load a
 * byte in ner_word_hashes, where the test and the choice took three
 * instructions. */
#define NER_16(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7, (b) + 8, (b) + 9, (b) + 10, \
		  (b) + 11, (b) + 12, (b) + 13, (b) + 14, (b) + 15

const unsigned char ner_ascii_lower[256] = {
	NER_16(0x00), NER_16(0x10), NER_16(0x20), NER_16(0x30),
	0x40, NER_16(0x61), 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	NER_16(0x60), NER_16(0x70), NER_16(0x80), NER_16(0x90), NER_16(0xa0), NER_16(0xb0),
	NER_16(0xc0), NER_16(0xd0), NER_16(0xe0), NER_16(0xf0)
};

#undef NER_16

_Static_assert(sizeof ner_ascii_lower == 256, "a byte each");

/* A word's ASCII-folded hash, for the headline pass, into *h, and the hash
 * of its stem ("checks", "checked" -> "check") into *hs, which differs
 * from every word's hash; one pass over the bytes. */
static void ner_word_hashes(const struct ner_tok *t, unsigned long long *h, unsigned long long *hs)
{
	size_t n = t->n, stem = ner_stem_len(t), i = 0;
	unsigned long long x = 1469598103934665603ull, xs = 7809847782465536322ull;
	/* The stem's bytes go into both hashes, the ending's into the word's. */
	for (; i < stem; i++) {
		unsigned char c = ner_ascii_lower[(unsigned char)t->s[i]];
		x = (x ^ c) * 1099511628211ull;
		xs = (xs ^ c) * 1099511628211ull;
	}
	for (; i < n; i++)
		x = (x ^ ner_ascii_lower[(unsigned char)t->s[i]]) * 1099511628211ull;
	*h = x ? x : 1;
	*hs = xs ? xs : 1;
}

/* ner_word_hashes' hash of the whole word alone, without the stem's:
 * one multiplication a byte, for the callers that want no stem. */
static unsigned long long ner_word_hash(const char *s, size_t n)
{
	unsigned long long x = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		x = (x ^ ner_ascii_lower[(unsigned char)s[i]]) * 1099511628211ull;
	return x ? x : 1;
}

#define NER_SEEN_LOWER 1u	/* written in lower case in a sentence */

#define NER_SEEN_CAP_MID 2u	/* written capitalised inside a mixed-case sentence */

#define NER_SEEN_WANTED 4u	/* a headline's word: the others are not kept */

/* How the article writes each word outside its headlines: an open-address
 * table of word hashes. */
struct ner_seen {
	unsigned long long *key;
	unsigned char *flags;
	size_t cap;
};

static unsigned char *ner_seen_slot(struct ner_seen *m, unsigned long long h)
{
	size_t i = (size_t)(h ^ (h >> 31)) & (m->cap - 1);
	while (m->key[i] && m->key[i] != h)
		i = (i + 1) & (m->cap - 1);
	m->key[i] = h;
	return &m->flags[i];
}

/* The flags of a word wanted, or NULL for one that is not. */
static unsigned char *ner_seen_find(struct ner_seen *m, unsigned long long h)
{
	size_t i = (size_t)(h ^ (h >> 31)) & (m->cap - 1);
	while (m->key[i] && m->key[i] != h)
		i = (i + 1) & (m->cap - 1);
	return m->key[i] ? &m->flags[i] : NULL;
}

/* How the article writes a headline's word elsewhere (NER_SEEN_*), by
 * the word itself, else by its stem (h and hs, their ner_word_hashes). */
static unsigned char ner_seen_get(struct ner_seen *m, unsigned long long h, unsigned long long hs)
{
	unsigned char *f = ner_seen_find(m, h);
	unsigned char v = f ? *f & (NER_SEEN_LOWER | NER_SEEN_CAP_MID) : 0;
	if (!v && (f = ner_seen_find(m, hs)) != NULL)
		v = *f & (NER_SEEN_LOWER | NER_SEEN_CAP_MID);
	return v;
}

/* What ner_truecase does with a token. */
enum ner_recase {
	NER_KEEP = 0,		/* not in a headline */
	NER_TITLE_KEEP,		/* a title-case headline's word, read as written */
	NER_TITLE_LOWER,	/* one read in lower case */
	NER_CAPS,		/* a capitals headline's word the story does not write */
	NER_CAPS_LOWER,		/* one the story writes in lower case */
	NER_CAPS_TITLE		/* one the story capitalises inside sentences */
};

/* Whether token k opens its sentence or line for ner_truecase: no word
 * outside the headlines (title[] 0) since the last start. Told by a walk
 * back from the few words that ask, where the walk over every token kept
 * it at each. */
static int ner_truecase_opens(const struct ner_tok *t, const unsigned char *title, size_t k)
{
	for (size_t q = k;; q--) {
		if (q < k && !title[q] && ner_is_word(&t[q]))
			return 0;
		if ((t[q].flags & (TOKEN_SENT_START | TOKEN_LINE_START)) || q == 0)
			return 1;
	}
}

static void ner_unaccent(struct tagger_token *tt, size_t n);

static char *ner_truecase(struct ner_tok *t, size_t n, struct tagger_token *tt, struct tagger_lex *x, int scratch)
{
	/* The working arrays are scratch memory. */
	struct xscratch_mark mark = xscratch_mark();
	unsigned char *title = memset(xscratch_alloc(n ? n : 1), 0, n ? n : 1);
	int any = 0;
	/* The headlines lie within [hlo, hhi): the passes over their words
	 * below go no further (they are mostly a few words at the top). */
	size_t hlo = 0, hhi = 0;
	/* Lines within sentences: a headline runs to its line's end. */
	for (size_t a = 0; a < n;) {
		size_t b = a + 1;
		while (b < n && !(t[b].flags & (TOKEN_SENT_START | TOKEN_LINE_START)))
			b++;
		/* A line that carries on a sentence of the line before is
		 * hard-wrapped prose, not a headline ("said Arthur Miller,
		 * BankAmerica's Vice President for Financial"), and so is one
		 * that opens with wire copy's dateline ("CLEVELAND, Feb 26 -
		 * Standard Oil Co and BP North America"). */
		size_t up = a;
		while (up < b && t[up].upper && ner_is_word(&t[up]))
			up++;
		const char *base = t[a].s - t[a].start;
		if ((a > 0 && (t[a].flags & TOKEN_LINE_START) && !(t[a].flags & TOKEN_SENT_START)) ||
		    (up > a && ner_dateline_after(base, t[b - 1].end, t[up - 1].end))) {
			a = b;
			continue;
		}
		size_t ncap = 0, nlow = 0, nupper = 0;
		for (size_t k = a; k < b && nlow < 2; k++) {
			if (!ner_is_word(&t[k]))
				continue;
			if (t[k].cap) {
				ncap++;
				nupper += t[k].upper;
			} else if (!ner_title_function_word(&t[k])) {
				nlow++;
			}
		}
		/* One word in lower case among six capitalised or more, and no
		 * full stop at the end, is a headline too ("Overturn Bush Rules
		 * that Cut Science Out of..."). */
		int title_line = nlow == 0 || (nlow == 1 && ncap >= 6 && !ner_is_str(&t[b - 1], "."));
		unsigned char kind = title_line && ncap >= 3 && nupper < ncap ? NER_TITLE_KEEP
				     : nlow == 0 && ncap >= 2 && nupper == ncap ? NER_CAPS : NER_KEEP;
		if (kind != NER_KEEP) {
			memset(title + a, kind, b - a);
			if (!any)
				hlo = a;
			hhi = b;
			any = 1;
		}
		a = b;
	}
	if (!any) {
		xscratch_release(mark);
		return NULL;
	}
	/* The headlines' words, then how the rest of the article writes them. */
	size_t nh = 0;
	for (size_t k = hlo; k < hhi; k++)
		nh += title[k] != NER_KEEP;
	struct ner_seen seen;
	seen.cap = 64;
	while (seen.cap < nh * 4)
		seen.cap *= 2;
	seen.key = memset(xscratch_alloc(seen.cap * sizeof *seen.key), 0, seen.cap * sizeof *seen.key);
	seen.flags = memset(xscratch_alloc(seen.cap), 0, seen.cap);
	/* The first letters of the headlines' words, with the lengths of
	 * the words and of their stems: a word can only be one of them (or
	 * share a stem) with the same first letter and length (or stem's
	 * length), so most other words are passed over without a hash. The
	 * words' lengths are the low half of a letter's bits, the stems' the
	 * high half; the letter is a word's first byte with bit 0x20 set, the
	 * lower case of an ASCII letter (words start with a letter). `last`
	 * keeps the same by the last byte of the word and of its stem. */
	uint64_t initial[256] = { 0 }, last[256] = { 0 };
	/* The headlines' words' hashes, kept for the passes below, which
	 * hashed each word again. */
	unsigned long long *hword = xscratch_alloc(2 * (hhi - hlo) * sizeof *hword), *hstem = hword + (hhi - hlo);
	for (size_t k = hlo; k < hhi; k++)
		if (title[k] && ner_is_word(&t[k])) {
			unsigned long long h, hs;
			ner_word_hashes(&t[k], &h, &hs);
			hword[k - hlo] = h;
			hstem[k - hlo] = hs;
			*ner_seen_slot(&seen, h) |= NER_SEEN_WANTED;
			*ner_seen_slot(&seen, hs) |= NER_SEEN_WANTED;
			size_t stem = ner_stem_len(&t[k]);
			initial[(unsigned char)t[k].s[0] | 0x20] |=
				ner_len_bit(t[k].n) | (uint64_t)ner_len_bit(stem) << 32;
			last[(unsigned char)t[k].s[t[k].n - 1] | 0x20] |= ner_len_bit(t[k].n);
			last[(unsigned char)t[k].s[stem - 1] | 0x20] |= (uint64_t)ner_len_bit(stem) << 32;
		}
	for (size_t k = 0; k < n; k++) {
		if (title[k] || !ner_is_word(&t[k]))
			continue;
		uint64_t lens = initial[(unsigned char)t[k].s[0] | 0x20];
		if (!lens)
			continue;
		uint32_t wb = ner_len_bit(t[k].n);
		if (!((lens & wb) && (last[(unsigned char)t[k].s[t[k].n - 1] | 0x20] & wb))) {
			if (!(lens >> 32))
				continue;
			size_t stem = ner_stem_len(&t[k]);
			uint64_t sb = (uint64_t)ner_len_bit(stem) << 32;
			if (!(lens & sb) || !(last[(unsigned char)t[k].s[stem - 1] | 0x20] & sb))
				continue;
		}
		unsigned char f = t[k].cap ? (t[k].upper || ner_truecase_opens(t, title, k) ? 0 : NER_SEEN_CAP_MID)
					   : NER_SEEN_LOWER;
		unsigned long long h, hs;
		ner_word_hashes(&t[k], &h, &hs);
		unsigned char *w = ner_seen_find(&seen, h);
		if (w)
			*w |= f;
		if ((w = ner_seen_find(&seen, hs)) != NULL)
			*w |= f;
	}
	/* Headlines in capitals: each word as the article writes it elsewhere
	 * (lower case, or capitalised inside sentences: "VOLCKER SAYS FED" ->
	 * "Volcker says Fed"), words it does not use left as they are; a
	 * line where fewer than half the words are known stays in capitals,
	 * for the model's capitals features and ner_check_headlines. */
	for (size_t a = hlo; a < hhi;) {
		size_t b = a + 1;
		while (b < n && title[b] == title[a] && !(t[b].flags & (TOKEN_SENT_START | TOKEN_LINE_START)))
			b++;
		if (title[a] != NER_CAPS) {
			a = b;
			continue;
		}
		size_t words = 0, known = 0;
		for (size_t k = a; k < b; k++) {
			if (!ner_is_word(&t[k]))
				continue;
			words++;
			unsigned char f = ner_seen_get(&seen, hword[k - hlo], hstem[k - hlo]);
			title[k] = (f & NER_SEEN_CAP_MID) ? NER_CAPS_TITLE : (f & NER_SEEN_LOWER) ? NER_CAPS_LOWER : NER_CAPS;
			known += title[k] != NER_CAPS;
		}
		for (size_t k = a; k < b; k++)
			if (known * 2 < words || title[k] == NER_CAPS)
				title[k] = NER_KEEP;
		a = b;
	}
	unsigned char *storylow = memset(xscratch_alloc(n ? n : 1), 0, n ? n : 1);
	/* Which words of the headlines read in lower case: those the article
	 * writes so (and never capitalised inside a sentence), or, when it
	 * does not use them, function words and words news text writes so
	 * ("Checks" after "checked": a word's other forms count). */
	for (size_t k = hlo; k < hhi; k++) {
		if (title[k] >= NER_CAPS)
			continue;
		if (!title[k] || !t[k].cap || !ner_is_word(&t[k]) || (t[k].upper && t[k].n > 1)) {
			title[k] = title[k] ? NER_TITLE_KEEP : NER_KEEP;
			continue;
		}
		unsigned char f = ner_seen_get(&seen, hword[k - hlo], hstem[k - hlo]);
		int lower = (f & NER_SEEN_LOWER) && !(f & NER_SEEN_CAP_MID);
		storylow[k] = (unsigned char)lower;
		if (!f && (ner_title_function_word(&t[k]) || ner_lowercase_word(t[k].s, t[k].n) ||
			   (lexicon_lookup(t[k].s, t[k].n) & (LEX_COMMON | LEX_SPEECH_VERB))))
			lower = 1;
		title[k] = lower ? NER_TITLE_LOWER : NER_TITLE_KEEP;
	}
	/* Words that stay as written all the same: inside a name the lexicon
	 * knows ("New York"), and the head word of an organization's or an
	 * act's name with the two words before it ("National Bank", "Major
	 * League", "Endangered Species Act"), unless the story writes them in
	 * lower case: then they are ordinary words ("Sets Scoring Record",
	 * when the story says "set the record"). A function word ends the
	 * name ("Checks Into Court"). */
	for (size_t k = hlo; k < hhi; k++) {
		if (!title[k] || title[k] >= NER_CAPS)
			continue;
		if (t[k].phrase >= 2 && ner_lex_type(t[k].phrase_cls) >= 0)
			for (size_t q = k; q < k + t[k].phrase && q < n; q++)
				title[q] = title[q] ? NER_TITLE_KEEP : NER_KEEP;
		if ((t[k].lex & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_EVENT)) && t[k].cap && !storylow[k])
			for (size_t q = k, left = 3; left > 0 && !storylow[q] && !ner_title_function_word(&t[q]);
			     left--, q--) {
				title[q] = title[q] ? NER_TITLE_KEEP : NER_KEEP;
				if (q == 0)
					break;
			}
	}
	size_t size = 0;
	for (size_t k = hlo; k < hhi; k++)
		if (title[k] == NER_TITLE_LOWER || title[k] >= NER_CAPS_LOWER)
			size += t[k].n;
	char *buf = scratch ? xscratch_alloc(size ? size : 1) : xmalloc(size ? size : 1), *o = buf;
	for (size_t k = hlo; k < hhi; k++) {
		if (title[k] != NER_TITLE_LOWER && title[k] < NER_CAPS_LOWER)
			continue;
		/* Lower case, or capitalised, ASCII letters only. */
		for (size_t i = 0; i < t[k].n; i++) {
			char c = t[k].s[i];
			o[i] = c >= 'A' && c <= 'Z' && !(title[k] == NER_CAPS_TITLE && i == 0) ? (char)(c + 32) : c;
		}
		tt[k].s = o;
		/* A word read in another case may start other phrases (the
		 * lexicon tells lower-case words apart): the tagger looks those
		 * up itself, and hashes the word so read. */
		if (x)
			x[k].known = x[k].hashed = 0;
		tt[k].n = t[k].n;
		o += t[k].n;
		t[k].cap = title[k] == NER_CAPS_TITLE;
		t[k].upper = t[k].n == 1 && title[k] == NER_CAPS_TITLE;
	}
	if (!scratch)
		xscratch_release(mark);
	return buf;
}

/* The text of tokens [i, j) joined by single spaces: into buf when it
 * fits in cap bytes (names mostly do: no allocation per name), else into a
 * new string. */
static char *ner_join(const struct ner_tok *t, size_t i, size_t j, char *buf, size_t cap)
{
	size_t len = 0;
	for (size_t k = i; k < j; k++)
		len += t[k].n + 1;
	char *out = len && len <= cap ? buf : xmalloc(len ? len : 1), *o = out;
	for (size_t k = i; k < j; k++) {
		memcpy(o, t[k].s, t[k].n);
		o += t[k].n;
		*o++ = k + 1 < j ? ' ' : '\0';
	}
	if (i == j)
		*out = '\0';
	return out;
}

/* Frees what ner_join returned, unless it is buf. */
static void ner_join_free(char *j, const char *buf)
{
	if (j != buf)
		free(j);
}

/* "name<TAB>type" (the type one digit), the key of a known name: built by
 * hand, as a story has thousands and printf is slow, at the end of the
 * arena *a (*alen bytes used of *acap), one allocation for all of them;
 * returns where it starts. */
static size_t ner_known(char **a, size_t *alen, size_t *acap, const char *name, enum ner_type type)
{
	size_t n = strlen(name), off = *alen;
	if (off + n + 3 > *acap)
		*a = xgrow(*a, acap, off + n + 3, 1);
	char *k = *a + off;
	memcpy(k, name, n);
	k[n] = '\t';
	k[n + 1] = (char)('0' + (int)type);
	k[n + 2] = '\0';
	*alen = off + n + 3;
	return off;
}

/* The first of the tokens t[0..n) that starts at byte a or after (n if
 * none), searched from token hint out, by steps that double, then halves:
 * the mentions of a batch come nearly in order, so that most are found a
 * few tokens from the one before. */
static size_t ner_token_from(const struct ner_tok *t, size_t n, size_t a, size_t hint)
{
	size_t lo, hi, step = 1;
	if (hint > n)
		hint = n;
	if (hint < n && t[hint].start < a) {
		/* After hint: [lo, hi] holds it. */
		lo = hint + 1;
		for (;;) {
			hi = lo + step - 1;
			if (hi >= n) {
				hi = n;
				break;
			}
			if (t[hi].start >= a)
				break;
			lo = hi + 1;
			step *= 2;
		}
	} else {
		/* At hint or before. */
		hi = hint;
		for (;;) {
			if (hi == 0) {
				lo = 0;
				break;
			}
			size_t p = hi > step ? hi - step : 0;
			if (t[p].start < a) {
				lo = p + 1;
				break;
			}
			hi = p;
			step *= 2;
		}
	}
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t[mid].start < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* One story names one thing alike throughout: a name found in the story
 * (as written, up to four words; an acronym found twice with one type) is
 * a name wherever else the story writes it just so, unless it runs on into
 * more capitalised words there. The model misses names in contexts it has
 * not seen ("Comeaux was serving..."), not in all of them. */
static void ner_propagate(struct ner_work *w, size_t before)
{
	size_t nm = w->out->n - before;
	if (nm == 0)
		return;
	/* A name is copied only to a free capitalised token whose first byte
	 * and length are those of a word of a name found (as `initial` below
	 * keeps them, from fewer words): where no token is such, the names'
	 * keys need not be made. */
	/* The working arrays are scratch memory; each name's first token is
	 * searched for once, kept for the walk below. */
	struct xscratch_mark mark = xscratch_mark();
	size_t *mtok = xscratch_alloc(nm * sizeof *mtok);
	uint32_t words[256] = { 0 };
	for (size_t q = before; q < w->out->n; q++) {
		mtok[q - before] = ner_token_from(w->t, w->n, w->out->v[q].start, q > before ? mtok[q - before - 1] : 0);
		for (size_t i = mtok[q - before]; i < w->n && w->t[i].start < w->out->v[q].end; i++)
			words[(unsigned char)w->t[i].s[0]] |= ner_len_bit(w->t[i].n);
	}
	int any = 0;
	for (size_t c = 0, k; c < w->caps.n && !any; c++) {
		k = w->caps.v[c];
		any = !w->t[k].used && (words[(unsigned char)w->t[k].s[0]] & ner_len_bit(w->t[k].n));
	}
	if (!any) {
		xscratch_release(mark);
		return;
	}
	/* "text\ttype" of the names found, sorted; the first of equal texts wins. */
	size_t *koff = NULL;	/* where each is in the arena, until it is done */
	char *arena = NULL;
	size_t nk = 0, capk = 0, alen = 0, acap = 0;
	/* Sized for two keys a name, as many as most stories need (a name's
	 * key is no longer than its text and three bytes), grown beyond. */
	for (size_t q = before; q < w->out->n; q++)
		acap += 2 * (w->out->v[q].end - w->out->v[q].start + 3);
	arena = xmalloc(acap);
	koff = xgrow(koff, &capk, 2 * nm + 2, sizeof *koff);
	char jbuf[256];
	size_t ti = 0;
	for (size_t q = before; q < w->out->n; q++) {
		const struct ner_mention *m = &w->out->v[q];
		if (m->type == NER_DATE)
			continue;
		ti = mtok[q - before];
		size_t tj = ti;
		while (tj < w->n && w->t[tj].end <= m->end)
			tj++;
		if (ti >= w->n || w->t[ti].start != m->start || tj == ti || tj - ti > 4 || w->t[tj - 1].end != m->end)
			continue;
		/* Not words news text writes in lower case ("The", "Action"):
		 * the model's slip in one place is not copied to all. */
		const struct ner_tok *f = &w->t[ti];
		if (!f->cap || (tj - ti == 1 && (f->n < 2 || ner_title_function_word(f) || lexicon_lowercase(f->s, f->n) ||
						 (f->lex & (LEX_COMMON | LEX_MONTH | LEX_WEEKDAY | LEX_SPEECH_VERB |
							    LEX_TITLE)))))
			continue;
		char *j = ner_join(w->t, ti, tj, jbuf, sizeof jbuf);
		koff = xgrow(koff, &capk, nk + 2, sizeof *koff);
		koff[nk++] = ner_known(&arena, &alen, &acap, j, m->type);
		ner_join_free(j, jbuf);
		/* A person's surname ("Felt" of "W. Mark Felt", a word news text
		 * also writes in lower case; "King" of "Billie Jean King", a
		 * title too, where no name follows it) and a team's name after its city
		 * ("Chiefs" of the "Kansas City Chiefs") are names of the story
		 * too. */
		const struct ner_tok *l = &w->t[tj - 1];
		if (m->type == NER_PERSON && tj - ti >= 2 && l->n >= 3 && l->cap && !l->upper &&
		    !(l->lex & (LEX_COMMON | LEX_MONTH | LEX_WEEKDAY | LEX_SURNAME_PARTICLE))) {
			j = ner_join(w->t, tj - 1, tj, jbuf, sizeof jbuf);
			koff[nk++] = ner_known(&arena, &alen, &acap, j, NER_PERSON);
			ner_join_free(j, jbuf);
		}
		if (m->type == NER_ORG && tj - ti >= 2) {
			for (size_t p = tj - 1 < ti + 3 ? tj - 1 : ti + 3; p > ti; p--) {
				unsigned pcls;
				if (ner_lex_match(w, ti, p, &pcls) == p - ti && (pcls & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) &&
				    w->t[p].cap) {
					j = ner_join(w->t, p, tj, jbuf, sizeof jbuf);
					koff = xgrow(koff, &capk, nk + 1, sizeof *koff);
					koff[nk++] = ner_known(&arena, &alen, &acap, j, NER_ORG);
					ner_join_free(j, jbuf);
					break;
				}
			}
		}
		/* A facility by its name without the words of its kind
		 * ("Promises" of "Promises Treatment Center"); not a
		 * department's ("State" of "State Department", which is a
		 * portfolio's word where it stands alone). */
		if ((m->type == NER_ORG || m->type == NER_PLACE) && tj - ti >= 2) {
			size_t p = tj;
			while (p > ti + 1 && lexicon_facility_word(w->t[p - 1].s, w->t[p - 1].n) &&
			       !(ner_is(&w->t[p - 1], "department") || ner_is(&w->t[p - 1], "dept")))
				p--;
			if (p < tj && w->t[p - 1].cap && !(w->t[p - 1].lex & (LEX_ORG_WORD | LEX_TITLE | LEX_COMMON))) {
				j = ner_join(w->t, ti, p, jbuf, sizeof jbuf);
				koff = xgrow(koff, &capk, nk + 1, sizeof *koff);
				koff[nk++] = ner_known(&arena, &alen, &acap, j, m->type);
				ner_join_free(j, jbuf);
			}
		}
	}
	char **known = xscratch_alloc((nk ? nk : 1) * sizeof *known);
	for (size_t q = 0; q < nk; q++)
		known[q] = arena + koff[q];
	free(koff);
	/* Sorted when a token first starts one of them (see below). */
	int sorted = 0;
	/* The known names' first words (the text up to the first space or
	 * tab), by hash (ner_word_hashes') and by first byte and length (bits
	 * as ner_truecase keeps them): a token that is none of them starts no
	 * known name, and is passed over without joins and searches, most
	 * without a hash. */
	size_t fcap = 16;
	while (fcap < nk * 2)
		fcap *= 2;
	struct ner_seen firsts = { memset(xscratch_alloc(fcap * sizeof *firsts.key), 0, fcap * sizeof *firsts.key),
				   memset(xscratch_alloc(fcap), 0, fcap), fcap };
	uint32_t initial[256] = { 0 };
	for (size_t q = 0; q < nk; q++) {
		size_t fn = strcspn(known[q], " \t");
		*ner_seen_slot(&firsts, ner_word_hash(known[q], fn)) = 1;
		initial[(unsigned char)known[q][0]] |= ner_len_bit(fn);
	}
	/* A name marked here leaves its words used: the walk needs no skip. */
	for (size_t c = 0, k; c < w->caps.n && nk; c++) {
		k = w->caps.v[c];
		if (w->t[k].used || !(initial[(unsigned char)w->t[k].s[0]] & ner_len_bit(w->t[k].n)))
			continue;
		if (!ner_seen_find(&firsts, ner_word_hash(w->t[k].s, w->t[k].n)))
			continue;
		if (!sorted) {
			ner_names_sort(known, nk);
			sorted = 1;
		}
		for (size_t len = 4; len >= 1; len--) {
			size_t e = k + len;
			if (e > w->n)
				continue;
			int ok = 1;
			for (size_t q = k; q < e && ok; q++)
				ok = !w->t[q].used && (q == k || !(w->t[q].flags & TOKEN_SENT_START));
			/* Not a piece of a longer run of capitalised words. */
			if (ok && e < w->n && !(w->t[e].flags & TOKEN_SENT_START) && !w->t[e].used && w->t[e].cap)
				ok = 0;
			/* A sentence's first "The" starts no run: "The [Commission] said". */
			if (ok && k > 0 && !(w->t[k].flags & TOKEN_SENT_START) && !w->t[k - 1].used && w->t[k - 1].cap &&
			    !(ner_is(&w->t[k - 1], "the") && (w->t[k - 1].flags & TOKEN_SENT_START)))
				ok = 0;
			/* A surname that is also a title is one only where no
			 * name follows it: not the "Bishop" of "Bishop Tutu". */
			if (ok && len == 1 && (w->t[k].lex & LEX_TITLE) && e < w->n && w->t[e].cap &&
			    !(w->t[e].flags & TOKEN_SENT_START))
				ok = 0;
			if (!ok)
				continue;
			char *j = ner_join(w->t, k, e, jbuf, sizeof jbuf);
			size_t jl = strlen(j);
			size_t lo = ner_names_lower(known, nk, j);
			/* An acronym ("AI", "ATM") must have been found twice
			 * with one type: one slip of the model is not copied. */
			int type = -1;
			if (lo < nk && strncmp(known[lo], j, jl) == 0 && known[lo][jl] == '\t' &&
			    (!(len == 1 && w->t[k].upper) || (lo + 1 < nk && strcmp(known[lo], known[lo + 1]) == 0)))
				type = atoi(known[lo] + jl + 1);
			ner_join_free(j, jbuf);
			if (type >= 0) {
				ner_mark(w, k, e, (enum ner_type)type);
				break;
			}
		}
	}
	free(arena);
	xscratch_release(mark);
}

/* Whether token v of s is a vowel with a macron alone ("ā", "Ō"), as a
 * tokenizer that splits words at letters outside ASCII leaves one of a
 * Māori word ("M ā ori"). */
static int ner_macron_token(const char *s, const struct token *v)
{
	return v->end - v->start == 2 && ner_macron_vowel(s + v->start);
}

/* Whether s[a..b) is a piece that carries on a Māori word after a vowel
 * with a macron: lower-case letters of its alphabet in syllables of a
 * consonant ("ng", "wh" or one of h k m n p r t w) and a vowel, ending
 * in one ("ori", "nau", "rei", "whiti", "i"), so that an English word
 * after a word's last vowel is not taken in ("hapū leaders", "Pākehā
 * will"). Not an English word that is such syllables ("to", "area",
 * "here"): news writes those after a Māori word too. open: another such
 * vowel follows the piece, which may then end in its consonant ("keh"
 * of "P ā keh ā"). */
static int ner_macron_rest(const char *s, size_t a, size_t b, int open)
{
	static const char *const english[] = { "a",    "to",   "he",   "me",   "we",   "are",  "area", "one",
						"more", "were", "here", "where", "take", "make", "time", "home",
						"name", "none", "note", "rate", "hope", "mine", "wine", "pure",
						"tea",	"toe",	"ratio", NULL };
	if (b - a > 24)
		return 0;
	int vowel = 0;
	for (size_t k = a; k < b;) {
		char c = s[k];
		if (c && strchr("aeiou", c)) {
			vowel = 1;
			k++;
			continue;
		}
		/* A consonant: after a vowel or at the start, before one. */
		size_t w = (c == 'n' && k + 1 < b && s[k + 1] == 'g') || (c == 'w' && k + 1 < b && s[k + 1] == 'h') ? 2 :
			   c && strchr("hkmnprtw", c) ? 1 : 0;
		if (!w || (k + w >= b && !open) || (k + w < b && !strchr("aeiou", s[k + w])))
			return 0;
		vowel = 0;
		k += w;
	}
	if (!vowel && !open)
		return 0;
	/* "i" alone carries one on ("Ng ā i Tahu"): English writes "I". */
	for (int k = 0; english[k]; k++)
		if (ner_lit_is(english[k], s + a, b - a))
			return 0;
	return 1;
}

/* Joins the pieces of words a tokenizer split at their vowels with a
 * macron, as text split into tokens by another tool has them ("M ā ori",
 * "Whang ā rei", "Ng ā i Tahu", "hap ū leaders"), into one token each:
 * the piece before the vowel, the vowel, and the piece after it where
 * ner_macron_rest says it carries on the word. The tokens of l are
 * compacted (first[0..nr], where each range's tokens start, moved with
 * them); the joined words' text, without the blanks, is returned per
 * token (NULL where a token was not joined), or NULL if none was. The
 * token's bytes still span the file's, blanks and all. */
static char **ner_macron_joins(const char *s, struct token_list *l, size_t *first, size_t nr)
{
	char **joined = NULL;
	size_t o = 0, q = 0;
	for (size_t k = 0; k < l->n; k++) {
		struct token v = l->v[k];
		/* A word, a blank, the vowel alone, as many times as it comes
		 * ("P ā p ā moa"). */
		size_t e = k;
		while (e + 1 < l->n && ner_macron_token(s, &l->v[e + 1]) && l->v[e + 1].start == l->v[e].end + 1 &&
		       s[l->v[e].end] == ' ' && !(l->v[e + 1].flags & TOKEN_SENT_START)) {
			/* The piece before is letters, and so is the one after
			 * where it is taken. */
			unsigned char z = (unsigned char)s[l->v[e].end - 1];
			if (!(((z | 0x20) >= 'a' && (z | 0x20) <= 'z') || z >= 0x80))
				break;
			e++;
			if (!(e + 1 < l->n && l->v[e + 1].start == l->v[e].end + 1 && s[l->v[e].end] == ' ' &&
			      !(l->v[e + 1].flags & TOKEN_SENT_START)))
				break;
			/* A piece between two such vowels goes on to the next. */
			const struct token *r = &l->v[e + 1];
			int open = e + 2 < l->n && ner_macron_token(s, &l->v[e + 2]) && l->v[e + 2].start == r->end + 1 &&
				   s[r->end] == ' ' && !(l->v[e + 2].flags & TOKEN_SENT_START);
			if (!ner_macron_rest(s, r->start, r->end, open))
				break;
			e++;
			if (!open)
				break;
		}
		/* The range's first token may move down. */
		while (q <= nr && first[q] <= k)
			first[q++] = o;
		if (e == k || !((s[v.start] | 0x20) >= 'a' && (s[v.start] | 0x20) <= 'z')) {
			l->v[o++] = v;
			continue;
		}
		/* (The ranges' starts inside the run, none: a range starts a
		 * sentence, and no joined token does.) */
		if (!joined)
			joined = memset(xscratch_alloc(l->n * sizeof *joined), 0, l->n * sizeof *joined);
		char *w = xscratch_alloc(l->v[e].end - v.start + 1), *c = w;
		for (size_t i = v.start; i < l->v[e].end; i++)
			if (s[i] != ' ')
				*c++ = s[i];
		*c = 0;
		v.end = l->v[e].end;
		joined[o] = w;
		l->v[o++] = v;
		k = e;
	}
	while (q <= nr)
		first[q++] = o;
	l->n = o;
	return joined;
}

/* Each token's longest phrase, looked up once for all the rules; a
 * phrase never runs past its sentence. x, if not NULL, gets the same for
 * the tagger (tagger_tag_document_lex), which would look it up again.
 * sent[0..ns), if not NULL, are where the sentences start (as
 * TOKEN_SENT_START marks them, the first token's one), found once for
 * this and the tagger. The tokens' text can be read up to lim bytes from
 * its start (t[k].s - t[k].start). */
static void ner_fill_lexicon(struct ner_tok *t, size_t n, struct tagger_lex *x, const size_t *sent, size_t ns,
			     size_t lim, char *const *joined)
{
	struct xscratch_mark mark = xscratch_mark();
	struct lexicon_word *words = xscratch_alloc((n ? n : 1) * sizeof *words);
	/* Each word is hashed once, for the lexicon's memo and the tagger's. */
	uint64_t *hash = xscratch_alloc((n ? n : 1) * sizeof *hash);
	/* And its key, which the lexicon's memo compares. */
	struct text_short_key *key = xscratch_alloc((n ? n : 1) * sizeof *key);
	struct lexicon_found *found = xscratch_alloc((n ? n : 1) * sizeof *found);
	/* The tokens are of one text, t[k].start bytes into it, readable up
	 * to lim: a word starting eight bytes or more from both ends has its
	 * key made without tests of its length, which mispredicted (one
	 * compare tells it: below 8, start - 8 wraps around). */
	const size_t bound = lim >= 16 ? lim - 15 : 0;
	for (size_t k = 0; k < n; k++) {
		words[k].s = t[k].s;
		words[k].n = t[k].n;
		key[k] = t[k].start - 8 < bound ? text_short_key_padded(t[k].s, t[k].n) : text_short_key(t[k].s, t[k].n);
		hash[k] = text_short_key_hash(key[k], t[k].n);
	}
	/* A word joined from a tokenizer's pieces is looked up as one. */
	for (size_t k = 0; joined && k < n; k++)
		if (joined[k]) {
			words[k].s = joined[k];
			words[k].n = strlen(joined[k]);
			key[k] = text_short_key(words[k].s, words[k].n);
			hash[k] = text_short_key_hash(key[k], words[k].n);
		}
	/* Phrases start with a letter (lexicon_match_sentence passes over
	 * the other words) and end within their sentence. */
	for (size_t j = 0; sent && j < ns; j++) {
		size_t k = sent[j], e = j + 1 < ns ? sent[j + 1] : n;
		lexicon_match_sentence(words + k, hash + k, key + k, e - k, n - e, found + k);
	}
	for (size_t k = 0; !sent && k < n;) {
		size_t e = k + 1;
		while (e < n && !(t[e].flags & TOKEN_SENT_START))
			e++;
		lexicon_match_sentence(words + k, hash + k, key + k, e - k, n - e, found + k);
		k = e;
	}
	for (size_t k = 0; k < n; k++) {
		const struct lexicon_found *f = &found[k];
		/* The token's text in locals: the stores to t[k] could change
		 * it, as the compiler sees them. */
		const char *ts = t[k].s;
		const size_t tn = t[k].n;
		t[k].lex = f->word_cls;
		t[k].phrase = (unsigned char)f->phrase;
		t[k].phrase_cls = f->cls;
		if (x) {
			x[k].known = f->looked & (f->phrase <= 255);
			x[k].phrase = (unsigned char)f->phrase;
			x[k].cls = f->cls;
			x[k].word_cls = f->word_cls;
			x[k].hashed = 1;
			x[k].hash = hash[k];
			x[k].key = key[k];
		}
		/* "Ft." and "Mt." are "Fort" and "Mount" before a place's name
		 * ("Ft. Worth", "Mt Kenya"), which the lists write out; for
		 * the rules only, as the model was trained without it. Tokens
		 * of two or three bytes are told by one compare. */
		if (tn - 2 <= 1 && ts[1] == 't' && (tn == 2 || ts[2] == '.') && (ts[0] == 'F' || ts[0] == 'M') &&
		    f->phrase < 2 && k + 1 < n && !(t[k + 1].flags & TOKEN_SENT_START)) {
			struct lexicon_word lw[8];
			size_t m = 0;
			lw[m].s = t[k].s[0] == 'F' ? "Fort" : "Mount";
			lw[m++].n = t[k].s[0] == 'F' ? 4 : 5;
			for (size_t q = k + 1; q < n && m < 8 && !(t[q].flags & TOKEN_SENT_START); q++, m++)
				lw[m] = words[q];
			unsigned cls;
			size_t r = lexicon_match(lw, m, 0, &cls);
			if (r >= 2 && r <= 255) {
				t[k].phrase = (unsigned char)r;
				t[k].phrase_cls = cls;
			}
		}
	}
	xscratch_release(mark);
}

/* Whether the story s[0..n) writes the lower-case word s[w0..we) of a
 * name elsewhere, within NER_NEAR_TEXT bytes, as a word of its own after
 * a word other than the one before it in the name (s[p0..w0)): a common
 * noun. Letters only, three or more. */
static int ner_story_common_noun(const char *s, size_t n, size_t p0, size_t w0, size_t we)
{
	size_t wn = we - w0;
	if (wn < 3 || wn > 40)
		return 0;
	for (size_t k = w0; k < we; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	size_t pe = ner_blank_before(s, w0), pn = pe - p0;
	size_t lo = w0 > NER_NEAR_TEXT ? w0 - NER_NEAR_TEXT : 0, hi = n - we > NER_NEAR_TEXT ? we + NER_NEAR_TEXT : n;
	for (size_t k = lo; k + wn <= hi; k++) {
		const char *q = ner_chr(s, s + k, s[w0], hi - wn + 1 - k);
		if (!q)
			break;
		k = (size_t)(q - s);
		if (k == w0 || (k > 0 && ner_word_byte(s[k - 1])) || (k + wn < n && ner_word_byte(s[k + wn])) ||
		    memcmp(s + k, s + w0, wn) != 0)
			continue;
		/* The word before this one, if any. */
		size_t b = ner_blank_before(s, k), a = ner_word_start(s, lo, b);
		if (b == k || !(b - a == pn && memcmp(s + a, s + p0, pn) == 0))
			return 1;
	}
	return 0;
}

/* A name's last word in lower case that no list knows is cut off where
 * the story writes it as a common noun elsewhere ("a Vardanian matrix (or
 * matrix)" beside "a square matrix", "the Summitville mine"), unless a
 * list knows the name with the word capitalised ("Middle east", "Suez
 * canal") or it is a legal form ("plc"). English only: French and
 * Spanish names hold adjectives ("Assemblée nationale"). */
void ner_story_noun_tails(const char *s, size_t n, enum language lang, struct ner_list *l)
{
	if (lang != LANGUAGE_EN)
		return;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->type == NER_DATE)
			continue;
		size_t w0 = ner_word_start(s, m->start, m->end);
		if (w0 <= m->start + 1 || !(s[w0] >= 'a' && s[w0] <= 'z') || ner_common_tail(s + w0, m->end - w0) ||
		    (lexicon_lookup(s + w0, m->end - w0) & (LEX_COMPANY_SUFFIX | LEX_SURNAME_PARTICLE)))
			continue;
		size_t e = ner_blank_before(s, w0);
		if (e <= m->start || !ner_story_common_noun(s, n, ner_word_start(s, m->start, e), w0, m->end))
			continue;
		char whole[128];
		if (m->end - m->start >= sizeof whole)
			continue;
		memcpy(whole, s + m->start, m->end - m->start);
		whole[w0 - m->start] = (char)(whole[w0 - m->start] - 'a' + 'A');
		if (lexicon_lookup(whole, m->end - m->start))
			continue;
		m->end = e;
	}
}

/* Cuts the common words in lower case off the end of mention *m of text
 * s: "[Xinhua] news agency", "[Guangdong] province", "the [Russian] army"
 * (a name's own lower-case syllables stay: "Yoon Suk yeol"), and types
 * what is left as a list knows it. */
static void ner_cut_common_tail(const char *s, struct ner_mention *mp)
{
	struct ner_mention m = *mp;
	size_t full_end = m.end;
	while (m.type != NER_DATE) {
		size_t w0 = ner_word_start(s, m.start, m.end);
		int tail = w0 > m.start + 1 && s[w0] >= 'a' && s[w0] <= 'z' ? ner_common_tail(s + w0, m.end - w0) : 0;
		if (!tail)
			break;
		/* A publication's kind follows its name ("People magazine",
		 * "Time magazine"), whatever words the name has. */
		static const char *const press[] = { "magazine", "newspaper", "tabloid", "weekly", NULL };
		int kind = 0;
		for (int k = 0; press[k] && !kind; k++)
			kind = ner_lit_is(press[k], s + w0, m.end - w0);
		if (kind) {
			m.end = ner_blank_before(s, w0);
			continue;
		}
		/* Not a city or a body a list knows with the word
		 * capitalised, where the words before it are another
		 * place ("Mexico city", "Paris club"). */
		char whole[128];
		if (m.end - m.start < sizeof whole) {
			memcpy(whole, s + m.start, m.end - m.start);
			whole[w0 - m.start] = (char)(whole[w0 - m.start] - 'a' + 'A');
			size_t f = ner_blank_before(s, w0);
			unsigned wc = lexicon_lookup(whole, m.end - m.start), rc = lexicon_lookup(s + m.start, f - m.start);
			if ((wc & (LEX_CITY | LEX_ORG)) && (rc & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
				break;
			/* Nor a place whose words before it a list knows as
			 * no place ("Amazon basin", not the company). */
			if ((wc & (LEX_CITY | LEX_COUNTRY | LEX_REGION)) && rc &&
			    !(rc & (LEX_CITY | LEX_COUNTRY | LEX_REGION)))
				break;
		}
		size_t e = ner_blank_before(s, w0);
		/* A head word goes where what is left before the common
		 * words is a name a list knows: "the [Russian] army",
		 * "[Xinhua] news agency". */
		if (tail == 2) {
			for (;;) {
				size_t v = ner_word_start(s, m.start, e), f = ner_blank_before(s, v);
				if (f <= m.start || !(s[v] >= 'a' && s[v] <= 'z') || ner_common_tail(s + v, e - v) != 1)
					break;
				e = f;
			}
			/* Nor a party of a political group ("Labour party"). */
			unsigned rc = lexicon_lookup(s + m.start, e - m.start);
			if (!(rc & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_DEMONYM)) ||
			    ((rc & LEX_GROUP) && !(rc & LEX_DEMONYM)))
				break;
		} else if (tail == 1 && !(lexicon_lookup(s + m.start, e - m.start) &
					  (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG))) {
			/* What is left no list knows is one word of its own
			 * ("Kharg island"), not an adjective of the name
			 * ("U.S. Virgin islands", "Arabian peninsula"). */
			size_t v = ner_word_start(s, m.start, e);
			if (v > m.start || lexicon_lowercase(s + v, e - v) ||
			    (lexicon_lookup(s + v, e - v) & (LEX_DEMONYM | LEX_COMMON)))
				break;
		}
		m.end = e;
	}
	/* What is left is typed as a list knows it: "the [Russian]
	 * army" is a nationality. */
	if (m.end != full_end) {
		/* Unless the list has it as its own type too (the
		 * "Amazon basin" is no company's). */
		unsigned lc = lexicon_lookup(s + m.start, m.end - m.start);
		int lt = ner_lex_type(lc);
		int own = (m.type == NER_PLACE && (lc & (LEX_COUNTRY | LEX_CITY | LEX_REGION))) ||
			  (m.type == NER_ORG && (lc & LEX_ORG));
		if (lt >= 0 && !own)
			m.type = (enum ner_type)lt;
	}
	*mp = m;
}

/* Takes a ruler's or a generation's numeral after person mention m of
 * text s (n bytes) into it, where the next mention (next_start, or
 * SIZE_MAX) leaves room: a name of two words ("Pope John Paul II",
 * "Alfred Brittain III") or of one after a ruler's title ("King Baudouin
 * I"; "I" only so, as it is also the pronoun). */
static void ner_take_numeral(const char *s, size_t n, struct ner_mention *m, size_t next_start)
{
	/* With their lengths: this runs for every mention followed by a word. */
	static const struct ner_lit rulers[] = {
		NER_LIT("King"),    NER_LIT("Queen"),   NER_LIT("Pope"),     NER_LIT("Emperor"), NER_LIT("Empress"),
		NER_LIT("Tsar"),    NER_LIT("Czar"),    NER_LIT("Sultan"),   NER_LIT("Shah"),    NER_LIT("Prince"),
		NER_LIT("Princess"), NER_LIT("Pharaoh"), NER_LIT("Kaiser")
	};
	if (m->end + 1 >= n || s[m->end] != ' ' || next_start <= m->end + 1)
		return;
	int one = 0;
	size_t b = m->start;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	for (size_t k = 0; k < sizeof rulers / sizeof *rulers && !one; k++) {
		size_t len = rulers[k].n;
		/* The first letters compared before the call to memcmp. */
		one = b >= len && s[b - len] == rulers[k].w[0] && memcmp(s + b - len, rulers[k].w, len) == 0 &&
		      (b == len || !((s[b - len - 1] | 0x20) >= 'a' && (s[b - len - 1] | 0x20) <= 'z'));
	}
	/* A surname alone with a numeral is as often a sequel's or a
	 * rematch's ("Klitschko vs Thompson II"). */
	int words = 0;
	for (size_t k = m->start; k < m->end && !words; k++)
		words = s[k] == ' ' || s[k] == '\n';
	size_t r = one || words ? ner_regnal_numeral(s + m->end + 1, n - m->end - 1, one) : 0;
	if (r && next_start >= m->end + 1 + r)
		m->end += 1 + r;
}

/* Names the model cut in two or short: two names joined by "&" are one
 * ("[Douglas & Lomason] shares rise", a company unless a list knows the
 * whole); common words in lower case are cut off (ner_cut_common_tail);
 * a ruler's numeral is taken in (ner_take_numeral). Mentions from before
 * on, sorted; text of n bytes. */
static void ner_join_after(const char *s, size_t n, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		if (o > before) {
			struct ner_mention *p = &out->v[o - 1];
			/* Not where either is taken for a place ("DROM &
			 * Haiti"), unless a list knows the whole ("Trinidad &
			 * Tobago"). */
			if (p->type != NER_DATE && m.type != NER_DATE && m.start == p->end + 3 &&
			    memcmp(s + p->end, " & ", 3) == 0 && s[p->start] >= 'A' && s[p->start] <= 'Z' &&
			    ((p->type != NER_PLACE && m.type != NER_PLACE) || lexicon_lookup(s + p->start, m.end - p->start))) {
				int lt = ner_lex_type(lexicon_lookup(s + p->start, m.end - p->start));
				p->end = m.end;
				p->type = lt >= 0 ? (enum ner_type)lt : NER_ORG;
				continue;
			}
		}
		ner_cut_common_tail(s, &m);
		if (m.type == NER_PERSON)
			ner_take_numeral(s, n, &m, q + 1 < out->n ? out->v[q + 1].start : SIZE_MAX);
		out->v[o++] = m;
	}
	out->n = o;
}

/* Two places the model read as one across "&" ("Flights to Tarvelo &
 * Haiti") are two, where a list knows one of them as a place and does not
 * know the whole ("Trinidad & Tobago", "Bosnia and Herzegovina" stay
 * one). Mentions from before on, sorted. */
static void ner_split_place_pairs(const char *s, struct ner_list *out, size_t before)
{
	const unsigned place = LEX_COUNTRY | LEX_CITY | LEX_REGION;
	size_t n0 = out->n;
	for (size_t q = before; q < n0; q++) {
		struct ner_mention *m = &out->v[q];
		size_t len = m->end - m->start;
		if (m->type != NER_PLACE || len > 120 || ner_chr(s, s + m->start, '\n', len))
			continue;
		const char *amp = ner_find(s, s + m->start, len, " & ", 3);
		if (!amp || ner_find(s, amp + 3, (size_t)(s + m->end - amp - 3), " & ", 3))
			continue;
		size_t a1 = m->start, e1 = (size_t)(amp - s), a2 = e1 + 3, e2 = m->end;
		if (!(s[a2] >= 'A' && s[a2] <= 'Z') || lexicon_lookup(s + a1, len))
			continue;
		char buf[128];
		int bl = snprintf(buf, sizeof buf, "%.*s and %.*s", (int)(e1 - a1), s + a1, (int)(e2 - a2), s + a2);
		if (bl > 0 && (size_t)bl < sizeof buf && lexicon_lookup(buf, (size_t)bl))
			continue;
		if (!(lexicon_lookup(s + a1, e1 - a1) & place) && !(lexicon_lookup(s + a2, e2 - a2) & place))
			continue;
		m->end = e1;
		m->margin = 0;
		ner_push(out, a2, e2, NER_PLACE);
	}
	if (out->n > n0)
		ner_sort_mentions(out->v + before, out->n - before);
}

/* The end of a firm's name "and Co" or "& Sons" (and its legal forms)
 * that starts at byte e of s[0..n), or e where none does. */
static size_t ner_firm_tail(const char *s, size_t n, size_t e)
{
	size_t w = e;
	if (w + 5 <= n && memcmp(s + w, " and ", 5) == 0)
		w += 5;
	else if (w + 3 <= n && memcmp(s + w, " & ", 3) == 0)
		w += 3;
	else
		return e;
	size_t end = e;
	for (int first = 1;; first = 0) {
		size_t we = w;
		while (we < n && !strchr(" \n,>);\"", s[we]))
			we++;
		size_t wl = we - w;
		/* "Sons" or "Co" first, then legal forms a list knows ("Inc",
		 * "Co."); a full stop after another word ends the sentence. */
		int sons = first && (wl == 4 || (wl == 5 && s[w + 4] == '.')) && memcmp(s + w, "Sons", 4) == 0;
		if (sons)
			we = w + 4;
		else if (first && !(wl >= 2 && s[w] == 'C' && s[w + 1] == 'o'))
			return e;
		else if (lexicon_lookup(s + w, wl) & LEX_COMPANY_SUFFIX)
			;
		else if (wl > 1 && s[we - 1] == '.' && (lexicon_lookup(s + w, wl - 1) & LEX_COMPANY_SUFFIX))
			we--;
		else
			return end;
		end = we;
		if (!(we + 1 < n && s[we] == ' ' && s[we + 1] >= 'A' && s[we + 1] <= 'Z'))
			return end;
		w = we + 1;
	}
}

/* The end of a legal form written with a slash that follows byte e of
 * s[0..n) after a space ("A/S"), or whose first letter ends the name
 * that starts at byte start ("Korvald Mekaniske A" before "/S"); or e
 * where none does. */
static size_t ner_slash_form(const char *s, size_t n, size_t start, size_t e)
{
	size_t a;
	if (e < n && s[e] == ' ') {
		a = e + 1;
	} else if (e < n && s[e] == '/') {
		a = e;
		while (a > start && s[a - 1] != ' ')
			a--;
		if (a == start)
			return e;
	} else {
		return e;
	}
	size_t b = a;
	while (b < n && b - a < 8 && s[b] != ' ' && s[b] != '\n' && s[b] != ',' && s[b] != '.' && s[b] != ')' &&
	       s[b] != '\'')
		b++;
	return b > a + 2 && ner_chr(s, s + a, '/', b - a) && (lexicon_lookup(s + a, b - a) & LEX_COMPANY_SUFFIX) ? b : e;
}

/* A name the model ended before "and Co" or "& Sons" is a firm's, named
 * after its founders ("James Capel and Co", "Ivan F. Boesky and Co"): it
 * takes the words in and is an organization. So is any name followed by
 * a legal form written with a slash, which the tokens split ("Novo
 * Industri A/S"; the model took the form's last letter for a person).
 * Mentions from before on, sorted. */
static void ner_firm_tails(const char *s, size_t n, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		size_t e = m.type == NER_PERSON || m.type == NER_ORG ? ner_firm_tail(s, n, m.end) : m.end;
		if (m.type != NER_DATE)
			e = ner_slash_form(s, n, m.start, e);
		if (e > m.end) {
			m.end = e;
			m.type = NER_ORG;
			m.margin = 0;
			/* What the model found inside the tail ("Co", "S") goes. */
			while (q + 1 < out->n && out->v[q + 1].start < e)
				q++;
		}
		out->v[o++] = m;
	}
	out->n = o;
}

/* A given name, or its abbreviation ("Alex.", "Wm."), the model took
 * alone for a person just before a company's name is the first word of
 * that name ("[Alex. Brown and Sons Inc]"). Mentions from before on,
 * sorted. */
static void ner_founder_firms(const char *s, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		if (o > before && m.type == NER_ORG) {
			struct ner_mention *p = &out->v[o - 1];
			size_t pn = p->end - p->start, ls = m.end;
			/* The abbreviation's full stop may stand outside the
			 * person's span. */
			size_t gap = p->end < m.start && s[p->end] == '.' ? 1 : 0;
			int abbr = gap || (pn >= 2 && s[p->end - 1] == '.');
			/* Or the abbreviation taken for a company of its own
			 * ("[Geo]. [K. Brannock and Co]"): a given name's, short,
			 * that no list knows as a company's. The name is looked
			 * up only where it may be either. */
			int org_short = p->type == NER_ORG && gap && pn <= 4, given = 0;
			if ((p->type == NER_PERSON || org_short) && p->end + gap + 1 == m.start && s[p->end + gap] == ' ' &&
			    pn >= 2 && !ner_chr(s, s + p->start, ' ', pn)) {
				unsigned pf = lexicon_lookup(s + p->start, pn);
				int org_abbr = org_short && (pf & LEX_FIRST_NAME) && !(pf & LEX_ORG);
				given = (p->type == NER_PERSON || org_abbr) && ((pf & LEX_FIRST_NAME) || (abbr && pn <= 5));
			}
			/* The company's last word, a legal form. */
			while (given && ls > m.start && s[ls - 1] != ' ')
				ls--;
			if (given && ls > m.start && (lexicon_lookup(s + ls, m.end - ls) & LEX_COMPANY_SUFFIX)) {
				p->end = m.end;
				p->type = NER_ORG;
				p->margin = 0;
				continue;
			}
		}
		out->v[o++] = m;
	}
	out->n = o;
}

/* A firm named by its partners, a comma between them, is one company
 * ("Kidder, Peabody and Co", "Goldman, Sachs and Co."): a name "Y and Co"
 * or "Y & Co" with one capitalised word before it and a comma takes that
 * word in, unless a list knows the word as a place, a people, a title or
 * a common word, or news writes it in lower case ("In Texas, Peabody and
 * Co said"). Mentions from before on, sorted. */
static void ner_partner_firms(const char *s, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		const char *sp = ner_chr(s, s + m.start, ' ', m.end - m.start);
		size_t e1 = sp ? (size_t)(sp - s) : m.end, a = e1 + 5;
		int firm = m.type != NER_DATE && sp && m.start >= 4 && s[m.start - 2] == ',' && s[m.start - 1] == ' ' &&
			   s[m.start] >= 'A' && s[m.start] <= 'Z';
		if (firm && m.end >= e1 + 3 && memcmp(s + e1, " & ", 3) == 0)
			a = e1 + 3;
		else if (firm && !(m.end >= e1 + 5 && memcmp(s + e1, " and ", 5) == 0))
			firm = 0;
		size_t ae = a;
		while (firm && ae < m.end && s[ae] != ' ')
			ae++;
		firm = firm && ae > a && (lexicon_lookup(s + a, ae - a) & LEX_COMPANY_SUFFIX);
		/* Nothing but legal forms after it ("and Co Inc", not "and Co
		 * and Lazard Freres"). */
		for (size_t w = ae; firm && w < m.end;) {
			while (w < m.end && s[w] == ' ')
				w++;
			size_t we = ner_space_end(s, w, m.end);
			firm = we > w && (lexicon_lookup(s + w, we - w) & LEX_COMPANY_SUFFIX);
			w = we;
		}
		/* The partner before the comma. */
		size_t xe = m.start - 2, xs = xe;
		while (firm && xs > 0 && ((s[xs - 1] >= 'a' && s[xs - 1] <= 'z') || (s[xs - 1] >= 'A' && s[xs - 1] <= 'Z')))
			xs--;
		firm = firm && (xs == 0 || s[xs - 1] == ' ' || s[xs - 1] == '\n' || s[xs - 1] == '<' || s[xs - 1] == '(') &&
		       ner_partner_name(s, xs, xe);
		if (firm) {
			/* The partner taken alone for a name goes. */
			if (o > before && out->v[o - 1].start >= xs && out->v[o - 1].end <= xe)
				o--;
			m.start = xs;
			m.type = NER_ORG;
			m.margin = 0;
		}
		out->v[o++] = m;
	}
	out->n = o;
}

/* Whether s[a..b) may be a partner's surname in a list of three or more:
 * a partner's name (ner_partner_name; a given name may be one: "Pierce")
 * of one word in lower case after its capital. */
static int ner_partner_word(const char *s, size_t a, size_t b)
{
	for (size_t k = a + 1; k < b; k++)
		if (!(s[k] >= 'a' && s[k] <= 'z'))
			return 0;
	return ner_partner_name(s, a, b);
}

/* Whether y, a mention other than the one at at, is an organization
 * whose name begins with the word s[a..b) and goes on with a word that
 * is neither "and" nor a legal form ("Zenith Electronics Corp", "Billiton
 * International"; not the firm's own "Quimby Co" cut short). */
static int ner_names_own_firm(const char *s, const struct ner_mention *y, size_t a, size_t b, size_t at)
{
	size_t n = b - a, yn = y->end - y->start;
	if (y->type != NER_ORG || y->start == at || y->start == a || yn <= n + 1 ||
	    memcmp(s + y->start, s + a, n) != 0 || (s[y->start + n] != ' ' && s[y->start + n] != ','))
		return 0;
	size_t w = y->start + n + 1, we = ner_space_end(s, w, y->end);
	return !(we - w == 3 && memcmp(s + w, "and", 3) == 0) && !(lexicon_lookup(s + w, we - w) & LEX_COMPANY_SUFFIX);
}

/* A firm named by three partners or more, commas between them, is one
 * company where a legal form or a partnership's word follows the last
 * ("Donaldson, Lufkin and Jenrette Securities Corp", "Donaldson Lufkin and
 * Jenrette Inc"): the
 * model took the first partners for places or names of their own. The
 * mention ending in the company's words grows back over the partners;
 * mentions from before on, sorted. */
static void ner_partner_lists(const char *s, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention m = out->v[q];
		if (m.type == NER_DATE)
			goto keep;
		/* The company's words that end it, back to the last partner. */
		size_t tail = m.end;
		int legal = 1;	/* the company's words are legal forms only ("Inc") */
		while (tail > m.start) {
			size_t w = ner_word_start(s, m.start, tail);
			/* A firm's words: its legal forms, or what a partnership of
			 * brokers calls itself; not "Bank" or "Steel", which end
			 * lists of companies ("Brown, Colman and Hambros Bank"). */
			static const char *const firm[] = { "Securities", "Associates", "Partners", "Brothers", "Sons", NULL };
			unsigned cls = w == m.start ? 0 : lexicon_lookup(s + w, tail - w);
			int word = 0;
			for (int k = 0; firm[k] && w > m.start; k++)
				word |= ner_lit_is(firm[k], s + w, tail - w);
			if (!(cls & LEX_COMPANY_SUFFIX) && !word)
				break;
			legal &= (cls & LEX_COMPANY_SUFFIX) != 0;
			tail = w > m.start ? w - 1 : w;
		}
		if (tail == m.end)
			goto keep;
		/* Back from there: partners, "and" or "&" before the last one
		 * only, commas between the others ("A, B, and C", "A B and C"). */
		size_t p = tail, first = tail;
		int partners = 0, joined = 0, commas = 0, given = 0, plain = 0;
		size_t prev_end = tail;	/* the end of the partner taken last */
		size_t last_b = tail, last_e = tail;	/* the last partner */
		for (;;) {
			size_t e = ner_blank_before(s, p);
			if (partners == 1 && !joined) {
				if (e >= 3 && memcmp(s + e - 3, "and", 3) == 0 && (e == 3 || s[e - 4] == ' ' || s[e - 4] == '\n'))
					e -= 3, joined = 1;
				else if (e >= 1 && s[e - 1] == '&')
					e -= 1, joined = 1;
				else
					break;
				e = ner_blank_before(s, e);
			}
			int comma = partners >= 1 && e > 0 && s[e - 1] == ',';
			e -= comma;
			size_t b = e;
			while (b > 0 && ((s[b - 1] >= 'a' && s[b - 1] <= 'z') || (s[b - 1] >= 'A' && s[b - 1] <= 'Z')))
				b--;
			if (b == e || !ner_partner_word(s, b, e) ||
			    (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n' && s[b - 1] != '<' && s[b - 1] != '('))
				break;
			/* Two words with a space between that a list names together
			 * are one thing ("Nova Scotia"), not two partners. */
			unsigned pair = partners >= 1 && !comma && e + 1 == first ? lexicon_lookup(s + b, prev_end - b) : 0;
			if (pair & LEX_ORG) {
				/* A firm a list knows heads the name ("Merrill Lynch,
				 * Pierce, Fenner and Smith"): the last partner. */
				first = b;
				break;
			}
			if (pair)
				break;
			if (!partners)
				last_b = b, last_e = e;
			prev_end = e;
			partners++;
			commas += comma;
			given += (lexicon_lookup(s + b, e - b) & LEX_FIRST_NAME) != 0;
			plain += ner_lowercase_word(s + b, e - b);
			first = b;
			p = b;
			if (partners == 5)
				break;
		}
		/* The first partner ends no list of more ("Texas, Ohio"); and
		 * without commas no partner is a given name or a word, and only
		 * legal forms follow ("John Smith and Jones Inc" is a person and
		 * a company, "Dome Mines and Encor Energy" two companies). */
		/* Two partners, then only legal forms, are one firm too ("Bell
		 * and Howell Co"), unless the first is a company a list knows on
		 * its own ("Exxon and Mobil Corp"). */
		size_t fe = ner_blank_at(s, first, tail);
		int pair = partners == 2 && !commas && !given && !plain && legal &&
			   !(lexicon_lookup(s + first, fe - first) & LEX_ORG) &&
			   !(lexicon_lookup(s + last_b, last_e - last_b) & LEX_ORG);
		/* Nor where the first is the last word of a longer name ("Jerome
		 * S. Flum and Flum Partners"), or the story names a company of
		 * its own by it ("Zenith Electronics Corp", then "Zenith and
		 * Microsoft Corp"). */
		for (size_t x = o; pair && x > before && out->v[x - 1].end > first; x--)
			pair = out->v[x - 1].start >= first;
		/* Nor the last two of a longer list ("Hicks and Haas and Acadia
		 * Partners LP"). */
		size_t pb = ner_blank_before(s, first);
		if (pair && pb >= 4 && memcmp(s + pb - 4, " and", 4) == 0)
			pair = 0;
		for (size_t x = before; pair && x < out->n; x++)
			pair = !ner_names_own_firm(s, &out->v[x], first, fe, m.start) &&
			       !ner_names_own_firm(s, &out->v[x], last_b, last_e, m.start);
		if ((partners < 3 && !pair) || !joined || (first >= 2 && s[first - 2] == ',') ||
		    (!commas && (given || plain || !legal)))
			goto keep;
		/* The partners taken for names of their own go. */
		while (o > before && out->v[o - 1].end > first)
			o--;
		m.start = first < m.start ? first : m.start;
		m.type = NER_ORG;
		m.margin = 0;
	keep:
		out->v[o++] = m;
	}
	out->n = o;
}

/* Lower-case nouns of kinds of companies and other bodies, which name the
 * name next to them: "sugar group Beghin-Say", "Istat, the statistics
 * institute". */
const char *const ner_body_kinds[] = {
	"group", "firm", "maker", "manufacturer", "producer", "retailer", "insurer", "lender", "airline",
	"conglomerate", "startup", "bottler", "brewer", "distiller", "subsidiary", "affiliate", "carmaker",
	"company", "corporation", "bank", "institute", "agency", "bureau", "ministry", "authority", "regulator",
	"watchdog", "broadcaster", "newspaper", "association", "federation", "foundation", "organisation",
	"organization", NULL
};

/* Whether an apposition after the name ending at byte e names a kind of
 * body: ", the national statistics institute," ("Istat"), ", a
 * Nairobi-based lender." — "the" or "a", at most four words in lower case
 * (or with a hyphen), and the kind's noun before a comma, a full stop or a
 * bracket. */
int ner_body_apposition(const char *s, size_t len, size_t e)
{
	if (e + 4 >= len || s[e] != ',' || s[e + 1] != ' ')
		return 0;
	size_t p = e + 2;
	if (len - p > 4 && memcmp(s + p, "the ", 4) == 0)
		p += 4;
	else if (len - p > 2 && memcmp(s + p, "a ", 2) == 0)
		p += 2;
	else if (len - p > 3 && memcmp(s + p, "an ", 3) == 0)
		p += 3;
	else
		return 0;
	for (int words = 0; words < 4 && p < len; words++) {
		size_t q = p;
		while (q < len && ((s[q] >= 'a' && s[q] <= 'z') || (s[q] == '-' && q > p)))
			q++;
		if (q == p || q >= len)
			return 0;
		if (s[q] == ',' || s[q] == '.' || s[q] == ')') {
			for (int k = 0; ner_body_kinds[k]; k++)
				if (ner_lit_is(ner_body_kinds[k], s + p, q - p))
					return 1;
			return 0;
		}
		if (s[q] != ' ')
			return 0;
		p = q + 1;
	}
	return 0;
}

#define NER_WORD_REF_LESS(x, y) (ner_word_ref_cmp((x), (y)) < 0)

/* Sorts refs by ner_word_ref_cmp, stably: the story's words were sorted
 * so by eight rules. */
NER_DEFINE_SORT(ner_word_refs_sort, struct ner_word_ref, NER_WORD_REF_LESS)

/* "General" before a word news writes in lower case is no general's
 * title but the first word of a company's name ("General Acquisition",
 * "General Tire", "General Mills"), or of one the story names in full
 * ("General Foods Corp", then "a General Foods spokesman"): the model took
 * the word for a person of that title. Not a word in capitals, which is a
 * person's initials. Mentions from before on, sorted. */
void ner_general_companies(const char *s, struct ner_list *out, size_t before)
{
	/* The words after "General" in the story's organizations of more
	 * words ("General Foods Corp"), sorted: the same word alone after
	 * "General" is that company's too. */
	struct xscratch_mark mark = xscratch_mark();
	struct ner_word_ref *orgs = NULL;
	size_t norgs = 0;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		if (m->type != NER_ORG || m->end - m->start <= 8 || memcmp(s + m->start, "General ", 8) != 0)
			continue;
		size_t ws = m->start + 8, we = ner_blank_at(s, ws, m->end);
		if (!orgs)
			orgs = xscratch_alloc((out->n - before) * sizeof *orgs);
		orgs[norgs++] = (struct ner_word_ref){ s + ws, we - ws, 0 };
	}
	if (norgs)
		ner_word_refs_sort(orgs, norgs);
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		if (m->type != NER_PERSON)
			continue;
		/* The word alone after "General", or the two as one name. */
		int with = m->end - m->start > 8 && memcmp(s + m->start, "General ", 8) == 0;
		size_t ws = with ? m->start + 8 : m->start, wn = m->end - ws;
		if ((!with && (m->start < 8 || memcmp(s + m->start - 8, "General ", 8) != 0)) || ner_chr(s, s + ws, ' ', wn) ||
		    (!with && q > before && out->v[q - 1].end > m->start - 8))
			continue;
		/* Its plural counts ("acquisitions"), and its singular ("Foods",
		 * "Mills", "Instruments"). */
		char pl[40];
		int plural = wn + 1 < sizeof pl && (memcpy(pl, s + ws, wn), pl[wn] = 's', lexicon_lowercase(pl, wn + 1));
		int singular = wn > 3 && s[ws + wn - 1] == 's' && s[ws + wn - 2] != 's' && ner_lowercase_word(s + ws, wn - 1);
		struct ner_word_ref key = { s + ws, wn, 0 };
		int named = norgs && ner_word_ref_find(orgs, norgs, &key) < norgs;
		/* A word in capitals is a person's initials after a title that
		 * ends in "General" ("Attorney General KM Rahim"), though "km"
		 * is a word. */
		int caps = 1;
		for (size_t k = 0; k < wn && caps; k++)
			caps = s[ws + k] >= 'A' && s[ws + k] <= 'Z';
		if (!(named || (!caps && (plural || singular || ner_lowercase_word(s + ws, wn)))) ||
		    (lexicon_lookup(s + ws, wn) & LEX_FIRST_NAME))
			continue;
		m->start = ws - 8;
		m->type = NER_ORG;
		m->margin = 0;
	}
	xscratch_release(mark);
}

/* Whether the acronym s[a..b) (capitals only) spells the lower-case words
 * before byte e, the initials of the last of them, "of", "and", "for" and
 * "the" free to be left out: "liquefied natural gas ( LNG )". */
static int ner_spelt_lower(const char *s, size_t a, size_t b, size_t e)
{
	size_t k = b;
	while (k > a) {
		e = ner_blank_before(s, e);
		size_t w = ner_word_start(s, 0, e);
		if (w == e || !(s[w] >= 'a' && s[w] <= 'z'))
			return 0;
		for (size_t q = w; q < e; q++)
			if (!((s[q] >= 'a' && s[q] <= 'z') || s[q] == '-'))
				return 0;
		if ((s[w] | 0x20) == (s[k - 1] | 0x20))
			k--;
		else if (!((e - w == 2 && memcmp(s + w, "of", 2) == 0) || (e - w == 3 && memcmp(s + w, "and", 3) == 0) ||
			   (e - w == 3 && memcmp(s + w, "for", 3) == 0) || (e - w == 3 && memcmp(s + w, "the", 3) == 0)))
			return 0;
		e = w;
	}
	return 1;
}

/* A capital letter joined by a hyphen to a lower-case word is a piece of
 * a common word ("T-shirt", "X-ray", "B-minus", "T-lymphocytes"), not a
 * name. Mentions from before on, within s[0..end). */
static void ner_letter_compounds(const char *s, size_t end, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t k = before; k < out->n; k++) {
		const struct ner_mention *m = &out->v[k];
		int piece = m->end == m->start + 1 && m->end + 1 < end && s[m->start] >= 'A' && s[m->start] <= 'Z' &&
			    s[m->end] == '-' && s[m->end + 1] >= 'a' && s[m->end + 1] <= 'z' &&
			    (m->start == 0 || s[m->start - 1] == ' ' || s[m->start - 1] == '\n' || s[m->start - 1] == '(' ||
			     s[m->start - 1] == '"');
		if (!piece)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* Whether s[a..b) is a credit rating's symbol: S&P's AAA to D with + or
 * - ("BBB-plus" spelt out too), Moody's Aaa to C with 1 to 3. */
static int ner_rating_symbol(const char *s, size_t a, size_t b)
{
	static const char *const grades[] = { "AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D",
					      "Aaa", "Aa", "Baa", "Ba", "Caa", "Ca", NULL };
	/* Every grade starts with A, B, C or D: most mentions are passed
	 * over on their first byte, without the compares. */
	if (b <= a || (unsigned char)(s[a] - 'A') > 'D' - 'A')
		return 0;
	while (b > a && s[b - 1] == '.')
		b--;
	/* Nor longer than the longest symbol ("BBB-minus"), and a grade is
	 * compared a byte at a time, without calls. */
	if (b - a > 9)
		return 0;
	for (int k = 0; grades[k]; k++) {
		if (grades[k][0] != s[a])
			continue;
		size_t gl = 1;
		while (grades[k][gl] && gl < b - a && s[a + gl] == grades[k][gl])
			gl++;
		if (grades[k][gl])
			continue;
		size_t r = b - a - gl;
		const char *t = s + a + gl;
		if (r == 0 || (r == 1 && (*t == '+' || *t == '-' || (*t >= '1' && *t <= '3'))) ||
		    (r == 5 && memcmp(t, "-plus", 5) == 0) || (r == 6 && memcmp(t, "-minus", 6) == 0))
			return 1;
	}
	return 0;
}

/* Whether one of the words of credit ratings starts at s + i. */
static int ner_rating_word(const char *s, size_t n, size_t i)
{
	static const char *const words[] = { "rating", "rated", "debt", "downgrad", "upgrad", "affirm", "Moody",
					     "S and P", "Standard and Poor", NULL };
	for (int q = 0; words[q]; q++) {
		if (i >= n || ((unsigned char)s[i] | 0x20) != ((unsigned char)words[q][0] | 0x20))
			continue;
		size_t wl = strlen(words[q]);
		if (i + wl <= n && strncasecmp(s + i, words[q], wl) == 0)
			return 1;
	}
	return 0;
}

/* A credit rating is no name: a rating's symbol with "-plus", "-minus" or
 * "rating" after it, or after "to", "from", "rated" and the like where the
 * words before it speak of ratings or debt ("cut the debt to CCC-minus
 * from CCC", "rated B."). The Commodity Credit Corporation's CCC stays.
 * Mentions from before on, within s[0..end). */
static void ner_ratings(const char *s, size_t end, struct ner_list *out, size_t before)
{
	static const char *const preps[] = { "to", "from", "rated", "at", "of", "is", "and", "or", "was", NULL };
	size_t o = before;
	for (size_t k = before; k < out->n; k++) {
		struct ner_mention *m = &out->v[k];
		/* The rating the model took in with its agency's name
		 * ("[BBB-plus by Standard and Poor]'s") is cut off; the
		 * agency keeps the possessive a list names it with. */
		const char *sp = m->type != NER_DATE ? ner_chr(s, s + m->start, ' ', m->end - m->start) : NULL;
		if (sp && ner_rating_symbol(s, m->start, (size_t)(sp - s)) && (size_t)(sp - s) + 5 < m->end &&
		    memcmp(sp, " by ", 4) == 0 && s[sp - s + 4] >= 'A' && s[sp - s + 4] <= 'Z') {
			m->start = (size_t)(sp - s) + 4;
			m->margin = 0;
			if (m->end + 2 <= end && s[m->end] == '\'' && s[m->end + 1] == 's' &&
			    lexicon_lookup(s + m->start, m->end + 2 - m->start))
				m->end += 2;
		}
		int rating = 0;
		if (m->type != NER_DATE && m->end - m->start <= 9 && ner_rating_symbol(s, m->start, m->end)) {
			size_t a = m->end;
			if (a < end && s[a] == '-')
				a++;
			else
				while (a < end && s[a] == ' ')
					a++;
			rating = (a > m->end && a + 4 <= end && strncmp(s + a, "plus", 4) == 0) ||
				 (a > m->end && a + 5 <= end && strncmp(s + a, "minus", 5) == 0) ||
				 (a > m->end && a + 4 <= end && strncmp(s + a, "rat", 3) == 0 && ner_rating_word(s, end, a));
			size_t pe = m->start;
			while (pe > 0 && (s[pe - 1] == ' ' || s[pe - 1] == ','))
				pe--;
			size_t pb = pe;
			pb = ner_word_start(s, 0, pb);
			int prep = 0;
			for (int q = 0; preps[q] && !prep && !rating; q++)
				prep = ner_lit_is_nocase(preps[q], s + pb, pe - pb);
			/* The ratings' words within the sentence's reach before it. */
			for (size_t i = m->start > 200 ? m->start - 200 : 0; prep && !rating && i < m->start; i++)
				rating = ner_rating_word(s, m->start, i);
		}
		if (!rating)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* An acronym its story spells out in lower-case words is a common noun's
 * ("liquefied natural gas ( LNG )", "gross domestic product (GDP)"): no
 * mention of it in the story is a name. Mentions from before on. */
static void ner_common_acronyms(const char *s, struct ner_list *out, size_t before)
{
	size_t drop[4][2], nd = 0;
	for (size_t q = before; q < out->n && nd < 4; q++) {
		const struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start, p = m->start;
		if (n < 2 || n > 8 || p < 4 || !text_caps_word(s + m->start, n) || ner_chr(s, s + m->start, ' ', n))
			continue;
		if (s[p - 1] == ' ')
			p--;
		if (s[p - 1] != '(' || !ner_spelt_lower(s, m->start, m->end, p - 1))
			continue;
		drop[nd][0] = m->start;
		drop[nd][1] = n;
		nd++;
	}
	if (!nd)
		return;
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		int common = 0;
		for (size_t k = 0; k < nd && !common; k++)
			common = m->end - m->start == drop[k][1] && memcmp(s + m->start, s + drop[k][0], drop[k][1]) == 0;
		if (!common)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* Whether capitalised words at s[a..end) have the capitals c[0..cn) as
 * their initials, "of", "and", "for", "the" and "&" left out and a
 * company's suffix free to follow: "American Petroleum Institute" for
 * "API", "General Public Utilities Corp" for "GPU". */
static int ner_initials_at(const char *s, size_t a, size_t end, const char *c, size_t cn)
{
	size_t k = 0, words = 0;
	for (size_t p = a; p < end && k < cn;) {
		size_t w = p;
		while (p < end && s[p] != ' ' && s[p] != '\n' && s[p] != '-')
			p++;
		if (w == p)
			return 0;
		words++;
		if (s[w] == c[k])
			k++;
		else if (!ner_lit_is("of", s + w, p - w) && !ner_lit_is("and", s + w, p - w) &&
			 !ner_lit_is("for", s + w, p - w) && !ner_lit_is("the", s + w, p - w) &&
			 !ner_lit_is("&", s + w, p - w) &&
			 /* A possessive split off in tokens ("People 's Defence
			  * Force"). */
			 !ner_lit_is("'s", s + w, p - w) && !ner_lit_is("\xe2\x80\x99s", s + w, p - w))
			return 0;
		/* One blank, or a hyphen, between the words of a name. */
		if (p < end && p + 1 < end && (s[p] == ' ' || s[p] == '\n' || s[p] == '-'))
			p++;
		else
			break;
	}
	return words >= 2 && k == cn;
}

/* Whether the story s[from..end) names something by the initials
 * c[0..cn) (capitals), writes them as a ticker ("<GPU>") or with a
 * company's suffix ("PCR Inc"). */
static int ner_story_spells(const char *s, size_t from, size_t end, const char *c, size_t cn)
{
	for (size_t p = from; p + cn < end; p++) {
		if (s[p] == '<' && p + 1 + cn < end && memcmp(s + p + 1, c, cn) == 0 &&
		    (s[p + 1 + cn] == '>' || s[p + 1 + cn] == '.'))
			return 1;
		if (s[p] != c[0] || (p > from && ner_word_byte(s[p - 1])))
			continue;
		/* The letters themselves before a company's suffix. */
		if (memcmp(s + p, c, cn) == 0 && (s[p + cn] == ' ' || s[p + cn] == '\n')) {
			size_t w = p + cn + 1, e = w;
			while (e < end && ner_word_byte(s[e]))
				e++;
			if (e < end && s[e] == '.')
				e++;
			if (e > w && (lexicon_lookup(s + w, e - w) & LEX_COMPANY_SUFFIX))
				return 1;
		}
		/* A capitalised word that starts the words they stand for. */
		if (s[p + 1] >= 'a' && s[p + 1] <= 'z' && ner_initials_at(s, p, end, c, cn))
			return 1;
	}
	return 0;
}

/* An abbreviation of a common noun ("the CPU", "GDP grew", "a PDF") is no
 * name, unless its story names something with those initials ("American
 * Petroleum Institute ... API said"). Dates stay ("APR 1" of a table).
 * Mentions from before on, within s[from..end) (a huge article's batch,
 * read once a batch). */
static void ner_term_mentions(const char *s, size_t from, size_t end, struct ner_list *out, size_t before)
{
	/* The story is read once for each abbreviation, not each mention:
	 * the answers for the ones met (terms.txt has about a hundred). */
	struct {
		const char *t;
		size_t n;
		int name;
	} seen[128];
	size_t nseen = 0, o = before;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start;
		int term = m->type != NER_DATE && n >= 2 && n <= 6 && lexicon_term(s + m->start, n);
		if (term) {
			const char *t = s + m->start;
			size_t k = 0;
			while (k < nseen && !(seen[k].n == n && memcmp(seen[k].t, t, n) == 0))
				k++;
			if (k == nseen) {
				/* Its initials without a plural's "s" ("APIs"). */
				size_t cn = n > 2 && t[n - 1] == 's' ? n - 1 : n;
				int name = ner_story_spells(s, from, end, t, cn);
				if (nseen < sizeof seen / sizeof *seen) {
					seen[nseen].t = t;
					seen[nseen].n = n;
					seen[nseen++].name = name;
				}
				term = !name;
			} else {
				term = !seen[k].name;
			}
		}
		if (!term)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* A word ending in "-ed" that opens a sentence and is followed by a date
 * is a participle, no name: "Retrieved 1 May 2016", "Accessed 2019-03-02"
 * of a page's references. A given name stays ("Mohammed 12"). Mentions
 * from before on, within s[0..end). */
static void ner_participle_dates(const char *s, size_t end, struct ner_list *out, size_t before)
{
	size_t o = before;
	for (size_t q = before; q < out->n; q++) {
		const struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start, b = ner_blank_before(s, m->start);
		int participle = m->type != NER_DATE && n >= 7 && n <= 16 && s[m->end - 2] == 'e' && s[m->end - 1] == 'd' &&
				 (b == 0 || s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?' ||
				  ner_chr(s, s + b, '\n', m->start - b)) &&
				 m->end + 2 < end && s[m->end] == ' ' && !ner_chr(s, s + m->start, ' ', n);
		if (participle) {
			size_t w = m->end + 1, e = w;
			while (e < end && ner_word_byte(s[e]))
				e++;
			participle = (s[w] >= '0' && s[w] <= '9') || (e > w && (lexicon_lookup(s + w, e - w) & LEX_MONTH));
			participle &= !(lexicon_lookup(s + m->start, n) & (LEX_FIRST_NAME | LEX_PERSON | LEX_ORG));
		}
		if (!participle)
			out->v[o++] = *m;
	}
	out->n = o;
}

/* Whether the word right before byte p, past one blank, is "the" in any
 * case (a word: not the end of "soothe"). */
static int ner_the_before(const char *s, size_t p)
{
	/* "the" in any case, compared inline: asked before many mentions. */
	if (p < 4 || (s[p - 1] != ' ' && s[p - 1] != '\n') || (s[p - 4] | 0x20) != 't' || (s[p - 3] | 0x20) != 'h' ||
	    (s[p - 2] | 0x20) != 'e')
		return 0;
	return p == 4 || !((s[p - 5] | 0x20) >= 'a' && (s[p - 5] | 0x20) <= 'z');
}

/* "The Amazon" is the river and its basin, not the company: a name
 * typed an organization after "the" is a place where a list names a
 * river or basin after it ("Amazon River", "Congo Basin"). Mentions from
 * before on. */
static void ner_river_names(const char *s, struct ner_list *out, size_t before)
{
	static const char *const kinds[] = { " River", " Basin", NULL };
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start;
		if (m->type != NER_ORG || n < 3 || n > 40 || !ner_the_before(s, m->start))
			continue;
		char buf[64];
		for (int k = 0; kinds[k]; k++) {
			memcpy(buf, s + m->start, n);
			memcpy(buf + n, kinds[k], strlen(kinds[k]));
			if (lexicon_lookup(buf, n + strlen(kinds[k])) & LEX_REGION) {
				m->type = NER_PLACE;
				break;
			}
		}
	}
}

/* A person's name of two words or more that ends in a thoroughfare's word
 * ("Pitkin Avenue", "Tilden Ave", "Zayed Road") is a place: the model took
 * the capitalised word before it for a given name. Other names stay as
 * they are: "Sesame Street" is a show, "Belt and Road" a policy, and
 * "Downing Street said" an organization. Mentions from before on. */
static void ner_street_names(const char *s, struct ner_list *out, size_t before)
{
	static const char *const kinds[] = { "Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.",
					     "Boulevard", "Blvd", "Blvd.", "Highway", "Hwy", "Parkway", NULL };
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		if (m->type != NER_PERSON)
			continue;
		size_t a = ner_word_start(s, m->start, m->end);
		/* A word before it, not a number ("42 St"). */
		unsigned char c = a > m->start + 1 ? (unsigned char)s[a - 2] : 0;
		if (!(c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			continue;
		for (int k = 0; kinds[k]; k++)
			if (ner_lit_is(kinds[k], s + a, m->end - a)) {
				m->type = NER_PLACE;
				m->margin = 0;
				break;
			}
	}
}

/* Whether the story (of n bytes) writes "the" and the word w (wn bytes,
 * capitalised) in lower case within NER_NEAR_TEXT bytes of at: the
 * common noun with its article ("the currency"), not a verb of the same
 * letters ("to open" beside "the U.S. Open"). */
static int ner_story_writes_the_lower(const char *s, size_t n, size_t at, const char *w, size_t wn)
{
	/* "he word", then its "t" or a sentence's "T" looked for before it. */
	char pat[40];
	if (wn + 4 > sizeof pat)
		return 0;
	memcpy(pat, "he ", 3);
	memcpy(pat + 3, w, wn);
	pat[3] = (char)(w[0] | 0x20);
	size_t lo = at > NER_NEAR_TEXT ? at - NER_NEAR_TEXT : 1, hi = n - at > NER_NEAR_TEXT ? at + NER_NEAR_TEXT : n;
	for (const char *q = s + lo; (q = text_find(q, (size_t)(s + hi - q), pat, wn + 3)) != NULL; q++) {
		size_t k = (size_t)(q - s);
		if ((s[k - 1] == 't' || s[k - 1] == 'T') && (k == 1 || !ner_word_byte(s[k - 2])) &&
		    (k + wn + 3 >= n || !ner_word_byte(s[k + wn + 3])))
			return 1;
	}
	return 0;
}

/* Into [*b, e) the word in lower case that ends at byte e, past the
 * blanks before e; *b == the returned end when there is none. */
static size_t ner_lower_word_before(const char *s, size_t e, size_t *b)
{
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t k = e;
	while (k > 0 && s[k - 1] >= 'a' && s[k - 1] <= 'z')
		k--;
	*b = k;
	return e;
}

/* Whether an amount ends right before byte i: a number, or a number, or
 * a number's word, and "mln", "billion" and the like ("100 mln U.S.
 * Dlrs", "one billion U.S. Dlrs"). */
static int ner_amount_before(const char *s, size_t i)
{
	static const char *const scale[] = { "mln", "million", "bln", "billion", "trillion", "thousand", NULL };
	static const char *const numbers[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
					       "ten", "a", NULL };
	size_t b, e = ner_lower_word_before(s, i, &b);
	int scaled = 0;
	for (int k = 0; scale[k] && b < e && !scaled; k++)
		scaled = ner_lit_is(scale[k], s + b, e - b);
	if (b < e && !scaled)
		return 0;
	if (scaled)
		e = ner_lower_word_before(s, b, &b);
	if (b == e)
		return e > 0 && s[e - 1] >= '0' && s[e - 1] <= '9';
	for (int k = 0; numbers[k] && scaled; k++)
		if (ner_lit_is(numbers[k], s + b, e - b))
			return 1;
	return 0;
}

/* Whether s[0..n) is a currency's word, in any case ("Dlrs", "yen"). */
static int ner_currency_word(const char *s, size_t n)
{
	static const char *const words[] = { "dollar", "dollars", "dlr", "dlrs", "yen", "mark", "marks", "franc",
					     "francs", "pound", "pounds", "peso", "pesos", "rupee", "rupees", "yuan",
					     "lira", "lire", "crown", "crowns", "cents", "cts" };
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (ner_lit_is_nocase(words[k], s, n))
			return 1;
	return 0;
}

/* Whether mention m is a word news writes in lower case that the model
 * took apart from a country's dotted abbreviation, the mention prev just
 * before it, after an amount: "85 [U.S.] Dlrs" is no name. */
static int ner_currency_alone(const char *s, const struct ner_mention *prev, const struct ner_mention *m)
{
	size_t n = m->end - m->start;
	return m->type != NER_DATE && n >= 2 && prev->end + 1 == m->start && s[m->start - 1] == ' ' &&
	       s[prev->end - 1] == '.' && !ner_chr(s, s + m->start, ' ', n) && lexicon_lowercase(s + m->start, n) &&
	       (lexicon_lookup(s + prev->start, prev->end - prev->start) & LEX_COUNTRY) &&
	       ner_amount_before(s, prev->start);
}

/* Wire copy capitalises the word after "U.S." as if a sentence ended
 * there ("the U.S. Market remained weak", "a U.S. Official said"): a
 * country's dotted abbreviation and a role's word, or after "the" one
 * that news writes in lower case, or its story does ("the U.S. Currency"
 * beside "the currency": "Currency" of the European Currency Unit keeps
 * it off the list), and that heads no organization, are the country and
 * a common noun, not one name ("the U.S. Treasury", "U.S. Steel" stay).
 * Mentions from before on; text of text_end bytes. */
static void ner_abbreviation_nouns(const char *s, size_t text_end, struct ner_list *out, size_t before)
{
	size_t kept = before;
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start;
		if (kept > before && ner_currency_alone(s, &out->v[kept - 1], m))
			continue;
		out->v[kept++] = *m;
		m = &out->v[kept - 1];
		if (m->type == NER_DATE || n < 6)
			continue;
		int the = ner_the_before(s, m->start);
		/* The abbreviation: letters and full stops up to a blank. */
		size_t a = ner_blank_at(s, m->start, m->end);
		size_t w = a;
		while (w < m->end && (s[w] == ' ' || s[w] == '\n'))
			w++;
		if (a - m->start < 3 || s[a - 1] != '.' || w == a || w >= m->end ||
		    ner_chr(s, s + w, ' ', m->end - w) || ner_chr(s, s + w, '\n', m->end - w))
			continue;
		int lower = lexicon_lowercase(s + w, m->end - w);
		/* A country's abbreviation the lists lack, of two dotted
		 * capitals, is one before a currency's word after an amount
		 * ("7.15 billion N.Z. Dlrs", "H.K. Dlrs"). */
		const char *ab = s + m->start;
		int pair = a - m->start == 4 && ab[0] >= 'A' && ab[0] <= 'Z' && ab[1] == '.' && ab[2] >= 'A' &&
			   ab[2] <= 'Z' && ab[3] == '.' && lower && ner_amount_before(s, m->start);
		if (!pair && !(lexicon_lookup(s + m->start, a - m->start) & (LEX_COUNTRY | LEX_REGION)))
			continue;
		/* A role needs no "the": "a U.S. Official said"; nor does a
		 * word news and its story write in lower case, where the model
		 * took the two for one place ("selling of U.S. Bonds",
		 * "U.S. Soybean producers"). */
		unsigned cls = lexicon_lookup(s + w, m->end - w);
		/* After an amount, too ("13.6 billion U.S. Dlrs"), or before
		 * "per", a rate's ("prices in U.S. Dlrs per tonne"); and a
		 * currency's word anywhere ("mainly in U.S. Dollars"). */
		if (lower && !the &&
		    (ner_amount_before(s, m->start) ||
		     (m->end + 5 <= text_end && memcmp(s + m->end, " per ", 5) == 0) ||
		     ner_currency_word(s + w, m->end - w)))
			the = 1;
		if ((!the || !(lower || (ner_story_writes_the_lower(s, text_end, w, s + w, m->end - w) &&
					 ner_story_writes_lower(s, text_end, w, s + w, m->end - w)))) &&
		    !(cls & LEX_ROLE) &&
		    !(m->type == NER_PLACE && lower && ner_story_writes_lower(s, text_end, w, s + w, m->end - w)))
			continue;
		if (cls & (LEX_ORG_WORD | LEX_COMPANY_SUFFIX | LEX_TITLE | LEX_ORG | LEX_COUNTRY | LEX_CITY | LEX_REGION))
			continue;
		m->end = a;
		m->type = NER_PLACE;
	}
	out->n = kept;
}

/* A one-word name with its "'s" that a list keeps whole (the store
 * "Kohl's") is a person's possessive where the story names a person of
 * that surname in full: "Kohl's coalition" of Helmut Kohl. Mentions from
 * before on. */
static void ner_person_possessives(const char *s, struct ner_list *out, size_t before)
{
	for (size_t q = before; q < out->n; q++) {
		struct ner_mention *m = &out->v[q];
		size_t n = m->end - m->start, pn;
		if (n < 4 || ner_chr(s, s + m->start, ' ', n))
			continue;
		if (memcmp(s + m->end - 2, "'s", 2) == 0)
			pn = 2;
		else if (n > 5 && memcmp(s + m->end - 4, "\xe2\x80\x99s", 4) == 0)
			pn = 4;
		else
			continue;
		size_t xn = n - pn;
		for (size_t k = before; k < out->n; k++) {
			const struct ner_mention *p = &out->v[k];
			if (p->type != NER_PERSON || p->end - p->start <= xn + 1 || s[p->end - xn - 1] != ' ' ||
			    memcmp(s + p->end - xn, s + m->start, xn) != 0)
				continue;
			m->end -= pn;
			m->type = NER_PERSON;
			m->margin = 0;
			break;
		}
	}
}

/* The bytes a possessive's "'s" (or "’s"), or the blank before it,
 * starts with. */
static const unsigned char ner_possessive_first[256] = { [' '] = 1, ['\''] = 1, [0xE2] = 1 };

/* A company whose name holds a possessive after its first words
 * ("Boatmen's Bancshares Inc.", "Sainsbury's Supermarkets Ltd") goes by
 * the possessive in the story's short form: "[Boatmen's] deal", not
 * "[Boatmen]'s deal", also where a line breaks after the possessive.
 * Mentions from before on, sorted; text of n bytes. */
static void ner_own_possessives(const char *s, size_t n, struct ner_list *out, size_t before)
{
	size_t stem[8][2], ns = 0;
	for (size_t q = before; q < out->n && ns < 8; q++) {
		const struct ner_mention *m = &out->v[q];
		if (m->type != NER_ORG)
			continue;
		for (size_t x = m->start + 1; x < m->end; x++) {
			if (!ner_possessive_first[(unsigned char)s[x]] || s[x - 1] == ' ')
				continue;
			size_t pe = ner_possessive_end(s, m->end, x);
			/* Not an acronym ("ATT's Network Systems Group") nor a
			 * possessor a list knows ("Japan's Finance Ministry",
			 * the "Bank's" own agency). */
			if (pe && pe + 1 < m->end && (s[pe] == ' ' || s[pe] == '\n') && !text_caps_word(s + m->start, x - m->start) &&
			    !(lexicon_lookup(s + m->start, x - m->start) &
			      (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG | LEX_ORG_WORD | LEX_DEMONYM | LEX_GROUP))) {
				stem[ns][0] = m->start;
				stem[ns][1] = x - m->start;
				ns++;
				break;
			}
		}
	}
	/* A stem the story also writes as a name without the possessive
	 * ("Pittway Corp", "MITI said") is a possessor there. */
	for (size_t q = before; q < out->n && ns; q++) {
		const struct ner_mention *m = &out->v[q];
		for (size_t k = 0; k < ns; k++)
			if (m->end - m->start >= stem[k][1] && strncasecmp(s + m->start, s + stem[k][0], stem[k][1]) == 0 &&
			    !ner_possessive_end(s, n, m->start + stem[k][1])) {
				stem[k][0] = stem[ns - 1][0];
				stem[k][1] = stem[ns - 1][1];
				ns--;
				break;
			}
	}
	for (size_t q = before; q < out->n && ns; q++) {
		struct ner_mention *m = &out->v[q];
		size_t pe;
		if (m->type == NER_DATE || !(pe = ner_possessive_end(s, n, m->end)) ||
		    (q + 1 < out->n && out->v[q + 1].start < pe))
			continue;
		for (size_t k = 0; k < ns; k++)
			if (m->end - m->start == stem[k][1] && m->start != stem[k][0] &&
			    strncasecmp(s + m->start, s + stem[k][0], stem[k][1]) == 0) {
				m->end = pe;
				m->type = NER_ORG;
				break;
			}
	}
}

/* An outlet named by an ordinary word is told things: "told People",
 * "tells PEOPLE", "confirmed to People" name the magazine, which the model
 * leaves out as the common word. A capitalised word of letters no mention
 * holds, after a verb of telling in lower case (not a headline's) or "to"
 * after one of saying, before a word in lower case or a mark, and not a
 * title or a role ("told President Obama" is the model's to read) nor the
 * first word of a longer name ("told Trade and Industry Minister"); one of
 * two outlets the model read as one ("confirmed to People and Us Weekly")
 * is two. caps[0..ncaps) are the capitalised tokens of t[0..n). */
static void ner_told_outlets(const struct ner_tok *t, size_t n, const size_t *caps, size_t ncaps,
			     struct ner_list *l, size_t before)
{
	static const char *const tell[] = { "told", "tells", "telling", "tell", NULL };
	static const char *const to[] = { "confirmed", "confirms", "said", "says", "revealed", "reveals",
					  "explained", "explains", "admitted", "admits", "spoke", "speaks",
					  "talked", "talking", "according", NULL };
	size_t n0 = l->n, i = before;
	for (size_t c = 0; c < ncaps; c++) {
		size_t k = caps[c];
		if (k == 0 || t[k].n < 3 || (t[k].flags & TOKEN_SENT_START))
			continue;
		const struct ner_tok *v = &t[k - 1];
		/* All the words of both lists begin with a "t". */
		if (v->s[0] != 't')
			continue;
		int told = 0;
		for (int q = 0; tell[q] && !told; q++)
			told = ner_lit_is(tell[q], v->s, v->n);
		if (!told && k >= 2 && ner_lit_is("to", v->s, v->n))
			for (int q = 0; to[q] && !told; q++)
				told = ner_lit_is(to[q], t[k - 2].s, t[k - 2].n);
		if (!told)
			continue;
		/* Letters only, capitalised or in capitals. */
		const char *w = t[k].s;
		int upper = 1, lower = 1;
		for (size_t x = 1; x < t[k].n && (upper || lower); x++) {
			upper &= w[x] >= 'A' && w[x] <= 'Z';
			lower &= w[x] >= 'a' && w[x] <= 'z';
		}
		if (!(upper || lower) || (t[k].lex & (LEX_TITLE | LEX_ROLE | LEX_FIRST_NAME | LEX_WEEKDAY | LEX_MONTH)))
			continue;
		/* Then a mark or a word in lower case. */
		const struct ner_tok *x = k + 1 < n ? &t[k + 1] : NULL;
		if (x && !(x->n == 1 && strchr(".,;:", x->s[0])) && !(x->s[0] >= 'a' && x->s[0] <= 'z'))
			continue;
		while (i < n0 && l->v[i].end <= t[k].start)
			i++;
		int held = i < n0 && l->v[i].start < t[k].end;
		int and = x && ner_lit_is("and", x->s, x->n) && k + 2 < n && t[k + 2].cap;
		if (held && and && l->v[i].start == t[k].start && l->v[i].end >= t[k + 2].end) {
			l->v[i].type = NER_ORG;
			l->v[i].margin = 0;
			size_t end = l->v[i].end;
			l->v[i].end = t[k].end;
			ner_push(l, t[k + 2].start, end, NER_ORG);
			continue;
		}
		if (held || and || (x && ner_lit_is("of", x->s, x->n)))
			continue;
		ner_push(l, t[k].start, t[k].end, NER_ORG);
	}
	if (l->n != n0)
		ner_sort_mentions(l->v + before, l->n - before);
}

void ner_ranges(const char *s, const struct ner_range *r, size_t nr, struct ner_list *out)
{
	struct token_list l = { 0 };
	/* The arrays of the batch are scratch, kept from batch to batch. */
	struct xscratch_mark mark = xscratch_mark();
	/* Room for a token every four bytes, more than news text has: the
	 * list is not copied over as it grows. */
	size_t bytes = 0;
	for (size_t k = 0; k < nr; k++)
		bytes += r[k].end - r[k].start;
	l.v = xgrow(l.v, &l.cap, bytes / 4 + 1, sizeof *l.v);
	size_t *first = xscratch_alloc((nr + 1) * sizeof *first);
	for (size_t k = 0; k < nr; k++) {
		first[k] = l.n;
		token_split(s, r[k].start, r[k].end, &l);
	}
	first[nr] = l.n;
	/* Words split at a vowel with a macron: rare, and found by a look
	 * for the first bytes of those vowels in the ranges. */
	char **joined = NULL;
	for (size_t q = 0; q < nr; q++)
		if (memchr(s + r[q].start, 0xc4, r[q].end - r[q].start) ||
		    memchr(s + r[q].start, 0xc5, r[q].end - r[q].start)) {
			joined = ner_macron_joins(s, &l, first, nr);
			break;
		}
	struct ner_tok *t = ner_tokens(s, &l);
	struct ner_work w = { s, t, l.n, 0, 0, 0, out, { NULL, 0, 0, 0 }, { NULL, 0, 0, 0 }, { NULL, 0, 0, 0 },
			      { NULL, 0, 0, 0 } };
	/* The tokens with a hyphen, from one search of each range's text
	 * rather than one of each token's at each sentence. */
	w.hyph.v = xscratch_alloc((l.n ? l.n : 1) * sizeof *w.hyph.v);
	for (size_t q = 0; q < nr; q++) {
		size_t k = first[q];
		for (const char *p = s + r[q].start; (p = memchr(p, '-', (size_t)(s + r[q].end - p))) != NULL; p++) {
			size_t at = (size_t)(p - s);
			while (k < first[q + 1] && t[k].end <= at)
				k++;
			if (k < first[q + 1] && t[k].start <= at && (w.hyph.n == 0 || w.hyph.v[w.hyph.n - 1] != k))
				w.hyph.v[w.hyph.n++] = k;
		}
	}
	/* Sentences: [sent[k], sent[k+1]); the tokens for the tagger; case as
	 * written, for telling headlines in capitals below: in one pass. */
	size_t *sent = xscratch_alloc((l.n + 1) * sizeof *sent), ns = 0;
	struct tagger_token *tt = xscratch_alloc((l.n ? l.n : 1) * sizeof *tt);
	unsigned char *tags = xscratch_alloc(l.n ? l.n : 1);
	unsigned char *written = xscratch_alloc(l.n ? l.n : 1);
	for (size_t k = 0, n = l.n; k < n; k++) {
		if (t[k].flags & TOKEN_SENT_START)
			sent[ns++] = k;
		tt[k].s = t[k].s;
		tt[k].n = t[k].n;
		written[k] = (unsigned char)(t[k].cap | t[k].upper << 1);
	}
	/* The tagger reads a joined word as one, without its blanks. */
	for (size_t k = 0; joined && k < l.n; k++)
		if (joined[k]) {
			tt[k].s = joined[k];
			tt[k].n = strlen(joined[k]);
		}
	sent[ns] = l.n;
	struct tagger_lex *x = xscratch_alloc((l.n ? l.n : 1) * sizeof *x);
	/* The text is read up to the end of its last range. */
	size_t lim = 0;
	for (size_t q = 0; q < nr; q++)
		lim = r[q].end > lim ? r[q].end : lim;
	ner_fill_lexicon(t, l.n, x, sent, ns, lim, joined);
	ner_truecase(t, l.n, tt, x, 1);
	/* Most text has no accent at all: one look at its ranges says so. */
	for (size_t q = 0; q < nr; q++)
		if (text_latin_marks(s + r[q].start, r[q].end - r[q].start)) {
			ner_unaccent(tt, l.n);
			break;
		}
	float *margin = xscratch_alloc((l.n ? l.n : 1) * sizeof *margin);
	if (tagger_tag_document_lex(tt, l.n, sent, ns, x, tags, margin) != 0) {
		memset(tags, 0, l.n ? l.n : 1);
		memset(margin, 0, (l.n ? l.n : 1) * sizeof *margin);
	}
	/* The case is final now (ner_truecase set it): the capitalised tokens. */
	w.caps.v = xscratch_alloc(3 * (l.n ? l.n : 1) * sizeof *w.caps.v);
	w.dated.v = w.caps.v + (l.n ? l.n : 1);
	w.people.v = w.dated.v + (l.n ? l.n : 1);
	const unsigned people = LEX_TITLE | LEX_ROLE | LEX_FIRST_NAME | LEX_SPEECH_VERB;
	/* The counts in locals: the lists' stores could be to w's counts, as
	 * the compiler sees them, which it would then load again. */
	size_t ncaps = 0, ndated = 0, npeople = 0;
	size_t *restrict vcaps = w.caps.v, *restrict vdated = w.dated.v, *restrict vpeople = w.people.v;
	for (size_t k = 0, n = l.n; k < n; k++) {
		/* The token's fields read before the lists' stores, which could
		 * be to them as the compiler sees it (it loaded them again). */
		size_t cap = t[k].cap != 0;
		unsigned lex = t[k].lex, cls = lex | t[k].phrase_cls;
		size_t dated = cap | t[k].digit;
		t[k].tag = tags[k];
		t[k].margin = margin[k];
		vcaps[ncaps] = k;
		ncaps += cap;
		vdated[ndated] = k;
		ndated += dated;
		/* The word before a verb of saying goes in with the verb. */
		if ((lex & LEX_SPEECH_VERB) && k > 0 && (npeople == 0 || vpeople[npeople - 1] != k - 1))
			vpeople[npeople++] = k - 1;
		vpeople[npeople] = k;
		npeople += (cls & people) != 0;
	}
	w.caps.n = ncaps;
	w.dated.n = ndated;
	w.people.n = npeople;

	size_t before = out->n;
	size_t rk = 0;
	/* Which mentions come from sentences in capitals (headlines). */
	unsigned char *caps = memset(xscratch_alloc(ns ? ns : 1), 0, ns ? ns : 1);
	size_t *upto = xscratch_alloc((ns ? ns : 1) * sizeof *upto);
	for (size_t k = 0; k < ns; k++) {
		while (rk + 1 < nr && first[rk + 1] <= sent[k])
			rk++;
		w.caption = nr ? r[rk].caption : 0;
		w.boilerplate = nr ? r[rk].boilerplate : 0;
		w.para_first = nr ? first[rk] : 0;
		w.caps.first = ner_index_from(&w.caps, sent[k]);
		w.dated.first = ner_index_from(&w.dated, sent[k]);
		w.hyph.first = ner_index_from(&w.hyph, sent[k]);
		w.people.first = ner_index_from(&w.people, sent[k]);
		w.caps.at = w.dated.at = w.hyph.at = w.people.at = sent[k];
		ner_sentence(&w, sent[k], sent[k + 1]);
		upto[k] = out->n;
		int letters = 0, lower = 0;
		for (size_t q = sent[k]; q < sent[k + 1] && !lower; q++) {
			int cap = written[q] & 1, upper = written[q] >> 1;
			letters |= cap;
			lower |= !upper && !ner_is_punct_tok(&t[q]) && text_starts_upper(t[q].s, t[q].n) == 0 &&
				 !(t[q].s[0] >= '0' && t[q].s[0] <= '9');
			lower |= cap && !upper;
		}
		/* Only the headline at the top: a line in capitals further down
		 * (a table's heading, a section) is read as the model reads it. */
		caps[k] = letters && !lower && t[sent[k]].start < NER_HEADLINE_END;
	}
	size_t text_end = 0, text_start = nr ? r[0].start : 0;
	for (size_t k = 0; k < nr; k++) {
		text_end = r[k].end > text_end ? r[k].end : text_end;
		text_start = r[k].start < text_start ? r[k].start : text_start;
	}
	ner_check_headlines(s, text_end, out, before, caps, upto, ns);
	ner_headline_names(s, t, sent, ns, caps, out, before);
	/* The tokens of title-case headlines at the top, as ner_truecase
	 * reads them: lines of three capitalised words or more, none in lower
	 * case but function words, not all in capitals (those are checked
	 * above), each a line of its own, and not a dateline's. */
	unsigned char *thead = memset(xscratch_alloc(l.n + 1), 0, l.n + 1);
	/* A line starts at a line break or a range's first token (thead
	 * holds 2 at those for the moment). */
	for (size_t q = 0; q <= nr; q++)
		thead[first[q]] = 2;
#define NER_LINE_AT(k) ((k) == l.n || (thead[k] & 2) || (t[k].flags & TOKEN_LINE_START))
	for (size_t a = 0; a < l.n && t[a].start < NER_HEADLINE_END;) {
		size_t b = a + 1, up = a, capw = 0, mixed = 0, lower = 0, other = 0;
		while (b < l.n && !(t[b].flags & TOKEN_SENT_START) && !NER_LINE_AT(b))
			b++;
		while (up < b && (written[up] >> 1) && ner_is_word(&t[up]))
			up++;
		/* A headline is a line and a sentence of its own: the text's
		 * first line, or one after which the next line starts a
		 * sentence. */
		int line = NER_LINE_AT(a) && NER_LINE_AT(b);
		int prose = !line || (a > 0 && !(t[a].flags & TOKEN_SENT_START)) ||
			    (a > 0 && b < l.n && !(t[b].flags & TOKEN_SENT_START)) ||
			    (up > a && ner_dateline_after(s, t[b - 1].end, t[up - 1].end));
		for (size_t q = a; q < b && !prose; q++) {
			if (!ner_is_word(&t[q])) {
				other++;
				continue;
			}
			int cap = written[q] & 1, upper = written[q] >> 1;
			capw += cap;
			mixed |= cap && !upper;
			lower |= !cap && !ner_title_function_word(&t[q]);
		}
		/* Mostly words: not a line of a table of results. */
		if (!prose && capw >= 3 && mixed && !lower && other * 2 <= capw)
			memset(thead + a, 1, b - a);
		a = b;
	}
#undef NER_LINE_AT
	for (size_t q = 0; q <= nr; q++)
		thead[first[q]] &= 1;
	ner_split_headline_names(s, t, l.n, thead, out, before);
	ner_propagate(&w, before);
	if (out->n - before > 1)
		ner_sort_mentions(out->v + before, out->n - before);
	ner_join_after(s, text_end, out, before);
	ner_split_place_pairs(s, out, before);
	ner_firm_tails(s, text_end, out, before);
	ner_partner_firms(s, out, before);
	ner_partner_lists(s, out, before);
	ner_founder_firms(s, out, before);
	ner_common_acronyms(s, out, before);
	ner_term_mentions(s, text_start, text_end, out, before);
	ner_participle_dates(s, text_end, out, before);
	ner_letter_compounds(s, text_end, out, before);
	ner_ratings(s, text_end, out, before);
	ner_river_names(s, out, before);
	ner_street_names(s, out, before);
	ner_abbreviation_nouns(s, text_end, out, before);
	ner_person_possessives(s, out, before);
	ner_own_possessives(s, text_end, out, before);
	ner_told_outlets(t, l.n, w.caps.v, w.caps.n, out, before);
	xscratch_release(mark);
	token_list_free(&l);
}

/* The model learnt from text written without accents (CoNLL-2003 has
 * none; the Worldwide articles few), so a word with them ("Piątnowice",
 * "Yeşilköy") would reach it as a shape it never saw: the tagger reads
 * tt[0..n) with the accents of Latin letters taken off, pointed at copies
 * in scratch memory (the caller releases it with its working arrays).
 * The rules read the text as written. The trainer reads its data as
 * written: read so, its few accented words (0.2% of the Worldwide
 * tokens) moved a retraining within the spread of the training's order
 * and changed sentences of the unit tests that have none. */
static void ner_unaccent(struct tagger_token *tt, size_t n)
{
	size_t bytes = 0;
	for (size_t k = 0; k < n; k++)
		if (text_latin_marks(tt[k].s, tt[k].n))
			bytes += tt[k].n;
	if (!bytes)
		return;
	char *o = xscratch_alloc(bytes);
	for (size_t k = 0; k < n; k++) {
		if (!text_latin_marks(tt[k].s, tt[k].n))
			continue;
		memcpy(o, tt[k].s, tt[k].n);
		size_t m = text_strip_accents(o, tt[k].n);
		if (m == tt[k].n && memcmp(o, tt[k].s, m) == 0)
			continue;
		tt[k].s = o;
		tt[k].n = m;
		o += m;
	}
}

char *ner_truecase_tokens(const char *s, const struct token_list *l, struct tagger_token *tt)
{
	struct xscratch_mark mark = xscratch_mark();
	struct ner_tok *t = ner_tokens(s, l);
	ner_fill_lexicon(t, l->n, NULL, NULL, 0, 0, NULL);
	char *buf = ner_truecase(t, l->n, tt, NULL, 0);
	xscratch_release(mark);
	return buf;
}

void ner_text(const char *s, size_t start, size_t end, struct ner_list *out)
{
	struct ner_range r = { start, end, 0, 0 };
	ner_ranges(s, &r, 1, out);
}

/* Whether a dateline goes on at byte e, after the place that starts it:
 * its state or country (", Fla."), then the date and a dash (", March 6
 * -"), the agency in brackets (" (Reuters) -") or both, as wire copy
 * sets it. */
/* Whether an ISO date ends the line at byte e (spaces before it): the
 * dateline as CoNLL's stories set it, "ST. LOUIS 1996-08-30". */
static int ner_iso_date_ends_line(const char *s, size_t n, size_t e)
{
	while (e < n && s[e] == ' ')
		e++;
	static const char shape[] = "dddd-dd-dd";
	for (size_t k = 0; k < sizeof shape - 1; k++, e++)
		if (e >= n || (shape[k] == 'd' ? !(s[e] >= '0' && s[e] <= '9') : s[e] != '-'))
			return 0;
	while (e < n && s[e] == ' ')
		e++;
	return e == n || s[e] == '\n' || s[e] == '\r';
}

int ner_dateline_after(const char *s, size_t n, size_t e)
{
	for (int seg = 0; seg < 3; seg++) {
		if (ner_iso_date_ends_line(s, n, e))
			return 1;
		/* Tokenized text spaces the comma: "ROCHESTER , N.H.". */
		if (e + 3 < n && s[e] == ' ' && s[e + 1] == ',' && s[e + 2] == ' ')
			e++;
		if (e + 2 < n && s[e] == ' ' && s[e + 1] == '(') {
			/* Blanks inside, in text split into tokens: "( Reuters )". */
			size_t a = e + 2 + (e + 3 < n && s[e + 2] == ' '), q = a;
			while (q < n && q - e < 24 && ((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= 'a' && s[q] <= 'z')))
				q++;
			if (q > a && q + 1 < n && s[q] == ' ' && s[q + 1] == ')')
				q++;
			if (q == a || q >= n || s[q] != ')')
				return 0;
			e = q + 1;
			break;
		}
		if (e + 2 >= n || s[e] != ',' || s[e + 1] != ' ' || !(s[e + 2] >= 'A' && s[e + 2] <= 'Z'))
			return 0;
		size_t a = e + 2, q = a;
		while (q < n && ((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= 'a' && s[q] <= 'z')))
			q++;
		/* A month as news writes it, a capital then lower case ("March",
		 * "Sept"): the lexicon's months, which it compares in any case. */
		int month = q - a >= 3 && (lexicon_lookup(s + a, q - a) & LEX_MONTH);
		for (size_t k = a + 1; k < q && month; k++)
			month = s[k] >= 'a' && s[k] <= 'z';
		if (month) {
			if (q < n && s[q] == '.')
				q++;
			if (q + 1 >= n || s[q] != ' ' || !(s[q + 1] >= '0' && s[q + 1] <= '9'))
				return 0;
			q++;
			while (q < n && s[q] >= '0' && s[q] <= '9')
				q++;
			e = q;
			/* The agency may follow the date: ", Jan 5 (Xinhua) --". */
			if (e + 2 < n && s[e] == ' ' && s[e + 1] == '(')
				continue;
			break;
		}
		/* A state or country: a few words up to the next comma or
		 * bracket, or to a date that ends the line. */
		while (q < n && q - a < 30 && s[q] != ',' && s[q] != '(' && s[q] != '\n') {
			if (s[q] == ' ' && ner_iso_date_ends_line(s, n, q))
				return 1;
			q++;
		}
		if (q >= n || q - a >= 30 || s[q] == '\n')
			return 0;
		while (q > a && s[q - 1] == ' ')
			q--;
		e = q;
		if (seg == 2)
			return 0;
	}
	while (e < n && s[e] == ' ')
		e++;
	return ner_dash_at(s, n, e);
}
