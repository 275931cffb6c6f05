/* ui_load: a big file's first screen made from its first part, while a
 * thread parses the whole (and another core hashes it for the store); the
 * whole then takes the part's place, the reader kept at the same byte. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "corpus.h"
#include "finder.h"
#include "input.h"
#include "ui.h"
#include "ui_private.h"
#include "xmalloc.h"

/* A file this big opens from its first part: parsing a smaller one whole
 * takes less time than the terminal takes to start. */
#define UI_LOAD_MIN (512 * 1024)
/* About how much text the first part has: many screens, parsed at once
 * (the rest takes a second at most to arrive). */
#define UI_LOAD_PART (64 * 1024)

struct ui_load {
	struct article *whole;		/* the article, read to its end and parsed by the thread */
	char *err;			/* why the rest could not be read, or NULL */
	const char *bytes;		/* its bytes as read, which the store knows it by */
	size_t len;
	char hash[STORE_HASH_SIZE];	/* their hash, once done */
	pthread_t thread;
	int started;			/* the thread was started */
	long delay_ms;			/* CROSSREAD_LOAD_DELAY: how long the thread waits first */
	atomic_int done;		/* the whole is parsed (the thread may be joined) */
};

static void *ui_load_hash(void *arg)
{
	struct ui_load *l = arg;
	store_hash(l->bytes, l->len, l->hash);
	return NULL;
}

/* The thread: parses the whole while another hashes its bytes, then
 * counts its words (the side pane's figure) while the hash goes on. */
static void *ui_load_run(void *arg)
{
	struct ui_load *l = arg;
	if (l->delay_ms > 0) {
		struct timespec ts = { l->delay_ms / 1000, (l->delay_ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
	}
	article_read_rest(l->whole, &l->err);
	l->bytes = l->whole->data;
	l->len = l->whole->len;
	pthread_t t;
	int hashing = pthread_create(&t, NULL, ui_load_hash, l) == 0;
	char *raw;
	/* The bytes read stay alive (raw) until the hash of them is done. */
	input_parse_keep(l->whole, &raw);
	article_word_count(l->whole);
	if (hashing)
		pthread_join(t, NULL);
	else
		ui_load_hash(l);
	free(raw);
	atomic_store(&l->done, 1);
	return NULL;
}

/* A file main read only in part is read to its end here, for a reader
 * that does not open it from its first part. */
static int ui_load_decline(struct ui *u)
{
	for (size_t i = 0; i < u->c->n; i++) {
		char *err;
		if (article_read_rest(u->c->arts[i], &err) != 0)
			ui_message(u, 1, err);
	}
	return 0;
}

int ui_load_start(struct ui *u)
{
	struct corpus *c = u->c;
	if (c->n != 1)
		return ui_load_decline(u);
	struct article *whole = c->arts[0];
	/* Its size on disk if main read only its start. */
	if ((whole->rest_fd ? whole->rest_size : whole->len) < UI_LOAD_MIN)
		return ui_load_decline(u);
	struct article *part = input_first_part(whole, UI_LOAD_PART);
	if (!part)
		return ui_load_decline(u);
	struct ui_load *l = xcalloc(1, sizeof *l);
	l->whole = whole;
	atomic_init(&l->done, 0);
	/* The tests hold the whole back, to see the reader while it loads. */
	const char *delay = getenv("CROSSREAD_LOAD_DELAY");
	l->delay_ms = delay ? strtol(delay, NULL, 10) : 0;
	corpus_swap(c, 0, part);
	u->load = l;
	return 1;
}

void ui_load_begin(struct ui *u)
{
	struct ui_load *l = u->load;
	if (!l || l->started)
		return;
	l->started = 1;
	if (pthread_create(&l->thread, NULL, ui_load_run, l) != 0) {
		l->started = 0; /* no thread: the reader waits for it here */
		ui_load_run(l);
	}
}

int ui_load_pending(const struct ui *u)
{
	return u->load != NULL;
}

/* The whole takes the part's place: the same byte at the top, or the
 * place the store kept, if the reader has not moved since the start. */
static void ui_load_finish(struct ui *u)
{
	struct ui_load *l = u->load;
	ui_load_begin(u);
	if (l->started)
		pthread_join(l->thread, NULL);
	u->load = NULL;
	size_t at = u->anchor_head ? UI_NO_ANCHOR : u->anchor;
	int moved = !u->anchor_head || view_cmp(u->top, view_first(ui_view(u))) != 0 || u->njumps > 0;
	finder_forget(u->find, 0);
	view_free(u->views[0]);
	u->views[0] = NULL;
	corpus_replace(u->c, 0, l->whole);
	/* A whole taken for another charset than its first part has other
	 * offsets: the reader stays as near as they allow. */
	if (at != UI_NO_ANCHOR && at > l->whole->len)
		at = l->whole->len;
	ui_state_loaded(u, l->hash);
	if (l->err)
		ui_message(u, 1, l->err); /* the part read stays the text */
	if (!moved && u->anchors[0] != UI_NO_ANCHOR)
		at = u->anchors[0] <= l->whole->len ? u->anchors[0] : l->whole->len;
	u->views[0] = view_new(l->whole, ui_body_width(u));
	struct view *v = u->views[0];
	if (at == UI_NO_ANCHOR) {
		ui_set_top(u, view_first(v));
	} else {
		u->anchor_head = 0;
		u->anchor = at;
		ui_set_top(u, view_at_offset(v, at));
	}
	free(l);
	/* The indexer starts once the screen is drawn (ui_load_index): its
	 * threads would take the cores the drawing needs. */
	u->index_later = 1;
	ui_side_build(u);
}

void ui_load_index(struct ui *u)
{
	if (!u->index_later)
		return;
	u->index_later = 0;
	ui_index_start(u);
}

int ui_load_poll(struct ui *u)
{
	if (!u->load || !atomic_load(&u->load->done))
		return 0;
	ui_load_finish(u);
	return 1;
}

void ui_load_wait(struct ui *u)
{
	if (!u->load)
		return;
	if (!atomic_load(&u->load->done)) {
		ui_message(u, 0, xstrdup("Reading the whole file\xe2\x80\xa6"));
		ui_draw(u);
	}
	ui_message(u, 0, NULL);
	ui_load_finish(u);
}

void ui_load_before(struct ui *u, enum keys_cmd cmd, long count)
{
	if (!u->load)
		return;
	switch (cmd) {
	case CMD_TOP:
		if (count > 0)
			ui_load_wait(u); /* a line number counts from the whole's top */
		break;
	case CMD_BOTTOM:
	case CMD_PERCENT:
	case CMD_SEARCH_FORWARD:
	case CMD_SEARCH_BACKWARD:
	case CMD_SEARCH_NEXT:
	case CMD_SEARCH_PREV:
	case CMD_SEARCH_ALL:
	case CMD_FILTER:
	case CMD_FILE_INFO:
	case CMD_RELOAD:
		/* These need the whole text: less's G on a huge file waits too. */
		ui_load_wait(u);
		break;
	default:
		break;
	}
}

void ui_load_scroll(struct ui *u, long n)
{
	if (!u->load || n <= 0)
		return;
	/* Scrolling down past the first part's end waits for the rest. */
	struct view_pos b = ui_bottom(u);
	if (view_move(ui_view(u), &b, n) < n)
		ui_load_wait(u);
}
