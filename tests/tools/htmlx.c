/* htmlx: runs the HTML reader on files, for measuring extraction.
 * `htmlx FILE` prints the article's text (what `crossread --text` prints);
 * `htmlx -o DIR FILE...` writes each FILE's text to DIR/NAME.txt, NAME
 * being the name of the folder FILE is in; `htmlx -s N FILE...` reads the
 * files N times and prints the speed in MB/s of HTML on one core. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "html.h"
#include "xmalloc.h"

static char *htmlx_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(1);
	}
	size_t cap = 65536, n = 0;
	char *s = xmalloc(cap);
	size_t got;
	while ((got = fread(s + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (n + 1 >= cap)
			s = xrealloc(s, cap *= 2);
	}
	fclose(f);
	s[n] = '\0';
	*len = n;
	return s;
}

/* The name of the folder a file is in ("a/b/source.html" -> "b"). */
static char *htmlx_folder(const char *path)
{
	const char *end = strrchr(path, '/');
	if (!end)
		return xstrdup("page");
	const char *start = end;
	while (start > path && start[-1] != '/')
		start--;
	return xstrndup(start, (size_t)(end - start));
}

int main(int argc, char **argv)
{
	if (argc >= 4 && strcmp(argv[1], "-o") == 0) {
		for (int i = 3; i < argc; i++) {
			size_t len;
			char *data = htmlx_slurp(argv[i], &len);
			struct article *a = html_read(argv[i], data, len, NULL);
			char *name = htmlx_folder(argv[i]);
			char *out = xasprintf("%s/%s.txt", argv[2], name);
			FILE *f = fopen(out, "wb");
			if (!f) {
				perror(out);
				return 1;
			}
			fwrite(a->data, 1, a->len, f);
			fclose(f);
			free(out);
			free(name);
			article_free(a);
			free(data);
		}
		return 0;
	}
	if (argc >= 4 && strcmp(argv[1], "-s") == 0) {
		int rounds = atoi(argv[2]);
		size_t nfiles = (size_t)(argc - 3), total = 0;
		char **data = xcalloc(nfiles, sizeof *data);
		size_t *lens = xcalloc(nfiles, sizeof *lens);
		for (size_t k = 0; k < nfiles; k++) {
			data[k] = htmlx_slurp(argv[3 + k], &lens[k]);
			total += lens[k];
		}
		struct timespec t0, t1;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
		for (int r = 0; r < rounds; r++)
			for (size_t k = 0; k < nfiles; k++)
				article_free(html_read(argv[3 + k], data[k], lens[k], NULL));
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
		double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		double mb = (double)total * rounds / 1e6;
		printf("%.1f MB of HTML in %.2f s: %.1f MB/s\n", mb, secs, secs > 0 ? mb / secs : 0);
		for (size_t k = 0; k < nfiles; k++)
			free(data[k]);
		free(data);
		free(lens);
		return 0;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: htmlx FILE | htmlx -o DIR FILE... | htmlx -s ROUNDS FILE...\n");
		return 2;
	}
	size_t len;
	char *data = htmlx_slurp(argv[1], &len);
	struct article *a = html_read(argv[1], data, len, NULL);
	fwrite(a->data, 1, a->len, stdout);
	article_free(a);
	free(data);
	return 0;
}
