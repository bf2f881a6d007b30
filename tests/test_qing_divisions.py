"""Qing prefectures and counties of 1911 (lexicons/qing_divisions_cn.tsv) and divisions renamed or abolished
1912–80 (lexicons/divisions_renamed_cn.tsv) read like today's names, with the division that continues them."""

from pipeline import extract_text
from pipeline.lexicons import read_rows


def _gpe(text: str) -> list[tuple[int, int, str, dict]]:
    return [(e["start"], e["end"], text[e["start"]:e["end"]], e.get("norm") or {})
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "GPE"]


def test_qing_prefecture_full_name_is_one_span():
    # 府 is not absorbed as a suffix: without the list the span stopped at 凤阳
    text = "捻军自亳州东进，围攻凤阳府城外诸营。"
    spans = _gpe(text)
    # before 城外 the walled town keeps 城 (guideline 6; session 20) and the prefecture's id
    assert (10, 14, "凤阳府城") in [(s, e, name) for s, e, name, _ in spans]
    norm = next(n for s, e, name, n in spans if name == "凤阳府城")
    assert norm["id"] == "cn:341126" and "modern" not in norm


def test_qing_department_with_successor():
    text = "回军由邠州、鄜州一线北窜。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(3, 5, "邠州"), (6, 8, "鄜州")]
    assert spans[0][3]["modern"] == "彬县"
    assert spans[1][3]["modern"] == "富县"


def test_qing_county_stem_and_sub_prefecture():
    text = "太平军西进，先陷石埭，再围铜鼓厅。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(8, 10, "石埭"), (13, 16, "铜鼓厅")]
    assert spans[0][3]["modern"] == "石台"
    assert spans[1][3]["id"] == "cn:360926"


def test_rare_character_county_renamed_1964():
    text = "一九三五年红军北上，经盩厔县进入秦岭，另一部到达鄜县。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(11, 14, "盩厔县"), (24, 26, "鄜县")]
    assert spans[0][3]["modern"] == "周至"
    assert spans[1][3]["modern"] == "富县"


def test_manchukuo_province():
    text = "抗联第三路军转战于伪三江省、北安省各地。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(10, 13, "三江省"), (14, 17, "北安省")]
    assert spans[0][3]["modern"] == "黑龙江"


def test_special_municipality_and_japanese_taiwan_prefecture_are_one_span():
    text = "日军占领后成立上海特别市，他则调往台南州任职。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(7, 12, "上海特别市"), (17, 20, "台南州")]
    assert spans[0][3]["id"] == "cn:310000"
    assert spans[1][3]["modern"] == "台南、嘉义、云林"


def test_rejected_stems_are_not_places():
    # 东流 (东流县 → 东至) is the word "flows east"; 长山 (长山县) is a hill; 永明 (永明县) a given name
    assert _gpe("江水至此折向东流，") == []
    assert "长山" not in [name for _, _, name, _ in _gpe("江边的黄山、君山、长山等，居高临下。")]
    assert "永明" not in [name for _, _, name, _ in _gpe("连长李永明率部固守。")]
    # 元和 (元和县 → 苏州) is read across 元|和 in the public corpora: left out of the list
    assert _gpe("每人奖励3000元和一面锦旗。") == []


def test_no_stem_of_one_character_and_no_clash_with_todays_names():
    rows = read_rows("qing_divisions_cn.tsv") + read_rows("divisions_renamed_cn.tsv")
    assert rows
    assert all(len(row[0]) >= 2 for row in rows)
    from pipeline.lexicons import read_rows as rr
    today = {row[0] for row in rr("gazetteer_cn.tsv")}
    assert not [row[0] for row in rows if row[0] in today]


def test_league_suffix_written_with_a_prefecture_name():
    text = "骑兵第五师进入乌兰察布盟，后转往伊克昭盟。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(7, 12, "乌兰察布盟"), (16, 20, "伊克昭盟")]
    assert spans[0][3]["id"] == "cn:150900"
