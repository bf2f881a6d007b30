"""spaCy components that propose candidate spans from the project's rules and lexicons.

Each component runs one finder (a pure function text → [Candidate]) over the
doc text and appends its candidates to `doc._.zhanji_candidates`; the
`zhanji_reconcile` component chooses among them. Finders are imported when a
pipeline is built, so importing this module stays cheap.
"""


import importlib
import re
from dataclasses import replace
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang import PARAGRAPH_RE
from pipeline.spans import Candidate

if not Doc.has_extension("zhanji_candidates"):
    Doc.set_extension("zhanji_candidates", default=None)

# component name → "module:function" of its finder; English finders only see English runs
FINDERS = {
    "zhanji_units": "pipeline.rules.units:find_units",
    "zhanji_dates": "pipeline.rules.dates:find_dates",
    "zhanji_quantities": "pipeline.rules.quantities:find_quantities",
    "zhanji_events": "pipeline.rules.events_facilities:find_events",
    "zhanji_facilities": "pipeline.rules.events_facilities:find_facilities",
    "zhanji_places": "pipeline.rules.places:find_places",
    "zhanji_persons": "pipeline.rules.names:find_persons",
    "zhanji_orgs": "pipeline.rules.names:find_orgs",
    "zhanji_written": "pipeline.rules.written_zh:find_written",
    "zhanji_english": "pipeline.rules.english:find_english",
}


def resolve_finder(spec: str) -> Callable[[str], list[Candidate]]:
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func)


ENGLISH_FINDERS = {"zhanji_english"}
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_LATIN_WORD_BYTES = re.compile(rb"[A-Za-z]{2,}")
# CJK ideographs, radicals, kana, CJK punctuation, full-width forms: what Chinese finders read
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_ASCII = re.compile(r"^[\x00-\x7f]+$")
# A Chinese gloss of three characters inside English prose (`the Ta-sha-wan (大沙灣) battery`): a gazetteer place of
# two characters at its end is part of the longer name, not the place (auditen11: 沙灣 is a county in Xinjiang).
_GLOSS_3 = re.compile(r"(?<=[(\uff08])[\u4e00-\u9fff]{3}(?=[)\uff09,\uff0c])")


def doc_text(doc: Doc) -> str:
    """The doc's text, computed once (Doc.text rebuilds it from every token)."""
    text = doc.user_data.get("zhanji_text")
    if text is None:
        text = doc.user_data["zhanji_text"] = doc.text
    return text


def language_runs(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, lang) runs of the doc, computed once per doc."""
    runs = doc.user_data.get("zhanji_runs")
    if runs is None:
        text = doc_text(doc)
        if not _has_latin_word(text):
            runs = [(0, len(text), "zh")]
        else:
            from pipeline.lang import split_language_runs

            runs = split_language_runs(text)
        doc.user_data["zhanji_runs"] = runs
    return runs


def _has_latin_word(text: str) -> bool:
    """Whether `text` holds two ASCII letters in a row (_LATIN_WORD). `re` tries that pattern at
    every character of a Chinese text; its ASCII characters alone (encoded in C, the others
    dropped) are read first: dropping characters never parts two letters, so where they hold no
    such pair the text holds none either."""
    if not text.isascii() and _LATIN_WORD_BYTES.search(text.encode("ascii", "ignore")) is None:
        return False
    return _LATIN_WORD.search(text) is not None


def has_cjk(doc: Doc) -> bool:
    """Whether the doc holds a CJK character, computed once per doc."""
    found = doc.user_data.get("zhanji_has_cjk")
    if found is None:
        found = doc.user_data["zhanji_has_cjk"] = _CJK.search(doc_text(doc)) is not None
    return found


def chinese_view(doc: Doc, runs: list[tuple[int, int, str]]) -> str:
    """What Chinese finders read: the doc text with its English paragraphs that quote no CJK
    character blanked out character for character (offsets stay), so the Chinese finders
    scan only what they can find something in; computed once per doc.

    A run is made of whole paragraphs (adjacent paragraphs of one language are merged into
    one run): an English run quoting Chinese keeps only its paragraphs that quote it."""
    view = doc.user_data.get("zhanji_chinese_view")
    if view is None:
        text = doc_text(doc)
        english = []
        for s, e, lang in runs:
            if lang != "en":
                continue
            if not _CJK.search(text, s, e):
                english.append((s, e))
                continue
            for paragraph in PARAGRAPH_RE.finditer(text, s, e):
                if not _CJK.search(text, paragraph.start(), paragraph.end()):
                    english.append(paragraph.span())
        if not english:
            view = text
        else:
            parts, pos = [], 0
            for start, end in english:
                parts.append(text[pos:start])
                parts.append(_blank(text[start:end]))
                pos = end
            parts.append(text[pos:])
            view = "".join(parts)
        doc.user_data["zhanji_chinese_view"] = view
    return view


# Blank characters kept around what a Chinese finder can read, so that no match starts at the
# cut and look-behinds and context windows near the text see the same blanks as before. Rules
# that read further (infobox blocks of up to 600 characters) read only blanks past the margin,
# where nothing is found either way; the entities of every gold text are the same with the cut.
VIEW_MARGIN = 200
_NOT_BLANK = re.compile(r"[^ \n]")


def _visible_part(doc: Doc, view: str) -> tuple[str, int]:
    """The part of the Chinese view that holds anything but blanks, with VIEW_MARGIN blank
    characters on each side, and its offset in the view; computed once per doc, so that every
    finder reads the same string (finders share scans of one text by its identity).

    An English text quoting a Chinese name in its first paragraph leaves the Chinese finders a
    few hundred characters to read instead of the whole text blanked out."""
    part = doc.user_data.get("zhanji_visible_part")
    if part is None:
        first = _NOT_BLANK.search(view)
        if first is None:
            part = (view, 0)
        else:
            last = len(view.rstrip(" \n"))
            start, end = max(0, first.start() - VIEW_MARGIN), min(len(view), last + VIEW_MARGIN)
            part = (view, 0) if (start, end) == (0, len(view)) else (view[start:end], start)
        doc.user_data["zhanji_visible_part"] = part
    return part


def _blank(run: str) -> str:
    """A run's characters as spaces, its line breaks kept (paragraph and line structure)."""
    return "".join("\n" if ch == "\n" else " " for ch in run)


class FinderComponent:
    """Runs one finder over the doc text and collects its candidates.

    Chinese finders see the whole text (they match CJK and digits), but their
    all-ASCII candidates inside English runs are dropped, and a text without a CJK
    character is not given to them at all; English finders see only the English runs.
    """

    def __init__(self, name: str, finder: Callable[[str], list[Candidate]], lang: str):
        self.name = name
        self.finder = finder
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        if doc._.zhanji_candidates is None:
            doc._.zhanji_candidates = []
        if self.lang == "zh" and not has_cjk(doc):
            return doc      # a text without one CJK character: nothing for a Chinese finder
        runs = language_runs(doc)
        # English and mixed runs (an English sentence quoting Chinese) get the English finder;
        # Chinese finders keep only their non-ASCII finds there
        english = [(s, e) for s, e, lang in runs if lang in ("en", "mixed")]
        text = doc_text(doc)
        if self.lang == "en":
            found = []
            for start, end in english:
                found.extend(replace(c, start=c.start + start, end=c.end + start) if start else c
                             for c in self.finder(text[start:end]))
        else:
            view, offset = _visible_part(doc, chinese_view(doc, runs))
            found = self.finder(view)
            if offset:
                found = [replace(c, start=c.start + offset, end=c.end + offset) for c in found]
            if english:
                found = [c for c in found if not (
                    _ASCII.match(text[c.start:c.end])
                    and any(s <= c.start and c.end <= e for s, e in english))]
                glosses = {m.end() for s, e in english for m in _GLOSS_3.finditer(text, s, e)}
                if glosses:
                    found = [c for c in found if not (c.source == "lexicon:gazetteer" and c.end - c.start == 2
                                                      and c.end in glosses)]
        doc._.zhanji_candidates.extend(found)
        return doc


def _register(component: str, spec: str) -> None:
    lang = "en" if component in ENGLISH_FINDERS else "zh"

    @Language.factory(component, default_config={"finder": spec},
                      assigns=["doc._.zhanji_candidates"])
    def make(nlp: Language, name: str, finder: str) -> FinderComponent:
        return FinderComponent(name, resolve_finder(finder), lang)


for _component, _spec in FINDERS.items():
    _register(_component, _spec)
