"""Organisations named by a head word english_orgs.ORG_HEAD leaves out (session 10, helper en14): firms (`the East
India Company`, `the Nakajima Aircraft Company`, `the Reconstruction Finance Corporation`), police forces (`the
Shanghai Municipal Police`), missions (`the China Inland Mission`, `the Dixie Mission`, `the Marshall Mission`) and
clubs (`the Anfu Club`): one ORG (spec: a named organisation that is not a military formation).

english_orgs keeps `Company` out of its heads because an army's companies are named with it (`Easy Company`,
`Headquarters Company`, `Weapons Company`): a name made of such words, of a letter or a word of the phonetic
alphabets, or holding a number is left to the unit finders; so is a name made only of generic words (`the Military
Mission`, `the Military Police`). Written from how English names firms, police forces and missions, not from any
annotated set. Found from the head words (str.find); the name before the head is read back at most 70 characters.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.rules.english_place_context import LATIN1_UPPER

PRIORITY = 46
_HEADS = ("Company", "Corporation", "Police", "Mission", "Club", "Service", "Foundation", "Section", "Inspectorate",
          "Trust", "Fund")
# a service of an armed force is a unit's name ('Army Air Service'), left to the unit finders
_ARMED = frozenset("Army Navy Naval Air Marine Military Imperial Armed".split())
ARMS = frozenset("Tank Infantry Artillery Engineer Engineers Rifle Cavalry Mortar Machine Gun Parachute Signal Medical "
                  "Transport Mountain Field Heavy Light Independent Raider Ranger Marine Guards Armoured Armored".split())
_WORD = rf"(?:[{LATIN1_UPPER}][a-z\u00df-\u00ff'\u2019]{{1,20}}(?:-[A-Za-z][a-z]{{1,20}})?|[A-Z]{{2,5}}|&|and|of|the)"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019&-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,4}})[ \t]+$")
STOP = frozenset("The A An In At On Of By For From To With Into After Before During When While Since Until And Or But "
                  "Then Its His Her Their This That These Those Japanese Chinese British American Allied Soviet Russian "
                  "Korean Indian Burmese German French Dutch Nationalist Communist and of the & Every Each One "
                  "Some Many Both January February March April May June July August September October November December "
                  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# words of an army's companies and of generic bodies: a name made only of them is none
GENERIC = frozenset("Headquarters HQ Service Weapons Cannon Tank Anti-Tank Antitank Medical Rifle Engineer Engineers "
                     "Signal Signals Heavy Mortar Machine Gun Ranger Raider Marine Marines Parachute Airborne Infantry "
                     "Cavalry Artillery Support Reconnaissance Recon Scout Military Transport Supply Ordnance "
                     "Quartermaster Chemical Motor Truck Ambulance Clearing Field Light Independent Guard Guards Special "
                     "Commando Combat Composite Provisional Pack Mule Labour Labor Construction Bridge Pontoon Bridging "
                     "Depot Training Replacement Garrison Security Secret State National Municipal Naval Air Army Navy "
                     "Police Trade Economic Postal Civil Public Health Customs Intelligence Information News Relief Welfare Services "
                     "Research Legal Political Translation Technical Planning General Central Administrative Diplomatic Goodwill Peace Relief Catholic Protestant Christian Press "
                     "Foreign Officers Officers' Country Golf Yacht Social Local City Town Village Rural Railway "
                     "Armed Mounted Auxiliary Reserve Volunteer Border Frontier Colonial Imperial Royal Fire Sea "
                     "Weather Liaison Observer Observers Inspection Advisory Purchasing Survey Evacuation".split())
_PHONETIC = frozenset("Able Baker Charlie Dog Easy Fox George How Item King Love Mike Nan Oboe Peter Queen Roger Sugar "
                      "Tare Uncle Victor William Yoke Zebra Alpha Bravo Delta Echo Golf Hotel India Juliet Kilo Lima "
                      "Oscar Papa Romeo Sierra Tango Whiskey X-ray Yankee Zulu".split())
# the head of a force's name before 'and' ends that name: 'the Burma Frontier Force and Burma Military Police' is a
# force and a police, not one body (auditen9)
_FORCE_HEADS = frozenset("Force Forces Army Armies Corps Regiment Rifles Division Brigade Battalion Levies Navy Fleet "
                         "Squadron Constabulary Gendarmerie Legion".split())
_NOT_AFTER = re.compile(r"[ \t]+(?:Commander|Commanders|Headquarters|Station|Chief)\b|[ \t]*,[ \t]*\d")


def find_org_heads(text: str, out: list) -> None:
    """Firms, police forces, missions and clubs by their head word (see the module doc)."""
    for head in _HEADS:
        for at in literal_positions(text, head):
            end = at + len(head)
            if at < 2 or text[at - 1] not in " \t" or (end < len(text) and (text[end].isalnum() or text[end] in "-")):
                continue
            if _NOT_AFTER.match(text, end):
                continue
            m = _NAME_BEFORE.search(text, max(0, at - 70), at)
            if m is None:
                continue
            words = list(re.finditer(r"\S+", m.group("n")))
            cut = [i for i, w in enumerate(words) if w.group() in ("and", "the", "of") and i + 1 < len(words)
                   and (w.group() != "of" or words[i - 1].group() in STOP or words[i - 1].group()[0].islower())
                   and (w.group() != "and" or words[i + 1].group() == "the" or i == 0
                        or words[i - 1].group() in _HEADS or words[i - 1].group() in _PHONETIC
                        or words[i - 1].group() in _FORCE_HEADS)]
            if cut:                              # 'Officers of the X Police', 'A Company and the X Mission'
                words = words[cut[-1] + 1:]
            while words and words[0].group() in STOP:
                words.pop(0)
            while words and words[0].group()[0].islower():
                words.pop(0)
            if not words:
                continue
            written = [w.group() for w in words]
            named = [w for w in written if w not in GENERIC and w not in ("and", "of", "the", "&")]
            if not named or (len(written) == 1 and (written[0] in _PHONETIC or len(written[0]) == 1)):
                continue
            if re.search(r"\d", m.group("n")) or head in ("Service", "Section") and _ARMED & set(written) \
                    or head == "Company" and ARMS & set(written):   # 'Shimada Tank Company': a unit
                continue
            start = m.start("n") + words[0].start()
            out.append(Candidate(start, end, "ORG", "rule:en_org_head", PRIORITY, {}))
