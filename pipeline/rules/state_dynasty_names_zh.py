"""States named with their word of state: `X帝国` and `X王朝` (session 30, s30zhgeo: Chinese GPE/LOC audit of Qing,
Mongol, Tibetan and Xinjiang passages). Grammar, no list of names but the dynasties' one-character names.

- An empire written after its state's name (`大清帝国`, `俄罗斯帝国`, `蒙古帝国`, `奥斯曼帝国`): one GPE over the name
  and 帝国 (guideline: a historical state is a GPE; an empire named by its people's adjective is one GPE, as
  `Burmese Empire`), where the gazetteer read the state alone (`大清` of `大清帝国`, `罗马` of `罗马帝国`) or nothing.
  The name is a state or city the gazetteer holds as GPE, `大` + a dynasty's one-character name (大清, 大明, 大英,
  大韩), 蒙古, or two to four transliteration characters (奥斯曼, 阿拔斯). Not before 主义 (`日本帝国主义`: the country
  alone, commemoration_forms_zh) nor before the word of a body it names (帝国大学, 帝国海军, 帝国议会 …). A 大
  before the name belongs to it (`大日本帝国`).
- A dynasty written with 王朝 (`清王朝`, `满清王朝`, `明王朝`): one GPE (the project's reading: dynasty states are GPE like
  清朝), where the person finder read `明王朝` as a name and the gazetteer read nothing. The dynasty is its
  one-character name, after 大/前/后/东/西/南/北/满 or alone; not where the character before it makes a word with the
  dynasty's character (说明王朝, 澄清王朝: 说明 + 王朝).

Priority 30 (the gazetteer's, whose shorter reading it outruns by length; above the person heuristics; a longer quoted state
(`“蒙古大元帝国”`, place_quoted_states) keeps its whole name).
Cost: str.find of 帝国 and 王朝; a few look-ups at each.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word
from pipeline.rules.place_reading_checks import transliteration_chars
from pipeline.spans import Candidate

PRIORITY = 30
SOURCE = "rule:state-dynasty-name"
_DYNASTIES = "夏商周秦汉晋隋唐宋辽金元明清"
_GREAT_STATE_RE = re.compile(f"大[{_DYNASTIES}英韩]")
_DYNASTY_RE = re.compile(f"[大前后东西南北满]?[{_DYNASTIES}]")
# the words of a body or force an empire's name begins (东京帝国大学, 帝国海军): not the state
_BODY_AFTER = ("主义", "大学", "海军", "陆军", "空军", "议会", "政府", "宪法", "大本营", "银行", "军", "学院",
               "图书馆", "博物馆", "饭店", "酒店", "剧院", "时代")
_CJK = "\u4e00-\u9fff"


def _state_name(name: str) -> bool:
    entry = place_lexicon().get(name)
    if entry is not None and getattr(entry, "label", "") == "GPE":
        return True
    if _GREAT_STATE_RE.fullmatch(name) or name == "蒙古":
        return True
    translit = transliteration_chars()
    return len(name) >= 2 and all(c in translit for c in name)


def _glued(text: str, start: int) -> bool:
    """The character before the name makes a word with its first one (说明, 澄清)."""
    return start > 0 and is_common_word(text[start - 1:start + 1], 50, ("nr", "ns"))


def find_state_dynasty_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    pos = text.find("帝国")
    while pos >= 0:
        end = pos + 2
        if not text.startswith(_BODY_AFTER, end):
            for size in (4, 3, 2):
                start = pos - size
                if start < 0 or not re.fullmatch(f"[{_CJK}]+", text[start:pos]):
                    continue
                if _state_name(text[start:pos]) and not _glued(text, start):
                    if start > 0 and text[start - 1] == "大":
                        start -= 1      # 大日本帝国, 大英帝国: the state's formal name keeps 大
                    out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, {"id": None}))
                    break
        pos = text.find("帝国", end)
    pos = text.find("王朝")
    while pos >= 0:
        end = pos + 2
        for size in (2, 1):
            start = pos - size
            if start < 0 or not _DYNASTY_RE.fullmatch(text, start, pos):
                continue
            if not _glued(text, start):
                out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, {"id": None}))
            break
        pos = text.find("王朝", end)
    return out
