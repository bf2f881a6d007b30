"""A Chinese PERSON span whose text the person lexicons list keeps the lexicon's canonical name, whichever finder read
it (a post + name reader wins the span over the lexicon's own candidate and gave no canonical: session 31). Sentences
written for this test."""

import pytest

from pipeline import extract_text


def _persons(text: str) -> list[tuple[str, dict]]:
    return [(e["text"], e["norm"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


@pytest.mark.parametrize("text, name, canonical", [
    ("美军中校杜立德率机队从航母起飞。", "杜立德", "杜立特"),          # an alias: the canonical form differs
    ("提督馮子材力戰，法軍敗退。", "馮子材", "冯子材"),               # Traditional, after a Qing post
    ("總司令蔣中正等人抵達南京。", "蔣中正", "蒋中正"),
])
def test_a_listed_name_keeps_its_canonical_after_a_post(text, name, canonical):
    assert (name, {"canonical": canonical}) in _persons(text)


def test_an_unlisted_name_after_a_post_has_no_canonical():
    persons = _persons("总兵柯明远力战，敌退。")
    assert persons == [("柯明远", {})]
