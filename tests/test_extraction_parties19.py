"""Classes of how real reports name who holds a meeting or signs (the parties round of the twelfth sitting): each
written in sentences of our own and run through the whole article pipeline (`process`)."""

from __future__ import annotations

from tests.extraction import extract_text


def test_an_organiser_reviewing_its_own_regulation_named_second_lists_its_partner():
    # "X tổ chức sơ kết quy chế phối hợp giữa Y và X": X reviews its own regulation, Y is its other side, as when X
    # is named first ("giữa X với Y")
    line = extract_text(
        "Chiều 5/3/2024, Bảo hiểm xã hội (BHXH) tỉnh Long An tổ chức hội nghị sơ kết thực hiện quy chế phối hợp giữa "
        "Ban Dân vận Tỉnh ủy và BHXH tỉnh trong công tác vận động người dân tham gia bảo hiểm."
    )
    assert len(line["parties"]) == 2, line["parties"]
    assert any(p.startswith("Ban Dân vận Tỉnh ủy") for p in line["parties"]), line["parties"]


def test_a_regulation_between_others_that_a_third_body_reviews_keeps_them_out():
    # the organiser is neither side, nor the end of a longer list: the program is only named
    line = extract_text(
        "Chiều 5/3/2024, Bảo hiểm xã hội tỉnh Long An tổ chức sơ kết thực hiện quy chế phối hợp giữa Ban Dân vận "
        "Tỉnh ủy và Hội Nông dân tỉnh trong công tác vận động người dân."
    )
    assert line["parties"] == ["Bảo hiểm xã hội tỉnh Long An"], line["parties"]


def test_a_clusters_roll_cut_by_its_chairs_bracket_is_no_part_of_its_name():
    # "Cụm thi đua số N gồm: Sở A các tỉnh: B (Cụm trưởng), C (Cụm phó), D và E": the roll is what the cluster is
    # made of (ruling 11), also when the chair's bracket cuts it after its first province
    for roll in ("gồm: Thanh tra các tỉnh: Lào Cai (đơn vị Cụm trưởng)", "gồm Thanh tra các tỉnh Lào Cai (Cụm trưởng)"):
        line = extract_text(
            f"Mới đây, Cụm thi đua số 3 {roll}, Yên Bái (Cụm phó), Hà Giang và Tuyên Quang đã họp tổng kết công tác "
            "thi đua năm 2023 và cùng ký giao ước thi đua năm 2024."
        )
        assert line["parties"] == ["Cụm thi đua số 3"], line["parties"]
