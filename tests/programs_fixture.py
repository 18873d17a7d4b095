"""A hand-made programs warehouse: the tiny warehouse's eight events with four programs linked by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from etl import warehouse

# (program_id, number, title, parties, period, signed, renews, renewed_by, [(event title start, role)])
PROGRAMS = [
    (
        "P-GL",
        "05/CTr-CA",
        "Bảo vệ vùng giáp ranh",
        ["Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum"],
        (2022, 2026),
        "2022-06-01",
        None,
        None,
        [("Công an Gia Lai và Kon Tum", "sign"), ("Công an tỉnh Gia Lai sơ kết", "review_midterm")],
    ),
    (
        "P-CT",
        "12/CTr-SYT",
        "Phối hợp y tế",
        ["Sở Y tế thành phố Cần Thơ", "Sở Y tế tỉnh An Giang"],
        (2022, 2023),
        "2022-11-05",
        None,
        None,
        [("Ngành y tế Cần Thơ", "sign")],
    ),
    (
        "P-HN",
        "03/CTr-HKH",
        "Khuyến học liên tỉnh",
        ["Hội Khuyến học thành phố Hà Nội", "Hội Khuyến học tỉnh Hà Nam"],
        (2023, 2025),
        "2023-03-15",
        None,
        None,
        [("Hội Khuyến học Hà Nội", "sign"), ("Giao ban cụm 3", "implement")],
    ),
    (
        "P-DN",
        "21/CTr-DL",
        "Liên kết du lịch",
        ["Sở Du lịch thành phố Đà Nẵng"],
        (2025, 2030),
        "2024-05-14",
        None,
        None,
        [("Đà Nẵng và Quảng Nam", "sign")],
    ),
]


def build(tiny: Path, out: Path) -> Path:
    """A copy of the tiny warehouse whose programs and program_events are these, written by hand."""
    shutil.copy(tiny, out)
    con = duckdb.connect(str(out))
    con.execute("delete from program_events")
    con.execute("delete from programs")
    for pid, number, title, parties, (start, end), signed, renews, renewed_by, links in PROGRAMS:
        con.execute(
            "insert into programs by name select ? as program_id, ? as number, ? as title, ?::varchar[] as parties,"
            " ? as period_start, ? as period_end, 'province' as level, ?::date as signed_date, ?::date as first_seen,"
            " 'signing' as known_from, ? as renews, ? as renewed_by, 1.0 as confidence",
            [pid, number, title, parties, start, end, signed, signed, renews, renewed_by],
        )
        for prefix, role in links:
            (event_id,) = con.execute("select event_id from events where starts_with(title, ?)", [prefix]).fetchall()[0]
            con.execute("insert into program_events values (?, ?, ?, 1.0)", [pid, event_id, role])
    warehouse.run_script(con, "macros.sql")  # the programs' timeline, as a load leaves it
    con.close()
    return out
