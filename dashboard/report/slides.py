"""The report as a PowerPoint deck (16:9): titles in title placeholders, charts as pictures, tables as
native tables split over as many slides as they need."""

from __future__ import annotations

import io
import math
from typing import BinaryIO

import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN
from pptx.presentation import Presentation as Deck
from pptx.util import Inches, Length, Pt

from dashboard.report.content import Report, Slide, column_shares

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.4)
FONT = "Arial"  # on presenters' machines; it has the Vietnamese letters (LibreOffice maps it to Liberation Sans)
INK = RGBColor(0x11, 0x11, 0x11)
ACCENT = RGBColor(0x1F, 0x6F, 0x8B)
MARK = RGBColor(0xBE, 0x00, 0x00)
TABLE_PT = 12
TABLE_TOP = Inches(1.15)
TABLE_ROOM = HEIGHT - TABLE_TOP - Inches(0.55)  # down to the footer
CELL_PADDING = Inches(0.1)  # top and bottom margins of a cell together


def _style(paragraph, size: int, bold: bool = False, color: RGBColor = INK) -> None:
    for run in paragraph.runs:
        run.font.name = FONT
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = color


def _titled(prs: Deck, title: str, footer: str):
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only"
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = MARGIN, Inches(0.25), WIDTH - 2 * MARGIN, Inches(0.8)
    shape.text = title
    frame = shape.text_frame
    frame.word_wrap = True
    frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    _style(frame.paragraphs[0], 28, bold=True, color=ACCENT)
    box = slide.shapes.add_textbox(MARGIN, HEIGHT - Inches(0.4), WIDTH - 2 * MARGIN, Inches(0.3))
    box.text_frame.text = footer
    _style(box.text_frame.paragraphs[0], 10, color=RGBColor(0x55, 0x55, 0x55))
    return slide


def _lines(slide, lines: list[str], top: Length, size: int) -> None:
    box = slide.shapes.add_textbox(MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top - Inches(0.6))
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.space_after = Pt(size * 0.6)
        _style(paragraph, size)


def _table(slide, df: pd.DataFrame, top: Length, size: int) -> None:
    rows, cols = len(df) + 1, len(df.columns)
    width = WIDTH - 2 * MARGIN
    shape = slide.shapes.add_table(rows, cols, MARGIN, top, width, Inches(0.2) * rows)  # rows grow to their text
    table = shape.table
    shares = column_shares(cols)
    for i, share in enumerate(shares):
        table.columns[i].width = int(width * share)
    for c, name in enumerate(df.columns):
        table.cell(0, c).text = str(name)
        _style(table.cell(0, c).text_frame.paragraphs[0], size, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
    for r, row in enumerate(df.itertuples(index=False), start=1):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = str(value)
            cell.text_frame.word_wrap = True
            _style(cell.text_frame.paragraphs[0], size)


def _row_height(row: tuple, shares: tuple[float, ...], size: int) -> int:
    """The height (EMU) a row takes with its text wrapped in its cells: an estimate at ~0.5 em a character,
    on the generous side, so a slide's table never runs into its footer."""
    usable = (WIDTH - 2 * MARGIN - Inches(0.1) * len(shares)) / 12700  # points, less the cells' side margins
    lines = max(
        math.ceil(len(str(v)) / max(1, share * usable / (size * 0.52))) or 1
        for v, share in zip(row, shares, strict=True)
    )
    return int(lines * Pt(size * 1.2) + CELL_PADDING)


def pages(df: pd.DataFrame, size: int = TABLE_PT, room: int = TABLE_ROOM) -> list[pd.DataFrame]:
    """The table cut into slides that fit: long rows (many parties, several sources) take more room."""
    cols = len(df.columns)
    shares = column_shares(cols)
    header = _row_height(tuple(df.columns), shares, size)
    out, start, used = [], 0, header
    for i, row in enumerate(df.itertuples(index=False)):
        need = _row_height(tuple(row), shares, size)
        if used + need > room and i > start:
            out.append(df.iloc[start:i])
            start, used = i, header
        used += need
    out.append(df.iloc[start:])
    return out


def _add(prs: Deck, slide: Slide, image: bytes | None, footer: str) -> None:
    if slide.kind == "title":
        page = prs.slides.add_slide(prs.slide_layouts[0])
        page.shapes.title.text = slide.title
        title = page.shapes.title
        title.left, title.top, title.width, title.height = MARGIN, Inches(1.8), WIDTH - 2 * MARGIN, Inches(1.4)
        _style(page.shapes.title.text_frame.paragraphs[0], 40, bold=True, color=ACCENT)
        body = page.placeholders[1]
        body.left, body.top, body.width, body.height = MARGIN, Inches(3.4), WIDTH - 2 * MARGIN, Inches(2.5)
        body.text_frame.text = slide.lines[0]
        for line in slide.lines[1:]:
            body.text_frame.add_paragraph().text = line
        for paragraph in body.text_frame.paragraphs:
            _style(paragraph, 24)
        return
    if slide.kind == "table":
        chunks = pages(slide.table)
        for n, chunk in enumerate(chunks, start=1):
            title = slide.title if len(chunks) == 1 else f"{slide.title} ({n}/{len(chunks)})"
            _table(_titled(prs, title, footer), chunk, TABLE_TOP, TABLE_PT)
        return
    page = _titled(prs, slide.title, footer)
    if slide.kind == "numbers":
        if slide.subtitle:
            _lines(page, slide.subtitle.splitlines(), Inches(1.0), 14)
        _table(page, slide.table, Inches(1.8), 22)
    elif slide.kind == "chart" and image is not None:
        height = HEIGHT - Inches(1.15) - Inches(0.45)
        width = int(height * 16 / 9)
        page.shapes.add_picture(io.BytesIO(image), int((WIDTH - width) / 2), Inches(1.1), width, height)
    else:
        _lines(page, slide.lines, Inches(1.3), 20)


def _mark(slide, text: str) -> None:
    """The simulated-data mark in the top right corner of a slide, above whatever else is on it."""
    box = slide.shapes.add_textbox(WIDTH - MARGIN - Inches(6.5), Inches(0.05), Inches(6.5), Inches(0.35))
    box.text_frame.text = text
    paragraph = box.text_frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT
    _style(paragraph, 14, bold=True, color=MARK)


def write(report: Report, images: dict[int, bytes], out: str | BinaryIO) -> None:
    """Save the deck; `images` holds each chart slide's PNG by slide position."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    prs.core_properties.title = report.title
    prs.core_properties.language = report.lang
    for i, slide in enumerate(report.slides):
        _add(prs, slide, images.get(i), report.title)
    if report.mark:  # every slide, table continuations included: any one of them may be shown alone
        for page in prs.slides:
            _mark(page, report.mark)
    prs.save(out)
