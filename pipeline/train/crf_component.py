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


class FileTaggerComponent:
    """What a component around a model saved as files shares: the model's directory,
    its labels, `doc.ents` from character spans, and saving by copying the files.
    A subclass names its tagger class, its files and what it is (for errors)."""

    TAGGER = CrfTagger
    FILES = (MODEL_FILE, META_FILE)
    KIND = "CRF"

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.tagger = None  # a TAGGER once loaded
        self._dir = None

    @property
    def labels(self) -> list[str]:
        return list(self.tagger.meta.get("labels", [])) if self.tagger else []

    def load_model(self, model_dir):
        """Use the model saved in `model_dir`."""
        self._dir = Path(model_dir)
        self.tagger = self.TAGGER(self._dir)
        return self

    def _loaded(self):
        if self.tagger is None:
            raise ValueError(f"{self.name}: no {self.KIND} model loaded")
        return self.tagger

    def _set_ents(self, doc: Doc, spans) -> Doc:
        """`doc.ents` from (start, end, label) character spans (expanded to tokens)."""
        ents = []
        for start, end, label in spans:
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
            raise ValueError(f"{self.name}: no {self.KIND} model to save")
        for name in self.FILES:
            if (self._dir / name).resolve() != (path / name).resolve():
                shutil.copyfile(self._dir / name, path / name)

    def from_disk(self, path, exclude=()):
        return self.load_model(path)


class CrfNer(FileTaggerComponent):
    """The CRF model in its directory (model.crfsuite + crf.json) as `ner`."""

    def __init__(self, nlp: Language, name: str = FACTORY):
        super().__init__(nlp, name)

    def __call__(self, doc: Doc) -> Doc:
        return self._set_ents(doc, self._loaded().spans(doc.text))


@Language.factory(FACTORY)
def make_crf_ner(nlp: Language, name: str) -> CrfNer:
    return CrfNer(nlp, name)
