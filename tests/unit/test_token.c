/* Unit tests of token: news tokenization and sentences. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "token.h"
#include "xmalloc.h"

/* The tokens of s joined by "|", sentence starts marked by "^". */
static char *toks(const char *s)
{
	struct token_list l = { 0 };
	token_split(s, 0, strlen(s), &l);
	size_t cap = strlen(s) * 3 + 16, o = 0;
	char *out = xmalloc(cap);
	for (size_t i = 0; i < l.n; i++) {
		if (i)
			out[o++] = '|';
		if (l.v[i].flags & TOKEN_SENT_START)
			out[o++] = '^';
		memcpy(out + o, s + l.v[i].start, l.v[i].end - l.v[i].start);
		o += l.v[i].end - l.v[i].start;
	}
	out[o] = '\0';
	token_list_free(&l);
	return out;
}

#define CHECK_TOKS(s, want) do { char *t_ = toks(s); CHECK_STR(t_, want); free(t_); } while (0)

static void test_token_basic(void)
{
	CHECK_TOKS("Hello, world.", "^Hello|,|world|.");
	CHECK_TOKS("Mr. Putin met U.S. officials.", "^Mr.|Putin|met|U.S.|officials|.");
	CHECK_TOKS("Russia\xe2\x80\x99s army", "^Russia|\xe2\x80\x99s|army");
	CHECK_TOKS("Canada's troops", "^Canada|'s|troops");
	CHECK_TOKS("the U.S.-led alliance", "^the|U.S.-led|alliance");
	CHECK_TOKS("Charles E. Schumer (D-N.Y.) said", "^Charles|E.|Schumer|(|D-N.Y.|)|said");
	CHECK_TOKS("\xe2\x80\x9cquoted\xe2\x80\x9d words", "^\xe2\x80\x9c|quoted|\xe2\x80\x9d|words");
	CHECK_TOKS("8,500 troops", "^8,500|troops");
}

static void test_token_glued(void)
{
	/* A caption with the photo credit glued on. */
	CHECK_TOKS("region, Ukraine.ANATOLII STEPANOV/AFP/Getty Images",
		   "^region|,|Ukraine|.|^ANATOLII|STEPANOV|/|AFP|/|Getty|Images");
	CHECK_TOKS("war\xe2\x80\x94" "and peace", "^war|\xe2\x80\x94|and|peace");
	/* An internet address is not a sentence. */
	CHECK_TOKS("see www.example.com now", "^see|www.example.com|now");
}

static void test_token_sentences(void)
{
	CHECK_TOKS("It ended. Then \xe2\x80\x9cNo,\xe2\x80\x9d he said. \"Yes.\" Fine!",
		   "^It|ended|.|^Then|\xe2\x80\x9c|No|,|\xe2\x80\x9d|he|said|.|^\"|Yes|.|\"|^Fine|!");
	/* Abbreviations and initials do not end sentences. */
	CHECK_TOKS("Dr. No met J. Smith.", "^Dr.|No|met|J.|Smith|.");
	/* A Roman numeral after a word that numbers parts is no initial. */
	CHECK_TOKS("He fought in World War I. The war ended.",
		   "^He|fought|in|World|War|I|.|^The|war|ended|.");
	CHECK_TOKS("Phase V. Then Harry S. Truman spoke.", "^Phase|V|.|^Then|Harry|S.|Truman|spoke|.");
	/* A title's full stop written apart by another tool ends no
	 * sentence; a company's may. */
	CHECK_TOKS("by Dr . Mona Zaki of St . Vincent .", "^by|Dr|.|Mona|Zaki|of|St|.|Vincent|.");
	CHECK_TOKS("sold to Kelvar Co . Shares rose .", "^sold|to|Kelvar|Co|.|^Shares|rose|.");
	/* Nor does the full stop of "No" written apart before a number;
	 * before a word it may. */
	CHECK_TOKS("the Audit Act No . 5 of 2004 .", "^the|Audit|Act|No|.|5|of|2004|.");
	CHECK_TOKS("He said No . Kessby left .", "^He|said|No|.|^Kessby|left|.");
	/* A line break is not a sentence break by itself. */
	CHECK_TOKS("the Federal\nReserve Board", "^the|Federal|Reserve|Board");
}

/* Chunks of ASCII letters and digits alone are taken whole without
 * token_chunk: beside the others, and at line starts, they come out as
 * before. */
static void test_token_plain_words(void)
{
	CHECK_TOKS("Alpha beta 42 x9 gamma", "^Alpha|beta|42|x9|gamma");
	CHECK_TOKS("Alpha beta, (gamma) delta's epsilon. Zeta",
		   "^Alpha|beta|,|(|gamma|)|delta|'s|epsilon|.|^Zeta");
	CHECK_TOKS("one\ttwo\vthree\ffour\r\nfive", "^one|two|three|four|five");
	CHECK_TOKS("caf\xc3\xa9 au lait", "^caf\xc3\xa9|au|lait");
	CHECK_TOKS("word\xc2\xa0next", "^word|next");
	/* A word and one mark: the mark apart, but for abbreviations and a
	 * list item's number heading a line. */
	CHECK_TOKS("Prices rose, (Reuters) said; Calif. Inc. end. Next",
		   "^Prices|rose|,|(|Reuters|)|said|;|Calif.|Inc.|end|.|^Next");
	CHECK_TOKS("1. first\n2. second 3. third", "^1.|first|2.|second|3|.|third");
	CHECK_TOKS("Its' word- x/ a'", "^Its|'|word-|x/|a|'");
	const char *s = "Alpha beta\ngamma 1.\n2 delta";
	struct token_list l = { 0 };
	token_split(s, 0, strlen(s), &l);
	CHECK_INT(l.n, 7);
	if (l.n == 7) {
		static const unsigned flags[7] = { TOKEN_SENT_START, 0, TOKEN_LINE_START, 0, 0,
						   TOKEN_SENT_START | TOKEN_LINE_START, 0 };
		static const size_t start[7] = { 0, 6, 11, 17, 18, 20, 22 };
		for (int i = 0; i < 7; i++) {
			CHECK_INT(l.v[i].flags, flags[i]);
			CHECK_INT(l.v[i].start, start[i]);
		}
	}
	token_list_free(&l);
}

static void test_token_offsets(void)
{
	const char *s = "  A\xff" "b  c\n";
	struct token_list l = { 0 };
	token_split(s, 0, strlen(s), &l);
	CHECK_INT(l.n, 2);
	if (l.n == 2) {
		CHECK_INT(l.v[0].start, 2);
		CHECK_INT(l.v[0].end, 5);
		CHECK_INT(l.v[1].start, 7);
		CHECK_INT(l.v[1].end, 8);
	}
	token_list_free(&l);
}

/* Reference marks glued to words, as encyclopedias and web pages print
 * them: the word is read apart from the mark. */
static void test_token_reference_marks(void)
{
	CHECK_TOKS("the United Nations,[105] the Commonwealth", "^the|United|Nations|,|[|105|]|the|Commonwealth");
	CHECK_TOKS("East Asia Summit).[100]", "^East|Asia|Summit|)|.|[|100|]");
	CHECK_TOKS("named New Zealand.[16] It", "^named|New|Zealand|.|[|16|]|^It");
	CHECK_TOKS("Waitangi[citation needed]", "^Waitangi|[|citation|needed|]");
	/* A bracket that opens a word stays as it was. */
	CHECK_TOKS("[sic] and [1]", "^[|sic|]|and|[|1|]");
}

/* Two hyphens are a dash, as typewritten copy writes one. */
static void test_token_double_hyphen(void)
{
	CHECK_TOKS("Reagan--whose plan", "^Reagan|--|whose|plan");
	CHECK_TOKS("Chartered Bank-- and", "^Chartered|Bank|--|and");
	CHECK_TOKS("ROSA.........--.......", "^ROSA|.........|--|.......");
	/* One hyphen joins as before. */
	CHECK_TOKS("well-known", "^well-known");
}

/* Chinese, Japanese and Korean text has no spaces: its runs of letters,
 * its marks and the Latin words in it are tokens apart. */
static void test_token_east_asian(void)
{
	CHECK_TOKS("Trend Micro Smart Protection Network\xef\xbc\x89\xe3\x81\xa7\xe6\x9a\x97\xe5\x8f\xb7\xe5\x8c\x96"
		   "\xe3\x81\x95\xe3\x82\x8c\xe3\x82\x8b\xe3\x80\x82",
		   "^Trend|Micro|Smart|Protection|Network|\xef\xbc\x89|\xe3\x81\xa7\xe6\x9a\x97\xe5\x8f\xb7\xe5\x8c\x96"
		   "\xe3\x81\x95\xe3\x82\x8c\xe3\x82\x8b|\xe3\x80\x82");
	/* Latin words glued on both sides: "纽约州立大学（State University". */
	CHECK_TOKS("\xe5\xa4\xa7\xe5\xad\xa6\xef\xbc\x88State University",
		   "^\xe5\xa4\xa7\xe5\xad\xa6|\xef\xbc\x88|State|University");
	/* Accented Latin letters are no such script. */
	CHECK_TOKS("Jos\xc3\xa9 Mar\xc3\xad" "a", "^Jos\xc3\xa9|Mar\xc3\xad" "a");
}

/* A chunk without spaces may be megabytes long (a page of Chinese, a
 * hostile file): its marks, dashes and scripts are split in one pass, not
 * by a call within a call for each (which ran out of stack). */
static void test_token_long_chunks(void)
{
	static const char *const units[] = { "x[", "x--", "\xe4\xb8\xad\xe3\x80\x82" };
	enum { N = 400000 };
	for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
		size_t un = strlen(units[u]);
		char *s = xmalloc(N * un + 1);
		for (size_t i = 0; i < N; i++)
			memcpy(s + i * un, units[u], un);
		s[N * un] = '\0';
		struct token_list l = { 0 };
		token_split(s, 0, N * un, &l);
		CHECK_INT(l.n, 2 * N);
		token_list_free(&l);
		free(s);
	}
}

const struct check_test token_tests[] = {
	{ "token_long_chunks", test_token_long_chunks },
	{ "token_east_asian", test_token_east_asian },
	{ "token_basic", test_token_basic },
	{ "token_glued", test_token_glued },
	{ "token_reference_marks", test_token_reference_marks },
	{ "token_double_hyphen", test_token_double_hyphen },
	{ "token_sentences", test_token_sentences },
	{ "token_offsets", test_token_offsets },
	{ "token_plain_words", test_token_plain_words },
	{ NULL, NULL }
};
