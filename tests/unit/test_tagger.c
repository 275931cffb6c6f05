/* Unit tests of the named-entity tagger: valid BIO output, obvious names,
 * determinism, empty and odd input. Skipped (reported ok with a note) when
 * no model is built in. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "tagger.h"

/* Splits s at spaces into at most max tokens (pointing into s). */
static size_t split(const char *s, struct tagger_token *t, size_t max)
{
	size_t n = 0;
	while (*s && n < max) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		const char *e = strchr(s, ' ');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		t[n].s = s;
		t[n].n = len;
		n++;
		s += len;
	}
	return n;
}

static int valid_bio(const unsigned char *tags, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (tags[i] >= TAGGER_NTAGS)
			return 0;
		if (TAGGER_IS_I(tags[i]) &&
		    (i == 0 || tags[i - 1] == 0 || TAGGER_TYPE(tags[i - 1]) != TAGGER_TYPE(tags[i])))
			return 0;
	}
	return 1;
}

static int have_model(void)
{
	if (tagger_has_model())
		return 1;
	printf("#   no model built in (make model): tagger checks skipped\n");
	return 0;
}

static void test_names(void)
{
	if (!have_model())
		return;
	struct tagger_token t[32];
	unsigned char tags[32];
	size_t n = split("Vladimir Putin met Angela Merkel in Berlin .", t, 32);
	CHECK_INT(n, 8);
	CHECK_INT(tagger_tag(NULL, t, n, tags), 0);
	CHECK(valid_bio(tags, n));
	CHECK_INT(tags[0], TAGGER_B(TAGGER_PER));
	CHECK_INT(tags[1], TAGGER_I(TAGGER_PER));
	CHECK_INT(tags[2], 0);
	CHECK_INT(tags[3], TAGGER_B(TAGGER_PER));
	CHECK_INT(tags[4], TAGGER_I(TAGGER_PER));
	CHECK_INT(tags[5], 0);
	CHECK_INT(tags[6], TAGGER_B(TAGGER_LOC));
	CHECK_INT(tags[7], 0);

	n = split("Shares of Microsoft Corp rose 3 percent in New York on Tuesday , Reuters said .", t, 32);
	CHECK_INT(tagger_tag(NULL, t, n, tags), 0);
	CHECK(valid_bio(tags, n));
	CHECK_INT(tags[0], 0);
	CHECK_INT(tags[2], TAGGER_B(TAGGER_ORG));
	CHECK_INT(tags[8], TAGGER_B(TAGGER_LOC));
	CHECK_INT(tags[9], TAGGER_I(TAGGER_LOC));
	CHECK_INT(tags[11], 0);	/* Tuesday */
	CHECK_INT(tags[13], TAGGER_B(TAGGER_ORG));
}

static void test_document(void)
{
	if (!have_model())
		return;
	/* An all-capitals headline, then the story that writes the names in
	 * mixed case: the document memory must not break anything. */
	const char *sents[] = {
		"SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP .",
		"Japan beat Syria 2-1 in the Asian Cup in Al Ain on Friday .",
		"Kazuyoshi Miura scored for Japan .",
	};
	struct tagger_token t[3][32];
	size_t n[3];
	struct tagger_doc *d = tagger_doc_new();
	for (int s = 0; s < 3; s++) {
		n[s] = split(sents[s], t[s], 32);
		tagger_doc_add(d, t[s], n[s]);
	}
	unsigned char tags[32], again[32];
	for (int s = 0; s < 3; s++) {
		CHECK_INT(tagger_tag(d, t[s], n[s], tags), 0);
		CHECK(valid_bio(tags, n[s]));
		CHECK_INT(tagger_tag(d, t[s], n[s], again), 0);
		CHECK(memcmp(tags, again, n[s]) == 0);
	}
	CHECK_INT(tagger_tag(d, t[2], n[2], tags), 0);
	CHECK_INT(tags[0], TAGGER_B(TAGGER_PER));
	CHECK_INT(tags[1], TAGGER_I(TAGGER_PER));
	CHECK_INT(tags[4], TAGGER_B(TAGGER_LOC));
	tagger_doc_free(d);
	tagger_doc_free(NULL);
}

static void test_deterministic(void)
{
	if (!have_model())
		return;
	const char *s = "The European Commission said on Thursday it disagreed with German advice to "
			"consumers to shun British lamb until scientists determine whether mad cow disease "
			"can be transmitted to sheep .";
	struct tagger_token t[64];
	size_t n = split(s, t, 64);
	unsigned char a[64], b[64], c[64];
	CHECK_INT(tagger_tag(NULL, t, n, a), 0);
	/* Tagging other text in between (filling the word cache) changes nothing. */
	struct tagger_token u[8];
	size_t m = split("Commission European lamb British", u, 8);
	unsigned char x[8];
	CHECK_INT(tagger_tag(NULL, u, m, x), 0);
	CHECK_INT(tagger_tag(NULL, t, n, b), 0);
	CHECK(memcmp(a, b, n) == 0);
	CHECK(valid_bio(a, n));
	CHECK_INT(a[1], TAGGER_B(TAGGER_ORG));
	CHECK_INT(a[2], TAGGER_I(TAGGER_ORG));
	/* A sentence longer than the tagger's stack buffers. */
	static struct tagger_token big[400];
	static unsigned char bt[400];
	for (size_t i = 0; i < 400; i++)
		big[i] = t[i % n];
	CHECK_INT(tagger_tag(NULL, big, 400, bt), 0);
	CHECK(valid_bio(bt, 400));
	(void)c;
}

static void test_empty_and_odd(void)
{
	if (!have_model())
		return;
	unsigned char tags[8] = { 7, 7, 7, 7, 7, 7, 7, 7 };
	CHECK_INT(tagger_tag(NULL, NULL, 0, tags), 0);
	CHECK_INT(tags[0], 7);	/* nothing written */
	struct tagger_doc *d = tagger_doc_new();
	tagger_doc_add(d, NULL, 0);
	/* Invalid UTF-8, empty tokens, control bytes, a long token, Latin-1. */
	static char longw[5000];
	memset(longw, 'A', sizeof longw);
	struct tagger_token t[] = {
		{ "\xff\xfe", 2 }, { "", 0 }, { "\xc3", 1 }, { "\x01\x02", 2 },
		{ longw, sizeof longw }, { "Jos\xc3\xa9", 5 }, { "\xc3\x89tienne", 8 }, { "\xe2\x80\x9c", 3 },
	};
	size_t n = sizeof t / sizeof *t;
	tagger_doc_add(d, t, n);
	CHECK_INT(tagger_tag(d, t, n, tags), 0);
	CHECK(valid_bio(tags, n));
	CHECK_INT(tagger_tag(NULL, t, 1, tags), 0);
	CHECK(valid_bio(tags, 1));
	tagger_doc_free(d);
}

static void test_model_guard(void)
{
	/* A malformed model is refused and the built-in one stays in use. */
	char junk[64] = "not a model";
	int had = tagger_has_model();
	CHECK_INT(tagger_use_model(junk, sizeof junk), -1);
	CHECK_INT(tagger_has_model(), had);
	CHECK_INT(tagger_use_model(NULL, 0), 0);
	CHECK_STR(tagger_type_name(TAGGER_PER), "PER");
	CHECK_STR(tagger_type_name(TAGGER_MISC), "MISC");
	if (!had) {
		struct tagger_token t = { "Paris", 5 };
		unsigned char tag;
		CHECK_INT(tagger_tag(NULL, &t, 1, &tag), -1);
	}
}

static void test_margins(void)
{
	if (!have_model())
		return;
	/* The model's confidence: none for words outside names, a lead for
	 * the type of plain names; asking for it changes no tag. */
	struct tagger_token t[32];
	unsigned char tags[32];
	float margin[32];
	size_t n = split("Vladimir Putin met Angela Merkel in Berlin on Monday .", t, 32);
	size_t sent[1] = { 0 };
	CHECK_INT(tagger_tag_document(t, n, sent, 1, tags, margin), 0);
	for (size_t i = 0; i < n; i++) {
		CHECK(margin[i] >= 0);
		if (!tags[i])
			CHECK(margin[i] == 0);
	}
	CHECK(tags[0] && margin[0] > 0 && margin[1] > 0 && margin[6] > 0);
	unsigned char again[32];
	CHECK_INT(tagger_tag_document(t, n, sent, 1, again, NULL), 0);
	CHECK(memcmp(tags, again, n) == 0);
}

const struct check_test tagger_tests[] = {
	{ "tagger/names", test_names },
	{ "tagger/margins", test_margins },
	{ "tagger/document", test_document },
	{ "tagger/deterministic", test_deterministic },
	{ "tagger/empty-and-odd", test_empty_and_odd },
	{ "tagger/model-guard", test_model_guard },
	{ NULL, NULL },
};
