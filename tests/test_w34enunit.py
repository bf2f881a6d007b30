"""w34enunit (session 34): English units and events read across development sets and stored pages.

- a battle named by its spelled ordinal and place alone (`at Third Ypres`, `after Second Manassas`) and the ordinal
  before an event read without it (`the Second Arakan campaign`): english_event_ordinals.find_numbered_battles;
- a formation's initials written alone after its full name, without brackets (`the Egyptian Expeditionary Force ...
  the EEF`): english_acronym_aliases;
- Roman-numbered corps in a list sharing `Corps` (`the XX and XXI Corps`): english_grammar.UNIT_RE;
- cardinal divisions of the German arms and cardinal lists with a plural head (`21 Panzer Division`, `15 and 21
  Panzer Divisions`), cavalry and armoured regiments by a cardinal (`45 Cavalry`, `63 Cav`, `2 Lancers`):
  english_cardinal_units;
- the next members of a list of state regiments (`the 1st Montana, 10th Pennsylvania and 1st Colorado`):
  english_state_regiments_schools.

Sentences written for these tests (made-up names where a name is needed)."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


def _spans(text: str, label: str) -> list:
    return [t for t, lab, _ in _ents(text) if lab == label]


# --- battles by ordinal and place

def test_ordinal_and_place_is_one_event():
    text = "The ruins of Ypres were shelled daily. He was wounded at Third Ypres in October."
    assert _has(text, "Third Ypres", "EVENT")
    assert not _has(text, "Ypres", "GPE") or _spans(text, "GPE").count("Ypres") == 1
    text = "After Second Manassas, Lee crossed into Maryland."
    assert _has(text, "Second Manassas", "EVENT")
    assert not _has(text, "Manassas", "GPE")


def test_ordinal_river_battle_leaves_battle_word_out():
    text = "The last days of the Eleventh Isonzo battle were wet."
    assert _has(text, "Eleventh Isonzo", "EVENT")
    assert not _has(text, "Isonzo", "LOC")


def test_ordinal_joins_an_event_read_without_it():
    text = "The Arakan campaign failed; the Second Arakan campaign followed a year later."
    assert _has(text, "Second Arakan campaign", "EVENT")
    assert _has(text, "Arakan campaign", "EVENT")


def test_ordinal_before_a_unit_rank_or_state_is_no_battle():
    text = "The Twentieth Maine held the flank while the Third Army waited."
    assert not _spans(text, "EVENT")
    text = "He served with the Second Punjab at Delhi and was made Second Lieutenant."
    assert not _spans(text, "EVENT")
    text = "The Third Reich fell and the First Lord resigned."
    assert not _spans(text, "EVENT")


def test_unknown_place_needs_a_second_mention():
    text = "He spoke at Third Brixworth on Sunday."      # one mention, no battle of it: left alone
    assert not _has(text, "Third Brixworth", "EVENT")


# --- initials of a unit named in full

def test_initials_of_a_named_unit_are_the_unit():
    text = "The Egyptian Expeditionary Force attacked Gaza in March. Later the EEF took Jerusalem."
    assert _has(text, "EEF", "MIL_UNIT")
    text = "The Air Transport Command flew the Hump. The ATC’s losses were heavy."
    assert _has(text, "ATC", "MIL_UNIT")


def test_initials_of_no_unit_in_the_text_are_left():
    text = "The Kelsey Trading Company shipped tea. The EEF was not mentioned before."
    assert not _has(text, "EEF", "MIL_UNIT")


# --- Roman-numbered corps in a list

def test_roman_corps_list_is_one_unit():
    text = "The XX and XXI Corps were of infantry; the XIII and XXX Corps attacked at dawn."
    assert _spans(text, "MIL_UNIT") == ["XX and XXI Corps", "XIII and XXX Corps"]
    assert _norm(text, "XX and XXI Corps", "MIL_UNIT")["numbers"] == [20, 21]
    text = "The I, II and III Corps advanced together."
    assert _has(text, "I, II and III Corps", "MIL_UNIT")


def test_roman_corps_each_with_its_head_are_two():
    text = "The II Corps and V Corps of the Second Army held the salient."
    assert _has(text, "II Corps", "MIL_UNIT") and _has(text, "V Corps", "MIL_UNIT")


# --- cardinal German divisions, cardinal lists, cavalry regiments

def test_cardinal_panzer_division_and_list():
    text = "The Afrika Korps of 15 and 21 Panzer Divisions attacked; 21 Panzer Division lost its commander."
    assert _has(text, "15 and 21 Panzer Divisions", "MIL_UNIT")
    assert _norm(text, "15 and 21 Panzer Divisions", "MIL_UNIT")["numbers"] == [15, 21]
    assert _has(text, "21 Panzer Division", "MIL_UNIT")
    text = "The 7, 8 and 22 Armoured Brigades moved while 201 Guards Brigade held the box."
    assert _has(text, "7, 8 and 22 Armoured Brigades", "MIL_UNIT")
    assert _has(text, "201 Guards Brigade", "MIL_UNIT")


def test_range_of_divisions_is_no_list():
    text = "The army had between 2 and 3 Armoured Divisions that spring."
    assert not _spans(text, "MIL_UNIT")


def test_cardinal_cavalry_regiments():
    text = "The attack by 45 Cavalry was supported by 63 Cav and by 2 Lancers."
    assert _spans(text, "MIL_UNIT") == ["45 Cavalry", "63 Cav", "2 Lancers"]
    assert _norm(text, "45 Cavalry", "MIL_UNIT")["numbers"] == [45]
    assert _norm(text, "45 Cavalry", "MIL_UNIT")["echelon"] == "团"


def test_counts_of_horsemen_are_no_regiment():
    text = "About 40 Lancers rode out, and 300 Lancers followed them."
    assert not _spans(text, "MIL_UNIT")
    text = "Only 1 Cavalry Regiment remained in the strength list."
    assert not _has(text, "1 Cavalry", "MIL_UNIT")


# --- lists of state regiments

def test_state_regiment_list_members():
    text = "His command consisted of the 1st Montana, 10th Pennsylvania, 1st South Dakota and 1st Colorado."
    assert _spans(text, "MIL_UNIT") == ["1st Montana", "10th Pennsylvania", "1st South Dakota", "1st Colorado"]
    assert _norm(text, "10th Pennsylvania", "MIL_UNIT")["numbers"] == [10]


def test_state_list_stops_at_a_civil_noun():
    text = "He won the 1st Montana, 2nd Oregon district race."
    assert not _has(text, "2nd Oregon", "MIL_UNIT")


# --- two-sided wars with a small `war` (english_encyclopedia_forms)

def test_two_sided_war_with_small_head_is_an_event():
    text = "He fought in the Polish-Bolshevik war and then in the Spanish-American war."
    assert _spans(text, "EVENT") == ["Polish-Bolshevik war", "Spanish-American war"]


def test_two_sided_adjective_without_war_is_no_event():
    text = "The Polish-Lithuanian border and the German-American community met in Chicago."
    assert not _spans(text, "EVENT")


# --- forces_en_outside_asia.tsv rows of session 34

def test_named_forces_and_initials_of_1914_1979():
    text = "The BEF and the RFC crossed to France; later the Desert Mounted Corps took Beersheba."
    assert _spans(text, "MIL_UNIT") == ["BEF", "RFC", "Desert Mounted Corps"]
    text = "The South African Defence Force fought FAPLA and the Cuban Revolutionary Armed Forces on the Lomba."
    assert _has(text, "South African Defence Force", "MIL_UNIT")
    assert _has(text, "FAPLA", "MIL_UNIT")
    assert _has(text, "Cuban Revolutionary Armed Forces", "MIL_UNIT")


def test_words_holding_the_initials_are_no_force():
    text = "BEFORE the war the RFCS club met; a white army of ants crossed the road."
    assert not _spans(text, "MIL_UNIT")
