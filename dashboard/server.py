"""The web server `phoihop dashboard` runs: Streamlit's own (`st.App` over app.py), with uploads and the
sign-in cookie answered first (access.py) and then the page addresses (addresses.py says how and why). `streamlit run dashboard/server.py` finds `app` and serves it."""

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware
from streamlit import config

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script by `streamlit run`

from dashboard.access import Guard  # noqa: E402
from dashboard.addresses import PageAddresses  # noqa: E402
from dashboard.warm import warm  # noqa: E402

# No other site frames the dashboard to steer it. Streamlit's default lets sixteen of its cloud's origins send a
# framed app commands (rerun, stop, clear the cache); and a page that is not framed posts each of its messages to
# its host (itself), where each is tested against every allowed origin, a URL pattern compiled per origin and
# message: 5-40 ms of the browser's time at every filter change and page switch. With none allowed the browser
# listens for no such message and the server answers /_stcore/host-config with an empty list.
config.set_option("client.allowedOrigins", [], where_defined="dashboard/server.py")


@asynccontextmanager
async def _warm_first(_app: st.App) -> AsyncIterator[None]:
    """The server listens only once the shared caches hold the default view (warm.py): not on the first visitor."""
    await asyncio.to_thread(warm)
    yield


# Guard first: an upload from a session not signed in as an analyst is refused before anything reads it.
app = st.App(
    Path(__file__).resolve().with_name("app.py"),
    middleware=[Middleware(Guard), Middleware(PageAddresses)],
    lifespan=_warm_first,
)
