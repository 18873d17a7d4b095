"""Organisations: recognise bodies in a sentence, expand abbreviations, attach the implied place.

"Đài PT-TH tỉnh" in an article from Điện Biên is "Đài Phát thanh và Truyền hình Điện Biên"; "Ban Tuyên giáo
Huyện ủy" in an article about Tiên Lữ is "Ban Tuyên giáo Huyện ủy Tiên Lữ". Each party carries a type and a
tier, so one body signing many programs is one organisation in the warehouse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from etl.clusters import bloc_at, cluster_at, plain_areas, verb_at
from etl.places import Gazetteer, _case_for_matching, gazetteer
from etl.reference import count_words, load_table
from etl.text import alternation, alternation_not_after, fast_start, fold

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EF9)) if c.isupper())
_CAP = rf"[{_UPPER}]\w*(?:[’'][{_UPPER}]?\w+)?"  # "Ch’Ơm", "Ch'ơm"
_CAP_RUN = re.compile(rf"\s+({_CAP}(?:\s+{_CAP}){{0,3}})")
_CITY_RUN = re.compile(rf"\s+((?:TP\.|[Tt]hành phố)\s?{_CAP}(?:\s+{_CAP}){{0,3}})")
_COMMITTEE = re.compile(r"\s+((?:Tỉnh|Thành|Huyện|Thị|Quận) (?:ủy|uỷ)|Đảng (?:ủy|uỷ) (?:xã|phường|thị trấn))", re.I)
_ADMIN = re.compile(
    r"\s+(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|chi nhánh|(?-i:TX\.?|TT\.|[PQHX]\.)(?=\s?[A-ZĐ]))"
    r"(?![\w])",
    re.I,
)  # "UBND P. Khuê Trung", "Công an Q. Hải Châu": a ward, a district written short
_SHORT_ADMIN = {"p": "phường", "q": "quận", "tx": "thị xã", "tt": "thị trấn", "h": "huyện", "x": "xã"}
# a city written by its initials after "TP" ("TP.HCM", "TP. HCM", "TP HCM", "TPHCM"), a sentence's stop after it too
_GLUED_CITY = re.compile(r"\s+(TP\.?\s?[A-ZĐ]{2,5})(?![\w])(?!\.\w)")
_TP_INITIALS = re.compile(r"^TP\.?\s?")  # "TP. HCM", "TP HCM": looked up as "TP.HCM"
_NATIONAL = re.compile(
    r"\s+(Trung ương(?: Đảng(?: Cộng sản Việt Nam)?)?|Việt Nam|Chính phủ)(?!\w)"
)  # "Ban A Trung ương Đảng"
# A unit numbered after its head ("Bộ Tư lệnh Vùng Cảnh sát biển 2"), a unit seated in a city ("Viện Kiểm sát nhân
# dân cấp cao tại Thành phố Hồ Chí Minh").
_NUMBERED = re.compile(r"\s+((?:(?i:khu vực|số)\s+)?(?:\d{1,3}|[IVX]{1,4}))\b")  # "Chi cục Hải quan khu vực II" too
# the larger unit a numbered unit belongs to, written after it: "Sư đoàn 302, Quân khu 7", "Lữ đoàn 71 Quân đoàn 4"
_PARENT_UNIT = re.compile(
    r",?\s+(\()?((?:Quân khu|Quân đoàn|Quân chủng [A-ZĐ]\w*(?: [a-zđ]\w*)?)(?:\s+\d{1,2})?|(?<!,\s)(?<!,)Hải quân"
    r"|Vùng\s+\d\s+Hải quân|(?:Bộ Tư lệnh\s+)?Vùng Cảnh sát biển\s+\d|(?<!,\s)(?<!,)Cảnh sát biển(?!\s+\d))(?(1)\)|(?!\w))"
)  # in brackets too: "Sư đoàn 10 (Quân đoàn 3)" is one unit; the navy's regions: "Bộ Tư lệnh Vùng 4 Hải quân", and
# a unit of a region: "Lữ đoàn 170 Vùng 1 Hải quân", "Hải đoàn 21 (Vùng Cảnh sát biển 2)"; its force, as "Lữ đoàn
# 189 Hải quân": "Hải đoàn 21 Cảnh sát biển"
_ARM_INITIALS = re.compile(r"\s*\([A-ZĐ]{1,6}\)\s*(?=\d)")
# a unit's rank among those one holds the next ("Tiểu đoàn" in a "Trung đoàn", that in a "Sư đoàn"), and the larger
# unit written after a dash or a comma: "Tiểu đoàn Bộ binh 1 - Trung đoàn 6" is one unit (ruling 17: a unit and its
# command are one party); "Trung đoàn 1, Trung đoàn 2" are two
_UNIT_RANKS = {"tiểu đoàn": 1, "trung đoàn": 2, "lữ đoàn": 2, "sư đoàn": 3}
_RANKED_PARENT = re.compile(r"\s*(?:,|\s[-–])\s*((Trung đoàn|Lữ đoàn|Sư đoàn)\s+\d{1,3})(?![\w/])")


def _ranked_parent(text: str, pos: int, head: str) -> re.Match[str] | None:
    """The larger unit written right after a numbered unit, when it ranks above the unit's own head."""
    above = _RANKED_PARENT.match(text, pos)
    rank = _UNIT_RANKS.get(head.lower())
    return above if above and rank and _UNIT_RANKS[above.group(2).lower()] > rank else None


_SEATED = re.compile(rf"\s+tại\s+((?:(?i:thành phố|TP\.?)\s*)?{_CAP}(?:\s+{_CAP}){{0,3}})")
# A court or procuracy of a judicial area below the province (from July 2025): "Tòa án nhân dân khu vực 3 - Huế",
# "... Khu vực 1 TP Cần Thơ" (the province written after the area, with or without a dash).
_AREA = re.compile(
    rf"\s+((?i:khu vực)\s+(?:\d{{1,2}}|[IVX]{{1,4}})\b"
    rf"(?:(?:\s*[-–]\s*(?:(?i:tỉnh|thành phố|TP\.?)\s*)?|\s+(?:(?i:tỉnh|thành phố)\s+|TP\.?\s*))({_CAP}(?:\s+{_CAP}){{0,3}}))?)"
)
# A branch named by the area it serves, below the province: "Hạt Kiểm lâm khu vực Chư Păh", "Chi cục Thuế khu vực A".
_NAMED_AREA = re.compile(rf"\s+((?i:khu vực)\s+{_CAP}(?:\s+{_CAP}){{0,3}})(?![\w’'])")
# what ends a collective's name: what it does, a term ("giai đoạn"), where or when ("tại", "năm")
_COLLECTIVE_END = (
    r"tổ chức|giao ban|họp|ký|kí|đã|vừa|đang|cùng|trong|thuộc|năm|lần|về|tại|với|và|sơ kết|tổng kết|gồm|phối hợp|"
    r"tăng cường|thống nhất|triển khai|giai đoạn|nhiệm kỳ"
)
_COLLECTIVE = re.compile(
    r"\s+((?i:các (?:tỉnh|huyện|thành phố)(?:,? (?:tỉnh|thành phố|huyện)|, thị xã(?=, thành phố))?(?:, thành phố)?)"
    rf"(?:\s+(?!(?i:{_COLLECTIVE_END})\b)[^.;:,\n()]{{2,60}}?"  # "các tỉnh khu vực Tây Nguyên"
    rf"|(?=\s+(?i:{_COLLECTIVE_END})\b)"  # "các huyện, thành phố tổ chức ký kết": no word of its own
    r"|(?=\s*(?:[.;:\n)]|$)))"  # "... với LĐLĐ các huyện, thành phố" ending a title
    r"(?:\s*\((?i:cụm|khối)[^)]{0,30}\))?)"
    rf"(?=\s*(?:[.;:,\n)]|$)|\s+(?i:{_COLLECTIVE_END})\b)"  # a term is no part of the name
)
_JOINED_BODY = re.compile(r"\s+(?:và|với|cùng)\s+")  # where a collective's words may end and another body begin
_DISTRICTS_TOGETHER = re.compile(r"các huyện(?:,? (?:thị xã|thành phố))*", re.I)  # one province's districts
_COMMUNES_TOGETHER = re.compile(
    r"\s+(các\s+(?:xã|phường|thị trấn)(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn))*(?:\s+trên địa bàn"
    # "các xã, phường thuộc thị xã A": the communes of a district named after them
    rf"|\s+(?:thuộc|của)\s+(?:huyện|thị xã|thành phố|quận)\s+{_CAP}(?:\s+{_CAP}){{0,3}})?)(?![\w])(?!\s+[A-ZĐ])"
)
# Bodies of places counted but not named: "Đoàn Thanh niên 5 tỉnh Tây Nguyên", "Đảng ủy 14 phường".
_COUNTED = re.compile(
    r"\s+((?:0?\d{1,2}|" + count_words() + r")\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
    r"(?:(?:,|,? và)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))*[^.;:,()\n]{0,40}?)"
    r"(?=\s*(?:[.;:,\n()]|$)|\s+(?i:tổ chức|giao ban|họp|ký|kí|đã|vừa|cùng|trong|năm|lần|về|tại|với|và|sơ kết|tổng kết|"
    r"gồm|quy định|phối hợp|thực hiện|đánh giá|nhằm)\b)"
)
_OWN_PROVINCE = re.compile(r"\s+(?:trên địa bàn\s+|của\s+)?(tỉnh|thành phố)$")
_COUNTED_TIER = {"tỉnh": "inter-provincial", "thành phố": "inter-provincial", "huyện": "district", "quận": "district"}
# A name that runs in lower case until a verb or a joining word ("Hiệp hội Du lịch Đà Lạt và ...").
_STOPS = (
    r"và|với|ký|kí|cùng|đã|đang|sẽ|dự kiến|(?<!các )(?-i:tổ chức|Tổ Chức|TỔ CHỨC)|phối hợp|giữa|trong|về|tại|nhằm|để|có|là|vừa|giao ban|sơ kết|tổng kết|"
    r"năm|lần|giai đoạn|đăng ký|hội nghị|ngày|sáng|chiều|gồm|bao gồm|thuộc|căn cứ|theo|đạt|tiếp tục|tăng cường|triển khai|đẩy mạnh|phấn đấu|"
    r"đề nghị|yêu cầu|chủ trì|đề xuất|đăng cai|tiến hành|thực hiện|còn|cũng|hôm nay|hôm qua|tham dự|đặt ra|"
    # the verbs and adverbs a report puts right after its subject ("Cụm thi đua số V bám sát sự chỉ đạo ...")
    r"bám sát|luôn|chủ động|tích cực|nỗ lực|quyết tâm|không ngừng|sẵn sàng|"
    # a relative clause of who chairs it ends a body's name ("Cụm thi đua A do tỉnh B làm cụm trưởng")
    r"do(?=\s[^.;,\n]{2,60}?\s(?:làm|giữ)\s)"
)
# Each step takes a whole word ([\w-]++ gives none of it back: with the separators optional, the engine otherwise
# tried every split of every word once the name had no end it accepts, 12 s over one real report's cluster)
# a comma goes on with the name before a word in lower case only: "Công ty A, Công ty B" are two
_PHRASE = re.compile(  # "TP.HCM" is one word of the name ("Tổng công ty Điện lực TP.HCM")
    rf"\s+((?:(?!(?:{_STOPS})\b)[\w-]++(?:(?<=TP)\.\s?(?=[A-ZĐ]))?(?:,(?=\s+(?!(?:{_STOPS})\b)(?-i:[a-zà-ỹđ])))?\s*){{1,10}}?)"
    rf"(?=\s*(?:[.;:,\n()“\"]|$)|\s+(?:{_STOPS})\b)",
    re.I,
)
# a place word that ends a purpose (not "xã hội", society)
_PURPOSE_END = r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã(?!\s+hội)|phường|thị trấn|Việt Nam|Trung ương)(?!\w)"
_PURPOSE_VERB = re.compile(r"\s+(?i:thực hiện)(?=\s)")
_PURPOSE = re.compile(  # whom an association serves, up to its place ("người khuyết tật, trẻ mồ côi và ... tỉnh A")
    # each step is a separator then one whole word (a word is never split between two steps: with optional
    # separators the engine tried every split of every word, seconds on a name with no place after it)
    rf"((?:(?:\s*[,\-–/]\s*|\s+)(?!(?:{_PURPOSE_END}|ở|{_STOPS.replace('và|', '')})\b)[\w’']+(?![\w’'])){{1,24}}?)"
    rf"(?=(?:\s*\([A-ZĐ][A-ZĐ&.-]{{1,10}}\))?\s+{_PURPOSE_END})",  # "... an ninh Tổ quốc (TDBVANTQ) huyện A" too
    re.I,
)
_FESTIVAL_BEFORE = re.compile(r"\b(?i:ngày|đêm)\s+$")
# An association named by its field in capitals, up to its place ("Hội Sinh vật cảnh tỉnh A", "Hội Y học huyện B"):
# not an event whose name opens with "Hội" ("Hội Nghị", "Hội Thi", "Hội Chợ", "Hội Báo Xuân")
_ASSOCIATION_FIELD = re.compile(
    rf"\s+(?!(?:Hội nghị|Nghị|Thảo|Thi|Thao|Chợ|Diễn|Đồng|Trại|Báo|Xuân|Làng|Sách|Hoa|Quán|Khỏe|Khoẻ|Ngộ|Đền|Chùa|Đình|An)\b)"
    rf"[{_UPPER}][a-zà-ỹđ]"  # a word, not initials ("Hội KH-KT": another body's short form)
)
# heads with no words of their own: the field in capitals names the body ("Viện Kinh tế và Chính trị thế giới")
_FIELD_NAMED = {"Hội", "Cục", "Trung tâm", "Viện"}
_FIELD_NAMED_FOLDED = {fold(h) for h in _FIELD_NAMED}
_NAME_SPAN = re.compile(r"[,.;:()]|\s(?:và|với|cùng|tổ chức|ký|kí|phối hợp|đã|vừa)\s")  # where such a name ends
_KIND_BEFORE = re.compile(r"\b(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?)\s+$")
# a cluster's name runs longer ("Cụm thi đua số 1 các tỉnh Tây Bắc Hội Cựu chiến binh Việt Nam")
# ... and goes on after a comma whatever the case ("Cụm thi đua số 5 tỉnh A, B và C")
_GROUP_PHRASE = re.compile(_PHRASE.pattern.replace("{1,10}?", "{1,14}?").replace("(?-i:[a-zà-ỹđ])", "[a-zà-ỹđ]"), re.I)
# A body named after a person's role is someone attending, not a party ("Giám đốc Sở Nội vụ"); one whose rooms are
# the venue neither, with a word between ("tại hội trường Khối Mặt trận ...", "trụ sở cơ quan Tỉnh đoàn", "phòng họp số 2
# Huyện ủy A").
_ROLE_BEFORE = re.compile(
    r"(giám đốc|chủ tịch|trưởng ban|phó ban|trưởng|phó trưởng|bí thư|ủy viên|tổng biên tập|chánh văn phòng|"
    r"thủ trưởng|chỉ huy trưởng|viện trưởng|chánh án|tại|"
    r"(?:trụ sở|hội trường|nhà hát|phòng họp)(?:\s+(?:khối|cơ quan|(?:số|tầng)\s+\d{1,2}|của))*)\s*$",
    re.I,
)
_ROLE_BEFORE = fast_start(_ROLE_BEFORE)  # a first-letter check before the alternatives
# A head written bare after the work it names is no body ("công tác Công an", "công tác Hội"); not "lực lượng",
# which names the forces ("ba lực lượng Công an, Quân sự và Biên phòng tỉnh")
_FIELD_BEFORE = re.compile(r"\bcông tác\s+$", re.I)
_WHOLE_TIER = re.compile(r"\s+(?:cấp\s+(?:xã|huyện|tỉnh|cơ sở)|các\s+cấp)(?!\w)", re.I)  # not "hai cấp TP.HCM"
_IN_BRACKETS = re.compile(r"\s*\(\s*")  # between a body and the larger one it belongs to, written in brackets
_CLOSING = re.compile(r"\s*\)")
_BELONGS_IN_BRACKETS = re.compile(
    r"\s*(?:\(\s*|\s)(?:trực\s+)?thuộc\s+", re.I
)  # "Đồn A (thuộc BĐBP tỉnh B)": said outright


def _closing_end(text: str, pos: int) -> int:
    """Where the bracket closing at pos ends, or 0 when none does."""
    close = _CLOSING.match(text, pos)
    return close.end() if close else 0


# A unit of a body, written with its own kind word just before the body it belongs to ("Trung tâm Thông tin Thông
# tấn xã Việt Nam", "Phòng hồ sơ nghiệp vụ Cảnh sát Công an thành phố", "Chi cục Biển và Hải đảo (Sở A)"): the unit is
# the party, named with its body. Its name runs up to six words, none a joining or acting word; "và" only between two
# capitalised words of the name.
_MILITARY = re.compile(r"Bộ (?:Chỉ huy|đội|Tư lệnh)\b")  # a command or the force, no ministry
_UNIT_KINDS = ("Trung tâm", "Phòng", "Chi cục", "Cục", "Vụ", "Hải đội", "Đội", "Trại", "Cơ quan", "Khoa", "Xí nghiệp")
_UNIT_HEAD = re.compile(r"(?:" + "|".join(_UNIT_KINDS) + r")\s")
_UNIT_BEFORE = re.compile(
    rf"(?<![\w’'])((?:Trung tâm(?! (?i:hội nghị)\b)|Phòng(?! (?i:chống|ngừa|họp|khách|làm việc|truyền thống)\b)|Chi cục|Cục|Vụ|Hải đội|Đội|Trại|"
    r"Cơ quan|Khoa(?! (?i:học)\b)|Xí nghiệp)"
    rf"(?!\s+(?i:trưởng|phó)\b)"  # "Cục trưởng Chi cục A": a person's role
    rf"(?:\s+(?:và\s+(?=[{_UPPER}]))?(?!(?i:và|với|của|giữa|cùng|tại|thuộc|do|đã|vừa|sẽ|được|là|có|trong|các|đến|về)\s)"
    rf"[\w’'&-]+){{1,6}}?)(?:\s+(\(\s*)?|\s*(,)\s*)$"
)
# a body a party directs ("sẽ chỉ đạo UBND huyện", "đã chỉ đạo các Sở"), in lower case: "Ban Chỉ đạo" is a body
_DIRECTED_BEFORE = re.compile(r"(?<!\w)chỉ đạo\s+(?:các\s+)?$")
# a body in the name of its day ("Ngày Truyền thống Công an nhân dân", "kỷ niệm 95 năm Ngày thành lập Đoàn Thanh niên")
_DAY_OF = re.compile(r"\b(?:ngày truyền thống|ngày thành lập|năm thành lập)\s+$", re.I)
_DAY_OF = fast_start(_DAY_OF)  # a first-letter check before the alternatives
# a cluster named as what its chair chairs ("Hội A tỉnh B - đơn vị Cụm trưởng Cụm thi đua C tổ chức hội nghị"): the
# title is the chair's, the cluster a body all the same
_CHAIR_OF = re.compile(
    r"\b(?i:cụm|khối)\s+(?i:trưởng)\s*$|,\s*(?:Phó\s+)?Trưởng\s+$"
)  # "A, Trưởng Khối thi đua số 5" too
# a body's head before the cluster its bodies belong to, with their places counted or not ("Hội Nhà báo trong Cụm
# thi đua", "Hội Chữ thập đỏ các tỉnh thuộc Cụm thi đua miền Đông Nam Bộ")
_IN_GROUP = re.compile(
    r"((?:\s+các\s+(?:tỉnh|thành phố|huyện|xã|phường)(?:,\s*(?:thành phố|thành|thị xã|phường|thị trấn|TP\b))*)?)"
    r"\s+(?:trong|thuộc)\s+(?:cụm|khối|khu vực(?=\s+thi đua))(?:\s+thi đua)?\b",
    re.I,
)
_SHARED_MEMBERS_GAP = re.compile(r"\s*(?:,|\svà\s)\s*")  # "Sở A và Cục B các tỉnh thuộc ...": both the members'

# A body after a document it issued is that document's author, not a party ("Hướng dẫn số 09/HD-VKSTC ngày
# 01/3/2024 của Viện Kiểm sát nhân dân tối cao", "ý kiến hướng dẫn nghiệp vụ của Tòa án nhân dân tối cao", "Thực hiện
# Kế hoạch của Công an tỉnh về ...").
_ISSUER_BEFORE = re.compile(
    r"(?:văn bản|hướng dẫn(?: nghiệp vụ)?|chỉ đạo|chỉ thị|nghị quyết|nghị định|quyết định|công văn|thông tư|kế hoạch|"
    r"số\s+\d+[\w/.-]*)(?:\s+\d+[\w/.-]*)?"
    # its date in figures or in words ("ngày 24 tháng 02 năm 2021"), after a comma too
    r"(?:,?\s+(?:ngày\s+)?\d{1,2}([/.-])\d{1,2}\1\d{4}|,?\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?"
    r"\s+của\s*$",  # "công văn 290 của"
    re.I,
)
_ISSUER_BEFORE = fast_start(_ISSUER_BEFORE)  # a first-letter check before the alternatives
# a body that launched, issued or funds what the sentence is about ("do Bộ Tư pháp phát động")
# bodies counted or gathered by a tier, with no name of their own: "12 cơ quan báo chí Trung ương", "các Bệnh viện
# tuyến Trung ương" (a name of its own is capitalised: "các Ban Tuyên giáo Trung ương" stays)
_COUNT_BEFORE = re.compile(r"\b(?i:các)\s+$")
_GROUP_NAMED_BY = re.compile(r"\b(?:Khối|Cụm)\s+$")  # a cluster named by its bodies ("Khối Mặt trận và ...")
_UNNAMED_CENTRAL = re.compile(r"^\S+(?:\s+(?-i:[a-zà-ỹđ,]+))*\s+Trung ương$")
# "do" right before, or before a short first launcher of a list ("do Đảng ủy, Ban Giám đốc Công an tỉnh phát động")
_BY_BEFORE = re.compile(r"\bdo\s+(?:[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,3}(?:\s*,|\s+và)\s+)?$", re.I)
_LAUNCHED_WITH = re.compile(r"(?:\s*,|\s+và)\s+[^.;:()\n,]{3,60}?\s(?:phát động|ban hành|tài trợ)\b", re.I)
_LAUNCHED_BY = re.compile(r"\s*(?:phát động|ban hành|tài trợ)\b", re.I)
# a body whose rules a text goes by ("theo Quy chế thi đua khen thưởng của Liên minh Hợp tác xã Việt Nam"): the
# rules' author, not a party
_RULES_OF = re.compile(
    r"\b(?:theo|căn cứ)\s+(?:quy chế|quy định|hướng dẫn|tiêu chí|bộ tiêu chí|chỉ đạo)(?:\s+[^\s,.;:]+){0,6}\s+của\s*$",
    re.I,
)
# a force's commander written before its name, not the command itself ("Tư lệnh Bộ đội Biên phòng")
_COMMANDER_BEFORE = re.compile(r"(?<!\bBộ )(?<!\bbộ )\b(?i:tư lệnh)\s+$")
# a body that gives an award ("được tặng Cờ thi đua của Bộ Công an", "Bằng khen của UBND tỉnh"): the award's giver,
# not a party
_AWARD_OF = re.compile(
    r"\b(?:cờ thi đua|bằng khen|giấy khen|cờ|huân chương|kỷ niệm chương)(?:\s+[^\s,.;:]+){0,4}\s+của\s*$", re.I
)
# ... and the award given by a body written between "được" and the verb ("được UBND tỉnh tặng Bằng khen")
_AWARDS = re.compile(r"\s+(?i:khen thưởng|tặng thưởng|tặng|trao tặng|biểu dương)\b")
# The bodies a program being carried out was made between, named in its description ("Thực hiện Quy chế phối
# hợp số 12/QC ngày 3/4/2020 giữa Bộ A và Tổng cục B, Công an tỉnh và Cục C tổ chức..."): the program's
# authors; the bodies carrying it out are the parties, when the text names any.
_PROGRAM_BEFORE = re.compile(
    r"(?:thực hiện|triển khai|căn cứ|theo|cụ thể hóa|cụ thể hoá)\s+(?:quy chế|chương trình|kế hoạch|nghị quyết liên tịch|"
    r"thỏa thuận|quy định|"
    r"(?:biên )?bản ghi nhớ)"
    r"(?: phối hợp)?[^.;:\n]{0,90}?\s+giữa\s*$",
    re.I,
)
_PROGRAM_BEFORE = fast_start(_PROGRAM_BEFORE)  # a first-letter check before the alternatives
_AUTHOR_GAP = re.compile(r"\s+(?:và|với)\s+", re.I)  # "giữa A và B": not a comma, which may start the doers' list
# What stands between two bodies of one list: a comma, "và", a leader's word ("Lãnh đạo UBND").
_LIST_GAP = re.compile(r"\s*(?:,|;|và|cùng|với|(?<=\s)[-–](?=\s))?\s*(?:(?:lãnh đạo|đại diện)\s+)?", re.I)
_COMMUNE_WORDS = ("xã", "phường", "thị trấn")
_DISTRICT_NAMED = re.compile(r"quận \d", re.I)  # a numbered district's name holds its kind word ("Quận 7")
_DISTRICT_NUMBER = re.compile(r"\s+(\d{1,2})(?!\w)")  # "quận 7": a district named by its number
# A commune's district written after it: "(Tịnh Biên, An Giang)", "(huyện Tây Giang)", " thị xã Chơn Thành"
_PARENT_DISTRICT = re.compile(
    rf"\s*\(\s*(?:(huyện|thị xã|thành phố|quận|TP\.?)\s*)?({_CAP}(?:\s+{_CAP}){{0,2}}|(?<=(?i:quận) )\d{{1,2}})"
    rf"(?:\s*,[^()]{{0,30}})?\s*\)"
    rf"|,?\s+(huyện|thị xã|quận|(?-i:Quận))\s+({_CAP}(?:\s+{_CAP}){{0,2}}|(?<=(?i:quận) )\d{{1,2}}(?!\w))"
)  # "(TP. Pleiku)", "(Quận 1)", " Quận 4": a district by its number
# a commune's province written in brackets after it, after July 2025 when it has no district: "xã A (tỉnh Gia Lai)"
_PROVINCE_BRACKET = re.compile(r"\s*\((?:tỉnh|thành phố|TP\.?)\s*([^()]{2,30})\)")
_STRICT_TYPES = {"press", "enterprise", "school"}
# provinces listed by name after a body's head ("công an các tỉnh: A, B"): the head names each one's body
_PROVINCES_LISTED = re.compile(
    rf"\s+(?:các\s+)?tỉnh(?:\s*,\s*thành(?:\s+phố)?)?\s*:?\s+[{_UPPER}][^,.;:()\n]{{1,30}}?(?:,|\s+và)\s+[{_UPPER}]"
)
_NAMED_HEAD = re.compile(rf"[{_UPPER}]|\S+\s+[{_UPPER}]")  # capitalised, or a common word then a name ("báo Dân trí")
_SHORT_PLACE = re.compile(r"[A-ZĐ]{2,}")  # a place written by its initials ("TPHCM", "TP.HCM", "HCM")
_OWN_TOWN = re.compile(r"\.\s?(?:HCM|Hồ Chí Minh)\b")  # "TP.HCM" closing a paper's name, cut at its dot
# the number that ends a national school's name, before a stop or a joining word ("Trường Sĩ quan Lục quân 2, ...")
_SCHOOL_NUMBER = re.compile(r"\s+(\d{1,2})(?=\s*[,.;)]|\s+(?:và|với|cùng)\s|$)")
_OWN_ABBREVIATION = re.compile(r"\s*\([A-ZĐ][A-ZĐ&.-]{1,10}\)(?=\s+\S)")
# a mass organisation or party committee inside a state or armed body ("Đoàn Thanh niên Công an tỉnh")
_INNER_TYPES = {"mass", "party"}
_OUTER_TYPES = {"state", "armed", "school", "enterprise"}  # "Chi đoàn Công ty A", "Đoàn Thanh niên Trường B"
_WHOLE_FORCE = re.compile(
    r"\s+nhân dân(?:\s+Việt Nam)?(?![\w])(?!\s+(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường))"
)

TIER_ORDER = ("central", "province", "district", "commune")


@dataclass(frozen=True)
class Party:
    name: str
    type: str
    tier: str  # central | province | district | commune | inter-provincial
    province: str | None  # legacy canonical province of the body
    topic: str | None
    head: str
    start: int = 0
    end: int = 0
    base: str = ""  # the name before its place ("Ủy ban nhân dân" in "Ủy ban nhân dân huyện Văn Quan")
    where: str = ""  # the place part of the name, written or implied ("huyện Văn Quan")
    placed: bool = True  # the text writes the body's place (False: the place is the article's, implied)


@dataclass(frozen=True)
class PlaceContext:
    """What the article as a whole says about where it is: fills in "tỉnh", "Huyện ủy" without a name."""

    province: str | None  # legacy canonical
    district: str | None = None
    province_display: str | None = None  # the name at the time of the event
    commune: str | None = None
    default_tier: str = "province"  # the tier of a body named with no place at all
    district_kind: str | None = None  # how the article writes the district's kind ("thị xã" for "thị xã Cai Lậy")
    when: str | None = None  # the event's day: a commune named is one of the units of that time


@cache
def _heads() -> tuple[re.Pattern[str], dict[str, dict[str, str]]]:
    table = load_table("org_heads.csv")
    # a dash however the text spaces it ("Phòng Văn hóa-Xã hội", "Văn hóa – Thông tin"): each spacing finds the row;
    # a department's fields joined otherwise than its own name joins them ("Sở Tài nguyên - Môi trường", "Sở Thông
    # tin truyền thông", "Sở Văn hoá-Thể thao và Du lịch"): the same row
    forms = {
        r["head"]: _dash_forms(r["head"]) | (_joint_forms(r["head"]) if r["type"] == "state" else set()) for r in table
    }
    rows = {fold(form): r for r in table for form in forms[r["head"]]}
    # both placements of a tone ("Ủy ban", "Uỷ ban"; "Văn hóa", "Văn hoá"): folded, they find the same row
    alts = sorted({f for r in rows.values() for d in forms[r["head"]] for f in _tone_forms(d)}, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w])(Trung ương\s+)?(" + alternation(alts, ignore_case=True) + r")(?![\w])(?-i:(?!\s+viên))", re.I
    )
    return pattern, rows


def _dash_forms(name: str) -> set[str]:
    """A name with " - " between two words, also as texts write that dash: "-", " – ", "–"."""
    if " - " not in name:
        return {name}
    return {name, *(name.replace(" - ", dash) for dash in ("-", " – ", "–", "- ", " -"))}


# where one field of a department's name ends and the next begins: a comma, a dash, "và" or a space before a
# capitalised word, after the head's own first two words ("Sở Văn hóa, Thể thao và Du lịch")
_FIELD_JOINT = re.compile(rf"(,\s+|\s+[-–]\s+|\s+và\s+|\s+)(?=[{_UPPER}])")
_DASHES = (" - ", "-", " – ", "–", "- ", " -", " –", "– ")


def _joint_forms(name: str) -> set[str]:
    """A department's name with its fields joined by a dash or a space where it joins them by a comma, a space or
    "và", and by a comma where it joins them by a dash ("Sở Lao động, Thương binh và Xã hội")."""
    second = name.find(" ", name.find(" ") + 1)  # the fields after the first two words ("Sở Văn", "Bộ Tư")
    joints = [j for j in _FIELD_JOINT.finditer(name) if second > 0 and j.start() >= second]
    if not joints:
        return set()
    out: set[str] = set()
    dashed = {j.start() for j in joints if j.group(1).strip() in ("-", "–")}
    # a space only where the name joins by a comma or "và": "Hội đồng Thi đua - Khen thưởng" written with a space
    # is the common words of a role ("Chủ tịch hội đồng thi đua khen thưởng ...")
    for sep in (*_DASHES, *(() if dashed else (" ",))):
        for also_and in (False, True):
            pieces, pos = [], 0
            for j in joints:
                written = j.group(1)
                keep = written.strip() == "và" and not also_and
                pieces += [name[pos : j.start()], written if keep else sep]
                pos = j.end()
            out.add("".join(pieces) + name[pos:])
    if dashed:
        out.add(_FIELD_JOINT.sub(lambda j: ", " if j.start() in dashed else j.group(1), name))
    out.discard(name)
    return out


_OLD_TONES = (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ủy", "uỷ"), ("ùy", "uỳ"))


def _tone_forms(name: str) -> set[str]:
    """A name with its tone marks in either place: "Ủy ban nhân dân" and "Uỷ ban nhân dân"."""
    old = name
    for new, legacy in _OLD_TONES + tuple((a.upper()[0] + a[1:], b.upper()[0] + b[1:]) for a, b in _OLD_TONES):
        old = old.replace(new, legacy)
    return {name, old}


@cache
def _areas() -> frozenset[str]:
    """Heads of the bodies that sit in judicial areas below the province ("Tòa án nhân dân khu vực 3")."""
    return frozenset(fold(r["head"]) for r in load_table("org_areas.csv"))


@cache
def _leadership() -> re.Pattern[str]:
    """A body's leadership organ written before it ("Ban Thường vụ Huyện đoàn", "Bộ Biên tập Báo Nhân dân"):
    the organ signs for the body and the text names it, so the party keeps it."""
    written = [r["prefix"] for r in load_table("org_leadership.csv")]
    # ... also with the words after the first in small letters, as many pages write them ("Bộ biên tập Tạp chí A")
    lower = [f"{w.split(' ', 1)[0]} {w.split(' ', 1)[1].lower()}" for w in written if " " in w]
    alts = sorted(set(written + lower), key=len, reverse=True)
    return re.compile(r"(" + alternation_not_after(alts, r"[\w]") + r")\s+")  # (?<![\w]) after the first letter


@cache
def _aliases() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {r["alias"]: r["expansion"] for r in load_table("org_aliases.csv")}
    alts = sorted(table, key=len, reverse=True)
    return re.compile(r"(" + alternation_not_after(alts, r"[\w&]") + r")(?![\w&])"), table  # (?<![\w&]) in it


def _split_joined(text: str) -> str:
    """ "Đoàn ĐBQH&HĐND" -> "Đoàn ĐBQH và HĐND"; one abbreviation with "&" in it ("NN&PTNT") stays."""
    table = _aliases()[1]
    return _joined_aliases().sub(lambda m: m.group(0) if m.group(0) in table else f"{m.group(1)} và {m.group(2)}", text)


@cache
def _joined_aliases() -> re.Pattern[str]:
    """Two known abbreviations joined by "&" ("ĐBQH&HĐND"), neither part of a longer one."""
    alts = alternation(sorted(_aliases()[1], key=len, reverse=True))
    return re.compile(rf"(?<![\w&])({alts})&({alts})(?![\w&])")


@lru_cache(maxsize=4096)
def expand_abbreviations(text: str) -> str:
    """ "UBND tỉnh" -> "Ủy ban nhân dân tỉnh": the lead, title and sentences are expanded several times each,
    so the result is remembered (a few thousand texts)."""
    pattern, table = _aliases()
    if "-" in text or "–" in text:
        text = _SPACED_DASH.sub(r"\1-\2", text)  # "Đài PT- TH", "PT – TH": one abbreviation, however spaced
    if "&" in text:  # "Đoàn ĐBQH&HĐND", "HĐND&UBND": two bodies' abbreviations joined, each written out
        text = _split_joined(text)
    if "/" not in text:
        return pattern.sub(lambda m: table[m.group(1)], text)
    # a document's code names its issuers in short ("số 11/CTPH-BCA-VKSNDTC"): a code, kept as written
    return pattern.sub(
        lambda m: m.group(1) if "/" in text[text.rfind(" ", 0, m.start()) + 1 : m.start()] else table[m.group(1)], text
    )


# (?<![\w&])([A-ZĐ]{2})..., written to start with a capital ("no letter before" read after the first one): the engine
# skips to each capital in one step instead of trying every place (2.5x faster)
_SPACED_DASH = re.compile(r"([A-ZĐ](?<![\w&][A-ZĐ])[A-ZĐ])(?: [-–] ?|[-–] | ?–)([A-ZĐ]{2})(?![\w&])")


_NATION = " Việt Nam"


@cache
def _national_heads() -> tuple[tuple[str, str], ...]:
    """Heads the table writes out with the nation's name ("Ủy ban Mặt trận Tổ quốc" -> "... Việt Nam"), folded:
    (with it, without it)."""
    rows = load_table("org_heads.csv")
    return tuple((fold(r["canonical"]), fold(r["head"])) for r in rows if r["canonical"] == r["head"] + _NATION)


@cache
def _short_places() -> tuple[re.Pattern[str], dict[str, str]]:
    """Provinces written short ("TP.HCM", "TPHCM", "TP. Hồ Chí Minh", "BR-VT"), folded, with the folded name they
    stand for; names spelt another way ("Sài Gòn", "Đắc Lắc") are no short form and stay."""
    table = {}
    for row in load_table("province_variants.csv"):
        variant, province = fold(row["variant"]), fold(re.sub(r"^TP\s+", "", row["province"]))
        if variant != province and (_SHORT_PLACE.search(row["variant"]) or re.match(r"(?i:tp\b|thành phố)", variant)):
            table[variant] = province
    alts = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, alts)) + r")$"), table


@lru_cache(maxsize=16384)
def org_key(name: str) -> str:
    """One key for every way a text writes the same body ("UBND tỉnh Long An" = "Ủy ban nhân dân Long An")."""
    folded = fold(expand_abbreviations(name))
    for full, written in _national_heads():
        folded = folded.replace(full, written)  # "Ủy ban Mặt trận Tổ quốc Việt Nam" = "Ủy ban Mặt trận Tổ quốc"
    for full, written in _prefixed_heads():
        folded = folded.replace(fold(full), fold(written))  # "Bộ Chỉ huy Bộ đội Biên phòng A" = "Bộ đội Biên phòng A"
    if (short := _short_places()[0].search(folded)) is not None:
        # a city the name ends with, by its initials or with "TP." ("Công an TP.HCM" = "Công an TP Hồ Chí Minh")
        folded = folded[: short.start()] + _short_places()[1][short.group(0)]
    # the admin word before a place goes; "Tỉnh ủy", "Tỉnh Đoàn" are bodies and stay
    return re.sub(r"\b(tinh|thanh pho|tp)\s+(?!uy\b|doan\b)(?=\w)", "", folded).replace("  ", " ").strip()


@cache
def _organ_keys() -> tuple[str, ...]:
    """The leadership organs as body_key compares them (folded, with their trailing space)."""
    return tuple(fold(row["prefix"]) + " " for row in load_table("org_leadership.csv"))


@cache
def _synonyms() -> tuple[tuple[str, str], ...]:
    """Names of one body written two ways ("Tỉnh đoàn" = "Đoàn Thanh niên"), folded, longest first."""
    rows = [(fold(r["name"]) + " ", fold(r["same_as"]) + " ") for r in load_table("org_synonyms.csv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def same_kind(a: str, b: str) -> bool:
    """Whether two heads name one kind of body, written the same or as synonyms ("Hội Phụ nữ", "Hội Liên hiệp
    Phụ nữ")."""
    fa, fb = fold(a) + " ", fold(b) + " "
    for written, same in _synonyms():
        fa = same if fa == written else fa
        fb = same if fb == written else fb
    return fa == fb


@lru_cache(maxsize=4096)
def short_form(name: str) -> bool:
    """Whether a name writes its body by the short name ("Tỉnh đoàn Nam Định", not "Đoàn Thanh niên Nam Định"):
    of two namings of one body, the one a careful reader keeps. Remembered: each party is compared with each."""
    key = org_key(name.split(" (")[0])
    for organ in _organ_keys():
        if key.startswith(organ):
            key = key[len(organ) :]
            break
    return any(key.startswith(written) for written, same in _synonyms() if len(written) < len(same))


@lru_cache(maxsize=16384)
def body_key(name: str) -> str:
    """The body a name stands for, its leadership organ and a list in brackets aside ("Bộ Biên tập Báo Nhân
    dân" = "Báo Nhân dân", "Cụm thi đua số 1 (Công an ...)" = "Cụm thi đua số 1"), one name for a body written
    two ways ("Tỉnh đoàn Nam Định" = "Đoàn Thanh niên Nam Định")."""
    key = org_key(name.split(" (")[0])
    stripped = True
    while stripped:  # an organ of an organ's body: "Đảng ủy Ban Chỉ huy A" = "Ban Chỉ huy A" = "A"
        stripped = False
        for organ in _organ_keys():
            if key.startswith(organ) and len(key) > len(organ):
                key, stripped = key[len(organ) :], True
                break
    if key.startswith("trung uong ") and key.endswith(" viet nam") and key.count(" ") > 3:
        key = key[len("trung uong ") :]  # "Trung ương Hội Nông dân Việt Nam" acts for "Hội Nông dân Việt Nam"
    for written, same in _synonyms():
        if (key + " ").startswith(written):  # the whole name too ("Tập đoàn ... Việt Nam" = "VNPT")
            return (same + key[len(written) :]).strip()
    return key


@cache
def _prefixed_heads() -> tuple[tuple[str, str], ...]:
    """(written-out head, head) for the heads the table writes out by putting words before them ("Bộ đội Biên
    phòng" as "Bộ Chỉ huy Bộ đội Biên phòng", "Mặt trận Tổ quốc Việt Nam" as "Ủy ban Mặt trận Tổ quốc Việt Nam")
    or after them ("Trung ương Đoàn" as "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"), longest first; a bare
    one-word field ("Quân sự", "Biên phòng") is not a body's name by itself, so it stays written out."""
    rows = load_table("org_heads.csv")
    pairs = {
        (r["canonical"], r["head"])
        for r in rows
        if r["canonical"]
        and (r["canonical"].endswith(" " + r["head"]) or r["canonical"].startswith(r["head"] + " "))
        and len(r["head"].split()) > 2
        and not r["canonical"].endswith(_NATION)  # the Front's committee: its own rule (_national_heads)
    }
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def unprefixed(name: str, text: str) -> str:
    """A party's name without the words the heads table puts before (or after) its head when the article never
    writes them and writes the head itself ("Bộ đội Biên phòng tỉnh A" stays so where no "Bộ Chỉ huy Bộ đội Biên
    phòng" is written, "Trung ương Đoàn" where no "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" is): ruling 1, a
    party is written as its text writes it; org_key and body_key join both writings."""
    for canonical, head in _prefixed_heads():
        if canonical in name:
            written = fold(expand_abbreviations(text))
            if fold(head) in written and fold(canonical) not in written:
                return name.replace(canonical, head, 1)
            return name  # named so, or by a bare field ("Công an, Quân sự và Biên phòng tỉnh"): the command
    return name


_SHORT_KEPT = {"ĐH"}  # two letters the text's short form keeps ("Trường ĐH A"); "TƯ" is spelt out


def as_written(name: str, source: str, text: str = "") -> str:
    """A party's name with the abbreviations its source text used ("Ủy ban nhân dân" -> "UBND"); a body the
    source does not abbreviate is written short still when the whole text abbreviates it and never spells it out
    (ruling 1: spelt out only when the text spells it out)."""
    table = _aliases()[1]
    for whole, words in enumerate((source, text) if text else (source,)):
        used, folded = _used_aliases(words)
        for alias in used:
            expansion = table[alias]
            if expansion in name and (len(alias) > 2 or alias in _SHORT_KEPT) and expansion.casefold() not in folded:
                if whole and _named_otherwise(expansion, source):
                    continue
                name = name.replace(expansion, alias, 1)
    return name


@lru_cache(maxsize=64)
def _used_aliases(words: str) -> tuple[tuple[str, ...], str]:
    """The abbreviations a text uses, in the order it first uses them, and the text casefolded: each party of an
    article asks for the same text."""
    if "&" in words:
        words = _split_joined(words)  # "ĐBQH&HĐND" uses both
    return tuple(dict.fromkeys(m.group(1) for m in _aliases()[0].finditer(words))), words.casefold()


def _named_otherwise(expansion: str, source: str) -> bool:
    """Whether the title and lead name a body their own way, neither short nor spelt out: a radio-TV station (ruling
    1 spells it out), or a head the heads table writes out as this expansion ("Viện kiểm sát" for "Viện Kiểm sát
    nhân dân", "Tòa án" for "Tòa án nhân dân") while a caption below writes "VKSND"."""
    if expansion.startswith("Đài "):
        return True
    folded = source.casefold()
    return any(re.search(rf"(?<!\w){re.escape(head)}(?!\w)", folded) for head in _written_heads().get(expansion, ()))


@cache
def _written_heads() -> dict[str, tuple[str, ...]]:
    """For each written-out head, the shorter heads the table writes out as it (casefolded)."""
    out: dict[str, list[str]] = {}
    for r in load_table("org_heads.csv"):
        if (
            r["canonical"]
            and r["canonical"] != r["head"]
            and r["canonical"].casefold().startswith(r["head"].casefold())
        ):
            out.setdefault(r["canonical"], []).append(r["head"].casefold())
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1024)
def _place_name(run: str, gaz: Gazetteer, admin: str | None = None) -> tuple[str, str, str | None] | None:
    """The longest leading part of a capitalised run that names a place: (name, kind, province). Remembered: an
    article writes the same places again and again (after each body of a list, in the title and in the lead)."""
    words = run.split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        # written as the text writes it: folding merges names that differ by a tone ("Phong Quảng", "Phong Quang")
        if admin in ("xã", "phường", "thị trấn", "đặc khu") and fold(cand) in gaz.communes:
            return cand, "commune", None
        if prov := gaz.canonical(cand):
            return cand, "province", prov
        provinces = gaz.district_provinces(cand)
        if provinces:
            return cand, "district", provinces[0] if len(provinces) == 1 else None
        if fold(cand) in gaz.communes:
            return cand, "commune", None
    return None


def _provincial_city(name: str, province: str | None, gaz: Gazetteer) -> bool:
    """Whether "thành phố X" names the city of a province (not a centrally-run city) called like it: "thành
    phố Hà Tĩnh" is a district-tier city of the province Hà Tĩnh, "thành phố Hà Nội" is the province."""
    unit = gaz.legacy.get(province or "")
    if unit is None or unit.kind == "city":
        return False
    return any(p == province and kind.lower() == "thành phố" for p, kind in gaz.districts.get(fold(name), []))


def _part_of_the_name(name: str, province: str | None, ctx: PlaceContext) -> bool:
    """Whether "thành phố X" names a city called by part of its province's name at the event's date: before
    2025 "thành phố Huế" was a city of the province Thừa Thiên Huế, not the province."""
    if not province or province != ctx.province or not ctx.province_display:
        return False
    display = re.sub(r"^(?:TP\.?|Thành phố)\s+", "", ctx.province_display)
    return fold(display) != fold(name) and fold(display).endswith(" " + fold(name))


_FIELD_TYPES = {"school", "armed"}  # named by a field of study or an arm ("Sư phạm", "Thông tin liên lạc")


@cache
def _field() -> str:
    """A field of study or an arm a school or a unit is named by, its later syllables in either case ("Y dược")."""
    forms = {f for r in load_table("org_fields.csv") for f in _tone_forms(r["field"])}
    alts = []
    for form in sorted(forms, key=len, reverse=True):
        first, _, tail = form.partition(" ")
        later = r"\s+".join(re.escape(w) for w in tail.split())
        alts.append(re.escape(first) + (rf"(?i:\s+{later})" if tail else ""))
    return rf"(?:{'|'.join(alts)})(?![\w])"


@cache
def _field_first() -> re.Pattern[str]:
    return re.compile(rf"\s+{_field()}")


@cache
def _field_run() -> re.Pattern[str]:
    """A name of capitalised words and the fields it is named by, whose later syllables are lower-case ("Sư phạm
    Hà Nội", "Y dược Cần Thơ", "Khoa học Xã hội và Nhân văn", "Thông tin liên lạc"): "và" or a dash joins two fields."""
    field = _field()
    word = rf"(?:{field}|Thành phố|{_CAP})"  # "Sư phạm Thành phố Hồ Chí Minh"
    joint = rf"(?:\s+(?:và\s+(?={field}))?|\s*[-–]\s*(?={field}))"  # "Kinh tế - Luật": a dash joins two fields
    return re.compile(rf"\s+({word}(?:{joint}{word}){{0,6}})")


@cache
def _arm_numbered() -> re.Pattern[str]:
    """A unit's arm and its number after its head ("Lữ đoàn Pháo phòng không 234", "Sư đoàn Phòng không 375"), the
    arm's initials in brackets between them too ("Tiểu đoàn Bộ binh (BB)1")."""
    return re.compile(rf"\s+({_field()}(?:\s*\([A-ZĐ]{{1,6}}\))?\s*\d{{1,3}})\b")


def _field_named(rest: str) -> re.Match[str] | None:
    """The name after a school's or a unit's head when a field with a lower-case syllable is part of it; a name of
    capitalised words only is read as before."""
    run = _field_run().match(rest)
    if run and any(w[:1].islower() for w in run.group(1).split()):
        return run
    return None


def _fields_joined(rest: str, named: re.Match[str]) -> re.Match[str] | None:
    """A company's name whose fields "và" joins, run to the place written after it ("Công ty CP Dịch vụ và Đầu tư
    phát triển đô thị huyện A"): the name, when "và" goes on with a field in capitals and no body's head."""
    if not re.match(rf"\s+và\s+[{_UPPER}][a-zà-ỹđ]", rest[named.end(1) :]):
        return None
    longer = _PURPOSE.match(rest)
    if not longer or longer.end(1) <= named.end(1) or _heads()[0].search(longer.group(1)):
        return None  # "Công ty A và Sở B tỉnh C": the next body's name
    return longer


_AND_FIELD = re.compile(rf"\s+và(?=\s+[{_UPPER}][a-zà-ỹđ])")


def _field_joined(rest: str, end: int) -> re.Match[str] | None:
    """A body named by its fields, the second joined by "và" ("Viện Kinh tế và Chính trị thế giới"): the words of the
    second field, when they hold no body's head ("Viện A và Sở B": two bodies)."""
    joined = _AND_FIELD.match(rest, end)
    more = _PHRASE.match(rest, joined.end()) if joined else None
    if not more or _heads()[0].match(rest, more.start(1)):
        return None  # "Viện A và Sở Tài nguyên và Môi trường ...": the next body, named by its head
    return more if not _heads()[0].search(more.group(1)) else None


@dataclass(frozen=True)
class _Named:
    """A body's own name read after its head: the words of the name, where reading stands, and whether the name
    makes it the nation's body."""

    name_part: str
    pos: int
    central: bool


@dataclass(frozen=True)
class _Placed:
    """A body's name with the place words written after it: its party committee ("Tỉnh ủy"), its kind of unit
    ("tỉnh", "xã") as read and as written, and the place named, with its kind and province."""

    name_part: str
    pos: int
    central: bool
    committee: str | None
    admin: str | None
    admin_written: str | None
    place: str | None
    place_kind: str | None
    province: str | None


@dataclass(frozen=True)
class _Where:
    """The tier and place a body belongs to: written, or made explicit from the article (`implied`)."""

    tier: str
    place: str | None
    province: str | None
    admin_written: str | None
    implied: bool
    implied_kind: str | None


def _parse(text: str, m: re.Match[str], row: dict[str, str], ctx: PlaceContext, gaz: Gazetteer) -> Party | None:
    """The body a head's match `m` starts, of the kind its reference row says, or None where the words are no body
    (a whole force, every body of a tier, a festival): its own name, the special shapes that place it by themselves
    (a judicial area, a body of another body, a cluster's members), then the place words after it, its tier and
    place, and its canonical name."""
    named = _own_name(text, m, row, ctx, gaz)
    if not isinstance(named, _Named):
        return named  # no body, or a group's party
    if shaped := _placed_by_shape(text, m, row, ctx, gaz, named):
        return shaped
    placed = _place_words(text, m, row, ctx, gaz, named)
    if isinstance(placed, Party):
        return placed
    if by_name := _placed_by_own_name(text, m, row, ctx, gaz, placed):
        return by_name
    own_name = _named_as_itself(row, placed)
    where = _where(text, m, row, ctx, gaz, placed, own_name)
    return _rendered(m, row, gaz, placed, where, own_name) if where else None


def _own_name(
    text: str, m: re.Match[str], row: dict[str, str], ctx: PlaceContext, gaz: Gazetteer
) -> _Named | Party | None:
    """The words of a body's own name after its head, by the head's naming rule (a title, a name, a phrase, a
    purpose, a number, a seat); a group's party whole; None where the head starts no body."""
    head = row["canonical"] or row["head"]
    pos = m.end()
    if short := _OWN_ABBREVIATION.match(text, pos):
        pos = short.end()  # "Viện Kiểm sát nhân dân (KSND) khu vực 8": the name goes on after its abbreviation
    rest = text[pos:]
    central = bool(m.group(1)) or row["tier"] == "central"
    if row["type"] == "armed" and _WHOLE_FORCE.match(rest):
        return None  # "Ngày truyền thống Công an nhân dân": the whole force, no body of a place
    if _WHOLE_TIER.match(rest):
        return None  # "Công an cấp xã", "Hội Nông dân các cấp": every body of a tier, no body that acts
    name_part = ""
    if row["name_rule"] == "title":
        # a unit named by a title that may hold common words ("Bệnh viện Ung bướu Hà Nội", "... Quân y 103")
        run = _PHRASE.match(rest)
        if not run or not _NAMED_HEAD.match(run.group(1)):
            return None
        name_part = run.group(1).split(",")[0]  # a comma ends a title: the next hospital's ("A, Bệnh viện B")
        pos += run.start(1) + len(name_part)
        rest = text[pos:]
    elif row["name_rule"] == "name":
        # a unit named by its number too ("Đồn Biên phòng 815")
        # a unit named by its city ("Cảng vụ Hàng hải TP. Hồ Chí Minh", "... Thành phố Hồ Chí Minh") too
        run = (
            _CITY_RUN.match(rest)
            or (_field_named(rest) if row["type"] in _FIELD_TYPES else None)
            or _CAP_RUN.match(rest)
            or (_NUMBERED.match(rest) if row["type"] == "armed" else None)
        )
        if not run:
            return None
        name_part = run.group(1)
        pos += run.end()
        if row["type"] == "press" and (town := _OWN_TOWN.match(text, pos)):
            name_part, pos = name_part + town.group(0).replace(" ", ""), town.end()  # "Báo Pháp Luật TP.HCM"
        elif row["type"] == "school" and row["tier"] == "central" and (number := _SCHOOL_NUMBER.match(text, pos)):
            name_part, pos = f"{name_part} {number.group(1)}", number.end()  # "Trường Sĩ quan Lục quân 2"
        rest = text[pos:]
    elif row["name_rule"] in ("group", "bloc"):
        return _group(text, m, row, ctx, gaz)
    elif row["name_rule"] == "phrase":
        named = _PHRASE.match(rest)
        if not named:
            return None
        if row["type"] == "enterprise" and (fields := _fields_joined(rest, named)):
            named = fields  # "Công ty CP Dịch vụ và Đầu tư phát triển đô thị huyện A": its fields joined by "và"
        name_part = named.group(1).strip() if row["type"] == "enterprise" else named.group(1)
        if (counted := _COUNTED.search(rest, named.start(1), named.end() + 40)) and counted.start() < named.end(1):
            # "Phòng An ninh Kinh tế Công an 7 tỉnh, thành phố": the name stops at the count of the places it is of
            named = None
            name_part = rest[: counted.start()].strip()
            pos += counted.start()
        else:
            pos += named.end()
        rest = text[pos:]
        central = central or bool(re.search(r"\sViệt Nam$", name_part))  # "Hiệp hội Du lịch Việt Nam": the nation's
    elif row["name_rule"] == "purpose":
        # an association named by whom it serves, "và" and commas inside ("Hội Bảo trợ người khuyết tật và trẻ
        # mồ côi tỉnh A"): the name runs to its place; with no place after it, to a joining word
        if not text[m.start(2)].isupper() or _FESTIVAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return None  # "Ngày hội bảo vệ an ninh Tổ quốc": a festival, no association
        if head in _FIELD_NAMED and (
            not _ASSOCIATION_FIELD.match(rest) or _KIND_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            # "Hội nghị", "Hội thi", "Hội Báo Xuân": a meeting or a fair; "phường Hội Phú": a place; no association
            return None
        if head in _FIELD_NAMED and any(
            fold(h.group(2)) not in _FIELD_NAMED_FOLDED for h in _heads()[0].finditer(_NAME_SPAN.split(rest[:90])[0])
        ):
            return None  # "Trung tâm Thông tin Thông tấn xã Việt Nam ...": a unit of a body the heads know, read there
        # a steering committee named by what it carries out ("Ban Chỉ đạo thực hiện phong trào ... Trung ương"): the
        # verb opens its name
        opening = _PURPOSE_VERB.match(rest)
        named = _PURPOSE.match(rest, opening.end() if opening else 0)
        if named and any(h.group(2)[0].isupper() for h in _heads()[0].finditer(named.group(1))):
            # "Hội Bảo trợ ... và Hội Chữ thập đỏ tỉnh A": the next body's name, no purpose; not the word of "tệ nạn
            # xã hội" in a steering committee's long purpose
            named = None
        named = named or _PHRASE.match(rest)
        if not named:
            return None
        name_part = rest[: named.end(1)].strip() if opening and named.re is _PURPOSE else named.group(1).strip()
        if head in _FIELD_NAMED and named.re is _PHRASE and (joined := _field_joined(rest, named.end(1))):
            named, name_part = joined, rest[: joined.end(1)].strip()  # "Viện Kinh tế và Chính trị thế giới"
        pos += named.end(1)
        if named.re is _PURPOSE and (short := _OWN_ABBREVIATION.match(text, pos)):
            pos = short.end()  # the purpose's own abbreviation before its place: no part of the name as labelled
        rest = text[pos:]
    elif row["name_rule"] in ("numbered", "seated"):
        unit = (_NUMBERED if row["name_rule"] == "numbered" else _SEATED).match(rest)
        if not unit and row["type"] == "armed" and row["name_rule"] == "numbered":
            unit = _arm_numbered().match(rest)  # "Lữ đoàn Công binh 550": the unit's arm before its number
        if unit:
            written = _ARM_INITIALS.sub(" ", unit.group(1))  # "Bộ binh (BB)1": the arm's initials are no part of it
            name_part = ("" if row["name_rule"] == "numbered" else "tại ") + written
            pos += unit.end()
            larger = _PARENT_UNIT.match(text, pos) if row["type"] == "armed" else None
            if larger and fold(larger.group(2)) in fold(f"{m.group(2)} {name_part}"):
                larger = None  # "Bộ Tư lệnh Vùng Cảnh sát biển 3 (BTL Vùng CSB 3)": the same unit written short
            if larger and larger.group(2) == "Cảnh sát biển":
                pos = larger.end()  # "Hải đoàn 21 Cảnh sát biển": the unit's force, no body of its own
                larger = None
            if larger:
                inner = f"({larger.group(2)})" if larger.group(1) else larger.group(2)
                name_part, pos = f"{name_part}{text[pos : larger.start(2)].rstrip(' (')} {inner}", larger.end()
            elif row["type"] == "armed" and (above := _ranked_parent(text, pos, m.group(2))):
                name_part, pos = f"{name_part}{text[pos : above.start(1)].rstrip()} {above.group(1)}", above.end()
            rest = text[pos:]
    return _Named(name_part, pos, central)


def _placed_by_shape(
    text: str, m: re.Match[str], row: dict[str, str], ctx: PlaceContext, gaz: Gazetteer, named: _Named
) -> Party | None:
    """A body whose shape places it by itself: a court or procuracy of a judicial area, a branch named by its area,
    a body of a central or a local body, the bodies of a cluster's members together; None for any other."""
    head = row["canonical"] or row["head"]
    name_part, pos, central = named.name_part, named.pos, named.central
    rest = text[pos:]
    if fold(head) in _areas() and (area := _AREA.match(rest)):
        # a court or procuracy of a judicial area (from July 2025, when every tier below the province is a commune)
        province = gaz.canonical(area.group(2)) if area.group(2) else None
        written = re.sub(r"\s*[-–]\s*", " - ", " ".join(area.group(1).split()))
        name = f"{head} {written}"
        return Party(
            name,
            row["type"],
            "commune",
            province or ctx.province,
            row["topic"] or None,
            head,
            m.start(),
            pos + area.end(),
            head,
            written,
        )
    if row["tier"] == "district" and not name_part and (served := _NAMED_AREA.match(rest)):
        # "Hạt Kiểm lâm khu vực Ia Grai", "Chi cục Thuế khu vực An Khê": a branch named by the area it serves, which
        # is no district of that name ("huyện" is not read into it)
        written = " ".join(served.group(1).split())
        return Party(
            f"{head} {written}",
            row["type"],
            row["tier"],
            ctx.province,
            row["topic"] or None,
            head,
            m.start(),
            pos + served.end(),
            head,
            written,
        )
    if not central and (above := _heads()[0].match(text, pos + 1)) and rest[:1] == " ":
        above_row = _heads()[1][fold(above.group(2))]
        if above_row["tier"] == "central" and not above_row["name_rule"]:
            # a body of a central body ("Đoàn Thanh niên Bộ Công an", "Công đoàn Bộ Tư pháp") is central
            return Party(
                f"{head} {above_row['canonical'] or above_row['head']}",
                row["type"],
                "central",
                None,
                row["topic"] or None,
                head,
                m.start(),
                above.end(),
            )
        if (
            row["type"] in _INNER_TYPES
            and not row["name_rule"]
            and above_row["type"] in _OUTER_TYPES
            and above_row["name_rule"] != "bare"
            and (outer := _parse(text, above, above_row, ctx, gaz))
        ):
            # a body of a local body ("Đoàn Thanh niên Công an tỉnh", "Công đoàn Sở Y tế"): one body, of that
            # body's tier and place
            return replace(
                outer,
                name=f"{head} {outer.name}",
                type=row["type"],
                topic=row["topic"] or outer.topic,
                head=head,
                start=m.start(),
                base=f"{head} {outer.base}" if outer.base else "",
            )
    if members := _IN_GROUP.match(rest):
        # "Hội Chữ thập đỏ các tỉnh thuộc Cụm thi đua ...", "các Đài PT-TH trong Cụm thi đua số 6": the bodies of a
        # cluster's members together, no one place's body; the cluster named after them is the party
        phrase = " ".join(members.group(1).split())
        return Party(
            f"{head} {phrase}".strip(),
            row["type"],
            "inter-provincial",
            None,
            row["topic"] or None,
            head,
            m.start(),
            pos + members.end(1),
        )
    return None


def _place_words(
    text: str, m: re.Match[str], row: dict[str, str], ctx: PlaceContext, gaz: Gazetteer, named: _Named
) -> _Placed | Party:
    """The place words after a body's name: its party committee, "Việt Nam", a count or a collective of places
    (whose bodies together are the party, returned whole), a kind of unit and the place it names."""
    head = row["canonical"] or row["head"]
    name_part, pos, central = named.name_part, named.pos, named.central
    rest = text[pos:]
    committee = admin = place = None
    admin_written: str | None = None
    place_kind = None
    province = None
    if cm := _COMMITTEE.match(rest):
        committee = cm.group(1).lower().replace("uỷ", "ủy")  # "Tỉnh uỷ" is "Tỉnh ủy"
        committee = committee[0].upper() + committee[1:]
        pos += cm.end()
        rest = text[pos:]
        if committee.startswith("Đảng"):
            admin = committee.split(" ", 2)[2]  # "Văn phòng Đảng ủy xã A": the name after it is a commune's
    nm = _NATIONAL.match(rest)
    if nm and _ADMIN.match(rest[nm.end() :]):  # "Ủy ban MTTQ Việt Nam tỉnh X": a provincial body
        name_part = (name_part + " " + nm.group(1)).strip()
        pos += nm.end()
        rest = text[pos:]
        nm = None
    if nm:
        central = True
        name_part = (name_part + " " + nm.group(1)).strip()
        pos += nm.end()
    elif counted := _COUNTED.match(rest):
        phrase = re.sub(r"\s+", " ", counted.group(1)).strip()
        own = _OWN_PROVINCE.search(phrase)
        if (
            own
            and counted.group(2).lower() in ("tỉnh", "thành phố")
            and not own.group(0).strip().startswith(("trên", "của"))
        ):
            own = None  # "Công an 7 tỉnh, thành phố": the kinds of the places counted, not the article's province
        if own and (ctx.province_display or ctx.province):
            # "Đoàn Thanh niên 18 huyện, thị xã, thành phố trên địa bàn tỉnh": the article's province, named
            phrase = f"{phrase[: own.start()]} {own.group(1)} {ctx.province_display or ctx.province}"
        tier = _COUNTED_TIER.get(counted.group(2).lower(), "district" if counted.group(2) == "thị xã" else "commune")
        if tier != "inter-provincial":
            tier = "district" if counted.group(2).lower() == "thị xã" else tier
        return Party(
            f"{head} {name_part} {phrase}".replace("  ", " "),
            row["type"],
            tier,
            None if tier == "inter-provincial" else ctx.province,
            row["topic"] or None,
            head,
            m.start(),
            pos + counted.end(),
            head,
            phrase,
        )
    elif communes := _COMMUNES_TOGETHER.match(rest):
        # "Đảng ủy các xã, phường trên địa bàn": the communes' bodies together, of the article's province
        phrase = " ".join(communes.group(1).split())
        return Party(
            f"{head} {phrase}",
            row["type"],
            "commune",
            ctx.province,
            row["topic"] or None,
            head,
            m.start(),
            pos + communes.end(),
            head,
            phrase,  # shared by bodies listed before it ("UBND và Ủy ban MTTQ các phường trên địa bàn")
        )
    elif col := _COLLECTIVE.match(rest):
        end = col.end(1)
        for joined in _JOINED_BODY.finditer(rest, col.start(1), end):
            if _heads()[0].match(rest, joined.end()):
                end = joined.start()  # "Hội A các huyện và Hội B các huyện": the next body is no part of the name
                break
        end = _area_joined(rest, col.start(1), end)
        end = _region_end(rest, col.start(1), end)  # "... các tỉnh khu vực Bắc miền Trung đặt ra mục tiêu"
        phrase = re.sub(r"\s+", " ", rest[col.start(1) : end]).strip()
        whole = _DISTRICTS_TOGETHER.fullmatch(phrase)
        # "... các huyện, thị xã, thành phố và Viện Kiểm sát nhân dân các huyện": the province's districts still
        within = (whole or _DISTRICTS_TOGETHER.match(phrase) and "tỉnh" not in phrase) and (
            ctx.province_display or ctx.province
        )
        if within and whole:  # "LĐLĐ các huyện, thành phố": the districts of the article's province
            phrase = f"{phrase} {ctx.province_display or ctx.province}"
        return Party(
            f"{head} {phrase}",
            row["type"],
            "district" if within else "inter-provincial",
            ctx.province if within else None,
            row["topic"] or None,
            head,
            m.start(),
            pos + (end if end < col.end(1) else col.end()),
        )
    else:
        if (glued := _GLUED_CITY.match(rest)) and (city := gaz.canonical(_TP_INITIALS.sub("TP.", glued.group(1)))):
            # "Sở Y tế TP.HCM", "Công an TP. HCM": the city's short name after "TP", kept as the text writes it
            place, place_kind, province = glued.group(1), "province", city
            pos += glued.end()
            rest = text[pos:]
        elif am := _ADMIN.match(rest):
            admin = am.group(1).lower().rstrip(".")
            admin = _SHORT_ADMIN.get(admin, admin)
            admin_written = "TP" if admin == "tp" else None  # rendered as the text writes it ("Công an TP Pleiku")
            admin = "thành phố" if admin == "tp" else admin
            pos += am.end()
            rest = text[pos:]
            if admin == "chi nhánh" and (of := _ADMIN.match(rest)) and of.group(1).lower() != "chi nhánh":
                # "Ngân hàng A Chi nhánh tỉnh B": the branch of a province, "Chi nhánh" kept in its name as written
                name_part = f"{name_part} {am.group(1)}".strip()
                admin = of.group(1).lower().rstrip(".")
                admin = _SHORT_ADMIN.get(admin, admin)
                admin_written = "TP" if admin == "tp" else None
                admin = "thành phố" if admin == "tp" else admin
                pos += of.end()
                rest = text[pos:]
        if admin == "quận" and (number := _DISTRICT_NUMBER.match(rest)):
            provinces = gaz.district_provinces(f"Quận {number.group(1)}")  # "Công an Quận 7"
            if len(provinces) == 1:
                place, place_kind, province = number.group(1), "district", provinces[0]
                pos += number.end()
        elif admin == "phường" and (number := _DISTRICT_NUMBER.match(rest)):
            place, place_kind = number.group(1), "commune"  # "Đảng ủy Phường 2": a ward named by its number
            pos += number.end()
            if parent := parent_district(text, pos, gaz):
                place, pos = f"{place} ({parent[0]})", parent[1]  # "Phường 2 (Quận 4)", "Phường 2 Quận 4"
        elif not place and (run := _CAP_RUN.match(rest)):
            found = _place_name(run.group(1), gaz, admin)
            if not found and admin == "chi nhánh" and am:
                # "Ngân hàng A Chi nhánh Đông Gia Lai": a branch named by its own name, no place's; kept as written
                name_part = f"{name_part} {am.group(1)} {run.group(1)}".strip()
                pos += run.end()
                rest = text[pos:]
                admin = None
            if not found and admin in _COMMUNE_WORDS and not _heads()[0].match(run.group(1)):
                # "xã Ga Ry": the admin word says it is a commune, whether or not the gazetteer knows the name
                found = run.group(1), "commune", None
            if (
                found
                and found[1] == "province"
                and admin == "thành phố"
                and (_provincial_city(found[0], found[2], gaz) or _part_of_the_name(found[0], found[2], ctx))
            ):
                found = found[0], "district", found[2]  # "Công an thành phố Hà Tĩnh": the province's capital city
            if found:
                place, place_kind, province = found
                pos += run.start(1) + len(place)
                if place_kind == "commune" and (parent := parent_district(text, pos, gaz)):
                    place, pos = f"{place} ({parent[0]})", parent[1]  # the commune's own district
                    provinces = gaz.district_provinces(parent[0].split(" ", 1)[1])
                    province = province or (provinces[0] if len(provinces) == 1 else None)
                elif (
                    place_kind in ("commune", "district")
                    and (bracket := _PROVINCE_BRACKET.match(text, pos))
                    and (in_province := gaz.canonical(bracket.group(1)))
                ):
                    # "UBND xã A (tỉnh Gia Lai)", "thị xã B (tỉnh Gia Lai)": the commune's or district's province, written
                    place, pos, province = f"{place} {bracket.group(0).strip()}", bracket.end(), in_province
    return _Placed(name_part, pos, central, committee, admin, admin_written, place, place_kind, province)


def _placed_by_own_name(
    text: str, m: re.Match[str], row: dict[str, str], ctx: PlaceContext, gaz: Gazetteer, placed: _Placed
) -> Party | None:
    """A body its name places: the nation's, a unit of a fixed tier named by its own name, a paper or school named
    by another province; None for a body the place words or the article place."""
    head = row["canonical"] or row["head"]
    name_part, pos, central, committee, admin, place = (
        placed.name_part,
        placed.pos,
        placed.central,
        placed.committee,
        placed.admin,
        placed.place,
    )
    if central:
        prefix = "Trung ương " if m.group(1) else ""
        return Party(
            f"{prefix}{head} {name_part}".strip(),
            row["type"],
            "central",
            None,
            row["topic"] or None,
            head,
            m.start(),
            pos,
        )

    if row["name_rule"] in ("name", "title") and row["tier"] and not (committee or admin or place):
        # "Đồn Biên phòng Tà Lùng": a unit of a fixed tier named by its own name, not the article's place
        name = f"{head} {name_part}"
        # a unit named by a province or city ("Cảng vụ Hàng hải Nha Trang", "... TP. Hồ Chí Minh") is that place's
        mentioned = gaz.provinces_in(name_part)
        # a title naming a town ("Bệnh viện Đa khoa Pleiku") is no surer sign than the article's own province
        # a commune-tier unit ("Đồn Biên phòng Thanh Thủy") is named by its commune or border gate, not by the
        # district of another province that bears the same name
        by_town = not mentioned and row["name_rule"] == "name" and row["tier"] != "commune"
        # a school named after a person whose name a district of another province bears ("Trường THCS Ngô Quyền" in
        # the capital's article): of the article's province, whose schools the article tells
        by_town = by_town and not (row["type"] == "school" and ctx.province)
        districts = gaz.district_provinces(re.sub(r"^(?:TP\.?|[Tt]hành phố)\s*", "", name_part)) if by_town else []
        unit_of = mentioned[-1].name if mentioned else districts[0] if len(districts) == 1 else ctx.province
        return Party(name, row["type"], row["tier"], unit_of, row["topic"] or None, head, m.start(), pos, name)

    # a paper named by its own name ("Báo Tuổi Trẻ", "Báo Sài Gòn Giải Phóng") is not the article's place's
    named_in = [x.name for x in gaz.provinces_in(name_part)] if _named_as_itself(row, placed) else []
    if named_in and fold(gaz.provinces_in(name_part)[-1].name) != fold(ctx.province or ""):
        # "Báo Pháp Luật TP.HCM", "Trường Đại học Cần Thơ" in another province's article: of the place it names
        return Party(
            f"{head} {name_part}", row["type"], "province", named_in[-1], row["topic"] or None, head, m.start(), pos
        )
    return None


def _named_as_itself(row: dict[str, str], placed: _Placed) -> bool:
    """Whether a paper, school or company is named by its own name ("Báo Tuổi Trẻ"), not by the article's place."""
    return (
        row["type"] in ("press", "school", "enterprise")
        and (bool(placed.name_part) or row["name_rule"] == "bare")
        and not (placed.committee or placed.admin or placed.place)
    )


def _where(
    text: str, m: re.Match[str], row: dict[str, str], ctx: PlaceContext, gaz: Gazetteer, placed: _Placed, own_name: bool
) -> _Where | None:
    """Which tier and place the body belongs to: as written, else the article's (PlaceContext); None where a local
    body is written with no name and the article names no unit of its tier."""
    head = row["canonical"] or row["head"]
    name_part, pos, committee, admin, admin_written = (
        placed.name_part,
        placed.pos,
        placed.committee,
        placed.admin,
        placed.admin_written,
    )
    place, place_kind, province = placed.place, placed.place_kind, placed.province
    tier = row["tier"] or (ctx.default_tier if not (committee or admin or place or own_name) else "province")
    # a paper named by its own name ("Báo Người Lao Động") is no body of the commune a sentence is about
    low_committee = (committee or "").lower()
    if low_committee in ("huyện ủy", "thị ủy", "quận ủy") or admin in ("huyện", "quận", "thị xã"):
        tier = "district"
    elif low_committee.startswith("đảng ủy") or admin in ("xã", "phường", "thị trấn", "đặc khu"):
        tier = "commune"
    elif low_committee == "tỉnh ủy" or admin == "tỉnh":
        tier = "province"
    if place_kind == "commune":
        tier = "commune"
    if place_kind == "district" and admin not in ("tỉnh",):
        tier = "district"
    if place_kind == "province" and admin == "thành phố":
        tier = "province"
    implied_kind = None
    implied = False  # the province made explicit from the article, not written after the head
    if (
        tier == "province"
        and admin == "thành phố"
        and not place
        and ctx.district
        and (legacy_unit := gaz.legacy.get(ctx.province or ""))
        and legacy_unit.kind != "city"
        and _district_kind(ctx.district, gaz).lower() == "thành phố"
    ):
        # "Đảng ủy BCHQS thành phố" in an article about a province's city ("TP Dĩ An"): that city, as the
        # province itself is no "thành phố"
        tier = "district"
        if re.search(rf"\bTP\.?\s*{re.escape(ctx.district)}\b", text):
            admin_written = "TP"  # written as the text writes the city elsewhere
    if tier == "district" and not place:
        place, province, implied_kind = ctx.district, ctx.province, ctx.district_kind
    if tier == "province" and not place:
        province = ctx.province
        place = ctx.province_display or ctx.province
        implied = (
            not admin
            and not committee
            and _province_kind(place, gaz) == "tỉnh"
            and not head.startswith(_PLACED_BY_HEAD)
            and not re.search(r"\btỉnh$", text[m.start() : pos].strip())
        )
    elif tier == "province" and province and province == ctx.province and ctx.province_display:
        # the name at the event's date, unless the text writes a province's own name ("Sở Du lịch Bình Định" in a
        # Gia Lai paper's report after the merger) or its short form ("Sở Y tế TPHCM", "Công an TP.HCM"; ruling 1):
        # the body is named as the text names it, org_key joins the short form to the name written out
        # (the city's name after its kind word, "thành phố Hồ Chí Minh", is the province's own name as written)
        written_unit = (
            place in gaz.legacy
            or place in gaz.current
            or bool(_SHORT_PLACE.search(place or ""))
            or admin == "thành phố"
            and gaz.canonical(place or "") == province
        )
        place = place if written_unit else ctx.province_display
    if tier == "district" and place and not province:
        province = ctx.province
    if tier == "commune" and not place:
        place = ctx.commune
    if tier == "commune" and not place and not name_part:
        return None  # "Đảng ủy xã" with no name: nothing to attach it to
    if tier == "district" and not place and not name_part and row["name_rule"] == "bare":
        return None  # "các Huyện, Thị ủy" in an article about no district: which one is not written
    return _Where(tier, place, province, admin_written, implied, implied_kind)


def _rendered(
    m: re.Match[str], row: dict[str, str], gaz: Gazetteer, placed: _Placed, where: _Where, own_name: bool
) -> Party:
    """The body's canonical name: head, own name, committee, kind word and place, as the text writes them."""
    head = row["canonical"] or row["head"]
    name_part, pos, committee, admin = placed.name_part, placed.pos, placed.committee, placed.admin
    tier, place, province, admin_written = where.tier, where.place, where.province, where.admin_written
    implied, implied_kind = where.implied, where.implied_kind
    bare_committee = row["name_rule"] == "bare"
    parts = [head]
    if name_part:
        parts.append(name_part)
    if committee:
        parts.append(committee)
    elif (
        row["type"] == "party"
        and not bare_committee
        and head.startswith(("Ban ", "Ủy ban Kiểm tra", "Văn phòng"))
        and not head.endswith(" ủy")  # "Văn phòng Tỉnh ủy" names its committee already
    ):
        # A party board is the province's or district's: "Ban Tổ chức" -> "Ban Tổ chức Tỉnh ủy Khánh Hòa"
        parts.append({"province": "Tỉnh ủy", "district": "Huyện ủy"}.get(tier, ""))
    if tier == "province" and admin in ("tỉnh", "thành phố") and not committee and not (place or "").startswith("TP"):
        parts.append(admin_written or admin)  # written as the text writes it: "Hội Nông dân tỉnh Lai Châu"
    # (a district body named by a phrase, "các huyện, thị, thành ủy biên giới", holds its places in the phrase)
    if (
        tier == "district"
        and not committee
        and not bare_committee
        and (row["name_rule"] != "phrase" or row["type"] == "enterprise" and admin)  # a company's place, as written
        and not _DISTRICT_NAMED.match(place or "")
    ):
        parts.append(admin_written or admin or implied_kind or "huyện")
    if tier == "commune" and not committee and not bare_committee:
        parts.append(admin or "xã")
    if fold(name_part) and fold(name_part) in fold(head):
        parts.remove(name_part)  # "Việt Nam" already in the canonical head
    numbered = row["name_rule"] == "numbered" and bool(name_part)  # "Hải đội Biên phòng 2": the number names it
    if (
        place
        and not _contains_place(name_part, place)
        and not own_name
        and not numbered
        and not (name_part and any(x.name == province for x in gaz.provinces_in(name_part)))  # "Bộ Tư lệnh TPHCM"
    ):
        if implied and tier == "province" and not any(part.startswith("Tỉnh") for part in parts):
            # a body the text names bare ("Hội Nông dân"): its place made explicit with its kind word, "Hội Nông dân
            # tỉnh A" (DOMAIN.md: "Hội LHPN tỉnh Đắk Nông")
            parts.append("tỉnh")
        parts.append(place)
    n_base = 1 + (name_part in parts)
    return Party(
        " ".join(p for p in parts if p),
        row["type"],
        tier,
        province,
        row["topic"] or None,
        head,
        m.start(),
        pos,
        " ".join(p for p in parts[:n_base] if p),
        " ".join(p for p in parts[n_base:] if p),
        pos > m.end() or bare_committee,
    )


_AREA_JOINED = re.compile(r"\s+và\s+((?:\S+\s+){0,4}\S+)")


def _area_joined(rest: str, start: int, end: int) -> int:
    """ "các tỉnh Nam Trung Bộ và Tây Nguyên": "và" between two parts of the country (data/reference/areas.csv,
    regions.csv) joins the places' description, not another body; where the description then ends."""
    words = rest[start:end].split()
    if not any(fold(" ".join(words[-n:])) in plain_areas() for n in range(1, min(len(words), 6))):
        return end
    if not (joined := _AREA_JOINED.match(rest, end)):
        return end
    after = joined.group(1).split()
    for n in range(len(after), 0, -1):
        if fold(" ".join(after[:n]).rstrip(".,;:)")) in plain_areas():
            return joined.start(1) + len(" ".join(after[:n]).rstrip(".,;:)"))
    return end


def parent_district(text: str, pos: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """A commune's district written right after it ("xã Tân Lập (Tịnh Biên, An Giang)", "phường Minh Hưng
    thị xã Chơn Thành"): ("huyện Tịnh Biên", where it ends), or None."""
    parent = _PARENT_DISTRICT.match(text, pos)
    if not parent:
        return None
    district = parent.group(2) or parent.group(4)
    written = parent.group(1) or parent.group(3) or ""
    if district.isdigit():
        district, written = f"Quận {district}", ""  # "Quận 1": the number is the name, its kind part of it
    if not gaz.district_provinces(district):
        return None
    if written.startswith("TP"):
        return f"TP. {district}", parent.end()  # as the text writes the city ("(TP. Pleiku)")
    if not written and district.startswith("Quận "):
        return district, parent.end()
    kind = (written or _district_kind(district, gaz)).lower()
    return f"{kind} {district}", parent.end()


_VERB_AFTER = re.compile(rf"\s+(?:{_STOPS})\b", re.I)


def _region_end(text: str, start: int, end: int) -> int:
    """Where a collective's region ends: at its last capitalised word when three lower-case words or more follow it to
    the end the pattern found, the sentence's verb and what it does ("Hội A các tỉnh khu vực Bắc miền Trung đặt ra
    mục tiêu"), or one of the words that end a name follows it ("... Bắc miền Trung tiếp tục"); a lower-case tail of one
    or two words ("các tỉnh Tây Bắc mở rộng") or a region with no capital ("các tỉnh biên giới") stays."""
    words = list(re.finditer(r"\S+", text[start:end]))
    capitals = [i for i, w in enumerate(words) if w.group(0)[0].isupper()]
    if capitals and _VERB_AFTER.match(text, start + words[capitals[-1]].end(), end):
        return start + words[capitals[-1]].end()  # "... các tỉnh Bắc miền Trung tiếp tục ...": a verb that ends names
    if not capitals or len(words) - 1 - capitals[-1] < 3:
        return end
    if not all(w.group(0).isalpha() and w.group(0).islower() for w in words[capitals[-1] + 1 :]):
        return end
    return start + words[capitals[-1]].end()


def _district_kind(name: str, gaz: Gazetteer) -> str:
    kinds = {k for _, k in gaz.districts.get(fold(name), [])}
    return kinds.pop() if len(kinds) == 1 else "huyện"


# A cluster's members written after its name: "Cụm thi đua số 1 gồm Công an 5 thành phố: Hà Nội, ..." and its
# chair ("do Hội CCB tỉnh Phú Thọ làm cụm trưởng"), both part of the one party the cluster is.
_MEMBERS = re.compile(
    # "... có 7 đơn vị, bao gồm: A, B": the count of its units before their roster (ruling 2: not listed)
    r"(?:\s+(?:hiện nay\s+)?có\s+(?P<count>\d{1,3}\s+(?:cơ quan,\s*đơn vị|đơn vị|cơ quan|thành viên)))?"
    r"\s*,?\s*\(?\s*(?:bao gồm|gồm có|gồm)\s*:?\s*(?P<members>[^;()\n]{3,220}?)\s*\)?"
    r"(?=\s+do\s|\s+(?:tổ chức|đã|vừa|đang|cùng|họp|ký|kí|giao ban|sơ kết|tổng kết|diễn ra|tiến hành)\b|"
    r"(?<!TP)\.|\s*[;(\n]|$)"
)
_BELONGS = re.compile(  # after a comma too: "Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo gồm: ..."
    r",?\s+thuộc\s+((?:[\w-]+\s+){0,10}?[\w-]+)"
    r"(?=\s+(?:đã|đang|vừa|tổ chức|họp|ký|kí|tiến hành|giao ban|sơ kết|tổng kết|bao gồm|gồm)\b|\s*[,.;:(\n]|$)"
)
# (or a cluster within it named by its region's compass words: "... cụm Đông Nam bộ")
_REGION_NAMED = re.compile(r"\b(?i:khu vực|miền|vùng)\s+[A-ZĐ]|\b(?i:cụm)\s+(?:Đông|Tây|Nam|Bắc)\b")
_DASHED_DESCRIPTION = re.compile(
    r"[A-ZĐ](?:[^.;:,\n()]|,(?=\s*(?:thị xã|thành phố|huyện|quận|xã|phường|thị trấn)\b)){2,100}?"  # "các huyện, thị xã"
    # not "các tổ chức" (organisations: "Cụm I – Các tổ chức tín dụng"), a kind of its members
    r"(?=\s+(?:bao gồm|gồm|(?<![Cc]ác\s)tổ chức|đã|vừa|đang|cùng|họp|ký|kí|giao ban|sơ kết|tổng kết|diễn ra|"
    r"tiến hành|năm \d)\b|\s*[.;:,(\n]|$)"
)
_BRACKET = re.compile(r"\s*\((?P<members>[^()\n]{3,200})\)")
# (or the agencies a province's bloc groups, counted or not: "gồm các sở: A, B, ...")
_UNITS_COUNTED = re.compile(
    r"(?:\d{1,3}|các)\s+(?:cơ quan,\s*đơn vị|đơn vị|cơ quan|thành viên|sở(?:,\s*ban,\s*ngành)?|ban,\s*ngành)\s*$", re.I
)
# a roll that describes its provinces by their region, no province named ("gồm các tỉnh duyên hải miền Trung (từ A
# đến B)"): what it is made of, not what it is (ruling 2)
_REGION_ROLL = re.compile(r"(?:các|\d{1,2})\s+tỉnh(?:,\s*thành phố)?\s+(?-i:[a-zà-ỹđ])[^,;]*$")
_CHAIR = re.compile(r"\s+do\s[^.;\n]{3,80}?\s+làm\s+(?:cụm|khối)\s+trưởng", re.I)
_UNIT_WORDS = {
    # not "thị xã", nor "xã hội", nor "hợp tác xã" (a cooperative)
    "commune": re.compile(r"(?<!thị )(?<!tác )\b(xã(?! hội)|phường|thị trấn)\b", re.I),
    # "Khối thi đua Phòng Văn hóa và Thông tin ...": a bloc of the districts' offices ("Phòng"), not the province's
    "district": re.compile(
        r"\b(huyện|quận|thị xã|các huyện)\b|^(?:cụm|khối)(?:\s+thi đua)?\s+(?-i:Phòng\s+[A-ZĐ])", re.I
    ),
}


def _group(text: str, m: re.Match[str], row: dict[str, str], ctx: PlaceContext, gaz: Gazetteer) -> Party | None:
    """A cluster or bloc that holds the meeting: named as written, with the members the text lists after it
    ("Cụm thi đua số 1 (Công an 5 thành phố: Hà Nội, ...)"); its tier from its name and members."""
    # the longer of the cluster's name by pattern ("Cụm thi đua ngành Văn hóa, Thể thao và Du lịch các tỉnh
    # Đông Nam bộ") and the capitalised phrase after its head ("Cụm thi đua số IX Tòa án nhân dân"); in lower
    # case only a name the pattern knows ("cụm thi đua số 9"), not a cluster described ("hoạt động cụm thi đua")
    if row["name_rule"] == "bloc":  # the kind word alone ("Khối", "Cụm"): a bloc only by its shape
        candidates = [c for c in [bloc_at(text, m.start())] if c]
    else:
        candidates = [c for c in [cluster_at(text, m.start())] if c]
    if row["name_rule"] == "group" and m.group(2)[0].isupper() and (phrase := _GROUP_PHRASE.match(text, m.end())):
        candidates.append((f"{text[m.start() : m.end()]} {phrase.group(1)}", phrase.end()))
    if not candidates:
        return None
    if len(candidates) == 2 and verb_at(text, candidates[0][1]):
        # the pattern's name ends before a verb the capitalised phrase runs on into ("Khối Thi đua A tỉnh xác định:")
        candidates = candidates[:1]
    name, end = max(candidates, key=lambda c: c[1])
    dash = re.compile(r"\s+[-–]\s+").match(text, end) if m.group(2)[0].isupper() else None
    if row["name_rule"] == "bloc" and (comma := re.compile(r",\s+").match(text, end)):
        # "Cụm Các cơ quan thường trú trong nước, Đài Tiếng nói Việt Nam tổ chức ...": a central body named after a
        # comma is whose bloc it is, as after a dash
        owner_head = _heads()[0].match(text, comma.end())
        if owner_head and _heads()[1][fold(owner_head.group(2))]["tier"] == "central":
            dash = comma
    if dash and (owner := _heads()[0].match(text, dash.end())):  # "Khối thi đua 8 – Bộ Văn hóa, ...": its body
        after = _PHRASE.match(text, owner.end())
        end = after.end() if after else owner.end()
        name = text[m.start() : end]
    elif dash and (described := _DASHED_DESCRIPTION.match(text, dash.end())):
        # "Cụm thi đua I – Các cơ quan ban Đảng trực thuộc Tỉnh ủy": what the cluster is, written after a dash
        end = described.end()
        name = text[m.start() : end]
    if m.group(2)[0].isupper():
        # a body's name holding "và" inside the cluster's ("Cụm thi đua số 1 Đài Phát thanh và Truyền hình các tỉnh
        # ...", "Khối thi đua Phòng Văn hóa và Thông tin ..."): the name goes on through that body's head
        inner = [
            h.end()
            for w in re.finditer(r"(?<=\s)\S", text[m.end() : end])
            if (h := _heads()[0].match(text, m.end() + w.start())) and h.end() > end
        ]
        if inner:
            after = _PHRASE.match(text, max(inner))
            end = after.end() if after else max(inner)
            name = text[m.start() : end]
    if year := re.search(r"\s+(?:năm \d{4}|nhiệm k[ỳì] \d{4}\s*[-–]\s*\d{4})$", name):  # the year or term, not the name
        name, end = name[: year.start()], end - len(year.group(0))
    if re.search(r"\s(?:tỉnh|thành phố)$", name) and (ctx.province_display or ctx.province):
        name = f"{name} {ctx.province_display or ctx.province}"  # "Khối thi đua Mặt trận - Đoàn thể tỉnh": its own
    belongs = _BELONGS.match(text, end)
    if belongs and _heads()[0].match(belongs.group(1)):
        # "Cụm thi đua số 2 thuộc Công đoàn ...": the body it is part of
        name, end = f"{name}{belongs.group(0)}", belongs.end()
    members, roster = "", False
    if mm := _MEMBERS.match(text, end):
        members, end, roster = mm.group("members").strip(" ,:"), mm.end(), bool(mm.group("count"))
    elif (bracket := _BRACKET.match(text, end)) and (
        _heads()[0].match(bracket.group("members")) or len(gaz.provinces_in(bracket.group("members"))) > 1
    ):
        # "Cụm giáp ranh (Công an 4 huyện ...)", "Cụm thi đua ... 5 tỉnh, thành phố (An Giang, Cà Mau, ...)"
        members, end = bracket.group("members").strip(), bracket.end()
    if _UNITS_COUNTED.match(members.split(":", 1)[0]) or _REGION_ROLL.match(members):
        # "gồm 06 đơn vị: VKSND thành phố A, ...": a count of its units before their roster says nothing of what the
        # cluster is (ruling 2: the members are not listed); a kind counted stays ("(Công an 4 huyện ...)")
        roster = True
    if chair := _CHAIR.match(text, end):
        end = chair.end()
    span = f"{name} {members}"
    # a place in the cluster's own name counts when written as a place ("tỉnh Thanh Hóa"), not inside a name
    # ("Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh")
    places = [
        x.name
        for x in gaz.provinces_in(name)
        if re.search(r"(tỉnh|thành phố|TP\.?|các|và|,)\s*$", name[: x.start], re.I)
    ] + [x.name for x in gaz.provinces_in(members)]
    several = (
        len(set(places)) > 1
        or re.search(r"\bcác (tỉnh|thành phố)\b|\b\d+ (tỉnh|thành phố)\b", span, re.I)
        or _REGION_NAMED.search(name)  # "Khối thi đua số 2 khu vực Nam Trung Bộ": a region's, of several provinces
        or (fold(row["head"]) == fold("Cụm thi đua") and not places)  # a numbered cluster spans provinces
    )
    tier = "inter-provincial" if several else "province"
    for unit_tier, words in _UNIT_WORDS.items():
        if words.search(span) and len(set(places)) <= 1:
            tier = unit_tier  # clusters of communes or of districts of one province
            break
    if tier == "inter-provincial" and gaz.districts_in(members) and len(set(places)) <= 1:
        tier = "district"
    if tier == "inter-provincial" and not gaz.provinces_in(members) and members:
        districts = [w.strip() for w in re.split(r",|\svà\s", members) if gaz.district_provinces(w.strip())]
        tier = "district" if len(districts) > 1 else tier
    if (
        tier in ("inter-provincial", "province")
        and not places
        and not gaz.districts_in(members)
        and _names_central_body(name[m.end() - m.start() :])
    ):
        # "Cụm thi đua số II TANDTC", "Cụm thi đua số 2 thuộc Công đoàn ... Việt Nam": a cluster of a central
        # body's own units, no province named (etl/involvement.py turns it back when the article lists its
        # provinces)
        tier = "central"
    display = ctx.province_display or ctx.province
    if tier == "province" and not places and not belongs and display and not _contains_place(name, display):
        # one province's bloc ("Khối thi đua số 5"): its place made explicit, with its kind word ("Khối thi đua số
        # 5 tỉnh A"), as for a body named bare
        kind = "tỉnh " if _province_kind(display, gaz) == "tỉnh" and not re.search(r"\btỉnh$", name) else ""
        name = f"{name} {kind}{display}"
    full = f"{name} ({members})" if members and not roster else name
    return Party(
        re.sub(r"\s+", " ", full).strip(),
        row["type"],
        tier,
        None if tier == "inter-provincial" else (places[0] if places else ctx.province),
        row["topic"] or None,
        row["canonical"] or row["head"],
        m.start(),
        end,
        full,
    )


_PLACES_AFTER = re.compile(
    _ADMIN.pattern + r"|\s+(?:các|\d{1,2})\s+(?:tỉnh|huyện|xã)\b", re.I
)  # "... Việt Nam các tỉnh"
_CENTRAL_SUFFIX = re.compile(r"(?<!thuộc )\b(?:Việt Nam|Trung ương|tối cao)$", re.I)  # not "trực thuộc Trung ương"


def _names_central_body(words: str) -> bool:
    """Whether a group's name past its head names a central body ("Bộ Tư pháp", "Tòa án nhân dân tối cao",
    "Công đoàn Nông nghiệp và Môi trường Việt Nam")."""
    rest = expand_abbreviations(words)
    pattern, rows = _heads()
    for hm in pattern.finditer(rest):
        row = rows[fold(hm.group(2))]
        if hm.group(1) or row["tier"] == "central":
            return True
        national = _NATIONAL.match(rest, hm.end())
        after = national.end() if national else hm.end()
        if (national or hm.group(2).endswith("Việt Nam")) and not _PLACES_AFTER.match(rest, after):
            return True  # "Khối thi đua MTTQVN và các tổ chức chính trị - xã hội": the nation's Front, no place's
    return bool(pattern.search(rest)) and bool(_CENTRAL_SUFFIX.search(rest.strip()))


# heads whose own words say whose they are ("Tỉnh ủy", "Tỉnh đoàn"), or that the labels write with the province's bare
# name ("Sở Tư pháp A", 7 of 9 on dev/test/fresh): no kind word before the province the article makes explicit
_PLACED_BY_HEAD = ("Tỉnh", "Sở ")


def _province_kind(name: str | None, gaz: Gazetteer) -> str | None:
    """ "tỉnh" or "thành phố" for a province-level unit's name (of either geography), else None."""
    unit = gaz.legacy.get(name or "") or gaz.current.get(name or "")
    return None if unit is None else "thành phố" if unit.kind == "city" else "tỉnh"


def _contains_place(name_part: str, place: str) -> bool:
    return bool(name_part) and fold(place) in fold(name_part)


def _own_name_from(pattern: re.Pattern[str], text: str, organ: re.Match[str]) -> bool:
    """Whether a body's own name starts where the organ's words do and runs past them."""
    own = pattern.match(text, organ.start())
    return own is not None and own.end() > organ.end()


def find_parties(text: str, ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """Every naming of a body in a text, in order of appearance (a body named twice comes twice: its roles
    may differ), with canonical names."""
    text = _case_for_matching(expand_abbreviations(text))
    pattern, rows = _heads()
    found: list[Party] = []
    pos = 0
    sentence_ctx = ctx
    # leadership organs followed by a body: {where the body starts: where the organ starts}
    # ... unless the organ's words begin a body's own name ("Ban Chỉ huy Quân sự huyện": a body, not the command
    # board of "Quân sự")
    organs = {
        lm.end(): lm.start()
        for lm in _leadership().finditer(text)
        if pattern.match(text, lm.end()) and not _own_name_from(pattern, text, lm)
    }
    issuer_end: int | None = None  # where the last body named as a document's author ends
    passed: Party | None = None  # the body just passed over as a venue or a person's, whose larger body may follow
    authors: list[tuple[Party, bool]] = []  # the bodies a program being carried out was made between
    opening = False  # whether that program is named in a clause of purpose that opens its sentence
    author_end: int | None = None
    # the words three of the checks below end with, looked for once in the sentence: most sentences hold none
    # ("của", "giữa" in any case: no letter of "của" or "ữa" has a case-blind match but its own capital)
    low = text.lower()
    issued, directed, between = "của" in low, "chỉ đạo" in text, "ữa" in low
    units = any(kind in text for kind in _UNIT_KINDS)  # a unit written before a body starts with one (_UNIT_BEFORE)
    while m := pattern.search(text, pos):
        pos = m.end()
        organ = next((start for end, start in organs.items() if start <= m.start() < end), None)
        if organ is not None:
            pos = next(end for end, start in organs.items() if start == organ)
            continue  # the organ's words are read with the body after them
        row = rows[fold(m.group(2))]
        if (command := rows.get("bo tu lenh " + fold(m.group(2)))) and _COMMANDER_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        ):
            row = command  # "Tư lệnh Bộ đội Biên phòng": the leader of the force's national command names it
        strict = row["type"] in _STRICT_TYPES or len(row["head"].split()) < 3 or row["head"].startswith("Phòng ")
        if strict and not _NAMED_HEAD.match(m.group(2)) and not _PROVINCES_LISTED.match(text, m.end()):
            # "báo cáo", "trường hợp", "quốc phòng an ninh": common words, not bodies; "báo Dân trí" is a paper by
            # its name, "Phòng An ninh" a police department; a head in lower case before provinces listed by name
            # ("và công an các tỉnh A, B") is their bodies
            continue
        party = _parse(text, m, row, sentence_ctx, gaz)
        if party and row["canonical"] == row["head"] + _NATION and row["canonical"] in party.name:
            # "Ủy ban MTTQ tỉnh A": the Front's committee as the text writes it, without the nation's name the
            # heads table adds (ruling 1); org_key joins the two
            party = replace(party, name=party.name.replace(row["canonical"], m.group(2), 1))
        start = organs.get(m.start(), m.start())
        if party and start < m.start():
            organ_words = re.sub(r"\s+", " ", text[start : m.start()]).strip()
            party = replace(party, name=f"{organ_words} {party.name}", base=f"{organ_words} {party.base}", start=start)
        if party and start == m.start() and units and (unit := _unit_before(text, party, found)):
            if row["canonical"] and row["canonical"] in unit.name:  # the body as the unit's name writes it
                unit = replace(unit, name=unit.name.replace(row["canonical"], m.group(2), 1))
            party, start = unit, unit.start
        if party and (issuer_end is not None and _LIST_GAP.fullmatch(text[issuer_end:start])):
            issuer_end = pos = max(pos, party.end)  # "... của Viện A và Tòa án B": both issued it
            continue
        if party and party.type != "other" and (group := _network_cluster(text, party, start)):
            found.append(group)  # "Cụm Đoàn thanh niên các tỉnh ...", "Hội A Việt Nam cụm số 11": the cluster
            pos = max(pos, group.end)
            continue
        if party and _named_in_passing(text, party, start):
            pos = max(pos, party.end)
            continue
        if party and issued and _ISSUER_BEFORE.search(text[max(0, start - 60) : start]):
            issuer_end = pos = max(pos, party.end)
            continue
        if party and directed and _DIRECTED_BEFORE.search(text, max(0, start - 20), start):
            # "sẽ chỉ đạo UBND các huyện và ... triển khai": whom a party directs, the list after the verb too
            issuer_end = pos = max(pos, party.end)
            continue
        chained = author_end is not None and bool(_AUTHOR_GAP.fullmatch(text[author_end:start]))
        looked = between and party and not chained
        program = _PROGRAM_BEFORE.search(text, max(0, start - 140), start) if looked else None
        if party and (chained or program is not None):
            if program is not None:  # "Thực hiện ... giữa A và B, C tổ chức": a clause of purpose opens the sentence
                before = text[: program.start()].rstrip()
                opening = not before or before[-1] in ".!?:\n"
            authors.append((party, opening))
            author_end = pos = max(pos, party.end)
            continue
        author_end = None
        if (
            party
            and _ROLE_BEFORE.search(text[max(0, start - 25) : start])
            and not (party.type == "other" and _CHAIR_OF.search(text, max(0, start - 25), start))
        ):
            pos, passed = max(pos, party.end), party
            continue
        if party and passed and _belongs_after_comma(text, passed, party, start):
            # "tại Viện A, Viện Hàn lâm B, C và D ký kết": the body the venue (or a person's body) belongs to
            pos, passed = max(pos, party.end), None
            continue
        passed = None
        if party and found and (merged := _merged_with_previous(text, found[-1], party, start, m.end())):
            found[-1], end = merged
            pos = max(pos, end)
            continue
        if party and _no_body_here(text, party, start):
            pos = max(pos, party.end)
            continue
        if (
            party
            and found
            and party.tier == "inter-provincial"
            and not party.province
            and _IN_GROUP.match(text, m.end())
            and not found[-1].placed
            and found[-1].type != "other"
            and _SHARED_MEMBERS_GAP.fullmatch(text, found[-1].end, start)
        ):
            # "Sở Tư pháp và Cục Thi hành án dân sự các tỉnh thuộc Cụm ...": the body before, with no place of its
            # own, is the cluster's members' too, no one province's
            found[-1] = replace(found[-1], tier="inter-provincial", province=None)
        if party:
            if not found and party.tier == "district" and ctx.district:
                # Bodies named without a place next to a district's own body are that district's.
                sentence_ctx = replace(ctx, default_tier="district")
            elif not found and party.tier == "commune" and ctx.commune and fold(ctx.commune) in fold(party.name):
                # and next to the article's commune's own body, the commune's ("UBND xã với UBMTTQ và ...")
                sentence_ctx = replace(ctx, default_tier="commune")
            found.append(party)
            pos = max(pos, party.end)  # a tail ("Tỉnh ủy") is not a body of its own
    # a local body among the authors reviews its own program ("sơ kết thực hiện Chương trình phối hợp số 6
    # giữa Hội A tỉnh và Bộ Chỉ huy B tỉnh"): only a central program carried out by local bodies is set aside
    # (one named in a clause of purpose opening the sentence is set aside whatever its tier)
    kept = [
        p
        for p, opened in authors
        if not found or (not opened and (p.tier != "central" or not any(q.tier != "central" for q in found)))
    ]
    found = sorted(found + kept, key=lambda p: p.start) if kept else found
    return _committee_of_command(text, _place_from_list_end(text, _place_from_dashed_tail(text, found, gaz)))


def _named_in_passing(text: str, party: Party, start: int) -> bool:
    """Whether a body is named only in passing: as what names a cluster, as unnamed bodies counted, as who launched a
    movement, wrote the rules or gives the award."""
    if party.type != "other" and _GROUP_NAMED_BY.search(text, max(0, start - 8), start):
        return True  # "Khối MTTQ và các đoàn thể": the bodies that name a cluster, no party
    if _UNNAMED_CENTRAL.search(party.name) and _COUNT_BEFORE.search(text, max(0, start - 8), start):
        return True  # "với 12 cơ quan báo chí Trung ương", "các Bệnh viện tuyến Trung ương": unnamed
    if _LAUNCHED_BY.match(text, party.end) and _BY_BEFORE.search(text, max(0, start - 40), start):
        return True  # "phong trào thi đua do Bộ Tư pháp phát động": who launched it, no party
    if _LAUNCHED_WITH.match(text, party.end) and _BY_BEFORE.search(text, max(0, start - 8), start):
        return True  # "do Đảng ủy, Ban Giám đốc Công an tỉnh phát động": the first of those who launched it
    if "của" in text[max(0, start - 8) : start] and _RULES_OF.search(text, max(0, start - 90), start):
        return True  # the rules' author; a comma after it starts the sentence's subject
    if "được" in text[max(0, start - 8) : start] and _AWARDS.match(text, party.end):
        return True  # "A được Bộ Tư lệnh Quân khu 1 khen thưởng nhân dịp hội nghị ...": who gives the award, no party
    # ... or who gives the award
    return "của" in text[max(0, start - 8) : start] and bool(_AWARD_OF.search(text, max(0, start - 90), start))


def _no_body_here(text: str, party: Party, start: int) -> bool:
    """Whether a head names no body where it stands: a day's name, a field of work."""
    if _DAY_OF.search(text, max(0, start - 30), start):
        return True  # "90 năm Ngày Truyền thống Mặt trận Tổ quốc Việt Nam": a day's name, no party
    # "công tác Công an": a field of work, not a body
    return not party.placed and bool(_FIELD_BEFORE.search(text, max(0, start - 20), start))


def _merged_with_previous(
    text: str, before: Party, party: Party, start: int, head_end: int
) -> tuple[Party, int] | None:
    """(the body before, now with this one in its name, where reading goes on) when this naming is part of the one
    before: a school's faculty, the larger body in brackets or after a comma, the body a unit written before it
    belongs to; None for a body of its own."""
    if how := _school_joined(text, before, party, start, head_end):
        return _school_of(before, party, text, start, how), party.end
    if (
        "other" not in (party.type, before.type)
        and (
            (belongs := _BELONGS_IN_BRACKETS.fullmatch(text, before.end, start))
            or (
                (party.head == before.head or not party.where or party.where not in text[start : party.end])
                and _IN_BRACKETS.fullmatch(text, before.end, start)
            )
        )
        and (
            (close_end := _closing_end(text, party.end))
            or (belongs and "(" not in belongs.group(0) and (close_end := party.end))
        )
    ):
        # a body with no place of its own in brackets just after another: the larger body it belongs to ("Viện
        # Kiểm sát quân sự khu vực 52 (Quân khu 5)"), part of its name; or the same body again, written short
        # ("Cục A Bộ đội Biên phòng (BĐBP)"); no party of its own either way. One with its place ("Đồn Biên phòng
        # A (BĐBP tỉnh B)") is a body that may sign too, unless the text says it belongs ("(thuộc BĐBP tỉnh B)",
        # "Đồn A thuộc BĐBP tỉnh B").
        unit = before
        written = " ".join(text[start : party.end].split())  # as written, without a place implied
        if party.head != unit.head and fold(written) not in fold(unit.name):  # not the same name written short
            own = unit.name.rstrip()  # "Đoàn trường Đại học A " before its bracket: one space
            if (
                party.where
                and unit.where
                and own.endswith(unit.where)
                and unit.where not in text[unit.start : unit.end]
            ):
                own = own[: -len(unit.where)].rstrip()  # the place the article implied: the larger body names it
            unit = replace(unit, name=f"{own} ({written})")
        return replace(unit, end=close_end), close_end
    if _belongs_after_comma(text, before, party, start):
        # "Cục A, Bộ Quốc phòng", "Cơ quan Cảnh sát điều tra, Công an thành phố": the unit written with the body
        # it belongs to after a comma, one party
        own = before.name
        if before.where and own.endswith(before.where) and before.where not in text[before.start : before.end]:
            own = own[: -len(before.where)].rstrip()  # the place the article implied: the body after names it
        merged = replace(
            before,
            name=f"{own}, {party.name}",
            tier=party.tier,
            province=party.province,
            where=party.where,
            end=party.end,
        )
        return merged, party.end
    if (
        not (before.placed and before.where)  # no place of its own written
        and _UNIT_HEAD.match(before.base)
        and not _UNIT_HEAD.match(party.base)
        and not text[before.end : start].strip()
    ):
        # a unit the heads know written just before its body ("Cơ quan Cảnh sát điều tra Công an huyện A"): one
        # party, the unit of that body, at the body's place
        return replace(
            party, name=f"{before.base} {party.name}", base=f"{before.base} {party.base}", start=before.start
        ), party.end
    return None


_CLUSTER_WORD_BEFORE = re.compile(r"(?<![\w])Cụm\s+$")  # "Cụm Đoàn thanh niên ...": a cluster of that network
# a numbered cluster after a body of the nation, its short name in brackets or a comma between ("Hội A Việt Nam
# (Hội), cụm số 6")
_CLUSTER_NUMBER_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?\s*,?\s+(?P<cluster>(?:[Cc]ụm|[Kk]hối)(?:\s+thi đua)?\s+số\s+(?:\d{1,2}|[IVX]{1,5}))(?![\w])"
)
_REGION_STOP = r"(?:gồm|do|họp|ký|kí|tổ chức|giao ban|sơ kết|tổng kết|diễn ra|tiến hành|đã|vừa|năm)\b"
_REGION_AFTER = re.compile(  # "... các tỉnh trung du miền núi phía Bắc": the provinces a cluster spans, to a verb
    r"\s+((?:các|\d{1,2})\s+tỉnh(?:,\s*thành phố)?(?:\s+(?!" + _REGION_STOP + r")[^\W\d]+){1,8})"
    r"(?=\s*(?:[,.;:()\n]|$)|\s+" + _REGION_STOP + r")"
)
_OF_PROVINCES_WORDS = re.compile(r"\b(?:các|\d{1,2})\s+(?:tỉnh|thành phố)\b|\b(?:khu vực|vùng|miền)\s+[A-ZĐ]", re.I)


def _skip_blanks(text: str, pos: int) -> int:
    """The first position at or after pos that is no space."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _network_cluster(text: str, party: Party, start: int) -> Party | None:
    """The cluster a network's body names, one party (ruling 2): "Cụm" written before the body, what it groups
    after ("Cụm Đoàn thanh niên các tỉnh, thành X"), or a numbered cluster written after a body of the nation
    ("Hội A Việt Nam cụm số 11"): the body is whose cluster it is, no party of its own."""
    if after := _CLUSTER_NUMBER_AFTER.match(text, party.end):
        if (
            party.tier == "central"
            and "," in text[party.end : after.start("cluster")]
            and _heads()[0].match(text, _skip_blanks(text, after.end()))
        ):
            # "Bộ A, Cụm thi đua số 1 Đài PT-TH các tỉnh ...": the cluster writes its own kind of body after its
            # number, so it is that network's, not the ministry's: two parties, each read on its own
            return None
        if party.tier == "central":
            name = " ".join(f"{text[start : party.end]} {after.group('cluster')}".split())
            return Party(name, "other", "inter-provincial", None, party.topic, "Cụm thi đua", start, after.end(), name)
        if party.placed or not text[party.end : after.start("cluster")].isspace():
            return None
        # "Các Đài PT-TH cụm thi đua số 2 ký giao ước": a kind of body written bare, no place, right before a
        # numbered cluster is whose cluster it is: "Cụm thi đua số 2 Đài PT-TH", with the region it spans after it
        region = _REGION_AFTER.match(text, after.end())
        end = region.end() if region else after.end()
        cluster = after.group("cluster")
        body = text[start : party.end]
        name = " ".join(f"{cluster[0].upper()}{cluster[1:]} {body} {region.group(1) if region else ''}".split())
        return Party(name, "other", "inter-provincial", None, party.topic, "Cụm thi đua", start, end, name)
    if not (before := _CLUSTER_WORD_BEFORE.search(text, max(0, start - 8), start)):
        return None
    phrase = _GROUP_PHRASE.match(text, before.start() + 3)
    end = max(party.end, phrase.end()) if phrase else party.end
    name = " ".join(text[before.start() : end].split())
    several = bool(_OF_PROVINCES_WORDS.search(name)) or len({x.name for x in gazetteer().provinces_in(name)}) > 1
    tier = "inter-provincial" if several else party.tier
    province = None if several else party.province
    return Party(name, "other", tier, province, party.topic, "Cụm thi đua", before.start(), end, name)


def _school_joined(text: str, school: Party, university: Party, start: int, head_end: int) -> str | None:
    """How a school is written with the university it belongs to, if it is: "bracket" ("Trường Đại học Y Dược (Đại
    học Thái Nguyên)"), "comma" ("Trường Đại học Giáo dục, Đại học Quốc gia Hà Nội", "..., Đại học Huế"); None when
    the next body is another party (a university named by a field after a comma, "Đại học Kinh tế TP.HCM", is the
    next one of a list)."""
    if not school.type == university.type == "school":
        return None
    if _IN_BRACKETS.fullmatch(text, school.end, start):
        return "bracket"
    if (
        university.head.startswith("Đại học")
        and not school.head.startswith("Đại học")
        and text[school.end : start].strip() == ","
        and not _field_first().match(text, head_end, university.end)
    ):
        return "comma"
    return None


def _school_of(school: Party, university: Party, text: str, start: int, how: str) -> Party:
    """A school written with the university it belongs to, one party: a national university's school is a central
    body as the university is ("Trường Đại học A (Đại học Quốc gia TP.HCM)")."""
    written = " ".join(text[start : university.end].split())
    name = f"{school.name} ({written})" if how == "bracket" else f"{school.name}, {written}"
    if university.tier == "central":
        return replace(school, name=name, tier="central", province=None, end=university.end)
    return replace(school, name=name, end=university.end)


def _belongs_after_comma(text: str, unit: Party, body: Party, start: int) -> bool:
    """Whether a body after a comma is the one the unit before it belongs to: a unit with its own kind word ("Cục",
    "Vụ", "Phòng", "Cơ quan", "Viện") of a ministry, a general department or an academy ("Cục A, Bộ Quốc phòng"), or a police unit of
    its force ("Cơ quan Cảnh sát điều tra, Công an thành phố A"); a list of bodies goes on otherwise."""
    if not (_UNIT_HEAD.match(unit.name) or unit.head == "Viện") or text[unit.end : start].strip() != ",":
        return False
    if body.tier == "central" and body.name.startswith(("Bộ ", "Tổng cục ", "Viện Hàn lâm ")):
        # "Viện A, Viện Hàn lâm B": an institute of an academy
        return not _MILITARY.match(body.name)
    return unit.type == body.type == "armed" and body.head == "Công an" and unit.head != "Công an"


def _unit_before(text: str, party: Party, found: list[Party]) -> Party | None:
    """The unit written before a body with its own kind word, if one is, as the party: "Trung tâm Thông tin"
    before "Thông tấn xã Việt Nam", "Chi cục Biển và Hải đảo" before "(Sở A)"; the body a unit belongs to is no
    party of its own."""
    unit = _UNIT_BEFORE.search(text, max(0, party.start - 70), party.start)
    if not unit or (found and unit.start() < found[-1].end):
        return None
    words = re.sub(r"\s+", " ", unit.group(1))
    if unit.group(3):  # "Vụ Pháp chế, Bộ Tư pháp": a ministry's unit written with its ministry after a comma
        if party.tier != "central" or not party.name.startswith(("Bộ ", "Tổng cục ")) or _MILITARY.match(party.name):
            return None
        return replace(party, name=f"{words}, {party.name}", base=f"{words}, {party.base}", start=unit.start())
    if not unit.group(2):
        return replace(party, name=f"{words} {party.name}", base=f"{words} {party.base}", start=unit.start())
    close = text.find(")", party.start)  # the body in brackets after the unit: "Chi cục A (Sở B)"
    if close < 0 or "(" in text[party.start : close]:
        return None
    name = f"{words} ({party.name})"
    return replace(party, name=name, base=name, start=unit.start(), end=max(party.end, close + 1), placed=True)


# the last of bodies joined by dashes is one the heads do not know, written with the district's place:
# "Công an - Viện kiểm sát - Tòa án - Thi hành án dân sự huyện Cam Lộ"
_DASHED_TAIL = re.compile(
    rf"\s+[-–]\s+(?:{_CAP}\s+){{1,3}}(?:\w+\s+){{0,4}}?(huyện|quận|thị xã)\s+({_CAP}(?:\s+{_CAP}){{0,2}})"
)


def _place_from_dashed_tail(text: str, found: list[Party], gaz: Gazetteer) -> list[Party]:
    """The last body of a dashed list takes the district written after the list's unknown last item."""
    if not found or found[-1].placed or found[-1].type == "other" or not found[-1].base:
        return found
    last = found[-1]
    tail = _DASHED_TAIL.match(text, last.end)
    if not tail:
        return found
    named = _place_name(tail.group(2), gaz, tail.group(1).lower())
    if not named or named[1] != "district":
        return found
    where = f"{tail.group(1).lower()} {named[0]}"
    placed = replace(
        last, name=f"{last.base} {where}", tier="district", province=named[2] or last.province, where=where, placed=True
    )
    return [*found[:-1], placed]


_BARE_COMMITTEE = re.compile(r"Đảng (?:ủy|uỷ)", re.I)


@cache
def _commands() -> re.Pattern[str]:
    """The organs that command a unit ("Bộ Tư lệnh" of "Bộ Tư lệnh Quân khu 4"), data/reference/unit_commands.csv."""
    organs = sorted((r["organ"] for r in load_table("unit_commands.csv")), key=len, reverse=True)
    return re.compile(r"(?i:" + "|".join(map(re.escape, organs)) + r")\s+(?=\S)")


def _committee_of_command(text: str, found: list[Party]) -> list[Party]:
    """A party committee written bare before the command it leads with ("Đảng ủy, Bộ Tư lệnh Quân khu 4", "Đảng ủy,
    Ban Giám đốc Công an tỉnh") is the commanded unit's committee ("Đảng ủy Quân khu 4", "Đảng ủy Công an tỉnh A"),
    not a committee of the article's province."""
    out = list(found)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1]
        if here.type != "party" or not _BARE_COMMITTEE.fullmatch(text, here.start, here.end):
            continue
        command = _commands().match(after.name)
        if not command or not _LIST_GAP.fullmatch(text[here.end : after.start]):
            continue
        unit = after.name[command.end() :]
        out[i] = replace(
            here,
            name=f"{text[here.start : here.end]} {unit}",
            tier=after.tier,
            province=after.province,
            where=after.where,
            placed=after.placed,
        )
    return out


def _place_from_list_end(text: str, found: list[Party]) -> list[Party]:
    """Bodies listed before one that writes its place share it: "Thường trực HĐND, Lãnh đạo UBND, Ban Thường
    trực UBMTTQ huyện" are three bodies of the district, "Đảng ủy, UBND phường X" two of the ward."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        here, after = out[i], out[i + 1]
        district = after.where[after.where.find(" (") :] if " (" in after.where else ""
        if here.tier == after.tier == "commune" and district and "(" not in here.where and here.where:
            if _LIST_GAP.fullmatch(text[here.end : after.start]):  # "xã Ga Ry và xã Ch'Ơm (Tây Giang)"
                out[i] = replace(here, name=here.name + district, where=here.where + district)
            continue
        if here.placed or not after.where or "other" in (here.type, after.type) or not here.base:
            continue
        where = after.where
        if where.lower().startswith("chi nhánh ") and after.tier == "district":
            # "Hội LHPN, Hội Nông dân, Ngân hàng ... chi nhánh Mường Lát": the branch's district, as a district
            district = where[len("chi nhánh ") :]
            where = f"{_district_kind(district, gazetteer()).lower()} {district}"
        if not _LIST_GAP.fullmatch(text[here.end : after.start]):
            continue
        if here.base.endswith(("Tỉnh ủy", "Thành ủy")) and after.tier == "province":
            where = re.sub(r"^(?:tỉnh|thành phố|TP\.?)\s+", "", where)  # "Văn phòng Tỉnh ủy Yên Bái", no "tỉnh"
        out[i] = replace(
            here,
            name=f"{here.base} {where}",
            tier=after.tier,
            province=after.province,
            where=where,
            placed=after.placed,
        )
    return out


# An abbreviation an article defines for itself after the words it stands for: "Hội Khuyến học (HKH)", "Hội Cựu
# Thanh niên xung phong (TNXP)"; the words are those whose initials it spells.
_OWN_DEFINITION = re.compile(r"\s\(([A-ZĐ]{2,6})\)")


def own_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text defines that the reference does not know, each with the words it stands for
    ("HKH" -> "Hội Khuyến học"), so "HKH tỉnh Thanh Hóa" further down is read as the body it names."""
    if "(" not in text:
        return {}  # each definition is written in brackets: most texts define none
    known = _aliases()[1]
    out: dict[str, str] = {}
    for m in _OWN_DEFINITION.finditer(text):
        abbr = m.group(1)
        if abbr in known or abbr in out:
            continue
        words = text[max(0, m.start() - 80) : m.start()].split()[-len(abbr) :]
        spelt = len(words) == len(abbr) and all(w.isalpha() for w in words)
        if spelt and "".join(fold(w)[0] for w in words) == fold(abbr):
            out[abbr] = " ".join(words)
    return out


def spell_out(text: str, own: dict[str, str]) -> str:
    """The text with its own abbreviations written out where it uses them, the definition itself left as is."""
    for abbr, words in own.items():
        text = re.sub(rf"(?<![\w(]){abbr}(?![\w)])", words, text)
    return text


def own_written(name: str, source: str, own: dict[str, str]) -> str:
    """A party's name with the text's own abbreviation when its source (the title and lead) first names the body
    that way ("HKH tỉnh Thanh Hóa"), in full when it first names it in full ("Hội Khuyến học (HKH) Việt Nam")."""
    if not own:
        return name  # the text defines no abbreviation of its own (most texts): nothing to write short
    plain = _OWN_DEFINITION.sub("", source).casefold()
    for abbr, words in own.items():
        at = name.casefold().find(words.casefold())
        if at < 0:
            continue
        # compared with the word after it: "HKH tỉnh" against "Hội Khuyến học tỉnh", not "HKH" against the head
        after = re.match(r"\s*\S+", name[at + len(words) :])
        if not after:
            continue  # "Thông tấn xã Việt Nam (TTXVN)": the whole name, written out
        full = name[: at + len(words)] + after.group(0)
        short = name[:at] + abbr + after.group(0)
        first_short, first_full = plain.find(short.casefold()), plain.find(full.casefold())
        if first_short >= 0 and (first_full < 0 or first_short < first_full):  # as its first naming writes it
            name = name[:at] + abbr + name[at + len(words) :]
    return name
