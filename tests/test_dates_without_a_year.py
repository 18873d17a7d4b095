"""A day and month the text never gives a year for, on a page without an address or a header's date: the year the
article writes most often dates it, a period's end, a deadline, a horizon and a head-count never do."""

from etl.dates import event_date_of


def test_a_signing_dated_by_its_programs_period():
    title = "Hai đơn vị ký chương trình phối hợp giai đoạn 2021-2026"
    paragraphs = [
        "Ngày 9-3, Hội Cựu chiến binh và Sở Tư pháp ký chương trình phối hợp giai đoạn 2021-2026.",
        "Chương trình kéo dài đến năm 2026, hướng tới tầm nhìn 2030.",
    ]
    assert event_date_of(title, paragraphs, None, None, None)[0] == "2021-03-09"


def test_a_school_years_end_and_a_horizon_do_not_date_the_day():
    paragraphs = [
        "Chiều 14-10, hai ngành họp sơ kết năm học 2018-2019; số vụ việc trong 2019 giảm rõ.",
        "Các bên thống nhất mục tiêu định hướng đến năm 2030, với hơn 2000 học sinh tham gia, số liệu từ 2019.",
    ]
    # 2019 is written three times, once as a span's end; 2018 once; 2030 is a horizon, 2000 a head-count
    assert event_date_of("", paragraphs, None, None, None)[0] == "2019-10-14"


def test_no_year_written_gives_no_date():
    assert event_date_of("", ["Sáng 5-6, hai huyện họp giao ban an ninh vùng giáp ranh."], None, None, None)[0] is None


def test_a_year_only_article_is_dated_by_the_year_it_writes_most():
    paragraphs = ["Hai hội ký kết phối hợp; kết quả 2019 được đánh giá cao.", "Số liệu 2019 cho thấy tiến bộ."]
    assert event_date_of("", paragraphs, None, None, None)[:2] == ("2019", "year_guessed")
