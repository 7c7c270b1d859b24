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


class FakeIndex:
    """The corpus as the scope reads it: which phrases some paragraph holds, and in which documents."""

    def __init__(self, held: dict[str, set[str]], snap: FakeSnapshot) -> None:
        self.held, self.snap = held, snap

    def mentions(self, phrase: str) -> bool:
        return bool(self.held.get(phrase.lower()))

    def sources_mentioning(self, phrase: str, snap: object = None) -> frozenset[str]:
        return frozenset(self.held.get(phrase.lower(), set()))

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


def test_no_place_asked_every_document_may_answer() -> None:
    assert PlaceScope().admits(NAM_DINH)
