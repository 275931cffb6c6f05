#!/bin/sh
# identity-stats: how well crossread keeps one thing one entity over a
# corpus (for `make bench` on Reuters-21578). Prints, a figure a line:
#   NAME.xref_ms             the time of `crossread --xref` (one run,
#                            recognizing and linking: a database of its
#                            own, new)
#   NAME.xref_again_ms       the time of the same run again (the set read
#                            from the snapshot the first run kept)
#   NAME.xref_caps_twins     all-capital names in --xref whose folded
#                            spelling is also an entity in mixed case
#   NAME.multi_type_names    entity names (folded) given more than one type
#                            by --entities (dates aside)
#   NAME.xref_agency_rows    --xref rows of the news agencies (Reuter,
#                            Reuters, AP, AFP): from their mentions in
#                            stories' text ("told Reuters") alone, since a
#                            sign-off or a dateline's agency is furniture,
#                            which --xref leaves out
#   NAME.entities_named_WORD entities whose name holds WORD (case folded),
#                            for each WORD given (e.g. volcker)
# Usage: sh tests/tools/identity-stats.sh NAME DIR [WORD]...
set -eu
name=$1 dir=$2
shift 2
BIN=${CROSSREAD:-./crossread}
tmp=${TMPDIR:-/tmp}/crossread-identity.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# Never the user's state database: the figures are of a first run.
XDG_DATA_HOME=$tmp/data
export XDG_DATA_HOME
t0=$(date +%s%N)
"$BIN" --xref "$dir" >"$tmp/xref.tsv"
t1=$(date +%s%N)
echo "$name.xref_ms: $(((t1 - t0) / 1000000))"
"$BIN" --xref "$dir" >"$tmp/xref-again.tsv"
t2=$(date +%s%N)
echo "$name.xref_again_ms: $(((t2 - t1) / 1000000))"
same=0
cmp -s "$tmp/xref.tsv" "$tmp/xref-again.tsv" && same=1
[ $same = 1 ] || echo "$name.xref_again_same_output: FAILED (the run from the snapshot printed otherwise)"
"$BIN" --entities "$dir" >"$tmp/entities.tsv"
awk -F '\t' 'NR > 1 { n[$2 "\t" $3] = 1 }
	END {
		for (k in n) { split(k, p, "\t"); f = tolower(p[1]); if (p[1] == toupper(p[1]) && p[1] ~ /[A-Z][A-Z]/) caps[f] = 1; else mixed[f] = 1 }
		c = 0; for (f in caps) if (f in mixed) c++
		print c
	}' "$tmp/xref.tsv" | sed "s/^/$name.xref_caps_twins: /"
awk -F '\t' 'NR > 1 && $4 != "DATE" { f = tolower($5); if (!((f, $4) in seen)) { seen[f, $4] = 1; types[f]++ } }
	END { c = 0; for (f in types) if (types[f] > 1) c++; print c }' "$tmp/entities.tsv" |
	sed "s/^/$name.multi_type_names: /"
awk -F '\t' 'NR > 1 && ($2 == "Reuter" || $2 == "Reuters" || $2 == "AP" || $2 == "AFP") { c++ } END { print c + 0 }' \
	"$tmp/xref.tsv" | sed "s/^/$name.xref_agency_rows: /"
for w in "$@"; do
	awk -F '\t' -v w="$w" 'NR > 1 && index(tolower($5), w) { e[$4 "\t" $5] = 1 }
		END { c = 0; for (k in e) c++; print c }' "$tmp/entities.tsv" | sed "s/^/$name.entities_named_$w: /"
done
[ $same = 1 ]
