"""Program mentions resolved into programs: which events sign, review, carry out or re-sign the same program.

One symbol ("09/CTr-BCA-TTTW") is one program. Without one, a mention joins the program it matches best in
the same scope (any province for a central program, else the event's province): the same short number, or
the same parties with the same period, or a title that is nearly the same (rapidfuzz), with a confidence for
each way. A signing starts a new program unless it is the first signing of one already known from a mention
with its symbol. A re-signing starts a new program and links it to the one it follows: the latest program of
the same parties in the same scope whose period ended by the new one's start. Fuzzy and order-dependent, so
it is Python (etl/pipeline.py runs it on a thread while DuckDB builds the events table); the status is SQL
(queries/warehouse/macros.sql, program_status).
"""

from __future__ import annotations

import hashlib
import itertools
import operator
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import duckdb
from rapidfuzz import fuzz

from etl import warehouse
from etl.parties import body_key
from etl.text import fold

SIGNINGS = ("sign", "resign")
REVIEWS = ("review_midterm", "review_final", "review_yearly")
_SIGNING_ROLES = frozenset(SIGNINGS)
MATCH = 0.7  # the least confidence at which a mention joins a program rather than starting its own


@dataclass
class Program:
    program_id: str
    scope: str  # "central", or the province of a local program
    number: str | None = None
    title: str | None = None
    parties: list[str] = field(default_factory=list)
    period_start: int | None = None
    period_end: int | None = None
    level: str | None = None
    signed_date: date | None = None
    first_seen: date | None = None
    renews: str | None = None
    renewed_by: str | None = None
    scores: list[float] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # the parties' body keys
    mentions: list[dict[str, Any]] = field(default_factory=list)
    # what `signed` has read of `roles` (which only grow): asked of every candidate of every signing, it read a
    # central program's thousands of roles each time at 100,000 events
    _roles_read: int = field(default=0, repr=False, compare=False)
    _signed: bool = field(default=False, repr=False, compare=False)

    @property
    def signed(self) -> bool:
        """Whether a mention signs or re-signs it (any role in SIGNINGS)."""
        if not self._signed and self._roles_read < len(self.roles):
            self._signed = not _SIGNING_ROLES.isdisjoint(itertools.islice(self.roles, self._roles_read, None))
            self._roles_read = len(self.roles)
        return self._signed


@cache  # asked of every candidate program of every mention: the same numbers come back
def symbol(number: str | None) -> str | None:
    """The comparable form of a full symbol ("09/Ctr-BCA-TTTW" = "09/CTr-BCA-TTTW"); None for a bare number."""
    if not number or "/" not in number:
        return None
    head, _, rest = fold(number).upper().replace(" ", "").partition("/")
    return f"{head.lstrip('0') or '0'}/{rest}"


def _variants(a: str, b: str) -> bool:
    """Two writings of one symbol: the same number and kind of document, and the same first issuer or one
    symbol cut short ("09/CTR-BCA-TTTW", "09/CTR-BCA-MTTW", "09/CTR")."""
    pa, pb = re.split(r"[/-]", a), re.split(r"[/-]", b)
    if pa[:2] != pb[:2]:
        return False
    return len(pa) == 2 or len(pb) == 2 or pa[2] == pb[2]


@cache
def short(number: str | None) -> str | None:
    if not number:
        return None
    digits = re.match(r"\d+", number)
    return (digits.group(0).lstrip("0") or "0") if digits else None


_folded = cache(fold)  # the same titles come back in many mentions


@cache
def _key(party: str) -> str:
    return body_key(party)


def _keys(parties: list[str] | tuple[str, ...]) -> set[str]:
    return {_key(p) for p in parties if p}


def _parties_match(a: set[str], b: set[str]) -> float:
    """How far two party lists name the same bodies: each key of the shorter list found in (or holding) one of
    the other."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    # sum(any(x == y or x in y or y in x for y in large) for x in small), as loops (asked of every candidate): a
    # key found as it is needs no look at every other (x == y is x in y), one set look-up, then the substrings
    hits = 0
    for x in small:
        if x in large:
            hits += 1
            continue
        for y in large:
            if x in y or y in x:
                hits += 1
                break
    if len(small) >= 2 and hits < len(small):
        return hits / len(small) / 2  # A with B against A with C: another pairing of a shared party
    return hits / len(small)


def _title_match(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    return fuzz.token_set_ratio(_folded(a), _folded(b)) / 100


def _periods_agree(m: dict[str, Any], p: Program) -> bool | None:
    """True: the same period; False: two different ones; None: one is not known."""
    if m["period_start"] is None or p.period_start is None:
        return None
    return (m["period_start"], m["period_end"]) == (p.period_start, p.period_end)


def score(m: dict[str, Any], p: Program) -> float:
    """How sure it is that a mention names a program (0: it does not)."""
    return _score(m, _keys(m["parties"]), p)


def _score(m: dict[str, Any], keys: set[str], p: Program) -> float:
    """`score`, with the mention's party keys worked out once for all the programs it is scored against."""
    ms, ps = symbol(m["number"]), symbol(p.number)
    if ms and ps and ms != ps:
        return 0.9 if _variants(ms, ps) and (_title_match(m["title"], p.title) or 0.6) >= 0.6 else 0.0
    if ms and ps:
        return 1.0
    sm, sp = short(m["number"]), short(p.number)
    if sm and sp and sm != sp:
        return 0.0
    periods = _periods_agree(m, p)
    if periods is False:  # two different periods: no match, whatever the title and parties say
        return 0.0
    # the title and the parties are compared only when the answer depends on them (asked of every candidate of
    # every mention: most are settled before)
    title = _title_match(m["title"], p.title)
    if sm and sm == sp:
        if title is not None and title < 0.5 and _parties_match(keys, p.keys) < 0.5:
            return 0.0
        return 0.9
    if not periods and (title is None or title < 0.85):
        return 0.0  # neither the period nor a near-same title: the parties alone never match
    parties = _parties_match(keys, p.keys)
    if parties >= 0.5 and periods and (title is None or title >= 0.5):
        return 0.85
    if parties >= 0.5 and title is not None and title >= 0.85:
        return 0.8 if periods else 0.75
    if periods and title is not None and title >= 0.9:
        return 0.7
    return 0.0


def _program_id(m: dict[str, Any], scope: str) -> str:
    seed = f"symbol:{scope}:{symbol(m['number'])}" if symbol(m["number"]) else f"event:{m['event_id']}:{m['position']}"
    return "prg-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12]


def _scope(m: dict[str, Any]) -> str:
    return "central" if m["level"] == "central" else (m.get("province") or "")


def _new(m: dict[str, Any], scope: str) -> Program:
    return Program(_program_id(m, scope), scope)


def _absorb(p: Program, m: dict[str, Any], confidence: float, keys: set[str] | None = None) -> None:
    """A program takes what a mention says of it: a full symbol over a bare number, the longer title, the
    signing's own parties and period (`keys`: the mention's party keys, when worked out already)."""
    signing = m["role"] in SIGNINGS
    if m["number"] and (not p.number or (symbol(m["number"]) and not symbol(p.number))):
        p.number = m["number"]
    if m["title"] and (not p.title or len(m["title"]) > len(p.title)):
        p.title = m["title"]
    if m["parties"] and (not p.parties or signing or (len(m["parties"]) > len(p.parties) and not p.signed)):
        p.parties = list(m["parties"])
    p.keys |= _keys(m["parties"]) if keys is None else keys
    if m["period_start"] is not None and (p.period_start is None or signing):
        p.period_start, p.period_end = m["period_start"], m["period_end"]
    if m["level"] and (p.level is None or m["level"] == "central"):
        p.level = m["level"]
    day = m["signed_date"] or (m["event_day"] if signing else None)
    if day and (p.signed_date is None or signing):
        p.signed_date = day
    if m["event_day"] and (p.first_seen is None or m["event_day"] < p.first_seen):
        p.first_seen = m["event_day"]
    p.scores.append(confidence)
    p.roles.append(m["role"])
    p.mentions.append(m)


def _order(m: dict[str, Any]) -> tuple:
    """Events in date order; on one day, the mention that says most first."""
    said = sum(m[k] is not None for k in ("number", "title", "period_start", "signed_date"))
    return (m["event_day"] or date.max, -said, m["event_id"], m["position"])


def _one_per_event(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An event reported by two sites names its program twice: the naming that says most stands for both."""
    best: dict[str, dict[str, Any]] = {}
    for m in mentions:
        kept = best.get(m["event_id"])
        if kept is None or _order(m)[1] < _order(kept)[1]:
            best[m["event_id"]] = m
    return list(best.values())


class _Index:
    """Programs by what a mention can match them on (a party's key, a short number, a period), per scope: a
    mention is scored only against programs sharing one of these, so a million events resolve in one pass."""

    def __init__(self) -> None:
        self.buckets: dict[tuple[str, str], dict[str, Program]] = {}
        # The same buckets holding only what is unsigned there: a signing is scored against no signed program, and
        # at 100,000 events most of a party's programs in a province are signed (each signing starts one). A
        # program leaves them when a signing makes it signed (roles only grow): `add` follows every `_absorb`.
        self.unsigned: dict[tuple[str, str], dict[str, Program]] = {}
        self._filed: dict[int, set[tuple[str, str]]] = {}  # id(program): the marks it is in `unsigned` under
        # id(program): its party keys already filed. Its keys only grow, and a central program gathers thousands:
        # filed again in full at each of its mentions, they made the index's time grow with the square of its size
        self._keys_filed: dict[int, set[str]] = {}

    @staticmethod
    def _marks(scope: str, keys: set[str], number: str | None, period: tuple, title: str | None) -> list:
        marks = [(scope, "k:" + k) for k in keys]
        if short(number):
            marks.append((scope, f"n:{short(number)}"))
        if period[0] is not None and title:  # the same period and title: the words' start must agree
            marks.append((scope, f"p:{period[0]}-{period[1]}:{' '.join(_folded(title).split()[:2])}"))
        return marks

    def add(self, p: Program) -> None:
        """File a program under its marks (again after a mention changed it: the keys it had are filed already)."""
        filed_keys = self._keys_filed.get(id(p))
        keys = p.keys if filed_keys is None else p.keys - filed_keys
        self._keys_filed[id(p)] = set(p.keys)
        marks = self._marks(p.scope, keys, p.number, (p.period_start, p.period_end), p.title)
        for mark in marks:
            self.buckets.setdefault(mark, {})[p.program_id] = p
        signed = p.signed
        for mark in self._filed.pop(id(p), ()) if signed else ():  # signed now: out of every bucket it was in
            if self.unsigned[mark].get(p.program_id) is p:
                del self.unsigned[mark][p.program_id]
        for mark in marks:  # `unsigned` holds what `buckets` holds under each mark, when that is unsigned
            if signed:
                self.unsigned.get(mark, {}).pop(p.program_id, None)
            else:
                self.unsigned.setdefault(mark, {})[p.program_id] = p
                self._filed.setdefault(id(p), set()).add(mark)

    def candidates(
        self,
        scope: str,
        keys: set[str],
        number: str | None,
        period: tuple,
        title: str | None = None,
        unsigned: bool = False,
    ) -> list[Program]:
        """The programs filed under the marks of what is given, in program_id order; `unsigned`: those not signed."""
        buckets = self.unsigned if unsigned else self.buckets
        found: dict[str, Program] = {}
        for mark in self._marks(scope, keys, number, period, title):
            found.update(buckets.get(mark, {}))
        return sorted(found.values(), key=_PROGRAM_ID)


_PROGRAM_ID = operator.attrgetter("program_id")


def resolve(mentions: list[dict[str, Any]]) -> tuple[list[Program], list[dict[str, Any]]]:
    """(programs, links): every mention joined to a program, in date order. A mention is a dict of
    program_mentions' columns plus the event's `event_day` and host `province`."""
    programs: list[Program] = []
    by_symbol: dict[tuple[str, str], Program] = {}
    index = _Index()
    links: dict[tuple[str, str], dict[str, Any]] = {}
    for m in sorted(_one_per_event(mentions), key=_order):
        scope = _scope(m)
        best, confidence = None, 0.0
        sym = symbol(m["number"])
        period = (m["period_start"], m["period_end"])
        keys = _keys(m["parties"])  # once for the scoring, the program that takes it and the one it renews
        if sym and (scope, sym) in by_symbol:
            best, confidence = by_symbol[(scope, sym)], 1.0
        elif m["role"] != "resign":
            signing = m["role"] == "sign"
            # a second signing is a new program (or the same event, already linked): a signing meets only the
            # unsigned programs
            for p in index.candidates(scope, keys, m["number"], period, m["title"], unsigned=signing):
                s = _score(m, keys, p)
                if s > confidence:
                    best, confidence = p, s
            if confidence < MATCH:
                best = _central_by_number(m, index.candidates("central", set(), m["number"], (None, None)))
                confidence = 0.75 if best else 0.0
        if best is None:
            best, confidence = _new(m, scope), 1.0 if sym else 0.8 if m["role"] in SIGNINGS else 0.6
            programs.append(best)
        _absorb(best, m, confidence, keys)
        index.add(best)
        if sym:
            by_symbol.setdefault((scope, sym), best)
        key = (best.program_id, m["event_id"])
        if key not in links:
            links[key] = {"program_id": best.program_id, "event_id": m["event_id"], "role": m["role"]}
            links[key]["confidence"] = confidence
        if m["role"] == "resign" and not best.renews:
            older = index.candidates(scope, keys, None, (m["renews_start"], m["renews_end"]))
            made = _link_renewal(best, m, older)
            if made:
                programs.append(made)
                index.add(made)
    return programs, list(links.values())


def _central_by_number(m: dict[str, Any], central: list[Program]) -> Program | None:
    """A province naming "Chương trình phối hợp số 09" with nothing else of its own: the one central program of
    that number, when only one is known."""
    number = short(m["number"])
    if not number or m["role"] in SIGNINGS or symbol(m["number"]):
        return None
    same = [p for p in central if short(p.number) == number]
    if len(same) != 1:
        return None
    title = _title_match(m["title"], same[0].title)
    if title is not None and title < 0.6:
        return None  # a province's own program of the same number, about something else
    return same[0]


def _link_renewal(new: Program, m: dict[str, Any], scope_programs: list[Program]) -> Program | None:
    """The program a re-signing follows: the latest one of the same parties (or nearly the same title) in the
    same scope that started before the new one and is not renewed yet; else one made from the period the
    article says it follows."""
    keys = _keys(m["parties"])
    start = new.period_start
    best, best_end, made = None, -1, None
    for p in scope_programs:
        if p is new or p.renewed_by:
            continue
        if start is not None and p.period_start is not None and p.period_start >= start:
            continue
        if m["renews_start"] is not None and p.period_start is not None and p.period_start != m["renews_start"]:
            continue
        title = _title_match(m["title"], p.title)
        if _parties_match(keys, p.keys) < 0.5 and not (title and title >= 0.85):
            continue
        end = p.period_end if p.period_end is not None else -1
        if end > best_end or best is None:
            best, best_end = p, end
    if best is None and m["renews_start"] is not None:
        best = Program(
            "prg-" + hashlib.sha256(f"renewed:{m['event_id']}:{m['position']}".encode()).hexdigest()[:12],
            new.scope,
            title=m["title"],
            parties=list(m["parties"]),
            period_start=m["renews_start"],
            period_end=m["renews_end"],
            level=m["level"],
            first_seen=m["event_day"],
            scores=[0.6],
            keys=keys,
        )
        made = best
    if best is not None:
        new.renews, best.renewed_by = best.program_id, new.program_id
    return made


def _known_from(p: Program) -> str:
    if p.signed:
        return "signing"
    if any(r in REVIEWS for r in p.roles) or not p.roles:
        return "review"
    return "implementation"


def program_rows(programs: list[Program]) -> list[dict[str, Any]]:
    return [
        {
            "program_id": p.program_id,
            "number": p.number,
            "title": p.title,
            "parties": p.parties,
            "period_start": p.period_start,
            "period_end": p.period_end,
            "level": p.level,
            "signed_date": p.signed_date,
            "first_seen": p.first_seen,
            "known_from": _known_from(p),
            "renews": p.renews,
            "renewed_by": p.renewed_by,
            "confidence": round(min(p.scores), 3) if p.scores else None,
            "province": None if p.scope == "central" else p.scope or None,
        }
        for p in programs
    ]


# The event models the mentions are read from (with those they read): the resolution may start once these are
# built, while the rest (events above all) are.
READS = ("program_mentions", "event_documents", "event_place_names")


def read_mentions(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every program mention with its event's day and host province (the old province where known), in date order:
    what `resolve` takes. Read from the models in READS, the same values as the events table's (`event_day`,
    `coalesce(province_legacy, province)`), so it needs no wait for the events table."""
    rows = con.execute(
        """
        select m.*, day_of(b.event_date) as event_day, coalesce(h.province_legacy, b.province) as province
        from program_mentions m
        join event_documents b on b.event_id = m.event_id and b.is_best
        left join event_place_names h on h.event_id = m.event_id and h.role = 'host'
        order by event_day, m.event_id, m.doc_id, m.position
        """
    ).fetchall()
    columns = [c[0] for c in con.description]
    return [dict(zip(columns, r, strict=True)) for r in rows]


def link_programs(
    con: duckdb.DuckDBPyConnection, resolved: tuple[list[Program], list[dict[str, Any]]] | None = None
) -> int:
    """Fill programs and program_events from the mentions resolved (by default now: `resolve(read_mentions(con))`);
    the number of programs."""
    programs, links = resolved if resolved is not None else resolve(read_mentions(con))
    warehouse.replace_table(con, "programs", program_rows(programs))
    warehouse.replace_table(con, "program_events", links)
    return len(programs)
