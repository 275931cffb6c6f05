/* score: compares predicted entity spans with gold ones, exact match.
 *
 * Usage: score [--map A=B]... [--types T1,T2,...] [--verbose] GOLD.tsv PRED.tsv
 *
 * Both files are TSV with a header line naming the columns; the columns
 * file, start, end and type are used (found by name, else the first four),
 * others are ignored, but for `text` (shown by --verbose) and, in the gold
 * file, `optional`: a gold row with optional = 1 is not scored, and a
 * prediction with exactly its span counts neither as right nor wrong.
 * Files are matched by base name. --map renames predicted types before the
 * comparison; --types keeps only those types, gold and predicted.
 *
 * Prints per type and overall precision, recall and F1 (percentages, one
 * decimal) and the counts of true positives, false positives and false
 * negatives; --verbose lists every false positive and false negative. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct row {
	char *file;	/* base name */
	long start, end;
	char *type;
	char *text;	/* or NULL */
	int optional;
	int matched;
};

struct table {
	struct row *r;
	size_t n, cap;
};

#define MAXMAP 64
static const char *map_from[MAXMAP], *map_to[MAXMAP];
static int nmap;
static char *types_arg;
static const char *types[64];
static int ntypes_arg;

static char *dup(const char *s)
{
	char *d = strdup(s);
	if (!d) {
		perror("score");
		exit(1);
	}
	return d;
}

static int split_tabs(char *line, char **f, int max)
{
	int n = 0;
	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	return n;
}

static int type_kept(const char *t)
{
	if (ntypes_arg == 0)
		return 1;
	for (int i = 0; i < ntypes_arg; i++)
		if (strcmp(types[i], t) == 0)
			return 1;
	return 0;
}

static void read_table(const char *path, struct table *t, int is_gold)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "score: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int col_file = 0, col_start = 1, col_end = 2, col_type = 3, col_text = -1, col_opt = -1;
	int header = 1;
	while ((len = getline(&line, &cap, f)) >= 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		char *fld[64];
		int nf = split_tabs(line, fld, 64);
		if (header) {
			header = 0;
			for (int i = 0; i < nf; i++) {
				if (strcmp(fld[i], "file") == 0)
					col_file = i;
				else if (strcmp(fld[i], "start") == 0)
					col_start = i;
				else if (strcmp(fld[i], "end") == 0)
					col_end = i;
				else if (strcmp(fld[i], "type") == 0)
					col_type = i;
				else if (strcmp(fld[i], "text") == 0)
					col_text = i;
				else if (strcmp(fld[i], "optional") == 0 && is_gold)
					col_opt = i;
			}
			continue;
		}
		if (len == 0)
			continue;
		if (nf <= col_file || nf <= col_start || nf <= col_end || nf <= col_type) {
			fprintf(stderr, "score: %s: a short line skipped\n", path);
			continue;
		}
		const char *type = fld[col_type];
		if (!is_gold)
			for (int i = 0; i < nmap; i++)
				if (strcmp(type, map_from[i]) == 0) {
					type = map_to[i];
					break;
				}
		if (!type_kept(type))
			continue;
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 256;
			t->r = realloc(t->r, t->cap * sizeof *t->r);
			if (!t->r) {
				perror("score");
				exit(1);
			}
		}
		struct row *r = &t->r[t->n++];
		const char *base = strrchr(fld[col_file], '/');
		r->file = dup(base ? base + 1 : fld[col_file]);
		r->start = strtol(fld[col_start], NULL, 10);
		r->end = strtol(fld[col_end], NULL, 10);
		r->type = dup(type);
		r->text = col_text >= 0 && col_text < nf ? dup(fld[col_text]) : NULL;
		r->optional = col_opt >= 0 && col_opt < nf && strcmp(fld[col_opt], "1") == 0;
		r->matched = 0;
	}
	free(line);
	fclose(f);
}

/* Orders by file, start, end. */
static int cmp_span(const struct row *x, const struct row *y)
{
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return 0;
}

/* Orders by file, start, end, type. */
static int cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = cmp_span(x, y);
	return c ? c : strcmp(x->type, y->type);
}

struct stat_row {
	char *type;
	long tp, fp, fn;
};
static struct stat_row stats[256];
static int nstats;

static struct stat_row *stat_for(const char *type)
{
	for (int i = 0; i < nstats; i++)
		if (strcmp(stats[i].type, type) == 0)
			return &stats[i];
	if (nstats == 256) {
		fprintf(stderr, "score: too many types\n");
		exit(1);
	}
	stats[nstats].type = dup(type);
	return &stats[nstats++];
}

static void print_line(const char *name, long tp, long fp, long fn)
{
	double p = tp + fp ? 100.0 * (double)tp / (double)(tp + fp) : 0;
	double r = tp + fn ? 100.0 * (double)tp / (double)(tp + fn) : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("%-10s P %5.1f  R %5.1f  F1 %5.1f  tp %ld  fp %ld  fn %ld\n", name, p, r, f, tp, fp, fn);
}

static void usage(void)
{
	fprintf(stderr, "usage: score [--map A=B]... [--types T1,T2,...] [--verbose] GOLD.tsv PRED.tsv\n");
	exit(2);
}

int main(int argc, char **argv)
{
	int verbose = 0, i = 1;
	for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (strcmp(argv[i], "--map") == 0 && i + 1 < argc) {
			char *a = argv[++i], *eq = strchr(a, '=');
			if (!eq || nmap == MAXMAP)
				usage();
			*eq = '\0';
			map_from[nmap] = a;
			map_to[nmap++] = eq + 1;
		} else if (strcmp(argv[i], "--types") == 0 && i + 1 < argc) {
			types_arg = dup(argv[++i]);
			for (char *tok = strtok(types_arg, ","); tok && ntypes_arg < 64; tok = strtok(NULL, ","))
				types[ntypes_arg++] = tok;
		} else if (strcmp(argv[i], "--verbose") == 0) {
			verbose = 1;
		} else {
			usage();
		}
	}
	if (argc - i != 2)
		usage();
	struct table g = { 0 }, p = { 0 };
	read_table(argv[i], &g, 1);
	read_table(argv[i + 1], &p, 0);
	qsort(g.r, g.n, sizeof *g.r, cmp_row);
	qsort(p.r, p.n, sizeof *p.r, cmp_row);
	/* The types, in --types order, then as met in the gold file. */
	for (int k = 0; k < ntypes_arg; k++)
		stat_for(types[k]);
	for (size_t k = 0; k < g.n; k++)
		if (!g.r[k].optional)
			stat_for(g.r[k].type);
	/* Duplicated predictions count once. */
	size_t np = 0;
	for (size_t k = 0; k < p.n; k++)
		if (np == 0 || cmp_row(&p.r[np - 1], &p.r[k]) != 0)
			p.r[np++] = p.r[k];
	p.n = np;
	/* Gold rows likewise, an entity scored once. */
	size_t ng = 0;
	for (size_t k = 0; k < g.n; k++)
		if (ng == 0 || cmp_row(&g.r[ng - 1], &g.r[k]) != 0 || g.r[ng - 1].optional != g.r[k].optional)
			g.r[ng++] = g.r[k];
	g.n = ng;
	for (size_t a = 0, b = 0; b < p.n; b++) {
		while (a < g.n && cmp_row(&g.r[a], &p.r[b]) < 0)
			a++;
		/* Exact matches (non-optional gold of the same type). */
		for (size_t k = a; k < g.n && cmp_row(&g.r[k], &p.r[b]) == 0; k++)
			if (!g.r[k].optional && !g.r[k].matched) {
				g.r[k].matched = 1;
				p.r[b].matched = 1;
				break;
			}
	}
	/* Predictions on an optional gold span are ignored. */
	for (size_t b = 0, a = 0; b < p.n; b++) {
		if (p.r[b].matched)
			continue;
		while (a < g.n && cmp_span(&g.r[a], &p.r[b]) < 0)
			a++;
		for (size_t k = a; k < g.n && cmp_span(&g.r[k], &p.r[b]) == 0; k++)
			if (g.r[k].optional)
				p.r[b].matched = 2;
	}
	for (size_t k = 0; k < g.n; k++) {
		if (g.r[k].optional)
			continue;
		struct stat_row *s = stat_for(g.r[k].type);
		if (g.r[k].matched)
			s->tp++;
		else
			s->fn++;
	}
	for (size_t k = 0; k < p.n; k++)
		if (!p.r[k].matched)
			stat_for(p.r[k].type)->fp++;
	if (verbose) {
		for (size_t k = 0; k < p.n; k++)
			if (!p.r[k].matched)
				printf("FP\t%s\t%ld\t%ld\t%s\t%s\n", p.r[k].file, p.r[k].start, p.r[k].end, p.r[k].type,
				       p.r[k].text ? p.r[k].text : "");
		for (size_t k = 0; k < g.n; k++)
			if (!g.r[k].optional && !g.r[k].matched)
				printf("FN\t%s\t%ld\t%ld\t%s\t%s\n", g.r[k].file, g.r[k].start, g.r[k].end, g.r[k].type,
				       g.r[k].text ? g.r[k].text : "");
	}
	long tp = 0, fp = 0, fn = 0;
	for (int k = 0; k < nstats; k++) {
		print_line(stats[k].type, stats[k].tp, stats[k].fp, stats[k].fn);
		tp += stats[k].tp;
		fp += stats[k].fp;
		fn += stats[k].fn;
	}
	print_line("overall", tp, fp, fn);
	return 0;
}
