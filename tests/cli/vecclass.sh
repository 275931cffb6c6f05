#!/bin/sh
# crossread-vecclass: the vector classes' table is the same bytes however
# often it is made, holds every word of the vectors (a word and its twin of
# the same vector in one class at every level), and bad input is named.
# Usage: vecclass.sh BINARY
bin=$1
tmp=${TMPDIR:-/tmp}/crossread-vecclass.$$
mkdir -p "$tmp"

# Two directions and their mixtures, in GloVe's text form; "vorn" and
# "vorn2" share a vector; "1999" has no letter and is left out.
cat >"$tmp/vec.txt" <<'V'
vorn 1 0.1 0 0
vorn2 1 0.1 0 0
vorna 0.9 0.2 0.1 0
vornb 0.8 0 0.2 0.1
1999 0.5 0.5 0.5 0.5
kelt 0 0 1 0.1
kelta 0.1 0 0.9 0.2
keltb 0 0.1 0.8 0
zumm 0 1 0 0
zumma 0.1 0.9 0 0.1
V
run() { "$bin" --classes 4 --classes 3 --classes 2 --classes 2 --iterations 10 --out "$@" 2>"$tmp/err"; }
if run "$tmp/a.bin" "$tmp/vec.txt" && run "$tmp/b.bin" "$tmp/vec.txt" && cmp -s "$tmp/a.bin" "$tmp/b.bin"; then
	echo "ok vecclass/deterministic"
else
	echo "FAIL vecclass/deterministic: two runs differ or failed ($(head -c 200 "$tmp/err"))"
fi
"$bin" --show "$tmp/a.bin" vorn VORN2 kelt zumma 1999 nowhere >"$tmp/show" 2>"$tmp/err"
v1=$(awk '$1 == "vorn" { $1 = ""; print }' "$tmp/show")
v2=$(awk '$1 == "VORN2" { $1 = ""; print }' "$tmp/show")
if [ -n "$v1" ] && [ "$v1" = "$v2" ] && [ "$(awk '$1 == "kelt" { print NF }' "$tmp/show")" = 5 ] &&
	[ "$(awk '$1 == "zumma" { print NF }' "$tmp/show")" = 5 ] &&
	grep -q '^1999	-$' "$tmp/show" && grep -q '^nowhere	-$' "$tmp/show"; then
	echo "ok vecclass/show"
else
	echo "FAIL vecclass/show: $(tr '\n' ' ' <"$tmp/show")"
fi

# expect NAME PATTERN ARGS...: exit status 1 and PATTERN on stderr.
expect() {
	name=$1 pattern=$2
	shift 2
	"$bin" "$@" >/dev/null 2>"$tmp/err"
	got=$?
	if [ "$got" -eq 1 ] && grep -q -- "$pattern" "$tmp/err"; then
		echo "ok vecclass/$name"
	else
		echo "FAIL vecclass/$name: exit status $got, stderr: $(head -c 200 "$tmp/err")"
	fi
}
printf 'vorn 1 0\nkelt 0 x1\n' >"$tmp/nan.txt"
printf 'vorn 1 0\nkelt 0 1 2\n' >"$tmp/dims.txt"
printf 'vorn 1 0\nkelt 0 1\n' >"$tmp/two.txt"
expect missing 'no/such.txt: No such file' --out "$tmp/c.bin" no/such.txt
expect not-a-number "nan.txt:2: not a number" --out "$tmp/c.bin" "$tmp/nan.txt"
expect dimensions "dims.txt:2: 3 numbers where the first line had 2" --out "$tmp/c.bin" "$tmp/dims.txt"
expect too-few-words "2 words for 4096 classes" --out "$tmp/c.bin" "$tmp/two.txt"
expect not-a-table "not a table of vector classes" --show "$tmp/vec.txt" vorn
expect levels "give --classes 4 times" --classes 4 --classes 2 --out "$tmp/c.bin" "$tmp/vec.txt"
expect one-class "--classes 1: must be from 2" --classes 4 --classes 3 --classes 1 --classes 2 --out "$tmp/c.bin" "$tmp/vec.txt"
rm -rf "$tmp"
