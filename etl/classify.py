"""Is an article a coordination event, and which kind? Decided by what the title and lead report.

A keyword anywhere in the page decides nothing: "phối hợp" in passing, a notice or a training course are
not events. The title is read first, then the lead sentence; signing beats meeting when a review meeting
also signs the next program ("Tổng kết ... và ký kết giai đoạn 2021-2025").
"""

from __future__ import annotations

import re

_SIGN = re.compile(r"\b(ký kết|ký|lễ ký|ký giao ước|kí kết)\b(?!\s+(?:túc|sự|hiệu|tên|ức))", re.IGNORECASE)
_AGREEMENT_OBJECT = re.compile(
    r"(chương trình phối hợp|quy chế phối hợp|quy chế|thỏa thuận|thoả thuận|kế hoạch phối hợp|"
    r"nghị quyết liên tịch|giao ước thi đua|chương trình hợp tác|biên bản ghi nhớ|công tác phối hợp|"
    r"chương trình liên tịch|phối hợp|hợp tác|chương trình)",
    re.IGNORECASE,
)
_MEETING = re.compile(
    r"\b(giao ban|sơ kết|tổng kết|hội nghị đánh giá|đánh giá kết quả thực hiện|hội nghị liên tịch|"
    r"họp liên tịch|hội nghị cụm|hội nghị khối|hội nghị triển khai (?:chương trình|quy chế|kế hoạch) phối hợp)\b",
    re.IGNORECASE,
)
_COORDINATION = re.compile(
    r"(phối hợp|quy chế|liên tịch|\bcụm\b|khối thi đua|giao ước|liên kết|hợp tác|thỏa thuận|chương trình)",
    re.IGNORECASE,
)
# The signing verb used as a participle inside a meeting title ("chương trình phối hợp đã ký kết giữa").
_SIGN_AS_ATTRIBUTE = re.compile(
    r"(?:đã|được|đã được)\s+ký(?: kết)?|ký kết (?:giữa|năm|ngày|từ)|ký kết\s*$", re.IGNORECASE
)


def _signing(text: str) -> bool:
    for m in _SIGN.finditer(text):
        window = text[max(0, m.start() - 100) : m.end() + 120]
        if _AGREEMENT_OBJECT.search(window):
            return True
    return False


def _meeting(text: str, context: str) -> bool:
    return bool(_MEETING.search(text)) and bool(_COORDINATION.search(text + " " + context))


def _signing_is_new(text: str) -> bool:
    """In a meeting title, does "ký kết" announce a new signing rather than name an old program?"""
    meet = _MEETING.search(text)
    if not meet:
        return True
    for m in _SIGN.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if m.start() > meet.start() and (
            _SIGN_AS_ATTRIBUTE.match(text[max(0, m.start() - 12) :].lstrip()) or re.search(r"(đã|được)\s*$", before)
        ):
            continue
        if m.start() > meet.start() and re.match(r"\s*(giữa|năm|ngày|từ)\b", text[m.end() :]):
            continue
        return True
    return False


def classify(title: str, lead: str) -> tuple[str | None, float]:
    """(event_type or None for a non-event, confidence)."""
    for text, confidence in ((title, 0.95), (lead, 0.8)):
        if not text:
            continue
        sign, meet = _signing(text), _meeting(text, title + " " + lead)
        if sign and (not meet or _signing_is_new(text)):
            return "agreement", confidence
        if meet:
            return "meeting", confidence
    return None, 0.85
