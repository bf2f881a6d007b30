"""Places written with the Spanish and Portuguese words and particles of geography, in English text (the wars of
Latin America, the Philippines, Spain, Portugal and their colonies, 1840-1979; session 28, helper s28enorg: audit of
English ORG/FAC/LOC/EVENT on colonial-war, civil-war and local-history pages).

- a Spanish or Portuguese landform word before a name (`Laguna de X`, `Sierra X`, `Sierra de X`, `Cerro X`, `Isla X`,
  `Islas X`, `Ilha do X`, `Rio X`, `Río de la X`, `Lago X`, `Cordillera X`, `Llanos de X`, `Volcán X`, `Cabo X`,
  `Morro X`, `Quebrada X`, `Estero X`, `Serra da X`): one LOC, the particle and the name after it inside, and a
  Spanish article before it (`El Cerro de X`);
- a place name joined by a particle to a second name (`X de Y`, `X del Y`, `X de la Y`, `X do Y`, `X da Y`) where the
  first word is already read as a place by another finder, or after a word that leads to a place (a preposition of
  place or movement, a verb of taking, `town of`, `village of`: english_place_context.CONTEXT_RE's words): one GPE, in
  place of the first word alone or of a PERSON read over the run (`the village of X de la Y`, `invaded X de Y`);
  `to`/`from` lead to a place after a word of movement or distance only (`marched to X de Y`, not `wrote to X de Y`).

Not a place: a run opened by a given name (given_names_en.txt's Western given names, less those that open many
place names: `Juan de la X`, `Vasco da X`; `Santiago de X` stays a place), a run after a rank
or title (`General X del Y`), a run opened by the word of a building, square or street (`Casa de X`, `Plaza de Y`,
`Puente del Z`: other finders' names), a run another finder reads as a longer name (a FAC, an EVENT, a unit), a run the English
lexicon knows as a GPE (`Sierra Leone`, `Rio de Janeiro`, `Cabo Verde`: left to the lexicon), a landform word after
a capitalised word (`Junipero Serra`: a surname). A name ending in `do Sul`/`do Norte` is a state (GPE).
- (session 29, s29enname) a town named after its patron saint (`San X`, `Santa X`, `Santo X`, `S\u00e3o X`, with `de Y`
  after it): a GPE at priority 30, under every other reading of the words (a person the lexicon or a name finder reads,
  `Fort San X`, `the church of San X`, `the feast of San X`, a longer name, a title before it).

Criterion: the ordinary Spanish and Portuguese words for lagoon, lake, range, hill, island, river, cape, plain,
volcano, gorge, marsh, hill (`Loma`, `Lomas`, session 30), and the particles de/del/de la/de los/de las/do/da/dos/das of their place names, written from
how those languages name places (not from any annotated set or audited page). Lagoon/range/hill/island heads that
are also common first words of towns (Punta, Monte, Valle, Bahía, Arroyo) are left out. Priority 47 (over the
capitalised-run persons and the one-word places). Cheap: a literal gate on the particles and landform words, then
one pattern tried from the landform literal or the particle.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.english_place_context import LATIN1_LOWER, LATIN1_UPPER
from pipeline.rules.scan import guarded, literal_finditer
from pipeline.spans import Candidate

PRIORITY = 47

_WORD = rf"[{LATIN1_UPPER}][{LATIN1_LOWER}]{{1,16}}(?:-[{LATIN1_UPPER}][{LATIN1_LOWER}]{{1,12}})?"
_PARTICLE = r"(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|del|de|do|da|dos|das)"
# the landform words: one LOC with the name after them
_LANDFORMS = ("Laguna", "Lago", "Sierra", "Serra", "Cerro", "Cerros", "Morro", "Isla", "Islas", "Ilha", "Ilhas", "Rio",
              "R\u00edo", "Cabo", "Cordillera", "Quebrada", "Llano", "Llanos", "Volc\u00e1n", "Volcan", "Estero",
              # a hill and a range of hills (session 30, s30enper: `Loma Valentina`, `Lomas Valentinas`, `Loma Acosta`)
              "Loma", "Lomas")
LANDFORM_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<head>{'|'.join(_LANDFORMS)})[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD})?(?![\w'\u2019-])")
# a run of one or two names, a particle and one or two names
PARTICLE_RUN_RE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<first>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+{_PARTICLE}[ \t]+{_WORD}"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD})?(?![\w'\u2019-])")
_PLACE_CUE = re.compile(
    r"(?:\b(?:[Aa]t|[Nn]ear|[Ii]n|[Ii]nto|[Vv]ia|[Tt]owards?|[Tt]hrough|[Oo]utside|[Aa]round|[Bb]eyond"
    r"|[Rr]eached|[Cc]aptured|[Oo]ccupied|[Ee]ntered|[Ss]eized|[Tt]ook|[Hh]eld|[Ii]nvaded|[Aa]ttacked|[Bb]esieged"
    r"|[Ss]urrounded|[Ee]vacuated|[Aa]bandoned|[Dd]efended|[Ll]iberated|[Bb]ombarded|[Ss]helled|[Ll]anded[ \t]+at"
    r"|(?:[Tt]own|[Vv]illage|[Cc]ity|[Pp]ort|[Cc]apital|[Pp]rovince|[Hh]amlet|[Bb]arrio|[Pp]ueblo|[Mm]unicipality"
    r"|[Oo]utskirts|[Gg]arrison|north|south|east|west)[ \t]+of))[ \t]+$")
# 'to' and 'from' lead to a place after a word of movement or distance only ('wrote to X' leads to a person)
_MOTION_CUE = re.compile(
    r"\b(?:marched|moved|went|withdrew|retreated|returned|advanced|sailed|flew|drove|rode|fled|came|sent|road|route"
    r"|way|miles|kilometres|kilometers|km|back|north|south|east|west)[ \t]+(?:to|from)[ \t]+$")
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Admiral|President"
    r"|Governor|Don|Do\u00f1a|Se\u00f1or|Se\u00f1ora|Father|Fr\.|Padre|Bishop|Saint|St\.|Dr\.|Mr\.|Mrs\.|Sir|King"
    r"|Queen|Prince|Princess|Brigadier|Commander|Marshal|Mayor|Presidente|Senator|Judge|by)[ \t]+)$")
_CAPITALISED_BEFORE = re.compile(rf"{_WORD}[ \t]+$")
_FUNCTION_WORDS = frozenset("The In At On Of To From Near Across Along Around Beyond By Into Over Under Upon Via "
                            "Towards Toward Through Below Above And Or But".split())
# a Spanish article before the landform word belongs to its name ('El Cerro de X', 'La Sierra de Y')
_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:El|La|Los|Las)[ \t]+$")
# the words of a building, a square or a street before a particle: another kind of name, left to other finders
_STRUCTURE_WORDS = frozenset("Casa Palacio Castillo Castelo Iglesia Igreja Puente Ponte Plaza Pra\u00e7a Calle Rua "
                             "Avenida Puerta Torre Fuerte Forte Cuartel Hacienda Fazenda Estaci\u00f3n Convento Hospital "
                             "Teatro Museo Universidad Escuela Colegio Banco Parque Paseo Cementerio".split())
_STATE_END = re.compile(r"[ \t]+do[ \t]+(?:Sul|Norte)$")
_GATE_WORDS = tuple(w + " " for w in _LANDFORMS) + (" de ", " del ", " do ", " da ", " dos ", " das ")
# a town named after its patron saint (`San X`, `Santa X`, `Santo X`, `São X`, with `de Y` after it): a GPE where no
# other finder reads the words (session 29, s29enname)
SAINT_TOWN_RE = re.compile(
    rf"(?<![\w'\u2019.-])(?:San|Santa|Santo|S\u00e3o|Sao)[ \t]+{_WORD}(?:[ \t]+{_PARTICLE}[ \t]+{_WORD})?"
    rf"(?![\w'\u2019-]|[ \t]+[{LATIN1_UPPER}])")
SAINT_TOWN_PRIORITY = 30       # under the place context's frames' own readings, the lexicons and every name finder
_SAINT_NOT_BEFORE = re.compile(r"(?:\b(?:[Ff]ort|[Cc]hurch|[Cc]athedral|[Cc]hapel|[Mm]ission|[Ff]east|[Ss]hip|[Ss]hips"
                               r"|[Cc]onvent|[Ss]chool|[Cc]ollege|[Uu]niversity|[Oo]rder)[ \t]+(?:of[ \t]+)?)$")


# given names that also open many place names ('Santiago de X', 'Rosario de Y'): no person's sign before a particle
_PLACE_OPENING_GIVEN = frozenset("Santiago Rosario Domingo Dolores Mercedes Trinidad Concepción Concepcion Guadalupe "
                                 "Paz Pilar Carmen Cruz Jesús Jesus".split())


@lru_cache(maxsize=1)
def iberian_given_names() -> frozenset:
    """The given names that open a person written `Given de Surname` (english_infobox.given_names, the Western given
    names of given_names_en.txt, less those that open many place names)."""
    from pipeline.rules.english_infobox import given_names  # noqa: PLC0415

    return given_names() - _PLACE_OPENING_GIVEN


def _saint_towns(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in SAINT_TOWN_RE.finditer(text):
        start, end = m.span()
        if m.group() in names or any(c.start < end and start < c.end for c in out) \
                or _SAINT_NOT_BEFORE.search(text, max(0, start - 16), start) \
                or _TITLE_BEFORE.search(text, max(0, start - 14), start):
            continue               # the lexicon's own reading, another finder's, a church, a fort, a feast
        out.append(Candidate(start, end, "GPE", "rule:en_saint_town", SAINT_TOWN_PRIORITY, {}))


def _held_by_longer(out: list, start: int, end: int) -> bool:
    """Whether another finder reads a longer name over [start, end) that is no person or bare place."""
    return any(c.start <= start and end <= c.end and (c.end - c.start) > (end - start)
               and c.label not in ("PERSON",) for c in out)


def _put(out: list, found: list, start: int, end: int, label: str) -> None:
    for c in [c for c in out if c.start < end and start < c.end]:
        out.remove(c)
    found.append(Candidate(start, end, label, "rule:en_iberian_place", PRIORITY, {}))


def find_iberian_place_names(text: str, out: list) -> None:
    """Landform word + name (LOC); place + particle + name in a place's frame (GPE); towns named after a saint
    (see the module docstring)."""
    if "San" in text or "Sao " in text or "S\u00e3o " in text:
        _saint_towns(text, out)
    if not any(w in text for w in _GATE_WORDS):
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    given = iberian_given_names()
    found: list = []
    taken: list = []
    for m in literal_finditer(LANDFORM_RE, text):
        start, end, name = m.start(), m.end(), m.group()
        known = names.get(name)
        if known is not None and known[0] not in ("LOC", "GPE"):
            continue
        article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
        if article:
            start = article.start()
        before = _CAPITALISED_BEFORE.search(text, max(0, start - 20), start)
        if before and before.group().split()[0] not in _FUNCTION_WORDS:
            continue                   # 'Junipero Serra': a surname after a given name
        if _held_by_longer(out, start, end):
            continue
        # 'Sierra Leone', 'Rio de Janeiro': the lexicon's label; 'X do Sul': a state
        label = known[0] if known is not None else "GPE" if _STATE_END.search(name) else "LOC"
        _put(out, found, start, end, label)
        taken.append((start, end))
    for m in literal_finditer(PARTICLE_RUN_RE, text):
        start, end = m.start(), m.end()
        if any(s < end and start < e for s, e in taken):
            continue
        first = m.group("first")
        if first.split()[0] in given or first.split()[0] in _LANDFORMS or first.split()[0] in _STRUCTURE_WORDS:
            continue
        if _TITLE_BEFORE.search(text, max(0, start - 14), start):
            continue
        name = m.group()
        known = names.get(name)
        if known is not None and known[0] != "GPE":
            continue
        first_place = any(c.start == start and c.end == start + len(first) and c.label in ("GPE", "LOC")
                          for c in out)
        if not (first_place or known is not None or _PLACE_CUE.search(text, max(0, start - 40), start)
                or _MOTION_CUE.search(text, max(0, start - 30), start)):
            continue
        if _held_by_longer(out, start, end) or any(
                c.label == "PERSON" and c.source.startswith("lexicon") for c in out if c.start < end and start < c.end):
            continue                   # a longer name, or a person the lexicon knows ('Ferdinand de Lesseps')
        _put(out, found, start, end, "GPE")
        taken.append((start, end))
    out.extend(found)


SAINT_TOWN_RE = guarded(SAINT_TOWN_RE)   # a first-character guard: the same matches, fewer tries
