"""Load Streamlit's plotly chart code in the background, once the browser is idle, on every page.

Streamlit loads the code that draws a plotly chart (plotly.js, 4.7 MB) the first time a page shows one: a
visitor who opens a page without a chart (report, events, quality, a cluster not yet chosen) and then switches
to a page with charts waited for the browser to load and run that code (about a second) before any chart was
drawn. Imported while the browser is idle, the module is in the page's module map when the first chart comes,
and the switch draws at once. The file is Streamlit's own, served by this server: nothing is fetched elsewhere.
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
    """The HTML that imports `chunk` (a file beside Streamlit's own entry module) when the browser is idle,
    once per tab; resolved against the entry module's address, so it is the very module Streamlit asks for."""
    return f"""<span id="{MARK}"></span>
<style>[data-testid='stElementContainer']:has(#{MARK}) {{ display: none; }}</style>
<script>
(() => {{
  if (window.__phoihopPreload) return;
  window.__phoihopPreload = true;
  const entry = document.querySelector("script[type='module'][src*='static/js/index.']");
  const base = entry ? entry.src : new URL("static/js/", document.baseURI).href;
  const load = () => import(new URL("{chunk}", base).href).catch(() => {{ window.__phoihopPreload = false; }});
  (window.requestIdleCallback || (f => setTimeout(f, 200)))(load, {{timeout: 2000}});
}})();
</script>"""


def charts_in_background() -> None:
    """Draw the (invisible) preloader at the end of the sidebar; a no-op when Streamlit has no such module."""
    chunk = plotly_chunk()
    if chunk is not None:
        st.sidebar.html(script(chunk), unsafe_allow_javascript=True)
