"""Arabic personal names written with the hyphenated article (session 28, helper s28enunit: audit of English persons
and units of the wars 1840-1979; the Arab revolt, the Rif war, the Palestine revolt, the wars of 1948-73 and the
Algerian war write their commanders' names so: `Fawzi al-Qawuqji`, `Izz ad-Din al-Qassam`, `Abd el-Krim`, `Nuri
al-Said`, `Abd al-Qadir al-Husayni`).

- Two to five words, the first a capitalised given name and at least one a particle joined by a hyphen to a
  capitalised name (`al-`, `el-`, `ad-`, `ed-`, `ar-`, `as-`, `ash-`, `at-`, `az-`, `an-`, `ud-`, `ul-`, `ur-`, and
  `Al-`, `El-` after the first word: `Fawzi Al-Qawuqji`, `Abdel-Qadir Al-Husseini`), never the first word:
  one PERSON. A title before it stays outside (`Sheikh`, `Emir`, `Sharif`, `Sayyid`, `Imam`, `King`, `Prince`,
  `Sultan`: guideline 1), and so does an Ottoman or Egyptian honorific after it (`Pasha`, `Bey`, `Effendi`).
- Not a place: a name whose first word is the word of an Arabic place name (`Tell el-Kebir`, `Ras el-Tin`, `Bab
  el-Wad`, `Deir el-Balah`, `Kafr el-Sheikh`, `Sharm el-Sheikh`, `Shatt al-Arab`, `Wadi`, `Jebel`, `Bir`, `Sidi`,
  `Khan`, `Beit`, `Umm`, `Ain`, ...), nor one before a structure's or landform's head (`X al-Y Mosque`, `X el-Y
  Road`, `Pass`, `Ridge`), nor a body's name (`Jaish al-X`, `Liwa al-X`, `Hizb al-X`), nor one a lexicon knows as a
  place, unit or body; a longer reading another finder made
  (`Battle of Tell el-Kebir`) keeps it.

Written from the conventions of Arabic names in English (ism, nasab, nisba with the article), not from any annotated
set or audited page. Priority 41 (over the capitalised-run and place-context readings of the parts). Cheap: gated on
the literal `-` after a particle.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

PRIORITY = 41
_CAP = r"[A-Z][a-z\u00e0-\u00ff'\u2019]{1,14}(?:-[A-Z][a-z]{1,12})?"       # Abdel-Qadir
_ARTICLE = r"(?:al|el|ad|ed|ar|er|as|es|ash|at|et|az|ez|an|en|ud|ul|ur|Al|El)-"
_NAME_RE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_CAP}(?:[ \t]+(?:{_ARTICLE}{_CAP}|{_CAP})){{1,5}})(?![\w'\u2019-])")
_HAS_ARTICLE = re.compile(rf"(?<![\w-]){_ARTICLE}[A-Z]")   # the text holds one (gate) / a name holds one
_TITLES = frozenset("Sheikh Shaikh Shaykh Sheik Emir Amir Sharif Sayyid Sayed Imam Mullah King Prince Sultan Caliph Grand "
                    "Khalifa Mufti Haj Hajj Hajji General Colonel Major Captain Lieutenant Sergeant Field Marshal Brigadier "
                    "Commander Admiral Pasha President Premier Minister The A An And Of In On At By From To With For "
                    "Under After Before When While His Her Their Its This That".split())
_HONORIFICS = frozenset("Pasha Bey Effendi Agha Pacha".split())
# the first words of Arabic place names (a hill, a cape, a gate, a monastery, a village, a well, a mountain ...)
_PLACE_FIRST = frozenset("Tell Tel Tall Ras Bir Wadi Oued Qasr Ksar Deir Dayr Bab Khan Kafr Kfar Shatt Jebel Djebel Jabal "
                         "Gebel Beit Bayt Ain Ayn Umm Birket Minet Mersa Marsa Sidi Nahr Qalat Hammam Dar Bani Beni Jisr "
                         "Suq Souk Hisn Burj Bordj Mina Sharm Hassi Bahr Jazirat Khirbet Khirbat Nabi Nebi Majdal Bilad "
                         "Mazraat Tal Qarat Jezira Hadjar "
                         # and of bodies: an army, a brigade, battalions, a party, a society, a movement, a front
                         "Jaish Jaysh Jeish Liwa Kataib Katibat Hizb Jamaat Jamiat Harakat Jabhat Ikhwan Majlis "
                         "Munazzamat Tanzim".split())
_HEADS = ("Mosque|Shrine|Road|Street|Quarter|Gate|Pass|Ridge|Hill|River|Canal|Bridge|Airfield|Station|Line|Camp|Fort"
          "|Barracks|Square|Palace|Oasis|Well|Wells|Valley|Mountain|Mountains|Desert|Bay|Peninsula|Island|Brigade"
          "|Battalion|Regiment|Division|Army|Corps|Force|University|Hospital")
_HEAD_WORDS = frozenset(_HEADS.split("|"))
_HEAD_AFTER = re.compile(rf"[ \t]+(?:{_HEADS})\b")


def find_arabic_particle_names(text: str, out: list) -> None:
    """PERSON for Arabic names with a hyphenated article (see the module docstring)."""
    if not _HAS_ARTICLE.search(text):
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in _NAME_RE.finditer(text):
        words = list(re.finditer(r"\S+", m.group("n")))
        while words and words[0].group() in _TITLES:
            words = words[1:]
        while words and (words[-1].group() in _HONORIFICS or words[-1].group() in _TITLES):
            words = words[:-1]
        if any(w.group() in _HEAD_WORDS for w in words):
            continue               # 'X al-Y Mosque', 'X el-Y Road': a structure's or a unit's name
        if len(words) < 2 or not _HAS_ARTICLE.search(" ".join(w.group() for w in words)):
            continue
        if re.match(_ARTICLE, words[0].group()) or words[0].group().split("-")[0] in _PLACE_FIRST:
            continue
        start, end = m.start("n") + words[0].start(), m.start("n") + words[-1].end()
        if _HEAD_AFTER.match(text, end):
            continue               # 'X al-Y Mosque', 'X el-Y Road': a structure's or a unit's name
        if names.get(text[start:end], ("PERSON",))[0] != "PERSON":
            continue               # a place, unit or body a lexicon knows
        clash = [c for c in out if c.start < end and start < c.end]
        if any(c.label != "PERSON" and (c.start < start or c.end > end) for c in clash):
            continue               # a longer reading of another kind keeps it
        if any(c.label == "PERSON" and c.start <= start and end <= c.end for c in clash):
            continue
        out[:] = [c for c in out if c not in clash]
        out.append(Candidate(start, end, "PERSON", "rule:en_arabic_particle_name", PRIORITY, {}))
