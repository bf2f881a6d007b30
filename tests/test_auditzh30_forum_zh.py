"""Classes seen on Chinese forum posts and personal blogs about the wars of 1911-1953 (auditzh30).
Every sentence is made up for the test."""

from pipeline import extract_text
from tests.sentences import ent, norm_of, spans


# --- a two-digit year opening a clause is a DATE of the 1900s (pipeline/rules/forum_forms_zh.py)

def test_two_digit_year_opening_a_clause_is_a_date():
    text = "39年随枣会战打得不错,43年参加常德守城。"
    assert ent(text, "39年")["label"] == "DATE" and norm_of(text, "39年")["value"] == "1939"
    assert ent(text, "43年")["label"] == "DATE" and norm_of(text, "43年")["value"] == "1943"


def test_two_digit_year_after_a_preposition_is_a_date():
    text = "老爷子是在42年入伍的。"
    assert norm_of(text, "42年")["value"] == "1942"


def test_durations_stay_quantities():
    text = "他打了15年仗,前后当了20年兵。"
    assert "15年" not in spans(text, "DATE") and "20年" not in spans(text, "DATE")
    assert "15年" in spans(text, "QUANTITY")


def test_years_after_or_ago_stay_durations():
    text = "30年后,老兵们又回到了这里。"
    assert "30年" not in spans(text, "DATE")


def test_no_two_digit_year_in_a_document_of_another_century_or_era():
    assert "41年" not in spans("1840年英军北犯,41年攻陷厦门。", "DATE")
    assert "38年" not in spans("民國時期的事:38年撤退。", "DATE")


# --- a forum thread's or blog's page counters are no quantities (pipeline/rules/quantities.py)

def test_page_counters_are_no_quantities():
    text = "查看: 8812|回复: 27\n阅读(356) 评论(12)\n此战歼敌4000余人。"
    got = spans(text, "QUANTITY")
    assert "8812" not in got and "27" not in got and "356" not in got and "12" not in got
    assert "4000余人" in got


# --- kinship words and reduplicated verbs are no names (pipeline/rules/persons.py)

def test_kinship_reduplication_is_no_person():
    text = "小时候常听叔叔伯伯讲打鬼子的事,奶奶也在旁边听一听。"
    got = spans(text, "PERSON")
    assert "伯伯" not in got and "奶奶" not in got and "听一听" not in got


def test_reduplicated_verb_is_no_person():
    text = "班长拿起缴获的罐头闻了闻,又尝一尝。"
    got = spans(text, "PERSON")
    assert "闻了闻" not in got and "尝一尝" not in got


def test_real_name_after_kinship_word_still_found():
    text = "我的舅舅王德胜当年在连队当文书。"
    assert "王德胜" in spans(text, "PERSON")


# --- 一野/二野/三野/华野 after any word; a field army's reading travels with its name

def test_field_army_abbreviation_after_any_word():
    text = "当年三野的老兵和连二野等部队一起渡江。"
    for name, number in (("三野", 3), ("二野", 2)):
        e = ent(text, name)
        assert e["label"] == "MIL_UNIT" and e["norm"]["numbers"] == [number]
        assert e["norm"]["echelon"] == "野战军" and e["norm"]["side"] == "CCP"
        assert e["norm"]["id"] == f"CCP/field_army/{number}"


def test_open_country_siyě_alone_is_no_unit():
    assert "四野" not in spans("风吹四野,一片荒凉。", "MIL_UNIT")


def test_repeat_of_field_army_keeps_its_reading():
    text = "他被编入四野,当了炮兵。我问他四野的事,他只是笑。"
    record = extract_text(text, "t", rules_only=True)
    found = [e for e in record["entities"] if text[e["start"]:e["end"]] == "四野"]
    assert len(found) == 2
    for e in found:
        assert e["label"] == "MIL_UNIT" and e["norm"]["numbers"] == [4] and e["norm"]["echelon"] == "野战军"
        assert e["norm"]["side"] == "CCP"


def test_numbered_field_army_is_ccp():
    norm = norm_of("第一野战军进军西北。", "第一野战军")
    assert norm["side"] == "CCP" and norm["id"] == "CCP/field_army/1"


def test_chain_under_a_field_army_is_ccp_despite_xin_brigade():
    text = "他后来任中原野战军新六旅18团团长。"
    e = ent(text, "中原野战军新六旅18团")
    assert e["norm"]["side"] == "CCP" and e["norm"]["numbers"] == [6, 18]


def test_xin_brigade_alone_keeps_roc():
    text = "国军新六旅在此布防。"
    e = ent(text, "新六旅")
    assert e["norm"]["side"] == "ROC"


# --- a staff officer's post written X官 before a name (pipeline/rules/person_name_ends.py TITLES)

def test_officer_post_ending_in_guan_is_no_part_of_the_name():
    text = "驻印军上尉联络官孙启明带来命令。"
    assert "孙启明" in spans(text, "PERSON") and "官孙启" not in spans(text, "PERSON")
    text = "师部军需官钱永福负责补给。"
    assert "钱永福" in spans(text, "PERSON")


# --- 【name】 heading a veteran's biography (pipeline/rules/forum_forms_zh.py)

def test_bracketed_bio_head_is_a_person():
    text = "【江汉生】1917年生于湖北孝感,1937年参军。"
    e = ent(text, "江汉生")
    assert e["label"] == "PERSON"
    assert "江汉" not in spans(text, "LOC") + spans(text, "GPE")


def test_bracketed_heading_without_birth_is_no_person():
    text = "【长江沿岸】日军溯江而上。"
    assert "长江沿岸" not in spans(text, "PERSON")
