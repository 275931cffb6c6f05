/* token: splitting text into tokens and sentences. */
#include "token.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lexicon.h"
#include "text.h"
#include "xmalloc.h"

static void token_push(struct token_list *l, size_t a, size_t b, unsigned flags)
{
	if (b <= a)
		return;
	/* Asked for every token: the call only when the list is full. The
	 * count is read once (the token's fields could be it, as the
	 * compiler sees them). */
	size_t n = l->n;
	if (n + 1 > l->cap)
		l->v = xgrow(l->v, &l->cap, n + 1, sizeof *l->v);
	struct token *t = &l->v[n];
	t->start = a;
	t->end = b;
	t->flags = flags;
	l->n = n + 1;
}

void token_list_free(struct token_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static int token_is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int token_is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static int token_is_alpha(char c)
{
	return token_is_upper(c) || token_is_lower(c) || (unsigned char)c >= 0x80;
}

int token_is_abbreviation(const char *s, size_t n)
{
	/* By length (the list's words of 3 to 7 bytes), so that a word is
	 * compared with those of its own length only; each in eight bytes,
	 * zeros after it, so that a word is compared with it in one compare. */
	static const char abbr3[][8] = { "mr.", "ms.", "dr.", "jr.", "sr.", "st.", "mt.", "ft.", "no.",
					 "vs.", "co.", "lt.", "rd." };
	static const char abbr4[][8] = { "mrs.", "nos.", "etc.", "inc.", "ltd.", "gen.", "sen.", "rep.", "gov.",
					 "col.", "sgt.", "maj.", "adm.", "rev.", "hon.", "ave.", "est.", "fig.",
					 "vol.", "p.m.", "a.m.", "e.g.", "i.e.", "u.s.", "u.k.", "u.n." };
	static const char abbr5[][8] = { "corp.", "bros.", "capt.", "prof.", "pres.", "dept.", "univ.", "assn.",
					 "blvd." };
	static const char abbr7[][8] = { "approx." };
	static const struct {
		const char (*v)[8];
		size_t n;
	} abbr_by_len[8] = {
		[3] = { abbr3, sizeof abbr3 / sizeof *abbr3 },
		[4] = { abbr4, sizeof abbr4 / sizeof *abbr4 },
		[5] = { abbr5, sizeof abbr5 / sizeof *abbr5 },
		[7] = { abbr7, sizeof abbr7 / sizeof *abbr7 },
	};
	if (n < 2 || s[n - 1] != '.')
		return 0;
	/* Initials and dotted acronyms: E. U.S. N.Y. D.C. p.m. (most words
	 * fail on their first two bytes). */
	int dotted = 1;
	for (size_t i = 0; i < n && dotted; i += 2)
		if (!(i + 1 < n && token_is_alpha(s[i]) && s[i + 1] == '.'))
			dotted = 0;
	if (dotted)
		return 1;
	/* Every listed one is short: a sentence's last word mostly is not. */
	if (n <= 7) {
		char low[8] = { 0 };
		for (size_t i = 0; i < n; i++)
			low[i] = token_is_upper(s[i]) ? (char)(s[i] + 32) : s[i];
		uint64_t w, a;
		memcpy(&w, low, sizeof w);
		for (size_t i = 0; i < abbr_by_len[n].n; i++) {
			memcpy(&a, abbr_by_len[n].v[i], sizeof a);
			if (a == w)
				return 1;
		}
	}
	/* Titles, months and state abbreviations from the lexicon: Calif.
	 * Sept. - capitalised, so that "ill." ending a sentence is no Illinois. */
	if (!token_is_upper(s[0]))
		return 0;
	unsigned cls = lexicon_lookup(s, n);
	return (cls & (LEX_TITLE | LEX_MONTH | LEX_REGION | LEX_COMPANY_SUFFIX | LEX_WEEKDAY)) != 0;
}

/* Length of the UTF-8 character at s[i], at least 1. */
static inline size_t token_char(const char *s, size_t n, size_t i, uint32_t *cp)
{
	if ((unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		return 1;
	}
	int valid;
	return text_decode(s + i, n - i, cp, &valid);
}

/* Punctuation that is always a token of its own at the edges of a word. */
static int token_is_edge_punct(uint32_t c)
{
	switch (c) {
	case '"': case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
	case ',': case ';': case ':': case '!': case '?': case '*':
	case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x00AB: case 0x00BB:
	case 0x2014: case 0x2013: case 0x2026: case 0x00BF: case 0x00A1: case '\'':
		return 1;
	default:
		return 0;
	}
}

/* Dashes that split words even inside them ("war—and"). */
static int token_is_dash(uint32_t c)
{
	return c == 0x2014 || c == 0x2013;
}

/* Pushes a word, with its possessive 's (straight or curly apostrophe)
 * as a token of its own. */
static void token_word(const char *s, size_t a, size_t e, struct token_list *l)
{
	size_t poss = e;
	if (e - a > 2 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
		if (s[e - 2] == '\'')
			poss = e - 2;
		else if (e - a > 4 && memcmp(s + e - 4, "\xe2\x80\x99", 3) == 0)
			poss = e - 4;
	}
	token_push(l, a, poss, 0);
	token_push(l, poss, e, 0);
}

/* Splits a piece of a chunk, s[a..b), with no reference mark, dash of
 * hyphens or East Asian letter inside it, into tokens. */
static void token_piece(const char *s, size_t a, size_t b, struct token_list *l, int line_start)
{
	uint32_t cp;
	/* A contraction or possessive standing alone, as CoNLL text has them:
	 * 's 'S 'll 're 've 'd 'm, with a straight or curly apostrophe. */
	{
		size_t ap = s[a] == '\'' ? 1 : (b - a >= 3 && memcmp(s + a, "\xe2\x80\x99", 3) == 0) ? 3 : 0;
		size_t letters = b - a - ap;
		if (ap && letters >= 1 && letters <= 2) {
			int alpha = 1;
			for (size_t k = a + ap; k < b; k++)
				alpha &= token_is_upper(s[k]) || token_is_lower(s[k]);
			if (alpha) {
				token_push(l, a, b, 0);
				return;
			}
		}
	}
	/* Leading punctuation; a run of dots is one token ("..."), and a dot
	 * before a digit is a decimal (".596"). */
	while (a < b) {
		size_t len = token_char(s, b, a, &cp);
		if (cp == '.') {
			if (a + 1 < b && s[a + 1] >= '0' && s[a + 1] <= '9')
				break;
			while (a + len < b && s[a + len] == '.')
				len++;
		} else if (!token_is_edge_punct(cp)) {
			break;
		}
		token_push(l, a, a + len, 0);
		a += len;
	}
	/* Trailing punctuation, kept aside to push after the word. */
	size_t tail[32], ntail = 0, e = b;
	while (e > a && ntail < 31) {
		size_t p = e - 1;
		while (p > a && ((unsigned char)s[p] & 0xC0) == 0x80)
			p--;
		token_char(s, e, p, &cp);
		if (token_is_edge_punct(cp) || cp == 0x2019 || cp == '\'') {
			/* Quotes too: a closing one, or the apostrophe of "Ukrainians'". */
			tail[ntail++] = p;
			e = p;
			continue;
		}
		if (cp == '.') {
			/* "D-N.Y." keeps its dots as "N.Y." does. */
			size_t h = e;
			while (h > a && s[h - 1] != '-')
				h--;
			if (token_is_abbreviation(s + h, e - h))
				break;
			/* "1." heading a line is a list item's number. */
			if (line_start && e - a >= 2 && e - a <= 4) {
				size_t k = a;
				while (k < p && s[k] >= '0' && s[k] <= '9')
					k++;
				if (k == p)
					break;
			}
			/* "..." is one token, as is a sentence's full stop. */
			while (p > a && s[p - 1] == '.')
				p--;
			tail[ntail++] = p;
			e = p;
			continue;
		}
		break;
	}
	/* Inside the word: split at dashes, at slashes between letters, and at
	 * a full stop glued between a lower-case word and a capital. */
	size_t w = a;
	for (size_t i = a; i < e;) {
		size_t len = token_char(s, e, i, &cp);
		int split_here = 0;
		if (token_is_dash(cp) || (cp == '/' && i > a && i + 1 < e && token_is_alpha(s[i - 1]) &&
					  token_is_alpha(s[i + 1]))) {
			split_here = 1;

		} else if (cp == '.' && i >= a + 2 && i + 1 < e && token_is_lower(s[i - 1]) &&
			   token_is_alpha(s[i - 2]) && token_is_upper(s[i + 1])) {
			split_here = 1;
		}
		if (split_here) {
			token_word(s, w, i, l);
			token_push(l, i, i + len, 0);
			w = i + len;
		}
		i += len;
	}
	token_word(s, w, e, l);
	while (ntail > 0) {
		size_t p = tail[--ntail];
		size_t len = token_char(s, b, p, &cp);
		while (s[p] == '.' && p + len < b && s[p + len] == '.')
			len++;
		token_push(l, p, p + len, 0);
	}
}

/* Splits one whitespace-free chunk s[a..b) into tokens: into pieces
 * first, in one pass (a chunk may be a whole paragraph of a language
 * written without spaces, or a hostile file's megabytes of brackets):
 * - a reference mark glued to a word, as web pages and encyclopedias
 *   print them ("Nations,[105]", "Summit).[100]", "fish[citation"): the
 *   word and the mark are read apart;
 * - two hyphens or more are a dash, as typewritten copy writes one
 *   ("Reagan--whose", "SANTA ROSA.....--"): a token of their own;
 * - Chinese, Japanese and Korean text runs on without spaces: a run of
 *   its letters is a token, each of its marks of punctuation one, and
 *   the Latin words between them pieces of their own ("Network）で暗号
 *   化される。"), so that no name runs on into a sentence. */
static void token_chunk(const char *s, size_t a, size_t b, struct token_list *l, int line_start)
{
	size_t from = a, i = a;
	while (i < b) {
		unsigned char c = (unsigned char)s[i];
		if (c == '[' && i > from && b - from > 2) {
			token_piece(s, from, i, l, from == a && line_start);
			from = i++;
			continue;
		}
		if (c == '-' && i + 1 < b && s[i + 1] == '-') {
			size_t end = i + 2;
			while (end < b && s[end] == '-')
				end++;
			if (i > from)
				token_piece(s, from, i, l, from == a && line_start);
			token_push(l, i, end, 0);
			from = i = end;
			continue;
		}
		if (c < 0xE2) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = token_char(s, b, i, &cp);
		if (!text_is_east_asian(cp)) {
			i += len;
			continue;
		}
		if (i > from)
			token_piece(s, from, i, l, from == a && line_start);
		size_t e = i + len;
		if (!text_is_east_asian_punct(cp))
			while (e < b && (len = token_char(s, b, e, &cp)) > 0 && text_is_east_asian(cp) &&
			       !text_is_east_asian_punct(cp))
				e += len;
		token_push(l, i, e, 0);
		from = i = e;
	}
	if (from < b)
		token_piece(s, from, b, l, from == a && line_start);
}

/* Byte kinds for the scan of chunks: most words are ASCII letters and
 * digits alone, which token_chunk would push whole, unchanged. */
#define TOKEN_B_SPACE 1u	/* ASCII blank (or NUL) */
#define TOKEN_B_ALNUM 2u	/* ASCII letter or digit */
#define TOKEN_B_HIGH 4u		/* not ASCII */
#define TOKEN_B_LINE 8u		/* a line's end, a blank too */
static const unsigned char token_byte[256] = {
	[0] = TOKEN_B_SPACE, [' '] = TOKEN_B_SPACE, ['\n'] = TOKEN_B_SPACE | TOKEN_B_LINE, ['\t'] = TOKEN_B_SPACE,
	['\r'] = TOKEN_B_SPACE | TOKEN_B_LINE, ['\f'] = TOKEN_B_SPACE, ['\v'] = TOKEN_B_SPACE,
	['A' ... 'Z'] = TOKEN_B_ALNUM, ['a' ... 'z'] = TOKEN_B_ALNUM, ['0' ... '9'] = TOKEN_B_ALNUM,
	[0x80 ... 0xFF] = TOKEN_B_HIGH,
};

static inline int token_is_space_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*len = 1;
		return token_byte[c] & TOKEN_B_SPACE;
	}
	uint32_t cp;
	*len = token_char(s, n, i, &cp);
	return text_is_space(cp) || cp == 0xA0 || cp == 0 || cp == 0x202F || cp == 0x2009;
}

/* Whether s[0..n) is one of words (a list ending in NULL), as written. */
static int token_word_in(const char *s, size_t n, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (strlen(words[k]) == n && memcmp(words[k], s, n) == 0)
			return 1;
	return 0;
}

/* Whether s[a..b), one of the letters I, V and X and a full stop, is a
 * Roman numeral after a word that numbers parts ("World War I.", "Phase
 * V."), whose full stop ends the sentence, not an initial's. */
static int token_numeral_stop(const char *s, size_t a, size_t b, const struct token_list *l)
{
	static const char *const words[] = { "War",	"Part",	 "Phase", "Act",   "Chapter", "Book",
					     "Volume",	"Article", "Title", "Stage", "Section", "Annex",
					     "Schedule", "Level", "Tier",  NULL };
	if (b - a != 2 || (s[a] != 'I' && s[a] != 'V' && s[a] != 'X') || l->n == 0)
		return 0;
	const struct token *p = &l->v[l->n - 1];
	return p->end < a && token_word_in(s + p->start, p->end - p->start, words);
}

/* Whether token x is a title or a saint's or mountain's abbreviation
 * whose full stop text split into tokens by another tool writes apart
 * ("Dr . Mona Zaki", "St . Vincent"): such words never end a sentence.
 * Not "Co", "Inc" or "Jr", which often do. */
static int token_spaced_title(const char *s, const struct token *x)
{
	static const char *const titles[] = { "Dr",  "Mr",   "Mrs", "Ms",  "Prof", "Gen", "Lt",	"Col", "Sgt",
					      "Maj", "Capt", "Rev", "Hon", "Sen",  "Rep", "Gov", "Adm", "St",
					      "Mt",  "Ft",   "Messrs", "Brig", "Cmdr", "Supt", "Insp", NULL };
	size_t n = x->end - x->start;
	return n >= 2 && n <= 6 && token_is_upper(s[x->start]) && token_word_in(s + x->start, n, titles);
}

/* Text split into tokens by another tool writes an initial's full stop
 * apart ("Frederick C . LaRue", "the U . S . Marshals"): a lone capital
 * after a capitalised word or another such initial, then ".", is an
 * initial, not a sentence's end; so is a title's ("Dr .",
 * token_spaced_title). */
static int token_spaced_initial(const char *s, const struct token_list *l, size_t first, size_t q)
{
	if (q < first + 1 || s[l->v[q].start] != '.' || l->v[q].start == l->v[q - 1].end)
		return 0;
	if (token_spaced_title(s, &l->v[q - 1]))
		return 1;
	if (q < first + 2)
		return 0;
	const struct token *x = &l->v[q - 1], *w = &l->v[q - 2];
	if (x->end - x->start != 1 || !token_is_upper(s[x->start]))
		return 0;
	if (w->end - w->start == 1 && s[w->start] == '.')
		return q >= first + 3 && l->v[q - 3].end - l->v[q - 3].start == 1 && token_is_upper(s[l->v[q - 3].start]);
	return token_is_upper(s[w->start]) && w->end - w->start > 1;
}

/* Text split into tokens by another tool writes the full stop of "No."
 * apart before a number ("Audit Act No . 5 of 2004", "Vol . 3"): the
 * number goes on with what came before, no sentence starts there. */
static int token_spaced_number_sign(const char *s, const struct token_list *l, size_t first, size_t q, size_t k)
{
	static const char *const signs[] = { "No", "Nos", "Vol", "Art", "Sec", "Fig", NULL };
	if (q < first + 1 || s[l->v[q].start] != '.' || l->v[q].start == l->v[q - 1].end || s[l->v[k].start] < '0' ||
	    s[l->v[k].start] > '9')
		return 0;
	const struct token *x = &l->v[q - 1];
	return token_word_in(s + x->start, x->end - x->start, signs);
}

/* The next most common chunk: letters and digits s[a..w), then one ASCII
 * mark that ends it (w + 1 == b): "said," "(Reuters)" "year." Pushes its
 * tokens as token_chunk would and returns 1, or returns 0 for another
 * kind. */
static int token_word_punct(const char *s, size_t a, size_t w, size_t b, struct token_list *l, int line_start)
{
	if (w == a || w + 1 != b)
		return 0;
	unsigned char c = (unsigned char)s[w];
	if (c == '.') {
		/* An abbreviation keeps its full stop, as does a list item's
		 * number heading a line ("1."). */
		int whole = token_is_abbreviation(s + a, b - a) && !token_numeral_stop(s, a, b, l);
		if (!whole && line_start && b - a >= 2 && b - a <= 4) {
			size_t k = a;
			while (k < w && s[k] >= '0' && s[k] <= '9')
				k++;
			whole = k == w;
		}
		if (whole) {
			token_push(l, a, b, 0);
			return 1;
		}
	} else if (c == '\'' || c >= 0x80 || !token_is_edge_punct(c)) {
		return 0;
	}
	token_push(l, a, w, 0);
	token_push(l, w, b, 0);
	return 1;
}

/* Whether the chunk s[a..b), letters and digits s[a..w) first, is letters
 * and digits joined by , : - or by a full stop before a digit, ending in a
 * letter or digit ("1,234.5" "15:01:01.79" "26-FEB-1987" "Coca-Cola"):
 * one token, as token_chunk would make it, without its tests. */
static int token_joined(const char *s, size_t a, size_t w, size_t b)
{
	if (w == a || token_byte[(unsigned char)s[b - 1]] != TOKEN_B_ALNUM)
		return 0;
	for (size_t k = w; k < b; k++) {
		unsigned char c = (unsigned char)s[k];
		/* A full stop before a capital may end a sentence ("said.The"). */
		if (token_byte[c] != TOKEN_B_ALNUM && c != ',' && c != ':' && !(c == '-' && s[k + 1] != '-') &&
		    !(c == '.' && s[k + 1] >= '0' && s[k + 1] <= '9'))
			return 0;
	}
	return 1;
}

/* Where the run of ASCII letters and digits from s[i] ends, before end:
 * sixteen bytes at a time with SSE2. A byte at a time, the loop's end came
 * at a different byte in every word, a branch mispredicted at nearly every
 * word (the costliest line of token_split in perf). */
static inline size_t token_alnum_run(const char *s, size_t i, size_t end)
{
#if defined(__SSE2__)
	const __m128i below0 = _mm_set1_epi8('0' - 1), above9 = _mm_set1_epi8('9' + 1);
	const __m128i belowa = _mm_set1_epi8('a' - 1), abovez = _mm_set1_epi8('z' + 1), bit = _mm_set1_epi8(0x20);
	for (; i + 16 <= end; i += 16) {
		/* Signed compares: the bytes from 0x80 up are below every bound. */
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i l = _mm_or_si128(x, bit);
		__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, below0), _mm_cmpgt_epi8(above9, x));
		__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, belowa), _mm_cmpgt_epi8(abovez, l));
		unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(digit, letter)) & 0xFFFFu;
		if (other)
			return i + (size_t)__builtin_ctz(other);
	}
#endif
	while (i < end && token_byte[(unsigned char)s[i]] == TOKEN_B_ALNUM)
		i++;
	return i;
}

/* token_alnum_run for the other modules; token_split has it inline (out of
 * line it cost the tokenizer a call a word). */
size_t token_alnum_end(const char *s, size_t i, size_t end)
{
	return token_alnum_run(s, i, end);
}

/* Whether token t of s is a straight double quote. */
static inline int token_is_dquote(const char *s, const struct token *t)
{
	return s[t->start] == '"' && t->end - t->start == 1;
}

void token_split(const char *s, size_t start, size_t end, struct token_list *l)
{
	size_t first = l->n;
	size_t i = start;
	int newline = 0;
	while (i < end) {
		size_t len;
		unsigned char c = (unsigned char)s[i];
		/* ASCII blanks, the most common, without token_is_space_at. */
		if (token_byte[c] & TOKEN_B_SPACE) {
			newline |= (token_byte[c] & TOKEN_B_LINE) != 0;
			i++;
			continue;
		}
		if (c >= 0x80 && token_is_space_at(s, end, i, &len)) {
			i += len;
			continue;
		}
		/* ASCII letters and digits are skipped; a chunk of nothing else
		 * is one token, as token_chunk would make it. */
		size_t j = token_alnum_run(s, i, end);
		size_t word = j;
		size_t before = l->n;
		/* The kind of the byte after the letters and digits, if any. */
		unsigned after = j < end ? token_byte[(unsigned char)s[j]] : 0;
		int blank = (after & TOKEN_B_SPACE) != 0;
		if (j == end || blank) {
			token_push(l, i, j, 0);
		} else {
			while (j < end && !token_is_space_at(s, end, j, &len))
				j += len;
			if (token_joined(s, i, word, j))
				token_push(l, i, j, 0);
			else if (!token_word_punct(s, i, word, j, l, newline || l->n == first))
				token_chunk(s, i, j, l, newline || l->n == first);
		}
		if (newline && l->n > before)
			l->v[before].flags |= TOKEN_LINE_START;
		/* The blank that ends a chunk of letters and digits is read
		 * already: it is passed over here. */
		newline = (after & TOKEN_B_LINE) != 0;
		i = j + (size_t)blank;
	}
	/* Sentences end at . ! ? (after closing quotes and brackets) before a
	 * token that does not start in lower case. A quote glued to the word
	 * before it closes; one glued to the word after it opens. */
	/* Straight double quotes alternate: an odd one opens, an even one
	 * closes, whatever the spacing around them. */
	const size_t ntok = l->n;
	if (first == ntok)
		return;
	l->v[first].flags |= TOKEN_SENT_START;
	/* The first byte of the token before k, carried from one token to
	 * the next, and the count in a local: the stores to the tokens'
	 * flags could change them, as the compiler sees them. */
	unsigned char before = (unsigned char)s[l->v[first].start];
	size_t dquotes = token_is_dquote(s, &l->v[first]);
	for (size_t k = first + 1; k < ntok; k++) {
		unsigned char prev0 = before;
		before = (unsigned char)s[l->v[k].start];
		int is_dq = token_is_dquote(s, &l->v[k]);
		int closing_dq = is_dq && dquotes % 2 == 1;
		dquotes += (size_t)is_dq;
		/* After a word (most tokens are), no sentence ends: the mark
		 * that would end it, or close it, starts with none of these. */
		if (token_byte[prev0] == TOKEN_B_ALNUM)
			continue;
		uint32_t next;
		token_char(s, l->v[k].end, l->v[k].start, &next);
		int glued_before = l->v[k].start == l->v[k - 1].end;
		/* Closing punctuation never starts a sentence. */
		if (next == ')' || next == ']' || next == ',' || next == '.' || next == 0x201D ||
		    next == 0x2019 || closing_dq || (next == '\'' && glued_before))
			continue;
		/* Nor does a reference mark glued to the sentence's end ("...
		 * New Zealand.[16] It"). */
		if (next == '[' && glued_before)
			continue;
		/* The word after an opening quote that starts a sentence does not
		 * start another. */
		if (l->v[k - 1].flags & TOKEN_SENT_START)
			continue;
		size_t q = k - 1;
		/* Back over a glued reference mark, to the end it follows. */
		if (s[l->v[q].start] == ']' && l->v[q].end - l->v[q].start == 1) {
			size_t o = q;
			while (o > first && q - o < 6 && s[l->v[o].start] != '[')
				o--;
			if (o > first && s[l->v[o].start] == '[' && l->v[o].start == l->v[o - 1].end)
				q = o - 1;
		}
		while (q > first) {
			uint32_t cp;
			token_char(s, l->v[q].end, l->v[q].start, &cp);
			int closing = cp == 0x201D || cp == 0x2019 || cp == ')' ||
				      ((cp == '"' || cp == '\'') && l->v[q].start == l->v[q - 1].end);
			if (l->v[q].end - l->v[q].start <= 3 && closing)
				q--;
			else
				break;
		}
		const struct token *p = &l->v[q];
		char c = s[p->start];
		if (p->end - p->start == 1 && (c == '.' || c == '!' || c == '?') && !token_is_lower(s[l->v[k].start]) &&
		    !token_spaced_initial(s, l, first, q) && !token_spaced_number_sign(s, l, first, q, k))
			l->v[k].flags |= TOKEN_SENT_START;
		else if (p->end - p->start == 3 && (memcmp(s + p->start, "\xe2\x80\xa6", 3) == 0 ||
						    memcmp(s + p->start, "...", 3) == 0) &&
			 token_is_upper(s[l->v[k].start]))
			l->v[k].flags |= TOKEN_SENT_START;
	}
}
