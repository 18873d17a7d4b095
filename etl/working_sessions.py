"""A working session between two bodies on their joint work: who meets whom.

"Phó Chủ tịch Ủy ban A Nguyễn B đã có buổi làm việc với Ủy ban C tỉnh D về chương trình phối hợp ...", "Đoàn công
tác của Ủy ban A làm việc với Ủy ban C tỉnh D về ...": the visiting leader's or delegation's body and the body it
works with are the two sides of the meeting (ruling 7: a body named only through its leader is that body). Read
only when nothing else names the meeting's bodies.
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.parties import Party, PlaceContext, as_written
from etl.places import Gazetteer
from etl.roles import LEADER, parties_with_roles
from etl.text import sentences

# "đã có buổi làm việc với", "làm việc với": the visitor before it, the body visited after it
_WORKS_WITH = re.compile(r"\s(?:đã\s+)?(?:có\s+)?(?:(?:buổi|cuộc)\s+)?làm việc\s+(?:với|tại)\s+", re.IGNORECASE)
# a delegation stands for the body it comes from ("Đoàn công tác (của) Ủy ban A", "Đoàn công tác do ... dẫn đầu")
_DELEGATION = re.compile(r"\b(?:đoàn công tác|đoàn giám sát|đoàn khảo sát)(?:\s+của)?\s+", re.IGNORECASE)
# where the body visited ends: what they work on, or when
_TOPIC = re.compile(r"\s(?:về|nhằm|để|trong|theo|ngày)\s|[,;.:(]", re.IGNORECASE)
# "Buổi làm việc giữa Ban Thường vụ Tỉnh ủy A và Thành ủy B ... nhằm đánh giá chương trình hợp tác": the two sides
_SESSION_BETWEEN = re.compile(r"\b(?:buổi|cuộc)\s+làm việc\s+giữa\s+", re.IGNORECASE)
# the joint work the session is about
_JOINT_WORK = re.compile(r"\b(?:phối hợp|hợp tác|liên kết)\b", re.IGNORECASE)


# Each side is read by the party parser as a signatory: written behind a stock subject and verb ("A ký kết với ..."),
# as roles.py reads the bodies of leaders who sign; the words of a working session name no role of their own.


def working_session_in(paragraphs: list[str], ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """The visitor's body and the body visited, from the first sentence that tells a working session between two
    bodies on their joint work; none when a side is not a named body."""
    for paragraph in paragraphs:
        for s in sentences(paragraph):
            between = _SESSION_BETWEEN.search(s)
            if between and _JOINT_WORK.search(s, between.end()):
                stop = _TOPIC.search(s, between.end())
                tail = s[between.end() : stop.start() if stop else len(s)]
                sides = [p for p, _ in parties_with_roles(f"A ký kết với {tail}.", ctx, gaz) if p.head]
                if len(sides) == 2:
                    return [replace(p, name=as_written(p.name, s)) for p in _organ_shared(sides)]
            works = _WORKS_WITH.search(s)
            if not works or not _JOINT_WORK.search(s, works.end()):
                continue  # a visit with no joint work to review is no coordination event
            head = s[: works.start()]
            if not (LEADER.search(head) or _DELEGATION.search(head)):
                continue
            masked = _DELEGATION.sub(lambda m: " " * len(m.group(0)), LEADER.sub(lambda m: " " * len(m.group(0)), head))
            found = [p for p, role in parties_with_roles(masked.rstrip(" ,.") + " ký kết.", ctx, gaz) if p.head]
            stop = _TOPIC.search(s, works.end())
            tail = s[works.end() : stop.start() if stop else len(s)]
            visited = [p for p, _ in parties_with_roles(f"A ký kết với {tail}.", ctx, gaz) if p.head]
            if found and len(visited) == 1 and found[-1].name != visited[0].name:
                return [replace(p, name=as_written(p.name, s)) for p in (found[-1], visited[0])]
    return []


def _organ_shared(sides: list[Party]) -> list[Party]:
    """ "giữa Ban Thường vụ Tỉnh ủy A và Thành ủy B": the leadership organ written once before two party committees
    is both committees' (the organs of the two meet), so the bare second takes it."""
    first, second = sides
    organ = first.base[: -len(first.head)].strip() if first.head and first.base.endswith(first.head) else ""
    if not organ or first.type != "party" or second.type != "party" or second.base != second.head:
        return sides
    return [first, replace(second, name=f"{organ} {second.name}", base=f"{organ} {second.base}")]
