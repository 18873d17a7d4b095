"""Classes of real reporting the extractor misread on the fifteenth fresh round (the big cities' blocs and
clusters), each reproduced in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

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
        "Ký kết giao ước thi đua Khối thi đua các Hội có tính chất đặc thù số 2 năm 2024\n"
        "Ngày 5/3/2024, tại Hội trường Hội Nhà báo thành phố Hải Phòng, Khối thi đua các Hội có tính chất đặc thù "
        "số 2 tổ chức lễ ký kết giao ước thi đua năm 2024."
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
