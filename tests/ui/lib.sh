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
