/* html_dom: helpers over libxml2's HTML tree for the HTML reader. */
#include "html_dom.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "xmalloc.h"

int html_dom_is(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, name) == 0;
}

const char *html_dom_attr(xmlNodePtr n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		if (!a->name || strcasecmp((const char *)a->name, name) != 0)
			continue;
		xmlNodePtr t = a->children;
		return t && t->type == XML_TEXT_NODE && t->content ? (const char *)t->content : "";
	}
	return NULL;
}

xmlNodePtr html_dom_next(xmlNodePtr n, xmlNodePtr root, int descend)
{
	if (descend && n->children)
		return n->children;
	while (n && n != root) {
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

char *html_dom_text(xmlNodePtr n, size_t max)
{
	size_t cap = 64, len = 0;
	char *out = xmalloc(cap);
	int space = 0;
	/* Elements without text count too, so that a check of a short text
	 * stays short in a tree of empty elements. */
	size_t budget = max * 8 + 256;
	for (xmlNodePtr c = n; c && len < max && budget > 0; budget--) {
		int descend = 1;
		if (c->type == XML_ELEMENT_NODE) {
			descend = !html_dom_is(c, "script") && !html_dom_is(c, "style") &&
				  !html_dom_is(c, "noscript") && !html_dom_is(c, "template");
			if (html_dom_is(c, "br") || html_dom_is(c, "p") || html_dom_is(c, "div") ||
			    html_dom_is(c, "li") || html_dom_is(c, "td"))
				space = 1;
		} else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
			for (const char *s = (const char *)c->content; *s && len < max; s++) {
				if (strchr(" \t\r\n\f\v", *s)) {
					space = 1;
					continue;
				}
				if (len + 3 > cap) {
					cap *= 2;
					out = xrealloc(out, cap);
				}
				if (space && len > 0)
					out[len++] = ' ';
				space = 0;
				out[len++] = *s;
			}
		}
		c = html_dom_next(c, n, descend && c->type == XML_ELEMENT_NODE);
	}
	/* A cut may fall inside a character: back up to its start. */
	if (len >= max)
		while (len > 0 && ((unsigned char)out[len - 1] & 0xC0) == 0x80)
			len--;
	if (len >= max && len > 0 && ((unsigned char)out[len - 1] & 0x80))
		len--;
	out[len] = '\0';
	return out;
}

/* Whether word (lower case) is in s (lower case): as a whole word when
 * whole is set. */
static int html_dom_find(const char *s, const char *word, int whole)
{
	size_t wn = strlen(word);
	for (const char *p = s; (p = strstr(p, word)); p++) {
		if (!whole)
			return 1;
		int before = p == s || !isalnum((unsigned char)p[-1]);
		int after = !isalnum((unsigned char)p[wn]);
		if (before && after)
			return 1;
	}
	return 0;
}

int html_dom_hint(xmlNodePtr n, const char *const *words)
{
	const char *cls = html_dom_attr(n, "class"), *id = html_dom_attr(n, "id");
	if ((!cls || !*cls) && (!id || !*id))
		return 0;
	/* Both in lower case, apart by a blank; what is beyond a few hundred
	 * bytes (generated class lists) is not looked at. */
	char buf[4096];
	size_t o = 0;
	for (const char *s = cls ? cls : ""; *s && o < 3000; s++)
		buf[o++] = (char)tolower((unsigned char)*s);
	buf[o++] = ' ';
	for (const char *s = id ? id : ""; *s && o < sizeof buf - 1; s++)
		buf[o++] = (char)tolower((unsigned char)*s);
	buf[o] = '\0';
	for (size_t k = 0; words[k]; k++) {
		int whole = words[k][0] == '=';
		if (html_dom_find(buf, words[k] + whole, whole))
			return 1;
	}
	return 0;
}

int html_dom_true(const char *s)
{
	return s && (!*s || strcasecmp(s, "true") == 0 || strcmp(s, "1") == 0);
}
