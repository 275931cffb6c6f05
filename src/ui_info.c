/* ui_info: = and ^G, the file information less shows: which file, what
 * format it was read as (and in which language, when not English), its size, the lines on screen and how far
 * through they are, and the words in it; on the message line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "article.h"
#include "corpus.h"
#include "language.h"
#include "text.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"

/* What the article was read as: "plain text", "HTML", "feed item 3"...
 * and the charset it was converted from, if any. */
static char *ui_info_format(const struct article *a)
{
	char what[64];
	switch (a->format) {
	case ARTICLE_MARKDOWN: snprintf(what, sizeof what, "Markdown"); break;
	case ARTICLE_HTML: snprintf(what, sizeof what, "HTML"); break;
	case ARTICLE_FEED: snprintf(what, sizeof what, "feed item %zu", a->item); break;
	case ARTICLE_BINARY: snprintf(what, sizeof what, "binary"); break;
	default: snprintf(what, sizeof what, "plain text"); break;
	}
	/* The language the names were read in, where it is not English: a
	 * reader of a Spanish page learns that the recognizer knew it. */
	enum language lang = language_of_article(a);
	char in[64] = "";
	if (lang == LANGUAGE_OTHER)
		snprintf(in, sizeof in, ", %s (names read as English)", language_name(lang));
	else if (lang != LANGUAGE_EN)
		snprintf(in, sizeof in, ", %s", language_name(lang));
	if (a->converted)
		return xasprintf("%s from %s%s", what, a->converted, in);
	return xasprintf("%s%s", what, in);
}

/* The size of the file in bytes, and as "5.2 kB" in *brief; of the text
 * read when there is no file to look at (standard input, a URL). */
static char *ui_info_size(const struct article *a, char **brief)
{
	struct stat st;
	int file = strcmp(a->path, "-") != 0 && stat(a->path, &st) == 0 && S_ISREG(st.st_mode);
	unsigned long long n = file ? (unsigned long long)st.st_size : (unsigned long long)a->len;
	const char *of = file ? "" : " of text";
	if (n < 1000) {
		*brief = xasprintf("%llu B", n);
		return xasprintf("%llu bytes%s", n, of);
	}
	static const char *const units[] = { "kB", "MB", "GB", "TB" };
	double v = (double)n / 1000.0;
	int k = 0;
	while (v >= 1000.0 && k < 3) {
		v /= 1000.0;
		k++;
	}
	*brief = xasprintf("%.1f %s", v, units[k]);
	return xasprintf("%llu bytes%s (%s)", n, of, *brief);
}

void ui_info_show(struct ui *u)
{
	struct article *a = corpus_article(u->c, u->cur);
	struct view *v = ui_view(u);
	struct view_pos bottom = ui_bottom(u);
	size_t first = view_line_number(v, u->top) + 1, last = view_line_number(v, bottom) + 1;
	size_t total = view_line_number(v, view_last(v)) + 1;
	int pct = view_percent(v, bottom);
	size_t words = article_word_count(a);
	char *brief, *format = ui_info_format(a), *size = ui_info_size(a, &brief);
	char *name = text_clean(article_name(a), strlen(article_name(a)));
	char *msg = NULL;
	/* The path gives way to the rest, down to its file name or so; then
	 * the size is given briefly. */
	for (int k = 0; k < 2 && !msg; k++) {
		char *rest = xasprintf("%s  %s  lines %zu-%zu of %zu  %d%%  %zu words", format, k ? brief : size,
				       first, last, total, pct, words);
		int room = u->cols - 1 - text_columns(rest, strlen(rest)) - 2;
		if (room >= 16) {
			char *path = text_elide_path(name, room);
			msg = xasprintf("%s  %s", path, rest);
			free(path);
		}
		free(rest);
	}
	/* Too narrow for it all: the place first, and no path, which the
	 * body's heading shows. */
	if (!msg)
		msg = xasprintf("lines %zu-%zu/%zu  %d%%  %zu words  %s  %s", first, last, total, pct, words, brief,
				format);
	ui_message(u, 0, msg);
	free(name);
	free(size);
	free(brief);
	free(format);
}
