"""Chart images (PNG, SVG) rendered by plotly's static export: kaleido driving Debian's headless Chromium.

One Chromium serves every export of the process (starting one costs seconds, an image after that a fraction
of a second). The server takes one request at a time, so callers from several threads (Streamlit sessions,
deferred downloads) queue on a lock.
"""

from __future__ import annotations

import shutil
import threading
import warnings

import kaleido
import plotly.graph_objects as go

_LOCK = threading.Lock()
FORMATS = ("png", "svg")
# Offline: plotly.js comes from the plotly package; MathJax, which kaleido loads from a CDN by default (a
# failed fetch cost ~2 s an image here), is off: no chart of ours has TeX in it.
SERVER_OPTIONS = {"mathjax": False, "timeout": 60}


class ImageError(RuntimeError):
    """No browser to render with, or the browser failed."""


def available() -> bool:
    """Whether this machine can draw chart images (the dashboard says so instead of offering a dead button)."""
    return any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome"))


def _browser() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if path is None:
        raise ImageError("Chart images need Chromium: install Debian's `chromium` package (apt-get install chromium).")
    return path


def render(fig: go.Figure, fmt: str = "png") -> bytes:
    """The figure as image bytes at the size its layout gives (export_figure sets 1920×1080)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; use one of {', '.join(FORMATS)}")
    with _LOCK:
        _browser()
        kaleido.start_sync_server(**SERVER_OPTIONS, silence_warnings=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # plotly warns that per-call browser options do not apply to a server
            try:
                return fig.to_image(format=fmt, width=fig.layout.width, height=fig.layout.height)
            except Exception as exc:  # the browser died or refused: one clear error, the cause chained
                raise ImageError(f"chart image could not be rendered: {exc}") from exc


def stop() -> None:
    """Close the shared Chromium (also done at exit)."""
    with _LOCK:
        kaleido.stop_sync_server(silence_warnings=True)
