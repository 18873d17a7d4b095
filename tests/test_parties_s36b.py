"""Classes of real reporting whose parties the extractor missed (DOMAIN.md: parties; ruling 2: a cluster that holds
the meeting is one party, named with whose cluster it is), each reproduced in sentences of our own."""

from __future__ import annotations

from etl.cluster_owner import with_owner
from etl.parties import PlaceContext, find_parties
from etl.places import gazetteer
from tests.extraction import extract_text

# ---- a kind of body written bare right before a numbered cluster ("Các Đài PT-TH cụm thi đua số 3"): whose cluster


def test_a_kind_of_station_before_a_numbered_cluster_names_the_cluster():
    # no place of its own: the stations are the cluster's kind, one party with the provinces it spans
    title = "Hội nghị Đài PT - TH cụm thi đua số 5 các tỉnh Tây Nguyên ký giao ước"
    names = [p.name for p in find_parties(title, PlaceContext("Gia Lai"), gazetteer())]
    assert names == ["Cụm thi đua số 5 Đài Phát thanh và Truyền hình các tỉnh Tây Nguyên"]


def test_a_placed_body_before_a_numbered_cluster_stays_a_body():
    # "Công an tỉnh Gia Lai" writes its own place: a body of its own, not the kind of the cluster after it
    names = [
        p.name for p in find_parties("Công an tỉnh Gia Lai cụm thi đua số 7 ký kết", PlaceContext(None), gazetteer())
    ]
    assert names[0] == "Công an tỉnh Gia Lai"


def test_the_titles_kind_names_a_cluster_the_lead_introduces_bare():
    # the lead names the cluster bare with a count of its stations; the title says whose cluster it is
    text = (
        "Các Đài PT-TH cụm thi đua số 3 ký giao ước thi đua năm 2021\n"
        "Sáng 12/3, tại thành phố Pleiku, Cụm thi đua số 3 gồm 5 Đài Phát thanh - Truyền hình các tỉnh Tây Nguyên đã "
        "tổ chức hội nghị ký kết giao ước thi đua năm 2021.\n"
        "Các đơn vị thống nhất nhiều nội dung thi đua trong năm."
    )
    line = extract_text(text)
    assert line["is_event"] is True
    assert line["parties"] == ["Cụm thi đua số 3 Đài Phát thanh và Truyền hình"]


def test_a_title_without_the_cluster_adds_nothing():
    texts = ["Tổng kết phong trào thi đua năm 2022", "Ngày 9/12, Cụm thi đua số 5 đã tổ chức hội nghị tổng kết."]
    assert with_owner("Cụm thi đua số 5", texts) == "Cụm thi đua số 5"


# ---- who launched a movement, listed after "do" before "phát động": no party, the first of the list as the last


def test_every_body_listed_as_launching_the_movement_is_no_party():
    text = (
        "Hưởng ứng phong trào thi đua do Đảng ủy, Ban Giám đốc Công an tỉnh phát động, Hội Nông dân tỉnh Yên Bái "
        "và Tỉnh đoàn Yên Bái ký kết chương trình phối hợp."
    )
    names = [p.name for p in find_parties(text, PlaceContext("Yên Bái"), gazetteer())]
    assert not any("Công an" in n or "Đảng ủy" in n for n in names), names
    assert any(n.startswith("Hội Nông dân") for n in names), names


def test_two_departments_launching_together_are_no_parties():
    text = "Thực hiện cuộc thi do Sở Tư pháp và Sở Nội vụ tỉnh Yên Bái phát động, Hội Luật gia tỉnh Yên Bái tổ chức."
    names = [p.name for p in find_parties(text, PlaceContext("Yên Bái"), gazetteer())]
    assert not any(n.startswith("Sở") for n in names), names
