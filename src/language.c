/* language: an article's language and the function words of the languages
 * the recognizer reads besides English. See language.h. */
#include "language.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article.h"
#include "sieve.h"
#include "text.h"

/* Articles, prepositions and their contractions, conjunctions, pronouns,
 * common adverbs and auxiliaries, numbers to five: general knowledge of
 * each language, in lower case. A name may hold some of them inside ("Luiz
 * Inácio Lula da Silva", "Universidad de Lisboa"); none starts or ends
 * one written in lower case, and none is a name alone. */
static const char *const words_es[] = {
	"a", "al", "algo", "algunos", "algunas", "allí", "ante", "antes", "aquí", "así", "aunque", "ayer", "además",
	"bajo", "cada", "casi", "como", "cómo", "con", "contra", "cual", "cuál", "cuando", "cuándo", "cuatro", "cinco",
	"de", "del", "desde", "después", "donde", "dónde", "dos", "durante", "e", "el", "él", "ella", "ellas", "ellos",
	"en", "entonces", "entre", "era", "es", "esa", "esas", "ese", "eso", "esos", "esta", "está", "están", "estas",
	"este", "esto", "estos", "fue", "fueron", "ha", "había", "habían", "han", "hasta", "hay", "hoy", "la", "las",
	"le", "les", "lo", "los", "luego", "más", "me", "mi", "mientras", "muy", "ni", "no", "nos", "nuestra", "nuestro",
	"o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "pues", "que", "qué", "quien",
	"quién", "se", "según", "ser", "si", "sí", "sin", "sino", "sobre", "son", "su", "sus", "también", "tan", "tanto",
	"te", "todo", "todos", "toda", "todas", "tras", "tres", "tu", "un", "una", "unas", "uno", "unos", "y", "ya", "yo",
	NULL
};
static const char *const words_pt[] = {
	"a", "à", "agora", "ainda", "ao", "aos", "após", "as", "às", "até", "cinco", "com", "como", "contra", "da", "das",
	"de", "depois", "desde", "do", "dos", "duas", "dois", "e", "é", "ela", "elas", "ele", "eles", "em", "entre",
	"era", "essa", "esse", "esta", "está", "estão", "este", "eu", "foi", "foram", "há", "hoje", "isso", "isto", "já",
	"lhe", "mais", "mas", "me", "muito", "na", "nas", "nem", "no", "nos", "não", "num", "numa", "o", "onde", "os",
	"ou", "outra", "outro", "para", "pela", "pelas", "pelo", "pelos", "por", "porque", "quando", "quatro", "que",
	"quem", "se", "sem", "ser", "seu", "seus", "sobre", "sua", "suas", "também", "tem", "têm", "toda", "todas",
	"todo", "todos", "três", "um", "uma", "umas", "uns", "você", "ontem",
	NULL
};
static const char *const words_fr[] = {
	"à", "alors", "après", "au", "aujourd'hui", "aussi", "autre", "aux", "avant", "avec", "ce", "ces", "cet", "cette",
	"cinq", "comme", "dans", "de", "depuis", "des", "deux", "donc", "du", "elle", "elles", "en", "encore", "entre",
	"est", "et", "été", "hier", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lors", "lui", "mais", "me",
	"même", "mes", "moi", "mon", "ne", "ni", "nos", "notre", "nous", "on", "ou", "où", "par", "pas", "pendant",
	"plus", "pour", "puis", "quand", "quatre", "que", "qui", "sa", "sans", "se", "selon", "ses", "si", "son", "sont",
	"sous", "sur", "ta", "te", "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "trois", "très", "tu", "un",
	"une", "vous", "y",
	NULL
};
static const char *const words_it[] = {
	"a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "ancora", "che", "chi", "cinque", "come", "con",
	"da", "dal", "dalla", "dalle", "dei", "del", "della", "delle", "dello", "degli", "di", "dopo", "due", "e", "è",
	"ed", "era", "fra", "gli", "i", "ieri", "il", "in", "io", "la", "le", "lei", "lo", "lui", "ma", "mi", "ne", "nel",
	"nella", "nelle", "nello", "negli", "noi", "non", "o", "oggi", "ogni", "per", "però", "più", "quando", "quattro",
	"quella", "quello", "questa", "questo", "se", "si", "sono", "su", "sua", "sue", "sul", "sulla", "suo", "suoi",
	"tra", "tre", "tutti", "tutto", "un", "una", "uno",
	NULL
};
static const char *const words_de[] = {
	"aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "da", "das", "dass", "dem", "den", "der", "des",
	"die", "diese", "dieser", "dieses", "doch", "drei", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
	"er", "es", "für", "gegen", "gestern", "hat", "haben", "hatte", "heute", "ich", "ihr", "im", "in", "ist", "ja",
	"kein", "keine", "man", "mit", "nach", "nicht", "noch", "nur", "oder", "sein", "seine", "sich", "sie", "sind",
	"so", "über", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "waren", "was", "wegen", "weil", "wenn",
	"wie", "wir", "wird", "wurde", "zu", "zum", "zur", "zwei",
	NULL
};
/* English's commonest words, for the count alone (with "per", which
 * Italian has too: tables of prices say "cts per lb"). */
static const char *const words_en[] = {
	"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are", "it", "by", "from", "as",
	"this", "be", "have", "has", "at", "said", "were", "which", "will", "not", "but", "they", "their", "its",
	"an", "or", "up", "off", "per", "over", "after", "than", "more", "last",
	NULL
};
static const char *const *const lists[LANGUAGE_N] = {
	[LANGUAGE_EN] = words_en, [LANGUAGE_ES] = words_es, [LANGUAGE_PT] = words_pt,
	[LANGUAGE_FR] = words_fr, [LANGUAGE_IT] = words_it, [LANGUAGE_DE] = words_de,
};
static const char *const codes[LANGUAGE_N] = { "en", "es", "pt", "fr", "it", "de", "" };

/* One table of every list's words (folded), each with the languages it
 * belongs to: a probe or two a word. */
enum { LANGUAGE_SLOTS = 2048, LANGUAGE_WORD_MAX = 16 };
struct language_slot {
	char w[LANGUAGE_WORD_MAX];	/* folded, NUL-terminated; "" if empty */
	unsigned char n;
	unsigned char langs;		/* 1 << enum language */
};
static struct language_slot language_table[LANGUAGE_SLOTS];
static pthread_once_t language_once = PTHREAD_ONCE_INIT;

static uint32_t language_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* s folded into buf (lower case), or 0 if it is too long to be listed. */
static size_t language_fold(const char *s, size_t n, char *buf)
{
	if (n == 0 || n >= LANGUAGE_WORD_MAX)
		return 0;
	int ascii = 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			ascii = 0;
			break;
		}
		buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	if (ascii)
		return n;
	/* text_fold_buf wants room for three bytes a byte. */
	char room[3 * LANGUAGE_WORD_MAX + 1];
	size_t len;
	char *f = text_fold_buf(s, n, room, sizeof room, &len);
	if (f != room || len >= LANGUAGE_WORD_MAX) {
		if (f != room)
			free(f);
		return 0;
	}
	memcpy(buf, room, len);
	return len;
}

static struct language_slot *language_find(const char *w, size_t n, int add)
{
	for (uint32_t h = language_hash(w, n) & (LANGUAGE_SLOTS - 1);; h = (h + 1) & (LANGUAGE_SLOTS - 1)) {
		struct language_slot *e = &language_table[h];
		if (e->n == 0) {
			if (!add)
				return NULL;
			memcpy(e->w, w, n);
			e->w[n] = '\0';
			e->n = (unsigned char)n;
			return e;
		}
		if (e->n == n && memcmp(e->w, w, n) == 0)
			return e;
	}
}

static void language_init(void)
{
	for (int l = 0; l < LANGUAGE_N; l++)
		for (int i = 0; lists[l] && lists[l][i]; i++) {
			char buf[LANGUAGE_WORD_MAX];
			size_t n = language_fold(lists[l][i], strlen(lists[l][i]), buf);
			if (n)
				language_find(buf, n, 1)->langs |= (unsigned char)(1u << l);
		}
}

/* The languages whose lists hold s[0..n) (1 << enum language), or 0;
 * language_init has run. */
static unsigned language_langs_ready(const char *s, size_t n)
{
	char buf[LANGUAGE_WORD_MAX];
	size_t k = language_fold(s, n, buf);
	if (!k)
		return 0;
	const struct language_slot *e = language_find(buf, k, 0);
	return e ? e->langs : 0;
}

static unsigned language_langs(const char *s, size_t n)
{
	pthread_once(&language_once, language_init);
	return language_langs_ready(s, n);
}

int language_function_word(enum language lang, const char *s, size_t n)
{
	if (lang == LANGUAGE_EN || lang >= LANGUAGE_OTHER)
		return 0;
	return (language_langs(s, n) >> lang) & 1;
}

const char *language_name(enum language lang)
{
	static const char *const names[LANGUAGE_N] = { "English", "Spanish", "Portuguese", "French",
						       "Italian", "German",  "another language" };
	return (unsigned)lang < LANGUAGE_N ? names[lang] : names[LANGUAGE_OTHER];
}

const char *language_code(enum language lang)
{
	return (unsigned)lang < LANGUAGE_N ? codes[lang] : "";
}

enum language language_from_tag(const char *tag)
{
	static const struct {
		const char *name;
		enum language lang;
	} names[] = { { "english", LANGUAGE_EN },    { "spanish", LANGUAGE_ES }, { "español", LANGUAGE_ES },
		      { "castellano", LANGUAGE_ES }, { "portuguese", LANGUAGE_PT }, { "português", LANGUAGE_PT },
		      { "french", LANGUAGE_FR },     { "français", LANGUAGE_FR }, { "italian", LANGUAGE_IT },
		      { "italiano", LANGUAGE_IT },   { "german", LANGUAGE_DE },  { "deutsch", LANGUAGE_DE } };
	if (!tag)
		return LANGUAGE_EN;
	while (*tag == ' ' || *tag == '\t')
		tag++;
	/* The primary subtag: "pt" of "pt-BR", "fr" of "fr_FR". */
	size_t n = strcspn(tag, "-_ ;,\t");
	if (n == 0)
		return LANGUAGE_EN;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i].name) == n && strncasecmp(tag, names[i].name, n) == 0)
			return names[i].lang;
	if (n == 2 || n == 3) {
		/* ISO 639-1, or the -2 codes of the same languages. */
		static const char *const three[LANGUAGE_N] = { "eng", "spa", "por", "fra", "ita", "deu", "" };
		for (int l = 0; l < LANGUAGE_OTHER; l++)
			if ((n == 2 && strncasecmp(tag, codes[l], 2) == 0) || (n == 3 && strncasecmp(tag, three[l], 3) == 0))
				return (enum language)l;
		if (n == 3 && (strncasecmp(tag, "fre", 3) == 0 || strncasecmp(tag, "ger", 3) == 0))
			return (tag[0] | 32) == 'f' ? LANGUAGE_FR : LANGUAGE_DE;
		/* "und" (undetermined) and "mul" (several) say nothing. */
		if (n == 3 && (strncasecmp(tag, "und", 3) == 0 || strncasecmp(tag, "mul", 3) == 0))
			return LANGUAGE_EN;
		return LANGUAGE_OTHER;
	}
	return LANGUAGE_EN;
}

/* The highest count of a language other than English. */
static unsigned language_others(const unsigned *count)
{
	unsigned other = 0;
	for (int l = 1; l < LANGUAGE_OTHER; l++)
		if (count[l] > other)
			other = count[l];
	return other;
}

/* The language of s[0..n) by its function words, or LANGUAGE_N where
 * the count decides nothing. */
static enum language language_count(const char *s, size_t n)
{
	/* Words counted until one language leads by far: an English story
	 * settles in a few dozen words, and 200 say what a story is in. */
	pthread_once(&language_once, language_init);
	unsigned count[LANGUAGE_N] = { 0 };
	size_t words = 0;
	size_t i = 0;
	while (i < n && words < 200) {
		while (i < n && !((unsigned char)s[i] >= 0x80 || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')))
			i++;
		size_t b = i;
		while (i < n && ((unsigned char)s[i] >= 0x80 || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') ||
				 (s[i] == '\'' && i + 1 < n && (s[i + 1] | 32) >= 'a' && (s[i + 1] | 32) <= 'z')))
			i++;
		if (i == b)
			break;
		words++;
		/* A letter alone ("a", "e", "y") is as often a table's or a
		 * list's: it counts for no language. */
		if (i - b == 1 || (i - b == 2 && (unsigned char)s[b] >= 0x80))
			continue;
		unsigned m = i - b < LANGUAGE_WORD_MAX ? language_langs_ready(s + b, i - b) : 0;
		for (int l = 0; m && l < LANGUAGE_OTHER; l++)
			count[l] += (m >> l) & 1;
		if (m && count[LANGUAGE_EN] >= 8 && words >= 24 && count[LANGUAGE_EN] >= 3 * language_others(count))
			return LANGUAGE_EN;
	}
	int best = LANGUAGE_EN;
	for (int l = 1; l < LANGUAGE_OTHER; l++)
		if (count[l] > count[best])
			best = l;
	/* Another language wins by twice English's count, with enough words
	 * of its own for the count to mean something; English by three times
	 * the others'. */
	if (best != LANGUAGE_EN && count[best] >= 8 && count[best] >= 2 * count[LANGUAGE_EN] && count[best] * 10 >= words)
		return (enum language)best;
	if (best == LANGUAGE_EN && count[LANGUAGE_EN] >= 8 && count[LANGUAGE_EN] >= 3 * language_others(count))
		return LANGUAGE_EN;
	return LANGUAGE_N;
}

enum language language_guess(const char *s, size_t n)
{
	enum language l = language_count(s, n);
	return l == LANGUAGE_N ? LANGUAGE_EN : l;
}

enum language language_of_article(const struct article *a)
{
	const char *tag = article_field(a, "lang");
	if (!tag)
		tag = article_field(a, "language");
	enum language declared = tag ? language_from_tag(tag) : LANGUAGE_EN;
	size_t b = a->body_start < a->len ? a->body_start : a->len;
	/* Undeclared text without a letter outside ASCII in its first
	 * kilobytes is English: the other languages of the lists write
	 * accents within a few sentences, and the count is spared on wire
	 * copy. */
	if (declared == LANGUAGE_EN && sieve_is_ascii(a->data + b, a->len - b < 4096 ? a->len - b : 4096))
		return LANGUAGE_EN;
	enum language counted = language_count(a->data + b, a->len - b);
	/* A page's declaration is often a template's ("es" over an English
	 * story): text that is plainly English is read as English; other
	 * text as declared, and undeclared text as its words say. */
	if (counted == LANGUAGE_EN || declared == LANGUAGE_EN)
		return counted == LANGUAGE_N ? LANGUAGE_EN : counted;
	return declared;
}
