"""Vietnamese text primitives: normalisation, diacritic folding, tokens, sentences, language."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from app import lexicon

# Whitespace that Word, web pages and PDFs leave behind; all become a plain space.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
# Invisible characters that only break matching.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Control characters (NUL, BEL, ESC, DEL, C1 …) a broken export leaves, even inside words ("Chủ t\x00ịch"):
# dropped, so the word matches again. Tab, line feed, vertical tab, form feed and CR are handled as spaces
# and line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MULTI_SPACE = re.compile(r" {2,}")
_WORD = re.compile(r"\w+", re.UNICODE)

# Letters only Vietnamese uses (beyond Latin-1): their presence marks real Unicode Vietnamese.
# (â, ê, ô are Latin-1 and also appear in legacy-font text, so they do not count.)
_VIETNAMESE_LETTERS = set(
    "ăđơưĂĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĩũĨŨ"
)
# Glyph codes of the legacy TCVN3 (ABC) fonts that no Unicode Vietnamese text uses.
_TCVN3_MARKS = set("¸µ¶·¹¨©ª«¬®¾»¼½ÆÇÌÎÏÑ×ØÜÝæçîþ")
# VNI fonts write tone marks as separate Latin-1 letters after the vowel (aù, aø, aû, aõ, aï) and đ as ñ.
_VNI_PAIR = re.compile(r"[aeiouyAEIOUYâêôÂÊÔ][ùøûõïÙØÛÕÏ]|ñ|ö")


def normalize(text: str) -> str:
    """NFC, odd whitespace folded to spaces, invisible and control characters dropped, lines trimmed."""
    # controls go first: a tone mark after a NUL composes with its letter only once the NUL is gone
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    lines = [_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def normalize_inline(text: str) -> str:
    """normalize() and join lines: for comparing and matching snippets."""
    return " ".join(normalize(text).split())


def fold(text: str) -> str:
    """Remove Vietnamese diacritics: 'Kim Thành giao thông' → 'Kim Thanh giao thong'."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.replace("đ", "d").replace("Đ", "D"))


def has_diacritics(text: str) -> bool:
    """True if folding would change the text."""
    return fold(text) != text


def syllables(text: str) -> list[str]:
    """Lower-cased NFC syllables (Vietnamese words are written as space-separated syllables)."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def with_bigrams(tokens: list[str]) -> list[str]:
    """Tokens plus adjacent-token bigrams ('giao thông' → giao, thông, giao_thông)."""
    return tokens + [f"{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def lexical_tokens(text: str) -> list[str]:
    """Exact field: syllables and bigrams, diacritics kept."""
    return with_bigrams(syllables(text))


def folded_tokens(text: str) -> list[str]:
    """Folded field: syllables and bigrams without diacritics, so unaccented queries match."""
    return with_bigrams(syllables(fold(text)))


@dataclass(frozen=True)
class Accents:
    """How often a corpus writes each syllable and bigram (lower case, NFC): the spellings an unaccented
    syllable can stand for there, and how likely each is."""

    words: dict[str, int]  # "luật" → count
    bigrams: dict[str, int]  # "bộ luật" → count
    forms: dict[str, tuple[str, ...]] = field(init=False, repr=False)  # "luat" → ("luật", "lụt")
    total: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        forms: dict[str, list[str]] = {}
        for word in sorted(self.words, key=lambda w: -self.words[w]):
            forms.setdefault(fold(word), []).append(word)
        object.__setattr__(self, "forms", {k: tuple(v) for k, v in forms.items()})
        object.__setattr__(self, "total", sum(self.words.values()) or 1)

    def to_json(self) -> dict[str, dict[str, int]]:
        return {"words": self.words, "bigrams": self.bigrams}

    @classmethod
    def from_json(cls, data: dict[str, dict[str, int]]) -> Accents:
        return cls(dict(data["words"]), dict(data["bigrams"]))


def accent_map(texts: Iterable[str]) -> Accents:
    """Count the syllables and syllable bigrams of `texts`, as written."""
    words: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for text in texts:
        accented = syllables(text)
        words.update(accented)
        bigrams.update(f"{a} {b}" for a, b in zip(accented, accented[1:], strict=False))
    return Accents(dict(words), dict(bigrams))


# Stupid backoff (Brants et al. 2007): an unseen bigram scores its second syllable's frequency times this.
_BACKOFF = 0.4


def restore_diacritics(text: str, accents: Accents) -> str:
    """Put back the diacritics of unaccented syllables: the spelling sequence the corpus makes most likely.

    Each unaccented syllable may stand for any spelling the corpus folds to it; the sequence with the highest
    bigram likelihood (stupid backoff to syllable frequency) wins (Viterbi). A syllable the corpus does not
    know, or one typed with diacritics, stays as typed; so does the case.
    """
    matches = list(_WORD.finditer(text))
    if not matches:
        return text
    typed = [m.group().lower() for m in matches]
    candidates = [(w,) if has_diacritics(w) else accents.forms.get(w, (w,)) for w in typed]

    def unigram(word: str) -> float:
        return math.log((accents.words.get(word, 0) + 0.5) / accents.total)

    def transition(a: str, b: str) -> float:
        count = accents.bigrams.get(f"{a} {b}", 0)
        return math.log(count / accents.words[a]) if count else math.log(_BACKOFF) + unigram(b)

    # per position: each spelling → (log-likelihood of the best sequence ending in it, that sequence)
    best: list[dict[str, tuple[float, tuple[str, ...]]]] = [{w: (unigram(w), (w,)) for w in candidates[0]}]
    for options in candidates[1:]:
        previous = best[-1]
        best.append(
            {
                b: max((score + transition(a, b), path + (b,)) for a, (score, path) in previous.items())
                for b in options
            }
        )
    _, path = max(best[-1].values())
    pieces: list[str] = []
    end = 0
    for m, word in zip(matches, path, strict=True):
        pieces.append(text[end : m.start()] + _same_case(word, m.group()))
        end = m.end()
    return "".join(pieces) + text[end:]


def _same_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_ABBREVIATIONS = set(lexicon.words("abbreviations"))
_SENTENCE_END = re.compile(r"(?<=[.!?…;])([\"”»)]*)\s+(?=[\"“«(\[]?[A-ZÀ-ỸĐ0-9])")


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends (. ! ? … and ';' between clauses), keeping abbreviations like 'TP.' intact."""
    text = " ".join(text.split())
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.end() :].lstrip('"“«([')[:1].islower():
            continue  # À-Ỹ spans lower-case letters too (đ, ư, ạ…): a sentence starts with a capital or digit
        candidate = text[start : m.end(1)].strip()  # closing quotes and brackets stay with their sentence
        last_word = candidate.rsplit(" ", 1)[-1].rstrip(".").lower()
        # "TP. Hải Dương", "1. Về kinh tế" do not end a sentence; a year ("đến năm 2030.") does
        if last_word in _ABBREVIATIONS or re.fullmatch(r"\d{1,3}", last_word):
            continue
        if candidate:
            pieces.append(candidate)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


_EN_WORDS = frozenset(lexicon.words("english_words"))
_VI_PLAIN_WORDS = frozenset(lexicon.words("vietnamese_unaccented_common"))


_VIETNAMESE_FINALS = re.compile(r"^[a-z]*?(?:[aeiouy]|c|ch|m|n|ng|nh|p|t)$")
_FOREIGN_LETTERS = re.compile(r"[fjwz]")


def _looks_english(word: str) -> bool:
    """An unaccented word Vietnamese spelling cannot produce (f/j/w/z, or a final like -s, -d, -r, -l)."""
    if word in _EN_WORDS:
        return True
    if not word.isascii() or not word.isalpha() or len(word) < 2:
        return False
    return bool(_FOREIGN_LETTERS.search(word)) or not _VIETNAMESE_FINALS.match(word)


def detect_language(text: str) -> str:
    """'vi' or 'en': English-looking words against accented syllables and common unaccented Vietnamese ones.

    Counting (rather than "any diacritic means Vietnamese") keeps "What must Kim Thành's report say?" English.
    """
    words = syllables(text)
    en = sum(_looks_english(w) for w in words)
    vi = sum(has_diacritics(w) or w in _VI_PLAIN_WORDS for w in words)
    return "en" if en > 0 and en >= vi else "vi"


def legacy_font_encoding(text: str) -> str | None:
    """'TCVN3' or 'VNI' when the text is Vietnamese typed in a legacy font encoding, else None."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < 20:
        return None
    vietnamese = sum(ch in _VIETNAMESE_LETTERS for ch in text)
    tcvn3 = sum(ch in _TCVN3_MARKS for ch in text)
    vni = len(_VNI_PAIR.findall(text))
    # A legacy .txt file is decoded as Windows-1258, which turns some of its glyph codes into ă, ơ, ư, Đ or
    # combining tones: so the text is Unicode Vietnamese when such letters outnumber the legacy glyph codes.
    if vietnamese >= max(tcvn3, vni) or max(tcvn3, vni) / letters < 0.02:
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"


# English policy vocabulary → Vietnamese, so English questions can match Vietnamese text lexically
# (retrieval query expansion, answer scoring): app/lexicon/en_vi_glossary.txt.
EN_VI_GLOSSARY: dict[str, str] = dict(lexicon.pairs("en_vi_glossary"))


def glossary_terms(text: str) -> list[str]:
    """Vietnamese equivalents of the English policy words in `text` (empty for Vietnamese text)."""
    return [EN_VI_GLOSSARY[w] for w in syllables(text) if w in EN_VI_GLOSSARY]


# Dates as documents write them: "12/03/2020", "12-3-2020", "ngày 12 tháng 3 năm 2020", and, when the year is
# known from the document, "Ngày 12.3" / "ngày 12 tháng 3".
_DMY_FULL = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})\b")
_DM = re.compile(r"\b(\d{1,2})\s*[/.]\s*(\d{1,2})\b(?!\s*[/.\-]\s*\d)")
_VN_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?", re.IGNORECASE)


# "Sáng 5-12, …": a newspaper's day-month with a dash, for days_named only (first_date would take ranges)
_DM_DASHED = re.compile(r"\b(\d{1,2})-(\d{1,2})\b(?!\s*[/.\-]\s*\d)")


# an English question's dates: "21 November 2024", "on November 21", "21st of Nov."
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = rf"({'|'.join(_EN_MONTHS)})[a-z]*\.?"
_EN_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}(?!\w)", re.IGNORECASE)
_EN_MONTH_DAY = re.compile(rf"\b{_EN_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)


def days_named(text: str) -> set[tuple[int, int]]:
    """The (day, month) of every date the text states, with or without its year: "25/4/2025", "14/10",
    "5-12", "ngày 7 tháng 5", "21 November 2024", "November 21"."""
    found: set[tuple[int, int]] = set()
    for pattern in (_DMY_FULL, _VN_DATE, _DM, _DM_DASHED):
        for m in pattern.finditer(text):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12:
                found.add((day, month))
    for pattern, day_group in ((_EN_DAY_MONTH, 1), (_EN_MONTH_DAY, 2)):
        for m in pattern.finditer(text):
            name = m.group(3 - day_group)
            day, month = int(m.group(day_group)), _EN_MONTHS.index(name.lower()) + 1
            # "may" is a modal verb, or unaccented "mấy": the month only as "May"
            if 1 <= day <= 31 and (name.lower() != "may" or name == "May"):
                found.add((day, month))
    return found


def first_date(text: str, default_year: int | None = None) -> tuple[int, int, int] | None:
    """(year, month, day) of the first date the text states; a date without its year only when
    `default_year` is given (the year of the document it comes from)."""
    patterns = (_DMY_FULL, _VN_DATE, _DM) if default_year else (_DMY_FULL, _VN_DATE)
    best: tuple[int, tuple[int, int, int]] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            day, month = int(m.group(1)), int(m.group(2))
            year_text = m.group(3) if m.lastindex and m.lastindex >= 3 else None
            year = int(year_text) if year_text else default_year
            if year and 1 <= day <= 31 and 1 <= month <= 12:
                if best is None or m.start() < best[0]:
                    best = (m.start(), (year, month, day))
                break
    return best[1] if best else None
