/* html_extract: finds a web page's main content the way Readability does.
 * Every element is indexed once in document order; paragraphs are scored
 * by their length and commas, their scores given to their ancestors,
 * weighted by class and id hints and scaled down by link density; the best
 * candidate and the siblings that belong with it are kept, and what in them
 * looks like navigation, share bars, forms or link lists is cleaned away.
 * Nothing is removed from the tree: nodes are only marked, so that a
 * second try with gentler rules (when the first finds too little text)
 * costs one more pass over the index. Every pass is linear. */
#ifndef CROSSREAD_HTML_EXTRACT_H
#define CROSSREAD_HTML_EXTRACT_H

#include <stddef.h>
#include <libxml/tree.h>

struct html_extract;

/* Indexes the elements of doc and marks those never shown: scripts,
 * styles, forms' controls, navigation, hidden elements. Uses the nodes'
 * _private pointers until html_extract_free. */
struct html_extract *html_extract_new(xmlDocPtr doc);

/* Marks an element (and what is in it) as not content: a byline found by
 * the metadata reader. */
void html_extract_drop(struct html_extract *x, xmlNodePtr n);

/* Finds the main content: stores the elements to show, in document order,
 * in *roots (owned by x) and returns how many there are (0 for a page
 * with no body). */
size_t html_extract_content(struct html_extract *x, xmlNodePtr **roots);

/* Whether element n is left out of what is shown (dropped or cleaned
 * away, or inside such an element). Nodes that are not elements are not. */
int html_extract_dead(const struct html_extract *x, xmlNodePtr n);

void html_extract_free(struct html_extract *x);

#endif
