/* xmalloc: allocation that never returns NULL. Out-of-memory is fatal here,
 * in one place, so that no other module has to handle it. */
#ifndef CROSSREAD_XMALLOC_H
#define CROSSREAD_XMALLOC_H

#include <stddef.h>
#include <stdio.h>

void *xmalloc(size_t n);
/* For a run that allocates a lot and frees little (the printing modes):
 * malloc's heaps grown in big steps, kept, and backed by huge pages where
 * the kernel offers them on request, for the calling thread and for those
 * that then call xmalloc_huge_thread (pool threads do). Over Reuters'
 * 21,578 stories the 33,000 faults of 4 KB pages, the heaps' growth a page
 * at a time (3,600 mprotect calls) and the misses of the address cache
 * that small pages make cost a tenth of the CPU time. Without glibc, or
 * under a sanitizer, they do nothing. */
void xmalloc_huge_heaps(void);
void xmalloc_huge_thread(void);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grows an array of `size`-byte items to hold at least `need` items. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
/* A zeroed block that belongs to the calling thread and is freed when
 * the thread ends: for per-thread caches, which as _Thread_local arrays
 * would be cleared at every thread's start (and the program's). It starts
 * a cache line (64 bytes), so that a cache's slots of a line's size are
 * each one line. */
void *xthread_calloc(size_t size);
/* Scratch memory of the calling thread, for the arrays that the same
 * work allocates for every item and frees at its end: taken from one
 * block that is kept from item to item (and grown to what the largest
 * item took, up to a limit), where malloc and free for each array cost
 * several percent of the recognizer's time. xscratch_mark notes where the
 * scratch is; xscratch_release frees everything xscratch_alloc gave out
 * since (marks nest). Blocks are aligned as malloc's, uninitialized. */
struct xscratch_mark {
	size_t used, nbig;
};
struct xscratch_mark xscratch_mark(void);
void *xscratch_alloc(size_t n);
void xscratch_release(struct xscratch_mark m);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* A string that grows as text is appended: s holds n bytes and a NUL. */
struct xbuf {
	char *s;
	size_t n, cap;
};
void xbuf_put(struct xbuf *b, const char *s, size_t n);

/* open_memstream(3), never NULL: a stream that writes into *buf, *len
 * bytes long once it is flushed or closed (free *buf after fclose). */
FILE *xmemstream(char **buf, size_t *len);

/* printf into a fresh string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
