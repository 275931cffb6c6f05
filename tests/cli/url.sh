#!/bin/sh
# URLs on the command line: articles fetched over HTTP from build/httpd, a
# test server on 127.0.0.1 serving files written here (plain, redirected,
# gzip-compressed, Windows-1252), and the failures a reader meets: a 404, a
# server that never answers (--timeout), a port nothing listens on. Each
# fails with exit status 2 and a message naming the URL. Nothing here
# leaves the machine: proxies are switched off for these requests.
# Usage: url.sh BINARY
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
httpd=$(cd "$(dirname "$0")/../.." && pwd)/build/httpd
if [ ! -x "$httpd" ]; then
	echo "skip cli/url-all: $httpd is missing (make tools builds it)"
	exit 0
fi
tmp=${TMPDIR:-/tmp}/crossread-url.$$
mkdir -p "$tmp/www"
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# A proxy from the environment would send 127.0.0.1 elsewhere.
unset http_proxy HTTP_PROXY https_proxy HTTPS_PROXY all_proxy ALL_PROXY
no_proxy='*' NO_PROXY='*'
export no_proxy NO_PROXY

# start_server PORTFILE: runs httpd in the background on $tmp/www, sets
# $started to its process id, and waits (5 s at most) for its port.
start_server() {
	"$httpd" "$tmp/www" "$1" 2>"$tmp/httpd.err" &
	started=$!
	i=0
	while [ ! -s "$1" ] && [ $i -lt 50 ]; do
		sleep 0.1 2>/dev/null || sleep 1
		i=$((i + 1))
	done
	[ -s "$1" ]
}

printf 'Title: Harbour bridge reopens\n\nThe old harbour bridge reopened on Monday after two years of repairs.\n\nTraffic was light in the morning, the city said.\n' >"$tmp/www/a.txt"
printf 'Caf\351 in Z\374rich\n\nPrices rose again.\n' >"$tmp/www/c.txt"
have_gzip=0
if command -v gzip >/dev/null 2>&1 && gzip -c "$tmp/www/a.txt" >"$tmp/www/a.txt.gz"; then
	have_gzip=1
fi

if ! start_server "$tmp/port"; then
	echo "FAIL cli/url-server: build/httpd did not start ($(head -c 200 "$tmp/httpd.err"))"
	exit 0
fi
pid=$started
base=http://127.0.0.1:$(cat "$tmp/port")

# run ARGS...: runs the binary, leaving $status, $tmp/out and $tmp/err.
run() {
	"$bin" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
}

# expect_text NAME URL: --dump of URL exits 0 and shows a.txt's title and
# both its paragraphs.
expect_text() {
	name=$1
	run --dump "$2"
	if [ "$status" -ne 0 ]; then
		echo "FAIL cli/url-$name: exit status $status, want 0 ($(head -c 200 "$tmp/err"))"
	elif ! grep -q 'Harbour bridge reopens' "$tmp/out" ||
		! tr -s ' \n' '  ' <"$tmp/out" | grep -q 'reopened on Monday after two years of repairs' ||
		! tr -s ' \n' '  ' <"$tmp/out" | grep -q 'Traffic was light in the morning, the city said'; then
		echo "FAIL cli/url-$name: the title or a paragraph is missing"
		sed 's/^/#   /' "$tmp/out" | head -8
	else
		echo "ok cli/url-$name"
	fi
}

# expect_fail NAME PATTERN URL [ARGS...]: --dump exits 2 with a message on
# stderr naming the URL and matching PATTERN (grep -i).
expect_fail() {
	name=$1 pattern=$2 url=$3
	shift 3
	run --dump "$@" "$url"
	if [ "$status" -ne 2 ]; then
		echo "FAIL cli/url-$name: exit status $status, want 2 ($(head -c 200 "$tmp/err"))"
	elif ! grep -qF -- "$url" "$tmp/err"; then
		echo "FAIL cli/url-$name: the message does not name $url: $(head -c 200 "$tmp/err")"
	elif ! grep -qi -- "$pattern" "$tmp/err"; then
		echo "FAIL cli/url-$name: no \"$pattern\" in the message: $(head -c 200 "$tmp/err")"
	else
		echo "ok cli/url-$name"
	fi
}

expect_text plain "$base/a.txt"
expect_text redirect "$base/redirect/a.txt"
if [ $have_gzip = 1 ]; then
	expect_text gzip "$base/a.txt.gz"
else
	echo "skip cli/url-gzip: gzip is not installed"
fi

# The charset comes from the Content-Type header only.
run --dump "$base/cp1252/c.txt"
if [ "$status" -ne 0 ]; then
	echo "FAIL cli/url-charset: exit status $status, want 0 ($(head -c 200 "$tmp/err"))"
elif grep -q "$(printf 'Caf\303\251 in Z\303\274rich')" "$tmp/out"; then
	echo "ok cli/url-charset"
else
	echo "FAIL cli/url-charset: no \"Café in Zürich\" in UTF-8 in the output"
	sed 's/^/#   /' "$tmp/out" | head -3
fi

expect_fail 404 'HTTP 404\|404 Not Found' "$base/404"

# A server that never answers: --timeout 1 gives up long before 10 s.
start=$(date +%s)
result=$(expect_fail timeout 'timed out\|timeout' "$base/hang" --timeout 1)
elapsed=$(($(date +%s) - start))
if [ "$result" = "ok cli/url-timeout" ] && [ "$elapsed" -ge 10 ]; then
	echo "FAIL cli/url-timeout: --timeout 1 returned after $elapsed s"
else
	echo "$result"
fi

# A port nothing listens on: a second server's, once it is stopped.
if start_server "$tmp/port2"; then
	dead=$(cat "$tmp/port2")
	kill "$started" 2>/dev/null
	wait "$started" 2>/dev/null
	expect_fail refused 'refused\|connect' "http://127.0.0.1:$dead/a.txt"
else
	echo "FAIL cli/url-refused: a second build/httpd did not start"
fi

# --text prints the fetched text itself, byte for byte.
run --text "$base/a.txt"
if [ "$status" -ne 0 ]; then
	echo "FAIL cli/url-text: exit status $status, want 0 ($(head -c 200 "$tmp/err"))"
elif cmp -s "$tmp/out" "$tmp/www/a.txt"; then
	echo "ok cli/url-text"
else
	echo "FAIL cli/url-text: --text differs from the served file"
	diff "$tmp/www/a.txt" "$tmp/out" | head -10 | sed 's/^/#   /'
fi
