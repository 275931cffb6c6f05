/* html: the HTML format reader. A web page becomes an article of text
 * alone: its main content found and the rest (navigation, share bars,
 * related links, comments, notices) left out, headings, lists, quotes,
 * tables and preformatted text as flagged paragraphs, figure captions
 * dimmed, links as ranges with absolute URLs, and the page's metadata
 * (title, date, author, site name, canonical URL, language) as header
 * fields. libxml2's HTML parser reads the markup, forgiving as browsers. */
#ifndef CROSSREAD_HTML_H
#define CROSSREAD_HTML_H

#include <stddef.h>

struct article;
struct builder;

/* Reads a web page into a finished article named path: the main content
 * extracted, the metadata in header fields. charset is what HTTP declared,
 * or NULL: then <meta charset> or http-equiv decide, else UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252. */
struct article *html_read(const char *path, const char *data, size_t len, const char *charset);

/* Appends the text of an HTML fragment (a feed item's body, UTF-8) to b,
 * block by block, without page-level extraction (used by the feed reader).
 * The last paragraph is ended. */
void html_fragment(struct builder *b, const char *data, size_t len);

#endif
