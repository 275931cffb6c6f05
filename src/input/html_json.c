/* html_json: a recursive-descent JSON reader for JSON-LD. Depth is capped,
 * since JSON-LD never nests deeply and a hostile page could. */
#include "html_json.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xmalloc.h"

/* Deeper nesting than this is not JSON-LD a page means. */
#define HTML_JSON_DEPTH 48

struct html_json_reader {
	const char *s;
	size_t n, i;
};

static void html_json_blank(struct html_json_reader *r)
{
	while (r->i < r->n && strchr(" \t\r\n\f\v", r->s[r->i]) && r->s[r->i])
		r->i++;
}

static unsigned html_json_hex4(const char *s)
{
	unsigned v = 0;
	for (int k = 0; k < 4; k++) {
		char c = s[k];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
			c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return 0x10000; /* not a hex digit */
		v = v * 16 + (unsigned)d;
	}
	return v;
}

/* Reads a string at r->i (at its opening quote) into a fresh buffer.
 * Raw control characters are taken as they are: pages write them. */
static char *html_json_string(struct html_json_reader *r)
{
	r->i++; /* the quote */
	size_t start = r->i;
	while (r->i < r->n && r->s[r->i] != '"') {
		if (r->s[r->i] == '\\')
			r->i++;
		r->i++;
	}
	if (r->i >= r->n)
		return NULL;
	size_t end = r->i++;
	/* No escape grows the text by half: a broken "\u" (2 bytes) gives
	 * U+FFFD (3 bytes), \uXXXX (6) at most 4. */
	char *out = xmalloc((end - start) * 2 + 4);
	size_t o = 0;
	for (size_t k = start; k < end;) {
		char c = r->s[k];
		if (c != '\\') {
			out[o++] = c;
			k++;
			continue;
		}
		char e = r->s[k + 1]; /* k + 1 < end: a backslash never ends it */
		k += 2;
		switch (e) {
		case 'n': out[o++] = '\n'; break;
		case 't': out[o++] = '\t'; break;
		case 'r': out[o++] = '\r'; break;
		case 'b': case 'f': out[o++] = ' '; break;
		case 'u': {
			uint32_t cp = TEXT_REPLACEMENT;
			if (end - k >= 4) {
				unsigned v = html_json_hex4(r->s + k);
				if (v < 0x10000) {
					k += 4;
					cp = v;
					if (v >= 0xD800 && v < 0xDC00 && end - k >= 6 && r->s[k] == '\\' &&
					    r->s[k + 1] == 'u') {
						unsigned lo = html_json_hex4(r->s + k + 2);
						if (lo >= 0xDC00 && lo < 0xE000) {
							cp = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
							k += 6;
						}
					}
					if (cp == 0 || (cp >= 0xD800 && cp < 0xE000))
						cp = TEXT_REPLACEMENT;
				}
			}
			o += text_encode(cp, out + o);
			break;
		}
		default: out[o++] = e; break; /* \" \\ \/ and unknown ones */
		}
	}
	out[o] = '\0';
	return out;
}

static struct html_json *html_json_value(struct html_json_reader *r, int depth);

/* The items of an array or the members of an object, after its opener. */
static int html_json_items(struct html_json_reader *r, struct html_json *j, int depth)
{
	char close = j->type == HTML_JSON_ARRAY ? ']' : '}';
	struct html_json **tail = &j->child;
	r->i++;
	for (;;) {
		html_json_blank(r);
		if (r->i >= r->n)
			return -1;
		if (r->s[r->i] == close) {
			r->i++;
			return 0;
		}
		char *key = NULL;
		if (j->type == HTML_JSON_OBJECT) {
			if (r->s[r->i] != '"' || !(key = html_json_string(r)))
				return -1;
			html_json_blank(r);
			if (r->i >= r->n || r->s[r->i] != ':') {
				free(key);
				return -1;
			}
			r->i++;
		}
		struct html_json *v = html_json_value(r, depth + 1);
		if (!v) {
			free(key);
			return -1;
		}
		v->key = key;
		*tail = v;
		tail = &v->next;
		html_json_blank(r);
		if (r->i < r->n && r->s[r->i] == ',')
			r->i++; /* a trailing comma before the close is let pass */
		else if (r->i >= r->n || r->s[r->i] != close)
			return -1;
	}
}

static struct html_json *html_json_value(struct html_json_reader *r, int depth)
{
	html_json_blank(r);
	if (r->i >= r->n || depth > HTML_JSON_DEPTH)
		return NULL;
	struct html_json *j = xcalloc(1, sizeof *j);
	char c = r->s[r->i];
	if (c == '{' || c == '[') {
		j->type = c == '{' ? HTML_JSON_OBJECT : HTML_JSON_ARRAY;
		if (html_json_items(r, j, depth) != 0) {
			html_json_free(j);
			return NULL;
		}
	} else if (c == '"') {
		j->type = HTML_JSON_STRING;
		if (!(j->str = html_json_string(r))) {
			free(j);
			return NULL;
		}
	} else {
		/* A number, true, false or null: a run of word characters. */
		size_t start = r->i;
		while (r->i < r->n && (strchr("+-.", r->s[r->i]) || (r->s[r->i] >= '0' && r->s[r->i] <= '9') ||
				       (r->s[r->i] >= 'a' && r->s[r->i] <= 'z') || (r->s[r->i] >= 'A' && r->s[r->i] <= 'Z')) &&
		       r->s[r->i])
			r->i++;
		size_t len = r->i - start;
		if (len == 0) {
			free(j);
			return NULL;
		}
		j->str = xstrndup(r->s + start, len);
		j->type = strcmp(j->str, "null") == 0 ? HTML_JSON_NULL :
			  strcmp(j->str, "true") == 0 || strcmp(j->str, "false") == 0 ? HTML_JSON_BOOL : HTML_JSON_NUMBER;
	}
	return j;
}

struct html_json *html_json_parse(const char *s, size_t n)
{
	struct html_json_reader r = { s, n, 0 };
	/* Wrappers pages put around the data for old browsers. */
	static const char *const wrappers[] = { "<!--", "//<![CDATA[", "<![CDATA[" };
	for (int again = 1; again;) {
		again = 0;
		html_json_blank(&r);
		for (size_t k = 0; k < sizeof wrappers / sizeof wrappers[0]; k++) {
			size_t w = strlen(wrappers[k]);
			if (r.n - r.i >= w && memcmp(r.s + r.i, wrappers[k], w) == 0) {
				r.i += w;
				again = 1;
			}
		}
	}
	return html_json_value(&r, 0);
}

const struct html_json *html_json_get(const struct html_json *obj, const char *key)
{
	if (!obj || obj->type != HTML_JSON_OBJECT)
		return NULL;
	for (const struct html_json *m = obj->child; m; m = m->next)
		if (m->key && strcmp(m->key, key) == 0)
			return m;
	return NULL;
}

const char *html_json_str(const struct html_json *obj, const char *key)
{
	const struct html_json *v = html_json_get(obj, key);
	return v && v->type == HTML_JSON_STRING ? v->str : NULL;
}

void html_json_free(struct html_json *j)
{
	while (j) {
		struct html_json *next = j->next;
		html_json_free(j->child);
		free(j->str);
		free(j->key);
		free(j);
		j = next;
	}
}
