/* launch: a browser started in the background. See launch.h.
 *
 * Double fork: the child starts a session of its own (no controlling
 * terminal, so the browser can neither read the reader's keys nor be
 * stopped with it) and forks the grandchild, which execs the browser;
 * the child exits at once and is reaped here, and the grandchild, an
 * orphan, is reaped by init. The reader never waits for the browser. */
#include "launch.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "xmalloc.h"

/* Whether a program of that name is on $PATH. */
static int launch_on_path(const char *name)
{
	const char *path = getenv("PATH");
	if (!path || !*path)
		path = "/usr/local/bin:/usr/bin:/bin";
	char *copy = xstrdup(path), *save = NULL;
	int found = 0;
	for (char *dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
		char *f = xasprintf("%s/%s", *dir ? dir : ".", name);
		found = access(f, X_OK) == 0;
		free(f);
	}
	free(copy);
	return found;
}

char *launch_browser(void)
{
	const char *b = getenv("BROWSER");
	if (b && *b)
		return xstrdup(b);
	return launch_on_path("xdg-open") ? xstrdup("xdg-open") : NULL;
}

int launch_url(const char *url, char **err)
{
	*err = NULL;
	char *browser = launch_browser();
	if (!browser) {
		*err = xstrdup("no browser: set $BROWSER, or install xdg-open");
		return -1;
	}
	/* Everything the children need is made before fork: after it, in a
	 * program with threads, only async-signal-safe calls are safe. The
	 * url is sh's $1, never part of the command text, so that no url can
	 * run a command of its own. */
	char *cmd, *pct = strstr(browser, "%s");
	if (pct) /* the old convention: %s stands for the url */
		cmd = xasprintf("%.*s\"$1\"%s", (int)(pct - browser), browser, pct + 2);
	else
		cmd = xasprintf("%s \"$1\"", browser);
	char *argv[] = { "/bin/sh", "-c", cmd, "crossread-browser", (char *)url, NULL };
	pid_t pid = fork();
	if (pid < 0) {
		*err = xasprintf("cannot start %s: %s", browser, strerror(errno));
		free(cmd);
		free(browser);
		return -1;
	}
	if (pid == 0) {
		setsid();
		if (fork() != 0)
			_exit(0);
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
			if (null > 2)
				close(null);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	/* The child exits as soon as it has forked: a moment's wait. */
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	free(cmd);
	free(browser);
	return 0;
}
