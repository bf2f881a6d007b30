"""Write the shipped rule pipelines as spaCy pipeline directories (`make pipelines`).

    models/rules-zh/   Chinese: jieba tokenizer, finders, reconcile, normalise
    models/rules-en/   English: spaCy's English tokenizer, the same components

Each directory is what `nlp.to_disk()` writes (a filled config.cfg, meta.json,
vocab): `spacy.load("models/rules-zh")` works in any interpreter where zhanji is
installed, because the package registers its factories and tokenizer through the
`spacy_factories` and `spacy_tokenizers` entry points (pyproject.toml).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from pipeline.version import __version__

MODELS = Path(__file__).resolve().parent.parent / "models"
SOURCES = Path(__file__).resolve().parent / "pipelines"
META = {
    "rules-zh": {"lang": "zh", "name": "zhanji_rules_zh",
                 "description": "zhanji rule and lexicon tagger for Chinese historical and military "
                                "text (Simplified; Traditional is best tagged through "
                                "pipeline.extract_text, which converts it first). Entities carry "
                                "their normalised values in ent._.norm."},
    "rules-en": {"lang": "en", "name": "zhanji_rules_en",
                 "description": "zhanji rule and lexicon tagger for English historical and military "
                                "text. Entities carry their normalised values in ent._.norm."},
}


def build(name: str, target: Path) -> None:
    import spacy

    import pipeline.tag  # noqa: F401  (registers the factories in this process)

    config = spacy.util.load_config(SOURCES / f"{name}.cfg")
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.meta.update(META[name], version=__version__, author="zhanji", license="MIT",
                    spacy_version=">=3.8.11,<3.9.0",
                    requirements=[f"zhanji=={__version__}"])
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        out = Path(tmp) / name
        nlp.to_disk(out)
        if target.exists():
            shutil.rmtree(target)
        out.rename(target)


def main() -> None:
    for name in META:
        build(name, MODELS / name)
        print(f"wrote {MODELS / name}")


if __name__ == "__main__":
    main()
