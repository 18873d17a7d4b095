"""Province names a page misspells with the wrong tone mark, as writers who merge the hỏi and ngã tones do ("Quãng Nam"
for "Quảng Nam"; data/reference/province_variants.csv): still the province, where the text names its venue so."""

from __future__ import annotations

from etl.places import gazetteer
from tests.extraction import extract_text


def test_a_quang_province_written_with_the_nga_tone_is_that_province():
    gaz = gazetteer()
    for name in ("Quảng Nam", "Quảng Ngãi", "Quảng Trị", "Quảng Bình", "Quảng Ninh"):
        written = name.replace("Quảng", "Quãng")
        assert [m.name for m in gaz.provinces_in(f"Hội nghị diễn ra tại tỉnh {written}.")] == [name]
    # the word itself ("quãng đường", "Quãng thời gian") is no place
    assert [m.name for m in gaz.provinces_in("Quãng đường từ xã lên huyện dài 40 km.")] == []


def test_a_venue_written_with_the_misspelt_name_hosts():
    line = extract_text(
        "Cụm thi đua số 2 ngành Tư pháp ký kết giao ước thi đua năm 2024\n\n"
        "Sáng 9/4, tại Sở Tư pháp tỉnh Quãng Ngãi, Cụm thi đua số 2 gồm Sở Tư pháp các tỉnh Bình Định, Phú Yên, "
        "Khánh Hòa và Quãng Ngãi tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n\n"
        "Các sở thống nhất đăng ký 10 chỉ tiêu thi đua.\n"
    )
    assert line["is_event"] is True
    assert line["province"] == "Quảng Ngãi"
