"""Wade-Giles forms of biographical dictionaries and translated chronicles (session 14, auditen8;
pipeline/rules/english_wade_giles_forms.py). Sentences written for the tests."""

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str, dict]]:
    return [(e["label"], e["text"], e.get("norm") or {}) for e in extract_text(text)["entities"]]


def _spans(text: str) -> set[tuple[str, str]]:
    return {(label, span) for label, span, _ in _ents(text)}


def test_county_in_hsien_is_one_gpe():
    spans = _spans("The general was born in Kaoyang hsien, Chihli, and later lived in Hsin-hsiang hsien.")
    assert ("GPE", "Kaoyang hsien") in spans
    assert ("GPE", "Hsin-hsiang hsien") in spans


def test_capitalised_hsien_is_not_a_county():
    spans = _spans("The envoy Li Hsien arrived in 1921.")
    assert not any(label == "GPE" and "Hsien" in span for label, span in spans)


def test_society_in_hui_is_org():
    spans = _spans("In 1905 he joined the T'ung-meng-hui, and his uncle led the Ko-lao-hui and the Hsing-Chung hui.")
    assert ("ORG", "T'ung-meng-hui") in spans
    assert ("ORG", "Ko-lao-hui") in spans
    assert ("ORG", "Hsing-Chung hui") in spans


def test_given_name_in_hui_is_no_society():
    spans = _spans("His aide Wang Ching-hui carried the letter.")
    assert ("PERSON", "Wang Ching-hui") in spans
    assert not any(label == "ORG" for label, _ in spans)


def test_provincial_army_in_chun_is_a_named_force():
    ents = _ents("In 1920 the Yuan-Min Yueh-chün returned to Canton, and the old Hsiang-chün was disbanded.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["Yuan-Min Yueh-chün"]["name"] == "粤军"
    assert units["Hsiang-chün"]["name"] == "湘军"
    assert units["Hsiang-chün"]["echelon"] == "军"


def test_surname_before_chun_is_a_person():
    spans = _spans("The clerk Li Hsiang-chün wrote the order.")
    assert not any(label == "MIL_UNIT" for label, _ in spans)


def test_aspirated_place_known_without_the_mark():
    ents = _ents("He held Ch'angte (1943; against two divisions.")
    places = {span: norm for label, span, norm in ents if label == "GPE"}
    assert places["Ch'angte"]["zh"] == "常德"


def test_aspirated_given_name_after_surname_is_no_place():
    spans = _spans("Later Yeh T'ing took command.")
    assert ("PERSON", "Yeh T'ing") in spans
    assert not any(label == "GPE" for label, _ in spans)


def test_service_schools_are_one_org():
    spans = _spans("He studied at the Osaka Junior Army School, then at the Army Third Preparatory School "
                   "and the Yunnan Naval Cadet College.")
    assert ("ORG", "Osaka Junior Army School") in spans
    assert ("ORG", "Army Third Preparatory School") in spans
    assert ("ORG", "Yunnan Naval Cadet College") in spans
    assert not any(label == "MIL_UNIT" for label, _ in spans)


def test_school_without_a_service_word_is_not_read_here():
    spans = _spans("She taught at the Peking Girls School in 1925.")
    assert ("ORG", "Peking Girls School") not in spans


def test_ordinal_day_of_month_has_its_value():
    ents = _ents("The treaty was signed on the 8th day of March, 1915, at noon.")
    dates = {span: norm for label, span, norm in ents if label == "DATE"}
    assert dates["8th day of March, 1915"]["value"] == "1915-03-08"


def test_later_day_of_a_chronicle_takes_its_month():
    ents = _ents("On the 3rd day of June, 1942, the column left the river, and on the 7th day it reached the pass.")
    dates = {span: norm for label, span, norm in ents if label == "DATE"}
    assert dates["7th day"]["value"] == "1942-06-07"


def test_day_of_a_battle_is_no_date():
    spans = _spans("On the 5th day of the siege the wall fell; on the 9th day of fighting they withdrew.")
    assert not any(label == "DATE" for label, _ in spans)
    spans = _spans("By the 6th day the garrison had run out of water.")   # no full form written before
    assert not any(label == "DATE" for label, _ in spans)


def test_abbreviated_force_before_a_unit_is_not_its_parent():
    spans = _spans("Units of the IJA 15th Division, IJA 22nd Division and IJA 9th Independent Brigade attacked.")
    assert ("MIL_UNIT", "15th Division") in spans
    assert ("MIL_UNIT", "22nd Division") in spans
    spans = _spans("The 6th Column, ECFA, held the river line.")
    assert ("MIL_UNIT", "6th Column, ECFA") in spans


def test_graded_and_subject_schools_are_one_org():
    spans = _spans("He attended the Lishui Middle School and then the Hengyang School of Law and Commerce.")
    assert ("ORG", "Lishui Middle School") in spans
    assert ("ORG", "Hengyang School of Law and Commerce") in spans
    spans = _spans("The school of the village taught forty boys.")
    assert not any(label == "ORG" for label, _ in spans)


def test_red_army_full_name_is_one_named_force():
    ents = _ents("In 1931 he was a company commander of the Chinese Workers' and Peasants' Red Army in Kiangsi.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["Chinese Workers' and Peasants' Red Army"]["name"] == "中国工农红军"
    assert units["Chinese Workers' and Peasants' Red Army"]["side"] == "CCP"
    spans = _spans("The workers and peasants of the county joined the Red Army.")
    assert ("MIL_UNIT", "Red Army") in spans


def test_pronoun_contraction_is_no_surname():
    spans = _spans("She's tired, the nurse said. He's gone north. Lu's troops crossed the river.")
    assert ("PERSON", "Lu") in spans
    assert not any(span in ("She", "He") for _, span in spans)


def test_name_after_the_article_is_no_commander():
    spans = _spans("The garrison of the Matsus held; the Matsus' troops were reinforced. Tang's troops left.")
    assert not any(label == "PERSON" and "Matsus" in span for label, span in spans)
    assert ("PERSON", "Tang") in spans


def test_particle_full_name_is_one_person():
    spans = _spans("The arsenal was inspected by Gustav von Seeberg, the adviser of the viceroy.")
    assert ("PERSON", "Gustav von Seeberg") in spans
    spans = _spans("The treaty of Versailles de facto changed nothing.")
    assert not any(label == "PERSON" for label, _ in spans)


def test_pinyin_army_name_with_jun():
    ents = _ents("The court raised a guard corps (护军 Hujun) and a standing force (常备军 Changbei jun) in 1901.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["Changbei jun"]["echelon"] == "军"
    spans = _spans("The veteran Wang Jun and his son Chen Jun stayed in the village.")
    assert not any(label == "MIL_UNIT" for label, _ in spans)


def test_owner_possessive_stays_outside_a_known_event():
    spans = _spans("Feng's Northern Expedition troops rested, and Li’s Long March diary was lost.")
    assert ("EVENT", "Northern Expedition") in spans
    assert ("EVENT", "Long March") in spans
    spans = _spans("In 1702 Queen Anne's War began in the colonies.")
    assert ("EVENT", "Queen Anne's War") in spans


def test_or_so_after_the_number_is_in_the_count():
    ents = _ents("The mission had sixty or so German instructors and 300 or so rifles.")
    counts = {span: norm for label, span, norm in ents if label == "QUANTITY"}
    assert counts["sixty or so German instructors"] == {"value": 60, "unit": "German instructors", "approx": "about"}
    assert counts["300 or so rifles"]["approx"] == "about"
    spans = _spans("In 1936 or so the school closed; an hour or so of rest followed.")
    assert ("DATE", "1936") in spans
    assert not any(label == "QUANTITY" and "or so" in span for label, span in spans)


def test_japanese_society_in_kai_is_org():
    spans = _spans("In 1927 the officers founded the Issho-kai, and later joined the Sakura-kai.")
    assert ("ORG", "Issho-kai") in spans
    assert ("ORG", "Sakura-kai") in spans
    spans = _spans("The village of Kai was quiet.")
    assert not any(label == "ORG" for label, _ in spans)


def test_hyphenated_pair_with_a_two_word_place():
    ents = _ents("Troops moved along the Inner Mongolia-Manchuria border in 1933.")
    places = {span: label for label, span, _ in ents if label in ("GPE", "LOC")}
    assert places.get("Inner Mongolia") == "GPE"
    assert places.get("Manchuria") == "LOC"
    spans = _spans("The Sino-Japanese War began.")
    assert not any(label in ("GPE", "LOC") for label, _ in spans)
