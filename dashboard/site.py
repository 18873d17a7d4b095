"""The dashboard's pages and their addresses in one place: the navigation (app.py) draws them, the web server
(server.py) knows which addresses are pages. No Streamlit here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAVICON = HERE / "assets" / "favicon.svg"  # drawn for us; a Material icon as favicon is fetched from Google


@dataclass(frozen=True)
class Page:
    file: str  # in app_pages/
    url_path: str
    title_key: str
    icon: str  # Material Symbols in the page: Streamlit ships that font, so they load from our own server


PAGES = (
    Page("overview.py", "overview", "page_overview", ":material/dashboard:"),
    Page("regions.py", "regions", "page_regions", ":material/map:"),
    Page("clusters.py", "clusters", "page_clusters", ":material/hub:"),
    Page("topics.py", "topics", "page_topics", ":material/sell:"),
    Page("timeline.py", "timeline", "page_timeline", ":material/timeline:"),
    Page("events.py", "events", "page_events", ":material/table_view:"),
    Page("programs.py", "programs", "page_programs", ":material/assignment:"),
    Page("quality.py", "quality", "page_quality", ":material/fact_check:"),
    Page("report.py", "report", "page_report", ":material/slideshow:"),
)
DEFAULT = PAGES[0]  # served at "/"; its own name (/overview) is sent there
MISSING = "missing"  # URL parameter naming a typed address that is no page (the server sends it to "/")
