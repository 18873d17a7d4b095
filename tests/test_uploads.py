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
    with zipfile.ZipFile(buffer, "w") as z:
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
