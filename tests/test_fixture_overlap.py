"""The check that our fixtures copy no real article finds a copied sentence and passes one written anew."""

from pathlib import Path

from benchmarks.fixture_overlap import literals, shared

REAL = (
    "Sáng nay, tại hội trường của tỉnh, hai cơ quan đã tổ chức lễ ký kết chương trình phối hợp giai đoạn 2025-2030 "
    "nhằm nâng cao hiệu quả công tác tuyên truyền trong toàn tỉnh."
)


def test_a_copied_sentence_with_a_name_changed_is_found(tmp_path: Path):
    copied = REAL.replace("2025-2030", "2026-2031")
    test_file = tmp_path / "test_x.py"
    test_file.write_text(f"TEXT = {copied!r}\n", encoding="utf-8")
    (found,) = literals(test_file)
    hit = shared(found, {"r001": REAL})
    assert hit is not None and hit[0] == "r001" and hit[1] >= 2


def test_a_sentence_written_anew_shares_nothing():
    anew = "Hai đơn vị cùng đặt bút ký văn bản phối hợp cho 5 năm tới, trước sự chứng kiến của lãnh đạo địa phương."
    assert shared(anew, {"r001": REAL}) is None
