#!/bin/sh
# ecb-eval: crossread's cross-document identity measured on ECB+.
# For every topic of DATA (default ../shared/data/ecbplus, or $ECB_DIR) it
# loads the topic's stories together (`crossread --entities DATA/texts/T`),
# takes crossread's entity of each mention as its cluster (T|id|entity:
# the topic keeps one run's entities from meeting another's), and scores
# that with DATA/score.py (--validated sentences.tsv --only-gold-spans) on
# the dev and the train split. It prints, a figure a line, MUC, B-cubed,
# CEAF-e and CoNLL F1, the mention recall (the share of gold mentions, all
# in validated sentences, whose exact span crossread found, any type) and
# the CoNLL F1 of the last-word baseline (the mentions crossread found
# whose last word is the same, case folded, are one cluster).
# The system files are left in $OUT (default build/ecb-eval).
# Usage: sh tests/tools/ecb-eval.sh [DATA]
set -eu
DATA=${1:-${ECB_DIR:-../shared/data/ecbplus}}
BIN=${CROSSREAD:-./crossread}
OUT=${OUT:-build/ecb-eval}
command -v python3 >/dev/null 2>&1 || { echo "ecb-eval: skipped: python3 is missing"; exit 0; }
for f in README.md gold.tsv sentences.tsv score.py; do
	[ -f "$DATA/$f" ] || { echo "ecb-eval: skipped: $DATA/$f is absent (set ECB_DIR)"; exit 0; }
done
[ -d "$DATA/texts" ] || { echo "ecb-eval: skipped: $DATA/texts is absent (set ECB_DIR)"; exit 0; }
[ -x "$BIN" ] || { echo "ecb-eval: $BIN is missing (make all)" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT/entities"
# One run per topic, two at a time.
n=0
for d in "$DATA"/texts/*/; do
	t=$(basename "$d")
	"$BIN" --no-state --entities "${d%/}" >"$OUT/entities/$t.tsv" &
	n=$((n + 1))
	if [ $((n % 2)) -eq 0 ]; then wait; fi
done
wait
for d in "$DATA"/texts/*/; do
	t=$(basename "$d")
	[ -s "$OUT/entities/$t.tsv" ] || { echo "ecb-eval: crossread printed nothing for topic $t" >&2; exit 1; }
done

python3 - "$DATA" "$OUT" <<'EOF'
import os, re, subprocess, sys
data, out = sys.argv[1], sys.argv[2]
edir = os.path.join(out, 'entities')
sysf = open(os.path.join(out, 'system.tsv'), 'w', encoding='utf-8')
lastf = open(os.path.join(out, 'lastword.tsv'), 'w', encoding='utf-8')
for name in sorted(os.listdir(edir), key=lambda s: int(s.split('.')[0])):
    topic = name.split('.')[0]
    with open(os.path.join(edir, name), encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) < 7 or p[0] == 'file':
                continue
            doc = os.path.basename(p[0])
            cols = (topic, doc, p[1], p[2])
            sysf.write('\t'.join(cols + ('%s|%s|%s' % (topic, p[6], p[4]), p[5])) + '\n')
            words = p[5].split()
            last = words[-1].casefold() if words else ''
            lastf.write('\t'.join(cols + ('%s|%s' % (topic, last), p[5])) + '\n')
sysf.close()
lastf.close()

def score(split, path):
    r = subprocess.run([sys.executable, os.path.join(data, 'score.py'), '--split', split,
                        '--validated', os.path.join(data, 'sentences.tsv'), '--only-gold-spans',
                        os.path.join(data, 'gold.tsv'), path],
                       stdout=subprocess.PIPE, universal_newlines=True, check=True)
    res = {}
    for line in r.stdout.splitlines():
        m = re.match(r'(\w+)\s+R\s+([\d.]+)\s+P\s+([\d.]+)\s+F1\s+([\d.]+)', line)
        if m:
            res[m.group(1)] = (float(m.group(2)), float(m.group(3)), float(m.group(4)))
        m = re.match(r'CoNLL F1 ([\d.]+)', line)
        if m:
            res['conll'] = float(m.group(1))
    return res

for split in ('dev', 'train'):
    s = score(split, os.path.join(out, 'system.tsv'))
    b = score(split, os.path.join(out, 'lastword.tsv'))
    print('ecb.%s.muc_f1: %.1f' % (split, s['muc'][2]))
    print('ecb.%s.b3_f1: %.1f' % (split, s['b3'][2]))
    print('ecb.%s.ceafe_f1: %.1f' % (split, s['ceafe'][2]))
    print('ecb.%s.conll_f1: %.1f' % (split, s['conll']))
    print('ecb.%s.mention_recall: %.1f' % (split, s['mentions'][0]))
    print('ecb.%s.lastword_conll_f1: %.1f' % (split, b['conll']))
EOF
