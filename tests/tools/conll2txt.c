/* conll2txt: turns a CoNLL-2003 file into articles for crossread's
 * evaluation: one file per -DOCSTART- document (OUTDIR/doc-0001.txt, ...),
 * one sentence a line, tokens joined by single spaces; and a gold TSV with
 * a header and one row per gold entity:
 *   file<TAB>start<TAB>end<TAB>type<TAB>text
 * (byte offsets into the written file, end exclusive; type PER, LOC, ORG
 * or MISC). Tags may be IOB1 or IOB2 (the last column of each line).
 *
 * Usage: conll2txt CONLL OUTDIR GOLD.tsv */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *out, *gold;
static char *doc;		/* the current document's text */
static size_t doc_len, doc_cap;
static int ndoc;
static const char *outdir;

/* The entity being read: its type ("" if none) and start offset. */
static char ent_type[16];
static size_t ent_start, ent_end;

static void append(const char *s, size_t n)
{
	if (doc_len + n + 1 > doc_cap) {
		doc_cap = (doc_len + n + 1) * 2;
		doc = realloc(doc, doc_cap);
		if (!doc) {
			perror("conll2txt");
			exit(1);
		}
	}
	memcpy(doc + doc_len, s, n);
	doc_len += n;
}

static void end_entity(void)
{
	if (!ent_type[0])
		return;
	fprintf(gold, "doc-%04d.txt\t%zu\t%zu\t%s\t%.*s\n", ndoc, ent_start, ent_end, ent_type,
		(int)(ent_end - ent_start), doc + ent_start);
	ent_type[0] = '\0';
}

static void end_doc(void)
{
	end_entity();
	if (ndoc == 0 || doc_len == 0)
		return;
	char path[4096];
	snprintf(path, sizeof path, "%s/doc-%04d.txt", outdir, ndoc);
	out = fopen(path, "wb");
	if (!out || fwrite(doc, 1, doc_len, out) != doc_len || fclose(out) != 0) {
		fprintf(stderr, "conll2txt: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	doc_len = 0;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: conll2txt CONLL OUTDIR GOLD.tsv\n");
		return 2;
	}
	FILE *in = fopen(argv[1], "r");
	if (!in) {
		fprintf(stderr, "conll2txt: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	outdir = argv[2];
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "mkdir -p '%s'", outdir);
	if (system(cmd) != 0) {
		fprintf(stderr, "conll2txt: cannot create %s\n", outdir);
		return 1;
	}
	gold = fopen(argv[3], "w");
	if (!gold) {
		fprintf(stderr, "conll2txt: %s: %s\n", argv[3], strerror(errno));
		return 1;
	}
	fprintf(gold, "file\tstart\tend\ttype\ttext\n");
	char line[65536];
	int in_sentence = 0;
	while (fgets(line, sizeof line, in)) {
		size_t n = strcspn(line, "\r\n");
		line[n] = '\0';
		if (strncmp(line, "-DOCSTART-", 10) == 0) {
			if (in_sentence)
				append("\n", 1);
			in_sentence = 0;
			end_doc();
			ndoc++;
			continue;
		}
		if (n == 0) {
			end_entity();
			if (in_sentence)
				append("\n", 1);
			in_sentence = 0;
			continue;
		}
		if (ndoc == 0)
			ndoc = 1;	/* a file without -DOCSTART- is one document */
		char *sp = strchr(line, ' ');
		char *tag = strrchr(line, ' ');
		size_t wn = sp ? (size_t)(sp - line) : n;
		tag = tag ? tag + 1 : (char *)"O";
		if (in_sentence)
			append(" ", 1);
		size_t start = doc_len;
		append(line, wn);
		in_sentence = 1;
		if (strcmp(tag, "O") == 0 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
			end_entity();
			continue;
		}
		const char *type = tag + 2;
		if (tag[0] == 'B' || strcmp(type, ent_type) != 0) {
			end_entity();
			snprintf(ent_type, sizeof ent_type, "%s", type);
			ent_start = start;
		}
		ent_end = doc_len;
	}
	end_entity();
	if (in_sentence)
		append("\n", 1);
	end_doc();
	fclose(in);
	if (fclose(gold) != 0) {
		fprintf(stderr, "conll2txt: %s: %s\n", argv[3], strerror(errno));
		return 1;
	}
	return 0;
}
