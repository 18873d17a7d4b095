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
from etl.text import alternation

MEANS_TOPIC = "tuyen_truyen"


@cache
def _keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every keyword, longest first, so the longest keyword at a place wins."""
    topic_of = {r["keyword"].lower(): r["topic"] for r in load_table("topic_keywords.csv")}
    alts = sorted(topic_of, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + alternation(alts, ignore_case=True) + r")(?!\w)", re.I), topic_of


def keyword_topics(text: str) -> list[str]:
    """Topics whose keywords the text names, in order of first appearance."""
    pattern, topic_of = _keywords()
    found: list[str] = []
    for m in pattern.finditer(text):
        topic = topic_of[m.group(1).lower()]
        if topic not in found:
            found.append(topic)
    return found


def mask(text: str, parties: list[Party]) -> str:
    for p in sorted(parties, key=lambda p: len(p.head), reverse=True):
        if not p.head:
            continue  # a place as a party ("tỉnh Bắc Kạn") has no body's words to mask
        text = re.sub(re.escape(p.head), " ", text, flags=re.I)
    return text


def _without_names(text: str, parties: list[Party]) -> str:
    """The text with every party's name, as the extractor wrote it, blanked."""
    for p in sorted(parties, key=lambda p: len(p.name), reverse=True):
        text = text.replace(p.name, " ")
    return mask(text, parties)


def find_topics(title: str, lead: str, body: str, parties: list[Party]) -> list[str]:
    ordered: list[str] = []
    stated = keyword_topics(mask(title, parties)) + keyword_topics(mask(lead, parties))
    # The organiser's field: the first party that has a field of its own; of a body of several fields ("Sở
    # Văn hóa, Thể thao và Du lịch"), the one the title or lead states ("liên kết phát triển du lịch").
    for p in parties[:2]:
        if p.topic and p.topic != MEANS_TOPIC:
            fields = keyword_topics(p.name.split(" (")[0])  # its own name, not the members listed after it
            # what the title says outside the bodies' names ("Đoàn Thanh niên Bộ Tư pháp" is about youth)
            said = keyword_topics(_without_names(title, parties))
            own = [t for t in said if t in fields and t != MEANS_TOPIC]
            ordered.append(own[0] if own else p.topic)
            break
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
