"""The web server's answers to page addresses (dashboard/addresses.py), without a server: which addresses are the
app, which are sent elsewhere, which are Streamlit's own. The browser tests check the same on a live one."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from dashboard import site
from dashboard.addresses import answer, page_html


@pytest.mark.parametrize("path", ["/", *(f"/{p.url_path}" for p in site.PAGES if p is not site.DEFAULT)])
def test_every_page_address_is_the_app(path):
    assert answer(path, "type=agreement") == ""


@pytest.mark.parametrize("prefix", ["", "/phoihop"])  # served at the root, or behind a proxy under a path
def test_the_default_pages_own_name_goes_to_the_root_with_its_filters(prefix):
    base = f"http://host{prefix}/{site.DEFAULT.url_path}"
    assert urljoin(base, answer(f"/{site.DEFAULT.url_path}", "type=agreement&lang=en")) == (
        f"http://host{prefix}/?type=agreement&lang=en"
    )
    assert urljoin(base, answer(f"/{site.DEFAULT.url_path}", "")) == f"http://host{prefix}/"


@pytest.mark.parametrize("prefix", ["", "/phoihop"])
@pytest.mark.parametrize("path", ["/khong-co", "/tổng-quan", "/regions/extra", "/Regions"])
def test_an_address_that_names_no_page_goes_to_the_root_saying_which(path, prefix):
    target = urlsplit(urljoin(f"http://host{prefix}{path}", answer(path, "type=meeting&missing=old")))
    assert target.path == f"{prefix}/"
    assert parse_qs(target.query) == {"type": ["meeting"], site.MISSING: [path.strip("/")]}


@pytest.mark.parametrize(
    "path",
    [
        "/_stcore/health",
        "/_stcore/stream",
        "/regions/_stcore/health",
        "/static/js/index.js",
        "/media/abc",
        "/component/x/index.html",
        "/app/static/x",
        "/favicon.png",
        "/manifest.json",
        "/regions/",
    ],
)
def test_streamlits_own_addresses_are_left_to_it(path):
    assert answer(path, "") is None


def test_the_page_names_the_server_at_the_root_and_is_ours():
    html = page_html("vi")
    head = html[html.index("<head>") : html.index("</head>")]
    assert head.index("window.__streamlit") < head.index('<script type="module"')  # read before the app starts
    assert "BACKEND_BASE_URL: window.location.origin + parts.join" in head
    assert '<html lang="vi">' in html and '<html lang="en">' in page_html("en")
    assert "<title>Phối hợp</title>" in html
    icon = re.search(r'<link rel="shortcut icon" href="([^"]*)"', html).group(1)
    assert icon.startswith("data:image/svg+xml;base64,")  # no request at all, to any host
    assert not re.search(r"https?://", head.split("-->", 1)[-1])
