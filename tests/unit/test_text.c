/* Unit tests of text: decoding, widths, wrapping, cleaning. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "text.h"
#include "xmalloc.h"

static void test_decode(void)
{
	uint32_t cp;
	int valid;
	CHECK_INT(text_decode("A", 1, &cp, &valid), 1);
	CHECK_INT(cp, 'A');
	CHECK_INT(text_decode("\xc3\xa9", 2, &cp, &valid), 2);
	CHECK_INT(cp, 0xE9);
	CHECK(valid);
	CHECK_INT(text_decode("\xe6\xbc\xa2", 3, &cp, &valid), 3);
	CHECK_INT(cp, 0x6F22);
	CHECK_INT(text_decode("\xf0\x9f\x98\x80", 4, &cp, &valid), 4);
	CHECK_INT(cp, 0x1F600);
	/* A stray continuation byte, a lone 0xFF, a cut sequence, an overlong
	 * encoding and a surrogate: each is one bad byte. */
	const char *bad[] = { "\x80", "\xff", "\xe6\xbc", "\xc0\xaf", "\xed\xa0\x80" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		CHECK_INT(text_decode(bad[i], strlen(bad[i]), &cp, &valid), 1);
		CHECK_INT(cp, TEXT_REPLACEMENT);
		CHECK_INT(valid, 0);
	}
}

static void test_width(void)
{
	CHECK_INT(text_width("abc", 3), 3);
	CHECK_INT(text_width("\xe6\xbc\xa2\xe5\xad\x97", 6), 4);		/* 漢字 */
	CHECK_INT(text_width("e\xcc\x81", 3), 1);				/* e + combining acute */
	CHECK_INT(text_width("\xf0\x9f\x98\x80", 4), 2);			/* emoji */
	CHECK_INT(text_width("a\xff" "b", 3), 3);				/* bad byte: one column */
	CHECK_INT(text_width("  a \t\n b  ", 10), 3);				/* runs collapse, ends trimmed */
	CHECK_INT(text_width("a\x01" "b", 3), 3);				/* a control is one visible cell */
}

static void test_iter_tabs(void)
{
	struct text_iter it;
	struct text_cell c;
	int cols = 0;
	text_iter_init(&it, "ab\tc", 4, 0);
	while (text_iter_next(&it, &c))
		cols += c.width;
	CHECK_INT(cols, 9); /* the tab runs from column 2 to 8 */
}

/* Every line of a wrap must fit, and offsets must increase. */
static int wrap_fits(const char *s, int width, int collapse)
{
	size_t *st, n = strlen(s);
	size_t k = text_wrap(s, n, width, collapse, &st);
	int ok = st[0] == 0;
	for (size_t i = 0; i < k; i++) {
		size_t a = st[i], b = i + 1 < k ? st[i + 1] : n;
		if (i > 0 && a <= st[i - 1])
			ok = 0;
		if (text_width(s + a, b - a) > width)
			ok = 0;
	}
	free(st);
	return ok;
}

static void expect_wrap(const char *s, int width, const size_t *want, size_t nwant, int line)
{
	size_t *st;
	size_t k = text_wrap(s, strlen(s), width, 1, &st);
	int same = k == nwant;
	for (size_t i = 0; same && i < k; i++)
		same = st[i] == want[i];
	if (!same) {
		char m[256];
		int o = snprintf(m, sizeof m, "wrap of \"%s\" at %d: got", s, width);
		for (size_t i = 0; i < k && o < 200; i++)
			o += snprintf(m + o, sizeof m - (size_t)o, " %zu", st[i]);
		check_fail(__FILE__, line, m);
	}
	free(st);
}

#define EXPECT_WRAP(s, w, ...) do { static const size_t want_[] = { __VA_ARGS__ }; \
	expect_wrap(s, w, want_, sizeof want_ / sizeof *want_, __LINE__); } while (0)

static void test_wrap(void)
{
	EXPECT_WRAP("aaa bbb ccc", 7, 0, 8);
	EXPECT_WRAP("aaa bbb ccc", 3, 0, 4, 8);
	EXPECT_WRAP("aaa bbb ccc", 11, 0);
	/* An abbreviation is one word: "U.S." moves to the next line whole,
	 * and so does "e.g.". */
	EXPECT_WRAP("Putin and U.S. President", 12, 0, 10, 15);
	EXPECT_WRAP("say, e.g. this", 7, 0, 5, 10);
	/* A word longer than the line is cut between characters. */
	EXPECT_WRAP("abcdefghij", 4, 0, 4, 8);
	/* Ideographs may break anywhere; each is two columns and three bytes. */
	EXPECT_WRAP("\xe6\xbc\xa2\xe5\xad\x97\xe6\xbc\xa2\xe5\xad\x97\xe6\xbc\xa2\xe5\xad\x97", 5, 0, 6, 12);
	/* A combining mark stays with its letter, even in a forced cut. */
	EXPECT_WRAP("e\xcc\x81" "e\xcc\x81" "e\xcc\x81", 2, 0, 6);
	/* A cut between characters comes before a cluster that would not
	 * fit, not inside it: a letter with a wide spacing mark (U+302E), a
	 * prepended sign (U+0605) with its letter. Found by fuzz_text. */
	EXPECT_WRAP("g\xc3\xbf\xe3\x80\xae", 2, 0, 1);
	EXPECT_WRAP("ab\xd8\x85" "c", 2, 0, 2);
	CHECK(wrap_fits("abc g\xc3\xbf\xe3\x80\xae" "d", 4, 1));
	/* A character of no width does not keep blanks past the margin. */
	CHECK(wrap_fits("byrved ]tic\xff \xef\xbb\xbf", 12, 1));
	/* A bad byte is one column and does not derail the offsets. */
	EXPECT_WRAP("ab\xff" "cd ef", 5, 0, 6);
	/* Runs of spaces and line feeds count as one blank. */
	EXPECT_WRAP("aaa   \n  bbb ccc", 7, 0, 13);
	/* No break before closing punctuation such as an ideographic full stop. */
	EXPECT_WRAP("\xe6\xbc\xa2\xe5\xad\x97\xe3\x80\x82", 4, 0, 3);
	CHECK(wrap_fits("The quick brown fox jumps over the lazy dog, twice.", 10, 1));
	CHECK(wrap_fits("\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80 ok", 3, 1));
	CHECK(wrap_fits("table\tcell   x\nnext line", 6, 0));
}

static void test_wrap_mandatory(void)
{
	size_t *st;
	const char *s = "ab\ncd";
	size_t k = text_wrap(s, 5, 40, 0, &st);
	CHECK_INT(k, 2);
	if (k == 2)
		CHECK_INT(st[1], 3);
	free(st);
}

static void test_clean_truncate(void)
{
	char *s = text_clean("  a\tb\xff  \r\n", 10);
	CHECK_STR(s, "a b\xef\xbf\xbd");
	free(s);
	/* Soft hyphens, zero-width spaces and word joiners are dropped. */
	s = text_clean("Netan\xc2\xadyahu and Vladi\xe2\x80\x8bmir", strlen("Netan\xc2\xadyahu and Vladi\xe2\x80\x8bmir"));
	CHECK_STR(s, "Netanyahu and Vladimir");
	free(s);
	s = text_truncate("Russia launches an invasion of Ukraine", 20);
	CHECK_STR(s, "Russia launches an\xe2\x80\xa6");
	CHECK(text_width(s, strlen(s)) <= 20);
	free(s);
	s = text_truncate("short", 20);
	CHECK_STR(s, "short");
	free(s);
}

static void test_cluster_end(void)
{
	const char *s = "e\xcc\x81" "e\xcc\x81" "x";
	size_t n = strlen(s);
	CHECK_INT(text_cluster_end(s, n, 0), 0);
	CHECK_INT(text_cluster_end(s, n, 1), 3); /* not between e and its accent */
	CHECK_INT(text_cluster_end(s, n, 2), 3); /* not inside a character */
	CHECK_INT(text_cluster_end(s, n, 3), 3);
	CHECK_INT(text_cluster_end(s, n, 4), 6);
	CHECK_INT(text_cluster_end(s, n, 6), 6);
	CHECK_INT(text_cluster_end(s, n, 99), n);
}

/* Word edges for whole-word search: letters, marks and digits of any
 * script are word characters; soft hyphens and joiners are looked through. */
static void test_letter_case(void)
{
	/* Lower case in any script that has letter case; none in Chinese. */
	CHECK(text_starts_lower("abc", 3));
	CHECK(text_starts_lower("\xc3\xba" "to\xc4\x8dn\xc3\xadk", 10)); /* útočník */
	CHECK(text_starts_lower("\xd0\xbc\xd0\xb8\xd1\x80", 6));	     /* мир */
	CHECK(!text_starts_lower("\xc3\x9atok", 5));			     /* Útok */
	CHECK(!text_starts_lower("\xe4\xb8\xad\xe6\x96\x87", 6));	     /* 中文 */
	CHECK(!text_starts_lower("1abc", 4));
	CHECK(!text_starts_lower("", 0));
}

static void test_word_edge(void)
{
	CHECK(text_is_word_char('a') && text_is_word_char('7') && text_is_word_char('_'));
	CHECK(!text_is_word_char(' ') && !text_is_word_char('\'') && !text_is_word_char('('));
	CHECK(text_is_word_char(0x416) && text_is_word_char(0x6771) && text_is_word_char(0x301));
	CHECK(text_is_word_char(0x664));	/* an Arabic-Indic digit */
	CHECK(!text_is_word_char(0x2014) && !text_is_word_char(0xAB));
	const char *s = "ANATOLII NATO's";
	size_t n = strlen(s);
	CHECK(text_is_word_edge(s, n, 0) && text_is_word_edge(s, n, n));
	CHECK(!text_is_word_edge(s, n, 1));
	CHECK(text_is_word_edge(s, n, 8) && text_is_word_edge(s, n, 9));
	CHECK(text_is_word_edge(s, n, 13) && text_is_word_edge(s, n, 14));
	/* Cyrillic: inside "мир" (2 bytes a letter), and after it. */
	const char *r = "мир мир";
	CHECK(!text_is_word_edge(r, strlen(r), 2) && text_is_word_edge(r, strlen(r), 6));
	/* A soft hyphen inside a word is no edge on either side of it. */
	const char *h = "NA\xc2\xadTO";
	CHECK(!text_is_word_edge(h, strlen(h), 2) && !text_is_word_edge(h, strlen(h), 4));
	/* A combining accent belongs to the letter before it. */
	const char *c = "e\xcc\x81s";
	CHECK(!text_is_word_edge(c, strlen(c), 3));
	/* An invalid byte is no word character. */
	const char *b = "ab\xff" "cd";
	CHECK(text_is_word_edge(b, strlen(b), 2) && text_is_word_edge(b, strlen(b), 3));
}

static void test_elide_path(void)
{
	const char *p = "/home/reader/news/seeds/000_e89b523788f1d673.txt";
	char *s = text_elide_path(p, 80);
	CHECK_STR(s, p);
	free(s);
	/* Directories go from the left, the file name stays whole. */
	s = text_elide_path(p, 34);
	CHECK_STR(s, "\xe2\x80\xa6/seeds/000_e89b523788f1d673.txt");
	free(s);
	s = text_elide_path(p, 40);
	CHECK_STR(s, "\xe2\x80\xa6/news/seeds/000_e89b523788f1d673.txt");
	CHECK(text_columns(s, strlen(s)) <= 40);
	free(s);
	/* The name alone when "…/" does not fit beside it. */
	s = text_elide_path(p, 25);
	CHECK_STR(s, "000_e89b523788f1d673.txt");
	free(s);
	/* Narrower still: the name's middle goes, its end (.txt) stays. */
	s = text_elide_path(p, 19);
	CHECK_STR(s, "000_e89b5\xe2\x80\xa6" "1d673.txt");
	CHECK_INT(text_columns(s, strlen(s)), 19);
	free(s);
	/* Columns, not bytes: wide characters count two, accents nothing,
	 * and a cut never splits a letter from its accent. */
	s = text_elide_path("/x/\xe6\x96\xb0\xe8\x81\x9e/\xe8\xa8\x98\xe4\xba\x8b.txt", 12);
	CHECK_STR(s, "\xe2\x80\xa6/\xe8\xa8\x98\xe4\xba\x8b.txt");
	CHECK_INT(text_columns(s, strlen(s)), 10);
	free(s);
	s = text_elide_path("caf" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "xyz", 6);
	CHECK(text_columns(s, strlen(s)) <= 6);
	CHECK(strstr(s, "\xe2\x80\xa6\xcc\x81") == NULL);
	CHECK_STR(s, "ca\xe2\x80\xa6xyz");
	free(s);
}

/* Cutting a keyword's context between words: never inside a word, the
 * blanks at the cut left out, an abbreviation one word, wide characters
 * measured in columns. */
static void test_fit_words(void)
{
	const char *s = "may have expected all along";
	size_t n = strlen(s);
	CHECK_INT(text_fit_head(s, n, 20, 0), 17);	/* "may have expected", not "…expected al" */
	CHECK_INT(text_fit_head(s, n, 21, 0), 21);	/* "may have expected all" */
	CHECK_INT(text_fit_head(s, n, 2, 0), 0);	/* "may" is wider: nothing */
	CHECK_INT(text_fit_head(s, n, 27, 0), 21);	/* all of it, but its end was a cut */
	CHECK_INT(text_fit_head(s, n, 27, 1), n);	/* all of it, its end a word's */
	const char *t = "the President Vladimir";
	size_t tn = strlen(t);
	CHECK_INT(text_fit_tail(t, tn, 12, 0), 14);	/* "Vladimir", never "ident Vladimir" */
	CHECK_INT(text_fit_tail(t, tn, 18, 0), 4);	/* "President Vladimir" */
	CHECK_INT(text_fit_tail(t, tn, 22, 0), 4);	/* "the" may be the end of a cut word */
	CHECK_INT(text_fit_tail(t, tn, 22, 1), 0);	/* unless the text begins a word */
	CHECK_INT(text_fit_tail(t, tn, 5, 0), tn);	/* nothing fits */
	/* "U.S." is not cut after "U.". */
	const char *u = "the U.S. Senate";
	CHECK_INT(text_fit_tail(u, strlen(u), 12, 0), 4);
	CHECK_INT(text_fit_head(u, strlen(u), 7, 0), 3);
	/* Wide characters take two columns each; a line may break between
	 * two ideographs, which have no spaces between words. */
	const char *w = "\xe6\xbc\xa2\xe5\xad\x97 \xe6\xbc\xa2\xe5\xad\x97"; /* 漢字 漢字 */
	CHECK_INT(text_fit_head(w, strlen(w), 4, 0), 6);
	CHECK_INT(text_fit_head(w, strlen(w), 3, 0), 3);
	CHECK_INT(text_fit_head(w, strlen(w), 1, 0), 0);
	CHECK_INT(text_fit_tail(w, strlen(w), 5, 0), 7);
	CHECK_INT(text_fit_tail(w, strlen(w), 3, 0), 10);
}

/* text_valid_len says of every character what text_decode says: all
 * one- and two-byte sequences, every lead and second byte of the longer
 * ones with the continuation bytes at their edges, and cut sequences. */
static void test_valid_len(void)
{
	static const unsigned char tails[] = { 0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF };
	int bad = 0;
	for (unsigned a = 0; a < 256; a++) {
		for (unsigned b = 0; b < 256; b++) {
			for (size_t t = 0; t < sizeof tails; t++) {
				for (size_t u = 0; u < sizeof tails; u++) {
					if (a < 0xE0 && (t > 0 || u > 0))
						continue; /* one- and two-byte leads: the first two bytes decide */
					char s[4] = { (char)a, (char)b, (char)tails[t], (char)tails[u] };
					for (size_t n = 1; n <= 4; n++) {
						uint32_t cp;
						int valid;
						size_t l = text_decode(s, n, &cp, &valid);
						size_t v = text_valid_len(s, n);
						if (valid ? v != l : v != 0)
							bad++;
					}
				}
			}
		}
	}
	CHECK_INT(bad, 0);
	/* The valid prefix of mixed text ends where text_decode first finds
	 * a bad byte, wherever it falls among eight-byte blocks. */
	static const char *const parts[] = { "plain ascii text ", "caf\xc3\xa9 ", "\xe6\xbc\xa2",
					     "\xf0\x9f\x98\x80", "x", "\xff", "\xe6\xbc", "\xed\xa0\x80" };
	unsigned seed = 7;
	for (int round = 0; round < 2000; round++) {
		char buf[256];
		size_t n = 0;
		while (n < 200) {
			seed = seed * 1103515245u + 12345u;
			const char *p = parts[(seed >> 16) % (round % 3 ? 5 : 8)];
			memcpy(buf + n, p, strlen(p));
			n += strlen(p);
		}
		size_t want = 0;
		while (want < n) {
			uint32_t cp;
			int valid;
			size_t l = text_decode(buf + want, n - want, &cp, &valid);
			if (!valid)
				break;
			want += l;
		}
		CHECK_INT(text_valid_prefix(buf, n), want);
	}
}

/* The short hash reads only s[0..n), each length's way (the short keys
 * below sit at the end of a heap block, where ASan sees a byte read past
 * it), and equal bytes hash alike wherever they lie. */
static void test_short_hash(void)
{
	const char *w = "Deutschebundesbank-Report";
	for (size_t n = 0; n <= strlen(w); n++) {
		char *a = malloc(n ? n : 1), *b = malloc(n + 3);
		memcpy(a, w, n);
		memcpy(b + 3, w, n);
		CHECK(text_short_hash(a, n) == text_short_hash(b + 3, n));
		free(a);
		free(b);
	}
	CHECK(text_short_hash("said", 4) != text_short_hash("sail", 4));
	CHECK(text_short_hash("a", 1) != text_short_hash("ab", 2));
}

/* The key made by masks, of a word with eight bytes to read on either
 * side, is text_short_key's, at every length and place in the bytes. */
static void test_short_key_padded(void)
{
	const char *w = "........Deutschebundesbank-Report, a-b: x........";
	size_t len = strlen(w);
	for (size_t at = 8; at + 8 <= len; at++)
		for (size_t n = 0; at + n <= len - 8 && n <= 24; n++) {
			struct text_short_key a = text_short_key(w + at, n), b = text_short_key_padded(w + at, n);
			CHECK(a.a == b.a && a.b == b.b);
		}
}

static void test_clean_as_cells(void)
{
	static const char bytes[] = "ab Z.- ~!\t\n\x7f\x01";
	unsigned long long r = 0x853c49e6748fea9bull;
	char s[40];
	int bad = 0;
	for (int round = 0; round < 100000; round++) {
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		size_t n = (size_t)(r % 24);
		/* Mostly the shortcut's bytes; a third of the strings any. */
		size_t nb = (r >> 8) % 3 == 0 ? sizeof bytes - 1 : 6;
		for (size_t i = 0; i < n; i++) {
			r ^= r << 13, r ^= r >> 7, r ^= r << 17;
			s[i] = bytes[(r >> 8) % nb];
		}
		char *a = text_clean(s, n), *b = text_clean_cells(s, n);
		bad += strcmp(a, b) != 0;
		free(a);
		free(b);
	}
	CHECK_INT(bad, 0);
}

/* text_fold_buf of ASCII, which goes eight bytes at a time where it can
 * (a short text in one integer, the last bytes of a longer one as the
 * eight that end it), against folding a byte at a time: capitals to small
 * letters, each run of blanks one space, none first or last. */
static void test_fold_ascii(void)
{
	static const char bytes[] = "abZ M.- \t\n\x7f\x01\r";
	unsigned long long r = 0x9e3779b97f4a7c15ull;
	int bad = 0;
	for (int round = 0; round < 200000; round++) {
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		size_t n = (size_t)(r % 40);
		/* Mostly letters and spaces; a third of the strings any. */
		size_t nb = (r >> 8) % 3 == 0 ? sizeof bytes - 1 : 5;
		char *s = malloc(n ? n : 1), want[48], *buf = malloc(n + 1);
		size_t w = 0;
		int space = 1;
		for (size_t i = 0; i < n; i++) {
			r ^= r << 13, r ^= r >> 7, r ^= r << 17;
			char c = s[i] = bytes[(r >> 8) % nb];
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				if (!space)
					want[w++] = ' ';
				space = 1;
				continue;
			}
			space = 0;
			want[w++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
		}
		if (w > 0 && want[w - 1] == ' ')
			w--;
		want[w] = '\0';
		size_t fn;
		char *f = text_fold_buf(s, n, buf, n + 1, &fn);
		bad += fn != w || strcmp(f, want) != 0;
		if (f != buf)
			free(f);
		free(buf);
		free(s);
	}
	CHECK_INT(bad, 0);
}

static void test_text_straight_quotes(void)
{
	/* Curly marks and a possessive with one as their ASCII forms; other
	 * words, and a curly mark inside a longer word, as they are. */
	const char *in[] = { "\xe2\x80\x99", "\xe2\x80\x98", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x99s",
			     "\xe2\x80\x99S", "\xe2\x80\x94", "\xe2\x80\x99ve", "word", "\xe2\x80" };
	const char *out[] = { "'", "'", "\"", "\"", "'s", "'S", NULL, NULL, NULL, NULL };
	for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
		size_t n = strlen(in[i]);
		const char *r = text_straight_quotes(in[i], &n);
		if (out[i])
			CHECK(n == strlen(out[i]) && memcmp(r, out[i], n) == 0);
		else
			CHECK(r == in[i] && n == strlen(in[i]));
	}
}

static void test_text_strip_accents(void)
{
	char a[] = "josé maría łódź müller";
	size_t n = text_strip_accents(a, strlen(a));
	CHECK_INT(n, strlen("jose maria lodz muller"));
	CHECK_STR(a, "jose maria lodz muller");
	/* Letters that are not accented stay: Greek, Cyrillic, CJK. */
	char b[] = "αθήνα москва 東京";
	n = text_strip_accents(b, strlen(b));
	CHECK_STR(b, "αθηνα москва 東京");
	CHECK_INT(n, strlen("αθηνα москва 東京"));
}

/* The quick look before stripping accents: a Latin letter with one
 * anywhere, past the first eight bytes too, or a combining mark; not
 * curly quotes, Cyrillic or CJK. */
static void test_text_latin_marks(void)
{
	CHECK(text_latin_marks("Yeşilköy", strlen("Yeşilköy")));
	CHECK(text_latin_marks("protesters in Piątnowice", strlen("protesters in Piątnowice")));
	CHECK(text_latin_marks("the town of Đồng", strlen("the town of Đồng")));
	CHECK(text_latin_marks("Mori with a macron: M\xcc\x84ori", strlen("Mori with a macron: M\xcc\x84ori")));
	CHECK(!text_latin_marks("a plain sentence of ASCII words", strlen("a plain sentence of ASCII words")));
	CHECK(!text_latin_marks("“quoted” — москва 東京’s", strlen("“quoted” — москва 東京’s")));
	CHECK(!text_latin_marks("", 0));
	/* Only s[0..n) is read. */
	CHECK(!text_latin_marks("Lodz, not Łódź", 6));
}

static void test_text_name_case(void)
{
	static const char *const cases[][2] = {
		{ "ANATOLII STEPANOV", "Anatolii Stepanov" },
		{ "TV", "TV" },			/* no vowel: an abbreviation */
		{ "MAORI TV", "Maori TV" },
		{ "JOHN W. HINCKLEY JR", "John W. Hinckley Jr" },
		{ "MARK FELT SR.", "Mark Felt Sr." },
		{ "O'BRIEN", "O'Brien" },
		{ "ÉLODIE DURAND", "Élodie Durand" },
		{ "PORT OF SPAIN", "Port of Spain" },	/* links and particles in lower case */
		{ "LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven" },
		{ "DE KLERK", "De Klerk" },		/* but first */
		{ "ST. CATHARINES", "St. Catharines" },	/* Saint, Mount and Fort are words */
		{ "MT VERNON", "Mt Vernon" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *t = text_name_case(cases[i][0], strlen(cases[i][0]));
		CHECK_STR(t, cases[i][1]);
		free(t);
	}
}

const struct check_test text_tests[] = {
	{ "text_name_case", test_text_name_case },
	{ "text_strip_accents", test_text_strip_accents },
	{ "text_latin_marks", test_text_latin_marks },
	{ "text_straight_quotes", test_text_straight_quotes },
	{ "text_short_hash", test_short_hash },
	{ "text_short_key_padded", test_short_key_padded },
	{ "text_valid_len", test_valid_len },
	{ "text_letter_case", test_letter_case },
	{ "text_word_edge", test_word_edge },
	{ "text_fit_words", test_fit_words },
	{ "text_cluster_end", test_cluster_end },
	{ "text_decode", test_decode },
	{ "text_width", test_width },
	{ "text_iter_tabs", test_iter_tabs },
	{ "text_wrap", test_wrap },
	{ "text_wrap_mandatory", test_wrap_mandatory },
	{ "text_clean_truncate", test_clean_truncate },
	{ "text_clean_as_cells", test_clean_as_cells },
	{ "text_fold_ascii", test_fold_ascii },
	{ "text_elide_path", test_elide_path },
	{ NULL, NULL }
};
