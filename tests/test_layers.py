"""The one import rule: a stage imports only stages below it (web/cli → service → answers/review/export →
index → catalogue → documents → foundation), and answers and review never import each other. Read from the
source with `ast`, lazy imports inside functions included, so the layers stay true without anyone drawing
them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

# Stage of each top-level name under app/ (a package or a module), lowest first. Stages of one rank may not
# import each other unless they are the same stage; the foundation's modules may import one another.
RANKS: dict[str, int] = {
    **dict.fromkeys(
        [
            *("domain", "errors", "settings", "prompts", "lexicon", "text", "labels", "places", "models"),
            *("data", "markers"),
        ],
        0,
    ),
    "documents": 1,
    "catalogue": 2,
    "index": 3,
    "answers": 4,
    "review": 4,
    "export": 4,
    "service": 5,
    "evaluation": 6,
    "web": 7,
    "cli": 8,
    "__main__": 9,
    "__init__": 9,
}
FOUNDATION = 0


def stage_of(module: str) -> str:
    """'app.index.builder' → 'index'; 'app' (the package itself) → '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import of app's own code in the file, wherever it stands."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "app"]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "app":
                found += [(node.lineno, f"app.{a.name}") for a in node.names]
            elif node.module.split(".")[0] == "app":
                found.append((node.lineno, node.module))
    return found


def upward_imports(app_dir: Path) -> list[str]:
    """Every import that breaks the rule, as 'file:line imports module (stage rank → rank)'."""
    wrong = []
    for path in sorted(app_dir.rglob("*.py")):
        relative = path.relative_to(app_dir.parent).with_suffix("")
        importer = stage_of(".".join(relative.parts))
        for line, module in imported_modules(path):
            target = stage_of(module)
            if target == importer or target not in RANKS:
                continue
            same_rank = RANKS[target] == RANKS[importer]
            if RANKS[target] > RANKS[importer] or same_rank and RANKS[target] != FOUNDATION:
                wrong.append(
                    f"{path.relative_to(app_dir.parent)}:{line} imports {module} "
                    f"({importer} {RANKS[importer]} → {target} {RANKS[target]})"
                )
    return wrong


def test_every_stage_of_app_has_a_rank() -> None:
    names = {p.stem if p.is_file() else p.name for p in APP.iterdir() if p.suffix == ".py" or p.is_dir()}
    names -= {"__pycache__"}
    assert names <= set(RANKS), f"a new stage needs its place in RANKS: {sorted(names - set(RANKS))}"


def test_no_stage_imports_one_above_it() -> None:
    assert upward_imports(APP) == []


@pytest.mark.parametrize(
    ("importer", "source", "expected"),
    [
        ("index/corpus.py", "from app.answers.retrieve import Retriever\n", "index 3 → answers 4"),
        ("documents/x.py", "def f():\n    import app.service\n", "documents 1 → service 5"),
        ("answers/x.py", "from app.review import checklist\n", "answers 4 → review 4"),
        ("text.py", "from app import web\n", "text 0 → web 7"),
    ],
)
def test_an_upward_import_is_reported(tmp_path: Path, importer: str, source: str, expected: str) -> None:
    app_dir = tmp_path / "app"
    (app_dir / importer).parent.mkdir(parents=True, exist_ok=True)
    (app_dir / importer).write_text(source, encoding="utf-8")
    (app_dir / "places.py").write_text(
        "from app.text import fold\nfrom app import lexicon\n", encoding="utf-8"
    )
    (app_dir / "answers").mkdir(exist_ok=True)
    (app_dir / "answers" / "ok.py").write_text("from app.index.corpus import CorpusIndex\n", encoding="utf-8")
    wrong = upward_imports(app_dir)
    assert len(wrong) == 1 and expected in wrong[0] and importer in wrong[0]
