"""A party is written as the text writes it (ruling 1 of the held-out labels, issue 11): a city named by its
initials ("TPHCM", "TP.HCM", "TP. HCM") stays so in the party, while the keys that join bodies (org_key, body_key:
the warehouse's organisations, programs, duplicates) still take both writings for one body. Sentences of our own."""

from __future__ import annotations

import duckdb

from etl.parties import body_key, org_key
from etl.pipeline import run_etl
from tests.extraction import extract_text


def test_a_city_written_by_its_initials_stays_so_in_the_party():
    line = extract_text(
        "Sở Y tế TPHCM và Sở Y tế tỉnh Long An ký kết hợp tác\n\n"
        "Sáng 3/6/2024, Sở Y tế TPHCM và Sở Y tế tỉnh Long An ký kết chương trình phối hợp chăm sóc sức khỏe người "
        "dân vùng giáp ranh giai đoạn 2024-2026."
    )
    assert line["parties"] == ["Sở Y tế TPHCM", "Sở Y tế tỉnh Long An"], line["parties"]


def test_initials_after_a_spaced_tp_at_a_sentences_end_are_the_city():
    # "TP. HCM" closing the sentence: the city, not "TP" and the article's own province after it
    line = extract_text(
        "Tây Ninh: ký kết phối hợp giữ gìn trật tự vùng giáp ranh\n\n"
        "Ngày 10/5/2023, Công an tỉnh Tây Ninh ký kết quy chế phối hợp với Công an TP. HCM."
    )
    assert line["parties"] == ["Công an tỉnh Tây Ninh", "Công an TP. HCM"], line["parties"]


def test_a_counted_body_named_place_by_place_keeps_the_citys_initials():
    line = extract_text(
        "Công an 3 tỉnh, thành phố ký kết quy chế phối hợp\n\n"
        "Ngày 20/9/2022, Công an 3 tỉnh, thành phố ký kết quy chế phối hợp bảo đảm an ninh vùng giáp ranh.\n\n"
        "Ba địa phương gồm TP.HCM, Bình Dương và Đồng Nai cùng cam kết trao đổi thông tin thường xuyên."
    )
    assert line["parties"] == ["Công an TP.HCM", "Công an tỉnh Bình Dương", "Công an tỉnh Đồng Nai"], line["parties"]


def test_both_writings_of_a_city_are_one_body_for_the_keys():
    written_out = org_key("Công an Thành phố Hồ Chí Minh")
    for short in ("Công an TP.HCM", "Công an TP. HCM", "Công an TPHCM", "Công an TP HCM", "Công an TP. Hồ Chí Minh"):
        assert org_key(short) == written_out, short
        assert body_key(short) == body_key("Công an TP Hồ Chí Minh"), short
    assert org_key("Công an tỉnh BR-VT") == org_key("Công an tỉnh Bà Rịa - Vũng Tàu")
    # a name spelt another way is no short form: a paper named after the city keeps its own name
    assert org_key("Báo Sài Gòn Giải Phóng") == "bao sai gon giai phong"


def test_a_body_the_text_only_abbreviates_is_written_short_wherever_it_is_named():
    # the title and lead name no women's union; the sentence below that lists who signs writes it "Hội LHPN" and the
    # text never spells it out: the party keeps the text's short form
    line = extract_text(
        "Bình Phước: ký kết quy chế phối hợp công tác dân vận\n\n"
        "Ngày 12/3/2024, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị ký kết quy chế phối hợp công tác dân vận "
        "giai đoạn 2024-2029.\n\n"
        "Cụ thể, tại hội nghị, Ban Dân vận Tỉnh ủy và Công an tỉnh, Hội LHPN tỉnh, Hội Nông dân tỉnh đã ký kết quy "
        "chế phối hợp."
    )
    assert "Hội LHPN tỉnh Bình Phước" in line["parties"], line["parties"]


def test_a_body_the_lead_names_its_own_way_is_not_shortened_by_a_caption():
    # the lead writes "Viện kiểm sát" (the heads table writes it out); only a caption below writes "VKSND": the lead's
    # naming, written out, not the caption's acronym
    line = extract_text(
        "Liên ngành tư pháp huyện Hải Lăng tổng kết công tác phối hợp\n\n"
        "Ngày 8/1/2024, Liên ngành Công an - Viện kiểm sát - Tòa án huyện Hải Lăng tổ chức hội nghị tổng kết công tác "
        "phối hợp năm 2023.\n\n"
        "Đồng chí Viện trưởng VKSND huyện Hải Lăng phát biểu tại hội nghị."
    )
    assert "Viện Kiểm sát nhân dân huyện Hải Lăng" in line["parties"], line["parties"]


def test_a_unit_the_text_names_by_its_initials_keeps_them_and_joins_its_full_name():
    # "PT-TH" inside a unit's name: written as the text writes it, one body with the name spelt out for the keys
    line = extract_text(
        "Ngày 2/5/2023, tại TP. Cần Thơ, Trung tâm PT-TH Quân đội ký kết quy chế phối hợp tuyên truyền với Cục Chính "
        "trị Quân khu 7."
    )
    assert line["parties"] == ["Trung tâm PT-TH Quân đội", "Cục Chính trị Quân khu 7"], line["parties"]
    assert org_key("Trung tâm PT - TH Quân đội") == org_key("Trung tâm Phát thanh - Truyền hình Quân đội")


def test_the_warehouse_holds_one_organisation_for_both_writings_of_a_city(tmp_path):
    # two reports, one writing the city by its initials and one spelling it out: the initials kept as written, one
    # body in the organisations table
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "Công an TP.HCM và Công an tỉnh Long An ký kết quy chế phối hợp\n"
        "Ngày 14/4/2023, Công an TP.HCM và Công an tỉnh Long An ký kết quy chế phối hợp bảo đảm an ninh trật tự vùng "
        "giáp ranh giai đoạn 2023-2027.\n",
        encoding="utf-8",
    )
    (src / "b.txt").write_text(
        "Công an Thành phố Hồ Chí Minh và Công an tỉnh Tây Ninh ký kết quy chế phối hợp\n"
        "Ngày 9/10/2024, Công an Thành phố Hồ Chí Minh và Công an tỉnh Tây Ninh ký kết quy chế phối hợp phòng chống "
        "tội phạm giai đoạn 2024-2028.\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    run_etl([src], db, progress=False, parallel=False)
    con = duckdb.connect(str(db), read_only=True)
    written = " ; ".join(text for (text,) in con.execute("select parties_text from events").fetchall())
    assert "Công an TP.HCM;" in written and "Hồ Chí Minh;" in written, written
    bodies = con.execute("select count(*), count(distinct org_id) from event_parties").fetchone()
    assert bodies == (4, 3)  # the city's police in both events, one organisation


def test_the_fronts_committee_is_written_without_the_nations_name_the_text_leaves_out():
    line = extract_text(
        "Ngày 6/6/2024, Ủy ban MTTQ tỉnh Hà Giang và Công an tỉnh Hà Giang ký kết chương trình phối hợp vận động "
        "quần chúng bảo vệ an ninh Tổ quốc giai đoạn 2024-2029."
    )
    assert line["parties"] == ["Ủy ban MTTQ tỉnh Hà Giang", "Công an tỉnh Hà Giang"], line["parties"]
    line = extract_text(
        "Ngày 6/6/2024, Ủy ban MTTQ Việt Nam tỉnh Hà Giang và Công an tỉnh Hà Giang ký kết chương trình phối hợp "
        "vận động quần chúng bảo vệ an ninh Tổ quốc giai đoạn 2024-2029."
    )
    assert line["parties"][0] == "Ủy ban MTTQ Việt Nam tỉnh Hà Giang", line["parties"]  # written in: kept
    assert org_key("Ủy ban MTTQ tỉnh Hà Giang") == org_key("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang")
