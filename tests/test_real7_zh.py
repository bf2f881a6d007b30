"""Chinese text as Traditional-script pages and books about the late Qing wars and 1937-1945 write it, classes seen
on real-dev7-zh (session 6): names after Qing posts and around forces, infobox commander rows, Japanese princes,
wars named by two countries, X之役 / X海战 / glued battle names, the late-Qing named armies, drilled armies and
battalions named by a character, digit columns, battalions counted, bare Republican years, a year with its
cyclical name, unfamiliar channels/bays/islands, village lists, campaigns of two regions.

Every sentence is written for this file with invented names, places and numbers; tests assert exact
spans (start, end, label) and exact normalised values.
"""

from __future__ import annotations

import pytest

from sentences import ent, ents, unit


def qty(e: dict) -> tuple:
    return (e["label"], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"])


# --- PERSON ----------------------------------------------------------------------------------------

def test_names_after_qing_posts_are_names_everywhere_with_their_art_name():
    text = "署理江西提督鄭伯熙率部北上，老將邢振鐸毅然出關。邢振鐸號竹亭，鄭伯熙亦至。"
    for part, nth in (("鄭伯熙", 0), ("邢振鐸", 0), ("邢振鐸", 1), ("竹亭", 0), ("鄭伯熙", 1)):
        assert ent(text, part, nth)["label"] == "PERSON"


def test_a_commander_between_his_force_and_its_strength():
    text = "派楚軍侯德林部六營駐守，毅軍盧煥章兩營隨後。"
    assert ent(text, "侯德林")["label"] == "PERSON"
    assert ent(text, "盧煥章")["label"] == "PERSON"
    assert unit(ent(text, "楚軍")) == ("MIL_UNIT", [], "军", "")
    assert unit(ent(text, "毅軍")) == ("MIL_UNIT", [], "军", "")
    assert qty(ent(text, "六營")) == ("QUANTITY", 6, "營", None)
    assert qty(ent(text, "兩營")) == ("QUANTITY", 2, "營", None)


def test_names_opening_a_clause_that_lead_a_force():
    text = "前路已定；唐秉義、石連城帶十餘營駐後方，霍萬山帶霆軍五營守左翼。"
    for part in ("唐秉義", "石連城", "霍萬山"):
        assert ent(text, part)["label"] == "PERSON"
    assert qty(ent(text, "十餘營")) == ("QUANTITY", 10, "營", "over")
    assert unit(ent(text, "霆軍")) == ("MIL_UNIT", [], "军", "")


def test_appointed_paired_counted_and_telegraphed_names():
    text = "朝廷任命范景濤為諸軍總統。8月3日，范景濤和曹允升先後率部入城。曹允升等三將聯名致電孔昭明：速援。"
    assert ent(text, "范景濤")["label"] == "PERSON"
    assert ent(text, "范景濤", 1)["label"] == "PERSON"
    assert ent(text, "曹允升")["label"] == "PERSON"
    assert ent(text, "孔昭明")["label"] == "PERSON"


def test_a_force_named_after_a_found_leader():
    text = "朝廷任命范景濤為諸軍總統。范景濤軍退至江邊。"
    assert unit(ent(text, "范景濤軍")) == ("MIL_UNIT", [], "军", "")


def test_infobox_commander_rows():
    text = "指揮官與領導者\n莫里斯病逝\n杜蘭·貝爾\n蘇聯瓦西里·彼得羅夫\n國家主席\n兵力\n約3,000人\n"
    assert ent(text, "莫里斯")["label"] == "PERSON"
    assert ent(text, "杜蘭·貝爾")["label"] == "PERSON"
    assert ent(text, "瓦西里·彼得羅夫")["label"] == "PERSON"
    assert ent(text, "蘇聯")["label"] == "GPE"
    assert not [s for s, label in ents(text) if label == "PERSON" and "主席" in s]


def test_japanese_imperial_princes():
    text = "由閑院宮載仁親王率領的部隊登陸。載仁親王隨後視察。"
    assert ent(text, "閑院宮載仁")["label"] == "PERSON"
    assert ent(text, "載仁", 1)["label"] == "PERSON"


# --- EVENT ------------------------------------------------------------------------------------------

def test_wars_named_by_two_countries_and_campaigns_named_with_zhi_yi():
    text = "中英戰爭以後，又有甲申之役，牛角海戰中兩艦沉沒。"
    assert ent(text, "中英戰爭")["label"] == "EVENT"
    assert ent(text, "甲申之役")["label"] == "EVENT"
    assert ent(text, "牛角海戰")["label"] == "EVENT"


@pytest.mark.parametrize("text", ["是役傷亡甚重。", "此為最關鍵之役。", "中中戰爭不是詞。"])
def test_no_event_from_a_demonstrative_or_an_adjective(text):
    assert not [s for s, label in ents(text) if label == "EVENT"]


def test_battle_names_glued_by_a_wiki_copy_are_each_a_span():
    text = "包括石門戰役白沙戰役龍眉山戰役\n"
    for part in ("石門戰役", "白沙戰役", "龍眉山戰役"):
        assert ent(text, part)["label"] == "EVENT"


def test_a_campaign_of_two_regions_sharing_one_head():
    text = "桂南及粵西反攻戰役結束。"
    assert ent(text, "桂南及粵西反攻戰役")["label"] == "EVENT"


# --- MIL_UNIT / QUANTITY -------------------------------------------------------------------------------

def test_late_qing_named_armies_and_words_that_hold_their_characters():
    text = "霆軍與嵩武軍會合，黑旗軍守城。"
    for part in ("霆軍", "嵩武軍", "黑旗軍"):
        assert unit(ent(text, part)) == ("MIL_UNIT", [], "军", "")
    assert not [s for s, label in ents("國家強盛軍力增強。") if label == "MIL_UNIT"]


def test_drilled_armies_and_battalions_named_by_a_character():
    text = "直隸練軍仁字營與山東練軍同行。"
    assert unit(ent(text, "直隸練軍仁字營")) == ("MIL_UNIT", [], "营", "")
    assert unit(ent(text, "山東練軍")) == ("MIL_UNIT", [], "军", "")


def test_a_column_written_with_a_digit():
    text = "守城的只有5縱一部。"
    assert unit(ent(text, "5縱")) == ("MIL_UNIT", [5], "纵队", "")


def test_battalions_counted_but_not_designations():
    text = "四路共計二十四營，其中一團三營、三營長李某所部不計。"
    assert qty(ent(text, "二十四營")) == ("QUANTITY", 24, "營", None)
    assert not [s for s, label in ents(text) if label == "QUANTITY" and s == "三營"]


# --- DATE --------------------------------------------------------------------------------------------

def test_a_bare_republican_year_before_month_and_day():
    text = "此役始於二十七年十月五日，十月八日結束。"
    assert ent(text, "二十七年十月五日")["norm"]["value"] == "1938-10-05"
    assert ent(text, "十月八日")["norm"]["value"] == "1938-10-08"


def test_a_year_with_its_cyclical_name():
    text = "1860，歲次庚申。9月2日英軍北上。"
    assert ent(text, "1860")["label"] == "DATE"
    assert ent(text, "庚申")["label"] == "DATE"
    assert ent(text, "9月2日")["norm"]["value"] == "1860-09-02"


# --- LOC / GPE -----------------------------------------------------------------------------------------

def test_unfamiliar_channels_bays_and_islands():
    text = "英艦轉攻防衛較弱的南水道，又泊於黃沙灣，再攻下鵝頸島西部。"
    for part in ("南水道", "黃沙灣", "鵝頸島"):
        assert ent(text, part)["label"] == "LOC"


@pytest.mark.parametrize("text", ["日本接收台灣時。", "守備大、二膽島外。", "在小島上休整。"])
def test_no_landform_inside_a_known_place_or_a_shared_head(text):
    assert not [s for s, label in ents(text) if label == "LOC"]


def test_villages_in_a_list_closed_by_a_word_of_area():
    text = "主力集結於河口西北柳樹莊、楊林集、石板橋地區。"
    for part in ("柳樹莊", "楊林集", "石板橋"):
        assert ent(text, part)["label"] == "GPE"


def test_a_hill_after_a_bearing_and_a_structure_counted_with_yi():
    text = "在城之東柳岐高地附近築堡壘一座。"
    assert ent(text, "柳岐高地")["label"] == "LOC"
    assert qty(ent(text, "一座")) == ("QUANTITY", 1, "座", None)


def test_taiwan_townships_bare_and_with_their_suffix():
    text = "日軍攻下瑞芳鎮後進向汐止，再取鹿港。"
    for part in ("瑞芳鎮", "汐止", "鹿港"):
        assert ent(text, part)["label"] == "GPE"


@pytest.mark.parametrize("text", ["日軍攻佔各大城市。", "部隊轉至平江以東山區待機。", "守備烈嶼及大、二膽島外。"])
def test_township_names_that_read_as_phrases_or_islands_are_no_gpe_there(text):
    assert not [s for s, label in ents(text) if label == "GPE" and s in ("大城", "大城市", "東山區", "東山", "烈嶼")]


def test_a_place_read_across_a_word_yields_to_the_place_after_it():
    text = "部隊駐扎北部重鎮平壤，後又離開平壤南下。"
    assert ent(text, "平壤")["label"] == "GPE"
    assert ent(text, "平壤", 1)["label"] == "GPE"
    assert not [s for s, label in ents(text) if s in ("鎮平", "開平")]


def test_a_landing_at_one_place_or_another_is_no_event():
    text = "英軍原打算在廈門或福州登陸。"
    assert not [s for s, label in ents(text) if label == "EVENT"]


def test_the_first_and_second_half_of_a_month():
    text = "1884年7月下半月，援軍到九月上半月才集中。"
    assert ent(text, "1884年7月下半月")["norm"] == {"value": "1884-07", "mod": "END"}
    assert ent(text, "九月上半月")["norm"] == {"value": "1884-09", "mod": "START"}


def test_a_known_two_character_name_before_a_word_is_the_person():
    text = "葉挺平和地回答部下。"
    assert ent(text, "葉挺")["label"] == "PERSON"


def test_lunar_months_and_days_of_qing_dates():
    text = "咸豐十年正月，英軍北上；同治三年七月初三日，城陷；是年臘月二十日收復。"
    assert ent(text, "咸豐十年正月")["norm"] == {"value": "1860-01"}
    assert ent(text, "同治三年七月初三日")["norm"] == {"value": "1864-07-03"}
    assert ent(text, "臘月二十日")["norm"] == {"value": "1864-12-20"}
    assert not [s for s, label in ents("這才是真正月薪的一半。") if label == "DATE"]


def test_silver_counted_in_taels_and_names_after_court_posts():
    text = "賠款二千三百萬兩。內閣學士周德潤奏請出兵，道台鄭伯熙出城迎敵。"
    assert qty(ent(text, "二千三百萬兩")) == ("QUANTITY", 23000000, "兩", None)
    assert ent(text, "周德潤")["label"] == "PERSON"
    assert ent(text, "鄭伯熙")["label"] == "PERSON"
    assert [s for s, label in ents("一千兩百人，三兩個士兵。") if label == "QUANTITY"] == ["一千兩百人"]


def test_korean_cities_in_chinese_and_names_that_read_as_phrases():
    text = "日軍先攻公州，再北上价川。"
    assert ent(text, "公州")["label"] == "GPE"
    assert ent(text, "价川")["label"] == "GPE"
    assert not [s for s, label in ents("部隊駐紮城南，群山環抱。") if label == "GPE"]


@pytest.mark.parametrize("text", ["雙方要推進海峽兩岸的交流。", "總部設在山東青島。", "獎杯要更高地舉起。", "球隊遠征英倫三島。"])
def test_no_landform_after_a_verb_or_inside_a_city_or_an_adverb(text):
    assert not [s for s, label in ents(text) if label == "LOC" and s.endswith(("海峽", "島", "高地"))
                and s not in ("英倫三島",)]


def test_no_commander_name_after_a_military_region():
    text = "廣州軍區後勤部派員參加。"
    assert not [s for s, label in ents(text) if label == "PERSON"]


@pytest.mark.parametrize("text", ["德國大眾與寶馬公司合作。", "代表團訪問了土庫曼斯坦。", "山上有一座座碉堡。"])
def test_township_names_inside_other_names_and_reduplicated_counts(text):
    assert not [s for s, label in ents(text) if s in ("馬公", "土庫", "一座")]
