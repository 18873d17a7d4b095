"""The one way the extraction tests run an article of their own writing through the whole pipeline."""

from __future__ import annotations

from typing import Any

from etl.documents import contract_line, process
from etl.reading import RawDocument


def extract_text(text: str, url: str | None = None) -> dict[str, Any]:
    """The contract line `phoihop extract` prints for one article given as plain text."""
    return contract_line(process(RawDocument("t", "t", None, text=text, url=url)), "t")
