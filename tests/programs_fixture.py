"""A hand-made programs warehouse: the tiny warehouse's eight events with four programs linked by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

# (program_id, number, title, parties, period, signed, renews, renewed_by, [(event title start, role)])
PROGRAMS = [
    ("P-GL", "05/CTr-CA", "Bảo vệ vùng giáp ranh", ["Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum"], (2022, 2026),
     "2022-06-01", None, None, [("Công an Gia Lai và Kon Tum", "sign"), ("Công an tỉnh Gia Lai sơ kết", "review_midterm")]),
    ("P-CT", "12/CTr-SYT", "Phối hợp y tế", ["Sở Y tế thành phố Cần Thơ", "Sở Y tế tỉnh An Giang"], (2022, 2023),
     "2022-11-05", None, None, [("Ngành y tế Cần Thơ", "sign")]),
    ("P-HN", "03/CTr-HKH", "Khuyến học liên tỉnh", ["Hội Khuyến học thành phố Hà Nội", "Hội Khuyến học tỉnh Hà Nam"],
     (2023, 2025), "2023-03-15", None, None, [("Hội Khuyến học Hà Nội", "sign"), ("Giao ban cụm 3", "implement")]),
    ("P-DN", "21/CTr-DL", "Liên kết du lịch", ["Sở Du lịch thành phố Đà Nẵng"], (2025, 2030), "2024-05-14", None, None,
     [("Đà Nẵng và Quảng Nam", "sign")]),
]

STATUS_MACRO = """
create or replace macro program_status(as_of) as table
with p as (
    select program_id, period_start, period_end, renewed_by,
        make_date(period_start + (period_end - period_start + 1) // 2, 1, 1) as midpoint,
        make_date(period_end, 12, 31) as ending
    from programs
),
r as (
    select pe.program_id,
        max(e.event_day) filter (where pe.role = 'review_final') as final_day,
        max(e.event_day) filter (where pe.role = 'review_midterm') as mid_day,
        max(e.event_day) filter (where pe.role like 'review%') as last_review
    from program_events pe join events e using (event_id) where e.event_day <= as_of group by all
)
select p.program_id,
    case when p.renewed_by is not null then 'renewed'
         when p.period_end is null then 'unknown_end'
         when r.final_day is not null then 'final_held'
         when as_of > p.ending + interval 6 month then 'overdue'
         when as_of >= p.ending then 'final_due'
         when r.mid_day is not null then 'midterm_held'
         when as_of >= p.midpoint then 'midterm_due'
         else 'in_force' end as status,
    case when r.final_day is not null or p.renewed_by is not null then null
         when r.mid_day is not null or as_of >= p.midpoint then p.ending
         else p.midpoint end as next_review_due,
    r.last_review
from p left join r using (program_id)
"""


def build(tiny: Path, out: Path) -> Path:
    """The tiny warehouse with programs, program_events and program_status added by hand (a copy)."""
    shutil.copy(tiny, out)
    con = duckdb.connect(str(out))
    con.execute(
        "create or replace table programs (program_id varchar, number varchar, title varchar, parties varchar[],"
        " period_start int, period_end int, level varchar, signed_date date, first_seen date, known_from varchar,"
        " renews varchar, renewed_by varchar, confidence double)"
    )
    con.execute("create or replace table program_events (program_id varchar, event_id varchar, role varchar, confidence double)")
    for pid, number, title, parties, (start, end), signed, renews, renewed_by, links in PROGRAMS:
        con.execute(
            "insert into programs values (?, ?, ?, ?, ?, ?, 'province', ?, ?, 'signing', ?, ?, 1.0)",
            [pid, number, title, parties, start, end, signed, signed, renews, renewed_by],
        )
        for prefix, role in links:
            event_id = con.execute("select event_id from events where starts_with(title, ?)", [prefix]).fetchone()[0]
            con.execute("insert into program_events values (?, ?, ?, 1.0)", [pid, event_id, role])
    con.execute(STATUS_MACRO)
    con.close()
    return out
