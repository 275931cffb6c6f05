#!/bin/sh
# Command-line behaviour: exit statuses and messages for bad input, as the
# man page gives them (0 success, 1 usage, 2 input).
# Usage: errors.sh BINARY
bin=$1
tmp=${TMPDIR:-/tmp}/crossread-cli.$$
mkdir -p "$tmp"

# expect NAME STATUS PATTERN -- ARGS...: runs the binary, checks the exit
# status and that stderr (or stdout for status 0) matches PATTERN.
expect() {
	name=$1 want=$2 pattern=$3
	shift 4
	"$bin" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -ne "$want" ]; then
		echo "FAIL cli/$name: exit status $got, want $want ($(head -c 200 "$tmp/err"))"
	elif ! grep -q -- "$pattern" "$tmp/out" "$tmp/err"; then
		echo "FAIL cli/$name: no \"$pattern\" in the output"
		sed 's/^/#   /' "$tmp/err" | head -5
	else
		echo "ok cli/$name"
	fi
}

expect version 0 '^crossread [0-9]' -- --version
expect help 0 'Usage: crossread' -- --help
expect unknown-option 1 "unknown option '--frobnicate'" -- --frobnicate
expect bad-width 1 'width' -- --dump --width zero seeds
expect missing-file 2 'no/such/file.txt: No such file or directory' -- --dump no/such/file.txt
mkdir -p "$tmp/emptydir"
expect empty-dir 2 'emptydir: no articles' -- --dump "$tmp/emptydir"
: >"$tmp/empty.txt"
expect empty-file 0 '(no text in this article)' -- --dump "$tmp/empty.txt"
mkdir -p "$tmp/mixed"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$tmp/mixed/photo.txt"
printf 'A real article.\n' >"$tmp/mixed/story.txt"
expect binary-skipped 0 'photo.txt: skipped, looks like a binary file' -- --dump "$tmp/mixed"
expect binary-skipped-text 0 'A real article.' -- --dump "$tmp/mixed"
if [ "$(id -u)" != 0 ]; then
	printf 'secret\n' >"$tmp/locked.txt"
	chmod 000 "$tmp/locked.txt"
	expect unreadable 2 'locked.txt: Permission denied' -- --dump "$tmp/locked.txt"
else
	echo "skip cli/unreadable: running as root, who can read any file"
fi
printf 'x\n' >"$tmp/plain.txt"
expect not-a-directory 2 'plain.txt/inside.txt: Not a directory' -- --dump "$tmp/plain.txt/inside.txt"
expect no-terminal 1 'needs a terminal' -- seeds
expect default-seeds 0 'Kremlin spokesman Dmitry Peskov' -- --dump
# A missing path among good ones: the error names it and nothing is shown.
"$bin" --dump seeds no/such.txt >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q 'no/such.txt' "$tmp/err"; then
	echo "ok cli/missing-among-good"
else
	echo "FAIL cli/missing-among-good: want exit 2, no output, and the path named"
fi
# Two articles: each under a heading, in the order given.
"$bin" --dump seeds/001_9f6566dcaea3a73e.txt seeds/000_e89b523788f1d673.txt >"$tmp/out" 2>&1
if [ "$(grep '^==> ' "$tmp/out" | sed 's/.*seeds\///')" = "$(printf '001_9f6566dcaea3a73e.txt <==\n000_e89b523788f1d673.txt <==')" ]; then
	echo "ok cli/order-as-given"
else
	echo "FAIL cli/order-as-given: headings are $(grep '^==> ' "$tmp/out" | tr '\n' ' ')"
fi
chmod -R u+rwx "$tmp" 2>/dev/null
rm -rf "$tmp"
