"""Whether a text writes its own province as "tỉnh" with no name after it ("Công an tỉnh", "Bí thư Tỉnh ủy, Chủ tịch
HĐND tỉnh", "tỉnh nhà"): a provincial outlet writes so for its readers (DOMAIN.md: "tỉnh" after a body's name means
the article's own province). A bare text that names every province it speaks of, none of them as "tỉnh" alone, and
carries no mark of its outlet reads as a national outlet's or an aggregator's report."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "tỉnh" followed by no name: punctuation, the end, or a word in lower case ("Công an tỉnh đã ...", "UBND tỉnh;");
# the province's committees with no name after them ("Tỉnh ủy, HĐND ...", "Tỉnh đoàn đã ...")
_BARE = re.compile(
    r"(?<![\w-])(?:tỉnh|Tỉnh\s+(?:ủy|uỷ|đoàn|Đoàn|ủy viên|uỷ viên))(?=\s*(?:[,.;:)–-]|$)|\s+(?![A-ZĐ\d])\w)",
    re.MULTILINE,
)
# the words that make "tỉnh" a count, a tier or a kind, not a place: "các tỉnh", "3 tỉnh", "cấp tỉnh", "liên tỉnh",
# "y tế tuyến tỉnh", "là tỉnh có ...", "mỗi tỉnh"
_NOT_A_PLACE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:các|mỗi|cấp|những|từng|toàn|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|là|giữa|nhiều|một|số|"
    r"liên|tuyến|hàng|đơn vị|\d+)\s*$",
    re.IGNORECASE,
)
# a province spoken of as the reader's own: "tỉnh nhà", "tỉnh ta"
_OWN = re.compile(r"(?<![\w-])tỉnh\s+(?:nhà|ta)\b", re.IGNORECASE)


def writes_own_province(texts: Iterable[str]) -> bool:
    """Whether any of the texts names a body of its own province, or the province itself, as "tỉnh" alone."""
    for text in texts:
        if "tỉnh" not in text.lower():
            continue
        if _OWN.search(text):
            return True
        for m in _BARE.finditer(text):
            if m.group().startswith("tỉnh") and _NOT_A_PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            return True
    return False
