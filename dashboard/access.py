"""Who may do what, kept for the whole server process (no Streamlit here; auth.py draws the forms).

- Uploads: Streamlit's server takes a file (`PUT /_stcore/upload_file/<session>/<file>`) from any session
  that has a connection, before any page has run. The app says which sessions are signed in as analysts
  (`allow_uploads`), and `Guard`, in front of Streamlit's routes, refuses every upload from the others
  before reading a byte of it.
- Sign-in throttling: failed attempts counted per user name and per client; after a few, each attempt must
  wait longer (1, 2, 4 ... 60 s), and after many the name or client is locked out for a while.
- Staying signed in: a cookie signed with HMAC (the user, an expiry, a fingerprint of the user's password
  hash, a nonce), set by `Guard` (HttpOnly, SameSite=Strict) when the page hands it a one-time ticket the
  app issued at sign-in. Streamlit reads cookies (`st.context.cookies`) but cannot set them: the ticket
  keeps the cookie's value off the page, where scripts could read it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

LOG = logging.getLogger("phoihop.signin")
COOKIE = "phoihop_session"
TICKET_SECONDS = 60  # a ticket is handed to the page and redeemed at once
SESSION_PATH, SIGNOUT_PATH = "/_phoihop/session", "/_phoihop/signout"
_UPLOAD = re.compile(r"/_stcore/upload_file/([^/]+)/")

# ---- uploads ---------------------------------------------------------------------------------------------

_uploaders: set[str] = set()
_lock = threading.Lock()


def allow_uploads(session_id: str, allowed: bool) -> None:
    """Say, on every run, whether this Streamlit session may upload (signed in as an analyst)."""
    with _lock:
        (_uploaders.add if allowed else _uploaders.discard)(session_id)


def may_upload(session_id: str) -> bool:
    with _lock:
        return session_id in _uploaders


def forget_closed(is_open: Callable[[str], bool], keep: int = 500) -> None:
    """Past `keep` sessions, those whose connection has closed are forgotten (a long-running server)."""
    with _lock:
        if len(_uploaders) > keep:
            _uploaders.intersection_update({s for s in _uploaders if is_open(s)})


# ---- throttling ------------------------------------------------------------------------------------------

FREE_FAILURES = 3  # failures before any wait: a mistyped password or two costs nothing
MAX_WAIT = 60.0  # seconds: the longest wait between attempts before the lockout
LOCK_AFTER = 10  # failures within the window that lock the name or client out
LOCKOUT = 15 * 60.0  # seconds
WINDOW = 15 * 60.0  # failures older than this are forgotten


@dataclass
class Throttle:
    """Failed sign-ins per key ("user:lan", "client:10.0.0.7"); `clock` is injectable for tests."""

    clock: Callable[[], float] = time.monotonic
    failures: dict[str, list[float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _recent(self, key: str, now: float) -> list[float]:
        kept = [t for t in self.failures.get(key, []) if now - t < max(WINDOW, LOCKOUT)]
        self.failures[key] = kept
        return kept

    def wait(self, keys: list[str]) -> float:
        """Seconds before another attempt for these keys is checked at all (0: now)."""
        now = self.clock()
        with self.lock:
            waits = [0.0]
            for key in keys:
                recent = self._recent(key, now)
                in_window = [t for t in recent if now - t < WINDOW]
                if len(recent) >= LOCK_AFTER:
                    waits.append(recent[LOCK_AFTER - 1] + LOCKOUT - now)
                elif len(in_window) >= FREE_FAILURES:
                    delay = min(2.0 ** (len(in_window) - FREE_FAILURES), MAX_WAIT)
                    waits.append(in_window[-1] + delay - now)
            return max(waits)

    def failed(self, keys: list[str]) -> None:
        now = self.clock()
        with self.lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, keys: list[str]) -> None:
        with self.lock:
            for key in keys:
                self.failures.pop(key, None)


THROTTLE = Throttle()

# ---- the signed cookie -----------------------------------------------------------------------------------

_process_secret = secrets.token_bytes(32)  # without a configured secret: sign-ins last until a restart
_revoked: set[str] = set()  # nonces of cookies signed out in this process
_tickets: dict[str, tuple[str, int, float]] = {}  # ticket -> (cookie value, max age, expires at)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key(secret: str | None) -> bytes:
    return hashlib.sha256(secret.encode("utf-8")).digest() if secret else _process_secret


def fingerprint(password_hash: str) -> str:
    """Changes when the user's password does: every cookie signed before then stops working."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def sign(user: str, password_hash: str, seconds: float, secret: str | None, now: float | None = None) -> str:
    body = _b64(
        json.dumps(
            {
                "u": user,
                "exp": int((now or time.time()) + seconds),
                "fp": fingerprint(password_hash),
                "n": _b64(secrets.token_bytes(9)),
            },
            ensure_ascii=False,
        ).encode("utf-8")
    )
    mac = hmac.new(_key(secret), body.encode("ascii"), hashlib.sha256).hexdigest()
    return f"{body}.{mac}"


def verify(value: str | None, users: dict, secret: str | None, now: float | None = None) -> str | None:
    """The user a cookie signs in, or None: forged, expired, signed out, or the user gone or re-passworded."""
    if not value or value.count(".") != 1:
        return None
    body, mac = value.split(".")
    expected = hmac.new(_key(secret), body.encode("ascii"), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, expected):
        return None
    try:
        claims = json.loads(_unb64(body))
        user, expires, print_, nonce = claims["u"], float(claims["exp"]), claims["fp"], claims["n"]
    except (ValueError, KeyError, TypeError):
        return None
    entry = users.get(user)
    if not isinstance(entry, Mapping) or expires < (now or time.time()) or nonce in _revoked:
        return None
    return user if hmac.compare_digest(print_, fingerprint(str(entry.get("password_hash", "")))) else None


def revoke(value: str | None) -> None:
    """A signed-out cookie no longer signs anyone in, even if it was copied."""
    with contextlib.suppress(ValueError, KeyError, TypeError, IndexError):
        _revoked.add(json.loads(_unb64((value or "").split(".")[0]))["n"])


def issue_ticket(cookie_value: str, max_age: int) -> str:
    """A one-time ticket the page trades for the cookie (at SESSION_PATH)."""
    ticket = secrets.token_urlsafe(24)
    now = time.monotonic()
    with _lock:
        for old in [t for t, (_, _, expires) in _tickets.items() if expires < now]:
            del _tickets[old]
        _tickets[ticket] = (cookie_value, max_age, now + TICKET_SECONDS)
    return ticket


def redeem(ticket: str) -> tuple[str, int] | None:
    with _lock:
        found = _tickets.pop(ticket, None)
    if found is None or found[2] < time.monotonic():
        return None
    return found[0], found[1]


# ---- the server side -------------------------------------------------------------------------------------


def _cookie_header(value: str, max_age: int, secure: bool) -> str:
    parts = [f"{COOKIE}={value}", "Path=/", f"Max-Age={max_age}", "HttpOnly", "SameSite=Strict"]
    return "; ".join(parts + (["Secure"] if secure else []))


async def _body(receive: Receive, limit: int = 256) -> bytes:
    data = b""
    while True:
        message = await receive()
        data += message.get("body", b"")
        if len(data) > limit or not message.get("more_body"):
            return data[: limit + 1]


class Guard:
    """ASGI middleware: refuses uploads from sessions not allowed them; sets and clears the sign-in cookie."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        upload = _UPLOAD.search(path)
        response: Response | None = None
        if upload and method == "PUT" and not may_upload(upload.group(1)):
            LOG.warning("upload refused: session not signed in as an analyst")
            response = Response("Sign in as an analyst to upload.", status_code=403)
        elif method == "POST" and path.endswith(SESSION_PATH):
            found = redeem((await _body(receive)).decode("ascii", "replace").strip())
            response = Response(status_code=204 if found else 403)
            if found:
                secure = scope.get("scheme") == "https"
                response.headers["Set-Cookie"] = _cookie_header(found[0], found[1], secure)
        elif method == "POST" and path.endswith(SIGNOUT_PATH):
            response = Response(status_code=204)
            response.headers["Set-Cookie"] = _cookie_header("", 0, scope.get("scheme") == "https")
        if response is None:
            await self.app(scope, receive, send)
            return
        response.headers["Cache-Control"] = "no-store"
        await response(scope, receive, send)
