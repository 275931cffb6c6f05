/* Unit tests of the named-entity tagger: valid BIO output, obvious names,
 * determinism, empty and odd input. Skipped (reported ok with a note) when
 * no model is built in. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "lexicon.h"
#include "tagger.h"
#include "text.h"

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

/* Tags the document of struct curly_job's text in a thread of its own,
 * whose caches start empty. */
struct curly_job {
	char text[256];
	struct tagger_token t[64];
	size_t n;
	unsigned char tags[64];
	float margin[64];
	int rc;
};

static void *curly_tag(void *p)
{
	struct curly_job *j = p;
	size_t sent[1] = { 0 };
	j->n = split(j->text, j->t, 64);
	j->rc = tagger_tag_document(j->t, j->n, sent, 1, j->tags, j->margin);
	return NULL;
}

static void test_curly_as_straight(void)
{
	if (!have_model())
		return;
	/* A curly apostrophe reads as the straight one, its features too: a
	 * text tagged in a fresh thread scores alike with either (the caches
	 * key a word's sums by the word as read, so the two forms must have
	 * the same; they had the first form's in whichever thread saw it
	 * first, and output hung on which thread tagged which story). */
	static struct curly_job a, b;
	snprintf(a.text, sizeof a.text,
		 "The company \xe2\x80\x99 s Harwick unit sold its stake in Quorix \xe2\x80\x99 s Lumen division .");
	snprintf(b.text, sizeof b.text, "The company ' s Harwick unit sold its stake in Quorix ' s Lumen division .");
	pthread_t ta, tb;
	CHECK_INT(pthread_create(&ta, NULL, curly_tag, &a), 0);
	CHECK_INT(pthread_join(ta, NULL), 0);
	CHECK_INT(pthread_create(&tb, NULL, curly_tag, &b), 0);
	CHECK_INT(pthread_join(tb, NULL), 0);
	CHECK(a.rc == 0 && b.rc == 0 && a.n == b.n);
	CHECK(memcmp(a.tags, b.tags, a.n) == 0);
	CHECK(memcmp(a.margin, b.margin, a.n * sizeof *a.margin) == 0);
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
	 * the type of plain names (their words' mean: a word may trail where
	 * the words around it carry the type); asking for it changes no
	 * tag. */
	struct tagger_token t[32];
	unsigned char tags[32];
	float margin[32];
	size_t n = split("Vladimir Putin met Angela Merkel in Berlin on Monday .", t, 32);
	size_t sent[1] = { 0 };
	CHECK_INT(tagger_tag_document(t, n, sent, 1, tags, margin), 0);
	for (size_t i = 0; i < n; i++)
		if (!tags[i])
			CHECK(margin[i] == 0);
	CHECK(tags[0] && margin[0] + margin[1] > 0 && margin[3] + margin[4] > 0 && margin[6] > 0);
	unsigned char again[32];
	CHECK_INT(tagger_tag_document(t, n, sent, 1, again, NULL), 0);
	CHECK(memcmp(tags, again, n) == 0);
}

/* Splits a document into tokens, a sentence a line ('\n' ends one). */
static size_t split_doc(char *s, struct tagger_token *t, size_t max, size_t *sent, size_t *ns)
{
	size_t n = 0;
	*ns = 0;
	for (char *line = strtok(s, "\n"); line; line = strtok(NULL, "\n")) {
		sent[(*ns)++] = n;
		n += split(line, t + n, max - n);
	}
	return n;
}

/* The lexicon matches of every token as the recognizer finds them (the
 * phrase within the token's sentence); with `all`, also of the tokens it
 * passes over (not starting with a letter). */
static void fill_lex(const struct tagger_token *t, size_t n, const size_t *sent, size_t ns, int all,
		     struct tagger_lex *x)
{
	struct lexicon_word w[512];
	for (size_t i = 0; i < n; i++) {
		w[i].s = t[i].s;
		w[i].n = t[i].n;
	}
	for (size_t j = 0; j < ns; j++) {
		size_t a = sent[j], b = j + 1 < ns ? sent[j + 1] : n;
		for (size_t q = a; q < b; q++) {
			unsigned char c = (unsigned char)t[q].s[0];
			unsigned cls, wcls;
			x[q].known = 0;
			/* The words' hashes are given with all of the matches only,
			 * so that both ways are tried. */
			x[q].hashed = (unsigned char)all;
			x[q].hash = text_short_hash(t[q].s, t[q].n);
			x[q].key = text_short_key(t[q].s, t[q].n);
			if (!all && c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z'))
				continue;
			size_t m = lexicon_match_word(w, b, q, &cls, &wcls);
			x[q].known = 1;
			x[q].phrase = (unsigned char)m;
			x[q].cls = cls;
			x[q].word_cls = wcls;
		}
	}
}

static void test_precomputed_lexicon(void)
{
	if (!have_model())
		return;
	/* The tags and margins are the same whether the tagger looks the
	 * lexicon up itself or is given the matches, all or some of them:
	 * phrases of several words, lower-case words, words starting with a
	 * digit or an apostrophe, a headline in capitals. */
	static const char *docs[] = {
		"BANK OF ENGLAND SAYS NEW YORK TALKS WITH U.S. TREASURY GO ON\n"
		"The Bank of England said on Monday that talks in New York with the U.S. Treasury went on .\n"
		"Mr. John Smith , a spokesman for the European Union 's trade commission , told Reuters 's reporter .\n"
		"the new york stock exchange and 3M Co said they 'd talk in Buenos Aires on 12 March .",
		"Vladimir Putin met Angela Merkel in Berlin on Monday .\n"
		"Shares of Microsoft Corp rose 3 percent in New York on Tuesday , Reuters said .\n"
		"São Paulo and Zürich lie far from the Gulf of Mexico ; the Soviet Union did not .",
	};
	for (size_t d = 0; d < sizeof docs / sizeof *docs; d++) {
		char buf[2048];
		snprintf(buf, sizeof buf, "%s", docs[d]);
		struct tagger_token t[512];
		size_t sent[64], ns;
		size_t n = split_doc(buf, t, 512, sent, &ns);
		struct tagger_lex x[512];
		unsigned char tags[512], got[512];
		float margin[512], gotm[512];
		CHECK_INT(tagger_tag_document(t, n, sent, ns, tags, margin), 0);
		CHECK(valid_bio(tags, n));
		for (int all = 0; all < 2; all++) {
			fill_lex(t, n, sent, ns, all, x);
			CHECK_INT(tagger_tag_document_lex(t, n, sent, ns, x, got, gotm), 0);
			CHECK(memcmp(tags, got, n) == 0);
			CHECK(memcmp(margin, gotm, n * sizeof *margin) == 0);
			/* Some tokens left to the tagger. */
			for (size_t i = 0; i < n; i += 3)
				x[i].known = 0;
			CHECK_INT(tagger_tag_document_lex(t, n, sent, ns, x, got, gotm), 0);
			CHECK(memcmp(tags, got, n) == 0);
			CHECK(memcmp(margin, gotm, n * sizeof *margin) == 0);
		}
		CHECK_INT(tagger_tag_document_lex(t, n, sent, ns, NULL, got, gotm), 0);
		CHECK(memcmp(tags, got, n) == 0);
	}
}

static void test_word_memo(void)
{
	if (!have_model())
		return;
	/* Words are remembered per thread (their hashes and classes): a
	 * document tags the same the first time, again, after thousands of
	 * other words went through, and with more distinct words than its
	 * document memory starts with room for. */
	static const char *story = "SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP .\n"
				   "Japan beat Syria 2-1 in the Asian Cup in Al Ain on Friday .\n"
				   "Kazuyoshi Miura scored for Japan , a word-of-mouth favourite in Doha-based media .";
	char buf[512];
	struct tagger_token t[128];
	size_t sent[8], ns;
	snprintf(buf, sizeof buf, "%s", story);
	size_t n = split_doc(buf, t, 128, sent, &ns);
	unsigned char first[128], got[128];
	CHECK_INT(tagger_tag_document(t, n, sent, ns, first, NULL), 0);
	CHECK_INT(tagger_tag_document(t, n, sent, ns, got, NULL), 0);
	CHECK(memcmp(first, got, n) == 0);
	/* 6,000 distinct words, as one document of sentences of 20. */
	enum { NW = 6000 };
	char (*words)[16] = malloc(NW * sizeof *words);
	struct tagger_token *bt = malloc(NW * sizeof *bt);
	size_t *bs = malloc((NW / 20 + 1) * sizeof *bs), nbs = 0;
	unsigned char *btags = malloc(NW), *bagain = malloc(NW);
	for (size_t i = 0; i < NW; i++) {
		snprintf(words[i], sizeof words[i], "%sw%zux", i % 7 ? "" : "K", i * 7919 % 100000);
		bt[i].s = words[i];
		bt[i].n = strlen(words[i]);
		if (i % 20 == 0)
			bs[nbs++] = i;
	}
	CHECK_INT(tagger_tag_document(bt, NW, bs, nbs, btags, NULL), 0);
	CHECK(valid_bio(btags, NW));
	CHECK_INT(tagger_tag_document(bt, NW, bs, nbs, bagain, NULL), 0);
	CHECK(memcmp(btags, bagain, NW) == 0);
	/* Sentence by sentence with a document memory of its own: the same. */
	struct tagger_doc *d = tagger_doc_new();
	for (size_t j = 0; j < nbs; j++)
		tagger_doc_add(d, bt + bs[j], (j + 1 < nbs ? bs[j + 1] : NW) - bs[j]);
	for (size_t j = 0; j < nbs; j++) {
		size_t a = bs[j], b = j + 1 < nbs ? bs[j + 1] : NW;
		CHECK_INT(tagger_tag(d, bt + a, b - a, bagain + a), 0);
	}
	CHECK(memcmp(btags, bagain, NW) == 0);
	tagger_doc_free(d);
	CHECK_INT(tagger_tag_document(t, n, sent, ns, got, NULL), 0);
	CHECK(memcmp(first, got, n) == 0);
	free(words);
	free(bt);
	free(bs);
	free(btags);
	free(bagain);
}


/* The features of token i of sentence `last` (the last one given) in a
 * document of the sentences sents[0..ns). */
static void doc_token_features(const char *const *sents, size_t ns, size_t i, uint32_t *out)
{
	static struct tagger_token t[8][32];
	size_t n[8];
	struct tagger_doc *d = tagger_doc_new();
	for (size_t s = 0; s < ns; s++) {
		n[s] = split(sents[s], t[s], 32);
		tagger_doc_add(d, t[s], n[s]);
	}
	uint32_t *all = malloc(n[ns - 1] * TAGGER_NFEAT * sizeof *all);
	tagger_features(d, t[ns - 1], n[ns - 1], all);
	memcpy(out, all + i * TAGGER_NFEAT, TAGGER_NFEAT * sizeof *out);
	free(all);
	tagger_doc_free(d);
}

/* Context aggregation: what the words around a name say of it elsewhere
 * in the story (a title before it there) reaches its other mentions,
 * and only through the features of the document. */
static void test_context_aggregation(void)
{
	const char *with_title[] = { "President Mwangi spoke .", "Mwangi arrived ." };
	const char *without[] = { "Yesterday Mwangi spoke .", "Mwangi arrived ." };
	const char *alone[] = { "Mwangi arrived ." };
	uint32_t a[TAGGER_NFEAT], b[TAGGER_NFEAT], c[TAGGER_NFEAT];
	doc_token_features(with_title, 2, 0, a);
	doc_token_features(without, 2, 0, b);
	doc_token_features(alone, 1, 0, c);
	int differ = 0;
	for (int k = 0; k < TAGGER_NFEAT; k++)
		differ += a[k] != b[k];
	/* The two features of the document's evidence, nothing else. */
	CHECK_INT(differ, 2);
	CHECK(memcmp(a, b, TAGGER_NWORDFEAT * sizeof *a) == 0);
	CHECK(memcmp(a, c, TAGGER_NWORDFEAT * sizeof *a) == 0);
	/* An organization word beside the name elsewhere is evidence too. */
	const char *with_org[] = { "Smoore Technology grew .", "Smoore arrived ." };
	const char *with_plain[] = { "Smoore Yesterday grew .", "Smoore arrived ." };
	doc_token_features(with_org, 2, 0, a);
	doc_token_features(with_plain, 2, 0, b);
	differ = 0;
	for (int k = 0; k < TAGGER_NFEAT; k++)
		differ += a[k] != b[k];
	CHECK_INT(differ, 2);
}

/* Suffixes of five and six bytes: "Faridabad" and "Moradabad" share the
 * five, not the six; "Jalalabad" shares only four with either. */
static void test_long_suffixes(void)
{
	struct tagger_token t[3] = { { "Faridabad", 9 }, { "Moradabad", 9 }, { "Jalalabad", 9 } };
	uint32_t f[3][TAGGER_NFEAT];
	for (int i = 0; i < 3; i++)
		tagger_features(NULL, &t[i], 1, f[i]);
	/* Word features 18 and 19: the suffixes of five and six bytes. */
	CHECK(f[0][18] == f[1][18]);
	CHECK(f[0][19] != f[1][19]);
	CHECK(f[0][18] != f[2][18]);
	/* 12: the suffix of four bytes, shared by all. */
	CHECK(f[0][12] == f[2][12]);
}

/* Lower-case words beside a name's capitalised words or joined to them
 * by a hyphen or apostrophe written apart are scored, so that they can be
 * part of it: "Chan - o - cha", "Jilin province", "Women ’ s Day". */
static void test_name_neighbours(void)
{
	if (!have_model())
		return;
	struct tagger_token t[32];
	unsigned char tags[32];
	size_t sent[1] = { 0 };
	size_t n = split("Prime Minister Prayut Chan - o - cha met reporters in Bangkok .", t, 32);
	CHECK_INT(tagger_tag_document(t, n, sent, 1, tags, NULL), 0);
	CHECK(valid_bio(tags, n));
	CHECK_INT(tags[2], TAGGER_B(TAGGER_PER));
	CHECK_INT(tags[5], TAGGER_I(TAGGER_PER));	/* o */
	CHECK_INT(tags[7], TAGGER_I(TAGGER_PER));	/* cha */
	CHECK_INT(tags[8], 0);
	/* Whether "province" joins the place is the model's call, which
	 * retraining moves; that it can is what skipping would forbid, so one
	 * of these must have it inside. */
	static const char *const provinces[] = { "The court in Jilin province heard the case on Friday .",
						 "Floods hit Hubei province on Monday .",
						 "Factories in Guangdong province closed .",
						 "Rebels attacked Kunduz province on Sunday ." };
	int inside = 0;
	for (size_t k = 0; k < sizeof provinces / sizeof *provinces; k++) {
		n = split(provinces[k], t, 32);
		CHECK_INT(tagger_tag_document(t, n, sent, 1, tags, NULL), 0);
		CHECK(valid_bio(tags, n));
		for (size_t i = 1; i < n; i++)
			if (t[i].n == 8 && memcmp(t[i].s, "province", 8) == 0 && tags[i] == TAGGER_I(TAGGER_LOC) &&
			    tags[i - 1] == TAGGER_B(TAGGER_LOC))
				inside++;
	}
	CHECK(inside > 0);
	/* Numbers and marks are scored within two words of a capital or a
	 * small word of names, so that they can be inside one ("iPhone 14",
	 * "Act of 1986"); one of these must have the number inside. */
	static const char *const numbered[] = { "Apple began selling the iPhone 14 on Friday .",
						"He cited the Tax Reform Act of 1986 in the letter .",
						"Officials of the Group of 10 met in Basel ." };
	inside = 0;
	for (size_t k = 0; k < sizeof numbered / sizeof *numbered; k++) {
		n = split(numbered[k], t, 32);
		CHECK_INT(tagger_tag_document(t, n, sent, 1, tags, NULL), 0);
		CHECK(valid_bio(tags, n));
		for (size_t i = 1; i < n; i++)
			if (t[i].s[0] >= '0' && t[i].s[0] <= '9' && tags[i] != 0 && tags[i] == TAGGER_I(TAGGER_TYPE(tags[i])))
				inside++;
	}
	CHECK(inside > 0);
}

/* The features hashed four at a time with AVX2 and with AVX-512 (where
 * the processor has them) are those hashed one at a time: random words in
 * sentences of one word up to forty, with a document and without; and the
 * tags too. */
static void test_simd_same(void)
{
	static const char alphabet[] = "aeinorstlcAEINORSTLC0123456789-.,'\xc3\xa9";
	static char text[64 * 1024];
	static struct tagger_token t[4096];
	static uint32_t on[40 * TAGGER_NFEAT], off[40 * TAGGER_NFEAT], avx2[40 * TAGGER_NFEAT];
	uint32_t r = 7;
	size_t used = 0, nt = 0;
	int bad = 0;
	while (nt < 4096 && used + 32 < sizeof text) {
		r = r * 1103515245u + 12345u;
		size_t len = 1 + (r >> 8) % 12;
		for (size_t i = 0; i < len; i++) {
			r = r * 1103515245u + 12345u;
			text[used + i] = alphabet[(r >> 8) % (sizeof alphabet - 1)];
		}
		t[nt].s = text + used;
		t[nt].n = len;
		nt++;
		used += len + 1;
	}
	struct tagger_doc *d = tagger_doc_new();
	for (size_t a = 0, len = 1; a + len <= nt && !bad; a += len, len = len % 40 + 1) {
		tagger_doc_add(d, t + a, len);
		for (int withdoc = 0; withdoc < 2; withdoc++) {
			tagger_simd(1);
			tagger_features(withdoc ? d : NULL, t + a, len, on);
			tagger_simd(2);
			tagger_features(withdoc ? d : NULL, t + a, len, avx2);
			tagger_simd(0);
			tagger_features(withdoc ? d : NULL, t + a, len, off);
			bad |= memcmp(on, off, len * TAGGER_NFEAT * sizeof *on) != 0;
			bad |= memcmp(avx2, off, len * TAGGER_NFEAT * sizeof *on) != 0;
		}
	}
	tagger_simd(1);
	tagger_doc_free(d);
	CHECK(!bad);
	if (!have_model())
		return;
	size_t sent[256], ns = 0;
	for (size_t a = 0, len = 1; a < nt && ns < 256; a += len, len = len % 40 + 1)
		sent[ns++] = a;
	static unsigned char tags[3][4096];
	static float margin[3][4096];
	for (int k = 0; k < 3; k++) {
		tagger_simd((4 - k) % 3);
		CHECK_INT(tagger_tag_document(t, nt, sent, ns, tags[k], margin[k]), 0);
	}
	tagger_simd(1);
	for (int k = 1; k < 3; k++) {
		CHECK(memcmp(tags[0], tags[k], nt) == 0);
		CHECK(memcmp(margin[0], margin[k], nt * sizeof **margin) == 0);
	}
}

/* A word missing from the tagger's cache has its affixes hashed apart
 * from its other hashes (which the memo holds): the same as hashing it
 * whole, for words with hyphens, Latin-1 letters, stray bytes, and of
 * every length up to past the affixes'. */
static void test_affixes_same(void)
{
	static const char *const words[] = { "", "-", "a", "a-b", "-ab", "ab-", "a--b-c", "Anti-Tank",
					     "\303\211cole", "\xc3", "x\xc3\x97y", "\xc3\x89-\xc3\xa9",
					     "caf\xc3\xa9s", "\xe2\x80\x99s", "\xc3\xc3\xa9", "Word-of-mouth" };
	int bad = 0;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		bad |= !tagger_affixes_same(words[i], strlen(words[i]));
	static const char alphabet[] = "aeiAEI09-.'\xc3\xa9\x89\x97\xe2\x80";
	char w[24];
	uint32_t r = 11;
	for (int k = 0; k < 20000 && !bad; k++) {
		r = r * 1103515245u + 12345u;
		size_t len = (r >> 8) % sizeof w;
		for (size_t i = 0; i < len; i++) {
			r = r * 1103515245u + 12345u;
			w[i] = alphabet[(r >> 8) % (sizeof alphabet - 1)];
		}
		bad |= !tagger_affixes_same(w, len);
	}
	CHECK(!bad);
}

/* The vector classes' table: packed words are found in any case with
 * their classes at every level, others are not, and a damaged table is
 * refused rather than read. */
static void test_vecclass_pack(void)
{
	enum { L = TAGGER_VECCLASS_LEVELS };
	static const char *const words[] = { "zorblat", "quennix", "mirvoth-ka", "x.y." };
	/* Four words in 3 classes at every level; level l of word w is
	 * (w + l) % 3. */
	uint16_t cls[4 * L];
	uint32_t ncls[L];
	for (unsigned w = 0; w < 4; w++)
		for (unsigned l = 0; l < L; l++)
			cls[w * L + l] = (uint16_t)((w + l) % 3);
	for (unsigned l = 0; l < L; l++)
		ncls[l] = 3;
	size_t len;
	unsigned char *t = tagger_vecclass_pack(words, cls, 4, ncls, &len);
	CHECK(t != NULL);
	if (!t)
		return;
	unsigned got[L];
	CHECK_INT(tagger_vecclass(t, len, "zorblat", 7, got), 1);
	CHECK_INT(got[0], 0);
	CHECK_INT(got[1], 1);
	CHECK_INT(got[2], 2);
	CHECK_INT(tagger_vecclass(t, len, "QUENNIX", 7, got), 1);
	CHECK_INT(got[0], 1);
	CHECK_INT(tagger_vecclass(t, len, "Mirvoth-Ka", 10, got), 1);
	CHECK_INT(got[0], 2);
	CHECK_INT(tagger_vecclass(t, len, "X.Y.", 4, got), 1);
	CHECK_INT(got[0], 0);
	CHECK_INT(got[L - 1], (3 + L - 1) % 3);
	CHECK_INT(tagger_vecclass(t, len, "zorbla", 6, got), 0);
	CHECK_INT(tagger_vecclass(t, len, "", 0, got), 0);
	/* Cut short, another magic, a class count of 0: refused. */
	CHECK_INT(tagger_vecclass(t, len - 2, "zorblat", 7, got), -1);
	t[0] ^= 1;
	CHECK_INT(tagger_vecclass(t, len, "zorblat", 7, got), -1);
	t[0] ^= 1;
	t[16] = 0;
	CHECK_INT(tagger_vecclass(t, len, "zorblat", 7, got), -1);
	/* A class beyond its level's count: refused. */
	t[16] = 2;
	CHECK_INT(tagger_vecclass(t, len, "zorblat", 7, got), -1);
	free(t);
	/* Two of one word cannot be told apart: no table. */
	static const char *const twice[] = { "zorblat", "zorblat" };
	CHECK(tagger_vecclass_pack(twice, cls, 2, ncls, &len) == NULL);
}

/* The built-in table places words by what they are: days with days, not
 * with countries; a word it lacks has no class. */
static void test_vecclass_builtin(void)
{
	unsigned a[TAGGER_VECCLASS_LEVELS], b[TAGGER_VECCLASS_LEVELS], c[TAGGER_VECCLASS_LEVELS];
	if (tagger_vecclass(NULL, 0, "monday", 6, a) != 1) {
		printf("#   no vector classes built in (src/model/vecclass.bin): check skipped\n");
		return;
	}
	CHECK_INT(tagger_vecclass(NULL, 0, "Thursday", 8, b), 1);
	CHECK_INT(tagger_vecclass(NULL, 0, "kenya", 5, c), 1);
	CHECK_INT(a[TAGGER_VECCLASS_LEVELS - 1], b[TAGGER_VECCLASS_LEVELS - 1]);
	CHECK(a[TAGGER_VECCLASS_LEVELS - 1] != c[TAGGER_VECCLASS_LEVELS - 1]);
	CHECK_INT(tagger_vecclass(NULL, 0, "qzxqzxqzv", 9, c), 0);
}

const struct check_test tagger_tests[] = {
	{ "tagger/vecclass-pack", test_vecclass_pack },
	{ "tagger/vecclass-builtin", test_vecclass_builtin },
	{ "tagger/affixes-same", test_affixes_same },
	{ "tagger/simd-same", test_simd_same },
	{ "tagger/names", test_names },
	{ "tagger/margins", test_margins },
	{ "tagger/document", test_document },
	{ "tagger/deterministic", test_deterministic },
	{ "tagger/curly-as-straight", test_curly_as_straight },
	{ "tagger/empty-and-odd", test_empty_and_odd },
	{ "tagger/model-guard", test_model_guard },
	{ "tagger/precomputed-lexicon", test_precomputed_lexicon },
	{ "tagger/word-memo", test_word_memo },
	{ "tagger/context-aggregation", test_context_aggregation },
	{ "tagger/long-suffixes", test_long_suffixes },
	{ "tagger/name-neighbours", test_name_neighbours },
	{ NULL, NULL },
};
