/* ui_list: the article list as a thing to find stories in: the order it
 * shows them in (o cycles file order, date, source, title, most shared
 * with the story open), the limit (l shows only the stories whose title,
 * source or date match, that mention an entity, or that the last search
 * of all found, as mutt's limit), and / and ? in the list, which search
 * titles, sources and dates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "date.h"
#include "entity.h"
#include "finder.h"
#include "xref.h"
#include "prompt.h"
#include "text.h"
#include "ui_private.h"
#include "xmalloc.h"

/* The prompt kinds of the list, apart from the body's '/', '?', '&', 'F'. */
#define UI_LIST_FIND_FWD 'S'
#define UI_LIST_FIND_BACK 'R'
#define UI_LIST_LIMIT 'l'

void ui_list_init(struct ui *u)
{
	size_t n = u->c->n;
	u->order = xmalloc((n ? n : 1) * sizeof *u->order);
	for (size_t i = 0; i < n; i++)
		u->order[i] = i;
	u->nshown = n;
	u->list_dir = 1;
}

void ui_list_free(struct ui *u)
{
	free(u->order);
	free(u->limit);
	free(u->limit_set);
	free(u->list_find);
}

const char *ui_list_sort_name(int sort)
{
	static const char *const names[SORT_COUNT] = { "file order", "date", "source", "title", "shared" };
	return sort >= 0 && sort < SORT_COUNT ? names[sort] : "file order";
}

/* The row that shows article a, or UI_NONE when the limit hides it. */
size_t ui_list_row(const struct ui *u, size_t article)
{
	for (size_t r = 0; r < u->nshown; r++)
		if (u->order[r] == article)
			return r;
	return UI_NONE;
}

void ui_list_goto_row(struct ui *u, size_t row)
{
	if (u->nshown == 0)
		return;
	if (row >= u->nshown)
		row = u->nshown - 1;
	u->sel = u->order[row];
}

void ui_list_move(struct ui *u, long n)
{
	size_t r = ui_list_row(u, u->sel);
	long s = (r == UI_NONE ? 0 : (long)r) + n;
	if (s < 0)
		s = 0;
	ui_list_goto_row(u, (size_t)s);
}

/* The article next to the current one in the list (J and K), or UI_NONE
 * at its end; when the limit hides the current one, the next in file
 * order. */
size_t ui_list_neighbour(struct ui *u, int dir)
{
	size_t r = ui_list_row(u, u->cur);
	if (r == UI_NONE) {
		if (dir > 0)
			return u->cur + 1 < u->c->n ? u->cur + 1 : UI_NONE;
		return u->cur > 0 ? u->cur - 1 : UI_NONE;
	}
	if (dir > 0)
		return r + 1 < u->nshown ? u->order[r + 1] : UI_NONE;
	return r > 0 ? u->order[r - 1] : UI_NONE;
}

/* What the list's search and limit look at, folded: title, source, date. */
static char *ui_list_fields(struct ui *u, size_t i)
{
	struct article *a = corpus_article(u->c, i);
	const char *src = article_field(a, "source");
	if (!src)
		src = article_field(a, "publisher");
	const char *date = article_field(a, "date");
	char iso[40] = "";
	if (date)
		date_iso(date, iso, sizeof iso);
	char *all = xasprintf("%s\n%s\n%s\n%s\n%s", a->title, src ? src : "", date ? date : "", iso,
			      article_name(a));
	size_t n;
	char *f = text_fold(all, strlen(all), &n);
	free(all);
	return f;
}

static int ui_list_matches(struct ui *u, size_t i, const char *folded)
{
	char *f = ui_list_fields(u, i);
	int m = strstr(f, folded) != NULL;
	free(f);
	return m;
}

/* The key each article sorts by, for one sort. */
struct ui_list_key {
	size_t article;
	char *key;	/* folded; "" sorts last */
};

static int ui_list_key_cmp(const void *p, const void *q)
{
	const struct ui_list_key *a = p, *b = q;
	/* Stories without the field go after those with it. */
	if (!*a->key != !*b->key)
		return *a->key ? -1 : 1;
	int c = strcmp(a->key, b->key);
	if (c)
		return c;
	return a->article < b->article ? -1 : a->article > b->article;
}

/* Rebuilds the order from the sort and the stories in set (NULL: all);
 * returns how many stories it shows (the order is left alone when that
 * is none). */
static size_t ui_list_rebuild(struct ui *u, const unsigned char *set)
{
	size_t n = u->c->n, k = 0;
	struct ui_list_key *keys = xcalloc(n ? n : 1, sizeof *keys);
	for (size_t i = 0; i < n; i++) {
		if (set && !set[i])
			continue;
		struct article *a = corpus_article(u->c, i);
		const char *v = NULL;
		char iso[40];
		if (u->sort == SORT_DATE) {
			v = article_field(a, "date");
			if (v && date_iso(v, iso, sizeof iso) == 0)
				v = iso;
		} else if (u->sort == SORT_SOURCE) {
			v = article_field(a, "source");
			if (!v)
				v = article_field(a, "publisher");
		} else if (u->sort == SORT_TITLE) {
			v = a->title;
		}
		size_t len;
		keys[k].article = i;
		if (u->sort == SORT_SHARED) {
			/* Most shared first (the related stories' ranking), the
			 * story open at the top; as strings that sort so. */
			size_t shared = u->related ? u->related[i] : 0;
			keys[k].key = i == u->cur ? xstrdup("0") : xasprintf("1%020zu", SIZE_MAX - shared);
			k++;
			continue;
		}
		keys[k].key = v ? text_fold(v, strlen(v), &len) : xstrdup("");
		k++;
	}
	if (u->sort != SORT_FILE)
		qsort(keys, k, sizeof *keys, ui_list_key_cmp);
	if (k > 0) {
		for (size_t r = 0; r < k; r++)
			u->order[r] = keys[r].article;
		u->nshown = k;
	}
	for (size_t r = 0; r < k; r++)
		free(keys[r].key);
	free(keys);
	return k;
}

void ui_list_sort_next(struct ui *u)
{
	u->sort = (u->sort + 1) % SORT_COUNT;
	if (u->sort == SORT_SHARED) {
		ui_side_related_counts(u);
		if (!u->related) {
			/* Nothing to rank by yet: on to file order. */
			u->sort = SORT_FILE;
			ui_list_rebuild(u, u->limit_set);
			ui_message(u, 0, xstrdup(u->c->n > 2 ? "Sorted by file order (most shared: still indexing)." :
						 "Sorted by file order (most shared needs three stories or more)."));
			return;
		}
	}
	ui_list_rebuild(u, u->limit_set);
	if (u->sort == SORT_SHARED)
		ui_message(u, 0, xasprintf("Sorted by what each shares with \"%s\" (o for the next order).",
					   corpus_article(u->c, u->cur)->title));
	else
		ui_message(u, 0, xasprintf("Sorted by %s (o for the next order).", ui_list_sort_name(u->sort)));
}

/* The stories that mention an entity whose name has the folded text
 * (@name); NULL with a message while the stories are being indexed. */
static unsigned char *ui_list_entity_set(struct ui *u, const char *folded)
{
	if (!u->xref) {
		ui_message(u, 1, xasprintf("Still indexing (%zu of %zu stories): @name needs them all.", u->indexed,
					   u->c->n));
		return NULL;
	}
	unsigned char *set = xcalloc(u->c->n ? u->c->n : 1, 1);
	for (size_t id = 0; id < u->ents->n; id++) {
		const struct entity *e = &u->ents->v[id];
		if (e->type == NER_DATE)
			continue;
		size_t len;
		char *name = text_fold(e->name, strlen(e->name), &len);
		int hit = strcmp(e->key, folded) == 0 || strstr(name, folded) != NULL;
		free(name);
		if (!hit)
			continue;
		const struct xref_cell *cells;
		size_t nc = xref_cells(u->xref, id, &cells);
		for (size_t q = 0; q < nc; q++)
			set[cells[q].article] = 1;
	}
	return set;
}

/* l: shows only the stories that match: whose title, source or date have
 * the text; with @name, that mention such an entity; with a lone /, that
 * the last search of all (F) found. An empty pattern shows all. */
static void ui_list_limit(struct ui *u, const char *text)
{
	if (!*text) {
		free(u->limit);
		free(u->limit_set);
		u->limit = NULL;
		u->limit_set = NULL;
		ui_list_rebuild(u, NULL);
		ui_message(u, 0, xasprintf("Showing all %zu stories.", u->nshown));
		return;
	}
	size_t len, n = u->c->n;
	unsigned char *set = NULL;
	if (strcmp(text, "/") == 0) {
		if (!u->search_all || !finder_active(u->find)) {
			ui_message(u, 1, xstrdup("No search of all yet: F searches every story, then l / keeps those found."));
			return;
		}
		set = xcalloc(n ? n : 1, 1);
		for (size_t i = 0; i < n; i++)
			set[i] = finder_count(u->find, i) > 0;
	} else if (text[0] == '@' && text[1]) {
		char *folded = text_fold(text + 1, strlen(text + 1), &len);
		set = ui_list_entity_set(u, folded);
		free(folded);
		if (!set)
			return;
	} else {
		char *folded = text_fold(text, strlen(text), &len);
		set = xcalloc(n ? n : 1, 1);
		for (size_t i = 0; i < n; i++)
			set[i] = (unsigned char)ui_list_matches(u, i, folded);
		free(folded);
	}
	if (ui_list_rebuild(u, set) == 0) {
		ui_message(u, 1, xasprintf("No story matches \"%s\"; the list is unchanged.", text));
		free(set);
		return;
	}
	free(u->limit);
	free(u->limit_set);
	u->limit = xstrdup(text);
	u->limit_set = set;
	if (ui_list_row(u, u->sel) == UI_NONE)
		ui_list_goto_row(u, 0);
	ui_message(u, 0, xasprintf("%zu of %zu stories match \"%s\"; l then Enter shows all.", u->nshown, u->c->n,
				   text));
}

/* The next row from row `from` (not included) whose story matches the
 * list search, in direction dir, wrapping; UI_NONE when none does. */
static size_t ui_list_find(struct ui *u, size_t from, int dir, int *wrapped)
{
	*wrapped = 0;
	for (size_t step = 1; step <= u->nshown; step++) {
		size_t r = (from + u->nshown + (dir > 0 ? step : u->nshown - step)) % u->nshown;
		if (ui_list_matches(u, u->order[r], u->list_find)) {
			*wrapped = dir > 0 ? r <= from : r >= from;
			return r;
		}
	}
	return UI_NONE;
}

/* n and N with the focus in the list. */
void ui_list_find_step(struct ui *u, int dir)
{
	if (!u->list_find) {
		ui_message(u, 0, xstrdup("No list search yet: / in the list searches titles."));
		return;
	}
	size_t from = ui_list_row(u, u->sel);
	if (from == UI_NONE)
		from = dir > 0 ? u->nshown - 1 : 0;
	int wrapped;
	size_t r = ui_list_find(u, from, dir, &wrapped);
	if (r == UI_NONE) {
		ui_message(u, 1, xstrdup("No story matches."));
		return;
	}
	ui_list_goto_row(u, r);
	ui_message(u, 0, xasprintf("%sstory %zu of %zu", wrapped ? "wrapped, " : "", r + 1, u->nshown));
}

int ui_list_prompt_owns(int kind)
{
	return kind == UI_LIST_FIND_FWD || kind == UI_LIST_FIND_BACK || kind == UI_LIST_LIMIT;
}

/* / and ? in the list (kind '/' or '?'), or l. */
void ui_list_prompt_open(struct ui *u, int kind)
{
	if (kind == 'l') {
		u->prompting = UI_LIST_LIMIT;
		prompt_start(&u->pr, "Limit to stories matching:", u->hist);
		u->pr.plain = 1;	/* no regex or whole words here: Ctrl-W deletes a word */
		if (u->limit)
			ui_message(u, 0, xstrdup("Enter on an empty line shows all the stories."));
		return;
	}
	u->list_dir = kind == '?' ? -1 : 1;
	u->prompting = kind == '?' ? UI_LIST_FIND_BACK : UI_LIST_FIND_FWD;
	u->list_origin = u->sel;
	prompt_start(&u->pr, kind == '?' ? "?" : "/", u->hist);
	u->pr.plain = 1;	/* titles are matched as text: Ctrl-W deletes a word */
}

/* The incremental step of the list search: from where it began. */
static void ui_list_incremental(struct ui *u)
{
	u->sel = u->list_origin;
	ui_message(u, 0, NULL);
	if (u->pr.len == 0)
		return;
	size_t len;
	free(u->list_find);
	u->list_find = text_fold(u->pr.text, u->pr.len, &len);
	size_t from = ui_list_row(u, u->sel);
	if (from == UI_NONE)
		from = u->list_dir > 0 ? u->nshown - 1 : 0;
	int wrapped;
	/* The story selected counts as a match too: typing on keeps it. */
	size_t r = ui_list_matches(u, u->order[from], u->list_find) ? from : ui_list_find(u, from, u->list_dir, &wrapped);
	if (r == UI_NONE) {
		ui_message(u, 1, xstrdup("no story matches"));
		return;
	}
	ui_list_goto_row(u, r);
	ui_message(u, 0, xasprintf("story %zu of %zu", r + 1, u->nshown));
}

void ui_list_prompt_key(struct ui *u, int key)
{
	int kind = u->prompting;
	enum prompt_result r = prompt_key(&u->pr, key);
	switch (r) {
	case PROMPT_EDITED:
		if (kind != UI_LIST_LIMIT)
			ui_list_incremental(u);
		break;
	case PROMPT_CANCEL:
		u->prompting = 0;
		if (kind != UI_LIST_LIMIT)
			u->sel = u->list_origin;
		ui_message(u, 0, NULL);
		break;
	case PROMPT_ACCEPT: {
		u->prompting = 0;
		char *text = xstrdup(u->pr.text);
		if (kind == UI_LIST_LIMIT) {
			ui_list_limit(u, text);
		} else if (!*text) {
			ui_list_find_step(u, u->list_dir);
		} else {
			ui_list_incremental(u);
		}
		free(text);
		break;
	}
	default:
		break;
	}
}
