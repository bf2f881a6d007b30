"""title_vouched_names_zh (session 32, w32zhper): a surname + given name vouched for by the title after it.
Made-up sentences; names invented."""

from pipeline.rules.title_vouched_names_zh import find_title_vouched_names


def _found(text):
    return [(text[c.start:c.end], c.label) for c in find_title_vouched_names(text)]


def test_address_after_a_word_name():
    # 方志 is an ordinary word (a gazetteer); 先生 after it vouches for a name
    assert _found("正在外地出差的方志先生立即赶回县城。") == [("方志", "PERSON")]


def test_rank_after_a_stop_character_name():
    assert _found("张又侠上将，曾任某军区司令员。") == [("张又侠", "PERSON")]


def test_rank_after_a_post_last_character():
    assert _found("警卫团团副程远山中校以身殉职。") == [("程远山", "PERSON")]


def test_clergy_title_after_a_body():
    assert _found("院长由长老会王完白牧师担任。") == [("王完白", "PERSON")]


def test_qing_general_address_in_a_list():
    assert _found("当时郭相忠军门、唐炯县令等率部扼守。") == [("郭相忠", "PERSON")]


def test_martyr_and_elder():
    text = "誓为邱志奋烈士报仇，宋德同老人说。"
    assert _found(text) == [("邱志奋", "PERSON"), ("宋德同", "PERSON")]


def test_japanese_soldier_before_a_rank():
    assert _found("我还有一个同事，是长浜升上等兵。") == [("长浜升", "PERSON")]


def test_spans_exact_offsets():
    text = "他的同学王德明先生来了。"
    (cand,) = find_title_vouched_names(text)
    assert (cand.start, cand.end, cand.label) == (4, 7, "PERSON")


def test_frequent_words_before_titles_are_no_names():
    # 陆军 上将, 白发 老人, 革命 烈士, 华人 牧师: frequent words; 晋升 少将, 追赠 上将: promotions
    text = "他晋升陆军上将，白发老人、革命烈士和华人牧师都来了，后晋升少将，旋即追赠上将。"
    assert _found(text) == []


def test_old_and_posts_are_no_given_names():
    # 李老|先生 is 李 + 老先生; 师长|少将, 参谋|上校 are posts; 王姓|老人 a surname only
    assert _found("李老先生说，师长少将与参谋上校，王姓老人。") == []


def test_surname_inside_a_word_before_it():
    # 主张|王德: 张 ends a word with 主, so 张王德 is no three-character name; the two-character one stays
    assert _found("他主张王德先生出任县长。") == [("王德", "PERSON")]
