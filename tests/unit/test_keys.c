/* Unit tests of keys: the table the dispatcher and help share. */
#include <string.h>

#include "check.h"
#include "keys.h"

static void test_keys_lookup(void)
{
	CHECK_INT(keys_lookup('j'), CMD_LINE_DOWN);
	CHECK_INT(keys_lookup(KEYS_DOWN), CMD_LINE_DOWN);
	CHECK_INT(keys_lookup(' '), CMD_PAGE_DOWN);
	CHECK_INT(keys_lookup('b'), CMD_PAGE_UP);
	CHECK_INT(keys_lookup('G'), CMD_BOTTOM);
	CHECK_INT(keys_lookup('\t'), CMD_FOCUS_NEXT);
	CHECK_INT(keys_lookup('\r'), CMD_OPEN);
	CHECK_INT(keys_lookup('J'), CMD_NEXT_ARTICLE);
	CHECK_INT(keys_lookup(']'), CMD_NEXT_ARTICLE);
	CHECK_INT(keys_lookup(KEYS_CTRL('l')), CMD_REDRAW);
	CHECK_INT(keys_lookup('h'), CMD_HELP);
	CHECK_INT(keys_lookup(KEYS_F1), CMD_HELP);
	CHECK_INT(keys_lookup('q'), CMD_QUIT);
	/* ? searches backward, as in less; h is help. */
	CHECK_INT(keys_lookup('?'), CMD_SEARCH_BACKWARD);
	CHECK_INT(keys_lookup('/'), CMD_SEARCH_FORWARD);
	CHECK_INT(keys_lookup('n'), CMD_SEARCH_NEXT);
	CHECK_INT(keys_lookup('N'), CMD_SEARCH_PREV);
	CHECK_INT(keys_by_name("next-article"), CMD_NEXT_ARTICLE);
	/* o opens the story's url, except in the list, where it sorts. */
	CHECK_INT(keys_lookup('o'), CMD_OPEN_URL);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_NORMAL, 'o'), CMD_OPEN_URL);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_LIST, 'o'), CMD_SORT);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_LIST, 'j'), CMD_LINE_DOWN);
	/* In a selection, w b j k } { change it; other keys keep their meaning. */
	CHECK_INT(keys_lookup('v'), CMD_SELECT);
	CHECK_INT(keys_lookup('y'), CMD_COPY);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_SELECT, 'w'), CMD_SELECT_WORD_NEXT);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_SELECT, 'b'), CMD_SELECT_WORD_PREV);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_SELECT, 'j'), CMD_SELECT_LINE_DOWN);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_SELECT, '}'), CMD_SELECT_PARA_NEXT);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_SELECT, KEYS_ESC), CMD_SELECT_CANCEL);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_SELECT, 'y'), CMD_COPY);
	CHECK_INT(keys_lookup_mode(KEYS_MODE_SELECT, ' '), CMD_PAGE_DOWN);
	CHECK_INT(keys_lookup('b'), CMD_PAGE_UP);
	CHECK_INT(keys_lookup('w'), CMD_NONE);
	/* = and ^G give the file's information, as in less; < and > stay
	 * the top and the bottom. */
	CHECK_INT(keys_lookup('='), CMD_FILE_INFO);
	CHECK_INT(keys_lookup(KEYS_CTRL('g')), CMD_FILE_INFO);
	CHECK_INT(keys_lookup('<'), CMD_TOP);
	CHECK_INT(keys_lookup('>'), CMD_BOTTOM);
}

static void test_keys_table(void)
{
	size_t nc, nb;
	const struct keys_command *c = keys_commands(&nc);
	const struct keys_binding *b = keys_bindings(&nb);
	/* Every command has a key and help; no key is bound twice. */
	for (size_t i = 0; i < nc; i++) {
		char labels[128];
		keys_labels(c[i].cmd, labels, sizeof labels);
		CHECK(labels[0] != '\0');
		CHECK(c[i].help && c[i].help[0]);
	}
	for (int m = 0; m < KEYS_MODE_COUNT; m++) {
		b = keys_mode_bindings((enum keys_mode)m, &nb);
		for (size_t i = 0; i < nb; i++)
			for (size_t j = i + 1; j < nb; j++)
				CHECK(b[i].key != b[j].key);
	}
	char labels[64];
	keys_labels(CMD_NEXT_ARTICLE, labels, sizeof labels);
	CHECK_STR(labels, "J, ]");
	keys_labels(CMD_SELECT_LINE_DOWN, labels, sizeof labels);
	CHECK_STR(labels, "j, Down");
}

const struct check_test keys_tests[] = {
	{ "keys_lookup", test_keys_lookup },
	{ "keys_table", test_keys_table },
	{ NULL, NULL }
};
