/* ui: the three panes (article list | body | side pane), the status and
 * message lines, the help screen, and what each command does. All drawing
 * is done afresh from the state on every key; curses sends only changes. */
#include "ui.h"

#include <pthread.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "finder.h"
#include "history.h"
#include "prompt.h"
#include "lexicon.h"
#include "ner.h"
#include "keys.h"
#include "text.h"
#include "tty.h"
#include "view.h"
#include "xref.h"
#include "xmalloc.h"

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
	SIDE_MATCH	/* a search match in context: Enter goes there */
};

/* A line of the side pane, already wrapped. */
struct ui_side_line {
	char *s;		/* clean UTF-8 */
	enum tty_style style;	/* how it is drawn */
	enum ui_side_kind kind;	/* what Enter does on it */
	size_t entity;		/* the entity (SIDE_ENTITY, SIDE_SNIPPET), or UI_NONE */
	size_t count;		/* its mentions here (SIDE_ENTITY), shared entities (SIDE_RELATED) */
	size_t elsewhere;	/* its mentions in the other articles (SIDE_ENTITY) */
	size_t article;		/* the article a snippet or related line points to */
	size_t mention;		/* the mention's index in that article's entity_doc */
	size_t hl_start, hl_end;/* the mention's bytes within s, to highlight */
	size_t start, end;	/* SIDE_MATCH: the match's bytes in the article */
};

/* Where the reader was: a jump list entry. */
struct ui_place {
	size_t article;		/* the article open */
	size_t anchor;		/* the offset at the top of the body */
	int anchor_head;	/* the top was the title or date line */
	size_t ecur;		/* the selected mention, or UI_NONE */
};

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
	 * one first, then links them and builds the cross-references. It and
	 * the reader share the table, the corpus (parsing) and the fields
	 * above under `lock`, which the reader holds except while it waits
	 * for a key; recognition itself runs unlocked. */
	pthread_t worker;
	pthread_mutex_t lock;
	int worker_running;		/* the thread was started and not joined */
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
	struct ui_place search_origin;	/* where the search began: Esc returns there */
	size_t origin_offset;		/* the offset it searches from */
	struct search_match match;	/* the match the reader is on */
	int have_match;			/* there is one */
	int search_all;			/* n and N go on to the other stories */
	int side_results;		/* the side pane lists the results of a search of all */
	size_t *related;		/* per story, entities shared with related_for */
	size_t related_for;		/* the story those counts are for, or UI_NONE */
	size_t side_entity;		/* the entity whose mentions the side pane lists, or UI_NONE */
	struct ui_place *jumps;		/* the jump list, oldest first */
	size_t njumps, capjumps;
	size_t jump_pos;		/* where in it the reader is (njumps: at the newest) */
	int side_width;			/* width the side lines were wrapped to */
	int help;			/* the help screen is up */
	size_t help_top;		/* first help line shown */
	char *msg;			/* the message line, or NULL */
	int msg_error;			/* the message is an error */
	int quit;			/* leave the main loop */
};

static void ui_message(struct ui *u, int error, char *msg)
{
	free(u->msg);
	u->msg = msg;
	u->msg_error = error;
}

static struct view *ui_view(struct ui *u)
{
	return u->views[u->cur];
}

static int ui_body_width(const struct ui *u)
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

static void ui_set_top(struct ui *u, struct view_pos p)
{
	ui_place_top(u, p, 1);
}

static void ui_side_clear(struct ui *u)
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

/* The current article's mentions; none until the indexer has them. */
static const struct entity_doc *ui_doc(struct ui *u)
{
	static const struct entity_doc none;
	if (u->ents->docs[u->cur].done)
		return &u->ents->docs[u->cur];
	u->want = u->cur;
	return &none;
}

/* Article a's mentions, which the caller knows are recognized. */
static const struct entity_doc *ui_doc_of(struct ui *u, size_t a)
{
	return &u->ents->docs[a];
}

struct ui_count {
	size_t id;	/* an entity */
	size_t n;	/* its mentions here */
	const char *name;
};

static int ui_count_cmp(const void *x, const void *y)
{
	const struct ui_count *a = x, *b = y;
	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* The article's entities by type, most mentioned first. */
static const char *const ui_type_heads[NER_NTYPES] = { "People", "Organizations", "Places", "Groups",
							 "Other names", "Dates" };

/* Lists entities of the article of one type, most mentioned first; with
 * `shared` (cross-references ready) only those other articles mention too
 * (1), or only those they do not (0); -1 lists them all. */
static size_t ui_side_type(struct ui *u, size_t *cap, int type, int shared, struct ui_count *cnt)
{
	const struct entity_doc *d = ui_doc(u);
	size_t nc = 0;
	for (size_t k = 0; k < d->n; k++) {
		if ((int)d->v[k].type != type)
			continue;
		size_t id = d->v[k].id;
		if (shared >= 0 && u->xref && ((xref_spread(u->xref, id) > 1) != shared))
			continue;
		size_t j = 0;
		while (j < nc && cnt[j].id != id)
			j++;
		if (j == nc) {
			cnt[nc].id = id;
			cnt[nc].n = 0;
			cnt[nc].name = u->ents->v[id].name;
			nc++;
		}
		cnt[j].n++;
	}
	if (nc == 0)
		return 0;
	qsort(cnt, nc, sizeof *cnt, ui_count_cmp);
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
	const struct entity_doc *d = ui_doc(u);
	struct ui_count *cnt = xcalloc(d->n ? d->n : 1, sizeof *cnt);
	char line[128];
	size_t total = 0;
	if (!u->ents->docs[u->cur].done) {
		ui_side_row(u, cap, "Recognizing entities\xe2\x80\xa6", TTY_DIM, SIDE_TEXT);
	} else if (!u->xref) {
		snprintf(line, sizeof line, "Indexing %zu of %zu articles\xe2\x80\xa6", u->indexed, u->c->n);
		ui_side_row(u, cap, line, TTY_DIM, SIDE_TEXT);
		for (int type = 0; type < NER_NTYPES; type++)
			total += ui_side_type(u, cap, type, -1, cnt);
	} else if (u->c->n > 1) {
		ui_side_row(u, cap, "Shared with other stories", TTY_PANE_HEAD, SIDE_TEXT);
		ui_side_row(u, cap, " here / elsewhere", TTY_DIM, SIDE_TEXT);
		size_t shared = 0;
		for (int type = 0; type < NER_NTYPES; type++)
			if (type != NER_DATE)
				shared += ui_side_type(u, cap, type, 1, cnt);
		if (shared == 0)
			ui_side_row(u, cap, " None.", TTY_DIM, SIDE_TEXT);
		ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
		ui_side_row(u, cap, "Only in this story", TTY_PANE_HEAD, SIDE_TEXT);
		size_t only = 0;
		for (int type = 0; type < NER_NTYPES; type++)
			only += ui_side_type(u, cap, type, 0, cnt);
		if (only == 0)
			ui_side_row(u, cap, " None.", TTY_DIM, SIDE_TEXT);
		total = shared + only;
	} else {
		for (int type = 0; type < NER_NTYPES; type++)
			total += ui_side_type(u, cap, type, -1, cnt);
	}
	if (total == 0)
		ui_side_row(u, cap, "No entities found.", TTY_DIM, SIDE_TEXT);
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
	free(cnt);
}

/* Related stories, when there are more than two: ranked by what they share. */
static void ui_side_related(struct ui *u, size_t *cap)
{
	if (!u->xref || u->c->n <= 2)
		return;
	struct xref_related *r;
	size_t n = xref_related(u->xref, u->ents, u->cur, &r);
	ui_side_row(u, cap, "Related stories", TTY_PANE_HEAD, SIDE_TEXT);
	if (n == 0)
		ui_side_row(u, cap, " None.", TTY_DIM, SIDE_TEXT);
	for (size_t k = 0; k < n && k < 10; k++) {
		struct ui_side_line *l = ui_side_row(u, cap, corpus_article(u->c, r[k].article)->title, TTY_NORMAL,
						     SIDE_RELATED);
		l->article = r[k].article;
		l->count = r[k].shared;
	}
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
	free(r);
}

/* A one-line keyword in context: the words around bytes [ms, me) of
 * article a, those in the middle; *hs and *he get their bytes in the line. */
static char *ui_snippet(struct ui *u, size_t a, size_t ms, size_t me, int width, size_t *hs, size_t *he)
{
	const struct article *art = corpus_article(u->c, a);
	/* The paragraph around it bounds the context. */
	size_t ps = 0, pe = art->len;
	for (size_t p = 0; p < art->npara; p++)
		if (art->paras[p].start <= ms && ms < art->paras[p].end) {
			ps = art->paras[p].start;
			pe = art->paras[p].end;
		}
	char *mention = text_clean(art->data + ms, me - ms);
	int mw = text_width(mention, strlen(mention));
	int side = (width - mw) / 2 - 1;
	if (side < 4)
		side = 4;
	/* Left context: the last `side` columns before the mention. */
	size_t ls = ms > ps + (size_t)side * 4 ? ms - (size_t)side * 4 : ps;
	char *left = text_clean(art->data + ls, ms - ls);
	char *right = text_clean(art->data + me, (pe - me) < (size_t)side * 4 ? pe - me : (size_t)side * 4);
	size_t ln = strlen(left);
	size_t cut = 0;
	while (text_width(left + cut, ln - cut) > side - 1) {
		cut++;
		while (cut < ln && ((unsigned char)left[cut] & 0xC0) == 0x80)
			cut++;
	}
	/* Start the context at a word. */
	if (cut > 0 || ls > ps) {
		size_t sp = cut;
		while (sp < ln && left[sp] != ' ')
			sp++;
		if (sp < ln)
			cut = sp + 1;
	}
	int lead = cut > 0 || ls > ps;
	char *rt = text_truncate(right, side);
	int space_before = ms > ps && (art->data[ms - 1] == ' ' || art->data[ms - 1] == '\n');
	int space_after = me < pe && (art->data[me] == ' ' || art->data[me] == '\n');
	char *line = xasprintf("%s%s%s%s%s%s", lead ? "\xe2\x80\xa6" : "", left + cut, space_before && ln ? " " : "",
			       mention, space_after && *rt ? " " : "", rt);
	*hs = strlen(lead ? "\xe2\x80\xa6" : "") + strlen(left + cut) + (space_before && ln ? 1 : 0);
	*he = *hs + strlen(mention);
	free(mention);
	free(left);
	free(right);
	free(rt);
	return line;
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
	const struct xref_cell *cells = NULL;
	size_t nc = u->xref ? xref_cells(u->xref, id, &cells) : 0;
	/* This article first, then the others in corpus order. */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t q = 0; q < (u->xref ? nc : 1); q++) {
			size_t a = u->xref ? cells[q].article : u->cur;
			if ((pass == 0) != (a == u->cur))
				continue;
			const struct entity_doc *d = ui_doc_of(u, a);
			size_t count = 0;
			for (size_t k = 0; k < d->n; k++)
				count += d->v[k].id == id;
			char *t = xasprintf("%s (%zu)", a == u->cur ? "This story" : corpus_article(u->c, a)->title,
					    count);
			char *cut = text_truncate(t, u->side_width);
			ui_side_row(u, cap, cut, TTY_LABEL, SIDE_TEXT);
			free(cut);
			free(t);
			for (size_t k = 0; k < d->n; k++) {
				if (d->v[k].id != id)
					continue;
				size_t hs, he;
				char *snip = ui_snippet(u, a, d->v[k].start, d->v[k].end, u->side_width - 1, &hs, &he);
				struct ui_side_line *l = ui_side_row(u, cap, snip, TTY_NORMAL, SIDE_SNIPPET);
				l->entity = id;
				l->article = a;
				l->mention = k;
				l->hl_start = hs;
				l->hl_end = he;
				free(snip);
			}
		}
	}
	ui_side_row(u, cap, "", TTY_NORMAL, SIDE_TEXT);
}

/* The results of a search of all the stories: for each story that has
 * matches, its title, how many, and the first few in context. */
static void ui_side_results(struct ui *u, size_t *cap)
{
	size_t total = 0, stories = 0;
	for (size_t a = 0; a < u->c->n; a++) {
		size_t n = finder_count(u->find, a);
		total += n;
		stories += n > 0;
	}
	char *head = xasprintf("\"%s\": %zu in %zu stor%s", finder_pattern(u->find) ? finder_pattern(u->find) : "",
			       total, stories, stories == 1 ? "y" : "ies");
	ui_side_add(u, cap, head, TTY_PANE_HEAD);
	free(head);
	ui_side_row(u, cap, " Esc: back to the entities", TTY_DIM, SIDE_TEXT);
	size_t listed = 0;
	for (size_t a = 0; a < u->c->n && listed < 200; a++) {
		size_t n = finder_count(u->find, a);
		if (n == 0)
			continue;
		listed++;
		char *t = xasprintf("%zu: %s", n, corpus_article(u->c, a)->title);
		char *cut = text_truncate(t, u->side_width);
		ui_side_row(u, cap, cut, TTY_LABEL, SIDE_TEXT);
		free(cut);
		free(t);
		struct search_match m;
		int wrapped;
		size_t from = 0;
		for (int k = 0; k < 3 && finder_step(u->find, a, from, 1, &m, &wrapped) && !wrapped; k++) {
			size_t hs, he;
			char *snip = ui_snippet(u, a, m.start, m.end, u->side_width - 1, &hs, &he);
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

/* The side pane: the article's entities and related stories, then its
 * details; or the mentions of one entity across the stories. */
static void ui_side_build(struct ui *u)
{
	const struct article *a = corpus_article(u->c, u->cur);
	size_t cap = 0;
	size_t keep_entity = u->side_sel != UI_NONE && u->side_sel < u->nside ? u->side[u->side_sel].entity : UI_NONE;
	ui_side_clear(u);
	u->side_width = u->pane[PANE_SIDE].w - 1 > 1 ? u->pane[PANE_SIDE].w - 1 : 1;
	if (u->side_results) {
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
	char *path = text_clean(a->path, strlen(a->path));
	size_t words = article_word_count(a);
	char *stats = xasprintf("%zu bytes, %zu paragraphs, %zu words, about %zu min to read",
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

static void ui_layout(struct ui *u)
{
	tty_size(&u->rows, &u->cols);
	int h = u->rows - 3; /* heading row, status line, message line */
	if (h < 0)
		h = 0;
	int lw = ui_clamp(u->cols / 4, 18, 32);
	int sw = ui_clamp(u->cols / 4, 22, 36);
	int list = u->show[PANE_LIST] == SHOW_ON || (u->show[PANE_LIST] == SHOW_AUTO && u->cols >= 60);
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
	if (!u->pane[u->focus].visible)
		u->focus = PANE_BODY;
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
	if (u->side_width != (u->pane[PANE_SIDE].w - 1 > 1 ? u->pane[PANE_SIDE].w - 1 : 1))
		ui_side_build(u);
}

static void ui_open(struct ui *u, size_t i)
{
	if (i >= u->c->n)
		return;
	if (u->views[u->cur])
		u->anchors[u->cur] = u->anchor_head ? UI_NO_ANCHOR : u->anchor;
	u->cur = i;
	u->sel = i;
	u->ecur = UI_NONE;
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
}

static void ui_scroll_body(struct ui *u, long n)
{
	struct view_pos p = u->top;
	view_move(ui_view(u), &p, n);
	ui_set_top(u, p);
}

static void ui_list_move(struct ui *u, long n)
{
	long s = (long)u->sel + n;
	if (s < 0)
		s = 0;
	if (s >= (long)u->c->n)
		s = (long)u->c->n - 1;
	u->sel = (size_t)s;
}

static void ui_side_scroll_only(struct ui *u, long n);

/* Moves the side pane's selection over entity rows, scrolling to keep it
 * shown; without entity rows it scrolls. */
static void ui_side_move(struct ui *u, long n)
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
}

static void ui_toggle(struct ui *u, enum ui_pane p)
{
	u->show[p] = u->pane[p].visible ? SHOW_OFF : SHOW_ON;
	ui_layout(u);
	if (u->show[p] == SHOW_ON && !u->pane[p].visible)
		ui_message(u, 1, xstrdup("The terminal is too narrow for that pane."));
}

static int ui_type_shown(const struct ui *u, enum ner_type t)
{
	return !u->hide_all && !u->hide[t];
}

/* Scrolls the body so that byte offset off is in sight, a third of the way
 * down when it has to move. */
static void ui_show_offset(struct ui *u, size_t off)
{
	struct view *v = ui_view(u);
	struct view_pos p = view_at_offset(v, off);
	struct view_pos bottom = u->top;
	view_move(v, &bottom, u->pane[PANE_BODY].h - 1);
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

/* e and E: the next or previous mention of a shown type; with none selected
 * yet, the first one on screen (or the last, going back). */
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
		size_t top = view_offset(ui_view(u), u->top);
		k = (long)entity_mention_at(d, top);
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

static void ui_show_match(struct ui *u, const struct search_match *m);
static char *ui_match_message(struct ui *u, const char *before);

static struct ui_place ui_here(const struct ui *u)
{
	struct ui_place p = { u->cur, u->anchor, u->anchor_head, u->ecur };
	return p;
}

static void ui_goto_place(struct ui *u, struct ui_place p)
{
	if (p.article != u->cur)
		ui_open(u, p.article);
	struct view *v = ui_view(u);
	if (p.anchor_head)
		ui_set_top(u, view_first(v));
	else
		ui_set_top(u, view_at_offset(v, p.anchor));
	u->ecur = p.ecur;
}

/* Records where the reader is before a jump, dropping the places ahead of
 * the current one, as vim does. */
static void ui_jump_push(struct ui *u)
{
	u->njumps = u->jump_pos < u->njumps ? u->jump_pos : u->njumps;
	u->jumps = xgrow(u->jumps, &u->capjumps, u->njumps + 1, sizeof *u->jumps);
	u->jumps[u->njumps++] = ui_here(u);
	u->jump_pos = u->njumps;
}

static void ui_jump_back(struct ui *u)
{
	if (u->jump_pos == 0) {
		ui_message(u, 0, xstrdup("No earlier place to go back to."));
		return;
	}
	if (u->jump_pos == u->njumps) {
		/* Keep where the reader is, so that forward can return here. */
		u->jumps = xgrow(u->jumps, &u->capjumps, u->njumps + 1, sizeof *u->jumps);
		u->jumps[u->njumps++] = ui_here(u);
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

/* Goes to mention k of article a, remembering where the reader was. */
static void ui_jump_to(struct ui *u, size_t a, size_t k)
{
	ui_jump_push(u);
	if (a != u->cur)
		ui_open(u, a);
	u->focus = PANE_BODY;
	ui_select_mention(u, k);
}

/* Enter in the side pane: an entity lists its mentions; a mention or a
 * related story is opened. */
static void ui_side_enter(struct ui *u)
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
		ui_jump_push(u);
		ui_open(u, l->article);
		u->focus = PANE_BODY;
		break;
	case SIDE_MATCH: {
		struct search_match m = { l->start, l->end };
		ui_jump_push(u);
		if (l->article != u->cur)
			ui_open(u, l->article);
		u->focus = PANE_BODY;
		ui_show_match(u, &m);
		ui_message(u, 0, ui_match_message(u, ""));
		break;
	}
	default:
		break;
	}
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
	ui_jump_to(u, next->article, next->first);
}

/* --- Search ---------------------------------------------------------------- */

static size_t ui_top_offset(struct ui *u)
{
	return view_offset(ui_view(u), u->top);
}

static void ui_show_match(struct ui *u, const struct search_match *m)
{
	u->match = *m;
	u->have_match = 1;
	ui_show_offset(u, m->start);
}

static char *ui_match_message(struct ui *u, const char *before)
{
	size_t n = finder_count(u->find, u->cur), i = finder_ordinal(u->find, u->cur, u->match.start);
	int more = finder_capped(u->find, u->cur);
	return xasprintf("%smatch %zu%s of %zu%s", before, i, more && i >= n ? "+" : "", n, more ? "+" : "");
}

/* Sets the pattern of the prompt; returns 0, or -1 with the error shown. */
static int ui_search_set(struct ui *u, const char *text, int regex)
{
	char *err = NULL;
	if (finder_set(u->find, text, regex, u->linked ? u->ents : NULL, &err) != 0) {
		ui_message(u, 1, xasprintf("Bad pattern: %s", err ? err : text));
		free(err);
		u->have_match = 0;
		return -1;
	}
	return 0;
}

/* The incremental step: from where the search began, to the first match
 * of what is typed so far. */
static void ui_search_incremental(struct ui *u)
{
	ui_goto_place(u, u->search_origin);
	u->have_match = 0;
	ui_message(u, 0, NULL);
	if (u->pr.len == 0 || ui_search_set(u, u->pr.text, u->pr.regex) != 0)
		return;
	struct search_match m;
	int wrapped;
	size_t from = u->search_dir > 0 ? u->origin_offset : u->origin_offset + 1;
	if (finder_step(u->find, u->cur, from, u->search_dir, &m, &wrapped)) {
		ui_show_match(u, &m);
		ui_message(u, 0, ui_match_message(u, wrapped ? "wrapped, " : ""));
	} else {
		ui_message(u, 1, xstrdup("not found"));
	}
}

/* n and N: the next match in the search's direction (N: the other way);
 * after a search of all the stories, on into the next story that has one. */
static void ui_search_step(struct ui *u, int dir)
{
	if (!finder_active(u->find)) {
		ui_message(u, 0, xstrdup("No search yet: / searches forward, ? backward."));
		return;
	}
	size_t from = u->have_match ? (dir > 0 ? u->match.start + 1 : u->match.start) : ui_top_offset(u);
	struct search_match m;
	int wrapped;
	int found = finder_step(u->find, u->cur, from, dir, &m, &wrapped);
	if (u->search_all && u->c->n > 1 && (!found || wrapped)) {
		for (size_t k = 1; k < u->c->n; k++) {
			size_t a = (u->cur + u->c->n + (dir > 0 ? k : u->c->n - k)) % u->c->n;
			if (finder_count(u->find, a) == 0)
				continue;
			int story_wrapped = dir > 0 ? a < u->cur : a > u->cur;
			ui_jump_push(u);
			ui_open(u, a);
			finder_step(u->find, a, dir > 0 ? 0 : SIZE_MAX, dir, &m, &wrapped);
			ui_show_match(u, &m);
			char *head = xasprintf("%s%s: ", story_wrapped ? "wrapped to story " : "story ",
					       corpus_article(u->c, a)->title);
			ui_message(u, 0, ui_match_message(u, head));
			free(head);
			return;
		}
	}
	if (!found) {
		ui_message(u, 1, xasprintf("Pattern not found: %s", finder_pattern(u->find)));
		return;
	}
	ui_show_match(u, &m);
	ui_message(u, 0, ui_match_message(u, wrapped ? (dir > 0 ? "search hit BOTTOM, continuing at TOP: " :
						   "search hit TOP, continuing at BOTTOM: ") : ""));
}

struct ui_filter_ctx {
	struct ui *u;
};

static int ui_filter_keep(size_t start, size_t end, void *ctx)
{
	struct ui_filter_ctx *f = ctx;
	return finder_each(f->u->find, f->u->cur, start, end, NULL, NULL) > 0;
}

static void ui_filter(struct ui *u, const char *text, int regex)
{
	struct view *v = ui_view(u);
	if (!*text) {
		view_unfilter(v);
		ui_set_top(u, view_at_offset(v, u->anchor));
		ui_message(u, 0, xstrdup("Showing every paragraph."));
		return;
	}
	if (ui_search_set(u, text, regex) != 0)
		return;
	struct ui_filter_ctx ctx = { u };
	size_t kept = view_filter(v, ui_filter_keep, &ctx);
	ui_set_top(u, view_first(v));
	ui_message(u, 0, xasprintf("%zu paragraph%s match%s; U shows them all again.", kept, kept == 1 ? "" : "s",
				   kept == 1 ? "es" : ""));
}

static void ui_search_all(struct ui *u, const char *text, int regex)
{
	if (!*text || ui_search_set(u, text, regex) != 0)
		return;
	u->search_all = 1;
	u->side_results = 1;
	u->side_entity = UI_NONE;
	if (!u->pane[PANE_SIDE].visible) {
		u->show[PANE_SIDE] = SHOW_ON;
		ui_layout(u);
	}
	ui_side_build(u);
	if (u->pane[PANE_SIDE].visible)
		u->focus = PANE_SIDE;
	struct search_match m;
	int wrapped;
	if (finder_step(u->find, u->cur, ui_top_offset(u), 1, &m, &wrapped))
		ui_show_match(u, &m);
	size_t total = 0, stories = 0;
	for (size_t a = 0; a < u->c->n; a++) {
		size_t n = finder_count(u->find, a);
		total += n;
		stories += n > 0;
	}
	ui_message(u, total == 0, total ? xasprintf("%zu matches in %zu stories; n and N go through them.", total, stories) :
					xasprintf("Pattern not found in any story: %s", text));
}

static void ui_prompt_open(struct ui *u, int kind)
{
	static const char *const labels[] = { "/", "?", "&", "Search all: " };
	int idx = kind == '/' ? 0 : kind == '?' ? 1 : kind == '&' ? 2 : 3;
	u->prompting = kind;
	prompt_start(&u->pr, labels[idx], u->hist);
	u->pr.regex = u->search_regex;
	if (kind == '/' || kind == '?') {
		u->search_dir = kind == '/' ? 1 : -1;
		u->search_origin = ui_here(u);
		u->origin_offset = ui_top_offset(u);
		u->search_all = 0;
	}
}

/* A key while the prompt is open. */
static void ui_prompt_key(struct ui *u, int key)
{
	enum prompt_result r = prompt_key(&u->pr, key);
	int kind = u->prompting;
	switch (r) {
	case PROMPT_EDITED:
	case PROMPT_TOGGLED:
		if (kind == '/' || kind == '?')
			ui_search_incremental(u);
		break;
	case PROMPT_CANCEL:
		u->prompting = 0;
		if (kind == '/' || kind == '?') {
			ui_goto_place(u, u->search_origin);
			u->have_match = 0;
			finder_set(u->find, NULL, 0, NULL, NULL);
		}
		ui_message(u, 0, NULL);
		break;
	case PROMPT_ACCEPT: {
		u->prompting = 0;
		u->search_regex = u->pr.regex;
		char *text = xstrdup(u->pr.text);
		if (u->hist_path) {
			char *err = NULL;
			if (history_save(u->hist, u->hist_path, &err) != 0) {
				ui_message(u, 1, xasprintf("Search history not saved: %s", err ? err : u->hist_path));
				free(err);
			}
		}
		if (kind == '&') {
			ui_filter(u, text, u->pr.regex);
		} else if (kind == 'F') {
			ui_search_all(u, text, u->pr.regex);
		} else if (!*text) {
			/* An empty pattern repeats the last search, as in less. */
			ui_search_step(u, u->search_dir);
		} else if (!u->have_match && finder_active(u->find)) {
			ui_message(u, 1, xasprintf("Pattern not found: %s", text));
		} else if (u->have_match) {
			ui_message(u, 0, ui_match_message(u, ""));
		}
		free(text);
		break;
	}
	default:
		break;
	}
}

/* The indexer thread. */
static void *ui_worker(void *arg)
{
	struct ui *u = arg;
	pthread_mutex_lock(&u->lock);
	size_t next = 0;
	while (!u->stop) {
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
		/* The article the reader is on first, then the others in order. */
		size_t i = u->want < u->c->n && !u->ents->docs[u->want].done ? u->want : SIZE_MAX;
		while (i == SIZE_MAX && next < u->c->n) {
			if (!u->ents->docs[next].done)
				i = next;
			next++;
		}
		if (i == SIZE_MAX)
			break;
		const struct article *a = corpus_article(u->c, i);
		pthread_mutex_unlock(&u->lock);
		struct entity_found *f = entity_recognize(a);
		pthread_mutex_lock(&u->lock);
		entity_commit(u->ents, i, f);
		u->indexed++;
	}
	if (!u->stop) {
		entity_link(u->ents);
		u->xref = xref_build(u->ents);
		u->linked = 1;
	}
	pthread_mutex_unlock(&u->lock);
	return NULL;
}

/* Rebuilds the side pane when the indexer has brought something new: the
 * current article's entities, progress, or the cross-references. */
static void ui_catch_up(struct ui *u, size_t *shown_indexed, int *shown_linked)
{
	int ready = u->ents->docs[u->cur].done;
	int changed = ready != u->doc_was_ready || u->linked != *shown_linked;
	if (!u->linked && u->indexed - *shown_indexed >= u->c->n / 20 + 1 && u->side_entity == UI_NONE)
		changed = 1;
	if (!changed)
		return;
	u->doc_was_ready = ready;
	*shown_linked = u->linked;
	*shown_indexed = u->indexed;
	ui_side_build(u);
}

static void ui_command(struct ui *u, enum keys_cmd cmd)
{
	long page = u->pane[u->focus].h > 1 ? u->pane[u->focus].h - 1 : 1;
	switch (cmd) {
	case CMD_LINE_DOWN: ui_move(u, 1); break;
	case CMD_LINE_UP: ui_move(u, -1); break;
	case CMD_PAGE_DOWN: ui_move(u, page); break;
	case CMD_PAGE_UP: ui_move(u, -page); break;
	case CMD_HALF_DOWN: ui_move(u, (page + 1) / 2); break;
	case CMD_HALF_UP: ui_move(u, -(page + 1) / 2); break;
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
	case CMD_SEARCH_FORWARD: ui_prompt_open(u, '/'); break;
	case CMD_SEARCH_BACKWARD: ui_prompt_open(u, '?'); break;
	case CMD_SEARCH_NEXT: ui_search_step(u, u->search_dir ? u->search_dir : 1); break;
	case CMD_SEARCH_PREV: ui_search_step(u, u->search_dir ? -u->search_dir : -1); break;
	case CMD_SEARCH_ALL: ui_prompt_open(u, 'F'); break;
	case CMD_FILTER: ui_prompt_open(u, '&'); break;
	case CMD_UNFILTER: ui_filter(u, "", 0); break;
	case CMD_JUMP_BACK: ui_jump_back(u); break;
	case CMD_JUMP_FORWARD: ui_jump_forward(u); break;
	case CMD_XREF_NEXT: ui_xref_next(u); break;
	case CMD_NEXT_ARTICLE:
		if (u->cur + 1 < u->c->n)
			ui_open(u, u->cur + 1);
		else
			ui_message(u, 0, xstrdup("This is the last article."));
		break;
	case CMD_PREV_ARTICLE:
		if (u->cur > 0)
			ui_open(u, u->cur - 1);
		else
			ui_message(u, 0, xstrdup("This is the first article."));
		break;
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
	case CMD_HELP:
		u->help = 1;
		u->help_top = 0;
		break;
	case CMD_REDRAW: tty_redraw(); break;
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
		if (m->button == 4 || m->button == 5) {
			ui_move(u, m->button == 4 ? -3 : 3);
			u->focus = keep;
		} else if (p == PANE_LIST && m->y > r->y) {
			size_t row = u->list_top + (size_t)(m->y - r->y - 1);
			if (row < u->c->n)
				ui_open(u, row);
		} else if (p == PANE_SIDE && m->y > r->y) {
			size_t row = u->side_top + (size_t)(m->y - r->y - 1);
			if (row < u->nside && u->side[row].kind != SIDE_TEXT)
				u->side_sel = row;
		}
		return;
	}
}

static void ui_draw_heading(struct ui *u, enum ui_pane p, const char *text)
{
	const struct ui_rect *r = &u->pane[p];
	enum tty_style st = u->focus == p ? TTY_PANE_HEAD_FOCUS : TTY_PANE_HEAD;
	tty_fill(r->y, r->x, r->w, st);
	tty_puts(r->y, r->x + 1, r->w - 1, text, st);
}

static void ui_draw_list(struct ui *u)
{
	struct ui_rect *r = &u->pane[PANE_LIST];
	char head[64];
	snprintf(head, sizeof head, "Articles %zu/%zu", u->sel + 1, u->c->n);
	ui_draw_heading(u, PANE_LIST, head);
	size_t h = r->h > 0 ? (size_t)r->h : 1;
	if (u->sel < u->list_top)
		u->list_top = u->sel;
	if (u->sel >= u->list_top + h)
		u->list_top = u->sel - h + 1;
	for (int row = 0; row < r->h; row++) {
		size_t i = u->list_top + (size_t)row;
		if (i >= u->c->n)
			break;
		const struct article *a = corpus_article(u->c, i);
		enum tty_style st = i == u->cur ? TTY_CURRENT : TTY_NORMAL;
		if (i == u->sel)
			st = u->focus == PANE_LIST ? TTY_SELECTED : TTY_SELECTED_IDLE;
		int y = r->y + 1 + row;
		tty_fill(y, r->x, r->w, st);
		tty_puts(y, r->x, 1, i == u->cur ? "\xe2\x96\xb8" : " ", st);
		char *t = a->len == 0 ? xasprintf("%s (empty)", a->title) : xstrdup(a->title);
		/* With more than two stories, how many entities each shares with
		 * the one being read, at the right. */
		char num[24] = "";
		if (u->related && i != u->cur && u->related[i])
			snprintf(num, sizeof num, " %zu", u->related[i]);
		int nw = (int)strlen(num);
		char *cut = text_truncate(t, r->w - 2 - nw);
		tty_puts(y, r->x + 2, r->w - 2 - nw, cut, st);
		if (nw)
			tty_puts(y, r->x + r->w - nw, nw, num, i == u->sel ? st : TTY_DIM);
		free(cut);
		free(t);
	}
}

/* The shared-entity counts of every story with the current one, for the
 * list, made again when the current story changes. */
static void ui_related_counts(struct ui *u)
{
	if (!u->xref || u->c->n <= 2 || u->related_for == u->cur)
		return;
	if (!u->related)
		u->related = xcalloc(u->c->n, sizeof *u->related);
	memset(u->related, 0, u->c->n * sizeof *u->related);
	struct xref_related *r;
	size_t n = xref_related(u->xref, u->ents, u->cur, &r);
	for (size_t k = 0; k < n; k++)
		u->related[r[k].article] = r[k].shared;
	free(r);
	u->related_for = u->cur;
}

static enum tty_style ui_kind_style(enum view_kind k)
{
	switch (k) {
	case VIEW_TITLE: return TTY_TITLE;
	case VIEW_META: return TTY_META;
	case VIEW_BOILERPLATE: return TTY_DIM;
	default: return TTY_NORMAL;
	}
}

/* The matches on screen. */
struct ui_matches {
	struct search_match *v;
	size_t n, cap;
};

static int ui_matches_add(const struct search_match *m, void *ctx)
{
	struct ui_matches *ms = ctx;
	if (ms->n >= 65536)
		return 1; /* more than a screen can show */
	ms->v = xgrow(ms->v, &ms->cap, ms->n + 1, sizeof *ms->v);
	ms->v[ms->n++] = *m;
	return 0;
}

static void ui_draw_body(struct ui *u)
{
	struct ui_rect *r = &u->pane[PANE_BODY];
	struct view *v = ui_view(u);
	const struct article *a = corpus_article(u->c, u->cur);
	char *head = text_clean(a->path, strlen(a->path));
	ui_draw_heading(u, PANE_BODY, head);
	free(head);
	struct view_pos p = u->top;
	int w = ui_body_width(u);
	const struct entity_doc *d = ui_doc(u);
	/* The search's matches on screen, looked up once for the whole page. */
	struct ui_matches ms = { NULL, 0, 0 };
	if (finder_active(u->find)) {
		struct view_pos q = u->top;
		size_t from = SIZE_MAX, to = 0;
		for (int row = 0; row < r->h; row++) {
			struct view_line ql;
			if (!view_line(v, q, &ql))
				break;
			if (ql.in_file) {
				if (ql.start < from)
					from = ql.start;
				if (ql.end > to)
					to = ql.end;
			}
			if (!view_next(v, &q))
				break;
		}
		if (from < to)
			finder_each(u->find, u->cur, from, to, ui_matches_add, &ms);
	}
	for (int row = 0; row < r->h; row++) {
		struct view_line l;
		if (!view_line(v, p, &l))
			break;
		enum tty_style st = ui_kind_style(l.kind);
		struct text_iter it;
		struct text_cell c;
		int col = 0;
		/* Mentions are ranges beside the text, looked up while drawing. */
		size_t m = l.in_file ? entity_mention_at(d, l.start) : d->n;
		size_t mq = 0;
		while (l.in_file && mq < ms.n && ms.v[mq].end <= l.start)
			mq++;
		text_iter_init(&it, l.text + l.start, l.end - l.start, l.collapse);
		while (text_iter_next(&it, &c)) {
			if (c.flags & TEXT_CELL_HIDDEN)
				continue;
			if (col + c.width > w)
				break;
			size_t off = l.start + c.off;
			while (m < d->n && d->v[m].end <= off)
				m++;
			enum tty_style cs = st;
			int rev = 0;
			if (m < d->n && d->v[m].start <= off && ui_type_shown(u, d->v[m].type)) {
				cs = (enum tty_style)(TTY_PERSON + d->v[m].type);
				rev = m == u->ecur;
			} else if (m < d->n && d->v[m].start <= off && m == u->ecur) {
				rev = 1;
			}
			if (l.in_file) {
				while (mq < ms.n && ms.v[mq].end <= off)
					mq++;
				if (mq < ms.n && ms.v[mq].start <= off) {
					int current = u->have_match && ms.v[mq].start == u->match.start;
					cs = current ? TTY_MATCH_CURRENT : TTY_MATCH;
					rev = 0;
				}
			}
			if (c.flags & TEXT_CELL_SPACE)
				tty_put2(r->y + 1 + row, r->x + 1 + col, ' ', c.width, cs, rev);
			else
				tty_put2(r->y + 1 + row, r->x + 1 + col, c.cp, c.width, cs, rev);
			col += c.width;
		}
		if (!view_next(v, &p))
			break;
	}
	free(ms.v);
}

static void ui_draw_side(struct ui *u)
{
	struct ui_rect *r = &u->pane[PANE_SIDE];
	ui_draw_heading(u, PANE_SIDE, u->side_results ? "Search results" : u->side_entity != UI_NONE ? "Mentions" :
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
			snprintf(num, sizeof num, " %zu", sl->count);
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

/* Where the body is: "Top", "Bot", "All" or a percentage, as vim says it. */
static void ui_position(struct ui *u, char *buf, size_t size)
{
	struct view *v = ui_view(u);
	struct view_pos bottom = u->top;
	view_move(v, &bottom, u->pane[PANE_BODY].h - 1);
	int at_top = view_cmp(u->top, view_first(v)) == 0;
	int at_end = view_cmp(bottom, view_last(v)) >= 0;
	if (at_top && at_end)
		snprintf(buf, size, "All");
	else if (at_top)
		snprintf(buf, size, "Top");
	else if (at_end)
		snprintf(buf, size, "Bot");
	else
		snprintf(buf, size, "%d%%", view_percent(v, bottom));
}

static void ui_draw_status(struct ui *u)
{
	int y = u->rows - 2;
	if (y < 0)
		return;
	const struct article *a = corpus_article(u->c, u->cur);
	char pos[16], right[256];
	ui_position(u, pos, sizeof pos);
	const char *date = article_field(a, "date");
	char found[64] = "";
	if (u->have_match && finder_active(u->find))
	{
		size_t n = finder_count(u->find, u->cur), i = finder_ordinal(u->find, u->cur, u->match.start);
		int more = finder_capped(u->find, u->cur);
		snprintf(found, sizeof found, "match %zu%s of %zu%s  ", i, more && i >= n ? "+" : "", n, more ? "+" : "");
	}
	snprintf(right, sizeof right, "%s%s%s%s%s  h:help q:quit ", found,
		 view_filtered(ui_view(u)) ? "[filtered]  " : "", date ? date : "", date ? "  " : "", pos);
	tty_fill(y, 0, u->cols, TTY_STATUS);
	int rw = text_columns(right, strlen(right));
	char *left;
	const struct entity_doc *d = ui_doc(u);
	if (u->ecur != UI_NONE && u->ecur < d->n) {
		size_t id = d->v[u->ecur].id, nth = 0, total = 0;
		for (size_t k = 0; k < d->n; k++)
			if (d->v[k].id == id) {
				total++;
				if (k <= u->ecur)
					nth++;
			}
		left = xasprintf(" %zu/%zu  %s (%s) mention %zu of %zu", u->cur + 1, u->c->n, u->ents->v[id].name,
				 ner_type_name(d->v[u->ecur].type), nth, total);
	} else {
		left = xasprintf(" %zu/%zu  %s", u->cur + 1, u->c->n, a->title);
	}
	int room = u->cols - rw - 1;
	if (room > 0) {
		char *cut = text_truncate(left, room);
		tty_puts(y, 0, room, cut, TTY_STATUS);
		free(cut);
	}
	free(left);
	if (rw < u->cols)
		tty_puts(y, u->cols - rw, rw, right, TTY_STATUS);
	if (u->prompting && u->rows >= 1) {
		char *line;
		int col;
		prompt_display(&u->pr, u->cols > 1 ? u->cols - 1 : 1, &line, &col);
		int used = tty_puts(u->rows - 1, 0, u->cols, line, TTY_PROMPT);
		/* A bad pattern says so beside the prompt, as it is typed. */
		if (u->msg && used + 3 < u->cols)
			tty_puts(u->rows - 1, used + 2, u->cols - used - 2, u->msg, u->msg_error ? TTY_ERROR : TTY_DIM);
		tty_cursor(u->rows - 1, col);
		free(line);
	} else {
		tty_cursor(-1, 0);
		if (u->msg && u->rows >= 1)
			tty_puts(u->rows - 1, 0, u->cols, u->msg, u->msg_error ? TTY_ERROR : TTY_MESSAGE);
	}
}

/* The help screen, built from the same table that dispatches keys: a few
 * lines on the panes, styles and legend first, then every command. */
#define UI_HELP_HEAD 6

static size_t ui_draw_help(struct ui *u)
{
	size_t n;
	const struct keys_command *cmds = keys_commands(&n);
	int h = u->rows - 2;
	size_t total = n + UI_HELP_HEAD;
	tty_fill(0, 0, u->cols, TTY_PANE_HEAD_FOCUS);
	tty_puts(0, 1, u->cols - 1, "crossread help: keys (q, Esc or h to close)", TTY_PANE_HEAD_FOCUS);
	for (int row = 1; row < h; row++) {
		size_t i = u->help_top + (size_t)row - 1;
		int y = row;
		if (i == 0) {
			tty_puts(y, 2, u->cols - 2, "Tab moves focus between the panes; j/k, Space and b move the focused one.", TTY_NORMAL);
		} else if (i == 1) {
			tty_puts(y, 2, u->cols - 2, "Mouse: the wheel scrolls the pane under it; a click in the list opens that article.", TTY_NORMAL);
		} else if (i == 2) {
			tty_puts(y, 2, u->cols - 2, "Styles: ", TTY_NORMAL);
			int x = 10;
			x += tty_puts(y, x, u->cols - x, "title", TTY_TITLE) + 2;
			x += tty_puts(y, x, u->cols - x, "date and source", TTY_META) + 2;
			x += tty_puts(y, x, u->cols - x, "boilerplate (dimmed)", TTY_DIM) + 2;
			x += tty_puts(y, x, u->cols - x, "match", TTY_MATCH) + 2;
			tty_puts(y, x, u->cols - x, "current match", TTY_MATCH_CURRENT);
		} else if (i == 3) {
			/* The legend of entity types, in their own styles. */
			static const char *const names[NER_NTYPES] = { "person (t p)", "organization (t o)",
								       "place (t l)", "group (t g)",
								       "other name (t m)", "date (t d)" };
			tty_puts(y, 2, u->cols - 2, "Entities: ", TTY_NORMAL);
			int x = 12;
			for (int t = 0; t < NER_NTYPES && x < u->cols; t++)
				x += tty_puts(y, x, u->cols - x, names[t], (enum tty_style)(TTY_PERSON + t)) + 2;
		} else if (i == 4) {
			tty_puts(y, 2, u->cols - 2, "Side pane: Enter lists an entity's mentions or opens one; Esc goes back to the list.", TTY_NORMAL);
		} else if (i >= UI_HELP_HEAD && i - UI_HELP_HEAD < n) {
			const struct keys_command *cmd = &cmds[i - UI_HELP_HEAD];
			char labels[128];
			keys_labels(cmd->cmd, labels, sizeof labels);
			tty_puts(y, 2, 22, labels, TTY_KEY);
			tty_puts(y, 26, u->cols - 26, cmd->help, TTY_NORMAL);
		}
	}
	return total;
}

static void ui_draw(struct ui *u)
{
	tty_erase();
	if (u->help) {
		ui_draw_help(u);
		tty_refresh();
		return;
	}
	if (u->pane[PANE_LIST].visible) {
		ui_related_counts(u);
		ui_draw_list(u);
		tty_vline(u->pane[PANE_LIST].w, 0, u->pane[PANE_LIST].h + 1);
	}
	ui_draw_body(u);
	if (u->pane[PANE_SIDE].visible) {
		tty_vline(u->pane[PANE_SIDE].x - 1, 0, u->pane[PANE_SIDE].h + 1);
		ui_draw_side(u);
	}
	ui_draw_status(u);
	tty_refresh();
}

static void ui_help_key(struct ui *u, int key)
{
	size_t n;
	keys_commands(&n);
	size_t total = n + UI_HELP_HEAD;
	int h = u->rows - 3 > 1 ? u->rows - 3 : 1;
	enum keys_cmd cmd = keys_lookup(key);
	if (key == 'q' || key == 'Q' || key == KEYS_ESC || cmd == CMD_HELP) {
		u->help = 0;
	} else if (cmd == CMD_LINE_DOWN || cmd == CMD_PAGE_DOWN || cmd == CMD_HALF_DOWN ||
		   cmd == CMD_BOTTOM) {
		size_t step = cmd == CMD_LINE_DOWN ? 1 : cmd == CMD_BOTTOM ? total : (size_t)h;
		u->help_top += step;
		if (u->help_top + (size_t)h > total)
			u->help_top = total > (size_t)h ? total - (size_t)h : 0;
	} else if (cmd == CMD_LINE_UP || cmd == CMD_PAGE_UP || cmd == CMD_HALF_UP || cmd == CMD_TOP) {
		size_t step = cmd == CMD_LINE_UP ? 1 : cmd == CMD_TOP ? total : (size_t)h;
		u->help_top = u->help_top > step ? u->help_top - step : 0;
	} else if (cmd == CMD_REDRAW) {
		tty_redraw();
	}
}

int ui_run(struct corpus *c, const struct ui_options *o)
{
	struct ui u;
	memset(&u, 0, sizeof u);
	u.c = c;
	u.views = xcalloc(c->n, sizeof *u.views);
	u.anchors = xmalloc(c->n * sizeof *u.anchors);
	for (size_t i = 0; i < c->n; i++)
		u.anchors[i] = UI_NO_ANCHOR;
	u.focus = PANE_BODY;
	u.ents = entity_table_new(c->n);
	u.ecur = UI_NONE;
	u.side_sel = UI_NONE;
	u.side_entity = UI_NONE;
	u.related_for = UI_NONE;
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
	if (tty_init(o->no_color, o->mouse) != 0) {
		fprintf(stderr, "crossread: cannot start the terminal interface\n");
		free(u.views);
		free(u.anchors);
		return 1;
	}
	tty_size(&u.rows, &u.cols);
	u.views[0] = view_new(corpus_article(c, 0), 1);
	u.anchor_head = 1;
	ui_layout(&u);
	ui_open(&u, 0);
	if (c->nwarnings)
		ui_message(&u, 1, c->nwarnings == 1 ? xstrdup(c->warnings[0]) :
			   xasprintf("%s (and %zu more warnings)", c->warnings[0], c->nwarnings - 1));
	size_t shown_indexed = 0;
	int shown_linked = 0;
	/* Tables that fill themselves on first use are filled before the
	 * indexer starts, so that it and the reader never race to do it. */
	lexicon_size();
	ner_has_model();
	pthread_mutex_init(&u.lock, NULL);
	pthread_mutex_lock(&u.lock);
	u.want = u.cur;
	if (pthread_create(&u.worker, NULL, ui_worker, &u) == 0)
		u.worker_running = 1;
	else
		ui_message(&u, 1, xstrdup("Could not start the indexer: no entities will be shown."));
	while (!u.quit) {
		ui_catch_up(&u, &shown_indexed, &shown_linked);
		ui_draw(&u);
		struct tty_mouse m;
		/* While the indexer works, the screen is refreshed now and then. */
		tty_wait(u.linked || !u.worker_running ? -1 : 150);
		pthread_mutex_unlock(&u.lock);
		int key = tty_key(&m);
		pthread_mutex_lock(&u.lock);
		if (key == KEYS_NONE)
			continue;
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
			ui_prompt_key(&u, key);
			continue;
		}
		if (key == KEYS_ESC && u.side_results) {
			u.side_results = 0;
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
		enum keys_cmd cmd = keys_lookup(key);
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
			continue;
		}
		ui_command(&u, cmd);
	}
	u.stop = 1;
	int busy = u.worker_running && !u.linked;
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
	prompt_free(&u.pr);
	history_free(u.hist);
	free(u.hist_path);
	free(u.msg);
	return 0;
}
