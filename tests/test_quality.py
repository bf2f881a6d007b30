"""Regression guard: extraction quality on the development and held-out gold sets.

Floors sit a little under the figures measured when they were set (README,
"Development figures"), so a change that loses entities on new text fails here.
"""

from pathlib import Path

import pytest

from pipeline.api import evaluate_corpus

HERE = Path(__file__).resolve().parent
DEV_GOLD = HERE.parent.parent / "shared" / "gold" / "dev.jsonl"

FLOORS = {  # gold file: (micro F1, normalisation accuracy), rules only
    HERE / "heldout" / "heldout.jsonl": (0.96, 0.93),
    HERE / "heldout" / "heldout2.jsonl": (0.96, 0.96),
    HERE / "heldout" / "heldout3.jsonl": (0.92, 0.95),
    # issue 8: second Chinese development set of real pages (README in heldout/real)
    HERE / "heldout" / "real" / "real-dev2-zh.jsonl": (0.91, 0.97),
    # issue 8: third Chinese development set (README in heldout/real: first 0.818, then 0.924)
    HERE / "heldout" / "real" / "real-dev3-zh.jsonl": (0.90, 0.97),
    # a fourth Chinese development set on other wars and page kinds (README: first 0.798, then 0.954)
    HERE / "heldout" / "real" / "real-dev4-zh.jsonl": (0.93, 0.97),
    # a sixth Chinese development set: 直皖/江桥/一·二八/四平/石家庄/衡宝/云山/金城 pages (README: first 0.885, then 0.969)
    HERE / "heldout" / "real" / "real-dev6-zh.jsonl": (0.94, 0.97),
    # real English pages, a second development set (tests/heldout/real/README.md: first 0.750, then 0.959)
    HERE / "heldout" / "real" / "real-dev2-en.jsonl": (0.94, 0.93),
    # a third English development set of real pages on other campaigns (README: first 0.758)
    HERE / "heldout" / "real" / "real-dev3-en.jsonl": (0.93, 0.86),
    # a fourth English development set: infoboxes, news, a PDF sheet, Korea/Vietnam/Qing topics (README: first 0.788, then 0.959)
    HERE / "heldout" / "real" / "real-dev4-en.jsonl": (0.94, 0.90),
    HERE / "heldout" / "real" / "real-dev5-en.jsonl": (0.92, 0.91),
    # a sixth English development set: reference pages on the Pacific, Burma and China theatres (README: first 0.831, then 0.957)
    HERE / "heldout" / "real" / "real-dev6-en.jsonl": (0.94, 0.94),
    # a fifth Chinese development set: 平津/渡江/海南/长津湖/直奉/护国 pages (README: first 0.820, then 0.928)
    HERE / "heldout" / "real" / "real-dev5-zh.jsonl": (0.90, 0.96),
    # session 6: Traditional-script pages and books on the late Qing wars and 1937-1945 (README: first 0.683, then 0.862)
    HERE / "heldout" / "real" / "real-dev7-zh.jsonl": (0.88, 0.97),
    # a seventh English development set: OCR'd book pages, memoirs, a concordance, Korea/civil war/Qing (README: first 0.771)
    HERE / "heldout" / "real" / "real-dev7-en.jsonl": (0.88, 0.92),
    # an eighth Chinese development set: biographies, forum and local-history pages of 1927-1949 (README: first 0.782, then 0.915)
    HERE / "heldout" / "real" / "real-dev8-zh.jsonl": (0.90, 0.98),
    # an eighth English development set: fact sheets, infoboxes, mirrors, books on 1894-1969 (README: first 0.866, then 0.95)
    HERE / "heldout" / "real" / "real-dev8-en.jsonl": (0.92, 0.92),
    # a ninth Chinese development set: islands, border wars 1958-1974, Taiping/Nian battles, 1946-48 (README: first 0.705, then 0.915)
    HERE / "heldout" / "real" / "real-dev9-zh.jsonl": (0.90, 0.98),
    # independent real passages (measuring sets: never tuned on; README in heldout/real)
    HERE / "heldout" / "real" / "real-heldout.jsonl": (0.89, 0.97),
    HERE / "heldout" / "real" / "real-heldout2.jsonl": (0.91, 0.96),
    # the clean set of session 5, measured once at the end of it (0.862 micro, normalisation 0.959):
    # a floor only, its errors are not read
    HERE / "heldout" / "real" / "real-heldout3.jsonl": (0.87, 0.94),
    # session 8: real-heldout4 is a development set now (zh13: 0.881 micro with both languages, normalisation 0.974)
    HERE / "heldout" / "real" / "real-heldout4.jsonl": (0.86, 0.95),
    # session 22: the audit passages, all nine labels, spans and labels only (no values: normalisation not scored;
    # README: first 0.795 / 0.846, then 0.842 / 0.893)
    HERE / "heldout" / "real" / "audit22-zh.jsonl": (0.83, 0.0),
    HERE / "heldout" / "real" / "audit22-en.jsonl": (0.88, 0.0),
    # session 23: the audit passages of five helpers, all nine labels, spans and labels only
    # (README: first 0.797 / 0.878, then 0.847 / 0.900)
    HERE / "heldout" / "real" / "audit23-zh.jsonl": (0.84, 0.0),
    HERE / "heldout" / "real" / "audit23-en.jsonl": (0.89, 0.0),
    # session 24: the audit passages of eight helpers, all nine labels, spans and labels only
    # (README: first 0.792 / 0.845, then 0.829 / 0.873)
    HERE / "heldout" / "real" / "audit24-zh.jsonl": (0.82, 0.0),
    HERE / "heldout" / "real" / "audit24-en.jsonl": (0.86, 0.0),
    # session 25: the audit passages of six helpers, all nine labels, spans and labels only
    # (README: first 0.822 / 0.776, then 0.849 / 0.819)
    HERE / "heldout" / "real" / "audit25-zh.jsonl": (0.84, 0.0),
    HERE / "heldout" / "real" / "audit25-en.jsonl": (0.81, 0.0),
    # session 26: the audit passages of six helpers, all nine labels, spans and labels only
    # (README: first 0.820 / 0.755, then 0.849 / 0.816)
    HERE / "heldout" / "real" / "audit26-zh.jsonl": (0.84, 0.0),
    HERE / "heldout" / "real" / "audit26-en.jsonl": (0.81, 0.0),
    # session 27: the audit passages of four helpers, all nine labels, spans and labels only
    # (README: first 0.799 / 0.799, then 0.824 / 0.868)
    HERE / "heldout" / "real" / "audit27-zh.jsonl": (0.81, 0.0),
    HERE / "heldout" / "real" / "audit27-en.jsonl": (0.85, 0.0),
    # session 28: the audit passages of six helpers, all nine labels, spans and labels only
    # (README: first 0.825 / 0.737, then 0.844 / 0.821)
    HERE / "heldout" / "real" / "audit28-zh.jsonl": (0.83, 0.0),
    HERE / "heldout" / "real" / "audit28-en.jsonl": (0.80, 0.0),
    # session 29: the audit passages of six helpers, all nine labels, spans and labels only
    # (README: first 0.792 / 0.773, then 0.828 / 0.825)
    HERE / "heldout" / "real" / "audit29-zh.jsonl": (0.82, 0.0),
    HERE / "heldout" / "real" / "audit29-en.jsonl": (0.81, 0.0),
    # session 30: the audit passages of seven helpers, all nine labels, spans and labels only
    # (README: first 0.804 / 0.764, then 0.828 / 0.807)
    HERE / "heldout" / "real" / "audit30-zh.jsonl": (0.82, 0.0),
    HERE / "heldout" / "real" / "audit30-en.jsonl": (0.80, 0.0),
}


@pytest.mark.parametrize("gold,floors", FLOORS.items(), ids=lambda v: getattr(v, "stem", ""))
def test_held_out_sets(gold, floors):
    result = evaluate_corpus(str(gold), rules_only=True)[0]["result"]
    assert result["micro"]["f1"] >= floors[0]
    assert result["normalisation"]["accuracy"] >= floors[1]


@pytest.mark.skipif(not DEV_GOLD.exists(), reason="../shared/gold/dev.jsonl is not beside the repo")
def test_development_gold_targets():
    result = evaluate_corpus(str(DEV_GOLD), rules_only=True)[0]["result"]
    assert result["micro"]["f1"] >= 0.90
    assert result["labels"]["MIL_UNIT"]["f1"] >= 0.95
    assert result["normalisation"]["accuracy"] >= 0.97


# ------------------------------------------------------------------ real text (issue "Real text as it is written")

SHARED = HERE.parent.parent / "shared"
REAL_GOLD = SHARED / "gold" / "real-dev.jsonl"
VARIANTS = SHARED / "tools" / "variants.py"
REAL_FLOORS = {  # language: (micro F1, normalisation accuracy), rules only; measured values in README
    "zh": (0.95, 0.98),
    "en": (0.95, 0.97),
}
needs_shared = pytest.mark.skipif(not (REAL_GOLD.exists() and VARIANTS.exists()),
                                  reason="../shared (gold and tools) is not beside the repo")


def _subset(gold_path, tmp_path, english: bool):
    import json

    out = tmp_path / ("en.jsonl" if english else "zh.jsonl")
    with open(gold_path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            if line.strip() and (json.loads(line)["meta"].get("script") == "en") == english:
                dst.write(line)
    return out


def _variant(gold_path, kind, tmp_path):
    import subprocess
    import sys

    out = tmp_path / f"{gold_path.stem}-{kind}.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, str(VARIANTS), str(gold_path), kind], stdout=handle, check=True)
    return out


@needs_shared
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_real_passages_floor(lang):
    result = evaluate_corpus(str(REAL_GOLD), rules_only=True, lang=lang)[0]["result"]
    assert result["micro"]["f1"] >= REAL_FLOORS[lang][0]
    assert result["normalisation"]["accuracy"] >= REAL_FLOORS[lang][1]


@needs_shared
@pytest.mark.parametrize("kind", ["halfwidth", "fullwidth", "spaced", "hant"])
def test_dev_article_typed_as_other_pages_type_it(kind, tmp_path):
    """The article with ASCII punctuation, full-width digits, spaces between digits and
    characters, or in Traditional script: the same quality as the original."""
    result = evaluate_corpus(str(_variant(DEV_GOLD, kind, tmp_path)), rules_only=True)[0]["result"]
    assert result["micro"]["f1"] >= 0.98


@needs_shared
def test_simplified_and_traditional_agree(tmp_path):
    """The same passages in Simplified and Traditional script give the same entities
    (span and label agreement, F1 between the two extractions)."""
    from pipeline.record import read_records
    from pipeline.extract import Options, extract_text

    for gold in (DEV_GOLD, _subset(REAL_GOLD, tmp_path, english=False)):
        hant = _variant(gold, "hant", tmp_path)
        same = total_a = total_b = 0
        for a, b in zip(read_records(gold), read_records(hant)):
            spans_a = {(e["start"], e["end"], e["label"])
                       for e in extract_text(a["text"], "a", options=Options())["entities"]}
            spans_b = {(e["start"], e["end"], e["label"])
                       for e in extract_text(b["text"], "b", options=Options())["entities"]}
            same, total_a, total_b = same + len(spans_a & spans_b), total_a + len(spans_a), total_b + len(spans_b)
        assert 2 * same / (total_a + total_b) >= 0.97
