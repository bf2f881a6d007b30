"""Session 19 (s19zhevt): Chinese EVENT and QUANTITY classes seen on real pages (sentences written for the tests)."""

from pipeline import extract_text


def _ents(text, labels=("EVENT", "QUANTITY")):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"] if e["label"] in labels]


def _quantities(text):
    return [(e["text"], e["norm"].get("value"), e["norm"].get("unit")) for e in extract_text(text)["entities"]
            if e["label"] == "QUANTITY"]


# --- QUANTITY: a count of myriads of four digits is no year (the first end of a range was lost) ---
def test_myriad_range_first_end_kept():
    # session 13 reading: each end of a quantity range is its own QUANTITY
    assert _quantities("据估计死伤在150万到250万之间。") == [("150万", 1500000, ""), ("250万", 2500000, "")]
    assert _quantities("难民约有120万至180万。")[-1] == ("180万", 1800000, "")
    assert _quantities("难民约有120万至180万。")[0] == ("120万", 1200000, "")   # 约有: the verb stands between


def test_year_range_still_no_quantity():
    # guideline 9: years are never QUANTITY
    assert _quantities("此事见于1927至1931年的档案。") == []


# --- QUANTITY: the first end of a range written with 、 and the next digit (五、六百人) ---
def test_enumerated_next_digit_first_end():
    # session 13: a first end without the magnitude its partner carries counts in that magnitude
    assert _quantities("此役俘获守军七、八百人。") == [("七", 700, "人"), ("八百人", 800, "人")]
    assert _quantities("援兵二、三千人赶到。") == [("二", 2000, "人"), ("三千人", 3000, "人")]


def test_enumerated_non_consecutive_and_designations_not_ranges():
    # not the next digit: no range; a list of designations stays a unit list
    assert _quantities("援兵二、五千人赶到。") == [("五千人", 5000, "人")]
    assert _quantities("第二、三师奉命北上。") == []


# --- QUANTITY: a chronology's year heading its entry ---
def test_chronology_year_heading_no_quantity():
    text = "1873 某省大旱\n\n1876 某某条约签订\n"
    assert _quantities(text) == []


def test_count_at_line_head_with_unit_kept():
    assert _quantities("1500 人渡河北上。") == [("1500 人", 1500, "人")]


# --- QUANTITY: a range of decades and a score are no counts ---
def test_decade_range_no_quantity():
    assert _quantities("19世纪70~80年代，某地开矿。") == []


def test_score_and_ratio_no_quantity():
    assert _quantities("空战战绩为57比42，损失比为1比2.5。") == []
    # a count before 比 "than" stays
    assert _quantities("敌军2000人比我军多。") == [("2000人", 2000, "人")]


# --- EVENT: a quoted two-character month-day name, a word of kind and its head ---
def test_quoted_date_name_before_modified_head():
    # guideline reading (session 9): where quotes close around a month-day name before its head, the quoted name is the EVENT
    assert _ents("“六三”反日运动随即展开。") == [("六三", "EVENT")]
    assert _ents("工人们发动“二四”大罢工。") == [("二四", "EVENT")]


def test_unquoted_date_name_strike():
    assert _ents("二四大罢工爆发后") == [("二四大罢工", "EVENT")]


def test_quoted_two_char_without_head_no_event():
    assert _ents("“一二”是个数字") == []


# --- EVENT: a party's numbered congress in quotes ---
def test_quoted_party_congress():
    # a party's short congress name is one EVENT (session 16); a span never starts on a quote
    assert ("四大", "EVENT") in _ents("中共“四大”在某地召开。")
    assert [(e["text"], e["label"]) for e in extract_text("中共“四大”在某地召开。")["entities"]][0] == ("中共", "ORG")


def test_quoted_non_congress_word():
    assert ("四大", "EVENT") not in _ents("所谓“四大”家族")


# --- EVENT: strikes and workers' risings named by their place ---
def test_place_workers_strike():
    assert _ents("次年，青岛纱厂工人大罢工爆发。") == [("青岛纱厂工人大罢工", "EVENT")]
    assert _ents("天津海员总罢工坚持了月余。")[0] == ("天津海员总罢工", "EVENT")


def test_place_workers_numbered_rising():
    assert _ents("长沙工人第二次武装起义失败。") == [("长沙工人第二次武装起义", "EVENT")]


def test_strike_without_place_or_rising_as_verb():
    assert _ents("工人们举行大罢工。") == []
    assert _ents("他们计划在长沙武装起义。") == []
    assert _ents("青岛的工人大罢工") == []


# --- QUANTITY: digits, a small magnitude, the approximator and the larger magnitude (3千多万) ---
def test_digit_approx_infix_myriads():
    # guideline 9: the approximators belong to the span, and so does the unit
    assert _quantities("全省4千多万人口") == [("4千多万", 40000000, "")]
    assert _quantities("耗资6百余万元。") == [("6百余万元", 6000000, "元")]


def test_digit_approx_without_larger_magnitude_unchanged():
    assert _quantities("歼敌2千多，俘虏万余。")[0] == ("2千多", 2000, "")
    assert _quantities("伤亡5千多人。") == [("5千多人", 5000, "人")]


# --- EVENT: a month-day name in Arabic digits with a dot ---
def test_quoted_digit_month_day_event():
    # session 9 reading: a quoted month-day name before its head is the EVENT alone
    assert _ents("此后“6.25”事件震动全城。") == [("6.25", "EVENT")]
    assert _ents("“3·18”惨案发生后") == [("3·18", "EVENT")]


def test_unquoted_digit_month_day_event_takes_head():
    # unquoted, the head belongs to the name (九一八事变); the digits are no bare counts
    assert _ents("6·25事件以后，局势大变。") == [("6·25事件", "EVENT")]


def test_digit_dot_not_a_date_no_event():
    assert _ents("“14.5”倍") == []
    assert _ents("“13.5”事件") == []     # no month 13


# --- QUANTITY: a bare magnitude with its measure word and an approximator after it ---
def test_bare_magnitude_with_unit_and_approximator():
    # guideline 9: approximators after the number (以上, 左右) belong to the span
    assert _quantities("千人以上的股匪有三股。")[0] == ("千人以上", 1000, "人")
    assert _quantities("全村百户左右。") == [("百户左右", 100, "户")]


def test_bare_magnitude_words_still_no_quantity():
    assert _quantities("万人坑遗址") == []
    assert _quantities("百姓流离") == []


# --- EVENT: a battle named by two places joined with a dash ---
def test_dashed_place_pair_battle():
    # guideline 15: an event name holds its places
    assert _ents("此后又有太原-榆次战役。") == [("太原-榆次战役", "EVENT")]
    assert _ents("、北洼-临汾攻坚战等") == [("北洼-临汾攻坚战", "EVENT")]


def test_dashed_numbers_no_pair_event():
    assert ("EVENT", ) not in [(l,) for _, l in _ents("1946-1949年战役")]
    assert [t for t, l in _ents("第2-4次战役") if l == "EVENT" and "-" in t] == []


# --- EVENT: a rising named by a village the text names with its settlement word ---
def test_village_named_rising():
    text = "前山村农会成立。次年前山暴动爆发。"
    assert ("前山暴动", "EVENT") in _ents(text)


def test_village_rising_needs_the_settlement_word():
    assert _ents("次年前山暴动爆发。") == []
    assert _ents("该村暴动后") == []


# --- EVENT: a kind of fighting in a kind of place names nothing ---
def test_generic_setting_before_battle_kind_no_event():
    assert _ents("部队不擅长城市攻坚战。") == []
    assert _ents("转入山区阻击战") == []


def test_place_before_battle_kind_kept():
    assert _ents("随后的太原攻坚战十分激烈。") == [("太原攻坚战", "EVENT")]


# --- QUANTITY: an ordinal range written with a dash is no count ---
def test_dashed_ordinal_range_no_quantity():
    # guideline 9: ordinals (第2次) are never QUANTITY
    assert _quantities("第2-4次反攻") == []
    assert _quantities("伤亡2-4人") == [("2", 2, "人"), ("4人", 4, "人")]
