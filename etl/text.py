"""Text normalisation shared by every step that compares Vietnamese strings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

# Old-style tone placement ("hoà", "thuỷ") written in the modern style ("hòa", "thủy").
_TONE_PLACEMENT = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE_PLACEMENT), re.IGNORECASE)
_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# What squash_spaces changes, and only that: a run of two spaces or more, or one space other than " " (the
# single spaces between words, most of a text, are left alone instead of each replaced by itself). Written to start
# with the set of spaces, the engine skips to each space in one step (2.7x faster than a look-ahead first): a
# space other than " " with the run after it, or " " with at least one more.
_SPACES_TO_SQUASH = re.compile(
    r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
    r"(?:(?<! )[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]*|[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+)"
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fix_tone(match: re.Match[str]) -> str:
    s = match.group(0)
    fixed = _TONE_PLACEMENT[s.lower()]
    return fixed.capitalize() if s[0].isupper() else fixed


# "ươ" carries its tone on the "ơ" in every spelling; a typist's mark on the "ư" ("giao ứơc") is the same word
_HORN_TONES = {"ứ": "ú", "ừ": "ù", "ử": "ủ", "ữ": "ũ", "ự": "ụ"}  # each "ư" with a mark: the mark it carries
_ON_O = {"ú": "ớ", "ù": "ờ", "ủ": "ở", "ũ": "ỡ", "ụ": "ợ"}
_MISPLACED_HORN_TONE = re.compile("[ứừửữựỨỪỬỮỰ][ơƠ]")


def _horn_tone(match: re.Match[str]) -> str:
    u, o = match.group(0)[0], match.group(0)[1]
    mark = _HORN_TONES[u.lower()]
    fixed_o = _ON_O[mark]
    return ("Ư" if u.isupper() else "ư") + (fixed_o.upper() if o.isupper() else fixed_o)


def horn_tones(text: str) -> str:
    """ "ươ" with its tone mark on the "ư" ("giao ứơc") written with it on the "ơ" ("giao ước"), as every text
    spells it: a typist's slip, not another word."""
    return _MISPLACED_HORN_TONE.sub(_horn_tone, text)


# the eth of Icelandic (Ð U+00D0, ð U+00F0), typed for "Đ" and "đ" by some sites' keyboards and fonts ("Ðại hội",
# "Nam Ðịnh"): it looks the same on screen, but no rule and no name in the reference reads it as the letter it stands for
_ETH_AS_D = str.maketrans("Ðð", "Đđ")


def standard_letters(text: str) -> str:
    """The text with look-alike letters written as the Vietnamese letters they stand for: "Đ" typed as an eth,
    the tone of "ươ" placed on the "ư"."""
    if "Ð" in text or "ð" in text:
        text = text.translate(_ETH_AS_D)
    return horn_tones(text)


# an old-style pair where it ends its syllable ("hoà", "thuỷ", not "đoạn", whose tone stands on the "a" either way),
# and not the "u" of "qu" ("quý" is spelt so in both styles): what "(?<![qQ])(?:oà|oá|...|uỵ)(?!\w)" under re.I
# matches, written to start with the set of its first letters in both cases (the only characters re.I takes for "o"
# and "u"), so the engine skips to them in C instead of trying the look-behind at every place (14x faster); the "q"
# is looked for one character further back, and each tone mark after the letter it pairs with
_SYLLABLE_END_TONE_RE = re.compile(
    r"(?-i:[oOuU])(?<![qQ][\s\S])(?:"
    + "|".join(
        f"(?<={first})[{''.join(pair[1] for pair in _TONE_PLACEMENT if pair[0] == first)}]"
        for first in dict.fromkeys(pair[0] for pair in _TONE_PLACEMENT)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def modern_syllable_tones(text: str) -> str:
    """The old-style tone placement ("văn hoá", "Uỷ ban") written in the modern style ("văn hóa", "Ủy ban"), only
    where the two spellings are one word: for reading words against a list written in the modern style."""
    if not any(ch in text for ch in "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"):
        return text
    return _SYLLABLE_END_TONE_RE.sub(_fix_tone_cased, text)


def _fix_tone_cased(match: re.Match[str]) -> str:
    s = match.group(0)
    return "".join(f.upper() if c.isupper() else f for c, f in zip(s, _TONE_PLACEMENT[s.lower()], strict=True))


def modern_tones(text: str) -> str:
    """Move tone marks to the modern position so both spellings of a name compare equal."""
    return _TONE_RE.sub(_fix_tone, text)


def _strip(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFD", c) if unicodedata.category(x) != "Mn")


# Every precomposed Latin letter with its marks removed: one str.translate instead of a loop per character.
_FOLD_TABLE = {ord(c): _strip(c) for c in map(chr, range(0xC0, 0x1EFA)) if _strip(c) != c}
_FOLD_TABLE.update({ord("đ"): "d", ord("Đ"): "D"})
# the typographic apostrophes of "Đắk R’Lấp", "Ch‘Ơm" are the plain one (one character for one: positions hold)
_FOLD_TABLE.update({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'"})
# The same table as a list indexed by code point (a character past its end is left as it is, as one missing from
# the dict): str.translate looks a character up in a list in under half the time it takes in a dict.
_FOLD_LIST = [_FOLD_TABLE.get(code, chr(code)) for code in range(max(_FOLD_TABLE) + 1)]


# fold's answers for the short strings folded lately: an article's names and heads are folded again by step after
# step (three calls in four repeat one of the same article), and a dict lookup costs a tenth of folding; a long text
# is folded each time (its scan is most of the call, and it would hold memory)
_FOLDED: dict[str, str] = {}
_FOLDED_MAX, _FOLDED_LONGEST = 8192, 200  # bounded whatever the input: forgotten all at once when full


def fold(text: str) -> str:
    """Lowercase without diacritics ("Ninh Bình" -> "ninh binh"): for matching, never for display."""
    if (folded := _FOLDED.get(text)) is not None:
        return folded
    # the loose marks of a text that was not NFC (U+0300-036F) are in the table, mapped to nothing, and no value of
    # the table holds one: what comes out has none left to take away (tests/test_fast_patterns.py)
    folded = text.translate(_FOLD_LIST).lower()
    if len(text) <= _FOLDED_LONGEST:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        _FOLDED[text] = folded
    return folded


def case_blind(text: str) -> str:
    """The text in lower case as a case-blind pattern reads it: every word such a pattern matches in the text is in
    it, so `word in case_blind(text)` is a cheap check before a pattern that cannot match without the word. The
    engine also takes "ı" and "İ" (lower-cased: "i" and a combining dot) for "i", and "ſ" for "s"."""
    return text.lower().replace("ı", "i").replace("ſ", "s").replace("\u0307", "")  # (each a scan in C)


@lru_cache(maxsize=4)
def fold_document(text: str) -> str:
    """fold(text), remembered for the few whole texts of the article at hand: its id and the search for its cluster
    evidence fold the same title and text."""
    return fold(text)


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regex matching what `"|".join(re.escape(w) for w in words, longest first)` matches, written as a trie
    ("Ủy ban (?:nhân dân|Kiểm tra)"): Python's engine tries every alternative at every place in a text, a trie
    only the words that share the letters read so far. At one place the words that match are prefixes of one
    another, and the trie tries the longer first, as the longest-first list does. `ignore_case`: the pattern is
    compiled with re.I, so words that differ only by case share a branch."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            key = ch.lower() if ignore_case and len(ch.lower()) == 1 else ch
            node = node.setdefault(key, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        kids = [re.escape(ch) + branch(child) for ch, child in node.items() if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first, then the one ending here

    return branch(root)


def alternation_not_after(words: Iterable[str], not_after: str) -> str:
    """A regex matching what `(?<!{not_after})` + alternation(words) matches, for a pattern compiled without
    re.I: the look-behind stands after each word's first letter, two characters wide ("A(?<![\\w][\\s\\S])n Giang"
    checks the character before "A"), so the pattern starts with its first letters and the engine skips to them
    in C, as it does for a set, instead of trying the look-behind at every place (twice as fast as fast_start's
    look-ahead). At a text's start no character stands before, and neither form's look-behind matches.
    `not_after`: one character's pattern ("[\\w&]")."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        if word:
            firsts.setdefault(word[0], []).append(word[1:])
    kids = []
    for first, rests in firsts.items():  # different first letters: at one place only one of them matches
        rest = alternation(r for r in rests if r)
        if rest and "" in rests:
            rest = f"(?:{rest})?"  # greedy: the longer word first, then the one-letter word, as alternation does
        kids.append(f"{re.escape(first)}(?<!{not_after}[\\s\\S]){rest}")
    return "(?:" + "|".join(kids) + ")"


_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_DIGIT = _sre.CATEGORY_DIGIT
# a group's flags (added, removed) -> the case rule its letters are read under; "" keeps the one around it
_SCOPES = {(0, 0): "", (re.IGNORECASE, 0): "i", (0, re.IGNORECASE): "-i"}


def _first_letters(items: Any, scope: str = "") -> tuple[set[tuple[str, str]] | None, bool]:
    """(the letters a match of a parsed sequence can start with, None when any letter can; whether the sequence
    can match nothing). A letter comes with the case rule it is read under: the pattern's own (""), or a group's
    ("i" in "(?i:...)", "-i" in "(?-i:...)")."""
    letters: set[tuple[str, str]] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:  # \b, ^, a look-behind: the next item says what the first letter is
            continue
        if op is _sre.LITERAL:
            first, empty = {(scope, chr(av))}, False
        elif op is _sre.IN:
            if not all(o is _sre.LITERAL or (o is _sre.RANGE and a[1] - a[0] < 2000) or a is _DIGIT for o, a in av):
                return None, False  # a negated set, a category of letters (\w): nearly any letter
            first = {(scope, chr(a)) for o, a in av if o is _sre.LITERAL}
            first |= {(scope, chr(c)) for o, a in av if o is _sre.RANGE for c in range(a[0], a[1] + 1)}
            first |= {(scope, r"\d") for o, a in av if a is _DIGIT}  # kept as \d: the digits the pattern means
            empty = False
        elif op is _sre.BRANCH:
            first, empty = set(), False
            for alternative in av[1]:
                f, e = _first_letters(alternative, scope)
                if f is None:
                    return None, False
                first, empty = first | f, empty or e
        elif op is _sre.SUBPATTERN and (av[1], av[2]) in _SCOPES:  # a group, maybe with a case rule of its own
            f, empty = _first_letters(av[3], _SCOPES[(av[1], av[2])] or scope)
            if f is None:
                return None, False
            first = f
        elif op in _REPEATS:
            f, empty = _first_letters(av[2], scope)
            if f is None:
                return None, False
            first, empty = f, empty or av[0] == 0
        elif op is _sre.ATOMIC_GROUP:
            f, empty = _first_letters(av, scope)
            if f is None:
                return None, False
            first = f
        else:  # any character, a back-reference, a group with other flags: no cheap check
            return None, False
        letters |= first
        if not empty:
            return letters, False
    return letters, True


def fast_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with a look-ahead for the letters a match can start with ("(?=[ckn])" before "cụm|khối|
    nhóm ..."): Python's engine tries every alternative at every place in a text, the look-ahead lets it skip
    the places no match starts at in one step. The letters are read from the pattern itself, so a word added
    to it is never left out; a pattern whose first letter can be anything comes back as it is."""
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    first: Any = parsed.data[0] if parsed.data else (_sre.LITERAL, 0)
    if first[0] in _REPEATS:  # "(?:ngày\s+)?": what is repeated starts the pattern
        first = first[1][2].data[0] if first[1][2].data else (_sre.LITERAL, 0)
    if first[0] not in (*_ZERO_WIDTH, _sre.BRANCH, _sre.SUBPATTERN):
        return pattern  # starts with a letter or a set: the engine checks it at each place before the rest
    letters, empty = _first_letters(parsed)
    if not letters or empty:
        return pattern
    sets = []
    for scope in sorted({s for s, _ in letters}):  # each set read under the case rule of its letters
        chars = "".join(c if c == r"\d" else re.escape(c) for c in sorted(c for s, c in letters if s == scope))
        sets.append(f"(?{scope}:[{chars}])" if scope else f"[{chars}]")
    guard = "(?=" + "|".join(sets) + ")"
    try:
        return re.compile(guard + pattern.pattern, pattern.flags)
    except re.error:  # global flags written at its start ("(?i)..."): they must stay first
        return pattern


def squash_spaces(text: str) -> str:
    return _SPACES_TO_SQUASH.sub(" ", text).strip()  # = _SPACE_RE.sub(" ", text).strip()


def squash_lines(text: str) -> list[str]:
    """[squash_spaces(line) for line in text.split("\n")] in one pass of the pattern over the text (a run of
    spaces never holds a line break, so no run spans two lines)."""
    return [line.strip() for line in _SPACES_TO_SQUASH.sub(" ", text).split("\n")]


def has_vietnamese_letters(word: str) -> bool:
    """True when a word carries a letter outside plain ASCII (a diacritic or đ)."""
    return any(ord(c) > 127 for c in word)


# A sentence ends at . ! ? … before a capital, but not after "TP." ("TP. Hồ Chí Minh"), nor after a ward or a
# district written short ("UBND P. Khuê Trung", "Công an Q. Hải Châu", "TX. Buôn Hồ", "H. Krông Pắc", "TT. Phước Bửu").
# The look-behinds all hold at one place, so their order changes nothing matched; the stop is looked for first, as
# it fails at nearly every place (five times faster than the short forms first). They are read after the first space
# (one character wider): the pattern starts with the space, and the engine skips to each space in one step.
_SENTENCE_END = re.compile(
    r"\s(?<=[.!?…][\s\S])(?<!TP\.[\s\S])(?<!Tp\.[\s\S])(?<!TX\.[\s\S])(?<!Tx\.[\s\S])(?<!TT\.[\s\S])(?<![\s(][PQHX]\.[\s\S])\s*(?=[\"“(]?[A-ZĐÀ-Ỹ])"
)


def sentences(text: str) -> list[str]:
    """The sentences of a text, paragraph by paragraph (a list of its own: the caller may change it)."""
    return list(_sentences(text))


@lru_cache(maxsize=512)
def _sentences(text: str) -> tuple[str, ...]:
    """Remembered: an article's lead is cut into sentences by several steps (places, parties, the host)."""
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(s.strip() for s in _SENTENCE_END.split(para) if s.strip())
    return tuple(out)
