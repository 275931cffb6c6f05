/* input: reading an argument's bytes (a file, standard input or a URL) and
 * handing them to the reader of their format. */
#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "article.h"
#include "charset.h"
#include "feed.h"
#include "fetch.h"
#include "html.h"
#include "markdown.h"
#include "sniff.h"
#include "text.h"
#include "xmalloc.h"
#include "xmllib.h"

int input_is_url(const char *arg)
{
	return strncasecmp(arg, "http://", 7) == 0 || strncasecmp(arg, "https://", 8) == 0;
}

/* Reads all of standard input. */
static struct article *input_stdin(char **err)
{
	/* Nothing was piped: waiting for the user to type an article and
	 * press Ctrl-D would look like a hang. */
	if (isatty(STDIN_FILENO)) {
		*err = xasprintf("-: standard input is a terminal; pipe an article in (cat story.txt | crossread -)");
		return NULL;
	}
	return article_read_fd(STDIN_FILENO, "-", err);
}

static struct article *input_url(const char *url, const struct input_options *o, char **err)
{
	struct fetch_result r;
	if (fetch_url(url, o ? o->timeout : INPUT_TIMEOUT, &r, err) != 0)
		return NULL;
	struct article *a = article_new(url);
	free(a->data);
	a->data = r.data;
	a->len = r.len;
	a->charset = r.charset;
	r.data = NULL;
	r.charset = NULL;
	/* The media type decides between formats that look alike. */
	a->format = sniff_format(r.final_url ? r.final_url : url, r.content_type, a->data, a->len);
	fetch_result_free(&r);
	return a;
}

/* The message for a format that is not read, or NULL. */
static char *input_unread(const struct article *a)
{
	if (a->format == ARTICLE_BINARY)
		return xasprintf("%s: looks like a binary file, not an article", a->path);
	char *err;
	if ((a->format == ARTICLE_HTML || a->format == ARTICLE_FEED) && xmllib_load(&err) != 0) {
		char *msg = xasprintf("%s: cannot read a %s: %s", a->path,
				      a->format == ARTICLE_HTML ? "web page" : "feed", err);
		free(err);
		return msg;
	}
	return NULL;
}

struct article *input_open(const char *arg, const struct input_options *o, char **err)
{
	struct article *a;
	if (strcmp(arg, "-") == 0) {
		a = input_stdin(err);
		if (a)
			a->format = sniff_format(NULL, NULL, a->data, a->len);
	} else if (input_is_url(arg)) {
		a = input_url(arg, o, err);
	} else {
		a = article_read(arg, err);
		if (a)
			a->format = sniff_format(arg, NULL, a->data, a->len);
	}
	if (!a)
		return NULL;
	char *why = input_unread(a);
	if (why) {
		*err = why;
		article_free(a);
		return NULL;
	}
	return a;
}

struct article *input_open_first(const char *path, size_t upto, char **err)
{
	struct article *a = article_read_first(path, upto, err);
	if (!a)
		return NULL;
	a->format = sniff_format(path, NULL, a->data, a->len);
	if (a->format != ARTICLE_PLAIN && a->rest_fd) {
		if (article_read_rest(a, err) != 0) {
			article_free(a);
			return NULL;
		}
		a->format = sniff_format(path, NULL, a->data, a->len);
	}
	char *why = input_unread(a);
	if (why) {
		*err = why;
		article_free(a);
		return NULL;
	}
	return a;
}

/* The rest of a file read in part, before anything reads its text: an
 * error reading it leaves the part read as the text. */
static void input_read_rest(struct article *a)
{
	char *err;
	if (article_read_rest(a, &err) != 0)
		free(err);
}

struct article *input_open_found(const char *path, int *skipped, char **err)
{
	return input_open_found_at(AT_FDCWD, path, path, skipped, err);
}

struct article *input_open_found_at(int dirfd, const char *name, const char *path, int *skipped, char **err)
{
	*skipped = 0;
	struct article *a = article_read_at(dirfd, name, path, err);
	if (!a)
		return NULL;
	/* The read looked at the bytes for binary already (a->binary). */
	a->format = sniff_format_known(path, NULL, a->data, a->len, a->binary);
	if (a->format == ARTICLE_BINARY) {
		*skipped = 1;
		*err = xasprintf("%s: skipped, looks like a binary file", path);
		article_free(a);
		return NULL;
	}
	/* A page among the files of a directory is skipped with the reason,
	 * as a binary file is: the others still open. */
	char *why = input_unread(a);
	if (why) {
		*skipped = 1;
		*err = xasprintf("%s (skipped)", why);
		free(why);
		article_free(a);
		return NULL;
	}
	return a;
}

long input_feed_items(struct article *a, struct article ***items, char **err, char **warning)
{
	/* A feed names its encoding in its XML declaration; libxml2 reads it. */
	long n = feed_read_warn(a->path, a->data, a->len, a->charset, items, err, warning);
	if (n == 0) {
		free(*items);
		*items = NULL;
		*err = xasprintf("%s: a feed without items", a->path);
		n = -1;
	}
	for (long i = 0; i < n; i++) {
		struct article *it = (*items)[i];
		it->format = ARTICLE_FEED;
		it->item = (size_t)i + 1;
		it->stamp = a->stamp; /* each item is the feed's file */
		free(it->label);
		it->label = xasprintf("%s#%ld", a->path, i + 1);
	}
	article_free(a);
	return n;
}

/* Moves what a format reader made into the article the corpus holds, so
 * that pointers to it stay good; what identifies the input is kept. */
static void input_take(struct article *a, struct article *made, char **raw)
{
	struct article old = *a;
	*a = *made;
	/* The input's identity stays with a ... */
	a->path = old.path;
	a->format = old.format;
	a->item = old.item;
	a->charset = old.charset;
	a->converted = old.converted;
	a->label = old.label;
	a->stamp = old.stamp;
	/* ... and made, freed below, takes what a held before. */
	old.path = made->path;
	old.charset = made->charset;
	old.converted = made->converted;
	old.label = made->label;
	*made = old;
	/* The bytes read go to the caller if they were not converted before. */
	if (!*raw) {
		*raw = made->data;
		made->data = NULL;
	}
	article_free(made);
}

/* Converts a text article's bytes to UTF-8, once: converting twice would
 * read UTF-8 as the declared charset. The bytes read go to *raw when raw
 * is given (someone may still be reading them), else are freed. */
static void input_convert(struct article *a, char **raw)
{
	if (a->decoded)
		return;
	a->decoded = 1;
	/* ASCII is UTF-8 whatever charset is declared: nothing to convert. */
	if (a->ascii)
		return;
	size_t n;
	char *from = NULL;
	char *utf8 = charset_to_utf8(a->data, a->len, a->charset, &n, &from);
	if (utf8) {
		if (raw)
			*raw = a->data;
		else
			free(a->data);
		a->data = utf8;
		a->len = n;
		a->converted = from;
	}
}

void input_decode(struct article *a)
{
	input_read_rest(a);
	if (a->parsed || a->decoded)
		return;
	if (a->format == ARTICLE_PLAIN) {
		input_convert(a, NULL);
		return;
	}
	/* The text of any other format is what its reader makes of it. */
	input_parse(a);
}

struct article *input_first_part(const struct article *a, size_t want)
{
	if (a->parsed || a->decoded || a->format != ARTICLE_PLAIN || a->charset || a->len <= 2 * want || a->label)
		return NULL;
	struct article *p = article_first_part(a, want);
	/* A part that is not UTF-8 (or whose whole may be taken for another
	 * charset) would not have the whole's offsets: the whole is parsed
	 * instead. */
	if (p && text_valid_prefix(p->data, p->len) != p->len) {
		article_free(p);
		return NULL;
	}
	return p;
}

void input_parse_keep(struct article *a, char **raw)
{
	*raw = NULL;
	input_read_rest(a);
	if (a->parsed)
		return;
	/* A page names its charset in itself; the HTML reader honours it. */
	if (a->format == ARTICLE_HTML) {
		struct article *m = html_read(a->path, a->data, a->len, a->charset);
		input_take(a, m, raw);
		return;
	}
	input_convert(a, raw);
	if (a->format == ARTICLE_MARKDOWN) {
		struct article *m = markdown_read(a->path, a->data, a->len);
		input_take(a, m, raw);
		return;
	}
	article_parse_now(a);
}

void input_parse(struct article *a)
{
	char *raw;
	input_parse_keep(a, &raw);
	free(raw);
}
