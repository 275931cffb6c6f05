/* The tagger's table of word classes as tagger-wcgen made it of
 * src/model/wordclass.txt (see include/tagger_wc.h); WCTABLE is its
 * file, which the Makefile names. */
	.section .rodata
	.balign 64
	.global tagger_wctable
tagger_wctable:
	.incbin WCTABLE
	.section .note.GNU-stack,"",@progbits
