"""The conference report on a real warehouse: PowerPoint read back with python-pptx, PDF read with poppler's
pdftotext/pdftoppm (real tools, not our own parser), chart images rendered by Chromium through kaleido."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import date

import duckdb
import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

import queries
from dashboard import cli, figures, images
from dashboard.filter_model import Filters
from dashboard.report import scope, slides

CLUSTER = "khuyenhoc_dbsh_cum3"
FROM, TO = "2015-01-01", "2026-12-31"


@pytest.fixture(scope="module")
def reports(warehouse, tmp_path_factory):
    """The reports the tests read, each made once through the command line."""
    out = tmp_path_factory.mktemp("reports")
    made = {}
    for name, scope_args, suffix in [
        ("cluster", ["--cluster", CLUSTER], "pptx"),
        ("cluster", ["--cluster", CLUSTER], "pdf"),
        ("country", ["--all"], "pptx"),
        ("empty", ["--province", "kon tum", "--from", "2031-01-01", "--to", "2031-12-31"], "pptx"),
        ("empty", ["--province", "kon tum", "--from", "2031-01-01", "--to", "2031-12-31"], "pdf"),
    ]:
        path = out / f"{name}.{suffix}"
        period = [] if "--from" in scope_args else ["--from", FROM, "--to", TO]
        assert cli.main(["report", "--db", str(warehouse), *scope_args, *period, "--out", str(path)]) == 0
        made[f"{name}.{suffix}"] = path
    yield made
    images.stop()


def _titles(path) -> list[str]:
    return [s.shapes.title.text for s in Presentation(str(path)).slides]


def _table_rows(path, title_prefix: str) -> list[list[str]]:
    rows = []
    for slide in Presentation(str(path)).slides:
        if slide.shapes.title.text.startswith(title_prefix):
            table = next(s for s in slide.shapes if s.has_table).table
            rows += [[cell.text for cell in row.cells] for row in list(table.rows)[1:]]
    return rows


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout


def _pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert pages, info
    return int(pages.group(1))


@pytest.mark.slow
def test_cluster_deck_has_the_expected_slides_in_order(reports):
    titles = _titles(reports["cluster.pptx"])
    fixed = [re.sub(r" \(\d+/\d+\)$", "", t) for t in titles]
    expected = [
        "Báo cáo hoạt động phối hợp",
        "Số liệu chính",
        "Thành viên qua các thời kỳ",
        "Hoạt động của các thành viên",
        "Hoạt động theo chủ đề",
        "Sự kiện theo thời gian",
        "Chương trình còn hiệu lực theo năm",
        "Thành viên của cụm qua các thời kỳ",
        "Luân phiên cụm trưởng và nơi đăng cai",
        "Các lễ ký giao ước thi đua",
        "Đến hạn hoặc quá hạn rà soát trong 6 tháng tới",
        "Các chương trình phối hợp đã ký kết",
        "Các hội nghị đã tổ chức",
        "Về dữ liệu",
    ]
    assert list(dict.fromkeys(fixed)) == expected


@pytest.mark.slow
def test_every_chart_slide_holds_a_picture_of_the_chart(reports):
    chart_titles = {
        "Thành viên qua các thời kỳ",
        "Hoạt động của các thành viên",
        "Hoạt động theo chủ đề",
        "Sự kiện theo thời gian",
        "Chương trình còn hiệu lực theo năm",
    }
    drawn = set()
    for slide in Presentation(str(reports["cluster.pptx"])).slides:
        shapes = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        said = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        if slide.shapes.title.text in chart_titles and "Không có sự kiện nào khớp" not in said:
            assert len(shapes) == 1
            picture = Image.open(io.BytesIO(shapes[0].image.blob))
            assert picture.size == (1920, 1080)
            drawn.add(slide.shapes.title.text)
        else:  # an empty chart is said in words, under its title
            assert not shapes, slide.shapes.title.text
    assert drawn >= {"Thành viên qua các thời kỳ", "Hoạt động của các thành viên"}


@pytest.mark.slow
def test_agreements_table_holds_every_agreement_of_the_scope_and_period(reports, con):
    # The whole country: the fixture's cluster holds only the events that name it or are inferred (one meeting).
    f = Filters(date_from=date.fromisoformat(FROM), date_to=date.fromisoformat(TO))
    expected = queries.run(
        con, "events_table", **{**f.query_params(), "event_type": "agreement"}, lang="vi", limit=10_000
    )
    rows = _table_rows(reports["country.pptx"], "Các chương trình phối hợp đã ký kết")
    assert len(rows) == len(expected) > 0
    assert sorted(r[1] for r in rows) == sorted(expected["parties"].fillna("—"))
    meetings = _table_rows(reports["country.pptx"], "Các hội nghị đã tổ chức")
    counts = queries.run(con, "headline_figures", **f.query_params()).set_index("event_type")["type_events"]
    assert len(meetings) == int(counts["meeting"])


@pytest.mark.slow
def test_long_agreements_table_is_split_over_slides_and_keeps_every_row(reports, con):
    titles = [t for t in _titles(reports["country.pptx"]) if t.startswith("Các chương trình phối hợp đã ký kết")]
    assert len(titles) > 1 and titles[0].endswith(f"(1/{len(titles)})")
    everything = Filters(date_from=date.fromisoformat(FROM), date_to=date.fromisoformat(TO))
    counts = queries.run(con, "headline_figures", **everything.query_params()).set_index("event_type")["type_events"]
    agreements = int(counts["agreement"])
    assert len(_table_rows(reports["country.pptx"], "Các chương trình phối hợp đã ký kết")) == agreements


def test_pages_fit_long_rows_and_lose_none():
    short = pd.DataFrame({c: ["x"] * 100 for c in "abcde"})
    long = pd.DataFrame({c: ["chữ " * 60] * 100 for c in "abcde"})
    for df in (short, long):
        chunks = slides.pages(df)
        assert pd.concat(chunks).equals(df)
    assert len(slides.pages(long)) > len(slides.pages(short)) >= 4


@pytest.mark.slow
def test_pdf_has_vietnamese_text_intact_and_its_font_embedded(reports):
    path = reports["cluster.pdf"]
    text = _pdf_text(path)
    assert "Báo cáo hoạt động phối hợp" in text
    assert "Hội Khuyến học" in text and "Số liệu chính" in text and "Về dữ liệu" in text
    assert "Nam Định" in text or "Hà Nam" in text
    assert _pdf_pages(path) >= 9
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    assert "NotoSans" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])


@pytest.mark.slow
def test_pdf_chart_page_renders_as_a_picture_that_is_not_blank(reports, tmp_path):
    path = reports["cluster.pdf"]
    text_pages = _pdf_text(path).split("\f")
    chart_page = next(i for i, p in enumerate(text_pages, start=1) if "Hoạt động của các thành viên" in p)
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(chart_page), "-l", str(chart_page), str(path), str(prefix)],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    colours = page.getcolors(maxcolors=1 << 20)
    inked = sum(n for n, rgb in colours if rgb != (255, 255, 255))
    assert inked > 0.03 * page.width * page.height
    assert any(abs(r - 0x1F) < 30 and abs(g - 0x6F) < 30 and abs(b - 0x8B) < 30 for _, (r, g, b) in colours)


@pytest.mark.slow
def test_a_scope_with_no_events_gives_a_short_report_that_says_so(reports):
    assert _titles(reports["empty.pptx"]) == [
        "Báo cáo hoạt động phối hợp",
        "Số liệu chính",
        "Không có hoạt động",
        "Về dữ liệu",
    ]
    text = _pdf_text(reports["empty.pdf"])
    assert "Không có ký kết hay hội nghị nào trong phạm vi và thời kỳ này." in text
    assert "Tỉnh/thành: Kon Tum" in text
    assert _pdf_pages(reports["empty.pdf"]) == 4


def test_english_report_speaks_english(warehouse, tmp_path):
    out = tmp_path / "en.pptx"
    args = ["report", "--db", str(warehouse), "--region", "Tây Nguyên", "--from", "2031-01-01", "--to", "2031-03-31"]
    assert cli.main([*args, "--out", str(out), "--lang", "en"]) == 0
    assert _titles(out) == ["Coordination activity report", "Headline figures", "No activity", "About the data"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--province", "Ha Noi x"], "Nearest valid names: Hà Nội"),
        (["--region", "Tay Bac"], "Nearest valid names:"),
        (["--cluster", "cum 99"], "Nearest valid names:"),
    ],
)
def test_unknown_scope_names_get_the_nearest_valid_ones(warehouse, tmp_path, capsys, args, message):
    out = tmp_path / "r.pdf"
    assert cli.main(["report", "--db", str(warehouse), *args, "--from", FROM, "--to", TO, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--all", "--from", "2024-12-31", "--to", "2024-01-01", "--out", "r.pdf"], 2),
        (["--all", "--from", FROM, "--to", TO, "--out", "r.docx"], 2),
    ],
)
def test_wrong_arguments_are_refused_with_a_message(warehouse, tmp_path, capsys, args, code):
    args = [a if a != "r.pdf" and a != "r.docx" else str(tmp_path / a) for a in args]
    assert cli.main(["report", "--db", str(warehouse), *args]) == code
    assert capsys.readouterr().err.strip()


def test_missing_warehouse_is_named(tmp_path, capsys):
    missing = tmp_path / "none.duckdb"
    assert (
        cli.main(
            ["report", "--db", str(missing), "--all", "--from", FROM, "--to", TO, "--out", str(tmp_path / "r.pdf")]
        )
        == 1
    )
    assert "no warehouse" in capsys.readouterr().err


def test_scope_names_match_without_diacritics_or_prefixes(con):
    options = queries.run(con, "filter_options", lang="vi")
    assert scope.resolve("province", "dak lak", options).value == "Đắk Lắk"
    assert scope.resolve("province", "Tỉnh Thanh Hoá", options).value == "Thanh Hóa"
    assert scope.resolve("province", "Thành phố Huế", options) == scope.Scope("province", "Huế", "Huế", "current")
    assert scope.resolve("region", "tay nguyen", options).value == "Tây Nguyên"
    assert scope.resolve("cluster", CLUSTER, options).value == CLUSTER
    assert scope.resolve("cluster", "Hội Khuyến học — cụm 3", options).value == CLUSTER
    with pytest.raises(scope.ScopeError) as err:
        scope.resolve("province", "Hà Nộii", options)
    assert err.value.suggestions[0] == "Hà Nội"


@pytest.mark.slow
def test_chart_images_are_1920_by_1080_png_and_svg_with_their_text():
    df = pd.DataFrame(
        {"region": ["Tây Nguyên", "Đông Nam Bộ"], "event_type": ["agreement", "meeting"], "events": [3, 2]}
    )
    fig = figures.export_figure(figures.events_by_region_figure(df, "vi", "Thời kỳ: 2024"), "Nguồn: phoihop")
    png = images.render(fig, "png")
    assert Image.open(io.BytesIO(png)).size == (1920, 1080)
    svg = images.render(fig, "svg").decode("utf-8")
    assert svg.startswith("<svg") and "Tây Nguyên" in svg and "Nguồn: phoihop" in svg and 'width="1920"' in svg
    with pytest.raises(ValueError, match="format"):
        images.render(fig, "gif")


def test_a_report_on_simulated_data_says_so_on_its_first_and_last_slides(tmp_path):
    from benchmarks.simulate import write_corpus
    from etl.pipeline import run_etl

    corpus = write_corpus(40, 3, tmp_path / "sim")
    db = tmp_path / "demo.duckdb"
    run_etl([corpus / "articles"], db, progress=False)
    out = tmp_path / "sim.pptx"
    # An empty period keeps this fast (no charts to draw); the banner does not depend on the content.
    assert (
        cli.main(["report", "--db", str(db), "--all", "--from", "2040-01-01", "--to", "2040-12-31", "--out", str(out)])
        == 0
    )
    deck = Presentation(str(out)).slides
    first, last = deck[0], deck[len(deck) - 1]
    for slide in (first, last):
        text = " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        assert "Dữ liệu mô phỏng" in text


def test_chart_images_need_nothing_from_the_network():
    import kaleido

    page = kaleido.PageGenerator(mathjax=images.SERVER_OPTIONS["mathjax"]).generate_index()
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts and all(src.startswith("file://") for src in scripts), scripts


def _ask(con):
    from dashboard import charts

    return charts.asker(lambda name, **params: queries.run(con, name, **params))


def test_a_report_made_under_a_topic_and_a_type_counts_only_those_events(con):
    from dashboard.report import content

    period = (date.fromisoformat(FROM), date.fromisoformat(TO))
    narrow = Filters(topic="khuyen_hoc", event_type="agreement")
    report = content.build(_ask(con), scope.Scope("all"), *period, "vi", date(2026, 1, 1), narrow)
    expected = Filters(date_from=period[0], date_to=period[1], topic="khuyen_hoc", event_type="agreement")
    counted = int(queries.run(con, "events_count", **expected.query_params())["events"].iloc[0])
    everything = int(
        queries.run(con, "events_count", **replace(expected, topic=None, event_type=None).query_params())[
            "events"
        ].iloc[0]
    )
    assert 0 < counted < everything
    about = next(s for s in report.slides if s.title == "Về dữ liệu")
    assert f"Sự kiện trong báo cáo: {counted}." in about.lines
    assert "Chủ đề: Khuyến học" in report.filters.describe() and "Loại sự kiện: Ký kết" in report.filters.describe()
    agreements = next(s for s in report.slides if s.title == "Các chương trình phối hợp đã ký kết")
    assert len(agreements.table) == counted
    assert all("Khuyến học" in topics for topics in agreements.table["Chủ đề"])
    assert not any(s.title == "Các hội nghị đã tổ chức" for s in report.slides)  # filtered out, not "none held"


@pytest.mark.slow
def test_every_slide_and_page_of_a_report_on_simulated_data_carries_the_mark(tmp_path):
    from benchmarks.simulate import write_corpus
    from dashboard.report import content, make
    from etl.pipeline import run_etl

    corpus = write_corpus(40, 3, tmp_path / "sim")
    db = tmp_path / "demo.duckdb"
    run_etl([corpus / "articles"], db, progress=False)
    mark = "DỮ LIỆU MÔ PHỎNG — không phải số liệu thật"
    with duckdb.connect(str(db), read_only=True) as sim:
        period = (date.fromisoformat(FROM), date.fromisoformat(TO))
        report = content.build(_ask(sim), scope.Scope("all"), *period, "vi", date(2026, 1, 1))
    charts = [s.figure for s in report.slides if s.figure is not None]
    assert charts and all(any(mark in (a.text or "") for a in fig.layout.annotations) for fig in charts)
    pictures = make.render_images(report)
    deck = Presentation(io.BytesIO(make.to_bytes(report, pictures, "pptx")))
    for slide in deck.slides:
        assert mark in " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame), slide.shapes.title.text
    pdf = tmp_path / "sim.pdf"
    pdf.write_bytes(make.to_bytes(report, pictures, "pdf"))
    pages = [p for p in _pdf_text(pdf).split("\f") if p.strip()]
    assert len(pages) == _pdf_pages(pdf) and all(mark in " ".join(p.split()) for p in pages)


@pytest.mark.slow
def test_a_report_on_real_data_carries_no_mark(reports):
    for slide in Presentation(str(reports["cluster.pptx"])).slides:
        assert "MÔ PHỎNG" not in " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert "MÔ PHỎNG" not in _pdf_text(reports["cluster.pdf"])


@pytest.mark.slow
def test_an_exported_chart_carries_the_mark_only_when_given_one():
    df = pd.DataFrame({"region": ["Tây Nguyên"], "event_type": ["agreement"], "events": [3]})
    fig = figures.events_by_region_figure(df, "vi", "Thời kỳ: 2024")
    marked = images.render(figures.export_figure(fig, "Nguồn: phoihop", mark="DỮ LIỆU MÔ PHỎNG"), "svg").decode()
    plain = images.render(figures.export_figure(fig, "Nguồn: phoihop"), "svg").decode()
    assert "DỮ LIỆU MÔ PHỎNG" in marked and "MÔ PHỎNG" not in plain


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--all", "--from", "0001-01-01", "--to", TO], "a report covers days from 1990-01-01"),  # an OverflowError
        (["--all", "--from", FROM, "--to", "9999-12-31"], "a report covers days from 1990-01-01"),
        (["--region", "", "--from", FROM, "--to", TO], "--region needs a name"),  # was the whole country
        (["--province", "  ", "--from", FROM, "--to", TO], "--province needs a name"),
    ],
)
def test_impossible_periods_and_empty_names_are_refused_in_words(warehouse, tmp_path, capsys, args, said):
    out = tmp_path / "r.pdf"
    try:
        code = cli.main(["report", "--db", str(warehouse), *args, "--out", str(out)])
    except SystemExit as stop:  # argparse refuses a date it cannot take, with the usage line
        code = stop.code
    assert code == 2
    assert said in capsys.readouterr().err and not out.exists()


def test_a_file_that_is_not_duckdb_and_a_missing_folder_are_refused_in_words(tmp_path, capsys, warehouse):
    fake = tmp_path / "notes.duckdb"
    fake.write_text("not a database", encoding="utf-8")
    args = ["report", "--all", "--from", FROM, "--to", TO]
    assert cli.main([*args, "--db", str(fake), "--out", str(tmp_path / "r.pdf")]) == 2  # was an IOException
    assert "is not a DuckDB warehouse" in capsys.readouterr().err
    out = tmp_path / "no" / "such" / "folder" / "r.pdf"
    assert cli.main([*args, "--db", str(warehouse), "--out", str(out)]) == 2  # the folders used to be made
    assert "there is no folder" in capsys.readouterr().err and not (tmp_path / "no").exists()


def test_untrusted_text_reaches_slides_and_pdf_as_written_never_escaped(con):
    """The escapes belong to the screen (Markdown, plotly); a slide or a PDF page shows text as it is: a search
    written as Markdown and a chart title with markup come out as the same characters."""
    from dashboard.charts import asker
    from dashboard.report import content

    search = "![x](http://host.example/x.png) <a href='//h.x'>&amp;</a>"
    ask = asker(lambda query, **params: queries.run(con, query, **params))
    report = content.build(
        ask, scope.Scope("all"), date(2015, 1, 1), date(2026, 12, 31), "vi", date(2026, 1, 1), Filters(search=search)
    )
    said = "\n".join(line for s in report.slides for line in [*(s.lines or []), s.subtitle or ""])
    assert search in said and "&lt;" not in said and "\\!" not in said
    fig = figures.apply_theme(figures.go.Figure(), "<b>Tiêu đề</b> & <a href='//h.x'>x</a>")
    assert figures.title_of(fig) == "<b>Tiêu đề</b> & <a href='//h.x'>x</a>"
