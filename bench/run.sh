#!/bin/sh
# Benchmarks of the core library on real and huge articles. Run by
# `make bench` (after `make all`) from the repository's root:
#
#   1. builds build/sgm2txt and build/bench_core (against build/libcrossread.a);
#   2. converts the Reuters-21578 corpus (REUTERS_SRC, by default
#      ../shared/data/reuters21578) into bench/data/reuters/, once;
#   3. generates bench/data/big.txt (50 MiB of paragraphs of mixed lengths,
#      with UTF-8: é, ü, combining marks, CJK, emoji) and
#      bench/data/big-oneline.txt (50 MiB without a single line break), once;
#   4. prints the figures, one per line: "name: value unit".
#
# BENCH_PART=ui runs only the reader's figures in tmux (Reuters and the two
# big files, each beside less); BENCH_PART=ui-big only the big files' (the
# first screen, G, and the time of a step of scrolling from the end and
# from the middle). Steps 1-3 are done all the same.
#
# bench/data is git-ignored; delete it to regenerate everything.
set -eu

cd "$(dirname "$0")/.."

CC=${CC:-cc}
REUTERS_SRC=${REUTERS_SRC:-../shared/data/reuters21578}
DATA=bench/data
LIB=build/libcrossread.a
GEN_VERSION=1	# bump when the generator below changes

start=$(date +%s)

if [ ! -f "$LIB" ]; then
	echo "bench: $LIB is missing; run 'make all' first" >&2
	exit 1
fi

mkdir -p build "$DATA"
$CC -O2 -std=c11 -Wall -Wextra -D_DEFAULT_SOURCE tests/tools/sgm2txt.c -o build/sgm2txt
$CC -O2 -std=c11 -D_DEFAULT_SOURCE -Iinclude bench/bench_core.c "$LIB" -lmd4c -lpcre2-8 -lsqlite3 -lunistring -lm -ldl -pthread -o build/bench_core

# --- The Reuters corpus, one file per article -------------------------------

reuters=-
if ls "$REUTERS_SRC"/reut2-*.sgm >/dev/null 2>&1; then
	if [ ! -f "$DATA/reuters/.complete" ] || [ tests/tools/sgm2txt.c -nt "$DATA/reuters/.complete" ]; then
		rm -rf "$DATA/reuters.tmp" "$DATA/reuters"
		mkdir -p "$DATA/reuters.tmp"
		echo "bench: converting $REUTERS_SRC into $DATA/reuters/" >&2
		build/sgm2txt "$DATA/reuters.tmp" "$REUTERS_SRC"/reut2-*.sgm
		: >"$DATA/reuters.tmp/.complete"	# hidden: crossread skips it
		mv "$DATA/reuters.tmp" "$DATA/reuters"
	fi
	reuters=$DATA/reuters
	echo "reuters.files: $(find "$reuters" -name '*.txt' | wc -l | tr -d ' ') files"
else
	echo "reuters: skipped (no $REUTERS_SRC/reut2-*.sgm; the Reuters-21578 SGML files are not there)"
fi

# --- Two 50 MiB articles ------------------------------------------------------

# A deterministic generator: an LCG kept below 2^53 so that any awk computes
# the same numbers. mode=lines writes a header and paragraphs separated by
# blank lines, a quarter of them hard-wrapped at 72 columns, one in 251 of
# 100-300 KB (longer than the view's 64 KB pieces); mode=oneline writes the
# same kind of text with no line break at all. LC_ALL=C: lengths in bytes.
GEN_AWK='
function rnd(n) { seed = (seed * 69069 + 12345) % 4294967296; return int(seed / 65536) % n }
function sentence(   n, s, i) {
	n = 6 + rnd(18); s = caps[1 + rnd(ncaps)]
	for (i = 1; i < n; i++) s = s " " words[1 + rnd(nwords)]
	return s punct[1 + rnd(npunct)]
}
function para(target,   p) {
	p = sentence()
	while (length(p) < target) p = p " " sentence()
	return p
}
function wrap(p,   out, line, n, i, a) {
	n = split(p, a, " "); line = a[1]; out = ""
	for (i = 2; i <= n; i++) {
		if (length(line) + 1 + length(a[i]) > 72) { out = out line "\n"; line = a[i] }
		else line = line " " a[i]
	}
	return out line
}
BEGIN {
	seed = 20240101
	nwords = split("the of and to in a is that for on with as was by at from it an be are this which have has said market prices would government bank economy trade growth percent year week analysts central rates oil exports imports shares company billion million café über naïve Zürich résumé Müller Größe 漢字 東京 日本語 北京 서울 😀 🌍 élan — “quoted” 漢字仮名交じり文の長い行は空白なしで続きます", words, " ")
	ncaps = split("The Officials Analysts Markets Traders In Prices Reuters Ministers Société Über 東京では Exporters", caps, " ")
	npunct = split(". . . . ! ? ;", punct, " ")
	limit = 50 * 1024 * 1024; total = 0; k = 0
	if (mode == "lines") {
		h = "Title: A fifty megabyte benchmark article\nDate: 2024-01-01\n\n"
		printf "%s", h; total = length(h)
	}
	while (total < limit) {
		k++
		r = rnd(100)
		if (k % 251 == 0) target = 100000 + rnd(200000)
		else if (r < 40) target = 60 + rnd(200)
		else if (r < 75) target = 400 + rnd(1200)
		else target = 2000 + rnd(8000)
		p = para(target)
		if (mode == "lines") {
			if (rnd(4) == 0 && target < 100000) p = wrap(p)
			p = p "\n\n"
		} else {
			p = p " "
		}
		printf "%s", p
		total += length(p)
	}
}'

gen() { # gen MODE FILE
	if [ -f "$2" ] && [ "$(cat "$2.version" 2>/dev/null)" = "$GEN_VERSION" ]; then
		return 0
	fi
	echo "bench: generating $2" >&2
	LC_ALL=C awk -v mode="$1" "$GEN_AWK" >"$2.tmp"
	mv "$2.tmp" "$2"
	echo "$GEN_VERSION" >"$2.version"
}
gen lines "$DATA/big.txt"
gen oneline "$DATA/big-oneline.txt"

# The real program in tmux: how long until the first screen is drawn, and
# how long a few keys take, as a reader would see it (polled every 10 ms).
ms_now() { date +%s%N | cut -c1-13; }
# A tmux server of this run's own: another bench running beside it (from
# another work tree) must not be killed by this one's kill-server.
BENCH_TMUX=crossread-bench-$$
ui_time() { # ui_time NAME PATTERN: ms until PATTERN is on screen (5 s at most)
	t0=$(ms_now)
	i=0
	while [ $i -lt 500 ]; do
		if tmux -L "$BENCH_TMUX" -f /dev/null capture-pane -p -t b | grep -q -- "$2"; then
			echo "$1: $(($(ms_now) - t0)) ms"
			return 0
		fi
		sleep 0.01
		i=$((i + 1))
	done
	echo "$1: more than 5000 ms (or failed)"
}
# ui_keys NAME TEXT COMMAND...: in a pseudo-terminal (tests/tools/keytime.py,
# to the millisecond, which tmux's polling cannot tell on a busy machine):
# the first screen (until TEXT), G to the end (until END), 20 steps of b
# from there and, when MIDDLE is set, 20 of Space from MIDDLE% on; each
# step from its key to the end of the program's answer.
ui_keys() {
	kname=$1 text=$2 end=$3
	shift 3
	set -- "$kname.first_screen_pty=wait:$text" "$kname.key_G=key:G:$end" \
		"$kname.scroll_step_up_from_end=steps:b:20" \
		${MIDDLE:+"-=key:${MIDDLE}%" "$kname.scroll_step_down_from_middle=steps: :20"} -- "$@"
	python3 tests/tools/keytime.py "$@" || true
}
# first_pty_vs_less NAME INPUT: the first screen in a pseudo-terminal, the
# reader and less in turn, seven times each; the medians and their ratio
# (one run of each is at the mercy of whatever else the machine does).
first_pty_vs_less() {
	words=$(head -c 300 "$2" | head -n 1 | awk '{ print $1, $2, $3 }')
	: >"$DATA/pty.c" && : >"$DATA/pty.l"
	for k in 1 2 3 4 5 6 7; do
		python3 tests/tools/keytime.py "c=wait:h:help q:quit" -- \
			env TERM=xterm-256color LANG=C.UTF-8 ./crossread --no-mouse "$2" | awk '{ print $2 }' >>"$DATA/pty.c"
		python3 tests/tools/keytime.py "l=wait:$words" -- \
			env TERM=xterm-256color LANG=C.UTF-8 less "$2" | awk '{ print $2 }' >>"$DATA/pty.l"
	done
	c=$(sort -n "$DATA/pty.c" | sed -n 4p)
	l=$(sort -n "$DATA/pty.l" | sed -n 4p)
	echo "$1.first_screen_pty_median_of_7: $c ms (runs: $(sort -n "$DATA/pty.c" | tr '\n' ' '))"
	echo "$1.less.first_screen_pty_median_of_7: $l ms (runs: $(sort -n "$DATA/pty.l" | tr '\n' ' '))"
	case $c$l in
	'' | *[!0-9]*) echo "$1.first_screen_pty_vs_less: not measured" ;;
	*) echo "$1.first_screen_pty_vs_less: $(awk -v a="$c" -v b="$l" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')x less's time" ;;
	esac
	rm -f "$DATA/pty.c" "$DATA/pty.l"
}
bench_ui() { # bench_ui INPUT...: the reader, then less, on each input
	if ! command -v tmux >/dev/null 2>&1 || [ ! -x ./crossread ]; then
		echo "ui: skipped (tmux or ./crossread missing)"
		return 0
	fi
	B="tmux -L $BENCH_TMUX -f /dev/null"
	# The reader's state (and its cache of recognition) goes to a
	# directory of the bench's own, empty at first.
	XDG_DATA_HOME=$(mktemp -d "${TMPDIR:-/tmp}/crossread-bench-state.XXXXXX")
	export XDG_DATA_HOME
	if [ "$reuters" != - ] && [ "${BENCH_PART:-}" != ui-big ]; then
		# Cross-references on Reuters at a first start (recognizing every
		# story) and a second (from the cache), each from the start.
		for pass in first second; do
			$B kill-server 2>/dev/null || true
			sleep 0.5 # the server just killed must be gone before the next starts
			$B new-session -d -s b -x 160 -y 50 "env TERM=xterm-256color LANG=C.UTF-8 ./crossread --no-mouse $reuters; echo crossread-exited; sleep 30"
			ui_time "ui.reuters.cross_references_ready_${pass}_start" 'Shared with other stories'
			sleep 1
			# Quitting writes what the cache still lacks: the next start
			# must not begin before it is written.
			$B send-keys -t b q
			ui_time "ui.reuters.quit_${pass}" 'crossread-exited' >/dev/null || true
		done
		$B kill-server 2>/dev/null || true
		sleep 0.5
	fi
	for input in "$@"; do
		[ "$input" = - ] && continue
		name=ui.$(basename "$input" .txt)
		if [ "$input" = "$reuters" ]; then
			$B kill-server 2>/dev/null || true
			sleep 0.5
			$B new-session -d -s b -x 160 -y 50 "env TERM=xterm-256color LANG=C.UTF-8 ./crossread --no-mouse $input; sleep 30"
			ui_time "$name.first_screen" 'h:help q:quit'
			$B send-keys -t b G
			ui_time "$name.key_G" 'Bot  h:help'
			$B send-keys -t b g
			ui_time "$name.key_g" 'Top  h:help'
			ui_time "$name.cross_references_ready" 'Shared with other stories'
			$B send-keys -t b Tab j
			ui_time "$name.side_pane_key" 'Shared with other stories'
			$B send-keys -t b BTab BTab G
			ui_time "$name.list_end" "Articles $(find "$input" -name '*.txt' | wc -l | tr -d ' ')/"
			$B kill-server 2>/dev/null || true
			continue
		fi
		# A file: the reader and less in turn, five times each, until
		# the first screen (the reader's status line, less's first
		# words); the medians and their ratio.
		words=$(head -c 300 "$input" | head -n 1 | awk '{ print $1, $2, $3 }')
		: >"$DATA/tmux.c" && : >"$DATA/tmux.l"
		for k in 1 2 3 4 5; do
			for prog in crossread less; do
				$B kill-server 2>/dev/null || true
				sleep 0.5 # the server just killed must be gone before the next starts
				if [ $prog = crossread ]; then
					$B new-session -d -s b -x 160 -y 50 "env TERM=xterm-256color LANG=C.UTF-8 ./crossread --no-mouse $input; sleep 30"
					ui_time t 'h:help q:quit' | awk '{ print $2 }' >>"$DATA/tmux.c"
				elif command -v less >/dev/null 2>&1; then
					$B new-session -d -s b -x 160 -y 50 "env TERM=xterm-256color LANG=C.UTF-8 less $input; sleep 30"
					ui_time t "$words" | awk '{ print $2 }' >>"$DATA/tmux.l"
				fi
			done
		done
		$B kill-server 2>/dev/null || true
		a=$(sort -n "$DATA/tmux.c" | sed -n 3p)
		b=$(sort -n "$DATA/tmux.l" | sed -n 3p)
		echo "$name.first_screen: $a ms, median of 5 (runs: $(sort -n "$DATA/tmux.c" | tr '\n' ' '))"
		echo "$name.first_screen_less: $b ms, median of 5 (runs: $(sort -n "$DATA/tmux.l" | tr '\n' ' '))"
		case $a$b in
		'' | *[!0-9]*) ;;
		*) echo "$name.first_screen_vs_less: $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')x less's time" ;;
		esac
		rm -f "$DATA/tmux.c" "$DATA/tmux.l"
	done
	# A big file, then less on it: G (the reader waits for the whole,
	# its first screen having come from its first part) and steps of
	# scrolling, which must stay under 50 ms.
	if command -v python3 >/dev/null 2>&1; then
		for input in "$@"; do
			[ "$input" = - ] || [ "$input" = "$reuters" ] && continue
			name=ui.$(basename "$input" .txt)
			first_pty_vs_less "$name" "$input"
			MIDDLE=50 ui_keys "$name" 'h:help q:quit' 'Bot' env TERM=xterm-256color LANG=C.UTF-8 ./crossread --no-mouse "$input"
			MIDDLE= ui_keys "$name.less" "$(head -c 300 "$input" | head -n 1 | awk '{ print $1, $2, $3 }')" '(END)' \
				env TERM=xterm-256color LANG=C.UTF-8 less "$input"
		done
	else
		echo "ui.keys: skipped (python3 missing)"
	fi
	# A reader the last kill-server stopped may still be writing its
	# state: the directory goes when it is done.
	case $XDG_DATA_HOME in
	*/crossread-bench-state.*)
		for k in 1 2 3 4 5 6 7 8 9 10; do
			rm -rf "$XDG_DATA_HOME" 2>/dev/null && break
			sleep 0.5
		done
		;;
	esac
}

# BENCH_PART=ui: only the reader's figures in tmux; ui-big: only those of
# the two big files (the data is made all the same).
case ${BENCH_PART:-} in
ui | ui-big)
	if [ "${BENCH_PART}" = ui-big ]; then
		bench_ui "$DATA/big.txt" "$DATA/big-oneline.txt"
	else
		bench_ui "$reuters" "$DATA/big.txt" "$DATA/big-oneline.txt"
	fi
	echo "bench.total: $(($(date +%s) - start)) s"
	exit 0
	;;
esac

# --- The figures --------------------------------------------------------------

ms_of() { # ms_of COMMAND...: the best of three runs' wall time in ms
	best=
	for run in 1 2 3; do
		t0=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		t=$(( ($(date +%s%N) - t0) / 1000000 ))
		if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
	done
	echo "$best"
}

# Web pages: extraction scored against Readability's expected bodies and
# metadata (the development set), and its speed.
if [ -d ../shared/data/readability-pages ] && command -v python3 >/dev/null 2>&1 && [ -x build/htmlx ]; then
	sh tests/tools/extract-bench.sh ../shared/data/readability-pages | sed 's/^/extract: /'
else
	echo "extract: skipped (needs ../shared/data/readability-pages, python3 and build/htmlx)"
fi

# One process per input, so that each peak RSS is that input's alone.
status=0
if [ "$reuters" != - ]; then
	# One core, as the entity-extraction bar says.
	taskset -c 0 build/bench_core "$reuters" 2>/dev/null || build/bench_core "$reuters" || status=1
fi
build/bench_core - "$DATA/big.txt" || status=1
# Naming at N, 2N and 4N repetitions: the growth shows whether it is linear.
build/bench_core --naming >"$DATA/naming.out" || status=1
# ...with the growth from each size to the next (2x the input: about 2x the
# time when linear, 4x when quadratic).
awk '{ print }
	/^naming\.[a-z]+_[0-9]+: / {
		split($1, p, "_"); kind = p[1]; t = $2
		if (kind in last && last[kind] > 0) printf "%s_growth: %.1fx for 2x the input\n", substr($1, 1, length($1) - 1), t / last[kind]
		last[kind] = t
	}' "$DATA/naming.out"
build/bench_core - "$DATA/big-oneline.txt" || status=1

# --search on one long line at N, 2N and 4N (1 to 4 MiB, a match
# every 64 bytes): each match prints a window of the line, found once per
# line, so that the time doubles with the line; quadratic growth (the whole
# line printed or looked through per match) would quadruple it. The best
# of three runs, and the bytes printed.
prev=
for kb in 1024 2048 4096; do
	f=$DATA/longline-$kb.txt
	if [ ! -f "$f" ]; then
		LC_ALL=C awk -v n=$((kb * 1024 / 64)) 'BEGIN { for (i = 0; i < n; i++) printf "a needle in the very long line of one paragraph, word %08d; ", i; printf "\n" }' >"$f"
	fi
	t=$(ms_of ./crossread --search needle "$f")
	out=$(./crossread --search needle "$f" | wc -c | tr -d ' ')
	echo "search.long_line_${kb}k: $t ms ($out bytes printed)"
	[ -n "$prev" ] && echo "search.long_line_${kb}k_growth: $(awk -v a="$t" -v b="$prev" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')x for 2x the line"
	prev=$t
done

# --entities on a paragraph of 1 and 2 MB that repeats one thing a
# hostile or broken file might (a title, an initial, a word with a soft
# hyphen, a reference mark, a dash of hyphens, Chinese with its full
# stops): each was once quadratic in the run's length or recursed once a
# token (a crash); the time should double with the paragraph.
for kind in title initial shy mark dash cjk; do
	prev=
	for kb in 1024 2048; do
		f=$DATA/hostile-$kind-$kb.txt
		if [ ! -f "$f" ]; then
			python3 - "$kind" "$kb" "$f" <<'PY'
import sys
kind, kb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
unit = {'title': 'Mr. ', 'initial': 'A. ', 'shy': 'Hello World\u00ad', 'mark': 'x[', 'dash': 'x--',
        'cjk': '\u4e2d\u6587\u3002'}[kind]
n = kb * 1024 // len(unit.encode())
open(path, 'w', encoding='utf-8').write('Intro text here.\n\n' + unit * n + '\n')
PY
		fi
		./crossread --no-state --entities "$f" >/dev/null 2>&1
		rc=$?
		[ $rc = 0 ] || { echo "hostile.${kind}_${kb}k: FAILED (exit $rc)"; status=1; continue; }
		t=$(ms_of ./crossread --no-state --entities "$f")
		echo "hostile.${kind}_${kb}k: $t ms"
		[ -n "$prev" ] && echo "hostile.${kind}_${kb}k_growth: $(awk -v a="$t" -v b="$prev" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')x for 2x the paragraph"
		prev=$t
	done
done

# --entities from end to end (reading, parsing, recognizing, naming,
# printing), on one core, the best of three runs (--entities and --xref
# recognize on every core; taskset keeps this figure one core's).
if [ "$reuters" != - ]; then
	bytes=$(cat "$reuters"/*.txt | wc -c)
	best=
	for run in 1 2 3; do
		t0=$(date +%s%N)
		taskset -c 0 ./crossread --no-state --entities "$reuters" >/dev/null 2>&1 || ./crossread --no-state --entities "$reuters" >/dev/null
		t=$(( ($(date +%s%N) - t0) / 1000000 ))
		if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
	done
	echo "reuters.entities_cli_time_best_of_3: $best ms"
	echo "reuters.entities_cli_throughput: $(awk -v b="$bytes" -v t="$best" 'BEGIN { printf "%.2f", b / 1e6 / (t / 1e3) }') MB/s"
	# Identity over the corpus, on every core (as a user runs it): the
	# time of --xref, all-capital twins of names, names of two types, and
	# how many entities Volcker and Reagan are.
	sh tests/tools/identity-stats.sh reuters "$reuters" volcker reagan || status=1
fi

# Searching the corpus for a literal, side by side with ripgrep (rg -i: a
# case-insensitive literal; crossread also folds accents, Unicode case and
# line breaks): the two run in turn, five times each, so that both see the
# same load; the best wall time and the best CPU time (user + system, all
# threads) of each, the lines each printed, and the ratios.
search_time() { # search_time COMMAND...: "wall_ms cpu_ms" of one run
	t0=$(date +%s%N)
	cpu=$( ( "$@" >/dev/null 2>&1; times ) | awk 'END {
		split($1, u, /[ms]/); split($2, s, /[ms]/)
		printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }')
	echo "$(( ($(date +%s%N) - t0) / 1000000 )) $cpu"
}
if [ "$reuters" != - ]; then
	lines=$(./crossread --search volcker "$reuters" | wc -l | tr -d ' ')
	have_rg=0
	command -v rg >/dev/null 2>&1 && have_rg=1
	cr_wall= cr_cpu= rg_wall= rg_cpu=
	for run in 1 2 3 4 5; do
		r=$(search_time ./crossread --search volcker "$reuters")
		if [ -z "$cr_wall" ] || [ "${r% *}" -lt "$cr_wall" ]; then cr_wall=${r% *}; fi
		if [ -z "$cr_cpu" ] || [ "${r#* }" -lt "$cr_cpu" ]; then cr_cpu=${r#* }; fi
		[ $have_rg = 1 ] || continue
		r=$(search_time rg -i volcker "$reuters")
		if [ -z "$rg_wall" ] || [ "${r% *}" -lt "$rg_wall" ]; then rg_wall=${r% *}; fi
		if [ -z "$rg_cpu" ] || [ "${r#* }" -lt "$rg_cpu" ]; then rg_cpu=${r#* }; fi
	done
	echo "reuters.search_volcker: $cr_wall ms wall, $cr_cpu ms CPU ($lines lines)"
	if [ $have_rg = 1 ]; then
		echo "reuters.search_volcker_rg: $rg_wall ms wall, $rg_cpu ms CPU ($(rg -i volcker "$reuters" | wc -l | tr -d ' ') lines)"
		echo "reuters.search_volcker_vs_rg: $(awk -v a="$cr_wall" -v b="$rg_wall" -v c="$cr_cpu" -v d="$rg_cpu" 'BEGIN {
			printf "%.2fx rg'"'"'s wall time, %.2fx rg'"'"'s CPU time", (b > 0 ? a / b : 0), (d > 0 ? c / d : 0) }')"
	else
		echo "reuters.search_volcker_rg: skipped (rg is not installed: apt-get install ripgrep)"
	fi
fi

bench_ui "$reuters" "$DATA/big.txt" "$DATA/big-oneline.txt"

echo "bench.total: $(($(date +%s) - start)) s"
exit $status
