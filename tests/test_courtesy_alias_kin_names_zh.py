"""Session 21 (s21zhper): Chinese PERSON names no title frames (pipeline/rules/courtesy_alias_kin_names_zh.py) — a courtesy
and an art name after a comma, other names after 又名/原名/本名, an ancestor named by a genealogy's kin noun, a
reign era + 帝 in a list or after a verb of enthroning, a Japanese full name without rank; and discourse_repeats
no longer repeats an emperor's era before a year of his reign. All sentences are made up."""

from pipeline import extract_text
from pipeline.rules.courtesy_alias_kin_names_zh import find_courtesy_alias_kin_names


def _persons(text):
    return [(e["start"], e["end"], e["text"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "PERSON"]


def _has(text, name, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), name) in _persons(text)


# --- 字 + 号 after a comma -------------------------------------------------------------------------------------

def test_courtesy_and_art_name_after_comma():
    text = "钱守仁，浙江嘉兴人，字敬甫，号松庵，道光年间举人。"
    assert _has(text, "敬甫") and _has(text, "松庵")


def test_courtesy_and_late_art_name_traditional():
    text = "錢守仁,浙江嘉興人,字敬甫,晚號松庵居,道光年間舉人。"
    assert _has(text, "敬甫") and _has(text, "松庵居")


def test_courtesy_without_art_name_or_ordinary_words():
    assert not any(p[2] == "敬甫" for p in _persons("钱守仁，浙江嘉兴人，字敬甫，道光年间举人。"))
    # 字 and 号 as ordinary words (字不多, 号称) open no names
    assert _persons("这篇文章，字不多，号称名作。") == []


# --- other names after 又名 / 原名 ------------------------------------------------------------------------------

def test_alias_list_after_youzuo():
    text = "郑光弼，又作郑光必、郑广弼，明末将领。"
    assert _has(text, "郑光必") and _has(text, "郑广弼")


def test_single_alias_before_bracket():
    text = "周文渊原名周文源（1890-1950），湖北人。"
    assert _has(text, "周文源")


def test_alias_of_a_village_is_no_person():
    assert [c for c in find_courtesy_alias_kin_names("该村原名李家庄，后改今名。") if c.label == "PERSON"] == []


# --- kin nouns of a genealogy ---------------------------------------------------------------------------------

def test_ancestor_generations():
    text = "他的七世祖孙德昭在明代官至参将，曾祖父孙茂官至知县。"
    assert _has(text, "孙德昭") and _has(text, "孙茂")


def test_kin_noun_without_name():
    assert _persons("他的曾祖父在乡间务农，叔父早逝。") == []


# --- reign era + 帝 --------------------------------------------------------------------------------------------

def test_era_emperors_in_a_list():
    text = "权臣先后拥立兴泰帝、安和帝，又废黜弘顺帝。"
    assert _has(text, "兴泰") and _has(text, "安和") and _has(text, "弘顺")


def test_emperor_nouns_not_read():
    persons = [p[2] for p in _persons("皇帝与上帝之说，称帝者众，炎帝、黄帝皆古帝王。")]
    assert not any(x in persons for x in ("皇", "上", "称", "炎", "黄"))


def test_era_year_not_repeated_as_person():
    text = "权臣挟弘顺帝出奔。次年弘顺帝病死，弘顺三年，叛军入城。"
    persons = _persons(text)
    assert _has(text, "弘顺")
    assert not any(p[0] == text.index("弘顺三年") for p in persons)


# --- Japanese full names ---------------------------------------------------------------------------------------

def test_japanese_full_name_without_rank():
    text = "当时，由山县正道统一指挥，冈田信行等人随行。"
    assert _has(text, "山县正道") or _has(text, "冈田信行")


def test_japanese_family_name_before_rank_or_word():
    text = "山田少佐率部进入村庄，中村一带已无敌踪，小林率部撤走。"
    assert [text[c.start:c.end] for c in find_courtesy_alias_kin_names(text)] == []
    assert "中村一带" not in [p[2] for p in _persons(text)]
    # the tail of a three-character family name opens no name
    assert [text[c.start:c.end] for c in find_courtesy_alias_kin_names("长谷川秀雄，日本陆军少将。")] == []
