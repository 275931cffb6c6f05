/* Unit tests of view: lines cover the text, fit the width, and positions
 * survive a change of width. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "text.h"
#include "view.h"
#include "xmalloc.h"

/* The body lines of the view, end to end, must be exactly the bytes of the
 * body paragraphs end to end: nothing lost, doubled or reordered by
 * wrapping. And no line may be wider than the view. */
static void check_covers(struct article *a, int width)
{
	struct view *v = view_new(a, width);
	size_t cap = 1 << 16, o = 0;
	char *got = xmalloc(cap);
	struct view_pos p = view_first(v);
	struct view_line l;
	int too_wide = 0;
	do {
		if (!view_line(v, p, &l))
			break;
		char *t = view_line_text(&l);
		if (text_width(t, strlen(t)) > width && l.kind != VIEW_PRE)
			too_wide = 1;
		if (l.in_file && l.kind != VIEW_TITLE && l.kind != VIEW_BLANK) {
			got = xgrow(got, &cap, o + (l.end - l.start) + 1, 1);
			memcpy(got + o, l.text + l.start, l.end - l.start);
			o += l.end - l.start;
		}
		free(t);
	} while (view_next(v, &p));
	size_t cap2 = 1 << 16, o2 = 0;
	char *want = xmalloc(cap2);
	for (size_t k = 0; k < a->npara; k++) {
		if (a->paras[k].flags & ARTICLE_PARA_TITLE)
			continue;
		size_t len = a->paras[k].end - a->paras[k].start;
		want = xgrow(want, &cap2, o2 + len + 1, 1);
		memcpy(want + o2, a->data + a->paras[k].start, len);
		o2 += len;
	}
	if (o != o2 || memcmp(got, want, o) != 0) {
		char m[128];
		snprintf(m, sizeof m, "lines of %s at width %d lose or add text", a->path, width);
		check_fail(__FILE__, __LINE__, m);
	}
	if (too_wide) {
		char m[128];
		snprintf(m, sizeof m, "a line of %s is wider than %d", a->path, width);
		check_fail(__FILE__, __LINE__, m);
	}
	free(got);
	free(want);
	view_free(v);
}

static void test_view_covers_seeds(void)
{
	const char *files[] = { "seeds/000_e89b523788f1d673.txt", "seeds/001_9f6566dcaea3a73e.txt" };
	for (int f = 0; f < 2; f++) {
		char *err = NULL;
		struct article *a = article_load(files[f], &err);
		CHECK(a);
		if (!a) {
			free(err);
			continue;
		}
		for (int w = 8; w <= 140; w += 11)
			check_covers(a, w);
		article_free(a);
	}
}

static void test_view_resize_anchor(void)
{
	char *err = NULL;
	struct article *a = article_load("seeds/001_9f6566dcaea3a73e.txt", &err);
	CHECK(a);
	if (!a) {
		free(err);
		return;
	}
	struct view *v = view_new(a, 80);
	struct view_pos p = view_first(v);
	view_move(v, &p, 57);
	struct view_line l;
	/* A text line, not the blank before a paragraph. */
	while (view_line(v, p, &l) && l.kind == VIEW_BLANK)
		view_next(v, &p);
	CHECK(view_line(v, p, &l) && l.kind == VIEW_TEXT);
	size_t off = view_offset(v, p);
	/* Narrower, then wider: the line at the top still holds that text. */
	int widths[] = { 33, 120, 80 };
	for (int i = 0; i < 3; i++) {
		view_set_width(v, widths[i]);
		struct view_pos q = view_at_offset(v, off);
		struct view_line m;
		CHECK(view_line(v, q, &m));
		CHECK(m.in_file && m.start <= off && off < m.end);
	}
	/* Back at the first width, the very same line comes back. */
	struct view_pos q = view_at_offset(v, off);
	CHECK(view_cmp(p, q) == 0);
	/* Every line's offset leads back to it. */
	struct view_pos r = view_first(v);
	do {
		CHECK(view_line(v, r, &l));
		if (l.in_file && l.kind != VIEW_TITLE && l.kind != VIEW_BLANK) {
			struct view_pos back = view_at_offset(v, l.start);
			if (view_cmp(back, r) != 0) {
				check_fail(__FILE__, __LINE__, "view_at_offset(line start) is not that line");
				break;
			}
		}
	} while (view_next(v, &r));
	view_free(v);
	article_free(a);
}

static int keep_seven(size_t start, size_t end, void *ctx)
{
	const char *s = ctx;
	return end - start >= 5 && memcmp(s + start, "Seven", 5) == 0;
}

static void test_view_moves(void)
{
	char *s = xstrdup("Title: T\nDate: 2020-01-01\n\nOne two three four five six.\n\nSeven eight.\n");
	struct article *a = article_parse("m.txt", s, strlen(s));
	struct view *v = view_new(a, 10);
	/* title, meta, blank, 3 lines, blank, 2 lines */
	struct view_pos p = view_first(v);
	CHECK_INT(view_line_number(v, p), 0);
	CHECK_INT(view_move(v, &p, 100), 8);
	CHECK(view_cmp(p, view_last(v)) == 0);
	CHECK_INT(view_line_number(v, p), 8);
	CHECK_INT(view_move(v, &p, -3), -3);
	struct view_line l;
	CHECK(view_line(v, p, &l));
	CHECK_INT(l.kind, VIEW_TEXT);
	char *t = view_line_text(&l);
	CHECK_STR(t, "five six.");
	free(t);
	CHECK_INT(view_line_number(v, p), 5);
	CHECK_INT(view_move(v, &p, -100), -5);
	CHECK(view_line(v, view_first(v), &l) && l.kind == VIEW_TITLE);
	p = view_first(v);
	view_next(v, &p);
	CHECK(view_line(v, p, &l) && l.kind == VIEW_META);
	t = view_line_text(&l);
	CHECK_STR(t, "2020-01-01");
	free(t);
	CHECK_INT(view_percent(v, view_last(v)), 100);
	/* Filtered out paragraphs are not counted: the last line's number
	 * is the lines moved through to reach it. */
	CHECK_INT(view_filter(v, keep_seven, a->data), 1);
	p = view_first(v);
	long shown = view_move(v, &p, 100);
	CHECK(shown < 8);
	CHECK_INT(view_line_number(v, view_last(v)), shown);
	view_free(v);
	article_free(a);
}

static void test_view_huge_paragraph(void)
{
	/* One 300 KB paragraph: wrapped in pieces, nothing lost at the cuts. */
	size_t n = 300 * 1024;
	char *s = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		s[i] = (i % 7 == 6) ? ' ' : (char)('a' + i % 7);
	s[n - 1] = '.';
	struct article *a = article_parse("huge.txt", s, n);
	CHECK_INT(a->npara, 1);
	check_covers(a, 50);
	struct view *v = view_new(a, 50);
	struct view_pos p = view_at_offset(v, n / 2);
	struct view_line l;
	CHECK(view_line(v, p, &l) && l.start <= n / 2 && n / 2 < l.end);
	view_free(v);
	article_free(a);
}

static void test_view_empty(void)
{
	struct article *a = article_parse("e.txt", xstrdup(""), 0);
	struct view *v = view_new(a, 40);
	struct view_pos p = view_first(v);
	struct view_line l;
	CHECK(view_line(v, p, &l));
	char *t = view_line_text(&l);
	CHECK_STR(t, "e.txt");
	free(t);
	CHECK(view_next(v, &p) && view_next(v, &p) && view_line(v, p, &l));
	t = view_line_text(&l);
	CHECK_STR(t, "(no text in this article)");
	free(t);
	CHECK(!view_next(v, &p));
	view_free(v);
	article_free(a);
}

const struct check_test view_tests[] = {
	{ "view_covers_seeds", test_view_covers_seeds },
	{ "view_resize_anchor", test_view_resize_anchor },
	{ "view_moves", test_view_moves },
	{ "view_huge_paragraph", test_view_huge_paragraph },
	{ "view_empty", test_view_empty },
	{ NULL, NULL }
};
