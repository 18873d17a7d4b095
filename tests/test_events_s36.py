"""Classes of real reporting the event detection misread on the development rounds (issue 11): a cluster's review
announced with its holder as the subject, a body's numbered session written in words, ... Each is reproduced in
sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_review_the_cluster_will_hold_is_announced_not_held():
    # the cluster as the subject of "sẽ tổ chức Hội nghị", the day further down "dự kiến": nothing has taken place
    text = (
        "Cụm thi đua số 6 các sở Tư pháp tổng kết năm 2025\n"
        "Theo hướng dẫn xét khen thưởng tổng kết cụm năm 2025, Cụm thi đua số 6 các sở Tư pháp sẽ tổ chức "
        "Hội nghị tổng kết năm 2025 để các sở thành viên cùng nhìn lại phong trào.\n"
        "Hội nghị dự kiến diễn ra trong tháng 1/2026 theo hình thức trực tuyến, điểm cầu chính đặt tại Sở Tư pháp "
        "tỉnh Bình Định."
    )
    assert extract_text(text)["is_event"] is False


def test_a_review_held_with_an_announcement_of_the_next_one_is_still_held():
    # told as held ("đã tổ chức"), the next year's review announced after it: the held one is the event
    text = (
        "Các sở Tư pháp miền Trung nhìn lại một năm thi đua\n"
        "Ngày 12/1/2026, tại tỉnh Bình Định, Cụm thi đua số 6 các sở Tư pháp đã tổ chức Hội nghị tổng kết năm 2025; "
        "năm 2026 Sở Tư pháp tỉnh Phú Yên sẽ tổ chức hội nghị của Cụm."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_a_bodys_first_session_of_its_term_written_in_words_is_its_own_routine():
    # "Hội nghị lần thứ nhất ... (khóa VIII)": as "Hội nghị lần thứ 2 ... khóa VIII" is, whatever it reviews
    text = (
        "Ngày 10/1, tại Hà Nội, Ủy ban Trung ương Hội Nông dân Việt Nam tổ chức Hội nghị lần thứ nhất Ban Thường vụ "
        "Trung ương Hội (khóa VIII) nhằm tổng kết công tác năm và bàn chương trình phối hợp hoạt động năm tới với "
        "các bộ, ngành."
    )
    assert extract_text(text)["is_event"] is False


def test_the_bodies_of_a_procedure_drawing_lessons_as_one_hold_a_meeting():
    # "Liên ngành huyện A rút kinh nghiệm ...": the police and the procuracy of a district meet on their joint work
    text = (
        "Liên ngành huyện Yên Thành rút kinh nghiệm việc xử lý đơn tố giác tội phạm\n"
        "Chiều 9-5, liên ngành Công an và Viện kiểm sát nhân dân huyện Yên Thành tổ chức Hội nghị rút kinh nghiệm "
        "về việc tiếp nhận và phân loại đơn tố giác, tin báo về tội phạm trong quý I.\n"
        "Hai cơ quan thống nhất tăng cường trao đổi hồ sơ, mỗi tháng gặp nhau một lần."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"
    assert record["level"] == "district"


def test_one_commands_review_of_party_resolutions_is_no_event():
    # a military region reviews years of carrying out resolutions, the provinces' leaders attending: a directive's
    # review by one body, whatever a count of provinces in the lead says
    text = (
        "Quân khu 7 nhìn lại mười năm làm theo nghị quyết về bảo vệ Tổ quốc\n"
        "Ngày 14-3, Quân khu 7 tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 về chiến lược "
        "bảo vệ Tổ quốc, nhìn lại những việc Quân khu đã làm.\n"
        "Về dự có lãnh đạo Bộ Quốc phòng, bí thư và chủ tịch 9 tỉnh, thành phố trên địa bàn Quân khu."
    )
    assert extract_text(text)["is_event"] is False


def test_a_review_of_a_resolution_two_bodies_carry_out_together_is_still_a_meeting():
    # the joint work in the review's own sentence: two bodies hold it together
    text = (
        "Ngày 20/5, Đảng ủy Đồn Biên phòng A Pa Chải và Đảng ủy 3 xã biên giới huyện Mường Nhé tổ chức Hội nghị sơ "
        "kết 5 năm thực hiện Nghị quyết của Ban Thường vụ Tỉnh ủy về xây dựng nền biên phòng toàn dân."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_a_newspapers_departments_signing_its_own_pledge_is_no_event():
    # one body's departments sign its drive's pledge "trong cơ quan": an internal drive, no bodies coordinating
    text = (
        "Báo Lạng Sơn ký kết thi đua xây dựng nếp sống văn minh trong cơ quan\n"
        "Sáng 2-4, Báo Lạng Sơn tổ chức ký kết thi đua xây dựng nếp sống văn minh trong cơ quan. Dự buổi lễ có đại "
        "diện Hội Nhà báo tỉnh cùng toàn thể phóng viên, biên tập viên của Báo.\n"
        "Trưởng các phòng nghiệp vụ lần lượt ký giao ước thi đua trước Ban Biên tập."
    )
    assert extract_text(text)["is_event"] is False


def test_a_commands_units_signing_at_the_launch_of_its_drive_is_no_event():
    # "đại diện các đơn vị ký kết giao ước": the command's own units, named only as such
    text = (
        "Bộ Chỉ huy Quân sự tỉnh phát động đợt thi đua cao điểm chào mừng ngày thành lập Quân đội\n"
        "Ngày 5/11, Bộ Chỉ huy Quân sự tỉnh Bình Phước tổ chức Lễ phát động đợt thi đua cao điểm 60 ngày đêm lập "
        "công.\n"
        "Kết thúc buổi lễ, đại diện các đơn vị ký kết giao ước thi đua với những chỉ tiêu cụ thể."
    )
    assert extract_text(text)["is_event"] is False


def test_a_district_fronts_communes_signing_its_pledge_stays_an_event():
    # guard: the signatories are named bodies of their own (the communes' Front committees), not parts of one body
    text = (
        "Mặt trận huyện Tuy Phong và 12 xã cam kết thi đua năm 2024\n"
        "Sáng 6/3, tại hội trường huyện, Mặt trận Tổ quốc huyện Tuy Phong phát động thi đua năm 2024; chủ tịch Mặt "
        "trận 12 xã, thị trấn đã ký giao ước thi đua với Mặt trận huyện."
    )
    assert extract_text(text)["is_event"] is True


def test_a_signing_after_nearly_ten_years_of_work_reviewed_is_a_meeting():
    # "Gần 10 năm qua, ..." under the caption of the new signing: the conference reviews the old program, then
    # re-signs (DOMAIN.md: a meeting), as "10 năm qua" does
    text = (
        "Gắn kết hơn nữa giữa Bộ đội Biên phòng và Hội Cựu chiến binh Việt Nam\n"
        "Lãnh đạo Bộ Tư lệnh Bộ đội Biên phòng và Trung ương Hội Cựu chiến binh Việt Nam ký kết chương trình phối "
        "hợp giai đoạn 2024-2029\n"
        "Tư lệnh Bộ đội Biên phòng và Chủ tịch Hội Cựu chiến binh Việt Nam cùng chủ trì hội nghị.\n"
        "Gần 10 năm qua, hai bên cùng thực hiện chương trình phối hợp vận động hội viên ở vùng biên giới giữ gìn an "
        "ninh, phát triển sản xuất, và đã đạt nhiều kết quả."
    )
    assert extract_text(text)["event_type"] == "meeting"


def test_a_signing_conference_that_recalls_the_years_before_stays_a_signing():
    # guard: "tổ chức Hội nghị ký kết ..." names the signing as the event, as "Lễ ký kết" does; the years recalled
    # below ("Trong những năm qua, ...") are the old program's
    text = (
        "Hội Người cao tuổi tỉnh và Sở Y tế tiếp tục chung tay chăm lo người cao tuổi\n"
        "Vừa qua, Hội Người cao tuổi tỉnh Hà Nam và Sở Y tế tổ chức Hội nghị ký kết chương trình phối hợp chăm sóc "
        "sức khỏe người cao tuổi giai đoạn 2021 - 2026.\n"
        "Trong những năm qua, hai bên đã phối hợp khám bệnh miễn phí cho hàng nghìn người cao tuổi ở các xã."
    )
    assert extract_text(text)["event_type"] == "agreement"


def test_a_conference_that_weighs_the_years_of_cooperation_then_signs_is_a_meeting():
    # "Trong những năm qua (giai đoạn ...), ..." then "Trên cơ sở đó, hội nghị đã ký kết ...": a review that re-signs
    text = (
        "Trong những năm qua (giai đoạn 2016-2020), chương trình hợp tác giữa tỉnh Sóc Trăng và tỉnh Bạc Liêu đã đem "
        "lại nhiều kết quả về nông nghiệp, du lịch và y tế.\n"
        "Hội nghị cũng chỉ ra những việc hai bên còn làm chậm.\n"
        "Trên cơ sở đó, hội nghị đã ký kết chương trình hợp tác giữa hai tỉnh giai đoạn 2021-2025 với 10 nội dung."
    )
    assert extract_text(text)["event_type"] == "meeting"


def test_a_program_signed_at_a_directives_review_is_the_signing():
    # the review is of the Party's directive (the state's, not joint work); the program signed at it is the event
    text = (
        "Sáng 9-11, tại Hà Nội, Ban Chỉ đạo phòng, chống tội phạm của tỉnh tổ chức Hội nghị sơ kết một năm thực hiện "
        "Chỉ thị số 48 của Bộ Chính trị, tại đó Công an tỉnh Hưng Yên đã ký kết chương trình phối hợp tuyên truyền "
        "với Báo Hưng Yên và Đài Phát thanh và Truyền hình tỉnh."
    )
    assert extract_text(text)["event_type"] == "agreement"


def test_a_lead_that_reports_a_plan_issued_tells_no_event():
    # the plan asks the border guard to hold a review at the end of its term: what it asks for is not held
    text = (
        "Tăng cường tuyên truyền phòng chống ma túy ở các xã biên giới tỉnh Kon Tum\n"
        "UBND tỉnh vừa ban hành kế hoạch về tăng cường tuyên truyền phòng, chống ma túy ở các xã biên giới giai đoạn "
        "2024 - 2028.\n"
        "Giao Bộ đội Biên phòng tỉnh chủ trì, phối hợp với UBND các huyện biên giới thực hiện kế hoạch và tổ chức tổng "
        "kết kế hoạch vào cuối năm 2028."
    )
    assert extract_text(text)["is_event"] is False


def test_a_lead_that_reports_an_official_letter_on_a_program_signed_above_tells_no_event():
    # the province's letter tells its departments to carry out what two central bodies signed: a directive
    text = (
        "Thực hiện chương trình phối hợp giữa ngành Y tế và Công đoàn\n"
        "UBND tỉnh Phú Yên vừa có công văn gửi Sở Y tế, Liên đoàn Lao động tỉnh về việc thực hiện chương trình phối "
        "hợp chăm sóc sức khỏe người lao động.\n"
        "Chương trình do Bộ Y tế và Tổng Liên đoàn Lao động Việt Nam ký kết."
    )
    assert extract_text(text)["is_event"] is False


def test_two_bodies_issuing_a_joint_plan_together_still_sign_it():
    # guard: a joint plan issued by both bodies is a signing (DOMAIN.md), not one body's plan
    text = (
        "Công an tỉnh và Hội Nông dân tỉnh Kon Tum vừa ban hành kế hoạch phối hợp bảo đảm an ninh nông thôn giai đoạn "
        "2024 - 2028, do lãnh đạo hai bên ký kết sáng 3/4."
    )
    assert extract_text(text)["is_event"] is True


def test_a_central_bodys_emulation_conference_of_a_regions_bodies_is_a_meeting():
    # "Hội nghị thi đua ... UBKT các tỉnh ủy khu vực ...": the region's bodies meet as the central body's cluster
    text = (
        "Ủy ban Kiểm tra Trung ương tổ chức Hội nghị thi đua UBKT các tỉnh ủy khu vực Tây Nguyên\n"
        "Chiều 12-10, tại thành phố Buôn Ma Thuột, Ủy ban Kiểm tra Trung ương tổ chức Hội nghị thi đua năm 2023 UBKT "
        "các tỉnh ủy khu vực Tây Nguyên; lãnh đạo UBKT 5 tỉnh cùng dự."
    )
    record = extract_text(text)
    assert record["is_event"] is True
    assert record["event_type"] == "meeting"


def test_one_bodys_own_emulation_conference_is_no_event():
    # guard: no joint work and no group of bodies in its lead
    text = (
        "Sáng 4/1, Trường Cao đẳng Y tế tỉnh Sơn La tổ chức hội nghị thi đua năm học mới, biểu dương giáo viên "
        "dạy giỏi."
    )
    assert extract_text(text)["is_event"] is False
