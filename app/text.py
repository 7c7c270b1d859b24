"""Vietnamese text primitives: normalisation, diacritic folding, tokens, sentences, language."""

from __future__ import annotations

import re
import unicodedata

# Whitespace that Word, web pages and PDFs leave behind; all become a plain space.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
# Invisible characters that only break matching.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MULTI_SPACE = re.compile(r" {2,}")
_WORD = re.compile(r"\w+", re.UNICODE)

# Letters only Vietnamese uses (beyond Latin-1): their presence marks real Unicode Vietnamese.
# (â, ê, ô are Latin-1 and also appear in legacy-font text, so they do not count.)
_VIETNAMESE_LETTERS = set(
    "ăđơưĂĐƠƯ"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĩũĨŨ"
)
# Glyph codes of the legacy TCVN3 (ABC) fonts that no Unicode Vietnamese text uses.
_TCVN3_MARKS = set("¸µ¶·¹¨©ª«¬®¾»¼½ÆÇÌÎÏÑ×ØÜÝæçîþ")
# VNI fonts write tone marks as separate Latin-1 letters after the vowel (aù, aø, aû, aõ, aï) and đ as ñ.
_VNI_PAIR = re.compile(r"[aeiouyAEIOUYâêôÂÊÔ][ùøûõïÙØÛÕÏ]|ñ|ö")


def normalize(text: str) -> str:
    """NFC, odd whitespace folded to spaces, invisible characters dropped, lines trimmed."""
    text = unicodedata.normalize("NFC", text)
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


_ABBREVIATIONS = {"tp", "tx", "ths", "ts", "pgs", "gs", "bs", "ks", "mr", "mrs", "dr", "st", "v.v", "tt", "q"}
_SENTENCE_END = re.compile(r"(?<=[.!?…;])[\"”»)]*\s+(?=[\"“«(\[]?[A-ZÀ-ỸĐ0-9])")


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends (. ! ? … and ';' between clauses), keeping abbreviations like 'TP.' intact."""
    text = " ".join(text.split())
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        candidate = text[start : m.start()].strip()
        last_word = candidate.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last_word in _ABBREVIATIONS or re.fullmatch(r"\d+", last_word):
            continue
        if candidate:
            pieces.append(candidate)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


_EN_WORDS = set(
    "the a an of to in on for about what which who whom how why when where does do did is are was were must "
    "should could would can will report reports district districts say says said mention address and or with "
    "transport transportation industry urban plan goal goals draft guidance province provincial party "
    "political committee its it this that there".split()
)
_VI_PLAIN_WORDS = set(
    "cua gi the nao nhung ve cho va la co khong duoc can phai huyen tinh bao cao chinh tri thi sao "
    "nhu trong viec cac mot nay de voi tu den lam duoc nam".split()
)


def detect_language(text: str) -> str:
    """'vi' or 'en': common English words against accented syllables and common unaccented Vietnamese ones.

    Counting (rather than "any diacritic means Vietnamese") keeps "What must Kim Thành's report say?" English.
    """
    words = syllables(text)
    en = sum(w in _EN_WORDS for w in words)
    vi = sum(has_diacritics(w) or w in _VI_PLAIN_WORDS for w in words)
    return "en" if en > vi else "vi"


def legacy_font_encoding(text: str) -> str | None:
    """'TCVN3' or 'VNI' when the text is Vietnamese typed in a legacy font encoding, else None."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < 20:
        return None
    vietnamese = sum(ch in _VIETNAMESE_LETTERS for ch in text)
    if vietnamese / letters > 0.01:
        return None
    tcvn3 = sum(ch in _TCVN3_MARKS for ch in text) / letters
    vni = len(_VNI_PAIR.findall(text)) / letters
    if max(tcvn3, vni) < 0.02:
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"
