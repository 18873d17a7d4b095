"""`phoihop simulate`: a national corpus of realistic articles with the true event record of each.

Articles are composed from templates and vocabulary of our own (data/simulation/templates.json and the
reference tables): every province weighted by its number of districts, 2015 to 2026 (today's 34 units and
communes from July 2025), every level, both event types, every topic, the reference clusters, program
periods, and real sites' noise: about 20% non-events, injected spam, legacy encodings, one event on two or
three sites, inconsistent date shapes and name variants. Nothing is copied from real articles.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from etl.clusters import Cluster, registry
from etl.encodings import _tcvn3_table, _vni_pattern
from etl.places import gazetteer
from etl.reading import SIMULATED_MARKER as MARKER  # a folder holding it is simulated data
from etl.record import EventRecord
from etl.reference import load_table
from etl.resources import data_dir
from etl.text import fold

SIM_DIR = data_dir("simulation")
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@cache
def _templates() -> dict:
    return json.loads((SIM_DIR / "templates.json").read_text(encoding="utf-8"))


@cache
def _bodies() -> dict[str, list[dict[str, str]]]:
    """Provincial bodies by topic, from the organisation heads the extractor knows."""
    by_topic: dict[str, list[dict[str, str]]] = {}
    for row in load_table("org_heads.csv"):
        if row["tier"] or row["name_rule"] or row["type"] in ("enterprise", "school", "other"):
            continue
        by_topic.setdefault(row["topic"] or "", []).append(row)
    return by_topic


@cache
def _subjects() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in load_table("topic_keywords.csv"):
        if row["keyword"].replace("-", "").isupper():
            continue  # a subject's initials ("ANTT", "QP-AN"): the reader knows them, the simulated text spells out
        out.setdefault(row["topic"], []).append(row["keyword"])
    return out


@dataclass
class Article:
    source_id: str
    title: str
    text: str
    published: date
    url: str
    gold: dict


def _party_name(head: dict[str, str], province: str) -> str:
    name = head["canonical"] or head["head"]
    if head["type"] == "party" and name.startswith(("Ban ", "Ủy ban Kiểm tra", "Văn phòng")):
        return f"{name} Tỉnh ủy {province}"
    return f"{name} {province}"


def _merger_date() -> date:
    """The day today's units took over: the day after the legacy geography's (reference data)."""
    end = gazetteer().geographies["legacy"]
    return end + timedelta(days=1) if end else date.max


def _pick_province(rng: random.Random, when: date) -> str:
    gaz = gazetteer()
    districts = load_table("districts.csv")
    weights: dict[str, int] = {}
    for row in districts:
        weights[row["province"]] = weights.get(row["province"], 0) + 1
    names = list(gaz.legacy)
    legacy = rng.choices(names, weights=[weights.get(n, 5) for n in names])[0]
    return gaz.for_date(legacy, when.isoformat()) or legacy


def _date_line(rng: random.Random, published: date) -> str:
    shapes = [
        lambda d: (
            f"{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year} - {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"
        ),
        lambda d: f"Cập nhật: {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d} | {d.day:02d}/{d.month:02d}/{d.year}",
        lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
        lambda d: d.isoformat(),
        lambda d: (
            f"T{d.weekday() + 2 if d.weekday() < 6 else 'CN'}, {d.month:02d}/{d.day:02d}/{d.year} - 08:{rng.randint(10, 59)}"
        ),
        lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
    ]
    return rng.choice(shapes)(published)


def _when(rng: random.Random, day: date, published: date) -> str:
    part = rng.choice(["Sáng", "Chiều", "Ngày", "Chiều ngày", "Sáng ngày"])
    if published == day and rng.random() < 0.15:
        return rng.choice(["Sáng nay", "Chiều nay"])
    if published - day == timedelta(days=1) and rng.random() < 0.3:
        return "Chiều qua"
    if rng.random() < 0.5:
        return f"{part} {day.day}/{day.month}"
    return f"{part} {day.day}/{day.month}/{day.year}"


def _variant(rng: random.Random, province: str) -> str:
    """How a site may write the province: tỉnh/thành phố, old tone marks, no diacritics."""
    roll = rng.random()
    if roll < 0.05:
        return " ".join(w.capitalize() for w in fold(province).split())
    if roll < 0.1:
        return province.replace("òa", "oà").replace("ủy", "uỷ")
    return province


def _event(rng: random.Random, n: int, kind: str) -> tuple[str, str, dict, date]:
    """Title, body text and gold record of one coordination event."""
    tpl = _templates()
    gaz = gazetteer()
    day = date(2015, 1, 1) + timedelta(days=rng.randrange((date(2026, 10, 31) - date(2015, 1, 1)).days))
    province = _pick_province(rng, day)
    current_era = day >= _merger_date()
    topic = rng.choice([t for t in _bodies() if t and t != "tuyen_truyen"] + ["tuyen_truyen"])
    head_a = rng.choice(_bodies()[topic])
    partner_topic = rng.choice(["tuyen_truyen", "", topic, rng.choice(list(_bodies()))])
    head_b = rng.choice([h for h in _bodies()[partner_topic] if h["head"] != head_a["head"]] or _bodies()[""])
    level = rng.choices(["province", "inter-provincial", "district"], weights=[75, 12, 13])[0]
    other = None
    if level == "inter-provincial":
        other = _pick_province(rng, day)
        while other == province:
            other = _pick_province(rng, day)
    a = _party_name(head_a, province)
    b = _party_name(head_a if other else head_b, other or province)
    if level == "district" and not current_era:
        options = [
            r["district"]
            for r in load_table("districts.csv")
            if r["province"] == gaz.canonical(province)
            and r["kind"] == "Huyện"
            and len(gaz.district_provinces(r["district"])) == 1
        ]
        if options:
            district = rng.choice(options)
            a = f"Ban Dân vận Huyện ủy {district}"
            b = f"Hội Nông dân huyện {district}"
            head_a, head_b, topic = {"topic": "dan_van"}, {"topic": "kinh_te"}, "dan_van"
        else:
            level = "province"
    elif level == "district":
        level = "province"
    start = day.year if rng.random() < 0.7 else day.year - 1
    length = rng.choice([0, 2, 3, 4, 5])
    period = (start, start + length) if rng.random() < 0.8 else (None, None)
    period_text = ""
    if period[0]:
        period_text = (
            f"năm {period[0]}"
            if length == 0
            else rng.choice([f"giai đoạn {period[0]} - {period[1]}", f"giai đoạn {period[0]}-{period[1]}"])
        )
    subject = rng.choice(_subjects().get(topic, ["công tác phối hợp"]))
    published = day + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
    values = {
        "A": a,
        "B": b,
        "program": rng.choice(tpl["programs"]),
        "program_short": "chương trình",
        "period_text": period_text,
        "subject": subject,
        "aim": rng.choice(tpl["aims"]),
        "when": _when(rng, day, published),
        "at": "",
        "meeting": rng.choice(tpl["meetings"]),
        "years": rng.choice([2, 3, 5]),
        "half": f"6 tháng đầu năm {day.year}",
        "province_prefix": _variant(rng, province),
    }
    values["meeting_cap"] = values["meeting"].capitalize()
    if kind == "agreement":
        title = rng.choice(tpl["agreement_titles"]).format(**values)
        lead = rng.choice(tpl["agreement_leads"]).format(**values)
    else:
        title = rng.choice(tpl["meeting_titles"][:2] + tpl["meeting_titles"][3:]).format(**values)
        lead = rng.choice(tpl["meeting_leads"]).format(**values)
    body = [lead] + rng.sample(tpl["bodies"], 2)
    body = [p.format(**values) for p in body]
    topics = [head_a.get("topic") or topic]
    if (head_b.get("topic") == "tuyen_truyen" or "tuyên truyền" in subject) and "tuyen_truyen" not in topics:
        topics.append("tuyen_truyen")
    involved = [province] + ([other] if other else [])
    gold = {
        "is_event": True,
        "event_type": kind,
        "event_date": day.isoformat(),
        "province": province,
        "province_current": gaz.current_of(gaz.canonical(province)),
        "region": gaz.region_of(province),
        "provinces_involved": involved,
        "level": level,
        "parties": [a, b],
        "topics": topics,
        "period_start": period[0],
        "period_end": period[1],
        "cluster": None,
    }
    if kind == "meeting" and period[0] is None:
        gold["period_start"] = gold["period_end"] = None
    gold["program"] = event_program(kind, n, values["meeting"], body[0], values["years"], period)
    return title, "\n\n".join(body), gold, published


_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_PURPOSES = (
    "ký kết giao ước thi đua",
    "tổng kết công tác thi đua",
    "sơ kết công tác thi đua 6 tháng đầu",
    "tổ chức hội nghị giao ban",
)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN_DIGITS:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _member_body(network: str) -> str:
    """What a member body of the network is called before its province ("Công an" tỉnh X): the network's name
    before its note, a ministry's departments from the note; the people's committee for the provinces' own
    clusters (the emulation council's, the tourism links)."""
    head, _, note = network.partition(" (")
    if head.startswith("Bộ ") and note:
        head = note.split(",")[0].rstrip(")")
    head = re.sub(r"\s+(?:tỉnh/thành|các tỉnh|tỉnh)$", "", head)
    return "Ủy ban nhân dân" if head.startswith(("Cụm", "Liên kết")) else head


@cache
def _simulated_clusters() -> tuple[Cluster, ...]:
    """The registry's clusters of provinces with three member provinces or more at some time."""
    out = []
    for c in registry():
        if c.level != "national":
            continue
        starts = {m.valid_from for m in c.members} | {m.valid_to for m in c.members if m.valid_to}
        if not (c.code.isdigit() or _shapes(c)):
            continue
        if any(len(c.roster(day)) >= 3 for day in starts if day) or len(c.roster()) >= 3:
            out.append(c)
    return tuple(out)


def _shapes(c: Cluster) -> list[str]:
    """A named cluster's names as articles write them: those starting "Cụm", "Khối" or "Nhóm", without
    the registry's shorthand ("Sở VHTT&DL/Sở VHTT")."""
    return [v for v in (c.name, *c.variants) if fold(v).startswith(("cum ", "khoi ", "nhom ")) and "/" not in v]


def _cluster_name(rng: random.Random, c: Cluster, members: int) -> str:
    """The cluster as an article may write it: "Cụm thi đua số II", "cụm số 2", "Cụm hoạt động số 4", "Cụm thi
    đua 5 tỉnh Tây Nguyên" for "Cụm thi đua các tỉnh Tây Nguyên"."""
    if c.code.isdigit():
        n = int(c.code)
        names = fold(" ".join((c.name, *c.variants)))
        kind = next((k for k in ("Cụm hoạt động", "Khối thi đua") if fold(k) in names), "Cụm thi đua")
        return rng.choice([f"{kind} số {n}", f"{kind} số {_roman(n)}", f"cụm số {_roman(n)}", f"{kind} {n}"])
    name = rng.choice(_shapes(c))
    if "các tỉnh" in name and rng.random() < 0.4:
        name = name.replace("các tỉnh", f"{members} tỉnh", 1)
    return name[0].upper() + name[1:]


def _cluster_meeting(rng: random.Random) -> tuple[str, str, dict, date]:
    """A meeting of a registry cluster of any network, on a day its roster held (rosters redrawn in 2025 give
    the new members after July 2025), naming the cluster in one of the shapes articles use, listing its members
    ("gồm ...") and its chair ("do ... làm Cụm trưởng"). gold["cluster"]: the cluster as written."""
    gaz = gazetteer()
    start, end = date(2015, 1, 1), date(2026, 10, 31)
    while True:
        cluster = rng.choice(_simulated_clusters())
        day = start + timedelta(days=rng.randrange((end - start).days))
        members = list(cluster.roster(day))
        if len(members) >= 3:
            break
    body = _member_body(cluster.network)
    heads = [
        r["member"]
        for r in _roles()
        if r["cluster_id"] == cluster.cluster_id
        and r["year"] == str(day.year)
        and r["role"] == "head"
        and r["member"] in members
    ]
    host = heads[0] if heads else rng.choice(members)
    written = _cluster_name(rng, cluster, len(members))
    purpose = rng.choice(_PURPOSES)
    listed = ", ".join(members)
    lead = rng.choice(
        [
            f"Ngày {day.day}/{day.month}/{day.year}, tại tỉnh {host}, {written} gồm {body} các tỉnh: {listed} "
            f"{purpose} năm {day.year}.",
            f"Ngày {day.day}/{day.month}/{day.year}, {written} do {body} tỉnh {host} làm Cụm trưởng {purpose} "
            f"năm {day.year}. Các tỉnh trong cụm gồm: {listed}.",
        ]
    )
    title = rng.choice(
        [
            f"{body} {len(members)} tỉnh thuộc {written} {purpose} năm {day.year}",
            f"{written} {purpose} năm {day.year}",
        ]
    )
    # an emulation cluster's meeting is about emulation first, then its network's own field
    own = next(r["topics"].split(";")[0] for r in load_table("networks.csv") if r["network_id"] == cluster.network_id)
    topics = list(dict.fromkeys(["thi_dua_khen_thuong", *([own] if own else [])]))
    gold = {
        "is_event": True,
        "event_type": "meeting",
        "event_date": day.isoformat(),
        "province": host,
        "province_current": gaz.current_of(gaz.canonical(host)),
        "region": gaz.region_of(host),
        "provinces_involved": members,
        "level": "inter-provincial",
        "parties": [written],
        "topics": topics,
        "period_start": None,
        "period_end": None,
        "cluster": written,  # as the article writes it
    }
    text = rng.choice(_templates()["bodies"]).format(
        A=written, program_short="chương trình", aim="nâng cao chất lượng hoạt động"
    )
    return title, lead + "\n\n" + text, gold, day + timedelta(days=1)


@cache
def _roles() -> tuple[dict[str, str], ...]:
    return load_table("cluster_roles.csv")


def _non_event(rng: random.Random) -> tuple[str, str, dict, date]:
    tpl = _templates()
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
    province = _pick_province(rng, day)
    head = rng.choice(_bodies()[rng.choice(list(_bodies()))])
    org = _party_name(head, province)
    values = {
        "n": rng.choice([10, 20, 30, 50, 70, 90]),
        "org_short": org,
        "subject": rng.choice(tpl["aims"]),
        "year": day.year,
        "year5": day.year + 5,
        "month": day.month,
        "A": org,
        "when": f"Ngày {day.day}/{day.month}",
        "activity": rng.choice(tpl["activities"]),
    }
    title = rng.choice(tpl["non_event_titles"]).format(**values)
    text = rng.choice(tpl["non_event_leads"]).format(**values)
    gold = EventRecord().to_dict()
    return title, text, gold, day


def _inject_spam(rng: random.Random, text: str) -> str:
    phrase = rng.choice(_templates()["spam_phrases"])
    words = text.split(" ")
    for i in rng.sample(range(len(words)), k=min(4, len(words))):
        if words[i] and words[i].isalpha() and words[i].islower():
            words[i] = phrase
    return " ".join(words)


def _encode_legacy(rng: random.Random, text: str) -> bytes:
    if rng.random() < 0.5:
        table = {v: k for k, v in _tcvn3_table().items()}
        return bytes(table.get(c, table.get(c.lower(), ord(c) if ord(c) < 256 else 63)) for c in text)
    _, vni = _vni_pattern()
    inverse: dict[str, str] = {}
    for seq, char in vni.items():
        inverse.setdefault(char, seq)
    return "".join(inverse.get(c, c) for c in text).encode("cp1252", errors="replace")


def generate(n: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    articles: list[Article] = []
    i = 0
    while len(articles) < n:
        roll = rng.random()
        if roll < 0.2:
            title, text, gold, published = _non_event(rng)
        elif roll < 0.25:
            title, text, gold, published = _cluster_meeting(rng)
        elif roll < 0.29:  # a program's life: several articles, written one after another below
            for copy, (title, text, gold, published) in enumerate(program_series(rng, i)[: n - len(articles)]):
                site = rng.choice(_templates()["sites"])
                articles.append(
                    Article(f"sim-{i:07d}-p{copy}", title, text, published, f"https://{site}/ct/{i}-{copy}", gold)
                )
            i += 1
            continue
        else:
            title, text, gold, published = _event(rng, i, "agreement" if rng.random() < 0.7 else "meeting")
        copies = 1 if not gold["is_event"] or rng.random() > 0.1 else rng.choice([2, 3])
        for copy in range(min(copies, n - len(articles))):
            site = rng.choice(_templates()["sites"])
            reworded = text if copy == 0 else text.replace("tổ chức ", "", 1)
            articles.append(
                Article(
                    f"sim-{i:07d}-{copy}",
                    title if copy == 0 else title.upper() if rng.random() < 0.3 else title,
                    reworded,
                    published,
                    f"https://{site}/tin/{i}-{copy}",
                    gold,
                )
            )
        i += 1
    return articles[:n]


def write_corpus(n: int, seed: int, out: Path) -> Path:
    """Write n articles (txt, html and crawler jsonl mixed) under out/articles/, their labels in out/labels.jsonl."""
    rng = random.Random(seed + 1)
    articles_dir = out / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    (articles_dir / MARKER).write_text("simulated by phoihop simulate: not real articles\n", encoding="utf-8")
    labels: list[str] = []
    crawls: dict[Path, list[str]] = {}  # crawler dumps: one JSON Lines file per thousand articles
    for k, a in enumerate(generate(n, seed)):
        text = _inject_spam(rng, a.text) if rng.random() < 0.05 else a.text
        sub = articles_dir / f"{k // 1000:04d}"
        sub.mkdir(exist_ok=True)
        form = rng.random()
        if form < 0.5:
            content = f"{a.title}\n\n{_date_line(rng, a.published)}\n\n{text}\n\nPV\n"
            path = sub / f"{a.source_id}.txt"
            if rng.random() < 0.05:
                path.write_bytes(_encode_legacy(rng, content))
            else:
                path.write_text(content, encoding="utf-8")
        elif form < 0.75:
            paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            html = (
                f"<html><head><title>{a.title}</title><meta property='article:published_time' "
                f"content='{a.published.isoformat()}T08:00:00+07:00'></head><body><nav>Trang chủ</nav>"
                f"<article><h1>{a.title}</h1>{paras}</article><aside>Xem nhiều nhất</aside></body></html>"
            )
            (sub / f"{a.source_id}.html").write_text(html, encoding="utf-8")
        else:
            record = {
                "id": a.source_id,
                "url": a.url,
                "title": a.title,
                "published": a.published.isoformat(),
                "text": text,
            }
            crawls.setdefault(sub / "crawl.jsonl", []).append(json.dumps(record, ensure_ascii=False))
        labels.append(json.dumps({"id": a.source_id, "gold": a.gold}, ensure_ascii=False))
    for path, lines in crawls.items():
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "labels.jsonl").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return out


# Programs (issue 15): a program's life as several articles: its signing, yearly, mid-term and final reviews that
# name it in varied shapes, provinces carrying out a central program, and its re-signing for the next period.
# gold["program"] = {"key", "role", "renews"}: the program each article is about, what it does with it, and
# for a re-signing the key of the program it follows.


@cache
def _program_vocabulary() -> dict:
    return json.loads((SIM_DIR / "programs.json").read_text(encoding="utf-8"))


def review_role(meeting: str, years: int | None, period: tuple[int | None, int | None]) -> str:
    """The review a meeting word makes, by the rule the extractor documents (etl/programs.py): sơ kết is a
    mid-term review and tổng kết a final one, but a review of a one-year program, or "đánh giá" of no span of
    years, is a yearly one, and one covering the whole period a final one."""
    start, end = period
    length = end - start + 1 if start is not None and end is not None else None
    role = {"sơ kết": "review_midterm", "tổng kết": "review_final"}.get(meeting, "review_yearly")
    if years and years >= 2 and role != "review_final":
        if length is None:
            return "review_final" if role == "review_yearly" and years >= 5 else "review_midterm"
        return "review_final" if years >= length else "review_midterm"
    if role == "review_final" and length == 1:
        return "review_yearly"
    return role


def event_program(kind: str, n: int, meeting: str, lead: str, years: int, period: tuple) -> dict:
    """The program an ordinary simulated event is about: an agreement signs one of its own; a meeting reviews
    one known only from that review."""
    if kind == "agreement":
        return {"key": f"ev{n}", "role": "sign", "renews": None}
    spanned = years if f"{years} năm thực hiện" in lead else None
    return {"key": f"ev{n}", "role": review_role(meeting, spanned, period), "renews": None}


@dataclass
class _Plan:
    """One simulated program: who signed it, its symbol, title and period."""

    key: str
    central: bool
    a: str
    b: str
    topic: str
    noun: str
    number: int | None
    code: str
    aim: str
    start: int
    end: int
    signed: date
    a_local: str = ""
    b_local: str = ""
    province: str = ""

    @property
    def symbol(self) -> str:
        return f"{self.number:02d}/{self.code}"


def _plan(rng: random.Random, key: str, signed: date, central: bool) -> _Plan:
    voc = _program_vocabulary()
    length = rng.choice([3, 4, 5])
    noun = rng.choice(voc["nouns"])
    number = rng.randint(1, 99) if rng.random() < 0.6 else None
    if central:
        pair = rng.choice(voc["central_pairs"])
        aim = rng.choice(voc["central_aims"][pair["topic"]])
        return _Plan(  # carried out by provinces at a "hội nghị triển khai chương trình phối hợp"
            key, True, pair["a"], pair["b"], pair["topic"], "Chương trình phối hợp", number or rng.randint(1, 99),
            f"CTr-{pair['a_code']}-{pair['b_code']}", aim, signed.year, signed.year + length, signed,
            pair["a_local"], pair["b_local"],
        )  # fmt: skip
    province = _pick_province(rng, signed)
    topic = rng.choice([t for t in _bodies() if t])
    head_a = rng.choice([h for h in _bodies()[topic] if h["type"] != "party"] or _bodies()[topic])
    head_b = rng.choice([h for h in _bodies()[""] if h["head"] != head_a["head"] and h["type"] != "party"])
    return _Plan(
        key, False, _party_name(head_a, province), _party_name(head_b, province), topic, noun, number,
        rng.choice(voc["local_codes"]), rng.choice(voc["local_aims"]), signed.year, signed.year + length, signed,
        province=province,
    )  # fmt: skip


def _reference(rng: random.Random, plan: _Plan, shape: str) -> str:
    """The program as a review names it: its full symbol, its short number, or its parties, title and period."""
    noun = plan.noun.lower() if rng.random() < 0.5 else plan.noun
    d = plan.signed
    if shape == "full" and plan.number:
        return f"{noun} số {plan.symbol} ngày {d.day}/{d.month}/{d.year} giữa {plan.a} với {plan.b} về {plan.aim}"
    if shape == "short" and plan.number:
        return f"{noun} số {plan.number:02d}"
    return f"{noun} giữa {plan.a} và {plan.b} về {plan.aim} giai đoạn {plan.start}-{plan.end}"


def _program_gold(plan: _Plan, day: date, kind: str, parties: list[str], province: str | None, period: tuple) -> dict:
    gaz = gazetteer()
    return {
        "is_event": True,
        "event_type": kind,
        "event_date": day.isoformat(),
        "province": province,
        "province_current": gaz.current_of(gaz.canonical(province)) if province else None,
        "region": gaz.region_of(province) if province else None,
        "provinces_involved": [province] if province else [],
        "level": "central" if province is None else "province",
        "parties": parties,
        "topics": [plan.topic],
        "period_start": period[0],
        "period_end": period[1],
        "cluster": None,
    }


def _program_article(
    rng: random.Random, plan: _Plan, role: str, day: date, renews: _Plan | None = None
) -> tuple[str, str, dict, date]:
    """One article about a program: title, text and gold (the event record and gold["program"])."""
    voc = _program_vocabulary()
    published = day + timedelta(days=rng.choice([0, 1, 1, 2]))
    local = plan.central and role not in ("sign", "resign")
    province = plan.province or None
    a, b = plan.a, plan.b
    if local:  # a province's bodies carry out or review the central program
        province = _pick_province(rng, day)
        a, b = plan.a_local.format(p=province), plan.b_local.format(p=province)
    shape = rng.choice(["full", "short", "described"]) if plan.number else "described"
    if local and shape == "described":
        shape = "full"  # a province names a central program by its symbol, else it is not recognisably that one
    ref = _reference(rng, plan, shape)
    values = {
        "A": a, "B": b, "noun": plan.noun, "noun_lc": plan.noun.lower(), "aim": plan.aim, "S": plan.start,
        "E": plan.end, "Y": day.year - 1 if day.month < 4 else day.year, "k": max(day.year - plan.start, 1),
        "short": f"{plan.number or 1:02d}", "CA": plan.a, "CB": plan.b, "ref": ref,
        "when": _when(rng, day, published), "symbol_date": "",
    }  # fmt: skip
    if plan.number and rng.random() < 0.7:
        values["symbol_date"] = f"số {plan.symbol}"
    period: tuple[int | None, int | None] = (None, None)
    if role == "sign":
        title = rng.choice(voc["sign_titles"]).format(**values)
        lead = rng.choice(voc["sign_leads"]).format(**values)
        period, kind = (plan.start, plan.end), "agreement"
    elif role == "resign":
        assert renews is not None
        values.update(S=renews.start, E=renews.end, S2=plan.start, E2=plan.end, ref=renews.noun.lower())
        values["k"] = renews.end - renews.start + 1
        title = rng.choice(voc["resign_titles"]).format(**values)
        lead = rng.choice(voc["resign_leads"]).format(**values)
        period, kind = (plan.start, plan.end), "agreement"
    elif role == "implement":
        title = rng.choice(voc["implement_titles"]).format(**values)
        lead = rng.choice(voc["implement_leads"]).format(**values)
        kind = "meeting"
    else:
        title = rng.choice(voc["review_titles"][role]).format(**values)
        lead = rng.choice(voc["review_leads"][role]).format(**values)
        kind = "meeting"
    if kind == "meeting" and f"giai đoạn {plan.start}-{plan.end}" in title + lead:
        period = (plan.start, plan.end)
    title, lead = " ".join(title.split()), " ".join(lead.split())  # a symbol left out leaves no double space
    body = [lead] + [p.format(**values) for p in rng.sample(voc["bodies"], 2)]
    gold = _program_gold(plan, day, kind, [a, b], province if (local or not plan.central) else None, period)
    gold["program"] = {"key": plan.key, "role": role, "renews": renews.key if renews else None}
    return title, "\n\n".join(body), gold, published


def _on(rng: random.Random, year: int, months: tuple[int, int]) -> date:
    return date(year, rng.randint(*months), rng.randint(1, 28))


def program_series(rng: random.Random, n: int) -> list[tuple[str, str, dict, date]]:
    """The articles of one program's life (and of its renewal), each (title, text, gold, published), before
    today's units took over (a program's province keeps one name)."""
    last = _merger_date() - timedelta(days=40)
    central = rng.random() < 0.3
    signed = date(2015, 1, 1) + timedelta(days=rng.randrange((date(2022, 6, 30) - date(2015, 1, 1)).days))
    plan = _plan(rng, f"prog{n}", signed, central)
    out: list[tuple[str, str, dict, date]] = []
    if rng.random() < 0.75:  # else the program is known only from its reviews
        out.append(_program_article(rng, plan, "sign", signed))
    for year in range(plan.start + 1, plan.end):
        if rng.random() < 0.35:
            out.append(_program_article(rng, plan, "review_yearly", _on(rng, year, (1, 3))))
    middle = plan.start + max(2, (plan.end - plan.start) // 2)  # "sơ kết 1 năm" is a yearly review
    if rng.random() < 0.6:
        out.append(_program_article(rng, plan, "review_midterm", _on(rng, middle, (6, 11))))
    for _ in range(rng.choice([1, 2, 3]) if central else 0):
        out.append(_program_article(rng, plan, "implement", _on(rng, plan.start, (3, 12))))
    if not central and rng.random() < 0.4:  # re-signed for the next period at the final review
        renewal = _plan(rng, f"prog{n}r", _on(rng, plan.end, (10, 12)), False)
        renewal.a, renewal.b, renewal.province, renewal.topic = plan.a, plan.b, plan.province, plan.topic
        renewal.noun, renewal.aim = plan.noun, plan.aim
        renewal.start, renewal.end = plan.end + 1, plan.end + 1 + (plan.end - plan.start)
        out.append(_program_article(rng, renewal, "resign", renewal.signed, renews=plan))
    elif rng.random() < 0.7:
        k = plan.end - plan.start + 1
        day = _on(rng, plan.end, (10, 12))
        out.append(_program_article(rng, plan, "review_final", day))
        out[-1][2]["program"]["role"] = "review_final" if k > 1 else "review_yearly"
    return [a for a in out if a[3] <= last]
