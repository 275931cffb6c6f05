/* filestamp: whether a file has changed on disk since it was read, told
 * cheaply from what stat says of it (its identity, size and modification
 * time), without reading it. One stat per check, so that a reader can
 * look at the file it shows every few seconds. */
#ifndef CROSSREAD_FILESTAMP_H
#define CROSSREAD_FILESTAMP_H

#include <sys/types.h>

/* What stat said of a file at one moment. */
struct filestamp {
	int exists;		/* stat succeeded */
	int error;		/* errno when it did not */
	dev_t dev;
	ino_t ino;
	off_t size;
	long long mtime_sec;	/* modification time, nanoseconds apart */
	long mtime_nsec;
};

enum filestamp_change {
	FILESTAMP_SAME,		/* nothing stat sees has changed */
	FILESTAMP_CHANGED,	/* rewritten, replaced (another inode), resized or unreadable */
	FILESTAMP_GONE		/* deleted (or its directory is) */
};

struct stat;

/* Fills *s from what stat (or fstat) said. */
void filestamp_from_stat(const struct stat *st, struct filestamp *s);

/* Stats path into *s; returns 0, or -1 with s->exists 0 and s->error set. */
int filestamp_take(const char *path, struct filestamp *s);

/* How the file stamped now differs from when it was stamped then. */
enum filestamp_change filestamp_compare(const struct filestamp *then, const struct filestamp *now);

/* Stamps path and compares with then (one stat); *now, when not NULL,
 * receives the new stamp. */
enum filestamp_change filestamp_check(const char *path, const struct filestamp *then, struct filestamp *now);

struct xbuf;

/* Appends path and what stat said of its file (identity, size,
 * modification time) to b, for the key of a set of files
 * (store_stamps_get): any change stat sees makes other bytes, and no two
 * lists of files make the same. Returns 0, or -1 (nothing appended) when
 * the file was not stamped (s->exists 0). */
int filestamp_key(struct xbuf *b, const char *path, const struct filestamp *s);

#endif
