#!/bin/sh
# extract-bench: measures the HTML reader on the Readability test pages.
# For every folder of DATA (default ../shared/data/readability-pages) it
# extracts source.html with build/htmlx into a temporary directory, scores
# the text against expected.html with ../shared/tools/extract-score, and
# prints the overall precision, recall and F1, the ten worst pages, the
# title and byline accuracy against expected-metadata.json (exact match
# after collapsing whitespace; the byline against the Author field; pages
# whose expected value is null or empty are skipped), and the speed.
# Usage: sh tests/tools/extract-bench.sh [DATA]
set -eu
DATA=${1:-../shared/data/readability-pages}
SCORE=${SCORE:-../shared/tools/extract-score}
HTMLX=${HTMLX:-build/htmlx}
[ -x "$HTMLX" ] || { echo "extract-bench: $HTMLX is missing (make build/htmlx)" >&2; exit 1; }
[ -d "$DATA" ] || { echo "extract-bench: skipped: $DATA is absent" >&2; exit 0; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/extract-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
mkdir "$TMP/pred"
set --
for d in "$DATA"/*/; do
	[ -f "$d/source.html" ] && set -- "$@" "${d%/}/source.html"
done
"$HTMLX" -o "$TMP/pred" "$@"
python3 "$SCORE" "$DATA" "$TMP/pred" -v >"$TMP/scores"
echo "== overall"
tail -n 1 "$TMP/scores"
echo "== ten worst pages (by F1)"
grep -v '^pages ' "$TMP/scores" | awk -F'\t' '{
	p = substr($2, 3) + 0; r = substr($3, 3) + 0; f = p + r > 0 ? 2 * p * r / (p + r) : 0
	printf "%.3f\t%s\t%s\t%s\n", f, $1, $2, $3 }' | sort -n | head -n 10 |
	awk -F'\t' '{ printf "  %-40s F1 %s  %s  %s\n", $2, $1, $3, $4 }'
echo "== metadata"
python3 - "$DATA" "$TMP/pred" <<'PY'
import json, os, sys
data, pred = sys.argv[1], sys.argv[2]
def norm(s):
    return ' '.join(s.split())
def header(path):
    fields = {}
    for line in open(path, encoding='utf-8', errors='replace').read().split('\n'):
        if not line or ': ' not in line:
            break
        k, v = line.split(': ', 1)
        fields[k.lower()] = v
    return fields
stats = {'title': [0, 0], 'byline': [0, 0]}
misses = {'title': [], 'byline': []}
for name in sorted(os.listdir(data)):
    meta = os.path.join(data, name, 'expected-metadata.json')
    if not os.path.isfile(meta):
        continue
    want = json.load(open(meta, encoding='utf-8'))
    p = os.path.join(pred, name + '.txt')
    got = header(p) if os.path.exists(p) else {}
    for key, field in (('title', 'title'), ('byline', 'author')):
        w = want.get(key)
        if not w or not norm(w):
            continue
        stats[key][1] += 1
        if norm(w) == norm(got.get(field, '')):
            stats[key][0] += 1
        else:
            misses[key].append((name, norm(w), got.get(field, '')))
for key in ('title', 'byline'):
    ok, n = stats[key]
    print(f'{key} accuracy {ok / n if n else 0:.3f} ({ok}/{n})')
if os.environ.get('VERBOSE'):
    for key in ('title', 'byline'):
        for name, w, g in misses[key]:
            print(f'  {key} miss {name}: want {w!r} got {g!r}')
PY
echo "== speed"
"$HTMLX" -s "${ROUNDS:-5}" "$@"
