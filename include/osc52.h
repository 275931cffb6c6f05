/* osc52: the escape sequence that asks a terminal to put text on the
 * clipboard (ESC ] 52 ; c ; base64 BEL), which xterm, kitty, iTerm2 and
 * tmux (set-clipboard on) understand, over ssh too. No curses here: the
 * tty layer writes the bytes. */
#ifndef CROSSREAD_OSC52_H
#define CROSSREAD_OSC52_H

#include <stddef.h>

/* The most text a copy sends: terminals drop longer sequences (xterm's
 * limit is near 100 kB of base64). */
#define OSC52_MAX 65536

/* The base64 of len bytes (RFC 4648, padded), a new NUL-terminated string. */
char *osc52_base64(const unsigned char *data, size_t len);

/* The whole sequence that copies len bytes of text, a new NUL-terminated
 * string; NULL when len is over OSC52_MAX. */
char *osc52_sequence(const char *text, size_t len);

#endif
