/* sgm2txt: turns Reuters-21578 SGML files into one plain-text article per
 * <REUTERS> element, in the form crossread reads:
 *
 *     Title: <TITLE>
 *     Date: <DATE, trimmed>
 *
 *     <DATELINE><BODY, as hard-wrapped in the source>
 *
 * Usage: sgm2txt OUTDIR FILE.sgm...
 * Files are named after NEWID, zero-padded to five digits (00001.txt).
 * &lt; &gt; &amp; (and &quot; &apos;) are decoded, numeric entities for
 * control characters (&#2; &#3; &#127; ...) are dropped, other numeric
 * entities become UTF-8, anything else is copied as it is. Other bytes are
 * copied unchanged (the corpus holds one stray non-UTF-8 byte).
 * An article with a title but no body gets its header lines only; one with
 * neither is skipped and counted. TYPE="UNPROC" stories, whose text sits
 * right inside <TEXT>, are written with that text as their body.
 * Only libc (plus mkdir) is used; every input file is read whole. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

/* Refuse input files larger than this: the real ones are about 1.5 MB. */
#define SGM_MAX_FILE (512L * 1024 * 1024)

struct range {
	const char *s;	/* start, or NULL when absent */
	size_t n;	/* length */
};

struct counts {
	unsigned long elements;		/* <REUTERS> elements seen */
	unsigned long written;		/* files written */
	unsigned long with_body;	/* ... that have a body or dateline */
	unsigned long title_only;	/* ... that have a title and no body */
	unsigned long skipped_empty;	/* neither title nor body: not written */
	unsigned long skipped_noid;	/* no usable NEWID: not written */
	unsigned long errors;		/* files that could not be read or written */
};

static const char *prog = "sgm2txt";

/* Reads a whole file into a NUL-terminated buffer. */
static char *read_whole(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 20, n = 0;
	char *buf = malloc(cap);
	if (!buf) {
		fprintf(stderr, "%s: %s: out of memory\n", prog, path);
		fclose(f);
		return NULL;
	}
	for (;;) {
		if (cap - n < 2) {
			if (cap >= (size_t)SGM_MAX_FILE) {
				fprintf(stderr, "%s: %s: larger than %ld bytes, skipped\n",
					prog, path, SGM_MAX_FILE);
				free(buf);
				fclose(f);
				return NULL;
			}
			char *nb = realloc(buf, cap * 2);
			if (!nb) {
				fprintf(stderr, "%s: %s: out of memory\n", prog, path);
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: %s: read error\n", prog, path);
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* memmem, in plain C11. */
static const char *find(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	if (m == 0)
		return s;
	if (m > n)
		return NULL;
	const char *end = s + n - m;
	for (const char *p = s; p <= end; p++) {
		p = memchr(p, needle[0], (size_t)(end - p) + 1);
		if (!p)
			return NULL;
		if (memcmp(p, needle, m) == 0)
			return p;
	}
	return NULL;
}

/* The text between <TAG> and </TAG> inside s[0..n). The open tag must be
 * exactly "<TAG>" (no attributes), so <DATE> never matches <DATELINE>. A
 * missing close tag ends the element at the end of s. */
static struct range element(const char *s, size_t n, const char *tag)
{
	char open[32], close[32];
	struct range r = { NULL, 0 };
	snprintf(open, sizeof open, "<%s>", tag);
	snprintf(close, sizeof close, "</%s>", tag);
	const char *o = find(s, n, open);
	if (!o)
		return r;
	const char *b = o + strlen(open);
	size_t rest = n - (size_t)(b - s);
	const char *c = find(b, rest, close);
	r.s = b;
	r.n = c ? (size_t)(c - b) : rest;
	return r;
}

/* The value of the NEWID="..." attribute in the open tag s[0..n). */
static long newid(const char *s, size_t n)
{
	const char *p = find(s, n, "NEWID=\"");
	if (!p)
		return -1;
	p += 7;
	long v = 0;
	int digits = 0;
	while (p < s + n && *p >= '0' && *p <= '9' && digits < 9) {
		v = v * 10 + (*p - '0');
		p++;
		digits++;
	}
	if (digits == 0 || p >= s + n || *p != '"')
		return -1;
	return v;
}

static void put_utf8(unsigned long cp, FILE *out)
{
	if (cp < 0x80) {
		putc((int)cp, out);
	} else if (cp < 0x800) {
		putc((int)(0xC0 | (cp >> 6)), out);
		putc((int)(0x80 | (cp & 0x3F)), out);
	} else if (cp < 0x10000) {
		putc((int)(0xE0 | (cp >> 12)), out);
		putc((int)(0x80 | ((cp >> 6) & 0x3F)), out);
		putc((int)(0x80 | (cp & 0x3F)), out);
	} else {
		putc((int)(0xF0 | (cp >> 18)), out);
		putc((int)(0x80 | ((cp >> 12) & 0x3F)), out);
		putc((int)(0x80 | ((cp >> 6) & 0x3F)), out);
		putc((int)(0x80 | (cp & 0x3F)), out);
	}
}

/* Looks at an entity at s[0..n) (s[0] == '&'). Returns its length when it
 * is one we handle, setting *cp (or *cp = -1 to drop it); 0 otherwise. */
static size_t entity(const char *s, size_t n, long *cp)
{
	static const struct { const char *name; long cp; } named[] = {
		{ "&lt;", '<' }, { "&gt;", '>' }, { "&amp;", '&' },
		{ "&quot;", '"' }, { "&apos;", '\'' }, { NULL, 0 }
	};
	for (int i = 0; named[i].name; i++) {
		size_t m = strlen(named[i].name);
		if (n >= m && memcmp(s, named[i].name, m) == 0) {
			*cp = named[i].cp;
			return m;
		}
	}
	if (n < 4 || s[1] != '#')
		return 0;
	size_t i = 2;
	int hex = 0;
	if (s[i] == 'x' || s[i] == 'X') {
		hex = 1;
		i++;
	}
	unsigned long v = 0;
	size_t digits = 0;
	while (i < n && digits < 8) {
		char c = s[i];
		int d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (hex && c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (hex && c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			break;
		v = v * (hex ? 16 : 10) + (unsigned long)d;
		digits++;
		i++;
	}
	if (digits == 0 || i >= n || s[i] != ';')
		return 0;
	if (v < 0x20 || (v >= 0x7F && v < 0xA0))
		*cp = -1; /* a control character: the wire service's framing */
	else if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0; /* not a character: keep it as written */
	else
		*cp = (long)v;
	return i + 1;
}

/* Writes s[0..n) with entities decoded. */
static void put_text(const char *s, size_t n, FILE *out)
{
	size_t i = 0;
	while (i < n) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t stop = amp ? (size_t)(amp - s) : n;
		fwrite(s + i, 1, stop - i, out);
		i = stop;
		if (i >= n)
			break;
		long cp;
		size_t m = entity(s + i, n - i, &cp);
		if (m == 0) {
			putc('&', out);
			i++;
			continue;
		}
		if (cp >= 0)
			put_utf8((unsigned long)cp, out);
		i += m;
	}
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Trims whitespace, and control entities such as a leading &#2;, at both
 * ends of r. */
static struct range trim(struct range r)
{
	if (!r.s)
		return r;
	for (;;) {
		long cp;
		size_t m;
		if (r.n > 0 && is_space(r.s[0])) {
			r.s++;
			r.n--;
		} else if (r.n > 0 && r.s[0] == '&' && (m = entity(r.s, r.n, &cp)) > 0 && cp < 0) {
			r.s += m;
			r.n -= m;
		} else {
			break;
		}
	}
	while (r.n > 0 && is_space(r.s[r.n - 1]))
		r.n--;
	return r;
}

/* Writes a header value on one line: line breaks inside it become spaces. */
static void put_line(const char *key, struct range r, FILE *out)
{
	fputs(key, out);
	fputs(": ", out);
	size_t i = 0;
	while (i < r.n) {
		size_t j = i;
		while (j < r.n && r.s[j] != '\n' && r.s[j] != '\r')
			j++;
		put_text(r.s + i, j - i, out);
		if (j >= r.n)
			break;
		while (j < r.n && is_space(r.s[j]))
			j++;
		if (j < r.n)
			putc(' ', out);
		i = j;
	}
	putc('\n', out);
}

/* Whether decoded text would hold anything but whitespace and controls. */
static int has_text(struct range r)
{
	r = trim(r);
	for (size_t i = 0; i < r.n; i++) {
		long cp;
		size_t m;
		if (r.s[i] == '&' && (m = entity(r.s + i, r.n - i, &cp)) > 0 && cp < 0) {
			i += m - 1;
			continue;
		}
		if (!is_space(r.s[i]))
			return 1;
	}
	return 0;
}

/* Writes one article; s[0..n) is the element's content, tag its open tag. */
static void convert(const char *outdir, const char *src, const char *tag, size_t tagn,
		    const char *s, size_t n, struct counts *k)
{
	k->elements++;
	long id = newid(tag, tagn);
	if (id < 0) {
		fprintf(stderr, "%s: %s: a <REUTERS> element without a NEWID, skipped\n", prog, src);
		k->skipped_noid++;
		return;
	}
	struct range title = trim(element(s, n, "TITLE"));
	struct range date = trim(element(s, n, "DATE"));
	struct range dateline = element(s, n, "DATELINE");
	struct range body = element(s, n, "BODY");
	if (!body.s) {
		/* TYPE="UNPROC" stories (tables, mostly) have their text right
		 * inside <TEXT TYPE="UNPROC">, with no BODY. */
		const char *o = find(s, n, "<TEXT TYPE=\"UNPROC\">");
		if (o) {
			const char *b = o + strlen("<TEXT TYPE=\"UNPROC\">");
			const char *c = find(b, n - (size_t)(b - s), "</TEXT>");
			body.s = b;
			body.n = c ? (size_t)(c - b) : n - (size_t)(b - s);
			/* Its first line is the &#2; framing, not text. */
			while (body.n > 0 && body.s[0] == '&') {
				long cp;
				size_t m = entity(body.s, body.n, &cp);
				if (m == 0 || cp >= 0)
					break;
				body.s += m;
				body.n -= m;
			}
		}
	}
	int have_title = title.s && has_text(title);
	int have_body = (body.s && has_text(body)) || (dateline.s && has_text(dateline));
	if (!have_title && !have_body) {
		k->skipped_empty++;
		return;
	}
	char path[4096];
	int pn = snprintf(path, sizeof path, "%s/%05ld.txt", outdir, id);
	if (pn < 0 || (size_t)pn >= sizeof path) {
		fprintf(stderr, "%s: %s: output path too long\n", prog, outdir);
		k->errors++;
		return;
	}
	FILE *out = fopen(path, "wb");
	if (!out) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		k->errors++;
		return;
	}
	if (have_title)
		put_line("Title", title, out);
	if (date.s && date.n > 0)
		put_line("Date", date, out);
	if (have_body) {
		putc('\n', out);
		/* The dateline keeps its leading blanks; the &#2; framing and line
		 * breaks around the body are dropped, the body's own kept. */
		if (dateline.s) {
			struct range d = dateline;
			while (d.n > 0 && (d.s[0] == '\n' || d.s[0] == '\r')) {
				d.s++;
				d.n--;
			}
			put_text(d.s, d.n, out);
		}
		if (body.s) {
			struct range b = body;
			while (b.n > 0 && is_space(b.s[b.n - 1]))
				b.n--;
			/* "Reuter\n&#3;" ends most bodies: drop the trailing entity too. */
			for (;;) {
				size_t e = b.n;
				while (e > 0 && b.s[e - 1] != '&' && b.n - e < 12)
					e--;
				long cp;
				if (e > 0 && b.s[e - 1] == '&' && entity(b.s + e - 1, b.n - e + 1, &cp) ==
								     b.n - e + 1 && cp < 0) {
					b.n = e - 1;
					while (b.n > 0 && is_space(b.s[b.n - 1]))
						b.n--;
				} else {
					break;
				}
			}
			put_text(b.s, b.n, out);
		}
		putc('\n', out);
	}
	if (ferror(out) | (fclose(out) != 0)) {
		fprintf(stderr, "%s: %s: write error\n", prog, path);
		k->errors++;
		return;
	}
	k->written++;
	if (have_body)
		k->with_body++;
	else
		k->title_only++;
}

static void convert_file(const char *outdir, const char *path, struct counts *k)
{
	size_t len;
	char *data = read_whole(path, &len);
	if (!data) {
		k->errors++;
		return;
	}
	const char *p = data, *end = data + len;
	for (;;) {
		const char *o = find(p, (size_t)(end - p), "<REUTERS");
		if (!o)
			break;
		/* "<REUTERS>" or "<REUTERS attr...>", not "<REUTERSX". */
		if (o + 8 < end && o[8] != '>' && !is_space(o[8])) {
			p = o + 8;
			continue;
		}
		const char *gt = memchr(o, '>', (size_t)(end - o));
		if (!gt) {
			fprintf(stderr, "%s: %s: unterminated <REUTERS tag at the end\n", prog, path);
			break;
		}
		const char *body = gt + 1;
		/* The element ends at </REUTERS>, or at the next <REUTERS if the
		 * close tag is missing, or at the end of the file. */
		const char *close = find(body, (size_t)(end - body), "</REUTERS>");
		const char *next = find(body, (size_t)(end - body), "<REUTERS");
		const char *stop = close ? close : end;
		if (next && next < stop)
			stop = next;
		convert(outdir, path, o, (size_t)(gt - o + 1), body, (size_t)(stop - body), k);
		p = stop == close ? close + 10 : stop;
	}
	free(data);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s OUTDIR FILE.sgm...\n", prog);
		return 2;
	}
	const char *outdir = argv[1];
	if (mkdir(outdir, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "%s: %s: %s\n", prog, outdir, strerror(errno));
		return 1;
	}
	struct counts k = { 0 };
	for (int i = 2; i < argc; i++)
		convert_file(outdir, argv[i], &k);
	fprintf(stderr,
		"%s: %lu <REUTERS> elements in %d files: %lu articles written "
		"(%lu with a body, %lu title only), %lu skipped with neither title nor body, "
		"%lu skipped without a NEWID, %lu errors\n",
		prog, k.elements, argc - 2, k.written, k.with_body, k.title_only,
		k.skipped_empty, k.skipped_noid, k.errors);
	return k.errors ? 1 : 0;
}
