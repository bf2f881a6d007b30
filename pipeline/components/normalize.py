"""spaCy component that gives each entity its normalised value as `ent._.norm`.

It ends the shipped pipelines (models/rules-zh, models/rules-en), so that a spaCy
user gets what `zhanji extract` writes:

    nlp = spacy.load("models/rules-zh")
    doc = nlp("1944年4月17日，日军第37师团强渡黄河。")
    [(ent.text, ent.label_, ent._.norm) for ent in doc.ents]

It also drops the finders' internal candidates from the doc, so that docs can
be serialised (`DocBin`, `nlp.pipe(texts, n_process=2)`). `zhanji extract`,
which reads those candidates by character offset and normalises on its own
working text, runs it with `public=False` (pipeline.extract.tag_pieces).
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.finders import doc_text

if not Span.has_extension("norm"):
    Span.set_extension("norm", default=None)

INTERNAL = ("zhanji_candidates", "zhanji_entities")


class Normalize:
    def __call__(self, doc: Doc, public: bool = True) -> Doc:
        if not public:
            return doc
        ents = list(doc.ents)
        if ents:
            from pipeline.normalize import normalize_spans

            text = doc_text(doc)  # Doc.text rebuilds the string from every token
            hints = {(c.start, c.end): c.norm for c in doc._.zhanji_entities or []}
            spans = [(e.start_char, e.end_char, e.label_) for e in ents]
            norms = normalize_spans(text, spans, [hints.get((s, e)) or {} for s, e, _ in spans])
            from pipeline.geo import locate_record

            located = locate_record({"text": text, "entities": [
                {"start": s, "end": e, "label": label, "text": text[s:e], "norm": norm}
                for (s, e, label), norm in zip(spans, norms)]})
            for ent, located_ent in zip(ents, located["entities"]):
                ent._.norm = located_ent["norm"]
        for name in INTERNAL:
            if Doc.has_extension(name):
                setattr(doc._, name, None)
        return doc


@Language.factory("zhanji_normalize", assigns=["span._.norm"])
def make_normalize(nlp: Language, name: str) -> Normalize:
    return Normalize()
