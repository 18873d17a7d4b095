"""The floor for the browser benchmark: the least a Streamlit app with a sidebar filter, two pages and one plotly
chart costs in a browser. `phoihop bench` serves it beside the dashboard and times it the same way, so the
dashboard's figures can be read as a ratio to what Streamlit itself takes (`streamlit run` this file).

No warehouse, no query: twelve bars whose heights depend on the chosen province, drawn by plotly.
"""

import sys
import zlib

import plotly.graph_objects as go
import streamlit as st

# the provinces the benchmark picks, handed over on the command line (`streamlit run floor_app.py -- A B ...`)
PROVINCES = sys.argv[1:]
MONTHS = [f"2024-{m:02d}" for m in range(1, 13)]


def chart(title: str) -> None:
    province = st.session_state.get("f_province") or "*"
    seed = zlib.crc32(f"{title}{province}".encode())
    heights = [(seed >> (i % 24)) % 97 + 3 for i in range(len(MONTHS))]
    st.title(title)
    st.plotly_chart(go.Figure(go.Bar(x=MONTHS, y=heights)), theme=None, key="floor_chart")


def first() -> None:
    chart("Tổng quan")


def second() -> None:
    chart("Vùng và tỉnh")


st.set_page_config(page_title="floor", layout="wide")
with st.sidebar:
    st.selectbox("Tỉnh", ["*", *PROVINCES], key="f_province")
st.navigation(
    [st.Page(first, title="Tổng quan", url_path="overview", default=True), st.Page(second, url_path="regions")]
).run()
