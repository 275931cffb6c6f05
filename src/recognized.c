/* recognized: struct entity_found to bytes and back. See recognized.h.
 *
 * The layout: a magic word, the number of mentions, then per mention its
 * start, end, type, margin, strength, furniture, name and alias (strings
 * as a length and bytes; an alias of length 0xffffffff is none). Numbers
 * are little-endian, so the bytes mean the same on any machine. */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "recognized.h"

#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entity.h"
#include "ner.h"
#include "xmalloc.h"

/* The fields packed here are all the fields there are: a field added to
 * these structs must be added to the bytes too (and the magic changed). */
_Static_assert(sizeof(struct ner_mention) == 2 * sizeof(size_t) + sizeof(enum ner_type) + sizeof(float),
	       "struct ner_mention changed: update recognized.c");
_Static_assert(sizeof(struct entity_found) == sizeof(struct ner_list) + 4 * sizeof(void *),
	       "struct entity_found changed: update recognized.c");

#define RECOGNIZED_MAGIC 0x31524358u /* "XCR1" */
#define RECOGNIZED_NONE 0xffffffffu

static void recognized_u32(struct xbuf *b, uint32_t v)
{
	unsigned char c[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
			       (unsigned char)(v >> 24) };
	xbuf_put(b, (const char *)c, 4);
}

static void recognized_u64(struct xbuf *b, uint64_t v)
{
	recognized_u32(b, (uint32_t)v);
	recognized_u32(b, (uint32_t)(v >> 32));
}

static void recognized_str(struct xbuf *b, const char *s)
{
	if (!s) {
		recognized_u32(b, RECOGNIZED_NONE);
		return;
	}
	size_t n = strlen(s);
	recognized_u32(b, (uint32_t)n);
	xbuf_put(b, s, n);
}

unsigned char *recognized_pack(const struct entity_found *f, size_t *len)
{
	struct xbuf b = { NULL, 0, 0 };
	const struct ner_list *l = &f->mentions;
	recognized_u32(&b, RECOGNIZED_MAGIC);
	recognized_u64(&b, l->n);
	for (size_t k = 0; k < l->n; k++) {
		const struct ner_mention *m = &l->v[k];
		uint32_t margin;
		memcpy(&margin, &m->margin, 4);
		recognized_u64(&b, m->start);
		recognized_u64(&b, m->end);
		recognized_u32(&b, (uint32_t)m->type);
		recognized_u32(&b, margin);
		recognized_u32(&b, f->strength ? f->strength[k] : RECOGNIZED_NONE);
		recognized_u32(&b, f->furniture ? f->furniture[k] : RECOGNIZED_NONE);
		recognized_str(&b, f->names ? f->names[k] : NULL);
		recognized_str(&b, f->alias ? f->alias[k] : NULL);
	}
	*len = b.n;
	return (unsigned char *)b.s;
}

/* A reader over the bytes; a read past the end sets bad. */
struct recognized_in {
	const unsigned char *p;
	size_t n, at;
	int bad;
};

static uint32_t recognized_get32(struct recognized_in *in)
{
	if (in->n - in->at < 4) {
		in->bad = 1;
		in->at = in->n;
		return 0;
	}
	const unsigned char *c = in->p + in->at;
	in->at += 4;
	return (uint32_t)c[0] | (uint32_t)c[1] << 8 | (uint32_t)c[2] << 16 | (uint32_t)c[3] << 24;
}

static uint64_t recognized_get64(struct recognized_in *in)
{
	uint64_t lo = recognized_get32(in);
	return lo | (uint64_t)recognized_get32(in) << 32;
}

static char *recognized_getstr(struct recognized_in *in)
{
	uint32_t n = recognized_get32(in);
	if (n == RECOGNIZED_NONE || in->bad)
		return NULL;
	if (in->n - in->at < n) {
		in->bad = 1;
		return NULL;
	}
	char *s = xstrndup((const char *)in->p + in->at, n);
	in->at += n;
	return s;
}

struct entity_found *recognized_unpack(const unsigned char *p, size_t len)
{
	struct recognized_in in = { p, len, 0, 0 };
	if (recognized_get32(&in) != RECOGNIZED_MAGIC)
		return NULL;
	uint64_t n = recognized_get64(&in);
	/* Each mention takes at least 32 bytes: a count beyond that is damage. */
	if (in.bad || n > len / 32)
		return NULL;
	struct entity_found *f = entity_found_new((size_t)n);
	size_t one = n ? (size_t)n : 1;
	f->mentions.v = xcalloc(one, sizeof *f->mentions.v);
	f->mentions.n = f->mentions.cap = (size_t)n;
	/* The names apart, then in one block (entity_names_pack). */
	char **names = xcalloc(one, sizeof *names);
	int strength = 1, furniture = 1;
	uint64_t last = 0;
	for (size_t k = 0; k < n && !in.bad; k++) {
		struct ner_mention *m = &f->mentions.v[k];
		uint64_t start = recognized_get64(&in), end = recognized_get64(&in);
		uint32_t type = recognized_get32(&in), margin = recognized_get32(&in);
		uint32_t st = recognized_get32(&in), fu = recognized_get32(&in);
		if (start > end || start < last || type >= NER_NTYPES)
			in.bad = 1;
		last = start;
		m->start = (size_t)start;
		m->end = (size_t)end;
		m->type = (enum ner_type)type;
		memcpy(&m->margin, &margin, 4);
		strength &= st != RECOGNIZED_NONE;
		furniture &= fu != RECOGNIZED_NONE;
		f->strength[k] = (unsigned char)st;
		f->furniture[k] = (unsigned char)fu;
		names[k] = recognized_getstr(&in);
		if (!names[k])
			in.bad = 1;
		char *alias = recognized_getstr(&in);
		if (alias) {
			if (!f->alias)
				f->alias = xcalloc(one, sizeof *f->alias);
			f->alias[k] = alias;
		}
	}
	if (!in.bad && in.at == len)
		f->names = entity_names_pack((const char *const *)names, (size_t)n);
	for (size_t k = 0; k < n; k++)
		free(names[k]);
	free(names);
	if (in.bad || in.at != len) {
		entity_found_free(f);
		return NULL;
	}
	/* In f's own block (entity_found_new): not freed apart. */
	if (!strength)
		f->strength = NULL;
	if (!furniture)
		f->furniture = NULL;
	return f;
}

/* Finds the program's GNU build ID (a hash the linker makes of the whole
 * executable, its model and lexicons included) among its notes. */
static int recognized_build_id(struct dl_phdr_info *info, size_t size, void *ctx)
{
	(void)size;
	char *out = ctx;
	for (int k = 0; k < info->dlpi_phnum; k++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[k];
		if (ph->p_type != PT_NOTE)
			continue;
		const unsigned char *p = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr);
		size_t left = ph->p_memsz;
		while (left >= sizeof(ElfW(Nhdr))) {
			const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)p;
			size_t name = (nh->n_namesz + 3) & ~(size_t)3, desc = (nh->n_descsz + 3) & ~(size_t)3;
			size_t whole = sizeof *nh + name + desc;
			if (whole > left)
				break;
			if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
			    memcmp(p + sizeof *nh, "GNU", 4) == 0 && nh->n_descsz > 0) {
				store_hash((const char *)p + sizeof *nh + name, nh->n_descsz, out);
				return 1;
			}
			p += whole;
			left -= whole;
		}
	}
	return 1; /* the first object is the program itself: look no further */
}

void recognized_version(char out[STORE_HASH_SIZE])
{
	out[0] = '\0';
	dl_iterate_phdr(recognized_build_id, out);
	if (out[0])
		return;
	/* Without a build ID, the executable's bytes. */
	FILE *fp = fopen("/proc/self/exe", "rb");
	if (!fp)
		return;
	struct xbuf b = { NULL, 0, 0 };
	char buf[1 << 16];
	size_t got;
	while ((got = fread(buf, 1, sizeof buf, fp)) > 0)
		xbuf_put(&b, buf, got);
	int err = ferror(fp);
	fclose(fp);
	if (!err && b.n)
		store_hash(b.s, b.n, out);
	free(b.s);
}
