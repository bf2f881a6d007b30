"""The first generators of the English finder (wired in pipeline.rules.english `_GENERATORS`), each
`generate(piece, out)` on one paragraph: numbered units (UNIT_RE), names of the English lexicon, known places
joined by a dash, events (code names, lower-case heads, pinyin glosses, `Battle of X`, `X Campaign`), places
(`Empire of X`, compass regions, names with a place suffix) and persons (a name after a rank, a romanised Chinese
name). Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.english_grammar import (CAP, CHINESE_NAME_RE, CODE_NUMBER, COMPASS_GPES, D, DJOIN,
                                            EVENT_HEAD_RE, EVENT_NAME_BEFORE_HEAD, EVENT_RE, JP_CODE_NAME,
                                            NOT_NAME_START, NOT_PERSON_WORDS, ORD, PLACE_SUFFIX_RE, PRIORITY,
                                            RANK_PERSON_RE, REGION_RE, SUFFIX_LABEL, UNIT_RE, EVENT_HEADS)
from pipeline.rules.english_lexicon import OPERATION_CODE_NAMES, english_names, lexicon_spans, trie_regex
from pipeline.rules.english_persons import find_persons_extra
from pipeline.rules.english_syllables import romanised_given, romanised_syllables
from pipeline.rules.scan import guarded, literal_finditer
from pipeline.spans import Candidate


def _trim_article(start: int, end: int, text: str) -> tuple[int, int]:
    if text.startswith("The ", start) and end - start > 4:
        start += 4
    return start, end


def mil_units(text: str, out: list) -> None:
    if "\u2019" in text:      # typographic apostrophe: "4th Queen’s Own Hussars"
        text = text.replace("\u2019", "'")
    for m in UNIT_RE.finditer(text):
        left = text[max(0, m.start() - 40): m.start()]
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit", PRIORITY["MIL_UNIT"],
                             norm_en.normalize_unit_en(m.group(), left)))


_WRAP = re.compile(r"\n(?<=[a-z']\n)(?=[A-Za-z])")   # starts with the line break: re skips to it


# module-level patterns of the functions below (re's cache lookup, and for the ordinal event an
# f-string of ~3,000 characters, were made at every candidate)
_EVENT_HEADS_RE = re.compile(EVENT_HEADS)
_OPEN_END_RE = re.compile(r"\b(?:of|for|at|the)$")
# a campaign or offensive named by its ordinal ('Second Phase Offensive', 'Fifth Encirclement Campaign', 'Third Campaign')
_ORDINAL_EVENT_RE = re.compile(rf"{ORD}\s+(?:Battle|Siege|{CAP}\s+War|World"
                               rf"|(?:{CAP}\s+){{0,2}}(?:Offensive|Campaign|Counteroffensive)$"
                               # guideline 10: an event name keeps its ordinal (the Second Strait Crisis); a name
                               # between ordinal and head (not `First Crisis` alone)
                               rf"|(?:{CAP}\s+){{1,3}}(?:Crisis|Incident|Expedition|Uprising|Rebellion|Revolution|"
                               rf"Conference|Famine|Massacre|Raid|Mutiny|Emergency|Confrontation)$)")
_DASHES_RE = re.compile(f"[{re.escape(chr(0x2010))}-{re.escape(chr(0x2014))}]")
_OWNER_RE = re.compile(r".*['\u2019]s\s+")
_POSSESSIVE_END_RE = re.compile(r"['\u2019]s$")
_NAMED_HEAD_END_RE = re.compile(r"\s(River|Mountains?|Lake|Hills?|Pass|Valley|Plain)$")


def lexicon(text: str, out: list) -> None:
    names = english_names()
    if "\u2019" in text:      # typographic apostrophe: 'People’s Liberation Army' is the listed form
        text = text.replace("\u2019", "'")
    if "\n" in text:          # a hard line break inside a name ('the Tuvan\nPeople's Republic'); the
        text = _WRAP.sub(" ", text)   # paragraphs never hold a blank line (_paragraph_candidates)
    for start, end in lexicon_spans(text):
        found = text[start:end]
        form = _DASHES_RE.sub("-", found)
        label, zh = names.get(form, names.get(found, (None, None)))
        if label is None:
            continue
        if label == "MIL_UNIT":
            norm = norm_en.normalize_unit_en(form, text[max(0, start - 40): start])
        else:
            norm = {"zh": zh}
        out.append(Candidate(start, end, label, f"lexicon:en_{label.lower()}",
                             PRIORITY[label] + 1, norm))


# Known places joined by a hyphen or dash into an unknown compound ('the Kamaing-Myitkyina battle area'):
# each place is its own span (a longer name, 'Kohima–Imphal road', wins over them).
# Not a compound of three or more ('China-Burma-India theater') nor one inside a longer name ('India-China Ferry').
PLACE_PAIR_RE = re.compile(r"(?<![\w-])[A-Z][a-z]{2,20}[-\u2013][A-Z][a-z]{2,20}(?![\w-]|\s+[A-Z])")


def place_pairs(text: str, out: list) -> None:
    names = english_names()
    for m in PLACE_PAIR_RE.finditer(text):
        if re.sub("\u2013", "-", m.group()) in names:
            continue
        parts = list(re.finditer(r"[A-Z][a-z]+", m.group()))
        found = [names.get(p.group(), ("",)) for p in parts]
        if all(f[0] in ("GPE", "LOC") for f in found):
            for p, f in zip(parts, found):
                out.append(Candidate(m.start() + p.start(), m.start() + p.end(), f[0], f"lexicon:en_{f[0].lower()}",
                                     PRIORITY[f[0]], {"zh": f[1]}))


def _event_spans(text: str):
    for m in EVENT_RE.finditer(text):
        yield m.start(), m.end()
        inner = m      # a name cut at a line break hides a name on the lines after it ('Battle of X\nThe Battle of X was')
        while (nl := text.find("\n", inner.start(), inner.end())) != -1 and (inner := EVENT_RE.search(text, nl + 1, m.end() + 200)) \
                and inner.start() < m.end():
            yield inner.start(), inner.end()
    for head in EVENT_HEAD_RE.finditer(text):
        window = max(0, head.start() - 120)
        if head.group().endswith("s") and not head.group().endswith("Crisis"):   # a singular head in -s is no plural
            names = PLURAL_EVENT_BEFORE_HEAD.search(text, window, head.start())
            if names:
                yield names.start(), head.end()
            continue
        name = EVENT_NAME_BEFORE_HEAD.search(text, window, head.start())
        if name:
            yield name.start(), head.end()


@lru_cache(maxsize=1)
def _numbered_code_names_re() -> re.Pattern:
    forms = [form for form, _, numbered in OPERATION_CODE_NAMES if numbered]
    return re.compile(rf"(?<![\w-])(?:{trie_regex(forms)}){CODE_NUMBER}")


# "the Zhejiang-Jiangxi campaign", "the Burma campaign": a lower-case head after a known place name
# or places joined by a dash.
LOWER_EVENT_RE = re.compile(rf"(?<![\w-])(?P<name>{CAP}(?:{DJOIN}{CAP}){{0,3}})\s+(?:campaign|offensive|operations?|crisis|incident"
                            rf"|massacre|uprising)\b")
# The romanised name glossed after 'pinyin:' in an encyclopedia lead ('pinyin: Tái'érzhuāng Huìzhàn',
# 'pinyin: zheganzhanyi'): an EVENT when it ends in a word for a battle, campaign or war.
PINYIN_GLOSS_RE = re.compile(r"\bpinyin:[ \t]*(?P<name>[^\s;:,()\[\]]{1,40}(?:[ \t][^\s;:,()\[\]]{1,40}){0,3})(?=[ \t]*[;),\]])")
PINYIN_EVENT_ENDS = ("zhanyi", "huizhan", "zhanzheng", "zhandou", "shibian", "dazhan", "zuozhan", "baoweizhan",
                     # 海战 naval battle, 之役 'the campaign of', 大捷 victory, 攻坚战 assault, 阻击战 blocking battle, 起义 rising
                     "haizhan", "zhiyi", "dajie", "gongjianzhan", "zujizhan", "qiyi")
# Names coordinated before one plural head ('the Quebec and Cairo Conferences', 'the Changsha and Hengyang
# campaigns' written with capitals): one EVENT (rule 10).
PLURAL_EVENT_BEFORE_HEAD = re.compile(rf"(?<![\w-]){CAP}(?:\s*,\s*{CAP}){{0,3}},?\s+and\s+{CAP}$")


LOWER_CODE_EVENT_RE = re.compile(rf"(?<![\w-]){JP_CODE_NAME}\s+(?:campaign|offensive|operations?)\b")


def events(text: str, out: list) -> None:
    for m in _numbered_code_names_re().finditer(text):
        out.append(Candidate(m.start(), m.end(), "EVENT", "lexicon:en_event", PRIORITY["EVENT"] + 1))
    names = english_names()
    for m in LOWER_EVENT_RE.finditer(text):
        parts = [p for p in re.split(rf"\s*{D}\s*", m.group("name"))]
        if all(names.get(p, ("",))[0] in ("GPE", "LOC") for p in parts) \
                or names.get(m.group("name"), ("",))[0] == "EVENT":   # 'the Ichi-Go offensive'
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event", PRIORITY["EVENT"]))
    for m in LOWER_CODE_EVENT_RE.finditer(text):                   # 'the U Go offensive'
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event", PRIORITY["EVENT"]))
    if "pinyin:" in text:
        import unicodedata  # noqa: PLC0415
        for m in PINYIN_GLOSS_RE.finditer(text):
            bare = "".join(ch for ch in unicodedata.normalize("NFD", m.group("name").lower())
                           if ch.isalpha() and ch.isascii())
            if bare.endswith(PINYIN_EVENT_ENDS):
                out.append(Candidate(m.start("name"), m.end("name"), "EVENT", "rule:en_pinyin_event",
                                     PRIORITY["EVENT"] + 2))
    for m_start, m_end in _event_spans(text):
        start, end = _trim_article(m_start, m_end, text)
        if _EVENT_HEADS_RE.fullmatch(text[start:end]):
            continue      # 'The Operation': a head word without a name
        if "\n" in text[start:end]:       # an infobox line ('Battle of Kohima\nPart of ...') ends the name
            end = text.index("\n", start)
            if _OPEN_END_RE.search(text[start:end].rstrip()) or len(text[start:end].split()) < 2:
                continue
            end = start + len(text[start:end].rstrip())
        first = text[start:end].split()[0]
        if first in NOT_NAME_START and not text.startswith(("Battle", "Operation", "Siege", "Defen"), start) \
                and not _ORDINAL_EVENT_RE.match(text[start:end]):
            # 'the Allied Northern Burma Campaign': the side word stays outside the name
            words = re.finditer(r"\S+", text[start:end])
            kept = [w for w in words]
            while kept and kept[0].group() in NOT_NAME_START:
                kept.pop(0)
            if len(kept) < 2 or not kept[0].group()[0].isupper() or re.fullmatch(ORD, kept[0].group()):
                continue
            start += kept[0].start()
        out.append(Candidate(start, end, "EVENT", "rule:en_event", PRIORITY["EVENT"]))


# A state named with its form of government: 'Empire of Japan', 'Kingdom of Nepal' (the name a known place).
STATE_OF_RE = re.compile(rf"(?<![\w-])(?:Empire|Kingdom|Republic|Union|Commonwealth|Dominion|Principality|Sultanate)"
                         rf"\s+of\s+(?:the\s+)?(?=(?P<name>{CAP}(?:[ \t]+{CAP}){{0,2}})(?![\w-]))")

# A territory named by an Ottoman, Islamic or European word of rule, the name after it any capitalised name (session 28,
# s28enorg: Balkan and Central Asian wars, 'the Sanjak of X', 'the Vilayet of Y', 'the Emirate of Z', 'the Khanate of
# W'): these words name nothing but a governed territory, so the name need not be a known place; one GPE.
TERRITORY_OF_RE = re.compile(rf"(?<![\w-])(?:Sanjak|Sandjak|Vilayet|Eyalet|Pashalik|Pashalic|Beylik|Emirate|Khanate"
                             rf"|Sheikhdom|Shaikhdom|Governorate|Viceroyalty|Grand\s+Duchy|Duchy|Margraviate|Voivodeship)"
                             rf"\s+of\s+(?P<name>{CAP}(?:[ \t]+{CAP}){{0,1}})(?![\w-])")


def _lower_range_not(name: str) -> bool:
    """`the Japanese hills`, `within German range`, `the surrounding hills`: a people's adjective or an everyday word
    before a lower-case `hills`/`heights`/`range` names no place (session 30, s30enper)."""
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415
    from pipeline.rules.english_royal_colonial_units import nationality_words  # noqa: PLC0415

    last = name.split()[-1]
    return last in nationality_words() or common_word(last) or name.split()[0] in ("The", "These", "Those", "Its", "Their", "His", "Her")


def places(text: str, out: list) -> None:
    names = english_names()
    if " of " in text:
        for m in literal_finditer(TERRITORY_OF_RE, text):
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:en_state", PRIORITY["GPE"] + 2))
    for m in STATE_OF_RE.finditer(text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):             # 'Empire of Japan Empire of Japan': the known prefix
            if names.get(" ".join(words[:n]), ("",))[0] == "GPE":
                end = m.start("name") + len(" ".join(words[:n]))
                if text[m.start("name"):end] == " ".join(words[:n]):
                    out.append(Candidate(m.start(), end, "GPE", "rule:en_state", PRIORITY["GPE"] + 2))
                break
    for m in REGION_RE.finditer(text):
        if m.group() not in COMPASS_GPES:
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_region", PRIORITY["LOC"]))
    for m in PLACE_SUFFIX_RE.finditer(text):
        start, end = _trim_article(m.start(), m.end(), text)
        name = m.group("name") or m.group("name2")
        if m.group("suffix") in ("hills", "heights", "range") and _lower_range_not(name):
            continue              # 'the Japanese hills', 'within German range': a people's adjective or a common word (s30enper)
        if m.group("suffix") in ("Kotal", "Darra", "Koh", "Algad", "Tangi") and not re.search(
                r"\b[Tt]he[ \t]+(?:(?:upper|lower|great|little)[ \t]+)?$", text[max(0, m.start() - 16):m.start()]):
            continue              # a frontier landform after `the` only: `Tommy Koh` is a person (s30enper)
        owner = _OWNER_RE.search(text[start:m.end("name")]) if m.group("name") else None
        if owner:                 # "Guadalcanal's Matanikau River": the owner is not part of the name
            start += owner.end()
            name = text[start:m.end("name")]
            if not name.strip():
                continue
        elif _POSSESSIVE_END_RE.search(name) and m.group("suffix") and m.group("suffix").islower():
            continue              # "the Island's road network": an owner and a common noun
        head = _NAMED_HEAD_END_RE.search(name) \
            if m.group("suffix") and m.group("suffix").islower() else None
        if head:                  # "the Han River valley": the named place is "Han River", the valley describes it
            end = m.end("name")
            m_suffix = head.group(1).lower()
        else:
            m_suffix = None
        if name.split()[0] in NOT_NAME_START:
            # 'The Peking–Hankow railway' at a sentence start: the article or side word stays outside
            words = list(re.finditer(r"\S+", name))
            kept = [w for w in words if w.group() not in NOT_NAME_START]
            if not m.group("name") or not kept or kept[0].start() != words[len(words) - len(kept)].start() \
                    or not kept[0].group()[0].isupper():
                continue
            start = m.start("name") + kept[0].start()
            name = name[kept[0].start():]
        suffix = m_suffix or (m.group("suffix") or m.group("pre")).lower()
        suffix = re.sub(r"\s+", " ", suffix)
        if suffix == "state" and not state_name(name):
            continue                  # 'the Soviet state', 'the Free State', 'the Biafran state': no state's own name
        label = SUFFIX_LABEL.get(suffix, "LOC")
        known = names.get(name)
        if known is None:         # 'the Yellow river', 'the Grand canal': the name with its head capitalised (auditen12)
            known = names.get(f"{name} {' '.join(w.capitalize() for w in suffix.split())}")
        if label == "GPE" and suffix in ("region", "district") and (known and known[0] == "LOC" or "-" in name):
            label = "LOC"             # 'the Pacific Region', 'the Asia-Pacific Region': a region without a government
        if suffix in ("airfields", "airports") and name.split()[-1] in _FORCE_WORDS:
            continue                  # 'the Fourteenth Air Force airfields': the force's fields, the force is the name
        if m.group("suffix") == "region" and re.search(r"\w-[A-Z]", name):
            continue                  # 'the Peiping-Tientsin region': two places before a word of extent, each its own
        if m.group("suffix") == "region" and known is not None and known[0] == "GPE":
            continue                  # 'the Hunan region': the province itself, the lexicon's GPE reads it
        if suffix == "region" and m.group("suffix") == "region":
            label = "LOC"             # 'the Vardar region' in lower case: an area, no government (session 28, s28enorg)
        norm = {"zh": known[1]} if known and known[0] in ("GPE", "LOC") else {}
        out.append(Candidate(start, end, label, "rule:en_place", PRIORITY[label] - 1, norm))


# (session 29, s29enname) `X state` / `X State` (a Nigerian, Indian, Burmese, Malayan or Mexican state written with its
# head) is one GPE, as `X province`: only where X names the state itself (english_grammar.PLACE_SUFFIX_RE reads it).
_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|ic|ist|ern|ary)$")


def state_name(name: str) -> bool:
    """A name before `state`/`State` that names the state itself: no word of it an everyday word, a people's or
    a party's adjective (`Soviet`, `Biafran`, `Communist`), a nationality or a month (session 29, s29enname)."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    from pipeline.rules.english_place_context import STOP, common_word  # noqa: PLC0415

    words = name.split()
    parts = [p for w in words for p in w.split("-")]       # 'Japanese-controlled': a qualifier, not a name
    return not any(common_word(w) or w in STOP or w in demonyms() for w in parts) \
        and not _ADJECTIVE_END.search(words[-1]) and names_known_label(name) in ("", "GPE")


def names_known_label(name: str) -> str:
    return english_names().get(name, ("",))[0]


# the last word of a force's name before the plural airfields/airports it uses (session 28, s28enorg)
_FORCE_WORDS = frozenset("Force Forces Army Armies Corps Navy Command Group Wing Division Squadron Fleet".split())
_TOKEN = re.compile(r"\S+")
_QUOTE_MARK = re.compile(r"[\u2019']")


def persons(text: str, out: list) -> None:
    surnames, syllables = romanised_syllables()
    find_persons_extra(text, out)
    for m in RANK_PERSON_RE.finditer(text):
        tokens = m.group("name").split()
        while tokens and (tokens[-1] in NOT_PERSON_WORDS or tokens[-1].endswith(".") and len(tokens[-1]) > 2):
            tokens.pop()
        if not tokens or tokens[0] in NOT_PERSON_WORDS:
            continue
        while tokens and tokens[-1].endswith(".") and len(tokens[-1]) == 2:
            tokens.pop()
        if not tokens:
            continue
        start = m.start("name")
        end = start + list(_TOKEN.finditer(m.group("name")))[len(tokens) - 1].end()
        # after a rank a name beats a place of the same form ('Lt Gen Sakai' is no city)
        out.append(Candidate(start, end, "PERSON", "rule:en_rank_person", PRIORITY["PERSON"] + 4))
    for m in CHINESE_NAME_RE.finditer(text):
        given = m.group("given")
        if _QUOTE_MARK.sub("", m.group("sur")).replace("ü", "u") not in surnames or given in NOT_PERSON_WORDS:
            continue
        if " " in given:
            if not all(w.lower() in syllables and w not in NOT_PERSON_WORDS for w in given.split()):
                given = given.split()[0]          # 'Sun Li' of 'Sun Li Jen' is tried alone
                if not romanised_given(given, syllables):
                    continue
        elif not romanised_given(given, syllables):
            continue
        end = m.start("given") + len(given)
        out.append(Candidate(m.start(), end, "PERSON", "rule:en_chinese_name", PRIORITY["PERSON"] - 4))


# first-character guard (pipeline.rules.scan.guarded): the same matches, fewer tries
STATE_OF_RE = guarded(STATE_OF_RE)
