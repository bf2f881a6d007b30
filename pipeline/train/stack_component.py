"""spaCy component `zhanji_stack_ner`: the stacked correction tagger (pipeline/train/stack.py).

A pipeline trained with `zhanji train --arch stack` is a blank Chinese pipeline with
this one component (its directory holds `stack.crfsuite` and `stack.json`, whose
`permissions` were chosen by cross-validation when it was trained).

* Inside extraction (`zhanji extract --model DIR`): the `zhanji_model` component
  sees `revise` and hands it to reconcile, which calls it on the rules' chosen
  entities; only the stored permissions change them.
* Loaded on its own (`spacy.load`, the dev scores of `finish_model`): the
  component runs the rules on the text itself and sets `doc.ents` to rules +
  stack, so a stack model's figures are always those of rules + model.
"""

import shutil  # no `from __future__ import annotations`: spaCy validates the factory signature
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from pipeline.train.stack import META_FILE, MODEL_FILE, StackTagger, rule_view

FACTORY = "zhanji_stack_ner"


class StackNer:
    def __init__(self, nlp: Language, name: str = FACTORY):
        self.name = name
        self.stacker = None  # a StackTagger once loaded
        self._dir = None

    @property
    def labels(self) -> list[str]:
        return list(self.stacker.meta.get("labels", [])) if self.stacker else []

    def load_model(self, model_dir) -> "StackNer":
        self._dir = Path(model_dir)
        self.stacker = StackTagger(self._dir)
        return self

    def revise(self, text: str, chosen: list) -> list:
        """The rules' chosen Candidates on `text` after the stored permissions."""
        return self.stacker.revise(text, chosen)

    def __call__(self, doc: Doc) -> Doc:
        if self.stacker is None:
            raise ValueError(f"{self.name}: no stack model loaded")
        view = rule_view(doc.text)
        final = view.rules if view.lang == "en" else self.stacker.revise(view.text, view.rules)
        ents = []
        for start, end, label in view.to_src([(c.start, c.end, c.label) for c in final]):
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
            raise ValueError(f"{self.name}: no stack model to save")
        for name in (MODEL_FILE, META_FILE):
            if (self._dir / name).resolve() != (path / name).resolve():
                shutil.copyfile(self._dir / name, path / name)

    def from_disk(self, path, exclude=()) -> "StackNer":
        return self.load_model(path)


@Language.factory(FACTORY)
def make_stack_ner(nlp: Language, name: str) -> StackNer:
    return StackNer(nlp, name)
