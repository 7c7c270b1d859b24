"""Hải Dương's 12 district-level units (as named in 2020) and their detection in text.

A name matches a syllable at a time: a syllable written with diacritics must match exactly, a syllable
written without any matches the folded name. So "kim thanh" finds Kim Thành, while "thành hạ" does not
find Thanh Hà.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.text import fold, has_diacritics, syllables


@dataclass(frozen=True)
class District:
    name: str  # canonical, as shown to users
    kind: str  # "thành phố" | "thị xã" | "huyện"
    # syllable sequences that name it on their own; the bare name of TP Hải Dương is the province's,
    # so that city only matches with its prefix.
    aliases: tuple[tuple[str, ...], ...]


def _forms(*names: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(syllables(n)) for n in names)


DISTRICTS: tuple[District, ...] = (
    District("TP Hải Dương", "thành phố", _forms("TP Hải Dương", "thành phố Hải Dương", "Hai Duong city")),
    District("TP Chí Linh", "thành phố", _forms("Chí Linh")),
    District("TX Kinh Môn", "thị xã", _forms("Kinh Môn")),
    District("Bình Giang", "huyện", _forms("Bình Giang")),
    District("Cẩm Giàng", "huyện", _forms("Cẩm Giàng")),
    District("Gia Lộc", "huyện", _forms("Gia Lộc")),
    District("Kim Thành", "huyện", _forms("Kim Thành")),
    District("Nam Sách", "huyện", _forms("Nam Sách")),
    District("Ninh Giang", "huyện", _forms("Ninh Giang")),
    District("Thanh Hà", "huyện", _forms("Thanh Hà")),
    District("Thanh Miện", "huyện", _forms("Thanh Miện")),
    District("Tứ Kỳ", "huyện", _forms("Tứ Kỳ")),
)
DISTRICT_NAMES: tuple[str, ...] = tuple(d.name for d in DISTRICTS)
_BY_FOLDED = {fold(d.name).lower(): d.name for d in DISTRICTS}

# Words that make a paragraph speak of districts in general ("các huyện", "mỗi huyện"): it inherits none.
_GENERAL = re.compile(r"\b(các|mỗi|từng|những) (huyện|địa phương|đơn vị)\b|\btoàn tỉnh\b", re.IGNORECASE)


def _syllable_matches(written: str, expected: str) -> bool:
    if written == expected:
        return True
    return not has_diacritics(written) and written == fold(expected)


def find_districts(text: str) -> tuple[str, ...]:
    """Canonical names of the districts the text names, in order of first mention."""
    words = syllables(text)
    found: dict[str, int] = {}
    for district in DISTRICTS:
        for alias in district.aliases:
            n = len(alias)
            for i in range(len(words) - n + 1):
                if all(_syllable_matches(words[i + j], alias[j]) for j in range(n)):
                    # first mention over all aliases ("thành phố Hải Dương … TP Hải Dương")
                    found[district.name] = min(i, found.get(district.name, i))
                    break
    return tuple(sorted(found, key=found.__getitem__))


def canonical_district(name: str) -> str | None:
    """Resolve a user-typed district name ('kim thanh', 'TP Chí Linh', 'Tứ Kỳ') to its canonical name."""
    if not name or not name.strip():
        return None
    hits = find_districts(name)
    if hits:
        return hits[0]
    return _BY_FOLDED.get(fold(" ".join(syllables(name))))


def speaks_generally(text: str) -> bool:
    """True when the text addresses districts in general rather than continuing one district's section."""
    return bool(_GENERAL.search(text))


def assign_districts(texts: list[str]) -> list[tuple[tuple[str, ...], bool]]:
    """For consecutive paragraphs: (districts, inherited) each.

    A paragraph that names no district and does not speak generally continues the section before it and
    inherits that section's district — only when the section is about exactly one district (a paragraph
    naming several is an overview, not a section).
    """
    out: list[tuple[tuple[str, ...], bool]] = []
    section: str | None = None
    for text in texts:
        named = find_districts(text)
        if named:
            out.append((named, False))
            section = named[0] if len(named) == 1 or _leads_with(text, named[0]) else None
        elif section and not speaks_generally(text):
            out.append(((section,), True))
        else:
            out.append(((), False))
            if speaks_generally(text):
                section = None
    return out


def _leads_with(text: str, district: str) -> bool:
    """True if the paragraph is introduced as about `district` (the only one its first sentence names)."""
    first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    named = find_districts(first_sentence)
    return len(named) == 1 and named[0] == district
