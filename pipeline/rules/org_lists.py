"""Complete general lists of organisations (pipeline/lexicons/organisations_*.tsv), matched like organisations.tsv.

Each list is defined by a criterion stated in its header (the ROC's central organs, academies and parties 1912–49;
the Qing's central and military organs, arsenals, schools and the revolutionary parties and secret societies; the
CCP's and the PRC's organs and the mass organisations of the war years; Imperial Japan's organs, the collaborationist
regimes' and the international bodies that Chinese war histories name), not by what any annotated set holds. Their
Chinese names and aliases join the organisation lexicon of names_common (organisations.tsv keeps the canonical name
where both list a form); their English forms of two words or more that hold a word of their own (not only
institutional words: 'Zongli Yamen', 'Imperial Diet', not 'Ministry of War'), and acronyms of three capitals or
more ('NKVD'), join english_lexicon's table.

Precision guard, for the two-character forms only (户部, 青帮, 鲁艺): such a form is left out when it is a place of the
gazetteer or an ordinary word of jieba's dictionary (frequency >= 20, not tagged as an organisation `nt`), unless its
row's note says `[bare]` (the Qing boards 户部, 兵部: jieba knows them as words because they are the boards); where it
is matched, find_orgs' own guards apply (a form glued into a longer ordinary word, 炮兵部队 holds no 兵部).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules import lexicon_lists

_ACRONYM = re.compile("[A-Z]{3,6}")


def list_files() -> tuple[str, ...]:
    """The list files, organisations_*.tsv, in name order."""
    return lexicon_lists.list_files("organisations")


def list_rows() -> tuple[tuple[str, ...], ...]:
    """Every data row of every list file, organisations_*.tsv (name, aliases, English forms, note)."""
    return lexicon_lists.list_rows("organisations")


@lru_cache(maxsize=1)
def chinese_forms() -> dict[str, str]:
    """Chinese name or alias -> canonical name, the colliding two-character forms left out (not of a `[bare]` row)."""
    return lexicon_lists.chinese_forms(list_rows(), "nt", 20, bare=lambda row: len(row) > 3 and "[bare]" in row[3])


# institutional words: an English form made only of these names a kind of body that many states had
# ('Ministry of War', 'Naval Academy', 'Central Standing Committee'), not one body; it is left out
_GENERIC_ENGLISH = frozenset("""
of the and for The a Ministry Board House Representatives Naval Navy Air Force Army Academy War College Council
Advisory Relief Commission Examination Third Party Progressive Republican Literary Society Social Welfare Times
Executive Headquarters Central Archives Institute Modern History Military Department Office National Defense
Administrative Court Audit Provisional Senate General Staff Grand Association Government Information Standing
Supervisory Committee School Politburo Front Affairs Training Planning Justice Communications Railways Foreign
Personnel Finance Commerce Agriculture Interior Health Police Works Revenue Rites Punishments Civil Industry Forestry
Munitions Mines Land Administration Water Conservancy Reconstruction Economic Suppression Opium Mobilization Logistics
Combined Bureau Secrecy Protection Investigation Statistics Field Medical Political Museum University Restoration
Cabinet Diet Party's Peers Security Special Services Section Cultural Revolution Group Commission Discipline
Inspection Liaison International Daily News Evening Post Weekly Review Fund Development Company Budgets Accounts
Directorate-General Translation Research Center Literature Agency Technical Aviation Aeronautical Household
""".split())


def _generic_english(form: str) -> bool:
    return all(word in _GENERIC_ENGLISH for word in form.split())


@lru_cache(maxsize=1)
def english_forms() -> dict[str, str]:
    """English form -> canonical name; forms of two words or more, or an acronym of capitals (a single
    capitalised word is too often a common word: 'Censorate', 'Triads')."""
    out: dict[str, str] = {}
    for row in list_rows():
        for form in (row[2].split(",") if len(row) > 2 else []):
            form = form.strip()
            if _ACRONYM.fullmatch(form) or (len(form.split()) >= 2 and not _generic_english(form)):
                out.setdefault(form, row[0].strip())
    return out
