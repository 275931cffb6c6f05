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
	const char *why = article_check(a);
	if (why)
		fuzz_fail(why, 0);
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
