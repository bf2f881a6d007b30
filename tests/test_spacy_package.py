"""The shipped rule pipelines load with plain spaCy, in a fresh interpreter.

`spacy.load("models/rules-zh")` must work without importing `pipeline` first
(the package registers its factories and tokenizer through entry points), give
`doc.ents` with `ent._.norm`, survive `to_disk()` / `spacy.load()`, and work
with `nlp.pipe(texts, n_process=2)`.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from pipeline.extract import Options, extract_text

REPO = Path(__file__).resolve().parent.parent
TEXTS = ["1944年4月17日，日军第37师团约2万人进攻郑县。", "5月3日，第九战区司令长官薛岳指挥第4军守长沙。"]

FRESH = r"""
import json, sys, tempfile
import spacy
assert "pipeline" not in sys.modules
nlp = spacy.load(sys.argv[1])
texts = json.loads(sys.argv[2])
def ents(doc):
    return [[e.start_char, e.end_char, e.label_, e._.norm] for e in doc.ents]
out = {"direct": [ents(nlp(t)) for t in texts]}
with tempfile.TemporaryDirectory() as tmp:
    nlp.to_disk(tmp)
    again = spacy.load(tmp)
    out["round_trip"] = [ents(again(t)) for t in texts]
out["n_process"] = [ents(d) for d in nlp.pipe(texts, n_process=2)]
out["pipeline"] = nlp.pipe_names
print(json.dumps(out, ensure_ascii=False))
"""


def _fresh(path, texts):
    run = subprocess.run([sys.executable, "-c", FRESH, str(path), json.dumps(texts, ensure_ascii=False)],
                         capture_output=True, text=True, cwd=REPO, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def _expected(texts):
    return [[[e["start"], e["end"], e["label"], e["norm"]] for e in
             extract_text(t, "x", options=Options())["entities"]] for t in texts]


def test_rules_zh_loads_with_plain_spacy_in_a_fresh_interpreter():
    out = _fresh(REPO / "models" / "rules-zh", TEXTS)
    expected = _expected(TEXTS)
    assert out["direct"] == expected
    assert out["round_trip"] == expected
    assert out["n_process"] == expected
    assert out["pipeline"][-2:] == ["zhanji_reconcile", "zhanji_normalize"]
    first = {tuple(e[:3]): e[3] for e in out["direct"][0]}
    assert first[(13, 18, "MIL_UNIT")]["id"] == "JP/division/37"
    assert first[(24, 26, "GPE")]["modern"] == "郑州"
    assert first[(0, 10, "DATE")] == {"value": "1944-04-17"}


def test_rules_en_loads_with_plain_spacy():
    texts = ["On 19 April 1944 the Japanese 37th Division attacked Hengyang."]
    out = _fresh(REPO / "models" / "rules-en", texts)
    assert out["direct"] == _expected(texts)
    assert [e[2] for e in out["direct"][0]] == ["DATE", "MIL_UNIT", "GPE"]


@pytest.mark.parametrize("name", ["rules-zh", "rules-en"])
def test_shipped_pipeline_matches_its_source_config(name):
    shipped = spacy.util.load_config(REPO / "models" / name / "config.cfg")
    source = spacy.util.load_config(REPO / "pipeline" / "pipelines" / f"{name}.cfg")
    assert shipped["nlp"]["pipeline"] == source["nlp"]["pipeline"]
    for comp in source["nlp"]["pipeline"]:
        for key, value in source["components"][comp].items():
            assert shipped["components"][comp][key] == value, (comp, key)
    meta = json.loads((REPO / "models" / name / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == source["nlp"]["lang"] and meta["pipeline"] == source["nlp"]["pipeline"]


def test_components_declare_what_they_assign():
    import pipeline.tag  # noqa: F401
    from spacy.language import Language

    assert Language.get_factory_meta("zhanji_units").assigns == ["doc._.zhanji_candidates"]
    assert Language.get_factory_meta("zhanji_reconcile").assigns == ["doc.ents", "doc._.zhanji_entities"]
    assert Language.get_factory_meta("zhanji_normalize").assigns == ["span._.norm"]
