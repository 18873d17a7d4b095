"""Text normalisation shared by every step that compares Vietnamese strings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Old-style tone placement ("hoà", "thuỷ") written in the modern style ("hòa", "thủy").
_TONE_PLACEMENT = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE_PLACEMENT), re.IGNORECASE)
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fix_tone(match: re.Match[str]) -> str:
    s = match.group(0)
    fixed = _TONE_PLACEMENT[s.lower()]
    return fixed.capitalize() if s[0].isupper() else fixed


def modern_tones(text: str) -> str:
    """Move tone marks to the modern position so both spellings of a name compare equal."""
    return _TONE_RE.sub(_fix_tone, text)


def _strip(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFD", c) if unicodedata.category(x) != "Mn")


# Every precomposed Latin letter with its marks removed: one str.translate instead of a loop per character.
_FOLD_TABLE = {ord(c): _strip(c) for c in map(chr, range(0xC0, 0x1EFA)) if _strip(c) != c}
_FOLD_TABLE.update({ord("đ"): "d", ord("Đ"): "D"})
# the typographic apostrophes of "Đắk R’Lấp", "Ch‘Ơm" are the plain one (one character for one: positions hold)
_FOLD_TABLE.update({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'"})
_COMBINING = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lowercase without diacritics ("Ninh Bình" -> "ninh binh"): for matching, never for display."""
    folded = text.translate(_FOLD_TABLE)
    if _COMBINING.search(folded):  # text that was not NFC: remove the loose marks too
        folded = _COMBINING.sub("", unicodedata.normalize("NFD", folded))
    return folded.lower()


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regex matching what `"|".join(re.escape(w) for w in words, longest first)` matches, written as a trie
    ("Ủy ban (?:nhân dân|Kiểm tra)"): Python's engine tries every alternative at every place in a text, a trie
    only the words that share the letters read so far. At one place the words that match are prefixes of one
    another, and the trie tries the longer first, as the longest-first list does. `ignore_case`: the pattern is
    compiled with re.I, so words that differ only by case share a branch."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            key = ch.lower() if ignore_case and len(ch.lower()) == 1 else ch
            node = node.setdefault(key, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        kids = [re.escape(ch) + branch(child) for ch, child in node.items() if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first, then the one ending here

    return branch(root)


def squash_spaces(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def has_vietnamese_letters(word: str) -> bool:
    """True when a word carries a letter outside plain ASCII (a diacritic or đ)."""
    return any(ord(c) > 127 for c in word)


# A sentence ends at . ! ? … before a capital, but not after "TP." ("TP. Hồ Chí Minh").
_SENTENCE_END = re.compile(r"(?<!TP\.)(?<=[.!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ])")


def sentences(text: str) -> list[str]:
    """The sentences of a text, paragraph by paragraph."""
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(s.strip() for s in _SENTENCE_END.split(para) if s.strip())
    return out
