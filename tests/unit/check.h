/* check: a minimal unit-test harness. Each test prints "ok NAME" or
 * "FAIL NAME" with the failed conditions; tests/run.sh counts them. */
#ifndef CROSSREAD_CHECK_H
#define CROSSREAD_CHECK_H

#include <stdio.h>
#include <string.h>

struct check_test {
	const char *name;	/* shown in the report */
	void (*fn)(void);	/* runs the test; failures go through check_fail */
};

void check_fail(const char *file, int line, const char *what);
/* A path to a fresh temporary file holding the given bytes; freed by the harness. */
const char *check_tmpfile(const char *name, const char *data, size_t len);
/* A fresh temporary directory. */
const char *check_tmpdir(void);

struct corpus;
struct entity_table;
/* The entity table of a corpus of the given texts, recognized and linked;
 * *cp gets the corpus (test_ner.c). */
struct entity_table *check_linked(const char *const *texts, size_t n, struct corpus **cp);

#define CHECK(c) do { if (!(c)) check_fail(__FILE__, __LINE__, #c); } while (0)
/* The message keeps the start of a long expression. */
#define CHECK_INT(a, b) do { long long a_ = (long long)(a), b_ = (long long)(b); \
	if (a_ != b_) { char m_[256]; snprintf(m_, sizeof m_, "%.160s == %.60s (%lld != %lld)", #a, #b, a_, b_); \
	check_fail(__FILE__, __LINE__, m_); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
	if (!a_ || !b_ || strcmp(a_, b_) != 0) { char m_[512]; \
	snprintf(m_, sizeof m_, "%s == \"%s\" (got \"%s\")", #a, b_ ? b_ : "(null)", a_ ? a_ : "(null)"); \
	check_fail(__FILE__, __LINE__, m_); } } while (0)

extern const struct check_test text_tests[];
extern const struct check_test article_tests[];
extern const struct check_test view_tests[];
extern const struct check_test corpus_tests[];
extern const struct check_test keys_tests[];
extern const struct check_test search_tests[];
extern const struct check_test token_tests[];
extern const struct check_test ner_tests[];
extern const struct check_test language_tests[];
extern const struct check_test tagger_tests[];
extern const struct check_test prompt_tests[];
extern const struct check_test input_tests[];
extern const struct check_test markdown_tests[];
extern const struct check_test html_tests[];
extern const struct check_test feed_tests[];
extern const struct check_test store_tests[];
extern const struct check_test osc52_tests[];
extern const struct check_test launch_tests[];
extern const struct check_test xref_tests[];
extern const struct check_test filestamp_tests[];
extern const struct check_test pool_tests[];
extern const struct check_test sieve_tests[];
extern const struct check_test snapshot_tests[];
extern const struct check_test viterbi_tests[];
extern const struct check_test lexicon_tests[];
extern const struct check_test entity_tests[];

#endif
