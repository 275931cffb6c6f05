/* html_dom: small helpers over libxml2's HTML tree shared by the HTML
 * reader's modules: attributes without copies, element names, a preorder
 * walk without recursion (libxml2 trees can be deep), a node's text, and
 * matching the words of class and id attributes against hint lists. */
#ifndef CROSSREAD_HTML_DOM_H
#define CROSSREAD_HTML_DOM_H

#include <stddef.h>
#include <libxml/tree.h>

/* Whether n is an element named name (lower case, as the parser gives). */
int html_dom_is(xmlNodePtr n, const char *name);

/* The value of attribute name of element n (its first text), "" when it
 * has none, or NULL when n has no such attribute. */
const char *html_dom_attr(xmlNodePtr n, const char *name);

/* The node after n in document order within root: its first child when
 * descend is set and it has one, else its next sibling or an ancestor's
 * (below root); NULL at the end. */
xmlNodePtr html_dom_next(xmlNodePtr n, xmlNodePtr root, int descend);

/* The text of n and its descendants, blanks collapsed and trimmed, scripts
 * and styles left out, cut after about max bytes (or a number of nodes in
 * proportion); a new string. */
char *html_dom_text(xmlNodePtr n, size_t max);

/* Whether the class and id of element n contain one of the words: a word
 * given as "=ad" must be a whole word of them (cut at blanks, '-' and '_'),
 * any other is found as a part of them, case ignored. */
int html_dom_hint(xmlNodePtr n, const char *const *words);

/* Whether s[0..n) is "true", "1" or empty (a boolean attribute's forms). */
int html_dom_true(const char *s);

#endif
