"""Session 16 round 2 label audit of FAC (auditzh46): site_names_zh (streets, memorials and historic sites, forts
named by their side) and the battery-kind check of facilities.py. Every sentence is written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _facs(text):
    return [t for t, label in _ents(text) if label == "FAC"]


# ---------------------------------------------------------------- streets
def test_list_of_streets():
    facs = _facs("守军在青柳路、和风路、石桥路的交叉口筑起沙袋工事。")
    assert facs == ["青柳路", "和风路", "石桥路"]


def test_street_with_its_mouth_side_or_end():
    assert "长宁街" in _facs("炮火已经压到长宁街口。")
    assert "光华路" in _facs("纪念馆在市中心光华路北侧。")
    assert "兴业道" in _facs("铁桥位于兴业道西端与河岸之间。")
    assert "柳塘大街" in _facs("二排冲到柳塘大街十字路口时遭到阻击。")


def test_street_in_an_address_chain_with_its_number():
    assert "红旗路1号" in _facs("旧址位于长春市红旗路1号。")
    assert "民生路" in _facs("该馆坐落在济南市民生路，对外开放。")


def test_street_along_which_a_column_moves_and_its_bridge():
    assert "梅园路" in _facs("一支沿梅园路向西，另一支向北。")
    assert "安平路桥" in _facs("河水在安平路桥处分流，到下游又合为一股。")


def test_no_street_in_routes_crossings_kinds_and_towns():
    assert _facs("日军分三路进攻，集结中路五千余人。") == []
    assert _facs("冲至丁字路口时，城内主要路口都有掩体。") == []
    assert _facs("沿柏油路1公里到山脚，再走山路。") == []
    assert _facs("把城市分成道东和道西两部分。") == []
    assert ("东路军", "FAC") not in _ents("东路军向前推进。")
    assert "永安街道" not in _facs("他住在永安街道。")


# ---------------------------------------------------------------- memorials and historic sites
def test_memorial_named_by_an_event_force_or_the_dead():
    assert _facs("王家峪惨案纪念馆位于某县某镇。") == ["王家峪惨案纪念馆"]
    assert _facs("冀中军区烈士陵园位于某市。") == ["冀中军区烈士陵园"]
    assert _facs("中苏联军烈士陵园位于某县。") == ["中苏联军烈士陵园"]
    assert "在华殉难烈士·劳工纪念馆" in _facs("在华殉难烈士·劳工纪念馆位于某区某路。")


def test_historic_site_of_a_battle_or_a_body():
    assert "柳庄歼灭战旧址" in _facs("柳庄歼灭战旧址位于某县某镇水库东岸。")
    assert "冀东挺进军司令部旧址陈列馆" in _facs("冀东挺进军司令部旧址陈列馆位于某县某村。")
    assert "北川地道战遗址" in _facs("他们参观了北川地道战遗址。")


def test_no_site_when_generic_or_counted():
    assert _facs("山上矗立着革命烈士纪念碑。") == []
    assert _facs("1987年完成政治部及东南局三处旧址复原。") == []
    assert _facs("该旧址现已修复。") == []


# ---------------------------------------------------------------- forts
def test_fort_named_by_its_side():
    assert _facs("提督率兵驻守西炮台，参将防守东炮台。") == ["西炮台", "东炮台"]


def test_side_forts_listed_or_after_a_place():
    assert _facs("河口两岸建有南、北炮台。") == []
    assert _facs("英舰炮击烟台东炮台。") == ["烟台东炮台"]


def test_kind_of_battery_is_no_name():
    assert _facs("又在岛南增建两座沙袋炮台。") == []
    assert _facs("岛上修筑地阱炮台，布列着3座海路炮台。") == []
    assert _facs("英军攻占沙角炮台后") == ["沙角炮台"]


# ---------------------------------------------------------------- camps and prisons with their places
def test_camp_with_its_places_and_who_is_held():
    assert _facs("日军把他们押往山东潍县盟国侨民集中营。") == ["山东潍县盟国侨民集中营"]
    assert _facs("后来又被送到南京浦口战俘营做苦工。") == ["南京浦口战俘营"]
    assert "吉林郑家屯第一收容分所" in _facs("附属的吉林郑家屯第一收容分所")
    assert "启德机场盟军战俘集中营" in _facs("香港的启德机场盟军战俘集中营")


def test_camp_kind_or_city_before_the_name():
    assert _facs("一是盟军战俘集中营，二是盟国侨民集中营。") == []
    assert ("北平陆军监狱", "FAC") in _ents("他被关进北平市北平陆军监狱。")


# ---------------------------------------------------------------- railway bridges, island bases, town gates
def test_railway_bridge_with_its_places():
    assert "泺口黄河铁路大桥" in _facs("城北的泺口黄河铁路大桥设有碉堡。")
    assert _facs("他们修建铁路大桥。") == []


def test_base_named_by_its_island():
    assert "刘家岛基地" in _facs("北洋海军的刘家岛基地已经失去屏障。")
    assert _facs("他们建立了后方基地。") == []
    assert ("重庆", "GPE") in _ents("美机从重庆基地起飞。")


def test_street_toward_which_a_column_moves():
    assert "北四川路" in _facs("日军由北四川路方向冲入警戒线。")


def test_town_gates_in_general_are_no_gate():
    assert _facs("在明代修建的13个南京城门中") == []


# ---------------------------------------------------------------- parks in an address
def test_park_in_an_address_chain():
    assert "河湾公园" in _facs("纪念碑立在梧州市河湾公园内。")
    assert "临湖公园" in _facs("纪念馆坐落于某市宝山区友谊路1号临湖公园。")


def test_kind_of_park_is_none():
    assert _facs("这里建成了城市森林公园。") == []
    assert _facs("市区公园里人很多。") == []


# ---------------------------------------------------------------- naming verbs (facilities.py)
def test_naming_verb_is_outside_the_structure():
    assert _facs("桥身弯曲如弓,故名弓背桥。") == ["弓背桥"]
    assert _facs("英军攻占沙角炮台后") == ["沙角炮台"]


def test_a_line_head_with_de_or_shi_is_no_site_name():
    # the line frame (a name opening its line before 位于/在) takes no clause: 某局的旧址 is "the bureau's old site"
    assert _facs("军统局的旧址在城西一座院落里。") == []
    assert _facs("县委的旧址位于城西。") == []
    assert _facs("抗日政府是旧址在城西的那座祠堂。") == []
