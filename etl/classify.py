"""Event detection: does the page report a coordination event that took place, and which kind?

Read in order: the title, the lead, then the next paragraphs (a slogan or a result often stands in the
title while the lead or the second paragraph says "Lễ ký kết chương trình phối hợp"). A keyword anywhere
in the page decides nothing: "phối hợp" in passing, a notice, a training course are not events. A
sentence that announces ("sẽ diễn ra", "dự kiến"), a congress, an award, or a treaty between countries
is not one either, and the first sentence that reports a look-alike of that kind settles the page when
it comes before any event. Signing beats meeting when a review meeting's title announces a new signing
("Tổng kết ... và ký kết giai đoạn 2021-2025").
"""

from __future__ import annotations

import re

from etl.text import fold, sentences

_SIGN = re.compile(r"\b(ký kết|ký|lễ ký|ký giao ước|kí kết|kí)\b(?!\s+(?:túc|sự|hiệu|tên|ức|quỹ|hợp đồng))", re.I)
_AGREEMENT_OBJECT = re.compile(
    r"(chương trình phối hợp|quy chế phối hợp|quy chế|thỏa thuận|thoả thuận|kế hoạch phối hợp|kế hoạch hiệp đồng|"
    r"nghị quyết liên tịch|văn bản liên tịch|giao ước thi đua|giao ước|chương trình hợp tác|biên bản ghi nhớ|"
    r"bản ghi nhớ|công tác phối hợp|chương trình liên tịch|kết nghĩa|phối hợp|hợp tác|chương trình)",
    re.I,
)
_MEETING = re.compile(
    r"\b(giao ban|sơ kết|tổng kết|kiểm điểm (?:việc )?thực hiện|hội nghị đánh giá|đánh giá kết quả thực hiện|"
    r"hội nghị liên tịch|họp liên tịch|hội nghị cụm|hội nghị khối|hội nghị hiệp đồng|hội nghị liên kết|"
    r"hội nghị thường niên|hội nghị trao đổi|bình (?:chọn|xét)|chấm điểm|bầu cụm trưởng|"
    r"hội nghị triển khai (?:chương trình|quy chế|kế hoạch) phối hợp)\b",
    re.I,
)
_COORDINATION = re.compile(
    r"(phối hợp|quy chế|liên tịch|\bcụm\b|\bkhối\b|giao ước|liên kết|hợp tác|thỏa thuận|chương trình|hiệp đồng|"
    r"giáp ranh|kết nghĩa|ủy thác|uỷ thác|thường niên)",
    re.I,
)
# The signing verb used as a participle inside a meeting title ("chương trình phối hợp đã ký kết giữa").
_SIGN_AS_ATTRIBUTE = re.compile(
    r"(?:đã|được|đã được)\s+ký(?: kết)?|ký kết (?:giữa|năm|ngày|từ)|ký kết\s*$", re.IGNORECASE
)
# What is not an event: announced, congresses and ceremonies, teaching, between countries.
_FUTURE = re.compile(r"\b(sẽ|dự kiến|chuẩn bị|sắp|tiến tới|kế hoạch tổ chức|dự định)\b", re.I)
_LOOKALIKE = re.compile(
    r"\b(đại hội(?! đồng)|lễ kỷ niệm|kỷ niệm \d+ năm|trao giải|lễ trao|tuyên dương|tập huấn|bồi dưỡng|"
    r"khai giảng|họp báo|hội thảo|diễn đàn|hội thi|cuộc thi|liên hoan)\b",
    re.I,
)
_FOREIGN = re.compile(
    r"\b(Lào(?! Cai)|Campuchia|Trung Quốc|Hàn Quốc|Nhật Bản|Hoa Kỳ|Liên bang Nga|CHDCND|Triều Tiên|Thái Lan|"
    r"Singapore|Ấn Độ|Australia|Cộng hòa Pháp|Cuba|Mông Cổ|KCNA|ASEAN|song phương|Ủy ban liên Chính phủ)\b"
)
PARAGRAPHS_READ = 4


def _signing(text: str) -> re.Match[str] | None:
    for m in _SIGN.finditer(text):
        window = text[max(0, m.start() - 100) : m.end() + 120]
        if _AGREEMENT_OBJECT.search(window):
            return m
    return None


def _meeting(text: str, context: str) -> re.Match[str] | None:
    m = _MEETING.search(text)
    return m if m and _COORDINATION.search(text + " " + context) else None


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


def _not_event(text: str, at: int) -> bool:
    """The trigger at `at` is announced, part of a look-alike (congress, award, workshop) or international."""
    before = text[max(0, at - 60) : at]
    if _FUTURE.search(before):
        return True
    if _FOREIGN.search(text):
        return True
    look = _LOOKALIKE.search(text)
    return bool(look and look.start() < at and not re.search(r"\b(và|,)\s*$", text[look.end() : at][:40]))


def _kind(text: str, context: str) -> tuple[str | None, bool]:
    """(event type a text reports, whether it is a look-alike rather than an event)."""
    sign, meet = _signing(text), _meeting(text, context)
    first = min((m.start() for m in (sign, meet) if m), default=0)
    # A review that re-signs, and a cluster signing its emulation pledge at its meeting, are meetings.
    pledge = sign is not None and bool(re.match(r"\s*(?:kết\s+)?giao ước thi đua", text[sign.end() :], re.I))
    if pledge or (sign and meet and meet.start() < sign.start()):
        return "meeting", _not_event(text, first)
    if sign and (not meet or _signing_is_new(text)):
        return "agreement", _not_event(text, first)
    if meet:
        return "meeting", _not_event(text, first)
    return None, False


def classify_page(title: str, paragraphs: list[str]) -> tuple[str | None, float]:
    """(event_type or None for a non-event, confidence) from the title and the first paragraphs."""
    context = " ".join([title, *paragraphs[:PARAGRAPHS_READ]])
    title_kind, title_lookalike = _kind(title, context) if title else (None, False)
    if title_lookalike or (title_kind and _FOREIGN.search(" ".join(paragraphs[:2]))):
        return None, 0.9
    # The title names the event; the first sentence of the article that reports one confirms it, unless
    # that sentence announces it or tells a look-alike.
    for i, para in enumerate(paragraphs[:PARAGRAPHS_READ]):
        confidence = 0.85 if i == 0 else 0.7
        for text in sentences(para):
            kind, lookalike = _kind(text, context)
            if lookalike:
                return None, confidence
            if kind:
                return (title_kind, 0.95) if title_kind else (kind, confidence)
    if title_kind:
        return title_kind, 0.9
    return None, 0.85


def classify(title: str, lead: str) -> tuple[str | None, float]:
    """(event_type or None, confidence) from a title and one lead paragraph."""
    return classify_page(title, [lead] if lead else [])


# The crawler's first pass, before a page is downloaded: the title and lead a feed gives, or only the URL a
# sitemap gives, whose slug has no diacritics ("ky-ket-chuong-trinh-phoi-hop"). The same cues as above, folded
# (lowercase, no diacritics); recall first: look-alikes pass here, the full extraction decides after download.
_SIGN_FOLDED = re.compile(fold(_SIGN.pattern))
_OBJECT_FOLDED = re.compile(fold(_AGREEMENT_OBJECT.pattern))
_MEETING_FOLDED = re.compile(fold(_MEETING.pattern))
_COORDINATION_FOLDED = re.compile(fold(_COORDINATION.pattern))


def _slug_text(url: str | None) -> str:
    """The words of a URL's last path segment, in order ("ky-ket-quy-che-123.html" -> "ky ket quy che")."""
    segment = re.sub(r"[?#].*$", "", url or "").rstrip("/").rsplit("/", 1)[-1]
    segment = re.sub(r"\.(html?|aspx?|php|htm|vnp|tpo|ldo)$", "", segment, flags=re.I)
    return " ".join(w for w in re.split(r"[-_.+]+", segment.lower()) if w.isalpha())


def looks_like_coordination(title: str, lead: str = "", url: str | None = None) -> bool:
    """Could a page with this title and lead (or, without them, this URL) report a coordination event?"""
    if title and classify_page(title, [lead] if lead else [])[0]:
        return True
    text = " ".join(re.sub(r"[^\w]+", " ", fold(part)) for part in (title, lead, _slug_text(url)) if part)
    for m in _SIGN_FOLDED.finditer(text):
        if _OBJECT_FOLDED.search(text[max(0, m.start() - 100) : m.end() + 120]):
            return True
    return bool(_MEETING_FOLDED.search(text) and _COORDINATION_FOLDED.search(text))
