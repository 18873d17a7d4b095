"""Turn raw bytes into Unicode text, repairing the legacy Vietnamese encodings (TCVN3/ABC, VNI, CP1258).

Detection is by result: each plausible decoding is tried and the one yielding the most common Vietnamese
syllables wins. charset-normalizer is not used for the legacy ones: it reads TCVN3 and VNI as Latin-1.
"""

from __future__ import annotations

import re
from functools import cache

from etl.reference import load_table, load_words
from etl.text import nfc

_WORD_RE = re.compile(r"\w+")


@cache
def _tcvn3_table() -> dict[int, str]:
    return {int(row["byte"], 16): row["char"] for row in load_table("encoding_tcvn3.csv")}


# Latin-1 letters that Vietnamese never uses: TCVN3 and VNI text read as Latin-1 is full of them.
_NOT_VIETNAMESE = re.compile(
    "[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db-\u00df"
    "\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb-\u00ff]"
)


@cache
def _vni_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {row["sequence"]: row["char"] for row in load_table("encoding_vni.csv")}
    alternatives = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(a) for a in alternatives)), table


def from_tcvn3(text: str) -> str:
    return text.translate(_tcvn3_table())


def from_vni(text: str) -> str:
    pattern, table = _vni_pattern()
    return pattern.sub(lambda m: table[m.group(0)], text)


def vietnamese_score(text: str) -> int:
    """How many words of the text are frequent Vietnamese syllables."""
    common = load_words("vietnamese_common_words.txt")
    return sum(1 for w in _WORD_RE.findall(text[:20000]) if w in common or w.lower() in common)


def _best_legacy(candidates: dict[str, str]) -> tuple[str, str]:
    name = max(candidates, key=lambda k: vietnamese_score(candidates[k]))
    return name, candidates[name]


def repair_legacy_text(text: str) -> tuple[str, str | None]:
    """A text already in Unicode may still carry TCVN3/VNI letters (pasted from an old document)."""
    sample = text[:20000]
    if len(_NOT_VIETNAMESE.findall(sample)) < max(5, len(sample) // 200):
        return text, None
    base = vietnamese_score(text)
    name, fixed = _best_legacy({"tcvn3": from_tcvn3(text), "vni": from_vni(text)})
    if vietnamese_score(fixed) > max(base * 2, base + 3):
        return nfc(fixed), name
    return text, None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode an article file; returns (text, encoding name). Raises UnicodeError when it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _finish(data[3:].decode("utf-8"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _finish(data.decode("utf-16"), "utf-16")
    head = data[:4000]
    if head and head.count(b"\x00") > len(head) // 4:
        # UTF-16 without a byte-order mark: ASCII letters leave a zero in every other byte.
        even_zeros = head[0::2].count(0)
        odd_zeros = head[1::2].count(0)
        return _finish(data.decode("utf-16-be" if even_zeros > odd_zeros else "utf-16-le"), "utf-16")
    if b"\x00" in head:
        raise UnicodeError("binary content (NUL bytes)")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    candidates = {
        "cp1258": nfc(data.decode("cp1258", errors="replace")),
        "tcvn3": from_tcvn3(latin),
        "vni": from_vni(data.decode("cp1252", errors="replace")),
    }
    name, text = _best_legacy(candidates)
    if vietnamese_score(text) == 0 and _looks_binary(data):
        raise UnicodeError("not a text file in any known encoding")
    return nfc(text), name


def _looks_binary(data: bytes) -> bool:
    sample = data[:4000]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return control > len(sample) // 20


def _finish(text: str, encoding: str) -> tuple[str, str]:
    text = nfc(text)
    fixed, legacy = repair_legacy_text(text)
    return fixed, legacy or encoding
