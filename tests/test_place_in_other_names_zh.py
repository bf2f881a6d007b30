"""Places inside someone else's name (pipeline/rules/place_in_other_names_zh.py and the session-21 guards in
site_names_zh, guerrilla_forms_zh, place_address_chains, place_county_heads and place_towns; s21zhprec).
Sentences written for the tests; names made up or other than the audited pages'."""

from __future__ import annotations

import pytest

from tests.sentences import ents


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a verb of building is outside the facility built
    ("他又倡修文石书院，并修文庙、明伦堂。", [("文石书院", "FAC"), ("文庙", "FAC")],
     [("修文", "GPE"), ("修文庙", "FAC")]),
    ("县令重建青云桥，又修白鹤寺。", [("白鹤寺", "FAC")], [("修白鹤寺", "FAC")]),
    ("他生于长沙县，后到修文县任职。", [("长沙县", "GPE"), ("修文县", "GPE")], []),
    # a county or prefecture school is an ORG
    ("乙未年补宁波县学弟子员，后选授漳州府龙溪县学训导。", [("宁波县学", "ORG"), ("龙溪县学", "ORG"), ("漳州府", "GPE")],
     [("宁波县", "GPE"), ("龙溪县", "GPE")]),
    ("由泉州府学选为岁贡。", [("泉州府学", "ORG")], [("泉州府", "GPE")]),
    # an organisation named after a place, a quoted body
    ("1931年考入杭州青山高中，加入“抗敌大同盟”，又参加河南青年救国同盟会。",
     [("杭州青山高中", "ORG"), ("抗敌大同盟", "ORG"), ("河南青年救国同盟会", "ORG")],
     [("杭州", "GPE"), ("大同", "GPE"), ("河南", "GPE")]),
    ("一位在九江实践学社受训的学长。", [("九江实践学社", "ORG")], [("九江", "GPE")]),
    ("他在家乡读完小学。", [], [("家乡读完小学", "ORG")]),
    ("他后来在杭州上中学。", [("杭州", "GPE")], [("杭州上中学", "ORG")]),
    ("1930年考入扬州中学。", [("扬州中学", "ORG")], [("扬州", "GPE")]),
    ("太平洋战争爆发后同盟国对日宣战。", [("同盟国", "ORG")], [("太平洋战争爆发后同盟", "ORG")]),
    ("日军第3师团进攻长沙。", [("长沙", "GPE")], []),
    # a tomb named after a person whose name is a county's
    ("陵园建有“左权墓”和一座纪念碑。", [("左权墓", "FAC")], [("左权", "GPE")]),
    # an address before a memorial is its own span; 现 is outside
    ("现湖南省衡阳市湘南烈士陵园建有纪念碑。", [("湖南省", "GPE"), ("衡阳市", "GPE"), ("湘南烈士陵园", "FAC")],
     [("现湖南省衡阳市湘南烈士陵园", "FAC")]),
    ("葬于沈阳抗美援朝烈士陵园。", [("沈阳抗美援朝烈士陵园", "FAC")], []),
    # a formation named after a place
    ("王耀武在担任台湾兵团司令官之前。", [("台湾兵团", "MIL_UNIT")], [("台湾", "GPE"), ("任台湾兵团", "MIL_UNIT")]),
    ("1949年春，他被编入鲁中南下支队三大队二中队，随军渡江。", [("鲁中南下支队三大队二中队", "MIL_UNIT")], [("鲁中", "LOC")]),
    ("鲁中纵队攻克蒙阴。", [("鲁中纵队", "MIL_UNIT"), ("蒙阴", "GPE")], []),
    ("第二兵团进攻徐州。", [("第二兵团", "MIL_UNIT"), ("徐州", "GPE")], []),
    # the commander's post after the formation word is no formation named after the place
    ("冀中军区津南支队长某某到任。", [], [("津南支队", "MIL_UNIT"), ("冀中军区津南支队", "MIL_UNIT")]),
    # a verb of building before a counted list of places; a verb of plunder after a place
    ("家颇裕，又修石港尾、林书崎二处大路。", [("石港尾", "GPE"), ("林书崎", "GPE")], [("又修石港尾", "GPE")]),
    ("敌军，修水、武宁两处失守。", [("修水", "GPE"), ("武宁", "GPE")], []),
    ("敌人到南坪抢粮，烧毁民房。", [("南坪", "GPE")], [("抢粮", "GPE")]),
    # a conjunction before 县 is no county
    ("原是古某县治所，因县东八里石门山得名。", [], [("因县", "GPE")]),
    ("日军占领钦县。", [("钦县", "GPE")], []),
    # the kind of a township government is no township
    ("独立大队在石岩洞成立了抗日民主乡政府。", [], [("民主乡", "GPE")]),
    ("日军进占民主乡。", [("民主乡", "GPE")], []),
])
def test_place_guards21(text, wanted, unwanted):
    got = ents(text)
    for item in wanted:
        assert item in got, (item, got)
    for item in unwanted:
        assert item not in got, (item, got)


def test_late_qing_school_ends_at_tang():
    # session 29 (s29zhabbr): 中学堂/小学堂 ends at 堂, as 中学校 ends at 校
    from pipeline import extract_text
    spans = [(e["text"], e["label"]) for e in extract_text("他入如皋县中学堂读书，又在松江府小学堂任教。")["entities"]]
    assert ("如皋县中学堂", "ORG") in spans and ("松江府小学堂", "ORG") in spans
    assert ("如皋县中学", "ORG") not in spans
    spans = [(e["text"], e["label"]) for e in extract_text("他入南通中学堂。")["entities"]]
    assert ("南通中学堂", "ORG") in spans
