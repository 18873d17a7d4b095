"""An event article as the steps after detection read it (etl/extract.py makes it; etl/host_place.py,
etl/event_parties.py and etl/involvement.py read it)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.cleaning import Article
from etl.parties import PlaceContext
from etl.places import Gazetteer


@dataclass(frozen=True)
class EventReading:
    """An event article as the steps after detection read it: the texts as written and with their abbreviations
    written out, the event's type and day, and the place the article is about."""

    article: Article
    title: str  # abbreviations written out, as in lead and body; raw_lead as the page writes it
    raw_lead: str
    lead: str
    body: str
    event_sentences: list[str]  # the title's and the lead's sentences as written
    event_type: str
    event_date: str | None
    province: str | None  # the province the article is about, and its district, and how it was found
    district: str | None
    how: str | None
    ctx: PlaceContext
    gaz: Gazetteer
