/* Unit tests of entity's identity rules across names of one person or
 * place: familiar given names (nickname), misspelt names, and places
 * named with more words before them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "corpus.h"
#include "entity.h"
#include "ner.h"
#include "nickname.h"
#include "xmalloc.h"
#include "xref.h"

/* The entity of the nth (from 0) mention of exactly word in article i, or
 * SIZE_MAX. */
static size_t entity_nth(const struct entity_table *t, const struct corpus *c, size_t i, const char *word, int nth)
{
	const struct article *a = c->arts[i];
	const struct entity_doc *d = &t->docs[i];
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].end - d->v[k].start == strlen(word) &&
		    memcmp(a->data + d->v[k].start, word, strlen(word)) == 0 && nth-- == 0)
			return d->v[k].id;
	printf("#   no mention \"%s\" in article %zu\n", word, i);
	return SIZE_MAX;
}

/* The type of the nth (from 0) mention of exactly word in article i, as
 * its story typed it, or NER_NTYPES. */
static enum ner_type mention_type_nth(const struct entity_table *t, const struct corpus *c, size_t i, const char *word,
				      int nth)
{
	const struct article *a = c->arts[i];
	const struct entity_doc *d = &t->docs[i];
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].end - d->v[k].start == strlen(word) &&
		    memcmp(a->data + d->v[k].start, word, strlen(word)) == 0 && nth-- == 0)
			return d->v[k].type;
	printf("#   no mention \"%s\" in article %zu\n", word, i);
	return NER_NTYPES;
}

static size_t entity_in(const struct entity_table *t, const struct corpus *c, size_t i, const char *word)
{
	return entity_nth(t, c, i, word, 0);
}

/* A city and a nickname the model took for an other name is the team in a
 * sports story; a city and an event's plural is the event (invented
 * teams). */
static void test_entity_other_name_teams(void)
{
	const char *texts[] = {
		"Title: Derby\n\nThe Omaha Red Foxes beat the Memphis Gray Foxes 2-0 in the soccer league on Sunday "
		", and the Foxes fans cheered . The league sends its best to the Tokyo Olympics . The region "
		"was shaped by the Otago Wars of the 1860s .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	CHECK(mention_type_nth(t, c, 0, "Memphis Gray Foxes", 0) == NER_ORG);
	CHECK(mention_type_nth(t, c, 0, "Tokyo Olympics", 0) == NER_MISC);
	CHECK(mention_type_nth(t, c, 0, "Otago Wars", 0) == NER_MISC);
	entity_table_free(t);
	corpus_free(c);
}

/* A name ending in "Jr." is a person's, but for a chain the lists know by
 * such a name. */
static void test_entity_listed_junior(void)
{
	const char *texts[] = {
		"Title: Burgers\n\nCarl's Jr. opened its first restaurant in Pellmar on Monday , and Dorn "
		"Vessel Jr. cut the ribbon .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	CHECK(mention_type_nth(t, c, 0, "Carl's Jr.", 0) == NER_ORG);
	CHECK(mention_type_nth(t, c, 0, "Dorn Vessel Jr.", 0) == NER_PERSON);
	entity_table_free(t);
	corpus_free(c);
}

/* Whether mention a of article i and mention b of article j are one
 * entity once the stories texts are linked together; -1 if either is no
 * mention, so that "two entities" cannot pass for a name not found. */
static int entity_same(const char *const *texts, size_t n, size_t i, const char *a, size_t j, const char *b)
{
	struct corpus *c;
	struct entity_table *t = check_linked(texts, n, &c);
	size_t x = entity_in(t, c, i, a), y = entity_in(t, c, j, b);
	entity_table_free(t);
	corpus_free(c);
	return x == SIZE_MAX || y == SIZE_MAX ? -1 : x == y;
}

/* A player of a team is written with its nickname in the singular ("a
 * former Toledo Walrus"): the team, where the corpus names it (invented
 * team and players). A plural's "es" after a hiss goes too, a plain "s"
 * alone otherwise. */
static void test_entity_team_singular(void)
{
	const char *texts[] = {
		"The Toledo Walruses beat the Denver Owls 31-24 in the football playoff on Sunday .\n",
		"Dario Kessel , a former Toledo Walrus , retired on Monday .\n",
		"The Toledo Colts beat the Denver Owls 31-24 in the football playoff on Sunday .\n",
		"Dario Kessel , a former Toledo Colt , retired on Monday .\n",
	};
	CHECK_INT(entity_same(texts, 2, 0, "Toledo Walruses", 1, "Toledo Walrus"), 1);
	CHECK_INT(entity_same(texts + 2, 2, 0, "Toledo Colts", 1, "Toledo Colt"), 1);
}

/* Whether the first mention of exactly word in article i is of an
 * entity named name, once the stories texts are linked together. */
static int entity_named(const char *const *texts, size_t n, size_t i, const char *word, const char *name)
{
	struct corpus *c;
	struct entity_table *t = check_linked(texts, n, &c);
	size_t id = entity_in(t, c, i, word);
	int ok = id != SIZE_MAX && strcmp(t->v[id].name, name) == 0;
	if (id != SIZE_MAX && !ok)
		printf("#   \"%s\" named \"%s\"\n", word, t->v[id].name);
	entity_table_free(t);
	corpus_free(c);
	return ok;
}

static void test_nickname_table(void)
{
	const char *full[8];
	CHECK(nickname_same("bill", "william"));
	CHECK(nickname_same("william", "bill"));
	CHECK(nickname_same("bill", "billy"));
	CHECK(nickname_same("mo", "maurice"));
	CHECK(nickname_same("liz", "elizabeth"));
	CHECK(nickname_same("anna", "anna"));
	CHECK(!nickname_same("mark", "miles"));
	CHECK(!nickname_same("patrick", "patricia"));
	CHECK(!nickname_same("elizabeth", "melissa"));
	/* Other languages' familiar forms. */
	CHECK(nickname_same("alexis", "alexandros"));
	CHECK(nickname_same("paco", "francisco"));
	CHECK(nickname_same("misha", "mikhail"));
	CHECK(!nickname_same("paco", "mikhail"));
	CHECK_INT(nickname_full("pat", full, 8), 2);
	CHECK_INT(nickname_full("maurice", full, 8), 0);
	CHECK(nickname_full("bob", full, 8) == 1 && strcmp(full[0], "robert") == 0);
}

static void test_entity_editor_brackets(void)
{
	/* An editor's brackets around a given name in a quotation are no
	 * part of the person's name, and another story's full name of the
	 * person is the same entity. */
	const char *texts[] = {
		"\"We intend to urge Judge (Harold) Kessler to act as quickly as possible,\" the company said.\n",
		"Judge Harold Kessler ruled on Friday that the merger may go ahead.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 2, &c);
	size_t a = entity_in(t, c, 0, "(Harold) Kessler"), b = entity_in(t, c, 1, "Harold Kessler");
	CHECK(a != SIZE_MAX && a == b);
	if (a != SIZE_MAX)
		CHECK_STR(t->v[a].name, "Harold Kessler");
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_unfinished_dots(void)
{
	/* An abbreviation without its last full stop is the one with it,
	 * named as the lists name it. */
	const char *texts[] = {
		"Trade between the U.S and Ruritania grew in March, officials said.\n",
		"The U.S. trade gap with Ruritania narrowed in April.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 2, &c);
	size_t a = entity_in(t, c, 0, "U.S"), b = entity_in(t, c, 1, "U.S.");
	CHECK(a != SIZE_MAX && a == b);
	if (a != SIZE_MAX)
		CHECK_STR(t->v[a].name, "United States");
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_city_clubs(void)
{
	/* A club named as its city in the city's language goes by its own
	 * name, not the English one of the city (invented player). */
	const char *texts[] = { "Tomas Vrbensky plays for Napoli, which beat Lazio 2-1 on Sunday.\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	size_t a = entity_in(t, c, 0, "Napoli");
	CHECK(a != SIZE_MAX);
	if (a != SIZE_MAX) {
		CHECK_STR(t->v[a].name, "Napoli");
		CHECK(t->v[a].type == NER_ORG);
	}
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_team_people(void)
{
	/* In a sports story, a team of a name no list knows and a nickname
	 * that the model took for a person is the team where a side of a
	 * game stands, and so is its nickname alone; a familiar given name
	 * keeps a person a person (invented names). */
	const char *texts[] = {
		"Title: Harriers edge Vardena Chiefs to go top\n\nMbeki Harriers moved to the top of the league on "
		"Saturday after a 2-1 win over Vardena Chiefs, with Peter Shalulo scoring twice in the qualifier.\n\n"
		"Coach Tomas Vrbensky praised the striker, and Mickey Rivers agreed.\n\nMeanwhile Kenya's Harambee "
		"Stars drew 1-1 with Uganda Herons in Nairobi.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	CHECK(mention_type_nth(t, c, 0, "Mbeki Harriers", 0) == NER_ORG);
	CHECK(mention_type_nth(t, c, 0, "Harriers", 0) == NER_ORG);
	CHECK(mention_type_nth(t, c, 0, "Mickey Rivers", 0) == NER_PERSON);
	/* A country's side and its nickname too. */
	CHECK(mention_type_nth(t, c, 0, "Uganda Herons", 0) == NER_ORG);
	size_t a = entity_in(t, c, 0, "Harriers"), b = entity_in(t, c, 0, "Mbeki Harriers");
	CHECK(a != SIZE_MAX && a == b);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_dateline_agency(void)
{
	/* A dateline's agency goes by the agency's name, not by another
	 * body a list knows by its letters (invented people). */
	const char *texts[] = {
		"NEW DELHI, Nov 28 (PTI) - A court rejected the bail plea of Ravi Tolvar on Monday.\n",
		"ISLAMABAD (Reuters) - Imran Khan's PTI party said on Monday it would protest.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 2, &c);
	size_t a = entity_in(t, c, 0, "PTI"), b = entity_in(t, c, 1, "PTI");
	CHECK(a != SIZE_MAX && b != SIZE_MAX && a != b);
	if (a != SIZE_MAX)
		CHECK_STR(t->v[a].name, "Press Trust of India");
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_group_namesakes(void)
{
	/* A people's word that is the surname of a person the story names
	 * in full is the person where it stands as one, before a verb; not
	 * before a noun. */
	const char *texts[] = {
		"WASHINGTON, March 6 - A farm bill introduced by Rep. Dale English\n(D-Okla.) drew fire from dairy "
		"groups.\n    English has agreed to narrow the bill, aides said.\n    Aides to English said the "
		"congressman wants a vote soon, and English denied any deal.\n    The English bill would cost 200 mln "
		"dlrs.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	size_t full = entity_nth(t, c, 0, "Dale English", 0);
	CHECK(full != SIZE_MAX);
	for (int k = 0; k < 3; k++)
		CHECK(entity_nth(t, c, 0, "English", k) == full);
	CHECK(mention_type_nth(t, c, 0, "English", 3) == NER_GROUP);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_country_namesakes(void)
{
	/* A country the story writes as a place is no person's surname as
	 * the subject of a verb other than of saying, whatever person of
	 * that surname it names (invented people). */
	const char *texts[] = {
		"The harvest in Cuba was poor , said Juan Cuba , a trader .\nExports from Cuba fell 10 pct , and Cuba "
		"now imports sugar , Cuba said .\n",
		"Dublin-born director Tomas Kenya says he never lost more sleep over a film .\n\" The film spares no "
		"one , \" Kenya said in a statement .\nKenya , whose 1992 film also came under fire , said the film was "
		"history .\nLeeson plays the lead role in Kenya 's film .\nMuch of the film was shot on location in "
		"Dublin with Kenya using thousands of its citizens as extras .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 2, &c);
	size_t juan = entity_nth(t, c, 0, "Juan Cuba", 0);
	CHECK(juan != SIZE_MAX);
	CHECK(mention_type_nth(t, c, 0, "Cuba", 2) == NER_PLACE);
	CHECK(entity_nth(t, c, 0, "Cuba", 2) != juan);
	/* Before a verb of saying, the person. */
	CHECK(entity_nth(t, c, 0, "Cuba", 3) == juan);
	/* A possessive's "in Kenya 's" is no place: the person stays. */
	size_t tomas = entity_nth(t, c, 1, "Tomas Kenya", 0);
	CHECK(tomas != SIZE_MAX && entity_nth(t, c, 1, "Kenya", 1) == tomas && entity_nth(t, c, 1, "Kenya", 3) == tomas);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_listed_group_stands(void)
{
	/* A people the lists know, written in lower-case sentences, types
	 * its name in its story where the model, misled by a book's title
	 * that holds it, took some of its mentions for an organization. */
	const char *texts[] = {
		"As part of the revival of M\xc4\x81ori culture, the old crafts of carving and weaving are now widely "
		"practised and M\xc4\x81ori artists are growing in number and influence.[12]\n\n"
		"Most M\xc4\x81ori carvings show human figures, often with three fingers and a detailed head.[13]\n\n"
		"M\xc4\x81ori quickly adopted writing as a way of sharing ideas, and many of their oral stories were "
		"written down.[14]\n\n"
		"M\xc4\x81ori developed chants and songs from their ancient origins, and created a unique sound.[15]\n\n"
		"Iwi: The Dynamics of M\xc4\x81ori Tribal Organisation from c.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	for (int k = 0; k < 5; k++)
		CHECK(mention_type_nth(t, c, 0, "M\xc4\x81ori", k) == NER_GROUP);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_listed_type_stands(void)
{
	/* An acronym the lists know as an organization stays one when a
	 * story spells it out as the model reads an accord ("Agreement"):
	 * the story's name joins it without giving it its type. */
	const char *texts[] = {
		"Title: JAPAN TO COMPLAIN TO GATT\n\nWestern Europe showed no letup in the dumping and that the\n"
		"Japanese home markets remained shut to American exports.\n"
		"    Japan has said that if Reagan imposed the tariffs, it would\n"
		"file a complaint with the General Agreement on Tariff and Trade\n(GATT).\n"
		"    It said hoped GATT would find the U.S. retaliation had\n"
		"violated the regulations of the global trading group and would\n"
		"approve compensation or Japanese retaliation.\n",
		"Title: GATT talks\n\nGENEVA, April 3 - GATT members met on Friday. GATT officials said the talks went "
		"well, and a GATT spokesman said more would follow.\n",
		"Title: GATT round\n\nGENEVA, April 4 - Ministers at GATT said the round would end in 1990. GATT chief "
		"Arthur Dunkel agreed.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	size_t g = entity_in(t, c, 1, "GATT"), a = entity_in(t, c, 0, "GATT");
	CHECK(g != SIZE_MAX && t->v[g].type == NER_ORG);
	CHECK(a == g);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_nickname_story(void)
{
	/* A familiar form of a full name in one story is that person, and so
	 * are the short forms and the given name alone; a second person of
	 * the surname, whose given name is no form of it, stays apart. */
	const char *texts[] = {
		"Title: Coach fired\n\nThe Philadelphia 76ers fired coach Maurice Cheeks on Saturday. Mo Cheeks had "
		"led the team for four seasons, and Cheeks said he was sad. Mo thanked the fans.\n\n"
		"His brother Daniel Cheeks said the family would stay in Philadelphia.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	size_t m = entity_in(t, c, 0, "Maurice Cheeks");
	size_t mo = entity_in(t, c, 0, "Mo Cheeks");
	size_t s = entity_in(t, c, 0, "Cheeks");
	size_t g = entity_in(t, c, 0, "Mo");
	size_t d = entity_in(t, c, 0, "Daniel Cheeks");
	CHECK(m != SIZE_MAX && m == mo && m == s && m == g);
	CHECK(d != SIZE_MAX && d != m);
	if (m != SIZE_MAX)
		CHECK_STR(t->v[m].name, "Maurice Cheeks");
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_given_name_nearest(void)
{
	/* A given name alone that two people of the story share is the one
	 * the story has named most so far, of equals the last named; the
	 * family name first of Korean and Chinese names is found the same
	 * way. Another story's "Darnell" that no full name precedes stays
	 * apart (and two people of one given name named in one sentence,
	 * test_entity_given_name). */
	const char *texts[] = {
		("Title: Trial opens\n\nPolice arrested Darnell Okafor on Monday after the shooting. "
		 "\"Darnell fired the shot,\" a witness told the court.\n\n"
		 "Later Darnell Pruitt, a neighbour, said he heard nothing.\n"),
		("Title: Vote\n\nSEOUL, May 2 - Ryu Min-gyeol, a lawmaker, said on Monday the vote would pass. "
		 "Ryu Seon-tae, the party's leader, disagreed on Tuesday. Ryu said the talks had gone badly.\n"),
		"Title: Other\n\nDarnell waved at the crowd in Lisbon.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	size_t o = entity_in(t, c, 0, "Darnell Okafor"), g = entity_in(t, c, 0, "Darnell");
	size_t p = entity_in(t, c, 0, "Darnell Pruitt");
	CHECK(o != SIZE_MAX && o == g);
	CHECK(p != SIZE_MAX && p != o);
	size_t r2 = entity_in(t, c, 1, "Ryu Seon-tae"), r = entity_in(t, c, 1, "Ryu");
	CHECK(r2 != SIZE_MAX && r == r2);
	size_t other = entity_in(t, c, 2, "Darnell");
	CHECK(other != SIZE_MAX && other != o && other != p);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_given_name_family(void)
{
	/* A given name alone in a story that names one of the family in full
	 * is the person of that given name and surname that another story
	 * names; in a story of no one of that surname it stays apart. */
	const char *texts[] = {
		"Title: Crash\n\nMarta Quennell, 31, was hurt when her car left the road near Dunmore. "
		"Marta Quennell was taken to hospital on Friday.\n",
		"Title: Driver held\n\nTobias Quennell, 24, was driving the car, police said. His sister Marta was "
		"hurt.\n",
		"Title: Show\n\nMarta sang at the festival on Saturday.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	size_t full = entity_in(t, c, 0, "Marta Quennell"), alone = entity_in(t, c, 1, "Marta");
	size_t other = entity_in(t, c, 2, "Marta"), brother = entity_in(t, c, 1, "Tobias Quennell");
	CHECK(full != SIZE_MAX && alone == full);
	CHECK(other != SIZE_MAX && other != full);
	CHECK(brother != SIZE_MAX && brother != full);
	entity_table_free(t);
	corpus_free(c);
}

/* A company's name in a headline's capitals before its ticker is the
 * company the story names in full (invented names); the town of the
 * story's dateline of that name stays the town. */
static void test_entity_ticker_headlines(void)
{
	const char *texts[] = {
		"Title: KESTREL <KST> OFFER FOR TARVO <TRV> EXPIRES\n\n    DALLAS, March 13 - A unit of Kestrel Hotel "
		"Corp said its offer for Tarvo Industries Inc expired.\n",
		"Title: MADISON <MDS> SEES HIGHER PROFIT\n\n    MADISON, Wis., March 5 - Madison Steel Corp said its "
		"profit would rise.\n",
		"Title: Talks\n\n    MADISON, Wis., March 6 - Farmers met in Madison on Friday.\n",
	};
	CHECK(entity_named(texts, 3, 0, "KESTREL", "Kestrel Hotel Corp"));
	CHECK(entity_named(texts, 3, 0, "TARVO", "Tarvo Industries Inc"));
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	size_t firm = entity_nth(t, c, 1, "MADISON", 0), town = entity_nth(t, c, 1, "MADISON", 1);
	CHECK(firm != SIZE_MAX && strcmp(t->v[firm].name, "Madison Steel Corp") == 0);
	CHECK(town != SIZE_MAX && t->v[town].type == NER_PLACE && town == entity_in(t, c, 2, "Madison"));
	entity_table_free(t);
	corpus_free(c);
	/* Where no other story names the town, too: the headline's short
	 * form teaches the corpus nothing about its dateline's word. */
	t = check_linked(texts + 1, 1, &c);
	town = entity_nth(t, c, 0, "MADISON", 1);
	CHECK(town != SIZE_MAX && t->v[town].type == NER_PLACE && town != entity_nth(t, c, 0, "MADISON", 0));
	entity_table_free(t);
	corpus_free(c);
}

/* A "person" whose name is a company's of the corpus but for its legal
 * form is that company (invented names); not one a title names. */
static void test_entity_firm_people(void)
{
	const char *texts[] = {
		"Title: Offering\n\nKestler Brannock and Co Inc said on Monday it would lead the offering. Kestler "
		"Brannock and Co Inc is the lead manager.\n",
		"Title: Issue\n\nKestler Brannock is co-managing the issue, the company said.\n",
		"Title: Stake\n\nVarnel Tessman Inc said it bought a stake. Varnel Tessman Inc is based in Ohio, and "
		"Varnel Tessman Inc shares rose. Varnel Tessman Inc said sales grew.\n",
		"Title: Board\n\nMr. Varnel Tessman said on Monday that he would retire.\n",
	};
	CHECK(entity_named(texts, 4, 1, "Kestler Brannock", "Kestler Brannock and Co Inc"));
	CHECK(entity_named(texts, 4, 3, "Varnel Tessman", "Varnel Tessman"));
}

/* British and American spellings of "-isation" are one name (invented
 * body). */
static void test_entity_isation(void)
{
	const char *texts[] = {
		"Title: Cocoa\n\nThe International Tarvo Organisation met on Monday.\n",
		"Title: Cocoa\n\nThe International Tarvo Organization met on Tuesday.\n",
	};
	CHECK(entity_same(texts, 2, 0, "International Tarvo Organisation", 1, "International Tarvo Organization"));
}

/* A dateline's town stays a place beside a company the corpus names
 * after it more (invented names). */
static void test_entity_dateline_apart(void)
{
	const char *texts[] = {
		"Title: Sales\n\n    CHICAGO, March 2 - Tarvel said sales rose. Tarvel said it would hire, and Tarvel shares "
		"rose.\n",
		"Title: Jobs\n\n    CHICAGO, March 3 - Tarvel said it cut jobs. Tarvel said costs fell, and Tarvel stock "
		"rose.\n",
		"Title: Plant\n\n    TARVEL, Ill., March 4 - Kestrel Corp said it would open a plant.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	size_t town = entity_in(t, c, 2, "TARVEL"), firm = entity_in(t, c, 0, "Tarvel");
	CHECK(town != SIZE_MAX && firm != SIZE_MAX && town != firm && t->v[town].type == NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
	/* And within its story, whatever the story's other mentions of the
	 * word vote for. */
	const char *one[] = { "Title: TARVELL <TVLF> SETS PAYOUT\nDate: 5-MAR-1987\n\n    TARVELL, Conn., March 5 - "
			      "Tarvell Financial Corp said it set a payout. Tarvell said earnings rose, and Tarvell "
			      "said it would hire.\n" };
	t = check_linked(one, 1, &c);
	town = entity_nth(t, c, 0, "TARVELL", 1);
	CHECK(town != SIZE_MAX && t->v[town].type == NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
}

/* A town before a comma and a region stays a place beside a company the
 * corpus names after it more (invented names); not a name in apposition
 * to a country's possessive. */
static void test_entity_town_of_region(void)
{
	const char *texts[] = {
		"Title: Sales\n\nTarvel said sales rose. Tarvel said it would hire, and Tarvel shares rose.\n",
		"Title: Jobs\n\nTarvel said it cut jobs. Tarvel said costs fell, and Tarvel stock rose.\n",
		"Title: Plant\n\nKestrel Corp said it would open a plant in Tarvel, Iowa, next year.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	CHECK(mention_type_nth(t, c, 2, "Tarvel", 0) == NER_PLACE);
	CHECK(mention_type_nth(t, c, 0, "Tarvel", 0) == NER_ORG);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_facility_first_word(void)
{
	/* A facility's first word alone is the facility its story names by
	 * it and a facility's words, whatever type the model gave each; a
	 * city a list knows stays the city. */
	const char *texts[] = {
		"Title: Singer in rehab\n\nDana Whitcombe was at Larchmere Recovery, a treatment facility in "
		"Newport Beach, on Monday, her lawyer said. She never entered Larchmere, he said.\n\n"
		"Boston Recovery Center said it had room. Boston was quiet.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	size_t full = entity_in(t, c, 0, "Larchmere Recovery"), alone = entity_in(t, c, 0, "Larchmere");
	CHECK(full != SIZE_MAX && alone == full);
	size_t bc = entity_in(t, c, 0, "Boston Recovery Center"), b = entity_in(t, c, 0, "Boston");
	CHECK(bc != SIZE_MAX && b != SIZE_MAX && b != bc);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_nickname_related(void)
{
	/* Across stories a familiar form joins the full name where the
	 * stories are related (they share rare names), not where they are
	 * not: a common name in unrelated stories may be two people. */
	const char *texts[] = {
		"Title: Sixers\n\nThe Philadelphia 76ers fired Mo Cheeks after a loss to the Orlando Magic. "
		"General manager Ed Stefanski said Tony DiLeo would coach.\n",
		"Title: Coach out\n\nMaurice Cheeks lost his job with the Philadelphia 76ers on Saturday. Ed "
		"Stefanski named Tony DiLeo, and the Orlando Magic game was the last.\n",
		"Title: Farm prices\n\nBill Hartley, a grain farmer in Iowa, said corn prices fell in Des Moines "
		"on Monday.\n",
		"Title: Bank results\n\nWilliam Hartley, the chairman of Lloyds, said profits rose in London.\n",
		"Title: Weather\n\nSnow fell in Toronto and Montreal on Tuesday.\n",
		"Title: Markets\n\nShares rose in Tokyo and Frankfurt on Wednesday.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t mo = entity_in(t, c, 0, "Mo Cheeks");
	size_t m = entity_in(t, c, 1, "Maurice Cheeks");
	CHECK(mo != SIZE_MAX && mo == m);
	size_t bill = entity_in(t, c, 2, "Bill Hartley");
	size_t william = entity_in(t, c, 3, "William Hartley");
	CHECK(bill != SIZE_MAX && william != SIZE_MAX && bill != william);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_namesakes_apart(void)
{
	/* Two people of one surname whose given names are not forms of one
	 * name stay two, in one story and across related ones; a familiar
	 * form that could be either of two (Pat: Patrick, Patricia) joins
	 * neither. */
	const char *texts[] = {
		"Title: Climbers\n\nMark Vinar and Miles Vinar climbed Mount Aspiring on Monday. Mark Vinar said "
		"the weather was fine.\n",
		"Title: Climbers safe\n\nMiles Vinar reached Mount Aspiring hut with Mark Vinar, rangers said.\n",
		"Title: Twins\n\nPatrick Dunleavy and Patricia Dunleavy opened a bakery in Galway. Pat Dunleavy "
		"bakes the bread.\n",
		"Title: Bakery\n\nPat Dunleavy, Patrick Dunleavy and Patricia Dunleavy sell bread in Galway.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t mark = entity_in(t, c, 0, "Mark Vinar");
	size_t miles = entity_in(t, c, 0, "Miles Vinar");
	size_t miles1 = entity_in(t, c, 1, "Miles Vinar");
	size_t mark1 = entity_in(t, c, 1, "Mark Vinar");
	CHECK(mark != SIZE_MAX && miles != SIZE_MAX && mark != miles);
	CHECK(mark == mark1 && miles == miles1);
	size_t patrick = entity_in(t, c, 2, "Patrick Dunleavy");
	size_t patricia = entity_in(t, c, 2, "Patricia Dunleavy");
	CHECK(patrick != SIZE_MAX && patricia != SIZE_MAX && patrick != patricia);
	size_t pat = entity_in(t, c, 3, "Pat Dunleavy");
	CHECK(pat != SIZE_MAX && pat != patrick && pat != patricia);
	CHECK(entity_in(t, c, 3, "Patrick Dunleavy") == patrick && entity_in(t, c, 3, "Patricia Dunleavy") == patricia);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_misspelt_person(void)
{
	/* A surname misspelt by a letter in a related story is the person;
	 * a given name that a last letter makes another (Louis, Louise) and a
	 * short surname with a letter changed (Hill, Hall) are other people. */
	const char *texts[] = {
		"Title: Climber dies\n\nDuncan Rait died on Mount Sefton near Aoraki Mount Cook, the Department "
		"of Conservation said.\n",
		"Title: Climber named\n\nThe climber who died on Mount Sefton was Duncan Raite, the Department of "
		"Conservation said near Aoraki Mount Cook.\n",
		"Title: Bakery\n\nLouis Martin and Louise Martin opened a bakery in Lyon. John Hill and John Hall "
		"sold them flour.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t rait = entity_in(t, c, 0, "Duncan Rait");
	size_t raite = entity_in(t, c, 1, "Duncan Raite");
	CHECK(rait != SIZE_MAX && rait == raite);
	size_t louis = entity_in(t, c, 2, "Louis Martin");
	size_t louise = entity_in(t, c, 2, "Louise Martin");
	CHECK(louis != SIZE_MAX && louise != SIZE_MAX && louis != louise);
	size_t hill = entity_in(t, c, 2, "John Hill");
	size_t hall = entity_in(t, c, 2, "John Hall");
	CHECK(hill != SIZE_MAX && hall != SIZE_MAX && hill != hall);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_place_suffix(void)
{
	/* A place of two words that no list knows is the place the story
	 * names with more words before them, but not where those words make
	 * another place of it (West, New). */
	const char *texts[] = {
		"Title: Rescue\n\nTwo climbers were rescued on Aoraki Mount Tarren on Sunday. Mount Tarren is the "
		"highest peak in the region.\n\nThe crash closed State Route 94 near Dulzura. Route 94 reopened "
		"on Monday.\n",
		"Title: Roads\n\nFloods hit West Kerran Valley on Monday. Rain also fell in Kerran Valley on "
		"Tuesday.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t full = entity_in(t, c, 0, "Aoraki Mount Tarren");
	size_t part = entity_in(t, c, 0, "Mount Tarren");
	CHECK(full != SIZE_MAX && full == part);
	size_t road = entity_in(t, c, 0, "State Route 94");
	size_t road1 = entity_in(t, c, 0, "Route 94");
	CHECK(road != SIZE_MAX && road == road1);
	size_t west = entity_in(t, c, 1, "West Kerran Valley");
	size_t valley = entity_in(t, c, 1, "Kerran Valley");
	CHECK(west != SIZE_MAX && valley != SIZE_MAX && west != valley);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_place_suffix_corpus(void)
{
	/* In another story too, a place of two words no list knows is the
	 * one place named with more words before them, but not where those
	 * words are a place ("Jacksonville Municipal Stadium" is not every
	 * "Municipal Stadium"). */
	const char *texts[] = {
		"Title: Crash\n\nA truck crash closed State Route 94 near Dulzura on Monday.\n",
		"Title: Road open\n\nRoute 94 reopened near Dulzura on Tuesday after the crash.\n",
		"Title: Game\n\nThe Jaguars beat the Colts at Jacksonville Municipal Stadium on Sunday.\n",
		"Title: Concert\n\nThe band played at Municipal Stadium in Charleston on Friday.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t road = entity_in(t, c, 0, "State Route 94");
	size_t road1 = entity_in(t, c, 1, "Route 94");
	CHECK(road != SIZE_MAX && road == road1);
	size_t jax = entity_in(t, c, 2, "Jacksonville Municipal Stadium");
	size_t other = entity_in(t, c, 3, "Municipal Stadium");
	CHECK(jax != SIZE_MAX && other != SIZE_MAX && jax != other);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_place_not_local_body(void)
{
	/* One story's text joins the town to the church named after it; in
	 * the other stories, where the town stands alone as a place, it stays
	 * the town. */
	const char *texts[] = {
		"Title: Church fire\n\nA handful of people were inside the Wasilla Bible Church when the fire "
		"started on Friday .\n\nWasilla , Mrs Palin 's home town , is 64 kilometres north of Anchorage .\n",
		"Title: Fire in Alaska\n\nFirefighters in Wasilla , Alaska fought a blaze on Friday. Police in "
		"Wasilla said nobody was hurt.\n",
		"Title: Town\n\nWasilla is a small town north of Anchorage , and the Wasilla Bible Church stands "
		"there .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t church = entity_in(t, c, 2, "Wasilla Bible Church");
	size_t town1 = entity_in(t, c, 1, "Wasilla");
	size_t town2 = entity_in(t, c, 2, "Wasilla");
	CHECK(church != SIZE_MAX && town1 != SIZE_MAX && town1 != church);
	CHECK(town2 == town1);
	CHECK(town1 != SIZE_MAX && t->v[town1].type == NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_facility_names(void)
{
	/* One facility under its kinds of name across stories (Center,
	 * Clinic, Treatment Center; Police Department and Police) is one; a
	 * facility of another name stays apart. */
	const char *texts[] = {
		"Title: Rehab\n\nThe actress checked into the Betty Ford Center on Monday , her lawyer said .\n",
		"Title: Rehab again\n\nThe actress arrived at the Betty Ford Clinic in Rancho Mirage on Tuesday .\n",
		"Title: Stay\n\nShe stays at the Betty Ford Treatment Center , not the Cliffside Rehab Center .\n",
		"Title: Arrest\n\nThe Staunton Police Department arrested a woman on Monday .\n",
		"Title: Charged\n\nThe woman was charged on Tuesday , the Staunton Police said .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t center = entity_in(t, c, 0, "Betty Ford Center");
	size_t clinic = entity_in(t, c, 1, "Betty Ford Clinic");
	size_t treat = entity_in(t, c, 2, "Betty Ford Treatment Center");
	size_t other = entity_in(t, c, 2, "Cliffside Rehab Center");
	CHECK(center != SIZE_MAX && center == clinic && center == treat);
	CHECK(other != SIZE_MAX && other != center);
	size_t dept = entity_in(t, c, 3, "Staunton Police Department");
	size_t police = entity_in(t, c, 4, "Staunton Police");
	CHECK(dept != SIZE_MAX && dept == police);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_sea_alone(void)
{
	/* "The Mediterranean" is the Mediterranean Sea in another story; Java,
	 * an island the lexicon does not list with its sea, is not the Java
	 * Sea. */
	const char *texts[] = {
		"Title: Cable\n\nA cable under the Mediterranean Sea was cut on Friday near Alexandria .\n",
		"Title: Repair\n\nShips will repair the cable in the Mediterranean next week , officials said .\n",
		"Title: Ferry\n\nA ferry sank in the Java Sea on Monday .\n",
		"Title: Rescue\n\nSurvivors were taken to Java on Tuesday , officials said .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t sea = entity_in(t, c, 0, "Mediterranean Sea");
	size_t alone = entity_in(t, c, 1, "Mediterranean");
	CHECK(sea != SIZE_MAX && sea == alone);
	size_t jsea = entity_in(t, c, 2, "Java Sea");
	size_t java = entity_in(t, c, 3, "Java");
	CHECK(jsea != SIZE_MAX && java != SIZE_MAX && jsea != java);
	entity_table_free(t);
	corpus_free(c);
}

/* An entity is named as most of its mentions write it, not as the first
 * story did ("Zarnia Steel corp" once, "Zarnia Steel Corp" three times);
 * a headline's capitals count for nothing. */
static void test_entity_spelling_vote(void)
{
	const char *texts[] = {
		"Title: Steel\n\nZarnia Steel corp said on Monday it would cut output .\n",
		"Title: ZARNIA STEEL CORP CUTS OUTPUT\n\nZarnia Steel Corp said on Tuesday it cut output .\n",
		"Title: Output\n\nZarnia Steel Corp said on Wednesday that output fell .\n",
		"Title: Jobs\n\nZarnia Steel Corp said on Thursday that it would cut jobs .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t id = entity_in(t, c, 0, "Zarnia Steel corp");
	CHECK(id != SIZE_MAX && id == entity_in(t, c, 2, "Zarnia Steel Corp"));
	CHECK(id != SIZE_MAX && strcmp(t->v[id].name, "Zarnia Steel Corp") == 0);
	if (id != SIZE_MAX && strcmp(t->v[id].name, "Zarnia Steel Corp") != 0)
		printf("#   named \"%s\"\n", t->v[id].name);
	entity_table_free(t);
	corpus_free(c);
}

/* An acronym is named as the stories' text writes it, in capitals among
 * words in lower case ("KORVEX" three times, "Korvex" once), not by its
 * one mixed-case spelling; a headline's capitals still count for
 * nothing ("DRALMOND" of a headline beside "Dralmond" of the text). */
static void test_entity_spelling_acronym(void)
{
	const char *texts[] = {
		"Title: Oil\n\nThe state oil company Korvex said on Monday it would raise output.\n",
		"Title: Output\n\nOfficials at KORVEX said on Tuesday that output rose.\n",
		"Title: Exports\n\nThe chief of KORVEX said on Wednesday that exports fell.\n",
		"Title: Jobs\n\nWorkers at KORVEX said on Thursday they would strike.\n",
		"Title: DRALMOND TO CUT JOBS AT MILLS\n\nThe miller Dralmond said on Friday it would cut jobs.\n",
		"Title: DRALMOND SEES LOSS\n\nThe miller Dralmond said on Friday it expected a loss.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t id = entity_in(t, c, 1, "KORVEX");
	CHECK(id != SIZE_MAX && id == entity_in(t, c, 0, "Korvex"));
	CHECK(id != SIZE_MAX && strcmp(t->v[id].name, "KORVEX") == 0);
	if (id != SIZE_MAX && strcmp(t->v[id].name, "KORVEX") != 0)
		printf("#   named \"%s\"\n", t->v[id].name);
	size_t d = entity_in(t, c, 4, "Dralmond");
	CHECK(d != SIZE_MAX && strcmp(t->v[d].name, "Dralmond") == 0);
	entity_table_free(t);
	corpus_free(c);
}

/* A comma is no part of a name's identity: "Zolter, Brannock and Co" of
 * one story is "Zolter Brannock and Co" of another. */
static void test_entity_comma_key(void)
{
	const char *texts[] = {
		"Title: Offer\n\nThe notes were managed by Zolter, Brannock and Co , the dealer said on Monday .\n",
		"Title: Bonds\n\nZolter Brannock and Co said on Tuesday that demand for the bonds was strong .\n",
	};
	CHECK(entity_same(texts, 2, 0, "Zolter, Brannock and Co", 1, "Zolter Brannock and Co") == 1);
	/* Nor is the sign for "and". */
	const char *amp[] = {
		"Title: Offer\n\nThe notes were managed by Zolter, Brannock & Co , the dealer said on Monday .\n",
		"Title: Bonds\n\nShares of Zolter, Brannock and Co rose on Tuesday as demand for the bonds grew .\n",
	};
	CHECK(entity_same(amp, 2, 0, "Zolter, Brannock & Co", 1, "Zolter, Brannock and Co") == 1);
}

static void test_entity_place_not_its_exchange(void)
{
	/* One story joins "New York" to the "New York Mercantile" exchange
	 * it names; the corpus, which names the city far more often, keeps
	 * the city a place, and the place it is there too. */
	const char *texts[] = {
		"Title: Oil traders wary\n\nOil traders in New York said the filing added uncertainty, and one New "
		"York trader said prices on the New York Mercantile fell.\n",
		"Title: City budget\n\nThe mayor of New York said the city would cut spending. New York will hire fewer "
		"teachers, officials in New York said.\n",
		"Title: Storm\n\nA storm hit New York on Monday. Flights to New York were cancelled and schools in New York "
		"closed.\n",
		"Title: Marathon\n\nRunners crowded the streets of New York on Sunday as New York held its marathon.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t city = entity_nth(t, c, 1, "New York", 0);
	CHECK(city != SIZE_MAX && t->v[city].type == NER_PLACE);
	CHECK(entity_nth(t, c, 2, "New York", 0) == city);
	CHECK(entity_nth(t, c, 0, "New York", 0) != entity_nth(t, c, 0, "New York Mercantile", 0));
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_team_by_city(void)
{
	/* In a sports story a city standing as a side of a game is the one
	 * team the corpus names after it, where another story writes the
	 * team's full name; "in Jacksonville" stays the city, and a story
	 * about no sport keeps the city a place. */
	const char *texts[] = {
		("Title: Colts win\n\nThe Indianapolis Colts overcame Jacksonville 31-24 on Thursday to reach the "
		 "play-offs. Manning threw three touchdowns in Jacksonville as the Colts won in the league.\n"),
		"Title: Jaguars lose\n\nThe Jacksonville Jaguars lost to the Colts , and fans were angry .\n",
		"Title: Port\n\nJacksonville plans to widen its port , the mayor said .\n",
	};
	size_t n = sizeof texts / sizeof *texts;
	CHECK(entity_same(texts, n, 1, "Jacksonville Jaguars", 0, "Jacksonville") == 1);
	CHECK(entity_same(texts, n, 1, "Jacksonville Jaguars", 2, "Jacksonville") == 0);
	/* The second "Jacksonville" of the first story, "in Jacksonville". */
	struct corpus *c;
	struct entity_table *t = check_linked(texts, n, &c);
	CHECK(entity_nth(t, c, 0, "Jacksonville", 1) != entity_in(t, c, 1, "Jacksonville Jaguars"));
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_singular_bodies(void)
{
	/* A city's body of one singular word is no team ("Leeds Newsroom"
	 * of a sign-off, "Leeds Coastguard"): the city standing as a side
	 * in a sports story is not it (invented stories). */
	const char *texts[] = {
		("CRICKET - 1998 TOUR ITINERARY .\nstarting on May 13 next year , the Test and County Cricket Board "
		 "said .\nAugust 21-25 Sixth test ( at Headingley , Leeds ) .\n"),
		"Shares in Tarnby Mining rose 5 percent on Friday .\n-- Jim Ballard , Leeds Newsroom +44 113 542 8062\n",
	};
	CHECK(entity_same(texts, 2, 1, "Leeds Newsroom", 0, "Leeds") == 0);
}

static void test_entity_arabic_article(void)
{
	/* An Arabic surname is written without its article too, within
	 * the story; a name without the article is not another's. */
	const char *texts[] = {
		("The minister, Khalid al-Tarveli, spoke on Monday.\n\nLater Mr. Tarveli said the talks had "
		 "failed.\n\nThe envoy Samir el-Dabbousi said so too, and Mr. Dabbousi left.\n"),
	};
	CHECK(entity_same(texts, 1, 0, "Khalid al-Tarveli", 0, "Tarveli") == 1);
	CHECK(entity_same(texts, 1, 0, "Samir el-Dabbousi", 0, "Dabbousi") == 1);
	CHECK(entity_same(texts, 1, 0, "Khalid al-Tarveli", 0, "Dabbousi") == 0);
}

static void test_entity_known_body_editions(void)
{
	/* A body a list knows is not the longer name of an edition or a
	 * unit named after it, but is its name with a legal form or a head
	 * word (joined by "and"). */
	const char *texts[] = {
		("The New York Times en Español closed in 2019, the New York Times said on Monday.\n\nThe Federal "
		 "Reserve Board met on Tuesday. The Federal Reserve raised rates.\n\nMerrill Lynch and Co Inc said "
		 "profits rose. Merrill Lynch shares fell.\n"),
	};
	CHECK(entity_same(texts, 1, 0, "New York Times en Español", 0, "New York Times") == 0);
	CHECK(entity_same(texts, 1, 0, "Federal Reserve Board", 0, "Federal Reserve") == 1);
	CHECK(entity_same(texts, 1, 0, "Merrill Lynch and Co Inc", 0, "Merrill Lynch") == 1);
	/* A longer name the list gives as the body's other name is it. */
	const char *market[] = { "Whole Foods Market said sales rose. Whole Foods shares gained on Monday.\n" };
	CHECK(entity_same(market, 1, 0, "Whole Foods Market", 0, "Whole Foods") == 1);
	/* A place's name the model took for a body's is not the body named
	 * after the place, but is the company named so. */
	const char *more[] = {
		("Shares of Tarnby Corp rose on the New York Stock Exchange on Monday.\n\n\"It will hit the whole "
		 "market,\" one New York trader said.\n\nSan Miguel Corp said profits rose. San Miguel shares "
		 "gained.\n"),
	};
	CHECK(entity_named(more, 1, 0, "New York", "New York"));
	/* And it is the place, to vote with the story's places. */
	struct corpus *c;
	struct entity_table *t = check_linked(more, 1, &c);
	CHECK(mention_type_nth(t, c, 0, "New York", 0) == NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
	CHECK(entity_same(more, 1, 0, "San Miguel Corp", 0, "San Miguel") == 1);
}

static void test_entity_country_bodies(void)
{
	/* A body the lists file under its country is a body of its own
	 * where its name ends in a body's head word. */
	const char *texts[] = {
		("The Palestinian Authority said it would join the court. Palestine is recognised by 130 "
		 "states.\n\nThe Russian Federation objected, and Russia said so.\n"),
	};
	CHECK(entity_same(texts, 1, 0, "Palestinian Authority", 0, "Palestine") == 0);
	CHECK(entity_same(texts, 1, 0, "Russian Federation", 0, "Russia") == 1);
	/* Named so, not "Palestine" as an organization beside the place. */
	CHECK(entity_named(texts, 1, 0, "Palestinian Authority", "Palestinian Authority"));
}

static void test_entity_bracket_nicknames(void)
{
	/* A nickname in brackets or quotes inside a person's name, alone,
	 * is the person (invented people). */
	const char *texts[] = {
		("Police shot Dario (Dee) Varnholt, 16, on Saturday. Friends said Dee was unarmed.\n\nThe mayor, "
		 "Tomas \"The Hammer\" Kessel, spoke. Hammer said little.\n"),
	};
	CHECK(entity_same(texts, 1, 0, "Dario (Dee) Varnholt", 0, "Dee") == 1);
	CHECK(entity_same(texts, 1, 0, "Tomas \"The Hammer\" Kessel", 0, "Hammer") == 1);
}

static void test_entity_team_nickname(void)
{
	/* A team of a city and a plural nickname is one organization in a
	 * sports story, whether the model took the city for the place and
	 * the nickname for a person (the first story) or the whole for a
	 * place (the second), and the nickname alone is that team (also where
	 * the story does not name it in full); a place
	 * that ends with a word places end with stays a place, and a story
	 * of no sport is left as the model read it. */
	const char *texts[] = {
		("The New Orleans Herons placed running back Dale Kestrel on Injured Reserve Wednesday , ending the "
		 "rookie 's season two games short of the finale with a sprained ligament in his knee .\n"
		 "Kestrel missed three games earlier this season after surgery on his knee and it appears it was hurt "
		 "again in the Herons ' Thursday night loss to Chicago .\n"
		 "`` For now it is rest , '' Herons Head Coach Walt Fenner said .\n"
		 "Kestrel was unavailable for comment Wednesday and will see Dr. Mark Fenwick in Birmingham , Ala. , "
		 "on Friday .\n"
		 "He missed games against San Diego , Atlanta , Kansas City and Green Bay this season after getting "
		 "hurt in New Orleans ' 30-7 loss at Carolina .\n"
		 "He had two touchdowns in the league this year .\n"),
		("The San Antonio Knights placed running back Dale Kestrel on Injured Reserve Wednesday , ending his "
		 "season two games short of the finale .\n"
		 "Kestrel missed four games earlier this season and was hurt again in the Knights ' Thursday night "
		 "loss to Chicago .\n"
		 "Kestrel ran for two touchdowns in the league this year .\n"
		 "He missed games against San Diego , Atlanta , Kansas City and Green Bay after getting injured in "
		 "San Antonio ' 30-7 loss at Carolina .\n"),
		"The players trained in Oakland Hills before the league game , and the quarterback threw two touchdowns .\n",
		("Kestrel leads Mallards past Omaha\n"
		 "Dale Kestrel threw two touchdowns and the Mallards beat Omaha 20-13 on Sunday to clinch a playoff "
		 "berth .\n"
		 "`` It was not pretty , '' said Kestrel , whose pass to Walt Fenner put the Mallards ahead .\n"
		 "The Mallards ' defence held in the fourth quarter .\n"),
		("Rugby union - Dale Kestrel joins club .\nLONDON 1996-08-30\n"
		 "England scrum-half Dale Kestrel has signed for the coming season , the club said on Friday .\n"
		 "The new Welsh connection at Corsairs also made a good start in the league , with two tries in the "
		 "first match .\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 5, &c);
	size_t herons = entity_in(t, c, 0, "New Orleans Herons");
	CHECK(herons != SIZE_MAX && t->v[herons].type == NER_ORG);
	CHECK(herons != SIZE_MAX && entity_nth(t, c, 0, "Herons", 0) == herons);
	size_t knights = entity_in(t, c, 1, "San Antonio Knights");
	CHECK(knights != SIZE_MAX && t->v[knights].type == NER_ORG);
	CHECK(knights != SIZE_MAX && entity_in(t, c, 1, "Knights") == knights);
	size_t hills = entity_in(t, c, 2, "Oakland Hills");
	CHECK(hills != SIZE_MAX && t->v[hills].type == NER_PLACE);
	/* The nickname alone: "the Mallards '" the model took for a
	 * person, "at Corsairs" for a place. */
	size_t mallards = entity_nth(t, c, 3, "Mallards", 3);
	CHECK(mallards != SIZE_MAX && t->v[mallards].type == NER_ORG);
	size_t corsairs = entity_in(t, c, 4, "Corsairs");
	CHECK(corsairs != SIZE_MAX && t->v[corsairs].type == NER_ORG);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_team_words(void)
{
	/* A sports story's team by a nickname the model does not take for a
	 * name (a plural news writes in lower case: "judges") after "the" is
	 * the team there, in the headline and in capitals; the same word is
	 * no team in a story of no sport, and a name found is left as it is
	 * (a surname alone after "the"). Invented names. */
	const char *texts[] = {
		("Colts Beat Judges 20 - 13\n\nCOLTS TOP JUDGES\n\nAndrew Quillen threw two touchdown passes as the "
		 "Colts dispatched the Judges 20-13 on Sunday in the playoffs. The quarterback said the Judges had won "
		 "five straight games, and the coach praised the defense.\n"),
		("The court said the Judges would rule in May, and the appeal was heard on Monday.\n"),
		("Walt Rivers threw two touchdown passes in the playoffs on Sunday, and the quarterback praised the "
		 "defense. Ella Rivers said the Rivers watched the game from the stands.\n"),
		("Quillen leads Colts\n\nThe Judges placed running back Dale Kestrel on injured reserve after the "
		 "playoffs. The quarterback said the league would rule on the touchdown.\n"),
		("COLTS TOP JUDGES 20 - 13\n\nAndrew Quillen threw two touchdown passes as Indianapolis beat the Denver "
		 "Judges 20-13 on Sunday in the playoffs, and the quarterback praised the defense of the league.\n"),
		("Dale Kestrel threw two touchdown passes in the playoffs on Sunday, and the quarterback praised the "
		 "league. He read The Judges of the North, a novel.\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 6, &c);
	size_t judges = entity_nth(t, c, 0, "Judges", 2);
	CHECK(judges != SIZE_MAX && t->v[judges].type == NER_ORG);
	CHECK(judges != SIZE_MAX && entity_nth(t, c, 0, "Judges", 0) == judges);
	CHECK(judges != SIZE_MAX && entity_nth(t, c, 0, "JUDGES", 0) == judges);
	CHECK(entity_in(t, c, 1, "Judges") == SIZE_MAX);
	CHECK(mention_type_nth(t, c, 2, "Rivers", 0) == NER_PERSON);
	/* "The" opening a sentence; the nickname of the team the story
	 * names in full, in its headline's capitals. */
	CHECK(mention_type_nth(t, c, 3, "Judges", 0) == NER_ORG);
	CHECK(mention_type_nth(t, c, 4, "JUDGES", 0) == NER_ORG);
	/* A title's head before its "of" is no team. */
	CHECK(entity_in(t, c, 5, "Judges") == SIZE_MAX);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_outlets(void)
{
	/* An outlet's site by its address and its paper with its kind after
	 * it are the outlet the corpus names, spaced or not, and named by
	 * it (an invented outlet). */
	const char *texts[] = {
		"The senator told Kestrel Weekly magazine that she would run. Kestrel Weekly first reported the plan.\n",
		"The plan was first reported by KestrelWeekly.com on Monday, citing aides.\n",
		"Kestrel Weekly Magazine said on Friday that the senator had declined to comment.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	size_t outlet = entity_in(t, c, 0, "Kestrel Weekly");
	CHECK(outlet != SIZE_MAX && entity_in(t, c, 1, "KestrelWeekly.com") == outlet);
	CHECK(outlet != SIZE_MAX && entity_in(t, c, 2, "Kestrel Weekly Magazine") == outlet);
	CHECK(outlet != SIZE_MAX && strcmp(t->v[outlet].name, "Kestrel Weekly") == 0);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_team_two_word_nickname(void)
{
	/* A nickname of two words ("Tar Heels") after the place makes one
	 * team, and the nickname alone is it; a country a list knows is no
	 * nickname ("United States"), nor a town's last word ("Tunbridge
	 * Wells"). Invented names. */
	const char *texts[] = {
		("Title: Kestrels rout Vellmont\n\nDale Kestrel had 24 points and seven rebounds in a balanced "
		 "attack, and the third-ranked North Carolina Purple Kestrels bounced back from their first loss "
		 "with a 108-70 rout of Vellmont on Sunday.\n\nThe Purple Kestrels led by 30 points at halftime, "
		 "and the coach said the team played its best game of the season against the United States.\n\n"
		 "Essex kept their nerve against struggling Dorsetshire in a low-scoring match at Corvan Wells .\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	size_t team = entity_in(t, c, 0, "North Carolina Purple Kestrels");
	CHECK(team != SIZE_MAX && t->v[team].type == NER_ORG);
	CHECK(team != SIZE_MAX && entity_in(t, c, 0, "Purple Kestrels") == team);
	CHECK(mention_type_nth(t, c, 0, "United States", 0) == NER_PLACE);
	CHECK(mention_type_nth(t, c, 0, "Corvan Wells", 0) == NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_team_school_nickname(void)
{
	/* A team of a school's or a club's name and a nickname, standing
	 * where a side's score does, goes by the nickname and, in other
	 * stories, by the name alone (invented names). */
	const char *texts[] = {
		("Title: Kestrels roll in basketball tournament\n\nNo. 1 Vellmont Kestrels 65, No. 9 Tolmar Otters "
		 "53. The Kestrels led by 10 points at halftime, the coach said.\n"),
		("Title: Basketball: Vellmont wins\n\nVellmont beat Tolmar 65-53 on Friday in the basketball "
		 "tournament, and the Kestrels will play again in the semifinal, the coach said.\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 2, &c);
	size_t kestrels = entity_in(t, c, 0, "Vellmont Kestrels");
	CHECK(kestrels != SIZE_MAX && entity_in(t, c, 0, "Kestrels") == kestrels);
	CHECK(kestrels != SIZE_MAX && entity_in(t, c, 1, "Kestrels") == kestrels);
	size_t otters = entity_in(t, c, 0, "Tolmar Otters");
	CHECK(otters != SIZE_MAX && entity_in(t, c, 1, "Tolmar") == otters);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_dateline_place(void)
{
	/* The place a story was filed from is that place in its body too,
	 * where the model took it for another name (the first story); not a
	 * team in a sports story (the second), nor the short form of a
	 * company named after the town (the third). */
	const char *texts[] = {
		("Title: PLANT TO CLOSE\n\n    BRAXTONVILLE, Ohio, March 4 - Trellium Corp said it will\nclose its "
		 "plant in two years and move the work to Texas.\n    The plant employs 400 people, and Braxtonville "
		 "officials\nsaid they would try to find a buyer. Braxtonville has lost\nthree plants since 1980.\n"
		 "    Reuter\n"),
		("Title: SOCCER - KESTREL TO COACH GRANVOLD\n\n    GRANVOLD, France, Aug 30 - Dale Kestrel is to coach "
		 "struggling\nfirst division side Granvold, the club said on Friday.\n    Kestrel takes over after "
		 "Granvold's home defeat to Lens 2-1 in the\nleague. Granvold have been unable to win any of their four "
		 "league\ngames this season and the coach was fired after the match.\n    Reuter\n"),
		("Title: EARNINGS\n\n    QUORVALE, N.Y., March 4 - Quorvale Glass Works Inc said its first\nquarter "
		 "profit rose 12 pct on higher sales of optical fiber.\n    Quorvale also said it would buy back two mln "
		 "of its shares, and\nanalysts said Quorvale stock was cheap.\n    Reuter\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	for (int k = 0; k < 2; k++)
		CHECK(mention_type_nth(t, c, 0, "Braxtonville", k) == NER_PLACE);
	/* "side Granvold", the team. */
	CHECK(mention_type_nth(t, c, 1, "Granvold", 0) == NER_ORG);
	for (int k = 0; k < 2; k++)
		CHECK(mention_type_nth(t, c, 2, "Quorvale", k) == NER_ORG);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_version_acronyms(void)
{
	/* A name's version is in its acronym ("IE8" of "Internet Explorer
	 * 8"), and the acronym without one is the name without one. */
	const char *texts[] = {
		"Title: Patch\n\nMicrosoft issued a patch for Internet Explorer on Tuesday . The flaw is used in attacks "
		"on Internet Explorer 8 .\nUsers of IE8 should update , and users of IE should too .\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	size_t ie = entity_in(t, c, 0, "Internet Explorer"), ie8 = entity_in(t, c, 0, "Internet Explorer 8");
	CHECK(ie != SIZE_MAX && ie8 != SIZE_MAX && ie != ie8);
	CHECK(entity_in(t, c, 0, "IE8") == ie8);
	CHECK(entity_in(t, c, 0, "IE") == ie);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_dateline_town(void)
{
	/* The town that many stories' datelines name is not the company
	 * named after it that one story names ("Quarlton said" there), and
	 * stays a place. */
	const char *texts[] = {
		("Title: QUARLTON CORP FILES OFFERING\n\n    NEW YORK, April 8 - Quarlton Corp said it filed with the\n"
		 "Securities and Exchange Commission for an offering of two mln shares.\n    Proceeds will be used to "
		 "repay debt, Quarlton said.\n    Reuter\n"),
		"Title: RESULTS 1\n\n    QUARLTON, Mich., March 1 - Belmar Stores Inc said its\nquarter profit rose 5 pct.\n    Reuter\n",
		"Title: RESULTS 2\n\n    QUARLTON, Mich., March 2 - Belmar Stores Inc said its\nquarter profit rose 10 pct.\n    Reuter\n",
		"Title: RESULTS 3\n\n    QUARLTON, Mich., March 3 - Belmar Stores Inc said its\nquarter profit rose 15 pct.\n    Reuter\n",
		"Title: RESULTS 4\n\n    QUARLTON, Mich., March 4 - Belmar Stores Inc said its\nquarter profit rose 20 pct.\n    Reuter\n",
		"Title: RESULTS 5\n\n    QUARLTON, Mich., March 5 - Belmar Stores Inc said its\nquarter profit rose 25 pct.\n    Reuter\n",
		"Title: RESULTS 6\n\n    QUARLTON, Mich., March 6 - Belmar Stores Inc said its\nquarter profit rose 30 pct.\n    Reuter\n",
		"Title: RESULTS 7\n\n    QUARLTON, Mich., March 7 - Belmar Stores Inc said its\nquarter profit rose 35 pct.\n    Reuter\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t company = entity_in(t, c, 0, "Quarlton Corp");
	CHECK(company != SIZE_MAX && t->v[company].type == NER_ORG);
	CHECK(company != SIZE_MAX && entity_in(t, c, 0, "Quarlton") == company);
	size_t town = entity_in(t, c, 1, "QUARLTON");
	CHECK(town != SIZE_MAX && t->v[town].type == NER_PLACE && town != company);
	CHECK(town != SIZE_MAX && entity_in(t, c, 7, "QUARLTON") == town);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_organ_apart(void)
{
	/* A body a list knows is not the long form of its organs: the
	 * United Nations is not a conference it holds. Its board is the
	 * body itself, as news writes it (the Federal Reserve Board). */
	const char *texts[] = {
		("Title: FISHERIES TALKS OPEN\n\n    GENEVA, March 4 - Delegates from 40 countries met at the\nUnited "
		 "Nations Conference on Coastal Fisheries on Monday to\ndiscuss quotas. The United Nations said talks "
		 "would last a week.\n    Reuter\n"),
		("Title: FED HOLDS RATES\n\n    WASHINGTON, March 4 - The Federal Reserve Board left its\ndiscount rate "
		 "unchanged, and the Federal Reserve said prices were\nsteady.\n    Reuter\n"),
		/* Nor is it a programme of its own: two head words name a
		 * body of its own. */
		("Title: AID FOR FARMERS\n\n    NEW YORK, March 4 - The United Nations Development Programme\nsaid it "
		 "would fund wells. The United Nations said farmers\nneeded seed.\n    Reuter\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t prog = entity_in(t, c, 2, "United Nations Development Programme");
	size_t un2 = entity_in(t, c, 2, "United Nations");
	CHECK(prog != SIZE_MAX && un2 != SIZE_MAX && prog != un2 && strcmp(t->v[un2].name, "United Nations") == 0);
	size_t un = entity_in(t, c, 0, "United Nations");
	size_t conf = entity_in(t, c, 0, "United Nations Conference on Coastal Fisheries");
	CHECK(un != SIZE_MAX && conf != SIZE_MAX && un != conf);
	size_t fed = entity_in(t, c, 1, "Federal Reserve");
	CHECK(fed != SIZE_MAX && fed == entity_in(t, c, 1, "Federal Reserve Board"));
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_acronym_list_spells_out(void)
{
	/* An acronym whose full name the lists give does not join another
	 * story's organization of the same initials: this ANC is the
	 * African National Congress, not Ardent Nordic Capital. */
	const char *texts[] = {
		("Title: ARDENT NORDIC CAPITAL BUYS STAKE\n\n    STOCKHOLM, March 4 - Ardent Nordic Capital said it "
		 "bought a\n20 pct stake in a Swedish shipping line for 40 mln crowns.\n    Reuter\n"),
		("Title: SOUTH AFRICA TALKS\n\n    LUSAKA, March 4 - The ANC said it would meet business leaders\nnext "
		 "week to discuss sanctions.\n    Reuter\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t firm = entity_in(t, c, 0, "Ardent Nordic Capital");
	size_t anc = entity_in(t, c, 1, "ANC");
	CHECK(firm != SIZE_MAX && anc != SIZE_MAX && firm != anc);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_generations_apart(void)
{
	/* A father and a son of one name are two people across stories, as
	 * their suffixes say; the son with his middle initial is the son, and
	 * the name without a suffix the father's. */
	const char *texts[] = {
		("Title: MARLOWE CARE NAMES CHAIRMAN\n\n    SILVER SPRING, Md., March 4 - Marlowe Care Inc said vice\n"
		 "chairman Quentin Farrow Jr., 40, has been named chairman,\nsucceeding his father Quentin Farrow Sr., who "
		 "retires.\n    Reuter\n"),
		("Title: MARLOWE CARE FOUNDER RETIRES\n\n    SILVER SPRING, Md., March 5 - Marlowe Care Inc founder "
		 "Quentin\nFarrow Sr. said he would retire after 30 years.\n    Reuter\n"),
		("Title: MARLOWE CARE CHAIRMAN SPEAKS\n\n    SILVER SPRING, Md., March 6 - Quentin A. Farrow Jr., "
		 "chairman\nof Marlowe Care Inc, said sales would rise.\n    Reuter\n"),
		("Title: NURSING HOMES\n\n    WASHINGTON, March 7 - Quentin Farrow, who founded Marlowe Care\nInc 30 "
		 "years ago, told Congress nursing homes need more staff.\n    Reuter\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t son = entity_in(t, c, 0, "Quentin Farrow Jr.");
	size_t father = entity_in(t, c, 0, "Quentin Farrow Sr.");
	CHECK(son != SIZE_MAX && father != SIZE_MAX && son != father);
	CHECK(father != SIZE_MAX && entity_in(t, c, 1, "Quentin\nFarrow Sr.") == father);
	CHECK(son != SIZE_MAX && entity_in(t, c, 2, "Quentin A. Farrow Jr.") == son);
	/* Without a suffix, the father, whom "Sr." tells from his son. */
	CHECK(father != SIZE_MAX && entity_in(t, c, 3, "Quentin Farrow") == father);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_institution_country(void)
{
	/* A ministry named without its state is its story's country's: two
	 * stories' "Finance Ministry" of Japan are one, Brazil's another. */
	const char *texts[] = {
		("Title: JAPAN BUDGET\n\n    TOKYO, March 4 - Japan's Finance Ministry said the budget\ndeficit would "
		 "narrow next year, and the Finance Ministry\nwould issue fewer bonds.\n    Reuter\n"),
		("Title: BRAZIL DEBT\n\n    BRASILIA, March 4 - Brazil's Finance Ministry said foreign\ndebt talks "
		 "would resume next week.\n    Reuter\n"),
		("Title: JAPAN BONDS\n\n    TOKYO, March 5 - The Finance Ministry said Japan would\nsell more bonds to "
		 "banks, as Japan's economy slows.\n    Reuter\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t japan = entity_in(t, c, 0, "Finance Ministry");
	size_t brazil = entity_in(t, c, 1, "Finance Ministry");
	CHECK(japan != SIZE_MAX && brazil != SIZE_MAX && japan != brazil);
	CHECK(japan != SIZE_MAX && entity_nth(t, c, 0, "Finance Ministry", 1) == japan);
	CHECK(japan != SIZE_MAX && entity_in(t, c, 2, "Finance Ministry") == japan);
	CHECK(japan != SIZE_MAX && strcmp(t->v[japan].name, "Finance Ministry of Japan") == 0);
	CHECK(brazil != SIZE_MAX && strcmp(t->v[brazil].name, "Finance Ministry of Brazil") == 0);
	entity_table_free(t);
	corpus_free(c);
	/* A story that names no country: the city it was filed from says;
	 * not where it names another country (a LONDON story of Tehran
	 * radio), and no other story's "Finance Ministry" decides for it. */
	const char *filed[] = {
		("Title: BOND PRICES\n\n    PARIS, March 6 - The Finance Ministry said it set the price of\nthe new "
		 "bond at 98 pct.\n    Reuter\n"),
		("Title: GULF WAR\n\n    LONDON, March 23 - Tehran radio quoted a Foreign Ministry spokesman\nas "
		 "saying Iran would not interfere in the region.\n    Reuter\n"),
	};
	t = check_linked(filed, sizeof filed / sizeof *filed, &c);
	size_t paris = entity_in(t, c, 0, "Finance Ministry");
	CHECK(paris != SIZE_MAX && strcmp(t->v[paris].name, "Finance Ministry of France") == 0);
	size_t iran = entity_in(t, c, 1, "Foreign Ministry");
	CHECK(iran != SIZE_MAX && strstr(t->v[iran].name, "United Kingdom") == NULL);
	entity_table_free(t);
	corpus_free(c);
	/* The city it was filed from counts as a naming of its country: a
	 * WASHINGTON story that names the state of Georgia once tells no
	 * Georgian court; a BONN story's "West Germany" is its country. */
	const char *state[] = {
		("Title: COURT RULING\n\n    WASHINGTON, March 6 - The Supreme Court let stand a ruling\nagainst "
		 "a bank in Georgia, lawyers said.\n    Reuter\n"),
		("Title: BONN TAX\n\n    BONN, March 6 - The Finance Ministry said West Germany\nwould cut taxes "
		 "next year.\n    Reuter\n"),
	};
	t = check_linked(state, sizeof state / sizeof *state, &c);
	size_t court = entity_in(t, c, 0, "Supreme Court");
	CHECK(court != SIZE_MAX && strstr(t->v[court].name, "Georgia") == NULL);
	size_t bonn = entity_in(t, c, 1, "Finance Ministry");
	CHECK(bonn != SIZE_MAX && strcmp(t->v[bonn].name, "Finance Ministry of West Germany") == 0);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_acronym_not_story_expansion(void)
{
	/* A story's spelling-out of an acronym the lists know otherwise
	 * does not make the corpus's EPA Japan's planning agency. */
	const char *texts[] = {
		("Title: JAPAN GROWTH\n\n    TOKYO, March 4 - Japan's Economic Planning Agency (EPA) said\ngrowth "
		 "slowed in the quarter. The EPA said exports fell.\n    Reuter\n"),
		"Title: PESTICIDE BAN\n\n    WASHINGTON, March 4 - The EPA said it would ban the\npesticide next year.\n    Reuter\n",
		("Title: WATER RULES\n\n    WASHINGTON, March 5 - The Environmental Protection Agency\nsaid it would "
		 "tighten drinking water rules.\n    Reuter\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t planning = entity_in(t, c, 0, "Economic Planning Agency");
	size_t epa = entity_in(t, c, 1, "EPA");
	CHECK(planning != SIZE_MAX && epa != SIZE_MAX && planning != epa);
	CHECK(epa != SIZE_MAX && entity_in(t, c, 2, "Environmental Protection Agency") == epa);
	CHECK(planning != SIZE_MAX && entity_in(t, c, 0, "EPA") == planning);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_first_surname(void)
{
	/* A person of two surnames, as Spanish news names him, goes by the
	 * first of them alone; but where another person's last name is that
	 * word, it is that person's. */
	const char *texts[] = {
		("Title: BOLIVIA DEBT\n\n    LA PAZ, March 4 - Energy Minister Ramiro Velarde Ochoa said\nBolivia would "
		 "offer to buy back its debt. Velarde said most banks\nwould agree.\n    Reuter\n"),
		("Title: BOLIVIA TALKS\n\n    LA PAZ, March 5 - Energy Minister Ramiro Velarde Ochoa said\nBolivia would "
		 "offer to buy back its debt, and banker Ana Velarde said\nmost banks would agree. Velarde said talks "
		 "would go on.\n    Reuter\n"),
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	size_t minister = entity_in(t, c, 0, "Ramiro Velarde Ochoa");
	CHECK(minister != SIZE_MAX && entity_in(t, c, 0, "Velarde") == minister);
	size_t banker = entity_in(t, c, 1, "Ana Velarde");
	CHECK(banker != SIZE_MAX && banker != minister && entity_in(t, c, 1, "Velarde") == banker);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_bare_institution_no_xref(void)
{
	/* A ministry no story tied to a country is no cross-reference (it
	 * may be two countries'); Japan's is, between Japan's stories. */
	const char *texts[] = {
		"Title: BUDGET\n\nThe Finance Ministry said the deficit would narrow next year.\n",
		"Title: BONDS\n\nThe Finance Ministry said it would sell fewer bonds to banks.\n",
		"Title: JAPAN BUDGET\n\nJapan's Finance Ministry said Japan would cut spending.\n",
		"Title: JAPAN BONDS\n\nJapan's Finance Ministry said the yen was steady, Japan's bankers said.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, sizeof texts / sizeof *texts, &c);
	struct xref *x = xref_build(t);
	size_t bare = entity_in(t, c, 0, "Finance Ministry");
	CHECK(bare != SIZE_MAX && xref_spread(x, bare) == 0);
	size_t japan = entity_in(t, c, 2, "Finance Ministry");
	CHECK(japan != SIZE_MAX && japan != bare && xref_spread(x, japan) == 2);
	xref_free(x);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_first_word_short_form(void)
{
	/* A company's first word alone, after the story has named it in
	 * full, is that company even without a legal form or a head word
	 * ("Goldman" of "Goldman Sachs"); not where two of the story's
	 * organizations begin with it, nor before the full name. */
	const char *one[] = { "Title: Results\n\nBrackwell Dynamics said on Monday its first-quarter profit rose 12 pct on "
			      "higher sales of its pumps .\nBrackwell said it expected the rest of the year to be strong .\n" };
	CHECK(entity_same(one, 1, 0, "Brackwell Dynamics", 0, "Brackwell") == 1);
	const char *two[] = { "Title: Results\n\nBrackwell Dynamics agreed on Monday to buy the pump business of Brackwell "
			      "International for 40 mln dlrs .\nBrackwell said it expected the deal to close in June .\n" };
	CHECK(entity_same(two, 1, 0, "Brackwell Dynamics", 0, "Brackwell") == 0);
	CHECK(entity_same(two, 1, 0, "Brackwell International", 0, "Brackwell") == 0);
	const char *before[] = { "Title: Pumps\n\nBrackwell said on Monday its first-quarter profit rose 12 pct on higher "
				 "sales of its pumps .\nShares of Brackwell Dynamics rose two dlrs .\n" };
	CHECK(entity_same(before, 1, 0, "Brackwell Dynamics", 0, "Brackwell") == 0);
}

static void test_entity_town_named_company(void)
{
	/* A town a list knows that the story names a company after, with
	 * its legal form, is that company where the story writes it before
	 * a company's noun ("Tralee shares"), and the company's short form:
	 * also where the name is wrapped before its legal form. */
	const char *one[] = { "Title: Offer\n\nKestrel Holdings Inc said Tralee Aviation\nInc agreed to be acquired for 69 "
			      "dlrs a share .\nThe offer is for all Tralee shares , and Tralee has granted an option .\n" };
	CHECK(entity_same(one, 1, 0, "Tralee Aviation\nInc", 0, "Tralee") == 1);
	CHECK(entity_named(one, 1, 0, "Tralee", "Tralee Aviation Inc") == 1);
	/* Or before the company's own verbs. */
	const char *verb[] = { "Tralee Steel Corp said on Monday it would close a mill in the town.\nIn the 1986 first "
			       "quarter, Tralee reported earnings of 23.8 mln dlrs. Tralee expects its sales to rise.\n" };
	CHECK(entity_same(verb, 1, 0, "Tralee Steel Corp", 0, "Tralee") == 1);
	/* Not without either: the town where flights land. */
	const char *town[] = { "Title: Flights\n\nTralee Aviation Inc said on Monday it would fly more often to "
			       "Tralee this summer .\n" };
	CHECK(entity_same(town, 1, 0, "Tralee Aviation Inc", 0, "Tralee") == 0);
	struct corpus *c;
	struct entity_table *t = check_linked(town, 1, &c);
	CHECK_INT(mention_type_nth(t, c, 0, "Tralee", 0), NER_PLACE);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_partner_firms(void)
{
	/* A given name alone where the story names a company after it
	 * with its legal form, and no person by it, is that company. */
	const char *given[] = { "Dwight Tool Corp said on Monday that sales rose 10 pct. Dwight said it would cut "
				"prices.\n" };
	CHECK(entity_named(given, 1, 0, "Dwight", "Dwight Tool Corp") == 1);
	/* A firm of two partners' names with its legal form is one, and so
	 * are its shorter forms in the story. */
	const char *firm[] = { "Marvel and Kestrel Publishers Inc said it received a bid. Marvel and Kestrel said its "
			       "board would meet, and Marvel said the offer was low.\n" };
	CHECK(entity_named(firm, 1, 0, "Marvel and Kestrel", "Marvel and Kestrel Publishers Inc") == 1);
	CHECK(entity_named(firm, 1, 0, "Marvel", "Marvel and Kestrel Publishers Inc") == 1);
	/* Two firms where the story names the second alone. */
	const char *two[] = { "Varo and Kestrel Mining Corp agreed to merge their units. Kestrel Mining said the "
			      "deal would close in May.\n" };
	CHECK(entity_named(two, 1, 0, "Kestrel Mining Corp", "Kestrel Mining Corp") == 1);
}

static void test_entity_person_not_body(void)
{
	/* A person's full name stays a person's where a word alone that
	 * one story joined to the person another story joined to a body
	 * named after it: Joseph Varnel is no Varnel Resources Inc. */
	const char *texts[] = { "Title: Offer\n\nVarnel Resources Inc said on Monday it would sell notes. Varnel said "
				"the notes would pay 9 pct.\n",
				"Title: Sales\n\nKestrel Co said sales rose. Joseph Varnel, chairman and president of "
				"the company, said prices would rise.\n",
				"Title: Rates\n\nThe bank set a Lira/Varnel rate of 417.20 to the\nVarnel, up from "
				"419.15. Varnel said on Monday he would retire.\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	CHECK_INT(mention_type_nth(t, c, 1, "Joseph Varnel", 0), NER_PERSON);
	size_t id = entity_in(t, c, 1, "Joseph Varnel");
	CHECK(id != SIZE_MAX && strcmp(t->v[id].name, "Joseph Varnel") == 0);
	CHECK(entity_in(t, c, 0, "Varnel") != id);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_side_not_body(void)
{
	/* A town standing where a side of a game may stand in a sports story
	 * is not a body of another story named after it with three words,
	 * which no team's nickname has. */
	const char *texts[] = { "Title: Rates\n\nThe notes pay interest tied to certificates of deposit or Tralee "
				"Interbank Borrowing Rates .\n",
				"Title: Tickets\n\nKestrel Holdings Inc bought a stake in Varnel Ticket Group PLC , of "
				"Tralee , which will sponsor the Open golf tournament this year .\n" };
	CHECK(entity_same(texts, 2, 0, "Tralee Interbank Borrowing Rates", 1, "Tralee") == 0);
}

static void test_entity_acronym_capitals(void)
{
	/* An acronym a list knows, written in capitals through the corpus,
	 * keeps them against a house style's "Opec" in one story; a
	 * dateline's capitals still give way to the body's "Vienna". */
	const char *texts[] = {
		("Title: Oil output\n\nVIENNA, March 3 - OPEC ministers met on Monday. OPEC output rose and OPEC "
		 "prices held. An OPEC official said OPEC would meet again. OPEC members agreed, and OPEC's "
		 "president said OPEC was united. OPEC will report in April, and OPEC aides said OPEC quotas "
		 "stand. OPEC sources said OPEC would not cut. OPEC, OPEC and OPEC again.\n"),
		"Title: Cartel\n\nOpec ministers will meet in Vienna next month, and Opec aides expect no change.\n",
	};
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 2, &c);
	size_t opec = entity_in(t, c, 1, "Opec");
	CHECK(opec != SIZE_MAX && entity_in(t, c, 0, "OPEC") == opec);
	CHECK(opec != SIZE_MAX && strcmp(t->v[opec].name, "OPEC") == 0);
	size_t vienna = entity_in(t, c, 1, "Vienna");
	CHECK(vienna != SIZE_MAX && strcmp(t->v[vienna].name, "Vienna") == 0);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_city_team(void)
{
	/* In a sports story a city where only a team stands is the team,
	 * named in full or not; "in Chicago" stays the city. */
	const char *texts[] = { "BASEBALL - CUBS BEAT BRAVES .\nCHICAGO 1996-08-30\nKevin Kestrel pitched seven "
				"innings and Anna Varga homered for Cleveland , and Cleveland 's lead over the Tigers "
				"grew to five games in the league . The Cubs won 4-2 in Chicago .\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	const struct entity_doc *d = &t->docs[0];
	int teams = 0, city = 0;
	for (size_t k = 0; k < d->n; k++) {
		const char *w = c->arts[0]->data + d->v[k].start;
		size_t n = d->v[k].end - d->v[k].start;
		if (n == 9 && memcmp(w, "Cleveland", 9) == 0)
			teams += d->v[k].type == NER_ORG;
		if (n == 7 && memcmp(w, "Chicago", 7) == 0)
			city += d->v[k].type == NER_PLACE;
	}
	CHECK_INT(teams, 2);
	CHECK_INT(city, 1);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_line_teams(void)
{
	/* A team that only results' lines name after its city is one
	 * entity across the sports stories, not the city of the news (a
	 * city the lists know, as the corpus's join of types needs one). */
	const char *texts[] = { "NHL results\n\nResults of National Hockey League games on Tuesday:\n\nCHICAGO 4 Boston "
				"2\nMontreal 3 TORONTO 1\n",
				"NHL results\n\nResults of National Hockey League games on Wednesday:\n\nCHICAGO 2 "
				"Montreal 1\n",
				"CHICAGO, March 3 - The city of Chicago will raise property taxes, Mayor Tom Kessel said on "
				"Tuesday. Chicago faces a deficit.\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 3, &c);
	size_t team[2] = { SIZE_MAX, SIZE_MAX }, city = SIZE_MAX;
	for (size_t a = 0; a < 3; a++)
		for (size_t k = 0; k < t->docs[a].n; k++) {
			const struct entity_ref *r = &t->docs[a].v[k];
			if (r->end - r->start != 7 || strncasecmp(c->arts[a]->data + r->start, "Chicago", 7) != 0)
				continue;
			if (a < 2)
				team[a] = r->id;
			else
				city = r->id;
		}
	CHECK(team[0] != SIZE_MAX && team[0] == team[1]);
	CHECK(city != SIZE_MAX && city != team[0]);
	CHECK(team[0] != SIZE_MAX && strcmp(t->v[team[0]].name, "Chicago") == 0);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_colon_dateline(void)
{
	/* A South Asian desk's dateline, the place in capitals and a colon,
	 * is the town, not the team of the sports story named after it
	 * (invented team and players; a city the lists know). */
	const char *texts[] = { "KARACHI: Imran Kessoor's unbeaten 112 guided Karachi Falcons to a six-wicket win over "
				"Lahore Hawks in the league at the National Stadium on Saturday. Chasing 187, the Falcons "
				"reached the target with two balls to spare.\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	const struct entity_doc *d = &t->docs[0];
	CHECK(d->n > 0 && d->v[0].start == 0 && d->v[0].type == NER_PLACE && strcmp(t->v[d->v[0].id].name, "Karachi") == 0);
	CHECK(ner_dateline_at(texts[0], strlen(texts[0]), 0, 7));
	CHECK(!ner_dateline_at("Note: the figures are final.\n", 29, 0, 4));
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_sport_words(void)
{
	/* A basketball story's words ("unbeaten", "rebounds") make it a
	 * sports story, whose sides of a game are teams: "over Toledo" and
	 * "for Toledo (10-0)"; "in Toledo" stays the city (invented people). */
	const char *texts[] = { "Dario Kessel scored 20 on Thursday to help the top-ranked Varnholt Owls stay unbeaten "
				"with a 91-73 victory over Toledo in Denver .\nKessel had nine rebounds for Denver ( 10-0 "
				") , which shook off a slow start in Toledo .\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	const struct entity_doc *d = &t->docs[0];
	int teams = 0, places = 0;
	for (size_t k = 0; k < d->n; k++) {
		const char *w = c->arts[0]->data + d->v[k].start;
		size_t n = d->v[k].end - d->v[k].start;
		if ((n == 6 && memcmp(w, "Toledo", 6) == 0) || (n == 6 && memcmp(w, "Denver", 6) == 0)) {
			teams += d->v[k].type == NER_ORG;
			places += d->v[k].type == NER_PLACE;
		}
	}
	CHECK_INT(teams, 2);
	CHECK_INT(places, 2);
	entity_table_free(t);
	corpus_free(c);
	/* A coach and one other word of sport make one too: "against
	 * Toledo" is the team. */
	const char *coached[] = { "Dario Kessel , the Varnholt Owls ' coach , saw them stay unbeaten against Toledo on "
				  "Thursday .\n" };
	t = check_linked(coached, 1, &c);
	d = &t->docs[0];
	teams = 0;
	for (size_t k = 0; k < d->n; k++)
		teams += d->v[k].end - d->v[k].start == 6 &&
			 memcmp(c->arts[0]->data + d->v[k].start, "Toledo", 6) == 0 && d->v[k].type == NER_ORG;
	CHECK_INT(teams, 1);
	CHECK_INT(entity_sports_story("The coach took tourists to Bath .\n", 34), 0);
	/* A league of banks, named twice, is no sport. */
	const char *banks = "The U.S. League of Savings Institutions said the league would oppose it .\n";
	CHECK_INT(entity_sports_story(banks, strlen(banks)), 0);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_score_sport(void)
{
	/* One word of sport ("unbeaten") and a score before its outcome ("a
	 * 91-73 victory") make a sports story: "Top-ranked Toledo" is the
	 * team (invented people). */
	const char *texts[] = { "Top-ranked Toledo waited for Dario Kessel to make history , then cruised to its latest "
				"victory .\nKessel scored 20 points to help the Owls remain unbeaten with a 91-73 victory "
				".\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	const struct entity_doc *d = &t->docs[0];
	int team = 0;
	for (size_t k = 0; k < d->n; k++)
		team += d->v[k].end - d->v[k].start == 6 && memcmp(c->arts[0]->data + d->v[k].start, "Toledo", 6) == 0 &&
			d->v[k].type == NER_ORG;
	CHECK_INT(team, 1);
	entity_table_free(t);
	corpus_free(c);
}

static void test_entity_ranked_sides(void)
{
	/* In a sports story a side's rank before a city makes it the team:
	 * "Top-ranked Toledo", "unbeaten Toledo", "No. 12 Denver"; "in
	 * Denver" stays the city (invented people). */
	const char *texts[] = { "Top-ranked Toledo waited for Dario Kessel to make history , then cruised to a 91-73 "
				"win against No. 12 Denver in the tournament .\nKessel had nine rebounds , and unbeaten "
				"Toledo plays in Denver next .\n" };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	const struct entity_doc *d = &t->docs[0];
	int toledo = 0, denver_team = 0, denver_city = 0;
	for (size_t k = 0; k < d->n; k++) {
		const char *w = c->arts[0]->data + d->v[k].start;
		size_t n = d->v[k].end - d->v[k].start;
		if (n == 6 && memcmp(w, "Toledo", 6) == 0)
			toledo += d->v[k].type == NER_ORG;
		if (n == 6 && memcmp(w, "Denver", 6) == 0) {
			denver_team += d->v[k].type == NER_ORG;
			denver_city += d->v[k].type == NER_PLACE;
		}
	}
	CHECK_INT(toledo, 2);
	CHECK_INT(denver_team, 1);
	CHECK_INT(denver_city, 1);
	entity_table_free(t);
	corpus_free(c);
}

/* Two mentions of stories linked together, one entity or two. */
struct entity_want {
	size_t i;		/* the article of mention a */
	const char *a;		/* NULL: no more to check */
	size_t j;		/* the article of mention b */
	const char *b;
	int same;		/* whether a and b are one entity */
};

/* Stories linked together, and what to check of them. */
struct entity_case {
	const char *texts[5];
	struct entity_want want[2];
};

static void test_entity_cases(void)
{
	static const struct entity_case cases[] = {
		/* A paper named after its city ("Boston Herald") is no team:
		 * "Boston" alone in a sports story is the team with a
		 * nickname after the city, the Red Sox. */
		{ { "Title: Offer\n\nThe Boston Herald reported that the Boston Red Sox made an offer to the slugger .\n",
		    "Title: Slugger\n\nBoston reportedly looks to sign the slugger , a baseball source said , and the "
		    "league expects a deal .\n" },
		  { { 0, "Boston Red Sox", 1, "Boston", 1 }, { 0, "Boston Herald", 1, "Boston", 0 } } },
		/* A nickname of two words goes by its last one too, in the
		 * story and in another; where two teams share that word it
		 * is left alone. */
		{ { "Title: Final\n\nThe Denver Ice Hawks beat the Utah Stars 3-1 in the league on Sunday , and the "
		    "Hawks will play in the final .\n",
		    "Title: Coach\n\nThe Hawks signed a new coach on Monday , the club said .\n" },
		  { { 0, "Denver Ice Hawks", 0, "Hawks", 1 }, { 0, "Denver Ice Hawks", 1, "Hawks", 1 } } },
		{ { "Title: Derby\n\nThe Omaha Red Foxes beat the Memphis Gray Foxes 2-0 in the soccer league on Sunday , and "
		    "the Foxes fans cheered .\n" },
		  { { 0, "Omaha Red Foxes", 0, "Foxes", 0 }, { 0, "Memphis Gray Foxes", 0, "Foxes", 0 } } },
		/* A model's name alone is the one product named with it and
		 * its maker, a company a list knows, in the story and in
		 * another; a person of that surname and a town of that name
		 * in other stories stay apart. */
		{ { "Title: Crash\n\nThe woman was struck by a gray 2013 Toyota Velorra on Friday , police said . "
		    "The Velorra fled .\n",
		    "Title: Driver\n\nThe woman was struck by a silver Velorra , police said .\n" },
		  { { 0, "Toyota Velorra", 0, "Velorra", 1 }, { 0, "Toyota Velorra", 1, "Velorra", 1 } } },
		{ { "Title: Crash\n\nThe woman was struck by a gray 2013 Toyota Velorra on Friday , police said .\n",
		    "Title: Council\n\nMayor Anna Velorra said on Monday the council would meet . Velorra added "
		    "that taxes would fall .\n",
		    "VELORRA FLOODS\n\nHeavy rain hit the town of Velorra on Monday, officials said.\n" },
		  { { 0, "Toyota Velorra", 1, "Velorra", 0 }, { 0, "Toyota Velorra", 2, "Velorra", 0 } } },
		/* A country a list knows that is the surname of a person the
		 * story names with a middle initial is the person too. */
		{ { "Title: Phones\n\nDALLAS, March 23 - Maren T. Holland, president of Kestrel Telecom, said sales "
		    "rose . Holland added that the company would hire .\n" },
		  { { 0, "Maren T. Holland", 0, "Holland", 1 } } },
		{ { "Title: Copper\n\nIn an interview, chairman J. Robert Lisbon said demand was strong . Asked "
		    "about prices, Lisbon said costs would fall .\n" },
		  { { 0, "J. Robert Lisbon", 0, "Lisbon", 1 } } },
		/* A place a list knows that is the surname of a person the
		 * story names in full is the person where no word of place
		 * stands before it; "to Holland" is the place. */
		{ { "Title: Escape\n\nPolice said Kevin Holland escaped on Monday . A member of the public recognised "
		    "Holland in a shop . Holland was moved to a more secure cell .\n",
		    "Title: Trip\n\nPolice said Kevin Holland flew to Holland on Monday , his lawyer said .\n" },
		  { { 0, "Kevin Holland", 0, "Holland", 1 }, { 1, "Kevin Holland", 1, "Holland", 0 } } },
		/* An acronym a list knows as an organization is not the law
		 * of the same letters its story names. */
		{ { "Title: Mine\n\nThe Environmental Protection Agency ( EPA ) said on Monday that the mine must close . "
		    "Under the Environmental Protection Act , the EPA can fine the owner , the EPA stated .\n" },
		  { { 0, "Environmental Protection Agency", 0, "EPA", 1 },
		    { 0, "Environmental Protection Act", 0, "EPA", 0 } } },
		/* A company a list knows by another name goes by it with its
		 * legal form too, and the wire's abbreviation is that name. */
		{ { "Title: Rating\n\nStandard and Poor's Corp said on Monday it cut the debt of the company .\n",
		    "Title: Debt\n\nS and P said the outlook was negative , and Moody's Investors Service Inc "
		    "agreed .\n",
		    "Title: Bonds\n\nMoody's said it would review the bonds on Tuesday .\n" },
		  { { 0, "Standard and Poor's Corp", 1, "S and P", 1 },
		    { 1, "Moody's Investors Service Inc", 2, "Moody's", 1 } } },
		/* A head word alone is the one organization of the story
		 * named with it first (before "of") or last; of two such
		 * organizations, the one named just before it, else the one
		 * the story names first; a body a list knows by that word
		 * ("Senate") or a building's ("House") stays alone. */
		{ { "Title: Rates\n\nThe Bank of Freedonia raised its rate on Monday . The Bank said inflation was "
		    "rising .\n" },
		  { { 0, "Bank of Freedonia", 0, "Bank", 1 } } },
		{ { "Title: Loans\n\nThe Bank of Freedonia said on Monday that it would lend more to farmers and to "
		    "small firms this year , and that its rate would stay where it is for now . The chairman of the "
		    "Sylvanian Development Bank , which lends to the same farmers , said the Bank would do the "
		    "same .\n" },
		  { { 0, "Bank of Freedonia", 0, "Bank", 0 }, { 0, "Sylvanian Development Bank", 0, "Bank", 1 } } },
		{ { "Title: Loans\n\nThe Bank of Freedonia said on Monday that it would lend more to farmers , "
		    "and officials compared its plan with the Sylvanian Development Bank 's loans of last year .\n"
		    "Farmers in the north have asked for more credit for two years , and the harvest there was poor "
		    "in the spring and again in the autumn , traders of grain and of cattle said on Monday , and "
		    "more of them will need loans before the planting season begins .\n"
		    "The Bank said its loans would rise .\n" },
		  { { 0, "Bank of Freedonia", 0, "Bank", 1 }, { 0, "Sylvanian Development Bank", 0, "Bank", 0 } } },
		/* And so is a head word alone the model took for a person. */
		{ { "Title: Scheme\n\nThe subsidy scheme will be partially extended for a further month, a Ruritanian "
		    "Commission spokesman said.\n    He added the executive Commission has not yet decided whether "
		    "the scheme should be renewed.\n" },
		  { { 0, "Ruritanian Commission", 0, "Commission", 1 } } },
		/* A word alone that is the last of a company's name before its
		 * legal form is that company, whatever the model took it for,
		 * but the person the story names in full where it names one so. */
		{ { "Title: Imaging\n\nEastman Zorbex Co said it launched a line of imaging systems . Analysts said "
		    "Zorbex made a good start in the market . Zorbex also launched a campaign .\n" },
		  { { 0, "Eastman Zorbex Co", 0, "Zorbex", 1 } } },
		{ { "Title: Imaging\n\nEastman Zorbex Co said it launched a line of imaging systems . Carla Zorbex , "
		    "its founder's daughter , said sales rose . Zorbex said she would retire .\n" },
		  { { 0, "Carla Zorbex", 0, "Zorbex", 1 }, { 0, "Eastman Zorbex Co", 0, "Zorbex", 0 } } },
		/* A firm of two partners, a comma between them, is one company,
		 * and so are the two names written without it. */
		{ { "Title: Offer\n\nThe notes were offered by Zolter, Brannock and Co Inc, the lead manager . "
		    "Zolter Brannock said demand was strong . In Texas , Brannock and Co said nothing .\n" },
		  { { 0, "Zolter, Brannock and Co Inc", 0, "Zolter Brannock", 1 },
		    { 0, "Zolter, Brannock and Co Inc", 0, "Texas", 0 } } },
		{ { "Title: Budget\n\nThe Senate Finance Committee met on Monday . The Senate voted on the bill on "
		    "Tuesday .\n",
		    "Title: Bill\n\nThe White House said on Monday it backed the bill . The House voted on it on "
		    "Tuesday .\n" },
		  { { 0, "Senate Finance Committee", 0, "Senate", 0 }, { 1, "White House", 1, "House", 0 } } },
		/* A party named after its state is no team ("Texas
		 * Republicans"): the state standing alone in a sports story
		 * stays the state. */
		{ { "Title: Vote\n\nLeaders of the Texas Republicans said on Monday they backed the stadium bill .\n",
		    "Title: Stadium\n\nTexas plans a new football stadium , and the league and the baseball club "
		    "back it .\n" },
		  { { 0, "Texas Republicans", 1, "Texas", 0 } } },
		/* Nor is a railroad with a word of direction after its city
		 * ("Kansas City Southern"). */
		{ { "Title: Rail\n\nThe railroad Kansas City Southern said it carried more grain in March .\n",
		    "Title: Game\n\nThe quarterback threw three touchdowns as the Colts overcame Kansas City 24-17 in "
		    "the league .\n" },
		  { { 0, "Kansas City Southern", 1, "Kansas City", 0 } } },
		/* A city's police force is its police department, the acronym
		 * with a D: "New York Police" is the NYPD, not the LAPD. */
		{ { "Title: Crash\n\nThe NYPD said the driver was arrested on Monday .\n",
		    "Title: Driver\n\nNew York Police said the driver hit a pole , and the LAPD was not involved .\n" },
		  { { 0, "NYPD", 1, "New York Police", 1 }, { 0, "NYPD", 1, "LAPD", 0 } } },
		/* A company's initials leave its suffixes out, and a hyphen
		 * parts two initials: AMD, and in its story HP (across
		 * stories two capitals are too often another thing's). */
		{ { "Title: Deal\n\nAdvanced Micro Devices Inc. agreed to buy ATI Technologies Inc. on Monday . "
		    "Hewlett-Packard Co. said it would use the chips .\n",
		    "Title: Chips\n\nAMD said the deal with ATI would close this year . HP welcomed it .\n" },
		  { { 0, "Advanced Micro Devices Inc.", 1, "AMD", 1 } } },
		{ { "Title: Printers\n\nHewlett-Packard Co. said on Monday that its sales rose , and HP shares "
		    "gained .\n" },
		  { { 0, "Hewlett-Packard Co.", 0, "HP", 1 } } },
		/* A word alone taken for a person's name is a company of
		 * that name and a legal form in a related story only: "the
		 * Richter scale" of a quake (a person's name, as CoNLL-2003
		 * reads it) is no importer's (the importer invented;
		 * Interoute's related stories below join). */
		{ { "Title: Importer\n\nShares of Richter Brothers Inc , a food importer in Varnholt , rose on "
		    "Monday .\n",
		    "Title: Quake\n\nThe quake measured 6.1 on the Richter scale , officials in Tolmar said .\n" },
		  { { 1, "Richter", 0, "Richter Brothers Inc", 0 } } },
		/* A company is the same without its suffixes in another
		 * story (one related to it, where the model took the word for
		 * a person's name, as below); a surname of the corpus's people
		 * stays theirs. */
		{ { "Title: Cable\n\nInteroute Plc said the cable between Alexandria and Marseille was cut on Monday .\n",
		    "Title: Repair\n\nInteroute said the cable between Alexandria and Marseille was fixed , and "
		    "Advanced Micro Devices said nothing .\n",
		    "Title: Chips\n\nAdvanced Micro Devices Inc. said its sales rose .\n" },
		  { { 0, "Interoute Plc", 1, "Interoute", 1 },
		    { 1, "Advanced Micro Devices", 2, "Advanced Micro Devices Inc.", 1 } } },
		{ { "Title: Chemicals\n\nHoechst Celanese chairman Ernest Drew said on Monday that sales rose .\n",
		    "Title: Prices\n\nDrew said prices of chemicals held in March .\n",
		    "Title: Parts\n\nDrew Corp said it agreed to buy a maker of windows .\n" },
		  { { 1, "Drew", 2, "Drew Corp", 0 }, { 1, "Drew", 0, "Ernest Drew", 1 } } },
		/* A name written with a hyphen, a space or neither is one
		 * name. */
		{ { "Title: Fight\n\nThe fight was held at the SAP Arena in Mannheim on Saturday .\n",
		    "Title: Crowd\n\nFans filled the SAP-Arena to see the champion , and the Hewlett Packard Co "
		    "sponsored it .\n",
		    "Title: Sponsor\n\nHewlett-Packard Co said it paid for the fight .\n" },
		  { { 0, "SAP Arena", 1, "SAP-Arena", 1 }, { 1, "Hewlett Packard Co", 2, "Hewlett-Packard Co", 1 } } },
		/* A name blended of the start of a given name and of a surname
		 * is the one person of the story so named; with two such
		 * people it is neither. */
		{ { "Title: Rehab\n\nLindsay Lohan checked into rehab on Monday . LiLo was driven there by a friend .\n",
		    "Title: Sisters\n\nLindsay Lohan and Lisa Lohan were seen in Malibu , and LiLo waved .\n" },
		  { { 0, "Lindsay Lohan", 0, "LiLo", 1 }, { 1, "Lindsay Lohan", 1, "LiLo", 0 } } },
		/* An acronym's T may be the "The" the span of the name it
		 * stands for leaves out. */
		{ { "Title: Director\n\nThe Hollywood Reporter said the director would leave . The studio told THR "
		    "that it agreed .\n" },
		  { { 0, "Hollywood Reporter", 0, "THR", 1 } } },
		/* Two capitals a story joins to its company stay there: the PC
		 * of another story is a computer. */
		{ { "Title: Courier\n\nPurolator Courier Corp said on Monday that PC would cut jobs , and PC "
		    "shares fell .\n",
		    "Title: Software\n\nMathSoft Inc said its PC software sold well , and a PC maker agreed .\n" },
		  { { 0, "PC", 1, "PC", 0 } } },
		/* A name of three words with a letter changed, rare beside the
		 * name the related stories write, is that name misspelt (Gulf
		 * of Eden); two counties of short names a letter apart stay
		 * two. */
		{ { "Title: Pirates\n\nPirates seized a tanker in the Gulf of Aden on Monday and took it to Berbera , "
		    "Ahmed Yusuf of the Somali coast guard said .\n",
		    "Title: Navy\n\nWarships patrol the Gulf of Aden , and the Somali coast guard welcomed them .\n",
		    "Title: Tanker\n\nThe tanker was freed in the Gulf of Aden , and the pirates fled to the Somali "
		    "coast .\n",
		    "Title: Crew\n\nThe crew held in the Gulf of Eden is safe in Berbera , Ahmed Yusuf of the Somali "
		    "coast guard said .\n" },
		  { { 0, "Gulf of Aden", 3, "Gulf of Eden", 1 } } },
		{ { "Title: Storm\n\nA storm hit Hale County and Hall County on Friday . Hale County closed schools .\n" },
		  { { 0, "Hale County", 0, "Hall County", 0 } } },
		/* A possessor before a name, as a tokenizer that spaces the
		 * apostrophe leaves it, is a name of its own: "Saints" is no
		 * given name of a "Saints ’ Super Bowl". */
		{ { "Title: Thomas out\n\nThe Saints placed running back Pierre Thomas on IR Wednesday .\nThomas came "
		    "into 2010 as the team \xe2\x80\x99 s leading returning rusher from the Saints \xe2\x80\x99 Super "
		    "Bowl winning season .\nThe Saints play Seattle on Saturday .\n" },
		  { { 0, "Saints", 0, "Super Bowl", 0 }, { 0, "Saints", 0, "Pierre Thomas", 0 } } },
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		const struct entity_case *e = &cases[k];
		size_t n = 0;
		while (n < 5 && e->texts[n])
			n++;
		for (size_t q = 0; q < 2 && e->want[q].a; q++) {
			const struct entity_want *w = &e->want[q];
			if (entity_same(e->texts, n, w->i, w->a, w->j, w->b) != w->same) {
				printf("#   case %zu: \"%s\" and \"%s\" should be %s\n", k, w->a, w->b,
				       w->same ? "one" : "two");
				CHECK(0);
			}
		}
	}
}

static int size_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

/* entity_sort_sizes sorts as qsort does: arrays of every length to 300,
 * random, with many repeats, sorted and reversed. */
static void test_entity_sort_sizes(void)
{
	size_t a[300], b[300];
	unsigned long long r = 0x9e3779b97f4a7c15ull;
	int bad = 0;
	for (size_t n = 0; n <= 300; n++) {
		for (int kind = 0; kind < 5; kind++) {
			for (size_t i = 0; i < n; i++) {
				r ^= r << 13, r ^= r >> 7, r ^= r << 17;
				a[i] = kind == 0 ? (size_t)r : kind == 1 ? (size_t)(r % 4) : kind == 2 ? i : kind == 3 ? n - i
				       : (size_t)(r % (n + 1)) + (i % 2 ? SIZE_MAX / 2 : 0);
			}
			memcpy(b, a, n * sizeof *a);
			qsort(b, n, sizeof *b, size_cmp);
			entity_sort_sizes(a, n);
			bad += n && memcmp(a, b, n * sizeof *a) != 0;
		}
	}
	CHECK_INT(bad, 0);
}

static int hashed_cmp(const void *pa, const void *pb)
{
	const struct entity_hashed *a = pa, *b = pb;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->e > b->e) - (a->e < b->e);
}

/* entity_sort_hashed sorts as qsort does, by its buckets (entities
 * ascending, long arrays) and by its quicksort (short arrays, entities
 * in any order): hashes random, of few values, of one value, and sharing
 * all but one byte. */
static void test_entity_sort_hashed(void)
{
	enum { MAX = 5000 };
	struct entity_hashed *a = malloc(MAX * sizeof *a), *b = malloc(MAX * sizeof *b);
	unsigned long long r = 0x9e3779b97f4a7c15ull;
	int bad = 0;
	static const size_t lens[] = { 0, 1, 2, 17, 300, 1023, 1024, 1025, 3000, MAX };
	for (size_t li = 0; li < sizeof lens / sizeof *lens; li++) {
		size_t n = lens[li];
		for (int kind = 0; kind < 8; kind++) {
			size_t e = 0;
			for (size_t i = 0; i < n; i++) {
				r ^= r << 13, r ^= r >> 7, r ^= r << 17;
				unsigned long long h = kind % 4 == 0 ? r : kind % 4 == 1 ? r % 5 : kind % 4 == 2 ? 42 : (r % 256) << 40 | 7;
				e += r % 3 == 0;
				a[i].h = h;
				a[i].e = kind < 4 ? e : (size_t)(r >> 50);
			}
			memcpy(b, a, n * sizeof *a);
			if (n)
				qsort(b, n, sizeof *b, hashed_cmp);
			entity_sort_hashed(a, n);
			bad += n && memcmp(a, b, n * sizeof *a) != 0;
		}
	}
	CHECK_INT(bad, 0);
	free(a);
	free(b);
}

/* Whether word w of sport at byte i of s counts: the second word of a
 * term ("injured reserve") only after the first, with blanks between. */
static int sports_pair_ok(const char *s, size_t i, const char *w)
{
	static const char *const pairs[][3] = { { "reserve", "injured", NULL }, { "back", "running", NULL },
						{ "throw", "free", NULL },	 { "guard", "point", NULL },
						{ "goal", "field", NULL },	 { "run", "home", NULL },
						{ "kick", "free", "penalty" },	 { "bowl", "super", NULL },
						{ "agent", "free", NULL } };
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
		if (strcmp(pairs[k][0], w) != 0)
			continue;
		size_t e = i;
		while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n'))
			e--;
		size_t b = e;
		while (b > 0 && ((s[b - 1] >= 'a' && s[b - 1] <= 'z') || (s[b - 1] >= 'A' && s[b - 1] <= 'Z')))
			b--;
		if (e == i)
			return 0;
		for (int c = 1; c < 3 && pairs[k][c]; c++)
			if (strlen(pairs[k][c]) == e - b && strncasecmp(pairs[k][c], s + b, e - b) == 0)
				return 1;
		return 0;
	}
	return 1;
}

/* Whether the first line of s[0..n), up to its first hyphen, is one or two
 * words of letters (one blank between them) naming a sport, with blanks
 * before and after: a wire story's slug. */
static int sports_slug_reference(const char *s, size_t n)
{
	size_t a = 0;
	while (a < n && (s[a] == ' ' || s[a] == '\n'))
		a++;
	const char *h = memchr(s + a, '-', n - a);
	if (!h)
		return 0;
	size_t b = (size_t)(h - s);
	while (b > a && s[b - 1] == ' ')
		b--;
	char slug[64];
	if (b == a || b - a >= sizeof slug)
		return 0;
	int blanks = 0;
	for (size_t k = a; k < b; k++) {
		int letter = (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z');
		if (s[k] == ' ' && k > a && s[k - 1] != ' ')
			blanks++;
		else if (!letter)
			return 0;
		slug[k - a] = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 32) : s[k];
	}
	slug[b - a] = '\0';
	if (blanks > 1 || strstr(slug, "  "))
		return 0;
	for (size_t k = 0; entity_sport_words[k]; k++)
		if (strcmp(slug, entity_sport_words[k]) == 0)
			return sports_pair_ok(s, a, slug);
	for (size_t k = 0; entity_sport_once_words[k]; k++)
		if (strcmp(slug, entity_sport_once_words[k]) == 0)
			return 1;
	for (size_t k = 0; entity_sport_slugs[k]; k++)
		if (strcmp(slug, entity_sport_slugs[k]) == 0)
			return 1;
	return 0;
}

/* entity_sports_story as a plain reading would tell it: a slug, or each
 * word (letters, hyphens between letters) lowercased and compared with
 * every word of sport, those that count once counted once. */
static int sports_reference(const char *s, size_t n)
{
	if (sports_slug_reference(s, n))
		return 1;
	int hits = 0;
	char once_seen[64] = { 0 };
	for (size_t i = 0; i < n && hits < 2;) {
		int letter = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');
		if (!letter) {
			i++;
			continue;
		}
		size_t j = i;
		char w[64];
		for (;;) {
			int l = j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'));
			int h = j + 1 < n && s[j] == '-' && ((s[j + 1] >= 'a' && s[j + 1] <= 'z') || (s[j + 1] >= 'A' && s[j + 1] <= 'Z'));
			if (!l && !h)
				break;
			if (j - i < sizeof w - 1)
				w[j - i] = s[j] >= 'A' && s[j] <= 'Z' ? (char)(s[j] + 32) : s[j];
			j++;
		}
		if (j - i < sizeof w - 1) {
			w[j - i] = '\0';
			for (size_t k = 0; entity_sport_words[k]; k++)
				if (strcmp(w, entity_sport_words[k]) == 0) {
					hits += sports_pair_ok(s, i, w);
					break;
				}
			for (size_t k = 0; entity_sport_once_words[k]; k++)
				if (strcmp(w, entity_sport_once_words[k]) == 0) {
					hits += !once_seen[k];
					once_seen[k] = 1;
				}
		}
		i = j;
	}
	/* One word of sport and a score before an outcome: "91-73 win". */
	static const char *const outcome[] = { "victory", "win", "loss", "defeat", "rout", "triumph" };
	for (size_t i = 0; i < n && hits == 1; i++) {
		size_t d1 = 0, d2 = 0;
		while (i + d1 < n && s[i + d1] >= '0' && s[i + d1] <= '9')
			d1++;
		if (!d1 || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') || d1 > 3 || i + d1 >= n || s[i + d1] != '-')
			continue;
		size_t b = i + d1 + 1;
		while (b + d2 < n && s[b + d2] >= '0' && s[b + d2] <= '9')
			d2++;
		if (!d2 || d2 > 3 || b + d2 + 1 >= n || s[b + d2] != ' ')
			continue;
		for (size_t k = 0; k < sizeof outcome / sizeof *outcome; k++) {
			size_t len = strlen(outcome[k]), w = b + d2 + 1;
			if (w + len <= n && memcmp(s + w, outcome[k], len) == 0 && (w + len == n || s[w + len] < 'a' || s[w + len] > 'z'))
				hits++;
		}
	}
	return hits >= 2;
}

/* The hashed look-up agrees with it on texts of words of sport, their
 * pieces, capitals, hyphens and other bytes. */
/* Where "Toledo" stands in the text, in its first article: 1 a team, 0 a
 * place, -1 neither or not found. */
static int toledo_team(const char *text)
{
	const char *texts[] = { text };
	struct corpus *c;
	struct entity_table *t = check_linked(texts, 1, &c);
	const struct entity_doc *d = &t->docs[0];
	int got = -1;
	for (size_t k = 0; k < d->n; k++)
		if (d->v[k].end - d->v[k].start == 6 && memcmp(c->arts[0]->data + d->v[k].start, "Toledo", 6) == 0)
			got = d->v[k].type == NER_ORG ? 1 : d->v[k].type == NER_PLACE ? 0 : -1;
	entity_table_free(t);
	corpus_free(c);
	return got;
}

/* A baseball story tells itself by its trade's words ("first baseman",
 * "free agent"), a boxing or golf story by its own, and a wire story by its
 * slug; a word that news also writes of other things (a company's tennis
 * rackets) counts once however often it comes (invented people and
 * companies). */
static void test_entity_sport_trades(void)
{
	static const char baseball[] = "The Varnholt Owls offered free agent first baseman Dario Kessel a deal .\n"
				       "Kessel hit 31 home runs for Toledo last season .\n";
	CHECK_INT(entity_sports_story(baseball, strlen(baseball)), 1);
	CHECK_INT(toledo_team(baseball), 1);
	static const char rackets[] = "Kessel Sport Corp , which makes tennis rackets , tennis balls and tennis "
				      "shoes , said sales for Toledo rose .\n";
	CHECK_INT(entity_sports_story(rackets, strlen(rackets)), 0);
	CHECK_INT(toledo_team(rackets), 0);
	static const char *const yes[] = { "SQUASH - KESSEL BEATS VARNHOLT .\n", "Motor racing-Kessel on pole .\n",
					   "GOLF - LEADING SCORES .\n", "Kessel retained his WBO featherweight title .\n",
					   "Kessel made two birdies to win the golf title .\n" };
	static const char *const no[] = { "Squash growers - a glut of marrows .\n", "Golf sales rose , golf sales fell .\n",
					  "An industry heavyweight , a heavyweight of banking .\n",
					  "Motor racing team - Kessel .\n", "Kessel , a free agent , left .\n",
					  "Back-to-school sales rose .\n", "RUN - OFF VOTE SET .\n" };
	/* A city with a game's score after it, or after a verb of winning,
	 * is a side of the game; a player with his bowling figures is not. */
	static const char scored[] = "Kessel scored 20 in the basketball semifinal at Denver .\n"
				     "The Varnholt Owls met Toledo 51 - 50 in the semifinal .\n";
	CHECK_INT(toledo_team(scored), 1);
	static const char outlasted[] = "Kessel scored 20 in the basketball semifinal at Denver .\n"
					"The Varnholt Owls outlasted Toledo in the semifinal .\n";
	CHECK_INT(toledo_team(outlasted), 1);
	static const char city[] = "Kessel scored 20 in the basketball semifinal at Denver .\n"
				   "The Varnholt Owls flew to Toledo in May for the semifinal .\n";
	CHECK_INT(toledo_team(city), 0);
	/* "for" a side, but not "for" after a name's word: an event's name
	 * runs on through it. */
	static const char played[] = "Kessel scored 20 in the basketball semifinal at Denver .\n"
				     "Kessel played for Toledo in the semifinal .\n";
	CHECK_INT(toledo_team(played), 1);
	static const char meeting[] = "Kessel scored 20 in the basketball semifinal at Denver .\n"
				      "Kessel will run at the Friendship Meeting for Toledo in May .\n";
	CHECK_INT(toledo_team(meeting), 0);
	/* A game's result tells a short report without a word of sport. */
	static const char result[] = "Kessel broke the scoring record .\n"
				     "The Varnholt Owls beat visiting Toledo , 91-73 .\n";
	CHECK_INT(entity_sports_story(result, strlen(result)), 1);
	CHECK_INT(toledo_team(result), 1);
	static const char *const results[] = { "Varnholt State routed Toledo 70 - 52 on Friday .\n",
					       "They edged No. 3 Toledo, 5-4 .\n" };
	static const char *const tallies[] = { "The House defeated the bill 220-207 .\n",
					       "Kessel shares beat forecasts on March 12-15 .\n",
					       "Kessel beat Varnholt .\nToledo 91-73 .\n",
					       "Kessel beat Toledo 1996-08-30 .\n" };
	for (size_t k = 0; k < sizeof results / sizeof *results; k++)
		CHECK_INT(entity_sports_story(results[k], strlen(results[k])), 1);
	for (size_t k = 0; k < sizeof tallies / sizeof *tallies; k++)
		CHECK_INT(entity_sports_story(tallies[k], strlen(tallies[k])), 0);
	for (size_t k = 0; k < sizeof yes / sizeof *yes; k++)
		CHECK_INT(entity_sports_story(yes[k], strlen(yes[k])), 1);
	for (size_t k = 0; k < sizeof no / sizeof *no; k++)
		CHECK_INT(entity_sports_story(no[k], strlen(no[k])), 0);
}

static void test_entity_sports_story_as_reference(void)
{
	size_t nw = 0, no = 0;
	while (entity_sport_words[nw])
		nw++;
	while (entity_sport_once_words[no])
		no++;
	static const char other[] = "abcxyzAQZ -.,'\n\0\xc3\xa9";
	/* Scores and outcomes among them, some cut or run together. */
	static const char *const scores[] = { "91-73 victory", "20-13 win", "3-1", " defeat", "1234-5 win", "7-77 winx",
					      "2-2 loss", "10-0 rout.", "-4 triumph", "injured ", "Free ", "penalty  ",
					      "running", "super ", "home-", "GOLF - ", "Motor Racing-", "squash  -",
					      "Boxing-Bruno", "free agent", " - " };
	unsigned long long r = 0x2545f4914f6cdd1dull;
	char s[200];
	int bad = 0, yes = 0;
	for (int round = 0; round < 100000; round++) {
		size_t n = 0, want;
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		want = (size_t)(r % 80);
		while (n < want) {
			r ^= r << 13, r ^= r >> 7, r ^= r << 17;
			if (r % 3 == 0) {
				size_t pick = (r >> 8) % (nw + no);
				const char *w = pick < nw ? entity_sport_words[pick] : entity_sport_once_words[pick - nw];
				size_t len = strlen(w), from = (r >> 16) % 4 == 0 ? (r >> 20) % len : 0;
				size_t to = (r >> 24) % 4 == 0 ? from + (r >> 28) % (len - from + 1) : len;
				int caps = (r >> 33) % 3 == 0;
				for (size_t q = from; q < to && n < sizeof s; q++)
					s[n++] = caps && w[q] >= 'a' ? (char)(w[q] - 32) : w[q];
			} else if (r % 7 == 1) {
				const char *w = scores[(r >> 8) % (sizeof scores / sizeof *scores)];
				for (size_t q = 0; w[q] && n < sizeof s; q++)
					s[n++] = w[q];
			} else {
				s[n++] = other[(r >> 8) % (sizeof other - 1)];
			}
		}
		int ref = sports_reference(s, n);
		yes += ref;
		bad += entity_sports_story(s, n) != ref;
	}
	CHECK_INT(bad, 0);
	CHECK(yes > 1000);
	/* The scan skips words by their length and first letter: words of
	 * sport run into longer ones, cut at the text's end, hyphens at an
	 * edge, and first letters no word of sport has. */
	static const char *const edge[] = {
		"soccer rugby", "soccerx rugby", "xsoccer rugby", "soccer-rugby hockey", "soccer rugby-",
		"-soccer -rugby", "soccer--rugby league", "play-offs play-off", "play-", "semi-finals semi-final",
		"quarterfinals quarterfinal quarterback", "QUARTERBACK Touchdowns", "zsoccer asoccer rugbyz league",
		"a-b-c-d-e-f-g-h-i-j-k-l-m-n-o league soccer", "leagues leaguer league1soccer",
		"\xc3\xa9soccer rugby\xc3\xa9", "inning\ninnings", "rugb", "rugby",
		"rugby 91-73 victory", "rugby 91-73 victoryx", "rugby 1091-73 win", "rugby 9-730 win", "rugby 9-7  win",
		"91-73 win rugby", "rugby 9-7 Win", "rugby -7 win",
		/* Terms of two words, and their second words alone. */
		"injured reserve running back", "the bank's reserve fell back", "free throw point guard",
		"Super Bowl field goal", "home run penalty kick", "free kick", "freekick kick", "penalty-kick run",
		"injured\nreserve league", "uninjured reserve league", "home  run league",
		/* Words that count once, and slugs. */
		"golf golf", "golf birdie", "Tennis tennis league", "tennis golf", "SQUASH - HONG KONG",
		"Squash growers - a glut", "MOTOR RACING - X", "motor  racing - x", "motor racing team - x",
		" \nGolf-Woods wins", "xgolf - a", "free agent baseman", "agent baseman",
	};
	/* Stories longer than the scan's bits on the stack, the words of
	 * sport at each offset across a block of 64 bytes at their end. */
	static char big[20000];
	int big_yes = 0;
	for (size_t at = 19900; at < 19970; at++) {
		memset(big, 'x', sizeof big);
		for (size_t q = 0; q + 1 < at; q += 7)
			big[q] = q % 3 ? ' ' : '-';
		big[at - 1] = at % 5 ? ' ' : '-';
		memcpy(big + at, "soccer rugby", 12);
		for (size_t cut = at + 6; cut <= at + 13; cut++) {
			int ref = sports_reference(big, cut);
			big_yes += ref;
			bad += entity_sports_story(big, cut) != ref;
		}
	}
	CHECK_INT(bad, 0);
	CHECK(big_yes > 50);
	for (size_t k = 0; k < sizeof edge / sizeof *edge; k++) {
		size_t len = strlen(edge[k]);
		for (size_t cut = 0; cut <= len; cut++) {
			int ref = sports_reference(edge[k], cut);
			if (entity_sports_story(edge[k], cut) != ref) {
				fprintf(stderr, "entity_sports_story(\"%.*s\") != %d\n", (int)cut, edge[k], ref);
				bad++;
			}
		}
	}
	CHECK_INT(bad, 0);
}

const struct check_test entity_tests[] = {
	{ "entity_cases", test_entity_cases },
	{ "entity_other_name_teams", test_entity_other_name_teams },
	{ "entity_listed_junior", test_entity_listed_junior },
	{ "entity_team_singular", test_entity_team_singular },
	{ "entity_team_by_city", test_entity_team_by_city },
	{ "entity_singular_bodies", test_entity_singular_bodies },
	{ "entity_arabic_article", test_entity_arabic_article },
	{ "entity_known_body_editions", test_entity_known_body_editions },
	{ "entity_country_bodies", test_entity_country_bodies },
	{ "entity_bracket_nicknames", test_entity_bracket_nicknames },
	{ "entity_team_nickname", test_entity_team_nickname },
	{ "entity_team_words", test_entity_team_words },
	{ "entity_outlets", test_entity_outlets },
	{ "entity_team_two_word_nickname", test_entity_team_two_word_nickname },
	{ "entity_team_school_nickname", test_entity_team_school_nickname },
	{ "entity_dateline_place", test_entity_dateline_place },
	{ "entity_version_acronyms", test_entity_version_acronyms },
	{ "entity_dateline_town", test_entity_dateline_town },
	{ "entity_organ_apart", test_entity_organ_apart },
	{ "entity_acronym_list_spells_out", test_entity_acronym_list_spells_out },
	{ "entity_generations_apart", test_entity_generations_apart },
	{ "entity_institution_country", test_entity_institution_country },
	{ "entity_acronym_not_story_expansion", test_entity_acronym_not_story_expansion },
	{ "entity_first_surname", test_entity_first_surname },
	{ "entity_bare_institution_no_xref", test_entity_bare_institution_no_xref },
	{ "entity_acronym_capitals", test_entity_acronym_capitals },
	{ "entity_first_word_short_form", test_entity_first_word_short_form },
	{ "entity_town_named_company", test_entity_town_named_company },
	{ "entity_side_not_body", test_entity_side_not_body },
	{ "entity_partner_firms", test_entity_partner_firms },
	{ "entity_person_not_body", test_entity_person_not_body },
	{ "entity_city_team", test_entity_city_team },
	{ "entity_line_teams", test_entity_line_teams },
	{ "entity_colon_dateline", test_entity_colon_dateline },
	{ "entity_sport_words", test_entity_sport_words },
	{ "entity_ranked_sides", test_entity_ranked_sides },
	{ "entity_score_sport", test_entity_score_sport },
	{ "entity_place_not_its_exchange", test_entity_place_not_its_exchange },
	{ "nickname_table", test_nickname_table },
	{ "entity_editor_brackets", test_entity_editor_brackets },
	{ "entity_unfinished_dots", test_entity_unfinished_dots },
	{ "entity_city_clubs", test_entity_city_clubs },
	{ "entity_team_people", test_entity_team_people },
	{ "entity_dateline_agency", test_entity_dateline_agency },
	{ "entity_group_namesakes", test_entity_group_namesakes },
	{ "entity_country_namesakes", test_entity_country_namesakes },
	{ "entity_listed_group_stands", test_entity_listed_group_stands },
	{ "entity_listed_type_stands", test_entity_listed_type_stands },
	{ "entity_nickname_story", test_entity_nickname_story },
	{ "entity_given_name_nearest", test_entity_given_name_nearest },
	{ "entity_given_name_family", test_entity_given_name_family },
	{ "entity_town_of_region", test_entity_town_of_region },
	{ "entity_facility_first_word", test_entity_facility_first_word },
	{ "entity_ticker_headlines", test_entity_ticker_headlines },
	{ "entity_firm_people", test_entity_firm_people },
	{ "entity_isation", test_entity_isation },
	{ "entity_dateline_apart", test_entity_dateline_apart },
	{ "entity_nickname_related", test_entity_nickname_related },
	{ "entity_namesakes_apart", test_entity_namesakes_apart },
	{ "entity_misspelt_person", test_entity_misspelt_person },
	{ "entity_place_suffix", test_entity_place_suffix },
	{ "entity_place_suffix_corpus", test_entity_place_suffix_corpus },
	{ "entity_place_not_local_body", test_entity_place_not_local_body },
	{ "entity_facility_names", test_entity_facility_names },
	{ "entity_sea_alone", test_entity_sea_alone },
	{ "entity_spelling_vote", test_entity_spelling_vote },
	{ "entity_spelling_acronym", test_entity_spelling_acronym },
	{ "entity_comma_key", test_entity_comma_key },
	{ "entity_sort_sizes", test_entity_sort_sizes },
	{ "entity_sort_hashed", test_entity_sort_hashed },
	{ "entity_sports_story_as_reference", test_entity_sports_story_as_reference },
	{ "entity_sport_trades", test_entity_sport_trades },
	{ NULL, NULL },
};
