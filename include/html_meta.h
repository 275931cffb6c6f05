/* html_meta: a web page's metadata (title, date, author, site name,
 * canonical URL, language), from the sources pages give it in, most trusted
 * first: JSON-LD schema.org data, Dublin Core, Open Graph and article:*
 * meta tags, other named meta tags (author, date, parsely-*, sailthru.*),
 * <time datetime>, a byline element, then <title> with the site name cut
 * off, then the first <h1>. */
#ifndef CROSSREAD_HTML_META_H
#define CROSSREAD_HTML_META_H

#include <libxml/tree.h>

struct html_meta {
	char *title, *date, *author, *source, *url, *lang;
	char *base;		/* what relative links resolve against, or NULL */
	xmlNodePtr byline;	/* the byline element the author came from, or NULL */
};

/* Reads the metadata of doc, the page named path (a URL gives the base
 * when the page has none of its own). */
void html_meta_read(xmlDocPtr doc, const char *path, struct html_meta *m);

/* Resolves a link's href against the page's base; a new string, or NULL
 * for a link to nowhere (empty, javascript:, a bare "#"). */
char *html_meta_resolve(const struct html_meta *m, const char *href);

void html_meta_free(struct html_meta *m);

#endif
