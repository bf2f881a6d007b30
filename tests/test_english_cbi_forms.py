"""Forms of English biographies and unit pages of the war in China and Burma (session 15 round 2, auditen16;
pipeline/rules/english_cbi_forms.py and the area-army posts of english_named_forces). Sentences written for the
tests."""

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str, dict]]:
    return [(e["label"], e["text"], e.get("norm") or {}) for e in extract_text(text)["entities"]]


def _spans(text: str) -> set[tuple[str, str]]:
    return {(label, span) for label, span, _ in _ents(text)}


def _dates(text: str) -> dict[str, str]:
    return {span: norm.get("value") for label, span, norm in _ents(text) if label == "DATE"}


def test_partial_iso_dates_of_a_service_table():
    dates = _dates("1940-08-XX Colonel\n1943-XX-XX Major-General\n1942-05-XX 1944-02-10 Commander 59th Brigade")
    assert dates["1940-08-XX"] == "1940-08"
    assert dates["1943-XX-XX"] == "1943"
    assert dates["1942-05-XX"] == "1942-05"
    assert dates["1944-02-10"] == "1944-02-10"
    assert "08" not in dates and "05" not in dates


def test_partial_iso_negative_other_codes():
    dates = _dates("Serial 1942-XXA and part AB-1942-XX were filed in March 1943.")
    assert not any("XX" in span for span in dates)


def test_month_with_apostrophe_year():
    dates = _dates("The squadron reached Hengyang in June '44, flew from Suichwan in Jan. \u201945 and "
                   "left Kunming in Oct \u201845.")
    assert dates["June '44"] == "1944-06"
    assert dates["Jan. \u201945"] == "1945-01"
    assert dates["Oct \u201845"] == "1945-10"


def test_month_with_apostrophe_negative():
    dates = _dates("He said in March 1943 that the May 'rice bowl' raid came late.")
    assert not any("'" in span for span in dates)
    assert dates["March 1943"] == "1943-03"


def test_spaced_compound_ordinal_unit():
    ents = _ents("In 1941 he took over the Thirty Seventh Army and then the Forty First Division.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["Thirty Seventh Army"]["numbers"] == [37]
    assert units["Forty First Division"]["numbers"] == [41]
    assert "Seventh Army" not in units


def test_spaced_ordinal_negative():
    ents = _ents("He was thirty first among the cadets, and the Third Army held the pass.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["Third Army"]["numbers"] == [3]
    assert not any(span.lower().startswith("thirty") for span in units)


def test_air_bases_and_ft_posts():
    spans = _spans("The group went to Maxwell Air Force Base, then to Selfridge AFB; its men trained at "
                   "Ft Dix and Ft. Sill before the move to Hsian Army Air Field.")
    assert ("FAC", "Maxwell Air Force Base") in spans
    assert ("FAC", "Selfridge AFB") in spans
    assert ("FAC", "Ft Dix") in spans
    assert ("FAC", "Ft. Sill") in spans
    assert ("FAC", "Hsian Army Air Field") in spans
    assert not any(label == "PERSON" and "Air" in span for label, span in spans)


def test_air_base_negative_clause_words():
    spans = _spans("Stationed at Dale Mabry Field, the wing then Moved AFB records to the depot.")
    assert not any(span.startswith("Moved") for _, span in spans)


def test_post_before_area_army():
    spans = _spans("1941-03-01 1942-07-01 Chief of Staff Southern Area Army\n"
                   "1942-07-01 1943-03-01 Commander Eastern Area Army")
    assert ("MIL_UNIT", "Southern Area Army") in spans
    assert ("MIL_UNIT", "Eastern Area Army") in spans
    assert not any(span.startswith(("Staff", "Commander")) for _, span in spans)


def test_typed_air_units_stop_and_lower_case_head():
    ents = _ents("Colonel Hill led the 51st. Fighter group, then the 341st Bomb group of the 10th. and 14th. "
                 "Air force; the 22nd Bomb squadron stayed.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["51st. Fighter group"]["numbers"] == [51]
    assert units["51st. Fighter group"]["echelon_key"] == "fighter_group"
    assert units["341st Bomb group"]["echelon_key"] == "bomber_group"
    assert units["10th. and 14th. Air force"]["numbers"] == [10, 14]
    assert units["22nd Bomb squadron"]["numbers"] == [22]


def test_typed_air_units_negative():
    ents = _ents("On June 2nd. Fighter pilots and bomber crews met; he came 3rd. Bomb group men cheered.")
    assert not any(label == "MIL_UNIT" for label, _, _ in ents)


def test_usaaf_abbreviated_units():
    ents = _ents("Escorts from the 51st FG and the 25th and 26th FS met the 341st BG; the 1905th EAB graded the strip "
                 "for the 315th TCS of the 10th AF.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["51st FG"]["echelon_key"] == "fighter_group" and units["51st FG"]["side"] == "US"
    assert units["25th and 26th FS"]["numbers"] == [25, 26]
    assert units["341st BG"]["id"] == "US/bomber_group/341"
    assert units["1905th EAB"]["echelon_key"] == "battalion"
    assert units["315th TCS"]["echelon_key"] == "transport_squadron"
    assert units["10th AF"]["echelon_key"] == "air_group"


def test_usaaf_abbreviation_negative():
    ents = _ents("He finished 3rd FGS overall, and the FG score and 2nd BSc exam followed.")
    assert not any(label == "MIL_UNIT" for label, _, _ in ents)


def test_single_place_in_capitals():
    spans = _spans("After the loss of LASHIO the depot moved to KUNMING by way of BHAMO.")
    assert ("GPE", "LASHIO") in spans
    assert ("GPE", "KUNMING") in spans


def test_single_capitals_negative():
    spans = _spans("The CBI veterans and the WAAC met at the USO club with SEAC staff.")
    assert not any(label in ("GPE", "LOC") for label, _ in spans)


def test_nicknamed_person_with_two_given_names_or_brackets():
    spans = _spans('Colonel Bruce Kenneth "Buster" Holloway met Brigadier General Frank ("Galahad") Merrill and '
                   'Mary Ann \u201cSkip\u201d O\'Hara at the strip.')
    assert ("PERSON", 'Bruce Kenneth "Buster" Holloway') in spans
    assert ("PERSON", 'Frank ("Galahad") Merrill') in spans


def test_nicknamed_person_negative():
    spans = _spans('The Japanese "Ichi-Go" Campaign and Operation "Matterhorn" Bombers began; '
                   'Task Force "Mars" Brigade moved.')
    assert not any(label == "PERSON" and '"' in span for label, span in spans)


def test_place_before_its_province():
    spans = _spans("Tsaichia, Hupei province, was the birthplace of the general.\n"
                   "He was born in Kaoyu, Kiangsu Province, in 1899.")
    assert ("GPE", "Tsaichia") in spans
    assert ("GPE", "Kaoyu") in spans


def test_place_before_province_negative():
    spans = _spans("The army withdrew. Meanwhile, Honan province starved, and Thus, Hopei province fell.")
    assert not any(span in ("Meanwhile", "Thus") for _, span in spans)


def test_nicknamed_person_whose_surname_is_a_place_head():
    spans = _spans('Major John "Red" Hill and Anna Marie "Sis" Field flew the Hump.')
    assert ("PERSON", 'John "Red" Hill') in spans
    assert ("PERSON", 'Anna Marie "Sis" Field') in spans
