#!/bin/sh
# Cross-validation over the Worldwide training outlets (make xval-eval):
# each fold's outlets read by the model that never saw them
# ($BUILD/xval/gN/crossread, made by make), their names scored together as
# make conll-eval scores the held-out outlets. A development measure six
# times the size of one fold, for choosing rules; the held-out outlets are
# in none of the folds.
# Usage: xval-eval.sh BUILD_DIR
set -e
b=$1
out=$b/xval
: >"$out/gold.tsv.tmp"
: >"$out/pred.tsv.tmp"
for g in 1 2 3 4 5 6; do
	d=$out/g$g
	rm -rf "$d/docs"
	mkdir -p "$d/docs"
	"$b/conll2txt" "$d/heldout.conll" "$d/docs" "$d/gold.tsv" >/dev/null
	"$d/crossread" --no-state --entities "$d/docs" >"$d/pred.tsv"
	# One file name space for the six: the fold before each story's name.
	tail -n +2 "$d/gold.tsv" | sed "s|^[^	]*/doc-|g$g-doc-|; s|^doc-|g$g-doc-|" >>"$out/gold.tsv.tmp"
	tail -n +2 "$d/pred.tsv" | sed "s|^[^	]*/doc-|g$g-doc-|" >>"$out/pred.tsv.tmp"
done
{ head -1 "$out/g1/gold.tsv"; cat "$out/gold.tsv.tmp"; } >"$out/gold.tsv"
{ head -1 "$out/g1/pred.tsv"; cat "$out/pred.tsv.tmp"; } >"$out/pred.tsv"
rm -f "$out/gold.tsv.tmp" "$out/pred.tsv.tmp"
"$b/score" --map PERSON=PER --map PLACE=LOC --map GROUP=MISC --types PER,LOC,ORG,MISC \
	"$out/gold.tsv" "$out/pred.tsv" | sed 's/^/worldwide-xval: /'
python3 tests/tools/ww-conventions.py "$out/gold.tsv" "$out/pred.tsv" | sed 's/^/worldwide-xval-annotation: /'
