"""s20en (session 20): a named unit's tail repeated, numbered Columns (pipeline/rules/english_unit_tails_columns.py);
romanised and acronym glosses after bodies and units, religious orders and churches, county regiments with a
lower-case head, ordinal phase campaigns (pipeline/rules/english_romanised_glosses_churches.py). Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


# --- a named unit's tail standing for it in the same paragraph (english_unit_tails_columns)

def test_named_unit_tail_repeated_is_the_unit():
    text = "The Calgary Highlanders reached the river at dusk. By midnight the Highlanders had crossed it."
    assert _has(text, "Calgary Highlanders", "MIL_UNIT") and _has(text, "Highlanders", "MIL_UNIT")
    text = "Colonel Li raised the Wang Hsu Independent Regiment in 1927. The Independent Regiment marched north."
    assert _has(text, "Independent Regiment", "MIL_UNIT")
    assert _norm(text, "Independent Regiment", "MIL_UNIT")["echelon"] == "团"


def test_bare_head_or_marines_tail_is_not_a_unit():
    # a one-word tail that is a bare head is generic (guideline 5); bare Marines stay untagged (dev-set reading)
    text = "The Lanark Rifle Regiment came ashore. Later the Regiment moved inland."
    assert not _has(text, "Regiment", "MIL_UNIT")
    text = "The Royal Marines landed at dawn and the Marines held the beach."
    assert not _has(text, "Marines", "MIL_UNIT")
    # a tail seen only before the full name is no repeat
    text = "The Highlanders were tired. Nobody knew them."
    assert not _has(text, "Highlanders", "MIL_UNIT")


# --- numbered Columns (english_unit_tails_columns)

def test_numbered_column_is_a_unit():
    text = "While 21 Column held the ford, 54 Column blocked the track to the north."
    assert _has(text, "21 Column", "MIL_UNIT") and _has(text, "54 Column", "MIL_UNIT")
    assert _norm(text, "21 Column", "MIL_UNIT")["numbers"] == [21]


def test_column_in_a_table_or_before_a_name_is_not_a_unit():
    text = "The figures are in Table 3 Column 2 of the appendix."
    assert not _has(text, "3 Column", "MIL_UNIT")
    text = "The shop stood at 20 Column Road in the old town."
    assert not _has(text, "20 Column", "MIL_UNIT")


# --- glosses after a body or a unit (english_romanised_glosses_churches)

def test_romanised_gloss_after_an_org_is_the_org():
    text = "The Small Sword Society (Hsiao-tao Hui) seized the walled city in 1853."
    assert _has(text, "Small Sword Society", "ORG") and _has(text, "Hsiao-tao Hui", "ORG")
    assert not _has(text, "Hsiao-tao Hui", "PERSON")


def test_acronym_gloss_after_a_unit_is_the_unit():
    text = "The 1st Battalion, Royal Lancaster Regiment (1RLR) crossed the stream before dawn."
    assert _has(text, "1st Battalion, Royal Lancaster Regiment", "MIL_UNIT") and _has(text, "1RLR", "MIL_UNIT")


def test_title_or_english_words_in_brackets_are_no_gloss():
    text = "In June the 11th Division (Commander Wu) entered the province."
    assert not _has(text, "Commander Wu", "MIL_UNIT")
    text = "The Elder Brothers Society (a secret brotherhood) spread along the river."
    assert not any(t.startswith("a secret") for t, _, _ in _ents(text))


# --- religious bodies (english_romanised_glosses_churches)

def test_religious_orders_and_churches_are_org():
    text = ("The Daughters of Charity and the Marist Fathers kept a school, and the Southern Baptist Church "
            "and the Church of Scotland paid for a hospital; the Greek Orthodox Church sent a priest.")
    for span in ("Daughters of Charity", "Marist Fathers", "Southern Baptist Church", "Church of Scotland",
                 "Greek Orthodox Church"):
        assert _has(text, span, "ORG"), span


def test_nuns_of_a_people_and_a_saint_s_church_are_no_org():
    text = "The Chinese Sisters nursed the wounded near St Joseph Church on the hill."
    assert not _has(text, "Chinese Sisters", "ORG")
    assert not _has(text, "St Joseph Church", "ORG")


# --- a regiment named by a county or a colonel with a lower-case head (english_romanised_glosses_churches)

def test_county_regiment_lower_case_is_a_unit():
    text = "Two companies of the Essex regiment and the Dorset regiment held the bridge."
    assert _has(text, "Essex regiment", "MIL_UNIT") and _has(text, "Dorset regiment", "MIL_UNIT")
    assert _norm(text, "Essex regiment", "MIL_UNIT")["echelon"] == "团"


def test_peoples_regiment_lower_case_is_generic():
    text = "A Japanese regiment and the Chinese regiment faced each other across the canal."
    assert not _has(text, "Japanese regiment", "MIL_UNIT")
    assert not _has(text, "Chinese regiment", "MIL_UNIT")


# --- ordinal phase campaigns (english_romanised_glosses_churches)

def test_ordinal_phase_campaign_lower_case_is_an_event():
    text = "During the Second phase campaign the Chinese armies struck the UN flank."
    assert _has(text, "Second phase campaign", "EVENT")
    text = "The Third Phase Offensive opened on the last night of the year."
    assert _has(text, "Third Phase Offensive", "EVENT")


def test_lower_case_phase_is_no_event():
    text = "In the first phase of the offensive the battalion lost forty men."
    assert not any(lab == "EVENT" for _, lab, _ in _ents(text))


def test_church_of_a_saint_is_no_org():
    text = "They met in the Church of St Andrew beside the harbour."
    assert not any(lab == "ORG" for _, lab, _ in _ents(text))


# --- the Commonwealth's formations by name (english_unit_tails_columns)

def test_commonwealth_formation_without_number_is_a_unit():
    text = "In April British\nCommonwealth Brigade held the valley while the British Commonwealth Division waited."
    assert _has(text, "British\nCommonwealth Brigade", "MIL_UNIT")
    assert _has(text, "British Commonwealth Division", "MIL_UNIT")
    text = "The 28th British Commonwealth Brigade relieved them."
    assert _has(text, "28th British Commonwealth Brigade", "MIL_UNIT")


def test_commonwealth_without_a_head_is_no_unit():
    text = "The British Commonwealth sent troops, and the Commonwealth governments agreed."
    assert not any(lab == "MIL_UNIT" for _, lab, _ in _ents(text))
