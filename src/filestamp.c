/* filestamp: telling a changed file from stat alone. */
#include "filestamp.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include "xmalloc.h"

int filestamp_take(const char *path, struct filestamp *s)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		memset(s, 0, sizeof *s);
		s->error = errno;
		return -1;
	}
	filestamp_from_stat(&st, s);
	return 0;
}

void filestamp_from_stat(const struct stat *st0, struct filestamp *s)
{
	const struct stat st = *st0;
	memset(s, 0, sizeof *s);
	s->exists = 1;
	s->dev = st.st_dev;
	s->ino = st.st_ino;
	s->size = st.st_size;
	s->mtime_sec = (long long)st.st_mtim.tv_sec;
	s->mtime_nsec = st.st_mtim.tv_nsec;
}

enum filestamp_change filestamp_compare(const struct filestamp *then, const struct filestamp *now)
{
	if (!now->exists)
		/* Only a missing name is "deleted"; a file that cannot be read
		 * any more (permissions) has changed, and reloading says why. */
		return now->error == ENOENT || now->error == ENOTDIR ? FILESTAMP_GONE : FILESTAMP_CHANGED;
	if (!then->exists)
		return FILESTAMP_CHANGED; /* back again, or there at last */
	if (then->dev != now->dev || then->ino != now->ino || then->size != now->size ||
	    then->mtime_sec != now->mtime_sec || then->mtime_nsec != now->mtime_nsec)
		return FILESTAMP_CHANGED;
	return FILESTAMP_SAME;
}

enum filestamp_change filestamp_check(const char *path, const struct filestamp *then, struct filestamp *now)
{
	struct filestamp s;
	filestamp_take(path, &s);
	if (now)
		*now = s;
	return filestamp_compare(then, &s);
}

int filestamp_key(struct xbuf *b, const char *path, const struct filestamp *s)
{
	if (!s->exists)
		return -1;
	/* The path with its NUL, then the numbers at a fixed width: the
	 * bytes of one file cannot run into the next's. */
	uint64_t v[5] = { (uint64_t)s->dev, (uint64_t)s->ino, (uint64_t)s->size, (uint64_t)s->mtime_sec,
			  (uint64_t)s->mtime_nsec };
	xbuf_put(b, path, strlen(path) + 1);
	xbuf_put(b, (const char *)v, sizeof v);
	return 0;
}
