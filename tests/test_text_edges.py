"""Texts that end (or start) right at a rule's trigger: the rule must see the edge, not fail or read past it.

A randomised run over public NER sentences and mutated copies of them (session 14) found one: a title of
narrative_names_zh (悍匪, 匪首 …) as the last characters of a text raised IndexError and lost the whole
document. Five more checks read an empty slice at the text's end as if it held a mark (`"" in "长"` is true).
"""

import pytest

from pipeline import extract_text
from pipeline.rules.narrative_names_zh import BEFORE


@pytest.mark.parametrize("title", BEFORE)
def test_a_bandit_title_at_the_end_of_a_text(title):
    record = extract_text(f"据老人回忆，山里藏着一个{title}")
    assert record["entities"] == []


def test_a_bandit_title_then_a_name_still_reads_the_name():
    record = extract_text("剿匪部队在村外击毙了匪首王老五。")
    assert [(e["text"], e["label"]) for e in record["entities"]] == [("王老五", "PERSON")]


def test_an_open_quote_at_the_end_after_a_bandit_title():
    record = extract_text("当地人都怕那个惯匪“")
    assert record["entities"] == []


# A seeded randomised run over real text: sentences of the public MSRA test set (../shared/data) and slices of the
# project's own corpus, each as it is and cut, with marks inserted or characters deleted at random places. Every
# text must give a record whose entities point at their own text.
from pathlib import Path
import random

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
MSRA = SHARED / "data" / "msra" / "msra_test_bio.txt"
_MARKS = [" ", "\n", ",", "(", ")", '"', "·", "、", "第", "军", "师", "年", "月", "日", "1", "２", "〇", "[1]", "“",
          "”", "「", "匪", "部", "县", "…", "—", "'", "-", "Division", " the ", "’", "Gen. "]


def _sentences(limit: int) -> list[str]:
    texts, chars = [], []
    for line in MSRA.read_text(encoding="utf-8").splitlines():
        if line.strip():
            chars.append(line.split()[0])
        elif chars:
            texts.append("".join(chars))
            chars = []
            if len(texts) == limit:
                break
    return texts


def _mutated(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(chars) + 1)
        roll = rng.random()
        if roll < 0.5:
            chars.insert(at, rng.choice(_MARKS))
        elif roll < 0.8 and at < len(chars):
            del chars[at]
        else:
            chars = chars[:at] if rng.random() < 0.5 else chars[at:]
        if not chars:
            break
    return "".join(chars)


@pytest.mark.skipif(not MSRA.exists(), reason="../shared/data is not beside the repo")
def test_cut_and_mutated_real_text_always_gives_a_record():
    rng = random.Random(14)
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = _sentences(300)
    for path in sorted(corpus.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        texts += [body[at:at + rng.randint(20, 400)] for at in range(0, len(body), 700)]
    for text in texts:
        for variant in (text, _mutated(rng, text), _mutated(rng, text)):
            if not variant.strip():
                continue
            for entity in extract_text(variant)["entities"]:
                assert variant[entity["start"]:entity["end"]] == entity["text"], (variant, entity)
