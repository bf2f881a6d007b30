"""Surnames with a Dutch, Afrikaans, German or French particle written capitalised, alone (session 27, helper s27enper:
English persons and places of memoirs, regimental and local histories and OCR'd books of the wars 1840-1979).

A full name writes the particle in lower case (`Anton von Kessler`, `Hendrik van der Merwe`, `Christiaan de Wet`);
the surname alone writes it capitalised, and it belongs to the surname (guideline 1 keeps titles out, not particles):

- a PERSON another finder read right after a capitalised particle takes the particle in (`Von Kessler`, not
  `Kessler`; `Van der Merwe`, not `Merwe`);
- a capitalised particle and a capitalised word no finder read, before a verb said of a person or after a
  preposition of company (`De Wet was known to have left`, `Du Plooy rode north`, `to join De la Rey`, `under Van
  Rensburg`), is one PERSON.

The particles: Van, Von, De, Du, Van der, Van den, Von der, De la, De le (Afrikaans, Dutch, German and French names).
`Le`/`La` are left out (`Le Cateau`, `La Bassée` are towns), and so is any run a lexicon knows as a place, unit or
organisation (`De Aar`, `Van Reenen's Pass`, `De Beers`), and none before a verb said of a town (`De Panne was
shelled`). Priority 39, above the bare PERSON grammar (38). Cheap:
gated on the literals `Van `, `Von `, `De `, `Du `.

(session 32, helper w32en2, from the cross-set reading of missed English persons of wars outside Asia) A surname with
its particle in lower case and no given name or rank before it is one PERSON wherever it stands (`von Kluck's First
Army`, `Hindenburg and von Ludendorff`, `the then nearly unknown de Gaulle broadcast`, `that de Wet had departed`,
`de Castelnau's Armies`, `it was von Lettow who`): no English word is written `von X`, `van der X`, `de X`, `du X` in
lower case before a capital, and guideline 1 keeps the particle in (`General von Kluck` -> `von Kluck`). A PERSON
or a place another finder read inside it (`Kluck`, `Spee` of `Admiral von Spee`, a town
of the same spelling) or a month it took in (`September von Kluck`)
gives way. Left: a run after another capitalised word that is no title, month or opener (a full name or a place:
`Rio de Janeiro`, `Cagayan de Oro`, the other finders' work), after an article (`the de Havilland`, `the van`) or a
street word (`rue de Rivoli`), after a number (`5 de Mayo`), before another capitalised word (`de Havilland
Mosquito`), and any run a lexicon knows as no person. Gated on the literals `von `, `van `, `de `, `du `.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping

PRIORITY = 39
_PARTICLE = r"(?:Van[ \t]+(?:der|den|de)|Von[ \t]+der|De[ \t]+la|De[ \t]+le|Van|Von|De|Du)"
_SURNAME = r"[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?"
PARTICLE_NAME_RE = re.compile(rf"(?<![\w'\u2019.-])(?P<n>{_PARTICLE}[ \t]+{_SURNAME})(?![\w'\u2019-])")
_VERB_AFTER = re.compile(
    r"(?:['\u2019]s\b|[ \t]+(?:was|were|had|has|is|led|rode|said|says|wrote|attacked|fell|escaped|surrendered|ordered"
    r"|took|marched|arrived|joined|commanded|retired|retreated|moved|crossed|refused|replied|himself|who|with[ \t]+his"
    r"|and[ \t]+his|now|then|later|also|still)\b)")
# verbs said of a town ('De Panne was shelled'): no person
_PLACE_VERB_AFTER = re.compile(r"[ \t]+(?:was|were|had[ \t]+been)[ \t]+(?:shelled|bombed|captured|occupied|taken|evacuated|held"
                               r"|reached|entered|burned|burnt|destroyed|besieged|relieved|abandoned|garrisoned|defended)\b")
_COMPANY_BEFORE = re.compile(r"(?<![\w-])(?:join|joined|joining|under|with|by|against|to|and)[ \t]+$")


_LOW_PARTICLE = (r"(?:von[ \t]+der|von[ \t]+dem|van[ \t]+der|van[ \t]+den|van[ \t]+de|de[ \t]+la|de[ \t]+los"
                 r"|von|van|de|du)")
LOWER_PARTICLE_RE = re.compile(
    rf"(?P<n>{_LOW_PARTICLE}[ \t]+[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?)(?![\w-])")
_WORD_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z][\w.\u2019'-]*)[ \t]+$")
# capitalised words before the particle that are no part of the name: ranks, titles, months, days, openers
_TITLES_BEFORE = frozenset(
    "General Gen Gen. Lt.-Gen. Maj.-Gen. Brig.-Gen. Admiral Adm. Marshal Field-Marshal Feldmarschall Colonel Col. Lt.-Col."
    " Major Maj. Captain Capt. Lieutenant Lt. Commandant Commander Cdr. Oberst Generaloberst Generalleutnant"
    " Generalmajor Hauptmann Kapitän Count Baron Graf Freiherr Prince Herr Mr. Mr Madame Mme. Monsieur M. Dr. Dr"
    " Governor Minister Chancellor President Premier Ambassador Consul Chief Sir Lord Lady"
    " January February March April May June July August September October November December Monday Tuesday"
    " Wednesday Thursday Friday Saturday Sunday Then When While Meanwhile Later But And As After Before Since Until"
    " Once Although Though If Now Soon Thus Yet So Also Even Eventually Next Here There On In At By With Under"
    " Against For From To Only Both Neither Either Meantime Afterwards Instead".split())
_LOW_BEFORE = frozenset("the a an rue avenue boulevard place quai pont porte chemin bois mont col chateau château hôtel"
                        " hotel coup tour pas croix cour fort cap ile île".split())
_NEXT_CAPITAL_RE = re.compile(r"[ \t]+[A-Z]")
# capitalised words after a lower-case `de` that are no surname: French and Spanish phrases and places written in
# English text (`esprit de Corps`, `aide de Camp`, `coup de Main`, `comte de Paris`, `río de la Plata`) and makers
_NOT_SURNAMES = frozenset("Corps Camp Camps Guerre Main Luxe Force Grace Grâce Ville Mer Terre France Paris Rome Jure"
                          " Facto Mayo Janeiro Oro Plata Havilland Beers Gaule Marine Chasse Combat Garde Police"
                          " Dieu Mort Vie Guerra Armas Mayo".split())
_POSSESSIVE_RE = re.compile(r"['\u2019]s?\b|['\u2019](?!\w)")


def _lower_particle_surnames(text: str, out: list, names: dict) -> None:
    for m in LOWER_PARTICLE_RE.finditer(text):
        start, end = m.span("n")
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'\u2019.-"):
            continue                              # inside a word (`made Paris`) or after a stop or a hyphen
        if text.startswith(("'", "\u2019"), end):
            if not _POSSESSIVE_RE.match(text, end):
                continue
        elif _NEXT_CAPITAL_RE.match(text, end):
            continue                              # `de Havilland Mosquito`: a longer name, no bare surname
        before = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
        if before is not None:
            word = before.group("w")
            if word[0].isupper() and word not in _TITLES_BEFORE and word.rstrip(".") not in _TITLES_BEFORE:
                continue                          # `Rio de Janeiro`, `Paul von Lettow-Vorbeck`: the other finders'
            if word.lower() in _LOW_BEFORE and word[0].islower():
                continue                          # `the de Havilland`, `rue de Rivoli`
        elif start and text[start - 1] in " \t" and re.search(r"\d[ \t]+$", text[max(0, start - 6):start]):
            continue                              # `5 de Mayo`
        if m.group("n").split()[-1].split("-")[0] in _NOT_SURNAMES:
            continue
        if names.get(text[start:end], ("PERSON",))[0] != "PERSON":
            continue
        clash = overlapping(out, start, end)
        # a reading inside the name after its particle (`Kluck`, or a town of the surname's spelling: `Brugge`)
        inner = [c for c in clash if start < c.start and c.end <= end]
        # a PERSON that took a month or an opener in before the particle (`September von Kluck`)
        wider = [c for c in clash if c.label == "PERSON" and c.start < start and c.end == end and before is not None
                 and c.start == before.start("w") and before.group("w") in _TITLES_BEFORE]
        if len(inner) + len(wider) != len(clash):
            continue
        if clash:
            out[:] = [c for c in out if c not in clash]
        prio = max([PRIORITY] + [c.priority for c in clash])
        out.append(Candidate(start, end, "PERSON", "rule:en_particle_surname", prio, {}))


def find_particle_surnames(text: str, out: list) -> None:
    """Particles into persons read after them, and particle surnames before a verb (see the module docstring)."""
    if any(p in text for p in (" von ", " van ", " de ", " du ", "\nvon ", "\nde ")) or text.startswith(("von ", "de ")):
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

        _lower_particle_surnames(text, out, english_names())
    if not any(p in text for p in ("Van ", "Von ", "De ", "Du ")):
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in PARTICLE_NAME_RE.finditer(text):
        start, end = m.span("n")
        if names.get(m.group("n"), ("PERSON",))[0] != "PERSON":
            continue                # a place, unit or body of that name ('De Aar')
        clash = overlapping(out, start, end)
        inner = [c for c in clash if c.label == "PERSON" and start < c.start and c.end == end]
        if inner and len(clash) == len(inner):
            out[:] = [c for c in out if c not in inner]
            out.append(Candidate(start, end, "PERSON", "rule:en_particle_surname", max(PRIORITY, inner[0].priority),
                                 inner[0].norm))
            continue
        if clash:
            continue
        if _PLACE_VERB_AFTER.match(text, end):
            continue
        if _VERB_AFTER.match(text, end) or _COMPANY_BEFORE.search(text, max(0, start - 10), start):
            out.append(Candidate(start, end, "PERSON", "rule:en_particle_surname", PRIORITY, {}))
