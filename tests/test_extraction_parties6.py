"""Classes of how real reports name who signs or holds a meeting (issue 11, session 26): each written in sentences of
our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from etl.parties import PlaceContext, find_parties
from etl.places import gazetteer
from tests.extraction import extract_text


def test_a_unit_written_before_its_body_is_the_party_with_its_body():
    # a unit with its own kind word ("Trung tâm", "Cơ quan", "Phòng") written just before the body it belongs to signs:
    # the unit is the party, named with its body; the body alone is not
    line = extract_text(
        "Ngày 14/3/2024, Trung tâm Dữ liệu Thông tấn xã Việt Nam và Hội Nhà báo tỉnh Bình Phước ký kết chương trình "
        "phối hợp đưa tin, tuyên truyền cho ba năm 2024-2026."
    )
    assert line["parties"] == ["Trung tâm Dữ liệu Thông tấn xã Việt Nam", "Hội Nhà báo tỉnh Bình Phước"], line[
        "parties"
    ]
    line = extract_text(
        "Ngày 2/8/2023, Viện Kiểm sát nhân dân huyện Kim Bảng và Cơ quan Cảnh sát điều tra Công an huyện Kim Bảng "
        "ký kết quy chế phối hợp trong công tác điều tra, truy tố."
    )
    assert line["parties"] == [
        "Viện Kiểm sát nhân dân huyện Kim Bảng",
        "Cơ quan Cảnh sát điều tra Công an huyện Kim Bảng",
    ], line["parties"]


def test_a_units_body_in_brackets_is_part_of_its_name():
    # "Chi cục A (Sở B)": the body in brackets is what the unit belongs to, not a second party
    line = extract_text(
        "Sáng 9/5/2022, Đồn Biên phòng Cửa Việt và Chi cục Thủy sản (Sở Nông nghiệp và Phát triển nông thôn tỉnh "
        "Quảng Trị) đã ký kết chương trình phối hợp bảo vệ nguồn lợi thủy sản."
    )
    assert line["parties"][1] == "Chi cục Thủy sản (Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị)", line[
        "parties"
    ]
    assert len(line["parties"]) == 2, line["parties"]


def test_a_persons_role_before_a_unit_is_no_unit():
    # "Cục trưởng Chi cục A": a leader's title; the body is the branch office itself
    line = extract_text(
        "Ngày 20/6/2023, Viện Kiểm sát nhân dân và Chi cục Thi hành án dân sự huyện Gò Công Tây ký kết quy chế phối "
        "hợp. Cục trưởng Cục Thi hành án dân sự tỉnh Tiền Giang dự và phát biểu."
    )
    assert "Chi cục Thi hành án dân sự huyện Gò Công Tây" in line["parties"], line["parties"]
    assert not any(p.startswith("Cục trưởng") for p in line["parties"]), line["parties"]


def test_a_larger_body_in_brackets_after_a_body_belongs_to_its_name():
    # "A (Quân khu 7)": the body A belongs to, written in brackets with no place of its own, is part of A's name and
    # no party of its own (nor does it make the event central)
    line = extract_text(
        "Ngày 3/4/2024, Viện Kiểm sát quân sự khu vực 71 (Quân khu 7) ký kết quy chế phối hợp với Viện Kiểm sát nhân "
        "dân huyện Tân Biên, tỉnh Tây Ninh."
    )
    assert line["parties"] == [
        "Viện Kiểm sát quân sự khu vực 71 (Quân khu 7)",
        "Viện Kiểm sát nhân dân huyện Tân Biên",
    ], line["parties"]
    # a body with its own place in brackets ("(BĐBP Lào Cai)") is named as a body of its own: it may sign too
    line = extract_text(
        "Ngày 8/5/2025, Đồn Biên phòng Bát Xát (BĐBP Lào Cai) và Đồn Biên phòng Phong Thổ (BĐBP Lai Châu) ký kết "
        "kế hoạch hiệp đồng bảo vệ biên giới."
    )
    assert "Đồn Biên phòng Bát Xát" in line["parties"], line["parties"]


def test_two_abbreviations_joined_by_an_ampersand_are_read_as_one_name():
    # "Đoàn ĐBQH&HĐND": the office of the deputies' delegation and the council, written with "&" between the two
    # short forms: a body of its own in the list, not a gap
    line = extract_text(
        "Ngày 12/9/2023, Văn phòng Tỉnh ủy, Văn phòng Đoàn ĐBQH&HĐND tỉnh và Văn phòng UBND tỉnh Hà Giang ký kết quy "
        "chế phối hợp công tác."
    )
    assert len(line["parties"]) == 3, line["parties"]
    assert "Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Giang" in line["parties"], line["parties"]


def test_the_youth_union_written_with_its_glued_short_name_is_a_party():
    # "Đoàn TNCSHCM", "Đoàn TNCS HCM": the youth union's full name in short, written tight or spaced
    for written in ("Đoàn TNCSHCM", "Đoàn TNCS HCM"):
        line = extract_text(
            f"Ngày 5/3/2024, {written} tỉnh, Hội LHPN tỉnh và Hội Nông dân tỉnh Sóc Trăng ký kết chương trình phối hợp "
            "giai đoạn 2024-2027."
        )
        assert len(line["parties"]) == 3, (written, line["parties"])
        assert line["parties"][0].startswith("Đoàn"), (written, line["parties"])


def test_a_collective_ends_where_the_next_body_of_the_list_begins():
    # "Hội A các huyện và Hội B các huyện": two collectives joined by "và", not one name running over the second
    line = extract_text(
        "Ngày 10/10/2023, Hội Nông dân các huyện và Hội Cựu chiến binh các huyện biên giới tỉnh Lạng Sơn tổ chức hội "
        "nghị giao ban công tác phối hợp."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][0].startswith("Hội Nông dân các huyện"), line["parties"]
    assert " và " not in line["parties"][0], line["parties"]


def test_the_bodies_a_party_directs_are_no_parties():
    # "sẽ chỉ đạo A và B triển khai": whom the signatories direct to carry the program out, the whole list after the
    # verb, not who signs; "Ban Chỉ đạo" (capitalised) is a body's name, not the verb
    ctx = PlaceContext("Hà Nam")
    sentence = (
        "Lãnh đạo hai cơ quan sẽ chỉ đạo Ủy ban MTTQ các huyện, thị xã, thành phố và Viện Kiểm sát nhân dân các "
        "huyện, thị xã, thành phố triển khai thực hiện."
    )
    assert find_parties(sentence, ctx, gazetteer()) == []
    named = find_parties("Ban Chỉ đạo Tây Nguyên và UBND tỉnh Gia Lai ký kết.", PlaceContext("Gia Lai"), gazetteer())
    assert [p.name for p in named][-1] == "Ủy ban nhân dân tỉnh Gia Lai"


def test_a_steering_committee_is_named_by_its_purpose():
    # "Ban Chỉ đạo" + what it steers, commas and all, up to the place or the next body of the list
    line = extract_text(
        "Sáng 14/5/2024, Ban Chỉ đạo phòng, chống tội phạm và Hội Liên hiệp Phụ nữ tỉnh Hòa Bình ký kết chương trình "
        "phối hợp giai đoạn 2024-2026."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][0].startswith("Ban Chỉ đạo phòng, chống tội phạm"), line["parties"]


def test_a_units_body_is_written_as_the_units_name_writes_it():
    # "Cục Phòng chống ma túy Bộ đội Biên phòng": the national force as written, not the provincial command's head
    # the table writes "Bộ đội Biên phòng" out as
    line = extract_text(
        "Ngày 10/4/2024, Cục Phòng chống ma túy Bộ đội Biên phòng và Hội Liên hiệp Phụ nữ Việt Nam ký kết chương trình "
        "phối hợp giai đoạn 2024-2029."
    )
    assert line["parties"] == ["Cục Phòng chống ma túy Bộ đội Biên phòng", "Hội Liên hiệp Phụ nữ Việt Nam"], line[
        "parties"
    ]


def test_a_unit_then_a_comma_then_the_body_it_belongs_to_is_one_party():
    # "Vụ A, Bộ B": a ministry's department written with its ministry after a comma; "Cơ quan Cảnh sát điều tra,
    # Công an huyện C": the police unit with its force; a list of two bodies of different kinds stays two
    line = extract_text(
        "Ngày 18/9/2024, Vụ Pháp chế, Bộ Tư pháp và Trung ương Hội Luật gia Việt Nam ký kết chương trình phối hợp "
        "phổ biến pháp luật giai đoạn 2024-2028."
    )
    assert line["parties"][0] == "Vụ Pháp chế, Bộ Tư pháp", line["parties"]
    assert len(line["parties"]) == 2, line["parties"]
    line = extract_text(
        "Ngày 2/8/2023, Viện Kiểm sát nhân dân huyện Thanh Liêm và Cơ quan Cảnh sát điều tra, Công an huyện Thanh Liêm "
        "ký kết quy chế phối hợp trong công tác điều tra, truy tố."
    )
    assert line["parties"] == [
        "Viện Kiểm sát nhân dân huyện Thanh Liêm",
        "Cơ quan Cảnh sát điều tra, Công an huyện Thanh Liêm",
    ], line["parties"]
    line = extract_text(
        "Ngày 3/5/2024, Phòng Tư pháp, Công an huyện và Hội Liên hiệp Phụ nữ huyện Phong Điền ký kết chương trình phối "
        "hợp tuyên truyền pháp luật."
    )
    assert len(line["parties"]) == 3, line["parties"]


def test_a_numbered_unit_written_before_its_body_is_one_party():
    # "Trại tạm giam số 1 Công an tỉnh A": the numbered unit of the province's police, not two parties
    line = extract_text(
        "Ngày 9/6/2024, Trại tạm giam số 1 Công an tỉnh Nghệ An và Hội Luật gia tỉnh Nghệ An ký kết quy chế phối hợp "
        "tuyên truyền pháp luật."
    )
    assert line["parties"] == ["Trại tạm giam số 1 Công an tỉnh Nghệ An", "Hội Luật gia tỉnh Nghệ An"], line["parties"]
