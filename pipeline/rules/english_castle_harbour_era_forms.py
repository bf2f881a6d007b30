"""English forms read wrongly or not at all on unseen pages (session 7, helper en10: a precision audit of 15
fresh pages on Meiji-era, Sino-French, Russo-Japanese, 1871 Korea and 1955 Taiwan Strait topics).

- a named castle, temple or shrine (`Kumamoto castle`, `Osaka Castle`, `Kan'ei-ji temple`): one FAC, the
  place name inside it (rule 6) — not a GPE for the town's name alone;
- a named harbour, anchorage or roadstead (`Kagoshima Harbor`, `Pagoda Anchorage`): one LOC (a place without
  a government) — not a GPE for the town's name alone;
- a Japanese era year (`Meiji 9`, `Taisho 3`, `Showa 20`): one DATE with its Gregorian year (era tables of
  the Japanese calendar, 1830-1989: the complete list of eras in the period), not a PERSON read as a citation;
- a feudal domain (`Satsuma Domain`, `the Choshu domain`): GPE, a polity with a government; a shogunate
  (`Tokugawa Shogunate`, `Kamakura shogunate`): ORG, a government — neither is a person;
- a lower-case `battle of X` where X is an unknown name shaped as a place (`the battle of Kinchou`): one EVENT,
  as english_infobox reads it for a known place (a person's word or a possessive is no place);
- an elliptical count whose noun is that of a count just before it in the sentence (`two brigades from X and one
  from Y`, `three airfields to the south and two to the north`, `six destroyers (four US)`): the number alone, a
  bare count (rule 9: unit "");
- a count of a capitalised corps of men with capitalised modifiers (`3,000 Philippine Scouts`, `800 Royal
  Marines`, `some 400 Bengal Sepoys`): one QUANTITY, the modifiers and the noun its unit;
- a Chinese surname alone with a possessive (`Mao's armies`, `Chiang's order`, `Yen's troops`): PERSON — a
  possessive is said of a person, not of the everyday word; dynasties and states written like surnames
  (`Qing's`, `Ming's`, `Han's`) and the surnames that are everyday words (english_surnames) are left;
- a government or court named by its state or regime: `the Qing Court`, `the Peking Government` (head
  capitalised: a known place, a regime or a nation's adjective, `the Japanese Government`; lower-case after a
  nation's adjective it stays a description, `the Japanese government`), `the Meiji government`, `the Wuhan government`, `the
  Qing court` (head in lower case: only after a regime's name: dynasty, era, seat or faction): one ORG
  (`the Chinese government` stays generic);
- a month's short form without its dot, with a day or a year (`Aug 23, 1884`, `Oct, 1884`, `23 Aug 1884`; blogs and
  tables write them): one DATE, read from the month (english_numbers reads the dotted forms);
- a date written year/month/day with slashes (`1868/1/3`, Japanese and Chinese pages): one DATE;
- the second day of `on the 7th and 8th` (the first is english_numbers' day alone): DATE, month from the document;
- a treaty, convention or truce named by its place (`the Convention of Peking`, `the Treaty of Portsmouth`): one
  EVENT, as english.py reads `Tanggu Truce`, `Tientsin Accord` by their head word;
- a romanised Japanese corps named by its word for a band or unit (-tai 隊, -gumi 組: `Shinsengumi`, `Kiheitai`,
  `Kôyô Chinbutai`, `Shôgitai`): one MIL_UNIT (a named force), not a person's name;
- `finish_castle_harbour_era_forms`: a family name read as a person before `clan`, `shoguns` or `dynasty` (`the Tokugawa clan`) is no
  person (the clan is not tagged); a place read from its context alone (GPE, english_place_context) that another finder reads
  as a LOC elsewhere in the document (`the island of X` ... `landed at X`) is that LOC; and a ship's name after a ship prefix or a word for a ship (`USS Colorado`, `HMS Vigilant`,
  `the merchant ship General Sherman`, `the cruiser Naniwa`) is no place or person: the GPE, LOC or PERSON
  read there is dropped (ships are not tagged).

Every scan is guarded by its literal (`astle`, `emple`, `hrine`, `arbo`, `nchorage`, an era name, `omain`,
`hogunate`, a ship word) and reads at most 40 characters back from it.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.lexicons import longest_first
from pipeline.rules.scan import literal_finditer
from pipeline.rules.english_place_context import LATIN1_LOWER, LATIN1_UPPER, STOP, common_word, place_name

FORMS2_PRIORITY = 62      # above the lexicon and context finders: a longer name with its head wins anyway

WORD = (rf"[{LATIN1_UPPER}][{LATIN1_LOWER}]{{1,16}}(?:['\u2019][{LATIN1_LOWER}]{{1,10}})?(?:-[{LATIN1_UPPER}{LATIN1_LOWER}][{LATIN1_LOWER}]{{0,10}}){{0,2}}")
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<name>{WORD}(?:[ \t]+{WORD})?)[ \t]+$")

_FAC_HEAD_RE = re.compile(r"(?<=[ \t])(?:[Cc]astle|[Tt]emple|[Ss]hrine)(?![\w-])")
_LOC_HEAD_RE = re.compile(r"(?<=[ \t])(?:Harbou?r|Anchorage|Roads(?=[ \t]*[,.;)]))(?![\w-])")

# Japanese eras of 1830-1989 and their first Gregorian year (the first year of an era is its year 1).
ERAS = {"Tenpo": 1830, "Tenpō": 1830, "Koka": 1844, "Kōka": 1844, "Kaei": 1848, "Ansei": 1854,
        "Man'en": 1860, "Bunkyu": 1861, "Bunkyū": 1861, "Genji": 1864, "Keio": 1865, "Keiō": 1865,
        "Meiji": 1868, "Taisho": 1912, "Taishō": 1912, "Taishou": 1912, "Showa": 1926, "Shōwa": 1926,
        "Shouwa": 1926}
_ERA_RE = re.compile(r"(?<![\w-])(?P<era>" + "|".join(sorted(map(re.escape, ERAS), key=longest_first))
                     + r")[ \t]+(?P<n>[1-9]\d?)(?![\d,.]\d|[\w-])")
_ERA_GUARD = re.compile("|".join(sorted(map(re.escape, ERAS), key=longest_first)))     # one pass, not 19 `in`s
_ERA_LAST = {"Tenpo": 14, "Koka": 4, "Kaei": 7, "Ansei": 7, "Man'en": 2, "Bunkyu": 4, "Genji": 2, "Keio": 4,
             "Meiji": 45, "Taisho": 15, "Showa": 64}

_POLITY_RE = re.compile(rf"(?<![\w'\u2019-])(?P<name>{WORD})[ \t]+(?P<head>[Dd]omain|[Ss]hogunate|[Bb]akufu)(?![\w-])")

# A word for a ship, or a ship prefix, before the ship's name (a rank between when the ship is named after one).
SHIP_WORDS = frozenset("USS HMS HMAS HMCS HMNZS SMS USNS IJN RMS SS HIJMS ship steamer steamship schooner gunboat "
                       "cruiser frigate battleship destroyer corvette sloop sloop-of-war ironclad warship flagship "
                       "junk transport tug collier tanker freighter liner".split())
SHIP_RANKS = frozenset("General Admiral Commodore Captain President Prince Princess Queen King Emperor".split())
_SHIP_GUARD = ("USS", "HMS", "HMAS", "HMCS", "HMNZS", "SMS", "USNS", "IJN", "RMS", "SS ", "HIJMS", "ship",
               "steamer", "schooner", "gunboat", "cruiser", "frigate", "destroyer", "corvette", "sloop", "ironclad",
               "junk", "transport", "tug ", "collier", "tanker", "freighter", "liner")


def _name_ok(name: str, everyday: bool = False) -> bool:
    """A run of capitalised words that may name a place: each a known place or no everyday word (an everyday
    word allowed with `everyday`: `Pagoda Anchorage`, `Deep Water Harbour`)."""
    from pipeline.rules.english import NOT_NAME_START  # noqa: PLC0415
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    if names.get(name, ("",))[0] in ("GPE", "LOC"):
        return True
    words = name.split()
    if words[0] in NOT_NAME_START:
        return False
    for word in words:
        if names.get(word, ("",))[0] in ("GPE", "LOC"):
            continue
        if word in STOP or word in NOT_NAME_START or not everyday and any(common_word(p) for p in word.split("-")):
            return False
    return True


def _headed(text: str, out: list, head_re: re.Pattern, label: str, source: str, everyday: bool = False) -> None:
    for head in head_re.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, head.start() - 40), head.start())
        if m is None:
            continue
        name = m.group("name")
        if not _name_ok(name, everyday) and " " in name:
            name = name.split()[-1]                  # 'However Kofu castle' → 'Kofu castle'
        if not _name_ok(name, everyday):
            continue
        start = m.end("name") - len(name)
        out.append(Candidate(start, head.end(), label, source, FORMS2_PRIORITY, {}))


def find_castle_harbour_era_forms(text: str, out: list) -> None:
    """Append the candidates of the forms above."""
    if "astle" in text or "emple" in text or "hrine" in text:
        _headed(text, out, _FAC_HEAD_RE, "FAC", "rule:en_structure_head")
    if "arbo" in text or "nchorage" in text or "Roads" in text:
        _headed(text, out, _LOC_HEAD_RE, "LOC", "rule:en_harbour_head", everyday=True)
    if _ERA_GUARD.search(text):
        for m in _ERA_RE.finditer(text):
            era = m.group("era").replace("ō", "o").replace("ū", "u").replace("ou", "o")
            n = int(m.group("n"))
            if n <= _ERA_LAST.get(era, 0):
                out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_era_year", FORMS2_PRIORITY,
                                     {"value": str(ERAS[m.group("era")] + n - 1)}))
    if "battle of" in text or "battle for" in text:
        _lower_battles(text, out)
    if " and " in text or "(" in text:
        _elliptic_counts(text, out)
    if "'s" in text or "\u2019s" in text:
        _surname_possessives(text, out)
    if "overnment" in text or "ourt" in text:
        _governments(text, out)
    if "/" in text or "d and " in text or "h and " in text or "t and " in text:
        _dates(text, out)
    if _SHORT_MONTH_RE.search(text):
        _short_months(text, out)
    if "tai" in text or "gumi" in text:
        _japanese_bands(text, out)
    if " of " in text and ("Treat" in text or "Conven" in text or "Accord" in text or "Protocol" in text
                           or "Armistice" in text or "Truce" in text or "Peace" in text):
        _pacts(text, out)
    if _CORPS_GUARD.search(text):
        _corps_counts(text, out)
    if "omain" in text or "hogunate" in text or "akufu" in text:
        from pipeline.normalize.english import japanese_shaped  # noqa: PLC0415
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

        names = english_names()
        for m in _POLITY_RE.finditer(text):
            name, head = m.group("name"), m.group("head").lower()
            if not (japanese_shaped(name) or names.get(name, ("",))[0] in ("GPE", "LOC")):
                continue                            # 'Public domain', 'Eminent Domain'
            label = "GPE" if head == "domain" else "ORG"
            out.append(Candidate(m.start(), m.end(), label, "rule:en_polity", FORMS2_PRIORITY, {}))


def _lower_battles(text: str, out: list) -> None:
    from pipeline.rules.english_infobox import LOWER_BATTLE_RE  # noqa: PLC0415

    for m in LOWER_BATTLE_RE.finditer(text):
        if text.startswith(("'s", "\u2019s"), m.end()) or not place_name(m.group("name"), True) \
                or m.group("p") == "for":      # 'battle for' a height only (english_infobox)
            continue
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_lower_battle_unknown", 55))


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
_ELLIPTIC_RE = re.compile(
    r"(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d{0,2})"
    r"(?=[ \t]+(?:from|to|in|at|on|with|for|near|under|of[ \t]+(?:the|them|these|those))[ \t]"
    r"|[ \t]+(?:[A-Z]{2,4}|[A-Z][a-z]{2,12})\)|\))")
_ELLIPTIC_ANCHOR = re.compile(r"[ \t]and[ \t]|\(")


def _elliptic_counts(text: str, out: list) -> None:
    ends = sorted(c.end for c in out if c.label == "QUANTITY" and c.norm.get("unit", "x") != "")
    if not ends:
        return
    import bisect  # noqa: PLC0415

    for anchor in _ELLIPTIC_ANCHOR.finditer(text):
        m = _ELLIPTIC_RE.match(text, anchor.end())
        if m is None:
            continue
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0 or m.start() - ends[i] > 80:
            continue
        between = text[ends[i]:m.start()]
        if ". " in between or ";" in between or "\n" in between:
            continue                                # the count before is in another sentence
        word = m.group("n")
        value = NUMBER_WORDS.get(word, None) or int(word)
        out.append(Candidate(m.start("n"), m.end("n"), "QUANTITY", "rule:en_elliptic_count", 50,
                             {"value": value, "unit": "", "approx": None}))


CORPS_NOUNS = ("Marines", "Scouts", "Rangers", "Regulars", "Volunteers", "Raiders", "Commandos", "Paratroopers",
               "Riflemen", "Guardsmen", "Cossacks", "Zouaves", "Sepoys", "Bannermen", "Constabulary", "Gendarmes")
_CORPS_GUARD = re.compile("|".join(CORPS_NOUNS))
_CORPS_COUNT_RE = re.compile(
    r"(?<![\w.,$\u00a3\u00a5/-])(?:(?P<ap>about|some|over|nearly|almost|approximately|roughly|around|more\s+than"
    r"|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+)?(?!(?:1[6-9]\d\d|20\d\d)(?![\d,]))(?P<num>[1-9]\d{0,2}(?:,\d{3}){1,2}|[1-9]\d{0,5})"
    r"(?P<plus>\+)?"      # '10,000+ Marines': over (auditen9)
    r"\s+(?P<u>(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][a-z]{2,14}\s+){0,3}(?:" + "|".join(CORPS_NOUNS) + r"))(?![\w-])")


def _corps_counts(text: str, out: list) -> None:
    from pipeline.normalize import english as norm_en  # noqa: PLC0415

    for m in _CORPS_COUNT_RE.finditer(text):
        approx = norm_en.APPROX.get(re.sub(r"\s+", " ", m.group("ap").lower())) if m.group("ap") else None
        if m.group("plus") and approx is None:
            approx = "over"
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_corps_count", 52,
                             {"value": int(m.group("num").replace(",", "")),
                              "unit": re.sub(r"\s+", " ", m.group("u")), "approx": approx}))


DYNASTIES = frozenset("Qing Ch'ing Ching Ming Song Sung Tang T'ang Han Yuan Sui Liao Xia Hsia Shang Qin Ch'in Zhou Chou "
                      "Jin Chin Manchu".split())
_SURNAME_BEFORE_RE = re.compile(r"(?<![\w'\u2019.-])(?P<s>[A-Z][a-z]{1,5}(?:['\u2019][a-z]{1,5})?)$")
_POSSESSIVE_RE = re.compile(r"['\u2019]s(?![\w-])")


def _surname_possessives(text: str, out: list) -> None:
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    from pipeline.rules.english_surnames import ENGLISH_WORD_SURNAMES  # noqa: PLC0415

    surnames, _ = romanised_syllables()
    names = english_names()
    for pos in _POSSESSIVE_RE.finditer(text):
        m = _SURNAME_BEFORE_RE.search(text, max(0, pos.start() - 12), pos.start())
        if m is None:
            continue
        word = m.group("s")
        if word in ("She", "He"):
            continue        # 'She's deaf', 'He's gone': the pronoun's contraction, not the surname 佘/何 (auditen8)
        if word not in surnames or word in DYNASTIES or word in ENGLISH_WORD_SURNAMES \
                or names.get(word, ("PERSON",))[0] != "PERSON":
            continue
        out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_surname_possessive", 30, {}))


REGIMES = frozenset("Meiji Qing Ch'ing Manchu Beiyang Peiyang Wuhan Nanking Nanjing Chungking Chongqing Canton Peking "
                    "Peiping Provisional Reorganized Reorganised Tokugawa Joseon Choson Kuomintang KMT Nationalist "
                    "Beijing Yenan Yan'an Taisho Showa Hanoi Saigon Vichy".split())
_GOV_HEAD_RE = re.compile(r"(?<=[ \t])(?:[Gg]overnment|[Cc]ourt)(?![\w-])")
_GOV_NAME_RE = re.compile(r"(?<![\w'\u2019-])(?P<n>(?:[A-Z][\w'\u2019-]{1,20}[ \t]){1,2})$")


def _governments(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_NAME_START  # noqa: PLC0415
    from pipeline.rules.english_lexicon import demonyms, english_names  # noqa: PLC0415

    names = english_names()
    peoples = demonyms()
    for head in literal_finditer(_GOV_HEAD_RE, text):
        m = _GOV_NAME_RE.search(text, max(0, head.start() - 44), head.start())
        if m is None:
            continue
        words = m.group("n").split()
        if words[0] in NOT_NAME_START and not (words[0] in peoples and head.group()[0].isupper()):
            words = words[1:]                        # 'The Government', 'In Qing court' (not 'British Government')
        if not words:
            continue
        last = words[-1]
        if head.group()[0].isupper():
            # a nation's government written with its capital G is the named body, as 法国政府 is in Chinese:
            # 'the Chinese Government', 'the French Government' (session 22: every development gold that has one,
            # three annotators); written lower-case ('the Chinese government') it stays a description
            ok = all(w in REGIMES or w in peoples or names.get(w, ("",))[0] == "GPE" for w in words)
        else:
            if len(words) == 2 and words[0].endswith(("'s", "\u2019s")):
                words = words[1:]        # an owner's possessive before the regime: `Yuan's Beiyang government` (s18enevt)
            ok = last in REGIMES and len(words) == 1
        if ok:
            start = m.end("n") - len(" ".join(words)) - 1
            out.append(Candidate(start, head.end(), "ORG", "rule:en_government", FORMS2_PRIORITY, {}))


_YMD_SLASH_RE = re.compile(r"(?<![\w/.-])(?P<y>1[6-9]\d\d|20\d\d)/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\w/.-]|\.\d)")
_SECOND_DAY_RE = re.compile(
    r"(?<![\w-])[Oo]n[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ \t]+and[ \t]+(?:the[ \t]+)?"
    r"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:the|a|an|at|in|he|she|they|it|its|his|her|their|both|when|after|before)\b|[ \t]*$)")


_PACT_OF_RE = re.compile(rf"(?<![\w-])(?:Treaty|Convention|Accord|Protocol|Armistice|Truce|Peace)[ \t]+of[ \t]+"
                         rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}})(?![\w'\u2019-])")


def _pacts(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in _PACT_OF_RE.finditer(text):
        name = m.group("name")
        if names.get(name, ("GPE",))[0] not in ("GPE", "LOC") or not _name_ok(name):
            continue                                 # 'the Treaty of Friendship', 'Treaty of Chiang'
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_pact_of", 57))


_JP_BAND_RE = re.compile(
    r"(?<![\w'\u2019-])(?:[A-Z][a-z\u00e2\u00f4\u00fb\u014d\u016b]{1,10}[ \t])?"
    r"[A-Z][a-z\u00e2\u00f4\u00fb\u014d\u016b]{2,12}(?:tai|gumi)(?![\w'\u2019-])")
JP_ECHELON_WORDS = frozenset("Shitai Butai Rentai Daitai Chutai Shotai Sentai Hikotai Buntai Heitai Kempeitai "
                             "Shidan Ryodan Heidan".split())
_PLAIN = str.maketrans("\u00e2\u00f4\u00fb\u014d\u016b", "aouou")


# where a word in -tai is a place (Chinese -台 'terrace', 'Heikoutai', 'Yantai'): after a settlement word, a
# preposition of place, or in the bracket after a battle's place
_PLACE_BEFORE_RE = re.compile(r"(?:\b(?:village|town|hamlet|city|settlement|port|station)[ \t]+of[ \t]+"
                              r"|\b(?:near|at|in|from|to|toward|towards|around|outside|reached|captured|occupied)"
                              r"[ \t]+(?:the[ \t]+)?"
                              r"|\b(?:[Bb]attle|[Ss]iege)[ \t]+of[ \t]+[A-Z][\w'\u2019-]{1,20}[ \t]+\()\Z")


def _japanese_bands(text: str, out: list) -> None:
    from pipeline.normalize.english import japanese_shaped  # noqa: PLC0415
    from pipeline.rules.english import NOT_NAME_START  # noqa: PLC0415

    for m in _JP_BAND_RE.finditer(text):
        words = m.group().split()
        start = m.start()
        if len(words) == 2 and (words[0] in NOT_NAME_START or not japanese_shaped(words[0].translate(_PLAIN))):
            start = m.end() - len(words[1])
            words = words[1:]
        if len(words[-1]) < 6 or words[-1] in JP_ECHELON_WORDS or not japanese_shaped(words[-1].translate(_PLAIN)):
            continue                                 # 'Mori Shitai', '55th Rentai': english_unit_forms' echelons
        if _PLACE_BEFORE_RE.search(text, max(0, start - 40), start):
            continue                                 # 'the village of Heikoutai', 'battle of Sandepu (Heikoutai)' (auditen6)
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_japanese_band", 45,
                             {"numbers": [], "echelon": "", "prefix": "", "side": "JP"}))


_SHORT_MONTH_RE = re.compile(r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w.])")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
_DAY_BEFORE = re.compile(rf"(?<![\w.,]){_DAY}[ \t]+$")
_AFTER_MONTH = re.compile(rf"[ \t]+{_DAY}(?:,[ \t]*{_YEAR}|[ \t]+{_YEAR})?(?![\d:\w])|,?[ \t]+{_YEAR}")
_YEAR_AFTER = re.compile(rf",?[ \t]+{_YEAR}")


def _short_months(text: str, out: list) -> None:
    for m in _SHORT_MONTH_RE.finditer(text):
        before = _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if before:                                   # 23 Aug 1884, 5 Dec
            year = _YEAR_AFTER.match(text, m.end())
            out.append(Candidate(before.start(), year.end() if year else m.end(), "DATE", "rule:en_short_month", 50))
            continue
        after = _AFTER_MONTH.match(text, m.end())
        if after:                                    # Aug 23, 1884; Oct, 1884; Dec 1937
            out.append(Candidate(m.start(), after.end(), "DATE", "rule:en_short_month", 50))


def _dates(text: str, out: list) -> None:
    if "/" in text:
        for m in _YMD_SLASH_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_ymd_slash", FORMS2_PRIORITY,
                                 {"value": f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"}))
    if "th and " in text or "st and " in text or "nd and " in text or "rd and " in text:
        for m in _SECOND_DAY_RE.finditer(text):
            out.append(Candidate(m.start("day"), m.end("day"), "DATE", "rule:en_second_day", 48))


_CLAN_AFTER = re.compile(r"[ \t]+(?:clan|clans|shoguns|dynasty)(?![\w-])")
_SHIP_GUARD_RE = re.compile("|".join(_SHIP_GUARD))


def finish_castle_harbour_era_forms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Context places made consistent with the document's LOC; names of ships dropped (see SHIP_WORDS)."""
    chosen = _context_places_as_loc(text, chosen)
    if "clan" in text or "shoguns" in text or "dynasty" in text:
        chosen = [c for c in chosen if not (c.label == "PERSON" and _CLAN_AFTER.match(text, c.end)
                                            and " " not in text[c.start:c.end])]
    if not _SHIP_GUARD_RE.search(text):
        return chosen
    return [c for c in chosen if not (c.label in ("GPE", "LOC", "PERSON") and _after_ship_word(text, c.start))]


def _context_places_as_loc(text: str, chosen: list[Candidate]) -> list[Candidate]:
    context = [c for c in chosen if c.label == "GPE" and c.source == "rule:en_place_context"]
    if not context:
        return chosen
    locs = set()
    for c in chosen:
        if c.label == "LOC":
            name = text[c.start:c.end]
            locs.add(name)
            head = name.rsplit(None, 1)
            if len(head) == 2 and head[1] in ("Island", "Islands", "island", "Isle"):
                locs.add(head[0])                    # 'Shumshu Island' makes 'Shumshu' the island
    if not locs:
        return chosen
    return [Candidate(c.start, c.end, "LOC", c.source, c.priority, c.norm)
            if c.label == "GPE" and c.source == "rule:en_place_context" and text[c.start:c.end] in locs else c
            for c in chosen]


def _after_ship_word(text: str, start: int) -> bool:
    words = text[max(0, start - 40):start].split(" ")
    if len(words) < 2 or words[-1] != "":
        return False                                 # the name follows one space
    if words[-2] in SHIP_RANKS and len(words) >= 3:
        return words[-3] in SHIP_WORDS
    return words[-2] in SHIP_WORDS
