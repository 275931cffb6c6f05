/* Unit tests of pool: every item worked once, on the threads asked for,
 * results taken in order whatever thread made them, and a stop that drops
 * what was made but not taken. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "pool.h"

#define POOL_TEST_N 2000

struct pool_test {
	atomic_int worked[POOL_TEST_N];
	size_t workers;
	int bad_worker;		/* a worker index out of range was given */
	size_t taken[POOL_TEST_N];
	size_t ntaken;
	size_t stop_at;		/* take stops at this item */
	atomic_size_t dropped;
};

static void *pool_test_work(size_t i, size_t worker, void *ctx)
{
	struct pool_test *t = ctx;
	if (worker >= t->workers)
		t->bad_worker = 1;
	atomic_fetch_add(&t->worked[i], 1);
	/* Items of uneven cost, so that threads finish out of order. */
	if (i % 7 == 0) {
		struct timespec d = { 0, 20000 };
		nanosleep(&d, NULL);
	}
	if (i % 3 == 0)
		return NULL;	/* a result may be nothing */
	size_t *r = malloc(sizeof *r);
	*r = i;
	return r;
}

static int pool_test_take(size_t i, void *result, void *ctx)
{
	struct pool_test *t = ctx;
	size_t *r = result;
	if ((i % 3 == 0) != (r == NULL) || (r && *r != i))
		t->bad_worker = 2;
	free(r);
	t->taken[t->ntaken++] = i;
	return i == t->stop_at;
}

static void pool_test_drop(void *result, void *ctx)
{
	struct pool_test *t = ctx;
	free(result);
	atomic_fetch_add(&t->dropped, 1);
}

static void test_pool_order(void)
{
	for (size_t workers = 1; workers <= 4; workers++) {
		struct pool_test *t = calloc(1, sizeof *t);
		t->workers = workers;
		t->stop_at = SIZE_MAX;
		CHECK_INT(pool_run(POOL_TEST_N, workers, pool_test_work, pool_test_take, pool_test_drop, t),
			  POOL_TEST_N);
		CHECK_INT(t->ntaken, POOL_TEST_N);
		int in_order = 1, once = 1;
		for (size_t i = 0; i < POOL_TEST_N; i++) {
			in_order &= t->taken[i] == i;
			once &= t->worked[i] == 1;
		}
		CHECK(in_order);
		CHECK(once);
		CHECK_INT(t->bad_worker, 0);
		CHECK_INT(t->dropped, 0);
		free(t);
	}
	CHECK_INT(pool_run(0, 2, pool_test_work, pool_test_take, pool_test_drop, NULL), 0);
	CHECK(pool_workers(3) == 1);
	CHECK(pool_workers(100000) >= 1 && pool_workers(100000) <= POOL_MAX);
}

/* A stop: nothing taken after it, every result made but not taken
 * dropped (those that were something), no item worked twice. */
static void test_pool_stop(void)
{
	struct pool_test *t = calloc(1, sizeof *t);
	t->workers = 3;
	t->stop_at = 500;
	CHECK_INT(pool_run(POOL_TEST_N, 3, pool_test_work, pool_test_take, pool_test_drop, t), 501);
	CHECK_INT(t->ntaken, 501);
	CHECK_INT(t->taken[500], 500);
	size_t made_after = 0;
	int once = 1;
	for (size_t i = 0; i < POOL_TEST_N; i++) {
		once &= t->worked[i] <= 1 && (i > 500 || t->worked[i] == 1);
		if (i > 500 && t->worked[i] && i % 3 != 0)
			made_after++;
	}
	CHECK(once);
	CHECK_INT(t->dropped, made_after);
	CHECK_INT(t->bad_worker, 0);
	free(t);
}

const struct check_test pool_tests[] = {
	{ "pool_order", test_pool_order },
	{ "pool_stop", test_pool_stop },
	{ NULL, NULL }
};
