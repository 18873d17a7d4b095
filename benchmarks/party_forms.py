"""Which form of a party's name the labels choose, and which our extractor writes (issue 11, a study).

A real article names one body several ways: in full in the lead and short further down ("Ủy ban nhân dân tỉnh
A" / "UBND tỉnh A"), with and without its place ("Công an tỉnh" / "Công an tỉnh A"), with and without its
leadership organ ("Ban Thường vụ Hội X" / "Hội X"). The scorer matches parties by token similarity at 0.8, so
another form of the right body counts as a miss and a false positive. This script reads the labels of the
development splits (never the holdouts) and a dump of our predictions, and prints:

1. the causes of party misses: each gold party missed at 0.8 paired with an unmatched prediction of the same body
   (or of a loosely similar name), classed by what differs (abbreviation, place, leadership organ, the body's
   other name, a unit inside the body), else a wrong, missing or extra body;
2. for each gold party whose body the text writes both short and in full, or with and without its organ, which
   form the label took, against simple rules (the first mention, the lead's, the event sentence's, "spelt out
   wherever the text spells it out"), and against our prediction.

usage: python -m benchmarks.party_forms DUMP.json --texts DIR [--against DUMP2.json] [--sources CSV]
       [--splits dev,test,fresh] [-v]
(DUMP.json: `python -m benchmarks.real_accuracy --texts DIR --dump DUMP.json`: our contract lines, id -> record; with --against, a second dump made by a
changed extractor: for each party written otherwise, whether the label takes the first dump's writing or the
second's)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from etl.cleaning import clean_article
from etl.evaluate import norm_text, similarity
from etl.extract import lead_of
from etl.parties import _aliases, _organ_keys, body_key, org_key
from etl.reference import load_table
from etl.text import fold, sentences

DEVELOPMENT = ("dev", "test", "fresh")  # the only splits this study may read
SOURCES = Path(__file__).resolve().parents[1] / "tests/fixtures/real/sources.csv"
_PLACE_WORDS = r"(?:tỉnh|thành phố|TP\.?\s?|huyện|quận|thị xã|xã|phường|thị trấn)"
_EVENT_CUE = re.compile(r"ký kết|\bký\b|tổ chức|hội nghị|giao ban|sơ kết|tổng kết|phối hợp", re.I)


def _sim(a: str, b: str) -> float:
    return similarity(a, b)  # the scorer's (etl.evaluate keeps its definitions)


def _province_names() -> list[str]:
    names = {r["variant"] for r in load_table("province_variants.csv")} | {
        r["province"] for r in load_table("province_variants.csv")
    }
    return sorted(names, key=len, reverse=True)


_PLACES = re.compile(
    r"(?:\s*[-–(]\s*|\s+)(?:" + _PLACE_WORDS + r"\s*)?(?:" + "|".join(map(re.escape, _province_names())) + r")\)?(?!\w)"
    r"|\s+" + _PLACE_WORDS + r"(?:\s+[A-ZĐÀ-Ỹ][\w’']*){1,4}|\s+(?:tỉnh|thành phố)$"
)


def _unplaced(name: str) -> str:
    return _PLACES.sub("", name).strip()


def _unorganed(key: str) -> str:
    for organ in _organ_keys():
        if key.startswith(organ) and len(key) > len(organ):
            return key[len(organ) :]
    return key


def _same(a: str, b: str) -> bool:
    """One name once both are folded, abbreviations written out and punctuation aside."""
    return bool(a) and " ".join(re.sub(r"[^\w ]", " ", a).split()) == " ".join(re.sub(r"[^\w ]", " ", b).split())


def _initials(a: str, b: str) -> bool:
    """Whether the words two names do not share are one name's capitals and the other's words they initial ("Viện
    KSNDTC" / "Viện Kiểm sát nhân dân tối cao")."""
    wa, wb = a.split(), b.split()
    while wa and wb and fold(wa[0]) == fold(wb[0]):
        wa, wb = wa[1:], wb[1:]
    while wa and wb and fold(wa[-1]) == fold(wb[-1]):
        wa, wb = wa[:-1], wb[:-1]
    for short, long in ((wa, wb), (wb, wa)):
        if len(short) == 1 and re.fullmatch(r"[A-ZĐ.&]{2,}", short[0]) and long:
            letters = fold(short[0].replace(".", "").replace("&", ""))
            if "".join(fold(w)[0] for w in long if w not in ("và", "&")) == letters:
                return True
    return False


def cause(gold: str, pred: str) -> str:
    """What differs between a gold party and a prediction of the same body (or "wrong body")."""
    kg, kp = org_key(gold), org_key(pred)
    ug, up = org_key(_unplaced(gold)), org_key(_unplaced(pred))
    if _same(kg, kp) or _initials(gold, pred):
        return "abbreviation: gold short" if len(gold) < len(pred) else "abbreviation: gold spelt out"
    if _same(_unorganed(kg), _unorganed(kp)):
        return "organ: gold with it" if len(_unorganed(kg)) < len(kg) else "organ: gold without it"
    if _same(ug, up):
        return "place: gold with it" if len(_unplaced(gold)) < len(gold) else "place: gold without it"
    if _same(_unorganed(ug), _unorganed(up)):
        return "place and organ"
    if _same(body_key(gold), body_key(pred)) or _same(body_key(_unplaced(gold)), body_key(_unplaced(pred))):
        return "other name of the body (Tỉnh đoàn / Đoàn TNCS)"
    if ug and up and (ug in up or up in ug or kg in kp or kp in kg):
        return "unit vs body: gold the unit" if len(kg) > len(kp) else "unit vs body: gold the body"
    return "wrong body"


def _pair_score(g: str, p: str) -> tuple[float, float, float]:
    """How likely a prediction names the gold's body: the best of the names compared raw, as keys, without their
    places; then the keys, then the raw names, to break ties."""
    keys = ((g, p), (org_key(g), org_key(p)), (body_key(_unplaced(g)), body_key(_unplaced(p))))
    raw, key = _sim(g, p), _sim(org_key(g), org_key(p))
    return max(_sim(a, b) for a, b in keys if a and b), key, raw


def miss_causes(gold: list[str], pred: list[str], loose: float = 0.5) -> list[tuple[str, str | None, str | None]]:
    """(cause, gold, pred) for each party the scorer's 0.8 leaves unmatched."""
    used: set[int] = set()
    missed = []
    for g in gold:  # the scorer's greedy matching
        best, at = 0.0, None
        for i, p in enumerate(pred):
            if i not in used and (v := _sim(p, g)) > best:
                best, at = v, i
        if at is not None and best >= 0.8:
            used.add(at)
        else:
            missed.append(g)
    rest = [p for i, p in enumerate(pred) if i not in used]
    out: list[tuple[str, str | None, str | None]] = []
    for g in missed:
        scored = sorted(((_pair_score(g, p), p) for p in rest), reverse=True)
        if scored and scored[0][0][0] >= loose:
            p = scored[0][1]
            rest.remove(p)
            out.append((cause(g, p), g, p))
        else:
            out.append(("missing body", g, None))
    out += [("extra body", None, p) for p in rest]
    return out


# -- part 2: the forms a text writes, and the one the label took --------------------------------------------------


def _norm(s: str) -> str:
    s = s.casefold().replace("uỷ", "ủy").replace("oà", "òa").replace("hoá", "hóa")
    return re.sub(r"\s+", " ", re.sub(r"\s*[-–]\s*", "-", s))


def _first(form: str, text: str, not_after: str = "") -> int:
    """Where the text first writes the form (-1: nowhere); not where `not_after` stands right before it."""
    for m in re.finditer(r"(?<!\w)" + re.escape(_norm(form)) + r"(?!\w)", text):
        if not (not_after and text[: m.start()].rstrip().endswith(_norm(not_after))):
            return m.start()
    return -1


def _firsts(forms: tuple[str, str, str], text: str) -> tuple[int, int]:
    """Where the text first writes each of two forms (the second not right after `forms[2]`)."""
    return _first(forms[0], text), _first(forms[1], text, forms[2])


def _count(form: str, text: str, not_after: str = "") -> int:
    n, at = 0, 0
    while (i := _first(form, text[at:], not_after)) >= 0:
        n, at = n + 1, at + i + 1
    return n


def _abbreviation_pairs(name: str) -> list[tuple[str, str, str, bool]]:
    """(short, full, the word after, the name is short) for each abbreviation the name uses or could use: the
    word after it is searched with it ("UBND tỉnh" / "Ủy ban nhân dân tỉnh")."""
    out = []
    for alias, expansion in _aliases()[1].items():
        for piece, short in ((alias, True), (expansion, False)):
            m = re.search(r"(?<![\w&])" + re.escape(piece) + r"(?![\w&])(\s+\S+)?", name)
            if m and len(alias) > 2:
                out.append((alias, expansion, m.group(1) or "", short))
    return out


def _organ_pairs(name: str) -> list[tuple[str, str, str, bool]]:
    """(the organ, "", the body, the name has the organ)."""
    prefixes = sorted((r["prefix"] for r in load_table("org_leadership.csv")), key=len, reverse=True)
    for organ in prefixes:
        if name.startswith(organ + " "):
            return [(organ, "", name[len(organ) + 1 :], True)]
    return [(organ, "", name, False) for organ in prefixes]


def form_choices(gold: str, pred: list[str], article: Any) -> list[dict[str, Any]]:
    """For each pair of forms of this party's body that the text both writes, which one each rule takes
    (True: the short form / the form with the organ)."""
    title, lead = _norm(article.title), _norm(lead_of(article))
    whole = _norm(article.title + "\n" + article.text)
    event = next((_norm(s) for p in article.paragraphs[:3] for s in sentences(p) if _EVENT_CUE.search(s)), lead)
    rows = []
    for dim, pairs in (("abbreviation", _abbreviation_pairs(gold)), ("organ", _organ_pairs(gold))):
        for short, full, tail, gold_a in pairs:
            if dim == "abbreviation":
                a, b, not_after = short + tail, full + tail, ""
            else:
                a, b, not_after = f"{short} {tail}", tail, short

            forms = (a, b, not_after)
            at_a, at_b = _firsts(forms, whole)
            if at_a < 0 or at_b < 0:
                continue  # the text writes one form only: no choice to make

            def pick(text: str, fallback: bool | None, forms: tuple[str, str, str] = forms) -> bool | None:
                ia, ib = _firsts(forms, text)
                return fallback if ia < 0 and ib < 0 else ia >= 0 and (ib < 0 or ia < ib)

            in_text = at_a < at_b
            matched = max(pred, key=lambda p: _pair_score(gold, p), default=None)
            ours = None
            if matched is not None and _pair_score(gold, matched)[0] >= 0.5:
                m = _norm(matched)
                ours = _first(short, m) >= 0 if dim == "abbreviation" else m.startswith(_norm(short) + " ")
            in_lead = pick(lead, in_text)
            rows.append(
                {
                    "dim": dim,
                    "gold": gold_a,
                    "first in text": in_text,
                    "first in title+lead": pick(title + "\n" + lead, in_text),
                    "first in lead": in_lead,
                    "event sentence": pick(event, in_lead),
                    "title": pick(title, in_lead),
                    "majority": _count(a, whole) > _count(b, whole, not_after),
                    "spelt out if ever": False if dim == "abbreviation" else None,
                    "ours": ours,
                    "pair": (a, b),
                }
            )
            break  # one pair a dimension
    return rows


def place_choice(gold: str, pred: list[str], article: Any) -> dict[str, Any] | None:
    """Whether the label writes the party's place, whether the text ever writes that body with it, and whether our
    prediction of the body writes one: None for a party named with no place the text could add."""
    whole = _norm(article.title + "\n" + article.text)
    bare = _unplaced(gold)
    if not bare or bare == gold:
        with_place = False
        if _first(gold, whole) < 0:
            return None
    else:
        with_place = True
    matched = max(pred, key=lambda p: _pair_score(gold, p), default=None)
    ours = None
    if matched is not None and _pair_score(gold, matched)[0] >= 0.5:
        ours = _unplaced(matched) != matched
    return {
        "gold": with_place,
        "verbatim": _first(gold, whole) >= 0,
        "text places it": with_place and _first(gold, whole) >= 0,
        "ours": ours,
    }


def head_to_head(rows: list[dict[str, Any]], before: dict, after: dict) -> Counter[str]:
    """For each party written another way by a changed extractor (same article, same place in the list), which
    writing the label takes: "before", "after" or "neither" (the exact label first, else the closer one)."""
    out: Counter[str] = Counter()
    for row in rows:
        a, b = before.get(row["id"], {}), after.get(row["id"], {})
        pa, pb, gold = a.get("parties") or [], b.get("parties") or [], row["gold"].get("parties") or []
        if not row["gold"].get("is_event") or len(pa) != len(pb):
            continue
        for x, y in zip(pa, pb, strict=True):
            if x == y:
                continue
            ex, ey = (any(norm_text(n) == norm_text(g) for g in gold) for n in (x, y))
            sx, sy = (max((_sim(n, g) for g in gold), default=0.0) for n in (x, y))
            if ex != ey:
                out["before" if ex else "after"] += 1
            else:
                out["before" if sx > sy else "after" if sy > sx else "neither"] += 1
    return out


def study_parser(description: str) -> argparse.ArgumentParser:
    """The arguments the party studies share: a dump of our contract lines, the labels and the real texts."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("dump", help="`python -m benchmarks.real_accuracy --texts DIR --dump DUMP`: id -> contract line")
    ap.add_argument("--sources", type=Path, default=SOURCES)
    ap.add_argument("--texts", type=Path, required=True, help="the folder of the real texts, one <id>.txt per row")
    ap.add_argument("--splits", default=",".join(DEVELOPMENT))
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap


def study_rows(args: argparse.Namespace) -> tuple[list[str], list[tuple[dict[str, Any], dict[str, Any]]]]:
    """(the splits read, [(labelled row, our contract line)]) for the development rows the dump holds: never a
    holdout."""
    from benchmarks.real_accuracy import load_sources

    splits = [s for s in args.splits.split(",") if s in DEVELOPMENT]
    ours = json.loads(Path(args.dump).read_text(encoding="utf-8"))
    rows = [(r, ours[r["id"]]) for r in load_sources(args.sources) if r["split"] in splits and r["id"] in ours]
    return splits, rows


def article_of(row: dict[str, Any], texts: Path) -> Any:
    """The cleaned article of a labelled row, None when its text is not in `texts`."""
    path = texts / f"{row['id']}.txt"
    return clean_article(row["id"], path.read_text(encoding="utf-8"), url=row["url"]) if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    ap = study_parser(__doc__.splitlines()[0])
    ap.add_argument("--against", help="a dump of a changed extractor: which writing the labels take, party by party")
    a = ap.parse_args(argv)
    splits, labelled = study_rows(a)
    if a.against:
        ours = dict((r["id"], pred) for r, pred in labelled)
        took = head_to_head([r for r, _ in labelled], ours, json.loads(Path(a.against).read_text(encoding="utf-8")))
        print(f"labels take: before {took['before']}, after {took['after']}, neither {took['neither']}")
        return 0
    causes: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    choices: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    for row, pred in labelled:
        gold = row["gold"]
        if not gold.get("is_event"):
            continue
        gp, pp = list(gold.get("parties") or []), list(pred.get("parties") or [])
        if pred.get("is_event"):
            for why, g, p in miss_causes(gp, pp):
                causes[why] += 1
                articles.setdefault(why, set()).add(row["id"])
                if a.verbose:
                    print(f"  {row['id']:6s} {why:42s} gold={g!r} pred={p!r}")
        if (article := article_of(row, a.texts)) is not None:
            for g in gp:
                if (place := place_choice(g, pp if pred.get("is_event") else [], article)) is not None:
                    places.append(place)
                for choice in form_choices(g, pp if pred.get("is_event") else [], article):
                    choice["id"] = row["id"]
                    choices.append(choice)
    print(f"Party misses at 0.8 by cause ({', '.join(splits)}): count, articles")
    for name, n in causes.most_common():
        print(f"  {name:48s} {n:4d} {len(articles[name]):4d}")
    rules = ("first in text", "first in title+lead", "first in lead", "event sentence", "title", "majority", "ours")
    for dim, gold_word, other_word in (("abbreviation", "short", "spelt out"), ("organ", "with organ", "without")):
        rows = [c for c in choices if c["dim"] == dim]
        ids = {c["id"] for c in rows}
        took = sum(c["gold"] for c in rows)
        print(
            f"\n{dim}: {len(rows)} gold parties in {len(ids)} articles whose text writes both forms;"
            f" label {gold_word} {took}, {other_word} {len(rows) - took}"
        )
        for rule in (*rules, "spelt out if ever") if dim == "abbreviation" else rules:
            said = [c for c in rows if c[rule] is not None]
            agree = sum(c[rule] == c["gold"] for c in said)
            print(f"  {rule:22s} agrees {agree:4d} of {len(said):4d}")
        if a.verbose:
            for c in rows:
                print(f"    {c['id']:6s} gold={'A' if c['gold'] else 'B'} ours={c['ours']} {c['pair']}")
    placed = [c for c in places if c["gold"]]
    print(
        f"\nplace: {len(places)} gold parties; {len(placed)} with their place, of which the text writes"
        f" {sum(c['verbatim'] for c in placed)} as labelled and {len(placed) - sum(c['verbatim'] for c in placed)}"
        f" only otherwise (place made explicit, or another form); {len(places) - len(placed)} without a place"
    )
    said = [c for c in places if c["ours"] is not None]
    print(f"  ours writes a place: agrees {sum(c['ours'] == c['gold'] for c in said)} of {len(said)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
