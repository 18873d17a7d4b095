"""Every input format is read, legacy encodings are converted, and every broken input becomes a reject."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.documents import process
from etl.encodings import decode_bytes, from_tcvn3, from_vni
from etl.reading import (
    SIMULATED_MARKER,
    RawDocument,
    RegisterRow,
    Reject,
    list_files,
    parse_crawler_record,
    read_paths,
)
from tests.conftest import INPUTS

FORMATS = INPUTS / "formats"
BROKEN = INPUTS / "broken"


def _items(path: Path):
    return list(read_paths([path]))


def test_known_legacy_strings_decode():
    # How an old office document shows the country's name in each legacy font encoding.
    assert from_tcvn3("Céng hßa x· héi chñ nghÜa ViÖt Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert from_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"


def test_cp1258_bytes_decode():
    # Windows-1258 stores tone marks as combining characters after the base letter.
    raw = "Hô\u0323i Khuyê\u0301n ho\u0323c ti\u0309nh va\u0300 ca\u0301c đơn vi\u0323 phô\u0301i hơ\u0323p".encode(
        "cp1258"
    )
    text, encoding = decode_bytes(raw)
    assert text.startswith("Hội Khuyến học tỉnh")
    assert encoding == "cp1258"


@pytest.mark.parametrize(
    ("name", "title_start", "flag"),
    [
        ("nghe_an_bom.txt", "Hội Nông dân tỉnh Nghệ An", None),
        ("ha_tinh_utf16.txt", "Hội Nông dân tỉnh Hà Tĩnh", None),
        ("thanh_hoa_tcvn3.txt", "Ban Tuyên giáo Tỉnh ủy Thanh Hóa", "encoding_converted"),
        ("ben_tre_vni.txt", "Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "encoding_converted"),
    ],
)
def test_text_files_in_every_encoding(name, title_start, flag):
    (item,) = _items(FORMATS / name)
    doc = process(item)
    assert doc.title.startswith(title_start)
    assert doc.record.is_event and doc.record.event_type == "agreement"
    assert (flag in doc.flags) if flag else not [f for f in doc.flags if not f.startswith("year_from")]


def test_html_main_text_title_and_date():
    (item,) = _items(FORMATS / "quang_ngai.html")
    doc = process(item)
    assert doc.title.startswith("Sơ kết chương trình phối hợp")
    assert doc.published_date == "2024-07-12"
    assert "Xem nhiều nhất" not in doc.text and "Trang chủ" not in doc.text
    assert doc.record.event_type == "meeting" and doc.record.event_date == "2024-07-11"


def test_crawler_jsonl_records():
    items = _items(FORMATS / "crawler.jsonl")
    assert [i.source_id for i in items] == ["crawl-001", "crawl-002", "crawl-003"]
    assert all(isinstance(i, RawDocument) for i in items)
    docs = [process(i) for i in items]
    assert docs[0].url == "https://baolaocai.example.vn/ky-ket-1" and docs[0].published_date == "2021-09-08"
    assert docs[1].record.event_type == "meeting" and docs[1].record.cluster == "cụm thi đua số 4"
    assert docs[2].record.is_event is False  # a notice is no event


def test_registers_csv_with_vietnamese_headers_and_xlsx():
    rows = _items(FORMATS / "register.csv") + _items(FORMATS / "register.xlsx")
    assert all(isinstance(r, RegisterRow) for r in rows)
    docs = {d.source_id: d for d in map(process, rows)}
    assert docs["SK-01"].record.event_date == "2022-05-12"
    assert docs["SK-01"].record.period_start == 2022
    assert docs["SK-02"].record.event_date == "2023-11"
    assert docs["XL-1"].record.topics == ("xa_hoi", "quoc_phong_an_ninh")
    assert docs["XL-2"].record.event_date == "2020"


def test_broken_inputs_each_give_a_reject_with_reason():
    results = [item if isinstance(item, Reject) else process(item) for item in _items(BROKEN)]
    rejects = {(Path(r.path).name, r.line): r.reason for r in results if isinstance(r, Reject)}
    assert rejects == {
        ("binary.txt", None): "not text: binary content (NUL bytes)",
        ("empty.txt", None): "empty file",
        ("truncated.html", None): "no article text found in HTML",
        ("crawl_bad_line.jsonl", 2): rejects[("crawl_bad_line.jsonl", 2)],
        ("crawl_bad_line.jsonl", 3): "record has neither 'text' nor 'html'",
        ("wrong_columns.csv", 1): rejects[("wrong_columns.csv", 1)],
        ("photo.png", None): "unsupported file type '.png'",
        ("register_bad_rows.csv", 2): "invalid event_date '31/02/2024'",
        ("register_bad_rows.csv", 3): "unknown province 'Atlantis'",
        ("register_bad_rows.csv", 4): "unknown event_type 'signing' (agreement or meeting)",
    }
    assert rejects[("crawl_bad_line.jsonl", 2)].startswith("malformed JSON")
    assert "lacks required columns: event_type, event_date, province" in rejects[("wrong_columns.csv", 1)]
    good = [r for r in results if not isinstance(r, Reject)]
    assert sorted(d.source_id for d in good) == ["crawl-101", "register_bad_rows-5"]


def test_missing_path_is_a_reject(tmp_path):
    (item,) = _items(tmp_path / "nope")
    assert isinstance(item, Reject) and item.reason == "path does not exist"


def test_oversized_file_is_rejected_without_reading_it(tmp_path):
    import resource

    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # 200 MB, sparse: costs no disk; the reader must not load it
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    (item,) = _items(big)
    assert isinstance(item, Reject) and item.reason == "file too large (200 MB, limit 20 MB)"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024  # KB: nothing was loaded


def test_a_record_whose_text_is_not_a_string_says_so_and_malformed_json_says_where():
    """A list was rejected as "no text"; the JSON reason stopped at its colon (no line or column)."""
    listed = parse_crawler_record(
        b'{"id": "a", "text": ["Ninh B\\u00ecnh", "k\\u00fd k\\u1ebft"]}', "c.jsonl", 1, "c-1"
    )
    assert isinstance(listed, Reject) and listed.reason == "record 'text' is a JSON array, not a string"
    number = parse_crawler_record(b'{"id": "b", "html": 12}', "c.jsonl", 2, "c-2")
    assert isinstance(number, Reject) and number.reason == "record 'html' is a JSON number, not a string"
    broken = parse_crawler_record(b'{"id": "c", "text": }', "c.jsonl", 3, "c-3")
    assert isinstance(broken, Reject) and broken.reason == "malformed JSON: Expecting value: line 1 column 21 (char 20)"


def test_a_simulated_corpus_folder_is_read_without_its_labels(tmp_path):
    """`phoihop etl DIR` on `phoihop simulate --out DIR` read DIR/labels.jsonl as articles (3,000 rejects)."""
    articles = tmp_path / "corpus" / "articles"
    articles.mkdir(parents=True)
    (articles / SIMULATED_MARKER).write_text("simulated\n", encoding="utf-8")
    (articles / "a.txt").write_text("Tiêu đề bài\nNội dung của bài viết mô phỏng đủ dài.\n", encoding="utf-8")
    labels = tmp_path / "corpus" / "labels.jsonl"
    labels.write_text('{"id": "a", "gold": {"is_event": false}}\n', encoding="utf-8")
    assert [Path(p).name for p in list_files([tmp_path / "corpus"])] == ["a.txt"]
    assert list_files([labels]).__next__() == labels  # named on the command line, it is read
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "labels.jsonl").write_text("{}\n", encoding="utf-8")  # not beside a simulated corpus: an input
    assert [Path(p).name for p in list_files([plain])] == ["labels.jsonl"]


def test_a_folder_lists_its_files_in_path_order_without_hidden_ones_or_linked_folders(tmp_path):
    """The listing reads the folders' entries (it had made a path and asked the system for each file, all before
    the first was read): the same files in the same order as `sorted(rglob("*"))` kept with `is_file()`."""
    root = tmp_path / "in"
    for name in ["c/b.txt", "c/a-b.txt", "c/A.txt", "c/sub/z.txt", "c-/m.txt", "c.x", ".hidden/x.txt", "c/.dot.txt"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
    (root / "elsewhere").mkdir()
    (root / "elsewhere" / "far.txt").write_text("x", encoding="utf-8")
    (root / "c" / "linked").symlink_to(root / "elsewhere", target_is_directory=True)  # a linked folder: not entered
    (root / "c" / "link.txt").symlink_to(root / "c.x")  # a linked file counts
    (root / "c" / "broken.txt").symlink_to(root / "nothing")  # a broken link is no file
    listed = [p.relative_to(root).as_posix() for p in list_files([root])]
    # path order: a folder's files before the files of a folder whose name it begins ("c/..." before "c-/...")
    assert listed == [
        "c/A.txt",
        "c/a-b.txt",
        "c/b.txt",
        "c/link.txt",
        "c/sub/z.txt",
        "c-/m.txt",
        "c.x",
        "elsewhere/far.txt",
    ]
    expected = sorted(
        q
        for q in root.rglob("*")
        if q.is_file() and not any(part.startswith(".") for part in q.relative_to(root).parts)
    )
    assert list(list_files([root])) == expected
    assert [str(p) for p in list_files([str(root) + "/"])] == [str(p) for p in expected]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("tiny.txt", "x"),
        ("tiny.txt", "Ký kết"),
        ("tiny.txt", "Tiêu đề ngắn thôi"),
        ("tiny.jsonl", '{"id": "a", "title": "x", "text": "y"}'),  # loaded as a document
    ],
)
def test_a_file_of_a_character_or_a_few_words_is_not_an_article(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (item,) = _items(path)
    result = item if isinstance(item, Reject) else process(item)
    assert isinstance(result, Reject) and result.reason.startswith(("too short to be an article", "no text"))
