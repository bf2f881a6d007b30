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


_LABEL_SET = frozenset(LABELS)
_NO_NORM: dict = {}   # the default: a new empty dict per candidate


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

    # written out (dataclass keeps it): the generated frozen __init__ sets each field through
    # object.__setattr__, and a document makes thousands of candidates
    def __init__(self, start: int, end: int, label: str, source: str, priority: int = 0,
                 norm: dict = _NO_NORM) -> None:
        if not (0 <= start < end):
            raise ValueError(f"bad span [{start}, {end})")
        if label not in _LABEL_SET:
            raise ValueError(f"unknown label {label!r}")
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["label"] = label
        fields["source"] = source
        fields["priority"] = priority
        fields["norm"] = {} if norm is _NO_NORM else norm


def overlapping(out: list[Candidate], start: int, end: int, labels=None) -> list[Candidate]:
    """The candidates of `out` that overlap [start, end), of `labels` only where given."""
    return [c for c in out if c.start < end and start < c.end and (labels is None or c.label in labels)]


def replace_overlapping(out: list[Candidate], new: Candidate) -> None:
    """Put `new` in `out` in place of every candidate it overlaps (a generator's reading that wins there)."""
    out[:] = [c for c in out if c.end <= new.start or c.start >= new.end]
    out.append(new)
