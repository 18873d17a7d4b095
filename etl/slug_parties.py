"""The parties an address's slug names, for a page whose text names none.

An excerpt that starts mid-article ("Theo quy chế, hai bên sẽ ...") may name its signatories only in its URL:
"/so-ngoai-vu-va-bo-chi-huy-quan-su-tinh-gia-lai-ky-ket-quy-che-phoi-hop-post568661.html" is the headline without
its diacritics. The words the reference tables know (bodies' heads, their abbreviations, places and their kind
words) are written back as the tables write them, so the sentence can be read like a title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from etl.parties import Party, PlaceContext, _heads, as_written
from etl.places import Gazetteer
from etl.reference import load_table
from etl.roles import has_verb, parties_with_roles
from etl.text import fold

# the words around bodies that say who acts, written back so roles can read the slug as a sentence; the longer
# phrase first wins ("nhiem ky" before "ky")
_GRAMMAR = (
    "ký kết",
    "kí kết",
    "ký",
    "và",
    "với",
    "giữa",
    "tổ chức",
    "phối hợp",
    "quy chế",
    "chương trình",
    "hội nghị",
    "sơ kết",
    "tổng kết",
    "giao ban",
    "chủ trì",
    "khu vực",
    "nhiệm kỳ",
    "giai đoạn",
    "năm",
    "cấp",  # "cong an cap xa": a tier of bodies ("Công an cấp xã"), which names none
)
_KINDS = ("tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_MAX_WORDS = 12


def _key(written: str) -> tuple[str, ...]:
    return tuple(re.split(r"[^a-z0-9]+", fold(written)))


@cache
def _vocabulary() -> dict[tuple[str, ...], str]:
    """Folded word sequences and how the reference tables write them."""
    words: dict[tuple[str, ...], str] = {}

    def add(written: str, one_word: bool = False) -> None:
        key = tuple(w for w in _key(written) if w)
        # one folded syllable is many words ("bao": "Báo", "bảo"; "tu": "TƯ", "tư"): only an abbreviation of
        # three letters or more ("UBND", "VKSND") or a joining word stands alone
        alone = one_word or (written.isupper() and len(written) >= 3)
        if key and len(key) <= _MAX_WORDS and (len(key) > 1 or alone):
            words.setdefault(key, written)

    for row in load_table("org_heads.csv"):
        add(row["head"])
    for row in load_table("org_aliases.csv"):
        if re.fullmatch(r"[\w .-]+", row["alias"]):  # "UBND", "Hội LHPN"; not "NN&PTNT", split apart in a slug
            add(row["alias"])
    for row in load_table("districts.csv"):
        add(row["district"])
    for row in load_table("admin_units.csv"):
        add(row["name"])
    for row in load_table("province_variants.csv"):
        if re.fullmatch(r"[\w ]+", row["variant"]):  # "TPHCM"
            add(row["variant"])
    for written in _GRAMMAR + _KINDS:
        add(written, one_word=True)
    return words


def _slug_words(url: str | None) -> list[str]:
    """The words of the address's last path segment, without its article number ("post568661", "192471")."""
    segment = re.sub(r"[?#].*$", "", url or "").rstrip("/").rsplit("/", 1)[-1]
    segment = re.sub(r"\.\w{2,5}$", "", segment)
    words = [w for w in re.split(r"[-_.+]+", segment.lower()) if w]
    return [w for w in words if w.isalpha() or (w.isdigit() and len(w) <= 2)]


def slug_text(url: str | None) -> str:
    """The address's slug words as one folded line ("cum thi dua so 4 cong an xa tong ket"): a headline the page
    did not keep, for patterns that read it."""
    return " ".join(_slug_words(url))


def slug_sentence(url: str | None) -> str:
    """The slug as a sentence, the words the tables know written back ("so ngoai vu va bo chi huy quan su tinh
    gia lai ky ket" -> "Sở Ngoại vụ và Bộ Chỉ huy Quân sự tỉnh Gia Lai ký kết"); a run of other words, which
    without diacritics cannot be told apart, becomes a stop (";")."""
    words = _slug_words(url)
    vocabulary = _vocabulary()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            written = vocabulary.get(tuple(words[i : i + n]))
            if written:
                out.append(written)
                i += n
                break
        else:
            if words[i].isdigit():
                out.append(words[i])  # a number reads the same folded ("khu vực 1", "3 huyện")
            elif not out or out[-1] != ";":
                out.append(";")  # a word the tables do not know: no part of a name, it ends what came before
            i += 1
    return " ".join(out)


def parties_in_address(url: str | None, ctx: PlaceContext, gaz: Gazetteer) -> list[Party]:
    """The signatories or organisers the slug names, when it names at least one body the tables know."""
    sentence = slug_sentence(url)
    if len(sentence.split()) < 4:
        return []  # no slug worth reading ("DispForm.aspx?ID=128")
    if not has_verb(sentence):
        return []  # "vksnd tinh a thuc hien tot phong trao thi dua": a body praised, not one that signs or meets
    found = [
        p
        for p, role in parties_with_roles(sentence, ctx, gaz)
        # a cluster's description is not in a slug; a bare place ("Tây Ninh tổ chức") names no body
        if role in ("signatory", "organiser") and p.type != "other" and p.head
    ]
    return [replace(p, name=as_written(p.name, sentence)) for p in found]  # "VKSND tỉnh ..." as the slug writes it


_SLUG_MAX_TAIL = 8  # words of the slug after a cluster's name that may say whose cluster it is


def cluster_named_in_address(parties: list[Party], url: str | None, text: str) -> list[Party]:
    """A cluster the text names bare ("Cụm Thi đua số 1") that the address names with whose it is: a page whose
    title was not kept has the headline in its slug ("/cum-thi-dua-so-1-vksnd-tinh-an-giang-binh-xet-..."). The
    longest run of the slug's next words that the text writes, from a capitalised word ("VKSND tỉnh An Giang"),
    is added as the text writes it; words the text does not write ("binh xet") end it."""
    if not any(p.type == "other" and "(" not in p.name for p in parties):
        return parties  # no bare cluster to name: the slug and the text are not read
    words = _slug_words(url)
    if not words:
        return parties
    folded = fold(text)
    if len(folded) != len(text):
        return parties
    out: list[Party] = []
    for p in parties:
        key = [w for w in _key(p.name) if w]
        at = next((i for i in range(len(words) - len(key)) if words[i : i + len(key)] == key), None)
        if p.type != "other" or "(" in p.name or at is None:
            out.append(p)
            continue
        tail = words[at + len(key) : at + len(key) + _SLUG_MAX_TAIL]
        written = ""
        for n in range(len(tail), 1, -1):  # two words at least: one folded syllable is many words
            pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, tail[:n])) + r"(?!\w)"
            m = re.search(pattern, folded)
            # whose cluster it is: a body's head ("Công an", "Hội Nông dân") or an abbreviation ("VKSND")
            if m and (_heads()[0].match(text, m.start()) or re.match(r"[A-ZĐ]{3,}\b", text[m.start() :])):
                written = text[m.start() : m.end()]
                break
        out.append(replace(p, name=f"{p.name} {written}") if written else p)
    return out
