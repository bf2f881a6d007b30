"""Session 19 Chinese FAC audit (s19zhfac): facility_frames_zh (a city's railway station, lists of structures with their
own heads, the 今/原 gloss outside a structure's name, named 大厦, barracks 营房 and side-named 大营) and the small
guards that came with it (a side fort after a verb of building, 纪念地 memorials with their island or hill, X街镇 a
town). Every sentence is written for the test; the guideline rule each follows is named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _of(text, label):
    return [t for t, lab in _ents(text) if lab == label]


def test_city_station_is_one_fac():
    # guideline 6: a place inside a longer FAC name belongs to the FAC (柳州飞机场)
    ents = _ents("列车驶离保定站后，又在郑州站和洛阳站停了一夜。")
    assert ("保定站", "FAC") in ents and ("郑州站", "FAC") in ents and ("洛阳站", "FAC") in ents
    assert ("保定", "GPE") not in ents and ("郑州", "GPE") not in ents


def test_station_negatives_keep_the_city():
    # a secret service's branch named by its city is no station building; 站 opening a word (站稳) is no station
    assert "郑州站" not in _of("军统郑州站的特务四处活动。", "FAC")
    ents = _ents("部队在保定站稳脚跟以后继续南下。")
    assert ("保定", "GPE") in ents and "保定站" not in _of("部队在保定站稳脚跟以后继续南下。", "FAC")


def test_list_of_gates_and_bridges_each_its_own_span():
    # guideline 4 read for structures: each item with its own head is its own span (第4军、第10军)
    ents = _ents("敌军先后进抵青阳门、定远门、长乐桥、明德营房一线。")
    for name in ("青阳门", "定远门", "长乐桥", "明德营房"):
        assert (name, "FAC") in ents, name
    assert not any("、" in t for t, lab in ents if lab == "FAC")


def test_list_without_two_structures_is_left_alone():
    # a village named by a bridge beside another village, islands, offices: no structure list
    assert "杨家桥" not in _of("日军被阻在杨家桥、木桥溪一带。", "FAC")
    assert _of("声明称如夺取金门、马祖将被视为威胁。", "FAC") == []
    assert _of("会议要求各部门、各单位认真执行。", "FAC") == []


def test_modern_name_gloss_outside_the_span():
    # guideline 7: the parenthesised modern name is its own span and the word 今 is outside
    ents = _ents("三元桥（今和平路桥）一带商铺林立。")
    assert ("和平路桥", "FAC") in ents
    assert not any(t.startswith("今") for t, lab in ents if lab == "FAC")


def test_named_building_and_former_name():
    ents = _ents("武汉大厦（原国泰大厦）与江边码头相望。")
    assert ("武汉大厦", "FAC") in ents and ("国泰大厦", "FAC") in ents
    assert _of("这座大厦高二十层。", "FAC") == []


def test_barracks_named_by_side():
    # barracks are FAC (guideline notes: 清泉岗营区), a barracks named by its side like a side fort (西炮台)
    ents = _ents("夜里枪声从东大营方向传来，守军撤离西大营。")
    assert ("东大营", "FAC") in ents and ("西大营", "FAC") in ents
    assert _of("敌军大营设在山后。", "FAC") == []


def test_side_fort_after_a_verb_of_building():
    # a fort named by its side is a FAC (guideline notes: 西炮台); 南、北炮台 (listed sides) stays no name
    assert "南炮台" in _of("朝廷又在江口新建南炮台，与旧台相望。", "FAC")
    assert "北炮台" not in _of("江口的南、北炮台相距甚远。", "FAC")


def test_memorial_site_with_its_island():
    # a memorial named by what it commemorates is one FAC (X惨案纪念馆); the island where it was is inside
    ents = _ents("后来国家公布大角山鸦片战争纪念地为保护单位。")
    assert ("大角山鸦片战争纪念地", "FAC") in ents
    assert ("鸦片战争", "EVENT") not in ents


def test_street_town_is_no_street():
    # X街镇 is the town (a market town), no street FAC
    assert "南翔街" not in _of("他以炮台有碍南翔街镇市场为由拆了它。", "FAC")


def test_preposition_before_a_railway_is_outside():
    # a span never starts with a preposition (guideline 6 keeps only the name with its head); 同蒲 is a route pair
    ents = _ents("这条支线同津浦铁路接轨。同蒲铁路北段失守。")
    assert ("津浦铁路", "FAC") in ents and ("同蒲铁路", "FAC") in ents
    assert not any(t.startswith("同津") for t, lab in ents)
    # a country's railways in general are no named railway: the country stays GPE
    assert _of("新线又同缅甸铁路相连。", "FAC") == []


def test_kind_of_railway_and_ba_marker_are_no_names():
    assert _of("当地修了一条窄轨军用铁路和一条运煤铁路。", "FAC") == []
    assert _of("英、法两国将铁路修到边境。", "FAC") == []


def test_routes_listed_and_counted_before_one_head():
    # routes coordinated before one head are one FAC (平汉、正太、石德铁路); a count between stays inside (镇南、定北两座炮台)
    assert ("津浦、胶济两铁路", "FAC") in _ents("日机轰炸了津浦、胶济两铁路沿线。")
    assert ("沪宁铁路线", "FAC") in _ents("沪宁铁路线上车辆不断。")
    assert "沪宁铁路线" not in _of("沪宁铁路线路老化。", "FAC")


def test_friendship_bridge_keeps_its_country_pair():
    ents = _ents("中苏友谊大桥和中朝友谊桥相继建成。")
    assert ("中苏友谊大桥", "FAC") in ents and ("中朝友谊桥", "FAC") in ents


def test_buildings_listed_before_a_word_for_buildings():
    # named buildings are FAC; ordinary rooms in the same list (书房, 会客厅, 花园) are no names
    ents = _ents("院内有正门、书房、会客厅、花园、紫云楼、听松堂、望海阁等建筑。")
    for name in ("紫云楼", "听松堂", "望海阁"):
        assert (name, "FAC") in ents, name
    assert not {"书房", "会客厅", "花园", "正门"} & set(_of("院内有正门、书房、会客厅、花园、紫云楼、听松堂、望海阁等建筑。", "FAC"))
    assert _of("这里有书房、客厅、厨房等设施。", "FAC") == []


def test_quoted_alias_of_a_building():
    ents = _ents("这座宅院又称“督军府”、“将军府”，建于民国初年。")
    assert ("督军府", "FAC") in ents and ("将军府", "FAC") in ents
    assert _of("此人又称“老先生”。", "FAC") == []


def test_street_ends_named_after_a_bearing():
    # a street described by its course: the street at each end is a FAC, even when named by a number or a word
    ents = _ents("这条马路南起光明路，北至五福街，全长八百米。")
    assert ("光明路", "FAC") in ents and ("五福街", "FAC") in ents
    assert ("石桥巷", "FAC") in _ents("小巷东起石桥巷，西至河边。")
    # a bearing and a verb before an ordinary word for roads is no name
    assert _of("大军南至公路，北至铁路。", "FAC") == []


def test_list_of_streets_and_lanes():
    ents = _ents("与主街相接的青石巷、柳荫巷、竹竿巷，都很狭窄。")
    for name in ("青石巷", "柳荫巷", "竹竿巷"):
        assert (name, "FAC") in ents, name
    ents = _ents("日军封锁了各路口，除东平路、临江路外一律不准通行。")
    assert ("东平路", "FAC") in ents and not any(t.startswith("除") for t, lab in ents)
    assert _of("修通了公路、铁路和水路。", "FAC") == []


def test_gate_named_by_age_and_side():
    # the gates and gate quarters of a walled town are FAC (guideline notes: 东关, 南关)
    ents = _ents("清军退守老北门一带。他从大东门进城，又到小南门。")
    assert ("老北门", "FAC") in ents and ("大东门", "FAC") in ents and ("小南门", "FAC") in ents
    from pipeline.rules.facility_frames_zh import find_facility_frames
    assert find_facility_frames("两座城西门都已倒塌。") == []   # a town's west gate, no name (the frame leaves it)
    assert _of("这一带有许多老门面。", "FAC") == []


def test_list_item_does_not_start_inside_a_verb():
    # the character before a two-character stem ends a verb (攻击, 占领): the item is the stem and its head,
    # never a three-character stem that cuts the verb
    text = "炮火攻击甲湾码头、乙沙机场，又占领丙门、丁门。"
    facs = [e["text"] for e in extract_text(text)["entities"] if e["label"] == "FAC"]
    assert "击甲湾码头" not in facs and "领丙门" not in facs
    assert "甲湾码头" in facs
