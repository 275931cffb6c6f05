/* article: reading a file, its header lines, its paragraphs, which of them
 * are web boilerplate, and its title. */
#define _GNU_SOURCE /* memmem */
#include "article.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <unistd.h>

#include "text.h"
#include "xmalloc.h"

/* Header keys recognised at the top of a file ("Title: ...", "date ..."). */
static const char *const article_keys[] = {
	"title", "headline", "date", "published", "updated", "source",
	"publisher", "author", "authors", "byline", "by", "url", "link",
	"section", "tags", "keywords", "language", "lang", NULL
};

/* A line of the body. */
struct article_line {
	size_t ls, le;	/* the line, without its line break */
	size_t cs, ce;	/* its content, without surrounding whitespace */
	int indent;	/* columns of leading whitespace (tab = 8) */
	int width;	/* characters of content */
	int pre;	/* laid out with runs of spaces: a table */
};

static int article_ascii_ieq(const char *a, size_t n, const char *b)
{
	size_t m = strlen(b);
	if (n != m)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)a[i]) != b[i])
			return 0;
	return 1;
}

/* Case-insensitive search for the ASCII, lowercase needle in s[0..n). */
static int article_icontains(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	if (m == 0 || m > n)
		return m == 0;
	for (size_t i = 0; i + m <= n; i++) {
		size_t j = 0;
		while (j < m && tolower((unsigned char)s[i + j]) == needle[j])
			j++;
		if (j == m)
			return 1;
	}
	return 0;
}

static int article_istarts(const char *s, size_t n, const char *prefix)
{
	size_t m = strlen(prefix);
	return n >= m && article_ascii_ieq(s, m, prefix);
}

static int article_known_key(const char *s, size_t n)
{
	for (int i = 0; article_keys[i]; i++)
		if (article_ascii_ieq(s, n, article_keys[i]))
			return 1;
	return 0;
}

static int article_is_hspace(char c)
{
	return c == ' ' || c == '\t';
}

/* article_looks_binary, which also tells in *ascii whether it looked at
 * every byte and found them all ASCII. */
static int article_scan(const char *data, size_t len, int *ascii)
{
	*ascii = 0;
	static const char *const magic[] = {
		"\x89PNG", "\x7f" "ELF", "\x1f\x8b", "PK\x03\x04", "GIF8", "\xff\xd8\xff",
		"%PDF-", "BZh", "\xfd" "7zXZ", NULL
	};
	for (int i = 0; magic[i]; i++) {
		/* The first byte first: a strlen and a memcmp for each magic
		 * showed in reading thousands of files. */
		if (!len || data[0] != magic[i][0])
			continue;
		size_t m = strlen(magic[i]);
		if (len >= m && memcmp(data, magic[i], m) == 0)
			return 1;
	}
	/* A few stray NULs or bad bytes are damage in a text file; many of
	 * them mean the file is not text at all. */
	size_t n = len < 8192 ? len : 8192, bad = 0, nul = 0, high = 0;
	for (size_t i = 0; i < n;) {
		unsigned char b = (unsigned char)data[i];
		/* Printable ASCII and the usual blanks: text, and most bytes;
		 * eight of them at a time while none is below 0x20 or above
		 * 0x7F (the usual bit trick: a byte under 0x20 borrows). */
		if ((b >= 0x20 && b < 0x80) || b == '\n' || b == '\t' || b == '\r') {
			i++;
			while (i + 8 <= n) {
				uint64_t w;
				memcpy(&w, data + i, 8);
				uint64_t m = (w | (w - 0x2020202020202020ull)) & 0x8080808080808080ull;
				if (m) {
					/* Marked exactly this time, a line break not: the
					 * bytes above 0x7F, and those under 0x20 but LF. */
					uint64_t lf = w ^ 0x0a0a0a0a0a0a0a0aull;
					lf = ~(((lf & 0x7f7f7f7f7f7f7f7full) + 0x7f7f7f7f7f7f7f7full) | lf);
					m = (w | ~(((w & 0x7f7f7f7f7f7f7f7full) + 0x6060606060606060ull) | lf)) &
					    0x8080808080808080ull;
				}
				if (m) {
					/* On at the first byte that is not, not at the
					 * eight's first: a line break cost eight turns. */
					i += (size_t)__builtin_ctzll(m) >> 3;
					break;
				}
				i += 8;
			}
			continue;
		}
		high |= b >= 0x80;
		uint32_t cp;
		int valid;
		size_t l = text_decode(data + i, n - i, &cp, &valid);
		if (i + l == n && n < len && !valid)
			break; /* a character cut by the sample's end */
		if (cp == 0)
			nul++;
		/* A byte that is not UTF-8 may be Windows-1252 text (an accented
		 * letter), unless that code page leaves it undefined. */
		unsigned char u = (unsigned char)data[i];
		if ((!valid && l == 1 && (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D)) ||
		    (valid && cp < 0x20 && !text_is_space(cp) && cp != 0x1b))
			bad++;
		i += l;
	}
	*ascii = !high && n == len;
	return n > 0 && (nul * 20 > n || bad * 16 > n);
}

int article_looks_binary(const char *data, size_t len)
{
	int ascii;
	return article_scan(data, len, &ascii);
}

/* A header line longer than this is prose that happens to start like one. */
#define ARTICLE_HEADER_MAX 1024

static void article_add_field(struct article *a, size_t *cap, size_t ks, size_t ke,
			      size_t vs, size_t ve)
{
	while (ve > vs && isspace((unsigned char)a->data[ve - 1]))
		ve--;
	a->fields = xgrow(a->fields, cap, a->nfields + 1, sizeof *a->fields);
	struct article_field *f = &a->fields[a->nfields++];
	f->key_start = ks;
	f->key_end = ke;
	f->value_start = vs;
	f->value_end = ve;
	f->key = xstrndup(a->data + ks, ke - ks);
	for (char *p = f->key; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	f->value = text_clean(a->data + vs, ve - vs);
}

/* Where the first CR at or after pos is, n if none. */
static size_t article_next_cr(const char *d, size_t n, size_t pos)
{
	const char *cr = memchr(d + pos, '\r', n - pos);
	return cr ? (size_t)(cr - d) : n;
}

/* The end of the line at pos (before its LF, CR or CR LF); *next gets
 * where the next line starts. *cr is article_next_cr of a place at or
 * before pos, kept from line to line: most texts have no CR, and a
 * search for one in each line cost as much as the search for its end. */
static size_t article_line_end(const char *d, size_t n, size_t pos, size_t *next, size_t *cr)
{
	if (*cr < pos)
		*cr = article_next_cr(d, n, pos);
	const char *lf = memchr(d + pos, '\n', n - pos);
	size_t le = lf ? (size_t)(lf - d) : n;
	if (*cr < le)
		le = *cr;
	size_t nx = le;
	if (nx < n && d[nx] == '\r')
		nx++;
	if (nx < n && d[nx] == '\n' && (nx == le || d[nx - 1] == '\r'))
		nx++;
	*next = nx;
	return le;
}

/* Reads the header lines; returns where the body starts. */
static size_t article_parse_header(struct article *a, size_t pos)
{
	const char *d = a->data;
	size_t n = a->len, cap = 0, cr = article_next_cr(d, n, pos);
	while (pos < n) {
		size_t next, le = article_line_end(d, n, pos, &next, &cr);
		size_t ks = pos;
		while (ks < le && article_is_hspace(d[ks]))
			ks++;
		if (le - ks > ARTICLE_HEADER_MAX && a->nfields > 0)
			return pos;
		if (ks == le) {
			/* A blank line ends a header; blank lines before one are skipped. */
			if (a->nfields > 0)
				return next;
			pos = next;
			continue;
		}
		size_t ke = ks;
		while (ke < le && (isalpha((unsigned char)d[ke]) || d[ke] == '-' ||
				   (d[ke] == ' ' && ke + 1 < le && isalpha((unsigned char)d[ke + 1]))))
			ke++;
		if (ke > ks && ke < le && d[ke] == ':' && article_known_key(d + ks, ke - ks)) {
			size_t vs = ke + 1;
			while (vs < le && article_is_hspace(d[vs]))
				vs++;
			if (vs < le && le - ks <= ARTICLE_HEADER_MAX) {
				article_add_field(a, &cap, ks, ke, vs, le);
				pos = next;
				continue;
			}
		}
		/* The machine form "key value": only lowercase keys, and values
		 * that look like what the key promises, so that prose such as
		 * "Date palms..." is never taken for a header. */
		ke = ks;
		while (ke < le && islower((unsigned char)d[ke]))
			ke++;
		if (ke > ks && ke < le && article_is_hspace(d[ke]) && article_known_key(d + ks, ke - ks)) {
			size_t vs = ke;
			while (vs < le && article_is_hspace(d[vs]))
				vs++;
			size_t ve = vs;
			int dated = article_ascii_ieq(d + ks, ke - ks, "date") ||
				    article_ascii_ieq(d + ks, ke - ks, "published") ||
				    article_ascii_ieq(d + ks, ke - ks, "updated");
			int linked = article_ascii_ieq(d + ks, ke - ks, "url") ||
				     article_ascii_ieq(d + ks, ke - ks, "link");
			if (dated && vs < le && isdigit((unsigned char)d[vs])) {
				while (ve < le && (isdigit((unsigned char)d[ve]) || strchr("-:+./TZ", d[ve])))
					ve++;
			} else if (linked) {
				while (ve < le && !isspace((unsigned char)d[ve]))
					ve++;
				if (!article_icontains(d + vs, ve - vs, "://") &&
				    !article_istarts(d + vs, ve - vs, "www."))
					ve = vs;
			} else if (!dated && !linked && le - ks <= ARTICLE_HEADER_MAX) {
				ve = le;
			}
			if (ve > vs) {
				article_add_field(a, &cap, ks, ke, vs, ve);
				size_t rest = ve;
				while (rest < le && article_is_hspace(d[rest]))
					rest++;
				if (rest < le)
					return rest; /* the body goes on on the same line */
				pos = next;
				continue;
			}
		}
		return pos;
	}
	return pos;
}

static inline int article_count_chars(const char *s, size_t n)
{
	/* Bytes that do not continue a character, eight at a time: a byte
	 * continues one when its top bits are 10. */
	size_t cont = 0, i = 0;
#if defined(__SSE2__)
	/* Sixteen at a time: a continuing byte, 0x80 to 0xBF, is below
	 * 0xC0 as a signed byte; the counts of up to 255 rounds are kept a
	 * byte a lane, then added up. */
	const __m128i lim = _mm_set1_epi8((char)0xC0), zero = _mm_setzero_si128();
	while (i + 16 <= n) {
		__m128i acc = zero;
		size_t stop = n - i > 16 * 255 ? i + 16 * 255 : n;
		for (; i + 16 <= stop; i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), lim));
		__m128i sum = _mm_sad_epu8(acc, zero);
		cont += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_extract_epi16(sum, 4);
	}
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t m = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
		cont += (size_t)((m * 0x0101010101010101ull) >> 56);
	}
	if (i < n && n >= 8) {
		/* The last few bytes as the top of the eight that end s. */
		uint64_t w;
		memcpy(&w, s + n - 8, 8);
		w >>= 8 * (8 - (n - i));
		uint64_t m = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
		cont += (size_t)((m * 0x0101010101010101ull) >> 56);
		i = n;
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return (int)(n - cont);
}

/* 0x80 in each byte of the eight at s that equals c, 0 in the others:
 * the scans of a 50 MB article look at eight bytes at a time. */
static uint64_t article_bytes_eq(const char *s, unsigned char c)
{
	uint64_t w;
	memcpy(&w, s, 8);
	uint64_t x = w ^ (0x0101010101010101ull * c);
	return ~(((x & 0x7f7f7f7f7f7f7f7full) + 0x7f7f7f7f7f7f7f7full) | x) & 0x8080808080808080ull;
}

/* 0x80 in each of the first seven bytes of the eight at s that may be a
 * tab or the first of two blanks or two dots in a row, and in each that
 * is: with the blank's bits off (w ^ 0x20), a byte equal to the next one
 * and 0 or 0x0E but for the bits 0x0E (a blank, a dot or one of a few
 * others) ends in a zero byte, as does a tab, which the test for a zero
 * byte (borrowing into the byte above one) finds. */
static inline uint64_t article_may_pre(const char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	uint64_t v = w ^ 0x2020202020202020ull, tab = w ^ 0x0909090909090909ull;
	uint64_t pair = (v ^ (v >> 8)) | (v & 0xf1f1f1f1f1f1f1f1ull);
	pair = (pair - 0x0101010101010101ull) & ~pair;
	tab = (tab - 0x0101010101010101ull) & ~tab;
	return (pair | tab) & 0x0080808080808080ull;
}

static int article_line_pre_at(const char *d, size_t cs, size_t ce);

/* Whether the content d[cs..ce) is laid out as a table: a tab, a run of
 * three spaces or of four dots, each starting before its last two bytes. */
static int article_line_pre(const char *d, size_t cs, size_t ce)
{
	if (ce - cs < 3)
		return 0;
#if defined(__SSE2__)
	/* A line of 17 bytes or more sixteen pairs of bytes at a time, the
	 * last window ending at the line's end: a tab, or two blanks or two
	 * dots in a row, sends it to the exact test. */
	if (ce - cs >= 17) {
		const __m128i blank = _mm_set1_epi8(' '), dot = _mm_set1_epi8('.'), tab = _mm_set1_epi8('\t');
		for (size_t i = cs;; i += 16) {
			size_t at = i + 17 <= ce ? i : ce - 17;
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(d + at));
			__m128i y = _mm_loadu_si128((const __m128i *)(const void *)(d + at + 1));
			__m128i run = _mm_and_si128(_mm_cmpeq_epi8(x, y),
						    _mm_or_si128(_mm_cmpeq_epi8(x, blank), _mm_cmpeq_epi8(x, dot)));
			if (_mm_movemask_epi8(_mm_or_si128(run, _mm_cmpeq_epi8(x, tab))))
				return article_line_pre_at(d, cs, ce);
			if (at + 17 >= ce)
				return 0;
		}
	}
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Most lines have no tab, nor two blanks or two dots in a row: told
	 * at once, in windows of eight bytes seven apart (the last one at the
	 * end), so that each pair lies whole in one. */
	if (ce - cs >= 8) {
		uint64_t seen = 0;
		for (size_t i = cs; !seen; i += 7) {
			if (i + 8 >= ce) {
				seen = article_may_pre(d + ce - 8);
				break;
			}
			seen = article_may_pre(d + i);
		}
		if (!seen)
			return 0;
	}
#endif
	return article_line_pre_at(d, cs, ce);
}

/* article_line_pre, looked for exactly. */
static int article_line_pre_at(const char *d, size_t cs, size_t ce)
{
	if (memchr(d + cs, '\t', ce - cs - 2))
		return 1;
	size_t i = cs;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Windows of eight bytes five apart: each run of four or fewer
	 * within the content lies whole in one of them, or after the last. */
	for (; i + 8 <= ce; i += 5) {
		uint64_t sp = article_bytes_eq(d + i, ' '), dot = article_bytes_eq(d + i, '.');
		if ((sp & (sp >> 8) & (sp >> 16)) || (dot & (dot >> 8) & (dot >> 16) & (dot >> 24)))
			return 1;
	}
#endif
	for (; i + 2 < ce; i++) {
		if (d[i] != ' ' && d[i] != '.')
			continue;
		if ((d[i] == ' ' && d[i + 1] == ' ' && d[i + 2] == ' ') ||
		    (d[i] == '.' && d[i + 1] == '.' && d[i + 2] == '.' && i + 3 < ce && d[i + 3] == '.'))
			return 1;
	}
	return 0;
}

static struct article_line *article_split_lines(const struct article *a, size_t *count)
{
	const char *d = a->data;
	size_t n = a->len, cap = 0, k = 0;
	struct article_line *lines = NULL;
	size_t pos = a->body_start, cr = article_next_cr(d, n, pos);
	/* Room for lines of 32 bytes on average at once: growing the array
	 * of a 50 MB article step by step copied it many times over. Pages
	 * not used are never touched. In the thread's scratch (the caller
	 * releases it), as a malloc and a free cost more than a short
	 * story's lines. */
	cap = (n - pos) / 32 + 1;
	lines = xscratch_alloc(cap * sizeof *lines);
	while (pos < n) {
		size_t next, le = article_line_end(d, n, pos, &next, &cr);
		if (k + 1 > cap) {
			struct article_line *more = xscratch_alloc(2 * cap * sizeof *lines);
			memcpy(more, lines, k * sizeof *lines);
			lines = more;
			cap *= 2;
		}
		struct article_line *l = &lines[k++];
		l->ls = pos;
		l->le = le;
		l->indent = 0;
		size_t cs = pos;
		while (cs < le && (article_is_hspace(d[cs]) || d[cs] == '\f' || d[cs] == '\v')) {
			l->indent = d[cs] == '\t' ? (l->indent / 8 + 1) * 8 : l->indent + 1;
			cs++;
		}
		size_t ce = le;
		while (ce > cs && isspace((unsigned char)d[ce - 1]))
			ce--;
		l->cs = cs;
		l->ce = ce;
		l->width = article_count_chars(d + cs, ce - cs);
		l->pre = article_line_pre(d, cs, ce);
		pos = next;
	}
	*count = k;
	return lines;
}

static void article_push_para(struct article *a, size_t *cap, size_t start, size_t end,
			      unsigned flags)
{
	if (a->npara + 1 > *cap)
		a->paras = xgrow(a->paras, cap, a->npara + 1, sizeof *a->paras);
	a->paras[a->npara].start = start;
	a->paras[a->npara].end = end;
	a->paras[a->npara].flags = flags;
	a->npara++;
}

static int article_ends_sentence(const char *d, size_t cs, size_t ce)
{
	while (ce > cs) {
		unsigned char c = (unsigned char)d[ce - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '>')
			ce--;
		else if ((c == 0x9d || c == 0x99) && ce - cs >= 3 &&
			 (memcmp(d + ce - 3, "\xe2\x80\x9d", 3) == 0 || memcmp(d + ce - 3, "\xe2\x80\x99", 3) == 0))
			ce -= 3; /* a closing curly quote */
		else
			break;
	}
	/* As strchr(".!?:", c) would answer, its NUL too. */
	char c = ce > cs ? d[ce - 1] : 'x';
	return c == '.' || c == '!' || c == '?' || c == ':' || c == '\0';
}

/* Characters in the first word of s[cs..ce). */
static int article_first_word(const char *d, size_t cs, size_t ce)
{
	size_t e = cs;
	while (e < ce && d[e] != ' ' && d[e] != '\t')
		e++;
	return article_count_chars(d + cs, e - cs);
}

/* Lines longer than this are not hard-wrapped text but a paragraph each;
 * text is not wrapped narrower than ARTICLE_WRAP_MIN. */
#define ARTICLE_WRAP_MAX 100
#define ARTICLE_WRAP_MIN 40
/* How much narrower than the file's wrap width a wrapped line may be: one
 * wire story was typed on terminals of a few widths. */
#define ARTICLE_WRAP_SLACK 10

/* Whether paragraph k is one line that reads as a record rather than a
 * sentence: no line break in it, no sentence end. */
static int article_is_record(const struct article *a, size_t k)
{
	const struct article_para *p = &a->paras[k];
	return !(p->flags & (ARTICLE_PARA_PRE | ARTICLE_PARA_BOILERPLATE)) && !islower((unsigned char)a->data[p->start]) && !memchr(a->data + p->start, '\n', p->end - p->start) &&
	       !memchr(a->data + p->start, '\r', p->end - p->start) &&
	       !article_ends_sentence(a->data, p->start, p->end) && p->end - p->start <= 2 * ARTICLE_WRAP_MAX;
}

/* Whether paragraph k + 1 starts on the line right after paragraph k's. */
static int article_next_line(const struct article *a, size_t k)
{
	size_t breaks = 0;
	for (size_t i = a->paras[k].end; i < a->paras[k + 1].start; i++) {
		if (a->data[i] == '\n')
			breaks++;
		else if (a->data[i] != ' ' && a->data[i] != '\t' && a->data[i] != '\r')
			return 0;
	}
	return breaks == 1;
}

/* Joins runs of two or more one-line records on consecutive lines into one
 * paragraph that keeps its line breaks, as a table's rows are kept. */
static void article_join_records(struct article *a)
{
	size_t w = 0;
	for (size_t k = 0; k < a->npara;) {
		size_t e = k + 1;
		if (article_is_record(a, k))
			while (e < a->npara && article_is_record(a, e) && article_next_line(a, e - 1))
				e++;
		if (e - k >= 2) {
			/* From the first row's line start, so that its indentation
			 * lines up with the others'. */
			size_t ls = a->paras[k].start;
			while (ls > a->body_start && (a->data[ls - 1] == ' ' || a->data[ls - 1] == '\t'))
				ls--;
			a->paras[w].start = ls;
			a->paras[w].end = a->paras[e - 1].end;
			a->paras[w].flags = ARTICLE_PARA_PRE;
		} else {
			a->paras[w] = a->paras[k];
		}
		w++;
		k = e;
	}
	a->npara = w;
}

/* The width the text was wrapped at, learned from the file: the longest
 * common length of the lines that another line follows at the same or a
 * smaller indentation (the last line of a paragraph may be any length).
 * Wrapped lines crowd just under that width; lines of many lengths are one
 * sentence or one record a line, not wrapped (0). With too few lines to
 * tell, -1. */
static int article_wrap_width(const struct article_line *L, size_t nl)
{
	int hist[ARTICLE_WRAP_MAX + 2] = {0};
	size_t n = 0;
	for (size_t k = 0; k + 1 < nl; k++) {
		if (L[k].cs == L[k].ce || L[k + 1].cs == L[k + 1].ce || L[k].pre || L[k + 1].indent > L[k].indent)
			continue;
		int w = L[k].indent + L[k].width;
		hist[w > ARTICLE_WRAP_MAX ? ARTICLE_WRAP_MAX + 1 : w]++;
		n++;
	}
	if (n < 2)
		return -1;
	if (hist[ARTICLE_WRAP_MAX + 1] * 2 > (int)n)
		return 0;
	/* From the longest down, the first length that a tenth of the lines
	 * (and at least two) reach or pass: one stray long line does not
	 * count, the wrapped lines all do. */
	size_t need = n / 10 > 2 ? n / 10 : 2, seen = hist[ARTICLE_WRAP_MAX + 1];
	int wrap = 0;
	for (int w = ARTICLE_WRAP_MAX; w > 0 && !wrap; w--) {
		seen += (size_t)hist[w];
		if (seen >= need)
			wrap = w;
	}
	if (wrap < ARTICLE_WRAP_MIN)
		return 0; /* narrower is a list, not prose */
	size_t near = 0;
	for (int w = wrap - ARTICLE_WRAP_SLACK - 5; w <= wrap + 5 && w <= ARTICLE_WRAP_MAX; w++)
		near += w > 0 ? (size_t)hist[w] : 0;
	return near * 2 >= n ? wrap : 0;
}

/* Groups lines into paragraphs. Blank lines always separate paragraphs.
 * Within a run of lines, long lines are paragraphs of their own (web copy,
 * one paragraph a line); short lines are hard-wrapped text, joined into
 * paragraphs that end at an indented line (wire copy indents each one) or
 * after a line that closes a sentence where the next word would still have
 * fitted within the file's wrap width, and never inside a sentence. Runs of
 * short lines that are not sentences (a wire story's results, a list of
 * scores) keep their line breaks as a table does. */
static void article_split_paragraphs(struct article *a)
{
	size_t nl, cap = 0;
	struct xscratch_mark mark = xscratch_mark();
	struct article_line *L = article_split_lines(a, &nl);
	int wrap = article_wrap_width(L, nl);
	size_t i = 0;
	while (i < nl) {
		if (L[i].cs == L[i].ce) {
			i++;
			continue;
		}
		size_t b = i;
		int maxw = 0, maxfull = 0, base = 1 << 30;
		while (b < nl && L[b].cs != L[b].ce) {
			if (L[b].width > maxw)
				maxw = L[b].width;
			if (L[b].indent + L[b].width > maxfull)
				maxfull = L[b].indent + L[b].width;
			if (L[b].indent < base)
				base = L[b].indent;
			b++;
		}
		/* Lines that each end a sentence are paragraphs, however short. */
		size_t ends = 0;
		for (size_t k = i; k < b; k++)
			ends += (size_t)article_ends_sentence(a->data, L[k].cs, L[k].ce);
		size_t longs = 0;
		for (size_t k = i; k < b; k++)
			longs += L[k].width > ARTICLE_WRAP_MAX;
		/* A file not wrapped has a line a paragraph; one too short to
		 * tell wraps a block at its longest line, if that is long. */
		int per_line = wrap == 0 || (maxw > ARTICLE_WRAP_MAX && (wrap < 0 || longs * 4 >= b - i)) ||
			       (b - i > 1 && ends == b - i);
		int width = wrap > 0 ? wrap : maxfull;
		if (wrap < 0 && b - i > 1 && ends == 0 && maxfull < 50)
			per_line = 1;
		/* Wrapped lines are full: the next line's first word would not
		 * have fitted. Lines that mostly are not (a table of figures, a
		 * list) were broken by hand, one record a line. */
		size_t inner = 0, full = 0;
		for (size_t k = i; k + 1 < b; k++) {
			if (L[k].pre || L[k + 1].pre || L[k + 1].indent > base)
				continue;
			inner++;
			full += L[k].indent + L[k].width + 1 + article_first_word(a->data, L[k + 1].cs, L[k + 1].ce) >
				width - ARTICLE_WRAP_SLACK;
		}
		if (wrap > 0 && inner >= 2 && full * 2 < inner)
			per_line = 1;
		size_t start = i;
		for (size_t k = i; k < b; k++) {
			int brk = 0;
			if (k + 1 == b)
				brk = 1;
			else if (L[k].pre != L[k + 1].pre)
				brk = 1;
			else if (L[k].pre)
				brk = 0; /* the rows of one table stay together */
			else if (per_line)
				/* One a line, except that a line going on in lower case
				 * goes on the sentence the line before left open. */
				brk = article_ends_sentence(a->data, L[k].cs, L[k].ce) ||
				      !islower((unsigned char)a->data[L[k + 1].cs]);
			else if (L[k + 1].indent > base)
				brk = 1;
			else if (L[k + 1].indent > 0 && L[k + 1].indent != L[k].indent &&
				 article_ends_sentence(a->data, L[k].cs, L[k].ce))
				brk = 1; /* set apart after a sentence: a sign-off, a new item */
			else if (article_ends_sentence(a->data, L[k].cs, L[k].ce) &&
				 L[k].indent + L[k].width + 1 + article_first_word(a->data, L[k + 1].cs, L[k + 1].ce) < width)
				brk = 1; /* the next word would have fitted: the writer ended it here */
			if (brk) {
				int pre = L[start].pre;
				article_push_para(a, &cap, pre ? L[start].ls : L[start].cs, L[k].ce,
						  pre ? ARTICLE_PARA_PRE : 0);
				start = k + 1;
			}
		}
		i = b;
	}
	xscratch_release(mark);
}

static int article_word_count_range(const char *s, size_t n)
{
	int words = 0, in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = isspace((unsigned char)s[i]);
		if (!sp && !in)
			words++;
		in = !sp;
	}
	return words;
}

/* The phrases of boilerplate that may stand anywhere in a paragraph
 * ("ap photo" stands for every way AP credits a photo), then those of a
 * credit line at the bottom; all lowercase. */
const char *const article_anywhere[] = {
	"newsletter", "sign up today", "sign up now", "sign up for", "getty images", "afp/", "/afp",
	"reuters/", "/reuters", "ap photo", "all rights reserved", "cookie", "click here",
	"subscribe now", "subscribe today", "photo credit", "image credit", NULL
};
const char *const article_credits[] = {
	"contributed to this report", "with reports from", "reported from",
	"additional reporting by", "editing by", "writing by", NULL
};

/* The phrases of both lists together, looked for as Wu and Manber do: a
 * window of W bytes of each phrase (the shortest one's length; those
 * with a slash, shorter, are looked for around each slash instead) is
 * sought by the pair of bytes that would end it, folded (ASCII
 * lowercased, NUL a blank, as article_is_boilerplate reads a paragraph):
 * a pair that no window has lets the scan move W - 1 bytes on, where a
 * look at every byte of every paragraph cost a tenth of the parsing. */
#define ARTICLE_PHRASES 32
#define ARTICLE_PAIRS 8192

/* How a paragraph of boilerplate may start (lowercase). */
static const char *const article_starts[] = {
	"skip to", "advertisement", "sign up", "subscribe", "read more",
	"related:", "see also", "click here", "share this", "follow us",
	"photo:", "photograph:", "image:", "credit:", "watch:", "listen:",
	"explainer:", "opinion:", "analysis:", "also read", "read also",
	"recommended", "most popular", "trending", "share on", "posted in",
	"\xc2\xa9", "copyright", NULL
};

static struct article_phrases {
	const char *s[ARTICLE_PHRASES];
	size_t len[ARTICLE_PHRASES];
	size_t at[ARTICLE_PHRASES];	/* where a phrase's window starts, or its slash is */
	uint32_t anywhere, credits;	/* the bits of each list */
	uint32_t slashed;		/* the bits of phrases with a slash */
	size_t w;			/* the window's length */
	size_t min;			/* the shortest phrase's length */
	unsigned char shift[ARTICLE_PAIRS];	/* per pair (hashed): how far on the scan may move */
	uint32_t ends[256];		/* per pair (hashed more): the windows it may end */
	unsigned char fold[256];
	/* Per first byte, the starts of article_starts with it (a bit
	 * each), and each one's length: a paragraph is held against those
	 * few only. */
	uint32_t starts_by[256];
	unsigned char starts_len[32];
} article_phrases;
static pthread_once_t article_phrases_once = PTHREAD_ONCE_INIT;

/* The slot of the folded pair a, b in article_phrases.shift. */
static inline unsigned article_pair(unsigned char a, unsigned char b)
{
	return ((unsigned)a << 5 ^ b) & (ARTICLE_PAIRS - 1);
}

static void article_phrases_init(void)
{
	struct article_phrases *p = &article_phrases;
	for (int c = 0; c < 256; c++)
		p->fold[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c ? c : ' ');
	for (int i = 0; article_starts[i] && i < 32; i++) {
		p->starts_by[(unsigned char)article_starts[i][0]] |= 1u << i;
		p->starts_len[i] = (unsigned char)strlen(article_starts[i]);
	}
	size_t n = 0;
	p->min = p->w = SIZE_MAX;
	for (int list = 0; list < 2; list++) {
		const char *const *v = list ? article_credits : article_anywhere;
		for (size_t i = 0; v[i] && n < ARTICLE_PHRASES; i++, n++) {
			p->s[n] = v[i];
			p->len[n] = strlen(v[i]);
			if (p->len[n] < p->min)
				p->min = p->len[n];
			const char *slash = strchr(v[i], '/');
			if (slash) {
				p->slashed |= 1u << n;
				p->at[n] = (size_t)(slash - v[i]);
			} else if (p->len[n] < p->w) {
				p->w = p->len[n];
			}
			*(list ? &p->credits : &p->anywhere) |= 1u << n;
		}
	}
	/* Every phrase without a slash is two bytes long or more (a pair). */
	memset(p->shift, (int)(p->w - 1), sizeof p->shift);
	for (size_t k = 0; k < n; k++) {
		if (p->slashed & (1u << k))
			continue;
		/* The window that ends in the rarest pair of letters (by their
		 * order of frequency in English, a blank the most frequent): a
		 * pair as common as the "in" of "editing by" ending a window
		 * stopped the scan at every other word for a closer look. */
		static const char often[] = " etaoinshrdlcumwfgypbvkjxqz";
		int best = -1;
		for (size_t o = 0; o + p->w <= p->len[k]; o++) {
			const char *a = strchr(often, p->s[k][o + p->w - 2]), *b = strchr(often, p->s[k][o + p->w - 1]);
			int rare = (a ? (int)(a - often) : 30) + (b ? (int)(b - often) : 30);
			if (rare > best) {
				best = rare;
				p->at[k] = o;
			}
		}
		const unsigned char *win = (const unsigned char *)p->s[k] + p->at[k];
		for (size_t j = 1; j < p->w; j++) {
			unsigned h = article_pair(win[j - 1], win[j]);
			if (p->w - 1 - j < p->shift[h])
				p->shift[h] = (unsigned char)(p->w - 1 - j);
		}
		p->ends[article_pair(win[p->w - 2], win[p->w - 1]) & 255] |= 1u << k;
	}
}

/* Whether phrase k is at u[start..) (the bytes folded), within u[0..n). */
static int article_phrase_at(const struct article_phrases *p, int k, const unsigned char *u, size_t n, size_t start)
{
	if (start > n || p->len[k] > n - start)
		return 0;
	const char *s = p->s[k];
	size_t t = 0;
	while (t < p->len[k] && p->fold[u[start + t]] == (unsigned char)s[t])
		t++;
	return t == p->len[k];
}

int article_phrase_in(const char *s, size_t n, int anywhere, int credits)
{
	pthread_once(&article_phrases_once, article_phrases_init);
	const struct article_phrases *p = &article_phrases;
	uint32_t want = (anywhere ? p->anywhere : 0) | (credits ? p->credits : 0);
	if (!want || n < p->min)
		return 0;
	const unsigned char *u = (const unsigned char *)s;
	if (want & p->slashed) {
		for (const unsigned char *c = memchr(u, '/', n); c; c = memchr(c + 1, '/', n - (size_t)(c + 1 - u))) {
			size_t at = (size_t)(c - u);
			for (uint32_t m = want & p->slashed; m; m &= m - 1) {
				int k = __builtin_ctz(m);
				if (at >= p->at[k] && article_phrase_at(p, k, u, n, at - p->at[k]))
					return 1;
			}
		}
	}
	want &= ~p->slashed;
	if (!want || n < p->w)
		return 0;
	/* t: the last byte of the window looked at. */
	for (size_t t = p->w - 1; t < n;) {
		unsigned char a = p->fold[u[t - 1]], b = p->fold[u[t]];
		unsigned h = article_pair(a, b);
		if (p->shift[h]) {
			t += p->shift[h];
			continue;
		}
		for (uint32_t m = p->ends[h & 255] & want; m; m &= m - 1) {
			int k = __builtin_ctz(m);
			size_t from = t + 1 - p->w;
			if (from >= p->at[k] && article_phrase_at(p, k, u, n, from - p->at[k]))
				return 1;
		}
		t++;
	}
	return 0;
}

/* Whether s[0..n) holds a copyright sign (C2 A9 in UTF-8). */
static int article_has_copyright(const char *s, size_t n)
{
	const char *end = s + n, *c = s;
	while (n >= 2 && (c = memchr(c, '\xc2', (size_t)(end - 1 - c))) != NULL) {
		if (c[1] == '\xa9')
			return 1;
		c++;
	}
	return 0;
}

/* Web-page leftovers: navigation, newsletter pitches, photo credits,
 * related-story teasers, sign-offs. They stay in the text, dimmed. */
static int article_is_boilerplate(const struct article *a, size_t k)
{
	pthread_once(&article_phrases_once, article_phrases_init);
	const struct article_phrases *ph = &article_phrases;
	const struct article_para *p = &a->paras[k];
	const char *s = a->data + p->start;
	size_t n = p->end - p->start;
	if (n > 400)
		return 0;
	/* Its start lowercased, with NULs made blanks, for the starts of
	 * article_starts (none longer than 15 bytes) and the sign-offs. */
	char low[16];
	size_t nlow = n < sizeof low - 1 ? n : sizeof low - 1;
	for (size_t i = 0; i < nlow; i++)
		low[i] = (char)ph->fold[(unsigned char)s[i]];
	low[nlow] = '\0';
	if ((n == 6 || n == 7) && memcmp(low, "reuters", n) == 0)
		return 1;
	for (uint32_t m = ph->starts_by[(unsigned char)low[0]]; m; m &= m - 1) {
		int i = __builtin_ctz(m);
		if (nlow >= ph->starts_len[i] && memcmp(low, article_starts[i], ph->starts_len[i]) == 0)
			return 1;
	}
	/* The phrases that may stand anywhere are looked for where web
	 * leftovers are: at the top and the bottom of the article, and in
	 * paragraphs with a credit's slash, a label's colon or a bracket. */
	/* The first part of a longer text has no bottom of its own. */
	int bottom = !a->partial && k + 5 >= a->npara;
	int likely = k < 5 || bottom || memchr(s, '/', n) || memchr(s, ':', n) ||
		     memchr(s, '(', n) || article_has_copyright(s, n);
	if (article_phrase_in(s, n, likely, !a->partial && k + 3 >= a->npara))
		return 1;
	/* "Columnist: Headline of another story" - a teaser link. */
	if (n < 200 && isupper((unsigned char)s[0]) && !article_ends_sentence(s, 0, n)) {
		size_t j = 0;
		int words = 1;
		while (j < n && s[j] != ':' && words <= 3) {
			if (s[j] == ' ')
				words++;
			else if (!isalpha((unsigned char)s[j]) && s[j] != '-' && s[j] != '.' && s[j] != '\'')
				break;
			j++;
		}
		/* The colon follows the name directly and a headline follows. */
		if (j < n && s[j] == ':' && words <= 3 && j > 0 && s[j - 1] != ' ' && j + 2 < n && s[j + 1] == ' ' &&
		    isupper((unsigned char)s[j + 2]) && article_word_count_range(s + j + 1, n - j - 1) >= 4)
			return 1;
	}
	return 0;
}

/* Whether a paragraph reads as a headline: short, capitalised, one line of
 * text that does not end like a sentence. */
static int article_is_headline(const struct article *a, size_t k)
{
	const struct article_para *p = &a->paras[k];
	const char *s = a->data + p->start;
	size_t n = p->end - p->start;
	if (n == 0 || n > 160 || (p->flags & (ARTICLE_PARA_BOILERPLATE | ARTICLE_PARA_PRE)))
		return 0;
	if (article_word_count_range(s, n) > 20 || memchr(s, '\n', n))
		return 0;
	unsigned char c = (unsigned char)s[0];
	if (!(isupper(c) || isdigit(c) || c >= 0x80 || c == '"' || c == '\''))
		return 0;
	char last = s[n - 1];
	return !strchr(".,;:", last);
}

/* The start of the first sentence of paragraph k. */
static void article_first_sentence(const struct article *a, size_t k, size_t *end)
{
	const struct article_para *p = &a->paras[k];
	const char *d = a->data;
	for (size_t i = p->start; i + 2 < p->end; i++) {
		/* Eight bytes without a full stop, '!' or '?' at once: a paragraph
		 * may be 50 MB without one. */
		while (i + 10 <= p->end && !(article_bytes_eq(d + i, '.') | article_bytes_eq(d + i, '!') |
					     article_bytes_eq(d + i, '?')))
			i += 8;
		if (i + 2 >= p->end)
			break;
		if ((d[i] == '.' || d[i] == '!' || d[i] == '?') && d[i + 1] == ' ' &&
		    isupper((unsigned char)d[i + 2])) {
			/* "Mr. Putin", "U.S. troops" and "E. Schumer" do not end a sentence. */
			size_t w = i;
			while (w > p->start && isalpha((unsigned char)d[w - 1]))
				w--;
			if (d[i] == '.' && (i - w == 1 || (i - w <= 3 && isupper((unsigned char)d[w])) ||
					    (w > p->start && d[w - 1] == '.')))
				continue;
			*end = i + 1;
			return;
		}
	}
	*end = p->end;
}

/* Columns of a title made of a first sentence. */
#define ARTICLE_TITLE_COLS 72

/* The first sentence s[0..n) cleaned and cut to a title. A "sentence" may
 * be a whole 50 MB paragraph without a full stop, so a start of it is
 * cleaned first: once that start is a few columns wider than the title,
 * the title cut from it is the one the whole would give (cleaning a start
 * changes only its last character). */
static char *article_title_of(const char *s, size_t n)
{
	for (size_t part = 4096; part < n; part *= 4) {
		char *clean = text_clean(s, part);
		if (text_width(clean, strlen(clean)) >= ARTICLE_TITLE_COLS + 4) {
			char *title = text_truncate(clean, ARTICLE_TITLE_COLS);
			free(clean);
			return title;
		}
		free(clean);
	}
	char *clean = text_clean(s, n);
	char *title = text_truncate(clean, ARTICLE_TITLE_COLS);
	free(clean);
	return title;
}

static void article_choose_title(struct article *a)
{
	a->title_para = -1;
	const char *t = article_field(a, "title");
	if (!t)
		t = article_field(a, "headline");
	if (t && *t) {
		for (size_t i = 0; i < a->nfields; i++) {
			if (a->fields[i].value == t) {
				a->title_start = a->fields[i].value_start;
				a->title_end = a->fields[i].value_end;
			}
		}
		a->title = xstrdup(t);
		return;
	}
	/* A headline among the first paragraphs, before the prose starts. */
	size_t seen = 0;
	for (size_t k = 0; k < a->npara && seen < 3; k++) {
		if (a->paras[k].flags & (ARTICLE_PARA_BOILERPLATE | ARTICLE_PARA_CITATION))
			continue;
		if ((a->built ? (a->paras[k].flags & ARTICLE_PARA_HEADING) && !memchr(a->data + a->paras[k].start, '\n', a->paras[k].end - a->paras[k].start)
			      : article_is_headline(a, k)) && k + 1 < a->npara) {
			a->paras[k].flags |= ARTICLE_PARA_TITLE;
			a->title_para = (int)k;
			a->title_start = a->paras[k].start;
			a->title_end = a->paras[k].end;
			a->title = text_clean(a->data + a->title_start, a->title_end - a->title_start);
			if (*a->title)
				return;
			/* Only blanks (U+2029, U+3000): not a title after all. */
			free(a->title);
			a->title = NULL;
			a->paras[k].flags &= ~ARTICLE_PARA_TITLE;
			a->title_para = -1;
		}
		if (a->paras[k].end - a->paras[k].start > 160)
			break;
		seen++;
	}
	for (size_t k = 0; k < a->npara; k++) {
		if (a->paras[k].flags & (ARTICLE_PARA_BOILERPLATE | ARTICLE_PARA_PRE | ARTICLE_PARA_CITATION))
			continue;
		size_t end;
		article_first_sentence(a, k, &end);
		a->title_start = a->paras[k].start;
		a->title_end = end;
		a->title = article_title_of(a->data + a->title_start, end - a->title_start);
		if (*a->title)
			return;
		free(a->title);
		a->title = NULL;
	}
	/* Nothing but boilerplate, or nothing at all: the file's name. */
	const char *base = strrchr(a->path, '/');
	base = base ? base + 1 : a->path;
	a->title = text_clean(base, strlen(base));
	a->title_start = a->title_end = a->body_start;
}

/* Wraps bytes in an article, unparsed. */
static struct article *article_wrap(const char *path, char *data, size_t len)
{
	struct article *a = xcalloc(1, sizeof *a);
	a->path = xstrdup(path);
	a->data = data;
	a->data[len] = '\0';
	a->len = len;
	a->binary = article_scan(data, len, &a->ascii);
	return a;
}

/* Whether paragraph k is an entry of a list of references, as an
 * encyclopedia ends with them ("27. ^ Ballara, Angela (1998). Iwi: ...
 * Retrieved 22 January 2011."): a note's caret before a bibliographic
 * mark, or two such marks. Their titles, authors and publishers are no
 * part of the story. Only a caret's paragraphs are read in plain text,
 * so that wire copy costs a look at its first bytes. */
static int article_is_citation(const struct article *a, size_t k)
{
	static const char *const marks[] = { "Retrieved ", "Archived from the original", "ISBN", "doi:", "PMID",
					     "ISSN", "OCLC", "Bibcode:", "arXiv:", "(PDF)", "S2CID" };
	const struct article_para *p = &a->paras[k];
	const char *s = a->data + p->start;
	size_t n = p->end - p->start, i = 0;
	while (i < n && i < 6 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i > 0 && i + 1 < n && s[i] == '.' && s[i + 1] == ' ')
		i += 2;
	int caret = (i < n && s[i] == '^') || (i + 3 <= n && memcmp(s + i, "\xe2\x86\x91", 3) == 0);
	if (!caret && a->format == ARTICLE_PLAIN)
		return 0;
	if (n > 2000)
		return 0;
	int found = 0;
	for (size_t m = 0; m < sizeof marks / sizeof *marks && found < 2; m++)
		found += memmem(s, n, marks[m], strlen(marks[m])) != NULL;
	return found >= 2 || (caret && found >= 1);
}

static void article_mark_boilerplate(struct article *a)
{
	for (size_t k = 0; k < a->npara; k++) {
		if (a->paras[k].flags & (ARTICLE_PARA_HEADING | ARTICLE_PARA_PRE))
			continue;
		if (article_is_boilerplate(a, k))
			a->paras[k].flags |= ARTICLE_PARA_BOILERPLATE;
		else if (article_is_citation(a, k))
			a->paras[k].flags |= ARTICLE_PARA_CITATION;
	}
}

void article_finish(struct article *a)
{
	article_mark_boilerplate(a);
	article_choose_title(a);
}

void article_parse_now(struct article *a)
{
	if (a->parsed)
		return;
	a->parsed = 1;
	size_t pos = 0;
	if (a->len >= 3 && memcmp(a->data, "\xef\xbb\xbf", 3) == 0)
		pos = 3; /* a byte-order mark is not text */
	a->body_start = article_parse_header(a, pos);
	article_split_paragraphs(a);
	article_mark_boilerplate(a);
	article_join_records(a);
	article_choose_title(a);
}

/* Where the first part of d[0..n) ends, want bytes or a little more:
 * before a blank line (where a paragraph ends for certain), else at a
 * line's end, else between words, else between characters. */
static size_t article_part_cut(const char *d, size_t n, size_t want)
{
	size_t limit = n < 4 * want ? n : 4 * want;
	for (size_t i = want; i < limit;) {
		const char *lf = memchr(d + i, '\n', limit - i);
		if (!lf)
			break;
		size_t e = (size_t)(lf - d), j = e + 1;
		while (j < n && (d[j] == ' ' || d[j] == '\t' || d[j] == '\r'))
			j++;
		if (j < n && d[j] == '\n')
			return e > 0 && d[e - 1] == '\r' ? e - 1 : e;
		i = j;
	}
	const char *lf = memchr(d + want, '\n', limit - want);
	if (lf)
		return (size_t)(lf - d);
	for (size_t i = want; i < limit; i++)
		if (d[i] == ' ')
			return i;
	size_t cut = want;
	while (cut > 0 && ((unsigned char)d[cut] & 0xC0) == 0x80)
		cut--;
	return cut;
}

struct article *article_first_part(const struct article *a, size_t want)
{
	if (want == 0 || a->len <= 2 * want)
		return NULL;
	size_t cut = article_part_cut(a->data, a->len, want);
	char *data = xmalloc(cut + 1);
	memcpy(data, a->data, cut);
	struct article *p = article_wrap(a->path, data, cut);
	p->format = a->format;
	p->stamp = a->stamp;
	p->partial = 1;
	article_parse_now(p);
	return p;
}

struct article *article_new(const char *path)
{
	struct article *a = xcalloc(1, sizeof *a);
	a->path = xstrdup(path);
	a->data = xstrdup("");
	return a;
}

struct article *article_parse(const char *path, char *data, size_t len)
{
	struct article *a = article_wrap(path, data, len);
	article_parse_now(a);
	return a;
}

/* Reads from fd into *data (cap bytes allocated, len read so far) until
 * the end, or until at least `upto` bytes are in; size is a regular
 * file's size as fstat said it, 0 for anything else. 0, or -1 with *err
 * set. */
static int article_read_more(int fd, const char *path, size_t size, char **data, size_t *cap,
			     size_t *len, size_t upto, char **err)
{
	for (;;) {
		if (*len + 1 >= *cap) {
			*cap *= 2;
			*data = xrealloc(*data, *cap);
		}
		size_t room = *cap - *len - 1;
		if (upto != SIZE_MAX && room > upto - *len)
			room = upto - *len; /* the first part only */
		ssize_t got = read(fd, *data + *len, room);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			*err = xasprintf("%s: %s", path, strerror(errno));
			return -1;
		}
		if (got == 0)
			return 0;
		*len += (size_t)got;
		/* A regular file read to the size it had: the read that would
		 * find its end is spared (one system call per file of a big
		 * directory); a file whose size says 0 or too much is read on. */
		if (size > 0 && *len == size)
			return 0;
		if (*len >= upto)
			return 0;
	}
}

/* As article_read_fd; a regular file is read only until `upto` bytes are
 * in, the rest left to article_read_rest (fd kept, and closed there, when
 * keep is set and some is left). */
static struct article *article_read_upto(int fd, const char *path, size_t upto, int keep, char **err)
{
	struct stat st;
	if (fstat(fd, &st) != 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		*err = xasprintf("%s: is a directory", path);
		return NULL;
	}
	/* Room for the file, the NUL after it, and the read that finds EOF;
	 * files that grow or lie about their size (pipes, /proc) still work. */
	size_t cap = st.st_size > 0 ? (size_t)st.st_size + 2 : 65536, len = 0;
	char *data = xmalloc(cap);
	size_t size = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size : 0;
	if (article_read_more(fd, path, size, &data, &cap, &len, size ? upto : SIZE_MAX, err) != 0) {
		free(data);
		return NULL;
	}
	struct article *a = article_wrap(path, data, len);
	/* Stamped as fstat saw it before the read: a change during the read
	 * shows as a change. */
	if (S_ISREG(st.st_mode))
		filestamp_from_stat(&st, &a->stamp);
	if (keep && size && len >= upto && len != size) {
		a->rest_fd = fd + 1;
		a->rest_cap = cap;
		a->rest_size = size;
	}
	return a;
}

struct article *article_read_fd(int fd, const char *path, char **err)
{
	return article_read_upto(fd, path, SIZE_MAX, 0, err);
}

struct article *article_read_first(const char *path, size_t upto, char **err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct article *a = article_read_upto(fd, path, upto, 1, err);
	if (!a || !a->rest_fd)
		close(fd);
	return a;
}

int article_read_rest(struct article *a, char **err)
{
	*err = NULL;
	if (!a->rest_fd)
		return 0;
	int fd = a->rest_fd - 1;
	a->rest_fd = 0;
	a->ascii = 0; /* the rest was not looked at */
	size_t len = a->len, cap = a->rest_cap;
	int r = article_read_more(fd, a->path, a->rest_size, &a->data, &cap, &len, SIZE_MAX, err);
	close(fd);
	/* What was read stays the text, whatever went wrong after it. */
	a->len = len;
	a->data[len] = '\0';
	return r;
}

struct article *article_read(const char *path, char **err)
{
	return article_read_at(AT_FDCWD, path, path, err);
}

struct article *article_read_at(int dirfd, const char *name, const char *path, char **err)
{
	int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct article *a = article_read_fd(fd, path, err);
	close(fd);
	return a;
}

struct article *article_load(const char *path, char **err)
{
	struct article *a = article_read(path, err);
	if (a)
		article_parse_now(a);
	return a;
}

void article_free(struct article *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->nfields; i++) {
		free(a->fields[i].key);
		free(a->fields[i].value);
	}
	free(a->fields);
	for (size_t i = 0; i < a->nlinks; i++)
		free(a->links[i].url);
	free(a->links);
	free(a->charset);
	free(a->converted);
	free(a->label);
	free(a->paras);
	free(a->title);
	if (a->rest_fd)
		close(a->rest_fd - 1);
	free(a->data);
	free(a->path);
	free(a);
}

const char *article_check(const struct article *a)
{
	if (!a->data || a->data[a->len] != '\0')
		return "text not NUL-terminated";
	if (a->body_start > a->len)
		return "body start past the end";
	for (size_t k = 0; k < a->npara; k++) {
		const struct article_para *p = &a->paras[k];
		if (p->start >= p->end || p->end > a->len)
			return "paragraph range";
		if (k > 0 && a->paras[k - 1].end >= p->start)
			return "paragraphs out of order";
		if (p->start < a->body_start)
			return "paragraph in the header";
	}
	for (size_t k = 0; k < a->nlinks; k++) {
		const struct article_link *l = &a->links[k];
		if (l->start >= l->end || l->end > a->len || !l->url || !l->url[0])
			return "link range";
		if (k > 0 && a->links[k - 1].end > l->start)
			return "links out of order";
		size_t p = article_para_at(a, l->start);
		if (p >= a->npara || l->end > a->paras[p].end)
			return "link outside its paragraph";
	}
	for (size_t k = 0; k < a->nfields; k++) {
		const struct article_field *f = &a->fields[k];
		if (!f->key || !f->value || f->key_start > f->key_end || f->key_end > f->value_start ||
		    f->value_start > f->value_end || f->value_end > a->body_start)
			return "field range";
	}
	if (!a->title || !a->title[0] || a->title_start > a->title_end || a->title_end > a->len)
		return "title";
	return NULL;
}

const char *article_name(const struct article *a)
{
	return a->label ? a->label : a->path;
}

const char *article_field(const struct article *a, const char *key)
{
	for (size_t i = 0; i < a->nfields; i++)
		if (strcmp(a->fields[i].key, key) == 0)
			return a->fields[i].value;
	return NULL;
}

size_t article_para_at(const struct article *a, size_t off)
{
	/* Paragraphs are in file order and apart: the last one that starts
	 * at or before off is the only one that can hold it. */
	size_t lo = 0, hi = a->npara;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->paras[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && off < a->paras[lo - 1].end ? lo - 1 : a->npara;
}

size_t article_word_count(struct article *a)
{
	/* Counted once: a 50 MB article takes a while, and the side pane asks
	 * each time it is built. */
	if (a->words_counted)
		return a->nwords;
	/* isspace looked up in a table made once: the same answers (in the
	 * same locale), without a call per byte. */
	unsigned char space[256];
	for (int c = 0; c < 256; c++)
		space[c] = isspace(c) != 0;
	size_t w = 0;
	for (size_t k = 0; k < a->npara; k++) {
		const unsigned char *s = (const unsigned char *)a->data + a->paras[k].start;
		size_t n = a->paras[k].end - a->paras[k].start;
		unsigned char prev = 1;
		for (size_t i = 0; i < n; i++) {
			unsigned char sp = space[s[i]];
			w += prev & !sp;
			prev = sp;
		}
	}
	a->nwords = w;
	a->words_counted = 1;
	return w;
}
