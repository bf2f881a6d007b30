"""One reading per document for a pass (session 21, s21zhlab: Chinese LOC audit of battlefield descriptions).
Grammar over the candidates found; no list of names.

- A pass named X关 (or X口) that a landform rule reads as a LOC at two places at least in the text (`进了甲乙关`, `甲乙关正面`) is
  the same LOC wherever else the text writes it, also where the gazetteer knows a town of that name and would read a
  GPE (`合围在甲乙关以东`): the docs read a pass named after a place as one LOC (`直至青龙关`), and a text that calls it
  a pass means the pass throughout. Only names of three or four characters, read LOC by a rule (not the lexicon);
  not where a settlement word follows (`甲乙口乡`, `甲乙关镇`: the township named after the pass, a GPE).

Priority: that of the rule's LOC reading, at least 31 (above the gazetteer's 30, which ties with the landform rule).
Cost: a pass over the candidates; str.find of each such name.
"""

from __future__ import annotations

from pipeline.spans import Candidate


def find_pass_document_readings(text: str, found) -> list[Candidate]:
    passes: dict[str, int] = {}
    read_at: dict[str, set[int]] = {}
    for c in found:
        if c.label == "LOC" and 3 <= c.end - c.start <= 4 and text[c.end - 1] in "关口" and c.source.startswith("rule:"):
            name = text[c.start:c.end]
            passes[name] = max(passes.get(name, 0), c.priority)
            read_at.setdefault(name, set()).add(c.start)
    # the text reads the pass as a landform at two places at least (one reading alone may lose to the town's)
    passes = {name: p for name, p in passes.items() if len(read_at[name]) >= 2}
    if not passes:
        return []
    out = []
    for name, priority in passes.items():
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if text[end:end + 1] not in _SETTLEMENT_AFTER:
                out.append(Candidate(pos, end, "LOC", "rule:pass-one-reading", max(priority, 31)))
            pos = text.find(name, end)
    return out


# a settlement word right after the name: the town or township named after the pass (甲乙口乡, 甲乙关镇), no pass
_SETTLEMENT_AFTER = frozenset("乡镇村县区街站市堡寨场")
