"""`phoihop evaluate GOLD.jsonl PATH...`: extraction scored with the metrics the product is judged by.

The metrics follow ../shared/tools/score_extract.py (the same definitions, written here so the product
does not depend on a file outside it); a test checks both give the same figures on the seeds.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from etl.clusters import same_cluster
from etl.dates import parse_iso
from etl.documents import Document, contract_line, process
from etl.program_links import resolve
from etl.reading import RawDocument, Reject, read_paths
from etl.text import modern_tones, nfc

TARGETS = {
    "event_f1": 0.95,
    "event_type": 0.95,
    "province": 0.95,
    "date": 0.90,
    "level": 0.90,
    "involved_f1": 0.90,
    "parties_f1": 0.85,
    "topic1": 0.85,
    "period": 0.95,
    "cluster": 0.90,
}
_PLACE_ALIASES = {
    "tp hồ chí minh": "hồ chí minh",
    "thành phố hồ chí minh": "hồ chí minh",
    "tphcm": "hồ chí minh",
    "tp.hcm": "hồ chí minh",
    "thừa thiên huế": "huế",
    "thừa thiên - huế": "huế",
    "đắc lắc": "đắk lắk",
    "đăk lăk": "đắk lắk",
    "đăk nông": "đắk nông",
    "bà rịa - vũng tàu": "bà rịa–vũng tàu",
    "bà rịa vũng tàu": "bà rịa–vũng tàu",
    "bà rịa-vũng tàu": "bà rịa–vũng tàu",
}


def norm_place(s: str | None) -> str | None:
    if not s:
        return None
    s = modern_tones(nfc(s).strip().lower())
    s = re.sub(r"^(tỉnh|thành phố|tp\.?)\s+", "", s)
    s = re.sub(r"\s+", " ", s)
    return _PLACE_ALIASES.get(s, s)


def norm_text(s: str) -> str:
    s = modern_tones(nfc(s).lower())
    s = s.replace("đài pt-th", "đài phát thanh và truyền hình").replace("đài ptth", "đài phát thanh và truyền hình")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def similarity(a: str, b: str) -> float:
    a, b = norm_text(a), norm_text(b)
    ta, tb = set(a.split()), set(b.split())
    if not ta or not tb:
        return 0.0
    inter = len(ta & tb)
    overlap = inter / min(len(ta), len(tb)) * (0.5 + 0.5 * inter / max(len(ta), len(tb)))
    return max(overlap, difflib.SequenceMatcher(None, a, b).ratio())


def match_count(pred: list[str], gold: list[str], threshold: float = 0.8) -> tuple[int, int, int]:
    used: set[int] = set()
    hit = 0
    for g in gold:
        best, best_i = 0.0, None
        for i, p in enumerate(pred):
            if i not in used and (v := similarity(p, g)) > best:
                best, best_i = v, i
        if best_i is not None and best >= threshold:
            used.add(best_i)
            hit += 1
    return hit, len(pred), len(gold)


def date_ok(pred: str | None, gold: str | None, approx: bool) -> bool:
    if gold is None:
        return True
    if not pred:
        return False
    if approx and len(gold) == 10 and len(pred) == 10:
        try:
            return abs((date.fromisoformat(pred) - date.fromisoformat(gold)).days) <= 7
        except ValueError:
            return False
    return len(pred) >= len(gold) and pred[: len(gold)] == gold


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> tuple[dict[str, float], list[str]]:
    """(metrics, lines describing each miss)."""
    tp = fp = fn = both = 0
    hits = dict.fromkeys(("event_type", "province", "date", "level", "topic1", "period", "cluster"), 0)
    n_period = n_cluster = 0
    involved, parties, topic_sets = [0, 0, 0], [0, 0, 0], [0, 0, 0]
    misses: list[str] = []
    for gid, g in gold.items():
        p = pred.get(gid, {})
        ge, pe = bool(g.get("is_event")), bool(p.get("is_event"))
        tp, fp, fn = tp + (ge and pe), fp + ((not ge) and pe), fn + (ge and not pe)
        if not (ge and pe):
            if ge != pe:
                misses.append(f"{gid} is_event pred={pe} gold={ge}")
            continue
        both += 1
        right = field_hits(g, p)
        # period and cluster count only where either side names one
        counted = {f for f in hits if f not in ("period", "cluster")}
        if g.get("period_start") or g.get("period_end") or p.get("period_start") or p.get("period_end"):
            counted.add("period")
            n_period += 1
        if g.get("cluster") or p.get("cluster"):
            counted.add("cluster")
            n_cluster += 1
        for name in hits:
            if name not in counted:
                continue
            hits[name] += right[name]
            if not right[name]:
                pv, gv = _shown(name, p, predicted=True), _shown(name, g, predicted=False)
                misses.append(
                    f"{gid} {name} pred={json.dumps(pv, ensure_ascii=False)} gold={json.dumps(gv, ensure_ascii=False)}"
                )
        gt, pt = g.get("topics") or [], p.get("topics") or []
        common = set(gt) & set(pt)
        topic_sets = [topic_sets[0] + len(common), topic_sets[1] + len(set(pt)), topic_sets[2] + len(set(gt))]
        gpi = {norm_place(x) for x in g.get("provinces_involved") or []}
        ppi = {norm_place(x) for x in p.get("provinces_involved") or []}
        involved = [involved[0] + len(gpi & ppi), involved[1] + len(ppi), involved[2] + len(gpi)]
        if gpi != ppi:
            misses.append(f"{gid} involved pred={sorted(x or '' for x in ppi)} gold={sorted(x or '' for x in gpi)}")
        h, n_p, n_g = match_count(p.get("parties") or [], g.get("parties") or [])
        parties = [parties[0] + h, parties[1] + n_p, parties[2] + n_g]
        if not right["parties"]:
            misses.append(
                f"{gid} parties pred={json.dumps(p.get('parties'), ensure_ascii=False)} "
                f"gold={json.dumps(g.get('parties'), ensure_ascii=False)}"
            )
    d = both or 1
    metrics = {"event_f1": f1(tp, tp + fp, tp + fn)}
    metrics.update({k: hits[k] / d for k in ("event_type", "province", "date", "level", "topic1")})
    metrics["period"] = hits["period"] / n_period if n_period else 1.0
    metrics["cluster"] = hits["cluster"] / n_cluster if n_cluster else 1.0
    metrics["involved_f1"] = f1(*involved)
    metrics["parties_f1"] = f1(*parties)
    metrics["topics_f1"] = f1(*topic_sets)
    return metrics, misses


def _shown(name: str, record: dict[str, Any], predicted: bool) -> Any:
    """The value a miss line shows for a field (for topic1: the predicted first topic, all the gold ones)."""
    topics = record.get("topics") or []
    return {
        "date": record.get("event_date"),
        "topic1": topics[:1] if predicted else topics,
        "period": (record.get("period_start"), record.get("period_end")),
    }.get(name, record.get(name))


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    gold = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[str(row["id"])] = row["gold"]
    return gold


def predict(paths: list[str], documents: dict[str, Document] | None = None) -> dict[str, dict[str, Any]]:
    """Contract lines by source id; `documents`, when given, receives each processed document too."""
    pred = {}
    for item in read_paths(paths):
        if isinstance(item, Reject):
            continue
        doc = process(item)
        line = contract_line(doc, item.source_id)
        pred[str(line["source_id"])] = line
        if documents is not None and isinstance(doc, Document):
            documents[str(line["source_id"])] = doc
    return pred


def evaluate(gold_path: Path, paths: list[str], verbose: bool = True) -> int:
    """Extraction metrics; and program linking, when the labels say which program each article is about."""
    gold = load_gold(gold_path)
    documents: dict[str, Document] = {}
    pred = predict(paths, documents)
    metrics, misses = score(gold, pred)
    missing = [g for g in gold if g not in pred]
    programs = {k: g["program"] for k, g in gold.items() if g.get("program")}
    linking = None
    if programs:
        linking = score_programs(programs, predict_links(documents))
        if verbose:
            print(render_programs(linking, PROGRAM_TARGETS, "simulated" if "simulated" in _flags(documents) else ""))
    if verbose:
        print(f"docs={len(gold)} predicted={len(pred)} missing={len(missing)}")
        for miss in misses:
            print("  miss", miss)
        print(diagnostics(gold, pred))
        print(f"{'metric':<14}{'value':>7}{'target':>8}")
        for name, value in metrics.items():
            target = TARGETS.get(name)
            mark = "" if target is None or value >= target else "  BELOW"
            print(f"{name:<14}{value:>7.2f}{target if target is not None else '':>8}{mark}")
    below = [n for n, t in TARGETS.items() if metrics[n] < t]
    if linking and any(linking[0][n] < t for n, t in PROGRAM_TARGETS.items()):
        below.append("programs")
    return 4 if below or missing else 0


# Program linking (issue 15): a link is an event joined to a program with a role. Each predicted program stands
# for the gold program holding most of its events; a link is right when that program and the role are the
# event's gold ones. Precision: right links / predicted links; recall: right links / gold links.
PROGRAM_TARGETS = {"program_precision": 0.95, "program_recall": 0.95}
REAL_PROGRAM_TARGETS = {"program_precision": 0.85, "program_recall": 0.85}


def _flags(documents: dict[str, Document]) -> set[str]:
    return {f for d in documents.values() for f in d.flags}


def predict_links(documents: dict[str, Document]) -> list[dict[str, Any]]:
    """program_events as the warehouse would build them, each article its own event (its source id)."""
    mentions = []
    for source_id, doc in documents.items():
        day = parse_iso(doc.record.event_date) or parse_iso(doc.published_date)
        province = doc.record.province_legacy or doc.record.province
        for position, m in enumerate(doc.programs):
            signed = parse_iso(m["signed_date"])
            mentions.append(
                {**m, "signed_date": signed, "event_id": source_id, "position": position, "event_day": day}
                | {"province": province}
            )
    programs, links = resolve(mentions)
    renews = {p.program_id: p.renews for p in programs}
    return [{**link, "renews": renews.get(link["program_id"])} for link in links]


def score_programs(gold: dict[str, dict[str, Any]], links: list[dict[str, Any]]) -> tuple[dict[str, float], list[str]]:
    """(metrics, misses) of predicted program links against the gold program of each article."""
    events_of: dict[str, list[str]] = {}
    for link in links:
        events_of.setdefault(link["program_id"], []).append(link["event_id"])
    stands_for = {}
    for program_id, events in events_of.items():
        keys = Counter(gold[e]["key"] for e in events if e in gold)
        stands_for[program_id] = keys.most_common(1)[0][0] if keys else None
    right, misses, found = 0, [], set()
    for link in links:
        g = gold.get(link["event_id"])
        key = stands_for[link["program_id"]]
        if g and key == g["key"] and link["role"] == g["role"]:
            right += 1
            found.add(link["event_id"])
        else:
            misses.append(
                f"{link['event_id']} linked to {key} as {link['role']}; gold "
                + (f"{g['key']} as {g['role']}" if g else "no program")
            )
    misses += [f"{e} not linked; gold {g['key']} as {g['role']}" for e, g in gold.items() if e not in found]
    misses = sorted(set(misses))
    renewals = [e for e, g in gold.items() if g.get("renews")]
    by_event = {link["event_id"]: link for link in links}
    renewed_right = sum(
        1
        for e in renewals
        if e in by_event and by_event[e]["renews"] and stands_for.get(by_event[e]["renews"]) == gold[e]["renews"]
    )
    metrics = {
        "program_precision": right / len(links) if links else 0.0,
        "program_recall": len(found) / len(gold) if gold else 0.0,
        "same_program_pairs_f1": _pairs_f1(gold, links),
        "renewals_linked": renewed_right / len(renewals) if renewals else 1.0,
    }
    return metrics, misses


def _pairs_f1(gold: dict[str, dict[str, Any]], links: list[dict[str, Any]]) -> float:
    """F1 over pairs of labelled events put in one program: a resolution that never joins two events (or joins
    them all) scores low here, whatever the per-link figures say."""
    predicted: dict[str, set[str]] = {}
    for link in links:
        predicted.setdefault(link["program_id"], set()).add(link["event_id"])
    pred_pairs = {
        (a, b) for events in predicted.values() for a in events for b in events if a < b and a in gold and b in gold
    }
    by_key: dict[str, set[str]] = {}
    for e, g in gold.items():
        by_key.setdefault(g["key"], set()).add(e)
    gold_pairs = {(a, b) for events in by_key.values() for a in events for b in events if a < b}
    tp = len(pred_pairs & gold_pairs)
    return f1(tp, len(pred_pairs), len(gold_pairs)) if gold_pairs else 1.0


def render_programs(result: tuple[dict[str, float], list[str]], targets: dict[str, float], label: str) -> str:
    metrics, misses = result
    lines = [f"program links{' (' + label + ')' if label else ''}"]
    lines += [f"  miss {m}" for m in misses[:40]]
    if len(misses) > 40:
        lines.append(f"  ... {len(misses) - 40} more misses")
    for name, value in metrics.items():
        target = targets.get(name)
        mark = "" if target is None or value >= target else "  BELOW"
        lines.append(f"{name:<22}{value:>7.2f}{target if target is not None else '':>8}{mark}")
    return "\n".join(lines)


def load_program_labels(path: Path) -> list[dict[str, Any]]:
    """tests/fixtures/real/programs.jsonl: one real article a line (URL and labels; the text is not ours)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_real_programs(labels_path: Path, texts: Path, verbose: bool = True) -> int:
    """Program linking on real articles, their texts read from a folder as <id>.txt."""
    rows = load_program_labels(labels_path)
    documents: dict[str, Document] = {}
    for row in rows:
        path = texts / f"{row['id']}.txt"
        if path.exists():
            text, published = path.read_text(encoding="utf-8"), parse_iso(row.get("published"))
            # as the crawler gives it: the page's URL and its publication day when the listing had one
            doc = process(RawDocument(row["id"], str(path), None, text=text, url=row["url"], published=published))
            if isinstance(doc, Document):
                documents[row["id"]] = doc
    if not documents:
        print(f"no texts found in {texts} for the ids in {labels_path}")
        return 1
    gold = {
        r["id"]: {"key": r["program_key"], "role": r["role"], "renews": r.get("renews_key")}
        for r in rows
        if r["id"] in documents
    }
    result = score_programs(gold, predict_links(documents))
    if verbose:
        print(f"real articles: {len(documents)} of {len(rows)}")
        print(render_programs(result, REAL_PROGRAM_TARGETS, "real"))
    return 4 if any(result[0][n] < t for n, t in REAL_PROGRAM_TARGETS.items()) else 0


BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))
# Field in the score -> key of the extractor's confidence for it.
_CONFIDENCE_KEY = {
    "event_type": "event_type",
    "province": "province",
    "date": "event_date",
    "level": "level",
    "parties": "parties",
    "topic1": "topics",
    "period": "period",
    "cluster": "cluster",
}


def field_hits(g: dict[str, Any], p: dict[str, Any]) -> dict[str, bool]:
    """Per field, whether one event's prediction is right by the metrics' own rules."""
    hits = {
        "event_type": p.get("event_type") == g.get("event_type"),
        "province": norm_place(p.get("province")) == norm_place(g.get("province")),
        "date": date_ok(p.get("event_date"), g.get("event_date"), bool(g.get("date_approx"))),
        "level": p.get("level") == g.get("level"),
        "topic1": bool(p.get("topics")) and p["topics"][0] in (g.get("topics") or []),
        "period": (p.get("period_start"), p.get("period_end")) == (g.get("period_start"), g.get("period_end")),
        # as written (one inside the other), or the same cluster once normalised or matched to the registry
        "cluster": same_cluster(g.get("cluster"), p.get("cluster")),
    }
    h, n_p, n_g = match_count(p.get("parties") or [], g.get("parties") or [])
    hits["parties"] = h == n_p == n_g
    return hits


def _band(value: float | None) -> int:
    v = value if value is not None else 0.0
    return next(i for i, (lo, hi) in enumerate(BANDS) if lo <= v < hi)


def diagnostics(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> str:
    """Accuracy by confidence band per field, confusion tables for type and level, the worst misses."""
    bands: dict[str, list[list[int]]] = {f: [[0, 0] for _ in BANDS] for f in _CONFIDENCE_KEY}
    confusion: dict[str, dict[tuple[str, str], int]] = {"event_type": {}, "level": {}}  # (gold, predicted): count
    worst: list[tuple[int, str, list[str]]] = []
    detection = [[0, 0] for _ in BANDS]
    for gid, g in gold.items():
        p = pred.get(gid, {})
        conf = p.get("confidence") or {}
        d = detection[_band(conf.get("is_event"))]
        d[0], d[1] = d[0] + 1, d[1] + (bool(g.get("is_event")) == bool(p.get("is_event")))
        if not (g.get("is_event") and p.get("is_event")):
            continue
        hits = field_hits(g, p)
        for field, key in _CONFIDENCE_KEY.items():
            cell = bands[field][_band(conf.get(key))]
            cell[0], cell[1] = cell[0] + 1, cell[1] + hits[field]
        for field in confusion:
            pair = (str(g.get(field)), str(p.get(field)))
            confusion[field][pair] = confusion[field].get(pair, 0) + 1
        wrong = [f for f, ok in hits.items() if not ok]
        worst.append((len(wrong), gid, wrong))
    head = "band".ljust(12) + "".join(f"{lo:.1f}-{min(hi, 1):.1f}".rjust(14) for lo, hi in BANDS)
    lines = ["accuracy by confidence band (right/n)", head]
    cells = [f"{r}/{n}" + (f" {r / n:.2f}" if n else "") for n, r in detection]
    lines.append("is_event".ljust(12) + "".join(c.rjust(14) for c in cells))
    for field, rows in bands.items():
        cells = [f"{r}/{n}" + (f" {r / n:.2f}" if n else "") for n, r in rows]
        lines.append(field.ljust(12) + "".join(c.rjust(14) for c in cells))
    for field, table in confusion.items():
        lines.append(f"\nconfusion of {field} (gold -> predicted: count)")
        for (gv, pv), n in sorted(table.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {gv:>16} -> {pv:<16} {n}" + ("" if gv == pv else "  *"))
    lines.append("\nworst misses")
    for n, gid, wrong in sorted(worst, reverse=True)[:10]:
        if n:
            lines.append(f"  {gid}: {n} fields wrong ({', '.join(wrong)})")
    return "\n".join(lines)
