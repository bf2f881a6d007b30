"""Lexicon data files (TSV/TXT with provenance headers) and a shared reader.

Every file here starts with `#` comment lines saying where it comes from and
what its columns hold; see README.md in this folder for the list.
"""

from __future__ import annotations

from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


def lexicon_path(name: str) -> Path:
    return LEXICON_DIR / name


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the alternatives of a pattern or a lookup: longest first, then in code-point order, so a
    pattern built from a set is the same string in every run (set order changes with the hash seed)."""
    return -len(word), word


def read_rows(name: str) -> list[list[str]]:
    """Data rows of a lexicon file: `#` comments and blank lines skipped, split on tabs."""
    path = lexicon_path(name)
    if not path.exists():
        return []
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def read_words(name: str) -> list[str]:
    """The whitespace-separated words of a lexicon file's data lines (a word list written several a line)."""
    return [word for row in read_rows(name) for word in row[0].split()]


def write_table(path: Path, header: str, rows: list[list[str]]) -> None:
    """Write a generated lexicon: its header, then one tab-separated row a line (the build scripts' output)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(header)
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {path}")
