"""Regenerate the administrative-unit reference files from the `vietnamadminunits` package.

Run by hand when the package updates (`python -m etl.tools.reference_build`); the product reads only the CSV
files it writes, so analysts can review and edit them like every other reference file.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import vietnamadminunits
from vietnamadminunits import convert_address

from etl.reference import REFERENCE_DIR

# The package names a few units differently from the name they carried before July 2025.
LEGACY_DISPLAY = {"Huế": "Thừa Thiên Huế", "Hồ Chí Minh": "TP Hồ Chí Minh"}
CURRENT_DISPLAY = {"Hồ Chí Minh": "TP Hồ Chí Minh"}


def _dataset() -> sqlite3.Connection:
    return sqlite3.connect(Path(vietnamadminunits.__file__).parent / "data" / "dataset.db")


def _write(name: str, header: list[str], rows: list[tuple]) -> None:
    with open(REFERENCE_DIR / name, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def build() -> None:
    db = _dataset()
    legacy = db.execute(
        "select distinct province, provinceShort, provinceCode, provinceLat, provinceLon "
        "from admin_units_legacy order by provinceCode"
    ).fetchall()
    rows = []
    for full, short, code, lat, lon in legacy:
        current = convert_address(full).short_province
        rows.append(
            (
                code,
                LEGACY_DISPLAY.get(short, short),
                full.split(" ")[0] == "Thành" and "city" or "province",
                CURRENT_DISPLAY.get(current, current),
                round(lat, 4),
                round(lon, 4),
            )
        )
    _write("provinces_legacy.csv", ["code", "province", "kind", "current", "lat", "lon"], rows)

    current = db.execute(
        "select distinct province, provinceShort, provinceCode, provinceLat, provinceLon "
        "from admin_units order by provinceCode"
    ).fetchall()
    _write(
        "provinces_current.csv",
        ["code", "province", "kind", "lat", "lon"],
        [
            (
                code,
                CURRENT_DISPLAY.get(short, short),
                full.startswith("Thành phố") and "city" or "province",
                round(lat, 4),
                round(lon, 4),
            )
            for full, short, code, lat, lon in current
        ],
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

    communes = db.execute(
        "select distinct provinceShort, wardShort, wardType from admin_units order by provinceCode, wardCode"
    ).fetchall()
    _write(
        "communes.csv",
        ["province", "commune", "kind"],
        [(CURRENT_DISPLAY.get(p, p), w, t) for p, w, t in communes],
    )


if __name__ == "__main__":
    build()
