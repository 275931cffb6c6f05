/* pool: threads that take the next item in turn; the caller's thread works
 * too, and between items hands over, in order, the results that are
 * ready, waiting for the missing one only when no work is left. */
#include "pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "xmalloc.h"

struct pool {
	size_t n;
	pool_work_fn work;
	void *ctx;
	void **results;		/* item i's result, until taken */
	unsigned char *ready;	/* whether item i's result is made */
	size_t next;		/* the next item to work on */
	int stop;		/* take asked to stop: no more work */
	pthread_mutex_t lock;
	pthread_cond_t made;	/* a result is ready */
};

struct pool_thread {
	struct pool *p;
	size_t worker;
};

size_t pool_workers(size_t n)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 8 || cores < 2)
		return 1;	/* threads would cost more than they save */
	return cores > POOL_MAX ? POOL_MAX : (size_t)cores;
}

/* Claims the next item to work on, if there is one (called locked). */
static int pool_claim(struct pool *p, size_t *i)
{
	if (p->stop || p->next >= p->n)
		return 0;
	*i = p->next++;
	return 1;
}

/* Does item i's work and records its result (called unlocked). */
static void pool_do(struct pool *p, size_t i, size_t worker)
{
	void *r = p->work(i, worker, p->ctx);
	pthread_mutex_lock(&p->lock);
	p->results[i] = r;
	p->ready[i] = 1;
	pthread_cond_signal(&p->made);
	pthread_mutex_unlock(&p->lock);
}

static void *pool_thread_run(void *arg)
{
	struct pool_thread *t = arg;
	struct pool *p = t->p;
	xmalloc_huge_thread();
	for (;;) {
		size_t i;
		pthread_mutex_lock(&p->lock);
		int more = pool_claim(p, &i);
		pthread_mutex_unlock(&p->lock);
		if (!more)
			return NULL;
		pool_do(p, i, t->worker);
	}
}

size_t pool_run(size_t n, size_t workers, pool_work_fn work, pool_take_fn take, pool_drop_fn drop, void *ctx)
{
	if (n == 0)
		return 0;
	if (workers < 1)
		workers = 1;
	if (workers > POOL_MAX)
		workers = POOL_MAX;
	struct pool p = { n, work, ctx, xcalloc(n, sizeof *p.results), xcalloc(n, 1), 0, 0,
			  PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER };
	pthread_t th[POOL_MAX];
	struct pool_thread args[POOL_MAX];
	size_t started = 0;
	for (size_t w = 1; w < workers; w++) {
		args[started] = (struct pool_thread){ &p, started + 1 };
		if (pthread_create(&th[started], NULL, pool_thread_run, &args[started]) == 0)
			started++;
	}
	size_t taken = 0;
	pthread_mutex_lock(&p.lock);
	while (taken < n) {
		size_t i;
		if (!p.ready[taken]) {
			/* Work while the next result is missing; wait when
			 * there is none left to do. */
			if (pool_claim(&p, &i)) {
				pthread_mutex_unlock(&p.lock);
				pool_do(&p, i, 0);
				pthread_mutex_lock(&p.lock);
			} else {
				pthread_cond_wait(&p.made, &p.lock);
			}
			continue;
		}
		void *r = p.results[taken];
		p.results[taken] = NULL;
		pthread_mutex_unlock(&p.lock);
		int stop = take ? take(taken, r, ctx) : 0;
		taken++;
		pthread_mutex_lock(&p.lock);
		if (stop) {
			p.stop = 1;
			break;
		}
	}
	pthread_mutex_unlock(&p.lock);
	for (size_t k = 0; k < started; k++)
		pthread_join(th[k], NULL);
	for (size_t i = taken; i < n; i++)
		if (p.results[i] && drop)
			drop(p.results[i], ctx);
	pthread_mutex_destroy(&p.lock);
	pthread_cond_destroy(&p.made);
	free(p.results);
	free(p.ready);
	return taken;
}
