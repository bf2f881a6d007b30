"""Precision fixes of QUANTITY and DATE (session 17 round 2, prezh4 audit of casualty reports and chronicles):
pipeline/rules/number_forms_zh.py (a dotted year.month is a DATE; formations counted with a long modifier or with
余/多 are one QUANTITY with the echelon), dates.py (a day before a foreign side's troops stays a date; an hour in
figures before 前/后 closing its clause is a time) and local_history_zh.py (an approximator before a month of
duration: 不足一月).

Sentences written for these tests (made-up units, places and numbers)."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _labelled(text, label):
    return [e[3] for e in _ents(text) if e[2] == label]


def _norm(text, span):
    for e in extract_text(text)["entities"]:
        if e["text"] == span:
            return e["norm"]
    return None


# a dotted year.month ---------------------------------------------------------------------------------------------

def test_dotted_year_month_before_a_table_is_a_date():
    text = "第五军1941.8伤亡表显示损失颇重。"
    assert "1941.8" in _labelled(text, "DATE")
    assert _norm(text, "1941.8")["value"] == "1941-08"
    assert "1941.8" not in _labelled(text, "QUANTITY")


def test_dotted_year_with_two_digit_month():
    text = "据1943.11的报告,守军约二千人。"
    assert _norm(text, "1943.11")["value"] == "1943-11"
    assert "约二千人" in _labelled(text, "QUANTITY")


def test_dotted_number_with_a_unit_stays_a_quantity():
    assert "1943.5平方公里" in _labelled("该区面积1943.5平方公里。", "QUANTITY")
    assert "约1950.2万元" in _labelled("共耗费约1950.2万元。", "QUANTITY")
    assert _labelled("该区面积1943.5平方公里。", "DATE") == []


# formations counted with a long modifier or with 余/多 ------------------------------------------------------------

def test_formations_with_a_long_modifier_keep_their_echelon():
    text = "先后调来10个强击航空兵师、3个独立远程轰炸机团和2个陆军航空兵侦察机团。"
    quantities = _labelled(text, "QUANTITY")
    assert "10个强击航空兵师" in quantities
    assert "3个独立远程轰炸机团" in quantities
    assert "2个陆军航空兵侦察机团" in quantities
    assert _norm(text, "10个强击航空兵师")["value"] == 10


def test_short_modifier_reading_is_kept():
    assert "4个高射炮兵师" in _labelled("另有4个高射炮兵师担任防空。", "QUANTITY")
    assert "两个团" in _labelled("他们派出两个团增援。", "QUANTITY")


def test_long_modifier_needs_an_arm_or_equipment_word():
    # 人组成一 is no kind of formation: nothing is read up to 团
    assert "五个人组成一团" not in _labelled("这五个人组成一团,冲向阵地。", "QUANTITY")
    assert "三个村子都参加了游击团" not in _labelled("三个村子都参加了游击团。", "QUANTITY")


def test_formations_counted_with_over_and_no_classifier():
    text = "敌军投入30余师约15万兵力。"
    assert "30余师" in _labelled(text, "QUANTITY")
    assert _norm(text, "30余师") == {"value": 30, "unit": "师", "approx": "over"}
    assert "二十余师长" not in _labelled("被俘的敌二十余师长均获释。", "QUANTITY")


# a day before a foreign side's troops; an hour before 前/后 -------------------------------------------------------

def test_day_before_british_or_american_troops_is_a_date():
    text = "1942年3月,敌机来袭。17日英军撤出仰光,19日美机轰炸港口。"
    dates = _labelled(text, "DATE")
    assert "17日" in dates and "19日" in dates
    assert _norm(text, "17日")["value"] == "1942-03-17"
    assert "17" not in _labelled(text, "QUANTITY")


def test_day_before_japanese_troops_still_a_date_and_duration_unchanged():
    text = "1938年6月,敌增兵。12日日军攻占县城。"
    assert "12日" in _labelled(text, "DATE")


def test_hour_in_figures_before_after_is_a_time():
    text = "9点后,部队再次发起攻击。"
    assert "9点" in _labelled(text, "DATE")
    assert "9" not in _labelled(text, "QUANTITY")
    assert _labelled("会上提出三点后,会议结束。", "DATE") == []


# a month of duration with an approximator -------------------------------------------------------------------------

def test_month_of_duration_with_an_approximator():
    text = "这场持续不足一月的战事很快结束。"
    assert "不足一月" in _labelled(text, "QUANTITY")
    assert _norm(text, "不足一月") == {"value": 1, "unit": "月", "approx": "under"}
    assert _labelled(text, "DATE") == []
    assert "近两月" in _labelled("守军困守近两月,城中粮尽。", "QUANTITY")
    assert "不到一月" in _labelled("部队不到一月就撤回。", "QUANTITY")


def test_calendar_month_stays_a_date():
    assert _labelled("1950年一月,部队进驻县城。", "DATE") == ["1950年一月"]


# a range's first end without a unit; a share with 强/弱; a single file ----------------------------------

def test_first_end_of_a_range_takes_the_magnitude_of_a_unitless_partner():
    text = "当时宣称歼敌4至5万。"
    assert _norm(text, "4")["value"] == 40000
    assert _norm(text, "5万")["value"] == 50000
    assert _norm("共有300至400。", "300")["value"] == 300


def test_share_with_a_little_over_or_under():
    text = "伤亡约占百分之八强,另有12%弱失踪。"
    quantities = _labelled(text, "QUANTITY")
    assert "百分之八强" in quantities and "12%弱" in quantities
    assert _norm(text, "12%弱") == {"value": 12, "unit": "%", "approx": "under"}
    assert "百分之八" in _labelled("列入百分之八强国之列。", "QUANTITY")


def test_single_file_is_no_count_of_columns():
    assert _labelled("部队以一路纵队沿河前进。", "QUANTITY") == []
    assert "两路纵队" in _labelled("敌人分两路纵队迂回。", "QUANTITY")


def test_day_in_numerals_with_spoken_hao_after_its_month():
    text = "1946年七月,敌来犯。从七月十二号起,民兵连续作战。"
    assert "七月十二号" in _labelled(text, "DATE")
    assert _norm(text, "七月十二号")["value"] == "1946-07-12"
    assert _labelled("三号阵地失守。", "DATE") == []
    assert "九月" in _labelled("九月五号码头失守。", "DATE")
