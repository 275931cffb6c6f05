/* corpus: the set of articles loaded together, from the files and
 * directories named on the command line, in a stable order. */
#ifndef CROSSREAD_CORPUS_H
#define CROSSREAD_CORPUS_H

#include <stdatomic.h>
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
	int defer;		/* set before corpus_add_path: a directory's files
				 * are listed and stamped (stat), not read */
	size_t listed;		/* articles added so, as files listed (see below) */
	atomic_uchar *unread;	/* per article: not 0 while it is a file listed and
				 * not read yet (only its path, stamp and
				 * listed_regular are set), or NULL */
	char *expect;		/* corpus_expect's hashes, or NULL */
	atomic_uchar *changed;	/* per article: its file was read and was not them */
	atomic_size_t nchanged;	/* how many such */
	/* Set before corpus_add_path, or NULL: work on each article of a
	 * directory (not a feed), done on the thread that read it with the
	 * block of files it was read in, so that reading thousands of files
	 * overlaps that work (a printing mode's recognition). */
	void *(*prepare)(struct article *a, void *ctx);
	/* With prepare: called on corpus_add_path's thread for every article
	 * as it joins the corpus as article i, in order, with prepare's
	 * result, or NULL where prepare was not called. */
	void (*prepared)(size_t i, void *result, void *ctx);
	void *prepare_ctx;
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

/* A file listed (corpus.defer) is one article, read on first use by
 * corpus_article, corpus_text or corpus_read: its bytes then taken for
 * its text whatever they are (a file gone, unreadable, or a feed now is
 * an empty text), since the number of articles is set. corpus_read_all
 * reads them all at once instead, as corpus_add_path would have. */

/* Reads article i's file if it is a file listed and not read yet (it is
 * not parsed). Safe from any thread, for any article. */
void corpus_read(struct corpus *c, size_t i);

/* The key of a set of files by what stat said of each as it was listed
 * or read (its path, identity, size and modification time, in order:
 * filestamp_key): any file changed as stat sees it, added, removed or
 * moved makes another. out has STORE_HASH_SIZE bytes. Returns 0, or -1
 * when an article is not a whole file (standard input, a URL, a feed's
 * item): no key then. */
int corpus_stamp_key(const struct corpus *c, char *out);

/* The hashes (store_hash, without their NULs: 32 hex digits an article,
 * one after the other, c->n of them) the files listed were known by: each
 * file's bytes are checked against its hash as they are read, so that a
 * file changed without stat seeing it is told (corpus_changed). */
void corpus_expect(struct corpus *c, const char *hashes);
/* Whether listed file i was read and found not to be its hash. Any thread. */
int corpus_changed(struct corpus *c, size_t i);

/* Reads every file listed and not read yet, on every core, as
 * corpus_add_path reads a directory: a feed becomes its items, a binary
 * or unreadable file is left out with a warning. Returns 1 when each file
 * listed gave one article (the articles are the files, in order), else 0.
 * Only before anyone holds an article's index. */
int corpus_read_all(struct corpus *c);

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

/* Puts a in article i's place and returns the article that was there
 * (read first, if it was a file listed),
 * not freed: the caller keeps it. */
struct article *corpus_swap(struct corpus *c, size_t i, struct article *a);

/* Puts a in the corpus as article i, freeing the one it replaces (which
 * no one may be using). */
void corpus_replace(struct corpus *c, size_t i, struct article *a);

#endif
