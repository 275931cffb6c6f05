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

/* The articles' entities, linked: from the snapshot when there is one,
 * else recognized and linked. Call before anything parses the articles
 * (the snapshot's key is the hash of each one's bytes as read, which is
 * what the reader hashes). A database that cannot be opened or read only
 * makes it slower; one set aside as damaged is reported on stderr. */
struct entity_table *resolve_corpus(struct resolve *r, struct corpus *c);

/* Keeps the table resolve_corpus made as the set's snapshot (nothing
 * when it was read from one), closes the database and frees r. Call once
 * the output is out: the writing does not hold it up. */
void resolve_finish(struct resolve *r, const struct entity_table *t);

#endif
