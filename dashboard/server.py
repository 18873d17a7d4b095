"""The web server `phoihop dashboard` runs: Streamlit's own (`st.App` over app.py), with the page addresses
answered first (addresses.py says how and why). `streamlit run dashboard/server.py` finds `app` and serves it."""

import sys
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script by `streamlit run`

from dashboard.addresses import PageAddresses  # noqa: E402

app = st.App(Path(__file__).resolve().with_name("app.py"), middleware=[Middleware(PageAddresses)])
