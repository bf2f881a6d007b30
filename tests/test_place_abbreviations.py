"""The one table of one-character place abbreviations (lexicons/place_abbreviations.tsv) and its three views
(pipeline/rules/place_abbreviations.py)."""

from pipeline.lexicons import read_rows
import pytest

from pipeline.rules.place_abbreviations import (FINDER_READINGS, ROUTE_CHARS, ROUTE_PROVINCE_CHARS,
                                                TRAVEL_READINGS, province_abbreviations)

_FRAME_VALUES = {
    4: {"-", "province", "country", "city", "province+city"},
    5: {"-", "province", "city", "country"},
    6: {"-", "province", "city", "none"},
    7: {"-", "standard", "alternate", "former", "older"},
}


def test_every_row_is_well_formed():
    rows = [row for row in read_rows("place_abbreviations.tsv") if row]
    chars = [row[0] for row in rows]
    assert len(chars) == len(set(chars))                      # one row a character
    for row in rows:
        assert len(row) == 8 and len(row[0]) == 1, row
        for column, allowed in _FRAME_VALUES.items():
            assert row[column] in allowed, row
        named = {"province": row[1], "city": row[2], "country": row[3]}
        for column in (4, 5, 6):                               # a frame reads only a reading the row gives
            for reading in row[column].split("+"):
                if reading in named:
                    assert named[reading], row
        assert (row[7] == "-") == (not row[1]), row            # a province list holds exactly the province readings


def test_a_character_keeps_each_reading_in_its_own_frame():
    assert FINDER_READINGS["宁"] == ("宁夏", None)             # 宁 in a list of provinces
    assert TRAVEL_READINGS["宁"] == "南京"                     # 宁 as a journey's goal (赴宁): the Republican capital
    assert FINDER_READINGS["桂"] == ("广西", "桂林")
    assert TRAVEL_READINGS["桂"] == "" and TRAVEL_READINGS["京"] == ""   # read with no value
    assert FINDER_READINGS["柳"] == (None, "柳州") and FINDER_READINGS["缅"] == ("缅甸", None)
    assert TRAVEL_READINGS["汉"] == "汉口" and TRAVEL_READINGS["沪"] == "上海"


def test_route_view():
    assert {"汴", "芜", "钦", "秦", "邕", "蓉", "穗", "奉", "缅"} <= ROUTE_CHARS
    assert not {"厦", "潮", "宾", "汕"} & ROUTE_CHARS          # 大厦, 热潮, 贵宾 would read as route names
    assert {"豫", "奉", "康", "陇"} <= ROUTE_PROVINCE_CHARS
    assert not {"蓉", "汉", "缅"} & ROUTE_PROVINCE_CHARS       # cities and countries are no provinces
    assert "日" not in ROUTE_CHARS and "日" in FINDER_READINGS  # 中日 is a bound form of the finder, no route
    assert "苏" not in TRAVEL_READINGS                          # 赴苏 is "to the Soviet Union"


def test_province_lists():
    base = province_abbreviations()
    assert len(base) == 38 and len(set(base)) == 38                 # the PRC list's 34 first forms + 察 绥 热 康
    assert {"豫", "港", "台", "康", "察"} <= set(base)
    assert not {"蜀", "贵", "云", "秦", "陇", "奉", "蓉", "缅"} & set(base)
    narrowed = province_abbreviations(plus="陇奉", without="港澳台")
    assert set(narrowed) == set(base) - set("港澳台") | set("陇奉")
    with pytest.raises(ValueError):
        province_abbreviations(plus="蓉")                             # a city abbreviation is no province
