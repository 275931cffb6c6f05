#!/usr/bin/env python3
"""The held-out outlets' score with the gold names that break ANNOTATION.md's
span rules set aside: how much of the gap to a target is the labels' own
conventions rather than names missed or invented.

Usage: ww-conventions.py GOLD.tsv PRED.tsv

GOLD is conll2txt's (file start end type text), PRED crossread --entities'
(file start end type entity text id). A gold name is set aside where it
starts with a lower-case word that is not a name's particle ("northern
Kenya"), starts with "The", joins two places with a comma ("Nairobi ,
Kenya") or "in", holds a possessive, is a weekday, a month or a year typed
as an other name, or is a person's name with a title in it; the names
crossread found over it are set aside with it. Prints one line: the counts
set aside by reason, then P, R and F1 over the rest (PER/LOC/ORG/MISC,
GROUP counted as MISC, exact spans, as tests/tools/score.c counts)."""
import collections
import os
import re
import sys

TYPES = {'PERSON': 'PER', 'PLACE': 'LOC', 'ORG': 'ORG', 'MISC': 'MISC', 'GROUP': 'MISC',
         'PER': 'PER', 'LOC': 'LOC'}
PARTICLES = r'(al|el|de|van|von|bin|ibn|da|di|du|la|le|ad|as|ash|ar|at|an|az|abu|e|i)[ -]'
CALENDAR = set('monday tuesday wednesday thursday friday saturday sunday january february march '
               'april may june july august september october november december'.split())


def titles():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'lexicon', 'titles.txt')
    with open(path, encoding='utf-8') as f:
        return {w.strip().lower() for w in f if w.strip() and not w.startswith('#')}


def load(path, pred):
    out = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f):
            p = line.rstrip('\n').split('\t')
            if i == 0 or len(p) < 5:
                continue
            t = TYPES.get(p[3])
            if t:
                out.append((os.path.basename(p[0]), int(p[1]), int(p[2]), t, p[5] if pred else p[4]))
    return out


def reason(x, title_words):
    text, t = x[4], x[3]
    words = text.split()
    if re.match(r'[a-z]', text) and not re.match(PARTICLES, text):
        return 'lower_head'
    if words[0] in ('The', 'the'):
        return 'the'
    if t == 'LOC' and ' , ' in text:
        return 'place_comma_place'
    if re.search(r" (’|') s ", text) or (t != 'PER' and re.search(r" (’|') ", text)):
        return 'possessive'
    if t == 'LOC' and ' in ' in text:
        return 'place_in_place'
    if t == 'MISC' and (words[0].lower() in CALENDAR or re.fullmatch(r'\d{4}', text)):
        return 'date_as_misc'
    if t == 'PER' and len(words) > 1 and words[0].lower().strip('.') in title_words:
        return 'title_in_person'
    return None


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: ww-conventions.py GOLD.tsv PRED.tsv')
    gold, pred = load(sys.argv[1], False), load(sys.argv[2], True)
    tw = titles()
    why = collections.Counter()
    aside = collections.defaultdict(list)
    kept = set()
    for x in gold:
        r = reason(x, tw)
        if r:
            why[r] += 1
            aside[x[0]].append(x)
        else:
            kept.add(x[:4])
    found = {x[:4] for x in pred if not any(y[1] < x[2] and x[1] < y[2] for y in aside[x[0]])}
    tp = len(kept & found)
    p = tp / len(found) if found else 0.0
    r = tp / len(kept) if kept else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print('set aside %d (%s); P %.1f R %.1f F1 %.1f' % (
        sum(why.values()), ', '.join('%s %d' % kv for kv in why.most_common()), 100 * p, 100 * r, 100 * f1))


if __name__ == '__main__':
    main()
