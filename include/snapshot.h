/* snapshot: a whole linked entity table (every article's mentions, each
 * with its entity, and the entities) as bytes to keep in the store, and
 * back, so that a set of articles opened again has its cross-references
 * without reading the cache of each article or linking them again. The
 * bytes carry a checksum: damaged bytes are refused, never half read. */
#ifndef CROSSREAD_SNAPSHOT_H
#define CROSSREAD_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

struct entity_table;

/* The key of one article's findings, for the cache of recognition and
 * the snapshot's key (the reader's and the printing modes' alike): its
 * hash (store_hash of its bytes as read) and its name's extension, which
 * tells Markdown from plain text; NULL for a URL, fetched anew each
 * time. A new string. */
char *snapshot_article_key(const char *name, const char *hash);

/* The key of the snapshot of a set of articles: a hash of what each
 * one's recognition depends on (keys[i]: its content's hash and the like,
 * as the cache of recognition keys it), in the set's order, so that any
 * article changed, added, removed or moved makes another key. Returns 0,
 * or -1 when an article has no key (keys[i] NULL): no snapshot then. */
int snapshot_key(const char *const *keys, size_t n, char out[STORE_HASH_SIZE]);

/* The bytes of t, linked (a new buffer, *len its length). Articles not
 * recognized yet are kept as not done. */
unsigned char *snapshot_pack(const struct entity_table *t, size_t *len);

/* A table made from bytes of snapshot_pack, for a corpus of ndocs
 * articles: the same entities and mentions, ready to index (xref_build),
 * but not to take more articles (entity_commit). NULL when the bytes are
 * damaged, of another layout, or of another number of articles. */
struct entity_table *snapshot_unpack(const unsigned char *p, size_t len, size_t ndocs);

/* The checksum that ends the bytes of n bytes p (little-endian, eight
 * bytes): exposed so that a fuzzer can make damaged bytes that pass it
 * and reach the reading of the rest. */
uint64_t snapshot_sum(const unsigned char *p, size_t n);

#endif
