/* article: one news article loaded from a file: its bytes, the header lines
 * at its top, its title, and its paragraphs as byte ranges. Every position
 * is a byte offset into the file as read. */
#ifndef CROSSREAD_ARTICLE_H
#define CROSSREAD_ARTICLE_H

#include <stddef.h>

/* Paragraph flags. */
#define ARTICLE_PARA_BOILERPLATE 1u	/* web-page leftovers: shown dimmed */
#define ARTICLE_PARA_PRE 2u		/* a table or layout: keep its line breaks */
#define ARTICLE_PARA_TITLE 4u		/* this paragraph is the article's title */

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
	char *path;			/* the path it was loaded from */
	char *data;			/* the file's bytes, NUL-terminated for safety */
	size_t len;			/* number of bytes in data (NUL not counted) */
	size_t body_start;		/* where the text after the header begins */
	struct article_field *fields;	/* header lines, in file order */
	size_t nfields;
	struct article_para *paras;	/* body paragraphs, in file order */
	size_t npara;
	char *title;			/* the title to show (clean, never empty) */
	size_t title_start, title_end;	/* where the title's text is in the file */
	int title_para;			/* paragraph used as title, or -1 */
	int binary;			/* the bytes look like a binary file */
	int parsed;			/* header, paragraphs and title are filled in */
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

/* Parses an article read by article_read; does nothing the second time. */
void article_parse_now(struct article *a);

/* Parses bytes already in memory; takes ownership of data (len bytes,
 * allocated with room for one more). `path` names it in messages. */
struct article *article_parse(const char *path, char *data, size_t len);

void article_free(struct article *a);

/* The value of header key (lowercase, e.g. "date"), or NULL. */
const char *article_field(const struct article *a, const char *key);

/* Whether a buffer looks like a binary file rather than text. */
int article_looks_binary(const char *data, size_t len);

/* The paragraph that holds byte off, or npara if none does. */
size_t article_para_at(const struct article *a, size_t off);

/* Counts words in the body, for the details pane; counted once. */
size_t article_word_count(struct article *a);

#endif
