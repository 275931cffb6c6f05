/* fuzz_text: a libFuzzer harness for loading a plain-text article and
 * wrapping it for the screen, as a saved file reaches the reader. The
 * first byte picks the width (2 to 81 columns) and a second width to
 * resize to; the rest is the file, read as the reader reads a plain-text
 * file (a Windows-1252 one converted). Checks the promises of article.h and
 * view.h: the article's ranges hold (article_check); every line of the
 * file lies inside the text, in file order; a body line with more than
 * one character fits the width; view_at_offset finds the line that holds
 * an offset; stepping back from the end passes the same lines; a resize
 * keeps the text whole. A broken promise aborts, so that libFuzzer keeps
 * the input. The title is apart: it may repeat the first paragraph's
 * start. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "input.h"
#include "text.h"
#include "view.h"
#include "xmalloc.h"

static void fuzz_fail(const char *what, size_t line)
{
	fprintf(stderr, "fuzz_text: promise broken: %s (line %zu)\n", what, line);
	abort();
}

/* Walks every line at the view's width; returns how many there are and
 * adds up the body's bytes in *bytes. */
static size_t fuzz_walk(struct view *v, const struct article *a, size_t *bytes)
{
	struct view_pos pos = view_first(v);
	struct view_line l;
	size_t n = 0, last = 0;
	int width = view_width(v);
	*bytes = 0;
	do {
		if (!view_line(v, pos, &l))
			fuzz_fail("view_line of a position the view gave", n);
		n++;
		if (!l.in_file)
			continue;
		if (l.start > l.end || l.end > a->len || l.text != a->data)
			fuzz_fail("line outside the text", n);
		/* The title may be a paragraph's first sentence, shown again. */
		if (l.kind != VIEW_TITLE && l.start < last)
			fuzz_fail("lines out of file order", n);
		if (l.kind != VIEW_TITLE)
			last = l.end;
		*bytes += l.end - l.start;
		if (l.kind == VIEW_TEXT || l.kind == VIEW_BOILERPLATE || l.kind == VIEW_HEADING) {
			char *t = view_line_text(&l);
			size_t len = strlen(t);
			if (text_cluster_end(t, len, 1) < len && text_columns(t, len) > width) {
				fprintf(stderr, "line \"%s\": %d columns in %d\n", t, text_columns(t, len), width);
				fuzz_fail("line wider than the view", n);
			}
			free(t);
			if (l.end > l.start && !view_in_head(v, pos)) {
				struct view_line at;
				struct view_pos p2 = view_at_offset(v, l.start);
				if (!view_line(v, p2, &at) || !at.in_file || at.start > l.start || at.end < l.start)
					fuzz_fail("view_at_offset misses the line's start", n);
			}
		}
	} while (view_next(v, &pos) && n < 1000000);
	/* Back from the end, the same number of lines. */
	size_t back = 1;
	while (view_prev(v, &pos))
		back++;
	if (back != n)
		fuzz_fail("view_prev passes another number of lines", back);
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0 || size > 64 * 1024)
		return 0;
	int width = 2 + data[0] % 80, width2 = 2 + (data[0] * 7 + 3) % 80;
	/* As the reader loads a plain-text file: charset conversion, then
	 * header, paragraphs, boilerplate and title. */
	struct article *a = article_new("fuzz.txt");
	free(a->data);
	a->data = xmalloc(size);
	memcpy(a->data, data + 1, size - 1);
	a->data[size - 1] = '\0';
	a->len = size - 1;
	a->format = ARTICLE_PLAIN;
	input_parse(a);
	const char *why = article_check(a);
	if (why)
		fuzz_fail(why, 0);
	struct view *v = view_new(a, width);
	size_t b1, b2;
	fuzz_walk(v, a, &b1);
	view_set_width(v, width2);
	fuzz_walk(v, a, &b2);
	/* Wrapping cuts the text into lines and loses none of it. */
	if (b1 != b2)
		fuzz_fail("a resize changes the text shown", 0);
	view_free(v);
	article_free(a);
	return 0;
}
