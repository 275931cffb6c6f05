/* entity: naming mentions so that every mention of one thing carries one
 * name, and keeping the table of things named. */
#include "entity.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "lexicon.h"
#include "text.h"
#include "xmalloc.h"

#define ENTITY_MEMO 4096

/* Hash of keys to entity ids (open addressing over ids + 1), and a small
 * cache of names as written to ids, since the same names come back in
 * article after article ("Reuters", "U.S."). */
struct entity_index {
	size_t *slot;	/* 0 free, else id + 1 */
	size_t cap;
	struct {
		char *name;	/* a name as given to entity_intern, or NULL */
		int type;	/* its type */
		size_t id;	/* its entity */
	} memo[ENTITY_MEMO];
};

static unsigned long long entity_hash(const char *s, int type)
{
	unsigned long long h = 1469598103934665603ull ^ (unsigned)type;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ull;
	}
	return h;
}

struct entity_table *entity_table_new(size_t narticles)
{
	struct entity_table *t = xcalloc(1, sizeof *t);
	t->docs = xcalloc(narticles ? narticles : 1, sizeof *t->docs);
	t->ndocs = narticles;
	struct entity_index *ix = xcalloc(1, sizeof *ix);
	ix->cap = 1024;
	ix->slot = xcalloc(ix->cap, sizeof *ix->slot);
	t->index = ix;
	return t;
}

void entity_table_free(struct entity_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].name);
		free(t->v[i].key);
	}
	for (size_t i = 0; i < t->ndocs; i++)
		free(t->docs[i].v);
	struct entity_index *ix = t->index;
	for (size_t m = 0; m < ENTITY_MEMO; m++)
		free(ix->memo[m].name);
	free(ix->slot);
	free(ix);
	free(t->docs);
	free(t->v);
	free(t);
}

static size_t *entity_slot(struct entity_table *t, const char *key, int type)
{
	struct entity_index *ix = t->index;
	size_t i = (size_t)entity_hash(key, type) & (ix->cap - 1);
	while (ix->slot[i]) {
		const struct entity *e = &t->v[ix->slot[i] - 1];
		if ((int)e->type == type && strcmp(e->key, key) == 0)
			break;
		i = (i + 1) & (ix->cap - 1);
	}
	return &ix->slot[i];
}

static void entity_rehash(struct entity_table *t)
{
	struct entity_index *ix = t->index;
	if ((t->n + 1) * 2 < ix->cap)
		return;
	free(ix->slot);
	ix->cap *= 2;
	ix->slot = xcalloc(ix->cap, sizeof *ix->slot);
	for (size_t i = 0; i < t->n; i++)
		*entity_slot(t, t->v[i].key, (int)t->v[i].type) = i + 1;
}

/* The identity key of a name: folded, with dots, hyphens and apostrophes
 * dropped (U.S. = US, Co-operation = Cooperation). */
static char *entity_key(const char *name)
{
	size_t n;
	char *f = text_fold(name, strlen(name), &n);
	size_t o = 0;
	for (size_t i = 0; i < n; i++)
		if (f[i] != '.' && f[i] != '-' && f[i] != '\'')
			f[o++] = f[i];
	f[o] = '\0';
	return f;
}

/* The entity of that name and type, made if new. */
static size_t entity_new(struct entity_table *t, const char *name, char *key, enum ner_type type, size_t *slot);

static size_t entity_intern(struct entity_table *t, const char *name, enum ner_type type)
{
	struct entity_index *ix = t->index;
	size_t m = (size_t)entity_hash(name, (int)type) & (ENTITY_MEMO - 1);
	if (ix->memo[m].name && ix->memo[m].type == (int)type && strcmp(ix->memo[m].name, name) == 0)
		return ix->memo[m].id;
	char *key = entity_key(name);
	size_t *slot = entity_slot(t, key, (int)type);
	size_t id;
	if (*slot) {
		free(key);
		id = *slot - 1;
	} else {
		id = entity_new(t, name, key, type, slot);
	}
	free(ix->memo[m].name);
	ix->memo[m].name = xstrdup(name);
	ix->memo[m].type = (int)type;
	ix->memo[m].id = id;
	return id;
}

/* Adds the entity of that name and key in the free slot. */
static size_t entity_new(struct entity_table *t, const char *name, char *key, enum ner_type type, size_t *slot)
{
	t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof *t->v);
	struct entity *e = &t->v[t->n];
	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->key = key;
	e->type = type;
	*slot = t->n + 1;
	t->n++;
	entity_rehash(t);
	return t->n - 1;
}

/* A mention's words, for comparing names. */
struct entity_words {
	char *w[16];	/* folded words, the last 16 of a longer name */
	size_t n;
};

static void entity_split(const char *name, struct entity_words *ws)
{
	/* The last 16 words, as names are compared by their last words. */
	size_t words = 0, skip;
	for (const char *p = name; *p; p++)
		words += *p != ' ' && (p == name || p[-1] == ' ');
	skip = words > 16 ? words - 16 : 0;
	ws->n = 0;
	const char *p = name;
	while (*p && ws->n < 16) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (q > p && skip)
			skip--;
		else if (q > p) {
			size_t n;
			ws->w[ws->n++] = text_fold(p, (size_t)(q - p), &n);
		}
		p = q;
	}
}

static void entity_words_free(struct entity_words *ws)
{
	for (size_t i = 0; i < ws->n; i++)
		free(ws->w[i]);
	ws->n = 0;
}

/* Edit distance of at most one substitution, for misspelt surnames. */
static int entity_near(const char *a, const char *b)
{
	size_t n = strlen(a);
	if (n != strlen(b) || n < 7)
		return 0;
	int diff = 0;
	for (size_t i = 0; i < n; i++)
		diff += a[i] != b[i];
	return diff == 1;
}

/* The text of a mention as a name: whitespace as single spaces, curly
 * quotes kept, all-capital person names in title case. */
static char *entity_surface(const struct article *a, const struct ner_mention *m)
{
	char *s = text_clean(a->data + m->start, m->end - m->start);
	if (m->type == NER_PERSON && text_all_upper(s, strlen(s))) {
		char *t = text_title_case(s, strlen(s));
		free(s);
		s = t;
	}
	return s;
}

/* The name a group goes by: the singular adjective (Russians -> Russian),
 * or canon, what the lexicon gives, when that is a phrase such as "the
 * West". */
static char *entity_group_name(const char *s, const char *canon)
{
	size_t n = strlen(s);
	if (canon && strncmp(canon, "the ", 4) == 0)
		return xstrdup(canon);
	/* "the West" as a group goes by that name, like "Western". */
	if (strcmp(s, "West") == 0 || strcmp(s, "East") == 0)
		return xasprintf("the %s", s);
	if (n > 3 && s[n - 1] == 's' && (lexicon_lookup(s, n - 1) & (LEX_DEMONYM | LEX_GROUP)))
		return xstrndup(s, n - 1);
	return xstrdup(s);
}

/* Initials of the capitalised words of a name: "North Atlantic Treaty
 * Organization" -> "NATO"; "Organization for Security and Co-operation in
 * Europe" -> "OSCE". */
static void entity_initials(const char *s, char *out, size_t size)
{
	size_t o = 0;
	int start = 1;
	for (const char *p = s; *p && o + 1 < size; p++) {
		if (*p == ' ') {
			start = 1;
			continue;
		}
		if (start && *p >= 'A' && *p <= 'Z')
			out[o++] = *p;
		start = 0;
	}
	out[o] = '\0';
}

static int entity_is_acronym(const char *s)
{
	size_t n = 0, letters = 0;
	for (const char *p = s; *p; p++, n++) {
		if (*p >= 'A' && *p <= 'Z')
			letters++;
		else if (*p != '.')
			return 0;
	}
	return letters >= 2 && letters <= 8;
}

/* The acronym s without its dots ("U.N." -> "UN"), cut to fit size. */
static void entity_bare_acronym(const char *s, char *out, size_t size)
{
	size_t n = 0;
	for (; *s && n + 1 < size; s++)
		if (*s != '.')
			out[n++] = *s;
	out[n] = '\0';
}

/* A string -> list of indices map, for the joins below. */
struct entity_map {
	struct entity_map_slot {
		char *key;	/* NULL if free */
		size_t *v;	/* mention indices, in text order */
		size_t n, cap;
	} *s;
	size_t cap, count;
};

static struct entity_map_slot *entity_map_get(struct entity_map *m, const char *key, int create)
{
	if (create && (m->count + 1) * 2 >= m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 64;
		struct entity_map_slot *ns = xcalloc(ncap, sizeof *ns);
		for (size_t i = 0; i < m->cap; i++)
			if (m->s[i].key) {
				size_t j = (size_t)entity_hash(m->s[i].key, 0) & (ncap - 1);
				while (ns[j].key)
					j = (j + 1) & (ncap - 1);
				ns[j] = m->s[i];
			}
		free(m->s);
		m->s = ns;
		m->cap = ncap;
	}
	if (m->cap == 0)
		return NULL;
	size_t j = (size_t)entity_hash(key, 0) & (m->cap - 1);
	while (m->s[j].key && strcmp(m->s[j].key, key) != 0)
		j = (j + 1) & (m->cap - 1);
	if (!m->s[j].key) {
		if (!create)
			return NULL;
		m->s[j].key = xstrdup(key);
		m->count++;
	}
	return &m->s[j];
}

static void entity_map_add(struct entity_map *m, const char *key, size_t idx)
{
	struct entity_map_slot *sl = entity_map_get(m, key, 1);
	sl->v = xgrow(sl->v, &sl->cap, sl->n + 1, sizeof *sl->v);
	sl->v[sl->n++] = idx;
}

static void entity_map_free(struct entity_map *m)
{
	for (size_t i = 0; i < m->cap; i++) {
		free(m->s[i].key);
		free(m->s[i].v);
	}
	free(m->s);
}

/* The people of an article, indexed so that a short form finds its full
 * name in O(log n) however many mentions share its surname. */
struct entity_people {
	/* People of two words or more, by their folded last word. */
	struct entity_map last;
	/* The same, by the key and the k-1 words before the last, for each k
	 * below their count of words: a short form of k words looks up exactly
	 * the full names it can join, in text order. */
	struct entity_map suffix;
	/* Each key of `last` of 7 bytes or more once for each byte, hashed
	 * without that byte, sorted: a misspelt surname finds the keys one
	 * letter away without a scan of them all. Made when first needed. */
	struct entity_variant {
		unsigned long long h;	/* a hash of the key without one byte */
		size_t slot;		/* the key's slot in `last` */
	} *var;
	size_t nvar;
	int var_made;
};

/* The suffix index's key of last word l and the words before it,
 * length-prefixed so that no two lists of words share a key. */
static char *entity_suffix_key(const char *l, char *const *w, size_t nw)
{
	size_t cap = strlen(l) + 22, o = 0;
	for (size_t q = 0; q < nw; q++)
		cap += strlen(w[q]) + 22;
	char *k = xmalloc(cap);
	for (size_t q = 0; q <= nw; q++) {
		const char *x = q ? w[q - 1] : l;
		size_t n = strlen(x), d = 0;
		char digits[21];
		do
			digits[d++] = (char)('0' + n % 10);
		while ((n /= 10) > 0);
		while (d > 0)
			k[o++] = digits[--d];
		k[o++] = ':';
		n = strlen(x);
		memcpy(k + o, x, n);
		o += n;
	}
	k[o] = '\0';
	return k;
}

/* Person mention i, of words w and folded last word l, as a full name
 * that shorter mentions may join. */
static void entity_people_add(struct entity_people *pp, const struct entity_words *w, const char *l, size_t i)
{
	entity_map_add(&pp->last, l, i);
	/* The key is the last word as split, since the split keeps a name's
	 * last words; a name where the two disagree is joined by none. */
	if (w->n == 0 || strcmp(w->w[w->n - 1], l) != 0)
		return;
	for (size_t k = 1; k < w->n; k++) {
		char *key = entity_suffix_key(l, w->w + (w->n - k), k - 1);
		entity_map_add(&pp->suffix, key, i);
		free(key);
	}
}

/* Into h[pos], for each pos of s (m bytes), the hash of s without its
 * byte at pos: equal for two strings of the same length that differ at
 * most at pos. Polynomial, from prefix hashes, so that all m take O(m). */
static void entity_variant_hashes(const char *s, size_t m, unsigned long long *h)
{
	const unsigned long long base = 1099511628211ull;
	unsigned long long *pre = xmalloc((m + 1) * 2 * sizeof *pre), *powers = pre + m + 1;
	pre[0] = 0;
	powers[0] = 1;
	for (size_t q = 0; q < m; q++) {
		pre[q + 1] = pre[q] * base + (unsigned char)s[q] + 1;
		powers[q + 1] = powers[q] * base;
	}
	for (size_t q = 0; q < m; q++) {
		/* s[0, q) shifted past the m-1-q bytes that follow it, and those. */
		unsigned long long tail = pre[m] - pre[q + 1] * powers[m - 1 - q];
		unsigned long long v = pre[q] * powers[m - 1 - q] + tail;
		v ^= ((unsigned long long)m << 40) ^ ((unsigned long long)q * 0x9e3779b97f4a7c15ull);
		v ^= v >> 29;
		h[q] = v * 0xbf58476d1ce4e5b9ull;
	}
	free(pre);
}

static int entity_variant_cmp(const void *pa, const void *pb)
{
	const struct entity_variant *a = pa, *b = pb;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->slot > b->slot) - (a->slot < b->slot);
}

/* The first slot of `last` (in slot order, as a scan would meet it) whose
 * key is one letter away from x, or NULL. */
static struct entity_map_slot *entity_people_near(struct entity_people *pp, const char *x)
{
	size_t m = strlen(x);
	if (m < 7)
		return NULL; /* entity_near joins none */
	if (!pp->var_made) {
		pp->var_made = 1;
		size_t cap = 0, total = 0;
		for (size_t h = 0; h < pp->last.cap; h++) {
			const char *k = pp->last.s[h].key;
			size_t kn = k ? strlen(k) : 0;
			if (kn >= 7)
				total += kn;
		}
		pp->var = xgrow(pp->var, &cap, total ? total : 1, sizeof *pp->var);
		unsigned long long *hs = NULL;
		size_t hcap = 0;
		for (size_t h = 0; h < pp->last.cap; h++) {
			const char *k = pp->last.s[h].key;
			size_t kn = k ? strlen(k) : 0;
			if (kn < 7)
				continue;
			hs = xgrow(hs, &hcap, kn, sizeof *hs);
			entity_variant_hashes(k, kn, hs);
			for (size_t q = 0; q < kn; q++) {
				pp->var[pp->nvar].h = hs[q];
				pp->var[pp->nvar].slot = h;
				pp->nvar++;
			}
		}
		free(hs);
		if (pp->nvar > 1)
			qsort(pp->var, pp->nvar, sizeof *pp->var, entity_variant_cmp);
	}
	size_t best = SIZE_MAX;
	unsigned long long *hs = xmalloc(m * sizeof *hs);
	entity_variant_hashes(x, m, hs);
	for (size_t q = 0; q < m; q++) {
		unsigned long long h = hs[q];
		size_t lo = 0, hi = pp->nvar;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (pp->var[mid].h < h)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* Sorted by slot within a hash: the first true match is the least. */
		for (; lo < pp->nvar && pp->var[lo].h == h; lo++)
			if (pp->var[lo].slot < best && entity_near(x, pp->last.s[pp->var[lo].slot].key)) {
				best = pp->var[lo].slot;
				break;
			}
	}
	free(hs);
	return best == SIZE_MAX ? NULL : &pp->last.s[best];
}

/* The nearest index of list v (ascending) before i into *before, and the
 * nearest after into *after, where nearer than what they hold. */
static void entity_nearest(const size_t *v, size_t n, size_t i, size_t *before, size_t *after)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && (*before == SIZE_MAX || v[lo - 1] > *before))
		*before = v[lo - 1];
	if (lo < n && v[lo] == i)
		lo++;
	if (lo < n && v[lo] < *after)
		*after = v[lo];
}

/* The full name person mention i (words me) is a short form of, or
 * SIZE_MAX: a name of more words whose last words are me's (the very last
 * allowed one misspelt letter), the nearest before i, else the nearest
 * after. */
static size_t entity_people_find(struct entity_people *pp, const struct entity_words *me, size_t i)
{
	if (me->n < 1)
		return SIZE_MAX;
	struct entity_map_slot *sl = entity_map_get(&pp->last, me->w[me->n - 1], 0);
	/* A misspelt surname: a last word one letter away, not looked for
	 * among more than 2,000 surnames (a list of names, not a story). */
	if (!sl && pp->last.count <= 2000)
		sl = entity_people_near(pp, me->w[me->n - 1]);
	if (!sl)
		return SIZE_MAX;
	/* Every full name under sl's key ends with it, the last word as
	 * wanted: the words before it are what the suffix key holds. */
	size_t before = SIZE_MAX, after = SIZE_MAX;
	char *key = entity_suffix_key(sl->key, me->w, me->n - 1);
	struct entity_map_slot *cand = entity_map_get(&pp->suffix, key, 0);
	free(key);
	if (cand)
		entity_nearest(cand->v, cand->n, i, &before, &after);
	return before != SIZE_MAX ? before : after;
}

static void entity_people_free(struct entity_people *pp)
{
	entity_map_free(&pp->last);
	entity_map_free(&pp->suffix);
	free(pp->var);
}

/* Names the mentions of one article, joining short forms to full ones.
 * Lookups go through maps and sorted lists, so that a long article with
 * thousands of mentions is named in n log n. */
static char **entity_names(const struct article *a, const struct ner_list *l)
{
	size_t n = l->n;
	char **names = xcalloc(n ? n : 1, sizeof *names);
	char **surf = xcalloc(n ? n : 1, sizeof *surf);
	for (size_t i = 0; i < n; i++)
		surf[i] = entity_surface(a, &l->v[i]);

	struct entity_people people = { 0 };
	/* The folded words of every person mention, split once. */
	struct entity_words *pw = xcalloc(n ? n : 1, sizeof *pw);
	for (size_t i = 0; i < n; i++)
		if (l->v[i].type == NER_PERSON)
			entity_split(surf[i], &pw[i]);
	/* Organizations of two words or more, by their initials; and their
	 * names sorted, for "Treasury Board" -> "Treasury Board Secretariat". */
	struct entity_map initials = { 0 };
	char **orgs = xmalloc((n ? n : 1) * sizeof *orgs);
	size_t norgs = 0;
	for (size_t i = 0; i < n; i++) {
		const char *sp = strrchr(surf[i], ' ');
		if (!sp)
			continue;
		if (l->v[i].type == NER_PERSON) {
			size_t fl;
			char *f = text_fold(sp + 1, strlen(sp + 1), &fl);
			entity_people_add(&people, &pw[i], f, i);
			free(f);
		} else if (l->v[i].type == NER_ORG) {
			char ini[32];
			entity_initials(surf[i], ini, sizeof ini);
			if (strlen(ini) >= 2)
				entity_map_add(&initials, ini, i);
			orgs[norgs++] = surf[i];
		}
	}
	ner_names_sort(orgs, norgs);

	for (size_t i = 0; i < n; i++) {
		const struct ner_mention *m = &l->v[i];
		const char *s = surf[i];
		size_t sn = strlen(s);
		/* People and dates go by no list's name. */
		const char *canon = m->type == NER_PERSON || m->type == NER_DATE ? NULL : lexicon_canonical(s, sn);
		switch (m->type) {
		case NER_GROUP:
			names[i] = entity_group_name(s, canon);
			break;
		case NER_PLACE:
			names[i] = xstrdup(canon ? canon : s);
			break;
		case NER_ORG: {
			if (canon) {
				names[i] = xstrdup(canon);
				break;
			}
			/* An acronym joins an expansion in the article, and a short
			 * form of two words or more joins the longer name it begins. */
			const char *best = NULL;
			if (entity_is_acronym(s)) {
				char bare[32];
				entity_bare_acronym(s, bare, sizeof bare);
				struct entity_map_slot *sl = entity_map_get(&initials, bare, 0);
				if (sl) {
					const char *o = surf[sl->v[0]];
					const char *oc = lexicon_canonical(o, strlen(o));
					best = oc ? oc : o;
				}
			} else if (memchr(s, ' ', sn)) {
				best = ner_names_extending(orgs, norgs, s, sn);
			}
			names[i] = xstrdup(best ? best : s);
			break;
		}
		case NER_PERSON: {
			/* Short forms join the full name with the same last words:
			 * the nearest one before, else the nearest after. */
			size_t bestk = entity_people_find(&people, &pw[i], i);
			const char *best = bestk != SIZE_MAX ? surf[bestk] : NULL;
			names[i] = xstrdup(best ? best : s);
			break;
		}
		default:
			names[i] = xstrdup(canon ? canon : s);
			break;
		}
	}
	for (size_t i = 0; i < n; i++)
		entity_words_free(&pw[i]);
	free(pw);
	entity_people_free(&people);
	entity_map_free(&initials);
	free(orgs);
	for (size_t i = 0; i < n; i++)
		free(surf[i]);
	free(surf);
	return names;
}

/* Whether a mention is page or wire furniture rather than the story's: in
 * a boilerplate paragraph (a sign-off such as "Reuter", a photo credit), in
 * a short byline at the top ("By Ann Lee"), or an agency in parentheses in
 * the dateline ("LONDON (Reuters) - "). */
static int entity_furniture(const struct article *a, size_t start, size_t end)
{
	size_t k = article_para_at(a, start);
	if (k >= a->npara)
		return 0;
	const struct article_para *p = &a->paras[k];
	const char *d = a->data;
	/* In boilerplate: a sign-off of a word or two, or a credit written
	 * "PHOTOGRAPHER/AFP/Getty Images"; captions and teasers name the
	 * story's people and places and count as the story's. */
	if (p->flags & ARTICLE_PARA_BOILERPLATE) {
		int words = 1;
		for (size_t i = p->start; i < p->end && words <= 3; i++)
			words += d[i] == ' ' && i + 1 < p->end && d[i + 1] != ' ';
		if (words <= 2)
			return 1;
		if ((start > p->start && d[start - 1] == '/') || (end < p->end && d[end] == '/'))
			return 1;
	}
	/* A byline names its writer and ends without a full stop; "By Tuesday,
	 * Russia had..." is the story's. */
	if (k < 3 && p->end - p->start <= 100 && p->end - p->start > 3 && strncmp(d + p->start, "By ", 3) == 0 &&
	    !strchr(".!?", d[p->end - 1])) {
		int words = 1;
		for (size_t i = p->start; i < p->end; i++)
			words += d[i] == ' ';
		if (words <= 8)
			return 1;
	}
	if (start > p->start && start - p->start < 80 && d[start - 1] == '(' && end + 3 <= p->end && d[end] == ')' &&
	    d[end + 1] == ' ' && (d[end + 2] == '-' || strncmp(d + end + 2, "\xe2\x80\x93", 3) == 0 ||
				  strncmp(d + end + 2, "\xe2\x80\x94", 3) == 0))
		return 1;
	return 0;
}

struct entity_found *entity_recognize(const struct article *a)
{
	struct entity_found *f = xcalloc(1, sizeof *f);
	ner_article(a, &f->mentions);
	f->names = entity_names(a, &f->mentions);
	f->furniture = xcalloc(f->mentions.n ? f->mentions.n : 1, 1);
	for (size_t k = 0; k < f->mentions.n; k++)
		f->furniture[k] = (unsigned char)entity_furniture(a, f->mentions.v[k].start, f->mentions.v[k].end);
	return f;
}

void entity_commit(struct entity_table *t, size_t i, struct entity_found *f)
{
	struct entity_doc *d = &t->docs[i];
	if (d->done) {
		entity_found_free(f);
		return;
	}
	d->done = 1;
	const struct ner_list *l = &f->mentions;
	d->v = xcalloc(l->n ? l->n : 1, sizeof *d->v);
	d->n = l->n;
	for (size_t k = 0; k < l->n; k++) {
		size_t id = entity_intern(t, f->names[k], l->v[k].type);
		d->v[k].start = l->v[k].start;
		d->v[k].end = l->v[k].end;
		d->v[k].type = l->v[k].type;
		d->v[k].id = id;
		d->v[k].furniture = f->furniture ? f->furniture[k] : 0;
	}
	entity_found_free(f);
}

void entity_found_free(struct entity_found *f)
{
	if (!f)
		return;
	for (size_t k = 0; k < f->mentions.n; k++)
		free(f->names[k]);
	free(f->names);
	free(f->furniture);
	ner_list_free(&f->mentions);
	free(f);
}

const struct entity_doc *entity_article(struct entity_table *t, struct corpus *c, size_t i)
{
	if (!t->docs[i].done)
		entity_commit(t, i, entity_recognize(corpus_article(c, i)));
	return &t->docs[i];
}

void entity_link(struct entity_table *t)
{
	/* A one-word person whose word is the last word of exactly one
	 * longer person's name is that person. Last words are looked up in a
	 * map, so that this stays linear. */
	struct entity_map last = { 0 };
	for (size_t k = 0; k < t->n; k++) {
		const struct entity *o = &t->v[k];
		const char *sp = o->type == NER_PERSON ? strrchr(o->name, ' ') : NULL;
		if (!sp)
			continue;
		size_t n;
		char *f = text_fold(sp + 1, strlen(sp + 1), &n);
		entity_map_add(&last, f, k);
		free(f);
	}
	/* An acronym used in one article joins the organization another
	 * article spells out, when exactly one has those initials. Initials
	 * are keyed in the same map, with a prefix of their own. */
	for (size_t k = 0; k < t->n; k++) {
		const struct entity *o = &t->v[k];
		if (o->type != NER_ORG || !strchr(o->name, ' '))
			continue;
		char ini[40] = "\x01";
		entity_initials(o->name, ini + 1, sizeof ini - 1);
		if (strlen(ini) >= 3)
			entity_map_add(&last, ini, k);
	}
	size_t *target = xmalloc((t->n ? t->n : 1) * sizeof *target);
	for (size_t i = 0; i < t->n; i++) {
		target[i] = i;
		const struct entity *e = &t->v[i];
		struct entity_map_slot *sl = NULL;
		if (e->type == NER_ORG && entity_is_acronym(e->name)) {
			char ini[40] = "\x01";
			entity_bare_acronym(e->name, ini + 1, sizeof ini - 1);
			sl = entity_map_get(&last, ini, 0);
		} else if (e->type == NER_PERSON && !strchr(e->name, ' ')) {
			size_t n;
			char *f = text_fold(e->name, strlen(e->name), &n);
			sl = entity_map_get(&last, f, 0);
			free(f);
		}
		if (sl && sl->n == 1)
			target[i] = sl->v[0];
	}
	for (size_t d = 0; d < t->ndocs; d++)
		for (size_t k = 0; k < t->docs[d].n; k++) {
			size_t id = t->docs[d].v[k].id;
			if (target[id] != id)
				t->docs[d].v[k].id = target[id];
		}
	entity_map_free(&last);
	free(target);
}

size_t entity_mention_at(const struct entity_doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->v[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
