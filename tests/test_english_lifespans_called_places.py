"""s27enper (session 27): English persons before the years of their life in brackets, places after `a place
called`, Irish counties after `county`/`Co.`, watercourses by Stream/Brook/Spruit, places left `From X` before a
clause of movement or written from, and elliptic lists of counts from places (english_lifespan_names.py,
english_called_places_irish_counties.py, english_campaign_forms.py, english_place_context.py). Made-up sentences."""

from pipeline import extract_text


def _spans(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _norm(text, span, label):
    for e in extract_text(text)["entities"]:
        if e["text"] == span and e["label"] == label:
            return e.get("norm") or {}
    raise AssertionError(f"{span!r} {label} not in {_spans(text)}")


def test_names_before_the_years_of_their_life():
    text = "The letter was written by Ezekiel Pardoe (1811-1879), the son of Obadiah Pardoe (1780-1850) and Thirza (b. 1788) of Lowell."
    spans = _spans(text)
    for name in ("Ezekiel Pardoe", "Obadiah Pardoe", "Thirza"):
        assert (name, "PERSON") in spans
    assert ("1788", "DATE") in spans and ("1811", "DATE") in spans
    assert ("Keziah Bunce", "PERSON") in _spans("He married Keziah Bunce (1820\u20131901) in 1844.")
    assert ("Mehitabel", "PERSON") in _spans("Their daughter, Mehitabel (d. 1863), died young.")
    # a title before the name stays outside it (guideline 1)
    assert ("Letitia Vosburgh", "PERSON") in _spans("Mrs. Letitia Vosburgh (1822\u20131899) kept the store.")


def test_years_in_brackets_after_no_person():
    assert ("Chaco War", "EVENT") in _spans("The Chaco War (1932-1935) was fought in the lowlands.")
    spans = _spans("The Orange Free State (1854-1902) was a republic.")
    assert not [s for s in spans if s[1] == "PERSON"]
    assert ("Prussia", "GPE") in _spans("Prussia (1701-1918) was a kingdom.")
    # one word before two years is never enough; a span of 300 years is no life
    assert not [s for s in _spans("Wessex (1600-1900) was rich.") if s[1] == "PERSON"]


def test_places_after_a_place_called():
    assert ("Ardnaglass", "GPE") in _spans("They were ambushed at a place called Ardnaglass, three miles from Tullow.")
    assert ("Dobrovo", "GPE") in _spans("We halted at a little village named Dobrovo for the night.")
    # a word of the ground before `called`, or an apposition calling it ground: LOC
    assert ("Rooikrans", "LOC") in _spans("We went via Dornfels to place called Rooikrans, a deep valley, and rested.")
    assert ("Mount Tarrow", "LOC") in _spans("They climbed a hill known as Mount Tarrow at dawn.") \
        or ("Mount Tarrow", "LOC") in _spans("They climbed a hill called Mount Tarrow at dawn.")
    # no settlement head: a man called X is no place; a `the`-led name is left alone
    assert ("Jones", "GPE") not in _spans("a man called Jones came to the door")
    assert not _spans("It was a place called the Devil's Elbow.")


def test_irish_counties_written_before_the_name():
    spans = _spans("The barracks in county Sligo and in Co. Wexford were attacked.")
    assert ("county Sligo", "GPE") in spans and ("Co. Wexford", "GPE") in spans
    assert ("Co", "GPE") not in spans
    assert ("Co Leitrim", "GPE") in _spans("It happened in Co Leitrim, in the village.")
    spans = _spans("Drumcreel, Co. Mayo was attacked by the Mayo Brigade.")
    assert ("Drumcreel", "GPE") in spans and ("Co. Mayo", "GPE") in spans and ("Mayo Brigade", "MIL_UNIT") in spans
    # inside a longer name, and a company letter, stay as they were
    assert ("Kerry County Council", "ORG") in _spans("The Kerry County Council met.")
    assert ("Co. D", "MIL_UNIT") in _spans("Private Amos Quiney (1840-1862) of Co. D was killed.")


def test_watercourses_by_their_head():
    assert ("Waipapa Stream", "LOC") in _spans("When the column crossed the Waipapa Stream on 3 May 1864.")
    assert ("Koorn Spruit", "LOC") in _spans("The fight at Koorn Spruit was a disaster.")
    assert ("Bushy Brook", "LOC") in _spans("They camped by Bushy Brook.")
    # a given name before Brook is a person's
    assert ("Peter Brook", "PERSON") in _spans("Peter Brook directed it.")


def test_from_a_place_before_a_clause_of_movement_or_written_from():
    assert ("Rietfontein", "GPE") in _spans("From Rietfontein we went north-west via Dornfels.")
    assert ("Tarrant", "GPE") in _spans("He wrote to his sister from Tarrant in July 1863.")
    assert not _spans("I had a letter from Jones today.")
    assert not _spans("From Smith we heard nothing.")


def test_elliptic_lists_of_counts_from_places():
    text = "By his count, 400 troops came from Dunmore, 200 from Ballykeel, 300 from Rathcoole and 350 from Kilbrack."
    spans = _spans(text)
    for place in ("Ballykeel", "Rathcoole", "Kilbrack"):
        assert (place, "GPE") in spans
    for count in ("200", "300", "350"):
        assert (count, "QUANTITY") in spans
    assert _norm(text, "200", "QUANTITY")["value"] == 200
    # without a count before the first member there is no list of counts
    assert ("Jones", "GPE") not in _spans("Letters came from Tarrant, 3 from Jones and 2 from Smith.")


def test_unknown_members_of_lists_of_known_places():
    spans = _spans("In 1916 the same round, of Somme, Marne, and Hallue, was followed again.")
    assert ("Hallue", "LOC") in spans and ("Somme", "LOC") in spans
    # known members that are persons make no list of places
    spans = _spans("Present were Hitler, Mussolini and Tojo.")
    assert not [s for s in spans if s[1] in ("GPE", "LOC")]


def test_names_after_other_ranks_police_boer_and_foreign_ranks():
    for rank in ("Constable", "Bombardier", "Drummer", "Commandant", "Field Cornet", "Hauptmann", "Bimbashi", "Pte",
                 "L/Cpl", "Chaplain"):
        assert ("Quarrington", "PERSON") in _spans(f"Next morning {rank} Quarrington was wounded near the ford."), rank
    spans = _spans("Constable John Lorrimer was killed; Bombardier Wells of the 4th Battery was wounded.")
    assert ("John Lorrimer", "PERSON") in spans and ("Wells", "PERSON") in spans and ("4th Battery", "MIL_UNIT") in spans
    # forms of address that are everyday words, and nouns a rank qualifies, name nobody
    assert not _spans("Father Christmas came.")
    assert not _spans("He carried the Quartermaster Stores.")
    assert not _spans("Drummer Boy")
    assert ("Callanagh", "PERSON") in _spans("Father Callanagh warned the column.")


def test_initials_of_named_forces():
    spans = _spans("The IRA attacked the RIC barracks; newly raised KAR battalions followed.")
    assert ("IRA", "MIL_UNIT") in spans and ("RIC", "ORG") in spans and ("KAR", "MIL_UNIT") in spans


def test_woods_drifts_and_arabic_landform_words():
    spans = _spans("They crossed at Botha's Drift, halted at Laing's Nek and hid in the Aberdare Forest.")
    for place in ("Botha's Drift", "Laing's Nek", "Aberdare Forest"):
        assert (place, "LOC") in spans
    spans = _spans("The Turks held Jebel Hamrin; the brigade dug in along the Wadi Akarit.")
    assert ("Jebel Hamrin", "LOC") in spans and ("Wadi Akarit", "LOC") in spans
    assert ("Delville Wood", "LOC") in _spans("the attack on Delville Wood")
    # a given name or a title before Wood makes the person
    assert ("Evelyn Wood", "PERSON") in _spans("Sir Evelyn Wood commanded the column.")
    assert ("Leonard Wood", "PERSON") in _spans("General Leonard Wood arrived.")


def test_towns_under_their_former_english_names():
    text = "Plevna fell in December 1877 and the Russians marched on Philippopolis."
    assert ("Plevna", "GPE") in _spans(text) and _norm(text, "Philippopolis", "GPE")["zh"] == "普罗夫迪夫"
    spans = _spans("Danzig and K\u00f6nigsberg were ports; the flotilla went up from Bussorah to Kut-al-Amara.")
    for town in ("Danzig", "K\u00f6nigsberg", "Bussorah", "Kut-al-Amara"):
        assert (town, "GPE") in spans
    # a battle named by the town stays one EVENT
    assert ("battle of Inkerman", "EVENT") in _spans("The battle of Inkerman was fought in fog.")


def test_surnames_with_a_capitalised_particle():
    spans = _spans("The column was led by Anton von Kessler. Later Von Kessler was killed at the ford.")
    assert ("Anton von Kessler", "PERSON") in spans and ("Von Kessler", "PERSON") in spans
    spans = _spans("Pieter van der Walt was captured. Van der Walt escaped in May.")
    assert ("Van der Walt", "PERSON") in spans
    spans = _spans("De Haas was known to have left, travelling north as if to join De la Porte.")
    assert ("De Haas", "PERSON") in spans and ("De la Porte", "PERSON") in spans
    # a town of that shape, a place-verb after it, and the French articles are no persons
    assert ("De Aar", "GPE") in _spans("The train reached De Aar junction.")
    assert not [s for s in _spans("De Panne was shelled.") if s[1] == "PERSON"]
    assert not [s for s in _spans("Le Cateau was held.") if s[1] == "PERSON"]


def test_plural_police_ranks_and_lower_case_stream_heads():
    spans = _spans("Constables Dunleavy and Corcoran were wounded.")
    assert ("Dunleavy", "PERSON") in spans and ("Corcoran", "PERSON") in spans
    assert ("Wairoa stream", "LOC") in _spans("They were nearing the Wairoa stream when a shot was fired.")
    assert ("Ntsame mountain", "LOC") in _spans("The impi held the Ntsame mountain.")
    assert not _spans("a mountain stream ran below")


def test_capitals_datelines_with_a_stop():
    spans = _spans("The sortie failed. VIENNA. March 15. The garrison held. BERLIN., March 13. The army marched.")
    assert ("VIENNA", "GPE") in spans and ("BERLIN", "GPE") in spans and ("March 15", "DATE") in spans


def test_a_town_under_its_old_english_name_carries_its_present_name():
    # en_places_former_names.tsv's fifth column is the GPE's `modern` value; a town not renamed has none
    text = "The garrison of Lemberg fell back, and the refugees reached Smyrna before Lahore heard of it."
    assert _norm(text, "Lemberg", "GPE")["modern"] == "Lviv"
    assert _norm(text, "Smyrna", "GPE")["modern"] == "İzmir"
    assert "modern" not in _norm(text, "Lahore", "GPE")
