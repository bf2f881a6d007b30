"""Segmentation: the project's fast no-HMM cut equals jieba's own, and lexicon words stay whole."""

import random

from pipeline import segment

SAMPLES = [
    "1944年4月17日，日军华北方面军司令官冈村宁次指挥第12军强渡黄河。",
    "衡陽會戰中，第十軍堅守衡陽47日。The 10th Army held Hengyang.",
    "  空格\r\n换行\t制表 ABC123 x86_64 #tag 3.5% a-b ",
    "暂编第十五军（军长刘昌义）河防阵地；汜水县（今并入荥阳）。",
]


def _random_texts(n=300, seed=7):
    rng = random.Random(seed)
    alphabet = ("军师团战区衡阳长沙日本第一二三四五六七八九十年月日，。、（）《》 \n\t"
                "ABCxyz0123456789.-_%#&+")
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(n)]


def test_fast_cut_equals_jieba_without_hmm():
    tk = segment.tokenizer()
    for text in SAMPLES + _random_texts():
        assert segment.cut(text) == tk.lcut(text, HMM=False), text


def test_cut_covers_the_text_and_keeps_lexicon_words_whole():
    text = SAMPLES[3]
    words = segment.cut(text)
    assert "".join(words) == text
    assert "汜水县" in words and "荥阳" in words


def test_inside_words_agrees_with_a_full_cut():
    import itertools

    text = ("1944年5月，某军第12师沿公路向北推进，\r\n与友军会合后攻占县城。\n"
            "Division 37 crossed the river; 王某某率部于6月3日抵达渡口 12km 处。\r\r\n")
    bounds = set(itertools.accumulate(map(len, segment.cut(text)), initial=0))
    every = set(range(len(text) + 1))
    assert segment.inside_words(text, every) == every - bounds
    rng = random.Random(7)
    for _ in range(50):
        some = set(rng.sample(sorted(every), 12))
        assert segment.inside_words(text, some) == some - bounds
    assert segment.inside_words(text, [0, len(text)]) == set()
    crlf = text.index("\r\n") + 1
    assert crlf in segment.inside_words(text, [crlf])


def test_dictionary_table_keeps_the_built_value(tmp_path, monkeypatch):
    """Session 34 (w34speed): a table built from the dictionary is built once, then read back from the temp dir."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return (frozenset({"甲乙", "丙丁戊"}), frozenset("己"))

    first = segment.dictionary_table("test-table", build)
    second = segment.dictionary_table("test-table", build)
    assert first == second == (frozenset({"甲乙", "丙丁戊"}), frozenset("己"))
    assert type(second[0]) is frozenset and built == [1]
    assert list(tmp_path.glob("zhanji-test-table-*.marshal"))
