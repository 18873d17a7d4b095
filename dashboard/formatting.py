"""Formats: 1.234 for numbers in Vietnamese and 1,234 in English, 17/11/2020 for dates, and Vietnamese
alphabetical order."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pandas as pd

# Vietnamese letters in alphabetical order; tone marks sort after the letter (ngang, huyền, sắc, hỏi, ngã, nặng).
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_SHAPES: dict[str, str | dict[str, str]] = {
    "\u0306": "ă",
    "\u0302": {"a": "â", "e": "ê", "o": "ô"},
    "\u031b": {"o": "ơ", "u": "ư"},
}


# plotly's `separators` (decimal point, then thousands): 1.234,5 in Vietnamese, 1,234.5 in English.
SEPARATORS = {"vi": ",.", "en": ".,"}


def is_missing(value: object) -> bool:
    """None, or what pandas puts where DuckDB returned NULL: NaN, NaT, NA (truthy, printed "nan", "NaT", "<NA>")."""
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def fmt_text(value: object) -> str:
    """A value a page shows as text: "—" where the warehouse has none (an event with no province)."""
    return "—" if is_missing(value) or value == "" else str(value)


def fmt_int(value: float | int | None, lang: str = "vi") -> str:
    if value is None or is_missing(value):
        return "—"
    text = f"{int(round(value)):,}"
    return text if lang == "en" else text.replace(",", ".")


def fmt_date(value: str | date | None) -> str:
    """ISO dates at any precision: 2020-11-17 -> 17/11/2020, 2020-11 -> 11/2020, 2020 -> 2020; none: ""."""
    if value is None or is_missing(value):
        return ""
    if isinstance(value, datetime):
        value = value.date()
    text = value.isoformat() if isinstance(value, date) else str(value)[:10]
    parts = text.split("-")
    return "/".join(reversed(parts))


def fmt_delta(current: int, previous: int, lang: str = "vi") -> str:
    diff = current - previous
    return ("+" if diff > 0 else "") + fmt_int(diff, lang) if diff else "0"


def vi_sort_key(text: str | None) -> tuple:
    """Sort key for Vietnamese names: letters by the Vietnamese alphabet, then tones."""
    if not text:
        return ((),)
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if ch in _TONES:
            tones[-1:] = [_TONES[ch]]
            continue
        if ch in _SHAPES and letters:
            base = _ALPHABET[letters[-1]] if 0 <= letters[-1] < len(_ALPHABET) else ""
            shape = _SHAPES[ch]
            shaped = shape if isinstance(shape, str) else shape.get(base)
            if shaped:
                letters[-1] = _ALPHABET.index(shaped)
            continue
        if ch in _ALPHABET:
            letters.append(_ALPHABET.index(ch))
        else:  # spaces and punctuation before any letter: "Hà Giang" < "Hải Phòng"
            letters.append(-1 if not ch.isalnum() else 100 + ord(ch))
        tones.append(0)
    return tuple(letters), tuple(tones)


def vi_sorted(values: list[str]) -> list[str]:
    return sorted(values, key=vi_sort_key)


def fold(text: str) -> str:
    """Lower case without diacritics ("Đắk Lắk" -> "dak lak"): how people type names at a prompt."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").lower())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())
