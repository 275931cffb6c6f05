/* main: command-line options, finding the articles, and the modes that
 * print instead of opening the reader. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "article.h"
#include "corpus.h"
#include "date.h"
#include "input.h"
#include "entity.h"
#include "finder.h"
#include "pool.h"
#include "resolve.h"
#include "search.h"
#include "store.h"
#include "trace.h"
#include "ui.h"
#include "text.h"
#include "view.h"
#include "xref.h"
#include "xmalloc.h"

#ifndef CROSSREAD_VERSION
#define CROSSREAD_VERSION "0.1.0"
#endif
#ifndef CROSSREAD_DATADIR
#define CROSSREAD_DATADIR "/usr/local/share/crossread"
#endif

/* Whether a sanitizer is built in: its leak check wants all freed. */
#if defined(__SANITIZE_ADDRESS__)
#define MAIN_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define MAIN_SANITIZED 1
#endif
#endif
#ifndef MAIN_SANITIZED
#define MAIN_SANITIZED 0
#endif

/* A printing mode leaves its corpus and its entities to the process's
 * exit rather than freeing them one by one: over Reuters' 21,578 stories
 * that was 70 ms of --xref's 2 s. Under a sanitizer they are freed, so
 * that its leak check still sees every allocation. */
static int main_keep_memory;

/* Exit statuses, as the man page gives them. */
enum { EXIT_OK = 0, EXIT_USAGE = 1, EXIT_INPUT = 2 };

static void main_usage(FILE *out)
{
	fputs("Usage: crossread [OPTION]... [PATH]...\n"
	      "Read news articles side by side in the terminal.\n"
	      "Each PATH is an article (plain text, Markdown, a web page, or a feed of\n"
	      "articles), a directory of them,\n"
	      "an http:// or https:// URL, or - for standard input. Without PATH, standard\n"
	      "input is read when it is a pipe or a file, else the bundled articles open.\n"
	      "\n"
	      "  -d, --dump          print the body pane's text for each article and exit\n"
	      "  -w, --width=N       wrap --dump output to N columns (default 80)\n"
	      "  -t, --text          print the text that --entities and --search offsets index\n"
	      "  -a, --articles      print one record per article (file, item, title, date,\n"
	      "                      author, source, url, lang) and exit\n"
	      "  -e, --entities      print every entity mention and exit\n"
	      "  -x, --xref          print the entities that two or more articles share: a row\n"
	      "                      per entity and article (type, entity, id, file, count)\n"
	      "  -f, --format=FMT    output format of --entities, --xref and --articles:\n"
	      "                      tsv (default) or json; of --notes: md (default) or json\n"
	      "      --notes         print the notes put on passages in the reader and exit\n"
	      "      --timeout=SEC   give up on a URL after SEC seconds (default 30)\n"
	      "  -s, --search=PAT    print every match as file:line:column:text and exit\n"
	      "                      (exit status 0 found, 1 none, 2 a bad pattern)\n"
	      "  -r, --regex         the search pattern is a regular expression (PCRE2)\n"
	      "      --word          the search matches whole words only (no short form:\n"
	      "                      -w is --width)\n"
	      "      --no-color      use bold, underline and reverse instead of colours\n"
	      "      --no-mouse      do not ask the terminal for mouse reports\n"
	      "      --no-state      do not read or write the reading state (places, read\n"
	      "                      stories, marks, the cross-references of the sets of\n"
	      "                      stories last linked) kept in $XDG_DATA_HOME/crossread\n"
	      "  -h, --help          show this help and exit\n"
	      "  -V, --version       show the version and exit\n"
	      "\n"
	      "Keys: press h or F1 in the reader. Exit status: 0 success, 1 usage error,\n"
	      "2 an input could not be read. See crossread(1).\n", out);
}

static int main_is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The bundled seeds: those of the source tree the program was built in
 * (it sits at the top of the tree, or in a build directory below it), else
 * the installed copy. */
static char *main_default_seeds(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		for (int up = 0; up < 3; up++) {
			char *slash = strrchr(exe, '/');
			if (!slash)
				break;
			*slash = '\0';
			char *p = xasprintf("%s/seeds", exe);
			char *src = xasprintf("%s/src/main.c", exe);
			int found = main_is_dir(p) && access(src, F_OK) == 0;
			free(src);
			if (found)
				return p;
			free(p);
		}
	}
	char *p = xasprintf("%s/seeds", CROSSREAD_DATADIR);
	if (main_is_dir(p))
		return p;
	free(p);
	return NULL;
}

static int main_parse_width(const char *s, int *w)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < 1 || v > 10000)
		return -1;
	*w = (int)v;
	return 0;
}

/* Writes s[0..n) as a field: line breaks and tabs as spaces, and for JSON
 * with the escapes JSON needs (bad bytes as U+FFFD through text_clean). */
/* Whether main_field writes s[0..n) as it is: plain printable ASCII with
 * nothing to escape and no blank at an end or doubled, most fields. */
static int main_field_plain(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f && s[i] != '"' && s[i] != '\\')
		i++;
	int doubled = 0;
	for (size_t k = 1; k < n && !doubled; k++)
		doubled = s[k] == ' ' && s[k - 1] == ' ';
	return i == n && (n == 0 || (s[0] != ' ' && s[n - 1] != ' ')) && !doubled;
}

static void main_field(FILE *out, const char *s, size_t n, int json)
{
	if (main_field_plain(s, n)) {
		fwrite(s, 1, n, out);
		return;
	}
	char *clean = text_clean(s, n);
	for (char *p = clean; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (json && (c == '"' || c == '\\'))
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fputc(' ', out);
		else
			fputc(c, out);
	}
	free(clean);
}

/* Writes s[0..n) as the inside of a JSON string, line breaks and tabs
 * escaped rather than blanked (an article's whole text). */
static void main_json_text(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			uint32_t cp;
			int valid;
			size_t l = text_decode(s + i, n - i, &cp, &valid);
			if (valid)
				fwrite(s + i, 1, l, out);
			else
				fputs("\\ufffd", out); /* JSON is UTF-8: a bad byte cannot stay */
			i += l;
			continue;
		}
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c == '\r')
			fputs("\\r", out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
		i++;
	}
}

/* Whether standard input brings data (a pipe, a file or a socket) rather
 * than a terminal or /dev/null. */
static int main_stdin_has_data(void)
{
	struct stat st;
	return !isatty(STDIN_FILENO) && fstat(STDIN_FILENO, &st) == 0 &&
	       (S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode) || S_ISSOCK(st.st_mode));
}

/* The identity pass of the printing modes that need it, started (the
 * state database opening) before the articles are read. */
static struct resolve *main_resolver;

/* Every article recognized and resolved: the identity pass, or the
 * snapshot the state keeps of it. */
static struct entity_table *main_resolve(struct corpus *c)
{
	if (!main_resolver)
		main_resolver = resolve_start(0);
	return resolve_corpus(main_resolver, c);
}

/* Once the output of the table main_resolve gave is out: the table kept
 * as the set's snapshot, if it was made, before it is freed. */
static void main_resolved(void)
{
	fflush(stdout);
	trace_mark("printed");
	resolve_finish(main_resolver);
	main_resolver = NULL;
}

/* The output of --xref and --entities, made a block of rows at a time on
 * every core (pool_run) and written in order: formatting was the longest
 * part left after linking, with one core idle. */
struct main_blocks {
	size_t n;	/* rows, articles or what the blocks split */
	size_t block;	/* how many of them a block has */
	/* Writes items [from, to) to out. */
	void (*print)(FILE *out, size_t from, size_t to, void *ctx);
	void *ctx;
};

/* A block's output, made apart. */
struct main_block {
	char *s;
	size_t n;
};

static void *main_block_make(size_t k, size_t worker, void *ctx)
{
	(void)worker;
	struct main_blocks *p = ctx;
	struct main_block *b = xmalloc(sizeof *b);
	FILE *m = xmemstream(&b->s, &b->n);
	size_t from = k * p->block, to = from + p->block < p->n ? from + p->block : p->n;
	p->print(m, from, to, p->ctx);
	fclose(m);
	return b;
}

static int main_block_write(size_t k, void *result, void *ctx)
{
	(void)k;
	(void)ctx;
	struct main_block *b = result;
	fwrite(b->s, 1, b->n, stdout);
	free(b->s);
	free(b);
	return 0;
}

/* Writes items [0, n) through print, block items at a time. */
static void main_print_blocks(size_t n, size_t block, void (*print)(FILE *, size_t, size_t, void *), void *ctx)
{
	struct main_blocks p = { n, block, print, ctx };
	size_t blocks = (n + block - 1) / block;
	pool_run(blocks, pool_workers(blocks), main_block_make, main_block_write, NULL, &p);
}

struct main_row {
	size_t id;	/* an entity */
	size_t total;	/* its mentions in all the articles */
	const char *name;
};

static int main_row_cmp(const void *p, const void *q)
{
	const struct main_row *a = p, *b = q;
	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	int c = strcmp(a->name, b->name);
	return c ? c : a->id < b->id ? -1 : a->id > b->id;
}

/* v in decimal, as printf's %zu writes it, at the end of b: returns
 * where it starts. */
static char *main_size_digits(char b[24], size_t v)
{
	size_t i = 24;
	do {
		b[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return b + i;
}

/* Appends to row what main_field(json 0) writes of s[0..n). */
static void main_field_put(struct xbuf *row, const char *s, size_t n)
{
	if (main_field_plain(s, n)) {
		xbuf_put(row, s, n);
		return;
	}
	char *f;
	size_t fl;
	FILE *m = xmemstream(&f, &fl);
	main_field(m, s, n, 0);
	fclose(m);
	xbuf_put(row, f, fl);
	free(f);
}

/* Appends v in decimal to row. */
static void main_size_put(struct xbuf *row, size_t v)
{
	char b[24];
	char *d = main_size_digits(b, v);
	xbuf_put(row, d, (size_t)(b + sizeof b - d));
}

/* --xref's rows of entities, a block of them (main_print_blocks). */
#define MAIN_XREF_BLOCK 256

struct main_xref_rows {
	struct corpus *c;
	const struct entity_table *t;
	const struct xref *x;
	const struct main_row *rows;
	int json;
	/* Each article's name as a field and a tab, made once (not json):
	 * article a's at files.s + file[a] .. file[a + 1]. The rows name
	 * articles a hundred thousand times, and reading each one's name
	 * from its article was a cache miss and a scan of the name each. */
	struct xbuf files;
	size_t *file;
};

static void main_xref_print(FILE *out, size_t from, size_t to, void *ctx)
{
	const struct main_xref_rows *xr = ctx;
	const struct entity_table *t = xr->t;
	struct corpus *c = xr->c;
	const struct main_row *rows = xr->rows;
	/* The block's rows (not json), written with one call at its end:
	 * a stdio call for each of a hundred thousand rows, each taking the
	 * stream's lock, cost more than putting the row together. */
	struct xbuf row = { NULL, 0, 0 }, all = { NULL, 0, 0 };
	for (size_t r = from; r < to; r++) {
		const struct entity *e = &t->v[rows[r].id];
		const struct xref_cell *cells;
		size_t nc = xref_cells(xr->x, rows[r].id, &cells);
		if (xr->json) {
			fprintf(out, "{\"type\":\"%s\",\"entity\":\"", ner_type_name(e->type));
			main_field(out, e->name, strlen(e->name), 1);
			fprintf(out, "\",\"id\":%zu,\"total\":%zu,\"mentions\":{", rows[r].id, rows[r].total);
			for (size_t k = 0; k < nc; k++) {
				const char *name = article_name(c->arts[cells[k].article]);
				fputs(k ? ",\"" : "\"", out);
				main_field(out, name, strlen(name), 1);
				fprintf(out, "\":%zu", cells[k].count);
			}
			fputs("}}\n", out);
		} else {
			/* A row per article, with no printf, put together
			 * and written at once: the rows number a hundred
			 * thousand, and formatting, then a stdio call per
			 * field, was a tenth of the time left after
			 * recognition. The entity's fields are the same in
			 * all its rows. */
			const char *type = ner_type_name(e->type);
			row.n = 0;
			xbuf_put(&row, type, strlen(type));
			xbuf_put(&row, "\t", 1);
			main_field_put(&row, e->name, strlen(e->name));
			xbuf_put(&row, "\t", 1);
			main_size_put(&row, rows[r].id);
			xbuf_put(&row, "\t", 1);
			for (size_t k = 0; k < nc; k++) {
				size_t a = cells[k].article;
				xbuf_put(&all, row.s, row.n);
				xbuf_put(&all, xr->files.s + xr->file[a], xr->file[a + 1] - xr->file[a]);
				main_size_put(&all, cells[k].count);
				xbuf_put(&all, "\n", 1);
			}
		}
	}
	if (all.n)
		fwrite(all.s, 1, all.n, out);
	free(all.s);
	free(row.s);
}

/* --xref's rows, made and sorted on one core while the files' names are
 * put together on another (main_xref_prepare): each was a few
 * milliseconds with the other core idle. */
struct main_xref_prep {
	struct main_xref_rows *xr;
	struct main_row *rows;
	size_t n;
};

static void *main_xref_prepare(size_t i, size_t worker, void *ctx)
{
	(void)worker;
	struct main_xref_prep *p = ctx;
	struct main_xref_rows *xr = p->xr;
	const struct entity_table *t = xr->t;
	if (i == 0) {
		struct main_row *rows = p->rows;
		size_t n = 0;
		for (size_t id = 0; id < t->n; id++) {
			if (t->v[id].type == NER_DATE || xref_spread(xr->x, id) < 2)
				continue;
			const struct xref_cell *cells;
			size_t nc = xref_cells(xr->x, id, &cells);
			rows[n].id = id;
			rows[n].total = 0;
			for (size_t k = 0; k < nc; k++)
				rows[n].total += cells[k].count;
			rows[n].name = t->v[id].name;
			n++;
		}
		qsort(rows, n, sizeof *rows, main_row_cmp);
		p->n = n;
	} else if (!xr->json) {
		struct corpus *c = xr->c;
		xr->file = xmalloc((c->n + 1) * sizeof *xr->file);
		for (size_t a = 0; a < c->n; a++) {
			const char *name = article_name(c->arts[a]);
			xr->file[a] = xr->files.n;
			main_field_put(&xr->files, name, strlen(name));
			xbuf_put(&xr->files, "\t", 1);
		}
		xr->file[c->n] = xr->files.n;
	}
	return NULL;
}

/* --xref: the entities that two or more articles mention, most mentioned
 * first, in long form: a row for each article that mentions one (a matrix
 * of every entity by every file would be mostly zeros). Dates are not
 * cross-references. */
static void main_xref(struct corpus *c, int json)
{
	struct entity_table *t = main_resolve(c);
	struct xref *x = xref_build(t);
	struct main_row *rows = xcalloc(t->n ? t->n : 1, sizeof *rows);
	struct main_xref_rows xr = { c, t, x, rows, json, { NULL, 0, 0 }, NULL };
	struct main_xref_prep prep = { &xr, rows, 0 };
	pool_run(2, pool_workers(json ? 1 : c->n), main_xref_prepare, NULL, NULL, &prep);
	if (!json)
		fputs("type\tentity\tid\tfile\tcount\n", stdout);
	main_print_blocks(prep.n, MAIN_XREF_BLOCK, main_xref_print, &xr);
	free(xr.files.s);
	free(xr.file);
	free(rows);
	main_resolved();
	if (main_keep_memory)
		return;
	xref_free(x);
	entity_table_free(t);
}

/* --search @name: the mentions of the entities of that name (or written
 * so), found by identity whatever they are called. */
static long main_search_entities(struct corpus *c, const char *pattern)
{
	struct entity_table *t = main_resolve(c);
	struct finder *f = finder_new(c);
	char *err = NULL;
	long n = 0;
	if (finder_set(f, pattern, 0, t, &err) == 0) {
		for (size_t a = 0; a < c->n; a++) {
			const struct article *art = corpus_article(c, a);
			struct search_printer p;
			search_printer_init(&p, stdout, article_name(art), art->data, art->len);
			n += (long)finder_each(f, a, 0, SIZE_MAX, search_print_match, &p);
		}
	}
	free(err);
	finder_free(f);
	main_resolved();
	if (!main_keep_memory)
		entity_table_free(t);
	return n;
}

/* --entities' rows, the mentions of a block of articles (main_print_blocks). */
#define MAIN_ENTITIES_BLOCK 64

struct main_entity_rows {
	struct corpus *c;
	const struct entity_table *t;
	int json;
};

static void main_entities_print(FILE *out, size_t from, size_t to, void *ctx)
{
	const struct main_entity_rows *er = ctx;
	const struct entity_table *t = er->t;
	struct xbuf row = { NULL, 0, 0 };
	for (size_t i = from; i < to; i++) {
		const struct article *a = corpus_article(er->c, i);
		const struct entity_doc *d = &t->docs[i];
		const char *name = article_name(a);
		/* The article's field, the same in all its rows. */
		row.n = 0;
		if (!er->json) {
			main_field_put(&row, name, strlen(name));
			xbuf_put(&row, "\t", 1);
		}
		size_t head = row.n;
		for (size_t k = 0; k < d->n; k++) {
			const struct entity_ref *m = &d->v[k];
			const struct entity *e = &t->v[m->id];
			if (er->json) {
				fputs("{\"file\":\"", out);
				main_field(out, name, strlen(name), 1);
				fprintf(out, "\",\"start\":%zu,\"end\":%zu,\"type\":\"%s\",\"entity\":\"", m->start, m->end,
					ner_type_name(m->type));
				main_field(out, e->name, strlen(e->name), 1);
				fputs("\",\"text\":\"", out);
				main_field(out, a->data + m->start, m->end - m->start, 1);
				fprintf(out, "\",\"id\":%zu}\n", m->id);
			} else {
				/* Put together with no printf, as --xref's rows. */
				const char *type = ner_type_name(m->type);
				row.n = head;
				main_size_put(&row, m->start);
				xbuf_put(&row, "\t", 1);
				main_size_put(&row, m->end);
				xbuf_put(&row, "\t", 1);
				xbuf_put(&row, type, strlen(type));
				xbuf_put(&row, "\t", 1);
				main_field_put(&row, e->name, strlen(e->name));
				xbuf_put(&row, "\t", 1);
				main_field_put(&row, a->data + m->start, m->end - m->start);
				xbuf_put(&row, "\t", 1);
				main_size_put(&row, m->id);
				xbuf_put(&row, "\n", 1);
				fwrite(row.s, 1, row.n, out);
			}
		}
	}
	free(row.s);
}

static void main_entities(struct corpus *c, int json)
{
	struct entity_table *t = main_resolve(c);
	if (!json)
		printf("file\tstart\tend\ttype\tentity\ttext\tid\n");
	struct main_entity_rows er = { c, t, json };
	main_print_blocks(c->n, MAIN_ENTITIES_BLOCK, main_entities_print, &er);
	main_resolved();
	if (!main_keep_memory)
		entity_table_free(t);
}

/* --text: the text every offset indexes, as it is (for a plain UTF-8 file,
 * the file). Several articles are headed as --dump heads them. */
static void main_text(struct corpus *c)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct article *a = corpus_article(c, i);
		if (c->n > 1)
			printf("%s==> %s <==\n", i ? "\n" : "", article_name(a));
		fwrite(a->data, 1, a->len, stdout);
	}
}

/* --articles: one record per article, its header fields as read. */
static void main_articles(struct corpus *c, int json)
{
	static const char *const keys[][4] = {
		{ "title", "headline", NULL }, { "date", "published", "updated", NULL },
		{ "author", "authors", "byline", "by" }, { "source", "publisher", NULL },
		{ "url", "link", NULL }, { "lang", "language", NULL },
	};
	static const char *const names[] = { "title", "date", "author", "source", "url", "lang" };
	if (!json)
		puts("file\titem\ttitle\tdate\tauthor\tsource\turl\tlang");
	for (size_t i = 0; i < c->n; i++) {
		const struct article *a = corpus_article(c, i);
		if (json) {
			fputs("{\"file\":\"", stdout);
			main_field(stdout, a->path, strlen(a->path), 1);
			printf("\",\"item\":%zu", a->item);
		} else {
			main_field(stdout, a->path, strlen(a->path), 0);
			printf("\t%zu", a->item);
		}
		for (int k = 0; k < 6; k++) {
			const char *v = NULL;
			for (int j = 0; j < 4 && keys[k][j] && !v; j++)
				v = article_field(a, keys[k][j]);
			if (k == 0)
				v = a->title;
			char iso[40];
			if (k == 1 && v && date_iso(v, iso, sizeof iso) == 0)
				v = iso;
			if (json) {
				printf(",\"%s\":", names[k]);
				if (v) {
					putchar('"');
					main_field(stdout, v, strlen(v), 1);
					putchar('"');
				} else {
					fputs("null", stdout);
				}
			} else {
				putchar('\t');
				if (v)
					main_field(stdout, v, strlen(v), 0);
			}
		}
		if (json) {
			fputs(",\"text\":\"", stdout);
			main_json_text(stdout, a->data, a->len);
			fputs("\"}\n", stdout);
		} else {
			putchar('\n');
		}
	}
}

/* Writes s as a Markdown block quote, a line of it at a time. */
static void main_md_quote(FILE *out, const char *s)
{
	fputs("> ", out);
	for (const char *p = s; *p; p++) {
		fputc(*p, out);
		if (*p == '\n' && p[1])
			fputs("> ", out);
	}
	fputc('\n', out);
}

static void main_json_field(FILE *out, const char *key, const char *v, int first)
{
	fprintf(out, "%s\"%s\":", first ? "" : ",", key);
	if (!v) {
		fputs("null", out);
		return;
	}
	fputc('"', out);
	main_json_text(out, v, strlen(v));
	fputc('"', out);
}

/* --notes: every note of the state database, as a Markdown document to
 * paste into a draft (by story: its title, source, date and url, then each
 * quote and its note) or as JSON Lines. Returns an exit status. */
static int main_notes(int json)
{
	char *path = store_default_path(), *warn = NULL, *err = NULL;
	struct store *s = path ? store_open(path, &warn, &err) : NULL;
	if (!s) {
		fprintf(stderr, "crossread: %s\n", err ? err : "no state database (set XDG_DATA_HOME or HOME)");
		free(err);
		free(path);
		return EXIT_INPUT;
	}
	if (warn)
		fprintf(stderr, "crossread: warning: %s\n", warn);
	free(warn);
	struct store_note *v;
	size_t n;
	if (store_notes(s, NULL, &v, &n, &err) != 0) {
		fprintf(stderr, "crossread: %s\n", err);
		free(err);
		store_close(s);
		free(path);
		return EXIT_INPUT;
	}
	if (!json && n)
		fputs("# Notes\n", stdout);
	const char *story = NULL;
	for (size_t k = 0; k < n; k++) {
		const struct store_note *e = &v[k];
		char iso[40] = "";
		const char *date = e->date && date_iso(e->date, iso, sizeof iso) == 0 ? iso : e->date;
		if (json) {
			printf("{\"id\":%lld", e->id);
			main_json_field(stdout, "title", e->title, 0);
			main_json_field(stdout, "source", e->source, 0);
			main_json_field(stdout, "date", date, 0);
			main_json_field(stdout, "url", e->url, 0);
			main_json_field(stdout, "file", e->path, 0);
			printf(",\"start\":%lld,\"end\":%lld", e->start, e->end);
			main_json_field(stdout, "quote", e->quote, 0);
			main_json_field(stdout, "note", e->text, 0);
			printf(",\"created\":%lld}\n", e->created);
			continue;
		}
		if (!story || strcmp(story, e->hash) != 0) {
			story = e->hash;
			printf("\n## %s\n", e->title ? e->title : e->path ? e->path : "(untitled)");
			const char *parts[3] = { e->source, date, e->url };
			int any = 0;
			for (int i = 0; i < 3; i++) {
				if (!parts[i] || !*parts[i])
					continue;
				printf("%s%s", any ? " \xc2\xb7 " : "\n", parts[i]);
				any = 1;
			}
			if (any)
				fputc('\n', stdout);
		}
		fputc('\n', stdout);
		main_md_quote(stdout, e->quote ? e->quote : "");
		if (e->text && *e->text)
			printf("\n%s\n", e->text);
	}
	store_notes_free(v, n);
	store_close(s);
	free(path);
	return EXIT_OK;
}

static void main_dump(struct corpus *c, int width)
{
	for (size_t i = 0; i < c->n; i++) {
		if (c->n > 1)
			printf("%s==> %s <==\n", i ? "\n" : "", article_name(corpus_article(c, i)));
		struct view *v = view_new(corpus_article(c, i), width);
		view_write(v, stdout);
		view_free(v);
	}
}

int main(int argc, char **argv)
{
	int dump = 0, width = 80, no_color = 0, mouse = 1, entities = 0, json = 0, regex = 0, word = 0, xref = 0;
	int text = 0, articles = 0, no_state = 0, notes = 0, md = 0;
	long timeout = INPUT_TIMEOUT;
	const char *search = NULL;
	char **paths = xcalloc((size_t)argc + 1, sizeof *paths);
	int npaths = 0, only_paths = 0;

#if defined(__linux__) && defined(PR_SET_THP_DISABLE)
	/* No transparent huge pages: the heap is many small blocks in an
	 * arena per thread, and a kernel that backs them with huge pages
	 * zeroes two megabytes at each first touch (a twelfth of the time of
	 * `--xref` on Reuters went to it). */
	prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
#endif
	setlocale(LC_ALL, "");
	/* Articles are UTF-8 whatever the locale says; curses needs a UTF-8
	 * locale to draw them. */
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		if (!setlocale(LC_CTYPE, "C.UTF-8"))
			setlocale(LC_CTYPE, "en_US.UTF-8");

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_paths || a[0] != '-' || a[1] == '\0') {
			paths[npaths++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			only_paths = 1;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			main_usage(stdout);
			free(paths);
			return EXIT_OK;
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			printf("crossread %s\n", CROSSREAD_VERSION);
			free(paths);
			return EXIT_OK;
		} else if (strcmp(a, "-d") == 0 || strcmp(a, "--dump") == 0) {
			dump = 1;
		} else if (strcmp(a, "-t") == 0 || strcmp(a, "--text") == 0) {
			text = 1;
		} else if (strcmp(a, "-a") == 0 || strcmp(a, "--articles") == 0) {
			articles = 1;
		} else if (strcmp(a, "--timeout") == 0 || strncmp(a, "--timeout=", 10) == 0) {
			const char *v = strncmp(a, "--timeout=", 10) == 0 ? a + 10 : i + 1 < argc ? argv[++i] : NULL;
			int t;
			if (!v || main_parse_width(v, &t) != 0) {
				fprintf(stderr, "crossread: --timeout needs a number of seconds from 1 to 10000\n");
				free(paths);
				return EXIT_USAGE;
			}
			timeout = t;
		} else if (strcmp(a, "-s") == 0 || strcmp(a, "--search") == 0 || strncmp(a, "--search=", 9) == 0) {
			search = strncmp(a, "--search=", 9) == 0 ? a + 9 : i + 1 < argc ? argv[++i] : NULL;
			if (!search || !*search) {
				fprintf(stderr, "crossread: --search needs a pattern\n");
				free(paths);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "-r") == 0 || strcmp(a, "--regex") == 0) {
			regex = 1;
		} else if (strcmp(a, "--word") == 0) {
			word = 1;
		} else if (strcmp(a, "-x") == 0 || strcmp(a, "--xref") == 0) {
			xref = 1;
		} else if (strcmp(a, "-e") == 0 || strcmp(a, "--entities") == 0) {
			entities = 1;
		} else if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0 ||
			   strncmp(a, "--format=", 9) == 0) {
			const char *v = strncmp(a, "--format=", 9) == 0 ? a + 9 : i + 1 < argc ? argv[++i] : NULL;
			if (!v || (strcmp(v, "tsv") != 0 && strcmp(v, "json") != 0 && strcmp(v, "md") != 0)) {
				fprintf(stderr, "crossread: --format is tsv or json (md or json for --notes)\n");
				free(paths);
				return EXIT_USAGE;
			}
			json = strcmp(v, "json") == 0;
			md = strcmp(v, "md") == 0;
		} else if (strcmp(a, "--no-color") == 0 || strcmp(a, "--no-colour") == 0) {
			no_color = 1;
		} else if (strcmp(a, "--no-mouse") == 0) {
			mouse = 0;
		} else if (strcmp(a, "--no-state") == 0) {
			no_state = 1;
		} else if (strcmp(a, "--notes") == 0) {
			notes = 1;
		} else if (strcmp(a, "-w") == 0 || strcmp(a, "--width") == 0 ||
			   strncmp(a, "--width=", 8) == 0) {
			const char *v = strncmp(a, "--width=", 8) == 0 ? a + 8 : i + 1 < argc ? argv[++i] : NULL;
			if (!v || main_parse_width(v, &width) != 0) {
				fprintf(stderr, "crossread: --width needs a number of columns from 1 to 10000\n");
				free(paths);
				return EXIT_USAGE;
			}
		} else {
			fprintf(stderr, "crossread: unknown option '%s'\n", a);
			fprintf(stderr, "Try 'crossread --help'.\n");
			free(paths);
			return EXIT_USAGE;
		}
	}

	if (md && !notes) {
		fprintf(stderr, "crossread: --format md is for --notes; the others print tsv or json\n");
		free(paths);
		return EXIT_USAGE;
	}
	if (notes) {
		/* The notes come from the state database alone: no PATH is read. */
		free(paths);
		return main_notes(json);
	}
	int printing = dump || entities || search || xref || text || articles;
	main_keep_memory = printing && !MAIN_SANITIZED;
	if (printing)
		xmalloc_huge_heaps();
	char *seeds = NULL;
	if (npaths == 0 && main_stdin_has_data()) {
		static char dash[] = "-";
		paths[npaths++] = dash; /* cat story.txt | crossread, as less does */
	} else if (npaths == 0) {
		seeds = main_default_seeds();
		if (!seeds) {
			fprintf(stderr, "crossread: no PATH given and no bundled articles found "
				"(looked beside the program and in %s/seeds)\n", CROSSREAD_DATADIR);
			free(paths);
			return EXIT_INPUT;
		}
		paths[npaths++] = seeds;
	}

	/* The printing modes write a lot: in big blocks. */
	static char outbuf[1 << 16];
	if (printing)
		setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);

	/* Every path is read (and a missing one reported) before anything
	 * else, the terminal included. libcurl does not catch SIGPIPE when it
	 * runs without signals. */
	trace_mark("main");
	struct corpus *c = corpus_new();
	c->timeout = timeout;
	/* The reader shows a big file's first screen before it has read the rest. */
	if (!printing && npaths == 1)
		c->read_first = UI_READ_FIRST;
	/* The reader with a store may know a directory's files by their
	 * stamps alone, and read them later (ui_stat.c). */
	c->defer = !printing && !no_state;
	if (c->defer)
		ui_warm();
	/* The printing modes that link the articles may find them linked in
	 * the state database: it opens while they are read. */
	if (xref || entities || (search && search[0] == '@' && search[1])) {
		main_resolver = resolve_start(!no_state);
		resolve_follow(main_resolver, c);
	}
	int status = EXIT_OK;
	void (*pipe_was)(int) = signal(SIGPIPE, SIG_IGN);
	for (int i = 0; i < npaths; i++) {
		char *err = NULL;
		if (corpus_add_path(c, paths[i], &err) != 0) {
			fprintf(stderr, "crossread: %s\n", err);
			free(err);
			status = EXIT_INPUT;
		}
	}
	signal(SIGPIPE, pipe_was);
	trace_mark("files read");
	if (status == EXIT_OK && !printing) {
		/* The reader draws on standard output and takes keys from the
		 * terminal, even when standard input brought the article. */
		int fd = -1;
		if (isatty(STDOUT_FILENO) && !isatty(STDIN_FILENO) && (fd = open("/dev/tty", O_RDONLY | O_CLOEXEC)) >= 0) {
			dup2(fd, STDIN_FILENO);
			close(fd);
		}
		if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO)) {
			fprintf(stderr, "crossread: the reader needs a terminal; use --dump to print the text\n");
			status = EXIT_USAGE;
		}
	}
	for (size_t i = 0; i < c->nwarnings; i++)
		fprintf(stderr, "crossread: warning: %s\n", c->warnings[i]);
	if (status == EXIT_OK) {
		if (text) {
			main_text(c);
		} else if (articles) {
			main_articles(c, json);
		} else if (search) {
			char *err = NULL;
			long found = search[0] == '@' && search[1] ? main_search_entities(c, search) :
				     search_print(stdout, c, search, (regex ? SEARCH_REGEX : 0) | (word ? SEARCH_WORD : 0), &err);
			if (found < 0) {
				fprintf(stderr, "crossread: bad pattern: %s\n", err ? err : search);
				free(err);
				status = EXIT_INPUT;
			} else {
				status = found > 0 ? EXIT_OK : 1;
			}
		} else if (xref)
			main_xref(c, json);
		else if (entities)
			main_entities(c, json);
		else if (dump)
			main_dump(c, width);
		else {
			struct ui_options o = { no_color || (getenv("NO_COLOR") && *getenv("NO_COLOR")), mouse, no_state };
			status = ui_run(c, &o);
		}
	}
	/* Not used (the articles could not be read): the database is closed. */
	resolve_finish(main_resolver);
	if (!main_keep_memory)
		corpus_free(c);
	free(seeds);
	free(paths);
	return status;
}
