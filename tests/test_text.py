"""app.text: normalisation, folding, tokens, sentences, language, legacy font encodings."""

from __future__ import annotations

import unicodedata

import pytest

from app.text import (
    Accents,
    accent_map,
    days_named,
    detect_language,
    fold,
    folded_tokens,
    has_diacritics,
    legacy_font_encoding,
    lexical_tokens,
    normalize,
    normalize_inline,
    restore_diacritics,
    split_sentences,
    syllables,
    with_bigrams,
)
from tests.conftest import SEED

# ---- legacy font encodings, built here from real Vietnamese text ----------------------------------------

# TCVN3 (ABC, .VnTime fonts): one 8-bit glyph code per lower-case letter; capitals are the same codes shown
# in a capitals font (.VnTimeH), so a converter writes them with the lower-case code.
# fmt: off
TCVN3 = {
    "à": "µ", "ả": "¶", "ã": "·", "á": "¸", "ạ": "¹",
    "ă": "¨", "ằ": "»", "ẳ": "¼", "ẵ": "½", "ắ": "¾", "ặ": "Æ",
    "â": "©", "ầ": "Ç", "ẩ": "È", "ẫ": "É", "ấ": "Ê", "ậ": "Ë",
    "đ": "®",
    "è": "Ì", "ẻ": "Î", "ẽ": "Ï", "é": "Ð", "ẹ": "Ñ",
    "ê": "ª", "ề": "Ò", "ể": "Ó", "ễ": "Ô", "ế": "Õ", "ệ": "Ö",
    "ì": "×", "ỉ": "Ø", "ĩ": "Ü", "í": "Ý", "ị": "Þ",
    "ò": "ß", "ỏ": "á", "õ": "â", "ó": "ã", "ọ": "ä",
    "ô": "«", "ồ": "å", "ổ": "æ", "ỗ": "ç", "ố": "è", "ộ": "é",
    "ơ": "¬", "ờ": "ê", "ở": "ë", "ỡ": "ì", "ớ": "í", "ợ": "î",
    "ù": "ï", "ủ": "ñ", "ũ": "ò", "ú": "ó", "ụ": "ô",
    "ư": "\u00ad", "ừ": "õ", "ử": "ö", "ữ": "÷", "ứ": "ø", "ự": "ù",
    "ỳ": "ú", "ỷ": "û", "ỹ": "ü", "ý": "ý", "ỵ": "þ",
    "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§",
}
# fmt: on
# VNI: the base letter, then the tone (and the shape of â/ă/ơ/ư) as separate Latin-1 letters.
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_tcvn3(text: str) -> str:
    """Unicode Vietnamese → the characters a TCVN3 document shows (Latin-1 glyph codes)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch)
        else:
            out.append(TCVN3.get(ch) or TCVN3.get(ch.lower(), ch))
    return "".join(out)


def to_vni(text: str) -> str:
    """Unicode Vietnamese → the characters a VNI-Windows document shows."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch)
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        lower = base.lower()
        tone = next((m for m in marks if m in _VNI_TONE), "")
        if lower == "đ":
            piece = "ñ"
        elif lower == "i" and tone:
            piece = _VNI_I[tone]
        elif "\u0302" in marks:
            piece = lower + _VNI_CIRCUMFLEX[tone]
        elif "\u0306" in marks:
            piece = lower + _VNI_BREVE[tone]
        elif "\u031b" in marks:
            piece = {"o": "ô", "u": "ö"}[lower] + (_VNI_TONE[tone] if tone else "")
        else:
            piece = lower + (_VNI_TONE[tone] if tone else "")
        out.append(piece.upper() if base.isupper() else piece)
    return "".join(out)


SENTENCE = (
    "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông do phụ thuộc vào tuyến đường sắt qua địa bàn."
)


def test_encoders_produce_known_legacy_spellings() -> None:
    # spot checks against the published tables, so the detector is tested on real-looking text
    assert to_tcvn3("Hải Dương") == "H¶i D\u00ad¬ng"
    assert to_tcvn3("đường giao thông") == "®\u00adêng giao th«ng"
    assert to_vni("Hải Dương") == "Haûi Döông"
    assert to_vni("Đảng bộ huyện") == "Ñaûng boä huyeän"


# ---- normalisation --------------------------------------------------------------------------------------


def test_normalize_composes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Tứ Kỳ, Thanh Miện")
    assert decomposed != "Tứ Kỳ, Thanh Miện"
    result = normalize(decomposed)
    assert result == "Tứ Kỳ, Thanh Miện"
    assert unicodedata.is_normalized("NFC", result)


def test_normalize_folds_odd_whitespace_and_drops_invisibles() -> None:
    text = "Đồng\u00a0chí\u2009Bí\u202fthư\tTỉnh\u3000ủy\u200b lưu\ufeff ý\u00ad  ,  \r\nđể   xem\r"
    assert normalize(text) == "Đồng chí Bí thư Tỉnh ủy lưu ý ,\nđể xem\n"


def test_normalize_strips_control_characters_even_inside_words() -> None:
    # a NUL inside "tịch" kept the word from ever matching a search (issue 10)
    assert normalize("Chủ t\u0000ịch\x07 huyện\x1b ủy\x7f\x85 Kim\x01 Thành") == "Chủ tịch huyện ủy Kim Thành"
    decomposed = unicodedata.normalize("NFD", "tịch")
    assert normalize(decomposed[:1] + "\x00" + decomposed[1:]) == "tịch"  # the tone joins its letter again
    assert normalize("một\n\x00hai") == "một\nhai"  # line breaks stay


def test_normalize_keeps_line_structure_and_trims_lines() -> None:
    assert normalize("  một\u00a0\n\n\u00a0 hai  \u2028ba") == "một\n\nhai\nba"


def test_normalize_inline_joins_lines() -> None:
    assert (
        normalize_inline("phá bỏ thế\n độc\u00a0đạo\n\nvề giao thông ") == "phá bỏ thế độc đạo về giao thông"
    )


def test_seed_has_nbsp_that_normalize_removes() -> None:
    raw = SEED.read_text(encoding="utf-8")
    assert "\u00a0" in raw  # the premise: the seed really contains non-breaking spaces
    assert "\u00a0" not in normalize(raw)


# ---- diacritics -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Kim Thành giao thông", "Kim Thanh giao thong"),
        ("đường Đảng bộ", "duong Dang bo"),
        ("Tứ Kỳ, Thanh Miện, Nam Sách", "Tu Ky, Thanh Mien, Nam Sach"),
        ("ƯU TIÊN phát triển ĐÔ THỊ", "UU TIEN phat trien DO THI"),
        ("ă â ê ô ơ ư ạ ả ã ặ ẫ ỹ ỵ", "a a e o o u a a a a a y y"),
        (unicodedata.normalize("NFD", "Cẩm Giàng"), "Cam Giang"),
    ],
)
def test_fold_removes_vietnamese_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_has_diacritics() -> None:
    assert has_diacritics("giao thông")
    assert has_diacritics("đ")
    assert not has_diacritics("giao thong 2020")


# ---- tokens ---------------------------------------------------------------------------------------------


def test_syllables_are_lowercase_nfc_words() -> None:
    text = unicodedata.normalize("NFD", "Phá bỏ thế ĐỘC ĐẠO, về giao-thông!")
    assert syllables(text) == ["phá", "bỏ", "thế", "độc", "đạo", "về", "giao", "thông"]


def test_with_bigrams_appends_adjacent_pairs() -> None:
    assert with_bigrams(["giao", "thông", "vận"]) == ["giao", "thông", "vận", "giao_thông", "thông_vận"]
    assert with_bigrams(["một"]) == ["một"]
    assert with_bigrams([]) == []


def test_lexical_tokens_keep_diacritics_and_folded_tokens_drop_them() -> None:
    assert lexical_tokens("Giao thông đô thị") == [
        "giao",
        "thông",
        "đô",
        "thị",
        "giao_thông",
        "thông_đô",
        "đô_thị",
    ]
    assert folded_tokens("Giao thông đô thị") == [
        "giao",
        "thong",
        "do",
        "thi",
        "giao_thong",
        "thong_do",
        "do_thi",
    ]
    # an unaccented query meets the accented text on the folded field only
    assert "giao_thong" in folded_tokens("GIAO THÔNG")
    assert "giao_thong" not in lexical_tokens("GIAO THÔNG")


# ---- sentences ------------------------------------------------------------------------------------------


def test_split_sentences_at_sentence_ends() -> None:
    text = "Huyện cần quy hoạch. Tăng cường kết nối! Có khả thi không? Đạt mục tiêu… Xong"
    assert split_sentences(text) == [
        "Huyện cần quy hoạch.",
        "Tăng cường kết nối!",
        "Có khả thi không?",
        "Đạt mục tiêu…",
        "Xong",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nam Sách trở thành vùng đô thị vệ tinh của TP. Hải Dương trong nhiệm kỳ tới.",
        "Đồng chí gặp TS. Nguyễn Văn An tại TX. Kinh Môn.",
        "Các lĩnh vực kinh tế, văn hóa, v.v. Được quan tâm đúng mức.",
    ],
)
def test_split_sentences_keeps_abbreviations(text: str) -> None:
    assert split_sentences(text) == [text]


def test_split_sentences_list_numbers_are_not_sentences_but_years_end_them() -> None:
    text = "1. Về kinh tế, huyện cần tăng tốc. 2. Về xã hội. Tầm nhìn đến năm 2030. Thường trực lưu ý."
    assert split_sentences(text) == [
        "1. Về kinh tế, huyện cần tăng tốc.",
        "2. Về xã hội.",
        "Tầm nhìn đến năm 2030.",
        "Thường trực lưu ý.",
    ]


def test_split_sentences_needs_a_capital_after_the_stop() -> None:
    # 'đ', 'ư' and other accented lower-case letters sit inside the À-Ỹ range: still no new sentence
    assert split_sentences("Huyện cần quy hoạch xa hơn; đẩy mạnh quản lý; ưu tiên đô thị.") == [
        "Huyện cần quy hoạch xa hơn; đẩy mạnh quản lý; ưu tiên đô thị."
    ]
    assert split_sentences("Quy hoạch xa hơn; Làm tốt quản lý.") == ["Quy hoạch xa hơn;", "Làm tốt quản lý."]


def test_split_sentences_keeps_every_character() -> None:
    # closing quotes and brackets belong to their sentence: pieces rejoin to the original text
    text = 'Đồng chí nói: "Phải làm tốt." (Xem Điều 5.) Huyện đồng ý. «Đột phá.» Tiếp theo.'
    pieces = split_sentences(text)
    assert pieces == [
        'Đồng chí nói: "Phải làm tốt."',
        "(Xem Điều 5.)",
        "Huyện đồng ý.",
        "«Đột phá.»",
        "Tiếp theo.",
    ]
    assert " ".join(pieces) == text


def test_split_sentences_of_a_seed_paragraph() -> None:
    raw = normalize(SEED.read_text(encoding="utf-8"))
    paragraph = next(
        p for p in raw.split("\n\n") if p.startswith("Thường trực Tỉnh ủy lưu ý huyện Kim Thành")
    )
    pieces = split_sentences(paragraph)
    assert len(pieces) == 2
    assert pieces[1].startswith("Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông")
    assert " ".join(pieces) == " ".join(paragraph.split())


def test_split_sentences_of_blank_text() -> None:
    assert split_sentences("  \n ") == []


# ---- language -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?", "vi"),
        ("bao cao chinh tri cua kim thanh can de cap gi ve giao thong", "vi"),
        ("Nam Sách cần ưu tiên phát triển những gì?", "vi"),
        ("huyen nam sach can uu tien phat trien nhung gi", "vi"),
        ("What must Kim Thành's report address about transport?", "en"),
        ("What should the Nam Sach draft say about industry?", "en"),
        ("Which districts must address urban planning?", "en"),
    ],
)
def test_detect_language(question: str, language: str) -> None:
    assert detect_language(question) == language


# ---- legacy font encodings ------------------------------------------------------------------------------


def _seed_text() -> str:
    return normalize(SEED.read_text(encoding="utf-8"))


def test_unicode_vietnamese_is_not_legacy() -> None:
    assert legacy_font_encoding(_seed_text()) is None
    assert legacy_font_encoding(SENTENCE) is None


def test_plain_english_and_short_text_are_not_legacy() -> None:
    assert (
        legacy_font_encoding("The committee asked every district to review its draft report in detail.")
        is None
    )
    assert legacy_font_encoding("H¶i D\u00ad¬ng") is None  # too short to judge


@pytest.mark.parametrize("text", [SENTENCE, _seed_text()])
def test_tcvn3_text_is_detected(text: str) -> None:
    legacy = to_tcvn3(text)
    assert legacy != text
    assert legacy_font_encoding(legacy) == "TCVN3"


@pytest.mark.parametrize("text", [SENTENCE, _seed_text()])
def test_vni_text_is_detected(text: str) -> None:
    legacy = to_vni(text)
    assert legacy != text
    assert legacy_font_encoding(legacy) == "VNI"


@pytest.mark.parametrize(("encode", "name"), [(to_tcvn3, "TCVN3"), (to_vni, "VNI")])
def test_legacy_bytes_read_as_windows_1258_are_still_detected(encode, name) -> None:
    # A legacy .txt file is not UTF-8, so it is decoded as Windows-1258: some glyph codes then become
    # ă, ơ, ư, Đ or combining tones, which must not pass for Unicode Vietnamese.
    data = encode(_seed_text()).encode("latin-1")
    as_cp1258 = normalize(data.decode("cp1258"))
    assert any(ch in as_cp1258 for ch in "ăơưĐƯ")
    assert legacy_font_encoding(as_cp1258) == name


# ---- restoring diacritics from a corpus's own spelling ---------------------------------------------------

TINY = [
    "Người lao động có quyền nghỉ hằng năm.",
    "Bộ luật Lao động quy định thời giờ làm việc.",
    "Phạt tù từ hai năm đến bảy năm.",
    "Hình phạt tử hình được chuyển thành tù chung thân.",
    "Hình phạt tử hình không áp dụng với người dưới 18 tuổi.",
]


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("nguoi lao dong co quyen gi", "người lao động có quyền gi"),  # "gi" is not in the corpus: as typed
        ("Bo luat Lao dong", "Bộ luật Lao động"),  # the case is kept
        ("phat tu tu hai nam", "phạt tù từ hai năm"),  # the likeliest sequence, not each syllable alone
        ("hinh phat tu hinh", "hình phạt tử hình"),  # the bigram with the next syllable decides "tu"
        ("nghỉ hang nam", "nghỉ hằng năm"),  # a syllable typed with diacritics stays
        ("", ""),
    ],
)
def test_diacritics_are_restored_as_the_corpus_spells(typed: str, restored: str) -> None:
    assert restore_diacritics(typed, accent_map(TINY)) == restored


def test_accents_round_trip_through_json() -> None:
    accents = accent_map(TINY)
    again = Accents.from_json(accents.to_json())
    assert again.words == accents.words and again.bigrams == accents.bigrams
    assert set(again.forms["tu"]) == {"tù", "từ", "tử"}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hội nghị ngày 25/4/2025 cho ý kiến", {(25, 4)}),
        ("Chiều 14/10, đồng chí Bí thư chủ trì", {(14, 10)}),
        ("theo Chỉ thị 35-CT/TW ngày 30/5/2019", {(30, 5)}),
        ("(BAG) - Sáng 5-12, hội nghị", {(5, 12)}),  # the number is no day, the date is
        ("Bắc Giang, ngày 7 tháng 5 năm 2025", {(7, 5)}),
        ("tỷ lệ 12,5 %, giãn dòng 1.15, nhiệm kỳ 2020 - 2025", set()),
        ("reviewed by the Standing Committee on 21 November 2024?", {(21, 11)}),
        ("the meeting on November 21st, 2024", {(21, 11)}),
        ("held on the 3rd of May", {(3, 5)}),
        ("which districts may 5 people represent", set()),  # "may" the verb, not the month
        ("Huyen co may 12 xa dat chuan?", set()),  # nor "mấy" typed without its marks
        # the bounds of a day and a month, written either way
        ("từ 1/12 đến 31/1, không phải 32/1 hay 5/13 hay 0/5", {(1, 12), (31, 1)}),
        ("from 1 December to 31 January, not 32 January", {(1, 12), (31, 1)}),
    ],
)
def test_the_days_a_text_names(text: str, days: set[tuple[int, int]]) -> None:
    assert days_named(text) == days
