"""person_roster_forms_zh (session 26, s26zhper): age-listed names, married women by 氏, family rosters and
courtesy names, genealogy ancestors by XY公, clergy before their title; 父亲|王某. Sentences written for the test
(made-up names); exact spans and what stays untagged."""

from pipeline.rules.person_roster_forms_zh import find_roster_form_names
from tests.sentences import located


def _spans(text, label="PERSON"):
    return located(text, label)


def _at(text, name, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), name)


def _found(text):
    return sorted((c.start, c.end, text[c.start:c.end]) for c in find_roster_form_names(text))


def test_age_listed_names_with_landform_ends_and_counties_inside():
    text = "45岁的何长山、60多岁的何宝岭、19岁的安庆福和十八岁的孔令才等人先后遇难。"
    spans = _spans(text)
    for name in ("何长山", "何宝岭", "安庆福", "孔令才"):     # a landform end, a county (安庆) inside
        assert _at(text, name) in spans
    assert not any(t == "安庆" for _, _, t in _spans(text, "GPE"))


def test_age_names_other_mentions():
    text = "19岁的林秀峰、20岁的林秀川被抓走。林秀峰等人怒斥敌兵。"
    assert _at(text, "林秀峰", 1) in _found(text)


def test_age_frame_negatives():
    # no name after the age, a name not closed by a mark, an ordinary word
    assert _found("三岁的孩子、两岁的王家孩子都被带走。") == []
    assert _found("18岁的王老师在讲课。") == []
    assert _found("十八岁的王老师、") == []


def test_married_women():
    text = "年逾八旬的老妇陈氏被刺死，其妻赵钱氏投井自尽。一天，孙梁氏不慌不忙地出门。"
    found = _found(text)
    for name in ("陈氏", "赵钱氏", "孙梁氏"):
        assert _at(text, name) in found


def test_clans_halls_counties_are_no_women():
    assert _found("李氏家族世居此地，张氏宗祠毁于兵火。“周氏一门三烈士”。") == []
    assert _found("许昌、尉氏、鄢陵等县失守。") == []
    assert _found("司马氏篡魏，宇文氏建周。") == []


def test_family_roster_given_names_and_their_mentions():
    text = "祖父孙德本、父孙贵、长兄志远、二哥志清、小妹秋菊及么妹春兰共六人。后来长兄志远大哥参了军。"
    found = _found(text)
    for span in [_at(text, "志远"), _at(text, "志清"), _at(text, "秋菊"), _at(text, "春兰"), _at(text, "志远", 1)]:
        assert span in found


def test_roster_negatives():
    # one kin item alone, ordinary words after kin nouns
    assert _found("他的长兄志远在外地。") == []
    assert _found("他的长子出生、次子夭折。") == []


def test_courtesy_and_art_name_joined_by_a_list_mark():
    assert _found("三弟字子厚、别号石、生于光绪年间。") == [(3, 5, "子厚"), (8, 9, "石")]


def test_clergy_before_their_title():
    text = "韦廉臣牧师与慕维廉牧师同行，韦牧师先到，该教士随后。李德全教士遇害，即李教士也。"
    found = _found(text)
    assert _at(text, "韦廉臣") in found and _at(text, "慕维廉") in found and (14, 15, "韦") in found
    assert _at(text, "李德全") in found and (35, 36, "李") in found
    assert not any(t == "该" for _, _, t in found)
    # a missionary's title after 宣/传 is 宣教士/传教士, no name before it
    assert _found("内地会宣教士二人到达。") == []


def test_genealogy_ancestors_without_gong():
    text = "第十二世德昌公生辰未详。开基祖永福公自漳州渡台。景福公、景顺公等抄本传世。"
    found = _found(text)
    for name in ("德昌", "永福", "景福", "景顺"):
        assert _at(text, name) in found
    assert _at(text, "德昌") in _spans(text)
    # Traditional text is read through its Simplified working copy
    trad = "開基祖永福公自漳州渡臺。景福公、景順公等抄本傳世。"
    assert _at(trad, "永福") in _spans(trad) and _at(trad, "景順") in _spans(trad)


def test_gong_words_are_no_ancestors():
    assert _found("第三世大华公司、湘黔公路、城关乡公所、人民公社、十二公里、三十公斤。") == []
    assert _found("他叫他的外公、老公。") == []


def test_ancestress_honorific_frames_a_woman():
    text = "第九世陈氏妈生辰有午时二字，配刘氏孺人。"
    found = _found(text)
    assert _at(text, "陈氏") in found and _at(text, "刘氏") in found
    trad = "第九世陳氏媽生辰有午時二字。"
    assert _at(trad, "陳氏") in _spans(trad)


def test_kinship_word_before_the_surname_wang_is_no_prince():
    # 父亲|王某, 母亲|王氏: the 亲王 across the two words is no title before a name
    text = "他的父亲王德茂是个铁匠，母亲王氏当场被打死。"
    assert _at(text, "王德茂") in _spans(text)
    assert _at(text, "王氏") in _spans(text)
    assert not any(t in ("德茂", "氏当场") for _, _, t in _spans(text))


def test_age_before_a_noun_and_a_verb_of_speech():
    assert _found("90岁的华侨说，战争很残酷。") == []
    assert _found("80岁的华侨、") == []
