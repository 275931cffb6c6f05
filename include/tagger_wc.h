/* tagger_wc: the word classes' table of the tagger, as tagger-wcgen
 * (src/wcgen.c) makes it of src/model/wordclass.txt when the program is
 * built and src/wctable_data.S compiles it in: its layout and how a word's
 * slot is found, in one place for the two. */
#ifndef CROSSREAD_TAGGER_WC_H
#define CROSSREAD_TAGGER_WC_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a, which the table's keys are of the words' bytes. */
#define TAGGER_FNV_OFF 1469598103934665603ull
#define TAGGER_FNV_MUL 1099511628211ull

/* The class of a word the table has none for. */
#define TAGGER_WC_NONE 0xFFFFu

#define TAGGER_WC_MAGIC "crwc0001"

struct tagger_wc_entry {
	uint64_t key;		/* FNV-1a of the word's bytes (1 for 0); 0 free */
	uint16_t c1, c2;	/* its classes, coarse and fine */
	uint32_t pad;		/* 0 */
};

/* The table: this header, then cap entries (cap a power of two; all
 * free for a program built without the classes). */
struct tagger_wc_head {
	char magic[8];
	uint64_t cap;
	uint64_t pad[6];	/* 0: the entries start a cache line */
};

/* The hashes' final mix (MurmurHash3's). */
static inline uint64_t tagger_mix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

/* The slot of key in table t of cap slots: its own, or the free one where
 * it goes. */
static inline size_t tagger_wc_slot(const struct tagger_wc_entry *t, size_t cap, uint64_t key)
{
	size_t i = (size_t)tagger_mix64(key) & (cap - 1);
	while (t[i].key && t[i].key != key)
		i = (i + 1) & (cap - 1);
	return i;
}

#endif
