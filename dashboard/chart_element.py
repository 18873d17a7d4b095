"""One plotly chart, drawn in place: a filter change updates the chart already on the page (Plotly.react on the
same element) instead of drawing a new one.

st.plotly_chart names its element after the whole figure, so any change to a figure made Streamlit's browser code
drop the chart and draw it anew (Plotly.newPlot: every trace, axis and, on the map, 125 KB of outlines laid out
and drawn again, 50-150 ms of the browser's time on a two-core machine at each filter change). This element is
named by its key alone (a Streamlit component, st.components.v2, mounted in the page without a frame): a new
figure reaches the same <div>, and plotly.js redraws only what changed.

plotly.js is the installed plotly package's own (plotly/package_data/plotly.min.js), served by this server at
/component/<name>/plotly.min.js (Streamlit's route for a component's files): nothing is fetched elsewhere.

A selection comes back in the shape st.plotly_chart gives ({"selection": {"points": [...]}}, each point with its
customdata, location, x, y...), so ui.picks reads it unchanged; it is tied to the figure it was made on (a
selection on an earlier figure is not read as one on this one, as st.plotly_chart forgot it with its element).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import plotly
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st
import streamlit.components.v1 as components_v1

PLOTLY_DIR = Path(plotly.__file__).resolve().parent / "package_data"
PLOTLY_FILE = "plotly.min.js"
_FILES = "phoihop_plotly"  # the name plotly.js is served under (Streamlit prefixes this module's name)
DEFAULT_HEIGHT = 450  # st.plotly_chart's height for a figure that sets none

JS = r"""
const SCRIPT_ID = "phoihop-plotly-js";
let loading = null;

// plotly.js once per page, from this server (the preloader may have asked for it already).
function plotlyReady(src) {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (loading) return loading;
  loading = new Promise((resolve, reject) => {
    let script = document.getElementById(SCRIPT_ID);
    const done = () => (window.Plotly ? resolve(window.Plotly) : reject(new Error("plotly.js did not load")));
    if (script && script.dataset.loaded) return done();
    if (!script) {
      script = document.createElement("script");
      script.id = SCRIPT_ID;
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    }
    script.addEventListener("load", () => { script.dataset.loaded = "1"; done(); });
    script.addEventListener("error", () => { loading = null; reject(new Error("plotly.js did not load")); });
  });
  return loading;
}

function base() {
  const backend = window.__streamlit && window.__streamlit.BACKEND_BASE_URL;
  return backend ? backend.replace(/\/+$/, "") + "/" : new URL(".", window.location.href).href;
}

const KEPT = ["curveNumber", "pointNumber", "pointIndex", "x", "y", "z", "lat", "lon", "location", "customdata",
  "text", "hovertext", "label", "value", "id"];
const snake = s => s.replace(/[A-Z]/g, c => "_" + c.toLowerCase());

// A selected point as st.plotly_chart reports it: its own values, snake_case, without plotly's objects.
function point(p) {
  const out = {};
  for (const k of KEPT) if (p[k] !== undefined) out[snake(k)] = p[k];
  if (Array.isArray(p.pointIndices)) out.point_indices = p.pointIndices;
  const group = p.data && p.data.legendgroup;
  if (group) out.legendgroup = group;
  return out;
}

function listen(gd) {
  gd.on("plotly_selected", event => {
    if (!event) return;
    const points = (event.points || []).map(point);
    const indices = [...new Set(points.flatMap(p => p.point_indices || (p.point_index !== undefined ? [p.point_index] : [])))];
    gd.__send({revision: gd.__revision, points, point_indices: indices, box: [], lasso: []});
  });
  gd.on("plotly_deselect", () => gd.__send({revision: gd.__revision, points: [], point_indices: [], box: [], lasso: []}));
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  const spec = JSON.parse(typeof data === "string" ? data : new TextDecoder().decode(data));
  let gd = parentElement.querySelector(":scope > .phoihop-chart");
  if (!gd) {
    gd = document.createElement("div");
    gd.className = "phoihop-chart";
    gd.style.width = "100%";
    parentElement.appendChild(gd);
  }
  gd.__send = selection => setStateValue("selection", selection);
  gd.__revision = spec.revision;
  const layout = spec.figure.layout || {};
  const height = layout.height || spec.height;
  gd.style.height = height + "px";
  plotlyReady(base() + spec.src).then(Plotly => {
    if (!gd.isConnected) return;
    const stretch = layout.width === undefined;
    if (stretch) layout.width = gd.clientWidth || undefined;
    layout.height = height;
    const first = !gd.__phoihop;
    const drawn = Plotly.react(gd, spec.figure.data || [], layout, spec.config);
    if (first) {
      gd.__phoihop = true;
      listen(gd);
      if (stretch && window.ResizeObserver) {
        new ResizeObserver(() => {
          const w = gd.clientWidth;
          if (gd.__phoihopStretch && w && gd.layout && w !== gd.layout.width) Plotly.relayout(gd, {width: w});
        }).observe(gd);
      }
    }
    gd.__phoihopStretch = stretch;
    return drawn;
  }).catch(error => console.error("phoihop chart", error));
  return () => { if (window.Plotly) window.Plotly.purge(gd); };
}
"""

_element = st.components.v2.component("phoihop_chart", js=JS, isolate_styles=False)
_served: set[int] = set()


def plotly_src() -> str:
    """Where the browser finds plotly.js, relative to the server's root; the file is served from this runtime on."""
    from streamlit.runtime import Runtime

    if Runtime.exists() and id(Runtime.instance()) not in _served:
        _served.add(id(Runtime.instance()))
        components_v1.declare_component(_FILES, path=str(PLOTLY_DIR))
    return f"component/{__name__}.{_FILES}/{PLOTLY_FILE}"


def revision(fig: go.Figure) -> str:
    """What tells one figure from another: the digest figures.for_browser wrote, else the figure's id."""
    rev = fig.layout.datarevision
    return str(rev) if rev is not None else str(id(fig))


def payload(fig: go.Figure, config: dict[str, Any]) -> bytes:
    """The element's data: the figure as plotly.js takes it, its config, its revision."""
    head = json.dumps({"config": config, "revision": revision(fig), "height": DEFAULT_HEIGHT, "src": plotly_src()})
    return (head[:-1] + ',"figure":' + pio.to_json(fig, validate=False) + "}").encode()


def chart(fig: go.Figure, key: str, config: dict[str, Any], selectable: bool) -> dict:
    """Draw `fig` under `key` (the same key: the same chart, updated in place); the selection on it, in
    st.plotly_chart's shape, or {} when none (or one made on another figure)."""
    element_key = "chart:" + key.replace("__", ":")  # Streamlit keeps "__" in a component's key for its own use
    if selectable:
        result = _element(key=element_key, data=payload(fig, config), on_selection_change=lambda: None)
    else:
        result = _element(key=element_key, data=payload(fig, config))
    selection = getattr(result, "selection", None) if selectable else None
    if not isinstance(selection, dict) or selection.get("revision") != revision(fig):
        return {}
    return {"selection": selection}
