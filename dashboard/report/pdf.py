"""The report as a PDF (A4 landscape, for printing with the conference papers). Noto Sans is embedded, so
Vietnamese reads the same on any machine; long tables flow over pages with their headings repeated."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from fpdf import FPDF
from fpdf.fonts import FontFace

from dashboard.report.content import Report, Slide, column_shares
from etl.resources import data_dir

FONT_DIR = data_dir("fonts")
ACCENT = (31, 111, 139)
MARK = (190, 0, 0)


class _Document(FPDF):
    def __init__(self, footer_text: str, mark: str = ""):
        super().__init__(orientation="landscape", format="A4")
        self.footer_text = footer_text
        self.mark = mark
        self.add_font("NotoSans", "", FONT_DIR / "NotoSans-Regular.ttf")
        self.add_font("NotoSans", "B", FONT_DIR / "NotoSans-Bold.ttf")
        self.set_auto_page_break(auto=True, margin=15)
        self.set_margins(14, 12, 14)

    def header(self) -> None:
        """The simulated-data mark at the top of every page, when there is one."""
        if not self.mark:
            return
        self.set_xy(self.l_margin, 4)
        self.set_font("NotoSans", "B", 10)
        self.set_text_color(*MARK)
        self.cell(0, 6, self.mark, align="R")
        self.set_text_color(17, 17, 17)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font("NotoSans", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text, align="L")
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")


def _heading(pdf: _Document, text: str, size: int = 20) -> None:
    pdf.set_font("NotoSans", "B", size)
    pdf.set_text_color(*ACCENT)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_text_color(17, 17, 17)


def _table(pdf: _Document, slide: Slide, size: int) -> None:
    df = slide.table
    if df is None:
        raise ValueError(f"a {slide.kind} slide without its table: {slide.title}")
    shares = column_shares(len(df.columns))
    pdf.set_font("NotoSans", size=size)
    with pdf.table(
        col_widths=shares,
        text_align="LEFT",
        line_height=size * 0.5,
        padding=1.2,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ACCENT),
        repeat_headings=1,
    ) as table:
        table.row([str(c) for c in df.columns])
        for row in df.itertuples(index=False):
            table.row([str(v) for v in row])


def _add(pdf: _Document, slide: Slide, image: bytes | None) -> None:
    pdf.add_page()
    if slide.kind == "title":
        pdf.ln(45)
        _heading(pdf, slide.title, 30)
        pdf.set_font("NotoSans", size=16)
        for line in slide.lines:
            pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
        return
    _heading(pdf, slide.title)
    if slide.kind == "numbers":
        if slide.subtitle:
            pdf.set_font("NotoSans", size=10)
            pdf.multi_cell(0, 5, slide.subtitle, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        _table(pdf, slide, 14)
    elif slide.kind == "table":
        _table(pdf, slide, 8)
    elif slide.kind == "chart" and image is not None:
        width = pdf.epw
        height = width * 9 / 16
        room = pdf.h - pdf.get_y() - 16
        if height > room:
            height, width = room, room * 16 / 9
        pdf.image(io.BytesIO(image), x=(pdf.w - width) / 2, w=width, h=height)
    else:
        pdf.set_font("NotoSans", size=13)
        for line in slide.lines:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def write(report: Report, images: dict[int, bytes], out: str | Path | BinaryIO) -> None:
    """Save the PDF; `images` holds each chart slide's PNG by slide position."""
    pdf = _Document(report.title, report.mark)
    pdf.set_title(report.title)
    pdf.set_lang(report.lang)
    pdf.set_creator("phoihop")
    for i, slide in enumerate(report.slides):
        _add(pdf, slide, images.get(i))
    data = bytes(pdf.output())
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)
