"""Forms of the English biographical dictionaries and histories of Republican China written in Wade-Giles
(session 14 audit, helper auditen8; from audited passages of a biographical dictionary of Republican China and
of encyclopedia pages and translated chronicles; the forms, not their strings):

- a county written with the Wade-Giles word for 县 after its name, `Lochang hsien`, `Hsiang-hsiang hsien`: one
  GPE with its suffix (rule 6, as `汜水县`). Only the lower-case `hsien` (the dictionaries print the generic in
  lower case; a capitalised `Hsien` is also a given name: `Li Hsien`).
- a society named in Wade-Giles with 会 (`hui`) as its last syllable: `the T'ung-meng-hui`, `T'ungmeng-hui`,
  `the Ko-lao-hui`, `the Hsing-Chung hui`: ORG. The name has three syllables or more (two hyphens, or a glued first
  part longer than any one syllable), so a given name `Ching-hui` of `Wang Ching-hui` is never read.
- a provincial army written in Wade-Giles as the province's one-character name + 军 (`chün`): `the Yueh-chün`
  (粤军), `the Hsiang-chün` (湘军), `the Huai-chün` (淮军), with a hyphenated qualifier before it
  (`the Yuan-Min Yueh-chün`, 援闽粤军): MIL_UNIT (named armed forces, rule 16). The first part is one of the
  provinces' one-character names (a closed list: the provincial abbreviations of the period, and the Hunan,
  Anhwei and Hupei armies of the Taiping war); not after a capitalised word (a surname: `Li Hsiang-chün`).
- a place written with the Wade-Giles aspiration mark that the place tables know without it (`Ch'angte` =
  Changte 常德, `Ch'angsha`): GPE/LOC of the table, not after a capitalised word (a surname: `Yeh T'ing`).
- a school of an army or navy, `the Army Second Preparatory School`, `the Tokyo Junior Army School`, `the
  Whampoa Military Primary School`, `the Japanese Army Military Academy`: one ORG (english_orgs has no head
  `School` and leaves names with `Army` inside to the units: `Tokyo Army` was read a MIL_UNIT). A run of one to
  five capitalised words, one of them a word of the services (Army, Military, Naval, ...), before School,
  Academy, College or Institute; a people's adjective first stays outside, as for every ORG.
- the translated full name of the Red Army, `the Chinese Workers and Peasants Red Army` (中国工农红军), with or
  without apostrophes: one MIL_UNIT (english_lexicon read only `Red Army` inside it).
- a school of a grade (`Yueyun Middle School`, `Chu-tzu Primary School`) or named by its subjects (`Nanhua School of
  Law and Politics`): one ORG like the service schools.
- a European's full name with its nobiliary particle, `Constantin von Hanneken`, `Max von Bauer`: one PERSON (the
  particle stays inside, as `de Giers`), the first word not a rank or an English word.
- an army's romanised name written as pinyin + `jun` (军) apart, `Dingwu jun` (定武军), `Changbei Jun`, or with
  `Lujun` (陆军), `Xinjian Lujun`: MIL_UNIT; a surname before a capitalised `Jun` is a person (`Zhang Jun`).
- a known event written after its owner's possessive, `Chiang's Northern Expedition`: the EVENT without the owner.
- a count with `or so` after its number, `a hundred or so German officers`: one QUANTITY, approx `about`.
- a Japanese society written with -kai (会) after its name, `the Mokuyo-kai`, `the Futaba-kai`: ORG (as `-hui`).
- two places joined by a hyphen where one has two words, `the Manchuria-Inner Mongolia region`: each its own place
  (english.place_pairs reads one-word pairs only).
- a translated chronicle that dates by `the 24th day of October` goes on with `the 29th day` for a later day of
  the same month: DATE `29th day` (its month and year from the text), only in a paragraph that has written the
  full form before and never before `of`.

Found from literals (str.find) only; nothing is scanned in a text without them.
"""

from __future__ import annotations

import re

from pipeline.rules.english_ordinal_day_dates import ORDINAL_DAY_RE
from pipeline.rules.scan import literal_finditer, literal_positions
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

PLACE_PRIORITY = 45
ORG_PRIORITY = 62       # above a unit read inside the school's name ('Tokyo Army')
UNIT_PRIORITY = 60
DATE_PRIORITY = 50

_WORD_BEFORE = re.compile(r"(?:^|[^\w'\u2019-])(?P<w>[A-Z][a-z'\u2019]*)[ \t]+$")

# counties: `Lochang hsien`
_COUNTY_NAME = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{0,6}(?:['\u2019][a-z]{1,6})?[a-z]{0,6}"
                          r"(?:-[a-z]{1,7}(?:['\u2019][a-z]{1,6})?)?)[ \t]+$")

# societies: `T'ung-meng-hui`, `Hsing-Chung hui`
_SOCIETY = re.compile(r"(?P<n>[A-Z][A-Za-z]{0,8}(?:['\u2019][a-z]{1,8})?(?:-[A-Za-z]{1,7}(?:['\u2019][a-z]{1,6})?){0,3})"
                      r"(?:-|[ \t]+)$")

# provincial armies: `Yueh-chün`
_PROVINCES = {"Yueh": "粤", "Yüeh": "粤", "Kuei": "桂", "Tien": "滇", "Hsiang": "湘", "Huai": "淮", "Ch'u": "楚",
              "Ch'uan": "川", "Chuan": "川", "Chin": "晋", "Lu": "鲁", "Yü": "豫", "Kan": "赣", "Min": "闽",
              "Che": "浙", "Wan": "皖", "Shan": "陕", "Feng": "奉", "Chi": "冀", "Ch'ien": "黔", "Hsiang-O": "湘鄂"}
_ARMY = re.compile(r"(?<![\w'\u2019-])(?:(?P<q>[A-Z][a-z]{1,6}-[A-Z][a-z]{1,6})[ \t]+)?"
                   r"(?P<p>" + "|".join(sorted((re.escape(p) for p in _PROVINCES), key=longest_first)) +
                   r")-ch[\u00fcu]n(?![\w'\u2019-])")

# aspirated places: `Ch'angte`
_ASPIRATED = re.compile(r"(?<![\w'\u2019-])(?P<n>(?:Ch|K|P|T|Ts|Tz)['\u2019][a-z]{2,9}(?:-[a-z]{2,7}(?:['\u2019][a-z]{1,6})?)?)"
                        r"(?![\w'\u2019-])")

# schools
_SERVICE_WORDS = frozenset("Army Military Naval Navy Cadet Cadets War Artillery Infantry Cavalry Staff Officers "
                           "Officers' Gunnery Aviation Flying Signal Signals Engineering Ordnance Medical".split())
# the grades of the schools of Republican China as translated ('Yueyun Middle School', 'Chu-tzu Primary School')
_GRADE_WORDS = frozenset("Middle Primary Normal High".split())
_SCHOOL_OF = re.compile(r"[ \t]+of[ \t]+[A-Z][a-z]{2,15}(?:[ \t]+and[ \t]+[A-Z][a-z]{2,15})?(?![\w-])")
_SCHOOL_HEADS = ("School", "Academy", "College", "Institute")
_SCHOOL_RUN = re.compile(r"(?<![\w'\u2019-])(?P<run>(?:[A-Z][A-Za-z'\u2019-]{0,20}[ \t]+){1,5})$")

# later days of a translated chronicle: `the 29th day`
_LATER_DAY = re.compile(r"(?<![\w-])(?<=the[ \t])(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \t]+day(?![\w-])"
                        r"(?![ \t]+of\b)(?![ \t]*-)")


def _word_before(text: str, start: int) -> str | None:
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group("w") if m else None


def _counties(text: str, out: list) -> None:
    for at in literal_positions(text, " hsien"):
        end = at + len(" hsien")
        if end < len(text) and (text[end].isalnum() or text[end] in "-'\u2019"):
            continue
        m = _COUNTY_NAME.search(text, max(0, at - 24), at + 1)
        if m is None:
            continue
        out.append(Candidate(m.start("n"), end, "GPE", "rule:en_wg_county", PLACE_PRIORITY, {}))


def romanised_syllables(part: str) -> int:
    """Syllables of a hyphenated romanised name: a glued piece longer than any one syllable counts two."""
    count = 0
    for piece in part.split("-"):
        count += 2 if len(piece.replace("'", "").replace("\u2019", "")) > 6 else 1
    return count


def _societies(text: str, out: list) -> None:
    for at in literal_positions(text, "hui"):
        end = at + 3
        if not at or text[at - 1] not in "- \t" or (end < len(text) and (text[end].isalnum() or text[end] in "-'\u2019")):
            continue
        m = _SOCIETY.search(text, max(0, at - 30), at)
        if m is None or (m.start("n") and (text[m.start("n") - 1].isalnum() or text[m.start("n") - 1] in "-'\u2019")):
            continue
        name = m.group("n")
        if text[at - 1] != "-" and "-" not in name:
            continue                    # `Hsing-Chung hui`: the part before a spaced hui is hyphenated
        if romanised_syllables(name) < 2:
            continue
        before = _word_before(text, m.start("n"))
        if before and before not in ("The", "A") and text[at - 1] == "-" and romanised_syllables(name) < 3:
            continue                    # `Wang Ching-hui`-like: a surname before a two-syllable name
        out.append(Candidate(m.start("n"), end, "ORG", "rule:en_wg_society", 46, {}))


def _provincial_armies(text: str, out: list) -> None:
    for m in _ARMY.finditer(text):
        start = m.start("q") if m.group("q") else m.start("p")
        before = _word_before(text, start)
        if before and before not in ("The", "A", "An", "His", "Its", "Their"):
            continue
        name = _PROVINCES[m.group("p")] + "军"
        norm = {"numbers": [], "echelon": "军", "prefix": "", "side": None, "name": name, "id": None}
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_wg_provincial_army", UNIT_PRIORITY,
                             {**norm, "en_hint": dict(norm)}))   # whose army (Qing, a warlord's, the Republic's): the text's


def _aspirated_places(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    last_end = 0
    # from the apostrophes (str.find), not a scan of every capital: the mark stands after Ch, Ts, Tz, K, P or T
    for at in sorted(literal_positions(text, "'") + literal_positions(text, "\u2019")):
        if at < 1 or at + 1 >= len(text) or not text[at + 1].islower():
            continue
        start = at - 2 if text[max(0, at - 2):at] in ("Ch", "Ts", "Tz") else at - 1 if text[at - 1] in "KPT" else -1
        if start < last_end:
            continue
        m = _ASPIRATED.match(text, start)
        if m is None:
            continue
        last_end = m.end()
        plain = m.group("n").replace("'", "").replace("\u2019", "")
        label, zh = names.get(plain, ("", ""))
        if label not in ("GPE", "LOC") or len(plain) < 6:
            continue
        if _word_before(text, m.start()) not in (None, "The"):
            continue
        out.append(Candidate(m.start(), m.end(), label, "rule:en_wg_aspirated_place", PLACE_PRIORITY, {"zh": zh}))


def _schools(text: str, out: list) -> None:
    from pipeline.rules.english_orgs import org_trim  # noqa: PLC0415

    trim = org_trim()
    for head in _SCHOOL_HEADS:
        for at in literal_positions(text, head):
            end = at + len(head)
            if not at or text[at - 1] not in " \t" or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                continue
            m = _SCHOOL_RUN.search(text, max(0, at - 110), at)
            if m is None:
                continue
            words = m.group("run").split()
            skip = 0
            while skip < len(words) and words[skip] in trim:
                skip += 1
            words = words[skip:]
            if not words or (len(words) == 1 and words[0] in _SERVICE_WORDS):
                continue                # 'the Whampoa, or Huangpu, Military Academy': no name before the head
            if not any(w in _SERVICE_WORDS for w in words):
                tail = _SCHOOL_OF.match(text, end) if head == "School" else None
                if not (head == "School" and (words[-1] in _GRADE_WORDS or tail)):
                    continue
                if tail:
                    end = tail.end()      # 'Nanhua School of Law and Politics'
            start = text.rfind(words[0], m.start("run"), at)
            out.append(Candidate(start, end, "ORG", "rule:en_service_school", ORG_PRIORITY, {}))


_RED_ARMY = re.compile(r"(?<![\w-])(?:Chinese[ \t]+)?Workers['\u2019]?[ \t]+and[ \t]+Peasants['\u2019]?[ \t]+Red[ \t]+Army"
                       r"(?![\w-])")


def _red_army_names(text: str, out: list) -> None:
    """`the Chinese Workers and Peasants Red Army` (中国工农红军), the translated full name: one named force."""
    for m in _RED_ARMY.finditer(text):
        norm = {"numbers": [], "echelon": "", "prefix": "", "side": "CCP", "name": "中国工农红军",
                "id": "CCP/named/中国工农红军"}
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_red_army_full_name", UNIT_PRIORITY + 2,
                             {**norm, "en_hint": dict(norm)}))   # not the side of the word `Chinese`


# a European adviser's name with its nobiliary particle: `Constantin von Hanneken`, `Max von Bauer`
_PARTICLE_NAME = re.compile(r"(?<![\w'\u2019.-])(?P<g>[A-Z][a-z]{2,12})[ \t]+(?:von|van|de|du|von[ \t]+der|van[ \t]+der|van[ \t]+den)"
                            r"[ \t]+[A-Z][a-z]{2,16}(?:-[A-Z][a-z]{2,16})?(?![\w'\u2019-])")
_NOT_GIVEN = frozenset("General Admiral Colonel Major Captain Marshal Lieutenant Baron Count Herr Monsieur Mr Governor "
                       "Minister Envoy Consul Ambassador Prince Duke".split())


def _particle_names(text: str, out: list) -> None:
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    for m in _PARTICLE_NAME.finditer(text):
        given = m.group("g")
        if given in _NOT_GIVEN or common_word(given):
            continue
        out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_particle_full_name", 47, {}))


# a romanised army name after its characters or as a gloss: `Dingwu jun` (定武军), `Xinjian Lujun` (新建陆军),
# `Changbei Jun`: a pinyin word and `jun` (军) written apart, or `Lujun` (陆军) glued
_PINYIN_JUN = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{2,10})[ \t]+(?P<j>jun|Jun|Lujun|lujun)(?![\w'\u2019-])")


def _pinyin_armies(text: str, out: list) -> None:
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    surnames, _ = romanised_syllables()
    for m in _PINYIN_JUN.finditer(text):
        name = m.group("n")
        if m.group("j") == "Jun" and name in surnames:
            continue                    # `Zhang Jun`, `Li Jun`: a person whose given name is 军
        if common_word(name):
            continue
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_pinyin_army_name", UNIT_PRIORITY - 1,
                             {"numbers": [], "echelon": "军", "prefix": "",
                              "en_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))


_OWNER = re.compile(r"[A-Z][a-z]{1,14}['\u2019]s[ \t]+")


def _owned_events(text: str, out: list) -> None:
    """`Chiang's Northern Expedition`: a known event read with its owner's possessive; the owner stays outside (as a
    force's possessive before a unit, an organisation's owner before it)."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for i, c in enumerate(out):
        if c.label != "EVENT" or c.source.startswith("lexicon"):
            continue
        m = _OWNER.match(text, c.start)
        if m is None or m.end() >= c.end:
            continue
        if names.get(text[m.end():c.end], ("",))[0] != "EVENT":
            continue
        out[i] = Candidate(m.end(), c.end, "EVENT", c.source, c.priority, c.norm)


# `a hundred or so German officers`, `200 or so men`: the approximator after the number belongs to the count (rule 9,
# as 左右); the counted noun is its unit, a people's adjective before it included (`German officers`)
_OR_SO = re.compile(r"(?<![\w,.-])(?:(?P<ap>[Aa]bout|[Ss]ome|[Nn]early|[Aa]round)[ \t]+)?"
                    r"(?P<n>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|"
                    r"eighty|ninety)[ \t]+(?:hundred|thousand)|\d{1,3}(?:,\d{3})+|\d{1,3}|[2-9]\d{3}|\d{5,6}|twenty|thirty|forty|fifty|sixty|"
                    r"seventy|eighty|ninety|dozen|a[ \t]+dozen)"
                    r"[ \t]+or[ \t]+so[ \t]+(?P<u>(?:[A-Z][a-z]+[ \t]+)?[a-z]{3,15})(?![\w-])")
_NOT_UNIT = frozenset("of the and that which who were was had have are is in on at to from for with by years".split())


def _or_so_counts(text: str, out: list) -> None:
    for m in _OR_SO.finditer(text):
        if m.group("u").split()[-1] in _NOT_UNIT:
            continue
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_or_so_count", 51, {}))


# Japanese societies in -kai (会): `the Mokuyo-kai`, `the Futaba-kai`, `the Kokuryu-kai`
_KAI = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{3,12}-kai(?![\w'\u2019-])")


def _kai_societies(text: str, out: list) -> None:
    for m in literal_finditer(_KAI, text):
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_kai_society", 46, {}))


# two known places joined by a hyphen, one of them of two words: `the Manchuria-Inner Mongolia region`
_PAIR_LEFT = re.compile(r"(?<![\w'\u2019-])(?P<a>[A-Z][a-z]{2,14}(?:[ \t][A-Z][a-z]{2,14})?)$")
_PAIR_RIGHT = re.compile(r"(?P<b>[A-Z][a-z]{2,14}(?:[ \t][A-Z][a-z]{2,14})?)(?![\w'\u2019-])")


class _Pair:
    """The two sides of a hyphenated pair, read as one match (`group`, `start`, `end` by group name)."""

    def __init__(self, left: re.Match, right: re.Match):
        self._sides = {"a": left, "b": right}

    def group(self, name: str) -> str:
        return self._sides[name].group(name)

    def start(self, name: str) -> int:
        return self._sides[name].start(name)

    def end(self, name: str) -> int:
        return self._sides[name].end(name)


def _two_word_pairs(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    last_end = 0
    # from the hyphens (str.find): a capital right after one, the two names read around it
    for at in sorted(literal_positions(text, "-") + literal_positions(text, "\u2013")):
        if at + 1 >= len(text) or not text[at + 1].isupper() or at < last_end:
            continue
        left = _PAIR_LEFT.search(text, max(last_end, at - 32), at)
        right = _PAIR_RIGHT.match(text, at + 1) if left else None
        if right is None:
            continue
        last_end = right.end()
        m = _Pair(left, right)
        if " " not in m.group("a") and " " not in m.group("b"):
            continue                    # one-word pairs: english.place_pairs
        found = [names.get(m.group(g), ("", "")) for g in ("a", "b")]
        if all(f[0] in ("GPE", "LOC") for f in found):
            for g, f in zip(("a", "b"), found):
                out.append(Candidate(m.start(g), m.end(g), f[0], "rule:en_place_pair2", 46, {"zh": f[1]}))


def _later_days(text: str, out: list) -> None:
    first = ORDINAL_DAY_RE.search(text)
    if first is None:
        return
    for m in _LATER_DAY.finditer(text, first.end()):
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_later_day", DATE_PRIORITY, {}))


def find_wade_giles_forms(text: str, out: list) -> None:
    """Counties in hsien, societies in -hui, provincial -chün armies, aspirated places, service schools, the later
    days of a chronicle (see the module doc)."""
    if " hsien" in text:
        _counties(text, out)
    if "hui" in text:
        _societies(text, out)
    if "-ch" in text:
        _provincial_armies(text, out)
    if "'" in text or "\u2019" in text:
        _aspirated_places(text, out)
    if "School" in text or "Academy" in text or "College" in text or "Institute" in text:
        _schools(text, out)
    if " day of " in text:
        _later_days(text, out)
    if "Peasants" in text:
        _red_army_names(text, out)
    if "s " in text:
        _owned_events(text, out)
    if " or so " in text:
        _or_so_counts(text, out)
    if "-kai" in text:
        _kai_societies(text, out)
    if "-" in text or "\u2013" in text:
        _two_word_pairs(text, out)
    if " von " in text or " van " in text or " de " in text or " du " in text:
        _particle_names(text, out)
    if "jun" in text or "Jun" in text:
        _pinyin_armies(text, out)
