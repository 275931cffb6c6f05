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
		if (l->start >= l->end || l->end > a->len || !l->url || !l->url[0])
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
