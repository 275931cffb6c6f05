#!/bin/sh
# Runs every test and ends with "N passed, N failed, N skipped".
# Each part prints one line per check: "ok NAME", "FAIL NAME: why" or
# "skip NAME: why"; this script counts them. Run from the top of the tree
# after `make all unit` and the sanitizer build (make check does all that).
cd "$(dirname "$0")/.." || exit 2
log=${TMPDIR:-/tmp}/crossread-check.$$
: >"$log"

part() { # part TITLE COMMAND...: runs a part, shows and records its lines
	title=$1
	shift
	echo "== $title"
	"$@" 2>&1 | tee -a "$log"
}

part "unit tests" ./build/unit-tests
part "golden --dump tests" sh tests/cli/golden.sh ./crossread
part "command-line tests" sh tests/cli/errors.sh ./crossread
part "search command-line tests" sh tests/cli/search.sh ./crossread

man_check() {
	if ! command -v groff >/dev/null 2>&1; then
		echo "skip man/groff: groff is not installed"
		return
	fi
	out=$(groff -man -Tutf8 -ww -z man/crossread.1 2>&1)
	if [ -z "$out" ]; then echo "ok man/groff-clean"; else echo "FAIL man/groff-clean: $out"; fi
	# Every key in the key table appears in the man page.
	missing=""
	for k in $(sed -n 's/.*{ [^,]*, CMD_[A-Z_]*, "\([^"]*\)" }.*/\1/p' src/keys.c); do
		groff -man -Tutf8 man/crossread.1 2>/dev/null | sed 's/.\x08//g' | grep -qF -- "$k" || missing="$missing $k"
	done
	if [ -z "$missing" ]; then echo "ok man/keys-documented"; else echo "FAIL man/keys-documented: missing$missing"; fi
}
part "man page" man_check

install_check() {
	tmp=$(mktemp -d)
	if ! make -s BUILD=build/install PREFIX="$tmp/prefix" install >"$tmp/log" 2>&1; then
		echo "FAIL install/prefix: make install failed: $(tail -3 "$tmp/log")"
		rm -rf "$tmp"
		return
	fi
	p=$tmp/prefix
	if [ -x "$p/bin/crossread" ] && [ -f "$p/share/man/man1/crossread.1" ] &&
		[ "$(ls "$p/share/crossread/seeds" | wc -l)" -eq 2 ]; then
		echo "ok install/files"
	else
		echo "FAIL install/files: $(cd "$p" && find . | tr '\n' ' ')"
	fi
	# The installed program, outside any source tree, finds the installed seeds.
	if (cd / && "$p/bin/crossread" --dump 2>&1) | grep -q 'Kremlin spokesman Dmitry Peskov'; then
		echo "ok install/finds-seeds"
	else
		echo "FAIL install/finds-seeds: $( (cd / && "$p/bin/crossread" --dump) 2>&1 | head -2)"
	fi
	make -s BUILD=build/install PREFIX="$tmp/prefix" uninstall >/dev/null 2>&1
	if [ -z "$(find "$p" -type f)" ]; then echo "ok install/uninstall"; else
		echo "FAIL install/uninstall: left $(find "$p" -type f | tr '\n' ' ')"; fi
	make -s BUILD=build/install PREFIX=/usr DESTDIR="$tmp/stage" install >/dev/null 2>&1
	if [ -x "$tmp/stage/usr/bin/crossread" ] && [ -f "$tmp/stage/usr/share/man/man1/crossread.1" ]; then
		echo "ok install/destdir"
	else
		echo "FAIL install/destdir: nothing under $tmp/stage/usr"
	fi
	rm -rf "$tmp"
}
part "install and uninstall" install_check

readme_check() {
	head -12 README.md | grep -q 'make run' && head -12 README.md | grep -q 'make check' &&
		echo "ok readme/commands-first" || echo "FAIL readme/commands-first: README does not open with make run and make check"
}
part "README" readme_check

part "UI tests (tmux)" sh tests/ui/run.sh ./crossread build/columns

if [ -x build/asan/unit-tests ] && [ -x build/asan/crossread ]; then
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
	part "unit tests under ASan+UBSan" sh -c './build/asan/unit-tests | sed "s|^\(ok\|FAIL\) unit/|\1 asan-unit/|"'
	part "golden tests under ASan+UBSan" sh tests/cli/golden.sh ./build/asan/crossread asan-golden
	part "command-line tests under ASan+UBSan" sh -c 'sh tests/cli/errors.sh ./build/asan/crossread | sed "s| cli/| asan-cli/|"'
else
	echo "skip asan/all: the sanitizer build is missing (make check builds it)" | tee -a "$log"
fi

passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^FAIL ' "$log")
skipped=$(grep -c '^skip ' "$log")
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
