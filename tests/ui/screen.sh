#!/bin/sh
# UI tests of the screen at awkward sizes: the real program in tmux, driven
# by send-keys and checked on capture-pane (as tests/ui/run.sh does). The
# status line keeps the entity, mention and match and drops the key hint
# and the date first; help wraps instead of cutting, and scrolls to its
# end; a long path keeps its file name; without colour the selection of an
# unfocused pane looks like no entity; = and ^G tell where the reader is.
# Usage: screen.sh BINARY [PREFIX]
. "$(dirname "$0")/lib.sh"
ui_init screen "$@"
esc=$(printf '\033')
rows=0
start() { # start COLS ROWS ENV ARGS...: the reader, with fresh state of its own
	cols=$1 rows=$2 env=$3
	shift 3
	$T kill-server 2>/dev/null
	n=$((n + 1))
	T="tmux -L crossread-ui-screen-$$-$n -f /dev/null"
	mkdir -p "$tmp/run$n/state" "$tmp/run$n/data"
	$T new-session -d -s t -x "$cols" -y "$rows" "env -i PATH=$PATH HOME=$tmp TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$tmp/run$n/data XDG_STATE_HOME=$tmp/run$n/state $env sh"
	$T set-option -t t -g status off >/dev/null
	$T send-keys -t t "cd '$PWD' && $bin --no-mouse $*" Enter
}
resize() { # resize COLS [ROWS]
	rows=${2:-$rows}
	$T resize-window -t t -x "$1" -y "$rows"
	settle
}
row() { sed -n "${1}p" "$screen"; }
status() { row $((rows - 1)); }
message() { row "$rows"; }
# has NAME TEXT WHAT: the line WHAT contains TEXT.
has() {
	case "$3" in
	*"$2"*) ok "$1" ;;
	*) fail "$1" "'$2' is not in '$3'" ;;
	esac
}
lacks() {
	case "$3" in
	*"$2"*) fail "$1" "'$2' is in '$3'" ;;
	*) ok "$1" ;;
	esac
}

# 1. The status line: the entity and its mention number outlast the key
# hint, the date, the article's number and the title.
start 120 12 "" seeds
if wait_for 'h:help'; then
	settle
	title=$(status | sed -n 's/^ *1\/2  \([^ ]* [^ ]*\) .*/\1/p')
	keys_e
	wide=$(status)
	ent=$(echo "$wide" | sed -n 's/^ *[0-9]*\/[0-9]*  \(.*\) (\([A-Z]*\)) \(mention [0-9]* of [0-9]*\)  .*/\1|\2|\3/p')
	name=${ent%%|*} rest=${ent#*|}
	type=${rest%%|*} mention=${rest#*|}
	if [ -n "$name" ] && [ -n "$mention" ] && [ -n "$title" ]; then
		resize 60
		has status-60-entity "$name ($type) $mention" "$(status)"
		has status-60-date '2022-01-25' "$(status)"
		lacks status-60-no-hint 'h:help' "$(status)"
		resize 40
		has status-40-entity "$name ($type) $mention" "$(status)"
		lacks status-40-no-date '2022-01-25' "$(status)"
		resize 30
		has status-30-entity "$name $mention" "$(status)"
		resize 20
		has status-20-entity "$name ${mention#mention }" "$(status)"
		keys Escape
		has status-20-title "${title%% *}" "$(status)"
		resize 40
		has status-40-title " 1/2  $title" "$(status)"
		lacks status-40-title-no-date '2022-01-25' "$(status)"
		keys / c a n a d a Enter
		resize 30
		has status-30-match 'match 1 of 2' "$(status)"
		resize 20
		has status-20-match 'match 1 of 2' "$(status)"
		# Never blank, down to very narrow.
		blank=""
		for w in 28 24 16 12; do
			resize $w
			status | grep -q '[^ ]' || blank="$blank $w"
		done
		[ -z "$blank" ] && ok status-never-blank || fail status-never-blank "blank at$blank columns"
	else
		fail status-entity "no entity, mention or title in the status '$wide'"
	fi

	# 2. Help at 40 columns: descriptions wrap under the keys, nothing is
	# cut, and paging reaches the last line.
	resize 40 24
	keys h
	line=$(grep -A1 'j, Down, \^N' "$screen" | tail -1)
	[ "$line" = "    line (in the list: next article)" ] && ok help-40-continuation ||
		fail help-40-continuation "the line after j's is '$line'"
	pages=$tmp/pages
	: >"$pages"
	i=0
	while [ $i -lt 25 ]; do
		sed 1d "$screen" >>"$pages"
		cp "$screen" "$tmp/before"
		keys Space
		cmp -s "$screen" "$tmp/before" && break
		i=$((i + 1))
	done
	# Every description of the key table is on some page, whole (blanks
	# aside: the wrapping moved them).
	all=$(tr -d ' \n' <"$pages")
	missing=0
	sed -n 's/^	{ CMD_[A-Z_]*, "[^"]*", "\(.*\)" },$/\1/p' src/keys.c >"$tmp/helps"
	total=$(wc -l <"$tmp/helps")
	while IFS= read -r h; do
		want=$(printf '%s' "$h" | tr -d ' ')
		case "$all" in
		*"$want"*) ;;
		*) missing=$((missing + 1)); echo "#   not whole in help: $h" ;;
		esac
	done <"$tmp/helps"
	[ "$total" -gt 30 ] && [ $missing -eq 0 ] && ok help-40-nothing-cut ||
		fail help-40-nothing-cut "$missing of $total descriptions cut or missing"
	last=$(grep '[^ ]' "$screen" | tail -1)
	case "$last" in
	"  q, Q"*Quit) ok help-40-last-line ;;
	*) fail help-40-last-line "the last page ends with '$last'" ;;
	esac
	keys j
	[ "$(grep '[^ ]' "$screen" | tail -1)" = "$last" ] && ok help-40-stops-at-end ||
		fail help-40-stops-at-end "j went past the last line"
	keys g
	grep -q '^  Tab moves focus' "$screen" && ok help-40-back-to-top || fail help-40-back-to-top "g did not go back up"
	# Wider, continuation lines stay under the description column.
	resize 70
	grep -q '^                          [^ ]' "$screen" && ok help-70-continuation ||
		fail help-70-continuation "no continuation line at column 26"
	keys q
else
	fail status-start "the reader did not start"
fi
keys q

# 3. A long path in the body's heading keeps its file name.
long=$tmp/a-rather-long-directory-name/seeds
mkdir -p "$long"
cp seeds/000_e89b523788f1d673.txt "$long/"
start 40 12 "" "$long/000_e89b523788f1d673.txt"
if wait_for 'Top'; then
	settle
	head=$(row 1)
	[ "$head" = " …/seeds/000_e89b523788f1d673.txt" ] && ok heading-40-file-name ||
		fail heading-40-file-name "heading '$head'"
	resize 20
	head=$(row 1)
	case "$head" in
	" 000_"*…*"d673.txt") ok heading-20-name-cut-in-middle ;;
	*) fail heading-20-name-cut-in-middle "heading '$head'" ;;
	esac
else
	fail heading-start "the reader did not start"
fi
keys q

# 4. = and ^G: the file, its format and size, the lines on screen, how far,
# and the words; the lines numbered as --dump wraps them at the same width.
file=seeds/000_e89b523788f1d673.txt
start 120 30 "" "$file"
if wait_for 'Top'; then
	settle
	keys L
	keys S
	keys =
	msg=$(message)
	size=$(wc -c <"$file" | tr -d ' ')
	lines=$("$bin" --dump -w 118 "$file" | wc -l | tr -d ' ')
	h=$((rows - 3))
	has info-file "$file  plain text  $size bytes (" "$msg"
	has info-lines "lines 1-$h of $lines  " "$msg"
	words=$(echo "$msg" | sed -n 's/.*  \([0-9]*\) words$/\1/p')
	wcw=$(wc -w <"$file" | tr -d ' ')
	if [ -n "$words" ] && [ $((words * 100)) -ge $((wcw * 95)) ] && [ "$words" -le "$wcw" ]; then
		ok info-words
	else
		fail info-words "'$words' words, wc -w says $wcw"
	fi
	keys G
	keys C-g
	has info-ctrl-g-at-end "lines $((lines - h + 1))-$lines of $lines  100%" "$(message)"
else
	fail info-start "the reader did not start"
fi
keys q

# 4b. = on a page in Spanish says so: its names were read as Spanish.
printf '<!doctype html><html lang="es"><head><title>Visita</title></head><body><article><p>El ministro Tom\303\241s Ferrandiz anunci\303\263 ayer que viajar\303\241 a Turqu\303\255a con su equipo.</p></article></body></html>\n' >"$tmp/es.html"
start 120 30 "" "$tmp/es.html"
if wait_for 'Ferrandiz'; then
	settle
	keys =
	has info-language "HTML, Spanish  " "$(message)"
else
	fail info-language "the reader did not start"
fi
keys q

# 5. NO_COLOR: the selected row of a pane without the focus looks unlike
# every entity type (as the help's legend draws them) and unlike the
# focused selection.
start 120 30 "NO_COLOR=1" seeds
if wait_for 'Cross-references'; then
	settle
	# sgr: the styles drawn in the side pane of each row (after the last
	# │), resets left out, as "row style style...".
	sgr() {
		$T capture-pane -e -p -t t | awk -v e="$esc" '{
			s = $0
			while ((j = index(s, "│")) > 0) s = substr(s, j + 3)
			out = ""
			while (match(s, e "\\[[0-9;]*m")) {
				c = substr(s, RSTART + 2, RLENGTH - 3)
				s = substr(s, RSTART + RLENGTH)
				sub(/^0;/, "", c)
				if (c != "0" && c != "39" && c != "49" && c != "") out = out " " c
			}
			print NR out
		}'
	}
	sgr >"$tmp/idle"
	keys Tab
	sgr >"$tmp/focused"
	r=$(awk '$2 == "7" { print $1; exit }' "$tmp/focused")
	idle=$(awk -v r="$r" '$1 == r { print $2 }' "$tmp/idle")
	keys h
	$T capture-pane -e -p -t t | grep 'Entities:' | grep -o "$esc\\[[0-9;]*m[a-z ]*(t [a-z])" |
		sed "s/^$esc\\[\\([0-9;]*\\)m.*/\\1/; s/^0;//" >"$tmp/types"
	if [ -z "$r" ] || [ -z "$idle" ] || [ "$(wc -l <"$tmp/types")" -ne 6 ]; then
		fail no-color-idle-selection "no selected row ('$r', '$idle') or legend ($(tr '\n' ' ' <"$tmp/types"))"
	elif grep -qx "$idle" "$tmp/types"; then
		fail no-color-idle-selection "the unfocused selection is drawn as an entity type (SGR $idle)"
	elif [ "$idle" = 7 ]; then
		fail no-color-idle-selection "the unfocused selection looks focused"
	else
		ok no-color-idle-selection
	fi
else
	fail no-color-start "the reader did not start"
fi
keys q

# 7. No line of the body ends inside an abbreviation ("U." / "S. President")
# at the widths where the issue saw it, on every page of the story.
for c in 81 82; do
	start "$c" 40 "" seeds/001_9f6566dcaea3a73e.txt
	if wait_for 'h:help'; then
		settle
		cut_at=""
		p=0
		while [ $p -lt 15 ]; do
			if sed 's/ *$//' "$screen" | grep -q '[^A-Za-z]U\.$'; then
				cut_at=$(sed 's/ *$//' "$screen" | grep '[^A-Za-z]U\.$' | head -1)
				break
			fi
			grep -q 'Bot  h:help\|All  h:help' "$screen" && break
			keys Space
			p=$((p + 1))
		done
		[ -z "$cut_at" ] && ok "abbreviation-whole-$c" || fail "abbreviation-whole-$c" "a line ends in 'U.': $cut_at"
	else
		fail "abbreviation-whole-$c" "the reader did not start"
	fi
	keys q
done
