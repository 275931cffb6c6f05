/* article: one news article, whatever it came from: its text, the header
 * fields at its top, its title, and its paragraphs and links as byte ranges.
 * The text is the coordinate system: for a plain UTF-8 file it is the file's
 * bytes; for any other input (Markdown, another charset, later HTML and
 * feeds) it is the text the format reader produced, which `--text` prints.
 * This module reads plain text; src/input/ turns the other formats into
 * this same description. */
#ifndef CROSSREAD_ARTICLE_H
#define CROSSREAD_ARTICLE_H

#include <stddef.h>

#include "filestamp.h"

/* Paragraph flags. */
#define ARTICLE_PARA_BOILERPLATE 1u	/* web-page leftovers: shown dimmed */
#define ARTICLE_PARA_PRE 2u		/* a table or layout: keep its line breaks */
#define ARTICLE_PARA_TITLE 4u		/* this paragraph is the article's title */
#define ARTICLE_PARA_HEADING 8u		/* a heading within the body */
#define ARTICLE_PARA_QUOTE 16u		/* a block quote */
#define ARTICLE_PARA_LIST 32u		/* an item of a list */
#define ARTICLE_PARA_CODE 64u		/* program code (with PRE): no names in it */
#define ARTICLE_PARA_CITATION 128u	/* an entry of a list of references: shown
					 * dimmed; its names are its sources', which
					 * count for nothing in cross-references */

/* What an input is, as sniffed from its name, its Content-Type and its
 * first bytes. */
enum article_format {
	ARTICLE_PLAIN,		/* plain text, with optional header lines */
	ARTICLE_MARKDOWN,	/* CommonMark, with optional YAML front matter */
	ARTICLE_HTML,		/* a web page (not read yet) */
	ARTICLE_FEED,		/* an RSS or Atom feed (not read yet) */
	ARTICLE_BINARY		/* not text at all */
};

/* A link in the text: its anchor text's range and where it points. */
struct article_link {
	size_t start, end;
	char *url;
};

struct article_para {
	size_t start;	/* first byte of the paragraph's text */
	size_t end;	/* one past its last byte (trailing whitespace excluded) */
	unsigned flags;	/* ARTICLE_PARA_* */
};

/* A header line such as "Title: ..." or "date 2022-01-25". */
struct article_field {
	size_t key_start, key_end;	/* the key as written */
	size_t value_start, value_end;	/* its value */
	char *key;			/* the key, lowercased */
	char *value;			/* the value, cleaned (valid UTF-8) */
};

struct article {
	char *path;			/* the path, "-" for standard input, or the URL */
	char *data;			/* the text, NUL-terminated for safety */
	size_t len;			/* number of bytes in data (NUL not counted) */
	enum article_format format;	/* what the input was */
	size_t item;			/* its number within its file (0 for one article) */
	char *label;			/* "path#item" for an item of a feed, else NULL */
	char *charset;			/* the charset the source declared, or NULL */
	char *converted;		/* the charset it was converted from, or NULL */
	struct article_link *links;	/* links in the text, in text order */
	size_t nlinks;
	size_t body_start;		/* where the text after the header begins */
	struct article_field *fields;	/* header lines, in file order */
	size_t nfields;
	struct article_para *paras;	/* body paragraphs, in file order */
	size_t npara;
	char *title;			/* the title to show (clean, never empty) */
	size_t title_start, title_end;	/* where the title's text is in the file */
	int title_para;			/* paragraph used as title, or -1 */
	int binary;			/* the bytes look like a binary file */
	int ascii;			/* the bytes are all ASCII, as read (1), or not known (0) */
	int parsed;			/* header, paragraphs and title are filled in */
	int decoded;			/* data is the text: its charset converted (input_decode) */
	int built;			/* a format reader set the paragraphs: keep them */
	struct filestamp stamp;		/* the file as it was read, for telling a change
					 * (stamp.exists 0: not a regular file) */
	int partial;			/* the first part of a longer text (article_first_part) */
	int rest_fd;			/* 1 + the file still to be read to its end (article_read_rest), or 0 */
	size_t rest_cap;		/* bytes allocated at data, while some is to be read */
	size_t rest_size;		/* the file's size, as fstat said it then */
	int listed_regular;		/* its directory's listing called it a regular file,
					 * not a symbolic link: no lstat needs to ask */
	size_t nwords;			/* words in the body, once words_counted */
	int words_counted;
};

/* Reads and parses the file at path. Returns NULL and sets *err (a message
 * naming the file, to be freed) when it cannot be read. */
struct article *article_load(const char *path, char **err);

/* Reads the file at path without parsing it (only `binary` is set), so
 * that thousands of articles can be listed at once and parsed when shown.
 * Errors as for article_load. */
struct article *article_read(const char *path, char **err);

/* As article_read, for the file `name` in the directory open as dirfd
 * (AT_FDCWD: the current one), named path in the article and messages:
 * opening thousands of files of one directory by a short name spares the
 * kernel a walk down the whole path each time. */
struct article *article_read_at(int dirfd, const char *name, const char *path, char **err);

/* As article_read, from an open descriptor (left open), such as standard
 * input; path names it in messages. */
struct article *article_read_fd(int fd, const char *path, char **err);

/* As article_read, but a regular file is read only until `upto` bytes are
 * in: a big file's first screen need not wait for the rest, which
 * article_read_rest reads (rest_fd is set while some is left). */
struct article *article_read_first(const char *path, size_t upto, char **err);

/* Reads what article_read_first left of the file, into the same text.
 * Returns 0, or -1 with *err set (a message to free); what was read is
 * kept either way. Nothing to do (0) for an article read whole. */
int article_read_rest(struct article *a, char **err);

/* Parses an article read by article_read; does nothing the second time. */
void article_parse_now(struct article *a);

/* The first part of a big article read by article_read, parsed, so that
 * its first screen need not wait for the whole: about want bytes of its
 * text, cut before a blank line where there is one a little further on
 * (else at a line's end, else between words), so that its offsets are the
 * whole's and its paragraphs (all but perhaps the last) the ones the
 * whole's parse makes. Marked partial: its last paragraphs are not taken
 * for the article's bottom. NULL when the article is not much longer
 * than want. The text is taken as it is (no charset conversion). */
struct article *article_first_part(const struct article *a, size_t want);

/* Parses bytes already in memory; takes ownership of data (len bytes,
 * allocated with room for one more). `path` names it in messages. */
struct article *article_parse(const char *path, char *data, size_t len);

void article_free(struct article *a);

/* How output and the screen name the article: its path, or "path#N" for
 * item N of a feed. */
const char *article_name(const struct article *a);

/* The value of header key (lowercase, e.g. "date"), or NULL. */
const char *article_field(const struct article *a, const char *key);

/* Chooses the title (a header field, a headline paragraph, the first
 * sentence, the file name) and marks boilerplate; for format readers that
 * set the header fields and paragraphs themselves. */
void article_finish(struct article *a);

/* An empty article named path, for format readers to fill in. */
struct article *article_new(const char *path);

/* NULL when every range of the article holds (the text NUL-terminated;
 * paragraphs non-empty, in order, in the body; links non-empty, with a URL,
 * in order, each within one paragraph; fields in the header; a title);
 * else what does not. For the format readers' tests and fuzz harnesses. */
const char *article_check(const struct article *a);

/* The phrases that make a paragraph boilerplate wherever they stand in
 * it, and those of a credit line at the bottom (lowercase, NULL-ended). */
extern const char *const article_anywhere[];
extern const char *const article_credits[];
/* Whether s[0..n), ASCII letters lowercased and NULs made blanks, holds a
 * phrase of article_anywhere (if anywhere is set) or of article_credits
 * (if credits is set): what a strstr of each in the lowercased copy would
 * tell, in one pass. */
int article_phrase_in(const char *s, size_t n, int anywhere, int credits);

/* Whether a buffer looks like a binary file rather than text. */
int article_looks_binary(const char *data, size_t len);

/* The paragraph that holds byte off, or npara if none does. */
size_t article_para_at(const struct article *a, size_t off);

/* Counts words in the body, for the details pane; counted once. */
size_t article_word_count(struct article *a);

#endif
