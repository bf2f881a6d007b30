"""PERSON and ORG finders (persons.py, orgs.py) and their shared helpers (names_common.py).

This module keeps the old import path: `pipeline.rules.names:find_persons` / `find_orgs` and the
helpers other finders use (`surnames`, `known_places`, `word_info`, ...).
"""

from pipeline.rules.names_common import (  # noqa: F401
    glued_into_word, is_common_word, japanese_surnames, known_places, outside_titles, surnames, word_info,
)
from pipeline.rules.orgs import find_orgs  # noqa: F401
from pipeline.rules.persons import TITLES, find_persons  # noqa: F401
