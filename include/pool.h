/* pool: the same work done for every item of a list on every core, with
 * the results taken in the list's order in the caller's thread, so that
 * what is printed from them is the same however many threads ran. */
#ifndef CROSSREAD_POOL_H
#define CROSSREAD_POOL_H

#include <stddef.h>

/* The most threads a pool runs. */
#define POOL_MAX 8

/* Makes item i's result (may be NULL), on thread `worker` (0 is the
 * caller's, up to the pool's workers - 1), so that each thread can have
 * state of its own. */
typedef void *(*pool_work_fn)(size_t i, size_t worker, void *ctx);
/* Takes item i's result, in the caller's thread, in order; returns
 * nonzero to stop there. */
typedef int (*pool_take_fn)(size_t i, void *result, void *ctx);
/* Disposes of a result made but not taken, after a stop. */
typedef void (*pool_drop_fn)(void *result, void *ctx);

/* How many threads a pool for n items runs: the cores (POOL_MAX at
 * most), one for a handful of items. */
size_t pool_workers(size_t n);

/* Calls work for every item in [0, n) on `workers` threads (the caller's
 * among them; at least 1, at most POOL_MAX), and take (NULL: none, for
 * work that leaves its results in ctx) for items 0, 1, 2...
 * in order as their results are ready, until take returns nonzero: no
 * work starts after that, and the results made but not taken go to drop
 * (if not NULL). Returns how many items were taken. */
size_t pool_run(size_t n, size_t workers, pool_work_fn work, pool_take_fn take, pool_drop_fn drop, void *ctx);

#endif
