/* frontmatter: the YAML front matter at the top of a Markdown file, in the
 * flat form that notes and static-site posts use: "key: value" scalars
 * (plain, 'single' or "double" quoted, | and > block scalars) and lists
 * ([a, b] or "- item" lines under a key). It is not a YAML parser: nested
 * mappings, anchors and tags are skipped rather than understood, and no
 * input is an error. */
#ifndef CROSSREAD_FRONTMATTER_H
#define CROSSREAD_FRONTMATTER_H

#include <stddef.h>

/* Reads the front matter at the start of data[0..len): a "---" line (after
 * an optional UTF-8 byte-order mark), YAML, then a "---" or "..." line; LF
 * or CRLF line breaks. Calls field(key, value, n, ctx) for every top-level
 * key with a non-empty value, in file order: key as written (NUL-terminated),
 * value n bytes (NUL-terminated too, escapes decoded, a list's items joined
 * with ", "); both are valid only during the call. Returns the offset where
 * the body starts (after the closing line), or 0 when data does not start
 * with front matter, it is never closed, or it holds a line that is neither
 * a key nor part of a value (then it is Markdown, and field is not called). */
size_t frontmatter_parse(const char *data, size_t len,
			 void (*field)(const char *key, const char *value, size_t n, void *ctx),
			 void *ctx);

#endif
