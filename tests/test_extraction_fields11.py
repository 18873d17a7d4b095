"""Classes of real reporting the extractor misread on the newest batches of real articles (issue 11, session 27,
round 4: event detection, level), each written in sentences of our own and run through the whole pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_one_bodys_own_review_is_no_event_for_a_word_of_its_lead():
    # "tổng kết công tác Hội năm ...", "đánh giá kết quả hoạt động 6 tháng": one body reviewing its own work; the
    # lead speaks of "liên kết sản xuất" or "vốn ủy thác" as what the body did, not as joint work of two bodies
    text = (
        "Hội Cựu chiến binh xã Tân Lập: nhân rộng mô hình liên kết sản xuất rau sạch\n"
        "Chiều 20/12, Hội Cựu chiến binh xã Tân Lập tổ chức tổng kết công tác Hội năm 2025, bàn nhiệm vụ năm "
        "2026.\n"
        "Trong năm, Hội đã giúp hội viên tiếp cận vốn vay ủy thác và xây dựng thêm hai tổ hợp tác trồng rau.\n"
    )
    line = extract_text(text, url="https://baophutho.example.vn/ccb-tan-lap-tong-ket-251220.html")
    assert line["event_type"] is None
    text = (
        "Hội Phụ nữ huyện Yên Thủy giữ vững phong trào\n"
        "Ngày 8/7, Hội Liên hiệp Phụ nữ huyện Yên Thủy họp nhìn lại nửa đầu năm 2024 và giao việc cho nửa "
        "năm còn lại.\n"
        "Thực hiện quy chế hoạt động của Ban Chấp hành, hội nghị nghe báo cáo của các cơ sở hội.\n"
    )
    assert extract_text(text, url="https://baohoabinh.example.vn/phu-nu-yen-thuy-240708.html")["event_type"] is None


def test_a_review_of_joint_work_or_of_a_group_of_bodies_stays_a_meeting():
    # the joint work in the review's own sentence, or a group of bodies in the lead ("khối Dân vận", a cluster)
    text = (
        "Giao ban công tác phối hợp giữa Công an và Mặt trận huyện\n"
        "Ngày 3/10/2024, Công an huyện Lục Nam và Ủy ban MTTQ huyện Lục Nam tổ chức hội nghị sơ kết công tác phối "
        "hợp 9 tháng năm 2024.\n"
    )
    assert extract_text(text, url="https://baobacgiang.example.vn/so-ket-phoi-hop-241003.html")["event_type"] == (
        "meeting"
    )
    text = (
        "Giao ban công tác dân vận quý III\n"
        "Ngày 2/10/2023, Ban Dân vận Huyện ủy Chợ Mới chủ trì hội nghị giao ban công tác dân vận quý III năm 2023.\n"
        "Dự hội nghị có các cơ quan trong khối Dân vận của huyện.\n"
    )
    assert extract_text(text, url="https://baobackan.example.vn/giao-ban-dan-van-231002.html")["event_type"] == (
        "meeting"
    )
