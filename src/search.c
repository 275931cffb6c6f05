/* search: literal and regular-expression search over a folded copy of the
 * text, with a compact map back to the original byte offsets.
 *
 * The folded copy. A text is searched through a copy in "search form":
 * each character is replaced by text_search_fold_cp()'s form of it
 * (canonical decomposition, then, as the mode asks, full case folding and
 * accent removal), whitespace runs become one byte (' ', or '\n' when the
 * run holds a blank line), invisible characters vanish, and every invalid
 * byte and NUL becomes 0xFF, a byte that never occurs in UTF-8 and so never
 * matches a valid pattern. There are four copies, one per mode (case
 * folded or not, accents removed or not), each built on first use and
 * kept: the pattern decides which one it searches, and the pattern is put
 * in the same form with the same function, so both sides agree.
 *
 * The offset map. Most characters keep their length in the copy (ASCII,
 * CJK, Greek and Cyrillic case pairs...): call them simple. The map is a
 * sorted array of entries (f, o): from folded offset f on, up to the next
 * entry, the copy corresponds to the original from offset o on. An entry
 * starts a run, in which both offsets advance together (any number of
 * simple characters: one entry), or is atomic: one character whose form
 * has another length or several characters (é -> e, ß -> ss, a run of
 * blanks -> ' '), mapped as a whole; a folded offset strictly inside an
 * atomic entry is no character boundary, and a match that starts or ends
 * there is rejected ("s" does not match half of "ß"). Characters that
 * vanish (a stripped combining accent, a soft hyphen) get no entry: the
 * next entry simply starts further on in the original, so a match that
 * ends before them takes them in and one that starts after them skips
 * them. An entry is two 32-bit offsets (the atomic flag in the top bit of
 * o), so a copy is limited to 2 GiB. On the 50 MB benchmark article the
 * map has one entry per accented or multibyte-changed character and per
 * run of several blanks: a few MB, instead of 400 MB for a size_t per
 * byte. Lookups during a scan walk forward from the previous one.
 *
 * A match found in the copy is then checked in the original: both its
 * ends must be grapheme-cluster boundaries, so that "e" never matches the
 * e of "e" + U+0301 when accents are respected.
 *
 * Regular expressions (PCRE2, UTF + UCP, invalid UTF-8 allowed in the
 * subject, multiline: ^ and $ are paragraph starts and ends, since
 * single line breaks are spaces). Smart case and accent detection look at
 * the pattern's letters outside escapes (\W, \p{Lu} are not upper case).
 * Case-insensitive expressions run with PCRE2_CASELESS over the case-folded
 * copy, and each non-ASCII letter of the pattern outside a character class
 * is rewritten to its folded form, wrapped in (?:...) when it has several
 * characters, so "straße" becomes "stra(?:ss)e" and finds "STRASSE". When
 * the pattern has no accent outside a class, it runs over the copy without
 * accents (so "caf[ée]" finds "café" and "cafe"); a lone accented letter in
 * a class is replaced by its folded form. Limitations: an accented letter
 * inside a class never matches when accents are respected (the copy is
 * decomposed), and a multi-character folding (ß) inside a class does not
 * apply. */
#define _GNU_SOURCE	/* memmem */
#include "search.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "pool.h"
#include "sieve.h"
#include "text.h"
#include "xmalloc.h"

#define SEARCH_LIMIT 0x7FFFFF00u	/* offsets in the map are 31 bits */
#define ATOMIC 0x80000000u		/* flag in map_ent.o */
#define BAD 0xFF			/* what invalid bytes and NULs become */
#define NMODES 4			/* TEXT_SFOLD_CASE | TEXT_SFOLD_ACCENTS */

struct map_ent {
	uint32_t f;	/* offset in the folded copy */
	uint32_t o;	/* offset in the original; top bit: atomic */
};

/* One folded copy of a text. */
struct fcopy {
	char *f;
	size_t flen;
	struct map_ent *map;	/* sorted by f (and by o); the last is (flen, n) */
	size_t nmap;
	int built;
};

struct search_text {
	const char *s;
	size_t n;
	struct fcopy copy[NMODES];
};

/* --- Folding one character, memoized -------------------------------------- */

struct fold_ent {
	uint8_t len;		/* bytes in out */
	uint8_t flags;		/* TEXT_SF_* */
	uint8_t ncp;		/* code points in out */
	uint8_t ready;
	char out[12];		/* text_search_fold_cp never gives more */
};

/* Made on the first character beyond ASCII, so that ASCII text (and most
 * patterns) costs no table. */
struct fold_cache {
	unsigned mode;
	struct fold_ent *pages[0x1100];	/* 256 code points each, made on demand */
};

static struct fold_cache *fold_cache_new(unsigned mode);

static const struct fold_ent *fold_lookup(struct fold_cache **cp_cache, unsigned mode, uint32_t cp)
{
	if (!*cp_cache)
		*cp_cache = fold_cache_new(mode);
	struct fold_cache *c = *cp_cache;
	if (cp > 0x10FFFF)
		cp = TEXT_REPLACEMENT;
	struct fold_ent **pg = &c->pages[cp >> 8];
	if (!*pg)
		*pg = xcalloc(256, sizeof **pg);
	struct fold_ent *e = &(*pg)[cp & 255];
	if (!e->ready) {
		char out[TEXT_SFOLD_MAX];
		unsigned fl;
		size_t l = text_search_fold_cp(cp, c->mode, out, &fl);
		if (l > sizeof e->out)
			l = sizeof e->out;
		memcpy(e->out, out, l);
		e->len = (uint8_t)l;
		e->flags = (uint8_t)fl;
		e->ncp = 0;
		for (size_t i = 0; i < l; i++)
			if (((unsigned char)out[i] & 0xC0) != 0x80)
				e->ncp++;
		e->ready = 1;
	}
	return e;
}

static struct fold_cache *fold_cache_new(unsigned mode)
{
	struct fold_cache *c = xcalloc(1, sizeof *c);
	c->mode = mode;
	return c;
}

static void fold_cache_free(struct fold_cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < sizeof c->pages / sizeof *c->pages; i++)
		free(c->pages[i]);
	free(c);
}

/* --- Building a folded copy ----------------------------------------------- */

struct builder {
	struct fcopy *c;
	size_t cap, capmap;
	int run;	/* the last entry is a run that simple characters may extend */
};

static void push(struct builder *b, size_t o, uint32_t atomic)
{
	struct fcopy *c = b->c;
	if (c->nmap > 0 && c->map[c->nmap - 1].f == c->flen) {
		c->map[c->nmap - 1].o = (uint32_t)o | atomic;
		return;
	}
	c->map = xgrow(c->map, &b->capmap, c->nmap + 1, sizeof *c->map);
	c->map[c->nmap].f = (uint32_t)c->flen;
	c->map[c->nmap].o = (uint32_t)o | atomic;
	c->nmap++;
}

/* A simple character (same length in both) is about to be written. */
static inline void simple(struct builder *b, size_t o)
{
	if (!b->run) {
		push(b, o, 0);
		b->run = 1;
	}
}

static int ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Folds s[0..n) in the given mode into *c. With edges (a text, not a
 * pattern), whitespace at the start or the end becomes a paragraph break,
 * so that a regular expression's ^ and $ match there as they do at the
 * other paragraphs' ends. */
static void build_copy(const char *text, size_t n, unsigned mode, int edges, struct fcopy *c)
{
	const unsigned char *s = (const unsigned char *)text;
	if (n > SEARCH_LIMIT)
		n = SEARCH_LIMIT;
	memset(c, 0, sizeof *c);
	struct builder b = { c, n + n / 8 + 64, 0, 0 };
	c->f = xmalloc(b.cap);
	struct fold_cache *cache = NULL;

	/* The ASCII fast path: what each byte becomes, 0 for the slow path.
	 * A lone blank is one space; runs of them go the slow way. */
	unsigned char low[256];
	for (int i = 0; i < 256; i++) {
		unsigned char v = (unsigned char)i;
		if (i >= 0x80 || i == 0 || i == '\r' || i == '\f' || i == '\v')
			v = 0;
		else if (i == '\t' || i == '\n')
			v = ' ';
		else if ((mode & TEXT_SFOLD_CASE) && i >= 'A' && i <= 'Z')
			v = (unsigned char)(i + 32);
		low[i] = v;
	}

	size_t i = 0;
	while (i < n) {
		/* Room for the rest if it is ASCII, and for one big character. */
		if (b.cap - c->flen < n - i + 64) {
			b.cap = c->flen + (n - i) + (n - i) / 4 + 4096;
			if (b.cap > (size_t)SEARCH_LIMIT + 4096)
				b.cap = (size_t)SEARCH_LIMIT + 4096;
			c->f = xrealloc(c->f, b.cap);
			if (c->flen > SEARCH_LIMIT - 64)
				break;	/* a copy over 2 GiB: search the part done */
		}
		unsigned char ch = s[i];
		if (low[ch] && !(low[ch] == ' ' && (i + 1 >= n || i == 0 ||
				 ascii_space(s[i + 1]) || s[i + 1] >= 0x80))) {
			simple(&b, i);
			unsigned char *f = (unsigned char *)c->f + c->flen;
			size_t j = i;
			for (;;) {
				*f++ = low[s[j++]];
				if (j >= n)
					break;
				unsigned char v = low[s[j]];
				if (!v || (v == ' ' && (j + 1 >= n ||
					   ascii_space(s[j + 1]) || s[j + 1] >= 0x80)))
					break;
			}
			c->flen += j - i;
			i = j;
			continue;
		}
		uint32_t cp = ch;
		size_t len = 1;
		int valid = 1;
		const struct fold_ent *e = NULL;
		if (ch >= 0x80) {
			len = text_decode(text + i, n - i, &cp, &valid);
			if (valid)
				e = fold_lookup(&cache, mode, cp);
		}
		if (ch == 0 || !valid) {
			simple(&b, i);
			c->f[c->flen++] = (char)BAD;
			i += len;
			continue;
		}
		if (ascii_space(ch) || (e && (e->flags & TEXT_SF_SPACE))) {
			/* A run of whitespace: one byte. */
			size_t j = i;
			int breaks = 0;
			while (j < n) {
				unsigned char d = s[j];
				if (d < 0x80) {
					if (!ascii_space(d))
						break;
					if (d == '\n' || d == '\f' || d == '\v' ||
					    (d == '\r' && !(j + 1 < n && s[j + 1] == '\n')))
						breaks++;
					j++;
					continue;
				}
				uint32_t u;
				int ok;
				size_t l = text_decode(text + j, n - j, &u, &ok);
				if (!ok)
					break;
				const struct fold_ent *g = fold_lookup(&cache, mode, u);
				if (!(g->flags & TEXT_SF_SPACE))
					break;
				if (g->flags & TEXT_SF_BREAK)
					breaks += u == 0x2029 ? 2 : 1;
				j += l;
			}
			if (j - i == 1) {
				simple(&b, i);
			} else {
				push(&b, i, ATOMIC);
				b.run = 0;
			}
			c->f[c->flen++] = breaks >= 2 || (edges && (i == 0 || j >= n)) ? '\n' : ' ';
			i = j;
			continue;
		}
		if (!e) {
			/* An ASCII control: itself. */
			simple(&b, i);
			c->f[c->flen++] = (char)ch;
			i++;
			continue;
		}
		if (e->len == 0) {
			/* It vanishes: the next entry starts after it. */
			b.run = 0;
			i += len;
			continue;
		}
		if (e->ncp == 1 && e->len == len) {
			simple(&b, i);
		} else {
			push(&b, i, ATOMIC);
			b.run = 0;
		}
		memcpy(c->f + c->flen, e->out, e->len);
		c->flen += e->len;
		i += len;
	}
	/* The end: (flen, n), never atomic. */
	b.run = 0;
	push(&b, i, 0);
	c->built = 1;
	fold_cache_free(cache);
}

static void fcopy_free(struct fcopy *c)
{
	free(c->f);
	free(c->map);
	memset(c, 0, sizeof *c);
}

/* --- The offset map ------------------------------------------------------- */

/* The last entry whose f is <= f, galloping forward from *hint (scans go
 * forward, so the answer is usually a few entries on). */
static size_t map_find_f(const struct fcopy *c, size_t f, size_t *hint)
{
	const struct map_ent *m = c->map;
	size_t lo = *hint, hi;
	if (lo >= c->nmap || m[lo].f > f)
		lo = 0;
	/* m[lo].f <= f: find hi with m[hi].f > f (or the end). */
	size_t step = 1;
	for (;;) {
		if (lo + step >= c->nmap) {
			hi = c->nmap;
			break;
		}
		if (m[lo + step].f > f) {
			hi = lo + step;
			break;
		}
		lo += step;
		step *= 2;
	}
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (m[mid].f <= f)
			lo = mid;
		else
			hi = mid;
	}
	*hint = lo;
	return lo;
}

/* The original offset of folded offset f, or SIZE_MAX when f is inside the
 * folded form of one character. */
static size_t map_f(const struct fcopy *c, size_t f, size_t *hint)
{
	size_t k = map_find_f(c, f, hint);
	const struct map_ent *e = &c->map[k];
	size_t o = e->o & ~ATOMIC;
	if (e->f == f)
		return o;
	if (e->o & ATOMIC)
		return SIZE_MAX;
	return o + (f - e->f);
}

/* The folded offset where a search for matches starting at or after
 * original offset o must begin. */
static size_t map_o(const struct fcopy *c, size_t o)
{
	const struct map_ent *m = c->map;
	size_t lo = 0, hi = c->nmap;
	if (o == 0)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if ((m[mid].o & ~ATOMIC) <= o)
			lo = mid;
		else
			hi = mid;
	}
	size_t eo = m[lo].o & ~ATOMIC;
	if ((m[lo].o & ATOMIC) || eo >= o)
		return m[lo].f;
	size_t f = m[lo].f + (o - eo);
	if (lo + 1 < c->nmap && f > m[lo + 1].f)
		f = m[lo + 1].f;	/* o is in characters that vanished */
	return f < c->flen ? f : c->flen;
}

/* --- Patterns ------------------------------------------------------------- */

void search_pattern_free(struct search_pattern *p)
{
	if (!p)
		return;
	free(p->text);
	free(p->folded);
	if (p->mdata)
		pcre2_match_data_free(p->mdata);
	if (p->code)
		pcre2_code_free(p->code);
	if (p->mctx)
		pcre2_match_context_free(p->mctx);
	free(p->limit);
	free(p);
}

/* Set once, before searching: a setting, not state that searches change. */
static unsigned long search_match_limit;

void search_set_match_limit(unsigned long limit)
{
	search_match_limit = limit;
}

int search_too_complex(const struct search_pattern *p)
{
	return p && p->limit && *p->limit != 0;
}

char *search_too_complex_message(const struct search_pattern *p)
{
	PCRE2_UCHAR msg[256];
	if (!search_too_complex(p) || pcre2_get_error_message(*p->limit, msg, sizeof msg) < 0)
		strcpy((char *)msg, "the regular-expression engine gave up");
	return xasprintf("'%s' is too complex: %s", p->text, (char *)msg);
}

/* The length of the regular-expression syntax at s[i] whose letters are
 * no text, to be kept as written: an escape with what it names (\W, \p{Lu},
 * \x{C9}, \k<name>), \Q...\E, a group name ((?<name>, (?P<name>,
 * (?'name', (?P=name)) or a POSIX class inside a class ([:alpha:]); 0 if
 * s[i] starts none of them. */
static size_t regex_syntax_len(const char *s, size_t n, size_t i, int in_class)
{
	if (s[i] == '\\' && i + 1 < n && (unsigned char)s[i + 1] < 0x80) {
		size_t j = i + 2;
		char e = s[i + 1];
		if (e == 'Q') {
			const char *end = strstr(s + j, "\\E");
			return (end ? (size_t)(end - s) + 2 : n) - i;
		}
		if (e && strchr("pPxNogk", e) && j < n && (s[j] == '{' || s[j] == '<' || s[j] == '\'')) {
			char close = s[j] == '{' ? '}' : s[j] == '<' ? '>' : '\'';
			while (j < n && s[j] != close)
				j++;
			j += j < n;
		}
		return j - i;
	}
	if (!in_class && s[i] == '(' && i + 2 < n && s[i + 1] == '?') {
		size_t j = i + 2;
		if (s[j] == 'P')
			j++;
		if (j < n && (s[j] == '<' || s[j] == '\'' || s[j] == '=') &&
		    !(s[j] == '<' && j + 1 < n && (s[j + 1] == '=' || s[j + 1] == '!'))) {
			char close = s[j] == '<' ? '>' : s[j] == '\'' ? '\'' : ')';
			j++;
			while (j < n && s[j] != close)
				j++;
			return j + (j < n && close != ')') - i;
		}
		return 0;
	}
	if (in_class && s[i] == '[' && i + 1 < n && s[i + 1] == ':') {
		const char *end = strstr(s + i, ":]");
		return (end ? (size_t)(end - s) + 2 : n) - i;
	}
	return 0;
}

/* Whether the letters of a pattern have upper case or accents. In a
 * regular expression, escapes (\W, \p{Lu}, \x{C9}), group names and, for
 * accents, character classes are skipped. */
static void pattern_scan(const char *s, size_t n, int regex, int *upper, int *accent)
{
	int in_class = 0;
	*upper = *accent = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (regex && c == '\\' && i + 1 < n && s[i + 1] == 'Q') {
			/* \Q...\E is literal text: its letters count. */
			const char *end = strstr(s + i + 2, "\\E");
			size_t stop = end ? (size_t)(end - s) : n;
			int u, a;
			pattern_scan(s + i + 2, stop - i - 2, 0, &u, &a);
			*upper |= u;
			*accent |= a && !in_class;
			i = end ? stop + 2 : n;
			continue;
		}
		size_t k = regex ? regex_syntax_len(s, n, i, in_class) : 0;
		if (k) {
			i += k;
			continue;
		}
		if (regex && c == '[' && !in_class) {
			in_class = 1;
			i++;
			if (i < n && s[i] == '^')
				i++;
			if (i < n && s[i] == ']')
				i++;
			continue;
		}
		if (regex && in_class && c == ']') {
			in_class = 0;
			i++;
			continue;
		}
		uint32_t cp;
		int valid;
		size_t l = text_decode(s + i, n - i, &cp, &valid);
		if (valid) {
			char out[TEXT_SFOLD_MAX];
			unsigned fl;
			if (c >= 'A' && c <= 'Z')
				fl = TEXT_SF_UPPER;
			else if (c < 0x80)
				fl = 0;
			else
				text_search_fold_cp(cp, 0, out, &fl);
			if (fl & TEXT_SF_UPPER)
				*upper = 1;
			if ((fl & TEXT_SF_STRIPPED) && !in_class)
				*accent = 1;
		}
		i += l;
	}
}

/* Appends len bytes to out, each mapped to pattern offset `from`. */
static size_t emit(char *out, size_t *map, size_t o, const char *p, size_t len, size_t from)
{
	memcpy(out + o, p, len);
	for (size_t k = 0; k < len; k++)
		map[o + k] = from;
	return o + len;
}

/* Rewrites a regular expression's non-ASCII letters into their folded form
 * (see the comment at the top). *offs gets, for each byte of the result
 * (and one past its end), the offset in s it came from. */
static char *regex_rewrite(const char *s, size_t n, unsigned mode, size_t **offs, size_t *outlen)
{
	size_t cap = n * 8 + 16;
	char *out = xmalloc(cap);
	size_t *map = xmalloc(cap * sizeof *map);
	size_t o = 0;
	int in_class = 0;
#define EMIT(p, len, from) o = emit(out, map, o, (p), (len), (from))
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\' && i + 1 < n && (unsigned char)s[i + 1] >= 0x80) {
			i++;	/* "\é" is a literal é: fold it like one */
			c = (unsigned char)s[i];
		}
		size_t k = regex_syntax_len(s, n, i, in_class);
		if (k) {
			for (size_t j = i + k; i < j; i++)
				EMIT(s + i, 1, i);
			continue;
		}
		if (c < 0x80) {
			if (c == '[' && !in_class) {
				in_class = 1;
				EMIT(s + i, 1, i);
				i++;
				if (i < n && s[i] == '^') {
					EMIT(s + i, 1, i);
					i++;
				}
				if (i < n && s[i] == ']') {
					EMIT(s + i, 1, i);
					i++;
				}
				continue;
			}
			if (c == ']' && in_class)
				in_class = 0;
			EMIT(s + i, 1, i);
			i++;
			continue;
		}
		uint32_t cp;
		int valid;
		size_t l = text_decode(s + i, n - i, &cp, &valid);
		char f[TEXT_SFOLD_MAX];
		unsigned fl = 0;
		size_t fn = valid ? text_search_fold_cp(cp, mode, f, &fl) : 0;
		size_t ncp = 0;
		for (size_t k = 0; k < fn; k++)
			ncp += ((unsigned char)f[k] & 0xC0) != 0x80;
		if (!valid) {
			EMIT(s + i, l, i);	/* PCRE2 will say what is wrong */
		} else if (fl & TEXT_SF_SPACE) {
			EMIT(" ", 1, i);
		} else if (in_class) {
			/* One character for one, unless it is a range's end. */
			int range = (i > 0 && s[i - 1] == '-') || (i + l < n && s[i + l] == '-');
			if (ncp == 1 && !range)
				EMIT(f, fn, i);
			else
				EMIT(s + i, l, i);
		} else if (ncp == 1) {
			EMIT(f, fn, i);
		} else {
			EMIT("(?:", 3, i);
			EMIT(f, fn, i);
			EMIT(")", 1, i);
		}
		i += l;
	}
	map[o] = n;
#undef EMIT
	out[o] = '\0';
	*offs = map;
	*outlen = o;
	return out;
}

/* A word character of any script, for the lookarounds of a whole-word
 * regular expression: as text_is_word_char, in PCRE2's terms. */
#define WORD_CLASS "[\\p{L}\\p{M}\\p{N}\\p{Pc}]"
/* Not between two word characters: text_is_word_edge, as PCRE2 can test
 * it on the folded copy. */
#define WORD_EDGE "(?!(?<=" WORD_CLASS ")" WORD_CLASS ")"

/* Whether re[i..) starts an option-setting verb such as (*UCP) or
 * (*LIMIT_MATCH=10), which PCRE2 takes only at the very start; not a
 * backtracking verb such as (*ACCEPT), nor (*pla: and the like. */
static int regex_option_verb(const char *re, size_t rlen, size_t i)
{
	static const char *const backtracking[] = { "ACCEPT", "FAIL", "F)", "COMMIT", "PRUNE", "SKIP", "THEN", "MARK" };
	if (i + 2 >= rlen || re[i] != '(' || re[i + 1] != '*' || re[i + 2] < 'A' || re[i + 2] > 'Z')
		return 0;
	for (size_t k = 0; k < sizeof backtracking / sizeof *backtracking; k++) {
		size_t l = strlen(backtracking[k]);
		if (rlen - (i + 2) >= l && memcmp(re + i + 2, backtracking[k], l) == 0)
			return 0;
	}
	return 1;
}

/* The rewritten expression re[0..rlen) made to match whole words only, so
 * that PCRE2 itself tries the alternatives that do not cut a word; leading
 * option verbs must stay in front. \E ends a \Q that was never ended (an
 * \E alone does nothing). A new string. */
static char *regex_whole_words(const char *re, size_t rlen)
{
	size_t lead = 0;
	while (regex_option_verb(re, rlen, lead)) {
		const char *close = memchr(re + lead, ')', rlen - lead);
		if (!close)
			break;
		lead = (size_t)(close - re) + 1;
	}
	return xasprintf("%.*s" WORD_EDGE "(?:%.*s\\E)" WORD_EDGE, (int)lead, re, (int)(rlen - lead), re + lead);
}

struct search_pattern *search_compile(const char *pattern, int flags, char **err, size_t *err_at)
{
	size_t n = strlen(pattern);
	int regex = (flags & SEARCH_REGEX) != 0;
	struct search_pattern *p = xcalloc(1, sizeof *p);
	p->text = xstrdup(pattern);
	p->regex = regex;
	p->word = (flags & SEARCH_WORD) != 0;
	p->limit = xcalloc(1, sizeof *p->limit);
	int upper, accent;
	pattern_scan(pattern, n, regex, &upper, &accent);
	p->caseless = !upper;
	p->ignore_accents = !accent;
	p->mode = (p->caseless ? TEXT_SFOLD_CASE : 0) | (p->ignore_accents ? TEXT_SFOLD_ACCENTS : 0);
	if (err)
		*err = NULL;
	if (!regex) {
		/* The pattern in the same form as the text, by the same code. */
		struct fcopy c;
		build_copy(pattern, n, p->mode, 0, &c);
		p->folded = c.f;
		p->flen = c.flen;
		c.f = NULL;
		fcopy_free(&c);
		p->never = p->flen == 0 || memchr(p->folded, BAD, p->flen) != NULL;
		/* The longest run of printable ASCII but blanks, for the sieve. */
		for (size_t i = 0, run = 0; i < p->flen; i++) {
			unsigned char ch = (unsigned char)p->folded[i];
			run = ch > ' ' && ch < 0x7F ? run + 1 : 0;
			if (run > p->sieve_len) {
				p->sieve_len = run;
				p->sieve_at = i + 1 - run;
			}
		}
		return p;
	}
	/* Case is left to PCRE2 (and the folded copy); accents are removed
	 * from the pattern's letters as from the text. */
	size_t *offs, rlen;
	char *re = regex_rewrite(pattern, n, p->mode, &offs, &rlen);
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_MULTILINE;
	if (p->caseless)
		opts |= PCRE2_CASELESS;
	int code;
	PCRE2_SIZE off;
	pcre2_code *re_code = pcre2_compile((PCRE2_SPTR)re, rlen, opts, &code, &off, NULL);
	if (!re_code) {
		PCRE2_UCHAR msg[256];
		if (pcre2_get_error_message(code, msg, sizeof msg) < 0)
			strcpy((char *)msg, "invalid regular expression");
		size_t at = off <= rlen ? offs[off] : n;
		size_t chars = 0;
		for (size_t i = 0; i < at;) {
			uint32_t cp;
			int valid;
			i += text_decode(pattern + i, at - i, &cp, &valid);
			chars++;
		}
		if (err)
			*err = xasprintf("%s at character %zu", (char *)msg, chars + 1);
		if (err_at)
			*err_at = at;
		free(re);
		free(offs);
		search_pattern_free(p);
		return NULL;
	}
	if (p->word) {
		/* When the wrapped expression does not compile (a trailing
		 * comment in (?x) mode swallows the wrapper), the plain one
		 * serves: the matches are still whole words, checked one by
		 * one, only an alternative that cuts a word is not retried. */
		char *w = regex_whole_words(re, rlen);
		pcre2_code *wc = pcre2_compile((PCRE2_SPTR)w, strlen(w), opts, &code, &off, NULL);
		if (wc) {
			pcre2_code_free(re_code);
			re_code = wc;
		}
		free(w);
	}
	free(re);
	free(offs);
	pcre2_jit_compile(re_code, PCRE2_JIT_COMPLETE);	/* the interpreter if it fails */
	p->code = re_code;
	p->mdata = pcre2_match_data_create_from_pattern(re_code, NULL);
	if (search_match_limit) {
		p->mctx = pcre2_match_context_create(NULL);
		pcre2_set_match_limit(p->mctx, (uint32_t)search_match_limit);
	}
	return p;
}

/* --- Texts and matching --------------------------------------------------- */

struct search_text *search_prepare(const char *s, size_t n, int build_now)
{
	struct search_text *t = xcalloc(1, sizeof *t);
	t->s = s;
	t->n = n;
	if (build_now)
		build_copy(s, n, TEXT_SFOLD_CASE | TEXT_SFOLD_ACCENTS, 1,
			   &t->copy[TEXT_SFOLD_CASE | TEXT_SFOLD_ACCENTS]);
	return t;
}

void search_text_free(struct search_text *t)
{
	if (!t)
		return;
	for (int i = 0; i < NMODES; i++)
		fcopy_free(&t->copy[i]);
	free(t);
}

int search_may_match(const struct search_pattern *p, const char *s, size_t n)
{
	if (p && p->never)
		return 0;
	if (!p || p->regex || p->sieve_len == 0)
		return 1;
	return sieve_may_contain(s, n, p->folded + p->sieve_at, p->sieve_len, (p->mode & TEXT_SFOLD_CASE) != 0);
}

static struct fcopy *copy_for(struct search_text *t, const struct search_pattern *p)
{
	struct fcopy *c = &t->copy[p->mode];
	if (!c->built)
		build_copy(t->s, t->n, p->mode, 1, c);
	return c;
}

/* Whether folded [fs, fe) is a match of whole characters of the original;
 * if so, fills *m. */
static int check_match(const struct search_text *t, const struct fcopy *c, size_t fs, size_t fe,
		       size_t *hint, struct search_match *m)
{
	/* The entry holding fs; fe is usually in the same one. */
	size_t k = map_find_f(c, fs, hint);
	const struct map_ent *e = &c->map[k];
	size_t os, oe, eo = e->o & ~ATOMIC;
	if (e->f == fs)
		os = eo;
	else if (e->o & ATOMIC)
		return 0;
	else
		os = eo + (fs - e->f);
	if (k + 1 < c->nmap && fe < e[1].f) {
		if (e->o & ATOMIC)
			return 0;	/* fe is inside one character's form */
		oe = eo + (fe - e->f);
	} else {
		oe = map_f(c, fe, hint);
		if (oe == SIZE_MAX || oe <= os)
			return 0;
	}
	/* Both ends must be cluster boundaries of the original. Between two
	 * ASCII bytes of the copy they are: ASCII there comes only from
	 * characters that nothing joins (letters, digits, punctuation, blank
	 * runs; CR LF is inside a run), and the marks and invisible characters
	 * that vanish before it never join what follows. That spares a cache
	 * miss in the original per match. */
	const unsigned char *f = (const unsigned char *)c->f;
	if (!(fs == 0 || (f[fs - 1] < 0x80 && f[fs] < 0x80)) &&
	    !text_is_cluster_boundary(t->s, t->n, os))
		return 0;
	if (!(fe == c->flen || (f[fe - 1] < 0x80 && f[fe] < 0x80)) &&
	    !text_is_cluster_boundary(t->s, t->n, oe))
		return 0;
	m->start = os;
	m->end = oe;
	return 1;
}

/* The next character start after folded offset f. */
static size_t next_char(const struct fcopy *c, size_t f)
{
	f++;
	while (f < c->flen && ((unsigned char)c->f[f] & 0xC0) == 0x80)
		f++;
	return f;
}

/* The next place at or after folded offset fpos where p matches the
 * folded copy, as folded [*fs, *fe); 0 if there is none. */
static int next_candidate(const struct search_pattern *p, const struct fcopy *c, size_t fpos, size_t *fs,
			  size_t *fe)
{
	if (!p->regex) {
		if (fpos + p->flen > c->flen)
			return 0;
		const char *hit = memmem(c->f + fpos, c->flen - fpos, p->folded, p->flen);
		if (!hit)
			return 0;
		*fs = (size_t)(hit - c->f);
		*fe = *fs + p->flen;
		return 1;
	}
	if (fpos > c->flen)
		return 0;
	int rc = pcre2_match(p->code, (PCRE2_SPTR)c->f, c->flen, fpos, 0, p->mdata, p->mctx);
	if (rc < 0) {
		/* Anything but "no match" is PCRE2 giving up (a limit, the JIT
		 * stack): the search cannot say there is no match. */
		if (rc != PCRE2_ERROR_NOMATCH)
			*p->limit = rc;
		return 0;
	}
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->mdata);
	*fs = ov[0];
	*fe = ov[1];
	return 1;
}

size_t search_find_all(struct search_text *t, const struct search_pattern *p, size_t from,
		       size_t to, search_fn fn, void *ctx)
{
	if (!t || !p || p->never || from >= to || from >= t->n)
		return 0;
	const struct fcopy *c = copy_for(t, p);
	size_t fpos = map_o(c, from), hint = 0, count = 0, fs, fe;
	struct search_match m;
	while (next_candidate(p, c, fpos, &fs, &fe)) {
		if (fe > fs && check_match(t, c, fs, fe, &hint, &m) &&
		    (!p->word || (text_is_word_edge(t->s, t->n, m.start) && text_is_word_edge(t->s, t->n, m.end)))) {
			if (m.start >= to)
				break;
			if (m.start >= from) {
				count++;
				if (fn && fn(&m, ctx))
					break;
				fpos = fe;
				continue;
			}
		}
		if (fs >= c->flen)
			break;
		fpos = next_char(c, fs);
	}
	return count;
}

size_t search_count(struct search_text *t, const struct search_pattern *p)
{
	return search_find_all(t, p, 0, SIZE_MAX, NULL, NULL);
}

static int take_first(const struct search_match *m, void *ctx)
{
	*(struct search_match *)ctx = *m;
	return 1;
}

static int take_last(const struct search_match *m, void *ctx)
{
	*(struct search_match *)ctx = *m;
	return 0;
}

int search_next(struct search_text *t, const struct search_pattern *p, size_t from,
		struct search_match *m, int *wrapped)
{
	*wrapped = 0;
	if (search_find_all(t, p, from, SIZE_MAX, take_first, m))
		return 1;
	if (from > 0 && search_find_all(t, p, 0, from, take_first, m)) {
		*wrapped = 1;
		return 1;
	}
	return 0;
}

/* The last match starting in [lo, hi), searched backwards in growing
 * windows so that a match close to hi is found fast. */
static int last_in(struct search_text *t, const struct search_pattern *p, size_t lo, size_t hi,
		   struct search_match *m)
{
	size_t w = 64 * 1024;
	while (hi > lo) {
		size_t a = hi - lo > w ? hi - w : lo;
		if (search_find_all(t, p, a, hi, take_last, m))
			return 1;
		hi = a;
		if (w < SIZE_MAX / 4)
			w *= 4;
	}
	return 0;
}

int search_prev(struct search_text *t, const struct search_pattern *p, size_t before,
		struct search_match *m, int *wrapped)
{
	*wrapped = 0;
	if (before > t->n)
		before = t->n;
	if (last_in(t, p, 0, before, m))
		return 1;
	if (last_in(t, p, before, t->n, m)) {
		*wrapped = 1;
		return 1;
	}
	return 0;
}

/* --- The command line ----------------------------------------------------- */

void search_printer_init(struct search_printer *p, FILE *out, const char *path, const char *s, size_t n)
{
	*p = (struct search_printer){ .out = out, .path = path, .s = s, .n = n, .line = 1, .line_end = SIZE_MAX };
}

/* Writes s[a..b) as it can be shown: bad bytes and controls as U+FFFD;
 * runs of good characters in one write. */
static void print_clean(FILE *out, const char *s, size_t a, size_t b)
{
	size_t run = a;
	for (size_t i = a; i < b;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		uint32_t cp;
		int valid;
		size_t l = text_decode(s + i, b - i, &cp, &valid);
		if (!valid || (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp < 0xA0)) {
			fwrite(s + run, 1, i - run, out);
			fputs("\xef\xbf\xbd", out);
			run = i + l;
		}
		i += l;
	}
	fwrite(s + run, 1, b - run, out);
}

/* Moves the printer's position on to offset `to` (in the current line or
 * a later one), keeping the line number, the character count and the
 * starts of the last characters passed. */
static void printer_advance(struct search_printer *pc, size_t to)
{
	const char *s = pc->s;
	for (;;) {
		const char *nl = memchr(s + pc->cpos, '\n', to - pc->cpos);
		if (!nl)
			break;
		pc->line++;
		pc->line_start = pc->cpos = (size_t)(nl - s) + 1;
		pc->line_end = SIZE_MAX;
		pc->chars = 0;
	}
	while (pc->cpos < to) {
		uint32_t cp;
		int valid;
		pc->ring[pc->chars % SEARCH_PRINT_RING] = pc->cpos;
		pc->cpos += text_decode(s + pc->cpos, pc->n - pc->cpos, &cp, &valid);
		pc->chars++;
	}
	pc->ring[pc->chars % SEARCH_PRINT_RING] = pc->cpos;
}

/* Finds the current line's end and whether it is wide, once per line:
 * the characters after the position are counted once, up to the limit. */
static void printer_line_end(struct search_printer *pc)
{
	if (pc->line_end != SIZE_MAX)
		return;
	const char *s = pc->s;
	const char *nl = memchr(s + pc->cpos, '\n', pc->n - pc->cpos);
	size_t end = nl ? (size_t)(nl - s) : pc->n;
	if (end > pc->line_start && s[end - 1] == '\r')
		end--;
	pc->line_end = end;
	size_t chars = pc->chars;
	for (size_t i = pc->cpos; i < end && chars <= SEARCH_PRINT_WIDE; chars++) {
		uint32_t cp;
		int valid;
		i += text_decode(s + i, end - i, &cp, &valid);
	}
	pc->line_wide = chars > SEARCH_PRINT_WIDE;
}

int search_print_match(const struct search_match *m, void *ctx)
{
	struct search_printer *pc = ctx;
	const char *s = pc->s;
	if (m->start < pc->cpos || m->start > pc->n)
		search_printer_init(pc, pc->out, pc->path, pc->s, pc->n);	/* out of order: count again */
	printer_advance(pc, m->start < pc->n ? m->start : pc->n);
	printer_line_end(pc);
	fprintf(pc->out, "%s:%zu:%zu:", pc->path, pc->line, pc->chars + 1);
	if (!pc->line_wide) {
		print_clean(pc->out, s, pc->line_start, pc->line_end);
		fputc('\n', pc->out);
		return 0;
	}
	/* A window: back to the ring's record of the character
	 * SEARCH_PRINT_CONTEXT before, on from the match's end. */
	size_t back = pc->chars < SEARCH_PRINT_CONTEXT ? pc->chars : SEARCH_PRINT_CONTEXT;
	size_t ws = pc->ring[(pc->chars - back) % SEARCH_PRINT_RING];
	size_t we = m->end < pc->line_end ? m->end : pc->line_end;
	for (size_t k = 0; k < SEARCH_PRINT_CONTEXT && we < pc->line_end; k++) {
		uint32_t cp;
		int valid;
		we += text_decode(s + we, pc->line_end - we, &cp, &valid);
	}
	if (ws > pc->line_start)
		fputs("\xe2\x80\xa6", pc->out);
	print_clean(pc->out, s, ws, we);
	if (we < pc->line_end)
		fputs("\xe2\x80\xa6", pc->out);
	fputc('\n', pc->out);
	return 0;
}

/* --search over a corpus, on every core: each article is searched (and
 * its matches printed into memory) by whichever thread takes it, and the
 * caller's thread writes the articles' output in the corpus's order, so
 * that the output is the same as one thread's. */
struct search_job {
	FILE *out;
	struct corpus *c;
	const struct search_pattern *p;
	struct search_pattern *mine[POOL_MAX];	/* each thread's copy of p */
	long total;
};

/* What searching one article gave. */
struct search_found {
	char *text;		/* the lines printed */
	size_t len;
	long count;		/* matches */
	int limit;		/* the PCRE2 error that stopped it, or 0 */
};

/* A copy of p for one thread: PCRE2's match data and the limit reached
 * are written by each search; the compiled pattern is only read. */
static struct search_pattern *search_pattern_for_thread(const struct search_pattern *p)
{
	struct search_pattern *q = xmalloc(sizeof *q);
	*q = *p;
	q->limit = xcalloc(1, sizeof *q->limit);
	if (p->code)
		q->mdata = pcre2_match_data_create_from_pattern(p->code, NULL);
	return q;
}

static void search_pattern_for_thread_free(struct search_pattern *q)
{
	if (!q)
		return;
	if (q->mdata)
		pcre2_match_data_free(q->mdata);
	free(q->limit);
	free(q);
}

static void *search_job_work(size_t i, size_t worker, void *ctx)
{
	struct search_job *j = ctx;
	struct article *a = corpus_text(j->c, i);
	struct search_pattern *p = j->mine[worker];
	if (!search_may_match(p, a->data, a->len))
		return NULL;
	struct search_found *f = xcalloc(1, sizeof *f);
	FILE *mem = xmemstream(&f->text, &f->len);
	struct search_text *t = search_prepare(a->data, a->len, 0);
	struct search_printer pc;
	search_printer_init(&pc, mem, article_name(a), a->data, a->len);
	*p->limit = 0;
	f->count = (long)search_find_all(t, p, 0, SIZE_MAX, search_print_match, &pc);
	f->limit = *p->limit;
	search_text_free(t);
	fclose(mem);
	return f;
}

static void search_job_drop(void *result, void *ctx)
{
	(void)ctx;
	struct search_found *f = result;
	free(f->text);
	free(f);
}

static int search_job_take(size_t i, void *result, void *ctx)
{
	(void)i;
	struct search_job *j = ctx;
	struct search_found *f = result;
	if (!f)
		return 0;
	fwrite(f->text, 1, f->len, j->out);
	j->total += f->count;
	int stop = f->limit != 0;
	if (stop)
		*j->p->limit = f->limit;	/* too complex: nothing after it */
	search_job_drop(f, ctx);
	return stop;
}

long search_print(FILE *out, struct corpus *c, const char *pattern, int flags, char **err)
{
	struct search_pattern *p = search_compile(pattern, flags, err, NULL);
	if (!p)
		return -1;
	struct search_job j = { out, c, p, { NULL }, 0 };
	size_t workers = pool_workers(c->n);
	for (size_t w = 0; w < workers; w++)
		j.mine[w] = search_pattern_for_thread(p);
	pool_run(c->n, workers, search_job_work, search_job_take, search_job_drop, &j);
	for (size_t w = 0; w < workers; w++)
		search_pattern_for_thread_free(j.mine[w]);
	long total = j.total;
	if (search_too_complex(p)) {
		if (err)
			*err = search_too_complex_message(p);
		total = -1;
	}
	search_pattern_free(p);
	return total;
}
