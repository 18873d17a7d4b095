"""Topics of an event, most relevant first, from the taxonomy in data/reference/topics.csv.

The organiser's own field comes first (a learning-promotion association's program is about learning
promotion); then what the title and lead say the program is about. Communication ("tuyên truyền") is
usually the means, so it follows any subject-matter topic. Names of bodies are masked before counting:
"Ban Tuyên giáo" says who signs, not what about.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from etl.parties import Party, expand_abbreviations
from etl.reference import count_words, load_table
from etl.text import alternation, fast_start, fold, modern_syllable_tones

MEANS_TOPIC = "tuyen_truyen"
# Communication as what the bodies coordinate, not how: "phối hợp tuyên truyền", "ký kết hợp tác truyền thông".
_ABOUT_END = re.compile(r"[.;:]|\s(?:với|giữa|cho|tại|nhằm|của)\s", re.I)  # where what is communicated ends
_COORDINATE = re.compile(r"(?:phối hợp|hợp tác|ký kết|ký)\s+(?:(?:công tác|thực hiện|trong|về|hợp tác)\s+)*", re.I)
_COORDINATE = fast_start(_COORDINATE)  # a first-letter check before the alternatives


@cache
def _keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every keyword, longest first, so the longest keyword at a place wins."""
    topic_of = {modern_syllable_tones(r["keyword"]).lower(): r["topic"] for r in load_table("topic_keywords.csv")}
    alts = sorted(topic_of, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + alternation(alts, ignore_case=True) + r")(?!\w)", re.I), topic_of


@cache
def _fallbacks() -> tuple[tuple[str, str], ...]:
    """(keyword, topic) of data/reference/topic_fallbacks.csv: the kind of event's own topic, for bodies with no field."""
    return tuple((r["keyword"].lower(), r["topic"]) for r in load_table("topic_fallbacks.csv"))


def _fallback_topics(text: str) -> list[str]:
    low = text.lower()
    return list(dict.fromkeys(topic for keyword, topic in _fallbacks() if keyword in low))


# a counted or plural group of units the keyword describes ("cụm bảy tỉnh biên giới phía Bắc", "các xã biên giới", "7
# tỉnh miền núi biên giới"): which units they are, where they lie, not what the event is about
_UNITS_DESCRIBED = re.compile(
    r"\b(?:các|những|\d{1,3}|" + count_words() + r")\s+(?:tỉnh|huyện|xã|địa phương)(?:\s*,\s*thành(?:\s+phố)?)?"
    r"(?:\s+miền núi)?\s+$",
    re.IGNORECASE,
)


def keyword_topics(text: str) -> list[str]:
    """Topics whose keywords the text names, in order of first appearance; not a word that describes a group of
    units (`_UNITS_DESCRIBED`)."""
    return list(_keyword_topics(text))


@lru_cache(maxsize=4096)
def _keyword_topics(text: str) -> tuple[str, ...]:
    """Remembered: the names of the bodies are read for their fields in article after article ("Sở Tư pháp tỉnh
    A"), and the keywords' pattern tries each of its words at every place of a name."""
    pattern, topic_of = _keywords()
    text = modern_syllable_tones(text)  # "văn hoá" is the keyword "văn hóa" (same length: places hold)
    found: list[str] = []
    # the units' words, in lower case (no letter of them has another case-blind match): most names hold none
    low = text.lower()
    described = any(word in low for word in ("tỉnh", "huyện", "xã", "phương"))
    for m in pattern.finditer(text):
        if described and _UNITS_DESCRIBED.search(text, max(0, m.start() - 40), m.start()):
            continue
        topic = topic_of[m.group(1).lower()]
        if topic not in found:
            found.append(topic)
    return tuple(found)


def blank(text: str, words: str) -> str:
    """`text` with every occurrence of `words`, whatever its case, replaced by a space: as
    `re.sub(re.escape(words), " ", text, flags=re.I)` does, without compiling a pattern for every name (each
    article's names are new, and compiling them was a tenth of the extraction's time)."""
    low, key = text.lower(), words.lower()
    if not key or len(low) != len(text) or len(key) != len(words):  # a letter whose lower case is longer
        return re.sub(re.escape(words), " ", text, flags=re.I) if key else text
    parts, start = [], 0
    while (found := low.find(key, start)) >= 0:
        parts += [text[start:found], " "]
        start = found + len(key)
    return "".join(parts) + text[start:]


def mask(text: str, parties: list[Party]) -> str:
    for p in sorted(parties, key=lambda p: len(p.head), reverse=True):
        if not p.head:
            continue  # a place as a party ("tỉnh Bắc Kạn") has no body's words to mask
        text = blank(text, p.head)
    return text


def _without_names(text: str, parties: list[Party]) -> str:
    """The text with every party's name, as the extractor wrote it (whatever its case), blanked."""
    for p in sorted(parties, key=lambda p: len(p.name), reverse=True):
        text = blank(text, p.name)
        if p.base:  # the name without the place the extractor made explicit ("Công đoàn ngành Giáo dục")
            text = blank(text, p.base)
    return mask(text, parties)


def communication_is_the_subject(text: str) -> bool:
    """Whether the text says the bodies coordinate communication itself ("phối hợp tuyên truyền"), where
    communication is the subject and comes first, not the means that follows every other topic."""
    pattern, topic_of = _keywords()
    for m in _COORDINATE.finditer(text):
        word = pattern.match(text, m.end())
        if word and topic_of[word.group(1).lower()] == MEANS_TOPIC:
            # "phối hợp tuyên truyền pháp luật": communication of another subject, which is the subject
            about = _ABOUT_END.split(text[word.end() : word.end() + 60], maxsplit=1)[0]
            return all(t == MEANS_TOPIC for t in keyword_topics(about))
    return False


_WOMEN = re.compile(r"\b(?:phụ nữ|LHPN|PNCS)\b", re.IGNORECASE)  # the women's union, as reports write it
MOBILISATION_TOPIC = "dan_van"
# a body twinned with residents' own units, a village or hamlet ("lễ kết nghĩa với làng A và làng B", "kết nghĩa với
# các thôn, buôn đồng bào dân tộc thiểu số"): the bodies' work with the people, mass mobilisation (DOMAIN.md's dân
# vận), whatever field the body has; localities twinned with each other support each other's economy instead
_TWINNED_WITH_VILLAGES = re.compile(
    r"\bkết nghĩa\b[^.;\n]{0,80}?\b(?:với|và)\s+(?:các\s+)?(?:làng|buôn|thôn|ấp|bản|plei|khóm|xóm|tổ dân phố|khu dân cư)\b",
    re.IGNORECASE,
)
# an armed body twinned with a commune or ward ("Công an tỉnh kết nghĩa với xã A", "lễ ký kết nghĩa với các phường"):
# its own task first, the work with the commune's people beside it
_TWINNED_WITH_COMMUNES = re.compile(
    r"\bkết nghĩa\b[^.;\n]{0,80}?\b(?:với|và)\s+(?:các\s+)?(?:xã|phường|thị trấn)\b", re.IGNORECASE
)


# a numbered document the sentence cites before the twinning it names: the campaign the event carries out ("theo Chỉ
# thị số 03-CT/TU ... về tăng cường hoạt động kết nghĩa giữa các địa phương, đơn vị với thôn, làng"), not whom it twins
_CITED_DOCUMENT = re.compile(r"\bsố\s+\d+[\w/.-]*", re.IGNORECASE)


def _twinned(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether the text names a twinning of that shape outside the document a sentence cites before it."""
    return any(not _CITED_DOCUMENT.search(text, max(0, m.start() - 200), m.start()) for m in pattern.finditer(text))


PARTY_SECTOR_TOPIC = "khoa_giao"
_SCIENCE = re.compile(r"\b(?:khoa học|công nghệ|KH&CN|KH&KT)\b", re.IGNORECASE)
LAW_TOPIC = "phap_luat"
LEARNING_TOPIC = "khuyen_hoc"
EMULATION_TOPIC = "thi_dua_khen_thuong"


def _state_science(party: Party) -> bool:
    """A state or mass body of science or education (a university, a department of science, the union of
    science associations): `khoa_giao` is the party's own sector (DOMAIN.md), not the field of the state's
    schools and institutes; what they cooperate on (the economy, health) is told by the title and lead."""
    if party.topic != PARTY_SECTOR_TOPIC or party.type == "party":
        return False
    return party.type == "school" or bool(_SCIENCE.search(party.name))


_EDUCATION = re.compile(r"\b(?:giáo dục|GD&ĐT|GD-ĐT|GDĐT)\b", re.IGNORECASE)


def _education_yields(party: Party, leading: list[Party], stated: list[str]) -> bool:
    """A state department or ministry of education signing with a body of a field of its own (the police, a
    health department): `khoa_giao` is the party's sector (DOMAIN.md), not the state's schools, so the partner's
    field leads unless the title or lead says "khoa giáo"; alone with a body of no field it keeps its own."""
    if party.topic != PARTY_SECTOR_TOPIC or party.type != "state" or not _EDUCATION.search(party.name):
        return False
    if PARTY_SECTOR_TOPIC in stated:
        return False
    return any(p is not party and p.topic not in (None, MEANS_TOPIC, PARTY_SECTOR_TOPIC) for p in leading)


def _named_fields(party: Party) -> list[str]:
    """The sectors a party board with no field of its own is named by ("Ban Tuyên giáo và Dân vận": propaganda
    and mass mobilisation); none for any other body."""
    if party.topic or party.type != "party":
        return []
    return keyword_topics(party.name.split(" (")[0])


# propaganda and mobilisation of the people, one collocation ("tuyên truyền, vận động nhân dân", "tuyên truyền vận động
# hỗ trợ nông dân", "... tập hợp các tầng lớp nhân dân"): the bodies' work of mobilising the people (dân vận), not
# communication as the subject; mobilising for a task ("tuyên truyền, vận động cung cấp thông tin") is not it
_MOBILISING_THE_PEOPLE = re.compile(
    r"\btuyên truyền\s*,?\s*(?:và\s+)?vận động\s*,?\s*(?:(?:hỗ trợ|tập hợp|giúp đỡ)\s+)?"
    r"(?=(?:các tầng lớp|nhân dân|người dân|nông dân|hội viên|đoàn viên|quần chúng|đồng bào|cán bộ)\b)",
    re.IGNORECASE,
)


def _mobilising_as_such(text: str) -> str:
    """The text with "tuyên truyền, vận động <the people>" written as the mass mobilisation it is."""
    return _MOBILISING_THE_PEOPLE.sub("dân vận ", text) if "vận động" in text.lower() else text


def _press_cooperation(parties: list[Party], clustered: bool) -> bool:
    """Whether a newspaper, a broadcaster or a news agency signs with bodies that have no field of their own (a
    province's government, another press body, the communication department): what the press brings is its
    coverage, so communication is the program's subject, whatever the coverage is about ("giới thiệu tiềm năng
    kinh tế, thu hút đầu tư"). A partner with a field of its own (the police, the mass-mobilisation board, the
    emulation office) gives the subject, the coverage follows; a cluster of press associations is about emulation."""
    if clustered or not any(p.type == "press" for p in parties[:2]):
        return False
    return all(p.type == "press" or p.topic in (None, MEANS_TOPIC) for p in parties)


_PROPAGANDA = re.compile(r"\btuyên truyền\b", re.IGNORECASE)


def _communicates_a_subject(text: str) -> bool:
    """Whether the text says what the communication is about ("tuyên truyền về phong trào thi đua"): that subject
    is the program's, the coverage its means."""
    for m in _PROPAGANDA.finditer(text):
        about = _ABOUT_END.split(text[m.end() : m.end() + 60], maxsplit=1)[0]
        if any(t != MEANS_TOPIC for t in keyword_topics(about)):
            return True
    return False


def _front_beside_the_state(parties: list[Party]) -> bool:
    """Whether the Front signs or meets with state bodies of no field of their own alone (a council, a government, a
    delegation of deputies): their regulation of work together is about mobilising the people (dân vận)."""
    fronts = [p for p in parties if p.type == "mass" and p.topic == MOBILISATION_TOPIC]
    others = [p for p in parties if p not in fronts]
    return bool(fronts) and bool(others) and all(p.type == "state" and p.topic is None for p in others)


def find_topics(title: str, lead: str, body: str, parties: list[Party], cluster: str | None = None) -> list[str]:
    title, lead = _mobilising_as_such(title), _mobilising_as_such(lead)
    ordered: list[str] = []
    stated = keyword_topics(mask(title, parties)) + keyword_topics(mask(lead, parties))
    # The organiser's field: the first party that has a field of its own; of a body of several fields ("Sở
    # Văn hóa, Thể thao và Du lịch"), the one the title or lead states ("liên kết phát triển du lịch").
    # A cluster among the parties (beside its chair and deputy) gives its field: an emulation bloc's name lists its
    # members' sectors or places ("Cụm thi đua 7 tỉnh miền núi biên giới"); emulation is its field.
    group = next((p for p in parties if p.type == "other" and p.topic and p.topic != MEANS_TOPIC), None)
    if group and group.topic:
        ordered.append(group.topic)
    # A mass organisation with an armed body (veterans with the border guard, youth with the police): the armed
    # body's task is what they coordinate on, the organisation joins it
    armed = next((p for p in parties[:2] if p.type == "armed" and p.topic), None)
    leading = parties[:2]
    joined = None
    # (not an association whose field is its whole purpose: a learning-promotion association's program is about
    # learning promotion, whoever it signs with)
    mass = next(
        (p for p in parties[:2] if p.type == "mass" and p.topic not in (None, MEANS_TOPIC, LEARNING_TOPIC)), None
    )
    if armed and mass:
        leading, joined = [armed], mass.topic
    # the Front with a state body of a field of its own (a procuracy, the agriculture department, the ethnic-affairs
    # board): the Front mobilises the people for that body's task, whose field leads and mass mobilisation follows
    front = next((p for p in parties[:2] if p.type == "mass" and p.topic == MOBILISATION_TOPIC), None)
    state = next(
        (p for p in parties[:2] if p.type == "state" and p.topic not in (None, MEANS_TOPIC, MOBILISATION_TOPIC)), None
    )
    if front and state and not armed:
        leading, joined = [state], front.topic
    justice = next((p for p in parties if p.topic == LAW_TOPIC and p.type != "armed"), None)
    # the police, or the army's own procuracy or court, with the civil procuracy or court: one procedure
    police = armed is not None and fold(armed.name).startswith(
        ("cong an", "ca ", "vien kiem sat quan su", "toa an quan su")
    )
    if armed is not None and police and justice:
        # the police with a procuracy or a court (the bodies of one procedure, "liên ngành tố tụng"): what they
        # coordinate on is the law's procedure, the police's field follows
        leading, joined = [justice], armed.topic
    if armed is not None and mass is not None and parties[0] is mass and _WOMEN.search(mass.name):
        # the women's union that signs first with an armed body: a program for women and families (trafficking,
        # violence at home, women of the border), its field leads and the armed body's task follows
        leading, joined = [mass], (justice or armed).topic
    for p in [] if group else leading:
        fields = keyword_topics(p.name.split(" (")[0])  # its own name, not the members listed after it
        # what the title says outside the bodies' names ("Đoàn Thanh niên Bộ Tư pháp" is about youth)
        said = keyword_topics(_without_names(title, parties)) if p.topic or _named_fields(p) else []
        own = [t for t in said if t in fields and t != MEANS_TOPIC]
        if _education_yields(p, leading, stated):
            continue
        if p.topic and p.topic != MEANS_TOPIC and not (_state_science(p) and PARTY_SECTOR_TOPIC not in stated):
            ordered.append(own[0] if own else p.topic)
            break
        if _named_fields(p) and own:
            # a party board of several sectors with no field of its own, named by them ("Ban Tuyên giáo và Dân
            # vận", merged in 2025): the sector its name and the title share
            ordered.append(own[0])
            break
    if not ordered and not group:
        # the two bodies first named have no field of their own (a province's council and committee): the first
        # state body after them that has one (the state audit office they sign with) gives what they coordinate on;
        # the Front beside a government is its partner in mobilising, not a field
        ordered += [p.topic for p in parties[2:] if p.type == "state" and p.topic and p.topic != MEANS_TOPIC][:1]
    if joined and joined not in ordered:
        ordered.append(joined)  # the organisation's own field follows the task it joins
    if not ordered:  # no body with a field of its own: what the kind of event is about ("kết nghĩa": development)
        ordered += [t for t in _fallback_topics(mask(title, parties) + "\n" + mask(lead, parties)) if t not in ordered]
    if not stated and not ordered:
        # the title and lead say nothing: the topic the body keeps coming back to, not the first word of a field in
        # it ("chấp hành pháp luật" in a general regulation of work between a council and its committee)
        pattern, topic_of = _keywords()
        counts = Counter(topic_of[m.group(1).lower()] for m in pattern.finditer(mask(body, parties)))
        stated = [t for t, n in counts.most_common(1) if n > 1]
    if not ordered and _front_beside_the_state(parties) and all(t == MEANS_TOPIC for t in stated):
        # the council, the government and the Front, no subject in the title, the lead or the body's count but
        # communication, the means: what they coordinate is the Front's mobilising of the people
        ordered.append(MOBILISATION_TOPIC)
    for topic in stated:
        if topic not in ordered:
            ordered.append(topic)
    if any(p.topic == MEANS_TOPIC or MEANS_TOPIC in _named_fields(p) for p in parties) and MEANS_TOPIC not in ordered:
        ordered.append(MEANS_TOPIC)
    # the title and the lead's first sentence tell whom the event twins; a later sentence may tell the campaign it
    # belongs to ("kết nghĩa giữa các địa phương, đơn vị với thôn, làng" under a directive) while two communes twin
    first_sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
    head = f"{title}\n{first_sentence}"
    if "kết nghĩa" in head.lower():
        villages, communes = _twinned(head, _TWINNED_WITH_VILLAGES), _twinned(head, _TWINNED_WITH_COMMUNES)
        if villages and not armed:
            ordered = [MOBILISATION_TOPIC] + [t for t in ordered if t != MOBILISATION_TOPIC]
        elif (villages or communes) and armed:
            ordered = ordered[:1] + [MOBILISATION_TOPIC] + [t for t in ordered[1:] if t != MOBILISATION_TOPIC]
    if (
        cluster
        and "thi đua" in cluster.lower()
        and EMULATION_TOPIC in ordered
        and not [t for t in keyword_topics(expand_abbreviations(cluster)) if t != EMULATION_TOPIC]
    ):
        # an emulation cluster's event (its pledge, its rating, its review) is about emulation, whoever convenes it
        # or hosts it (a central inspection commission, a department), as when the cluster is itself the party;
        # not a network's cluster named by its field ("Cụm thi đua khuyến học số 4", "Cụm thi đua Ủy ban MTTQ ..."),
        # whose field leads
        ordered = [EMULATION_TOPIC] + [t for t in ordered if t != EMULATION_TOPIC]
    subjects = [t for t in ordered if t != MEANS_TOPIC]
    if (
        communication_is_the_subject(title)
        or communication_is_the_subject(first_sentence)
        or (_press_cooperation(parties, group is not None) and not _communicates_a_subject(head))
    ):
        ordered = [MEANS_TOPIC] + subjects
    else:
        ordered = subjects + [MEANS_TOPIC] if MEANS_TOPIC in ordered else subjects
    return ordered[:4] or ["other"]
