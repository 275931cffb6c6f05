#!/bin/sh
# The input layer from the command line: standard input for every printing
# mode, --text and --articles, Markdown, other charsets, sniffing, and the
# order in which bad paths are reported. Usage: input.sh BINARY [LABEL]
bin=$1
label=${2:-cli}
tmp=${TMPDIR:-/tmp}/crossread-input.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok $label/$1"; }
fail() { echo "FAIL $label/$1: $2"; }

story='Title: Talks in Geneva
Date: 2022-01-25

    GENEVA, Jan 25 - Foreign Minister Sergei Lavrov met Secretary of State
Antony Blinken in Geneva on Friday for talks that both sides described as
frank.
    NATO said it would answer in writing.
'
printf '%s' "$story" >"$tmp/story.txt"

# Every printing mode reads "-", and reads a pipe when no PATH is given.
for mode in --dump --text --articles --entities --xref; do
	name=stdin${mode#-}
	out1=$(printf '%s' "$story" | "$bin" $mode - 2>&1)
	s1=$?
	out2=$(printf '%s' "$story" | "$bin" $mode 2>&1)
	s2=$?
	want=$("$bin" $mode "$tmp/story.txt" 2>&1 | sed "s|$tmp/story.txt|-|g")
	if [ $s1 -eq 0 ] && [ $s2 -eq 0 ] && [ "$out1" = "$want" ] && [ "$out2" = "$want" ] && [ -n "$want" ]; then
		ok "$name"
	else
		fail "$name" "status $s1/$s2; '-' and no PATH should print what the file prints with its name as -"
		printf '%s\n' "$out1" | head -3 | sed 's/^/#   /'
	fi
done
out=$(printf '%s' "$story" | "$bin" --search Blinken -)
s=$?
if [ $s -eq 0 ] && [ "$out" = "-:5:8:Antony Blinken in Geneva on Friday for talks that both sides described as" ]; then
	ok stdin-search
else
	fail stdin-search "status $s, got '$out'"
fi
out=$(printf '%s' "$story" | "$bin" --search Nowhere)
[ $? -eq 1 ] && [ -z "$out" ] && ok stdin-search-none || fail stdin-search-none "want exit 1 and nothing"
# The Lavrov entity found in standard input, with offsets into it.
printf '%s' "$story" | "$bin" --entities - >"$tmp/ents"
line=$(grep 'Sergei Lavrov' "$tmp/ents" | head -1)
start=$(echo "$line" | cut -f2)
end=$(echo "$line" | cut -f3)
got=$(printf '%s' "$story" | dd bs=1 skip="$start" count=$((end - start)) 2>/dev/null)
[ "$got" = "Sergei Lavrov" ] && ok stdin-entity-offsets || fail stdin-entity-offsets "'$line' holds '$got'"
# /dev/null is not a pipe: the bundled articles, as before.
"$bin" --dump </dev/null | grep -q 'Kremlin spokesman Dmitry Peskov' && ok devnull-seeds || fail devnull-seeds "no seeds"
out=$("$bin" --dump - - <"$tmp/story.txt" 2>&1)
[ $? -eq 2 ] && echo "$out" | grep -q 'read only once' && ok stdin-twice || fail stdin-twice "$out"

# --text of a plain UTF-8 file is the file.
"$bin" --text "$tmp/story.txt" | cmp -s - "$tmp/story.txt" && ok text-plain-is-file || fail text-plain-is-file "differs"

# --articles: the fields, the date in ISO 8601, JSON with the text.
printf 'Title: Wire copy\nDate: 26-FEB-1987 15:01:01.79\nAuthor: Ann Lee\nSource: Reuters\nUrl: https://example.org/a\nLang: en\n\nBody.\n' >"$tmp/wire.txt"
out=$("$bin" --articles "$tmp/wire.txt" "$tmp/story.txt")
want="file	item	title	date	author	source	url	lang
$tmp/wire.txt	0	Wire copy	1987-02-26T15:01:01	Ann Lee	Reuters	https://example.org/a	en
$tmp/story.txt	0	Talks in Geneva	2022-01-25				"
[ "$out" = "$want" ] && ok articles-tsv || { fail articles-tsv "got:"; printf '%s\n' "$out" | sed 's/^/#   /'; }
out=$("$bin" --articles --format json "$tmp/wire.txt")
want="{\"file\":\"$tmp/wire.txt\",\"item\":0,\"title\":\"Wire copy\",\"date\":\"1987-02-26T15:01:01\",\"author\":\"Ann Lee\",\"source\":\"Reuters\",\"url\":\"https://example.org/a\",\"lang\":\"en\",\"text\":\"Title: Wire copy\\nDate: 26-FEB-1987 15:01:01.79\\nAuthor: Ann Lee\\nSource: Reuters\\nUrl: https://example.org/a\\nLang: en\\n\\nBody.\\n\"}"
[ "$out" = "$want" ] && ok articles-json || { fail articles-json "got:"; echo "#   $out"; }
printf 'Date: sometime in spring\n\nBody.\n' >"$tmp/odd.txt"
"$bin" --articles "$tmp/odd.txt" | tail -1 | cut -f4 | grep -qx 'sometime in spring' && ok articles-date-as-written || fail articles-date-as-written "an unreadable date is kept as written"

# Markdown: front matter fields, no markup in the text, offsets into --text.
cat >"$tmp/note.md" <<'MD'
---
title: "Notes on the Geneva talks"
date: 2022-01-25
author: [Ann Lee, Bo Chen]
source: Field notes
---
# Geneva

**Sergei Lavrov** met [Antony Blinken](https://example.org/blinken) in *Geneva*.

![A photo of the lake](lake.jpg)

- NATO will answer
- in writing
MD
"$bin" --dump "$tmp/note.md" >"$tmp/md.out"
if head -1 "$tmp/md.out" | grep -q '^Notes on the Geneva talks$' && grep -q 'Sergei Lavrov met Antony Blinken in Geneva\.' "$tmp/md.out" &&
	! grep -q '\*\*\|\](\|^#\|!\[\|^---' "$tmp/md.out" && grep -q '• NATO will answer' "$tmp/md.out"; then
	ok markdown-dump
else
	fail markdown-dump "title, text or markup:"
	sed 's/^/#   /' "$tmp/md.out" | head -12
fi
out=$("$bin" --articles "$tmp/note.md" | tail -1)
[ "$out" = "$tmp/note.md	0	Notes on the Geneva talks	2022-01-25	Ann Lee, Bo Chen	Field notes		" ] && ok markdown-front-matter || fail markdown-front-matter "got '$out'"
"$bin" --text "$tmp/note.md" >"$tmp/md.text"
"$bin" --entities "$tmp/note.md" | tail -n +2 >"$tmp/md.ents"
bad=0
while IFS='	' read -r file start end type entity text id; do
	got=$(dd if="$tmp/md.text" bs=1 skip="$start" count=$((end - start)) 2>/dev/null | tr '\n\t' '  ')
	[ "$got" = "$text" ] || bad=1
done <"$tmp/md.ents"
if [ $bad -eq 0 ] && grep -q 'Antony Blinken' "$tmp/md.ents"; then ok markdown-offsets-index-text; else fail markdown-offsets-index-text "offsets do not hold the text of --text"; fi
# Program code names no one: a name in a code block is no entity, the
# same name in the prose around it is.
cat >"$tmp/code.md" <<'MD'
Sergei Lavrov met Antony Blinken in Geneva.

```js
const talks = new Meeting("Antony Blinken", Geneva);
```
MD
"$bin" --entities "$tmp/code.md" | tail -n +2 >"$tmp/code.ents"
codeat=$("$bin" --text "$tmp/code.md" | grep -b -o 'const talks' | cut -d: -f1)
if [ -n "$codeat" ] && grep -q 'Antony Blinken' "$tmp/code.ents" &&
	! awk -F'\t' -v c="$codeat" '$2 >= c { found = 1 } END { exit !found }' "$tmp/code.ents"; then
	ok markdown-code-no-names
else
	fail markdown-code-no-names "a name inside the code block, or none in the prose"
	sed 's/^/#   /' "$tmp/code.ents" | head -8
fi
# The same Markdown through standard input is read as Markdown.
printf '%s' "$(cat "$tmp/note.md")" | "$bin" --dump - | head -1 | grep -q '^Notes on the Geneva talks$' && ok markdown-stdin || fail markdown-stdin "front matter not read from a pipe"

# Windows-1252 text is converted; so is a file saved as Latin-1.
printf 'Title: Caf\351 society\n\nThe caf\351 in Z\374rich served cr\350me br\373l\351e \226 \223quoted\224.\n' >"$tmp/cp1252.txt"
out=$("$bin" --dump "$tmp/cp1252.txt")
echo "$out" | grep -q 'The café in Zürich served crème brûlée – “quoted”.' && echo "$out" | head -1 | grep -q '^Café society$' &&
	ok cp1252-converted || fail cp1252-converted "$out"
"$bin" --text "$tmp/cp1252.txt" | grep -q 'Zürich' && ok cp1252-text-utf8 || fail cp1252-text-utf8 "--text should be UTF-8"

# Sniffing: a page saved as .txt is read as a page, not shown as its
# source; a directory picks up Markdown, pages, feeds and files without an
# extension, and says what it skips.
printf '<!DOCTYPE html>\n<html><head><title>A page</title></head><body><nav><a href="/">Home</a></nav><article><p>Hi from the page, a paragraph long enough to be the article body of this small page.</p></article></body></html>\n' >"$tmp/page.txt"
out=$("$bin" --dump "$tmp/page.txt" 2>&1)
s=$?
if [ $s -eq 0 ] && echo "$out" | grep -q 'Hi from the page' && ! echo "$out" | grep -q '<\|DOCTYPE'; then
	ok sniff-html-not-text
else
	fail sniff-html-not-text "status $s: $out"
fi
mkdir -p "$tmp/dir"
cp "$tmp/note.md" "$tmp/dir/a.markdown"
cp "$tmp/story.txt" "$tmp/dir/b"
cp "$tmp/page.txt" "$tmp/dir/c.html"
printf 'int main(void) { return 0; }\n' >"$tmp/dir/d.c"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$tmp/dir/e.txt"
out=$("$bin" --articles "$tmp/dir" 2>"$tmp/err")
if [ "$(echo "$out" | cut -f1 | tail -n +2 | sed "s|$tmp/dir/||" | tr '\n' ' ')" = "a.markdown b c.html " ] && grep -q 'e.txt: skipped, looks like a binary file' "$tmp/err"; then
	ok directory-formats
else
	fail directory-formats "got $(echo "$out" | cut -f1 | tr '\n' ' ') / $(cat "$tmp/err")"
fi

# Paths are checked before anything else: a missing one is named (exit 2)
# even without a terminal; only then does the reader ask for one.
out=$("$bin" /nonexistent/story.txt 2>&1 </dev/null)
s=$?
[ $s -eq 2 ] && echo "$out" | grep -q '/nonexistent/story.txt: No such file or directory' && ok missing-before-terminal || fail missing-before-terminal "status $s: $out"
out=$("$bin" "$tmp/story.txt" 2>&1 </dev/null)
s=$?
[ $s -eq 1 ] && echo "$out" | grep -q 'needs a terminal' && ok reader-needs-terminal || fail reader-needs-terminal "status $s: $out"
out=$("$bin" --dump "$tmp/story.txt" /nonexistent/b.txt 2>&1 >/dev/null)
[ $? -eq 2 ] && echo "$out" | grep -q 'b.txt' && ok missing-among-stdin || fail missing-among-stdin "$out"

# Sign-offs, datelines and bylines of agencies count for nothing in
# cross-references; the same agency quoted in the story does.
mkdir -p "$tmp/wire"
printf 'Title: A\n\n    LONDON (Reuters) - Sergei Lavrov met Antony Blinken in Geneva on Friday.\n Reuter\n' >"$tmp/wire/a.txt"
printf 'Title: B\n\nBy Ann Lee\n\nGENEVA (AFP) - Lavrov and Blinken spoke for two hours.\n\nREUTER\n' >"$tmp/wire/b.txt"
printf 'Title: C\n\nLavrov told Reuters the talks would go on. AFP reported it too.\n' >"$tmp/wire/c.txt"
printf 'Title: D\n\nBy Tuesday, Sergei Lavrov had left Geneva.\n' >"$tmp/wire/d.txt"
"$bin" --xref "$tmp/wire" >"$tmp/wire.xref"
if grep -q "	Sergei Lavrov	.*d.txt	1$" "$tmp/wire.xref" && ! grep -q "Reuters.*a.txt\|Reuters.*b.txt\|AFP.*b.txt\|Ann Lee" "$tmp/wire.xref"; then
	ok wire-signoffs-not-shared
else
	fail wire-signoffs-not-shared "sign-offs, datelines or bylines in --xref:"
	sed 's/^/#   /' "$tmp/wire.xref"
fi
"$bin" --entities "$tmp/wire/a.txt" | grep -q "	ORG	Reuters	Reuter	[0-9]*$" && ok wire-signoff-still-an-entity || fail wire-signoff-still-an-entity "the sign-off is no longer highlighted"

# A directory of many files is read on every core at once, and still
# listed in name order, with what cannot be read reported by name.
mkdir -p "$tmp/many"
i=0
while [ $i -lt 150 ]; do
	n=$(printf '%03d' $i)
	printf 'Title: Story %s\n\nText of story %s.\n' "$n" "$n" >"$tmp/many/s$n.txt"
	i=$((i + 1))
done
printf 'Title: Bad\n\n\000\001\002\003 binary\000' >"$tmp/many/s075b.txt"
"$bin" --articles "$tmp/many" >"$tmp/many.out" 2>"$tmp/many.err"
titles=$(cut -f3 "$tmp/many.out" | grep '^Story' | tr -d '\n')
want=$(i=0; while [ $i -lt 150 ]; do printf 'Story %03d' $i; i=$((i + 1)); done)
[ "$titles" = "$want" ] && ok many-files-in-order || fail many-files-in-order "titles out of order: $(cut -f3 "$tmp/many.out" | head -5 | tr '\n' ' ')..."
grep -q "s075b.txt: skipped, looks like a binary file" "$tmp/many.err" && ok many-files-binary-named ||
	fail many-files-binary-named "no warning naming s075b.txt: $(cat "$tmp/many.err")"
# A page in Spanish (its lang attribute) and an English story: the page's
# names lose the language's small words, and its country and its person
# (written with an accent the English copy drops) are the English story's.
mkdir -p "$tmp/lang"
printf '<!doctype html><html lang="es"><head><title>Visita</title></head><body><article><h1>Ferrandiz en Ankara</h1><p>En Valdoria, el ministro Tomás Ferrandiz anunció ayer que viajará a Turquía. Pero el viaje depende del gobierno.</p></article></body></html>\n' >"$tmp/lang/es.html"
printf 'Tomas Ferrandiz will fly to Turkey next week, his office said.\n' >"$tmp/lang/en.txt"
"$bin" --xref "$tmp/lang/es.html" "$tmp/lang/en.txt" >"$tmp/lang.xref"
"$bin" --entities "$tmp/lang/es.html" >"$tmp/lang.ents"
turkey=$(awk -F'\t' '$2 == "Turkey" { print $3 }' "$tmp/lang.xref" | sort -u | wc -l)
rows=$(awk -F'\t' '$2 == "Turkey" || $2 ~ /Ferrandiz$/' "$tmp/lang.xref" | wc -l)
if [ "$turkey" -eq 1 ] && [ "$rows" -eq 4 ] && ! cut -f6 "$tmp/lang.ents" | grep -q -e '^En ' -e '^Pero'; then
	ok language-spanish-page
else
	fail language-spanish-page "Turkey or Ferrandiz not one entity in both, or a name starts with a small word"
	sed 's/^/#   /' "$tmp/lang.xref" "$tmp/lang.ents" | head -12
fi
