"""Complete general lists of organisations (pipeline/lexicons/organisations_*.tsv, pipeline/rules/org_lists.py)."""

from pipeline import extract_text
from pipeline.rules import org_lists


def _spans(text):
    return [(e["start"], e["end"], e["label"], text[e["start"] : e["end"]]) for e in extract_text(text, rules_only=True)["entities"]]


def _orgs(text):
    return [s for s in _spans(text) if s[2] == "ORG"]


def test_roc_organs():
    text = "一九三三年，他奉调南昌行营，旋入军事委员会铨叙厅。"
    assert (9, 13, "ORG", "南昌行营") in _orgs(text)
    assert (16, 24, "ORG", "军事委员会铨叙厅") in _orgs(text)
    assert _orgs("战后他调任国防部保密局，主管华北。")[0] == (5, 11, "ORG", "国防部保密局")


def test_qing_organs_and_societies():
    text = "督办军务处奏请户部拨款，兴中会与哥老会亦有联络。"
    assert _orgs(text) == [(0, 5, "ORG", "督办军务处"), (7, 9, "ORG", "户部"), (12, 15, "ORG", "兴中会"), (16, 19, "ORG", "哥老会")]


def test_school_named_after_a_force():
    assert _spans("他后来考入北洋水师学堂。") == [(5, 11, "ORG", "北洋水师学堂")]


def test_ccp_and_japan_organs():
    assert _orgs("牺盟会派人与中共中央社会部联络。") == [(0, 3, "ORG", "牺盟会"), (6, 13, "ORG", "中共中央社会部")]
    assert _orgs("枢密院否决了该案。") == [(0, 3, "ORG", "枢密院")]


def test_full_name_before_a_post():
    assert _orgs("他出任中共中央宣传部部长。") == [(3, 10, "ORG", "中共中央宣传部")]


def test_government_with_its_ministry():
    assert _orgs("他任职于大元帅府军政部，后调广州。") == [(4, 11, "ORG", "大元帅府军政部")]


def test_university():
    assert _orgs("守军退入齐鲁大学据守。") == [(4, 8, "ORG", "齐鲁大学")]


def test_traditional_input():
    text = "他早年畢業於陸軍工兵學校，後加入華興會。"
    assert _orgs(text) == [(6, 12, "ORG", "陸軍工兵學校"), (16, 19, "ORG", "華興會")]


def test_collision_guards():
    assert _orgs("炮兵部队与海军部队会合。") == []          # 兵部, 海军部 inside 部队
    assert _orgs("他兼任陆军大学校长。") == [(3, 7, "ORG", "陆军大学")]
    assert _orgs("要切实加强学会自身的建设，司法部门已建立，华北局势紧张。") == []   # word + word, 部门, 局势
    assert "洪门" not in org_lists.chinese_forms()              # a jieba word and place-like form
    assert "户部" in org_lists.chinese_forms()                  # [bare]: the Qing board


def test_english_forms():
    forms = org_lists.english_forms()
    assert forms["Zongli Yamen"] == "总理各国事务衙门"
    assert forms["NKVD"] == "内务人民委员部"
    assert "Censorate" not in forms
    assert "Ministry of War" not in forms and "Naval Academy" not in forms   # a kind of body, many states had one
    assert forms["Imperial Diet"] == "帝国议会"


def test_late_additions():
    assert _orgs("共产国际远东局派员来华，日本内阁决定扩大战争。") == [(0, 7, "ORG", "共产国际远东局"), (12, 16, "ORG", "日本内阁")]


def test_sources_and_press():
    assert _orgs("据大公报报道，该炮现藏于军事博物馆。") == [(1, 4, "ORG", "大公报"), (12, 17, "ORG", "军事博物馆")]
    assert _orgs("《大公报》发表社评。") == []                       # guideline 11
    assert _orgs("在反法西斯同盟的共同斗争中。") == [(1, 7, "ORG", "反法西斯同盟")]


def test_relief_bodies():
    assert _orgs("红卍字会掩埋尸体，中国红十字会救护总队赶到。") == [(0, 4, "ORG", "红卍字会"), (9, 19, "ORG", "中国红十字会救护总队")]
    assert _orgs("涉及保障劳工合法权益的条款") == []                # 工合 inside 劳工 + 合法


def test_english_page():
    text = "Prince Gong headed the Zongli Yamen; the Lytton Commission reported in 1932."
    assert [s for s in _spans(text) if s[2] == "ORG"] == [(23, 35, "ORG", "Zongli Yamen"), (41, 58, "ORG", "Lytton Commission")]
