"""The one place the pipeline's version lives, and the fingerprint of its code."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

__version__ = "0.1.0"
PIPELINE = f"zhanji {__version__}"

PACKAGE = Path(__file__).resolve().parent
# what decides the output of a run: the code, lexicons, patterns and pipeline configs
CODE_SUFFIXES = (".py", ".tsv", ".txt", ".json", ".cfg")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """16 hex digits of a sha256 over the package's code and data files (relative paths and
    bytes). Two installs of the same commit agree wherever they live; an edited rule or
    lexicon line changes it. `__version__` alone does not: it stays the same between commits.
    (A trained model's weights are not in it: a run names its model, see the manifest.)"""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
