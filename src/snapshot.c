/* snapshot: an entity table to bytes and back. See snapshot.h.
 *
 * The layout: a magic word, the number of articles, of entities and of
 * mentions in all; per
 * entity its type, votes, sure, sure votes, datelines, line votes, name
 * and key; per article
 * whether it is done and its mentions, each as its start (from the
 * previous one's), its length, type, entity and furniture; then a
 * checksum of all that. Numbers are unsigned LEB128 varints (a corpus's
 * offsets and ids are mostly small), so the bytes mean the same on any
 * machine and stay a few bytes a mention. */
#include "snapshot.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entity.h"
#include "xmalloc.h"

/* The fields packed here are all the fields there are: a field added to
 * these structs must be added to the bytes too (and the magic changed). */
_Static_assert(sizeof(struct entity) == 2 * sizeof(char *) + sizeof(size_t) * 6,
	       "struct entity changed: update snapshot.c");
/* (Three size_t and two ints, padded as two more size_t.) */
_Static_assert(sizeof(struct entity_ref) == 5 * sizeof(size_t), "struct entity_ref changed: update snapshot.c");

#define SNAPSHOT_MAGIC 0x33534358u /* "XCS3" */

static void snapshot_put(struct xbuf *b, uint64_t v)
{
	unsigned char c[10];
	size_t n = 0;
	do {
		c[n] = (unsigned char)(v & 0x7f);
		v >>= 7;
		if (v)
			c[n] |= 0x80;
		n++;
	} while (v);
	xbuf_put(b, (const char *)c, n);
}

static void snapshot_str(struct xbuf *b, const char *s)
{
	size_t n = strlen(s);
	snapshot_put(b, n);
	xbuf_put(b, s, n);
}

/* A checksum of the bytes, eight at a time: a damaged snapshot must not
 * read as another corpus's cross-references, and it is checked at every
 * start, so it has to be cheaper than reading the bytes twice. */
uint64_t snapshot_sum(const unsigned char *p, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)n;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ p[i]) * 0x100000001b3ull;
	h ^= h >> 31;
	h *= 0xbf58476d1ce4e5b9ull;
	return h ^ (h >> 32);
}

int snapshot_key(const char *const *keys, size_t n, char out[STORE_HASH_SIZE])
{
	struct xbuf b = { NULL, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		if (!keys[i]) {
			free(b.s);
			return -1;
		}
		/* A line each: no two lists of keys make the same bytes. */
		xbuf_put(&b, keys[i], strlen(keys[i]));
		xbuf_put(&b, "\n", 1);
	}
	store_hash(b.s ? b.s : "", b.n, out);
	free(b.s);
	return 0;
}

unsigned char *snapshot_pack(const struct entity_table *t, size_t *len)
{
	struct xbuf b = { NULL, 0, 0 };
	snapshot_put(&b, SNAPSHOT_MAGIC);
	snapshot_put(&b, t->ndocs);
	snapshot_put(&b, t->n);
	size_t nrefs = 0;
	for (size_t d = 0; d < t->ndocs; d++)
		nrefs += t->docs[d].done ? t->docs[d].n : 0;
	snapshot_put(&b, nrefs);
	for (size_t i = 0; i < t->n; i++) {
		const struct entity *e = &t->v[i];
		snapshot_put(&b, (uint64_t)e->type);
		snapshot_put(&b, e->votes);
		snapshot_put(&b, e->sure);
		snapshot_put(&b, e->sure_votes);
		snapshot_put(&b, e->datelines);
		snapshot_put(&b, e->line_votes);
		snapshot_str(&b, e->name ? e->name : "");
		snapshot_str(&b, e->key ? e->key : "");
	}
	for (size_t d = 0; d < t->ndocs; d++) {
		const struct entity_doc *doc = &t->docs[d];
		snapshot_put(&b, doc->done ? 1 : 0);
		snapshot_put(&b, doc->done ? doc->n : 0);
		size_t last = 0;
		for (size_t k = 0; doc->done && k < doc->n; k++) {
			const struct entity_ref *r = &doc->v[k];
			/* Mentions come in file order; one that does not is
			 * written whole (its start minus the last as 0, then
			 * its start), which unpack tells by a flag bit. */
			int back = r->start < last;
			snapshot_put(&b, back ? 1 : (uint64_t)(r->start - last) << 1);
			if (back)
				snapshot_put(&b, r->start);
			snapshot_put(&b, r->end - r->start);
			snapshot_put(&b, (uint64_t)r->type << 1 | (r->furniture ? 1 : 0));
			snapshot_put(&b, r->id);
			last = r->start;
		}
	}
	uint64_t sum = snapshot_sum((const unsigned char *)b.s, b.n);
	unsigned char c[8];
	for (int k = 0; k < 8; k++)
		c[k] = (unsigned char)(sum >> (8 * k));
	xbuf_put(&b, (const char *)c, 8);
	*len = b.n;
	return (unsigned char *)b.s;
}

/* A reader over the bytes; a read past the end, or a number too long,
 * sets bad. */
struct snapshot_in {
	const unsigned char *p;
	size_t n, at;
	int bad;
};

static uint64_t snapshot_get(struct snapshot_in *in)
{
	uint64_t v = 0;
	for (unsigned shift = 0; shift < 64; shift += 7) {
		if (in->at >= in->n) {
			in->bad = 1;
			return 0;
		}
		unsigned char c = in->p[in->at++];
		v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return v;
	}
	in->bad = 1;
	return 0;
}

static char *snapshot_getstr(struct snapshot_in *in)
{
	uint64_t n = snapshot_get(in);
	if (in->bad || in->n - in->at < n || memchr(in->p + in->at, '\0', (size_t)n)) {
		in->bad = 1;
		return NULL;
	}
	char *s = xstrndup((const char *)in->p + in->at, (size_t)n);
	in->at += (size_t)n;
	return s;
}

struct entity_table *snapshot_unpack(const unsigned char *p, size_t len, size_t ndocs)
{
	if (len < 8)
		return NULL;
	uint64_t sum = 0;
	for (int k = 0; k < 8; k++)
		sum |= (uint64_t)p[len - 8 + k] << (8 * k);
	if (sum != snapshot_sum(p, len - 8))
		return NULL;
	struct snapshot_in in = { p, len - 8, 0, 0 };
	if (snapshot_get(&in) != SNAPSHOT_MAGIC || snapshot_get(&in) != ndocs)
		return NULL;
	uint64_t n = snapshot_get(&in), nrefs = snapshot_get(&in);
	/* Each entity takes at least eight bytes and each mention four: counts
	 * beyond that are damage. */
	if (in.bad || n > (in.n - in.at) / 8 || nrefs > (in.n - in.at) / 4)
		return NULL;
	struct entity_table *t = entity_table_new(ndocs);
	/* Every mention in one block: one allocation, not one per article,
	 * and filled with few page faults (xmalloc's huge pages). */
	t->refs = xmalloc((nrefs ? (size_t)nrefs : 1) * sizeof *t->refs);
	uint64_t left = nrefs;
	t->v = xcalloc(n ? (size_t)n : 1, sizeof *t->v);
	t->cap = n ? (size_t)n : 1;
	for (size_t i = 0; i < n && !in.bad; i++) {
		struct entity *e = &t->v[i];
		uint64_t type = snapshot_get(&in);
		e->type = type < NER_NTYPES ? (enum ner_type)type : NER_PERSON;
		in.bad |= type >= NER_NTYPES;
		e->votes = (size_t)snapshot_get(&in);
		e->sure = (size_t)snapshot_get(&in);
		e->sure_votes = (size_t)snapshot_get(&in);
		e->datelines = (size_t)snapshot_get(&in);
		e->line_votes = (size_t)snapshot_get(&in);
		e->name = snapshot_getstr(&in);
		e->key = snapshot_getstr(&in);
		/* entity_table_free frees names and keys up to t->n. */
		t->n = i + 1;
	}
	for (size_t d = 0; d < ndocs && !in.bad; d++) {
		struct entity_doc *doc = &t->docs[d];
		uint64_t done = snapshot_get(&in), m = snapshot_get(&in);
		if (done > 1 || m > left) {
			in.bad = 1;
			break;
		}
		doc->done = (int)done;
		doc->v = t->refs + (nrefs - left);
		doc->n = (size_t)m;
		left -= m;
		uint64_t last = 0;
		for (size_t k = 0; k < m && !in.bad; k++) {
			struct entity_ref *r = &doc->v[k];
			uint64_t step = snapshot_get(&in);
			uint64_t start = step == 1 ? snapshot_get(&in) : last + (step >> 1);
			uint64_t span = snapshot_get(&in), tf = snapshot_get(&in), id = snapshot_get(&in);
			/* Damage, too: a mention that is empty or out of file
			 * order, which no table packed holds (entity.h). */
			if ((step & 1 && step != 1) || start < last || span == 0 || span > SIZE_MAX - start ||
			    (tf >> 1) >= NER_NTYPES || id >= n)
				in.bad = 1;
			r->start = (size_t)start;
			r->end = (size_t)(start + span);
			r->type = (enum ner_type)((tf >> 1) < NER_NTYPES ? tf >> 1 : 0);
			r->furniture = tf & 1;
			r->line_typed = 0; /* a packed table is linked already */
			r->id = (size_t)id;
			last = start;
		}
	}
	if (in.bad || in.at != in.n || left != 0) {
		entity_table_free(t);
		return NULL;
	}
	return t;
}

char *snapshot_article_key(const char *name, const char *hash)
{
	if (!name)
		name = "";
	if (strstr(name, "://"))
		return NULL;
	const char *slash = strrchr(name, '/'), *dot = strrchr(name, '.');
	const char *ext = dot && (!slash || dot > slash) ? dot : "";
	/* Made for every article at each start (the snapshot's key): no printf. */
	size_t h = strlen(hash), e = strlen(ext);
	char *key = xmalloc(h + e + 1);
	memcpy(key, hash, h);
	memcpy(key + h, ext, e + 1);
	return key;
}
