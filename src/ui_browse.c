/* ui_browse: o, opening a link in a browser (launch.c starts it in the
 * background): the link under the selection's start or the entity
 * cursor when the page kept its links, else the story's own url. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus.h"
#include "entity.h"
#include "launch.h"
#include "ui_private.h"
#include "xmalloc.h"

/* Article i's url: its Url: (or Link:) header, else the address it was
 * fetched from; NULL when it has none. */
const char *ui_browse_story_url(struct ui *u, size_t i)
{
	const struct article *a = corpus_article(u->c, i);
	const char *url = article_field(a, "url");
	if (!url || !*url)
		url = article_field(a, "link");
	if ((!url || !*url) && a->path && strstr(a->path, "://"))
		url = a->path;
	return url && *url ? url : NULL;
}

/* The link whose text holds byte off, or NULL. */
static const char *ui_browse_link_at(const struct article *a, size_t off)
{
	for (size_t k = 0; k < a->nlinks; k++)
		if (a->links[k].start <= off && off < a->links[k].end)
			return a->links[k].url;
	return NULL;
}

void ui_browse(struct ui *u)
{
	size_t story = u->cur;
	/* In the side pane, a line that stands for another story opens that one. */
	if (u->focus == PANE_SIDE && u->side_sel != UI_NONE && u->side_sel < u->nside) {
		const struct ui_side_line *l = &u->side[u->side_sel];
		if ((l->kind == SIDE_RELATED || l->kind == SIDE_SNIPPET || l->kind == SIDE_MATCH ||
		     l->kind == SIDE_NOTE) && l->article < u->c->n)
			story = l->article;
	}
	const struct article *a = corpus_article(u->c, u->cur);
	const struct entity_doc *d = ui_doc(u);
	const char *url = NULL, *what = "the story";
	if (story == u->cur) {
		size_t at = u->selecting ? u->sel_start : u->ecur != UI_NONE && u->ecur < d->n ? d->v[u->ecur].start : SIZE_MAX;
		if (at != SIZE_MAX && (url = ui_browse_link_at(a, at)))
			what = "the link";
	}
	if (!url)
		url = ui_browse_story_url(u, story);
	if (!url) {
		ui_message(u, 0, xstrdup("This story has no url to open (no Url: header, link or address)."));
		return;
	}
	char *err = NULL;
	if (launch_url(url, &err) != 0) {
		ui_message(u, 1, xasprintf("Cannot open %s: %s", url, err));
		free(err);
		return;
	}
	ui_message(u, 0, xasprintf("Opening %s: %s", what, url));
}
