"""A place found once in a document is a place at its other bare mentions (discourse_repeats)."""

from pipeline import extract_text
from tests.sentences import at


def spans(text: str, labels=("GPE", "LOC", "FAC")) -> list[tuple[int, int, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] in labels]


def test_a_village_read_from_its_frame_is_read_again_bare():
    text = "部队在大王庄一带集结。大王庄守敌连夜突围，大王庄的百姓送来粮食。"
    assert spans(text) == [at(text, "大王庄", "GPE", n) for n in range(3)]


def test_the_repeat_keeps_the_label_it_was_chosen_with_and_its_source():
    text = "敌军退守虎头寨。虎头寨地势险要。"
    record = extract_text(text, "t", rules_only=True)
    assert [(e["start"], e["end"], e["label"], e["source"]) for e in record["entities"]] == [
        (4, 7, "GPE", record["entities"][0]["source"]), (8, 11, "GPE", "rule:discourse-repeat")]


def test_traditional_pages_repeat_through_the_working_text():
    text = "敵軍退守虎頭寨。虎頭寨地勢險要。"
    assert spans(text) == [(4, 7, "GPE"), (8, 11, "GPE")]


def repeats(text: str) -> list[tuple[int, int, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"] if e["source"] == "rule:discourse-repeat"]


def test_no_repeat_inside_a_title_a_demonym_or_an_event_name():
    assert repeats("敌军退守虎头寨。后来他写了《虎头寨纪行》。") == []
    assert repeats("敌军退守虎头寨。虎头寨人都记得那一年。") == []
    assert repeats("敌军退守虎头寨。那时虎头寨作战已近尾声。") == []
    assert repeats("敌军退守虎头寨。那时虎头寨已近失守。") == [(10, 13, "GPE")]


def test_no_repeat_running_on_into_a_longer_place_name():
    text = "敌军退守虎头寨。虎头寨村的民兵赶来。"
    assert at(text, "虎头寨", "GPE", 1) not in spans(text)


def test_a_two_character_name_the_lexicons_know_is_left_to_the_lexicon_finder():
    # 日本 is found where it names the country and declined in 日本鬼子: no repeat overrides that
    text = "日本投降以后，日本鬼子的汽车还在公路上跑。"
    assert spans(text) == [(0, 2, "GPE")]


def test_a_village_named_with_its_suffix_is_read_again_without_it():
    text = "日军包围了西赵庄。次日拂晓，敌人扫荡西赵，民兵撤出。"
    assert spans(text) == [at(text, "西赵庄", "GPE"), at(text, "西赵", "GPE", 1)]


def test_a_family_village_keeps_its_village_suffix():
    text = "敌人烧毁了刘家坪村。李家寨村的民兵赶来，王家庄村民都跑了。"
    assert spans(text) == [at(text, "刘家坪村", "GPE"), at(text, "李家寨村", "GPE")]


def test_a_commander_named_after_his_post_is_read_again_bare():
    text = "师长卜凡下令固守。三天后，战局果然被卜凡料中。"
    assert repeats(text) == [at(text, "卜凡", "PERSON", 1)]


def test_no_person_repeat_at_the_head_of_a_force_or_of_a_longer_name():
    assert repeats("师长李诚下令固守。李诚师随即南下。") == []
    assert repeats("师长李诚下令固守。副官李诚远赶来。营长李诚远负伤。") == []


def test_a_company_found_once_is_read_again():
    text = "敌人向七连阵地猛扑。第三天，日军又向七连左翼进攻。"
    assert repeats(text) == [at(text, "七连", "MIL_UNIT", 1)]


def test_a_list_closed_by_dengxian_has_no_county_named_deng():
    text = "日军侵占了宁武、神池、五寨等县。"
    assert [s for s in spans(text) if text[s[0]:s[1]] == "等县"] == []
