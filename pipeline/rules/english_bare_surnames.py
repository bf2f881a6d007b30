"""A Western person named by the surname alone, read from the grammar of the clause (session 16, helper auditen19,
from a label audit of PERSON on English pages about wars in Asia 1840-1979).

Books, magazines and blogs name a man by his surname alone from the first mention (`Havelock hoped it was
untrue`, `Outram was a man of great tact`, `Aguinaldo expressed his regret`). No lexicon holds most of them and
no title stands before them; english_surname_verbs only takes Chinese surnames and Japanese-shaped words, because
the verbs it reads (`ordered`, `refused`, `demanded`) are said of states and cities too (`Britain refused`).
What marks a person here is a predicate only a person takes:

- a verb of thought, feeling, voice or life right after the word: `X hoped|feared|believed|realised|smiled|
  shouted|married|died|himself|personally`, `X was born`, `X was (mortally) wounded|killed|knighted|assassinated`;
- a verb with `his` for its object: `X removed his headquarters`, `X expressed his regret` (a state, a city or
  a unit takes `its`; `her` is left out, since old books give it to nations and ships); `X and his staff`;
- a passive of command with `to`: `X was directed|ordered|instructed|summoned|asked to`;
- an apposition or a predicate noun that is a person's post or kin: `X, general and leader of`, `X, a member of
  the Utah regiment`, `X was a man of`, `X was the commander of`;
- a possessive of a life event or of kin: `X's death|wife|son|widow|funeral|aide-de-camp|biographer`, and (session
  31, w31en) of what only a man owns or does: `X's car|horse|tent|bodyguard|escort|staff|vanguard|orders|letter|
  attention|march`.

The word must be capitalised, unknown to the lexicons (english_person_clauses.unknown_name: no everyday word,
month, nationality, title or party), not after an article, a determiner or another capitalised word (a longer name
is the other finders' work). One such mention makes the word a PERSON; english_acronym_aliases' one-word-person pass
then
reads its other mentions in the document. Low priority: any other reading of the word wins.

Also here: a three-letter Chinese surname read once as a person (`Commissioner Lin`) is the person at its bare
mentions (english_acronym_aliases' one-word pass takes words of four letters and more). And a Western name read from
a listed given name (english_persons) goes on over a middle name the list lacks
to the surname (`Julia Selina Inglis`, not `Julia Selina`).

(session 33, w33enper, from the cross-set reading of the English PERSON misses) Three widenings of the frames above:
`X with his` after a comma or at a sentence's start (`Villa with his mobile force`; not `reached X with his men`); an
everyday word as the surname where the page writes it as a name, with a capital inside a sentence and never in small
letters (`In response, Villa's vanguard`, `Grey wrote that`; not `Signal ordered`, not the first word of a sentence,
not a word of arms or bodies); and an unlisted given name before the surname, both unknown to the lexicons (`Aris
Velouchiotis was killed`, `Baldomero Aguinaldo, brother of`; not a rank, not after an article or a preposition of place).

(session 34, w34enper, from the cross-set reading of the English PERSON misses: audit26, audit27, audit28) More
appositions: an adverb before the post (`X, formerly a colonel of`), a participle of a man's death or wound (`X,
killed at Jarama`, `X, mortally wounded in`), and the post before the name (`his assistant, X Y,`, `our brigadier
(X)`, `her husband, X.`: a possessive, a post or kin word, the name set off by a comma or a bracket).
"""

from __future__ import annotations

import re

from pipeline.rules.english_east_asian_names import NOT_GIVEN   # romanised Japanese titles and institutions
from pipeline.rules.english_grammar import RANK
from pipeline.rules.english_person_clauses import everyday_word, unknown_name
from pipeline.rules.english_ranked_surnames import _ADDRESS as _ADDRESS_WORDS, _RANKS as RANKED_WORDS
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

BARE_SURNAME_PRIORITY = 33

# (session 31, w31enper) the accented capitals and small letters of Spanish, French and Portuguese names: `Bolívar and
# his infantry`, `Gómez ordered`
_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
_W = rf"(?P<w>(?:Mc|Mac|O['\u2019])?[{_UP}][{_LOW}]{{2,20}}(?:-[a-z]{{1,3}}-[{_UP}][{_LOW}]{{2,12}})?)"
_POSTS = ("general|colonel|commander|commander-in-chief|leader|chief|governor|governor-general|minister|officer|soldier"
          "|admiral|missionary|consul|envoy|ambassador|president|emperor|prince|merchant|journalist|correspondent"
          "|historian|son|daughter|wife|widow|brother|father|mother|secretary|adjutant|surgeon|chaplain|lieutenant"
          "|captain|major|sergeant|corporal|private|priest|bishop|viceroy|commissioner|agent|interpreter|engineer"
          "|man|woman|boy|veteran|member|hero|patriot|rebel|revolutionary|statesman|politician|diplomat|aide"
          "|aide-de-camp|pilot|ensign|subaltern|trooper|gunner|sepoy|colleague|friend|deputy|assistant|brigadier")
_ADJ = r"(?:(?:[a-z][a-z-]{1,20}|\d{1,3}-year-old)[ \t]+){0,2}"   # an age too (session 21: 'a 31-year-old major')
_PRED = (
    # thought, feeling, voice, life
    r"(?:(?:then|now|also|still|later|personally|himself)[ \t]+)?"
    r"(?:hoped|feared|wished|believed|thought|felt|knew|realised|realized|suspected|doubted|smiled|laughed|joked"
    r"|shouted|cried|wept|whispered|muttered|sighed|grinned|frowned|exclaimed|confessed|married|died|himself"
    r"|herself|personally"
    # verbs whose object is a person and whose subject, unknown to the lexicons, is one too (s18enunit)
    r"|(?:invited|consulted|congratulated|thanked|rebuked|reprimanded|scolded)[ \t]+(?:the|him|her|them|his|[A-Z])"
    r"|was[ \t]+born|(?:was|had[ \t]+been)[ \t]+(?:(?:mortally|fatally|severely|badly|slightly)[ \t]+)?"
    r"(?:wounded|killed|knighted|assassinated|court-martialled|court-martialed|cashiered|buried|murdered)\b"
    # passive of command
    r"|was[ \t]+(?:directed|ordered|instructed|summoned|asked|told|urged|invited)[ \t]+to"
    # a verb with `his` object; `and his`
    r"|(?:(?:then|now|promptly|quickly|immediately|at[ \t]+once|soon)[ \t]+)?"
    r"(?:[a-z]{3,14}ed|took|gave|led|left|sent|met|won|lost|held|kept|brought|set|made|drove|rode|threw|began"
    r"|fought|saw|wrote|told|spent|broke|bent|shook|lent)[ \t]+his"
    r"|and[ \t]+his"
    # (session 33, w33enper) `Villa with his mobile force`: not after a preposition of place (`reached X with his men`)
    r"|with[ \t]+his"
    # predicate noun
    rf"|(?:was|became)[ \t]+(?:a|an|the)[ \t]+{_ADJ}(?:{_POSTS})\b"
    # (session 32, w32en2, read across audit25, audit26, audit29 and real-dev7, real-heldout4) a state of mind, a
    # posture or an act of the body, a promotion, a command and an age: `X was well informed of`, `X was sitting in`,
    # `X was in control of`, `X was promoted`, `X was twenty,`; said of a man, never of a town or a state
    r"|(?:was|had[ \t]+been)[ \t]+(?:(?:well|fully|very|quite|still|not|now|then|already|deeply|greatly|much|clearly"
    r"|visibly|bitterly|thoroughly|evidently|obviously)[ \t]+)?"
    r"(?:aware|unaware|informed|convinced|anxious|eager|furious|angry|confident|reluctant|unwilling|keen|worried"
    r"|afraid|delighted|pleased|disappointed|alarmed|satisfied|puzzled|surprised|shocked|impressed|suspicious"
    r"|sitting|sleeping|shaving|smoking|dressed|dying|exhausted|promoted|appointed|elected|educated"
    r"|in[ \t]+(?:sole[ \t]+)?(?:command|control)[ \t]+of)"
    r"|was[ \t]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-[a-z]+)?"
    r"(?=[ \t]*[,;.]|[ \t]+(?:years|when|at[ \t]+the[ \t]+time)\b)"
    r")\b"
)
_FRAME_RE = re.compile(
    rf"(?<![\w'\u2019.-]){_W}(?:"
    rf"[ \t]+{_PRED}"
    # apposition: `X, general and leader of`, `X, a member of`, `X, the British general`
    rf"|,[ \t]+(?:(?:formerly|later|once|then|now|himself|herself)[ \t]+)?(?:(?:a|an|the|his|her)[ \t]+)?{_ADJ}"
    rf"(?:{_POSTS})[ \t]+(?:of|and|in|at|to|who|from|for)\b"
    # (session 34, w34enper; audit27, audit28) `X, formerly a colonel of`; `X, killed at Jarama`: a participle of a
    # man's death or wound in apposition
    rf"|,[ \t]+(?:(?:mortally|fatally|severely|later|subsequently)[ \t]+)?(?:killed|murdered|executed|assassinated"
    rf"|hanged|beheaded|wounded)[ \t]+(?:at|in|on|near|during|by|while|when)\b"
    rf"|['\u2019]s[ \t]+(?:death|wife|son|sons|daughter|daughters|widow|funeral|father|mother|brother|sister"
    r"|biographer|aide-de-camp|aide|successor|predecessor|memoirs|diary|resignation|murder|assassination"
    r"|execution|birth|marriage|grave|body|corpse|career|childhood"
    # (session 31, w31en, read across audit25, audit26, audit28) what only a man owns or does: his car, horse, tent,
    # bodyguard, escort, staff, vanguard, orders, letter(s), attention, march (`Reid's car`, `Franco's attention`,
    # `Wolseley's march`); a state's or a town's troops, surrender or capture are left
    r"|car|horse|tent|bodyguard|escort|staff|vanguard|orders|letter|letters|attention|march)\b"
    r")"
)
# an article or a determiner before the word (`the Havelock`) or another capitalised word (a longer name: the other
# finders' work); `that` is left out, which before a name is the conjunction (`surprising that Lin wanted`)
# a title and `of` before it (`the Nawab of Oudh and his court`, `King of X and his army`) make it the place of a title
_BEFORE_RE = re.compile(r"(?:\b(?:the|The|a|an|An|A|this|This|these|those|his|His|her|Her|their|its|our)"
                        r"|[A-Z][\w'\u2019-]*|(?:[A-Z][\w'\u2019-]*|\b(?:king|queen|emperor|empress|nawab|raja|rajah|sultan"
                        r"|prince|princess|duke|ruler|governor|amir|ameer|emir|khan|shah|viceroy|chief|lord|bishop|mayor"
                        r"|people|men|army|troops|garrison|government)s?)[ \t]+of)[ \t]+$")
# (session 33, w33enper; the shape in audit24, audit27, audit28, one of them read) an unlisted given name before the surname in those frames:
# the pair is the person (`Aris Velouciotis was killed`, `Rian Gavelin, a member of`); both words unknown to the
# lexicons and no everyday word, the pair after no article, capitalised word or title of a place
_GIVEN_BEFORE_RE = re.compile(rf"(?<![\w'\u2019.-])(?P<g>[{_UP}][{_LOW}]{{2,20}})[ \t]+$")
_RANK_WORD_RE = re.compile(f"{RANK}|{RANKED_WORDS}|{_ADDRESS_WORDS}")   # `Brigadier Lawson was`: the rank finders' own
_PLACE_PREP_RE = re.compile(r"(?<![\w-])(?:of|in|at|to|from|near|into|on|across|through|toward|towards)[ \t]+$")
# seats of government named for their governments (`Whitehall feared the cost`)
SEATS = frozenset("Whitehall Westminster Kremlin Pentagon Elysee Wilhelmstrasse Ballhausplatz Porte Vatican".split())

# a sentence adverb or conjunction in capitals before the name is no part of it ('Fortunately Outram was')
_OPENER_RE = re.compile(r"(?:[A-Z][a-z]{2,14}ly|Then|Later|Meanwhile|Still|Now|Soon|Thus|Yet|And|But|So|Also|Even|Next"
                        r"|Afterwards|Instead|Here|There|Once|Eventually)[ \t]+$")


_NEXT_NAME_RE = re.compile(r"[ \t]+(?P<w>[A-Z][a-z]{2,20})(?![\w'\u2019-]|[ \t]+[A-Z])")


def _unlisted_middle_names(text: str, out: list) -> None:
    """`Julia Selina Inglis`: a name read from its listed given name stops at a middle name the list lacks; an unknown
    capitalised word right after it, with no capital after that, is the surname."""
    for cand in [c for c in out if c.source == "rule:en_given_name" and c.label == "PERSON"]:
        m = _NEXT_NAME_RE.match(text, cand.end)
        if m is None or not unknown_name(m.group("w")) or not unknown_name(text[cand.start:cand.end].split()[-1]):
            continue
        out.append(Candidate(cand.start, m.end("w"), "PERSON", "rule:en_given_name", cand.priority + 1, {}))


def short_chinese_surnames(words: set) -> set:
    """Of the one-word PERSON readings of a document, the three-letter romanised Chinese surnames that are no English
    word (`Lin`, `Tso`, `Liu`; not `Sun`, `Fan`, `Tan`): english_acronym_aliases reads their bare mentions as that person too,
    as it does for longer words, where no capitalised word or hyphen follows (`Lin Tse-hsu` is someone's full name)."""
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415  (english imports this module)
    from pipeline.rules.english_surnames import ENGLISH_WORD_SURNAMES  # noqa: PLC0415

    surnames = romanised_syllables()[0]
    return {w for w in words if len(w) == 3 and w[0].isupper() and w[1:].islower() and w in surnames
            and w not in ENGLISH_WORD_SURNAMES and not _everyday_word(w)}


def _everyday_word(word: str) -> bool:
    from pipeline.rules.english_place_context import common_words  # noqa: PLC0415

    return word.lower() in common_words()


# (session 31, w31enper, read across audit24, audit26, audit27, audit29 and real-dev7) a verb of command or of a
# commander's movement right after the word, in the past: `Estigarribia ordered an attack`, `where Homma had moved his
# headquarters`, `Bazaine appeared first`, `Foley returned last night`, `Gordon commanded the royal engineers`; the word
# is unknown to every lexicon (a known state or city is no subject here), not after a number (`the 23rd Fusiliers
# arrived`), and no passive or noun follows (`Pinsk commanded by`, `Gulcha led to the capture`)
_NAME_PART = rf"(?:Mc|Mac|O['\u2019])?[{_UP}][{_LOW}]{{2,20}}(?:-[a-z]{{1,3}}-[A-Z][a-z]{{2,12}})?"
_COMMAND_VERB_RE = re.compile(
    r"(?:ordered|commanded|marched|moved|engaged|attacked|advanced|retreated|withdrew|returned|arrived|appeared"
    r"|wrote|led|decided|resolved|rode|launched|planned|dispatched|despatched)"
    r"(?![\w-])(?![ \t]+(?:by|to|up|in[ \t]+(?:the|a|an)[ \t]+(?:press|papers?|newspapers?)\b))"
)
# the name right before the verb (searched in a short window that ends at the verb)
_COMMAND_NAME_RE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<w>{_NAME_PART})(?:[ \t]+(?P<w2>[{_UP}][{_LOW}]{{2,20}}))?"
    r"[ \t]+(?:(?:had|then|now|also|quickly|promptly|immediately|at[ \t]+once|soon|personally)[ \t]+)?$"
)
# (session 31, w31enper, read across real-dev, audit26, audit29, real-dev4, real-dev8, audit30) a force or its attack
# `under` a commander named by the surname alone: `a French army under Petain`, `the assault under Krudener`, `a
# British expedition under Seymour`; only a body of troops or its blow before `under` (`under Japanese control`,
# `under Article 5` are no persons: a nationality is no unknown name, and no force noun stands before them)
_FORCE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:army|armies|troops|force|forces|column|columns|assault|attack|division|brigade|regiment|corps"
    r"|detachment|contingent|fleet|squadron|expedition|cavalry|infantry|garrison|flotilla|vanguard|rearguard"
    r"|men|soldiers|warriors|rebels|levies)$")
_UNDER_NAME_RE = re.compile(rf"(?P<w>{_NAME_PART})(?:[ \t]+(?P<w2>[{_UP}][{_LOW}]{{2,20}}))?(?![\w'\u2019-]|[ \t]+[A-Z])")
_RANKS = frozenset("Brigadier Commandant Captain Colonel General Major Lieutenant Sergeant Corporal Private Admiral"
                   " Commodore Marshal Ensign Cornet Trooper Gunner Sapper Rifleman Havildar Subedar Jemadar Naik"
                   " Risaldar Hetman Ataman Pasha Bey Effendi Caid Sheikh Emir Khan Rajah Raja Sultan Chief".split())
_NUMBER_BEFORE_RE = re.compile(r"(?:\d(?:st|nd|rd|th|d)?|\b(?:first|second|third|[a-z]+th|[a-z]+-(?:first|second|third)))[ \t\n]*$", re.I)


# (session 33, w33enper; the shape in audit26, audit27, audit30, the first two read) a surname that is also an everyday word (`Villa`,
# `Grey`, `Wood`) names a man in the frames above where the page itself shows it is a name: written with a capital
# inside a sentence (after a comma or a lower-case word, not at a sentence's or a line's start) and nowhere in the
# page in small letters; not a word of arms, bodies or ranks that pages capitalise inside sentences (`Cavalry`,
# `Headquarters`, `Intelligence`)
_INSTITUTION_WORDS = frozenset(
    "army navy air marine marines cavalry infantry artillery armour armor engineers engineer signals intelligence "
    "headquarters command staff guard guards police militia government parliament congress senate council cabinet "
    "court church crown state states party division brigade regiment battalion corps company battery squadron wing "
    "group fleet force forces garrison legion republic empire kingdom king queen prince princess lord lady sir father "
    "general colonel major captain private admiral marshal chief commander headman bishop pope saint mount port fort "
    "cape lake river island bay point hill hills valley station camp base field city town village district province "
    "county region sector front line road street bridge gate house hall castle tower church school college "
    "university hospital press times post news radio allies axis central western eastern northern southern north "
    "south east west red white black blue green yellow".split())


# of the verbs above, those said of a man only (not `Signal ordered`, `Reserve moved`): the ones an everyday word may take
_PERSONAL_VERBS = frozenset(("wrote", "decided", "resolved", "rode"))


def _function_word(word: str) -> bool:
    """A capitalised word no given name is (`After Mabini's execution`: english_place_context's word list, which
    holds the function words that of english_person_clauses leaves out)."""
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    return common_word(word)


def _not_listed(word: str) -> bool:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    return word not in english_names()


def everyday_surname(text: str, start: int, word: str) -> bool:
    """`Grey wrote that` after a comma: an everyday word that this page writes as a name (see the note above)."""
    from pipeline.rules.english_person_clauses import TITLE_WORDS, everyday_word  # noqa: PLC0415
    from pipeline.rules.english_place_context import STOP  # noqa: PLC0415

    low = word.lower()
    if not everyday_word(word) or low in _INSTITUTION_WORDS or word in STOP or word in TITLE_WORDS:
        return False
    before = text[max(0, start - 30):start].rstrip(" \t")
    if not before or not (before[-1] == "," or before[-1].islower() and before[-1].isalpha()):
        return False                   # a sentence's or a line's first word is capitalised whatever it is
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is None


def _command_subjects(text: str, out: list) -> None:
    at = text.find(" under ")
    while at >= 0:
        m = _UNDER_NAME_RE.match(text, at + 7)
        if m and _FORCE_BEFORE_RE.search(text, max(0, at - 12), at):
            start, end = m.start("w"), m.end("w2") if m.group("w2") else m.end("w")
            if text[start:end] not in SEATS and text[start:end] not in NOT_GIVEN and unknown_name(text[start:end]):
                out.append(Candidate(start, end, "PERSON", "rule:en_bare_surname", BARE_SURNAME_PRIORITY, {}))
        at = text.find(" under ", at + 7)
    for verb in _COMMAND_VERB_RE.finditer(text):   # from the places of its verbs, not from every capital
        if verb.start() == 0 or text[verb.start() - 1] not in " \t":
            continue
        m = _COMMAND_NAME_RE.search(text, max(0, verb.start() - 72), verb.start())
        if m is None:
            continue
        if m.group("w") in _RANKS:
            continue                       # `Brigadier Lawson ordered`: the ranked name is the rank finders' own
        spans = [(m.start("w"), m.end("w2") if m.group("w2") else m.end("w"))]
        if m.group("w2"):
            spans.append(m.span("w2"))     # `Then Gómez ordered`: the second word alone where the pair is no name
        for start, end in spans:
            before = _BEFORE_RE.search(text, max(0, start - 24), start)
            if before and not _OPENER_RE.match(before.group()):
                continue
            name = text[start:end]
            if _NUMBER_BEFORE_RE.search(text, max(0, start - 16), start) or name in SEATS or name in NOT_GIVEN \
                    or not unknown_name(name) and not (verb.group() in _PERSONAL_VERBS and name.isalpha()
                                                       and _not_listed(name) and everyday_surname(text, start, name)):
                continue                       # 'Daimyo ordered': a romanised Japanese title, no person
            out.append(Candidate(start, end, "PERSON", "rule:en_bare_surname", BARE_SURNAME_PRIORITY, {}))
            break


# (session 34, w34enper; audit25, audit26, audit27, audit28: the post before the name) `his assistant, Ian Christian,`,
# `our brigadier (Heth)`, `her husband, Orrin Halvey.`: a possessive and a person's post or kin, then the name set off
# by a comma or a bracket and closed by a comma, a stop, a bracket or a verb; one or two capitalised words unknown
# to the lexicons, no everyday word
_POST_BEFORE_RE = re.compile(
    rf"\b(?:his|her|their|our|my)[ \t]+{_ADJ}(?:{_POSTS}|husband|nephew|cousin|uncle|companion|comrade|orderly|servant"
    rf"|guide|host|brigade[ \t]+commander|commanding[ \t]+officer)(?:,[ \t]+|[ \t]+\()"
    rf"(?P<n>(?P<g>[{_UP}][{_LOW}]{{2,20}})(?:[ \t]+(?P<s>[{_UP}][{_LOW}]{{2,20}}))?)"
    rf"(?=[,.)]|[ \t]+(?:and|who|was|had|did|went|came|took)\b)")


def _post_appositions(text: str, out: list) -> None:
    for m in literal_finditer(_POST_BEFORE_RE, text):
        words = [w for w in (m.group("g"), m.group("s")) if w]
        if any(not unknown_name(w) or everyday_word(w) or _function_word(w) or w in NOT_GIVEN for w in words):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), "PERSON", "rule:en_bare_surname", BARE_SURNAME_PRIORITY, {}))


def find_bare_surnames(text: str, out: list) -> None:
    """Append PERSON candidates for bare surnames with a person's predicate (see the module doc)."""
    _unlisted_middle_names(text, out)
    if "his " in text or "her " in text or "their " in text or "our " in text or "my " in text:
        _post_appositions(text, out)
    _command_subjects(text, out)
    for m in _FRAME_RE.finditer(text):
        start, end = m.start("w"), m.end("w")
        given = _GIVEN_BEFORE_RE.search(text, max(0, start - 24), start)
        if given and unknown_name(given.group("g")) and unknown_name(m.group("w")) and m.group("w") not in SEATS \
                and given.group("g") not in NOT_GIVEN and not _OPENER_RE.match(given.group()) \
                and not everyday_word(given.group("g")) and not _function_word(given.group("g")) \
                and given.group("g") not in _RANKS and not _RANK_WORD_RE.fullmatch(given.group("g")) \
                and not _BEFORE_RE.search(text, max(0, given.start() - 24), given.start()) \
                and not _PLACE_PREP_RE.search(text, max(0, given.start() - 12), given.start()):
            out.append(Candidate(given.start("g"), end, "PERSON", "rule:en_bare_surname", BARE_SURNAME_PRIORITY, {}))
            continue                   # `Aris Velouciotis was killed`: a given name no list holds and the surname
        before = _BEFORE_RE.search(text, max(0, start - 24), start)
        if before and not _OPENER_RE.match(before.group()):
            continue
        if " with" in m.group() and text[max(0, start - 30):start].rstrip(" \t")[-1:] not in ("", ",", ".", "\n"):
            continue                   # `reached Tsao-chia with his men`: a place after its preposition
        if m.group("w") in SEATS or not unknown_name(m.group("w")) and not (
                _not_listed(m.group("w")) and everyday_surname(text, start, m.group("w"))):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_bare_surname", BARE_SURNAME_PRIORITY, {}))
