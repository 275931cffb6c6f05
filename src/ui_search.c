/* ui_search: searching in the reader: the prompt of /, ? , & and F,
 * incremental search, n and N, the filter and the search of all stories,
 * over finder.c. */
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

/* --- Search ---------------------------------------------------------------- */

static size_t ui_search_top_offset(struct ui *u)
{
	return view_offset(ui_view(u), u->top);
}

/* Goes to a match, highlighted. The entity cursor goes, so that e and E
 * then start from the match, not from a mention the search left behind. */
void ui_search_show(struct ui *u, const struct search_match *m)
{
	u->match = *m;
	u->have_match = 1;
	u->hl_off = 0;
	u->ecur = UI_NONE;
	ui_show_offset(u, m->start);
}

/* The flags of search_compile for the prompt's toggles. */
static int ui_search_flags(int regex, int word)
{
	return (regex ? SEARCH_REGEX : 0) | (word ? SEARCH_WORD : 0);
}

char *ui_search_message(struct ui *u, const char *before)
{
	size_t n = finder_count(u->find, u->cur), i = finder_ordinal(u->find, u->cur, u->match.start);
	int more = finder_capped(u->find, u->cur);
	/* A count that PCRE2 gave up on is no count. */
	if (finder_too_complex(u->find))
		return finder_too_complex_message(u->find);
	return xasprintf("%smatch %zu%s of %zu%s", before, i, more && i >= n ? "+" : "", n, more ? "+" : "");
}

/* "Pattern not found: TEXT", unless the pattern was too complex to say. */
static char *ui_search_not_found(struct ui *u, const char *text)
{
	if (finder_too_complex(u->find))
		return finder_too_complex_message(u->find);
	return xasprintf("Pattern not found: %s", text);
}

/* Sets the pattern of the prompt; returns 0, or -1 with the error shown.
 * The match the reader was on belongs to the previous pattern: it goes,
 * so that the status never numbers it among the new pattern's matches. */
static int ui_search_set(struct ui *u, const char *text, int flags)
{
	char *err = NULL;
	u->have_match = 0;
	u->hl_off = 0;
	if (finder_set(u->find, text, flags, u->linked ? u->ents : NULL, &err) != 0) {
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
	if (u->pr.len == 0 || ui_search_set(u, u->pr.text, ui_search_flags(u->pr.regex, u->pr.word)) != 0)
		return;
	struct search_match m;
	int wrapped;
	size_t from = u->search_dir > 0 ? u->origin_offset : u->origin_offset + 1;
	if (finder_step(u->find, u->cur, from, u->search_dir, &m, &wrapped)) {
		ui_search_show(u, &m);
		ui_message(u, 0, ui_search_message(u, wrapped ? "wrapped, " : ""));
	} else {
		ui_message(u, 1, finder_too_complex(u->find) ? finder_too_complex_message(u->find) : xstrdup("not found"));
	}
}

/* n and N: the next match in the search's direction (N: the other way);
 * after a search of all the stories, on into the next story that has one. */
void ui_search_step(struct ui *u, int dir)
{
	if (!finder_active(u->find)) {
		ui_message(u, 0, xstrdup("No search yet: / searches forward, ? backward."));
		return;
	}
	size_t from = u->have_match ? (dir > 0 ? u->match.start + 1 : u->match.start) : ui_search_top_offset(u);
	struct search_match m;
	int wrapped;
	int found = finder_step(u->find, u->cur, from, dir, &m, &wrapped);
	if (u->search_all && u->c->n > 1 && (!found || wrapped)) {
		for (size_t k = 1; k < u->c->n; k++) {
			size_t a = (u->cur + u->c->n + (dir > 0 ? k : u->c->n - k)) % u->c->n;
			if (!ui_reload_counted(u, a) || finder_count(u->find, a) == 0)
				continue; /* a deleted file's matches are no longer there */
			int story_wrapped = dir > 0 ? a < u->cur : a > u->cur;
			ui_jump_push(u);
			ui_open(u, a);
			finder_step(u->find, a, dir > 0 ? 0 : SIZE_MAX, dir, &m, &wrapped);
			ui_search_show(u, &m);
			char *head = xasprintf("%s%s: ", story_wrapped ? "wrapped to story " : "story ",
					       corpus_article(u->c, a)->title);
			ui_message(u, 0, ui_search_message(u, head));
			free(head);
			return;
		}
	}
	if (!found) {
		ui_message(u, 1, ui_search_not_found(u, finder_pattern(u->find)));
		return;
	}
	ui_search_show(u, &m);
	ui_message(u, 0, ui_search_message(u, wrapped ? (dir > 0 ? "search hit BOTTOM, continuing at TOP: " :
						   "search hit TOP, continuing at BOTTOM: ") : ""));
}

static int ui_search_filter_keep(size_t start, size_t end, void *ctx)
{
	struct ui *u = ctx;
	return finder_each(u->find, u->cur, start, end, NULL, NULL) > 0;
}

void ui_search_filter(struct ui *u, const char *text, int flags)
{
	struct view *v = ui_view(u);
	if (!*text) {
		view_unfilter(v);
		ui_set_top(u, view_at_offset(v, u->anchor));
		ui_message(u, 0, xstrdup("Showing every paragraph."));
		return;
	}
	if (ui_search_set(u, text, flags) != 0)
		return;
	size_t kept = view_filter(v, ui_search_filter_keep, u);
	ui_set_top(u, view_first(v));
	if (finder_too_complex(u->find)) {
		ui_message(u, 1, finder_too_complex_message(u->find));
		return;
	}
	ui_message(u, 0, xasprintf("%zu paragraph%s match%s; U shows them all again.", kept, kept == 1 ? "" : "s",
				   kept == 1 ? "es" : ""));
}

static void ui_search_all(struct ui *u, const char *text, int flags)
{
	if (!*text || ui_search_set(u, text, flags) != 0)
		return;
	u->search_all = 1;
	u->side_results = 1;
	u->side_entity = UI_NONE;
	ui_side_show_focused(u);
	struct search_match m;
	int wrapped;
	if (finder_step(u->find, u->cur, ui_search_top_offset(u), 1, &m, &wrapped))
		ui_search_show(u, &m);
	/* The files with matches are looked at first: matches in a deleted
	 * one are not reported as found, and a changed one's are said to be. */
	ui_reload_check_all(u, 1);
	ui_side_build(u);
	struct ui_reload_counts k;
	ui_reload_count(u, &k);
	char *note = ui_reload_count_note(&k);
	if (finder_too_complex(u->find))
		ui_message(u, 1, finder_too_complex_message(u->find));
	else
		ui_message(u, k.total == 0, k.total ? xasprintf("%zu matches in %zu stories%s; n and N go through them.",
								k.total, k.stories, note) :
						xasprintf("Pattern not found in any story: %s%s", text, note));
	free(note);
}

void ui_search_prompt_open(struct ui *u, int kind)
{
	static const char *const labels[] = { "/", "?", "&", "Search all: " };
	int idx = kind == '/' ? 0 : kind == '?' ? 1 : kind == '&' ? 2 : 3;
	u->prompting = kind;
	prompt_start(&u->pr, labels[idx], u->hist);
	u->pr.regex = u->search_regex;
	u->pr.word = u->search_word;
	if (kind == '/' || kind == '?') {
		u->search_dir = kind == '/' ? 1 : -1;
		u->search_origin = ui_here(u);
		u->origin_offset = ui_search_top_offset(u);
		u->search_all = 0;
	}
}

/* A key while the prompt is open. */
void ui_search_prompt_key(struct ui *u, int key)
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
		u->search_word = u->pr.word;
		char *text = xstrdup(u->pr.text);
		if (u->hist_path) {
			char *err = NULL;
			if (history_save(u->hist, u->hist_path, &err) != 0) {
				ui_message(u, 1, xasprintf("Search history not saved: %s", err ? err : u->hist_path));
				free(err);
			}
		}
		if (kind == '&') {
			ui_search_filter(u, text, ui_search_flags(u->pr.regex, u->pr.word));
		} else if (kind == 'F') {
			ui_search_all(u, text, ui_search_flags(u->pr.regex, u->pr.word));
		} else if (!*text) {
			/* An empty pattern repeats the last search, as in less. */
			ui_search_step(u, u->search_dir);
		} else if (!u->have_match && finder_active(u->find)) {
			ui_message(u, 1, ui_search_not_found(u, text));
		} else if (u->have_match) {
			ui_message(u, 0, ui_search_message(u, ""));
		}
		free(text);
		break;
	}
	default:
		break;
	}
}
