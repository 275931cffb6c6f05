/* charset: text in another encoding turned into UTF-8, through iconv. A
 * declared charset (HTTP, later <meta charset> and the XML declaration) is
 * honoured; undeclared text is UTF-8 when it is valid UTF-8 (or UTF-8 with
 * a little damage), and Windows-1252 (which covers Latin-1) when it reads
 * as such; bytes that fit neither stay as they are and show as U+FFFD. */
#ifndef CROSSREAD_CHARSET_H
#define CROSSREAD_CHARSET_H

#include <stddef.h>

/* Converts data[0..len) to UTF-8 if it needs it. Returns a new buffer
 * (NUL-terminated, *outlen bytes) and sets *from to the charset's name as
 * shown to the reader ("Windows-1252", or the declared name), or returns
 * NULL when the bytes are to be kept as they are (UTF-8 already, or not
 * convertible). declared may be NULL. */
char *charset_to_utf8(const char *data, size_t len, const char *declared, size_t *outlen, char **from);

/* Whether data reads as Windows-1252 text rather than damaged UTF-8: it
 * is not valid UTF-8, and its high bytes sit inside words as accented
 * letters do, or are the code page's punctuation. */
int charset_looks_cp1252(const char *data, size_t len);

#endif
