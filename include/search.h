/* search: finding a pattern in an article's bytes, literally or as a
 * regular expression (PCRE2), the way a reader means it:
 *
 *   - smart case: case-insensitive unless the pattern has an upper-case
 *     letter; insensitive means full Unicode case folding ("straße" finds
 *     "STRASSE", "οδος" finds "ΟΔΟΣ");
 *   - canonical equivalence: a composed é finds e + U+0301 and back;
 *   - accents: ignored when the pattern has none ("melanie" finds
 *     "Mélanie", "lodz" finds "Łódź"), respected when it has one;
 *   - whitespace: any run of blanks and single line breaks is one space, so
 *     "foo bar" finds "foo\n   bar" in a hard-wrapped paragraph; a run that
 *     holds a blank line (a paragraph break) is a line feed instead;
 *   - soft hyphens and zero-width spaces are invisible;
 *   - whole words, when asked (SEARCH_WORD): a match never starts or ends
 *     inside a word, a word being a run of letters, marks, digits and
 *     connector punctuation of any script (text_is_word_edge), so "nato"
 *     finds "NATO's" and "(NATO)" but not "ANATOLII".
 *
 * In a regular expression, ^ and $ match at the start and end of each
 * paragraph, which includes the start and the end of the text (whatever
 * blank lines or spaces are before or after them).
 *
 * A match always covers whole characters (grapheme clusters) of the text:
 * "s" does not match half of "ß", "e" does not match the e of a decomposed
 * "é" when accents are respected. Every position is a byte offset into the
 * original text, which may hold invalid UTF-8 and NULs: these never match.
 *
 * Speed: a text is searched through a prepared copy (folded, with a compact
 * map back to the original offsets), built once per text and folding mode
 * and reused for every pattern; see search.c. */
#ifndef CROSSREAD_SEARCH_H
#define CROSSREAD_SEARCH_H

#include <stddef.h>
#include <stdio.h>

struct corpus;

/* How a pattern is read: flags for search_compile and search_print. */
#define SEARCH_REGEX 1	/* a PCRE2 regular expression, not a literal */
#define SEARCH_WORD 2	/* whole words only */

/* A match: the bytes [start, end) of the original text. */
struct search_match {
	size_t start, end;
};

/* A compiled pattern. The first fields may be read; the rest is private. */
struct search_pattern {
	char *text;		/* the pattern as given */
	int regex;		/* a PCRE2 regular expression, not a literal */
	int word;		/* whole words only */
	int caseless;		/* no upper-case letter: case is ignored */
	int ignore_accents;	/* no accent: accents are ignored */
	/* private */
	unsigned mode;		/* which prepared copy it searches */
	char *folded;		/* literal: the pattern in its search form */
	size_t flen;
	int never;		/* it cannot match anything (empty, invalid bytes) */
	size_t sieve_at, sieve_len;	/* literal: folded[sieve_at..) for search_may_match */
	void *code;		/* regex: pcre2_code */
	void *mdata;		/* regex: pcre2_match_data */
	int *limit;		/* regex: the PCRE2 error that stopped a search, or 0 */
	void *mctx;		/* regex: pcre2_match_context with the match limit */
};

/* Compiles a pattern, read as flags say (SEARCH_REGEX, SEARCH_WORD; 0
 * for a literal, so that a regex flag of 0 or 1 works as it is). In a
 * regular expression with SEARCH_WORD, an alternative that would cut a
 * word gives way to one that does not ("NAT|NATO" finds all of "NATO").
 * On error (only a regular expression can be wrong)
 * returns NULL, sets *err to a message to be freed, such as "missing
 * closing parenthesis at character 4", and *err_at (if not NULL) to the
 * byte offset in pattern where the problem was found. Nothing is printed. */
struct search_pattern *search_compile(const char *pattern, int flags, char **err, size_t *err_at);
void search_pattern_free(struct search_pattern *p);

/* Whether a search with p stopped because PCRE2 gave up (its match,
 * depth or heap limit, or the JIT stack, reached by backtracking such as
 * "(a+)+$"): the matches it gave may then be incomplete, and the pattern
 * must be reported as too complex, never as not found. Once set, it stays
 * set for the pattern's life. */
int search_too_complex(const struct search_pattern *p);
/* The message for that: "'PATTERN' is too complex: match limit exceeded"
 * (a new string). */
char *search_too_complex_message(const struct search_pattern *p);
/* PCRE2's match limit (backtracking steps at one starting place) for the
 * patterns compiled from now on; 0 restores PCRE2's default, ten million.
 * For the fuzz harnesses, which would otherwise spend their time on
 * patterns like "(a+)+$". */
void search_set_match_limit(unsigned long limit);

/* A text prepared for searching: s[0..n) of a buffer that must outlive it
 * (not copied). The folded copies are built when a pattern first needs
 * one: with build_now, the copy that most patterns use (case and accents
 * ignored) is built at once. Texts over 2 GiB are searched in their first
 * 2 GiB. */
struct search_text;
struct search_text *search_prepare(const char *s, size_t n, int build_now);
void search_text_free(struct search_text *t);

/* Whether s[0..n) may hold a match of p, from a quick look at its bytes
 * (no folding): 0 only when it certainly holds none, so that a search over
 * many texts can pass it by. That is when p is a literal with a run of
 * printable ASCII other than blanks in its search form and the text is
 * all ASCII without that run in it (ignoring case if p does): in an ASCII
 * text, folding only lowers capitals, makes each run of blanks one byte and
 * NULs invalid, so each such run of the folded copy is a run of the text. Any byte beyond ASCII (é folds to
 * e, "ﬁ" to "fi", a soft hyphen vanishes) and any regular expression
 * give 1. The text searched is the article's text (HTML entities and
 * Markdown already read), not its file's bytes. */
int search_may_match(const struct search_pattern *p, const char *s, size_t n);

/* Called for each match, in order; returns nonzero to stop. */
typedef int (*search_fn)(const struct search_match *m, void *ctx);

/* Calls fn for every match that starts in [from, to) (to may be
 * SIZE_MAX), leftmost first, not overlapping one another (after a match
 * the search goes on at its end, as grep -o does). Returns the number of
 * matches passed to fn. fn may be NULL, to count. A search that reaches a
 * PCRE2 limit stops there (see search_too_complex). */
size_t search_find_all(struct search_text *t, const struct search_pattern *p, size_t from,
		       size_t to, search_fn fn, void *ctx);
/* The number of matches in the whole text. */
size_t search_count(struct search_text *t, const struct search_pattern *p);

/* The first match that starts at or after `from`; if there is none, the
 * first of the text, with *wrapped set to 1 (else 0). Returns 0 when the
 * text has no match at all. For vi-like n, pass the current match's
 * start + 1 (matches may then overlap); for grep-like, its end. */
int search_next(struct search_text *t, const struct search_pattern *p, size_t from,
		struct search_match *m, int *wrapped);
/* The last match that starts before `before`; if there is none, the last
 * of the text, with *wrapped set. Returns 0 when there is no match. */
int search_prev(struct search_text *t, const struct search_pattern *p, size_t before,
		struct search_match *m, int *wrapped);

/* For `crossread --search PATTERN PATH...`: prints every match in the
 * articles of c (flags as search_compile's) as "file:line:column:text",
 * line 1-based in the file, column the 1-based position in characters
 * within the line, text the line (bad bytes and controls shown as
 * U+FFFD, a CR before the line feed dropped). A line of up to SEARCH_PRINT_WIDE characters is printed
 * whole; in a longer one, each match is printed with SEARCH_PRINT_CONTEXT
 * characters either side, and "…" (U+2026) where the line was cut, so
 * that the output grows with the matches and not with matches times the
 * line. A match that crosses a line break is reported at the line where
 * it starts (and printed up to that line's end). Returns the number of
 * matches, or -1 with *err set (a message to be freed) when a regular
 * expression does not compile or is too complex (see search_too_complex;
 * the matches found before it gave up have been printed, nothing after).
 * The articles are searched on every core (a plain-text one with only its
 * charset converted, see corpus_text; one that search_may_match rules out
 * not folded at all), and the output is written in the corpus's order,
 * the same as one thread's. */
long search_print(FILE *out, struct corpus *c, const char *pattern, int flags, char **err);

/* Lines longer than this many characters are printed as windows. */
#define SEARCH_PRINT_WIDE 1000
/* Characters printed either side of a match in such a line. */
#define SEARCH_PRINT_CONTEXT 100
/* Starts of the last characters passed, kept to find a window's start. */
#define SEARCH_PRINT_RING 128

/* The printer search_print uses, for matches found otherwise: set it up
 * for one article's text s[0..n), then give search_print_match (a
 * search_fn, with the printer as ctx) that article's matches in order.
 * Every byte of the text is looked at a bounded number of times. */
struct search_printer {
	FILE *out;
	const char *path;
	const char *s;
	size_t n;
	size_t line;		/* line number of line_start, 1-based */
	size_t line_start;	/* where that line begins */
	size_t line_end;	/* where it ends (before any CR LF), SIZE_MAX until known */
	int line_wide;		/* it has more than SEARCH_PRINT_WIDE characters */
	size_t cpos;		/* a position in it... */
	size_t chars;		/* ...and the characters before it in the line */
	size_t ring[SEARCH_PRINT_RING];	/* the start of character k of the line at k % SEARCH_PRINT_RING */
};
void search_printer_init(struct search_printer *p, FILE *out, const char *path, const char *s, size_t n);
int search_print_match(const struct search_match *m, void *ctx);

#endif
