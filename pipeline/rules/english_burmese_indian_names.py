"""Burmese and South Asian personal names (session 10, helper en14): the people of the Burma and India fronts, the
Indian National Army and the Gurkha and Indian regiments.

- Burmese names have no family name: two to four name syllables from a closed set (`Aung San`, `Ba Maw`, `Ne Win`,
  `Than Shwe`), after an optional honorific or title word (`U Nu`, `Thakin Soe`, `Bo Let Ya`, `Daw Khin Kyi`,
  `Saw Ba U Gyi`). A run of such syllables is one PERSON when at least one of them is no romanised Chinese syllable
  (so a Chinese name or place is left to the Chinese readers) and the run is no known place (the lexicon's places
  win a tie). `U`, `Daw`, `Saw`, `Sao` and `Maung` are written and cited as part of the name (`U Thant`) and stay
  inside; the titles `Thakin` (master), `Bo`/`Bogyoke` (officer, general), `Ko`, `Duwa` stay outside (spec rule 1).
- South Asian names end in a family or clan name from a closed set of the common ones (`Singh`, `Khan`, `Kaur`,
  `Bose`, `Gurung`, `Thapa`, `Pun`, `Rai`, `Limbu`, `Sahgal`, `Dhillon`, …) after one to three capitalised given
  names (`Mohan Singh`, `Shah Nawaz Khan`, `Subhas Chandra Bose`, `Lachhiman Gurung`, `Tul Bahadur Pun`).

Criteria: the syllables of Burmese personal names and the honorifics U, Daw, Thakin, Bo, Saw, Sao, Maung, Ko, and the
commonest family and clan names of North India, Punjab, Bengal, Nepal (the Gurkha clans) and the Muslim communities of
the Indian Army; written for zhanji from general knowledge of how these names are formed, not from any annotated set.
Found from capitalised words of the sets (a dict lookup per word of a capitalised run) only in text holding one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PRIORITY = 37
_HONORIFICS = frozenset("U Daw Thakin Bo Saw Sao Maung Ko Thado Sithu Bogyoke Duwa".split())
_TITLES = frozenset("Thakin Bo Bogyoke Ko Duwa Thado Sithu".split())
_BURMESE = frozenset("""
Aung San Suu Kyi Ba Maw Ne Win Nu Thant Tin Oo Than Shwe Myint Hla Khin Kyaw Zaw Htun Tun Thein Sein Soe Mya Maung
Nyunt Naing Min Lwin Myat Thu Phyo Htay Pe Po Hlaing Thaung Ohn Gyi Lay Kyu Nyo Wai Let Ya Hmu Htoo Myo Nyein Thura
Zeya Kyaing Pu Galon Chit Sann Thet Zin Khaing Thwin Kyin Tha Tint Ye Nyan Hman Sai Thi Moe Kaung Htet Wunna Aye Myaing
Mon Phone Nwe Yee Ngwe Thida Htwe Ohnmar Gyaw Zeyar Thakhin Kyi Sw Swe Nyi Yar Hpone Htin Kyaing Mahn Thoung Ohnn
""".split())
_SOUTH_ASIAN_FAMILY = frozenset("""
Singh Kaur Khan Bose Gandhi Nehru Jinnah Patel Rao Reddy Sharma Gupta Das Dutt Datta Mukherjee Banerjee Chatterjee
Ghosh Sen Roy Bhattacharya Chaudhuri Chaudhry Chowdhury Thapa Gurung Rai Limbu Pun Magar Tamang Chand Lal Nath Prasad
Ahmad Ahmed Hussain Hussein Hasan Hassan Iqbal Qureshi Sahgal Dhillon Thimayya Cariappa Menon Nair Pillai Iyer Iyengar
Mehta Desai Joshi Kapoor Malhotra Khanna Bhatia Sethi Sahni Chopra Grewal Sandhu Gill Sidhu Bajwa Cheema Randhawa
Sodhi Ahluwalia Rathore Chauhan Rajput Tiwari Pandey Mishra Shukla Dubey Yadav Verma Varma Saxena Bahadur Ali Shah
Mirza Beg Baig Qadir Rahman Haq Karim Lama Sherpa Ale Ghale Bhandari Adhikari Shrestha Pradhan Bhat Dogra Kumar
""".split())
# a word of the run may carry the Arabic article (`Abd al-Rahman Khan`, `Zia ul-Haq`; auditen19)
_CAP_RUN = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z]{0,12}(?:[ \t]+(?:(?:al|el|ul|ud|ad|ur|ar|as|ash|az|ed)-)?[A-Z][a-z]{0,12}){1,4}"
                      r"(?![\w'\u2019-])")
_STOP = frozenset("The A An In At On Of By For From To With And Or But Then When While After Before During Its His Her "
                  "Their This That General Colonel Captain Major Lieutenant Sergeant Rifleman Havildar Naik Jemadar "
                  "Subedar Sepoy Mr Mrs Miss Dr Sir Lord Lady King Queen Prince Princess Emperor President Premier "
                  "Netaji Mahatma Pandit Maharaja Raja Rana Nawab Sardar Sirdar Indian British Burmese Japanese "
                  "Chinese American Gurkha Sikh Muslim Hindu Army Division Brigade Regiment Battalion Rifles "
                  # air force and staff ranks and posts before a name (`Air Vice Marshal Harjinder Singh`, auditen19)
                  "Air Vice Chief Marshal Field Brigadier Admiral Commodore Commander Wing Squadron Flight Lt Gen "
                  "Col Maj Capt Brig Cdr Sqn Ldr Minister Secretary Governor Commissioner Defence Prime".split())

# Indian honorific titles written before a name (outside it, spec rule 1)
_INDIAN_TITLES = frozenset("Netaji Mahatma Pandit Maharaja Raja Rana Nawab Sardar Sirdar".split())
# family names that are also titles or parts of one (`the Raja Bahadur`, `the Nawab Khan`)
_TITLE_FAMILIES = frozenset("Bahadur Khan Shah Mirza Beg Baig".split())


@lru_cache(maxsize=1)
def _chinese_syllables() -> frozenset[str]:
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415

    return frozenset(s.capitalize() for s in romanised_syllables()[1])


def _burmese(words: list[str]) -> tuple[int, int] | None:
    """(first, last+1) of the longest Burmese name in the words, or None."""
    best = None
    i = 0
    while i < len(words):
        j = i
        if words[j] in _HONORIFICS and j + 1 < len(words) and words[j + 1] in _BURMESE:
            j += 1
        k = j
        while k < len(words) and words[k] in _BURMESE:
            k += 1
        syllables = words[j:k]
        honorific = j > i
        if syllables and (len(syllables) >= 2 or honorific) and k - i <= 5:
            chinese = _chinese_syllables()
            if honorific or any(s not in chinese for s in syllables):
                if best is None or k - i > best[1] - best[0]:
                    best = (i, k)
            i = k
        else:
            i += 1
    return best


@lru_cache(maxsize=1)
def _anchor_re() -> re.Pattern:
    """A family name, an honorific or a Burmese syllable that is no Chinese one: every name holds one."""
    chinese = _chinese_syllables()
    words = _SOUTH_ASIAN_FAMILY | _HONORIFICS | {w for w in _BURMESE if w not in chinese}
    from pipeline.rules.english_lexicon import trie_regex  # noqa: PLC0415

    return guarded(re.compile(r"(?<![\w'\u2019.-])(?:" + trie_regex(words) + r")(?![\w'\u2019-])"))


def _runs(text: str):
    """The capitalised runs around the anchors (each once), read in a window of 70 characters either side."""
    done = -1
    for hit in _anchor_re().finditer(text):
        if hit.start() < done:
            continue
        lo = max(0, hit.start() - 70)
        for m in _CAP_RUN.finditer(text, lo, min(len(text), hit.end() + 70)):
            if m.start() <= hit.start() < m.end() and m.start() >= done:
                done = m.end()
                yield m
                break


_PARTICLE_TAIL = re.compile(r"[ \t]+(?:(?:van[ \t]+der|van[ \t]+den|de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|van|von|du|di|da|della|dos"
                            r"|le)[ \t]+"
                            # the elided French particles written onto the name: de l'Isle, d'Estaing (auditen6)
                            r"|(?:de[ \t]+l|d)['\u2019](?=[AEIOUH]))"
                            r"[A-Z][a-z\u00e0-\u00ff]{1,20}(?![\w-])")


_GIVEN_PARTICLE = re.compile(r"(?<![\w'\u2019.-])(?P<g>[A-Z][a-z\u00e0-\u00ff]{1,14})(?=[ \t]+(?:van|von|del|de|du|di|da|della|dos)"
                             r"[ \t])")


def _particle_tails(text: str, out: list) -> None:
    """'Jean de Lattre de Tassigny', 'Hubertus van der Plas': a Western name goes on over its particles."""
    from pipeline.rules.english_infobox import given_names  # noqa: PLC0415

    given = given_names()
    for m in _GIVEN_PARTICLE.finditer(text):
        if m.group("g") in given:
            tail = _PARTICLE_TAIL.match(text, m.end())
            if tail:
                out.append(Candidate(m.start(), tail.end(), "PERSON", "rule:en_given_name", PRIORITY, {}))
    for cand in [c for c in out if c.label == "PERSON"]:
        end = cand.end
        for _ in range(2):
            m = _PARTICLE_TAIL.match(text, end)
            if m is None:
                break
            end = m.end()
        if end > cand.end:
            out.append(Candidate(cand.start, end, "PERSON", cand.source, cand.priority + 1, dict(cand.norm or {})))


def find_burmese_indian_names(text: str, out: list) -> None:
    """Burmese and South Asian personal names (see the module doc); Western names over their particles."""
    if " de " in text or " van " in text or " von " in text or " du " in text or " di " in text \
            or " da " in text or " della " in text or " le " in text or " del " in text or " dos " in text \
            or " d'" in text or " d\u2019" in text:
        _particle_tails(text, out)
    for m in _runs(text):
        words = m.group().split()
        honoured = False
        while words and words[0] in _STOP:
            honoured = words.pop(0) in _INDIAN_TITLES
        if honoured and len(words) == 1 and words[0] in _SOUTH_ASIAN_FAMILY and words[0] not in _TITLE_FAMILIES \
                and m.group().split()[0] not in ("The", "A", "An"):
            end = m.end()       # `Sardar Patel`, `Pandit Nehru`: the family name after an Indian title (auditen19)
            out.append(Candidate(end - len(words[0]), end, "PERSON", "rule:en_burmese_indian_name", PRIORITY, {}))
            continue
        if len(words) < 2 and not (words and words[0] in _HONORIFICS):
            continue
        offsets = [w.start() + m.start() for w in re.finditer(r"\S+", m.group())][-len(words):] if words else []
        found = None
        family = [i for i, w in enumerate(words) if w in _SOUTH_ASIAN_FAMILY and i > 0]
        if family:
            last = family[-1]
            first = last - 1
            while first > 0 and last - first < 3 and words[first - 1] not in _STOP:
                first -= 1
            inner = [i for i in range(first, last) if words[i] in _STOP]
            if inner:       # 'Later Pandit Sharma': a title inside the run ends what comes before it (auditen19)
                title, first = words[inner[-1]], inner[-1] + 1
                if first == last and title in _INDIAN_TITLES and words[last] not in _TITLE_FAMILIES:
                    start = offsets[last]
                    out.append(Candidate(start, start + len(words[last]), "PERSON", "rule:en_burmese_indian_name",
                                         PRIORITY, {}))
                    continue
            # `Lal Singh`, `Chand Kaur`: Singh and Kaur always close a name, the word before is its given name
            if words[first] not in _SOUTH_ASIAN_FAMILY or first < last - 1 or words[last] in ("Singh", "Kaur"):
                found = (first, last + 1)
        if found is None:
            found = _burmese(words)
        if found is None:
            continue
        if words[found[0]] in _TITLES and found[1] - found[0] > 1:
            found = (found[0] + 1, found[1])
        start = offsets[found[0]]
        end = offsets[found[1] - 1] + len(words[found[1] - 1])
        out.append(Candidate(start, end, "PERSON", "rule:en_burmese_indian_name", PRIORITY, {}))
