/* corpus: the set of articles loaded together, from the files and
 * directories named on the command line, in a stable order. */
#ifndef CROSSREAD_CORPUS_H
#define CROSSREAD_CORPUS_H

#include <stddef.h>

struct article;

struct corpus {
	struct article **arts;	/* the articles, in the order given; use corpus_article */
	size_t n;		/* how many */
	size_t cap;		/* allocated slots in arts */
	char **warnings;	/* messages about files skipped */
	size_t nwarnings;
	size_t capwarnings;
	long timeout;		/* seconds a URL may take (0: INPUT_TIMEOUT) */
	int stdin_read;		/* "-" was read already */
	size_t read_first;	/* when not 0, a plain-text file is read this far at
				 * first, the rest left to article_read_rest */
};

struct corpus *corpus_new(void);
/* Article i, parsed on first use: articles are only read when added, so
 * that a corpus of thousands opens at once. */
struct article *corpus_article(struct corpus *c, size_t i);
/* Article i with its text (data, len) ready, as corpus_article leaves it,
 * but its layout (header, paragraphs, title) maybe not read: for a search,
 * which needs only the text. Different articles may be asked for from
 * different threads at once (as may corpus_article). */
struct article *corpus_text(struct corpus *c, size_t i);
void corpus_free(struct corpus *c);

/* Adds a file, "-" (standard input), an http(s) URL, or a directory's
 * articles (recursively, sorted by path: files named as text or Markdown,
 * or without an extension, read by their content). Returns 0, or -1 with
 * *err set (a message naming the path, to be freed) when the path is
 * missing, unreadable, not a format crossread reads, or a directory without
 * articles. Binary files found in a directory are skipped with a warning. */
int corpus_add_path(struct corpus *c, const char *path, char **err);

/* Reads article i again from its file, as it was read the first time (the
 * same item of a feed), for a file changed on disk. Returns the new
 * article (not yet in the corpus), or NULL with *err set (a message to
 * free) for standard input, a URL, a file gone or unreadable, or a feed
 * that no longer has the item. */
struct article *corpus_reread(const struct corpus *c, size_t i, char **err);

/* Puts a in article i's place and returns the article that was there,
 * not freed: the caller keeps it. */
struct article *corpus_swap(struct corpus *c, size_t i, struct article *a);

/* Puts a in the corpus as article i, freeing the one it replaces (which
 * no one may be using). */
void corpus_replace(struct corpus *c, size_t i, struct article *a);

#endif
