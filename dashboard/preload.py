"""Load Streamlit's plotly chart code ahead of the first chart, on every page.

Streamlit loads the code that draws a plotly chart (plotly.js, 4.7 MB) the first time a page shows one: a
visitor who opens a page without a chart (report, events, quality, a cluster not yet chosen) and then switches
to a page with charts waited for the browser to load and run that code (about a second) before any chart was
drawn. Fetched and compiled while the browser is idle, and run once the page is at rest and nobody is using it
(or, failing that, from the press on a page link, while the server runs the page), the module is ready when
the first chart comes. The file is Streamlit's own, served by this server: nothing is fetched elsewhere.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st

STATIC_JS = Path(st.__file__).resolve().parent / "static" / "static" / "js"
MARK = "phoihop-preload"  # the element's id; its container is hidden (a script takes no room in the sidebar)
QUIET_INPUT_MS = 1500  # no press, key, wheel or pointer move for this long: the visitor is not in the middle of a step
QUIET_PAGE_MS = 500  # the page unchanged for this long: Streamlit has drawn what it had to draw
RECHECK_MS = 250
WARM_WIDTH, WARM_HEIGHT = 900, 480


def _warm_figure() -> dict:
    """A small chart with a trace of each kind the pages draw (stacked horizontal bars with customdata, bars over
    months, filled outlines and labelled points as on the map, a heatmap with a colour bar), on the axes, legend
    and modes Streamlit sets for a selectable chart, drawn and then drawn again with other numbers (plotly.react,
    as at a filter change). Four subplots in one figure: one draw."""
    hover = "%{y}: %{x}<extra></extra>"
    bars = [
        {"type": "bar", "orientation": "h", "name": name, "x": x, "y": ["a", "b", "c"], "customdata": [["a", name]] * 3,
         "hovertemplate": hover, "texttemplate": "%{x}", "textposition": "inside"}
        for name, x in (("p", [3, 2, 1]), ("q", [1, 2, 3]))
    ]  # fmt: skip
    months = {"type": "bar", "x": ["2024-01-01", "2024-02-01", "2024-03-01"], "y": [4, 6, 5], "xaxis": "x2",
              "yaxis": "y2", "hovertemplate": hover, "showlegend": False}  # fmt: skip
    # as on the map: many outlines in one filled trace (a gap between two is None), many named points
    rings_x: list[float | None] = []
    rings_y: list[float | None] = []
    for ring in range(8):
        for step in range(13):
            angle = 2 * math.pi * step / 12
            rings_x.append(round(ring % 4 + 0.5 + 0.4 * math.cos(angle), 3))
            rings_y.append(round(ring // 4 + 0.5 + 0.4 * math.sin(angle), 3))
        rings_x.append(None)
        rings_y.append(None)
    outline = {"type": "scatter", "mode": "lines", "x": rings_x, "y": rings_y, "fill": "toself",
               "line": {"width": 0.6}, "xaxis": "x3", "yaxis": "y3", "hoverinfo": "skip", "showlegend": False}  # fmt: skip
    spots = [(i % 4 + 0.5, i // 4 / 3 + 0.2) for i in range(24)]
    places = ("top center", "middle right", "bottom center", "middle left")
    points = {"type": "scatter", "mode": "markers+text", "x": [x for x, _ in spots], "y": [y for _, y in spots],
              "text": [f"n{i}" for i in range(24)], "customdata": [[f"n{i}", i] for i in range(24)],
              "xaxis": "x3", "yaxis": "y3", "showlegend": False, "textposition": [places[i % 4] for i in range(24)],
              "textfont": {"size": 10, "shadow": "0 0 2px #fff"},
              "selected": {"marker": {"opacity": 1}}, "unselected": {"marker": {"opacity": 0}}}  # fmt: skip
    heat = {"type": "heatmap", "x": ["a", "b"], "y": ["c", "d"], "z": [[1, 2], [3, 4]], "coloraxis": "coloraxis",
            "texttemplate": "%{z}", "xaxis": "x4", "yaxis": "y4"}  # fmt: skip
    data: list[dict[str, Any]] = [*bars, months, outline, points, heat]
    changed = [dict(trace) for trace in data]
    changed[0] = {**changed[0], "x": [1, 1, 4]}
    changed[2] = {**changed[2], "y": [2, 7, 3]}
    changed[5] = {**changed[5], "z": [[4, 3], [2, 1]]}
    half = ({"domain": [0, 0.45], "ticklabeloverflow": "allow"}, {"domain": [0.55, 1], "ticklabeloverflow": "allow"})
    axes = {
        "xaxis": half[0], "yaxis": half[0], "xaxis2": {**half[1], "type": "date", "anchor": "y2"},
        "yaxis2": {**half[0], "anchor": "x2"}, "xaxis3": {**half[0], "anchor": "y3", "visible": False},
        "yaxis3": {**half[1], "anchor": "x3", "scaleanchor": "x3", "visible": False},
        "xaxis4": {**half[1], "anchor": "y4"}, "yaxis4": {**half[1], "anchor": "x4"},
    }  # fmt: skip
    layout = {
        **axes,
        "barmode": "stack",
        "coloraxis": {"colorbar": {"title": {"text": "n"}}},
        "legend": {"orientation": "h", "y": -0.1},
        "margin": {"l": 60, "r": 60, "t": 40, "b": 60},
        "annotations": [{"text": "a", "xref": "paper", "yref": "paper", "x": 0, "y": 1.05, "showarrow": False}],
        "shapes": [{"type": "rect", "xref": "x3", "yref": "y3", "x0": 0, "x1": 1, "y0": 0, "y1": 1}],
        "clickmode": "event+select",
        "hovermode": "closest",
        "dragmode": "pan",
    }
    return {"data": data, "changed": changed, "layout": layout, "config": {"displaylogo": False}}


WARM_FIGURE = _warm_figure()


@cache
def plotly_chunk() -> str | None:
    """The file name of Streamlit's plotly chart module in this installation (hashed per release); None when
    this Streamlit has none by that name (then nothing is preloaded: the charts still load as before)."""
    found = sorted(STATIC_JS.glob("PlotlyChart.*.js"))
    return found[0].name if found else None


@cache
def script(chunk: str) -> str:
    """The HTML that, once per tab, fetches and compiles `chunk` (a file beside Streamlit's own entry module,
    so the very module Streamlit asks for) when the browser is idle, and runs it once the page is at rest
    and the visitor is not using it, or at the latest when a page link is pressed.

    Running the module holds the browser for a moment (0.3 to 1 s). Input that comes meanwhile waits, and a
    press and its release can be split by the page's own redraw: a drop-down scrolled to an option redraws
    its list a frame later, and a release that waited past that redraw lands on the list, not the option (a
    click lost in the clusters page's drop-down). So it starts only with no input for QUIET_INPUT_MS, no
    change on the page for QUIET_PAGE_MS, no run under way, no open list, menu or dialog, no text being typed,
    and no input waiting; the state is `window.__phoihopPreload.state` (waiting, running, ran, drawn), and `held` counts the
    checks that found the page quiet but in use.

    Run while idle, the module then draws WARM_FIGURE off screen (`warm`: drawing, drawn, failed): the first chart
    page a tab switches to otherwise paid plotly.js running its drawing code for the first time."""
    # no "<" in the page's HTML inside the script: Streamlit's HTML element would read it as a tag and drop the script
    warm_figure = json.dumps(WARM_FIGURE, separators=(",", ":")).replace("<", "\\u003c")
    return f"""<span id="{MARK}"></span>
<style>[data-testid='stElementContainer']:has(#{MARK}) {{ display: none; }}</style>
<script>
(() => {{
  if (window.__phoihopPreload) return;
  const state = window.__phoihopPreload = {{state: "waiting", by: null, held: 0}};
  const entry = document.querySelector("script[type='module'][src*='static/js/index.']");
  const url = new URL("{chunk}", entry ? entry.src : new URL("static/js/", document.baseURI).href).href;
  const idle = window.requestIdleCallback || (f => setTimeout(f, 50));
  let lastInput = -Infinity;
  let lastChange = performance.now();
  let timer = null;
  const inputs = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"];
  const onInput = () => {{ lastInput = performance.now(); }};
  const watch = new MutationObserver(() => {{ lastChange = performance.now(); }});
  watch.observe(document.body, {{subtree: true, childList: true, attributes: true, characterData: true}});
  const pageLink = "[data-testid='stSidebarNav'] a, [data-testid='stPageLink'] a";
  const onPress = event => {{
    if (event.target.closest && event.target.closest(pageLink)) run("press");  // the page is left anyway
  }};
  const stop = how => {{
    state.state = how;
    watch.disconnect();
    clearTimeout(timer);
    for (const type of inputs) window.removeEventListener(type, onInput, true);
    window.removeEventListener("pointerdown", onPress, true);
  }};
  const run = how => {{
    if (state.state !== "waiting") return;
    state.state = "running";
    state.by = how;
    import(url).then(() => {{
      try {{ if (how === "idle") warm(); }} catch (error) {{ state.warm = "failed"; }}  // pressed: charts come anyway
      stop("ran");
    }}, () => stop("failed"));
  }};
  // plotly.js (window.Plotly, set by the module) draws and redraws a small chart of each kind the pages draw,
  // off screen, then lets it go: its code has run once, before the visitor's first chart.
  const warm = () => {{
    const plotly = window.Plotly;
    if (!plotly || !plotly.newPlot) {{ state.warm = "no plotly"; return; }}
    const box = document.createElement("div");
    box.style.cssText = "position:fixed;left:-10000px;top:0;width:{WARM_WIDTH}px;height:{WARM_HEIGHT}px;"
      + "visibility:hidden;pointer-events:none";
    document.body.appendChild(box);
    const figure = {warm_figure}, done = how => {{ plotly.purge(box); box.remove(); state.warm = how; }};
    state.warm = "drawing";
    const started = performance.now();
    plotly.newPlot(box, figure.data, figure.layout, figure.config)
      .then(() => plotly.react(box, figure.changed, figure.layout, figure.config))
      .then(() => {{ state.warmMs = performance.now() - started; done("drawn"); }}, () => done("failed"));
  }};
  const typing = el => Boolean(el && el.matches(
    "textarea, [contenteditable='true'], input:not([role='combobox']):not([type='checkbox']):not([type='radio'])"));
  const inUse = () =>
    document.querySelector("[role='listbox'], [role='menu'], [role='dialog'], [data-testid='stStatusWidget']") !== null
    || typing(document.activeElement)
    || Boolean(navigator.scheduling && navigator.scheduling.isInputPending
               && navigator.scheduling.isInputPending({{includeContinuous: true}}));
  const check = () => {{
    if (state.state !== "waiting") return;
    if (document.querySelector("[data-testid='stPlotlyChart'] .main-svg")) return stop("drawn");  // Streamlit ran it
    const now = performance.now();
    const quiet = now - lastInput >= {QUIET_INPUT_MS} && now - lastChange >= {QUIET_PAGE_MS};
    if (quiet && !inUse()) return run("idle");
    if (quiet) state.held += 1;  // quiet, but a list is open or a run is under way: ask again later
    timer = setTimeout(() => idle(check), {RECHECK_MS});
  }};
  for (const type of inputs) window.addEventListener(type, onInput, {{capture: true, passive: true}});
  window.addEventListener("pointerdown", onPress, true);
  idle(() => {{
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = url;
    document.head.appendChild(link);
    timer = setTimeout(() => idle(check), {RECHECK_MS});
  }}, {{timeout: 2000}});
}})();
</script>"""


def charts_in_background() -> None:
    """Draw the (invisible) preloader at the end of the sidebar; a no-op when Streamlit has no such module."""
    chunk = plotly_chunk()
    if chunk is not None:
        st.sidebar.html(script(chunk), unsafe_allow_javascript=True)
