/* ui_private: what the parts of the reader share: the reader's state
 * and the functions one part calls in another. ui.c runs the reader and
 * its commands, ui_side.c the side pane, ui_search.c the search, ui_draw.c
 * the drawing (ui_status.c the status line, ui_help.c the help screen),
 * ui_info.c the file information. Not for use outside them. */
#ifndef CROSSREAD_UI_PRIVATE_H
#define CROSSREAD_UI_PRIVATE_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "filestamp.h"
#include "keys.h"
#include "ner.h"
#include "prompt.h"
#include "search.h"
#include "store.h"
#include "tty.h"
#include "view.h"

struct article;
struct corpus;
struct entity_table;
struct entity_doc;
struct finder;
struct history;
struct ui_load;
struct xref;
struct ui_snap_load;
struct ui_stat;

#define UI_NO_ANCHOR SIZE_MAX

enum ui_pane { PANE_LIST, PANE_BODY, PANE_SIDE, PANE_COUNT };
enum ui_show { SHOW_AUTO, SHOW_ON, SHOW_OFF };

/* A pane's place on screen: a heading row at y, content below it. */
struct ui_rect {
	int x, y;	/* top-left corner of the heading */
	int w, h;	/* width, and height of the content (heading excluded) */
	int visible;	/* whether it is shown at all */
};

#define UI_NONE SIZE_MAX

/* What a side-pane line stands for; the selectable ones are not TEXT. */
enum ui_side_kind {
	SIDE_TEXT,	/* a heading or a detail */
	SIDE_ENTITY,	/* an entity of the article: Enter lists its mentions */
	SIDE_SNIPPET,	/* a mention in context: Enter goes there */
	SIDE_RELATED,	/* a related story: Enter opens it */
	SIDE_MATCH,	/* a search match in context: Enter goes there */
	SIDE_NOTE	/* a note's passage: Enter goes there */
};

/* A line of the side pane, already wrapped. */
struct ui_side_line {
	char *s;		/* clean UTF-8 */
	enum tty_style style;	/* how it is drawn */
	enum ui_side_kind kind;	/* what Enter does on it */
	size_t entity;		/* the entity (SIDE_ENTITY, SIDE_SNIPPET), or UI_NONE */
	size_t count;		/* its mentions here (SIDE_ENTITY), percent of this story's
				 * weighted names shared (SIDE_RELATED) */
	size_t elsewhere;	/* its mentions in the other articles (SIDE_ENTITY) */
	size_t article;		/* the article a snippet or related line points to */
	size_t mention;		/* the mention's index in that article's entity_doc */
	size_t hl_start, hl_end;/* the mention's bytes within s, to highlight */
	size_t start, end;	/* SIDE_MATCH, SIDE_NOTE: the match's or passage's bytes in the article */
};

/* What the recognizer found in an article, packed, waiting to be kept. */
struct ui_cached {
	char *key;		/* the article's cache key */
	unsigned char *data;	/* the packed findings */
	size_t len;
};

/* Where the reader was: a jump list entry. */
struct ui_place {
	size_t article;		/* the article open */
	size_t anchor;		/* the offset at the top of the body */
	int anchor_head;	/* the top was the title or date line */
	size_t ecur;		/* the selected mention, or UI_NONE */
	enum ui_pane focus;	/* the pane that had the focus */
	size_t side;		/* the entity whose mentions the side pane listed, UI_NONE for the
				 * story's cross-references, UI_SIDE_UNKNOWN (a place from the store) */
};

#define UI_SIDE_UNKNOWN (SIZE_MAX - 1)

/* Places the jump list keeps, as vim's 100: the oldest go first. */
#define UI_JUMPS_MAX 100

struct ui {
	struct corpus *c;		/* the articles */
	struct view **views;		/* one per article, made when first opened */
	size_t *anchors;		/* where each article was left, or UI_NO_ANCHOR */
	size_t cur;			/* the article in the body */
	size_t sel;			/* the selected row of the list */
	size_t list_top;		/* first row of the list shown */
	struct view_pos top;		/* first body line shown */
	size_t anchor;			/* file offset of the top line, kept across resizes */
	int anchor_head;		/* the top line is in the head, which has no offset */
	enum ui_pane focus;		/* which pane the keys move */
	enum ui_pane focus_lost;	/* the pane a resize hid with the focus on it, or PANE_COUNT */
	enum ui_show show[PANE_COUNT];	/* the user's wish for the side panes */
	int rows, cols;			/* screen size */
	struct ui_rect pane[PANE_COUNT];
	struct ui_side_line *side;	/* the side pane's lines */
	size_t nside;
	size_t side_top;		/* first side line shown */
	size_t side_sel;		/* the selected side line (an entity's), or UI_NONE */
	struct entity_table *ents;	/* entities of the articles opened so far */
	size_t ecur;			/* the selected mention of this article, or UI_NONE */
	int hide[NER_NTYPES];		/* highlighting turned off, per type */
	int hide_all;			/* all highlighting turned off */
	int pending_toggle;		/* the next key names a type to toggle */
	struct xref *xref;		/* cross-references, once every article is indexed */
	size_t indexed;			/* articles recognized so far */
	int linked;			/* entity_link has run: the indexer is done */
	/* The indexer: a thread that recognizes every article, the current
	 * one first, with a helper on each other core, then links them and
	 * builds the cross-references. They and the reader share the table,
	 * the corpus (parsing) and the fields above under `lock`, which the
	 * reader holds except while it waits for a key; recognition itself
	 * runs unlocked. */
	pthread_t worker;
	pthread_t helpers[7];		/* more indexers, one per other core, that only recognize */
	size_t nhelpers;
	unsigned char *claimed;		/* per article: an indexer has taken it */
	size_t inflight;		/* articles taken and not yet committed */
	pthread_mutex_t lock;
	int worker_running;		/* the thread was started and not joined */
	int tables_ready;		/* the reader has filled the lexicon's and model's
					 * tables: recognition may start */
	int snap_trying;		/* the indexer is reading the snapshot of this set */
	int stop;			/* the reader is quitting */
	size_t want;			/* the article to recognize next, if not done */
	int doc_was_ready;		/* the current article's entities were shown */
	/* Search. */
	struct finder *find;		/* the pattern and its matches */
	struct history *hist;		/* the prompt's history, kept between runs */
	char *hist_path;		/* where it is kept, or NULL */
	int prompting;			/* the prompt open: '/', '?', '&' or 'F'; 0 if none */
	struct prompt pr;		/* its line */
	int search_dir;			/* 1 for /, -1 for ? */
	int search_regex;		/* the last search was a regular expression */
	int search_word;		/* the last search matched whole words only */
	struct ui_place search_origin;	/* where the search began: Esc returns there */
	size_t origin_offset;		/* the offset it searches from */
	struct search_match match;	/* the match the reader is on */
	int have_match;			/* there is one */
	int hl_off;			/* Esc hid the matches' highlight (n shows it again) */
	int search_all;			/* n and N go on to the other stories */
	int side_results;		/* the side pane lists the results of a search of all */
	size_t *related;		/* per story, its share with related_for in percent (0: none) */
	size_t related_for;		/* the story those counts are for, or UI_NONE */
	struct xref_related *rel;	/* the stories related to related_for, ranked */
	size_t nrel;
	size_t side_entity;		/* the entity whose mentions the side pane lists, or UI_NONE */
	struct ui_place *jumps;		/* the jump list, oldest first */
	size_t njumps, capjumps;
	size_t jump_pos;		/* where in it the reader is (njumps: at the newest) */
	int side_width;			/* width the side lines were wrapped to */
	int side_want;			/* the side pane's width chosen with - and +, in
					 * thousandths of the terminal's; 0: the default */
	size_t side_at;			/* the story the side pane last followed the reader to */
	size_t side_at_entity;		/* and the entity selected there then, or UI_NONE */
	int help;			/* the help screen is up */
	size_t help_top;		/* first help line shown */
	/* What is remembered between runs (ui_state.c). */
	struct store *store;		/* the state database, or NULL (--no-state, or it failed) */
	int store_tried;		/* it was opened (or failed to), once */
	char (*hashes)[STORE_HASH_SIZE];/* each article's hash, which the store knows it by */
	char **paths;			/* each article's absolute path (or URL) for the store, or NULL */
	unsigned char *read;		/* per article: read (its end was on screen, or it was open a while) */
	long long *saved;		/* per article: the offset last stored, or UI_UNSAVED */
	unsigned char *saved_read;	/* per article: the read flag last stored */
	char set_key[STORE_HASH_SIZE];	/* the hash of this set of articles */
	long long opened_at;		/* when the current article was opened (monotonic seconds) */
	int read_chosen;		/* R set the current article's flag: not marked read again until reopened */
	struct store_mark marks[52];	/* marks a-z, A-Z without a store (hash empty: unset) */
	int pending;			/* the next key completes m or ' ; 0 if none */
	long count;			/* a count typed before a command (500G), 0 if none */
	int state_error_shown;		/* a failed write was reported already */
	char version[STORE_HASH_SIZE];	/* the program's version for the cache of recognition, "" until known */
	struct ui_cached *cache_pending;/* findings not yet written, written many to a transaction */
	unsigned char **cache_data;	/* per article: its kept findings read ahead, or NULL */
	size_t *cache_len;
	unsigned char *cache_fetched;	/* per article: the cache was asked for it */
	size_t ncache_pending, capcache_pending;
	struct ui_snap_load *snap_load;	/* the snapshot read at the start, being unpacked */
	int snap_asked;			/* it was asked for at the start */
	unsigned char *snap_pending;	/* the snapshot of this set, packed, not yet written */
	size_t snap_len;
	char snap_key[STORE_HASH_SIZE];	/* the set it is of */
	int side_notes;			/* the side pane lists the notes */
	size_t note_start, note_end;	/* the passage the note being typed is on */
	/* A passage being selected (ui_select.c): its bytes in the article. */
	int selecting;			/* v started one, not yet ended */
	size_t sel_start, sel_end;	/* [start, end) in the article's text */
	/* The list (ui_list.c): which stories it shows, in what order. */
	size_t *order;			/* the articles shown, in order */
	size_t nshown;			/* how many (at least one) */
	int sort;			/* enum ui_sort */
	char *limit;			/* the limit's pattern as typed, or NULL for all */
	unsigned char *limit_set;	/* per article: the limit shows it; NULL for all */
	char *list_find;		/* the list search's pattern, folded, or NULL */
	int list_dir;			/* 1 for / in the list, -1 for ? */
	size_t list_origin;		/* the selection when the list prompt opened */
	struct ui_stat *stat;		/* the set known by its files' stamps (ui_stat.c), or NULL */
	/* Files changed on disk (ui_reload.c). */
	struct filestamp *stamps;	/* per article: its file as it was read */
	unsigned char *disk;		/* per article: enum ui_disk */
	unsigned char *dropped;		/* per article: deleted, and indexed as empty */
	size_t watch_next;		/* the next of the other files to look at on the timer */
	long long watch_at;		/* when the timer last looked (monotonic milliseconds) */
	/* A big file opened from its first part (ui_load.c). */
	struct ui_load *load;		/* the whole being parsed, or NULL once it is in place */
	int store_later;		/* the store is opened when the whole is in place */
	int index_later;		/* the whole is in place: the indexer starts after the next draw */
	char *msg;			/* the message line, or NULL */
	int msg_error;			/* the message is an error */
	int quit;			/* leave the main loop */
};

/* ui.c */
int ui_body_width(const struct ui *u);
enum keys_mode ui_keys_mode(const struct ui *u);
const struct entity_doc *ui_doc(struct ui *u);
const struct entity_doc *ui_doc_of(struct ui *u, size_t a);
void ui_goto_place(struct ui *u, struct ui_place p);
struct ui_place ui_here(const struct ui *u);
struct view_pos ui_bottom(struct ui *u);
int ui_side_width(const struct ui *u);
void ui_jump_push(struct ui *u);
void ui_jump_open(struct ui *u, size_t a);
void ui_jump_to(struct ui *u, size_t a, size_t k);
void ui_layout(struct ui *u);
void ui_message(struct ui *u, int error, char *msg);
void ui_open(struct ui *u, size_t i);
void ui_set_top(struct ui *u, struct view_pos p);
void ui_show_offset(struct ui *u, size_t off);
int ui_type_shown(const struct ui *u, enum ner_type t);
struct view *ui_view(struct ui *u);

/* Stops the indexer, waiting for the articles it is on, so that articles
 * can be replaced; then starts it again over a fresh table, which every
 * article goes into again (the cache of recognition gives back the
 * unchanged ones at once). Under the lock. */
void ui_index_stop(struct ui *u);
void ui_index_start(struct ui *u);

/* ui_reload.c */
enum ui_disk { UI_DISK_SAME, UI_DISK_CHANGED, UI_DISK_GONE, UI_DISK_UNWATCHED };
/* How often the current story's file is looked at while the reader waits. */
#define UI_RELOAD_MS 2000
/* A search of all the stories counted: the deleted files apart. */
struct ui_reload_counts {
	size_t total, stories;		/* matches, and stories with some, in files still there */
	size_t changed_stories;		/* of those, stories whose file changed since it was read */
	size_t gone, gone_stories;	/* matches, and stories, in deleted files */
};
void ui_reload_start(struct ui *u);
void ui_reload_end(struct ui *u);
/* The list's mark for article i: "~ " changed, "\u2717 " deleted, else "". */
const char *ui_reload_mark(const struct ui *u, size_t i);
int ui_reload_check(struct ui *u, size_t i);
size_t ui_reload_check_all(struct ui *u, int matched_only);
/* On each wake of the main loop: every UI_RELOAD_MS, the current file and
 * a few others; returns whether a change was newly seen (draw again). */
int ui_reload_tick(struct ui *u);
/* ui_open has opened u->cur: its file is looked at. */
void ui_reload_opened(struct ui *u);
/* Whether article i's matches count as found: its file is not deleted. */
int ui_reload_counted(const struct ui *u, size_t i);
void ui_reload_count(struct ui *u, struct ui_reload_counts *k);
/* What a search's count adds about changed and deleted files ("" if none). */
char *ui_reload_count_note(const struct ui_reload_counts *k);
void ui_reload(struct ui *u);
/* ^R's work without looking at the files first: reads those marked
 * changed again and indexes the set afresh. */
void ui_reload_changed(struct ui *u);

/* ui_load.c */
/* Before the first screen: when the one article is a big plain-text file,
 * puts its first part in its place, for ui_load_begin to read and parse
 * the whole. Returns whether it did. */
int ui_load_start(struct ui *u);
/* After the first screen is drawn: starts the thread that reads and
 * parses the whole (the screen's drawing and the thread would share the
 * cores). */
void ui_load_begin(struct ui *u);
/* Whether the whole is still being parsed (the part is shown). */
int ui_load_pending(const struct ui *u);
/* On each wake of the main loop: puts the whole in place once parsed;
 * returns whether it did (draw again). */
int ui_load_poll(struct ui *u);
/* After a draw: starts the indexer once the whole is in place. */
void ui_load_index(struct ui *u);
/* Waits for the whole, saying so, and puts it in place. */
void ui_load_wait(struct ui *u);
/* Before a command: waits for the whole when the command needs it (G,
 * a percentage, a search, the file's figures). */
void ui_load_before(struct ui *u, enum keys_cmd cmd, long count);
/* Before the body scrolls n lines: waits for the whole when the first
 * part ends before them. */
void ui_load_scroll(struct ui *u, long n);

/* ui_side.c */
void ui_side_build(struct ui *u);
/* Shows the side pane (rebuilt) and focuses it; returns 0 when the
 * terminal is too narrow for it. */
int ui_side_show_focused(struct ui *u);
void ui_side_clear(struct ui *u);
void ui_side_draw(struct ui *u);
void ui_side_enter(struct ui *u);
void ui_side_move(struct ui *u, long n);
void ui_side_notes_open(struct ui *u);
void ui_side_related_counts(struct ui *u);
size_t ui_side_percent(double part);
/* After a command: when the reader has gone to another story or selected
 * another entity, a list of mentions follows (ui_side.c says how). */
void ui_side_follow(struct ui *u);
/* The side pane's width before the layout fits the panes in, given the
 * columns left beside the list. */
int ui_side_wanted(const struct ui *u, int room);
/* - + =: the side pane narrower, wider, or back to its default width. */
void ui_side_resize(struct ui *u, int dir);

/* ui_search.c */
void ui_search_filter(struct ui *u, const char *text, int flags);
char *ui_search_message(struct ui *u, const char *before);
void ui_search_prompt_key(struct ui *u, int key);
void ui_search_prompt_open(struct ui *u, int kind);
void ui_search_show(struct ui *u, const struct search_match *m);
void ui_search_step(struct ui *u, int dir);

/* ui_state.c */
#define UI_UNSAVED (-2LL)
/* Seconds an article is open before it counts as read. */
#define UI_READ_SECONDS 20
void ui_state_start(struct ui *u, int use_store);
/* The whole of a big file is in place (ui_load.c): its hash is known, and
 * what the store keeps is read (u->anchors[0] its place). */
void ui_state_loaded(struct ui *u, const char hash[STORE_HASH_SIZE]);
size_t ui_state_first(struct ui *u);
void ui_state_opened(struct ui *u);
void ui_state_check(struct ui *u);
void ui_state_toggle_read(struct ui *u);
void ui_state_mark_key(struct ui *u, int pending, int key);
void ui_state_end(struct ui *u);
void ui_state_jumps_save(struct ui *u);
size_t ui_state_article(struct ui *u, const char *hash, const char *path);
struct entity_found;
void ui_state_cache_start(struct ui *u);
int ui_state_cache_take(struct ui *u, size_t i, unsigned char **data, size_t *len);
void ui_state_cache_put(struct ui *u, size_t i, unsigned char *data, size_t len);
size_t ui_state_cache_flush(struct ui *u, size_t max);
/* Before the indexer runs again: what was found so far is written, and
 * the cache is read afresh. */
void ui_state_cache_again(struct ui *u);
/* The snapshot kept for the articles as they are now (their content and
 * the program's version): 1 with *data (to be freed) and *len, else 0.
 * Under the lock. */
int ui_state_snapshot_get(struct ui *u, unsigned char **data, size_t *len);
/* The snapshot read as the reader started (before the first screen, and
 * unpacked on another core meanwhile): 1 with *t and *x (the table
 * linked, and its cross-references), -1 when it was damaged, 0 when none
 * was read. Under the lock, released while it waits for the unpacking. */
int ui_state_snapshot_take(struct ui *u, struct entity_table **t, struct xref **x);
/* Keeps the linked table as this set's snapshot: packed here, without
 * the lock (the table does not change once linked, and is freed only
 * after the indexer stops), and written with the cache. Under the lock. */
void ui_state_snapshot_put(struct ui *u);

/* Opens the store, once (later calls do nothing); a failure is told. */
void ui_state_store_open(struct ui *u);

/* ui_stat.c */
/* Before anything else: the hashes of a set of files only listed
 * (corpus.defer), from the store by their stamps, or else the files read
 * (as corpus_add_path would have). Returns -1, having said why, when no
 * article is left to read. */
int ui_stat_prepare(struct ui *u, int use_store);
/* Article i's hash as the store kept it by the stamps, or NULL when the
 * files were read. */
const char *ui_stat_hash(const struct ui *u, size_t i);
/* With the store open and every hash known: keeps them by the files'
 * stamps, when they were read at the start. */
void ui_stat_keep(struct ui *u);
/* Starts reading every file not read yet on another core. */
void ui_stat_check(struct ui *u);
/* Acts on files found not to be what their hashes said: read again and
 * the set indexed afresh. Returns whether it did. Under the lock. */
int ui_stat_poll(struct ui *u);
/* Whether the files are still being read. */
int ui_stat_checking(const struct ui *u);
/* Stops the reading; ui_stat_free, once no thread reads articles, frees. */
void ui_stat_stop(struct ui *u);
void ui_stat_free(struct ui *u);

/* ui_select.c */
void ui_select_start(struct ui *u);
void ui_select_command(struct ui *u, enum keys_cmd cmd, long times);
void ui_select_end(struct ui *u);
int ui_select_has(const struct ui *u, size_t off);
char *ui_select_preview(const char *text);

/* ui_copy.c */
char *ui_copy_text(const struct article *a, size_t start, size_t end);
void ui_copy(struct ui *u);

/* ui_browse.c */
const char *ui_browse_story_url(struct ui *u, size_t i);
void ui_browse(struct ui *u);

/* ui_notes.c */
void ui_notes_prompt_open(struct ui *u);
int ui_notes_prompt_owns(int kind);
void ui_notes_prompt_key(struct ui *u, int key);
void ui_notes_show(struct ui *u);
int ui_notes_list(struct ui *u, struct store_note **v, size_t *n);

/* ui_list.c */
enum ui_sort { SORT_FILE, SORT_DATE, SORT_SOURCE, SORT_TITLE, SORT_SHARED, SORT_COUNT };
void ui_list_init(struct ui *u);
void ui_list_free(struct ui *u);
size_t ui_list_row(const struct ui *u, size_t article);
void ui_list_move(struct ui *u, long n);
void ui_list_goto_row(struct ui *u, size_t row);
void ui_list_sort_next(struct ui *u);
const char *ui_list_sort_name(int sort);
void ui_list_prompt_open(struct ui *u, int kind);
int ui_list_prompt_owns(int kind);
void ui_list_prompt_key(struct ui *u, int key);
void ui_list_find_step(struct ui *u, int dir);
size_t ui_list_neighbour(struct ui *u, int dir);

/* ui_info.c */
void ui_info_show(struct ui *u);

/* ui_help.c */
void ui_help_draw(struct ui *u);
void ui_help_key(struct ui *u, int key);

/* ui_status.c */
void ui_status_draw(struct ui *u);

/* ui_draw.c */
void ui_draw(struct ui *u);
void ui_draw_heading(struct ui *u, enum ui_pane p, const char *text);

#endif
