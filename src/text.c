/* text: UTF-8 decoding, column widths and line wrapping on libunistring.
 * No other module looks inside a multibyte character. */
#include "text.h"

#include <string.h>
#include <unicase.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

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

char *text_fold_buf(const char *s, size_t n, char *buf, size_t size, size_t *outlen)
{
	/* ASCII, the common case, folds in place without libunistring. */
	size_t o = 0;
	int space = 1, ascii = 1;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80) {
			ascii = 0;
			break;
		}
	if (ascii) {
		char *out = n + 1 <= size ? buf : xmalloc(n + 1);
		for (size_t i = 0; i < n; i++) {
			char c = s[i];
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
				if (!space)
					out[o++] = ' ';
				space = 1;
				continue;
			}
			space = 0;
			out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		if (o > 0 && out[o - 1] == ' ')
			o--;
		out[o] = '\0';
		*outlen = o;
		return out;
	}
	size_t len = 0;
	uint8_t *low = u8_casefold((const uint8_t *)s, n, NULL, NULL, NULL, &len);
	if (!low) {
		/* Invalid UTF-8: fold what can be folded, byte by byte. */
		low = (uint8_t *)xstrndup(s, n);
		len = n;
	}
	char *out = len * 3 + 1 <= size ? buf : xmalloc(len * 3 + 1);
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

	size_t line_start = 0, bp = 0;
	int col = 0, bp_col = 0, have_bp = 0;
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
			continue;
		}
		if (col + c.width > width && i > line_start) {
			if (have_bp) {
				st = xgrow(st, &cap, count + 1, sizeof *st);
				st[count++] = bp;
				line_start = bp;
				col -= bp_col;
				have_bp = 0;
			}
			if (col + c.width > width && i > line_start && c.width > 0 &&
			    uc_is_grapheme_break(prev, c.cp)) {
				/* A word wider than the line is split between characters. */
				st = xgrow(st, &cap, count + 1, sizeof *st);
				st[count++] = i;
				line_start = i;
				col = 0;
				it.col = 0;
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

size_t text_encode(uint32_t cp, char *buf)
{
	int n = u8_uctomb((uint8_t *)buf, cp, 4);
	if (n <= 0) {
		n = u8_uctomb((uint8_t *)buf, TEXT_REPLACEMENT, 4);
	}
	return (size_t)n;
}

char *text_clean(const char *s, size_t n)
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
