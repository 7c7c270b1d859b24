"""What changed in the catalogue between two index generations: requirements added, removed and changed,
per district, for the index report the web app and `duthao index` show.

A requirement is the same when its document path, scope and text are; a removed and an added one of the
same document and scope that share most of their syllables are one requirement, edited.
"""

from __future__ import annotations

from collections.abc import Sequence

from app import places
from app.domain import Requirement, RequirementChanges
from app.text import fold, syllables


def _similar(a: Requirement, b: Requirement) -> float:
    x, y = set(syllables(fold(a.text))), set(syllables(fold(b.text)))
    return len(x & y) / max(len(x | y), 1)


CHANGED_SIMILARITY = 0.5  # a removed and an added requirement of one document this alike are one, edited


def diff_requirements(
    before: Sequence[Requirement], after: Sequence[Requirement]
) -> list[RequirementChanges]:
    """Per district ("" = every district): requirements added, removed and changed between generations.
    A requirement is the same when its document path, scope and text are; a removed and an added one of
    the same document and scope that share most words are one requirement, changed."""

    def key(r: Requirement) -> tuple[str, tuple[str, ...], str]:
        return (r.source, r.districts, r.text)

    before_keys = {key(r) for r in before}
    after_keys = {key(r) for r in after}
    removed = [r for r in before if key(r) not in after_keys]
    added = [r for r in after if key(r) not in before_keys]
    changed: list[tuple[Requirement, Requirement]] = []
    for old in list(removed):
        candidates = [
            (sim, new)
            for new in added
            if new.source == old.source and new.districts == old.districts
            for sim in [_similar(old, new)]
            if sim >= CHANGED_SIMILARITY
        ]
        if candidates:
            _, new = max(candidates, key=lambda c: c[0])
            changed.append((old, new))
            removed.remove(old)
            added.remove(new)

    order = ["", *places.names()]
    per: dict[str, dict[str, list]] = {}
    for label, rows in (("added", added), ("removed", removed)):
        for r in rows:
            for d in r.districts or ("",):
                per.setdefault(d, {"added": [], "removed": [], "changed": []})[label].append(r)
    for old, new in changed:
        for d in new.districts or ("",):
            per.setdefault(d, {"added": [], "removed": [], "changed": []})["changed"].append((old, new))
    return [
        RequirementChanges(d, tuple(v["added"]), tuple(v["removed"]), tuple(v["changed"]))
        for d, v in sorted(per.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    ]
