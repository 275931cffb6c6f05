/* ui: the reader. The three panes (article list | body | side pane), the
 * status and message lines and the help screen are drawn by ui_draw.c
 * afresh from the state on every key (curses sends only changes); this
 * file holds the state's life: opening articles, scrolling, focus, the
 * entity cursor, jumps, the indexer thread and the key loop. */
#include "ui.h"
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "finder.h"
#include "history.h"
#include "keys.h"
#include "lexicon.h"
#include "ner.h"
#include "prompt.h"
#include "recognized.h"
#include "snapshot.h"
#include "text.h"
#include "trace.h"
#include "tty.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"
#include "xref.h"

void ui_message(struct ui *u, int error, char *msg)
{
	free(u->msg);
	u->msg = msg;
	u->msg_error = error;
}

struct view *ui_view(struct ui *u)
{
	return u->views[u->cur];
}

/* Which of keys.c's tables the next key is looked up in. */
enum keys_mode ui_keys_mode(const struct ui *u)
{
	if (u->selecting)
		return KEYS_MODE_SELECT;
	return u->focus == PANE_LIST ? KEYS_MODE_LIST : KEYS_MODE_NORMAL;
}

int ui_body_width(const struct ui *u)
{
	int w = u->pane[PANE_BODY].w - 2;
	return w < 1 ? 1 : w;
}

static int ui_clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* The lowest top line that still fills the body. */
static struct view_pos ui_max_top(struct ui *u)
{
	struct view *v = ui_view(u);
	struct view_pos p = view_last(v);
	int h = u->pane[PANE_BODY].h;
	view_move(v, &p, -(long)(h > 1 ? h - 1 : 0));
	return p;
}

/* Puts line p at the top of the body, no lower than the last full page.
 * The reader's anchor moves with it, except on a resize, where it must
 * stay put so that the text at the top survives any number of resizes. */
static void ui_place_top(struct ui *u, struct view_pos p, int move_anchor)
{
	struct view_pos max = ui_max_top(u);
	if (view_cmp(p, max) > 0) {
		p = max;
		move_anchor = 1;
	}
	u->top = p;
	if (move_anchor) {
		u->anchor_head = view_in_head(ui_view(u), p);
		u->anchor = view_offset(ui_view(u), p);
	}
}

void ui_set_top(struct ui *u, struct view_pos p)
{
	ui_place_top(u, p, 1);
}

/* The current article's mentions; none until the indexer has them. */
const struct entity_doc *ui_doc(struct ui *u)
{
	static const struct entity_doc none;
	return u->ents->docs[u->cur].done ? &u->ents->docs[u->cur] : &none;
}

/* Article a's mentions, which the caller knows are recognized. */
const struct entity_doc *ui_doc_of(struct ui *u, size_t a)
{
	return &u->ents->docs[a];
}

void ui_layout(struct ui *u)
{
	tty_size(&u->rows, &u->cols);
	int h = u->rows - 3; /* heading row, status line, message line */
	if (h < 0)
		h = 0;
	int lw = ui_clamp(u->cols / 4, 18, 32);
	int list = u->show[PANE_LIST] == SHOW_ON || (u->show[PANE_LIST] == SHOW_AUTO && u->cols >= 60);
	int sw = ui_side_wanted(u, u->cols - (list ? lw + 1 : 0));
	int side = u->show[PANE_SIDE] == SHOW_ON || (u->show[PANE_SIDE] == SHOW_AUTO && u->cols >= 100);
	/* Panes the user asked for shrink before the body gets too narrow. */
	while ((list ? lw + 1 : 0) + (side ? sw + 1 : 0) + 20 > u->cols) {
		if (side && sw > 12)
			sw--;
		else if (list && lw > 10)
			lw--;
		else if (side)
			side = 0;
		else if (list)
			list = 0;
		else
			break;
	}
	int x = 0;
	u->pane[PANE_LIST] = (struct ui_rect){ 0, 0, lw, h, list };
	if (list)
		x = lw + 1;
	int bw = u->cols - x - (side ? sw + 1 : 0);
	u->pane[PANE_BODY] = (struct ui_rect){ x, 0, bw < 1 ? 1 : bw, h, 1 };
	u->pane[PANE_SIDE] = (struct ui_rect){ u->cols - sw, 0, sw, h, side };
	/* A pane hidden by a narrow terminal gives the focus to the body
	 * and takes it back when it is shown again, unless the user has
	 * moved the focus since: the focus stays where the user put it. */
	if (!u->pane[u->focus].visible) {
		u->focus_lost = u->focus;
		u->focus = PANE_BODY;
	} else if (u->focus_lost < PANE_COUNT && u->pane[u->focus_lost].visible) {
		if (u->focus == PANE_BODY)
			u->focus = u->focus_lost;
		u->focus_lost = PANE_COUNT;
	}
	struct view *v = ui_view(u);
	if (view_width(v) != ui_body_width(u)) {
		view_set_width(v, ui_body_width(u));
		/* Keep the same text at the top, whatever line it is now on. */
		if (u->anchor_head)
			u->top.line = 0;
		else
			u->top = view_at_offset(v, u->anchor);
	}
	ui_place_top(u, u->top, 0);
	if (u->side_width != ui_side_width(u))
		ui_side_build(u);
}

void ui_open(struct ui *u, size_t i)
{
	if (i >= u->c->n)
		return;
	if (u->views[u->cur]) {
		u->anchors[u->cur] = u->anchor_head ? UI_NO_ANCHOR : u->anchor;
		ui_state_check(u); /* the place left, and whether it was read */
	}
	u->cur = i;
	u->sel = i;
	u->ecur = UI_NONE;
	ui_select_end(u); /* a selection is a range of the story left */
	u->have_match = 0;
	u->want = i; /* the indexer's next: this article's entities and search text */
	if (!u->views[i])
		u->views[i] = view_new(corpus_article(u->c, i), ui_body_width(u));
	struct view *v = u->views[i];
	view_set_width(v, ui_body_width(u));
	u->top = u->anchors[i] != UI_NO_ANCHOR ? view_at_offset(v, u->anchors[i]) : view_first(v);
	u->anchor = view_offset(v, u->top);
	ui_set_top(u, u->top);
	ui_side_build(u);
	ui_state_opened(u);
	ui_reload_opened(u);
}

static void ui_scroll_body(struct ui *u, long n)
{
	ui_load_scroll(u, n);
	struct view_pos p = u->top;
	view_move(ui_view(u), &p, n);
	ui_set_top(u, p);
}

/* Moves whatever the focused pane shows by n lines. */
static void ui_move(struct ui *u, long n)
{
	switch (u->focus) {
	case PANE_LIST: ui_list_move(u, n); break;
	case PANE_BODY: ui_scroll_body(u, n); break;
	case PANE_SIDE: ui_side_move(u, n); break;
	default: break;
	}
}

static void ui_focus(struct ui *u, int dir)
{
	int f = (int)u->focus;
	for (int i = 0; i < PANE_COUNT; i++) {
		f = (f + dir + PANE_COUNT) % PANE_COUNT;
		if (u->pane[f].visible)
			break;
	}
	u->focus = (enum ui_pane)f;
	u->focus_lost = PANE_COUNT;
}

static void ui_toggle(struct ui *u, enum ui_pane p)
{
	u->show[p] = u->pane[p].visible ? SHOW_OFF : SHOW_ON;
	ui_layout(u);
	u->focus_lost = PANE_COUNT; /* hidden by the user, not by the terminal's size */
	if (u->show[p] == SHOW_ON && !u->pane[p].visible)
		ui_message(u, 1, xstrdup("The terminal is too narrow for that pane."));
}

int ui_type_shown(const struct ui *u, enum ner_type t)
{
	return !u->hide_all && !u->hide[t];
}

/* The last line on the body's screen. */
struct view_pos ui_bottom(struct ui *u)
{
	struct view_pos bottom = u->top;
	view_move(ui_view(u), &bottom, u->pane[PANE_BODY].h - 1);
	return bottom;
}

/* Scrolls the body so that byte offset off is in sight, a third of the way
 * down when it has to move. */
void ui_show_offset(struct ui *u, size_t off)
{
	struct view *v = ui_view(u);
	struct view_pos p = view_at_offset(v, off);
	struct view_pos bottom = ui_bottom(u);
	if (view_cmp(p, u->top) >= 0 && view_cmp(p, bottom) <= 0)
		return;
	view_move(v, &p, -(long)(u->pane[PANE_BODY].h / 3));
	ui_set_top(u, p);
}

static void ui_select_mention(struct ui *u, size_t k)
{
	const struct entity_doc *d = ui_doc(u);
	if (k >= d->n)
		return;
	u->ecur = k;
	ui_show_offset(u, d->v[k].start);
}

/* Whether the current match is on screen and highlighted: e and E then
 * start from it. */
static int ui_match_in_sight(struct ui *u)
{
	if (!u->have_match || u->hl_off || !finder_active(u->find))
		return 0;
	struct view_pos p = view_at_offset(ui_view(u), u->match.start);
	return view_cmp(p, u->top) >= 0 && view_cmp(p, ui_bottom(u)) <= 0;
}

/* e and E: the next or previous mention of a shown type; with none selected
 * yet, the first one at or after the match in sight (the last before it,
 * going back), else the first on screen (or the last before it). */
static void ui_entity_step(struct ui *u, int dir)
{
	const struct entity_doc *d = ui_doc(u);
	if (d->n == 0) {
		ui_message(u, 0, xstrdup(u->ents->docs[u->cur].done ? "No entities in this article." :
					 "Still recognizing the entities of this article."));
		return;
	}
	long k;
	if (u->ecur == UI_NONE) {
		size_t from = ui_match_in_sight(u) ? u->match.start : view_offset(ui_view(u), u->top);
		k = (long)entity_mention_at(d, from);
		if (dir < 0)
			k--;
	} else {
		k = (long)u->ecur + dir;
	}
	while (k >= 0 && (size_t)k < d->n && !ui_type_shown(u, d->v[k].type))
		k += dir;
	if (k < 0 || (size_t)k >= d->n) {
		ui_message(u, 0, xstrdup(dir > 0 ? "No more entities below." : "No more entities above."));
		return;
	}
	ui_select_mention(u, (size_t)k);
}

/* * and #: the next or previous mention of the selected entity, wrapping
 * around the article. */
static void ui_same_step(struct ui *u, int dir)
{
	const struct entity_doc *d = ui_doc(u);
	if (u->ecur != UI_NONE && u->ecur >= d->n)
		u->ecur = UI_NONE; /* a place kept before this story was recognized */
	if (u->ecur == UI_NONE) {
		ui_entity_step(u, dir);
		if (u->ecur == UI_NONE)
			return;
	}
	size_t id = d->v[u->ecur].id;
	size_t k = u->ecur;
	for (size_t step = 0; step < d->n; step++) {
		k = (k + d->n + (size_t)(long)dir) % d->n;
		if (d->v[k].id == id)
			break;
	}
	if (k == u->ecur) {
		ui_message(u, 0, xstrdup("This is its only mention here."));
		return;
	}
	if ((dir > 0 && k < u->ecur) || (dir < 0 && k > u->ecur))
		ui_message(u, 0, xstrdup(dir > 0 ? "Wrapped to its first mention." : "Wrapped to its last mention."));
	ui_select_mention(u, k);
}

/* The key after t names the type whose highlighting to toggle. */
static void ui_toggle_type_key(struct ui *u, int key)
{
	static const char letters[NER_NTYPES] = { 'p', 'o', 'l', 'g', 'm', 'd' };
	for (int t = 0; t < NER_NTYPES; t++) {
		if (key == letters[t] || key == letters[t] - 32) {
			u->hide[t] = !u->hide[t];
			ui_message(u, 0, xasprintf("%s highlighting %s.", ner_type_name((enum ner_type)t),
						   u->hide[t] ? "off" : "on"));
			return;
		}
	}
	ui_message(u, 0, xstrdup("No such type; t then p (person), o (org), l (place), g (group), m (misc) or d (date)."));
}

struct ui_place ui_here(const struct ui *u)
{
	struct ui_place p = { u->cur, u->anchor, u->anchor_head, u->ecur, u->focus,
			      u->side_notes || u->side_results ? UI_SIDE_UNKNOWN : u->side_entity };
	return p;
}

void ui_goto_place(struct ui *u, struct ui_place p)
{
	if (p.article != u->cur)
		ui_open(u, p.article);
	struct view *v = ui_view(u);
	if (p.anchor_head)
		ui_set_top(u, view_first(v));
	else
		ui_set_top(u, view_at_offset(v, p.anchor));
	u->ecur = p.ecur;
	/* The side pane comes back as it was there (an entity's mentions, or
	 * the story's cross-references), not as the story it jumped to had
	 * it; a list of mentions is of the entity selected there, if one is. */
	if (p.side != UI_SIDE_UNKNOWN && !u->side_notes && !u->side_results) {
		const struct entity_doc *d = ui_doc(u);
		size_t id = u->ecur != UI_NONE && u->ecur < d->n ? d->v[u->ecur].id : UI_NONE;
		size_t want = p.side != UI_NONE && id != UI_NONE ? id : p.side;
		u->side_at = u->cur;
		u->side_at_entity = id;
		if (want != u->side_entity) {
			u->side_entity = want;
			ui_side_build(u);
		}
	}
	/* The focus comes back too: a jump from the side pane returns there. */
	if (p.focus < PANE_COUNT && u->pane[p.focus].visible) {
		u->focus = p.focus;
		u->focus_lost = PANE_COUNT;
	}
}

/* Adds the place here at the end of the jump list, the oldest dropped
 * past UI_JUMPS_MAX. */
static void ui_jump_append(struct ui *u)
{
	if (u->njumps >= UI_JUMPS_MAX) {
		size_t drop = u->njumps - UI_JUMPS_MAX + 1;
		memmove(u->jumps, u->jumps + drop, (u->njumps - drop) * sizeof *u->jumps);
		u->njumps -= drop;
		u->jump_pos = u->jump_pos > drop ? u->jump_pos - drop : 0;
	}
	u->jumps = xgrow(u->jumps, &u->capjumps, u->njumps + 1, sizeof *u->jumps);
	u->jumps[u->njumps++] = ui_here(u);
}

/* Records where the reader is before a jump, dropping the places ahead of
 * the current one, as vim does. */
void ui_jump_push(struct ui *u)
{
	u->njumps = u->jump_pos < u->njumps ? u->jump_pos : u->njumps;
	ui_jump_append(u);
	u->jump_pos = u->njumps;
	ui_state_jumps_save(u);
}

static void ui_jump_back(struct ui *u)
{
	if (u->jump_pos == 0) {
		ui_message(u, 0, xstrdup("No earlier place to go back to."));
		return;
	}
	if (u->jump_pos == u->njumps) {
		/* Keep where the reader is, so that forward can return here. */
		ui_jump_append(u);
		u->jump_pos = u->njumps - 1;
		ui_state_jumps_save(u);
	}
	u->jump_pos--;
	ui_goto_place(u, u->jumps[u->jump_pos]);
}

static void ui_jump_forward(struct ui *u)
{
	if (u->jump_pos + 1 >= u->njumps) {
		ui_message(u, 0, xstrdup("No later place to go forward to."));
		return;
	}
	u->jump_pos++;
	ui_goto_place(u, u->jumps[u->jump_pos]);
}

/* Opens article a in the body, remembering where the reader was. */
void ui_jump_open(struct ui *u, size_t a)
{
	ui_jump_push(u);
	if (a != u->cur)
		ui_open(u, a);
	u->focus = PANE_BODY;
}

/* Goes to mention k of article a, remembering where the reader was. */
void ui_jump_to(struct ui *u, size_t a, size_t k)
{
	ui_jump_open(u, a);
	ui_select_mention(u, k);
}

/* x: the selected entity's next mention in the next story that has it. */
static void ui_xref_next(struct ui *u)
{
	const struct entity_doc *d = ui_doc(u);
	if (u->ecur == UI_NONE || u->ecur >= d->n) {
		ui_message(u, 0, xstrdup("Select an entity first (e, or Enter in the side pane)."));
		return;
	}
	if (!u->xref) {
		ui_message(u, 0, xasprintf("Still indexing (%zu of %zu articles).", u->indexed, u->c->n));
		return;
	}
	size_t id = d->v[u->ecur].id;
	const struct xref_cell *cells;
	size_t nc = xref_cells(u->xref, id, &cells);
	const struct xref_cell *next = NULL;
	for (size_t q = 0; q < nc && !next; q++)
		if (cells[q].article > u->cur)
			next = &cells[q];
	for (size_t q = 0; q < nc && !next; q++)
		if (cells[q].article < u->cur)
			next = &cells[q];
	if (!next) {
		ui_message(u, 0, xasprintf("No other story mentions %s.", u->ents->v[id].name));
		return;
	}
	int wrapped = next->article < u->cur;
	ui_jump_to(u, next->article, next->first);
	/* Said as n says it: going round without a word looks like a new story. */
	if (wrapped)
		ui_message(u, 0, xasprintf("x hit the last story, continuing at the first: %s", u->ents->v[id].name));
}

/* The next article to recognize, claimed: the one the reader is on
 * first, then the others in order from *next; SIZE_MAX when none is left.
 * Under the lock. */
static size_t ui_next_article(struct ui *u, size_t *next)
{
	size_t i = u->want < u->c->n && !u->ents->docs[u->want].done && !u->claimed[u->want] ? u->want : SIZE_MAX;
	while (i == SIZE_MAX && *next < u->c->n) {
		if (!u->ents->docs[*next].done && !u->claimed[*next])
			i = *next;
		(*next)++;
	}
	if (i != SIZE_MAX) {
		u->claimed[i] = 1;
		u->inflight++;
	}
	return i;
}

/* Recognizes article i with the lock released, and commits it. Called
 * and returns under the lock. */
static void ui_index_one(struct ui *u, size_t i)
{
	/* What it found last time, kept by content hash and program, read
	 * ahead many at a time and unpacked outside the lock. */
	unsigned char *kept;
	size_t klen;
	if (u->dropped && u->dropped[i]) {
		/* A deleted file's text is kept to read, but names nothing. */
		entity_commit(u->ents, i, xcalloc(1, sizeof(struct entity_found)));
		u->indexed++;
		u->inflight--;
		return;
	}
	ui_state_cache_take(u, i, &kept, &klen);
	int keep = u->store != NULL;
	pthread_mutex_unlock(&u->lock);
	struct entity_found *f = kept ? recognized_unpack(kept, klen) : NULL;
	free(kept);
	unsigned char *data = NULL;
	size_t len = 0;
	if (!f) {
		pthread_mutex_lock(&u->lock);
		const struct article *a = corpus_article(u->c, i);
		pthread_mutex_unlock(&u->lock);
		f = entity_recognize(a);
		data = keep ? recognized_pack(f, &len) : NULL;
	}
	pthread_mutex_lock(&u->lock);
	if (data)
		ui_state_cache_put(u, i, data, len);
	entity_commit(u->ents, i, f);
	u->indexed++;
	u->inflight--;
}

/* A helper indexer, on another core: recognizes articles until none is
 * left. */
static void *ui_helper(void *arg)
{
	struct ui *u = arg;
	pthread_mutex_lock(&u->lock);
	size_t next = 0, i;
	while (!u->stop && (i = ui_next_article(u, &next)) != SIZE_MAX)
		ui_index_one(u, i);
	pthread_mutex_unlock(&u->lock);
	return NULL;
}

/* Takes the cross-references from the snapshot of this set of articles,
 * if one is kept: one read, instead of every article's findings read and
 * linked again. Returns whether it did (or the reader quit meanwhile).
 * Called and returns under the lock. */
static int ui_index_snapshot(struct ui *u)
{
	struct entity_table *t;
	struct xref *x;
	int got = ui_state_snapshot_take(u, &t, &x);
	if (got < 0)
		return 0; /* read at the start, and damaged */
	if (got == 0) {
		/* None read at the start (or the set has changed since: ^R). */
		unsigned char *data;
		size_t len;
		if (!ui_state_snapshot_get(u, &data, &len))
			return 0;
		size_t n = u->c->n;
		pthread_mutex_unlock(&u->lock);
		t = snapshot_unpack(data, len, n);
		free(data);
		for (size_t i = 0; t && i < n; i++)
			if (!t->docs[i].done) {
				entity_table_free(t); /* not a linked corpus: recognize */
				t = NULL;
			}
		x = t ? xref_build(t) : NULL;
		pthread_mutex_lock(&u->lock);
		if (!t)
			return 0;
	}
	if (u->stop) {
		entity_table_free(t);
		xref_free(x);
		return 1;
	}
	entity_table_free(u->ents);
	u->ents = t;
	u->xref = x;
	u->indexed = u->c->n;
	u->linked = 1;
	return 1;
}

/* Starts a helper indexer on every other core. Under the lock. */
static void ui_index_helpers(struct ui *u)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	size_t want = u->c->n >= 8 && cores > 1 ? (size_t)(cores - 1) : 0;
	while (u->nhelpers < want && u->nhelpers < sizeof u->helpers / sizeof *u->helpers &&
	       pthread_create(&u->helpers[u->nhelpers], NULL, ui_helper, u) == 0)
		u->nhelpers++;
}

/* The indexer thread. */
static void *ui_worker(void *arg)
{
	struct ui *u = arg;
	ui_state_cache_start(u);
	trace_mark("cache version");
	pthread_mutex_lock(&u->lock);
	int from_snapshot = ui_index_snapshot(u);
	u->snap_trying = 0;
	trace_mark(from_snapshot ? "snapshot read" : "no snapshot");
	/* Recognition waits for the tables the reader fills (they fill
	 * themselves on first use, and two threads must not race to). */
	while (!from_snapshot && !u->stop && !u->tables_ready) {
		pthread_mutex_unlock(&u->lock);
		struct timespec ts = { 0, 2000000 };
		nanosleep(&ts, NULL);
		pthread_mutex_lock(&u->lock);
	}
	if (!from_snapshot && !u->stop)
		ui_index_helpers(u);
	size_t next = 0;
	while (!u->stop && !from_snapshot) {
		/* The article the reader is on is made ready to search (its
		 * prepared text) before the reader types a pattern. */
		if (u->want < u->c->n && !finder_has_text(u->find, u->want)) {
			size_t w = u->want;
			const struct article *a = corpus_article(u->c, w);
			pthread_mutex_unlock(&u->lock);
			struct search_text *st = finder_text_build(a);
			pthread_mutex_lock(&u->lock);
			finder_text_set(u->find, w, st);
			continue;
		}
		size_t i = ui_next_article(u, &next);
		if (i == SIZE_MAX)
			break;
		ui_index_one(u, i);
	}
	/* The helpers' last articles, before the corpus is linked. */
	while (!u->stop && !from_snapshot && u->inflight > 0) {
		pthread_mutex_unlock(&u->lock);
		struct timespec ts = { 0, 2000000 };
		nanosleep(&ts, NULL);
		pthread_mutex_lock(&u->lock);
	}
	if (!u->stop && !from_snapshot) {
		trace_mark("recognized");
		entity_link(u->ents);
		u->xref = xref_build(u->ents);
		u->linked = 1;
		trace_mark("linked");
		ui_state_snapshot_put(u);
	}
	/* Then the cache, a few hundred findings at a time, the reader
	 * getting the lock between them; what is left at quitting is
	 * written then (ui_state_close). */
	while (!u->stop && ui_state_cache_flush(u, 256) > 0) {
		pthread_mutex_unlock(&u->lock);
		sched_yield();
		pthread_mutex_lock(&u->lock);
	}
	pthread_mutex_unlock(&u->lock);
	return NULL;
}

void ui_index_stop(struct ui *u)
{
	if (!u->worker_running)
		return;
	u->stop = 1;
	pthread_mutex_unlock(&u->lock);
	pthread_join(u->worker, NULL);
	for (size_t k = 0; k < u->nhelpers; k++)
		pthread_join(u->helpers[k], NULL);
	pthread_mutex_lock(&u->lock);
	u->worker_running = 0;
	u->nhelpers = 0;
	u->stop = 0;
}

void ui_index_start(struct ui *u)
{
	size_t n = u->c->n;
	u->index_later = 0; /* started now, not again after the next draw */
	{
		/* A fresh table (again, after ^R: entities cannot be taken
		 * out of one). */
		entity_table_free(u->ents);
		u->ents = entity_table_new(n);
		xref_free(u->xref);
		u->xref = NULL;
		u->linked = 0;
		u->indexed = 0;
		u->inflight = 0;
		u->doc_was_ready = 0;
		memset(u->claimed, 0, n ? n : 1);
		ui_state_cache_again(u);
	}
	u->want = u->cur;
	u->snap_trying = 1;
	if (pthread_create(&u->worker, NULL, ui_worker, u) != 0) {
		u->snap_trying = 0;
		ui_message(u, 1, xstrdup("Could not start the indexer: no entities will be shown."));
		return;
	}
	/* Every other core recognizes articles too, once the worker has
	 * found no snapshot (ui_index_helpers). */
	u->worker_running = 1;
}

/* Rebuilds the side pane when the indexer has brought something new: the
 * current article's entities, progress, or the cross-references. Returns
 * whether it did, so that the screen is drawn again only then. */
static int ui_catch_up(struct ui *u, size_t *shown_indexed, int *shown_linked)
{
	int ready = u->ents->docs[u->cur].done;
	int changed = ready != u->doc_was_ready || u->linked != *shown_linked;
	if (!u->linked && u->indexed - *shown_indexed >= u->c->n / 20 + 1 && u->side_entity == UI_NONE)
		changed = 1;
	if (!changed)
		return 0;
	u->doc_was_ready = ready;
	*shown_linked = u->linked;
	*shown_indexed = u->indexed;
	ui_side_build(u);
	return 1;
}

/* A count before G, g or %: line (or story) count of the focused pane,
 * or count percent through it, as in less and vim. */
static void ui_goto_count(struct ui *u, long count, int percent)
{
	if (percent && count > 100)
		count = 100;
	if (u->focus == PANE_LIST) {
		size_t row = percent ? (size_t)(((double)(u->nshown - 1) * (double)count) / 100.0 + 0.5) :
				       (size_t)(count - 1);
		ui_list_goto_row(u, row);
	} else if (u->focus == PANE_BODY) {
		struct view *v = ui_view(u);
		struct view_pos p = view_first(v);
		if (percent) {
			/* Percent of the text's bytes, as less measures it. */
			const struct article *a = corpus_article(u->c, u->cur);
			size_t off = (size_t)((double)a->len * (double)count / 100.0);
			if (count > 0)
				p = view_at_offset(v, off);
		} else {
			view_move(v, &p, count - 1);
		}
		ui_set_top(u, p);
	} else {
		ui_side_move(u, -(long)u->nside);
		ui_side_move(u, percent ? (long)((double)u->nside * (double)count / 100.0) : count - 1);
	}
}

static void ui_command(struct ui *u, enum keys_cmd cmd)
{
	long page = u->pane[u->focus].h > 1 ? u->pane[u->focus].h - 1 : 1;
	long count = u->count;
	long times = count > 0 ? count : 1;
	u->count = 0;
	ui_load_before(u, cmd, count);
	if (count > 0 && (cmd == CMD_TOP || cmd == CMD_BOTTOM || cmd == CMD_PERCENT)) {
		ui_goto_count(u, count, cmd == CMD_PERCENT);
		return;
	}
	switch (cmd) {
	case CMD_LINE_DOWN: ui_move(u, times); break;
	case CMD_LINE_UP: ui_move(u, -times); break;
	case CMD_PAGE_DOWN: ui_move(u, page * times); break;
	case CMD_PAGE_UP: ui_move(u, -page * times); break;
	case CMD_HALF_DOWN: ui_move(u, (page + 1) / 2 * times); break;
	case CMD_HALF_UP: ui_move(u, -(page + 1) / 2 * times); break;
	case CMD_PERCENT:
		ui_message(u, 0, xstrdup("Type a count first: 50% goes half way."));
		break;
	case CMD_TOGGLE_READ: ui_state_toggle_read(u); break;
	case CMD_MARK:
	case CMD_GOTO_MARK:
		u->pending = cmd == CMD_MARK ? 'm' : '\'';
		ui_message(u, 0, xstrdup(cmd == CMD_MARK ? "Mark: type a letter." :
					 "Go to mark: type its letter ('' for where the last jump started)."));
		break;
	case CMD_SORT: ui_list_sort_next(u); break;
	case CMD_FILE_INFO: ui_info_show(u); break;
	case CMD_NOTE: ui_notes_prompt_open(u); break;
	case CMD_NOTES: ui_notes_show(u); break;
	case CMD_SELECT: ui_select_start(u); break;
	case CMD_SELECT_WORD_NEXT:
	case CMD_SELECT_WORD_PREV:
	case CMD_SELECT_LINE_DOWN:
	case CMD_SELECT_LINE_UP:
	case CMD_SELECT_PARA_NEXT:
	case CMD_SELECT_PARA_PREV:
	case CMD_SELECT_CANCEL: ui_select_command(u, cmd, times); break;
	case CMD_COPY: ui_copy(u); break;
	case CMD_OPEN_URL: ui_browse(u); break;
	case CMD_LIMIT: ui_list_prompt_open(u, 'l'); break;
	case CMD_TOP:
		if (u->focus == PANE_BODY)
			ui_set_top(u, view_first(ui_view(u)));
		else
			ui_move(u, -(long)(u->c->n + u->nside));
		break;
	case CMD_BOTTOM:
		if (u->focus == PANE_BODY)
			ui_set_top(u, ui_max_top(u));
		else
			ui_move(u, (long)(u->c->n + u->nside));
		break;
	case CMD_FOCUS_NEXT: ui_focus(u, 1); break;
	case CMD_FOCUS_PREV: ui_focus(u, -1); break;
	case CMD_OPEN:
		if (u->focus == PANE_LIST) {
			ui_open(u, u->sel);
			u->focus = PANE_BODY;
		} else if (u->focus == PANE_BODY) {
			ui_move(u, 1); /* as in less */
		} else if (u->focus == PANE_SIDE && u->side_sel != UI_NONE) {
			ui_side_enter(u);
		}
		break;
	case CMD_SEARCH_FORWARD:
	case CMD_SEARCH_BACKWARD:
		/* In the list, / and ? find stories; elsewhere text. */
		if (u->focus == PANE_LIST)
			ui_list_prompt_open(u, cmd == CMD_SEARCH_FORWARD ? '/' : '?');
		else
			ui_search_prompt_open(u, cmd == CMD_SEARCH_FORWARD ? '/' : '?');
		break;
	case CMD_SEARCH_NEXT:
	case CMD_SEARCH_PREV: {
		int dir = cmd == CMD_SEARCH_NEXT ? 1 : -1;
		for (long k = 0; k < times; k++) {
			if (u->focus == PANE_LIST && u->list_find)
				ui_list_find_step(u, dir * u->list_dir);
			else
				ui_search_step(u, dir * (u->search_dir ? u->search_dir : 1));
		}
		break;
	}
	case CMD_SEARCH_ALL:
		u->side_notes = 0; /* the results take the side pane */
		ui_search_prompt_open(u, 'F');
		break;
	case CMD_FILTER: ui_search_prompt_open(u, '&'); break;
	case CMD_UNFILTER: ui_search_filter(u, "", 0); break;
	case CMD_JUMP_BACK: ui_jump_back(u); break;
	case CMD_JUMP_FORWARD: ui_jump_forward(u); break;
	case CMD_XREF_NEXT: ui_xref_next(u); break;
	case CMD_NEXT_ARTICLE:
	case CMD_PREV_ARTICLE: {
		/* The next story as the list shows them, sorted or limited. */
		int dir = cmd == CMD_NEXT_ARTICLE ? 1 : -1;
		size_t a = ui_list_neighbour(u, dir);
		for (long k = 1; k < times && a != UI_NONE; k++) {
			size_t keep = u->cur;
			u->cur = a;
			size_t b = ui_list_neighbour(u, dir);
			u->cur = keep;
			if (b == UI_NONE)
				break;
			a = b;
		}
		if (a != UI_NONE)
			ui_open(u, a);
		else
			ui_message(u, 0, xstrdup(dir > 0 ? "This is the last article." : "This is the first article."));
		break;
	}
	case CMD_ENTITY_NEXT: ui_entity_step(u, 1); break;
	case CMD_ENTITY_PREV: ui_entity_step(u, -1); break;
	case CMD_SAME_NEXT: ui_same_step(u, 1); break;
	case CMD_SAME_PREV: ui_same_step(u, -1); break;
	case CMD_TOGGLE_TYPE:
		u->pending_toggle = 1;
		ui_message(u, 0, xstrdup("Toggle highlighting of: p person, o org, l place, g group, m misc, d date"));
		break;
	case CMD_TOGGLE_ALL:
		u->hide_all = !u->hide_all;
		ui_message(u, 0, xstrdup(u->hide_all ? "Entity highlighting off." : "Entity highlighting on."));
		break;
	case CMD_TOGGLE_LIST: ui_toggle(u, PANE_LIST); break;
	case CMD_TOGGLE_SIDE: ui_toggle(u, PANE_SIDE); break;
	case CMD_SIDE_NARROWER: ui_side_resize(u, -1); break;
	case CMD_SIDE_WIDER: ui_side_resize(u, 1); break;
	case CMD_SIDE_RESET: ui_side_resize(u, 0); break;
	case CMD_HELP:
		u->help = 1;
		u->help_top = 0;
		break;
	case CMD_REDRAW: tty_redraw(); break;
	case CMD_RELOAD: ui_reload(u); break;
	case CMD_QUIT: u->quit = 1; break;
	default: break;
	}
}

static void ui_mouse(struct ui *u, const struct tty_mouse *m)
{
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct ui_rect *r = &u->pane[p];
		if (!r->visible || m->x < r->x || m->x >= r->x + r->w || m->y < r->y ||
		    m->y > r->y + r->h)
			continue;
		enum ui_pane keep = u->focus;
		u->focus = (enum ui_pane)p;
		u->focus_lost = PANE_COUNT;
		if (m->button == 4 || m->button == 5) {
			ui_move(u, m->button == 4 ? -3 : 3);
			u->focus = keep;
		} else if (p == PANE_LIST && m->y > r->y) {
			size_t row = u->list_top + (size_t)(m->y - r->y - 1);
			if (row < u->nshown)
				ui_open(u, u->order[row]);
		} else if (p == PANE_SIDE && m->y > r->y) {
			size_t row = u->side_top + (size_t)(m->y - r->y - 1);
			if (row < u->nside && u->side[row].kind != SIDE_TEXT)
				u->side_sel = row;
		}
		return;
	}
}

int ui_run(struct corpus *c, const struct ui_options *o)
{
	struct ui u;
	memset(&u, 0, sizeof u);
	u.c = c;
	/* Files only listed are known by their stamps, or read now. */
	if (ui_stat_prepare(&u, !o->no_state) != 0) {
		ui_stat_free(&u);
		store_close(u.store);
		return 2;
	}
	u.views = xcalloc(c->n, sizeof *u.views);
	u.anchors = xmalloc(c->n * sizeof *u.anchors);
	for (size_t i = 0; i < c->n; i++)
		u.anchors[i] = UI_NO_ANCHOR;
	u.focus = PANE_BODY;
	u.focus_lost = PANE_COUNT;
	u.ents = entity_table_new(c->n);
	u.ecur = UI_NONE;
	u.side_sel = UI_NONE;
	u.side_entity = UI_NONE;
	u.related_for = UI_NONE;
	u.side_at = UI_NONE;
	u.side_at_entity = UI_NONE;
	u.find = finder_new(c);
	u.search_dir = 1;
	prompt_init(&u.pr);
	u.hist_path = history_default_path();
	{
		char *err = NULL;
		u.hist = u.hist_path ? history_load(u.hist_path, &err) : history_new();
		if (err) {
			ui_message(&u, 1, xasprintf("Search history: %s", err));
			free(err);
		}
	}
	trace_mark("history read");
	if (tty_init(o->no_color, o->mouse) != 0) {
		fprintf(stderr, "crossread: cannot start the terminal interface\n");
		free(u.views);
		free(u.anchors);
		return 1;
	}
	tty_size(&u.rows, &u.cols);
	trace_mark("terminal ready");
	/* A big file's first screen comes from its first part. */
	ui_load_start(&u);
	trace_mark("ui start");
	ui_state_start(&u, !o->no_state);
	trace_mark("state read");
	ui_reload_start(&u);
	ui_list_init(&u);
	size_t first = ui_state_first(&u);
	u.cur = first;
	u.views[first] = view_new(corpus_article(c, first), 1);
	/* Where the store says this story was left, which ui_open keeps. */
	u.anchor_head = u.anchors[first] == UI_NO_ANCHOR;
	u.anchor = u.anchor_head ? 0 : u.anchors[first];
	ui_layout(&u);
	ui_open(&u, first);
	if (c->nwarnings && !u.msg)
		ui_message(&u, 1, c->nwarnings == 1 ? xstrdup(c->warnings[0]) :
			   xasprintf("%s (and %zu more warnings)", c->warnings[0], c->nwarnings - 1));
	size_t shown_indexed = 0;
	int shown_linked = 0;
	/* The first screen goes up before the tables below are filled: they
	 * take a tenth of a second the reader need not wait for. */
	ui_side_follow(&u);
	ui_draw(&u);
	ui_load_begin(&u);
	trace_mark("first screen");
	pthread_mutex_init(&u.lock, NULL);
	pthread_mutex_lock(&u.lock);
	u.claimed = xcalloc(c->n ? c->n : 1, 1);
	/* Without a snapshot the indexer needs every file: read on another
	 * core, not one at a time under the lock. */
	if (!u.snap_load)
		ui_stat_check(&u);
	/* The indexer of a big file waits for its whole (ui_load_finish). */
	if (!ui_load_pending(&u))
		ui_index_start(&u);
	int dirty = 1, traced = 0;
	while (!u.quit) {
		/* While the indexer works, the screen is looked at now and then,
		 * and drawn again when it has brought something to show. */
		ui_side_follow(&u);
		/* The files on disk are looked at every UI_RELOAD_MS, whatever
		 * woke the loop: a key, or the wait's timeout. */
		int news = ui_reload_tick(&u);
		news |= ui_load_poll(&u);
		news |= ui_stat_poll(&u);
		if (ui_catch_up(&u, &shown_indexed, &shown_linked) || dirty || news) {
			ui_draw(&u);
			if (u.linked && !traced) {
				trace_mark("cross-references drawn");
				traced = 1;
				/* The files not read yet are read (and checked) now. */
				ui_stat_check(&u);
			}
		}
		ui_load_index(&u);
		if (!u.tables_ready && !u.snap_trying) {
			/* Tables that fill themselves on first use are filled
			 * once the snapshot is read (they take a tenth of a
			 * second of a core it needs) and before the indexer
			 * recognizes anything (it waits for tables_ready), so
			 * that it and the reader never race to do it. */
			pthread_mutex_unlock(&u.lock);
			lexicon_size();
			ner_has_model();
			trace_mark("tables filled");
			pthread_mutex_lock(&u.lock);
			u.tables_ready = 1;
			continue;
		}
		dirty = 1;
		struct tty_mouse m;
		/* An unread story is looked at each second, to be marked
		 * read once it has been open a while; its file every
		 * UI_RELOAD_MS, to tell of a change without a key. */
		int idle = u.linked || !u.worker_running;
		if (ui_load_pending(&u))
			tty_wait(30); /* the whole's arrival is looked for often */
		else if (ui_stat_checking(&u))
			tty_wait(50); /* as is a file found changed */
		else
			/* The snapshot is a moment's read: its cross-references
			 * are looked for often until it is in. */
			tty_wait(u.snap_trying ? 10 : !u.read[u.cur] ? (idle ? 1000 : 150) : idle ? UI_RELOAD_MS : 150);
		pthread_mutex_unlock(&u.lock);
		int key = tty_key(&m);
		pthread_mutex_lock(&u.lock);
		if (key == KEYS_NONE) {
			int was = u.read[u.cur];
			ui_state_check(&u);
			dirty = was != u.read[u.cur];
			continue;
		}
		if (key == KEYS_RESIZE) {
			ui_layout(&u);
			continue;
		}
		ui_message(&u, 0, NULL);
		if (u.help) {
			ui_help_key(&u, key);
			continue;
		}
		if (key == KEYS_MOUSE) {
			ui_mouse(&u, &m);
			continue;
		}
		if (u.pending_toggle) {
			u.pending_toggle = 0;
			if (key != KEYS_ESC)
				ui_toggle_type_key(&u, key);
			continue;
		}
		if (u.prompting) {
			if (ui_list_prompt_owns(u.prompting))
				ui_list_prompt_key(&u, key);
			else if (ui_notes_prompt_owns(u.prompting))
				ui_notes_prompt_key(&u, key);
			else
				ui_search_prompt_key(&u, key);
			ui_state_check(&u);
			continue;
		}
		if (u.pending) {
			int p = u.pending;
			u.pending = 0;
			ui_state_mark_key(&u, p, key);
			ui_state_check(&u);
			continue;
		}
		/* A count: digits before a command, as in less and vim. */
		if ((key >= '1' && key <= '9') || (key == '0' && u.count > 0)) {
			if (u.count < 100000000)
				u.count = u.count * 10 + (key - '0');
			ui_message(&u, 0, xasprintf("%ld", u.count));
			continue;
		}
		if (key == KEYS_ESC && u.count) {
			u.count = 0;
			continue;
		}
		if (key == KEYS_ESC && u.selecting) {
			ui_select_command(&u, CMD_SELECT_CANCEL, 1);
			continue;
		}
		if (key == KEYS_ESC && (u.side_results || u.side_notes)) {
			u.side_results = 0;
			u.side_notes = 0;
			ui_side_build(&u);
			continue;
		}
		if (key == KEYS_ESC && u.side_entity != UI_NONE) {
			/* Back from an entity's mentions to the list, on that entity. */
			size_t id = u.side_entity;
			u.side_entity = UI_NONE;
			ui_side_build(&u);
			for (size_t i = 0; i < u.nside; i++)
				if (u.side[i].kind == SIDE_ENTITY && u.side[i].entity == id) {
					u.side_sel = i;
					ui_side_move(&u, 0);
					break;
				}
			continue;
		}
		if (key == KEYS_ESC) {
			/* Nothing else to leave: Esc quietly drops the message, the
			 * entity cursor and the matches' highlight, as in less and
			 * vim; the pattern stays, so n goes on (and highlights). */
			ui_message(&u, 0, NULL);
			u.ecur = UI_NONE;
			u.hl_off = 1;
			continue;
		}
		enum keys_cmd cmd = keys_lookup_mode(ui_keys_mode(&u), key);
		if (cmd == CMD_NONE) {
			char name[16];
			if (key < KEYS_SPECIAL && key >= 32) {
				char b[5] = {0};
				text_encode((uint32_t)key, b);
				snprintf(name, sizeof name, "%s", b);
			} else {
				snprintf(name, sizeof name, "that key");
			}
			ui_message(&u, 0, xasprintf("No command on %s; press h for help.", name));
			u.count = 0;
			continue;
		}
		ui_command(&u, cmd);
		ui_state_check(&u);
	}
	u.stop = 1;
	ui_stat_stop(&u);
	if (u.worker_running && u.linked) {
		/* A linked indexer may be packing the snapshot (a moment): it
		 * is written with the rest of the cache, below. */
		pthread_mutex_unlock(&u.lock);
		pthread_join(u.worker, NULL);
		pthread_mutex_lock(&u.lock);
		u.worker_running = 0;
	}
	ui_state_end(&u);
	int busy = (u.worker_running && !u.linked) || ui_load_pending(&u);
	pthread_mutex_unlock(&u.lock);
	tty_end();
	if (busy) {
		/* The indexer may be in the middle of a long article: leave now,
		 * the terminal restored, rather than wait for it. */
		fflush(NULL);
		_exit(0);
	}
	if (u.worker_running)
		pthread_join(u.worker, NULL);
	for (size_t k = 0; k < u.nhelpers; k++)
		pthread_join(u.helpers[k], NULL);
	free(u.claimed);
	ui_stat_free(&u);
	ui_reload_end(&u);
	pthread_mutex_destroy(&u.lock);
	for (size_t i = 0; i < c->n; i++)
		view_free(u.views[i]);
	free(u.views);
	free(u.anchors);
	ui_side_clear(&u);
	entity_table_free(u.ents);
	xref_free(u.xref);
	free(u.jumps);
	finder_free(u.find);
	free(u.related);
	free(u.rel);
	prompt_free(&u.pr);
	history_free(u.hist);
	free(u.hist_path);
	ui_list_free(&u);
	free(u.msg);
	return 0;
}
