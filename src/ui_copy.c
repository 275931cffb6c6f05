/* ui_copy: y, copying through the terminal (OSC 52, see osc52.h), so that
 * it works over ssh and in tmux with no clipboard program: the selected
 * passage, else the selected mention, else the story's url. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "osc52.h"
#include "text.h"
#include "tty.h"
#include "ui_private.h"
#include "xmalloc.h"

static int ui_copy_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Bytes start..end of the article as text to paste: valid UTF-8, a
 * paragraph break (a run of white space with two line breaks or more)
 * kept as a blank line, any other run of white space (a wrapped line's
 * break) as one space. */
char *ui_copy_text(const struct article *a, size_t start, size_t end)
{
	if (end > a->len)
		end = a->len;
	if (start > end)
		start = end;
	char *out = xstrdup("");
	size_t n = 0;
	for (size_t p = start; p < end;) {
		/* The paragraph from p: up to the next break, or the end. */
		size_t q = p, brk = end, next = end;
		while (q < end) {
			if (!ui_copy_space(a->data[q])) {
				q++;
				continue;
			}
			size_t r = q;
			int lines = 0;
			while (r < end && ui_copy_space(a->data[r]))
				lines += a->data[r++] == '\n';
			if (lines >= 2) {
				brk = q;
				next = r;
				break;
			}
			q = r;
		}
		char *c = text_clean(a->data + p, brk - p);
		size_t cn = strlen(c);
		if (cn) {
			out = xrealloc(out, n + cn + 3);
			if (n) {
				memcpy(out + n, "\n\n", 2);
				n += 2;
			}
			memcpy(out + n, c, cn + 1);
			n += cn;
		}
		free(c);
		p = next;
	}
	return out;
}

void ui_copy(struct ui *u)
{
	const struct article *a = corpus_article(u->c, u->cur);
	const struct entity_doc *d = ui_doc(u);
	char *text = NULL;
	if (u->selecting) {
		text = ui_copy_text(a, u->sel_start, u->sel_end);
		ui_select_end(u);
	} else if (u->ecur != UI_NONE && u->ecur < d->n) {
		text = ui_copy_text(a, d->v[u->ecur].start, d->v[u->ecur].end);
	} else {
		const char *url = ui_browse_story_url(u, u->cur);
		if (url)
			text = xstrdup(url);
	}
	if (!text || !*text) {
		ui_message(u, 0, xstrdup("Nothing to copy: select a passage (v) or a mention (e); this story has no url."));
		free(text);
		return;
	}
	size_t len = strlen(text);
	char *seq = osc52_sequence(text, len);
	if (!seq) {
		ui_message(u, 1, xasprintf("Too long to copy: %zu bytes, and a terminal takes at most %d.", len,
					   OSC52_MAX));
	} else if (tty_send(seq, strlen(seq)) != 0) {
		ui_message(u, 1, xstrdup("Could not write to the terminal to copy."));
	} else {
		char *pre = ui_select_preview(text);
		ui_message(u, 0, xasprintf("Copied '%s'", pre));
		free(pre);
	}
	free(seq);
	free(text);
}
