/* nickname: the table of familiar given names, as pairs of a familiar form
 * and the full name it stands for, sorted by the form for a binary search. */
#include "nickname.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

extern const char nickname_data_start[], nickname_data_end[];

struct nickname_pair {
	char *form;	/* lower case: "bob" */
	char *full;	/* lower case: "robert" */
};

static struct nickname_pair *nickname_pairs;
static size_t nickname_n;
static pthread_once_t nickname_once = PTHREAD_ONCE_INIT;

static char *nickname_lower(const char *s, size_t n)
{
	char *r = xstrndup(s, n);
	for (char *p = r; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return r;
}

static int nickname_cmp(const void *pa, const void *pb)
{
	const struct nickname_pair *a = pa, *b = pb;
	int c = strcmp(a->form, b->form);
	return c ? c : strcmp(a->full, b->full);
}

/* Reads "Full<TAB>Form Form ..." lines; '#' starts a comment line. */
static void nickname_load(void)
{
	size_t cap = 0;
	const char *p = nickname_data_start, *end = nickname_data_end;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *tab = p < le && *p != '#' ? memchr(p, '\t', (size_t)(le - p)) : NULL;
		if (tab && tab > p) {
			for (const char *w = tab + 1; w < le;) {
				while (w < le && (*w == ' ' || *w == '\t' || *w == '\r'))
					w++;
				const char *we = w;
				while (we < le && *we != ' ' && *we != '\t' && *we != '\r')
					we++;
				if (we > w) {
					nickname_pairs = xgrow(nickname_pairs, &cap, nickname_n + 1, sizeof *nickname_pairs);
					nickname_pairs[nickname_n].form = nickname_lower(w, (size_t)(we - w));
					nickname_pairs[nickname_n].full = nickname_lower(p, (size_t)(tab - p));
					nickname_n++;
				}
				w = we;
			}
		}
		p = le + 1;
	}
	if (nickname_n > 1)
		qsort(nickname_pairs, nickname_n, sizeof *nickname_pairs, nickname_cmp);
}

void nickname_init(void)
{
	pthread_once(&nickname_once, nickname_load);
}

size_t nickname_full(const char *w, const char **out, size_t max)
{
	nickname_init();
	size_t lo = 0, hi = nickname_n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(nickname_pairs[mid].form, w) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t k = 0;
	for (; lo + k < nickname_n && strcmp(nickname_pairs[lo + k].form, w) == 0; k++)
		if (k < max)
			out[k] = nickname_pairs[lo + k].full;
	return k;
}

int nickname_same(const char *a, const char *b)
{
	if (strcmp(a, b) == 0)
		return 1;
	enum { NICKNAME_MAX = 16 };
	const char *fa[NICKNAME_MAX + 1], *fb[NICKNAME_MAX + 1];
	size_t na = nickname_full(a, fa, NICKNAME_MAX), nb = nickname_full(b, fb, NICKNAME_MAX);
	na = na < NICKNAME_MAX ? na : NICKNAME_MAX;
	nb = nb < NICKNAME_MAX ? nb : NICKNAME_MAX;
	/* Each name stands for itself too. */
	fa[na++] = a;
	fb[nb++] = b;
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			if (strcmp(fa[i], fb[j]) == 0)
				return 1;
	return 0;
}
