"""Classes of real reporting the extractor misread on the fifteenth fresh round (the big cities' blocs and
clusters), each reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from etl.cluster_place import with_province_kind
from etl.clusters import find_cluster
from tests.extraction import extract_text


def test_a_cluster_of_two_kinds_of_local_units_keeps_both_kinds_and_its_city():
    # "Cụm thi đua quận, huyện": the comma joins the two kinds of units it groups, no end of the name; bare, it is
    # written with its city made explicit (DOMAIN.md, parties)
    text = (
        "Hội nghị phát động thi đua năm 2024 của Cụm thi đua quận, huyện\n"
        "Sáng 12/1/2024, tại thành phố Đà Nẵng, Cụm thi đua quận, huyện đã tổ chức hội nghị phát động phong trào "
        "thi đua năm 2024."
    )
    line = extract_text(text)
    assert line["cluster"] == "cụm thi đua quận, huyện"
    assert line["parties"] == ["Cụm thi đua quận, huyện thành phố Đà Nẵng"]


def test_a_cluster_name_ends_at_an_ellipsis():
    assert (
        find_cluster("", "Các đơn vị củng cố hiệu quả của Cụm thi đua xã, phường….Năm nay") == "cụm thi đua xã, phường"
    )


def test_a_bloc_of_associations_of_a_special_character_keeps_its_kind_and_number():
    # "các Hội có tính chất đặc thù" is a legal kind of association, inside the bloc's name: "có" is no verb here
    text = (
        "Giao ước thi đua năm 2024 của Khối thi đua các Hội có tính chất đặc thù số 2\n"
        "Sáng 5/3/2024, Khối thi đua các Hội có tính chất đặc thù số 2 ký kết giao ước thi đua năm 2024 tại trụ sở "
        "Hội Nhà báo thành phố Hải Phòng."
    )
    line = extract_text(text)
    assert line["cluster"].lower() == "khối thi đua các hội có tính chất đặc thù số 2"


def test_a_bloc_of_social_organisations_is_no_verb_to_organise():
    # "tổ chức xã hội": the social organisations the bloc groups, not "tổ chức" (to hold) ending its name
    assert find_cluster("", "Sáng 9/1, Khối thi đua các Tổ chức xã hội tỉnh A đã ký kết giao ước thi đua.") == (
        "khối thi đua các Tổ chức xã hội tỉnh A"
    )
    assert find_cluster("", "Khối thi đua các phường tổ chức xã hội hóa công tác vệ sinh.") == "khối thi đua các phường"


def test_a_numbered_bloc_keeps_the_council_whose_bloc_it_is():
    # "Khối thi đua 7 của Hội đồng Thi đua - Khen thưởng thành phố A": whose bloc it is, after "của", is its name
    assert find_cluster(
        "", "Ngày 3/4, Khối thi đua 7 của Hội đồng Thi đua khen thưởng Thành phố Hồ Chí Minh ký kết giao ước thi đua."
    ) == ("khối thi đua 7 của Hội đồng Thi đua khen thưởng Thành phố Hồ Chí Minh")


def test_the_plan_a_bloc_carries_out_dated_in_words_names_its_issuer_no_party():
    # "Kế hoạch số N/KH-UBND ngày 2 tháng 02 năm 2024 của Ủy ban nhân dân thành phố": the plan's author, its date
    # written in words, is no party; the bloc's province, added bare, takes its kind as the text writes it
    text = (
        "Khối thi đua các Hội có tính chất đặc thù số 2 giao ước thi đua năm 2024\n"
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 2 tháng 02 năm 2024 của Ủy ban nhân dân thành phố về hoạt động của "
        "các cụm, khối thi đua năm 2024. Sáng ngày 5 tháng 3 năm 2024, trụ sở Hội Nhà báo thành phố Hải Phòng là nơi "
        "diễn ra lễ ký kết giao ước thi đua năm 2024 của Khối thi đua các Hội có tính chất đặc thù số 2."
    )
    line = extract_text(text)
    assert line["parties"] == ["Khối thi đua các Hội có tính chất đặc thù số 2 thành phố Hải Phòng"]


def test_a_bloc_keeps_a_province_the_text_never_writes_with_its_kind():
    assert with_province_kind("Khối thi đua Nội chính Hải Phòng", "thành phố Hải Phòng", "Khối thi đua Nội chính") == (
        "Khối thi đua Nội chính Hải Phòng"
    )
    # the text writing the name so keeps it; a kind word already there is kept; a body other than a bloc is kept
    written = "Khối thi đua Nội chính Hải Phòng họp; thành phố Hải Phòng"
    assert with_province_kind("Khối thi đua Nội chính Hải Phòng", "thành phố Hải Phòng", written) == (
        "Khối thi đua Nội chính Hải Phòng"
    )
    assert with_province_kind("Khối thi đua số 2 tỉnh A", "tỉnh A", "tỉnh A") == "Khối thi đua số 2 tỉnh A"
    assert with_province_kind("Sở Nội vụ Hải Phòng", "thành phố Hải Phòng", "thành phố Hải Phòng") == (
        "Sở Nội vụ Hải Phòng"
    )
    assert with_province_kind("Khối thi đua Nội chính Hải Phòng", "thành phố Hải Phòng", "ở thành phố Hải Phòng") == (
        "Khối thi đua Nội chính thành phố Hải Phòng"
    )


def test_two_places_that_sign_a_cooperation_program_named_by_its_field_are_both_sides():
    # "ký kết Chương trình hợp tác phát triển giữa tỉnh A với thành phố B": the field after "hợp tác" does not hide
    # that the two places are the two sides (the first before "với" as well as the second)
    text = (
        "Sáng 5/3/2024, tại hội nghị, hai địa phương đã ký kết Chương trình hợp tác phát triển giữa tỉnh Sóc Trăng "
        "với tỉnh Bạc Liêu, giai đoạn 2024-2028."
    )
    line = extract_text(text, url="https://nhandan.vn/hop-tac-post123.html")
    assert line["parties"] == ["tỉnh Sóc Trăng", "tỉnh Bạc Liêu"]
    assert sorted(line["provinces_involved"]) == ["Bạc Liêu", "Sóc Trăng"]
