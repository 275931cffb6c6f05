/* fuzz_feed: a libFuzzer harness for the feed reader. Any bytes go to
 * feed_read (under a file name or a URL, with or without a declared
 * charset, as the first byte picks), which must not crash, hang, leak or
 * blow up on entities, and must return either an error message or items
 * whose ranges hold: every paragraph, link, field and the title inside the
 * text, paragraphs and links in order, each link within one paragraph,
 * items numbered 1, 2, ... A broken invariant aborts, so that libFuzzer
 * keeps the input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "date.h"
#include "feed.h"

static void fuzz_fail(const char *what, size_t k)
{
	fprintf(stderr, "fuzz_feed: invariant broken: %s (item %zu)\n", what, k);
	abort();
}

static void fuzz_check(const struct article *a, size_t item, size_t size)
{
	const char *why = article_check(a);
	if (why)
		fuzz_fail(why, item);
	if (a->item != item || a->format != ARTICLE_FEED)
		fuzz_fail("item number or format", item);
	/* Entities expand within bounds: no item is much larger than the
	 * feed (HTML's entities at most triple what they stand for). */
	if (a->len > 4 * size + 200000)
		fuzz_fail("item far larger than the feed", item);
	for (size_t k = 0; k < a->nfields; k++) {
		const struct article_field *f = &a->fields[k];
		if (f->value_end - f->value_start != strlen(f->value))
			fuzz_fail("field range", item);
		char iso[40];
		date_iso(f->value, iso, sizeof iso);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = { "feed.xml", "https://news.example.com/feed/rss.xml" };
	static const char *const charsets[] = { NULL, "utf-8", "iso-8859-1", "x-no-such-charset" };
	unsigned pick = size ? data[0] : 0;
	const char *path = paths[pick & 1];
	const char *charset = charsets[(pick >> 1) & 3];
	struct article **items = NULL;
	char *err = NULL;
	long n = feed_read(path, (const char *)data, size, charset, &items, &err);
	if (n < 0) {
		if (!err || strncmp(err, path, strlen(path)) != 0 || items)
			fuzz_fail("error without a message naming the path", 0);
		free(err);
		return 0;
	}
	if (err || (n > 0 && !items))
		fuzz_fail("items and message", 0);
	for (long k = 0; k < n; k++) {
		fuzz_check(items[k], (size_t)k + 1, size);
		article_free(items[k]);
	}
	free(items);
	return 0;
}
