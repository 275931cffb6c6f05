/* ui_reload: files that change while the reader is open. Each article
 * keeps its file's stamp (filestamp.c) from when it was read; the current
 * one's file is looked at when it is opened and every UI_RELOAD_MS while
 * the reader waits for a key, a few others at each of those looks in turn,
 * those with matches before a search of all the stories is shown, and all
 * of them on ^R. A change is told (a message, a mark in the list and on
 * the status line) and ^R reads the changed files again and indexes the
 * set afresh. A deleted file's text stays readable, marked, but no longer
 * counts: the search of all the stories and n and N leave it out, and
 * after ^R so do the entities and cross-references. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "corpus.h"
#include "filestamp.h"
#include "finder.h"
#include "input.h"
#include "store.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"

/* Other files looked at on each timer tick: with 20,000 files each is
 * looked at every ten minutes or so, for well under a millisecond a tick. */
#define UI_RELOAD_BATCH 64

static long long ui_reload_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Whether article a comes from a file that can be looked at again. */
static int ui_reload_watchable(const struct article *a)
{
	return a->path && strcmp(a->path, "-") != 0 && !input_is_url(a->path);
}

/* Each file's stamp is the one fstat gave as it was read (article.c), so
 * that starting costs no stat and a change while loading is not missed. */
void ui_reload_start(struct ui *u)
{
	size_t n = u->c->n ? u->c->n : 1;
	u->stamps = xcalloc(n, sizeof *u->stamps);
	u->disk = xcalloc(n, 1);
	u->dropped = xcalloc(n, 1);
	for (size_t i = 0; i < u->c->n; i++) {
		const struct article *a = u->c->arts[i];
		if (!ui_reload_watchable(a))
			u->disk[i] = UI_DISK_UNWATCHED;
		else if (a->stamp.exists)
			u->stamps[i] = a->stamp; /* as it was read: no stat here */
		else
			filestamp_take(a->path, &u->stamps[i]);
	}
	u->watch_at = ui_reload_now_ms();
}

void ui_reload_end(struct ui *u)
{
	free(u->stamps);
	free(u->disk);
	free(u->dropped);
	u->stamps = NULL;
	u->disk = NULL;
	u->dropped = NULL;
}

const char *ui_reload_mark(const struct ui *u, size_t i)
{
	if (!u->disk || i >= u->c->n)
		return "";
	return u->disk[i] == UI_DISK_CHANGED ? "~ " : u->disk[i] == UI_DISK_GONE ? "\xe2\x9c\x97 " : "";
}

/* The message that tells of article i's change. */
static char *ui_reload_news(struct ui *u, size_t i)
{
	const char *name = article_name(u->c->arts[i]);
	if (u->disk[i] == UI_DISK_GONE)
		return xasprintf("%s was deleted on disk: its text is kept, marked, and left out of searches.", name);
	return xasprintf("%s changed on disk: ^R reloads.", name);
}

/* Looks at article i's file; returns 1 when it is newly seen to have
 * changed or gone (or to have come back as it was). */
int ui_reload_check(struct ui *u, size_t i)
{
	if (!u->disk || i >= u->c->n || u->disk[i] == UI_DISK_UNWATCHED)
		return 0;
	enum filestamp_change ch = filestamp_check(u->c->arts[i]->path, &u->stamps[i], NULL);
	unsigned char d = ch == FILESTAMP_GONE ? UI_DISK_GONE : ch == FILESTAMP_CHANGED ? UI_DISK_CHANGED : UI_DISK_SAME;
	if (d == u->disk[i])
		return 0;
	/* A file seen as it was again (moved away and back) is unmarked. */
	u->disk[i] = d;
	return 1;
}

/* Looks at every file (matched_only: those with matches of the search);
 * returns how many changed state. A stat is a few microseconds: 20,000
 * take 30 to 120 ms, so all of them are looked at only on demand (^R). */
size_t ui_reload_check_all(struct ui *u, int matched_only)
{
	size_t changed = 0, last = UI_NONE;
	for (size_t i = 0; i < u->c->n; i++)
		if ((!matched_only || finder_count(u->find, i) > 0) && ui_reload_check(u, i)) {
			changed++;
			last = i;
		}
	if (changed == 1 && u->disk[last] != UI_DISK_SAME)
		ui_message(u, 0, ui_reload_news(u, last));
	else if (changed > 1)
		ui_message(u, 0, xasprintf("%zu files changed on disk (marked ~, or \xe2\x9c\x97 deleted): ^R reloads.", changed));
	return changed;
}

int ui_reload_tick(struct ui *u)
{
	long long now = ui_reload_now_ms();
	if (!u->disk || now - u->watch_at < UI_RELOAD_MS)
		return 0;
	u->watch_at = now;
	int news = 0;
	if (ui_reload_check(u, u->cur)) {
		news = 1;
		if (u->disk[u->cur] != UI_DISK_SAME)
			ui_message(u, 0, ui_reload_news(u, u->cur));
	}
	for (size_t k = 0; k < UI_RELOAD_BATCH && k < u->c->n; k++) {
		size_t i = u->watch_next++ % u->c->n;
		if (i != u->cur && ui_reload_check(u, i)) {
			news = 1;
			if (u->disk[i] != UI_DISK_SAME && !u->msg)
				ui_message(u, 0, ui_reload_news(u, i));
		}
	}
	u->watch_next %= u->c->n ? u->c->n : 1;
	return news;
}

void ui_reload_opened(struct ui *u)
{
	if (ui_reload_check(u, u->cur) && u->disk[u->cur] != UI_DISK_SAME)
		ui_message(u, 0, ui_reload_news(u, u->cur));
}

int ui_reload_counted(const struct ui *u, size_t i)
{
	return !u->disk || u->disk[i] != UI_DISK_GONE;
}

void ui_reload_count(struct ui *u, struct ui_reload_counts *k)
{
	memset(k, 0, sizeof *k);
	for (size_t a = 0; a < u->c->n; a++) {
		size_t n = finder_count(u->find, a);
		if (n == 0)
			continue;
		if (!ui_reload_counted(u, a)) {
			k->gone += n;
			k->gone_stories++;
			continue;
		}
		k->total += n;
		k->stories++;
		k->changed_stories += u->disk && u->disk[a] == UI_DISK_CHANGED;
	}
}

char *ui_reload_count_note(const struct ui_reload_counts *k)
{
	char changed[96] = "", gone[96] = "";
	if (k->changed_stories)
		snprintf(changed, sizeof changed, " (%zu of them changed on disk since: ^R reloads)", k->changed_stories);
	if (k->gone)
		snprintf(gone, sizeof gone, "; %zu more in %zu deleted file%s, left out", k->gone, k->gone_stories,
			 k->gone_stories == 1 ? "" : "s");
	return xasprintf("%s%s", changed, gone);
}

/* An article read again, waiting to take its old one's place. */
struct ui_reload_new {
	size_t i;
	struct article *a;
	char hash[STORE_HASH_SIZE];
	struct filestamp stamp;
};

/* Clamps an offset kept for article i to its new text. */
static size_t ui_reload_clamp(struct ui *u, size_t i, size_t off)
{
	size_t len = u->c->arts[i]->len;
	return off == UI_NO_ANCHOR || off <= len ? off : len;
}

/* Puts the articles read again in place, with the indexer stopped. */
static void ui_reload_replace(struct ui *u, struct ui_reload_new *v, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t i = v[k].i;
		finder_forget(u->find, i);
		view_free(u->views[i]);
		u->views[i] = NULL;
		corpus_replace(u->c, i, v[k].a);
		/* The store knows the new text by its path, which keeps its place. */
		memcpy(u->hashes[i], v[k].hash, sizeof v[k].hash);
		u->saved[i] = UI_UNSAVED;
		u->stamps[i] = v[k].stamp;
		u->disk[i] = UI_DISK_SAME;
		u->anchors[i] = ui_reload_clamp(u, i, u->anchors[i]);
		for (size_t j = 0; j < u->njumps; j++)
			if (u->jumps[j].article == i) {
				u->jumps[j].anchor = ui_reload_clamp(u, i, u->jumps[j].anchor);
				u->jumps[j].ecur = UI_NONE;
			}
	}
}

/* ^R: reads the changed files again and indexes the set afresh; the
 * reader stays at the same byte of the story it is on (or its end). */
void ui_reload(struct ui *u)
{
	ui_reload_check_all(u, 0);
	ui_message(u, 0, NULL);
	ui_reload_changed(u);
}

void ui_reload_changed(struct ui *u)
{
	struct ui_reload_new *v = NULL;
	size_t n = 0, cap = 0, failed = 0;
	char *err_first = NULL;
	for (size_t i = 0; i < u->c->n; i++) {
		if (u->disk[i] != UI_DISK_CHANGED)
			continue;
		char *err = NULL;
		struct article *a = corpus_reread(u->c, i, &err);
		if (!a) {
			/* Deleted since it was seen to change: said as deleted. */
			if (filestamp_check(u->c->arts[i]->path, &u->stamps[i], NULL) == FILESTAMP_GONE)
				u->disk[i] = UI_DISK_GONE;
			failed++;
			if (!err_first)
				err_first = err;
			else
				free(err);
			continue;
		}
		char hash[STORE_HASH_SIZE];
		store_hash(a->data, a->len, hash);
		if (strcmp(hash, u->hashes[i]) == 0) {
			/* Touched, not changed: nothing to do but forget it. */
			u->stamps[i] = a->stamp;
			article_free(a);
			u->disk[i] = UI_DISK_SAME;
			continue;
		}
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n].i = i;
		v[n].a = a;
		memcpy(v[n].hash, hash, sizeof hash);
		v[n].stamp = a->stamp; /* as fstat saw it before the read */
		n++;
	}
	size_t gone = 0, newly_gone = 0;
	for (size_t i = 0; i < u->c->n; i++) {
		gone += u->disk[i] == UI_DISK_GONE;
		/* Deleted since the indexer last ran, or back (as it was) since. */
		newly_gone += (u->disk[i] == UI_DISK_GONE) != u->dropped[i];
	}
	if (n == 0 && newly_gone == 0) {
		if (err_first)
			ui_message(u, 1, xasprintf("Not reloaded: %s", err_first));
		else
			ui_message(u, 0, xstrdup(gone ? "No file has changed on disk since; the deleted ones stay marked." :
						 "No file has changed on disk."));
		free(err_first);
		free(v);
		return;
	}
	size_t at = u->anchor_head ? UI_NO_ANCHOR : u->anchor;
	ui_index_stop(u);
	ui_reload_replace(u, v, n);
	for (size_t i = 0; i < u->c->n; i++)
		u->dropped[i] = u->disk[i] == UI_DISK_GONE;
	ui_index_start(u);
	/* Matches and the search's results may point into the old texts. */
	u->have_match = 0;
	u->side_results = 0;
	const char *pat = finder_pattern(u->find);
	if (pat && pat[0] == '@')
		finder_set(u->find, NULL, 0, NULL, NULL); /* its entity ids are the old table's */
	/* Entity ids and mentions are the old table's. */
	u->ecur = UI_NONE;
	u->side_entity = UI_NONE;
	u->side_at_entity = UI_NONE;
	u->side_sel = UI_NONE;
	free(u->related);
	u->related = NULL;
	free(u->rel);
	u->rel = NULL;
	u->nrel = 0;
	u->related_for = UI_NONE;
	for (size_t j = 0; j < u->njumps; j++)
		u->jumps[j].side = UI_SIDE_UNKNOWN;
	ui_select_end(u);
	if (!u->views[u->cur]) {
		u->views[u->cur] = view_new(corpus_article(u->c, u->cur), ui_body_width(u));
		at = ui_reload_clamp(u, u->cur, at);
		struct view *vw = ui_view(u);
		ui_set_top(u, at == UI_NO_ANCHOR ? view_first(vw) : view_at_offset(vw, at));
	}
	ui_side_build(u);
	char *note = err_first ? xasprintf("; not reloaded: %s", err_first) : xstrdup("");
	if (n == 0)
		ui_message(u, failed > 0, xasprintf("Deleted files left out of the entities and cross-references%s; indexing again.", note));
	else if (n == 1)
		ui_message(u, failed > 0, xasprintf("Reloaded %s%s%s; indexing again.", article_name(u->c->arts[v[0].i]),
						    gone ? ", deleted files left out" : "", note));
	else
		ui_message(u, failed > 0, xasprintf("Reloaded %zu files%s%s; indexing again.", n,
						    gone ? ", deleted files left out" : "", note));
	free(note);
	free(err_first);
	free(v);
}
