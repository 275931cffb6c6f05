# Helpers for the lexicon generators. NOT part of the build: the build only
# reads src/lexicon/*.txt; these scripts are kept to regenerate some of them.
import os
import re
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
LEXDIR = os.path.join(ROOT, "src", "lexicon")


def key(phrase):
    """The lexicon's comparison key: case-folded, whitespace runs as one space."""
    return re.sub(r"\s+", " ", phrase.strip()).casefold()


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


class LexFile:
    """Collects entries in order, dropping duplicates (the first one wins)."""

    def __init__(self, name, header):
        self.name = name
        self.header = header
        self.entries = []
        self.seen = {}

    def add(self, phrase, canon=None):
        phrase = re.sub(r"\s+", " ", phrase.strip())
        if not phrase:
            return
        if canon is not None:
            canon = re.sub(r"\s+", " ", canon.strip())
            if key(canon) == key(phrase):
                canon = None
        k = key(phrase)
        if k in self.seen:
            return
        self.seen[k] = len(self.entries)
        self.entries.append((phrase, canon))

    def __contains__(self, phrase):
        return key(phrase) in self.seen

    def write(self):
        path = os.path.join(LEXDIR, self.name)
        with open(path, "w", encoding="utf-8") as f:
            for line in self.header.strip("\n").split("\n"):
                f.write("# " + line if line else "#")
                f.write("\n")
            for p, c in self.entries:
                f.write(p + ("\t" + c if c else "") + "\n")
        return len(self.entries)


def items(block):
    """Entries of a block: separated by ';' or new lines, "Alias > Canonical"
    for an alternative name; lines starting with '#' are comments."""
    for line in block.strip().split("\n"):
        if line.lstrip().startswith("#"):
            continue
        for e in line.split(";"):
            e = e.strip()
            if not e:
                continue
            if " > " in e:
                a, c = (x.strip() for x in e.split(" > "))
                yield a, c
            else:
                yield e, None
