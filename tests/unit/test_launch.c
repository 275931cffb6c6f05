/* Unit tests of launch: the browser is started in the background with the
 * url as its one argument, never through the shell's parsing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "launch.h"
#include "xmalloc.h"

/* The file's contents once it has been written whole (the script writes
 * it under another name and renames it), or NULL after 5 s. */
static char *test_launch_wait(const char *path)
{
	for (int i = 0; i < 500; i++) {
		FILE *f = fopen(path, "rb");
		if (f) {
			char buf[512];
			size_t n = fread(buf, 1, sizeof buf - 1, f);
			fclose(f);
			buf[n] = '\0';
			return xstrdup(buf);
		}
		struct timespec ts = { 0, 10000000 };
		nanosleep(&ts, NULL);
	}
	return NULL;
}

static void test_launch_browser(void)
{
	const char *dir = check_tmpdir();
	char *script = xasprintf("%s/browser", dir), *out = xasprintf("%s/opened", dir);
	FILE *f = fopen(script, "w");
	CHECK(f != NULL);
	if (!f)
		goto done;
	/* It also reads its input and writes to the terminal, which must be
	 * /dev/null: the test's own output stays clean. */
	fprintf(f, "#!/bin/sh\ncat >/dev/null\necho noise\nprintf '%%s|%%s' \"$#\" \"$1\" >'%s.tmp' && mv '%s.tmp' '%s'\n",
		out, out, out);
	fclose(f);
	chmod(script, 0755);
	char *old = getenv("BROWSER") ? xstrdup(getenv("BROWSER")) : NULL;
	setenv("BROWSER", script, 1);
	char *b = launch_browser();
	CHECK_STR(b, script);
	free(b);
	char *err = NULL;
	/* A url with shell syntax in it is one argument, run as nothing. */
	const char *url = "https://example.com/a?b=1&c=$(touch x);d";
	time_t t0 = time(NULL);
	CHECK_INT(launch_url(url, &err), 0);
	CHECK(time(NULL) - t0 < 2); /* it never waits for the browser */
	/* The child it forked is reaped, and the browser is not its child:
	 * nothing is left to become a zombie. */
	CHECK(waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD);
	char *got = test_launch_wait(out);
	char *want = xasprintf("1|%s", url);
	CHECK_STR(got, want);
	free(want);
	free(got);
	free(err);
	/* A %s in $BROWSER is where the url goes. */
	remove(out);
	char *pct = xasprintf("%s %%s", script);
	setenv("BROWSER", pct, 1);
	free(pct);
	CHECK_INT(launch_url("https://example.com/x", &err), 0);
	got = test_launch_wait(out);
	CHECK_STR(got, "1|https://example.com/x");
	free(got);
	free(err);
	/* No browser at all: an error that says so. */
	setenv("BROWSER", "", 1);
	char *path = getenv("PATH") ? xstrdup(getenv("PATH")) : NULL;
	setenv("PATH", dir, 1);
	err = NULL;
	CHECK_INT(launch_url(url, &err), -1);
	CHECK(err && strstr(err, "BROWSER"));
	free(err);
	if (path)
		setenv("PATH", path, 1);
	free(path);
	if (old)
		setenv("BROWSER", old, 1);
	else
		unsetenv("BROWSER");
	free(old);
done:
	free(script);
	free(out);
}

const struct check_test launch_tests[] = {
	{ "launch_browser", test_launch_browser },
	{ NULL, NULL }
};
