"""The scan of the place finder (pipeline.rules.places) over the place lexicon: leftmost-longest
non-overlapping names, found by dispatching on their first two characters (`_iter_names`, kept for the last
text: place_address_chains and place_towns read the same matches), and jieba's frequency of a word
(`_jieba_word_freq`) the scan and the checks of a match read."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import per_last_text
from pipeline.rules.trie import trie_regex


@lru_cache(maxsize=1)
def _name_matchers() -> tuple[re.Pattern, dict[str, re.Pattern | None], frozenset[str]]:
    """A scanner for positions where some name's first two characters may start, a trie
    regex of the rest per two-character prefix (None when no name is longer), and the
    two-character names.

    Dispatching on the prefix avoids re trying thousands of top-level alternatives at
    every position; the scanner's look-ahead on the second character halves the hits."""
    from pipeline.regex_cache import code_version
    from pipeline.segment import cache_file, cached

    sources, pairs, scanner = cached(cache_file("placeprefixes", code_version()), _matcher_sources)
    return re.compile(scanner), {prefix: re.compile(source) if source is not None else None
                                 for prefix, source in sources.items()}, pairs


def _matcher_sources() -> tuple[dict[str, str | None], frozenset[str], str]:
    """_name_matchers' pattern sources (the trie of the rest per two-character prefix, None when no name is longer),
    its two-character names and the scanner's source: kept in the temp dir between runs under the version of the code
    and lexicons, as place_towns.tables is (session 34, w34speed: the ~5,000 tries took about 0.1 s of every start)."""
    by_prefix: dict[str, list[str]] = {}
    for name in place_lexicon():
        if len(name) >= 2:
            by_prefix.setdefault(name[:2], []).append(name[2:])
    sources = {prefix: (trie_regex(tails) if any(tails) else None) for prefix, tails in by_prefix.items()}
    pairs = frozenset(prefix for prefix, tails in by_prefix.items() if "" in tails)
    firsts = "".join(re.escape(c) for c in sorted({p[0] for p in by_prefix}))
    seconds = "".join(re.escape(c) for c in sorted({p[1] for p in by_prefix}))
    return sources, pairs, f"[{firsts}](?=[{seconds}])"


@per_last_text
def iter_names(text: str) -> tuple[tuple[int, int], ...]:
    """Leftmost-longest non-overlapping lexicon matches: (start, end). The place finder and
    place_address_chains both read them in one document's text: the last text's are kept."""
    return tuple(_scan_names(text))


_MATCH_START = re.Match.start


def _scan_names(text: str):
    scanner, rests, pairs = _name_matchers()
    pos = 0
    # the scanner's hits whose two characters start a name, kept in one comprehension (most are not)
    for start in [at for at in map(_MATCH_START, scanner.finditer(text)) if text[at:at + 2] in rests]:
        if start < pos:
            continue
        prefix = text[start : start + 2]
        rest = rests[prefix]
        tail = rest.match(text, start + 2) if rest is not None else None
        if tail is not None:
            end = tail.end()
        elif prefix in pairs:
            end = start + 2
        else:
            continue
        if end - start == 2 and start > 0 and jieba_word_freq(text[start - 1:start + 1]) >= 300 \
                and _starts_name(text, start + 1, rests, pairs):
            continue  # 重镇平壤, 离开平壤: 镇平/开平 read across a word; the name after it is the place
        if end - start == 2 and text[start] in _PREPOSITION_CHARS and (after := _name_end(text, start + 1, rests, pairs)) > end \
                and not (after == end + 1 and text[end] == "城" and _is_county(text[start:end])):
            continue  # 从江华岛, 沿河南省: a preposition and a longer name (not the county 从江, 沿河)
            # but 离石城 is the county 离石 and its walled town, not 离 + the county 石城 (r3zhnums)
        yield start, end
        pos = end


# characters that are a preposition before a place and also begin a two-character county (从江, 沿河, 自流井)
_PREPOSITION_CHARS = frozenset("从沿自向往到至经由距离对")


def _is_county(name: str) -> bool:
    """Whether the place lexicon holds `name` as a county, district or city."""
    entry = place_lexicon().get(name)
    return entry is not None and entry.label == "GPE" and entry.kind in ("county", "district", "city", "prefecture")


def _name_end(text: str, at: int, rests, pairs) -> int:
    """The end of the longest lexicon name starting at `at`, or -1."""
    prefix = text[at:at + 2]
    if prefix not in rests:
        return -1
    rest = rests[prefix]
    tail = rest.match(text, at + 2) if rest is not None else None
    return tail.end() if tail is not None else (at + 2 if prefix in pairs else -1)


def _starts_name(text: str, at: int, rests, pairs) -> bool:
    """Whether a lexicon name starts at `at`."""
    prefix = text[at:at + 2]
    if prefix not in rests:
        return False
    rest = rests[prefix]
    return (rest is not None and rest.match(text, at + 2) is not None) or prefix in pairs


def jieba_word_freq(word: str) -> int:
    global _WORDS
    if _WORDS is None:
        from pipeline.rules.names_common import word_info
        _WORDS = word_info()
    return _WORDS.get(word, (0, ""))[0]


_WORDS: dict | None = None
