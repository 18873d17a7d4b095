"""Classes of real reporting whose parties the extractor missed (DOMAIN.md: parties, "a list of bodies joined by
'và' or commas is several parties"), each reproduced in sentences of our own."""

from __future__ import annotations

from etl.parties import PlaceContext
from etl.places import gazetteer
from etl.roles import parties_with_roles
from tests.extraction import extract_text


def _signing(sentence: str, province: str | None = "Gia Lai") -> list[str]:
    return [
        p.name for p, role in parties_with_roles(sentence, PlaceContext(province), gazetteer()) if role != "mentioned"
    ]


# ---- names listed after one post's head ("Đồn Biên phòng A, B và C"): a post each


def test_names_listed_after_one_post_head_are_a_post_each():
    names = _signing(
        "Sáng 4/5, Hội Nông dân huyện Chư Prông và Đồn Biên phòng Ia Púch, Ia Mơr ký kết quy chế phối hợp."
    )
    assert names == ["Hội Nông dân huyện Chư Prông", "Đồn Biên phòng Ia Púch", "Đồn Biên phòng Ia Mơr"]


def test_a_longer_list_of_post_names_ends_at_its_last_name():
    names = _signing(
        "Trường Tiểu học Kim Đồng và các Đồn Biên phòng Ia Púch, Ia Mơr và Ia Lâu ký kết chương trình phối hợp."
    )
    assert names[1:] == ["Đồn Biên phòng Ia Púch", "Đồn Biên phòng Ia Mơr", "Đồn Biên phòng Ia Lâu"]


def test_the_list_of_posts_stops_at_the_next_bodys_head():
    names = _signing("Sáng 4/5, Đồn Biên phòng Ia Púch, Đảng ủy xã Ia Mơr ký kết quy chế phối hợp.")
    assert names == ["Đồn Biên phòng Ia Púch", "Đảng ủy xã Ia Mơr"]


def test_a_province_after_a_post_only_says_where_it_is():
    names = _signing("Đồn Biên phòng Ia Púch, Gia Lai và Hội Nông dân xã Ia Mơr ký kết quy chế phối hợp.")
    assert names == ["Đồn Biên phòng Ia Púch", "Hội Nông dân xã Ia Mơr"]


def test_a_person_after_a_prison_is_no_prison():
    # "đ" sorts among the capitals in a loose letter class: the lowercase word after "và" names no post
    names = _signing("Thay mặt hai đơn vị, Trại giam Đắk Trung và đồng chí Nguyễn Văn A ký kết chương trình phối hợp.")
    assert names == ["Trại giam Đắk Trung"]


def test_posts_listed_after_one_head_in_a_whole_article():
    text = (
        "Phối hợp xây dựng xã hội học tập khu vực biên giới\n"
        "Ngày 9-4, tại xã Ia Púch, Phòng Giáo dục và Đào tạo huyện Chư Prông và Đồn Biên phòng Ia Púch, Ia Mơr ký "
        "kết chương trình phối hợp xây dựng xã hội học tập giai đoạn 2024-2028.\n"
        "Hai bên thống nhất nhiều nội dung phối hợp."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["parties"] == [
        "Phòng Giáo dục và Đào tạo huyện Chư Prông",
        "Đồn Biên phòng Ia Púch",
        "Đồn Biên phòng Ia Mơr",
    ]


# ---- places counted as signing, rolled out before the verb ("ba địa phương gồm A, B và C đã ký kết"): a side each


def test_counted_places_rolled_out_before_the_verb_sign_as_sides():
    text = (
        "Ba địa phương gồm Bình Định, Phú Yên và TP. Đà Nẵng ký kết hợp tác du lịch\n"
        "Sáng 14/6, ba địa phương gồm Bình Định, Phú Yên và TP. Đà Nẵng đã ký kết hợp tác phát triển du lịch giai "
        "đoạn 2025 - 2030.\n"
        "Các bên thống nhất xây dựng sản phẩm du lịch chung."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["parties"] == ["Bình Định", "Phú Yên", "Đà Nẵng"]


def test_the_paragraph_after_a_framing_lead_counts_the_places_that_sign():
    # the first paragraph only frames the signing; the next counts the places and names them before its verb
    text = (
        "Bắt tay nhau làm du lịch miền Trung\n"
        "Không nơi nào làm du lịch một mình được nữa, nhiều tỉnh ven biển đang chọn cách bắt tay nhau.\n"
        "Tuần qua, ba địa phương gồm Bình Định, Phú Yên và TP. Đà Nẵng đã ký kết chương trình liên kết du lịch "
        "cho 5 năm 2026 - 2030.\n"
        "Sự kiện ký kết diễn ra tại Phú Yên, có mặt đông đảo các hãng lữ hành."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["parties"] == ["Bình Định", "Phú Yên", "Đà Nẵng"]
    assert line["level"] == "inter-provincial"
    assert line["province"] == "Phú Yên"  # "Sự kiện ký kết diễn ra tại A": where it took place hosts


# ---- "ký kết chương trình hợp tác <a long field> giữa tỉnh A với thành phố B": the first of the two sides too


def test_a_field_with_a_dash_and_a_period_before_between_keeps_the_first_side():
    sentence = (
        "Chiều 14-11, tại tỉnh Vĩnh Long đã ký kết chương trình hợp tác về nông nghiệp - du lịch giai đoạn "
        "2026 - 2030 giữa tỉnh Vĩnh Long với thành phố Cần Thơ."
    )
    assert _signing(sentence, "Vĩnh Long") == ["tỉnh Vĩnh Long", "thành phố Cần Thơ"]


def test_a_four_word_field_before_between_keeps_the_first_side():
    sentence = "Chiều 8-10, hai địa phương ký kết chương trình hợp tác phát triển kinh tế giữa tỉnh Sóc Trăng với thành phố Cần Thơ."
    assert _signing(sentence, "Sóc Trăng") == ["tỉnh Sóc Trăng", "thành phố Cần Thơ"]


# ---- "chính quyền phường A và xã B ... làm lễ kết nghĩa": the authorities of a place, the place as a side


def test_a_places_authorities_are_that_place_as_a_side():
    sentence = "Đầu tháng 10, chính quyền phường Hòa Cường và xã Trà Linh đã làm lễ kết nghĩa."
    assert _signing(sentence, "Đà Nẵng") == ["phường Hòa Cường", "xã Trà Linh"]


def test_the_local_authorities_written_bare_are_no_side():
    sentence = "Đầu tháng 10, chính quyền địa phương và Hội Nông dân xã Trà Linh đã ký kết chương trình phối hợp."
    assert _signing(sentence, "Đà Nẵng") == ["Hội Nông dân xã Trà Linh"]


# ---- "Bộ A, Cụm thi đua số N <another network's kind> ... tổ chức": two organisers, the ministry and the cluster


def test_a_ministry_and_another_networks_numbered_cluster_are_two_parties():
    sentence = (
        "Chiều 12/12, Bộ Tư pháp, Cụm thi đua số 4 Sở Tư pháp các tỉnh Tây Nguyên tổ chức "
        "Hội nghị tổng kết công tác thi đua."
    )
    assert _signing(sentence) == [
        "Bộ Tư pháp",
        "Cụm thi đua số 4 Sở Tư pháp các tỉnh Tây Nguyên",
    ]


def test_a_national_bodys_own_numbered_cluster_stays_one_party():
    # no kind of body after the number: the cluster is the national body's own, as before
    assert _signing("Chiều 12/12, Hội Luật gia Việt Nam, cụm thi đua số 6 tổ chức Hội nghị tổng kết.") == [
        "Hội Luật gia Việt Nam cụm thi đua số 6"
    ]


def test_a_ministry_with_another_networks_cluster_in_a_whole_article():
    text = (
        "Cụm thi đua số 4 Sở Tư pháp các tỉnh Tây Nguyên tổng kết năm 2024\n"
        "Sáng 19/12, tại tỉnh Đắk Nông, Bộ Tư pháp, Cụm thi đua số 4 Sở Tư pháp các tỉnh Tây "
        "Nguyên tổ chức Hội nghị nhìn lại một năm thi đua 2024.\n"
        "Hội nghị bàn và chốt các tiêu chí chấm điểm cho năm tới."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["level"] == "central"
    assert line["parties"] == ["Bộ Tư pháp", "Cụm thi đua số 4 Sở Tư pháp các tỉnh Tây Nguyên"]


# ---- "Tổng Thư ký" is a leader's title, not a signing: the leaders who sign after it stand for their bodies


def test_a_secretary_general_who_signs_stands_for_the_body():
    from etl.roles import leaders_signing

    sentence = (
        "Sáng 3-5, đồng chí Trần Văn A, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam và đồng chí "
        "Lê Văn B, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc đã ký kết chương trình phối hợp."
    )
    names = [p.name for p in leaders_signing(sentence, PlaceContext(None), gazetteer())]
    assert len(names) == 2 and names[1] == "Ủy ban Dân tộc", names
    assert "Mặt trận Tổ quốc" in names[0], names


def test_a_secretary_generals_signing_in_a_whole_article():
    text = (
        "Mặt trận và Ủy ban Dân tộc chung tay vì vùng cao\n"
        "Chiều 20-6, tại Hà Nội, hai đồng chí Phạm Quang Hưng, Tổng Thư ký Ủy ban T.Ư "
        "MTTQ Việt Nam và Đinh Thị Lan, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc đã ký văn bản phối hợp cho năm năm "
        "2025 - 2029.\n"
        "Văn bản đặt mục tiêu đưa nước sạch và điện tới các bản xa nhất."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert sorted(line["parties"]) == ["Ủy ban Dân tộc", "Ủy ban T.Ư MTTQ Việt Nam"]


def test_a_secretary_generals_title_is_no_verb_of_the_sentence():
    # "Thư ký" is no signing: the verb after it says who acts, every body listed before that verb
    sentence = (
        "Sáng 6/3, ông Nguyễn Văn A, Tổng Thư ký Hội Doanh nhân trẻ tỉnh Bình Phước, Sở Tư pháp tỉnh Bình Phước và "
        "Tỉnh đoàn Bình Phước ký kết chương trình phối hợp."
    )
    assert _signing(sentence, "Bình Phước") == [
        "Hội Doanh nhân trẻ tỉnh Bình Phước",
        "Sở Tư pháp tỉnh Bình Phước",
        "Tỉnh đoàn Bình Phước",
    ]


# ---- "giao ban với Mặt trận và các đoàn thể chính trị - xã hội tỉnh": the Front written bare meets as a side too


def test_the_front_written_bare_beside_the_mass_organisations_is_a_side():
    text = (
        "Thường trực HĐND nghe Mặt trận, đoàn thể báo cáo\n"
        "Ngày 23/10, Thường trực HĐND tỉnh Bình Thuận giao ban quý III/2024 với Mặt trận và các đoàn thể chính "
        "trị - xã hội tỉnh, do ông Hồ Quang Tín, Chủ tịch HĐND tỉnh, chủ trì.\n"
        "Mỗi đơn vị nêu những việc đã giám sát và các ý kiến cử tri gửi tới trong ba tháng."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert "Mặt trận tỉnh Bình Thuận" in line["parties"], line["parties"]
    assert "các đoàn thể chính trị - xã hội tỉnh Bình Thuận" in line["parties"], line["parties"]
