"""Character classes shared by the working text's substitutions and deletions (working_substitutions.py,
working_deletions.py, working.py): Han and kana ranges, CJK punctuation, the spaces that may be skipped,
ASCII punctuation, numerals, list marks between numerals and the echelon characters after them.
"""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
KANA = "\u3040-\u30ff"
CJK_PUNCT = "，。、；：！？（）「」『』“”‘’《》〈〉【】…～"
HP = HAN + KANA + CJK_PUNCT + "〇"      # CJK characters and CJK punctuation (〇: a Chinese digit)
SPACE = " \t\u3000\u00a0"
ASCII_PUNCT = ',():;!?"'

HAS_HAN = re.compile("[" + HAN + KANA + "]")

NUM = "0-9０-９一二三四五六七八九十百〇○零两"
LIST_SEP = "﹐﹑．·・•"
ECHELON = "师師军軍团團旅营營连連联聯队隊纵縱支"
