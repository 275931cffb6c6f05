/* view: an article laid out for a width, as lines of text that point into
 * the file. Paragraphs are wrapped lazily, when first shown, so that a huge
 * article opens at once; positions are (block, line) pairs and turn into
 * byte offsets, which survive a change of width. No curses here. */
#ifndef CROSSREAD_VIEW_H
#define CROSSREAD_VIEW_H

#include <stddef.h>
#include <stdio.h>

struct article;
struct view;

enum view_kind {
	VIEW_BLANK,		/* the empty line between paragraphs */
	VIEW_TITLE,		/* the article's title */
	VIEW_META,		/* date, source, author */
	VIEW_TEXT,		/* body text */
	VIEW_BOILERPLATE,	/* body text that is web-page leftovers */
	VIEW_PRE,		/* a table line, kept as laid out */
	VIEW_HEADING		/* a heading within the body */
};

/* One line on screen. */
struct view_line {
	const char *text;	/* the bytes it points into (the file, or view-owned) */
	size_t start, end;	/* the line's range within text */
	int in_file;		/* whether start and end are offsets into the file */
	int collapse;		/* whether whitespace runs are drawn as one blank */
	enum view_kind kind;	/* how it is drawn */
};

struct view_pos {
	size_t block;	/* which paragraph (or piece of a long one) */
	size_t line;	/* which line of it */
};

struct view *view_new(const struct article *a, int width);
void view_free(struct view *v);
/* Changes the width; lines are rewrapped when next asked for. */
void view_set_width(struct view *v, int width);
int view_width(const struct view *v);

/* Fills *out with the line at pos; returns 0 if there is none. */
int view_line(struct view *v, struct view_pos pos, struct view_line *out);
/* Moves pos one line down or up; returns 0 (pos unchanged) at the end. */
int view_next(struct view *v, struct view_pos *pos);
int view_prev(struct view *v, struct view_pos *pos);
/* Moves pos by up to n lines (negative: up); returns how many it moved. */
long view_move(struct view *v, struct view_pos *pos, long n);
struct view_pos view_first(struct view *v);
struct view_pos view_last(struct view *v);
/* The line that holds byte offset off of the file. */
struct view_pos view_at_offset(struct view *v, size_t off);
/* The file offset that anchors pos: where its text starts. */
size_t view_offset(struct view *v, struct view_pos pos);
/* Whether pos is in the head (title, date line), above the body text:
 * such lines have no offset of their own to anchor to. */
int view_in_head(const struct view *v, struct view_pos pos);
/* Compares two positions like strcmp. */
int view_cmp(struct view_pos a, struct view_pos b);
/* How many shown lines come before pos (paragraphs a filter hides are
 * not counted): its line number, counting from 0, as less numbers lines. */
size_t view_line_number(struct view *v, struct view_pos pos);
/* How far through the article the end of the line at pos is, 0-100. */
int view_percent(struct view *v, struct view_pos pos);

/* Shows only the paragraphs (pieces) for which keep(start, end, ctx) says
 * yes; the title and date lines stay. Returns how many are kept. */
size_t view_filter(struct view *v, int (*keep)(size_t start, size_t end, void *ctx), void *ctx);
/* Shows every paragraph again. */
void view_unfilter(struct view *v);
/* Whether some paragraphs are filtered out. */
int view_filtered(const struct view *v);

/* Writes every line as plain UTF-8 text, as the body pane shows it. */
void view_write(struct view *v, FILE *out);
/* One line as plain UTF-8, as drawn: bad bytes as U+FFFD, tabs expanded,
 * trailing blanks trimmed. The caller frees it. */
char *view_line_text(const struct view_line *l);

#endif
