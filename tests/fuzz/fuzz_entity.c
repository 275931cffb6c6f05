/* libFuzzer harness for the recognizer and the identity pass as hostile
 * text reaches them: the bytes are one or two plain-text articles (split
 * at the first 0xFF byte), recognized (headline casing, the model, the
 * rules, names alike through a story), named and linked across the two.
 * Checks the promises of ner.h and entity.h: mentions inside the text,
 * sorted, never overlapping, of a known type; every mention's entity in
 * the table. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "input.h"
#include "ner.h"
#include "xmalloc.h"

static void fuzz_check(int ok)
{
	if (!ok)
		abort();
}

static struct article *fuzz_article(const char *name, const uint8_t *data, size_t size)
{
	struct article *a = article_new(name);
	free(a->data);
	a->data = xmalloc(size + 1);
	memcpy(a->data, data, size);
	a->data[size] = '\0';
	a->len = size;
	a->format = ARTICLE_PLAIN;
	input_parse(a);
	return a;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 64 * 1024)
		return 0;
	const uint8_t *cut = memchr(data, 0xFF, size);
	size_t n1 = cut ? (size_t)(cut - data) : size;
	struct corpus *c = corpus_new();
	c->arts = xgrow(c->arts, &c->cap, 2, sizeof *c->arts);
	c->arts[c->n++] = fuzz_article("a.txt", data, n1);
	if (cut)
		c->arts[c->n++] = fuzz_article("b.txt", cut + 1, size - n1 - 1);
	struct entity_table *t = entity_table_new(c->n);
	entity_recognize_corpus(t, c);
	entity_link(t);
	for (size_t i = 0; i < c->n; i++) {
		const struct article *a = c->arts[i];
		const struct entity_doc *d = &t->docs[i];
		fuzz_check(d->done);
		for (size_t k = 0; k < d->n; k++) {
			const struct entity_ref *m = &d->v[k];
			fuzz_check(m->start < m->end && m->end <= a->len);
			fuzz_check(k == 0 || d->v[k - 1].end <= m->start);
			fuzz_check((unsigned)m->type < NER_NTYPES);
			fuzz_check(m->id < t->n && t->v[m->id].name && t->v[m->id].key);
		}
	}
	entity_table_free(t);
	corpus_free(c);
	return 0;
}
