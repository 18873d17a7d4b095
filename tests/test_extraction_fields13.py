"""Classes of real reporting the extractor misread on the fresh6 and fresh7 batches (issue 11: province, level,
involved, period, date), each reproduced in sentences of our own."""

from __future__ import annotations

from etl.level_evidence import provinces_of_bodies
from etl.places import gazetteer
from tests.extraction import extract_text


def test_provinces_named_as_the_territory_a_body_works_on_are_no_bodies():
    gaz = gazetteer()
    # one province's command reviews security in its province and along the borders of its neighbours
    assert provinces_of_bodies(
        "Ngày 3-3, tại Tuy Hòa, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên tổ chức hội nghị phối hợp giữ gìn an "
        "ninh trên địa bàn tỉnh và địa bàn giáp ranh các tỉnh Gia Lai, Bình Định và Khánh Hòa.",
        gaz,
        True,
    ) == ["Phú Yên"]
    # the bodies of the neighbours, named as bodies, still count
    assert provinces_of_bodies(
        "Ngày 3-3, Công an tỉnh Phú Yên và Công an tỉnh Khánh Hòa ký kết quy chế phối hợp trên địa bàn giáp ranh.",
        gaz,
        True,
    ) == ["Phú Yên", "Khánh Hòa"]


def test_one_provinces_meeting_on_its_neighbours_borderland_is_that_provinces():
    line = extract_text(
        "Sơ kết phối hợp quản lý khoáng sản vùng giáp ranh\n"
        "Ngày 3-3-2021, tại TP Tuy Hòa, Sở Tài nguyên và Môi trường tỉnh Phú Yên tổ chức hội nghị sơ kết công tác phối hợp quản lý "
        "khoáng sản trên địa bàn tỉnh và địa bàn giáp ranh các tỉnh Gia Lai, Bình Định, Đắk Lắk và Khánh Hòa.\n"
        "Các đơn vị thống nhất trao đổi thông tin hằng tháng về các điểm khai thác trái phép.\n"
    )
    assert line["level"] == "province"
    assert line["provinces_involved"] == ["Phú Yên"]


def test_the_one_body_that_holds_a_groups_meeting_hosts_it_whatever_the_title_names():
    # the title names one member; the lead has another member's body hold the meeting, no venue named
    text = (
        "Sở Công Thương tỉnh Long An ký kết quy chế phối hợp giữa các Sở Công Thương giáp ranh: Tây Ninh, Long An "
        "và Bình Dương\n"
        "Ngày 9/4/2021, Sở Công Thương tỉnh Tây Ninh tổ chức Hội nghị giao ban công tác phối hợp giữa các Sở Công "
        "Thương giáp ranh: Tây Ninh, Long An và Bình Dương.\n"
        "Tại hội nghị, lãnh đạo 03 Sở Công Thương đã ký kết quy chế phối hợp quản lý thị trường xăng dầu vùng giáp "
        "ranh.\n"
    )
    line = extract_text(text)
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Tây Ninh"


def test_a_blog_sites_dated_folders_give_the_day_it_posted():
    from etl.dates import url_date

    assert url_date("https://tapchi.example.vn/2019/4/9/hai-tinh-ky-ket-hop-tac/") == "2019-04-09"
    assert url_date("https://tapchi.example.vn/2019/04/bai-viet/") == "2019-04"
    # "vừa qua" and no day in the text: the event is dated by the day of the post, not its year alone
    line = extract_text(
        "Phối hợp giữa Bộ đội Biên phòng tỉnh Kon Tum với 3 công ty cao su\n"
        "Vừa qua, tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum đã diễn ra Hội nghị ký kết chương trình phối hợp "
        "giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh với 3 công ty cao su trên địa bàn biên giới.\n"
        "Hai bên thống nhất phối hợp tuyên truyền, vận động công nhân chấp hành quy chế khu vực biên giới.\n",
        url="https://tapchi.example.vn/2019/4/9/phoi-hop-bien-phong-kon-tum-va-cong-ty-cao-su/",
    )
    assert line["event_date"] == "2019-04-09"


def test_a_year_written_after_its_name_in_the_sixty_year_cycle_dates_the_day():
    # "đầu năm Giáp Thìn 2024": the year's name, then its number, the only year the report gives
    line = extract_text(
        "Sáng 20-2, tại Hội trường Báo tỉnh Bến Tre đã diễn ra Chương trình ký kết hợp tác giữa Báo Bến Tre với "
        "Trường Đại học Trà Vinh và Họp mặt đầu năm Giáp Thìn 2024.\n"
        "Hai bên thống nhất phối hợp đào tạo phóng viên và sản xuất các chuyên mục về khoa học.\n"
    )
    assert line["event_date"] == "2024-02-20"


def test_the_span_of_work_done_so_far_is_no_programs_year():
    from etl.periods import find_period

    # "Từ năm 2019 đến nay, ... đã phối hợp": how long they have worked together, not what they sign
    lead = (
        "Từ năm 2019 đến nay, Công an tỉnh Bình Định và Cảng vụ Hàng hải Quy Nhơn đã phối hợp chặt chẽ trong "
        "trao đổi thông tin về tàu thuyền ra vào cảng."
    )
    assert find_period("Ký kết quy chế phối hợp công tác", lead, lead, "agreement", None) == (None, None)


def test_a_briefing_at_which_the_bodies_sign_is_a_meeting_whatever_the_title_says():
    # the title tells the signing; the lead tells the periodic briefing it closed (DOMAIN.md: a review that re-signs)
    text = (
        "Ban Dân vận ba huyện ký kết quy chế phối hợp vùng giáp ranh\n"
        "Ngày 5/3/2022, Ban Dân vận Huyện ủy Krông Pắc tổ chức Hội nghị giao ban công tác dân vận vùng giáp ranh "
        "giữa Ban Dân vận các huyện Krông Pắc, Ea Kar và Krông Bông.\n"
        "Tại hội nghị, các đơn vị thông qua kết quả phối hợp năm 2021; lãnh đạo Ban Dân vận ba huyện đã ký kết quy "
        "chế phối hợp công tác dân vận vùng giáp ranh.\n"
    )
    assert extract_text(text)["event_type"] == "meeting"


def test_a_cluster_meeting_a_central_leader_co_chairs_takes_in_its_chair_and_vice_chair():
    # an excerpt that opens on who chaired: a central leader with the cluster's chair and vice-chair (ruling 3)
    text = (
        "Chủ trì hội nghị gồm các đồng chí: Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Chủ tịch Ủy ban MTTQ Việt "
        "Nam tỉnh Gia Lai (Cụm trưởng Cụm thi đua các tỉnh Tây Nguyên); Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kon "
        "Tum (Cụm phó Cụm thi đua các tỉnh Tây Nguyên).\n"
        "Dự hội nghị có đại diện lãnh đạo các tỉnh trong Cụm, Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố của "
        "tỉnh Gia Lai.\n"
        "Hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua các tỉnh Tây Nguyên đánh giá các tỉnh trong cụm "
        "đã phối hợp chặt chẽ.\n"
    )
    line = extract_text(text)
    assert line["level"] == "central"
    assert set(line["provinces_involved"]) == {"Gia Lai", "Kon Tum"}
