"""Session 19 round 2 (r19zhnames): classes seen on round 1's held-out passages.

- landform_surname_references_zh: a Japanese family name ending in a landform character after a post or before a verb of
  speech is a PERSON (guideline 1: the post outside), not an island glued to the post.
- banner_organ_society_names_zh: Mongol banners X右旗 / X左翼前旗 / 盟X旗 are one GPE (a county-level place with a
  government, guideline table); a known body + its organ (国联理事会) one ORG; a two-province region's society
  (江浙同乡会) one ORG; two initials + 区特委 one ORG; X文社 a society head (org_event_heads_zh).
- persons._word_split / names_common.among_posts: 委员长|官邸 and 司令官|中少有 give no PERSON.

Every sentence is written for this file with invented names and places; tests assert exact spans and labels.
"""

from __future__ import annotations

from sentences import at, entities


def got(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in entities(text)]


# --- 1. Japanese family names ending in a landform character

def test_landform_surname_after_a_post_is_a_person():
    text = "日方派出特务福岛等人潜入城内，顾问吉川同意此议。"
    g = got(text)
    assert at(text, "福岛", "PERSON") in g          # not LOC 特务福岛
    assert at(text, "吉川", "PERSON") in g          # not PERSON 吉川同意
    assert not any(lab == "LOC" for _, _, lab in g)


def test_landform_surname_before_a_verb_of_speech():
    text = "当晚的宴会上，席间小野表示不满，由山田负责联络，参谋松岛说部队已出发。"
    g = got(text)
    for name in ("小野", "山田", "松岛"):
        assert at(text, name, "PERSON") in g, name


def test_landform_surname_as_a_place_stays_a_place():
    # negative: no post before it and no verb of speech after it: the place readings are kept
    text = "我军攻占福岛，舰队随后驶往青岛。"
    g = got(text)
    assert at(text, "福岛", "GPE") in g and at(text, "青岛", "GPE") in g
    assert not any(lab == "PERSON" for _, _, lab in g)


# --- 2. Mongol banners

def test_banner_with_side_word_is_one_gpe():
    text = "他们迁到乌兰哈达右旗，又进驻阿巴嘎左旗。"
    g = got(text)
    assert at(text, "乌兰哈达右旗", "GPE") in g and at(text, "阿巴嘎左旗", "GPE") in g
    assert not any(lab == "PERSON" for _, _, lab in g)


def test_banner_after_a_league_is_one_gpe_and_the_league_kept():
    text = "伊克昭盟达拉特旗与科尔沁左翼中旗相距甚远。"
    g = got(text)
    assert at(text, "伊克昭盟", "GPE") in g and at(text, "达拉特旗", "GPE") in g
    assert at(text, "科尔沁左翼中旗", "GPE") in g


def test_flag_words_are_no_banner():
    # negative: 手中旗帜, 阵前旗手 are flags, not banners
    text = "战士们高举手中旗帜冲锋，阵前旗手倒下了。"
    assert not any(lab == "GPE" for _, _, lab in got(text))


# --- 5. a known body and its organ

def test_body_and_organ_is_one_org():
    text = "国联理事会开会后，国联行政院作出决议，国联大会通过报告。"
    g = got(text)
    for name in ("国联理事会", "国联行政院", "国联大会"):
        assert at(text, name, "ORG") in g, name


def test_lexicon_body_with_organ_keeps_its_lexicon_reading():
    # the lexicon's whole name (and canonical) is kept; 大会 after a party is no organ read here
    text = "共产国际执行委员会作出决定。"
    assert at(text, "共产国际执行委员会", "ORG") in got(text)
    text2 = "国联派出调查团。"
    assert at(text2, "国联", "ORG") in got(text2)


# --- 6. regional societies, 文社, 区特委

def test_two_province_society_is_one_org():
    text = "江浙同乡会发表声明，闽粤同乡会随即响应。"
    g = got(text)
    assert at(text, "江浙同乡会", "ORG") in g and at(text, "闽粤同乡会", "ORG") in g
    text2 = "他发起成立了江浙两省同乡会。"
    assert at(text2, "江浙两省同乡会", "ORG") in got(text2)


def test_region_without_society_stays_a_place():
    # negative: 江浙 with no society head stays a place
    text = "江浙一带物产丰富。"
    g = got(text)
    assert not any(lab == "ORG" for _, _, lab in g)


def test_wenshe_society_and_initial_committee():
    text = "他创办了星星文社，后来担任黄麻区特委书记。"
    g = got(text)
    assert at(text, "星星文社", "ORG") in g and at(text, "黄麻区特委", "ORG") in g


def test_initial_committee_needs_two_name_initials():
    # negative: a pronoun or a numeral is no region's initial
    text = "该区特委和两区特委都已撤销。"
    assert not any(lab == "ORG" and text[s:e].endswith("区特委") and e - s == 5 for s, e, lab in got(text))


# --- 7. precision: a post + 官邸, a post + 中 'among'

def test_residence_after_a_post_is_no_person():
    text = "会议在委员长官邸举行。那是总统官邸。"
    assert not any(lab == "PERSON" for _, _, lab in got(text))


def test_name_after_a_post_still_read():
    # neighbouring good reading of the same reader: a post + a two-character name
    text = "师长高山下令撤退。"
    assert at(text, "高山", "PERSON") in got(text)


def test_among_the_commanders_is_no_name():
    text = "他在日军司令官中少有这样的人，这在当时的司令官中少有。"
    assert not any(lab == "PERSON" for _, _, lab in got(text))


def test_japanese_name_after_a_post_still_read():
    # the neighbouring good readings: a Japanese family name opening with 中 after a post
    text = "师团长中村下令进攻。司令官中岛说，明天进攻。"
    g = got(text)
    assert at(text, "中村", "PERSON") in g and at(text, "中岛", "PERSON") in g


# --- 4. bare surnames referring to names found by the late readers

def test_bare_surname_after_a_likeness_name():
    # 周德芳 is read by the likeness reader (late); 周 before a verb then stands for him
    text = "那天周德芳来到村里。周拒绝了他们的要求。"
    g = got(text)
    assert at(text, "周德芳", "PERSON") in g and at(text, "周", "PERSON", 1) in g


def test_bare_surname_after_a_bracket_alias():
    text = "卢秉谦（卢子恒）来访。卢答应了。"
    g = got(text)
    assert at(text, "卢秉谦", "PERSON") in g and at(text, "卢子恒", "PERSON") in g
    assert at(text, "卢", "PERSON", 2) in g


def test_surname_character_in_a_word_is_no_reference():
    # negative: the surname character inside an ordinary word (周围) stays no name
    text = "那天周德芳来到村里。周围的人都散了。"
    g = got(text)
    assert at(text, "周德芳", "PERSON") in g
    assert not any(text[s:e] == "周" for s, e, _ in g)


# --- 3. (not changed: kept) a lexicon name after a verb whose character forms a word with its first one

def test_lexicon_name_after_a_verb_kept():
    text = "他在会上赞许世友的战法，又去拜谢觉哉老人。"
    g = got(text)
    assert at(text, "许世友", "PERSON") in g and at(text, "谢觉哉", "PERSON") in g


def test_landform_surname_tail_of_a_chinese_name_kept_whole():
    # neighbouring good reading: 张小川 is a Chinese name, not 张 + the Japanese family name 小川
    text = "那天张小川说，部队要出发。"
    g = got(text)
    assert at(text, "张小川", "PERSON") in g and at(text, "小川", "PERSON") not in g


def test_known_place_that_speaks_is_a_person():
    # a place the gazetteer lists (a district 福田) followed by 说 at a clause start is the man
    text = "会后，福田说明天再谈。福田说，明天再谈。"
    g = got(text)
    assert at(text, "福田", "PERSON", 1) in g


def test_banner_after_a_verb_of_motion_starts_after_it():
    text = "部队前往乌审右旗驻扎。"
    assert at(text, "乌审右旗", "GPE") in got(text)


def test_alliance_flag_is_no_banner():
    # negative: 盟军|军旗 after a 盟 is an army's flag
    text = "盟军军旗插上了山顶。"
    assert not any(lab == "GPE" for _, _, lab in got(text))
