"""Load Streamlit's plotly chart code ahead of the first chart, on every page.

Streamlit loads the code that draws a plotly chart (plotly.js, 4.7 MB) the first time a page shows one: a
visitor who opens a page without a chart (report, events, quality, a cluster not yet chosen) and then switches
to a page with charts waited for the browser to load and run that code (about a second) before any chart was
drawn. Fetched and compiled while the browser is idle, and run from the press on a page link (while the server
runs the page), the module is ready sooner when the first chart comes. The file is Streamlit's own, served by
this server: nothing is fetched elsewhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import streamlit as st

STATIC_JS = Path(st.__file__).resolve().parent / "static" / "static" / "js"
MARK = "phoihop-preload"  # the element's id; its container is hidden (a script takes no room in the sidebar)


@cache
def plotly_chunk() -> str | None:
    """The file name of Streamlit's plotly chart module in this installation (hashed per release); None when
    this Streamlit has none by that name (then nothing is preloaded: the charts still load as before)."""
    found = sorted(STATIC_JS.glob("PlotlyChart.*.js"))
    return found[0].name if found else None


@cache
def script(chunk: str) -> str:
    """The HTML that, once per tab, fetches and compiles `chunk` (a file beside Streamlit's own entry module,
    so the very module Streamlit asks for) when the browser is idle, and runs it when a page link is pressed.

    Running it (most of the second) is left to the press: run while a page is being used, it held the browser
    long enough for a click in a drop-down to be lost. A press on a page link leaves the page anyway, and the
    module then runs while the server runs the next page, not after."""
    return f"""<span id="{MARK}"></span>
<style>[data-testid='stElementContainer']:has(#{MARK}) {{ display: none; }}</style>
<script>
(() => {{
  if (window.__phoihopPreload) return;
  window.__phoihopPreload = true;
  const entry = document.querySelector("script[type='module'][src*='static/js/index.']");
  const url = new URL("{chunk}", entry ? entry.src : new URL("static/js/", document.baseURI).href).href;
  const fetchIt = () => {{
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = url;
    document.head.appendChild(link);
  }};
  (window.requestIdleCallback || (f => setTimeout(f, 200)))(fetchIt, {{timeout: 2000}});
  const runIt = event => {{
    if (!event.target.closest || !event.target.closest("[data-testid='stSidebarNav'] a, [data-testid='stPageLink'] a")) return;
    window.removeEventListener("pointerdown", runIt, true);
    import(url).catch(() => {{}});
  }};
  window.addEventListener("pointerdown", runIt, true);
}})();
</script>"""


def charts_in_background() -> None:
    """Draw the (invisible) preloader at the end of the sidebar; a no-op when Streamlit has no such module."""
    chunk = plotly_chunk()
    if chunk is not None:
        st.sidebar.html(script(chunk), unsafe_allow_javascript=True)
