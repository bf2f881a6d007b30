"""Heritage sites and parks named with the places, events and bodies they keep (session 24, s24zhloc: a precision
audit of GPE/LOC/FAC spans on fresh real passages — heritage registers, fort and battlefield pages, travel notes).
Grammar over the place lexicon; no list of names.

- A site in 旧址/遗址 (`甲乙丙山抗英遗址`, `甲乙里抗英斗争旧址`, `某某炮台遗址`, `某国联军营盘旧址`, `甲乙天王府遗址`) is one
  FAC over the places, events, bodies and buildings written before it (guideline 6: a place inside a longer FAC
  name belongs to it; the docs' reading of session 22: a site named by the force or body it housed is one FAC).
  The name is read back from the head over Chinese characters to a clause mark, 的 or a function character (是, 在,
  了, 和, 座 …), and starts after the last verb of naming, building or visiting inside that run (`国务院公布|甲乙…遗址`,
  `改建成|某某公园`); a run cut by the reach of 12 characters starts at the first place the lexicon knows in it. The
  name holds a word of a named happening (抗英, 抗法, 抗日, 起义, 斗争, 战争, 战役, 会议 …) or of a building (营盘, 王府,
  堂, 庙, 寺, 祠, 衙署 …) after at least two characters of name, so a kind (`革命遗址`, `古城遗址`, `该遗址`) is no name.
  A site whose name ends in a fort's head is the fort's remains (`某某炮台遗址` → FAC `某某炮台`, as real-dev7 reads it).
- A memorial, cemetery or mass grave named by what it keeps (`某某抗英烈士纪念碑`, `某国军公墓`, `某某万人坑`, `某某抗战
  纪念城`, `某某陵园`) is one FAC over its name read the same way (the development sets read `抗战阵亡将士纪念碑` and
  `…遇难同胞纪念碑` so); a bare head or a kind (`烈士纪念碑`, `这座纪念碑`, `修建了纪念碑`) is no name: as in
  site_names_zh (session 16, whose sites need a subject word), a name needs two characters besides the words every
  memorial holds (`革命烈士纪念碑`, `抗日烈士纪念碑`: site_names_zh.GENERIC_WORDS); a site (旧址/遗址) too.
- A park (`甲乙山公园`, `某某战争遗址公园`) is one FAC over its name of 2–10 characters read the same way, also outside
  the address chains site_names_zh reads; a kind of park is no name (site_names_zh.NOT_PARK: 森林, 湿地, 城市, 人民 …,
  `城市森林公园`, `人民公园`; an ordinary word before it, `市区公园`). A known place written right before the
  name stays inside (`甲乙中山公园`, as the development sets read it).

Priority 46 (above the FAC rules' 45, whose shorter `某某炮台` or EVENT inside the site would win otherwise).
Cost: str.find of 旧址, 遗址, 公园 and the memorial heads; each hit reads at most 12 characters back.
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, is_han
from pipeline.rules.site_names_zh import GENERIC_WORDS   # 革命, 烈士, 抗日 …: words every memorial holds (session 16)
from pipeline.rules.site_names_zh import NOT_PARK        # 森林, 湿地, 城市, 人民 …: a kind of park (session 16)
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:heritage-site", 46
_REACH = 12
# characters that end a name read back from its head: function words, pronouns, measure words of sites
_STOPS = frozenset("的了着过是在于为和与及或把被对从到向有即称也都又并其该这那此各每座处个所以而就还已曾仍均皆"
                   "在位至自由经")
_EVENT_WORDS = ("抗英", "抗法", "抗日", "抗倭", "抗俄", "平英", "起义", "斗争", "战争", "战役", "会议", "保卫战", "事件",
                "运动", "销烟", "阻击战", "战场")
_BUILDING_WORDS = ("炮台", "营盘", "王府", "府", "堂", "庙", "寺", "祠", "衙署", "衙门", "书院", "池", "坛口", "城", "关",
                   "营", "馆", "墓", "寨", "堡", "台")
# verbs of naming, building or visiting that stand before a site's name (the name starts after them)
_VERBS = ("公布", "列为", "矗立", "竖立", "耸立", "屹立", "立有", "改建成", "改建为", "建成", "辟为", "改为", "修建", "建设", "兴建", "开辟", "成为", "命名为", "称为",
          "改称", "位于", "前往", "来到", "参观", "游览", "建有", "设有", "发现", "寻访", "修复", "瞻仰", "拜谒", "包括",
          "入选", "设立", "落成", "发掘", "重修", "整修", "走进", "进入")
# a site whose name ends in a fort's head is that fort's remains: the FAC finders read the fort (`某某炮台遗址` → 某某炮台)
_STRUCTURE_ENDS = ("炮台", "砲台", "要塞", "城堡", "堡垒")
# memorials, cemeteries and mass graves named by what they keep (`某某抗英烈士纪念碑`, `法军公墓`, `某某万人坑`)
_MEMORIAL_HEADS = ("纪念碑", "纪念馆", "纪念城", "纪念园", "纪念亭", "纪念塔", "纪念堂", "陵园", "公墓", "墓园", "古墓群",
                   "墓群", "万人坟", "万人坑")
_MEMORIAL_KINDS = frozenset(("烈士", "革命", "一座", "这座", "那座", "新建", "一个", "古代", "大型", "小型", "附近", "当地"))
_PARK_KINDS = frozenset(("城市", "国家", "主题", "湿地", "郊野", "森林", "地质", "生态", "文化", "体育", "海洋", "儿童乐",
                         "遗址", "国家森林", "国家湿地", "国家地质", "公共", "街心", "社区", "大型", "小型", "一个", "一座"))


def _run_start(text: str, head: int) -> tuple[int, bool]:
    """Start of the run of name characters before `head`, and whether it opens at a boundary (not the reach)."""
    left = head
    while left > 0 and head - left < _REACH:
        ch = text[left - 1]
        if not is_han(ch) or ch in _STOPS:
            return left, True
        left -= 1
    return left, left == 0


def _first_place(text: str, start: int, head: int, lexicon) -> int:
    """The first position in [start, head-1) where a place of 2-4 characters the lexicon knows begins (-1: none)."""
    for p in range(start, head - 1):
        for size in (4, 3, 2):
            if p + size <= head and text[p:p + size] in lexicon:
                return p
    return -1


def _after_verbs(text: str, start: int, head: int) -> int:
    """The position right after the last verb of naming, building or visiting in text[start:head] (start: none)."""
    best = start
    for verb in _VERBS:
        at = text.find(verb, start, head)
        while at != -1:
            best = max(best, at + len(verb))
            at = text.find(verb, at + 1, head)
    return best


def _site(text: str, head: int, head_end: int, lexicon, park: bool, kinds: frozenset = frozenset()) -> Candidate | None:
    start, at_boundary = _run_start(text, head)
    after = _after_verbs(text, start, head)
    place = -1
    if after > start:
        start = after            # 国务院公布|甲乙…遗址, 改建成|甲乙公园: the verb stays out
    elif not at_boundary:
        place = _first_place(text, start, head, lexicon)
        if place == -1:
            return None
        start = place
    stem = text[start:head]
    if len(stem) < 2 or not park and stem.endswith(_STRUCTURE_ENDS):
        return None              # 某某炮台遗址: the fort's remains, the fort finder reads 某某炮台 (real-dev7)
    if kinds and len(GENERIC_WORDS.sub("", stem)) < 2:
        return None              # 革命烈士纪念碑, 抗日烈士纪念碑: a kind (site_names_zh reads it so)
    if park:
        if stem in (kinds or _PARK_KINDS) or len(stem) > 10 or not kinds and (NOT_PARK.search(stem)
                                                                                or is_common_word(stem, 2000)):
            return None
    elif not any(stem.find(w, 2) != -1 for w in _EVENT_WORDS + _BUILDING_WORDS):
        return None      # 革命遗址, 古城遗址: a kind of site, no name
    return Candidate(start, head_end, "FAC", SOURCE, PRIORITY)


def find_heritage_site_names(text: str) -> list[Candidate]:
    """Candidates of the readings above in `text` (working text, Simplified)."""
    out: list[Candidate] = []
    if "址" not in text and "公园" not in text and "纪念" not in text and "墓" not in text and "陵园" not in text \
            and "万人" not in text:
        return out
    lexicon = place_lexicon()
    for head_word in ("旧址", "遗址"):
        at = text.find(head_word)
        while at != -1:
            end = at + 2
            if text.startswith("公园", end):
                end += 2          # 某某战争遗址公园: the park is the site
            cand = _site(text, at, end, lexicon, park=False, kinds=_MEMORIAL_KINDS)
            if cand is not None:
                out.append(cand)
            at = text.find(head_word, at + 2)
    for head_word in _MEMORIAL_HEADS:
        at = text.find(head_word)
        while at != -1:
            cand = _site(text, at, at + len(head_word), lexicon, park=True, kinds=_MEMORIAL_KINDS)
            if cand is not None:
                out.append(cand)
            at = text.find(head_word, at + len(head_word))
    at = text.find("公园")
    while at != -1:
        if not (at >= 2 and text[at - 2:at] == "遗址"):
            cand = _site(text, at, at + 2, lexicon, park=True)
            if cand is not None:
                out.append(cand)
        at = text.find("公园", at + 2)
    return out
