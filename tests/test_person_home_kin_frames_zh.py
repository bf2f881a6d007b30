"""person_home_kin_frames_zh (session 25, s25zhper): names vouched for by a home, a kinsman, a command, a fate, an
age, or 个叫X的 + a person noun. Sentences written for the test (made-up names); exact spans and what stays untagged."""

from pipeline.rules.person_home_kin_frames_zh import find_home_kin_names
from tests.sentences import located


def _spans(text, label="PERSON"):
    return located(text, label)


def _found(text):
    return [(c.start, c.end, text[c.start:c.end]) for c in find_home_kin_names(text)]


def test_home_frame_wins_over_a_county_inside():
    # 安仁 is a county; the house says the three characters are a villager
    assert (8, 11, "孔安仁") in _spans("敌人把群众押到了孔安仁家中,放火烧了房子。")
    assert (0, 3, "郗桂英") in _spans("郗桂英家里有三十亩地。")


def test_kin_and_remains_frames():
    assert (4, 7, "邝才兴") in _spans("村里人说邝才兴的二女儿被抓走了。")
    assert (4, 7, "葛福林") in _spans("乡亲们在葛福林的遗体前痛哭。")


def test_command_and_fate_frames():
    assert (6, 9, "柴玉元") in _spans("那年秋天,由柴玉元领导的自卫队打进了镇子。")
    assert (6, 9, "秦德顺") in _spans("第二天清晨,秦德顺被捕,关进了炮楼。")
    assert (4, 7, "钮宝庆") in _spans("十三岁的钮宝庆亲眼看见了这一切。")


def test_called_frame_and_its_later_mentions():
    text = "有一个叫黑石和尚的人来到村里。黑石和尚所教的拳法很快传开了。"
    assert _found(text) == [(4, 8, "黑石和尚"), (15, 19, "黑石和尚")]
    assert (4, 6, "矢部") in _spans("有一个叫矢部的日本宪兵军曹。")


def test_words_and_places_stay_untagged():
    # an adverb before a fate verb, a generic noun before a kin noun, a place called so
    assert _found("他在冲锋时踩响地雷壮烈牺牲。") == []
    assert _found("他是人民的儿子,也是祖国的女儿们的兄长。") == []
    assert _found("我们来到一个叫东坡的村子。") == []
    assert _found("那位叫不出名字的青年走了。") == []
    assert _found("他家中有老母亲,家里还有三亩地。") == []


def test_sex_age_brackets_families_and_clause_introductions():
    text = "遇难者有邬德林（男，45岁）、蔺凤英(女)等。"
    assert (4, 7, "邬德林") in _spans(text) and (15, 18, "蔺凤英") in _spans(text)
    assert (2, 5, "郑树元") in _spans("他是郑树元之子。")
    assert (0, 3, "邬德林") in _spans("邬德林父子二人被杀。")
    assert (4, 7, "尹秀霞") in _spans("姑娘她叫尹秀霞,是我的同学。")


def test_called_temples_and_plain_verbs_stay_untagged():
    assert _found("村后那座道观名叫白云观。") == []
    assert _found("他叫大家,快走。") == []


def test_martyr_adverbs_and_given_names_opening_with_chang_or_lian():
    assert (9, 12, "葛长庆") in _spans("那年冬天,地下党员葛长庆不幸被捕。")
    assert (3, 6, "姚连生") in _spans("十岁的姚连生眼睁睁地看着。")
    # a company commander is no name: the post stays outside (only the surname may be read elsewhere)
    assert all(text != "王连长" for _, _, text in _spans("王连长牺牲了。"))


def test_one_called_so_closed_by_a_comma():
    assert _found("村里有个叫石大根的,被戳了几刀。") == [(5, 8, "石大根")]
    assert _found("山下有个叫柳树沟的,住着十几户人家。") == []


def test_places_introduced_with_ming_jiao():
    assert _found("翻过山梁有个镇子名叫黑窝。") == []
    assert _found("山后有座寺名叫白云。") == []
    assert _found("那个男孩名叫宝柱,今年九岁。") == [(6, 8, "宝柱")]
