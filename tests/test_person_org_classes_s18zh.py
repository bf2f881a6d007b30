"""Session 18 (s18zhper): Chinese PERSON/ORG classes seen on biographies, party histories and society histories.
Every sentence is written for the test (no page's strings)."""

from __future__ import annotations

from tests.sentences import ents


def _persons(text: str) -> list[str]:
    return [s for s, label in ents(text) if label == "PERSON"]


def _orgs(text: str) -> list[str]:
    return [s for s, label in ents(text) if label == "ORG"]


# 1. a likeness reading cut one character short inside a 、-list; a list item before 为; a place given name in a list
def test_list_item_cut_by_likeness_read_whole():
    persons = _persons("会议增补吴屏周、沙流辉、张克东为委员。")
    assert persons == ["吴屏周", "沙流辉", "张克东"]
    assert "克东" not in [s for s, _ in ents("会议增补吴屏周、沙流辉、张克东为委员。")]


def test_list_item_kept_out_when_no_name():
    assert _persons("我们到了昆明、克东、北安等地。") == []


# 2. three names written with commas: the middle one between two names
def test_comma_sandwiched_name():
    assert _persons("后来刘坤一，席宝田，蒋益澧都升任巡抚。") == ["刘坤一", "席宝田", "蒋益澧"]
    assert _persons("后来刘坤一,席宝田,蒋益澧都升任巡抚。") == ["刘坤一", "席宝田", "蒋益澧"]


def test_comma_sandwich_needs_a_name_between():
    assert "随后" not in _persons("刘坤一，随后，蒋益澧都来了。")
    assert "张家口" not in _persons("刘坤一，张家口，蒋益澧都来了。")


# 3. rolls of names grouped by place (X省的甲、乙和丙，Y省的丁)
def test_place_grouped_roll():
    text = "会员中有四川的刘庆恩、杨光灿和龚选廉，直隶的黄镇磐，云南的保廷梁、赵钟奇，湖北的马祖全和马志道，湖南的马应薰。"
    assert _persons(text) == ["刘庆恩", "杨光灿", "龚选廉", "黄镇磐", "保廷梁", "赵钟奇", "马祖全", "马志道", "马应薰"]
    assert "马祖" not in [s for s, _ in ents(text)]


def test_place_grouped_roll_negatives():
    assert _persons("他到过湖南的长沙、衡阳，湖北的武汉。") == []
    assert _persons("四川的部队和民团，湖南的军队，都到了。") == []
    assert _persons("湖南的马应薰是同盟会员。") == []     # one group alone proposes nothing


# 4. Japanese full names with a given name in 平
def test_japanese_given_name_in_ping():
    assert _persons("黑龙会会长内田良平召见了他。") == ["内田良平"]
    assert _persons("在内田良平、宫崎寅藏撮合下。") == ["内田良平", "宫崎寅藏"]
    assert _persons("中村和平地来到。") == []


# 5. a glossed first item after a preposition; 书记/主任 end a gloss
def test_glossed_list_after_preposition():
    assert _persons("他把权星垣（热北地委书记）、刘昌（骑兵第4师政委）请到家里。") == ["权星垣", "刘昌"]
    assert _persons("部队抵达安庆（第10军）、宣城（第11军）。") == []


# 6. a military school's cohort before a name
def test_cohort_title():
    assert _persons("警备司令为保定军官学校三期生戴戟。") == ["戴戟"]
    assert _persons("黄埔一期生胡宗文任团长。") == ["胡宗文"]
    assert _persons("这个时期生产很少。") == []


# 7. 任 + a body + its post is the verb, not a surname
def test_ren_body_post_is_no_name():
    assert _persons("政委朱辉照，任工作团团长。") == ["朱辉照"]
    assert _persons("任弼时任书记。") == ["任弼时"]
    assert _persons("任国栋团长率部出发。") == ["任国栋"]


# 8. the last item of a list closed by an ordinary word (见面)
def test_last_list_item_before_word():
    assert _persons("孙中山与黄兴、宋教仁、陈天华、张继见面，商议合作。") == ["孙中山", "黄兴", "宋教仁", "陈天华", "张继"]
    assert "张德明" in _persons("他会见了黄兴、宋教仁、陈天华、张德明，商议合作。")


# 9. ORG precision: a local committee's department head; an office's ordinal before 县委
def test_local_department_head_is_no_ministry():
    orgs = _orgs("巢县特支改为巢县县委，鲍有荪任书记，纪正任组织部长，时生任宣传部长。")
    assert "组织部" not in orgs and "宣传部" not in orgs and "巢县县委" in orgs
    assert _orgs("陈立夫任组织部长。") == ["组织部"]


def test_office_ordinal_is_no_county():
    assert _orgs("第一任县委书记是马隆兴。") == []
    assert _orgs("中共宜昌县委书记是他。") == ["中共宜昌县委"]


# 10. the party's full name (中国 + 国民党) opens a body of the party
def test_full_party_name_opens_body():
    assert _orgs("报考者在中国国民党中央上海执行部参加了初试。") == ["中国国民党中央上海执行部"]
    assert _orgs("报考者在国民党中央上海执行部参加了初试。") == ["国民党中央上海执行部"]


# 11. a Mongol league's force or body after its name: no person
def test_league_force_is_no_person():
    assert _persons("卓索图盟纵队和骑兵第4师在当地坚持斗争。") == []
    assert _persons("卓新民率部出发。") == ["卓新民"]


# 12. a party's full name opens the name of its service school; 将军|官学校 is no name
def test_party_school_full_name():
    assert _orgs("孙中山决定将军官学校改名为“中国国民党陆军军官学校”。") == ["中国国民党陆军军官学校"]
    assert _orgs("1925年改称“中国国民党党立陆军军官学校”。") == ["中国国民党党立陆军军官学校"]
    assert _orgs("他毕业于保定陆军军官学校。") == ["保定陆军军官学校"]


def test_title_word_split_is_no_name():
    assert _persons("他决定将军官学校迁往南京。") == []
    assert _persons("师长李长工率部出发。") == ["李长工"]
