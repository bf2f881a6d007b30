"""Build pipeline/lexicons/qing_divisions_cn.tsv: the prefecture-level units (府, 直隶州, 直隶厅) and the
county-level units (县, 散州, 厅) of the Qing empire as they stood in 1911 — the names the Republic inherited and
renamed (1913–14: 府 and 州 abolished, duplicate county names changed) and which histories of the Taiping, Nian,
Boxer and 1911 wars, and local histories of the 1920s–40s, still use (淮安府, 鄜州, 宛平县, 铜鼓厅) — with the
division that continues each today as `modern`.

Usage: python -m pipeline.lexicons.build_qing_divisions v4_1911_pref_pts_utf.txt v4_1911_cnty_pts_utf.txt \
           v6_time_pref_pts_utf_wgs84.dbf v6_time_cnty_pts_utf.dbf

The layers are CHGIS's (China Historical Geographic Information System, Fairbank Center for Chinese Studies,
Harvard University, and Center for Historical Geographical Studies, Fudan University):
- Version 6 (2016) time series of prefecture and county points (attribute tables .dbf of the shapefiles), of
  which the units still in place in 1911 (END_YR 1911) are taken: all provinces CHGIS covers, Sichuan and the
  north-east included; held by the public repository shaobaixiong/bencao (CHGIS/v6_time_pref_pts/
  v6_time_pref_pts_utf_wgs84.zip and CHGIS/CHGIS_V6_Time_Counties/v6_time_cnty_pts_utf.zip at commit 9762303;
  removed from its tree since);
- Version 4 (2007) 1911 prefecture and county points (UTF-8 CSV), which spell some units otherwise (个旧厅,
  遵化州); held by SenYan1999/qingshilu-riot-ml (data/location/1911/, commit 8a19d59).
They are read, never committed; v4 first, whose PRES_LOC names the successor of 1911 (石埭 → 石台) where v6 may
name the place of an older seat (黄山). Fields used: NAME_CH, TYPE_CH (府, 直隶州, 直隶厅, 州, 县, 厅, 土州 …),
PRES_LOC (the present-day place of its seat, e.g. 江苏涟水县治, 今四川宜宾市), END_YR (v6), LEV1_CH / LEV2_CH
(v4: province, prefecture; for v6 the province is read from PRES_LOC).

One row per name form:
- the full name (淮安府, 六安州, 铜鼓厅, 宛平县) when no other lexicon reads it whole. A 县 whose stem today's
  lexicon reads is left out (the place finder reads 桐城 + 县 already); a 府, 州 or 厅 whose stem it reads is
  kept, since those suffixes are not absorbed (淮安府 would be cut to 淮安);
- the stem of a 府, 县 or 厅 (宛平, 铜鼓) when it has two or more characters, today's lexicon does not read it,
  no division of today has it as its stem (顺德区, 零陵区: the gazetteer reads those stems bare or not at all,
  by its own rules), it does not read as a given name (name_chars.tsv: 永明 after a surname), jieba knows it as no other word
  (东流 n, 天保 nz; nor as a name 100 times or more: 扬子, 青城), and it is safe by the rules of build_former_counties (not in places_stoplist.tsv, no ordinary jieba word or
  verb/adjective, no landform or unit-kind ending); the stem of a 州 is never taken (鄜 alone is no name);
- left out: native chieftaincies and their sub-units (土司, 长官司, 宣抚司, 土州 stems), names with a
  character outside the CJK block.
- forms the public NER corpora of ../shared/data (MSRA, People's Daily 1998, CLUENER2020: read, never committed)
  hold outside any place or organisation span more often than inside (元和: 3000元和
  2000元; 博平: 立博平赔; 信都: 相信都).
`modern`: the division of today that holds the seat (PRES_LOC's county or city, found in gazetteer_cn.tsv or,
for a name changed since 1980, former_counties_cn.tsv), its usual short form; empty when it is the stem itself
(淮安府 → 淮安: only the rank changed; the id is kept). A name several units share keeps no modern and no id.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from pipeline.lexicons import read_rows, write_table
from pipeline.lexicons.build_former_counties import gazetteer_tables, short_is_word
from pipeline.lexicons.build_gazetteer import LANDFORM_END_RE, load_jieba_pos, load_stoplist, short_is_safe

LEXICON_DIR = Path(__file__).resolve().parent
OUT_PATH = LEXICON_DIR / "qing_divisions_cn.tsv"
PREFECTURE_TYPES = {"府": "prefecture", "直隶州": "prefecture", "直隶厅": "prefecture"}
COUNTY_TYPES = {"县": "county", "州": "county", "厅": "county", "土州": "county", "土县": "county"}
# province names as PRES_LOC writes them before the county (江苏…, 广西壮族自治区…, 北京市…)
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
             "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南",
             "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾")
PROVINCE_RE = re.compile(rf"^今?(?:{'|'.join(PROVINCES)})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?")
# the present-day county or city in the rest of PRES_LOC: 涟水县治, 紫金县县治紫城镇, 淮阴市治, 武义县柳城
PRESENT_RE = re.compile(r"^([\u4e00-\u9fff]{1,8}?(?:自治县|县|市|区|旗))")
BAD_STEM_END_RE = re.compile("(?:土|司|营|卫|所)$")
# a stem whose first character is this often the first of a two-character given name and whose second is this
# often the second reads as a person's given name after a surname (张永明, 李建安): not taken bare
GIVEN_NAME_COUNT = 10
# a stem jieba knows other than as a name (东流 n "flows east", 天保 nz an era, 良乡 n), or knows this often
# (扬子 127: 扬子江, 青城 507: 青城山, 那马 230: 那|马), is not taken bare
STEM_WORD_FREQ = 100
STEM_NAME_POS = {"ns", "nr", "nrt"}

HEADER = """\
# Qing prefecture- and county-level units of 1911 (府, 直隶州, 直隶厅; 县, 州, 厅)
# whose names the other place lexicons do not read whole, with the division of today that holds the seat.
# Generated by `python -m pipeline.lexicons.build_qing_divisions v4_1911_pref_pts_utf.txt v4_1911_cnty_pts_utf.txt
#   v6_time_pref_pts_utf_wgs84.dbf v6_time_cnty_pts_utf.dbf` — do not edit by hand (the first layer to name a unit wins). Source: CHGIS (Harvard Fairbank Center /
#   Fudan Center for Historical Geographical Studies): Version 6 (2016) time-series prefecture and county points, units
#   in place in 1911, from github.com/shaobaixiong/bencao (CHGIS/, commit 9762303), and Version 4 (2007) 1911 layers
#   from github.com/SenYan1999/qingshilu-riot-ml (data/location/1911/, commit 8a19d59); only names, types, provinces,
#   prefectures and the present-day seat (PRES_LOC) are used. CHGIS terms: free for academic research with citation
#   ("CHGIS, Version 6. (c) Fairbank Center … and Fudan University, 2016"), no redistribution of the data files; the
#   names themselves are historical facts.
#   Short forms filtered as in build_former_counties.py (places_stoplist.tsv, jieba 0.42.1 dict.txt, MIT).
# columns: name	label	canonical	kind	type	province	parent	modern	id
#   name: the form matched in text; canonical: the unit's full name; kind: prefecture|county; type: the Qing
#   type (府, 直隶州, 直隶厅, 县, 州, 厅); province, parent: its province and prefecture in 1911; modern: today's
#   division holding its seat (usual short form), empty when it is the name's own stem; id: gazetteer id
"""


def read_dbf(path: str) -> list[dict]:
    """The records of a dBase III attribute table (a shapefile's .dbf), every field as a stripped string."""
    import struct

    data = Path(path).read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        fields.append((data[pos:pos + 11].split(b"\0")[0].decode("ascii"), data[pos + 16]))
        pos += 32
    records = []
    for i in range(count):
        raw = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        if raw[:1] == b"*":
            continue
        record, offset = {}, 1
        for name, size in fields:
            record[name] = raw[offset:offset + size].decode("utf-8", "replace").strip()
            offset += size
        records.append(record)
    return records


def read_layer(path: str) -> list[dict]:
    """A CHGIS layer: v6 time series (.dbf: the units still in place in 1911, END_YR = 1911) or a v4 1911 layer
    (.txt/.csv). The v6 tables have no province column: it is taken from PRES_LOC (今四川…)."""
    if path.endswith(".dbf"):
        records = [rec for rec in read_dbf(path) if rec.get("END_YR", "").lstrip("-").isdigit()
                   and int(rec["END_YR"]) >= 1911]
        for rec in records:
            found = PROVINCE_RE.match(rec.get("PRES_LOC", "").strip())
            rec["LEV1_CH"] = re.sub("^今|省$|市$|(?:壮族|回族|维吾尔)?自治区$", "", found.group()) if found else ""
        return records
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def known_forms() -> set[str]:
    """Every name the place lexicon reads without this file (its loader is switched off for the call)."""
    from pipeline.normalize import places

    saved = places._qing_entries
    places._qing_entries = lambda: {}
    try:
        return set(places.place_lexicon.__wrapped__())
    finally:
        places._qing_entries = saved


def present_day(pres_loc: str, canon: dict, by_name: dict, former: dict) -> tuple[str, str]:
    """(usual short form, gazetteer adcode or "") of the division PRES_LOC names."""
    rest = PROVINCE_RE.sub("", pres_loc.strip().lstrip("今"))
    province = PROVINCE_RE.match(pres_loc.strip().lstrip("今"))
    if not rest or rest.startswith(("城区", "市区", "市治", "老城")):
        if province:
            name = province.group().lstrip("今")
            code = by_name.get(name) or by_name.get(name + "市")
            return (canon[code][1], code) if code else ("", "")
        return "", ""
    match = PRESENT_RE.match(rest)
    if not match:
        return "", ""
    name = match.group(1)
    for form in (name, name[:-1] + "市", name[:-1] + "县", name[:-1] + "区"):
        code = by_name.get(form)
        if code:
            return canon[code][1], code
    if name in former:
        return former[name]
    return "", ""


def former_successors() -> dict[str, tuple[str, str]]:
    """Former county names (former_counties_cn.tsv) -> (modern short form, adcode)."""
    out = {}
    for name, _label, canonical, _kind, _code, _parent, _years, modern, pid in read_rows("former_counties_cn.tsv"):
        if name == canonical and pid:
            out[name] = (modern or "", pid[3:])
    return out


_T2S: list = []


def to_simplified(text: str) -> str:
    if not _T2S:
        try:
            import opencc
            _T2S.append(opencc.OpenCC("t2s").convert)
        except ModuleNotFoundError:
            _T2S.append(lambda value: value)
    return _T2S[0](text)


def given_name_counts() -> tuple[dict[str, int], dict[str, int]]:
    """name_chars.tsv: how many two-character given names start / end with each character."""
    first, second = {}, {}
    for row in read_rows("name_chars.tsv"):
        if len(row) >= 5 and row[3].isdigit() and row[4].isdigit():
            first[row[0]], second[row[0]] = int(row[3]), int(row[4])
    return first, second


# a unit of the same name whose seat lies this close (in degrees of longitude and latitude) is the same unit
SAME_PLACE_DEGREES = 0.5


def coordinates(rec: dict) -> tuple[float, float] | None:
    try:
        return float(rec.get("X_COORD") or rec.get("X_COOR")), float(rec.get("Y_COORD") or rec.get("Y_COOR"))
    except (TypeError, ValueError):
        return None


def stem_is_word(stem: str, jieba_pos: dict) -> bool:
    if stem not in jieba_pos:
        return False
    freq, pos = jieba_pos[stem]
    return pos not in STEM_NAME_POS or freq >= STEM_WORD_FREQ


# the public NER corpora of ../shared/data (read, never committed): a form found there at least once outside any
# place or organisation span, and more often outside than inside, is read across other words (3000元和2000元,
# 立博平赔, 相信都, 重庆符号) and is left out
CORPUS_OUTSIDE_MIN = 1
PLACE_TAGS = {"LOC", "ADDRESS", "SCENE", "GOVERNMENT", "ORG", "COMPANY", "NS", "NT", "GPE"}


def corpus_texts(data_dir: Path) -> list[tuple[str, list[str]]]:
    """(text, per-character tag) of the BIO files (MSRA, People's Daily 1998) and CLUENER2020's json under data_dir."""
    import json

    texts = []
    for path in sorted(data_dir.glob("msra/*bio*.txt")) + sorted(data_dir.glob("peoples_daily_1998/example.*")):
        chars, tags = [], []
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            chars.append(parts[0] if len(parts) >= 2 else "\n")
            tags.append(parts[-1] if len(parts) >= 2 else "O")
        texts.append(("".join(chars), tags))
    for path in sorted(data_dir.glob("cluener2020/*.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record["text"]
            tags = ["O"] * len(text)
            for label, names in (record.get("label") or {}).items():
                for spans in names.values():
                    for start, end in spans:
                        for i in range(start, end + 1):
                            tags[i] = "I-" + label.upper()
            texts.append((text, tags))
    return texts


def read_across_words(forms: set[str], texts: list[tuple[str, list[str]]]) -> set[str]:
    """Forms the corpora hold at least CORPUS_OUTSIDE_MIN times outside a place span, and more often so than inside."""
    counts: dict[str, list[int]] = {}
    for text, tags in texts:
        for form in forms:
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                inside = all(tag != "O" and tag[2:] in PLACE_TAGS for tag in tags[at:end])
                count = counts.setdefault(form, [0, 0])
                count[inside] += 1
                at = text.find(form, end)
    return {form for form, (outside, inside) in counts.items() if outside >= CORPUS_OUTSIDE_MIN and outside > inside}


def stem_of(name: str, qing_type: str) -> str:
    for suffix in ("直隶州", "直隶厅", "土州", "土县", "府", "县", "厅", "州"):
        if qing_type.endswith(suffix[-1]) and name.endswith(suffix[-1]):
            return name[:-1]
    return name


def build_rows(records: list[dict], known: set[str], stop: set[str], jieba_pos: dict) -> list[list[str]]:
    _forms, canon, by_name = gazetteer_tables()
    former = former_successors()
    first, second = given_name_counts()
    rows = []
    seen: dict[tuple[str, str], list] = {}
    for rec in records:
        name, qing_type = rec["NAME_CH"].strip(), rec["TYPE_CH"].strip()
        kind = PREFECTURE_TYPES.get(qing_type) or COUNTY_TYPES.get(qing_type)
        if not kind or not name or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or len(name) < 2:
            continue
        if not name.endswith(("府", "州", "厅", "县")) or to_simplified(name) != name:
            continue      # 上猶县, 永豐县: a Traditional spelling in the tables; the working text is Simplified
        stem = stem_of(name, qing_type)
        modern, code = present_day(rec.get("PRES_LOC", ""), canon, by_name, former)
        if modern in (stem, name):
            modern = ""
        common = ["GPE", name, kind, qing_type, rec.get("LEV1_CH", "").strip(), rec.get("LEV2_CH", "").strip(),
                  modern, f"cn:{code}" if code else ""]
        forms = []
        if name not in known and not (name.endswith("县") and stem in known):
            forms.append(name)
        successor_stem = canon[code][0][:-1] if code and code in canon else ""
        name_like = first.get(stem[0], 0) >= GIVEN_NAME_COUNT and second.get(stem[-1], 0) >= GIVEN_NAME_COUNT
        if not name.endswith("州") and qing_type not in ("土州", "土县") and len(stem) >= 2 and stem not in known \
                and stem != successor_stem and not name_like and not stem_is_word(stem, jieba_pos) and not any(stem + end in by_name for end in "区县市旗") \
                and not BAD_STEM_END_RE.search(stem) and not LANDFORM_END_RE.search(stem) \
                and short_is_safe(stem, "county", stop, jieba_pos) and not short_is_word(stem, jieba_pos):
            forms.append(stem)
        point = coordinates(rec)
        for form in forms:
            places = seen.setdefault((form, name), [])
            if any(point and other and abs(point[0] - other[0]) < SAME_PLACE_DEGREES
                   and abs(point[1] - other[1]) < SAME_PLACE_DEGREES for other in places) \
                    or (not point and places):
                continue      # the same unit in a later layer (v6 after v4)
            places.append(point)
            rows.append([form, *common])
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__)
        return 2
    records = [rec for path in argv for rec in read_layer(path)]
    rows = build_rows(records, known_forms(), load_stoplist(), load_jieba_pos())
    data_dir = LEXICON_DIR.parents[2] / "shared" / "data"
    if not data_dir.exists():
        data_dir = Path("/work/shared/data")
    if data_dir.exists():
        across = read_across_words({row[0] for row in rows}, corpus_texts(data_dir))
        rows = [row for row in rows if row[0] not in across]
        print(f"left out as read across words in {data_dir}: {' '.join(sorted(across))}")
    write_table(OUT_PATH, HEADER, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
