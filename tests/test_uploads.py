"""Adding articles from the dashboard: limits, zips, names that try to leave the folder, the same ETL,
and corrections written from the data-quality page."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.uploads import MAX_FILES, UploadError, save_uploads
from etl.pipeline import run_etl
from tests.conftest import INPUTS, ROOT, SEEDS


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buffer.getvalue()


def test_uploads_are_kept_and_loaded_by_the_same_etl(tmp_path):
    article = (INPUTS / "two_sites" / "site_a.txt").read_bytes()
    archive = _zip(
        {"a/site_b.txt": (INPUTS / "two_sites" / "site_b.txt").read_bytes(), "../../evil.txt": b"x", ".hidden": b"x"}
    )
    saved = save_uploads(
        [("site_a.txt", article), ("bundle.zip", archive), ("notes.pdf", b"%PDF")], tmp_path, author="analyst 1"
    )
    assert saved.folder.parent == tmp_path / "uploads" and "analyst1" in saved.folder.name
    names = sorted(p.relative_to(saved.folder).as_posix() for p in saved.files)
    assert names == ["bundle/a/site_b.txt", "bundle/evil.txt", "notes.pdf", "site_a.txt"]
    assert all(saved.folder in p.parents for p in saved.files)  # nothing escaped the upload folder
    assert any(".hidden" in s for s in saved.skipped)
    db = tmp_path / "w.duckdb"
    summary = run_etl([saved.folder], db, progress=False, parallel=False)
    # the two articles load; the renamed one-letter entry is no article (nothing but a header-like line) and the
    # pdf is no supported type: each a reject with its reason
    reasons = {Path(r.path).name: r.reason for r in summary.rejects}
    assert summary.documents == 2
    assert reasons == {"evil.txt": "no text after cleaning", "notes.pdf": "unsupported file type '.pdf'"}


def test_upload_limits_are_said_in_words(tmp_path):
    with pytest.raises(UploadError, match="too many files"):
        save_uploads([(f"{i}.txt", b"x") for i in range(MAX_FILES + 1)], tmp_path)
    with pytest.raises(UploadError, match="at most 20 MB"):
        save_uploads([("big.txt", b"x" * (21 * 1024 * 1024))], tmp_path)
    bomb = _zip({f"{i}.txt": b"" for i in range(2001)})
    with pytest.raises(UploadError, match="files inside"):
        save_uploads([("many.zip", bomb)], tmp_path)


def _lying_zip(real: int, declared: int) -> bytes:
    """One entry of `real` zero bytes whose headers declare `declared`: an archive's sizes are its own word."""
    data = bytearray(_zip({"zeros.txt": bytes(real)}))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local and central headers
        at = data.index(signature) + offset
        data[at : at + 4] = declared.to_bytes(4, "little")
    return bytes(data)


def test_a_zip_that_lies_about_its_size_is_unpacked_a_piece_at_a_time_and_refused(tmp_path):
    """50 MB of zeros declared as 1,000 bytes: it used to be unpacked whole in memory (2.6 GB for 1 GB) and end
    in a BadZipFile traceback. Now the bytes are counted as they come and the entry is a reject."""
    import tracemalloc

    archive = _lying_zip(50 * 1024 * 1024, 1000)
    assert len(archive) < 200 * 1024
    tracemalloc.start()
    try:
        saved = save_uploads([("bomb.zip", archive), ("ok.txt", b"Ninh B\xc3\xacnh")], tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, peak  # never the whole entry in memory
    assert [p.name for p in saved.files] == ["ok.txt"]
    assert len(saved.skipped) == 1 and "zeros.txt" in saved.skipped[0] and "damaged" in saved.skipped[0]
    assert not (saved.folder / "bomb" / "zeros.txt").exists()  # a file cut short is not kept


def test_an_entry_that_unpacks_past_the_limit_is_stopped_there(tmp_path, monkeypatch):
    from dashboard import uploads

    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 1024 * 1024)
    saved = save_uploads([("a.zip", _zip({"big.txt": bytes(3 * 1024 * 1024), "small.txt": b"x" * 100}))], tmp_path)
    assert [p.name for p in saved.files] == ["small.txt"]
    assert "big.txt" in saved.skipped[0] and "more than 1 MB" in saved.skipped[0]
    many = _zip({f"{i}.txt": b"" for i in range(uploads.MAX_ZIP_ENTRIES + 1)})
    with pytest.raises(UploadError, match="files inside"):  # refused whole, after a file already written
        save_uploads([("ok.txt", b"Ninh B\xc3\xacnh"), ("many.zip", many)], tmp_path / "b")
    assert list((tmp_path / "b" / "uploads").iterdir()) == []  # and it left nothing behind


def test_names_that_cannot_be_written_are_rejects_and_nothing_is_overwritten(tmp_path):
    """Each used to end in a traceback with the server's paths on screen, or to overwrite silently."""
    import stat

    link = zipfile.ZipInfo("link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("x.txt", "tệp")
        z.writestr("x.txt/y.txt", "dưới một tệp")
        z.writestr(link, "/etc")
        z.writestr("link/passwd.txt", "dưới một liên kết")
        z.writestr("a" * 300 + ".txt", "tên quá dài")
    files = [
        ("same.txt", b"first"),
        ("folder/same.txt", b"second"),
        ("nul\x00name.txt", b"x"),
        ("bundle.zip", buffer.getvalue()),
        ("bundle", b"a file where the zip's folder goes"),
    ]
    saved = save_uploads(files, tmp_path)
    kept = sorted(p.relative_to(saved.folder).as_posix() for p in saved.files)
    assert kept == ["bundle/link/passwd.txt", "bundle/x.txt", "same.txt"]
    assert (saved.folder / "same.txt").read_bytes() == b"first"  # the second of the name did not replace it
    reasons = "\n".join(saved.skipped)
    assert "'folder/same.txt': another file of this upload has the same name" in reasons
    assert "'nul\\x00name.txt': a control character" in reasons
    assert "'x.txt/y.txt': 'bundle/x.txt' is a file of this upload, not a folder" in reasons
    assert "'link': a link, not a file" in reasons
    assert "a name longer than 255 bytes" in reasons
    assert "'bundle': another file of this upload has the same name" in reasons
    assert len(saved.skipped) == 6 and str(tmp_path) not in reasons  # no server path in what the user reads


def test_a_correction_from_the_quality_page_is_written_and_applied(tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    corrections = tmp_path / "corrections.csv"
    run_etl([SEEDS], db, progress=False)
    monkeypatch.setenv("PHOIHOP_DB", str(db))
    monkeypatch.setenv("PHOIHOP_CORRECTIONS", str(corrections))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/quality.py").run()
    assert not at.exception
    inputs = {ti.label: ti for ti in at.main.text_input}
    inputs["Mã tài liệu (source_id)"].input("004_16563717b9753c0b")
    at.main.selectbox[0].set_value("province")
    inputs["Giá trị đúng"].input("Lai Châu")
    inputs["Ghi chú"].input("hội nghị ở Lai Châu")
    at.main.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "004_16563717b9753c0b,province,Lai Châu" in corrections.read_text(encoding="utf-8")
    with duckdb.connect(str(db), read_only=True) as con:
        province = con.execute(
            "select e.province from events e join event_sources s using (event_id) where s.source_id = ?",
            ["004_16563717b9753c0b"],
        ).fetchone()[0]
    assert province == "Lai Châu"
