"""The faster ways the ETL reads and extracts give exactly what the plain ways give: the same text, title, address
and date of an HTML page as trafilatura's own metadata reading, the same documents, records and rows."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import trafilatura
from trafilatura.settings import Document as Extracted
from trafilatura.settings import Extractor

from etl.dates import parse_iso
from etl.html_pages import from_html
from etl.reading import RawDocument
from etl.spam import _CANDIDATE, _CANDIDATE_HINT

FORMATS = Path(__file__).parent / "fixtures" / "inputs" / "formats"

# pages of our own writing, one per way a page states its metadata (or does not)
PAGES = {
    "plain": "<html><head><title>Hội nghị ký kết chương trình phối hợp</title></head><body><article>"
    "<h1>Hội nghị ký kết chương trình phối hợp</h1><p>Sáng 3/4/2024, Hội Nông dân tỉnh A và Sở Nông nghiệp tỉnh"
    " A ký kết chương trình phối hợp giai đoạn 2024 - 2029.</p><p>Hai bên thống nhất nhiều nội dung.</p>"
    "</article></body></html>",
    "meta": "<html><head><meta property='og:title' content='Giao ban Cụm thi đua số 3 &amp; tổng kết'>"
    "<meta property='og:url' content='https://baotinh.vn/giao-ban-cum-3.html'>"
    "<meta property='article:published_time' content='2023-11-20T08:00:00+07:00'>"
    "<meta name='author' content='Phóng viên'><meta property='article:tag' content='thi đua'></head><body>"
    "<nav>Trang chủ</nav><article><p>Chiều 18/11, Cụm thi đua số 3 tổ chức hội nghị giao ban quý IV tại tỉnh"
    " B.</p><p>Các đơn vị trong cụm báo cáo kết quả thực hiện phong trào thi đua năm 2023.</p></article>"
    "<footer><a href='https://creativecommons.org/licenses/by/4.0/'>CC BY</a></footer></body></html>",
    "json_ld": '<html><head><script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline":'
    ' "Hai tỉnh ký kết hợp tác du lịch", "datePublished": "2022-05-06", "url":'
    ' "https://dulich.vn/hai-tinh-ky-ket", "author": {"name": "Nguyễn Văn A"}}</script></head><body>'
    "<div class='content'><p>Ngày 5/5/2022, UBND tỉnh C và UBND tỉnh D ký kết chương trình liên kết phát triển"
    " du lịch giai đoạn 2022 - 2025.</p><p>Theo chương trình, hai tỉnh phối hợp xây dựng sản phẩm du lịch.</p>"
    "</div></body></html>",
    "canonical": "<html><head><link rel='canonical' href='https://tinh.gov.vn/tin-tuc/so-ket-phoi-hop'>"
    "<title>Sơ kết phối hợp | Cổng thông tin</title></head><body><h1>Sơ kết 5 năm phối hợp</h1><div>"
    "<p>Ngày 12-6-2021, Công an tỉnh E và Viện Kiểm sát tỉnh E sơ kết 5 năm thực hiện quy chế phối hợp.</p>"
    "<p>Đăng lúc 14:00 12/06/2021</p></div></body></html>",
    "no_text": "<html><head><title>Trang chủ</title></head><body><nav>Trang chủ</nav></body></html>",
}


def _with_library_metadata(raw: RawDocument) -> RawDocument | None:
    """The page read as trafilatura reads it with its own metadata (the way the ETL read pages before)."""
    options = Extractor(output_format="python", fast=True, comments=False, with_metadata=True)
    extracted = trafilatura.bare_extraction(raw.html, options=options)
    assert extracted is None or isinstance(extracted, Extracted)  # a Document with output_format="python"
    if extracted is None or not (extracted.text or "").strip():
        return None
    return RawDocument(
        raw.source_id,
        raw.path,
        raw.line,
        text=extracted.text,
        title=extracted.title,
        url=extracted.url,
        published=parse_iso(extracted.date),
        flags=raw.flags,
    )


@pytest.mark.parametrize("name", [*PAGES, "quang_ngai.html"])
def test_an_html_page_reads_as_with_trafilaturas_own_metadata(name: str) -> None:
    html = PAGES[name] if name in PAGES else (FORMATS / name).read_text(encoding="utf-8")
    raw = RawDocument(name, name, None, html=html)
    expected = _with_library_metadata(raw)
    got = from_html(raw)
    if expected is None:
        assert not isinstance(got, RawDocument)
    else:
        assert got == expected
    if name in ("meta", "json_ld", "canonical", "quang_ngai.html"):  # the metadata was read at all
        assert expected is not None and (expected.title or expected.published)


def test_the_spam_hint_holds_wherever_a_candidate_run_does() -> None:
    """The cheap look for plain ASCII words (etl/spam.py _CANDIDATE_HINT) never skips a text the full pattern
    would find a run in: on texts mixing plain and accented words, capitals, digits and punctuation."""
    rng = random.Random(5)
    pieces = ["lich", "truyen", "hinh", "bong", "da", "A", "Xem", "học", "tỉnh", "Hội", "cho", "con", "em", "x2", "_a"]
    glue = [" ", " ", " ", "  ", ", ", "\n", "-", ""]
    texts = ["", "lich truyen hinh truc", "Lich truyen hinh truc tiep", "A b c d", "a b c", "tỉnh a b c d"]
    for _ in range(4000):
        texts.append("".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 14))))
    for text in texts:
        if _CANDIDATE.search(text):
            assert _CANDIDATE_HINT.search(text), text
