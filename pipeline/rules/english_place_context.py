"""English places no lexicon holds, read from the words around them (session 7, helper en9).

Towns and villages of every campaign outnumber any gazetteer; what marks them in English prose is their
context. A run of one to three capitalised words that no lexicon knows, that is no everyday English word
(en_common_words.txt), no given name, surname, month, weekday or nationality, is a GPE where it stands

- after a preposition or verb of place: `at X`, `near X`, `in X`, `into X`, `around X`, `outside X`,
  `via X`, `toward(s) X`, `through X`, `beyond X`, `from X`, `to X`, and after `reached`, `captured`,
  `occupied`, `entered`, `seized`, `evacuated`, `bombed`, `shelled`, `liberated`, `recaptured`,
  `abandoned`, `besieged`, `surrounded`, `encircled`, `defended`, `took`, `retook`, `landed at`; after
  `landed on` the name is an island: LOC;
  `from X` leads to a place after a word of movement or route, after a word of writing (`wrote this letter from X`,
  session 27) and before a clause of movement (`From X we went north`, session 27); each member of an elliptic list
  of counts after such a place is one too (`400 came from X, 200 from Y and 350 from Z`, session 27), and its count
  a QUANTITY (`200`, unit ``: a bare count of what the first member counts);
  also a list after one (`at X, Y and Z`);
- after `the town / village / city / port / capital / outskirts / garrison / vicinity / fall / defence of`
  and after a compass word with `of` (`north of X`, `10 miles south-west of X`);
- before a comma and a known country, state or province (`X, Burma`, `X, Florida`, `X, Shansi`);
- before a word of the ground it names, after an article (`the X area`, `the X sector`, `the X front`, `the X
  road`, `the X bridgehead`), and as the subject of a verb said of places (`X fell to ...`, `X was occupied`,
  `X was bombed`, `X was evacuated`);
- a river or range crossed (`crossed the X`, `across the X`, `the banks of the X`, `up the X`): LOC; a town's name
  used for its river there (`crossed the Sittang`, a lexicon GPE) is LOC too;
- a place named before a lower-case word of an event (`the Munich crisis`, `the Sittang disaster`, `the Tanggu
  truce`, `the Hukawng Valley campaign`, with a compass adjective: `the central Burma campaign`): one EVENT, the place
  known or unknown (english.py reads the known ones with fewer heads);
- with the head word `Town`, `Township` or `Village` written after it (`Teng Town`, `Linqi Village`): the whole
  name with its head (rule 6), a surname-shaped word included, not an everyday word (`Old Town`).
- (session 29, s29enname, from memoirs, diaries and news of the colonial and civil wars) a news dateline: a town in
  capitals at the head of a line before a comma, a known country or state and a dash, a date or an agency (`X,
  Yugoslavia, May 3 --`): GPE; `from X` after the news sent from a place (`a dispatch from X`, `advices from X`,
  `telegrams from X`, not `to X`) and `to`/`from X` after the bodies that march (`the armies from X`, `the column to
  X`); a Philippine or Malay village by its lower-case kind (`the X barrio`, `the X kampong`, `the X sitio`; not
  `settlement`, `village`, `kraal` or `aul`, which a people's name stands before as often); a river or range after
  `along the`, `the headwaters/valley/source/confluence/foothills/slopes/ford of the` (LOC); and the last name of a
  comma list after a preposition is the subject of the clause where a past-tense verb or a verb of saying follows it
  (`At X, Y ordered a retreat`: Y no place).

- (session 32, w32en, read across the development sets) after the other forms of retaking (`to recapture X`, `retake
  X`), after `against X` (a place marched or fought against), `left X` / `leaving X` (not a man left in command or
  behind, nor a two-letter abbreviation), `as far as X` (not the idiom `as far as X was concerned / knew`), and after
  `the invasion of`, `the border / frontier of`, `N miles / kilometres of`.
- (session 33, w33engeo, read across the development sets) a river or range a force stands on, behind or beyond, or
  whose line it holds (`on / behind / beyond / over the X`, `the line / bend / estuary / branch / course / waters / basin
  / gorge / crossing / delta of the X`): LOC, not after a
  verb of attack, a ship's crew or a victory (`the attack on the Redan`, `war on the X`), not a plural, not a road's
  first end (`on the X to Y road`); the article may end a hard-wrapped line (`across the⏎X`). A town after `behind`,
  `held`, `throughout`, `inside`, `round`, `the region / area / sector / neighbourhood / environs of`
  is a GPE (not a man held in esteem, responsible, captive).
- (session 34, w34enplace, read across the development sets) the first end of a stretch, `from X to Y`, as its
  second end (X a place in all nine such stretches of six sets); not a message passed from one man to another (`a
  letter from X to Y`).
- (session 34, w34enplace, read across audit26, audit28, audit30) a one-word unknown place whose last element is its
  language's word for a hill or a mountain (`-berg`, `-kop`, `-kopje`, `-tepe`, `-tepesi`, `-dagh`, `-ghar`:
  `Koodoesberg`, `Kabatepe`, `Mittughar`) is LOC in every place frame; a gazetteer town of that shape stays GPE.

Not a word followed by a possessive (`at X's headquarters`) nor by one more capitalised word beyond the
run (`in X Y Z Army` belongs to other rules). Weaker than every other finder (priority 29): a word any
lexicon or rule tags keeps its label, and a person named elsewhere in the text keeps his surname.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_words
from pipeline.rules.pattern_facts import parsed_tree
from pipeline.rules.scan import guarded, literal_finditer
from pipeline.spans import Candidate, overlapping

PLACE_CONTEXT_PRIORITY = 29
# the capitals and small letters of Latin-1 (A-Z and the accented letters of Western European names): the
# English finders that read such names share them
# (session 28, s28enorg) and the letters of Latin Extended-A and of Vietnamese (Priština, Łódź, Đông Khê, Việt Bắc:
# Balkan, Polish, Turkish and Vietnamese names written in English), in both classes as their cases alternate
LATIN1_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9"
LATIN1_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9"
# Palatka, Sing-poo, and the apostrophes of McCune-Reischauer and Wade-Giles (T'aech'on, Ch'ang-sha), not a possessive
WORD = (rf"[{LATIN1_UPPER}][{LATIN1_LOWER}]{{0,16}}(?:['\u2019](?!s(?![{LATIN1_LOWER}]))[{LATIN1_LOWER}]{{1,10}}){{0,3}}"
        rf"(?:-[{LATIN1_UPPER}{LATIN1_LOWER}][{LATIN1_LOWER}]{{0,10}}(?:['\u2019](?!s(?![{LATIN1_LOWER}]))[{LATIN1_LOWER}]{{1,10}}){{0,2}}){{0,2}}")
NAME = rf"{WORD}(?:[ \t]+{WORD}){{0,2}}"
_PREPOSITIONS = ("at|near|in|into|around|outside|via|towards|toward|through|beyond|from|to|between|reached|captured|occupied"
                 "|entered|seized|evacuated|bombed|shelled|liberated|recaptured|abandoned|besieged|surrounded"
                 "|encircled|defended|retook|took|take|taking|neared|approached|stormed|invested|garrisoned"
                 "|bomb|bombing|raided|strafed|attacked|threaten|threatened|threatening"
                 # the other inflections of the verbs of taking a place, and of sacking and leaving one (auditen5)
                 "|capture|captures|capturing|occupy|occupies|occupying|seize|seizes|seizing|enters|entering"
                 "|recapturing|besieging|evacuating|liberating|storming|sacked|sacking|razed|plundered|departed"
                 # a place up or down a river or a road from another (auditen13): 'the bridgehead below X'
                 "|below|above"
                 # the verbs of invading and overrunning a place (auditen15: 'the 22nd Division, which invaded X')
                 "|invaded|invading|overran|overrunning"
                 # a road or a pass that links two places (auditen20: 'the pass that links Uri and Poonch')
                 "|links|linking|connects|connecting"
                 # the other inflections of retaking a place (session 32, w32en, read across audit22, real-dev2 and
                 # real-dev7: 'an attempt to recapture X', 'orders to retake X')
                 "|recapture|recaptures|retake|retakes|retaking|retaken"
                 # a place marched against and a place left (session 32, w32en: `against X` in 12 sets and `left X`,
                 # `leaving X` in 5, a GPE in all but a man's surname, which _WEAK leaves to the persons' lists)
                 "|against|leaving|left"
                 # (session 33, w33engeo, read across audit25, audit26, audit30) a place a force stands behind or holds,
                 # and one a thing fills: 'dug in behind X', 'already held X', 'riots throughout X', 'inside X'
                 "|behind|throughout|inside|held|round")
_PHRASES = (r"[Oo]ut[ \t]+of|[Ll]anded[ \t]+(?:at|on|near)"
            r"|as[ \t]+far[ \t]+as"   # the end of a march or a pursuit ('pushed on as far as X'; session 32)
            r"|[Ss]iege[ \t]+to|[Cc]los(?:ed|ing|es?)[ \t]+in[ \t]+(?:on|upon)"   # 'closing in on X' (auditen12)
            r"|(?:[Aa]dvanced|[Aa]dvancing|[Mm]arched|[Mm]oved|[Dd]rove|[Cc]onverged|[Aa]ttacks?|[Aa]ssaults?|[Rr]aids?"
            r"|[Mm]arching|[Mm]oving|[Dd]riving|[Cc]onverging|[Bb]earing[ \t]+down|[Bb]ore[ \t]+down)[ \t]+on")   # (auditen12)
_OF_HEADS = ("town|village|villages|city|port|capital|outskirts|garrison|vicinity|fall|defence|defense|siege|relief"
             "|north|south|east|west|north-east|north-west|south-east|south-west"
             "|northeast|northwest|southeast|southwest|district|districts|township|hamlet|settlement"
             "|storming|capture|recapture|occupation|evacuation|taking|loss|bombing|attack|assault|investment"
             "|approaches|streets|inhabitants|mayor|magistrate|governor|people|residents|walls|gates|suburbs"
             "|towns|cities|ports|oasis|oases|provinces|prefectures|counties"
             # the land invaded and its edge, and a distance from a place (session 32, w32en, read across audit22,
             # audit27, audit30 and real-dev8: 'the invasion of X', 'the border of X', 'within 40 miles of X')
             "|invasion|invasions|border|borders|frontier|frontiers|miles|kilometres|kilometers"
             # the ground round a town (session 33, w33engeo: 'the region of X', 'the neighbourhood of X')
             "|region|area|sector|neighbourhood|neighborhood|environs")   # plural heads of a list (auditen5)


def _both_cases(alternation: str) -> str:
    """'at|near' -> a trie of 'at', 'At', 'near', 'Near' (a case-insensitive group, or a flat alternation of
    a hundred words, would cost re its fast skip)."""
    from pipeline.rules.trie import trie_regex  # noqa: PLC0415

    words = alternation.split("|")
    return trie_regex(words + [w[0].upper() + w[1:] for w in words])


CONTEXT_RE = re.compile(
    # (a hard-wrapped page may break the line between the preposition and the name)
    rf"(?<![\w-])(?:(?:{_both_cases(_PREPOSITIONS)}|{_PHRASES})|(?:{_both_cases(_OF_HEADS)})[ \t]+of)(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?P<run>{NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){NAME}){{0,5}})"
    rf"(?![\w'\u2019-]|[ \t]+[{LATIN1_UPPER}])")
# Contexts after which a person is as likely as a place: their words must not be a name of a person either.
_WEAK = re.compile(r"(?i:from|to|at|near|in|between|against|leaving|left|behind|held|round)$")
# 'to' and 'from' lead to a place only after a word of movement or route ('withdrew to X', 'the road from X',
# 'ten miles from X', 'from X to Y'); after others they lead as often to a person ('reported to X').
_MOTION_WORDS = (
    r"(?i:withdr[ae]wn?|withdrawing|withdraw|retreat(?:ed|ing|s)?|back|moved?|moving|marche?d?|marching|advanced?|advancing"
    r"|returned|returning|return|went|go|going|flew|fly|flown|flying|sailed|sailing|sail|drove|driven|driving|came|come"
    r"|coming|sent|transferred|evacuated|railway|railroad|road|roads|route|routes|way|journey|trip|airlift|flight"
    r"|flights|miles?|kilometres?|kilometers?|km|distance|escaped|fled|fleeing|redeployed|shipped|ferried|pushed"
    r"|pulled|headed|heading|proceeded|travell?ed|walked|ran|south|north|east|west|away|out|inland|up|down|bound"
    r"|rushed|hurried|airlifted|diverted|arrived|arriving|extended|extending|stretching|stretched|running|leading"
    r"|transported|relocated|dispatched|despatched|landed|crossed|line|lines|front|retired|pursued|chased|driven"
    r"|expelled|ousted|removed|forced|deported|born|native|inhabitants|people|men|troops|forces|reinforcements|then"
    # the bodies that march to or from a place (session 29, s29enname: 'the armies from X', 'the column to X')
    r"|army|armies|column|columns|detachment|detachments|refugees|fugitives)")
_MOTION_BEFORE = re.compile(_MOTION_WORDS + r"[ \t]+(?i:to|from)$")
# a verb of travel may have its companions or manner between it and 'to' ('travelled with his crew to X')
_TRAVEL_BEFORE = re.compile(
    r"(?i:travell?ed|went|flew|moved|marched|withdrew|returned|retreated|sailed|drove|walked|rode|proceeded|headed"
    r"|pressed[ \t]+on|pushed[ \t]+on|fell[ \t]+back|escaped|fled|hurried|rushed|continued)"
    r"(?:[ \t]+[\w'\u2019-]{1,15}){0,4}[ \t]+(?i:to|from)$")   # none between: 'pressed on to X' (auditen20)
# Verbs after which 'at' / 'in' lead to a school, a company, a language or a publication, not a place.
_NOT_PLACE_WORDS = (
    r"(?i:studied|study|studying|taught|teaching|lectured|educated|enrolled|graduated|trained|professor|student"
    r"|worked|employed|written|wrote|writes|translated|published|printed|reprinted|appeared|quoted|cited|spoken"
    r"|speaks?|broadcast|reported|interviewed|featured|shown|screened|converted)")
_NOT_PLACE_BEFORE = re.compile(_NOT_PLACE_WORDS + r"[ \t]+$")
# the longest word of each (a match of either ends at the end of what is searched, its word right before the spaces
# before that end: searched only from there back by the longest word, not over the whole window; each search tried
# every place of up to 60 characters with a hundred case-blind words, 8-64 us a search)
_MOTION_WORD_MAX = parsed_tree(_MOTION_WORDS, 0).getwidth()[1]
_NOT_PLACE_WORD_MAX = parsed_tree(_NOT_PLACE_WORDS, 0).getwidth()[1]


def not_place_before(text: str, lo: int, hi: int) -> bool:
    """`_NOT_PLACE_BEFORE.search(text, lo, hi)` found a match: `$` stands at hi (or before a newline ending the
    window), the spaces before it end the word."""
    end = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    start = end
    while start > lo and text[start - 1] in " \t":
        start -= 1
    if start == end:
        return False
    return _NOT_PLACE_BEFORE.search(text, max(lo, start - _NOT_PLACE_WORD_MAX), hi) is not None


def motion_before(before: str, context: str) -> bool:
    """`_MOTION_BEFORE.search(before)` found a match, `before` ending with `context` (`to` or `from`, which the
    match ends with): the spaces before the context end the word of motion."""
    end = start = len(before) - len(context)
    while start > 0 and before[start - 1] in " \t":
        start -= 1
    if start == end:
        return False
    return _MOTION_BEFORE.search(before, max(0, start - _MOTION_WORD_MAX)) is not None
# the news sent from a place, not to one (a telegram to X is sent to a man as often; session 29, s29enname:
# 'a dispatch from X on the frontier', 'advices from X')
_NEWS_FROM = re.compile(r"(?i:dispatch|despatch|dispatches|despatches|telegram|telegrams|cablegram|cable|cables|advices)"
                        r"[ \t]+(?i:from)$")
_FROM_NAME_TO = re.compile(rf"(?i:from)[ \t]+{NAME}[ \t]+to$")
# the first end of a stretch of ground: 'from X to Y' names two places as its second end does (session 34, w34enplace:
# the first name of `from X to Y` is a place in all nine stretches of six development sets, `the Turks made a stand
# along the river from X to Y`); not a month or a person, which place_name leaves
_TO_NAME_AFTER = re.compile(rf"[ \t]+to[ \t]+[{LATIN1_UPPER}][{LATIN1_LOWER}]")
# a message passed from one man to another ('a letter from Hartley to Jones'), not a stretch of ground
_MESSAGE_FROM = re.compile(r"(?i:letters?|messages?|notes?|word|orders?|signals?|calls?|requests?|appeals?|reports?"
                           r"|telegrams?|cables?|memo|memorandum|greetings|gifts?|presents?|transfer|transferred"
                           r"|promoted|promotion)[ \t]+(?i:from)$")
# a letter written from a place (session 27, s27enper: letter blogs and diaries, 'wrote this letter from X in July')
_WROTE_FROM = re.compile(r"(?i:wrote|written|writing|dated|datelined|posted)(?:[ \t]+[\w'\u2019-]{1,15}){0,3}[ \t]+(?i:from)$")
# a place left at the head of a clause of movement (session 27: 'From X we went north-west', 'from X the column moved')
_MOTION_AFTER = re.compile(
    r"[ \t]+(?:(?:we|they|he|she|I|it|the[ \t]+[a-z]+)[ \t]+)?(?:then[ \t]+)?(?:went|moved|marched|rode|trekked|proceeded"
    r"|advanced|retired|retreated|continued|travell?ed|sailed|set[ \t]+out|started|pushed[ \t]+on|drove|headed|made[ \t]+for)\b")
CONTEXT_RE = guarded(CONTEXT_RE)
ITEM_RE = re.compile(NAME)
# a comma and a verb after the second of two names: the second is the subject in apposition ('at X, Y, was')
# a verb in the past or a verb of saying after a name: that name opens a clause ('At X, Okoro ordered a retreat')
_SUBJECT_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]{2,}ed|was|were|had|has|said|says|took|went|gave|made|met|saw|found|sent"
                                 r"|led|held|left|fought|came|rode|wrote|told|knew|thought|began|fled|ran|kept|heard|lost"
                                 r"|won|sat|stood|brought|became|chose)\b")
_APPOSED_SUBJECT = re.compile(r",[ \t]+(?:was|were|had|has|did|is|who|would|could|then|now|himself)\b")
# a news dateline: the town in capitals at the head of a line, its country or state, then a dash, a date or an
# agency ('OSIJEK, Yugoslavia, May 3 \u2014'; session 29 s29enname)
DATELINE_BEFORE = re.compile(r"(?:^|(?<=\n))(?P<x>[A-Z]{3,}(?:[ \t-][A-Z]{2,})?),[ \t]+$")
DATELINE_AFTER = re.compile(r"(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?=[ \t]*[\u2013\u2014(-]))?"   # a state, then its country
                            r"[ \t]*(?:[\u2013\u2014]|--?[ \t]|,[ \t]+[A-Z][a-z]{2,}\.?[ \t]+\d|[ \t]\((?:AP|UP|UPI|Reuters?|AAP|AFP)\))")
APPOSITION_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<x>{WORD}(?:[ \t]+{WORD})?),[ \t]+$")
STOP = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter God Heaven Hell "
    "Mr Mrs Ms Dr St Mt Ft Lt Col Gen Maj Capt Sgt Adm Brig Messrs "
    "English French German Russian Soviet Japanese Chinese Korean Italian Dutch Belgian Spanish Portuguese "
    "British American Allied Australian Indian Burmese Thai Malay Malayan Filipino Mongolian Manchu Manchurian "
    "Tibetan Vietnamese Annamese Gurkha Sikh Muslim Moslem Christian Buddhist Hindu Catholic Protestant "
    "Nationalist Nationalists Communist Communists Kuomintang Nazi Nazis Marxist Leninist Bolshevik Bolsheviks "
    "Western Eastern Northern Southern Central Imperial Royal Republican Confucian Japan's China's "
    "Latin Greek Hebrew Arabic Sanskrit Persian Mandarin Cantonese Hokkien Urdu Hindi Tamil Pinyin Wade Giles "
    "Tagalog Bengali Punjabi Telugu Marathi Gujarati Sinhalese Uighur Uyghur Kazakh Esperanto Yiddish Swahili "
    "Kong Hong Yat Sen Kai Shek".split())


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    return frozenset(read_words("en_common_words.txt"))


_TWO_LETTER = frozenset("am an as at be by do go he if in is it me my no of oh on or ox so to up us we ye".split())
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
            ("ing", "e"), ("ly", ""), ("ness", ""), ("ers", ""), ("er", ""), ("er", "e"))


def common_word(word: str) -> bool:
    """True for an everyday English word in any case ('Victory', 'Reserves', 'Landing')."""
    words = common_words()
    low = word.lower()
    if low in words or low in _TWO_LETTER or len(low) < 2:
        return True
    # only the endings of its last letter are tried (most words end in none: no generator is run for them)
    endings = _ENDINGS_BY_LAST.get(low[-1])
    if endings is None:
        return False
    for end, add in endings:
        if not low.endswith(end):
            continue
        stem = low[:-len(end)]
        if end == "es" and not stem.endswith(_ES_STEMS):
            continue  # English writes -es after a hiss or an o only: 'marches', 'heroes', never 'Angeles' or 'Barnes'
        if len(stem) >= 3 and stem + add in words:
            return True
    return False


# the stems English adds -es to in a plural or a verb's third person (box-es, church-es, hero-es); any other
# word in -es is its stem + e + s, which the ending `s` already reads ('lines' is 'line' + s)
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


# _ENDINGS by their last letter, in their order (common_word tries the first that fits first, as before)
_ENDINGS_BY_LAST: dict[str, tuple[tuple[str, str], ...]] = {}
for _end, _add in _ENDINGS:
    _ENDINGS_BY_LAST[_end[-1]] = _ENDINGS_BY_LAST.get(_end[-1], ()) + ((_end, _add),)
del _end, _add


@lru_cache(maxsize=1)
def person_words() -> frozenset:
    """Given names, Chinese and Japanese surnames and the words of the persons lexicon."""
    from pipeline.lexicons import read_rows  # noqa: PLC0415

    words = set(read_words("given_names_en.txt"))
    for name in ("surnames_cn.txt", "surnames_jp.txt"):
        for row in read_rows(name):
            words.update(w for w in row[0].split() if w.isascii())
    for row in read_rows("persons.tsv"):
        for form in (row[2].split(",") if len(row) >= 3 else []):
            words.update(w for w in form.split() if w[:1].isupper())
    return frozenset(w[:1].upper() + w[1:] for w in words if w.isalpha())


def place_name(name: str, weak: bool) -> bool:
    """A run of capitalised words that may be an unknown place."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    if name in english_names():
        return False                  # a lexicon name: its own finder tags it with its label
    from pipeline.rules.english_world_cities import is_city_word  # noqa: PLC0415

    if is_city_word(name, weak):
        return True                   # a town that is also an everyday word or a person's name (session 25)
    if name.endswith("s") and " " not in name:
        from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

        if name[:-1] in demonyms():
            return False              # a people in the plural: 'wear down the Russians' (session 29 s29enunit)
    persons = person_words()
    for word in name.split():
        for part in word.split("-"):
            if part in STOP or common_word(part) and "-" not in word:
                return False
        if word in STOP or (weak or " " not in name) and word in persons:
            return False
        if "-" in word and (all(common_word(p) for p in word.split("-"))
                            or any(p in english_names() for p in word.split("-"))):
            return False              # 'Cross-Country', 'Anti-Aircraft'; 'Peiping-Tientsin' is two known places
    return True


TOWN_HEAD_RE = re.compile(r"(?<=[ \t])(?:Town|Township|Village)(?![\w-])")
_NAME_BEFORE_HEAD = re.compile(rf"(?<![\w'\u2019-])(?P<name>{WORD}(?:[ \t]+{WORD})?)[ \t]+$")


def _town_heads(text: str, out: list) -> None:
    """'Teng Town', 'Linqi Village': a name with the head word of a town or village."""
    for head in literal_finditer(TOWN_HEAD_RE, text):
        m = _NAME_BEFORE_HEAD.search(text, max(0, head.start() - 40), head.start())
        if m is None:
            continue
        words = m.group("name").split()
        while words and (words[0] in STOP or common_word(words[0])):
            words.pop(0)
        if not words or any(w in STOP or common_word(w) for w in words):
            continue
        start = head.start() - 1 - len(" ".join(words))
        if text[start:head.start()].rstrip() != " ".join(words):
            continue
        out.append(Candidate(start, head.end(), "GPE", "rule:en_place_context", PLACE_CONTEXT_PRIORITY + 12, {}))


AREA_WORD_RE = guarded(re.compile(r"(?<=[ \t])(?:area|sector|front|region|vicinity|salient|perimeter|bridgehead"
                                  r"|beachhead|road|track|trail|garrison|plain|valley|airstrip|airfield"
                                  # a village by its lower-case Philippine or Malay kind ('the X barrio', 'the X
                                  # kampong'; session 29 s29enname: not 'settlement', 'village', 'kraal' or 'aul',
                                  # which a people's name stands before as often: 'the Boer settlement')
                                  r"|barrio|kampong|kampung|sitio)(?![\w-])"))
# 'the whole Chapei front', 'the entire Suchow sector': a lower-case word of extent may stand after the article (auditen12)
AREA_NAME_BEFORE = re.compile(rf"(?<![\w-])(?:the|The)[ \t]+(?:(?:whole|entire)[ \t]+)?(?P<name>{NAME})[ \t]+$")
SUBJECT_VERB_RE = re.compile(r"(?:fell[ \t]+(?:to|on|in|after|without|at)\b"
                             r"|(?:was|had[ \t]+been)[ \t]+(?:occupied|bombed|evacuated|shelled|abandoned|besieged"
                             r"|retaken|recaptured|liberated|garrisoned|sacked|razed|burned|burnt|looted|reoccupied)\b)")
SUBJECT_NAME_RE = re.compile(rf"(?<![\w'\u2019-])(?P<name>{NAME})$")


def _areas_and_subjects(text: str, out: list) -> None:
    found = []
    for word in AREA_WORD_RE.finditer(text):            # the word of ground first, the name read back from it
        prev = text.rfind(" ", max(0, word.start() - 40), word.start() - 1)
        if not text[prev + 1:prev + 2].isupper():
            continue                  # the word before it is no name ('the main road')
        m = AREA_NAME_BEFORE.search(text, max(0, word.start() - 60), word.start())
        if m is not None:
            found.append(m)
    for verb in SUBJECT_VERB_RE.finditer(text):        # the verb first, the name read back from it
        if not verb.start() or text[verb.start() - 1] not in " \t":
            continue
        m = SUBJECT_NAME_RE.search(text, max(0, verb.start() - 60), verb.start() - 1)
        if m is not None:
            found.append(m)
    for m in found:
        name = m.group("name")
        if place_name(name, True):
            out.append(Candidate(m.start("name"), m.end("name"), "LOC" if landform_word_end(name) else "GPE",
                                 "rule:en_place_context",
                                 PLACE_CONTEXT_PRIORITY, {}))


# the sides of the civil and colonial wars and the alliances, written as an adjective before a lower-case happening:
# who did it, not its name (session 32, w32en, read across the development sets: `the Republican offensive`, `a
# Republican campaign`, `the Iranian offensive`, `the Allied offensive`, `the Soviet offensive`, `the Communist
# campaign` are untagged in all 15 sets that write one; a place's adjective names a campaign: `the Mesopotamian
# campaign`)
WAR_SIDES = frozenset("Republican Nationalist Confederate Union Federal Bolshevik Menshevik Carlist Royalist Loyalist "
                      "Rebel Insurgent Axis Entente Coalition Partisan Mahdist Dervish Boer Communist Fascist Francoist "
                      "Sandinista Contra Monarchist Anarchist Kemalist Red Allied Soviet".split())
# the happenings a side makes (a people's adjective before them names the side: `the Iranian offensive`)
SIDE_ACTION_HEADS = frozenset(("offensive", "counteroffensive", "counter-offensive", "withdrawal", "retreat",
                               "breakout", "landing", "landings", "evacuation", "blockade", "raid", "bombing"))


def side_word(word: str, head: str) -> bool:
    """`word` before the lower-case `head` names a side of the war, not the happening (`the Boer war`, `the
    Carlist wars` are names: only the actions and campaigns)."""
    if word in WAR_SIDES and (head in SIDE_ACTION_HEADS or head == "campaign"):
        return True
    if head in SIDE_ACTION_HEADS:
        from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

        return word in demonyms()
    return False


_TO_OR_FROM = re.compile(r"(?i:to|from)")
_LANDED_ON = re.compile(r"(?i:landed)[ \t]+on$")
# a man left in charge or behind, not a place left (session 32)
_LEFT_IN_CHARGE = re.compile(r"[ \t]+(?:in[ \t]+(?:command|charge)|behind|alone|to[ \t]+(?:hold|guard|command|defend"
                             r"|face|deal|cover|follow|his|their))\b")
_HELD_MAN = re.compile(r"[ \t]+(?:in|responsible|captive|prisoners?|hostages?|accountable|liable|as|to|under|for|up"
                       r"|back|without|incommunicado)\b")
# the idiom of a limit of knowledge or concern, not of ground (session 32): 'as far as X was concerned / knew / could'
_AS_FAR_AS_CLAUSE = re.compile(r"[ \t]+(?:is|was|are|were|has|had|have|could|can|would|will|knew|knows|know|went"
                               r"|goes|concerned|remembered|recalls|recalled|understood|saw|sees|thought)\b")


# the landform word of its own language closing a one-word name: an Afrikaans or German mountain (`Koodoesberg`), an
# Afrikaans hill (`Spioenkop`), a Turkish hill (`Kabatepe`, `Kocatepesi`), a Turkish or Persian mountain (`Karadagh`) and
# a Pashto mountain (`Mittughar`); a hill or mountain, no town (session 34, w34enplace, read across audit26, audit28 and
# audit30); the towns of that shape are the lexicons' (`Heidelberg`, `Maltepe`) and keep their label
_LANDFORM_WORD_ENDS = ("berg", "kop", "kopje", "tepe", "tepesi", "dagh", "ghar")


def landform_word_end(name: str) -> bool:
    """A one-word name ending in its language's word for a hill or a mountain, with at least three letters before it."""
    if " " in name or "-" in name:
        return False
    low = name.lower()
    if not any(low.endswith(end) and len(low) - len(end) >= 3 for end in _LANDFORM_WORD_ENDS):
        return False
    from pipeline.rules.english_world_cities import city_table  # noqa: PLC0415

    return name not in city_table()   # 'Heidelberg', 'Maltepe': a town of the gazetteer


def find_place_context(text: str, out: list) -> None:
    """Append GPE candidates for unknown places in the contexts above."""
    for m in CONTEXT_RE.finditer(text):
        context = text[m.start():m.start("run")].strip()
        weak = bool(_WEAK.search(context))
        if not_place_before(text, max(0, m.start() - 24), m.start()):
            continue                  # 'studied at X' (a school), 'written in X' (a language), 'published in X'
        if _TO_OR_FROM.fullmatch(context):
            before = text[max(0, m.start() - 60):m.start() + len(context)]
            if not (motion_before(before, context) or _FROM_NAME_TO.search(before) or _TRAVEL_BEFORE.search(before)
                    or _WROTE_FROM.search(before) or _NEWS_FROM.search(before, max(0, len(before) - 30))
                    or context.lower() == "from" and (_MOTION_AFTER.match(text, m.end("run"))
                                                      or _TO_NAME_AFTER.match(text, m.end("run"))
                                                      and not _MESSAGE_FROM.search(before))):
                continue
        if context in ("left", "leaving") and (_LEFT_IN_CHARGE.match(text, m.end("run")) or len(m.group("run")) < 3):
            continue                  # 'left Wellington in command', 'leaving Hobbs behind': a man left; 'left Sp.'
            #                           (a start point abbreviated in a war diary)
        if context in ("held", "Held") and _HELD_MAN.match(text, m.end("run")):
            continue                  # 'held Hartley in esteem / responsible / captive': a man held (session 33)
        if context.startswith("as") and _AS_FAR_AS_CLAUSE.match(text, m.end("run")):
            continue                  # 'as far as Johnson was concerned', 'as far as Smith knew': the idiom
        # an island is landed on (spec: islands are LOC), a town is landed at
        label = "LOC" if _LANDED_ON.search(context) else "GPE"
        if context.lower() in ("between", "links", "linking", "connects", "connecting") \
                and _names_a_person(m.group("run")):
            continue                  # 'between Nogi and Kuroki': one person makes the pair persons
        items = list(ITEM_RE.finditer(m.group("run")))
        if len(items) == 2 and _APPOSED_SUBJECT.match(text, m.end("run")) \
                and m.group("run")[items[0].end():items[1].start()].strip() == ",":
            items = items[:1]         # 'the fort at Cao Bang, Charton, was ordered': a man in apposition, no list
        elif len(items) >= 2 and m.group("run")[items[-2].end():items[-1].start()].strip() == "," \
                and _SUBJECT_VERB_AFTER.match(text, m.end("run")):
            items = items[:-1]        # 'In X, Penn learned': the last name after a comma is the clause's subject
            #                           (session 29, s29enname)
        for item in items:
            name = item.group()
            if place_name(name, weak):
                start = m.start("run") + item.start()
                # a name with the head word of the ground is no town (spec: islands, rivers, passes are LOC)
                # and so is one opened by an Arabic landform word (`held Jebel X`)
                out.append(Candidate(start, start + len(name), "LOC" if name.rsplit(None, 1)[-1] in LAND_HEADS
                                     or name.split(None, 1)[0] in LAND_FIRST or landform_word_end(name)
                                     else label, "rule:en_place_context",
                                     PLACE_CONTEXT_PRIORITY, {}))
    _appositions(text, out)
    if " from " in text or " at " in text:
        _parallel_counts(text, out)
    _areas_and_subjects(text, out)
    if "Town" in text or "Village" in text:
        _town_heads(text, out)


# an elliptic list of counts after a place (session 27, s27enper): '400 troops came from X, 200 from Y and 350 from Z'
_PARALLEL_COUNT = re.compile(
    rf"(?:,[ \t]+|,?[ \t]+and[ \t]+)(?P<n>(?:(?:some|about|another|a[ \t]+further)[ \t]+)?\d[\d,]*)[ \t]+(?:(?:more|others)[ \t]+)?"
    rf"(?P<p>from|at)[ \t]+(?P<run>{NAME})(?![\w'\u2019-]|[ \t]+[{LATIN1_UPPER}])")
# the first member counted too: '400 troops came from X', '300 men at X' (a count, then up to three words)
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w.,-])\d[\d,]*(?:[ \t]+[\w'\u2019-]+){0,3}?[ \t]+(?P<p>from|at)[ \t]+$")


def _parallel_counts(text: str, out: list) -> None:
    """Places of an elliptic list of counts: each `N from Y` after `N ... from X` (X a place) is a place too."""
    from pipeline.rules.english_world_cities import city_table  # noqa: PLC0415

    for cand in [c for c in out if c.label == "GPE"]:
        before = _PLACE_PREPOSITION_BEFORE.search(text, max(0, cand.start - 50), cand.start)
        if not before:
            continue
        pos = cand.end
        while (m := _PARALLEL_COUNT.match(text, pos)) and m.group("p") == before.group("p"):
            pos = m.end()
            start, end = m.span("run")
            if place_name(m.group("run"), True) and not any(c.start < end and start < c.end for c in out) \
                    and city_table().get(m.group("run"), ("",))[0] != "city-person":
                out.append(Candidate(start, end, "GPE", "rule:en_place_context", PLACE_CONTEXT_PRIORITY, {}))
            count_start, count_end = m.span("n")     # its count counts what the first one counted (guideline 9)
            if not any(c.start < count_end and count_start < c.end for c in out):
                out.append(Candidate(count_start, count_end, "QUANTITY", "rule:en_place_context_count", 50, {}))


def _names_a_person(run: str) -> bool:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    return any(names.get(item.group(), ("",))[0] == "PERSON" or item.group() in person_words()
               for item in ITEM_RE.finditer(run))


LAND_HEADS = frozenset("Island Islands Isle River Bay Strait Straits Peninsula Mountain Mountains Hill Hills Ridge "
                       "Valley Pass Gulf Sea Lake Plain Plateau Coast Harbour Harbor Anchorage Cape Channel".split())
# the Arabic landform words written before a name (`Jebel X`, `Wadi X`: english_arabic_place_prefixes reads them LOC; a
# Romance or English one may open a town, `Punta Arenas`, `Cape Town`)
LAND_FIRST = frozenset("Jebel Djebel Jabal Gebel Wadi Oued".split())
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<w>[{LATIN1_UPPER}][\w'\u2019-]*)[ \t]+$")
_OPENERS = frozenset("In At On The From To Near And Of For By With Via Into Outside Around".split())
_LIST_ITEM_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*,[ \t]+$")     # 'A, B, Burma': B is an item of a list


def _appositions(text: str, out: list) -> None:
    """'X, Burma': an unknown name before a comma and a known country, state or province."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for cand in list(out):
        if cand.label != "GPE" or cand.start < 4 or text[cand.start - 2:cand.start] != ", ":
            continue
        written = text[cand.start:cand.end]
        if names.get(written, ("",))[0] != "GPE" and not re.search(r"[ \t](?:Province|County|Prefecture|State)$",
                                                                   written):
            continue
        line = DATELINE_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        if line is not None and DATELINE_AFTER.match(text, cand.end) and not overlapping(out, *line.span("x")) \
                and place_name(line.group("x").title(), True):
            out.append(Candidate(line.start("x"), line.end("x"), "GPE", "rule:en_place_context",
                                 PLACE_CONTEXT_PRIORITY, {}))
            continue
        after = text[cand.end:cand.end + 1]
        if after and after not in ",.;:)\n":
            continue              # 'Sihang, Mukden 1931': items of a list, not a town and its state
        m = APPOSITION_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        longer = m and _NAME_WORD_BEFORE.search(text, max(0, m.start("x") - 20), m.start("x"))
        if longer and longer.group("w") not in _OPENERS:
            continue              # 'Ấp Bình Đức, X Province': the last words of a longer name (session 28, s28enorg)
        if m and not _LIST_ITEM_BEFORE.search(text, max(0, m.start("x") - 30), m.start("x")) \
                and place_name(m.group("x"), True):
            out.append(Candidate(m.start("x"), m.end("x"), "GPE", "rule:en_place_context",
                                 PLACE_CONTEXT_PRIORITY, {}))
