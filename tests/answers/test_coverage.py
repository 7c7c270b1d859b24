"""Which documents may answer a question naming a place the gazetteer does not hold (coverage.PlaceScope)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.answers.coverage import PlaceScope, place_scope

NAM_DINH, HA_NAM, NEUTRAL, LY_NHAN_PAGE = "nam-dinh.txt", "ha-nam.txt", "ke-hoach.docx", "ly-nhan.html"


@dataclass
class FakeSnapshot:
    by_form: dict[str, frozenset[str]]
    document_districts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def places_named_by_form(self, source: str) -> frozenset[str]:
        return self.by_form.get(source, frozenset())


@dataclass
class _Chunk:
    source: str
    district: str

    @property
    def districts(self) -> tuple[str, ...]:
        return (self.district,) if self.district else ()


class FakeIndex:
    """The corpus as the scope reads it: which phrases some paragraph holds, and in which documents."""

    def __init__(self, held: dict[str, set[str]], snap: FakeSnapshot) -> None:
        self.held, self.snap = held, snap

    def mentions(self, phrase: str) -> bool:
        return bool(self.held.get(phrase.lower()))

    def sources_mentioning(self, phrase: str, snap: object = None, where=None) -> frozenset[str]:  # noqa: ANN001
        # a held source "x.txt#Ý Yên" is a mention inside a paragraph about Ý Yên
        chunks = [_Chunk(*(h.split("#") + [""])[:2]) for h in self.held.get(phrase.lower(), set())]
        return frozenset(c.source for c in chunks if where is None or where(c))

    def snapshot(self) -> FakeSnapshot:
        return self.snap


def _index() -> FakeIndex:
    snap = FakeSnapshot(
        {
            NAM_DINH: frozenset({"Nam Định"}),
            HA_NAM: frozenset({"Hà Nam"}),
            LY_NHAN_PAGE: frozenset({"Nhân Thịnh"}),
        },
        {LY_NHAN_PAGE: ("Lý Nhân",)},
    )
    held = {
        "hà nam": {HA_NAM},
        "nam định": {NAM_DINH},
        "tỉnh hà nam": {HA_NAM},
        "ban thường": {NAM_DINH, HA_NAM},  # "của Ban Thường vụ": capitalised, but no place
    }
    return FakeIndex(held, snap)


def test_a_document_about_another_province_may_not_answer_one_naming_none_may() -> None:
    scope = place_scope("Tỉnh ủy Hà Nam quy định bao nhiêu trang?", _index())  # type: ignore[arg-type]
    assert scope.names == ("Hà Nam",)
    assert scope.admits(HA_NAM) and not scope.admits(NAM_DINH)
    assert scope.admits(NEUTRAL)  # names no province: may belong to any
    assert not scope.admits(LY_NHAN_PAGE)  # names another place, never Hà Nam


def test_a_document_speaking_of_the_asked_district_may_answer() -> None:
    question = "Tỉnh ủy Hà Nam đề nghị huyện Lý Nhân hoàn thiện báo cáo thế nào?"
    scope = place_scope(question, _index(), ("Lý Nhân",))  # type: ignore[arg-type]
    assert scope.admits(LY_NHAN_PAGE) and not scope.admits(NAM_DINH)


def test_a_bare_name_counts_only_when_the_documents_name_it_by_form() -> None:
    assert place_scope("Ở Hà Nam, báo cáo dài bao nhiêu trang?", _index()).names == ("Hà Nam",)  # type: ignore[arg-type]
    # "của Ban Thường vụ" has a bare name's shape, but no paragraph says "tỉnh Ban Thường"
    scope = place_scope("Ý kiến của Ban Thường vụ là gì?", _index())  # type: ignore[arg-type]
    assert scope.names == () and scope.admits(NAM_DINH)


def test_a_passing_mention_in_a_district_s_paragraph_is_no_mention() -> None:
    # Nam Định's page: "Ý Yên … kết nối với hai tỉnh Hà Nam, Ninh Bình" in Ý Yên's paragraph
    index = _index()
    index.held["ninh bình"] = {f"{NAM_DINH}#Ý Yên", "ninh-binh.html"}
    index.held["tỉnh ninh bình"] = {"ninh-binh.html"}
    index.snap.by_form["ninh-binh.html"] = frozenset({"Ninh Bình"})
    scope = place_scope("Theo hướng dẫn của Ninh Bình, báo cáo nêu bao nhiêu bài học?", index)  # type: ignore[arg-type]
    assert scope.names == ("Ninh Bình",)
    assert scope.admits("ninh-binh.html") and not scope.admits(NAM_DINH)


def test_no_place_asked_every_document_may_answer() -> None:
    assert PlaceScope().admits(NAM_DINH)
