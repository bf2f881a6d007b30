"""`zhanji report`: one self-contained HTML page over an extracted corpus.

Sections: documents with highlighted entities, a map of the located places
(province and country outlines embedded from assets/map.json), a timeline of
dated mentions, the chronicle (unit - place - date) and summary tables. The
data is assembled in pipeline.report.data; the page (assets/report.html, .css,
.js) only draws it and loads nothing from the network.
"""

from __future__ import annotations

__all__ = ["build_report", "render_html", "write_report"]


def __getattr__(name: str):
    """Lazy: `zhanji --help` imports the command, not the linking and rule modules."""
    if name == "build_report":
        from pipeline.report.data import build_report

        return build_report
    if name in ("render_html", "write_report"):
        from pipeline.report import render

        return getattr(render, name)
    raise AttributeError(name)
