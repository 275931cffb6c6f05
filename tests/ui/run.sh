#!/bin/sh
# UI tests: the real program in tmux at fixed sizes, driven by send-keys and
# checked on capture-pane. Usage: run.sh BINARY COLUMNS-TOOL
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
columns=$2
if ! command -v tmux >/dev/null 2>&1; then
	echo "skip ui/all: tmux is not installed"
	exit 0
fi
n=0
T="tmux -L crossread-ui-$$-$n -f /dev/null"
screen=${TMPDIR:-/tmp}/crossread-ui.$$

. "$(dirname "$0")/lib.sh"
ok() { echo "ok ui/$1"; }
fail() {
	echo "FAIL ui/$1: $2"
	sed 's/^/#   |/' "$screen" | head -45
}
check() { # check NAME PATTERN: the screen shows PATTERN now
	if grep -q -- "$2" "$screen"; then ok "$1"; else fail "$1" "no \"$2\" on screen"; fi
}
keys() { $T send-keys -t t "$@"; settle; }
# body_row N: the text of the body pane on screen row N (1-based).
body_row() { sed -n "${1}p" "$screen" | awk -F'│' '{ print $2 }' | sed 's/^ *//; s/ *$//'; }
status_line() { sed -n "$(($1 - 1))p" "$screen"; }

# Every run has state and history directories of its own, never the real
# home's: a fresh one per start, or $data when a test shares one.
xdg=${TMPDIR:-/tmp}/crossread-ui-xdg.$$
start_cmd() { # start_cmd COLS ROWS COMMAND: the command in a fresh tmux of that size
	cols=$1 rows=$2
	$T kill-server 2>/dev/null
	n=$((n + 1))
	T="tmux -L crossread-ui-$$-$n -f /dev/null"
	d=${data:-$xdg/run$n}
	mkdir -p "$d/data" "$d/state"
	$T new-session -d -s t -x "$cols" -y "$rows" "env -i PATH=$PATH HOME=$HOME TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$d/data XDG_STATE_HOME=$d/state $extra_env PS1='$ ' sh"
	$T set-option -t t -g status off >/dev/null
	$T resize-window -t t -x "$cols" -y "$rows" 2>/dev/null
	$T send-keys -t t "cd '$PWD' && $3" Enter
}

start() { # start COLS ROWS ARGS...: the reader on ARGS
	c=$1 r=$2
	shift 2
	start_cmd "$c" "$r" "$bin ${mouse:---no-mouse} $*"
}

# 1. Three panes on the seeds at 120x40.
start 120 40 seeds
if wait_for 'Articles 1/2'; then
	settle
	# The first screen no longer waits for the recognizer's tables: the
	# cross-references come when the indexer is done.
	wait_for 'Cross-references' && settle
	check panes-list 'Articles 1/2'
	check panes-side 'Cross-references'
	check panes-body 'They also discussed preparations'
	check panes-status ' 1/2  They also'
	check panes-status-top 'Top  h:help q:quit'
	# The list takes a quarter of 120 columns (30), the side pane 30% (36).
	seps=$(sed -n 2p "$screen" | "$columns")
	[ "$seps" = "30 83" ] && ok panes-separators || fail panes-separators "separators at '$seps', want '30 83'"
else
	fail panes-start "the reader did not start"
fi

# A resize at the very top keeps the title, which has no file offset, on top.
$T resize-window -t t -x 110 -y 40
settle
case "$(body_row 2)" in
"They also discussed"*) ok resize-at-top ;;
*) fail resize-at-top "top line is now '$(body_row 2)'" ;;
esac
$T resize-window -t t -x 120 -y 40
settle

# 2. Scrolling: j moves one line, Space a page, b back, G and g the ends.
row3=$(body_row 3)
keys j
[ "$(body_row 2)" = "$row3" ] && ok scroll-j || fail scroll-j "row 2 is '$(body_row 2)', want '$row3'"
keys k
keys Space
if grep -q 'Top  h:help' "$screen"; then fail scroll-space "still at the top"; else
	grep -q '[0-9]%  h:help' "$screen" && ok scroll-space || fail scroll-space "no percentage"; fi
keys b
check scroll-b 'Top  h:help'
keys G
check scroll-G 'Bot  h:help'
# The story's last words, wherever the body's width wraps its last sentence.
check scroll-G-last-line 'contributed to this report\.'
keys g
check scroll-g 'They also discussed preparations'

# 3. The second article: J opens it, K goes back, the list opens it too.
keys J
check open-J ' 2/2  If the worst-case'
check open-J-body 'Skip to main content'
keys K
check open-K ' 1/2  They also'
keys BTab
check focus-list 'Articles 1/2'
keys j
check list-select 'Articles 2/2'
keys Enter
check list-enter ' 2/2  If the worst-case'

# 4. Resize keeps the same text at the top of the body.
keys d
keys d
keys d
before=$(body_row 2)
first=$(echo "$before" | cut -d' ' -f1-3)
$T resize-window -t t -x 80 -y 40
settle
after=$(body_row 2)
case "$after" in
*"$first"*) ok resize-keeps-text ;;
*) fail resize-keeps-text "top was '$before', now '$after'" ;;
esac
if grep -q 'Cross-references' "$screen"; then fail resize-side-collapses "side pane still shown at 80 columns"; else ok resize-side-collapses; fi
$T resize-window -t t -x 120 -y 40
settle
after=$(body_row 2)
case "$after" in
*"$first"*) ok resize-back ;;
*) fail resize-back "top was '$before', now '$after'" ;;
esac
$T resize-window -t t -x 50 -y 30
settle
if grep -q 'Articles' "$screen"; then fail narrow-list "list shown at 50 columns"; else ok narrow-list; fi
keys L
check narrow-toggle-list 'Articles'
keys L
$T resize-window -t t -x 120 -y 40
settle
# The list was hidden by hand; it stays hidden until shown again.
if grep -q 'Articles' "$screen"; then fail toggle-sticks "list back without L"; else ok toggle-sticks; fi
keys L
check toggle-list-back 'Articles 2/2'

# 5. Help, from the key table, closed by q.
keys h
check help-open 'crossread help'
check help-next 'J, ]'
check help-text 'Open the next article'
keys q
check help-closed 'Articles 2/2'
keys F1
check help-f1 'crossread help'
keys Escape
wait_gone 'crossread help' && ok help-escape || fail help-escape "help still shown"
keys C-l
check redraw 'Articles 2/2'

# 6. Quit leaves a clean terminal: the shell prompt, no panes.
keys q
if wait_gone 'Articles'; then
	$T send-keys -t t 'echo status=$?' Enter
	wait_for 'status=0' && ok quit-status || fail quit-status "exit status not 0"
	grep -q 'Cross-references' "$screen" && fail quit-clean "panes left on screen" || ok quit-clean
else
	fail quit "still running after q"
fi

# 7. Wide characters and combining marks keep the panes lined up.
start 120 20 tests/cli/cases/wide.txt seeds
if wait_for 'Articles 1/3'; then
	settle
	grep '漢' "$screen" | grep '│' | "$columns" >"$screen.cols"
	if [ -s "$screen.cols" ] && [ "$(sort -u "$screen.cols")" = "30 83" ]; then ok wide-aligned; else
		fail wide-aligned "separators at $(tr '\n' ',' <"$screen.cols")"; fi
	check wide-emoji 'Emoji 😀😀😀😀 ok'
	check wide-combining "$(printf 'Cafe\314\201 nai\314\210ve cr\303\250me.')"
else
	fail wide-start "the reader did not start"
fi
keys q

# 8. A bad path: a message naming it, exit status 2, no screen left behind.
start 100 20 no/such/article.txt
if wait_for 'no/such/article.txt: No such file or directory'; then
	$T send-keys -t t 'echo status=$?' Enter
	wait_for 'status=2' && ok bad-path || fail bad-path "exit status not 2"
else
	fail bad-path "no message naming the path"
fi

# 9. The mouse (SGR reports, as xterm sends them): a click in the list
# opens that article, the wheel scrolls the pane under the pointer.
mouse=" " start 120 30 seeds
if wait_for 'Articles 1/2'; then
	settle
	$T send-keys -t t -l "$(printf '\033[<0;5;3M')"
	$T send-keys -t t -l "$(printf '\033[<0;5;3m')"
	settle
	check mouse-click ' 2/2  If the worst-case'
	$T send-keys -t t -l "$(printf '\033[<65;60;10M')"
	settle
	grep -q 'Top  h:help' "$screen" && fail mouse-wheel "the wheel did not scroll" || ok mouse-wheel
	$T send-keys -t t -l "$(printf '\033[<64;60;10M')"
	settle
	check mouse-wheel-up 'Top  h:help'
else
	fail mouse-start "the reader did not start"
fi
keys q

# 11. Entities: the cursor (e, E, *, #), the status line, type toggles,
# the side pane's list.
start 130 40 seeds/000_e89b523788f1d673.txt
if wait_for 'Articles 1/1'; then
	settle
	check side-entities 'Entities'
	# The list comes once the story is recognized, which under a
	# sanitizer beside the other tests may outlast settle's wait.
	wait_for 'People (' || :
	check side-people 'People ('
	keys e
	check entity-e 'Russia (PLACE) mention 1 of [0-9]'
	keys '*'
	check entity-star 'Russia (PLACE) mention 2 of [0-9]'
	keys '#'
	check entity-hash 'Russia (PLACE) mention 1 of [0-9]'
	keys e
	if grep -q 'Russia (PLACE) mention 1 of' "$screen"; then fail entity-e-again "e did not move"; else ok entity-e-again; fi
	keys E
	check entity-E 'Russia (PLACE) mention 1 of [0-9]'
	# Esc with nothing to leave drops the entity cursor quietly.
	keys Escape
	if grep -q 'No command\|mention 1 of' "$screen"; then fail esc-quiet "Esc complained or kept the cursor"; else ok esc-quiet; fi
	keys e
	check entity-e-after-esc 'Russia (PLACE) mention 1 of [0-9]'
	keys t d
	check toggle-date 'DATE highlighting off.'
	keys T
	check toggle-all 'Entity highlighting off.'
	keys T
	# The side pane: focus it, list the first person's mentions, go to the
	# first one.
	keys Tab
	keys Enter
	check side-mentions '(PERSON)$'
	keys Enter
	check side-enter '(PERSON) mention 1 of [0-9]'
	keys h
	check help-legend 'person (t p)'
	keys q
else
	fail entities-start "the reader did not start"
fi
keys q

# 12. Cross-references: the side pane lists what the stories share; an
# entity's mentions elsewhere open that story there; Ctrl-O comes back to
# the same place, Ctrl-] goes again; x follows the entity to the next story.
start 140 45 seeds
if wait_for 'Cross-references'; then
	settle
	check xref-shared 'Shared with other stories'
	check xref-only 'Only in this story'
	# Read on a little first: coming back must restore this very place.
	keys d
	before=$(body_row 2)
	keys Tab
	keys j
	check xref-select-putin 'Vladimir Putin'
	keys Enter
	check xref-mentions 'Vladimir Putin (PERSON)'
	check xref-snippet 'Mr. Putin'
	keys j j j
	keys Enter
	check xref-jump ' 2/2  Vladimir Putin (PERSON) mention [0-9] of 5'
	keys C-o
	check xref-back-article ' 1/2 '
	[ "$(body_row 2)" = "$before" ] && ok xref-back-place || fail xref-back-place "top is '$(body_row 2)', was '$before'"
	keys C-]
	check xref-forward ' 2/2  Vladimir Putin (PERSON) mention [0-9] of 5'
	keys x
	check xref-x ' 1/2  Vladimir Putin (PERSON) mention 1 of 1'
	# From the last story x goes round to the first, and says so.
	check xref-x-wrap 'x hit the last story, continuing at the first: Vladimir Putin'
	keys BSpace
	check xref-backspace ' 2/2  Vladimir Putin (PERSON) mention [0-9] of 5'
	keys Tab Tab
	keys Escape
	check xref-escape 'Shared with other stories'
else
	fail xref-start "the reader did not start"
fi
keys q

# 13. Three or more stories: related stories are ranked in the side pane.
start 140 45 seeds tests/cli/cases/hardwrap.txt
if wait_for 'Cross-references'; then
	settle
	check related 'Related stories'
	# The list shows, beside each story, the share the side pane ranks
	# related stories by: the same figure in both. (18%: the six writers
	# of the first seed's credit line, "... contributed to this report",
	# are no names of its story; counted, the figure was 15%. It was 19%
	# while "the Belarusian Railway website" was a place, worth a quarter
	# of an organization to the rank.)
	check related-list-count 'If the worst-case.* 18%│'
	check related-side-count '│  If the worst-case scenario is… *18%$'
else
	fail related "the reader did not start"
fi
keys q

# 14. Search as in less: incremental / and ?, n and N with wrap-around,
# "match i of n", "not found", Esc back to the start, the history kept
# between runs, regular expressions, the filter, search of all stories and
# @entity.
hist=${TMPDIR:-/tmp}/crossread-ui-hist.$$
rm -rf "$hist"
extra_env="XDG_STATE_HOME=$hist" start 130 35 seeds
if wait_for 'Articles 1/2'; then
	settle
	top_before=$(body_row 2)
	keys / k r e m
	check search-incremental '/krem'
	check search-count-typing 'match 1 of 3'
	keys Enter
	check search-count 'match 1 of 3  2022'
	keys n
	check search-n 'match 2 of 3'
	keys n n
	check search-wrap 'search hit BOTTOM, continuing at TOP'
	keys N
	check search-N 'search hit TOP, continuing at BOTTOM'
	# Esc leaves the view where the search began.
	keys g
	top_before=$(body_row 2)
	keys / r a i d
	keys Escape
	[ "$(body_row 2)" = "$top_before" ] && ok search-escape || fail search-escape "top moved to '$(body_row 2)'"
	keys / x y z z y
	check search-not-found 'not found'
	keys Escape
	# Smart case and accents: "melanie" finds Mélanie in the second story.
	keys J
	keys / m e l a n i e Enter
	check search-accents 'match 1 of 1'
	# Ctrl-R: a regular expression, and a bad one says so.
	keys / C-r
	check search-regex-flag '\[regex\]'
	keys '(' J o l y
	check search-bad-regex 'Bad pattern'
	keys Escape
	keys q
	# The history survives: Up in a new prompt brings "melanie" back.
	extra_env="XDG_STATE_HOME=$hist" start 130 35 seeds
	wait_for 'Articles 1/2' && settle
	if [ -f "$hist/crossread/history" ] && grep -q '^melanie$' "$hist/crossread/history"; then
		ok search-history-file
	else
		fail search-history-file "no history file with the search in $hist"
	fi
	keys /
	keys Up
	check search-history-up '/melanie'
	keys Escape
	# The filter shows only paragraphs that match; U shows all again.
	keys '&' C a n a d a Enter
	check filter-on '\[filtered\]'
	if grep -q 'Kremlin spokesman Dmitry Peskov' "$screen"; then fail filter-hides "a paragraph without Canada is shown"; else ok filter-hides; fi
	keys U
	check filter-off 'Kremlin spokesman Dmitry Peskov'
	# Search all: the results in the side pane; Enter goes to one; n moves on
	# to the next story.
	keys F K y i v Enter
	check search-all-pane 'Search results'
	check search-all-count '"Kyiv": 5 in 2 stories'
	keys Enter
	check search-all-enter 'match 1 of 2'
	keys n n
	check search-all-next-story 'story If the worst-case'
	keys Escape
	# @entity: NATO's mentions whatever they are called.
	keys J
	keys g
	keys / @ n a t o Enter
	check search-entity 'match 1 of 13'
else
	fail search-start "the reader did not start"
fi
keys q
rm -rf "$hist"

# 10. Colour from the terminal's palette; NO_COLOR keeps the distinctions
# with attributes alone (bold title, dim boilerplate, reverse status).
colour_codes() { $T capture-pane -e -p -t t | grep -c "$(printf '\033')\\[[0-9;]*3[1-7]m"; }
start 120 30 seeds/001_9f6566dcaea3a73e.txt
wait_for 'Articles 1/1' && settle
[ "$(colour_codes)" -gt 0 ] && ok colour-default || fail colour-default "no colours drawn"
keys q
extra_env=NO_COLOR=1 start 120 30 seeds/001_9f6566dcaea3a73e.txt
wait_for 'Articles 1/1' && settle
$T capture-pane -e -p -t t >"$screen.e"
esc=$(printf '\033')
if [ "$(colour_codes)" -eq 0 ] && grep -q "${esc}\\[1mIf the worst-case" "$screen.e" &&
	grep -q "${esc}\\[2mSkip to main content" "$screen.e" && grep "1/1  If the worst" "$screen.e" | grep -q "^${esc}\\[0;7m"; then
	ok no-color
else
	fail no-color "colours, or a missing bold title, dim boilerplate or reverse status"
fi
keys q
rm -f "$screen.e"

# 15. Articles as they come: hard-wrapped wire copy, Markdown with front
# matter, standard input, a URL on loopback, and Windows-1252 text.
inputs=${TMPDIR:-/tmp}/crossread-ui-inputs.$$
mkdir -p "$inputs"
printf 'Title: VOLCKER SAYS FED WILL HOLD\nDate: 2-MAR-1987 10:00:00.00\n\n    WASHINGTON, March 2 - Federal Reserve Board chairman Paul\nVolcker said the Fed would hold its course on interest rates and\nthat it was watching the dollar closely in the weeks ahead.\n    He told a House subcommittee the economy was growing. Volcker\nsaid inflation remained a concern for the central bank.\n Reuter\n' >"$inputs/wire.txt"
start 120 30 "$inputs/wire.txt"
if wait_for 'VOLCKER SAYS FED WILL HOLD'; then
	settle
	check wire-date '2-MAR-1987'
	# One paragraph from "WASHINGTON" to "ahead.": no blank row inside it.
	first=$(grep -n 'WASHINGTON, March 2' "$screen" | head -1 | cut -d: -f1)
	last=$(grep -n 'weeks ahead\.' "$screen" | head -1 | cut -d: -f1)
	gap=$(sed -n "${first},${last}p" "$screen" | awk -F'│' '{ print $2 }' | grep -c '^ *$')
	if [ -n "$first" ] && [ -n "$last" ] && [ "$gap" -eq 0 ]; then ok wire-paragraph-joined; else fail wire-paragraph-joined "a blank row inside the first paragraph"; fi
	keys e
	if grep -q 'Paul Volcker (PERSON) mention 1 of 3' "$screen"; then ok wire-name-across-line-break; else fail wire-name-across-line-break "Paul/Volcker is not one entity with three mentions (title, the wrapped name, Volcker)"; fi
else
	fail wire-start "the reader did not show the wire story"
fi
keys q

cat >"$inputs/note.md" <<'MD'
---
title: "Notes from Geneva"
date: 2022-01-25
author: Ann Lee
---
# Geneva

**Sergei Lavrov** met [Antony Blinken](https://example.org/b) in *Geneva*.

> NATO will answer in writing.
MD
start 120 30 "$inputs/note.md"
if wait_for 'Notes from Geneva'; then
	settle
	check markdown-date '2022-01-25'
	check markdown-text 'Sergei Lavrov met Antony Blinken in Geneva\.'
	if grep -q '\*\*\|\](\|^---\|title:' "$screen"; then fail markdown-no-markup "markup on screen"; else ok markdown-no-markup; fi
else
	fail markdown-start "the reader did not show the Markdown note"
fi
keys q

# Standard input: the article from a pipe, the keys from the terminal.
start_cmd 100 24 "printf 'Title: From a pipe\\n\\nPiped text about Geneva.\\n\\nA second paragraph.\\n' | $bin --no-mouse -"
if wait_for 'From a pipe'; then
	settle
	check stdin-text 'Piped text about Geneva.'
	# Keys come from the terminal: h opens the help, q closes it.
	keys h
	check stdin-keys 'Scroll down'
	keys q
	wait_gone 'Scroll down'
	keys q
	if wait_for '^\$ *$'; then ok stdin-quits; else fail stdin-quits "q did not quit"; fi
else
	fail stdin-start "the reader did not read standard input"
fi

# Windows-1252: converted, and the status line says so.
printf 'Title: Caf\351 society\n\nThe caf\351 in Z\374rich served cr\350me br\373l\351e.\n' >"$inputs/cp1252.txt"
start 120 30 "$inputs/cp1252.txt"
if wait_for 'Café society'; then
	settle
	check cp1252-text 'The café in Zürich served crème brûlée.'
	check cp1252-status '\[from Windows-1252\]'
else
	fail cp1252-start "the reader did not show the Windows-1252 file"
fi
keys q

# A URL served on loopback by the test server.
httpd=$(dirname "$columns")/httpd
if [ -x "$httpd" ]; then
	cp "$inputs/wire.txt" "$inputs/served.txt"
	"$httpd" "$inputs" "$inputs/port" >/dev/null 2>&1 &
	hpid=$!
	i=0
	while [ ! -s "$inputs/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	port=$(cat "$inputs/port" 2>/dev/null)
	extra_env="no_proxy=* NO_PROXY=*" start 120 30 "http://127.0.0.1:$port/served.txt"
	if wait_for 'VOLCKER SAYS FED WILL HOLD'; then
		settle
		check url-text 'WASHINGTON, March 2'
		check url-heading "127.0.0.1:$port/served.txt"
	else
		fail url-start "the reader did not show the served article"
	fi
	keys q
	kill "$hpid" 2>/dev/null
	wait "$hpid" 2>/dev/null
else
	echo "skip ui/url: $httpd is not built (make tools)"
fi
rm -rf "$inputs"

# 16. A saved news page and a feed of three items: titles, dates and bodies
# without markup, and the person both name is one entity across them.
pf=${TMPDIR:-/tmp}/crossread-ui-pagefeed.$$
mkdir -p "$pf"
cat >"$pf/page.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port strike spreads to the south | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2024-03-05T09:05:00Z">
<meta name="author" content="Lena Markovic">
<script>var tracking = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Port strike spreads to the south</h1>
<p class="byline">By Lena Markovic</p>
<p>Dock workers in three southern ports walked out on Tuesday, union leader Amina Okafor said, widening a strike that has already halted shipping in the north.</p>
<p>Okafor told reporters the union would not return to talks until the port authority withdrew its offer, which she called &ldquo;an insult to every worker on the quay&rdquo;.</p>
<p>The port authority said it regretted the walkout and remained open to talks.</p>
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Celebrity wedding photos</a></li><li><a href="/b">Ten tips for spring</a></li></ul></aside>
<footer><p>&copy; 2024 The Daily Ledger. All rights reserved.</p><p>Cookie settings</p></footer>
</body></html>
HTML
cat >"$pf/feed.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Wire</title><link>https://wire.example.org/</link>
<item><title>Union leader rejects port offer</title><link>https://wire.example.org/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Sam Idowu</dc:creator>
<description>&lt;p&gt;Amina Okafor, who leads the dock workers&amp;rsquo; union, rejected the port authority&amp;rsquo;s offer on Tuesday.&lt;/p&gt;</description></item>
<item><title>Shipping delays grow</title><link>https://wire.example.org/2</link>
<pubDate>Wed, 06 Mar 2024 08:30:00 GMT</pubDate>
<description>Delays at northern ports grew to four days, shipping agents said.</description></item>
<item><title>Talks set for Friday</title><link>https://wire.example.org/3</link>
<pubDate>Thu, 07 Mar 2024 12:00:00 GMT</pubDate>
<description>&lt;p&gt;The port authority and the union will meet on Friday.&lt;/p&gt;</description></item>
</channel></rss>
XML
start 140 45 "$pf/page.html" "$pf/feed.xml"
if wait_for 'Articles 1/4'; then
	settle
	check page-title 'Port strike spreads to the south'
	check page-date '2024-03-05'
	check page-text 'Dock workers in three southern ports walked out'
	if grep -q '<p>\|<script\|Most read\|Celebrity wedding\|Cookie settings\|&ldquo;' "$screen"; then
		fail page-clean "markup or page furniture on screen"
	else
		ok page-clean
	fi
	check feed-in-list 'Union leader rejects port'
	# The heading says "shared" once the stories are linked, which a
	# sanitized build on a busy machine may take a while to do.
	if wait_for 'Articles 1/4 *shared'; then ok list-shared-heading; else fail list-shared-heading "no \"Articles 1/4 *shared\" on screen"; fi
	if wait_for 'Shared with other stories' && grep -q 'Amina Okafor' "$screen"; then
		ok page-feed-shared-person
	else
		fail page-feed-shared-person "Amina Okafor is not shared between the page and the feed item"
	fi
	keys J
	check feed-item-title 'Union leader rejects port offer'
	check feed-item-text 'union, rejected the'
	check feed-item-heading 'feed.xml#1'
	if grep -q '&lt;\|&amp;\|<p>' "$screen"; then fail feed-item-clean "escaped markup on screen"; else ok feed-item-clean; fi
	keys J J
	check feed-third-item 'Talks set for Friday'
else
	fail pagefeed-start "the reader did not open the page and the feed"
fi
keys q
rm -rf "$pf"

# 17. Reading state, kept in $XDG_DATA_HOME/crossread/state.db: the place
# in a story and the story last open come back on reopening; marks (m, ')
# work across stories and runs; read stories are no longer bold.
# integrity DB: PRAGMA integrity_check of the database, through python3's
# sqlite3 (the sqlite3 program may not be installed).
integrity() {
	python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$1" 2>&1
}
have_sqlite=0
python3 -c 'import sqlite3' 2>/dev/null && have_sqlite=1
sql() { python3 -c 'import sqlite3, sys; r = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone(); print(r[0] if r else "")' "$1" "$2" 2>&1; }
# line_bold ROW TEXT: screen row ROW (1-based) has TEXT drawn bold.
line_bold() { $T capture-pane -e -p -t t -S $(($1 - 1)) -E $(($1 - 1)) | grep -q "$(printf '\033')\\[1m *$2"; }
st=${TMPDIR:-/tmp}/crossread-ui-state.$$
rm -rf "$st"
mkdir -p "$st"
data=$st start 120 40 seeds
if wait_for 'Articles 1/2'; then
	settle
	# Both stories are unread: the one not being read is bold in the list.
	line_bold 3 'If the worst-case' && ok state-unread-bold || fail state-unread-bold "the unread story is not bold"
	keys J
	keys d d d
	place=$(body_row 2)
	keys q
	wait_gone 'Articles' >/dev/null
	data=$st start 120 40 seeds
	if wait_for 'Articles 2/2'; then
		settle
		check state-reopen-story ' 2/2  If the worst-case'
		[ "$(body_row 2)" = "$place" ] && ok state-reopen-line || fail state-reopen-line "top is '$(body_row 2)', was '$place'"
		# ma here; elsewhere; 'a comes back to this very line.
		keys m a
		check mark-set 'Mark a set.'
		keys K
		keys G
		keys "'" a
		check mark-return-story ' 2/2  If the worst-case'
		[ "$(body_row 2)" = "$place" ] && ok mark-return-line || fail mark-return-line "top is '$(body_row 2)', was '$place'"
		# '' goes back to where that jump started: the end of story 1.
		keys "'" "'"
		check mark-quote-quote ' 1/2  They also.*Bot  h:help'
		keys "'" z
		check mark-unset 'Mark z is not set'
		# The end of story 1 was on screen: it is read, no longer bold.
		keys J
		line_bold 2 'They also' && fail state-read-not-bold "a read story is still bold" || ok state-read-not-bold
		# R in the list marks the selected story unread again.
		keys BTab
		keys k
		keys R
		check state-toggle-read 'Marked unread: They also'
		keys j
		line_bold 2 'They also' && ok state-toggle-bold || fail state-toggle-bold "the story marked unread is not bold"
		keys q
		wait_gone 'Articles' >/dev/null
		if [ $have_sqlite = 1 ]; then
			[ "$(sql "$st/data/crossread/state.db" "SELECT read FROM articles WHERE path LIKE '%/seeds/000_%'")" = 0 ] &&
				ok state-read-stored || fail state-read-stored "story 1 is not stored as unread"
			# Stories are known by their real, absolute paths.
			want="$(cd seeds && pwd -P)/001_9f6566dcaea3a73e.txt"
			got=$(sql "$st/data/crossread/state.db" "SELECT path FROM articles WHERE path LIKE '%/seeds/001_%'")
			[ "$got" = "$want" ] && ok state-real-path || fail state-real-path "stored '$got', want '$want'"
		fi
	else
		fail state-reopen "the reader did not reopen on the second story"
	fi
	# A story opened through a link is known by the file it links to.
	if [ $have_sqlite = 1 ]; then
		mkdir -p "$st/ln"
		ln -sf "$PWD/seeds/000_e89b523788f1d673.txt" "$st/ln/link.txt"
		data=$st start 120 40 "$st/ln/link.txt"
		wait_for 'Articles 1/1' >/dev/null && settle
		keys q
		wait_gone 'Articles' >/dev/null
		want="$(cd seeds && pwd -P)/000_e89b523788f1d673.txt"
		n=$(sql "$st/data/crossread/state.db" "SELECT count(*) FROM articles WHERE path = '$want'")
		l=$(sql "$st/data/crossread/state.db" "SELECT count(*) FROM articles WHERE path LIKE '%link.txt'")
		[ "$n" = 1 ] && [ "$l" = 0 ] && ok state-link-path || fail state-link-path "$n rows for '$want', $l for the link"
	fi
	# Marks are kept between runs.
	data=$st start 120 40 seeds
	if wait_for 'Articles' && settle && keys K && keys "'" a && grep -q ' 2/2  If the worst-case' "$screen" &&
		[ "$(body_row 2)" = "$place" ]; then
		ok mark-across-runs
	else
		fail mark-across-runs "'a after a restart did not return to '$place'"
	fi
	keys q
else
	fail state-start "the reader did not start"
fi
if [ $have_sqlite = 1 ]; then
	[ "$(integrity "$st/data/crossread/state.db")" = ok ] && ok state-integrity || fail state-integrity "$(integrity "$st/data/crossread/state.db")"
else
	echo "skip ui/state-integrity: python3's sqlite3 module is missing"
fi

# Two readers on one database at once: a mark set in one is found by the
# other, both keep working, and both write.
data=$st start 120 40 seeds
if wait_for 'Articles'; then
	settle
	$T new-session -d -s t2 -x 120 -y 40 "env -i PATH=$PATH HOME=$HOME TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$st/data XDG_STATE_HOME=$st/state sh"
	$T send-keys -t t2 "cd '$PWD' && $bin --no-mouse seeds" Enter
	i=0
	while [ $i -lt 50 ] && ! $T capture-pane -p -t t2 | grep -q 'Articles'; do sleep 0.1; i=$((i + 1)); done
	sleep 0.5
	keys g
	keys m b
	$T send-keys -t t2 K
	sleep 0.3
	$T send-keys -t t2 "'" b
	sleep 0.5
	$T capture-pane -p -t t2 >"$screen.2"
	if grep -q ' 2/2  If the worst-case.*Top  h:help' "$screen.2"; then ok two-readers-mark; else
		fail two-readers-mark "the second reader did not find mark b"; sed 's/^/#   |/' "$screen.2" | tail -3; fi
	$T send-keys -t t2 m c
	sleep 0.3
	keys K
	keys "'" c
	check two-readers-mark-back ' 2/2  If the worst-case'
	$T send-keys -t t2 q
	keys q
	sleep 0.5
	if [ $have_sqlite = 1 ]; then
		[ "$(integrity "$st/data/crossread/state.db")" = ok ] && ok two-readers-integrity || fail two-readers-integrity "$(integrity "$st/data/crossread/state.db")"
	fi
	$T kill-session -t t2 2>/dev/null
else
	fail two-readers "the reader did not start"
fi
rm -f "$screen.2"

# kill -9 in the middle of reading: the database is consistent and keeps
# the last action committed (a mark, the story open).
data=$st start 120 40 seeds
if wait_for 'Articles'; then
	settle
	keys J
	keys d
	keys m k
	place=$(body_row 2)
	shell=$($T display-message -p -t t '#{pane_pid}')
	pid=$(pgrep -P "$shell" | head -1)
	if [ -n "$pid" ]; then
		kill -9 "$pid"
		sleep 0.5
		if [ $have_sqlite = 1 ]; then
			[ "$(integrity "$st/data/crossread/state.db")" = ok ] && ok kill9-integrity || fail kill9-integrity "$(integrity "$st/data/crossread/state.db")"
		else
			echo "skip ui/kill9-integrity: python3's sqlite3 module is missing"
		fi
		$T send-keys -t t 'reset' Enter
		sleep 0.5
		data=$st start 120 40 seeds
		wait_for 'Articles' && settle
		check kill9-story-kept ' 2/2  If the worst-case'
		keys K
		keys "'" k
		[ "$(body_row 2)" = "$place" ] && ok kill9-mark-kept || fail kill9-mark-kept "top is '$(body_row 2)', was '$place'"
		keys q
	else
		fail kill9 "no reader process under the shell $shell"
	fi
else
	fail kill9-start "the reader did not start"
fi

# A damaged database is reported and set aside; the reader starts anyway.
# --no-state writes nothing.
rm -rf "$st"
mkdir -p "$st/data/crossread"
head -c 8192 /dev/urandom >"$st/data/crossread/state.db"
data=$st start 140 40 seeds
if wait_for 'Articles 1/2'; then
	settle
	check state-damaged-message 'was damaged; moved it to'
	ls "$st/data/crossread/" | grep -q 'state.db.damaged-' && ok state-damaged-set-aside || fail state-damaged-set-aside "no state.db.damaged-* beside it"
else
	fail state-damaged "the reader did not start on a damaged database"
fi
keys q
rm -rf "$st"
mkdir -p "$st"
data=$st start 120 40 --no-state seeds
if wait_for 'Articles 1/2'; then
	settle
	keys J
	keys m a
	keys K
	keys "'" a
	check no-state-marks ' 2/2  If the worst-case'
	keys q
	wait_gone 'Articles' >/dev/null
	[ ! -e "$st/data/crossread" ] && ok no-state-writes-nothing || fail no-state-writes-nothing "$(ls "$st/data/crossread")"
else
	fail no-state "the reader did not start with --no-state"
fi
rm -rf "$st"

# 19. Notes: a on a paragraph, typed at a prompt; A lists them in the side
# pane, Enter goes there; --notes exports them.
st=${TMPDIR:-/tmp}/crossread-ui-notes.$$
rm -rf "$st"
mkdir -p "$st"
data=$st start 140 40 seeds
if wait_for 'Articles 1/2'; then
	settle
	keys J
	keys / K r e m l i n Enter
	keys a
	check note-prompt 'Note on this paragraph:'
	$T send-keys -t t -l 'Compare with the Post'
	keys Enter
	check note-saved 'Note saved'
	keys K
	keys A
	check notes-pane 'Notes'
	check notes-pane-count '1 note'
	check notes-pane-note 'Compare with the Post'
	keys Enter
	check notes-enter ' 2/2  If the worst-case'
	grep -q 'Kremlin' "$screen" && ok notes-enter-passage || fail notes-enter-passage "the noted paragraph is not on screen"
	keys q
	wait_gone 'Articles' >/dev/null
	XDG_DATA_HOME=$st/data "$bin" --notes >"$st/notes.md" 2>&1
	if grep -q '^## If the worst-case scenario' "$st/notes.md" && grep -q '^> .*Kremlin' "$st/notes.md" &&
		grep -q '^Compare with the Post$' "$st/notes.md"; then
		ok notes-export
	else
		fail notes-export "$(head -c 300 "$st/notes.md")"
	fi
else
	fail notes-start "the reader did not start"
fi
rm -rf "$st"

# 20. The cache of recognition: what the recognizer found is kept by
# content hash and program version; a second start takes it from there
# and shows the same cross-references.
st=${TMPDIR:-/tmp}/crossread-ui-cache.$$
rm -rf "$st"
mkdir -p "$st"
data=$st start 140 45 seeds tests/cli/cases/hardwrap.txt
if wait_for 'Related stories'; then
	settle
	check cache-first-related 'If the worst-case.* 18%│'
	keys q
	wait_gone 'Articles' >/dev/null
	if [ $have_sqlite = 1 ]; then
		got=$(sql "$st/data/crossread/state.db" "SELECT count(*) FROM recognized")
		[ "$got" = 3 ] && ok cache-kept || fail cache-kept "$got articles kept, want 3"
	fi
	data=$st start 140 45 seeds tests/cli/cases/hardwrap.txt
	if wait_for 'Related stories'; then
		settle
		check cache-second-related 'If the worst-case.* 18%│'
		check cache-second-shared 'Shared with other stories'
		keys e
		check cache-second-entity '(PLACE) mention 1 of'
		# The list by most shared with this story, and limited to the
		# stories that mention an entity (@name) or that F found (/).
		keys BTab
		keys o o o o
		check list-sort-shared 'Articles 1/3 by shared'
		check list-sort-shared-second '^  If the worst-case.* 18%│'
		keys l @ n a t o Enter
		check list-limit-entity '2 of 3 stories match "@nato"'
		keys l Enter
		keys F K r e m l i n Enter
		keys BTab
		keys l / Enter
		check list-limit-search '2 of 3 stories match "/"'
	else
		fail cache-second "no cross-references on the second start"
	fi
	keys q
else
	fail cache-start "the reader did not start"
fi
rm -rf "$st"

# 18. The list as a place to find stories: counts (500G, 12j, 50%), / in
# the list on titles, l to limit, o to sort.
many=${TMPDIR:-/tmp}/crossread-ui-many.$$
mkdir -p "$many"
i=1
while [ $i -le 600 ]; do
	case $((i % 7)) in 0) w=harbour ;; *) w=markets ;; esac
	case $((i % 2)) in 0) src=Reuters ;; *) src=AP ;; esac
	printf 'Title: Story number %d about %s\nDate: 2022-01-%02d\nSource: %s\n\nBody of story %d.\n' \
		$i $w $((i % 28 + 1)) $src $i >"$many/s$i.txt"
	i=$((i + 1))
done
start 120 30 "$many"
if wait_for 'Articles 1/600'; then
	settle
	keys BTab
	keys 5 0 0 G
	check list-count-G 'Articles 500/600'
	keys 1 2 j
	check list-count-j 'Articles 512/600'
	keys 5 0 %
	check list-percent 'Articles 301/600'
	keys g
	keys / s t o r y Space n u m b e r Space 4 2 7 Enter
	keys Enter
	check list-search-title ' [0-9]*/600  Story number 427 about harbour'
	keys BTab
	keys ? a b o u t Space h a r b o u r Enter
	keys Enter
	check list-search-back ' [0-9]*/600  Story number 42[0-9] about harbour'
	keys BTab
	keys l h a r b o u r Enter
	check list-limit '85 of 600 stories match'
	check list-limit-heading 'Articles [0-9]*/85 of 600'
	if grep -q 'about markets' "$screen"; then fail list-limit-hides "a story without harbour in the list"; else ok list-limit-hides; fi
	keys o
	check list-sort-date 'by date'
	keys g
	keys Enter
	check list-sort-date-first ' [0-9]*/600  Story number [0-9]* about harbour *2022-01-01'
	keys BTab
	keys o
	check list-sort-source 'by source'
	keys o
	check list-sort-title 'by title'
	keys g
	keys Enter
	check list-sort-title-first ' [0-9]*/600  Story number 105 about harbour'
	keys BTab
	keys l Enter
	check list-unlimit 'Showing all 600 stories'
	# o goes on (to most shared, once indexed) and comes back to file order.
	for k in 1 2 3; do
		grep -q 'Articles [0-9]*/600 by ' "$screen" || break
		keys o
	done
	if grep -q 'Articles [0-9]*/600 ' "$screen" && ! grep -q 'Articles [0-9]*/600 by ' "$screen"; then
		ok list-file-order
	else
		fail list-file-order "o did not come back to file order"
	fi
else
	fail list-start "the reader did not open 600 stories"
fi
keys q
rm -rf "$many"

# Counts in the body: 3G puts the third line at the top, 2j moves two
# lines, 50% goes half way through the text.
start 120 30 seeds/001_9f6566dcaea3a73e.txt
if wait_for 'Articles 1/1'; then
	settle
	row4=$(body_row 4)
	keys 3 G
	[ "$(body_row 2)" = "$row4" ] && ok body-count-G || fail body-count-G "top is '$(body_row 2)', want '$row4'"
	row6=$(body_row 4)
	keys 2 j
	[ "$(body_row 2)" = "$row6" ] && ok body-count-j || fail body-count-j "top is '$(body_row 2)', want '$row6'"
	keys 5 0 %
	check body-percent '[0-9][0-9]%  h:help'
	keys 1 0 0 %
	check body-percent-end 'Bot  h:help'
else
	fail body-count "the reader did not start"
fi
keys q

$T kill-server 2>/dev/null
rm -f "$screen" "$screen.prev" "$screen.cols"
rm -rf "$xdg"
