"""Complete general lists of people (pipeline/lexicons/persons_*.tsv, pipeline/rules/person_lists.py):
names of every list found bare, with their canonical name; two-character names that collide with a
word or a place turned away (a longer dictionary word or place holding them, a place head after them,
a surname or transliteration character before them).

Every sentence is written for this file; tests assert exact spans, labels and canonical names.
"""

from __future__ import annotations

from pipeline import extract_text
from pipeline.rules import person_lists
from sentences import at


def persons(text: str) -> list[tuple[int, int, str, str | None]]:
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"], (e.get("norm") or {}).get("canonical"))
            for e in record["entities"] if e["label"] == "PERSON"]


def with_canonical(text: str, name: str, canonical: str, nth: int = 0):
    return (*at(text, name, "PERSON", nth), canonical)


def test_pla_two_character_names_bare():
    text = "一九四八年冬，粟裕指挥部队南下，陈毅留守后方，谭政主持政治工作。"
    assert persons(text) == [with_canonical(text, "粟裕", "粟裕"), with_canonical(text, "陈毅", "陈毅"),
                             with_canonical(text, "谭政", "谭政")]


def test_alias_gives_the_canonical_name():
    text = "会后，肖劲光赶回前线。"
    assert persons(text) == [with_canonical(text, "肖劲光", "萧劲光")]


def test_nra_and_warlord_names():
    text = "其时周碞守城，孙岳则退往保定。"
    assert persons(text) == [with_canonical(text, "周碞", "周碞"), with_canonical(text, "孙岳", "孙岳")]


def test_qing_taiping_and_japanese_names():
    text = "战后僧格林沁回京复命；多年后，香月清司继任，洪仁玕早已就义。"
    assert persons(text) == [with_canonical(text, "僧格林沁", "僧格林沁"), with_canonical(text, "香月清司", "香月清司"),
                             with_canonical(text, "洪仁玕", "洪仁玕")]


def test_korean_war_and_allied_names():
    text = "谈判期间，南日与李奇微的代表多次会面，普尔卡耶夫早已回国。"
    assert persons(text) == [with_canonical(text, "南日", "南日"), with_canonical(text, "李奇微", "李奇微"),
                             with_canonical(text, "普尔卡耶夫", "普尔卡耶夫")]


def test_traditional_page_through_the_working_text():
    text = "會後，蕭華與陳賡同車返回。"
    assert persons(text) == [with_canonical(text, "蕭華", "萧华"), with_canonical(text, "陳賡", "陈赓")]


def test_english_forms():
    record = extract_text("Later Su Yu and Wang Jinshan met Matthew Ridgway's envoys.", "t", rules_only=True)
    assert [(e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] == "PERSON"] == [
        (6, 11, "PERSON"), (16, 28, "PERSON"), (33, 48, "PERSON")]


def test_colliding_two_character_forms_are_left_out():
    # 寿山 (a place and a stone), 黄道 (the ecliptic), 端方 (upright): ordinary words, never bare
    assert "寿山" not in person_lists.chinese_forms() and "黄道" not in person_lists.chinese_forms()
    assert "粟裕" in person_lists.chinese_forms()
    text = "案上摆着寿山石，书中讲黄道十二宫，其人品行端方。"
    assert persons(text) == []


def test_name_inside_a_longer_word_or_place_is_turned_away():
    text = "城中一片欣欣向荣，舰队驶向夏威夷，守军退到南日岛。"
    assert persons(text) == []


def test_name_after_a_surname_or_transliteration_is_someone_else():
    text = "厂长焦裕禄来了，施泰勒教授也到了。"
    assert all(text[s:e] not in ("裕禄", "泰勒") for s, e, _, _ in persons(text))


def test_transliterated_name_inside_a_longer_foreign_name():
    text = "评论员克鲁格曼写道，吉姆·格林也来了。"
    assert all(text[s:e] != "克鲁格" for s, e, _, _ in persons(text))
    text = "次年马克·克拉克接任。"
    assert persons(text) == [with_canonical(text, "马克·克拉克", "马克·克拉克")]


def test_every_list_states_its_criterion_and_provenance():
    from pipeline.lexicons import lexicon_path

    assert len(person_lists.list_files()) >= 8
    for name in person_lists.list_files():
        head = [line for line in lexicon_path(name).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        text = " ".join(head)
        assert head[0].startswith("# PERSON list: ")
        assert "Provenance:" in text and "complete list of" in text
        if "general historical knowledge" not in text:       # a transcribed list names its sources
            assert "http" in text


def test_county_generals_list_names_bare():
    text = "战后程儒珍调任军分区司令员，戚先初留守。"
    assert persons(text) == [with_canonical(text, "程儒珍", "程儒珍"), with_canonical(text, "戚先初", "戚先初")]


def test_seventh_central_committee_and_pen_name_alias():
    text = "此后滕代远赴前方，秦邦宪留在后方。"
    assert persons(text) == [with_canonical(text, "滕代远", "滕代远"), with_canonical(text, "秦邦宪", "博古")]


def test_town_short_name_after_its_county_is_not_the_person():
    text = "部队进至麻城汤池，稍事休整。"
    assert persons(text) == []
    text = "次日汤池率部转战。"
    assert persons(text) == [with_canonical(text, "汤池", "汤池")]


def test_kinship_term_after_a_kinship_prefix_is_no_name():
    # 曾/高 are surnames, but 曾祖母, 高祖母 are relatives (jieba's dictionary tags them nr)
    text = "他自幼由曾祖母抚养成人，高祖母早逝。"
    assert persons(text) == []


def test_one_character_japanese_family_name_does_not_start_an_ordinary_word():
    # after a title and a name, 关 (a Japanese family name) + 系 is the word 关系, not a name
    text = "他与总司令朱德，关系一向融洽。"
    assert persons(text) == [with_canonical(text, "朱德", "朱德")]
    text = "次日中将关龟治率部赶到。"
    assert [(s, e, label) for s, e, label, _ in persons(text)] == [at(text, "关龟治", "PERSON")]


def test_titled_two_character_name_ending_in_a_verb_character():
    # 进 and 发 stop names elsewhere (进攻, 发动) but end given names: after a title, closed by punctuation or 等
    text = "次日副团长吴进，随后参谋刘发等人赶到。"
    assert [(s, e, label) for s, e, label, _ in persons(text)] == [at(text, "吴进", "PERSON"), at(text, "刘发", "PERSON")]
    text = "团长王进攻山头，军长东进。"
    assert persons(text) == []


def test_commander_glued_to_his_numbered_force():
    from pipeline.rules.person_force_heads import find_force_heads

    text = "该集团军所辖邝志成第九军、龚立德第二十师，另以邝志成部为预备队。"
    found = sorted((c.start, c.end, c.label) for c in find_force_heads(text))
    assert found == sorted([at(text, "邝志成", "PERSON"), at(text, "龚立德", "PERSON"), at(text, "邝志成", "PERSON", 1)])
    for text in ("国民革命军第十九路军驻沪。", "胡宗南部第一军北上。", "东北抗日联军第一军成立。", "整编第七十四师被歼。"):
        assert find_force_heads(text) == []


def test_adverb_zeng_before_a_verb_is_no_bare_surname():
    # 曾 is a surname (曾万钟) but before a verb mostly the adverb "once"; with a title it is the person
    text = "曾万钟率部到达。该军原为滇军，曾参加过北伐。"
    assert persons(text) == [with_canonical(text, "曾万钟", "曾万钟")]
    text = "曾万钟率部到达，曾司令亲自督战。"
    assert [(s, e) for s, e, _, _ in persons(text)] == [at(text, "曾万钟", "PERSON")[:2], (text.index("曾司令"), text.index("曾司令") + 1)]


def test_heroes_list_names_and_alias():
    text = "会上，任常伦与萧楚女的事迹被一再提起。"
    assert persons(text) == [with_canonical(text, "任常伦", "任常伦"), with_canonical(text, "萧楚女", "肖楚女")]


def test_rank_as_a_noun_after_a_post_is_no_name_before_a_rank():
    # 上将军衔 is the rank itself: the characters between the post and it are no name
    text = "他直到复职担任政委才补授上将军衔。"
    assert persons(text) == []
    text = "守将森川源吉少将率部死守。"
    assert [(s, e, label) for s, e, label, _ in persons(text)] == [at(text, "森川源吉", "PERSON")]


def test_function_word_surname_before_an_ordinary_word():
    # 曾 (once) and 向 (towards) are surnames too; before an ordinary word (采访, 多次, 地理) they are not
    for text in ("次日记者曾采访过几位老兵。", "部长曾多次表示反对。", "他请主席向地理上遥远的朋友致意。"):
        assert persons(text) == []
    text = "军长曾泽生率部起义。"
    assert persons(text) == [with_canonical(text, "曾泽生", "曾泽生")]


def test_dictionary_name_that_heads_a_longer_transliteration_or_ends_in_ban():
    # jieba tags 哈萨克, 阿姆斯 nr: before more transliteration (斯坦, 特朗) they head a longer word or name
    text = "代表团随后访问了哈萨克斯坦，并参观了阿姆斯特朗纪念馆。"
    assert persons(text) == []
    text = "一阵雷鸣般的掌声响起。"
    assert persons(text) == []


def test_dictionary_words_ending_in_a_noun_head_are_no_names():
    # jieba tags 陈列馆, 卫冕者 nr; 馆, 者 end no given name in the public name tables
    text = "他以卫冕者身份参观了陈列馆。"
    assert persons(text) == []


def test_two_character_name_that_is_a_verb_or_heads_a_word():
    for text in ("连长查哨发现他时，他已不在。", "党支部书记李光田把支部建好。"):
        assert all(text[s:e] not in ("查哨", "党支") for s, e, _, _ in persons(text))


def test_adverb_before_a_speech_verb_is_no_name():
    text = "看完演出，高兴地说，这个办法好。"
    assert persons(text) == []


def test_listed_name_before_the_adverb_cai_is_that_person():
    # 才 "only then" after a listed two-character name, before the verb or preposition it modifies (session 15)
    text = "直到六月下旬，薛岳才与各部取得联系，陈诚才赶到前线。"
    assert persons(text) == [with_canonical(text, "薛岳", "薛岳"), with_canonical(text, "陈诚", "陈诚")]
    # a name no list holds keeps 才 as its last character
    text = "副官王德才与参谋李有才奉命前往。"
    assert [p[:3] for p in persons(text)] == [at(text, "王德才", "PERSON"), at(text, "李有才", "PERSON")]
