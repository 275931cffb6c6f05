#!/bin/sh
# `crossread --search PATTERN PATH...`: grep-like output "file:line:column:
# text" (column in characters), exit 0 when something matched, 1 when
# nothing did, 2 for a bad regular expression (--regex). Checks the output on
# files made in a temporary directory.
# Usage: search.sh BINARY
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=${TMPDIR:-/tmp}/crossread-search.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

printf 'x\n' >"$tmp/probe.txt"
"$bin" --search x "$tmp/probe.txt" >"$tmp/out" 2>"$tmp/err" </dev/null
if grep -q "unknown option" "$tmp/err"; then
	echo "skip cli-search/all: --search not wired yet"
	exit 0
fi

# check NAME STATUS EXPECTED-FILE -- ARGS...: runs the binary and compares
# its exit status and standard output.
check() {
	name=$1 want=$2 expected=$3
	shift 4
	(cd "$tmp" && "$bin" "$@") >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -ne "$want" ]; then
		echo "FAIL cli-search/$name: exit status $got, want $want ($(head -c 200 "$tmp/err"))"
	elif ! cmp -s "$tmp/out" "$expected"; then
		echo "FAIL cli-search/$name: output differs"
		diff "$expected" "$tmp/out" | head -10 | sed 's/^/#   /'
	else
		echo "ok cli-search/$name"
	fi
}

# A file with accents, a bad byte, CR LF line ends and a hard-wrapped line.
printf 'Title: Caf\303\251 society\n\nLe caf\303\251 est \377 ouvert. Un cafe\r\nAutre ligne: CAFE\nStra\303\237e and STRASSE\n' >"$tmp/a.txt"
printf 'Nothing to see\nhere, cafe\nwrapped\nline\n' >"$tmp/b.txt"

printf '%s\n' \
	'a.txt:1:8:Title: Café society' \
	'a.txt:3:4:Le café est � ouvert. Un cafe' \
	'a.txt:3:26:Le café est � ouvert. Un cafe' \
	'a.txt:4:14:Autre ligne: CAFE' >"$tmp/want-cafe"
check accents-case-columns 0 "$tmp/want-cafe" -- --search cafe a.txt

printf '%s\n' 'a.txt:1:8:Title: Café society' 'a.txt:3:4:Le café est � ouvert. Un cafe' >"$tmp/want-accent"
check accent-respected 0 "$tmp/want-accent" -- --search 'café' a.txt

printf '%s\n' 'a.txt:4:14:Autre ligne: CAFE' >"$tmp/want-upper"
check smart-case 0 "$tmp/want-upper" -- --search CAFE a.txt

printf '%s\n' 'a.txt:5:1:Straße and STRASSE' 'a.txt:5:12:Straße and STRASSE' >"$tmp/want-sz"
check sharp-s 0 "$tmp/want-sz" -- --search 'strasse' a.txt

: >"$tmp/empty"
check no-match 1 "$tmp/empty" -- --search 'xylophone' a.txt b.txt

{ cat "$tmp/want-cafe"; echo 'b.txt:2:7:here, cafe'; } >"$tmp/want-two"
check two-files 0 "$tmp/want-two" -- --search cafe a.txt b.txt
{ echo 'b.txt:2:7:here, cafe'; cat "$tmp/want-cafe"; } >"$tmp/want-order"
check files-in-order 0 "$tmp/want-order" -- --search cafe b.txt a.txt
printf '%s\n' 'a.txt:3:23:Le café est � ouvert. Un cafe' >"$tmp/want-un"
check phrase 0 "$tmp/want-un" -- --search 'un cafe' a.txt

# A match across a line break is reported where it starts.
printf '%s\n' 'b.txt:3:1:wrapped' >"$tmp/want-wrap"
check across-lines 0 "$tmp/want-wrap" -- --search 'wrapped line' b.txt

# @name finds a person by identity, "Angela Merkel" and "Merkel" alike,
# and prints the lines as they are in the file, as a text search does.
printf 'Title: Talks in Berlin\n\nGerman Chancellor Angela Merkel met\tthe  press on Monday.\nMerkel said the talks went well.\n' >"$tmp/c.txt"
printf 'c.txt:3:19:German Chancellor Angela Merkel met\tthe  press on Monday.\nc.txt:4:1:Merkel said the talks went well.\n' >"$tmp/want-entity"
check entity-lines 0 "$tmp/want-entity" -- --search @Merkel c.txt

if "$bin" --help 2>&1 | grep -q -- '--regex'; then
	printf '%s\n' 'a.txt:5:1:Straße and STRASSE' 'a.txt:5:12:Straße and STRASSE' >"$tmp/want-re"
	check regex 0 "$tmp/want-re" -- --regex --search 'stra(ss|x)e\b' a.txt
	(cd "$tmp" && "$bin" --regex --search 'ab(c' a.txt) >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -eq 2 ] && grep -q 'missing closing parenthesis' "$tmp/err" && [ ! -s "$tmp/out" ]; then
		echo "ok cli-search/bad-regex"
	else
		echo "FAIL cli-search/bad-regex: status $got, want 2 with the message ($(head -c 200 "$tmp/err"))"
	fi
	# $ at a paragraph's end, the file's last included; ^ at its start.
	printf 'xa\nya\n\nza\n' >"$tmp/eol.txt"
	printf 'za\n' >"$tmp/one.txt"
	printf '%s\n' 'eol.txt:2:2:ya' 'eol.txt:4:2:za' 'one.txt:1:2:za' >"$tmp/want-eol"
	check dollar-at-paragraph-and-file-end 0 "$tmp/want-eol" -- --regex --search 'a$' eol.txt one.txt
	printf '%s\n' 'eol.txt:1:1:xa' 'eol.txt:4:1:za' >"$tmp/want-bol"
	check caret-at-paragraph-start 0 "$tmp/want-bol" -- --regex --search '^[xz]' eol.txt
	# A pattern that makes PCRE2 give up is refused (exit 2, naming it),
	# never reported as "no match"; a simpler one finds the match.
	awk 'BEGIN { for (i = 0; i < 40; i++) printf "a"; printf "b"; for (i = 0; i < 5; i++) printf "a"; printf "\n" }' >"$tmp/redos.txt"
	echo "redos.txt:1:42:$(cat "$tmp/redos.txt")" >"$tmp/want-redos"
	check simple-regex-finds 0 "$tmp/want-redos" -- --regex --search 'a+$' redos.txt
	(cd "$tmp" && "$bin" --regex --search '(a+)+$' redos.txt) >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -eq 2 ] && grep -q "'(a+)+\$' is too complex" "$tmp/err"; then
		echo "ok cli-search/too-complex-refused"
	else
		echo "FAIL cli-search/too-complex-refused: status $got, want 2 with the message ($(head -c 200 "$tmp/err"))"
	fi
else
	echo "skip cli-search/regex: --regex not wired yet"
fi

# A long line: each match is printed in a window of 100 characters either
# side, with an ellipsis where the line is cut; a short line is whole.
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "word%d ", i; printf "\nshort word1 line\n" }' >"$tmp/long.txt"
"$bin" --search 'word1500 ' "$tmp/long.txt" >"$tmp/out" 2>"$tmp/err"
got=$?
line=$(cat "$tmp/out")
case $line in
*":1:"*"…"*"word1500 "*"…")
	body=${line#*:1:*:}
	# 100 characters before and after the match, two ellipses.
	n=$(printf '%s' "$body" | sed 's/…/./g' | wc -c)
	if [ "$got" -eq 0 ] && [ "$n" -eq $((100 + 9 + 100 + 2)) ]; then
		echo "ok cli-search/long-line-window"
	else
		echo "FAIL cli-search/long-line-window: status $got, $n characters: $(head -c 300 "$tmp/out")"
	fi
	;;
*) echo "FAIL cli-search/long-line-window: $(head -c 300 "$tmp/out")" ;;
esac
"$bin" --search 'short word1 ' "$tmp/long.txt" >"$tmp/out" 2>"$tmp/err"
if [ "$(cat "$tmp/out")" = "$tmp/long.txt:2:1:short word1 line" ]; then
	echo "ok cli-search/short-line-whole"
else
	echo "FAIL cli-search/short-line-whole: $(head -c 300 "$tmp/out")"
fi

# --word (issue 15, 11a): whole words only, Unicode-aware; plain and
# regular; -w stays --width.
printf 'ANATOLII STEPANOV met NATO officials.\n(NATO) and nato_x\nМИРНЫЙ мир\n' >"$tmp/w.txt"
printf '%s\n' 'w.txt:1:23:ANATOLII STEPANOV met NATO officials.' 'w.txt:2:2:(NATO) and nato_x' >"$tmp/want-word"
check word 0 "$tmp/want-word" -- --word --search NATO w.txt
printf '%s\n' 'w.txt:1:2:ANATOLII STEPANOV met NATO officials.' 'w.txt:1:23:ANATOLII STEPANOV met NATO officials.' \
	'w.txt:2:2:(NATO) and nato_x' >"$tmp/want-noword"
check without-word 0 "$tmp/want-noword" -- --search NATO w.txt
printf '%s\n' 'w.txt:3:8:МИРНЫЙ мир' >"$tmp/want-cyr"
check word-cyrillic 0 "$tmp/want-cyr" -- --word --search мир w.txt
check word-regex 0 "$tmp/want-word" -- --word --regex --search 'NAT|NATO' w.txt
: >"$tmp/empty"
check word-none 1 "$tmp/empty" -- --word --search ANATO w.txt

# A directory of many files (issue 14): searched on every core, with the
# sieve passing by the ASCII files that cannot match; the output is that
# of each file searched alone, in the files' order, and files found only
# through folding (an accent, a ligature, a soft hyphen, an HTML entity,
# Markdown) are never passed by.
mkdir -p "$tmp/many"
i=0
while [ $i -lt 300 ]; do
	n=$(printf '%03d' $i)
	case $((i % 6)) in
	0) printf 'Story %s\n\nNothing to see here.\n' $n >"$tmp/many/$n.txt" ;;
	1) printf 'Story %s\n\nPaul Volcker said so.\nVOLCKER %s\n' $n $n >"$tmp/many/$n.txt" ;;
	2) printf 'Story %s\n\nPaul V\303\263lcker and vol\302\255cker.\n' $n >"$tmp/many/$n.txt" ;;
	3) printf 'Story %s\n\nthe \357\254\201nance pages of Volcker\n' $n >"$tmp/many/$n.txt" ;;
	4) printf '<html><head><title>Story %s</title></head><body><article><p>The chairman Paul &#86;olcker said on Tuesday that the dollar had fallen far enough.</p></article></body></html>\n' $n >"$tmp/many/$n.html" ;;
	*) printf '# Story %s\n\nPaul *Volcker* and [Volcker](http://example.com/).\n' $n >"$tmp/many/$n.md" ;;
	esac
	i=$((i + 1))
done
: >"$tmp/want-many"
: >"$tmp/want-many-fi"
for f in "$tmp"/many/*; do
	(cd "$tmp" && "$bin" --search volcker "many/$(basename "$f")") >>"$tmp/want-many" 2>/dev/null </dev/null
	(cd "$tmp" && "$bin" --search finance "many/$(basename "$f")") >>"$tmp/want-many-fi" 2>/dev/null </dev/null
done
if [ "$(wc -l <"$tmp/want-many")" -eq $((50 * 2 + 50 * 2 + 50 + 50 + 50 * 2)) ]; then
	check many-files-in-order 0 "$tmp/want-many" -- --search volcker many
else
	echo "FAIL cli-search/many-files-in-order: $(wc -l <"$tmp/want-many") lines searched one by one"
fi
check many-files-ligature 0 "$tmp/want-many-fi" -- --search finance many
