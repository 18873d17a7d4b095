"""The ETL's faster ways of computing give what the slower ones gave (issues 11 and 13: how, never what).

Each test holds a faster computation to the plain one it replaced, written out here, on inputs that reach
every branch. Speed itself is measured by the benchmarks (benchmarks/run.py), never asserted here.
"""

from __future__ import annotations

import itertools
import random
from datetime import date
from typing import Any

import pytest

from etl import program_links
from etl.program_links import SIGNINGS, Program, resolve, score


def _parties_match_as_written(a: set[str], b: set[str]) -> float:
    """program_links._parties_match as it was first written: the rule the loops must keep."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    hits = sum(any(x == y or x in y or y in x for y in large) for x in small)
    if len(small) >= 2 and hits < len(small):
        return hits / len(small) / 2
    return hits / len(small)


def test_party_keys_match_as_the_rule_says_on_every_pairing() -> None:
    words = ["ubnd a", "ubnd", "so y te a", "so y te", "cong an b", "b", "", "hoi nong dan a", "a"]
    for n_a, n_b in itertools.product(range(4), repeat=2):
        for a in itertools.combinations(words, n_a):
            for b in itertools.islice(itertools.combinations(words, n_b), 40):
                assert program_links._parties_match(set(a), set(b)) == _parties_match_as_written(set(a), set(b))


def test_signed_follows_roles_added_after_it_was_asked() -> None:
    """`signed` remembers what it has read of the roles: a signing added later still counts, and once signed
    a program stays signed."""
    p = Program("prg-x", "Nghệ An")
    assert not p.signed
    p.roles.append("implement")
    assert not p.signed
    p.roles += ["review_yearly", "implement"]
    assert not p.signed
    p.roles.append("resign")
    assert p.signed
    p.roles.append("implement")
    assert p.signed
    for role in SIGNINGS:
        assert Program("prg-y", "", roles=["implement", role]).signed


def _mention(i: int, rng: random.Random) -> dict[str, Any]:
    number = rng.choice([None, None, "09", "9", "09/CTr-BCA-TTTW", "09/CTR-BCA-MTTW", "12/QC", "012/QC-A"])
    start = rng.choice([None, 2015, 2020, 2021])
    return {
        "event_id": f"e{i:05d}",
        "doc_id": f"d{i:05d}",
        "position": 0,
        "number": number,
        "signed_date": None,
        "title": rng.choice(
            [None, "tuyên truyền pháp luật", "tuyên truyền, phổ biến pháp luật", "xây dựng nông thôn mới"]
        ),
        "period_start": start,
        "period_end": start + rng.choice([0, 3, 5]) if start else None,
        "level": rng.choice(["province", "province", "central"]),
        "role": rng.choice(["sign", "sign", "resign", "implement", "review_yearly", "review_final"]),
        "parties": rng.choice(
            [
                ["Sở Tư pháp tỉnh Nghệ An", "Hội Nông dân tỉnh Nghệ An"],
                ["Sở Tư pháp tỉnh Nghệ An"],
                ["Công an tỉnh Nghệ An", "Hội Nông dân tỉnh Nghệ An"],
                [],
            ]
        ),
        "renews_start": None,
        "renews_end": None,
        "written": "",
        "event_day": date(2015 + i % 10, 1 + i % 12, 1),
        "province": rng.choice(["Nghệ An", "Nghệ An", "Hà Tĩnh"]),
    }


def test_resolving_mentions_scores_each_candidate_as_score_does(monkeypatch) -> None:
    """resolve works out a mention's party keys once for all its candidates: each candidate's score is the
    public `score` of the mention and the program, whatever the program holds by then."""
    rng = random.Random(11)
    mentions = [_mention(i, rng) for i in range(400)]
    seen: list[tuple[float, float]] = []
    fast = program_links._score

    def checked(m: dict[str, Any], keys: set[str], p: Program) -> float:
        s = fast(m, keys, p)
        with monkeypatch.context() as inner:  # `score` as a caller outside resolve gets it
            inner.setattr(program_links, "_score", fast)
            seen.append((s, score(m, p)))
        return s

    monkeypatch.setattr(program_links, "_score", checked)
    programs, links = resolve(mentions)
    assert len(seen) > 200 and {s for s, _ in seen} - {0.0}  # candidates were scored, some matched
    assert all(s == expected for s, expected in seen)
    assert len(links) == len({m["event_id"] for m in mentions}) and len(programs) < len(mentions)


class _IndexAsWritten(program_links._Index):
    """program_links._Index as it was first written: a program filed again under every mark at each mention, and
    a signing given every program of its marks, the signed ones passed over by resolve."""

    def add(self, p: Program) -> None:
        for mark in self._marks(p.scope, p.keys, p.number, (p.period_start, p.period_end), p.title):
            self.buckets.setdefault(mark, {})[p.program_id] = p

    def candidates(self, scope, keys, number, period, title=None, unsigned=False) -> list[Program]:  # noqa: ANN001
        found: dict[str, Program] = {}
        for mark in self._marks(scope, keys, number, period, title):
            found.update(self.buckets.get(mark, {}))
        return [p for p in sorted(found.values(), key=lambda p: p.program_id) if not (unsigned and p.signed)]


@pytest.mark.parametrize("seed", [3, 17, 29])
def test_the_index_gives_a_signing_the_unsigned_programs_the_plain_index_gives(monkeypatch, seed: int) -> None:
    """The index keeps a signing's candidates apart (only unsigned programs) and files a program's new keys only:
    resolve makes the same programs and links as with the plain index, on mentions that sign, re-sign, review and
    carry out the same programs in two provinces and at the centre."""
    rng = random.Random(seed)
    mentions = [_mention(i, rng) for i in range(600)]
    for m in mentions[::7]:  # re-signings that say which period they follow
        m["role"], m["renews_start"], m["renews_end"] = "resign", 2015, 2019
    programs, links = resolve([dict(m) for m in mentions])
    monkeypatch.setattr(program_links, "_Index", _IndexAsWritten)
    plain_programs, plain_links = resolve([dict(m) for m in mentions])
    assert program_links.program_rows(programs) == program_links.program_rows(plain_programs)
    assert links == plain_links
    assert sum(p.signed for p in programs) > 50 and any(p.renews for p in programs)


def _score_as_written(m: dict[str, Any], p: Program) -> float:
    """program_links._score as it was first written, the title and the parties compared for every candidate."""
    from etl.program_links import _parties_match, _periods_agree, _title_match, _variants, short, symbol

    keys = program_links._keys(m["parties"])
    ms, ps = symbol(m["number"]), symbol(p.number)
    if ms and ps and ms != ps:
        return 0.9 if _variants(ms, ps) and (_title_match(m["title"], p.title) or 0.6) >= 0.6 else 0.0
    if ms and ps:
        return 1.0
    sm, sp = short(m["number"]), short(p.number)
    if sm and sp and sm != sp:
        return 0.0
    periods, title, parties = _periods_agree(m, p), _title_match(m["title"], p.title), _parties_match(keys, p.keys)
    if sm and sm == sp:
        return 0.0 if periods is False or (title is not None and title < 0.5 and parties < 0.5) else 0.9
    if periods is False:
        return 0.0
    if parties >= 0.5 and periods and (title is None or title >= 0.5):
        return 0.85
    if parties >= 0.5 and title is not None and title >= 0.85:
        return 0.8 if periods else 0.75
    if periods and title is not None and title >= 0.9:
        return 0.7
    return 0.0


def test_a_mention_scores_against_a_program_as_the_rule_first_written_says() -> None:
    """The score compares titles and parties only when its answer depends on them: the same answer on every
    pairing of mentions and programs, numbered or not, with periods and titles that agree, differ or are unknown."""
    rng = random.Random(5)
    mentions = [_mention(i, rng) for i in range(120)]
    words = [
        "tuyên",
        "truyền",
        "phổ",
        "biến",
        "giáo",
        "dục",
        "pháp",
        "luật",
        "cho",
        "nhân",
        "dân",
        "vùng",
        "biên",
        "giới",
    ]
    for m in mentions:  # titles near one another by degrees: the title's thresholds are each crossed
        m["title"] = rng.choice([None, " ".join(rng.sample(words, rng.randint(3, len(words))))])
    programs = []
    for i, m in enumerate(mentions[:40]):
        title = rng.choice([None, " ".join(rng.sample(words, rng.randint(3, len(words))))])
        p = Program(f"prg-{i}", "Nghệ An", number=m["number"], title=title)
        p.period_start, p.period_end = m["period_start"], m["period_end"]
        p.keys = program_links._keys(rng.choice([m["parties"], [], ["Sở Tư pháp tỉnh Nghệ An"]]))
        programs.append(p)
    scores = [(score(m, p), _score_as_written(m, p)) for m in mentions for p in programs]
    assert {s for s, _ in scores} >= {0.0, 0.7, 0.75, 0.85, 0.9, 1.0}  # every answer a rule can give
    assert all(s == expected for s, expected in scores)


def test_a_load_keeps_its_documents_out_of_collections_and_gives_them_back(tmp_path, monkeypatch) -> None:
    """After each batch the documents kept so far are frozen (left out of the collections to come, which walked
    them all again and again); when the load ends, even by failing, nothing is left frozen."""
    import gc
    import shutil

    from etl import pipeline
    from tests.test_etl_batches import ARTICLES

    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(ARTICLES.glob("*.txt"))[:3]:
        shutil.copy2(f, src / f.name)
    frozen: list[int] = []
    real_reach = pipeline.reach

    def reach(stage: str) -> None:
        if stage == "batch_written":
            frozen.append(gc.get_freeze_count())
        real_reach(stage)

    monkeypatch.setattr(pipeline, "reach", reach)
    others = gc.get_freeze_count()  # what another test in this process froze (the dashboard, after its first page)
    gc.unfreeze()
    try:
        pipeline.run_etl([src], tmp_path / "w.duckdb", progress=False, parallel=False)
        assert frozen and all(n > 0 for n in frozen)
        assert gc.get_freeze_count() == 0

        def failing(stage: str) -> None:
            reach(stage)
            if stage == "batch_written":
                raise OSError("disk gone")

        monkeypatch.setattr(pipeline, "reach", failing)
        with pytest.raises((OSError, pipeline.StorageError)):
            pipeline.run_etl([src], tmp_path / "w2.duckdb", progress=False, parallel=False)
        assert gc.get_freeze_count() == 0

        # something frozen before a load (the dashboard's shared objects): the load freezes nothing and leaves it.
        # Frozen objects that die meanwhile leave the count (another thread of this process may drop some), so
        # the count may fall; only a freeze raises it and only an unfreeze empties it.
        gc.freeze()
        before = gc.get_freeze_count()
        frozen.clear()
        monkeypatch.setattr(pipeline, "reach", reach)
        pipeline.run_etl([src], tmp_path / "w3.duckdb", progress=False, parallel=False)
        assert frozen and all(0 < n <= before for n in frozen) and 0 < gc.get_freeze_count() <= before
    finally:
        gc.unfreeze()
        if others:
            gc.freeze()
