#!/bin/sh
# Golden tests of --dump: each tests/cli/cases/NAME.txt is dumped with the
# options in NAME.args and compared with NAME.out, written by hand (or, for
# the seeds, read through and checked against the source text).
# Usage: golden.sh BINARY [LABEL]
bin=$1
label=${2:-golden}
dir=$(dirname "$0")/cases
tmp=${TMPDIR:-/tmp}/crossread-golden.$$
for in in "$dir"/*.txt; do
	name=$(basename "$in" .txt)
	args=$(cat "$dir/$name.args" 2>/dev/null)
	# shellcheck disable=SC2086
	if "$bin" --dump $args "$in" >"$tmp" 2>"$tmp.err"; then
		if cmp -s "$tmp" "$dir/$name.out"; then
			echo "ok $label/$name"
		else
			echo "FAIL $label/$name: output differs from $name.out:"
			diff "$dir/$name.out" "$tmp" | head -20 | sed 's/^/#   /'
		fi
	else
		echo "FAIL $label/$name: exit status $? ($(head -c 300 "$tmp.err"))"
	fi
done
rm -f "$tmp" "$tmp.err"
