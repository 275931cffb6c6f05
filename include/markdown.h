/* markdown: the Markdown format reader. CommonMark with GitHub's tables,
 * strikethrough, task lists and autolinks (parsed by md4c), with optional
 * YAML front matter, becomes an article of text alone: headings, list
 * items, quotes, code and tables as flagged paragraphs, links as ranges
 * with their URLs, no markup and no raw HTML. */
#ifndef CROSSREAD_MARKDOWN_H
#define CROSSREAD_MARKDOWN_H

#include <stddef.h>

struct article;

/* Reads data[0..len) (UTF-8, as converted by the caller) as the Markdown
 * file named path; returns the finished article (title chosen). Front
 * matter keys become header fields: title, date, author, source, url, tags
 * and lang, under their common other names too (headline, published,
 * authors, publisher, link, keywords, language...); other keys are left
 * out. */
struct article *markdown_read(const char *path, const char *data, size_t len);

#endif
