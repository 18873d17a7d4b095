"""Where things are: administrative units as data, with codes, validity and successor links.

`data/reference/admin_units.csv` holds every province-level unit with its official code, its stable id
(`code@year`, since codes are reused), its region and the dates it was in force; `unit_successions.csv` says
which unit took over each one (the 2025 merger is 63 rows); `geographies.csv` names the unit sets people look
at (legacy: the 63 of 30 June 2025; current: today's). Nothing here knows a date: a future reorganisation is
new rows and a rebuild. Every name an article may use (official, variant, old tone placement, no diacritics,
capitals) resolves to a unit; the unit of another geography is found by following the links. The warehouse
follows the same links in SQL (queries/warehouse/models/), and a test keeps the two in agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from etl.reference import load_table
from etl.text import alternation_not_after, case_blind, fast_start, fold, modern_tones

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EF9)) if c.isupper())
# a capitalised word, the start of a place's name (shared with level_evidence's territory pattern)
CAP_WORD = rf"[{_UPPER}]\w*"
# a district's kind abbreviated before its number: "Q.1" is "Quận 1"
_ABBREVIATED_KIND = {"Q.": "Quận"}
_KIND_SUFFIX = re.compile(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận)\)$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical province (legacy name), district or commune name
    province: str  # the legacy province (districts, old communes) or current province (communes) it lies in
    kind: str = "province"
    legacy: bool = False  # a commune of the 63 provinces, its province told by its name, kind and district


@dataclass(frozen=True)
class Unit:
    """A province-level unit as it was in force from `valid_from` to `valid_to` (None: still in force)."""

    unit_id: str
    code: str
    name: str
    kind: str
    region: str
    valid_from: date
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Place:
    """One place of an event record in every geography: as named at the time, in the legacy 63 (None when the
    record cannot tell which old province: an event after July 2025 in a merged unit, no commune named), today."""

    province: str | None
    legacy: str | None
    current: str | None
    region: str | None


def first_day(when: str | date | None) -> date | None:
    """The first day of a date at any precision ("2025" -> 1 January 2025, "2025-07" -> 1 July 2025)."""
    if when is None or isinstance(when, date):
        return when
    return _first_day(str(when))


@lru_cache(maxsize=4096)
def _first_day(when: str) -> date:
    parts = [int(x) for x in str(when)[:10].split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _variants(name: str) -> set[str]:
    forms = {name, modern_tones(name)}
    old = name
    for new, legacy in (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("ọa", "oạ"), ("ủy", "uỷ"), ("ùy", "uỳ")):
        old = old.replace(new, legacy)
    forms.add(old)
    ascii_form = " ".join(w.capitalize() for w in fold(name).split())
    forms.add(ascii_form)
    return {f for f in forms if f}


_PREFIX = re.compile(r"^(tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)


class Gazetteer:
    """Lookups over the reference tables; build once per process with `gazetteer()`."""

    def __init__(self) -> None:
        self._canonical: dict[str, str | None] = {}
        self._mentions: dict[str, tuple[Mention, ...]] = {}  # provinces_in, per text: asked twice of most
        self._parts: dict[tuple[str, str], list[Unit]] = {}
        self._named: dict[str, tuple[Unit, ...]] = {}
        regions = {r["region_id"]: r["name_vi"] for r in load_table("regions.csv")}
        self.regions = list(regions.values())
        self.units: dict[str, Unit] = {
            r["unit_id"]: Unit(
                r["unit_id"],
                r["code"],
                r["name"],
                r["kind"],
                regions[r["region_id"]],
                date.fromisoformat(r["valid_from"]),
                date.fromisoformat(r["valid_to"]) if r["valid_to"] else None,
            )
            for r in load_table("admin_units.csv")
        }
        self.successors: dict[str, list[str]] = {}
        self.predecessors: dict[str, list[str]] = {}
        for r in load_table("unit_successions.csv"):
            self.successors.setdefault(r["unit_id"], []).append(r["successor_id"])
            self.predecessors.setdefault(r["successor_id"], []).append(r["unit_id"])
        self.geographies = {
            r["geography"]: date.fromisoformat(r["as_of"]) if r["as_of"] else None
            for r in load_table("geographies.csv")
        }
        self.legacy = {u.name: u for u in self.units_in("legacy")}
        self.current = {u.name: u for u in self.units_in("current")}
        self.legacy_region = {name: u.region for name, u in self.legacy.items()}
        self.current_region = {name: u.region for name, u in self.current.items()}
        self._units_by_form: dict[str, list[str]] = {}
        for u in self.units.values():
            for form in _variants(u.name):
                self._units_by_form.setdefault(form, []).append(u.unit_id)
        for row in load_table("province_variants.csv"):
            named = [u.unit_id for u in self.units.values() if u.name == row["province"]]
            for form in _variants(row["variant"]):
                self._units_by_form.setdefault(form, []).extend(named)
        self._units_by_folded: dict[str, list[str]] = {}
        for form, ids in self._units_by_form.items():
            self._units_by_folded.setdefault(fold(form), []).extend(ids)
        # The extractor works in legacy names: every form of a legacy unit's name leads to it; a name given since
        # (none yet but "Huế", a variant of Thừa Thiên Huế) stands for itself.
        self._by_form: dict[str, str] = {}
        for name in self.legacy:
            for form in _variants(name):
                self._by_form[form] = name
        for row in load_table("province_variants.csv"):
            for form in _variants(row["variant"]):
                self._by_form[form] = row["province"]
        for u in self.units.values():
            if u.name not in self._by_form:
                self._by_form[u.name] = u.name
        self._folded = {fold(form): name for form, name in self._by_form.items()}
        # a two-word name with its second word in lower case ("tỉnh Lâm đồng", "Sóc Trăng, Cần thơ, Cà Mau"): read
        # only after a province's kind word or beside another province in a list ("Hòa bình" alone is peace)
        self._loose: dict[str, str] = {}
        for form, name in self._by_form.items():
            words = form.split(" ")
            if len(words) == 2 and words[1][:1].isupper() and not form.isascii():
                loose = f"{words[0]} {words[1][:1].lower()}{words[1][1:]}"
                if loose not in self._by_form:
                    self._loose[loose] = name
        alts = sorted([*self._by_form, *self._loose], key=len, reverse=True)
        # "(?<![\wÀ-ỹ])(" + alternation(alts) + ")", its look-behind after the first letter (alternation_not_after)
        self._province_re = re.compile(r"(" + alternation_not_after(alts, r"[\wÀ-ỹ]") + r")(?![\wÀ-ỹ])")
        self.unit_names: dict[str, str] = {}
        # every spelling of a folded name: "Thanh Trì" and "Thạnh Trị" fold alike, and a text's own is the one it means
        self.unit_spellings: dict[str, set[str]] = {}
        self.districts: dict[str, list[tuple[str, str]]] = {}
        # the districts of the 63 provinces as the package last knew them, and those merged away before (a report
        # of 2023 still names "huyện Đất Đỏ")
        for r in (*load_table("districts.csv"), *load_table("districts_dissolved.csv")):
            # "Cai Lậy (Thị xã)" and "Cai Lậy (Huyện)": the table tells namesakes apart by their kind, a text
            # writes the kind before the name ("thị xã Cai Lậy"), so both are found under "Cai Lậy"
            written = _KIND_SUFFIX.sub("", r["district"])
            self.districts.setdefault(fold(written), []).append((r["province"], r["kind"]))
            self.unit_names[fold(written)] = written
            self.unit_spellings.setdefault(fold(written), set()).add(written)
        # districts.csv names the legacy units; the district tier ends with them
        ends = [self.legacy[p].valid_to for es in self.districts.values() for p, _ in es if p in self.legacy]
        self.districts_until: date | None = max((d for d in ends if d), default=None)
        self.communes: dict[str, list[tuple[str, str]]] = {}
        self.commune_origins: dict[tuple[str, str], tuple[str, ...]] = {}  # (current province, commune) -> old ones
        for r in load_table("communes.csv"):
            self.communes.setdefault(fold(r["commune"]), []).append((r["province"], r["kind"]))
            self.unit_names.setdefault(fold(r["commune"]), r["commune"])
            self.unit_spellings.setdefault(fold(r["commune"]), set()).add(r["commune"])
            origins = tuple(x for x in r.get("legacy", "").split(";") if x)
            self.commune_origins[(r["province"], fold(r["commune"]))] = origins
        # the communes of the 63 provinces before July 2025, under their names and those they carried before a merger
        # of those years, folded without spaces (the package keys former names so): read for an event of that time
        self.legacy_communes: dict[str, list[tuple[str, str, str]]] = {}  # name -> (province, district, kind)
        self._legacy_commune_names: dict[str, str] = {}
        for r in load_table("communes_legacy.csv"):
            entry = (r["province"], fold(_KIND_SUFFIX.sub("", r["district"])), r["kind"].lower())
            key = _spaceless(r["commune"])
            self._legacy_commune_names.setdefault(key, r["commune"])
            for name in (key, *(k for k in r["former"].split(";") if k)):
                self.legacy_communes.setdefault(name, []).append(entry)
        self._district_re = re.compile(
            # a district's youth union written with its name, "Huyện đoàn Lộc Ninh", "Quận Đoan Thanh Khê" (the
            # tone mark dropped): before "huyện", which would take "Đoàn" for the name
            # the kinds as reports abbreviate them, glued to the name after the dot: "TP.Buôn Ma Thuột", "TX.Buôn Hồ",
            # "H.Krông Pắc", "Q.Bình Thạnh", "Q.1"
            r"(?<![\wÀ-ỹ])((?i:(?:huyện|quận|thị)\s+đo[àa]n|huyện ủy|quận ủy|thị ủy|thành ủy|huyện|quận|thị xã|thành phố|tp\.?|tx\.?)"
            r"|[HQ]\.)(?:\s+|(?<=\.))"
            rf"({CAP_WORD}(?:\s+{CAP_WORD}){{0,3}}|\d{{1,2}}(?!\w))"  # "Quận 7": a district named by its number
        )
        self._commune_re = re.compile(  # "P.Linh Xuân", "X.Ea Kar", "TT.Phước Bửu" too
            rf"(?<![\wÀ-ỹ])((?i:xã|phường|thị trấn|đặc khu)|(?:P|X|TT)\.)(?:\s+|(?<=\.))({CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})"
        )
        # scanned over every title, lead and body: a first-letter check before the kind words
        self._district_re, self._commune_re = fast_start(self._district_re), fast_start(self._commune_re)

    # -- units and geographies -----------------------------------------------------------------
    def _belongs(self, unit: Unit, geography: str) -> bool:
        as_of = self.geographies[geography]
        return unit.valid_to is None if as_of is None else unit.valid_on(as_of)

    def units_in(self, geography: str) -> list[Unit]:
        """The units of a geography: those in force on its date (no date: those in force today)."""
        return [u for u in self.units.values() if self._belongs(u, geography)]

    def _successor(self, unit: Unit) -> Unit | None:
        """The unit that took over all of `unit` (None when it ended without one, or was split)."""
        nxt = self.successors.get(unit.unit_id, [])
        return self.units[nxt[0]] if len(nxt) == 1 else None

    def unit_at(self, unit: Unit | None, when: str | date | None) -> Unit | None:
        """The unit that covered `unit`'s territory on a day: itself, or the one its successor links lead to.
        Going back in time, only a unit formed from one predecessor has an answer. Before the first unit
        modelled (or with no date), the unit itself."""
        day = first_day(when)
        for _ in range(len(self.units)):  # bounded: a loop in the links ends here
            if unit is None or day is None or unit.valid_on(day):
                return unit
            if unit.valid_to is not None and day > unit.valid_to:
                unit = self._successor(unit)
                continue
            before = self.predecessors.get(unit.unit_id, [])
            if not before:
                return unit  # earlier than anything the data knows: the earliest unit stands for it
            unit = self.units[before[0]] if len(before) == 1 else None
        return None

    def parts(self, unit: Unit, geography: str) -> list[Unit]:
        """The units of a geography that lie in `unit`: those its successor links lead to it, or it to them."""
        key = (unit.unit_id, geography)
        if key not in self._parts:
            self._parts[key] = [u for u in self.units_in(geography) if self._covers(unit, u) or self._covers(u, unit)]
        return self._parts[key]

    def _covers(self, whole: Unit, part: Unit) -> bool:
        """Whether following `part`'s successors reaches `whole`."""
        unit: Unit | None = part
        for _ in range(len(self.units)):
            if unit is None:
                return False
            if unit.unit_id == whole.unit_id:
                return True
            unit = self._successor(unit)
        return False

    def in_geography(self, unit: Unit | None, geography: str) -> Unit | None:
        """`unit` in another geography: itself, the unit that covers it, or its only part; None when it was
        formed from several units of that geography (which one is not known)."""
        if unit is None or self._belongs(unit, geography):
            return unit
        parts = self.parts(unit, geography)
        return parts[0] if len(parts) == 1 else None

    def unit_of(self, name: str | None, when: str | date | None = None) -> Unit | None:
        """The unit a name stands for on a day: the one so named then; else the latest so named that had
        ended by then (its successor is the place on that day); else the earliest. No date: the earliest."""
        units = self._units_named(name) if name else ()
        if not units:
            return None
        day = first_day(when)
        if day is None:
            return units[0]
        valid = [u for u in units if u.valid_on(day)]
        if valid:
            return valid[0]
        ended = [u for u in units if u.valid_to is not None and u.valid_to < day]
        return max(ended, key=lambda u: u.valid_to or day) if ended else units[0]

    def _units_named(self, name: str) -> tuple[Unit, ...]:
        """Every unit a name may stand for, earliest first (remembered: names come back in every record)."""
        found = self._named.get(name)
        if found is None:
            text = _PREFIX.sub("", name.strip())
            ids = self._units_by_form.get(text) or self._units_by_folded.get(fold(text)) or []
            found = tuple(sorted({self.units[i] for i in ids}, key=lambda u: (u.valid_from, u.unit_id)))
            if len(self._named) < 10_000:  # names come from text: bounded, whatever the input
                self._named[name] = found
        return found

    def place(self, name: str | None, when: str | date | None, texts: tuple[str, ...] = ()) -> Place:
        """A record's place from the name the text (or a register row, or an analyst) gives and the event's
        date. When the name stands for a unit formed from several old provinces, the old one is taken from a
        commune or district of it named in `texts` (read in order), else left unknown."""
        unit = self.unit_of(name, when)
        if unit is None:
            return Place(None, None, None, None)
        at_time = self.unit_at(unit, when)
        legacy = self.in_geography(unit, "legacy")
        if legacy is None:
            legacy = self.legacy_named_in(unit, texts)
        current = self.in_geography(unit, "current")
        return Place(
            at_time.name if at_time else None,
            legacy.name if legacy else None,
            current.name if current else None,
            at_time.region if at_time else None,
        )

    def legacy_named_in(self, unit: Unit, texts: tuple[str, ...]) -> Unit | None:
        """The one old province of `unit` that the communes and districts named in a text lie in."""
        parts = {u.name: u for u in self.parts(unit, "legacy")}
        for text in texts:
            found: set[str] = set()
            for m in self.communes_in(text):
                origins = self.commune_origins.get((unit.name, fold(m.name)), ())
                if len(origins) == 1 and origins[0] in parts:
                    found.add(origins[0])
            for m in self.districts_in(text):
                inside = [p for p in self.district_provinces(m.name) if p in parts]
                if len(inside) == 1:
                    found.add(inside[0])
            if found:
                return parts[found.pop()] if len(found) == 1 else None
        return None

    def has_districts(self, when: str | date | None) -> bool:
        """Whether the district tier existed on that day (it ended with the 63 provinces)."""
        day = first_day(when)
        return day is None or self.districts_until is None or day <= self.districts_until

    # -- names ---------------------------------------------------------------------------------
    def canonical(self, name: str | None) -> str | None:
        """The canonical name for any way of writing a province (its 63-unit name; a unit named since, its own
        name), or None."""
        if not name:
            return None
        if name in self._canonical:  # asked for every place of every record: remembered
            return self._canonical[name]
        text = _PREFIX.sub("", name.strip())
        found = self._by_form.get(text) or self._folded.get(fold(text))
        if len(self._canonical) < 10_000:  # names come from text: bounded, whatever the input
            self._canonical[name] = found
        return found

    def current_of(self, legacy: str | None) -> str | None:
        """Today's unit for a province named in any geography."""
        unit = self.in_geography(self.unit_of(legacy), "current")
        return unit.name if unit else None

    def for_date(self, legacy: str | None, when: str | None) -> str | None:
        """The province as named at the time: the unit that covered it then (today's unit from July 2025)."""
        unit = self.unit_of(legacy)
        if not legacy or unit is None:  # not a province: kept as it is within the legacy geography's time
            day, end = first_day(when), self.geographies["legacy"]
            return legacy if day is None or end is None or day <= end else None
        at_time = self.unit_at(unit, when)
        return at_time.name if at_time else None

    def region_of(self, province: str | None) -> str | None:
        if not province:
            return None
        return self.legacy_region.get(province) or self.current_region.get(province)

    # -- mentions ------------------------------------------------------------------------------
    def provinces_in(self, text: str) -> list[Mention]:
        if (known := self._mentions.get(text)) is not None:
            return list(known)
        matched = _case_for_matching(text)
        found = tuple(
            Mention(m.start(), m.end(), name, name)
            for m, name, loose in self._loose_read(list(self._province_re.finditer(matched)), matched)
            if not loose and not _namesake(m.group(1), matched[max(0, m.start() - 20) : m.start()])
        )
        if len(self._mentions) >= 4096:  # bounded, whatever the input: the oldest texts are forgotten
            self._mentions.clear()
        self._mentions[text] = found
        return list(found)

    def _loose_read(self, matches: list[re.Match[str]], text: str) -> list[tuple[re.Match[str], str, bool]]:
        """Each match with its province and whether it stays unread: a name written with its second word in lower
        case is read after "tỉnh"/"thành phố"/"TP" or next to another province, with only a comma or "và" between."""
        read = [
            (m, self._by_form.get(m.group(1)) or self._loose[m.group(1)], m.group(1) in self._loose) for m in matches
        ]
        if not any(loose for _, _, loose in read):
            return read
        out = []
        for i, (m, name, loose) in enumerate(read):
            if loose:
                before = text[max(0, m.start() - 12) : m.start()]
                prev = read[i - 1][0] if i and not read[i - 1][2] else None  # a neighbour written in full
                nxt = read[i + 1][0] if i + 1 < len(read) and not read[i + 1][2] else None
                loose = not (
                    _KIND_BEFORE.search(before)
                    or (prev is not None and _LIST_JOIN.fullmatch(text[prev.end() : m.start()]))
                    or (nxt is not None and _LIST_JOIN.fullmatch(text[m.end() : nxt.start()]))
                )
            out.append((m, name, loose))
        return out

    def districts_in(self, text: str) -> list[Mention]:
        if not _holds_kind(text, _DISTRICT_KINDS, ("H.", "Q.")):
            return []
        return self._units_in(text, self._district_re, self.districts, "district")

    def communes_in(self, text: str) -> list[Mention]:
        if not _holds_kind(text, _COMMUNE_KINDS, ("P.", "X.", "TT.")):
            return []
        return self._units_in(text, self._commune_re, self.communes, "commune")

    def communes_then(self, text: str, when: str | date | None) -> list[Mention]:
        """The communes a text names as they stood on the event's day: before July 2025 a name the communes of the 63
        provinces hold is one of theirs, its province the one its name with its kind word ("xã A"), and its district
        where the text names one, points to ("" when several); after, or a name they lack, as `communes_in` reads it.
        With no date, the same when the text names a commune only the 63 provinces had and none named since."""
        if not _holds_kind(text, _COMMUNE_KINDS, ("P.", "X.", "TT.")):
            return []
        matches = list(self._commune_re.finditer(_case_for_matching(text)))  # read once for both tables
        found = self._units_at(matches, self.communes, "commune")
        if not matches or not self.has_districts(when):
            return found
        legacy = self._legacy_communes_at(matches, text)
        if not legacy:
            return found
        if first_day(when) is None and (
            all(fold(m.name) in self.communes for m in legacy)
            or any(_spaceless(m.name) not in self.legacy_communes for m in found)
        ):
            # no date: the communes named tell the time, one only the 63 provinces had and none named since
            return found
        taken = [(m.start, m.end) for m in legacy]
        return sorted([*legacy, *(m for m in found if not any(a <= m.start < b for a, b in taken))], key=_start)

    def _legacy_communes_at(self, matches: list[re.Match[str]], text: str) -> list[Mention]:
        found: list[Mention] = []
        districts: set[str] | None = None  # those the text names, read when a name needs them
        for m in matches:
            words, keys = m.group(2).split(), fold(m.group(2)).split()  # folding keeps the spaces
            for n in range(len(words), 0, -1):
                if (rows := self.legacy_communes.get("".join(keys[:n]))) is not None:
                    written = " ".join(words[:n])
                    break
            else:
                continue
            kind = _LEGACY_KIND.get(fold(m.group(1)))
            rows = [r for r in rows if r[2] == kind]
            provinces = {p for p, _, _ in rows}
            if len(provinces) > 1:
                if districts is None:
                    districts = {fold(d.name) for d in self.districts_in(text)}
                provinces = {p for p, d, _ in rows if d in districts} or provinces
            if not rows:
                continue
            # the text's own spelling when it folds as the table's name does ("Hòa", "Hoà"), else the table's
            name = self._legacy_commune_names.get("".join(keys[:n]), written)
            name = written if fold(written) == fold(name) else name
            end = m.start(2) + len(written)
            province = provinces.pop() if len(provinces) == 1 else ""
            found.append(Mention(m.start(), end, name, province, "commune", legacy=True))
        return found

    def _units_in(
        self, text: str, pattern: re.Pattern[str], table: dict[str, list[tuple[str, str]]], kind: str
    ) -> list[Mention]:
        return self._units_at(list(pattern.finditer(_case_for_matching(text))), table, kind)

    def _units_at(
        self, matches: list[re.Match[str]], table: dict[str, list[tuple[str, str]]], kind: str
    ) -> list[Mention]:
        found = []
        for m in matches:
            if m.group(2).isdigit():  # "Quận 7" is the district's whole name, its kind word included
                key = fold(f"{_ABBREVIATED_KIND.get(m.group(1), m.group(1).split()[0])} {m.group(2)}")
                if key in table and len(provinces := sorted({p for p, _ in table[key]})) == 1:
                    found.append(Mention(m.start(), m.end(), self.unit_names[key], provinces[0], kind))
                continue
            words, at = m.group(2).split(), m.start(2)
            if fold(m.group(1)).endswith(" doan") and not self._name_at(words, table):
                # "huyện Đoan Hùng": the district's own name, not a youth union's ("Huyện đoàn Lộc Ninh")
                words, at = [m.group(1).split()[-1], *words], m.start(1) + len(m.group(1)) - len(m.group(1).split()[-1])
            if key_n := self._name_at(words, table):
                key, n = key_n
                provinces = sorted({p for p, _ in table[key]})
                end = at + len(" ".join(words[:n]))
                written = " ".join(words[:n])  # as the text spells it, when that is a known spelling of the name
                name = written if written in self.unit_spellings.get(key, ()) else self.unit_names[key]
                found.append(Mention(m.start(), end, name, provinces[0] if len(provinces) == 1 else "", kind))
        return found

    @staticmethod
    def _name_at(words: list[str], table: dict[str, list[tuple[str, str]]]) -> tuple[str, int] | None:
        """The longest known name the words start with ("Tiên Lữ" over "Tiên"), with its word count."""
        for n in range(len(words), 0, -1):
            if (key := fold(" ".join(words[:n]))) in table:
                return key, n
        return None

    def city_at(self, text: str) -> Mention | None:
        """A provincial city written bare where a text starts, with no kind word ("tại Nha Trang, ...", "tại Đà Lạt"):
        a venue names the city as its people do; only a city's name that is no other district's of another province."""
        words = re.findall(r"\w+", text[:40])
        for n in range(min(4, len(words)), 0, -1):
            if not all(w[:1].isupper() for w in words[:n]):
                continue
            found = self.districts.get(fold(" ".join(words[:n])), [])
            if found and {k for _, k in found} == {"Thành phố"} and len({p for p, _ in found}) == 1:
                end = text.find(words[n - 1]) + len(words[n - 1])
                return Mention(text.find(words[0]), end, " ".join(words[:n]), found[0][0], "district")
        return None

    def district_provinces(self, name: str) -> list[str]:
        key = fold(name)
        # "Đắk G’Long" is the reference's "Đăk Glong": an apostrophe inside a name is written or not
        found = self.districts.get(key) or self.districts.get(key.replace("'", ""), [])
        return sorted({p for p, _ in found})


# A word every kind of _district_re and _commune_re holds (any case), and their initials (as written): a text with
# none names no unit, and the patterns are not run over it (most texts; tests/test_fast_patterns.py holds them)
_DISTRICT_KINDS = ("huyện", "quận", "thị", "thành ủy", "thành phố", "tp", "tx")
_COMMUNE_KINDS = ("xã", "phường", "thị trấn", "đặc khu")


def _holds_kind(text: str, kinds: tuple[str, ...], initials: tuple[str, ...]) -> bool:
    low = case_blind(text)
    return any(kind in low for kind in kinds) or any(initial in text for initial in initials)


# a commune's kind as a text writes it, folded: the legacy table's kind ("X." is "xã")
_LEGACY_KIND = {"xa": "xã", "phuong": "phường", "thi tran": "thị trấn", "x.": "xã", "p.": "phường", "tt.": "thị trấn"}


def _spaceless(name: str) -> str:
    """A commune's name as the legacy table keys it: folded, no spaces ("Quảng Nghiệp" -> "quangnghiep")."""
    return fold(name).replace(" ", "")


def _start(mention: Mention) -> int:
    return mention.start


_KIND_BEFORE = re.compile(r"(?:\btỉnh|\bthành phố|\bTP\.?)\s*$", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _case_for_matching(text: str) -> str:
    """Lines in capitals ("KÝ KẾT ... HUYỆN TIÊN LỮ") are matched as if written in title case."""
    lines = text.split("\n")
    if not any(line.isupper() for line in lines):
        return text  # no line all in capitals: as it is (most texts; checked in C, not per letter)
    return "\n".join(line.title() if line == line.upper() and len(line) > 3 else line for line in lines)


# an abbreviated kind glued to the name after its dot ("TX.Buôn Hồ", "P.Linh Xuân"), not a city's short name
# ("TP.HCM"): spaced, as the bodies' patterns read a kind and a name
_GLUED_KIND = fast_start(re.compile(r"(?<![\w.])(TP|TX|TT|[PQHX])\.(?=[A-ZĐ][a-zà-ỹđ])"))


def unglue_kinds(text: str) -> str:
    """ "Công an TX.Buôn Hồ" -> "Công an TX. Buôn Hồ"."""
    glued = any(kind in text for kind in ("P.", "X.", "T.", "Q.", "H."))  # the end of each kind _GLUED_KIND reads
    return _GLUED_KIND.sub(r"\1. ", text) if glued else text


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
