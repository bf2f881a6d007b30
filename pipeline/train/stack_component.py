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

# no `from __future__ import annotations`: spaCy validates the factory signature
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.train.crf_component import FileTaggerComponent
from pipeline.train.stack import META_FILE, MODEL_FILE, StackTagger, rule_view

FACTORY = "zhanji_stack_ner"


class StackNer(FileTaggerComponent):
    TAGGER = StackTagger
    FILES = (MODEL_FILE, META_FILE)
    KIND = "stack"

    def __init__(self, nlp: Language, name: str = FACTORY):
        super().__init__(nlp, name)

    def revise(self, text: str, chosen: list) -> list:
        """The rules' chosen Candidates on `text` after the stored permissions."""
        return self.tagger.revise(text, chosen)

    def __call__(self, doc: Doc) -> Doc:
        stacker = self._loaded()
        view = rule_view(doc.text)
        final = view.rules if view.lang == "en" else stacker.revise(view.text, view.rules)
        return self._set_ents(doc, view.to_src([(c.start, c.end, c.label) for c in final]))


@Language.factory(FACTORY)
def make_stack_ner(nlp: Language, name: str) -> StackNer:
    return StackNer(nlp, name)
