"""The party-form study (benchmarks/party_forms.py) classes a miss by what differs between the label and the
prediction of the same body; names here are made up in the study's shapes."""

from benchmarks.party_forms import cause, head_to_head, miss_causes


def test_a_body_written_short_against_spelt_out_is_an_abbreviation() -> None:
    assert cause("UBND tỉnh Cao Bằng", "Ủy ban nhân dân tỉnh Cao Bằng") == "abbreviation: gold short"
    assert cause("Viện KSNDTC", "Viện Kiểm sát nhân dân tối cao") == "abbreviation: gold short"


def test_an_organ_a_place_and_a_unit_are_told_apart() -> None:
    assert cause("Ban Thường vụ Hội Nông dân tỉnh Yên Bái", "Hội Nông dân tỉnh Yên Bái") == "organ: gold with it"
    assert cause("Trường THCS Lê Lợi quận Ba Đình", "Trường THCS Lê Lợi") == "place: gold with it"
    assert cause("Phòng Cảnh sát giao thông Công an tỉnh Yên Bái", "Công an tỉnh Yên Bái").startswith("unit vs body")


def test_unmatched_parties_are_missing_or_extra() -> None:
    found = miss_causes(["Sở Tư pháp tỉnh Yên Bái"], ["Sở Tư pháp tỉnh Yên Bái", "Báo Yên Bái"])
    assert found == [("extra body", None, "Báo Yên Bái")]
    assert miss_causes(["Hội Luật gia tỉnh Yên Bái"], []) == [("missing body", "Hội Luật gia tỉnh Yên Bái", None)]


def test_head_to_head_counts_the_writing_the_label_takes() -> None:
    rows = [{"id": "a", "gold": {"is_event": True, "parties": ["Hội Nông dân tỉnh Yên Bái"]}}]
    before = {"a": {"parties": ["Hội Nông dân tỉnh Yên Bái"]}}
    after = {"a": {"parties": ["HND tỉnh Yên Bái"]}}
    assert head_to_head(rows, before, after)["before"] == 1
