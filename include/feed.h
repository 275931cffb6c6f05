/* feed: the feed format reader. An RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or
 * Atom feed, parsed by libxml2, becomes one article per item: its title,
 * date, author, feed title, link, language and categories as header
 * fields, and its body (full content when the feed has it, else the
 * summary) as paragraphs, HTML read by the HTML reader. */
#ifndef CROSSREAD_FEED_H
#define CROSSREAD_FEED_H

#include <stddef.h>

struct article;

/* Reads a feed; every item becomes a finished article named path, with
 * a->item = 1, 2, ... in document order and a->format = ARTICLE_FEED.
 * Returns the number of items (0 for a feed without items) and sets *items
 * (an array the caller frees, with each article); returns -1 and sets *err
 * (a message naming path, to be freed) when the bytes are not a feed.
 * charset is what HTTP declared, or NULL (then the XML declaration, then
 * UTF-8). data is the bytes as they came: libxml2 decodes them; bytes
 * already converted to UTF-8 are to be passed with charset "UTF-8", which
 * overrides the XML declaration. Items with neither title, link nor body
 * are left out. */
long feed_read(const char *path, const char *data, size_t len, const char *charset, struct article ***items,
	       char **err);

/* As feed_read; *warning (when not NULL) is set to a message naming the
 * file and line of the first fault the parser recovered from, or NULL. */
long feed_read_warn(const char *path, const char *data, size_t len, const char *charset, struct article ***items,
		    char **err, char **warning);

#endif
