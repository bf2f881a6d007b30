"""PERSON names read from names already found in the same document, for persons.find_persons: courtesy
and former names after a name (张某，字某某), later and earlier mentions of a name found by a heuristic,
names jieba's dictionary knows where nothing else was found (person_dictionary), further members of a
list next to a found name (孙某、池某、车某部), and a bare surname standing for a person named in full
earlier (史迪威与蒋间). _named_thing_follows: a name followed by 路, 舰, 主义 … names a thing, not a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.literal_matches import literal_matches
from pipeline.rules.names_common import overlaps, glued_into_word, is_common_word, known_places, surnames
from pipeline.rules.person_name_ends import chinese_name_end, stops_at
from pipeline.rules.person_titled_names import BEFORE_OK, TITLE_RE
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import guarded
from pipeline.lexicons import longest_first

# Courtesy and other names given after a person's name: 张某，字某某，号某某; 张某（字某某）. Session 24 (s24zhper):
# the further fields of a biography, a gazetteer's 人物 entry, a genealogy or a martyr's record, in both scripts —
# the clan-generation name (派名, 谱名, 族名), the examination name (榜名), the nickname (外号, 绰号, 诨名), the other and
# later art names and courtesy names (别号, 亦号, 又号, 晚号, 自号, 一字, 别字, 又字, 亦字, 曾名). 一字/又字 are read only
# here, in the chain after a name or another of its names (一字排开 after no name is no field). Working text: Simplified.
# Session 29 (s29zhper): the formal given name after a religious or other name (`释某某，名甲乙，一字丙丁`), the bare 名
# in the same chain (名扬, 名叫, 名为: the cue and the next character an ordinary word, no field).
_COURTESY_RE = re.compile(
    "(?:（[^（）\n]{0,30}）)?[，,（(]?(?:表字|字|别号|号|原名|本名|谱名|学名|又名|派名|族名|榜名|曾名|别字|"
    "外号|绰号|诨名|诨号|亦号|又号|晚号|自号|一字|又字|亦字|名)"
    "([\u4e00-\u9fff]{2,3}?)(?=[，,。；、）)\\s]|号|又|别|亦|晚|人|$)"
)
_NOT_COURTESY = set("的了是在和与及等为以年月日人")


def courtesy_names(text: str, persons: list[tuple[int, int]], taken: "Taken") -> list[tuple[int, int]]:
    """字/号/原名 + 2-3 characters right after a found person name (or after another courtesy name)."""
    if not any(cue in text for cue in ("字", "号", "名")):
        return []
    found: list[tuple[int, int]] = []
    queue = [end for _, end in persons]
    seen: set[int] = set()
    while queue:
        pos = queue.pop()
        if pos in seen:
            continue
        seen.add(pos)
        match = _COURTESY_RE.match(text, pos)
        if not match:
            continue
        start, end = match.span(1)
        name = match.group(1)
        if any(char in _NOT_COURTESY for char in name) or overlaps(taken, start, end):
            continue
        if is_common_word(text[start - 1 : start + 1], 50):  # 号召, 名单: the cue starts an ordinary word
            continue
        found.append((start, end))
        taken.add(start, end)
        queue.append(end)
    return found


# A person's name directly followed by one of these is a thing named after the person (张自忠路, 中山舰).
_NAMED_AFTER_RE = re.compile(
    "(?:公路|大道|大街|大桥|纪念馆|纪念堂|纪念碑|大学|中学|小学|路(?![线过经遇上途])|街|桥|号(?![召称令])|舰|陵|县(?!长)|镇(?![守压定住静])"
    "|盟(?:纵队|支队|公署|政府|党委|委员会|境)"   # 卓索图盟纵队: a Mongol league's force or body, not a person (s18zhper)
    "|主义"     # 马克思主义, 三民主义: the doctrine, not the person (auditzh9)
    "|[0-9一二两三四五六七八九十百千数几]{1,4}[余多]?(?:架|艘|辆|挺)"   # 击落米格机两架: machines are counted, persons not (auditzh4)
    ")"
)


def named_thing_follows(text: str, end: int) -> bool:
    return _NAMED_AFTER_RE.match(text, end) is not None


def repeated_mentions(text: str, names: set[str], taken: "Taken") -> list[tuple[int, int]]:
    """Later (and earlier) occurrences of names found by a heuristic elsewhere in the same text."""
    names = {name for name in names if len(name) >= 2}
    if not names:
        return []
    found: list[tuple[int, int]] = []
    for start, end in literal_matches(text, sorted(names, key=longest_first)):   # the longest at each place
        if overlaps(taken, start, end) or named_thing_follows(text, end):
            continue
        if end - start <= 2:  # a two-character name must not run on into a longer name or word
            if not stops_at(text, end) and chinese_name_end(text, start) > end:
                continue
            if glued_into_word(text, start, end):
                continue
        found.append((start, end))
        taken.add(start, end)
    return found


_REGION_ABBREVIATIONS = frozenset(province_abbreviations(plus="云贵陇", without="港澳"))
# with 直 (直隶) and 奉 (奉天), the provinces of the Republic's early posts (直鲁豫巡阅使, 奉直): only in a run of three
_REGION_RUN = _REGION_ABBREVIATIONS | frozenset("直奉")


def dictionary_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """Names jieba's dictionary knows (person_dictionary), where nothing else was found."""
    from pipeline.rules.person_dictionary import dictionary_name_spans

    found = []
    for start, end in dictionary_name_spans(text):
        if overlaps(taken, start, end) or named_thing_follows(text, end):
            continue
        if text[end:end + 1] == "道" and chinese_name_end(text, end + 1) > 0:
            continue    # 苏松太道|吴某: a Qing circuit (X道) and its intendant's name, not a person X (s20zhper)
        if end - start >= 3 and all(ch in _REGION_ABBREVIATIONS for ch in text[start:end]):
            continue    # 冀鲁豫, 晋察冀: provinces' one-character names run together name a region, not a person
        if start and text[start - 1] in _REGION_RUN and text[start] in _REGION_RUN and text[start + 1] in _REGION_RUN:
            continue    # 直鲁豫|巡阅使: a name starting inside a run of three provinces' one-character names (prezh5)
        found.append((start, end))
        taken.add(start, end)
    return found


_ITEM_SEP = "、与和及"
_ITEM_END = re.compile("[、与和及，。；：）]|等|部(?![队署分门下属长落位件族])|所部|率|$")


def list_members(text: str, persons: list[tuple[int, int]], taken: "Taken") -> list[tuple[int, int]]:
    """Chinese names listed next to a found person (孙某、池某、车某部): each item a whole name."""
    places = known_places()
    found: list[tuple[int, int]] = []
    queue = list(persons)
    while queue:
        start, end = queue.pop()
        # the item after: 、 + name ending at a separator, 等 or 部
        if end < len(text) and text[end] in _ITEM_SEP:
            pos = end + 1
            item_end = chinese_name_end(text, pos)
            if item_end > 0 and _plausible_item(text, pos, item_end, taken, places):
                found.append((pos, item_end))
                taken.add(pos, item_end)
                queue.append((pos, item_end))
        # the item before: name + 、 ending right before this one
        if start >= 3 and text[start - 1] == "、":
            for length in (3, 2):
                pos = start - 1 - length
                if pos < 0 or (pos > 0 and text[pos - 1] not in BEFORE_OK):
                    continue
                if chinese_name_end(text, pos) == start - 1 and _plausible_item(text, pos, start - 1, taken, places):
                    found.append((pos, start - 1))
                    taken.add(pos, start - 1)
                    queue.append((pos, start - 1))
                    break
    return found


def _plausible_item(text: str, start: int, end: int, taken: "Taken", places) -> bool:
    name = text[start:end]
    return not (
        overlaps(taken, start, end)
        or not _ITEM_END.match(text, end)
        or name in places
        or is_common_word(name, 30)
        or TITLE_RE.match(text, start)
    )


def short_references(text: str, persons: list[tuple[int, int]], taken) -> list[tuple[int, int]]:
    """A bare surname standing for a person named in full earlier in the text (史迪威与蒋间)."""
    single, _ = surnames()
    first_seen: dict[str, int] = {}
    for start, end in persons:
        name = text[start:end]
        if 2 <= len(name) <= 3 and name[0] in single and "·" not in name:
            first_seen[name[0]] = min(first_seen.get(name[0], start), start)
    if not first_seen:
        return []
    found = []
    # every surname in the frame, those of the text's full names kept (one pattern for all texts:
    # a pattern of the text's own surnames would be compiled anew for every text)
    for match in _short_reference_re().finditer(text):
        start, end = match.span(1)
        if start > first_seen.get(text[start], end) and not overlaps(taken, start, end):
            found.append((start, end))
    return found


@lru_cache(maxsize=1)
def _short_reference_re() -> re.Pattern:
    """A single surname between a clause mark or a preposition and a clause mark, particle or verb."""
    return re.compile(
        "(?<=[，。；、「（与和及而指对由向令使被把让替代])([" + "".join(sorted(surnames()[0])) + "])"
        "(?=本人|也|间|政权|担任|则|即|又|乃|亦|便|遂|氏|认为|表示|下令|决定|随即|大为|仍|曾|[，。；、」）与和及])"
    )


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_COURTESY_RE = guarded(_COURTESY_RE)
