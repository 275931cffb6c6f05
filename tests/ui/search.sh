#!/bin/sh
# UI tests of search's status line: the real program in tmux, driven by
# send-keys and checked on capture-pane (as tests/ui/run.sh does). The
# match number always belongs to the current pattern, and a regular
# expression that PCRE2 gives up on is said to be too complex, never "not
# found". Usage: search.sh BINARY [PREFIX]
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
prefix=${2:-ui-search}
if ! command -v tmux >/dev/null 2>&1; then
	echo "skip $prefix/all: tmux is not installed"
	exit 0
fi
tmp=${TMPDIR:-/tmp}/crossread-ui-search.$$
mkdir -p "$tmp/state" "$tmp/data"
n=0
T="tmux -L crossread-ui-search-$$-$n -f /dev/null"
screen=$tmp/screen
trap '$T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

. "$(dirname "$0")/lib.sh"
keys() { $T send-keys -t t "$@"; settle; }
ok() { echo "ok $prefix/$1"; }
fail() {
	echo "FAIL $prefix/$1: $2"
	sed 's/^/#   |/' "$screen" | tail -4
}
check() { if grep -q -- "$2" "$screen"; then ok "$1"; else fail "$1" "no \"$2\" on screen"; fi; }
check_not() { if grep -q -- "$2" "$screen"; then fail "$1" "\"$2\" on screen"; else ok "$1"; fi; }
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
