"""Persons named right after a post of county and village society (PERSON), in Chinese working text (session 27 audit
of county histories, oral local histories and hometown newsletters). A lexicon of posts; no list of names.

County gazetteers, village histories and the Hui and Han feud records of the Qing and Republican eras name the men of
local power by their post and then the name: 团总何某某率团丁, 团绅陈某某求援, 寨主杨某某带人下山, 保长刘某某听到消息,
县长吴某某听到新闻. The person finders read a name after the army's posts; the posts of local society are read here:

- POSTS (criterion: a title of the local administration, militia or gentry of late-Qing, Republican and occupation-era
  China, in the vocabulary of standard Modern Chinese; written for zhanji, not taken from any page): 县长 区长 乡长 镇长
  村长 屯长 保长 甲长 联保主任 团总 团董 团绅 团首 练总 练董 乡绅 士绅 绅士 族长 寨主 堡主 圩主 庄主 会首 坛主 乡约 地保
  里长 首事 局董.
- The name: a single-character surname (surnames_cn.txt) and one or two given characters, closed by a clause mark or
  a verb a person does (听 说 率 带 被 求 令 派 …). Three characters where the third is no such verb and the fourth
  is one (吴某某|听到); else two where the third is one (刘某|听说). No function, unit or count character in the given
  name; not a word jieba knows as an ordinary word.
- Not where the 长 of a post opens a place (黄冈县|长江北岸: 县长 is no post there).
- This outranks the gazetteer where the surname and the first given character make a place (a county or town of the
  lexicon: 吴兴, 金华, 高安 …: 县长|吴兴世 is no GPE 吴兴 + 世): priority 33 (above the gazetteer's 30 and the
  place-given-name reading's 31-33 tie goes by length), below units and dates.

Cost: str.find of each post (most texts hold none of them), a slice test where one is found.
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, is_han, known_places, surnames
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:local-post-name"
PRIORITY = 33

POSTS = ("县长", "区长", "乡长", "镇长", "村长", "屯长", "保长", "甲长", "联保主任", "团总", "团董", "团绅", "团首",
         "练总", "练董", "乡绅", "士绅", "绅士", "族长", "寨主", "堡主", "圩主", "庄主", "会首", "坛主", "乡约", "地保",
         "里长", "首事", "局董")
# the first character of a verb a person does, or a clause mark: where a name closes
_CLOSERS = frozenset("，,。；;：:、（(）)\n 听说率带被求令派下闻见得知亲即遂已曾便就都却乃召要让请和与及等也又为是在向对把将到回出来去")
# the first character of the verbs that follow a name most (a given name does not end in them here)
_VERB_FIRST = frozenset("听说率带被求令派闻见得即遂和与及等到在向对把将为是")
# characters no given name holds here: function words, pronouns, units and place kinds (not the verbs of place of
# place_stems_zh.NOT_IN_NAME: 守, 克, 经 … are common in given names)
_NOT_GIVEN = frozenset("的了是在和与及等为以各该我敌其此这那每个从由对将把被于之或并而也都又就军师旅团营连部队省市县区镇村"
                       "乡路线年月日人某氏家长")
# surnames that are also the function words right after a post (保长和甲长, 县长于此, 区长向上级 …)
_NOT_SURNAME = frozenset("和于向为从在对把将与及也又就都等被让叫给同跟由以之而且但亦即")


def _name_end(text: str, start: int) -> int | None:
    """End of a surname + one or two given characters starting at `start`, or None."""
    third, fourth = text[start + 2:start + 3], text[start + 3:start + 4]
    if third and is_han(third) and third not in _VERB_FIRST and third not in _NOT_GIVEN \
            and (not fourth or fourth in _CLOSERS):
        return start + 3
    if third and third in _CLOSERS:
        return start + 2
    return None


def find_local_post_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    single = places = None
    for post in POSTS:
        for at in literal_positions(text, post):
            start = at + len(post)
            if start + 2 > len(text):
                continue
            if single is None:
                single, places = surnames()[0], known_places()
            if text[start] not in single or text[start] in _NOT_SURNAME or not is_han(text[start + 1]) \
                    or text[start + 1] in _NOT_GIVEN:
                continue
            if post[-1] == "长" and any(text[start - 1:start + k] in places for k in (1, 2)):
                continue                            # 黄冈县|长江北岸: the 长 opens a place, no post
            end = _name_end(text, start)
            if end is None or is_common_word(text[start:end], 50):
                continue
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out
