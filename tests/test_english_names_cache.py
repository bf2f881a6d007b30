"""The cache of english_names (a table built from the lexicons through several rule modules) is keyed by
every file the build reads: an edit of any of them builds the table again instead of serving a stale one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_IMPORTED_BY_BUILD = """
import sys
before = set(sys.modules)
from pipeline.rules import english_lexicon
english_lexicon._build_english_names()
for name in sorted(set(sys.modules) - before):
    module = sys.modules[name]
    if name.startswith(("pipeline.rules.", "pipeline.lexicons")) and getattr(module, "__file__", None):
        print(module.__file__)
"""


def test_cache_key_holds_every_module_the_build_imports():
    from pipeline.rules.english_lexicon import table_sources

    read = subprocess.run([sys.executable, "-c", _IMPORTED_BY_BUILD], cwd=ROOT, capture_output=True, text=True,
                          check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout.split()
    keyed = {entry.rsplit(":", 2)[0] for entry in table_sources()[1:]}
    assert read, "the build imported no module of pipeline.rules: the probe is broken"
    assert {str(Path(path).resolve()) for path in read} <= keyed


def test_cache_key_changes_when_a_rule_module_changes():
    from pipeline.rules import english_lexicon

    before = english_lexicon.table_sources()
    module = Path(english_lexicon.__file__).resolve().parent / "org_lists.py"
    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    try:
        assert english_lexicon.table_sources() != before
    finally:
        os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns))
