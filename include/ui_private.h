/* ui_private: what the parts of the reader share: the reader's state
 * and the functions one part calls in another. ui.c runs the reader and
 * its commands, ui_side.c the side pane, ui_search.c the search, ui_draw.c
 * the drawing. Not for use outside them. */
#ifndef CROSSREAD_UI_PRIVATE_H
#define CROSSREAD_UI_PRIVATE_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "keys.h"
#include "ner.h"
#include "prompt.h"
#include "search.h"
#include "tty.h"
#include "view.h"

struct article;
struct corpus;
struct entity_table;
struct entity_doc;
struct finder;
struct history;
struct xref;

#define UI_NO_ANCHOR SIZE_MAX

/* Lines of notes and legend above the keys in the help screen. */
#define UI_HELP_HEAD 6

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
	struct xref_related *rel;	/* the stories related to related_for, ranked */
	size_t nrel;
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

/* ui.c */
int ui_body_width(const struct ui *u);
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

/* ui_side.c */
void ui_side_build(struct ui *u);
void ui_side_clear(struct ui *u);
void ui_side_draw(struct ui *u);
void ui_side_enter(struct ui *u);
void ui_side_move(struct ui *u, long n);
void ui_side_related_counts(struct ui *u);

/* ui_search.c */
void ui_search_filter(struct ui *u, const char *text, int regex);
char *ui_search_message(struct ui *u, const char *before);
void ui_search_prompt_key(struct ui *u, int key);
void ui_search_prompt_open(struct ui *u, int kind);
void ui_search_show(struct ui *u, const struct search_match *m);
void ui_search_step(struct ui *u, int dir);

/* ui_draw.c */
void ui_draw(struct ui *u);
void ui_draw_heading(struct ui *u, enum ui_pane p, const char *text);

#endif
