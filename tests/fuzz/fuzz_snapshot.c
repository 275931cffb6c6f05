/* fuzz_snapshot: a libFuzzer harness for the snapshot of a linked corpus,
 * as the state database may hold it (damaged on disk, or written by
 * another build). The first byte is the number of articles (0 to 7) and,
 * in its high bit, whether the harness seals the rest with the right
 * checksum (so that mutations get past it); the rest is the snapshot's
 * bytes. FUZZ_SNAPSHOT_SEED=FILE writes the seeds: a snapshot of four
 * recognized stories, as is and unsealed.
 * Checks the promises of snapshot.h and entity.h: bytes are refused or
 * give a table of that many articles whose mentions are sorted, with
 * entities and types that exist; the table indexes (xref_build) and
 * answers for related stories; and packing it again gives bytes that
 * unpack to a table that packs to the same bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "entity.h"
#include "snapshot.h"
#include "xmalloc.h"
#include "xref.h"

static void fuzz_fail(const char *what, size_t k)
{
	fprintf(stderr, "fuzz_snapshot: promise broken: %s (%zu)\n", what, k);
	abort();
}

/* A valid snapshot of four stories, for a seed: made by recognizing and
 * linking them as the reader does. */
static unsigned char *fuzz_valid_snapshot(size_t *len, size_t *ndocs)
{
	static const char *const texts[] = {
		"Title: Volcker sees slower growth\n\nWASHINGTON, March 3 - Federal Reserve Board Chairman Paul "
		"Volcker said the economy will grow more slowly. Volcker told the Senate that Treasury Secretary "
		"James Baker agreed.\n Reuter\n",
		"Title: Baker in Tokyo\n\nTOKYO, March 4 - James Baker met Kiichi Miyazawa in Tokyo. Baker said "
		"the dollar had fallen far enough.\n",
		"Title: Chrysler buys American Motors\n\nDETROIT - Chrysler Corp said it agreed to buy American "
		"Motors Corp from Renault. Chrysler chairman Lee Iacocca said so.\n",
		"Title: Fed's Volcker on the dollar\n\nNEW YORK - Paul Volcker said a further fall of the dollar "
		"would be dangerous. Baker declined to comment.\n",
	};
	size_t n = sizeof texts / sizeof *texts;
	struct entity_table *t = entity_table_new(n);
	for (size_t i = 0; i < n; i++) {
		struct article *a = article_parse("seed.txt", xstrdup(texts[i]), strlen(texts[i]));
		struct entity_found *f = entity_recognize(a);
		entity_commit(t, i, f);
		article_free(a);
	}
	entity_link(t);
	unsigned char *p = snapshot_pack(t, len);
	entity_table_free(t);
	*ndocs = n;
	return p;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *seed = getenv("FUZZ_SNAPSHOT_SEED");
	if (!seed)
		return 0;
	size_t len, n;
	unsigned char *p = fuzz_valid_snapshot(&len, &n);
	FILE *f = fopen(seed, "wb");
	if (f) {
		fputc((int)n, f);
		fwrite(p, 1, len, f);
		fclose(f);
	}
	char *open = xasprintf("%s.open", seed);
	if ((f = fopen(open, "wb")) != NULL) {
		fputc((int)n | 0x80, f);
		fwrite(p, 1, len - 8, f);
		fclose(f);
	}
	free(open);
	free(p);
	return 0;
}

static void fuzz_check_table(const struct entity_table *t, size_t ndocs)
{
	if (t->ndocs != ndocs)
		fuzz_fail("another number of articles", t->ndocs);
	for (size_t d = 0; d < t->ndocs; d++) {
		const struct entity_doc *doc = &t->docs[d];
		for (size_t k = 0; k < doc->n; k++) {
			const struct entity_ref *r = &doc->v[k];
			if (r->start >= r->end)
				fuzz_fail("an empty or reversed mention", k);
			if (k > 0 && r->start < doc->v[k - 1].start)
				fuzz_fail("mentions out of order", k);
			if (r->id >= t->n)
				fuzz_fail("a mention of no entity", r->id);
			if ((unsigned)r->type >= NER_NTYPES)
				fuzz_fail("a mention of no type", k);
		}
	}
	for (size_t e = 0; e < t->n; e++)
		if (!t->v[e].name || !t->v[e].key || (unsigned)t->v[e].type >= NER_NTYPES)
			fuzz_fail("an entity without a name, key or type", e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t ndocs = data[0] % 8;
	struct entity_table *t;
	if (data[0] & 0x80) {
		/* The rest is the bytes before the checksum, which is put
		 * after them: the mutations reach the reading itself. */
		unsigned char *b = xmalloc(size + 8);
		memcpy(b, data + 1, size - 1);
		uint64_t sum = snapshot_sum(b, size - 1);
		for (int k = 0; k < 8; k++)
			b[size - 1 + k] = (unsigned char)(sum >> (8 * k));
		t = snapshot_unpack(b, size + 7, ndocs);
		free(b);
	} else {
		t = snapshot_unpack(data + 1, size - 1, ndocs);
	}
	if (!t)
		return 0;
	fuzz_check_table(t, ndocs);
	struct xref *x = xref_build(t);
	for (size_t a = 0; a < t->ndocs; a++) {
		struct xref_related *r;
		size_t n = xref_related(x, t, a, &r);
		for (size_t k = 0; k < n; k++)
			if (r[k].article >= t->ndocs || r[k].article == a)
				fuzz_fail("a related story out of the set", a);
		free(r);
	}
	xref_free(x);
	size_t len1, len2;
	unsigned char *p1 = snapshot_pack(t, &len1);
	entity_table_free(t);
	struct entity_table *t2 = snapshot_unpack(p1, len1, ndocs);
	if (!t2)
		fuzz_fail("its own bytes refused", len1);
	fuzz_check_table(t2, ndocs);
	unsigned char *p2 = snapshot_pack(t2, &len2);
	if (len1 != len2 || memcmp(p1, p2, len1) != 0)
		fuzz_fail("packed twice, other bytes", len2);
	entity_table_free(t2);
	free(p1);
	free(p2);
	return 0;
}
