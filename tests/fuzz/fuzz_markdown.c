/* fuzz_markdown: a libFuzzer harness for the Markdown reader. Any bytes go
 * to frontmatter_parse and markdown_read, which must not crash, hang or
 * leak, and must return an article whose ranges hold: every paragraph, link,
 * field and the title inside the text, paragraphs and links in order, each
 * link within one paragraph. A broken invariant aborts, so that libFuzzer
 * keeps the input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "frontmatter.h"
#include "markdown.h"

static void fuzz_fail(const char *what, size_t k)
{
	fprintf(stderr, "fuzz_markdown: invariant broken: %s (item %zu)\n", what, k);
	abort();
}

/* Each field's key must be a non-empty C string and its value n bytes. */
static void fuzz_field(const char *key, const char *value, size_t n, void *ctx)
{
	size_t *count = ctx;
	if (!key[0] || n == 0 || strlen(value) > n || value[n] != '\0')
		fuzz_fail("front matter field", *count);
	(*count)++;
}

static void fuzz_check(const struct article *a)
{
	if (!a->data || a->data[a->len] != '\0')
		fuzz_fail("text not NUL-terminated", 0);
	if (a->body_start > a->len)
		fuzz_fail("body start past the end", 0);
	for (size_t k = 0; k < a->npara; k++) {
		const struct article_para *p = &a->paras[k];
		if (p->start >= p->end || p->end > a->len)
			fuzz_fail("paragraph range", k);
		if (k > 0 && a->paras[k - 1].end > p->start)
			fuzz_fail("paragraphs out of order", k);
		if (p->start < a->body_start)
			fuzz_fail("paragraph in the header", k);
	}
	for (size_t k = 0; k < a->nlinks; k++) {
		const struct article_link *l = &a->links[k];
		if (l->start >= l->end || l->end > a->len || !l->url)
			fuzz_fail("link range", k);
		if (k > 0 && a->links[k - 1].end > l->start)
			fuzz_fail("links out of order", k);
		size_t p = article_para_at(a, l->start);
		if (p >= a->npara || l->end > a->paras[p].end)
			fuzz_fail("link outside its paragraph", k);
	}
	for (size_t k = 0; k < a->nfields; k++) {
		const struct article_field *f = &a->fields[k];
		if (f->key_start > f->key_end || f->key_end > f->value_start || f->value_start > f->value_end ||
		    f->value_end > a->body_start || !f->value || !f->key)
			fuzz_fail("field range", k);
	}
	if (!a->title || !a->title[0] || a->title_start > a->title_end || a->title_end > a->len)
		fuzz_fail("title", 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t count = 0;
	size_t body = frontmatter_parse(s, size, fuzz_field, &count);
	if (body > size || (body == 0 && count > 0))
		fuzz_fail("front matter end", body);
	struct article *a = markdown_read("fuzz.md", s, size);
	fuzz_check(a);
	article_free(a);
	return 0;
}
