/* date: reading the date forms news comes with. A small scanner rather than
 * strptime, which depends on the locale and takes one form at a time. */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

struct date_parts {
	int y, mo, d, h, mi, s;	/* -1 where not given */
	char zone[8];		/* "Z", "+02:00", or "" */
};

static int date_month(const char *s, size_t n)
{
	static const char *const names[] = { "jan", "feb", "mar", "apr", "may", "jun",
					     "jul", "aug", "sep", "oct", "nov", "dec" };
	static const char *const full[] = { "january", "february", "march", "april", "may", "june", "july",
					    "august", "september", "october", "november", "december" };
	for (int i = 0; i < 12; i++)
		if ((n == 3 && strncasecmp(s, names[i], 3) == 0) ||
		    (n == strlen(full[i]) && strncasecmp(s, full[i], n) == 0) ||
		    (n == 4 && i == 8 && strncasecmp(s, "sept", 4) == 0))
			return i + 1;
	return 0;
}

/* Reads up to max digits at *p; returns the number or -1. */
static int date_num(const char **p, int min, int max)
{
	int v = 0, k = 0;
	while (k < max && isdigit((unsigned char)**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	return k >= min ? v : -1;
}

/* A word of letters at *p: its length, *p moved past it. */
static size_t date_word(const char **p, const char **w)
{
	*w = *p;
	while (isalpha((unsigned char)**p))
		(*p)++;
	return (size_t)(*p - *w);
}

/* Zone names as feeds and mail write them (RFC 822's, and a few that
 * European and Asian feeds use), with their offsets in minutes. */
static const struct date_zone {
	const char *name;
	int minutes;
} date_zones[] = {
	{ "UTC", 0 },	   { "GMT", 0 },      { "UT", 0 },	 { "Z", 0 },	    { "EST", -300 },
	{ "EDT", -240 },   { "CST", -360 },   { "CDT", -300 },	 { "MST", -420 },   { "MDT", -360 },
	{ "PST", -480 },   { "PDT", -420 },   { "AKST", -540 },	 { "AKDT", -480 },  { "HST", -600 },
	{ "WET", 0 },	   { "WEST", 60 },    { "BST", 60 },	 { "CET", 60 },	    { "CEST", 120 },
	{ "MET", 60 },	   { "MEST", 120 },   { "EET", 120 },	 { "EEST", 180 },   { "MSK", 180 },
	{ "IST", 330 },	   { "JST", 540 },    { "KST", 540 },	 { "AEST", 600 },   { "AEDT", 660 },
};

/* Writes a zone of the given minutes east of UTC. */
static void date_zone_set(struct date_parts *t, int minutes)
{
	if (minutes == 0) {
		strcpy(t->zone, "Z");
		return;
	}
	int m = minutes < 0 ? -minutes : minutes;
	snprintf(t->zone, sizeof t->zone, "%c%02d:%02d", minutes < 0 ? '-' : '+', m / 60 % 24, m % 60);
}

/* A zone at p: "Z", "+0100", "+01:00", "-05", or a name such as "GMT" or
 * "EST" (as a whole word). */
static void date_zone(const char *p, struct date_parts *t)
{
	if ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2])) {
		char sign = *p++;
		int zh = date_num(&p, 2, 2);
		if (*p == ':')
			p++;
		int zm = isdigit((unsigned char)*p) ? date_num(&p, 2, 2) : 0;
		if (zh >= 0 && zm >= 0 && zh < 24 && zm < 60)
			date_zone_set(t, (sign == '-' ? -1 : 1) * (zh * 60 + zm));
		return;
	}
	const char *w;
	size_t n = date_word(&p, &w);
	for (size_t k = 0; k < sizeof date_zones / sizeof date_zones[0]; k++) {
		if (n == strlen(date_zones[k].name) && strncasecmp(w, date_zones[k].name, n) == 0) {
			date_zone_set(t, date_zones[k].minutes);
			/* "GMT+01:00", "UTC-5" */
			if (date_zones[k].minutes == 0 && (*p == '+' || *p == '-') && isdigit((unsigned char)p[1])) {
				char sign = *p++;
				int zh = date_num(&p, 1, 2);
				int zm = 0;
				if (*p == ':')
					p++;
				if (isdigit((unsigned char)*p))
					zm = date_num(&p, 2, 2);
				if (zh >= 0 && zm >= 0 && zh < 24 && zm < 60)
					date_zone_set(t, (sign == '-' ? -1 : 1) * (zh * 60 + zm));
			}
			return;
		}
	}
}

/* "15:01", "15:01:01.79", "9:05 PM", then an optional zone; "at" or a
 * dash between the date and the time is skipped. */
static void date_time(const char *p, struct date_parts *t)
{
	for (;;) {
		if (*p == ' ' || *p == 'T' || *p == 't' || *p == ',')
			p++;
		else if (*p == '-' && p[1] == ' ')
			p += 2;
		else if (strncasecmp(p, "at ", 3) == 0)
			p += 3;
		else
			break;
	}
	int h = date_num(&p, 1, 2);
	if (h < 0 || *p != ':')
		return;
	p++;
	int mi = date_num(&p, 2, 2);
	if (mi < 0 || h > 23 || mi > 59)
		return;
	int s = 0;
	if (*p == ':') {
		p++;
		s = date_num(&p, 2, 2);
		if (s < 0 || s > 60)
			return;
		if (*p == '.' || *p == ',') {
			p++;
			while (isdigit((unsigned char)*p))
				p++;
		}
	}
	while (*p == ' ')
		p++;
	/* A 12-hour clock: "9:05 PM", "12:30 a.m." */
	int pm = -1;
	if ((p[0] == 'a' || p[0] == 'A' || p[0] == 'p' || p[0] == 'P') && p[1] == '.' &&
	    (p[2] == 'm' || p[2] == 'M') && p[3] == '.') {
		pm = p[0] == 'p' || p[0] == 'P';
		p += 4;
	} else if ((p[0] == 'a' || p[0] == 'A' || p[0] == 'p' || p[0] == 'P') && (p[1] == 'm' || p[1] == 'M') &&
		   !isalpha((unsigned char)p[2])) {
		pm = p[0] == 'p' || p[0] == 'P';
		p += 2;
	}
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return;
		h = h % 12 + (pm ? 12 : 0);
	}
	t->h = h;
	t->mi = mi;
	t->s = s;
	while (*p == ' ')
		p++;
	date_zone(p, t);
}

static int date_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static int date_scan(const char *s, struct date_parts *t)
{
	const char *p = s, *w;
	t->y = t->mo = t->d = t->h = t->mi = t->s = -1;
	t->zone[0] = '\0';
	while (*p == ' ')
		p++;
	/* A weekday first, as RFC 822 has it: "Tue, 10 Jun 2003". */
	const char *q = p;
	size_t wl = date_word(&q, &w);
	if (wl >= 3 && !date_month(w, wl) && (*q == ',' || *q == ' ')) {
		p = q;
		while (*p == ',' || *p == ' ')
			p++;
	}
	if (isdigit((unsigned char)*p)) {
		const char *start = p;
		int a = date_num(&p, 1, 4);
		if (p - start == 4 && (*p == '-' || *p == '/' || *p == '.')) {
			/* 2022-01-25, 2022/01/25 */
			char sep = *p++;
			t->y = a;
			t->mo = date_num(&p, 1, 2);
			if (*p++ != sep)
				return -1;
			t->d = date_num(&p, 1, 2);
		} else if (p - start <= 2 && (*p == '-' || *p == ' ') && isalpha((unsigned char)p[1])) {
			/* 26-FEB-1987, 25 January 2022 */
			p++;
			wl = date_word(&p, &w);
			t->d = a;
			t->mo = date_month(w, wl);
			if (*p == '-' || *p == ' ' || *p == ',')
				p++;
			while (*p == ' ')
				p++;
			const char *ys = p;
			t->y = date_num(&p, 2, 4);
			if (p - ys == 2)
				t->y += t->y < 50 ? 2000 : 1900;
		} else {
			return -1;
		}
	} else {
		/* January 25, 2022 */
		wl = date_word(&p, &w);
		t->mo = date_month(w, wl);
		if (*p == '.')
			p++;
		while (*p == ' ')
			p++;
		t->d = date_num(&p, 1, 2);
		while (*p == ',' || *p == ' ')
			p++;
		t->y = date_num(&p, 4, 4);
	}
	if (t->y < 1000 || t->mo < 1 || t->mo > 12 || t->d < 1 || t->d > date_days(t->y, t->mo))
		return -1;
	date_time(p, t);
	return 0;
}

int date_iso(const char *s, char *out, size_t n)
{
	struct date_parts t;
	if (!s || date_scan(s, &t) != 0)
		return -1;
	if (t.h >= 0)
		snprintf(out, n, "%04d-%02d-%02dT%02d:%02d:%02d%s", t.y, t.mo, t.d, t.h, t.mi, t.s, t.zone);
	else
		snprintf(out, n, "%04d-%02d-%02d", t.y, t.mo, t.d);
	return 0;
}
