/* resolve: the identity pass of the printing modes (--entities, --xref,
 * --search @name). A set of articles the state database has a snapshot
 * of (the same articles, by content, in the same order, linked by the
 * same build: the reader's or an earlier printing run's) is read from
 * it; any other set is recognized and linked, and then kept as that set's
 * snapshot, so that the next run over it does not recognize it again. */
#ifndef CROSSREAD_RESOLVE_H
#define CROSSREAD_RESOLVE_H

struct corpus;
struct entity_table;
struct resolve;

/* Starts opening the state database on another thread (nothing when
 * use_state is 0), so that it is open by the time the articles are read. */
struct resolve *resolve_start(int use_state);

/* Without state: recognizes the articles of c as corpus_add_path reads
 * them (on the threads that read a directory), to be linked by
 * resolve_corpus. Call before the first corpus_add_path. */
void resolve_follow(struct resolve *r, struct corpus *c);

/* The articles' entities, linked: from the snapshot when there is one,
 * else recognized and linked (and kept as the snapshot on another
 * thread, until resolve_finish). Call before anything parses the articles
 * (the snapshot's key is the hash of each one's bytes as read, which is
 * what the reader hashes). A database that cannot be opened or read only
 * makes it slower; one set aside as damaged is reported on stderr. */
struct entity_table *resolve_corpus(struct resolve *r, struct corpus *c);

/* Waits for the table resolve_corpus made to be kept as the set's
 * snapshot (written on another thread meanwhile: the table must not
 * change or go until then), closes the database and frees r (NULL: none). */
void resolve_finish(struct resolve *r);

#endif
