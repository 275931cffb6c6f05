/* frontmatter: the flat YAML at the top of a Markdown note. The closing
 * line is found first, so that nothing is reported from front matter that
 * is never closed; then the lines between are read as a mapping of
 * top-level keys. Every loop moves forward and stops at the closing line,
 * whatever the bytes, since the input is untrusted. */
#include "frontmatter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xmalloc.h"

struct frontmatter {
	const char *d;
	size_t end;			/* where the YAML ends: the closing line */
	struct xbuf val;	/* the value being read */
	struct xbuf item;	/* a list item being read */
};

static void frontmatter_putc(struct xbuf *b, char c)
{
	xbuf_put(b, &c, 1);
}

/* A code point from an escape; NUL, surrogates and values past Unicode
 * become U+FFFD so that the value stays a C string of valid UTF-8. */
static void frontmatter_put_cp(struct xbuf *b, uint32_t cp)
{
	char u[4];
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = TEXT_REPLACEMENT;
	xbuf_put(b, u, text_encode(cp, u));
}

static int frontmatter_is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The line at pos, before lim: *le gets its end without the line break (a
 * CR before the LF is not content); returns where the next line starts. */
static size_t frontmatter_line(const char *d, size_t lim, size_t pos, size_t *le)
{
	const char *nl = pos < lim ? memchr(d + pos, '\n', lim - pos) : NULL;
	size_t e = nl ? (size_t)(nl - d) : lim;
	size_t next = nl ? e + 1 : lim;
	if (e > pos && d[e - 1] == '\r')
		e--;
	*le = e;
	return next;
}

static int frontmatter_blank(const char *d, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (!frontmatter_is_ws(d[i]))
			return 0;
	return 1;
}

/* Whether d[s..e) is the line "---" (or "...") with nothing but blanks after. */
static int frontmatter_is_delim(const char *d, size_t s, size_t e, const char *mark)
{
	return e - s >= 3 && memcmp(d + s, mark, 3) == 0 && frontmatter_blank(d, s + 3, e);
}

/* Where the line after the one holding offset p - 1 starts: a quoted value
 * or a flow list may close early in its line, and the rest is not read. */
static size_t frontmatter_after(const struct frontmatter *f, size_t p)
{
	if (p >= f->end)
		return f->end;
	const char *nl = memchr(f->d + p, '\n', f->end - p);
	return nl ? (size_t)(nl - f->d) + 1 : f->end;
}

/* A line break inside a quoted value: the blanks around it fold into one
 * blank, or into a line break when a blank line follows (YAML's folding).
 * p is at the break; returns where the value goes on. */
static size_t frontmatter_fold(const struct frontmatter *f, size_t p, struct xbuf *out,
			       size_t start)
{
	while (out->n > start && (out->s[out->n - 1] == ' ' || out->s[out->n - 1] == '\t'))
		out->s[--out->n] = '\0';
	int breaks = 0;
	while (p < f->end && frontmatter_is_ws(f->d[p])) {
		if (f->d[p] == '\n')
			breaks++;
		p++;
	}
	if (p < f->end) /* not at the end of an unclosed value */
		frontmatter_putc(out, breaks > 1 ? '\n' : ' ');
	return p;
}

/* Up to `digits` hex digits at *p as a code point; U+FFFD when there are
 * fewer. */
static uint32_t frontmatter_hex(const struct frontmatter *f, size_t *p, int digits)
{
	uint32_t cp = 0;
	int got = 0;
	while (got < digits && *p < f->end) {
		char c = f->d[*p];
		int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
			c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (v < 0)
			break;
		cp = cp * 16 + (uint32_t)v;
		got++;
		(*p)++;
	}
	return got == digits ? cp : TEXT_REPLACEMENT;
}

/* A "double-quoted" value from p (after the quote); returns the offset
 * after the closing quote, or the end of the YAML when there is none. */
static size_t frontmatter_double(const struct frontmatter *f, size_t p, struct xbuf *out)
{
	const char *d = f->d;
	size_t start = out->n;
	while (p < f->end && d[p] != '"') {
		if (d[p] == '\n' || d[p] == '\r') {
			p = frontmatter_fold(f, p, out, start);
			continue;
		}
		if (d[p] != '\\' || p + 1 >= f->end) {
			frontmatter_putc(out, d[p++]);
			continue;
		}
		char e = d[p + 1];
		p += 2;
		uint32_t cp;
		switch (e) {
		case 'n': frontmatter_putc(out, '\n'); break;
		case 't': case '\t': frontmatter_putc(out, '\t'); break;
		case 'r': frontmatter_putc(out, '\r'); break;
		case ' ': frontmatter_putc(out, ' '); break;
		case '0': frontmatter_put_cp(out, 0); break;
		case 'a': frontmatter_putc(out, '\a'); break;
		case 'b': frontmatter_putc(out, '\b'); break;
		case 'e': frontmatter_putc(out, '\x1b'); break;
		case 'f': frontmatter_putc(out, '\f'); break;
		case 'v': frontmatter_putc(out, '\v'); break;
		case 'N': frontmatter_put_cp(out, 0x85); break;
		case '_': frontmatter_put_cp(out, 0xA0); break;
		case 'L': frontmatter_put_cp(out, 0x2028); break;
		case 'P': frontmatter_put_cp(out, 0x2029); break;
		case 'x': frontmatter_put_cp(out, frontmatter_hex(f, &p, 2)); break;
		case 'U': frontmatter_put_cp(out, frontmatter_hex(f, &p, 8)); break;
		case 'u':
			cp = frontmatter_hex(f, &p, 4);
			/* A UTF-16 surrogate pair, as JSON writes characters past the BMP. */
			if (cp >= 0xD800 && cp <= 0xDBFF && p + 1 < f->end && d[p] == '\\' && d[p + 1] == 'u') {
				size_t q = p + 2;
				uint32_t lo = frontmatter_hex(f, &q, 4);
				if (lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					p = q;
				}
			}
			frontmatter_put_cp(out, cp);
			break;
		case '\r': case '\n':
			/* An escaped line break joins the lines without a blank. */
			p--;
			while (p < f->end && frontmatter_is_ws(d[p]))
				p++;
			break;
		case '"': case '\\': case '/':
			frontmatter_putc(out, e);
			break;
		default:
			/* Not an escape YAML knows: kept as written. */
			frontmatter_putc(out, '\\');
			frontmatter_putc(out, e);
			break;
		}
	}
	return p < f->end ? p + 1 : p;
}

/* A 'single-quoted' value from p (after the quote), where '' is a quote;
 * returns the offset after the closing quote. */
static size_t frontmatter_single(const struct frontmatter *f, size_t p, struct xbuf *out)
{
	const char *d = f->d;
	size_t start = out->n;
	while (p < f->end) {
		if (d[p] == '\'') {
			if (p + 1 < f->end && d[p + 1] == '\'') {
				frontmatter_putc(out, '\'');
				p += 2;
				continue;
			}
			return p + 1;
		}
		if (d[p] == '\n' || d[p] == '\r')
			p = frontmatter_fold(f, p, out, start);
		else
			frontmatter_putc(out, d[p++]);
	}
	return p;
}

/* The end of a plain value that starts at p on a line ending at le: before
 * a comment (a '#' after a blank) and trailing blanks. */
static size_t frontmatter_plain_end(const char *d, size_t p, size_t le)
{
	size_t e = p;
	while (e < le && !(d[e] == '#' && e > p && (d[e - 1] == ' ' || d[e - 1] == '\t')))
		e++;
	while (e > p && frontmatter_is_ws(d[e - 1]))
		e--;
	return e;
}

static void frontmatter_add_item(struct xbuf *out, const struct xbuf *item)
{
	if (item->n == 0)
		return;
	if (out->n > 0)
		xbuf_put(out, ", ", 2);
	xbuf_put(out, item->s, item->n);
}

/* A flow list [a, "b", 'c'] from p (after the '['), its items joined into
 * out; it may span lines. Returns the offset after the ']'. */
static size_t frontmatter_flow(struct frontmatter *f, size_t p, struct xbuf *out)
{
	const char *d = f->d;
	struct xbuf *item = &f->item;
	while (p < f->end) {
		char c = d[p];
		if (frontmatter_is_ws(c)) {
			p++;
			continue;
		}
		if (c == '#' && frontmatter_is_ws(d[p - 1])) {
			while (p < f->end && d[p] != '\n')
				p++;
			continue;
		}
		if (c == ']')
			return p + 1;
		if (c == ',') {
			p++;
			continue;
		}
		item->n = 0;
		if (c == '"') {
			p = frontmatter_double(f, p + 1, item);
		} else if (c == '\'') {
			p = frontmatter_single(f, p + 1, item);
		} else {
			/* A plain item ends at a comma or the bracket; its line
			 * breaks and blanks become single blanks. */
			size_t s = p;
			int blank = 0;
			while (p < f->end && d[p] != ',' && d[p] != ']' &&
			       !(p > s && d[p] == '#' && frontmatter_is_ws(d[p - 1]))) {
				if (frontmatter_is_ws(d[p])) {
					blank = 1;
				} else {
					if (blank && item->n > 0)
						frontmatter_putc(item, ' ');
					blank = 0;
					frontmatter_putc(item, d[p]);
				}
				p++;
			}
		}
		frontmatter_add_item(out, item);
	}
	return p;
}

/* Skips a flow mapping {...} from p (after the '{'), nested ones included;
 * returns the offset after its '}'. Its content is not reported. */
static size_t frontmatter_skip_map(const struct frontmatter *f, size_t p)
{
	size_t depth = 1;
	for (; p < f->end; p++) {
		if (f->d[p] == '{')
			depth++;
		else if (f->d[p] == '}' && --depth == 0)
			return p + 1;
	}
	return p;
}

/* A block scalar: | keeps line breaks, > folds lines into one; an
 * indentation digit and a chomping sign (- strip, + keep) may follow.
 * p is at the '|' or '>' on the line whose next line starts at next;
 * `indent` is the key's. Returns where the next line to read starts. */
static size_t frontmatter_block(const struct frontmatter *f, size_t p, size_t le, size_t next,
				size_t indent, struct xbuf *out)
{
	const char *d = f->d;
	char style = d[p++];
	int chomp = 0, explicit = 0;
	for (int k = 0; k < 2 && p < le; k++, p++) {
		if (d[p] == '-')
			chomp = -1;
		else if (d[p] == '+')
			chomp = 1;
		else if (d[p] >= '1' && d[p] <= '9')
			explicit = d[p] - '0';
		else
			break;
	}
	size_t ci = indent + (size_t)explicit;
	int known = explicit > 0, first = 1;
	size_t blanks = 0, pos = next;
	while (pos < f->end) {
		size_t le2, n2 = frontmatter_line(d, f->end, pos, &le2);
		size_t cs = pos;
		while (cs < le2 && d[cs] == ' ')
			cs++;
		size_t ind = cs - pos;
		if (cs == le2) {
			blanks++;
			pos = n2;
			continue;
		}
		if (!known) {
			/* The first line with text sets the indentation. */
			if (ind <= indent)
				break;
			ci = ind;
			known = 1;
		}
		if (ind < ci)
			break;
		if (!first && style == '|')
			frontmatter_putc(out, '\n');
		else if (!first && !blanks)
			frontmatter_putc(out, ' ');
		for (size_t k = 0; k < blanks; k++)
			frontmatter_putc(out, '\n');
		xbuf_put(out, d + pos + ci, le2 - pos - ci);
		first = 0;
		blanks = 0;
		pos = n2;
	}
	if (!first && chomp >= 0)
		frontmatter_putc(out, '\n');
	for (size_t k = 0; !first && chomp > 0 && k < blanks; k++)
		frontmatter_putc(out, '\n');
	return pos;
}

/* The line at pos: where it ends (*le), where its text starts after the
 * indentation (*cs), where the next line starts (*next); returns whether
 * it holds anything, neither blank nor a comment. */
static int frontmatter_content_line(const struct frontmatter *f, size_t pos, size_t *le, size_t *cs, size_t *next)
{
	const char *d = f->d;
	*next = frontmatter_line(d, f->end, pos, le);
	size_t c = pos;
	while (c < *le && d[c] == ' ')
		c++;
	*cs = c;
	return !frontmatter_blank(d, c, *le) && d[c] != '#';
}

static size_t frontmatter_value(struct frontmatter *f, size_t p, size_t le, size_t next, size_t indent,
				struct xbuf *out, int item);

/* The "- item" lines under a key indented by `indent` (YAML lets them
 * stand at the key's own indentation), from the line at pos; their values
 * joined into out. Returns where the next line to read starts. */
static size_t frontmatter_block_list(struct frontmatter *f, size_t pos, size_t indent,
				     struct xbuf *out)
{
	const char *d = f->d;
	struct xbuf item = { 0 };
	while (pos < f->end) {
		size_t le, cs, next;
		if (!frontmatter_content_line(f, pos, &le, &cs, &next)) {
			pos = next;
			continue;
		}
		size_t ind = cs - pos;
		if (ind < indent)
			break;
		if (d[cs] == '-' && (cs + 1 == le || frontmatter_is_ws(d[cs + 1]))) {
			size_t p = cs + 1;
			while (p < le && frontmatter_is_ws(d[p]))
				p++;
			item.n = 0;
			size_t after = frontmatter_value(f, p, le, next, ind, &item, 1);
			frontmatter_add_item(out, &item);
			pos = after > next ? after : next;
			continue;
		}
		if (ind == indent)
			break; /* the next key */
		pos = next; /* deeper: a nested mapping, not followed */
	}
	free(item.s);
	return pos;
}

/* A plain value from p, with the more indented lines after it that carry
 * it on (joined by blanks). A list item that is itself a mapping
 * ("- name: X") gives its first value. */
static size_t frontmatter_plain(const struct frontmatter *f, size_t p, size_t le, size_t next,
				size_t indent, struct xbuf *out, int item)
{
	const char *d = f->d;
	size_t e = frontmatter_plain_end(d, p, le);
	if (item) {
		for (size_t k = p; k < e; k++) {
			if (d[k] == ':' && (k + 1 == e || frontmatter_is_ws(d[k + 1]))) {
				size_t v = k + 1;
				while (v < e && frontmatter_is_ws(d[v]))
					v++;
				xbuf_put(out, d + v, e - v);
				return next;
			}
		}
	}
	xbuf_put(out, d + p, e - p);
	size_t pos = next;
	while (pos < f->end) {
		size_t le2, n2 = frontmatter_line(d, f->end, pos, &le2);
		size_t cs = pos;
		while (cs < le2 && d[cs] == ' ')
			cs++;
		if (frontmatter_blank(d, cs, le2) || cs - pos <= indent || d[cs] == '#')
			break;
		size_t e2 = frontmatter_plain_end(d, cs, le2);
		if (out->n > 0 && e2 > cs)
			frontmatter_putc(out, ' ');
		xbuf_put(out, d + cs, e2 - cs);
		pos = n2;
	}
	return pos;
}

/* The value at p of a key (or list item) indented by `indent`, on the
 * line ending at le whose next line starts at next; read into out.
 * Returns where the next line to read starts. */
static size_t frontmatter_value(struct frontmatter *f, size_t p, size_t le, size_t next, size_t indent,
				struct xbuf *out, int item)
{
	const char *d = f->d;
	/* Tags (!!str) and anchors (&a) say nothing a reader needs. */
	while (p < le && (d[p] == '!' || d[p] == '&')) {
		while (p < le && !frontmatter_is_ws(d[p]))
			p++;
		while (p < le && frontmatter_is_ws(d[p]))
			p++;
	}
	if (p >= le || d[p] == '#')
		return item ? next : frontmatter_block_list(f, next, indent, out);
	switch (d[p]) {
	case '"':
		return frontmatter_after(f, frontmatter_double(f, p + 1, out));
	case '\'':
		return frontmatter_after(f, frontmatter_single(f, p + 1, out));
	case '[':
		/* In a "- item" line too: a list in a list gives its items. */
		return frontmatter_after(f, frontmatter_flow(f, p + 1, out));
	case '{':
		return frontmatter_after(f, frontmatter_skip_map(f, p + 1));
	case '|':
	case '>':
		return frontmatter_block(f, p, le, next, indent, out);
	default:
		return frontmatter_plain(f, p, le, next, indent, out, item);
	}
}

/* The top-level keys from pos to the end of the YAML, given to field. With
 * field NULL it only checks that the YAML is a mapping: returns 0 at the
 * first top-level line that is not a key, so that a thematic break, a
 * paragraph and a setext underline at the top of a text are not taken for
 * front matter. */
static int frontmatter_mapping(struct frontmatter *f, size_t pos,
			       void (*field)(const char *, const char *, size_t, void *), void *ctx)
{
	const char *d = f->d;
	size_t base = SIZE_MAX;
	while (pos < f->end) {
		size_t le, cs, next;
		if (!frontmatter_content_line(f, pos, &le, &cs, &next)) {
			pos = next;
			continue;
		}
		size_t ind = cs - pos;
		/* The first key sets the indentation of the top level; deeper
		 * lines that no value took (a nested mapping) are skipped. */
		if (base == SIZE_MAX)
			base = ind;
		if (ind > base) {
			pos = next;
			continue;
		}
		size_t ks = cs, ke, p;
		if (d[cs] == '"' || d[cs] == '\'') {
			const char *q = memchr(d + cs + 1, d[cs], le - cs - 1);
			ks = cs + 1;
			ke = q ? (size_t)(q - d) : cs;
			p = ke + 1;
			while (p < le && frontmatter_is_ws(d[p]))
				p++;
			if (!q || p >= le || d[p] != ':')
				p = le;
		} else {
			p = cs;
			while (p < le && !(d[p] == ':' && (p + 1 == le || frontmatter_is_ws(d[p + 1]))))
				p++;
			ke = p;
			while (ke > ks && frontmatter_is_ws(d[ke - 1]))
				ke--;
		}
		/* A key is a C string for field: one with a NUL is no key. */
		if (p >= le || ke == ks || memchr(d + ks, '\0', ke - ks) ||
		    (d[cs] == '-' && (cs + 1 == le || frontmatter_is_ws(d[cs + 1])))) {
			if (!field)
				return 0;
			pos = next;
			continue;
		}
		p++;
		while (p < le && frontmatter_is_ws(d[p]))
			p++;
		f->val.n = 0;
		size_t after = frontmatter_value(f, p, le, next, ind, &f->val, 0);
		if (field && f->val.n > 0) {
			char *key = xstrndup(d + ks, ke - ks);
			field(key, f->val.s, f->val.n, ctx);
			free(key);
		}
		pos = after > next ? after : next;
	}
	return 1;
}

size_t frontmatter_parse(const char *data, size_t len,
			 void (*field)(const char *key, const char *value, size_t n, void *ctx),
			 void *ctx)
{
	size_t pos = 0, le;
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	size_t start = frontmatter_line(data, len, pos, &le);
	if (!frontmatter_is_delim(data, pos, le, "---") || start >= len)
		return 0;
	/* As pandoc has it, a blank line after the opening line means a
	 * thematic break at the top of the text, not front matter. */
	size_t le1, n1 = frontmatter_line(data, len, start, &le1);
	if (frontmatter_blank(data, start, le1) && n1 > start)
		return 0;
	size_t close = start, body = 0;
	while (close < len) {
		size_t next = frontmatter_line(data, len, close, &le);
		if (frontmatter_is_delim(data, close, le, "---") || frontmatter_is_delim(data, close, le, "...")) {
			body = next;
			break;
		}
		close = next;
	}
	if (body == 0)
		return 0;
	struct frontmatter f = { .d = data, .end = close };
	int ok = frontmatter_mapping(&f, start, NULL, NULL);
	if (ok)
		frontmatter_mapping(&f, start, field, ctx);
	free(f.val.s);
	free(f.item.s);
	return ok ? body : 0;
}
