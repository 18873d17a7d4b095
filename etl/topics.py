"""Topics of an event, most relevant first, from the taxonomy in data/reference/topics.csv.

The organiser's own field comes first (a learning-promotion association's program is about learning
promotion); then what the title and lead say the program is about. Communication ("tuyên truyền") is
usually the means, so it follows any subject-matter topic. Names of bodies are masked before counting:
"Ban Tuyên giáo" says who signs, not what about.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from etl.parties import Party
from etl.reference import load_table

MEANS_TOPIC = "tuyen_truyen"


@cache
def _keywords() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = sorted(load_table("topic_keywords.csv"), key=lambda r: len(r["keyword"]), reverse=True)
    return tuple((re.compile(rf"(?<!\w){re.escape(r['keyword'])}(?!\w)", re.I), r["topic"]) for r in rows)


def keyword_topics(text: str) -> list[str]:
    """Topics whose keywords the text names, in order of first appearance (longest keyword first)."""
    hits: dict[str, int] = {}
    taken = [False] * len(text)
    for pattern, topic in _keywords():
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
            hits[topic] = min(hits.get(topic, m.start()), m.start())
    return sorted(hits, key=hits.get)


def mask(text: str, parties: list[Party]) -> str:
    for p in sorted(parties, key=lambda p: len(p.head), reverse=True):
        text = re.sub(re.escape(p.head), " ", text, flags=re.I)
    return text


def find_topics(title: str, lead: str, body: str, parties: list[Party]) -> list[str]:
    ordered: list[str] = []
    # The organiser's field: the first party that has a field of its own.
    for p in parties[:2]:
        if p.topic and p.topic != MEANS_TOPIC:
            ordered.append(p.topic)
            break
    stated = keyword_topics(mask(title, parties)) + keyword_topics(mask(lead, parties))
    if not stated and not ordered:
        counts = Counter(keyword_topics(mask(body, parties)))
        stated = [t for t, _ in counts.most_common(1)]
    for topic in stated:
        if topic not in ordered:
            ordered.append(topic)
    if any(p.topic == MEANS_TOPIC for p in parties) and MEANS_TOPIC not in ordered:
        ordered.append(MEANS_TOPIC)
    subjects = [t for t in ordered if t != MEANS_TOPIC]
    ordered = subjects + [MEANS_TOPIC] if MEANS_TOPIC in ordered else subjects
    return ordered[:4] or ["other"]
