#!/usr/bin/env python3
# Generates src/lexicon/countries.txt from Debian's iso-codes (LGPL-2.1+)
# and the hand-written news names below. NOT part of the build: run by hand
# (python3 tests/tools/lexicon/gen_countries.py) when the lists change.
import json
import re

from common import LexFile, strip_accents

ISO = "/usr/share/iso-codes/json/"

# The name news readers know best, by ISO 3166-1 alpha-2 code, where it is
# not the ISO name itself.
CANON = {
    "AE": "United Arab Emirates", "BN": "Brunei", "BO": "Bolivia",
    "BQ": "Caribbean Netherlands", "BS": "Bahamas", "CC": "Cocos Islands",
    "CD": "Democratic Republic of Congo", "CG": "Republic of the Congo",
    "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FK": "Falkland Islands", "FM": "Micronesia", "GB": "United Kingdom",
    "GM": "Gambia", "IR": "Iran", "KP": "North Korea", "KR": "South Korea",
    "LA": "Laos", "MD": "Moldova", "MO": "Macau", "MF": "Saint Martin",
    "MK": "North Macedonia", "MM": "Myanmar", "PS": "Palestine",
    "PN": "Pitcairn Islands", "RU": "Russia", "SH": "Saint Helena",
    "SX": "Sint Maarten", "SY": "Syria", "SZ": "Eswatini", "TL": "East Timor",
    "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States",
    "VA": "Vatican City", "VE": "Venezuela", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "VN": "Vietnam",
}

# ISO "X, Y of" names in news order.
REORDERED = {
    "BO": ["Plurinational State of Bolivia"],
    "CD": ["Democratic Republic of the Congo"],
    "FM": ["Federated States of Micronesia"],
    "IR": ["Islamic Republic of Iran"],
    "KP": ["Democratic People's Republic of Korea"],
    "KR": ["Republic of Korea"],
    "MD": ["Republic of Moldova"],
    "PS": ["State of Palestine"],
    "TZ": ["United Republic of Tanzania"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "VG": ["British Virgin Islands"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands", "United States Virgin Islands"],
    "SH": ["Saint Helena", "St. Helena", "Ascension Island", "Tristan da Cunha"],
    "BQ": ["Bonaire", "Sint Eustatius", "Caribbean Netherlands"],
    "TW": [],
}

# Other names news uses, by the canonical name.
ALIASES = {
    "United States": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "U.S.A"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain", "G.B.",
                       "United Kingdom of Great Britain and Northern Ireland"],
    "Russia": ["Russian Federation"],
    "South Korea": ["Republic of Korea", "ROK", "S. Korea", "S.Korea"],
    "North Korea": ["DPRK", "D.P.R.K.", "N. Korea", "N.Korea"],
    "Iran": ["Persia", "Islamic Republic of Iran"],
    "Syria": ["Syrian Arab Republic"],
    "Taiwan": ["Republic of China", "Chinese Taipei", "Formosa"],
    "China": ["People's Republic of China", "PRC", "P.R.C.", "Mainland China", "Red China"],
    "Vietnam": ["Viet Nam", "Socialist Republic of Vietnam"],
    "Laos": ["Lao PDR", "Lao People's Democratic Republic"],
    "Tanzania": [], "Bolivia": [], "Venezuela": [], "Moldova": [],
    "North Macedonia": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia",
                        "Republic of Macedonia"],
    "Czech Republic": ["Czechia"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "Netherlands": ["Holland", "The Netherlands"],
    "Myanmar": ["Burma", "Union of Myanmar", "Union of Burma", "Republic of the Union of Myanmar"],
    "Democratic Republic of Congo": ["DRC", "DR Congo", "D.R. Congo", "D.R.C.", "Congo-Kinshasa",
                                     "Democratic Republic of the Congo", "Congo Kinshasa",
                                     "Zaire", "Republic of Zaire"],
    "Republic of the Congo": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville",
                              "Congo Brazzaville"],
    "Cape Verde": ["Cabo Verde"],
    "East Timor": ["Timor-Leste", "Timor Leste"],
    "Turkey": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "Eswatini": ["Swaziland", "Kingdom of Swaziland"],
    "Vatican City": ["Vatican", "Holy See", "Vatican City State"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Saudi Arabia": ["KSA"],
    "Bosnia and Herzegovina": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina",
                               "Bosnia and Hercegovina", "BiH"],
    "Trinidad and Tobago": ["Trinidad", "Trinidad & Tobago"],
    "Antigua and Barbuda": ["Antigua"],
    "Saint Kitts and Nevis": ["St. Kitts and Nevis", "St Kitts and Nevis", "St. Kitts", "Saint Kitts"],
    "Saint Lucia": ["St. Lucia", "St Lucia"],
    "Saint Vincent and the Grenadines": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines",
                                         "St. Vincent", "Saint Vincent"],
    "Saint Barthélemy": ["Saint Barthelemy", "St. Barthélemy", "St. Barts", "St Barts", "Saint Barts"],
    "Saint Martin": ["St. Martin", "St Martin"],
    "Saint Pierre and Miquelon": ["St. Pierre and Miquelon"],
    "Sao Tome and Principe": ["São Tomé and Príncipe", "Sao Tome", "São Tomé and Principe"],
    "Micronesia": [], "Palestine": ["Palestinian Authority", "Palestinian territories",
                                    "Palestinian Territories", "Occupied Palestinian Territories"],
    "Falkland Islands": ["Falklands", "Malvinas", "Islas Malvinas"],
    "Brunei": ["Brunei Darussalam"],
    "Macau": ["Macao"],
    "Hong Kong": ["Hongkong"],
    "Gambia": ["The Gambia"],
    "Bahamas": ["The Bahamas"],
    "Guinea-Bissau": ["Guinea Bissau"],
    "Papua New Guinea": [],
    "New Zealand": ["Aotearoa"],
    "Sri Lanka": ["Ceylon"],
    "Thailand": ["Siam"],
    "Cambodia": ["Kampuchea"],
    "Belarus": ["Byelorussia", "Belorussia", "Byelorussian SSR"],
    "Benin": ["Dahomey"],
    "Burkina Faso": ["Upper Volta"],
    "Zimbabwe": ["Rhodesia", "Southern Rhodesia"],
    "Vanuatu": ["New Hebrides"],
    "Kiribati": ["Gilbert Islands"],
    "Tuvalu": ["Ellice Islands"],
    "Ireland": ["Republic of Ireland", "Eire", "Éire"],
    "Germany": ["Federal Republic of Germany"],
    "Pitcairn Islands": ["Pitcairn"],
    "Sint Maarten": ["St. Maarten"],
    "Curaçao": ["Curacao"],
    "Réunion": ["Reunion"],
    "Åland Islands": ["Aland Islands", "Åland", "Aland"],
    "Cocos Islands": ["Cocos (Keeling) Islands", "Keeling Islands"],
    "Svalbard and Jan Mayen": ["Svalbard"],
    "Wallis and Futuna": [],
    "Turks and Caicos Islands": ["Turks and Caicos"],
    "Heard Island and McDonald Islands": [],
    "South Georgia and the South Sandwich Islands": ["South Georgia"],
    "United States Minor Outlying Islands": [],
    "Faroe Islands": ["Faroes", "Faeroe Islands"],
    "Kyrgyzstan": ["Kirghizia", "Kyrgyz Republic", "Kirgizia"],
    "Kazakhstan": ["Kazakstan"],
    "Turkmenistan": ["Turkmenia"],
    "Tajikistan": ["Tadjikistan", "Tadzhikistan"],
    "Moldova": ["Moldavia"],
    "Mauritania": [],
    "Equatorial Guinea": [],
    "Central African Republic": ["C.A.R."],
    "Dominican Republic": ["Dominican Rep."],
    "Greece": ["Hellas", "Hellenic Republic"],
    "Switzerland": ["Swiss Confederation"],
    "Georgia": ["Sakartvelo"],
}

# States that are not in ISO 3166-1 but appear in the news as countries
# (constituent countries, partly recognised states).
EXTRA = ["England", "Scotland", "Wales", "Northern Ireland", "Kosovo",
         "Somaliland", "Northern Cyprus", "Transnistria",
         "Abkhazia", "South Ossetia", "Sahrawi Arab Democratic Republic"]
EXTRA_ALIASES = {"TRNC": "Northern Cyprus", "Trans-Dniester": "Transnistria",
                 "Transdniestria": "Transnistria", "Pridnestrovie": "Transnistria"}

# Former states (ISO 3166-3 and others the news of the last decades names).
FORMER = {
    "Soviet Union": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviet Russia",
                     "SSSR"],
    "Yugoslavia": ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia", "Kingdom of Yugoslavia"],
    "Czechoslovakia": ["Czechoslovak Socialist Republic", "Czech and Slovak Federal Republic",
                       "CSFR"],
    "East Germany": ["German Democratic Republic", "GDR", "DDR"],
    "West Germany": [],
    "Serbia and Montenegro": ["State Union of Serbia and Montenegro"],
    "Netherlands Antilles": [],
    "South Yemen": ["People's Democratic Republic of Yemen"],
    "North Yemen": ["Yemen Arab Republic"],
    "South Vietnam": ["Republic of Vietnam"],
    "North Vietnam": ["Democratic Republic of Vietnam"],
    "Sikkim": [],
    "Panama Canal Zone": ["Canal Zone"],
    "Ottoman Empire": [],
    "Austria-Hungary": ["Austro-Hungarian Empire"],
    "Prussia": [],
    "Tanganyika": [],
    "Zanzibar": [],
    "Biafra": [],
    "French Afars and Issas": [],
    "Portuguese Timor": [],
    "Dutch East Indies": [],
    "British India": [],
    "Russian Empire": [],
    "Persian Empire": [],
    "Nazi Germany": ["Third Reich"],
    "Weimar Republic": [],
}

HEADER = """\
countries.txt: countries and states, one phrase a line, a TAB and the
canonical (best-known news) name after alternative names.
Sources: Debian iso-codes (ISO 3166-1 and ISO 3166-3 names, common names and
official names; /usr/share/iso-codes/json, LGPL-2.1-or-later), reordered into
news order; plus hand-written news short names, former names, constituent
countries and partly recognised states (general knowledge).
Generated by tests/tools/lexicon/gen_countries.py (not part of the build)."""


def clean(name):
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    if name.startswith("the "):
        name = name[4:]
    return name


def main():
    out = LexFile("countries.txt", HEADER)
    out.add("Congo")		# either of the two: no canonical
    iso = json.load(open(ISO + "iso_3166-1.json"))["3166-1"]
    for c in iso:
        a2 = c["alpha_2"]
        if a2 == "AQ":		# a continent: regions.txt
            continue
        canon = CANON.get(a2) or clean(c.get("common_name") or c["name"])
        out.add(canon)
        names = [c["name"], c.get("common_name", ""), c.get("official_name", "")]
        names += REORDERED.get(a2, [])
        for n in names:
            if not n or "," in n:
                continue
            n = clean(n)
            out.add(n, canon)
            if strip_accents(n) != n:
                out.add(strip_accents(n), canon)
        for n in ALIASES.get(canon, []):
            out.add(n, canon)
    # Aliases whose canonical has no ISO entry of its own name.
    for canon, al in ALIASES.items():
        if canon not in out:
            continue
        for n in al:
            out.add(n, canon)
    out.add("Korea")		# either of the two
    out.add("Congo")		# either of the two
    out.add("Guinea")
    for n in EXTRA:
        out.add(n)
    out.add("Republic of Kosovo", "Kosovo")
    out.add("Turkish Republic of Northern Cyprus", "Northern Cyprus")
    for n, c in EXTRA_ALIASES.items():
        out.add(n, c)
    for canon, al in FORMER.items():
        out.add(canon)
        for n in al:
            out.add(n, canon)
    print("countries.txt", out.write())


if __name__ == "__main__":
    main()
