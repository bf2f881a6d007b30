"""Building and holding the tagging pipelines (the one owner of loaded spaCy pipelines).

The Chinese pipeline is described by pipeline/pipelines/rules-zh.cfg (written out as the
spaCy pipeline models/rules-zh by `make pipelines`); a trained
model, when in use, adds a `zhanji_model` component before reconcile.
"""

from __future__ import annotations

import functools
import gc
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components.finders  # noqa: F401  (registers factories)
import pipeline.components.model  # noqa: F401
import pipeline.components.normalize  # noqa: F401
import pipeline.components.reconcile  # noqa: F401
import pipeline.components.tokenizer  # noqa: F401

PIPELINES = Path(__file__).resolve().parent / "pipelines"
RULES_CONFIG = PIPELINES / "rules-zh.cfg"


def _long_lived(build):
    """Build a pipeline with the garbage collector paused, then freeze what was built: a
    pipeline lives as long as the process, and its many objects would otherwise trigger
    and slow down full collections for nothing."""

    @functools.wraps(build)
    def built(*args, **kwargs):
        from pipeline.rules.re_tuning import install_start_classes, keep_compiled_patterns

        install_start_classes()   # before the finders compile their patterns (same matches, found faster)
        keep_compiled_patterns()   # the patterns used at every document stay compiled (re's cache)
        paused = gc.isenabled()
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            if paused:
                gc.enable()
            gc.freeze()

    return built


@functools.lru_cache(maxsize=4)
@_long_lived
def chinese_pipeline(model: str | None = None) -> Language:
    """The Chinese tagging pipeline; `model` is a trained NER directory or None (rules only)."""
    config = spacy.util.load_config(RULES_CONFIG)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = 10_000_000
    if model:
        nlp.add_pipe("zhanji_model", before="zhanji_reconcile", config={"path": str(model)})
    return nlp


RULES_CONFIG_EN = PIPELINES / "rules-en.cfg"


@functools.lru_cache(maxsize=2)
@_long_lived
def english_pipeline() -> Language:
    """The English tagging pipeline (spaCy's English tokenizer, the same finders)."""
    config = spacy.util.load_config(RULES_CONFIG_EN)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.max_length = 10_000_000
    return nlp
