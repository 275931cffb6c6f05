/* The table of familiar given names (src/lexicon/nicknames.txt), compiled
 * in as it is. The path is relative to the top of the tree, where make
 * runs. */
	.section .rodata
	.global nickname_data_start
	.global nickname_data_end
nickname_data_start:
	.incbin "src/lexicon/nicknames.txt"
nickname_data_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
