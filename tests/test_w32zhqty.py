"""Session 32, w32zhqty: a bare 一 + classifier right after 的 is the indefinite article (no QUANTITY); counts of one
elsewhere, durations and formations after 的 stay counts. Sentences written for this test."""

from pipeline import extract_text


def _quantities(text):
    return [(text[e["start"]:e["end"]], e["norm"].get("value"), e["norm"].get("unit"))
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "QUANTITY"]


def test_article_after_de_is_no_count():
    assert _quantities("甲镇是乙河北岸的一座古老城镇。") == []
    assert _quantities("渡口处河面上的一座浮桥是唯一通路。") == []
    assert _quantities("他是本部最先阵亡的一人。") == []
    assert _quantities("丙村是这些渡口中交通最方便的一个。") == []


def test_one_after_noun_after_de_is_no_count():
    # formation_counts_zh reads 一门, at a clause end as a count; after 的 it is the article
    assert _quantities("他又试放东炮台的一门,炮身炸裂。") == []


def test_counts_of_one_stay():
    assert _quantities("击落敌机一架。") == [("一架", 1, "架")]
    assert _quantities("村里有一座碉堡。") == [("一座", 1, "座")]
    assert _quantities("全镇唯一一座木桥被炸毁。") == [("一座", 1, "座")]


def test_durations_formations_and_magnitudes_after_de_stay():
    assert _quantities("在过去的一年里,丁团整训。") == [("一年", 1, "年")]
    assert _quantities("附近的一个师赶来增援。") == [("一个师", 1, "个师")]
    assert _quantities("仓库里的一万发子弹被运走。") == [("一万发", 10000, "发")]
    assert _quantities("运来的三座营房已经建好。") == [("三座", 3, "座")]
    assert _quantities("随后开来的一辆卡车停在桥头。") == [("一辆", 1, "辆")]


def test_one_after_a_word_of_only_counts():
    # formation_counts_zh: after 只有/仅有/只剩(下), any classifier of things, persons or households (session 32)
    assert _quantities("他身上只有一颗手榴弹。") == [("一颗", 1, "颗")]
    assert _quantities("甲村仅有一户人家幸免。") == [("一户", 1, "户")]
    assert _quantities("古庙只剩下一口石井。") == [("一口", 1, "口")]
    assert _quantities("乙县城只有一所高小。") == [("一所", 1, "所")]


def test_only_one_near_misses():
    assert _quantities("这是唯一一件发生在外省的案子。") == []     # 唯一: "the only", no count
    assert _quantities("我们只有一次机会。") == []                   # 一次: the article
