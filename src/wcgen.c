/* tagger-wcgen: makes the tagger's table of word classes (include/tagger_wc.h)
 * of the classes' text, "word TAB class TAB class" lines
 * (src/model/wordclass.txt, written by crossread-wordclass), when the
 * program is built, where the tagger read the text at every start.
 * A missing text makes a table with no word. Usage: tagger-wcgen TEXT OUT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger_wc.h"
#include "xmalloc.h"

static struct tagger_wc_entry *wcgen_table;
static size_t wcgen_cap;

/* Doubles the table (when half full). */
static void wcgen_grow(void)
{
	struct tagger_wc_entry *old = wcgen_table;
	size_t oldcap = wcgen_cap;
	wcgen_cap *= 2;
	wcgen_table = xcalloc(wcgen_cap, sizeof *wcgen_table);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].key)
			wcgen_table[tagger_wc_slot(wcgen_table, wcgen_cap, old[i].key)] = old[i];
	free(old);
}

/* The bytes that end a word of the text: a tab, a newline, and the 0
 * byte put after the text (or one inside a word). */
static const unsigned char wcgen_word_end[256] = { ['\t'] = 1, ['\n'] = 1, [0] = 1 };

/* The table of the text p[0..end), *end being 0. */
static void wcgen_load(const char *p, const char *end)
{
	/* Sized for lines of 15 bytes (the table's are 14.7 on average), at
	 * most half full, and grown if need be. */
	size_t count = 0;
	wcgen_cap = 1024;
	while (wcgen_cap < (size_t)(end - p) / 15 * 2)
		wcgen_cap *= 2;
	wcgen_table = xcalloc(wcgen_cap, sizeof *wcgen_table);
	/* One pass over each line: the word hashed as its end is looked for,
	 * then the classes' digits. The loops stop at the 0 byte after the
	 * text (*end), which is neither a digit nor a tab. */
	while (p < end) {
		const char *x = p;
		uint64_t key = TAGGER_FNV_OFF;
		for (;; x++) {
			unsigned char c = (unsigned char)*x;
			if (wcgen_word_end[c] && (c != 0 || x >= end))
				break;
			key = (key ^ c) * TAGGER_FNV_MUL;
		}
		if (*p != '#' && *x == '\t' && x > p) {
			unsigned long c1 = 0, c2;
			unsigned d;
			for (x++; (d = (unsigned)((unsigned char)*x - '0')) < 10; x++)
				c1 = c1 * 10 + d;
			c2 = c1;
			if (*x == '\t') {
				c2 = 0;
				for (x++; (d = (unsigned)((unsigned char)*x - '0')) < 10; x++)
					c2 = c2 * 10 + d;
			}
			key = key ? key : 1;
			if (++count * 2 > wcgen_cap)
				wcgen_grow();
			struct tagger_wc_entry *e = &wcgen_table[tagger_wc_slot(wcgen_table, wcgen_cap, key)];
			e->key = key;
			e->c1 = (uint16_t)(c1 < TAGGER_WC_NONE ? c1 : TAGGER_WC_NONE - 1);
			e->c2 = (uint16_t)(c2 < TAGGER_WC_NONE ? c2 : TAGGER_WC_NONE - 1);
		}
		while (x < end && *x != '\n')
			x++;
		p = x < end ? x + 1 : end;
	}
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: tagger-wcgen TEXT OUT\n");
		return 1;
	}
	/* The text, and a 0 byte after it. */
	char *text = NULL;
	size_t n = 0, cap = 0;
	FILE *in = fopen(argv[1], "rb");
	if (in) {
		size_t got;
		do {
			text = xgrow(text, &cap, n + 65536 + 1, 1);
			got = fread(text + n, 1, 65536, in);
			n += got;
		} while (got > 0);
		if (ferror(in)) {
			perror(argv[1]);
			return 1;
		}
		fclose(in);
	} else {
		text = xgrow(text, &cap, 1, 1);
	}
	text[n] = '\0';
	wcgen_load(text, text + n);
	struct tagger_wc_head head;
	memset(&head, 0, sizeof head);
	memcpy(head.magic, TAGGER_WC_MAGIC, sizeof head.magic);
	head.cap = wcgen_cap;
	FILE *out = fopen(argv[2], "wb");
	if (!out || fwrite(&head, sizeof head, 1, out) != 1 ||
	    fwrite(wcgen_table, sizeof *wcgen_table, wcgen_cap, out) != wcgen_cap || fclose(out) != 0) {
		perror(argv[2]);
		return 1;
	}
	return 0;
}
