/* bench_core: timings of the core library (article, corpus, view) on the
 * Reuters-21578 corpus converted to text and on two 50 MB articles, and of
 * naming on articles it generates.
 *
 * Usage: bench_core REUTERS_DIR|- BIG.txt..., or bench_core --naming (run by
 *        bench/run.sh)
 *
 * Prints one figure a line, "name: value unit". Times are wall-clock
 * (CLOCK_MONOTONIC) in milliseconds unless the unit says otherwise. Peak
 * RSS (ru_maxrss) is the process's so far: glibc keeps the heap of a freed
 * corpus, so run.sh runs one process per input to keep the figures apart. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "ner.h"
#include "xref.h"
#include "view.h"
#include "finder.h"

#define SCREEN 50		/* lines on a screen */
#define WIDTH 100		/* columns of the body pane */
#define NARROW 60		/* columns after the resize */
#define SCROLL 10000		/* lines scrolled one by one */

/* Sums line lengths so that the layout work cannot be skipped. */
static size_t sink;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void fig(const char *name, double value, const char *unit)
{
	if (value >= 100 || value == (double)(long)value)
		printf("%s: %.0f %s\n", name, value, unit);
	else if (value >= 1)
		printf("%s: %.2f %s\n", name, value, unit);
	else
		printf("%s: %.4f %s\n", name, value, unit);
	fflush(stdout);
}

static double peak_rss_mb(void)
{
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return -1;
	return (double)ru.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

/* Lays out up to n lines from *p, stepping with step (view_next to go
 * down, view_prev to go up); returns how many were there. */
static int render(struct view *v, struct view_pos *p, int n, int (*step)(struct view *, struct view_pos *))
{
	struct view_line l;
	int got = 0;
	for (int i = 0; i < n; i++) {
		if (!view_line(v, *p, &l))
			break;
		sink += l.end - l.start;
		got++;
		if (i + 1 < n && !step(v, p))
			break;
	}
	return got;
}


/* Whether paragraph p ends a sentence: final punctuation, or a closing
 * quote or bracket after it (the issue on wire copy counts the others). */
static int ends_sentence(const char *d, const struct article_para *p)
{
	size_t e = p->end;
	while (e > p->start && (d[e - 1] == ' ' || d[e - 1] == '\n'))
		e--;
	while (e > p->start) {
		unsigned char c = (unsigned char)d[e - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '>')
			e--;
		else if (e - p->start >= 3 && (memcmp(d + e - 3, "\xe2\x80\x9d", 3) == 0 ||
					       memcmp(d + e - 3, "\xe2\x80\x99", 3) == 0))
			e -= 3;
		else
			break;
	}
	return e > p->start && strchr(".!?:;", d[e - 1]) != NULL;
}

/* Paragraphs of hard-wrapped wire copy: how many end inside a sentence
 * (the body's, title and boilerplate apart), over the first 1,000 stories'
 * first paragraphs and over all of them. */
static void bench_paragraphs(struct corpus *c)
{
	size_t first = 0, first_bad = 0, all = 0, all_bad = 0;
	for (size_t i = 0; i < c->n; i++) {
		const struct article *a = corpus_article(c, i);
		int seen = 0;
		for (size_t k = 0; k < a->npara; k++) {
			const struct article_para *p = &a->paras[k];
			if (p->flags & (ARTICLE_PARA_TITLE | ARTICLE_PARA_BOILERPLATE | ARTICLE_PARA_PRE))
				continue;
			int bad = !ends_sentence(a->data, p);
			all++;
			all_bad += (size_t)bad;
			if (!seen && i < 1000) {
				first++;
				first_bad += (size_t)bad;
			}
			seen = 1;
		}
	}
	printf("reuters.first_paragraphs_ending_mid_sentence: %zu of %zu\n", first_bad, first);
	printf("reuters.paragraphs_ending_mid_sentence: %zu of %zu\n", all_bad, all);
}

static const struct entity_table *bench_entities;

static int bench_key_cmp(const void *a, const void *b)
{
	return strcmp(bench_entities->v[*(const size_t *)a].key, bench_entities->v[*(const size_t *)b].key);
}

static int bench_reuters(const char *dir)
{
	double start = now();
	double t0 = now();
	struct corpus *c = corpus_new();
	char *err = NULL;
	if (corpus_add_path(c, dir, &err) != 0) {
		fprintf(stderr, "bench_core: %s\n", err ? err : dir);
		free(err);
		corpus_free(c);
		return 1;
	}
	double t1 = now();
	/* Articles are read when added and parsed when first used: the reader
	 * shows its list after the read; the parse is what opening costs. */
	size_t bytes = 0, paras = 0;
	for (size_t i = 0; i < c->n; i++)
		bytes += c->arts[i]->len;
	double tp = now();
	for (size_t i = 0; i < c->n; i++)
		paras += corpus_article(c, i)->npara;
	double parse_ms = now() - tp;
	double ms = t1 - t0;
	fig("reuters.articles", (double)c->n, "articles");
	fig("reuters.bytes", (double)bytes / 1e6, "MB");
	fig("reuters.paragraphs", (double)paras, "paragraphs");
	fig("reuters.warnings", (double)c->nwarnings, "warnings");
	fig("reuters.read_all", ms, "ms");
	fig("reuters.parse_all", parse_ms, "ms");
	fig("reuters.parse_throughput", (double)bytes / 1e6 / (parse_ms / 1e3), "MB/s");
	fig("reuters.load", ms, "ms");
	fig("reuters.load_rate", (double)c->n / (ms / 1e3), "articles/s");
	fig("reuters.load_throughput", (double)bytes / 1e6 / (ms / 1e3), "MB/s");
	bench_paragraphs(c);

	/* Opening every article: a view and its first screen. */
	double total = 0, worst = 0;
	size_t worst_i = 0, short_screens = 0;
	for (size_t i = 0; i < c->n; i++) {
		double s = now();
		struct view *v = view_new(corpus_article(c, i), WIDTH);
		struct view_pos p = view_first(v);
		int got = render(v, &p, SCREEN, view_next);
		double d = now() - s;
		view_free(v);
		if (got < SCREEN)
			short_screens++;
		total += d;
		if (d > worst) {
			worst = d;
			worst_i = i;
		}
	}
	fig("reuters.open_all", total, "ms");
	fig("reuters.open_mean", c->n ? total * 1e3 / (double)c->n : 0, "us/article");
	fig("reuters.open_worst", worst, "ms");
	if (c->n)
		printf("reuters.open_worst_article: %s\n", c->arts[worst_i]->path);
	fig("reuters.articles_shorter_than_a_screen", (double)short_screens, "articles");

	/* Entity extraction over the whole corpus, as --entities does it: the
	 * recognizer alone (tokens, model, rules), then with naming. */
	/* The best of three passes: this machine's clock is shared with other
	 * work, and the best run is the code's own speed. */
	double ems = 0, e0;
	size_t nm = 0;
	for (int pass = 0; pass < 3; pass++) {
		e0 = now();
		nm = 0;
		for (size_t i = 0; i < c->n; i++) {
			struct ner_list l = { 0 };
			ner_article(corpus_article(c, i), &l);
			nm += l.n;
			ner_list_free(&l);
		}
		double t = now() - e0;
		if (pass == 0 || t < ems)
			ems = t;
	}
	fig("reuters.ner_mentions", (double)nm, "mentions");
	fig("reuters.ner_time", ems, "ms");
	fig("reuters.ner_throughput_one_core_best_of_3", (double)bytes / 1e6 / (ems / 1e3), "MB/s");
	e0 = now();
	struct entity_table *et = entity_table_new(c->n);
	for (size_t i = 0; i < c->n; i++)
		entity_article(et, c, i);
	double ams = now() - e0;
	e0 = now();
	entity_link(et);
	double lms = now() - e0;
	fig("reuters.entities", (double)et->n, "entities");
	/* Names the recognizer reads across a line break of the file: a
	 * hard-wrapped name kept whole. */
	size_t across = 0;
	for (size_t i = 0; i < c->n; i++)
		for (size_t k = 0; k < et->docs[i].n; k++)
			across += memchr(c->arts[i]->data + et->docs[i].v[k].start, '\n',
					 et->docs[i].v[k].end - et->docs[i].v[k].start) != NULL;
	fig("reuters.names_across_line_breaks", (double)across, "mentions");
	/* Names (folded keys) of more than one type: among the entities the
	 * mentions end in (real ambiguities kept apart, like the country Jordan
	 * and a Mr. Jordan), and among the mentions' own types (a name typed
	 * by its context where the corpus does not decide). */
	{
		unsigned char *used = calloc(et->n ? et->n : 1, 1);
		unsigned *mtypes = calloc(et->n ? et->n : 1, sizeof *mtypes);
		for (size_t i = 0; i < c->n; i++)
			for (size_t k = 0; k < et->docs[i].n; k++) {
				used[et->docs[i].v[k].id] = 1;
				mtypes[et->docs[i].v[k].id] |= 1u << et->docs[i].v[k].type;
			}
		size_t *order = malloc((et->n ? et->n : 1) * sizeof *order), no = 0;
		for (size_t k = 0; k < et->n; k++)
			if (used[k] && et->v[k].type != NER_DATE)
				order[no++] = k;
		bench_entities = et;
		qsort(order, no, sizeof *order, bench_key_cmp);
		size_t multi_entity = 0, multi_mention = 0;
		for (size_t a = 0; a < no;) {
			size_t b = a;
			unsigned et_types = 0, m_types = 0;
			while (b < no && strcmp(et->v[order[b]].key, et->v[order[a]].key) == 0) {
				et_types |= 1u << et->v[order[b]].type;
				m_types |= mtypes[order[b]] & ~(1u << NER_DATE);
				b++;
			}
			multi_entity += __builtin_popcount(et_types) > 1;
			multi_mention += __builtin_popcount(m_types) > 1;
			a = b;
		}
		fig("reuters.names_of_two_entity_types", (double)multi_entity, "names");
		fig("reuters.names_of_two_mention_types", (double)multi_mention, "names");
		free(order);
		free(mtypes);
		free(used);
	}
	fig("reuters.entities_time", ams, "ms");
	fig("reuters.entities_throughput", (double)bytes / 1e6 / (ams / 1e3), "MB/s");
	fig("reuters.entity_link_time", lms, "ms");
	e0 = now();
	struct xref *xr = xref_build(et);
	fig("reuters.xref_index_time", now() - e0, "ms");
	fig("reuters.identity_pass_total", ams + lms + (now() - e0), "ms");
	/* The pane's question for one article: what it shares, and related stories. */
	e0 = now();
	struct xref_related *rel;
	size_t nrel = xref_related(xr, et, 0, &rel);
	free(rel);
	fig("reuters.related_stories_of_one_article", now() - e0, "ms");
	fig("reuters.related_stories_found", (double)nrel, "articles");
	xref_free(xr);
	entity_table_free(et);

	double f0 = now();
	corpus_free(c);
	fig("reuters.free", now() - f0, "ms");
	fig("reuters.total", now() - start, "ms");
	fig("reuters.peak_rss", peak_rss_mb(), "MB");
	return 0;
}

static int bench_big(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	char name[256];
	snprintf(name, sizeof name, "%.*s", (int)(strcspn(base, ".") < 200 ? strcspn(base, ".") : 200),
		 base);
#define FIG(what, value, unit)                                          \
	do {                                                            \
		char key_[320];                                         \
		snprintf(key_, sizeof key_, "%s.%s", name, what);       \
		fig(key_, value, unit);                                 \
	} while (0)

	char *err = NULL;
	double start = now();
	double t0 = now();
	struct article *a = article_load(path, &err);
	double load = now() - t0;
	if (!a) {
		fprintf(stderr, "bench_core: %s\n", err ? err : path);
		free(err);
		return 1;
	}
	FIG("bytes", (double)a->len / 1e6, "MB");
	FIG("paragraphs", (double)a->npara, "paragraphs");
	FIG("title_bytes", (double)strlen(a->title), "bytes");
	FIG("load", load, "ms");
	FIG("load_throughput", (double)a->len / 1e6 / (load / 1e3), "MB/s");

	t0 = now();
	struct view *v = view_new(a, WIDTH);
	FIG("view_new", now() - t0, "ms");

	t0 = now();
	struct view_pos p = view_first(v);
	int got = render(v, &p, SCREEN, view_next);
	FIG("first_screen", now() - t0, "ms");
	if (got < SCREEN)
		fprintf(stderr, "bench_core: %s: first screen has only %d lines\n", path, got);

	/* The End key: the last line, then the screen above it. */
	t0 = now();
	p = view_last(v);
	got = render(v, &p, SCREEN, view_prev);
	FIG("jump_to_end", now() - t0, "ms");
	if (got < SCREEN)
		fprintf(stderr, "bench_core: %s: last screen has only %d lines\n", path, got);

	/* A resize: rewrap at the narrow width around the middle of the file. */
	t0 = now();
	view_set_width(v, NARROW);
	p = view_at_offset(v, a->len / 2);
	got = render(v, &p, SCREEN, view_next);
	FIG("resize_middle", now() - t0, "ms");
	if (got < SCREEN)
		fprintf(stderr, "bench_core: %s: middle screen has only %d lines\n", path, got);
	{
		struct view_pos m = view_at_offset(v, a->len / 2);
		size_t off = view_offset(v, m);
		if (off > a->len / 2 || a->len / 2 - off > 64 * 1024)
			fprintf(stderr, "bench_core: %s: view_at_offset(%zu) gave a line at %zu\n",
				path, a->len / 2, off);
		t0 = now();
		int pct = view_percent(v, m);
		FIG("view_percent_middle", now() - t0, "ms");
		FIG("percent_at_middle", pct, "%");
	}
	view_free(v);

	/* Scrolling from the top of a fresh view, one line at a time. */
	v = view_new(a, WIDTH);
	p = view_first(v);
	double worst = 0, total = 0;
	long lines = 0, worst_line = 0;
	struct view_line l;
	for (long i = 0; i < SCROLL; i++) {
		double s = now();
		int ok = view_next(v, &p);
		if (ok && view_line(v, p, &l))
			sink += l.end - l.start;
		double d = now() - s;
		total += d;
		if (d > worst) {
			worst = d;
			worst_line = i + 1;
		}
		if (!ok)
			break;
		lines++;
	}
	/* Searching as the reader types: the text is prepared once (in the
	 * reader, by the indexer when the article opens); then each key
	 * compiles the pattern, lists the article's matches (for "match i of
	 * n") and finds the first after the middle of the file. */
	{
		struct corpus *c = corpus_new();
		c->arts = malloc(sizeof *c->arts);
		c->arts[0] = a;
		c->n = c->cap = 1;
		struct finder *f = finder_new(c);
		t0 = now();
		finder_text_set(f, 0, finder_text_build(a));
		FIG("search_prepare", now() - t0, "ms");
		static const char *const typed[] = { "the market", "benchmark", "rates", "zurich" };
		for (size_t w = 0; w < sizeof typed / sizeof *typed; w++) {
			double worst_key = 0;
			size_t matches = 0;
			for (size_t k = 1; k <= strlen(typed[w]); k++) {
				char pat[32];
				snprintf(pat, sizeof pat, "%.*s", (int)k, typed[w]);
				double s = now();
				char *err = NULL;
				struct search_match m;
				int wrapped;
				finder_set(f, pat, 0, NULL, &err);
				finder_step(f, 0, a->len / 2, 1, &m, &wrapped);
				matches = finder_count(f, 0);
				double d = now() - s;
				if (d > worst_key)
					worst_key = d;
				free(err);
			}
			char what[64];
			snprintf(what, sizeof what, "search_worst_key_typing_%s", typed[w]);
			for (char *q = what; *q; q++)
				if (*q == ' ')
					*q = '_';
			FIG(what, worst_key, "ms");
			snprintf(what, sizeof what, "search_matches_%s", typed[w]);
			for (char *q = what; *q; q++)
				if (*q == ' ')
					*q = '_';
			FIG(what, (double)matches, "matches");
		}
		finder_free(f);
		c->n = 0; /* the article is freed below */
		corpus_free(c);
	}

	FIG("scroll_lines", (double)lines, "lines");
	FIG("scroll_total", total, "ms");
	FIG("scroll_worst_step", worst, "ms");
	FIG("scroll_worst_step_at", (double)worst_line, "line");
	view_free(v);

	t0 = now();
	size_t words = article_word_count(a);
	FIG("word_count", now() - t0, "ms");
	sink += words;

	t0 = now();
	article_free(a);
	FIG("free", now() - t0, "ms");
	FIG("total", now() - start, "ms");
	FIG("peak_rss", peak_rss_mb(), "MB");
#undef FIG
	return 0;
}

/* A first name for person i, distinct for every i below 70^3: three
 * syllables of a consonant and a vowel ("Kabeto"). */
static void naming_first_name(size_t i, char *out)
{
	static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
	size_t o = 0;
	for (int s = 0; s < 3; s++) {
		size_t syl = i % 70;
		i /= 70;
		out[o++] = cons[syl / 5];
		out[o++] = vow[syl % 5];
	}
	out[0] = (char)(out[0] - 'a' + 'A');
	out[o] = '\0';
}

#define NAMING_REPEATS 40	/* sentences in a paragraph of the repeated article */

/* Times the naming of one generated article of n paragraphs as --entities
 * does it (parse, recognize, name, link), and prints the figure unless
 * what is NULL (a warm-up). Repeated: each paragraph says one sentence
 * with two names NAMING_REPEATS times (about 2 KB); surname: each paragraph
 * names another person of the same surname. */
static void bench_naming_one(const char *what, size_t n, int surname)
{
	static const char sentence[] = "John Smith told Mary Jones about the plan. ";
	size_t cap = n * (surname ? 64 : NAMING_REPEATS * sizeof sentence + 2) + 1, len = 0;
	char *text = malloc(cap);
	for (size_t i = 0; i < n; i++) {
		if (surname) {
			char first[8];
			naming_first_name(i, first);
			len += (size_t)snprintf(text + len, cap - len,
						"%s Smith met officials in the capital on Monday.\n\n", first);
		} else {
			for (int r = 0; r < NAMING_REPEATS; r++)
				len += (size_t)snprintf(text + len, cap - len, "%s", sentence);
			len += (size_t)snprintf(text + len, cap - len, "\n\n");
		}
	}
	double t0 = now();
	struct corpus *c = corpus_new();
	c->arts = malloc(sizeof *c->arts);
	c->arts[0] = article_parse("naming.txt", text, len);
	c->n = c->cap = 1;
	struct entity_table *et = entity_table_new(1);
	entity_article(et, c, 0);
	entity_link(et);
	double ms = now() - t0;
	if (what) {
		char name[64];
		snprintf(name, sizeof name, "naming.%s_%zu", what, n);
		fig(name, ms, "ms");
		snprintf(name, sizeof name, "naming.%s_%zu_entities", what, n);
		fig(name, (double)et->n, "entities");
	}
	entity_table_free(et);
	corpus_free(c);
}

/* Naming must stay n log n in an article's mentions: a sentence with two
 * names repeated, and many people sharing one surname, at n, 2n and 4n. */
static void bench_naming(void)
{
	bench_naming_one(NULL, 10, 0); /* the recognizer's first use sets it up */
	for (size_t n = 500; n <= 2000; n *= 2)
		bench_naming_one("repeated", n, 0);
	for (size_t n = 10000; n <= 40000; n *= 2)
		bench_naming_one("surname", n, 1);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench_core REUTERS_DIR|- BIG.txt... | bench_core --naming\n");
		return 2;
	}
	int rc = 0;
	if (strcmp(argv[1], "--naming") == 0) {
		bench_naming();
		return 0;
	}
	if (strcmp(argv[1], "-") != 0)
		rc |= bench_reuters(argv[1]);
	for (int i = 2; i < argc; i++)
		rc |= bench_big(argv[i]);
	if (sink == 42)
		putchar('\n'); /* keeps sink alive */
	return rc;
}
