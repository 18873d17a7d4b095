"""Optional sign-in: nothing but the form until signed in; roles; who made a correction is recorded."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.passwords import hash_password, verify_password
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
USERS = {
    "lan": {"role": "analyst", "password_hash": hash_password("mat-khau-lan")},
    "minh": {"role": "viewer", "password_hash": hash_password("mat-khau-minh")},
}


def test_password_hashes():
    stored = hash_password("đúng rồi")
    assert stored.startswith("scrypt$") and "đúng" not in stored
    assert verify_password("đúng rồi", stored)
    assert not verify_password("sai rồi", stored)
    assert not verify_password("x", "not a hash")
    assert hash_password("a") != hash_password("a")  # salted


@pytest.fixture()
def app(warehouse, monkeypatch, tmp_path):
    import shutil

    own = tmp_path / "w.duckdb"
    shutil.copy2(warehouse, own)  # corrections reload this copy, not the shared warehouse
    monkeypatch.setenv("PHOIHOP_DB", str(own))
    monkeypatch.setenv("PHOIHOP_CORRECTIONS", str(tmp_path / "corrections.csv"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["phoihop"] = {"users": USERS}
    return at


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input[0].input(name)
    at.text_input[1].input(password)
    return at.button[0].click().run()


def test_nothing_but_the_form_until_signed_in(app):
    at = app.run()
    assert at.title[0].value == "Đăng nhập"
    assert not at.metric and not at.dataframe and not at.sidebar.selectbox
    for page in ("app_pages/events.py", "app_pages/quality.py"):
        at.switch_page(page).run()
        assert at.title[0].value == "Đăng nhập" and not at.dataframe and not at.get("download_button")
    sign_in(at, "lan", "sai")
    assert any("không đúng" in e.value for e in at.error)
    assert not at.metric


def test_a_viewer_sees_charts_but_cannot_correct_or_upload(app):
    at = sign_in(app.run(), "minh", "mat-khau-minh")
    assert at.title[0].value == "Tổng quan" and at.metric
    at.switch_page("app_pages/quality.py").run()
    assert any("analyst" in i.value for i in at.info)
    assert not at.get("file_uploader") and not at.main.button


def test_an_analyst_corrects_and_is_recorded(app, tmp_path):
    at = sign_in(app.run(), "lan", "mat-khau-lan")
    at.switch_page("app_pages/quality.py").run()
    assert at.get("file_uploader")
    inputs = {ti.label: ti for ti in at.main.text_input}
    inputs["Mã tài liệu (source_id)"].input("no-such-document")
    inputs["Giá trị đúng"].input("Hà Nội")
    at.main.selectbox[0].set_value("province")
    at.main.button[0].click().run()
    text = (tmp_path / "corrections.csv").read_text(encoding="utf-8")
    assert "no-such-document,province,Hà Nội" in text and ",lan," in text
    assert any("unmatched" in x.value for x in at.text)  # reported, not dropped
