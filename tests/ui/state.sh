#!/bin/sh
# UI tests of selecting, copying, opening and jumping: the real program in
# tmux, driven by send-keys and checked on capture-pane (as
# tests/ui/search.sh does). y must reach the terminal as OSC 52, which tmux
# (set-clipboard on) turns into its paste buffer; o must start $BROWSER in
# the background with the url; the jump list must bring back the focused
# pane, and be there after a restart; a resize that hides the side pane and
# shows it again must give it back the focus. Usage: state.sh BINARY [PREFIX]
. "$(dirname "$0")/lib.sh"
ui_init state "$@"
fail_rows=4
esc=$(printf '\033')
# The screen with its attributes, as ESC [ ... m sequences.
cap_e() { $T capture-pane -e -p -t t >"$screen.e" 2>/dev/null; }
# check_sgr NAME PATTERN: the attributed screen has PATTERN (ESC written \e).
check_sgr() {
	cap_e
	pat=$(printf '%s' "$2" | sed "s/\\\\e/$esc/g")
	if grep -q -- "$pat" "$screen.e"; then ok "$1"; else fail "$1" "no \"$2\" in the attributes"; fi
}
# The focused pane: the heading drawn in reverse video (the top row).
focused() {
	$T capture-pane -e -p -t t -S 0 -E 0 | sed -e "s/$esc\[[0-9;]*;7m/<R>/g" -e "s/$esc\[7m/<R>/g" \
		-e "s/$esc\[[0-9;]*m//g" | grep -o '<R> [^ ]*' | head -1 | cut -c5-
}
check_focus() {
	got=$(focused)
	if [ "$got" = "$2" ]; then ok "$1"; else fail "$1" "the focus is on '$got', not '$2'"; fi
}
# y's text arrives in tmux's paste buffer; a sentinel first, so that an
# old copy cannot pass.
clip_reset() { $T set-buffer -- "(nothing copied)"; }
check_clip() {
	got=$($T show-buffer 2>/dev/null)
	if [ "$got" = "$2" ]; then ok "$1"; else fail "$1" "the clipboard holds '$got', not '$2'"; fi
}
start() { # start ARGS...: the reader at 120x30, with state of its own
	$T kill-server 2>/dev/null
	n=$((n + 1))
	T="tmux -L crossread-ui-state-$$-$n -f /dev/null"
	$T new-session -d -s t -x 120 -y 30 "env -i PATH=$PATH HOME=$tmp TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state BROWSER=$tmp/browser $start_env sh"
	$T set-option -t t -g status off >/dev/null
	$T set-option -g set-clipboard on >/dev/null
	$T send-keys -t t "cd '$tmp' && $bin --no-mouse $*" Enter
}

cat >"$tmp/one.txt" <<'EOF'
Title: Talks in Paris
Url: https://example.com/paris-talks
Date: 2022-01-25

President Vladimir Putin met Emmanuel Macron in Paris on Monday. The two leaders spoke for five hours about Ukraine and NATO.

Macron said the talks were useful. Putin said Russia wanted guarantees from NATO before any deal on Ukraine.

Later, Olaf Scholz called Putin from Berlin and urged calm.
EOF
cat >"$tmp/two.txt" <<'EOF'
Title: Berlin reacts
Date: 2022-01-26

Olaf Scholz said in Berlin that Vladimir Putin must step back from Ukraine.

NATO ministers meet in Brussels next week.
EOF
printf '# Summit\n\n[Vladimir Putin](https://example.org/putin) met Emmanuel Macron in Paris on Monday.\n' >"$tmp/link.md"
# The browser: notes its argument and whether it still has the reader's
# terminal, writes to its output (which must not reach the screen), and
# takes its time (which the reader must not wait for).
cat >"$tmp/browser" <<EOF
#!/bin/sh
if (exec </dev/tty) 2>/dev/null; then t=tty; else t=notty; fi
printf '%s %s\n' "\$1" "\$t" >>'$tmp/opened'
echo browser-noise
echo browser-noise >&2
sleep 3
EOF
chmod +x "$tmp/browser"
p1='President Vladimir Putin met Emmanuel Macron in Paris on Monday. The two leaders spoke for five hours about Ukraine and NATO.'
p2='Macron said the talks were useful. Putin said Russia wanted guarantees from NATO before any deal on Ukraine.'

# 1. Select, extend, copy; copy a mention and the url; a note on a selection.
start one.txt two.txt
if wait_for 'h:help'; then
	settle
	keys v w w
	check select-start "Selected 'President Vladimir Putin' (24 bytes)"
	check_sgr select-style '\e\[1;3;7mPresident Vladimir Putin\e'
	clip_reset
	keys y
	check copy-message "Copied 'President Vladimir Putin'"
	check_clip copy-selection 'President Vladimir Putin'
	cap_e
	if grep -q "1;3;7m" "$screen.e"; then fail select-ends-after-copy "a selection is still drawn"; else ok select-ends-after-copy; fi
	clip_reset
	# j extends it to the end of that screen line, whatever the width.
	cap
	row=$(grep -o "President Vladimir[^│]*" "$screen" | head -1 | sed "s/ *$//")
	keys v j y
	check_clip select-line "$row"
	clip_reset
	keys v '}' '}' y
	check_clip select-paragraphs "$(printf '%s\n\n%s' "$p1" "$p2")"
	clip_reset
	keys v '}' '}' '{' b y
	check_clip select-back "${p1% NATO.}"
	clip_reset
	keys v w w Escape
	check select-esc 'Selection ended'
	keys y
	check_clip copy-url 'https://example.com/paris-talks'
	keys e e
	check mention-selected 'Vladimir Putin (PERSON) mention 1 of 3'
	clip_reset
	keys y
	check copy-mention-message "Copied 'Vladimir Putin'"
	check_clip copy-mention 'Vladimir Putin'
	keys Escape J
	clip_reset
	keys y
	check copy-nothing 'Nothing to copy'
	check_clip copy-nothing-clipboard '(nothing copied)'
	keys K
	# a on a selection: the note is on exactly those bytes.
	keys v w w a
	check note-prompt 'Note on the selection:'
	keys o n Space p u t i n Enter
	check note-saved 'Note saved'
	at=$(grep -bo 'President Vladimir' "$tmp/one.txt" | cut -d: -f1)
	notes=$(env XDG_DATA_HOME="$tmp/data" "$bin" --notes --format json 2>&1)
	if echo "$notes" | grep -q "\"start\":$at,\"end\":$((at + 24)),.*\"quote\":\"President Vladimir Putin\".*\"note\":\"on putin\""; then
		ok note-on-selection
	else
		fail note-on-selection "--notes gave: $notes"
	fi
else
	fail start "the reader did not start"
fi

# 2. o: the story's url with $BROWSER, in the background, the screen kept;
# in the list o still sorts.
rm -f "$tmp/opened"
keys o
# The browser sleeps 3 s: the message is there at once or the reader waited.
check open-at-once 'Opening the story: https://example.com/paris-talks'
i=0
while [ ! -s "$tmp/opened" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if [ "$(cat "$tmp/opened" 2>/dev/null)" = "https://example.com/paris-talks notty" ]; then
	ok open-url
else
	fail open-url "the browser got '$(cat "$tmp/opened" 2>/dev/null)'"
fi
sleep 0.3
keys r
check_not open-screen-clean 'browser-noise'
check open-screen-kept 'Talks in Paris'
keys BTab
keys o
check list-o-sorts 'Articles 1/2 by date'
if [ "$(wc -l <"$tmp/opened")" -eq 1 ]; then ok list-o-opens-nothing; else fail list-o-opens-nothing "$(cat "$tmp/opened")"; fi

# 3. The focus after jumps: Enter on a mention in the side pane jumps to
# it with the focus in the body; ^O brings back the place and the focus.
keys Tab Tab
check_focus focus-side 'Cross-references'
# o in the side pane, on an entity: the story's url.
keys o
check open-in-side 'Opening the story: https://example.com/paris-talks'
keys Enter
check side-mentions 'Vladimir Putin (PERSON)'
keys j j j j j
keys Enter
check jump-from-side '2/2  Vladimir Putin (PERSON) mention 1 of 1'
check_focus jump-focus-body 'two.txt'
keys C-o
check jump-back-place '1/2  Talks in Paris'
check_focus jump-back-focus 'Mentions'
keys C-]
check_focus jump-forward-focus 'two.txt'
keys C-o
check_focus jump-back-again-focus 'Mentions'

# 4. A narrow terminal hides the side pane (the body takes the focus); a
# wide one shows it, and the focus goes back to it.
$T resize-window -t t -x 80 -y 30
settle
check_not resize-narrow-hides 'Mentions'
check_focus resize-narrow-focus 'one.txt'
$T resize-window -t t -x 120 -y 30
settle
check_focus resize-wide-focus 'Mentions'
# Unless the user put the focus elsewhere meanwhile.
$T resize-window -t t -x 80 -y 30
settle
keys BTab
$T resize-window -t t -x 120 -y 30
settle
check_focus resize-user-choice 'Articles'

# 5. The jump list is kept: x from a mention to the other story, quit,
# start again (in that story), ^O: back where the jump started.
keys Tab
keys g e e
check xref-from 'Vladimir Putin (PERSON) mention 1 of 3'
keys x
check xref-to '2/2  Vladimir Putin (PERSON) mention 1 of 1'
keys q
start one.txt two.txt
if wait_for 'h:help'; then
	settle
	check restart-in-two '2/2  Berlin reacts'
	keys C-o
	if wait_for '1/2  Vladimir Putin (PERSON) mention 1 of 3'; then ok restart-jump-back; else
		fail restart-jump-back "not back at the mention the jump started from"; fi
	check_focus restart-jump-focus 'one.txt'
	keys C-]
	check restart-jump-forward '2/2  '
else
	fail restart "the reader did not start again"
fi
keys q

# 6. Without colour, a selection still differs from the entity cursor;
# o on a mention inside a link opens the link.
start_env=NO_COLOR=1 start link.md
if wait_for 'h:help'; then
	settle
	keys_e
	check link-mention 'Vladimir Putin (PERSON)'
	cap_e
	if grep -q "3;7mVladimir Putin" "$screen.e"; then fail nocolor-cursor-not-selection "the cursor looks like a selection"; else
		ok nocolor-cursor-not-selection; fi
	rm -f "$tmp/opened"
	keys o
	check open-link-message 'Opening the link: https://example.org/putin'
	i=0
	while [ ! -s "$tmp/opened" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	if grep -q '^https://example.org/putin ' "$tmp/opened" 2>/dev/null; then ok open-link; else
		fail open-link "the browser got '$(cat "$tmp/opened" 2>/dev/null)'"; fi
	keys v
	check_sgr nocolor-selection-style '\e\[1;3;7mVladimir Putin\e'
else
	fail start-nocolor "the reader did not start"
fi
keys q

# 7. The snapshot of a set of articles: the first start links them and
# keeps the result, the second reads it (CROSSREAD_TRACE says which) and
# shows the same cross-references; after a file is edited the set is
# another, linked afresh, and its cross-references are the new ones.
mkdir -p "$tmp/snap"
printf 'Title: Scholz and Baerbock\n\nChancellor Olaf Scholz met Annalena Baerbock in Berlin on Monday. Scholz said the talks with Emmanuel Macron went well.\n' >"$tmp/snap/a.txt"
printf 'Title: Paris visit\n\nOlaf Scholz spoke in Paris on Tuesday with Emmanuel Macron.\n' >"$tmp/snap/b.txt"
# snap_start NAME: the reader on the two files, tracing into $tmp/NAME;
# waits for the cross-references.
snap_start() {
	rm -f "$tmp/$1"
	start_env="CROSSREAD_TRACE=$tmp/$1" start snap/a.txt snap/b.txt
	start_env=
	wait_for 'Shared with other stories' && settle
}
# snap_trace NAME CHECK LINE: the trace has LINE.
snap_trace() {
	if grep -q " $3\$" "$tmp/$1" 2>/dev/null; then ok "$2"; else
		fail "$2" "the trace has no \"$3\": $(tr '\n' ' ' <"$tmp/$1" 2>/dev/null)"; fi
}
if snap_start trace1; then
	check snapshot-first 'Olaf Scholz  *3·1'
	keys q
	wait_gone 'h:help' >/dev/null
	snap_trace trace1 snapshot-first-made 'no snapshot'
	if snap_start trace2; then
		check snapshot-second 'Olaf Scholz  *3·1'
		check snapshot-second-only 'Annalena Baerbock  *2$'
		snap_trace trace2 snapshot-second-read 'snapshot read'
	else
		fail snapshot-second-start "no cross-references on the second start"
	fi
	keys q
	wait_gone 'h:help' >/dev/null
	printf 'Title: Paris visit\n\nAnnalena Baerbock spoke in Paris on Tuesday with Emmanuel Macron.\n' >"$tmp/snap/b.txt"
	if snap_start trace3; then
		check snapshot-edited 'Annalena Baerbock  *2·1'
		check snapshot-edited-only 'Olaf Scholz  *3$'
		snap_trace trace3 snapshot-edited-made 'no snapshot'
	else
		fail snapshot-edited-start "no cross-references after the edit"
	fi
	keys q
else
	fail snapshot-start "the reader did not start"
fi

# 7b. --xref keeps the set it linked as the reader does: the reader
# opened on the same files after it reads that snapshot, and the reverse.
mkdir -p "$tmp/pre"
cp "$tmp/snap/a.txt" "$tmp/pre/a.txt"
printf 'Title: Rome visit\n\nOlaf Scholz spoke in Rome on Friday with Annalena Baerbock.\n' >"$tmp/pre/b.txt"
(cd "$tmp" && env XDG_DATA_HOME="$tmp/data" CROSSREAD_TRACE="$tmp/ptrace0" $bin --xref pre/a.txt pre/b.txt >"$tmp/pre.xref" 2>&1)
if grep -q "Annalena Baerbock" "$tmp/pre.xref" && grep -q ' snapshot kept$' "$tmp/ptrace0"; then
	ok printed-snapshot-kept
else
	fail printed-snapshot-kept "$(tr '\n' ' ' <"$tmp/ptrace0") $(head -3 "$tmp/pre.xref")"
fi
rm -f "$tmp/ptrace1"
start_env="CROSSREAD_TRACE=$tmp/ptrace1" start pre/a.txt pre/b.txt
start_env=
if wait_for 'Shared with other stories' && settle; then
	check printed-snapshot-shown 'Annalena Baerbock  *2·1'
	snap_trace ptrace1 printed-snapshot-read 'snapshot read'
else
	fail printed-snapshot-start "no cross-references in the reader"
fi
keys q
wait_gone 'h:help' >/dev/null
# The reader's snapshot (section 7's set, as edited) serves --xref.
(cd "$tmp" && env XDG_DATA_HOME="$tmp/data" CROSSREAD_TRACE="$tmp/ptrace2" $bin --xref snap/a.txt snap/b.txt >"$tmp/snap.xref" 2>&1)
if grep -q ' snapshot read$' "$tmp/ptrace2" && ! grep -q ' recognized$' "$tmp/ptrace2" &&
	grep -q "Annalena Baerbock" "$tmp/snap.xref"; then
	ok reader-snapshot-printed
else
	fail reader-snapshot-printed "$(tr '\n' ' ' <"$tmp/ptrace2")"
fi

# 8. A directory opened again is known by its files' stamps: the second
# start reads the set's hashes (and so its snapshot) from the store without
# reading the files. A file edited with its size and modification time
# kept is caught when the files are then read (its bytes are not its
# hash): it is read again and the set linked afresh, without a key; the
# next start reads the files, its stamps no longer trusted.
mkdir -p "$tmp/stat"
cp "$tmp/snap/a.txt" "$tmp/stat/a.txt"
printf 'Title: Paris visit\n\nOlaf Scholz spoke in Paris on Tuesday with Emmanuel Macron.\n' >"$tmp/stat/b.txt"
side_text() { tr '\n' ' ' <"$screen" | tr -s ' ' | cut -c1-400; }
# stat_start NAME: the reader on the directory, tracing into $tmp/NAME.
stat_start() {
	rm -f "$tmp/$1"
	start_env="CROSSREAD_TRACE=$tmp/$1" start stat
	start_env=
	wait_for 'Shared with other stories' && settle
}
if stat_start strace1; then
	keys q
	wait_gone 'h:help' >/dev/null
	snap_trace strace1 stamps-first-read 'files read'
	if stat_start strace2; then
		check stamps-second 'Olaf Scholz  *3·1'
		snap_trace strace2 stamps-second-known 'hashes by stamps'
		snap_trace strace2 stamps-second-snapshot 'snapshot read'
	else
		fail stamps-second-start "no cross-references on the second start"
	fi
	keys q
	wait_gone 'h:help' >/dev/null
	cp -p "$tmp/stat/b.txt" "$tmp/stat-b.ref"
	printf 'Title: Paris visit\n\nAnnalena Baerbock spoke in Paris on Tuesday with Mr Macron.\n' >"$tmp/stat/b.txt"
	touch -r "$tmp/stat-b.ref" "$tmp/stat/b.txt"
	if [ "$(wc -c <"$tmp/stat/b.txt")" -ne "$(wc -c <"$tmp/stat-b.ref")" ]; then
		fail stamps-edit-size "the edit changed the file's size"
	fi
	if stat_start strace3; then
		snap_trace strace3 stamps-edited-known 'hashes by stamps'
		if wait_for 'Annalena Baerbock  *2·1' || wait_for 'Annalena Baerbock  *2·1'; then
			ok stamps-edited-relinked
		else
			fail stamps-edited-relinked "the edit kept out of the cross-references: $(side_text)"
		fi
		check_not stamps-edited-only 'Olaf Scholz  *3·1'
		snap_trace strace3 stamps-edited-checked 'files checked'
	else
		fail stamps-edited-start "no cross-references after the edit"
	fi
	keys q
	wait_gone 'h:help' >/dev/null
	if stat_start strace4; then
		check stamps-after 'Annalena Baerbock  *2·1'
		snap_trace strace4 stamps-after-read 'files read'
	else
		fail stamps-after-start "no cross-references on the start after"
	fi
	keys q
else
	fail stamps-start "the reader did not start on a directory"
fi
