"""Chinese event names by their grammar (pipeline/rules/event_names_zh.py and the event finder's heads).

Sentences written for these tests (Simplified and Traditional); each asserts the exact EVENT spans.
"""

import pytest

from pipeline import extract_text
from pipeline.rules.event_names_zh import month_day_name


def events(text: str) -> list[tuple[int, int, str]]:
    return [(e["start"], e["end"], text[e["start"]:e["end"]])
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "EVENT"]


def spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for name in names:
        at = text.index(name, at)
        out.append((at, at + len(name), name))
        at += len(name)
    return out


@pytest.mark.parametrize("text, names", [
    # a sexagenary year before the head
    ("甲午海战中，致远舰沉没。", ["甲午海战"]),
    ("甲申政变失败后，开化党人流亡日本。", ["甲申政变"]),
    ("壬午兵变后，清军入朝。", ["壬午兵变"]),
    # a month-day name before a battle head
    ("八二三炮战爆发于1958年。", ["八二三炮战"]),
    ("八二三砲戰期間，金門落彈甚多。", ["八二三砲戰"]),
    ("八一三淞沪抗战爆发后，他奔赴上海。", ["八一三淞沪抗战"]),
    ("一二八淞滬抗戰爆發。", ["一二八淞滬抗戰"]),
    ("敌人发动了冀中五一大扫荡。", ["冀中五一大扫荡"]),
    # a quoted month-day name: the quotes close around the name
    ("「八一四」空战中，中国空军击落日机六架。", ["八一四"]),
    ("「八二三」砲戰開始於下午。", ["八二三"]),
    ("“九一八”以后，东北军退入关内。", ["九一八"]),
    ("“七·七”事变后，他投笔从戎。", ["七·七"]),
    # names sharing one head (guideline 10), with a list mark or a dash
    ("平津、淮海战役相继展开。", ["平津、淮海战役"]),
    ("新保安-张家口战役中全歼守军。", ["新保安-张家口战役"]),
    ("长沙、衡阳会战接连失利。", ["长沙、衡阳会战"]),
    # the war named by its target
    ("1979年对越自卫反击战中，他任营长。", ["对越自卫反击战"]),
    # battle heads with an unfamiliar battlefield
    ("笕桥空战爆发。", ["笕桥空战"]),
    ("金门炮战持续了二十余年。", ["金门炮战"]),
    ("阳明堡夜袭战烧毁日机二十四架。", ["阳明堡夜袭战"]),
    # a listed name written with a battle head
    ("四渡赤水战役是毛泽东的得意之笔。", ["四渡赤水战役"]),
    ("辽沈战役、淮海战役和平津战役合称三大战役。", ["辽沈战役", "淮海战役", "平津战役", "三大战役"]),
    ("中日甲午戰爭的一部分。", ["中日甲午戰爭"]),
])
def test_event_name_forms(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", [
    "一场激烈的空战在上空展开。",
    "双方展开空战。",
    "两军隔江炮战。",
    "日军发动夜袭战。",
    "这次作战计划由参谋部制定。",
    "他在战斗中身负重伤。",
    "此次会战日军伤亡惨重。",
    "这场战争改变了东亚格局。",
    "各师协同作战。",
    "学生的爱国运动遍及全国。",
    "极大地鼓舞了人民的爱国抗战热情。",
    "他被编入一二八师。",
    "“三三制”政权在各地建立。",
    "“五一”前后，工厂放假。",
])
def test_ordinary_uses_are_no_events(text):
    assert events(text) == []


@pytest.mark.parametrize("name, ok", [
    ("九一八", True), ("一·二八", True), ("一二·九", True), ("七七", True), ("五卅", True), ("双十二", True),
    ("二二八", True), ("八二三", True), ("四一二", True), ("一二八", True),
    ("九九九", False), ("一三五", False), ("双五", False), ("九四〇", False),
])
def test_month_day_names(name, ok):
    assert month_day_name(name) is ok


@pytest.mark.parametrize("text, names", [
    ("北平和谈破裂后，解放军渡江。", ["北平和谈"]),
    ("井冈山会师后，成立了新的军。", ["井冈山会师"]),
    ("天津教案发生于1870年。", ["天津教案"]),
    ("西安兵谏迫使他停止内战。", ["西安兵谏"]),
    ("对越自卫还击作战开始。", ["对越自卫还击作战"]),
    ("中苏友好同盟条约签订于1945年。", ["中苏友好同盟条约"]),
    ("“四一二”反革命政变后，国共分裂。", ["四一二"]),
    ("“一·二八”淞沪抗战爆发。", ["一·二八", "淞沪抗战"]),
    ("石门战役前后，国军集结。", ["石门战役"]),
    ("第三次石门战役前后，国军集结。", ["第三次石门战役"]),
])
def test_more_event_name_forms(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["两军在会宁会师。", "红军三大主力会师。", "双方谈判破裂。", "这是东方战役的开始。", "世界首战役"])
def test_more_ordinary_uses(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("金田起义标志着起事开始。", ["金田起义"]),
    ("瑷珲条约割让了大片领土。", ["瑷珲条约"]),
    ("文化大革命期间，他受到迫害。", ["文化大革命"]),
    ("国内革命战争时期他参加了队伍。", ["国内革命战争"]),
])
def test_free_risings_treaties_and_periods(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["他们发动武装起义。", "该部举行起义。", "他的部队起义了。", "签订不平等条约。", "各地农民起义此起彼伏。"])
def test_generic_risings(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("日軍發動「捷一號作戰」。", ["捷一號作戰"]),
    ("日军代号为“ケ号作战”的撤退开始。", ["ケ号作战"]),
    ("日军发动十一号作战。", ["十一号作战"]),
    ("松山戰鬪持續百餘日。", ["松山戰鬪"]),
    ("霧社事件後，日軍鎮壓山地部落。", ["霧社事件"]),
])
def test_code_names_and_traditional_heads(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["这一突发事件引起关注。", "发生流血事件。", "该事件影响深远。", "这是一起政治事件。"])
def test_generic_incidents(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("第一、二次长沙会战都取得了胜利。", ["第一、二次长沙会战"]),
    ("第一、第二次东征打败了地方军阀。", ["第一、第二次东征"]),
    ("冀中反扫荡斗争十分残酷。", ["冀中反扫荡"]),
    ("鲁西南战役开始。", ["鲁西南战役"]),
    ("津浦路北段战役结束。", ["津浦路北段战役"]),
    ("平汉路破击战打响。", ["平汉路破击战"]),
])
def test_listed_ordinals_regions_railways(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["他率部东征。", "挥师北伐。", "敌人扫荡。", "进行反扫荡。", "第一、二营。"])
def test_marches_and_sweeps(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("第一次宜昌会战(日语:宜昌作戦),是一次重要战役。", ["第一次宜昌会战", "宜昌作戦"]),
    ("鹿港之役,俗稱「番仔反」,是一场战役。", ["鹿港之役", "番仔反"]),
    ("马家河战役,又称马家河阻击战,是一场战役。", ["马家河战役", "马家河阻击战"]),
    ("湘北会战（日方称之为「甲号作战」或「湘北攻略战」）是一场战役。", ["湘北会战", "甲号作战", "湘北攻略战"]),
])
def test_aliases_after_an_event(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["英方又稱,在海口共繳獲火炮六百位以上。", "部队有个共同的通称——伪军。", "他又名“小张”。"])
def test_aliases_need_an_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("八七会议确定了新的方针。", ["八七会议"]),
    ("双十协定签订后，内战仍未避免。", ["双十协定"]),
    ("长春围城持续五个月。", ["长春围城"]),
    ("远征军第一次入缅作战失利。", ["第一次入缅作战"]),
])
def test_dated_meetings_sieges_expeditions(text, names):
    assert [e for e in events(text)] == spans(text, *names)


@pytest.mark.parametrize("text", ["日军围城三日。", "部队入缅作战。"])
def test_sieges_and_expeditions_as_verbs(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("湘西剿匪历时两年。", ["湘西剿匪"]),
    ("西藏平叛结束。", ["西藏平叛"]),
])
def test_regional_campaigns(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["部队在湘西剿匪。", "他参加了剿匪。", "大军南下剿匪。"])
def test_campaign_verbs(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "成功挫败了这起劫机事件。",
    "相关部门正调查假钞事件。",
    "参加东南亚无核区条约议定书。",
    "进军福建、兰西剿匪等战斗。",
])
def test_incidents_need_a_place(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("中苏边界冲突在1969年达到顶峰。", ["中苏边界冲突"]),
    ("中印边境武装冲突爆发。", ["中印边境武装冲突"]),
    ("松山攻圍戰持續百日。", ["松山攻圍戰"]),
])
def test_border_conflicts_and_sieges(text, names):
    assert events(text) == spans(text, *names)


def test_a_clash_is_no_conflict_name():
    assert events("两军冲突不断。") == []


@pytest.mark.parametrize("text, names", [
    ("七亘村战斗打响。", ["七亘村战斗"]),
    ("双堆集战斗结束。", ["双堆集战斗"]),
    ("百灵庙战斗结束。", ["百灵庙战斗"]),
])
def test_settlement_battles(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", [
    "部队在沙家浜战斗。", "珍宝岛战斗英雄某某就是这个排的。", "温州市、松阳县战斗、追击战斗等组成。", "天津战斗。", "小镇战斗。"])
def test_fighting_somewhere(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("此後紅軍經歷了第一至第五次反「圍剿」。", ["第一至第五次反「圍剿"]),
    ("部队粉碎了第一、二、三次反“围剿”。", ["第一、二、三次反“围剿"]),
    ("第二到第四次长沙会战。", ["第二到第四次长沙会战"]),
])
def test_ranged_ordinals(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text, names", [
    ("芦沟桥事变后，守军奋起抵抗。", ["芦沟桥事变"]),
    ("柳条湖事变。", ["柳条湖事变"]),
    ("雾社事变。", ["雾社事变"]),
])
def test_incident_variants(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["这次事变后。", "发生突发事变。"])
def test_generic_incident_words(text):
    assert events(text) == []


@pytest.mark.parametrize("text, names", [
    ("越南抗法战争胜利后。", ["越南抗法战争"]),
    ("抗美援越战争中，部队南下。", ["抗美援越战争"]),
    ("西班牙内战爆发。", ["西班牙内战"]),
    ("美国独立战争。", ["美国独立战争"]),
])
def test_aim_and_civil_wars(text, names):
    assert events(text) == spans(text, *names)


@pytest.mark.parametrize("text", ["双方爆发内战。", "全面内战爆发。"])
def test_civil_war_word(text):
    assert events(text) == []


def test_a_setting_word_before_a_verb_head_names_no_event():
    from pipeline import extract_text

    for text in ("陆战队在“金滩”海滩登陆后向内陆推进。", "游击队长期坚持敌后作战。", "部队夜间从沙滩登陆。"):
        assert [e["text"] for e in extract_text(text)["entities"] if e["label"] == "EVENT"] == [], text
    named = [e["text"] for e in extract_text("1950年9月的仁川登陆改变了战局。")["entities"] if e["label"] == "EVENT"]
    assert named == ["仁川登陆"]


def test_an_unquoted_code_name_after_its_word_is_an_event():
    from pipeline import extract_text

    text = "英军发动代号十字军行动的攻势，随后又有代号战斧作战的反击。"
    got = [(e["start"], e["end"], e["text"]) for e in extract_text(text)["entities"] if e["label"] == "EVENT"]
    assert got == [(6, 11, "十字军行动"), (21, 25, "战斧作战")]
    assert [e for e in extract_text("部队的代号改了。")["entities"] if e["label"] == "EVENT"] == []


def test_a_transliterated_place_with_its_landform_before_a_battle_head():
    from pipeline import extract_text

    text = "1942年底，澳军在拉比尼小径战役后转入反攻。"
    got = [e["text"] for e in extract_text(text)["entities"] if e["label"] == "EVENT"]
    assert got == ["拉比尼小径战役"]
