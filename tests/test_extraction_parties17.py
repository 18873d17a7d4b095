"""Classes of how real reports name who signs or holds a meeting (issue 11, parties round 17): each written in
sentences of our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_central_leader_working_with_a_provinces_body_on_their_joint_program_is_two_parties():
    # the lead tells the province's results, a later paragraph the working session: the central body's leader
    # stands for it (ruling 7), the body visited is the other side; a central body's leader makes it central
    line = extract_text(
        "Cần củng cố đội ngũ người có uy tín trong đồng bào dân tộc thiểu số\n\n"
        "Cập nhật ngày: 5/6/2019\n\n"
        "Tỉnh Bạc Liêu triển khai thực hiện tốt chương trình phối hợp số 12; nhiều chính sách hỗ trợ đồng bào "
        "được triển khai kịp thời trên địa bàn.\n\n"
        "Tỉnh chú trọng giữ gìn bản sắc văn hóa và các lễ hội truyền thống của đồng bào dân tộc thiểu số, quan tâm "
        "phát huy vai trò của người có uy tín trong cộng đồng.\n\n"
        "Hôm 3/6, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Trần Văn An đã có buổi làm việc với Ủy "
        "ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu về chương trình phối hợp giữa Ủy ban Trung ương Mặt trận Tổ "
        "quốc Việt Nam và Ủy ban Dân tộc giai đoạn 2017 - 2021.\n\n"
        "Ông Trần Văn An đề nghị tỉnh tiếp tục quan tâm đến đội ngũ người có uy tín trong đồng bào dân tộc."
    )
    assert line["event_type"] == "meeting", line
    assert len(line["parties"]) == 2, line["parties"]
    assert line["parties"][0].startswith("Ủy ban Trung ương Mặt trận Tổ quốc"), line["parties"]
    assert line["parties"][1].endswith("tỉnh Bạc Liêu"), line["parties"]
    assert line["level"] == "central", line


def test_a_delegations_visit_with_no_joint_work_names_no_working_session():
    from etl.parties import PlaceContext
    from etl.places import gazetteer
    from etl.working_sessions import working_session_in

    gaz = gazetteer()
    ctx = PlaceContext("Bạc Liêu")
    told = (
        "Đoàn công tác Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam làm việc với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    )
    assert working_session_in([told + " Bạc Liêu về công tác giảm nghèo."], ctx, gaz) == []
    found = working_session_in([told + " Bạc Liêu về chương trình phối hợp năm 2024."], ctx, gaz)
    assert [p.tier for p in found] == ["central", "province"], found
