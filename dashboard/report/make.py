"""Make a report file: build the slides, render each chart once, write PowerPoint or PDF."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from dashboard import images
from dashboard.charts import Ask
from dashboard.report import content, pdf, slides
from dashboard.report.content import Report
from dashboard.report.scope import Scope

WRITERS = {"pptx": slides.write, "pdf": pdf.write}


def render_images(report: Report) -> dict[int, bytes]:
    """Each chart slide's PNG (1920×1080), by slide position: one rendering serves both formats."""
    return {i: images.render(s.figure, "png") for i, s in enumerate(report.slides) if s.figure is not None}


def to_bytes(report: Report, pictures: dict[int, bytes], fmt: str) -> bytes:
    if fmt not in WRITERS:
        raise ValueError(f"unknown report format {fmt!r}; use .pptx or .pdf")
    buffer = io.BytesIO()
    WRITERS[fmt](report, pictures, buffer)
    return buffer.getvalue()


def make(ask: Ask, scope: Scope, date_from: date, date_to: date, lang: str, out: Path, made_on: date) -> Report:
    """Write the report for a scope and period to `out` (.pptx or .pdf, by its suffix), in a folder that exists."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in WRITERS:
        raise ValueError(f"unknown report format {out.suffix!r}; use .pptx or .pdf")
    report = content.build(ask, scope, date_from, date_to, lang, made_on)
    data = to_bytes(report, render_images(report), fmt)
    partial = out.with_name(out.name + ".partial")  # a half-written file never takes the real name
    partial.write_bytes(data)
    partial.replace(out)
    return report
