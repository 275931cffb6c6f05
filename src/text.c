/* text: UTF-8 decoding, column widths and line wrapping on libunistring.
 * No other module looks inside a multibyte character. */
#include "text.h"

#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "word8.h"
#include "xmalloc.h"

size_t text_decode(const char *s, size_t n, uint32_t *cp, int *valid)
{
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80) {
		*cp = c;
		*valid = 1;
		return 1;
	}
	ucs4_t u;
	int len = u8_mbtoucr(&u, (const uint8_t *)s, n);
	if (len <= 0) {
		*cp = TEXT_REPLACEMENT;
		*valid = 0;
		return 1;
	}
	*cp = u;
	*valid = 1;
	return (size_t)len;
}

const char *text_straight_quotes(const char *s, size_t *n)
{
	if (*n < 3 || (unsigned char)s[0] < 0x80)
		return s;
	uint32_t cp;
	int valid;
	size_t l = text_decode(s, *n, &cp, &valid);
	if (!valid)
		return s;
	int apostrophe = cp == 0x2018 || cp == 0x2019, quote = cp == 0x201C || cp == 0x201D;
	if (*n == l && (apostrophe || quote)) {
		*n = 1;
		return apostrophe ? "'" : "\"";
	}
	if (*n == l + 1 && cp == 0x2019 && (s[l] == 's' || s[l] == 'S')) {
		*n = 2;
		return s[l] == 's' ? "'s" : "'S";
	}
	return s;
}

static inline size_t text_valid_at(const char *s, size_t n);

size_t text_valid_len(const char *s, size_t n)
{
	return text_valid_at(s, n);
}

size_t text_valid_prefix(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		/* ASCII eight bytes at a time: most of a big file is. */
		uint64_t w;
		while (i + 8 <= n && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0))
			i += 8;
		while (i < n && (unsigned char)s[i] < 0x80)
			i++;
		if (i >= n)
			break;
		size_t l = text_valid_at(s + i, n - i);
		if (l == 0)
			break;
		i += l;
	}
	return i;
}

static inline size_t text_valid_at(const char *s, size_t n)
{
	/* The well-formed sequences of the Unicode standard (table 3-7), the
	 * ones libunistring decodes: no overlong forms, no surrogates, none
	 * past U+10FFFF. */
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c = u[0];
	if (c < 0x80)
		return 1;
	size_t len;
	unsigned char lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4;
	else
		return 0;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (n < len || u[1] < lo || u[1] > hi)
		return 0;
	for (size_t k = 2; k < len; k++)
		if ((u[k] & 0xC0) != 0x80)
			return 0;
	return len;
}

int text_is_space(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
	case 0x85: case 0x2028: case 0x2029:
		return 1;
	default:
		return 0;
	}
}

int text_is_east_asian(uint32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

int text_is_east_asian_punct(uint32_t cp)
{
	return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
	       (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
}

void text_iter_init(struct text_iter *it, const char *s, size_t n, int collapse)
{
	it->s = s;
	it->n = n;
	it->i = 0;
	it->col = 0;
	it->collapse = collapse;
	/* Leading whitespace of a line is never drawn in reflowed text. */
	it->in_space = collapse;
}

int text_iter_next(struct text_iter *it, struct text_cell *cell)
{
	if (it->i >= it->n)
		return 0;
	int valid;
	uint32_t cp;
	size_t len = text_decode(it->s + it->i, it->n - it->i, &cp, &valid);
	cell->off = it->i;
	cell->len = len;
	cell->flags = 0;
	it->i += len;
	if (!valid) {
		cell->cp = TEXT_REPLACEMENT;
		cell->width = 1;
		cell->flags = TEXT_CELL_INVALID;
		it->in_space = 0;
	} else if (text_is_space(cp)) {
		cell->cp = ' ';
		cell->flags = TEXT_CELL_SPACE;
		if (it->collapse) {
			if (it->in_space) {
				cell->flags |= TEXT_CELL_HIDDEN;
				cell->width = 0;
			} else {
				cell->width = 1;
			}
			it->in_space = 1;
		} else if (cp == '\t') {
			cell->width = 8 - it->col % 8;
		} else if (cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') {
			cell->flags |= TEXT_CELL_HIDDEN;
			cell->width = 0;
			if (cp == '\n')
				it->col = -cell->width; /* the next line starts at column 0 */
		} else {
			cell->width = 1;
		}
	} else if (cp >= 0x21 && cp < 0x7f) {
		/* Printable ASCII, most text: one column, no table lookup. */
		it->in_space = 0;
		cell->cp = cp;
		cell->width = 1;
	} else {
		it->in_space = 0;
		int w = (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) ? -1 : uc_width(cp, "UTF-8");
		if (w < 0) {
			/* Controls and unprintable characters are shown, not obeyed. */
			cell->cp = TEXT_REPLACEMENT;
			cell->width = 1;
		} else {
			cell->cp = cp;
			cell->width = w;
		}
	}
	it->col += cell->width;
	return 1;
}

int text_width(const char *s, size_t n)
{
	struct text_iter it;
	struct text_cell c;
	int w = 0, trailing = 0;
	text_iter_init(&it, s, n, 1);
	while (text_iter_next(&it, &c)) {
		w += c.width;
		trailing = (c.flags & TEXT_CELL_SPACE) ? trailing + c.width : 0;
	}
	return w - trailing;
}

/* The first code point of s[0..n) into *cp; 0 where there is none or it
 * is malformed. */
static int text_first(const char *s, size_t n, uint32_t *cp)
{
	if (n == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	int valid;
	text_decode(s, n, cp, &valid);
	return valid;
}

int text_starts_upper(const char *s, size_t n)
{
	uint32_t cp;
	return text_first(s, n, &cp) && (cp < 0x80 ? cp >= 'A' && cp <= 'Z' : uc_is_upper(cp));
}

int text_starts_lower(const char *s, size_t n)
{
	uint32_t cp;
	return text_first(s, n, &cp) && (cp < 0x80 ? cp >= 'a' && cp <= 'z' : uc_is_lower(cp));
}

int text_starts_letter(const char *s, size_t n)
{
	uint32_t cp;
	return text_first(s, n, &cp) && (cp < 0x80 ? (cp | 32) >= 'a' && (cp | 32) <= 'z' : uc_is_alpha(cp));
}

int text_caps_word(const char *s, size_t n)
{
	size_t caps = 0;
	for (size_t k = 0; k < n; k++) {
		if (s[k] >= 'a' && s[k] <= 'z')
			return 0;
		caps += s[k] >= 'A' && s[k] <= 'Z';
	}
	return caps >= 2;
}

int text_all_upper(const char *s, size_t n)
{
	int letters = 0;
	size_t a = 0;
	while (a < n && (unsigned char)s[a] < 0x80) {
		char c = s[a++];
		if (c >= 'a' && c <= 'z')
			return 0;
		letters += c >= 'A' && c <= 'Z';
	}
	if (a == n)
		return letters > 0;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		int valid;
		size_t l = text_decode(s + i, n - i, &cp, &valid);
		if (valid && uc_is_alpha(cp)) {
			if (!uc_is_upper(cp))
				return 0;
			letters++;
		}
		i += l;
	}
	return letters > 0;
}

char *text_title_case(const char *s, size_t n)
{
	char *out = xmalloc(n * 2 + 4);
	size_t o = 0;
	int start = 1;
	size_t letters = 0;	/* of the word so far */
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		int valid;
		size_t l = text_decode(s + i, n - i, &cp, &valid);
		if (!valid) {
			out[o++] = s[i];
		} else {
			uint32_t m = start ? uc_toupper(cp) : uc_tolower(cp);
			size_t k = text_encode(m, out + o);
			/* Case mapping never grows a character by more than a byte here. */
			o += k;
		}
		int alpha = valid && uc_is_alpha(cp);
		start = !alpha;
		/* O'Brien and D'Alema keep their second capital, but "Putin's"
		 * gets no capital S: an apostrophe after one letter starts. */
		if (valid && (cp == '\'' || cp == 0x2019))
			start = letters == 1;
		letters = alpha ? letters + 1 : 0;
		i += l;
	}
	out[o] = '\0';
	return out;
}

char *text_name_case(const char *s, size_t n)
{
	char *t = text_title_case(s, n);
	/* A word of capitals without a vowel is an abbreviation the model
	 * took for a person ("Maori TV"), not a name to write "Tv". Only in
	 * ASCII does title case keep every byte where it was. */
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return t;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		int vowel = 0;
		while (j < n && s[j] != ' ') {
			vowel |= s[j] && strchr("AEIOUY", s[j]) != NULL;
			j++;
		}
		/* The suffixes of names are words, written "Jr" and "Sr", and
		 * so are "St", "Mt" and "Ft" (Saint, Mount, Fort). */
		int suffix = (j - i == 2 || (j - i == 3 && s[i + 2] == '.')) && s[i + 1] == 'R' &&
			     (s[i] == 'J' || s[i] == 'S');
		int place = (j - i == 2 || (j - i == 3 && s[i + 2] == '.')) && s[i + 1] == 'T' &&
			    (s[i] == 'S' || s[i] == 'M' || s[i] == 'F');
		if (!vowel && !suffix && !place && j - i >= 2)
			memcpy(t + i, s + i, j - i);
		/* The particles and links inside a name are in lower case
		 * ("Port of Spain", "Ludwig van Beethoven"). */
		static const char *const small[] = { "OF", "AND", "THE", "DE", "DEL", "DI", "DA", "DOS", "DAS", "DU",
						     "LA", "LE", "VAN", "VON", "DER", "DEN", "Y", NULL };
		for (int k = 0; i > 0 && small[k]; k++)
			if (strlen(small[k]) == j - i && memcmp(s + i, small[k], j - i) == 0) {
				for (size_t q = i; q < j; q++)
					t[q] = (char)(s[q] + 32);
				break;
			}
		i = j < n ? j + 1 : j;
	}
	return t;
}

/* Folds ASCII s[0..n) into out (n + 1 bytes) as text_fold_buf does, and
 * returns the folded length, or SIZE_MAX at a byte that is not ASCII. */
static size_t text_fold_ascii(const char *s, size_t n, char *out)
{
	const uint64_t one = 0x0101010101010101ull, high = 0x80 * one;
	size_t o = 0;
	int space = 1;
	if (n > 0 && n < 8) {
		/* A text of fewer than eight bytes (a word, mostly) in one
		 * integer, tested as eight bytes are below (the bytes past its
		 * end masked off, a blank first as one after a blank), each
		 * lower-cased byte then stored: a byte at a time, the tests cost
		 * a dozen instructions a byte. */
		uint64_t x = word8_load_short(s, n), valid = ~0ull >> 8 * (8 - n);
		uint64_t t = x ^ 0x20 * one;
		uint64_t blanks = ~(((t & 0x7f * one) + 0x7f * one) | t) & high & valid;
		if (!((x | (x - 0x20 * one)) & high & valid) && !(blanks & (blanks << 8 | 0x80))) {
			x |= ((x + (0x80 - 'A') * one) & ~(x + (0x80 - 'Z' - 1) * one) & high) >> 2;
			word8_store_short(out, x, n);
			o = n - (out[n - 1] == ' ');
			out[o] = '\0';
			return o;
		}
	}
	for (size_t i = 0; i < n;) {
		/* Eight bytes of 0x20 to 0x7f (no control or other byte: no
		 * borrow crosses a byte then) whose blanks are single ones, none
		 * after a blank, are lower-cased at once, where a byte at a time
		 * cost a dozen instructions a byte; o <= i, so they fit. */
		size_t end = i + 8 <= n ? i + 8 : n, at = i;
		/* The last bytes of a text of eight or more, folded in place so
		 * far (o == i, nothing dropped), are taken as the eight that end
		 * it: the bytes again before i fold to what they did, and the
		 * pair of bytes at i - 1 and i is tested with the others. */
		if (end - i < 8 && i > 0 && o == i)
			at = n - 8;
		if (at + 8 <= n && !(space && s[i] == ' ')) {
			uint64_t x;
			memcpy(&x, s + at, 8);
			uint64_t t = x ^ 0x20 * one;
			uint64_t blanks = ~(((t & 0x7f * one) + 0x7f * one) | t) & high;
			if (!((x | (x - 0x20 * one)) & high) && !(blanks & blanks << 8)) {
				x |= ((x + (0x80 - 'A') * one) & ~(x + (0x80 - 'Z' - 1) * one) & high) >> 2;
				memcpy(out + o - (i - at), &x, 8);
				o += at + 8 - i;
				i = at + 8;
				space = s[i - 1] == ' ';
				continue;
			}
		}
		for (; i < end; i++) {
			char c = s[i];
			if ((unsigned char)c >= 0x80)
				return SIZE_MAX;
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
				if (!space)
					out[o++] = ' ';
				space = 1;
				continue;
			}
			space = 0;
			out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
	}
	if (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}

char *text_fold_buf(const char *s, size_t n, char *buf, size_t size, size_t *outlen)
{
	/* ASCII, the common case, folds in place without libunistring: in one
	 * pass into buf when it fits, else after a pass that finds it ASCII. */
	char *out = n + 1 <= size ? buf : NULL;
	if (!out) {
		size_t i = 0;
		for (uint64_t w; i + 8 <= n && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0);)
			i += 8;
		while (i < n && (unsigned char)s[i] < 0x80)
			i++;
		if (i == n)
			out = xmalloc(n + 1);
	}
	if (out) {
		size_t fo = text_fold_ascii(s, n, out);
		if (fo != SIZE_MAX) {
			*outlen = fo;
			return out;
		}
	}
	size_t o = 0;
	int space = 1;
	size_t len = 0;
	uint8_t *low = u8_casefold((const uint8_t *)s, n, NULL, NULL, NULL, &len);
	if (!low) {
		/* Invalid UTF-8: fold what can be folded, byte by byte. */
		low = (uint8_t *)xstrndup(s, n);
		len = n;
	}
	out = len * 3 + 1 <= size ? buf : xmalloc(len * 3 + 1);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		int valid;
		size_t l = text_decode((const char *)low + i, len - i, &cp, &valid);
		if (valid && text_is_space(cp)) {
			if (!space)
				out[o++] = ' ';
			space = 1;
		} else {
			space = 0;
			if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
				out[o++] = '\'';
			else if (cp == 0x2010 || cp == 0x2011)
				out[o++] = '-';
			else {
				memcpy(out + o, low + i, l);
				o += l;
			}
		}
		i += l;
	}
	free(low);
	if (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	*outlen = o;
	return out;
}

size_t text_strip_accents(char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		if ((unsigned char)s[i] < 0x80) {
			s[o++] = s[i++];
			continue;
		}
		uint32_t cp;
		int valid;
		size_t l = text_decode(s + i, n - i, &cp, &valid);
		char tmp[TEXT_SFOLD_MAX];
		unsigned flags;
		size_t k = valid ? text_search_fold_cp(cp, TEXT_SFOLD_ACCENTS, tmp, &flags) : 0;
		/* In place: a character whose plain form is no shorter stays. */
		if (valid && (flags & TEXT_SF_STRIPPED) && k <= l) {
			memcpy(s + o, tmp, k);
			o += k;
		} else {
			memmove(s + o, s + i, l);
			o += l;
		}
		i += l;
	}
	if (o < n)
		s[o] = '\0';
	return o;
}

int text_latin_marks(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		if (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (!(w & 0x8080808080808080u)) {
				i += 8;
				continue;
			}
		}
		unsigned char c = (unsigned char)s[i++];
		if ((c >= 0xC3 && c <= 0xCD) || c == 0xE1)
			return 1;
	}
	return 0;
}

char *text_fold(const char *s, size_t n, size_t *outlen)
{
	return text_fold_buf(s, n, NULL, 0, outlen);
}

size_t text_cluster_end(const char *s, size_t n, size_t i)
{
	/* Forward to the start of a character. */
	for (int k = 0; k < 3 && i < n && ((unsigned char)s[i] & 0xC0) == 0x80; k++)
		i++;
	if (i == 0 || i >= n)
		return i < n ? i : n;
	size_t b = i - 1;
	while (b > 0 && i - b < 4 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	uint32_t prev, cp;
	int prev_valid, valid;
	if (b + text_decode(s + b, n - b, &prev, &prev_valid) != i)
		prev_valid = 0;
	while (i < n) {
		size_t len = text_decode(s + i, n - i, &cp, &valid);
		if (!valid || !prev_valid || uc_is_grapheme_break(prev, cp))
			return i;
		prev = cp;
		i += len;
	}
	return n;
}

int text_columns(const char *s, size_t n)
{
	struct text_iter it;
	struct text_cell c;
	int w = 0;
	text_iter_init(&it, s, n, 0);
	while (text_iter_next(&it, &c))
		w += c.width;
	return w;
}

static int text_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t text_wrap(const char *s, size_t n, int width, int collapse, size_t **starts)
{
	size_t cap = 0, count = 0;
	size_t *st = NULL;
	st = xgrow(st, &cap, 1, sizeof *st);
	st[count++] = 0;
	if (width < 1)
		width = 1;
	if (n == 0) {
		*starts = st;
		return count;
	}

	/* libunistring sees a copy in which bad bytes and controls are letters
	 * and whitespace is a plain space, so its break opportunities agree
	 * with what is drawn; the copy has the same length, so offsets hold. */
	char *copy = xmalloc(n);
	char *p = xmalloc(n);
	struct text_iter it;
	struct text_cell c;
	text_iter_init(&it, s, n, collapse);
	while (text_iter_next(&it, &c)) {
		if (c.flags & TEXT_CELL_INVALID)
			copy[c.off] = 'x';
		else if (!collapse && c.cp == ' ' && s[c.off] == '\n')
			copy[c.off] = '\n';
		else if (c.flags & TEXT_CELL_SPACE)
			memset(copy + c.off, ' ', c.len);
		else if (c.cp == TEXT_REPLACEMENT)
			memset(copy + c.off, 'x', c.len);
		else
			memcpy(copy + c.off, s + c.off, c.len);
	}
	u8_possible_linebreaks((const uint8_t *)copy, n, "UTF-8", p);
	/* libunistring lets a line break after the full stop inside an
	 * abbreviation ("U." / "S."); a full stop between two letters joins
	 * them, as UAX #14 means it to (LB29). */
	for (size_t i = 2; i < n; i++)
		if (p[i] == UC_BREAK_POSSIBLE && copy[i - 1] == '.' && text_ascii_letter(copy[i]) &&
		    text_ascii_letter(copy[i - 2]))
			p[i] = UC_BREAK_PROHIBITED;

	size_t line_start = 0, bp = 0;
	int col = 0, bp_col = 0, have_bp = 0;
	/* Where the grapheme cluster being laid out began, and its column: a
	 * word cut between characters is cut there, never inside a cluster
	 * (a letter with a wide spacing mark, a prepended sign). */
	size_t cluster = 0;
	int cluster_col = 0;
	uint32_t prev = 0;
	text_iter_init(&it, s, n, collapse);
	while (text_iter_next(&it, &c)) {
		size_t i = c.off;
		if (p[i] == UC_BREAK_MANDATORY) {
			/* libunistring marks the line feed itself; the next line
			 * starts after it. */
			if (i + c.len < n) {
				st = xgrow(st, &cap, count + 1, sizeof *st);
				st[count++] = i + c.len;
			}
			line_start = i + c.len;
			col = 0;
			it.col = 0;
			have_bp = 0;
			cluster = line_start;
			cluster_col = 0;
			continue;
		} else if (p[i] == UC_BREAK_POSSIBLE && i > line_start) {
			bp = i;
			bp_col = col;
			have_bp = 1;
		}
		if (c.flags & TEXT_CELL_SPACE) {
			/* Whitespace may hang past the margin; it is not drawn there. */
			col += c.width;
			prev = ' ';
			cluster = i + c.len;
			cluster_col = col;
			continue;
		}
		int starts_cluster = i == line_start || uc_is_grapheme_break(prev, c.cp);
		if (starts_cluster) {
			cluster = i;
			cluster_col = col;
		}
		if (col + c.width > width && i > line_start) {
			if (have_bp) {
				st = xgrow(st, &cap, count + 1, sizeof *st);
				st[count++] = bp;
				line_start = bp;
				col -= bp_col;
				have_bp = 0;
				if (cluster < line_start) {
					cluster = line_start;
					cluster_col = 0;
				} else {
					cluster_col -= bp_col;
				}
			}
			/* A character of no width after blanks that hang past the
			 * margin would keep them drawn there: it goes on the next
			 * line too. */
			if (col + c.width > width && (c.width > 0 || col > width)) {
				/* A word wider than the line is split between
				 * characters, before the cluster this one is in. */
				size_t cut = starts_cluster ? i : cluster;
				if (cut > line_start) {
					st = xgrow(st, &cap, count + 1, sizeof *st);
					st[count++] = cut;
					line_start = cut;
					col -= starts_cluster ? col : cluster_col;
					it.col = starts_cluster ? 0 : col + c.width;
					cluster = cut;
					cluster_col = 0;
				}
			}
		}
		col += c.width;
		prev = c.cp;
	}
	free(copy);
	free(p);
	*starts = st;
	return count;
}

/* Where the clean string s[0..n) may be cut between words: an array of
 * n bytes, UC_BREAK_POSSIBLE where a line may begin (UAX #14), with
 * text_wrap's join of abbreviations ("U.S." is one word). */
static char *text_word_breaks(const char *s, size_t n)
{
	char *p = xmalloc(n ? n : 1);
	if (n == 0)
		return p;
	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", p);
	for (size_t i = 2; i < n; i++)
		if (p[i] == UC_BREAK_POSSIBLE && s[i - 1] == '.' && text_ascii_letter(s[i]) &&
		    text_ascii_letter(s[i - 2]))
			p[i] = UC_BREAK_PROHIBITED;
	return p;
}

size_t text_fit_head(const char *s, size_t n, int cols, int end_ok)
{
	char *p = text_word_breaks(s, n);
	struct text_iter it;
	struct text_cell c;
	size_t best = 0;
	int col = 0, ink = 0; /* columns so far, and up to the last non-blank */
	text_iter_init(&it, s, n, 1);
	while (text_iter_next(&it, &c)) {
		if (c.off > 0 && p[c.off] == UC_BREAK_POSSIBLE && ink <= cols)
			best = c.off;
		col += c.width;
		if (!(c.flags & TEXT_CELL_SPACE))
			ink = col;
		if (ink > cols)
			break;
	}
	if (end_ok && ink <= cols)
		best = n;
	free(p);
	/* The blanks before the break stay out. */
	while (best > 0 && s[best - 1] == ' ')
		best--;
	return best;
}

size_t text_fit_tail(const char *s, size_t n, int cols, int start_ok)
{
	int total = text_width(s, n);
	if (start_ok && total <= cols)
		return 0;
	char *p = text_word_breaks(s, n);
	struct text_iter it;
	struct text_cell c;
	size_t found = n;
	int col = 0;
	text_iter_init(&it, s, n, 1);
	while (text_iter_next(&it, &c)) {
		/* The first break whose rest fits is the longest tail that does. */
		if (c.off > 0 && p[c.off] == UC_BREAK_POSSIBLE && total - col <= cols) {
			found = c.off;
			break;
		}
		col += c.width;
	}
	free(p);
	return found;
}

size_t text_encode(uint32_t cp, char *buf)
{
	int n = u8_uctomb((uint8_t *)buf, cp, 4);
	if (n <= 0) {
		n = u8_uctomb((uint8_t *)buf, TEXT_REPLACEMENT, 4);
	}
	return (size_t)n;
}

int text_utf8_kind(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (unsigned char)s[i] < 0x80)
		i++;
	if (i == n)
		return 1;
	return u8_check((const uint8_t *)s + i, n - i) == NULL ? 2 : 0;
}

char *text_clean(const char *s, size_t n)
{
	return text_clean_buf(s, n, NULL, 0);
}

/* The bytes of x (of a text, little-endian; `valid` the mask of those
 * that are) that text_plain_words refuses: a high bit where one is 0x80
 * or above, 0x7f, or a space after a space (blank: 0x80 if the byte
 * before x was one), and one or more where one is below 0x20 (a borrow
 * goes up from there only: that there is one is exact). *last gets 0x80
 * if x's last byte is a space. */
static inline uint64_t text_plain_bad(uint64_t x, uint64_t valid, uint64_t blank, uint64_t *last)
{
	const uint64_t one = 0x0101010101010101ull, high = 0x80 * one;
	uint64_t del = x ^ 0x7f * one, sp = x ^ 0x20 * one;
	del = ~(((del & 0x7f * one) + 0x7f * one) | del) & high;
	sp = ~(((sp & 0x7f * one) + 0x7f * one) | sp) & high & valid;
	*last = sp >> 56;
	return ((x & high) | ((x - 0x20 * one) & ~x & high) | del | (sp & (sp << 8 | blank))) & valid;
}

/* Whether s[0..n) (n > 0) is printable ASCII whose blanks are single
 * spaces between words (none first, last or after another): text that
 * text_clean_buf gives back as it is, the names it is asked of mostly.
 * Eight bytes at a time, the last ones too (the eight that end a text of
 * eight or more, read again in part), where a byte at a time cost a
 * dozen instructions a byte. */
static int text_plain_words(const char *s, size_t n)
{
	if (s[0] == ' ' || s[n - 1] == ' ')
		return 0;
	if (n < 8)
		return !text_plain_bad(word8_load_short(s, n), ~0ull >> 8 * (8 - n), 0, &(uint64_t){ 0 });
	uint64_t bad = 0, blank = 0;
	size_t i = 0;
	for (; i + 8 <= n; i += 8)
		bad |= text_plain_bad(word8_load(s + i), ~0ull, blank, &blank);
	/* The pair of bytes at i - 1 and i is among the eight that end it. */
	if (i < n)
		bad |= text_plain_bad(word8_load(s + n - 8), ~0ull, 0, &blank);
	return !bad;
}

char *text_clean_buf(const char *s, size_t n, char *buf, size_t size)
{
	if (n > 0 && text_plain_words(s, n)) {
		char *out = n + 1 <= size ? buf : xmalloc(n + 1);
		memcpy(out, s, n);
		out[n] = '\0';
		return out;
	}
	/* Printable ASCII without spaces: a plain copy. */
	size_t i = 0;
	while (i < n && (unsigned char)s[i] > 0x20 && (unsigned char)s[i] < 0x7f)
		i++;
	if (i == n) {
		if (n + 1 > size)
			return xstrndup(s, n);
		memcpy(buf, s, n);
		buf[n] = '\0';
		return buf;
	}
	/* Printable ASCII and plain spaces, most names of two words or more:
	 * what the cells below give, without decoding them (the spaces of a
	 * run after the first are hidden, as are those at the start, and the
	 * last ones are cut). */
	size_t j = i;
	while (j < n && (unsigned char)s[j] >= 0x20 && (unsigned char)s[j] < 0x7f)
		j++;
	if (j == n) {
		char *out = n + 1 <= size ? buf : xmalloc(n + 1);
		size_t o = 0;
		int in_space = 1;
		for (size_t k = 0; k < n; k++) {
			if (s[k] != ' ')
				out[o++] = s[k];
			else if (!in_space)
				out[o++] = ' ';
			in_space = s[k] == ' ';
		}
		if (o > 0 && out[o - 1] == ' ')
			o--;
		out[o] = '\0';
		return out;
	}
	return text_clean_cells(s, n);
}

char *text_clean_cells(const char *s, size_t n)
{
	/* Each input byte becomes at most three output bytes (U+FFFD). */
	char *out = xmalloc(3 * n + 1);
	size_t o = 0, keep = 0;
	struct text_iter it;
	struct text_cell c;
	text_iter_init(&it, s, n, 1);
	while (text_iter_next(&it, &c)) {
		if (c.flags & TEXT_CELL_HIDDEN)
			continue;
		if (c.flags & TEXT_CELL_SPACE) {
			out[o++] = ' ';
			continue;
		}
		/* Invisible marks inside words are no part of them: the soft
		 * hyphens that pages put in long words ("Netan\u00ADyahu"), zero
		 * width spaces, word joiners and byte-order marks. */
		if (c.cp == 0xAD || c.cp == 0x200B || c.cp == 0x2060 || c.cp == 0xFEFF)
			continue;
		o += text_encode(c.cp, out + o);
		keep = o;
	}
	out[keep] = '\0';
	return out;
}

char *text_truncate(const char *s, int cols)
{
	size_t n = strlen(s);
	if (text_width(s, n) <= cols)
		return xstrdup(s);
	struct text_iter it;
	struct text_cell c;
	size_t cut = 0, last_space = 0;
	int w = 0;
	text_iter_init(&it, s, n, 1);
	while (text_iter_next(&it, &c)) {
		if (w + c.width > cols - 1)
			break;
		if (c.flags & TEXT_CELL_SPACE)
			last_space = c.off;
		w += c.width;
		cut = c.off + c.len;
	}
	if (last_space > 0 && last_space * 2 > cut)
		cut = last_space;
	while (cut > 0 && s[cut - 1] == ' ')
		cut--;
	char *out = xmalloc(cut + 4);
	memcpy(out, s, cut);
	memcpy(out + cut, "\xe2\x80\xa6", 4);
	return out;
}

/* The middle of s cut out for "…", keeping its start and its end (a file
 * name's extension) whole characters and clusters. */
static char *text_cut_middle(const char *s, int cols)
{
	size_t n = strlen(s);
	if (cols < 1)
		return xstrdup("");
	/* The end gets half the room; what it leaves goes to the start. */
	int tail = cols / 2, used = 0;
	size_t from = n;
	struct text_iter it;
	struct text_cell c;
	size_t *offs = NULL, cap = 0, nc = 0;
	int *widths = NULL;
	size_t wcap = 0;
	text_iter_init(&it, s, n, 0);
	while (text_iter_next(&it, &c)) {
		offs = xgrow(offs, &cap, nc + 1, sizeof *offs);
		widths = xgrow(widths, &wcap, nc + 1, sizeof *widths);
		offs[nc] = c.off;
		widths[nc++] = c.width;
	}
	for (size_t k = nc; k-- > 0;) {
		if (used + widths[k] > tail)
			break;
		used += widths[k];
		if (text_is_cluster_boundary(s, n, offs[k]))
			from = offs[k];
	}
	/* A cluster cut at its start leaves its marks out of the count. */
	used = text_columns(s + from, n - from);
	int head = cols - 1 - used, w = 0;
	size_t to = 0;
	for (size_t k = 0; k < nc && offs[k] < from; k++) {
		if (w + widths[k] > head)
			break;
		w += widths[k];
		size_t next = k + 1 < nc ? offs[k + 1] : n;
		if (text_is_cluster_boundary(s, n, next))
			to = next;
	}
	free(offs);
	free(widths);
	char *out = xmalloc(to + 3 + (n - from) + 1);
	memcpy(out, s, to);
	memcpy(out + to, "\xe2\x80\xa6", 3);
	memcpy(out + to + 3, s + from, n - from);
	out[to + 3 + n - from] = '\0';
	return out;
}

char *text_elide_path(const char *path, int cols)
{
	size_t n = strlen(path);
	if (text_columns(path, n) <= cols)
		return xstrdup(path);
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	/* The leftmost slash whose "…/dir/name" fits keeps the most. */
	for (const char *p = strchr(path, '/'); p && p[1]; p = strchr(p + 1, '/'))
		if (p > path && 1 + text_columns(p, n - (size_t)(p - path)) <= cols)
			return xasprintf("\xe2\x80\xa6%s", p);
	if (*name && text_columns(name, strlen(name)) <= cols)
		return xstrdup(name);
	return text_cut_middle(*name ? name : path, cols);
}

/* --- Search folding ------------------------------------------------------- */

#include <stdlib.h>
#include <unictype.h>
#include <uninorm.h>

/* Accents that accent-insensitive search ignores: the combining diacritics
 * of Latin, Greek and Cyrillic, Hebrew points and Arabic harakat. Marks of
 * other scripts (Indic vowel signs, Thai) are letters there, and stay. */
static int text_is_accent(uint32_t cp)
{
	return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	       (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	       (cp >= 0xFE20 && cp <= 0xFE2F) ||
	       (cp >= 0x591 && cp <= 0x5C7 && uc_is_general_category(cp, UC_CATEGORY_Mn)) ||
	       (cp >= 0x610 && cp <= 0x61A) || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670;
}

/* Letters with a stroke have no decomposition; searched without accents
 * they are their base letter. */
static uint32_t text_unstroke(uint32_t cp)
{
	switch (cp) {
	case 0x142: return 'l';
	case 0x141: return 'L';
	case 0xF8: return 'o';
	case 0xD8: return 'O';
	case 0x111: return 'd';
	case 0x110: return 'D';
	case 0x127: return 'h';
	case 0x126: return 'H';
	case 0x167: return 't';
	case 0x166: return 'T';
	default: return cp;
	}
}

size_t text_search_fold_cp(uint32_t cp, unsigned mode, char *out, unsigned *flags)
{
	*flags = 0;
	if (uc_tolower(cp) != cp)
		*flags |= TEXT_SF_UPPER;
	if (text_is_space(cp) || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	    cp == 0x202F || cp == 0x205F || cp == 0x3000) {
		*flags |= TEXT_SF_SPACE;
		if (cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x85 ||
		    cp == 0x2028 || cp == 0x2029)
			*flags |= TEXT_SF_BREAK;
		return 0;
	}
	if (cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF)
		return 0;
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = TEXT_REPLACEMENT;
	if (cp < 0x80 || (cp >= 0xAC00 && cp <= 0xD7A3)) {
		/* ASCII has no decomposition; Hangul syllables stay whole so that
		 * a syllable never matches part of another. */
		if ((mode & TEXT_SFOLD_CASE) && cp >= 'A' && cp <= 'Z')
			cp += 32;
		return (size_t)u8_uctomb((uint8_t *)out, cp, 4);
	}
	uint8_t in[4], b1[64], b2[64];
	int len = u8_uctomb(in, cp, 4);
	size_t l1 = sizeof b1, l2 = sizeof b2;
	uint8_t *d = u8_normalize(UNINORM_NFD, in, (size_t)len, b1, &l1);
	uint8_t *f = d;
	size_t lf = l1;
	if (d && (mode & TEXT_SFOLD_CASE)) {
		f = u8_casefold(d, l1, NULL, UNINORM_NFD, b2, &l2);
		lf = l2;
	}
	if (!f) {
		/* Cannot happen for a valid code point; keep it as it is. */
		f = in;
		lf = (size_t)len;
	}
	size_t o = 0;
	for (size_t i = 0; i < lf;) {
		ucs4_t u;
		int k = u8_mbtouc(&u, f + i, lf - i);
		i += (size_t)k;
		if (mode & TEXT_SFOLD_ACCENTS) {
			if (text_is_accent(u)) {
				*flags |= TEXT_SF_STRIPPED;
				continue;
			}
			if (text_unstroke(u) != u) {
				*flags |= TEXT_SF_STRIPPED;
				u = text_unstroke(u);
			}
		} else if (text_is_accent(u) || text_unstroke(u) != u) {
			*flags |= TEXT_SF_STRIPPED;
		}
		if (o + 4 > TEXT_SFOLD_MAX)
			break;
		o += (size_t)u8_uctomb((uint8_t *)out + o, u, 4);
	}
	if (f != in && f != b2 && f != d)
		free(f);
	if (d && d != b1)
		free(d);
	return o;
}

int text_is_cluster_boundary(const char *s, size_t n, size_t i)
{
	if (i == 0 || i >= n)
		return 1;
	unsigned char c = (unsigned char)s[i];
	/* Nothing joins an ASCII character to the one before it but CR LF
	 * (and the rare prepended marks, which the slow path handles). */
	if (c < 0x80 && c != '\n' && (unsigned char)s[i - 1] < 0x80)
		return 1;
	return text_cluster_end(s, n, i) == i;
}

/* --- Words ---------------------------------------------------------------- */

int text_is_word_char(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
	return uc_is_general_category(cp, uc_general_category_or(uc_general_category_or(UC_CATEGORY_L, UC_CATEGORY_M),
								  uc_general_category_or(UC_CATEGORY_N, UC_CATEGORY_Pc)));
}

/* Characters inside a word that are not themselves letters: a word edge
 * is looked for past them. */
static int text_is_word_glue(uint32_t cp)
{
	return cp == 0xAD || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
}

/* How many glue characters are looked through, so that a long run of
 * them cannot make one test slow. */
#define TEXT_GLUE_MAX 16

const char *text_find(const char *s, size_t n, const char *w, size_t m)
{
	if (m == 0)
		return s;
	if (m > n)
		return NULL;
	if (m == 1)
		return memchr(s, w[0], n);
	size_t i = 0, last = n - m;
#if defined(__SSE2__)
	const __m128i first = _mm_set1_epi8(w[0]), end = _mm_set1_epi8(w[m - 1]);
	/* The loads at i and i + m - 1 read up to s[last + m - 1], the last byte. */
	for (; i + 15 <= last; i += 16) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + m - 1));
		unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, end)));
		for (; mask; mask &= mask - 1) {
			const char *p = s + i + (size_t)__builtin_ctz(mask);
			size_t k = 1;
			while (k + 1 < m && p[k] == w[k])
				k++;
			if (k + 1 >= m)
				return p;
		}
	}
#endif
	for (; i <= last; i++) {
		if (s[i] != w[0] || s[i + m - 1] != w[m - 1])
			continue;
		size_t k = 1;
		while (k + 1 < m && s[i + k] == w[k])
			k++;
		if (k + 1 >= m)
			return s + i;
	}
	return NULL;
}

int text_is_word_edge(const char *s, size_t n, size_t i)
{
	if (i == 0 || i >= n)
		return 1;
	/* Two ASCII bytes, the most common, decide it without decoding: no
	 * glue is ASCII. */
	unsigned char c0 = (unsigned char)s[i - 1], c1 = (unsigned char)s[i];
	if ((c0 | c1) < 0x80)
		return !text_is_word_char(c1) || !text_is_word_char(c0);
	uint32_t cp;
	int valid, after = 0, before = 0;
	size_t j = i;
	for (int k = 0; k < TEXT_GLUE_MAX && j < n; k++) {
		j += text_decode(s + j, n - j, &cp, &valid);
		if (!valid || !text_is_word_glue(cp)) {
			after = valid && text_is_word_char(cp);
			break;
		}
	}
	if (!after)
		return 1;
	j = i;
	for (int k = 0; k < TEXT_GLUE_MAX && j > 0; k++) {
		/* The character that ends at j: a valid sequence, else one byte. */
		size_t b = j - 1;
		while (b > 0 && j - b < 4 && ((unsigned char)s[b] & 0xC0) == 0x80)
			b--;
		if (b + text_decode(s + b, n - b, &cp, &valid) != j || !valid) {
			valid = 0;
			b = j - 1;
		}
		j = b;
		if (!valid || !text_is_word_glue(cp)) {
			before = valid && text_is_word_char(cp);
			break;
		}
	}
	return !before;
}
