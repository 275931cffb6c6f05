#!/bin/sh
# UI tests of search's status line: the real program in tmux, driven by
# send-keys and checked on capture-pane (as tests/ui/run.sh does). The
# match number always belongs to the current pattern, and a regular
# expression that PCRE2 gives up on is said to be too complex, never "not
# found". Usage: search.sh BINARY [PREFIX]
. "$(dirname "$0")/lib.sh"
ui_init search "$@"
fail_rows=4
start() { # start ARGS...: the reader at 120x30, with state of its own
	$T kill-server 2>/dev/null
	n=$((n + 1))
	T="tmux -L crossread-ui-search-$$-$n -f /dev/null"
	$T new-session -d -s t -x 120 -y 30 "env -i PATH=$PATH HOME=$tmp TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state sh"
	$T set-option -t t -g status off >/dev/null
	$T send-keys -t t "cd '$PWD' && $bin --no-mouse $*" Enter
}

# 1. /canada, n, then the filter &putin: the status must not number the
# old match among the new pattern's ("match 2 of 1"); n then goes to the
# new pattern's first match.
start seeds/000_e89b523788f1d673.txt
if wait_for 'h:help'; then
	settle
	keys / c a n a d a Enter
	keys n
	check canada-n 'match 2 of 2'
	keys '&' p u t i n Enter
	check_not filter-status-current-pattern 'match 2 of 1'
	check filter-message 'paragraph.* match'
	keys n
	check filter-then-n 'match 1 of 1'
	keys / c a n a d a Enter
	check new-search-counts 'match 1 of 2'
else
	fail start "the reader did not start"
fi
keys q

# 2. A regular expression that backtracks without end: "too complex",
# named, while typing and on Enter, never "not found".
awk 'BEGIN { for (i = 0; i < 40; i++) printf "a"; printf "b"; for (i = 0; i < 5; i++) printf "a"; printf "\n" }' >"$tmp/redos.txt"
start "$tmp/redos.txt"
if wait_for 'h:help'; then
	settle
	keys / C-r
	$T send-keys -t t -l '(a+)+$'
	settle
	check too-complex-typing "'(a+)+\$' is too complex"
	keys Enter
	check too-complex-enter "'(a+)+\$' is too complex"
	check_not too-complex-not-found 'not found'
	keys / C-u
	$T send-keys -t t -l 'a+$'
	keys Enter
	check simple-regex-found 'match 1 of 1'
else
	fail start-redos "the reader did not start"
fi
keys q

# Highlighting, read from the screen with its escape sequences: whether
# WORD is drawn in reverse video (a match), and whether WORD is drawn in
# one piece (no match highlighted inside it).
esc=$(printf '\033')
lit() { $T capture-pane -e -p -t t | grep -aqE "${esc}\\[([0-9]+;)*7(;[0-9]+)*m(${esc}\\[[0-9;]*m)*$1"; }
check_lit() { if lit "$2"; then ok "$1"; else fail "$1" "\"$2\" is not highlighted"; fi; }
check_unlit() { if lit "$2"; then fail "$1" "\"$2\" is highlighted"; else ok "$1"; fi; }
check_whole() {
	if $T capture-pane -e -p -t t | grep -aq -- "$2"; then ok "$1"; else fail "$1" "\"$2\" is cut by a highlight"; fi
}

# 3. Whole words (issue 15, 11a): Ctrl-W in the prompt, shown as [word];
# "NATO" then no longer finds "ANATOLII STEPANOV", in the filter, /, n,
# the highlighting and F; the flag is remembered by the next prompt.
# Article 2 of the seeds has "NATO" 13 times, 12 of them as a word, in 9
# paragraphs (8); the seeds have 18 (17).
start seeds
if wait_for 'h:help'; then
	settle
	keys J
	keys '&' N A T O Enter
	check filter-substring '9 paragraphs match'
	check filter-substring-anatolii 'ANATOLII'
	keys U
	keys '&' C-w
	check word-prompt-tag '^& \[word\]'
	keys N A T O Enter
	check filter-word '8 paragraphs match'
	check_not filter-word-no-anatolii 'ANATOLII'
	keys U
	keys /
	check word-remembered '^/ \[word\]'
	keys n a t o Enter
	check word-search-count 'match 1 of 12'
	keys n
	check word-n-keeps-flag 'match 2 of 12'
	keys g
	check_whole word-highlight-spares-anatolii 'ANATOLII'
	keys / C-w
	check_not word-toggled-off '^/ \[word\]'
	keys n a t o Enter
	check substring-search-count 'match 1 of 13'
	keys g
	if $T capture-pane -e -p -t t | grep -aq 'ANATOLII'; then
		fail substring-highlight-cuts-anatolii "ANATOLII drawn whole"
	else
		ok substring-highlight-cuts-anatolii
	fi
	keys F C-w n a t o Enter
	check search-all-word '17 matches in 2 stories'
	keys Escape
	keys F C-w n a t o Enter
	check search-all-substring '18 matches in 2 stories'
	keys Escape
	# Ctrl-W no longer deletes a word in the prompt: Alt-Backspace does.
	keys / n a t o Space x y z
	check prompt-typed '^/nato xyz'
	keys M-BSpace
	check alt-backspace-deletes-word '^/nato  *match'
	keys C-w
	check ctrl-w-toggles '^/ \[word\] nato  *match'
	keys Escape
else
	fail start-word "the reader did not start"
fi
keys q

# 4. The entity cursor after a search (issue 15, 7): e selects the first
# mention at or after the match, E the last before it, not the first on
# the screen. In article 2, "membership" comes after a NATO and before
# 2014. 6b: Esc then hides the matches' highlight quietly; n goes on.
start seeds
if wait_for 'h:help'; then
	settle
	keys J
	wait_for 'NATO  *13' >/dev/null
	keys / m e m b e r s h i p Enter
	check_lit search-highlights 'membership'
	keys e
	check e-after-search '2014 (DATE) mention 1 of 2'
	keys / m e m b e r s h i p Enter
	keys E
	check E-after-search 'NATO (ORG) mention 4 of 13'
	keys Escape
	check_unlit esc-clears-highlight 'membership'
	check_not esc-no-message 'No command'
	check_not esc-no-match-status 'match 1 of 1'
	check_not esc-drops-entity-cursor 'mention 4 of 13'
	keys n
	check_lit n-after-esc-highlights 'membership'
	check n-after-esc-counts 'match 1 of 1'
	# Away from the match (at the top), e is the first mention on screen.
	keys g
	keys e
	check_not e-without-match-in-sight '2014 (DATE) mention 1 of 2'
else
	fail start-entity "the reader did not start"
fi
keys q
