/* trace: phase times of a start to a file. See trace.h. */
#include "trace.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static pthread_once_t trace_once = PTHREAD_ONCE_INIT;
static FILE *trace_fp;

static void trace_open(void)
{
	const char *path = getenv("CROSSREAD_TRACE");
	if (path && *path)
		trace_fp = fopen(path, "a");
}

void trace_mark(const char *what)
{
	pthread_once(&trace_once, trace_open);
	if (!trace_fp)
		return;
	/* The real-time clock, so that the lines can be set against the
	 * clock of the shell that started the program. */
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	fprintf(trace_fp, "%lld.%06ld %s\n", (long long)ts.tv_sec, ts.tv_nsec / 1000, what);
	fflush(trace_fp);
}
