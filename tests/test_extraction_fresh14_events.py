"""Classes of real reporting the extractor misread on the fourteenth fresh round (issue 11: material the rules were
not written on). Each is reproduced in sentences of our own and run through the whole article pipeline, as
`phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_going_back_to_a_bodys_own_review_by_its_bare_word_tells_no_joint_review():
    # one association's own year-end review; a later "Tại buổi lễ tổng kết," only says what was done there, and the
    # lead's word of joint loans does not make the review joint work
    text = (
        "(ABC) Sáng 20-1, Hội Cựu chiến binh tỉnh đã tổ chức tổng kết công tác hội năm 2019.\n"
        "Năm 2019, các cấp hội đã phối hợp với Ngân hàng Chính sách xã hội giải ngân 300 tỷ đồng cho hội viên vay.\n"
        "Các tập thể có thành tích xuất sắc được tuyên dương\n"
        "Tại buổi lễ tổng kết, Hội Cựu chiến binh tỉnh đã trao bằng khen cho 40 tập thể, cá nhân."
    )
    assert extract_text(text)["is_event"] is False


def test_a_lead_that_opens_at_a_named_joint_review_still_tells_it():
    text = (
        "Tại hội nghị sơ kết 3 năm thực hiện chương trình phối hợp giữa Hội Cựu chiến binh tỉnh và Công an tỉnh, "
        "sáng 20/3/2020, hai bên thống nhất nhiệm vụ thời gian tới."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"
