"""Normalised values for English DATE, QUANTITY and MIL_UNIT spans.

The values are the same vocabulary as the Chinese normalisers produce: DATE
`1944-04-19` / `1944-05` + mod MID, QUANTITY {value, unit, approx}, MIL_UNIT
{numbers, echelon (the Chinese echelon word), echelon_key, prefix (Chinese
prefix word), side, id}.

The unit vocabulary is in english_unit_vocabulary, the value of one unit span in english_unit_values, the
sides read from the whole document in english_unit_sides (dates and quantities in english_dates and
english_quantities); this module re-exports their names and normalises a document's spans.
"""

from __future__ import annotations

import re

from pipeline.normalize.english_dates import (DATE_MODS, MONTHS, SEASONS, explicit_month,  # noqa: F401
                                             explicit_year, normalize_date_en, normalize_dates_en)
from pipeline.normalize.english_ocr_glue_clock_values import arm_regiment, unglue  # noqa: F401
from pipeline.normalize.english_quantities import (APPROX, POST_APPROX, ROUND_FIGURES, SCALES, VAGUE,  # noqa: F401
                                                  WORD_NUMBERS, ONES, TENS, normalize_quantity_en,
                                                  parse_number_en)
from pipeline.normalize.english_unit_sides import JAPANESE_WORD, document_sides, japanese_shaped  # noqa: F401
from pipeline.normalize.english_unit_values import (ORDINAL_STOP, normalize_unit_en, parse_ordinal,  # noqa: F401
                                                    roman_to_int, side_from_context, singular_echelon)
from pipeline.normalize.english_unit_vocabulary import (ECHELON_SIDE, EXTRA_ECHELONS, PREFIX_SIDES,  # noqa: F401
                                                        PREFIXES, PREFIXES_JP, SIDE_ECHELONS, SIDE_WORDS,
                                                        WORD_ORDINALS, echelon_for, english_echelons,
                                                        named_units_en, plural_of, unit_id, unit_prefixes)
from pipeline.rules.english_lexicon import NAMED_UNITS, read_rows  # noqa: F401


_DASH = "[-\u2010\u2011\u2013\u2014]"


def normalize_english_spans(text: str, spans: list[tuple[int, int, str]],
                            state: dict | None = None) -> list[dict]:
    """One norm per English (start, end, label) span, with document context
    (`state`: the date context carried between calls, see normalize_dates_en).

    DATE/QUANTITY/MIL_UNIT as above; GPE/LOC/FAC get the Chinese name (`zh`)
    and the shared place id where the lexicons know them, a town under its old English name its present one
    (`modern`); PERSON/ORG/EVENT get
    `zh` where a lexicon knows the name (ids for these are set by pipeline.link).
    """
    from pipeline.rules.english_lexicon import english_names, former_town_names

    names = english_names()
    norms: list[dict] = [{} for _ in spans]
    dates = [i for i, s in enumerate(spans) if s[2] == "DATE"]
    for i, value in zip(dates, normalize_dates_en(text, [spans[i][:2] for i in dates], state=state)):
        norms[i] = value
    for i, (start, end, label) in enumerate(spans):
        span_text = text[start:end]
        if label == "QUANTITY":
            norms[i] = normalize_quantity_en(span_text)
        elif label == "MIL_UNIT":
            norms[i] = normalize_unit_en(span_text, text[max(0, start - 40):start])
        elif label in ("GPE", "LOC", "FAC", "PERSON", "ORG", "EVENT"):
            known = names.get(re.sub(_DASH, "-", span_text))
            if known and known[0] == "MIL_UNIT" and label != "MIL_UNIT" and span_text.isupper():
                known = None      # a force's acronym the text defines as another body: its own reading (`NEFA`, r18en)
            if known:
                norms[i]["zh"] = known[1]
            if label == "GPE" and known and (modern := former_town_names().get(span_text, span_text)) != span_text:
                norms[i]["modern"] = modern   # a town under its old English name: the present one (Smyrna -> Izmir)
            if label in ("GPE", "LOC", "FAC"):
                from pipeline.link import place_id

                norms[i]["id"] = place_id(known[1]) if known and label != "FAC" else None
                if not known and label == "GPE":   # a town only the world gazetteer knows: its GeoNames id (session 25)
                    from pipeline.rules.english_world_cities import city_id

                    norms[i]["id"] = city_id(span_text)
    units = sorted((i for i, s in enumerate(spans) if s[2] == "MIL_UNIT"), key=lambda i: spans[i][0])
    if units:
        completed = document_sides(text, [(spans[i][0], spans[i][1], norms[i]) for i in units])
        for i, norm in zip(units, completed):
            norms[i] = norm
    return norms
