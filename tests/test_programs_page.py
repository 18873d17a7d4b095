"""What users see of programs (issue 15): the Programs page's queries, its figure and tables, the page itself
under AppTest, the overview's figure and the report's slide.

On the tiny warehouse with four programs linked by hand (tests/programs_fixture.py), every status is worked out
from the rule of program_status (README, "Programs and their status"):

| program | period    | events (role)                                   | on 31/12/2024 | on 31/12/2025 |
|---------|-----------|-------------------------------------------------|---------------|---------------|
| P-GL    | 2022-2026 | T3 2022-06 signing, T4 2024 mid-term review     | midterm_held  | midterm_held  |
| P-CT    | 2022-2023 | T6 2022-11-05 signing                           | overdue       | overdue       |
| P-HN    | 2023-2025 | T1 2023-03-15 signing, T2 2023-03-20 implemented| midterm_due   | final_due     |
| P-DN    | 2025-2030 | T8 2024-05-14 signing                           | in_force      | in_force      |
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace
from datetime import date

import duckdb
import pandas as pd
import pytest
from pptx import Presentation
from streamlit.testing.v1 import AppTest

import queries
from dashboard import charts, figures, program_tables
from dashboard.filter_model import SEARCH_SQL, Filters
from dashboard.report import content, pdf, scope, slides
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
Y2024 = Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31), pick="custom")
Y2025 = replace(Y2024, date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
Y2022 = replace(Y2024, date_from=date(2022, 1, 1), date_to=date(2022, 12, 31))


@pytest.fixture()
def pcon(programs_warehouse):
    connection = duckdb.connect(str(programs_warehouse), read_only=True)
    yield connection
    connection.close()


def listing(con, f: Filters, text: str | None = None) -> dict[str, str]:
    rows = queries.run(con, "programs_list", **f.query_params(), text=text, limit=100, lines=0)
    return dict(zip(rows["program_id"], rows["status"], strict=True))


def test_programs_in_scope_with_their_status_at_the_end_of_the_period(pcon):
    assert listing(pcon, Y2024) == {
        "P-DN": "in_force",
        "P-HN": "midterm_due",
        "P-CT": "overdue",  # its period ended in 2023 without a final review: still in scope, the point
        "P-GL": "midterm_held",
    }
    assert listing(pcon, Y2022) == {"P-GL": "in_force", "P-CT": "in_force"}  # P-HN, P-DN not signed yet
    assert listing(pcon, Y2025)["P-HN"] == "final_due"
    assert listing(pcon, replace(Y2024, province="Gia Lai")) == {"P-GL": "midterm_held"}
    assert listing(pcon, replace(Y2024, event_type="meeting")) == listing(pcon, Y2024)  # a program is no event


def test_the_list_is_searchable_by_number_title_and_party_without_diacritics(pcon):
    assert set(listing(pcon, Y2024, "khuyen hoc")) == {"P-HN"}  # the title, without its diacritics
    assert set(listing(pcon, Y2024, "05/CTr")) == {"P-GL"}  # the number
    assert set(listing(pcon, Y2024, "  SỞ Y TẾ ")) == {"P-CT"}  # a party, any case, spaces around
    assert set(listing(pcon, Y2024, "đà nẵng")) == set(listing(pcon, Y2024, "da nang")) == {"P-DN"}
    assert listing(pcon, Y2024, "không có chương trình này") == {}


def test_due_or_overdue_in_the_next_six_months_overdue_first(pcon):
    due = queries.run(pcon, "programs_due", **Y2024.query_params(), limit=100)
    assert due["program_id"].tolist() == ["P-CT", "P-HN"] and (due["programs"] == 2).all()
    due = queries.run(pcon, "programs_due", **Y2025.query_params(), limit=1)
    assert due["program_id"].tolist() == ["P-CT"] and due["programs"].iloc[0] == 2  # P-HN's final review too
    assert queries.run(pcon, "programs_due", **Y2022.query_params(), limit=100).empty


def due_count(con, f: Filters) -> int:
    """The overview's figure: programs_due_count's one row."""
    return int(queries.run(con, "programs_due_count", **f.query_params())["programs"].iloc[0])


def test_the_overviews_count_of_programs_due_is_the_lists_total(pcon):
    """The overview asks only how many are due (programs_due_count): the same number as the list's `programs`."""
    for f in (Y2024, Y2025, Y2022, replace(Y2024, province="Gia Lai"), replace(Y2025, event_type="meeting"), Filters()):
        due = queries.run(pcon, "programs_due", **f.query_params(), limit=1)
        assert due_count(pcon, f) == (0 if due.empty else int(due["programs"].iloc[0])), f


def test_a_programs_line_holds_all_its_events_in_order(pcon):
    """The list carries the lines of its first `lines` programs (the timeline's), none for the others."""
    listed = queries.run(pcon, "programs_list", **Y2024.query_params(), text=None, limit=3, lines=2)
    assert listed["program_id"].tolist() == ["P-DN", "P-HN", "P-CT"] and (listed["programs"] == 4).all()
    assert listed["line"].notna().tolist() == [True, True, False]
    hn = list(listed["line"].iloc[1])
    assert [e["role"] for e in hn] == ["sign", "implement"]
    assert [pd.Timestamp(e["event_date"]) for e in hn] == [pd.Timestamp("2023-03-15"), pd.Timestamp("2023-03-20")]
    articles = queries.run(pcon, "program_event_table", program_id="P-GL", geography="time", lang="vi")
    assert articles["role"].tolist() == ["sign", "review_midterm"]
    assert articles["title"].iloc[1] == "Công an tỉnh Gia Lai sơ kết công tác phối hợp"


def _event(event_id: str, day: str, role: str) -> dict:
    return {"event_id": event_id, "event_date": date.fromisoformat(day), "role": role}


def _lines_frame() -> pd.DataFrame:
    """Listed programs, the first three with their lines (D is listed, not drawn)."""
    rows = [
        ("A", "09/CTr-BCA", "<b>An ninh</b>", 2020, 2025, "overdue"),
        ("B", None, "Khuyến học", None, None, "unknown_end"),
        ("C", "12", "Du lịch", 2024, 2026, "in_force"),
        ("D", "13", "Văn hóa", 2024, 2026, "in_force"),
    ]
    lines = [
        [_event("e1", "2020-03-01", "sign"), _event("e2", "2022-09-01", "review_midterm")],
        [_event("e3", "2023-05-01", "review_yearly")],
        [],
        None,
    ]
    columns = ["program_id", "number", "title", "period_start", "period_end", "status"]
    frame = pd.DataFrame(rows, columns=columns).assign(programs=5, line=lines)
    # A program without a number is told by the province it was first seen in (none for a central one).
    return frame.assign(province=frame["program_id"].map({"A": "Hà Nội", "B": "Nghệ An"}))


def test_the_lines_figure_colours_periods_by_status_and_marks_events_by_role():
    fig = figures.program_lines_figure(_lines_frame(), "vi", "Thời gian: tất cả")
    bars = {tr.name: list(tr.y) for tr in fig.data if tr.type == "bar"}
    marks = {tr.name: list(tr.y) for tr in fig.data if tr.type == "scatter"}
    assert set(bars) == {"Quá hạn tổng kết", "Đang thực hiện"}  # B has no period: no bar, its mark alone
    assert marks == {
        "Ký kết": ["09/CTr-BCA · &lt;b&gt;An ninh&lt;/b&gt;"],  # a crawled title stays words
        "Sơ kết": ["09/CTr-BCA · &lt;b&gt;An ninh&lt;/b&gt;"],
        "Kiểm điểm năm": ["Nghệ An · Khuyến học"],
    }
    assert list(fig.layout.yaxis.categoryarray) == [*bars["Quá hạn tổng kết"], "Nghệ An · Khuyến học", "12 · Du lịch"]
    assert "3 chương trình mới nhất trong 5" in fig.layout.title.text
    english = figures.program_lines_figure(_lines_frame(), "en")
    assert {tr.name for tr in english.data} >= {"Overdue", "Signing", "Yearly review"}


def test_the_tables_say_status_period_and_dates_in_words():
    frame = pd.DataFrame(
        {
            "number": ["09", None],
            "title": ["An ninh", "Khuyến học"],
            "parties": ["Công an tỉnh A; Công an tỉnh B", None],
            "period_start": [2020, 2021],
            "period_end": [2025, None],
            "status": ["overdue", "unknown_end"],
            "next_review_due": [pd.Timestamp("2025-12-31"), pd.NaT],
        }
    )
    table = program_tables.due_table(frame, "vi")
    assert table.columns.tolist() == [
        "Số hiệu",
        "Tên chương trình",
        "Các bên",
        "Giai đoạn",
        "Tình trạng",
        "Hạn rà soát tới",
    ]
    assert table.iloc[0].tolist() == [
        "09",
        "An ninh",
        "Công an tỉnh A; Công an tỉnh B",
        "2020–2025",
        "Quá hạn tổng kết",
        "31/12/2025",
    ]
    assert table.iloc[1].tolist() == ["—", "Khuyến học", "—", "2021–…", "Không rõ thời hạn", ""]
    assert program_tables.due_table(frame, "en")["Status"].tolist() == ["Overdue", "Unknown end"]


@pytest.mark.parametrize("days", ["datetime64", "date objects"])
def test_the_programs_table_says_each_row_as_one_by_one(days):
    """The table is written a column at a time (days by pandas, each distinct status, period and count once):
    every cell as the one-row functions write it, gaps included."""
    from dashboard.formatting import fmt_int

    due = [pd.Timestamp("2025-12-31"), pd.NaT, pd.Timestamp("2026-01-05"), pd.NaT] * 3
    last = [pd.NaT, pd.Timestamp("2024-02-29"), pd.NaT, pd.Timestamp("2023-07-01")] * 3
    frame = pd.DataFrame(
        {
            "number": ["09", None, "12", None] * 3,
            "title": ["An ninh", "Khuyến học", None, "Du lịch"] * 3,
            "parties": ["A; B", None, "C", "D"] * 3,
            "period_start": [2020, 2021, None, 2022] * 3,
            "period_end": [2025, None, None, 2022] * 3,
            "status": ["overdue", "unknown_end", None, "in_force"] * 3,
            "next_review_due": due if days == "datetime64" else [d.date() if pd.notna(d) else None for d in due],
            "last_review": last if days == "datetime64" else [d.date() if pd.notna(d) else None for d in last],
            "events": [1, 1200, 3, 1] * 3,
        }
    )
    for lang in ("vi", "en"):
        table = program_tables.programs_table(frame, lang)
        expected = [
            [
                "—" if pd.isna(r.number) else r.number,
                "—" if pd.isna(r.title) else r.title,
                "—" if pd.isna(r.parties) else r.parties,
                program_tables.period_text(r.period_start, r.period_end),
                program_tables.status_text(r.status, lang),
                "" if pd.isna(r.next_review_due) else f"{r.next_review_due:%d/%m/%Y}",
                "" if pd.isna(r.last_review) else f"{r.last_review:%d/%m/%Y}",
                fmt_int(r.events, lang),
            ]
            for r in frame.itertuples()
        ]
        assert table.values.tolist() == expected
    assert program_tables.programs_table(frame, "vi").iloc[1, 6] == "29/02/2024"


@pytest.fixture()
def programs_app(programs_warehouse, monkeypatch):
    monkeypatch.setenv("PHOIHOP_DB", str(programs_warehouse))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"pick": "custom", "from": "2024-01-01", "to": "2024-12-31"})
    return at


def test_programs_page_lists_what_is_due_then_every_program_searchable(programs_app):
    at = programs_app.run()
    at.switch_page("app_pages/programs.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Chương trình"
    due, programs = at.dataframe[0].value, at.dataframe[1].value
    assert due["Tình trạng"].tolist() == ["Quá hạn tổng kết", "Đến hạn sơ kết"]
    assert due["Số hiệu"].tolist() == ["12/CTr-SYT", "03/CTr-HKH"]
    assert dict(zip(programs["Số hiệu"], programs["Tình trạng"], strict=True)) == {
        "21/CTr-DL": "Đang thực hiện",
        "03/CTr-HKH": "Đến hạn sơ kết",
        "12/CTr-SYT": "Quá hạn tổng kết",
        "05/CTr-CA": "Đã sơ kết",
    }
    titles = [json.loads(chart.proto.spec)["layout"]["title"]["text"] for chart in at.get("plotly_chart")]
    assert any(title.startswith("<b>Vòng đời các chương trình</b><br>") for title in titles), titles
    at.text_input(key="pg_search").input("giap ranh").run()
    assert not at.exception
    assert at.dataframe[1].value["Số hiệu"].tolist() == ["05/CTr-CA"]
    at.text_input(key="pg_search").input("không có chương trình này").run()
    assert any("Không có chương trình nào" in i.value for i in at.info)


def test_programs_page_in_english_and_with_nothing_due(programs_app):
    programs_app.query_params.update({"lang": "en", "from": "2022-01-01", "to": "2022-12-31"})
    at = programs_app.run()
    at.switch_page("app_pages/programs.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("No program is due for review" in i.value for i in at.info)
    assert at.dataframe[0].value["Status"].tolist() == ["In force", "In force"]


def test_overview_shows_the_programs_due_and_opens_their_list(programs_app):
    at = programs_app.run()
    assert not at.exception, [e.value for e in at.exception]
    assert next(m.value for m in at.metric if m.label == "Chương trình đến hạn rà soát") == "2"
    links = at.get("page_link")
    assert [link.proto.label for link in links] == ["Mở danh sách"]
    assert links[0].proto.page.endswith("programs")


def test_the_report_has_a_slide_with_the_programs_due(pcon, tmp_path):
    ask = charts.asker(lambda name, **params: queries.run(pcon, name, **params))
    report = content.build(ask, scope.Scope("all"), date(2024, 1, 1), date(2024, 12, 31), "vi", date(2025, 1, 5))
    slide = next(s for s in report.slides if s.title == "Đến hạn hoặc quá hạn rà soát trong 6 tháng tới")
    assert slide.kind == "table"
    assert slide.table["Số hiệu"].tolist() == ["12/CTr-SYT", "03/CTr-HKH"]
    assert slide.table["Tình trạng"].tolist() == ["Quá hạn tổng kết", "Đến hạn sơ kết"]
    out = tmp_path / "report.pptx"
    slides.write(report, {}, str(out))
    cells = [
        [cell.text for cell in row.cells]
        for page in Presentation(str(out)).slides
        if page.shapes.title is not None and page.shapes.title.text.startswith("Đến hạn hoặc quá hạn")
        for shape in page.shapes
        if shape.has_table
        for row in shape.table.rows
    ]
    assert cells[0] == ["Số hiệu", "Tên chương trình", "Các bên", "Giai đoạn", "Tình trạng", "Hạn rà soát tới"]
    assert cells[1][:2] == ["12/CTr-SYT", "Phối hợp y tế"] and cells[1][4] == "Quá hạn tổng kết"
    printed = tmp_path / "report.pdf"
    pdf.write(report, {}, printed)  # the PDF's section: the same table, read back by poppler
    text = subprocess.run(
        ["pdftotext", "-layout", str(printed), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Đến hạn hoặc quá hạn rà soát trong 6 tháng tới" in text
    assert re.search(r"12/CTr-SYT\s+Phối hợp y tế.*Quá hạn tổng kết", text)
    nothing = content.build(ask, scope.Scope("all"), date(2022, 1, 1), date(2022, 12, 31), "en", date(2025, 1, 5))
    slide = next(s for s in nothing.slides if s.title == "Due or overdue for review in the next six months")
    assert slide.kind == "text" and slide.lines[0] == "No program is due for review in the next six months."


# The simulator's programs (benchmarks/simulate.py): signings, yearly, mid-term and final reviews, central programs
# carried out by provinces, re-signings, linked by the real ETL. Not counted by hand: each number is checked
# against the status rule, program_status, asked directly.
DUE = ("midterm_due", "final_due", "overdue")


@pytest.fixture(scope="module")
def simulated(tmp_path_factory):
    from benchmarks.simulate import write_corpus
    from etl.pipeline import run_etl

    out = tmp_path_factory.mktemp("sim_programs")
    db = out / "warehouse.duckdb"
    run_etl([write_corpus(300, 7, out / "corpus")], db, progress=False)
    return db


@pytest.fixture()
def scon(simulated):
    connection = duckdb.connect(str(simulated), read_only=True)
    yield connection
    connection.close()


def test_simulated_programs_their_status_and_what_is_due_follow_the_rule(scon):
    every = queries.run(scon, "programs_list", **Filters().query_params(), text=None, limit=10_000, lines=0)
    linked = scon.execute("select count(distinct program_id) from program_events").fetchone()[0]
    assert len(every) == every["programs"].iloc[0] == linked > 100  # no filter: every program with an event
    status = dict(scon.execute("select program_id, status from program_status(current_date)").fetchall())
    assert dict(zip(every["program_id"], every["status"], strict=True)) == {p: status[p] for p in every["program_id"]}
    assert {"overdue", "final_held", "renewed", "midterm_due"} <= set(every["status"])

    in_2025 = queries.run(scon, "programs_list", **Y2025.query_params(), text=None, limit=10_000, lines=0)
    horizon = pd.Timestamp("2026-06-30")
    owed = in_2025[
        in_2025["status"].isin(DUE)
        | (~in_2025["status"].isin(["renewed", "final_held"]) & (in_2025["next_review_due"] <= horizon))
    ]
    due = queries.run(scon, "programs_due", **Y2025.query_params(), limit=10_000)
    assert set(due["program_id"]) == set(owed["program_id"]) and len(due) > 5
    assert due_count(scon, Y2025) == len(due)  # the overview's figure
    assert due["status"].tolist() == sorted(due["status"], key=lambda s: s != "overdue")  # overdue first


def test_simulated_renewals_name_the_program_they_renew(scon):
    every = queries.run(scon, "programs_list", **Filters().query_params(), text=None, limit=10_000, lines=0)
    pairs = scon.execute(
        "select p.program_id, o.number, o.title, o.period_start, o.period_end "
        "from programs p join programs o on o.program_id = p.renews"
    ).fetchall()
    assert pairs, "the simulator re-signs programs"
    renews = dict(zip(every["program_id"], every["renews"], strict=True))
    for program_id, number, title, start, end in pairs:
        # by number and title; an older program known only by its years (made from "giai đoạn 2018-2022") by those
        assert renews[program_id] == (" · ".join(str(x) for x in (number, title) if x) or f"{start}–{end}")


def test_simulated_lines_draw_the_listed_programs_with_all_their_events(scon):
    listed = queries.run(scon, "programs_list", **Y2025.query_params(), **charts.program_list(None))
    drawn = listed[listed["line"].notna()]
    assert drawn["program_id"].tolist() == listed["program_id"].head(charts.PROGRAM_LINES_SHOWN).tolist()
    dated = scon.execute(
        "select pe.program_id, count(*) from program_events pe join events e using (event_id)"
        " where e.event_day is not null group by all"
    ).fetchall()
    counts = {p: len(line) for p, line in zip(drawn["program_id"], drawn["line"], strict=True) if len(line)}
    assert counts == {p: n for p, n in dated if p in set(drawn["program_id"])}
    fig = figures.program_lines_figure(listed, "vi")
    assert sum(len(tr.x) for tr in fig.data if tr.type == "scatter") == sum(counts.values())
    assert len(fig.layout.yaxis.categoryarray) == len(drawn)


def test_simulated_overview_figure_and_report_slide_count_the_same_programs(scon, simulated, monkeypatch):
    due = queries.run(scon, "programs_due", **Y2025.query_params(), limit=10_000)
    monkeypatch.setenv("PHOIHOP_DB", str(simulated))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update({"pick": "custom", "from": "2025-01-01", "to": "2025-12-31"})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert next(m.value for m in at.metric if m.label == "Chương trình đến hạn rà soát") == str(len(due))
    at.switch_page("app_pages/programs.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.dataframe[0].value["Số hiệu"].fillna("—").tolist() == due["number"].fillna("—").tolist()[:200]
    ask = charts.asker(lambda name, **params: queries.run(scon, name, **params))
    report = content.build(ask, scope.Scope("all"), date(2025, 1, 1), date(2025, 12, 31), "vi", date(2026, 1, 5))
    slide = next(s for s in report.slides if s.title.startswith("Đến hạn hoặc quá hạn rà soát"))
    assert len(slide.table) == min(len(due), content.REPORT_DUE_ROWS)
    assert (len(due) > content.REPORT_DUE_ROWS) == slide.title.endswith(f"trong {len(due)})")


def test_on_the_real_sample_the_page_and_the_overview_show_its_programs(warehouse, monkeypatch):
    """The seed articles' programs, linked by the real ETL: the page's lists are the queries' rows, in words."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        due = queries.run(con, "programs_due", **Filters().query_params(), limit=program_tables.DUE_SHOWN)
        every = queries.run(con, "programs_list", **Filters().query_params(), text=None, limit=10_000, lines=0)
    assert len(every) > 20 and len(due) > 5  # the seeds name programs, some long past their final review
    monkeypatch.setenv("PHOIHOP_DB", str(warehouse))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert next(m.value for m in at.metric if m.label == "Chương trình đến hạn rà soát") == str(len(due))
    at.switch_page("app_pages/programs.py").run()
    assert not at.exception, [e.value for e in at.exception]
    shown_due, shown = at.dataframe[0].value, at.dataframe[1].value
    assert shown_due["Tình trạng"].tolist() == [program_tables.status_text(s, "vi") for s in due["status"]]
    assert len(shown) == len(every) and set(shown["Tình trạng"]) <= {
        program_tables.status_text(s, "vi") for s in every["status"]
    }


# The scope the three program queries share (program_scope in queries/warehouse/macros.sql, on integer keys built at
# load) against its definition written plainly: the links joined to the filtered events by their string ids, grouped
# by program_id, every program's status from program_status.
PLAIN_SCOPE = """
with linked as (
    select pe.program_id, bool_or($date_from is null or e.event_day >= $date_from) as in_period
    from program_events pe
    join filtered_events(date_from := null, event_type := null) e using (event_id)
    group by pe.program_id
)

select p.program_id, s.status, s.next_review_due
from programs p
join linked l using (program_id)
left join program_status(coalesce($date_to::date, current_date)) s using (program_id)
where l.in_period or coalesce(p.period_end, 9999) >= year($date_from::date)
    or s.status in ('midterm_due', 'final_due', 'overdue')
"""
KEYED_SCOPE = """
with chosen as (
    select event_key from filtered_events(date_from := null, event_type := null)
)

select t.program_id, s.status, s.next_review_due
from program_scope('chosen', $date_from, $date_to) s
join program_timeline t using (program_key)
"""
SCOPES = [
    Filters(),
    Y2022,
    Y2024,
    Y2025,
    Filters(date_to=date(2023, 6, 30)),
    Filters(date_from=date(2024, 1, 1)),
    Filters(event_type="meeting"),
    Filters(region="Tây Nguyên", date_from=date(2023, 1, 1)),
    Filters(search="ha noi"),
    Filters(search="Hội", date_from=date(2024, 1, 1)),
    Filters(search="a"),
    Filters(search="khong co o dau ca"),
    Filters(geography="current", date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)),
]
# The search written plainly: the folded text holds it (the filter sieves on pairs of letters first).
PLAIN_SEARCH = "search_text like '%' || fold($search) || '%'"


def _plain(base: queries.Base) -> queries.Base:
    plain = queries.Base(tuple(c.replace(SEARCH_SQL, PLAIN_SEARCH) for c in base.conditions))
    assert plain != base
    return plain


def _scope(con, sql: str, f: Filters, plain_search: bool = False) -> set[tuple]:
    params = f.query_params()
    base = params.pop(queries.FILTERED)
    assert isinstance(base, queries.Base)
    text = queries._expanded(sql, _plain(base) if plain_search else base)
    values = {k: params[k] for k in queries.param_names(text) if k in params}
    rows = con.execute(text, queries._derive(con, text, values, params)).fetchall()
    assert len(rows) == len({r[0] for r in rows})  # one row per program
    return set(rows)


@pytest.mark.parametrize("f", SCOPES)
def test_the_shared_scope_is_its_plain_definition(pcon, scon, f):
    for con in (pcon, scon):
        assert _scope(con, KEYED_SCOPE, f) == _scope(con, PLAIN_SCOPE, f, plain_search=True)
    assert _scope(scon, PLAIN_SCOPE, Filters()), "the simulated warehouse has programs in scope"


@pytest.mark.parametrize("f", SCOPES)
def test_the_programs_list_is_the_same_with_the_search_written_plainly(pcon, scon, f):
    """The list (and its timeline and due list) under the filters as shipped and with the search written plainly:
    the same frames, row for row."""
    for con in (pcon, scon):
        for name, extra in (("programs_list", charts.program_list(None)), ("programs_due", {"limit": 200})):
            params = {**f.query_params(), **extra}
            shipped = queries.run(con, name, **params)
            plain = queries.run(con, name, **{**params, queries.FILTERED: _plain(params[queries.FILTERED])})
            pd.testing.assert_frame_equal(shipped, plain)


# The due list written plainly over the shared scope: due by its status or its next review within six months, overdue
# first; every program's status worked out in the scope (the query works out the shown programs' only).
PLAIN_DUE = """
with chosen as (
    select event_key from filtered_events(date_from := null, event_type := null)
),

due as (
    select * from program_scope('chosen', $date_from, $date_to)
    where status in ('midterm_due', 'final_due', 'overdue')
        or next_review_due <= coalesce($date_to::date, current_date) + interval 6 month
)

select program_id, status, next_review_due, count(*) over () as programs
from due
order by status = 'overdue' desc, next_review_due nulls last, id_order
limit $limit
"""


@pytest.mark.parametrize("f", SCOPES)
def test_the_due_list_is_its_plain_definition(pcon, scon, f):
    for con in (pcon, scon):
        for limit in (3, 200):
            params = {**f.query_params(), "limit": limit}
            shipped = queries.run(con, "programs_due", **params)[
                ["program_id", "status", "next_review_due", "programs"]
            ]
            base = params.pop(queries.FILTERED)
            text = queries._expanded(PLAIN_DUE, base)
            values = {k: params[k] for k in queries.param_names(text) if k in params}
            plain = con.execute(text, queries._derive(con, text, values, params)).df()
            pd.testing.assert_frame_equal(shipped, plain, check_dtype=False)
    assert len(queries.run(scon, "programs_due", **Filters().query_params(), limit=200)) > 3


@pytest.mark.parametrize("f", SCOPES)
def test_each_listed_programs_status_is_program_status_on_the_periods_end(pcon, scon, f):
    """The list and the timeline work out the status of the programs they show only: the same as program_status on
    the period's last day (or today), none for a program not yet counting."""
    for con in (pcon, scon):
        day = f.date_to or con.execute("select current_date").fetchone()[0]
        rows = con.execute(
            "select program_id, status, next_review_due, last_review from program_status(?::date)", [day]
        ).fetchall()
        plain = {
            r[0]: tuple(None if pd.isna(v) else pd.Timestamp(v) if k else v for k, v in enumerate(r[1:])) for r in rows
        }
        listed = queries.run(con, "programs_list", **f.query_params(), **charts.program_list(None))
        for r in listed.itertuples():
            shown = tuple(
                None if pd.isna(v) else pd.Timestamp(v) if k else v
                for k, v in enumerate((r.status, r.next_review_due, r.last_review))
            )
            assert shown == plain.get(r.program_id, (None, None, None)), r.program_id


def test_the_program_key_is_the_lists_order_and_every_link_is_keyed(scon):
    keyed = scon.execute("select program_id from program_timeline order by program_key").fetchall()
    ordered = scon.execute(
        "select program_id from programs "
        "order by period_start desc nulls last, signed_date desc nulls last, first_seen desc nulls last, program_id"
    ).fetchall()
    assert keyed == ordered
    by_id = scon.execute("select program_id from program_timeline order by id_order").fetchall()
    assert by_id == sorted(by_id)
    plain = scon.execute(
        "select pe.program_id, pe.event_id, pe.role from program_events pe join events using (event_id)"
    ).fetchall()
    keyed_links = scon.execute(
        "select t.program_id, l.event_id, l.role from program_links l join program_timeline t using (program_key) "
        "join events e on e.event_key = l.event_key and e.event_id = l.event_id"
    ).fetchall()
    assert sorted(keyed_links) == sorted(plain)


@pytest.mark.parametrize("name", ["programs_list", "programs_due"])
def test_the_program_queries_read_one_scope(name):
    sql = queries.registry()[name].sql
    assert "program_scope('chosen', $date_from, $date_to)" in sql
    assert "program_status(" not in sql and "join events" not in sql  # no scope of its own, no join of the events
