"""The word lists in app/lexicon: well-formed files, and contents that the rules rely on."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import lexicon

LISTS = sorted(p.stem for p in lexicon.LEXICON_DIR.glob("*.txt"))
OURS = {
    "abbreviations": lexicon.words,
    "action_verbs": lexicon.words,
    "addressee_phrases": lexicon.words,
    "attach_markers": lexicon.words,
    "cue_content": lexicon.words,
    "cue_modal": lexicon.words,
    "cue_report": lexicon.words,
    "document_number_types": lexicon.pairs,
    "en_vi_glossary": lexicon.pairs,
    "english_words": lexicon.words,
    "follow_up_filler": lexicon.words,
    "function_words": lexicon.words,
    "generic_report_words": lexicon.words,
    "genre_words": lexicon.words,
    "manner_words": lexicon.words,
    "prepositions": lexicon.words,
    "question_words": lexicon.words,
    "synonyms": lexicon.groups,
    "vietnamese_unaccented_common": lexicon.words,
}


def _entry_lines(name: str) -> list[str]:
    text = (lexicon.LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_list_of_the_rules_ships():
    assert set(OURS) <= set(LISTS)


@pytest.mark.parametrize("name", LISTS)
def test_list_is_well_formed(name):
    path = lexicon.LEXICON_DIR / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# "), "a list starts with its header: what it is for, what an entry must be"
    assert unicodedata.normalize("NFC", text) == text, "entries are NFC"
    entries = _entry_lines(name)
    assert entries, "not empty"
    assert all(e == e.strip() for e in entries), "no stray whitespace around an entry"
    assert len(set(entries)) == len(entries), "no duplicates"
    assert lexicon.words(name) == tuple(entries), "loaded in file order"


@pytest.mark.parametrize("name", sorted(OURS))
def test_list_loads_in_its_shape(name):
    loaded = OURS[name](name)
    assert loaded
    if isinstance(loaded, dict):
        assert all(k and v for k, v in loaded.items())
    else:
        assert all(isinstance(e, str | tuple) and e for e in loaded)


def test_function_words_are_function_words():
    words = set(lexicon.words("function_words"))
    assert {"của", "và", "các", "những", "được", "để", "việc"} <= words
    assert not words & {"giao thông", "kinh tế", "đảng", "cán bộ", "phát triển"}
    assert all(len(w.split()) == 1 for w in words), "single syllables: key_terms masks syllables"


def test_question_and_genre_words_carry_no_topic():
    question, genre = set(lexicon.words("question_words")), set(lexicon.words("genre_words"))
    assert {"gì", "thế nào", "ra sao", "what", "which", "the"} <= question
    assert {"báo cáo", "chính trị", "dự thảo", "huyện", "report", "district", "draft"} <= genre
    topics = {"giao thông", "công nghiệp", "đô thị", "transport", "industry", "kim thành"}
    assert not (question | genre) & topics
    assert not question & genre, "each word has one concept"


def test_follow_up_filler():
    filler = set(lexicon.words("follow_up_filler"))
    assert {"còn", "thì sao", "what", "about"} <= filler
    assert not filler & {"giao thông", "công nghiệp", "transport"}


def test_cues():
    assert "cần" in lexicon.words("cue_modal")
    assert "phải" in lexicon.words("cue_modal")
    # longest first in the file is not needed (patterns sort), but "cần thiết phải" must be there whole
    assert "cần thiết phải" in lexicon.words("cue_modal")
    assert {"yêu cầu", "lưu ý"} <= set(lexicon.words("cue_report"))
    assert {"ưu tiên", "chú trọng"} <= set(lexicon.words("cue_content"))
    assert not set(lexicon.words("cue_modal")) & set(lexicon.words("cue_report"))


def test_verbs_manner_attach_addressee_prepositions():
    assert {"xây dựng", "phát triển", "rà soát", "đánh giá"} <= set(lexicon.words("action_verbs"))
    assert "giao thông" not in lexicon.words("action_verbs")
    assert {"nghiêm túc", "quyết liệt", "cụ thể"} <= set(lexicon.words("manner_words"))
    assert {"gắn với", "nhằm", "để", "thông qua"} <= set(lexicon.words("attach_markers"))
    assert {"huyện ủy", "ban thường vụ", "đồng chí", "dự thảo"} <= set(lexicon.words("addressee_phrases"))
    assert {"về", "đối với", "của"} <= set(lexicon.words("prepositions"))


def test_generic_report_words():
    generic = set(lexicon.words("generic_report_words"))
    assert {"phát triển", "kinh tế", "xã hội", "cán bộ"} <= generic
    assert not generic & {"giao thông", "đô thị", "nông nghiệp", "kết nối"}


def test_glossary_maps_english_policy_words():
    glossary = lexicon.pairs("en_vi_glossary")
    assert glossary["transport"] == "giao thông"
    assert glossary["industry"] == "công nghiệp"
    assert glossary["urban"] == "đô thị"
    assert all(k == k.lower() and k.isascii() and " " not in k for k in glossary)


def test_synonym_groups():
    groups = lexicon.groups("synonyms")
    assert all(len(g) >= 2 for g in groups)
    assert all(len(member.split()) <= 4 for g in groups for member in g), "review.MAX_PHRASE is 4"
    assert any({"thế mạnh", "lợi thế"} <= set(g) for g in groups)


def test_language_word_lists():
    english, plain = set(lexicon.words("english_words")), set(lexicon.words("vietnamese_unaccented_common"))
    assert {"the", "what", "transport", "district"} <= english
    assert {"cua", "gi", "huyen", "bao", "cao"} <= plain
    assert all(w.isascii() and w == w.lower() and " " not in w for w in english | plain)
    assert "giao" not in english and "district" not in plain


def test_abbreviations():
    abbreviations = set(lexicon.words("abbreviations"))
    assert {"tp", "tx", "v.v"} <= abbreviations
    assert all(w == w.lower() and not w.endswith(".") for w in abbreviations)


# ---- the loader --------------------------------------------------------------------------------------


@pytest.fixture
def lexicon_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    for f in (lexicon.words, lexicon.pairs, lexicon.groups):
        f.cache_clear()
    yield tmp_path
    for f in (lexicon.words, lexicon.pairs, lexicon.groups):
        f.cache_clear()


def test_loader_skips_header_and_blanks_keeps_order_and_normalises(lexicon_dir):
    decomposed = unicodedata.normalize("NFD", "giao thông")
    (lexicon_dir / "x.txt").write_text(f"# header\n\nb\n# comment\n{decomposed}\n a \n", encoding="utf-8")
    assert lexicon.words("x") == ("b", "giao thông", "a")


def test_loader_rejects_duplicates(lexicon_dir):
    (lexicon_dir / "x.txt").write_text("# header\na\nb\na\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="duplicate"):
        lexicon.words("x")


def test_loader_missing_list(lexicon_dir):
    with pytest.raises(lexicon.LexiconError, match="No word list"):
        lexicon.words("nothing")


def test_pairs_and_groups(lexicon_dir):
    (lexicon_dir / "p.txt").write_text("# h\nroad = đường\nrail = đường sắt\n", encoding="utf-8")
    assert lexicon.pairs("p") == {"road": "đường", "rail": "đường sắt"}
    (lexicon_dir / "bad.txt").write_text("# h\nroad đường\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError):
        lexicon.pairs("bad")
    (lexicon_dir / "g.txt").write_text("# h\na | b c |d\n", encoding="utf-8")
    assert lexicon.groups("g") == (("a", "b c", "d"),)
    (lexicon_dir / "g2.txt").write_text("# h\na | | d\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError):
        lexicon.groups("g2")


def test_a_list_as_a_pattern_matches_whole_entries_the_longest_first() -> None:
    import re

    from app.lexicon import alternation, pattern

    assert alternation(["ban", "ban thường vụ"]).split("|") == [re.escape("ban thường vụ"), "ban"]
    found = pattern("event_nouns").search("Đại hội khai mạc; hội nghị họp")
    assert found is not None and found.group() == "Đại hội"
    assert pattern("amend_words").search("Văn bản nào đã sửa đổi hướng dẫn?").group() == "sửa đổi"
    assert pattern("amend_words").search("sửachữa") is None  # a whole word only
