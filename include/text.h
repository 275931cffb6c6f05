/* text: the only module that knows Unicode. It decodes UTF-8 (invalid bytes
 * included), measures columns, and wraps text into lines with libunistring's
 * line breaking. Everything it returns is a byte offset into the text given. */
#ifndef CROSSREAD_TEXT_H
#define CROSSREAD_TEXT_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define TEXT_REPLACEMENT 0xFFFDu

/* Decodes the character at s[0..n) (n > 0). Returns its length in bytes;
 * an invalid or truncated sequence counts as one byte decoded to U+FFFD
 * with *valid set to 0. */
size_t text_decode(const char *s, size_t n, uint32_t *cp, int *valid);

/* The length of the well-formed UTF-8 character at s[0..n) (n > 0), or 0
 * when text_decode would call it invalid; without decoding it, for scans
 * of whole files. */
size_t text_valid_len(const char *s, size_t n);
/* How many bytes at the start of s[0..n) are well-formed UTF-8. */
size_t text_valid_prefix(const char *s, size_t n);

/* The bytes of a short word s[0..n) as two integers: the first and last
 * eight (n >= 8), the first and last four (n >= 4), else the first, the
 * middle and the last packed into a. With n they tell words of up to
 * TEXT_SHORT_KEY bytes apart, so that a memo compares a word it holds
 * with two compares, the word's bytes read once for all its ways. */
#define TEXT_SHORT_KEY 16
struct text_short_key {
	uint64_t a, b;
};
static inline struct text_short_key text_short_key(const char *s, size_t n)
{
	struct text_short_key k = { 0, 0 };
	if (n >= 8) {
		__builtin_memcpy(&k.a, s, 8);
		__builtin_memcpy(&k.b, s + n - 8, 8);
	} else if (n >= 4) {
		uint32_t x, y;
		__builtin_memcpy(&x, s, 4);
		__builtin_memcpy(&y, s + n - 4, 4);
		k.a = x;
		k.b = y;
	} else if (n > 0) {
		k.a = (unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 | (uint64_t)(unsigned char)s[n - 1] << 16;
	}
	return k;
}

/* text_short_key(s, n) by masks chosen by n (of n up to 8) rather than by
 * its tests of n, which mispredict over words of mixed lengths: for a word
 * in a buffer that can be read for eight bytes from s and for the eight
 * bytes before s + n. Of a word of one to three bytes, the first, middle
 * and last bytes are its first three masked and moved. */
static inline struct text_short_key text_short_key_padded(const char *s, size_t n)
{
	static const struct {
		uint64_t a, a8, a16, b;
		unsigned bshift;
	} m[9] = {
		{ 0, 0, 0, 0, 0 },
		{ 0xff, 0xff, 0xff, 0, 0 },
		{ 0xffff, 0xff00, 0, 0, 0 },
		{ 0xffffff, 0, 0, 0, 0 },
		{ 0xffffffffu, 0, 0, ~0ull, 32 },
		{ 0xffffffffu, 0, 0, ~0ull, 32 },
		{ 0xffffffffu, 0, 0, ~0ull, 32 },
		{ 0xffffffffu, 0, 0, ~0ull, 32 },
		{ ~0ull, 0, 0, ~0ull, 0 },
	};
	uint64_t a8, b8;
	__builtin_memcpy(&a8, s, 8);
	__builtin_memcpy(&b8, s + n - 8, 8);
	size_t i = n < 8 ? n : 8;
	return (struct text_short_key){ (a8 & m[i].a) | (a8 & m[i].a8) << 8 | (a8 & m[i].a16) << 16,
					b8 >> m[i].bshift & m[i].b };
}

/* x, which GCC then cannot split again into the tests it was made of:
 * a memo's look-up that compares a word with both ways of its set takes
 * one branch on a hit in either, where GCC had made a branch of each
 * compare, and those mispredicted at every other word. */
static inline int text_short_hit(int x)
{
	__asm__("" : "+r"(x));
	return x;
}

/* The hash of a word's text_short_key k, n its length. */
static inline uint64_t text_short_key_hash(struct text_short_key k, size_t n)
{
	uint64_t h = (k.a ^ 0x9E3779B97F4A7C15ull) * 0xC2B2AE3D27D4EB4Full ^ (k.b + n) * 0xD6E8FEB86659FD93ull;
	return h ^ h >> 29;
}

/* A hash of s[0..n) for picking a cache's slot, not for telling keys
 * apart (it reads at most the first and last eight bytes): a few
 * independent multiplications, where a byte-at-a-time hash waits on one
 * per byte. */
static inline uint64_t text_short_hash(const char *s, size_t n)
{
	/* Inline: the memos hash every token, and a call cost a third of it. */
	return text_short_key_hash(text_short_key(s, n), n);
}

/* Whether a[0..n) and b[0..n) are the same bytes, for the short keys of
 * memos (n up to a few dozen): a few word-sized compares inline, where a
 * call of memcmp costs more than the compare. Reads only those bytes. */
static inline int text_short_equal(const char *a, const char *b, size_t n)
{
	if (n >= 8) {
		uint64_t x, y;
		for (size_t i = 0; i + 8 < n; i += 8) {
			__builtin_memcpy(&x, a + i, 8);
			__builtin_memcpy(&y, b + i, 8);
			if (x != y)
				return 0;
		}
		__builtin_memcpy(&x, a + n - 8, 8);
		__builtin_memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		uint32_t x, y, u, v;
		__builtin_memcpy(&x, a, 4);
		__builtin_memcpy(&y, b, 4);
		__builtin_memcpy(&u, a + n - 4, 4);
		__builtin_memcpy(&v, b + n - 4, 4);
		return x == y && u == v;
	}
	/* Bytes 0, n / 2 and n - 1 are all of a word of one to three. */
	if (n == 0)
		return 1;
	return ((a[0] ^ b[0]) | (a[n / 2] ^ b[n / 2]) | (a[n - 1] ^ b[n - 1])) == 0;
}

/* The first byte of s[i..end) that is an ASCII capital, or end: sixteen
 * bytes at a time with SSE2, for the scans of a whole story that look at
 * words with a capital alone (most bytes are not one). */
static inline size_t text_upper_from(const char *s, size_t i, size_t end)
{
#if defined(__SSE2__)
	/* 'A'..'Z' moved to -128..-103, the bottom of the signed bytes. */
	const __m128i shift = _mm_set1_epi8((char)(0x80 - 'A')), top = _mm_set1_epi8((char)(-128 + 26));
	size_t from = i;
	for (; i + 16 <= end; i += 16) {
		__m128i x = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), shift);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, top));
		if (m)
			return i + (size_t)__builtin_ctz(m);
	}
	/* The rest in the sixteen bytes that end at end, those before i
	 * (read already) left out. */
	if (i < end && end - from >= 16) {
		__m128i x = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + end - 16)), shift);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, top)) & (~0u << (16 - (end - i)));
		return m ? end - 16 + (size_t)__builtin_ctz(m) : end;
	}
#endif
	while (i < end && !(s[i] >= 'A' && s[i] <= 'Z'))
		i++;
	return i;
}

/* Whether s[a..b) holds two ASCII capitals in a row (an acronym does):
 * with SSE2 in one load where the span is 16 bytes or less and byte 16 of
 * s is not past b (s a whole text), the bytes before a left out. */
static inline int text_upper_pair(const char *s, size_t a, size_t b)
{
#if defined(__SSE2__)
	if (b >= 16 && b - a <= 16) {
		const __m128i shift = _mm_set1_epi8((char)(0x80 - 'A')), top = _mm_set1_epi8((char)(-128 + 26));
		__m128i x = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + b - 16)), shift);
		unsigned u = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, top)) & (0xFFFFu << (16 - (b - a)));
		return (u & u >> 1) != 0;
	}
#endif
	for (size_t k = a; k + 1 < b; k++)
		if (s[k] >= 'A' && s[k] <= 'Z' && s[k + 1] >= 'A' && s[k + 1] <= 'Z')
			return 1;
	return 0;
}

/* The first place of w[0..m) in s[0..n), or NULL, as memmem finds it: its
 * first and last bytes compared at sixteen places at a time (SSE2), where
 * memmem's set-up for a short word cost more than a short text's search. */
const char *text_find(const char *s, size_t n, const char *w, size_t m);

/* Cell flags. */
#define TEXT_CELL_INVALID 1u	/* the byte is not valid UTF-8 (drawn as U+FFFD) */
#define TEXT_CELL_SPACE 2u	/* whitespace, drawn as blanks */
#define TEXT_CELL_HIDDEN 4u	/* whitespace collapsed into the one before: not drawn */

/* One character as the screen draws it. */
struct text_cell {
	size_t off;	/* byte offset of the character in the text */
	size_t len;	/* its length in bytes */
	uint32_t cp;	/* what is drawn: U+FFFD for bad bytes and controls, ' ' for whitespace */
	int width;	/* columns it takes: 0 for combining marks and hidden cells */
	unsigned flags;	/* TEXT_CELL_* */
};

/* Walks text cell by cell. `collapse` turns each run of whitespace (line
 * breaks included) into one blank, for reflowed paragraphs; without it
 * tabs expand to the next multiple of 8 columns, for preformatted text. */
struct text_iter {
	const char *s;	/* the text */
	size_t n;	/* its length in bytes */
	size_t i;	/* offset of the next character */
	int col;	/* column reached, for tab stops */
	int collapse;	/* whether whitespace runs collapse */
	int in_space;	/* the previous character was whitespace */
};

void text_iter_init(struct text_iter *it, const char *s, size_t n, int collapse);
/* Fills *cell with the next character; returns 0 at the end. */
int text_iter_next(struct text_iter *it, struct text_cell *cell);

/* Columns that s[0..n) takes when drawn with whitespace collapsed. */
int text_width(const char *s, size_t n);

/* Columns that s[0..n) takes drawn as it is, every blank counted. */
int text_columns(const char *s, size_t n);

/* Letter case of a word: whether its first letter is upper case, and
 * whether it has letters and all of them are upper case. */
int text_starts_upper(const char *s, size_t n);
int text_all_upper(const char *s, size_t n);
/* Whether s[0..n) has two ASCII capitals or more and no ASCII lower-case
 * letter: an acronym, or a word of a headline set in capitals. */
int text_caps_word(const char *s, size_t n);
/* Whether s[0..n) starts with a letter of any script. */
int text_starts_letter(const char *s, size_t n);
/* Whether s[0..n) starts with a lower-case letter: of a script with
 * letter case, so never one of Chinese or Arabic. */
int text_starts_lower(const char *s, size_t n);
/* A copy of the word with its first letter upper case and the others
 * lower case ("STEPANOV" -> "Stepanov"); hyphenated parts alike. */
char *text_title_case(const char *s, size_t n);
/* text_title_case for a name set in capitals, but a word of capitals
 * without a vowel stays as it is, an abbreviation ("TV", "NHS"), but for
 * the suffixes "Jr" and "Sr" and "St", "Mt" and "Ft"; a particle or link
 * after the first word is in lower case ("Port of Spain", "van"). */
char *text_name_case(const char *s, size_t n);

/* Folds s[0..n) for comparing names: lower case (Unicode case folding),
 * runs of whitespace as one space, ends trimmed, curly apostrophes and
 * dashes as their ASCII forms. Returns a new string; *outlen its length. */
char *text_fold(const char *s, size_t n, size_t *outlen);
/* The same into buf when it fits (returns buf), else a new string. */
char *text_fold_buf(const char *s, size_t n, char *buf, size_t size, size_t *outlen);

/* A word s[0..*n) that is a curly quotation mark or apostrophe, or a
 * possessive written with one ("’s"), as its ASCII form ("'", "\"",
 * "'s"); any other word as it is. Returns the text, *n its length. */
const char *text_straight_quotes(const char *s, size_t *n);

/* Removes the accents of s[0..n) in place ("josé" -> "jose", "łódź" ->
 * "lodz", as search's accent folding does), NUL-terminating it if it got
 * shorter; returns the new length. */
size_t text_strip_accents(char *s, size_t n);
/* Whether s[0..n) may hold a Latin letter with an accent or a combining
 * mark (the lead bytes of U+00C0-U+036F and U+1E00-U+1EFF, for
 * text_strip_accents to take off): a quick look, eight bytes at a time
 * where they are ASCII. */
int text_latin_marks(const char *s, size_t n);

/* The first grapheme-cluster boundary at or after offset i of s[0..n). */
size_t text_cluster_end(const char *s, size_t n, size_t i);

/* Whether the code point is whitespace for layout purposes. */
int text_is_space(uint32_t cp);
/* Whether the code point is of the scripts of China, Japan and Korea
 * (Han, kana, Hangul, their punctuation and full-width forms), which
 * write words without spaces and have no letter case. */
int text_is_east_asian(uint32_t cp);
/* Whether it is one of their marks of punctuation (。、「」（）). */
int text_is_east_asian_punct(uint32_t cp);

/* Wraps s[0..n) into lines of at most `width` columns, breaking only where
 * Unicode line breaking allows, and splitting a word only when it is wider
 * than a line (never inside a grapheme cluster). With `collapse`, runs of
 * whitespace count as one blank (reflowed text); line feeds are then spaces.
 * Stores the start offset of every line in *starts (allocated) and returns
 * how many lines there are (at least one). */
size_t text_wrap(const char *s, size_t n, int width, int collapse, size_t **starts);

/* 0 when s[0..n) is not valid UTF-8, 1 when it is ASCII, 2 when it is
 * valid UTF-8 with characters beyond ASCII. */
int text_utf8_kind(const char *s, size_t n);

/* Returns a clean copy of s[0..n): valid UTF-8, whitespace runs collapsed to
 * one space, leading and trailing whitespace removed, bad bytes as U+FFFD,
 * soft hyphens and other invisible marks inside words left out. */
char *text_clean(const char *s, size_t n);
/* The same into buf when it fits (returns buf), else a new string: the
 * shortcuts for ASCII fit in n + 1 bytes. */
char *text_clean_buf(const char *s, size_t n, char *buf, size_t size);
/* The same read cell by cell, as text_clean does for any text beyond
 * printable ASCII and spaces: the reference of its shortcut's tests. */
char *text_clean_cells(const char *s, size_t n);

/* Appends the UTF-8 encoding of cp to buf (at least 4 bytes free); returns
 * the number of bytes written. */
size_t text_encode(uint32_t cp, char *buf);

/* Cuts the clean string s to at most `cols` columns at a word boundary,
 * adding "…" when it cut; returns a new string. */
char *text_truncate(const char *s, int cols);

/* Shortens a path or URL to at most `cols` columns, for a heading: whole
 * when it fits; else its file name with as many of the last directories as
 * fit, those before given as "…" ("…/seeds/000_e89b.txt"); else the file
 * name alone; else the file name with its middle cut, its end kept
 * ("000_e8…73.txt"). Returns a new string. */
char *text_elide_path(const char *path, int cols);
/* Cutting a clean string between words, for a keyword in context: the
 * length in bytes of the longest head of s[0..n) that takes at most cols
 * columns and ends where a line may break (its trailing blanks dropped);
 * 0 when even the first word is wider. The whole string counts only with
 * end_ok (its end is the end of a word, not a cut). */
size_t text_fit_head(const char *s, size_t n, int cols, int end_ok);
/* The same from the end: the offset where the longest tail that fits
 * begins, at a break between words (or at 0 with start_ok: the string
 * begins a word); n when even the last word is wider. */
size_t text_fit_tail(const char *s, size_t n, int cols, int start_ok);

/* --- Search folding (used by search.c) ---------------------------------- */

/* What text_search_fold_cp does to a character. */
#define TEXT_SFOLD_CASE 1u	/* full Unicode case folding (ß -> ss, Σ/ς -> σ) */
#define TEXT_SFOLD_ACCENTS 2u	/* remove accents (combining diacritics, ø ł đ ħ ŧ) */

/* What it found. */
#define TEXT_SF_SPACE 1u	/* whitespace (no bytes written) */
#define TEXT_SF_BREAK 2u	/* a line break (with TEXT_SF_SPACE) */
#define TEXT_SF_STRIPPED 4u	/* an accent was removed */
#define TEXT_SF_UPPER 8u	/* upper or title case: lower-casing changes it */

/* The search form of code point cp: canonical decomposition (NFD; Hangul
 * syllables stay composed), then case folding and accent removal as `mode`
 * asks, written as UTF-8 into out (at least TEXT_SFOLD_MAX bytes).
 * Invisible characters (soft hyphen, zero-width space, word joiner, BOM)
 * and removed accents give nothing. Returns the bytes written; *flags gets
 * TEXT_SF_*. One character at a time, so that a caller can keep a map back
 * to the original offsets; canonical reordering of several marks is not
 * done. */
#define TEXT_SFOLD_MAX 32
size_t text_search_fold_cp(uint32_t cp, unsigned mode, char *out, unsigned *flags);

/* Whether offset i of s[0..n) is a grapheme-cluster boundary (0 and n are). */
int text_is_cluster_boundary(const char *s, size_t n, size_t i);

/* Whether cp is a word character, in any script: a letter, a combining
 * mark, a digit or number, or connector punctuation (_). */
int text_is_word_char(uint32_t cp);
/* Whether offset i of s[0..n) is outside any word: the characters either
 * side of it are not both word characters (0 and n always are). Soft
 * hyphens, word joiners and zero-width joiners are looked through, since
 * they join the word they sit in. An invalid byte is no word character. */
int text_is_word_edge(const char *s, size_t n, size_t i);

#endif
