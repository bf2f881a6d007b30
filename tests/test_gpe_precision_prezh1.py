"""Session 17 round 2 (prezh1) GPE precision classes: a one-character verb, 离/距 or 得 before 城/镇 is no town
(屠城, 离城, 占得|镇海); bandits after a county are no village (备盗, 群捻); 淮北 and 淮南 are regions (LOC)
except as the post-1949 cities. Sentences written for these tests; each class keeps its good readings."""

import pytest

from pipeline import extract_text


def _spans(text, label):
    return [e["text"] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == label]


@pytest.mark.parametrize("text, bad", [
    ("乱兵攻破济阳、屠城三日,百姓死者无数。", "屠城"),
    ("守军退至离城五里的小山上。", "离城"),
    ("湘军分兵焚城而去。", "焚城"),
])
def test_verb_before_town_is_no_town(text, bad):
    assert bad not in _spans(text, "GPE")


def test_particle_de_leaves_the_next_name():
    gpe = _spans("英军占得镇海后,又扑宁波。", "GPE")
    assert "得镇" not in gpe and "镇海" in gpe and "宁波" in gpe


@pytest.mark.parametrize("text, town", [
    ("日军攻占了石城,守军退往山中。", "石城"),      # a one-character name before 城 stays a town
    ("敌军退守夏镇,我军追至城下。", "夏镇"),
])
def test_one_character_towns_kept(text, town):
    assert town in _spans(text, "GPE")


@pytest.mark.parametrize("text, bad", [
    ("咸丰三年,命总兵屯宿迁防匪,又驻邳州剿贼。", ("防匪", "剿贼")),
    ("提督驻徐州镇群捻,兵不满千。", ("群捻",)),
])
def test_bandits_after_a_county_are_no_village(text, bad):
    gpe = _spans(text, "GPE")
    assert not any(b in gpe for b in bad)


def test_village_after_a_county_kept():
    assert "王堡" in _spans("日军从泗阳王堡一带出发。", "GPE")


@pytest.mark.parametrize("text, region", [
    ("1946年秋,我军主力撤出淮北,北上山东。", "淮北"),
    ("新四军第二师坚持淮南敌后斗争。", "淮南"),
])
def test_huai_regions_are_loc(text, region):
    assert region in _spans(text, "LOC") and region not in _spans(text, "GPE")


@pytest.mark.parametrize("text, city", [
    ("1971年,濉溪市改名为淮北市。", "淮北市"),
    ("他后来调任安徽省淮南市副市长。", "淮南市"),
])
def test_huai_cities_stay_gpe(text, city):
    assert city in _spans(text, "GPE")


@pytest.mark.parametrize("text, prefecture, not_alone", [
    ("1952年,铜梁县划归四川省江津专区管辖。", "江津专区", "江津"),
    ("1950年春,温江专区各县相继成立农会。", "温江专区", "温江"),
    ("1951年,岚县改属兴县专区。", "兴县专区", "专区"),
])
def test_prefecture_with_its_suffix_is_one_gpe(text, prefecture, not_alone):
    gpe = _spans(text, "GPE")
    assert prefecture in gpe and not_alone not in gpe


def test_area_after_a_place_is_no_prefecture():
    assert "江津" in _spans("日机轰炸江津地区。", "GPE")


def test_verb_of_belonging_starts_no_address():
    gpe = _spans("1949年9月,静乐县属忻县专区。", "GPE")
    assert "属忻县专区" not in gpe and "忻县专区" in gpe


def test_village_address_after_county_kept():
    assert "杨家庄" in _spans("他出生于平山县杨家庄。", "GPE")


def test_word_introducing_a_former_name_is_outside():
    gpe = _spans("镇人民政府驻白城。旧名白墩、白村,明代筑城。", "GPE")
    assert "旧名白墩" not in gpe and "白墩" in gpe


def test_qing_direct_prefecture_is_one_gpe_and_no_province():
    gpe = _spans("光绪年间,升赤峰为直隶州;宁阳县旧属兖州府,后改属泰安直隶州。", "GPE")
    assert "泰安直隶州" in gpe and "直隶" not in gpe and "兖州府" in gpe


def test_province_zhili_kept():
    assert "直隶" in _spans("淮军调防直隶,驻扎天津。", "GPE")


@pytest.mark.parametrize("text, bad", [
    ("滕县本旧兖州府附郭首县,后裁府留县。", "附郭首县"),
    ("即今山西保德县北旧县村。民国时,即今河南西平县西旧县。", "西旧县"),
])
def test_county_rank_and_bearing_are_no_name(text, bad):
    assert bad not in _spans(text, "GPE")


def test_guard_post_keeps_wei():
    gpe = _spans("明初于此设有镇番卫,清初改为镇番县;又置大同卫。", "GPE")
    assert "大同卫" in gpe and "大同" not in gpe


@pytest.mark.parametrize("text, org_or_none", [
    ("长沙卫戍司令部下令戒严。", "长沙卫"),
    ("他调任湖南卫生厅厅长。", "湖南卫"),
])
def test_wei_words_are_no_guard_post(text, org_or_none):
    assert org_or_none not in _spans(text, "GPE")


@pytest.mark.parametrize("text", ["日军把百姓集中在瓮城内用机枪射杀。", "守军退入瓮城死守。"])
def test_barbican_is_no_town(text):
    assert "瓮城" not in _spans(text, "GPE")
