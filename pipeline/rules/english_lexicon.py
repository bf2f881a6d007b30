"""English name tables for the English finder: loaded from the shared lexicons, cached.

Every English form found in places_en.tsv, persons.tsv, organisations.tsv and
events.tsv becomes a key of one dict (form -> (label, zh canonical name)), and a
trie-shaped regex matches all forms at once (Python's `re` is fast on a trie,
slow on a flat alternation of thousands of names).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows  # noqa: F401  (re-exported for english/link)
from pipeline.rules.trie import trie_regex as _trie_regex

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"


def trie_regex(words) -> str:
    """Trie regex of English forms; a hyphen also matches an en/em dash (Canton–Hankow Railway)."""
    return _trie_regex(words, dashes=DASHES)


def _swapped(form: str) -> str | None:
    parts = form.split()
    if len(parts) == 2 and all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts):
        return f"{parts[1]} {parts[0]}"
    return None


@lru_cache(maxsize=1)
def english_names() -> dict[str, tuple[str, str]]:
    """English form -> (label, zh canonical name), from all shared lexicons.

    Places come first so that a place keeps its label when a form is also listed
    elsewhere. Two-word personal names are also registered in swapped order
    (Okamura Yasuji / Yasuji Okamura).
    """
    names: dict[str, tuple[str, str]] = {}
    for row in read_rows("places_en.tsv"):
        if len(row) >= 4:
            for form in row[3].split("|"):
                names.setdefault(form.strip(), (row[1], row[0]))
    for file, label in (("events.tsv", "EVENT"), ("organisations.tsv", "ORG"), ("persons.tsv", "PERSON")):
        for row in read_rows(file):
            if len(row) < 3:
                continue
            for form in row[2].split(","):
                form = form.strip()
                if not form or not re.search(r"[A-Za-z]", form):
                    continue
                names.setdefault(form, (label, row[0]))
                if label == "PERSON" and (swapped := _swapped(form)):
                    names.setdefault(swapped, (label, row[0]))
    for row in read_rows("named_units.tsv"):
        for form in (row[4].split(",") if len(row) >= 5 else []):
            if form.strip():
                names[form.strip()] = ("MIL_UNIT", row[1])
    for form, value in NAMED_UNITS.items():
        names.setdefault(form, ("MIL_UNIT", value[0]))
    return names


# Named armed forces and commands (no number): English form -> (zh name, side, echelon key).
# General knowledge of WWII in China; the zh names are the usual Chinese designations.
NAMED_UNITS: dict[str, tuple[str, str, str]] = {
    "China Expeditionary Army": ("支那派遣军", "JP", "expeditionary_army"),
    "China Expeditionary Force": ("支那派遣军", "JP", "expeditionary_army"),
    "Central China Expeditionary Army": ("华中派遣军", "JP", "expeditionary_army"),
    "North China Area Army": ("华北方面军", "JP", "area_army"),
    "North China Front Army": ("华北方面军", "JP", "area_army"),
    "Southern Expeditionary Army Group": ("南方军", "JP", "army_group"),
    "Southern Army": ("南方军", "JP", "army_group"),
    "Burma Area Army": ("缅甸方面军", "JP", "area_army"),
    "Kwantung Army": ("关东军", "JP", "army"),
    "Kantogun": ("关东军", "JP", "army"),
    "Imperial Japanese Army": ("日本帝国陆军", "JP", "armed_force"),
    "Imperial Japanese Navy": ("日本帝国海军", "JP", "armed_force"),
    "Imperial Japanese Army Air Service": ("日本陆军航空队", "JP", "armed_force"),
    "Imperial Japanese Army Air Force": ("日本陆军航空队", "JP", "armed_force"),
    "China Area Fleet": ("支那方面舰队", "JP", "fleet"),
    "National Revolutionary Army": ("国民革命军", "ROC", "armed_force"),
    "Chinese Expeditionary Force": ("中国远征军", "ROC", "expeditionary_army"),
    "Chinese Army in India": ("中国驻印军", "ROC", "expeditionary_army"),
    "X Force": ("中国驻印军", "ROC", "expeditionary_army"),
    "Y Force": ("中国远征军", "ROC", "expeditionary_army"),
    "Eighth Route Army": ("八路军", "CCP", "route_army"),
    "8th Route Army": ("八路军", "CCP", "route_army"),
    "New Fourth Army": ("新四军", "CCP", "army"),
    "New 4th Army": ("新四军", "CCP", "army"),
    "People's Liberation Army": ("中国人民解放军", "CCP", "armed_force"),
    "Chinese Red Army": ("中国工农红军", "CCP", "armed_force"),
    "American Volunteer Group": ("飞虎队", "US", "air_group"),
    "Flying Tigers": ("飞虎队", "US", "air_group"),
    "Chinese-American Composite Wing": ("中美空军混合团", "US", "air_group"),
    "United States Army": ("美国陆军", "US", "armed_force"),
    "US Army": ("美国陆军", "US", "armed_force"),
    "U.S. Army": ("美国陆军", "US", "armed_force"),
    "United States Army Air Forces": ("美国陆军航空军", "US", "armed_force"),
    "US Army Air Forces": ("美国陆军航空军", "US", "armed_force"),
    "USAAF": ("美国陆军航空军", "US", "armed_force"),
    "United States Navy": ("美国海军", "US", "armed_force"),
    "US Navy": ("美国海军", "US", "armed_force"),
    "Royal Air Force": ("英国皇家空军", "UK", "armed_force"),
    "British Army": ("英国陆军", "UK", "armed_force"),
    "Red Army": ("红军", "?", "armed_force"),
    "Merrill's Marauders": ("麦瑞尔突击队", "US", "regiment"),
}
