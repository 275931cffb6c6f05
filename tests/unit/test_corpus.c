/* Unit tests of corpus: paths, directories, order, skipped files. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "article.h"
#include "check.h"
#include "corpus.h"
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

const struct check_test corpus_tests[] = {
	{ "corpus_directory", test_corpus_directory },
	{ "corpus_errors", test_corpus_errors },
	{ "corpus_explicit_file", test_corpus_explicit_file },
	{ NULL, NULL }
};
