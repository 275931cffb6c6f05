/* httpd: a tiny HTTP/1.0 server for the URL tests, on 127.0.0.1 only.
 *
 * Usage: httpd DIR PORTFILE
 *
 * Listens on an ephemeral port and writes its number to PORTFILE (whole,
 * by a rename, so a test polling for the file never reads half of it).
 * Each connection is served by a child of its own, so a route that hangs
 * does not block the others. Routes:
 *
 *   /404             404 Not Found
 *   /hang            accepted and never answered (the child gives up after
 *                    60 s, or as soon as the server is gone)
 *   /redirect/NAME   302 to /NAME
 *   /cp1252/NAME     DIR/NAME as text/plain; charset=windows-1252
 *   /NAME            DIR/NAME with a Content-Type from its extension
 *                    (.txt, .md, .html, .xml, else application/octet-stream);
 *                    NAME.gz is sent with Content-Encoding: gzip and the
 *                    type of NAME; a missing file is a 404
 *
 * A NAME containing ".." is refused. The server stops by itself after 120 s
 * so that a test that fails to kill it never leaves it behind. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define HTTPD_LIFETIME 120	/* seconds the server runs at most */
#define HTTPD_HANG 60		/* seconds /hang holds its connection */
#define HTTPD_CHILD_LIMIT 10	/* seconds any other child may take */

static const char *httpd_dir;

static void httpd_die(const char *what)
{
	fprintf(stderr, "httpd: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* Writes all of buf; a client that went away just ends the child. */
static void httpd_send(int fd, const char *buf, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, buf, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(0);
		buf += w;
		n -= (size_t)w;
	}
}

static void httpd_status(int fd, const char *status, const char *extra)
{
	char head[1024];
	int n = snprintf(head, sizeof head,
			 "HTTP/1.0 %s\r\nContent-Type: text/plain; charset=utf-8\r\n"
			 "Content-Length: %zu\r\n%sConnection: close\r\n\r\n%s\n",
			 status, strlen(status) + 1, extra ? extra : "", status);
	httpd_send(fd, head, (size_t)n);
}

static int httpd_ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && strncmp(s + n - k, suffix, k) == 0;
}

/* The Content-Type for a file name of n bytes (without any .gz). */
static const char *httpd_type(const char *name, size_t n)
{
	if (httpd_ends_with(name, n, ".txt"))
		return "text/plain; charset=utf-8";
	if (httpd_ends_with(name, n, ".md"))
		return "text/markdown";
	if (httpd_ends_with(name, n, ".html"))
		return "text/html";
	if (httpd_ends_with(name, n, ".xml"))
		return "application/rss+xml";
	return "application/octet-stream";
}

static void httpd_file(int fd, const char *name, const char *type)
{
	if (!*name || strstr(name, "..")) {
		httpd_status(fd, "403 Forbidden", NULL);
		return;
	}
	size_t n = strlen(name);
	int gz = httpd_ends_with(name, n, ".gz");
	if (!type)
		type = httpd_type(name, gz ? n - 3 : n);
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", httpd_dir, name);
	int in = open(path, O_RDONLY);
	struct stat sb;
	if (in < 0 || fstat(in, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		httpd_status(fd, "404 Not Found", NULL);
		return;
	}
	char head[1024];
	int hn = snprintf(head, sizeof head,
			  "HTTP/1.0 200 OK\r\nContent-Type: %s\r\n%sContent-Length: %lld\r\n"
			  "Connection: close\r\n\r\n",
			  type, gz ? "Content-Encoding: gzip\r\n" : "", (long long)sb.st_size);
	httpd_send(fd, head, (size_t)hn);
	char buf[65536];
	ssize_t r;
	while ((r = read(in, buf, sizeof buf)) > 0)
		httpd_send(fd, buf, (size_t)r);
	close(in);
}

/* /hang: holds the connection open without a byte of answer, checking
 * each second that the server still runs, so killing it ends this too. */
static void httpd_hang(pid_t server)
{
	alarm(0);
	for (int i = 0; i < HTTPD_HANG && getppid() == server; i++)
		sleep(1);
	_exit(0);
}

static void httpd_serve(int fd, pid_t server)
{
	alarm(HTTPD_CHILD_LIMIT);
	/* The request line and headers; only the first line matters. */
	char req[8192];
	size_t n = 0;
	while (n < sizeof req - 1) {
		ssize_t r = read(fd, req + n, sizeof req - 1 - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
		req[n] = '\0';
		if (strstr(req, "\r\n\r\n") || strstr(req, "\n\n"))
			break;
	}
	req[n] = '\0';
	char method[16], target[4096];
	if (sscanf(req, "%15s %4095s", method, target) != 2 || target[0] != '/') {
		httpd_status(fd, "400 Bad Request", NULL);
		return;
	}
	char *q = strpbrk(target, "?#");
	if (q)
		*q = '\0';
	const char *path = target + 1;
	if (strcmp(path, "404") == 0) {
		httpd_status(fd, "404 Not Found", NULL);
	} else if (strcmp(path, "hang") == 0) {
		httpd_hang(server);
	} else if (strncmp(path, "redirect/", 9) == 0) {
		char loc[4200];
		snprintf(loc, sizeof loc, "Location: /%s\r\n", path + 9);
		httpd_status(fd, "302 Found", loc);
	} else if (strncmp(path, "cp1252/", 7) == 0) {
		httpd_file(fd, path + 7, "text/plain; charset=windows-1252");
	} else {
		httpd_file(fd, path, NULL);
	}
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "Usage: httpd DIR PORTFILE\n");
		return 2;
	}
	httpd_dir = argv[1];
	/* Children are never waited for: the kernel reaps them. */
	signal(SIGCHLD, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	alarm(HTTPD_LIFETIME);

	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0)
		httpd_die("socket");
	int one = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct sockaddr_in addr;
	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	addr.sin_port = 0;
	if (bind(s, (struct sockaddr *)&addr, sizeof addr) != 0)
		httpd_die("bind");
	if (listen(s, 64) != 0)
		httpd_die("listen");
	socklen_t len = sizeof addr;
	if (getsockname(s, (struct sockaddr *)&addr, &len) != 0)
		httpd_die("getsockname");

	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
	FILE *f = fopen(tmp, "w");
	if (!f)
		httpd_die(tmp);
	fprintf(f, "%d\n", ntohs(addr.sin_port));
	if (fclose(f) != 0)
		httpd_die(tmp);
	if (rename(tmp, argv[2]) != 0)
		httpd_die(argv[2]);

	pid_t self = getpid();
	for (;;) {
		int c = accept(s, NULL, NULL);
		if (c < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			httpd_die("accept");
		}
		pid_t pid = fork();
		if (pid == 0) {
			close(s);
			httpd_serve(c, self);
			shutdown(c, SHUT_WR);
			close(c);
			_exit(0);
		}
		close(c);
	}
}
