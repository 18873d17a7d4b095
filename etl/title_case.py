"""A headline written in capitals, read in the case its own article writes its words.

Some sites print the title in capitals ("HỘI NÔNG DÂN TỈNH A VÀ HỘI NÔNG DÂN TỈNH B KÝ KẾT ..."). The rules read
names by their capitals (a body's head, a place's name after "tỉnh") and the words of a date or a cue in lower
case, so such a title hides what it says. The article below writes the same words in their own case: each word of
the title takes the case the body gives it after the same word before it, else the case it has most often there.
"""

from __future__ import annotations

import re
from collections import Counter

from etl.text import fold

_WORD = re.compile(r"\w+")
MIN_WORDS = 8  # a shorter line in capitals is a banner, or a section or a body named over its pages ("SỞ THÔNG TIN VÀ
# TRUYỀN THÔNG"), not a headline to read


def in_capitals(title: str) -> bool:
    """Whether a title is a headline written wholly in capitals (letters of at least MIN_WORDS words)."""
    return title.isupper() and len(_WORD.findall(title)) >= MIN_WORDS


def cased_as_the_body(title: str, body: str) -> str:
    """The title in capitals with each word in the case the body writes it (see the module's docstring); a word
    the body never writes is in lower case, an abbreviation of letters with no vowel stays in capitals, and the
    first word starts with a capital."""
    single: dict[str, Counter[str]] = {}
    pair: dict[tuple[str, str], Counter[str]] = {}
    before = ""
    for m in _WORD.finditer(body):
        word = m.group(0)
        low = word.lower()
        single.setdefault(low, Counter())[word] += 1
        pair.setdefault((before, low), Counter())[word] += 1
        before = low
    out: list[str] = []
    at, before = 0, ""
    for m in _WORD.finditer(title):
        word = m.group(0)
        low = word.lower()
        forms = pair.get((before, low)) or single.get(low)
        if forms:
            cased = forms.most_common(1)[0][0]
        elif word.isupper() and not re.search(r"[aeiouy]", fold(low)):
            cased = word  # an abbreviation the body does not spell ("UBND", "TP")
        else:
            cased = low
        if not out:
            cased = cased[:1].upper() + cased[1:]
        out.append(title[at : m.start()] + cased)
        at, before = m.end(), low
    return "".join(out) + title[at:]
