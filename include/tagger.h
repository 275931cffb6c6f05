/* tagger: a named-entity tagger for tokenized English news (persons,
 * locations, organizations, other names), in the style of the classic
 * feature-based CoNLL-2003 taggers: an averaged perceptron over hashed
 * features (the word, its shape, affixes, neighbours, the lexicon, the
 * document) with BIO tags and first-order Viterbi decoding.
 * The trained model (src/model/ner.model, written by crossread-train) is
 * compiled into the library; nothing is read at run time. */
#ifndef CROSSREAD_TAGGER_H
#define CROSSREAD_TAGGER_H

#include <stddef.h>
#include <stdint.h>
#include "text.h"

enum tagger_type { TAGGER_PER, TAGGER_LOC, TAGGER_ORG, TAGGER_MISC, TAGGER_NTYPES };

/* Tags are BIO: 0 = O; 1 + 2*type = B-type; 2 + 2*type = I-type. */
#define TAGGER_NTAGS (1 + 2 * TAGGER_NTYPES)
#define TAGGER_B(type) (1 + 2 * (type))
#define TAGGER_I(type) (2 + 2 * (type))
#define TAGGER_TYPE(tag) (((tag) - 1) / 2)	/* for tag != 0 */
#define TAGGER_IS_B(tag) ((tag) != 0 && ((tag) & 1))
#define TAGGER_IS_I(tag) ((tag) != 0 && !((tag) & 1))

/* Whether tag b may follow tag a (a == TAGGER_NTAGS: the start): an
 * I-type only after B-type or I-type of the same type. */
static inline int tagger_allowed(unsigned a, unsigned b)
{
	if (!TAGGER_IS_I(b))
		return 1;
	return a != TAGGER_NTAGS && a != 0 && TAGGER_TYPE(a) == TAGGER_TYPE(b);
}

/* A token's text (UTF-8, may be invalid). Tokens come tokenized like
 * CoNLL-2003: words and punctuation apart, "U.S." one token, "'s" apart,
 * hyphenated words one token. */
struct tagger_token {
	const char *s;
	size_t n;
};

/* Document-level memory: how each word is written elsewhere in the
 * document (a strong hint for all-capitals headlines). Optional. */
struct tagger_doc;
struct tagger_doc *tagger_doc_new(void);
/* First pass: give every sentence of the document, in order. */
void tagger_doc_add(struct tagger_doc *d, const struct tagger_token *t, size_t n);
void tagger_doc_free(struct tagger_doc *d);

/* Tags one sentence with the built-in model; d may be NULL. tags[0..n)
 * get BIO tags, always a valid sequence (an I-type only after B-type or
 * I-type of the same type). Returns 0, or -1 if no model is built in. */
/* Tags a whole document of n tokens whose sentences start at sent[0..ns)
 * (sent[0] = 0): the same as tagger_doc_add for every sentence, then
 * tagger_tag for each, with each word prepared once. */
/* margin, if not NULL, gets for every tagged token how far its type's
 * score leads the best other type's (0 for untagged tokens; below 0 where
 * the tags around a word carried its type against its own scores): the
 * model's confidence in the type, in the model's units. */
int tagger_tag_document(const struct tagger_token *t, size_t n, const size_t *sent, size_t ns, unsigned char *tags,
			float *margin);

/* What the caller already knows of a token's lexicon matches (the
 * recognizer looks them up for its rules): with known set, phrase and cls
 * are lexicon_match_word's result at the token within its sentence, and
 * word_cls the classes of the word alone. The tokens given may differ from
 * those matched only in the case of ASCII letters, and a known token not
 * at all (the lexicon starts fewer phrases at a word in lower case). */
struct tagger_lex {
	unsigned char known;
	unsigned char phrase;
	unsigned char hashed;	/* hash and key are the token given's text_short_hash and text_short_key */
	unsigned cls, word_cls;
	uint64_t hash;
	struct text_short_key key;
};
/* tagger_tag_document with lex[0..n) (NULL: none) sparing the tagger those
 * lookups; the tags and margins are the same. */
int tagger_tag_document_lex(const struct tagger_token *t, size_t n, const size_t *sent, size_t ns,
			    const struct tagger_lex *lex, unsigned char *tags, float *margin);

int tagger_tag(const struct tagger_doc *d, const struct tagger_token *t, size_t n, unsigned char *tags);

/* The name of a type: "PER", "LOC", "ORG", "MISC". */
const char *tagger_type_name(enum tagger_type type);

/* --- For the trainer and the tests -------------------------------------- */

/* The features of every token: TAGGER_NFEAT bucket indices per token,
 * written to out[i * TAGGER_NFEAT + k], each below TAGGER_NBUCKETS. */
#define TAGGER_NFEAT 59
#define TAGGER_NWORDFEAT 26	/* the first ones, of the word alone */
#define TAGGER_NBUCKETS 480000u
/* The bucket of an absent feature (the vector classes of a word the table
 * lacks): the trainer learns no weight there, so that a word's absence
 * from the vectors' vocabulary, which for names in training meant a rare
 * name, weighs nothing, and an unseen word is read by its other features. */
#define TAGGER_NULL_BUCKET (TAGGER_NBUCKETS - 1)
/* Changes whenever the features change; a model of another version is
 * refused. */
#define TAGGER_FEATURE_VERSION 7u
void tagger_features(const struct tagger_doc *d, const struct tagger_token *t, size_t n, uint32_t *out);

/* Whether the tagger may use AVX2, and AVX-512, where the processor has
 * them (it does unless told not to): on 1 both, 2 AVX2 alone, 0 neither.
 * The tests compare its results all ways. */
void tagger_simd(int on);
/* Whether the tagger's short cut for a word's affixes (the word's other
 * hashes taken from its memo) gives what hashing the word s[0..n) whole
 * gives: for tests. */
int tagger_affixes_same(const char *s, size_t n);

/* The model file: a header, then little-endian int16 weights (the real
 * weight is the value times `scale`):
 *   char magic[8] = "CRNER02\n"; uint32 version (TAGGER_FEATURE_VERSION);
 *   uint32 nbuckets; uint32 ntags; float scale; 8 bytes of zeros;
 *   int16 trans[ntags + 1][ntags] (row ntags: start of sentence), padded
 *     with zeros to TAGGER_TRANS_SLOTS values;
 *   int16 weights[nbuckets][ntags - 1]: the weights of tags 1.. relative to
 *     tag O (whose weight is folded away: it shifts every tag's score of a
 *     token alike), 16 bytes a bucket so that a feature is one load. */
#define TAGGER_MAGIC "CRNER02\n"
#define TAGGER_HEADER_SIZE 32
#define TAGGER_TRANS_SLOTS 96
#define TAGGER_MODEL_SIZE (TAGGER_HEADER_SIZE + 2 * (TAGGER_TRANS_SLOTS + (size_t)TAGGER_NBUCKETS * (TAGGER_NTAGS - 1)))

/* Uses the model at p[0..n) (which must stay valid) instead of the built-in
 * one; NULL restores the built-in one. Returns 0, or -1 if the model is
 * malformed (the previous one stays in use). */
int tagger_use_model(const void *p, size_t n);

/* Whether a model is available (built in or given). */
int tagger_has_model(void);

/* The vector classes (src/model/vecclass.bin, made by crossread-vecclass,
 * src/vecclass.c): every word of a large vocabulary, lower case, in a class
 * at each of TAGGER_VECCLASS_LEVELS clusterings, finest first. The table,
 * little-endian:
 *   char magic[8] = "CRVC02\n\0"; uint32 cap (a power of two); uint32
 *   count (words); uint32 nclasses[TAGGER_VECCLASS_LEVELS] (each at most
 *   TAGGER_VECCLASS_MAX);
 *   uint32 fp[cap]: open addressing by the word's hash (the tagger's FNV-1a
 *     of its bytes), slot mix64(hash) & (cap - 1) onward, a slot holding
 *     the high 32 bits of mix64(hash) with bit 0 set (0: free);
 *   uint16 cls[cap][TAGGER_VECCLASS_LEVELS]: the classes of the word in
 *     that slot. */
#define TAGGER_VECCLASS_MAGIC "CRVC02\n"
#define TAGGER_VECCLASS_LEVELS 4
#define TAGGER_VECCLASS_MAX 8192
/* Packs n words (lower case, distinct) with their classes (cls[w *
 * TAGGER_VECCLASS_LEVELS + level], below nclasses[level]) into a table;
 * returns it (its size in *len), or NULL where two words could not be told
 * apart by their fingerprints. */
unsigned char *tagger_vecclass_pack(const char *const *words, const uint16_t *cls, size_t n, const uint32_t *nclasses,
				    size_t *len);
/* The classes of word s[0..n) (any case), finest first, into
 * cls[TAGGER_VECCLASS_LEVELS], from the table[0..len) (aligned to 4 bytes),
 * or the built-in one if table is NULL: returns 1, 0 where the table lacks
 * the word (or there is none built in), -1 if the table is malformed. */
int tagger_vecclass(const unsigned char *table, size_t len, const char *s, size_t n, unsigned *cls);

#endif
