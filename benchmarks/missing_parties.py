"""Where and how the text names each party our extractor leaves out (issue 11, a class study).

`benchmarks/party_forms.py` found that most party misses on the development splits are not a written-form choice
but a body missing from our output. This script takes those missing bodies (the labels' parties that no prediction
of ours matches even loosely), finds where the text names each one, and classes the shape of the text there, so
that rules are written for the largest shapes rather than article by article:

- not written so: no sentence holds the body's own words (the label composes its name);
- title only: only the title names it;
- through its leader: a leader's title stands before the body ("Chủ tịch UBND tỉnh A chủ trì");
- host of a cluster's meeting: "do A đăng cai tổ chức", "A (Cụm phó) đăng cai";
- a cluster's members: named in a roll after the cluster ("Công an 6 tỉnh thuộc Cụm ..., gồm: A, B");
- one head over several places: the body's head is written once for a list of places ("BĐBP các tỉnh, thành
  phố: A, B", "Hội X thành phố A, thành phố B và C", "các huyện, thị, thành ủy, gồm: A, B");
- heads sharing a place, or bare: its head is named without its place, which a list shares or the article
  implies ("A, B và C tỉnh X", "ký kết với 7 đơn vị gồm: Bệnh viện, ...", "giữa viện kiểm sát, Công an, Tòa án");
- partner named below: after "với" in a sentence below the lead ("Theo đó, A kết nghĩa với B và C");
- named below: in a sentence below the lead, not as a partner;
- in the lead: the lead names it as the label writes it (a head the data does not know, a typo, a venue).

usage: python -m benchmarks.missing_parties DUMP.json --texts DIR [--skip su,sv] [--sources CSV] [-v]
(DUMP.json: `python -m benchmarks.real_accuracy --texts DIR --dump DUMP.json`: our contract lines, id -> record; --skip: id prefixes another study owns)
"""

from __future__ import annotations

import re
from collections import Counter

from benchmarks.party_forms import article_of, miss_causes, study_parser, study_rows
from etl.parties import expand_abbreviations
from etl.text import fold, sentences

# words every body's or place's name may hold: they say nothing of which body it is
_COMMON = set(
    re.findall(
        r"\w+",
        "tinh thanh pho tp huyen quan thi xa phuong tran cac va so ban hoi uy doan dai cong an to chuc viet nam "
        "nhan dan ubnd hdnd mttq chi cuc phong trung tam bo huy khu vuc lien",
    )
)
_LEADER = re.compile(
    r"\b(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Viện trưởng|Chánh án|Trưởng ban|Chỉ huy trưởng|Chính ủy|Tổng biên tập)\s+$"
)
_GROUP = re.compile(r"^(?:Cụm|Khối|Nhóm|Hội đồng thi đua)\b", re.IGNORECASE)
_ROLL = re.compile(r"\bgồm\b|:\s*", re.IGNORECASE)
_SHARED_HEAD = re.compile(
    r"\b(?:các|\d{1,2})\s+(?:tỉnh|thành phố|huyện|xã|phường|đồn|huyện,\s*thị)[^.;]{0,40}?(?::|\bgồm\b)"
    r"|(?:thành phố|tỉnh)\s+[A-ZĐ][^,.;]{1,25},\s*(?:thành phố|tỉnh)\s",
    re.IGNORECASE,
)
SHAPES = (
    "not written so (the label composes the name)",
    "title only",
    "through its leader (rulings 3, 7)",
    "host of a cluster's meeting",
    "a cluster's members in a roll",
    "one head over several places",
    "heads sharing a place, or bare",
    "partner after 'với' below the lead",
    "named below the lead",
    "in the lead as labelled (head, typo, venue)",
)


def _words(name: str) -> list[str]:
    """The folded words that tell this body from others of its kind (its place, its field, its number)."""
    out = [w for w in re.findall(r"\w+", fold(expand_abbreviations(name)).lower()) if w not in _COMMON]
    return out or re.findall(r"\w+", fold(name).lower())


def _coverage(words: list[str], text: str) -> float:
    folded = " " + " ".join(re.findall(r"\w+", fold(expand_abbreviations(text)).lower())) + " "
    return sum(f" {w} " in folded for w in words) / len(words)


def _head(name: str) -> str:
    """The body's head as the label writes it: its words before its place ("Công an" of "Công an tỉnh A",
    "Huyện ủy" of "Huyện ủy B", "Đồn Biên phòng" of "Đồn Biên phòng Si Ma")."""
    m = re.match(r"(.+?)\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|khu vực)\b", name)
    if m:
        return m.group(1).strip()
    words = name.split(" (")[0].split()
    while len(words) > 1 and words[-1][:1].isupper() and not words[-1].isupper():
        words.pop()  # the place's or the unit's own name
    return " ".join(words)


def _has_head(head: str, text: str) -> bool:
    """Whether the text writes the body's head, spelt out or abbreviated, in any case."""
    h = fold(expand_abbreviations(head)).lower()
    return bool(h) and h in fold(expand_abbreviations(text)).lower()


def _shared_head(head: str, s: str) -> bool:
    """Whether the sentence writes the body's head once over several places: "BĐBP các tỉnh, thành phố: A, B",
    "4 đồn Biên phòng: A, B", "Hội X thành phố A, thành phố B và C", "các huyện, thị, thành ủy, gồm: A, B"."""
    text = fold(expand_abbreviations(s)).lower()
    h = fold(expand_abbreviations(head)).lower()
    party_committee = h.endswith(" uy") or h.endswith("uy") and " " not in h
    if party_committee and re.search(r"\b(?:huyen|thi|thanh)\s*,\s*(?:huyen|thi|thanh)[^.;]{0,12}\buy\b", text):
        return True
    written = expand_abbreviations(s)
    for m in _SHARED_HEAD.finditer(written):
        near = fold(written[max(0, m.start() - len(head) - 40) : m.end()]).lower()
        if h and h in near:
            return True
    return False


def shape_of(gold: str, title: str, told: list[str]) -> tuple[str, str]:
    """(the shape, the sentence that names the body best) for a party our extractor leaves out. `told`: the
    sentences of the report in order, the lead's first."""
    words, head = _words(gold), _head(gold)
    scored = [(_coverage(words, s), _has_head(head, s), -i, s) for i, s in enumerate(told)]
    best = max(scored, default=(0.0, False, 0, ""))
    if best[0] < 0.67 and _coverage(words, title) < 0.67:
        # the place the label makes explicit may be left to the article ("UBND tỉnh" in a province's paper)
        by_head = [(h, -i, s) for c, h, i, s in ((c, h, -i, s) for c, h, i, s in scored) if h]
        if not by_head:
            return SHAPES[0], ""
        best = (1.0, True, by_head[0][1], by_head[0][2])
    elif best[0] < 0.67:
        return SHAPES[1], title
    at, s = -best[2], best[3]
    low = s.lower()
    where = fold(low).find(fold(expand_abbreviations(head)).lower()) if head else -1
    where = fold(low).find(fold(head).lower()) if where < 0 and head else where
    if where > 0 and _LEADER.search(s[:where]):
        return SHAPES[2], s
    if "đăng cai" in low and not _GROUP.match(gold):
        return SHAPES[3], s
    if re.search(r"\b(?:cụm|khối)\b", low) and _ROLL.search(s) and not _GROUP.match(gold):
        return SHAPES[4], s
    if _shared_head(head, s):
        return SHAPES[5], s
    if fold(gold).lower() not in fold(s).lower() and (
        re.search(r"\b(?:gồm|giữa)\b", low) or re.search(r",\s*[^,]{3,40}\s+và\s+[^,]{3,40}\s+(?:tỉnh|khu vực)\b", s)
    ):
        return SHAPES[6], s
    if at > 0:
        m = re.search(r"\bvới\b", s)
        return (SHAPES[7] if m and m.start() < max(where, 0) + 200 else SHAPES[8]), s
    return SHAPES[9], s


def main(argv: list[str] | None = None) -> int:
    ap = study_parser(__doc__.splitlines()[0])
    ap.add_argument("--skip", default="", help="id prefixes to leave out (another study's rounds)")
    a = ap.parse_args(argv)
    skip = tuple(p for p in a.skip.split(",") if p)
    splits, labelled = study_rows(a)
    shapes: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    extra = 0
    for row, pred in labelled:
        gold = row["gold"]
        if (skip and row["id"].startswith(skip)) or not gold.get("is_event") or not pred.get("is_event"):
            continue
        causes = miss_causes(list(gold.get("parties") or []), list(pred.get("parties") or []))
        extra += sum(why == "extra body" for why, _, _ in causes)
        missing = [g for why, g, _ in causes if why == "missing body" and g]
        if not missing or (article := article_of(row, a.texts)) is None:
            continue
        told = [s for p in article.paragraphs for s in sentences(p)]
        for g in missing:
            shape, where = shape_of(g, article.title, told)
            shapes[shape] += 1
            articles.setdefault(shape, set()).add(row["id"])
            if a.verbose:
                print(f"  {row['id']:6s} {shape[:34]:34s} {g!r}  <- {where[:160]!r}")
    total = sum(shapes.values())
    n_articles = len(set().union(*articles.values())) if articles else 0
    print(f"Missing parties by the shape of the text that names them ({', '.join(splits)}): {total} in {n_articles}")
    print(f"  {'shape':48s} {'parties':>7s} {'articles':>8s}")
    for name in SHAPES:
        if shapes[name]:
            print(f"  {name:48s} {shapes[name]:7d} {len(articles[name]):8d}")
    print(f"  (extra bodies in our output: {extra})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
