#!/bin/sh
# UI tests of a big file, which opens from its first part while the whole is
# read and parsed behind it (src/ui_load.c): the real program in tmux, as
# tests/ui/run.sh drives it. Three shapes of a few megabytes, made here:
# paragraphs, hard-wrapped lines, and one line. The first screen shows the
# start and says it is loading; the reader's place is kept when the whole
# takes the part's place; G reaches the true last line, even when pressed
# while loading; a search finds a word only near the end; the place kept
# between runs comes back once the whole is in. CROSSREAD_LOAD_DELAY
# holds the whole back, so that the loading can be seen. Usage:
# bigfile.sh BINARY [PREFIX]
. "$(dirname "$0")/lib.sh"
ui_init bigfile "$@"
fail_rows=12
d=$tmp/big
mkdir -p "$d"

# gen MODE FILE: about 4 MB of numbered sentences: mode=paras has a header
# and paragraphs apart, mode=wrapped the same hard-wrapped at 70 columns
# with no blank line but before each fifth paragraph, mode=oneline no line
# break at all. A word only near the end, and a last line of its own.
gen() {
	LC_ALL=C awk -v mode="$1" 'BEGIN {
		if (mode != "oneline") printf "Title: A big test file\nDate: 2024-02-03\n\n"
		for (p = 1; p <= 9000; p++) {
			s = sprintf("Paragraph %d begins here.", p)
			for (k = 1; k <= 8; k++) s = s sprintf(" Sentence %d of paragraph %d says the market moved again.", k, p)
			if (p == 8990) s = s " Zanzibarite."
			if (mode == "oneline") { printf "%s ", s; continue }
			if (mode == "wrapped") {
				n = split(s, w, " "); line = w[1]; out = ""
				for (i = 2; i <= n; i++) {
					if (length(line) + 1 + length(w[i]) > 70) { out = out line "\n"; line = w[i] }
					else line = line " " w[i]
				}
				s = out line
				printf "%s\n%s", s, (p % 5 == 0 ? "\n" : "")
				continue
			}
			printf "%s\n\n", s
		}
		printf "Finis.\n"
	}' >"$2"
}

# start FILE DELAY: the reader on FILE, its whole held back DELAY ms.
start() {
	$T kill-server 2>/dev/null
	n=$((n + 1))
	T="tmux -L crossread-ui-bigfile-$$-$n -f /dev/null"
	$T new-session -d -s t -x 120 -y 30 "env -i PATH=$PATH HOME=$tmp TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state CROSSREAD_LOAD_DELAY=$2 $bin --no-mouse $1; sleep 30"
	$T set-option -t t -g status off >/dev/null
}
# top_line: the body's first text row (the list pane apart).
top_line() { sed -n 2p "$screen" | awk -F'│' '{ print $2 }' | sed 's/^ *//; s/ *$//'; }

for shape in paras wrapped oneline; do
	f=$d/$shape.txt
	gen "$shape" "$f"
	p=$shape
	# 1. The first screen shows the start, while the rest loads.
	start "$f" 2500
	if wait_for 'Paragraph 1 begins here'; then ok "$p/first-screen"; else fail "$p/first-screen" "no start of the file"; fi
	# Polled, not read off the same capture: tmux may catch a screen the
	# reader is still writing, body drawn and status line not yet.
	if wait_for '\[loading'; then ok "$p/says-loading"; else fail "$p/says-loading" "no [loading on screen"; fi
	# 2. Pages down within the first part, then the whole arrives: the
	# same text stays at the top.
	keys Space
	keys Space
	keys Space
	before=$(top_line)
	if wait_gone '\[loading'; then ok "$p/loaded"; else fail "$p/loaded" "still loading after 5 s"; fi
	settle
	after=$(top_line)
	if [ -n "$before" ] && [ "$before" = "$after" ]; then
		ok "$p/place-kept"
	else
		fail "$p/place-kept" "top line was '$before', is '$after'"
	fi
	# 3. G reaches the true last line.
	keys G
	check "$p/G-last-line" "Finis\\."
	check "$p/G-bottom" 'Bot'
	# 4. A word only near the end is found from the top.
	keys g
	$T send-keys -t t / zanzibarite Enter
	settle
	check "$p/search-near-end" "Zanzibarite\\."
done

# 5. G pressed while loading waits for the whole and goes to its end.
start "$d/paras.txt" 1500
if wait_for 'Paragraph 1 begins here'; then
	$T send-keys -t t G
	if wait_for "Finis\\."; then ok G-while-loading; else fail G-while-loading "no last line"; fi
	if wait_for 'Bot'; then ok G-while-loading-bottom; else fail G-while-loading-bottom "no Bot"; fi
else
	fail G-while-loading "no first screen"
fi
# 6. A search while loading finds a word only in the rest.
start "$d/paras.txt" 1500
if wait_for 'Paragraph 1 begins here'; then
	$T send-keys -t t / zanzibarite Enter
	if wait_for "Zanzibarite\\."; then ok search-while-loading; else fail search-while-loading "not found"; fi
else
	fail search-while-loading "no first screen"
fi
# 7. Quitting while loading leaves at once.
start "$d/paras.txt" 3000
if wait_for 'Paragraph 1 begins here'; then
	$T send-keys -t t q
	if wait_gone 'Paragraph 1 begins here'; then ok quit-while-loading; else fail quit-while-loading "still open"; fi
else
	fail quit-while-loading "no first screen"
fi
# 8. The place kept between runs comes back once the whole is in (the
# store knows a file by the hash of all its bytes). A file of its own: an
# earlier test's run may have kept a place in the others.
{ echo "Title: A big test file, kept"; tail -n +2 "$d/wrapped.txt"; } >"$d/kept.txt"
start "$d/kept.txt" 0
if wait_for 'Paragraph 1 begins here' && wait_gone '\[loading'; then
	keys Space
	keys Space
	kept=$(top_line)
	$T send-keys -t t q
	wait_gone 'Paragraph' >/dev/null
	start "$d/kept.txt" 500
	wait_for 'A big test file' >/dev/null
	wait_gone '\[loading' >/dev/null
	settle
	again=$(top_line)
	if [ -n "$kept" ] && [ "$kept" = "$again" ]; then ok place-between-runs; else fail place-between-runs "top line was '$kept', is '$again'"; fi
else
	fail place-between-runs "no first screen"
fi
# 9. A file smaller than the part's threshold but bigger than what main
# reads first (about 300 KB) is read whole before its first screen: no
# loading, G at once at its last line, which the first read did not reach.
head -c 300000 "$d/paras.txt" | sed '$d' >"$d/mid.txt"
printf 'Finis of the middle one.\n' >>"$d/mid.txt"
start "$d/mid.txt" 3000
if wait_for 'Paragraph 1 begins here'; then
	settle
	check_not mid-not-loading '\[loading'
	keys G
	settle
	check mid-G-last-line 'Finis of the middle one\.'
else
	fail mid-not-loading "no first screen"
fi
