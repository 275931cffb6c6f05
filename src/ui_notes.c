/* ui_notes: notes on passages. `a` attaches a note, typed at a prompt, to
 * the passage selected (v), else the paragraph at the entity cursor (or
 * at the top of the body); `A`
 * lists every note in the side pane, by story, and Enter goes to one.
 * Notes live in the store; `crossread --notes` exports them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "prompt.h"
#include "store.h"
#include "text.h"
#include "ui_private.h"
#include "view.h"
#include "xmalloc.h"

/* The prompt kind of a note, apart from the search's and the list's. */
#define UI_NOTE_PROMPT 'a'

int ui_notes_prompt_owns(int kind)
{
	return kind == UI_NOTE_PROMPT;
}

/* The passage a note goes on: the paragraph at the entity cursor, else
 * at the search match the reader is on, else at the top of the body. Returns 0, or -1 when there is none. */
static int ui_notes_passage(struct ui *u, size_t *start, size_t *end)
{
	const struct article *a = corpus_article(u->c, u->cur);
	const struct entity_doc *d = ui_doc(u);
	size_t off = u->ecur != UI_NONE && u->ecur < d->n ? d->v[u->ecur].start :
		     u->have_match ? u->match.start : u->anchor_head ? a->body_start : u->anchor;
	size_t p = article_para_at(a, off);
	if (p < a->npara && (a->paras[p].flags & ARTICLE_PARA_TITLE))
		p = a->npara;
	/* At the title or between paragraphs: the next paragraph down. */
	for (size_t k = 0; p == a->npara && k < a->npara; k++)
		if (a->paras[k].start >= off && !(a->paras[k].flags & ARTICLE_PARA_TITLE))
			p = k;
	if (p >= a->npara)
		return -1;
	*start = a->paras[p].start;
	*end = a->paras[p].end;
	return 0;
}

void ui_notes_prompt_open(struct ui *u)
{
	if (!u->store) {
		ui_message(u, 1, xstrdup("Notes are kept in the state database, which is off (--no-state, or it failed)."));
		return;
	}
	int on_selection = u->selecting;
	if (on_selection) {
		/* The passage selected with v, which the note takes over. */
		u->note_start = u->sel_start;
		u->note_end = u->sel_end;
		ui_select_end(u);
	} else if (ui_notes_passage(u, &u->note_start, &u->note_end) != 0) {
		ui_message(u, 1, xstrdup("No paragraph here to put a note on."));
		return;
	}
	u->prompting = UI_NOTE_PROMPT;
	prompt_start(&u->pr, on_selection ? "Note on the selection:" : "Note on this paragraph:", NULL);
	u->pr.plain = 1;	/* a note is text: Ctrl-W deletes a word, Ctrl-R does nothing */
}

/* The passage as one line: whitespace runs as one space, bad bytes as U+FFFD. */
static char *ui_notes_quote(const struct article *a, size_t start, size_t end)
{
	char *clean = text_clean(a->data + start, end - start);
	char *out = xmalloc(strlen(clean) + 1), *o = out;
	int space = 0;
	for (const char *p = clean; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = o > out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = *p;
	}
	*o = '\0';
	free(clean);
	return out;
}

static void ui_notes_save(struct ui *u, const char *text)
{
	struct article *a = corpus_article(u->c, u->cur);
	const char *url = article_field(a, "url");
	struct store_note n;
	memset(&n, 0, sizeof n);
	n.hash = u->hashes[u->cur];
	n.path = u->paths[u->cur];
	n.start = (long long)u->note_start;
	n.end = (long long)u->note_end;
	n.quote = ui_notes_quote(a, u->note_start, u->note_end);
	n.text = (char *)text;
	n.title = a->title;
	n.source = (char *)article_field(a, "source");
	n.date = (char *)article_field(a, "date");
	n.url = (char *)(url ? url : article_field(a, "link"));
	char *err = NULL;
	if (store_note_add(u->store, &n, &err) != 0) {
		ui_message(u, 1, xasprintf("Note not saved: %s", err));
		free(err);
	} else {
		ui_message(u, 0, xstrdup("Note saved; A lists the notes."));
		if (u->side_notes)
			ui_side_build(u);
	}
	free(n.quote);
}

void ui_notes_prompt_key(struct ui *u, int key)
{
	enum prompt_result r = prompt_key(&u->pr, key);
	if (r == PROMPT_CANCEL) {
		u->prompting = 0;
		ui_message(u, 0, xstrdup("No note."));
	} else if (r == PROMPT_ACCEPT) {
		u->prompting = 0;
		ui_notes_save(u, u->pr.text);
	}
}

/* Every note in the store, for the side pane; 0, or -1 with a message shown. */
int ui_notes_list(struct ui *u, struct store_note **v, size_t *n)
{
	*v = NULL;
	*n = 0;
	if (!u->store)
		return -1;
	char *err = NULL;
	if (store_notes(u->store, NULL, v, n, &err) != 0) {
		ui_message(u, 1, xasprintf("Notes: %s", err));
		free(err);
		return -1;
	}
	return 0;
}

/* A: the notes in the side pane. */
void ui_notes_show(struct ui *u)
{
	if (!u->store) {
		ui_message(u, 1, xstrdup("Notes are kept in the state database, which is off (--no-state, or it failed)."));
		return;
	}
	ui_side_notes_open(u);
}
