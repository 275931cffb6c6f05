#!/usr/bin/env python3
"""worldwide-split: splits the Worldwide newswire (CoNLL form) by outlet.

An outlet is the site a story's file is named after (af_afrol_12 -> afrol,
cosrica_ticotimes_3 -> ticotimes), so that an outlet is wholly in training
or wholly held out. Outlets whose name's MD5 is 0 modulo 7 are held out
(about a seventh, chosen by no one). Writes OUT/train.conll,
OUT/heldout.conll and OUT/heldout-outlets.txt.

With FOLD (1 to 6), a fold of the training outlets for cross-validation
(make xval-eval): the outlets whose MD5 is FOLD modulo 7 are held out
instead, and those of 0 go to neither file, so that no model of the
cross-validation reads the held-out outlets.

Usage: worldwide-split.py DATA_DIR OUT_DIR [FOLD]
"""
import hashlib
import os
import re
import sys

data, out = sys.argv[1], sys.argv[2]
fold = int(sys.argv[3]) if len(sys.argv) > 3 else 0
if not 0 <= fold <= 6:
    sys.exit('worldwide-split: FOLD must be 1 to 6, not %d' % fold)
os.makedirs(out, exist_ok=True)
outlets = []
with open(os.path.join(data, 'docs.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#'):
            continue
        p = line.rstrip('\n').split('\t')
        name = re.sub(r'_*[0-9]*\.txt\.tsv$', '', p[1])
        outlets.append(name.split('_')[-1])


def group(outlet):
    return int(hashlib.md5(outlet.encode()).hexdigest(), 16) % 7


def held(outlet):
    return group(outlet) == fold


def trained(outlet):
    return group(outlet) not in (0, fold)


docs = []
with open(os.path.join(data, 'train-4class.txt'), encoding='utf-8') as f:
    cur = None
    for line in f:
        if line.startswith('-DOCSTART-'):
            cur = [line]
            docs.append(cur)
        elif cur is not None:
            cur.append(line)
if len(docs) != len(outlets):
    sys.exit('worldwide-split: %d documents but %d rows in docs.tsv' % (len(docs), len(outlets)))
with open(os.path.join(out, 'train.conll'), 'w', encoding='utf-8') as tr, \
        open(os.path.join(out, 'heldout.conll'), 'w', encoding='utf-8') as ho:
    for doc, outlet in zip(docs, outlets):
        if held(outlet):
            ho.writelines(doc)
        elif trained(outlet):
            tr.writelines(doc)
names = sorted({o for o in outlets if held(o)})
with open(os.path.join(out, 'heldout-outlets.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(names) + '\n')
nh = sum(1 for o in outlets if held(o))
nt = sum(1 for o in outlets if trained(o))
print('worldwide-split: %d documents held out (%d outlets: %s), %d for training'
      % (nh, len(names), ' '.join(names), nt))
