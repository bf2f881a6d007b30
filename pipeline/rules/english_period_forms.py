"""English forms of colonial-era and 19th-century prose the other finders miss (session 24, helper s24en: audit of
all nine labels on 16 unseen passages: Nian and Taiping wars, Khalkhin Gol, Malaya 1941-42, Java and Celebes 1942,
the Yamashita trial, a Percival despatch, Bataan and Hong Kong 1941-42; each class recurs on at least three other pages of the stored corpus).

- A colony named by its colonial power's adjective is one GPE (guideline: a place with a government, `French
  Indochina` is GPE by rule 16): `British Malaya`, `British Burma`, `French Cochinchina`, `Portuguese Timor`,
  `German East Africa`, `Belgian Congo`. The colony names are the conventional names of the European colonies in
  Asia, Africa and the Pacific (the Wikipedia lists of former British, French, Dutch, Portuguese, German, Italian,
  Spanish, Belgian and Danish colonies); only those after their own power. Not before a capitalised word (`the
  British Burma Army` is a unit's name) nor inside a longer name already read.
- A place right after a colonial post written without `of` is the place, not a person (`the High Commissioner
  Malaya`, `Governor Hong Kong`, `General Officer Commanding Malaya`): the post words are those of
  english_grammar's RANK that take a territory (Governor, Commissioner, Resident, Viceroy, Consul, Commanding, ...),
  the place a GPE or LOC of the English place tables (english_names). `Governor Ma` (no place) stays a person, and so
  does a one-word name of two romanised syllables (`Imperial Commissioner Qishan`, a place's spelling too).
- A force's abbreviation written with full stops is the force, as the same letters without them are
  (`the A.I.F.`, `the R.A.F.`, `the K.N.I.L.`): the letters are an abbreviation of the named-force tables
  (forces_en*.tsv) or the initials of one of their names of three words or more (`Australian Imperial Force`);
  never a country (`U.S.A.`) or an honour or post (`K.C.B.`, `G.O.C.`).
- A rank abbreviated in the old or the lower-case style before a name keeps the name a PERSON (rule 1: the rank
  outside): `Lieut. Kellett`, `Sergt. Ebenezer Pollock`, `Comdr. Ferris Tuck`, `capt. John Smith`, `capt.. John
  Smith` (OCR doubles the stop), `lieut. Brown`, `col. Gray`. The name is one to four capitalised words
  (english_grammar.PERSON_TOKEN) that no place, unit or body table holds.
- A count before a capitalised attributive name and a plural noun is one QUANTITY, the name with the noun its unit,
  as a people's adjective is (`18 Nian rebel groups`, `12 Boxer bands`, `300 Cossack horsemen`): at most one
  lower-case word between; not a month, weekday, echelon or unit word (`3 Corps troops` is a unit's count), not a
  year-shaped number.
- A company, battery or troop named by a letter in quotes is a MIL_UNIT from the letter on (rule 13: no span opens
  with punctuation), with the parent written after `of the` or a comma (`"C" Company of the Royal Rifles`,
  `‘B’ Company, 2nd Battalion`), as an unquoted `C Company of X` already is.
- A count of soldiers by their arm's capitalised plural is one QUANTITY (`49 Grenadiers`, `300 Fusiliers`,
  `1 Rifleman`), as `500 Marines` is, and so is a count of `other ranks` (the British Army's men below commissioned
  rank: `40 officers and 1,200 other ranks`, `6 British other ranks`).
- A line named by two places joined by a hyphen is one FAC with a lower-case `line` too (`the Abucay-Mauban line`,
  the defence lines and railways of the campaign histories), as `the Peking-Hankow line` is where both places are
  in the tables; not a pair of peoples' prefixes (`Sino-Soviet`); so is a line named by one place after the article
  (`the Chatalja lines`, `the Pykysyry line`; session 31, w31en), not a side's, a people's or an everyday word's.

Priority: the generators before (lexicon places, persons by title) stay unless a class here replaces them: the
colony's GPE drops the GPE/LOC inside it, a place after a post drops the PERSON read there. Cost: each part is
gated on a literal its form holds (a colonial adjective, a post word, `.`-separated capitals, a rank's stop, a
digit before a capital, a quote before a letter, `ine`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.english_grammar import NOT_PERSON_WORDS, PERSON_TOKEN, PRIORITY
from pipeline.rules.english_lexicon import NAMED_UNITS, english_names
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate, overlapping as _overlapping

_COLONIES = {
    "British": "Malaya|Burma|Borneo|North Borneo|India|Guiana|Honduras|Somaliland|East Africa|West Africa|Central Africa"
               "|Cameroons|Togoland|New Guinea|Ceylon|Hong Kong|Bechuanaland|West Indies|Kowloon|Weihaiwei|Wei-hai-wei"
               "|Baluchistan|Aden|Sudan|Raj",
    "French": "Indochina|Indo-China|Indo China|Cochinchina|Cochin-China|Cochin China|Tonkin|Tonquin|Annam|Laos|Cambodia"
              "|Guiana|Guinea|Sudan|Congo|Somaliland|West Africa|Equatorial Africa|Polynesia|Morocco|Algeria|Tunisia"
              "|India|Madagascar|Cameroun|Cameroon|Togoland|Kwangchowan|Guangzhouwan|Kouang-Tcheou-Wan",
    "Dutch": "East Indies|Indies|Borneo|New Guinea|Guiana|Timor|Sumatra|Java|Celebes",
    "Netherlands": "East Indies|Indies|New Guinea|Borneo|Timor",
    "Portuguese": "Timor|Macau|Macao|India|Guinea|East Africa|West Africa|Angola|Mozambique",
    "German": "East Africa|South West Africa|South-West Africa|New Guinea|Samoa|Kamerun|Togoland|Kiautschou|Kiaochow"
              "|Kiao-chau",
    "Italian": "Somaliland|East Africa|Libya|Eritrea",
    "Spanish": "Sahara|Guinea|Morocco|Philippines",
    "Belgian": "Congo",
    "Danish": "West Indies",
}
_BLANKS = r"[ \t]+"
_COLONY_RE = re.compile(r"(?<![\w-])(?:" + "|".join(
    power + _BLANKS + "(?:" + names.replace(" ", _BLANKS) + ")" for power, names in _COLONIES.items())
    + r")(?![\w-])(?![ \t]+[A-Z])")
_POWERS = tuple(_COLONIES)

_POSTS = (r"(?:High[ \t]+Commissioner|Commissioner|Governor(?:[ \t-]+General)?|Lieutenant[ \t-]+Governor|Resident"
          r"(?:[ \t-]+General)?|Viceroy|Consul(?:[ \t-]+General)?|Commander-in-Chief|C\.-in-C\.|Commanding"
          r"|Flag[ \t]+Officer|Adviser|Advisor|Agent)")
_POST_PLACE_RE = re.compile(rf"(?<![\w-]){_POSTS}[ \t]+(?P<p>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w-])")

_DOTTED_RE = re.compile(r"(?<![\w.])(?P<a>(?:[A-Z]\.){3,6})(?![\w])")
_NOT_FORCES = frozenset("USA USSR UAR UNO KCB GCB KBE OBE MBE CBE DSO DSC GOC ADC NCO POW MVO KCMG CMG KCSI CSI "
                        "KCIE CIE GCIE KCVO GCVO VC MC DFC AFC MSM GBE LLD PhD".split())

_OLD_RANK = (r"(?:Lieuts?\.(?:[ \t]*-[ \t]*(?:Col|Gen)\.)?|Sergt\.|Serjt\.|Serjeant|Corpl\.|Comdr\.|Cmdr\.|Capt\.\."
             r"|(?:capt|lieut|col|gen|maj|adm|brig|sergt|sgt|corpl|comdr|lt)\.{1,2})")
_OLD_RANK_RE = re.compile(rf"(?<![\w.]){_OLD_RANK}[ \t]*(?P<n>{PERSON_TOKEN}(?:[ \t]+{PERSON_TOKEN}){{0,3}})(?![\w-])")

_RANK_WORDS = frozenset("Col Gen Maj Capt Lieut Brig Adm Sergt Serjt Lt Sgt Corpl Comdr Cmdr".split())

_NOT_ATTRIBUTES = frozenset(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Division Divisions Corps Army Armies Brigade Brigades Regiment Regiments "
    "Battalion Battalions Company Companies Squadron Squadrons Group Groups Wing Wings Fleet Flotilla Column Columns "
    "Force Forces Commando Commandos Battery Batteries Troop Troops Platoon Section Field Infantry Cavalry Artillery "
    "Para Route Air Mountain Indian Street Road Avenue No The A An And Of In On At By To For With From Per Mile Miles "
    "Hill Hills Point Squadrons Marine Marines Tank Tanks Panzer Guards Rifles Fusiliers Highlanders Gurkhas".split())


@lru_cache(maxsize=1)
def _force_letters() -> dict[str, str]:
    """Letters of a force's abbreviation -> the table form whose norm it takes (the form itself, or the full name
    whose initials the letters are)."""
    table = {}
    for form in NAMED_UNITS:
        if form.isupper() and form.isalpha() and 3 <= len(form) <= 6:
            table.setdefault(form, form)
    for form in NAMED_UNITS:
        words = form.split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words if w not in ("of", "the", "and", "in", "for")):
            letters = "".join(w[0] for w in words if w[:1].isupper())
            if letters.isalpha() and letters.isupper():
                table.setdefault(letters, form)
    for bad in _NOT_FORCES:
        table.pop(bad, None)
    return table


def _colonies(text: str, out: list) -> None:
    names = english_names()
    for m in literal_finditer(_COLONY_RE, text):
        s, e = m.span()
        if _overlapping(out, s, e, ("MIL_UNIT", "ORG", "EVENT", "FAC")) or any(
                c.start <= s and e <= c.end and c.label == "GPE" and (c.start, c.end) != (s, e) for c in out):
            continue
        if any(c.start == s and c.end == e and c.label == "GPE" for c in out):
            continue
        for c in _overlapping(out, s, e, ("GPE", "LOC", "PERSON")):
            out.remove(c)
        base = re.sub(r"[ \t]+", " ", text[s:e]).split(" ", 1)[1]
        zh = names.get(base, (None, None))[1]
        out.append(Candidate(s, e, "GPE", "rule:en_colony", PRIORITY["GPE"] + 3, {"zh": zh} if zh else {}))


def _two_syllables(word: str) -> bool:
    """Whether one word is two romanised Chinese syllables (`Qishan`): a name a post may take as a person's
    (`Imperial Commissioner Qishan`), whatever place is spelled alike."""
    from pipeline.rules.english_syllables import romanised_syllables  # noqa: PLC0415
    syllables = romanised_syllables()[1]
    low = word.lower()
    return any(low[:i] in syllables and low[i:] in syllables for i in range(1, len(low)))


def _post_places(text: str, out: list) -> None:
    names = english_names()
    for m in literal_finditer(_POST_PLACE_RE, text):
        s, e = m.span("p")
        place = re.sub(r"[ \t]+", " ", m.group("p"))
        label, zh = names.get(place, (None, None))
        if label not in ("GPE", "LOC") or (" " not in place and _two_syllables(place)):
            continue
        persons = _overlapping(out, s, e, ("PERSON",))
        if not persons:
            continue
        for c in persons:
            out.remove(c)
        if not any(c.start == s and c.end == e and c.label == label for c in out):
            out.append(Candidate(s, e, label, "rule:en_post_place", PRIORITY[label] + 2, {"zh": zh}))


def _dotted_forces(text: str, out: list) -> None:
    letters_to_form = _force_letters()
    for m in literal_finditer(_DOTTED_RE, text):
        letters = m.group("a").replace(".", "")
        form = letters_to_form.get(letters)
        if form is None:
            continue
        s, e = m.span("a")
        if _overlapping(out, s, e, ("MIL_UNIT", "ORG", "GPE", "EVENT")):
            continue
        norm = norm_en.normalize_unit_en(form, text[max(0, s - 40): s])
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_dotted_force", PRIORITY["MIL_UNIT"], norm))


def _old_ranks(text: str, out: list) -> None:
    names = english_names()
    for m in literal_finditer(_OLD_RANK_RE, text):
        s, e = m.span("n")
        name = re.sub(r"[ \t]+", " ", m.group("n"))
        if name.split(" ")[0] in NOT_PERSON_WORDS or name.split(" ")[0] in _RANK_WORDS \
                or names.get(name, ("PERSON",))[0] != "PERSON":
            continue
        if _overlapping(out, s, e, ("PERSON", "MIL_UNIT", "ORG", "GPE", "LOC", "FAC", "EVENT")):
            continue
        out.append(Candidate(s, e, "PERSON", "rule:en_old_rank_person", PRIORITY["PERSON"] + 2, {}))


@lru_cache(maxsize=1)
def _attribute_count_re() -> tuple[re.Pattern, re.Pattern]:
    from pipeline.rules.english_numbers import PLURAL_HEAD, APPROX  # noqa: PLC0415
    count = re.compile(rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})[ \t]+(?P<noun>(?P<attr>[A-Z][a-z]{{2,14}})"
                       rf"[ \t]+(?:[a-z]{{3,14}}[ \t]+)?{PLURAL_HEAD})(?![\w-])")
    approx = re.compile(rf"(?P<approx>{APPROX})[ \t]+\Z")
    return count, approx


# a digit, blanks and a capital: where a count before a capitalised word can end its number
_DIGIT_CAPITAL = re.compile(r"\d[ \t]+(?=[A-Z][a-z])")
_NUMBER_START = re.compile(r"\d[\d,]*\Z")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def _attribute_counts(text: str, out: list) -> None:
    pattern = approx_re = peoples = None
    for anchor in _DIGIT_CAPITAL.finditer(text):
        head = text[max(0, anchor.start() - 12): anchor.start() + 1]
        start = anchor.start() + 1 - len(_NUMBER_START.search(head).group())
        if start > 0 and (text[start - 1] in ".,$£¥/-_" or text[start - 1].isalnum()):
            continue
        if pattern is None:
            pattern, approx_re = _attribute_count_re()
        m = pattern.match(text, start)
        if m is None or m.group("attr") in _NOT_ATTRIBUTES or _YEAR.fullmatch(m.group("num")):
            continue
        if peoples is None:
            from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
            peoples = demonyms()
        if m.group("attr") in peoples:
            continue   # the peoples' adjectives are english_numbers' own (ADJ)
        s, e = m.span()
        before = approx_re.search(text, max(0, s - 30), s)
        if before:
            s = before.start()
        if _overlapping(out, s, e, ("QUANTITY", "MIL_UNIT", "DATE", "EVENT", "ORG", "FAC")):
            continue
        norm = norm_en.normalize_quantity_en(text[s:e], m.start("noun") - s)
        if norm.get("value") is None:
            continue
        for c in _overlapping(out, s, e, ("GPE", "LOC", "PERSON")):
            out.remove(c)
        out.append(Candidate(s, e, "QUANTITY", "rule:en_attribute_count", PRIORITY["QUANTITY"] - 3, norm))



# a company, battery or troop named by a letter in quotes ('"C" Company', '‘B’ Company'): the span opens at the
# letter (a span never starts with punctuation) and takes the parent written after `of the` or a comma
_LETTERED = re.compile(r"(?<![\w])[\"'\u2018\u201c](?P<l>[A-Z])[\"'\u2019\u201d][ \t]+(?P<h>Company|Coy|Battery|Troop|Squadron"
                       r"|Platoon|Force)(?![\w-])")
_PARENT_LINK = re.compile(r"(?:[ \t]+of|,)[ \t\n]+(?:the[ \t\n]+)?")


def _lettered_units(text: str, out: list) -> None:
    for m in literal_finditer(_LETTERED, text):
        s, e = m.start("l"), m.end("h")
        if _overlapping(out, s, e, ("MIL_UNIT",)):
            continue
        link = _PARENT_LINK.match(text, e)
        if link:
            parents = [c for c in out if c.label == "MIL_UNIT" and c.start == link.end()]
            if parents:
                e = max(c.end for c in parents)
        for c in _overlapping(out, s, e, ("MIL_UNIT", "PERSON", "GPE", "LOC", "ORG")):
            out.remove(c)
        norm = norm_en.normalize_unit_en(m.group("l") + " " + m.group("h"), text[max(0, s - 40): s])
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_lettered_unit", PRIORITY["MIL_UNIT"] + 1, norm))


# counts of soldiers by their arm's capitalised plural ('49 Grenadiers', '300 Fusiliers', '1 Rifleman') and of
# 'other ranks' (the British Army's term for the men below commissioned rank: '40 officers and 1,200 other ranks')
_ARMS = ("Grenadiers|Grenadier|Fusiliers|Fusilier|Riflemen|Rifleman|Dragoons|Hussars|Lancers|Sepoys|Rangers"
         "|Guardsmen|Guardsman|Gunners|Sappers|Commandos|Bannermen|Braves|Cossacks|Zouaves|Tirailleurs|Legionnaires"
         "|Legionaries|Askaris|Levies|Paratroopers|Scouts|Raiders|Chindits|Marauders|Bluejackets|Jackies"
         # the members of the irregular and police forces of the Irish, colonial and partisan wars by their force's
         # capitalised plural ('17 Auxiliaries', 'Three Volunteers', 'twelve Partisans'; session 27 s27enunit)
         "|Volunteers|Auxiliaries|Partisans|Guerrillas|Irregulars|Regulars|Marines|Militiamen|Yeomen|Troopers"
         "|Spahis|Sowars|Constables|Cadets"
         # war diaries' abbreviated counted nouns: prisoners of war, other ranks, machine guns ('35 PoWs', '65 PW',
         # '2 O.Rs', '3 MGs'; session 27 s27enunit)
         "|PoWs|PoW|POWs|POW|PWs|PW|P\\.W\\.s?|O\\.[ \\t]?R\\.?s|O\\.R\\.|ORs|MGs|LMGs|HMGs")
# a count in words (not 'one', a pronoun as often as a number: 'one Fusilier said'), and a participle or 'armed'
# between the count and the noun ('three dead Volunteers', 'five fully armed Partisans'; session 27 s27enunit)
_ARM_WORDS = (r"[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen"
              r"|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty"
              r"|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety")
_ARM_COUNT = re.compile(r"(?<![\w.,$/-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6}|(?:" + _ARM_WORDS + r")(?:-[a-z]{3,5})?)"
                        r"(?:[ \t]+(?:dead|wounded|captured|unarmed|(?:fully[ \t]+|well[ \t-])?armed))?"
                        r"[ \t]+(?P<noun>(?:" + _ARMS
                        + r")|(?:(?:British|Indian|Native|European|Australian|Canadian|Gurkha)[ \t]+)?(?:other[ \t]+ranks?"
                        r"|Other[ \t]+Ranks?))(?![\w-])")


# every match of _ARM_COUNT holds one of the nouns of _ARMS or `other rank(s)`: rare in a paragraph, and re skips to
# the nouns' first letters in C (the pattern itself opens with a look-behind, so re would try it at every place)
_ARM_NOUN_GATE = re.compile(rf"(?:{_ARMS})")
_OTHER_RANKS_GATE = re.compile(r"other[ \t]+ranks?|Other[ \t]+Ranks?")


def arm_count_finditer(text: str):
    """`_ARM_COUNT.finditer(text)`, none where none of its nouns stands."""
    if _ARM_NOUN_GATE.search(text) is None and ("ther" not in text or _OTHER_RANKS_GATE.search(text) is None):
        return iter(())
    return literal_finditer(_ARM_COUNT, text)


def _arm_counts(text: str, out: list) -> None:
    for m in arm_count_finditer(text):
        s, e = m.span()
        if _YEAR.fullmatch(m.group("num")) or _overlapping(out, s, e, ("MIL_UNIT", "DATE")):
            continue
        inside = _overlapping(out, s, e, ("QUANTITY",))
        if any(c.start <= s and e <= c.end and (c.start, c.end) != (s, e) for c in inside) or any(
                (c.start, c.end) == (s, e) for c in inside):
            continue
        norm = norm_en.normalize_quantity_en(m.group(), m.start("noun") - s)
        if norm.get("value") is None:    # a participle between: the unit holds it ('three dead Volunteers')
            norm = norm_en.normalize_quantity_en(m.group(), m.end("num") - s + 1)
        if norm.get("value") is None:
            continue
        for c in inside + _overlapping(out, s, e, ("GPE", "LOC", "PERSON", "ORG")):
            if c in out:
                out.remove(c)
        out.append(Candidate(s, e, "QUANTITY", "rule:en_arm_count", PRIORITY["QUANTITY"], norm))


# a defence line or railway named by two places joined by a hyphen, with a lower-case or capital `line`
# ('the Abucay-Mauban line', 'the Orion-Bagac Line'): one FAC, as `the Peking-Hankow line` is read where both places
# are known; the words need not be in the place tables. Not a compound of peoples ('Sino-Soviet').
_PAIR_LINE = re.compile(r"(?<![\w-])(?P<a>[A-Z][a-z]{2,14})[-\u2013](?P<b>[A-Z][a-z]{2,14})[ \t]+[Ll]ine(?![\w-])")
_PEOPLE_PREFIXES = frozenset("Sino Anglo Franco Russo Germano Italo Indo Austro Hispano Luso Greco Nippo Soviet "
                             "Japanese Chinese American British French German Russian Korean".split())


def _pair_lines(text: str, out: list) -> None:
    for m in literal_finditer(_PAIR_LINE, text):
        if m.group("a") in _PEOPLE_PREFIXES or m.group("b") in _PEOPLE_PREFIXES:
            continue
        s, e = m.span()
        if _overlapping(out, s, e, ("FAC", "MIL_UNIT", "EVENT", "ORG")):
            continue
        for c in _overlapping(out, s, e, ("GPE", "LOC", "PERSON")):
            out.remove(c)
        out.append(Candidate(s, e, "FAC", "rule:en_pair_line", PRIORITY["FAC"], {}))


# (session 31, w31en, read across audit24, audit27, audit30) a defence line named by ONE place with a lower-case
# `line`/`lines` after the article (`the Chatalja lines`, `the Pykysyry line`, like `the Guagua-Porac line`): one FAC.
# Not a side's or a people's line (`the Communist lines`, `the UN line`, `the Japanese line`), not a possessive
# (`Lopez's lines`), not an everyday or colour word (`the Party line`, `the Green line`).
_ONE_PLACE_LINE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?P<n>[A-Z][a-z\u00e0-\u00ff]{3,14})[ \t]+lines?(?![\w-])")
_NOT_LINE_NAMES = frozenset("Communist Nationalist Allied Axis Enemy German Union Confederate Federal Red White Blue "
                            "Green Yellow Black Brown Orange Purple Front Party Main Outer Inner Forward Rear Defence "
                            "Defense Firing Picket Outpost Supply Railway Telegraph Telephone Phone".split())


@lru_cache(maxsize=1)
def _line_stop_words() -> frozenset:
    from pipeline.lexicons import read_words  # noqa: PLC0415
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    return frozenset(read_words("en_common_words.txt")) | demonyms() | _NOT_LINE_NAMES | _PEOPLE_PREFIXES


def _one_place_lines(text: str, out: list) -> None:
    stops = _line_stop_words()
    for m in literal_finditer(_ONE_PLACE_LINE, text):
        name = m.group("n")
        if name in stops or name.lower() in stops:
            continue
        s, e = m.start("n"), m.end()
        if _overlapping(out, s, e, ("FAC", "MIL_UNIT", "EVENT", "ORG", "PERSON")):
            continue
        for c in _overlapping(out, s, e, ("GPE", "LOC")):
            out.remove(c)
        out.append(Candidate(s, e, "FAC", "rule:en_place_line", PRIORITY["FAC"], {}))


def find_period_forms(text: str, out: list) -> None:
    """Colonies by their power, places after posts, dotted force abbreviations, old-style ranks, counts of named
    groups and of arms, lettered companies in quotes, hyphenated lines."""
    if any(p in text for p in _POWERS):
        _colonies(text, out)
    if "Commission" in text or "Governor" in text or "Resident" in text or "Viceroy" in text or "Consul" in text \
            or "Command" in text or "Officer" in text or "Advis" in text or "Agent" in text:
        _post_places(text, out)
    if "." in text:
        if _DOTTED_RE.search(text):
            _dotted_forces(text, out)
        _old_ranks(text, out)
    if _DIGIT_CAPITAL.search(text):
        _attribute_counts(text, out)
    if "'" in text or '"' in text or "\u2019" in text or "\u201d" in text:
        _lettered_units(text, out)
    _arm_counts(text, out)
    if "ine" in text:
        _pair_lines(text, out)
        if " line" in text:
            _one_place_lines(text, out)
