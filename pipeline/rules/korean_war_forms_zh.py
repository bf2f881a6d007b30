"""Forms of Chinese pages on the Korean War and the PLA's operations of 1949-1955 (session 15 audit, auditzh32):
encyclopedia pages, 志愿军 unit histories, veterans' memoirs and translated Western accounts.

- Latin-script names beside a Chinese rank or post. Translated accounts of the war keep the American and British
  officers' names in Latin letters: `第3营的John Smith少校和Peter K.Brown上尉`, `23团团长Freeman`, `中尉Guy Temple带领`.
  No Chinese finder reads Latin letters and the English layer needs an English sentence around the name, so none
  was tagged. A name is one to four capitalised words or initials (`K.` with or without a space after it, `McNair`
  one word) ending in a word; it is a PERSON where a rank or post word (上将 … 少尉, 将军, 军士, 团长 … 班长, 司令,
  总统) stands right after it or right before it. A run of capitals (USS, UN) is no word, and a name holding a
  word of a formation's or a state's name (Army, Division, Korea …: `Eighth Army司令`) is no person.
- Coordinated hill heights sharing one 高地: `攻占235和314高地`, `夺回281.2、394.8高地`. Only the last height was read
  as a hill and the others as bare counts; the guideline's rule 4 (a coordinated list sharing one head word is one
  span) gives one LOC from the first height to 高地. Heights are 2-4 digits with an optional decimal, joined by
  、/和/及/与; a height glued to another number or after 第/年/月 is left alone.
- Squads (班) in a memoir's chain of designations: `87团3营9连1排3班`, `三连二班`. The unit grammar stops at 排, so the
  squad became a bare count; a chain of one or more numbered echelons (军 … 排) followed by a numbered 班 is one
  MIL_UNIT (rule 3), echelon 班, and a numbered 班 right before 班长/副班长 (`3班班长王某`) is a MIL_UNIT too. 班 followed
  by 长/车/次/级/机/主/底/子/组 (班长 alone, 班车, 班次) is no squad. Once a squad is read, its number with 班 alone
  elsewhere (`1班的阵地`) is that squad again.

- Lettered companies of the American army and marines, as translated accounts write them: `陆战一师1团G连`,
  `陆军第十工兵营D连`, `E连`. The letter stopped the unit grammar (the parent was read alone, the company not at all):
  a capital (A-H, K-Z: no I or J, as the US Army lettered them) before 连 is a company, one MIL_UNIT with the
  numbered parents written before it (rule 3); numbers are the parents' (the letter is no number).

`find_korean_war_forms(text)` (working text, Simplified) proposes PERSON priority 40, LOC priority 50, MIL_UNIT
priority 66. Cost: one regex search for a capital letter, one str.find for 高地 and one for 班; each regex runs
only where its anchor is in the text.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import run_back_finditer
from pipeline.spans import Candidate

# --- Latin-script names beside a rank or post
_RANKS = ("上将|中将|少将|准将|大将|上校|中校|少校|大校|上尉|中尉|少尉|大尉|将军|元帅|军士长|上士|中士|下士|列兵"
          "|总司令|司令官|司令|军长|师长|旅长|团长|营长|连长|排长|班长|参谋长|总统|首相|大使")
_WORD = "[A-Z][a-z]+(?:[A-Z][a-z]+)?"     # Smith, McNair
_NAME = f"(?:(?:{_WORD}|[A-Z]\\.) ?){{0,3}}{_WORD}"
_NAME_RANK_RE = re.compile(f"(?<![A-Za-z.'-])({_NAME}) ?(?={_RANKS})")
_RANK_NAME_RE = re.compile(f"(?<=[上中少大准]将|[上中少大]校|[上中少大]尉|将军|元帅|[上中下]士|列兵|司令|[军师旅团营连排班谋]长|总统)"
                           f" ?({_NAME})(?![A-Za-z.'-])")
_HAS_CAPITAL_RE = re.compile("[A-Z][a-z]")
_HAS_LETTER_COMPANY_RE = re.compile("[A-HK-Z]连")
# words of a formation's, a ship's or a state's name, never of a person's (Eighth Army司令, Missouri号舰长)
_NOT_NAME_WORDS = frozenset("Army Corps Division Regiment Brigade Battalion Company Battery Fleet Force Forces Command "
                            "Group Squadron Wing Navy Marine Marines Cavalry Infantry Airborne Royal United States "
                            "Nations Republic Korea Korean China Chinese Japan American British Eighth Tenth The "
                            "Task Combat Team".split())

# --- coordinated hill heights
_HEIGHT = "[0-9]{2,4}(?:\\.[0-9]{1,2})?"
_HILL_LIST_RE = re.compile(f"(?<![0-9.第年月日号])({_HEIGHT}(?:(?:、|和|及|与){_HEIGHT}){{1,5}})高地")

# --- squads at the end of a chain of designations
_N = "(?:[0-9]{1,4}|[一二三四五六七八九十〇百]{1,4})"
_PART_RE = re.compile(f"第?({_N})(军|师|旅|团|营|连|排|班)")
_SQUAD_CHAIN_RE = re.compile(f"(?<![0-9一二三四五六七八九十〇百第])(?:第?{_N}(?:军|师|旅|团|营|连|排)){{1,6}}第?{_N}班"
                             f"(?![长车次级机主底子组])")
# --- lettered companies of the American army and marines (陆战一师1团G连, 第十工兵营D连, E连)
_SERVICE = "(?:陆战|步兵|骑兵|工兵|炮兵|坦克)"
_LETTER_PART_RE = re.compile(f"第?({_N}){_SERVICE}?(?:师|团|营|旅)")
_LETTER_COMPANY_RE = re.compile(f"(?<![A-Za-z0-9])(?P<chain>(?:陆军)?(?P<prefix>{_SERVICE})?(?:第?{_N}{_SERVICE}?(?:师|团|营|旅)){{1,3}})?"
                                f"(?<![A-Za-z])[A-HK-Z]连(?![续接同带环锁夜日])")
_SQUAD_LEADER_RE = re.compile(f"(?<![0-9一二三四五六七八九十〇百第军师旅团营连排])第?{_N}班(?=班长|副班长)")
# every character both squad patterns hold before their 班 (scan.run_back_finditer reads them back from each 班)
_SQUAD_CHARS = "0123456789一二三四五六七八九十〇百第军师旅团营连排"


def latin_ranked_names(text: str) -> list[Candidate]:
    """PERSON candidates for Latin-script names beside a Chinese rank or post (see the module doc). A paragraph
    holding Latin words is a mixed run, where the Chinese finders' all-ASCII finds are dropped: the English finder
    runs this too (english_cjk_ranked_names)."""
    out: list[Candidate] = []
    if _HAS_CAPITAL_RE.search(text):
        for regex in (_NAME_RANK_RE, _RANK_NAME_RE):
            for m in regex.finditer(text):
                if not _NOT_NAME_WORDS.intersection(re.split("[ .]+", m.group(1))):
                    out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-latin-ranked", 40))
    return out


def find_korean_war_forms(text: str) -> list[Candidate]:
    out: list[Candidate] = latin_ranked_names(text)
    if text.find("高地") != -1:
        for m in _HILL_LIST_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:hill-list", 50))
    if text.find("连") != -1 and _HAS_LETTER_COMPANY_RE.search(text):
        from pipeline.normalize.units import parse_number

        for m in _LETTER_COMPANY_RE.finditer(text):
            chain = m.group("chain") or ""
            numbers = [parse_number(n) for n in _LETTER_PART_RE.findall(chain)]
            if not all(numbers):
                continue
            hint = {"unit_hint": {"numbers": numbers, "echelon": "连", "prefix": m.group("prefix") or ""}}
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-lettered-company", 66, norm=hint))
    if text.find("班") != -1:
        from pipeline.normalize.units import parse_number

        squads: set[str] = set()
        for regex in (_SQUAD_CHAIN_RE, _SQUAD_LEADER_RE):
            for m in run_back_finditer(regex, text, "班", _SQUAD_CHARS):
                numbers = [parse_number(n) for n, _ in _PART_RE.findall(m.group(0))]
                if not numbers or not all(numbers):
                    continue
                hint = {"unit_hint": {"numbers": numbers, "echelon": "班", "prefix": ""}}
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-squad", 66, norm=hint))
                squads.add(_PART_RE.findall(m.group(0))[-1][0])
        for number in squads:     # the squad named again alone (1班的阵地): the same squad
            for m in re.finditer(f"(?<![0-9一二三四五六七八九十〇百第军师旅团营连排]){re.escape(number)}班(?![长车次级机主底子组])",
                                 text):
                hint = {"unit_hint": {"numbers": [parse_number(number)], "echelon": "班", "prefix": ""}}
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-squad", 66, norm=hint))
    return out
