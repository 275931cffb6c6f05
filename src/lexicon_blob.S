/* The lexicon's tables as lexicon-gen made them from the lists in
 * src/lexicon/ (see src/lexicon.c); LEXICON_BLOB is their file, which the
 * Makefile names. */
	.section .rodata
	.balign 64
	.global lexicon_blob
lexicon_blob:
	.incbin LEXICON_BLOB
	.section .note.GNU-stack,"",@progbits
