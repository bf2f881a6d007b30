"""zhanji (战记): entity extraction for historical and military text.

    >>> from pipeline import extract, extract_text
    >>> record = extract_text("1944年4月17日，日军第37师团强渡黄河。", "demo")
    >>> [(e["text"], e["label"]) for e in record["entities"]]
"""

import sys
import types

from pipeline.version import __version__


class _Package(types.ModuleType):
    """`pipeline.extract` stays the API function below: importing the submodule of the
    same name must not replace it (the submodule is `sys.modules["pipeline.extract"]`)."""

    def __setattr__(self, name, value):
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def extract(inputs, **kwargs):
    """Extract records from files or directories (see pipeline.extract.extract)."""
    from pipeline.extract import extract as _extract

    return _extract(inputs, **kwargs)


def extract_text(text, doc_id="doc", **kwargs):
    """Extract one record from a string (see pipeline.extract.extract_text)."""
    from pipeline.extract import Options, extract_text as _extract_text

    options = kwargs.pop("options", None) or Options.default(
        kwargs.pop("model", None), kwargs.pop("rules_only", False), kwargs.pop("tokens", False))
    return _extract_text(text, doc_id, options=options, **kwargs)


def convert(record_or_text, config):
    """Convert a record (spans projected) or a plain string between scripts."""
    from pipeline.script import convert_record, convert_text

    if isinstance(record_or_text, dict):
        return convert_record(record_or_text, config)
    return convert_text(record_or_text, config)


def evaluate(gold_path, **kwargs):
    """Score against a gold corpus (see pipeline.api.evaluate_corpus)."""
    from pipeline.api import evaluate_corpus

    return evaluate_corpus(gold_path, **kwargs)


__all__ = ["__version__", "extract", "extract_text", "convert", "evaluate"]
