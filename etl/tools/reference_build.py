"""Regenerate the administrative-unit reference files from the `vietnamadminunits` package.

Run by hand when the package updates (`python -m etl.tools.reference_build`); the product reads only the CSV
files it writes, so analysts can review and edit them like every other reference file. Written: the
province-level units of both geographies with their validity (`admin_units.csv`; the region of each unit is
ours and kept from the file as it stands), the 2025 merger as successor rows (`unit_successions.csv`), the
pre-2025 districts and today's communes, each commune with the old provinces it was formed from, and the communes of
the 63 provinces as they stood before July 2025 (`communes_legacy.csv`, with the names they carried before a merger
of those years, as the package keys them: "quangnghiep" for xã Quảng Nghiệp, merged into Dân An).
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

import vietnamadminunits

from etl.reference import REFERENCE_DIR, load_table
from etl.text import fold

# The package names a few units differently from the name they carried before July 2025.
LEGACY_DISPLAY = {"Huế": "Thừa Thiên Huế", "Hồ Chí Minh": "TP Hồ Chí Minh"}
CURRENT_DISPLAY = {"Hồ Chí Minh": "TP Hồ Chí Minh"}
# The 63-unit geography came into force when Hà Tây joined Hà Nội; earlier boundaries are not modelled.
LEGACY_FROM, LEGACY_TO = "2008-08-01", "2025-06-30"
# Resolution 202/2025/QH15: the 34 units from 1 July 2025.
CURRENT_FROM = "2025-07-01"


# a ward whose district has a namesake of another kind ("Yên Viên (Thị trấn)", "Yên Viên (Xã)"): the kind is a column
_KIND_SUFFIX = re.compile(r"\s*\((?:Xã|Phường|Thị trấn)\)$")
# the package keys a former name with and without its kind ("xaquangnghiep", "quangnghiep"): the bare one is kept
_KEY_KINDS = ("xa", "phuong", "thitran")


def _package_data() -> Path:
    return Path(vietnamadminunits.__file__).parent / "data"


def _write(name: str, header: list[str], rows: list[tuple]) -> None:
    with open(REFERENCE_DIR / name, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def unit_id(code: str, valid_from: str) -> str:
    """A unit's stable id: its official code and the year its territory took effect ("08@2025"): codes are
    reused across reorganisations (the new Tuyên Quang kept 08), the pair never is."""
    return f"{code}@{valid_from[:4]}"


def build() -> None:
    db = sqlite3.connect(_package_data() / "dataset.db")
    converter = json.loads((_package_data() / "converter_2025.json").read_text(encoding="utf-8"))
    regions = {r["unit_id"]: r["region_id"] for r in load_table("admin_units.csv")}
    legacy = db.execute(
        "select distinct province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey "
        "from admin_units_legacy order by provinceCode"
    ).fetchall()
    current = db.execute(
        "select distinct province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey "
        "from admin_units order by provinceCode"
    ).fetchall()
    legacy_ids = {key: unit_id(code, LEGACY_FROM) for _, _, code, _, _, key in legacy}
    current_ids = {key: unit_id(code, CURRENT_FROM) for _, _, code, _, _, key in current}
    legacy_names = {key: LEGACY_DISPLAY.get(short, short) for _, short, _, _, _, key in legacy}
    current_names = {key: CURRENT_DISPLAY.get(short, short) for _, short, _, _, _, key in current}

    def kind(full: str) -> str:
        return "city" if full.startswith("Thành phố") else "province"

    units = [
        (legacy_ids[key], code, legacy_names[key], kind(full), regions.get(legacy_ids[key], ""), LEGACY_FROM,
         LEGACY_TO, round(lat, 4), round(lon, 4))
        for full, _, code, lat, lon, key in legacy
    ] + [
        (current_ids[key], code, current_names[key], kind(full), regions.get(current_ids[key], ""), CURRENT_FROM,
         "", round(lat, 4), round(lon, 4))
        for full, _, code, lat, lon, key in current
    ]  # fmt: skip
    _write(
        "admin_units.csv",
        ["unit_id", "code", "name", "kind", "region_id", "valid_from", "valid_to", "lat", "lon"],
        units,
    )
    successor_of = {old: new for new, olds in converter["DICT_PROVINCE"].items() for old in olds}
    _write(
        "unit_successions.csv",
        ["unit_id", "successor_id", "changed_on"],
        [(legacy_ids[key], current_ids[successor_of[key]], CURRENT_FROM) for *_, key in legacy],
    )

    districts = db.execute(
        "select distinct provinceShort, districtShort, districtType from admin_units_legacy "
        "order by provinceCode, districtCode"
    ).fetchall()
    _write(
        "districts.csv",
        ["province", "district", "kind"],
        [(LEGACY_DISPLAY.get(p, p), d, t) for p, d, t in districts],
    )

    # Each new commune: the old provinces its old communes lay in (a commune split in two counts for both).
    origins: dict[tuple[str, str], set[str]] = {}
    for province_key, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, old_keys in wards.items():
            origins.setdefault((province_key, ward_key), set()).update(k.split("_")[0] for k in old_keys)
    for province_key, old_wards in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, new_wards in old_wards.items():
            for ward in new_wards:
                origins.setdefault((province_key, ward["newWardKey"]), set()).add(old_key.split("_")[0])
    communes = db.execute(
        "select distinct provinceShort, wardShort, wardType, provinceKey, wardKey from admin_units "
        "order by provinceCode, wardCode"
    ).fetchall()
    _write(
        "communes.csv",
        ["province", "commune", "kind", "legacy"],
        [
            (
                CURRENT_DISPLAY.get(p, p),
                w,
                t,
                ";".join(sorted(legacy_names[k] for k in origins.get((pk, wk), ()))),
            )
            for p, w, t, pk, wk in communes
        ],
    )

    legacy_wards = db.execute(
        "select provinceShort, districtShort, wardShort, wardType, wardAlias from admin_units_legacy "
        "where wardShort is not null order by provinceCode, districtCode, wardCode"
    ).fetchall()
    _write(
        "communes_legacy.csv",
        ["province", "district", "commune", "kind", "former"],
        [
            (LEGACY_DISPLAY.get(p, p), d, name, t, ";".join(_former_keys(alias, name)))
            for p, d, w, t, alias in legacy_wards
            for name in [_KIND_SUFFIX.sub("", w)]
        ],
    )


def _former_keys(alias: str | None, name: str) -> list[str]:
    """The names a ward carried before (the package's keys: folded, no spaces), each once, without its kind, and
    not its own name."""
    keys = json.loads(alias) if alias else []
    own = fold(name).replace(" ", "")
    bare = [k for k in keys if not any(k.startswith(kind) and k[len(kind) :] in keys for kind in _KEY_KINDS)]
    return [k for k in dict.fromkeys(bare) if k != own]


if __name__ == "__main__":
    build()
