"""Optional sign-in: nothing but the form until signed in; roles; who made a correction is recorded."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import access, auth
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


class Clock:
    """A clock the test moves: throttling is checked without waiting for it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failed_sign_ins_make_each_next_attempt_wait_longer_then_lock_out():
    clock = Clock()
    throttle = access.Throttle(clock=clock)
    keys = ["user:lan", "client:10.0.0.7"]
    waits = []
    for _ in range(access.LOCK_AFTER):
        assert throttle.wait(keys) <= 0  # attempts made only once the wait is over
        throttle.failed(keys)
        waits.append(throttle.wait(keys))
        clock.now += max(waits[-1], 0) + 0.01
    assert waits[: access.FREE_FAILURES - 1] == [0, 0]  # a mistyped password or two costs nothing
    growing = waits[access.FREE_FAILURES - 1 : -1]
    assert growing == sorted(growing) and growing[0] >= 1 and growing[-1] <= access.MAX_WAIT
    assert waits[-1] > 10 * 60  # then locked out for a while
    clock.now += access.LOCKOUT
    assert throttle.wait(keys) <= 0  # and free again afterwards


def test_throttling_counts_per_user_and_per_client():
    clock = Clock()
    throttle = access.Throttle(clock=clock)
    for name in ("a", "b", "c", "d", "e"):  # one client trying many names
        throttle.failed([f"user:{name}", "client:10.0.0.7"])
    assert throttle.wait(["user:f", "client:10.0.0.7"]) > 0  # a new name from that client waits too
    assert throttle.wait(["user:f", "client:10.0.0.8"]) <= 0  # another client does not
    throttle.succeeded(["user:a", "client:10.0.0.7"])
    assert throttle.wait(["user:f", "client:10.0.0.7"]) <= 0


def test_a_check_costs_one_scrypt_of_the_same_cost_for_known_and_unknown_names(monkeypatch):
    """The time of a check must not tell which names exist: one scrypt at the same cost either way."""
    import hashlib

    calls: list[tuple] = []
    real = hashlib.scrypt

    def counted(password, *, salt, n, r, p, dklen, **kw):
        calls.append((n, r, p, dklen))
        return real(password, salt=salt, n=n, r=r, p=p, dklen=dklen, **kw)

    auth._unknown_user_hash()  # made once, before the checks are counted
    monkeypatch.setattr(hashlib, "scrypt", counted)
    users = {**USERS, "broken": {"role": "viewer"}}
    for name in ("lan", "nobody", "broken"):
        calls.clear()
        assert not auth.check_password(users, name, "sai")
        assert calls == [(2**14, 8, 1, 32)], name
    calls.clear()
    assert auth.check_password(users, "lan", "mat-khau-lan") and len(calls) == 1


@pytest.mark.slow
def test_fifty_wrong_passwords_are_throttled_logged_and_the_right_one_waits_too(app, monkeypatch, caplog):
    """Fifty wrong passwords used to take 6.4 s, then the right one was accepted, with nothing logged."""
    clock = Clock()
    monkeypatch.setattr(access, "THROTTLE", access.Throttle(clock=clock))
    at = app.run()
    with caplog.at_level("WARNING", logger="phoihop.signin"):
        for _ in range(50):
            sign_in(at, "lan", "sai")
        assert sum("failed sign-in: user 'lan'" in r.getMessage() for r in caplog.records) == access.FREE_FAILURES
        sign_in(at, "lan", "mat-khau-lan")
    assert at.title[0].value == "Đăng nhập" and any("thử lại sau" in e.value for e in at.error)
    clock.now += 2.0  # the wait after three failures is over
    sign_in(at, "lan", "mat-khau-lan")
    assert at.title[0].value == "Tổng quan"


def test_the_sign_in_cookie_is_signed_and_expires(monkeypatch):
    secret = "một bí mật dài"
    cookie = access.sign("lan", USERS["lan"]["password_hash"], 3600, secret, now=1_000_000)
    assert access.verify(cookie, USERS, secret, now=1_000_100) == "lan"
    assert access.verify(cookie, USERS, secret, now=1_004_000) is None  # expired
    assert access.verify(cookie, USERS, "another secret", now=1_000_100) is None
    body, mac = cookie.split(".")
    forged = access._b64(access._unb64(body).replace(b'"lan"', b'"minh"')) + "." + mac
    assert access.verify(forged, USERS, secret, now=1_000_100) is None
    changed = {**USERS, "lan": {**USERS["lan"], "password_hash": hash_password("mới")}}
    assert access.verify(cookie, changed, secret, now=1_000_100) is None  # a new password signs every cookie out
    assert access.verify(cookie, {"minh": USERS["minh"]}, secret, now=1_000_100) is None  # the user removed
    access.revoke(cookie)
    assert access.verify(cookie, USERS, secret, now=1_000_100) is None  # signed out, even if copied
    ticket = access.issue_ticket(cookie, 3600)
    assert access.redeem(ticket) == (cookie, 3600) and access.redeem(ticket) is None  # one use


def test_uploads_are_allowed_per_session_and_closed_sessions_are_forgotten():
    access.allow_uploads("s-analyst", True)
    access.allow_uploads("s-viewer", False)
    assert access.may_upload("s-analyst") and not access.may_upload("s-viewer")
    access.allow_uploads("s-analyst", False)  # signed out
    assert not access.may_upload("s-analyst")
    for i in range(5):
        access.allow_uploads(f"s-{i}", True)
    access.forget_closed(lambda s: s == "s-4", keep=2)
    assert [access.may_upload(f"s-{i}") for i in range(5)] == [False, False, False, False, True]
