/* The unit-test runner: runs every test table and reports each test. */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "xmalloc.h"

static int check_current_failed;
static char check_dir[] = "/tmp/crossread-unit-XXXXXX";
static int check_ndirs;

void check_fail(const char *file, int line, const char *what)
{
	printf("#   %s:%d: %s\n", file, line, what);
	check_current_failed = 1;
}

const char *check_tmpdir(void)
{
	static char buf[256];
	snprintf(buf, sizeof buf, "%s/d%d", check_dir, check_ndirs++);
	char *cmd = xasprintf("mkdir -p '%s'", buf);
	if (system(cmd) != 0)
		check_fail(__FILE__, __LINE__, "mkdir");
	free(cmd);
	return buf;
}

const char *check_tmpfile(const char *name, const char *data, size_t len)
{
	static char buf[512];
	snprintf(buf, sizeof buf, "%s/%s", check_dir, name);
	FILE *f = fopen(buf, "wb");
	if (!f) {
		check_fail(__FILE__, __LINE__, "cannot create a temporary file");
		return buf;
	}
	fwrite(data, 1, len, f);
	fclose(f);
	return buf;
}

int main(void)
{
	const struct check_test *tables[] = { text_tests, article_tests, view_tests, corpus_tests,
					      keys_tests, token_tests, ner_tests, search_tests,
					      tagger_tests, prompt_tests, input_tests, markdown_tests, html_tests, feed_tests,
					      store_tests, osc52_tests, launch_tests, xref_tests,
					      filestamp_tests, pool_tests, sieve_tests, snapshot_tests, viterbi_tests, lexicon_tests, entity_tests, language_tests, NULL };
	int passed = 0, failed = 0;
	if (!mkdtemp(check_dir)) {
		perror("mkdtemp");
		return 1;
	}
	for (int t = 0; tables[t]; t++) {
		for (const struct check_test *c = tables[t]; c->name; c++) {
			check_current_failed = 0;
			c->fn();
			printf("%s unit/%s\n", check_current_failed ? "FAIL" : "ok", c->name);
			if (check_current_failed)
				failed++;
			else
				passed++;
		}
	}
	char *cmd = xasprintf("rm -rf '%s'", check_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", check_dir);
	free(cmd);
	fflush(stdout);
	return failed ? 1 : 0;
}
