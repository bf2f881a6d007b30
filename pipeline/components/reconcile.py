"""Choose non-overlapping entities among all candidates and align tokens to them.

Priorities (highest first; ties go to the longer span, then the earlier one):

| source | priority | why |
|---|---|---|
| MIL_UNIT rules / named units | 60 | designations contain numbers and places that are not entities of their own |
| English finder | 38–60 | one finder, its own label order (units 60 … persons 38), already non-overlapping |
| DATE rules | 50 | dates contain numbers that are not quantities |
| EVENT / FAC rules and lexicon | 45 | 柳州飞机场, 长衡会战: a place inside a longer name belongs to it |
| QUANTITY rules | 40 | |
| PERSON / ORG lexicons, ORG patterns | 35 | 国防部史政编译局, 中国航空公司: an organisation outranks the place in its name |
| PERSON framed by a post and a rank | 32 | 守将川端武平少将: outranks the place 武平 inside the name |
| place gazetteer and place patterns (GPE / LOC) | 30 | |
| PERSON heuristics | 20 | context patterns, weaker than any lexicon |
| unfamiliar place whose name starts with a surname | 18 | person rules win there |
| bare-surname references | 15 | 汤本人: only after the full name appeared |
| statistical model | 10 | adds only the labels in `model_labels` (PERSON, ORG, GPE), only where no rule span overlaps and the span's form confirms its label |

A stacked model (`zhanji train --arch stack`, pipeline/train/stack.py) adds no candidate: the
`zhanji_model` component leaves its `revise` in `doc.user_data["zhanji_revise"]`, and the
chosen entities pass through it (only the permissions stored with that model apply).

Spans that start or end with whitespace or punctuation are dropped (guideline 13), and so
is anything inside a 《…》 title (guideline 11). A model span must also look like a name:
two characters or more, and not a word jieba knows as another part of speech.
Where a chosen span cuts a jieba token, the token is split so that doc.ents
carries exactly the chosen offsets; `doc.user_data["zhanji_token_splits"]`
counts those splits. A deferred doc (rules-only extraction, where no finder needed
the words) is not segmented just to count them unless asked (`count_splits`).
"""


import functools
import itertools
import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import segment
from pipeline.components.finders import doc_text, has_cjk
from pipeline.components.tokenizer import tokens_cut
from pipeline.rules.discourse_repeats import repeated_mentions, whole_village_mentions
from pipeline.rules.person_verb_ends_zh import trim_clause_verbs
from pipeline.rules.place_lead_chars_zh import trim_place_lead_chars
from pipeline.rules.family_village_persons_zh import relabel_family_villages
from pipeline.rules.chosen_place_lists_zh import complete_place_lists, relabel_listed_persons
from pipeline.rules.chosen_structure_lists_zh import complete_structure_lists
from pipeline.rules.chosen_place_structures_zh import join_place_structures
from pipeline.rules.place_militia_names_zh import join_place_militias
from pipeline.rules.bearing_direction_words_zh import drop_bearing_directions
from pipeline.rules.reign_era_phrases_zh import drop_reign_era_persons
from pipeline.rules.org_clause_trims_zh import trim_clause_orgs
from pipeline.spans import Candidate
from operator import attrgetter

_START = attrgetter("start")

if not Doc.has_extension("zhanji_candidates"):
    Doc.set_extension("zhanji_candidates", default=None)
if not Doc.has_extension("zhanji_entities"):
    Doc.set_extension("zhanji_entities", default=None)

# LOC is not taken from the model: its training data (People's Daily, MSRA) has one LOC label,
# split into GPE and LOC by suffix lists, so the model's LOC boundaries are the least reliable.
MODEL_LABELS = ("PERSON", "ORG", "GPE")


@functools.lru_cache(maxsize=4096)
def _edge_ok(ch: str) -> bool:
    """May a span begin or end with this character? Not with space or punctuation."""
    ok = _EDGE_OK.get(ch)
    if ok is None:
        ok = _EDGE_OK[ch] = _edge_ok_uncached(ch)
    return ok


_EDGE_OK: dict[str, bool] = {}


def _edge_ok_uncached(ch: str) -> bool:
    if ch.isspace():
        return False
    if ch in "%％‰":
        return True               # 60%: a percent sign is the unit of a QUANTITY (guideline 9)
    return not unicodedata.category(ch).startswith(("P", "Z", "C"))


# A quantity may end with a percent or per-mille sign (60%, 60％): punctuation, but its unit.
_UNIT_MARKS = "%％‰"
# An English abbreviation may end with its full stop ('U.S.', 'U.S.A.', 'U. S.' of old print, 'Oct.' of a date).
# A clock time's 'a.m.' / 'p.m.' ends with its stop too ('8.55 a.m.'; session 32, w32enqty).
_ABBREVIATION_END = re.compile(r"\b[A-Z]\.(?: ?[A-Z]\.){1,3}$|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"
                               r"|\d[ \t]?[ap]\.m\.$")
_TITLE = re.compile(r"《[^《》\n]{1,80}》")
# Evidence a model span needs before it is kept: the model proposes, the text's form confirms.
_MODEL_EVIDENCE = {
    "GPE": ("ns", "省市县镇村乡城州庄堡铺区旗盟"),
    "LOC": ("ns", "山河江湖海岛岭峰谷原洋峡湾川溪关口"),
    "ORG": ("nt", "部会局院社党府厅署处司校馆行团委"),
}


# A ship's name is no entity of ours (the project's reading; `H.M.S. Ceylon` is nothing in English): the name in quotes
# before 号 or with it (“贝尔格拉诺将军”号, 「烏沙科夫海軍上將」號, “谢菲尔德号”; not a code name before 号作战/号计划), or
# written bare between a kind of ship and 号 (旗舰苏沃洛夫公爵号). Session 13 audit (auditzh17): the persons and ranks inside were tagged.
# A firm's trade word in 号 (票号, 商号, 银号: “某某票号”) names a firm, no ship (s20zhorg).
_QUOTED_SHIP = re.compile("[“「『]([^“”「」『』《》\n，。、；：]{1,15})(?:[”」』] ?[号號]|(?<![票商银銀])[号號][”」』])"
                          "(?!作战|作戰|计划|計劃|行动|行動|攻势|攻勢)")
_SHIP_KINDS = ("旗舰|旗艦|战列舰|戰列艦|巡洋舰|巡洋艦|驱逐舰|驅逐艦|护卫舰|護衛艦|航空母舰|航空母艦|航母|战舰|戰艦|炮舰|"
               "砲艦|潜艇|潛艇|鱼雷艇|魚雷艇|破冰船|运输船|運輸船|医疗船|醫療船|补给舰|補給艦|海防舰|海防艦|巡防舰|巡防艦|"
               "登陆舰|登陸艦|邮轮|郵輪")
_BARE_SHIP = re.compile(f"(?:{_SHIP_KINDS})([\u4e00-\u9fff·]{{2,10}}?)[号號](?![召令称稱码碼])")
# a ship (or train) boarded by name: 乘太康號, 搭乘中興号, 改乘永昌號 (session 14 audit, auditzh27: a 國軍 evacuation
# by sea; the GPE 太康/重慶 inside was tagged). The name holds no numeral, 月 or 日 (乘隙于五月三号 is a date).
_BOARDED_SHIP = re.compile("(?:乘坐|搭乘|改乘|换乘|換乘|乘)((?:(?![一二三四五六七八九十〇零两兩月日])[\u4e00-\u9fff]){2,4}?)"
                           "[号號](?![召令称稱码碼])")


def _inside_titles(text: str) -> bytearray:
    """Marks every character inside a 《…》 title (guideline 11) or a ship's name: nothing there is tagged."""
    marks = bytearray(len(text))
    if "《" in text:
        for m in _TITLE.finditer(text):
            marks[m.start() + 1:m.end() - 1] = b"\x01" * (m.end() - m.start() - 2)
    if "号" in text or "號" in text:
        for pattern in (_QUOTED_SHIP, _BARE_SHIP, _BOARDED_SHIP):
            for m in pattern.finditer(text):
                marks[m.start(1):m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
    return marks


def plausible_model_span(text: str, cand: Candidate) -> bool:
    """A statistical span is kept only with evidence of its label in its own form.

    PERSON: a Chinese or Japanese surname first (or a transliteration with ·); GPE, LOC,
    ORG: a suffix of that kind (县, 山, 局 …) or jieba's matching part of speech (ns, nt).
    Words jieba knows as something else (布防 v, 东侧 f) never pass.
    """
    from pipeline.rules.names import japanese_surnames, surnames

    span = text[cand.start:cand.end]
    if len(span) < 2:
        return False
    info = segment.word_info().get(span)
    pos = info[1] if info else ""
    if cand.label == "PERSON":
        if info and not pos.startswith("nr"):
            return False
        single, compound = surnames()
        return ("·" in span or (len(span) <= 4 and (span[0] in single or span[:2] in compound))
                or any(span.startswith(name) for name in japanese_surnames() if len(name) < len(span)))
    tag, suffixes = _MODEL_EVIDENCE.get(cand.label, ("", ""))
    if info and not pos.startswith(tag or "-"):
        return False
    return pos.startswith(tag or "-") or (bool(suffixes) and span[-1] in suffixes)


def choose(text: str, candidates: list[Candidate],
           model_labels: tuple[str, ...] = MODEL_LABELS) -> list[Candidate]:
    """Greedy selection by (priority, length); returns non-overlapping spans in text order."""
    titles = _inside_titles(text) if ("《" in text or "号" in text or "號" in text) else None
    n, edge_ok = len(text), _EDGE_OK.get     # _edge_ok's cache read inline: thousands of candidates
    usable = [c for c in candidates
              if c.end <= n and (edge_ok(text[c.start]) or _edge_ok(text[c.start]))
              and (edge_ok(text[c.end - 1]) or _edge_ok(text[c.end - 1]) or text[c.end - 1] in _UNIT_MARKS
                   or _ABBREVIATION_END.search(text, c.start, c.end))
              and (titles is None or titles.find(1, c.start, c.end) == -1)
              and (c.source != "model"
                   or (c.label in model_labels and plausible_model_span(text, c)))]
    usable.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    taken = bytearray(len(text))
    chosen = []
    for cand in usable:
        if taken.find(1, cand.start, cand.end) != -1:   # any(taken[start:end]), without a copy
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=_START)
    return chosen


def align_doc(doc: Doc, chosen: list[Candidate], set_ents: bool = True,
              count_splits: bool = True) -> Doc:
    """A doc whose tokens have a boundary at every chosen span edge, with ents set.

    Where an edge cuts a token, the doc is rebuilt from the finer words (cheaper than
    spaCy's retokenizer, which re-indexes the doc for every split). With
    `set_ents=False` (extraction, which reads `doc._.zhanji_entities` by character
    offsets) the splits are only counted; and on a deferred doc only with
    `count_splits` (segmenting every block an edge falls in costs about a sixth of
    jieba itself: done for `--tokens`, where the words are wanted anyway).
    """
    text = doc_text(doc)
    tokenizer = doc.user_data.pop("zhanji_tokens_deferred", None)
    if tokenizer is not None:           # tokenizer.deferred_tokens: spaCy's tokens not made yet
        if not set_ents:
            doc._.zhanji_entities = chosen
            edges = {p for c in chosen for p in (c.start, c.end)}
            doc.user_data["zhanji_token_splits"] = len(tokens_cut(tokenizer, text, edges))
            return doc
        made = tokenizer(text)
        made.user_data.update(doc.user_data)
        made._.zhanji_candidates = doc._.zhanji_candidates
        doc = made
    if doc.user_data.get("zhanji_words_deferred"):  # JiebaTokenizer.deferred: words not cut yet
        if not set_ents:
            doc._.zhanji_entities = chosen
            if count_splits:
                edges = {p for c in chosen for p in (c.start, c.end)}
                doc.user_data["zhanji_token_splits"] = len(segment.inside_words(text, edges))
            return doc
        doc = _cut_deferred(doc, text)
    lengths = doc.user_data.get("zhanji_word_lengths")
    if lengths is not None:  # our jieba tokenizer: words cover the text, no trailing spaces
        boundaries = set(itertools.accumulate(lengths, initial=0))
    else:
        boundaries = {t.idx for t in doc} | {len(text)}
    cuts = {p for c in chosen for p in (c.start, c.end)} - boundaries
    doc._.zhanji_entities = chosen
    if not set_ents:
        doc.user_data["zhanji_token_splits"] = len(cuts)
        return doc
    if cuts:
        edges = sorted(boundaries | cuts)
        words = [text[a:b] for a, b in zip(edges, edges[1:]) if b > a]
        new = Doc(doc.vocab, words=words, spaces=[False] * len(words))
        new.user_data.update(doc.user_data)
        new.user_data["zhanji_word_lengths"] = [len(w) for w in words]
        new._.zhanji_candidates = doc._.zhanji_candidates
        new._.zhanji_entities = chosen
        doc, boundaries = new, edges
    doc.user_data["zhanji_token_splits"] = len(cuts)
    if lengths is not None:  # token index of every boundary, without searching per span
        index = {pos: i for i, pos in enumerate(sorted(boundaries))}
        doc.ents = [Span(doc, index[c.start], index[c.end], label=c.label) for c in chosen]
    else:
        spans = [doc.char_span(c.start, c.end, label=c.label) for c in chosen]
        doc.ents = [s for s in spans if s is not None]
    return doc


def _cut_deferred(doc: Doc, text: str) -> Doc:
    """The doc of a deferred one (JiebaTokenizer.deferred) with its jieba words."""
    words = segment.cut(text)
    new = Doc(doc.vocab, words=words, spaces=[False] * len(words))
    new.user_data.update(doc.user_data)
    del new.user_data["zhanji_words_deferred"]
    new.user_data["zhanji_word_lengths"] = [len(w) for w in words]
    new._.zhanji_candidates = doc._.zhanji_candidates
    return new


class Reconcile:
    def __init__(self, model_labels: tuple[str, ...]):
        self.model_labels = tuple(model_labels)

    def __call__(self, doc: Doc, set_ents: bool = True, count_splits: bool = True) -> Doc:
        candidates = doc._.zhanji_candidates or []
        text = doc_text(doc)
        if has_cjk(doc):
            from pipeline.rules.common_nr_words_zh import drop_common_nr_persons   # imported after the finders (their order)
            candidates = drop_common_nr_persons(text, candidates)   # common_nr_words_zh: 晋升, 凌空 no PERSON (session 32, w32zhper2)
            candidates = drop_reign_era_persons(text, candidates)   # reign_era_phrases_zh: 光绪|年间 no PERSON (session 33, w33zhqing)
            candidates = trim_clause_orgs(text, candidates)   # org_clause_trims_zh: 可参阅|某局, 某地|倡办|学校 (session 34, w34zhorg)
        chosen = choose(text, candidates, self.model_labels)
        if has_cjk(doc):
            chosen = trim_clause_verbs(text, chosen)   # person_verb_ends_zh: 某某仅率 → 某某 (session 27, s27mine)
            chosen = trim_place_lead_chars(text, chosen)   # place_lead_chars_zh: 之欧村 → 欧村, 如长江 → 长江 (session 31, w31zhconf)
            chosen = relabel_family_villages(text, chosen)   # family_village_persons_zh: PERSON 某家河 → GPE (session 31, w31zhconf)
            chosen = join_place_structures(text, chosen)   # chosen_place_structures_zh: GPE 某庄 + 总堂 → FAC (session 34, w34zhlabel)
            chosen = drop_bearing_directions(text, chosen)   # bearing_direction_words_zh: 西南|与某州接壤 no LOC (session 34, w34zhlabel)
            chosen = relabel_listed_persons(text, chosen)   # chosen_place_lists_zh: 古田、PERSON 某陽 → GPE (session 34, w34zhlabel)
            listed = complete_place_lists(text, chosen)   # chosen_place_lists_zh: 攻克某村、甲乙 → 甲乙 (session 33, w33zhgpe)
            if listed:
                chosen = sorted(chosen + listed, key=_START)
            chosen = complete_structure_lists(text, chosen)   # chosen_structure_lists_zh: 某某工厂、甲乙工厂 → 甲乙工厂 FAC (session 33, w33zhfac)
            chosen = whole_village_mentions(text, chosen)
            repeats = repeated_mentions(text, chosen)
            if repeats:
                chosen = sorted(chosen + repeats, key=_START)
            chosen = join_place_militias(text, chosen)   # place_militia_names_zh: GPE 某城 + 保卫团 → MIL_UNIT (session 34, w34zhmil)
        revise = doc.user_data.pop("zhanji_revise", None)
        if revise is not None:  # a stacked model (pipeline/train/stack.py): its permitted corrections
            chosen = revise(text, chosen)
        return align_doc(doc, chosen, set_ents, count_splits)


@Language.factory("zhanji_reconcile", default_config={"model_labels": list(MODEL_LABELS)},
                  assigns=["doc.ents", "doc._.zhanji_entities"])
def make_reconcile(nlp: Language, name: str, model_labels: list[str]) -> Reconcile:
    return Reconcile(tuple(model_labels))
