/* columns: for each line of stdin, prints the display columns at which the
 * pane separator "│" stands, so UI tests can check that wide characters
 * keep the panes lined up. */
#include <stdio.h>
#include <string.h>

#include "text.h"

int main(void)
{
	char line[8192];
	while (fgets(line, sizeof line, stdin)) {
		size_t n = strcspn(line, "\n");
		struct text_iter it;
		struct text_cell c;
		int col = 0, first = 1;
		text_iter_init(&it, line, n, 0);
		while (text_iter_next(&it, &c)) {
			if (c.cp == 0x2502) {
				printf(first ? "%d" : " %d", col);
				first = 0;
			}
			col += c.width;
		}
		putchar('\n');
	}
	return 0;
}
