/* ner_lang: the recognizer's last pass over an article in a language other
 * than English that it knows the function words of (see language.h). The
 * model was trained on English, where a capital marks a name; in Spanish,
 * Portuguese, French and Italian that holds too, but the model knows none
 * of their small words and takes "En Nueva Zelanda", "Pero el", "l'UMP" or
 * "Carlos Nino llamó" for names. This pass cuts such words off the ends of
 * mentions, drops mentions that are only such words, parts two names joined
 * by the language's "and", and types a country named in the language as a
 * place ("Turquía"). A name of one word that opens a sentence stays only
 * where the lists know it or the text writes it capitalised inside a
 * sentence too. German capitalises every noun, so there a name of one word
 * is kept only where the lists know it, it is an acronym, or a longer name
 * of the article holds it. A language declared but none of these (Czech,
 * Dutch, Polish...) is cleaned as far as letter case alone tells: words in
 * lower case off a name's start and a person's name cut at them, and the
 * sentence's first word alone kept on the same terms. */
#ifndef CROSSREAD_NER_LANG_H
#define CROSSREAD_NER_LANG_H

#include "language.h"
#include "ner.h"

/* Cleans the mentions of the text s[0..n) written in lang (no change for
 * LANGUAGE_EN); keeps them sorted and apart. */
void ner_lang_clean(const char *s, size_t n, enum language lang, struct ner_list *out);

#endif
