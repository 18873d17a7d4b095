"""Classes of real reporting the extractor misread on batch Z (issue 11: material the rules were not written on),
each reproduced in sentences of our own and run through the whole article pipeline, as `phoihop extract` runs it."""

from __future__ import annotations

from tests.extraction import extract_text


def test_a_city_and_a_count_of_provinces_that_sign_are_no_cluster():
    # ruling 13: a count of provinces with a region's plain name and no group or linkage frame before it is the
    # provinces themselves, not a cluster framing the signing
    line = extract_text(
        "Gần đây, tại thành phố Sơn La, lãnh đạo UBND thành phố Cần Thơ và 8 tỉnh Tây Bắc mở rộng đã cùng ký kết "
        "thỏa thuận hợp tác phát triển nông nghiệp công nghệ cao."
    )
    assert line["is_event"]
    assert line["cluster"] is None
