#!/bin/sh
# UI tests of files that change while the reader is open: the real program
# in tmux, driven by send-keys and checked on capture-pane (as
# tests/ui/run.sh does). A story's file changed on disk is told within a
# few seconds without a key; ^R reads it again, with its new paragraph and
# the new name in the side pane; a deleted file is marked and a search of
# all the stories leaves it out. Usage: reload.sh BINARY [PREFIX]
. "$(dirname "$0")/lib.sh"
ui_init reload "$@"
fail_rows=24
side() { awk -F'│' 'NF == 3 { print $3 }' "$screen"; }
check_side() { if side | grep -q -- "$2"; then ok "$1"; else fail "$1" "no \"$2\" in the side pane"; fi; }
# wait_long PATTERN: as wait_for, for up to 8 s (the timer looks every 2 s).
wait_long() { wait_for "$1" || wait_for "$1"; }

d=$tmp/news
mkdir -p "$d"
cat >"$d/alpha.txt" <<'TXT'
Title: Harbour bridge reopens

Mayor Alice Brennan opened the harbour bridge on Monday after repairs.

The bridge had been closed for two months, Brennan said.
TXT
cat >"$d/beta.txt" <<'TXT'
Title: Ferry timetable changes

The ferry company announced a new timetable for the harbour.

Passengers welcomed the extra sailings across the harbour.
TXT

$T new-session -d -s t -x 140 -y 40 "env -i PATH=$PATH HOME=$tmp TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state sh"
$T set-option -t t -g status off >/dev/null
$T resize-window -t t -x 140 -y 40 2>/dev/null
$T send-keys -t t "cd '$PWD' && $bin --no-mouse '$d/alpha.txt' '$d/beta.txt'" Enter

if wait_for 'Harbour bridge reopens' && wait_for 'Alice Brennan'; then
	settle
	# 1. The open story's file changes: said without a key.
	printf '\nThe engineer Zoltan Kovacs inspected the cables.\n' >>"$d/alpha.txt"
	if wait_long 'changed on disk'; then ok message-without-key; else fail message-without-key "no 'changed on disk' within 10 s"; fi
	check message-says-key 'alpha.txt changed on disk: ^R reloads'
	check status-mark '\[changed on disk: ^R\]'
	check list-mark '~ Harbour bridge'
	check_not old-text-only 'Zoltan Kovacs'
	# 2. ^R: the new paragraph, and its new name in the side pane.
	keys C-r
	check reload-message 'Reloaded .*alpha.txt'
	wait_for 'Zoltan Kovacs inspected' && ok reload-new-paragraph || fail reload-new-paragraph "no new paragraph"
	wait_for 'Cross-references' >/dev/null
	i=0
	while [ $i -lt 30 ] && ! side | grep -q 'Zoltan Kovacs'; do sleep 0.2; cap; i=$((i + 1)); done
	check_side reload-new-entity 'Zoltan Kovacs'
	check_not reload-mark-gone '\[changed on disk'
	check_not reload-list-mark-gone '~ Harbour bridge'
	# 3. The other file is deleted: F looks at every file first.
	rm "$d/beta.txt"
	keys F
	$T send-keys -t t "harbour" Enter
	settle
	check search-all-leaves-out '2 matches in 1 stories; 2 more in 1 deleted file, left out'
	check_not search-all-not-two 'in 2 stories'
	check deleted-list-mark '✗ Ferry timetable'
	check_side deleted-side-left-out 'more in 1 deleted file'
	# n goes through the present story only: never into the deleted one.
	keys Escape
	keys n n n
	check_not n-skips-deleted ' 2/2 '
	# 4. Its story open: marked deleted, its text kept.
	keys J
	check deleted-status '\[deleted on disk\]'
	check deleted-text-kept 'extra sailings'
	# ^R: it no longer names anything; its text and mark stay.
	keys C-r
	check deleted-reload 'Deleted files left out of the entities'
	check deleted-mark-stays '✗ Ferry timetable'
	check deleted-text-stays 'extra sailings'
	keys q
else
	fail start "the reader did not show the stories"
fi
