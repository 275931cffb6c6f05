# Shared by the tmux UI tests (sourced): reading the screen of the reader
# running in tmux session "t" of the server $T, into the file $screen.
cap() { $T capture-pane -p -t t >"$screen" 2>/dev/null; }
# wait_for PATTERN: polls the screen for up to 5 s.
wait_for() {
	i=0
	while [ $i -lt 50 ]; do
		cap
		grep -q -- "$1" "$screen" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# wait_gone PATTERN: polls until PATTERN has left the screen.
wait_gone() {
	i=0
	while [ $i -lt 50 ]; do
		cap
		grep -q -- "$1" "$screen" || return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# settle: waits until two captures 0.2 s apart agree.
settle() {
	cap
	i=0
	while [ $i -lt 25 ]; do
		cp "$screen" "$screen.prev"
		sleep 0.2
		cap
		cmp -s "$screen" "$screen.prev" && return 0
		i=$((i + 1))
	done
}

# ui_init NAME BINARY [PREFIX]: the start every UI test script shares. Sets
# $bin (absolute), $prefix (ui-NAME unless given), $tmp (with state/ and
# data/, removed at exit with the tmux server $T) and $screen; without
# tmux the script reports itself skipped and ends here.
ui_init() {
	bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
	prefix=${3:-ui-$1}
	if ! command -v tmux >/dev/null 2>&1; then
		echo "skip $prefix/all: tmux is not installed"
		exit 0
	fi
	tmp=${TMPDIR:-/tmp}/crossread-ui-$1.$$
	mkdir -p "$tmp/state" "$tmp/data"
	n=0
	T="tmux -L crossread-ui-$1-$$-$n -f /dev/null"
	screen=$tmp/screen
	trap '$T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
}
keys() { $T send-keys -t t "$@"; settle; }
# keys_e: e, the first entity, pressed again while the reader says it is
# still recognizing the story (a sanitizer build beside other tests may
# take seconds).
keys_e() {
	keys e
	ke=0
	while grep -q 'Still recognizing' "$screen" && [ $ke -lt 50 ]; do
		sleep 0.2
		keys e
		ke=$((ke + 1))
	done
}
ok() { echo "ok $prefix/$1"; }
# fail NAME WHY: the failure, with the last $fail_rows rows of the screen.
fail() {
	echo "FAIL $prefix/$1: $2"
	sed 's/^/#   |/' "$screen" | tail -"${fail_rows:-6}"
}
check() { if grep -q -- "$2" "$screen"; then ok "$1"; else fail "$1" "no \"$2\" on screen"; fi; }
check_not() { if grep -q -- "$2" "$screen"; then fail "$1" "\"$2\" on screen"; else ok "$1"; fi; }
