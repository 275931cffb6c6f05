/* Unit tests of corpus: paths, directories, order, skipped files. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "check.h"
#include "corpus.h"
#include "store.h"
#include "xmalloc.h"

static void put(const char *dir, const char *name, const char *data, size_t n)
{
	char *p = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(p, "wb");
	CHECK(f != NULL);
	if (f) {
		fwrite(data, 1, n, f);
		fclose(f);
	}
	free(p);
}

static const char *base(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

static void test_corpus_directory(void)
{
	const char *d = check_tmpdir();
	char *sub = xasprintf("%s/sub", d);
	mkdir(sub, 0755);
	put(d, "b.txt", "Bee.\n", 5);
	put(d, "a.md", "Ay.\n", 4);
	put(d, "c.jpg", "\xff\xd8\xff", 3);
	put(d, ".hidden.txt", "no\n", 3);
	put(sub, "a.txt", "Sub.\n", 5);
	put(d, "image.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	put(d, "empty.txt", "", 0);
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, d, &err), 0);
	/* Sorted by path: a.md, b.txt, empty.txt, sub/a.txt; the PNG skipped. */
	CHECK_INT(c->n, 4);
	if (c->n == 4) {
		CHECK_STR(base(c->arts[0]->path), "a.md");
		CHECK_STR(base(c->arts[1]->path), "b.txt");
		CHECK_STR(base(c->arts[2]->path), "empty.txt");
		CHECK(strstr(c->arts[3]->path, "sub/a.txt") != NULL);
		CHECK_INT(c->arts[2]->len, 0);
	}
	/* A picture's name is passed over; a binary file named as text is
	 * skipped with a word. */
	CHECK_INT(c->nwarnings, 1);
	if (c->nwarnings)
		CHECK(strstr(c->warnings[0], "image.txt") && strstr(c->warnings[0], "binary"));
	corpus_free(c);
	free(sub);
}

static void test_corpus_errors(void)
{
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, "/no/such/path.txt", &err), -1);
	CHECK(err && strstr(err, "/no/such/path.txt"));
	free(err);
	err = NULL;
	const char *d = check_tmpdir();
	put(d, "photo.jpg", "\xff\xd8\xff", 3);
	CHECK_INT(corpus_add_path(c, d, &err), -1);
	CHECK(err && strstr(err, d) && strstr(err, "no articles"));
	free(err);
	CHECK_INT(c->n, 0);
	corpus_free(c);
}

static void test_corpus_explicit_file(void)
{
	/* A file named on the command line is read whatever its name. */
	const char *d = check_tmpdir();
	put(d, "story.news", "Hello there.\n", 13);
	char *p = xasprintf("%s/story.news", d);
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, p, &err), 0);
	CHECK_INT(c->n, 1);
	corpus_free(c);
	free(p);
}

/* A directory listed (defer): each file one article, not read, stamped. */
static struct corpus *listed(const char *d)
{
	struct corpus *c = corpus_new();
	c->defer = 1;
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, d, &err), 0);
	free(err);
	return c;
}

/* The key of a directory listed now. */
static void listed_key(const char *d, char out[STORE_HASH_SIZE])
{
	struct corpus *c = listed(d);
	out[0] = '\0';
	CHECK_INT(corpus_stamp_key(c, out), 0);
	corpus_free(c);
}

/* Sets a file's modification time (seconds, nanoseconds). */
static void set_mtime(const char *dir, const char *name, long long sec, long nsec)
{
	char *p = xasprintf("%s/%s", dir, name);
	struct timespec ts[2] = { { (time_t)sec, nsec }, { (time_t)sec, nsec } };
	CHECK_INT(utimensat(AT_FDCWD, p, ts, 0), 0);
	free(p);
}

/* Files listed are read on first use, and all at once by corpus_read_all. */
static void test_corpus_listed(void)
{
	const char *d = check_tmpdir();
	put(d, "a.txt", "Title: Alpha\n\nOne.\n", 19);
	put(d, "b.txt", "Title: Beta\n\nTwo.\n", 18);
	struct corpus *c = listed(d);
	CHECK_INT(c->n, 2);
	CHECK_INT(c->listed, 2);
	if (c->n == 2) {
		/* Known by its stamp, not read. */
		CHECK(c->arts[0]->stamp.exists);
		CHECK_INT(c->arts[0]->stamp.size, 19);
		CHECK_INT(c->arts[0]->len, 0);
		CHECK(c->unread[0] != 0);
		struct article *a = corpus_article(c, 1);
		CHECK_STR(a->title, "Beta");
		CHECK(a == c->arts[1]);
		CHECK(c->unread[1] == 0);
		CHECK(c->unread[0] != 0);
		CHECK_INT(corpus_read_all(c), 1);
		CHECK_INT(c->n, 2);
		CHECK_INT(c->arts[0]->len, 19);
		CHECK_STR(corpus_article(c, 0)->title, "Alpha");
		CHECK_STR(corpus_article(c, 1)->title, "Beta");
	}
	corpus_free(c);
	/* A binary file, found when read, is left out: not one article a file. */
	put(d, "c.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	c = listed(d);
	CHECK_INT(c->n, 3);
	CHECK_INT(corpus_read_all(c), 0);
	CHECK_INT(c->n, 2);
	CHECK_INT(c->nwarnings, 1);
	corpus_free(c);
}

/* The key by stamps: the same for files unchanged; another for a touch
 * (a new modification time), an added file, a removed one. An edit that
 * keeps the size and the time keeps the key: the bytes, checked against
 * the hash they were known by as they are read, tell it. */
static void test_corpus_stamp_key(void)
{
	const char *d = check_tmpdir();
	put(d, "a.txt", "Anna met Bob.\n", 14);
	put(d, "b.txt", "Carl met Dan.\n", 14);
	set_mtime(d, "a.txt", 1700000000, 123456789);
	set_mtime(d, "b.txt", 1700000000, 123456789);
	char k1[STORE_HASH_SIZE], k2[STORE_HASH_SIZE];
	listed_key(d, k1);
	listed_key(d, k2);
	CHECK_STR(k2, k1);
	/* Touched: a new time, one nanosecond on. */
	set_mtime(d, "a.txt", 1700000000, 123456790);
	listed_key(d, k2);
	CHECK(strcmp(k1, k2) != 0);
	set_mtime(d, "a.txt", 1700000000, 123456789);
	listed_key(d, k2);
	CHECK_STR(k2, k1);
	/* Edited, its size and time kept: the same key ... */
	char hashes[2 * (STORE_HASH_SIZE - 1) + 1], h[STORE_HASH_SIZE];
	store_hash("Anna met Bob.\n", 14, h);
	memcpy(hashes, h, STORE_HASH_SIZE - 1);
	store_hash("Carl met Dan.\n", 14, h);
	memcpy(hashes + STORE_HASH_SIZE - 1, h, STORE_HASH_SIZE);
	put(d, "b.txt", "Carl met Eve.\n", 14);
	set_mtime(d, "b.txt", 1700000000, 123456789);
	listed_key(d, k2);
	CHECK_STR(k2, k1);
	/* ... but its bytes, read, are not its hash; the other's are. */
	struct corpus *c = listed(d);
	CHECK_INT(c->n, 2);
	if (c->n == 2) {
		corpus_expect(c, hashes);
		CHECK(!corpus_changed(c, 1));
		CHECK_STR(corpus_article(c, 1)->data, "Carl met Eve.\n");
		CHECK(corpus_changed(c, 1));
		corpus_read(c, 0);
		CHECK(!corpus_changed(c, 0));
		CHECK_INT(c->nchanged, 1);
	}
	corpus_free(c);
	/* A file added, then removed. */
	put(d, "c.txt", "Ed met Flo.\n", 12);
	listed_key(d, k2);
	CHECK(strcmp(k1, k2) != 0);
	char *p = xasprintf("%s/c.txt", d);
	unlink(p);
	free(p);
	listed_key(d, k2);
	CHECK_STR(k2, k1);
	p = xasprintf("%s/b.txt", d);
	unlink(p);
	free(p);
	listed_key(d, k2);
	CHECK(strcmp(k1, k2) != 0);
	/* Files read (not listed) have the key they have listed. */
	c = corpus_new();
	char *err = NULL, k3[STORE_HASH_SIZE];
	CHECK_INT(corpus_add_path(c, d, &err), 0);
	CHECK_INT(corpus_stamp_key(c, k3), 0);
	CHECK_STR(k3, k2);
	corpus_free(c);
}

/* A file listed that is gone or unreadable when read is an empty text
 * (its place in the set kept), which its hash tells from what it was. */
static void test_corpus_listed_gone(void)
{
	const char *d = check_tmpdir();
	put(d, "a.txt", "Anna met Bob.\n", 14);
	put(d, "b.txt", "Carl met Dan.\n", 14);
	struct corpus *c = listed(d);
	CHECK_INT(c->n, 2);
	char hashes[2 * (STORE_HASH_SIZE - 1) + 1], h[STORE_HASH_SIZE];
	store_hash("Anna met Bob.\n", 14, h);
	memcpy(hashes, h, STORE_HASH_SIZE - 1);
	store_hash("Carl met Dan.\n", 14, h);
	memcpy(hashes + STORE_HASH_SIZE - 1, h, STORE_HASH_SIZE);
	corpus_expect(c, hashes);
	char *p = xasprintf("%s/a.txt", d);
	unlink(p);
	free(p);
	if (c->n == 2) {
		struct article *a = corpus_article(c, 0);
		CHECK_INT(a->len, 0);
		CHECK(strstr(a->path, "a.txt") != NULL);
		CHECK(corpus_changed(c, 0));
		/* Replacing an article not read yet drops its reading. */
		corpus_replace(c, 1, article_parse("x.txt", xstrdup("New."), 4));
		CHECK_STR(corpus_article(c, 1)->data, "New.");
		CHECK(!corpus_changed(c, 1));
	}
	corpus_free(c);
}

const struct check_test corpus_tests[] = {
	{ "corpus_listed", test_corpus_listed },
	{ "corpus_stamp_key", test_corpus_stamp_key },
	{ "corpus_listed_gone", test_corpus_listed_gone },
	{ "corpus_directory", test_corpus_directory },
	{ "corpus_errors", test_corpus_errors },
	{ "corpus_explicit_file", test_corpus_explicit_file },
	{ NULL, NULL }
};
