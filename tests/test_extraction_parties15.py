"""Classes of how real reports name who holds a meeting (issue 11, parties round 15): each written in sentences of
our own and run through the whole article pipeline (`process`), as `phoihop extract` runs it."""

from __future__ import annotations

from etl.cluster_owner import with_owner
from tests.extraction import extract_text


def test_a_bare_numbered_cluster_is_written_with_the_network_its_sentences_name():
    # the cluster is named bare everywhere; the sentence naming it says whose it is only through a member's body
    # ("Hội CCB tỉnh A, đơn vị Cụm trưởng Cụm thi đua số 6"): the party is the cluster of that network, written as the
    # registry writes the network, whatever short form the text uses
    line = extract_text(
        "Giao ban Cụm 6 quý II năm 2023\n\n"
        "Ngày 14/6/2023, tại thành phố Vinh, đồng chí Chủ tịch Hội CCB tỉnh Nghệ An, Cụm trưởng Cụm thi đua số 6 "
        "chủ trì Hội nghị giao ban. Dự hội nghị có Chủ tịch, Phó Chủ tịch Hội CCB 5 tỉnh trong cụm.\n\n"
        "Hội nghị đánh giá kết quả thi đua 6 tháng đầu năm của Cụm thi đua số 6."
    )
    assert any(p.startswith("Cụm thi đua số 6 Hội Cựu chiến binh") for p in line["parties"]), line["parties"]
    assert line["cluster"] and "Cựu chiến binh" not in line["cluster"], line["cluster"]


def test_the_owner_is_read_only_from_the_sentences_that_name_that_cluster():
    texts = ["Cụm thi đua số 3 họp tại tỉnh B.", "Hội Chữ thập đỏ tỉnh B trao quà cho các hộ nghèo."]
    assert with_owner("Cụm thi đua số 3", texts) == "Cụm thi đua số 3"  # the network is in another sentence
    texts = ["Hội Chữ thập đỏ 6 tỉnh trong Cụm thi đua số 3 họp tại tỉnh B."]
    assert with_owner("Cụm thi đua số 3", texts) == "Cụm thi đua số 3 Hội Chữ thập đỏ"
    assert with_owner("Cụm thi đua số 31", texts) == "Cụm thi đua số 31"  # another cluster's number


def test_a_cluster_whose_sentence_names_two_networks_or_says_whose_it_is_stays_as_written():
    texts = ["Hội Nông dân và Hội Cựu chiến binh các xã trong Cụm thi đua số 2 ký giao ước thi đua."]
    assert with_owner("Cụm thi đua số 2", texts) == "Cụm thi đua số 2"
    texts = ["Cụm thi đua số 2 Hội Nông dân tổng kết năm, Hội Nông dân tỉnh C làm cụm trưởng."]
    assert with_owner("Cụm thi đua số 2 Hội Nông dân", texts) == "Cụm thi đua số 2 Hội Nông dân"
