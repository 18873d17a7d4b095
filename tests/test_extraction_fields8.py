"""Classes of real reporting the extractor misread on pages outside the labelled corpus (issue 11, session 27:
province, level, topic), each written in sentences of our own and run through the whole article pipeline."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_ministry_sites_provincial_section_written_in_one_word_gives_the_province():
    # a national body's site keeps each province's news under the province's name written in one word
    # ("thads.moj.gov.vn/binhdinh/...", "toaan.gov.vn/webcenter/portal/thainguyen/..."): a text that names only
    # "tỉnh" and "các huyện" is that province's, and its bodies are one province's, not several provinces'
    text = (
        "Quy chế phối hợp liên ngành quy định việc phối hợp giữa Cục Thi hành án dân sự tỉnh, Công an tỉnh, Tòa "
        "án nhân dân tỉnh và Viện Kiểm sát nhân dân tỉnh trong công tác thi hành án dân sự. Đây là cơ sở để Chi "
        "cục Thi hành án dân sự và Viện Kiểm sát nhân dân các huyện, thị xã ký kết quy chế của địa phương mình."
    )
    line = extract_text(text, url="https://thads.example.gov.vn/quangtri/tintuc/View_Detail.aspx?ItemID=7")
    assert line["province"] == "Quảng Trị"
    assert line["level"] == "province"
    # the hyphenated section keeps working, and a headline's slug is no section
    line = extract_text(text, url="https://portal.example.vn/quang-tri/ky-ket-quy-che-123.html")
    assert line["province"] == "Quảng Trị"
    line = extract_text(text, url="https://portal.example.vn/tin-tuc/quangtri")
    assert line["province"] is None
