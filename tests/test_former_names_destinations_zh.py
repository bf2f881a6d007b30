"""Session 21 (s21zhgpe): settlements in county histories and Qing-era prose (pipeline/rules/former_names_destinations_zh.py,
and the session-21 lines of places.py, local_places.py, qing_annals_zh.py, landform_frames_zh.py,
discourse_repeats.py). Sentences written for the tests; exact spans, labels and negatives."""

from __future__ import annotations

from tests.sentences import ents


def _gpe(text: str) -> list[str]:
    return [surface for surface, label in ents(text) if label == "GPE"]


def _spans(text: str) -> list[tuple[str, str]]:
    return ents(text)


# --- a former name after a known place ------------------------------------------------------------------------

def test_former_name_after_a_known_county_is_a_gpe():
    text = "安福古称安成,唐代以后改称今名。"
    assert ("安福", "GPE") in _spans(text)
    assert ("安成", "GPE") in _spans(text)


def test_former_name_outranks_a_famous_wall_and_is_read_again_after_gu_ming():
    text = "永定古称长城,因城垣狭长,故名长城。"
    found = _spans(text)
    assert found.count(("长城", "GPE")) == 2
    assert ("长城", "FAC") not in found
    assert ("永定", "GPE") in found


def test_no_former_name_without_a_place_before_it():
    text = "这种茶叶古称长城,后来才改名。"
    assert ("长城", "GPE") not in _spans(text)


# --- a county's short form that the lexicon leaves out as a word -------------------------------------------------

def test_short_form_before_jianxian_and_its_bare_mentions():
    text = "闽西有一座小县城:永定,四面环山。永定建县于明代,县城不大。"
    assert _gpe(text).count("永定") == 2


def test_short_form_without_a_frame_stays_a_word():
    assert _gpe("人民渴望永定的生活。") == []


# --- a force's destination ---------------------------------------------------------------------------------------

def test_destination_after_a_verb_of_moving():
    assert ("洛坎", "GPE") in _spans("第九十三师奉命开赴洛坎,第四十九师随后跟进。")
    assert ("洛坎", "GPE") in _spans("残部撤往洛坎、孟休一带。")


def test_no_destination_for_ordinary_words():
    assert _gpe("部队开赴前线,士气高涨。") == []
    assert _gpe("伤员调往后方。") == []
    assert _gpe("主力撤往山区,") == []


# --- vetoes ---------------------------------------------------------------------------------------------------

def test_reign_era_year_after_a_dynasty_is_no_county():
    assert "永平" not in _gpe("东汉永平十年,佛教传入洛阳。")
    assert "泰和" not in _gpe("此城筑于金泰和三年,历时两载。")


def test_reign_era_year_with_its_western_year_is_no_county():
    assert "建始" not in _gpe("建始二年(公元前31年),河水决口。")


def test_county_before_a_count_of_years_stays_a_county():
    assert "永平" in _gpe("部队到达永平以后,休整了三天。")


def test_emperor_named_by_his_reign_is_no_county():
    text = "大臣把战况奏报景泰,景泰皇帝大怒。"
    assert "景泰" not in _gpe(text)
    assert "景泰县" in _gpe("红军西路军进入景泰县境内。")


def test_winding_road_is_no_county():
    assert "盘山" not in _gpe("汽车盘山而下,到了谷底。")


def test_province_after_a_word_that_ends_in_its_first_character():
    found = _spans("这条铁路连通山东,运输繁忙。")
    assert ("山东", "GPE") in found
    assert ("通山", "GPE") not in found


# --- boundaries --------------------------------------------------------------------------------------------------

def test_provincial_capital_leaves_the_province_without_sheng():
    found = _spans("太平军进逼湖南省城长沙,")
    assert ("湖南", "GPE") in found
    assert ("湖南省", "GPE") not in found
    assert ("湖南省", "GPE") in _spans("日军进攻湖南省北部。")


def test_jin_stays_outside_a_walled_town():
    found = _spans("吴军在今石岭城东筑营。")
    assert ("今石岭城", "GPE") not in found


def test_conjunction_stays_outside_a_glossed_seat():
    found = _spans("甲军驻守柯州,而蒲州(今山西永济)亦被围。") + _spans("当时汀阳属苍州,而柯州(今某地)尚未设治。")
    assert ("而柯州", "GPE") not in found
    assert ("柯州", "GPE") in found


def test_province_before_a_known_range_at_its_foot():
    found = _spans("他们在河南伏牛山脚下打游击。")
    assert ("河南", "GPE") in found
    assert ("伏牛山", "LOC") in found
    assert ("河南伏牛", "LOC") not in found


def test_surname_jia_alone_is_the_family_not_the_village():
    found = _spans("团练驻守郑家圩,后来把郑家赶走。")
    assert ("郑家圩", "GPE") in found
    assert ("郑家", "GPE") not in found


# --- a settlement introduced by its name; a Korean village after its county ----------------------------------------

def test_village_introduced_by_its_name():
    assert ("柳沟", "GPE") in _spans("山脚下有个小村,叫做柳沟,只有几十户人家。")
    assert ("石窝", "GPE") in _spans("翻过山梁有个镇子名叫石窝。")


def test_no_settlement_for_a_person_or_an_ordinary_word():
    assert _gpe("他的名字叫张三,是个铁匠。") == []
    assert _gpe("有个小镇叫做什么,我已经忘了。") == []


def test_korean_village_after_its_county():
    found = _spans("美军撤到铁原郡月井里一带。")
    assert ("铁原郡", "GPE") in found
    assert ("月井里", "GPE") in found


def test_no_korean_village_without_a_known_county():
    assert ("井里", "GPE") not in _spans("他在村里面井里打水。")


def test_big_village_town_is_no_township():
    assert _gpe("那是一个有两千人口的大村镇,集市热闹。") == []
    assert ("大村镇", "GPE") in _spans("部队开进大村镇,")
