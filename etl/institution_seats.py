"""The province an institution named in a text is seated in, for a text that names its province nowhere.

"Sở Văn hóa ... ký kết với Trường Đại học Tây Nguyên", "Công an xã A phối hợp với Nhà máy Z121": a careful reader knows
where the university, the factory or the garrisoned division is. The seats are reference facts
(`data/reference/institution_seats.csv`), listed only for names that do not say their place (a university named
after its province or city is placed by that name already).
"""

from __future__ import annotations

import re
from functools import cache

from etl.reference import load_table, reference_dir


@cache
def _seats(folder: object) -> tuple[re.Pattern[str], dict[str, str]]:
    """(one pattern of every name, {folded name: province}) for the reference folder in use."""
    rows = [r for r in load_table("institution_seats.csv") if r.get("name") and r.get("province_legacy")]
    names = sorted((r["name"] for r in rows), key=len, reverse=True)
    # a name ends where no letter or figure goes on ("Sư đoàn 10", not "Sư đoàn 100")
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.IGNORECASE)
    return pattern, {r["name"].casefold(): r["province_legacy"] for r in rows}


def province_of_institutions(text: str) -> str | None:
    """The one province the institutions the text names are seated in; None for none or several."""
    pattern, seats = _seats(reference_dir())
    if not seats:
        return None
    found = {seats[m.group(1).casefold()] for m in pattern.finditer(text)}
    return found.pop() if len(found) == 1 else None
