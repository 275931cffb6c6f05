/* launch: starts a program for the reader (a browser on a url) in the
 * background, cut off from the terminal, so that the reader never waits
 * for it and its output never lands on the reader's screen. No curses. */
#ifndef CROSSREAD_LAUNCH_H
#define CROSSREAD_LAUNCH_H

/* Opens url with $BROWSER when it is set (a command, run by /bin/sh, the
 * url its argument, or in place of a %s in it), else with xdg-open. The program runs in a session of
 * its own with /dev/null for input and output, and is never waited for
 * (nor left a zombie). Returns 0, or -1 with *err set (to be freed) when
 * it cannot be started. */
int launch_url(const char *url, char **err);

/* The command launch_url runs for url (a new string), for messages and
 * tests: $BROWSER's value, else "xdg-open"; NULL when neither is there. */
char *launch_browser(void);

#endif
