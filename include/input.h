/* input: the input layer's front door. An argument (a file's path, "-" for
 * standard input, or an http(s) URL) becomes an article: its bytes are
 * read (source), its format sniffed (sniff), and, when the article is
 * first shown, its charset converted (charset) and its format read (the
 * plain-text reader in article.c, markdown.c). */
#ifndef CROSSREAD_INPUT_H
#define CROSSREAD_INPUT_H

#include <stddef.h>

struct article;

/* Seconds a URL may take in all when nothing else is said. */
#define INPUT_TIMEOUT 30

struct input_options {
	long timeout;	/* seconds a URL may take in all */
};

/* Whether arg names a URL (http:// or https://). */
int input_is_url(const char *arg);

/* Reads arg (a file, "-" or a URL) into an article that is not parsed yet
 * (its format is sniffed). Returns NULL and sets *err (a message naming
 * the argument, to be freed) when it cannot be read, or when it is a
 * format crossread does not read. */
struct article *input_open(const char *arg, const struct input_options *o, char **err);

/* Reads a file found in a directory; as input_open, except that a binary
 * file is reported in *err and NULL returned with *skipped set, for a
 * warning rather than an error. */
struct article *input_open_found(const char *path, int *skipped, char **err);
/* As input_open_found, for the file `name` of the directory open as dirfd
 * (see article_read_at), named path. */
struct article *input_open_found_at(int dirfd, const char *name, const char *path, int *skipped, char **err);

/* Reads every item of a feed from input_open or input_open_found (format
 * ARTICLE_FEED) into parsed articles, item 1, 2, ..., named "path#N";
 * returns how many and sets *items (an array to be freed), or returns -1
 * with *err set when it is not a feed or has no items; *warning names a
 * fault the parser recovered from, or is NULL. a is freed. */
long input_feed_items(struct article *a, struct article ***items, char **err, char **warning);

/* Converts the charset and reads the format of an article from input_open
 * (or article_read); does nothing the second time. */
void input_parse(struct article *a);
/* As input_parse, but the bytes the article was read as are not freed
 * when the text replaces them: *raw gets them (the caller frees them), or
 * NULL when the text is those bytes still. So another thread may go on
 * reading them (hashing them) while the article is parsed. */
void input_parse_keep(struct article *a, char **raw);

/* As input_open for a file, but a plain-text file is read only until upto
 * bytes are in (article_read_first); a file of any other format is read
 * whole, since its reader needs all of it. */
struct article *input_open_first(const char *path, size_t upto, char **err);

/* The first part of article a (read, not parsed yet) as article_first_part
 * gives it, when a's text will be its bytes as they are: a plain-text
 * article that declares no charset and whose first part is valid UTF-8.
 * NULL otherwise, or when a is not much longer than want. */
struct article *input_first_part(const struct article *a, size_t want);

/* Makes a->data the article's text, as input_parse would leave it, at
 * less cost: a plain-text article only has its charset converted (its
 * header, paragraphs and title wait for input_parse); any other format is
 * parsed in full, since its text is what its reader makes. For a search
 * over thousands of articles. */
void input_decode(struct article *a);

#endif
