#!/usr/bin/env python3
# Generates src/lexicon/lowercase.txt: English words that running news text
# writes in lower case, for reading title-case headlines ("Colts Beat
# Chiefs"). A word is listed when it is seen in lower case at least 5 times
# and capitalised inside a sentence at most RATIO as often (default 0.05),
# counted over the text of CoNLL-2003 train, the Reuters-21578 stories and
# the Worldwide training outlets (casing only; no annotation is read; the
# held-out outlets are not read). NOT part of the build: run by hand, from
# the top of the tree, after `make bench` has written bench/data/reuters
# and `make model` build/worldwide/train.conll:
#     python3 tests/tools/lexicon/gen_lowercase.py ../shared/data bench/data/reuters build/worldwide/train.conll [RATIO]
import collections
import os
import re
import sys

data, reuters, worldwide = sys.argv[1], sys.argv[2], sys.argv[3]
ratio = float(sys.argv[4]) if len(sys.argv) > 4 else 0.05
lower = collections.Counter()
capmid = collections.Counter()
WORD = re.compile(r"[A-Za-z]+")


def sentence(words):
    # All-capital lines are headlines: case says nothing there.
    if words and all(w.isupper() for w in words if len(w) > 1):
        return
    for i, w in enumerate(words):
        if w.islower():
            lower[w] += 1
        elif i > 0 and w[0].isupper() and not w.isupper():
            capmid[w.lower()] += 1


# CoNLL form (CoNLL-2003 train, Worldwide): one token a line, sentences
# between blank lines.
def conll(path):
    words = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            p = line.split()
            if not p or p[0] == '-DOCSTART-':
                sentence(words)
                words = []
            elif WORD.fullmatch(p[0]):
                words.append(p[0])
            elif p[0] in ('.', '?', '!'):
                sentence(words)
                words = []
    sentence(words)


conll(os.path.join(data, 'conll2003', 'train.txt'))
conll(worldwide)

# Reuters: paragraphs of running text, split at sentence ends.
for name in sorted(os.listdir(reuters)):
    with open(os.path.join(reuters, name), encoding='utf-8', errors='replace') as f:
        text = f.read()
    body = text.split('\n\n', 1)[-1]
    for sent in re.split(r'[.!?]\s+|\n\s*\n|\n    ', body):
        sentence(WORD.findall(sent))

out = sorted(w for w, n in lower.items()
             if n >= 5 and len(w) >= 2 and capmid[w] <= ratio * n)
with open('src/lexicon/lowercase.txt', 'w', encoding='utf-8') as f:
    f.write('# lowercase.txt: words that news text writes in lower case (seen in lower\n'
            '# case 5 times or more, capitalised inside a sentence at most %g%% as often),\n'
            '# for reading title-case headlines. Sorted by byte.\n'
            '# Source: casing counts over CoNLL-2003 train, Reuters-21578 text and the\n'
            '# Worldwide training outlets (tests/tools/lexicon/gen_lowercase.py, not\n'
            '# part of the build).\n' % (ratio * 100))
    for w in out:
        f.write(w + '\n')
print(len(out), 'words')
