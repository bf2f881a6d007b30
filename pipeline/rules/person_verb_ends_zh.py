"""A Chinese name chosen with the verb or adverb that follows it: the verb is trimmed off (PERSON; session 27,
s27mine: cross-set mining of the development sets).

A Chinese name is a surname and one or two given characters. Where a two-character name runs straight into a
one-character verb or adverb of narrative (`某甲仅率残部退走`, `某乙很严肃地说`, `某丙奏请`, `某丁窜扰邻县`,
`欧阳某沉着应对`), the readers that take a third character when nothing stops them read the verb as the last given
character. The readers are many (post frames, Qing records, name likeness, force leaders …) and each closes a name
its own way, so the one test sits where their readings meet: `trim_clause_verbs(text, chosen)` (working text,
Simplified; `chosen` the spans the reconcile stage kept) ends every chosen PERSON of a surname (single or compound)
and two given characters whose last character is one of CLAUSE_VERBS one character earlier — and again while the new
last character is one (`某某阅视` → 某某). Names of one given character and foreign or dotted names are left as they
are; a name the person lexicons list is never trimmed.

CLAUSE_VERBS: one-character verbs and adverbs of narrative (reporting, moving, taking, fighting, judging) that no name
of the person lexicons (persons*.tsv) and no given name of the public NER corpora (name_chars.tsv: given_only, given1
and given2 all 0) holds, and that no three-character name of jieba's dictionary (names_jieba_nr.txt, read by
person_dictionary) ends in but for its entries of a name glued to a verb (孔明命, 宋江听, 黄蓉夺: 300 such); the
characters that do end real names there are left out (遇: 熊明遇, 田弘遇; 封: 郭待封; 旋: 王凯旋), and so are those
of the development golds' names (留: 曾留; 归).

Examples written for this module: `营长孙立仅率十余人突围` → 孙立, `巡抚刘承阅视各营` → 刘承; kept: `团长吴子明
率部出击` (明 is no clause verb). Cost: one pass over the chosen spans (a set look-up each).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.rules.names_common import is_common_word, is_han, person_forms
from pipeline.rules.person_name_ends import surname_at
from pipeline.spans import Candidate

CLAUSE_VERBS = frozenset("仅使俘入写出劝取叛听告命咨哭回夺奏屯很投抢抵拆据掠擒斩曰杀毁沉烧焚犹甚督睹破禀窜竟答罚视讲请读谓赏"
                         "走赴返遣阅陷颇饬骂")


def trim_clause_verbs(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans, each PERSON of a surname + given characters + clause verbs ended before the verbs."""
    out = chosen
    for k, cand in enumerate(chosen):
        if cand.label != "PERSON" or text[cand.end - 1] not in CLAUSE_VERBS or cand.end - cand.start < 3:
            continue
        name = text[cand.start:cand.end]
        slen = surname_at(text, cand.start)
        if not slen or not all(map(is_han, name)) or name in person_forms():
            continue
        end = cand.end
        while end - cand.start > slen + 1 and text[end - 1] in CLAUSE_VERBS:
            end -= 1
        if end - cand.start - slen > 2 or end == cand.end:
            continue    # more than two given characters left: not a name read into the verb
        if is_common_word(text[cand.start:end], 20) or (end - cand.start == 2 and text[cand.start] == text[cand.start + 1]):
            continue    # 伯伯讲, 叔叔说: a kin word or a reduplication before the verb is no name either way
        if out is chosen:
            out = list(chosen)
        out[k] = replace(cand, end=end)
    return out
