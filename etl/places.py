"""Where things are: provinces (63 until 30 June 2025, 34 since), districts, communes and regions.

Every name an article may use (official, variant, old tone placement, no diacritics, capitals) resolves to
the canonical name of its time; `current_of` maps it to today's unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from etl.reference import load_table
from etl.text import fold, modern_tones

MERGER_DATE = date(2025, 7, 1)

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EF9)) if c.isupper())
_CAP_WORD = rf"[{_UPPER}]\w*"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical province (legacy name), district or commune name
    province: str  # the legacy province (districts) or current province (communes) it lies in
    kind: str = "province"


def _variants(name: str) -> set[str]:
    forms = {name, modern_tones(name)}
    old = name
    for new, legacy in (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("ọa", "oạ"), ("ủy", "uỷ"), ("ùy", "uỳ")):
        old = old.replace(new, legacy)
    forms.add(old)
    ascii_form = " ".join(w.capitalize() for w in fold(name).split())
    forms.add(ascii_form)
    return {f for f in forms if f}


class Gazetteer:
    """Lookups over the reference tables; build once per process with `gazetteer()`."""

    def __init__(self) -> None:
        self._canonical: dict[str, str | None] = {}
        self.legacy = {r["province"]: r for r in load_table("provinces_legacy.csv")}
        self.current = {r["province"]: r for r in load_table("provinces_current.csv")}
        regions = {r["region_id"]: r["name_vi"] for r in load_table("regions.csv")}
        self.legacy_region = {r["province"]: regions[r["region_id"]] for r in load_table("province_regions.csv")}
        self.current_region = {r["province"]: regions[r["region_id"]] for r in load_table("current_regions.csv")}
        self.regions = list(regions.values())
        self._by_form: dict[str, str] = {}
        for name in self.legacy:
            for form in _variants(name):
                self._by_form[form] = name
        for row in load_table("province_variants.csv"):
            for form in _variants(row["variant"]):
                self._by_form[form] = row["province"]
        for name in self.current:  # today's names that were not a legacy name ("Huế")
            if name not in self._by_form:
                legacy = [p for p, r in self.legacy.items() if r["current"] == name]
                if legacy:
                    self._by_form[name] = legacy[0]
        self._folded = {fold(form): name for form, name in self._by_form.items()}
        alts = sorted(self._by_form, key=len, reverse=True)
        self._province_re = re.compile(r"(?<![\wÀ-ỹ])(" + "|".join(re.escape(a) for a in alts) + r")(?![\wÀ-ỹ])")
        self.unit_names: dict[str, str] = {}
        self.districts: dict[str, list[tuple[str, str]]] = {}
        for r in load_table("districts.csv"):
            self.districts.setdefault(fold(r["district"]), []).append((r["province"], r["kind"]))
            self.unit_names[fold(r["district"])] = r["district"]
        self.communes: dict[str, list[tuple[str, str]]] = {}
        for r in load_table("communes.csv"):
            self.communes.setdefault(fold(r["commune"]), []).append((r["province"], r["kind"]))
            self.unit_names.setdefault(fold(r["commune"]), r["commune"])
        self._district_re = re.compile(
            r"(?<![\wÀ-ỹ])((?i:huyện ủy|quận ủy|thị ủy|thành ủy|huyện|quận|thị xã|thành phố|tp\.?))\s+"
            rf"({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})"
        )
        self._commune_re = re.compile(
            rf"(?<![\wÀ-ỹ])((?i:xã|phường|thị trấn|đặc khu))\s+({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})"
        )

    # -- names ---------------------------------------------------------------------------------
    def canonical(self, name: str | None) -> str | None:
        """The legacy canonical name for any way of writing a province, or None."""
        if not name:
            return None
        if name in self._canonical:  # asked ~10 times an event when the event tables are rebuilt: remembered
            return self._canonical[name]
        text = re.sub(r"^(tỉnh|thành phố|tp\.?)\s+", "", name.strip(), flags=re.IGNORECASE)
        found = self._by_form.get(text) or self._folded.get(fold(text))
        if len(self._canonical) < 10_000:  # names come from text: bounded, whatever the input
            self._canonical[name] = found
        return found

    def current_of(self, legacy: str | None) -> str | None:
        if legacy in self.current and legacy not in self.legacy:
            return legacy
        row = self.legacy.get(legacy or "")
        return row["current"] if row else None

    def for_date(self, legacy: str | None, when: str | None) -> str | None:
        """The province as named at the time: today's unit for events from July 2025 on."""
        if legacy and when and when[:7] >= MERGER_DATE.isoformat()[:7]:
            return self.current_of(legacy)
        return legacy

    def region_of(self, province: str | None) -> str | None:
        if not province:
            return None
        return self.legacy_region.get(province) or self.current_region.get(province)

    # -- mentions ------------------------------------------------------------------------------
    def provinces_in(self, text: str) -> list[Mention]:
        text = _case_for_matching(text)
        return [
            Mention(m.start(), m.end(), self._by_form[m.group(1)], self._by_form[m.group(1)])
            for m in self._province_re.finditer(text)
            if not _namesake(m.group(1), text[max(0, m.start() - 20) : m.start()])
        ]

    def districts_in(self, text: str) -> list[Mention]:
        return self._units_in(text, self._district_re, self.districts, "district")

    def communes_in(self, text: str) -> list[Mention]:
        return self._units_in(text, self._commune_re, self.communes, "commune")

    def _units_in(
        self, text: str, pattern: re.Pattern[str], table: dict[str, list[tuple[str, str]]], kind: str
    ) -> list[Mention]:
        text = _case_for_matching(text)
        found = []
        for m in pattern.finditer(text):
            words = m.group(2).split()
            for n in range(len(words), 0, -1):  # longest known name wins ("Tiên Lữ" over "Tiên")
                key = fold(" ".join(words[:n]))
                if key in table:
                    entries = table[key]
                    provinces = sorted({p for p, _ in entries})
                    end = m.start(2) + len(" ".join(words[:n]))
                    name = self.unit_names[key]
                    found.append(Mention(m.start(), end, name, provinces[0] if len(provinces) == 1 else "", kind))
                    break
        return found

    def district_provinces(self, name: str) -> list[str]:
        return sorted({p for p, _ in self.districts.get(fold(name), [])})


def _case_for_matching(text: str) -> str:
    """Lines in capitals ("KÝ KẾT ... HUYỆN TIÊN LỮ") are matched as if written in title case."""
    if not any(c.isupper() for c in text):
        return text
    lines = text.split("\n")
    return "\n".join(line.title() if line == line.upper() and len(line) > 3 else line for line in lines)


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


@cache
def _namesakes() -> dict[str, re.Pattern[str]]:
    """Place names that are also a person's name, with the words that make them the person's."""
    words: dict[str, list[str]] = {}
    for r in load_table("place_namesakes.csv"):
        words.setdefault(r["name"], []).append(r["word_before"])
    return {name: re.compile(r"(?:" + "|".join(map(re.escape, ws)) + r")\s+$") for name, ws in words.items()}


def _namesake(name: str, before: str) -> bool:
    """ "Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Đường Hồ Chí Minh": the person, not the city."""
    pattern = _namesakes().get(name)
    return bool(pattern and pattern.search(before))
