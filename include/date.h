/* date: a header's date, as written by wire services, feeds and web pages,
 * turned into ISO 8601 when it can be read. */
#ifndef CROSSREAD_DATE_H
#define CROSSREAD_DATE_H

#include <stddef.h>

/* Writes the date in s as ISO 8601 to out: "2022-01-25", or with the time
 * "1987-02-26T15:01:01" and a zone when one is given ("Z", "+02:00").
 * Understands ISO forms, RFC 822 (feeds), "26-FEB-1987 15:01:01.79"
 * (Reuters), "January 25, 2022", "25 January 2022" and "2022/01/25".
 * Returns 0, or -1 (out untouched) when s is not such a date. */
int date_iso(const char *s, char *out, size_t n);

#endif
