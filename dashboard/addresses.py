"""Page addresses, answered before Streamlit's routes (server.py puts this in front of them).

- Streamlit's browser code finds its server by trying the page's address first (`/regions/_stcore/health`,
  a 404 in the log on every deep link) and then its parent. The page we send tells it the server is at the
  root, so it asks there first.
- The default page is served at "/", so Streamlit knows no page `/overview` and opens an English "Page not
  found" dialog: that address is sent to "/", and any other address that names no page to
  "/?missing=<name>", where the app says so in the user's language.
- The favicon, the title and the language of the page are ours from the first byte (no Streamlit logo).
"""

from __future__ import annotations

import base64
import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import streamlit as st
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from dashboard import site

STREAMLIT_INDEX = Path(st.__file__).resolve().parent / "static" / "index.html"
PAGE_PATHS = frozenset(p.url_path for p in site.PAGES if p is not site.DEFAULT)
# First path segments Streamlit serves itself (its API, media, components, bundle), never page names.
_STREAMLIT_PREFIXES = ("static", "media", "component", "app")
# Read by Streamlit's browser code before it starts (window.__streamlit): the server is at the page's address
# without the page's name (the origin, or the prefix of a proxy that serves the dashboard under a path).
_BACKEND_AT_ROOT = """<script>
    (() => {
        const pages = PAGES, parts = window.location.pathname.replace(/\\/+$/, "").split("/");
        if (pages.includes(parts[parts.length - 1])) parts.pop();
        window.__streamlit = {BACKEND_BASE_URL: window.location.origin + parts.join("/")};
    })();
    </script>""".replace("PAGES", json.dumps(sorted(PAGE_PATHS)))


def answer(path: str, query: str) -> str | None:
    """For a GET of `path`: "" to send the app's page, an address (relative to `path`) to redirect to, or
    None to leave the request to Streamlit (its API, its files, addresses with a dot or a trailing slash)."""
    name = path.strip("/")
    if path == "/" or name in PAGE_PATHS and not path.endswith("/"):
        return ""
    segments = name.split("/")
    if path.endswith("/") or "." in name or segments[0] in _STREAMLIT_PREFIXES or any(s[:1] == "_" for s in segments):
        return None
    root = "../" * (len(segments) - 1) or "./"  # relative: right behind a proxy that adds a path prefix too
    if name == site.DEFAULT.url_path:
        return root + (f"?{query}" if query else "")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != site.MISSING]
    return root + "?" + urlencode([*kept, (site.MISSING, name)])


@cache
def page_html(lang: str) -> str:
    """Streamlit's index.html with the server's address, our favicon, title and language."""
    text = STREAMLIT_INDEX.read_text(encoding="utf-8")
    icon = "data:image/svg+xml;base64," + base64.b64encode(site.FAVICON.read_bytes()).decode("ascii")
    text = text.replace('<html lang="en">', f'<html lang="{lang}">', 1)
    text = re.sub(r'<link rel="shortcut icon" href="[^"]*"', f'<link rel="shortcut icon" href="{icon}"', text, count=1)
    text = re.sub(r"<title>[^<]*</title>", "<title>Phối hợp</title>", text, count=1)
    return text.replace("<head>", "<head>\n    " + _BACKEND_AT_ROOT, 1)


class PageAddresses:
    """ASGI middleware answering page addresses (see `answer`) before Streamlit's routes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = None
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            query = scope.get("query_string", b"").decode("latin-1")
            target = answer(scope["path"], query)
        if target is None:
            await self.app(scope, receive, send)
            return
        response: Response
        if target:
            response = RedirectResponse(target, status_code=302, headers={"Cache-Control": "no-cache"})
        else:
            lang = "en" if ("lang", "en") in parse_qsl(query) else "vi"
            response = HTMLResponse(page_html(lang), headers={"Cache-Control": "no-cache"})
        await response(scope, receive, send)
