"""spaCy component `zhanji_crf_ner`: the CRF character tagger (pipeline/train/crf.py) as `ner`.

A pipeline trained with `zhanji train --arch crf` is a blank Chinese pipeline
(zhanji.CharTokenizer.v1) with this one component; `spacy.load` loads it (the
component's directory holds `model.crfsuite` and `crf.json`), and it sets
`doc.ents` from the CRF's character spans, so `pipeline.ner_model` and
`predict_spans` use it like any spaCy NER model. Importing this module
registers the factory (pipeline.ner_model does so before loading a model).
"""

import shutil  # no `from __future__ import annotations`: spaCy validates the factory signature
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from pipeline.train.crf import META_FILE, MODEL_FILE, CrfTagger

FACTORY = "zhanji_crf_ner"


class CrfNer:
    def __init__(self, nlp: Language, name: str = FACTORY):
        self.name = name
        self.tagger = None  # a CrfTagger once loaded
        self._dir = None

    @property
    def labels(self) -> list[str]:
        return list(self.tagger.meta.get("labels", [])) if self.tagger else []

    def load_model(self, model_dir) -> "CrfNer":
        """Use the CRF model in `model_dir` (model.crfsuite + crf.json)."""
        self._dir = Path(model_dir)
        self.tagger = CrfTagger(self._dir)
        return self

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None:
            raise ValueError(f"{self.name}: no CRF model loaded")
        ents = []
        for start, end, label in self.tagger.spans(doc.text):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                ents.append(span)
        doc.ents = filter_spans(ents)
        return doc

    def pipe(self, docs, batch_size: int = 64):
        for doc in docs:
            yield self(doc)

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self._dir is None:
            raise ValueError(f"{self.name}: no CRF model to save")
        for name in (MODEL_FILE, META_FILE):
            if (self._dir / name).resolve() != (path / name).resolve():
                shutil.copyfile(self._dir / name, path / name)

    def from_disk(self, path, exclude=()) -> "CrfNer":
        return self.load_model(path)


@Language.factory(FACTORY)
def make_crf_ner(nlp: Language, name: str) -> CrfNer:
    return CrfNer(nlp, name)
