"""PERSON finder for Simplified Chinese working text (plus English titled names).

Lexicon matches (persons.tsv) come first; heuristics then find unseen names: a title or post right
before a surname + given name (军长方先觉), lists of names after such a title (师长周庆祥、葛先才), a
name before a possessive/command cue (汤恩伯部, 陈纳德所率), Western names joined by "·", English
titled names, and names in a document's tables, lists and later short references (person_context,
person_layout).

This module holds find_persons, which runs the readings in order; the readings framed by a title, cue or
rank are in person_titled_names.py, those after a person noun or 名叫 in person_role_names.py, and those
carried from names already found (courtesy names, repeats, list members, short references) in
person_document_names.py.
"""

from __future__ import annotations

import re
from operator import attrgetter

from pipeline.rules.scan import guarded, rare_finditer
from pipeline.spans import Candidate
from pipeline.rules.person_name_ends import (  # noqa: F401  (the vocabulary and name reading, re-exported)
    RANKS, TITLES, PUNCT, adverb_cai_after, STOP_CHARS, STOP_WORDS, STOP_WORDS_RE, chinese_name_end, japanese_name_end,
    name_end, stands_alone_elsewhere, stops_at, surname_at, translit_patterns,
)
from pipeline.rules.names_common import (
    LEXICON_PERSON, RULE_PERSON, RULE_PERSON_FRAMED, RULE_PERSON_SHORT, CJK_ONLY, Taken, overlaps,
    person_lexicon, glued_into_word, is_common_word, known_places, outside_titles, person_lexicon_matches, plain_word, province_run,
    word_info,
)
from pipeline.rules.person_document_names import (
    courtesy_names, dictionary_names, list_members, named_thing_follows, repeated_mentions, short_references,
)
from pipeline.rules.person_role_names import contextual_names
from pipeline.rules.lexicon_prince_viet_names_zh import lexicon_name_inside
from pipeline.rules.person_titled_names import TITLE_RE, cued_names, ranked_names, titled_names
from pipeline.rules.surname_address_titles_zh import surname_address_titles

# names that moved out and are read from here (person_context, person_dictionary, person_actions,
# person_list_neighbors, facilities, tests)
from pipeline.rules.person_role_names import ROLE_NOUNS, bare_name_ok, short_name_end  # noqa: F401
from pipeline.rules.person_titled_names import (  # noqa: F401
    BEFORE_OK, RANK_ANCHOR, SIDE_RANK_REACH, SIDE_RANK_RE, TITLE_RANK_REACH, TITLE_RANK_RE, title_matches,
)

_START = attrgetter("start")

# English titled names (General Stilwell, Madame Chiang): the name after the title
_EN_TITLE_RE = re.compile(
    r"\b(?:General|Lieutenant General|Major General|Brigadier General|Lieutenant|Colonel|Major|Captain|"
    r"Admiral|Vice Admiral|Rear Admiral|Field Marshal|Marshal|Generalissimo|President|Premier|"
    r"Prime Minister|Ambassador|Commander|Governor|Emperor|Prince|Dr\.|Mr\.|Mrs\.|Madame)\s+"
    r"((?:[A-Z][a-z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'\-]+|[A-Z]\.)){0,3})"
)


def _place_in_given_name(text: str, start: int, end: int) -> bool:
    """True when a place name lies inside the given name of a Chinese name found from its context
    (师长王平阳: no GPE 平阳): the name then outranks the place (priority 32 over 30)."""
    if not 3 <= end - start <= 4 or not CJK_ONLY.fullmatch(text[start:end]) or text[start:end] in known_places():
        return False
    given = start + surname_at(text, start)
    places = known_places()
    return any(text[a:b] in places for a in range(given, end - 1) for b in range(a + 2, end + 1))


def _serves_as(text: str, start: int) -> bool:
    """任 + a post (汪某任政委, 区委书记任政委): the verb 'serve as' and the post, not the surname 任 (auditzh13)."""
    if text[start] != "任":
        return False
    if TITLE_RE.match(text, start + 1) is not None:
        return True
    # 任 + a body + its post (朱某，任工作团团长; 任县委书记): the body ends in a body character right before the post
    # (s18zhper); 任弼时任书记 keeps its name (no body character before the second 任's post)
    for size in range(2, 6):
        body = text[start + 1:start + 1 + size]
        if len(body) == size and CJK_ONLY.fullmatch(body) and body[-1] in _BODY_ENDS and "任" not in body \
                and TITLE_RE.match(text, start + 1 + size) is not None:
            return True
    return False


def _word_split(text: str, start: int, end: int) -> bool:
    """将军|官学校: the surname ends a word with the character before it (军官) and the given name is a very common
    word (学校): two words read across a title's end, no name (s18zhper). 委员长|官邸 (r19zhnames): a two-character
    'name' that is itself an ordinary noun (no name jieba knows) after a word its surname ends (长官), or a
    residence noun after a post (总统|官邸)."""
    if end - start == 2 and start > 0:
        noun = plain_word(text[start:end], 100) and word_info()[text[start:end]][1].startswith("n")
        # 总统|官邸, 委员长|公馆: a residence or office noun after a post is the post-holder's building, no name
        return noun and (is_common_word(text[start - 1:start + 1], 1000)
                         or text[end - 1] in "邸府馆寓宅署舍" and any(text.endswith(t, 0, start) for t in TITLES))
    return end - start == 3 and start > 0 and is_common_word(text[start + 1:end], 5000) \
        and is_common_word(text[start - 1:start + 1], 1000)


_BODY_ENDS = set("团部队委会处科组班所局厅校社")


def _reduplicated(text: str, start: int, end: int) -> bool:
    """A kinship word or a reduplicated verb read as surname + given name (叔叔伯伯 → 伯伯, 闻一闻, 看了看):
    AA, A一A and A了A are no Chinese names (auditzh30, blog memoirs of fathers and uncles)."""
    size = end - start
    if size == 2:
        return text[start] == text[start + 1]
    return size == 3 and text[start] == text[start + 2] and text[start + 1] in "一了"


def find_persons(text: str) -> list[Candidate]:
    """PERSON candidates: lexicon names (priority 35) and heuristic names (priority 20)."""
    chinese, english, zh_re, en_re = person_lexicon()
    out: list[Candidate] = []
    taken = Taken(len(text))
    for match in person_lexicon_matches(text):
        start, end = match.span()
        # a lexicon name glued to more name characters is someone else (王明 in 王明远)
        if end < len(text) and not stops_at(text, end) and end - start <= 2 and chinese_name_end(text, start) > end \
                and not stands_alone_elsewhere(text, match.group(), start) and not adverb_cai_after(text, end):
            continue
        if glued_into_word(text, start, end) or named_thing_follows(text, end):
            continue
        if lexicon_name_inside(text, start, end):
            continue    # 赵|定国: the entry is the given name of a longer name (lexicon_prince_viet_names_zh, session 21)
        taken.add(start, end)
        out.append(Candidate(start, end, "PERSON", *LEXICON_PERSON, norm={"canonical": chinese[match.group()]}))
    for match in en_re.finditer(text):
        start, end = match.span()
        taken.add(start, end)
        out.append(Candidate(start, end, "PERSON", *LEXICON_PERSON, norm={"canonical": english[match.group()]}))
    heuristic: list[tuple[int, int]] = []
    for match in translit_patterns()[0].finditer(text):
        start, end = match.span()
        if not overlaps(taken, start, end):
            taken.add(start, end)
            heuristic.append((start, end))
    for match in rare_finditer(_EN_TITLE_RE, text):
        start, end = match.span(1)
        if not overlaps(taken, start, end):
            taken.add(start, end)
            heuristic.append((start, end))
    from pipeline.rules import person_context as ctx, person_foreign as foreign, person_layout as layout, person_references

    framed = set(ranked_names(text, taken)) | set(foreign.bracketed_names(text, taken))
    framed |= set(ctx.copula_ranked(text, taken)) | set(ctx.led_by(text, taken)) | set(layout.side_rows(text, taken))
    heuristic += sorted(framed)
    heuristic += layout.spaced_titles(text, taken) + layout.bylines(text, taken) + layout.colon_rows(text, taken)
    heuristic += ctx.served_as(text, taken)
    heuristic += layout.bio_heads(text, taken) + layout.unit_commanders(text, taken)
    heuristic += titled_names(text, taken) + contextual_names(text, taken) + cued_names(text, taken)
    heuristic += dictionary_names(text, taken)
    heuristic += foreign.japanese_given_names(text, taken) + foreign.regnal_names(text, taken)
    compound = ctx.compound_surname_names(text, taken)  # 欧阳某 outranks a place inside it (GPE 修文)
    framed |= set(compound)
    heuristic += compound + ctx.unit_owners(text, taken)
    heuristic = [(s, e) for s, e in heuristic if not named_thing_follows(text, e) and not _serves_as(text, s)
                 and not (text[e - 1] == "一" and text[e:e + 1] in ("线", "带"))   # 甲、乙、麻田|一线 (auditzh14)
                 and not text.endswith("巴图鲁", s, e) and not province_run(text[s:e])   # 力勇巴图鲁: the Qing's title of valour (baturu), no name (auditzh18)
                 and not _word_split(text, s, e)]   # 将军|官学校 (s18zhper)
    lexicon_spans = [(c.start, c.end) for c in out if c.source == LEXICON_PERSON[0] and CJK_ONLY.fullmatch(c.norm.get("canonical", ""))]
    heuristic += list_members(text, lexicon_spans + heuristic, taken)
    heuristic += ctx.successors(text, lexicon_spans + heuristic, taken)
    named = [(c.start, c.end) for c in out] + heuristic
    courtesy = courtesy_names(text, named, taken)
    places = known_places()
    framed |= {(s, e) for s, e in courtesy if text[s:e] in places}   # 某某,字吉林: the name outranks the place (auditzh22)
    heuristic += courtesy + ctx.later_courtesy_names(text, named, taken)
    chinese_found = {text[s:e] for s, e in heuristic if CJK_ONLY.fullmatch(text[s:e])}
    heuristic += repeated_mentions(text, chinese_found, taken)
    persons = [(c.start, c.end) for c in out] + heuristic
    heuristic += ctx.japanese_family_names(text, persons, taken) + ctx.kana_readings(text, persons, taken)
    framed |= {(s, e) for s, e in heuristic if _place_in_given_name(text, s, e)}
    out.extend(Candidate(s, e, "PERSON", *(RULE_PERSON_FRAMED if (s, e) in framed else RULE_PERSON)) for s, e in heuristic
               if not _reduplicated(text, s, e))
    persons = [(c.start, c.end) for c in out]
    short = short_references(text, persons, taken) + ctx.surname_forces(text, persons, taken)
    short += ctx.surname_titles(text, taken)
    short += surname_address_titles(text, taken)   # 潘老板, 的张排长 (session 30, w2zhname)
    person_references.remember(text, persons + short)   # session 7: bare surnames read in written_zh
    out.extend(Candidate(s, e, "PERSON", *RULE_PERSON_SHORT) for s, e in short)
    out.sort(key=_START)
    return outside_titles(text, out)


# a first-character guard (pipeline.rules.scan.guarded): the same matches, fewer tries
_EN_TITLE_RE = guarded(_EN_TITLE_RE)
