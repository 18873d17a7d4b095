"""Injected SEO spam: find ASCII phrases repeated through a Vietnamese text, put back the word they replaced.

A defacement typically swaps one common word for a phrase without diacritics ("học" became "lich truyen
hinh truc tiep bong da" in seed 001). The replaced word is inferred from the neighbours the phrase has in
clean parts of the same document (the title is usually left alone): the word that most often stands
between those neighbours elsewhere in the text wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_WORD = re.compile(r"[A-Za-z]+")
MIN_RUN = 4  # shorter ASCII runs occur in honest Vietnamese ("cho con em")
MIN_REPEATS = 3
MIN_SINGLE_RUN = 7  # a phrase this long is spam even when it appears once


@dataclass(frozen=True)
class SpamResult:
    text: str
    title: str
    phrases: tuple[str, ...]
    replacement: str | None

    @property
    def found(self) -> bool:
        return bool(self.phrases)


def _ascii_runs(text: str) -> list[tuple[int, int, str]]:
    """Maximal runs of lowercase ASCII words (first may be capitalised): (start, end, phrase)."""
    runs: list[tuple[int, int, str]] = []
    words = list(_WORD_RE.finditer(text))
    i = 0
    while i < len(words):
        j = i
        while (
            j < len(words)
            and _ASCII_WORD.fullmatch(words[j].group())
            and (words[j].group().islower() or (j == i and words[j].group()[1:].islower()))
            and (j == i or text[words[j - 1].end() : words[j].start()] == " ")
        ):
            j += 1
        if j - i >= MIN_RUN:
            runs.append((words[i].start(), words[j - 1].end(), text[words[i].start() : words[j - 1].end()]))
            i = j
        else:
            i += 1
    return runs


# "(?<![^\W\d_])[A-Za-z]...", its look-behind read after the first letter (two characters wide): the pattern starts with
# the set, and the engine skips to each ASCII letter in one step
_CANDIDATE = re.compile(rf"[A-Za-z](?<![^\W\d_][\s\S])[a-z]*(?: [a-z]+){{{MIN_RUN - 1},}}(?![^\W\d_])")
# What every candidate holds (the last letter of its first word, then its next words): a pattern that starts with a
# set is scanned for in C, one that starts with a look-behind is tried at every place; most texts have neither.
_CANDIDATE_HINT = re.compile(r"[A-Za-z]" + r" [a-z]+" * (MIN_RUN - 2) + " [a-z]")


def find_spam_phrases(text: str) -> list[str]:
    if not (_CANDIDATE_HINT.search(text) and _CANDIDATE.search(text)):  # no run of plain ASCII words at all
        return []
    words = _WORD_RE.findall(text)
    if not words:
        return []
    accented = sum(1 for w in words if not w.isascii())  # a letter past ASCII: a diacritic or đ
    if accented / len(words) < 0.25:
        return []  # a text written without diacritics: ASCII runs are its normal state
    counts = Counter(phrase.lower() for _, _, phrase in _ascii_runs(text))
    found: list[str] = []
    for phrase, n in counts.most_common():
        n_words = phrase.count(" ") + 1
        if n >= MIN_REPEATS or n_words >= MIN_SINGLE_RUN:
            found.append(phrase)
    return _common_core(found, text)


def _common_core(phrases: list[str], text: str) -> list[str]:
    """Runs that glue the phrase to an honest ASCII neighbour ("... bong da tap") share one core phrase."""
    if len(phrases) < 2:
        return phrases
    shortest = min(phrases, key=len)
    if all(shortest in p for p in phrases):
        return [shortest]
    return phrases


def _phrase_re(phrases: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def _neighbour(fragment: str, side: str) -> str | None:
    """The word touching the phrase on one side, unless punctuation stands between them."""
    fragment = fragment[-40:] if side == "before" else fragment[:40]
    m = re.search(r"([^\W\d_]+)[ \t]*$", fragment) if side == "before" else re.match(r"[ \t]*([^\W\d_]+)", fragment)
    return m.group(1).lower() if m else None


def infer_replacement(texts: list[str], pattern: re.Pattern[str]) -> str | None:
    """The word that most often stands, elsewhere in the text, between the neighbours the phrase has."""
    contexts: list[tuple[str | None, str | None]] = []
    clean_parts: list[str] = []
    for text in texts:
        last = 0
        for m in pattern.finditer(text):
            contexts.append((_neighbour(text[: m.start()], "before"), _neighbour(text[m.end() :], "after")))
            clean_parts.append(text[last : m.start()])
            last = m.end()
        clean_parts.append(text[last:])
    following: dict[str, Counter[str]] = {}
    preceding: dict[str, Counter[str]] = {}
    # only the words after a phrase's neighbour before it, and before its neighbour after it, are read below: the
    # others' counts are not kept (each kept count the same, its words in the same order)
    before = {prev for prev, _ in contexts if prev}
    after = {nxt for _, nxt in contexts if nxt}
    for part in clean_parts:
        for segment in re.split(r"[^\w \t]+", part):  # bigrams never cross punctuation
            words = [w.lower() for w in _WORD_RE.findall(segment)]
            for a, b in zip(words, words[1:], strict=False):
                if a in before:
                    following.setdefault(a, Counter())[b] += 1
                if b in after:
                    preceding.setdefault(b, Counter())[a] += 1
    both: Counter[str] = Counter()
    one_side: Counter[str] = Counter()
    for prev, nxt in contexts:
        after_prev = following.get(prev, Counter()) if prev else Counter()
        before_next = preceding.get(nxt, Counter()) if nxt else Counter()
        both.update(set(after_prev) & set(before_next))
        one_side.update(after_prev)
        one_side.update(before_next)
    for votes in (both, one_side):
        if votes:
            word, score = votes.most_common(1)[0]
            if score >= 2:
                return word
    return None


def repair_spam(title: str, text: str) -> SpamResult:
    phrases = find_spam_phrases(title + "\n" + text)
    if not phrases:
        return SpamResult(text, title, (), None)
    pattern = _phrase_re(phrases)
    word = infer_replacement([title, text], pattern)

    def _sub(m: re.Match[str]) -> str:
        if word is None:
            return ""
        return word.capitalize() if m.group(0)[0].isupper() else word

    fixed_text = re.sub(r"[ \t]{2,}", " ", pattern.sub(_sub, text))
    fixed_title = re.sub(r"[ \t]{2,}", " ", pattern.sub(_sub, title))
    return SpamResult(fixed_text, fixed_title, tuple(phrases), word)
