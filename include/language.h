/* language: which language an article is written in, as far as the
 * recognizer needs to know it, and the function words of the languages it
 * knows besides English ("la", "en", "pero"): words that start, end or are
 * no name however they are written. The language comes from the article's
 * own declaration (a "lang" or "language" field: HTML's lang attribute, a
 * feed's, front matter) and a count of the commonest function words of its
 * text. English is the default: an article is taken for another language
 * only on clear evidence. */
#ifndef CROSSREAD_LANGUAGE_H
#define CROSSREAD_LANGUAGE_H

#include <stddef.h>

struct article;

enum language {
	LANGUAGE_EN,	/* English, or not known */
	LANGUAGE_ES,	/* Spanish */
	LANGUAGE_PT,	/* Portuguese */
	LANGUAGE_FR,	/* French */
	LANGUAGE_IT,	/* Italian */
	LANGUAGE_DE,	/* German: every noun capitalised */
	LANGUAGE_OTHER,	/* declared, and none of the above */
	LANGUAGE_N
};

/* The language a declaration such as "es", "pt-BR", "fr_FR" or "English"
 * names; LANGUAGE_EN for an empty or unreadable one. */
enum language language_from_tag(const char *tag);
/* The language of s[0..n) by its function words: another than English only
 * where its words outnumber English's clearly. */
enum language language_guess(const char *s, size_t n);
/* The article's language: language_guess over the start of its body where
 * that is English or nothing is declared, else the declaration (a template's
 * "es" over an English story is English). Undeclared text all in ASCII at
 * its start is English. */
enum language language_of_article(const struct article *a);
/* The language's English name ("Spanish"; "another language" for
 * LANGUAGE_OTHER). */
const char *language_name(enum language lang);
/* The two-letter code ("en", "es"...; "" for LANGUAGE_OTHER). */
const char *language_code(enum language lang);
/* Whether s[0..n) is a function word of lang, compared case-insensitively
 * (never for English, whose words the recognizer's lists know). */
int language_function_word(enum language lang, const char *s, size_t n);

#endif
