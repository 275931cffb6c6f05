/* builder: how a format reader (Markdown, later HTML and feeds) writes an
 * article. It appends header fields and paragraphs to a text of its own, in
 * the form a plain-text article has ("Title: ..." lines, a blank line, then
 * paragraphs apart by blank lines), and records every range as it goes, so
 * that the text it makes is what `--text` prints and what every offset
 * indexes. Whitespace in running text is collapsed to single blanks. */
#ifndef CROSSREAD_BUILDER_H
#define CROSSREAD_BUILDER_H

#include <stddef.h>

struct article;
struct builder;

/* A builder for the article named path (the file, "-" or the URL). */
struct builder *builder_new(const char *path);

/* A header field such as ("title", "A headline"). Fields come before any
 * paragraph; an empty value or a repeated key is ignored. Line breaks in
 * the value become blanks. */
void builder_field(struct builder *b, const char *key, const char *value, size_t n);

/* Starts a paragraph with ARTICLE_PARA_* flags; one that is open is ended
 * first. With ARTICLE_PARA_PRE its text is kept as it is, line breaks and
 * runs of blanks included. */
void builder_begin(struct builder *b, unsigned flags);
/* Appends text (UTF-8; bad bytes are kept and shown as U+FFFD later) to
 * the open paragraph, opening a plain one if none is. */
void builder_text(struct builder *b, const char *s, size_t n);
/* A line break within the paragraph. */
void builder_break(struct builder *b);
/* Ends the open paragraph; an empty one leaves nothing behind. */
void builder_end(struct builder *b);

/* Marks the text appended from now on as a link's anchor, until
 * builder_link_end gives where it points; a link without text is dropped. */
void builder_link_begin(struct builder *b);
void builder_link_end(struct builder *b, const char *url, size_t n);

/* A table's cell, for builder_table. */
enum builder_align { BUILDER_LEFT, BUILDER_RIGHT, BUILDER_CENTER };
struct builder_cell {
	size_t row;			/* its row; cells come row by row */
	int width;			/* display columns of its text */
	enum builder_align align;
	int empty;			/* it has no text */
};

/* Lays out a table's n cells in the open (preformatted) paragraph: every
 * column as wide as its widest cell, two blanks between columns, no
 * blanks at the ends of lines, no empty rows. write(ctx, k) appends cell
 * k's text; first(ctx), if given, is called before the first cell with
 * text (to open the paragraph). */
void builder_table(struct builder *b, const struct builder_cell *cells, size_t n, void (*write)(void *ctx, size_t k),
		   void (*first)(void *ctx), void *ctx);

/* Whether the open paragraph has any text yet. */
int builder_para_empty(const struct builder *b);

/* The finished article (parsed: title chosen, boilerplate marked); the
 * builder is freed. */
struct article *builder_finish(struct builder *b);

#endif
