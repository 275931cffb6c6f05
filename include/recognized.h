/* recognized: what the recognizer found in an article (struct entity_found)
 * as bytes to keep in the store, and back, so that a corpus opened again
 * shows its cross-references at once. The bytes are only good for the
 * program that made them: recognized_version() names it (its build ID, a
 * hash of the executable, so that any new model, lexicon or rule
 * recomputes). */
#ifndef CROSSREAD_RECOGNIZED_H
#define CROSSREAD_RECOGNIZED_H

#include <stddef.h>

#include "store.h"

struct entity_found;

/* The bytes of f (a new buffer, *len its length). */
unsigned char *recognized_pack(const struct entity_found *f, size_t *len);
/* An entity_found made from bytes of recognized_pack, or NULL when they
 * are not such bytes (damaged, or of another layout). */
struct entity_found *recognized_unpack(const unsigned char *p, size_t len);
/* The version the bytes belong to: a hash of the running program's build
 * ID (or of its bytes, when it has none), or ""
 * when it cannot be read (then nothing should be kept). */
void recognized_version(char out[STORE_HASH_SIZE]);

#endif
