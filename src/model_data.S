/* The tagger's model (src/model/ner.model) and vector classes
 * (src/model/vecclass.bin), compiled in as they are (the word classes,
 * src/model/wordclass.txt, go in as a table: src/wctable_data.S). They may be
 * missing (a fresh checkout before `make model`): the symbols then mark
 * empty data and the tagger reports that it has no model.
 * Paths in __has_include are relative to this file, .incbin's to the top of
 * the tree, where make runs. The 0 byte after each ends it for a reader
 * that stops there rather than at its end symbol. */
	.section .rodata
	.balign 16
	.global tagger_model_start
	.global tagger_model_end
tagger_model_start:
#ifdef TAGGER_MODEL_FILE
	/* Another model (the evaluation model of make conll-eval). */
	.incbin TAGGER_MODEL_FILE
#elif __has_include("model/ner.model")
	.incbin "src/model/ner.model"
#endif
tagger_model_end:
	.byte 0
	.balign 16
	.global tagger_vecclass_start
	.global tagger_vecclass_end
tagger_vecclass_start:
#if __has_include("model/vecclass.bin")
	.incbin "src/model/vecclass.bin"
#endif
tagger_vecclass_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
