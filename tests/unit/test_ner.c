/* Unit tests of ner and entity: spans by ANNOTATION.md's rules, types,
 * and names that join short forms to full ones. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "corpus.h"
#include "entity.h"
#include "xref.h"
#include "ner.h"
#include "xmalloc.h"

/* "TYPE:text|TYPE:text" for the mentions found in s. */
static char *mentions(const char *s)
{
	struct ner_list l = { 0 };
	ner_text(s, 0, strlen(s), &l);
	size_t cap = strlen(s) * 2 + 16 * (l.n + 1), o = 0;
	char *out = xmalloc(cap);
	out[0] = '\0';
	for (size_t i = 0; i < l.n; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%s:%.*s", i ? "|" : "", ner_type_name(l.v[i].type),
				      (int)(l.v[i].end - l.v[i].start), s + l.v[i].start);
	ner_list_free(&l);
	return out;
}

/* Whether the mentions of s include "TYPE:text". */
static int has(const char *s, const char *want)
{
	char *m = mentions(s);
	char *bar = xasprintf("|%s|", m);
	char *w = xasprintf("|%s|", want);
	int ok = strstr(bar, w) != NULL;
	if (!ok)
		printf("#   in \"%s\": want %s, got %s\n", s, want, m);
	free(m);
	free(bar);
	free(w);
	return ok;
}

static int lacks(const char *s, const char *unwanted)
{
	char *m = mentions(s);
	char *bar = xasprintf("|%s|", m);
	char *w = xasprintf("|%s|", unwanted);
	int ok = strstr(bar, w) == NULL;
	if (!ok)
		printf("#   in \"%s\": did not want %s\n", s, unwanted);
	free(m);
	free(bar);
	free(w);
	return ok;
}

static void test_ner_dates(void)
{
	CHECK(has("The alliance said Monday it would act.", "DATE:Monday"));
	CHECK(has("Talks resume on Dec 6 in Geneva.", "DATE:Dec 6"));
	CHECK(has("It was signed on January 25, 2022, in Paris.", "DATE:January 25, 2022"));
	CHECK(has("Filed 2022-01-25 by the desk.", "DATE:2022-01-25"));
	CHECK(has("The bases were installed after 1997 in the east.", "DATE:1997"));
	CHECK(lacks("It cost 2000 dollars and 8,500 troops went.", "DATE:8,500"));
	CHECK(lacks("May I ask a question?", "DATE:May"));
}

static void test_ner_span_rules(void)
{
	/* Titles, "the" and possessives stay outside the span. */
	CHECK(has("On Friday, President Vladimir Putin spoke.", "PERSON:Vladimir Putin"));
	CHECK(has("He warned the Kremlin that it would fail.", "ORG:Kremlin"));
	CHECK(has("It is Russia\xe2\x80\x99s choice, officials said.", "PLACE:Russia"));
	CHECK(has("Mr. Lavrov said it was inadmissible.", "PERSON:Lavrov"));
	/* Inside hyphenated compounds only the name is the span. */
	CHECK(has("They fought Russia-backed separatists.", "PLACE:Russia"));
	CHECK(has("It was a U.S.-led military alliance.", "PLACE:U.S."));
	CHECK(has("It includes a Canadian-led battle group.", "GROUP:Canadian"));
	/* Peoples joined are each named; a combining form names no one. */
	CHECK(has("The German-Israeli talks ended.", "GROUP:German"));
	CHECK(has("The German-Israeli talks ended.", "GROUP:Israeli"));
	CHECK(has("The Anglo-French talks ended.", "MISC:Anglo-French"));
	CHECK(lacks("The Anglo-French talks ended.", "GROUP:Anglo"));
	CHECK(has("Charles E. Schumer (D-N.Y.) requested a briefing.", "PLACE:N.Y."));
	CHECK(has("Charles E. Schumer (D-N.Y.) requested a briefing.", "PERSON:Charles E. Schumer"));
	/* Demonyms are groups. */
	CHECK(has("Russian troops continued to arrive.", "GROUP:Russian"));
	/* Ordinary capitalised words at a sentence start are not names. */
	CHECK(lacks("Meanwhile, officials said nothing.", "MISC:Meanwhile"));
	CHECK(lacks("Meanwhile, officials said nothing.", "PERSON:Meanwhile"));
}

static void test_ner_line_break(void)
{
	/* A name across a line break in hard-wrapped text is one span. */
	const char *s = "A ruling by the Federal\nReserve Board came today.";
	struct ner_list l = { 0 };
	ner_text(s, 0, strlen(s), &l);
	int found = 0;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].type == NER_ORG && l.v[i].end - l.v[i].start == strlen("Federal\nReserve Board") &&
		    memcmp(s + l.v[i].start, "Federal\nReserve Board", l.v[i].end - l.v[i].start) == 0)
			found = 1;
	CHECK(found);
	ner_list_free(&l);
}

static void test_ner_title_case(void)
{
	/* A title-case headline is read with the words its story writes in
	 * lower case, and with words news text writes so, in lower case: the
	 * names stop where the story's names stop. */
	const char *s = "Lindsay Lohan Checks Into Betty Ford Rehab - Where She 'Knows Everyone'\n\n"
			"Lindsay Lohan checked into the Betty Ford Clinic on Thursday, and she knows everyone there.";
	CHECK(has(s, "PERSON:Lindsay Lohan"));
	CHECK(lacks(s, "ORG:Lindsay Lohan Checks Into Betty Ford Rehab"));
	CHECK(lacks(s, "PERSON:Lindsay Lohan Checks"));
	const char *c = "Colts Beat Chiefs In Playoff Game\n\nThe Indianapolis Colts beat the Kansas City Chiefs.";
	CHECK(lacks(c, "ORG:Colts Beat Chiefs In Playoff Game"));
	CHECK(has(c, "ORG:Colts") || has(c, "PERSON:Colts"));
	/* A headline in capitals is read as the story writes its words:
	 * "VOLCKER SAYS FED" as "Volcker says Fed". */
	const char *v = "VOLCKER SAYS FED WILL ACT ON RATES\n\nFederal Reserve Board chairman Paul Volcker said on "
			"Monday the Fed would act on interest rates if the dollar fell further, Volcker told the committee.";
	CHECK(has(v, "PERSON:VOLCKER"));
	CHECK(has(v, "ORG:FED"));
	/* A verb the lists know in another form ("reverse") is read in
	 * lower case: the names around it are two. */
	const char *r = "Obama Reverses Bush on Species Protection Measure\n\n"
			"President Obama is restoring a rule that the Bush administration had dropped.";
	CHECK(has(r, "PERSON:Obama") && has(r, "PERSON:Bush"));
	CHECK(lacks(r, "PERSON:Obama Reverses Bush"));
	/* An organization's head word the story writes in lower case is an
	 * ordinary word there: no "Sets Scoring Record" organization. */
	const char *h = "Hansbrough Sets Scoring Record in Victory\n\n"
			"Tyler Hansbrough set the school's career scoring record on Thursday, and the record "
			"was his.";
	CHECK(lacks(h, "ORG:Hansbrough Sets Scoring Record"));
	CHECK(has(h, "PERSON:Hansbrough"));
	/* A long title-case line with one lower-case word ("that") is a
	 * headline still; "President Obama" stays a person beside the
	 * headline's "Obama Administration". */
	const char *o = "Biologists Call on Obama Administration to Overturn Bush Rules that Cut Science Out of "
			"Endangered Species Legislation\n\nThe biologists asked President Obama to restore the rules.";
	CHECK(has(o, "PERSON:Bush"));
	CHECK(lacks(o, "MISC:Bush Rules"));
	CHECK(has(o, "PERSON:Obama"));
	/* A title-case headline's name that the story never writes whole
	 * is the story's names inside it: a person the story names, with
	 * the headline's verb ("Flips Talmer") or a common word around it,
	 * is that person; "Ansel Talmer Jr" keeps its suffix. */
	const char *fl = "Dravik Administration Flips Talmer Endangered Wetlands Ruling\n"
			 "04 / 28 / 09 07 : 35 PM ET\n"
			 "The administration of President Oskar Dravik said Tuesday it was overturning a rule "
			 "made in the final weeks of the presidency of Ansel Talmer .\n"
			 "Dravik signed the order , and aides to Talmer called it a mistake .\n";
	CHECK(has(fl, "PERSON:Talmer"));
	CHECK(lacks(fl, "PERSON:Flips Talmer"));
	char *jr = xasprintf("Ansel Talmer Jr Signs Order%s", strchr(fl, '\n'));
	CHECK(has(jr, "PERSON:Ansel Talmer Jr"));
	free(jr);
	/* A given name before a thoroughfare's word is a street's name, a
	 * place, not a person's. */
	const char *st = "The shooting happened at Gerald Ave and Thomas Road , police said .";
	CHECK(has(st, "PLACE:Gerald Ave"));
	CHECK(lacks(st, "PERSON:Gerald Ave"));
	CHECK(has("Police closed Helena Ave .", "PLACE:Helena Ave"));
	/* A name a list keeps with its "'s" (the store "Kohl's") is a
	 * person's possessive where the story names that person in full;
	 * elsewhere it stays whole. */
	const char *ko = "Senator Dora Kohl said on Tuesday the bill would pass. Kohl's proposal would cut taxes, "
			 "aides said.";
	CHECK(has(ko, "PERSON:Kohl"));
	CHECK(lacks(ko, "PERSON:Kohl's"));
	CHECK(lacks("Shoppers crowded into Macy's and Kohl's on Friday, the retailers said.", "PERSON:Kohl"));
	/* The lists keep such a name as one word, the text has two: the
	 * chain is an organization whatever the model read. */
	CHECK(has("Macy's will close 20 stores in Ohio, the company said.", "ORG:Macy's"));
	CHECK(has("Diners at McDonald's waited longer on Friday.", "ORG:McDonald's"));
	/* With a word before the possessor or after the possessive. */
	CHECK(has("Shoppers at Trader Joe's waited an hour on Friday.", "ORG:Trader Joe's"));
	CHECK(has("Carl's Jr. opened its first restaurant in Pellmar.", "ORG:Carl's Jr."));
	/* A named operation is one other name; a minister's portfolio is no
	 * organization; "the port of" names a place. */
	const char *op = "He visited Canadian Armed Forces troops deployed on Operation UNIFIER to thank them.";
	CHECK(has(op, "MISC:Operation UNIFIER"));
	CHECK(lacks(op, "ORG:UNIFIER"));
	const char *pt = "Transport Minister Aurelia Mendes said the port of Santa Brisa would reopen.";
	CHECK(lacks(pt, "ORG:Transport"));
	CHECK(has(pt, "PERSON:Aurelia Mendes"));
	CHECK(has(pt, "PLACE:Santa Brisa"));
	/* A name before a weapon is its model; a nationality there stays one;
	 * a union leader and a radio station are no organization and person. */
	const char *wp = "Those movements, along with the deployment of Iskander short-range ballistic missiles, "
			 "worried Kyiv. It asked for Javelin anti-tank missiles and Patriot air-defence systems, "
			 "not Russian tanks.";
	CHECK(has(wp, "MISC:Iskander"));
	CHECK(has(wp, "MISC:Javelin"));
	CHECK(has(wp, "MISC:Patriot"));
	CHECK(has(wp, "GROUP:Russian"));
	CHECK(has(wp, "PLACE:Kyiv"));
	const char *un = "Union leader Marta Quispe told Radio Costa Norte the strike was over.";
	CHECK(lacks(un, "ORG:Union"));
	CHECK(has(un, "PERSON:Marta Quispe"));
	CHECK(lacks(un, "PERSON:Costa Norte"));
	CHECK(has(un, "ORG:Radio Costa Norte"));
	/* A ministry's portfolio goes on past "and"; a place after "and" is
	 * a name of its own. */
	const char *hs = "The Department of Health and Human Services and the Ministry of Finance and Pakistan agreed.";
	CHECK(has(hs, "ORG:Department of Health and Human Services"));
	CHECK(has(hs, "ORG:Ministry of Finance"));
	CHECK(has(hs, "PLACE:Pakistan"));
	/* and past a list of its parts that closes with "and"; a list that
	 * names other bodies is no portfolio. */
	CHECK(has("It is the plan of the Ministry of Transport, Rural Affairs and Housing, officials said.",
		  "ORG:Ministry of Transport, Rural Affairs and Housing"));
	CHECK(has("The Department of Forests, Fisheries, Water and Planning has been notified.",
		  "ORG:Department of Forests, Fisheries, Water and Planning"));
	CHECK(has("He met the Ministry of Finance, Reuters and the central bank.", "ORG:Ministry of Finance"));
	/* "with" and "to" may be inside a name: the model decides, not a list
	 * of words that never are. */
	CHECK(has("Delegates of the National Union of Women with Disabilities of Uganda met on Monday.",
		  "ORG:National Union of Women with Disabilities of Uganda"));
	/* A sentence's first word, one news text writes in lower case, is no
	 * person before a verb of saying ("The talks went on"). */
	CHECK(lacks("The talks went on, the sources said.", "PERSON:The"));
	CHECK(has("Macron said the talks would go on.", "PERSON:Macron"));
	const char *e = "Obama Administration Restores Endangered Species Act Protections\n\n"
			"The administration restored protections.";
	CHECK(has(e, "MISC:Endangered Species Act") || has(e, "ORG:Endangered Species Act"));
	/* A line of names is no headline to lower: "New York" stays whole. */
	CHECK(has("New York Beat Boston\n\nThe team beat its rival.", "PLACE:New York") ||
	      has("New York Beat Boston\n\nThe team beat its rival.", "ORG:New York"));
	/* A mixed-case sentence is left as it is. */
	CHECK(has("Shares of Apple rose on Monday.", "ORG:Apple"));
}

static void test_ner_place_rules(void)
{
	/* A place and the place it is in are two names. */
	const char *z = "The company said its plant at Seadrift, Texas, would close, and output at Paulsboro, New Jersey, "
			"would rise.";
	CHECK(has(z, "PLACE:Seadrift") && has(z, "PLACE:Texas"));
	CHECK(has(z, "PLACE:Paulsboro") && has(z, "PLACE:New Jersey"));
	/* A weekday after a name is its date, not part of it. */
	CHECK(has("Members of the Wasilla Bible Church Friday said the fire was set.", "ORG:Wasilla Bible Church"));
	CHECK(has("Members of the Wasilla Bible Church Friday said the fire was set.", "DATE:Friday"));
	/* A capital that speaks for its state is a place ("Minsk said"). */
	CHECK(has("Minsk said Russian troops continued to arrive in Belarus for the drills.", "PLACE:Minsk"));
	/* A numbered road is a place; a lower-case "state" is not its name. */
	CHECK(has("He was speeding down state Route 94 when the police stopped him.", "PLACE:Route 94"));
	CHECK(has("Traffic on Interstate 805 and State Route 52 was slow.", "PLACE:Interstate 805"));
	CHECK(has("Traffic on Interstate 805 and State Route 52 was slow.", "PLACE:State Route 52"));
}

static void test_ner_story_names(void)
{
	/* A person's surname and a team's name after its city are names of
	 * the story wherever it writes them, even where the model alone would
	 * read "Felt" as a verb. */
	const char *s = "Former FBI official W. Mark Felt revealed his secret on Tuesday. Felt was 91. The Kansas "
			"City Chiefs lost, and the Chiefs fired their coach.";
	CHECK(has(s, "PERSON:Felt"));
	CHECK(has(s, "ORG:Chiefs"));
	/* A word news text writes in lower case is not copied from one slip. */
	CHECK(lacks("The Action said so. Action was taken on Monday by the board.", "PERSON:Action"));
}

static void test_ner_caption(void)
{
	const char *text = "Skip to main content\n\n"
			   "A serviceman walks near Luganske village, in Donetsk region, Ukraine.ANATOLII STEPANOV/AFP/Getty Images\n\n"
			   "The story begins here, with more words than a caption has.\n";
	struct article *a = article_parse("c.txt", xstrdup(text), strlen(text));
	struct ner_list l = { 0 };
	ner_article(a, &l);
	int person = 0, place = 0;
	for (size_t i = 0; i < l.n; i++) {
		size_t n = l.v[i].end - l.v[i].start;
		if (l.v[i].type == NER_PERSON && n == 17 && memcmp(text + l.v[i].start, "ANATOLII STEPANOV", 17) == 0)
			person = 1;
		if (l.v[i].type == NER_PLACE && n == 7 && memcmp(text + l.v[i].start, "Ukraine", 7) == 0)
			place = 1;
	}
	CHECK(person);
	CHECK(place);
	ner_list_free(&l);
	article_free(a);
}

/* "TYPE:text|..." for the mentions ner_article finds in a plain article. */
static char *article_mentions(const char *text)
{
	struct article *a = article_parse("t.txt", xstrdup(text), strlen(text));
	struct ner_list l = { 0 };
	ner_article(a, &l);
	size_t cap = strlen(text) * 2 + 16 * (l.n + 1), o = 0;
	char *out = xmalloc(cap);
	out[0] = '\0';
	for (size_t i = 0; i < l.n; i++)
		o += (size_t)snprintf(out + o, cap - o, "|%s:%.*s", ner_type_name(l.v[i].type),
				      (int)(l.v[i].end - l.v[i].start), a->data + l.v[i].start);
	ner_list_free(&l);
	article_free(a);
	o += (size_t)snprintf(out + o, cap - o, "|");
	return out;
}

static void test_ner_trim_heads(void)
{
	/* A word before a name that the article writes without it is left
	 * out, and keeps the type the article gives it elsewhere. */
	const char *text = "Rovers Kofi Mensah arrested after crash\n\n"
			   "Police in Leeds arrested Kofi Mensah on Sunday. The Rovers said Kofi Mensah would miss the "
			   "game against the Wanderers, and Mensah was released on Monday.\n";
	char *m = article_mentions(text);
	CHECK(strstr(m, "|PERSON:Rovers Kofi Mensah|") == NULL);
	CHECK(strncmp(m, "|ORG:Rovers|PERSON:Kofi Mensah|", 31) == 0);
	if (strncmp(m, "|ORG:Rovers|PERSON:Kofi Mensah|", 31) != 0)
		printf("#   got %s\n", m);
	free(m);
	/* A given name the lexicon does not know stays too. */
	text = "Rep. Amadou St. Germain of Rhode Island said on Monday that he would resign. St. Germain "
	       "said the inquiry was over.\n";
	m = article_mentions(text);
	CHECK(strstr(m, "|PERSON:Amadou St. Germain|") != NULL);
	if (!strstr(m, "|PERSON:Amadou St. Germain|"))
		printf("#   got %s\n", m);
	free(m);
	/* A given name stays: Mary Ann Lopes is not Ann Lopes's title. */
	text = "Mary Ann Lopes said on Monday that she would stand. Her cousin Ann Lopes said she would not.\n";
	m = article_mentions(text);
	CHECK(strstr(m, "|PERSON:Mary Ann Lopes|") != NULL);
	if (!strstr(m, "|PERSON:Mary Ann Lopes|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_spaced_initials(void)
{
	/* Text from a tokenizer: initials written "C . " are not sentence
	 * ends, and "U . S ." is one name with what follows it. */
	const char *text = "The aide , Frederick C . LaRue , was convicted .\n\n"
			   "He met officials of the U . S . Marshals Service on Monday , and trade with the U . S . "
			   "rose .\n";
	char *m = article_mentions(text);
	CHECK(strstr(m, "|PERSON:Frederick C . LaRue|") != NULL);
	CHECK(strstr(m, "|ORG:U . S . Marshals Service|") != NULL);
	CHECK(strstr(m, "|PLACE:U . S .|") != NULL);
	CHECK(strstr(m, "|PLACE:U|") == NULL);
	if (strstr(m, "|PLACE:U . S .|") == NULL)
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_quoted_titles(void)
{
	/* A title in quotation marks is one name, whatever place the model
	 * sees in it; a quoted remark in lower case is not a title. */
	const char *text = "She starred in the film `` Paris Nights '' last year , and in \xe2\x80\x9cLondon Calling "
			   "Home\xe2\x80\x9d too .\n\nHe said \xe2\x80\x9cI will go to Paris\xe2\x80\x9d on Monday.\n";
	char *m = article_mentions(text);
	CHECK(strstr(m, "|MISC:Paris Nights|") != NULL);
	CHECK(strstr(m, "|MISC:London Calling Home|") != NULL);
	CHECK(strstr(m, "|PLACE:Paris|") != NULL);
	if (!strstr(m, "|MISC:Paris Nights|") || !strstr(m, "|PLACE:Paris|"))
		printf("#   got %s\n", m);
	free(m);
}

/* Whether some mention of s, of any type, is exactly the text want. */
static int has_span(const char *s, const char *want)
{
	char *m = mentions(s);
	char *bar = xasprintf("|%s|", m);
	char *w = xasprintf(":%s|", want);
	int ok = strstr(bar, w) != NULL;
	if (!ok)
		printf("#   in \"%s\": want a span %s, got %s\n", s, want, m);
	free(m);
	free(bar);
	free(w);
	return ok;
}

static void test_ner_span_cuts(void)
{
	/* ANNOTATION.md's spans where the model runs words into a name: a
	 * leading "the" of a quoted title, a hyphenated modifier, a score, a
	 * match week, what follows a company's legal form, and two names
	 * joined by "and" after a place are outside. */
	CHECK(has_span("They saw \"The Big Lebowski\" twice.", "Big Lebowski"));
	CHECK(lacks("They saw \"The Big Lebowski\" twice.", "MISC:The Big Lebowski"));
	const char *h = "The cable was laid with Indian-registered Reliance GlobalCom directing a ship .";
	CHECK(has_span(h, "Reliance GlobalCom"));
	CHECK(has(h, "GROUP:Indian"));
	CHECK(has_span("Sixty-year-old Sharron Diane Crawford Smith is now accused of murder .",
		       "Sharron Diane Crawford Smith"));
	CHECK(has_span("Indiana State , which defeated Evansville 51 - 50 on Friday , plays next .", "Evansville"));
	CHECK(has_span("Manning threw three touchdowns to lead the Colts over the Jaguars in Week 16 .", "Jaguars"));
	CHECK(has_span("Nelson Kirkpatrick , 61 , opened fire at the TallGrass Distribution Ltd Christmas party .",
		       "TallGrass Distribution Ltd"));
	CHECK(has("It bought a stake in Paris-based DIM S.A., a hosiery maker.", "ORG:DIM S.A."));
	const char *d = "Bush will miss the final two games against Detroit and Carolina.";
	CHECK(has_span(d, "Detroit"));
	CHECK(has_span(d, "Carolina"));
	/* A name the lexicon knows whole, "and" and all, stays whole. */
	CHECK(has_span("She flew to Bosnia and Herzegovina on Monday.", "Bosnia and Herzegovina"));
}

/* Whether the article of text has (present) or lacks a mention "TYPE:want"
 * (or of any type, for type NULL). */
static int article_expect(const char *text, const char *type, const char *want, int present)
{
	char *m = article_mentions(text);
	char *w = type ? xasprintf("|%s:%s|", type, want) : xasprintf(":%s|", want);
	int ok = (strstr(m, w) != NULL) == present;
	if (!ok)
		printf("#   in \"%s\": %s %s, got %s\n", text, present ? "want" : "did not want", w, m);
	free(m);
	free(w);
	return ok;
}

/* Whether the article of text has a mention "TYPE:want" (or of any type,
 * for type NULL). */
static int article_has(const char *text, const char *type, const char *want)
{
	return article_expect(text, type, want, 1);
}

/* Whether the article of text has no mention that is exactly unwanted. */
static int article_lacks(const char *text, const char *unwanted)
{
	return article_expect(text, NULL, unwanted, 0);
}

static void test_ner_amount_currency(void)
{
	/* Wire copy's capital on a currency after "U.S." and an amount: the
	 * country and a common noun, not one name. */
	const char *t = "TAIPEI, March 3 - Taiwan said its surplus widened to a record 13.6 billion U.S. Dlrs in 1986 "
			"from 10.2 billion.\n    Textile exports rose to 7.8 billion U.S. Dlrs, and Kessler Trading offered "
			"to buy wheat at 85 U.S. Dlrs a tonne.\n";
	CHECK(article_lacks(t, "U.S. Dlrs"));
	CHECK(article_lacks(t, "Dlrs"));
	CHECK(article_has(t, "PLACE", "U.S."));
	/* And before "per", a rate's. */
	CHECK(article_lacks("Manila copra - april 8 copra (u.S. Dlrs per tonne cif europe) junjul 270\n", "u.S. Dlrs"));
	/* A country's abbreviation of two dotted capitals the lists lack is
	 * one there too. */
	t = "WELLINGTON, March 3 - Official reserves fell to 7.15 billion N.Z. Dlrs in January, and deposits rose "
	    "to 17.18 billion N.Z. Dlrs.\n";
	CHECK(article_lacks(t, "N.Z. Dlrs"));
	CHECK(article_has(t, "PLACE", "N.Z."));
	/* A currency's word without an amount too. */
	t = "The deposits, held by 15 banks in Strelsau, were mainly in U.S. Dollars with the remainder in bonds.\n";
	CHECK(article_lacks(t, "U.S. Dollars"));
}

static void test_ner_title_acronyms(void)
{
	/* A word in capitals among words in lower case that spells a title
	 * is an acronym, not the title ("Sri"): it stays a name. */
	const char *t = "In the first half of 2022 , the SRI has collected USD 29 million for the wealth tax , the SRI "
			"said .\n";
	CHECK(article_has(t, "ORG", "SRI"));
	/* A headline in capitals still reads its titles as titles. */
	CHECK(article_lacks("Title: SRI LANKA'S PM SEES GROWTH\n\nThe prime minister spoke.\n", "PM"));
}

static void test_ner_trailing_hyphens(void)
{
	/* The shared end of two compounds written once: one name where a
	 * name follows "und", and no name ends in the hyphen. */
	CHECK(article_has("FRANKFURT, March 3 - Nordmark Hypotheken- und Wechsel-Bank AG said its profit rose.\n", "ORG",
			  "Nordmark Hypotheken- und Wechsel-Bank AG"));
	CHECK(article_lacks("FRANKFURT, March 3 - Nordmark Hypotheken- und Wechsel-Bank AG said its profit rose.\n",
			    "Nordmark Hypotheken-"));
}

static void test_ner_products(void)
{
	/* Names a story writes with a kind of software are products, other
	 * names, where the model took them for people or places; a longer
	 * name that starts with one is an edition of it. */
	const char *t = "The foundation makes the Quillfox web browser and the Larkbird email client.\n\n"
			"Quillfox uses the Mandrel layout engine. As of late 2015, Quillfox had about 10% of usage, "
			"and Larkbird lost users.\n\nQuillfox Sync lets users share bookmarks.\n";
	CHECK(article_has(t, "MISC", "Quillfox"));
	CHECK(article_expect(t, "PERSON", "Quillfox", 0));
	CHECK(article_has(t, "MISC", "Larkbird"));
	CHECK(article_has(t, "MISC", "Mandrel"));
	CHECK(article_has(t, "MISC", "Quillfox Sync"));
	/* Not a body named after it. */
	const char *f = "The foundation makes the Quillfox web browser.\n\nThe Quillfox Foundation said so.\n";
	CHECK(article_has(f, "ORG", "Quillfox Foundation"));
	/* A headset's name too (an invented headset). */
	CHECK(article_has("Apple unveiled the Varnix Pro headset on Monday . The Varnix Pro costs more .\n", "MISC",
			  "Varnix Pro"));
	/* A spacecraft's and a telescope's (invented). */
	const char *c = "The Kessby lander touched down, and the Varnak spacecraft docked. The Telvar space telescope "
			"found it.\n\nKessby sent pictures.\n";
	CHECK(article_has(c, "MISC", "Kessby") && article_has(c, "MISC", "Varnak") && article_has(c, "MISC", "Telvar"));
	CHECK(article_expect(c, "ORG", "Kessby", 0) && article_expect(c, "PLACE", "Varnak", 0));
	/* A company the lists know keeps its type before such a noun. */
	CHECK(article_has("Users of the Microsoft operating system were told to update it.\n", "ORG", "Microsoft"));
	/* And a person named with a title is a person ("Mr. Quillfox"). */
	const char *p = "Mr. Quillfox said the Quillfox browser was his.\n\nQuillfox said it was ready.\n";
	CHECK(article_expect(p, "MISC", "Quillfox", 0));
	/* Programming languages and a mail service the list knows are
	 * products without their kind. */
	const char *q = "The site runs on JavaScript and PHP; mail goes through Gmail.\n";
	CHECK(article_has(q, "MISC", "JavaScript"));
	CHECK(article_has(q, "MISC", "Gmail"));
	/* Kinds in the plural, and kinds of program besides browsers. */
	const char *r = "Projects compile to Varnix, which runs in Varnix runtimes on servers.\n";
	CHECK(article_has(r, "MISC", "Varnix"));
	CHECK(article_expect(r, "PERSON", "Varnix", 0));
	CHECK(article_has("The Varnix module imports its functions from the page.\n", "MISC", "Varnix"));
	/* A phone's app, as the Worldwide articles type "WeChat". */
	const char *a = "The ministry launched the Sehtawi app on Monday.\n\nUsers of the Kessly app must register.\n";
	CHECK(article_has(a, "MISC", "Sehtawi"));
	CHECK(article_has(a, "MISC", "Kessly"));
}

static void test_ner_maker_products(void)
{
	/* A person's name that starts with the name of a company the story
	 * names with its legal form is the company's product. */
	CHECK(article_has("Tarvex Inc said its Tarvex Mendoza phone sold well.\n", "MISC", "Tarvex Mendoza"));
	CHECK(article_has("Corvane Corporation said Corvane Webmaker helps people write pages.\n", "MISC",
			  "Corvane Webmaker"));
	/* Not where the first word is a given name. */
	CHECK(article_has("Douglas Inc said Douglas Mendoza would lead it.\n", "PERSON", "Douglas Mendoza"));
}

static void test_ner_partner_pairs(void)
{
	/* Two names joined by "and" after a kind of firm are one firm, there
	 * and wherever the story repeats the pair. */
	char *m = article_mentions("Bill Martin, economist at brokers Kestler and Brannock, said a rise was near. "
				   "Martin, of Kestler and Brannock, said it would be small.\n");
	CHECK_STR(m, "|PERSON:Bill Martin|ORG:Kestler and Brannock|PERSON:Martin|ORG:Kestler and Brannock|");
	free(m);
	/* Not two people a story names so without such a noun. */
	CHECK(article_lacks("Kestler and Brannock met on Monday, the two men said.\n", "Kestler and Brannock"));
	/* Nor where the first is a given name. */
	CHECK(article_lacks("He said the bank Anna and Kestler ran was sold.\n", "Anna and Kestler"));
	/* Nor where a list knows either as a company of its own (general
	 * knowledge). */
	CHECK(article_lacks("The iPhone maker Apple and Microsoft led technology stocks higher .\n",
			    "Apple and Microsoft"));
	/* The last two of a list before a group's name are two firms, not
	 * one named after its partners. */
	char *l = article_mentions("The index rose , led by Vantrelco , Quissamo and Doan Kiet Group .\n");
	CHECK(strstr(l, "Quissamo and") == NULL && strstr(l, "|ORG:Doan Kiet Group|") != NULL);
	if (!(strstr(l, "Quissamo and") == NULL && strstr(l, "|ORG:Doan Kiet Group|") != NULL))
		printf("#   got %s\n", l);
	free(l);
}

static void test_ner_money_units(void)
{
	/* A unit of account is an other name, not an organization by its
	 * "Unit". */
	const char *t = "The Nordic Currency Unit rose against the dollar on Monday.\n";
	CHECK(article_has(t, "MISC", "Nordic Currency Unit"));
	CHECK(article_expect(t, "ORG", "Nordic Currency Unit", 0));
	/* So is an interbank rate of the -IBOR family; not a town so named. */
	CHECK(article_has("Loans were priced at 1/2 point over the Tarvel Interbank Offered Rate, or TIBOR, and over "
			  "LIBOR, on Monday.\n",
			  "MISC", "LIBOR"));
	CHECK(article_has("The Slovenian town of Maribor said so on Monday.\n", "PLACE", "Maribor"));
	/* A currency's code before an amount is no name; a conference's
	 * letters before its number are. */
	const char *c = "Onions fell to PHP 140 per kilo , and exports reached USD 2.5 billion , the bureau said .\n";
	CHECK(article_lacks(c, "PHP") && article_lacks(c, "USD"));
	CHECK(article_has("Delegates met at COP 26 in Glasgow .\n", "MISC", "COP 26"));
}

static void test_ner_lower_compass(void)
{
	/* A point of the compass in lower case before a place says where in
	 * it and is no part of its name. */
	const char *t = "Floods hit northern Sumatra and northern Tarvelo province on Monday.\n";
	CHECK(article_has(t, "PLACE", "Sumatra"));
	/* With the kind of place or without: the model's training writes
	 * both. */
	CHECK(article_has(t, "PLACE", "Tarvelo") || article_has(t, "PLACE", "Tarvelo province"));
	CHECK(article_lacks(t, "northern"));
	/* In capitals it is one ("Northern Tarvelo"). */
	CHECK(article_has("Floods hit Northern Tarvelo on Monday.\n", "PLACE", "Northern Tarvelo"));
}

static void test_ner_nationality_bodies(void)
{
	/* A nationality and an organization's head word are the
	 * organization, wherever the model took the name for a place; a
	 * military district is a command. */
	CHECK(article_has("Parts of the Latvian Railway website were down on Monday.\n", "ORG", "Latvian Railway"));
	CHECK(article_has("Troops from the Tarvel Military District joined drills on Monday.\n", "ORG",
			  "Tarvel Military District"));
	/* Not a polity a list knows, nor a kind of place. */
	CHECK(article_has("Grain from the Soviet Union reached the port on Monday.\n", "PLACE", "Soviet Union"));
}

static void test_ner_route_pairs(void)
{
	/* Two places joined by a hyphen before the road between them are
	 * two places, whether the hyphen is spaced or not. */
	const char *t = "The Tarvo-Keslani railway and the Varnel Odo - Brusk road opened on Monday.\n";
	CHECK(article_has(t, "PLACE", "Tarvo"));
	CHECK(article_has(t, "PLACE", "Keslani"));
	CHECK(article_has(t, "PLACE", "Varnel Odo"));
	CHECK(article_has(t, "PLACE", "Brusk"));
	CHECK(article_lacks(t, "Tarvo-Keslani"));
	/* Not a compound's prefix, nor a name with no road after it. */
	CHECK(article_lacks("The Trans-Keslani railway opened on Monday.\n", "Keslani"));
	CHECK(article_lacks("Tarvo-Keslani opened a shop on Monday.\n", "Keslani"));
}

static void test_ner_tracker_labels(void)
{
	/* A bug tracker's label before an issue's number is no name (the
	 * lists know the river Bug). */
	const char *t = "Thanks to Dana Kestler for fixing Bug 1678616 and Bug 1673669 in the menu last week.\n";
	CHECK(article_lacks(t, "Bug"));
	CHECK(article_has(t, "PERSON", "Dana Kestler"));
	/* The river stays, and so does a number too short to be an issue's. */
	CHECK(article_has("Floods hit villages along the Bug on Monday.\n", "PLACE", "Bug"));
}

static void test_ner_ticker_names(void)
{
	/* A name wire copy follows with its ticker is a listed company's,
	 * and the ticker is no name of its own: "<KSD>" of the 1980s wire,
	 * "(ORVN.L)" of today's, a press release's "(NYSE: MLWF)". */
	const char *t = "Shares of Kestrel Dynamics Inc <KSD> rose 2 pct, while Marlow Foods Corp. (NYSE: MLWF) and "
			"Orvane Holdings Ltd (ORVN.L) fell.\n";
	CHECK(article_has(t, "ORG", "Kestrel Dynamics Inc"));
	CHECK(article_has(t, "ORG", "Marlow Foods Corp."));
	CHECK(article_has(t, "ORG", "NYSE"));
	CHECK(article_lacks(t, "KSD"));
	CHECK(article_lacks(t, "MLWF"));
	CHECK(article_lacks(t, "ORVN.L"));
	/* Whatever the model made of the name. */
	t = "Traders sold Dorran Kessel <DKL> and bought Hollis Tarvin <HTV> on Monday.\n";
	CHECK(article_has(t, "ORG", "Dorran Kessel"));
	CHECK(article_has(t, "ORG", "Hollis Tarvin"));
	/* A people's word before a ticker ends the firm's name that
	 * capitalised words start. */
	CHECK(article_has("Traders said that Varnel Dutch <VD> stock rose on Monday.\n", "ORG", "Varnel Dutch"));
	CHECK(article_has("Shares of Tarvo Swiss <TSW> rose on Monday.\n", "ORG", "Tarvo Swiss"));
	/* So does a place after "of" and a legal form ("Co of America"),
	 * in a headline's capitals too. */
	t = "A unit of Kessel Ag of Germany <KSG.F> and Varnel Oil Co of the U.S. <VOC> said on Monday that it "
	    "would sell.\n";
	CHECK(article_has(t, "ORG", "Kessel Ag of Germany"));
	CHECK(article_has(t, "ORG", "Varnel Oil Co of the U.S."));
	CHECK(article_has("Title: TARVO CORP OF AMERICA <TCA> 1ST QTR NET\n\n    Shr 34 cts vs 1.19 dlrs\n", "ORG",
			  "TARVO CORP OF AMERICA"));
	/* After a possessive, a ticker is another company's. */
	t = "Shares of Tarvo Corp <TRV> and France's <KSNM> fell on Monday.\n";
	CHECK(article_has(t, "PLACE", "France"));
	CHECK(article_has(t, "ORG", "KSNM"));
	/* A ticker no name stands before is the company's name there. */
	CHECK(article_has("Traders bought a stake in <KSDL> on Monday.\n", "ORG", "KSDL"));
	/* Brackets that hold no ticker change nothing. */
	CHECK(article_has("The European Union (EU) said on Monday that Dorran Kessel would lead it.\n", "PERSON",
			  "Dorran Kessel"));
}

static void test_ner_ticker_headlines(void)
{
	/* A headline's name in capitals before its ticker stays, a company,
	 * where the story never writes it in mixed case... */
	const char *t = "Title: KESLANI TARVO INC <KTI> YEAR NET\n\n    DALLAS, March 2 -\n    Shr 34 cts vs 1.19 dlrs\n"
			"    Net 807,000 vs 2,858,000\n";
	CHECK(article_has(t, "ORG", "KESLANI TARVO INC"));
	/* ...and from the headline's start where the story writes the
	 * words from there as the first of a name. */
	t = "Title: VARNEL FOODS <VFD> SEES HIGHER PROFIT\n\n    DALLAS, March 2 - Varnel Foods Co said its "
	    "profit would rise.\n";
	CHECK(article_has(t, "ORG", "VARNEL FOODS"));
	t = "Title: JUDGE FOODS <JFD> SEES HIGHER PROFIT\n\n    DALLAS, March 2 - Judge Foods Co said its profit "
	    "would rise.\n";
	CHECK(article_has(t, "ORG", "JUDGE FOODS"));
	/* A town after the headline's first word ends the firm's name that
	 * word starts, but not after a headline's verb. */
	CHECK(article_has("Title: FIRST MADISON <FMD> SEES HIGHER PROFIT\n\n    Shr 34 cts vs 1.19 dlrs\n", "ORG",
			  "FIRST MADISON"));
	CHECK(article_lacks("Title: KESTREL CALLS MADISON <MDS> OFFER UNFAIR\n\n    Shr 34 cts vs 1.19 dlrs\n",
			    "KESTREL CALLS MADISON"));
	/* A headline's name the model cut short is the longer name of a
	 * company the story writes in mixed case, its legal form aside. */
	t = "Title: TARVEL PRESIDENTIAL SETS PAYOUT\n\n    NEW YORK, March 2 - Tarvel Presidential Corp said it set a "
	    "payout, and Tarvel Presidential stock rose.\n";
	CHECK(article_has(t, "ORG", "TARVEL PRESIDENTIAL"));
	CHECK(article_lacks(t, "TARVEL"));
	/* A headline without a ticker keeps only what the story confirms. */
	CHECK(article_lacks("Title: KESLANI TARVO INC YEAR NET\n\n    DALLAS, March 2 -\n    Shr 34 cts vs 1.19 dlrs\n",
			    "KESLANI TARVO INC"));
}

static void test_ner_role_plurals(void)
{
	/* The plural of a role's abbreviation is no one's name. */
	const char *t = "LONDON, April 2 - A parliamentary motion, signed by 98 MPs, today urged the government to act, "
			"influential MPs said.\n";
	CHECK(article_lacks(t, "MPs"));
	CHECK(article_has(t, "PLACE", "LONDON"));
	/* The seat spelt out is no body. */
	t = "Madam Ursula Kessel , the Member of Parliament for the area , said the school would open .\n";
	CHECK(article_lacks(t, "Member of Parliament"));
	CHECK(article_has(t, "PERSON", "Ursula Kessel"));
	/* Nor a department's plural noun on a contact's line (invented
	 * contact). */
	CHECK(article_lacks("Media Contact:\nLaura Kessel\nInvestor Relations\nir@kessmark.example\n", "Relations"));
	/* Nor a Cabinet Secretary's portfolio (invented minister). */
	t = "Interior Cabinet Secretary Halima Kessoe visited the victims, and the Cabinet met on Monday.\n";
	CHECK(article_lacks(t, "Interior Cabinet") && article_has(t, "PERSON", "Halima Kessoe"));
	CHECK(article_has(t, "ORG", "Cabinet"));
}

static void test_ner_story_name_heads(void)
{
	/* A company's first word and numeral where the story names it
	 * whole, not a person by the given name. */
	const char *t = "A court barred Kevin IV Industries Inc from buying more Tarvel stock until Kevin IV complies "
			"with the law, the company said.\n";
	CHECK(article_has(t, "ORG", "Kevin IV"));
	CHECK(article_lacks(t, "Kevin"));
	/* A name the model cut at its numeral before the legal form is
	 * one. */
	t = "Tarvel 1 Imports Inc said on Monday that Tarvel 1 sales rose.\n";
	CHECK(article_has(t, "ORG", "Tarvel 1 Imports Inc"));
	CHECK(article_has(t, "ORG", "Tarvel 1"));
	/* Not a word in the middle of the whole name. */
	t = "Varnel R and M Inc said on Monday that Varnel R stock rose.\n";
	CHECK(article_has(t, "ORG", "Varnel"));
	CHECK(article_lacks(t, "Varnel R"));
}

static void test_ner_sentence_lower_heads(void)
{
	/* A word capitalised only as a sentence's first, that the story
	 * writes in lower case too, does not start a person's name. */
	const char *t = "Standalone Delsa mode still helps here, as a standalone build needs no page.\n";
	CHECK(article_lacks(t, "Standalone Delsa"));
	CHECK(article_lacks(t, "Standalone"));
	/* A given name, a title or a surname's particle stays. */
	CHECK(article_has("Van Driel said the standalone plan and the van were ready.\n", "PERSON", "Van Driel"));
}

static void test_ner_story_acronyms(void)
{
	/* A name's initials in capitals are its acronym where the story
	 * uses them and the model found nothing (invented names; a real
	 * product for the version glued on). */
	char *m = article_mentions("Title: Board\n\nThe Varnel Mining Board said on Monday that it would cut output .\n"
				   "A VMB spokesman said the cut was small , and shares rose after VMB spoke .\n");
	CHECK_STR(m, "|ORG:Varnel Mining Board|DATE:Monday|ORG:VMB|ORG:VMB|");
	free(m);
	m = article_mentions("Title: Patch\n\nMicrosoft issued a patch for Internet Explorer on Tuesday .\nThe flaw is "
			     "used in attacks on IE8 and IE9 , and users of IE should update .\n");
	CHECK(strstr(m, "|MISC:IE8|MISC:IE9|MISC:IE|") != NULL);
	free(m);
	/* Not the first letters of a longer name ("KM General"), nor after
	 * a number ("12:01 KM"), nor in a headline in capitals. */
	m = article_mentions("Title: Plant\n\nThe Kestrel Motors unit sold the KM General plant on Monday .\n");
	CHECK(strstr(m, "|ORG:KM|") == NULL);
	free(m);
	m = article_mentions("Title: Film\n\nThe Kestrel Motors unit made the film \"12:01 KM\" on Monday .\n");
	CHECK(strstr(m, "|ORG:KM|") == NULL);
	free(m);
	m = article_mentions("Title: OUTPUT TO FALL, SAYS VMB\n\nThe Varnel Mining Board said on "
			     "Monday it would cut output .\n");
	CHECK(strstr(m, ":VMB|") == NULL);
	free(m);
}

static void test_ner_compass_places(void)
{
	/* A part of a place named by a point of the compass is one place. */
	char *m = article_mentions("Title: Trial\n\nHe was convicted of murder in a workplace rampage in Northeast "
				   "Philadelphia that left two women dead .\n");
	CHECK_STR(m, "|PLACE:Northeast Philadelphia|");
	free(m);
	/* A war's front named by a point of the compass is a place; a
	 * party's front a body (invented party). */
	m = article_mentions("The Kessby Regiment served on the Western Front until 1917 and on the Eastern Front in "
			     "1918, while the Varnesian National Front won the election.\n");
	CHECK(strstr(m, "|PLACE:Western Front|") != NULL && strstr(m, "|PLACE:Eastern Front|") != NULL);
	CHECK(strstr(m, "|ORG:Varnesian National Front|") != NULL);
	free(m);
	/* "the Moon" is a place (an invented lander). */
	CHECK(article_has("The agency landed its Kessby lander near the Moon's south pole on Wednesday.\n", "PLACE",
			  "Moon"));
	/* A name after a point in lower case is a place's, and so are the
	 * story's other mentions of it. */
	m = article_mentions("The Ostra is a river in southern Tessaly and northern Velmaria .\nThe river forms part of "
			     "the border between Tessaly and Velmaria .\n");
	CHECK_STR(m, "|PLACE:Ostra|PLACE:Tessaly|PLACE:Velmaria|PLACE:Tessaly|PLACE:Velmaria|");
	free(m);
}

/* "Internet" capitalised is the name of one thing, an other name, where
 * the model found nothing; not a longer word, not inside a name, and not
 * in a language that capitalises its common nouns. */
static void test_ner_title_people(void)
{
	/* A title one person holds names him where no name follows it; with
	 * a name after it, the name is the person. */
	char *m = article_mentions("The Dalai Lama said on Monday that he would visit Ladakh.\n\n"
				   "Later the Dalai Lama Tenzin Gyatso spoke to monks.\n");
	CHECK_STR(m, "|PERSON:Dalai Lama|DATE:Monday|PLACE:Ladakh|PERSON:Tenzin Gyatso|");
	free(m);
}

static void test_ner_role_acronyms(void)
{
	/* An abbreviation a story gives a role is no name, nor are the
	 * role's words; a body's whose name ends in a role's word stays
	 * (invented names). */
	char *m = article_mentions("Police fired blank shots , said Tolan Nirbahi Officer ( TNO ) Rana Kabir . The TNO said "
				   "calm had returned .\nThe Varden Bureau of Justice (VBJ) said so .\n");
	CHECK_STR(m, "|PERSON:Rana Kabir|ORG:Varden Bureau of Justice|ORG:VBJ|");
	free(m);
}

static void test_ner_proper_nouns(void)
{
	CHECK(article_has("Traffic on the Internet slowed after two cables were cut .\n", "MISC", "Internet"));
	CHECK(article_has("Internet and telephone links were cut on Friday .\n", "MISC", "Internet"));
	CHECK(article_has("Users of Internet Explorer 8 should update it .\n", "MISC", "Internet Explorer"));
	CHECK(article_lacks("Users of Internet Explorer 8 should update it .\n", "Internet"));
	CHECK(article_lacks("Users of Internet Explorer were told to update it .\n", "Internet"));
	CHECK(article_lacks("The Internets of old and the InternetVE campaign .\n", "Internet"));
	CHECK(article_lacks("Die Regierung will das Internet schneller machen , sagte der Minister f\xc3\xbcr "
			    "Digitales am Montag in Berlin . Die Kosten f\xc3\xbcr die B\xc3\xbcrger sind noch nicht "
			    "bekannt , und die Firmen warten .\n",
			    "Internet"));
}

static void test_ner_square_brackets(void)
{
	/* No name holds a square bracket: a page's footer ("[Page 1]")
	 * after the author's name, which the model ran into it. */
	const char *pg = "The draft by Anna B. de Yong says.\n\nde Yong [Page 1]\n\nSome more text here.\n\n"
			 "de Yong [Page 2]\n\nMore.\n";
	CHECK(article_has(pg, "PERSON", "de Yong"));
	CHECK(article_lacks(pg, "de Yong [Page"));
	/* But an editor's brackets around a word of the name in a quotation
	 * are inside it. */
	CHECK(article_has("`` He made a smart play by dropping off of Marcus [ Pellerin ] , '' Okafor said .\n", "PERSON",
			  "Marcus [ Pellerin"));
}

static void test_ner_given_names(void)
{
	/* A given name the model types apart from the rest of the person's
	 * name is the person's; a demonym, a place after "from" and a team
	 * the article names alone are not. */
	CHECK(article_has("Obama will nominate Regina M . Benjamin as surgeon general .\n", "PERSON",
			  "Regina M . Benjamin"));
	CHECK(article_has("A driver hit and killed a 66-year-old LuAnn Marie Johnson in the parking lot .\n", NULL,
			  "LuAnn Marie Johnson"));
	const char *j = "She flew in from Regina Sandra Masters said .\n";
	CHECK(article_has(j, NULL, "Regina"));
	CHECK(article_has(j, NULL, "Sandra Masters"));
	CHECK(article_has("The climber was Australian Duncan Rait , 36 , police said .\n", NULL, "Duncan Rait"));
	const char *t = "Chargers Jamal Williams arrested\n\nThe Chargers said Jamal Williams was arrested early on "
			"Sunday . The Chargers had no comment .\n";
	char *m = article_mentions(t);
	CHECK(strstr(m, "|PERSON:Chargers Jamal Williams|") == NULL);
	free(m);
}

static void test_ner_lone_suffixes(void)
{
	/* A company's suffix after a word in brackets ends the name before
	 * the bracket, a place in the bracket included. */
	CHECK(article_has("HONG KONG, March 2 - Tarvel Kong (Holdings) Ltd said on Monday it would buy the stake .\n",
			  "ORG", "Tarvel Kong (Holdings) Ltd"));
	CHECK(article_has("The lead manager was Marlowe Securities Co (Europe) Ltd , which said the bond sold well .\n",
			  "ORG", "Marlowe Securities Co (Europe) Ltd"));
}

static void test_ner_tickers(void)
{
	/* A ticker in angle brackets is no part of the company's name before
	 * it, glued to it or not. */
	CHECK(article_has("LONDON, June 19 - Tarvel Widget Plc<TWP.L> said it agreed to buy the stake.\n", "ORG",
			  "Tarvel Widget Plc"));
	CHECK(article_has("NEW YORK, June 19 - Marlowe Harbin Co <MHC> said it agreed to buy the stake.\n", "ORG",
			  "Marlowe Harbin Co"));
	char *m = article_mentions("LONDON, June 19 - Tarvel Widget Plc<TWP.L> said it agreed to buy the stake.\n\n"
				   "NEW YORK, June 19 - Marlowe Harbin Co <MHC> said it agreed to buy the stake.\n");
	CHECK(strchr(m, '<') == NULL && strchr(m, '>') == NULL);
	if (strchr(m, '<') || strchr(m, '>'))
		printf("#   %s\n", m);
	free(m);
}

static void test_ner_inner_phrases(void)
{
	/* Two names joined by "and" that the story writes inside an
	 * organization's longer name are that organization, one name; two
	 * places so joined stay two. */
	const char *t = "LONDON, March 3 - Harlow and Brindle Plc said on Tuesday it would sell its stake.\n\n"
			"Analysts said Harlow and Brindle shares rose 5 pct.\n\n"
			"The Hong Kong and Macau Affairs Office said flights between Hong Kong and Macau would resume.\n";
	char *m = article_mentions(t);
	int whole = strstr(m, "|ORG:Harlow and Brindle|") != NULL;
	int places = strstr(m, "|PLACE:Hong Kong|") != NULL && strstr(m, "|PLACE:Macau|") != NULL;
	CHECK(whole);
	CHECK(places && strstr(m, ":Hong Kong and Macau|") == NULL);
	if (!whole || !places)
		printf("#   %s\n", m);
	free(m);
}

static void test_ner_table_words(void)
{
	/* A table's column word in capitals beside a number is no name; a
	 * place in capitals on such a line stays a name. */
	const char *t = "Date: 7-APR-1987 08:32:36.03\n\n\nOPEN INTEREST ISSUED 7-APR\nFOR PREVIOUS TRADING DAY\n"
			"PORK BELLIES          LIVE HOGS\n      OPEN                   OPEN\n"
			" MAY7  4676  OFF 238  APR7   5069  OFF 485\n JUL7  3989  UP   14  JUN7  12062  UP  211\n"
			" AUG7  1682  UP    4  JUL7   5415  UP  114\n FEB8  1215  UP   29  AUG7   3346  UP  147\n"
			" LONDON  97  UP 3\n";
	char *m = article_mentions(t);
	CHECK(strstr(m, ":UP|") == NULL && strstr(m, ":OFF|") == NULL);
	CHECK(strstr(m, ":LONDON|") != NULL);
	if (strstr(m, ":UP|") || !strstr(m, ":LONDON|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_wrapped_lines(void)
{
	/* Wire copy's dateline line and the lines that carry a sentence on
	 * are prose, not title-case headlines: their words keep their case
	 * though the story writes them in lower case elsewhere. */
	CHECK(article_has("Title: RATES RISE\n\n    CLEVELAND, Feb 26 - The Freedonia Home Loan Bank Board said\n"
			  "that rates would rise in March. The board said a home loan from the bank\nwould cost more.\n",
			  "ORG", "Freedonia Home Loan Bank Board"));
}

static void test_ner_first_word_of_company(void)
{
	/* A capitalised ordinary word before a company's name inside a
	 * sentence is the name's first word. */
	CHECK(article_has("Its First Freedonian Title Insurance Co unit entered into a lease on Monday .\n", "ORG",
			  "First Freedonian Title Insurance Co"));
}

static void test_ner_nationality_title(void)
{
	/* A nationality before a title of a portfolio is the nationality:
	 * no ministry is named; before an organization's name it is part of
	 * it. */
	const char *t = "He met Japanese Finance Minister Anna Varga on Monday .\n";
	CHECK(article_has(t, "GROUP", "Japanese"));
	CHECK(article_has("The Belarusian Railway said on Monday that trains ran .\n", "ORG", "Belarusian Railway"));
}

static void test_ner_center_on(void)
{
	/* An organization's head word and "on" or "for" read a portfolio as
	 * a ministry's "of" does, and a possessor of two words is a name of
	 * its own; one of a single word may be part of the name. */
	const char *t = "But a new report released on Monday by Tarvel State University's Center on Hunger and "
			"Housing calls that into question .\n";
	CHECK(article_has(t, "ORG", "Center on Hunger and Housing"));
	CHECK(article_has(t, NULL, "Tarvel State University"));
	CHECK(article_has("The People's Daily said on Monday that the talks would resume .\n", NULL,
			  "People's Daily"));
}

static void test_ner_person_of(void)
{
	/* A full name ends before "of" and what follows. */
	char *m = article_mentions("The shares rose , said Peter Varga of Smith on Monday .\n");
	CHECK(strstr(m, "|PERSON:Peter Varga|") != NULL);
	if (!strstr(m, "|PERSON:Peter Varga|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_person_then_abbreviation(void)
{
	/* A dotted abbreviation of a place after a full name in a headline
	 * is the place, not the end of the name. */
	char *m = article_mentions("Laura Simon U.S. Surgeon General nominee\n\nPresident Obama named Laura "
				   "Simon on Monday.\n");
	CHECK(strncmp(m, "|PERSON:Laura Simon|PLACE:U.S.|", 31) == 0);
	if (strncmp(m, "|PERSON:Laura Simon|PLACE:U.S.|", 31) != 0)
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_label_colon(void)
{
	/* A title before a colon is not part of the name after it (a model
	 * ran "General: Onion" together; the one retrained after the
	 * tokenizer's change of 2026-12-02 does not, and the rule stands for
	 * the next). */
	char *m = article_mentions("Senator to Name Dr. Anna Varga Surgeon General: Onion headline or actual news?\n\n"
				   "According to the report, the president spoke. The Onion said so.\n");
	CHECK(strstr(m, "General") == NULL && strstr(m, ":Onion|") != NULL);
	if (strstr(m, "General") != NULL)
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_hyphen_tail_of_two_words(void)
{
	/* Inside a hyphenated compound only the name is the span, of two
	 * words as of one; a person's hyphenated given name stays whole. */
	char *m = article_mentions("A Los Angeles-based company and a World Bank-led group met on Monday , said Tan "
				   "Yin-fat , the chairman .\n");
	const char *want = "|PLACE:Los Angeles|ORG:World Bank|DATE:Monday|PERSON:Tan Yin-fat|";
	CHECK_STR(m, want);
	free(m);
}

static void test_ner_own_possessive(void)
{
	/* A company whose name holds a possessive after its first word
	 * goes by it in the story's short form; an acronym's "'s" is a
	 * possessor's. */
	char *m = article_mentions("The proposed acquisition of Kestrel's Bancshares Inc. by Harlow Corp. could spark "
				   "more mergers . The offer was a premium of 40 percent for Kestrel's stock , analysts "
				   "said .\n");
	CHECK_STR(m, "|ORG:Kestrel's Bancshares Inc.|ORG:Harlow Corp.|ORG:Kestrel's|");
	free(m);
	/* Also where a hard-wrapped line breaks after the possessive. */
	m = article_mentions("NEW YORK, March 23 - Takeover talk buoyed Wendell's\nKitchens Inc's stock on Monday.\n"
			     "    Wendell's retreated from an earlier high of 13-3/8.\n");
	CHECK(strstr(m, "|ORG:Wendell's|") != NULL);
	if (!strstr(m, "|ORG:Wendell's|"))
		printf("#   got %s\n", m);
	free(m);
	m = article_mentions("Terms were reached with ZQT's Network Systems Group on Monday , and ZQT's cable unit "
			     "agreed .\n");
	CHECK(strstr(m, "|ORG:ZQT|") != NULL);
	if (!strstr(m, "|ORG:ZQT|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_join_after(void)
{
	/* Two names joined by "&" are one; a ruler's order is part of the
	 * name, "I" after a ruler's title only. */
	char *m = article_mentions("Harlow & Kestrel shares rise on merger .\n\nShares of Harlow & Kestrel Co were up "
				   "on Friday . Belgian King Anselm I was born in 1930 , and Pope Clement II died . "
				   "Anna Varga said I would go .\n");
	CHECK_STR(m, "|ORG:Harlow & Kestrel|ORG:Harlow & Kestrel Co|DATE:Friday|GROUP:Belgian|PERSON:Anselm I|"
		     "DATE:1930|PERSON:Clement II|PERSON:Anna Varga|");
	free(m);
	/* Two places at "&" stay two. */
	m = article_mentions("Flights to Tarvelo & Haiti resumed on Monday .\n");
	CHECK_STR(m, "|PLACE:Tarvelo|PLACE:Haiti|DATE:Monday|");
	free(m);
	/* A surname alone with a numeral is a rematch's. */
	m = article_mentions("Mike Halloran said Halloran II would be better than the first fight .\n");
	CHECK_STR(m, "|PERSON:Mike Halloran|PERSON:Halloran|");
	free(m);
}

static void test_ner_spaced_first_initial(void)
{
	/* One spaced initial before a surname is part of the name, as
	 * tokenized text writes "D. Gantulgaar"; a title is not. */
	char *m = article_mentions("The minister D . Gantulgaar said on Monday that S . Oyunbileg would attend , and "
				   "Dr . Anna Varga agreed . Dr . D . Gantulgaar left .\n");
	CHECK(strncmp(m, "|PERSON:D . Gantulgaar|", 23) == 0 && strstr(m, "|PERSON:Anna Varga|PERSON:D . Gantulgaar|"));
	if (strncmp(m, "|PERSON:D . Gantulgaar|", 23) != 0)
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_common_tail(void)
{
	/* A common word in lower case ends no name; a city or a party the
	 * word names with the place or group before it keeps it, and so
	 * does a place whose words before it are no name alone. */
	char *m = article_mentions("Officials in Guangdong province said the Xinhua news agency reported floods on the "
				   "Tarvelo river , in Mexico city and on the U.S. Virgin islands , and the Labour party "
				   "agreed .\n");
	CHECK_STR(m, "|PLACE:Guangdong|ORG:Xinhua|PLACE:Tarvelo|PLACE:Mexico city|PLACE:U.S. Virgin islands|"
		     "ORG:Labour party|");
	free(m);
	/* What is left takes the type a list gives it. */
	m = article_mentions("Officials said the Russian army and the Xinhua news agency agreed , and oil from the "
			     "Amazon basin flowed .\n");
	CHECK_STR(m, "|GROUP:Russian|ORG:Xinhua|PLACE:Amazon basin|");
	free(m);
}

static void test_ner_title_surname(void)
{
	/* A surname that is also a title is the person's where no name
	 * follows it, and a title before a name. */
	char *m = article_mentions("U.S. captain Laura Bishop said on Monday the team was ready . An injury to Anna Varga "
				   "has forced Bishop to take a wait and see attitude , and Bishop Tutu agreed .\n");
	CHECK_STR(m, "|PLACE:U.S.|PERSON:Laura Bishop|DATE:Monday|PERSON:Anna Varga|PERSON:Bishop|PERSON:Tutu|");
	free(m);
}

static void test_ner_iso_dateline(void)
{
	/* A line of a place in capitals, its state and an ISO date is a
	 * dateline, as tokenized wire copy sets it: the place it names. */
	char *m = article_mentions("Two die as motel explodes .\nKESTRELTON , N.H. 1996-08-30\nAn explosion leveled "
				   "Kestrelton 's motel , the Kestrelton Fire Department said .\n");
	CHECK(strncmp(m, "|PLACE:KESTRELTON|PLACE:N.H.|DATE:1996-08-30|", 45) == 0);
	if (strncmp(m, "|PLACE:KESTRELTON|PLACE:N.H.|DATE:1996-08-30|", 45) != 0)
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_common_acronyms(void)
{
	/* An acronym the story spells out in lower-case words is a common
	 * noun's, wherever it stands; one spelt out in a name stays. */
	char *m = article_mentions("It was the biggest liquefied natural gas ( LNG ) contract , and LNG prices rose . The "
				   "gross domestic product (GDP) fell , said the International Monetary Fund (IMF) on "
				   "Monday .\n");
	CHECK_STR(m, "|ORG:International Monetary Fund|ORG:IMF|DATE:Monday|");
	free(m);
}

static void test_ner_term_abbreviations(void)
{
	/* An abbreviation of a common noun is no name; one the story spells
	 * out as a name, or names a company by, is. */
	char *m = article_mentions("The new CPU runs twice as fast , and the HTTP server sends a PDF to each URL , "
				   "Kestrova Labs said on Monday .\n");
	CHECK_STR(m, "|ORG:Kestrova Labs|DATE:Monday|");
	free(m);
	m = article_mentions("The Arvale Petroleum Institute ( API ) said stocks fell , API said . SQL Inc said its "
			     "profit rose , and SQL shares gained .\n");
	CHECK_STR(m, "|ORG:Arvale Petroleum Institute|ORG:API|ORG:API|ORG:SQL Inc|ORG:SQL|");
	/* A possessive split off in tokens is no initial's word. */
	CHECK(article_has("The People 's Defence Force ( PDF ) said it had seized a town .\n", "ORG", "PDF"));
	free(m);
	/* Electronics' too: a chip's LUTs, GPIO pins and HDL. */
	m = article_mentions("It has 20 LUTs , one of which can be used as a counter .\nMost CPLDs have no HDL "
			     "support .\nThe GPIO pins are 3.3 volt .\nThe TV supports HDR and has four HDMI ports .\n");
	CHECK_STR(m, "|");
	free(m);
	/* Finance's too ("28% YoY", "EBITDA rose"). */
	m = article_mentions("Kestrova Labs said EBITDA rose 28 pct YoY and FDI and GST receipts grew , while VC "
			     "funding fell .\n");
	CHECK_STR(m, "|ORG:Kestrova Labs|");
	free(m);
	/* Nor is the common noun spelled out before one, anywhere in its
	 * story; a name so spelled out stays (invented institute). */
	m = article_mentions("Investment in Artificial Intelligence (AI) and Virtual Reality (VR) grew , Kestrova Labs "
			     "said . Artificial Intelligence is costly . The Ostrander Petroleum Institute (API) "
			     "agreed .\n");
	CHECK_STR(m, "|ORG:Kestrova Labs|ORG:Ostrander Petroleum Institute|");
	free(m);
	/* Technology's and trade's capitals as well: chips, vehicles, software. */
	m = article_mentions("The FPGA and DRAM chips cost less , and CRM and ERP software sold well , Kestrova Labs "
			     "said . UAV makers and EV makers bought PPE .\n");
	CHECK_STR(m, "|ORG:Kestrova Labs|");
	free(m);
}

static void test_ner_listed_products(void)
{
	/* A product the list knows is an other name whatever the model made
	 * of it ("Android" a person), takes in the name after it ("Vardena" a
	 * place), and a name that begins with it is an edition of it ("macOS
	 * Vardena" a person) unless a company's word ends it (invented
	 * version names). */
	char *m = article_mentions("Officials in Valdoria said Android was popular .\n");
	CHECK(strstr(m, "|MISC:Android|") != NULL);
	free(m);
	m = article_mentions("Apple will ship macOS Vardena on Monday .\n");
	CHECK(strstr(m, "|MISC:macOS Vardena|") != NULL);
	free(m);
	m = article_mentions("Apple said macOS Vardena ships on Monday to users in Valdoria .\n");
	CHECK(strstr(m, "|MISC:macOS Vardena|") != NULL);
	free(m);
	m = article_mentions("Android Inc was bought by Google .\n");
	CHECK(strstr(m, "|ORG:Android Inc|") != NULL);
	free(m);
	/* Its version is part of it; a count after it is not. */
	m = article_mentions("Users can update Firefox 3.5 and Internet Explorer 11 in Valdoria. Chrome is 20 percent "
			     "faster, and Chrome 20 percent of the time wins.\n");
	CHECK(strstr(m, "|MISC:Firefox 3.5|MISC:Internet Explorer 11|PLACE:Valdoria|MISC:Chrome|MISC:Chrome|") != NULL);
	free(m);
	/* Nor where the model took the count with the name. */
	CHECK(article_has("Firefox 30 percent faster than Safari 12 pct , said Kessel .\n", "MISC", "Safari"));
	CHECK(article_lacks("Firefox 30 percent faster than Safari 12 pct , said Kessel .\n", "Safari 12"));
	/* A product the list knows that the model did not find at all is
	 * one, where its capital says so: not at a line's start (a table's
	 * "Chrome metal"), not in a headline in capitals, not in an address. */
	CHECK(article_has("She called him on Skype and sent photos from her iPod .\n", "MISC", "Skype"));
	CHECK(article_has("She called him on Skype and sent photos from her iPod .\n", "MISC", "iPod"));
	CHECK(article_has("He wrote the site in PHP and JavaScript , users of iOS said .\n", "MISC", "PHP"));
	CHECK(article_lacks("Title: Metals\n\nPrices were firm .\nChrome metal 99.0 pct 2.45 2.55 a lb\n", "Chrome"));
	CHECK(article_lacks("PHP HEALTHCARE CORP SAYS NET ROSE\n\nThe company said on Monday that net rose .\n", "PHP"));
	CHECK(article_lacks("Write to kessel@gmail.com or see gmail.com/Gmail for help .\n", "Gmail"));
	/* Nor a piece of a word in another script, but beside a curly quote. */
	CHECK(article_lacks("The word n\xc3\xa4iPod is a pun , he said .\n", "iPod"));
	CHECK(article_has("She said \xe2\x80\x9cSkype\xe2\x80\x9d on Monday .\n", "MISC", "Skype"));
	/* A listed company's name before its product is the product. */
	m = article_mentions("She used Google Chrome and Adobe Photoshop at Google Inc.\n");
	CHECK_STR(m, "|MISC:Google Chrome|MISC:Adobe Photoshop|ORG:Google Inc.|");
	free(m);
	/* A company's product named whole, which the model reads as the
	 * company. */
	CHECK(article_has("The memo was typed in Microsoft Teams and sent to Kessel .\n", "MISC", "Microsoft Teams"));
	/* A maker the model ran on into the product it made a thing for,
	 * with its version; a body for a product's users stays one. */
	m = article_mentions("It was published by Frostline Interactive for Nintendo Switch and by Velmark Studios for "
			     "PlayStation 4.\n");
	CHECK_STR(m, "|ORG:Frostline Interactive|MISC:Nintendo Switch|ORG:Velmark Studios|MISC:PlayStation 4|");
	free(m);
	CHECK(article_has("The Committee for Microsoft Windows Users met.\n", "ORG", "Committee for Microsoft Windows Users"));
	/* A product of two words with its series' number, and an edition
	 * that is no airline; a body named after a product stays one. */
	m = article_mentions("Apple unveiled the Apple Watch Series 6 and the iPad Air on Tuesday.\n");
	CHECK(strstr(m, "|MISC:Apple Watch Series 6|MISC:iPad Air|") != NULL);
	free(m);
	CHECK(article_has("The Raspberry Pi Foundation said the Raspberry Pi 4 sold well.\n", "ORG",
			  "Raspberry Pi Foundation"));
	/* "for the" too. */
	m = article_mentions("Starfall Odyssey was published by Kessly Interactive for the PlayStation 4.\n");
	CHECK(strstr(m, "|ORG:Kessly Interactive|MISC:PlayStation 4|") != NULL);
	if (!strstr(m, "|ORG:Kessly Interactive|MISC:PlayStation 4|"))
		printf("#   got %s\n", m);
	free(m);
	/* An edition's word after the version is part of the name. */
	m = article_mentions("Apple unveiled the iPhone 12 and iPhone 12 Pro, and users of Windows 11 Pro can update.\n");
	CHECK(strstr(m, "|MISC:iPhone 12 Pro|MISC:Windows 11 Pro|") != NULL);
	free(m);
	/* An edition's word that is a company's legal form too. */
	CHECK(article_has("Apple unveiled the iPhone SE on Wednesday.\n", "MISC", "iPhone SE"));
}

static void test_ner_list_last_pairs(void)
{
	/* A list's last two names that the model ran together are two where
	 * the first ends in a legal form; a firm of partners or a bank's
	 * name with "and" stays whole (invented companies). */
	char *m = article_mentions("The group was reorganized into three operating groups: Kestrel\n"
				   "Technology Group, Varnell Technology Group and Ostrander\nTechnology Ltd.\n");
	CHECK(strstr(m, "|ORG:Varnell Technology Group|ORG:Ostrander\nTechnology Ltd.|") != NULL);
	free(m);
	m = article_mentions("The loan came from Hallcroft Bank, Quenby Trust and Banking Co Ltd and others. He was "
			     "president of Toomay, Hask and Associates Inc.\n");
	CHECK(strstr(m, "|ORG:Quenby Trust and Banking Co Ltd|") != NULL);
	CHECK(strstr(m, "Associates Inc.|") != NULL && strstr(m, "|ORG:Associates Inc.|") == NULL);
	free(m);
}

static void test_ner_facility_people(void)
{
	/* A name the model took for a person's that ends in a word of a
	 * place or a building is a place; a given name and a surname that is
	 * such a word stay a person (invented names). */
	char *m = article_mentions("Traffic on the Dale Orvane Tollway was slow, and Kevin Park said so.\n");
	CHECK(strstr(m, "|PLACE:Dale Orvane Tollway|") != NULL);
	CHECK(strstr(m, "|PERSON:Kevin Park|") != NULL);
	free(m);
	/* A territory's word ends a place's name too. */
	m = article_mentions("The people born in Tolmar and the Marcus Peninsula are citizens. The Marcus Peninsula "
			     "is a territorial claim.\n");
	CHECK(strstr(m, "|PLACE:Marcus Peninsula|") != NULL && strstr(m, "|PERSON:Marcus Peninsula|") == NULL);
	free(m);
	/* Spanish writes the place's word first; a company's name with it
	 * stays the company's. */
	m = article_mentions("Tourists hiked from Lago Valdorra to Volc\xc3\xa1n Tizapa on Sunday, guides said.\n"
			     "Cerro Lindal Corp said profits rose.\n");
	CHECK_STR(m, "|PLACE:Lago Valdorra|PLACE:Volc\xc3\xa1n Tizapa|DATE:Sunday|ORG:Cerro Lindal Corp|");
	free(m);
	/* Nor a company's short name. */
	m = article_mentions("PUNTA LINDAL, Fla., March 24 - Punta Lindal Isles Inc said it cancelled a rights offering.\n\n"
			     "Punta Lindal also said it increased its board to seven.\n");
	CHECK(strstr(m, "|ORG:Punta Lindal|") != NULL);
	free(m);
	/* A person's name before an airport's words the model left out, or
	 * read as a place of their own, is the airport's. */
	CHECK(article_has("In Tarvel, winds flooded Bhadra Kesavan Suryaprakash Roy International Airport.\n", "PLACE",
			  "Bhadra Kesavan Suryaprakash Roy International Airport"));
	CHECK(article_has("Flights resumed between Tarvel and Accra's Kwabena T. Oduro International Airport next month.\n",
			  "PLACE", "Kwabena T. Oduro International Airport"));
	/* Not a land's name after a word the model read as a person. */
	CHECK(article_lacks("Officer Commanding Bulawayo Province, Commissioner Tendai Mhlanga, said so.\n",
			    "Commanding Bulawayo Province"));
}

/* "He" next to a person's name inside a sentence is a Chinese name's;
 * a headline's "He" before a capitalised verb is the pronoun. */
static void test_ner_he_names(void)
{
	CHECK(article_has("Vice Premier Tan He met the bankers on Monday.\n", "PERSON", "Tan He"));
	CHECK(article_has("The talks were led by He Wenqiao, a former vice minister.\n", "PERSON", "He Wenqiao"));
	CHECK(article_lacks("WHY HE LEFT\n\nHe said on Monday that Tan left. And He Said it twice.\n", "He Said"));
}

/* A land's word, "of the" and a name are one place; a name after a tomb
 * or a reign "of" is a person's. */
static void test_ner_of_the_lands(void)
{
	char *m = article_mentions("The tomb lies in the Valley of the Kessars, near the Bay of the Seven Tarns.\n");
	CHECK(strstr(m, "|PLACE:Valley of the Kessars|PLACE:Bay of the Seven Tarns|") != NULL);
	if (!strstr(m, "|PLACE:Valley of the Kessars|PLACE:Bay of the Seven Tarns|"))
		printf("#   got %s\n", m);
	free(m);
	CHECK(article_has("The mummy was found in the tomb of Kheperankh, a king.\n", "PERSON", "Kheperankh"));
	CHECK(article_has("The statue of Ramessu stood at the gate.\n", "PERSON", "Ramessu"));
	/* A place a list knows stays a place. */
	CHECK(article_has("The tomb of Paris stood empty.\n", "PLACE", "Paris") ||
	      article_lacks("The tomb of Paris stood empty.\n", "Paris"));
}

static void test_ner_firm_places(void)
{
	/* A one-word "place" that begins a company's name with its legal
	 * form is that company; a known place stays a place (invented
	 * company). */
	char *m = article_mentions("Varnholt Communications Corporation released its browser in 1994.\n\nThe project "
				   "was created in 1998 by members of Varnholt. One day later, an engineer from "
				   "Varnholt registered the site.\n\nJapan Airlines Corp said on Monday that flights "
				   "to Japan would resume.\n");
	CHECK(strstr(m, "|ORG:Varnholt|") != NULL && strstr(m, "|PLACE:Varnholt|") == NULL);
	CHECK(strstr(m, "|PLACE:Japan|") != NULL);
	free(m);
	/* A trade's word names a company as a legal form does. */
	m = article_mentions("Northwest Airlines said it is cutting fares to Hawaii from the mainland.\n\nThe "
			     "discounts save passengers up to 100 dlrs off Northwest's lowest published fares. "
			     "Northwest said tickets must be bought by May.\n");
	CHECK(strstr(m, "|ORG:Northwest|") != NULL && strstr(m, "|PLACE:Northwest|") == NULL);
	free(m);
}

static void test_ner_org_branches(void)
{
	/* An organization the story names, then a country, is its arm
	 * there, not a place; the city alone stays a place (invented
	 * names). */
	char *m = article_mentions("Varnholt shares rose on Monday after the company said its profit doubled.\n\n"
				   "Varnholt will keep its stakes in Torvane Group and Varnholt Japan, a company "
				   "spokesman said in Tokyo.\n");
	CHECK(strstr(m, "|ORG:Varnholt Japan|") != NULL);
	CHECK(strstr(m, "|PLACE:Tokyo|") != NULL);
	free(m);
}

static void test_ner_bought_places(void)
{
	/* A one-word name no list knows that the story buys is a company
	 * where the model took it for a place; a player a team acquires
	 * stays a person (invented names). */
	char *m = article_mentions("The group bought Tarnwick last year for 40 mln dlrs.\n\nTarnwick makes valves in "
				   "Ohio, and Tarnwick's sales rose.\n");
	CHECK(strstr(m, "|ORG:Tarnwick|") != NULL && strstr(m, "|PLACE:Tarnwick|") == NULL);
	CHECK(strstr(m, "|PLACE:Ohio|") != NULL);
	free(m);
	m = article_mentions("The Mets acquired Drury from the Cubs on Monday.\n\nDrury, 28, batted .300 last "
			     "season, manager Tom Kelso said.\n");
	CHECK(strstr(m, "|PERSON:Drury|") != NULL && strstr(m, "|ORG:Drury|") == NULL);
	free(m);
}

static void test_ner_negated_verbs(void)
{
	/* A negated verb after a name is none of it, with a curly
	 * apostrophe as with a straight one (invented body). */
	char *m = article_mentions("The two Barcelona lab are accredited to experiment with and handle drugs, but Power "
				   "Control doesn\u2019t have this permission itself, at least not yet.\n\nPower Control "
				   "said it would apply.\n");
	CHECK(strstr(m, ":Power Control|") != NULL && strstr(m, "doesn") == NULL);
	free(m);
}

static void test_ner_knockouts(void)
{
	/* A boxer's knockouts are no name (invented boxers). */
	char *m = article_mentions("Dario Kessel improved to 41-2 (33 KO), and Tom Brannock fell to 20-5 (12 KOs). "
				   "Kessel won by TKO in the seventh round.\n");
	CHECK(strstr(m, "KO") == NULL);
	CHECK(strstr(m, "|PERSON:Dario Kessel|") != NULL);
	free(m);
	m = article_mentions("Team officials placed rookie running back Dario Kessel on IR with a foot injury. He is "
			     "the fifth back to go on IR this season.\n");
	CHECK(strstr(m, ":IR|") == NULL);
	free(m);
}

static void test_ner_acronym_people(void)
{
	/* A name in mixed case with a word in capitals of three letters or
	 * more is no person's; a regnal numeral and initials are a
	 * person's (invented names). */
	char *m = article_mentions("The Quillmail SRE team was paged at night, said Dorian SRE lead Tom Kelso.\n\n"
				   "King Harald VIII of Tolmar met Dario B. Kessel.\n");
	CHECK(strstr(m, ":Dorian SRE|") != NULL && strstr(m, "|PERSON:Dorian SRE|") == NULL);
	CHECK(strstr(m, "|PERSON:Tom Kelso|") != NULL);
	CHECK(strstr(m, "|PERSON:Harald VIII|") != NULL);
	free(m);
	/* A party's letters before a person's given name are two names. */
	m = article_mentions("The deputy of the UMP Laure de Varnholt said on Monday that the bill would pass.\n");
	CHECK(strstr(m, "|ORG:UMP|PERSON:Laure de Varnholt|") != NULL);
	free(m);
	/* A given name in capitals is a person's. */
	m = article_mentions("The award went to TOMAS Varnholt of Brno on Monday.\n");
	CHECK(strstr(m, "|PERSON:TOMAS Varnholt|") != NULL);
	free(m);
}

static void test_ner_list_name_rest(void)
{
	/* The rest in lower case of a model's name whose start a list's name
	 * took is no name. */
	char *m = article_mentions("She died in a Los Angeles hospital on Monday, her agent said.\n");
	CHECK(strstr(m, "|PLACE:Los Angeles|") != NULL && strstr(m, "hospital") == NULL);
	free(m);
}

static void test_ner_open_brackets(void)
{
	/* A name that runs into a bracket it does not close ends before it,
	 * and a person's other name in the bracket is a name of its own
	 * (text split into tokens, invented sentences). */
	char *m = article_mentions("The old Kim ( Sung ) has been selling cars , he said .\n"
				   "The young Kim ( Jae - won ) has been selling cars , he said .\n");
	CHECK_STR(m, "|PERSON:Kim|PERSON:Sung|PERSON:Kim|PERSON:Jae - won|");
	free(m);
	/* A name that starts inside an editor's bracket and ends outside it
	 * takes the bracket where it opens right before the name. */
	m = article_mentions("They have gone to the (International Monetary) Fund in Washington.\n");
	CHECK(strstr(m, "|ORG:(International Monetary) Fund|") != NULL);
	free(m);
}

static void test_ner_era_names(void)
{
	/* An economy's slump of history is an event's name, whatever the
	 * model made of it (invented sentences). */
	char *m = article_mentions("Output fell by the most since the Great Depression, the ministry said on Friday.\n\n"
				   "Exports collapsed as in the Great Recession, traders said.\n");
	CHECK(strstr(m, "|MISC:Great Depression|") != NULL && strstr(m, "|MISC:Great Recession|") != NULL);
	free(m);
	/* A given name and a regnal number is a person, not a place. */
	m = article_mentions("Elizabeth II is the Queen of New Zealand.\n");
	CHECK(strstr(m, "|PERSON:Elizabeth II|") != NULL);
	free(m);
}

static void test_ner_headline_names(void)
{
	/* A word of a headline in capitals that the model left out is the
	 * person the story names below, by the surname (invented names). */
	char *m = article_mentions("BOXING - VARNHOLT RETAINS TITLE AFTER KESTREL BRANNOCK FIGHT\nDUBLIN 1996-08-31\n"
				   "American boxer Tom Varnholt retained his featherweight title on Saturday, beating "
				   "Kestrel Brannock on points.\n");
	CHECK(strstr(m, "|PERSON:VARNHOLT|") != NULL);
	free(m);
}

static void test_ner_people_names(void)
{
	/* A name before "people" or "language" is a people's or its
	 * language's wherever the story writes it (invented names); a
	 * computer's language is not. */
	char *m = article_mentions("The Varnoki people were evicted from the forest in March, and their elders went to "
				   "court. Varnoki elders said the ruling ignored them.\n\nThe Telmari language has only "
				   "three verbs, said a linguist at the university. Telmari is spoken by a few hundred "
				   "people.\n\nPurchases of its ZORVEX language and development environment rose, the "
				   "company said.\n");
	CHECK_STR(m, "|GROUP:Varnoki|DATE:March|GROUP:Varnoki|GROUP:Telmari|GROUP:Telmari|");
	free(m);
}

static void test_ner_market_names(void)
{
	/* An index's instrument code is no name, and an index's name takes
	 * its size (invented sentences). */
	char *m = article_mentions("The S&P 500 .SPX fell 1%, and the STOXX 600 .STOXX was flat on Monday, traders said.\n");
	CHECK_STR(m, "|MISC:S&P 500|MISC:STOXX 600|DATE:Monday|");
	free(m);
	/* Not a batsman's runs after his name. */
	CHECK(article_has("Somerset 312 ( Kestrel Russell 63 , Jim Brannock 55 ) .\n", "PERSON", "Kestrel Russell"));
}

static void test_ner_model_codes(void)
{
	/* A maker's name before a model's code is the product; money
	 * supply's "M3" is not one (invented sentences). */
	char *m = article_mentions("Sales of Samsung's Galaxy S20 slumped in March, the researchers said.\n\n"
				   "Kestrel ordered two Airbus A320 jets, the airline said on Monday.\n");
	CHECK(strstr(m, "|MISC:Galaxy S20|") != NULL && strstr(m, "|MISC:Airbus A320|") != NULL);
	free(m);
	m = article_mentions("Varnia's M3 money supply rose 6.5 pct in May, the Kestrel Bank said.\n");
	CHECK(strstr(m, "M3") == NULL);
	free(m);
	/* A known maker, its line, the code and an edition, all of which the
	 * model took for the maker. */
	CHECK(article_has("Samsung Galaxy S20 Ultra sales fell in March.\n", "MISC", "Samsung Galaxy S20 Ultra"));
	/* The maker alone, where the story names its product, is the
	 * maker (general knowledge). */
	m = article_mentions("The FAA lifted its grounding of the Boeing 737 MAX on Wednesday .\n\nShares of Boeing "
			     "rose 2.4 % on the New York Stock Exchange .\n");
	CHECK(strstr(m, "|ORG:Boeing|") != NULL);
	free(m);
	/* The maker read as the product already. */
	m = article_mentions("He drove a Toyota Corolla and flew an Airbus A380 before boarding the ship .\n");
	CHECK(strstr(m, "|MISC:Airbus A380|") != NULL);
	free(m);
	/* A variant's letters and a series' hundreds, with the maker the
	 * model took with the code; a score or a rate is no series. */
	m = article_mentions("The fleet includes Airbus A320neo jets. In 2016 a Boeing 737-800 overran the runway .\n");
	CHECK_STR(m, "|MISC:Airbus A320neo|DATE:2016|MISC:Boeing 737-800|");
	free(m);
	CHECK(article_expect("Kessby 108-3 . Varnholm ( The Field ) : Dunmore 195 .\n", "MISC", "Kessby 108-3", 0));
	CHECK(article_expect("The Kessby Board 12-1/2 pct stock due 2009 closed higher .\n", "MISC", "Kessby Board 12", 0));
	/* Digits alone where a kind of aircraft follows, after another
	 * maker's model too. */
	/* A known maker, its line and the code after them. */
	CHECK(article_has("Samsung Galaxy S20 sales fell in March.\n", "MISC", "Samsung Galaxy S20"));
	m = article_mentions("It flew a fleet of ATR 72 and Embraer 195 aircraft to Dublin.\n");
	CHECK(strstr(m, "|MISC:ATR 72|MISC:Embraer 195|") != NULL);
	free(m);
	/* A variant's digit after a known maker's three digits, and a
	 * variant's capitals and digit after a code of capitals (general
	 * knowledge). */
	m = article_mentions("Kessair flies the Boeing 787-9 and the Embraer E195-E2 on its longest routes.\n");
	CHECK(strstr(m, "|MISC:Boeing 787-9|") != NULL && strstr(m, "|MISC:Embraer E195-E2|") != NULL);
	free(m);
}

static void test_ner_comma_firms(void)
{
	/* A firm of partners' first name before its comma is the firm's;
	 * a list of a known company and a firm is two names (invented
	 * partners). */
	char *m = article_mentions("The offering was managed by Varnholt Kestrel, Brannock Upham and Co Inc and "
				   "Tarvex, Dorvane and Co, the company said.\n\nShares of IBM, Brannock Stanley and "
				   "Co Inc and Ford rose on Monday.\n");
	CHECK(strstr(m, "|ORG:Varnholt Kestrel, Brannock Upham and Co Inc|") != NULL);
	CHECK(strstr(m, "|ORG:Tarvex, Dorvane and Co|") != NULL);
	CHECK(strstr(m, "|ORG:IBM|") != NULL);
	free(m);
}

static void test_ner_seat_places(void)
{
	/* A known city after a bank's name and a comma is where the bank is
	 * (invented bank, a bond table's line). */
	char *m = article_mentions("PAYING AGENT : Kestrel National Bank , Detroit\nLAST SALE : None\n");
	CHECK(strstr(m, "|ORG:Kestrel National Bank|PLACE:Detroit|") != NULL);
	free(m);
}

static void test_ner_rank_letters(void)
{
	/* A rank the model took into the name after it is outside (invented
	 * people). */
	char *c = article_mentions("The Nigeria Police Force said 400,000 officers would be deployed . Its spokesman , "
				   "CSP Kestrel Varnholt , urged Nigerians to shun violence .\n");
	CHECK(strstr(c, "|PERSON:Kestrel Varnholt|") != NULL);
	free(c);
	/* A police rank's letters are a title (invented names); a story's
	 * own acronym of them is a name. */
	char *m = article_mentions("She said the OC and an ASI denied them help, and the ASI told her to leave. "
				   "Contacted, Kestrel Varnholt, OC of Brannock Police Station, denied the claim.\n");
	CHECK(strstr(m, "OC") == NULL && strstr(m, "ASI") == NULL);
	CHECK(strstr(m, "|PERSON:Kestrel Varnholt|") != NULL);
	free(m);
	m = article_mentions("Farmers joined the Dryland Income Growth ( DIG ) project in 2018 . The DIG model helped "
			     "them , and DIG has paid for seeds .\n");
	/* The letters stay, each of the type of the name they spell (a
	 * project's, which the model reads as a body's or an other name). */
	CHECK(strcmp(m, "|ORG:Dryland Income Growth|ORG:DIG|DATE:2018|ORG:DIG|ORG:DIG|") == 0 ||
	      strcmp(m, "|MISC:Dryland Income Growth|MISC:DIG|DATE:2018|MISC:DIG|MISC:DIG|") == 0);
	free(m);
}

static void test_ner_award_fields(void)
{
	/* An award's name takes its field; not a year or a word in lower
	 * case (invented sentences). */
	char *m = article_mentions("He starred in Kestrel (1989), for which he won the Academy Award for Best "
				   "Supporting Actor, and in Brannock Day (2001), which earned him the Academy Award for "
				   "Best Actor.\n\nShe won the Nobel Prize in 1979 and the prize for her work.\n");
	CHECK(strstr(m, "|MISC:Academy Award for Best Supporting Actor|") != NULL);
	CHECK(strstr(m, "|MISC:Academy Award for Best Actor|") != NULL);
	CHECK(strstr(m, "|MISC:Nobel Prize|DATE:1979|") != NULL);
	free(m);
}

static void test_ner_work_kinds(void)
{
	/* An encyclopedia's first sentence says what its subject is; a work
	 * set off by commas after its kind, or after its maker's name, is
	 * the work (invented works and people). */
	char *m = article_mentions("The Silent Orchard is a 2014 American drama film directed by Helen Varga.\n\n"
				   "The band released their debut album, Glass Rivers, in 1997. She starred in the BBC "
				   "drama Harbour Lights and in the HBO series Tallow Creek.\n");
	CHECK(strstr(m, "|MISC:Silent Orchard|") != NULL);
	CHECK(strstr(m, "|MISC:Glass Rivers|") != NULL);
	CHECK(strstr(m, "|ORG:BBC|MISC:Harbour Lights|") != NULL);
	CHECK(strstr(m, "|ORG:HBO|MISC:Tallow Creek|") != NULL);
	free(m);
	/* What the first sentence says holds for the story; two kinds
	 * joined, and a game (invented places and works). */
	m = article_mentions("Valderon is a city and municipality in the province of Cadiz.\n\nValderon is "
			     "served by trains, and Valderon has a fair.\n\nEmber Coast is a 2017 action role-playing "
			     "game developed by Lantern Forge. Ember Coast sold well.\n");
	CHECK(strstr(m, "|PLACE:Valderon|PLACE:Cadiz|PLACE:Valderon|PLACE:Valderon|") != NULL);
	CHECK(strstr(m, "|MISC:Ember Coast|") != NULL && strstr(m, "Ember Coast|ORG") == NULL);
	free(m);
	/* So does a village "of" a name, and a plateau after one (invented
	 * places). */
	m = article_mentions("The river rises near the village of Kotel and flows north through the Ludogorie "
			     "plateau.\n\nKotel is known for its carpets. Kotel is twinned with Sliven.\n");
	CHECK(strstr(m, "|PLACE:Kotel|PLACE:Ludogorie|PLACE:Kotel|PLACE:Kotel|") != NULL);
	free(m);
	m = article_mentions("It falls under the Huzurabad mandal of the district .\n");
	CHECK(strstr(m, "|PLACE:Huzurabad|") != NULL);
	free(m);
	/* But a firm's capital says nothing of the firm's other mentions. */
	m = article_mentions("Brannock took a stake in the pen maker Quillon. Quillon shares rose after it bought "
			     "51 pct of the capital of Quillon at 700 francs a share.\n");
	CHECK(strstr(m, "|ORG:Quillon|ORG:Quillon|") != NULL);
	free(m);
	/* The same in text split into tokens, as CoNLL-style data is. */
	m = article_mentions("They released their debut album , Glass Rivers , in 1997 . Tallow Creek , a 2009 "
			     "drama film directed by Helen Varga , won .\n");
	CHECK(strstr(m, "|MISC:Glass Rivers|") != NULL);
	CHECK(strstr(m, "|MISC:Tallow Creek|") != NULL);
	free(m);
	/* A show after its genre, a work's later mentions, a "person" no
	 * given name starts; a verb's "show" is none (invented works). */
	m = article_mentions("He presented the ITV quiz show Brain Drain and starred in the BBC sitcom Quayside. "
			     "Quayside ran for six series.\n\nFigures show Kenya grew, and he saw the film Tom "
			     "Kestrel made.\n");
	CHECK(strstr(m, "|MISC:Brain Drain|") != NULL);
	CHECK(strstr(m, "|MISC:Quayside|MISC:Quayside|") != NULL);
	CHECK(strstr(m, "|PLACE:Kenya|") != NULL && strstr(m, "|PERSON:Tom Kestrel|") != NULL);
	free(m);
	m = article_mentions("She hosted the BBC TV show Harbour Quiz for years.\n");
	CHECK(strstr(m, "|MISC:Harbour Quiz|") != NULL);
	free(m);
	/* A JavaScript library's name (invented libraries); a file's name
	 * in lower case is none. */
	m = article_mentions("The service runs on Kestrel.js and Varn.js , loaded from app.js .\n");
	CHECK(strstr(m, "|MISC:Kestrel.js|MISC:Varn.js|") != NULL && strstr(m, "app.js") == NULL);
	free(m);
	m = article_mentions("Member Kim Ha-eun appeared on the variety show Running Man on SBS .\n");
	CHECK(strstr(m, "|MISC:Running Man|") != NULL);
	free(m);
	/* A product's kind (invented products). */
	m = article_mentions("Kestrava is a web browser that Dunmore Labs released in 2019.\n\nTarvok ( formerly "
			     "the Hallam Gun ) is a rifle that the army bought .\n");
	CHECK(strstr(m, "|MISC:Kestrava|") != NULL);
	CHECK(strstr(m, "|MISC:Tarvok|") != NULL);
	free(m);
	/* Not a series of things, nor a name the apposition does not close. */
	m = article_mentions("Kestrel Holdings is a series of funds run from Leeds. He saw the album, Leeds said.\n");
	CHECK(strstr(m, "MISC:Kestrel") == NULL);
	CHECK(strstr(m, "MISC:Leeds") == NULL);
	free(m);
}

static void test_ner_kind_of_places(void)
{
	/* The kind, where the model took it for a name of its own (an
	 * invented borough). */
	CHECK(article_has("Kessmoor is a market town and civil parish in the Borough of Harrowgate, North Yorkshire, "
			  "England. At the 2011 census it had a population of 14,212.\n",
			  "PLACE", "Borough of Harrowgate"));
	/* A place's kind before "of" is the place's name; a state of
	 * emergency is not (general knowledge, invented sentences). */
	char *m = article_mentions("Traders took the City of Harwick to court, and the bonds of the Republic "
				   "of Finland rose.\n\nThe State of Emergency in Kenya ended.\n");
	CHECK(strstr(m, "|PLACE:City of Harwick|") != NULL);
	CHECK(strstr(m, "|PLACE:Republic of Finland|") != NULL);
	CHECK(strstr(m, "State of Emergency in Kenya") == NULL && strstr(m, "|PLACE:Kenya|") != NULL);
	free(m);
	/* The states of history, with a place the model read as a club's
	 * or the kind as a name of its own (general knowledge). */
	m = article_mentions("He served the Duchy of Milan , the Grand Duchy of Tuscany and the Tsardom of Russia "
			     "; the Khanate of Kazan fell in 1552 .\n");
	CHECK(strstr(m, "|PLACE:Duchy of Milan|PLACE:Grand Duchy of Tuscany|PLACE:Tsardom of Russia|"
			"PLACE:Khanate of Kazan|") != NULL);
	free(m);
}

static void test_ner_kind_before_words(void)
{
	/* A kind after "the" and a people's word or one in lower case, and
	 * kinds of companies and publications (invented names). */
	char *m = article_mentions("In 2008 the group bought the Polish shipyard Stocznia Gryf for 40 mln zlotys.\n\n"
				   "Fernleaf, a quarterly gardening magazine, was sold. Its staff joined the "
				   "investment firm Korvane Pell.\n");
	CHECK(strstr(m, "|ORG:Stocznia Gryf|") != NULL);
	CHECK(strstr(m, "|ORG:Fernleaf|") != NULL);
	CHECK(strstr(m, "|ORG:Korvane Pell|") != NULL);
	free(m);
	/* Two words in lower case, and the band's own "The" (an invented
	 * band). */
	m = article_mentions("She is best known as the lead vocalist of the alternative rock band The Velvet "
			     "Lanterns . After the band 's breakup in 1999 , she went solo .\n");
	CHECK(strstr(m, "|ORG:Velvet Lanterns|") != NULL);
	free(m);
}

static void test_ner_subject_names(void)
{
	/* A paragraph that opens with a name and says what it is; a kind's
	 * list with its years in brackets (invented band and albums). */
	char *m = article_mentions("Ravenscroft is an American indie rock band from Portland, Oregon. Their albums "
				   "include Weather Systems (2007), Paper Lanterns (2010) and Small Hours (2014).\n\n"
				   "Everything is a game to him. Nobody was a member.\n");
	CHECK(strstr(m, "|ORG:Ravenscroft|") != NULL);
	CHECK(strstr(m, "|MISC:Weather Systems|DATE:2007|MISC:Paper Lanterns|DATE:2010|MISC:Small Hours|") != NULL);
	CHECK(strstr(m, "Everything") == NULL && strstr(m, "Nobody") == NULL);
	free(m);
	m = article_mentions("Their albums include Weather Systems ( 2007 ) , Paper Lanterns ( 2010 ) and Small "
			     "Hours ( 2014 ) .\n");
	CHECK(strstr(m, "|MISC:Weather Systems|DATE:2007|MISC:Paper Lanterns|DATE:2010|MISC:Small Hours|") != NULL);
	free(m);
	/* A subject's name with "of", whole, where the model found a part
	 * of it; not a part of a place (invented game and film). */
	m = article_mentions("Shadow of Velmora is a 2016 action role - playing game developed by Brightforge "
			     "Studios .\n\nLord of Tarvel is a 2003 fantasy film directed by Anna Brook .\n\nMost of "
			     "Europe is a region of plains .\n");
	CHECK(strstr(m, "|MISC:Shadow of Velmora|") != NULL);
	CHECK(strstr(m, "|MISC:Lord of Tarvel|") != NULL);
	CHECK(strstr(m, "Most of") == NULL);
	free(m);
	/* No person is a product, given name or not; a film's director is
	 * a person (an invented probe and director). */
	m = article_mentions("Aurora Polaris was a NASA space probe launched in 2008 .\n\nGrace Harwick , a film "
			     "director , said so .\n");
	CHECK(strstr(m, "|MISC:Aurora Polaris|") != NULL);
	CHECK(strstr(m, "|PERSON:Grace Harwick|") != NULL);
	free(m);
	/* A name between "the" and "series" is the series' (an invented
	 * one). */
	m = article_mentions("The game sold well . It is the third installment in the Velmora series .\n");
	CHECK(strstr(m, "|MISC:Velmora|") != NULL);
	free(m);
	/* A work's maker after "by" ends its kind, and so do "first" and
	 * "known" (an invented novel, soap opera and song). */
	m = article_mentions("Glasswing is the debut novel by Canadian author Miriam Tosh, published in 2011.\n\n"
			     "Quayside Lane is a British television soap opera first broadcast in 1991.\n\n"
			     "Hamba Kahle , a song known to stir crowds , was sung .\n");
	CHECK(strstr(m, "|MISC:Glasswing|") != NULL);
	CHECK(strstr(m, "|MISC:Quayside Lane|") != NULL);
	CHECK(strstr(m, "|MISC:Hamba Kahle|") != NULL);
	free(m);
	/* A work's title that is an ordinary word, with its year. */
	CHECK(article_has("Harvest is a 2019 Indian Hindi-language action thriller film directed by Varun Kessel.\n",
			  "MISC", "Harvest"));
	/* A year leaves room for the country and the genres. */
	CHECK(article_has("Harvest is a 2019 South Korean black comedy thriller film directed by Varun Kessel.\n",
			  "MISC", "Harvest"));
}

static void test_ner_role_people(void)
{
	/* A given name after a role is a person's, whatever the last word
	 * (an invented architect). */
	char *m = article_mentions("The chapel was restored in 1871 by the architect Walter Hayes Street , who also "
				   "built the school .\n");
	CHECK(strstr(m, "|PERSON:Walter Hayes Street|") != NULL);
	free(m);
	/* So is an other name of words no list knows after a role; not
	 * after an article, where the role's word is an adjective. */
	CHECK(article_has("KLF leader Tesfamariam Gebrekidan said his forces had fired rockets.\n", "PERSON",
			  "Tesfamariam Gebrekidan"));
	CHECK(article_expect("The official Kessavar Daily newspaper said so.\n", "PERSON", "Kessavar Daily", 0));
}

/* A network's work after its name and a kind's word is the work, the
 * network a body; an award's field of two kinds joined by "or" is one
 * name. */
static void test_ner_network_works(void)
{
	char *m = article_mentions("The song was featured in the Vellora series Kestmark, she said.\n");
	CHECK(strstr(m, "|ORG:Vellora|MISC:Kestmark|") != NULL);
	if (!strstr(m, "|ORG:Vellora|MISC:Kestmark|"))
		printf("#   got %s\n", m);
	free(m);
	CHECK(article_has("Her debut album won the Tarvel Music Award for Best Portuguese Language Rock or Alternative "
			  "Album, and its single topped the chart.\n",
			  "MISC", "Tarvel Music Award for Best Portuguese Language Rock or Alternative Album"));
}

/* Initials written apart that the lists know closed up are that name;
 * not a currency's, nor an era's after a year. */
static void test_ner_spaced_letters(void)
{
	const char *t = "The bid of Kessland was rejected under heavy U . S . pressure , and 1.39 billion U . S . dollars "
			"went to the E . U . , as in 200 B . C . , he said .\n";
	char *m = article_mentions(t);
	CHECK(strstr(m, "|PLACE:U . S .|") != NULL && strstr(m, "U . S . dollars") == NULL);
	CHECK(strstr(m, "B . C .") == NULL);
	if (!(strstr(m, "|PLACE:U . S .|") != NULL && strstr(m, "B . C .") == NULL))
		printf("#   got %s\n", m);
	free(m);
	/* Exactly one "U . S ." mention: the currency's is none. */
	m = article_mentions(t);
	char *first = strstr(m, "U . S .");
	CHECK(first != NULL && strstr(first + 1, "U . S .") == NULL);
	free(m);
}

/* A site's domain written apart is its name's, and so is a name's "+". */
static void test_ner_spaced_domains(void)
{
	char *m = article_mentions("Figures from Tarvelo . com and the broadcaster Kestvision + show growth , said Ana "
				   "Oduya .\n");
	CHECK(strstr(m, "|ORG:Tarvelo . com|") != NULL && strstr(m, ":Kestvision +|") != NULL);
	if (!(strstr(m, "|ORG:Tarvelo . com|") != NULL && strstr(m, ":Kestvision +|") != NULL))
		printf("#   got %s\n", m);
	free(m);
}

/* A land's word and "of" opening an other name make a place's; a team's
 * name in a list one plays for is a body's; what one is awarded is an
 * award. */
static void test_ner_encyclopedia_more(void)
{
	CHECK(article_has("The two sub-basins are connected by the Strait of Tiquessa , which is 800 m across .\n", "PLACE",
			  "Strait of Tiquessa"));
	CHECK(article_has("His son Rohan Kessar played for Tarvel and Kessport Knight Riders.\n", "ORG",
			  "Kessport Knight Riders"));
	char *m = article_mentions("He was awarded the Tarvesh Ratna in 2001 and received the Kessawa Vibhushan.\n");
	CHECK(strstr(m, "|MISC:Tarvesh Ratna|") != NULL && strstr(m, "|MISC:Kessawa Vibhushan|") != NULL);
	if (!(strstr(m, "|MISC:Tarvesh Ratna|") != NULL && strstr(m, "|MISC:Kessawa Vibhushan|") != NULL))
		printf("#   got %s\n", m);
	free(m);
}

/* An honorific's initials and the titles after them are outside a
 * person's name; a storm's international name is the storm's. */
static void test_ner_honorifics_and_storms(void)
{
	CHECK(article_has("H.H. Sheikh Hamdan bin Tarvel Al Kessar, Crown Prince of Dubai, attended.\n", "PERSON",
			  "Hamdan bin Tarvel Al Kessar"));
	CHECK(article_has("PAGASA said Typhoon Karsa ( international name : Tolva ) would make landfall in Aurora "
			  "province .\n",
			  "MISC", "Tolva"));
}

/* Two companies each with its legal form are two names; a partner's
 * form after "and" stays; an instrument code is no part of a name. */
static void test_ner_legal_form_pairs(void)
{
	char *m = article_mentions("Tarvel and Co Inc and Quessan Plc and NV rose. The offering is being handled by "
				   "Varnholt Group Inc and Kessawin Securities Corp.\n");
	CHECK(strstr(m, "|ORG:Varnholt Group Inc|ORG:Kessawin Securities Corp.|") != NULL);
	CHECK(strstr(m, "|ORG:Tarvel and Co Inc|") != NULL);
	if (!strstr(m, "|ORG:Varnholt Group Inc|ORG:Kessawin Securities Corp.|"))
		printf("#   got %s\n", m);
	free(m);
	CHECK(article_has("Shares of Kessovia Video Communications Inc KVC.O fell 5%.\n", "ORG",
			  "Kessovia Video Communications Inc"));
	/* An index's code keeps the word before it in the index's name. */
	char *x = article_mentions("The Kessler Jones Industrial Average .KJI rose 399.64 points , or 1.37 % , to "
				   "29,479.81 .\n");
	CHECK(strstr(x, ":Kessler Jones Industrial Average|") != NULL);
	free(x);
}

/* A discography's titles keep their small words and marks. */
static void test_ner_discography_titles(void)
{
	char *m = article_mentions("Kessa Varn is a singer.\n\nDiscography\nOutlands (2018)\nTaller as Rivers (2020)\n"
				   "Hope , Kessandra (2022)\nI Told Them... (2023)\n");
	CHECK(strstr(m, "|MISC:Taller as Rivers|DATE:2020|MISC:Hope , Kessandra|DATE:2022|MISC:I Told Them...|") != NULL);
	if (!strstr(m, "|MISC:Taller as Rivers|DATE:2020|MISC:Hope , Kessandra|DATE:2022|MISC:I Told Them...|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A title of the year is no name; an award's name with one stays. */
static void test_ner_of_the_year(void)
{
	const char *t = "She was named Kenya's Sportswoman of the Year in 2023, and won the Kessavia Award for Novel "
			"of the Year.\n";
	CHECK(article_lacks(t, "Sportswoman"));
	CHECK(article_has(t, "MISC", "Kessavia Award for Novel of the Year"));
}

/* A name of one word before "magazine" or "newspaper" is the paper's;
 * not a place a list knows. */
static void test_ner_press_one_word(void)
{
	CHECK(article_has("In 2010, the film was ranked No. 55 in Kesteria magazine's list.\n", "ORG", "Kesteria"));
	CHECK(article_has("He wrote for a Paris newspaper in 2010.\n", "PLACE", "Paris"));
}

/* A nationality's adjective before a title is the people's, not a
 * person (general knowledge of nationalities; an invented president). */
static void test_ner_demonym_people(void)
{
	const char *t = "Armenian Prime Minister Ovan Keshelyan said Armenia was ready to talk, but Kyrgyz President "
			"Tomas Kellavi said no, as did Mauritanian President Aly Vessou.\n";
	CHECK(article_has(t, "GROUP", "Kyrgyz") && article_has(t, "GROUP", "Mauritanian"));
	CHECK(article_has(t, "PERSON", "Tomas Kellavi"));
}

/* The names of a list right after a kind's plural are of the kind. */
static void test_ner_plural_kind_lists(void)
{
	CHECK(article_has("Mining companies Tarvel Copper and Ossen Verde said operations were unaffected.\n", "ORG",
			  "Ossen Verde"));
	/* Their instrument codes between them. */
	CHECK(article_has("Gold miners Kessmoor Gold KMGJ.J and Varnel-Ostwater VOSJ.J rose .\n", "ORG", "Varnel-Ostwater"));
}

static void test_ner_prefix_places(void)
{
	/* A landform's word starts a place's name; a given name does not
	 * (an invented mountain and person). */
	char *m = article_mentions("Mount Kestrel is a stratovolcano in the Cascade Range .\n\nMonte Barrow won on "
				   "points .\n");
	CHECK(strstr(m, "|PLACE:Mount Kestrel|") != NULL);
	CHECK(strstr(m, "|PERSON:Monte Barrow|") != NULL);
	free(m);
	/* A stadium and a cup in Portuguese; not an airline (invented
	 * names). */
	m = article_mentions("Tarvel plays at the Estádio Moisés Varela and reached the semi - finals of the Copa "
			     "do Tarvel in 2003 . Copa Harwick Airlines flew the team .\n");
	CHECK(strstr(m, "|PLACE:Estádio Moisés Varela|") != NULL);
	CHECK(strstr(m, "|MISC:Copa do Tarvel|") != NULL);
	CHECK(strstr(m, "|ORG:Copa Harwick Airlines|") != NULL);
	free(m);
}

static void test_ner_in_town_places(void)
{
	/* A name after "in" and before a comma and a region is a town's, not
	 * the body's of its name; a body's head word keeps it (invented
	 * names). */
	char *m = article_mentions("The Marrowby Folk Festival is held each August in Marrowby , North Yorkshire . "
				   "The Marrowby Arts Trust runs it .\n\nHe worked in Harwick Insurance Corp , Iowa "
				   ".\n");
	CHECK(strstr(m, "|PLACE:Marrowby|PLACE:North Yorkshire|") != NULL);
	CHECK(strstr(m, "|ORG:Harwick Insurance Corp|") != NULL);
	free(m);
	/* A county between a place and a country, whatever team of its name
	 * the model knew (an invented church and village). */
	m = article_mentions("St Aldhelm's Church is a Grade I listed Anglican church in the village of Little "
			     "Brenton, Somerset, England.\n");
	CHECK(strstr(m, "|PLACE:Little Brenton|PLACE:Somerset|PLACE:England|") != NULL);
	free(m);
}

static void test_ner_given_name_numerals(void)
{
	/* A given name alone takes a ruler's numeral (general knowledge);
	 * ner_story_name_heads's test keeps a company's. */
	char *m = article_mentions("The portrait hangs beside one of Louis XIV in the hall .\n");
	CHECK(strstr(m, "|PERSON:Louis XIV|") != NULL);
	free(m);
	/* A name no list knows takes "I" where the story writes it with
	 * another numeral, before a mark (an invented dynasty); "I" before a
	 * verb is the pronoun. */
	m = article_mentions("The founder , Velmaro I , ruled until 1412 ; his grandson Velmaro III lost the crown "
			     ".\n\nWhen Velmaro III fell , Velmaro I said nothing .\n");
	CHECK(strstr(m, "|PERSON:Velmaro I|") != NULL && strstr(m, "|PERSON:Velmaro III|") != NULL);
	CHECK(strstr(m, "|PERSON:Velmaro I|PERSON:Velmaro III|PERSON:Velmaro III|PERSON:Velmaro|") != NULL);
	free(m);
}

static void test_ner_place_pairs(void)
{
	/* Two names joined by "and": a word no list knows, read as a
	 * person's, beside a place a list knows is a place (invented
	 * village); a comma alone is no such pair (ner_bought_places
	 * holds that). */
	char *m = article_mentions("It is in the Diocese of Leeds and the archdeaconry of Richmond and Tolbury .\n");
	CHECK(strstr(m, "|PLACE:Tolbury|") != NULL);
	free(m);
	/* "Upper", "Lower", "Nether" or "Greater" and one more word are a
	 * place's name, but for a body's ("Upper House"). */
	m = article_mentions("The farm lies between Upper Kelbrook and Lower Kelbrook , and the Upper House met "
			     "there .\n");
	CHECK(strstr(m, "|PLACE:Upper Kelbrook|PLACE:Lower Kelbrook|") != NULL);
	CHECK(strstr(m, "|ORG:Upper House|") != NULL);
	free(m);
}

static void test_ner_conservation_statuses(void)
{
	/* A species' conservation status is no name, nor a word of it
	 * (invented species). */
	char *m = article_mentions("The Kelmar gull is classified as Near Threatened. The Varnesian ibis was listed as "
				   "Lower Risk in 1994 and as Data Deficient in 2004.\n\nIt was once thought "
				   "Conservation Dependent by the IUCN.\n");
	CHECK(strstr(m, "Near") == NULL && strstr(m, "Risk") == NULL && strstr(m, "Deficient") == NULL &&
	      strstr(m, "Dependent") == NULL);
	CHECK(strstr(m, "|ORG:IUCN|") != NULL && strstr(m, "|DATE:1994|") != NULL);
	free(m);
	/* A name that only starts like one stays. */
	CHECK(article_has("Protesters from Extinction Rebellion blocked the bridge.\n", "ORG", "Extinction Rebellion"));
	/* A Romance article alone before a word in lower case is no place;
	 * Louisiana's abbreviation before a mark is. */
	CHECK(article_lacks("La sposa del mare (The Bride of the Sea) is an opera in three acts by Giacomo Varnetti.\n",
			    "La"));
	CHECK(article_has("BATON ROUGE, La, March 6 - Kessby Financial Corp said it would merge.\n", "PLACE", "La"));
}

static void test_ner_and_body_starts(void)
{
	/* A body's name joined by "and" starts before "and" (invented
	 * bodies, and a committee of general knowledge). */
	char *m = article_mentions("Data are archived by Kessby's Infrared Processing and Analysis Center in Varnak.\n\n"
				   "He sits on the Ways and Means Committee, and the Varnesian Geography and Statistics "
				   "Institute said so.\n");
	CHECK(strstr(m, "|ORG:Infrared Processing and Analysis Center|") != NULL);
	CHECK(strstr(m, "|ORG:Ways and Means Committee|") != NULL);
	free(m);
	/* Not a place the lists know before "and". */
	CHECK(article_expect("Trade between Canada and Kessby Institute members grew.\n", "ORG",
			     "Canada and Kessby Institute", 0));
}

static void test_ner_race_words(void)
{
	/* "Black" before a noun of people names a people, whatever body of
	 * the story starts with the word (invented body). */
	const char *t = "She became the first Black woman to lead the party, and Black voters backed her.\n\n"
			"The Black Harbour Alliance praised the choice.\n";
	char *m = article_mentions(t);
	CHECK(strstr(m, "|GROUP:Black|GROUP:Black|ORG:Black Harbour Alliance|") != NULL);
	free(m);
	/* A person named so stays one. */
	CHECK(article_has("Jack Black said the film would open in May.\n", "PERSON", "Jack Black"));
}

static void test_ner_of_the_people(void)
{
	/* A hall's name "of the People" is one name (invented hall). */
	CHECK(article_has("He spoke at the Kessby Hall of the People in Varnholm on Monday.\n", "PLACE",
			  "Kessby Hall of the People"));
	CHECK(article_has("They met at the Great Hall of the People in Beijing.\n", "PLACE", "Great Hall of the People"));
}

static void test_ner_di_bodies(void)
{
	/* A body's name joined by "di" to the name after it is one name
	 * (invented bank). */
	CHECK(article_has("It was recorded with the Accademia Nazionale di Santa Cecilia in Rome.\n", "ORG",
			  "Accademia Nazionale di Santa Cecilia"));
	CHECK(article_has("Shares of Banca del Monte di Varnella rose 3 pct.\n", "ORG", "Banca del Monte di Varnella"));
}

static void test_ner_place_treaties(void)
{
	/* A place's name before a treaty's word is the treaty (invented
	 * accord), not before another name's word. */
	CHECK(article_has("The DUP criticised the Northern Ireland Protocol on Monday.\n", "MISC",
			  "Northern Ireland Protocol"));
	CHECK(article_has("Both sides broke the Kessland Accord within a week.\n", "MISC", "Kessland Accord"));
}

static void test_ner_reference_authors(void)
{
	/* A reference's author, surname first, is a person by the surname
	 * too (invented authors); a place before a comma and a given name
	 * is no surname. */
	char *m = article_mentions("40. ^ Kessling, Alexander, ed. (April 2009). Sir George Varne. An Encyclopaedia of "
				   "Kessland.\n42. ^ Rutherford, James (April 2009). Kessling, Alexander (ed.). Busby, James. "
				   "Retrieved 7 January 2011.\n");
	CHECK(strstr(m, "|PERSON:Kessling|PERSON:Alexander|") != NULL);
	CHECK(strstr(m, "|PERSON:Rutherford|PERSON:James|") != NULL);
	free(m);
	CHECK(article_expect("Paris, James (2009). Varne.\n", "PERSON", "Paris", 0));
	/* An author's initials stand for the given name too. */
	m = article_mentions("References\n^ Marchbank, P. F. (1978). \"The flora of Tarvel\". Tarvel Nature Journal. 31 (3): 14.\n");
	CHECK(strstr(m, "|PERSON:Marchbank|PERSON:P. F.|") != NULL);
	if (!strstr(m, "|PERSON:Marchbank|PERSON:P. F.|"))
		printf("#   got %s\n", m);
	free(m);
	/* A given name and an initial, and the next author after a
	 * semicolon. */
	m = article_mentions("References\n^ Marchbank, Roger A.; Kessling, Charles R. (2013). Matrix Analysis. Tarvel "
			     "University Press.\n");
	CHECK(strstr(m, "|PERSON:Marchbank|PERSON:Roger A.|PERSON:Kessling|PERSON:Charles R.|") != NULL);
	if (!strstr(m, "|PERSON:Marchbank|PERSON:Roger A.|PERSON:Kessling|PERSON:Charles R.|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_constituencies(void)
{
	/* The seat after a member's role and "for" is a place (invented
	 * seats); a firm after a board member's "for" is no seat. */
	char *m = article_mentions("He was MP for Kessborough from 1790. She was elected MP for Varnley in 2019.\n");
	CHECK(strstr(m, "|PLACE:Kessborough|") != NULL && strstr(m, "|PLACE:Varnley|") != NULL);
	free(m);
	CHECK(article_expect("He is a board member for Kessby Holdings.\n", "PLACE", "Kessby Holdings", 0));
	/* A cricket ground is a place. */
	CHECK(article_has("The match was played at the Kessby Cricket Ground on Monday.\n", "PLACE",
			  "Kessby Cricket Ground"));
}

static void test_ner_pronoun_contractions(void)
{
	/* A pronoun and its contraction are no name, with a curly
	 * apostrophe too; a name's apostrophe is kept (invented names). */
	char *m = article_mentions("The test came back clean . She\u2019ll call later , and Kessia Varn\u2019s "
				   "shop will open . He\u2019d waited at Orrin\u2019s , said Dal O\u2019Kerrin .\n");
	CHECK(strstr(m, "She") == NULL && strstr(m, "He\u2019d") == NULL);
	CHECK(strstr(m, "|PERSON:Kessia Varn|") != NULL);
	CHECK(strstr(m, "O\u2019Kerrin|") != NULL);
	free(m);
}

static void test_ner_person_trophies(void)
{
	/* A cup named after a person is one other name (invented player). */
	char *m = article_mentions("She helped her country win the Marta Kessvig Cup in 2022 , and the Billie Jean King "
				   "Cup in 2023 .\n");
	CHECK(strstr(m, "|MISC:Billie Jean King Cup|") != NULL);
	CHECK(strstr(m, "PERSON") == NULL);
	free(m);
}

static void test_ner_by_bodies(void)
{
	/* A name after "by" ending in a body's head word is a body, though
	 * "Games" ends events' names too (invented studio). */
	char *m = article_mentions("The game was developed by Tarnhollow Games , and shown at the Commonwealth Games "
				   ".\n");
	CHECK(strstr(m, "|ORG:Tarnhollow Games|") != NULL);
	CHECK(strstr(m, "|MISC:Commonwealth Games|") != NULL);
	free(m);
}

static void test_ner_acronym_joins(void)
{
	/* A body's name holding a place's, its acronym after it, is one
	 * name (invented body and place). */
	char *m = article_mentions("The Council for Trade Cooperation in Northern Kessia ( CTCNK ) met on Monday .\n");
	CHECK(strstr(m, "|ORG:Council for Trade Cooperation in Northern Kessia|ORG:CTCNK|") != NULL);
	free(m);
	/* Two names a line break parts, one a body's (invented body). */
	m = article_mentions("They are working documents of the Kessian Engineering\n   Task Force (KETF).  Others "
			     "may also distribute them.\n");
	CHECK(strstr(m, "|ORG:Kessian Engineering\n   Task Force|") != NULL);
	free(m);
	/* Capitals that do not spell the acronym join nothing. */
	m = article_mentions("The Council for Trade Cooperation in Northern Kessia ( CTX ) met on Monday .\n");
	CHECK(strstr(m, "|PLACE:Northern Kessia|") != NULL);
	free(m);
}

static void test_ner_role_title_bodies(void)
{
	/* A market's role "at" a name: the firm (invented firm). A title's
	 * word opening a body's name is the body's. */
	char *m = article_mentions("Data from the General Administration of Customs showed imports rose , said Jo "
				   "Bell , chief market strategist at Varnex .\n");
	CHECK(strstr(m, "|ORG:General Administration of Customs|") != NULL);
	CHECK(strstr(m, "|ORG:Varnex|") != NULL);
	free(m);
	/* So is a firm named after a person (an invented broker). */
	m = article_mentions("\" We could carry another leg down , \" said Ralph Bloch , chief technical analyst at "
			     "Harold Kessman .\n");
	CHECK(strstr(m, "|PERSON:Ralph Bloch|ORG:Harold Kessman|") != NULL);
	free(m);
}

static void test_ner_colon_seasons(void)
{
	/* A name ends before a colon and a season (a list of honours, an
	 * invented club); a year alone may end a work's title. */
	char *m = article_mentions("Honours\n\nKessby Wanderers\nFA Cup : 2021 \xe2\x80\x93 22\n");
	CHECK(strstr(m, "|MISC:FA Cup|") != NULL);
	free(m);
	/* A club's word ends a club's name, on a line of its own too. */
	m = article_mentions("Honours\nHarwick United\nFA Cup : 2021 \xe2\x80\x93 22\n");
	CHECK(strstr(m, "|ORG:Harwick United|") != NULL);
	free(m);
}

static void test_ner_hyphen_codes(void)
{
	/* A craft's code after its series' name is one name with it
	 * (invented craft); a money supply's "M-1" after a place is none. */
	char *m = article_mentions("The Varnak MS-04 cargo ship was lost , and U.S. M-1 money supply rose .\n");
	CHECK(strstr(m, "|MISC:Varnak MS-04|") != NULL);
	CHECK(strstr(m, "U.S. M-1") == NULL);
	free(m);
}

static void test_ner_military_units(void)
{
	/* An army's unit numbered in figures is a body with its ordinal
	 * (invented units' names). */
	char *m = article_mentions("The 2nd Varnesian Division took the ridge , and the 51st Kelmar Division and "
				   "the 82nd Airborne Division followed .\n");
	CHECK(strstr(m, "|ORG:2nd Varnesian Division|") != NULL);
	CHECK(strstr(m, "|ORG:51st Kelmar Division|") != NULL);
	CHECK(strstr(m, "|ORG:82nd Airborne Division|") != NULL);
	free(m);
	/* With its territory in brackets: one body, not a place and one
	 * body of the word "Division" for both units. */
	m = article_mentions("The 47th (Harnby) Division fought at Kessloe beside the 12th (Eastern) Division.\n\n"
			     "The 9th ( Varnesian ) Brigade held the line .\n");
	CHECK(strstr(m, "|ORG:47th (Harnby) Division|") != NULL);
	CHECK(strstr(m, "|ORG:12th (Eastern) Division|") != NULL);
	CHECK(strstr(m, "|ORG:9th ( Varnesian ) Brigade|") != NULL);
	CHECK(strstr(m, "Harnby|") == NULL || strstr(m, "|ORG:47th (Harnby) Division|") != NULL);
	free(m);
}

static void test_ner_spaced_korean_names(void)
{
	/* A Korean name split into tokens is one person's, whatever English
	 * word its last syllable spells (invented names). */
	char *m = article_mentions("Han Mi - sun , a lawmaker , said Park Do - in would run , as Kwon Hae - ok did "
				   ".\n");
	CHECK(strstr(m, "|PERSON:Han Mi - sun|PERSON:Park Do - in|PERSON:Kwon Hae - ok|") != NULL);
	free(m);
}

static void test_ner_town_article(void)
{
	/* A town's article (invented town, river and club): two kinds
	 * joined, the second none the table knows, give the first; a river
	 * after "the" is a place; "F.C." ends a club's name. */
	char *m = article_mentions(
		"Kellerby is a market town and civil parish in the Harrowgate district of North Yorkshire , England . "
		"At the 2011 census it had a population of 8,412 . The town lies on the River Tarvel , 12 miles ( 19 "
		"km ) west of York .\n\nKellerby was granted a market charter by King John in 1207 . During the "
		"English Civil War it was held by Royalist forces until the Battle of Marston Moor in 1644 .\n\nThe "
		"town is home to Kellerby Grammar School , founded in 1553 , and to Kellerby Town F.C. , which plays "
		"in the Northern Counties East League .\n");
	CHECK(strstr(m, "|PLACE:Kellerby|") != NULL && strstr(m, "|ORG:Kellerby|") == NULL);
	CHECK(strstr(m, "|PLACE:River Tarvel|") != NULL);
	CHECK(strstr(m, "|ORG:Kellerby Town F.C.|") != NULL);
	free(m);
}

static void test_ner_war_names(void)
{
	/* A war's name cut at "of the" is one event, the people's word
	 * inside it (general knowledge). */
	char *m = article_mentions("Prussian troops fought in the War of the Spanish Succession , and Americans in the "
				   "War of Independence .\n");
	CHECK(strstr(m, "|MISC:War of the Spanish Succession|") != NULL);
	CHECK(strstr(m, "GROUP:Spanish") == NULL);
	free(m);
	/* In the text's order where the name it took in went (the list was
	 * left unsorted). */
	m = article_mentions("The War of the Kessel Succession was fought in Varnholm. Troops marched to Dunmore.\n");
	CHECK_STR(m, "|MISC:War of the Kessel Succession|PLACE:Varnholm|PLACE:Dunmore|");
	free(m);
	/* After a verb of going and "to" or "into", a word no list knows is
	 * a place, but for the surname of a person the story names; a place
	 * a list knows is the place whoever has its name. */
	CHECK(article_has("Thousands fled into Varnia overnight .\n", "PLACE", "Varnia"));
	/* Of two words, none a given name first. */
	CHECK(article_has("Dufresne retreated to Castel Morano , where he was relieved .\n", "PLACE", "Castel Morano"));
	CHECK(article_has("She moved to Anna Kessel 's home in June .\n", "PERSON", "Anna Kessel"));
	CHECK(article_has("Coach Tomas Brelling resigned . The squad later travelled to Brelling 's home .\n",
			  "PERSON", "Brelling"));
	m = article_mentions("Police said Kevin Holland flew to Holland on Monday .\n");
	CHECK(strstr(m, "|PERSON:Kevin Holland|PLACE:Holland|") != NULL);
	free(m);
	/* A place a list knows that the model read as a body's (an invented
	 * saint). */
	CHECK(article_has("According to the Life of Saint Varnoc, written at Kessby Abbey in the 12th century, he sailed "
			  "to Devon in a stone coffin.\n",
			  "PLACE", "Devon"));
}

static void test_ner_tail_types(void)
{
	/* A stadium is a place, whatever the model read. */
	CHECK(article_has("Singapore won the title after beating Vietnam 1-0 in the final at Hang Day Stadium in "
			  "Hanoi.\n",
			  "PLACE", "Hang Day Stadium"));
	/* A state firm's "Enterprise" and a firm's "Enterprises", after a
	 * people's word; a ship's name stays (invented firms). */
	const char *e = "The dams are run by the Slovak Water Management Enterprise, the ministry said.\n\n"
			"Shares of the Varnesian Kessby Enterprises rose.\n\nThe USS Enterprise sailed.\n";
	CHECK(article_has(e, "ORG", "Slovak Water Management Enterprise"));
	CHECK(article_has(e, "ORG", "Varnesian Kessby Enterprises"));
	CHECK(article_has(e, "MISC", "USS Enterprise"));
	/* A name ending in "Air" is an airline's, one ending in
	 * "Constitution" a law's (general knowledge). */
	char *m = article_mentions("The approval follows two fatal crashes , of a Lion Air flight in Indonesia in "
				   "October 2018 and an Ethiopian Airlines flight in March 2019 .\n");
	CHECK(strstr(m, "|ORG:Lion Air|") != NULL);
	free(m);
	m = article_mentions("Under Article 370 of the Indian Constitution , the state had its own flag .\n");
	CHECK(strstr(m, "|MISC:Indian Constitution|") != NULL);
	free(m);
	/* A cross awarded is an award; the Red Cross stays a body. */
	m = article_mentions("He was awarded the Military Cross and the Victoria Cross in 1918 .\n\nThe Red Cross "
			     "said on Monday it had received the Red Cross funds .\n");
	CHECK(strstr(m, "|MISC:Military Cross|MISC:Victoria Cross|") != NULL);
	CHECK(strstr(m, "MISC:Red Cross") == NULL);
	free(m);
	/* A quartet is an ensemble (an invented one). */
	m = article_mentions("Quist has collaborated with Neil Young, Sonic Youth and the Harwick Quartet. Her song "
			     "\"Eleven Miles\" was featured in the film Garden State.\n");
	CHECK(strstr(m, "|ORG:Harwick Quartet|") != NULL);
	free(m);
	/* So is a person's quartet or orchestra, and a trio. */
	m = article_mentions("Past performers include the Dave Kesselring Quartet, the Tom Varden Orchestra and the "
			     "Harry Tolland Trio.\n");
	CHECK_STR(m, "|ORG:Dave Kesselring Quartet|ORG:Tom Varden Orchestra|ORG:Harry Tolland Trio|");
	free(m);
}

static void test_ner_split_titles(void)
{
	/* A person's first word that ends a title with the word before it is
	 * the title's (invented people; the model began one name inside the
	 * title in this story). */
	char *m = article_mentions(
		"KUALA LUMPUR : Datuk Seri Harun Tarvel said the Madani Economy framework would raise Malaysia 's "
		"share of high - skilled jobs to 35 per cent by 2033 .\n\nSpeaking at the launch at the Putrajaya "
		"International Convention Centre ( PICC ) , the Prime Minister said Bank Negara Malaysia and the "
		"Finance Ministry would work with Petronas and Khazanah Nasional Bhd on the plan .\n\nMeanwhile , "
		"Umno president Datuk Seri Dr Kamal Rosli said Barisan Nasional would contest the Pelangai by - "
		"election .\n");
	CHECK(strstr(m, "|PERSON:Harun Tarvel|") != NULL);
	free(m);
}

static void test_ner_index_names(void)
{
	/* An index's name in capitals before "index", with its number, is
	 * one other name, where the model found none (an invented text). */
	CHECK(article_has("European shares closed higher , and the pan-European STOXX 600 index rose 0.6% .\n", "MISC",
			  "STOXX 600"));
	/* A name before "index" or "average" is a stock index's; not a
	 * place's or an exchange's (invented indexes). */
	char *m = article_mentions("Shares fell. The Harwell Jones industrial average fell 31 points and the Brannock "
				   "Seng index rose , while the Tokyo index fell and the Harwick Stock Exchange index "
				   "was down 1.6 points.\n");
	CHECK_STR(m, "|MISC:Harwell Jones|MISC:Brannock Seng|PLACE:Tokyo|ORG:Harwick Stock Exchange|");
	free(m);
	/* A name that ends in "Index" is the index's, and an exchange's
	 * before it the exchange's. */
	m = article_mentions("The Tarvessa Stock Exchange All Share Index rose 2.1 percent, and the KV-Index fell.\n");
	CHECK(strstr(m, "|ORG:Tarvessa Stock Exchange|MISC:All Share Index|MISC:KV-Index|") != NULL);
	if (!strstr(m, "|ORG:Tarvessa Stock Exchange|MISC:All Share Index|MISC:KV-Index|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_result_lines(void)
{
	/* The names of a results table are teams, whole (invented teams and
	 * a real town's name). */
	char *m = article_mentions("Results of rugby matches on Saturday :\nHarwick 27 Dorvane Tigers 28\nSale 31 "
				   "Kestrel Harlequins 33\n");
	CHECK(strstr(m, "|ORG:Harwick|ORG:Dorvane Tigers|ORG:Sale|ORG:Kestrel Harlequins|") != NULL);
	free(m);
}

static void test_ner_for_causes(void)
{
	/* A body's name goes on over "for" and its cause (invented bodies). */
	char *m = article_mentions("He met the Undersecretary of the Tandor Ministry for Coastal and Inland Affairs , "
				   "Tom Kestrel .\n");
	CHECK(strstr(m, "|ORG:Tandor Ministry for Coastal and Inland Affairs|PERSON:Tom Kestrel|") != NULL);
	free(m);
}

static void test_ner_for_in_places(void)
{
	/* A body for a cause takes the region it serves, not the city of its
	 * seat (invented bodies). */
	char *m = article_mentions("The Alliance for Dryland Farming in Africa said on Monday that the Centre for "
				   "Harbour Studies in Washington had agreed .\n");
	CHECK(strstr(m, "|ORG:Alliance for Dryland Farming in Africa|") != NULL);
	CHECK(strstr(m, "|ORG:Centre for Harbour Studies|PLACE:Washington|") != NULL);
	free(m);
}

static void test_ner_event_heads(void)
{
	/* A siege of a place is an event, a statute a law (invented places). */
	char *m = article_mentions("The Siege of Karvel lasted three months, and the Battle for Tandor followed. "
				   "The Statute of Ostrel was adopted in 1931.\n");
	CHECK(strstr(m, "|MISC:Siege of Karvel|") != NULL);
	CHECK(strstr(m, "|MISC:Battle for Tandor|") != NULL);
	CHECK(strstr(m, "|MISC:Statute of Ostrel|") != NULL);
	free(m);
	/* A golf tour is a series of events (an invented tour). */
	m = article_mentions("The Kestrel Tour said on Monday it would add two events.\n");
	CHECK(strstr(m, "|MISC:Kestrel Tour|") != NULL);
	free(m);
	/* The head the model left out or took alone, and a place it began
	 * again at a firm's name, are the event's (invented places). */
	m = article_mentions("The Battle of Varn Bridge took place in 1066. The Siege of Port Kessel lasted months. "
			     "The Battle of Kessel Ford was fought in 1644.\n");
	CHECK(strstr(m, "|MISC:Battle of Varn Bridge|") != NULL);
	CHECK(strstr(m, "|MISC:Siege of Port Kessel|") != NULL);
	CHECK(strstr(m, "|MISC:Battle of Kessel Ford|") != NULL);
	if (!strstr(m, "|MISC:Battle of Kessel Ford|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_label_names(void)
{
	/* A record label is a company, after a place's name too; a book of
	 * records is not (general knowledge, invented sentences). */
	char *m = article_mentions("She signed with Columbia Records in 2003 and moved to Atlantic Records in 2008.\n\n"
				   "He holds three Guinness World Records for speed.\n");
	CHECK(strstr(m, "|ORG:Columbia Records|") != NULL && strstr(m, "|ORG:Atlantic Records|") != NULL);
	CHECK(strstr(m, "ORG:Guinness") == NULL);
	free(m);
}

static void test_ner_close_brackets(void)
{
	/* An editor's bracket in a quotation that opens right before the
	 * name is the name's, with spaces or without (invented people). */
	char *m = article_mentions("\"We will urge Judge (Harold) Kessler to act,\" the company said.\n\n"
				   "He saw ( Tom ) Kestrel and Jim Brannock play for the Mets in 1969 .\n");
	CHECK(strstr(m, "|PERSON:(Harold) Kessler|") != NULL);
	CHECK(strstr(m, "|PERSON:( Tom ) Kestrel|") != NULL);
	free(m);
	/* One that opens further back holds a title too: the names are cut
	 * at its close. */
	m = article_mentions("\"We will compare notes with (Finance Minister Dilson) Kessler,\" he said.\n");
	CHECK(strstr(m, ")") == NULL);
	CHECK(strstr(m, "|PERSON:Kessler|") != NULL);
	free(m);
	/* A company's bracket before its legal form is its name's. */
	CHECK(article_has("\"Offices sell at 1,100 dlrs per square foot, up by about 20 pct from a year\nago,\" said Frederick Kessler of Brannock House Securities (F.E.)\nLtd.\n",
			  "ORG", "Brannock House Securities (F.E.)\nLtd."));
	/* A bracket glued to what follows it is no part of a name after it. */
	m = article_mentions("(CORRECTED)-KESTREL BRANNOCK CORP said on Monday it sold its unit.\n");
	CHECK(strstr(m, "CORRECTED") == NULL && strstr(m, "|ORG:KESTREL BRANNOCK CORP|") != NULL);
	free(m);
	/* A name's acronym in the bracket right after it is that name's,
	 * cut from the body's unit that follows it. */
	m = article_mentions("Coastal Rescue Brigade (CRB) Legal and Media Wing Director Commander Tarek Alam said "
			     "so.\n");
	CHECK(strstr(m, "|ORG:CRB|ORG:Legal and Media Wing|") != NULL && strstr(m, "(") == NULL);
	if (strstr(m, "("))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_bracketed_nicknames(void)
{
	/* A nickname in brackets inside a person's name is one name, with
	 * spaces or without (invented people). */
	char *m = article_mentions("The mayor, Robert (Bob) Kessel, said on Monday that taxes would fall.\n\nPolice shot "
				   "Dario ( Dee ) Varnholt , 16 , on Saturday .\n");
	CHECK(strstr(m, "|PERSON:Robert (Bob) Kessel|") != NULL);
	CHECK(strstr(m, "|PERSON:Dario ( Dee ) Varnholt|") != NULL);
	free(m);
	/* The given name before the bracket read as another thing (a kauri
	 * is a tree), the names in it and the surname as a person: one. */
	m = article_mentions("The whales came ashore on Tuesday, officials said.\n\n\xe2\x80\xa2 Kauri (Te Rangiwhetu "
			     "Robert) Horomona, watched by his father, Hemi Horomona, carves a jawbone.\n");
	CHECK(strstr(m, "|PERSON:Kauri (Te Rangiwhetu Robert) Horomona|") != NULL);
	free(m);
	/* Or the model read the given name, the bracket's name and the
	 * surname as three names: one. */
	CHECK(article_has("The Brannock family was led by Lucky Kestrel for years .\nThe gang was founded by Charles ( "
			  "Lucky ) Kestrel , who was deported to Italy .\n",
			  "PERSON", "Charles ( Lucky ) Kestrel"));
}

static void test_ner_unbalanced_brackets(void)
{
	/* A name does not end in a bracket it does not open: wire copy's
	 * "(Company Inc)'s" and a dash glued to the bracket (invented
	 * names). */
	char *m = article_mentions("The paper was printed by (Kestrel Holdings Inc)'s Montreal unit, the company said.\n\n"
				   "The two islands (the North Island, and the South Island (Te Varunaki)\xe2\x80\x94" "and 600 "
				   "smaller ones) lie apart.\n");
	CHECK(strstr(m, ":Kestrel Holdings Inc|") != NULL);
	CHECK(strstr(m, ":Te Varunaki|") != NULL);
	CHECK(strstr(m, ")|") == NULL);
	free(m);
}

static void test_ner_time_zones(void)
{
	/* A time zone after a clock time is no name (a page's "PM EDT" was
	 * a person); the same letters elsewhere are left to the model
	 * (invented names). */
	const char *s = "Posted on January 5 , 2011 , 3 : 37 PM EDT\nPierre Vaskin is out .\n\nThe hearing is at 1400 "
			"MDT in Denver.\n\nThe new product, porcine somatotropin (PST), is described in the filing. "
			"The PST program grows.\n";
	CHECK(article_lacks(s, "EDT"));
	CHECK(article_lacks(s, "MDT"));
	CHECK(article_has(s, "PERSON", "Pierre Vaskin"));
	CHECK(article_has(s, NULL, "PST"));
}

static void test_ner_lower_heads(void)
{
	/* A name does not begin with a word news writes in lower case, nor
	 * is it cut to a letter ("serie A"). */
	char *m = article_mentions("The centrist Alliance won 40 seats, the commission said.\n\nNapoli won the serie "
				   "A title on Sunday .\n");
	CHECK(strstr(m, "|MISC:serie A|") != NULL);
	CHECK(strstr(m, "|ORG:Alliance|") != NULL && strstr(m, "centrist") == NULL);
	CHECK(strstr(m, ":A|") == NULL);
	free(m);
}

static void test_ner_coordinated_bodies(void)
{
	/* Two one-word names joined by "and" before a plural noun of their
	 * kind are two names; points of the compass are none. */
	char *m = article_mentions("The ban is on hold until the Interior and Commerce departments complete a review.\n\n"
				   "Produce may enter 19 Northern and Northeastern states.\n");
	CHECK(strstr(m, "|ORG:Interior|ORG:Commerce|") != NULL);
	CHECK(strstr(m, ":Northern|") == NULL && strstr(m, ":Northeastern|") == NULL);
	/* A point of the compass that is a surname stays one. */
	CHECK(article_has("Former aide Oliver North said so .\n", "PERSON", "Oliver North"));
	free(m);
	/* A body "of" something and a place's university after "and" are
	 * two; a portfolio's "and" stays inside. */
	m = article_mentions("Chengdu is the capital of Sichuan province in Southwest China. With a population of 20.9 "
			     "million , it is home to the Chengdu Research Base of Giant Panda Breeding and Sichuan University .\n\n"
			     "The Ministry of Trade and Industry said so .\n");
	CHECK(strstr(m, "|ORG:Chengdu Research Base of Giant Panda Breeding|ORG:Sichuan University|") != NULL);
	CHECK(strstr(m, "|ORG:Ministry of Trade and Industry|") != NULL);
	if (!strstr(m, "|ORG:Sichuan University|"))
		printf("#   got %s\n", m);
	free(m);
	/* A body of a country and a firm after "and" are two. */
	m = article_mentions("The loan was arranged by the Bank of Tanzania and Kesselway Holdings Ltd on Monday .\n");
	CHECK(strstr(m, "|ORG:Bank of Tanzania|ORG:Kesselway Holdings Ltd|") != NULL);
	if (!strstr(m, "|ORG:Bank of Tanzania|"))
		printf("#   got %s\n", m);
	free(m);
	/* Two schools of two words or more each; one word before "and" is
	 * one body's name. */
	const char *sc = "She was educated at Harwick Girls High School and Kessby University , where she studied law .\n";
	CHECK(article_has(sc, "ORG", "Harwick Girls High School") && article_has(sc, "ORG", "Kessby University"));
	CHECK(article_has("He joined the University and College Union .\n", "ORG", "University and College Union"));
}

/* Two names of one head word joined by "and" are two names; one name
 * with "and" inside, or single words, stays as it is (invented names). */
static void test_ner_coordinated_heads(void)
{
	char *m = article_mentions("A storm hit Varne County and Halloway County on Friday .\n\nKestrel Motor Co and "
				   "Orvane Motors Co gained . Bosnia and Herzegovina voted .\n");
	CHECK(strstr(m, ":Varne County|PLACE:Halloway County|") != NULL);
	CHECK(strstr(m, "|ORG:Kestrel Motor Co|ORG:Orvane Motors Co|") != NULL);
	CHECK(strstr(m, "|PLACE:Bosnia and Herzegovina|") != NULL);
	if (!strstr(m, "|ORG:Kestrel Motor Co|ORG:Orvane Motors Co|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A name opened by a single quote mark ends at the mark that closes it;
 * what follows after a word in lower case is a name of its own, right
 * after the mark only if a list knows it (invented names). */
static void test_ner_quoted_names(void)
{
	char *m = article_mentions("Dario Kessel, 'Iron Fox' of Varnholt, died at 95 on Monday.\n\nHe was known as "
				   "' Iron Fox ' of Varnholt fame .\n\n'Penguin Post Office' Attracts Record Crowds\n");
	CHECK(strstr(m, ":Iron Fox|") != NULL && strstr(m, "Fox'") == NULL && strstr(m, "Fox '") == NULL);
	CHECK(strstr(m, ":Varnholt|") != NULL);
	CHECK(strstr(m, ":Penguin Post Office|") != NULL && strstr(m, "Attracts") == NULL);
	if (strstr(m, "Fox'") || strstr(m, "Attracts"))
		printf("#   got %s\n", m);
	free(m);
}

/* A publication named before its kind after "the" is one organization of
 * all its capitalised words; a people's paper and its name are two
 * (invented names). */
static void test_ner_press_names(void)
{
	char *m = article_mentions("The cause was not known, said the Press Democrat newspaper in Santa Rosa.\n\nThe "
				   "Kenyan magazine Varnholt said on Monday that it would close.\n\nPrices rose, the Irish "
				   "magazine Commerce and Money reported.\n");
	CHECK(strstr(m, "|ORG:Press Democrat|") != NULL);
	CHECK(strstr(m, "|GROUP:Kenyan|") != NULL && strstr(m, "magazine") == NULL);
	CHECK(strstr(m, "|ORG:Varnholt|") != NULL);
	CHECK(strstr(m, "|GROUP:Irish|ORG:Commerce and Money|") != NULL);
	if (!strstr(m, "|ORG:Press Democrat|") || strstr(m, "magazine") || !strstr(m, "|ORG:Varnholt|"))
		printf("#   got %s\n", m);
	free(m);
	/* Not a language's paper. */
	m = article_mentions("Le Varnholt, the French-language tabloid launched here in February, said it is closing.\n");
	CHECK(strstr(m, "French-language") == NULL);
	free(m);
}

/* An outlet named by an ordinary word is told things: "told People",
 * "tells PEOPLE", "confirmed to People and Us Weekly" (two); not the first
 * word of a longer name, nor a title (invented people). */
static void test_ner_told_outlets(void)
{
	char *m = article_mentions("A friend of the actress told People she went to a clinic on Tuesday.\n\nHer rep Jack "
				   "Kessan tells PEOPLE that she is fine. The news was confirmed to People and Us Weekly "
				   "on Friday.\n\nVarnholt told Trade and Industry Minister Dario Kessel to try again.\n");
	CHECK(strstr(m, "|ORG:People|") != NULL && strstr(m, "|ORG:PEOPLE|") != NULL);
	CHECK(strstr(m, "|ORG:People|ORG:Us Weekly|") != NULL);
	CHECK(strstr(m, ":Trade|") == NULL);
	if (!strstr(m, "|ORG:People|ORG:Us Weekly|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A company's one-word name that also names a river or a basin is the
 * place after "the" (and a people's adjective), not alone. */
static void test_ner_feature_places(void)
{
	char *m = article_mentions("Most of the land cleared in 2021 was in the Amazon, the largest rainforest.\n\nThe "
				   "Brazilian Amazon lost 3,988 square kilometres, the institute said.\n\nAmazon said its "
				   "sales rose.\n");
	CHECK(strstr(m, "|PLACE:Amazon|GROUP:Brazilian|PLACE:Amazon|") != NULL || strstr(m, "|PLACE:Amazon|PLACE:Brazilian Amazon|") != NULL);
	CHECK(strstr(m, "|ORG:Amazon|") != NULL);
	if (!strstr(m, "|ORG:Amazon|") || !strstr(m, "|PLACE:Amazon|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A plural of people before "of" and a place heads a union's name, not a
 * place's: the union is real but no list has it, and the story around it
 * (a Reuters story's, the company and towns invented) leads the model to
 * a place. */
static void test_ner_union_names(void)
{
	char *m = article_mentions("Title: VARNCO IN TRAIL, KIMBERLEY NEGOTIATIONS\n\n    TRAIL, British Columbia, March "
				   "17 - Varnco Ltd said it was\nin the second round of negotiations with about\n3,200 "
				   "unionized workers at its Trail and Kimberley, British\nColumbia zinc-lead operations.\n"
				   "    The existing contracts expire April 30. The\nworkers are represented by the United "
				   "Steelworkers of America.\n");
	CHECK(strstr(m, "|ORG:United Steelworkers of America|") != NULL);
	if (!strstr(m, "|ORG:United Steelworkers of America|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A name the model ran across a line break into a dateline's place ends
 * where the dateline starts: mentions never overlap (a fuzzer's input). */
static void test_ner_dateline_overlap(void)
{
	const char *text = "By MARTA KOWALSKI and TOM ELLISON Associated[ Press\nS LONDON, March 16 - Bonds were "
			   "issued.\n";
	struct article *a = article_parse("t.txt", xstrdup(text), strlen(text));
	struct ner_list l = { 0 };
	ner_article(a, &l);
	int overlaps = 0;
	for (size_t i = 1; i < l.n; i++)
		overlaps += l.v[i - 1].end > l.v[i].start;
	CHECK_INT(overlaps, 0);
	CHECK(l.n >= 3);
	ner_list_free(&l);
	article_free(a);
}

/* A subject's other name after a language's label, which the model found
 * apart as another type, is of the subject's type (invented names). */
static void test_ner_bracket_alias_types(void)
{
	CHECK(article_has("Kessby ( Welsh : Cesbi ) is a market town in Powys , Wales .\n", "PLACE", "Cesbi"));
	/* A romanization's label is no name; the name after it, after a
	 * comma in the bracket, is the subject's. */
	char *r = article_mentions("Harbour Lantern ( Japanese : \xe6\xb8\xaf\xe7\x81\xaf , Hepburn : Minato Tomoshibi ) is a "
				   "Japanese manga series written by Keiko Mori .\n");
	CHECK(strstr(r, "Hepburn") == NULL && strstr(r, "|MISC:Minato Tomoshibi|") != NULL);
	free(r);
}

/* A bracket's language label the model found alone names the subject
 * only where no other name lies after it in the bracket: mentions never
 * overlap (a fuzzer's input). */
static void test_ner_bracket_alias_overlap(void)
{
	const char *text = "Varnholm (/\xcb\x88v\xc9\x91\xcb\x90rn/ VARN-hohm; Norwegian: V. B 2 - S and P said) is a "
			   "town .\n";
	struct article *a = article_parse("t.txt", xstrdup(text), strlen(text));
	struct ner_list l = { 0 };
	ner_article(a, &l);
	int overlaps = 0;
	for (size_t i = 1; i < l.n; i++)
		overlaps += l.v[i - 1].end > l.v[i].start;
	CHECK_INT(overlaps, 0);
	CHECK(l.n >= 2);
	ner_list_free(&l);
	article_free(a);
}

/* A product's name ends before its kind and before "Web" that starts
 * its kind; "World Wide Web" stays (invented product). */
static void test_ner_kind_tails(void)
{
	char *m = article_mentions("Microsoft fixed a flaw in its Internet Explorer Web browser on Tuesday.\n\nThe "
				   "company said its Quillfox Web browser is safe.\n\nHe invented the World Wide Web in "
				   "1989.\n");
	CHECK(strstr(m, ":Internet Explorer|") != NULL && strstr(m, "Web browser") == NULL);
	CHECK(strstr(m, "Quillfox Web") == NULL);
	CHECK(strstr(m, ":World Wide Web|") != NULL);
	if (strstr(m, "Web browser") || strstr(m, "Quillfox Web"))
		printf("#   got %s\n", m);
	free(m);
}

/* A plural of ordinary people and "of" opening a sentence are no part of
 * the name after them; not before "the" (invented product). */
static void test_ner_common_of_names(void)
{
	char *m = article_mentions("Users of Quillfox should update now, the company said.\n\nUsers of Chrome and "
				   "Firefox were told on Tuesday.\n\nFriends of the Earth protested.\n");
	CHECK(strstr(m, "Users") == NULL);
	CHECK(strstr(m, ":Quillfox|") != NULL && strstr(m, "|MISC:Chrome|") != NULL);
	if (strstr(m, "Users"))
		printf("#   got %s\n", m);
	free(m);
}

/* A word news writes in lower case inside a name parts two names; the
 * words that join names ("and", "of", "und") do not (invented names). */
static void test_ner_lower_inner_words(void)
{
	char *m = article_mentions("Shares of Kestrel Bank subsidiaries Varnholt Ltd rose.\n\nThe rating was cut by "
				   "Dresh Investors Service Inc or Standard and Quill Corp on Monday.\n\nThe Varnholt Canal "
				   "linking Lakes Erie and Ontario was closed.\n");
	CHECK(strstr(m, "|ORG:Kestrel Bank|ORG:Varnholt Ltd|") != NULL);
	CHECK(strstr(m, "|ORG:Dresh Investors Service Inc|ORG:Standard and Quill Corp|") != NULL);
	CHECK(strstr(m, ":Varnholt Canal|PLACE:Lakes Erie|") != NULL);
	if (!strstr(m, "|ORG:Kestrel Bank|ORG:Varnholt Ltd|") || !strstr(m, ":Varnholt Canal|PLACE:Lakes Erie|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_name_tails(void)
{
	/* A publication's kind, an article and a count of thousands end a
	 * name before them (the people invented). */
	char *m = article_mentions("Word comes from People magazine that the star is in rehab.\n\nCongress has given "
				   "the American People a gift, she said.\n\nFans held signs reading `` Dario Kessel "
				   "2,290 '' on one side.\n");
	CHECK(strstr(m, "|ORG:People|") != NULL && strstr(m, "magazine") == NULL);
	CHECK(strstr(m, "People a|") == NULL);
	CHECK(strstr(m, "|PERSON:Dario Kessel|") != NULL && strstr(m, "2,290") == NULL);
	free(m);
}

static void test_ner_lone_bodies(void)
{
	/* A body's common noun alone is no name where the story names no
	 * body with that word; where it does, it stays, to be that body's
	 * short form, but for the nouns the training data never names alone
	 * (invented names). */
	char *m = article_mentions("Tolmar is a small country. The Ministry said on Monday that the Government would "
				   "act.\n");
	CHECK(strstr(m, "Ministry") == NULL);
	free(m);
	m = article_mentions("The Velkan Ministry of Health helps. Tolmar is a small country. The Ministry said on "
			     "Monday that the Government would act.\n");
	CHECK(strstr(m, "|ORG:Velkan Ministry of Health|") != NULL && strstr(m, "|ORG:Ministry|") == NULL);
	free(m);
	m = article_mentions("The Velkan Development Bank helps. Tolmar is a small country. The Bank said on Monday "
			     "that Police and the Velkan Party Council would act, and the Council agreed.\n");
	CHECK(strstr(m, "|ORG:Velkan Development Bank|") != NULL && strstr(m, "|ORG:Bank|") != NULL);
	CHECK(strstr(m, "|ORG:Police|") == NULL && strstr(m, "|ORG:Council|") == NULL);
	if (strstr(m, "|ORG:Bank|") == NULL || strstr(m, "|ORG:Council|") != NULL)
		printf("#   got %s\n", m);
	free(m);
	/* So are an embassy's and a bureau's. */
	m = article_mentions("The Embassy said on Monday that visas would be issued again, and the Bureau said it had "
			     "no record.\n");
	CHECK(strstr(m, "Embassy") == NULL && strstr(m, "Bureau") == NULL);
	free(m);
	/* Right after a place's name the noun is the body's with it. */
	m = article_mentions("The report was signed by Tarvel Police Commissioner Ana Roth on Monday.\n");
	CHECK(strstr(m, "|ORG:Tarvel Police|PERSON:Ana Roth|") != NULL);
	if (!strstr(m, "|ORG:Tarvel Police|PERSON:Ana Roth|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_caps_headline_parts(void)
{
	/* A name the model ran on with in a capitals headline is the name
	 * of two words or more that begins it and that the story writes in
	 * mixed case; one word alone is no such name (invented names). */
	char *m = article_mentions("Title: KESTREL BANK OF VARNIA SEES PROFIT\n\nKestrel Bank of Varnia said on "
				   "Monday its profit rose in the year, and it's done so in under two weeks.\n");
	CHECK(strstr(m, "|ORG:KESTREL BANK OF VARNIA|ORG:Kestrel Bank of Varnia|") != NULL);
	free(m);
	m = article_mentions("Title: DORVANE STEEL SEES PROFIT\n\nDorvane Steel Works Inc said on Monday its "
			     "profit rose, and Dorvane said it's done so in under two weeks.\n");
	CHECK(strstr(m, "|ORG:DORVANE|") == NULL && strstr(m, "|PERSON:DORVANE|") == NULL);
	free(m);
}

static void test_ner_person_digit_tails(void)
{
	/* Digits a page ran into a person's name are no part of it
	 * (invented names). */
	char *m = article_mentions("Title: A test\nAuthor: by Nora Delvane22 Dec 2016651\n\nThe storm hit the "
				   "coast, said Nora Delvane.\n");
	CHECK(strstr(m, "|PERSON:Nora Delvane|DATE:Dec|") != NULL);
	CHECK(strstr(m, "Delvane22") == NULL);
	free(m);
}

static void test_ner_and_repeats(void)
{
	/* A name that runs on over "and" to its own first word again is two
	 * names; not a firm of two partners (invented names). */
	char *m = article_mentions("Loans came from the Bank of Ostrava and Bank of Lundvik, said Credit du "
				   "Varenne and Credit Tolmain. Tessler and Tessler Co Plc and the Tolmain Group "
				   "agreed.\n");
	CHECK(strstr(m, "|ORG:Bank of Ostrava|ORG:Bank of Lundvik|") != NULL);
	CHECK(strstr(m, "|ORG:Credit du Varenne|ORG:Credit Tolmain|") != NULL);
	CHECK(strstr(m, "|ORG:Tessler and Tessler Co Plc|") != NULL);
	free(m);
}

static void test_ner_kind_lists(void)
{
	/* The names a story lists as of a kind are of it, where no list
	 * knows them as something else (invented names). */
	char *m = article_mentions("Strict rules could drive start-ups such as Aleph Vantor to the United States. "
				   "Organizations such as Kestrova rely on tips, and insurers such as Seguros Ramela "
				   "and Tolima paid bribes. Countries like Ostrania joined, as did firms such as "
				   "Japan.\n");
	CHECK(strstr(m, "|ORG:Aleph Vantor|PLACE:United States|ORG:Kestrova|ORG:Seguros Ramela|ORG:Tolima|") != NULL);
	CHECK(strstr(m, "|PLACE:Ostrania|") != NULL);
	CHECK(strstr(m, "|PLACE:Japan|") != NULL);
	free(m);
}

static void test_ner_kind_appositions(void)
{
	/* The kind's word before an apposition's commas, in tokenized text
	 * too (invented names); a person's name there is the kind's own
	 * only after "its" or "their". */
	CHECK(article_has("Its football club , AO Kessan , plays in the regional league .\n", "ORG", "AO Kessan"));
	CHECK(article_has("The town grew. Its football club, AO Kessan, plays in the regional league.\n", "ORG",
			  "AO Kessan"));
	CHECK(article_has("Rice stocks are low , the head of the food logistics agency , Bustanil Varnholt , has "
			  "said .\n", "PERSON", "Bustanil Varnholt"));
	/* A company's goods are other names (an invented product); "a
	 * product of" an academy says nothing of a person. */
	CHECK(article_has("The company said its flagship product , Sentinel Mesh , is used widely .\n", "MISC",
			  "Sentinel Mesh"));
	CHECK(article_has("The striker Tom Ray, a product of the Kessel academy, scored.\n", "PERSON", "Tom Ray"));
	/* Places' kind in the plural before "of" and a list; a place's kind
	 * right before a name, but for a body's ("the county Board of
	 * Supervisors"). */
	char *pl = article_mentions("Moravia ceded the provinces of Lutz and Brevard to Varnia .\n");
	CHECK(strstr(pl, "|PLACE:Lutz|PLACE:Brevard|") != NULL);
	free(pl);
	CHECK(article_has("The river Ostra flooded the valley .\n", "PLACE", "Ostra"));
	CHECK(article_has("The reward was raised , and the county Board of Supervisors added $ 20,000 .\n", "ORG",
			  "Board of Supervisors"));
	/* After "its" or "their" and the kind ("its cholesterol drug"). */
	CHECK(article_has("Regulators approved its cholesterol drug Lipravex on Thursday .\n", "MISC", "Lipravex"));
	/* A name the story says is of a kind, in an apposition or after
	 * the kind, is of it; not where the kind is part of a name in
	 * capitals, nor the head of another noun (invented names). */
	char *m = article_mentions("Tolimar, an opposition party in Ostrania, agreed. John Smith, a company "
				   "spokesman, said so. The stake is held by Kestrel Vane, a Salt Lake City, Utah, "
				   "partnership.\n");
	CHECK(strstr(m, "|ORG:Tolimar|") != NULL);
	CHECK(strstr(m, "|PERSON:John Smith|") != NULL);
	CHECK(strstr(m, "PLACE:Kestrel Vane|") == NULL);
	free(m);
	/* In a predicate, or after "the" with a possessive between. */
	m = article_mentions("Vantrik is a company that automates payments. Quillon Rosso, the country's largest "
			     "bank, lent it money. Dara Velk was a company director, and Tom Orrin, the company's "
			     "founder, agreed. Shares were sold by Ned Harlow, the founder of the company. Sam Ordo, the "
			     "ministry of transport official, spoke.\n");
	CHECK(strstr(m, "|ORG:Vantrik|") != NULL);
	CHECK(strstr(m, "|ORG:Quillon Rosso|") != NULL);
	CHECK(strstr(m, "|PERSON:Dara Velk|") != NULL);
	CHECK(strstr(m, "|PERSON:Tom Orrin|") != NULL);
	CHECK(strstr(m, "|PERSON:Ned Harlow|") != NULL);
	CHECK(strstr(m, "|PERSON:Sam Ordo|") != NULL);
	free(m);
	/* A league's or a city's name may stand for the article before the
	 * kind; not before a person's name ("producer"). */
	CHECK(article_has("He joined Tessaly Premier League club Velmar Uprising in 2012 .\n", "ORG", "Velmar Uprising"));
	CHECK(article_has("Hollywood producer Burt Kessel made a bid .\n", "PERSON", "Burt Kessel"));
	/* A part a story's person plays, before the name (invented). */
	CHECK(article_has("The game follows the knight Sera Vance .\n", "PERSON", "Sera Vance"));
	CHECK(article_has("It follows the protagonist Ash Velmar on his quest .\n", "PERSON", "Ash Velmar"));
	/* A participle after the kind ends its phrase, with an
	 * encyclopedia's bracket of codes between. */
	CHECK(article_has("Kessby International Airport ( IATA : KSB ) is an international airport serving Kessby , "
			  "the capital of Tessaly .\n", "PLACE", "Kessby International Airport"));
	/* A broadcast's programme is a work, a website a company; "the
	 * records show" says no kind. */
	CHECK(article_has("Its flagship news programme , Harwick Lane , is presented by Sara Lind .\n", "MISC",
			  "Harwick Lane"));
	CHECK(article_has("Quillhub is a social networking website founded in 2008 by Daniel Ekstrom .\n", "ORG",
			  "Quillhub"));
	CHECK(article_has("Its owner was listed as Tarvo Kessel , the records show .\n", "PERSON", "Tarvo Kessel"));
}

static void test_ner_hyphen_pairs(void)
{
	/* A name the lists know before "-led" that the model left out is
	 * the name alone (general knowledge). */
	CHECK(article_has("Meanwhile, the Awami League-led government announced a reception.\n", "ORG", "Awami League"));
	/* A name of two words before a hyphen and a word of the language is
	 * one name; a place's head word makes it a place; a list's place
	 * stays apart (invented names). */
	char *m = article_mentions("He resigned from the Ramesh Tolvar-led government in June. The Mercer "
				   "Island-based firm agreed, and a Saudi-led coalition fought.\n");
	CHECK(strstr(m, "|PERSON:Ramesh Tolvar|") != NULL);
	CHECK(strstr(m, "|PLACE:Mercer Island|") != NULL);
	CHECK(strstr(m, "|GROUP:Saudi|") != NULL);
	free(m);
}

static void test_ner_participle_dates(void)
{
	/* A participle that opens a sentence before a date is no name, as
	 * a page's references write "Retrieved"; a given name stays. */
	char *m = article_mentions("Kestrova Labs. Retrieved 2016-05-01.\n\nDorvane Press. Retrieved 1 May 2016.\n\n"
				   "Mohammed Adeyemi scored. Mohammed 12 points.\n");
	CHECK_STR(m, "|ORG:Kestrova Labs|DATE:2016-05-01|ORG:Dorvane Press|DATE:1 May 2016|PERSON:Mohammed Adeyemi|"
		     "PERSON:Mohammed|");
	free(m);
}

static void test_ner_company_nouns(void)
{
	/* A name the model took for a person is a company's where the story
	 * writes it before a noun only a company has; not where a title
	 * stands before it. */
	char *m = article_mentions("This will stay with Kerrigan , as will Kerrigan's stakes in two firms . Later , "
				   "Kerrigan said it was pleased , and Kerrigan shares rose .\n");
	CHECK_STR(m, "|ORG:Kerrigan|ORG:Kerrigan|ORG:Kerrigan|ORG:Kerrigan|");
	free(m);
	m = article_mentions("This will stay with Kerrigan , as will Kerrigan's stakes in two firms . Later , "
			     "Mr. Kerrigan said he was pleased , and Kerrigan shares rose .\n");
	CHECK(strstr(m, "ORG") == NULL && strstr(m, "|PERSON:Kerrigan|") != NULL);
	if (strstr(m, "ORG"))
		printf("#   got %s\n", m);
	free(m);
	/* So is one the story names after a kind of company. */
	m = article_mentions("This will stay with Kerrigan , as will Kerrigan's stakes in two firms . Later , "
			     "Kerrigan said it was pleased with the food group Kerrigan .\n");
	CHECK_STR(m, "|ORG:Kerrigan|ORG:Kerrigan|ORG:Kerrigan|ORG:Kerrigan|");
	free(m);
	/* And one an apposition or a bracket gives a kind of body. */
	const char *t = "Prices rose 0.6 pct in May, the national statistics institute (Varnstat) said. Varnstat said "
			"the rise was the largest this year.\n";
	CHECK(article_has(t, "ORG", "Varnstat"));
	CHECK(article_expect(t, "PERSON", "Varnstat", 0));
	t = "Varnstat, the national statistics institute, said prices rose. Varnstat said the rise was the "
	    "largest this year.\n";
	CHECK(article_has(t, "ORG", "Varnstat"));
}

static void test_ner_macron_joins(void)
{
	/* A word a tokenizer split at its vowel with a macron is one word
	 * again ("M \xc4\x81 ori" is "M\xc4\x81ori"), but for an English word
	 * after a word's last vowel ("hap\xc5\xab leaders"). */
	char *m = article_mentions("Title: Schools\n\nThe M \xc4\x81 ori Language Commission said M \xc4\x81 ori pupils in "
				   "Whang \xc4\x81 rei would gain , and hap \xc5\xab leaders agreed .\n");
	CHECK(strstr(m, "|ORG:M \xc4\x81 ori Language Commission|GROUP:M \xc4\x81 ori|PLACE:Whang \xc4\x81 rei|") != NULL);
	CHECK(strstr(m, "leaders") == NULL);
	if (!strstr(m, "|GROUP:M \xc4\x81 ori|"))
		printf("#   got %s\n", m);
	free(m);
	/* A piece between two such vowels goes on to the next. */
	m = article_mentions("Title: Towns\n\nP \xc4\x81 p \xc4\x81 moa and Whang \xc4\x81 rei voted .\n");
	CHECK_STR(m, "|PLACE:P \xc4\x81 p \xc4\x81 moa|PLACE:Whang \xc4\x81 rei|");
	free(m);
}

static void test_ner_numbered_people(void)
{
	/* A name with a digit is no person's; digits a page glued to a
	 * name's end leave it one. */
	CHECK(article_has("Title: Virus\n\nThe virus, SARS-CoV-2, spread quickly, and cases rose.\n", "MISC", "SARS-CoV-2"));
	CHECK(article_expect("Title: Virus\n\nThe virus, SARS-CoV-2, spread quickly, and cases rose.\n", "PERSON",
			     "SARS-CoV-2", 0));
	CHECK(article_has("Author: by Tomas Kessel22 Dec 2016\n\nThe talks went well, Kessel said.\n", "PERSON",
			  "Tomas Kessel"));
}

static void test_ner_legal_form_names(void)
{
	/* A name that ends in a company's legal form is the company's, in
	 * any case; not where the word is the lists' for a state too. */
	char *m = article_mentions("Title: Bonds\n\nThe holding will issue bonds convertible into shares of its "
				   "subsidiaries <Kestova SpA> and <Varnelli SpA> .\nNew Hope leader Gideon Sa said on "
				   "Monday he would join .\n");
	CHECK(strstr(m, "|ORG:Kestova SpA|ORG:Varnelli SpA|") != NULL && strstr(m, "|PERSON:Gideon Sa|") != NULL);
	if (!strstr(m, "|ORG:Kestova SpA|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_company_results(void)
{
	/* A company's results after a name, or its shares before it, make a
	 * company of a name the model took for a person or a place, of one
	 * word or more, and of its other mentions. */
	CHECK(article_has("Title: Results\n\nTarvok posted a net loss of 3 mln dlrs in the first quarter .\n", "ORG",
			  "Tarvok"));
	char *m = article_mentions("Title: Results\n\nKaibrou Tachi posted a net profit of 12 mln dlrs , up from 9 mln . "
				   "Kaibrou Tachi said sales rose 8 pct .\n");
	CHECK(strstr(m, "PERSON:Kaibrou Tachi") == NULL && strstr(m, "ORG:Kaibrou Tachi") != NULL);
	if (strstr(m, "PERSON:Kaibrou Tachi"))
		printf("#   got %s\n", m);
	free(m);
	CHECK(article_has("Title: Stake\n\nThe fund raised its stake in Drovani Keshet to 12 pct , it said .\n", "ORG",
			  "Drovani Keshet"));
	/* A person opened by a given name stays one. */
	CHECK(article_has("Title: Results\n\nAnna Kessar reported sales of her book had doubled .\n", "PERSON",
			  "Anna Kessar"));
}

static void test_ner_facility_short_form(void)
{
	/* A facility's name without the words of its kind is the facility
	 * where its story writes it so, even as a common word; a
	 * department's portfolio word alone is none. */
	char *m = article_mentions("Tara Velden has entered the Steps Treatment Center in Malibu .\nPeople said Velden 's "
				   "representative Jack Ormsby confirmed the actress 's stay at Steps .\n");
	CHECK_STR(m, "|PERSON:Tara Velden|ORG:Steps Treatment Center|PLACE:Malibu|PERSON:Velden|PERSON:Jack Ormsby|"
		     "ORG:Steps|");
	free(m);
	m = article_mentions("The Kestrel State Department said on Monday that State would not comment .\n");
	CHECK(strstr(m, "|ORG:State|") == NULL);
	if (strstr(m, "|ORG:State|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_of_place_heads(void)
{
	/* "X of" a place is what its head says: an organization's head word
	 * makes an organization, a reference work's an other name. */
	char *m = article_mentions("He visited the Museum of New Zealand .\nHe read the Encyclopedia of New Zealand .\n");
	CHECK_STR(m, "|ORG:Museum of New Zealand|MISC:Encyclopedia of New Zealand|");
	free(m);
	/* An organization the model ended at its body's head word takes "of"
	 * and the place; a company's legal form or a newspaper's name does
	 * not, there "of" says where it is. */
	m = article_mentions("Judges of the Supreme Court of Ghana ruled on Monday .\nThe Communist Party of Vietnam met "
			     "Fellows of the Royal Society of Edinburgh .\nSamsung Electronics Co Ltd of South Korea told the Irish Times "
			     "of Dublin .\n");
	CHECK_STR(m, "|ORG:Supreme Court of Ghana|DATE:Monday|ORG:Communist Party of Vietnam|ORG:Royal Society of Edinburgh|"
		     "ORG:Samsung Electronics Co Ltd|PLACE:South Korea|ORG:Irish Times|PLACE:Dublin|");
	free(m);
	/* A body's head after "the" that the model left out before the
	 * place it found alone (the story writes "museum" in lower case
	 * too); not a governor's. */
	char *mu = article_mentions("The Museum of Kessby History is a local history museum in Kessby , housed in the former "
				    "Corn Exchange .\nIt is run by Kessby City Council and is a member of the Association of "
				    "Independent Museums .\nThe museum 's collection includes the Kessby Hoard , a collection "
				    "of Roman coins found in 1987 .\n");
	CHECK(strstr(mu, "|ORG:Museum of Kessby History|") != NULL);
	free(mu);
	CHECK(article_expect("The Governor of Kessby resigned on Monday .\n", "ORG", "Governor of Kessby", 0) &&
	      article_expect("The Governor of Kessby resigned on Monday .\n", "PLACE", "Governor of Kessby", 0));
}

static void test_ner_place_possessors(void)
{
	/* A place the lists know, as a possessor, is a name apart from the
	 * name it owns; another one-word possessor stays inside. */
	char *m = article_mentions("He visited California's Museum of Neon Art in June , and Chicago's Midway Airport . "
				   "The People's Daily said so .\n");
	CHECK_STR(m, "|PLACE:California|ORG:Museum of Neon Art|DATE:June|PLACE:Chicago|PLACE:Midway Airport|"
		     "ORG:People's Daily|");
	free(m);
}

static void test_ner_abbreviation_lower_words(void)
{
	/* Wire copy's capital after "U.K." that news and its story write in
	 * lower case is a common noun, also without "the", where the model
	 * took the two for one place; a company stays. */
	char *m = article_mentions("A cut in U.K. Interest rates would help , as interest rates are high .\n"
				   "U.S. Steel said it would close a plant .\n");
	CHECK_STR(m, "|PLACE:U.K.|ORG:U.S. Steel|");
	free(m);
}

static void test_ner_title_plurals(void)
{
	/* A word between a title and a title's plural is a portfolio, no
	 * person. */
	char *m = article_mentions("PARIS , March 20 - Deputy Finance Ministers from the Group of 10 met here .\n");
	CHECK(strstr(m, "Finance") == NULL && strstr(m, "|PLACE:PARIS|") != NULL);
	if (strstr(m, "Finance"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_people_plurals(void)
{
	/* A plural of people that opens a sentence, and that the story writes
	 * in lower case, is no person; a fuller name ending in one is. */
	char *m = article_mentions("Kestrel Farms said prices fell .\nGrowers said prices would rise , and the growers "
				   "met on Monday .\n");
	CHECK_STR(m, "|ORG:Kestrel Farms|DATE:Monday|");
	free(m);
	m = article_mentions("Jane Rodgers chairs Kestrel Farms .\nRodgers said prices would rise , and the rodgers "
			     "met on Monday .\n");
	CHECK_STR(m, "|PERSON:Jane Rodgers|ORG:Kestrel Farms|PERSON:Rodgers|DATE:Monday|");
	free(m);
}

static void test_ner_table_first_words(void)
{
	/* A line's first word before a number, and a dateline's first word
	 * before a hyphen, that news writes in lower case are no names. */
	char *m = article_mentions("NEW YORK, March 13 - Privately-owned Kestrel Power Co said on Monday :\n"
				   "    Net profit 151,000 vs loss 523,000\n    Loans 44.3 mln vs 51.7 mln\n"
				   "    Record 12 mln\n");
	CHECK(strstr(m, "Privately") == NULL && strstr(m, "Loans") == NULL && strstr(m, "Record") == NULL &&
	      strstr(m, "|ORG:Kestrel Power Co|") != NULL);
	if (strstr(m, "Privately") || strstr(m, "Loans") || strstr(m, "Record"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_partner_firms(void)
{
	/* A firm named by two partners with a comma between them is one
	 * company; not where the word before the comma is a place, nor where
	 * more than legal forms follow "and Co". */
	CHECK(has("The notes were offered by Zolter, Brannock and Co Inc, the lead manager.",
		  "ORG:Zolter, Brannock and Co Inc"));
	CHECK(lacks("In Texas, Brannock and Co said nothing.", "ORG:Texas, Brannock and Co"));
	CHECK(lacks("Advisers were Inc, Brannock and Co and Lazard Freres.", "Inc, Brannock"));
}

static void test_ner_spaced_abbreviation_end(void)
{
	/* A place's abbreviation split into tokens ends no name before it;
	 * an initial inside a name stays. */
	const char *t = "Kofi Mensah U . S . Surgeon General nominee\nKofi Mensah was named on Monday .";
	CHECK(lacks(t, "Mensah U") && has(t, "PERSON:Kofi Mensah") && has(t, "PLACE:U . S ."));
	CHECK(has("The award went to Mary J . Blige on Monday .", "PERSON:Mary J . Blige"));
}

static void test_ner_portfolio_person_word(void)
{
	/* A portfolio's word the model took for a person's first is the
	 * portfolio's ("Mines Minister" is a title), not the holder's; a
	 * given name after "and" stays the holder's. */
	CHECK(has("Zedland's Minister of Energy and Mines Kovalo said today OPEC faces a choice.", "PERSON:Kovalo") &&
	      lacks("Zedland's Minister of Energy and Mines Kovalo said today OPEC faces a choice.", "Mines Kovalo"));
}

static void test_ner_founder_firms(void)
{
	/* A given name's abbreviation the model took alone for a person just
	 * before a company's name starts that name. */
	char *m = article_mentions("Title: Offer\n\nThe stock was placed by Alex. Kestle and Sons Inc , the "
				   "manager , and by Geo. K. Brannock and Co , its partner .\n");
	CHECK(strstr(m, "|ORG:Alex. Kestle and Sons Inc|") && strstr(m, "|ORG:Geo. K. Brannock and Co|"));
	if (!strstr(m, "|ORG:Alex. Kestle and Sons Inc|") || !strstr(m, "|ORG:Geo. K. Brannock and Co|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_firm_tails(void)
{
	/* A name before "and Co" or "& Sons" is a firm's, with its legal
	 * forms; a hyphenated word after "and" is no firm's. */
	char *m = article_mentions("Title: Brokers\n\nPeter Fellner , economist at brokers Dorian Kestle and Co. "
				   "said markets were volatile . The trust is managed by Ivan F. Zorvath and Co L.P. , "
				   "which said nothing . Smith and Co-workers left .\n");
	CHECK(strstr(m, "|ORG:Dorian Kestle and Co.|") && strstr(m, "|ORG:Ivan F. Zorvath and Co L.P.|") &&
	      !strstr(m, "Co-workers") && !strstr(m, "|PERSON:Dorian Kestle|"));
	if (!strstr(m, "|ORG:Dorian Kestle and Co.|") || !strstr(m, "|ORG:Ivan F. Zorvath and Co L.P.|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_general_companies(void)
{
	/* "General" before a word news writes in lower case starts a
	 * company's name; before a surname it is a general's title. */
	char *m = article_mentions("Title: Bid\n\nGeneral Zorbex Co said it would bid for the company.\n\n"
				   "General Acquisition said the board could not carry out its duties. General "
				   "Acquisition added it was aware of the offer. Later General Kovalenko said the army "
				   "was ready.\n");
	CHECK(strstr(m, "|ORG:General Acquisition|") && !strstr(m, ":Acquisition|") && strstr(m, "|PERSON:Kovalenko|"));
	if (!strstr(m, "|ORG:General Acquisition|") || strstr(m, ":Acquisition|") || !strstr(m, "|PERSON:Kovalenko|"))
		printf("#   got %s\n", m);
	free(m);
	/* Nor before a word the story names a company with in full. */
	const char *t = "General Brackwares Corp said sales rose.\n\nA General Brackwares spokesman said the plant "
			"would close.\n";
	CHECK(article_has(t, "ORG", "General Brackwares"));
	CHECK(article_lacks(t, "Brackwares"));
}

static void test_ner_results_lines(void)
{
	/* The first word of a line of a table of results ("label vs label"
	 * with figures) is its label, not a name, though the story's prose
	 * writes it as one; a sentence that ends in a full stop keeps its
	 * name. */
	const char *text = "Title: ZORBEX CORP <ZBX> 4TH QTR LOSS\nDate: 2-MAR-1987 17:54:07.33\n\n"
			   "    NEW YORK, March 2 - \n"
			   "    Oper shr loss eight cts vs profit 20 cts\n"
			   "    Oper net loss 768,000 vs profit 1,962,000\n"
			   "    Revs 49.0 mln vs 43.6 mln\n"
			   "    12 mths\n"
			   "    Oper shr loss 1.41 dlrs vs profit 96 cts\n"
			   "    Oper net loss 13.6 mln vs profit 9,305,000\n"
			   "    Revs 175.3 mln vs 140.7 mln\n"
			   "    Note: Oper excludes loss from discontinued operations of\n"
			   "4,676,000 dlrs or 48 cts a share for year-ago qtr.\n"
			   "    Oper includes charge of 1.1 mln dlrs for cumulative effect\n"
			   "of repeal of the investment tax credit for qtr.\n"
			   "    Zorvath said profit rose to 12 mln vs 10 mln a year ago.\n";
	struct article *a = article_parse("t.txt", xstrdup(text), strlen(text));
	struct ner_list l = { 0 };
	ner_article(a, &l);
	size_t table_end = (size_t)(strstr(a->data, "    Note:") - a->data);
	int in_table = 0, person = 0;
	for (size_t i = 0; i < l.n; i++) {
		in_table += l.v[i].start < table_end && strncmp(a->data + l.v[i].start, "Oper", 4) == 0;
		person += l.v[i].type == NER_PERSON && strncmp(a->data + l.v[i].start, "Zorvath", 7) == 0;
	}
	CHECK(in_table == 0 && person == 1);
	ner_list_free(&l);
	article_free(a);
}

static void test_ner_the_head_word(void)
{
	/* A sentence's "The" is outside the name, and a head word alone after
	 * it refers back to an organization without naming it; a newspaper's
	 * is its name. */
	CHECK(lacks("Prices of rice rose again. The Agency said they would fall.", "ORG:The Agency"));
	CHECK(lacks("Prices of rice rose again. The Agency said they would fall.", "ORG:Agency"));
	CHECK(has("Prices of rice rose again. The Dorvan Growers Federation said they would fall.",
		  "ORG:Dorvan Growers Federation"));
	CHECK(has("The copper moved freely, he told the Herald.", "ORG:Herald"));
	CHECK(has("Prices of rice rose again. The Herald said they would fall.", "ORG:Herald"));
	/* A name of the story is found after a sentence's "The" too. */
	char *m = article_mentions("Brokers at the Dorvan Exchange said trading rose on Monday.\n\n"
				   "Officials of the Exchange said volume was a record.\n\n"
				   "The Exchange did not say, however, when it would close.\n");
	size_t n = 0;
	for (const char *p = m; (p = strstr(p, "|ORG:Exchange|")) != NULL; p++)
		n++;
	CHECK(strstr(m, "The Exchange") == NULL && n == 2);
	if (strstr(m, "The Exchange") || n != 2)
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_letter_compounds(void)
{
	/* A capital joined to a lower-case word is a piece of a common word. */
	CHECK(lacks("An increase in the number of T-lymphocytes was seen.", "MISC:T"));
	CHECK(lacks("The rating was cut to CCC-plus from B-minus on Monday.", "MISC:B"));
	CHECK(lacks("I think the D-mark market is still good, he said.", "MISC:D"));
	CHECK(has("Fans of the A-League met the G-7 envoys.", "MISC:A-League"));
}

static void test_ner_ratings(void)
{
	/* A credit rating is no name; an agency called by the same letters is. */
	const char *t = "S and P said it cut Dorvan Corp's senior debt to BBB-minus from BBB and its "
			"subordinated debt to B from BB-plus. The notes were rated AAA last year.";
	CHECK(lacks(t, "ORG:BBB") && lacks(t, "MISC:BBB") && lacks(t, "PERSON:B") && lacks(t, "MISC:BB") &&
	      lacks(t, "ORG:BB") && lacks(t, "ORG:AAA") && lacks(t, "MISC:AAA"));
	CHECK(has("The Commodity Credit Corporation (CCC) said the CCC would buy wheat.", "ORG:CCC"));
	/* A rating the model took in with the agency that gave it is cut
	 * off; the agency keeps its possessive. */
	t = "Title: Notes\n\n    Non-callable for life, the issue is rated Baa-2 by Moody's\nand BBB-plus by Standard "
	    "and Poor's. Kestrel Corp and\nHarlow Brothers Inc co-managed the deal.\n";
	CHECK(has(t, "ORG:Standard and Poor's") && lacks(t, "BBB-plus"));
}

/* The model learnt from text without accents: a place's name written
 * with them is read as the same letters without ("Kravnąwice" as
 * "Kravnawice"), where it had been missed or taken for something else;
 * the mention keeps the text as written. */
static void test_ner_accented_words(void)
{
	CHECK(has("Protesters gathered in Kravnąwice on Sunday, police said.\n", "PLACE:Kravnąwice"));
	CHECK(has("Tarek Hanbōli, the mayor of Yeşilkövan, said the road would open.\n", "PLACE:Yeşilkövan"));
	CHECK(has("Dozens were hurt in Ořekov, a town near the border.\n", "PLACE:Ořekov"));
	CHECK(has("Villagers in Tšarnovę fled the floods.\n", "PLACE:Tšarnovę"));
}

/* A kind of place in lower case after a name makes it the place,
 * whatever the model made of it; not an acronym's. */
static void test_ner_place_kind_after(void)
{
	CHECK(article_has("The storm hit Tarvelo province on Tuesday.\n", "PLACE", "Tarvelo"));
	CHECK(article_has("The storm hit Dong Vinh province on Tuesday.\n", "PLACE", "Dong Vinh"));
	CHECK(article_has("Troops entered Bac Tarvo province.\n", "PLACE", "Bac Tarvo"));
	CHECK(article_has("ASCS county committees met on Monday.\n", "ORG", "ASCS"));
	/* A constituency, and South Asia's subdistricts. */
	CHECK(article_has("In 2002 she was elected to Parliament as the member for Tetu constituency.\n", "PLACE",
			  "Tetu"));
}

static void test_ner_river_names(void)
{
	/* "The Amazon" is the river and its basin; Amazon alone the company. */
	CHECK(has("Fires destroyed parts of the Amazon this year.", "PLACE:Amazon"));
	CHECK(has("Amazon said its sales rose.", "ORG:Amazon"));
}

static void test_ner_letter_pairs(void)
{
	/* A company by two initials and "and", as the wire writes "&". */
	CHECK(has("The notes were rated AA-minus by K and Q. On June 12 it sold more.", "ORG:K and Q"));
	CHECK(lacks("The notes were rated AA-minus by K and Q. On June 12 it sold more.", "PERSON:Q."));
	CHECK(has("Profits will stay thin, K and Q said.", "ORG:K and Q"));
	CHECK(has("Shares of K and W Brands rose.", "ORG:K and W Brands"));
	/* Not a list's letters, nor a savings and loan. */
	CHECK(lacks("It bought series K and Q notes.", "ORG:K and Q"));
	CHECK(lacks("Dividends on the K and Q stock are payable in May.", "ORG:K and Q"));
	CHECK(lacks("It was the fifth largest S and L in the nation.", "ORG:S and L"));
}

static void test_ner_abbreviation_nouns(void)
{
	/* Wire copy's capital after "U.S." starts no name with it. */
	CHECK(has("It said cable sales in the U.S. Market remained weak.", "PLACE:U.S."));
	CHECK(lacks("It said cable sales in the U.S. Market remained weak.", "PLACE:U.S. Market"));
	CHECK(has("He met the U.S. Treasury Secretary on Monday.", "ORG:U.S. Treasury"));
	CHECK(has("Talks went well, a senior U.S. Official said.", "PLACE:U.S."));
	/* A word the list does not know, that the story writes with "the" in
	 * lower case ("the currency"), but not a verb of its letters. */
	const char *cur = "The krona rose against the U.S. Currency on Monday. The currency fell later.";
	CHECK(has(cur, "PLACE:U.S.") && lacks(cur, "U.S. Currency"));
	CHECK(has("Kessler reached the U.S. Open final. She will open the season at home.", "MISC:U.S. Open"));
}

static void test_ner_articles(void)
{
	/* An article opening a dateline's sentence is no name alone. */
	char *m = article_mentions("NEW YORK, March 6 - A proposed buyout of Tarvel Broadcasting Co was rejected on "
				   "Monday .\n");
	CHECK(strstr(m, ":A|") == NULL && strstr(m, ":Tarvel Broadcasting Co|") != NULL);
	if (strstr(m, ":A|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_possessive_names(void)
{
	/* A name the lexicon lists with its "'s" keeps it; a possessive
	 * stays outside other names. */
	const char *t = "Moody's said on Monday it cut the bank's rating , and Freedonia's bonds fell .\n";
	CHECK(article_has(t, "ORG", "Moody's"));
	CHECK(article_has(t, NULL, "Freedonia"));
	CHECK(article_has("The notes were rated A-plus by Standard and Poor's on Monday .\n", "ORG",
			  "Standard and Poor's"));
	/* Also where the model took its first word for a name of its own
	 * (as it did in this story, though not in its first line alone). */
	CHECK(article_has("Standard and Poor's said it downgraded the company's debt.\n\nAnalysts said Standard and "
			  "Poor's 500 stock index rose.\n\nThe rating agency Standard and Poor's Corp said so.\n",
			  "ORG", "Standard and Poor's"));
}


/* Articles in Spanish, French and German: the English model's names lose
 * the language's small words, and its countries are places (invented
 * people and places). */
static void test_ner_other_languages(void)
{
	const char *es = "Lang: es\n\nEn Valdoria, el ministro Tomás Ferrandiz llegó ayer con su equipo. Cuando el "
			 "presidente de Turquía habló, Ferrandiz escuchó.\n\nPero el acuerdo entre Irak y Siria fue "
			 "firmado por la Sociedad de Amigos de Valdoria y la República de Turquía.\n\nDos días "
			 "después, Ferrandiz viajó a Nueva Zelanda.\n";
	CHECK(article_has(es, "PERSON", "Tomás Ferrandiz"));
	CHECK(article_has(es, "PLACE", "Turquía"));
	CHECK(article_has(es, "PLACE", "Irak"));
	CHECK(article_has(es, "PLACE", "Siria"));
	CHECK(article_has(es, "PLACE", "Nueva Zelanda"));
	CHECK(article_has(es, NULL, "República de Turquía"));
	CHECK(article_lacks(es, "En Valdoria"));
	CHECK(article_lacks(es, "Pero el"));
	CHECK(article_lacks(es, "Dos"));
	CHECK(article_lacks(es, "Irak y Siria"));
	/* A country the model took for a body is the place still. */
	const char *es2 = "Lang: es\n\nTomás Ferrandiz desembarcó en Italia en noviembre y pidió asilo. En Estados "
			  "Unidos, las reservaciones ocupan 80.000 kilómetros.\n";
	CHECK(article_has(es2, "PLACE", "Italia"));
	CHECK(article_has(es2, "PLACE", "Estados Unidos"));
	const char *fr = "Lang: fr\n\nLa Commission a entendu hier Hélène Marbrier. Elle a déclaré que la France "
			 "refuse. Marbrier partira en Syrie ou en Irak.\n";
	CHECK(article_has(fr, "PERSON", "Hélène Marbrier"));
	CHECK(article_has(fr, "PLACE", "Syrie"));
	CHECK(article_has(fr, "PLACE", "Irak"));
	CHECK(article_lacks(fr, "La Commission"));
	CHECK(article_lacks(fr, "Elle"));
	/* German capitalises every noun: a noun's phrase is no name. */
	const char *de = "Lang: de\n\nDie Zahl der Zusatzfelder steigt, sagte Katharina Oberwald in Berlin. Oberwald "
			 "arbeitet mit der Firma Brennholt. Die Anwendung ist neu.\n";
	CHECK(article_has(de, "PERSON", "Katharina Oberwald"));
	CHECK(article_has(de, "PLACE", "Berlin"));
	CHECK(article_lacks(de, "Die Zahl der Zusatzfelder"));
	CHECK(article_lacks(de, "Die Anwendung"));
	CHECK(article_lacks(de, "Anwendung"));
	/* A capitalised word that only ever opens a sentence or a title is
	 * taken for no name; one the text writes so inside a sentence too
	 * stays. */
	const char *opens = "Title: Visita\n\nEstaba lloviendo cuando llegó Ferrandiz. Según el diario, el ministro "
			    "Ferrandiz habló con Marbella Ruiz.\n";
	const char *opens_lang = "Lang: es\n";
	char *t = xasprintf("%s%s", opens_lang, opens);
	CHECK(article_lacks(t, "Visita"));
	CHECK(article_lacks(t, "Estaba"));
	CHECK(article_has(t, NULL, "Ferrandiz"));
	free(t);
	/* A language declared that the reader has no lists for (Czech):
	 * letter case alone cleans the names. */
	const char *cs = "Lang: cs\n\nUkázali jsme to v závěru, řekl útočník Tomáš Vrbenský po zápase. Nyní hraje za "
			 "klub Valdoria Praha. Každé utkání je těžké, zdůrazňuje Vrbenský. Zatímco fanoušci "
			 "Kladivářů slavili, trenér Oldřich Mašek mlčel.\n";
	CHECK(article_has(cs, "PERSON", "Tomáš Vrbenský"));
	CHECK(article_has(cs, "PERSON", "Oldřich Mašek"));
	CHECK(article_lacks(cs, "Ukázali"));
	CHECK(article_lacks(cs, "Zatímco fanoušci Kladivářů"));
	/* Not declared: the words say Spanish. */
	CHECK(article_lacks("Title: Acuerdo\n\nPero el acuerdo entre los dos países fue firmado ayer por el ministro "
			    "Tomás Ferrandiz, según informaron las autoridades, y no habrá cambios para los "
			    "jubilados de la ciudad.\n",
			    "Pero el"));
}

/* An encyclopedia's reference marks glued to names end them ("United
 * Nations,[105]"), and the sentence after one starts after the mark
 * (invented names). */
static void test_ner_reference_marks(void)
{
	const char *t = "Valdoria joined the United Nations,[105] the Commonwealth of Nations[106] and the Varnish "
			"Defence Pact.[108] The islands were named Nova Varnia.[16] Dutch sailors came later.\n";
	CHECK(article_has(t, "ORG", "United Nations"));
	CHECK(article_has(t, "ORG", "Commonwealth of Nations"));
	CHECK(article_has(t, NULL, "Nova Varnia"));
	CHECK(article_lacks(t, "Nova Varnia.[16"));
	CHECK(article_lacks(t, "United Nations,[105"));
}

/* The id of the mention of text s[at..at+n) in article i of c, or SIZE_MAX. */
static size_t entity_id_at(struct entity_table *t, struct corpus *c, size_t i, const char *text, size_t n)
{
	const struct entity_doc *d = entity_article(t, c, i);
	const char *s = corpus_article(c, i)->data;
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].end - d->v[k].start == n && memcmp(s + d->v[k].start, text, n) == 0)
			return d->v[k].id;
	return SIZE_MAX;
}

/* A head word alone is the organization named with it near it ("the
 * Commission" after the "Varnish Trade Commission"), not one named pages
 * before it in a long text (invented names). */
static void test_entity_head_word_far(void)
{
	const char *near = "The Varnish Trade Commission fined the company on Monday. The Commission said more fines "
			   "would follow.\n";
	size_t fill = strlen("The islands have many birds and forests, and the weather is mild in most seasons of "
			     "the year.\n\n");
	char *far = xmalloc(200 + 80 * fill);
	strcpy(far, "The Varnish Trade Commission fined the company on Monday.\n\n");
	for (int k = 0; k < 80; k++)
		strcat(far, "The islands have many birds and forests, and the weather is mild in most seasons of the "
			    "year.\n\n");
	strcat(far, "Years later the Commission said it would close.\n");
	const char *texts[2] = { near, far };
	struct corpus *c = corpus_new();
	for (int i = 0; i < 2; i++) {
		c->arts = xgrow(c->arts, &c->cap, c->n + 1, sizeof *c->arts);
		c->arts[c->n++] = article_parse(i ? "far.txt" : "near.txt", xstrdup(texts[i]), strlen(texts[i]));
	}
	free(far);
	struct entity_table *t = entity_table_new(2);
	for (size_t i = 0; i < 2; i++) {
		size_t full = entity_id_at(t, c, i, "Varnish Trade Commission", 24);
		size_t head = entity_id_at(t, c, i, "Commission", 10);
		CHECK(full != SIZE_MAX && head != SIZE_MAX);
		if (i == 0)
			CHECK(head == full);
		else
			CHECK(head != full);
	}
	entity_table_free(t);
	corpus_free(c);
}

/* A country named in Spanish in one story and in English in another is one
 * entity, named as English news names it; so is a person whose name one
 * story writes with accents and the other without. */
static void test_entity_country_across_languages(void)
{
	const char *texts[2] = { "Lang: es\n\nEl ministro Tomás Ferrandiz viajó ayer a Turquía para hablar con el "
				 "gobierno.\n",
				 "Tomas Ferrandiz flew to Turkey on Tuesday for talks with the government.\n" };
	struct corpus *c = corpus_new();
	for (int i = 0; i < 2; i++) {
		c->arts = xgrow(c->arts, &c->cap, c->n + 1, sizeof *c->arts);
		c->arts[c->n++] = article_parse(i ? "en.txt" : "es.txt", xstrdup(texts[i]), strlen(texts[i]));
	}
	struct entity_table *t = entity_table_new(2);
	size_t ids[2] = { SIZE_MAX, SIZE_MAX }, people[2] = { SIZE_MAX, SIZE_MAX };
	for (int i = 0; i < 2; i++) {
		const struct entity_doc *d = entity_article(t, c, (size_t)i);
		for (size_t k = 0; k < d->n; k++) {
			const char *m = texts[i] + d->v[k].start;
			size_t n = d->v[k].end - d->v[k].start;
			if ((n == 8 && memcmp(m, "Turquía", 8) == 0) || (n == 6 && memcmp(m, "Turkey", 6) == 0))
				ids[i] = d->v[k].id;
			if (n >= 15 && memcmp(m, "Tom", 3) == 0)
				people[i] = d->v[k].id;
		}
	}
	CHECK(ids[0] != SIZE_MAX && ids[0] == ids[1]);
	/* The English story wrote the name without its accent. */
	CHECK(people[0] != SIZE_MAX && people[0] == people[1]);
	if (ids[0] != SIZE_MAX)
		CHECK_STR(t->v[ids[0]].name, "Turkey");
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_names(void)
{
	const char *text = "Russian President Vladimir Putin met NATO envoys. Later Putin said the "
			   "North Atlantic Treaty Organization was a threat to Russia, said Rob Lee, an analyst. "
			   "\xe2\x80\x9cIt is clear,\xe2\x80\x9d Mr. Lee said of the U.S. stance. Russians agreed.\n";
	struct corpus *c = corpus_new();
	c->arts = xgrow(c->arts, &c->cap, 1, sizeof *c->arts);
	c->arts[c->n++] = article_parse("n.txt", xstrdup(text), strlen(text));
	struct entity_table *t = entity_table_new(1);
	const struct entity_doc *d = entity_article(t, c, 0);
	size_t putin = SIZE_MAX, lee = SIZE_MAX, nato = SIZE_MAX, us = SIZE_MAX, group = SIZE_MAX;
	int putin_short = 0, lee_short = 0, nato_long = 0;
	for (size_t k = 0; k < d->n; k++) {
		const char *m = text + d->v[k].start;
		size_t n = d->v[k].end - d->v[k].start;
		const char *name = t->v[d->v[k].id].name;
		if (n == 14 && memcmp(m, "Vladimir Putin", 14) == 0)
			putin = d->v[k].id;
		if (n == 7 && memcmp(m, "Rob Lee", 7) == 0)
			lee = d->v[k].id;
		if (n == 4 && memcmp(m, "NATO", 4) == 0)
			nato = d->v[k].id;
		if (n == 4 && memcmp(m, "U.S.", 4) == 0) {
			us = d->v[k].id;
			CHECK_STR(name, "United States");
		}
		if (n == 8 && memcmp(m, "Russians", 8) == 0) {
			group = d->v[k].id;
			CHECK_STR(name, "Russian");
		}
		if (n == 5 && memcmp(m, "Putin", 5) == 0)
			putin_short = d->v[k].id == putin;
		if (n == 3 && memcmp(m, "Lee", 3) == 0)
			lee_short = d->v[k].id == lee;
		if (n == 34 && memcmp(m, "North Atlantic Treaty Organization", 34) == 0)
			nato_long = d->v[k].id == nato;
	}
	CHECK(putin != SIZE_MAX && putin_short);
	CHECK(lee != SIZE_MAX && lee_short);
	CHECK(nato != SIZE_MAX && nato_long);
	CHECK(us != SIZE_MAX);
	CHECK(group != SIZE_MAX);
	if (putin != SIZE_MAX)
		CHECK_STR(t->v[putin].name, "Vladimir Putin");
	entity_table_free(t);
	corpus_free(c);
}

/* Naming goes through indexes by surname and last words, not a scan of
 * every earlier name: pins what they must give on a long article. People
 * sharing a surname stay apart, a surname alone joins the nearest full
 * name before it (else after), last words and a misspelt surname join,
 * and a sentence repeated many times names two entities. */
static void test_entity_names_many(void)
{
	static const char head[] =
		"Petrov spoke first. Anna Smith met officials in the capital. Boris Smith met officials "
		"in the capital. Carla Smith met officials in the capital. Smith said the talks went well.\n\n";
	static const char repeated[] = "John Walker told Mary Jones about the plan. ";
	static const char tail[] =
		"\n\nWalker said Prime Minister Lee Hsien Loong spoke. Later Hsien Loong left. Mikhail "
		"Gorbachev arrived, and Gorbachov spoke. Dana Smith came too. Ivan Petrov met Olga Petrov.\n";
	enum { REPEATS = 200 };
	size_t len = strlen(head) + REPEATS * strlen(repeated) + strlen(tail), o = 0;
	char *text = xmalloc(len + 1);
	memcpy(text + o, head, strlen(head));
	o += strlen(head);
	for (int r = 0; r < REPEATS; r++) {
		memcpy(text + o, repeated, strlen(repeated));
		o += strlen(repeated);
	}
	memcpy(text + o, tail, strlen(tail) + 1);
	struct corpus *c = corpus_new();
	c->arts = xgrow(c->arts, &c->cap, 1, sizeof *c->arts);
	c->arts[c->n++] = article_parse("m.txt", xstrdup(text), len);
	struct entity_table *t = entity_table_new(1);
	const struct entity_doc *d = entity_article(t, c, 0);
	entity_link(t);
	/* Each mention as written -> the name it was given, checked once per
	 * distinct text; the ids of the full names, to tell them apart. */
	static const char *const want[][2] = {
		{ "Petrov", "Ivan Petrov" },		{ "Anna Smith", "Anna Smith" },
		{ "Boris Smith", "Boris Smith" },	{ "Carla Smith", "Carla Smith" },
		{ "Smith", "Carla Smith" },		{ "John Walker", "John Walker" },
		{ "Mary Jones", "Mary Jones" },		{ "Walker", "John Walker" },
		{ "Lee Hsien Loong", "Lee Hsien Loong" }, { "Hsien Loong", "Lee Hsien Loong" },
		{ "Mikhail Gorbachev", "Mikhail Gorbachev" }, { "Gorbachov", "Mikhail Gorbachev" },
		{ "Dana Smith", "Dana Smith" },		{ "Ivan Petrov", "Ivan Petrov" },
		{ "Olga Petrov", "Olga Petrov" },
	};
	enum { NWANT = sizeof want / sizeof *want };
	size_t seen[NWANT] = { 0 }, id[NWANT];
	size_t walker = 0, jones = 0;
	for (size_t k = 0; k < d->n; k++) {
		const char *m = text + d->v[k].start;
		size_t n = d->v[k].end - d->v[k].start;
		for (size_t w = 0; w < NWANT; w++) {
			if (strlen(want[w][0]) != n || memcmp(m, want[w][0], n) != 0)
				continue;
			if (seen[w]++ == 0) {
				id[w] = d->v[k].id;
				CHECK_STR(t->v[id[w]].name, want[w][1]);
			} else if (d->v[k].id != id[w]) {
				printf("#   %s at %zu: another entity\n", want[w][0], d->v[k].start);
				CHECK(0);
			}
		}
		walker += n == 11 && memcmp(m, "John Walker", 11) == 0;
		jones += n == 10 && memcmp(m, "Mary Jones", 10) == 0;
	}
	for (size_t w = 0; w < NWANT; w++)
		if (!seen[w]) {
			printf("#   no mention %s\n", want[w][0]);
			CHECK(0);
		}
	CHECK(walker == REPEATS && jones == REPEATS);
	/* Anna, Boris, Carla, Dana and Olga, Ivan: one surname, apart. */
	CHECK(seen[1] && seen[2] && seen[3] && seen[12] && id[1] != id[2] && id[2] != id[3] && id[1] != id[3] &&
	      id[3] != id[12]);
	CHECK(seen[13] && seen[14] && id[13] != id[14]);
	CHECK(seen[5] && seen[6] && id[5] != id[6]);
	size_t people = 0;
	for (size_t e = 0; e < t->n; e++)
		people += t->v[e].type == NER_PERSON;
	CHECK(people == 10);
	entity_table_free(t);
	corpus_free(c);
	free(text);
}

/* The table of a corpus of the given texts, recognized and linked (check.h). */
struct entity_table *check_linked(const char *const *texts, size_t n, struct corpus **cp)
{
	struct corpus *c = corpus_new();
	for (size_t i = 0; i < n; i++) {
		c->arts = xgrow(c->arts, &c->cap, c->n + 1, sizeof *c->arts);
		char *name = xasprintf("%zu.txt", i);
		c->arts[c->n++] = article_parse(name, xstrdup(texts[i]), strlen(texts[i]));
		free(name);
	}
	struct entity_table *t = entity_table_new(n);
	entity_recognize_corpus(t, c);
	entity_link(t);
	*cp = c;
	return t;
}

/* The entity of the first mention of exactly word in article i, or
 * SIZE_MAX; *type gets the mention's type. */
static size_t entity_of(const struct entity_table *t, const struct corpus *c, size_t i, const char *word,
			enum ner_type *type)
{
	const struct article *a = c->arts[i];
	const struct entity_doc *d = &t->docs[i];
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].end - d->v[k].start == strlen(word) &&
		    memcmp(a->data + d->v[k].start, word, strlen(word)) == 0) {
			if (type)
				*type = d->v[k].type;
			return d->v[k].id;
		}
	printf("#   no mention \"%s\" in article %zu\n", word, i);
	return SIZE_MAX;
}

/* Outside sport a city or a county the model took for a team is the
 * place; in sport, beside a team, before a body's kind or short for a
 * company the story names, it stays. */
static void test_entity_city_not_team(void)
{
	const char *texts[] = {
		"Title: Visit\n\nThe minister visited Leeds on Tuesday and met council officials.\n",
		"Title: Ports\n\nCoal exports from Sydney and Newcastle fell in March, the port authority said.\n",
		"Title: Football\n\nLeeds beat Kessford Rovers 2-1 on Saturday. Their striker scored twice in "
		"the second half and the goalkeeper saved a penalty.\n",
		"Title: Fans\n\nFans watched the match between Kessford Rovers and Leeds in a park on Sunday.\n",
		"Title: Railroad\n\nHartford Northern Inc said its profit rose. Hartford said freight "
		"volumes grew.\n",
		"Title: Deal\n\nVarnel Corp said it acquired Kessel Engineering Ltd of Blackburn, Lancashire, "
		"England, for an undisclosed sum.\n",
		"Title: Press\n\nPolice arrested six men, Turkey's Anatolia newspaper reported on Friday.\n",
	};
	/* Each story alone: across stories the corpus's vote would type
	 * one name alike. */
	const char *word[] = { "Leeds", "Newcastle", "Leeds", "Leeds", "Hartford", "Lancashire", "Anatolia" };
	const enum ner_type want[] = { NER_PLACE, NER_PLACE, NER_ORG, NER_ORG, NER_ORG, NER_PLACE, NER_ORG };
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		struct corpus *c;
		struct entity_table *t = check_linked(texts + i, 1, &c);
		enum ner_type ty = NER_DATE;
		if (entity_of(t, c, 0, word[i], &ty) == SIZE_MAX || ty != want[i]) {
			printf("#   story %zu: %s typed %d\n", i, word[i], (int)ty);
			CHECK(0);
		}
		entity_table_free(t);
		corpus_free(c);
	}
}

static void test_entity_corpus_identity(void)
{
	/* Middle initials, middle names and a headline in capitals are one
	 * person, named and typed as the body names him. */
	const char *texts[] = {
		"Title: VOLCKER SAYS FED WILL ACT\n\nFederal Reserve Board chairman Paul Volcker said on Monday "
		"the central bank would act. Volcker spoke in Washington.\n",
		"Title: Fed chairman testifies\n\nPaul A. Volcker told the Senate banking committee that rates "
		"would stay where they were.\n",
		"Title: Profile\n\nPaul Adolph Volcker was born in New Jersey, where his father was a town manager.\n",
		/* Two people of one first and last name with different middles
		 * stay two; the name without a middle joins neither. */
		"Title: Texas\n\nGeorge W. Bush, the governor of Texas, spoke in Austin on Monday.\n",
		"Title: Maine\n\nGeorge H. W. Bush spent the summer in Kennebunkport, Maine, with his family.\n",
		"Title: Senate\n\nThe senator praised George Bush in a speech to the chamber on Tuesday.\n",
		/* A country and a man of the same name stay apart. */
		"Title: Talks\n\nJordan and Syria signed a water treaty in Amman on Sunday.\n",
		"Title: Interview\n\nMr. Jordan said the plan would work, and Mr. Jordan said he would stay.\n",
		/* A familiar given name is the full one (Fred, Frederick) in
		 * related stories (both name Biloxi, Mississippi). */
		"Title: Watergate\n\nFred LaRue, a Nixon aide, died in Biloxi, Mississippi, on Sunday.\n",
		"Title: Obituary\n\nFrederick Cheney LaRue was an aide to President Richard Nixon. He lived in "
		"Biloxi, Mississippi.\n",
		/* A given name dropped before a double surname: whole middle
		 * names one within the other's. */
		"Title: Court\n\nJudge Marta Inés Velarde Quispe opened the hearing in Cusco on Monday.\n",
		"Title: Ruling\n\nThe court in Cusco said Marta Velarde Quispe would rule on Friday.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	enum ner_type ty = NER_MISC;
	size_t v0 = entity_of(t, c, 0, "Paul Volcker", NULL);
	size_t vcaps = entity_of(t, c, 0, "VOLCKER", &ty);
	size_t vshort = entity_of(t, c, 0, "Volcker", NULL);
	size_t v1 = entity_of(t, c, 1, "Paul A. Volcker", NULL);
	size_t v2 = entity_of(t, c, 2, "Paul Adolph Volcker", NULL);
	CHECK(v0 != SIZE_MAX && v0 == vcaps && v0 == vshort && v0 == v1 && v0 == v2);
	CHECK(ty == NER_PERSON);
	if (v0 != SIZE_MAX)
		CHECK_STR(t->v[v0].name, "Paul Volcker");
	size_t gw = entity_of(t, c, 3, "George W. Bush", NULL);
	size_t ghw = entity_of(t, c, 4, "George H. W. Bush", NULL);
	size_t g = entity_of(t, c, 5, "George Bush", NULL);
	CHECK(gw != SIZE_MAX && ghw != SIZE_MAX && g != SIZE_MAX);
	CHECK(gw != ghw && g != gw && g != ghw);
	enum ner_type t6 = NER_MISC, t7 = NER_MISC;
	size_t jc = entity_of(t, c, 6, "Jordan", &t6);
	size_t jp = entity_of(t, c, 7, "Jordan", &t7);
	CHECK(jc != SIZE_MAX && jp != SIZE_MAX && jc != jp);
	CHECK(t6 == NER_PLACE && t7 == NER_PERSON);
	size_t fred = entity_of(t, c, 8, "Fred LaRue", NULL);
	size_t frederick = entity_of(t, c, 9, "Frederick Cheney LaRue", NULL);
	CHECK(fred != SIZE_MAX && fred == frederick);
	size_t marta = entity_of(t, c, 10, "Marta Inés Velarde Quispe", NULL);
	size_t marta2 = entity_of(t, c, 11, "Marta Velarde Quispe", NULL);
	CHECK(marta != SIZE_MAX && marta == marta2);
	entity_table_free(t);
	corpus_free(c);
}

/* A law's head word alone after "the" is the law the story names with
 * it, not a person of that given name. */
static void test_entity_law_heads(void)
{
	const char *texts[] = {
		"Title: Law\n\nOpposition leader Bill Okafor attacked the Harbour Safety Bill on Monday. Critics "
		"said the Bill would cost jobs, and the Bill goes to the Senate next week.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	enum ner_type ty = NER_PERSON;
	size_t law = entity_of(t, c, 0, "Harbour Safety Bill", NULL);
	size_t bill = entity_of(t, c, 0, "Bill", &ty);
	size_t okafor = entity_of(t, c, 0, "Bill Okafor", NULL);
	CHECK(law != SIZE_MAX && law == bill && okafor != law);
	CHECK(ty == NER_MISC);
	entity_table_free(t);
	corpus_free(c);
	/* Also where the law's name is wrapped before its head word, as wire
	 * copy wraps its lines. */
	char *m = article_mentions("Title: Tin\n\n    Members of the Varnel Tin\nAgreement met on Monday. Prices fell "
				   "after the Agreement lapsed in March.\n");
	CHECK(strstr(m, "|MISC:Agreement|") != NULL);
	free(m);
}

/* A head word alone is the organization its story names with it, under
 * the name the list gives the organization, as the full name is. */
static void test_entity_head_canonical(void)
{
	const char *texts[] = {
		"Title: Filing\n\nKestrel Mining Corp said it filed a report with the Securities and Exchange "
		"Commission on Monday. The Commission said it would review the filing.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	size_t full = entity_of(t, c, 0, "Securities and Exchange Commission", NULL);
	size_t head = entity_of(t, c, 0, "Commission", NULL);
	CHECK(full != SIZE_MAX && full == head);
	entity_table_free(t);
	corpus_free(c);
}

/* A place written in capitals only, as a dateline writes it, goes by
 * its name in title case; one the body writes goes by the body's. */
static void test_entity_caps_places(void)
{
	const char *texts[] = {
		"Title: Plant\n\nKORVALLA FALLS, Minn., March 3 - Dorvan Mills Inc said it would close a plant.\n",
		"Title: Sale\n\nKORVALLA FALLS, Minn., March 9 - Dorvan Mills Inc said it sold the plant.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t k = entity_of(t, c, 0, "KORVALLA FALLS", NULL);
	CHECK(k != SIZE_MAX);
	if (k != SIZE_MAX)
		CHECK_STR(t->v[k].name, "Korvalla Falls");
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_surname_company(void)
{
	/* A surname the lexicon knows as a company is the person in a story
	 * that names the person in full, and stays the company in a story of
	 * the company's full name. */
	const char *texts[] = {
		"Title: Record\n\nNorth Carolina guard Phil Ford scored 30 points in 1978. Ford finished his "
		"career as the school's leading scorer, and Ford said he was proud.\n",
		"Title: Cars\n\nFord Motor Co. said on Tuesday its sales rose. Ford said it would hire 500 "
		"workers in Michigan.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	enum ner_type t0 = NER_MISC, t1 = NER_MISC;
	size_t phil = entity_of(t, c, 0, "Phil Ford", NULL);
	size_t bare = entity_of(t, c, 0, "Ford", &t0);
	CHECK(phil != SIZE_MAX && bare == phil && t0 == NER_PERSON);
	size_t company = SIZE_MAX;
	const struct entity_doc *d = &t->docs[1];
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].end - d->v[k].start == 4 && memcmp(c->arts[1]->data + d->v[k].start, "Ford", 4) == 0 &&
		    c->arts[1]->data[d->v[k].end] == ' ' && c->arts[1]->data[d->v[k].end + 1] == 's') {
			company = d->v[k].id;
			t1 = d->v[k].type;
		}
	CHECK(company != SIZE_MAX && company != phil && t1 == NER_ORG);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_acronym_spelling(void)
{
	/* An acronym the corpus writes in capitals keeps them against a rare
	 * other spelling (a typo); a headline's capitals still take the
	 * body's spelling. */
	const char *texts[13];
	char *own[12];
	for (int k = 0; k < 12; k++) {
		own[k] = xasprintf("Title: Rates %d\n\nThe dollar was quoted at 1530 GMT on Monday , dealers in "
				   "London said .\n", k);
		texts[k] = own[k];
	}
	texts[12] = "Title: Gold\n\nGold was fixed at 1500 GMt in London on Tuesday , dealers said .\n";
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 13, &c);
	size_t g = entity_of(t, c, 0, "GMT", NULL);
	CHECK(g != SIZE_MAX && g == entity_of(t, c, 12, "GMt", NULL));
	if (g != SIZE_MAX)
		CHECK_STR(t->v[g].name, "GMT");
	entity_table_free(t);
	corpus_free(c);
	for (int k = 0; k < 12; k++)
		free(own[k]);
}

static void test_entity_type_against_own_scores(void)
{
	/* A type the tags around a word carried against the word's own
	 * scores ("Hawks fans", read as a person's name) is the weakest
	 * vote: the story's other mention, a team by its context, types
	 * both. */
	const char *texts[] = {
		"Title: Match\n\nThe Hawks beat the Chargers on Sunday , and Hawks fans cheered .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	const struct entity_doc *d = &t->docs[0];
	enum ner_type ty[2] = { NER_DATE, NER_DATE };
	size_t got = 0;
	for (size_t k = 0; k < d->n && got < 2; k++)
		if (d->v[k].end - d->v[k].start == 5 && memcmp(c->arts[0]->data + d->v[k].start, "Hawks", 5) == 0)
			ty[got++] = d->v[k].type;
	CHECK_INT(got, 2);
	CHECK(ty[0] == NER_ORG && ty[1] == NER_ORG);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_nickname(void)
{
	/* A nickname in quotes is no middle name: the person with it, without
	 * it and with it quoted otherwise is one. */
	const char *texts[] = {
		"Title: Mob\n\nVincent \"The Chin\" Gigante, the mob boss, died in prison on Monday.\n",
		"Title: Boss\n\nVincent Gigante feigned madness for decades, prosecutors said.\n",
		"Title: Family\n\nVincent 'Chin' Gigante ran the family from a cafe.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t a = entity_of(t, c, 0, "Vincent \"The Chin\" Gigante", NULL);
	size_t b = entity_of(t, c, 1, "Vincent Gigante", NULL);
	size_t q = entity_of(t, c, 2, "Vincent 'Chin' Gigante", NULL);
	CHECK(a != SIZE_MAX && a == b && a == q);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_given_name(void)
{
	/* A given name alone is the one person of the story it begins, known
	 * given name or not, whatever type the model gave it alone; an age
	 * after a name makes it a person's. Two people of one given name
	 * keep it apart. */
	const char *texts[] = {
		"Title: Girl shot\n\nKathina Thomas, 10, was shot outside her home on Monday. Kathina was taken "
		"to a hospital, where she died.\n\nPolice arrested Jermayne Timmons, 17. Jermayne told "
		"detectives he had not meant to hurt anyone.\n",
		"Title: Two brothers\n\nAdeyemi Okafor and Adeyemi Bello met in Lagos. Adeyemi said little.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	enum ner_type ty = NER_MISC, tj = NER_MISC;
	size_t k = entity_of(t, c, 0, "Kathina Thomas", NULL);
	size_t k1 = entity_of(t, c, 0, "Kathina", &ty);
	CHECK(k != SIZE_MAX && k == k1 && ty == NER_PERSON);
	size_t j = entity_of(t, c, 0, "Jermayne Timmons", &tj);
	size_t j1 = entity_of(t, c, 0, "Jermayne", NULL);
	CHECK(j != SIZE_MAX && j == j1 && tj == NER_PERSON);
	size_t o = entity_of(t, c, 1, "Adeyemi Okafor", NULL);
	size_t b = entity_of(t, c, 1, "Adeyemi Bello", NULL);
	size_t a = entity_of(t, c, 1, "Adeyemi", NULL);
	CHECK(o != SIZE_MAX && b != SIZE_MAX && o != b && a != o && a != b);
	entity_table_free(t);
	corpus_free(c);
}

/* A son's name that holds his father's after "bin" is his own: not cut
 * to the father's, nor joined to him, in one story or across two. */
static void test_entity_patronymic(void)
{
	const char *texts[] = {
		("Title: Port opens\n\nSheikh Rashid Al Tarvel spoke. The event was attended by Sheikh Hamdan bin "
		 "Rashid Al Tarvel, the crown prince.\n"),
		"Title: Visit\n\nThe delegation was received by Sheikh Hamdan bin Rashid Al Tarvel on Monday.\n",
		"Title: Ruler\n\nSheikh Rashid Al Tarvel, the ruler of Velmora, opened the new port on Monday.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t f0 = entity_of(t, c, 0, "Rashid Al Tarvel", NULL);
	size_t s0 = entity_of(t, c, 0, "Hamdan bin Rashid Al Tarvel", NULL);
	size_t s1 = entity_of(t, c, 1, "Hamdan bin Rashid Al Tarvel", NULL);
	size_t f2 = entity_of(t, c, 2, "Rashid Al Tarvel", NULL);
	CHECK(f0 != SIZE_MAX && s0 != SIZE_MAX && f0 != s0);
	CHECK(s1 != SIZE_MAX && s1 == s0 && f2 != s1);
	entity_table_free(t);
	corpus_free(c);
}

/* The place of a name "of" it is not the person's surname ("the abbey at
 * Varnholm" after "Aldric of Varnholm"). */
static void test_entity_of_place_names(void)
{
	const char *texts[] = {
		"Title: Saint\n\nSaint Aldric of Varnholm was a Frisian monk and missionary. He founded the abbey at "
		"Varnholm around 690 and died there in 712.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	enum ner_type pt = NER_DATE, vt = NER_DATE;
	size_t p = entity_of(t, c, 0, "Aldric of Varnholm", &pt);
	size_t v = entity_of(t, c, 0, "Varnholm", &vt);
	CHECK(p != SIZE_MAX && v != SIZE_MAX && p != v);
	CHECK(pt == NER_PERSON && vt == NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
}

/* A name written without its accents is the name with them, in another
 * story by its surnames alone too. */
static void test_entity_accents_dropped(void)
{
	const char *texts[] = {
		"Title: Refinery\n\nPresident Andrés Manuel López Velarde said on Monday the refinery would open. "
		"López Velarde told reporters the project was on budget.\n",
		"Title: Costs\n\nLopez Velarde, speaking in the capital, defended the plan on Tuesday.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t a = entity_of(t, c, 0, "Andrés Manuel López Velarde", NULL);
	size_t b = entity_of(t, c, 1, "Lopez Velarde", NULL);
	CHECK(a != SIZE_MAX && a == b);
	entity_table_free(t);
	corpus_free(c);
	/* The words keep their accents for the lists: "Barón" is a
	 * surname, no title "Baron", and goes by its full name. */
	const char *more[] = {
		"Title: Mayor\n\nMayor Rafael Barón Quintero opened the bridge on Monday. Barón said it had cost "
		"less than planned.\n",
	};
	t = check_linked(more, 1, &c);
	a = entity_of(t, c, 0, "Rafael Barón Quintero", NULL);
	b = entity_of(t, c, 0, "Barón", NULL);
	CHECK(a != SIZE_MAX && a == b);
	entity_table_free(t);
	corpus_free(c);
}

/* A name a person goes by that stands inside his full name, before a
 * particle, is he. */
static void test_entity_inner_names(void)
{
	const char *texts[] = {
		"Title: Talks\n\nPresident Marcos Aurelio Quintela da Rocha met the delegation on Monday. Quintela "
		"said the talks had gone well.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t a = entity_of(t, c, 0, "Marcos Aurelio Quintela da Rocha", NULL);
	size_t b = entity_of(t, c, 0, "Quintela", NULL);
	CHECK(a != SIZE_MAX && a == b);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_heads(void)
{
	/* A team member before a full name in another story is not part of
	 * the name, so that the surname alone in a third story is not torn
	 * between two people. */
	const char *texts[] = {
		"Title: Arrest\n\nPolice arrested Rovers striker Kofi Mensah on Sunday. Mensah was released on "
		"Monday.\n",
		"Title: Rover Kofi Mensah held\n\nFellow Rover Kofi Mensah was held last month as well, the "
		"club said.\n",
		"Title: Mensah to play\n\nThe Rovers said Mensah would play on Saturday after his arrest.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t k = entity_of(t, c, 0, "Kofi Mensah", NULL);
	size_t k1 = entity_of(t, c, 1, "Rover Kofi Mensah", NULL);
	/* The recognizer may also leave the team member out of the name. */
	if (k1 == SIZE_MAX)
		k1 = entity_of(t, c, 1, "Kofi Mensah", NULL);
	size_t k2 = entity_of(t, c, 2, "Mensah", NULL);
	CHECK(k != SIZE_MAX && k == k1 && k == k2);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_place_abbrev(void)
{
	/* "Mt", "St." and "Ft." at a place name's start are the words. */
	const char *texts[] = {
		"Title: Climbers\n\nThe climbers died on Mt Cook on Monday. Fans in St. Louis cheered, and in "
		"Ft. Worth.\n",
		"Title: Rescue\n\nRescuers reached Mount Cook on Tuesday. Saint Louis and Fort Worth sent help.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t a = entity_of(t, c, 0, "Mt Cook", NULL), b = entity_of(t, c, 1, "Mount Cook", NULL);
	CHECK(a != SIZE_MAX && a == b);
	a = entity_of(t, c, 0, "St. Louis", NULL), b = entity_of(t, c, 1, "Saint Louis", NULL);
	CHECK(a != SIZE_MAX && a == b);
	a = entity_of(t, c, 0, "Ft. Worth", NULL), b = entity_of(t, c, 1, "Fort Worth", NULL);
	CHECK(a != SIZE_MAX && a == b);
	entity_table_free(t);
	corpus_free(c);
}

static void test_xref_related_rank(void)
{
	/* A cocoa review is related first to the story of the same trader,
	 * not to market reports that share three countries with it. */
	const char *texts[] = {
		"Title: Cocoa review\n\nCocoa trader Kwame Mensah said buyers in the United States, Britain "
		"and Brazil bought less this week.\n",
		"Title: Dollar opens lower\n\nThe dollar opened lower as the United States, Britain and Brazil "
		"reported wider trade gaps.\n",
		"Title: Cocoa pact\n\nKwame Mensah said the producers would meet next month.\n",
		"Title: Gold opens firmer\n\nGold opened firmer as dealers in the United States, Britain and "
		"Brazil bought bullion.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	struct xref *x = xref_build(t);
	struct xref_related *r;
	size_t n = xref_related(x, t, 0, &r);
	CHECK_INT(n, 3);
	if (n == 3) {
		CHECK_INT(r[0].article, 2);
		CHECK(r[0].shared == 1 && r[1].shared == 3);
		for (size_t k = 1; k < n; k++)
			CHECK(r[k].score <= r[k - 1].score);
	}
	free(r);
	xref_free(x);
	entity_table_free(t);
	corpus_free(c);
}

/* How many mentions of article i whose text is w are furniture (want
 * 1) or not (want 0). */
static int furniture_count(const struct entity_table *t, const struct corpus *c, size_t i, const char *w, int want)
{
	const struct entity_doc *d = &t->docs[i];
	size_t n = strlen(w);
	int count = 0;
	for (size_t k = 0; k < d->n; k++)
		count += d->v[k].end - d->v[k].start == n && memcmp(c->arts[i]->data + d->v[k].start, w, n) == 0 &&
			 (int)d->v[k].furniture == want;
	return count;
}

static void test_entity_signoff_at_end(void)
{
	/* A sign-off at the very end of a wire story, after a table line or
	 * the last sentence, counts for nothing; the agency quoted in the
	 * story counts. */
	const char *texts[] = {
		("Title: Oils\n\nSoybean oil exports rose in March, the ministry said.\n"
		 "    Soybean oil prev 3.7, Feb 21.1, Mar nil, Apr 2.0,\nJun 13.0, Jul 7.0, total 55.8 (33.7).        Reuter\n"),
		"Title: Quake\n\nAt least 4,000 are missing after the earthquake, officials told Reuters.\n Reuter\n",
		"Title: Gold\n\nGold coins will be sold in a tenth of an ounce, the U.S. Treasury said. Reuter\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	int signoffs = 0, quoted = 0;
	for (size_t i = 0; i < 3; i++) {
		signoffs += furniture_count(t, c, i, "Reuter", 1);
		quoted += furniture_count(t, c, i, "Reuters", 0);
	}
	CHECK_INT(signoffs, 3);
	CHECK_INT(quoted, 1);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_slash_agencies(void)
{
	/* A dateline's agency between slashes is an organization that
	 * counts for nothing; the agency quoted in the story counts
	 * (invented agency). */
	const char *texts[] = {
		"Title: Talks\n\n    VARNOGRAD, March 3 /KESTA/ - The ministry said on Monday that talks went well.\n",
		"Title: Visit\n\nUlaanbaatar /KESTA/. During his visit the minister told KESTA that trade would grow.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 2, &c);
	CHECK_INT(furniture_count(t, c, 0, "KESTA", 1) + furniture_count(t, c, 1, "KESTA", 1), 2);
	CHECK_INT(furniture_count(t, c, 1, "KESTA", 0), 1);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_citations(void)
{
	/* The names of a list of references are its sources': they count
	 * for nothing; the same name in the story counts. */
	const char *texts[] = {
		"Title: Orvell Sound\n\nThe Northern Atlas Society charted Orvell Sound in 1821, and Petra Hallgrim "
		"mapped it again.\n\n"
		"2. ^ Hallgrim, Petra (2010). \"Orvell Sound\". Northern Atlas Society. Retrieved 3 May 2011.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	CHECK_INT(furniture_count(t, c, 0, "Northern Atlas Society", 1), 1);
	CHECK_INT(furniture_count(t, c, 0, "Northern Atlas Society", 0), 1);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_credit_lines(void)
{
	/* A credit line at the bottom names the story's writers and
	 * editors: they count for nothing; a person the story names counts. */
	const char *texts[] = {
		"Title: Prices rise in Lima\n\nLIMA, March 3 (Reuters) - Prices in Peru rose 2 percent in February, "
		"the statistics office said on Tuesday.\n\nThe central bank said it would hold rates.\n\nReporting by "
		"Marta Kowalski in Lima; Editing by Tom Ellison\n",
		"Title: Copper\n\nSANTIAGO, March 4 (Reuters) - Tom Ellison, a miner, said output in Chile fell 3 percent "
		"in February.\n\nThe ministry said it would publish more data.\n\nReporting by Marta Kowalski; Editing by "
		"Tom Ellison\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	CHECK_INT(furniture_count(t, c, 0, "Marta Kowalski", 1) + furniture_count(t, c, 1, "Marta Kowalski", 1), 2);
	CHECK_INT(furniture_count(t, c, 0, "Tom Ellison", 1) + furniture_count(t, c, 1, "Tom Ellison", 1), 2);
	CHECK_INT(furniture_count(t, c, 1, "Tom Ellison", 0), 1);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_time_zone(void)
{
	/* A time zone after a time of day is the clock's, counted for
	 * nothing; the same letters elsewhere are not touched. */
	const char *texts[] = {
		"Title: Gold\n\nGold was fixed at 400 dlrs at 1500 GMT, dealers in Brantford said.\n",
		"Title: Oil\n\nTrading in Brantford closed at 4 p.m. GMT on Friday, traders said.\n",
		"Title: Mark\n\nThe GMT index of Brantford rose.\n",
		"Title: Hotel\n\n12:00 PM PT -- Deputies were at the Strelsau Hotel Thursday morning.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	CHECK_INT(furniture_count(t, c, 0, "GMT", 1) + furniture_count(t, c, 1, "GMT", 1), 2);
	CHECK_INT(furniture_count(t, c, 2, "GMT", 1), 0);
	CHECK_INT(furniture_count(t, c, 3, "PT", 1), 1);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_neighbourhood(void)
{
	/* A surname shared by two people of the corpus goes, story by story,
	 * to the one whose stories name the same things. */
	const char *texts[] = {
		"Title: Dollar\n\nTreasury Secretary James Baker said the Bundesbank and the Bank of Japan "
		"should cut interest rates to support the dollar.\n",
		"Title: Dollar again\n\nJames Baker met Bundesbank officials and discussed the dollar and "
		"the Louvre accord.\n",
		"Title: White House\n\nWhite House chief of staff Howard Baker said the Iran arms inquiry "
		"would end soon, and the Tower commission agreed.\n",
		"Title: Inquiry\n\nHoward Baker briefed the Tower commission on the Iran arms affair.\n",
		"Title: Currencies\n\nBaker said the Bundesbank must act to steady the dollar.\n",
		"Title: Report\n\nBaker told the Tower commission that the Iran inquiry was over.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t james = entity_of(t, c, 0, "James Baker", NULL);
	size_t howard = entity_of(t, c, 2, "Howard Baker", NULL);
	CHECK(james != SIZE_MAX && howard != SIZE_MAX && james != howard);
	CHECK(entity_of(t, c, 4, "Baker", NULL) == james);
	CHECK(entity_of(t, c, 5, "Baker", NULL) == howard);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_org_forms(void)
{
	/* Short and long forms of organizations join where a story shows
	 * they are one; an acronym joins the name it abbreviates; a team named
	 * after its city joins its short name; a headline's capitals give way
	 * to the body's spelling. */
	const char *texts[] = {
		"Title: Rates\n\nThe Federal Reserve Board raised its discount rate. The Federal Reserve said "
		"inflation was rising.\n",
		"Title: Markets\n\nTraders said the Federal Reserve would wait until March before it moved.\n",
		"Title: Oil\n\nThe Organization of Petroleum Exporting Countries met in Vienna on Monday.\n",
		"Title: Output\n\nOPEC ministers agreed to cut output by a million barrels a day.\n",
		"Title: Football\n\nThe Indianapolis Colts beat the Jacksonville Jaguars 31-24 on Sunday.\n",
		"Title: Playoffs\n\nFans cheered after the Colts clinched a playoff berth with the win over the Jaguars.\n",
		"Title: TREASURY SAYS DEFICIT NARROWED\n\nThe Treasury said the budget deficit narrowed in "
		"February.\n",
		"Title: Flaw\n\nMicrosoft Corp. said on Monday that it had found a flaw. Microsoft said a fix "
		"would follow.\n",
		"Title: Fix\n\nThe Microsoft Security Response Center found the flaw. Microsoft said on Tuesday "
		"that it had fixed it.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t frb = entity_of(t, c, 0, "Federal Reserve Board", NULL);
	size_t fr0 = entity_of(t, c, 0, "Federal Reserve", NULL);
	size_t fr1 = entity_of(t, c, 1, "Federal Reserve", NULL);
	CHECK(frb != SIZE_MAX && frb == fr0 && frb == fr1);
	size_t opec_long = entity_of(t, c, 2, "Organization of Petroleum Exporting Countries", NULL);
	size_t opec = entity_of(t, c, 3, "OPEC", NULL);
	CHECK(opec != SIZE_MAX && opec == opec_long);
	size_t colts_long = entity_of(t, c, 4, "Indianapolis Colts", NULL);
	enum ner_type ty = NER_MISC;
	size_t colts = entity_of(t, c, 5, "Colts", &ty);
	CHECK(colts != SIZE_MAX && colts == colts_long && ty == NER_ORG);
	size_t tr = entity_of(t, c, 6, "Treasury", NULL);
	CHECK(tr != SIZE_MAX);
	if (tr != SIZE_MAX)
		CHECK_STR(t->v[tr].name, "Treasury");
	/* A company the lexicon knows is its long form, not its unit's. */
	size_t ms = entity_of(t, c, 7, "Microsoft", NULL);
	size_t msc = entity_of(t, c, 7, "Microsoft Corp.", NULL);
	size_t msrc = entity_of(t, c, 8, "Microsoft Security Response Center", NULL);
	size_t ms8 = entity_of(t, c, 8, "Microsoft", NULL);
	CHECK(ms != SIZE_MAX && ms == msc && ms8 == ms && ms8 != msrc);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_table_line(void)
{
	/* A name beside a score, a standings row or "at" in a line of no
	 * prose is in a table; a name in a sentence is not. */
	const char *s = "Leeds 3 Chelsea 1\nCHICAGO 71 64 .526 10\nKANSAS CITY AT DETROIT\n"
			"Ajax 2 ( Kluivert 23 , Overmars 60 ) Feyenoord 0\n"
			"Leeds beat Chelsea 3-1 at home on Saturday .\nChicago fans sang\n";
	size_t n = strlen(s);
	struct {
		const char *word;
		int want;
	} cases[] = { { "Leeds 3", 1 }, { "Chelsea 1", 1 }, { "CHICAGO", 1 }, { "KANSAS CITY", 1 }, { "DETROIT", 1 },
		      { "Feyenoord", 1 }, { "Leeds beat", 0 }, { "Chelsea 3-1", 0 }, { "Chicago fans", 0 } };
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		const char *at = strstr(s, cases[k].word);
		CHECK(at != NULL);
		if (!at)
			continue;
		/* The name is the word(s) up to a space before a digit or a
		 * lower-case word: cut at the first space followed by one. */
		size_t start = (size_t)(at - s), end = start;
		while (end < n && s[end] != '\n' &&
		       !(s[end] == ' ' && ((s[end + 1] >= '0' && s[end + 1] <= '9') || (s[end + 1] >= 'a' && s[end + 1] <= 'z') ||
					   strncmp(s + end + 1, "AT ", 3) == 0)))
			end++;
		if (entity_table_line(s, 0, n, start, end) != cases[k].want)
			printf("#   %s: want %d\n", cases[k].word, cases[k].want);
		CHECK_INT(entity_table_line(s, 0, n, start, end), cases[k].want);
	}
	CHECK(entity_sports_story("Standings in the Premier League after Saturday's games:", 55));
	CHECK(!entity_sports_story("Cash grain prices at country elevators in the Midwest:", 55));
	/* Coaching is as often a trade's as a team's. */
	const char *coach = "She offers business coaching to women in Tarvelo , and coaching to farmers .";
	CHECK(!entity_sports_story(coach, strlen(coach)));
}

static void test_entity_sports_table(void)
{
	/* In a sports story's table a city is its team, whatever the other
	 * stories make of the city; "at" a city is where the game is. */
	const char *texts[] = {
		"Title: Baseball standings\n\nMajor league baseball standings after Thursday's games:\n\n"
		"AMERICAN LEAGUE\nEASTERN DIVISION\nW L PCT GB\nBOSTON 74 59 .556 -\nBALTIMORE 70 63 .526 4\n"
		"TORONTO 63 71 .470 11\nCENTRAL DIVISION\nCLEVELAND 80 53 .602 -\nCHICAGO 71 64 .526 10\n"
		"MINNESOTA 67 67 .500 13\n\nFRIDAY'S SCHEDULE\nBOSTON AT CHICAGO\nTORONTO AT BALTIMORE\n",
		"Title: Markets\n\nTraders in Chicago said on Monday that futures fell. Chicago is the home of "
		"the grain pits, and dealers in Chicago expect more losses.\n",
		"Title: Weather\n\nSnow fell on Chicago on Tuesday, and Chicago schools closed. The mayor of Chicago "
		"said roads would be cleared.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	enum ner_type row = NER_MISC, city = NER_MISC;
	const struct article *a = c->arts[0];
	const struct entity_doc *d = &t->docs[0];
	const char *r = strstr(a->data, "CHICAGO 71"), *at = strstr(a->data, "AT CHICAGO");
	for (size_t k = 0; k < d->n; k++) {
		if (r && d->v[k].start == (size_t)(r - a->data))
			row = d->v[k].type;
		if (at && d->v[k].start == (size_t)(at + 3 - a->data))
			city = d->v[k].type;
	}
	CHECK(row == NER_ORG);
	CHECK(city == NER_PLACE);
	enum ner_type other = NER_MISC;
	entity_of(t, c, 1, "Chicago", &other);
	CHECK(other == NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_people_not_alias(void)
{
	/* Words ending with a people's name are no short form of an
	 * organization that begins with them. */
	const char *texts[] = {
		"Title: Land\n\nThe Queensland Aboriginal Centre asked for the land back. Elders said the "
		"Queensland Aboriginal community had waited long enough.\n",
		"Title: History\n\nThe book tells of Queensland Aboriginal people and their language.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	enum ner_type ty = NER_ORG;
	entity_of(t, c, 1, "Queensland Aboriginal", &ty);
	CHECK(ty != NER_ORG);
	entity_table_free(t);
	corpus_free(c);
}

static void test_ner_org_stops_at_person(void)
{
	/* An organization's name goes on over capitalised words, but not
	 * into the person the model reads after it. */
	char *m = article_mentions("Yesterday the Regional Health Board Spokesman John Kamau said the clinics "
				   "would open.\n");
	CHECK(strstr(m, "John Kamau|") != NULL);
	CHECK(strstr(m, "Spokesman John") == NULL);
	if (!strstr(m, "John Kamau|"))
		printf("#   got %s\n", m);
	free(m);
}


/* A nickname in quotes between given name and surname is part of the
 * person's name, in straight or curly quotes; a quotation after a name is
 * not ("Smith 'Hello' he said" has no surname after it). */
static void test_ner_quoted_nickname(void)
{
	CHECK(has("Joaquin \"El Chapo\" Guzman escaped from prison on Saturday.",
		  "PERSON:Joaquin \"El Chapo\" Guzman"));
	CHECK(has("Police said Vincent \xe2\x80\x9cThe Chin\xe2\x80\x9d Gigante ran the family for years.",
		  "PERSON:Vincent \xe2\x80\x9cThe Chin\xe2\x80\x9d Gigante"));
	CHECK(has("The boxer Kevin 'Kid' Mitchell won the fight in Manchester.", "PERSON:Kevin 'Kid' Mitchell"));
	CHECK(lacks("Fans sang \"Hey Jude\" as the team left.", "PERSON:Fans sang \"Hey Jude\""));
}

/* A sentence's article before a noun spelt like a verb of saying is no
 * person ("A state of emergency", "A report from"), after an opening quote
 * too; a lone name before one still is. */
static void test_ner_article_before_speech_noun(void)
{
	const char *s = "Police said the suspect fled. A state of emergency was declared. A report from the "
			"ministry was published.";
	CHECK(lacks(s, "PERSON:A"));
	const char *q = "He paused. \xe2\x80\x9cThe state chooses what is mainstream,\xe2\x80\x9d he said.";
	CHECK(lacks(q, "PERSON:The"));
	CHECK(has("Talks resumed on Monday. Okonjo said the plan would go ahead.", "PERSON:Okonjo"));
}

/* A country's letters before a dollar sign are the currency's, not a
 * place; the country elsewhere is one. */
static void test_ner_currency_prefix(void)
{
	const char *s = "Exports reached US $ 41 billion in 2022, and a meal costs HK $ 35 there, while the US "
			"economy grew.";
	CHECK(has(s, "PLACE:US"));
	char *m = mentions(s);
	size_t n = 0;
	for (const char *p = m; (p = strstr(p, "PLACE:US")) != NULL; p++)
		n++;
	CHECK_INT(n, 1);
	CHECK(lacks(s, "PLACE:HK"));
	free(m);
	/* So before the word "dollars" in lower case. */
	m = article_mentions("Exports earned 40 billion US dollars last year , and the U.S. dollar rose . The US "
			     "said so .\n");
	CHECK(strstr(m, "|PLACE:US|") != NULL && strstr(m, "U.S.") == NULL);
	CHECK(strstr(m, "|PLACE:US|PLACE:US|") == NULL);
	free(m);
}

/* A possessive written apart closes no quotation: no title "Currently,
 * Tajikistan" from an opening quote to the apostrophe. */
static void test_ner_spaced_possessive_quote(void)
{
	const char *s = "He said : \xe2\x80\x9c Currently , Tajikistan \xe2\x80\x99 s relations with Iran are on the "
			"mend , \xe2\x80\x9d he said .\n\nShe loved the film \xe2\x80\x9cParis Nights\xe2\x80\x9d and its "
			"score.\n";
	char *m = article_mentions(s);
	CHECK(strstr(m, "|PLACE:Tajikistan|") != NULL);
	CHECK(strstr(m, "Currently") == NULL);
	CHECK(strstr(m, "|MISC:Paris Nights|") != NULL);
	if (strstr(m, "Currently"))
		printf("#   got %s\n", m);
	free(m);
}

/* A portfolio between two titles is nobody: "Deputy Health Minister". */
static void test_ner_portfolio_between_titles(void)
{
	const char *s = "Deputy Health Minister Yaakov Litzman pressured a senior psychiatrist.";
	CHECK(lacks(s, "PERSON:Health"));
	CHECK(has(s, "PERSON:Yaakov Litzman"));
	CHECK(lacks("The new members are Anandsing Aucharaz, Deputy Finance Secretary, and others.",
		    "PERSON:Finance"));
	CHECK(has("Deputy Minister Ruth Mwangi spoke.", "PERSON:Ruth Mwangi"));
}

/* An operation's code name in capitals is an other name. */
static void test_ner_operation_code_name(void)
{
	CHECK(has("Canadian troops serve in Latvia on Operation REASSURANCE, the ministry said.",
		  "MISC:Operation REASSURANCE"));
	CHECK(has("He visited Canadian Armed Forces troops deployed on Operation UNIFIER to thank them.",
		  "MISC:Operation UNIFIER"));
	/* So is one in capitalised words, whatever else the model or a
	 * verb of saying makes of it. */
	CHECK(has("Officials said Operation Tamber Ridge had paid for the doses.", "MISC:Operation Tamber Ridge"));
	CHECK(has("Operation Tamber Ridge ended in May, officials said.", "MISC:Operation Tamber Ridge"));
}

/* A subject with a verb in the plural is no person ("are a band"). */
static void test_ner_plural_subject(void)
{
	CHECK(article_has("Thunder Lane are an English indie rock band from Sheffield, formed in 2009.\n", "ORG", "Thunder Lane"));
	CHECK(article_has("Marrow Fields were a Scottish folk group from Dundee, active in the 1970s.\n", "ORG", "Marrow Fields"));
}

/* The names a band tours with are bands, not places. */
static void test_ner_tour_bands(void)
{
	const char *s = "They have toured with the Velvet Harps and Kingsbridge across Europe.\n";
	CHECK(article_has(s, "ORG", "Kingsbridge"));
	CHECK(article_has(s, "PLACE", "Europe"));
	CHECK(article_has("She toured with Dunmore Heights and Ashford Lane.\n", "ORG", "Dunmore Heights"));
	/* A band the model read as a person or, after its "The", a work; a
	 * singer with a given name stays a person. */
	s = "The band toured with Modest Lantern and The Velmars in 2004 .\n";
	CHECK(article_has(s, "ORG", "Modest Lantern") && article_has(s, "ORG", "Velmars"));
	CHECK(article_has("She toured with Anna Kessel in 2004 .\n", "PERSON", "Anna Kessel"));
}

/* A club named for its town is a club in a story of the game. */
static void test_ner_club_towns(void)
{
	const char *s = "Bergen Town were relegated from the First Division after a 2-1 defeat, and Tampere City "
			"finished third in the league.\n";
	CHECK(article_has(s, "ORG", "Bergen Town"));
	CHECK(article_has(s, "ORG", "Tampere City"));
	CHECK(article_has("Residents of Tampere City voted on the new budget on Monday.\n", "PLACE", "Tampere City"));
}

/* A name its acronym in brackets spells whole is one name. */
static void test_ner_acronym_starts(void)
{
	const char *s = "The Quillon Atmospheric, Geophysical and Astronomical Services Administration (QAGASA) warned "
			"of more rain.\n";
	CHECK(article_has(s, "ORG", "Quillon Atmospheric, Geophysical and Astronomical Services Administration"));
	s = "Deposits at the Bank of Tarvel and Kuwait (BTK) rose 4 percent, the minister said.\n";
	CHECK(article_has(s, "ORG", "Bank of Tarvel and Kuwait"));
	CHECK(article_lacks(s, "Kuwait"));
	/* Not where the letters do not match. */
	s = "Deposits at the Bank of Tarvel and Kuwait (BKX) rose 4 percent, the minister said.\n";
	CHECK(article_has(s, "PLACE", "Kuwait"));
}

/* A title before a place named for its holder is the name's. */
static void test_ner_title_places(void)
{
	CHECK(article_has("The convoy drove along Sheikh Rahim Road to the port.\n", "PLACE", "Sheikh Rahim Road"));
	CHECK(article_has("Mayor Kevin Park said the budget would pass.\n", "PERSON", "Kevin Park"));
}

/* A weekday that starts a person's name is a given name. */
static void test_ner_calendar_names(void)
{
	CHECK(article_has("Nigerian international Sunday Okeke equalised for the visitors.\n", "PERSON", "Sunday Okeke"));
	CHECK(article_has("Sunday Adebayo scored twice.\n", "PERSON", "Sunday Adebayo"));
	CHECK(article_lacks("The ministry said Sunday Adebayo would travel.\n", "Sunday Adebayo"));
	/* So is a month that is a given name, but after a word of time. */
	CHECK(article_has("Aboriginal elder June Tarrant said the land was sacred.\n", "PERSON", "June Tarrant"));
	CHECK(article_has("Nurse April Kowalski treated the patients.\n", "PERSON", "April Kowalski"));
	CHECK(article_has("In June Kessler said the deal was off.\n", "DATE", "June"));
	/* A word of time before the month says it is one; "by" (a byline's,
	 * a book's) does not. */
	CHECK(article_has("Until Monday Okafor stayed home.\n", "PERSON", "Okafor"));
	CHECK(article_has("The memoir by June Tarrant sold well.\n", "PERSON", "June Tarrant"));
	CHECK(article_has("The brothers Otto and August Kessby founded the firm in 1890.\n", "PERSON", "August Kessby"));
	CHECK(article_expect("Sales rose in April and May Kessby said.\n", "PERSON", "May Kessby", 0));
}

/* Two groups the lists know, joined by "and", are two names. */
static void test_ner_group_pairs(void)
{
	const char *s = "The plan was opposed by the Tories and Labour.\n";
	CHECK(article_has(s, "GROUP", "Tories"));
	CHECK(article_lacks(s, "Tories and Labour"));
}

/* Two places joined by "&" are a firm, but for a country so named. */
static void test_ner_ampersand_firms(void)
{
	CHECK(article_has("The company is a subsidiary of Genesee & Wyoming.\n", "ORG", "Genesee & Wyoming"));
	CHECK(article_has("Antigua & Barbuda beat Jamaica 2-1 on Sunday.\n", "PLACE", "Antigua & Barbuda"));
	CHECK(article_has("Kampala & Entebbe, Jul 19 2022 - Fertiliser prices rose.\n", "PLACE", "Entebbe"));
}

/* A railway named for the two towns it joins is one name. */
static void test_ner_line_pairs(void)
{
	CHECK(article_has("The Velmora and Harrow Canal closed in 1920.\n", NULL, "Velmora and Harrow Canal"));
	CHECK(article_has("It was opened by the Tarvel and Quillon Railway in 1880.\n", NULL, "Tarvel and Quillon Railway"));
	CHECK(article_lacks("Trains run between Glasgow and Oban Railway station.\n", "Glasgow and Oban Railway"));
}

/* The name after "née" is a person's maiden name. */
static void test_ner_maiden_names(void)
{
	const char *s = "She was the daughter of Evan Pritchard and his wife Elin (n\xc3\xa9" "e Tarvel).\n";
	CHECK(article_has(s, "PERSON", "Tarvel"));
	CHECK(article_has(s, "PERSON", "Elin"));
	CHECK(article_has("His mother, Mary Holt nee Brennock, was a teacher.\n", "PERSON", "Brennock"));
}

/* A country's railway is its rail operator. */
static void test_ner_country_railways(void)
{
	CHECK(article_has("Passengers were stranded after Malawi Railway cancelled services.\n", "ORG", "Malawi Railway"));
	CHECK(article_has("The Standard Gauge Railway opened in 2017.\n", "PLACE", "Standard Gauge Railway"));
}

/* The names of a list before a plural kind of place are places. */
static void test_ner_place_kind_lists(void)
{
	CHECK(article_has("Elections will be held in Kogi, Imo and Bayelsa states on Saturday.\n", "PLACE", "Imo"));
	CHECK(article_has("Congestion at Apapa and Tin Can Island ports had eased.\n", "PLACE", "Tin Can Island"));
	/* Rivers and dams too, and a kind's word may come between. */
	CHECK(article_has("The Kusile and Medupi dams broke.\n", "PLACE", "Kusile"));
	CHECK(article_has("The Tana and Athi rivers flooded.\n", "PLACE", "Tana"));
	CHECK(article_has("The Kakuma and Dadaab refugee camps are full.\n", "PLACE", "Kakuma"));
	/* The list's last name, where the model found none there. */
	char *m = article_mentions("Floods hit Kessa, Moro and Long Vi districts.\n");
	CHECK(strstr(m, "|PLACE:Kessa|PLACE:Moro|PLACE:Long Vi|") != NULL);
	if (!strstr(m, "|PLACE:Kessa|PLACE:Moro|PLACE:Long Vi|"))
		printf("#   got %s\n", m);
	free(m);
}

/* An acronym in brackets after the body it abbreviates is a body's. */
static void test_ner_acronym_types(void)
{
	CHECK(article_has("The central bank, Bank Indonesia (BI), held its rate.\n", "ORG", "BI"));
	/* A link's letter may be in the acronym. */
	CHECK(article_has("Kessel on Monday urged the Department of Health (DOH) to act.\n", "ORG", "DOH"));
	/* The bracket apart from the acronym, as text split into tokens has it. */
	CHECK(article_has("Kessel on Monday urged the Department of Health ( DOH ) to act .\n", "ORG", "DOH"));
}

/* A name before "station" or "airport" in lower case is a place's. */
static void test_ner_station_places(void)
{
	CHECK(article_has("The trains would run 14 times a day from Halim station.\n", "PLACE", "Halim"));
}

/* A name before "party" in lower case is the party's. */
static void test_ner_party_names(void)
{
	CHECK(article_has("The bill was backed by the Avanti party, officials said.\n", "ORG", "Avanti"));
}

/* The names after "works by", "paintings by" and the like are people. */
static void test_ner_maker_people(void)
{
	CHECK(article_has("The gallery shows paintings by Kessington and Marlowe.\n", "PERSON", "Kessington"));
	CHECK(article_has("Its collection includes works by Rubens, Rembrandt and Delacroix.\n", "PERSON", "Rembrandt"));
}

/* An airport's codes in brackets are no names. */
static void test_ner_airport_codes(void)
{
	const char *s = "Halden Airport (IATA: HDN, ICAO: ENHD) is an international airport serving Halden, Norway.\n";
	CHECK(article_lacks(s, "HDN"));
	CHECK(article_lacks(s, "ENHD"));
	CHECK(article_has(s, "PLACE", "Halden Airport"));
}

/* A run after a verb of saying that starts with a word news writes in
 * lower case is no person's, but for a given name. */
static void test_ner_said_common_word(void)
{
	CHECK(lacks("It said Operating Platform/3 would ship in June.", "PERSON:Operating Platform/3"));
	CHECK(has("\"We will win,\" said Will Carter, the coach.", "PERSON:Will Carter"));
}

static void test_ner_headline_common_words(void)
{
	/* A headline in capitals keeps a place a list knows that its story
	 * does not name, but not one word news writes in lower case (the
	 * list's "Sale" is Salé, stripped of its accent). */
	char *m = article_mentions("Title: DORVAN IN SALE/LEASEBACK DEAL\n\n    Dorvan Corp said it agreed to sell its "
				   "head office for 40 mln dlrs and lease it back.\n");
	CHECK(strstr(m, ":SALE|") == NULL);
	free(m);
	m = article_mentions("Title: DORVAN TO BUILD PLANT IN NIGERIA\n\n    Dorvan Corp said it would build a "
			     "plant abroad for 40 mln dlrs.\n");
	CHECK(strstr(m, "|PLACE:NIGERIA|") != NULL);
	free(m);
}

static void test_ner_table_label_in_note(void)
{
	/* A results table's label is none in the story's note either. */
	char *m = article_mentions("Title: ACME WIDGETS INC 1ST QTR NET\n\n    BOSTON, April 7 -\n    Oper shr 1.30 dlrs "
				   "vs 1.07 dlrs\n    Oper net 1,962,000 vs 768,000\n    Revs 33.6 mln vs 29.2 mln\n    "
				   "NOTE: Oper net excludes a gain of 897,925 dlrs from the sale of a unit.\n");
	CHECK(strstr(m, ":Oper|") == NULL);
	if (strstr(m, ":Oper|"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_datelines(void)
{
	/* The place in capitals that opens wire copy's dateline is a place,
	 * with the date and a dash after it or the agency in brackets. */
	char *m = article_mentions("Title: ACME SAYS PROFIT ROSE\n\n    BOCA RATON, Fla., March 6 - Acme Widgets Inc said "
				   "its first quarter profit rose on higher sales of springs.\n");
	CHECK(strstr(m, "|PLACE:BOCA RATON|") != NULL);
	free(m);
	m = article_mentions("Title: BANK POSTS LOSS\n\n    BALA CYNWYD, Pa. (Reuters) - A savings bank said it posted "
			     "a loss for the year.\n");
	CHECK(strstr(m, "|PLACE:BALA CYNWYD|") != NULL);
	free(m);
	m = article_mentions("Title: BANK POSTS LOSS\n\n    BALA CYNWYD, Pa., Jan. 5 (Reuters) -- A savings bank said it "
			     "posted a loss for the year.\n");
	CHECK(strstr(m, "|PLACE:BALA CYNWYD|") != NULL);
	free(m);
	/* The agency's brackets written apart, as text split into tokens
	 * has them. */
	m = article_mentions("CHICAGO ( Reuters ) - The company said on Wednesday it would cut jobs .\n");
	CHECK(strstr(m, "|PLACE:CHICAGO|") != NULL);
	free(m);
	/* In mixed case too, where the lists place the city. */
	m = article_mentions("Title: DERLAN BUYS 80 PCT OF AURORA\n\n    Toronto, March 16 - Derlan Industries Ltd said it "
			     "acquired 80 pct of Aurora Industries for 12 mln dlrs.\n");
	CHECK(strstr(m, "|PLACE:Toronto|") != NULL);
	if (!strstr(m, "|PLACE:Toronto|"))
		printf("#   got %s\n", m);
	free(m);
	/* All the capitals up to the comma are the one place, a word of
	 * direction with them ("WEST" alone had been an organization, and
	 * "EAST" left out). */
	const char *const towns[] = { "WEST BEND, Wis.", "EAST HOLLIS, N.H.", "PORT ELDON, Ont." };
	for (size_t k = 0; k < sizeof towns / sizeof *towns; k++) {
		char text[300], want[64];
		snprintf(text, sizeof text, "Title: MILLER CORP SETS DIVIDEND\n\n    %s, March 16 - Miller Corp said "
			 "its board raised the quarterly dividend.\n", towns[k]);
		snprintf(want, sizeof want, "|PLACE:%.*s|", (int)(strchr(towns[k], ',') - towns[k]), towns[k]);
		m = article_mentions(text);
		CHECK(strstr(m, want) != NULL);
		if (!strstr(m, want))
			printf("#   want %s, got %s\n", want, m);
		free(m);
	}
	/* Not a headline run into the dateline on one line. */
	m = article_mentions("Title: X\n\nMILLER CORP ISSUES YEN BONDS LONDON, March 16 - Miller Corp said it issued "
			     "bonds.\n");
	for (const char *q = strstr(m, "|PLACE:"); q; q = strstr(q + 1, "|PLACE:")) {
		char one[128];
		size_t len = strcspn(q + 1, "|");
		snprintf(one, sizeof one, "%.*s", (int)len, q + 1);
		CHECK(strstr(one, "BONDS") == NULL);
	}
	free(m);
}

/* A sentence's first word alone that its story writes in lower case
 * elsewhere, and never capitalised inside a sentence, is a common noun,
 * not the organization the model read in it; a person stays a person. */
static void test_ner_sentence_common_words(void)
{
	char *m = article_mentions("Title: RURITANIA RAISES RESERVE RATIO\n\n    STRELSAU, March 5 - Bankers welcomed the "
				   "Ruritanian central bank's decision to raise reserve requirements.\n    Ruritanian "
				   "bankers said the move was a change of tactic.\n    Bankers said lending rates "
				   "would rise.\n");
	CHECK(strstr(m, ":Bankers|") == NULL);
	if (strstr(m, ":Bankers|"))
		printf("#   got %s\n", m);
	free(m);
	m = article_mentions("Title: Talks\n\nThe host, Carla Rose, met the minister on Monday.\n"
			     "Rose said prices rose in March.\n");
	CHECK(strstr(m, "|PERSON:Rose|") != NULL);
	free(m);
	/* A person the model read in a word news writes in lower case, first
	 * in its sentence, is none; after a title, or where the story names a
	 * person of that surname, it is one. */
	m = article_mentions("Title: Notes on the release\n\nThe new version of the editor ships on Monday with "
			     "faster start-up.\n\nFeedback is great, and pull requests are even better.\n\nDr. "
			     "Feedback, a user of the forum, wrote that the release was late.\n");
	CHECK_STR(m, "|DATE:Monday|PERSON:Feedback|");
	free(m);
	m = article_mentions("Title: Talks\n\nThe host, Marta Cash, met the minister on Monday.\n\nCash said "
			     "prices rose in March.\n");
	CHECK_STR(m, "|PERSON:Marta Cash|DATE:Monday|PERSON:Cash|DATE:March|");
	free(m);
}

/* A name's last word in lower case that no list knows is no part of it
 * where the story writes it as a common noun; a name a list knows with
 * the word capitalised, and a legal form, keep it. */
static void test_ner_story_noun_tails(void)
{
	char *m = article_mentions("Title: Tensors\n\nIn physics, a Vardanian tensor (or tensor) is a symmetric "
				   "tensor of rank two.\n");
	CHECK_STR(m, "|MISC:Vardanian|");
	free(m);
	m = article_mentions("Title: Shipping\n\nShips waited at the Suez canal on Monday, and the canal reopened "
			     "on Tuesday.\n");
	CHECK(strstr(m, "|PLACE:Suez canal|") != NULL);
	free(m);
	m = article_mentions("Title: Shares\n\nShares of Dorvan Bank plc rose, and Kestrel Holdings plc fell.\n");
	CHECK(strstr(m, "|ORG:Dorvan Bank plc|ORG:Kestrel Holdings plc|") != NULL);
	free(m);
}

/* A byline at the top names its writers and their outlet apart; a
 * paragraph that only starts with "By" is the story's. */
static void test_ner_bylines(void)
{
	char *m = article_mentions("Title: Officials weigh new rules\n\nBy MARTA KOWALSKI and TOM ELLISON Associated "
				   "Press\n\nRegulators in Ruritania proposed new limits on drones.\n");
	CHECK(strstr(m, "|PERSON:MARTA KOWALSKI|PERSON:TOM ELLISON|ORG:Associated Press|") != NULL);
	if (!strstr(m, "|PERSON:MARTA KOWALSKI|PERSON:TOM ELLISON|ORG:Associated Press|"))
		printf("#   got %s\n", m);
	free(m);
	m = article_mentions("Title: Officials weigh new rules\n\nBy Marta Kowalski AP Business Writer\n\n"
			     "Regulators in Ruritania proposed new limits on drones.\n");
	CHECK(strstr(m, "|PERSON:Marta Kowalski|ORG:AP|") != NULL);
	free(m);
	/* The line's commas are no part of the names; a place after the
	 * outlet stays. */
	m = article_mentions("Title: Officials weigh new rules\n\nBy MARTA KOWALSKI, Associated Press, Washington\n\n"
			     "Regulators in Ruritania proposed new limits on drones.\n");
	CHECK(strstr(m, "|PERSON:MARTA KOWALSKI|ORG:Associated Press|PLACE:Washington|") != NULL);
	free(m);
	/* A desk's words before a role are the role's, in a byline or in
	 * the author's field; a field without a role keeps the model's. */
	m = article_mentions("Title: Officials weigh new rules\n\nBy Marta Kowalski, Senior Technology "
			     "Correspondent\n\nRegulators in Ruritania proposed new limits on drones.\n");
	CHECK(strstr(m, "|PERSON:Marta Kowalski|") != NULL && strstr(m, "Senior") == NULL);
	free(m);
	m = article_mentions("Title: Officials weigh new rules\nAuthor: Marta Kowalski Games Editor\n\n"
			     "Regulators in Ruritania proposed new limits on drones, Kowalski said.\n");
	CHECK(strstr(m, "|PERSON:Marta Kowalski|") != NULL && strstr(m, "Games") == NULL);
	free(m);
	m = article_mentions("Title: Officials weigh new rules\nAuthor: Editorial Board\n\n"
			     "Regulators proposed new limits on drones.\n");
	CHECK(strstr(m, "PERSON") == NULL);
	free(m);
	m = article_mentions("Title: Talks\n\nBy Tuesday, Ruritania had agreed\n\nThe talks went on.\n");
	CHECK(strstr(m, "|DATE:Tuesday|") != NULL);
	free(m);
	/* The source's field names the outlet, a body, but for a blog named
	 * after its author (invented names). */
	m = article_mentions("Title: Three findings from our survey\nAuthor: Dave Kessler\nSource: Varnlab\n\n"
			     "The survey asked 5,000 people.\n");
	CHECK(strstr(m, "|ORG:Varnlab|") != NULL);
	free(m);
	m = article_mentions("Title: Anomaly detection\nAuthor: Haro Velnik\nSource: Haro Velnik\n\n"
			     "The query counts rows.\n");
	CHECK(strstr(m, "ORG") == NULL);
	free(m);
}

/* A capital alone is no person unless a title makes it one; a name
 * before a comma and one initial, as a reference lists its authors, is a
 * person's surname (invented names). */
static void test_ner_lone_initials(void)
{
	char *m = article_mentions("References\n\nVardell, P., Quintana, G., and Hoskov, J., \"Lantern Protocol\", "
				   "RFC 9999, September 2013.\n\n\"What are you doing here?\" said I. The series B notes "
				   "fell.\n");
	CHECK(strstr(m, "|PERSON:Quintana|PERSON:Hoskov|") != NULL);
	CHECK(strstr(m, ":P.|") == NULL && strstr(m, ":G.|") == NULL && strstr(m, ":I.|") == NULL &&
	      strstr(m, "PERSON:B|") == NULL);
	free(m);
	/* Nor an other name: a ticker's letter, "C and F" of a price. */
	m = article_mentions("Ford Motor Co <F> and Chrysler Corp <C> said sales rose. It sold soybeans at 203.40 dlrs "
			     "a tonne, C and F, Gulf, for May shipment.\n");
	CHECK(strstr(m, "MISC:F|") == NULL && strstr(m, "|ORG:Ford Motor Co|") != NULL);
	free(m);
	m = article_mentions("Mr. B pointed at the door, and the lawyer left. Washington, D.C., was cold.\n");
	CHECK(strstr(m, "|PERSON:B|") != NULL && strstr(m, "PLACE:Washington|") != NULL);
	free(m);
}

/* A label a page hides but leaves glued to a credit's name is no part of
 * the name; a name of one word that begins so is left whole. */
static void test_ner_hidden_labels(void)
{
	char *m = article_mentions("Title: Storm\n\nWorkers repaired a line in Strelsau on Monday. CreditMarta "
				   "Kowalski\n\nThe storm cut power to 5,000 homes, said Tom Ellison.\n");
	CHECK(strstr(m, ":Marta Kowalski|") != NULL && strstr(m, "Credit") == NULL);
	free(m);
	m = article_mentions("Title: Ratings\n\nThe agency placed Kestrel Mining on CreditWatch on Monday.\n");
	CHECK(strstr(m, ":CreditWatch|") != NULL);
	free(m);
	/* A name that begins with a label's letters but no given name. */
	m = article_mentions("Title: Prize\n\nIn 2006 the editor won the SourceHarbor Community Choice Award for "
			     "best new project.\n");
	CHECK(strstr(m, ":SourceHarbor Community Choice Award|") != NULL);
	free(m);
}

/* A weekday alone is a date, whatever the words around it made of it. */
static void test_ner_lone_weekdays(void)
{
	char *m = article_mentions("Title: Attack\n\nRuritania mourned on Thursday, and the Strelsau Film Festival "
				   "opened Friday night.\n");
	CHECK(strstr(m, "|DATE:Friday|") != NULL);
	if (!strstr(m, "|DATE:Friday|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A name the model cut short where the story writes a longer name of its
 * whole is that name. */
static void test_ner_story_longer_names(void)
{
	/* A name cut at a model's number where the story writes it whole
	 * (an invented model of a real maker's). */
	char *h = article_mentions("Boeing 797 MAX cleared to fly again as airlines weigh demand\n\nThe agency lifted its "
				   "grounding of the Boeing 797 MAX on Wednesday .\n");
	CHECK(strstr(h, "|MISC:Boeing 797 MAX|MISC:Boeing 797 MAX|") != NULL);
	free(h);
	/* Both mentions whole, neither cut to "Voyager" (whether the model
	 * takes the company, Vandor, for a name is not what this tests). */
	char *m = article_mentions("Network Voyager is used widely. Vandor said Network Voyager had a flaw.\n");
	const char *first = strstr(m, ":Network Voyager|");
	CHECK(first && strstr(first + 1, ":Network Voyager|"));
	CHECK(strstr(m, ":Voyager|") == NULL);
	if (!first || strstr(m, ":Voyager|"))
		printf("#   got %s\n", m);
	free(m);
	/* Cut in two, a city and a word, where the story writes the name
	 * whole: one name each time (an invented firm named after a real
	 * city); the place after "and" stays a place. */
	m = article_mentions("Data firm Geneva Voltaris harvested profiles. Users and Geneva Voltaris denied "
			     "wrongdoing. And so Geneva Voltaris and Paris.\n");
	first = strstr(m, ":Geneva Voltaris|");
	CHECK(first && (first = strstr(first + 1, ":Geneva Voltaris|")) && strstr(first + 1, ":Geneva Voltaris|PLACE:Paris|"));
	CHECK(strstr(m, ":Geneva|") == NULL && strstr(m, ":Voltaris|") == NULL);
	free(m);
}

/* No name ends in a word that joins a name's parts: one cut before a
 * bracket ends before its "of the" (invented company and division). */
static void test_ner_join_word_ends(void)
{
	char *m = article_mentions("Title: Probe\n\nHalvex Corp said it was told by the Licensing Division of "
				   "the (FCC) that it will face a review.\n");
	CHECK_STR(m, "|ORG:Halvex Corp|ORG:Licensing Division|ORG:FCC|");
	free(m);
}

/* A point of the compass in lower case is no name alone ("western"
 * before a place had been a group of its own; an invented district). */
static void test_ner_lone_compass_words(void)
{
	char *m = article_mentions("A silver deposit in the Halvern district of western South Dakota has been shut.\n");
	CHECK_STR(m, "|PLACE:Halvern|PLACE:South Dakota|");
	free(m);
}

/* An abbreviation's full stop written apart: the lists' name is known as
 * they write it, a saint's given name is a person's, a mountain a place. */
static void test_ner_spaced_abbrevs(void)
{
	CHECK(article_has("They flew to St . Louis on Monday .\n", "PLACE", "St . Louis"));
	CHECK(article_has("Climbers died on Mt . Kelvar last year .\n", "PLACE", "Mt . Kelvar"));
	char *m = article_mentions("The school was founded by St . Mary Kelvar in 1850 .\n");
	CHECK(strstr(m, "|PERSON:Mary Kelvar|") != NULL);
	CHECK(strstr(m, "St") == NULL);
	free(m);
}

/* A name's apostrophe written apart by another tool: the short word in
 * lower case after it is the name's, and "d ’" joins two names; a
 * possessive after an "s" and a closing quotation mark are not taken. */
static void test_ner_spaced_apostrophes(void)
{
	CHECK(article_has("Defence Minister Dorit Ka \xe2\x80\x99 alon said on Monday that talks would resume .\n",
			  "PERSON", "Dorit Ka \xe2\x80\x99 alon"));
	CHECK(article_has("The minister met Marie d \xe2\x80\x99 Arc Velmura in Kigali .\n", "PERSON",
			  "Marie d \xe2\x80\x99 Arc Velmura"));
	char *m = article_mentions("The Yankees ' losses mounted , and the Pellmar Tigers ' coach quit .\n");
	CHECK(strstr(m, "losses") == NULL && strstr(m, "coach") == NULL);
	free(m);
}

/* A weekday and its possessive start no name: the date is a date and the
 * name starts after "'s" (a match report of 2020 written for the test;
 * the model ran "Wednesday 's" into the cup's name). */
static void test_ner_calendar_possessors(void)
{
	char *m = article_mentions("LONDON , Sept 20 ( Reuters ) - Sadio Mane scored twice as Premier League champions "
				   "Liverpool beat 10-man Chelsea 2-0 at Stamford Bridge on Sunday .\nChelsea boss Frank "
				   "Lampard said his side would recover before Wednesday 's League Cup tie against "
				   "Tottenham Hotspur .\n");
	CHECK(strstr(m, "|DATE:Wednesday|MISC:League Cup|") != NULL);
	free(m);
	CHECK(article_has("Ahead of Sunday\xe2\x80\x99s Velmar Grand Prix , Kessby said he was ready .\n", "MISC",
			  "Velmar Grand Prix"));
}

/* A title with a function word among its words before a year in brackets
 * is a work's name (invented titles), not a body's, a place's or months. */
static void test_ner_year_titles(void)
{
	CHECK(article_has("He directed Letters from the Coast (2009) and Return to the Harbour (2012).\n", "MISC",
			  "Letters from the Coast"));
	CHECK(article_has("She starred in Night of the Kestrel ( 1955 ) , a drama .\n", "MISC", "Night of the Kestrel"));
	char *m = article_mentions("The Bank of Velmar ( 1694 ) and the Kingdom of Hungary ( 1867 ) were old , and prices "
				   "rose in September and October (1986).\n");
	CHECK(strstr(m, "|ORG:Bank of Velmar|PLACE:Kingdom of Hungary|") != NULL);
	CHECK(strstr(m, "MISC") == NULL);
	free(m);
	/* A list of names each with its year, after a word of works, is a
	 * list of works; a list of winners with theirs is not (invented). */
	m = article_mentions("He appeared in Kessby Nights ( 2004 ) and Harwick ( 2008 ) .\n");
	CHECK_STR(m, "|MISC:Kessby Nights|DATE:2004|MISC:Harwick|DATE:2008|");
	free(m);
	m = article_mentions("Past winners include Tom Kessel ( 1998 ) and Ann Orvan ( 2001 ) .\n");
	CHECK(strstr(m, "|PERSON:Tom Kessel|") != NULL && strstr(m, "|PERSON:Ann Orvan|") != NULL);
	free(m);
}

/* An encyclopedia's first sentence defines its subject: the words before
 * "is a ... film" are a work's title whole (invented titles); a clause's
 * first word, a name before "is" that no work follows, a kind of work
 * that goes on as another noun are none. */
static void test_ner_lead_titles(void)
{
	CHECK(article_has("Heart of the Forest is the second studio album by American singer Rhea Calloway .\n", "MISC",
			  "Heart of the Forest"));
	CHECK(article_has("Lord of the Marsh is a 1962 British adventure film directed by Cyril Abney .\n", "MISC",
			  "Lord of the Marsh"));
	CHECK(article_has("Lord of the Marsh was a 1962 British adventure film.\n", "MISC", "Lord of the Marsh"));
	char *m = article_mentions("If Velmar was a classical symphony , Harwick is a rock concert .\n");
	CHECK(strstr(m, "If Velmar") == NULL);
	free(m);
	m = article_mentions("Seattle is the big underdog in this game , even though it hosts the game .\n"
			     "Halvard Roos is a film director and Tamsin Vale is a game developer .\n");
	CHECK(strstr(m, "MISC") == NULL);
	free(m);
	/* A series of works, and a serial that is broadcast. */
	CHECK(article_has("A Song of Ice and Velmar is a series of epic fantasy novels by George Kessby .\n", "MISC",
			  "A Song of Ice and Velmar"));
	CHECK(article_has("Velmar Nights was a British radio drama serial broadcast on BBC Radio 4 .\n", "MISC",
			  "Velmar Nights"));
	/* A song's title in quotation marks, curly or straight (invented). */
	CHECK(article_has("\" Velmar Sunrise \" is a single by Ghanaian rapper Kofi Orvan .\n", "MISC", "Velmar Sunrise"));
	CHECK(article_has("\xe2\x80\x9cVelmar\xe2\x80\x9d is a song by Ada Kessel.\n", "MISC", "Velmar"));
	/* Software is a product: its kind after a word that says so, "and"
	 * between its describing words; a person's trade is no kind. */
	char *q = article_mentions("Quillpad is a free and open-source text editor for Windows and Linux .\nQuillpad was "
				   "created by Martin Kowalski in 2004 .\n");
	CHECK_STR(q, "|MISC:Quillpad|MISC:Windows|MISC:Linux|MISC:Quillpad|PERSON:Martin Kowalski|DATE:2004|");
	free(q);
	CHECK(article_has("Jane Kessel is a senior editor for the Kessby Herald .\n", "PERSON", "Jane Kessel"));
}

/* An encyclopedia's first sentence on a person gives the life's dates in
 * brackets: the name before them is the person's though the story names
 * a body after them (invented names); years alone are a tenure. */
static void test_ner_lead_people(void)
{
	const char *text = "Halvard Emmerich Roos ( 12 May 1874 \xe2\x80\x93 3 October 1951 ) was a Danish chemist .\n"
			   "He taught at the University of Copenhagen .\n"
			   "The Roos Institute in Aarhus is named after him .\n";
	CHECK(article_has(text, "PERSON", "Halvard Emmerich Roos"));
	CHECK(article_has("Sir Halvard Roos (born 12 May 1874) was a chemist at the Roos Institute.\n", "PERSON",
			  "Halvard Roos"));
	CHECK(article_has("Harwick Athletic ( 1994 \xe2\x80\x93 2001 ) was a football club in Velmar .\n", "ORG",
			  "Harwick Athletic"));
}

/* The divisions of some countries by their own words are places, not
 * people (invented names). */
static void test_ner_division_words(void)
{
	const char *text = "Wola Krzemna is a village in the administrative district of Gmina Zbyrow , within "
			   "Sielce County , Masovian Voivodeship , in east-central Poland .\n";
	CHECK(article_has(text, "PLACE", "Masovian Voivodeship"));
}

/* A body's head word that Spanish, Portuguese, French or Malay writes
 * first leads a body's name, though a place follows it (invented bodies). */
static void test_ner_foreign_head_first(void)
{
	CHECK(article_has("She studied at the Universidad de los Andes in Velmar .\n", "ORG",
			  "Universidad de los Andes"));
	/* Malay's, of five letters and more. */
	CHECK(article_has("Before entering politics he was a lecturer at Universiti Sains Velmar in Penang .\n", "ORG",
			  "Universiti Sains Velmar"));
}

/* A track list's line: a quoted title before a song's running time is a
 * work, of one word too (invented titles); a score after a quote is no
 * running time. */
static void test_ner_track_titles(void)
{
	char *m = article_mentions("Track listing\n\" Glasshouse \" \xe2\x80\x93 3 : 41\n2. \"Velmaren\" - 4:02\n");
	CHECK(strstr(m, "|MISC:Glasshouse|") != NULL);
	CHECK(strstr(m, "|MISC:Velmaren|") != NULL);
	free(m);
	m = article_mentions("He shouted \"Never\" - 3:1 was the score.\n");
	CHECK(strstr(m, "Never") == NULL);
	free(m);
	/* A guest's bracket between the title and its running time. */
	m = article_mentions("Track listing\n\" Paper Moon \" \xe2\x80\x93 3:41\n\" Harwick Road \" ( featuring Lars "
			     "Velmar ) \xe2\x80\x93 3:55\n");
	CHECK(strstr(m, "|MISC:Harwick Road|") != NULL && strstr(m, "|PERSON:Lars Velmar|") != NULL);
	free(m);
}

/* A sentence's first word that its capital leaves in doubt opens the name
 * after it: an airline's "Air", a place's "New" (invented names); not
 * before a place the lists know alone. */
static void test_ner_sentence_lead_words(void)
{
	CHECK(article_has("Air Marwen flies to Cayenne .\n", "ORG", "Air Marwen"));
	CHECK(article_has("New Harwick is a hamlet in Suffolk , England .\n", "PLACE", "New Harwick"));
	CHECK(article_has("New Brazil figures showed growth .\n", "PLACE", "Brazil"));
	/* "TV" before a city is a broadcaster's name (an invented one). */
	CHECK(article_has("The series aired on TV Cairo from April to September 2004 .\n", "ORG", "TV Cairo"));
	CHECK(article_has("Lake Marwen , the largest lake in the basin , is fed by the river .\n", "PLACE", "Lake Marwen"));
}

/* A list of people holds people whose surnames are words of places or
 * bodies (invented casts); a list of streets and a company's legal form
 * stay. */
static void test_ner_people_lists(void)
{
	char *m = article_mentions("The cast includes Grace Hall , Tom Bridge and Anna Lake .\n");
	CHECK_STR(m, "|PERSON:Grace Hall|PERSON:Tom Bridge|PERSON:Anna Lake|");
	free(m);
	CHECK(article_has("The film stars Hazel Court , Dorian Bell and Sidney James .\n", "PERSON", "Hazel Court"));
	m = article_mentions("Cafes are on George Street , Elizabeth Street and King Street .\n");
	CHECK(strstr(m, "PERSON") == NULL);
	free(m);
	CHECK(article_has("Advisers were Salomon Bros , Ann Lee and Tom Reed .\n", "ORG", "Salomon Bros"));
	/* A first word no list knows before a country's name, two people
	 * in the list (invented). */
	CHECK(article_has("Matrix mechanics was created by Werner Kessel, Max Orvan, and Pascual Jordan in 1925.\n",
			  "PERSON", "Pascual Jordan"));
}

/* A licence's name is a text's, not its body's, in a story that names the
 * body often; a disaster's an event's (invented names). */
static void test_ner_licence_names(void)
{
	CHECK(article_has("Velmara is a free software community .\nVelmara makes the Orvex browser , and Velmara "
			  "Corporation pays its staff .\nThe Velmara Foundation said on Monday that Velmara would grow "
			  ".\nThe code is released under the Velmara Public License .\n",
			  "MISC", "Velmara Public License"));
	/* A disaster's word ends an event's name, not a team's (invented). */
	CHECK(article_has("The line was abandoned in 1938 after damage from the Velmar Hurricane .\n", "MISC",
			  "Velmar Hurricane"));
	CHECK(article_has("The Harwick Flood killed 2,209 people .\n", "MISC", "Harwick Flood"));
}

/* A work's title after its kind takes in its small words and, before its
 * author's "by", a word a list knows as a name (invented works); a place
 * after "in" stays a place. */
static void test_ner_work_title_words(void)
{
	CHECK(article_has("Her painting Girl with Red Scarf is held by the Tate Modern .\n", "MISC", "Girl with Red Scarf"));
	CHECK(article_has("The opera Carmen by Georges Bizet premiered in Paris in 1875 .\n", "MISC", "Carmen"));
	char *m = article_mentions("His 1911 novel Death in Velmara was filmed twice .\n");
	CHECK(strstr(m, "|PLACE:Velmara|") != NULL);
	free(m);
}

/* An order of merit after a verb of awarding or a rank is an award, one
 * name with its "of the" (invented orders); a religious order is not. */
static void test_ner_award_orders(void)
{
	CHECK(article_has("He was awarded the Order of the Velmar Star in 2001 .\n", "MISC", "Order of the Velmar Star"));
	char *m = article_mentions("He received the Order of Lenin and the Order of Canada .\n");
	CHECK_STR(m, "|MISC:Order of Lenin|MISC:Order of Canada|");
	free(m);
	CHECK(article_has("She was made a Commander of the Order of the Kessby Lion .\n", "MISC",
			  "Order of the Kessby Lion"));
	/* A line of honours, its year in brackets after it. */
	m = article_mentions("Honours\nOrder of Merit of the Varnesian Republic (1985)\nOrder of the Kessby Star (1990)\n");
	CHECK(strstr(m, "|MISC:Order of Merit of the Varnesian Republic|") != NULL);
	CHECK(strstr(m, "|MISC:Order of the Kessby Star|") != NULL);
	free(m);
}

/* A name after a company's people or parts and "of" is a company's
 * (invented companies); a place the lists know stays a place. */
static void test_ner_company_people_of(void)
{
	CHECK(article_has("It was founded in 1999 by former employees of Blue Kessby .\n", "ORG", "Blue Kessby"));
	CHECK(article_has("The airline was a subsidiary of Surinam Tessal .\n", "ORG", "Surinam Tessal"));
	CHECK(article_has("He met employees of Kenya on Monday .\n", "PLACE", "Kenya"));
}

/* "The Opposition" alone is no name. */
static void test_ner_opposition(void)
{
	char *m = article_mentions("The Opposition revels in ridiculing the ruling party over its slogans .\n"
				   "Opposition leader Raila Kessby said on Monday the Opposition would unite .\n");
	CHECK(strstr(m, "Opposition") == NULL);
	free(m);
}

/* A church's see of a place is a body, one name with the place, in a
 * story that names the place alone too (invented names). */
static void test_ner_church_sees(void)
{
	CHECK(article_has("Saint Mary 's Cathedral is a Roman Catholic cathedral in Kessby , Tessaly , and the seat of "
			  "the Archdiocese of Kessby .\n",
			  "ORG", "Archdiocese of Kessby"));
}

/* A quoted title is the story's name for the work wherever else it is
 * written just so (invented titles); a quoted nickname that the model
 * reads as a person's name elsewhere stays one there. */
static void test_ner_title_copies(void)
{
	char *m = article_mentions("Delegates adopted the draft \xe2\x80\x9c Kigali Roadmap to Peace \xe2\x80\x9d on Monday .\n"
				   "He said stakeholders had agreed to actions which would form the basis of the Kigali "
				   "Roadmap to Peace .\n");
	CHECK_STR(m, "|MISC:Kigali Roadmap to Peace|DATE:Monday|MISC:Kigali Roadmap to Peace|");
	free(m);
	m = article_mentions("Delegates adopted the draft \xe2\x80\x9cTunis Path to Jobs\xe2\x80\x9d on Monday. He said "
			     "stakeholders had agreed to actions which would form the basis of the Tunis Path to Jobs.\n");
	CHECK_STR(m, "|MISC:Tunis Path to Jobs|DATE:Monday|MISC:Tunis Path to Jobs|");
	free(m);
	m = article_mentions("Police said \xe2\x80\x9c El Tigre Ruiz \xe2\x80\x9d was arrested . El Tigre Ruiz had fled to "
			     "Sinaloa .\n");
	CHECK(strstr(m, "|PERSON:El Tigre Ruiz|") != NULL);
	free(m);
	/* A title never quoted, written three times: a name the model ended
	 * before "to" and a word in capitals (invented). */
	m = article_mentions("Ministers adopted the Velmar Return to Work on Monday .\nThe Velmar Return to Work is a plan "
			     "to cut poverty .\nEmployers fully support the Velmar Return to Work , she said .\n");
	CHECK_STR(m, "|MISC:Velmar Return to Work|DATE:Monday|MISC:Velmar Return to Work|MISC:Velmar Return to Work|");
	free(m);
	/* A headline's verb after "to" is written once. */
	m = article_mentions("Velmar Airways to Cut Jobs\n\nVelmar Airways said it would cut 300 jobs .\n");
	CHECK(strstr(m, "MISC") == NULL);
	free(m);
}

/* Text split into tokens by another tool has a sentence a line: a name
 * cut by the line's end is two, where the corpus cut it; in edited text
 * wrapped by hand the same name runs on across the line break. */
static void test_ner_line_sentences(void)
{
	char *m = article_mentions("COLOMBO 1996-08-30\nThe team won the toss and\nelected to bat against Orlandia "
				   "in the third match .\nSquad :\nVelmar - Tomas Rellig ( captain ) , Ander Vakko , "
				   "Pieter\nMolvanen , Jorge Estarra , Hanno Brisk , Oskar\nTelvik , Mikel Sauvan .\n");
	CHECK(strstr(m, "|PERSON:Pieter|PERSON:Molvanen|") != NULL);
	CHECK(strstr(m, "|PERSON:Oskar|PERSON:Telvik|") != NULL);
	free(m);
	m = article_mentions("COLOMBO, Aug 30 - The team won the toss and\nelected to bat against Orlandia in the "
			     "third match.\nThe squad: Tomas Rellig (captain), Ander Vakko, Pieter\nMolvanen, Jorge "
			     "Estarra, Hanno Brisk, Oskar\nTelvik, Mikel Sauvan.\n");
	CHECK(strstr(m, "|PERSON:Pieter\nMolvanen|") != NULL);
	CHECK(strstr(m, "|PERSON:Oskar\nTelvik|") != NULL);
	free(m);
}

/* A name's hyphen, apostrophe or initial's full stop written apart: what
 * the lists know closed up is theirs, of their type, also across two names
 * the model found around it or with the word after it; a possessive stays
 * apart. */
/* A military formation, a legislature of another tongue, a faculty and an
 * order of knights are bodies, whatever the model made of the sea, the
 * point of the compass or the unknown word before the head. */
/* An encyclopedia's stubs of places: the division's or settlement's kind
 * says what the subject is, a division's head makes a place of a name the
 * model typed otherwise, and a country "of" which a division is stays a
 * place of its own. */
/* A product's model number before the kind of goods is its name's. */
static void test_ner_model_numbers(void)
{
	CHECK(article_has("Title: Tablets\n\nKessco will sell its Tarvo X2 tablets in Kenya .\n", "MISC", "Tarvo X2"));
	/* Not a company's name, nor a number alone. */
	CHECK(article_lacks("Title: Phones\n\nSales at Kessco Holdings 40 phones a day rose .\n", "Kessco Holdings 40"));
}

static void test_ner_division_heads(void)
{
	/* Stubs one after another, as a list of an encyclopedia's places. */
	char *m = article_mentions(
		"Kessmoor is a village in the administrative district of Gmina Tarvel , within Ostrava County , "
		"Lower Silesian Voivodeship , in south-western Poland .\n"
		"Valdrek is a commune in the Haute-Savoie department in the Auvergne-Rh\xc3\xb4ne-Alpes region in "
		"south-eastern France .\n"
		"Valmora is a barangay in the municipality of Tarvel , in the province of Kessar , Philippines .\n"
		"Ostravin is a ward in Kessa District in the Dodoma Region of Tanzania .\n");
	CHECK(strstr(m, "|PLACE:Lower Silesian Voivodeship|") != NULL);
	CHECK(strstr(m, "|PLACE:Valdrek|") != NULL);
	CHECK(strstr(m, "|PLACE:Valmora|") != NULL);
	CHECK(strstr(m, "|PLACE:Ostravin|") != NULL);
	CHECK(strstr(m, "|PLACE:Dodoma Region|PLACE:Tanzania|") != NULL);
	free(m);
	/* A district's command stays a body. */
	CHECK(article_has("Title: Alert\n\nTroops of the Kessmark Military District were put on alert .\n", "ORG",
			  "Kessmark Military District"));
	/* A lord's title "of" a place is no part of it. */
	CHECK(article_has("Title: Ferrand\n\nSir Richard Ferrand , Lord of Kelmore , died in 1476 .\n", "PLACE",
			  "Kelmore"));
}

static void test_ner_formation_heads(void)
{
	CHECK(article_has("She joined the Mediterranean Fleet in 1943 .\n", "ORG", "Mediterranean Fleet"));
	CHECK(article_has("He was posted to the Atlantic Fleet after the war .\n", "ORG", "Atlantic Fleet"));
	CHECK(article_has("A spokesman for Southern Command said the drones were intercepted .\n", "ORG",
			  "Southern Command"));
	CHECK(article_has("He taught at the Faculty of Fine Arts in Brno .\n", "ORG", "Faculty of Fine Arts"));
	CHECK(article_has("The Knights Hospitaller held the island until 1540 .\n", "ORG", "Knights Hospitaller"));
	CHECK(article_has("Lawmakers in the Kessar Great Khural on Friday approved the budget .\n", "ORG",
			  "Kessar Great Khural"));
	CHECK(article_has("Lawmakers in the Jogorku Kenesh on Friday approved the budget .\n", "ORG",
			  "Jogorku Kenesh"));
	CHECK(article_has("Lawmakers in the Wolesi Jirga on Friday approved the budget .\n", "ORG", "Wolesi Jirga"));
	/* A person of a given name and a legislature's word stays one. */
	CHECK(article_has("The striker Ion Rada scored twice on Sunday .\n", "PERSON", "Ion Rada"));
}

/* A dateline's credit in brackets is the outlet, without its "The". */
static void test_ner_dateline_credits(void)
{
	char *m = article_mentions("BANGKOK ( The Scotsman ) - The commission endorsed 400 MPs on Monday .\n");
	CHECK_STR(m, "|PLACE:BANGKOK|ORG:Scotsman|DATE:Monday|");
	free(m);
	m = article_mentions("KAMPALA (The Citizen) - Police arrested six people on Monday.\n");
	CHECK_STR(m, "|PLACE:KAMPALA|ORG:Citizen|DATE:Monday|");
	free(m);
	m = article_mentions("DHAKA, March 4 (BSS) \xe2\x80\x94 The minister spoke in Sylhet.\n");
	CHECK(strstr(m, "|ORG:BSS|") != NULL);
	free(m);
	/* A table's heading in capitals is no dateline. */
	CHECK(article_lacks("TOKYO RUBBER ( YEN PER KILO ) - APRIL 07\n", "YEN PER KILO"));
}

static void test_ner_spaced_marks(void)
{
	CHECK(article_has("Leaders met in Sharm El - Sheikh on Monday .\n", "PLACE", "Sharm El - Sheikh"));
	CHECK(article_has("The talks in Sharm el - Sheikh ended on Monday .\n", "PLACE", "Sharm el - Sheikh"));
	char *m = article_mentions("Troops arrived in N \xe2\x80\x99 Djamena on Monday , and flights to Xi "
				   "\xe2\x80\x99 an resumed .\n");
	CHECK_STR(m, "|PLACE:N \xe2\x80\x99 Djamena|DATE:Monday|PLACE:Xi \xe2\x80\x99 an|");
	free(m);
	CHECK(article_lacks("Diners at Hardee \xe2\x80\x99 s waited on Friday .\n", "Hardee \xe2\x80\x99 s"));
	/* And an initial's full stop: "U . N ." is the lists' "U.N.". */
	CHECK(article_has("Aid from the U . N . reached Gaza on Monday .\n", "ORG", "U . N ."));
}

/* A line that starts with a place the lists know and a spaced hyphen has
 * a dateline: the place ends at the dash (text split into tokens by
 * another tool, an invented body after it). */
static void test_ner_dash_datelines(void)
{
	char *m = article_mentions("Srinagar - Kashmir Valley Fruit Growers said on Monday that prices fell .\n");
	CHECK_STR(m, "|PLACE:Srinagar|ORG:Kashmir Valley Fruit Growers|DATE:Monday|");
	free(m);
	/* A place and its country, a comma between, in either kind of text
	 * (a real airline: the split is the point). */
	m = article_mentions("NAIROBI , Kenya - Kenya Airways on Thursday suspended flights to Mogadishu .\n");
	CHECK(strstr(m, "|PLACE:NAIROBI|PLACE:Kenya|ORG:Kenya Airways|") != NULL);
	free(m);
	m = article_mentions("NAIROBI, Kenya - Kenya Airways on Thursday suspended flights to Mogadishu.\n");
	CHECK(strstr(m, "|PLACE:NAIROBI|PLACE:Kenya|ORG:Kenya Airways|") != NULL);
	free(m);
}

/* A name after a determiner and a noun of a work is the work's title,
 * where the model read a place; a person and a company the lists know
 * stay as they are. */
static void test_ner_work_title_types(void)
{
	CHECK(article_has("Their album Abbey Road was released in 1969 .\n", "MISC", "Abbey Road"));
	CHECK(article_has("The film Tom Hanks made in Pellmar was a hit .\n", "PERSON", "Tom Hanks"));
	/* Genres and a people's word between (an invented series); not
	 * any words in lower case ("the issue raises total outstanding
	 * series"). */
	CHECK(article_has("It is the fifth episode of the American science fiction television series Outer "
			  "Reaches .\n",
			  "MISC", "Outer Reaches"));
	CHECK(!article_has("The issue raises total outstanding series Harwick Lane stock .\n", "MISC",
			   "Harwick Lane"));
	/* The kind's plural before a list of titles, the last one the model
	 * left (invented films). */
	char *m = article_mentions("Their music has been featured in the films Blue Valley and Night Trains , and in "
				   "the television series Harbour Lights .\n");
	CHECK(strstr(m, "|MISC:Blue Valley|MISC:Night Trains|") != NULL);
	free(m);
	m = article_mentions("Their music has been featured in the films Blue Valley and Night Trains, and in the "
			     "television series Harbour Lights.\n");
	CHECK(strstr(m, "|MISC:Blue Valley|MISC:Night Trains|") != NULL);
	free(m);
	/* The title's own article between the kind and the name. */
	CHECK(article_has("It was depicted in the 1958 film The Long Ridge , directed by Anna Corvell .\n", "MISC",
			  "Long Ridge"));
	/* Names with a year in brackets, where the story gives one of them
	 * as a work (invented albums). */
	m = article_mentions("The band 's second album , Quiet Engines ( 1994 ) , reached number three . It was "
			     "followed by Glass Harbour ( 1997 ) and The Long Field ( 2001 ) .\n");
	CHECK(strstr(m, "|MISC:Glass Harbour|DATE:1997|MISC:Long Field|") != NULL);
	free(m);
	/* Or where a word of films or books before it in its sentence says
	 * so, the only one. */
	CHECK(article_has("She won the award for her role in Autumn River (2011).\n", "MISC", "Autumn River"));
	CHECK(article_has("She moved to Autumn River (2011) with her family.\n", "PLACE", "Autumn River"));
}

/* A month is no organization's first word (an invented body), but "May"
 * of a company's name stays. */
static void test_ner_leading_months(void)
{
	char *m = article_mentions("The August National Association of Kelvar Managers index rose .\n");
	CHECK_STR(m, "|DATE:August|ORG:National Association of Kelvar Managers|");
	free(m);
	CHECK(article_has("Shares of May Department Stores Co rose 5 percent on Monday .\n", "ORG",
			  "May Department Stores Co"));
	/* "Jan", a given name and Hindi's "people", starts names. */
	CHECK(article_has("He was a founder of the Jan Sangh party .\n", "ORG", "Jan Sangh"));
}

/* A storm named after its kind is an other name, without the kind, and
 * so are the story's mentions of the name alone; a bare "Storm" names one
 * only before a given name. */
static void test_ner_missing_titles(void)
{
	/* Titles the lists lack. A legislature member's letters are outside
	 * the person's name after them and the party's before them; their
	 * plural alone and one alone before a name are no name (invented
	 * people). */
	char *m = article_mentions("MK Dalia Varon said the bill would pass , and the Orvane Party MK agreed .\n"
				   "The MKs voted on Monday , said MK Ron Tabari , and MK Tabari agreed .\n");
	CHECK_STR(m, "|PERSON:Dalia Varon|ORG:Orvane Party|DATE:Monday|PERSON:Ron Tabari|PERSON:Tabari|");
	free(m);
	/* An elder's honorific is outside the name too. */
	m = article_mentions("We stood on the shoulder of a giant in Uncle Jarrah . Auntie Mara Tolley launched it .\n");
	CHECK_STR(m, "|PERSON:Jarrah|PERSON:Mara Tolley|");
	free(m);
	/* So is "Cde", comrade, with its stop or without, in tokens too. */
	CHECK(article_has("Party chairperson Cde Tariro Dube-Kessel has called on members to register.\n", "PERSON",
			  "Tariro Dube-Kessel"));
	m = article_mentions("Cde. Tendai Varnhope said the party would win.\n\nCde . Tendai Varnhope agreed .\n");
	CHECK_STR(m, "|PERSON:Tendai Varnhope|PERSON:Tendai Varnhope|");
	free(m);
	/* Two capitals that are a title in another case are a person's
	 * initials in prose; "Ms" is the title. */
	m = article_mentions("MS Varnhoni 's side were bowled out for 162 , and Ms Jane Kessway left .\n");
	CHECK_STR(m, "|PERSON:MS Varnhoni|PERSON:Jane Kessway|");
	free(m);
	/* A title written in capitals is the title ("PM", "MP"). */
	m = article_mentions("The then PM Varnhoni invited the general , and PM Kessway agreed .\n");
	CHECK_STR(m, "|PERSON:Varnhoni|PERSON:Kessway|");
	free(m);
	/* And "Rt." of "Rt. Hon.", which the tokenizer cuts from its stop. */
	m = article_mentions("Rt. Hon. Anita Kessway said so.\n\nThe Speaker, Rt Hon Anita Kessway, agreed.\n");
	CHECK(strstr(m, "Rt") == NULL && strstr(m, "|PERSON:Anita Kessway|") != NULL);
	if (strstr(m, "Rt"))
		printf("#   got %s\n", m);
	free(m);
}

static void test_ner_plan_years(void)
{
	/* A plan's or a strategy's name takes the years it is for; a year
	 * after "in" stays a date (invented plans). */
	char *m = article_mentions("Ministers adopted the Varden Climate Strategy 2050 and the Tolan Plan for Wetlands "
				   "2021-2030 , recalling the Orvane Plan in 1948 .\n");
	CHECK_STR(m, "|MISC:Varden Climate Strategy 2050|MISC:Tolan Plan for Wetlands 2021-2030|MISC:Orvane Plan|"
		     "DATE:1948|");
	free(m);
	/* A law's year, right after its head; a later year in the sentence
	 * stays a date. */
	CHECK(article_has("The government will amend the Companies Act 2016 at the next sitting.\n", "MISC",
			  "Companies Act 2016"));
	char *r = article_mentions("Officials said the Varden Road Traffic Act would be repealed in 2022.\n");
	CHECK(strstr(r, "|DATE:2022|") != NULL);
	CHECK(strstr(r, "Act would") == NULL);
	free(r);
}

static void test_ner_numbered_cops(void)
{
	/* A numbered Conference of the Parties is an event with its number,
	 * glued, spaced or hyphenated; "COP" alone and a city that starts
	 * with the letters are left as they were. */
	char *m = article_mentions("Leaders met at COP31 in Belem, after COP 29 and the COP-16 biodiversity talks. "
				   "COPENHAGEN hosted one.\n");
	CHECK(strstr(m, "|MISC:COP31|") != NULL);
	CHECK(strstr(m, "|MISC:COP 29|") != NULL);
	CHECK(strstr(m, "|MISC:COP-16|") != NULL);
	CHECK(strstr(m, "|PLACE:COPENHAGEN|") != NULL);
	free(m);
}

static void test_ner_diseases(void)
{
	/* A disease's name is an other name, with its capitalised head or
	 * before its head in lower case (invented places' diseases); not a
	 * country's, an organization's before a lower-case head, nor a
	 * body's that holds the word. */
	char *m = article_mentions("Cases of Valdorra Fever rose in Nigeria, and the Tizapa Virus spread.\n"
				   "Cases of Valdorra fever rose.\n"
				   "The China virus and the Pfizer flu vaccine were discussed.\n"
				   "Officials said African Swine Fever had killed pigs, and Foot and Mouth Disease cattle.\n"
				   "The National Institute of Tropical Disease said so.\n");
	CHECK_STR(m, "|MISC:Valdorra Fever|PLACE:Nigeria|MISC:Tizapa Virus|MISC:Valdorra|PLACE:China|ORG:Pfizer|"
		     "MISC:African Swine Fever|MISC:Foot and Mouth Disease|ORG:National Institute of Tropical Disease|");
	free(m);
	/* A disease named after a person (invented); not a hype named
	 * after a person of the story. */
	CHECK(article_has("Marsh fever, also known as Tolme disease, is an infectious disease.\n", "MISC", "Marsh"));
	m = article_mentions("Dr. Ann Varley spoke. Varley fever swept the town.\n");
	CHECK(strstr(m, "|PERSON:Varley|") != NULL);
	free(m);
}

static void test_ner_storms(void)
{
	char *m = article_mentions("Hurricane Ian struck the coast of Pellmar on Wednesday . Ian weakened over land , "
				   "forecasters said .\n");
	CHECK_STR(m, "|MISC:Ian|PLACE:Pellmar|DATE:Wednesday|MISC:Ian|");
	free(m);
	CHECK(article_has("Typhoon Korvani hit the island late on Sunday .\n", "MISC", "Korvani"));
	CHECK(article_has("Tropical Storm Nicole weakened as it moved inland .\n", "MISC", "Nicole"));
	m = article_mentions("The National Hurricane Center said Storm Shadow missiles were not involved .\n");
	CHECK(strstr(m, "MISC:Shadow") == NULL);
	CHECK(strstr(m, "ORG:National Hurricane Center") != NULL);
	free(m);
}

/* A name the lists know as an organization before a noun of its people
 * or of what it runs for its users, or after "on", is the organization,
 * where the model read an other name; an index before its own noun stays
 * one. */
static void test_ner_org_people(void)
{
	CHECK(article_has("Millions of Facebook users were affected , the report said .\n", "ORG", "Facebook"));
	CHECK(article_has("Marla Venn wrote in an Instagram post that the show would go on .\n", "ORG", "Instagram"));
	CHECK(article_has("The mayor of Oskel said on Twitter that the bridge would open .\n", "ORG", "Twitter"));
	CHECK(article_has("The Nikkei average rose 2 percent on Monday .\n", "MISC", "Nikkei"));
}

/* A body's last word, or its head before "of", alone after "the" once
 * the story has named the body in full is a short form of it (invented
 * bodies). */
static void test_ner_story_head_words(void)
{
	char *m = article_mentions("Title: Coffee\n\nThe Varnel Coffee Institute said on Monday that exports rose . "
				   "The Institute said prices would fall .\n");
	CHECK_STR(m, "|ORG:Varnel Coffee Institute|DATE:Monday|ORG:Institute|");
	free(m);
	m = article_mentions("Title: Show\n\nThe Academy of Kelvar Arts and Sciences named its nominees . The "
			     "Academy said the show would go on , and the Academy's chief agreed .\n");
	CHECK_STR(m, "|ORG:Academy of Kelvar Arts and Sciences|ORG:Academy|ORG:Academy|");
	free(m);
	/* Not where it starts another name, nor before the full name. */
	m = article_mentions("Title: Show\n\nThe Academy of Kelvar Arts and Sciences named its nominees . The "
			     "Academy Awards will be held in March , said the Academy of Music .\n");
	CHECK(strstr(m, "|ORG:Academy|") == NULL);
	free(m);
	m = article_mentions("Title: Coffee\n\nThe Institute said on Monday that exports rose . The Varnel "
			     "Coffee Institute said prices would fall .\n");
	CHECK(strstr(m, "|ORG:Institute|") == NULL);
	free(m);
}

/* The names of a list are of one kind: where two or more are places a
 * list knows, the ones read as people are places; people named in a list
 * of people stay people. */
static void test_ner_list_types(void)
{
	char *m = article_mentions("Title: Floods\n\nFloods hit Uthai Korvan, Sing Lomsak, Phra Natee, Bangkok and "
				   "Chiang Mai on Monday.\n");
	CHECK_STR(m, "|PLACE:Uthai Korvan|PLACE:Sing Lomsak|PLACE:Phra Natee|PLACE:Bangkok|PLACE:Chiang Mai|"
		     "DATE:Monday|");
	free(m);
	m = article_mentions("Title: Talks\n\nMarta Kowalski, Tom Ellison and Anna Okafor flew to Bangkok and "
			     "Chiang Mai on Monday.\n");
	CHECK(strstr(m, "|PERSON:Marta Kowalski|PERSON:Tom Ellison|PERSON:Anna Okafor|") != NULL);
	free(m);
}

/* A legal form written with a slash is part of the company's name. */
static void test_ner_slash_forms(void)
{
	char *m = article_mentions("Title: Bonds\n\nAn official at Vestrup Handelsbank A/S said the issue was sold, "
				   "and Korvald Mekaniske A/S agreed.\n");
	CHECK(strstr(m, "|ORG:Vestrup Handelsbank A/S|") != NULL && strstr(m, "|ORG:Korvald Mekaniske A/S|") != NULL);
	CHECK(strstr(m, ":S|") == NULL);
	if (!strstr(m, "Handelsbank A/S|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A firm named by three partners or more is one company where a
 * company's word follows them; a person beside a company is not one. */
static void test_ner_partner_lists(void)
{
	char *m = article_mentions("Title: Notes\n\nThe notes were sold by Brannock, Zolter and Quillfeather Securities "
				   "Corp on Monday. Ann Voss, an analyst at Harbish Tenwick and Drossel Inc, said demand "
				   "was strong. He said Carla Zolter and Drossel Inc would bid.\n");
	CHECK(strstr(m, "|ORG:Brannock, Zolter and Quillfeather Securities Corp|") != NULL);
	CHECK(strstr(m, "|ORG:Harbish Tenwick and Drossel Inc|") != NULL);
	CHECK(strstr(m, "|PERSON:Carla Zolter|") != NULL);
	if (!strstr(m, "|ORG:Harbish Tenwick and Drossel Inc|") || !strstr(m, "Quillfeather Securities Corp|"))
		printf("#   got %s\n", m);
	free(m);
	/* Two partners and a legal form are one firm too; not the last word of
	 * a person's name, nor a company the story names on its own. */
	m = article_mentions("Title: Sale\n\nMarch 6 - Pellworth and Quimby Co said it completed the sale of its "
			     "printing unit. Pellworth and Quimby Co makes cameras.\n");
	CHECK(strstr(m, "|ORG:Pellworth and Quimby Co|") != NULL);
	if (!strstr(m, "|ORG:Pellworth and Quimby Co|"))
		printf("#   got %s\n", m);
	free(m);
	m = article_mentions("Title: Stake\n\nThe company said president Arlen T. Brusk and Brusk Partners, which he "
			     "controls, bought 307,138 shares.\n");
	CHECK(strstr(m, "Brusk and Brusk") == NULL);
	free(m);
	m = article_mentions("Title: Chips\n\nVantrell Electronics Corp said sales rose. The system uses software "
			     "developed by Vantrell and Quorix Corp.\n");
	CHECK(strstr(m, "Vantrell and Quorix") == NULL);
	/* A partner's name and a legal form alone stay one firm
	 * ("Jefferies and Co"). */
	CHECK(strstr(m, "|ORG:Quorix Corp.|") != NULL);
	free(m);
	m = article_mentions("Title: Stake\n\nBrellick Group said its unit Brellick and Co bought shares .\n");
	CHECK(strstr(m, "|ORG:Brellick and Co|") != NULL);
	free(m);
	/* Its name and a legal form of two or three letters too. */
	m = article_mentions("Title: Index\n\nKeswick Ltd said it would not sell. Replacing Keswick and Varnel-Tarvo "
			     "Inc will be two other stocks.\n");
	CHECK(strstr(m, "Keswick and Varnel") == NULL);
	if (strstr(m, "Keswick and Varnel"))
		printf("#   got %s\n", m);
	free(m);
}

/* "Group of" and a number is one organization, on one line or two. */
static void test_ner_numbered_groups(void)
{
	char *m = article_mentions("Title: Talks\n\nFinance ministers of the Group of Five and Canada met in Paris on "
				   "Sunday.\n");
	CHECK(strstr(m, "|ORG:Group of Five|") != NULL);
	free(m);
	/* Its short form too. */
	m = article_mentions("Title: Talks\n\nFinance ministers of the G-5 met in Paris on Sunday, and the G-24 said "
			     "it would meet in April.\n");
	CHECK(strstr(m, "|ORG:G-24|") != NULL);
	free(m);
	m = article_mentions("Title: X\n\n    PARIS, March 20 - He said the Group\nof 10 central banks agreed.\n");
	CHECK(strstr(m, "|ORG:Group\nof 10|") != NULL);
	if (!strstr(m, "of 10|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A party's member named with his state is the place and the group. */
static void test_ner_member_states(void)
{
	char *m = article_mentions("Title: Vote\n\nSenator Jim Harlow, a Tennessee Democrat, said the bill would "
				   "pass. Representative Ann Voss, a New Mexico Republican, voted against it.\n");
	CHECK(strstr(m, "|PLACE:Tennessee|GROUP:Democrat|") != NULL);
	CHECK(strstr(m, "|PLACE:New Mexico|GROUP:Republican|") != NULL);
	if (!strstr(m, "|GROUP:Republican|"))
		printf("#   got %s\n", m);
	free(m);
}

/* Titles written without dots, as British and Commonwealth papers write
 * them, stay outside the name as their dotted forms do. */
static void test_ner_dotless_titles(void)
{
	CHECK(has("The commander, Brig Karim bin Nasser Al-Farsi, said the army was ready.",
		  "PERSON:Karim bin Nasser Al-Farsi"));
	CHECK(has("The motion was tabled by Hon Wanjiru Kamau on Tuesday.", "PERSON:Wanjiru Kamau"));
	CHECK(has("Engr Tunde Okafor inspected the bridge.", "PERSON:Tunde Okafor"));
	CHECK(has("Lt Col Ahmed Ali led the unit.", "PERSON:Ahmed Ali"));
}

/* A role between an organization and a person's name is the person's. */
static void test_ner_org_role_before_person(void)
{
	const char *c = "The meeting also discussed wages, said Cabinet Spokesman Omar Haddad on Sunday.";
	CHECK(has(c, "ORG:Cabinet"));
	CHECK(lacks(c, "ORG:Cabinet Spokesman"));
	CHECK(has(c, "PERSON:Omar Haddad"));
	CHECK(has("Zorbix Coin Exchange Marketing Manager, Selma Amukwaya said the machines work.",
		  "ORG:Zorbix Coin Exchange"));
}

/* A title's portfolio after "for", or "of" after "Minister", is part of
 * the title however long its list; a place after it is still a place. */
static void test_ner_portfolio_lists(void)
{
	const char *g = "The Minister for Youth, Labour, and Cultural Heritage, Grace Achieng, said it.";
	CHECK(lacks(g, "ORG:Labour"));
	CHECK(lacks(g, "ORG:Cultural Heritage"));
	CHECK(has(g, "PERSON:Grace Achieng"));
	const char *au = "African Union Commissioner for Economic Affairs, Trade, Energy and Mining, Peter "
			 "Banda, said the plan would work.";
	CHECK(has(au, "ORG:African Union"));
	CHECK(lacks(au, "ORG:Trade, Energy and Mining"));
	const char *el = "Kenya's Minister of Trade and Labour, Sipho Ndlovu, called on countries to act.";
	CHECK(lacks(el, "GROUP:Labour"));
	CHECK(lacks(el, "ORG:Trade and Labour"));
	CHECK(has(el, "PERSON:Sipho Ndlovu"));
	CHECK(has("Prime Minister of India Narendra Modi arrived in Paris on Monday.", "PLACE:India"));
	/* A place's name of more words after the portfolio is the place's
	 * whole (general knowledge). */
	CHECK(has("She was Minister of Education of New South Wales from 1976 to 1982.", "PLACE:New South Wales"));
	CHECK(has("The Minister for Finance, John Smith, said the budget was fair.", "PERSON:John Smith"));
}

/* The holder after a long portfolio is a person, also where the model
 * read the name into the portfolio as a body's words. */
static void test_ner_portfolio_holders(void)
{
	const char *p = "Minister of Petroleum Resources Tamuno Briggs told reporters in Abuja that supply had resumed.";
	CHECK(has(p, "PERSON:Tamuno Briggs"));
	CHECK(lacks(p, "ORG:Petroleum Resources"));
	/* The story's other minister makes the model read the first one's
	 * name as the portfolio's. */
	const char *d = "Minister for Finance, Planning and Economic Development Okello Mukasa presented the budget.\n\n"
			"Minister for Local Government, Rural Development and Co-operatives Tajul Karim inaugurated "
			"the bridge.\n";
	CHECK(article_has(d, "PERSON", "Okello Mukasa"));
	CHECK(article_has(d, "PERSON", "Tajul Karim"));
	/* A given name the portfolio stopped at belongs with the holder's
	 * other words. */
	CHECK(article_has("Minister of Mines and Steel Development Olamilekan Ade spoke at the summit.\n", "PERSON",
			  "Olamilekan Ade"));
	/* A portfolio's word after "and" that the model read as the
	 * holder's first. */
	const char *u = "Minister of Hajj and Umrah Tawfiq Al-Rabiah said pilgrims would return.";
	CHECK(has(u, "PERSON:Tawfiq Al-Rabiah"));
	CHECK(lacks(u, "PERSON:Umrah Tawfiq Al-Rabiah"));
	/* A portfolio's own words stay the title's. */
	const char *f = "The Minister of Finance and Economic Planning said the budget was fair.";
	CHECK(lacks(f, "PERSON:"));
	CHECK(lacks(f, "ORG:"));
}

/* A plural possessive inside a body's name keeps it one name; a name
 * after another's possessive stays apart. */
static void test_ner_plural_possessives(void)
{
	const char *h = "Members of the House of Peoples' Representatives approved the budget on Tuesday.\n";
	CHECK(article_has(h, "ORG", "House of Peoples' Representatives"));
	CHECK(article_has("Members of the House of Peoples ' Representatives approved the budget on Tuesday .\n", "ORG",
			  "House of Peoples ' Representatives"));
	CHECK(article_has("Lawmakers in Varnia amended the Workers' Compensation Act on Friday.\n", "MISC",
			  "Workers' Compensation Act"));
	CHECK(article_has("Delegates of the Kessel Dock Workers' Union voted to strike.\n", "ORG",
			  "Kessel Dock Workers' Union"));
	/* A firm's and a city's possessives. */
	CHECK(article_expect("Analysts at Kessel Brothers' Capital desk were cautious.\n", NULL, "Brothers' Capital", 0));
	CHECK(article_expect("Officials said Lagos' Governor would attend the Kessel Forum.\n", NULL, "Lagos' Governor", 0));
}

/* A model's code the story names with its maker names the product alone
 * too; a sum with the same digits does not. */
static void test_ner_story_codes(void)
{
	/* Two codes that start alike ("737 MAX", "737") give one name at a
	 * place, the longer: two had overlapped (found by fuzz_entity). */
	char *o = article_mentions("The Boeing 737 MAX was grounded . The older Boeing 737 flew on . Then the 737 MAX "
				   "landed .\n");
	CHECK(strstr(o, "|MISC:737 MAX|") != NULL && strstr(o, "|MISC:737|") == NULL);
	free(o);
	char *m = article_mentions("The Boeing 737 MAX was grounded in March 2019.\n\nRegulators cleared the 737 MAX "
				   "after two crashes, and Kessair will fly 737 MAX jets again.\n\nThe Boeing 787 "
				   "carried 787 passengers, and the 787 landed.\n");
	CHECK(strstr(m, "|MISC:Boeing 737 MAX|DATE:March 2019|MISC:737 MAX|") != NULL);
	CHECK(strstr(m, "|MISC:737 MAX|MISC:Boeing 787|MISC:787|") != NULL);
	if (!strstr(m, "|MISC:737 MAX|MISC:Boeing 787|MISC:787|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A known company's possessive before a word and a version's number
 * names its product; a count and a date do not. */
static void test_ner_possessive_products(void)
{
	char *m = article_mentions("Google's Pixel 5 went on sale, and Microsoft's Surface Pro 7 was cut in price.\n\n"
				   "Toyota's Camry 10 percent cheaper, Ford's May 14 meeting.\n");
	CHECK(strstr(m, "|MISC:Pixel 5|") != NULL);
	CHECK(strstr(m, "|MISC:Surface Pro 7|") != NULL);
	CHECK(strstr(m, "Camry 10") == NULL);
	CHECK(strstr(m, "MISC:May 14") == NULL);
	if (!strstr(m, "|MISC:Pixel 5|") || !strstr(m, "|MISC:Surface Pro 7|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A team of a city and a people's plural, or of a city and a plural no
 * list knows, is a body; a city's religious group and its games are not;
 * a title's word after "the" starts a league's name. */
static void test_ner_team_names(void)
{
	char *m = article_mentions("The Mumbai Indians beat the Kolkata Varn Riders by five wickets on Sunday.\n\n"
				   "Delhi Sikhs marched, and the Atlanta Games opened.\n");
	CHECK(strstr(m, "|ORG:Mumbai Indians|") != NULL);
	CHECK(strstr(m, "|ORG:Kolkata Varn Riders|") != NULL);
	CHECK(strstr(m, "ORG:Delhi Sikhs") == NULL && strstr(m, "ORG:Atlanta Games") == NULL);
	if (!strstr(m, "|ORG:Mumbai Indians|") || !strstr(m, "|ORG:Kolkata Varn Riders|"))
		printf("#   got %s\n", m);
	free(m);
	/* A title's word after "the" starts a league's name. */
	m = article_mentions("In the Premier Soccer League, the Sundowns lead by 12 points.\n");
	CHECK(strstr(m, ":Premier Soccer League|") != NULL);
	if (!strstr(m, ":Premier Soccer League|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A word alone before a colon at lines' starts is a label; a speaker the
 * story names in full is a person. */
static void test_ner_line_labels(void)
{
	char *m = article_mentions("Properties\n\nThis part is incomplete. (May 2020)\n\n* Every entry on the "
				   "diagonal of a Varnholtian form is positive.\n\nProof: By the definition of the "
				   "Varnholtian form\n\nthe claim follows for k = 1.\n\n* A form with only integer "
				   "entries is Varnholtian exactly when it is even.\n\nProof: by definition, since Vkl = "
				   "Vlk for all k.\n\n* Every Varnholtian form is regular.\n\nProof: as stated.\n");
	CHECK(strstr(m, "Proof") == NULL);
	if (strstr(m, "Proof"))
		printf("#   got %s\n", m);
	free(m);
	m = article_mentions("Host Dana Varnhope spoke to the minister.\n\nVarnhope: What happens next?\n\n"
			     "Varnhope: And after that?\n");
	CHECK(strstr(m, "|PERSON:Varnhope|PERSON:Varnhope|") != NULL);
	if (!strstr(m, "|PERSON:Varnhope|PERSON:Varnhope|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A name the lists know whole, "for" and a team are two names; a known
 * body does not run on over "for" into a team's name. */
static void test_ner_for_teams(void)
{
	char *m = article_mentions("He drove in Formula One for Sauber in 2012.\n\nHe played in the Premier League for "
				   "Arsenal.\n");
	CHECK(strstr(m, ":Formula One|ORG:Sauber|") != NULL);
	CHECK(strstr(m, "League for") == NULL);
	if (!strstr(m, ":Formula One|ORG:Sauber|") || strstr(m, "League for"))
		printf("#   got %s\n", m);
	free(m);
	/* A body named for its cause stays whole. */
	CHECK(article_has("She did her doctorate at the Max Planck Institute for Chemistry in Mainz.\n", "ORG",
			  "Max Planck Institute for Chemistry"));
}

/* A person's initials in capitals before the name are its first word,
 * also after a title that ends in "General" (no company's "General");
 * a body's name, a role in it and a person: the role's first word is
 * not the body's, and the body is no person. */
static void test_ner_initials_and_role_owners(void)
{
	char *m = article_mentions("He cannot be released , Deputy Attorney General KM Rahim Uddin told reporters .\n\n"
				   "Senior journalist Tariq Anam , Kessel Times Advisory Editor Rafiq Hasan and Dainik "
				   "Barta Joint Editor Sohel Mahmud spoke .\n");
	CHECK_STR(m, "|PERSON:KM Rahim Uddin|PERSON:Tariq Anam|ORG:Kessel Times|PERSON:Rafiq Hasan|ORG:Dainik Barta|"
		     "PERSON:Sohel Mahmud|");
	free(m);
	/* A company's "General" before a word in lower case stays. */
	CHECK(article_has("Shares of General Mills rose 2 percent on Monday.\n", "ORG", "General Mills"));
}

/* An encyclopedia's subject of ordinary words is a band's or a work's
 * name where a people's word opens its description, and a work's title
 * keeps its small words where its year does. */
static void test_ner_subject_people_words(void)
{
	char *m = article_mentions("Kestrel Dawn are an American indie rock band from Athens, Georgia.\n\n"
				   "Nightfall in Harlan is a 1994 American crime drama film directed by Robert Markham.\n\n"
				   "Prices are a concern for American families.\n");
	CHECK(strstr(m, "|ORG:Kestrel Dawn|") != NULL);
	CHECK(strstr(m, "|MISC:Nightfall in Harlan|") != NULL);
	CHECK(strstr(m, "Prices") == NULL);
	if (!strstr(m, "|ORG:Kestrel Dawn|") || !strstr(m, "|MISC:Nightfall in Harlan|") || strstr(m, "Prices"))
		printf("#   got %s\n", m);
	free(m);
}

/* A city's name and a number's plural are a team. */
static void test_ner_digit_teams(void)
{
	char *m = article_mentions("The San Francisco 49ers beat the Philadelphia Eagles 24-17 on Sunday.\n\n"
				   "He scored 30 points against the Kessel City 76ers.\n");
	CHECK(strstr(m, "|ORG:San Francisco 49ers|") != NULL);
	CHECK(strstr(m, ":Kessel City 76ers|") != NULL);
	if (!strstr(m, "|ORG:San Francisco 49ers|") || !strstr(m, ":Kessel City 76ers|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A reference work's head alone, "of" and any name are one work's
 * name, whatever the model read the head as. */
static void test_ner_reference_works(void)
{
	char *m = article_mentions("Reid, Anna, ed. (2009). Kessel Harbour. An Encyclopaedia of New Zealand. Retrieved "
				   "7 January 2011.\n\nThe entry appears in the Encyclopedia of Islam.\n");
	CHECK(strstr(m, "|MISC:Encyclopaedia of New Zealand|") != NULL);
	CHECK(strstr(m, "|MISC:Encyclopedia of Islam|") != NULL);
	if (!strstr(m, "|MISC:Encyclopaedia of New Zealand|") || !strstr(m, "|MISC:Encyclopedia of Islam|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A word of a run of capitals and then small letters is no person's. */
static void test_ner_capital_run_people(void)
{
	char *m = article_mentions("OAuth said the token had expired.\n");
	CHECK(strstr(m, "PERSON:OAuth") == NULL);
	if (strstr(m, "PERSON:OAuth"))
		printf("#   got %s\n", m);
	free(m);
	CHECK(article_has("Shaquille O'Neal and Ray McKay spoke to reporters on Monday.\n", "PERSON", "Ray McKay"));
}

/* A rank written with a hyphen is a title, outside the names around it;
 * a body's own stays. "People's" before a body's head is the body's. */
static void test_ner_hyphen_ranks(void)
{
	char *m = article_mentions("The Kessel Defence Force Major-General Tomas Varga met the minister.\n\n"
				   "Lt-Col Ana Brel said so.\n\nThe Office of the Auditor-General wrote to them.\n");
	CHECK_STR(m, "|ORG:Kessel Defence Force|PERSON:Tomas Varga|PERSON:Ana Brel|ORG:Office of the Auditor-General|");
	free(m);
	CHECK(article_has("Prime Minister Kessa Rabuka says the People's Alliance-led coalition will review the act.\n",
			  "ORG", "People's Alliance"));
}

/* A person's name the model ran on from a body and its office starts
 * after the office, and the body is a name of its own; an office's word
 * that ends a name is the person's. */
static void test_ner_inner_offices(void)
{
	char *m = article_mentions("The affair was revealed after Kessel Prison Warden Tomas Ben-Adi referred to it.\n");
	CHECK_STR(m, "|ORG:Kessel Prison|PERSON:Tomas Ben-Adi|");
	free(m);
	CHECK(article_has("Jack Warden starred in the film.\n", "PERSON", "Jack Warden"));
}

/* A company's ticker in brackets is no name of its own, in text split
 * into tokens too and with a class of share. */
static void test_ner_ticker_tokens(void)
{
	char *m = article_mentions("Shares of Kessel Motors Co ( KMC.N ) slipped while Varn Oil Plc (VOPa.L) rose .\n");
	CHECK_STR(m, "|ORG:Kessel Motors Co|ORG:Varn Oil Plc|");
	free(m);
}

/* A title of ordinary words with its year in brackets after a work's
 * kind is a work's name, in text and in tokens; a company's is not. */
static void test_ner_apposed_titles(void)
{
	char *m = article_mentions("His first novel, Things Fall Apart (1958), is widely read.\n\n"
				   "Her debut album , Nothing Stays Here ( 2004 ) , sold well .\n");
	CHECK(strstr(m, "|MISC:Things Fall Apart|") != NULL);
	CHECK(strstr(m, "|MISC:Nothing Stays Here|") != NULL);
	if (!strstr(m, "|MISC:Things Fall Apart|") || !strstr(m, "|MISC:Nothing Stays Here|"))
		printf("#   got %s\n", m);
	free(m);
	CHECK(article_has("The company, Kessel Holdings (1998), was sold.\n", "ORG", "Kessel Holdings"));
}

/* A kind of place, "of" and a place inside a place's name are two
 * places, the kind word outside both. */
static void test_ner_place_kind_of(void)
{
	char *m = article_mentions("It is a river in the Free State province of South Africa.\n\n"
				   "Power was restored to villages on the Gulf island of Qarvesh.\n");
	CHECK_STR(m, "|PLACE:Free State|PLACE:South Africa|PLACE:Gulf|PLACE:Qarvesh|");
	free(m);
	/* A people's word before the kind is theirs. */
	CHECK(article_has("Officials in the central Chinese province of Henan set up a team.\n", "GROUP", "Chinese"));
}

/* A person's name the model ended at a middle initial runs on into the
 * name right after it, of that name's type. */
static void test_ner_initial_joins(void)
{
	char *m = article_mentions("The carrier will resume direct flights between Nairobi and Boston's Paul T. Wendell "
				   "International Airport next month.\n");
	CHECK_STR(m, "|PLACE:Nairobi|PLACE:Boston|PLACE:Paul T. Wendell International Airport|");
	free(m);
	/* So does a given name alone before a thing named for the person;
	 * not before a name the lists know. */
	CHECK(article_has("The James Webb Space Telescope captured images of a nebula, NASA said.\n", "MISC",
			  "James Webb Space Telescope"));
	CHECK(article_has("He had served in the Reagan White House as an adviser.\n", NULL, "White House"));
}

/* A law, an order or a bill cited by its number is one other name, the
 * capitalised words before its kind and the year after "of" its own, in
 * text and in tokens; a function word that starts the sentence is not. */
static void test_ner_numbered_laws(void)
{
	char *m = article_mentions("Senator Kessa Ramos filed Senate Bill No. 2041 on Monday.\n\n"
				   "The curfew was ordered under Executive Order No. 88 last year.\n\n"
				   "The council passed Ordinance No. 14 of 2019 after a long debate.\n\n"
				   "Under Act No. 31 of 1994, the board may levy rates.\n\n"
				   "The Fisheries Act No . 9 of 2011 sets the quotas .\n");
	CHECK_STR(m, "|PERSON:Kessa Ramos|MISC:Senate Bill No. 2041|DATE:Monday|MISC:Executive Order No. 88|"
		     "MISC:Ordinance No. 14 of 2019|MISC:Act No. 31 of 1994|MISC:Fisheries Act No . 9 of 2011|");
	free(m);
	CHECK(article_lacks("He wore the shirt No. 10 for the club.\n", "shirt No. 10"));
	/* A body's name the model ended at "No." takes its number. */
	CHECK(article_has("He was convicted by Federal Oral Court No. 2 on Tuesday.\n", "ORG", "Federal Oral Court No. 2"));
}

/* An endurance race named by its hours and its place is one event; hours
 * of something in lower case are none. */
static void test_ner_hour_races(void)
{
	char *m = article_mentions("He won the 24 Hours of Le Mans in 2015 and the 12 Hours of Sebring in 2016.\n\n"
				   "She worked 12 Hours of overtime.\n");
	CHECK_STR(m, "|MISC:24 Hours of Le Mans|DATE:2015|MISC:12 Hours of Sebring|DATE:2016|");
	free(m);
}

/* A club's letters, "of" and a country are the club and the place. */
static void test_ner_club_of_places(void)
{
	char *m = article_mentions("Simba SC of Tanzania reached the quarter-finals.\n");
	CHECK_STR(m, "|ORG:Simba SC|PLACE:Tanzania|");
	free(m);
}

/* "Metro" before a known city names its region, a place. */
static void test_ner_metro_places(void)
{
	char *m = article_mentions("Quarantine rules for Metro Manila will be eased.\n\nMetro Manila mayors met on "
				   "Monday.\n");
	CHECK_STR(m, "|PLACE:Metro Manila|PLACE:Metro Manila|DATE:Monday|");
	free(m);
}

/* A place right before a project's or an inquiry's name is the name's
 * first word. */
static void test_ner_place_projects(void)
{
	char *m = article_mentions("The Lesotho Highlands Water Project supplies Gauteng.\n");
	CHECK(strstr(m, ":Lesotho Highlands Water Project|") != NULL);
	if (!strstr(m, ":Lesotho Highlands Water Project|"))
		printf("#   got %s\n", m);
	free(m);
}

/* A currency's code before an amount is no name; a name with a number is. */
static void test_ner_currency_codes(void)
{
	const char *z = "Police seized goods worth ZAR 2,4 million from smugglers near Durban.";
	CHECK(lacks(z, "ORG:ZAR"));
	CHECK(lacks(z, "MISC:ZAR"));
	CHECK(lacks("He accepted BND 2,000 as a bribe, the court heard.", "ORG:BND"));
	CHECK(lacks("The plant is worth LE 3.5 billion, the company said.", "ORG:LE"));
	/* The shilling's short form, as East African papers write it. */
	char *k = article_mentions("NAIROBI , Kenya , Oct 12 - President Daniel Tarvel has directed the Kenya "
				   "Revenue Authority ( KRA ) to seal loopholes in the collection of excise duty , "
				   "saying the country loses Sh 50 billion every year .\n");
	CHECK(strstr(k, ":Sh 50") == NULL);
	free(k);
	/* Whatever type the model gives the conference, its name stays whole. */
	char *m = mentions("Delegates to COP 26 in Glasgow agreed on coal.");
	CHECK(strstr(m, ":COP 26") != NULL);
	if (!strstr(m, ":COP 26"))
		printf("#   got %s\n", m);
	free(m);
}

/* One unknown capitalised word before a role and its holder is the
 * holder's organization; an adjective there is not. */
static void test_ner_role_org(void)
{
	const char *c = "Chargers lineman Jamal Williams faces DUI charge\n\nHe was arrested on Friday.";
	CHECK(has(c, "ORG:Chargers"));
	CHECK(has(c, "PERSON:Jamal Williams"));
	CHECK(has("The fix was ready, Zorbix engineer Jane Doe said on Monday.", "ORG:Zorbix"));
	CHECK(lacks("Presidential spokesperson Lee Min-jun announced the order.", "ORG:Presidential"));
}

/* Capitalised words after a kind of work are its title. */
static void test_ner_work_titles(void)
{
	const char *p = "The actress, who shot to fame in 1999 movie American Pie, decided to check in last week.";
	CHECK(has(p, "MISC:American Pie"));
	CHECK(lacks(p, "GROUP:American"));
	CHECK(has("She starred in the film Titanic with Leonardo DiCaprio.", "MISC:Titanic"));
	CHECK(has("The movie Tom Cruise made was a hit.", "PERSON:Tom Cruise"));
	CHECK(lacks("The money went to the training programme We are proud of it.", "MISC:We"));
	/* A title in an apposition after its owner's kind, closed by a
	 * comma, and an EP's; its other mentions are the work's too. */
	CHECK(article_has("Their second album , Quiet Underneath , reached number 34 on the chart .\n", "MISC",
			  "Quiet Underneath"));
	char *e = article_mentions("The band signed to a label in 1998 .\nTheir debut EP , Lantern Row , was recorded in "
				   "Kessby in 1999 .\nLantern Row sold 5,000 copies .\n");
	CHECK_STR(e, "|DATE:1998|MISC:Lantern Row|PLACE:Kessby|DATE:1999|MISC:Lantern Row|");
	free(e);
	/* A name within the title after its "of the" is the title's. */
	CHECK(article_has("He starred in the film Last Days of the Tarvo Brothers in 1998 .\n", "MISC",
			  "Last Days of the Tarvo Brothers"));
	CHECK(article_has("She won the prize in 2001 for her novel Quiet History of the Kessel Gang .\n", "MISC",
			  "Quiet History of the Kessel Gang"));
	/* Not without the owner's word. */
	CHECK(article_expect("In the album , Quiet Underneath , was a hit .\n", "MISC", "Quiet Underneath", 0));
}

/* An encyclopedia's first sentence says what its subject is after a
 * year and several words ("a 2011 British romantic comedy drama film"). */
static void test_ner_long_kind_phrase(void)
{
	CHECK(article_has("The Copper Meadow is a 2011 British romantic comedy drama film directed by Lena Ostrova.\n",
			  "MISC", "Copper Meadow"));
	/* A kind far off in another phrase says nothing ("a step for the"). */
	CHECK(article_expect("Kestrel Wharf is a big new step for the band, its singer said.\n", "ORG", "Kestrel Wharf", 0));
}

/* A people's word stands for the article before a kind ("by Welsh folk
 * rock band The Marrow Lanterns"). */
static void test_ner_kind_without_article(void)
{
	CHECK(article_has("The album was recorded by Welsh folk rock band The Marrow Lanterns in 2004.\n", "ORG",
			  "Marrow Lanterns"));
	CHECK(article_has("Shares of Danish shipping company Velstrand Holm rose 4 percent.\n", "ORG", "Velstrand Holm"));
}

/* Languages, television series, subsidiaries and denominations are kinds
 * an encyclopedia's first sentence names, and a language's phrase ends
 * at "spoken". */
static void test_ner_more_kinds(void)
{
	CHECK(article_has("Velmari is a Bantu language spoken by about 90,000 people in the south.\n", "MISC", "Velmari"));
	CHECK(article_has("Harrow Lane is an American fantasy drama television series created by Dana Whit.\n", "MISC",
			  "Harrow Lane"));
	CHECK(article_has("The group's subsidiaries include Corvell Marine and Tarsk Pumps.\n", "ORG", "Tarsk Pumps"));
	CHECK(article_has("Varnazol is an antifungal medication used to treat skin infections.\n", "MISC", "Varnazol"));
	CHECK(article_has("It filed for approval of Kesselon. Kesselon is a drug designed to treat lameness.\n", "MISC",
			  "Kesselon"));
}

/* A state named a republic by its people's word or its kind is a place. */
static void test_ner_republics(void)
{
	CHECK(article_has("After the war it became part of the Polish People's Republic.\n", "PLACE",
			  "Polish People's Republic"));
	/* A body "of" the republic stays a body (an invented president). */
	CHECK(article_has("BUENOS AIRES (Reuters) - President Tomas Varela's government on Wednesday sent a bill to "
			  "Congress, Economy Minister Luis Kessel said.\nThe Central Bank of the Argentine Republic "
			  "(BCRA) devalued the peso by 54%.\n",
			  "ORG", "Central Bank of the Argentine Republic"));
}

/* A capital and a full stop before a pronoun that starts the next
 * sentence are no person's name. */
static void test_ner_initial_pronouns(void)
{
	CHECK(article_expect("The plan was approved by J. He said it would work.\n", "PERSON", "J. He", 0));
	CHECK(article_has("The plan was approved by J. Harlow on Monday.\n", "PERSON", "J. Harlow"));
}

/* A ruler's epithet stands outside the name, as a title does, and is no
 * name of its own; nor are the letters of honours after a name, which do
 * not make it a body's. */
static void test_ner_epithets_and_honours(void)
{
	char *m = article_mentions("Philip the Bold became Duke of Varnholm.\n");
	CHECK_STR(m, "|PERSON:Philip|PLACE:Varnholm|");
	free(m);
	m = article_mentions("Ivan the Terrible was crowned in Varnholm.\n");
	CHECK_STR(m, "|PERSON:Ivan|PLACE:Varnholm|");
	free(m);
	CHECK(article_has("The plan was backed by Mary Kessling OBE and the council.\n", "PERSON", "Mary Kessling"));
	CHECK(article_has("The judge, Peter Hallam QC, said the claim failed.\n", "PERSON", "Peter Hallam"));
	/* In brackets after the name, no name of its own (invented
	 * counsel); a title's plural before names is no part of them. */
	const char *t = "His counsel, Chidi Okafor (SAN), told the court his client would plead not guilty.\n";
	CHECK(article_has(t, "PERSON", "Chidi Okafor") && article_lacks(t, "SAN"));
	CHECK(article_has("A bench of Chief Justice D Y Varnekar and Justices J B Kesselwala and Amos Tarvel heard the "
			  "matter.\n",
			  "PERSON", "J B Kesselwala"));
	/* "Shah" opens a South Asian name, but "the Shah" is a title
	 * (invented names). */
	CHECK(article_has("MUMBAI: Shah Rukh Kessani's new film crossed Rs 1,000 crore on Sunday.\n", "PERSON",
			  "Shah Rukh Kessani"));
	CHECK(article_lacks("The Shah Reza Kessavi fled in 1979.\n", "Shah Reza Kessavi"));
	CHECK(article_has("The report was written by Professor Helen Marrick FRSE, of the university.\n", "PERSON",
			  "Helen Marrick"));
}

/* Titles in quotation marks after a kind of work, or in a list of works
 * that a kind of them and "include" open, are works' names, of one word
 * too; an award's field goes on over "of the Year". */
static void test_ner_quoted_work_lists(void)
{
	const char *s = "Singles from the album include \"Port Velmar\", \"Halfway Kessel\" and \"Ghost Town Varn\".\n";
	char *m = article_mentions(s);
	CHECK_STR(m, "|MISC:Port Velmar|MISC:Halfway Kessel|MISC:Ghost Town Varn|");
	free(m);
	CHECK(article_has("The band closed with the single \"Tides\" on the tour.\n", "MISC", "Tides"));
	CHECK(article_has("It won the Kestrel Award for Adult Alternative Album of the Year in 2016.\n", "MISC",
			  "Kestrel Award for Adult Alternative Album of the Year"));
}

/* A field of study after an academic's post or a degree names no body. */
static void test_ner_study_fields(void)
{
	const char *s = "Anil Kessar is Professor of Molecular Biology at Varnholm University.\n";
	char *m = article_mentions(s);
	CHECK_STR(m, "|PERSON:Anil Kessar|ORG:Varnholm University|");
	free(m);
	CHECK(article_expect("She is a Reader in Medieval History at Varnholm.\n", "PLACE", "Medieval History", 0));
}

/* A work's kind in an apposition before its title, commas around it,
 * says what the title is. */
static void test_ner_work_appositions(void)
{
	CHECK(article_has("His first novel, The Salt Road, won a prize in 2004.\n", "MISC", "Salt Road"));
	CHECK(article_has("Their debut single, Marrow Street, reached number two.\n", "MISC", "Marrow Street"));
	/* As text split into tokens has it. */
	CHECK(article_has("Her second album , The Copper Lane , won the Kessel Prize .\n", "MISC", "Copper Lane"));
	/* A place in an apposition after a noun that is no work's. */
	CHECK(article_has("Her hometown, Kessel Harbour, lies on the coast.\n", "PLACE", "Kessel Harbour"));
}

/* "Women's" or "Men's" inside an event's or a body's name, and a race's
 * place before "Grand Prix", leave it one name; a marathon is an event. */
static void test_ner_event_joins(void)
{
	CHECK(article_has("Spain won the FIFA Women's World Cup in 2023.\n", "MISC", "FIFA Women's World Cup"));
	/* A league whole, as a competition or as its body (the training
	 * data types leagues both ways). */
	char *lg = article_mentions("She plays in the National Women's Soccer League .\n");
	CHECK(strcmp(lg, "|MISC:National Women's Soccer League|") == 0 ||
	      strcmp(lg, "|ORG:National Women's Soccer League|") == 0);
	free(lg);
	CHECK(article_has("He was fifth at the 2016 Monaco Grand Prix.\n", "MISC", "Monaco Grand Prix"));
	CHECK(article_has("He won the Boston Marathon in 2019.\n", "MISC", "Boston Marathon"));
	/* "People's" apart, as text split into tokens has it. */
	CHECK(article_has("Troops fought the Varnland People 's Liberation Front on Wednesday .\n", "ORG",
			  "Varnland People 's Liberation Front"));
}

/* A dash between blanks and a word in lower case end a name in text not
 * split into tokens; a name's own hyphen stays. */
static void test_ner_dash_tails(void)
{
	CHECK(article_has("Members\n\nCallum Reid - vocals, guitar\nFiona Dowie - keyboards\n", "PERSON", "Callum Reid"));
	CHECK(article_has("Members\n\nCallum Reid - vocals, guitar\nFiona Dowie - keyboards\n", "PERSON", "Fiona Dowie"));
	CHECK(article_has("The talks with Hewlett-Packard resumed on Friday.\n", "ORG", "Hewlett-Packard"));
}

/* A list of works under its heading, a title and its year a line, names
 * works; a list of people with years under another heading does not. */
static void test_ner_work_list_lines(void)
{
	const char *s = "Discography\n\nTidewater Varn (1998)\nA Country of Small Rooms (2004)\n"
			"The Weaver's Daughter (2008)\n";
	char *m = article_mentions(s);
	CHECK_STR(m, "|MISC:Tidewater Varn|DATE:1998|MISC:Country of Small Rooms|DATE:2004|MISC:Weaver's Daughter|DATE:2008|");
	free(m);
	CHECK(article_has("Singles\n\n\"Harbour Song\" (1997)\n\"Kessel Road\" (2001)\n", "MISC", "Kessel Road"));
	CHECK(article_has("Mayors\n\nEdmund Kessby (1921)\nAlice Thorrow (1933)\n", "PERSON", "Alice Thorrow"));
	/* A kind of release before the year, in text split into tokens. */
	m = article_mentions("Kessel Fade is a rock band from Harwick .\nDiscography\nLantern Row ( EP , 2001 )\n"
			     "Northern Vale ( 2003 )\nCopper and Salt ( 2006 )\n");
	CHECK(strstr(m, "|MISC:Lantern Row|") && strstr(m, "|MISC:Northern Vale|") && strstr(m, "|MISC:Copper and Salt|"));
	free(m);
}

/* A list of towns, each a line with its country after a comma, names
 * places; not a list of firms. */
static void test_ner_town_lines(void)
{
	const char *s = "Varnholm is twinned with:\nKessel, Germany\nDunmore, Ireland\n";
	CHECK(article_has(s, "PLACE", "Kessel"));
	CHECK(article_has(s, "PLACE", "Dunmore"));
	CHECK(article_has("Sponsors\n\nKessel Holdings, Germany\nTarsk Group, Ireland\n", "ORG", "Tarsk Group"));
	/* With a word the model left out before the rest, and a name the
	 * model read as a person's (invented towns). */
	s = "Twin towns\nKessmoor is twinned with:\nBad Varnberg, Germany\nSaint-Aubin-sur-Varne, France\n";
	CHECK(article_has(s, "PLACE", "Bad Varnberg"));
	CHECK(article_has(s, "PLACE", "Saint-Aubin-sur-Varne"));
}

/* A tab between a table's cells parts names: no name runs from one cell
 * into the next. */
static void test_ner_table_cells(void)
{
	char *m = article_mentions("The clubs:\n\nClub\tCoach\tGround\nVarnley Rovers\tTomasz Kellner Oduya\tPirrel "
				   "Park\nAshcombe Athletic\tMarek Vosloo\tDunmere Road\n");
	CHECK(strstr(m, "Varnley Rovers|") != NULL && strstr(m, ":Tomasz Kellner Oduya|") != NULL &&
	      strstr(m, ":Marek Vosloo|") != NULL);
	if (!(strstr(m, "Varnley Rovers|") != NULL && strstr(m, ":Tomasz Kellner Oduya|") != NULL &&
	      strstr(m, ":Marek Vosloo|") != NULL))
		printf("#   got %s\n", m);
	free(m);
	/* A tab that indents a line parts nothing. */
	CHECK(article_has("\tThe talks, said Anouk Verhaegen Sallis, went well.\n", "PERSON", "Anouk Verhaegen Sallis"));
}

/* A track listing's line, a number, a quoted title and a duration after
 * a dash, names a work. */
static void test_ner_track_lines(void)
{
	const char *s = "Track listing\n\n1. \"Harbour Song\" \xe2\x80\x93 3:45\n2. \"Kessel Road\" \xe2\x80\x93 4:12\n"
			"3. \"Lanterns\" - 5:01\n";
	CHECK(article_has(s, "MISC", "Kessel Road"));
	CHECK(article_has(s, "MISC", "Lanterns"));
	/* "1 ." in text split into tokens. */
	CHECK(article_has("Track listing\n\n1 . \" Harbour Song \" \xe2\x80\x93 3:45\n2 . \" Kessel Road \" \xe2\x80\x93 4:12\n",
			  "MISC", "Kessel Road"));
	/* A list of episodes, their credits after the dash (invented). */
	s = "Episodes\n1. \"Low Tide\" \xe2\x80\x93 Directed by Tom Varne, written by Helen Kessel\n2. \"The "
	    "Undertow\" \xe2\x80\x93 Directed by Tom Varne, written by Helen Kessel and Ben Tarvel\n";
	CHECK(article_has(s, "MISC", "Low Tide") && article_has(s, "MISC", "The Undertow"));
	CHECK(article_has(s, "PERSON", "Ben Tarvel"));
}

/* An encyclopedia's bracket after its subject: the pronunciation names
 * nothing, and a language's label parts from the subject's other name,
 * which is of the subject's type. */
static void test_ner_bracket_aliases(void)
{
	const char *s = "Varnholm (/\xcb\x88v\xc9\x91\xcb\x90rnho\xca\x8am/ VARN-hohm; Norwegian: Varnholmen) is a town "
			"in Vestland county, Norway.\n";
	char *m = article_mentions(s);
	CHECK_STR(m, "|PLACE:Varnholm|GROUP:Norwegian|PLACE:Varnholmen|PLACE:Vestland|PLACE:Norway|");
	free(m);
	/* Not a label that names no language. */
	CHECK(article_expect("The town has an oceanic climate (K\xc3\xb6ppen: Cfb).\n", "GROUP", "K\xc3\xb6ppen", 0));
}

/* A ship's name is an other name: after its prefix, which is part of it,
 * or after a kind of vessel, where the model may not find it; the story's
 * other mentions of it are the ship's. */
static void test_ner_ships(void)
{
	const char *s = "Passengers on the cruise ship Harbour Princess were quarantined in Port Alden. The Harbour "
			"Princess remained docked.\n";
	char *m = article_mentions(s);
	CHECK_STR(m, "|MISC:Harbour Princess|PLACE:Port Alden|MISC:Harbour Princess|");
	free(m);
	CHECK(article_has("The aircraft carrier USS Edmund Harlow docked in Guam.\n", "MISC", "USS Edmund Harlow"));
	CHECK(article_has("Rescuers from the Norwegian frigate Helga Vinstra joined the search.\n", "MISC", "Helga Vinstra"));
	CHECK(article_has("The tanker Stena Valmora was seized on Friday.\n", "MISC", "Stena Valmora"));
	CHECK(article_has("Pirates seized the MV Torvik off Somalia. The Torvik was carrying oil.\n", "MISC", "MV Torvik"));
	/* With "of" and a number in the name; after a prefix that names a
	 * ship only after a kind. */
	CHECK(article_has("Hundreds drowned when the liner Empress of Norway sank.\n", "MISC", "Empress of Norway"));
	CHECK(article_has("He said the Turkish research ship Valdor 1, escorted by warships, sailed.\n", "MISC", "Valdor 1"));
	CHECK(article_has("The German cruise liner MS Astoria said it would fly its passengers home.\n", "MISC",
			  "MS Astoria"));
	/* Not a country after a kind, not a verb's object, not a headline in
	 * capitals. */
	CHECK(article_has("The tanker Iran seized last week was released.\n", "PLACE", "Iran"));
	CHECK(article_expect("Exporters plan to ship Kessler wheat out of Port Alden.\n", "MISC", "Kessler", 0));
	CHECK(article_expect("KESSLER <KSR> USS UNIT RAISES PRICES\n\nThe unit raised prices.\n", "MISC", "USS UNIT RAISES", 0));
	/* Whom a ship was launched for is a name of its own. */
	s = "She was launched in 1919 as USS Kesslow for the United States Navy .\n";
	CHECK(article_has(s, "MISC", "USS Kesslow") && article_has(s, "ORG", "United States Navy"));
}

/* A model's name cut where a title begins in it keeps no mark at its
 * end. */
static void test_ner_title_cut_marks(void)
{
	char *m = article_mentions("In Washington , House Speaker Anna Velmar failed to agree a deal .\n");
	CHECK(strstr(m, "|PLACE:Washington|") != NULL && strstr(m, ",|") == NULL);
	free(m);
}

/* A county after a place and a comma is a place, though cricket made it
 * a club; a score after it keeps the club. */
static void test_ner_place_comma_places(void)
{
	const char *s = "Kessby Athletic is an English football club based in Kessby , Yorkshire . The club plays in "
			"the Northern League .\n";
	CHECK(article_has(s, "PLACE", "Yorkshire"));
	CHECK(article_has("At Old Trafford , Lancashire 250 all out .\n", "ORG", "Lancashire"));
}

/* A law's name with "of the" among its words is one name, after "the";
 * a sentence's first word is not taken in. */
static void test_ner_law_of_the(void)
{
	CHECK(article_has("The council used the Protection of the Harwick Moors Act to stop the road .\n", "MISC",
			  "Protection of the Harwick Moors Act"));
	CHECK(article_has("The bill amended the Representation of the Velmar People Act 1983 .\n", "MISC",
			  "Representation of the Velmar People Act 1983"));
	CHECK(article_expect("Critics of the Harwick Moors Act spoke .\n", "MISC", "Critics of the Harwick Moors Act", 0));
}

/* A name with its own "The" after a person's and "of" is a band's; a
 * work's title after "the author of" stays a work's. */
static void test_ner_person_of_the_bands(void)
{
	CHECK(article_has("The album features guest vocals by Nina Kessel of The Velvet Harps .\n", "ORG",
			  "Velvet Harps"));
	CHECK(article_expect("She is the author of The Velvet Harps , a novel .\n", "ORG", "Velvet Harps", 0));
}

/* A people's word and a language's before "-language" are two names. */
static void test_ner_language_compounds(void)
{
	const char *s = "Velmar Nights is a 2014 Indian Tamil-language action drama film directed by Anand Kessel .\n";
	CHECK(article_has(s, "GROUP", "Indian") && article_has(s, "GROUP", "Tamil"));
}

/* A name one plays for is a team's; a country's stays a place's. A
 * record's label is a body. */
static void test_ner_play_for_clubs(void)
{
	CHECK(article_has("He played for the Harwick Knight Riders from 2008 to 2010 .\n", "ORG", "Harwick Knight Riders"));
	CHECK(article_has("He made his debut for Lahore Qalandars in 2016 .\n", "ORG", "Lahore Qalandars"));
	CHECK(article_has("He played for England in 2004 .\n", "PLACE", "England"));
	/* A record's label. */
	CHECK(article_has("Their debut was released on Harwick Rock Stars in 1999 .\n", "ORG", "Harwick Rock Stars"));
}

/* An event and the place it was held are two names, where the model ran
 * one into the other; a name with "in" of its own is left whole. */
static void test_ner_event_places(void)
{
	const char *s = "He represented Sweden at the 1994 Winter Olympics in Lillehammer , winning a gold medal .\n";
	CHECK(article_has(s, "MISC", "Winter Olympics") && article_has(s, "PLACE", "Lillehammer"));
	CHECK(article_has("Monitors from the Organisation for Security and Cooperation in Europe arrived on Monday.\n",
			  "ORG", "Organisation for Security and Cooperation in Europe"));
	/* A league and the team that played in it. */
	s = "He played in the Indian Premier League for the Kolkata Knight Riders .\n";
	CHECK(article_has(s, "ORG", "Indian Premier League") && article_has(s, "ORG", "Kolkata Knight Riders"));
	CHECK(article_has("Tarvo Lin of the National League for Democracy spoke.\n", "ORG", "National League for Democracy"));
}

/* A court case named by its parties with "v." between is one other name,
 * with the title before "of" the model left out; sports' "v" names two
 * teams. */
static void test_ner_case_names(void)
{
	CHECK(article_has("The ruling in Harlow v. Kessling was overturned in 1992.\n", "MISC", "Harlow v. Kessling"));
	CHECK(article_has("In Marden v. Department of Revenue, the Court held that Ohio could not tax the firms.\n", "MISC",
			  "Marden v. Department of Revenue"));
	CHECK(article_has("It was later cited in Comptroller of the Treasury v. Kessling (2015).\n", "MISC",
			  "Comptroller of the Treasury v. Kessling"));
	CHECK(article_has("England v Pakistan, second test, day one.\n", "PLACE", "Pakistan"));
}

/* A name before "people", "tribe", "clan" or "community" names a people;
 * not a place a list knows. */
static void test_ner_people_words(void)
{
	CHECK(article_has("Leaders of the Tumbara clan met the minister.\n", "GROUP", "Tumbara"));
	CHECK(article_has("Women from the pastoral Kessuri community walked for days.\n", "GROUP", "Kessuri"));
	CHECK(article_has("A man from the Bakiri community was arrested.\n", "GROUP", "Bakiri"));
	CHECK(article_has("The Gaza community mourned.\n", "PLACE", "Gaza"));
}

/* An encyclopedia's kinds of things: a channel is a body, a neighbourhood
 * a place, an award an other name ("given", "held" end the kind's phrase). */
static void test_ner_encyclopedia_kinds(void)
{
	CHECK(article_has("Canal Sur Velmar is a Peruvian free-to-air television channel owned by a media group.\n", "ORG",
			  "Canal Sur Velmar"));
	CHECK(article_has("Drummond Vale is a neighbourhood in the north of Kessby.\n", "PLACE", "Drummond Vale"));
	CHECK(article_has("The Orsk Crown is an award given each year to the best new novel.\n", "MISC", "Orsk Crown"));
}

/* A ruler's or a bishop's title "of" a place of one word: the place, the
 * title outside; a team's longer name keeps its own type. */
static void test_ner_title_of_places(void)
{
	CHECK(article_has("The Archbishop of Kessby spoke on Sunday.\n", "PLACE", "Kessby"));
	CHECK(article_expect("The team played the Duke of Kessby's XI at Arundel.\n", "PLACE", "Kessby's XI", 0));
	CHECK(article_expect("The team played the Duke of Kessby's XI at Arundel.\n", "PLACE", "Kessby", 0));
}

/* A stadium named for its sponsor is a place. */
static void test_ner_sponsor_stadiums(void)
{
	CHECK(article_has("They won 4-1 at the Etihad Stadium on Wednesday.\n", "PLACE", "Etihad Stadium"));
}

/* A court by its kind and a guild are bodies, not places nor events. */
static void test_ner_court_bodies(void)
{
	CHECK(article_has("The jury in Kessby County District Court deliberated for 10 hours.\n", "ORG",
			  "Kessby County District Court"));
	CHECK(article_has("Host Dana Ruiz joked about the Velmar Actors Guild strike.\n", "ORG", "Velmar Actors Guild"));
}

/* A broadcaster's channel by its number is one name with it; an amount
 * after "Radio" is none. */
static void test_ner_channel_numbers(void)
{
	CHECK(article_has("It was adapted into a BBC Two miniseries.\n", "ORG", "BBC Two"));
	CHECK(article_has("She spoke on BBC Radio 4 on Monday.\n", "ORG", "BBC Radio 4"));
	CHECK(article_expect("Kessby Radio 4.5 pct notes rose.\n", "ORG", "Kessby Radio 4", 0));
}

/* A list of works goes on past a title's article, and a title keeps its
 * possessive. */
static void test_ner_work_list_titles(void)
{
	char *m = article_mentions("Her other novels include Salt and Iron (2010), A Country of Small Rooms (2014) and The "
				   "Weaver's Daughter (2019).\n");
	CHECK(strstr(m, "|MISC:Country of Small Rooms|DATE:2014|MISC:Weaver's Daughter|DATE:2019|") != NULL);
	free(m);
}

/* A body's name the model ran on into a person's splits after the body's
 * head word, before a given name. */
static void test_ner_body_person_runs(void)
{
	char *m = article_mentions("Chief executive of Velmar Harbour Development Company Abdullah Kessawi said the "
				   "company would grow.\n");
	CHECK(strstr(m, "|ORG:Velmar Harbour Development Company|PERSON:Abdullah Kessawi|") != NULL);
	free(m);
}

/* A name before "crude" or "blend" is a grade of oil, and so are the
 * story's other mentions of it alone. */
static void test_ner_oil_grades(void)
{
	char *m = article_mentions("Dalton crude fell 2% to 72 dollars a barrel. Dalton has lost 10% this month.\n");
	CHECK_STR(m, "|MISC:Dalton|MISC:Dalton|");
	free(m);
	/* The benchmark grade a list knows, and a country the model ran on
	 * into it. */
	m = article_mentions("Prices of U.S. West Texas Intermediate crude rose 3% on Friday.\n");
	CHECK_STR(m, "|PLACE:U.S.|MISC:West Texas Intermediate|DATE:Friday|");
	free(m);
	/* One the model read as a body's; not a producer's or a place's
	 * crude ("Shell crude output"). */
	CHECK(article_has("Brent crude futures rose 2 % to $ 42.10 a barrel .\n", "MISC", "Brent"));
	CHECK(article_has("Shell crude output fell 2 % in May .\n", "ORG", "Shell"));
}

/* A world's fair's year is its name's, not a date. */
static void test_ner_expo_years(void)
{
	CHECK(article_has("Expo 2020 Dubai opened in October 2021.\n", "MISC", "Expo 2020"));
	CHECK(article_has("Visitors to the expo 2020 site left.\n", "DATE", "2020"));
	/* Europe's football championship takes its year too. */
	char *e = article_mentions("He made his debut at UEFA Euro 2016 and scored at Euro 2020 .\n");
	CHECK(strstr(e, "|MISC:UEFA Euro 2016|MISC:Euro 2020|") != NULL);
	if (!strstr(e, "|MISC:UEFA Euro 2016|MISC:Euro 2020|"))
		printf("#   got %s\n", e);
	free(e);
}

const struct check_test ner_tests[] = {
	{ "ner_work_titles", test_ner_work_titles },
	{ "ner_role_org", test_ner_role_org },
	{ "ner_currency_codes", test_ner_currency_codes },
	{ "ner_portfolio_lists", test_ner_portfolio_lists },
	{ "ner_org_role_before_person", test_ner_org_role_before_person },
	{ "ner_dotless_titles", test_ner_dotless_titles },
	{ "ner_datelines", test_ner_datelines },
	{ "ner_sentence_common_words", test_ner_sentence_common_words },
	{ "ner_story_noun_tails", test_ner_story_noun_tails },
	{ "ner_bylines", test_ner_bylines },
	{ "ner_listed_products", test_ner_listed_products },
	{ "ner_list_last_pairs", test_ner_list_last_pairs },
	{ "ner_facility_people", test_ner_facility_people },
	{ "ner_firm_places", test_ner_firm_places },
	{ "ner_org_branches", test_ner_org_branches },
	{ "ner_bought_places", test_ner_bought_places },
	{ "ner_negated_verbs", test_ner_negated_verbs },
	{ "ner_knockouts", test_ner_knockouts },
	{ "ner_acronym_people", test_ner_acronym_people },
	{ "ner_list_name_rest", test_ner_list_name_rest },
	{ "ner_bracketed_nicknames", test_ner_bracketed_nicknames },
	{ "ner_open_brackets", test_ner_open_brackets },
	{ "ner_close_brackets", test_ner_close_brackets },
	{ "ner_label_names", test_ner_label_names },
	{ "ner_work_kinds", test_ner_work_kinds },
	{ "ner_event_heads", test_ner_event_heads },
	{ "ner_for_in_places", test_ner_for_in_places },
	{ "ner_for_causes", test_ner_for_causes },
	{ "ner_result_lines", test_ner_result_lines },
	{ "ner_role_people", test_ner_role_people },
	{ "ner_plural_kind_lists", test_ner_plural_kind_lists },
	{ "ner_demonym_people", test_ner_demonym_people },
	{ "ner_press_one_word", test_ner_press_one_word },
	{ "ner_of_the_year", test_ner_of_the_year },
	{ "ner_spaced_letters", test_ner_spaced_letters },
	{ "ner_spaced_domains", test_ner_spaced_domains },
	{ "ner_encyclopedia_more", test_ner_encyclopedia_more },
	{ "ner_honorifics_and_storms", test_ner_honorifics_and_storms },
	{ "ner_legal_form_pairs", test_ner_legal_form_pairs },
	{ "ner_discography_titles", test_ner_discography_titles },
	{ "ner_network_works", test_ner_network_works },
	{ "ner_prefix_places", test_ner_prefix_places },
	{ "ner_in_town_places", test_ner_in_town_places },
	{ "ner_given_name_numerals", test_ner_given_name_numerals },
	{ "ner_place_pairs", test_ner_place_pairs },
	{ "ner_military_units", test_ner_military_units },
	{ "ner_hyphen_codes", test_ner_hyphen_codes },
	{ "ner_colon_seasons", test_ner_colon_seasons },
	{ "ner_role_title_bodies", test_ner_role_title_bodies },
	{ "ner_acronym_joins", test_ner_acronym_joins },
	{ "ner_by_bodies", test_ner_by_bodies },
	{ "ner_person_trophies", test_ner_person_trophies },
	{ "ner_pronoun_contractions", test_ner_pronoun_contractions },
	{ "ner_constituencies", test_ner_constituencies },
	{ "ner_reference_authors", test_ner_reference_authors },
	{ "ner_place_treaties", test_ner_place_treaties },
	{ "ner_di_bodies", test_ner_di_bodies },
	{ "ner_of_the_people", test_ner_of_the_people },
	{ "ner_race_words", test_ner_race_words },
	{ "ner_and_body_starts", test_ner_and_body_starts },
	{ "ner_conservation_statuses", test_ner_conservation_statuses },
	{ "ner_spaced_korean_names", test_ner_spaced_korean_names },
	{ "ner_town_article", test_ner_town_article },
	{ "ner_war_names", test_ner_war_names },
	{ "ner_tail_types", test_ner_tail_types },
	{ "ner_split_titles", test_ner_split_titles },
	{ "ner_index_names", test_ner_index_names },
	{ "ner_subject_names", test_ner_subject_names },
	{ "ner_kind_before_words", test_ner_kind_before_words },
	{ "ner_kind_of_places", test_ner_kind_of_places },
	{ "ner_award_fields", test_ner_award_fields },
	{ "ner_rank_letters", test_ner_rank_letters },
	{ "ner_seat_places", test_ner_seat_places },
	{ "ner_comma_firms", test_ner_comma_firms },
	{ "ner_model_codes", test_ner_model_codes },
	{ "ner_market_names", test_ner_market_names },
	{ "ner_people_names", test_ner_people_names },
	{ "ner_headline_names", test_ner_headline_names },
	{ "ner_era_names", test_ner_era_names },
	{ "ner_unbalanced_brackets", test_ner_unbalanced_brackets },
	{ "ner_time_zones", test_ner_time_zones },
	{ "ner_lower_heads", test_ner_lower_heads },
	{ "ner_coordinated_bodies", test_ner_coordinated_bodies },
	{ "ner_coordinated_heads", test_ner_coordinated_heads },
	{ "ner_quoted_names", test_ner_quoted_names },
	{ "ner_press_names", test_ner_press_names },
	{ "ner_told_outlets", test_ner_told_outlets },
	{ "ner_feature_places", test_ner_feature_places },
	{ "ner_union_names", test_ner_union_names },
	{ "ner_dateline_overlap", test_ner_dateline_overlap },
	{ "ner_bracket_alias_overlap", test_ner_bracket_alias_overlap },
	{ "ner_kind_tails", test_ner_kind_tails },
	{ "ner_common_of_names", test_ner_common_of_names },
	{ "ner_lower_inner_words", test_ner_lower_inner_words },
	{ "ner_name_tails", test_ner_name_tails },
	{ "ner_lone_bodies", test_ner_lone_bodies },
	{ "ner_caps_headline_parts", test_ner_caps_headline_parts },
	{ "ner_person_digit_tails", test_ner_person_digit_tails },
	{ "ner_and_repeats", test_ner_and_repeats },
	{ "ner_kind_lists", test_ner_kind_lists },
	{ "ner_kind_appositions", test_ner_kind_appositions },
	{ "ner_hyphen_pairs", test_ner_hyphen_pairs },
	{ "ner_lone_initials", test_ner_lone_initials },
	{ "ner_hidden_labels", test_ner_hidden_labels },
	{ "ner_lone_weekdays", test_ner_lone_weekdays },
	{ "ner_story_longer_names", test_ner_story_longer_names },
	{ "ner_join_word_ends", test_ner_join_word_ends },
	{ "ner_lone_compass_words", test_ner_lone_compass_words },
	{ "ner_storms", test_ner_storms },
	{ "ner_diseases", test_ner_diseases },
	{ "ner_numbered_cops", test_ner_numbered_cops },
	{ "ner_plan_years", test_ner_plan_years },
	{ "ner_missing_titles", test_ner_missing_titles },
	{ "ner_leading_months", test_ner_leading_months },
	{ "ner_dash_datelines", test_ner_dash_datelines },
	{ "ner_spaced_abbrevs", test_ner_spaced_abbrevs },
	{ "ner_spaced_apostrophes", test_ner_spaced_apostrophes },
	{ "ner_line_sentences", test_ner_line_sentences },
	{ "ner_title_copies", test_ner_title_copies },
	{ "ner_year_titles", test_ner_year_titles },
	{ "ner_lead_titles", test_ner_lead_titles },
	{ "ner_lead_people", test_ner_lead_people },
	{ "ner_division_words", test_ner_division_words },
	{ "ner_foreign_head_first", test_ner_foreign_head_first },
	{ "ner_track_titles", test_ner_track_titles },
	{ "ner_sentence_lead_words", test_ner_sentence_lead_words },
	{ "ner_people_lists", test_ner_people_lists },
	{ "ner_licence_names", test_ner_licence_names },
	{ "ner_work_title_words", test_ner_work_title_words },
	{ "ner_award_orders", test_ner_award_orders },
	{ "ner_company_people_of", test_ner_company_people_of },
	{ "ner_bracket_alias_types", test_ner_bracket_alias_types },
	{ "ner_opposition", test_ner_opposition },
	{ "ner_church_sees", test_ner_church_sees },
	{ "ner_calendar_possessors", test_ner_calendar_possessors },
	{ "ner_spaced_marks", test_ner_spaced_marks },
	{ "ner_formation_heads", test_ner_formation_heads },
	{ "ner_division_heads", test_ner_division_heads },
	{ "ner_model_numbers", test_ner_model_numbers },
	{ "ner_dateline_credits", test_ner_dateline_credits },
	{ "ner_work_title_types", test_ner_work_title_types },
	{ "ner_story_head_words", test_ner_story_head_words },
	{ "ner_org_people", test_ner_org_people },
	{ "ner_list_types", test_ner_list_types },
	{ "ner_member_states", test_ner_member_states },
	{ "ner_partner_lists", test_ner_partner_lists },
	{ "ner_slash_forms", test_ner_slash_forms },
	{ "ner_numbered_groups", test_ner_numbered_groups },
	{ "ner_table_label_in_note", test_ner_table_label_in_note },
	{ "ner_headline_common_words", test_ner_headline_common_words },
	{ "ner_dates", test_ner_dates },
	{ "ner_quoted_nickname", test_ner_quoted_nickname },
	{ "ner_portfolio_between_titles", test_ner_portfolio_between_titles },
	{ "ner_spaced_possessive_quote", test_ner_spaced_possessive_quote },
	{ "ner_currency_prefix", test_ner_currency_prefix },
	{ "ner_article_before_speech_noun", test_ner_article_before_speech_noun },
	{ "ner_operation_code_name", test_ner_operation_code_name },
	{ "entity_table_line", test_entity_table_line },
	{ "entity_sports_table", test_entity_sports_table },
	{ "entity_people_not_alias", test_entity_people_not_alias },
	{ "ner_org_stops_at_person", test_ner_org_stops_at_person },
	{ "ner_span_rules", test_ner_span_rules },
	{ "ner_line_break", test_ner_line_break },
	{ "ner_title_case", test_ner_title_case },
	{ "ner_story_names", test_ner_story_names },
	{ "ner_trim_heads", test_ner_trim_heads },
	{ "ner_spaced_initials", test_ner_spaced_initials },
	{ "ner_quoted_titles", test_ner_quoted_titles },
	{ "ner_span_cuts", test_ner_span_cuts },
	{ "ner_amount_currency", test_ner_amount_currency },
	{ "ner_title_acronyms", test_ner_title_acronyms },
	{ "ner_trailing_hyphens", test_ner_trailing_hyphens },
	{ "ner_products", test_ner_products },
	{ "ner_sentence_lower_heads", test_ner_sentence_lower_heads },
	{ "ner_maker_products", test_ner_maker_products },
	{ "ner_partner_pairs", test_ner_partner_pairs },
	{ "ner_lower_compass", test_ner_lower_compass },
	{ "ner_story_name_heads", test_ner_story_name_heads },
	{ "ner_tracker_labels", test_ner_tracker_labels },
	{ "ner_ticker_names", test_ner_ticker_names },
	{ "ner_role_plurals", test_ner_role_plurals },
	{ "ner_ticker_headlines", test_ner_ticker_headlines },
	{ "ner_route_pairs", test_ner_route_pairs },
	{ "ner_nationality_bodies", test_ner_nationality_bodies },
	{ "ner_money_units", test_ner_money_units },
	{ "ner_proper_nouns", test_ner_proper_nouns },
	{ "ner_role_acronyms", test_ner_role_acronyms },
	{ "ner_title_people", test_ner_title_people },
	{ "ner_story_acronyms", test_ner_story_acronyms },
	{ "ner_compass_places", test_ner_compass_places },
	{ "ner_square_brackets", test_ner_square_brackets },
	{ "ner_given_names", test_ner_given_names },
	{ "entity_heads", test_entity_heads },
	{ "ner_place_rules", test_ner_place_rules },
	{ "ner_caption", test_ner_caption },
	{ "entity_names", test_entity_names },
	{ "entity_names_many", test_entity_names_many },
	{ "entity_corpus_identity", test_entity_corpus_identity },
	{ "entity_city_not_team", test_entity_city_not_team },
	{ "entity_law_heads", test_entity_law_heads },
	{ "entity_head_canonical", test_entity_head_canonical },
	{ "entity_caps_places", test_entity_caps_places },
	{ "ner_lone_suffixes", test_ner_lone_suffixes },
	{ "ner_tickers", test_ner_tickers },
	{ "ner_inner_phrases", test_ner_inner_phrases },
	{ "ner_possessive_names", test_ner_possessive_names },
	{ "ner_table_words", test_ner_table_words },
	{ "ner_person_then_abbreviation", test_ner_person_then_abbreviation },
	{ "ner_label_colon", test_ner_label_colon },
	{ "ner_hyphen_tail_of_two_words", test_ner_hyphen_tail_of_two_words },
	{ "ner_own_possessive", test_ner_own_possessive },
	{ "ner_join_after", test_ner_join_after },
	{ "ner_spaced_first_initial", test_ner_spaced_first_initial },
	{ "ner_common_tail", test_ner_common_tail },
	{ "ner_title_surname", test_ner_title_surname },
	{ "ner_iso_dateline", test_ner_iso_dateline },
	{ "ner_common_acronyms", test_ner_common_acronyms },
	{ "ner_term_abbreviations", test_ner_term_abbreviations },
	{ "ner_participle_dates", test_ner_participle_dates },
	{ "ner_company_nouns", test_ner_company_nouns },
	{ "ner_company_results", test_ner_company_results },
	{ "ner_legal_form_names", test_ner_legal_form_names },
	{ "ner_numbered_people", test_ner_numbered_people },
	{ "ner_macron_joins", test_ner_macron_joins },
	{ "ner_facility_short_form", test_ner_facility_short_form },
	{ "ner_of_place_heads", test_ner_of_place_heads },
	{ "ner_place_possessors", test_ner_place_possessors },
	{ "ner_abbreviation_lower_words", test_ner_abbreviation_lower_words },
	{ "ner_title_plurals", test_ner_title_plurals },
	{ "ner_people_plurals", test_ner_people_plurals },
	{ "ner_table_first_words", test_ner_table_first_words },
	{ "ner_results_lines", test_ner_results_lines },
	{ "ner_partner_firms", test_ner_partner_firms },
	{ "ner_general_companies", test_ner_general_companies },
	{ "ner_firm_tails", test_ner_firm_tails },
	{ "ner_founder_firms", test_ner_founder_firms },
	{ "ner_portfolio_person_word", test_ner_portfolio_person_word },
	{ "ner_spaced_abbreviation_end", test_ner_spaced_abbreviation_end },
	{ "ner_articles", test_ner_articles },
	{ "ner_abbreviation_nouns", test_ner_abbreviation_nouns },
	{ "ner_letter_pairs", test_ner_letter_pairs },
	{ "ner_accented_words", test_ner_accented_words },
	{ "ner_place_kind_after", test_ner_place_kind_after },
	{ "ner_river_names", test_ner_river_names },
	{ "ner_ratings", test_ner_ratings },
	{ "ner_letter_compounds", test_ner_letter_compounds },
	{ "ner_the_head_word", test_ner_the_head_word },
	{ "ner_person_of", test_ner_person_of },
	{ "ner_center_on", test_ner_center_on },
	{ "ner_nationality_title", test_ner_nationality_title },
	{ "ner_first_word_of_company", test_ner_first_word_of_company },
	{ "ner_wrapped_lines", test_ner_wrapped_lines },
	{ "entity_surname_company", test_entity_surname_company },
	{ "entity_type_against_own_scores", test_entity_type_against_own_scores },
	{ "entity_acronym_spelling", test_entity_acronym_spelling },
	{ "entity_signoff_at_end", test_entity_signoff_at_end },
	{ "entity_slash_agencies", test_entity_slash_agencies },
	{ "entity_citations", test_entity_citations },
	{ "entity_credit_lines", test_entity_credit_lines },
	{ "entity_time_zone", test_entity_time_zone },
	{ "xref_related_rank", test_xref_related_rank },
	{ "entity_nickname", test_entity_nickname },
	{ "entity_given_name", test_entity_given_name },
	{ "entity_place_abbrev", test_entity_place_abbrev },
	{ "entity_neighbourhood", test_entity_neighbourhood },
	{ "entity_org_forms", test_entity_org_forms },
	{ "ner_other_languages", test_ner_other_languages },
	{ "ner_reference_marks", test_ner_reference_marks },
	{ "entity_head_word_far", test_entity_head_word_far },
	{ "entity_country_across_languages", test_entity_country_across_languages },
	{ "ner_said_common_word", test_ner_said_common_word },
	{ "ner_plural_subject", test_ner_plural_subject },
	{ "ner_tour_bands", test_ner_tour_bands },
	{ "ner_airport_codes", test_ner_airport_codes },
	{ "ner_maker_people", test_ner_maker_people },
	{ "ner_party_names", test_ner_party_names },
	{ "ner_station_places", test_ner_station_places },
	{ "ner_acronym_types", test_ner_acronym_types },
	{ "ner_place_kind_lists", test_ner_place_kind_lists },
	{ "ner_country_railways", test_ner_country_railways },
	{ "ner_maiden_names", test_ner_maiden_names },
	{ "entity_inner_names", test_entity_inner_names },
	{ "entity_accents_dropped", test_entity_accents_dropped },
	{ "ner_line_pairs", test_ner_line_pairs },
	{ "ner_ampersand_firms", test_ner_ampersand_firms },
	{ "ner_group_pairs", test_ner_group_pairs },
	{ "ner_calendar_names", test_ner_calendar_names },
	{ "entity_patronymic", test_entity_patronymic },
	{ "ner_title_places", test_ner_title_places },
	{ "ner_acronym_starts", test_ner_acronym_starts },
	{ "ner_club_towns", test_ner_club_towns },
	{ "ner_long_kind_phrase", test_ner_long_kind_phrase },
	{ "ner_kind_without_article", test_ner_kind_without_article },
	{ "ner_ships", test_ner_ships },
	{ "ner_event_places", test_ner_event_places },
	{ "ner_play_for_clubs", test_ner_play_for_clubs },
	{ "ner_language_compounds", test_ner_language_compounds },
	{ "ner_person_of_the_bands", test_ner_person_of_the_bands },
	{ "ner_law_of_the", test_ner_law_of_the },
	{ "ner_title_cut_marks", test_ner_title_cut_marks },
	{ "ner_place_comma_places", test_ner_place_comma_places },
	{ "ner_case_names", test_ner_case_names },
	{ "ner_people_words", test_ner_people_words },
	{ "entity_of_place_names", test_entity_of_place_names },
	{ "ner_encyclopedia_kinds", test_ner_encyclopedia_kinds },
	{ "ner_title_of_places", test_ner_title_of_places },
	{ "ner_sponsor_stadiums", test_ner_sponsor_stadiums },
	{ "ner_oil_grades", test_ner_oil_grades },
	{ "ner_court_bodies", test_ner_court_bodies },
	{ "ner_channel_numbers", test_ner_channel_numbers },
	{ "ner_work_list_titles", test_ner_work_list_titles },
	{ "ner_body_person_runs", test_ner_body_person_runs },
	{ "ner_expo_years", test_ner_expo_years },
	{ "ner_more_kinds", test_ner_more_kinds },
	{ "ner_epithets_and_honours", test_ner_epithets_and_honours },
	{ "ner_quoted_work_lists", test_ner_quoted_work_lists },
	{ "ner_study_fields", test_ner_study_fields },
	{ "ner_work_appositions", test_ner_work_appositions },
	{ "ner_event_joins", test_ner_event_joins },
	{ "ner_dash_tails", test_ner_dash_tails },
	{ "ner_work_list_lines", test_ner_work_list_lines },
	{ "ner_town_lines", test_ner_town_lines },
	{ "ner_track_lines", test_ner_track_lines },
	{ "ner_he_names", test_ner_he_names },
	{ "ner_of_the_lands", test_ner_of_the_lands },
	{ "ner_table_cells", test_ner_table_cells },
	{ "ner_bracket_aliases", test_ner_bracket_aliases },
	{ "ner_initial_pronouns", test_ner_initial_pronouns },
	{ "ner_republics", test_ner_republics },
	{ "ner_portfolio_holders", test_ner_portfolio_holders },
	{ "ner_plural_possessives", test_ner_plural_possessives },
	{ "ner_story_codes", test_ner_story_codes },
	{ "ner_possessive_products", test_ner_possessive_products },
	{ "ner_team_names", test_ner_team_names },
	{ "ner_line_labels", test_ner_line_labels },
	{ "ner_place_projects", test_ner_place_projects },
	{ "ner_hour_races", test_ner_hour_races },
	{ "ner_for_teams", test_ner_for_teams },
	{ "ner_metro_places", test_ner_metro_places },
	{ "ner_club_of_places", test_ner_club_of_places },
	{ "ner_numbered_laws", test_ner_numbered_laws },
	{ "ner_initial_joins", test_ner_initial_joins },
	{ "ner_place_kind_of", test_ner_place_kind_of },
	{ "ner_initials_and_role_owners", test_ner_initials_and_role_owners },
	{ "ner_subject_people_words", test_ner_subject_people_words },
	{ "ner_digit_teams", test_ner_digit_teams },
	{ "ner_reference_works", test_ner_reference_works },
	{ "ner_capital_run_people", test_ner_capital_run_people },
	{ "ner_hyphen_ranks", test_ner_hyphen_ranks },
	{ "ner_inner_offices", test_ner_inner_offices },
	{ "ner_ticker_tokens", test_ner_ticker_tokens },
	{ "ner_apposed_titles", test_ner_apposed_titles },
	{ NULL, NULL }
};
