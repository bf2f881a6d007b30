"""Session 18 (s18zhqty), Chinese QUANTITY/EVENT audit: grain and engine units, heights with a middle dot,
counts after a double dash, formation counts after verbs of dividing and after 每 + echelon, and an X战斗 read
as a noun before 发起前/打响后. Sentences written for these tests."""

from tests.sentences import ent, norm_of, spans


# --- units: 石 / 斗 / 担 (grain accounts) and 马力 (engine power)

def test_grain_units_with_their_approximator():
    text = "县仓存谷六百石有余，又征麦二十担。"
    assert spans(text, "QUANTITY") == ["六百石有余", "二十担"]
    assert norm_of(text, "六百石有余") == {"value": 600, "unit": "石", "approx": "over"}


def test_engine_power_unit():
    text = "该艇主机功率为2400马力，航速十五节。"
    assert spans(text, "QUANTITY") == ["2400马力", "十五节"]
    assert norm_of(text, "2400马力")["unit"] == "马力"


def test_grain_unit_is_not_a_stone_word():
    # 石 before 头/桥 and 斗 before 争 or in a place name (三斗坪) are other words: no unit, no bare count of them
    text = "村口有三石桥，部队移驻三斗坪。"
    assert "三石" not in spans(text, "QUANTITY")
    assert "三斗" not in spans(text, "QUANTITY")


# --- a hill named by its height with a middle dot

def test_height_with_middle_dot_is_one_place():
    text = "敌军以两个营向418·6高地和395・2 高地反复冲击。"
    assert spans(text, "LOC") == ["418·6高地", "395・2 高地"]
    assert "418" not in spans(text, "QUANTITY")
    assert spans(text, "QUANTITY") == ["两个营"]


def test_height_with_decimal_point_kept():
    text = "守军退守218.4高地。"
    assert spans(text, "LOC") == ["218.4高地"]


# --- a count right after a parenthetical double dash

def test_count_after_double_dash():
    text = "全团官兵——1800人无一后退，战后仅存400余人。"
    assert spans(text, "QUANTITY") == ["1800人", "400余人"]
    assert norm_of(text, "1800人") == {"value": 1800, "unit": "人", "approx": None}


def test_single_dash_code_not_a_count():
    text = "美军出动B-29轰炸机40架。"
    assert spans(text, "QUANTITY") == ["40架"]


# --- formation counts without 个 after a verb of dividing or after 每 + echelon

def test_formation_count_after_dividing_verb_and_each():
    text = "起义队伍分为5队，每队2连，约千人。"
    assert spans(text, "QUANTITY")[:2] == ["5队", "2连"]
    assert norm_of(text, "5队") == {"value": 5, "unit": "队", "approx": None}


def test_reorganised_into_a_designation_is_no_count():
    # 改编为 + a number names the formation it became, not how many
    text = "该支队后改编为3团。"
    assert "3团" not in spans(text, "QUANTITY")


def test_designation_with_di_is_no_count():
    text = "该部编为第4队。"
    assert spans(text, "QUANTITY") == []


# --- X战斗 as a noun before 发起前 / 打响后

def test_battle_noun_before_launch():
    text = "在铁岭战斗发起前，全连召开誓师大会。"
    assert ent(text, "铁岭战斗")["label"] == "EVENT"


def test_fighting_at_a_place_stays_a_verb():
    text = "战士们在铁岭战斗到最后一人。"
    assert "铁岭战斗" not in spans(text, "EVENT")


# --- a heading's list number at a line start is no count

def test_list_number_before_heading_is_no_count():
    text = "起义经过如下。\n3广州新军起义\n4 黄花岗起义\n是役共伤亡86人。"
    assert spans(text, "QUANTITY") == ["86人"]
    assert "黄花岗起义" in spans(text, "EVENT")


def test_line_start_count_with_unit_kept():
    text = "战果统计：\n12门火炮被缴获，300人被俘。"
    assert spans(text, "QUANTITY") == ["12门", "300人"]


# --- a cyclical year before a war of two countries belongs to its name

def test_cyclical_year_opens_the_war_name():
    text = "乙巳日俄战争结束后，东北局势大变。"
    assert "乙巳日俄战争" in spans(text, "EVENT")


def test_war_of_two_countries_without_year_kept():
    text = "中日战争全面爆发。"
    assert spans(text, "EVENT") == ["中日战争"]


# --- a two-character first name of a coordinated pair sharing one head, right after a verb of taking part

def test_coordinated_battles_after_verb():
    text = "该纵队先后取得皖北、淮东战役的胜利。"
    assert spans(text, "EVENT") == ["皖北、淮东战役"]


def test_coordinated_places_without_head_no_event():
    text = "该纵队先后取得皖北、淮东的胜利。"
    assert spans(text, "EVENT") == []


def test_known_place_pair_kept():
    text = "他参加了孟良崮、莱芜战役。"
    assert spans(text, "EVENT") == ["孟良崮、莱芜战役"]


# --- 超 before a magnitude is an approximator (超百万, 超万人)

def test_chao_before_magnitude_is_approximator():
    text = "战事动员超百万兵力，伤亡超万人。"
    assert spans(text, "QUANTITY") == ["超百万", "超万人"]
    assert norm_of(text, "超万人") == {"value": 10000, "unit": "人", "approx": "over"}


def test_chao_after_gan_is_a_verb():
    text = "产量赶超万吨。"
    assert "超万吨" not in spans(text, "QUANTITY")
