"""What an article says about a cluster: its name, the members it lists ("Cụm thi đua số 5 gồm các tỉnh: A, B
và C") and who heads it ("do Đồng Nai làm Cụm trưởng", "Công an tỉnh X - Cụm phó Cụm thi đua số 3").

Kept as evidence rows beside the event (warehouse table cluster_evidence), so analysts can compare them with
the cluster registry (data/reference/) and accept what the registry lacks. The members are provinces when the
text names one (a province's body in a national cluster stands for the province), else the body as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from typing import Any

from etl.clusters import cluster_at
from etl.places import Gazetteer, gazetteer
from etl.text import case_blind, fast_start, fold, fold_document, sentences, squash_spaces

KINDS = ("name", "roster", "head", "deputy_head")


@dataclass(frozen=True)
class Evidence:
    written: str  # the cluster as the article writes it
    kind: str  # name | roster | head | deputy_head
    member: str | None = None  # a province (canonical name) or a body as written
    year: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# Phrases whose commas and "và" are part of one body's name, hidden while lists are split.
_WHOLE_NAMES = re.compile(
    r"văn h(?:óa|oá)\s*[,–-]\s*thể thao(?:\s+và\s+du lịch)?|bảo vệ và phát triển|lao động\s*[,–-]\s*thương binh và xã hội"
    r"|tài nguyên và môi trường|nông nghiệp và (?:phát triển nông thôn|môi trường)|khoa học và công nghệ"
    r"|tỉnh,\s*thành(?:\s+phố)?",
    re.IGNORECASE,
)
_COMMA, _AND = "\x01", "\x02\x02"

_MENTION_START = re.compile(r"\b(?:cụm|khối|nhóm)\b", re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+này)?\W*$", re.IGNORECASE)
# "Cụm thi đua năm 2023", "Cụm thi đua gồm ...", "cụm thi đua báo cáo": words after "cụm thi đua" that are no name
_VERBS = (
    r"gồm|bao gồm|báo cáo|tổ chức|đã|đang|vừa|sẽ|được|cũng|là|có|họp|ký|tiến hành|thống nhất|bầu|đề ra|phát động"
    r"|sơ kết|tổng kết|giao ban|năm|và|trong|của|này|đạt|xuất sắc|dẫn đầu|theo|với|cho|để|nhằm|trên|tiêu biểu|do"
    r"|chủ trì|tham dự|đề nghị|phấn đấu|hoàn thành"
)
_NOT_A_NAME = re.compile(
    rf"^(?:cụm|khối)(?:\s+thi\s+đua)?\s*(?:$|(?:{_VERBS})\b|\d{{4}}\b|(?:các|những)\s*$)", re.IGNORECASE
)
# What the cluster pattern of etl/clusters.py may carry past the name ("..., Bộ Công an năm 2018 là Công an ...").
_NAME_TAIL = re.compile(
    r"\s+(?:năm\s+\d{4}|là|gồm|bao gồm|do|(?<!các )(?<!những )tổ chức|đã|vừa)\b.*$", re.IGNORECASE | re.DOTALL
)

_ROSTER = re.compile(
    r"\b(?:bao\s+)?gồm(?:\s+có)?\b|\b(?:các\s+)?(?:đơn vị\s+)?thành viên\s+(?:trong|của|thuộc)\s+"
    r"(?:cụm|khối)(?:\s+thi\s+đua)?\s*:",
    re.IGNORECASE,
)
# Between the cluster and "gồm": nothing that makes the list something else's (the meeting's participants).
_NOT_THE_CLUSTER_S = re.compile(
    r"hội nghị|thành phần|dự thảo|nội dung|chương trình|kế hoạch|đại biểu|tham dự|đến dự|tới dự|giao ước|báo cáo",
    re.IGNORECASE,
)
_LIST_HEAD = re.compile(
    r"^\s*(?:có\s+)?(?:các\s+)?(?:0?\d+\s+)?(?P<unit>tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn|địa phương"
    r"|đơn vị|thành viên|cơ quan)?\b\s*(?:,\s*thành(?:\s+phố)?)?\s*",
    re.IGNORECASE,
)
_LIST_END = re.compile(
    r"\s+(?:đã|đang|vừa|sẽ|do|với|tổ chức|tham dự|cùng|được|nhằm|trong đó|thực hiện|tiến hành|có tổng|là|sơ kết"
    r"|tổng kết|ký|họp|triển khai|phát động|giao ban|bầu|thống nhất|năm \d{4})\b"
    r"|[.!?]\s|[.!?/]*$",  # lowercase verbs only: "Ban Tổ chức" is a member
)
_LOCAL_UNITS = ("quận", "huyện", "thị xã", "xã", "phường", "thị trấn")
_LOCAL_UNIT = re.compile(r"\b(?:huyện|quận|thị xã|xã|phường|thị trấn)\b", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)?")
_MAX_ITEM_WORDS = 14

# Roles. Deputy first: "Phó trưởng cụm" holds "trưởng cụm".
_ROLE = re.compile(
    r"\b(?P<deputy>(?:cụm|khối)\s+phó|phó\s+(?:trưởng\s+)?(?:cụm|khối))\b|\b(?P<head>(?:cụm|khối)\s+trưởng"
    r"|trưởng\s+(?:cụm|khối))\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"(?:\bđơn vị\s+)?\b(?:làm|là|giữ|giữ vai trò|được (?:chỉ định|bầu|giao)(?:\s+làm|\s+là)?)\s*(?:đơn vị\s+)?$",
    re.IGNORECASE,
)
_VERB_BEFORE = fast_start(_VERB_BEFORE)  # a first-letter check before the alternatives
_AFTER = re.compile(r"^(?P<skip>[^.;:()]{0,70}?)\s+là\s+(?:đơn vị\s+)?(?P<holder>[^,;.()]+)", re.IGNORECASE)
_BOUNDARY = re.compile(
    r"[,;:.]|\b(?:do|bầu(?:\s+tín nhiệm)?|trong đó|theo đó|tại|và|thống nhất|giao|cho|đã)\s",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"^(?:(?:phó\s+)?(?:chủ tịch|giám đốc|viện trưởng|chánh án|trưởng ban|bí thư|cục trưởng|trưởng phòng"
    r"|thủ trưởng|chánh văn phòng|tổng biên tập|trưởng(?=\s+công an))|đại diện|lãnh đạo|đơn vị|năm \d{4})\s+",
    re.IGNORECASE,
)
_NOT_A_HOLDER = re.compile(
    r"\b(?:tổ chức|hội nghị|bầu|tặng|trao|chúc mừng|nhiệm vụ|bàn giao|phát biểu|tiến hành|các|những|vai trò)\b",
    re.IGNORECASE,
)
_ORG_WORD = re.compile(
    r"\b(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội|Sở|Công an|VKSND|TAND|Viện|Tòa|Toà|Mặt trận|MTTQ|Liên đoàn|LĐLĐ|Công đoàn"
    r"|BHXH|Bảo hiểm|Trại giam|Ban|Đảng ủy|Đảng uỷ|Đoàn|Quỹ|Cục|Chi cục|Bộ|Trường|Trung tâm|Đài|Báo|Thanh tra"
    r"|Phòng|Văn phòng|Ngân hàng|Kho bạc|Chi nhánh|Bộ chỉ huy|Tỉnh đoàn|Thành đoàn)\b"
)
_ORG_WORD = fast_start(_ORG_WORD)  # a first-letter check before the alternatives
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_ANY_CLUSTER_WORD = re.compile(r"cum|khoi|nhom")
# a word every match of _MENTION_START, _ROSTER and _ROLE holds (any case): a sentence with none of them, lowered as
# they read it (text.case_blind), adds no evidence and is not read
_SENTENCE_WORDS = ("cụm", "khối", "nhóm", "gồm")


def _protect(text: str) -> str:
    return _WHOLE_NAMES.sub(lambda m: m.group(0).replace(",", _COMMA).replace(" và ", f" {_AND} "), text)


def _restore(text: str) -> str:
    return text.replace(_COMMA, ",").replace(_AND, "và")


def _mentions(sentence: str) -> list[tuple[str, int, int]]:
    """The clusters a sentence names: (as written, start, end)."""
    found = []
    pos = 0
    for m in _MENTION_START.finditer(sentence):
        if m.start() < pos:
            continue
        at = cluster_at(sentence, m.start())
        if at is None:
            continue
        name, end = at
        name = _NAME_TAIL.sub("", squash_spaces(_restore(name))).rstrip(" ,–-/")
        if not _NOT_A_NAME.match(name):
            found.append((name, m.start(), end))
        pos = end
    return found


def _province_of(body: str, gaz: Gazetteer) -> str | None:
    """The province a body stands for in a national cluster ("Công an tỉnh Quảng Trị" -> "Quảng Trị"), or None
    for a body below the province or of no province."""
    province = gaz.canonical(body)
    if province or _LOCAL_UNIT.search(body):
        return province
    named = list(dict.fromkeys(m.name for m in gaz.provinces_in(body)))
    return named[-1] if named else None


def _member(item: str) -> str | None:
    item = squash_spaces(_restore(item)).strip(" ,;:.–-/\"'“”")
    return re.sub(r"^(?:các|và)\s+", "", item, flags=re.IGNORECASE) or None


def _split_items(listed: str) -> list[str]:
    """The items of a written list: commas and semicolons, and "và" between two items of the same kind."""
    parts = [p.strip() for p in re.split(r"[,;]", listed) if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = re.split(r"\s+và\s+", part)
        if len(pieces) == 2:
            a, b = pieces
            short = len(a.split()) <= 7 and len(b.split()) <= 7
            same_kind = b.split()[0].lower() == a.split()[0].lower()
            if same_kind or short and (b[0].isupper() or b[0].isdigit() or gazetteer().canonical(b)):
                out += [a, b]
                continue
        out.append(part)
    return out


def _roster(rest: str) -> list[str]:
    """The members listed after "gồm", as written: a list that ends where the sentence goes on with a verb."""
    if (close := rest.find(")")) >= 0 and "(" not in rest[:close]:  # "(bao gồm A, B và C)": the list is in brackets
        rest = rest[:close]
    rest = _PARENS.sub("", rest)
    colon = rest.find(":", 0, 90)
    head, listed = (rest[:colon], rest[colon + 1 :]) if colon >= 0 else ("", rest)
    unit_m = _LIST_HEAD.match(head or listed)
    unit = (unit_m.group("unit") or "").lower() if unit_m else ""
    if colon < 0 and unit_m:
        listed = listed[unit_m.end() :]
    end = _LIST_END.search(listed)
    listed = listed[: end.start()] if end else listed
    members: list[str] = []
    for item in _split_items(listed):
        if len(item.split()) > _MAX_ITEM_WORDS:
            break
        if unit in _LOCAL_UNITS and not _LOCAL_UNIT.match(item.strip()):
            item = f"{unit} {item.strip()}"
        member = _member(item)
        if member and member not in members:
            members.append(member)
    return members if len(members) >= 2 else []


def _holder(before: str) -> str:
    """The body (or person's body) written just before a role or its verb, back to the clause's start."""
    before = before.rstrip()
    if before.endswith("("):  # "UBND tỉnh Đồng Tháp (Cụm phó)"
        before = before[:-1]
    before = before.rstrip(" –-,")
    cut = 0
    for m in _BOUNDARY.finditer(before):
        cut = m.end()
    holder = before[cut:].strip(" –-,(")
    while (title := _TITLE.match(holder)) is not None:
        holder = holder[title.end() :]
    return holder


def _role_member(holder: str, gaz: Gazetteer) -> str | None:
    """The body holding a role, as written (a person's name before it left out), or None when none is named."""
    holder = squash_spaces(_PARENS.sub("", _restore(holder))).strip(" –-,.")
    if not holder or len(holder.split()) > _MAX_ITEM_WORDS or _NOT_A_HOLDER.search(holder):
        return None
    if " - " in holder or " – " in holder:  # "Nguyễn Văn A - Viện trưởng VKSND huyện X": the body after the dash
        holder = re.split(r"\s[–-]\s", holder)[-1]
        while (m := _TITLE.match(holder)) is not None:
            holder = holder[m.end() :]
    if not _ORG_WORD.search(holder) and not _province_of(holder, gaz):
        return None  # a person, or words that name no body
    return holder


def _nearest_year(sentence: str, at: int) -> int | None:
    years = [(abs(m.start() - at), int(m.group(1))) for m in _YEAR.finditer(sentence)]
    return min(years)[1] if years else None


def _rosters(
    sentence: str, mentions: list[tuple[str, int, int]], context: str | None, event_year: int | None
) -> Iterator[Evidence]:
    """The members each "gồm" of the sentence lists for the cluster named just before it ("cụm này", "Cụm thi
    đua gồm": the cluster in context); not a meeting's participants."""
    for r in _ROSTER.finditer(sentence):
        before = sentence[: r.start()]
        written: str | None
        named = [x for x in mentions if x[2] <= r.start() and r.start() - x[2] <= 70]
        if named and not _NOT_THE_CLUSTER_S.search(before[named[-1][2] :]):
            written = named[-1][0]
        elif _GENERIC.search(before[-40:]) or r.group(0).rstrip().endswith(":"):
            written = context
        else:
            continue
        year = _nearest_year(sentence, r.start()) or event_year
        if not written:
            continue
        for member in _roster(sentence[r.end() :]):
            yield Evidence(written, "roster", _restore(member), year)


def _roles(
    sentence: str, mentions: list[tuple[str, int, int]], context: str | None, gaz: Gazetteer
) -> Iterator[Evidence]:
    """Heads and deputies: "X làm/là Cụm trưởng", "Cụm trưởng ... là X", "X - Cụm phó Cụm ...", "X (Cụm phó)"."""
    for m in _ROLE.finditer(sentence):
        kind = "deputy_head" if m.group("deputy") else "head"
        before, after = sentence[: m.start()], sentence[m.end() :]
        verb = _VERB_BEFORE.search(before)
        after_m = _AFTER.match(after)
        if verb:
            holder = _holder(before[: verb.start()])
        elif after_m and not _NOT_A_HOLDER.search(after_m.group("skip")):
            holder = after_m.group("holder")
            holder = re.split(r"\s+(?:và|do|đã|được)\s+", holder)[0]
        else:
            holder = _holder(before)
        member = _role_member(holder, gaz)
        if member is None:
            continue
        following = next((w for w, s, _ in mentions if 0 <= s - m.end() <= 2), None)
        nearest = min(mentions, key=lambda x: abs(x[1] - m.start()))[0] if mentions else None
        written = following or nearest or context
        if written:
            yield Evidence(written, kind, member, _nearest_year(sentence, m.start()))


def _as_provinces(found: list[Evidence], gaz: Gazetteer) -> list[Evidence]:
    """Members as provinces, but for a cluster whose listed roster names bodies of one province twice (a
    provincial cluster: "VKSND tỉnh Sóc Trăng, ..., Công an tỉnh Sóc Trăng"), whose members stay bodies."""
    provincial = set()
    for written in {fold(e.written) for e in found}:
        listed = [_province_of(e.member or "", gaz) for e in found if e.kind == "roster" and fold(e.written) == written]
        provinces = [p for p in listed if p]
        if len(provinces) != len(set(provinces)) or (listed and len(provinces) < len(listed) / 2):
            provincial.add(written)
    return [
        e if fold(e.written) in provincial else replace(e, member=_province_of(e.member or "", gaz) or e.member)
        for e in found
    ]


def find_evidence(title: str, text: str, cluster: str | None, event_year: int | None) -> list[Evidence]:
    """Every cluster the article names with members or a head, as evidence rows; `cluster` is the cluster the
    event belongs to as extracted (it stands for "cụm này", "Cụm thi đua gồm ...")."""
    if not _ANY_CLUSTER_WORD.search(fold_document(title + " " + text)):
        return []
    gaz = gazetteer()
    own = _NAME_TAIL.sub("", squash_spaces(cluster)).rstrip(" ,–-/") if cluster else ""
    event_cluster = own if own and not _NOT_A_NAME.match(own) else None  # "cụm thi đua chủ trì hội nghị" is no name
    context = event_cluster
    found: list[Evidence] = []
    # a text whose words hold none of them has no sentence that does ("khởi" folds as "khoi" does): none is read
    whole = case_blind(f"{title}\n{text}")
    read = (title, text) if any(word in whole for word in _SENTENCE_WORDS) else ()
    for sentence in [s for t in read for s in sentences(_protect(t))]:
        low = case_blind(sentence)
        if not any(word in low for word in _SENTENCE_WORDS):
            continue  # names no cluster, lists no roster, gives no role: nothing to read (most sentences)
        mentions = _mentions(sentence)
        found += _rosters(sentence, mentions, context, event_year)
        found += [
            Evidence(e.written, e.kind, _restore(e.member or ""), e.year or event_year)
            for e in _roles(sentence, mentions, context, gaz)
        ]
        if mentions:
            context = mentions[-1][0]
    names = [event_cluster] if event_cluster else []
    names += [e.written for e in found]
    first_writing: dict[str, str] = {}
    for w in names:
        first_writing.setdefault(fold(w), w)
    out = [Evidence(w, "name", None, event_year) for w in first_writing.values()]
    seen: set[tuple[str, str, str | None]] = set()
    for e in _as_provinces(found, gaz):
        key = (fold(e.written), e.kind, e.member)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
