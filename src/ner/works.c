/* ner/works: The story's rules for works and awards: quoted titles,
 * discographies and track lists, series, titles with years, orders and
 * prizes. */
#include "internal.h"

/* The bytes an opening quotation mark starts with. */
static const unsigned char ner_quote_first[256] = { ['`'] = 1, [0xE2] = 1, ['\''] = 1, ['"'] = 1 };

/* The first byte from s[i] on (up to n) that may open a quotation, or n:
 * sixteen bytes at a time with SSE2 (else eight), as most of an article
 * has none. */
static size_t ner_quote_scan(const char *s, size_t n, size_t i)
{
#if defined(__SSE2__)
	const __m128i q1 = _mm_set1_epi8('`'), q2 = _mm_set1_epi8('\''), q3 = _mm_set1_epi8('"'),
		      q4 = _mm_set1_epi8((char)0xE2);
#define NER_QUOTE_HITS(x) \
	((unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q1), _mm_cmpeq_epi8(x, q2)), \
						  _mm_or_si128(_mm_cmpeq_epi8(x, q3), _mm_cmpeq_epi8(x, q4)))))
	/* Whole blocks in a loop of their own, which had chosen each load's
	 * place among three cases (this reads most of every story). */
	size_t from = i;
	for (; i + 16 <= n; i += 16) {
		unsigned m = NER_QUOTE_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
	/* The rest in the sixteen bytes that end at n, those before i (read
	 * already) left out. */
	if (i < n && n - from >= 16) {
		unsigned m = NER_QUOTE_HITS(_mm_loadu_si128((const __m128i *)(const void *)(s + n - 16))) &
			     (~0u << (16 - (n - i)));
		return m ? n - 16 + (size_t)__builtin_ctz(m) : n;
	}
#undef NER_QUOTE_HITS
#endif
	const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones, k = 0x7f * ones;
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		/* Any byte not ASCII stops the skip too (0xE2 is one). */
		if (x & high)
			break;
		/* Bytes below 0x80 now: a byte's sum with 0x7f carries into no
		 * other and has its high bit set unless the byte is 0, so that
		 * the high bits of the three sums ANDed are all set unless a
		 * byte is one of the marks. */
		uint64_t none = ((x ^ '`' * ones) + k) & ((x ^ '\'' * ones) + k) & ((x ^ '"' * ones) + k);
		if ((none & high) != high)
			break;
	}
	while (i < n && !ner_quote_first[(unsigned char)s[i]])
		i++;
	return i;
}

/* The length of an opening quotation mark at s[i] (``, “, ‘, ' or "),
 * else 0. */
static size_t ner_open_quote(const char *s, size_t n, size_t i)
{
	if (!ner_quote_first[(unsigned char)s[i]])
		return 0;
	if (i > 0 && !ner_space_at(s, i - 1) && s[i - 1] != '(')
		return 0;
	if (i + 1 < n && s[i] == '`' && s[i + 1] == '`')
		return 2;
	if (i + 3 <= n && (memcmp(s + i, "\xe2\x80\x9c", 3) == 0 || memcmp(s + i, "\xe2\x80\x98", 3) == 0))
		return 3;
	if (s[i] == '\'' || s[i] == '"')
		return 1;
	return 0;
}

/* The length of a closing quotation mark at s[i] ('', ”, ’, ' or "),
 * not an apostrophe inside a word, else 0. */
static size_t ner_close_quote(const char *s, size_t n, size_t i)
{
	size_t q = 0;
	if (i + 1 < n && s[i] == '\'' && s[i + 1] == '\'')
		q = 2;
	else if (i + 3 <= n && (memcmp(s + i, "\xe2\x80\x9d", 3) == 0 || memcmp(s + i, "\xe2\x80\x99", 3) == 0))
		q = 3;
	else if (s[i] == '\'' || s[i] == '"')
		q = 1;
	if (q && i + q < n && ner_alnum_at(s, i + q))
		return 0;
	/* A possessive written apart ("Tajikistan ’ s relations") is no
	 * closing mark either. */
	int apostrophe = (q == 3 && (unsigned char)s[i + 2] == 0x99) || (q == 1 && s[i] == '\'');
	if (apostrophe && i + q + 1 < n && s[i + q] == ' ' && s[i + q + 1] == 's' &&
	    (i + q + 2 >= n || !ner_alnum_at(s, i + q + 2)))
		return 0;
	return q;
}

static int ner_small_word(const char *w, size_t n)
{
	static const char *const small[] = { "a",  "an", "the", "of",	"and",	"in",	"on",	"to",  "for", "at",
					     "from", "with", "or", "as", "by", "but", "nor", "vs", "vs.", NULL };
	/* They are of one to four bytes: a longer word is compared with none. */
	if (n == 0 || n > 4)
		return 0;
	for (int k = 0; small[k]; k++)
		if (ner_lit_is(small[k], w, n))
			return 1;
	return 0;
}

/* Whether the word before byte i (the opening quotation mark) names a
 * kind of work: "the film", "his novel", "the song". */
static int ner_work_before(const char *s, size_t i)
{
	static const char *const works[] = { "album",	 "book",   "documentary", "film",   "movie",
					     "musical",	 "novel",  "opera",	  "play",   "poem",
					     "programme", "series", "show",	  "single", "song", NULL };
	return ner_word_before_in(s, i, works);
}

/* Whether the quotation mark at byte i opens a list of works: "include"
 * or "including" before it, and a kind of works in the plural before that
 * on its line ("Singles from the album include “...”"). */
static int ner_work_list_before(const char *s, size_t i)
{
	static const char *const cue[] = { "include", "includes", "included", "including", NULL };
	static const struct ner_lit works[] = { NER_LIT("singles"), NER_LIT("songs"),  NER_LIT("tracks"),
						NER_LIT("albums"),  NER_LIT("films"),  NER_LIT("novels"),
						NER_LIT("books"),   NER_LIT("poems"),  NER_LIT("plays") };
	if (!ner_word_before_in(s, i, cue))
		return 0;
	/* Up to 100 bytes back, on the line. */
	size_t b = i;
	while (b > 0 && i - b < 100 && s[b - 1] != '\n')
		b--;
	/* Its words, in any case ("Singles from the album include"). */
	for (size_t w = b; w < i;) {
		size_t e = w;
		while (e < i && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
			e++;
		for (size_t k = 0; k < sizeof works / sizeof *works && e > w; k++)
			if (ner_lit_is_nocase(works[k].w, s + w, e - w))
				return 1;
		w = e + 1;
	}
	return 0;
}

/* Drops the mentions a pass marked with type NER_NTYPES and sorts the
 * list again, where the pass pushed names (n0: the count before it); a
 * pass that pushed none marked none. */
static void ner_drop_marked(struct ner_list *l, size_t n0)
{
	if (l->n == n0)
		return;
	size_t o = 0;
	for (size_t k = 0; k < l->n; k++)
		if (l->v[k].type != NER_NTYPES)
			l->v[o++] = l->v[k];
	l->n = o;
	ner_sort_mentions(l->v, l->n);
}

/* A copy of a quoted title in the story, for ner_title_copies. */
struct ner_copy {
	size_t start, end;	/* the words written again */
	size_t lo, hi;		/* the model's names within, l->v[lo..hi) */
	enum ner_type type;
};

static int ner_copy_cmp(const void *x, const void *y)
{
	const struct ner_copy *p = x, *q = y;
	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	return p->end > q->end ? -1 : p->end < q->end;
}

/* A quoted title is the story's name for the work wherever else it writes
 * it just so, without the marks ("the “ Durban Call to Action ” ... to
 * fulfil the Durban Call to Action"), of its type: the names the model
 * found within those words give way to it, and it is made where the
 * model found none; not where a name runs across its first or last word,
 * nor where the model found just those words (a quoted nickname is a
 * person's name: "“ El Tigre Ruiz ” ... El Tigre Ruiz said"). Titles of
 * two words or more (t[0..nt), each of its type); one
 * word alone ("Jaws") is too often a word of the story's own. A title
 * with margin -1 was never quoted: its own place is a copy too. */
static void ner_title_copies(const char *s, size_t n, struct ner_list *l, const struct ner_mention *t, size_t nt)
{
	struct ner_copy *c = NULL;
	size_t nc = 0, cap = 0;
	for (size_t k = 0; k < nt; k++) {
		size_t a = t[k].start, len = t[k].end - a;
		const char *p = s;
		while ((p = text_find(p, n - (size_t)(p - s), s + a, len)) != NULL) {
			size_t x = (size_t)(p - s), e = x + len;
			p++;
			if ((x == a && t[k].margin >= 0) || (x > 0 && ner_word_byte(s[x - 1])) ||
			    (e < n && ner_word_byte(s[e])))
				continue;
			/* The model's names over those words. */
			size_t lo = ner_first_ending_after(l, l->n, x);
			int across = 0;
			size_t j = lo;
			for (; j < l->n && l->v[j].start < e; j++)
				across |= l->v[j].start < x || l->v[j].end > e ||
					  (l->v[j].start == x && l->v[j].end == e);
			if (across)
				continue;
			c = xgrow(c, &cap, nc + 1, sizeof *c);
			c[nc++] = (struct ner_copy){ x, e, lo, j, t[k].type };
		}
	}
	if (!nc)
		return;
	/* In the text's order, the longer first where two start alike; one
	 * that overlaps a copy taken (another title's, or the same title
	 * written over itself) is not. A sort, as a story may write a title
	 * very many times. */
	qsort(c, nc, sizeof *c, ner_copy_cmp);
	size_t n0 = l->n, last = 0;
	for (size_t i = 0; i < nc; i++) {
		if (c[i].start < last)
			continue;
		last = c[i].end;
		for (size_t q = c[i].lo; q < c[i].hi; q++)
			l->v[q].type = NER_NTYPES;	/* dropped below */
		ner_push(l, c[i].start, c[i].end, c[i].type);
	}
	free(c);
	ner_drop_marked(l, n0);
}

/* Whether a dash and a running time ("– 3:41", "- 4 : 02") follow byte
 * i on its line, a bracket between ("( featuring Lars Berg ) – 3:55"). */
static int ner_track_time(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == '(') {
		size_t c = i + 1;
		while (c < n && c - i < 80 && s[c] != ')' && s[c] != '\n' && s[c] != '(')
			c++;
		if (c >= n || s[c] != ')')
			return 0;
		i = c + 1;
		while (i < n && s[i] == ' ')
			i++;
	}
	if (i + 3 <= n && memcmp(s + i, "\xe2\x80\x93", 3) == 0)
		i += 3;
	else if (i < n && s[i] == '-')
		i++;
	else
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t d = i;
	while (i < n && i - d < 3 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == d)
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i >= n || s[i] != ':')
		return 0;
	i++;
	while (i < n && s[i] == ' ')
		i++;
	return i + 2 <= n && s[i] >= '0' && s[i] <= '5' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
	       (i + 2 == n || !(s[i + 2] >= '0' && s[i + 2] <= '9'));
}

/* "the Durban Call to Action", "the Velmar Return to Work": a name the
 * model ended at a word news writes in lower case (a body's, a place's or
 * an other name, not a person's), then "to" and another such word in
 * capitals, is one title with them (MISC), where the story
 * writes the whole twice or more (a headline's "Velmar Airways to Cut"
 * once). Added to t[0..nt) (room for max), each with margin -1: its every
 * place is a copy for ner_title_copies. Returns the new count. */
static size_t ner_call_titles(const char *s, size_t n, const struct ner_list *l, struct ner_mention *t, size_t nt,
			      size_t max)
{
	for (size_t i = 0; i < l->n && nt < max; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		/* " to " and a capital after the name (asked first). */
		if (m->type == NER_PERSON || m->type == NER_DATE || m->type == NER_GROUP || e + 6 > n || s[e] != ' ' ||
		    s[e + 1] != 't' || s[e + 2] != 'o' || s[e + 3] != ' ' || !(s[e + 4] >= 'A' && s[e + 4] <= 'Z'))
			continue;
		size_t lw = ner_word_start(s, m->start, e), we = e + 4;
		while (we < n && ((s[we] >= 'a' && s[we] <= 'z') || (s[we] >= 'A' && s[we] <= 'Z')))
			we++;
		if (lw == m->start || !ner_lowercase_word(s + lw, e - lw) ||
		    !ner_lowercase_word(s + e + 4, we - e - 4) || (we < n && ner_word_byte(s[we])) ||
		    (i + 1 < l->n && l->v[i + 1].start < we))
			continue;
		/* Twice in the story at least. */
		const char *p = text_find(s, n, s + m->start, we - m->start);
		if (!p || !text_find(p + 1, n - (size_t)(p + 1 - s), s + m->start, we - m->start))
			continue;
		int seen = 0;
		for (size_t k = 0; k < nt && !seen; k++)
			seen = t[k].end - t[k].start == we - m->start &&
			       memcmp(s + t[k].start, s + m->start, we - m->start) == 0;
		if (!seen)
			t[nt++] = (struct ner_mention){ .start = m->start, .end = we, .type = NER_MISC, .margin = -1 };
	}
	return nt;
}

/* A title in quotation marks ("`` American Pie ''", "‘ Catching Fire ’")
 * is one name, of works and events (MISC), where the model found a name
 * in part of it: two to six words, each capitalised but for short
 * function words, the first and last capitalised. What the model found
 * inside gives way. */
void ner_quoted_titles(const char *s, size_t n, struct ner_list *l)
{
	size_t n0 = l->n;
	size_t mi = 0;	/* the first mention that may end after the quote */
	/* Where the last title of a list of works ended ("the songs “A”, “B”
	 * and “C”"): the next title joined to it is a work too. */
	size_t work_end = SIZE_MAX;
	/* The titles of two words or more, for ner_title_copies: the first
	 * 16 a story quotes, as each is a search of the whole story. */
	struct ner_mention titles[16];
	size_t nt = 0;
	for (size_t i = ner_quote_scan(s, n, 0); i < n; i = ner_quote_scan(s, n, i + 1)) {
		size_t oq = ner_open_quote(s, n, i);
		if (!oq)
			continue;
		int work = (work_end < i && ner_list_joint(s, work_end, i)) || ner_work_before(s, i) ||
			   ner_work_list_before(s, i);
		size_t a = i + oq;
		while (a < n && s[a] == ' ')
			a++;
		/* A leading "the" is outside the name (ANNOTATION.md): "The
		 * [Big Lebowski]". */
		if (a + 4 < n && (memcmp(s + a, "The ", 4) == 0 || memcmp(s + a, "THE ", 4) == 0)) {
			size_t x = a + 4;
			while (x < n && s[x] == ' ')
				x++;
			if (x < n && ner_upper_at(s, x))
				a = x;
		}
		if (a >= n || !ner_upper_at(s, a))
			continue;
		/* The words up to the closing mark, on this line. */
		size_t p = a, words = 0, last_end = a, cq = 0;
		int ok = 1;
		while (p < n && s[p] != '\n' && p - a < 120) {
			if ((cq = ner_close_quote(s, n, p)) != 0 && p > a)
				break;
			if (s[p] == ' ') {
				p++;
				continue;
			}
			size_t w = p;
			while (p < n && s[p] != ' ' && s[p] != '\n' && !(p > w && ner_close_quote(s, n, p)))
				p++;
			size_t wn = p - w;
			if (wn == 1 && (s[w] == ',' || s[w] == '.' || s[w] == '?' || s[w] == '!'))
				continue;
			while (wn > 1 && (s[w + wn - 1] == ',' || s[w + wn - 1] == '.'))
				wn--;
			words++;
			/* A capital or a number, or a short function word: not
			 * the last one (last_end SIZE_MAX until another). */
			if (ner_thousands(s + w, wn))
				ok = 0;
			else if (ner_upper_at(s, w) || (s[w] >= '0' && s[w] <= '9'))
				last_end = w + wn;
			else if (ner_small_word(s + w, wn))
				last_end = SIZE_MAX;
			else
				ok = 0;
		}
		/* A track list's line gives a song's length after its title
		 * ("“ Glasshouse ” – 3 : 41"): a work, of one word too. */
		if (cq && !work)
			work = ner_track_time(s, n, p + cq);
		if (!cq || !ok || words < 1 + !work || words > 6 || last_end == SIZE_MAX)
			continue;
		size_t b = last_end;
		/* The model's names inside: one at least, none across the
		 * marks, and not one that is the title already. */
		while (mi < n0 && l->v[mi].end <= a)
			mi++;
		size_t inside = 0, exact = 0, across = 0;
		for (size_t k = mi; k < n0 && l->v[k].start < b; k++) {
			if (l->v[k].start >= a && l->v[k].end <= b) {
				inside++;
				exact |= l->v[k].start == a && l->v[k].end == b;
			} else {
				across = 1;
			}
		}
		if (work && !across)
			work_end = p + cq;
		/* A work's title the model did not find, or found in part. */
		int title = -1;	/* the title's type, where it is one */
		if ((inside || work) && !exact && !across) {
			for (size_t k = mi; k < n0 && l->v[k].start < b; k++)
				l->v[k].type = NER_NTYPES;	/* dropped below */
			ner_push(l, a, b, NER_MISC);
			title = NER_MISC;
		} else if (exact && inside == 1 && !across) {
			/* "the film “Paris Nights”": the kind of work says what the
			 * title is, whatever the model made of it. */
			for (size_t k = mi; k < n0 && l->v[k].start < b; k++)
				if (l->v[k].start == a && l->v[k].end == b) {
					if (work) {
						l->v[k].type = NER_MISC;
						l->v[k].margin = 0;
					}
					if (l->v[k].type != NER_DATE)
						title = (int)l->v[k].type;
				}
		}
		if (title >= 0 && words >= 2 && nt < 16)
			titles[nt++] = (struct ner_mention){ .start = a, .end = b, .type = (enum ner_type)title };
		i = p;
	}
	/* A title added is a name dropped. */
	ner_drop_marked(l, n0);
	nt = ner_call_titles(s, n, l, titles, nt, 16);
	ner_title_copies(s, n, l, titles, nt);
}

/* Whether s[a..b) (between two names) is what joins the names of a list:
 * a comma, "and", "or", or a comma and either. */
int ner_list_joint(const char *s, size_t a, size_t b)
{
	/* Spaces around the comma too, as text split into tokens has it
	 * ("Lod , Ramle and Acre"). */
	size_t i = a;
	int joint = 0;
	while (i < b && s[i] == ' ')
		i++;
	if (i < b && s[i] == ',') {
		joint = 1;
		i++;
		while (i < b && s[i] == ' ')
			i++;
	}
	size_t word = b - i >= 4 && memcmp(s + i, "and ", 4) == 0 ? 4 : b - i >= 3 && memcmp(s + i, "or ", 3) == 0 ? 3 : 0;
	if (word && i > a) {
		joint = 1;
		i += word;
		while (i < b && s[i] == ' ')
			i++;
	}
	return joint && i == b;
}

static const struct ner_lit ner_show_genres[] = {
	NER_LIT("quiz"),    NER_LIT("talk"),	NER_LIT("game"),       NER_LIT("chat"),	 NER_LIT("reality"),
	NER_LIT("cookery"), NER_LIT("cooking"), NER_LIT("television"), NER_LIT("TV"),	 NER_LIT("variety"),
	NER_LIT("panel"),   NER_LIT("dating"),	NER_LIT("comedy"),     NER_LIT("sketch"), NER_LIT("music"),
};

/* Genres and media of works, which may stand before their kind with
 * others: "the American science fiction television series". */
static const struct ner_lit ner_work_genres[] = {
	NER_LIT("science"),   NER_LIT("fiction"),    NER_LIT("television"), NER_LIT("comedy"),
	NER_LIT("drama"),     NER_LIT("crime"),	     NER_LIT("horror"),	    NER_LIT("fantasy"),
	NER_LIT("action"),    NER_LIT("adventure"),  NER_LIT("animated"),   NER_LIT("documentary"),
	NER_LIT("thriller"),  NER_LIT("romantic"),   NER_LIT("historical"), NER_LIT("mystery"),
	NER_LIT("musical"),   NER_LIT("children"),   NER_LIT("teen"),	    NER_LIT("sketch"),
	NER_LIT("spy"),	      NER_LIT("war"),	     NER_LIT("epic"),	    NER_LIT("anthology"),
	NER_LIT("streaming"), NER_LIT("web"),	     NER_LIT("radio"),	    NER_LIT("cable"),
	NER_LIT("rock"),      NER_LIT("pop"),	     NER_LIT("folk"),	    NER_LIT("jazz"),
	NER_LIT("indie"),     NER_LIT("punk"),	     NER_LIT("studio"),	    NER_LIT("video"),
	NER_LIT("feature"),   NER_LIT("independent"), NER_LIT("biographical"), NER_LIT("psychological"),
	NER_LIT("police"),    NER_LIT("medical"),    NER_LIT("legal"),	    NER_LIT("political"),
	NER_LIT("satirical"), NER_LIT("supernatural"), NER_LIT("superhero"), NER_LIT("soap"),
};

/* Where the word of letters that ends at byte de begins. */
static size_t ner_work_word_before(const char *s, size_t de)
{
	size_t db = de;
	while (db > 0 && ((s[db - 1] | 0x20) >= 'a' && (s[db - 1] | 0x20) <= 'z'))
		db--;
	return db;
}

/* Whether the word s[db..de) before a kind of work (or its genre) says
 * what follows is the work's title: a determiner or a word of dets ("the
 * film", "her debut novel"), a year ("the 1999 film") or its maker's
 * name, mention i - 1 of l ("the BBC drama", "the HBO series"). */
static int ner_work_det(const char *s, const struct ner_list *l, size_t i, size_t db, size_t de,
			const char *const *dets)
{
	for (int k = 0; dets[k] && de > db; k++)
		if (ner_lit_is_nocase(dets[k], s + db, de - db))
			return 1;
	if (de - db == 0 && de >= 4) {
		int year = 1;
		for (size_t k = de - 4; k < de; k++)
			year = year && s[k] >= '0' && s[k] <= '9';
		if (year)
			return 1;
	}
	return i > 0 && l->v[i - 1].end == de && l->v[i - 1].type == NER_ORG;
}

/* A name right after a determiner and a noun of a work is the work's
 * title, an other name: "their album [Abbey Road]", "the film [Casablanca]",
 * "her debut novel [Wisdom Tooth]", "the HBO series [Night Ferry]", "the
 * album, [Glass Rivers], in 1997", "the ITV quiz show [Brain Drain]",
 * where the model read a place or an organization (ner_work_titles
 * leaves those to the model), the kinds ner_work_word knows. A person
 * is left as the model read it ("in the film Tom Hanks plays a pilot"),
 * and so is an organization the lists know ("the film Warner Bros
 * made"). */
void ner_work_title_types(const char *s, size_t n, struct ner_list *l)
{
	/* The lists' last titles the model left, named after the walk. */
	struct {
		size_t a, b;
	} last[8];
	size_t nlast = 0;
	static const char *const dets[] = { "the",    "a",     "an",   "his",   "her",     "their",  "its",
					    "our",    "my",    "new",  "latest", "debut",  "hit",    "first",
					    "second", "third", "last", "final", "classic", "studio", "lead",
					    "solo",   NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if (m->start < 8 || s[m->start - 1] != ' ')
			continue;
		/* A "person" of two words or more that no given name starts
		 * ("the quiz show Brain Drain"), not one ("the film Tom Hanks
		 * made", "the film Spielberg directed"). */
		if (m->type == NER_PERSON) {
			size_t fw = ner_space_end(s, m->start, m->end);
			if (fw >= m->end || (lexicon_lookup(s + m->start, fw - m->start) & LEX_FIRST_NAME))
				continue;
		} else if (m->type != NER_PLACE && m->type != NER_ORG) {
			continue;
		}
		/* The noun of a work, standing alone, then the word before it;
		 * or the noun and a comma before a title set off by commas
		 * ("their debut album, Glass Rivers, in 1997"). */
		size_t ne = m->start - 1;
		/* The title's own article between, outside the name as
		 * ANNOTATION.md has "the" ("the 1958 film The Long Ridge"). */
		if (ne >= 9 && memcmp(s + ne - 4, " The", 4) == 0)
			ne -= 4;
		if (s[ne - 1] == ',') {
			/* After the name: a mark, or a blank and one (text split
			 * into tokens: "album , Glass Rivers , in"). */
			size_t q = m->end < n && s[m->end] == ' ' ? m->end + 1 : m->end;
			if (q < n && s[q] != ',' && s[q] != '.' && s[q] != '(')
				continue;
			ne -= s[ne - 2] == ' ' ? 2 : 1;
		}
		size_t nb = ne;
		while (nb > 0 && s[nb - 1] >= 'a' && s[nb - 1] <= 'z')
			nb--;
		if (ne - nb < 4 || nb < 2 || s[nb - 1] != ' ')
			continue;
		/* A show only after its genre ("the ITV quiz show"): "figures
		 * show Kenya ..." is a verb's. */
		int show = ne - nb == 4 && memcmp(s + nb, "show", 4) == 0;
		/* The kind's plural before a list of titles ("the films Blue
		 * Lantern and Night Ferries"). */
		int plural = !show && !ner_work_word(s + nb, ne - nb) && s[ne - 1] == 's' &&
			     ner_work_word(s + nb, ne - nb - 1);
		if (!show && !plural && !ner_work_word(s + nb, ne - nb))
			continue;
		size_t de = nb - 1, db = ner_work_word_before(s, de);
		if (show && !NER_LIT_IN(ner_show_genres, s + db, de - db))
			continue;
		int det = ner_work_det(s, l, i, db, de, dets);
		/* Or up to four words between, a genre in lower case or a
		 * people's: "the comedy series", "the ITV quiz show", "the
		 * American science fiction series". */
		size_t gb = db, ge = de;
		for (int w = 0; !det && w < 4 && gb >= 2 && ge > gb && s[gb - 1] == ' '; w++) {
			/* The word next to the kind may be any in lower case,
			 * as it was before; the others a genre's. */
			int ok = w == 0 ? show || (s[gb] >= 'a' && s[gb] <= 'z') :
					  NER_LIT_IN(ner_work_genres, s + gb, ge - gb);
			for (size_t j = i; !ok && j-- > 0 && l->v[j].end >= gb;)
				ok = l->v[j].start == gb && l->v[j].end == ge && l->v[j].type == NER_GROUP;
			if (!ok)
				break;
			ge = gb - 1;
			gb = ner_work_word_before(s, ge);
			det = ner_work_det(s, l, i, gb, ge, dets);
		}
		if (!det || (m->type == NER_ORG && (lexicon_lookup(s + m->start, m->end - m->start) & LEX_ORG)))
			continue;
		enum ner_type was = m->type;
		m->type = NER_MISC;
		m->margin = 0;
		/* The list's other titles: those the model read otherwise, and
		 * capitalised words it left after the list's last "and", up to
		 * a mark ("the films Blue Lantern and Night Ferries ,"). */
		for (size_t j = i + 1; plural && j <= l->n; j++) {
			size_t pe = l->v[j - 1].end;
			if (j < l->n && ner_list_joint(s, pe, l->v[j].start)) {
				if (l->v[j].type != NER_DATE && l->v[j].type != NER_GROUP) {
					l->v[j].type = NER_MISC;
					l->v[j].margin = 0;
				}
				continue;
			}
			size_t te = pe + 5;
			if (nlast < sizeof last / sizeof *last && te + 1 < n && memcmp(s + pe, " and ", 5) == 0) {
				for (int words = 0; words < 4 && te < n && s[te] >= 'A' && s[te] <= 'Z'; words++) {
					/* The word, up to a blank or a mark. */
					while (te < n && s[te] != ' ' && !strchr(",.;:()\n", s[te]))
						te++;
					if (te + 1 >= n || s[te] != ' ' || !(s[te + 1] >= 'A' && s[te + 1] <= 'Z'))
						break;
					te++;
				}
				size_t q = te + (te < n && s[te] == ' ');
				if (te > pe + 6 && (q >= n || strchr(",.;:)\n", s[q])) && (j >= l->n || l->v[j].start >= te)) {
					last[nlast].a = pe + 5;
					last[nlast++].b = te;
				}
			}
			break;
		}
		/* The work's other mentions the model read as a body's: "the
		 * BBC sitcom Quayside ... Quayside ran for six series" (not a
		 * place's: "the film Casablanca" leaves the city be). */
		for (size_t j = 0; was == NER_ORG && j < l->n; j++)
			if (l->v[j].type == NER_ORG && l->v[j].end - l->v[j].start == m->end - m->start &&
			    memcmp(s + l->v[j].start, s + m->start, m->end - m->start) == 0) {
				l->v[j].type = NER_MISC;
				l->v[j].margin = 0;
			}
	}
	for (size_t k = 0; k < nlast; k++)
		ner_push(l, last[k].a, last[k].b, NER_MISC);
	if (nlast)
		ner_sort_mentions(l->v, l->n);
}

/* Titles the lists lack, taken out after the model (in the lists they
 * would change its features). An elder's honorific ("Uncle Archie",
 * "Auntie Vicki West", as Aboriginal Australians and others address
 * them) is outside the person's name, as is "Cde". So are the letters of a
 * legislature's member ("MK" of the Knesset, "MLA", "MPP", "MP", "MEP"),
 * outside a person's name after them ("MK Itamar Ben-Gvir") and a
 * party's before them ("Likud MK"); their plural alone is no name ("MKs
 * voted"), nor is one alone before a person's name (elsewhere it may be
 * a story's short name: "Metroid Prime (MP)", Madhya Pradesh's "MP"). */
void ner_missing_titles(const char *s, struct ner_list *l)
{
	static const struct ner_lit titles[] = { NER_LIT("MK"),  NER_LIT("MLA"), NER_LIT("MLC"), NER_LIT("MNA"),
						 NER_LIT("MPP"), NER_LIT("MHA"), NER_LIT("MP"),  NER_LIT("MEP") };
	const size_t nt = sizeof titles / sizeof *titles;
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		if (m.type == NER_DATE) {
			l->v[o++] = m;
			continue;
		}
		/* The country's "Uncle Sam" is no elder. "Cde", comrade, as
		 * Zimbabwe's and Zambia's news title a party's member, is a
		 * title too ("Cde Tendai Moyo"). */
		if ((s[m.start] == 'U' || s[m.start] == 'A' || s[m.start] == 'C') && m.type != NER_GROUP) {
			static const char *const kin[] = { "Uncle", "Aunty", "Auntie", "Cde", "Cde.", NULL };
			size_t fw = ner_blank_at(s, m.start, m.end);
			for (int k = 0; kin[k] && fw < m.end; k++)
				if (ner_lit_is(kin[k], s + m.start, fw - m.start) && ner_upper_at(s, fw + 1) &&
				    !(m.end - fw - 1 == 3 && memcmp(s + fw + 1, "Sam", 3) == 0)) {
					m.start = fw + 1;
					m.type = NER_PERSON;
					m.margin = 0;
					break;
				}
			/* The title alone before the person's name is none. */
			if (fw == m.end && i + 1 < l->n && l->v[i + 1].type == NER_PERSON &&
			    (l->v[i + 1].start == m.end + 1 || (l->v[i + 1].start == m.end + 2 && s[m.end] == '.') ||
			     (l->v[i + 1].start == m.end + 3 && s[m.end] == ' ' && s[m.end + 1] == '.')))
				for (int k = 0; kin[k]; k++)
					if (ner_lit_is(kin[k], s + m.start, fw - m.start))
						m.end = m.start;
			if (m.end == m.start)
				continue;
		}
		size_t n = m.end - m.start;
		/* "Rt." of "Rt. Hon." and "Rt. Rev.", which the tokenizer
		 * cuts from its stop, or "Rt" of "Rt Hon", is a title's ("Rt.
		 * Hon. Anita Kessel"): here, since the tokenizer's list of
		 * abbreviations would change the model's word classes. */
		if (n == 2 && s[m.start] == 'R' && s[m.start + 1] == 't') {
			size_t k = m.end;
			if (s[k] == '.')
				k++;
			else if (s[k] == ' ' && s[k + 1] == '.')
				k += 2;
			/* Byte by byte: the text ends in a NUL, which stops it. */
			if (s[k] == ' ' && ((s[k + 1] == 'H' && s[k + 2] == 'o' && s[k + 3] == 'n') ||
					    (s[k + 1] == 'R' && s[k + 2] == 'e' && s[k + 3] == 'v')))
				continue;
		}
		if (s[m.start] == 'M') {
			size_t fw = ner_blank_at(s, m.start, m.end);
			int before = i + 1 < l->n && l->v[i + 1].type == NER_PERSON && l->v[i + 1].start == m.end + 1;
			for (size_t k = 0; k < nt; k++) {
				size_t tn = titles[k].n;
				if (m.type == NER_PERSON && fw < m.end && ner_lit_is(titles[k].w, s + m.start, fw - m.start)) {
					m.start = fw + 1;
					break;
				}
				if (fw == m.end && ((n == tn + 1 && s[m.end - 1] == 's') || (n == tn && before)) &&
				    memcmp(s + m.start, titles[k].w, tn) == 0) {
					m.end = m.start;
					break;
				}
			}
		}
		n = m.end - m.start;
		if (m.type == NER_ORG && n > 3 && s[m.end - 1] >= 'A' && s[m.end - 1] <= 'Z') {
			for (size_t k = 0; k < nt; k++) {
				size_t tn = titles[k].n;
				if (n > tn + 1 && s[m.end - tn - 1] == ' ' && memcmp(s + m.end - tn, titles[k].w, tn) == 0) {
					m.end -= tn + 1;
					break;
				}
			}
		}
		if (m.end > m.start)
			l->v[o++] = m;
	}
	l->n = o;
}

/* A title's word after "the" and before a body's or an event's name is
 * the name's first word ("the Premier Soccer League", "the General
 * Assembly Hall"): after "the" it titles no one, and the model, which
 * reads it as a title, left it out. */
void ner_the_title_heads(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		if ((m->type != NER_ORG && m->type != NER_MISC) || a < 8 || s[a - 1] != ' ' || s[a - 2] < 'a' ||
		    s[a - 2] > 'z')
			continue;
		size_t ws = ner_word_start(s, a > 24 ? a - 24 : 0, a - 1);
		if (ws + 3 > a - 1 || !ner_upper_at(s, ws) || !ner_after_the(s, ws) || (i > 0 && l->v[i - 1].end > ws))
			continue;
		unsigned c = lexicon_lookup(s + ws, a - 1 - ws);
		if (!(c & LEX_TITLE) || (c & (LEX_FIRST_NAME | LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_DEMONYM)))
			continue;
		m->start = ws;
		m->margin = 0;
	}
}

/* Where a title s[a..b) starts once a leading article is left out
 * ("The", "A", "An": ANNOTATION.md), a where it has none. */
static size_t ner_title_article_end(const char *s, size_t a, size_t b)
{
	if (b > a + 4 && memcmp(s + a, "The ", 4) == 0)
		return a + 4;
	if (b > a + 2 && memcmp(s + a, "A ", 2) == 0)
		return a + 2;
	if (b > a + 3 && memcmp(s + a, "An ", 3) == 0)
		return a + 3;
	return a;
}

/* Where a year in brackets after byte e ends ("( 1973 )", "(1973)"), or 0. */
static size_t ner_bracket_year_end(const char *s, size_t len, size_t e)
{
	size_t o = e + (e < len && s[e] == ' ');
	if (o >= len || s[o] != '(')
		return 0;
	size_t y = o + 1 + (o + 1 < len && s[o + 1] == ' ');
	if (y + 5 > len || !((s[y] == '1' && (s[y + 1] == '8' || s[y + 1] == '9')) || (s[y] == '2' && s[y + 1] == '0')) ||
	    s[y + 2] < '0' || s[y + 2] > '9' || s[y + 3] < '0' || s[y + 3] > '9')
		return 0;
	size_t c = y + 4 + (s[y + 4] == ' ');
	return c < len && s[c] == ')' ? c + 1 : 0;
}

/* A title of three words or more, a short function word among them, right
 * before a year in brackets ("she starred in Night of the Hunter (1955)",
 * "He directed Letters from the Coast ( 2009 )", as an encyclopedia lists
 * a film or a book) is a work's name, an other name, where the model found
 * part of it or none of it: its words capitalised but for the function
 * words, a leading article left out (ANNOTATION.md), on one line. Not a
 * body's or a place's ("the Bank of England (1694)", "the Kingdom of
 * Hungary (1867)"), which the lists know by a head word or the last, nor
 * months ("September and October (1986)"); and not where the model found
 * the whole as one name. */
void ner_year_titles(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	int pushed = 0;
	for (const char *p = s; (p = memchr(p, '(', len - (size_t)(p - s))) != NULL; p++) {
		size_t o = (size_t)(p - s);
		if (!ner_bracket_year_end(s, len, o) || o < 2 || s[o - 1] != ' ')
			continue;
		/* The words before, back to one neither capitalised nor a
		 * function word; eight at most. */
		size_t te = o - 1, ts = te, words = 0, w = te;
		while (w > 0 && words < 9) {
			size_t ws = w;
			while (ws > 0 && s[ws - 1] != ' ' && s[ws - 1] != '\n')
				ws--;
			if (ws == w || !(ner_upper_at(s, ws) || ner_small_word(s + ws, w - ws)))
				break;
			/* Words of letters and digits: a citation's "Taylor, R."
			 * is no title. */
			int plain = 1;
			for (size_t x = ws; x < w && plain; x++)
				plain = ner_word_byte(s[x]);
			if (!plain)
				break;
			ts = ws;
			words++;
			if (ws == 0 || s[ws - 1] != ' ')
				break;
			w = ws - 1;
		}
		/* A function word neither starts it nor ends it. */
		while (ts < te && !ner_upper_at(s, ts)) {
			size_t x = ner_blank_at(s, ts, te);
			ts = x < te ? x + 1 : te;
			words--;
		}
		if (ts >= te || words < 3 || words > 8 || !ner_upper_at(s, ner_word_start(s, ts, te)))
			continue;
		int inner = 0;
		for (size_t x = ner_blank_at(s, ts, te); x < te && !inner;) {
			size_t xe = ner_blank_at(s, x + 1, te);
			inner = xe < te && ner_small_word(s + x + 1, xe - x - 1);
			x = xe;
		}
		if (!inner)
			continue;
		ts = ner_title_article_end(s, ts, te);
		size_t lw = ner_word_start(s, ts, te);
		if (ner_has_org_word(s, ts, te) ||
		    (lexicon_lookup(s + lw, te - lw) & (LEX_COUNTRY | LEX_CITY | LEX_REGION | LEX_ORG)))
			continue;
		size_t k0 = ner_first_ending_after(l, n0, ts), k = k0;
		int across = 0;
		for (; k < n0 && l->v[k].start < te; k++)
			across |= l->v[k].start < ts || l->v[k].end > te || (l->v[k].start == ts && l->v[k].end == te) ||
				  l->v[k].type == NER_DATE || (gone && gone[k]);
		if (across)
			continue;
		for (size_t q = k0; q < k; q++) {
			if (!gone)
				gone = xcalloc(n0, 1);
			gone[q] = 1;
		}
		ner_push(l, ts, te, NER_MISC);
		pushed = 1;
	}
	/* Names gone as many as made leave the count as it was: a flag
	 * says whether to sort. */
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* A name that is awarded or received with "the" is an award's ("was
 * awarded the Tarvesh Ratna", "received the Kessawa Vibhushan"), where the
 * model read a person's or a place's that no list knows. */
void ner_awarded_names(const char *s, struct ner_list *l)
{
	static const char *const verbs[] = { "awarded", "received", "receive", "receiving", "conferred", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* " the " before it, its "h" first. */
		if ((m->type != NER_PERSON && m->type != NER_PLACE) || a < 14 || s[a - 3] != 'h' ||
		    memcmp(s + a - 5, " the ", 5) != 0 || !ner_word_before_in(s, a - 4, verbs) ||
		    ner_lex_type(lexicon_lookup(s + a, m->end - a)) >= 0)
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A title of the year is no name, as the training data has it
 * ("Footballer of the Year", "Coach of the Season"): a word alone before
 * " of the Year", "Season", "Month" or "Decade", where the model read a
 * body or a person, and no list knows it as a name. */
void ner_of_the_year(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit spans[] = { NER_LIT(" of the Year"), NER_LIT(" of the Season"),
						NER_LIT(" of the Month"), NER_LIT(" of the Decade") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t e = m->end;
		int title = 0;
		/* " of the " first, and the capital after it. */
		if ((m->type == NER_ORG || m->type == NER_PERSON) && e + 12 <= len && s[e + 1] == 'o' && s[e + 4] == 't' &&
		    memcmp(s + e, " of the ", 8) == 0 && !ner_chr(s, s + m->start, ' ', e - m->start)) {
			for (size_t k = 0; k < sizeof spans / sizeof *spans && !title; k++)
				title = e + spans[k].n <= len && memcmp(s + e, spans[k].w, spans[k].n) == 0 &&
					(e + spans[k].n == len || !ner_alnum_at(s, e + spans[k].n));
			title = title && lexicon_lookup(s + m->start, e - m->start) == 0;
		}
		if (!title) {
			if (o != i)
				l->v[o] = *m;
			o++;
		}
	}
	l->n = o;
}

/* An award's name goes on over "for" or "in" and the capitalised words
 * of its field: "the Academy Award for Best Actor", "the Nobel Prize in
 * Physics", "the Kestrel Award for Fiction", which the model ended at the
 * award's word or cut in two. Not a year ("the Nobel Prize in 1979") nor a
 * word in lower case ("the prize for his work"). */
void ner_award_fields(const char *s, size_t len, struct ner_list *l)
{
	static const struct ner_lit heads[] = { NER_LIT("Award"), NER_LIT("Awards"), NER_LIT("Prize"),
						NER_LIT("Medal"), NER_LIT("Trophy") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention m = l->v[i];
		/* The heads end in "d", "s", "e", "l" or "y". */
		char z = s[m.end - 1];
		int head = m.type == NER_MISC && m.end + 6 < len && s[m.end] == ' ' &&
			   (z == 'd' || z == 's' || z == 'e' || z == 'l' || z == 'y');
		size_t w = head ? ner_word_start(s, m.start, m.end) : m.start, e = m.end;
		head = head && w > m.start && NER_LIT_IN(heads, s + w, m.end - w);
		if (head && (memcmp(s + m.end, " for ", 5) == 0 || memcmp(s + m.end, " in ", 4) == 0)) {
			size_t a = m.end + (s[m.end + 1] == 'f' ? 5 : 4), x = a;
			/* Up to four capitalised words. */
			for (int words = 0; words < 4 && x < len && s[x] >= 'A' && s[x] <= 'Z'; words++) {
				size_t we = x;
				while (we < len && (ner_alnum_at(s, we) || s[we] == '-'))
					we++;
				e = we;
				if (we + 1 >= len || s[we] != ' ')
					break;
				x = we + 1;
			}
		}
		/* The field's "of the Year" ("the Kestrel Award for Album of
		 * the Year"), where the model stopped before it. */
		if (m.type == NER_MISC && e + 12 <= len && s[e] == ' ' && s[e + 1] == 'o' &&
		    memcmp(s + e, " of the Year", 12) == 0 && (e + 12 == len || !ner_word_byte(s[e + 12])) &&
		    text_find(s + m.start, e - m.start, " for ", 5))
			e += 12;
		if (e > m.end) {
			m.end = e;
			m.margin = 0;
			/* The names it now holds are its own. */
			while (i + 1 < l->n && l->v[i + 1].start < e) {
				if (l->v[i + 1].end > m.end)
					m.end = l->v[i + 1].end;
				i++;
			}
		}
		l->v[o++] = m;
	}
	l->n = o;
}

/* A filmography's or a discography's list: names each with a year in
 * brackets, joined as a list ("appeared in Kessby Nights ( 2004 ) and
 * Harwick ( 2008 )", "albums : Lowtide ( 2009 ) , Glasshouse ( 2014 )"),
 * after a word of works or of making them on the line, are works (MISC)
 * whatever the model read. Not a list of winners or champions with their
 * years, which no such word leads. */
void ner_year_lists(const char *s, size_t len, struct ner_list *l)
{
	static const char *const cues[] = { "films",	"albums",  "novels",	 "books",	"plays",
					    "songs",	"singles", "appeared", "starred",	"directed",
					    "wrote",	"released", "recorded", "discography", "filmography",
					    "roles",	"role",	   "works",    "musicals",	"operas",
					    NULL };
	for (size_t i = 0; i < l->n;) {
		/* A run of names each before a year in brackets. */
		size_t j = i, end = 0;
		while (j < l->n) {
			const struct ner_mention *m = &l->v[j];
			/* The bracket's byte first: most names have none after. */
			size_t e = m->end;
			int open = e + 1 < len && (s[e] == '(' || (s[e] == ' ' && s[e + 1] == '('));
			size_t ye = !open || m->type == NER_DATE || m->type == NER_GROUP ? 0 : ner_bracket_year_end(s, len, e);
			if (!ye || (j > i && !ner_list_joint(s, end, m->start)))
				break;
			end = ye;
			/* Past the year's own mention. */
			j++;
			while (j < l->n && l->v[j].start < ye)
				j++;
		}
		size_t items = 0;
		for (size_t k = i; k < j; k++)
			items += l->v[k].type != NER_DATE;
		if (items < 2) {
			i = j > i ? j : i + 1;
			continue;
		}
		/* A word of works before the first, on its line, within 80
		 * bytes. */
		size_t a = l->v[i].start, ls = a > 80 ? a - 80 : 0;
		for (size_t q = a; q > ls; q--)
			if (s[q - 1] == '\n') {
				ls = q;
				break;
			}
		int cue = 0;
		for (size_t ws = ls; ws < a && !cue;) {
			size_t we = ws;
			while (we < a && ((s[we] >= 'a' && s[we] <= 'z') || (s[we] >= 'A' && s[we] <= 'Z')))
				we++;
			for (int k = 0; cues[k] && !cue && we > ws; k++)
				cue = ner_lit_is_nocase(cues[k], s + ws, we - ws);
			ws = we + 1;
		}
		if (cue)
			for (size_t k = i; k < j; k++)
				if (l->v[k].type != NER_DATE && l->v[k].type != NER_MISC) {
					l->v[k].type = NER_MISC;
					l->v[k].margin = 0;
				}
		i = j;
	}
}

/* The bytes after the name ending at e that hold a year in brackets
 * (" (1997)", " ( 1997 )" of text split into tokens), or 0. */
static size_t ner_year_brackets(const char *s, size_t len, size_t e)
{
	size_t p = e;
	if (p + 7 > len || s[p] != ' ' || s[p + 1] != '(')
		return 0;
	p += 2 + (s[p + 2] == ' ');
	size_t d = p;
	while (p < len && p - d < 5 && s[p] >= '0' && s[p] <= '9')
		p++;
	if (p - d != 4 || !((s[d] == '1' && (s[d + 1] == '8' || s[d + 1] == '9')) || (s[d] == '2' && s[d + 1] == '0')))
		return 0;
	p += p < len && s[p] == ' ';
	return p < len && s[p] == ')' ? p + 1 - e : 0;
}

/* The start of the line of byte a where it opens with "Order of " within
 * the 80 bytes before a ("Order of Merit of the [Federal Republic]" of a
 * line of honours), else SIZE_MAX. */
static size_t ner_line_order(const char *s, size_t a)
{
	size_t ls = a;
	while (ls > 0 && a - ls < 80 && s[ls - 1] != '\n')
		ls--;
	return (ls == 0 || s[ls - 1] == '\n') && a - ls > 9 && memcmp(s + ls, "Order of ", 9) == 0 ? ls : SIZE_MAX;
}

/* An order of merit is an award (MISC), one name with its "of the ..."
 * ("awarded the Order of the Burning Spear", "a Commander of the Order of
 * the Dannebrog", "received the Order of Canada"), where a verb of
 * awarding and "the", or a rank and "of the", stand before it, or where
 * it opens a line of honours, its year in brackets after it ("Order of
 * the Kessby Star (1990)"); a religious order ("the Order of Saint
 * Benedict") has neither. The model's names within give way. */
void ner_award_orders(const char *s, size_t n, struct ner_list *l)
{
	static const char *const verbs[] = { "awarded", "received", "receiving", "receives", "conferred", "bestowed",
					     "won", "given", "appointed", "invested", "admitted", NULL };
	static const char *const ranks[] = { "Knight", "Dame", "Commander", "Officer", "Member", "Companion",
					     "Cross", "Chevalier", "Grand", "Collar", NULL };
	size_t n0 = l->n, last = 0;	/* where the last order made ends */
	/* From the model's names, which an order's name holds or follows
	 * ("Order of the [Velmar Star]", "[Order of Canada]"): a look at
	 * each is cheaper than a search of the whole text. */
	for (size_t i = 0; i < n0; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t p;
		/* A byte first: "O", or "f " or "f the " before the name. */
		char c = m->start >= 2 ? s[m->start - 2] : 0;
		if (s[m->start] == 'O' && m->end - m->start > 9 && memcmp(s + m->start, "Order of ", 9) == 0)
			p = m->start;
		else if (c == 'f' && m->start >= 9 && memcmp(s + m->start - 9, "Order of ", 9) == 0)
			p = m->start - 9;
		else if (c == 'e' && m->start >= 13 && s[m->start - 6] == 'f' &&
			 memcmp(s + m->start - 13, "Order of the ", 13) == 0)
			p = m->start - 13;
		else if (((c == 'e' && m->start >= 8 && memcmp(s + m->start - 8, " of the ", 8) == 0) ||
			  (c == 'f' && m->start >= 4 && memcmp(s + m->start - 4, " of ", 4) == 0)) &&
			 (p = ner_line_order(s, m->start)) != SIZE_MAX)
			;	/* the line's order, its name ahead of this one */
		else
			continue;
		int line = p == 0 || s[p - 1] == '\n';
		if ((!line && (p < 5 || s[p - 1] != ' ')) || p < last)
			continue;
		/* What stands before: "the" and a verb, or a rank and "of the";
		 * or a line's start (its year is asked below). */
		size_t b = line ? p : p - 1, ws = line ? p : ner_word_start(s, 0, b);
		int award = line;
		if (!line && b - ws == 3 && memcmp(s + ws, "the", 3) == 0 && ws >= 2) {
			size_t vs = ner_word_start(s, 0, ws - 1);
			award = ner_word_before_in(s, ws, verbs);
			if (!award && ws - 1 - vs == 2 && memcmp(s + vs, "of", 2) == 0 && vs >= 2) {
				size_t rs = ner_word_start(s, 0, vs - 1);
				for (int k = 0; ranks[k] && !award; k++)
					award = ner_lit_is(ranks[k], s + rs, vs - 1 - rs);
			}
		}
		/* Or "and the" after the order before ("the Order of Lenin and
		 * the Order of Canada"). */
		if (!award && last && p == last + 9 && memcmp(s + last, " and the ", 9) == 0)
			award = 1;
		if (!award)
			continue;
		/* The name: capitalised words after "Order of", "the", "of" and
		 * "and" between them. */
		size_t e = p + 9, end = 0;
		while (e < n) {
			while (e < n && s[e] == ' ')
				e++;
			size_t we = e;
			while (we < n && s[we] != ' ' && s[we] != '\n' && s[we] != ',' && s[we] != '.' && s[we] != ';')
				we++;
			if (we == e)
				break;
			/* "and" only before a capital: "the Order of Lenin and the
			 * Order of Canada" are two. */
			if (s[e] >= 'A' && s[e] <= 'Z')
				end = we;
			else if (!((we - e == 3 && memcmp(s + e, "the", 3) == 0) ||
				   (we - e == 2 && memcmp(s + e, "of", 2) == 0) ||
				   (we - e == 3 && memcmp(s + e, "and", 3) == 0 && we + 1 < n && s[we + 1] >= 'A' &&
				    s[we + 1] <= 'Z')))
				break;
			if (we >= n || s[we] != ' ')
				break;
			e = we;
		}
		if (!end || (line && !ner_year_brackets(s, n, end)))
			continue;
		/* Not across a name that runs out of it. */
		size_t k = ner_first_ending_after(l, n0, p);
		int across = 0;
		for (size_t j = k; j < n0 && l->v[j].start < end; j++)
			across |= l->v[j].start < p || l->v[j].end > end;
		if (across)
			continue;
		for (size_t j = k; j < n0 && l->v[j].start < end; j++)
			l->v[j].type = NER_NTYPES;	/* dropped below */
		ner_push(l, p, end, NER_MISC);
		last = end;
	}
	ner_drop_marked(l, n0);
}

/* Whether a word of films, music or books stands in the 80 bytes before
 * byte a, on its line and after the last full stop ("made her film debut
 * in", "for her role in"). */
static int ner_work_words_before(const char *s, size_t a)
{
	static const struct ner_lit words[] = { NER_LIT("film"),     NER_LIT("films"),	  NER_LIT("movie"),
						NER_LIT("role"),     NER_LIT("starred"),  NER_LIT("directed"),
						NER_LIT("album"),    NER_LIT("novel"),	  NER_LIT("debut"),
						NER_LIT("documentary"), NER_LIT("series"), NER_LIT("sitcom") };
	size_t b = a;
	while (b > 0 && a - b < 80 && s[b - 1] != '\n' && !(s[b - 1] == '.' && b < a && s[b] == ' '))
		b--;
	for (size_t w = b; w < a;) {
		size_t e = w;
		while (e < a && s[e] >= 'a' && s[e] <= 'z')
			e++;
		if (e > w && NER_LIT_IN(words, s + w, e - w) && (w == 0 || !ner_word_byte(s[w - 1])))
			return 1;
		w = e + 1;
	}
	return 0;
}

/* Names with a year in brackets after them are works where the story
 * gives one of them, an other name, so ("The band's second album, Quiet
 * Engines (1994) ... followed by Glass Harbour (1997) and The Long Field
 * (2001)"): a discography's or a filmography's list, which the model
 * reads as places and bodies by their words. A person's name with a
 * given name keeps its type (a life's years are written so). */
void ner_year_works(const char *s, size_t len, struct ner_list *l)
{
	int work = 0, other = 0;
	for (size_t i = 0; i < l->n && !(work && other); i++) {
		const struct ner_mention *m = &l->v[i];
		/* A blank and a bracket after it, asked first. */
		if (m->end + 7 > len || s[m->end + 1] != '(' || m->type == NER_DATE || m->type == NER_GROUP ||
		    !ner_year_brackets(s, len, m->end))
			continue;
		if (m->type == NER_MISC)
			work = 1;
		else
			other = 1;
		/* Or a work's word before it in its sentence ("for her role in
		 * Autumn Kessel (2011)"). */
		if (m->type != NER_MISC && ner_work_words_before(s, m->start))
			work = 1;
	}
	if (!work || !other)
		return;
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		if ((m->type != NER_PLACE && m->type != NER_ORG && m->type != NER_PERSON) || m->end + 7 > len ||
		    s[m->end + 1] != '(' || !ner_year_brackets(s, len, m->end))
			continue;
		/* A given name first, or alone ("Harwick, Tomas (2007)" of a
		 * reference). */
		if (m->type == NER_PERSON &&
		    (lexicon_lookup(s + m->start, ner_space_end(s, m->start, m->end) - m->start) & LEX_FIRST_NAME))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A title no word of which the model took, with its year in brackets,
 * right after a work's kind ("His first novel, Things Fall Apart (1958),"
 * "the album Rivers Run Dry (2004)"): every word capitalised but for a
 * title's small words, the first and last capitalised. The kind and the
 * year say it is a work's name, ordinary words and all. */
void ner_apposed_titles(const char *s, size_t len, struct ner_list *l)
{
	size_t n0 = l->n, mi = 0;
	for (const char *p = s; (p = memchr(p, '(', len - (size_t)(p - s))) != NULL; p++) {
		size_t e = (size_t)(p - s);
		if (e < 8 || s[e - 1] != ' ' || !ner_year_brackets(s, len, e - 1))
			continue;
		/* The title's words back from the bracket, six at most. */
		size_t a = e - 1, first = e - 1;
		int words = 0, last_cap = 0;
		while (words < 6 && a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n') {
			size_t ws = ner_word_start(s, 0, a);
			if (ner_upper_at(s, ws)) {
				first = ws;
				last_cap |= words == 0;
			} else if (!ner_small_word(s + ws, a - ws) || words == 0) {
				break;
			}
			words++;
			if (ws < 2 || s[ws - 1] != ' ')
				break;
			a = ws - 1;
		}
		/* A kind of work's word must stand before the title. */
		if (!words || !last_cap || first >= e - 1 || first < 3)
			continue;
		/* Before the first capitalised word: the kind, then a comma or
		 * not. */
		size_t ke = first - 1;
		if (ke >= 2 && s[ke - 1] == ',') {
			ke--;
			/* "novel , Things" in text split into tokens. */
			if (ke >= 2 && s[ke - 1] == ' ')
				ke--;
		}
		size_t ks = ner_word_start(s, 0, ke);
		size_t b = e - 1;
		while (mi < n0 && l->v[mi].end <= first)
			mi++;
		/* Or a list's joint after a work and its year ("Paper Lanterns
		 * (2010) and Small Hours (2014)"). */
		int listed = 0;
		size_t pw = mi;
		/* The work before, past its year's date. */
		while (pw > 0 && l->v[pw - 1].type == NER_DATE && mi - pw < 2)
			pw--;
		if (pw > 0 && l->v[pw - 1].type == NER_MISC) {
			size_t yb = ner_year_brackets(s, len, l->v[pw - 1].end), j = l->v[pw - 1].end + yb;
			if (yb && j < first) {
				/* " , " in text split into tokens. */
				j += s[j] == ' ' && s[j + 1] == ',';
				j += s[j] == ',';
				j += s[j] == ' ';
				if (j + 4 <= first && memcmp(s + j, "and ", 4) == 0)
					j += 4;
				listed = j == first;
			}
		}
		if (!listed && (ks >= ke || ner_kind_type(s, ks, ke, 0) != NER_MISC))
			continue;
		/* A listed title's article is outside it, as ANNOTATION.md has
		 * "the" ("and The Long Field (2001)"). */
		if (listed) {
			size_t fe = ner_space_end(s, first, b);
			if (fe < b && (ner_lit_is("The", s + first, fe - first) || ner_lit_is("A", s + first, fe - first) ||
				       ner_lit_is("An", s + first, fe - first)))
				first = fe + 1;
			while (mi < n0 && l->v[mi].end <= first)
				mi++;
		}
		/* No name the model found across it; those inside give way. */
		int across = 0;
		for (size_t j = mi; j < n0 && l->v[j].start < b; j++)
			across |= l->v[j].start < first || l->v[j].end > b;
		if (across || (mi < n0 && l->v[mi].start == first && l->v[mi].end == b))
			continue;
		for (size_t j = mi; j < n0 && l->v[j].start < b; j++)
			l->v[j].type = NER_NTYPES;	/* dropped below */
		ner_push(l, first, b, NER_MISC);
	}
	ner_drop_marked(l, n0);
}

/* A name between "the" and "series", "trilogy" or "saga" is the series
 * of works' ("the third installment in the Velmora series"), where the
 * model read a place's, a body's or a surname's ("franchise" is a
 * business's as often); not where the series' title follows. */
void ner_series_names(const char *s, size_t len, struct ner_list *l)
{
	static const char *const kinds[] = { "series", "trilogy", "saga", NULL };
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		/* A blank and an "s" or a "t" after it, asked first. */
		if (m->end + 5 >= len || s[m->end] != ' ' || (s[m->end + 1] != 's' && s[m->end + 1] != 't') ||
		    (m->type != NER_PLACE && m->type != NER_ORG && m->type != NER_PERSON) || m->start < 4 ||
		    !ner_lit_is_nocase("the ", s + m->start - 4, 4))
			continue;
		size_t ke = m->end + 1;
		while (ke < len && s[ke] >= 'a' && s[ke] <= 'z')
			ke++;
		int kind = 0;
		for (int k = 0; kinds[k] && !kind; k++)
			kind = ner_lit_is(kinds[k], s + m->end + 1, ke - m->end - 1);
		if (!kind || (m->type == NER_PERSON && ner_given_name_first(s, m)))
			continue;
		/* Not a maker's before its series' title ("the HBO series
		 * Tallow Creek"). */
		if (ke + 1 < len && s[ke] == ' ' && ner_upper_at(s, ke + 1))
			continue;
		m->type = NER_MISC;
		m->margin = 0;
	}
}

/* A person's first word that ends a title with the word before it is the
 * title's ("Datuk [Seri Harun]" of the title "Datuk Seri"), where the
 * model began the name inside the title. */
void ner_split_titles(const char *s, struct ner_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		/* A capitalised word before it, asked first. */
		if (m->type != NER_PERSON || a < 3 || s[a - 1] != ' ' || s[a - 2] < 'A' ||
		    ((s[a - 2] < 'a' || s[a - 2] > 'z') && s[a - 2] != '\'' && s[a - 2] != '.'))
			continue;
		size_t fw = ner_space_end(s, a, m->end);
		if (fw >= m->end)
			continue;
		size_t ps = ner_word_start(s, a >= 24 ? a - 24 : 0, a - 1);
		if (ps >= a - 1 || s[ps] < 'A' || s[ps] > 'Z' || (lexicon_lookup(s + a, fw - a) & LEX_TITLE) ||
		    !(lexicon_lookup(s + ps, fw - ps) & LEX_TITLE))
			continue;
		m->start = fw + 1;
		m->margin = 0;
	}
}

/* The last words of fields of study. */
static const struct ner_lit ner_field_heads[] = {
	NER_LIT("Biology"),	   NER_LIT("Chemistry"),    NER_LIT("Physics"),	      NER_LIT("Mathematics"),
	NER_LIT("Economics"),	   NER_LIT("Economy"),	    NER_LIT("History"),	      NER_LIT("Law"),
	NER_LIT("Medicine"),	   NER_LIT("Philosophy"),   NER_LIT("Engineering"),   NER_LIT("Linguistics"),
	NER_LIT("Sociology"),	   NER_LIT("Psychology"),   NER_LIT("Anthropology"),  NER_LIT("Politics"),
	NER_LIT("Science"),	   NER_LIT("Sciences"),	    NER_LIT("Studies"),	      NER_LIT("Literature"),
	NER_LIT("Geography"),	   NER_LIT("Geology"),	    NER_LIT("Astronomy"),     NER_LIT("Statistics"),
	NER_LIT("Theology"),	   NER_LIT("Architecture"), NER_LIT("Education"),     NER_LIT("Surgery"),
	NER_LIT("Neuroscience"),   NER_LIT("Genetics"),	    NER_LIT("Zoology"),	      NER_LIT("Botany"),
	NER_LIT("Ecology"),	   NER_LIT("Pharmacology"), NER_LIT("Physiology"),    NER_LIT("Pathology"),
	NER_LIT("Epidemiology"),   NER_LIT("Finance"),	    NER_LIT("Accounting"),    NER_LIT("Management"),
	NER_LIT("Journalism"),	   NER_LIT("Nursing"),	    NER_LIT("Agriculture"),   NER_LIT("Archaeology"),
	NER_LIT("Humanities"),	   NER_LIT("Musicology"),   NER_LIT("Criminology"),   NER_LIT("Nutrition"),
};

/* A field of study after an academic's post or a degree ("Professor of
 * Food Science at", "a lecturer in Molecular Biology", "a degree in
 * Political Economy") names no body: the model's name there goes where
 * its last word is a field's. */
void ner_study_fields(const char *s, struct ner_list *l)
{
	static const struct ner_lit before[] = { NER_LIT("rofessor of "), NER_LIT("rofessor in "),
						 NER_LIT("ecturer in "),  NER_LIT("egree in "),
						 NER_LIT("Reader in "),	  NER_LIT("rofessorship in ") };
	size_t o = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct ner_mention *m = &l->v[i];
		size_t a = m->start;
		int field = 0;
		/* "of " or "in " before (asked first: most names have neither). */
		if (m->type != NER_DATE && m->type != NER_PERSON && a >= 10 && s[a - 1] == ' ' &&
		    (s[a - 2] == 'f' || s[a - 2] == 'n') && (s[a - 3] == 'o' || s[a - 3] == 'i'))
			for (size_t k = 0; k < sizeof before / sizeof *before && !field; k++)
				field = a >= before[k].n && memcmp(s + a - before[k].n, before[k].w, before[k].n) == 0;
		if (field) {
			size_t w = ner_word_start(s, a, m->end);
			field = NER_LIT_IN(ner_field_heads, s + w, m->end - w);
		}
		if (!field)
			l->v[o++] = *m;
	}
	l->n = o;
}

/* Whether the line s[a..e) is a heading over a list of works
 * ("Discography", "Studio albums", "Selected filmography"): its last word,
 * in any case, names works. */
static int ner_works_heading(const char *s, size_t a, size_t e)
{
	static const struct ner_lit heads[] = {
		NER_LIT("discography"), NER_LIT("albums"), NER_LIT("singles"),	   NER_LIT("filmography"),
		NER_LIT("films"),	NER_LIT("bibliography"), NER_LIT("works"), NER_LIT("novels"),
		NER_LIT("books"),	NER_LIT("publications"), NER_LIT("songs"), NER_LIT("videography"),
		NER_LIT("plays"),	NER_LIT("operas"),	 NER_LIT("poems"), NER_LIT("recordings"),
	};
	while (e > a && (s[e - 1] == ' ' || s[e - 1] == ':'))
		e--;
	/* The heads end in "s" or "y" (most lines otherwise). */
	if (e - a > 40 || e == a || ((s[e - 1] | 0x20) != 's' && (s[e - 1] | 0x20) != 'y'))
		return 0;
	size_t w = e;
	while (w > a && s[w - 1] != ' ')
		w--;
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
		if (ner_lit_is_nocase(heads[k].w, s + w, e - w))
			return 1;
	return 0;
}

/* The title of a list's line "Title (2004)" or "“Title” (2004)" (and
 * "Title ( 2004 )" in text split into tokens, "Title ( EP , 2004 )") on
 * s[a..e): its bounds
 * into *ts, *te, a leading article left out (ANNOTATION.md); 0 where the
 * line is otherwise. Its words capitalised, but for short function words. */
static int ner_work_line(const char *s, size_t a, size_t e, size_t *ts, size_t *te)
{
	while (e > a && s[e - 1] == ' ')
		e--;
	/* The year in brackets at the end. */
	if (e < a + 9 || s[e - 1] != ')')
		return 0;
	size_t y = e - 1;
	y -= y > a && s[y - 1] == ' ';
	if (y < a + 7 || !(s[y - 4] >= '1' && s[y - 4] <= '2'))
		return 0;
	for (size_t k = y - 4; k < y; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	size_t o = y - 4;
	o -= s[o - 1] == ' ';
	/* A kind of release before the year ("( EP , 1999 )"). */
	if (s[o - 1] == ',' && o > a + 6) {
		size_t k = o - 1;
		k -= s[k - 1] == ' ';
		size_t w = k;
		while (w > a && k - w < 12 && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
			w--;
		if (w < k && w > a + 1)
			o = w - (s[w - 1] == ' ');
	}
	if (s[o - 1] != '(' || o < a + 3 || s[o - 2] != ' ')
		return 0;
	size_t b = o - 2;
	/* Quotation marks around the title. */
	size_t q = a;
	if (s[q] == '"')
		q++;
	else if (b >= q + 3 && memcmp(s + q, "\xe2\x80\x9c", 3) == 0)
		q += 3;
	if (q > a) {
		while (q < b && s[q] == ' ')
			q++;
		while (b > q && s[b - 1] == ' ')
			b--;
		if (b > q && s[b - 1] == '"')
			b--;
		else if (b >= q + 3 && memcmp(s + b - 3, "\xe2\x80\x9d", 3) == 0)
			b -= 3;
		else
			return 0;
		while (b > q && s[b - 1] == ' ')
			b--;
	}
	if (q >= b || !ner_upper_at(s, q))
		return 0;
	/* Its words: a capital (or a digit) first, or a short function word;
	 * up to eight. */
	int words = 0;
	for (size_t w = q; w < b;) {
		size_t x = w;
		while (x < b && s[x] != ' ')
			x++;
		/* A possessive apart, as text split into tokens has it, and so
		 * its marks ("Hope , Kessandra", "I Told Them ..."). */
		int poss = (x - w == 2 && s[w] == '\'' && s[w + 1] == 's') ||
			   (x - w == 4 && memcmp(s + w, "\xe2\x80\x99s", 4) == 0);
		int mark = w > q && x - w <= 3;
		for (size_t k = w; mark && k < x; k++)
			mark = s[k] == ',' || s[k] == '.' || s[k] == '!' || s[k] == '?' || s[k] == ':';
		if (++words > 8 || !(ner_upper_at(s, w) || (s[w] >= '0' && s[w] <= '9') || ner_small_word(s + w, x - w) ||
				     poss || mark))
			return 0;
		w = x + 1;
	}
	*ts = ner_title_article_end(s, q, b);
	*te = b;
	return 1;
}

/* The title s[ts..te) is a work's name, an other name, in place of the
 * names of l[*mi..n0) the model found inside it, where none runs across
 * its bounds (*mi: the first mention that may end after ts, moved on;
 * *gone: made on first use, for ner_drop_gone). */
static void ner_push_title(struct ner_list *l, size_t n0, size_t *mi, unsigned char **gone, size_t ts, size_t te)
{
	while (*mi < n0 && l->v[*mi].end <= ts)
		(*mi)++;
	for (size_t k = *mi; k < n0 && l->v[k].start < te; k++)
		if (l->v[k].start < ts || l->v[k].end > te)
			return;
	for (size_t k = *mi; k < n0 && l->v[k].start < te; k++) {
		if (!*gone)
			*gone = xcalloc(n0, 1);
		(*gone)[k] = 1;
	}
	ner_push(l, ts, te, NER_MISC);
}

/* The quoted title of a track listing's line s[a..e) ("3. \"Lanterns\" –
 * 5:01", "4. “Northern Lights” (featuring ...) – 3:58"): a number and a
 * full stop, the title, a duration after a dash; or of a list of
 * episodes, its credits after the dash ("2. \"The Undertow\" – Directed
 * by ..."). Its bounds into *ts, *te; 0 where the line is otherwise. */
static int ner_track_line(const char *s, size_t a, size_t e, size_t *ts, size_t *te)
{
	size_t x = a;
	while (e > a && s[e - 1] == ' ')
		e--;
	/* The number and its full stop. */
	while (x < e && s[x] >= '0' && s[x] <= '9')
		x++;
	/* "1 ." in text split into tokens. */
	x += x + 1 < e && s[x] == ' ' && s[x + 1] == '.';
	if (x == a || x + 2 >= e || s[x] != '.' || s[x + 1] != ' ')
		return 0;
	x += 2;
	while (x < e && s[x] == ' ')
		x++;
	/* The quoted title after the number. */
	size_t o = s[x] == '"' ? 1 : x + 3 <= e && memcmp(s + x, "\xe2\x80\x9c", 3) == 0 ? 3 : 0;
	if (!o)
		return 0;
	/* The duration at the end: "m:ss" after a dash. */
	size_t d = e, q = 0;
	while (d > x && ((s[d - 1] >= '0' && s[d - 1] <= '9') || s[d - 1] == ':'))
		d--;
	if (e - d >= 4 && s[e - 3] == ':' && d >= x + 4) {
		q = s[d - 1] == ' ' ? d - 1 : d;
		if (s[q - 1] == '-' && s[q - 2] == ' ')
			q -= 2;
		else if (memcmp(s + q - 3, "\xe2\x80\x93", 3) == 0 && s[q - 4] == ' ')
			q -= 4;
		else
			q = 0;
	}
	/* Or a dash right after the title, and an episode's credits ("2.
	 * \"The Undertow\" – Directed by ..."). */
	if (!q) {
		const char *c = o == 1 ? memchr(s + x + 1, '"', e - x - 1) : ner_find(s, s + x + 3, e - x - 3, "\xe2\x80\x9d", 3);
		size_t k = c ? (size_t)(c - s) + o : e;
		if (k + 3 < e && s[k] == ' ' && (s[k + 1] == '-' || memcmp(s + k + 1, "\xe2\x80\x93", 3) == 0) &&
		    ner_find(s, s + k, e - k, " by ", 4))
			q = k;
		else
			return 0;
	}
	if (q <= x + o + 1)
		return 0;
	const char *c = o == 1 ? memchr(s + x + 1, '"', q - x - 1) : ner_find(s, s + x + 3, q - x - 3, "\xe2\x80\x9d", 3);
	if (!c)
		return 0;
	size_t b = x + o, z = (size_t)(c - s);
	while (b < z && s[b] == ' ')
		b++;
	while (z > b && s[z - 1] == ' ')
		z--;
	if (z == b || !(ner_upper_at(s, b) || (s[b] >= '0' && s[b] <= '9')))
		return 0;
	*ts = b;
	*te = z;
	return 1;
}

/* An encyclopedia's lists name works, whatever the model made of their
 * lines read alone: under a heading ("Discography", then "Tidewater
 * (1998)" a line), two lines or more of a title and its year; and a
 * track listing's lines, each on its own. */
void ner_work_list_lines(const char *s, size_t n, struct ner_list *l)
{
	size_t n0 = l->n, mi = 0;
	unsigned char *gone = NULL;
	int heading = 0, before = 0;	/* under a heading; after a work's line */
	for (size_t a = 0; a < n;) {
		const char *nl = memchr(s + a, '\n', n - a);
		size_t e = nl ? (size_t)(nl - s) : n;
		size_t ts, te, z = e;
		while (z > a && s[z - 1] == ' ')
			z--;
		if (z == a) {
			a = e + 1;
			continue;
		}
		if (s[a] >= '0' && s[a] <= '9' && ner_track_line(s, a, e, &ts, &te))
			ner_push_title(l, n0, &mi, &gone, ts, te);
		/* Most lines are neither a short heading nor end in a bracket:
		 * they end a list at once. */
		if (z - a > 42 && s[z - 1] != ')') {
			heading = before = 0;
		} else if (ner_works_heading(s, a, e)) {
			heading = 1;
			before = 0;
		} else if (heading && ner_work_line(s, a, e, &ts, &te)) {
			/* Two lines or more: the one before, or this one and the
			 * next. */
			const char *nl2 = e < n ? memchr(s + e + 1, '\n', n - e - 1) : NULL;
			size_t e2 = nl2 ? (size_t)(nl2 - s) : n, t2s, t2e;
			if (before || (e < n && e + 1 < e2 && ner_work_line(s, e + 1, e2, &t2s, &t2e)))
				ner_push_title(l, n0, &mi, &gone, ts, te);
			before = 1;
		} else {
			heading = before = 0;
		}
		a = e + 1;
	}
	/* The titles pushed, whatever went: the list is sorted again. */
	int pushed = l->n > n0;
	ner_drop_gone(l, gone, n0);
	if (pushed)
		ner_sort_mentions(l->v, l->n);
}

/* A trophy or a prize named after a person is one name with the person's
 * ("the Billie Jean King Cup", "the Rosa Vantell Memorial Trophy"): the
 * model read a person, then a cup of the rest. The person and the name
 * right after it, which ends in a trophy's word, are one other name. */
void ner_person_trophies(const char *s, struct ner_list *l)
{
	static const struct ner_lit trophies[] = {
		NER_LIT("Cup"),	   NER_LIT("Trophy"), NER_LIT("Prize"), NER_LIT("Award"),  NER_LIT("Awards"),
		NER_LIT("Medal"),  NER_LIT("Stakes"), NER_LIT("Shield"), NER_LIT("Memorial"), NER_LIT("Lecture"),
		NER_LIT("Plate"),
	};
	size_t n0 = l->n;
	unsigned char *gone = NULL;
	for (size_t i = 0; i + 1 < n0; i++) {
		const struct ner_mention *m = &l->v[i], *x = &l->v[i + 1];
		if (m->type != NER_PERSON || (x->type != NER_MISC && x->type != NER_ORG && x->type != NER_PERSON) ||
		    x->start != m->end + 1 || s[m->end] != ' ')
			continue;
		size_t lw = ner_word_start(s, x->start, x->end);
		if (!NER_LIT_IN(trophies, s + lw, x->end - lw))
			continue;
		ner_merge_next(l, i, NER_MISC, &gone, n0);
		i++;
	}
	ner_drop_gone(l, gone, n0);
}
