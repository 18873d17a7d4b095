"""Optional sign-in. Configured in .streamlit/secrets.toml (never committed; see secrets.example.toml):

- a local user list: `[phoihop.users.<name>]` with `role` ("viewer" or "analyst") and `password_hash`
  (make one with `phoihop hash-password`); or
- Streamlit's own OpenID Connect login (an `[auth]` section), with analysts listed in
  `[phoihop.roles] analysts = ["email", ...]` and everyone else a viewer.

Without either, the dashboard is open to whoever reaches it (it listens on 127.0.0.1 by default) and every
user is an analyst. With either, nothing but the sign-in form is drawn until the user has signed in.
"""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import t
from dashboard.passwords import verify_password

ROLES = ("viewer", "analyst")


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


def gate(lang: str) -> tuple[str, str]:
    """(user, role) of a signed-in user; draws the sign-in form and stops the run until there is one."""
    users = _settings().get("users", {})
    if not users and not _oidc_configured():
        return "dashboard", "analyst"
    if users:
        return _local(users, lang)
    return _oidc(lang)


def _local(users: dict, lang: str) -> tuple[str, str]:
    if st.session_state.get("user") in users:
        name = st.session_state["user"]
        return name, users[name].get("role", "viewer") if users[name].get("role") in ROLES else "viewer"
    st.title(t("signin_title", lang))
    with st.form("signin"):
        name = st.text_input(t("signin_user", lang))
        password = st.text_input(t("signin_password", lang), type="password")
        ok = st.form_submit_button(t("signin_button", lang))
    if ok:
        entry = users.get(name)
        if entry and verify_password(password, str(entry.get("password_hash", ""))):
            st.session_state["user"] = name
            st.rerun()
        st.error(t("signin_failed", lang))
    st.stop()


def _oidc(lang: str) -> tuple[str, str]:
    if not st.user.is_logged_in:
        st.title(t("signin_title", lang))
        st.button(t("signin_button", lang), on_click=st.login)
        st.stop()
    email = str(st.user.get("email") or st.user.get("sub") or "user")
    analysts = set(_settings().get("roles", {}).get("analysts", []))
    st.session_state["user"] = email
    return email, "analyst" if email in analysts else "viewer"


def sign_out_button(lang: str) -> None:
    if _settings().get("users") and st.session_state.get("user"):
        if st.sidebar.button(t("signout_button", lang), width="stretch"):
            st.session_state.pop("user", None)
            st.rerun()
    elif _oidc_configured():
        st.sidebar.button(t("signout_button", lang), on_click=st.logout, width="stretch")
