/* libFuzzer harness for the input layer as a hostile file reaches it:
 * sniffing, charset conversion, the plain-text and Markdown readers (through
 * input_parse), and the header date reader. Checks the article's ranges
 * with article_check. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "date.h"
#include "input.h"
#include "sniff.h"
#include "xmalloc.h"

static void fuzz_check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The first byte picks the name the bytes come under, so that the
	 * name-based paths are reached too. */
	static const char *const names[] = { "a.txt", "a.md", "a", "a.html", "a.xml", "-" };
	const char *name = names[size ? data[0] % 6 : 0];
	struct article *a = article_new(name);
	free(a->data);
	a->data = xmalloc(size + 1);
	memcpy(a->data, data, size);
	a->data[size] = '\0';
	a->len = size;
	a->format = sniff_format(name, NULL, a->data, a->len);
	if (a->format == ARTICLE_PLAIN || a->format == ARTICLE_MARKDOWN) {
		input_parse(a);
		fuzz_check(a->parsed && article_check(a) == NULL);
		for (size_t k = 0; k < a->nfields; k++) {
			char iso[40];
			date_iso(a->fields[k].value, iso, sizeof iso);
		}
	}
	article_free(a);
	return 0;
}
