"""Forms of modern prose on the wars of the Ming and Qing (session 14 audit of fresh third-party pages on the wars of
1550–1900, auditzh23), read from how that prose names its people, not from any set's misses.

`find_ming_qing_war_forms(text)` (working text, Simplified) proposes:

- PERSON: an emperor named by his reign era (a Ming or Qing era of lexicons/eras.tsv, 洪武 … 宣统, 天命 … 崇德, the
  Southern Ming's): before 帝/皇帝 the era alone, the title outside (guideline 1, as the sets read `光绪|皇帝`):
  `万历帝批准`, `咸丰皇帝出逃` → `万历`, `咸丰`; and the bare era as the subject of a clause where it opens one (after
  a clause mark, 、/和/与/及, or the dynasty's name 明/清) and a verb of ruling or acting follows (`康熙命…`, `乾隆下诏`,
  `康熙把视线转向…`): popular history names the emperor by his era. Not before 年/间/朝/时/初/末 (the era as a period or
  a date), not `X帝国`, not the word eras (天命, 崇德) bare.

Cost: one pass over the positions of each era written in the text (str.find).
"""

from __future__ import annotations

from pipeline.rules.names_common import canonical_norm
from pipeline.rules.qing_forms import WORD_ERAS, era_first_years, era_places
from pipeline.spans import Candidate

SOURCE = "rule:reign-emperor"
_CLAUSE = set("，。、；：！？（）“”「」『』《》\n,;:!?() 　…")
_BEFORE = set("和与及明清是")
# what follows an emperor who acts: verbs of ruling, commanding and deciding, and the adverbs and particles that open a
# predicate (康熙命, 乾隆下诏, 康熙把, 康熙终于, 康熙亲征, 雍正即位)
ACTS = ("命", "令", "下诏", "下旨", "下令", "降旨", "诏", "谕", "遣", "派", "把", "将", "亲", "即位", "登基", "终于",
         "遂", "便", "于是", "决定", "决意", "认为", "闻", "得知", "大怒", "看", "对", "说", "批", "准", "又", "也", "则",
         "乃", "曾", "还", "御", "驾", "东巡", "南巡", "西巡", "北巡", "死", "驾崩", "去世")
_NOT_AFTER = ("年间",)


def find_ming_qing_war_forms(text: str) -> list[Candidate]:
    """Candidates of the forms above in `text` (working text, Simplified)."""
    out: list[Candidate] = []
    places = era_places(text)
    for era in era_first_years():
        if era not in places:
            continue
        for at in places[era]:
            end = at + len(era)
            prev = text[at - 1] if at else "\n"
            if text.startswith(("皇帝", "帝"), end) and not text.startswith("帝国", end):
                if prev in _CLAUSE or prev in _BEFORE or not "\u4e00" <= prev <= "\u9fff" or prev in "由令请奏使":
                    out.append(Candidate(at, end, "PERSON", SOURCE, 62, norm=canonical_norm(era)))   # 光绪 of persons_qing.tsv
                continue
            if era in WORD_ERAS or not (prev in _CLAUSE or prev in _BEFORE or at == 0):
                continue
            if text.startswith(_NOT_AFTER, end):
                continue
            if text.startswith(ACTS, end):
                out.append(Candidate(at, end, "PERSON", SOURCE, 45, norm=canonical_norm(era)))
    return out
