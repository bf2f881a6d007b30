"""Session 18 (s18zhqty): risings named by a county or prefecture and the village they broke out in
(settlement_risings_zh). Sentences written for these tests."""

from tests.sentences import spans


def test_prefecture_and_village_rising_is_one_event():
    text = "同年又有惠州三多村起义、钦州白石岭暴动。"
    assert spans(text, "EVENT") == ["惠州三多村起义", "钦州白石岭暴动"]


def test_traditional_script_village_rising():
    text = "潮州烏石崗起義失敗後，黨人轉赴香港。"
    assert "潮州烏石崗起義" in spans(text, "EVENT")


def test_verb_or_count_between_place_and_rising_is_no_name():
    text = "广州三次起义均告失败，惠州发动起义。"
    assert spans(text, "EVENT") == []


def test_province_before_village_rising_stays_outside():
    text = "1908年4月，云南河口起义爆发。"
    assert "云南河口起义" not in spans(text, "EVENT")
