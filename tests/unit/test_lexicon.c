/* Unit tests of lexicon: the hashed look-up of words written in lower case
 * answers as the search of the list does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "lexicon.h"

/* Every form of a word a caller may ask about: as given, capitalised, in
 * capitals, and with a letter more or less. */
static int agree_forms(const char *w, size_t n)
{
	char buf[64];
	if (n + 2 > sizeof buf)
		return 1;
	int ok = 1;
	for (int form = 0; form < 6; form++) {
		size_t m = n;
		memcpy(buf, w, n);
		if (form == 1 && n)
			buf[0] = (char)(buf[0] >= 'a' && buf[0] <= 'z' ? buf[0] - 32 : buf[0]);
		for (size_t i = 0; form == 2 && i < n; i++)
			buf[i] = (char)(buf[i] >= 'a' && buf[i] <= 'z' ? buf[i] - 32 : buf[i]);
		if (form == 3)
			buf[m++] = 's';
		if (form == 4 && m)
			m--;
		if (form == 5)
			buf[m++] = '\n';
		ok &= lexicon_lowercase(buf, m) == lexicon_lowercase_plain(buf, m);
	}
	return ok;
}

static void test_lexicon_lowercase_same(void)
{
	static const char *const words[] = { "the", "said", "checks", "Checks", "CHECKED", "reverse", "into",
					     "volcker", "Reagan", "", "a", "zzzz", "caf\xc3\xa9", "x\0y", NULL };
	for (int i = 0; words[i]; i++)
		CHECK(agree_forms(words[i], strlen(words[i])));
	CHECK(lexicon_lowercase("said", 4) || lexicon_lowercase("checked", 7));
	/* Every word of the list, when the tests run from the tree. */
	FILE *f = fopen("src/lexicon/lowercase.txt", "r");
	if (!f)
		return;
	char line[256];
	size_t n = 0, bad = 0, found = 0;
	while (fgets(line, sizeof line, f)) {
		size_t len = strcspn(line, "\n");
		if (!len || line[0] == '#')
			continue;
		n++;
		bad += !agree_forms(line, len);
		found += (size_t)lexicon_lowercase(line, len);
	}
	fclose(f);
	CHECK(n > 1000);
	CHECK_INT(bad, 0);
	CHECK_INT(found, n);
}

static void test_lexicon_spelled_out(void)
{
	/* Acronyms the lists give a full name of, in any case; not the full
	 * names, nor a word that is only a name of its own. */
	CHECK(lexicon_spelled_out("ANC", 3));
	CHECK(lexicon_spelled_out("EPA", 3));
	CHECK(lexicon_spelled_out("nato", 4));
	CHECK(!lexicon_spelled_out("African National Congress", 25));
	CHECK(!lexicon_spelled_out("Reuters", 7));
	CHECK(!lexicon_spelled_out("Zqxv", 4));
}

/* How many lines of the list at path lookup finds, and (*n) how many it
 * has: all of them where the list is in the byte order its search needs. */
static size_t lexicon_lines_found(const char *path, int (*lookup)(const char *, size_t), size_t *n)
{
	*n = 0;
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	char line[256];
	size_t found = 0;
	while (fgets(line, sizeof line, f)) {
		size_t len = strcspn(line, "\n");
		if (!len || line[0] == '#')
			continue;
		(*n)++;
		found += (size_t)lookup(line, len);
	}
	fclose(f);
	return found;
}

static void test_lexicon_products(void)
{
	/* As written, whole: not in another case, nor a part. */
	CHECK(lexicon_product("iPhone", 6));
	CHECK(lexicon_product("Internet Explorer", 17));
	CHECK(!lexicon_product("IPHONE", 6));
	CHECK(!lexicon_product("Internet", 8));
	CHECK(!lexicon_product("Galaxy", 6)); /* a football club as often */
	size_t n, found = lexicon_lines_found("src/lexicon/products.txt", lexicon_product, &n);
	CHECK(n > 50);
	CHECK_INT(found, n);
}

static void test_lexicon_terms(void)
{
	/* Abbreviations as written, not in another case, nor a prefix or
	 * a longer word. */
	CHECK(lexicon_term("CPU", 3));
	CHECK(lexicon_term("URLs", 4));
	CHECK(!lexicon_term("Cpu", 3));
	CHECK(!lexicon_term("CP", 2));
	CHECK(!lexicon_term("CPUX", 4));
	CHECK(!lexicon_term("GDP", 3)); /* an other name in CoNLL's data */
	size_t n, found = lexicon_lines_found("src/lexicon/terms.txt", lexicon_term, &n);
	CHECK(n > 50);
	CHECK_INT(found, n);
}

static void test_lexicon_city_country(void)
{
	/* Zone cities, hand-listed dateline cities, in any case, and the
	 * country as news names it. */
	CHECK(lexicon_city_country("TOKYO", 5) && strcmp(lexicon_city_country("TOKYO", 5), "Japan") == 0);
	CHECK(lexicon_city_country("Washington", 10) &&
	      strcmp(lexicon_city_country("Washington", 10), "United States") == 0);
	CHECK(lexicon_city_country("Seoul", 5) && strcmp(lexicon_city_country("Seoul", 5), "South Korea") == 0);
	CHECK(lexicon_city_country("Zqxvton", 7) == NULL);
}

const struct check_test lexicon_tests[] = {
	{ "lexicon_lowercase_same", test_lexicon_lowercase_same },
	{ "lexicon_spelled_out", test_lexicon_spelled_out },
	{ "lexicon_terms", test_lexicon_terms },
	{ "lexicon_products", test_lexicon_products },
	{ "lexicon_city_country", test_lexicon_city_country },
	{ NULL, NULL }
};
