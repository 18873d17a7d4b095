"""Event types as data. data/reference/event_types.csv names them (code; names and plurals in both languages;
the headline figure's help; the report table's title; colour; whether the type makes programs),
event_type_cues.csv says how a text reports one (roles cue, not_followed_by, not_preceded_by, near, with), event_type_words.csv
how a register writes one; docs/event_record.md describes every column. A new type is rows in these files,
not code. Read from the reference folder (etl/reference.py, `PHOIHOP_REFERENCE`), once per folder; the first
type is the one a correction gives a document it makes an event without naming a type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from etl.reference import load_table, reference_dir
from etl.text import fast_start

TYPES_FILE = "event_types.csv"
CUES_FILE = "event_type_cues.csv"
ROLES = ("cue", "not_followed_by", "not_preceded_by", "near", "with")
_CODE = re.compile(r"[a-z][a-z0-9_]*")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class EventTypeError(ValueError):
    """The event-type reference files are not usable; the message says which row and why."""


@dataclass(frozen=True)
class EventType:
    code: str
    name_vi: str
    name_en: str
    plural_vi: str
    plural_en: str
    help_vi: str
    help_en: str
    report_title_vi: str
    report_title_en: str
    colour: str
    makes_programs: bool
    definition: str = ""

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" and self.name_en else self.name_vi

    def plural(self, lang: str) -> str:
        return self.plural_en if lang == "en" and self.plural_en else self.plural_vi

    def help(self, lang: str) -> str:
        return self.help_en if lang == "en" and self.help_en else self.help_vi

    def report_title(self, lang: str) -> str:
        return self.report_title_en if lang == "en" and self.report_title_en else self.report_title_vi


@dataclass(frozen=True)
class Cue:
    """How a text reports one type: the cue, and what must be near it or with it for it to count."""

    event_type: str
    pattern: re.Pattern[str]
    near: re.Pattern[str] | None
    with_: re.Pattern[str] | None


def event_types() -> tuple[EventType, ...]:
    """Every type, in the file's order."""
    return _types(reference_dir())


def type_codes() -> tuple[str, ...]:
    return tuple(t.code for t in event_types())


def event_type(code: str) -> EventType | None:
    return _by_code(reference_dir()).get(code)


@cache
def _by_code(folder: Path) -> dict[str, EventType]:
    """Each type under its code (codes are unique, _types checks): looked up several times per article."""
    return {t.code: t for t in _types(folder)}


def makes_programs(code: str | None) -> bool:
    """Does an event of this type sign a program (an agreement, today)?"""
    kind = event_type(code) if code else None
    return bool(kind and kind.makes_programs)


def default_type() -> str:
    return event_types()[0].code


def cues() -> tuple[Cue, ...]:
    """The compiled cues of every type that has any, in the order of event_types.csv."""
    return _cues(reference_dir())


@cache
def _types(folder: Path) -> tuple[EventType, ...]:
    out: list[EventType] = []
    for line, row in enumerate(load_table(TYPES_FILE, folder), start=2):
        code = (row.get("event_type") or "").strip()
        where = f"{TYPES_FILE} line {line}"
        if not _CODE.fullmatch(code):
            raise EventTypeError(f"{where}: event_type {code!r} is not a code (lowercase letters, digits, _)")
        if any(t.code == code for t in out):
            raise EventTypeError(f"{where}: event_type {code!r} twice")
        if not _COLOUR.fullmatch(row.get("colour") or ""):
            raise EventTypeError(f"{where}: colour {row.get('colour')!r} is not #rrggbb")
        if (row.get("makes_programs") or "").strip() not in ("yes", "no"):
            raise EventTypeError(f"{where}: makes_programs must be yes or no")
        text = {k: (v or "").strip() for k, v in row.items() if k}
        missing = [n for n in ("name_vi", "plural_vi", "report_title_vi") if not text.get(n)]
        if missing:
            raise EventTypeError(f"{where}: {', '.join(missing)} empty")
        out.append(
            EventType(
                code=code,
                name_vi=text["name_vi"],
                name_en=text.get("name_en", ""),
                plural_vi=text["plural_vi"],
                plural_en=text.get("plural_en", ""),
                help_vi=text.get("help_vi", ""),
                help_en=text.get("help_en", ""),
                report_title_vi=text["report_title_vi"],
                report_title_en=text.get("report_title_en", ""),
                colour=text["colour"],
                makes_programs=text["makes_programs"] == "yes",
                definition=text.get("definition", ""),
            )
        )
    if not out:
        raise EventTypeError(f"{TYPES_FILE}: no event type")
    return tuple(out)


def _alternatives(patterns: list[str]) -> str:
    return "|".join(patterns)


@cache
def _cues(folder: Path) -> tuple[Cue, ...]:
    codes = [t.code for t in _types(folder)]
    rows: dict[tuple[str, str], list[str]] = {}
    for line, row in enumerate(load_table(CUES_FILE, folder), start=2):
        code, role, pattern = row.get("event_type") or "", row.get("role") or "", row.get("pattern") or ""
        if code not in codes:
            raise EventTypeError(f"{CUES_FILE} line {line}: unknown event_type {code!r}")
        if role not in ROLES:
            raise EventTypeError(f"{CUES_FILE} line {line}: role {role!r} is not one of {', '.join(ROLES)}")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise EventTypeError(f"{CUES_FILE} line {line}: {pattern!r} is not a regular expression: {exc}") from exc
        rows.setdefault((code, role), []).append(pattern)
    out = []
    for code in codes:
        words = rows.get((code, "cue"))
        if not words:
            continue  # a type only registers and corrections name (no text reports it by itself)
        cue = rf"\b({_alternatives(words)})\b"
        # a word before the cue that makes it tell something else ("được ký kết": a document signed before);
        # one fixed-width look-behind per word
        cue = "".join(rf"(?<!\b{w}\s)" for w in rows.get((code, "not_preceded_by"), [])) + cue
        if rows.get((code, "not_followed_by")):
            cue += rf"(?!\s+(?:{_alternatives(rows[(code, 'not_followed_by')])}))"
        near, with_ = rows.get((code, "near")), rows.get((code, "with"))
        out.append(
            Cue(  # scanned over every title and lead: with a first-letter check (etl/text.py fast_start)
                code,
                fast_start(re.compile(cue, re.I)),
                fast_start(re.compile(f"({_alternatives(near)})", re.I)) if near else None,
                fast_start(re.compile(f"({_alternatives(with_)})", re.I)) if with_ else None,
            )
        )
    return tuple(out)
