"""English finder, English normalisers and language detection (guidelines rule 16)."""

import pytest

from pipeline.lang import cjk_runs, detect_language, split_language_runs
from pipeline.normalize.english import (normalize_date_en, normalize_english_spans, normalize_quantity_en,
                                        normalize_unit_en)
from pipeline.rules.english import find_english


def spans(text):
    return [(c.start, c.end, text[c.start:c.end], c.label) for c in find_english(text)]


def found(text, label):
    return [(text[c.start:c.end], c.norm) for c in find_english(text) if c.label == label]


# ----------------------------------------------------------------------------- MIL_UNIT
def test_unit_article_and_side_outside():
    text = "Then the Japanese 11th Army attacked."
    assert spans(text) == [(18, 27, "11th Army", "MIL_UNIT")]
    norm = find_english(text)[0].norm
    assert norm["numbers"] == [11] and norm["echelon"] == "军" and norm["side"] == "JP"
    assert norm["id"] == "JP/army/11"


def test_unit_list_is_one_span():
    assert found("the 11th and 23rd Armies advanced", "MIL_UNIT") == [
        ("11th and 23rd Armies", {"numbers": [11, 23], "echelon": "军", "echelon_key": "army", "prefix": "",
                                  "side": None, "id": None})]


@pytest.mark.parametrize("text,numbers,echelon,side,unit_id", [
    ("Eleventh Army", [11], "军", None, None),
    ("the Chinese 10th Army", [10], "军", "ROC", "ROC/army/10"),
    ("the Japanese 68th Division", [68], "师团", "JP", "JP/division/68"),
    ("the Chinese 190th Division", [190], "师", "ROC", "ROC/division/190"),
    ("the Ninth War Area", [9], "战区", "ROC", "ROC/war_area/9"),
    ("the 27th Group Army", [27], "集团军", "ROC", "ROC/group_army/27"),
    ("the Japanese 6th Area Army", [6], "方面军", "JP", "JP/area_army/6"),
    ("the Fourteenth Air Force", [14], "航空队", "US", "US/air_group/14"),
    ("XX Bomber Command", [20], "轰炸机司令部", "US", "US/bomber_command/20"),
    ("the New 1st Army", [1], "军", "ROC", "ROC/new_army/1"),
    ("the Japanese 7th Independent Mixed Brigade", [7], "旅团", "JP", "JP/independent_mixed_brigade/7"),
    ("the Japanese 3rd Division", [3], "师团", "JP", "JP/division/3"),
    ("the Japanese 13th Brigade", [13], "旅团", "JP", "JP/brigade/13"),
    ("the Japanese 218th Regiment", [218], "联队", "JP", "JP/regiment/218"),
    ("the Chinese 218th Regiment", [218], "团", "ROC", "ROC/regiment/218"),
    ("the Nationalist 13th Brigade", [13], "旅", "ROC", "ROC/brigade/13"),
    ("the Communist 115th Division", [115], "师", "CCP", "CCP/division/115"),
    ("the Chinese 5th Corps", [5], "军", "ROC", "ROC/army/5"),
    ("Japan's 12th Army", [12], "军", "JP", "JP/army/12"),
    ("the enemy's 37th Division", [37], "师", None, None),
    ("the American 1st Cavalry Division", [1], "师", "US", "US/cavalry_division/1"),
])
def test_unit_norms(text, numbers, echelon, side, unit_id):
    (span, norm), = found(text, "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"], norm["side"], norm["id"]) == (numbers, echelon, side, unit_id)


@pytest.mark.parametrize("text,span,prefix,echelon,unit_id", [
    ("the Preparatory 10th Division held", "Preparatory 10th Division", "预备", "师", "ROC/reserve_division/10"),
    ("the New 38th Division", "New 38th Division", "新编", "师", "ROC/new_division/38"),
    ("the Provisional 2nd Army", "Provisional 2nd Army", "暂编", "军", "ROC/provisional_army/2"),
    ("the Temporary 15th Army", "Temporary 15th Army", "暂编", "军", "ROC/provisional_army/15"),
    ("the Independent Mixed 7th Brigade", "Independent Mixed 7th Brigade", "独立混成", "旅团",
     "JP/independent_mixed_brigade/7"),
    ("the Japanese 3rd Tank Division", "3rd Tank Division", "战车", "师团", "JP/tank_division/3"),
    ("the Chinese 1st Cavalry Division", "1st Cavalry Division", "骑兵", "师", "ROC/cavalry_division/1"),
    ("the Japanese 3rd Field Artillery Regiment", "3rd Field Artillery Regiment", "野炮兵", "联队",
     "JP/field_artillery_regiment/3"),
    ("the Japanese 110th Infantry Regiment", "110th Infantry Regiment", "步兵", "联队", "JP/regiment/110"),
])
def test_unit_prefixes_in_the_chinese_vocabulary(text, span, prefix, echelon, unit_id):
    (got, norm), = found(text, "MIL_UNIT")
    assert (got, norm["prefix"], norm["echelon"], norm["id"]) == (span, prefix, echelon, unit_id)


def test_english_ids_equal_the_chinese_ones():
    from pipeline.normalize.units import normalize_unit

    pairs = [("the Japanese 3rd Division", "第3师团", "日军"), ("the New 38th Division", "新编第38师", ""),
             ("the Preparatory 10th Division", "预十师", ""), ("the Provisional 15th Army", "第二十八集团军暂编第十五军", ""),
             ("the 7th Independent Mixed Brigade", "独立混成第7旅团", ""), ("the Japanese 6th Area Army", "第6方面军", "")]
    for english, chinese, left in pairs:
        (_, norm), = found(english, "MIL_UNIT")
        assert norm["id"] == normalize_unit(chinese, left)["id"], english


def test_unit_side_from_the_same_designation_in_the_document():
    text = "The Japanese 68th Division attacked. Later the 68th and 116th Divisions and the 3rd Division rested."
    norms = [n for _, n in found(text, "MIL_UNIT")]
    assert [(n["echelon"], n["side"], n["id"], n.get("side_from")) for n in norms] == [
        ("师团", "JP", "JP/division/68", None), ("师团", "JP", "JP/division/68+116", "document"),
        ("师", None, None, None)]


def test_unit_side_not_taken_from_a_document_that_gives_two():
    text = "The Japanese 68th Division and the Chinese 68th Division met; the 68th Division won."
    assert [n["side"] for _, n in found(text, "MIL_UNIT")] == ["JP", "ROC", None]


@pytest.mark.parametrize("name,unit_id", [
    ("China Expeditionary Army", "JP/named/支那派遣军"),
    ("Imperial Japanese Army", "JP/named/日本帝国陆军"),
    ("National Revolutionary Army", "ROC/named/国民革命军"),
    ("Kwantung Army", "JP/named/关东军"),
    ("Eighth Route Army", "CCP/named/八路军"),
    ("New Fourth Army", "CCP/named/新四军"),
])
def test_named_forces(name, unit_id):
    text = f"In 1944 the {name} moved."
    units = found(text, "MIL_UNIT")
    assert [u[0] for u in units] == [name]
    assert units[0][1]["id"] == unit_id


# ----------------------------------------------------------------------------- DATE
@pytest.mark.parametrize("text,span,value", [
    ("It began on 19 April 1944.", "19 April 1944", {"value": "1944-04-19"}),
    ("It began on April 19, 1944.", "April 19, 1944", {"value": "1944-04-19"}),
    ("By early 1944 it was clear.", "early 1944", {"value": "1944", "mod": "START"}),
    ("In the summer of 1944 they met.", "summer of 1944", {"value": "1944-SU"}),
    ("In April 1944 they met.", "April 1944", {"value": "1944-04"}),
])
def test_dates(text, span, value):
    assert found(text, "DATE") == [(span, value)]


def test_date_year_from_context_and_mid_month():
    text = "The offensive began in April 1944. By mid-May Luoyang was lost; on 25 May it fell."
    assert found(text, "DATE") == [("April 1944", {"value": "1944-04"}), ("mid-May", {"value": "1944-05", "mod": "MID"}),
                                   ("25 May", {"value": "1944-05-25"})]


def test_date_range_two_spans_partner_year():
    text = "The campaign lasted from April to December 1944."
    assert spans(text) == [(25, 30, "April", "DATE"), (34, 47, "December 1944", "DATE")]
    assert [c.norm for c in find_english(text)] == [{"value": "1944-04"}, {"value": "1944-12"}]


def test_day_range_and_year_range():
    text = "Fighting on 19-25 April 1944 and in 1944-45."
    assert [(s, n["value"]) for s, n in found(text, "DATE")] == [
        ("19", "1944-04-19"), ("25 April 1944", "1944-04-25"), ("1944", "1944"), ("45", "1945")]


def test_day_month_range_takes_the_year_of_its_end():
    text = "Hengyang held from 27 June to 8 August 1944; in mid-June and late 1944 the 11th and 23rd Armies moved."
    assert [(t, n) for t, n in found(text, "DATE")] == [
        ("27 June", {"value": "1944-06-27"}), ("8 August 1944", {"value": "1944-08-08"}),
        ("mid-June", {"value": "1944-06", "mod": "MID"}), ("late 1944", {"value": "1944", "mod": "END"})]


def test_sanity_passage_named_forces_and_places():
    text = ("The Chinese Expeditionary Force (Y Force) crossed the Salween while X Force took Myitkyina; "
            "Major General Claire Chennault's Fourteenth Air Force flew from Kweilin and Chihkiang.")
    assert [(t, label) for _, _, t, label in spans(text)] == [
        ("Chinese Expeditionary Force", "MIL_UNIT"), ("Y Force", "MIL_UNIT"), ("Salween", "LOC"),
        ("X Force", "MIL_UNIT"), ("Myitkyina", "GPE"), ("Claire Chennault", "PERSON"),
        ("Fourteenth Air Force", "MIL_UNIT"), ("Kweilin", "GPE"), ("Chihkiang", "GPE")]
    ids = [c.norm.get("id") for c in find_english(text) if c.label == "MIL_UNIT"]
    assert ids == ["ROC/named/中国远征军", "ROC/named/中国远征军", "ROC/named/中国驻印军", "US/air_group/14"]


def test_may_as_verb_is_not_a_date():
    assert found("The army may retreat.", "DATE") == []
    assert found("It fell in May.", "DATE") == [("May", {"value": "XXXX-05"})]


def test_normalize_date_directly():
    assert normalize_date_en("late April", 1944) == {"value": "1944-04", "mod": "END"}
    assert normalize_date_en("mid-1944") == {"value": "1944", "mod": "MID"}
    assert normalize_date_en("1930s") == {"value": "193"}


# ----------------------------------------------------------------------------- QUANTITY
@pytest.mark.parametrize("text,span,norm", [
    ("They had some 400,000 men.", "some 400,000 men", {"value": 400000, "unit": "men", "approx": "some"}),
    ("with nearly 70,000 horses", "nearly 70,000 horses", {"value": 70000, "unit": "horses", "approx": "nearly"}),
    ("The siege lasted 47 days.", "47 days", {"value": 47, "unit": "days", "approx": None}),
    ("Japan committed 17 divisions.", "17 divisions", {"value": 17, "unit": "divisions", "approx": None}),
    ("over 300,000 Japanese troops", "over 300,000 Japanese troops", {"value": 300000, "unit": "Japanese troops", "approx": "over"}),
    ("about 1.5 million people fled", "about 1.5 million people", {"value": 1500000, "unit": "people", "approx": "about"}),
    ("a 47-day siege", "47-day", {"value": 47, "unit": "day", "approx": None}),
    ("tens of thousands of refugees", "tens of thousands of refugees", {"value": 10000, "unit": "refugees", "approx": "some"}),
    ("losses of 60% were", "60%", {"value": 60, "unit": "%", "approx": None}),
    ("fewer than two divisions", "fewer than two divisions", {"value": 2, "unit": "divisions", "approx": "under"}),

    ("perhaps 3,000 guerrillas", "perhaps 3,000 guerrillas", {"value": 3000, "unit": "guerrillas", "approx": "about"}),
    ("at least 6,000 people died", "at least 6,000 people", {"value": 6000, "unit": "people", "approx": "over"}),
    ("up to 40 tanks", "up to 40 tanks", {"value": 40, "unit": "tanks", "approx": "under"}),
    ("almost 500,000 men", "almost 500,000 men", {"value": 500000, "unit": "men", "approx": "nearly"}),
    ("a 3,000-man garrison", "3,000-man", {"value": 3000, "unit": "man", "approx": None}),
])
def test_quantities(text, span, norm):
    assert found(text, "QUANTITY") == [(span, norm)]


@pytest.mark.parametrize("text,span,norm", [
    ("Chinese losses of 56,944 were", "56,944", {"value": 56944, "unit": "", "approx": None}),
    ("losses of perhaps 15,000 were", "perhaps 15,000", {"value": 15000, "unit": "", "approx": "about"}),
    ("casualties totalled 19,380.", "19,380", {"value": 19380, "unit": "", "approx": None}),
    ("the Japanese killed 3,000 at", "3,000", {"value": 3000, "unit": "", "approx": None}),
    ("and captured over 1,200.", "over 1,200", {"value": 1200, "unit": "", "approx": "over"}),
    ("a garrison numbering roughly 17,000 held", "roughly 17,000", {"value": 17000, "unit": "", "approx": "about"}),
    ("a 17,000-strong garrison", "17,000-strong", {"value": 17000, "unit": "", "approx": None}),
    ("Some 3,000 were killed.", "Some 3,000", {"value": 3000, "unit": "", "approx": "some"}),
    ("they killed thousands", "thousands", {"value": 1000, "unit": "", "approx": "some"}),
])
def test_bare_counts(text, span, norm):
    assert found(text, "QUANTITY") == [(span, norm)]


def test_bare_count_needs_a_cue_and_gives_way_to_a_noun():
    assert found("He killed 3,000 Japanese troops in 1944.", "QUANTITY") == [
        ("3,000 Japanese troops", {"value": 3000, "unit": "Japanese troops", "approx": None})]
    assert found("The road ran 300 to the north; page 56,944.", "QUANTITY") == []
    assert found("Losses in 1944 were heavy; they lost 1944.", "QUANTITY") == []


@pytest.mark.parametrize("text,span,norm", [
    # a figure grouped by thousands counts without a cue (rule 9's bare count)
    ("The Nationalists lost 45,000 and the Communists 20,000.", "20,000", {"value": 20000, "unit": "", "approx": None}),
    ("Of the 12,000 who set out, few arrived.", "12,000", {"value": 12000, "unit": "", "approx": None}),
    ("by December there were just under 4,000 left", "just under 4,000", {"value": 4000, "unit": "", "approx": "nearly"}),
    ("8,000 to 9,000 by other accounts", "8,000 to 9,000", {"value": 8000, "unit": "", "approx": None}),
    ("perhaps 2.5 million by the end", "perhaps 2.5 million", {"value": 2500000, "unit": "", "approx": "about"}),
    # peoples and parties are counted nouns like men
    ("against 330,000 Russians", "330,000 Russians", {"value": 330000, "unit": "Russians", "approx": None}),
    ("some 900 Gurkhas held the ridge", "some 900 Gurkhas", {"value": 900, "unit": "Gurkhas", "approx": "some"}),
    ("three Australians and two Canadians", "three Australians", {"value": 3, "unit": "Australians", "approx": None}),
])
def test_grouped_figures_and_peoples(text, span, norm):
    assert (span, norm) in found(text, "QUANTITY")


@pytest.mark.parametrize("text,span,value", [
    ("one hundred and fifty men crossed", "one hundred and fifty men", 150),
    ("some three thousand five hundred troops", "some three thousand five hundred troops", 3500),
    ("two hundred and twenty-five guns", "two hundred and twenty-five guns", 225),
    ("a thousand men", "a thousand men", 1000),
    ("a hundred thousand refugees", "a hundred thousand refugees", 100000),
])
def test_numbers_in_words_of_several_parts(text, span, value):
    assert [(t, n["value"]) for t, n in found(text, "QUANTITY")] == [(span, value)]


def test_ages_are_counts():
    text = "He was aged 62; at the age of forty-five he died; the age of steam."
    assert found(text, "QUANTITY") == [("62", {"value": 62, "unit": "", "approx": None}),
                                       ("forty-five", {"value": 45, "unit": "", "approx": None})]


def test_grouped_figure_is_no_count_in_a_reference_money_or_longer_number():
    assert found("see page 1,204 and no. 3,000", "QUANTITY") == []
    assert found("it cost $1,500 in all", "QUANTITY") == [("$1,500", {"value": 1500, "unit": "$", "approx": None})]
    assert found("the code 12,345,67 and 1,234.5", "QUANTITY") == []


def test_years_and_ordinals_are_not_quantities():
    assert found("In 1944 the 10th Army held for the 2nd time.", "QUANTITY") == []


def test_normalize_quantity_without_unit_offset():
    assert normalize_quantity_en("some 400,000 men") == {"value": 400000, "unit": "men", "approx": "some"}
    assert normalize_quantity_en("12,000-odd men") == {"value": 12000, "unit": "men", "approx": "over"}


# ----------------------------------------------------------------------------- EVENT, PERSON, places, ORG
def test_events():
    text = ("Operation Ichi-Go was the largest offensive of the Second Sino-Japanese War; the Defense of Hengyang "
            "and the Battle of Changsha were part of it, and of the Pacific War.")
    assert [s for s, _ in found(text, "EVENT")] == [
        "Operation Ichi-Go", "Second Sino-Japanese War", "Defense of Hengyang", "Battle of Changsha", "Pacific War"]


def test_quoted_event_names_and_an_operation_word_before_a_battle():
    text = "known as the 'Battle of Guadalcanal' or 'Battle of Lunga Point'. The Operation Battle of Tulagi was fought."
    assert [t for t, _ in found(text, "EVENT")] == ["Battle of Guadalcanal", "Battle of Lunga Point", "Battle of Tulagi"]
    assert [t for t, _ in found("The Battle of Xi'an ended.", "EVENT")] == ["Battle of Xi'an"]


def test_campaign_named_by_its_ordinal_keeps_it():
    text = "They launched the Second Phase Offensive; the Fifth Encirclement Campaign followed. Second Army held."
    assert [t for t, _ in found(text, "EVENT")] == ["Second Phase Offensive", "Fifth Encirclement Campaign"]


def test_event_ordinal_kept():
    assert [s for s, _ in found("the Fourth Battle of Changsha began", "EVENT")] == ["Fourth Battle of Changsha"]


def test_korean_names_and_western_surnames_with_a_particle():
    text = "Kim Il-sung and Paik Sun-yup met James Van Fleet and Charles de Gaulle in Han-dynasty ruins."
    assert [t for t, _ in found(text, "PERSON")] == ["Kim Il-sung", "Paik Sun-yup", "James Van Fleet", "Charles de Gaulle"]


def test_western_names_by_a_given_name_of_the_period():
    text = "Walton Walker died; Lemuel Shepherd and Creighton Abrams met on Lincoln Highway."
    assert [t for t, _ in found(text, "PERSON")] == ["Walton Walker", "Lemuel Shepherd", "Creighton Abrams"]


def test_names_with_mac_and_names_in_capitals():
    text = "GENERAL CHARLES GEORGE GORDON\nGordon met Herbert MacWilliams; THE LONG MARCH began."
    assert [t for t, _ in found(text, "PERSON")] == ["CHARLES GEORGE GORDON", "Gordon", "Herbert MacWilliams"]


def test_rank_outside_person_and_surname_mentions():
    text = "Lieutenant General Isamu Yokoyama led the attack. Later Yokoyama's men stalled."
    assert [(s, e, t) for s, e, t, label in spans(text) if label == "PERSON"] == [
        (19, 33, "Isamu Yokoyama"), (56, 64, "Yokoyama")]


def test_rank_heuristic_for_unknown_names():
    text = "Major General Fritzwald Brennerman arrived."
    assert [t for _, _, t, label in spans(text) if label == "PERSON"] == ["Fritzwald Brennerman"]


def test_romanised_chinese_name_without_lexicon():
    text = "Zhou Quanbin and Chou Chuan-pin are one man; Han River is no name."
    assert [t for _, _, t, label in spans(text) if label == "PERSON"] == ["Zhou Quanbin", "Chou Chuan-pin"]


@pytest.mark.parametrize("text,label,span,zh", [
    ("fighting near Kweilin", "GPE", "Kweilin", "桂林"),
    ("fighting near Liuchow", "GPE", "Liuchow", "柳州"),
    ("the port of Canton", "GPE", "Canton", "广州"),
    ("north of Peiping", "GPE", "Peiping", "北平"),
    ("along the Yangtze", "LOC", "Yangtze", "长江"),
    ("across the Xiang River", "LOC", "Xiang River", "湘江"),
    ("the Canton–Hankow Railway", "FAC", "Canton–Hankow Railway", "粤汉铁路"),
    ("in Honan", "GPE", "Honan", "河南"),
])
def test_places(text, label, span, zh):
    (got, norm), = found(text, label)
    assert got == span and norm["zh"] == zh


def test_place_suffix_stays_inside():
    assert [(t, label) for _, _, t, label in spans("in Hunan Province and Xiangxiang County")] == [
        ("Hunan Province", "GPE"), ("Xiangxiang County", "GPE")]


def test_gpe_forms_of_rule_16():
    assert [(t, label) for _, _, t, label in spans("the Republic of China and French Indochina")] == [
        ("Republic of China", "GPE"), ("French Indochina", "GPE")]


def test_article_outside_every_span():
    text = "The Yellow River and The Burma Road"
    assert [t for _, _, t, _ in spans(text)] == ["Yellow River", "Burma Road"]


def test_normalize_english_spans_for_integrator():
    text = "On 19 April 1944 the Japanese 12th Army crossed near Zhengzhou with some 400,000 men."
    cands = find_english(text)
    norms = normalize_english_spans(text, [(c.start, c.end, c.label) for c in cands])
    by_label = {c.label: n for c, n in zip(cands, norms)}
    assert by_label["DATE"] == {"value": "1944-04-19"}
    assert by_label["MIL_UNIT"]["id"] == "JP/army/12"
    assert by_label["GPE"] == {"zh": "郑州", "id": "cn:410100"}
    assert by_label["QUANTITY"] == {"value": 400000, "unit": "men", "approx": "some"}


def test_detect_language():
    assert detect_language("The Japanese 11th Army took Changsha.") == "en"
    assert detect_language("日军第11军攻占长沙。") == "zh"
    assert detect_language("日軍第11軍攻佔長沙。") == "zh"
    assert detect_language("the 10th Army (第十军) held Hengyang for 47 days against the Japanese") == "en"
    assert detect_language("Правда") == "other"
    assert detect_language("") == "other"
    assert detect_language("日军第11军攻占长沙。The Japanese 11th Army took Changsha.") == "mixed"


def test_split_language_runs_per_paragraph():
    text = "日军第11军攻占长沙。\n\nThe Japanese 11th Army took Changsha.\nIt was June.\n\n衡阳失守。"
    assert split_language_runs(text) == [(0, 11, "zh"), (13, 63, "en"), (65, 70, "zh")]


def test_cjk_runs_inside_english():
    text = "the 10th Army (第十军) held Hengyang"
    assert cjk_runs(text) == [(15, 18)]


# ----------------------------------------------------------------------------- sides across a document
DOC_SIDES = ("In May 1938 the Japanese 2nd Army sent the Japanese 10th and 114th Divisions south.\n\n"
             "Near Xuzhou the 114th Division stalled. The Second Army's 16th Division and the 5th Division "
             "of the 2nd Army closed in; the 5th Division of Li Zongren held.")


def test_unit_side_from_document_across_paragraphs_and_from_the_parent():
    units = [(t, n["echelon"], n["side"], n["id"], n.get("side_from")) for t, n in found(DOC_SIDES, "MIL_UNIT")]
    assert units == [
        ("2nd Army", "军", "JP", "JP/army/2", None),
        ("10th and 114th Divisions", "师团", "JP", "JP/division/10+114", None),
        ("114th Division", "师团", "JP", "JP/division/114", "document"),
        ("Second Army", "军", "JP", "JP/army/2", "document"),
        ("16th Division", "师团", "JP", "JP/division/16", "parent"),
        ("5th Division", "师团", "JP", "JP/division/5", "parent"),
        ("2nd Army", "军", "JP", "JP/army/2", "document"),
        ("5th Division", "师", "ROC", "ROC/division/5", "commander"),   # Li Zongren's: the NRA's (auditen15)
    ]


def test_document_sides_survive_the_normalise_stage():
    spans_ = [(c.start, c.end, c.label) for c in find_english(DOC_SIDES)]
    norms = normalize_english_spans(DOC_SIDES, spans_)
    units = [(DOC_SIDES[s:e], n["side"], n["echelon"]) for (s, e, label), n in zip(spans_, norms) if label == "MIL_UNIT"]
    assert units[2] == ("114th Division", "JP", "师团")
    assert units[4] == ("16th Division", "JP", "师团")


def test_bare_count_with_approximator_of_them_killed():
    text = "The garrison suffered 12,000 casualties, about 6,300 of them killed, and some 900 of whom were wounded."
    assert found(text, "QUANTITY") == [
        ("12,000 casualties", {"value": 12000, "unit": "casualties", "approx": None}),
        ("about 6,300", {"value": 6300, "unit": "", "approx": "about"}),
        ("some 900", {"value": 900, "unit": "", "approx": "some"}),
    ]


# ----------------------------------------------------------------------------- PERSON/ORG additions
def test_chinese_order_surname_alone_after_the_full_name():
    text = "Chiang Kai-shek ordered a stand. Chiang later praised Fang. He Yingqin agreed; He was cautious."
    persons = [t for _, _, t, label in spans(text) if label == "PERSON"]
    assert persons == ["Chiang Kai-shek", "Chiang", "He Yingqin"]


def test_surname_alone_not_taken_inside_another_name():
    text = "Yuan Shikai died. Li Yuan spoke. Chiang Kai-shek and Chiang Ting-wen met."
    persons = [t for _, _, t, label in spans(text) if label == "PERSON"]
    assert "Yuan" not in persons and persons.count("Chiang") == 0


def test_english_organisations_by_pattern_and_lexicon():
    text = ("The Ministry of National Defense and the Military Affairs Commission, the Kuomintang, "
            "the Executive Yuan, the National Government and the Central Committee met.")
    assert [t for _, _, t, label in spans(text) if label == "ORG"] == [
        "Ministry of National Defense", "Military Affairs Commission", "Kuomintang", "Executive Yuan",
        "National Government", "Central Committee"]


def test_english_org_pattern_trims_demonyms_and_skips_units():
    text = "The Japanese Foreign Ministry protested. The 10th Army Headquarters moved. Li Yuan spoke."
    found_spans = spans(text)
    assert [t for _, _, t, label in found_spans if label == "ORG"] == ["Foreign Ministry"]
    # guideline 15: a headquarters written with its formation is part of it (session 25, english_war_diary_names)
    assert ("10th Army Headquarters", "MIL_UNIT") in [(t, label) for _, _, t, label in found_spans]


def test_no_span_crosses_a_blank_line_but_a_wrapped_line_is_fine():
    from pipeline.rules.english import find_english

    text = "Operation Ichi-Go\n\nOperation Ichi-Go was launched.\nThe 10th\nArmy held."
    spans = [(text[c.start:c.end], c.label) for c in find_english(text)]
    assert spans == [("Operation Ichi-Go", "EVENT"), ("Operation Ichi-Go", "EVENT"),
                     ("10th\nArmy", "MIL_UNIT")]


def test_chinese_finders_see_only_the_paragraphs_of_an_english_text_that_quote_chinese():
    import spacy

    from pipeline.components.finders import chinese_view, language_runs

    text = ("The defence of Hengyang, known in Chinese histories as the Hengyang campaign (衡阳保卫战), "
            "began in the last week of June when the Japanese Eleventh Army reached the city walls.\n\n"
            "Fang Xianjue held the city for 47 days, 1944–45.\n\n"
            "The Chinese Tenth Army, which Chinese sources call the 10th Army (第十军), surrendered on the "
            "eighth of August after every relief column had been turned back south of the river.")
    doc = spacy.blank("en")(text)
    assert language_runs(doc) == [(0, len(text), "en")]      # one English run quoting Chinese
    view = chinese_view(doc, language_runs(doc))
    first, second, third = text.split("\n\n")
    assert view == first + "\n\n" + " " * len(second) + "\n\n" + third


def test_a_chinese_quote_deep_in_an_english_text_keeps_its_offsets():
    from pipeline import extract_text

    filler = ("The rains came early that year and the roads to the river were cut for weeks on end, "
              "so the columns moved only at night and slowly.\n\n") * 6
    text = filler + "General Xue Yue held Changsha (长沙) with the Ninth War Area (第九战区) until the end."
    record = extract_text(text, "t")
    spans = {(e["start"], e["end"]): e["label"] for e in record["entities"]}
    start = text.index("第九战区")
    assert spans.get((start, start + 4)) == "MIL_UNIT"
    assert spans.get((text.index("长沙"), text.index("长沙") + 2)) == "GPE"


@pytest.mark.parametrize("text,span,value,unit,approx", [
    ("The siege cost the army a million men before the spring.", "a million men", 1_000_000, "men", None),
    ("Half a million horses died on the march.", "Half a million horses", 500_000, "horses", None),
    ("Over a quarter of a million refugees fled the city.", "Over a quarter of a million refugees", 250_000,
     "refugees", "over"),
    ("Several thousand soldiers crossed the river at night.", "Several thousand soldiers", 1000, "soldiers", "some"),
    ("A few hundred sailors swam ashore.", "A few hundred sailors", 100, "sailors", "some"),
])
def test_round_and_vague_figures_written_in_words(text, span, value, unit, approx):
    from pipeline import extract_text

    found = [(e["text"], e["norm"]) for e in extract_text(text, "t")["entities"] if e["label"] == "QUANTITY"]
    assert found == [(span, {"value": value, "unit": unit, "approx": approx})]


@pytest.mark.parametrize("text,span", [
    ("Casualties ran to 90,000 on the Japanese side.", "90,000"),
    ("Japanese losses were estimated at 60,000 by the end of the year.", "60,000"),
    ("The death toll is put at 12,500 in the official history.", "12,500"),
])
def test_a_bare_count_after_a_casualty_word_and_a_verb_of_reaching(text, span):
    from pipeline import extract_text

    found = [(e["text"], e["norm"]) for e in extract_text(text, "t")["entities"] if e["label"] == "QUANTITY"]
    assert found == [(span, {"value": int(span.replace(",", "")), "unit": "", "approx": None})]


def test_unit_norm_computed_once_and_copied_to_each_caller():
    """normalize_unit_en keeps a span's value by (span, left context): a caller that edits
    the value it got (english_unit_forms pops a number) leaves the next caller's intact."""
    from pipeline.normalize.english import normalize_unit_en

    first = normalize_unit_en("2nd Battalion", "the ")
    assert first["numbers"] == [2] and first["echelon"] == "营"
    first["numbers"].append(35)
    first["echelon"] = "团"
    again = normalize_unit_en("2nd Battalion", "the ")
    assert again["numbers"] == [2] and again["echelon"] == "营"
    assert again is not first and again["numbers"] is not first["numbers"]
    assert normalize_unit_en("5th Division", "")["numbers"] == [5]
