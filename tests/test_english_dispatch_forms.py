"""s22en2 (session 22): forms of cabled news and old dispatches: wire agencies and romanised two-word places after
`at`/`near` (pipeline/rules/english_dispatch_forms.py); a count after the verb `number` and a count ended by its
first plural head (english_numbers); an arm with a people's word between count and arm (english_span_edges).
Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


def _spans(text: str, label: str) -> list:
    return [t for t, lab, _ in _ents(text) if lab == label]


# --- wire agencies

def test_reuter_is_an_org_without_its_possessive():
    text = "Reuter's correspondent at Hankow reports that Reuters has no news of the column."
    assert _spans(text, "ORG") == ["Reuter", "Reuters"]


def test_havas_agency_is_one_org():
    assert _has("The Havas Agency states that the treaty is signed.", "Havas Agency", "ORG")


def test_a_longer_word_is_no_agency():
    assert _spans("Mr. Reuterman sailed from Colombo.", "ORG") == []


# --- romanised two-word places after at / near

def test_two_word_name_after_at_is_a_place():
    text = "The troops fought all day at Hung Lo and retired northward."
    assert _has(text, "Hung Lo", "GPE")
    assert _spans(text, "PERSON") == []


def test_name_before_possessive_or_after_fired_at_stays_a_person():
    text = "The guard fired at Wu Tai, who escaped, and we dined at Li Fang's house."
    assert _spans(text, "GPE") == []


# --- counts after the verb `number`

def test_count_after_number_as_verb_keeps_its_noun():
    text = "The garrison was said to number 12,000 men, and the fleet will number 30 ships."
    assert _spans(text, "QUANTITY") == ["12,000 men", "30 ships"]
    assert _norm(text, "12,000 men", "QUANTITY")["value"] == 12000


def test_number_as_reference_word_stays_no_count():
    assert _spans("See number 12 men in the list.", "QUANTITY") == []


# --- a count ends at its first plural head

def test_count_stops_at_first_plural_head():
    text = "At dawn six British gunboats sank four Chinese war junks near the bar."
    assert _spans(text, "QUANTITY") == ["six British gunboats", "four Chinese war junks"]


def test_count_stops_before_participle_clause():
    text = "The Japanese sank three Chinese transports carrying horses."
    assert _spans(text, "QUANTITY") == ["three Chinese transports"]


# --- arms with a people's word

def test_arm_with_peoples_word_is_one_count():
    text = "Major Harlan led 300 Sikh infantry, 120 Russian cavalry and forty\nFrench infantry against the village."
    assert _spans(text, "QUANTITY") == ["300 Sikh infantry", "120 Russian cavalry", "forty\nFrench infantry"]
    assert _norm(text, "120 Russian cavalry", "QUANTITY")["value"] == 120


def test_arm_after_reference_number_or_year_is_no_count():
    text = "In 1898 Japanese infantry landed, and No. 5 Sikh infantry was disbanded."
    assert _spans(text, "QUANTITY") == []
