"""Classes of how real reports name who signs or holds a meeting (issue 11, parties round 21, the seventeenth fresh
round's district and central bodies): each written in sentences of our own and run through the whole article
pipeline (`process`), as `phoihop extract` runs it; scored without the address first, as the product is judged."""

from __future__ import annotations

from tests.extraction import extract_text


def test_district_bodies_written_bare_take_a_district_whose_name_two_provinces_share():
    # the title names the district by a name districts of several provinces bear ("Châu Thành"), the lead names its
    # province right after it; the bodies the lead writes "huyện" alone are that district's (DOMAIN.md: district
    # bodies keep their own place)
    line = extract_text(
        "Giao ban khối nội chính huyện Châu Thành quý III năm 2023\n\n"
        "Sáng 6/10/2023, tại hội trường UBND huyện Châu Thành, tỉnh Tiền Giang, Công an huyện, Viện kiểm sát "
        "nhân dân huyện và Tòa án nhân dân huyện tổ chức hội nghị giao ban đánh giá việc thực hiện quy chế phối "
        "hợp trong quý III.\n\n"
        "Các bên thống nhất tiếp tục trao đổi thông tin về các vụ việc phức tạp."
    )
    assert "Công an huyện Châu Thành" in line["parties"], line["parties"]
    assert "Tòa án nhân dân huyện Châu Thành" in line["parties"], line["parties"]
    assert "Công an huyện" not in line["parties"], line["parties"]
