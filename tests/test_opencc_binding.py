"""Both OpenCC bindings: the official `opencc` and `opencc-python-reimplemented`.

`make test` runs this file with the script-conversion, offset-map and
Simplified/Traditional equivalence tests twice: in .venv (official binding) and in
.venv-opencc-py (pure-Python binding), with ZHANJI_OPENCC_BINDING naming the one
that must be installed, so the run proves which binding it tested.
"""

import os

import pytest

from pipeline.errors import ZhanjiError
from pipeline.script import binding, convert_text, convert_with_map


def test_the_expected_binding_is_installed():
    expected = os.environ.get("ZHANJI_OPENCC_BINDING", "opencc")
    assert binding() == expected


def test_core_configs_convert_the_same_under_either_binding():
    text = "第37师团从中牟县向暂编第十五军阵地发起攻击，战车发动。"
    hant = convert_text(text, "s2t")
    assert hant == "第37師團從中牟縣向暫編第十五軍陣地發起攻擊，戰車發動。"
    assert convert_text(hant, "t2s") == text
    conv = convert_with_map("我的内存很大。\n", "s2twp")
    assert conv.text == "我的記憶體很大。\n"
    assert conv.offsets.span_to_dst(2, 4) == (2, 5)


def test_a_config_the_binding_lacks_is_a_clear_error():
    if binding() == "opencc":
        assert convert_text("乾隆", "t2jp")
        return
    with pytest.raises(ZhanjiError, match="not available with the installed opencc-python-reimplemented"):
        convert_text("乾隆", "t2jp")
