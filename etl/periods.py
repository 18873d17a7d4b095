"""The years a coordination program runs: "giai đoạn 2021 - 2025", "đến năm 2030", a regulation's own term
("Quy chế phối hợp công tác nhiệm kỳ 2021-2025"; never a term in a slogan or a body's office)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from etl.classify import PLEDGE_SIGNED, SIGN, only_cites
from etl.dates import LAW_YEAR_BEFORE  # a law's year, never a period
from etl.event_types import makes_programs
from etl.reference import count_value, count_words
from etl.text import fast_start, sentences

# the end year may carry its month after a dash, as the start's does ("giai đoạn tháng 9.2022 - 6.2023"); "từ tháng
# 10/2016 đến tháng 6/2017" is the span of work a meeting reviews, not a program's period
_RANGE = re.compile(
    r"(?:giai đoạn|nhiệm k[ỳì]|thời k[ỳì]|từ năm|năm)?\s*((?:19|20)\d{2})\s*(?:(?:-|–|—|đến|tới)\s*(?:năm\s+)?|[-–—]\s*(?:tháng\s*)?\d{1,2}\s*[./]\s*)((?:19|20)\d{2})",
    re.IGNORECASE,
)
# What every range holds, a year and the dash or word after it: starting with digits, it is scanned for in C, where
# _RANGE's optional words and spaces are tried at every place; most titles and leads hold no range.
_YEAR_DASH = re.compile(r"(?:19|20)\d{2}\s*(?:-|–|—|đến|tới)", re.IGNORECASE)


def _ranges(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """_RANGE.finditer(text, pos), looked for only when the text holds a year and a dash after pos."""
    return _RANGE.finditer(text, pos) if _YEAR_DASH.search(text, pos) else iter(())


_UNTIL = re.compile(r"(?:đến|tới|giai đoạn đến)\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_UNTIL = fast_start(_UNTIL)  # a first-letter check before the alternatives
# what the signed text provides, until a year: "Theo nội dung ký kết, từ nay đến năm 2022, hai bên sẽ phối hợp"
_CONTENT_UNTIL = re.compile(
    r"\btheo\s+(?:nội dung|thỏa thuận|thoả thuận|chương trình|quy chế|bản ghi nhớ)\b[^.;]{0,40}?"
    r"(?:giai đoạn\s+)?(?:từ nay\s+)?(?:đến|tới)\s+năm\s+((?:19|20)\d{2})",
    re.IGNORECASE,
)
# a document of its own whose horizon "đến năm X" is: a strategy, a master plan, a resolution, a scheme, a vision
_HORIZON_OF = re.compile(r"\b(?:chiến lược|quy hoạch|tầm nhìn|nghị quyết|đề án)\b", re.IGNORECASE)
_SINGLE = re.compile(
    r"(?<!tháng )(?<!tháng đầu )(?<!tháng cuối )(?<!đến )(?<!tới )\bnăm\s+((?:19|20)\d{2})(?!\s*[-–])", re.I
)
_SINGLE = fast_start(_SINGLE)  # a first-letter check before the alternatives
# "Từ năm 2021 đến nay, hai đơn vị đã phối hợp ...": the span of the work done so far, not the year of a program
_SINCE_THEN = re.compile(r"(?:từ|kể từ)\s+$", re.IGNORECASE)
_UNTIL_NOW = re.compile(r"\s*(?:đến|tới)\s+nay\b", re.IGNORECASE)
# (not family planning, "Kế hoạch hóa gia đình")
_PROGRAM = re.compile(
    r"(chương trình|quy chế|kế hoạch(?!\s+h(?:óa|oá)\b)|thỏa thuận|thoả thuận|nghị quyết liên tịch|giao ước|phối hợp)",
    re.I,
)
_PROGRAM = fast_start(_PROGRAM)  # a first-letter check before the alternatives
_SIGNED_YEAR = re.compile(
    r"\b(?:ký kết|kí kết|ký|kí)\s+(?:chương trình|quy chế|kế hoạch|giao ước|hiệp đồng|thỏa thuận|thoả thuận|hợp tác)"
    r"[^.;:\n]{0,90}?"
    r"(?<!đến )(?<!tới )\bnăm\s+((?:19|20)\d{2})(?!\s*[-–])",
    re.I,
)
_SIGNED_YEAR = fast_start(_SIGNED_YEAR)  # a first-letter check before the alternatives
# A program's own period further down: "Chương trình phối hợp, thực hiện công tác ... giữa A và B giai đoạn
# 2016-2021", across a sentence's length and the stops of "TP.HCM", "P.Linh Xuân".
_PROGRAM_PERIOD = re.compile(
    r"(?:(?:chương trình|quy chế|kế hoạch|thỏa thuận|thoả thuận|biên bản ghi nhớ)\s+(?:phối hợp|hợp tác|liên kết)"
    # what the program is for, its clauses joined by semicolons: "Chương trình phối hợp nhằm nâng cao ...; đẩy mạnh
    # ... trong giai đoạn 2020 - 2025"
    r"(?:\s+nhằm\b(?:[^.\n]|(?-i:(?<=[A-ZĐ]))\.){0,300}?(?=giai đoạn))?"
    r"|\b(?:ký kết|kí kết)\s+(?:chương trình|quy chế|kế hoạch|thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|phối hợp|hợp tác"
    r"|liên tịch)"  # "ký kết liên tịch với Đoàn các đơn vị: A, B, C trong ... giai đoạn 2024 - 2027"
    # the cooperation carried out over its years, nothing between: "triển khai hợp tác giai đoạn 2025-2030"
    r"|\b(?:triển khai|thực hiện)\s+(?:việc\s+)?hợp tác(?=\s+giai đoạn))"
    r"(?:[^.;\n]|(?-i:(?<=[A-ZĐ]))\.){0,300}?giai đoạn\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})",
    re.IGNORECASE,
)
_PROGRAM_PERIOD = fast_start(_PROGRAM_PERIOD)  # a first-letter check before the alternatives
_TERM = re.compile(r"nhiệm k[ỳì]\s*$", re.I)  # "nhiệm kì": the older spelling
# The period written first: "Giai đoạn 2019-2025, Sở ... đã ký kết biên bản liên kết ...", or closing the purpose the
# signing's clause follows ("nhằm tăng cường hợp tác ... giai đoạn 2022 - 2027; A và B đã tổ chức ký kết ...")
_PERIOD_THEN_SIGNED = re.compile(
    r"\bgiai đoạn\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*[,;](?:[^.;\n]|(?-i:(?<=[A-ZĐ]))\.){0,120}?\b(?:ký kết|kí kết)\b",
    re.IGNORECASE,
)
# "thực hiện chương trình công tác năm 2023", "trong năm 2015": a body's own year of work, or when something is
# done, not the period of the program signed
_WORK_YEAR_BEFORE = re.compile(r"(?:(?:chương trình|kế hoạch|nhiệm vụ) công tác|\btrong)\s*$", re.IGNORECASE)
# what a plan signed for part of a year writes before the year: "6 tháng cuối", "quý III"
_PART_OF_YEAR = re.compile(r"(?:\d+\s+tháng(?:\s+(?:đầu|cuối))?|quý\s+[IV1-4]+)\s*$", re.IGNORECASE)
_MONTHS_BEFORE = re.compile(r"(\d+\s+)?tháng(\s+(đầu|cuối))?\s*$|tháng\s+\d{1,2}\s*$", re.IGNORECASE)


# a term written right after the document signed, no body between them: "Quy chế phối hợp công tác nhiệm kỳ 2021-2025",
# "Quy chế phối hợp công tác trong nhiệm kỳ 2021 - 2026", "quy chế phối hợp hoạt động nhiệm kỳ 2012 - 2016": the
# regulation runs for that term, its stated period
# (DOMAIN.md excludes a party term in a slogan; a term after the bodies, "quy chế phối hợp với HĐND ... tỉnh Lào Cai
# nhiệm kì 2021-2026", is theirs)
_DOCUMENT_TERM = re.compile(
    r"\b(?:quy chế|chương trình)\s+(?:phối hợp|hợp tác)(?:\s+(?:công tác|hoạt động))?(?:\s+(?:trong|giữa))?\s+nhiệm k[ỳì]\s*"
    r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})",
    re.IGNORECASE,
)
_DOCUMENT_TERM = fast_start(_DOCUMENT_TERM)  # a first-letter check before the alternatives


# a cluster's yearly pledge: "Giao ước thi đua năm 2018", not a range of years after it
_PLEDGE_YEAR = re.compile(r"\bgiao ước thi đua\s+năm\s+((?:19|20)\d{2})\b(?!\s*[-–])", re.IGNORECASE)
_PLEDGE_YEAR = fast_start(_PLEDGE_YEAR)  # a first-letter check before the alternatives
# the year's emulation launched ("phát động thi đua cụm ... năm 2020", "phát động phong trào thi đua năm 2026") and its
# pledge signed (classify.PLEDGE_SIGNED)
_LAUNCHED_YEAR = re.compile(
    r"\bphát động (?:phong trào )?thi đua\b[^.;:\n]{0,80}?\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–])", re.I
)
# a movement's name in quotes, open at the period: "Phong trào “Phụ nữ công an ... giai đoạn 2022-2026”"
_MOVEMENT_OPEN = re.compile(r"\b(?:phong trào|cuộc vận động)\s*[“\"][^”\"]*$", re.IGNORECASE)


# a program named as the ground the signing stands on, not the one signed: "trên cơ sở thỏa thuận hợp tác giữa tỉnh A
# và thành phố B giai đoạn 2019 - 2025, hai đài ..."
# ... or the frame the signing lies within ("Hoạt động ký kết lần này nằm trong kế hoạch phối hợp giữa Bộ A và Bộ B
# giai đoạn ...": the ministries' plan, not the program the lead signs for its year)
_GROUND = re.compile(
    r"\b(?:trên cơ sở|căn cứ(?: vào)?|nằm trong|trong khuôn khổ)\s+(?:(?:các\s+)?nội dung\s+)?(?:của\s+)?$",
    re.IGNORECASE,
)


# a year joined to the range after it: "kế hoạch ... năm 2023 và giai đoạn 2024-2025"
_YEAR_THEN_RANGE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\s+và\s+(?:giai đoạn\s*)?$", re.IGNORECASE)


# a numbered, dated document the signing carries out ("cụ thể hóa Kế hoạch số 87-KH/BCĐ, ngày 8/9/2015 của Ban Chỉ đạo
# ... về thực hiện chương trình phối hợp ... giai đoạn 2015-2020"): the period further on is that document's
_OLDER_DOCUMENT = re.compile(
    r"\b(?:kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|hướng dẫn)\s+số\s+[\w./-]+\s*,?\s*ngày\s+\d{1,2}\s*[/.-]"
    r"\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}[^.;\n]*$",
    re.IGNORECASE,
)


# the period a review names for the program it reviews, before any signing in the same sentence: "tổng kết 5 năm thực
# hiện chương trình phối hợp giai đoạn 2019 - 2023 và ký kết ...", also after a long list of the bodies whose joint
# work is reviewed ("tổng kết việc phối hợp ... giữa A, B và C các địa phương trong giai đoạn 2010-2011")
_REVIEWED_PERIOD = re.compile(
    r"\b(?:tổng kết|sơ kết|kiểm điểm)\b(?:(?!\bk[ýí]\b)[^.;\n]){0,200}?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})",
    re.IGNORECASE,
)
_REVIEWED_PERIOD = fast_start(_REVIEWED_PERIOD)  # a first-letter check before the alternatives


# a review's re-signing told below the lead: "Tại hội nghị, ... đã ký kết giao ước thi đua năm 2024 – 2025",
# "Đồng thời ký kết biên bản ghi nhớ công tác phối hợp tuyên truyền năm 2020"
_RESIGNED = re.compile(
    rf"{SIGN}\s+(?:bản\s+)?(?:giao ước thi đua|biên bản ghi nhớ|(?:quy chế|chương trình|kế hoạch)"
    r"\s+(?:phối hợp|hiệp đồng))[^.;:\n]{0,100}?(?<!đến )(?<!tới )\bnăm\s+((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?!\s*[-–]?\s*\d)",
    re.IGNORECASE,
)
_RESIGNED = fast_start(_RESIGNED)  # a first-letter check before the alternatives


# a yearly program named with its year, nothing between: "Chương trình phối hợp năm 2023", "kế hoạch phối hợp
# hoạt động năm 2024" (the year the program is for, as "giai đoạn 2021 - 2025" is a longer one's)
_YEARLY_PROGRAM = re.compile(
    r"\b(?:chương trình|kế hoạch)\s+phối hợp(?:\s+(?:hoạt động|công tác))?\s+năm\s+((?:19|20)\d{2})\b(?!\s*[-–])",
    re.IGNORECASE,
)


# the year a review looks back on, in the same clause: "Hội nghị tổng kết hoạt động cụm thi đua năm 2022", "sơ kết
# công tác phối hợp năm 2024": the year under review, never a period (FRESH_S23.md ruling 5)
_UNDER_REVIEW = re.compile(r"\b(?:tổng kết|sơ kết|kiểm điểm|đánh giá)\b(?:(?!\bk[ýí]\b)[^.;:\n]){0,70}$", re.IGNORECASE)


# a plan a meeting adopts for a year: "đề ra kế hoạch thi đua năm 2013", "thống nhất triển khai Kế hoạch hoạt động năm
# 2025" (not "phương hướng, nhiệm vụ năm 2022", the tasks set out, nor a body's own "kế hoạch công tác")
_PLAN_ADOPTED = re.compile(
    r"\b(?:đề ra|thông qua|thống nhất(?:\s+triển khai)?)\s+(?:bản\s+)?kế hoạch\s+(?:(?:hoạt động|thi đua|phối hợp)\s+)?"
    r"năm\s+((?:19|20)\d{2})\b(?!\s*[-–])",
    re.IGNORECASE,
)


# what a meeting adopts, deploys or signs for a year, in the title, the lead or the paragraphs below: "thông qua Chương
# trình hoạt động của Khối năm 2022", "thông qua dự thảo quy định ... bình xét thi đua ... năm 2013", "đề ra phương
# hướng, kế hoạch hoạt động của Khối trong năm 2020", "thông qua dự thảo Quyết định ban hành Quy chế ... năm 2022" (the
# regulation the decision issues), "triển khai chương trình hành động ... năm 2022", "triển khai
# Chương trình phối hợp giữa A với B về “...” năm 2022", "kí kết thực hiện 6 nhiệm vụ ... năm 2010". The first year
# after it only: "kế hoạch ... những tháng cuối năm 2020 và trong năm 2021" is no year's plan. Not the tasks only set
# out ("triển khai phương hướng, nhiệm vụ năm 2023"), the Front's yearly program set out ("đề ra chương trình phối hợp,
# thống nhất hành động năm 2010"), nor family planning ("kế hoạch hóa gia đình"). What it is for may list its tasks
# between semicolons ("Ký biên bản hiệp đồng giao, nhận quân; huấn luyện, diễn tập ... năm 2026").
_YEAR_ADOPTED = re.compile(
    r"\b(?:đề ra\s+(?:phương hướng,?\s+)?kế hoạch(?!\s+h(?:óa|oá)\b)"
    r"|(?:thông qua|thống nhất(?:\s+triển khai)?|triển khai)\s+(?:(?:dự thảo|bản)\s+)?(?:quyết định ban hành\s+)?"
    r"(?:chương trình|kế hoạch(?!\s+h(?:óa|oá)\b)|quy định|quy chế)"
    rf"|{SIGN}\s+(?:biên bản hiệp đồng|thực hiện))\b"
    r"(?:(?!\bnăm\s+\d)[^.:\n]){0,200}?(?<!đến )(?<!tới )(?<!tháng )(?<!đầu )(?<!cuối )\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–])",
    re.IGNORECASE,
)
_YEAR_ADOPTED = fast_start(_YEAR_ADOPTED)  # a first-letter check before the alternatives


def _year_adopted(r: _Read) -> int | None:
    """The year of a plan, a program, a regulation or the tasks the meeting adopts, deploys or signs for it (ruling
    5: its period): the event's year or the next, never a year the title or lead looks back on."""
    if r.event_year is None:
        return None
    # (the year a plan is deployed for is not looked back on: "tổng kết hoạt động năm 2021, triển khai kế hoạch hoạt
    # động năm 2022", the review word within reach of both)
    adopted_at = frozenset((text, m.start(1)) for text in (r.title, r.lead) for m in _YEAR_ADOPTED.finditer(text))
    reviewed = _years_under_review(r.title, r.lead, adopted_at)
    for text in (r.title, r.lead, *r.body.split("\n")[1:8]):
        for m in _YEAR_ADOPTED.finditer(text):
            year = int(m.group(1))
            if year in (r.event_year, r.event_year + 1) and all(year > seen for seen in reviewed):
                return year
    return None


def _signed_below(body: str, title_lead: str) -> tuple[int, int] | None:
    """The pledge or memorandum a review signs, told in the paragraphs below its lead, for the year after the
    ones the lead reviews (ruling 5: its period; the year under review never is one)."""
    named = [int(y) for y in re.findall(r"\bnăm\s+((?:19|20)\d{2})", title_lead, re.IGNORECASE)]
    for paragraph in body.split("\n")[1:8]:
        for m in _RESIGNED.finditer(paragraph):
            if _carried_out(paragraph, m):
                continue  # "Thực hiện ... nội dung ký kết giao ước thi đua của Cụm năm 2024": signed before
            if _DONE_IN_SPAN.search(paragraph, 0, m.start()):
                continue  # "Trong 6 tháng đầu năm, Khối ... đã tổ chức ... ký giao ước thi đua ...": signed before
            start = int(m.group(1))
            end = int(m.group(2)) if m.group(2) else start
            if _MONTHS_BEFORE.search(paragraph[: m.start(1) - 4]) or not _valid(start, end):
                continue
            if all(start >= year for year in named) and end <= start + 1:
                return start, end
    # the lead reviews a year and sets out the next ("sơ kết hiệp đồng ... năm 2022 và triển khai công tác phối hợp
    # hiệp đồng năm 2023"), the plan re-signed below with no year ("tiếp tục ký kết quy chế hiệp đồng"): the next
    # year's plan (ruling 5)
    if (
        len(set(named)) == 2
        and max(named) - min(named) == 1
        and any(
            not _carried_out(paragraph, m)
            for paragraph in body.split("\n")[1:8]
            for m in _RESIGNED_BARE.finditer(paragraph)
        )
    ):
        return max(named), max(named)
    return None


# a sentence that opens on the span under review to tell the work done in it, the signing among that work ("Trong 6
# tháng đầu năm, Khối thi đua đã tổ chức ... ký giao ước thi đua ..."): signed before the meeting (ruling 5)
_DONE_IN_SPAN = re.compile(
    r"(?:^|[.!?…]\s*)\W*(?:(?:trong|qua|suốt)\s+)?(?:\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d{2})?"
    r"|năm\s+(?:(?:19|20)\d{2}|qua)|thời gian qua)\s*,[^.;:!?\n]*\bđã\b[^.;:!?\n]*$",
    re.IGNORECASE,
)


_RESIGNED_BARE = re.compile(
    rf"{SIGN}\s+(?:bản\s+)?(?:giao ước thi đua|(?:quy chế|chương trình|kế hoạch)\s+(?:phối hợp|hiệp đồng))",
    re.IGNORECASE,
)


def _written_before(pattern: re.Pattern[str], reach: int, text: str, m: re.Match[str]) -> bool:
    """Whether the words within `reach` characters before the range match the pattern: they tell what it is."""
    return bool(pattern.search(text, max(0, m.start(1) - reach), m.start(1)))


def _movement(text: str, m: re.Match[str]) -> bool:
    """Whether the period is part of a movement's quoted name (its campaign's years, not the program's)."""
    return _written_before(_MOVEMENT_OPEN, 150, text, m)


# a school year named as the year of a body's work, reviewed or set out ("sơ kết công tác ... năm học 2017-2018,
# triển khai nhiệm vụ năm học 2018-2019"): the schools' calendar, not a program's period; a pledge or a movement of
# a school year is one (its period comes from the pledge's own step)
_SCHOOL_YEAR_OF_WORK = re.compile(
    r"\b(?:tổng kết|sơ kết|nhiệm vụ|công tác|kiểm điểm)\b(?:(?!\b(?:giao ước|chương trình|quy chế|kế hoạch)\b)"
    r"[^.;:\n]){0,80}năm học\s*$",
    re.IGNORECASE,
)


def _school_year_of_work(text: str, m: re.Match[str]) -> bool:
    """Whether the range is a school year of the body's own work under review or set out, not a program's."""
    return _written_before(_SCHOOL_YEAR_OF_WORK, 120, text, m)


# the span whose model units a meeting honours: "biểu dương điển hình tiên tiến giai đoạn 2015-2020", "tuyên dương
# điển hình tiên tiến, người tốt, việc tốt, giai đoạn 2015 - 2020" (years looked back on, not a program's period), and
# the emulation congress held to honour them ("chào mừng Đại hội thi đua quyết thắng lực lượng vũ trang ... giai đoạn
# 2013 - 2018")
_HONOURED = re.compile(
    r"\b(?:biểu dương|tuyên dương|tôn vinh|đại hội thi đua)\b(?:(?!\b(?:chương trình|quy chế|kế hoạch|giao ước|thỏa thuận|thoả thuận)\b)"
    r"[^.;:\n]){0,80}$",
    re.IGNORECASE,
)


def _honoured_span(text: str, m: re.Match[str]) -> bool:
    """Whether the range is the span whose model units the meeting honours, not a program's period."""
    return _written_before(_HONOURED, 100, text, m)


def _term(text: str, m: re.Match[str]) -> bool:
    """ "Thường trực HĐND ... nhiệm kỳ 2021-2026": the term of the bodies' office, not the program's period."""
    return _written_before(_TERM, 12, text, m)


# a plan of its own with its own years, named before a range with no program between: "thực hiện Đề án Bệnh viện vệ
# tinh của Bộ Y tế giai đoạn 2025-2030" (not "thỏa thuận hợp tác chiến lược ... giai đoạn ...", a strategic program)
_OWN_PLAN = re.compile(r"(?<!hợp tác )\b(?:đề án|quy hoạch|chiến lược)\b", re.IGNORECASE)


def _plans_years(text: str, m: re.Match[str]) -> bool:
    """Whether the range is the years of a scheme, a master plan or a strategy named right before it, not the
    program's."""
    before = text[max(0, m.start(1) - 100) : m.start(1)]
    plans = list(_OWN_PLAN.finditer(before))
    return bool(plans) and not _PROGRAM.search(before, plans[-1].end())


def _years_under_review(title: str, lead: str, adopted_at: frozenset[tuple[str, int]] = frozenset()) -> set[int]:
    """The years a review names as the ones it looks back on: "tổng kết ... năm 2024" (ruling 5); not a year at a
    place in `adopted_at` (text, where the year starts), the year of a plan the meeting deploys."""
    return {
        int(m.group(1))
        for text in (title, lead)
        for m in _SINGLE.finditer(text)
        if _UNDER_REVIEW.search(text[max(0, m.start() - 80) : m.start()]) and (text, m.start(1)) not in adopted_at
    }


def _reviewed_below(body: str) -> tuple[int, int] | None:
    """The period the paragraphs below the lead give the program a review looks back on ("Báo cáo tổng kết 5 năm thực
    hiện Chương trình phối hợp giữa A và B giai đoạn 2016 - 2021")."""
    for paragraph in body.split("\n")[1:8]:
        for m in _REVIEWED_PERIOD.finditer(paragraph) if _YEAR_DASH.search(paragraph) else ():
            start, end = int(m.group(1)), int(m.group(2))
            if _valid(start, end) and not _term(paragraph, m) and not _movement(paragraph, m):
                if _school_year_of_work(paragraph, m):
                    continue
                return start, end
    return None


# a signing verb before a range in its sentence: "đã ký Chương trình phối hợp giữa 2 cơ quan giai đoạn 2022 - 2025"
_SIGNING_BEFORE = re.compile(r"\b(?:ký kết|kí kết|ký|kí)\b[^.;:\n]*$", re.IGNORECASE)
# the span a sentence opens on to tell the work done in it: "Trong giai đoạn 2023–2025, việc hợp tác ... đã ..."
_SPAN_OPENING = re.compile(r"(?:^|[.!?]\s+)\W*(?:trong|qua|suốt)\s+giai đoạn\s*$", re.IGNORECASE)
_DONE = re.compile(r"[^.;:\n]{0,200}?\bđã\b", re.IGNORECASE)
# ... or, with no word before it, a span followed by its comma and the work it held ("Giai đoạn 2015-2020, các nhiệm vụ
# ... của cụm luôn gắn với ..."): what was done, told as it always was
_SPAN_DONE = re.compile(r"\s*,[^.;:\n]{0,200}?\b(?:đã|luôn|đều)\b", re.IGNORECASE)
_BARE_SPAN_OPENING = re.compile(r"(?:^|[.!?]\s+)\W*giai đoạn\s*$", re.IGNORECASE)


def _work_done_in(text: str, m: re.Match[str]) -> bool:
    """Whether the range is the span a sentence opens on to tell what was done in it, not a program's period."""
    if _BARE_SPAN_OPENING.search(text, max(0, m.start(1) - 30), m.start(1)):
        return bool(_SPAN_DONE.match(text, m.end()))
    return bool(_SPAN_OPENING.search(text, max(0, m.start(1) - 30), m.start(1))) and bool(_DONE.match(text, m.end()))


# a year a sentence opens on ("Năm 2019, Cụm thi đua ... đã triển khai tốt ...", also glued to the stop before it:
# "trở ra.Năm 2010, ...")
_YEAR_OPENING = re.compile(r"(?:^|[.!?…])\s*\W*(?:(?:trong|qua|suốt)\s+)?$", re.IGNORECASE)


def _year_of_work_done(text: str, m: re.Match[str]) -> bool:
    """Whether the single year opens a sentence that tells what was done in it (the year under review, told), not a
    program's year."""
    before = text[max(0, m.start() - 12) : m.start()]
    if m.start() >= 12 and not re.search(r"[.!?…]", before):
        return False  # "^" reads the slice's start: the sentence must end inside it
    return bool(_YEAR_OPENING.search(before)) and bool(_DONE.match(text, m.end()))


def _launched_and_signed_below(body: str) -> int | None:
    """The year of an emulation launched in the sentence below the lead that signs its pledge too."""
    for paragraph in body.split("\n")[1:8]:
        if "phát động" not in paragraph:
            continue
        for text in sentences(paragraph):
            if (launched := _LAUNCHED_YEAR.search(text)) and PLEDGE_SIGNED.search(text, launched.end()):
                return int(launched.group(1))
    return None


# a review that counts the years of the program it looks back on: "sơ kết 5 năm thực hiện Quy chế phối hợp",
# "tổng kết ba năm triển khai chương trình phối hợp"
_YEARS_REVIEWED = re.compile(
    rf"\b(?:tổng kết|sơ kết)\s+(\d{{1,2}}|{count_words()})\s+năm\s+(?:thực hiện|triển khai)\s+(?:các\s+)?"
    r"(?:chương trình|quy chế|kế hoạch|nghị quyết liên tịch|thỏa thuận|thoả thuận)",
    re.IGNORECASE,
)


def _span_reviewed(lead: str, body: str) -> tuple[int, int] | None:
    """The range of years, in the lead or the paragraphs below it, that spans the count of years the lead says the
    review looks back on ("sơ kết 5 năm thực hiện quy chế", then "Từ năm 2019-2024, hai bên đã ..."; "tổng kết 5 năm
    ...", then "Chương trình phối hợp ... giai đoạn 2012 – 2016 được triển khai"): the reviewed program's period
    (ruling 8), not a new one signed ("ký kết Chương trình ... giai đoạn 2017 – 2021", as long)."""
    counted = _YEARS_REVIEWED.search(lead)
    if not counted or (years := count_value(counted.group(1))) is None:
        return None
    for text in (lead[counted.end() :], *body.split("\n")[1:8]):
        for m in _ranges(text):
            start, end = int(m.group(1)), int(m.group(2))
            if years not in (end - start, end - start + 1) or not _valid(start, end):
                continue
            if _term(text, m) or _movement(text, m) or _school_year_of_work(text, m) or _plans_years(text, m):
                continue
            if _SIGNING_BEFORE.search(text, max(0, m.start(1) - 160), m.start(1)):
                continue  # the program signed now, as long as the one reviewed
            return start, end
    return None


# the year the emulation a pledge belongs to is for, written after its name: "phong trào thi đua “Vì an ninh Tổ
# quốc” năm 2024", "kế hoạch công tác thi đua năm 2023", "Theo nội dung Giao ước thi đua của Khối, năm 2020"
_EMULATION_YEAR = re.compile(
    r"\b(?:giao ước thi đua|phong trào thi đua|kế hoạch(?: công tác)? thi đua)\b[^.;:\n]{0,60}?"
    r"(?<!đến )(?<!tới )(?<!trong )\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–])",
    re.IGNORECASE,
)
# a review or a result before the year in its clause: the year looked back on, not the one pledged for
_LOOKED_BACK = re.compile(r"\b(?:tổng kết|sơ kết|đánh giá|kết quả|thành tích|đạt được)\b[^.;:\n]*$", re.IGNORECASE)
_PLEDGE_WORDS = re.compile(r"\bgiao ước thi đua\b", re.IGNORECASE)
_SIGNING_WORD = re.compile(r"\b(?:ký|kí)(?:\s+kết)?\b", re.IGNORECASE)
# a signing in the title or lead, not a registering ("đăng ký giao ước thi đua": the units registered their pledges)
_SIGNED_WORD = re.compile(r"(?<!đăng )\b(?:ký|kí)\b", re.IGNORECASE)
# the content of a pledge signed earlier, named as what the year's work carried out ("đã triển khai tốt nội dung ký kết
# giao ước thi đua", "Thực hiện kế hoạch ... và nội dung ký kết giao ước thi đua của Cụm năm 2024, các đơn vị đã"): no
# signing at the meeting (one that agrees on it, "thống nhất nội dung ký kết giao ước thi đua năm 2023", is)
_CARRIED_OUT = re.compile(r"\b(?:thực hiện|triển khai|theo)\b[^.;:\n]{0,80}\bnội dung\s+$", re.IGNORECASE)


def _carried_out(text: str, m: re.Match[str]) -> bool:
    """Whether the signing word is the content of a pledge signed earlier that the work carried out."""
    return text.endswith("nội dung ", 0, m.start()) and bool(
        _CARRIED_OUT.search(text, max(0, m.start() - 100), m.start())
    )


def _signs(text: str) -> bool:
    """Whether the text tells a signing: a signing word that is no registering nor a pledge carried out."""
    return any(not _carried_out(text, m) for m in _SIGNED_WORD.finditer(text))


_REVIEW_WORD = re.compile(r"\b(?:tổng kết|sơ kết)\b", re.IGNORECASE)


def _pledge_year_told(title: str, lead: str, body: str, event_year: int | None) -> int | None:
    """The year of the emulation whose pledge a meeting signs with no year beside the pledge ("Công an 5 tỉnh Cụm
    thi đua số 7 ký giao ước thi đua", the year told with the movement or the plan it serves: "phong trào thi đua
    ... năm 2024"): the pledge's period (ruling 5). Not at a review, whose years are the ones looked back on, and
    only the event's year or the next."""
    if _REVIEW_WORD.search(f"{title}\n{lead}"):
        return None
    paragraphs = [title, lead, *body.split("\n")[1:8]]
    told = "\n".join(paragraphs)
    if not (_PLEDGE_WORDS.search(told) and _SIGNING_WORD.search(told)):
        return None
    for text in paragraphs:
        for m in _EMULATION_YEAR.finditer(text):
            year = int(m.group(1))
            if _LOOKED_BACK.search(text, max(0, m.start() - 80), m.start(1)):
                continue
            if event_year is None or year in (event_year, event_year + 1):
                return year
    return None


def _valid(start: int, end: int) -> bool:
    return 1990 <= start <= end <= start + 15


Period = tuple[int | None, int | None]


@dataclass(frozen=True)
class _Read:
    """What the period rules read: the title, the lead and the whole text; the event's type (`signs`: an agreement,
    whose event signs the program) and year."""

    title: str
    lead: str
    body: str
    event_type: str | None
    event_year: int | None
    signs: bool

    @property
    def reviews(self) -> bool:
        """A meeting, which reviews the program (or a pledge) rather than signs it."""
        return self.event_type is not None and not self.signs


def find_period(title: str, lead: str, body: str, event_type: str | None, event_year: int | None) -> Period:
    """(start, end) of the program the event is about, or (None, None): the first of the rules below, in DOMAIN.md's
    and the rulings' order of evidence, that decides."""
    told = [p for p in body.split("\n")[1:3] if p.strip()]
    if told and lead.strip() and all(only_cites(s) for s in sentences(lead)):
        # a lead that only cites the numbered plan carried out ("Thực hiện Kế hoạch số 44-KH/ĐTN ... giai đoạn 2022 -
        # 2024 và phát động ... giai đoạn 2024 - 2026"): its periods are the plan's; the event is told after it
        lead = told[0]
    read = _Read(title, lead, body, event_type, event_year, makes_programs(event_type))
    for rule in _PERIOD_RULES:
        if (found := rule(read)) is not None:
            return found
    return None, None


def _signed_program(r: _Read) -> Period | None:
    """A signing: the regulation's own term, else the range after the signing verb (a review that also signs: the
    period after the signing is the new program's)."""
    if not r.signs:
        return None
    for text in (r.title, r.lead):
        own_term = _DOCUMENT_TERM.search(text) if _YEAR_DASH.search(text) else None  # it ends with a range
        if own_term and _valid(int(own_term.group(1)), int(own_term.group(2))):
            return int(own_term.group(1)), int(own_term.group(2))
    for text in (r.title, r.lead):
        sign = re.search(r"\b(ký kết|ký)\b", text, re.I)
        if sign:
            for m in _ranges(text, sign.end()):
                start, end = int(m.group(1)), int(m.group(2))
                if _work_done_in(text, m):
                    continue  # "Trong giai đoạn 2022-2025, việc hợp tác ... đã ...": the years of work done
                if _valid(start, end) and not (_term(text, m) or _movement(text, m) or _plans_years(text, m)):
                    return start, end
    return None


# a pledge signed for a school year: "ký kết giao ước thi đua thực hiện nhiệm vụ năm học 2017 - 2018", "Lễ Ký giao ước
# thi đua năm học 2021 - 2022" (the schools' year is the pledge's period, before a calendar year the title gives it)
_PLEDGE_SCHOOL_YEAR = re.compile(
    r"\bgiao ước(?: thi đua)?\b(?:(?!\bnăm học\b)[^.;:\n]){0,60}?\bnăm học\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})",
    re.IGNORECASE,
)
# ... or told below a lead that signs the pledge: "các trường ... đã thống nhất và ký kết 07 nội dung trọng tâm công
# tác năm học 2016 – 2017"
_SIGNED_SCHOOL_YEAR = re.compile(
    rf"{SIGN}\b(?:(?!\bnăm học\b)[^.;:\n]){{0,60}}?\bnăm học\s*((?:19|20)\d{{2}})\s*[-–]\s*"
    r"((?:19|20)\d{2})",
    re.IGNORECASE,
)


_PLEDGE_SCHOOL_YEAR = fast_start(_PLEDGE_SCHOOL_YEAR)  # a first-letter check before the alternatives
_SIGNED_SCHOOL_YEAR = fast_start(_SIGNED_SCHOOL_YEAR)
_SCHOOL_YEAR_WORDS = re.compile(r"năm học", re.IGNORECASE)  # what both hold: most texts hold none


def _pledge_school_year(r: _Read) -> Period | None:
    """A pledge signed for a school year, in the title or the lead, or below a lead that signs it: that school year
    (ruling 5: what the meeting signs for its year), unless it is the year a review looks back on."""
    if not _SCHOOL_YEAR_WORDS.search(r.body) and not _SCHOOL_YEAR_WORDS.search(f"{r.title}\n{r.lead}"):
        return None
    found = [(text, m) for text in (r.title, r.lead) for m in _PLEDGE_SCHOOL_YEAR.finditer(text)]
    if not found and PLEDGE_SIGNED.search(f"{r.title}\n{r.lead}"):
        found = [(text, m) for text in r.body.split("\n")[1:8] for m in _SIGNED_SCHOOL_YEAR.finditer(text)]
    for text, m in found:
        start, end = int(m.group(1)), int(m.group(2))
        if end == start + 1 and not _UNDER_REVIEW.search(text[max(0, m.start() - 80) : m.start()]):
            return start, end
    return None


def _pledge_named(r: _Read) -> Period | None:
    """ "Giao ước thi đua năm 2018 ... giai đoạn 2015-2020": the pledge's year (ruling 5), unless it is under review."""
    for text in (r.title, r.lead):
        for pledge in _PLEDGE_YEAR.finditer(text):
            if not _UNDER_REVIEW.search(text[max(0, pledge.start() - 80) : pledge.start()]):
                return int(pledge.group(1)), int(pledge.group(1))
            # "tổng kết thực hiện giao ước thi đua năm 2021": the year under review, never a period (ruling 5)
    return None


def _reviewed_program(r: _Read) -> Period | None:
    """A review that re-signs: the period of the program reviewed (its title may name the new one: "Ký kết chương
    trình phối hợp giai đoạn 2024 - 2029" over "tổng kết ... giai đoạn 2019 - 2023 và ký kết ..."); stated in the
    lead, it is what the meeting is about, before a pledge signed below it ("sơ kết 3 năm thực hiện chương trình ...
    giai đoạn 2021 - 2023", then "ký giao ước thi đua năm 2024" with the body's own units)."""
    if not r.reviews:
        return None
    for text in (r.lead, r.title):
        for m in _REVIEWED_PERIOD.finditer(text):
            start, end = int(m.group(1)), int(m.group(2))
            if _valid(start, end) and not _term(text, m) and not _movement(text, m):
                if _school_year_of_work(text, m):
                    continue  # "sơ kết công tác ... năm học 2017-2018": the schools' year under review
                return start, end
    return None


def _reviewed_span(r: _Read) -> Period | None:
    """A review that counts its years: the range spanning them."""
    return _span_reviewed(r.lead, r.body) if r.reviews else None


def _program_signed_below(r: _Read) -> Period | None:
    """A review whose lead names no period, the program it reviews signed further down."""
    return _signed_below(r.body, f"{r.title}\n{r.lead}") if r.reviews else None


def _range_told(r: _Read) -> Period | None:
    """A range of years in the title or the lead, unless it is a body's term, a movement's, a plan's, a school year
    under review or the years of work done."""
    for text in (r.title, r.lead):
        for m in _ranges(text):
            start, end = int(m.group(1)), int(m.group(2))
            if not r.signs and _school_year_of_work(text, m):
                continue
            if _work_done_in(text, m):
                continue  # "Trong giai đoạn 2023-2025, việc hợp tác ... đã mang lại ...": the years of work done
            if _honoured_span(text, m):
                continue  # "biểu dương điển hình tiên tiến giai đoạn 2015-2020": the years honoured
            if (
                not r.signs
                and _SIGNING_BEFORE.search(text, max(0, m.start(1) - 160), m.start(1))
                and (earlier := _reviewed_below(r.body))
            ):
                # a review that re-signs, its new program's period told first ("... đã ký Chương trình phối hợp giai
                # đoạn 2022 - 2025"): the period of the program reviewed further down (ruling 8)
                return earlier
            if _valid(start, end) and not _term(text, m) and not _movement(text, m) and not _plans_years(text, m):
                # "năm 2023 và giai đoạn 2024-2025": the year before the range opens it, one span
                year_before = _YEAR_THEN_RANGE.search(text, max(0, m.start(1) - 40), m.start(1))
                if year_before and int(year_before.group(1)) == start - 1:
                    start = start - 1
                return start, end
    return None


def _program_reviewed_below(r: _Read) -> Period | None:
    """A review that re-signs, its lead naming no period: the period the body gives the program reviewed ("Tổng
    kết 5 năm thực hiện Chương trình phối hợp ... giai đoạn 2014 - 2018"), not the new one a caption signs above."""
    if not r.reviews or _YEARS_REVIEWED.search(r.lead):
        return None  # a lead that counts the years reviewed takes only a range spanning them (_reviewed_span)
    return _reviewed_below(r.body)


def _attached_in_body(r: _Read) -> Period | None:
    """In the body, only a period attached to the program itself counts: stated there, it says more than an end year
    in the lead ("đến năm 2025") with the event's year as its start."""
    body = r.body
    # (a regulation's own term told below counts as in the title or lead: "quy chế phối hợp nhiệm kỳ 2018-2023")
    attached = (
        [*_PROGRAM_PERIOD.finditer(body), *_PERIOD_THEN_SIGNED.finditer(body), *_DOCUMENT_TERM.finditer(body)]
        if _YEAR_DASH.search(body)
        else []
    )
    for m in attached:  # (each holds a range of years: a body with no year and dash holds neither)
        start, end = int(m.group(1)), int(m.group(2))
        if _valid(start, end) and not _OLDER_DOCUMENT.search(body, max(0, m.start() - 120), m.start() + 1):
            if r.signs and _GROUND.search(body, max(0, m.start() - 24), m.start()):
                continue  # "trên cơ sở thỏa thuận hợp tác giữa tỉnh A và B giai đoạn ...": the ground, not what is signed
            return start, end
    return None


# what the program signed provides over its years, told in a paragraph below that opens on them: "Theo đó, trong giai
# đoạn 2011 - 2015, các địa phương sẽ hợp tác ..." (as "Theo nội dung ký kết, từ nay đến năm 2022" gives its end)
_CONTENT_SPAN = re.compile(
    r"^\W*theo đó\s*,?\s+(?:trong\s+)?giai đoạn\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*,", re.IGNORECASE
)


def _content_span(r: _Read) -> Period | None:
    """A signing whose title and lead give no years: the span the paragraph below it opens on to tell what the
    signed program provides."""
    if not r.signs or re.search(r"(?:19|20)\d{2}", f"{r.title}\n{r.lead}"):
        return None
    for paragraph in r.body.split("\n")[1:5]:
        if (m := _CONTENT_SPAN.match(paragraph)) and _valid(int(m.group(1)), int(m.group(2))):
            return int(m.group(1)), int(m.group(2))
    return None


def _end_year(r: _Read) -> Period | None:
    """ "thỏa thuận hợp tác ... đến năm 2030": the program's end, with no start stated (ruling 6); the event's year is
    when it was signed, not a start the text gives. Or the end the signed content states ("Theo nội dung ký kết, từ
    nay đến năm 2022, hai bên sẽ ...")."""
    for text in (r.title, r.lead):
        until = _UNTIL.search(text)
        if until and _HORIZON_OF.search(text, max(0, until.start() - 80), until.start()):
            continue  # "thực hiện Chiến lược phát triển nông nghiệp đến năm 2030": a strategy's horizon, not the program's
        if until and _PROGRAM.search(text) and (r.event_year is None or _valid(r.event_year, int(until.group(1)))):
            return None, int(until.group(1))
    for paragraph in r.body.split("\n")[1:5]:
        content = _CONTENT_UNTIL.search(paragraph)
        if content and (r.event_year is None or _valid(r.event_year, int(content.group(1)))):
            return None, int(content.group(1))
    return None


def _year_signed_below(r: _Read) -> Period | None:
    """The lead gives no year at all: the signing the next paragraphs tell ("Tại hội nghị, ... đã ký kết giao ước thi
    đua năm 2019") states what is signed."""
    if re.search(r"(?:19|20)\d{2}", r.title + " " + r.lead):
        return None
    for paragraph in r.body.split("\n")[:4]:
        signed = _SIGNED_YEAR.search(paragraph)
        if signed and not _MONTHS_BEFORE.search(paragraph[: signed.start(1) - 4]):
            return int(signed.group(1)), int(signed.group(1))
    return None


def _review_signing_nothing(r: _Read) -> Period | None:
    """A review whose title and lead sign nothing: the year of a pledge launched and signed, of a yearly program named,
    or of a plan adopted; else no period, since "năm X" there is the year under review (ruling 5). Decides always."""
    if not r.reviews or _signs(r.title + " " + r.lead):
        return None
    title, lead, body = r.title, r.lead, r.body
    if (launched := _LAUNCHED_YEAR.search(f"{title}\n{lead}")) and PLEDGE_SIGNED.search(body):
        # "phát động thi đua các xã, thị trấn năm 2022" in the lead, "bản ký kết thi đua" below it: the members sign
        # the pledge of the year launched (ruling 5)
        return int(launched.group(1)), int(launched.group(1))
    if launched_below := _launched_and_signed_below(body):
        # "Tại Hội nghị, Cụm ... phát động phong trào thi đua ... năm 2019 ...; đồng thời ... ký giao ước thi đua"
        # told below a lead of the year under review: the pledge of the year launched (ruling 5)
        return launched_below, launched_below
    for text in (title, lead):  # "tổng kết ... Chương trình phối hợp năm 2023": the yearly program's own name
        named = _YEARLY_PROGRAM.search(text)
        # "đánh giá kết quả thực hiện chương trình phối hợp năm 2020": the year it was carried out, under review
        if named and not re.search(r"thực hiện\s*$", text[max(0, named.start() - 16) : named.start()], re.I):
            return int(named.group(1)), int(named.group(1))
    for text in (title, lead, *body.split("\n")[1:8]):
        # "tổng kết ... năm 2012 và đề ra kế hoạch thi đua năm 2013", "Khối thi đua thống nhất triển khai Kế hoạch
        # hoạt động năm 2025": the plan the meeting adopts for a year is its period (ruling 5)
        if adopted := _PLAN_ADOPTED.search(text):
            return int(adopted.group(1)), int(adopted.group(1))
    if pledged := _pledge_year_told(title, lead, body, r.event_year):
        return pledged, pledged
    if adopted_year := _year_adopted(r):
        return adopted_year, adopted_year
    return None, None


# a year and the ones after it: "chương trình phối hợp ... năm 2020 và các năm tiếp theo" runs from that year, its end
# not stated (as "đến năm X" states no start, ruling 6)
_AND_YEARS_AFTER = re.compile(r"\s+và\s+(?:các|những)\s+năm\s+(?:tiếp theo|sau)\b", re.IGNORECASE)


def _onwards(text: str, m: re.Match[str]) -> Period:
    """(year, year) of a single year matched as group 1, or (year, None) when "và các năm tiếp theo" follows it."""
    year = int(m.group(1))
    return (year, None) if _AND_YEARS_AFTER.match(text, m.end(1)) else (year, year)


def _programs_own_year(r: _Read) -> Period | None:
    """ "chương trình phối hợp năm 2020": the program's own year."""
    for text in (r.title, r.lead):
        own = re.search(
            r"(?:chương trình|quy chế|kế hoạch) phối hợp(?:[^.;:\n]|(?<=TP)\.){0,70}?(?<!đến )(?<!tới )\bnăm\s+((?:19|20)\d{2})(?!\s*[-–])",
            text,
            re.I,
        ) or re.search(r"(?:chương trình|quy chế|kế hoạch)\s+năm\s+((?:19|20)\d{2})(?!\s*[-–])", text, re.I)
        if own and not (
            _MONTHS_BEFORE.search(text[: own.start(1) - 4]) or _WORK_YEAR_BEFORE.search(text[: own.start(1) - 4])
        ):
            return _onwards(text, own)
    return None


def _year_signed(r: _Read) -> Period | None:
    """The year of what the title or lead signs ("tổng kết năm 2025 và ký kết giao ước thi đua năm 2026"), or of a
    program it names, never a meeting's year under review ("Tổng kết phong trào thi đua ... năm 2024", the pledge for
    it told as signed earlier: ruling 5); a plan signed for part of a year ("6 tháng cuối năm 2025") has that year."""
    title, lead = r.title, r.lead
    reviewed = set() if r.signs else _years_under_review(title, lead)
    for text in (title, lead):
        signed = _SIGNED_YEAR.search(text)
        if signed and not _MONTHS_BEFORE.search(text[: signed.start(1) - 4]) and int(signed.group(1)) not in reviewed:
            return _onwards(text, signed)
    if r.signs or _signs(title + " " + lead):
        for text in (title, lead):
            if not _PROGRAM.search(text):
                continue
            for m in _SINGLE.finditer(text):
                if _MONTHS_BEFORE.search(text[: m.start()]) or _WORK_YEAR_BEFORE.search(text[: m.start()]):
                    continue
                if LAW_YEAR_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
                    continue
                if _SINCE_THEN.search(text[max(0, m.start() - 8) : m.start()]) and _UNTIL_NOW.match(text, m.end()):
                    continue
                if _year_of_work_done(text, m):
                    continue  # "Năm 2019, Cụm ... đã triển khai ...": the year of the work told, under review
                if not r.signs and _UNDER_REVIEW.search(text[max(0, m.start() - 80) : m.start()]):
                    continue
                if int(m.group(1)) in reviewed:
                    continue
                return _onwards(text, m)
    if r.signs:
        for text in (title, lead):  # "ký kết kế hoạch phối hợp ... 6 tháng cuối năm 2025": a plan for part of a year
            signed = _SIGNED_YEAR.search(text)
            if signed and _PART_OF_YEAR.search(text[: signed.start(1) - 4]):
                return int(signed.group(1)), int(signed.group(1))
    return None


def _pledge_of_review(r: _Read) -> Period | None:
    """A review that signs: the year of the pledge it tells."""
    if r.reviews and (pledged := _pledge_year_told(r.title, r.lead, r.body, r.event_year)):
        return pledged, pledged
    return None


def _plan_of_the_year(r: _Read) -> Period | None:
    """A meeting that signs with no year beside what it signs: the year of the plan or program it adopts or deploys
    ("ký kết giao ước thi đua", then "thông qua Chương trình hoạt động của Khối năm 2022")."""
    if r.reviews and (adopted_year := _year_adopted(r)):
        return adopted_year, adopted_year
    return None


# The order of evidence: what is signed, then what is reviewed, then what the body attaches to the program, then
# single years. The first rule that decides gives the period.
_PERIOD_RULES = (
    _signed_program,
    _pledge_school_year,
    _pledge_named,
    _reviewed_program,
    _reviewed_span,
    _program_signed_below,
    _range_told,
    _program_reviewed_below,
    _attached_in_body,
    _content_span,
    _end_year,
    _year_signed_below,
    _review_signing_nothing,
    _programs_own_year,
    _year_signed,
    _pledge_of_review,
    _plan_of_the_year,
)
