#!/bin/sh
# Data races: the recognizer, the linking, the search and the output run on
# every core once a set has eight articles or more, and a race there
# changes what is printed from one run to the next without a crash. The
# program built with ThreadSanitizer (make check builds build/tsan) reads
# sixteen articles made of the seeds, and each DIR given (the CoNLL dev
# stories make check writes: a race of a table filled on first use showed
# there and not in the seeds' articles); any report fails the check.
# Usage: threads.sh BINARY [DIR]...
bin=$1
shift
tmp=${TMPDIR:-/tmp}/crossread-threads.$$
mkdir -p "$tmp/set"
trap 'rm -rf "$tmp"' EXIT
if [ ! -x "$bin" ]; then
	echo "skip threads/tsan: $bin is not built"
	exit 0
fi
# Sixteen long articles, each the seeds eight times with every line
# ending in words of its own (a paragraph seen before is not read again):
# with short ones the caller's thread has read them all before a worker
# starts, and nothing runs side by side.
for k in $(seq 1 16); do
	for r in 1 2 3 4 5 6 7 8; do
		awk -v t="$k-$r" 'NF { $0 = $0 " Item " t "." } { print }' seeds/*.txt
	done >"$tmp/set/$k.txt"
done
export TSAN_OPTIONS="halt_on_error=0 exitcode=66"
run() { # run NAME ARGS...: one run, its reports counted
	name=$1
	shift
	"$bin" --no-state "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if grep -q "unexpected memory mapping\|ThreadSanitizer: failed" "$tmp/err"; then
		echo "skip threads/$name: ThreadSanitizer cannot run on this kernel ($(head -c 120 "$tmp/err"))"
	elif grep -q "WARNING: ThreadSanitizer" "$tmp/err" || [ "$rc" = 66 ]; then
		echo "FAIL threads/$name: a data race"
		grep -A12 "WARNING: ThreadSanitizer" "$tmp/err" | head -40 | sed 's/^/#   /'
	elif [ "$rc" != 0 ] || [ ! -s "$tmp/out" ]; then
		echo "FAIL threads/$name: exit status $rc, $(wc -l <"$tmp/out") lines ($(head -c 200 "$tmp/err"))"
	else
		echo "ok threads/$name ($(wc -l <"$tmp/out") lines)"
	fi
}
run entities --entities "$tmp/set"
run xref --xref "$tmp/set"
run search --search Putin "$tmp/set"
run dump --dump "$tmp/set"
for d in "$@"; do
	if [ -d "$d" ]; then
		run "entities-$(basename "$(dirname "$d")")" --entities "$d"
	else
		echo "skip threads/entities-$(basename "$(dirname "$d")"): $d is absent"
	fi
done
