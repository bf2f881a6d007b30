"""Japanese, Korean, Chinese and Vietnamese persons written in romanisation without a title, in English text
(session 9, ennames).

What the other finders leave out (english_persons reads two Japanese-shaped words of four letters or more and
Korean names with a lower-case hyphenated given name; english_bracket_macron_names reads pairs with a macron;
english.py reads
Chinese names in pinyin and Wade-Giles):
- a LISTED Japanese family name (surnames_jp_en.txt, with the spellings without macrons and with oh: Itō, Ito,
  Itoh) and a given name of Japanese syllables, in either order ('Ono Sakae', 'Itoh Sukeyuki', 'Hirobumi Ito');
  where the family name is also a place ('Fukushima Yasumasa') the given name must end like a Japanese given
  name (-masa, -nori, -rō, -suke, -o, -ki ...);
- a Korean family name (surnames_ko_en.txt: Revised Romanization, McCune-Reischauer and customary spellings)
  with a hyphenated given name in any case ('Kim Il-Sung', "Ch'oe Yong-gŏn", "Sŏ Chae-p'il"), two spaced
  syllables after a family name no Chinese name bears ('Paik Sun Yup'), or one syllable in McCune-Reischauer
  ('Kang Kŏn', 'Kwŏn Yul');
- a rank before a name written with macrons ('Admiral Tōgō');
- Chinese names in Wade-Giles with an aspirate apostrophe inside the given name ("Ts'ai T'ing-k'ai", "Liang
  Ch'i-ch'ao"), found from the apostrophe, and in pinyin with tone marks ('Lǐ Hóngzhāng'), both checked against
  english.romanised_syllables (the surnames of surnames_cn.txt and the syllable table romanisation_wg.tsv);
- a listed Vietnamese family name (surnames_vi_en.txt) and two given syllables of Vietnamese shape ('Pham Van Dong',
  'Võ Nguyên Giáp'), not inside a run of capitalised words and not a ship (a hull number after it);
- and, after the full name, the family name alone (east_asian_mentions: 'Paik', 'Ito', 'Saitō', "Ch'i").
Ships ('the battleship Mikasa', 'IJN Nagato'), era names (Meiji, Taishō, Shōwa) and Japanese place words
(-jima, -maru, -gun, -ken) are no persons. Every pattern is a trie of listed family names (or a macron
look-up): nothing runs on text without one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_words
from pipeline.normalize.english import japanese_shaped
from pipeline.rules.english_lexicon import english_names, trie_regex
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PRIORITY = 36
MENTION_PRIORITY = 70      # as english_surnames.SURNAME_PRIORITY: a person's family name beats a place's form
MACRONS = str.maketrans("āēīōūĀĒĪŌŪâêîôûÂÊÎÔÛ", "aeiouAEIOUaeiouAEIOU")
MACRON_CHARS = "āēīōūĀĒĪŌŪ"
# Words after (or before) a Japanese family name that make it no person: era names, place and ship words,
# honorifics and titles written as words.
NOT_GIVEN = frozenset("Meiji Taisho Showa Heisei Reiwa Keio Genroku Tenpo Kansei Bunka Bunsei Kaei Ansei Genji Bunkyu "
                      "Maru Jima Shima Gun Ken Shi Machi Mura Cho Dori Bashi Kawa Gawa Yama Zan San Sama Kun Chan Dono "
                      "Jinja Jingu Taisha Tenno Tennou Hanto Kaikyo Shoto Wan Ko Minato Daimyo Shogun Samurai Ronin "
                      "Sensei Kaigun Rikugun Teikoku Butai Sentai Kantai Chinjufu Kempeitai Kempei Bakufu Shogunate "
                      "Domain Castle Temple Shrine Harbor Harbour Bay Line Maru Sake Sushi Kimono Kamikaze Banzai "
                      "Bushido Zaibatsu Yakuza Tokko Kokutai Shinto Zen Go Judo Karate Sumo Tatami Geisha Shinkansen "
                      "Tomodachi Sakura Ichigo Hachigo Shogo Kogo Ketsu Sho Kiri Hara Seppuku Yokado".split())
SHIP_BEFORE = re.compile(r"(?:\b(?:HMS|HIJMS|IJN|USS|SS|HMAS|battleships?|cruisers?|destroyers?|carriers?|ships?|"
                         r"flagship|gunboats?|liners?|transports?|steamers?|submarines?|frigates?|corvettes?|sloops?|"
                         r"vessels?|class|Maru)|[*_])[ \t]*$", re.I)
# A hull number after a name ('Trần Khánh Dư (HQ-4)', 'Yamato (BB-1)'): a ship named after a person.
HULL_AFTER = re.compile(r"[ \t]*\([A-Z]{1,4}[- ]?\d{1,4}\)")


def _ship(text: str, start: int, end: int) -> bool:
    return HULL_AFTER.match(text, end) is not None or SHIP_BEFORE.search(text, max(0, start - 24), start) is not None


# Endings of Japanese male and female given names (Hepburn, macrons removed): what a given name ends in
# where its family name is also a place ('Fukushima Yasumasa', 'Nagano Osami').
GIVEN_ENDS = ("ichi", "ji", "ro", "roh", "suke", "nori", "hiko", "aki", "mori", "tomo", "masa", "shi", "zo", "kazu",
              "yuki", "taka", "nobu", "hide", "haru", "sada", "tada", "mitsu", "fumi", "naga", "hisa", "shige",
              "tsugu", "kuni", "hei", "emon", "o", "ki", "mi", "ru", "mu", "ko", "ya", "ne", "hira", "tsune", "yasu",
              "toki", "chika", "kiyo", "sumi", "ta", "be", "ma", "to", "yoshi")
JAPANESE_GIVEN_WORD = re.compile(r"[A-ZĀĒĪŌŪ][a-zāēīōū]{2,14}")
# Hepburn syllables with vowels in a row ('Seiichi', 'Shōichi'): what norm_en.japanese_shaped refuses.
HEPBURN_WORD = re.compile(r"(?:(?:(?<=[aiueon])(?:ssh|tch|kk|tt|pp)|ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|f|[kgsztdnhbpmyrw])?"
                          r"[aiueo]n?(?![bcdfghjklmpqrstvwxz]$)){2,8}", re.I)
END = r"(?![\w-]|['\u2019](?!s\b))"    # a word's end; a possessive 's may follow ('Ono Sakae's staff')
# a given name may hold Hepburn's apostrophe after a syllabic n ('Shin'ichi', 'Jun'ichirō')
NEXT_WORD = re.compile(rf"[ \t]+([A-ZĀĒĪŌŪ][a-zāēīōū]{{1,14}}(?:(?<=n)['\u2019][aiueoy][a-zāēīōū]{{1,10}})?){END}")
PREV_WORD = re.compile(r"(?<![\w'\u2019.-])([A-ZĀĒĪŌŪ][a-zāēīōū]{2,14})[ \t]+$")


def _plain(word: str) -> str:
    return word.translate(MACRONS)


@lru_cache(maxsize=1)
def japanese_families() -> frozenset:
    """Every listed family name with and without macrons and with oh for ō (Itō, Ito, Itoh; Ōno, Ono, Ohno)."""
    forms = set()
    for name in read_words("surnames_jp_en.txt"):
        forms.add(name)
        forms.add(_plain(name))
        if "ō" in name.lower():
            forms.add(name.replace("Ō", "Oh").replace("ō", "oh"))
    return frozenset(f for f in forms if f not in NOT_GIVEN)


@lru_cache(maxsize=1)
def korean_families() -> frozenset:
    return frozenset(read_words("surnames_ko_en.txt"))


# Family names no Chinese or English name shares: a Korean name with two spaced syllables ('Paik Sun Yup').
KOREAN_ONLY = frozenset("Kim Gim Paik Paek Baek Park Pak Bak Choi Choe Rhee Jeong Kwon Gwon Yoon Jang Lim Shin Hwang "
                        "Ahn Yoo Ryu Bae Heo Kwak Jeon Chun Hyun Byun Yeom Eom Maeng Seo Suh Sohn Roh Noh".split())
# Korean family names that are English words or common syllables of other names: never found alone.
KOREAN_WORD_FAMILIES = frozenset("O U Oh No Go An Im Son Moon Bang Won Ha Na Ra Ju Gu Ku Um Ki Gi Jo Ko Ho Yu Jin Chin "
                                 "Kong Ham Han Song Do To Mo Bu Pu Uh Nah Gil Kil Bong Pong Ri Jun Sin Sung Mun Tak "
                                 "Gang Chu Cha Chae Yang".split())


# Korean and Japanese administrative suffixes after a hyphen ('Yang Gu-gun', 'Sang Dong-ri'): places, not given names.
PLACE_SUFFIXES = frozenset("gun ri myeon myŏn eup ŭp si shi ken dong tong".split())


def _korean_distinct(word: str) -> bool:
    """A syllable no pinyin or Wade-Giles syllable is: a final k, p, t or l, or the vowels eo, eu, ae, oe, ŏ, ŭ."""
    return re.search(r"(?i)(?:[aeiouŏŭ][kptl]$|eo|eu|ae|oe|ŏ|ŭ)", word) is not None
# A romanised Korean syllable (Revised Romanization, McCune-Reischauer with breves and aspirate apostrophes, and the
# customary English spellings: sung, yup, hee, joo, young, kwon).
KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch'|ch|k'|t'|p'|[kgndtrlmbpsjh])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ee|oo|ou|yŏ|wŏ|ŏ|ŭ|a|e|o|u|i)"
    r"(?:ng|n|m|k|p|t|l)?")


def korean_syllable(word: str) -> bool:
    return KOREAN_SYLLABLE.fullmatch(word.lower().replace("\u2019", "'")) is not None


@lru_cache(maxsize=1)
def _japanese_family_re() -> re.Pattern:
    return guarded(re.compile(rf"(?<![\w'\u2019.-])(?:{trie_regex(sorted(japanese_families()))}){END}"))


@lru_cache(maxsize=1)
def _korean_re() -> re.Pattern:
    return guarded(re.compile(
        rf"(?<![\w'\u2019.-])(?P<fam>{trie_regex(sorted(korean_families()))})[ \t]+"
        r"(?P<g1>(?:Ch|[KPT])['\u2019][a-zŏŭ]{1,5}|[A-ZŎŬ][a-zŏŭ]{0,6})(?:(?P<hy>[-\u2010\u2011])"
        r"(?P<g2>(?:ch|[kpt]|Ch|[KPT])['\u2019][a-zŏŭ]{1,5}|[A-Za-zŏŭŎŬ][a-zŏŭ]{0,6})"
        rf"|[ \t]+(?P<s2>[A-Z][a-zŏŭ]{{0,5}})){{0,1}}{END}"))


def _given_shaped(word: str, strict: bool) -> bool:
    """A Japanese given name: Hepburn syllables (or a macron and 3 letters); with `strict`, a given name's ending."""
    plain = _plain(word).replace("'", "").replace("\u2019", "")
    if word in NOT_GIVEN or plain in NOT_GIVEN:
        return False
    if not (japanese_shaped(plain) or len(plain) > 3 and HEPBURN_WORD.fullmatch(plain)
            or len(plain) == 3 and plain != word and japanese_shaped(plain + "a")):
        return False
    return not strict or plain != word or plain.lower().endswith(GIVEN_ENDS)


def _not_person_name(word: str, names: dict) -> bool:
    found = names.get(word) or names.get(_plain(word))
    return bool(found) and found[0] != "PERSON"


def _japanese_pairs(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_NAME_START, NOT_PERSON_WORDS  # noqa: PLC0415
    from pipeline.rules.english_persons import JAPANESE_TERMS  # noqa: PLC0415

    names = english_names()
    stop = NOT_NAME_START | NOT_PERSON_WORDS | JAPANESE_TERMS
    for m in _japanese_family_re().finditer(text):
        family = m.group()
        if family in stop or SHIP_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        family_place = _not_person_name(family, names)
        nxt = NEXT_WORD.match(text, m.end())
        prev = PREV_WORD.search(text, max(0, m.start() - 20), m.start())
        for other, start, end in ((nxt, m.start(), nxt and nxt.end()), (prev, prev and prev.start(), m.end())):
            if other is None:
                continue
            given = other.group(1)
            if given in stop or given in japanese_families() and other is prev \
                    or _not_person_name(given, names) or not _given_shaped(given, family_place) \
                    or f"{text[start:end]}" in names and names[text[start:end]][0] != "PERSON":
                continue
            if _ship(text, start, end):
                continue
            out.append(Candidate(start, end, "PERSON", "rule:en_japanese_family", PRIORITY))
            break


def _korean_names(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_PERSON_WORDS  # noqa: PLC0415

    names = english_names()
    for m in _korean_re().finditer(text):
        fam, g1, g2, s2 = m.group("fam"), m.group("g1"), m.group("g2"), m.group("s2")
        if g1 in NOT_PERSON_WORDS or not korean_syllable(g1):
            continue
        if g2 is not None:
            ok = korean_syllable(g2) and not g2.isupper() and g2.lower() not in PLACE_SUFFIXES
        elif s2 is not None:
            ok = (fam in KOREAN_ONLY or _korean_distinct(g1) or _korean_distinct(s2)) and korean_syllable(s2) \
                and s2 not in NOT_PERSON_WORDS and not re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 2]) \
                and not _not_person_name(s2, names) and not _not_person_name(g1, names) \
                and f"{g1} {s2}" not in names     # 'Hong Kong'
        else:
            mr = any(ch in fam + g1 for ch in "ŏŭŎŬ'\u2019")
            ok = mr and not _not_person_name(g1, names) and not re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 2])
        if ok and not _not_person_name(m.group(), names) and not _ship(text, m.start(), m.end()):
            out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_korean_family", PRIORITY))


@lru_cache(maxsize=1)
def _rank_macron_re() -> re.Pattern:
    from pipeline.rules.english import RANK  # noqa: PLC0415

    word = r"[A-ZĀĒĪŌŪ][a-zāēīōū]{1,14}"
    return guarded(re.compile(rf"(?<![\w.]){RANK}[ \t]+(?P<name>{word}(?:[ \t]+{word})?)(?![\w'\u2019-])"))


def _rank_macron_names(text: str, out: list) -> None:
    """'Admiral Tōgō', 'General Itō Seiichi': the rank finder reads ASCII names only."""
    for m in _rank_macron_re().finditer(text):
        name = m.group("name")
        if not any(ch in name for ch in MACRON_CHARS) or any(w in NOT_GIVEN or _plain(w) in NOT_GIVEN
                                                              for w in name.split()):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), "PERSON", "rule:en_rank_macron_name", 42))


# ----------------------------------------------------------------------------- Chinese names the other finders miss
# Wade-Giles with an aspirate apostrophe in the given name's first syllable or in both syllables ('Ts'ai T'ing-k'ai',
# 'Liang Ch'i-ch'ao'; english.CHINESE_NAME_RE reads the others), found from the apostrophe.
WG_TAIL = r"[a-zü]{0,5}(?:['\u2019](?!s\b)[a-zü]{1,5})?"     # a syllable after its first letter: 'h'ung', 'sai'
# (a look-ahead: every capitalised word is tried as the surname, 'Later Ts'ai T'ing-k'ai')
WG_NAME_RE = re.compile(rf"(?<![\w'\u2019-])(?=(?P<all>(?P<sur>[A-Z]{WG_TAIL})[ \t]+(?P<given>[A-Z]{WG_TAIL}(?:-[a-z]{WG_TAIL})?)){END})")
# Pinyin with tone marks ('Lǐ Hóngzhāng', 'Zuǒ Zōngtáng'): read without them.
TONE_CHARS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ"
TONE_CHAR_RE = re.compile(f"[{TONE_CHARS}]")
TONED_PAIR_RE = re.compile(r"(?<![\w'\u2019-])(?=(?P<all>(?P<sur>[A-ZĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,5})[ \t]+"
                           r"(?P<given>[A-ZĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,12}))" + END + ")")


def _toneless(word: str) -> str:
    import unicodedata  # noqa: PLC0415

    return "".join(ch for ch in unicodedata.normalize("NFD", word.replace("ü", "v")) if not unicodedata.combining(ch)
                   ).replace("v", "ü")


def _chinese_names(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_PERSON_WORDS, romanised_given, romanised_syllables  # noqa: PLC0415

    surnames, syllables = romanised_syllables()
    names = english_names()
    done = set()
    for quote in ("'", "\u2019"):
        at = text.find(quote)
        while at != -1:
            # an aspirate mark follows ch, k, p, t or ts: 'Ch'i', 'k'ai' (not 'don't', 'Paik's')
            if at and text[at - 1] in "hkptsHKPT" and text[at + 1:at + 2].islower() and text[at + 1:at + 3] != "s " \
                    and at not in done:
                for m in WG_NAME_RE.finditer(text, max(0, at - 24), min(len(text), at + 24)):
                    if not m.start() <= at < m.end("all") or m.start() in done:
                        continue
                    sur = re.sub("['\u2019]", "", m.group("sur")).replace("ü", "u")
                    given = m.group("given")
                    if sur in surnames and given not in NOT_PERSON_WORDS \
                            and romanised_given(given, syllables) and not _not_person_name(m.group("all"), names):
                        out.append(Candidate(m.start(), m.end("all"), "PERSON", "rule:en_wade_giles_name", PRIORITY - 1))
                        done.update(range(m.start(), m.end("all")))
            at = text.find(quote, at + 1)
    if text.isascii():
        return
    seen = set()
    for tone in TONE_CHAR_RE.finditer(text):      # the pairs around each toned letter
        at = tone.start()
        for m in TONED_PAIR_RE.finditer(text, max(0, at - 20), min(len(text), at + 20)):
            if m.start() in seen or not m.start() <= at < m.end("all"):
                continue
            seen.add(m.start())
            sur, given = _toneless(m.group("sur")), _toneless(m.group("given"))
            if sur in surnames and sur not in japanese_families() and romanised_given(given, syllables):
                out.append(Candidate(m.start(), m.end("all"), "PERSON", "rule:en_toned_pinyin_name", PRIORITY - 1))


# ----------------------------------------------------------------------------- Vietnamese names
# A listed Vietnamese family name and two given syllables ('Vo Nguyen Giap', 'Pham Van Dong', 'Võ Nguyên Giáp'); each
# syllable of Vietnamese shape, none a known place or other name, no further capitalised word after them.
VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?"
                         r"(?:uye|uya|oai|oay|uoi|uou|ieu|yeu|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye"
                         r"|[aeiouy])(?:ch|ng|nh|[cmnpt])?")
VI_WORD = r"[A-ZĐÀ-ỹ][a-zà-ỹđ]{0,6}"
PREV_CAPITAL = re.compile(r"[A-ZĐ][\w\u00c0-\u1ef9]*[ \t]+$")


@lru_cache(maxsize=1)
def vietnamese_families() -> frozenset:
    return frozenset(read_words("surnames_vi_en.txt"))


@lru_cache(maxsize=1)
def _vietnamese_re() -> re.Pattern:
    return guarded(re.compile(rf"(?<![\w'\u2019.-])(?=(?P<all>(?P<fam>{trie_regex(sorted(vietnamese_families()))})"
                              rf"[ \t]+(?P<g1>{VI_WORD})[ \t]+(?P<g2>{VI_WORD})){END}(?![ \t]+[A-ZĐ]))"))


def _vietnamese_syllable(word: str) -> bool:
    return VI_SYLLABLE.fullmatch(_toneless(word.replace("đ", "d").replace("Đ", "D")).lower()) is not None


def _inside_capital_run(text: str, start: int, names: dict) -> bool:
    """A capitalised word before `start` that is no sentence's first word, or is a known place or name."""
    prev = PREV_CAPITAL.search(text, max(0, start - 24), start)
    if prev is None:
        return False
    before = text[max(0, prev.start() - 3):prev.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"\u201c(\n" or prev.group().strip() in names


def _vietnamese_names(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_NAME_START, NOT_PERSON_WORDS  # noqa: PLC0415

    names = english_names()
    stop = NOT_NAME_START | NOT_PERSON_WORDS
    for m in _vietnamese_re().finditer(text):
        words = (m.group("g1"), m.group("g2"))
        if any(w in stop or _not_person_name(w, names) or not _vietnamese_syllable(w) for w in words) \
                or m.group("fam") in stop or _not_person_name(m.group("all"), names) \
                or _not_person_name(" ".join(words), names) \
                or _inside_capital_run(text, m.start(), names) \
                or _ship(text, m.start(), m.end("all")):
            continue
        out.append(Candidate(m.start(), m.end("all"), "PERSON", "rule:en_vietnamese_name", PRIORITY))


def find_east_asian_names(text: str, out: list) -> None:
    _japanese_pairs(text, out)
    _korean_names(text, out)
    _chinese_names(text, out)
    _vietnamese_names(text, out)
    if not text.isascii() and any(ch in text for ch in MACRON_CHARS):
        _rank_macron_names(text, out)


# ----------------------------------------------------------------------------- later mentions
def _families_of(name: str) -> tuple[set, set]:
    """(Japanese family names, Korean or Wade-Giles family names) of a PERSON span the other passes may not read
    back (a family name of the second kind is never read before another capitalised word)."""
    parts = name.split()
    japanese, korean = set(), set()
    if len(parts) == 2:
        listed = [p for p in parts if p in japanese_families()]
        if listed and all(p in listed or _given_shaped(p, False) for p in parts):
            japanese.update(listed)
        elif any(ch in name for ch in MACRON_CHARS) and all(_given_shaped(p, False) for p in parts):
            japanese.update(parts)
    if parts and parts[0] in korean_families() and parts[0] not in KOREAN_WORD_FAMILIES and (
            len(parts) == 2 and re.search(r"[-\u2010\u2011]", parts[1]) or len(parts) == 3 and all(map(korean_syllable, parts[1:]))):
        korean.add(parts[0])
    if len(parts) == 2 and re.search("['\u2019]", parts[0]):      # Wade-Giles: 'Ch'i' after 'Ch'i Chi-kuang'
        from pipeline.rules.english import romanised_syllables  # noqa: PLC0415

        if re.sub("['\u2019]", "", parts[0]) in romanised_syllables()[0]:
            korean.add(parts[0])
    for form in list(japanese):
        japanese.add(_plain(form))   # 'Ito' after 'Itō Seiichi'
    return japanese - NOT_GIVEN, korean


def east_asian_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The family name alone after the full name in the same document ('Paik' after 'Paik Sun-yup')."""
    families = set()
    for cand in chosen:
        if cand.label == "PERSON" and " " in text[cand.start:cand.end]:
            japanese, korean = _families_of(text[cand.start:cand.end])
            families |= japanese | korean
    found = []
    for family in sorted(families):
        at = text.find(family)
        while at != -1:
            end = at + len(family)
            before = text[at - 1] if at else " "
            after = text[end:end + 1]
            if not (before.isalnum() or before in "-'\u2019.") and not (after.isalnum() or after == "-") \
                    and not re.match(r"[ \t]+[A-ZĀĒĪŌŪ]", text[end:end + 3]) \
                    and not SHIP_BEFORE.search(text, max(0, at - 24), at) \
                    and not re.search(r"(?i)\b(?:the|a|an)[ \t]+$", text[max(0, at - 6):at]):
                found.append(Candidate(at, end, "PERSON", "rule:en_east_asian_family", MENTION_PRIORITY))
            at = text.find(family, end)
    return found
