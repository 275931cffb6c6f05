#!/bin/sh
# The state database from the command line: --notes exports notes as
# Markdown or JSON Lines, --format md is for --notes only, a damaged
# database is set aside with a warning, and nothing touches the real home
# (XDG_DATA_HOME is a temporary directory here).
# Usage: state.sh BINARY
bin=$1
tmp=${TMPDIR:-/tmp}/crossread-state.$$
rm -rf "$tmp"
mkdir -p "$tmp"
export XDG_DATA_HOME="$tmp/data"
db=$XDG_DATA_HOME/crossread/state.db

ok() { echo "ok cli/$1"; }
fail() { echo "FAIL cli/$1: $2"; }

# No notes yet: nothing printed, status 0, and the database is made.
out=$("$bin" --notes 2>"$tmp/err")
if [ $? -eq 0 ] && [ -z "$out" ] && [ -f "$db" ] && [ ! -s "$tmp/err" ]; then ok notes-empty; else
	fail notes-empty "status, output '$out' or no $db: $(cat "$tmp/err")"; fi

"$bin" --dump --format md seeds >/dev/null 2>"$tmp/err"
if [ $? -eq 1 ] && grep -q 'format md is for --notes' "$tmp/err"; then ok format-md-only-notes; else
	fail format-md-only-notes "$(cat "$tmp/err")"; fi
"$bin" --notes --format yaml >/dev/null 2>"$tmp/err"
if [ $? -eq 1 ] && grep -q 'md or json for --notes' "$tmp/err"; then ok notes-bad-format; else
	fail notes-bad-format "$(cat "$tmp/err")"; fi

"$bin" --help | grep -q -- '--no-state' && ok help-no-state || fail help-no-state "--help does not list --no-state"
"$bin" --help | grep -q -- '--notes' && ok help-notes || fail help-notes "--help does not list --notes"

if ! python3 -c 'import sqlite3' 2>/dev/null; then
	echo "skip cli/notes-export: python3's sqlite3 module is missing"
else
	# Two notes on one story and one on another, written as the reader
	# writes them.
	python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = [
    ("h1", "/n/a.txt", 10, 40, "Talks ended without agreement.", "Compare with the wire's lead",
     "Talks end", "Example Wire", "2022-01-25", "https://example.com/talks", 1),
    ("h2", "/n/b.txt", 0, 12, "A \"quoted\" line", "", "Another story", None, None, None, 2),
    ("h1", "/n/a.txt", 50, 70, "They agreed to meet again.", "second note", "Talks end", "Example Wire",
     "2022-01-25", "https://example.com/talks", 3),
]
db.executemany("INSERT INTO notes (hash, path, start, end, quote, note, title, source, date, url, created)"
               " VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
db.commit()
PY
	"$bin" --notes >"$tmp/md" 2>"$tmp/err"
	cat >"$tmp/md.want" <<'MD'
# Notes

## Another story

> A "quoted" line

## Talks end

Example Wire · 2022-01-25 · https://example.com/talks

> Talks ended without agreement.

Compare with the wire's lead

> They agreed to meet again.

second note
MD
	if cmp -s "$tmp/md" "$tmp/md.want"; then ok notes-markdown; else
		fail notes-markdown "the Markdown differs:"; diff "$tmp/md.want" "$tmp/md" | sed 's/^/#   /'; fi
	"$bin" --notes --format json >"$tmp/json" 2>"$tmp/err"
	if [ "$(wc -l <"$tmp/json")" -eq 3 ] &&
		python3 -c 'import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows[0]["quote"] == "A \"quoted\" line" and rows[0]["source"] is None
assert rows[1]["title"] == "Talks end" and rows[1]["url"] == "https://example.com/talks"
assert rows[1]["date"] == "2022-01-25" and rows[1]["note"] == "Compare with the wire'"'"'s lead"
assert rows[2]["start"] == 50 and rows[2]["end"] == 70 and rows[2]["file"] == "/n/a.txt"' "$tmp/json" 2>"$tmp/err"; then
		ok notes-json
	else
		fail notes-json "$(cat "$tmp/err")"
	fi
fi

# A damaged database: --notes warns, sets it aside and goes on.
head -c 8192 /dev/urandom >"$db"
rm -f "$db-wal" "$db-shm"
"$bin" --notes >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 0 ] && grep -q 'was damaged; moved it to' "$tmp/err" && ls "$XDG_DATA_HOME/crossread" | grep -q 'state.db.damaged-'; then
	ok state-damaged
else
	fail state-damaged "$(cat "$tmp/err")"
fi

# A database from a newer crossread is set aside, not changed.
if python3 -c 'import sqlite3' 2>/dev/null; then
	python3 -c 'import sqlite3, sys; d = sqlite3.connect(sys.argv[1]); d.execute("UPDATE schema_version SET version = 999"); d.commit()' "$db"
	"$bin" --notes >"$tmp/out" 2>"$tmp/err"
	newer=$(ls "$XDG_DATA_HOME/crossread" | grep 'state.db.newer-' | grep -v -- '-wal$\|-shm$' | head -1)
	if grep -q 'is from a newer crossread' "$tmp/err" && [ -n "$newer" ] &&
		[ "$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT version FROM schema_version").fetchone()[0])' "$XDG_DATA_HOME/crossread/$newer")" = 999 ]; then
		ok state-newer
	else
		fail state-newer "$(cat "$tmp/err")"
	fi
fi

# The printing modes and the snapshot of a linked set. A set of articles
# printed once is read from its snapshot the next time, printing the
# same; a changed article is a new set, recognized again; --no-state
# neither reads nor writes the database.
mkdir -p "$tmp/set" "$tmp/fresh"
cat >"$tmp/set/a.txt" <<'TXT'
Marta Okonkwo met Pavel Drobny in Lisbon on Tuesday.

Okonkwo said the talks with Drobny would go on.
TXT
cat >"$tmp/set/b.txt" <<'TXT'
Pavel Drobny left Lisbon for Oslo, where Marta Okonkwo joined him.
TXT
marks() { awk '{ $1 = ""; sub(/^ /, ""); print }' "$1" | tr '\n' ';'; }
rm -f "$tmp/tr1" "$tmp/tr2"
CROSSREAD_TRACE="$tmp/tr1" "$bin" --xref "$tmp/set" >"$tmp/x1" 2>"$tmp/err1"
s1=$?
CROSSREAD_TRACE="$tmp/tr2" "$bin" --xref "$tmp/set" >"$tmp/x2" 2>"$tmp/err2"
s2=$?
if [ $s1 -eq 0 ] && [ $s2 -eq 0 ] && [ ! -s "$tmp/err1" ] && [ ! -s "$tmp/err2" ] &&
	grep -q "	Pavel Drobny	" "$tmp/x1" && cmp -s "$tmp/x1" "$tmp/x2" &&
	marks "$tmp/tr1" | grep -q 'recognized;linked;.*snapshot kept;' &&
	marks "$tmp/tr2" | grep -q 'snapshot read;' && ! marks "$tmp/tr2" | grep -q 'recognized'; then
	ok xref-snapshot
else
	fail xref-snapshot "status $s1/$s2, outputs differ or phases '$(marks "$tmp/tr1")' then '$(marks "$tmp/tr2")': $(cat "$tmp/err1" "$tmp/err2")"
fi
# --entities and --search @name read the same snapshot, and print what
# a run without the state prints.
rm -f "$tmp/tr3"
CROSSREAD_TRACE="$tmp/tr3" "$bin" --entities "$tmp/set" >"$tmp/e1" 2>&1
"$bin" --no-state --entities "$tmp/set" >"$tmp/e0" 2>&1
"$bin" --search @Okonkwo "$tmp/set" >"$tmp/s1" 2>&1
"$bin" --no-state --search @Okonkwo "$tmp/set" >"$tmp/s0" 2>&1
if marks "$tmp/tr3" | grep -q 'snapshot read;' && cmp -s "$tmp/e0" "$tmp/e1" && cmp -s "$tmp/s0" "$tmp/s1" &&
	[ "$(wc -l <"$tmp/s1")" -eq 3 ]; then
	ok entities-snapshot
else
	fail entities-snapshot "phases '$(marks "$tmp/tr3")'; $(diff "$tmp/e0" "$tmp/e1" | head -3) $(cat "$tmp/s1")"
fi
# A story changed: another set, recognized again, and its new name is there.
echo "Drobny later flew to Nairobi." >>"$tmp/set/b.txt"
rm -f "$tmp/tr4"
CROSSREAD_TRACE="$tmp/tr4" "$bin" --entities "$tmp/set" >"$tmp/e2" 2>&1
if marks "$tmp/tr4" | grep -q 'recognized;' && ! marks "$tmp/tr4" | grep -q 'snapshot read' &&
	grep -q "	PLACE	Nairobi	Nairobi	" "$tmp/e2"; then
	ok snapshot-changed-story
else
	fail snapshot-changed-story "phases '$(marks "$tmp/tr4")': $(grep Nairobi "$tmp/e2")"
fi
# --no-state: no database made, nothing read.
rm -f "$tmp/tr5"
XDG_DATA_HOME="$tmp/fresh" CROSSREAD_TRACE="$tmp/tr5" "$bin" --no-state --xref "$tmp/set" >"$tmp/x5" 2>&1
if [ ! -e "$tmp/fresh/crossread" ] && marks "$tmp/tr5" | grep -q 'recognized;' && grep -q "	Pavel Drobny	" "$tmp/x5"; then
	ok xref-no-state
else
	fail xref-no-state "phases '$(marks "$tmp/tr5")', $(ls "$tmp/fresh")"
fi
# A damaged database: set aside with a warning on stderr, the output
# the same and whole, status 0; a place where none can be made: the
# output without a word.
mkdir -p "$tmp/bad/crossread"
head -c 5000 /dev/urandom >"$tmp/bad/crossread/state.db"
XDG_DATA_HOME="$tmp/bad" "$bin" --xref "$tmp/set" >"$tmp/x6" 2>"$tmp/err6"
s6=$?
XDG_DATA_HOME=/proc/nonexistent "$bin" --xref "$tmp/set" >"$tmp/x7" 2>"$tmp/err7"
s7=$?
"$bin" --no-state --xref "$tmp/set" >"$tmp/x0" 2>/dev/null
if [ $s6 -eq 0 ] && [ $s7 -eq 0 ] && cmp -s "$tmp/x0" "$tmp/x6" && cmp -s "$tmp/x0" "$tmp/x7" &&
	grep -q 'crossread: warning: state database: ' "$tmp/err6" && [ ! -s "$tmp/err7" ] &&
	ls "$tmp/bad/crossread" | grep -q 'state.db.damaged-'; then
	ok xref-damaged-state
else
	fail xref-damaged-state "status $s6/$s7: $(cat "$tmp/err6" "$tmp/err7")"
fi

# An unusable place: an error, not a crash.
XDG_DATA_HOME=/proc/nonexistent "$bin" --notes >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 2 ] && grep -q 'crossread: cannot create /proc/nonexistent' "$tmp/err"; then ok state-unusable; else
	fail state-unusable "$(cat "$tmp/err")"; fi

rm -rf "$tmp"
