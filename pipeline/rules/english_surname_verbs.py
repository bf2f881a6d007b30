"""A person named by the surname alone as the subject of a verb of speech, decision or command (session 8, helper
en13): `Chiang ordered`, `Hu refused`, `Mao decided`, `Tanaka resigned`, `Zhou had insisted`. pipeline.rules.
english_surnames reads a bare surname only after the full name (or from persons.tsv); a magazine or a chapter
often names a man by his surname alone from the start. Such a verb is said of a person, and before it a Chinese
surname (surnames_cn.txt in pinyin, Wade-Giles and postal spellings; not the ones that are English words, not a
dynasty after an article: `the Qing ordered`) or a Japanese-shaped word of four letters or more that no lexicon
reads as anything else is a PERSON.

(session 29, s29enname) Before a verb said of a person alone (`said`, `replied`, `insisted`, `confessed`, `vowed`,
`married`, `died`, `fled`, `escaped`, `resigned`, `refused`, `decided`, `ordered`, `himself`, `was born|wounded|hanged|
executed|arrested|shot|killed|captured|tried|sentenced|assassinated|murdered|elected|appointed|promoted`), any unknown
capitalised word of three letters or more is a PERSON too, where it is no everyday word, month, nationality,
demonym, people's plural (-ans, -ese, -ists, -ites, -ers, -ics) or lexicon name: the African, Balkan, Central Asian
and Latin American leaders of news, memoirs and diaries are in no surname list. `surrendered`, `withdrew`,
`attacked` are said of a garrison or a town as well and stay with the surname lists.

Found by one pattern that starts with a capital (re skips to capitals in C) and needs the verb right after the
word; a name read longer by another finder wins (`Li Yuan ordered`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english import japanese_shaped
from pipeline.rules.english_lexicon import english_names
from pipeline.rules.english_east_asian_names import NOT_GIVEN
from pipeline.spans import Candidate

SURNAME_VERB_PRIORITY = 36          # below every other reading of the same word

_VERBS = ("ordered|refused|decided|declined|demanded|insisted|agreed|replied|retorted|told|asked|urged|proposed"
          "|promised|warned|believed|feared|hoped|wanted|planned|resigned|negotiated|appointed|dismissed|accepted"
          "|rejected|approved|announced|summoned|complained|protested|recalled|commanded|instructed|telegraphed"
          "|cabled|radioed|wrote|said|argued|conceded|confessed|admitted|suspected|realized|realised|reckoned"
          "|hesitated|vowed|pledged|boasted|retired|abdicated|defected|surrendered|escaped|fled|flew|died|married"
          "|arrived|withdrew|retreated|returned|sent|took|launched|gave|met|visited|became|replaced|succeeded"
          "|was\\s+(?:[a-z]{3,12}ly\\s+)?(?:called|used|exiled|banished|degraded|impeached|pardoned|posted|"
          "transferred|ordered|given|made|sent|awarded|decorated|demoted|buried|honoured|honored|"
          "killed|executed|captured|arrested|appointed|recalled|dismissed|wounded|born|promoted|replaced"
          "|relieved|assassinated|sentenced|tried|named|elected)"
          "|personally|himself|later|then|now|also|still|again|had\\s+(?:ordered|decided|refused|insisted|agreed"
          "|planned|hoped|feared|wanted|resigned|left|fled|died|been)|would|could|must|might|should")
SURNAME_VERB_RE = re.compile(rf"(?P<name>[A-Z][a-z]{{1,9}}+(?:['\u2019-][a-z]{{1,6}})?)[ \t]+(?:{_VERBS})\b")
# (`that` is left out: before a surname it is the conjunction, `surprising that Lin wanted`; auditen19)
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:the|a|an|this|its|their|his|her)[ \t]+$")
# words that open a sentence before such a verb and are no surname ('Then ordered', 'Nobody refused')
_NOT_SURNAME = frozenset("He She It We They You Who What Which That This There Then When Where While And But Or So "
                         "Nobody Everyone Someone None One Both Each Many Most Some All Few Others Officers Men "
                         "Troops Tokyo Moscow Washington London Peking Nanking Chungking Berlin Congress Parliament "
                         "Headquarters Command Staff Government Cabinet Emperor King Queen Court Army Navy".split())


# (session 29, s29enname) verbs said of a person alone, never of a town, a country or an army: before them an unknown
# capitalised word that is no everyday word, month, nationality or people's plural is a PERSON too (the African,
# Balkan, Central Asian and Latin American leaders of news, memoirs and diaries: `Tembo said`, `X replied`, `X was
# wounded`, `X himself`); `surrendered`, `withdrew`, `attacked` are said of a garrison or a town as well: not here.
_PERSONAL_VERB_RE = re.compile(
    r"[ \t]+(?:said|replied|retorted|told|insisted|confessed|admitted|vowed|boasted|married|died|smiled|laughed"
    r"|shouted|whispered|nodded|shrugged|grinned|wept|explained|answered|complained|himself|herself|personally"
    r"|fled|escaped|resigned|refused|decided|ordered|was[ \t]+(?:born|wounded|hanged|executed|arrested|shot|killed"
    r"|captured|tried|sentenced|assassinated|murdered|elected|appointed|promoted))\b")
_PEOPLE_END = re.compile(r"(?:ans|ese|ists|ites|ers|ics)$")


def unknown_name_word(word: str) -> bool:
    """A capitalised word no lexicon, everyday word, month, nationality or people's plural reads."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    from pipeline.rules.english_place_context import STOP, common_word  # noqa: PLC0415

    return len(word) >= 3 and word not in STOP and word not in demonyms() and not common_word(word) \
        and not _PEOPLE_END.search(word) and word not in english_names()


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    from pipeline.lexicons import read_words  # noqa: PLC0415

    return frozenset(read_words("en_common_words.txt"))


def find_surname_verbs(text: str, out: list) -> None:
    """Bare surnames before a verb said of a person (see the module doc)."""
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415  (english imports this module)
    from pipeline.rules.english_surnames import ENGLISH_WORD_SURNAMES  # noqa: PLC0415

    names = None
    for m in SURNAME_VERB_RE.finditer(text):
        start = m.start("name")
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'\u2019"):
            continue
        word = m.group("name")
        if word in _NOT_SURNAME or word in ENGLISH_WORD_SURNAMES:
            continue
        if _ARTICLE_BEFORE.search(text, max(0, start - 8), start):
            continue
        surnames = romanised_syllables()[0]
        if names is None:
            names = english_names()
        known = names.get(word)
        if known is not None and known[0] != "PERSON":
            continue
        if word not in surnames and not (len(word) >= 4 and japanese_shaped(word)):
            if not (_PERSONAL_VERB_RE.match(text, m.end("name")) and unknown_name_word(word)):
                continue      # any other unknown word only before a verb said of a person alone (session 29)
        if len(word) < 2 or word.lower() in common_words():
            continue          # 'Ran', 'Pen', 'Tie', 'Ma' are English words before they are surnames
        if word in NOT_GIVEN:
            continue          # 'Bakufu sent', 'Daimyo ordered': a romanised Japanese institution or title (auditen14)
        out.append(Candidate(start, m.end("name"), "PERSON", "rule:en_surname_verb", SURNAME_VERB_PRIORITY))
