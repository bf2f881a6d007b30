"""Persons named after a rank, post or form of address the rank grammar lacks (session 27, helper s27enper: English
persons and places of memoirs, letter blogs, regimental and local histories and OCR'd newspapers of the wars
1840-1979).

english_grammar.RANK holds the officers' ranks, the Indian Army's and a few British other ranks, and civil posts. War
pages of 1840-1979 name far more people by a rank or an appointment and a surname, which is a PERSON without its
title (guideline 1): `Constable Keogh`, `Bombardier Wells`, `Drummer Hogan`, `Field Cornet Roos`, `Commandant
Schalkwyk`, `Hauptmann Kroll`, `Bimbashi Hardy`, `Pte Lowe`, `L/Cpl Finch`, `Chaplain Rees`. The ranks listed here
are those the armies, navies and police forces of the period wrote before a surname and that English texts keep:

- British and Dominion other ranks, appointments and their usual abbreviations (Army List and CWGC register forms:
  Bombardier, Drummer, Bugler, Trumpeter, Fusilier, Guardsman, Farrier, Saddler, Signaller, Ensign, Cornet,
  Midshipman, Coxswain, Stoker, Able/Leading/Ordinary Seaman, Serjeant, Colour Sergeant, Quartermaster Sergeant,
  Adjutant, Quartermaster, Paymaster; Pte, Pvt, Tpr, Spr, Gnr, Bdr, Cpl, L/Cpl, L/Sgt, Dvr, Sjt, Rfn, Gdsm, CSM, RSM,
  CQMS, Lieut), with or without the full stop;
- the police ranks of the Royal Irish Constabulary and the colonial police (Constable, Head Constable, Acting
  Sergeant, District Inspector, Superintendent);
- the Boer commando ranks (Commandant, Assistant Commandant, Field Cornet, Veldkornet, Kommandant);
- German, French, Italian, Russian, Ottoman-Egyptian and Ethiopian ranks written untranslated (Hauptmann, Oberst,
  Oberstleutnant, Leutnant, Oberleutnant, Feldwebel, Unteroffizier, Gefreiter, Rittmeister, Kapitän, Capitaine,
  Capitano, Tenente, Colonnello, Sergente, Polkovnik, Podpolkovnik, Starshina, Politruk, Bimbashi, Yuzbashi,
  Onbashi, Dejazmach, Fitawrari, Kenyazmach, Grazmach);
- the chaplains' and nurses' titles (Chaplain, Padre, Matron).

Forms of address that are also everyday words (Father, Sister, Nurse, Comrade, Citizen, Inspector, Surgeon, Driver,
Piper, Reverend) name a person only where the next word is no everyday English word (`Father Callanagh`, not
`Father Christmas`). The name is one to four words (initials, given names, Mc/O' forms, as the rank grammar reads
them), not a month, weekday or nationality, not a word that closes no name (`Adjutant General`, `Constable Division`:
english_grammar.NOT_PERSON_WORDS), no noun a rank qualifies (`Drummer Boy`, `Cornet Band`), no everyday word after an
article (`the Quartermaster Stores`), nor a known place, unit or organisation. Priority 42, the rank grammar's: a place
reading of the same words gives way; a unit, body, event or structure across them keeps its reading. Cheap: one
scan, guarded on the first character of the rank words.

(session 29, s29enname) The religious, tribal and Cossack titles of the colonial and civil wars (Mullah, Mulla, Molla,
Imam, Emir, Ataman, Hetman, Datu, Kurbashi) are ranks here, and `Chief` a form of address (`Chief X` of the African,
Indian and Native American chiefs) before words none of which is an everyday word (not `Chief Engineer Holt`). A
possessive may follow the name (`Bugler Hale's horn`, `Mullah X's faction`), and a person another finder read with
the rank inside (`Ataman X` as a two-word full name) gives way to the name without it (rule 1).

(session 33, w33enper) The clergy's, the princely states' and other armies' titles: Missionary, Bishop, Archbishop,
Rajah/Raja, Maharaja, Nawab, Archduke, Induna, Voivode, Commodore and the German generals' grades written
untranslated (Generalleutnant, Generalmajor, Generaloberst); after an article they are a style or part of a longer name,
no person (`the Raja Bahadur`, `the Bishop Museum`, `the Commodore Class`).
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import NOT_PERSON_WORDS, PERSON_TOKEN
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate, overlapping

PRIORITY = 42
_RANKS = (r"Bombardier|Drummer|Bugler|Trumpeter|Fusilier|Guardsman|Farrier|Saddler|Signaller|Ensign|Cornet|Midshipman"
          r"|Coxswain|Stoker|(?:Able|Leading|Ordinary)[ \t]+Seaman|Serjeant|Colou?r[ \t-]+Sergeant"
          r"|Quartermaster[ \t-]+Sergeant|Adjutant|Quartermaster|Paymaster"
          r"|(?:Pte|Pvt|Tpr|Spr|Gnr|Bdr|Cpl|L/Cpl|L/Sgt|Dvr|Sjt|Rfn|Gdsm|Lieut)\.?|CSM|RSM|CQMS"
          r"|Head[ \t]+Constable|Constable|Acting[ \t]+Sergeant|District[ \t]+Inspector|Superintendent"
          r"|Assistant[ \t-]+Commandant|Commandant|Field[ \t-]+Cornet|Veldkornet|Kommandant"
          r"|Hauptmann|Oberstleutnant|Oberst|Oberleutnant|Leutnant|Feldwebel|Unteroffizier|Gefreiter|Rittmeister"
          r"|Kapit[\u00e4a]n|Capitaine|Capitano|Tenente|Colonnello|Sergente|Podpolkovnik|Polkovnik|Starshina|Politruk"
          r"|Bimbashi|Yuzbashi|Onbashi|Dejazmach|Fitawrari|Kenyazmach|Grazmach|Chaplain|Padre|Matron"
          # the religious, tribal and Cossack titles of the colonial and civil wars' leaders (session 29)
          r"|Mullah|Mulla|Molla|Imam|Emir|Ataman|Hetman|Datu|Kurbashi"
          # (session 33, w33enper) the clergy's, the princely states' and the other armies' titles the rank grammar
          # lacks: Missionary, Bishop, Archbishop, Rajah, Maharaja, Nawab, Archduke, Induna, Voivode, Commodore (not
          # Sheikh: a Bengali name holds it, `Sheikh Rahman Ali`, the reading of test_auditen17),
          # the German generals' grades written untranslated
          r"|Missionary|Archbishop|Bishop|Maharajah|Maharaja|Rajah|Raja|Nawab|Archduke|Induna|Voivode"
          r"|Vojvoda|Commodore|Generalleutnant|Generalmajor|Generaloberst")
# 'Chief X' of the African, Indian and Native American chiefs, only before a word that is no everyday word
# ('Chief Nyanda', not 'Chief Engineer', 'Chief Justice'; session 29)
_ADDRESS = r"Father|Sister|Nurse|Comrade|Citizen|Inspector|Surgeon|Driver|Piper|Reverend|Rev\.|Chief"
RANKED_RE = guarded(re.compile(
    rf"(?<![\w.'\u2019/-])(?:(?P<rank>{_RANKS})|(?P<address>{_ADDRESS}))[ \t]+"
    rf"(?P<name>{PERSON_TOKEN}(?:[ \t]+{PERSON_TOKEN}){{0,3}})(?![\w-]|['\u2019](?!s(?!\w)))"))   # a possessive after: 'Bugler Hale's horn' (session 29)
_OTHER_READINGS = ("MIL_UNIT", "ORG", "EVENT", "FAC")
# nouns a rank word qualifies ('the Quartermaster Stores', 'Drummer Boy', 'Cornet Band'): no name
_HEAD_NOUNS = frozenset("Boy Boys Girl Man Men Stores Store Band Bands Branch Section Office Department Depot School "
                        "Company Platoon Troop Squadron Battalion Regiment Brigade Battery Guard Guards Party Detachment "
                        "Class Rank Ranks Service Staff Corps Mess Wing Post Call Major".split())
# the titles of session 33 that an article turns into a style (`the Raja Bahadur`)
_ARTICLE_TITLES = frozenset("Missionary Archbishop Bishop Maharajah Maharaja Rajah Raja Nawab Archduke "
                            "Induna Voivode Vojvoda Commodore".split())
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|The|A|An|this|that|his|her|their|our|its)[ \t]+$")


def _name_tokens(name: str) -> list[str]:
    tokens = name.split()
    while tokens and (tokens[-1] in NOT_PERSON_WORDS or tokens[-1].endswith(".") and len(tokens[-1]) > 2):
        tokens.pop()
    while tokens and tokens[-1].endswith(".") and len(tokens[-1]) == 2:
        tokens.pop()               # initials without a surname after them name nobody
    return tokens


def find_ranked_surnames(text: str, out: list) -> None:
    """Append PERSON candidates for names after the ranks and forms of address above."""
    from pipeline.rules.english_lexicon import demonyms, english_names  # noqa: PLC0415
    from pipeline.rules.english_place_context import STOP, common_word  # noqa: PLC0415

    names = english_names()
    for m in RANKED_RE.finditer(text):
        tokens = _name_tokens(m.group("name"))
        if not tokens or tokens[0] in NOT_PERSON_WORDS or tokens[0] in STOP or tokens[0] in demonyms():
            continue
        if m.group("address") and (common_word(tokens[-1].rstrip(".")) or m.group("address") == "Chief"
                                   and any(common_word(t.rstrip(".")) for t in tokens)):
            continue               # 'Father Christmas', 'Sister Ships'
        if any(t in _HEAD_NOUNS for t in tokens) or common_word(tokens[-1]) \
                and _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue               # 'Drummer Boy', 'the Quartermaster Stores': a rank qualifying a noun
        if m.group("rank") in _ARTICLE_TITLES and _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue               # `the Raja Bahadur`, `the Nawab Nazim`: a style of the office, no name (session 33)
        start = m.start("name")
        end = start
        for token in tokens:
            end = text.index(token, end) + len(token)
        known = names.get(text[start:end], ("",))[0]
        if known and known not in ("PERSON", "GPE", "LOC"):
            continue
        clash = overlapping(out, start, end)
        if any(c.label in _OTHER_READINGS for c in clash) or any(c.label == "PERSON" and c.start > m.start()
                                                                 for c in clash):
            continue               # a unit or body of these words, or a person another finder read
        #                            (a person read with the rank inside, 'Ataman X' as a full name, gives way: rule 1)
        out[:] = [c for c in out if c not in clash]
        out.append(Candidate(start, end, "PERSON", "rule:en_ranked_surname", PRIORITY, {}))
