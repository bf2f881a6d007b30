"""Chinese names framed by their context (session 16 PERSON audit, auditzh43; sentences written for this test)."""

import pytest

from pipeline import extract_text


def _persons(text):
    return [text[e["start"]:e["end"]] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, expected", [
    # an age, then the name before an adverb or a verb
    ("91岁的邵桂林仍记得那场战斗。", ["邵桂林"]),
    ("那年17歲的閆學坤也報名參軍。", ["閆學坤"]),
    ("20岁的青年很多都参了军。", []),                      # 青年 is a word, no name
    # a veteran before 老人/老兵 after a verb of meeting
    ("记者采访了喻德林老兵。", ["喻德林"]),
    ("我们见到了骆秉坤老人,他已九十高龄。", ["骆秉坤"]),
    ("我们在村口见到了一位孤寡老人。", []),
    ("记者走访了李家庄老人。", []),                          # a village's old people, no name
])
def test_age_and_veteran_frames(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("鲍德胜,湖北枣阳县人,1931年参加红军。", ["鲍德胜"]),
    ("晏有福 四川省营山县人,1949年入伍。", ["晏有福"]),
    ("他们说,我们都是本地人。", []),
    ("第一,这里没有外人。", []),
])
def test_biography_heads(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("是役击毙松永胜次郎、大岛一雄二人。", ["松永胜次郎", "大岛一雄"]),
    ("击伤原田敬二郎、小松武宏等人。", ["原田敬二郎", "小松武宏"]),
    ("大山雄伟,松林茂密。", []),                             # surnames as place words, no name
])
def test_japanese_full_names(text, expected):
    assert _persons(text) == expected


def test_japanese_surname_after_an_agent_word_and_its_repeat():
    text = "日方派特务土屋到山里劝降。土屋空手而回。"
    assert _persons(text) == ["土屋", "土屋"]


def test_japanese_surname_as_a_place_is_no_name():
    assert "松井" not in _persons("军官松井县的百姓逃散。")


@pytest.mark.parametrize("text, expected", [
    ("他化名老魏、石生、晓峰,在上海活动。", ["老魏", "石生", "晓峰"]),
    ("他原名张三,后改名。", ["张三"]),
])
def test_alias_lists(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("当时担任司号员的邬长贵,后来牺牲了。", []),               # the name is not right after the post
    ("连里的司号员邬长贵。", ["邬长贵"]),
    ("捻军首领龚德树被俘。", ["龚德树"]),
    ("上级决定动员王学兵的家属。", []),                       # 动员 is a verb, no post
    ("他们在复员后回乡。", []),
])
def test_role_suffix_frames(text, expected):
    assert [p for p in _persons(text) if p] == expected


@pytest.mark.parametrize("text, expected", [
    ("夜间,土匪甘占魁部六十余人袭击了村公所。", [("甘占魁", "PERSON"), ("六十余人", "QUANTITY")]),
    ("老大宋长发,老二宋长贵。", [("宋长发", "PERSON"), ("宋长贵", "PERSON")]),
    ("他休养了二周。", [("二周", "QUANTITY")]),
])
def test_force_and_sibling_frames(text, expected):
    assert _spans(text) == expected


def test_surname_with_lao_after_the_full_name():
    text = "我们见到了瞿茂林老人。瞿老很健谈。"
    assert _persons(text) == ["瞿茂林", "瞿"]


def test_lao_without_the_full_name_is_no_person():
    assert _persons("古老的城墙很高。元老们说,") == []


@pytest.mark.parametrize("text, expected", [
    ("她一直在整理隋国梁老兵的日记。", ["隋国梁"]),            # any verb before the veteran's name
    ("我们见到了一位白发老人。", []),                          # a measure word and a word, no name
    ("上自花甲老人,下至孩童。", []),
])
def test_veteran_before_laobing_after_any_verb(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("大哥康永顺、二哥康永福比他年长。", ["康永顺", "康永福"]),
    ("会上分工:计长林负责后勤,闵德山负责侦察。", ["计长林", "闵德山"]),
    ("海协负责人表示欢迎。", []),                              # 负责人 is a noun
])
def test_sibling_and_duty_frames(text, expected):
    assert _persons(text) == expected


def test_lao_before_a_word_that_is_no_honorific():
    text = "我们见到了瞿茂林老人。瞿老这辈子没离开过瞿家村。"
    assert _persons(text) == ["瞿茂林", "瞿"]
