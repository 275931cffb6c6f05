/* xmalloc: the one place where running out of memory ends the program. */
#include "xmalloc.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

static void xmalloc_die(size_t n)
{
	fprintf(stderr, "crossread: out of memory (%zu bytes)\n", n);
	exit(3);
}

/* Blocks at least this big are backed by huge pages where the kernel
 * offers them on request: filling a 50 MB article's buffer a 4 KB page
 * at a time costs a page fault each, which made reading it ten times
 * slower than copying it. */
#define XMALLOC_HUGE (4u << 20)
#define XMALLOC_HUGE_PAGE ((uintptr_t)2 << 20)

/* Asks for huge pages for the whole 2 MB pages inside p[0..n). */
static void xmalloc_advise(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	if (n < XMALLOC_HUGE)
		return;
	uintptr_t s = ((uintptr_t)p + XMALLOC_HUGE_PAGE - 1) & ~(XMALLOC_HUGE_PAGE - 1);
	uintptr_t e = ((uintptr_t)p + n) & ~(XMALLOC_HUGE_PAGE - 1);
	if (e > s)
		madvise((void *)s, e - s, MADV_HUGEPAGE); /* advice: failing is harmless */
#else
	(void)p;
	(void)n;
#endif
}

/* Under a sanitizer malloc is its own, with heaps of its own making. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define XMALLOC_OWN_MALLOC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define XMALLOC_OWN_MALLOC 0
#endif
#endif
#if !defined(XMALLOC_OWN_MALLOC) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
#define XMALLOC_OWN_MALLOC 1
#endif
#ifndef XMALLOC_OWN_MALLOC
#define XMALLOC_OWN_MALLOC 0
#endif

/* The room glibc's malloc takes at once when a heap grows: its most for
 * a thread's heap (HEAP_MAX_SIZE, 64 MB on 64-bit systems, each heap
 * aligned to it), and what makes the first growth of the main heap (the
 * program break) hold a whole run's articles. */
#define XMALLOC_HEAP ((size_t)64 << 20)

#if XMALLOC_OWN_MALLOC
static atomic_int xmalloc_huge_on;
#endif

void xmalloc_huge_thread(void)
{
#if XMALLOC_OWN_MALLOC
	if (!atomic_load(&xmalloc_huge_on))
		return;
	/* A block of the calling thread's heap tells where the heap is. */
	char *p = malloc(1);
	if (!p)
		xmalloc_die(1);
	char *brk = sbrk(0);
	uintptr_t s, e;
	if (brk != (char *)-1 && p < brk && brk - p < (ptrdiff_t)(8 * XMALLOC_HEAP)) {
		/* The main heap, up to the break. */
		s = ((uintptr_t)p + XMALLOC_HUGE_PAGE - 1) & ~(XMALLOC_HUGE_PAGE - 1);
		e = (uintptr_t)brk & ~(XMALLOC_HUGE_PAGE - 1);
	} else {
		/* A thread's heap: the aligned block around p. */
		s = (uintptr_t)p & ~((uintptr_t)XMALLOC_HEAP - 1);
		e = s + XMALLOC_HEAP;
	}
	free(p);
	if (e > s)
		madvise((void *)s, e - s, MADV_HUGEPAGE); /* advice: failing is harmless */
#endif
}

void xmalloc_huge_heaps(void)
{
#if XMALLOC_OWN_MALLOC
	/* Every heap grows a whole XMALLOC_HEAP at once (a thread's is made
	 * that size), keeps what is freed, and gives blocks up to half that
	 * size from the heap rather than from a mapping of their own. */
	mallopt(M_TOP_PAD, (int)XMALLOC_HEAP);
	mallopt(M_TRIM_THRESHOLD, (int)(4 * XMALLOC_HEAP));
	mallopt(M_MMAP_THRESHOLD, (int)(XMALLOC_HEAP / 2));
	/* The main heap grown now, by a block taken and given back, so that
	 * the room advised below is there (volatile: else the compiler drops
	 * the pair). */
	void *volatile grow = malloc(XMALLOC_HEAP / 2 - 4096);
	free(grow);
	atomic_store(&xmalloc_huge_on, 1);
	xmalloc_huge_thread();
#endif
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		xmalloc_die(n);
	xmalloc_advise(p, n);
	return p;
}

FILE *xmemstream(char **buf, size_t *len)
{
	FILE *f = open_memstream(buf, len);
	if (!f)
		xmalloc_die(BUFSIZ);	/* it fails only for want of memory */
	return f;
}

void *xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		xmalloc_die(count * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		xmalloc_die(n);
	xmalloc_advise(p, n);
	return p;
}

void *xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap;
	if (need <= c)
		return p;
	if (c < 8)
		c = 8;
	while (c < need) {
		if (c > SIZE_MAX / 2 / size)
			xmalloc_die(SIZE_MAX);
		c *= 2;
	}
	*cap = c;
	return xrealloc(p, c * size);
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	char *s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

void xbuf_put(struct xbuf *b, const char *s, size_t n)
{
	/* Doubling keeps appending a byte at a time linear. */
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

/* The blocks of one thread, chained from a thread-specific key whose
 * destructor frees them. */
struct xthread_block {
	struct xthread_block *next;
	max_align_t data[];
};
static pthread_once_t xthread_once = PTHREAD_ONCE_INIT;
static pthread_key_t xthread_key;

static void xthread_free(void *p)
{
	for (struct xthread_block *b = p, *next; b; b = next) {
		next = b->next;
		free(b);
	}
}

static void xthread_key_make(void)
{
	if (pthread_key_create(&xthread_key, xthread_free) != 0) {
		fprintf(stderr, "crossread: cannot create a thread key\n");
		exit(3);
	}
}

void *xthread_calloc(size_t size)
{
	pthread_once(&xthread_once, xthread_key_make);
	/* A cache line more, for the start of a line. */
	struct xthread_block *b = xcalloc(1, sizeof *b + size + 63);
	b->next = pthread_getspecific(xthread_key);
	if (pthread_setspecific(xthread_key, b) != 0)
		xmalloc_die(size);
	return (void *)(((uintptr_t)b->data + 63) & ~(uintptr_t)63);
}

/* --- Scratch ----------------------------------------------------------- */

/* The most a thread keeps between items: a bigger item's arrays come
 * from malloc, one by one, as before. */
#define XSCRATCH_KEEP ((size_t)8 << 20)
#define XSCRATCH_ALIGN (sizeof(max_align_t))

/* Under AddressSanitizer every block is malloc's own, so that an access
 * past one array is caught, not lost inside the shared block. */
#if defined(__SANITIZE_ADDRESS__)
#define XSCRATCH_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define XSCRATCH_SANITIZED 1
#endif
#endif
#ifndef XSCRATCH_SANITIZED
#define XSCRATCH_SANITIZED 0
#endif

/* A block given out from malloc at least this big, malloc's mapping
 * threshold (xmalloc_huge_heaps), is kept when released, the largest one,
 * for the next such block: one was mapped and unmapped at every batch of
 * a huge article, its pages faulted in anew each time, unless the heap
 * happened to have the room. Smaller blocks come from the heap, which
 * keeps what is freed. */
#define XSCRATCH_SPARE_MIN (XMALLOC_HEAP / 2)
/* The biggest block kept so (the heaps keep as much: M_TRIM_THRESHOLD). */
#define XSCRATCH_SPARE_MAX (4 * XMALLOC_HEAP)

struct xscratch {
	char *base;		/* the kept block */
	size_t cap, used;	/* its size, and how much of it is given out */
	size_t peak;		/* the most an item has asked for */
	void **big;		/* blocks given out from malloc, in order */
	size_t *bigsize;	/* their sizes */
	size_t nbig, bigcap, bigsizecap;
	void *spare;		/* a big block released, or NULL */
	size_t sparesize;
};
static _Thread_local struct xscratch *xscratch;
static pthread_once_t xscratch_once = PTHREAD_ONCE_INIT;
static pthread_key_t xscratch_key;

static void xscratch_free(void *p)
{
	struct xscratch *x = p;
	for (size_t i = 0; i < x->nbig; i++)
		free(x->big[i]);
	free(x->big);
	free(x->bigsize);
	free(x->spare);
	free(x->base);
	free(x);
}

static void xscratch_key_make(void)
{
	if (pthread_key_create(&xscratch_key, xscratch_free) != 0) {
		fprintf(stderr, "crossread: cannot create a thread key\n");
		exit(3);
	}
}

static struct xscratch *xscratch_get(void)
{
	if (xscratch)
		return xscratch;
	pthread_once(&xscratch_once, xscratch_key_make);
	xscratch = xcalloc(1, sizeof *xscratch);
	if (pthread_setspecific(xscratch_key, xscratch) != 0)
		xmalloc_die(sizeof *xscratch);
	return xscratch;
}

struct xscratch_mark xscratch_mark(void)
{
	struct xscratch *x = xscratch_get();
	struct xscratch_mark m = { x->used, x->nbig };
	return m;
}

void *xscratch_alloc(size_t n)
{
	struct xscratch *x = xscratch_get();
	size_t need = (n + XSCRATCH_ALIGN - 1) / XSCRATCH_ALIGN * XSCRATCH_ALIGN;
	if (need < n)
		xmalloc_die(n);
	if (!XSCRATCH_SANITIZED && x->used <= x->cap && need <= x->cap - x->used) {
		void *p = x->base + x->used;
		x->used += need;
		return p;
	}
	if (x->used + need > x->peak)
		x->peak = x->used + need;
	if (x->nbig == x->bigcap)
		x->big = xgrow(x->big, &x->bigcap, x->nbig + 1, sizeof *x->big);
	if (x->nbig == x->bigsizecap)
		x->bigsize = xgrow(x->bigsize, &x->bigsizecap, x->nbig + 1, sizeof *x->bigsize);
	void *p;
	if (!XSCRATCH_SANITIZED && x->spare && n <= x->sparesize && n >= XSCRATCH_SPARE_MIN) {
		p = x->spare;
		x->bigsize[x->nbig] = x->sparesize;
		x->spare = NULL;
		x->sparesize = 0;
	} else {
		/* One that may be kept is rounded up, so that the next batch's,
		 * a little bigger, fits in it too. */
		size_t size = n >= XSCRATCH_SPARE_MIN ? (n + XMALLOC_HUGE - 1) / XMALLOC_HUGE * XMALLOC_HUGE : n;
		p = xmalloc(size < n ? n : size);
		x->bigsize[x->nbig] = size < n ? n : size;
	}
	x->big[x->nbig++] = p;
	/* Counted as taken, so that the block kept next time holds it. */
	x->used += XSCRATCH_SANITIZED ? 0 : need;
	return p;
}

void xscratch_release(struct xscratch_mark m)
{
	struct xscratch *x = xscratch_get();
	while (x->nbig > m.nbig) {
		x->nbig--;
		void *p = x->big[x->nbig];
		size_t size = x->bigsize[x->nbig];
		if (!XSCRATCH_SANITIZED && size >= XSCRATCH_SPARE_MIN && size <= XSCRATCH_SPARE_MAX &&
		    size > x->sparesize) {
			free(x->spare);
			x->spare = p;
			x->sparesize = size;
		} else {
			free(p);
		}
	}
	x->used = m.used;
	/* Out of every item: the kept block grows to what the largest took. */
	if (x->used == 0 && x->nbig == 0 && x->peak > x->cap && x->peak <= XSCRATCH_KEEP) {
		size_t cap = 64 * 1024;
		while (cap < x->peak)
			cap *= 2;
		free(x->base);
		x->base = xmalloc(cap);
		x->cap = cap;
	}
}
