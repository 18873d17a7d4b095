"""Optional sign-in. Configured in .streamlit/secrets.toml (never committed; see secrets.example.toml):

- a local user list: `[phoihop.users.<name>]` with `role` ("viewer" or "analyst") and `password_hash`
  (make one with `phoihop hash-password`); or
- Streamlit's own OpenID Connect login (an `[auth]` section), with analysts listed in
  `[phoihop.roles] analysts = ["email", ...]` and everyone else a viewer.

Without either, the dashboard is open to whoever reaches it (it listens on 127.0.0.1 by default) and every
user is an analyst. With either, nothing but the sign-in form is drawn until the user has signed in.

Local users stay signed in across reloads and typed addresses for `session_hours` (default 12) through a
signed cookie (access.py); `cookie_secret` keeps them signed in across restarts too. Failed attempts are
logged and throttled per user name and per client, and a check costs the same for a name that does not exist.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Mapping
from functools import cache

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard import access
from dashboard.i18n import t
from dashboard.passwords import hash_password, verify_password

ROLES = ("viewer", "analyst")
SESSION_HOURS = 12.0  # how long a sign-in lasts without `session_hours` in the secrets


def _settings() -> dict:
    try:
        return dict(st.secrets.get("phoihop", {}))
    except Exception:  # no secrets file at all
        return {}


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:
        return False


def session_id() -> str | None:
    ctx = get_script_run_ctx()
    return ctx.session_id if ctx else None


def gate(lang: str, hold: Callable[[], object] = lambda: None) -> tuple[str, str]:
    """(user, role) of a signed-in user; draws the sign-in form and stops the run until there is one.
    `hold` runs before the form is drawn (app.py keeps the page's address with it)."""
    users = _settings().get("users", {})
    if not users and not _oidc_configured():
        user, role = "dashboard", "analyst"
    elif users:
        user, role = _local(dict(users), lang, hold)
    else:
        user, role = _oidc(lang, hold)
    if sid := session_id():
        access.allow_uploads(sid, role == "analyst")  # the server takes uploads from this session only now
        _forget_closed_sessions()
    return user, role


def _forget_closed_sessions() -> None:
    from streamlit import runtime

    if runtime.exists():
        access.forget_closed(runtime.get_instance().is_active_session)


def _role(entry: dict) -> str:
    role = entry.get("role")
    return role if isinstance(role, str) and role in ROLES else "viewer"


@cache
def _unknown_user_hash() -> str:
    """A hash of the cost every real one has: a name that does not exist takes as long to refuse."""
    return hash_password("no such user")


def check_password(users: dict, name: str, password: str) -> bool:
    """One scrypt check whether or not the name exists (no timing tells which names do)."""
    entry = users.get(name)
    stored = str(entry.get("password_hash", "")) if isinstance(entry, Mapping) else ""
    if not stored.startswith("scrypt$"):
        verify_password(password, _unknown_user_hash())
        return False
    return verify_password(password, stored)


def _client() -> str:
    try:
        return st.context.ip_address or "local"
    except Exception:
        return "local"


def _from_cookie(users: dict) -> str | None:
    if st.session_state.get("signed_out"):  # this connection's cookie was signed out: it signs no one in
        return None
    try:
        value = st.context.cookies.get(access.COOKIE)
    except Exception:
        return None
    return access.verify(value, users, _settings().get("cookie_secret"))


def _local(users: dict, lang: str, hold: Callable[[], object]) -> tuple[str, str]:
    name = st.session_state.get("user")
    if name not in users and (name := _from_cookie(users)):
        st.session_state["user"] = name
    if isinstance(name, str) and name in users:
        _send_cookie()
        return name, _role(users[name])
    hold()
    if st.session_state.pop("clear_cookie", False):  # just signed out: the browser drops the cookie too
        _page_script(access.SIGNOUT_PATH, "")
    st.title(t("signin_title", lang))
    with st.form("signin"):
        typed = st.text_input(t("signin_user", lang))
        password = st.text_input(t("signin_password", lang), type="password")
        ok = st.form_submit_button(t("signin_button", lang))
    if ok:
        _attempt(users, typed.strip(), password, lang)
    st.stop()
    raise AssertionError("not reached")


def _attempt(users: dict, name: str, password: str, lang: str) -> None:
    """Check a sign-in unless the name or the client must wait; sign in on success (and rerun)."""
    client = _client()
    keys = [f"user:{name.casefold()}", f"client:{client}"]
    wait = access.THROTTLE.wait(keys)
    if wait > 0:
        access.LOG.warning("sign-in refused while throttled: user %r from %s (%.0f s left)", name, client, wait)
        minutes = wait > 120
        st.error(t("signin_locked" if minutes else "signin_wait", lang, n=round(wait / 60 if minutes else wait) or 1))
        return
    if not check_password(users, name, password):
        access.THROTTLE.failed(keys)
        access.LOG.warning("failed sign-in: user %r from %s", name, client)
        st.error(t("signin_failed", lang))
        return
    access.THROTTLE.succeeded(keys)
    hours = float(_settings().get("session_hours", SESSION_HOURS))
    cookie = access.sign(name, str(users[name]["password_hash"]), hours * 3600, _settings().get("cookie_secret"))
    st.session_state.update(user=name, signed_out=False, cookie_ticket=access.issue_ticket(cookie, int(hours * 3600)))
    st.rerun()


def _page_script(path: str, body: str) -> None:
    """A POST from the page to the server's own `path` (access.Guard answers it), beside the app's address
    (a proxy's prefix kept): how the browser gets or drops the HttpOnly sign-in cookie."""
    st.html(
        f"""<script>
        (() => {{
            const base = ((window.__streamlit || {{}}).BACKEND_BASE_URL || window.location.origin).replace(/\\/+$/, "");
            fetch(base + {json.dumps(path)}, {{method: "POST", body: {json.dumps(body)}, credentials: "same-origin"}});
        }})();
        </script>""",
        unsafe_allow_javascript=True,
        width=1,
    )


def _send_cookie() -> None:
    if ticket := st.session_state.pop("cookie_ticket", None):
        with st.sidebar:
            _page_script(access.SESSION_PATH, ticket)


def _oidc(lang: str, hold: Callable[[], object]) -> tuple[str, str]:
    if not st.user.is_logged_in:
        hold()
        st.title(t("signin_title", lang))
        st.button(t("signin_button", lang), on_click=st.login)
        st.stop()
    email = str(st.user.get("email") or st.user.get("sub") or "user")
    analysts = set(_settings().get("roles", {}).get("analysts", []))
    st.session_state["user"] = email
    return email, "analyst" if email in analysts else "viewer"


def _sign_out() -> None:
    with contextlib.suppress(Exception):
        access.revoke(st.context.cookies.get(access.COOKIE))
    st.session_state.pop("user", None)
    st.session_state.update(signed_out=True, clear_cookie=True)
    if sid := session_id():
        access.allow_uploads(sid, False)
        _drop_uploaded_files(sid)


def _drop_uploaded_files(sid: str) -> None:
    """Files this session uploaded are not kept once it has signed out."""
    from streamlit import runtime

    if runtime.exists():
        runtime.get_instance().uploaded_file_mgr.remove_session_files(sid)


def sign_out_button(lang: str) -> None:
    if _settings().get("users") and st.session_state.get("user"):
        st.sidebar.button(t("signout_button", lang), width="stretch", on_click=_sign_out)
    elif _oidc_configured():
        st.sidebar.button(t("signout_button", lang), on_click=st.logout, width="stretch")
