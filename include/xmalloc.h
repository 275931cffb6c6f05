/* xmalloc: allocation that never returns NULL. Out-of-memory is fatal here,
 * in one place, so that no other module has to handle it. */
#ifndef CROSSREAD_XMALLOC_H
#define CROSSREAD_XMALLOC_H

#include <stddef.h>
#include <stdio.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grows an array of `size`-byte items to hold at least `need` items. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
/* A zeroed block that belongs to the calling thread and is freed when
 * the thread ends: for per-thread caches, which as _Thread_local arrays
 * would be cleared at every thread's start (and the program's). */
void *xthread_calloc(size_t size);
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
