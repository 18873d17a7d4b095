"""Programs (issue 15): mentions read from articles, resolved into programs, their status on any day, and the
linking scored against labels. The article texts here are written for the tests, in the shapes real reviews
take (tests/fixtures/real/programs.jsonl lists real ones by URL)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from benchmarks.simulate import write_corpus
from etl import program_links, warehouse
from etl.evaluate import evaluate_real_programs, score_programs
from etl.events import stage
from etl.pipeline import _extracted_from_warehouse, run_etl
from etl.program_links import read_mentions, resolve
from etl.programs import find_mentions
from etl.record import EventRecord
from etl.warehouse import QUERIES_DIR

ROOT = Path(__file__).resolve().parent.parent


def _record(**fields) -> EventRecord:
    base: dict[str, Any] = {
        "is_event": True,
        "event_type": "meeting",
        "event_date": "2023-06-26",
        "province": "Bình Định",
    }
    base |= {"province_legacy": "Bình Định", "level": "province", "parties": ("Công an tỉnh Bình Định",)}
    return EventRecord(**(base | fields))


def _mention(title: str, text: str, **fields) -> dict:
    found = find_mentions(title, text, _record(**fields))
    assert len(found) == 1, found
    return found[0]


def test_a_review_naming_the_full_symbol_of_a_central_program():
    m = _mention(
        "Tổng kết 10 năm phong trào bảo vệ an ninh Tổ quốc",
        "Ngày 26/6, tại hội nghị do Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức, hai bên tổng kết 10 năm "
        "Chương trình phối hợp số 07/CTr-BCA-MTTW ngày 3/9/2013 giữa Ban Thường trực Ủy ban Trung ương "
        "MTTQ Việt Nam với Bộ Công an về “Giữ gìn an ninh trật tự ở khu dân cư” giai đoạn 2013-2023.",
    )
    assert m["number"] == "07/CTr-BCA-MTTW" and m["signed_date"] == "2013-09-03"
    assert (m["period_start"], m["period_end"]) == (2013, 2023)
    assert m["role"] == "review_final" and m["level"] == "central"
    assert m["title"] == "Giữ gìn an ninh trật tự ở khu dân cư"
    assert "Bộ Công an" in m["parties"]


def test_the_number_further_on_names_a_program_the_headline_leaves_unnumbered():
    m = _mention(
        "Tổng kết 10 năm Chương trình phối hợp về an ninh trật tự ở cơ sở",
        "Qua 10 năm triển khai Chương trình phối hợp số 07, các cấp Mặt trận và công an đã phối hợp chặt chẽ.",
    )
    assert m["role"] == "review_final" and m["number"] == "07"


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("Sáng 24/6, các lực lượng tổ chức hội nghị sơ kết Quy chế phối hợp 6 tháng đầu năm 2020.", "review_yearly"),
        (
            "Chiều 12/6, ba ngành tổ chức hội nghị sơ kết 01 năm thực hiện Quy chế phối hợp số 15/QC-CA-VKS.",
            "review_yearly",
        ),
        ("Ngày 5/7, hai bên tổ chức hội nghị sơ kết Chương trình phối hợp giai đoạn 2017 - 2021.", "review_midterm"),
        ("Ngày 2/3, LĐLĐ và UBND tỉnh họp đánh giá kết quả phối hợp công tác trong năm 2016.", "review_yearly"),
        ("Chiều 22/11, Đài họp tổng kết công tác phối hợp về tuyên truyền trong năm 2019.", "review_yearly"),
        ("Ngày 25/11, Viện kiểm sát tổ chức hội nghị triển khai Quy chế phối hợp số 02 ngày 20/10/2021.", "implement"),
        ("Sáng 3/5, Hội Nông dân và Sở Nông nghiệp ký kết Kế hoạch phối hợp giai đoạn 2017-2019.", "sign"),
    ],
)
def test_the_verb_before_a_program_gives_its_role(lead, role):
    assert _mention("", lead)["role"] == role


def test_a_review_of_the_old_period_and_a_signing_of_the_next_is_a_re_signing():
    m = _mention(
        "Ký kết Quy chế phối hợp",
        "Chiều 16/2, UBND tỉnh và UBMTTQ tỉnh tổ chức hội nghị đánh giá Quy chế phối hợp giai đoạn 2017-2021 và "
        "ký kết Quy chế phối hợp giai đoạn 2022-2026 giữa UBND tỉnh và UBMTTQ tỉnh.",
        event_type="agreement",
    )
    assert m["role"] == "resign"
    assert (m["period_start"], m["period_end"], m["renews_start"], m["renews_end"]) == (2022, 2026, 2017, 2021)


def test_a_signing_whose_period_comes_from_a_later_naming_and_the_old_period_further_on_is_a_re_signing():
    # the lead's naming runs past a comma, so its years come from the next line; a later paragraph says the
    # same two bodies closed the years just before: the new program follows the old one
    m = _mention(
        "Hội Cựu chiến binh và Sở Tài nguyên ký kết chương trình phối hợp",
        "Sáng 5/3, Hội Cựu chiến binh tỉnh và Sở Tài nguyên và Môi trường ký kết chương trình phối hợp tuyên "
        "truyền, vận động hội viên bảo vệ môi trường.\nChương trình phối hợp hai bên ký kết có giai đoạn 2024-2028."
        "\nHai bên thống nhất nhiều nội dung.\nTrước đó, hai đơn vị đã tổng kết chương trình phối hợp giai "
        "đoạn từ năm 2019-2023.",
        event_type="agreement",
    )
    assert m["role"] == "resign"
    assert (m["period_start"], m["period_end"], m["renews_start"], m["renews_end"]) == (2024, 2028, 2019, 2023)


def test_a_review_that_goes_on_to_the_direction_for_the_next_period_is_the_final_one():
    # no date on the page: the words alone say the reviewed period has ended
    lead = (
        "Hội nghị đánh giá kết quả phối hợp giữa Bộ Chỉ huy Quân sự tỉnh với Sở Y tế trong công tác dân vận giai "
        "đoạn (2019-2022) và phương hướng phối hợp giai đoạn (2023-2025) vừa diễn ra."
    )
    assert _mention("", lead, event_date=None)["role"] == "review_final"
    one_year = "Hội nghị tổng kết công tác phối hợp năm 2023 và phương hướng nhiệm vụ năm 2024 giữa hai đơn vị."
    assert _mention("", one_year, event_date=None)["role"] == "review_yearly"


def test_a_number_further_on_in_a_re_signing_is_the_old_programs():
    m = _mention(
        "",
        "Chiều 17/10, Bộ Công an và Ủy ban Trung ương MTTQ Việt Nam tổng kết 10 năm, 2013-2023, và triển "
        "khai Chương trình phối hợp mới giai đoạn 2023-2033.\nQua 10 năm thực hiện Chương trình phối hợp số 07, "
        "phong trào được củng cố.",
    )
    assert m["role"] == "resign" and m["number"] is None and (m["renews_start"], m["renews_end"]) == (2013, 2023)


def test_a_yearly_review_that_signs_next_years_plan_stays_a_yearly_review():
    m = _mention(
        "",
        "Chiều 28/2, hai ban họp đánh giá kết quả phối hợp năm 2018 trong công tác dân vận và ký kết Kế "
        "hoạch phối hợp năm 2019.",
    )
    assert m["role"] == "review_yearly"


def test_a_count_after_the_noun_is_not_a_number():
    m = _mention("Hội nghị sơ kết thực hiện quy chế phối hợp công tác 03 thường trực", "Nhờ thực hiện tốt quy chế.")
    assert m["number"] is None and m["role"] == "review_midterm"


def test_a_decree_on_coordination_counts_with_its_number_and_year():
    m = _mention(
        "",
        "Sáng 16/7, hai bộ giao ban nửa đầu năm về Nghị định 05 năm 2019 của Chính phủ, nghị định về phối hợp "
        "giữa Bộ Quốc phòng với Bộ Công an.",
    )
    assert m["number"] == "05/2019" and m["role"] == "review_yearly" and m["level"] == "central"


def test_an_article_naming_no_program_has_no_mention():
    assert find_mentions("Hội thi cắm hoa", "Sáng 8/3, Hội Phụ nữ tổ chức hội thi cắm hoa.", _record()) == []


def _m(event_id: str, day: str, role: str, **fields) -> dict:
    base: dict[str, Any] = {"number": None, "signed_date": None, "parties": [], "title": None, "period_start": None}
    base |= {"period_end": None, "level": "province", "written": "", "renews_start": None, "renews_end": None}
    base |= {"event_id": event_id, "position": 0, "event_day": date.fromisoformat(day), "role": role}
    base |= {"province": "Bình Định"}
    return base | fields


def test_one_body_with_another_partner_is_another_program_even_when_the_titles_agree():
    # the station's program with the city, then a working session of the station with a district about their
    # own rules: one party shared, the other different, a short title inside the longer one
    city = ["Đài Phát thanh và Truyền hình tỉnh Bình Định", "UBND thành phố Quy Nhơn"]
    district = ["Đài Phát thanh và Truyền hình tỉnh Bình Định", "UBND huyện Tuy Phước"]
    mentions = [
        _m("city", "2020-03-01", "sign", parties=city, period_start=2020, period_end=2025, title="tuyên truyền"),
        _m("district", "2023-05-01", "implement", parties=district, title="tuyên truyền trong thời gian tới"),
        _m("again", "2023-09-01", "implement", parties=city, title="tuyên truyền trên sóng phát thanh"),
    ]
    _, links = resolve(mentions)
    program_of = {link["event_id"]: link["program_id"] for link in links}
    assert program_of["city"] == program_of["again"] != program_of["district"]


def test_resolution_joins_symbols_across_provinces_and_links_a_renewal():
    a = ["Hội Nông dân tỉnh Bình Định", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Định"]
    mentions = [
        _m("sign", "2018-03-01", "sign", parties=a, period_start=2018, period_end=2022, title="vận động nông dân"),
        _m("mid", "2020-09-01", "review_midterm", parties=a, period_start=2018, period_end=2022),
        _m("renew", "2022-12-01", "resign", parties=a, period_start=2023, period_end=2027, renews_start=2018),
        _m("c1", "2019-05-01", "implement", number="07/CTr-BCA-MTTW", level="central", province="Huế"),
        _m("c2", "2020-05-01", "review_yearly", number="07/Ctr-BCA-MTTW", level="central", province="Hà Nam"),
        _m("c3", "2021-05-01", "review_yearly", number="07", level="province", province="Nam Định"),
        _m("c4", "2022-05-01", "review_final", number="07/CTr-BCA-TTTW", level="central", province="Huế"),
        _m("c5", "2022-06-01", "review_final", number="07/QC-BYT-TWĐ", level="central", province="Huế"),
        _m("other", "2019-01-01", "sign", parties=["Tỉnh đoàn Bình Định", "Sở Y tế tỉnh Bình Định"], period_start=2019),
    ]
    programs, links = resolve(mentions)
    program_of = {link["event_id"]: link["program_id"] for link in links}
    assert program_of["sign"] == program_of["mid"] != program_of["renew"]
    assert program_of["c1"] == program_of["c2"] == program_of["c3"] == program_of["c4"] != program_of["c5"]
    assert program_of["other"] not in (program_of["sign"], program_of["c1"])
    by_id = {p.program_id: p for p in programs}
    assert by_id[program_of["renew"]].renews == program_of["sign"]
    assert by_id[program_of["sign"]].renewed_by == program_of["renew"]
    assert len(programs) == 5


def _status_db() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute((QUERIES_DIR / "schema.sql").read_text(encoding="utf-8"))
    con.execute(
        "insert into programs (program_id, period_start, period_end, signed_date, first_seen, renewed_by) values "
        "('old', 2018, 2022, '2018-03-01', '2018-03-01', 'new'), ('new', 2023, 2027, '2022-12-01', '2022-12-01', null),"
        "('lapsed', 2015, 2019, '2015-04-01', '2015-04-01', null), ('open', null, null, null, '2019-05-01', null)"
    )
    con.execute(
        "insert into events (event_id, event_type, event_day) values ('e1', 'agreement', '2018-03-01'), "
        "('e2', 'meeting', '2020-09-01'), ('e3', 'agreement', '2022-12-01'), ('e4', 'meeting', '2019-05-01'), "
        "('e5', 'agreement', '2015-04-01')"
    )
    con.execute(
        "insert into program_events values ('old', 'e1', 'sign', 1), ('old', 'e2', 'review_midterm', 1), "
        "('new', 'e3', 'resign', 1), ('open', 'e4', 'review_yearly', 1), ('lapsed', 'e5', 'sign', 1)"
    )
    con.execute((QUERIES_DIR / "functions.sql").read_text(encoding="utf-8"))  # as the reference load makes them
    con.execute((QUERIES_DIR / "macros.sql").read_text(encoding="utf-8"))  # after a load, as etl/pipeline.py runs it
    return con


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (
            "2020-06-01",  # the old program's mid-term review is due (July 2020 is the middle of 2018-2022)
            {"old": ("in_force", "2020-07-01"), "lapsed": ("final_due", "2019-12-31"), "open": ("unknown_end", None)},
        ),
        ("2020-10-01", {"old": ("midterm_held", "2022-12-31"), "lapsed": ("overdue", "2019-12-31")}),
        ("2022-08-01", {"old": ("final_due", "2022-12-31")}),
        ("2023-03-01", {"old": ("renewed", None), "new": ("in_force", "2025-07-01")}),
        ("2025-08-01", {"new": ("midterm_due", "2025-07-01")}),
    ],
)
def test_program_status_on_a_day(day, expected):
    con = _status_db()
    rows = con.execute("select * from program_status(?::date)", [day]).fetchall()
    got = {p: (s, d.isoformat() if d else None) for p, s, d, _ in rows}
    assert {p: got[p] for p in expected} == expected
    last = {p: r.isoformat() if r else None for p, _, _, r in rows}
    assert last.get("old") == ("2020-09-01" if day >= "2020-09-01" else None)
    assert ("new" in got) == (day >= "2022-12-01")  # a program counts from its signing


def test_score_maps_each_program_to_the_gold_one_holding_most_of_its_events():
    gold = {e: {"key": k, "role": r, "renews": None} for e, k, r in [("a", "K1", "sign"), ("b", "K1", "review_final")]}
    gold["c"] = {"key": "K2", "role": "sign", "renews": None}
    links = [
        {"program_id": "P", "event_id": "a", "role": "sign", "renews": None},
        {"program_id": "P", "event_id": "b", "role": "review_midterm", "renews": None},  # wrong role
        {"program_id": "P", "event_id": "c", "role": "sign", "renews": None},  # merged into K1's program
    ]
    metrics, misses = score_programs(gold, links)
    assert metrics["program_precision"] == pytest.approx(1 / 3) and metrics["program_recall"] == pytest.approx(1 / 3)
    assert any(m.startswith("c linked to K1") for m in misses)


def test_evaluate_scores_real_labels_from_a_folder_of_texts(tmp_path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    articles = {
        "r1": ("Hai bên ký chương trình phối hợp giai đoạn 2020-2025", "Sáng 3/4/2020, Hội Nông dân tỉnh Bình Định và "
               "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Định tổ chức ký kết chương trình phối hợp cho giai đoạn 2020-2025."),
        "r2": ("Sơ kết chương trình phối hợp", "Chiều 5/7/2022, Hội Nông dân tỉnh Bình Định và Bộ Chỉ huy Bộ đội Biên "
               "phòng tỉnh Bình Định sơ kết 2 năm chương trình phối hợp giai đoạn 2020-2025 tại một hội nghị."),
    }  # fmt: skip
    labels = tmp_path / "programs.jsonl"
    rows = []
    for i, (title, lead) in articles.items():
        (texts / f"{i}.txt").write_text(f"{title}\n\n{lead}\n", encoding="utf-8")
        role = "sign" if i == "r1" else "review_midterm"
        rows.append({"id": i, "url": f"https://baobinhdinh.vn/{i}", "role": role, "program_key": "bd-hnd-bdbp"})
    labels.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert evaluate_real_programs(labels, texts) == 0
    out = capsys.readouterr().out
    assert "program_precision        1.00" in out and "same_program_pairs_f1    1.00" in out


def test_the_real_labels_are_urls_and_labels_only():
    rows = [json.loads(x) for x in (ROOT / "tests/fixtures/real/programs.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) >= 30 and all(r["url"].startswith("http") and r["program_key"] and r["role"] for r in rows)
    assert not any("text" in r for r in rows)


@pytest.fixture(scope="module")
def simulated_warehouse(tmp_path_factory) -> tuple[Path, Path]:
    corpus = write_corpus(700, 5, tmp_path_factory.mktemp("simprog"))
    db = corpus / "warehouse.duckdb"
    run_etl([corpus / "articles"], db, progress=False, parallel=False)
    return corpus, db


def test_the_warehouse_links_simulated_programs_and_their_renewals(simulated_warehouse):
    corpus, db = simulated_warehouse
    gold = {}
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["gold"].get("program"):
            gold[row["id"]] = row["gold"]["program"]
    con = duckdb.connect(str(db), read_only=True)
    links = con.execute(
        """
        select pe.program_id, s.source_id as event_id, pe.role, p.renews
        from program_events pe join event_sources s using (event_id) join programs p using (program_id)
        """
    ).fetchall()
    rows = [dict(zip(("program_id", "event_id", "role", "renews"), r, strict=True)) for r in links]
    metrics, _ = score_programs({k: v for k, v in gold.items() if any(r["event_id"] == k for r in rows)}, rows)
    assert metrics["program_precision"] >= 0.95 and metrics["program_recall"] >= 0.95
    renewed = con.execute("select count(*) from programs where renews is not null").fetchone()[0]
    assert renewed >= 3 and set(gold_roles := {g["role"] for g in gold.values()}) >= {"resign", "implement"}
    assert {r for (r,) in con.execute("select distinct role from program_events").fetchall()} <= gold_roles


def test_the_mentions_read_before_the_events_table_carry_its_day_and_province(simulated_warehouse, tmp_path):
    # a load resolves the programs while the events table is built: the mentions it reads before must be those
    # the events table gives afterwards, in the same order
    _, db = simulated_warehouse
    shutil.copy(db, tmp_path / "w.duckdb")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    warehouse.load_reference(con)
    stage(con, _extracted_from_warehouse(con, []))
    early: list[list[dict[str, Any]]] = []
    warehouse.build_event_tables(con, program_links.READS, lambda: early.append(read_mentions(con)))
    after = con.execute(
        """
        select m.*, e.event_day, coalesce(e.province_legacy, e.province) as province
        from program_mentions m join events e using (event_id)
        order by e.event_day, m.event_id, m.doc_id, m.position
        """
    ).fetchall()
    assert len(early) == 1 and len(after) > 50
    assert [tuple(m.values()) for m in early[0]] == after


def test_status_of_a_renewed_simulated_program_at_two_dates(simulated_warehouse):
    _, db = simulated_warehouse
    con = duckdb.connect(str(db), read_only=True)
    old, renewed_on = con.execute(
        "select o.program_id, n.first_seen from programs o join programs n on n.program_id = o.renewed_by "
        "where o.period_end is not null order by o.program_id limit 1"
    ).fetchone()
    before = dict(con.execute("select program_id, status from program_status(?::date - 1)", [renewed_on]).fetchall())
    after = dict(con.execute("select program_id, status from program_status(?::date)", [renewed_on]).fetchall())
    assert before[old] != "renewed" and after[old] == "renewed"


def test_the_number_further_on_is_read_only_where_a_document_is_named_with_one():
    """The body past the lead is read for the number the lead leaves out only when a document's noun there has a
    number after it (a cheap check before reading each mention): with one it is found, with none there is none."""
    title = "Sơ kết chương trình phối hợp giữa Hội Nông dân tỉnh và Công an tỉnh"
    lead = "Sáng 5/3, hai bên sơ kết chương trình phối hợp giai đoạn 2022 - 2026.\nHội nghị do hai bên chủ trì.\nDự có đại biểu các huyện."
    later = "Từ khi ký Chương trình phối hợp số 12/CTr-HND-CA, hai bên tổ chức nhiều đợt tuyên truyền."
    unnumbered = "Từ khi ký chương trình phối hợp, hai bên tổ chức nhiều đợt tuyên truyền."
    assert _mention(title, f"{lead}\n{later}")["number"] == "12/CTr-HND-CA"
    assert _mention(title, f"{lead}\n{unnumbered}")["number"] is None


def test_a_programs_subject_keeps_its_commas_and_leaves_out_its_period():
    # "phòng, chống ..." and "dân tộc thiểu số" are one subject; the period has its own column
    m = _mention(
        "Ký kết chương trình phối hợp",
        "Sáng 12/3, Công an tỉnh và Hội LHPN tỉnh ký kết chương trình phối hợp phòng, chống mua bán người, hỗ trợ phụ "
        "nữ dân tộc thiểu số giai đoạn 2023-2027.",
        event_type="agreement",
        event_date="2023-03-12",
    )
    assert m["title"] == "phòng, chống mua bán người, hỗ trợ phụ nữ dân tộc thiểu số"


def test_a_time_written_where_the_subject_goes_is_no_subject():
    m = _mention(
        "Sơ kết quy chế phối hợp",
        "Ngày 5/7, Công an tỉnh và Viện Kiểm sát nhân dân tỉnh sơ kết quy chế phối hợp 6 tháng đầu năm 2021.",
        event_date="2021-07-05",
    )
    assert m["title"] is None
