/* ui_side: the side pane: the current story's entities and what it shares
 * with the others, an entity's mentions in context, the related stories,
 * the results of a search of all stories, and the story's details. */
#include <pthread.h>
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
#include "text.h"
#include "tty.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"
#include "xref.h"

void ui_side_clear(struct ui *u)
{
	for (size_t i = 0; i < u->nside; i++)
		free(u->side[i].s);
	free(u->side);
	u->side = NULL;
	u->nside = 0;
}

static struct ui_side_line *ui_side_row(struct ui *u, size_t *cap, const char *s, enum tty_style st,
					enum ui_side_kind kind)
{
	u->side = xgrow(u->side, cap, u->nside + 1, sizeof *u->side);
	struct ui_side_line *l = &u->side[u->nside++];
	memset(l, 0, sizeof *l);
	l->s = xstrdup(s);
	l->style = st;
	l->kind = kind;
	l->entity = UI_NONE;
	return l;
}

static void ui_side_add(struct ui *u, size_t *cap, const char *s, enum tty_style st)
{
	size_t *starts;
	size_t n = strlen(s);
	size_t k = text_wrap(s, n, u->side_width, 1, &starts);
	for (size_t i = 0; i < k; i++) {
		size_t a = starts[i], b = i + 1 < k ? starts[i + 1] : n;
		while (b > a && s[b - 1] == ' ')
			b--;
		char *piece = xstrndup(s + a, b - a);
		ui_side_row(u, cap, piece, st, SIDE_TEXT);
		free(piece);
	}
	free(starts);
}

/* An entity of the article, for sorting the pane's list. */
struct ui_count {
	size_t id;		/* an entity */
	size_t n;		/* its mentions here */
	const char *name;	/* its name, the tie-breaker */
};

static int ui_side_count_cmp(const void *x, const void *y)
{
	const struct ui_count *a = x, *b = y;
	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* The pane's heading for each entity type. */
static const char *const ui_type_heads[NER_NTYPES] = { "People", "Organizations", "Places", "Groups",
							 "Other names", "Dates" };

static int ui_side_id_cmp(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	return a < b ? -1 : a > b;
}

/* The article's entities, each once with its mentions here; in *out. */
static size_t ui_side_counts(struct ui *u, struct ui_count **out)
{
	const struct entity_doc *d = ui_doc(u);
	size_t *ids = xmalloc((d->n ? d->n : 1) * sizeof *ids);
	/* Sign-offs and credits are not the story's entities. */
	size_t ni = 0;
	for (size_t k = 0; k < d->n; k++)
		if (!d->v[k].furniture)
			ids[ni++] = d->v[k].id;
	qsort(ids, ni, sizeof *ids, ui_side_id_cmp);
	struct ui_count *c = xmalloc((ni ? ni : 1) * sizeof *c);
	size_t n = 0;
	for (size_t k = 0; k < ni;) {
		size_t j = k;
		while (j < ni && ids[j] == ids[k])
			j++;
		c[n].id = ids[k];
		c[n].n = j - k;
		c[n].name = u->ents->v[ids[k]].name;
		n++;
		k = j;
	}
	free(ids);
	*out = c;
	return n;
}

/* Lists the entities of all[0..nall) of one type, most mentioned first;
 * with `shared` (cross-references ready) only those other articles
 * mention too (1), or only those they do not (0); -1 lists them all. cnt
 * has room for nall. */
static size_t ui_side_type(struct ui *u, size_t *cap, int type, int shared, const struct ui_count *all,
			   size_t nall, struct ui_count *cnt)
{
	size_t nc = 0;
	for (size_t k = 0; k < nall; k++) {
		size_t id = all[k].id;
		if ((int)u->ents->v[id].type != type)
			continue;
		if (shared >= 0 && u->xref && ((xref_spread(u->xref, id) > 1) != shared))
			continue;
		cnt[nc++] = all[k];
	}
	if (nc == 0)
		return 0;
	qsort(cnt, nc, sizeof *cnt, ui_side_count_cmp);
	char line[128];
	snprintf(line, sizeof line, " %s (%zu)", ui_type_heads[type], nc);
	ui_side_row(u, cap, line, TTY_LABEL, SIDE_TEXT);
	for (size_t j = 0; j < nc; j++) {
		struct ui_side_line *l = ui_side_row(u, cap, cnt[j].name, (enum tty_style)(TTY_PERSON + type), SIDE_ENTITY);
		l->entity = cnt[j].id;
		l->count = cnt[j].n;
		if (u->xref) {
			const struct xref_cell *cells;
			size_t ncell = xref_cells(u->xref, cnt[j].id, &cells);
			for (size_t q = 0; q < ncell; q++)
				if (cells[q].article != u->cur)
					l->elsewhere += cells[q].count;
		}
	}
	return nc;
}

/* The entities: shared ones first (what the other coverage also has), then
 * those only this story has; before indexing ends, all of them. */
static void ui_side_entities(struct ui *u, size_t *cap)
{
	/* Each entity counted once, then listed by type. */
	struct ui_count *all;
	size_t nall = ui_side_counts(u, &all);
	struct ui_count *cnt = xmalloc((nall ? nall : 1) * sizeof *cnt);
	char line[128];
	size_t total = 0;
	if (!u->ents->docs[u->cur].done) {
		ui_side_row(u, cap, "Recognizing entities\xe2\x80\xa6", TTY_DIM, SIDE_TEXT);
	} else if (!u->xref) {
		snprintf(line, sizeof line, "Indexing %zu of %zu articles\xe2\x80\xa6", u->indexed, u->c->n);
		ui_side_row(u, cap, line, TTY_DIM, SIDE_TEXT);
		for (int type = 0; type < NER_NTYPES; type++)
			total += ui_side_type(u, cap, type, -1, all, nall, cnt);
	} else if (u->c->n > 1) {
		ui_side_row(u, cap, "Shared with other stories", TTY_PANE_HEAD, SIDE_TEXT);
		ui_side_row(u, cap, " here / elsewhere", TTY_DIM, SIDE_TEXT);
		size_t shared = 0;
		for (int type = 0; type < NER_NTYPES; type++)
			if (type != NER_DATE)
				shared += ui_side_type(u, cap, type, 1, all, nall, cnt);
		if (shared == 0)
			ui_side_row(u, cap, " None.", TTY_DIM, SIDE_TEXT);
		ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
		ui_side_row(u, cap, "Only in this story", TTY_PANE_HEAD, SIDE_TEXT);
		size_t only = 0;
		for (int type = 0; type < NER_NTYPES; type++)
			only += ui_side_type(u, cap, type, 0, all, nall, cnt);
		if (only == 0)
			ui_side_row(u, cap, " None.", TTY_DIM, SIDE_TEXT);
		total = shared + only;
	} else {
		for (int type = 0; type < NER_NTYPES; type++)
			total += ui_side_type(u, cap, type, -1, all, nall, cnt);
	}
	if (total == 0)
		ui_side_row(u, cap, "No entities found.", TTY_DIM, SIDE_TEXT);
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
	free(all);
	free(cnt);
}

/* Related stories, when there are more than two: ranked by what they share. */
static void ui_side_related(struct ui *u, size_t *cap)
{
	if (!u->xref || u->c->n <= 2)
		return;
	ui_side_related_counts(u);
	const struct xref_related *r = u->rel;
	size_t n = u->nrel;
	ui_side_row(u, cap, "Related stories", TTY_PANE_HEAD, SIDE_TEXT);
	if (n == 0)
		ui_side_row(u, cap, " None.", TTY_DIM, SIDE_TEXT);
	else
		ui_side_add(u, cap, " % of this story's names shared", TTY_DIM);
	for (size_t k = 0; k < n && k < 10; k++) {
		struct ui_side_line *l = ui_side_row(u, cap, corpus_article(u->c, r[k].article)->title, TTY_NORMAL,
						     SIDE_RELATED);
		l->article = r[k].article;
		l->count = ui_side_percent(r[k].part);
	}
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
}

/* The bytes whose words may stand around a mention at ms in a snippet:
 * its paragraph; in a headline, the title's text; in a header line, the
 * value (never the "Title:" key); else the whole text. */
static void ui_side_context(const struct article *art, size_t ms, size_t *ps, size_t *pe)
{
	*ps = 0;
	*pe = art->len;
	size_t p = article_para_at(art, ms);
	if (p < art->npara) {
		*ps = art->paras[p].start;
		*pe = art->paras[p].end;
	} else if (ms >= art->title_start && ms < art->title_end) {
		*ps = art->title_start;
		*pe = art->title_end;
	} else {
		for (size_t i = 0; i < art->nfields; i++)
			if (ms >= art->fields[i].value_start && ms < art->fields[i].value_end) {
				*ps = art->fields[i].value_start;
				*pe = art->fields[i].value_end;
			}
	}
}

static int ui_side_blank(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* A one-line keyword in context: whole words around bytes [ms, me) of
 * article a in `width` columns, the mention in the middle, "…" where
 * the context was cut; *hs and *he get the mention's bytes in the line. */
static char *ui_side_snippet(struct ui *u, size_t a, size_t ms, size_t me, int width, size_t *hs, size_t *he)
{
	static const char ell[] = "\xe2\x80\xa6";
	const struct article *art = corpus_article(u->c, a);
	/* A text found changed on disk after its mentions were (ui_stat.c)
	 * is read within its bounds until it is indexed again. */
	if (me > art->len)
		me = art->len;
	if (ms > me)
		ms = me;
	size_t ps, pe;
	ui_side_context(art, ms, &ps, &pe);
	if (ms < ps)
		ps = ms;
	if (me > pe)
		pe = me;
	char *mention = text_clean(art->data + ms, me - ms);
	int room = width - text_width(mention, strlen(mention));
	if (room < 0)
		room = 0;
	/* Left: the last words before it that fit in half the room (more
	 * when what follows is short), its bytes read back only as far as
	 * those columns can reach. */
	int lroom = room / 2;
	if (pe - me <= (size_t)room) {
		char *rest = text_clean(art->data + me, pe - me);
		int need = text_width(rest, strlen(rest)) + 2;
		if (room - need > lroom)
			lroom = room - need;
		free(rest);
	}
	size_t ls = ms - ps > (size_t)lroom * 4 + 16 ? ms - ((size_t)lroom * 4 + 16) : ps;
	char *left = text_clean(art->data + ls, ms - ls);
	size_t ln = strlen(left);
	int gap_l = ln > 0 && ui_side_blank(art->data[ms - 1]);
	size_t lcut = 0;
	int lead = 0;
	if (ls > ps || text_width(left, ln) + gap_l > lroom) {
		/* Cut: "…" and the words that fit; the first counts only if
		 * what was read back begins at a word. */
		int word = ls > ps && (ui_side_blank(art->data[ls - 1]) || ui_side_blank(art->data[ls]));
		lead = ln > 0;
		lcut = text_fit_tail(left, ln, lroom - gap_l - 1, word);
	}
	char *lpart = xasprintf("%s%s%s", lead ? ell : "", left + lcut, gap_l ? " " : "");
	int rroom = room - text_columns(lpart, strlen(lpart));
	if (rroom < 0)
		rroom = 0;
	/* Right: the first words after it that fit in what is left. */
	size_t re = pe - me > (size_t)rroom * 4 + 16 ? me + (size_t)rroom * 4 + 16 : pe;
	char *right = text_clean(art->data + me, re - me);
	size_t rn = strlen(right);
	int gap_r = rn > 0 && ui_side_blank(art->data[me]);
	size_t rcut = rn;
	int tail = 0;
	if (re < pe || text_width(right, rn) + gap_r > rroom) {
		int word = re < pe && (ui_side_blank(art->data[re - 1]) || ui_side_blank(art->data[re]));
		tail = rn > 0;
		rcut = text_fit_head(right, rn, rroom - gap_r - 1, word);
	}
	char *line = xasprintf("%s%s%s%.*s%s", lpart, mention, gap_r && rcut > 0 ? " " : "", (int)rcut, right,
			       tail ? ell : "");
	*hs = strlen(lpart);
	*he = *hs + strlen(mention);
	free(mention);
	free(left);
	free(lpart);
	free(right);
	return line;
}

/* Entity id's mentions in article a, under the story's title and count. */
static void ui_side_mentions_in(struct ui *u, size_t *cap, size_t id, size_t a)
{
	const struct entity_doc *d = ui_doc_of(u, a);
	size_t count = 0;
	for (size_t k = 0; k < d->n; k++)
		count += d->v[k].id == id;
	char *t = xasprintf("%s (%zu)", a == u->cur ? "This story" : corpus_article(u->c, a)->title, count);
	char *cut = text_truncate(t, u->side_width);
	ui_side_row(u, cap, cut, TTY_LABEL, SIDE_TEXT);
	free(cut);
	free(t);
	for (size_t k = 0; k < d->n; k++) {
		if (d->v[k].id != id)
			continue;
		size_t hs, he;
		char *snip = ui_side_snippet(u, a, d->v[k].start, d->v[k].end, u->side_width - 1, &hs, &he);
		struct ui_side_line *l = ui_side_row(u, cap, snip, TTY_NORMAL, SIDE_SNIPPET);
		l->entity = id;
		l->article = a;
		l->mention = k;
		l->hl_start = hs;
		l->hl_end = he;
		free(snip);
	}
}

/* The mentions of one entity: in this story, then in every other story
 * that has it, under the story's title. */
static void ui_side_mentions(struct ui *u, size_t *cap)
{
	size_t id = u->side_entity;
	const struct entity *e = &u->ents->v[id];
	char *head = xasprintf("%s (%s)", e->name, ner_type_name(e->type));
	ui_side_row(u, cap, head, (enum tty_style)(TTY_PERSON + e->type), SIDE_TEXT);
	free(head);
	ui_side_row(u, cap, " Esc: back to the list", TTY_DIM, SIDE_TEXT);
	/* Before the cross-references are built, this story alone. */
	const struct xref_cell *cells = NULL;
	size_t nc = u->xref ? xref_cells(u->xref, id, &cells) : 0;
	int here = !u->xref;
	for (size_t q = 0; q < nc; q++)
		here |= cells[q].article == u->cur;
	if (here)
		ui_side_mentions_in(u, cap, id, u->cur);
	for (size_t q = 0; q < nc; q++)
		if (cells[q].article != u->cur)
			ui_side_mentions_in(u, cap, id, cells[q].article);
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
}

/* The results of a search of all the stories: for each story that has
 * matches, its title, how many, and the first few in context. */
static void ui_side_results(struct ui *u, size_t *cap)
{
	struct ui_reload_counts k;
	ui_reload_count(u, &k);
	size_t total = k.total, stories = k.stories;
	char *head = xasprintf("\"%s\": %zu in %zu stor%s", finder_pattern(u->find) ? finder_pattern(u->find) : "",
			       total, stories, stories == 1 ? "y" : "ies");
	ui_side_add(u, cap, head, TTY_PANE_HEAD);
	free(head);
	if (k.gone) {
		/* Not counted: they are in files no longer there. */
		char *g = xasprintf(" %zu more in %zu deleted file%s, left out", k.gone, k.gone_stories,
				    k.gone_stories == 1 ? "" : "s");
		ui_side_row(u, cap, g, TTY_DIM, SIDE_TEXT);
		free(g);
	}
	ui_side_row(u, cap, " Esc: back to the entities", TTY_DIM, SIDE_TEXT);
	size_t listed = 0;
	for (size_t a = 0; a < u->c->n && listed < 200; a++) {
		size_t n = finder_count(u->find, a);
		if (n == 0 || !ui_reload_counted(u, a))
			continue;
		listed++;
		char *t = xasprintf("%s%zu: %s", ui_reload_mark(u, a), n, corpus_article(u->c, a)->title);
		char *cut = text_truncate(t, u->side_width);
		ui_side_row(u, cap, cut, TTY_LABEL, SIDE_TEXT);
		free(cut);
		free(t);
		struct search_match m;
		int wrapped;
		size_t from = 0;
		for (int k = 0; k < 3 && finder_step(u->find, a, from, 1, &m, &wrapped) && !wrapped; k++) {
			size_t hs, he;
			char *snip = ui_side_snippet(u, a, m.start, m.end, u->side_width - 1, &hs, &he);
			struct ui_side_line *l = ui_side_row(u, cap, snip, TTY_NORMAL, SIDE_MATCH);
			l->article = a;
			l->start = m.start;
			l->end = m.end;
			l->hl_start = hs;
			l->hl_end = he;
			free(snip);
			from = m.start + 1;
		}
	}
	if (stories > listed)
		ui_side_row(u, cap, " \xe2\x80\xa6 and more stories (n goes on to them)", TTY_DIM, SIDE_TEXT);
	if (total == 0)
		ui_side_row(u, cap, " Not found.", TTY_DIM, SIDE_TEXT);
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
}

/* The notes, by story: the story's title, each passage (Enter goes
 * there) and the note under it. */
static void ui_side_notes(struct ui *u, size_t *cap)
{
	struct store_note *v;
	size_t n;
	if (ui_notes_list(u, &v, &n) != 0)
		n = 0;
	char *head = xasprintf("%zu note%s", n, n == 1 ? "" : "s");
	ui_side_add(u, cap, head, TTY_PANE_HEAD);
	free(head);
	ui_side_row(u, cap, " Esc: back to the entities", TTY_DIM, SIDE_TEXT);
	const char *story = NULL;
	for (size_t k = 0; k < n; k++) {
		if (!story || strcmp(story, v[k].hash) != 0) {
			story = v[k].hash;
			ui_side_add(u, cap, "", TTY_NORMAL);
			ui_side_add(u, cap, v[k].title ? v[k].title : v[k].path ? v[k].path : "(untitled)", TTY_LABEL);
		}
		char *q = xasprintf("\xe2\x80\x9c%s\xe2\x80\x9d", v[k].quote ? v[k].quote : "");
		char *cut = text_truncate(q, u->side_width - 1);
		struct ui_side_line *l = ui_side_row(u, cap, cut, TTY_NORMAL, SIDE_NOTE);
		l->article = ui_state_article(u, v[k].hash, v[k].path);
		l->start = (size_t)v[k].start;
		l->end = (size_t)v[k].end;
		free(cut);
		free(q);
		if (v[k].text && *v[k].text)
			ui_side_add(u, cap, v[k].text, TTY_DIM);
	}
	if (n == 0)
		ui_side_row(u, cap, " No notes yet: a puts one on a paragraph.", TTY_DIM, SIDE_TEXT);
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
	store_notes_free(v, n);
}

int ui_side_show_focused(struct ui *u)
{
	if (!u->pane[PANE_SIDE].visible) {
		u->show[PANE_SIDE] = SHOW_ON;
		ui_layout(u);
	}
	ui_side_build(u);
	if (!u->pane[PANE_SIDE].visible)
		return 0;
	u->focus = PANE_SIDE;
	return 1;
}

/* A: the notes in the side pane, shown and focused. */
void ui_side_notes_open(struct ui *u)
{
	u->side_notes = 1;
	u->side_results = 0;
	u->side_entity = UI_NONE;
	if (!ui_side_show_focused(u))
		ui_message(u, 1, xstrdup("The terminal is too narrow for the notes pane."));
}

/* The side pane's width. By default about 30% of the terminal within
 * [UI_SIDE_MIN, UI_SIDE_MAX], so that it grows on a wide terminal, and
 * narrower (to UI_SIDE_MIN) rather than leave the body fewer than
 * UI_BODY_READABLE columns; - and + change it by UI_SIDE_STEP, kept as a
 * part of the terminal's width so that it holds across resizes, between
 * UI_SIDE_LEAST and what leaves the body UI_BODY_LEAST. */
#define UI_SIDE_MIN 24
#define UI_SIDE_MAX 60
#define UI_BODY_READABLE 50
#define UI_SIDE_STEP 4
#define UI_SIDE_LEAST 16
#define UI_BODY_LEAST 30

int ui_side_wanted(const struct ui *u, int room)
{
	int w;
	if (u->side_want > 0) {
		w = (u->cols * u->side_want + 500) / 1000;
		if (w > room - 1 - UI_BODY_LEAST)
			w = room - 1 - UI_BODY_LEAST;
		return w < UI_SIDE_LEAST ? UI_SIDE_LEAST : w;
	}
	w = u->cols * 3 / 10;
	w = w < UI_SIDE_MIN ? UI_SIDE_MIN : w > UI_SIDE_MAX ? UI_SIDE_MAX : w;
	if (room - 1 - w < UI_BODY_READABLE)
		w = room - 1 - UI_BODY_READABLE;
	return w < UI_SIDE_MIN ? UI_SIDE_MIN : w;
}

void ui_side_resize(struct ui *u, int dir)
{
	if (!u->pane[PANE_SIDE].visible) {
		ui_message(u, 0, xstrdup("The side pane is hidden: S shows it."));
		return;
	}
	int before = u->pane[PANE_SIDE].w;
	if (dir == 0) {
		u->side_want = 0;
	} else {
		int w = before + dir * UI_SIDE_STEP;
		if (w < UI_SIDE_LEAST)
			w = UI_SIDE_LEAST;
		u->side_want = (w * 1000 + u->cols / 2) / u->cols;
	}
	ui_layout(u);
	int after = u->pane[PANE_SIDE].w;
	if (dir != 0 && after == before) {
		/* Kept at what is shown, so that the other key acts at once. */
		u->side_want = (before * 1000 + u->cols / 2) / u->cols;
		ui_message(u, 0, xasprintf("The side pane is as %s as it goes (%d columns).",
					   dir < 0 ? "narrow" : "wide", after));
		return;
	}
	ui_message(u, 0, xasprintf("Side pane: %d columns%s (- narrower, + wider, _ default).", after,
				   u->side_want ? "" : ", the default"));
}

/* The pane lists an entity's mentions for a place: after x, a jump, or e
 * onto another entity it lists those of the entity now selected, or, in
 * another story with none selected, that story's cross-references;
 * otherwise it would describe where the reader no longer is. The notes
 * and search results stay, being about no one place. */
void ui_side_follow(struct ui *u)
{
	const struct entity_doc *d = ui_doc(u);
	size_t id = u->ecur != UI_NONE && u->ecur < d->n ? d->v[u->ecur].id : UI_NONE;
	if (u->cur == u->side_at && id == u->side_at_entity)
		return;
	int moved = u->cur != u->side_at;
	u->side_at = u->cur;
	u->side_at_entity = id;
	if (u->side_entity == UI_NONE || u->side_notes || u->side_results)
		return;
	if (id != UI_NONE)
		u->side_entity = id;
	else if (moved)
		u->side_entity = UI_NONE;
	else
		return;
	ui_side_build(u);
	/* The selection on the mention the body has selected. */
	for (size_t i = 0; i < u->nside; i++)
		if (u->side[i].kind == SIDE_SNIPPET && u->side[i].article == u->cur && u->side[i].mention == u->ecur) {
			u->side_sel = i;
			ui_side_move(u, 0);
			break;
		}
}

/* The columns the side pane's lines are laid out in. */
int ui_side_width(const struct ui *u)
{
	return u->pane[PANE_SIDE].w - 1 > 1 ? u->pane[PANE_SIDE].w - 1 : 1;
}

/* The side pane: the article's entities and related stories, then its
 * details; or the mentions of one entity across the stories. */
void ui_side_build(struct ui *u)
{
	struct article *a = corpus_article(u->c, u->cur);
	size_t cap = 0;
	size_t keep_entity = u->side_sel != UI_NONE && u->side_sel < u->nside ? u->side[u->side_sel].entity : UI_NONE;
	ui_side_clear(u);
	u->side_width = ui_side_width(u);
	if (u->side_notes) {
		ui_side_notes(u, &cap);
	} else if (u->side_results) {
		ui_side_results(u, &cap);
	} else if (u->side_entity != UI_NONE) {
		ui_side_mentions(u, &cap);
	} else {
		ui_side_related(u, &cap);
		ui_side_entities(u, &cap);
	}
	ui_side_add(u, &cap, "Title", TTY_LABEL);
	ui_side_add(u, &cap, a->title, TTY_TITLE);
	for (size_t i = 0; i < a->nfields; i++) {
		const struct article_field *f = &a->fields[i];
		if (strcmp(f->key, "title") == 0)
			continue;
		char *label = xstrdup(f->key);
		label[0] = (char)(label[0] >= 'a' && label[0] <= 'z' ? label[0] - 32 : label[0]);
		ui_side_add(u, &cap, "", TTY_NORMAL);
		ui_side_add(u, &cap, label, TTY_LABEL);
		ui_side_add(u, &cap, f->value, TTY_NORMAL);
		free(label);
	}
	char *path = text_clean(article_name(a), strlen(article_name(a)));
	/* A big file's first part does not know the whole's figures. */
	size_t words = a->partial ? 0 : article_word_count(a);
	char *stats = a->partial ? xstrdup("loading\xe2\x80\xa6") :
		      xasprintf("%zu bytes, %zu paragraphs, %zu words, about %zu min to read",
				a->len, a->npara, words, (words + 229) / 230);
	ui_side_add(u, &cap, "", TTY_NORMAL);
	ui_side_add(u, &cap, "File", TTY_LABEL);
	ui_side_add(u, &cap, path, TTY_NORMAL);
	ui_side_add(u, &cap, "", TTY_NORMAL);
	ui_side_add(u, &cap, "Length", TTY_LABEL);
	ui_side_add(u, &cap, stats, TTY_NORMAL);
	free(path);
	free(stats);
	u->side_top = 0;
	u->side_sel = UI_NONE;
	/* The selection stays on the same entity when the pane is rebuilt. */
	for (size_t i = 0; i < u->nside && keep_entity != UI_NONE && u->side_entity == UI_NONE; i++)
		if (u->side[i].kind == SIDE_ENTITY && u->side[i].entity == keep_entity)
			u->side_sel = i;
	for (size_t i = 0; i < u->nside && u->side_sel == UI_NONE; i++)
		if (u->side[i].kind != SIDE_TEXT)
			u->side_sel = i;
	if (u->side_sel != UI_NONE) {
		size_t h = u->pane[PANE_SIDE].h > 0 ? (size_t)u->pane[PANE_SIDE].h : 1;
		if (u->side_sel >= h)
			u->side_top = u->side_sel - h / 2;
	}
}

static void ui_side_scroll_only(struct ui *u, long n);

/* Moves the side pane's selection over entity rows, scrolling to keep it
 * shown; without entity rows it scrolls. */
void ui_side_move(struct ui *u, long n)
{
	if (u->side_sel == UI_NONE) {
		ui_side_scroll_only(u, n);
		return;
	}
	size_t i = u->side_sel;
	while (n > 0) {
		size_t j = i + 1;
		while (j < u->nside && u->side[j].kind == SIDE_TEXT)
			j++;
		if (j >= u->nside)
			break;
		i = j;
		n--;
	}
	while (n < 0) {
		size_t j = i;
		while (j > 0 && u->side[j - 1].kind == SIDE_TEXT)
			j--;
		if (j == 0)
			break;
		i = j - 1;
		n++;
	}
	u->side_sel = i;
	size_t h = u->pane[PANE_SIDE].h > 0 ? (size_t)u->pane[PANE_SIDE].h : 1;
	if (i < u->side_top + 1)
		u->side_top = i > 0 ? i - 1 : 0; /* the type heading stays in sight */
	if (i >= u->side_top + h)
		u->side_top = i - h + 1;
}

static void ui_side_scroll_only(struct ui *u, long n)
{
	long h = u->pane[PANE_SIDE].h;
	long max = (long)u->nside - h;
	long t = (long)u->side_top + n;
	if (t > max)
		t = max;
	if (t < 0)
		t = 0;
	u->side_top = (size_t)t;
}

/* Enter in the side pane: an entity lists its mentions; a mention or a
 * related story is opened. */
void ui_side_enter(struct ui *u)
{
	const struct ui_side_line *l = &u->side[u->side_sel];
	switch (l->kind) {
	case SIDE_ENTITY:
		u->side_entity = l->entity;
		ui_side_build(u);
		break;
	case SIDE_SNIPPET:
		ui_jump_to(u, l->article, l->mention);
		break;
	case SIDE_RELATED:
		ui_jump_open(u, l->article);
		break;
	case SIDE_NOTE: {
		/* Opening the story rebuilds the pane, and l with it. */
		size_t a = l->article, start = l->start;
		if (a == UI_NONE) {
			ui_message(u, 0, xstrdup("That note's story is not open here."));
			break;
		}
		ui_jump_open(u, a);
		ui_show_offset(u, start);
		break;
	}
	case SIDE_MATCH: {
		struct search_match m = { l->start, l->end };
		ui_jump_open(u, l->article);
		ui_search_show(u, &m);
		ui_message(u, 0, ui_search_message(u, ""));
		break;
	}
	default:
		break;
	}
}

/* The stories related to the current one, ranked, and the shared-entity
 * count of every story for the list; made again when the current story
 * changes. */
/* The share the ranking goes by, in percent, rounded; never 0 for a
 * story listed because it shares something. */
size_t ui_side_percent(double part)
{
	size_t p = (size_t)(part * 100.0 + 0.5);
	return p ? p : 1;
}

void ui_side_related_counts(struct ui *u)
{
	if (!u->xref || u->c->n <= 2 || u->related_for == u->cur)
		return;
	if (!u->related)
		u->related = xcalloc(u->c->n, sizeof *u->related);
	memset(u->related, 0, u->c->n * sizeof *u->related);
	free(u->rel);
	u->nrel = xref_related(u->xref, u->ents, u->cur, &u->rel);
	/* The share the side pane shows: the list shows it and sorts by it,
	 * so both follow the one ranking. */
	for (size_t k = 0; k < u->nrel; k++)
		u->related[u->rel[k].article] = ui_side_percent(u->rel[k].part);
	u->related_for = u->cur;
}

void ui_side_draw(struct ui *u)
{
	struct ui_rect *r = &u->pane[PANE_SIDE];
	ui_draw_heading(u, PANE_SIDE, u->side_notes ? "Notes" : u->side_results ? "Search results" : u->side_entity != UI_NONE ? "Mentions" :
				      u->xref && u->c->n > 1 ? "Cross-references" : "Entities");
	for (int row = 0; row < r->h; row++) {
		size_t i = u->side_top + (size_t)row;
		if (i >= u->nside)
			break;
		const struct ui_side_line *sl = &u->side[i];
		int y = r->y + 1 + row;
		int selected = i == u->side_sel;
		enum tty_style sel = u->focus == PANE_SIDE ? TTY_SELECTED : TTY_SELECTED_IDLE;
		if (sl->kind == SIDE_TEXT) {
			tty_puts(y, r->x + 1, r->w - 1, sl->s, sl->style);
			continue;
		}
		if (selected)
			tty_fill(y, r->x + 1, r->w - 1, sel);
		if (sl->kind == SIDE_NOTE) {
			tty_puts(y, r->x + 2, r->w - 2, sl->s, selected ? sel : sl->style);
			continue;
		}
		if (sl->kind == SIDE_SNIPPET || sl->kind == SIDE_MATCH) {
			/* The context plain, the mention in its type's style, a
			 * match as matches are. */
			char *left = xstrndup(sl->s, sl->hl_start);
			char *mid = xstrndup(sl->s + sl->hl_start, sl->hl_end - sl->hl_start);
			int x = r->x + 2, room = r->w - 2;
			enum tty_style ms = sl->kind == SIDE_MATCH ? TTY_MATCH :
					    (enum tty_style)(TTY_PERSON + u->ents->v[sl->entity].type);
			int used = tty_puts(y, x, room, left, selected ? sel : TTY_DIM);
			used += tty_puts(y, x + used, room - used, mid, selected ? sel : ms);
			tty_puts(y, x + used, room - used, sl->s + sl->hl_end, selected ? sel : TTY_DIM);
			free(left);
			free(mid);
			continue;
		}
		/* "  Vladimir Putin      1·4": the name cut to leave room for the counts. */
		char num[48];
		if (sl->kind == SIDE_RELATED)
			snprintf(num, sizeof num, " %zu%%", sl->count);
		else if (u->xref && u->c->n > 1 && sl->elsewhere)
			snprintf(num, sizeof num, " %zu\xc2\xb7%zu", sl->count, sl->elsewhere);
		else
			snprintf(num, sizeof num, " %zu", sl->count);
		int nw = text_columns(num, strlen(num));
		int room = r->w - 3 - nw;
		if (room > 0) {
			char *cut = text_truncate(sl->s, room);
			tty_puts(y, r->x + 2, room, cut, selected ? sel : sl->style);
			free(cut);
		}
		tty_puts(y, r->x + r->w - nw, nw, num, selected ? sel : TTY_DIM);
	}
}
