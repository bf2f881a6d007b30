"""Corpus records as TEI P5 XML: one <TEI> per document inside a <teiCorpus>.

Each document's text stands unchanged in one `<ab xml:space="preserve">`; every
entity is an element around its exact characters:

    PERSON    <persName>                      ORG       <orgName>
    MIL_UNIT  <orgName type="military" ref="JP/army/11">
    GPE/LOC   <placeName type="gpe|loc" ref="cn:430400">
    FAC       <placeName type="fac">          EVENT     <name type="event">
    DATE      <date when="1944-06-18">  (seasons and halves as notBefore/notAfter)
    QUANTITY  <measure quantity="148000" unit="人">

`read_tei` parses such a file back to (id, text, spans), so a round trip is checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterable
from xml.sax.saxutils import escape, quoteattr

from pipeline.errors import ZhanjiError
from pipeline.io import atomic_writer
from pipeline.version import PIPELINE

TEI_NS = "http://www.tei-c.org/ns/1.0"
ELEMENTS = {"PERSON": ("persName", None), "ORG": ("orgName", None),
            "MIL_UNIT": ("orgName", "military"), "GPE": ("placeName", "gpe"),
            "LOC": ("placeName", "loc"), "FAC": ("placeName", "fac"),
            "EVENT": ("name", "event"), "DATE": ("date", None), "QUANTITY": ("measure", None)}
LABEL_OF = {value: label for label, value in ELEMENTS.items()}
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_W3C_DATE = re.compile(r"^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$")
_SEASONS = {"SP": ("03", "05"), "SU": ("06", "08"), "FA": ("09", "11"), "WI": ("12", "02"),
            "H1": ("01", "06"), "H2": ("07", "12")}


def date_attributes(value: str | None) -> dict[str, str]:
    """TEI dating attributes of a DATE value (1944-06-18, 1944-SP, 1944-06-18TMO, ...)."""
    if not value:
        return {}
    value = re.sub(r"T(MO|AF|EV|NI)$", "", value)
    if _W3C_DATE.match(value):
        return {"when": value + (":00" if re.search(r"T\d{2}:\d{2}$", value) else "")}
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI|H1|H2)$", value)
    if m:
        year, (first, last) = int(m.group(1)), _SEASONS[m.group(2)]
        return {"notBefore": f"{year}-{first}", "notAfter": f"{year + (m.group(2) == 'WI')}-{last}"}
    return {}


def _attributes(ent: dict) -> dict[str, str]:
    label, norm = ent["label"], ent.get("norm") or {}
    element, kind = ELEMENTS[label]
    attrs = {"type": kind} if kind else {}
    if label in ("MIL_UNIT", "GPE", "LOC", "FAC") and norm.get("id"):
        attrs["ref"] = str(norm["id"])
    elif label == "DATE":
        attrs.update(date_attributes(norm.get("value")))
    elif label == "QUANTITY":
        if isinstance(norm.get("value"), (int, float)) and not isinstance(norm.get("value"), bool):
            attrs["quantity"] = repr(norm["value"]) if isinstance(norm["value"], float) else str(norm["value"])
        if norm.get("unit"):
            attrs["unit"] = str(norm["unit"])
    return attrs


def _open_tag(ent: dict) -> tuple[str, str]:
    element = ELEMENTS[ent["label"]][0]
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in _attributes(ent).items())
    return f"<{element}{attrs}>", f"</{element}>"


def _text(value: str) -> str:
    """Character data; a carriage return is written as a reference (XML parsers fold it)."""
    return escape(value).replace("\r", "&#13;")


def tei_document(record: dict) -> str:
    """One <TEI> element for a record (text unchanged between the tags)."""
    text, doc_id = record["text"], str(record.get("id", ""))
    bad = _XML_INVALID.search(text)
    if bad:
        raise ZhanjiError(f"{doc_id}: character U+{ord(bad.group()):04X} at offset {bad.start()} "
                          "cannot be written in XML")
    parts, pos = [], 0
    for ent in sorted(record.get("entities") or [], key=lambda e: (e["start"], e["end"])):
        opening, closing = _open_tag(ent)
        parts += [_text(text[pos:ent["start"]]), opening, _text(text[ent["start"]:ent["end"]]), closing]
        pos = ent["end"]
    parts.append(_text(text[pos:]))
    meta = record.get("meta") or {}
    lang = meta.get("script") if str(meta.get("script", "")).startswith("zh-") else meta.get("lang")
    lang_attr = f" xml:lang={quoteattr(lang)}" if lang in ("zh-Hans", "zh-Hant", "en", "zh") else ""
    source = meta.get("source") or meta.get("url") or ""
    return (f"<TEI n={quoteattr(doc_id)}>\n"
            f"<teiHeader><fileDesc><titleStmt><title>{escape(doc_id)}</title></titleStmt>"
            f"<publicationStmt><p>Entities annotated by {escape(PIPELINE)}.</p></publicationStmt>"
            f"<sourceDesc><p>{escape(str(source))}</p></sourceDesc></fileDesc></teiHeader>\n"
            f"<text{lang_attr}><body><ab xml:space=\"preserve\">{''.join(parts)}</ab></body></text>\n"
            f"</TEI>\n")


def tei_corpus(records: Iterable[dict]) -> Iterable[str]:
    """The pieces of one TEI file holding every record, in order."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (f'<teiCorpus xmlns="{TEI_NS}">\n<teiHeader><fileDesc><titleStmt><title>zhanji corpus'
           f'</title></titleStmt><publicationStmt><p>{escape(PIPELINE)}</p></publicationStmt>'
           '<sourceDesc><p>Extracted or reviewed corpus records (JSONL).</p></sourceDesc>'
           '</fileDesc></teiHeader>\n')
    for record in records:
        yield tei_document(record)
    yield "</teiCorpus>\n"


def write_tei(path, records: Iterable[dict]) -> int:
    """Write records as one TEI file atomically; returns the number of documents."""
    count = 0
    with atomic_writer(path) as handle:
        for piece in tei_corpus(records):
            handle.write(piece)
            count += piece.startswith("<TEI ")
    return count


def read_tei(path) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """(id, text, [(start, end, label)]) of each document of a TEI file written by write_tei."""
    ns = {"tei": TEI_NS}
    out = []
    for tei in ET.parse(path).getroot().findall("tei:TEI", ns):
        ab = tei.find("tei:text/tei:body/tei:ab", ns)
        chunks, spans = [ab.text or ""], []
        for child in ab:
            start = sum(map(len, chunks))
            inner = "".join(child.itertext())
            chunks.append(inner)
            tag = child.tag.split("}", 1)[1]
            spans.append((start, start + len(inner), LABEL_OF[(tag, child.get("type"))]))
            chunks.append(child.tail or "")
        out.append((tei.get("n"), "".join(chunks), spans))
    return out
