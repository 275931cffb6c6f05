/* Unit tests of language: declarations read, text counted, function words
 * of each language, and the country names of other languages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "language.h"
#include "lexicon.h"
#include "xmalloc.h"

static void test_language_from_tag(void)
{
	CHECK_INT(language_from_tag("es"), LANGUAGE_ES);
	CHECK_INT(language_from_tag("pt-BR"), LANGUAGE_PT);
	CHECK_INT(language_from_tag("fr_FR"), LANGUAGE_FR);
	CHECK_INT(language_from_tag(" it"), LANGUAGE_IT);
	CHECK_INT(language_from_tag("deu"), LANGUAGE_DE);
	CHECK_INT(language_from_tag("ger"), LANGUAGE_DE);
	CHECK_INT(language_from_tag("fre"), LANGUAGE_FR);
	CHECK_INT(language_from_tag("English"), LANGUAGE_EN);
	CHECK_INT(language_from_tag("Español"), LANGUAGE_ES);
	CHECK_INT(language_from_tag("en-US"), LANGUAGE_EN);
	CHECK_INT(language_from_tag("cs"), LANGUAGE_OTHER);
	CHECK_INT(language_from_tag("zh-TW"), LANGUAGE_OTHER);
	/* Nothing said, or "undetermined": English, the default. */
	CHECK_INT(language_from_tag(""), LANGUAGE_EN);
	CHECK_INT(language_from_tag("und"), LANGUAGE_EN);
	CHECK_INT(language_from_tag(NULL), LANGUAGE_EN);
	CHECK_STR(language_code(LANGUAGE_PT), "pt");
}

static void test_language_guess(void)
{
	const char *es = "El gobierno de la provincia anunció ayer que los precios del transporte subirán en marzo, "
			 "según informaron las autoridades, y que no habrá cambios para los jubilados.";
	const char *pt = "O governo do estado anunciou ontem que os preços do transporte vão subir em março, segundo "
			 "as autoridades, e que não haverá mudanças para os aposentados.";
	const char *fr = "Le gouvernement de la région a annoncé hier que les prix des transports vont augmenter en mars, "
			 "selon les autorités, et qu'il n'y aura pas de changement pour les retraités.";
	const char *it = "Il governo della regione ha annunciato ieri che i prezzi dei trasporti aumenteranno a marzo, "
			 "secondo le autorità, e che non ci saranno cambiamenti per i pensionati della città.";
	const char *de = "Die Regierung des Landes hat gestern angekündigt, dass die Preise für den Verkehr im März "
			 "steigen, und dass es für die Rentner keine Änderungen geben wird, wie die Behörden sagten.";
	const char *en = "The government of the province said on Tuesday that the price of transport will rise in "
			 "March, and that there will be no change for pensioners, officials said.";
	CHECK_INT(language_guess(es, strlen(es)), LANGUAGE_ES);
	CHECK_INT(language_guess(pt, strlen(pt)), LANGUAGE_PT);
	CHECK_INT(language_guess(fr, strlen(fr)), LANGUAGE_FR);
	CHECK_INT(language_guess(it, strlen(it)), LANGUAGE_IT);
	CHECK_INT(language_guess(de, strlen(de)), LANGUAGE_DE);
	CHECK_INT(language_guess(en, strlen(en)), LANGUAGE_EN);
	/* A table of prices: letters and "per" say no other language. */
	const char *table = " Silver up 18.5 cts per oz\n Copper off 0.35 cts per lb\n Gold up 3.70 dlrs per oz\n"
			    " Cocoa off 9 dlr per tonne\n Sugar up 0.15 cts per lb\n Coffee C up 2.21 cts per lb\n"
			    " Cotton up 0.70 cts per lb\n Rice up 2 cts per lb\n MAY7 4222B 4227A 4202 a e o y\n";
	CHECK_INT(language_guess(table, strlen(table)), LANGUAGE_EN);
	/* An English story with a Spanish quotation stays English. */
	const char *quote = "The minister said the talks would go on. \"No hay acuerdo todavía\", he told reporters "
			    "in the capital, adding that the two sides would meet again on Friday in the port city "
			    "of the north, where the first round of the talks was held in May.";
	CHECK_INT(language_guess(quote, strlen(quote)), LANGUAGE_EN);
}

static enum language lang_of(const char *text)
{
	struct article *a = article_parse("l.txt", xstrdup(text), strlen(text));
	enum language l = language_of_article(a);
	article_free(a);
	return l;
}

static void test_language_of_article(void)
{
	/* Declared, in a header line. */
	CHECK_INT(lang_of("Lang: pt-BR\n\nGol de placa.\n"), LANGUAGE_PT);
	CHECK_INT(lang_of("Language: cs\n\nPraha je hlavní město.\n"), LANGUAGE_OTHER);
	/* Not declared: counted. */
	CHECK_INT(lang_of("Title: Precios\n\nEl gobierno de la provincia anunció ayer que los precios del transporte "
			  "subirán en marzo, según informaron las autoridades, y que no habrá cambios para los "
			  "jubilados de la ciudad.\n"),
		  LANGUAGE_ES);
	/* A template's declaration over an English story. */
	CHECK_INT(lang_of("Lang: es\n\nThe government of the province said on Tuesday that the price of transport "
			  "will rise in March, and that there will be no change for pensioners, officials said. "
			  "The new fares take effect on the first of the month, and the unions said they would "
			  "study the plan.\n"),
		  LANGUAGE_EN);
}

static void test_language_function_words(void)
{
	CHECK(language_function_word(LANGUAGE_ES, "Pero", 4));
	CHECK(language_function_word(LANGUAGE_ES, "según", 6));
	CHECK(language_function_word(LANGUAGE_PT, "NÃO", 4));
	CHECK(language_function_word(LANGUAGE_FR, "Elle", 4));
	CHECK(language_function_word(LANGUAGE_DE, "über", 5));
	CHECK(!language_function_word(LANGUAGE_ES, "Elle", 4));
	CHECK(!language_function_word(LANGUAGE_ES, "Valdoria", 8));
	/* English's words are the recognizer's lists' business. */
	CHECK(!language_function_word(LANGUAGE_EN, "the", 3));
}

static void test_language_country_names(void)
{
	CHECK_STR(lexicon_country_in("es", "Turquía", strlen("Turquía")), "Turkey");
	CHECK_STR(lexicon_country_in("es", "TURQUÍA", strlen("TURQUÍA")), "Turkey");
	CHECK_STR(lexicon_country_in("de", "Neuseeland", 10), "New Zealand");
	CHECK_STR(lexicon_country_in(NULL, "Allemagne", 9), "Germany");
	/* Each language its own names. */
	CHECK(lexicon_country_in("fr", "Alemania", 8) == NULL);
	/* "Island" (German for Iceland) is an English word first. */
	CHECK(lexicon_country_in(NULL, "Island", 6) == NULL);
	/* The entity's name: a country named in Spanish is the English one's. */
	CHECK_STR(lexicon_canonical("Nueva Zelanda", strlen("Nueva Zelanda")), "New Zealand");
	CHECK_STR(lexicon_canonical("Siria", 5), "Syria");
}

const struct check_test language_tests[] = {
	{ "language_from_tag", test_language_from_tag },
	{ "language_guess", test_language_guess },
	{ "language_of_article", test_language_of_article },
	{ "language_function_words", test_language_function_words },
	{ "language_country_names", test_language_country_names },
	{ NULL, NULL }
};
