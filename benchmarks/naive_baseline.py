"""The naive keyword baseline the real-article accuracy is compared with (issue 11).

What anyone would write in an hour: the title says "ký kết" or "giao ban/sơ kết/tổng kết" (an event of that
type), the first province the gazetteer finds, the first full date, the first "YYYY-YYYY" period, the first
"cụm ..." phrase, the first topic keyword; no parties, level "province". It reads the same cleaned text as
phoihop (so chrome handling is not what is compared) and returns the same contract record.
"""

from __future__ import annotations

import re
from typing import Any

from etl.cleaning import Article
from etl.dates import find_full_date
from etl.places import gazetteer
from etl.record import EventRecord
from etl.topics import keyword_topics

_SIGN = re.compile(r"\b(ký kết|ký)\b", re.I)
_MEET = re.compile(r"\b(giao ban|sơ kết|tổng kết)\b", re.I)
_PERIOD = re.compile(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")
_CLUSTER = re.compile(r"((?:cụm|khối)[^,.;:()\n]{1,30})", re.I)


def baseline_record(article: Article) -> dict[str, Any]:
    record = EventRecord().to_dict()
    title = article.title or (article.paragraphs[0] if article.paragraphs else "")
    kind = "agreement" if _SIGN.search(title) else "meeting" if _MEET.search(title) else None
    if kind is None:
        return record
    gaz = gazetteer()
    text = title + "\n" + article.text
    places = [m.name for m in gaz.provinces_in(text)]
    day = find_full_date(article.text) or article.published
    period = _PERIOD.search(text)
    cluster = _CLUSTER.search(text)
    record.update(
        is_event=True,
        event_type=kind,
        event_date=day.isoformat() if day else None,
        province=places[0] if places else None,
        provinces_involved=places[:1],
        level="province",
        topics=keyword_topics(text)[:1] or ["other"],
        period_start=int(period.group(1)) if period else None,
        period_end=int(period.group(2)) if period else None,
        cluster=cluster.group(1).strip() if cluster else None,
    )
    return record
