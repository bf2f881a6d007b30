"""Villages that the way Chinese writes an address or a birthplace vouches for (GPE), read from two frames.

- a village right after its township: …X镇/X乡 + NAME + 村/屯/庄 (团旺镇东岚村, 城关镇南关村, 石桥乡白杨屯): an address is
  written from the larger to the smaller, so the 2-4 characters between the township's 镇/乡 and the settlement
  head are the village's name — directions included (东岚村: the address-chain reader keeps direction characters
  out of bare names, for 宁国以东);
- a birthplace: NAME + 村人/庄人/屯人 after a clause mark or 是/系/为 (王德胜（柳树村人、保长）, 他是南关村人): memoirs
  and gazetteers describe a person by the village he comes from.

The name holds no function, numeral, pronoun or unit character (place_frames' stop set) and no ordinary word
that is no noun (附近, 所在, 各个: 镇附近村庄 stays out); the township before is no ordinary word (乡村, 城镇, 家乡).
Priority 31 outranks a lexicon reading inside (镇南关 LOC, 柏林 GPE in 柏林村人). Cost: str.find of 村, 屯, 庄
and a few look-ups where one is found.
"""

from __future__ import annotations

from pipeline.rules.local_places import POSITION_FIRST
from pipeline.rules.names_common import word_info
from pipeline.rules.place_frames import STOP
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-village-frame", 31
_HEADS = "村屯庄"
_TOWN = "镇乡"
_BIRTH_BEFORE = set("，,。、；;：:（(）) \u3000\n是系为")
_BIRTH_AFTER = set("，,。、；;：:（(）)")
_NOT_NOUN = ("f", "v", "d", "p", "r", "m", "q", "c", "u", "a", "t")


# a position or size that opens a village name of three characters or more (下松岭沟村, 上河湾村, 东王庄村; s29zhplace):
# local_places' positions of a village beside its namesake, and 大/小
_POSITION_FIRST = frozenset(POSITION_FIRST + "大小")


def _name_ok(name: str) -> bool:
    inner = name[1:] if len(name) >= 3 and name[0] in _POSITION_FIRST else name
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or any(ch in STOP for ch in inner):
        return False
    for k in range(len(name) - 1):
        entry = word_info().get(name[k:k + 2])
        if entry and entry[0] >= 20 and entry[1].startswith(_NOT_NOUN):
            return False    # 附近, 所在, 各个: a clause word, no village name
    return True


def _town_ok(text: str, at: int) -> bool:
    """text[at] is 镇/乡 ending a township's name, not an ordinary word (乡村, 城镇, 家乡, 下乡)."""
    if at < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in text[at - 2:at]):
        return False
    if text[at - 1:at + 1] == "乡镇" and text[at - 2] not in STOP:
        return True         # 南乡镇高玉村: a town named X乡 with its 镇, not the word 乡镇 (auditzh24)
    entry = word_info().get(text[at - 1:at + 1])
    return not (entry and entry[0] >= 20 and not entry[1].startswith("ns"))


def find_village_frames(text: str) -> list[Candidate]:
    """GPE candidates of villages in an address or a birthplace (see the module doc)."""
    out: list[Candidate] = []
    for head in _HEADS:
        for at in literal_positions(text, head):
            if at < 3:
                continue
            done = False
            for size in (2, 3, 4):              # the township's 镇/乡 right before the name (4: 某乡下松岭沟村, s29zhplace)
                start = at - size
                if text[start - 1] in _TOWN and text[start] not in _TOWN and _town_ok(text, start - 1) \
                        and _name_ok(text[start:at]):
                    out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY, {"id": None}))
                    done = True
                    break
            if done or text[at + 1:at + 2] != "人" or text[at + 2:at + 3] not in _BIRTH_AFTER:
                continue
            for size in (2, 3):                 # a birthplace: …，NAME村人、
                start = at - size
                if start >= 1 and text[start - 1] in _BIRTH_BEFORE and _name_ok(text[start:at]):
                    out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY, {"id": None}))
                    break
    return out
