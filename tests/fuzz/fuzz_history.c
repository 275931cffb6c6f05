/* fuzz_history: a libFuzzer harness for the search history. The bytes
 * are a history file as the disk may hold it (damaged, edited by hand):
 * history_load reads it; then the entries it gave, and entries made of
 * the bytes split at NULs, are saved to a fresh file and read back.
 * Checks the promises of history.h: no two entries equal, none empty, at
 * most HISTORY_MAX, and a save and a reload give back exactly the same
 * entries, whatever bytes they hold. The files live in a directory of
 * this process's, in memory when /dev/shm is there (history_save syncs
 * the file, which on a disk would cost milliseconds a run), made and
 * removed by each run: libFuzzer's exit runs no atexit handler. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "history.h"
#include "xmalloc.h"

static char *fuzz_dir, *fuzz_state, *fuzz_in, *fuzz_out;

static void fuzz_fail(const char *what, size_t k)
{
	fprintf(stderr, "fuzz_history: promise broken: %s (entry %zu)\n", what, k);
	abort();
}

static void fuzz_cleanup(void)
{
	unlink(fuzz_in);
	unlink(fuzz_out);
	rmdir(fuzz_state);
	rmdir(fuzz_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_dir = xasprintf("%s/fuzz-history.%ld", access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp",
			     (long)getpid());
	fuzz_state = xasprintf("%s/state", fuzz_dir);
	fuzz_in = xasprintf("%s/in", fuzz_dir);
	fuzz_out = xasprintf("%s/out", fuzz_state);
	return 0;
}

static void fuzz_valid(const struct history *h)
{
	if (h->n > HISTORY_MAX)
		fuzz_fail("more than HISTORY_MAX entries", h->n);
	for (size_t i = 0; i < h->n; i++) {
		if (!h->entries[i] || !h->entries[i][0])
			fuzz_fail("an empty entry", i);
		/* Equal neighbours are the likely slip; all pairs is quadratic
		 * in 500 entries, still small. */
		for (size_t j = i + 1; j < h->n; j++)
			if (strcmp(h->entries[i], h->entries[j]) == 0)
				fuzz_fail("two equal entries", j);
	}
}

/* Saves h to a fresh file and reads it back: the same entries. */
static void fuzz_roundtrip(struct history *h)
{
	char *err = NULL;
	unlink(fuzz_out);
	if (history_save(h, fuzz_out, &err) != 0) {
		fprintf(stderr, "%s\n", err ? err : "?");
		fuzz_fail("save failed", 0);
	}
	struct history *back = history_load(fuzz_out, &err);
	if (err)
		fuzz_fail("reload failed", 0);
	if (back->n != h->n)
		fuzz_fail("a save and reload change the number of entries", back->n);
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(back->entries[i], h->entries[i]) != 0)
			fuzz_fail("a save and reload change an entry", i);
	history_free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 64 * 1024)
		return 0;
	mkdir(fuzz_dir, 0700);
	FILE *f = fopen(fuzz_in, "wb");
	if (!f)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	char *err = NULL;
	struct history *h = history_load(fuzz_in, &err);
	if (err)
		fuzz_fail("a readable file reported unreadable", 0);
	fuzz_valid(h);
	fuzz_roundtrip(h);
	history_free(h);
	/* Entries of any bytes but NUL, added as the prompt adds them. */
	h = history_new();
	char *copy = xmalloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';
	for (size_t i = 0; i <= size;) {
		history_add(h, copy + i);
		i += strlen(copy + i) + 1;
	}
	free(copy);
	fuzz_valid(h);
	fuzz_roundtrip(h);
	history_free(h);
	fuzz_cleanup();
	return 0;
}
