/* ui: the interactive reader. Panes, focus, scrolling and key dispatch over
 * the core library; drawing goes through tty. */
#ifndef CROSSREAD_UI_H
#define CROSSREAD_UI_H

struct corpus;

struct ui_options {
	int no_color;	/* draw with attributes only */
	int mouse;	/* ask the terminal for mouse reports */
	int no_state;	/* neither read nor write the state database */
};

/* How much of a big file is read before the reader starts, when it is the
 * only one (corpus read_first): the reader reads the rest, and parses the
 * whole, while its first screen is up. Twice its first part and a little
 * (ui_load.c): each page of fresh memory read into costs its fault, most
 * of the reading's time. */
#define UI_READ_FIRST (192 * 1024)

/* Starts opening the state database on another core, for a reader about
 * to run with it (ui_run takes it), while the files are being listed. */
void ui_warm(void);

/* Runs the reader until the user quits; returns the exit status. */
int ui_run(struct corpus *c, const struct ui_options *o);

#endif
