/* Unit tests of filestamp (a file changed or deleted since it was read)
 * and of corpus_reread (an article read again from its changed file). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "check.h"
#include "corpus.h"
#include "filestamp.h"
#include "xmalloc.h"

static void put(const char *path, const char *data, const char *mode)
{
	FILE *f = fopen(path, mode);
	CHECK(f != NULL);
	if (f) {
		fputs(data, f);
		fclose(f);
	}
}

static void test_filestamp_changes(void)
{
	char *p = xasprintf("%s/a.txt", check_tmpdir());
	put(p, "Title: One\n\nFirst paragraph.\n", "w");
	struct filestamp then, now;
	CHECK_INT(filestamp_take(p, &then), 0);
	CHECK(then.exists);
	CHECK_INT(filestamp_check(p, &then, NULL), FILESTAMP_SAME);
	/* Appended: the size tells, whatever the clock's resolution. */
	put(p, "Another paragraph.\n", "a");
	CHECK_INT(filestamp_check(p, &then, &now), FILESTAMP_CHANGED);
	CHECK_INT(filestamp_compare(&now, &now), FILESTAMP_SAME);
	/* Rewritten to the same size with another time. */
	struct filestamp before = now;
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1000000000, 0 } };
	CHECK_INT(utimensat(AT_FDCWD, p, ts, 0), 0);
	CHECK_INT(filestamp_check(p, &before, &now), FILESTAMP_CHANGED);
	/* Replaced by another file (a new inode), as editors save. */
	char *q = xasprintf("%s.new", p);
	put(q, "Title: One\n\nFirst paragraph.\n", "w");
	before = now;
	CHECK_INT(rename(q, p), 0);
	CHECK_INT(filestamp_check(p, &before, &now), FILESTAMP_CHANGED);
	/* Deleted, then back. */
	before = now;
	CHECK_INT(unlink(p), 0);
	CHECK_INT(filestamp_check(p, &before, &now), FILESTAMP_GONE);
	CHECK(!now.exists);
	CHECK_INT(filestamp_take(p, &now), -1);
	put(p, "x\n", "w");
	CHECK_INT(filestamp_check(p, &now, NULL), FILESTAMP_CHANGED);
	free(q);
	free(p);
}

static void test_corpus_reread(void)
{
	const char *dir = check_tmpdir();
	char *p = xasprintf("%s/b.txt", dir);
	put(p, "Title: Two\n\nAlice Smith spoke.\n", "w");
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, p, &err), 0);
	CHECK_INT(c->n, 1);
	/* The stamp is taken as the file is read, and still holds. */
	CHECK(c->arts[0]->stamp.exists);
	CHECK_INT(filestamp_check(p, &c->arts[0]->stamp, NULL), FILESTAMP_SAME);
	put(p, "Bob Jones answered.\n", "a");
	CHECK_INT(filestamp_check(p, &c->arts[0]->stamp, NULL), FILESTAMP_CHANGED);
	struct article *a = corpus_reread(c, 0, &err);
	CHECK(a != NULL);
	if (a) {
		CHECK(strstr(a->data, "Bob Jones") != NULL);
		CHECK_INT(filestamp_check(p, &a->stamp, NULL), FILESTAMP_SAME);
		corpus_replace(c, 0, a);
		CHECK(strstr(corpus_article(c, 0)->data, "Bob Jones") != NULL);
		CHECK_STR(corpus_article(c, 0)->title, "Two");
	}
	unlink(p);
	a = corpus_reread(c, 0, &err);
	CHECK(a == NULL);
	CHECK(err && strstr(err, "b.txt"));
	free(err);
	corpus_free(c);
	free(p);
}

/* An item of a feed is read again as the same item of the feed. */
static void test_corpus_reread_feed(void)
{
	const char *dir = check_tmpdir();
	char *p = xasprintf("%s/f.rss", dir);
	const char *head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>";
	char *feed = xasprintf("%s<item><title>First</title><description>One text.</description></item>"
			       "<item><title>Second</title><description>Two text.</description></item></channel></rss>", head);
	put(p, feed, "w");
	free(feed);
	struct corpus *c = corpus_new();
	char *err = NULL;
	CHECK_INT(corpus_add_path(c, p, &err), 0);
	CHECK_INT(c->n, 2);
	CHECK(c->n < 2 || c->arts[1]->stamp.exists);
	feed = xasprintf("%s<item><title>First</title><description>One text.</description></item>"
			 "<item><title>Second</title><description>Two text, longer now.</description></item></channel></rss>", head);
	put(p, feed, "w");
	free(feed);
	struct article *a = c->n == 2 ? corpus_reread(c, 1, &err) : NULL;
	CHECK(a != NULL);
	if (a) {
		corpus_replace(c, 1, a);
		CHECK(strstr(corpus_article(c, 1)->data, "longer now") != NULL);
		CHECK_INT(corpus_article(c, 1)->item, 2);
	}
	feed = xasprintf("%s<item><title>First</title><description>One text.</description></item></channel></rss>", head);
	put(p, feed, "w");
	free(feed);
	a = corpus_reread(c, 1, &err);
	CHECK(a == NULL);
	CHECK(err && strstr(err, "no longer has item 2"));
	free(err);
	corpus_free(c);
	free(p);
}

const struct check_test filestamp_tests[] = {
	{ "filestamp/changes", test_filestamp_changes },
	{ "corpus/reread", test_corpus_reread },
	{ "corpus/reread-feed", test_corpus_reread_feed },
	{ NULL, NULL },
};
