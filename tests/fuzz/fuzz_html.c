/* fuzz_html: a libFuzzer harness for the HTML reader. Any bytes go to
 * html_read (as a page, with and without an HTTP charset, under a URL so
 * that links resolve) and to html_fragment through a builder (as a feed
 * item's body), and to the JSON-LD reader on its own; none may crash, hang
 * or leak, and every article must have its ranges in order inside its
 * text: paragraphs, links (each within one paragraph), fields and the
 * title. A broken invariant aborts, so that libFuzzer keeps the input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "builder.h"
#include "html.h"
#include "html_json.h"

static void fuzz_fail(const char *what, size_t k)
{
	fprintf(stderr, "fuzz_html: invariant broken: %s (item %zu)\n", what, k);
	abort();
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
	/* The first byte picks the charset HTTP would have declared. */
	static const char *const charsets[] = { NULL, "utf-8", "iso-8859-1", "windows-1251", "shift_jis", "bogus" };
	const char *cs = charsets[size ? data[0] % 6 : 0];
	struct article *a = html_read("https://fuzz.example/a/b.html", s, size, cs);
	fuzz_check(a);
	article_free(a);
	struct builder *b = builder_new("fuzz.xml");
	builder_field(b, "title", "Item", 4);
	html_fragment(b, s, size);
	builder_text(b, "after", 5);
	a = builder_finish(b);
	fuzz_check(a);
	article_free(a);
	html_json_free(html_json_parse(s, size));
	return 0;
}
