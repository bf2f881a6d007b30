"""Labels and the candidate span every rule, lexicon and model produces.

A candidate is a character-offset span into the *working* text (the text the
taggers see). Rule modules return lists of candidates; the reconcile stage
chooses non-overlapping ones; normalisation turns them into entities.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LABELS: tuple[str, ...] = (
    "PERSON",
    "MIL_UNIT",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "EVENT",
    "DATE",
    "QUANTITY",
)


@dataclass(frozen=True)
class Candidate:
    """A proposed entity: [start, end) code-point offsets, label, provenance.

    `source` says who proposed it ("rule:unit", "lexicon:gazetteer", "model", ...).
    `priority` breaks ties when candidates overlap: higher wins before length.
    `norm` optionally carries values the finder already knows (e.g. a gazetteer's
    modern name); the normalise stage completes it.
    """

    start: int
    end: int
    label: str
    source: str
    priority: int = 0
    norm: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if self.label not in LABELS:
            raise ValueError(f"unknown label {self.label!r}")
