/* sniff: what an input is (plain text, Markdown, a web page, a feed, or not
 * text at all), from its Content-Type, its first bytes and its name, in the
 * way file(1) and browsers tell: the content first, then the name. */
#ifndef CROSSREAD_SNIFF_H
#define CROSSREAD_SNIFF_H

#include <stddef.h>

#include "article.h"

/* The format of data[0..len), named name (a path or URL; may be NULL),
 * served as content_type (a media type such as "text/markdown"; may be
 * NULL). */
enum article_format sniff_format(const char *name, const char *content_type, const char *data, size_t len);
/* The same, for data whose article_looks_binary is known already (an
 * article just read has it in its binary field): not read for it again. */
enum article_format sniff_format_known(const char *name, const char *content_type, const char *data, size_t len,
				       int binary);

/* Whether a file of this name is picked up in a directory: an article's
 * extension, or none at all (then its content decides). */
int sniff_article_name(const char *name);

/* The format's name for messages: "plain text", "Markdown", ... */
const char *sniff_format_name(enum article_format f);

#endif
