"""Place names: the gazetteer (a data file) and the one way names are found, stripped and replaced in text.

**Data.** The gazetteer is a JSON file: `units`, each with a `name` (canonical, shown to users), a `kind`
("huyện", "thị xã", "phường", …) and `aliases` (every form that names it on its own in running text; its
`_comment` says how to add one). The default, `app/data/gazetteer_hai_duong_2020.json`, holds Hải Dương's 12
district-level units as named in 2020; `DUTHAO_GAZETTEER` (settings.gazetteer) points to another file.

**Matching.** A name matches a syllable at a time: a syllable written with diacritics must match exactly, a
syllable written without any matches the folded name (case and the punctuation between syllables do not
matter). So "kim thanh" finds Kim Thành, while "thành hạ" does not find Thanh Hà. That rule makes each alias
syllable a two-way alternative, `(?:thành|thanh)`, so every alias of every place compiles into ONE regex,
longest alias first: `find` is one pass over the text, linear in its length whatever the number of places
(issue 10: one search per alias per paragraph spent 85 of 86 s of a 5 MB document). Names do not overlap:
at a position the longest alias wins, and the scan resumes after it. `strip` and `replace` use the same
pattern, so ingest, retrieval, answers and review all agree on what names a place.

**One gazetteer per process.** Places are read deep inside ingest, structure, requirements, retrieval,
answers and review, mostly by functions that take only text. Passing a Gazetteer through all of them would
change a dozen signatures to carry one value that never changes while the process runs (one deployment
serves one province). So, like the word lists of app/lexicon, the gazetteer is process-wide: the entry
points (`build_assistant`, the CLI) call `use_gazetteer(settings.gazetteer)` before anything else; until
then the default file is used. The module functions (`find`, `strip`, `replace`, `canonical`, `names`,
`kind`, `is_overview`) read the active one; a `Gazetteer` object offers the same methods for code and tests
that want a specific one.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app import lexicon
from app.errors import ConfigError
from app.text import EN_VI_GLOSSARY, fold, has_diacritics, syllables

DEFAULT_GAZETTEER = Path(__file__).resolve().parent / "data" / "gazetteer_hai_duong_2020.json"

# A passage naming this many places or more is an overview (a list of the units it comments on), not
# something addressed to each of them: it scopes no requirement and earns a place a smaller boost.
OVERVIEW_MIN = 3

_WORD = re.compile(r"\w+")  # a syllable, as app.text.syllables splits them


@dataclass(frozen=True)
class Place:
    name: str  # canonical, as shown to users
    kind: str  # "thành phố" | "thị xã" | "huyện" in the default file; any word a gazetteer uses
    aliases: tuple[str, ...]  # as written in the file, with diacritics


def _syllable_pattern(syllable: str) -> str:
    """A syllable as typed exactly, or without any diacritics."""
    if not has_diacritics(syllable):
        return re.escape(syllable)
    return f"(?:{re.escape(syllable)}|{re.escape(fold(syllable))})"


def _case_like(word: str, model: str) -> str:
    if len(model) > 1 and model.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


# The place-and-date line of an official document ("Mỹ Tho, ngày 10 tháng 7 năm 2025", "Quy Nhơn, ngày …"):
# the place a document was signed in, which its letterhead states whatever the document is about
_PLACE_DATE_LINE = re.compile(r"\s*,\s*(?:ngày|ngay)\s*(?:\d|\.\.|…)", re.IGNORECASE)


class Gazetteer:
    """A set of places and the compiled pattern that finds their names in text."""

    def __init__(self, places: Sequence[Place], source: str = "") -> None:
        self.places = tuple(places)
        self.source = source
        self._by_name = {p.name: p for p in self.places}
        self._by_folded: dict[str, str] = {}
        for p in self.places:
            self._by_folded.setdefault(fold(" ".join(syllables(p.name))), p.name)
        forms = [(alias, p.name) for p in self.places for alias in p.aliases]
        # longest first: at one position "thành phố Hải Dương" wins over any shorter alias it starts with
        forms.sort(key=lambda f: (-len(syllables(f[0])), -len(f[0])))
        self._owner = [name for _, name in forms]  # capturing group i + 1 → place name
        self._written = [_WORD.findall(alias) for alias, _ in forms]  # group i + 1 → syllables as in the file
        alternatives = "|".join(
            "(" + r"\W+".join(_syllable_pattern(w) for w in syllables(alias)) + ")" for alias, _ in forms
        )
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        kinds = sorted({p.kind.lower() for p in self.places} | {"địa phương", "đơn vị"}, key=len)[::-1]
        self._general = re.compile(
            rf"\b(các|mỗi|từng|những) ({'|'.join(map(re.escape, kinds))})\b|\btoàn tỉnh\b", re.IGNORECASE
        )

    @property
    def fingerprint(self) -> str:
        """Short hash of the places, their kinds and aliases: an index built with other places is stale."""
        data = repr([(p.name, p.kind, tuple(p.aliases)) for p in self.places])
        return hashlib.sha1(data.encode("utf-8")).hexdigest()[:8]

    def names(self) -> tuple[str, ...]:
        """Canonical names, in file order."""
        return tuple(p.name for p in self.places)

    def kind(self, name: str) -> str:
        """What the place is ("huyện", "thành phố", …); KeyError for a name not in the gazetteer."""
        return self._by_name[name].kind

    def _mentions(self, text: str) -> Iterable[re.Match[str]]:
        return self._pattern.finditer(unicodedata.normalize("NFC", text))

    def _group(self, m: re.Match[str]) -> int:
        """Which alias matched: every alternative of the pattern is one capturing group."""
        return (m.lastindex or 1) - 1

    def find(self, text: str) -> tuple[str, ...]:
        """Canonical names of the places the text names, in order of first mention. A name right after a
        thing named after the place ("Khu kinh tế Nghi Sơn", "sông Thái Bình") names that thing."""
        found: dict[str, None] = {}
        text = _vietnamese_unit_first(unicodedata.normalize("NFC", text))
        for m in self._mentions(text):
            # only the words just before the name: a search from the text's start would make find quadratic
            if _named_thing_before().search(text, max(0, m.start() - NAMED_THING_CHARS), m.start()):
                continue
            if _PLACE_DATE_LINE.match(text, m.end()):  # "Mỹ Tho, ngày 10 tháng 7 …": where it was signed
                continue
            found.setdefault(self._owner[self._group(m)])
        return tuple(found)

    def strip(self, words: Sequence[str]) -> list[str]:
        """Syllables with place names removed as whole names: their syllables are words elsewhere ("kỳ" of
        Tứ Kỳ in "nhiệm kỳ", "sách" of Nam Sách in "ngân sách")."""
        return [w for w in self._pattern.sub(" ", " ".join(words)).split(" ") if w]

    def replace(self, text: str, old: str, new: str) -> str:
        """The text with every mention of place `old` (as written, with or without diacritics) replaced by
        `new`: "Kim Thành cần … giao thông?" → "Nam Sách cần … giao thông?"."""
        text = unicodedata.normalize("NFC", text)
        return self._pattern.sub(lambda m: new if self._owner[self._group(m)] == old else m[0], text)

    def proper_case(self, text: str) -> str:
        """Lower-cased text with place names capitalised as the gazetteer writes them ("thành phố chí linh" →
        "thành phố Chí Linh", "tp hải dương" → "TP Hải Dương"); their letters and diacritics are kept."""

        def recase(m: re.Match[str]) -> str:
            written = iter(self._written[self._group(m)])
            return _WORD.sub(lambda w: _case_like(w[0], next(written)), m[0])

        return self._pattern.sub(recase, unicodedata.normalize("NFC", text))

    def canonical(self, name: str) -> str | None:
        """A user-typed name ('kim thanh', 'TP Chí Linh', 'Tứ Kỳ') → its canonical name, or None."""
        if not name or not name.strip():
            return None
        hits = self.find(name)
        if hits:
            return hits[0]
        return self._by_folded.get(fold(" ".join(syllables(name))))

    def speaks_generally(self, text: str) -> bool:
        """True when the text addresses places in general ("các huyện", "mỗi địa phương", "toàn tỉnh")
        rather than continuing one place's section."""
        return bool(self._general.search(text))


# ---- the file ---------------------------------------------------------------------------------------------

_BAD_FILE = (
    "Tệp địa danh {path} không dùng được: {problem}. Hãy sửa tệp theo hướng dẫn ở khóa “_comment” của tệp "
    "mặc định ({default}), hoặc bỏ biến DUTHAO_GAZETTEER để dùng danh sách mặc định."
)


def _bad(path: Path, problem: str) -> ConfigError:
    return ConfigError(_BAD_FILE.format(path=path, problem=problem, default=DEFAULT_GAZETTEER))


def _text_field(path: Path, entry: dict[str, object], field: str, n: int) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not syllables(value):
        raise _bad(path, f"đơn vị thứ {n} thiếu “{field}” (một chuỗi chữ)")
    return unicodedata.normalize("NFC", " ".join(value.split()))


def _parse(path: Path, raw: str) -> Gazetteer:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _bad(path, f"không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno})") from None
    units = data.get("units") if isinstance(data, dict) else None
    if not isinstance(units, list) or not units:
        raise _bad(path, "thiếu danh sách “units” (mỗi phần tử một đơn vị: name, kind, aliases)")
    places: list[Place] = []
    owner_of: dict[tuple[str, ...], str] = {}
    for n, entry in enumerate(units, start=1):
        if not isinstance(entry, dict):
            raise _bad(path, f"đơn vị thứ {n} không phải một đối tượng {{name, kind, aliases}}")
        name = _text_field(path, entry, "name", n)
        kind = _text_field(path, entry, "kind", n)
        aliases = entry.get("aliases")
        if not isinstance(aliases, list) or not aliases:
            raise _bad(path, f"đơn vị “{name}” thiếu danh sách “aliases” (các cách gọi tên trong văn bản)")
        if any(p.name.lower() == name.lower() for p in places):
            raise _bad(path, f"tên “{name}” xuất hiện hai lần")
        written: list[str] = []
        for alias in aliases:
            if not isinstance(alias, str) or not syllables(alias):
                raise _bad(path, f"đơn vị “{name}” có một alias rỗng hoặc không phải chuỗi")
            key = tuple(syllables(unicodedata.normalize("NFC", alias)))
            if owner_of.get(key) == name:
                continue  # "TP Bắc Giang" and "TP. Bắc Giang" of one unit: punctuation is ignored anyway
            if key in owner_of:
                raise _bad(path, f"alias “{alias}” có ở cả “{owner_of[key]}” và “{name}”")
            owner_of[key] = name
            written.append(unicodedata.normalize("NFC", " ".join(alias.split())))
        places.append(Place(name, kind, tuple(written)))
    return Gazetteer(places, str(path))


@functools.lru_cache(maxsize=8)
def _load(path: Path, _stamp: tuple[int, int]) -> Gazetteer:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _bad(path, "không phải văn bản UTF-8") from None
    except FileNotFoundError:
        raise _bad(path, "không có tệp này") from None
    except OSError:
        raise _bad(path, "không đọc được tệp (quyền truy cập?)") from None
    return _parse(path, raw)


def load(path: Path | str) -> Gazetteer:
    """The gazetteer in a file (read once while the file is unchanged); ConfigError if it is not usable."""
    path = Path(path).expanduser()
    try:
        stat = path.stat()
    except OSError:
        raise _bad(path, "không có tệp này") from None
    return _load(path, (stat.st_mtime_ns, stat.st_size))


_active: Gazetteer | None = None


def use_gazetteer(path: Path | str | None) -> Gazetteer:
    """Make the file at `path` (None: the default) the gazetteer of this process; the entry points call it."""
    global _active
    _active = load(path or DEFAULT_GAZETTEER)
    return _active


def active() -> Gazetteer:
    """The gazetteer of this process: the one given to use_gazetteer, else the default file."""
    return _active or use_gazetteer(None)


# ---- the API the rest of the app uses -------------------------------------------------------------------


def fingerprint() -> str:
    """The active gazetteer's fingerprint (part of the index's parser key)."""
    return active().fingerprint


def names() -> tuple[str, ...]:
    """Canonical names of the places, in gazetteer order."""
    return active().names()


def kind(name: str) -> str:
    """What the place is ("huyện", "thành phố", …)."""
    return active().kind(name)


def find(text: str) -> tuple[str, ...]:
    """Canonical names of the places the text names, in order of first mention."""
    return active().find(text)


def strip(words: Sequence[str]) -> list[str]:
    """Syllables with place names removed as whole names."""
    return active().strip(words)


def replace(text: str, old: str, new: str) -> str:
    """The text with every mention of place `old` replaced by `new`."""
    return active().replace(text, old, new)


def canonical(name: str) -> str | None:
    """A user-typed name → its canonical name, or None when it names no place of the gazetteer."""
    return active().canonical(name)


def is_overview(places: Sequence[str]) -> bool:
    """True when a text naming these places is an overview of them, not addressed to each."""
    return len(places) >= OVERVIEW_MIN


def label(name: str) -> str:
    """'Kim Thành' → 'huyện Kim Thành'; a name that already says what it is ('TP Chí Linh', 'Phường Đông
    Hòa') stays as it is."""
    first = name.split(" ", 1)[0]
    kind_ = active().kind(name) if name in active().names() else ""
    if not kind_ or first.isupper() or fold(name).lower().startswith(fold(kind_).lower() + " "):
        return name
    return f"{kind_} {name}"


def proper_case(text: str) -> str:
    """Lower-cased text with place names capitalised as the gazetteer writes them."""
    return active().proper_case(text)


def speaks_generally(text: str) -> bool:
    """True when the text addresses places in general rather than continuing one place's section."""
    return active().speaks_generally(text)


# "Tiền Hải là huyện ven biển, giáp …", "Đối với huyện Hưng Hà, …": named in its first OPENING_WORDS words and
# alone in its first OPENING_ALONE words (not "Các huyện Tứ Kỳ và Nam Sách …"), a place is what the paragraph
# is about, whatever else it names after
OPENING_WORDS = 6
OPENING_ALONE = 10


def leads_with(text: str, place: str) -> bool:
    """True if the paragraph is introduced as about `place`: the only one its first sentence names, or the
    one it opens with."""
    first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    named = find(first_sentence)
    if len(named) == 1 and named[0] == place:
        return True
    words = text.split()
    opening = find(" ".join(words[:OPENING_WORDS]))
    return bool(opening) and opening[0] == place and len(find(" ".join(words[:OPENING_ALONE]))) == 1


@functools.cache
def _neighbour_clause(to_comma: bool = False) -> re.Pattern[str]:
    """A neighbour word (app/lexicon/neighbour_words.txt) and the rest of its clause (to its comma)."""
    rest = r"[^.;:!?,]*" if to_comma else r"[^.;:!?]*"
    words = lexicon.alternation(lexicon.words("neighbour_words"))
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)" + rest, re.IGNORECASE)


def about(text: str) -> tuple[str, ...]:
    """The places a paragraph is about: those it names, less those named only as a neighbour or partner
    ("… nằm liền kề TP Thanh Hóa, TP Sầm Sơn", "giáp huyện Thái Thụy"). The clause of a neighbour runs to
    the end of the sentence ("giáp huyện Thái Thụy, Tiền Hải"), unless that leaves no place and a subject
    with a modal follows its comma: "Là địa phương giáp ranh với huyện Lục Nam, Sơn Động cần …" is about
    Sơn Động ("… phối hợp với thị xã Tân Châu, huyện Châu Phú trong …" stays about neither)."""
    named = find(text)
    if not named:
        return named
    text = unicodedata.normalize("NFC", text)
    elsewhere = set(find(_neighbour_clause().sub(" ", text)))
    if not elsewhere:
        clause = _neighbour_clause(True).search(text)
        if clause and _subject_with_modal().match(text[clause.end() :]):
            elsewhere = set(find(_neighbour_clause(True).sub(" ", text)))
    return tuple(p for p in named if p in elsewhere)


@functools.cache
def _subject_with_modal() -> re.Pattern[str]:
    """ ", Sơn Động cần …": after a comma, a few words and a modal (app/lexicon/cue_modal.txt)."""
    modals = lexicon.alternation(lexicon.words("cue_modal"))
    return re.compile(r",\s*(?:\w+\s+){1,4}?(?:" + modals + r")(?!\w)", re.IGNORECASE)


NAMED_THING_CHARS = 40  # longer than any entry of named_after_places.txt with the spaces after it
MAX_NAME_SYLLABLES = 4  # "Phan Rang - Tháp Chàm" stops at its dash: "Phan Rang" is enough to look up


@functools.cache
@functools.cache
def _unit_words() -> re.Pattern[str]:
    """'Tỉnh ủy', 'huyện', 'TP.' … (app/lexicon/administrative_units.txt), any case, longest first; matched
    on folded text, so that "Tinh uy Nghe An" typed without diacritics is the same form."""
    words = sorted({fold(w) for w in lexicon.words("administrative_units")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


@functools.cache
def _named_thing_before() -> re.Pattern[str]:
    """'Khu kinh tế', 'cảng', 'sông' … (app/lexicon/named_after_places.txt) ending the text before a name."""
    words = sorted(lexicon.words("named_after_places"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.IGNORECASE)


@functools.cache
def _words_before_bare_names() -> re.Pattern[str]:
    """'ở', 'tại', 'của' … (app/lexicon/place_prepositions.txt): a capitalised name after one may be a place
    written without its unit word ("các huyện ủy ở Nam Định")."""
    words = sorted({fold(w) for w in lexicon.words("place_prepositions")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


@functools.cache
def _unit_words_after() -> frozenset[str]:
    """'province', 'provincial', 'district' … (app/lexicon/administrative_units_after.txt): English puts the
    unit word after the name ("the Hà Nam provincial party committee")."""
    return frozenset(fold(w).lower() for w in lexicon.words("administrative_units_after"))


_CAPITALISED = re.compile(r"[^\W\d_][\w]*")


def _vietnamese_unit_first(text: str) -> str:
    """ "Kỳ Anh town", "Hải Dương city" → "thị xã Kỳ Anh", "thành phố Hải Dương": English puts the unit word
    after the name, and a bare name may be two units ("huyện Kỳ Anh", "thị xã Kỳ Anh"); the unit words with
    a Vietnamese equivalent in the glossary (app/lexicon/en_vi_glossary.txt)."""
    if not _unit_word().search(text):  # the unit word alone first: most text names none, and this is cheap
        return text

    def rewrite(m: re.Match[str]) -> str:
        words = m.group(1).split()
        name = []
        for word in reversed(words):  # the capitalised words right before the unit word
            if not (_CAPITALISED.fullmatch(word) and word[0].isupper()):
                break
            name.insert(0, word)
        if not name:
            return m[0]
        kept = words[: len(words) - len(name)]
        return " ".join([*kept, EN_VI_GLOSSARY[m.group(2).lower()], *name])

    return _unit_after().sub(rewrite, text)


def _units_after() -> list[str]:
    return [w for w in lexicon.words("administrative_units_after") if fold(w).lower() in EN_VI_GLOSSARY]


@functools.cache
def _unit_word() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + lexicon.alternation(_units_after()) + r")\b", re.IGNORECASE)


@functools.cache
def _unit_after() -> re.Pattern[str]:
    return re.compile(r"((?:\S+ ){1,3})(" + lexicon.alternation(_units_after()) + r")\b", re.IGNORECASE)


# A person's name has three syllables or more, most places' two ("Hà Nam", "Nghệ An"); a name that long
# opening with a family name follows a title ("Bí thư Tỉnh ủy …"), not a unit word
PERSON_MIN_SYLLABLES = 3


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(lexicon.words("surnames"))


@functools.cache
def _english_words() -> frozenset[str]:
    return frozenset(lexicon.words("english_words"))


@functools.cache
def _written_unit_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("administrative_units"))


def _is_unit_word(word: str) -> bool:
    """A unit word as written: "Huyện", or "Huyen" typed without diacritics; not "Tĩnh" of Hà Tĩnh, which
    folds to the same "tinh" as "tỉnh"."""
    if has_diacritics(word):
        return word.lower() in _written_unit_words()
    return bool(_unit_words().fullmatch(fold(word)))


def _capitalised_run(words: Sequence[str]) -> list[str]:
    """The capitalised syllables at the start of `words` (tokens, spaces dropped), up to MAX_NAME_SYLLABLES;
    a unit word ends the run ("Nam Định, huyện Ý Yên")."""
    run: list[str] = []
    for word in words:
        if not (word[:1].isupper() and word.isalpha()) or _is_unit_word(word):
            break
        run.append(word)
        if len(run) == MAX_NAME_SYLLABLES:
            break
    return run


def _tokens(text: str) -> list[str]:
    """Words and runs of punctuation, spaces dropped: a name's syllables stop at its punctuation."""
    return re.findall(r"\w+|[^\w\s]+", text)


def _names_after(pattern: re.Pattern[str], text: str, min_syllables: int) -> list[str]:
    """Capitalised names right after the pattern's matches, found on the folded text (fold keeps every
    character's position), taken from the text as written."""
    names = []
    for match in pattern.finditer(fold(text)):
        words = _capitalised_run(_tokens(text[match.end() :]))
        if len(words) >= min_syllables:
            names.append(" ".join(words))
    return names


def _names_before_unit(text: str) -> list[str]:
    """ "Hà Nam province", "Bac Giang city": the capitalised run just before an English unit word."""
    tokens = _tokens(text)
    names = []
    for i, token in enumerate(tokens):
        if fold(token).lower() not in _unit_words_after():
            continue
        run: list[str] = []
        for word in reversed(tokens[:i]):
            english = word.lower() in _english_words()  # "When did the …", "What …": not the name
            if not (word[:1].isupper() and word.isalpha()) or english or len(run) == MAX_NAME_SYLLABLES:
                break
            run.insert(0, word)
        if run:
            names.append(" ".join(run))
    return names


def names_person(text: str) -> bool:
    """Whether the text names a person: a family name (app/lexicon/surnames.txt) opening a run of
    PERSON_MIN_SYLLABLES or more capitalised syllables ("đồng chí Phạm Quang Vinh", "Đinh Thị Thu Trang"),
    or a way of addressing a person ("đồng chí", "ông": person_honorifics.txt) right before a run of two or
    more that opens no office's title: no list holds every family name ("đồng chí Lò Văn Thắm")."""
    tokens = _tokens(unicodedata.normalize("NFC", text))
    for i, token in enumerate(tokens):
        run = _capitalised_run(tokens[i:])
        if token in _surnames() and len(run) >= PERSON_MIN_SYLLABLES:
            return True
        if len(run) >= 2 and _after_honorific(tokens[:i]) and not _opens_office(run):
            return True
    return False


@functools.cache
def _honorifics() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(syllables(w.lower())) for w in lexicon.words("person_honorifics"))


@functools.cache
def _office_openings() -> frozenset[tuple[str, ...]]:
    """The first two syllables of every office title ("phó bí", "chủ tịch"), lower case."""
    return frozenset(tuple(syllables(w.lower())[:2]) for w in lexicon.words("office_titles"))


def _after_honorific(before: Sequence[str]) -> bool:
    """Whether the tokens end with a way of addressing a person, in any case ("Ông", "đồng chí")."""
    words = [w.lower() for w in before[-3:]]
    return any(len(h) <= len(words) and tuple(words[-len(h) :]) == h for h in _honorifics())


def _opens_office(run: Sequence[str]) -> bool:
    """ "đồng chí Phó Bí thư …": the capitalised words open an office's title (every title has two syllables
    or more), not a name."""
    return tuple(w.lower() for w in run[:2]) in _office_openings()


def _not_held(names: Iterable[str]) -> tuple[str, ...]:
    """The names the active gazetteer does not hold, each once."""
    known = active()
    found: list[str] = []
    for name in names:
        if known.find(name) or name in found:
            continue
        found.append(name)
    return tuple(found)


def named_by_form(text: str) -> tuple[str, ...]:
    """Places the text names by their form, a unit word then a capitalised name ("Tỉnh ủy Nghệ An",
    "huyện Vân Đồn", "Tinh uy Nghe An"), or in English a capitalised name then a unit word ("Hà Nam
    province"), that the gazetteer does not hold: the gazetteer is one province's, while a question may
    name any place. The name is the capitalised syllables next to the unit word ("Nghệ An")."""
    names: list[str] = []
    for match in _unit_words().finditer(fold(text)):
        unit = text[match.start() : match.end()]
        if unit.isupper() and len(unit.rstrip(".")) > 2:
            continue  # a heading in capitals ("ĐẢNG BỘ HUYỆN LẦN THỨ XXIII"): every word looks like a name
        words = _capitalised_run(_tokens(text[match.end() :]))
        if len(words) >= PERSON_MIN_SYLLABLES and words[0] in _surnames():
            continue  # "Bí thư Tỉnh ủy Nguyễn Mạnh Hiển": a person, after the title
        if words and not active().find(f"{text[match.start() : match.end()]} {' '.join(words)}"):
            names.append(" ".join(words))
    return _not_held([*names, *_names_before_unit(text)])


def bare_names(text: str) -> tuple[str, ...]:
    """Capitalised names of two syllables or more after a preposition ("ở Nam Định", "của Ninh Bình") that
    the gazetteer does not hold: places only if the documents name them by form somewhere (the caller
    checks), since "của Ban Thường vụ" has the same shape."""
    return _not_held(_names_after(_words_before_bare_names(), text, 2))
