"""spaCy component that adds a trained NER model's entities as candidates."""


from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("zhanji_candidates"):
    Doc.set_extension("zhanji_candidates", default=None)


class ModelCandidates:
    def __init__(self, path: str):
        from pipeline import ner_model

        self.path = path
        self.nlp = ner_model.load_ner(path)
        self._candidates = ner_model.model_candidates
        # a stacked model (pipeline/train/stack.py) proposes no candidates: it revises the rules' choice
        self.revise = next((getattr(p, "revise") for _, p in self.nlp.pipeline if hasattr(p, "revise")), None)

    def __call__(self, doc: Doc) -> Doc:
        if self.revise is not None:
            doc.user_data["zhanji_revise"] = self.revise   # called and removed by zhanji_reconcile
            return doc
        if doc._.zhanji_candidates is None:
            doc._.zhanji_candidates = []
        doc._.zhanji_candidates.extend(self._candidates(self.nlp, doc.text))
        return doc


@Language.factory("zhanji_model", default_config={"path": ""}, assigns=["doc._.zhanji_candidates"])
def make_model_candidates(nlp: Language, name: str, path: str) -> ModelCandidates:
    return ModelCandidates(path)
