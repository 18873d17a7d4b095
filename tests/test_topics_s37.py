"""Topics on a class of real reporting the extractor misread (session 37): the council, the government and the Front
review or sign their regulation of work with no subject in the title or lead; what they coordinate is the Front's
mobilising of the people (dân vận), not the word the body keeps repeating. Written in sentences of our own."""

from __future__ import annotations

from tests.extraction import extract_text


def test_the_council_the_government_and_the_front_coordinate_mobilising_the_people():
    line = extract_text(
        "Tổng kết quy chế phối hợp năm 2020\n\n"
        "Vừa qua, Thường trực HĐND huyện Phú Tân, UBND huyện và Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tổng kết "
        "thực hiện Quy chế phối hợp năm 2020.\n\n"
        "Trong năm, các bên đã phối hợp tuyên truyền chủ trương của Đảng; tuyên truyền các kỳ họp; tuyên truyền "
        "việc tiếp xúc cử tri và giải quyết kiến nghị của cử tri."
    )
    assert line["event_type"] == "meeting"
    assert line["topics"][0] == "dan_van"


def test_the_council_and_the_government_alone_keep_the_bodys_count():
    # guard: without the Front the bodies have no field, and the topic the body keeps coming back to stands
    line = extract_text(
        "Tổng kết quy chế phối hợp năm 2020\n\n"
        "Vừa qua, Thường trực HĐND huyện Phú Tân và UBND huyện tổ chức hội nghị tổng kết thực hiện Quy chế phối hợp "
        "năm 2020.\n\n"
        "Trong năm, các bên đã phối hợp tuyên truyền chủ trương của Đảng; tuyên truyền các kỳ họp; tuyên truyền "
        "việc tiếp xúc cử tri và giải quyết kiến nghị của cử tri."
    )
    assert line["event_type"] == "meeting"
    assert line["topics"][0] != "dan_van"
