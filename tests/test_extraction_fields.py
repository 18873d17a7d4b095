"""Classes of real reporting the extractor misread in the event's level, province, provinces involved, period,
topic and type (issue 11), each in sentences of our own run through the whole article pipeline."""

from __future__ import annotations

from typing import Any

from etl.documents import contract_line, process
from etl.reading import RawDocument


def extract_text(text: str, url: str | None = None) -> dict[str, Any]:
    """The contract line `phoihop extract` prints for one article given as plain text."""
    return contract_line(process(RawDocument("t", "t", None, text=text, url=url)), "t")


def test_two_provinces_bodies_signing_jointly_with_no_venue_take_the_outlets_province():
    # "A và B tổ chức ký kết", no venue: neither organises for the other, so the outlet of one of them reports
    # its own province's event (DOMAIN.md: the outlet's province when the text names none)
    text = (
        "Hội Nông dân hai tỉnh ký kết chương trình phối hợp\n"
        "Chiều 12/5/2023, Hội Nông dân tỉnh Thái Nguyên và Hội Nông dân tỉnh Bắc Kạn tổ chức ký kết chương trình "
        "phối hợp hỗ trợ nông dân phát triển sản xuất giai đoạn 2023 - 2025."
    )
    line = extract_text(text, url="https://baobackan.com.vn/xa-hoi/hoi-nong-dan-hai-tinh-ky-ket.html")
    assert line["province"] == "Bắc Kạn" and line["level"] == "inter-provincial"
    # one body organising with the other ("A phối hợp với B tổ chức"): the organiser hosts, whatever the outlet
    led = text.replace("và Hội Nông dân tỉnh Bắc Kạn tổ chức", "phối hợp với Hội Nông dân tỉnh Bắc Kạn tổ chức")
    assert extract_text(led, url="https://baobackan.com.vn/xa-hoi/a.html")["province"] == "Thái Nguyên"
