"""Linking one entity across Simplified, Traditional and English mentions (pipeline.link)."""

import json

from click.testing import CliRunner

from pipeline.link import assign_ids, chinese_name_keys, link_entities, place_id, romanised_keys
from pipeline.link_cli import entities
from pipeline.rules.english import find_english


def record(doc_id, text, spans, script="zh-Hans"):
    """A corpus record with entities at the first occurrence of each (surface, label)."""
    ents, cursor = [], {}
    for surface, label in spans:
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + 1
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface, "norm": {}})
    return {"id": doc_id, "text": text, "entities": ents, "meta": {"script": script}}


def english_record(doc_id, text):
    ents = [{"start": c.start, "end": c.end, "label": c.label, "text": text[c.start:c.end], "norm": dict(c.norm)}
            for c in find_english(text)]
    return {"id": doc_id, "text": text, "entities": ents, "meta": {"script": "non-Chinese", "lang": "en"}}


HANS = record("hans", "日军第11军攻占衡阳，国军第十军军长方先觉投降。薛岳退守。",
              [("第11军", "MIL_UNIT"), ("衡阳", "GPE"), ("第十军", "MIL_UNIT"), ("方先觉", "PERSON"), ("薛岳", "PERSON")])
HANT = record("hant", "日軍第11軍攻佔衡陽，國軍第10軍軍長方先覺投降。薛嶽退守。",
              [("第11軍", "MIL_UNIT"), ("衡陽", "GPE"), ("第10軍", "MIL_UNIT"), ("方先覺", "PERSON"), ("薛嶽", "PERSON")],
              script="zh-Hant")
ENGLISH = english_record("en", "The Japanese 11th Army took Hengyang from the Chinese 10th Army of Fang Hsien-chueh. "
                               "Hsueh Yueh withdrew; the 10th Army was gone.")


def ids_by_text(records):
    return {e["text"]: e["norm"]["id"] for r in assign_ids(records) for e in r["entities"] if "id" in e["norm"]}


def test_place_same_id_in_three_forms():
    ids = ids_by_text([HANS, HANT, ENGLISH])
    assert ids["衡阳"] == ids["衡陽"] == ids["Hengyang"] == "cn:430400"


def test_units_same_id_in_three_forms():
    ids = ids_by_text([HANS, HANT, ENGLISH])
    assert ids["第11军"] == ids["第11軍"] == ids["11th Army"] == "JP/army/11"
    assert ids["第十军"] == ids["第10軍"] == ids["10th Army"] == "ROC/army/10"


def test_persons_through_lexicon_and_wade_giles():
    ids = ids_by_text([HANS, HANT, ENGLISH])
    assert ids["薛岳"] == ids["薛嶽"] == ids["Hsueh Yueh"] == "person:薛岳"
    assert ids["方先觉"] == ids["方先覺"] == ids["Fang Hsien-chueh"] == "person:方先觉"


def test_person_outside_lexicon_linked_by_romanisation():
    zh = record("zh", "副师长葛先才负伤。", [("葛先才", "PERSON")])
    en = record("en", "Ko Hsien-tsai was wounded.", [("Ko Hsien-tsai", "PERSON")], script="non-Chinese")
    pinyin = record("py", "Ge Xiancai was wounded.", [("Ge Xiancai", "PERSON")], script="non-Chinese")
    ids = ids_by_text([zh, en, pinyin])
    assert ids["葛先才"] == ids["Ko Hsien-tsai"] == ids["Ge Xiancai"] == "person:葛先才"


def test_romanisation_keys():
    assert "xue yue" in romanised_keys("Hsueh Yueh")
    assert "fang xian jue" in romanised_keys("Fang Xianjue")
    assert "fang xian jue" in romanised_keys("Fang Hsien-chueh")
    assert romanised_keys("Isamu Yokoyama") == set()
    assert "xue yue" in chinese_name_keys("薛岳")


def test_unknown_side_is_said_not_guessed():
    rec = english_record("u", "The 68th Division reached the river.")
    (unit,) = [e for e in assign_ids([rec])[0]["entities"] if e["label"] == "MIL_UNIT"]
    assert unit["norm"]["id"] == "?/division/68" and unit["norm"]["side_known"] is False
    (row,) = [r for r in link_entities([rec]) if r["label"] == "MIL_UNIT"]
    assert row["note"] == "side unknown"


def test_side_taken_from_same_document():
    rec = english_record("d", "The Japanese 68th Division attacked. Later the 68th Division rested.")
    units = [e["norm"] for e in assign_ids([rec])[0]["entities"] if e["label"] == "MIL_UNIT"]
    assert [u["id"] for u in units] == ["JP/division/68", "JP/division/68"]
    assert units[1]["side_from"] == "document"


def test_list_counts_each_member():
    rec = english_record("l", "The Japanese 11th Army, then the Japanese 11th and 23rd Armies advanced.")
    rows = {r["id"]: r for r in link_entities([rec]) if r["label"] == "MIL_UNIT"}
    assert rows["JP/army/11"]["mentions"] == 2 and rows["JP/army/23"]["mentions"] == 1


def test_link_rows_have_forms_per_script_and_language():
    rows = {r["id"]: r for r in link_entities([HANS, HANT, ENGLISH])}
    row = rows["cn:430400"]
    assert row["zh-Hans"] == ["衡阳"] and row["zh-Hant"] == ["衡陽"] and row["en"] == ["Hengyang"]
    assert row["mentions"] == 3 and row["documents"] == ["en", "hans", "hant"]
    assert rows["ROC/army/10"]["zh-Hans"] == ["第10军", "第十军"]
    assert rows["ROC/army/10"]["mentions"] == 4


def test_mixed_language_document():
    text = "The Japanese 11th Army (日军第11军) took Changsha (长沙)."
    ents = [{"start": c.start, "end": c.end, "label": c.label, "text": text[c.start:c.end], "norm": dict(c.norm)}
            for c in find_english(text)]
    for surface, label in (("第11军", "MIL_UNIT"), ("长沙", "GPE")):
        start = text.index(surface)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface, "norm": {}})
    rows = {r["id"]: r for r in link_entities([{"id": "mixed", "text": text, "entities": ents}])}
    assert rows["JP/army/11"]["en"] == ["11th Army"] and rows["JP/army/11"]["zh-Hans"] == ["第11军"]
    assert rows["cn:430100"]["en"] == ["Changsha"] and rows["cn:430100"]["mentions"] == 2


def test_romanisation_variants_one_place():
    for forms in (("Guilin", "Kweilin"), ("Liuzhou", "Liuchow"), ("Guangzhou", "Canton"), ("Hankou", "Hankow")):
        ids = set()
        for form in forms:
            (cand,) = find_english(f"near {form}.")
            ids.add(place_id(cand.norm["zh"]))
        assert len(ids) == 1 and None not in ids, forms
    assert place_id("衡阳城") == place_id("衡阳") == "cn:430400"


def test_entities_command_csv_and_json(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (HANS, HANT, ENGLISH)) + "\n",
                      encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(entities, [str(corpus), "-o", str(tmp_path / "e.csv")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,label,zh-Hans,zh-Hant,en,mentions,documents,note"
    assert "cn:430400,GPE,衡阳,衡陽,Hengyang,3,en | hans | hant," in lines
    result = runner.invoke(entities, [str(corpus), "-o", str(tmp_path / "e.json"), "--label", "PERSON"])
    assert result.exit_code == 0
    rows = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert {r["id"] for r in rows} == {"person:薛岳", "person:方先觉"}


def test_entities_command_bad_input(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(entities, [str(bad)])
    assert result.exit_code != 0


def test_chain_links_with_its_innermost_unit_written_alone():
    chain = record("c1", "第二十八集团军暂编第十五军守河防。", [("第二十八集团军暂编第十五军", "MIL_UNIT")])
    alone = record("c2", "暂编第十五军撤退。", [("暂编第十五军", "MIL_UNIT")])
    english = english_record("c3", "The Provisional 15th Army withdrew.")
    ids = ids_by_text([chain, alone, english])
    assert ids["第二十八集团军暂编第十五军"] == ids["暂编第十五军"] == ids["Provisional 15th Army"] == \
        "ROC/provisional_army/15"


def test_list_with_mixed_qualifiers_counts_each_member():
    rec = record("l1", "国军58、72、暂2军北撤。", [("58、72、暂2军", "MIL_UNIT")])
    rows = {r["id"] for r in link_entities([rec]) if r["label"] == "MIL_UNIT"}
    assert rows == {"ROC/army/58", "ROC/army/72", "ROC/provisional_army/2"}


def test_side_of_a_list_member_reaches_a_unit_written_alone():
    rec = record("l2", "日军第11、第23军南下。第23军攻城。", [("第11、第23军", "MIL_UNIT"), ("第23军", "MIL_UNIT")])
    norms = [e["norm"] for e in assign_ids([rec])[0]["entities"]]
    assert [(n["id"], n.get("side_from")) for n in norms] == [("JP/army/11+23", None), ("JP/army/23", "document")]


def test_unknown_side_taken_from_the_corpus_when_only_one_side_has_the_unit():
    from pipeline.extract import Options, extract_text
    from pipeline.link import assign_ids

    zh = extract_text("日军第37师团强渡黄河。", "zh", options=Options())
    en = extract_text("The 37th Division crossed the river. The 5th Division waited.", "en",
                      options=Options())
    linked = {r["id"]: r for r in assign_ids([zh, en])}
    units = {e["text"]: e["norm"] for e in linked["en"]["entities"] if e["label"] == "MIL_UNIT"}
    assert units["37th Division"]["id"] == "JP/division/37"
    assert units["37th Division"]["side_from"] == "corpus"
    assert units["5th Division"]["id"] == "?/division/5"   # nobody says whose: not guessed
