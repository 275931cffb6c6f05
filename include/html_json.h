/* html_json: a small JSON reader for the JSON-LD blocks of web pages, where
 * the article's headline, date and authors are given as schema.org data.
 * It builds a tree of values, decodes strings (escapes and surrogate pairs
 * included), and refuses what nests deeper than a page's data ever does, so
 * that hostile input costs linear time and bounded stack. */
#ifndef CROSSREAD_HTML_JSON_H
#define CROSSREAD_HTML_JSON_H

#include <stddef.h>

enum html_json_type {
	HTML_JSON_NULL,
	HTML_JSON_BOOL,
	HTML_JSON_NUMBER,
	HTML_JSON_STRING,
	HTML_JSON_ARRAY,
	HTML_JSON_OBJECT
};

struct html_json {
	enum html_json_type type;
	char *str;			/* a string's value, a number or bool as written */
	char *key;			/* the member's key, when in an object */
	struct html_json *child;	/* an array's items or an object's members */
	struct html_json *next;		/* the next item or member */
};

/* Reads one JSON value from s[0..n); blanks, an HTML comment opener and a
 * CDATA marker around it are skipped, anything after it is ignored.
 * Returns NULL when it is not JSON. */
struct html_json *html_json_parse(const char *s, size_t n);

/* The member key of an object (first match), or NULL. */
const struct html_json *html_json_get(const struct html_json *obj, const char *key);

/* A string member's value, or NULL. */
const char *html_json_str(const struct html_json *obj, const char *key);

void html_json_free(struct html_json *j);

#endif
